// `ledgerlink-cli webhook verify ...` as a user runs it: a real process, its exit code and output.
#include "engine/workspace.h"
#include "store/jobqueue.h"
#include "store/statestore.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("LEDGERLINK_CLI"), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const QString webhooksDir = QStringLiteral(LEDGERLINK_SHARED_DIR "/peers/webhooks");

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

/// One HTTP/1.1 POST over a fresh connection; the raw answer (status line, headers, body).
QByteArray rawPost(quint16 port, const QByteArray &path, const QList<QByteArray> &headers,
                   const QByteArray &body)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10000))
        return {};
    QByteArray request =
        "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    for (const QByteArray &header : headers)
        request += header + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket.write(request);
    QByteArray answer;
    while (socket.waitForReadyRead(10000)) {
        answer += socket.readAll();
        const qsizetype end = answer.indexOf("\r\n\r\n");
        if (end < 0)
            continue;
        const qsizetype at = answer.toLower().indexOf("content-length:");
        if (at < 0 || at > end)
            break;
        const qsizetype lineEnd = answer.indexOf("\r\n", at);
        const qsizetype length = answer.mid(at + 15, lineEnd - at - 15).trimmed().toLongLong();
        if (answer.size() >= end + 4 + length)
            break;
    }
    return answer;
}

} // namespace

