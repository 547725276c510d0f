// A workspace of one's own (connections.json, secrets in the keychain) run headless: the CLI reads
// the secrets on its main thread from a real Secret Service (the keyring fixture's private
// gnome-keyring), or from environment variables when the user opts in, and never prints them.
// The two systems are the sandbox store and books, served in this process on loopback.
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxservices.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include "clitestsupport.h"
#include "sandboxworkspace.h"

using namespace Qt::StringLiterals;
using namespace LedgerLink;

namespace {

using Testing::CliResult;

CliResult runCli(const QStringList &arguments, const QByteArray &input = {},
                 const QHash<QString, QString> &extraEnv = {})
{
    return Testing::runCliProcess(arguments, extraEnv, input);
}

} // namespace

class TestCredentialsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Sandbox::SandboxServices m_sandbox;
    QString m_workspace;
    const QString m_shopToken = QString::fromLatin1(Sandbox::Credentials::shopAccessTokenText);
    const QString m_xeroToken = QString::fromLatin1(Sandbox::Credentials::xeroAccessTokenText);

    void verifyNoSecret(const CliResult &r)
    {
        QVERIFY2(!r.out.contains(m_shopToken) && !r.err.contains(m_shopToken), "a secret was printed");
        QVERIFY2(!r.out.contains(m_xeroToken) && !r.err.contains(m_xeroToken), "a secret was printed");
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
        m_workspace = m_dir.filePath(u"shop"_s);
        QVERIFY(Testing::writeSandboxWorkspace(m_workspace, started.storeUrl, started.booksUrl));
        // A second workspace for the environment opt-in.
        QVERIFY(Testing::writeSandboxWorkspace(m_dir.filePath(u"env"_s), started.storeUrl, started.booksUrl));
    }

    void keychainPath()
    {
        // Nothing stored yet: check says which are missing, run says how to add them.
        CliResult r = runCli({u"credentials"_s, u"check"_s, u"--workspace"_s, m_workspace, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray before = r.json().array();
        QCOMPARE(before.size(), 4);
        for (const QJsonValue &row : before)
            QVERIFY2(row[u"state"_s].toString() == u"missing", qPrintable(r.out));
        QCOMPARE(before.at(0)[u"key"_s].toString(),
                 u"connection/shopify:sandbox-shop.myshopify.com/access_token"_s);

        r = runCli({u"run"_s, u"--workspace"_s, m_workspace});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(u"connections.json"_s)
                && r.err.contains(u"credentials set --workspace %1 --side store --field access_token"_s.arg(
                    QDir(m_workspace).absolutePath())),
            qPrintable(r.err));

        // Stored from standard input, never from the command line.
        r = runCli({u"credentials"_s, u"set"_s, u"--workspace"_s, m_workspace, u"--side"_s, u"store"_s,
                    u"--field"_s, u"access_token"_s},
                   m_shopToken.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Stored the store's access_token"_s), qPrintable(r.out + r.err));
        verifyNoSecret(r);
        r = runCli({u"credentials"_s, u"set"_s, u"--workspace"_s, m_workspace, u"--side"_s, u"erp"_s,
                    u"--field"_s, u"access_token"_s},
                   m_xeroToken.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 0);
        r = runCli({u"credentials"_s, u"set"_s, u"--workspace"_s, m_workspace, u"--side"_s, u"erp"_s,
                    u"--field"_s, u"access_token"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"standard input"_s), qPrintable(r.err));

        r = runCli({u"credentials"_s, u"check"_s, u"--workspace"_s, m_workspace});
        QCOMPARE(r.exitCode, 0); // both access tokens there; webhook secrets are optional
        QVERIFY2(r.out.contains(u"store access_token   present"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"erp   webhook_secret missing"_s), qPrintable(r.out));
        verifyNoSecret(r);

        // The headless run reads them on its main thread and syncs the seeded orders.
        r = runCli({u"run"_s, u"--workspace"_s, m_workspace, u"--json"_s});
        QCOMPARE(r.exitCode, 1); // #1010's SKU is unknown to the books: one dead letter
        const QJsonObject summary = r.json().object();
        QCOMPARE(summary.value(u"created"_s).toInt(), 12);
        QCOMPARE(summary.value(u"dead"_s).toInt(), 1);
        verifyNoSecret(r);
        r = runCli(
            {u"audit"_s, u"search"_s, u"--workspace"_s, m_workspace, u"--limit"_s, u"1000"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().array().size() >= 13);
        verifyNoSecret(r); // Authorization headers are redacted in the audit log
    }

    void environmentOptIn()
    {
        const QString workspace = m_dir.filePath(u"env"_s);
        CliResult r = runCli({u"dry-run"_s, u"--workspace"_s, workspace, u"--credentials-from-env"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"LEDGERLINK_STORE_ACCESS_TOKEN is not set"_s), qPrintable(r.err));
        r = runCli({u"dry-run"_s, u"--workspace"_s, workspace, u"--credentials-from-env"_s}, {},
                   {{u"LEDGERLINK_STORE_ACCESS_TOKEN"_s, m_shopToken},
                    {u"LEDGERLINK_ERP_ACCESS_TOKEN"_s, m_xeroToken}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"13 order(s) read from the store"_s) && r.out.contains(u"13 changes:"_s),
                 qPrintable(r.out));
        verifyNoSecret(r);
        // A wrong token is the target's 401, said plainly.
        r = runCli({u"dry-run"_s, u"--workspace"_s, workspace, u"--credentials-from-env"_s}, {},
                   {{u"LEDGERLINK_STORE_ACCESS_TOKEN"_s, u"wrong"_s},
                    {u"LEDGERLINK_ERP_ACCESS_TOKEN"_s, m_xeroToken}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"401"_s), qPrintable(r.err));
    }

    void keychainUnavailableSaysWhatToDo()
    {
        // No Secret Service on this bus address: a clear error naming the opt-in alternative.
        const CliResult r =
            runCli({u"run"_s, u"--workspace"_s, m_dir.filePath(u"env"_s)}, {},
                   {{u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=%1"_s.arg(m_dir.filePath(u"no-bus"_s))}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"keychain cannot be read"_s) && r.err.contains(u"--credentials-from-env"_s),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCredentialsCli)
#include "tst_credentialscli.moc"
