// The studio's Settings page, offscreen: values round-trip through QSettings (test mode), wrong
// values are refused with a message next to their field, the database password goes to the
// keychain (the `keyring` fixture) and never to QSettings, German switches the main window's tab
// titles at run time, the page retranslates itself, and the dark theme applies a dark palette.
#include "auditlogpage.h"
#include "connectionspage.h"
#include "dryrunpage.h"
#include "engine/workspace.h"
#include "engine/workspacecredentials.h"
#include "i18n.h"
#include "mainwindow.h"
#include "secrets/credentialstore.h"
#include "settingspage.h"
#include "store/enginestaterepository.h"
#include "store/statestore.h"
#include "studiosettings.h"
#include "studiotestsupport.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QPalette>
#include <QtNetwork/QHostAddress>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QStyle>
#include <QtWidgets/QStyleFactory>
#include <QtWidgets/QTabWidget>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Studio::SettingsPage;
using Studio::StudioSettings;

namespace {

template<class T>
T *child(QWidget *page, const QString &name)
{
    T *widget = page->findChild<T *>(name);
    if (!widget)
        qWarning("no child %s", qPrintable(name));
    return widget;
}

void choose(QWidget *page, const QString &combo, const QString &data)
{
    auto *box = child<QComboBox>(page, combo);
    box->setCurrentIndex(box->findData(data));
}

void type(QWidget *page, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(page, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestSettingsPage : public QObject
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
        TestSupport::isolateSettings(u"settingspage"_s);
        QVERIFY(m_dir.isValid());
        qputenv("LEDGERLINK_WORKSPACES_DIR", m_dir.filePath(u"workspaces"_s).toUtf8());
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        installTranslations(u"en"_s);
    }

    void cleanupTestCase() { TestSupport::removeIsolatedSettings(); }

    void defaultsAreShownFirst()
    {
        SettingsPage page;
        QCOMPARE(page.formSettings(), StudioSettings());
        QVERIFY(child<QRadioButton>(&page, u"sqliteBackend"_s)->isChecked());
        QCOMPARE(child<QLineEdit>(&page, u"webhookAddress"_s)->text(), u"127.0.0.1"_s);
        QCOMPARE(child<QLineEdit>(&page, u"webhookPort"_s)->text(), u"8787"_s);
        QVERIFY(!child<QLineEdit>(&page, u"postgresHost"_s)->isEnabled());
    }

    void valuesRoundTripThroughQSettings()
    {
        const QString database = m_dir.filePath(u"state/ledgerlink.sqlite"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"state"_s)));
        {
            SettingsPage page;
            type(&page, u"sqlitePath"_s, database);
            type(&page, u"webhookAddress"_s, u"0.0.0.0"_s);
            type(&page, u"webhookPort"_s, u"9443"_s);
            child<QSpinBox>(&page, u"pollingInterval"_s)->setValue(15);
            child<QSpinBox>(&page, u"auditRetention"_s)->setValue(90);
            choose(&page, u"language"_s, u"en"_s);
            choose(&page, u"theme"_s, u"light"_s);
            QSignalSpy applied(&page, &SettingsPage::applied);
            QTest::mouseClick(child<QPushButton>(&page, u"applyButton"_s), Qt::LeftButton);
            QCOMPARE(applied.count(), 1);
            QCOMPARE(
                page.statusText(),
                u"Applied; the data location, webhook and polling changes take full effect after a restart."_s);
        }
        const QSettings settings;
        QCOMPARE(settings.value(u"data/backend"_s).toString(), u"sqlite"_s);
        QCOMPARE(settings.value(u"data/sqlitePath"_s).toString(), database);
        QCOMPARE(settings.value(u"webhook/address"_s).toString(), u"0.0.0.0"_s);
        QCOMPARE(settings.value(u"webhook/port"_s).toInt(), 9443);
        QCOMPARE(settings.value(u"polling/intervalMinutes"_s).toInt(), 15);
        QCOMPARE(settings.value(u"audit/retentionDays"_s).toInt(), 90);
        QCOMPARE(settings.value(u"ui/language"_s).toString(), u"en"_s);
        QCOMPARE(settings.value(u"ui/theme"_s).toString(), u"light"_s);

