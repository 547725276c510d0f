#include "sandbox/sandboxrecord.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSaveFile>

#include <cerrno>
#include <csignal>
#ifdef Q_OS_UNIX
#include <sys/types.h>
#endif

using namespace Qt::StringLiterals;

namespace LedgerLink::Sandbox {

namespace {

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return true;
#endif
}

} // namespace

QString sandboxRecordPath(const QString &workspaceDir)
{
    return QDir(workspaceDir).filePath(u"sandbox.json"_s);
}

QString writeSandboxRecord(const QString &workspaceDir, const SandboxRecord &record)
{
    QDir().mkpath(workspaceDir);
    QSaveFile file(sandboxRecordPath(workspaceDir));
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    const QJsonObject object{
        {u"store"_s, QJsonObject{{u"url"_s, record.storeUrl.toString()}}},
        {u"books"_s, QJsonObject{{u"url"_s, record.booksUrl.toString()}}},
        {u"pid"_s, record.pid},
    };
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return file.errorString();
    return {};
}

void removeSandboxRecord(const QString &workspaceDir, qint64 pid)
{
    QFile file(sandboxRecordPath(workspaceDir));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    if (object.value(u"pid"_s).toInteger() == pid)
        QFile::remove(sandboxRecordPath(workspaceDir));
}

std::optional<SandboxRecord> readSandboxRecord(const QString &workspaceDir)
{
    QFile file(sandboxRecordPath(workspaceDir));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    SandboxRecord record;
    record.storeUrl = QUrl(object.value(u"store"_s).toObject().value(u"url"_s).toString());
    record.booksUrl = QUrl(object.value(u"books"_s).toObject().value(u"url"_s).toString());
    record.pid = object.value(u"pid"_s).toInteger();
    if (!record.storeUrl.isValid() || !record.booksUrl.isValid() || !processAlive(record.pid))
        return std::nullopt;
    return record;
}

} // namespace LedgerLink::Sandbox
