// `ledgerlink-cli sandbox serve` as a real process: it records sandbox.json in the sandbox
// workspace, serves the store and books, and removes the record when terminated (SIGTERM).

#include "engine/workspace.h"
#include "sandbox/sandboxrecord.h"
#include "sandboxtestsupport.h"

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace SandboxTest;

class TestSandboxServe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serveRecordsAndCleansUp();
    void badArgumentsExit2_data();
    void badArgumentsExit2();

private:
    QTemporaryDir m_dir;
    QString m_cli;
};

void TestSandboxServe::initTestCase()
{
    m_cli = qEnvironmentVariable("LEDGERLINK_CLI");
    QVERIFY2(QFile::exists(m_cli), "LEDGERLINK_CLI must name the built ledgerlink-cli (set by CTest)");
    QVERIFY(m_dir.isValid());
    qputenv("LEDGERLINK_WORKSPACES_DIR", m_dir.path().toUtf8());
}

void TestSandboxServe::serveRecordsAndCleansUp()
{
    const QString workspace = LedgerLink::Engine::sandboxWorkspaceDir();
    QVERIFY(workspace.startsWith(m_dir.path()));
    QVERIFY(!LedgerLink::Sandbox::readSandboxRecord(workspace));

    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(m_cli, {u"sandbox"_s, u"serve"_s, u"--json"_s, u"--orders"_s, u"20"_s});
    QVERIFY(process.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() != QProcess::Running, 15000);
    const QJsonObject printed = QJsonDocument::fromJson(process.readLine()).object();
    QVERIFY2(!printed.isEmpty(), process.readAllStandardError().constData());
    QCOMPARE(printed.value(u"store"_s).toObject().value(u"access_token"_s).toString(),
             LedgerLink::Sandbox::Credentials::shopAccessToken());

    const auto record = LedgerLink::Sandbox::readSandboxRecord(workspace);
    QVERIFY(record.has_value());
    QCOMPARE(record->pid, process.processId());
    QCOMPARE(record->storeUrl.toString(), printed.value(u"store"_s).toObject().value(u"url"_s).toString());
    QVERIFY(QFile::exists(workspace + u"/sandbox/store.sqlite"_s));

    QNetworkAccessManager network;
    const Response count =
        send(network, "GET", url(record->storeUrl, u"/admin/api/2024-04/orders/count.json?status=any"_s),
             Auth::Store);
    QCOMPARE(count.status, 200);
    QCOMPARE(count.json().value(u"count"_s).toInteger(), 13 + 20);
    const Response items = send(network, "GET", url(record->booksUrl, u"/api.xro/2.0/Items"_s), Auth::Books);
    QCOMPARE(items.status, 200);

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(!QFile::exists(LedgerLink::Sandbox::sandboxRecordPath(workspace)));
    QVERIFY(!LedgerLink::Sandbox::readSandboxRecord(workspace));

    // A restart on the same workspace keeps the data and generates no more orders.
    QProcess again;
    again.start(m_cli, {u"sandbox"_s, u"serve"_s, u"--json"_s, u"--orders"_s, u"20"_s});
    QVERIFY(again.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(again.canReadLine() || again.state() != QProcess::Running, 15000);
    const QJsonObject second = QJsonDocument::fromJson(again.readLine()).object();
    const QUrl store(second.value(u"store"_s).toObject().value(u"url"_s).toString());
    QCOMPARE(
        send(network, "GET", url(store, u"/admin/api/2024-04/orders/count.json?status=any"_s), Auth::Store)
            .json()
            .value(u"count"_s)
            .toInteger(),
        13 + 20);
    again.terminate();
    QVERIFY(again.waitForFinished(10000));
    QCOMPARE(again.exitCode(), 0);
}

void TestSandboxServe::badArgumentsExit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no subcommand") << QStringList{u"sandbox"_s};
    QTest::newRow("unknown option") << QStringList{u"sandbox"_s, u"serve"_s, u"--bogus"_s, u"1"_s};
    QTest::newRow("bad port") << QStringList{u"sandbox"_s, u"serve"_s, u"--store-port"_s, u"70000"_s};
    QTest::newRow("bad switch") << QStringList{u"sandbox"_s, u"serve"_s, u"--rate-limits"_s, u"maybe"_s};
    QTest::newRow("missing value") << QStringList{u"sandbox"_s, u"serve"_s, u"--orders"_s};
}

void TestSandboxServe::badArgumentsExit2()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(m_cli, arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().isEmpty());
}

QTEST_MAIN(TestSandboxServe)
#include "tst_sandboxserve.moc"