        StudioSettings expected;
        expected.sqlitePath = database;
        expected.webhookAddress = u"0.0.0.0"_s;
        expected.webhookPort = 9443;
        expected.pollingIntervalMinutes = 15;
        expected.auditRetentionDays = 90;
        expected.language = u"en"_s;
        expected.theme = StudioSettings::Theme::Light;
        QCOMPARE(StudioSettings::load(), expected);
        QCOMPARE(StudioSettings::load().storeLocation(u"/ws"_s).sqlitePath, database);
        QCOMPARE(StudioSettings::load().webhookHostAddress(), QHostAddress(QHostAddress::AnyIPv4));
        // A new page shows what was applied.
        SettingsPage again;
        QCOMPARE(again.formSettings(), expected);
        QCOMPARE(child<QLineEdit>(&again, u"webhookPort"_s)->text(), u"9443"_s);
        QCOMPARE(child<QComboBox>(&again, u"theme"_s)->currentData().toString(), u"light"_s);

        // Restore defaults fills the form; Apply stores them.
        QTest::mouseClick(child<QPushButton>(&again, u"defaultsButton"_s), Qt::LeftButton);
        QCOMPARE(again.formSettings(), StudioSettings());
        QCOMPARE(StudioSettings::load(), expected); // not applied yet
        QVERIFY(again.apply());
        QCOMPARE(StudioSettings::load(), StudioSettings());
    }

    void theRetentionIsTheWorkspacesOwn()
    {
        // The engine reads "audit.retention_days" from the workspace's state store (as the CLI's
        // "audit retention" sets it): the page shows that value and writes it back on Apply.
        const QString workspace = m_dir.filePath(u"retention-workspace"_s);
        QVERIFY(QDir().mkpath(workspace));
        {
            Store::StateStore store(Store::StoreLocation::sqlite(Engine::stateFilePath(workspace)));
            QVERIFY(store.open());
            QVERIFY(Store::EngineStateRepository(store).setSetting(u"audit.retention_days"_s, u"30"_s));
            store.closeThreadConnection();
        }
        SettingsPage page(workspace);
        QSignalSpy read(&page, &SettingsPage::retentionRead);
        QVERIFY(read.wait(10000));
        QCOMPARE(read.first().first().toBool(), true);
        QCOMPARE(child<QSpinBox>(&page, u"auditRetention"_s)->value(), 30);
        QCOMPARE(child<QSpinBox>(&page, u"auditRetention"_s)->text(), u"30 days"_s);

        QSignalSpy written(&page, &SettingsPage::retentionWritten);
        child<QSpinBox>(&page, u"auditRetention"_s)->setValue(0);
        QCOMPARE(child<QSpinBox>(&page, u"auditRetention"_s)->text(), u"forever"_s);
        QVERIFY(page.apply());
        QVERIFY(written.wait(10000));
        QCOMPARE(written.first().first().toBool(), true);
        {
            Store::StateStore store(Store::StoreLocation::sqlite(Engine::stateFilePath(workspace)));
            QVERIFY(store.open());
            auto value = Store::EngineStateRepository(store).setting(u"audit.retention_days"_s);
            QVERIFY(value);
            QCOMPARE(value.value(), u"0"_s);
            store.closeThreadConnection();
        }
        QCOMPARE(QSettings().value(u"audit/retentionDays"_s).toInt(), 0);
    }

    void wrongValuesAreRefusedNextToTheirField()
    {
        SettingsPage page;
        type(&page, u"webhookPort"_s, u"70000"_s);
        type(&page, u"webhookAddress"_s, u"my computer"_s);
        type(&page, u"sqlitePath"_s, m_dir.filePath(u"no-such-folder/state.sqlite"_s));
        QSignalSpy applied(&page, &SettingsPage::applied);
        QTest::mouseClick(child<QPushButton>(&page, u"applyButton"_s), Qt::LeftButton);
        QCOMPARE(applied.count(), 0);
        QCOMPARE(page.fieldError(u"webhookPort"_s), u"Choose a port from 1 to 65535."_s);
        QVERIFY(child<QLabel>(&page, u"webhookPortError"_s)->isVisible() || !page.isVisible());
        QCOMPARE(
            page.fieldError(u"webhookAddress"_s),
            u"Enter an IP address: 127.0.0.1 (this computer only) or 0.0.0.0 (every network interface)."_s);
        QCOMPARE(page.fieldError(u"sqlitePath"_s),
                 u"The folder %1 does not exist."_s.arg(
                     QDir::toNativeSeparators(m_dir.filePath(u"no-such-folder"_s))));
        QCOMPARE(page.statusText(), u"Not applied: correct the marked fields."_s);
        QCOMPARE(QSettings().value(u"webhook/port"_s).toInt(), 8787); // unchanged

        type(&page, u"sqlitePath"_s, u"relative/state.sqlite"_s);
        type(&page, u"webhookPort"_s, u"0"_s);
        QVERIFY(!page.apply());
        QCOMPARE(page.fieldError(u"sqlitePath"_s), u"Enter the full path of the database file."_s);
        QCOMPARE(page.fieldError(u"webhookPort"_s), u"Choose a port from 1 to 65535."_s);

        // PostgreSQL: its own fields are checked, the SQLite path no longer.
        child<QRadioButton>(&page, u"postgresBackend"_s)->setChecked(true);
        QVERIFY(child<QLineEdit>(&page, u"postgresHost"_s)->isEnabled());
        type(&page, u"postgresPort"_s, u"port"_s);
        type(&page, u"postgresDatabase"_s, QString());
        type(&page, u"webhookPort"_s, u"8787"_s);
        type(&page, u"webhookAddress"_s, u"127.0.0.1"_s);
        QVERIFY(!page.apply());
        QCOMPARE(page.fieldError(u"sqlitePath"_s), QString());
        QCOMPARE(page.fieldError(u"postgresPort"_s), u"Choose a port from 1 to 65535."_s);
        QCOMPARE(page.fieldError(u"postgresDatabase"_s), u"Enter the database name."_s);
        QCOMPARE(page.fieldError(u"webhookPort"_s), QString());
    }

    void thePostgresPasswordGoesToTheKeychainOnly()
    {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        if (!bus.startsWith("unix:path=") || !QFile::exists(QString::fromLocal8Bit(bus.mid(10))))
            QFAIL("No private session bus: run this test through CTest so the `keyring` fixture starts it");
        SettingsPage page;
        child<QRadioButton>(&page, u"postgresBackend"_s)->setChecked(true);
        type(&page, u"postgresHost"_s, u"db.example.org"_s);
        type(&page, u"postgresPort"_s, u"5433"_s);
        type(&page, u"postgresDatabase"_s, u"books"_s);
        type(&page, u"postgresUser"_s, u"sync"_s);
        const QString password = u"pg-secret-%1"_s.arg(QCoreApplication::applicationPid());
        type(&page, u"postgresPassword"_s, password);
        QCOMPARE(child<QLineEdit>(&page, u"postgresPassword"_s)->echoMode(), QLineEdit::Password);
        QVERIFY(page.apply());
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(&page, u"postgresPassword"_s)->text().isEmpty(), 20000);
        QVERIFY2(page.statusText().endsWith(u"The database password is in the OS keychain."_s),
                 qPrintable(page.statusText()));

        const StudioSettings settings = StudioSettings::load();
        QCOMPARE(settings.dataBackend, StudioSettings::DataBackend::Postgres);
        QCOMPARE(settings.postgresPasswordKey(),
                 u"database/postgres:sync@db.example.org:5433/books/password"_s);
        Secrets::CredentialStore keychain(QCoreApplication::applicationName());
        const Secrets::CredentialResult stored =
            Engine::keychainNow(keychain, settings.postgresPasswordKey());
        QCOMPARE(stored.status, Secrets::CredentialResult::Status::Ok);
        QCOMPARE(stored.secret, password.toUtf8());
        const Store::StoreLocation location =
            settings.storeLocation(u"/ws"_s, QString::fromUtf8(stored.secret));
        QCOMPARE(location.backend, Store::StoreLocation::Backend::Postgres);
        QCOMPARE(location.host, u"db.example.org"_s);
        QCOMPARE(location.port, 5433);
        QSettings qsettings;
        qsettings.sync();
        QFile file(qsettings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(qsettings.fileName()));
        QVERIFY(!file.readAll().contains(password.toUtf8()));

        page.restoreDefaults();
        QVERIFY(page.apply());
    }

    void germanSwitchesTheTabsAndTheThemeThePalette()
    {
        const QString workspace = m_dir.filePath(u"workspace"_s);
        QVERIFY(QDir().mkpath(workspace));
        Studio::MainWindow window(workspace, u"Sandbox Shop ↔ Sandbox Books"_s);
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SettingsPage *page = window.settingsPage();
        QVERIFY(page);
        QVERIFY(window.connectionsPage());
        QTabWidget *tabs = window.pages();
        QCOMPARE(tabs->tabText(tabs->indexOf(window.connectionsPage())), u"Connections"_s);
        QCOMPARE(tabs->tabText(tabs->indexOf(page)), u"Settings"_s);
        const int dryRun = tabs->indexOf(window.dryRunPage());
        QCOMPARE(tabs->tabText(dryRun), u"Dry run"_s);
        tabs->setCurrentWidget(page);

        // Deutsch: the main window's tabs follow at once.
        choose(page, u"language"_s, u"de"_s);
        QVERIFY(page->apply());
        QCOMPARE(currentLanguage(), u"de"_s);
        // (QEvent::LanguageChange is posted to the windows: the event loop delivers it.)
        QTRY_COMPARE(tabs->tabText(dryRun), u"Probelauf"_s);
        QCOMPARE(tabs->tabText(tabs->indexOf(window.auditLogPage())), u"Audit-Log"_s);
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"de"_s);

        // The page retranslates itself on QEvent::LanguageChange.
        QTRY_COMPARE(child<QGroupBox>(page, u"dataBox"_s)->title(), u"Speicherort der Daten"_s);
        QCOMPARE(child<QPushButton>(page, u"applyButton"_s)->text(), u"Übernehmen"_s);
        QCOMPARE(child<QComboBox>(page, u"theme"_s)->itemText(2), u"Dunkel"_s);
        // The other pages follow at the next start: "Restart now" offers it, and restarts the
        // studio once the window could close.
        auto *restart = child<QPushButton>(page, u"restartButton"_s);
        QVERIFY(restart->isVisible());
        QCOMPARE(restart->text(), u"Jetzt neu starten"_s);
        int restarted = 0;
        window.setRestarter([&restarted] { ++restarted; });
        QTest::mouseClick(restart, Qt::LeftButton);
        QCOMPARE(restarted, 1);
        QVERIFY(!window.isVisible());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Back to English.
        choose(page, u"language"_s, u"en"_s);
        QVERIFY(page->apply());
        QTRY_COMPARE(tabs->tabText(dryRun), u"Dry run"_s);
        saveScreenshots(&window, u"settings-page"_s);

        // Dark: Fusion with the dark palette; light: a light one; system: as at start.
        const QPalette original = QApplication::palette();
        choose(page, u"theme"_s, u"dark"_s);
        QVERIFY(page->apply());
        QCOMPARE(QApplication::style()->name(), u"fusion"_s);
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 StudioSettings::darkPalette().color(QPalette::Window));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 64);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 192);
        // (Widgets learn of the application palette through posted events.)
        QTRY_COMPARE(page->palette().color(QPalette::Window),
                     StudioSettings::darkPalette().color(QPalette::Window));
        QCOMPARE(QSettings().value(u"ui/theme"_s).toString(), u"dark"_s);
        choose(page, u"theme"_s, u"light"_s);
        QVERIFY(page->apply());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 192);
        choose(page, u"theme"_s, u"system"_s);
        QVERIFY(page->apply());
        QCOMPARE(QApplication::palette().color(QPalette::Window), original.color(QPalette::Window));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
