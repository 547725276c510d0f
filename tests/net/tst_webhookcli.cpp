// `ledgerlink-cli webhook verify ...` as a user runs it: a real process, its exit code and output.
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

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

    void unknownSubcommandAndHelp()
    {
        CliResult r = runCli({u"webhook"_s, u"sign"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"unknown subcommand \"sign\""), qPrintable(r.err));
        r = runCli({u"help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"webhook verify --vendor shopify|woocommerce|xero"));
        QVERIFY(r.out.contains(u"trailing newline"));
    }
};

QTEST_GUILESS_MAIN(TestWebhookCli)
#include "tst_webhookcli.moc"
