#include "sandbox/sandboxdb.h"

#include <QtCore/QDebug>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtSql/QSqlError>

using namespace Qt::StringLiterals;

namespace LedgerLink::Sandbox {

SandboxDb::~SandboxDb()
{
    close();
}

QString SandboxDb::open(const QString &path, const QString &connectionName, const QString &schema)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_name = connectionName;
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open())
        return m_db.lastError().text();
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                                  u"PRAGMA temp_store=MEMORY"_s, u"PRAGMA cache_size=-32768"_s}) {
        QSqlQuery query(m_db);
        if (!query.exec(pragma))
            return query.lastError().text();
    }
    const QStringList statements = schema.split(u';', Qt::SkipEmptyParts);
    for (const QString &statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery query(m_db);
        if (!query.exec(statement))
            return query.lastError().text() % u" ("_s % statement.trimmed() % u')';
    }
    return {};
}

void SandboxDb::close()
{
    if (m_name.isEmpty())
        return;
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

std::optional<QSqlQuery> SandboxDb::exec(const QString &sql, const QVariantList &values)
{
    auto cached = m_statements.find(sql);
    if (cached == m_statements.end()) {
        if (m_statements.size() > 256)
            m_statements.clear(); // dynamic statements (IN lists) must not pile up
        QSqlQuery prepared(m_db);
        prepared.setForwardOnly(true);
        if (!prepared.prepare(sql)) {
            qWarning().noquote() << "sandbox: cannot prepare" << sql << prepared.lastError().text();
            return std::nullopt;
        }
        cached = m_statements.insert(sql, prepared);
    }
    QSqlQuery &query = cached.value();
    query.finish();
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec()) {
        qWarning().noquote() << "sandbox: cannot run" << sql << query.lastError().text();
        return std::nullopt;
    }
    return query;
}

bool SandboxDb::begin()
{
    return m_db.transaction();
}

bool SandboxDb::commit()
{
    return m_db.commit();
}

void SandboxDb::rollback()
{
    m_db.rollback();
}

qint64 SandboxDb::nextValue(const QString &key, qint64 start, qint64 step)
{
    qint64 value = start;
    if (auto query = exec(u"SELECT value FROM meta WHERE key = ?"_s, {key}); query && query->next())
        value = query->value(0).toLongLong();
    exec(u"INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
         {key, value + step});
    return value;
}

} // namespace LedgerLink::Sandbox
