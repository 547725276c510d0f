// ledgerlink-cli as a user runs it: a real process, its exit code, its output, its state store.
#include "store/runrepository.h"
#include "store/statestore.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include "clitestsupport.h"

using namespace Qt::StringLiterals;
using namespace LedgerLink;

namespace {

using Testing::CliResult;

CliResult runCli(const QStringList &arguments, const QString &workspacesDir = {})
{
    return Testing::runCliIn(arguments, workspacesDir);
}

/// #1008 of the sandbox seed: two lines of 0.25 at 10 %; Xero per line half-up (0.03 + 0.03)
/// against the store's 10 % of the 0.50 total (0.05).
const QString flag1008 =
    u"Xero will compute 0.06 tax per line, half-up; the store charged 0.05 on the total: "
    u"the invoice will be 0.01 EUR more — tax rounding"_s;
/// #1002 of the sandbox seed (55.19 USD at 0.92 in an EUR shop), written in EUR as the sandbox
/// mapping writes it: its EUR amounts, each converted on its own, add up to 13.34 + 30.21 + 4.60 +
/// 2.61 = 50.76, the store's total 55.19 × 0.92 = 50.7748 → 50.77 (tst_taxplanflags.cpp works out
/// #1003 and #1004 alike).
const QString flag1002 =
    u"Xero will total the invoice 50.76 EUR; the store charged 50.77 EUR: the invoice will be 0.01 EUR "
    u"less — currency rate (the store converted its total of 55.19 USD to 50.77 EUR at once and each "
    u"amount on its own; in USD they add up)"_s;
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
        // No sandbox was serving: the command started one, read both sides through the real
        // connectors, and planned every seeded order (#1001 to #1013) as a new invoice.
        QVERIFY2(r.out.contains(u"started one for this dry run"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"13 order(s) read from the store (http://127.0.0.1:"_s));
        QVERIFY(r.out.contains(u"0 invoice(s) from the ERP (http://127.0.0.1:"_s));
        QVERIFY(r.out.contains(u"order   create  1001  new invoice #1001, 2 lines"_s)); // with shipping
        QVERIFY(r.out.contains(u"order   create  1006  new invoice #1006, 4 lines"_s));
        QVERIFY(r.out.contains(u"13 changes: 13 create, 0 update, 0 skip, 0 conflict, 0 blocked"_s));
        // #1008 is flagged under its line, before anything is written: Xero computes its tax per
        // line (0.03 + 0.03), the store charged 10 % of its 0.50 total. So are the orders paid in
        // USD, GBP and CHF, written in the shop's EUR: #1002 and #1003 by a cent of their totals,
        // #1004 by a cent of its shipping tax and of its total (two flags) — 5 flags on 4 orders.
        QVERIFY2(
            r.out.contains(u"order   create  1008  new invoice #1008, 2 lines\n    ⚑ "_s + flag1008 + u'\n'),
            qPrintable(r.out));
        QVERIFY2(
            r.out.contains(u"order   create  1002  new invoice #1002, 3 lines\n    ⚑ "_s + flag1002 + u'\n'),
            qPrintable(r.out));
        QCOMPARE(r.out.count(u"⚑ "_s), 5);
        QVERIFY(r.out.contains(
            u"Flagged (⚑): 4 of the changes; their writes go ahead, check them before they do.\n"_s));
        QVERIFY(r.out.contains(u"Nothing was written to either system."_s));
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
        QCOMPARE(changes.size(), 13);
        QStringList actions;
        QString bigId;
        for (const QJsonValue &change : changes) {
            actions << change[u"object"_s].toString() + u':' + change[u"match_key"_s].toString() + u'='
                    + change[u"action"_s].toString();
            // Flagged: #1008 and the orders paid in another currency but #1011 (see above).
            const QString key = change[u"match_key"_s].toString();
            const QJsonArray flags = change[u"flags"_s].toArray();
            if (key == u"1008")
                QCOMPARE(flags, QJsonArray{flag1008});
            else if (key == u"1002")
                QCOMPARE(flags, QJsonArray{flag1002});
            else if (key == u"1004")
                QCOMPARE(flags.size(), 2);
            else
                QCOMPARE(flags.size(), key == u"1003" ? 1 : 0);
            if (change[u"match_key"_s].toString() == u"1002")
                bigId = change[u"source_id"_s].toString();
        }
        actions.sort();
        QStringList expected;
        for (int number = 1001; number <= 1013; ++number)
            expected << u"order:%1=create"_s.arg(number);
        QCOMPARE(actions, expected);
        // The big id survives the whole way as text: store JSON → record → plan → JSON.
        QCOMPARE(bigId, u"820982911946154508"_s);
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
        QCOMPARE(recent.value().first().counts, (QJsonObject{{u"create"_s, 13}}));
        auto plan = runs.plan(2);
        QVERIFY(plan);
        QCOMPARE(plan.value().size(), 13);
        for (const auto &item : plan.value())
            QCOMPARE(item.action, Store::PlanAction::Create);
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