class TestWebhookCli : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QString secretFile;
    QString bodyFile;
    QString signature;

    QStringList verifyArgs(const QString &vendor, const QString &secret, const QString &body,
                           const QString &sig) const
    {
        return {u"webhook"_s, u"verify"_s, u"--vendor"_s, vendor,           u"--secret-file"_s,
                secret,       u"--body"_s, body,          u"--signature"_s, sig};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("LEDGERLINK_CLI")),
                 "LEDGERLINK_CLI must name the built ledgerlink-cli (set by CTest)");
        QVERIFY(dir.isValid());
        QFile vectors(webhooksDir + u"/vectors.json"_s);
        QVERIFY2(vectors.open(QIODevice::ReadOnly), qPrintable(vectors.fileName()));
        const QJsonArray all =
            QJsonDocument::fromJson(vectors.readAll()).object().value(u"vectors"_s).toArray();
        QJsonObject vector;
        for (const QJsonValue &value : all) {
            if (value.toObject().value(u"id"_s).toString() == u"shopify-js-validate")
                vector = value.toObject();
        }
        QVERIFY2(!vector.isEmpty(), "vector shopify-js-validate not found");
        QFile body(webhooksDir + u'/' + vector.value(u"body_file"_s).toString());
        QVERIFY2(body.open(QIODevice::ReadOnly), qPrintable(body.fileName()));
        bodyFile = writeFile(dir, u"body.json"_s, body.readAll());
        // Written as `echo SECRET > file` would: the one trailing newline is not part of the secret.
        secretFile = writeFile(dir, u"secret.txt"_s, vector.value(u"secret"_s).toString().toUtf8() + '\n');
        signature = vector.value(u"expected_header_value"_s).toString();
        QVERIFY(!bodyFile.isEmpty() && !secretFile.isEmpty() && !signature.isEmpty());
    }

    void valid()
    {
        const CliResult r = runCli(verifyArgs(u"shopify"_s, secretFile, bodyFile, signature));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(r.out, u"valid\n"_s);
        QCOMPARE(r.exitCode, 0);
    }

    void bodyChanged()
    {
        QFile file(bodyFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString changed = writeFile(dir, u"changed.json"_s, file.readAll() + ' ');
        const CliResult r = runCli(verifyArgs(u"shopify"_s, secretFile, changed, signature));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err, u"invalid: signature does not match: the body or the secret differs\n"_s);
    }

    void wrongSecretIsNotPrinted()
    {
        const QString wrong = writeFile(dir, u"wrong.txt"_s, "very-secret-wrong-key");
        const CliResult r = runCli(verifyArgs(u"xero"_s, wrong, bodyFile, signature));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.contains(u"very-secret-wrong-key"));
        QCOMPARE(r.err, u"invalid: signature does not match: the body or the secret differs\n"_s);
    }

    void signatureNotBase64()
    {
        const CliResult r = runCli(verifyArgs(u"shopify"_s, secretFile, bodyFile, u"%%%"_s));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, u"invalid: signature is not base64\n"_s);
    }

    void signatureEmpty()
    {
        const CliResult r = runCli(verifyArgs(u"woocommerce"_s, secretFile, bodyFile, u""_s));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, u"invalid: signature missing\n"_s);
    }

    void unknownVendor()
    {
        const CliResult r = runCli(verifyArgs(u"stripe"_s, secretFile, bodyFile, signature));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"unknown vendor \"stripe\" for --vendor"), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void unreadableFiles()
    {
        const QString missing = dir.filePath(u"missing.bin"_s);
        CliResult r = runCli(verifyArgs(u"shopify"_s, missing, bodyFile, signature));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"cannot read --secret-file \""_s + missing + u'"'), qPrintable(r.err));
        r = runCli(verifyArgs(u"shopify"_s, secretFile, missing, signature));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"cannot read --body \""_s + missing + u'"'), qPrintable(r.err));
    }

    void missingOption()
    {
        const CliResult r = runCli({u"webhook"_s, u"verify"_s, u"--vendor"_s, u"shopify"_s, u"--body"_s,
                                    bodyFile, u"--signature"_s, signature});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"missing option --secret-file"), qPrintable(r.err));
    }

    void serveBadUsage()
    {
        CliResult r = runCli({u"webhook"_s, u"serve"_s, u"--port"_s, u"0"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"give at least one of --shopify-secret-file"), qPrintable(r.err));
        r = runCli(
            {u"webhook"_s, u"serve"_s, u"--shopify-secret-file"_s, secretFile, u"--capacity"_s, u"0"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--capacity needs a number of jobs"), qPrintable(r.err));
        r = runCli({u"webhook"_s, u"serve"_s, u"--shopify-secret-file"_s, secretFile, u"--retry-after=x"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--retry-after needs a number of seconds"), qPrintable(r.err));
        // A file is no workspace folder (a missing folder is created, as for the other commands).
        r = runCli(
            {u"webhook"_s, u"serve"_s, u"--shopify-secret-file"_s, secretFile, u"--workspace"_s, bodyFile});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"does not exist"), qPrintable(r.err));
    }

    void serveShopifyDefersBeyondCapacity()
    {
        // `webhook serve` as a user runs it, with the vendor's own vector (body and signature).
        const QString workspace = dir.filePath(u"serve-workspace"_s);
        QVERIFY(QDir().mkpath(workspace));
        QProcess process;
        process.start(qEnvironmentVariable("LEDGERLINK_CLI"),
                      {u"webhook"_s, u"serve"_s, u"--workspace"_s, workspace, u"--shopify-secret-file"_s,
                       secretFile, u"--capacity"_s, u"1"_s, u"--retry-after"_s, u"9"_s, u"--json"_s});
        QVERIFY(process.waitForStarted(10000));
        QByteArray first;
        while (!first.contains('\n') && process.waitForReadyRead(30000))
            first += process.readAllStandardOutput();
        const QJsonObject started = QJsonDocument::fromJson(first.trimmed()).object();
        const auto port = quint16(started.value(u"port"_s).toInt());
        QVERIFY2(port != 0, first.constData());
        QCOMPARE(started.value(u"capacity"_s).toInt(), 1);
        QCOMPARE(started.value(u"retry_after"_s).toInt(), 9);
        QCOMPARE(started.value(u"listening"_s).toString(), u"http://127.0.0.1:%1"_s.arg(port));

        QFile bodyIn(bodyFile);
        QVERIFY(bodyIn.open(QIODevice::ReadOnly));
        const QByteArray body = bodyIn.readAll();
        const auto deliver = [&](const QByteArray &eventId) {
            return rawPost(port, "/webhooks/shopify",
                           {"X-Shopify-Hmac-Sha256: " + signature.toLatin1(),
                            "X-Shopify-Webhook-Id: " + eventId, "X-Shopify-Topic: orders/create"},
                           body);
        };
        const QByteArray accepted = deliver("cli-1");
        QVERIFY2(accepted.startsWith("HTTP/1.1 200"), accepted.constData());
        const QByteArray deferred = deliver("cli-2");
        QVERIFY2(deferred.startsWith("HTTP/1.1 503"), deferred.constData());
        QVERIFY2(deferred.contains("\r\nRetry-After: 9\r\n"), deferred.constData());
        QVERIFY2(deferred.contains(R"("result":"deferred")"), deferred.constData());
        const QByteArray duplicate = deliver("cli-1");
        QVERIFY2(duplicate.startsWith("HTTP/1.1 200") && duplicate.contains(R"("result":"duplicate")"),
                 duplicate.constData());

        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(
            QJsonDocument::fromJson(lines.constLast()).object(),
            (QJsonObject{{u"stopped"_s, true}, {u"answered"_s, QJsonObject{{u"200"_s, 2}, {u"503"_s, 1}}}}));

        LedgerLink::Store::StateStore store(LedgerLink::Engine::ownStateLocation(workspace));
        QVERIFY(store.open().ok());
        const auto pending = LedgerLink::Store::JobQueue(store).pending(u"webhook.shopify"_s);
        QVERIFY(pending.ok());
        QCOMPARE(pending.value().size(), 1);
        QCOMPARE(pending.value().constFirst().payload.value(u"event_id"_s).toString(), u"cli-1"_s);
    }

    void unknownSubcommandAndHelp()
    {
        CliResult r = runCli({u"webhook"_s, u"sign"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"unknown subcommand \"sign\""), qPrintable(r.err));
        r = runCli({u"help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"webhook verify --vendor shopify|woocommerce|xero"));
        QVERIFY(r.out.contains(u"trailing newline"));
        QVERIFY(r.out.contains(u"webhook serve [--workspace DIR] --shopify-secret-file F"));
    }
};

QTEST_GUILESS_MAIN(TestWebhookCli)
#include "tst_webhookcli.moc"
