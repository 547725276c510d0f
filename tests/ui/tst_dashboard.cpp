// The studio's dashboard, offscreen, on real sandbox syncs (the sandbox store and books in this
// process, the engine on its own thread): a progress bar per object that reaches its total, the
// throughput and errors chart, Pause that really holds the engine and Resume that finishes, the
// next scheduled runs in the workspace's time zone, and the connection health of both sides (the
// sandbox workspace, and a workspace of one's own whose tokens are in the keyring fixture's
// keychain).
#include "dashboardhealth.h"
#include "dashboardpage.h"
#include "dashboardprogress.h"
#include "dashboardschedule.h"
#include "engine/scheduler.h"
#include "engine/syncengine.h"
#include "engine/workspace.h"
#include "engine/workspaceconfig.h"
#include "engine/workspacecredentials.h"
#include "i18n.h"
#include "mainwindow.h"
#include "mapping/mappingdocument.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxrecord.h"
#include "sandbox/sandboxservices.h"
#include "secrets/credentialstore.h"
#include "store/statestore.h"
#include "studiosettings.h"
#include "studiotestsupport.h"
#include "throughputchart.h"

#include <QtCharts/QLineSeries>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QPalette>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QTcpServer>
#include <QtSql/QSqlQuery>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyleFactory>
#include <QtWidgets/QTabWidget>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Studio::ConnectionHealthPanel;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void saveScreenshots(QWidget *window, const QString &name)
    {
        const QString failed = TestSupport::saveScreenshots(window, name);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    static int lastY(const QLineSeries *series)
    {
        return series->count() > 0 ? qRound(series->at(series->count() - 1).y()) : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        LedgerLink::installTranslations();
        QVERIFY(m_dir.isValid());
    }

    void theNextRunsAreReadInTheWorkspaceTimeZone()
    {
        // The bundled sandbox mapping: product "daily 02:00", inventory and order "every 5 min",
        // payments and payouts on settlement (looked for every hour).
        const Mapping::LoadResult loaded =
            Mapping::MappingDocument::load(u":/ledgerlink/mappings/sandbox.mapping.json"_s);
        QVERIFY2(loaded.document, qPrintable(loaded.error));
        QStringList problems;
        const QList<Engine::ClockTrigger> triggers =
            Engine::clockTriggers(loaded.document->objects, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(triggers.size(), 5);
        QCOMPARE(triggers.at(0).object, u"product"_s);
        QCOMPARE(triggers.at(0).text, u"schedule daily 02:00"_s);
        QCOMPARE(triggers.at(1).object, u"inventory"_s);
        QCOMPARE(triggers.at(2).object, u"order"_s);
        QCOMPARE(triggers.at(2).text, u"poll every 5 min"_s);
        QCOMPARE(triggers.at(3).object, u"payment"_s);
        QCOMPARE(triggers.at(4).object, u"payout"_s);
        QCOMPARE(triggers.at(4).text, u"on settlement, looked for every 60 min"_s);

        Studio::ScheduleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QTimeZone berlin("Europe/Berlin");
        // Monday 2 March 2026, 09:07 UTC (10:07 CET): the engine syncs orders, so only they get a time.
        model.setTriggers(triggers, berlin, {u"order"_s, u"product"_s}, utc(2026, 3, 2, 9, 7));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.headerData(Studio::ScheduleModel::Next, Qt::Horizontal).toString(),
                 u"Next run (Europe/Berlin)"_s);
        // Soonest first: the order poll at 10:10 CET, then the product schedule at 02:00 CET the
        // next night; inventory (not synced by the engine) last, without a time.
        QCOMPARE(model.index(0, Studio::ScheduleModel::Object).data().toString(), u"Orders"_s);
        QCOMPARE(model.index(0, Studio::ScheduleModel::Trigger).data().toString(), u"poll every 5 min"_s);
        QCOMPARE(
            model.index(0, Studio::ScheduleModel::Next).data(Studio::ScheduleModel::DueRole).toDateTime(),
            utc(2026, 3, 2, 9, 10));
        QCOMPARE(model.index(0, Studio::ScheduleModel::Next).data().toString(), u"Mon 2 Mar, 10:10 CET"_s);
        QCOMPARE(model.index(1, Studio::ScheduleModel::Object).data().toString(), u"Products"_s);
        QCOMPARE(model.index(1, Studio::ScheduleModel::Next).data().toString(), u"Tue 3 Mar, 02:00 CET"_s);
        QCOMPARE(
            model.index(1, Studio::ScheduleModel::Next).data(Studio::ScheduleModel::DueRole).toDateTime(),
            utc(2026, 3, 3, 1, 0));
        QCOMPARE(model.index(2, Studio::ScheduleModel::Object).data().toString(), u"Inventory"_s);
        QCOMPARE(model.index(2, Studio::ScheduleModel::Next).data().toString(),
                 u"not synced by the engine yet"_s);
        QVERIFY(!model.index(2, Studio::ScheduleModel::Next)
                     .data(Studio::ScheduleModel::DueRole)
                     .toDateTime()
                     .isValid());
        QCOMPARE(model.index(4, Studio::ScheduleModel::Object).data().toString(), u"Payouts"_s);
        // Synced, payouts are looked for every hour, on the hour: 10:07 CET → 11:00 CET.
        model.setTriggers(triggers, berlin, {u"order"_s, u"payout"_s}, utc(2026, 3, 2, 9, 7));
        QCOMPARE(model.index(1, Studio::ScheduleModel::Object).data().toString(), u"Payouts"_s);
        QCOMPARE(model.index(1, Studio::ScheduleModel::Trigger).data().toString(),
                 u"on settlement, looked for every 60 min"_s);
        QCOMPARE(
            model.index(1, Studio::ScheduleModel::Next).data(Studio::ScheduleModel::DueRole).toDateTime(),
            utc(2026, 3, 2, 10, 0));
        // Summer time: the same poll on 1 July is shown in CEST.
        model.setTriggers(triggers, berlin, {u"order"_s}, utc(2026, 7, 1, 22, 58));
        QCOMPARE(model.index(0, Studio::ScheduleModel::Next).data().toString(), u"Thu 2 Jul, 01:00 CEST"_s);
    }

    void theEngineReportsEachObjectsProgressAndErrors()
    {
        QTemporaryDir dir;
        Sandbox::SandboxServices sandbox;
        Sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.dataDir = dir.filePath(u"sandbox"_s);
        const Sandbox::SandboxStarted up = sandbox.start(sandboxOptions);
        QVERIFY2(up.ok, qPrintable(up.error));
        Engine::EngineController controller;
        QSignalSpy started(&controller, &Engine::EngineController::started);
        QSignalSpy finished(&controller, &Engine::EngineController::finished);
        QSignalSpy objects(&controller, &Engine::EngineController::objectProgress);
        Engine::EngineOptions options;
        options.workspaceDir = dir.filePath(u"workspace"_s);
        options.sandboxUrls = std::pair{up.storeUrl, up.booksUrl};
        options.triggers = false;
        controller.start(options);
        QTRY_COMPARE(started.size(), 1);
        QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(1).toString()));
        controller.runObjectNow(u"order"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const QJsonObject summary = finished.first().first().toJsonObject();
        QCOMPARE(summary.value(u"created"_s).toInt(), 12);
        QCOMPARE(summary.value(u"dead"_s).toInt(), 1);
        // The one object the engine syncs: its last figures are the run's, and its one failed
        // attempt (#1010, a SKU the books do not know, dead-lettered) is counted from the audit log.
        QVERIFY(!objects.isEmpty());
        for (const QList<QVariant> &signal : std::as_const(objects))
            QCOMPARE(signal.at(0).toString(), u"order"_s);
        const QList<QVariant> last = objects.last();
        QCOMPARE(last.at(1).toInt(), 13);
        QCOMPARE(last.at(2).toInt(), 13);
        QCOMPARE(last.at(3).toInt(), 1);

        // A second run counts only its own errors: #1010 is not retried (a dead letter waits for
        // a replay), nothing new is read.
        objects.clear();
        controller.runObjectNow(u"order"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QVERIFY(!objects.isEmpty());
        QCOMPARE(objects.last().at(1).toInt(), 0);
        QCOMPARE(objects.last().at(3).toInt(), 0);
        controller.stop();
    }

    void aSyncFillsTheBarsTheChartAndTheHealth()
    {
        QTemporaryDir home;
        const QString workspace = home.filePath(u"sandbox"_s);
        Studio::MainWindow window(workspace, u"Sandbox Shop ↔ Sandbox Books"_s);
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Studio::DashboardPage *dashboard = window.dashboardPage();
        QAbstractItemModelTester runsTester(dashboard->runsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester scheduleTester(dashboard->scheduleModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        ConnectionHealthPanel *health = dashboard->connectionHealth();
        QSignalSpy checked(health, &ConnectionHealthPanel::checked);
        QSignalSpy scheduled(dashboard, &Studio::DashboardPage::scheduleReloaded);
        window.pages()->setCurrentWidget(dashboard);

        // Before the first sync no sandbox serves this workspace: health says so, not "failed".
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 10000);
        QCOMPARE(health->state(ConnectionHealthPanel::Side::Store), ConnectionHealthPanel::State::NotRunning);
        QCOMPARE(health->text(ConnectionHealthPanel::Side::Store),
                 u"○ The sandbox is not running: it starts with the first sync or dry run."_s);
        // The next scheduled runs: the sandbox's order poll in UTC, soonest first.
        QTRY_VERIFY_WITH_TIMEOUT(!scheduled.isEmpty(), 10000);
        Studio::ScheduleModel *schedule = dashboard->scheduleModel();
        QCOMPARE(schedule->rowCount(), 5); // products and stock: not synced here
        QCOMPARE(schedule->index(0, Studio::ScheduleModel::Object).data().toString(), u"Orders"_s);
        const QDateTime due =
            schedule->index(0, Studio::ScheduleModel::Next).data(Studio::ScheduleModel::DueRole).toDateTime();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY2(due > now.addSecs(-60) && due <= now.addSecs(300), qPrintable(due.toString(Qt::ISODate)));
        QCOMPARE(due.time().minute() % 5, 0);
        QCOMPARE(due.time().second(), 0);
        QVERIFY(schedule->index(0, Studio::ScheduleModel::Next).data().toString().endsWith(u" UTC"_s));

        auto *bar = dashboard->objectProgress()->bar(u"order"_s);
        QVERIFY(bar);
        QCOMPARE(bar->text(), u"not synced in this session"_s);
        QSignalSpy synced(dashboard, &Studio::DashboardPage::syncFinished);
        checked.clear();
        QTest::mouseClick(dashboard->findChild<QPushButton *>(u"syncButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 60000);
        const QJsonObject summary = synced.first().first().toJsonObject();
        QVERIFY2(summary.value(u"error"_s).toString().isEmpty(),
                 qPrintable(summary.value(u"error"_s).toString()));
        // The sandbox's sync: orders, their payments, the payouts (tst_studiopages, tst_payments).
        QCOMPARE(summary.value(u"created"_s).toInt(), 12 + 9 + 2);
        QCOMPARE(summary.value(u"dead"_s).toInt(), 1 + 3);

        // The orders' bar reached its total; the dead letter is its one error.
        QCOMPARE(bar->maximum(), 13);
        QCOMPARE(bar->value(), 13);
        QCOMPARE(bar->text(), u"13 of 13"_s);
        QCOMPARE(dashboard->objectProgress()->errorText(u"order"_s), u"1 failed"_s);
        // Each rule its own bar and errors: the payments' three dead letters are theirs.
        QCOMPARE(dashboard->objectProgress()->bar(u"payment"_s)->text(), u"13 of 13"_s);
        QCOMPARE(dashboard->objectProgress()->errorText(u"payment"_s), u"3 failed"_s);
        QCOMPARE(dashboard->objectProgress()->bar(u"payout"_s)->text(), u"2 of 2"_s);
        QCOMPARE(dashboard->objectProgress()->errorText(u"payout"_s), QString());
        // The chart: from (0, 0) to the end of the run, with the error on its own series.
        Studio::ThroughputChart *chart = dashboard->chart();
        QVERIFY(chart->throughputSeries()->count() >= 2);
        QCOMPARE(chart->throughputSeries()->at(0), QPointF(0, 0));
        QVERIFY(chart->throughputSeries()->at(1).y() > 0); // 13 orders in a fraction of a second
        QCOMPARE(chart->throughputSeries()->at(1).x(), 0.0);
        QCOMPARE(chart->errorSeries()->count(), chart->throughputSeries()->count());
        QCOMPARE(lastY(chart->errorSeries()), 1 + 3); // over the whole sync, rule after rule
        // Steps: each the average rate between two changes of the count, left to right.
        QCOMPARE(chart->throughputSeries()->count() % 2, 1);
        for (int i = 1; i < chart->throughputSeries()->count(); ++i)
            QVERIFY(chart->throughputSeries()->at(i).x() >= chart->throughputSeries()->at(i - 1).x());
        for (int i = 1; i + 1 < chart->throughputSeries()->count(); i += 2)
            QCOMPARE(chart->throughputSeries()->at(i).y(), chart->throughputSeries()->at(i + 1).y());
        QVERIFY(!dashboard->findChild<QPushButton *>(u"pauseButton"_s)->isEnabled());

        // The sandbox serves now: both sides are checked through their connectors.
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty() && !health->isChecking(), 20000);
        QCOMPARE(health->state(ConnectionHealthPanel::Side::Store), ConnectionHealthPanel::State::Ok);
        QCOMPARE(health->state(ConnectionHealthPanel::Side::Erp), ConnectionHealthPanel::State::Ok);
        QVERIFY2(health->text(ConnectionHealthPanel::Side::Store)
                     .startsWith(u"✓ Sandbox store: Connected to Sandbox Shop with every access scope"_s),
                 qPrintable(health->text(ConnectionHealthPanel::Side::Store)));
        QVERIFY2(health->text(ConnectionHealthPanel::Side::Erp).startsWith(u"✓ Sandbox books: "_s),
                 qPrintable(health->text(ConnectionHealthPanel::Side::Erp)));
        QTRY_COMPARE_WITH_TIMEOUT(dashboard->runsModel()->rowCount(), 3, 10000); // a run per rule;
        saveScreenshots(&window, u"dashboard-synced"_s);
    }

    void pauseHoldsTheSyncAndResumeFinishesIt()
    {
        // 3,013 orders: several batches of 1,000, so that the Pause lands between two of them.
        QTemporaryDir home;
        const QString workspace = home.filePath(u"sandbox"_s);
        QVERIFY(QDir().mkpath(workspace));
        Sandbox::SandboxServices sandbox;
        Sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.dataDir = home.filePath(u"sandbox-data"_s);
        sandboxOptions.extraOrders = 3000;
        const Sandbox::SandboxStarted up = sandbox.start(sandboxOptions);
        QVERIFY2(up.ok, qPrintable(up.error));
        // Served for this workspace, as `ledgerlink-cli sandbox serve` would: the dashboard uses it.
        QCOMPARE(Sandbox::writeSandboxRecord(workspace,
                                             {up.storeUrl, up.booksUrl, QCoreApplication::applicationPid()}),
                 QString());

        Studio::MainWindow window(workspace, u"Sandbox Shop ↔ Sandbox Books"_s);
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Studio::DashboardPage *dashboard = window.dashboardPage();
        window.pages()->setCurrentWidget(dashboard);
        auto *pause = dashboard->findChild<QPushButton *>(u"pauseButton"_s);
        QProgressBar *bar = dashboard->objectProgress()->bar(u"order"_s);
        QSignalSpy synced(dashboard, &Studio::DashboardPage::syncFinished);
        QSignalSpy paused(dashboard, &Studio::DashboardPage::pauseChanged);
        QTest::mouseClick(dashboard->findChild<QPushButton *>(u"syncButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pause->isEnabled(), 10000);
        QCOMPARE(pause->text(), u"Pause"_s);
        // The first batch is recorded (and the check of the connections, which reads the books,
        // is done): pause.
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() >= 1000, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->connectionHealth()->isChecking(), 20000);
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(pause->text(), u"Pausing…"_s);
        QTRY_COMPARE_WITH_TIMEOUT(paused.count(), 1, 30000);
        QCOMPARE(paused.first().first().toBool(), true);
        QVERIFY(dashboard->isPaused());
        QVERIFY(dashboard->isSyncing());
        QCOMPARE(synced.count(), 0);
        QCOMPARE(pause->text(), u"Resume"_s);
        const int heldAt = bar->value();
        QVERIFY2(heldAt >= 1000 && heldAt < 3013, qPrintable(QString::number(heldAt)));
        QCOMPARE(dashboard->statusText(),
                 u"Paused after %1 of %2 orders; nothing new is taken until you resume."_s.arg(heldAt).arg(
                     bar->maximum()));
        const QJsonObject booksBefore = sandbox.booksStats();
        const int invoicesBefore = booksBefore.value(u"writes_committed"_s).toInt();
        saveScreenshots(&window, u"dashboard-paused"_s);

        // Held: for a second and a half, no order is done and the books receive no request.
        QTest::qWait(1500);
        QCOMPARE(bar->value(), heldAt);
        QCOMPARE(sandbox.booksStats().value(u"requests_total"_s).toInt(),
                 booksBefore.value(u"requests_total"_s).toInt());
        QCOMPARE(sandbox.booksStats().value(u"writes_committed"_s).toInt(), invoicesBefore);
        QCOMPARE(synced.count(), 0);

        // Resume: the same run goes on and finishes every order.
        QTest::mouseClick(pause, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(paused.count(), 2, 10000);
        QCOMPARE(paused.last().first().toBool(), false);
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 60000);
        const QJsonObject summary = synced.first().first().toJsonObject();
        QVERIFY2(!summary.value(u"cancelled"_s).toBool(), "a paused run is not a cancelled one");
        QCOMPARE(summary.value(u"orders_read"_s).toInt(), 3013);
        // The orders (3,000 synthetic ones carry no payment), then the seed's payments and payouts.
        QCOMPARE(summary.value(u"created"_s).toInt(), 3012 + 9 + 2);
        QCOMPARE(summary.value(u"dead"_s).toInt(), 1 + 3);
        QVERIFY(sandbox.booksStats().value(u"requests_total"_s).toInt()
                > booksBefore.value(u"requests_total"_s).toInt());
        QCOMPARE(bar->value(), 3013);
        QCOMPARE(bar->maximum(), 3013);
        QVERIFY(!dashboard->isPaused());
        QCOMPARE(pause->text(), u"Pause"_s);
        QVERIFY(!pause->isEnabled());
        // One run per rule, not two of the orders: the pause held it.
        QTRY_COMPARE_WITH_TIMEOUT(dashboard->runsModel()->rowCount(), 3, 10000);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(dashboard->runsModel()->index(row, Studio::RunsModel::Status).data().toString(),
                     u"succeeded"_s);
        QVERIFY(dashboard->runsModel()
                    ->index(2, Studio::RunsModel::Outcome)
                    .data()
                    .toString()
                    .startsWith(u"3013 read · 3012 created"_s));
        // The chart shows the pause as a zero step of at least the time held, between busy ones.
        QLineSeries *throughput = dashboard->chart()->throughputSeries();
        double held = 0;
        for (int i = 1; i + 1 < throughput->count(); i += 2) {
            if (throughput->at(i).y() == 0 && throughput->at(i + 1).y() == 0)
                held = qMax(held, throughput->at(i + 1).x() - throughput->at(i).x());
        }
        QVERIFY2(held >= 1.5, qPrintable(QString::number(held)));
        QVERIFY(throughput->at(throughput->count() - 2).y() > 0); // the last step, after the resume
        saveScreenshots(&window, u"dashboard-resumed"_s);
        sandbox.stop();
    }

    void aWorkspaceOfOnesOwnIsCheckedWithItsKeychainTokens()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
                 "run through CTest: the keyring fixture provides the session bus");
        QTemporaryDir home;
        Sandbox::SandboxServices sandbox;
        Sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.dataDir = home.filePath(u"sandbox-data"_s);
        const Sandbox::SandboxStarted up = sandbox.start(sandboxOptions);
        QVERIFY2(up.ok, qPrintable(up.error));
        // connections.json (no secrets) pointing at the sandbox as a Shopify store and Xero books,
        // schedules read in Berlin time.
        const QString workspace = home.filePath(u"shop"_s);
        QVERIFY(QDir().mkpath(workspace));
        QVERIFY(QFile::copy(u":/ledgerlink/mappings/sandbox.mapping.json"_s,
                            QDir(workspace).filePath(u"mapping.json"_s)));
        const QJsonObject connections{
            {u"store"_s,
             QJsonObject{{u"system"_s, u"shopify"_s},
                         {u"base_url"_s, up.storeUrl.toString()},
                         {u"account"_s, QString::fromLatin1(Sandbox::Credentials::shopDomainText)},
                         {u"api_version"_s, u"2024-04"_s}}},
            {u"erp"_s,
             QJsonObject{{u"system"_s, u"xero"_s},
                         {u"base_url"_s, up.booksUrl.toString()},
                         {u"account"_s, QString::fromLatin1(Sandbox::Credentials::xeroTenantIdText)}}},
            {u"time_zone"_s, u"Europe/Berlin"_s},
        };
        QFile file(QDir(workspace).filePath(u"connections.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QJsonDocument(connections).toJson()) > 0);
        file.close();
        QString error;
        const auto config = Engine::loadWorkspaceConfig(workspace, &error);
        QVERIFY2(config, qPrintable(error));

        Studio::MainWindow window(workspace, u"Sandbox Shop ↔ Sandbox Books"_s);
        Studio::DashboardPage *dashboard = window.dashboardPage();
        ConnectionHealthPanel *health = dashboard->connectionHealth();
        QSignalSpy checked(health, &ConnectionHealthPanel::checked);

        // No token in the keychain yet: each side says so.
        Secrets::CredentialStore keychain(QCoreApplication::applicationName());
        const QString field = QString::fromLatin1(Engine::accessTokenField);
        int removed = 0;
        for (const auto *side : {&config->store, &config->erp})
            keychain.remove(Engine::credentialKey(*side, field), this,
                            [&removed](const Secrets::CredentialResult &) { ++removed; });
        QTRY_COMPARE_WITH_TIMEOUT(removed, 2, 10000);
        health->checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 20000);
        QCOMPARE(health->state(ConnectionHealthPanel::Side::Store), ConnectionHealthPanel::State::Failed);
        QCOMPARE(health->text(ConnectionHealthPanel::Side::Store),
                 u"✗ Store (shopify): no access token in the keychain for this connection; add it where the "
                 "connection is set up."_s);
        QCOMPARE(health->state(ConnectionHealthPanel::Side::Erp), ConnectionHealthPanel::State::Failed);

        // The tokens stored: both sides are reachable, authenticated and allowed.
        int written = 0;
        keychain.write(Engine::credentialKey(config->store, field),
                       QByteArray(Sandbox::Credentials::shopAccessTokenText), this,
                       [&written](const Secrets::CredentialResult &r) {
                           written += r.status == Secrets::CredentialResult::Status::Ok;
                       });
        keychain.write(Engine::credentialKey(config->erp, field),
                       QByteArray(Sandbox::Credentials::xeroAccessTokenText), this,
                       [&written](const Secrets::CredentialResult &r) {
                           written += r.status == Secrets::CredentialResult::Status::Ok;
                       });
        // The store's webhook secret too (the engine checks deliveries with it).
        keychain.write(Engine::credentialKey(config->store, QString::fromLatin1(Engine::webhookSecretField)),
                       QByteArrayLiteral("keychain-webhook-secret"), this,
                       [&written](const Secrets::CredentialResult &r) {
                           written += r.status == Secrets::CredentialResult::Status::Ok;
                       });
        QTRY_COMPARE_WITH_TIMEOUT(written, 3, 10000);
        QSignalSpy scheduled(dashboard, &Studio::DashboardPage::scheduleReloaded);
        window.resize(1200, 760);
        window.show(); // shown: checked at once, schedules read again
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.pages()->setCurrentWidget(dashboard);
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 2, 20000);
        QCOMPARE(health->state(ConnectionHealthPanel::Side::Store), ConnectionHealthPanel::State::Ok);
        QCOMPARE(health->state(ConnectionHealthPanel::Side::Erp), ConnectionHealthPanel::State::Ok);
        QVERIFY2(health->text(ConnectionHealthPanel::Side::Store)
                     .startsWith(u"✓ Store (shopify): Connected to Sandbox Shop"_s),
                 qPrintable(health->text(ConnectionHealthPanel::Side::Store)));
        QVERIFY2(health->text(ConnectionHealthPanel::Side::Erp).startsWith(u"✓ ERP (xero): "_s),
                 qPrintable(health->text(ConnectionHealthPanel::Side::Erp)));
        // The schedules in the workspace's time zone.
        QTRY_VERIFY_WITH_TIMEOUT(!scheduled.isEmpty(), 10000);
        Studio::ScheduleModel *schedule = dashboard->scheduleModel();
        QCOMPARE(schedule->headerData(Studio::ScheduleModel::Next, Qt::Horizontal).toString(),
                 u"Next run (Europe/Berlin)"_s);
        const QDateTime due =
            schedule->index(0, Studio::ScheduleModel::Next).data(Studio::ScheduleModel::DueRole).toDateTime();
        QVERIFY(due.isValid());
        const QString shown = schedule->index(0, Studio::ScheduleModel::Next).data().toString();
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY2(shown.endsWith(u' ' + berlin.abbreviation(due)), qPrintable(shown));
        QVERIFY2(shown.contains(due.toTimeZone(berlin).time().toString(u"HH:mm"_s)), qPrintable(shown));
        saveScreenshots(&window, u"dashboard-own-workspace"_s);

        // Sync now in the read-only stage: refused, as `ledgerlink-cli run` refuses it.
        QSignalSpy synced(dashboard, &Studio::DashboardPage::syncFinished);
        QTest::mouseClick(dashboard->findChild<QPushButton *>(u"syncButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 10000);
        QVERIFY2(synced.first()
                     .first()
                     .toJsonObject()
                     .value(u"error"_s)
                     .toString()
                     .startsWith(u"The rollout stage is read-only"_s),
                 qPrintable(dashboard->statusText()));
        synced.clear();
        // One direction: Sync now syncs, the engine with the tokens from the keychain (never a file).
        Mapping::LoadResult mapping = Mapping::MappingDocument::load(Engine::mappingFilePath(workspace));
        QVERIFY(mapping.ok());
        mapping.document->policies.rolloutStage = Mapping::RolloutStage::OneDirection;
        QCOMPARE(mapping.document->save(Engine::mappingFilePath(workspace)), QString());
        QTest::mouseClick(dashboard->findChild<QPushButton *>(u"syncButton"_s), Qt::LeftButton);
        // Sync now runs every rule the stage allows, one run each, in the mapping's order:
        // customers, orders, payments, payouts (products and stock write the store: not in
        // one_direction) — one sync, reported once with each rule's run.
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 60000);
        const QJsonObject sync = synced.first().first().toJsonObject();
        QVERIFY2(sync.value(u"error"_s).toString().isEmpty(), qPrintable(sync.value(u"error"_s).toString()));
        const QJsonArray runs = sync.value(u"runs"_s).toArray();
        QCOMPARE(runs.size(), 4);
        QStringList rules;
        for (const QJsonValue &run : runs)
            rules.append(run.toObject().value(u"rule"_s).toString());
        QCOMPARE(rules, (QStringList{u"customer"_s, u"order"_s, u"payment"_s, u"payout"_s}));
        const QJsonObject first = runs.at(1).toObject();
        QCOMPARE(first.value(u"orders_read"_s).toInt(), 13);
        QCOMPARE(first.value(u"created"_s).toInt(), 12);
        QCOMPARE(first.value(u"dead"_s).toInt(), 1);
        QCOMPARE(sync.value(u"orders_read"_s).toInt(), 13);
        const QJsonObject payments = runs.at(2).toObject(); // tst_payments
        QCOMPARE(payments.value(u"created"_s).toInt(), 9);
        QCOMPARE(payments.value(u"dead"_s).toInt(), 3);
        const QJsonObject payouts = runs.at(3).toObject();
        QCOMPARE(payouts.value(u"created"_s).toInt(), 2); // the two paid payouts, as bank deposits
        QCOMPARE(payouts.value(u"dead"_s).toInt(), 0);

        // Keep syncing: the engine starts again with its triggers and listens for webhooks on the
        // address and port of Settings; a webhook starts a run the dashboard shows.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        Studio::StudioSettings settings = Studio::StudioSettings::load();
        settings.webhookAddress = u"127.0.0.1"_s;
        settings.webhookPort = port;
        settings.save();
        QSignalSpy keeping(dashboard, &Studio::DashboardPage::keepingInSync);
        auto *keep = dashboard->findChild<QCheckBox *>(u"keepSyncing"_s);
        QVERIFY(keep && keep->isEnabled());
        keep->click();
        QTRY_COMPARE_WITH_TIMEOUT(keeping.count(), 1, 20000);
        QCOMPARE(keeping.first().first().value<quint16>(), port);
        QVERIFY(dashboard->isKeepingInSync());
        const QByteArray body = QJsonDocument(QJsonObject{{u"id"_s, 5101}, {u"name"_s, u"#1001"_s}})
                                    .toJson(QJsonDocument::Compact);
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/webhooks/shopify"_s.arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader(
            "X-Shopify-Hmac-Sha256",
            QMessageAuthenticationCode::hash(body, "keychain-webhook-secret", QCryptographicHash::Sha256)
                .toBase64());
        request.setRawHeader("X-Shopify-Topic", "orders/updated");
        request.setRawHeader("X-Shopify-Shop-Domain", Sandbox::Credentials::shopDomainText);
        request.setRawHeader("X-Shopify-Webhook-Id", "5f1c2a43-6d0e-4f3b-9c71-2b8f0c6e9a10");
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isSyncing(), 30000); // runs the start may have begun
        synced.clear();
        QNetworkReply *reply = network.post(request, body);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 1, 30000);
        for (const QList<QVariant> &run : std::as_const(synced)) {
            const QJsonObject summary = run.first().toJsonObject();
            QVERIFY2(summary.value(u"error"_s).toString().isEmpty(),
                     qPrintable(summary.value(u"error"_s).toString()));
            QCOMPARE(summary.value(u"created"_s).toInt(), 0); // #1001 is in the books already
        }
        // The webhook's run read nothing: the status says what the queue's records came to.
        auto *status = dashboard->findChild<QLabel *>(u"syncStatus"_s);
        QVERIFY(status);
        QTRY_VERIFY2(status->text().startsWith(u"Queued records: 0 created"_s), qPrintable(status->text()));
        keep->click();
        QVERIFY(!dashboard->isKeepingInSync());
        for (const auto *side : {&config->store, &config->erp})
            keychain.remove(Engine::credentialKey(*side, field), this,
                            [](const Secrets::CredentialResult &) {});
        keychain.remove(Engine::credentialKey(config->store, QString::fromLatin1(Engine::webhookSecretField)),
                        this, [](const Secrets::CredentialResult &) {});
        sandbox.stop();
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
