// The secrets audit (issue 10): recognisable secrets are planted in the keychain (the keyring
// fixture's real Secret Service), a workspace of one's own is synced headless against the sandbox
// store and books with faults (retries, an HTML page, rejected writes that become dead letters), a
// daemon receives signed webhooks and is killed mid-run — and then everything LedgerLink wrote or
// printed is scanned: the state store (its SQLite file and write-ahead log, byte for byte), the
// workspace folder, plans, exports, the audit log, dead letters and every line the CLI printed,
// the killed daemon's included. No secret may appear there, in clear or in any usual encoding.
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxservices.h"

#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QTcpServer>
#include <QtTest/QtTest>

#include "clitestsupport.h"
#include "sandboxworkspace.h"

using namespace Qt::StringLiterals;
using namespace LedgerLink;

namespace {

using Testing::CliResult;

/// A secret and the forms it could leak in: as it is, Base64 (an HTTP Basic header, a JWT part),
/// percent-encoded (a form body, a URL), JSON-escaped, and the HMAC signatures made with it.
struct Planted
{
    QString what;
    QByteArray value;

    QList<QByteArray> forms() const
    {
        return {value, value.toBase64(),
                value.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
                QUrl::toPercentEncoding(QString::fromUtf8(value))};
    }
};

} // namespace

class TestSecretsAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Sandbox::SandboxServices m_sandbox;
    QUrl m_storeUrl;
    QUrl m_booksUrl;
    QString m_workspace;
    QNetworkAccessManager m_network;
    /// Everything the CLI printed, command by command.
    QList<std::pair<QString, QByteArray>> m_printed;
    /// Signatures computed with a planted secret (they prove the secret to anyone who has the body).
    QList<QByteArray> m_signatures;

    const QList<Planted> m_secrets{
        {u"the store's access token"_s, QByteArray(Sandbox::Credentials::shopAccessTokenText)},
        {u"the store's webhook secret"_s, QByteArray(Sandbox::Credentials::shopWebhookSecretText)},
        {u"the books' access token"_s, QByteArray(Sandbox::Credentials::xeroAccessTokenText)},
        {u"the books' webhook key"_s, QByteArrayLiteral("planted-erp-webhook-key-6Qv2ZK")},
    };

    CliResult cli(const QStringList &arguments, const QByteArray &input = {})
    {
        CliResult result = Testing::runCliProcess(arguments, {}, input);
        m_printed.append({arguments.join(u' '), (result.out + result.err).toUtf8()});
        return result;
    }

    void control(const QUrl &base, const QJsonObject &fault)
    {
        QNetworkRequest request(base.resolved(QUrl(u"/__sandbox/faults"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_network.post(request, QJsonDocument(fault).toJson());
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

    /// One webhook delivery to the daemon's receiver; the HTTP status it answered.
    int deliver(quint16 port, const QByteArray &body, const QByteArray &signature, const QByteArray &id)
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/webhooks/shopify"_s.arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("X-Shopify-Hmac-Sha256", signature);
        request.setRawHeader("X-Shopify-Topic", "orders/updated");
        request.setRawHeader("X-Shopify-Webhook-Id", id);
        request.setRawHeader("X-Shopify-Shop-Domain", Sandbox::Credentials::shopDomainText);
        QNetworkReply *reply = m_network.post(request, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            return -1;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    }

    /// Where a planted secret, or a signature made with one, appears in `bytes`; empty when nowhere.
    QString leakIn(const QByteArray &bytes) const
    {
        for (const Planted &secret : m_secrets) {
            for (const QByteArray &form : secret.forms()) {
                if (bytes.contains(form))
                    return secret.what + u" (as \""_s + QString::fromLatin1(form) + u"\")"_s;
            }
        }
        for (const QByteArray &signature : m_signatures) {
            if (bytes.contains(signature))
                return u"a webhook signature made with the secret"_s;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("LEDGERLINK_CLI")));
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
                 "run through CTest: the keyring fixture provides the session bus");
        QVERIFY(m_dir.isValid());
        Sandbox::SandboxOptions options;
        options.dataDir = m_dir.filePath(u"sandbox"_s);
        const Sandbox::SandboxStarted started = m_sandbox.start(options);
        QVERIFY2(started.ok, qPrintable(started.error));
        m_storeUrl = started.storeUrl;
        m_booksUrl = started.booksUrl;

        // A workspace of one's own (not the sandbox workspace): its secrets come from the keychain.
        m_workspace = m_dir.filePath(u"shop"_s);
        QVERIFY(QDir().mkpath(m_workspace));
        QVERIFY(Testing::writeSandboxWorkspace(m_workspace, m_storeUrl, m_booksUrl));
    }

    void aSyncWithFailuresLeaksNoSecret()
    {
        // 1. The secrets go to the keychain, from standard input.
        const QList<std::tuple<QString, QString, QByteArray>> stored{
            {u"store"_s, u"access_token"_s, m_secrets.at(0).value},
            {u"store"_s, u"webhook_secret"_s, m_secrets.at(1).value},
            {u"erp"_s, u"access_token"_s, m_secrets.at(2).value},
            {u"erp"_s, u"webhook_secret"_s, m_secrets.at(3).value},
        };
        for (const auto &[side, field, value] : stored) {
            const CliResult r = cli({u"credentials"_s, u"set"_s, u"--workspace"_s, m_workspace, u"--side"_s,
                                     side, u"--field"_s, field},
                                    value + '\n');
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }

        // 2. A dry run, then a sync through faults: the store answers 503 once and an HTML page
        //    once (retried), the books refuse the batch of invoices for good (dead letters, each
        //    with its last request and response), which are then replayed.
        CliResult r = cli({u"dry-run"_s, u"--workspace"_s, m_workspace});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        control(m_storeUrl, {{u"kind"_s, u"maintenance"_s}, {u"count"_s, 1}, {u"retry_after"_s, 1}});
        control(m_storeUrl, {{u"kind"_s, u"html_page"_s}, {u"count"_s, 1}, {u"method"_s, u"GET"_s}});
        control(m_booksUrl,
                {{u"kind"_s, u"reject"_s},
                 {u"count"_s, 1},
                 {u"status"_s, 400},
                 {u"method"_s, u"PUT"_s},
                 {u"path_prefix"_s, u"/api.xro/2.0/Invoices"_s}});
        r = cli({u"run"_s, u"--workspace"_s, m_workspace, u"--json"_s});
        QCOMPARE(r.exitCode, 1); // dead letters
        QJsonObject summary = r.json().object();
        QVERIFY2(summary.value(u"dead"_s).toInt() == 13, qPrintable(r.out + r.err));
        QVERIFY(summary.value(u"retries"_s).toInt() >= 2);

        // 3. Everything a person reads afterwards.
        r = cli({u"dlq"_s, u"list"_s, u"--workspace"_s, m_workspace, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray letters = r.json().array();
        QCOMPARE(letters.size(), 13);
        for (const QJsonValue &letter : letters) {
            const QString id = QString::number(letter[u"id"_s].toInteger());
            r = cli({u"dlq"_s, u"show"_s, id, u"--workspace"_s, m_workspace, u"--json"_s});
            QCOMPARE(r.exitCode, 0);
        }
        r = cli({u"dlq"_s, u"replay"_s, u"all"_s, u"--workspace"_s, m_workspace});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"run"_s, u"--workspace"_s, m_workspace, u"--json"_s});
        QCOMPARE(r.exitCode, 1); // #1010's SKU is unknown to the books
        summary = r.json().object();
        QVERIFY2(summary.value(u"created"_s).toInt() == 12 && summary.value(u"dead"_s).toInt() == 1,
                 qPrintable(r.out + r.err));
        r = cli(
            {u"audit"_s, u"search"_s, u"--workspace"_s, m_workspace, u"--limit"_s, u"5000"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = r.json().array();
        QVERIFY(rows.size() >= 16);
        for (const QString &format : {u"csv"_s, u"html"_s}) {
            r = cli({u"plan"_s, u"export"_s, u"--format"_s, format, u"--output"_s,
                     QDir(m_workspace).filePath(u"plan."_s + format), u"--workspace"_s, m_workspace});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        r = cli({u"reconcile"_s, u"--format"_s, u"csv"_s, u"--workspace"_s, m_workspace});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err)); // 1: differences found
        r = cli({u"reconcile"_s, u"show"_s, u"--format"_s, u"json"_s, u"--workspace"_s, m_workspace});
        QCOMPARE(r.exitCode, 0);
        r = cli({u"status"_s, u"--workspace"_s, m_workspace, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        r = cli({u"credentials"_s, u"check"_s, u"--workspace"_s, m_workspace});
        QCOMPARE(r.exitCode, 0);

        // 4. The daemon receives webhooks (one signed with the secret, one with a wrong signature)
        //    and is killed mid-run: what it printed before dying is scanned too.
        const quint16 port = freePort();
        QVERIFY(port != 0);
        QProcess daemon;
        daemon.setProcessChannelMode(QProcess::MergedChannels);
        daemon.start(qEnvironmentVariable("LEDGERLINK_CLI"),
                     {u"run"_s, u"--workspace"_s, m_workspace, u"--daemon"_s, u"--webhook-port"_s,
                      QString::number(port)});
        QVERIFY(daemon.waitForStarted());
        QByteArray daemonOutput;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         daemonOutput += daemon.readAll();
                         return daemonOutput.contains("engine started");
                     },
                     60000),
                 daemonOutput.constData());
        const QByteArray body =
            R"({"id":5101,"name":"#1001","email":"ada@example.com","total_price":"107.99"})";
        const QByteArray signature =
            QMessageAuthenticationCode::hash(body, m_secrets.at(1).value, QCryptographicHash::Sha256)
                .toBase64();
        m_signatures.append(signature);
        QCOMPARE(deliver(port, body, signature, "delivery-1"), 200);
        QCOMPARE(deliver(port, body, "d3Jvbmc=", "delivery-2"), 401);
        daemon.kill(); // SIGKILL: no clean shutdown
        QVERIFY(daemon.waitForFinished(20000));
        daemonOutput += daemon.readAll();
        m_printed.append({u"run --daemon (killed)"_s, daemonOutput});
        QCOMPARE(daemon.exitStatus(), QProcess::CrashExit);
        // After the crash the workspace opens again and keeps the delivery's job.
        r = cli({u"status"_s, u"--workspace"_s, m_workspace, u"--json"_s});
        QCOMPARE(r.exitCode, 0);

        // 5. The scan. Every line printed...
        for (const auto &[command, printed] : std::as_const(m_printed)) {
            const QString leak = leakIn(printed);
            QVERIFY2(leak.isEmpty(), qPrintable(u"\"ledgerlink-cli "_s + command + u"\" printed "_s + leak));
        }
        // ...and every byte of every file in the workspace: the state store (SQLite file and WAL),
        // connections.json, the mapping, the exports.
        int files = 0;
        qint64 bytes = 0;
        bool sawStateStore = false;
        bool sawRedactedAuthorization = false; // the audit rows keep the header, its value redacted
        QDirIterator it(m_workspace, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray content = file.readAll();
            ++files;
            bytes += content.size();
            sawStateStore |= content.startsWith("SQLite format 3");
            sawRedactedAuthorization |= content.contains(R"(["Authorization","[redacted]"])");
            const QString leak = leakIn(content);
            QVERIFY2(leak.isEmpty(), qPrintable(path + u" holds "_s + leak));
        }
        QVERIFY2(sawStateStore, "the scan must cover the state store");
        QVERIFY2(sawRedactedAuthorization, "the audit log should keep the Authorization header, redacted");
        QVERIFY(files >= 5); // mapping, connections, state store (+ WAL), two plan exports
        qInfo("scanned %d files (%lld bytes) and %lld outputs: no secret", files, bytes,
              qint64(m_printed.size()));
    }
};

QTEST_GUILESS_MAIN(TestSecretsAudit)
#include "tst_secretsaudit.moc"
