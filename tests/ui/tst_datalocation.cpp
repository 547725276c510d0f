// The studio's data location, for real: the state store chosen in Settings is decided once at start
// (studioStateLocation: the PostgreSQL password from the keychain, the store opened once) and
// handed to every page and the engine; a location that cannot be used is said, and the session
// works on the workspace's own SQLite file. The journey runs a studio on a fresh database of the
// `postgres` fixture: a dry run, Sync now (the sandbox in process), the runs list, the audit log,
// the dead letters and the retention are all in PostgreSQL, and no state.sqlite is created.
#include "../store/storetestsupport.h"
#include "studiotestsupport.h"

#include "auditlogmodel.h"
#include "auditlogpage.h"
#include "dashboardpage.h"
#include "deadletterspage.h"
#include "dryrunpage.h"
#include "engine/workspace.h"
#include "engine/workspacecredentials.h"
#include "i18n.h"
#include "mainwindow.h"
#include "planmodel.h"
#include "secrets/credentialstore.h"
#include "settingspage.h"
#include "studiosettings.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonObject>
#include <QtCore/QScopeGuard>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtGui/QPalette>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QProgressDialog>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QStyleFactory>
#include <QtWidgets/QTabWidget>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Secrets::CredentialResult;
using Studio::StudioSettings;

namespace {

CredentialResult answer(CredentialResult::Status status, const QByteArray &secret = {},
                        const QString &message = {})
{
    CredentialResult result;
    result.status = status;
    result.secret = secret;
    result.message = message;
    return result;
}

/// The settings of a PostgreSQL data location.
StudioSettings postgresSettings(const QString &host, int port, const QString &database, const QString &user)
{
    StudioSettings settings;
    settings.dataBackend = StudioSettings::DataBackend::Postgres;
    settings.postgresHost = host;
    settings.postgresPort = port;
    settings.postgresDatabase = database;
    settings.postgresUser = user;
    return settings;
}

/// What every fallback message ends with.
QString fallbackSentence(const QString &workspace)
{
    return u"\n\nThis session works on the workspace's own state store, %1. Open Settings to choose "
           u"another data location; it is used from the studio's next start."_s.arg(
               QDir::toNativeSeparators(Engine::stateFilePath(workspace)));
}

} // namespace

