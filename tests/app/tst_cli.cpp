// ledgerlink-cli as a user runs it: a real process, its exit code, its output, its state store.
#include "store/runrepository.h"
#include "store/statestore.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList &arguments, const QString &workspacesDir = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!workspacesDir.isEmpty())
        env.insert(u"LEDGERLINK_WORKSPACES_DIR"_s, workspacesDir);
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("LEDGERLINK_CLI"), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("LEDGERLINK_CLI")),
                 "LEDGERLINK_CLI must name the built ledgerlink-cli (set by CTest)");
    }

    void sandboxDryRunPrintsThePlan()
    {
        QTemporaryDir workspaces;
        const CliResult r = runCli({u"dry-run"_s, u"--sandbox"_s}, workspaces.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        // Every seed record, with its action; the blocked ones with the exact reason.
        QVERIFY(r.out.contains(u"customer  create   anna.schmidt@example.de"_s));
        QVERIFY(r.out.contains(u"order     create   #1002"_s));
        QVERIFY(r.out.contains(u"2 lines, 52.01 USD"_s));
        QVERIFY(r.out.contains(u"1 line, 2980 JPY"_s));
        QVERIFY(r.out.contains(u"order     blocked  #1005"_s));
        QVERIFY(
            r.out.contains(u"subtotal 10.00 EUR differs from the sum of its lines, 9.99 EUR, by 0.01 EUR"_s));
        QVERIFY(r.out.contains(u"line 2 (Gift wrapping) has no SKU; products are matched by SKU"_s));
        QVERIFY(r.out.contains(u"the customer has no email address"_s));
        QVERIFY(r.out.contains(u"11 changes: 8 create, 0 update, 0 skip, 0 conflict, 3 blocked"_s));
        // It says plainly what it could not do yet.
        QVERIFY(r.out.contains(u"not available in this build yet"_s));
        QVERIFY(QFile::exists(workspaces.filePath(u"sandbox/state.sqlite"_s)));
    }

    void jsonOutputAndStoredPlanAgree()
    {
        QTemporaryDir workspaces;
        const CliResult first = runCli({u"dry-run"_s, u"--json"_s}, workspaces.path());
        QCOMPARE(first.exitCode, 0);
        const CliResult r = runCli({u"dry-run"_s, u"--json"_s}, workspaces.path());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(u"run_id"_s).toString(), u"2"_s); // a second run in the same workspace
        const QJsonArray changes = report.value(u"changes"_s).toArray();
        QCOMPARE(changes.size(), 11);
        QStringList actions;
        for (const QJsonValue &change : changes)
            actions << change[u"object"_s].toString() + u':' + change[u"match_key"_s].toString() + u'='
                    + change[u"action"_s].toString();
        QCOMPARE(actions,
                 (QStringList{
                     u"customer:anna.schmidt@example.de=create"_s,
                     u"customer:james.miller@example.com=create"_s,
                     u"customer:yuki.tanaka@example.jp=create"_s,
                     u"customer:liam.oconnor@example.ie=create"_s,
                     u"order:#1001=create"_s,
                     u"order:#1002=create"_s,
                     u"order:#1003=create"_s,
                     u"order:#1004=create"_s,
                     u"order:#1005=blocked"_s,
                     u"order:#1006=blocked"_s,
                     u"order:#1007=blocked"_s,
                 }));
        // The big id survives the whole way as text: seed → canonical → JSON.
        QCOMPARE(changes.at(5)[u"source_id"_s].toString(), u"820982911946154508"_s);
        QVERIFY(r.out.contains(u"\"820982911946154508\""_s));

        // The state store holds both runs and the second run's plan, item by item.
        Store::StateStore store(Store::StoreLocation::sqlite(workspaces.filePath(u"sandbox/state.sqlite"_s)));
        QVERIFY(store.open());
        Store::RunRepository runs(store);
        auto recent = runs.recentRuns(10);
        QVERIFY(recent);
        QCOMPARE(recent.value().size(), 2);
        QCOMPARE(recent.value().first().kind, Store::RunKind::DryRun);
        QCOMPARE(recent.value().first().status, Store::RunStatus::Succeeded);
        QCOMPARE(recent.value().first().counts, (QJsonObject{{u"create"_s, 8}, {u"blocked"_s, 3}}));
        auto plan = runs.plan(2);
        QVERIFY(plan);
        QCOMPARE(plan.value().size(), 11);
        QCOMPARE(plan.value().at(8).matchKey, u"#1005"_s);
        QCOMPARE(plan.value().at(8).action, Store::PlanAction::Blocked);
        QCOMPARE(plan.value().at(8).diff.value(u"reasons"_s).toArray().size(), 1);
        QCOMPARE(plan.value().at(5).objectId, u"820982911946154508"_s);
    }

    void badArgumentsSayWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("none") << QStringList{} << u"no command given"_s;
        QTest::newRow("unknown command")
            << QStringList{u"sync-everything"_s} << u"unknown command \"sync-everything\""_s;
        QTest::newRow("unknown option")
            << QStringList{u"dry-run"_s, u"--fast"_s} << u"dry-run does not know the option \"--fast\""_s;
        QTest::newRow("missing folder")
            << QStringList{u"dry-run"_s, u"--workspace"_s} << u"--workspace needs a folder"_s;
        QTest::newRow("both") << QStringList{u"dry-run"_s, u"--sandbox"_s, u"--workspace"_s, u"/tmp/x"_s}
                              << u"--sandbox and --workspace exclude each other"_s;
    }

    void badArgumentsSayWhatIsWrong()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliResult r = runCli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.contains(u"Usage: ledgerlink-cli"_s));
        QVERIFY(r.out.isEmpty());
    }

    void corruptStateFileIsReportedAndKept()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(u"state.sqlite"_s);
        QFile file(state);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray garbage("this is not a database, it is a shopping list: eggs, milk\n");
        file.write(garbage);
        file.close();
        const CliResult r = runCli({u"dry-run"_s, u"--workspace"_s, dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(state), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void version()
    {
        const CliResult r = runCli({u"version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"ledgerlink-cli 0."_s));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
