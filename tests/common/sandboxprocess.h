#pragma once
// The sandbox as its own process, for the crash-safety and fault tests: `ledgerlink-cli sandbox
// serve` started for one workspace (the bundled sandbox mapping written into it), its books' URL
// read from the first line it prints, and plain HTTP to those books (the sandbox's Xero-shaped
// invoices and its /__sandbox/ control endpoints).
#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

#include "sandbox/sandboxcredentials.h"

namespace LedgerLink::Testing {

/// One answer from the sandbox: status and body.
struct SandboxHttp
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/// `method url` with `body` (JSON content type); with `books`, the sandbox books' bearer token and
/// tenant header. Waits up to 30 s; status 0 when there was no answer.
inline SandboxHttp sandboxRequest(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                                  bool books = false)
{
    QNetworkAccessManager manager;
    QNetworkRequest req(url);
    if (books) {
        req.setRawHeader("Authorization",
                         "Bearer " + LedgerLink::Sandbox::Credentials::xeroAccessToken().toUtf8());
        req.setRawHeader("xero-tenant-id", LedgerLink::Sandbox::Credentials::xeroTenantId().toUtf8());
        req.setRawHeader("Accept", "application/json");
    }
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = manager.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    SandboxHttp result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return result;
}

/// The sandbox books' invoices: Reference → how many ("<error>" when a page could not be read).
inline QHash<QString, int> sandboxBookReferences(const QUrl &booksUrl)
{
    QHash<QString, int> references;
    for (int page = 1;; ++page) {
        const SandboxHttp invoices = sandboxRequest(
            "GET", QUrl(booksUrl.toString() + QStringLiteral("/api.xro/2.0/Invoices?page=%1").arg(page)), {},
            true);
        if (invoices.status != 200)
            return {{QStringLiteral("<error>"), 1}};
        const QJsonArray list = invoices.json().value(QStringLiteral("Invoices")).toArray();
        if (list.isEmpty())
            return references;
        for (const QJsonValue &invoice : list)
            ++references[invoice.toObject().value(QStringLiteral("Reference")).toString()];
    }
}

/// The references that `references` (from sandboxBookReferences) holds more than once, as
/// "REFERENCE ×COUNT".
inline QStringList duplicatedReferences(const QHash<QString, int> &references)
{
    QStringList duplicates;
    for (auto it = references.cbegin(); it != references.cend(); ++it)
        if (it.value() != 1)
            duplicates << QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value());
    return duplicates;
}

/// Writes the bundled sandbox mapping (it maps the seed's and the synthetic orders' tax titles) to
/// `file`.
inline bool writeSandboxMapping(const QString &file)
{
    QFile in(QStringLiteral(":/ledgerlink/mappings/sandbox.mapping.json"));
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QFile out(file);
    return out.open(QIODevice::WriteOnly) && out.write(in.readAll()) > 0;
}

/// `ledgerlink-cli sandbox serve --workspace W OPTIONS --json` (the CLI named by LEDGERLINK_CLI),
/// stopped (SIGTERM, then SIGKILL) when the object goes.
class SandboxProcess
{
public:
    Q_DISABLE_COPY_MOVE(SandboxProcess)
    SandboxProcess() = default;
    ~SandboxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
        }
    }

    /// Starts the sandbox with `env` for `workspace` and `options` (e.g. --orders N) and waits up to
    /// 60 s for the line naming its books; false with `why` when it did not start or name them.
    bool start(const QProcessEnvironment &env, const QString &workspace, const QStringList &options,
               QString *why)
    {
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(qEnvironmentVariable("LEDGERLINK_CLI"),
                        QStringList{QStringLiteral("sandbox"), QStringLiteral("serve"),
                                    QStringLiteral("--workspace"), workspace}
                            + options + QStringList{QStringLiteral("--json")});
        if (!m_process.waitForStarted()) {
            *why = m_process.errorString();
            return false;
        }
        for (int i = 0; i < 600 && !m_process.canReadLine(); ++i)
            m_process.waitForReadyRead(100);
        const QJsonObject started = QJsonDocument::fromJson(m_process.readLine()).object();
        m_books =
            QUrl(started.value(QStringLiteral("books")).toObject().value(QStringLiteral("url")).toString());
        if (!m_books.isValid() || m_books.isEmpty()) {
            *why = QStringLiteral("sandbox serve did not name its books");
            return false;
        }
        return true;
    }

    QUrl books() const { return m_books; }

private:
    QProcess m_process;
    QUrl m_books;
};

} // namespace LedgerLink::Testing