class TestDataLocation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void saveScreenshots(QWidget *window, const QString &name)
    {
        const QString failed = TestSupport::saveScreenshots(window, name);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateSettings(u"datalocation"_s);
        QVERIFY(m_dir.isValid());
        qputenv("LEDGERLINK_WORKSPACES_DIR", m_dir.filePath(u"workspaces"_s).toUtf8());
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        installTranslations(u"en"_s);
    }

    void cleanupTestCase() { TestSupport::removeIsolatedSettings(); }

    void theWorkspaceFileNeedsNeitherKeychainNorCheck()
    {
        const QString workspace = m_dir.filePath(u"own"_s);
        int reads = 0;
        int checks = 0;
        QString problem = u"left over"_s;
        const Store::StoreLocation location = Studio::studioStateLocation(
            StudioSettings(), workspace,
            [&reads](const QString &) {
                ++reads;
                return answer(CredentialResult::Status::Ok, "x");
            },
            [&checks](const Store::StoreLocation &) {
                ++checks;
                return QString();
            },
            &problem);
        QCOMPARE(location.backend, Store::StoreLocation::Backend::Sqlite);
        QCOMPARE(location.sqlitePath, Engine::stateFilePath(workspace));
        QCOMPARE(problem, QString());
        QCOMPARE(reads, 0);
        QCOMPARE(checks, 0);
    }

    void aChosenSqliteFileIsCheckedAndFallsBackWhenItCannotOpen()
    {
        const QString workspace = m_dir.filePath(u"own"_s);
        StudioSettings settings;
        settings.sqlitePath = u"/data/shared/ledgerlink.sqlite"_s;
        QList<Store::StoreLocation> checked;
        QString problem;
        const auto reader = [](const QString &) {
            return answer(CredentialResult::Status::Error, {}, u"must not be asked"_s);
        };
        Store::StoreLocation location = Studio::studioStateLocation(
            settings, workspace, reader,
            [&checked](const Store::StoreLocation &at) {
                checked.append(at);
                return QString();
            },
            &problem);
        QCOMPARE(location.sqlitePath, u"/data/shared/ledgerlink.sqlite"_s);
        QCOMPARE(problem, QString());
        QCOMPARE(checked.size(), 1);
        QCOMPARE(checked.first().sqlitePath, u"/data/shared/ledgerlink.sqlite"_s);

        location = Studio::studioStateLocation(
            settings, workspace, reader, [](const Store::StoreLocation &) { return u"the disk is full"_s; },
            &problem);
        QCOMPARE(location.backend, Store::StoreLocation::Backend::Sqlite);
        QCOMPARE(location.sqlitePath, Engine::stateFilePath(workspace));
        QCOMPARE(problem,
                 u"The state store file /data/shared/ledgerlink.sqlite cannot be opened: the disk is full"_s
                     + fallbackSentence(workspace));
    }

    void postgresTakesItsPasswordFromTheKeychainOrSaysWhyNot()
    {
        const QString workspace = m_dir.filePath(u"own"_s);
        const StudioSettings settings = postgresSettings(u"db.example.org"_s, 5433, u"books"_s, u"sync"_s);
        const QString key = u"database/postgres:sync@db.example.org:5433/books/password"_s;
        QStringList keys;
        QList<Store::StoreLocation> checked;
        const auto check = [&checked](const Store::StoreLocation &at) {
            checked.append(at);
            return QString();
        };
        QString problem;

        // The password in the keychain goes with the location, to the check and to the pages.
        Store::StoreLocation location = Studio::studioStateLocation(
            settings, workspace,
            [&keys](const QString &asked) {
                keys.append(asked);
                return answer(CredentialResult::Status::Ok, "pg-secret");
            },
            check, &problem);
        QCOMPARE(keys, QStringList{key});
        QCOMPARE(problem, QString());
        QCOMPARE(location.backend, Store::StoreLocation::Backend::Postgres);
        QCOMPARE(location.host, u"db.example.org"_s);
        QCOMPARE(location.port, 5433);
        QCOMPARE(location.database, u"books"_s);
        QCOMPARE(location.user, u"sync"_s);
        QCOMPARE(location.password, u"pg-secret"_s);
        QCOMPARE(checked.size(), 1);
        QCOMPARE(checked.first().password, u"pg-secret"_s);

        // No keychain: the server is not even tried.
        checked.clear();
        location = Studio::studioStateLocation(
            settings, workspace,
            [](const QString &) {
                return answer(CredentialResult::Status::Unavailable, {}, u"no secret service"_s);
            },
            check, &problem);
        QCOMPARE(location.backend, Store::StoreLocation::Backend::Sqlite);
        QCOMPARE(location.sqlitePath, Engine::stateFilePath(workspace));
        QVERIFY(checked.isEmpty());
        QCOMPARE(
            problem,
            u"The state store on PostgreSQL sync@db.example.org:5433/books cannot be opened: its password "
            u"cannot be read from the OS keychain (no secret service; keychain entry %1)."_s.arg(key)
                + fallbackSentence(workspace));

        // No password stored: tried without one (trust, ~/.pgpass); refused, the message says so.
        location = Studio::studioStateLocation(
            settings, workspace, [](const QString &) { return answer(CredentialResult::Status::NotFound); },
            [&checked](const Store::StoreLocation &at) {
                checked.append(at);
                return u"password authentication failed"_s;
            },
            &problem);
        QCOMPARE(checked.size(), 1);
        QCOMPARE(checked.first().password, QString());
        QCOMPARE(location.sqlitePath, Engine::stateFilePath(workspace));
        QCOMPARE(problem,
                 u"The state store on PostgreSQL sync@db.example.org:5433/books cannot be opened: password "
                 u"authentication failed\n\nNo password for it is stored in the OS keychain (keychain entry "
                 u"%1): enter it in Settings."_s.arg(key)
                     + fallbackSentence(workspace));
    }

    void aServerThatIsNotThereIsSaidAndTheStudioOpensOnTheWorkspaceFile()
    {
        // A port nobody listens on (taken, then released).
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const int port = probe.serverPort();
        probe.close();
        const QString workspace = m_dir.filePath(u"fallback"_s);
        const StudioSettings settings =
            postgresSettings(u"127.0.0.1"_s, port, u"ledgerlink"_s, u"ledgerlink"_s);
        QString problem;
        const Store::StoreLocation location = Studio::studioStateLocation(
            settings, workspace, [](const QString &) { return answer(CredentialResult::Status::NotFound); },
            Studio::checkStateStore, &problem);
        QCOMPARE(location.backend, Store::StoreLocation::Backend::Sqlite);
        QCOMPARE(location.sqlitePath, Engine::stateFilePath(workspace));
        const QString head =
            u"The state store on PostgreSQL ledgerlink@127.0.0.1:%1/ledgerlink cannot be opened: Could not "
            u"connect to the PostgreSQL server at 127.0.0.1:%1 (database \"ledgerlink\", user \"ledgerlink\"): "_s
                .arg(port);
        QVERIFY2(problem.startsWith(head), qPrintable(problem));
        QVERIFY2(problem.endsWith(fallbackSentence(workspace)), qPrintable(problem));

        // The window says so, in the status bar and on the Settings page (whose form shows the
        // settings chosen, as main() loaded them).
        settings.save();
        const auto restore = qScopeGuard([] { StudioSettings().save(); });
        Studio::MainWindow window(workspace, u"Sandbox Shop ↔ Sandbox Books"_s, location);
        window.setStateProblem(problem);
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.stateLocation().sqlitePath, Engine::stateFilePath(workspace));
        const QString file = QDir::toNativeSeparators(Engine::stateFilePath(workspace));
        QCOMPARE(window.stateStoreText(),
                 u"⚠ State store: this workspace's state.sqlite, not the chosen one"_s);
        QCOMPARE(window.findChild<QLabel *>(u"stateStoreLabel"_s)->toolTip(), problem);
        Studio::SettingsPage *settingsPage = window.settingsPage();
        QCOMPARE(settingsPage->stateInUseText(),
                 u"In use in this session: %1, because the chosen data location could not be opened when the "
                 u"studio started. A new data location is used from the studio's next start."_s.arg(file));
        QCOMPARE(settingsPage->findChild<QLabel *>(u"stateInUse"_s)->toolTip(), problem);
        window.pages()->setCurrentWidget(settingsPage);
        QCoreApplication::processEvents(); // the page's layout settles before the screenshots
        saveScreenshots(&window, u"datalocation-fallback"_s);
    }

    void aServerThatNeverAnswersCanBeGivenUpAtStartUp()
    {
        // A server that accepts the connection and then says nothing: libpq waits for it up to
        // the connect timeout. The start keeps its event loop, shows that it waits, and its
        // button gives up (the studio then opens on the workspace's own file).
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held.append(socket);
        });
        const Store::StoreLocation location = Store::StoreLocation::postgres(
            u"127.0.0.1"_s, silent.serverPort(), u"ledgerlink"_s, u"ledgerlink"_s, {});
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(50);
        QString dialogText;
        QTimer::singleShot(1500, this, [this, &dialogText] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QProgressDialog *>(widget); dialog && dialog->isVisible()) {
                    dialogText = dialog->labelText();
                    saveScreenshots(dialog, u"datalocation-waiting"_s);
                    QTest::mouseClick(dialog->findChild<QPushButton *>(), Qt::LeftButton);
                }
            }
        });
        QElapsedTimer clock;
        clock.start();
        const QString problem = Studio::checkStateStoreShowingProgress(location);
        QCOMPARE(problem, u"opening it was cancelled at start-up"_s);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(dialogText, u"Opening %1…"_s.arg(location.describe()));
        QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks))); // the event loop ran meanwhile
        QVERIFY(!held.isEmpty()); // it did connect
        qDeleteAll(held); // the worker's libpq sees the connection close and gives up
    }

    void thePasswordComesFromTheKeychainAndTheServerIsChecked()
    {
        // The keychain of the `keyring` fixture, read as the studio's main() reads it.
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        if (!bus.startsWith("unix:path=") || !QFile::exists(QString::fromLocal8Bit(bus.mid(10))))
            QFAIL("No private session bus: run this test through CTest so the `keyring` fixture starts it");
        STORE_SCRATCH(scratch, u"postgres"_s);
        const Store::StoreLocation server = scratch.location();
        const StudioSettings settings =
            postgresSettings(server.host, server.port, server.database, server.user);
        Secrets::CredentialStore keychain(QCoreApplication::applicationName());
        const QByteArray password = "pg-" + QByteArray::number(QCoreApplication::applicationPid());
        QCOMPARE(Engine::keychainNow(keychain, settings.postgresPasswordKey(), password).status,
                 CredentialResult::Status::Ok);
        QString problem;
        const Store::StoreLocation location = Studio::studioStateLocation(
            settings, m_dir.filePath(u"checked"_s),
            [&keychain](const QString &key) { return Engine::keychainNow(keychain, key); },
            Studio::checkStateStore, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(location.backend, Store::StoreLocation::Backend::Postgres);
        QCOMPARE(location.database, server.database);
        QCOMPARE(location.password, QString::fromLatin1(password));
        // The check opened (and so migrated) the fresh database.
        StoreTest::RawConnection raw(server);
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM ll_runs"_s).toInt(), 0);
        QVERIFY(!QFileInfo::exists(Engine::stateFilePath(m_dir.filePath(u"checked"_s))));
    }

    void aStudioOnPostgresKeepsEverythingThere()
    {
        STORE_SCRATCH(scratch, u"postgres"_s);
        const Store::StoreLocation state = scratch.location();
        QTemporaryDir home;
        const QString workspace = home.filePath(u"sandbox"_s);
        // As main() would have it: PostgreSQL chosen in Settings, and opened.
        postgresSettings(state.host, state.port, state.database, state.user).save();
        const auto restore = qScopeGuard([] { StudioSettings().save(); });
        Studio::MainWindow window(workspace, u"Sandbox Shop ↔ Sandbox Books"_s, state);
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString where =
            u"PostgreSQL %1@%2:%3/%4"_s.arg(state.user, state.host).arg(state.port).arg(state.database);
        QCOMPARE(window.stateStoreText(), u"State store: %1"_s.arg(where));
        QCOMPARE(
            window.settingsPage()->stateInUseText(),
            u"In use in this session: %1. A new data location is used from the studio's next start."_s.arg(
                where));
        StoreTest::RawConnection raw(state);
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));

        // A dry run: its plan is stored in PostgreSQL and read back from there.
        Studio::DryRunPage *dryRun = window.dryRunPage();
        window.pages()->setCurrentWidget(dryRun);
        QSignalSpy planned(dryRun, &Studio::DryRunPage::dryRunFinished);
        dryRun->startDryRun();
        QTRY_COMPARE_WITH_TIMEOUT(planned.count(), 1, 30000);
        QVERIFY2(planned.first().first().toBool(), qPrintable(dryRun->summaryText()));
        QCOMPARE(dryRun->summaryText(),
                 u"13 changes planned: 13 create, 0 update, 0 skip, 0 conflict, 0 blocked; "
                 // #1008's cent of tax rounding, and #1002, #1003 and #1004 written in the shop's EUR,
                 // each a cent off its converted total (tests/engine/tst_taxplanflags.cpp works
                 // them out: e.g. #1002, 50.76 EUR of lines and tax against 55.19 USD × 0.92 = 50.77)
                 u"⚑ 4 flagged before the write"_s);
        QCOMPARE(dryRun->model()->count(u"order"_s, Engine::PlanAction::Create), 13);
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM ll_runs WHERE kind = 'dry-run'"_s).toInt(), 1);
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM ll_plans WHERE action = 'create'"_s).toInt(), 13);
        QCOMPARE(window.statusBar()->currentMessage(),
                 u"Dry run finished; the plan is in the state store."_s);

        // Sync now on the dashboard: the engine writes its run, audit rows and dead letter there.
        Studio::DashboardPage *dashboard = window.dashboardPage();
        QAbstractItemModelTester runsTester(dashboard->runsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.pages()->setCurrentWidget(dashboard);
        QSignalSpy synced(dashboard, &Studio::DashboardPage::syncFinished);
        QTest::mouseClick(dashboard->findChild<QPushButton *>(u"syncButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 60000);
        const QJsonObject summary = synced.first().first().toJsonObject();
        QVERIFY2(summary.value(u"error"_s).toString().isEmpty(),
                 qPrintable(summary.value(u"error"_s).toString()));
        // Orders, payments, payouts (tst_studiopages): one sync, a run per rule.
        QCOMPARE(summary.value(u"created"_s).toInt(), 12 + 9 + 2);
        QCOMPARE(summary.value(u"dead"_s).toInt(), 1 + 3);
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM ll_runs WHERE kind = 'sync' AND status = 'succeeded'"_s)
                     .toInt(),
                 3);
        // The runs list: every run, newest (the sync's last) first, with PostgreSQL's ids.
        QTRY_COMPARE_WITH_TIMEOUT(dashboard->runsModel()->rowCount(), 4, 10000);
        const qint64 syncId = raw.scalar(u"SELECT MAX(id) FROM ll_runs WHERE kind = 'sync'"_s).toLongLong();
        const qint64 dryRunId = raw.scalar(u"SELECT id FROM ll_runs WHERE kind = 'dry-run'"_s).toLongLong();
        QVERIFY(syncId > dryRunId);
        QCOMPARE(dashboard->runsModel()->index(0, Studio::RunsModel::Id).data().toLongLong(), syncId);
        QCOMPARE(dashboard->runsModel()->index(3, Studio::RunsModel::Id).data().toLongLong(), dryRunId);
        saveScreenshots(&window, u"datalocation-postgres-dashboard"_s);

        // The audit log page: what happened to #1001, from PostgreSQL.
        Studio::AuditLogPage *audit = window.auditLogPage();
        window.pages()->setCurrentWidget(audit); // refreshes
        Studio::AuditLogModel *model = audit->model();
        QAbstractItemModelTester auditTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = raw.scalar(u"SELECT COUNT(*) FROM ll_audit"_s).toInt();
        QVERIFY(all > 13);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), all, 10000);
        QSignalSpy counted(model, &Studio::AuditLogModel::counted);
        auto *record = audit->findChild<QLineEdit *>(u"recordFilter"_s);
        QVERIFY(record);
        record->setText(u"#1001"_s);
        QTest::keyClick(record, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(counted.count(), 1, 10000);
        const int rows = raw.scalar(u"SELECT COUNT(*) FROM ll_audit WHERE match_key = '1001'"_s).toInt();
        QVERIFY(rows >= 1);
        QCOMPARE(model->rowCount(), rows);
        QTRY_VERIFY_WITH_TIMEOUT(model->entryAt(0), 10000);
        bool written = false;
        for (int row = 0; row < rows; ++row) {
            QCOMPARE(model->index(row, Studio::AuditLogModel::Record).data().toString(), u"1001"_s);
            written = written
                || (model->entryAt(row)->operation == u"create" && model->entryAt(row)->result == u"ok");
        }
        QVERIFY(written);

        // The dead letters page, from PostgreSQL: #1010's order, and three payments (#1010's, and
        // #1002's and #1004's a cent over their invoices: tst_payments), newest first.
        Studio::DeadLettersPage *dead = window.deadLettersPage();
        window.pages()->setCurrentWidget(dead); // reloads
        QAbstractItemModelTester deadTester(dead->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM ll_dead_letters"_s).toInt(), 4);
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM ll_dead_letters WHERE object_type = 'order'"_s).toInt(),
                 1);
        QTRY_VERIFY_WITH_TIMEOUT(!dead->isBusy() && dead->model()->rowCount() == 4, 10000);
        QCOMPARE(dead->model()->index(3, Studio::DeadLetterModel::Record).data().toString(), u"#1010"_s);

        // The retention the engine reads goes to PostgreSQL too.
        Studio::SettingsPage *settingsPage = window.settingsPage();
        window.pages()->setCurrentWidget(settingsPage);
        QSignalSpy retention(settingsPage, &Studio::SettingsPage::retentionWritten);
        settingsPage->findChild<QSpinBox *>(u"auditRetention"_s)->setValue(30);
        QVERIFY(settingsPage->apply());
        QTRY_COMPARE_WITH_TIMEOUT(retention.count(), 1, 10000);
        QVERIFY(retention.first().first().toBool());
        QCOMPARE(raw.scalar(u"SELECT value FROM ll_settings WHERE setting_key = 'audit.retention_days'"_s)
                     .toString(),
                 u"30"_s);
        QCoreApplication::processEvents();
        saveScreenshots(&window, u"datalocation-postgres-settings"_s);

        // Nothing of it went to the workspace's own file: it was never created.
        QVERIFY(QFileInfo::exists(workspace)); // the sandbox workspace (its mapping) is there
        QVERIFY2(!QFileInfo::exists(Engine::stateFilePath(workspace)),
                 qPrintable(Engine::stateFilePath(workspace)));
    }
};

QTEST_MAIN(TestDataLocation)
#include "tst_datalocation.moc"
