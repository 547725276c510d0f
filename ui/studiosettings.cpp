#include "studiosettings.h"

#include "engine/workspace.h"
#include "i18n.h"
#include "store/statestore.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtGui/QPalette>
#include <QtWidgets/QApplication>
#include <QtWidgets/QProgressDialog>
#include <QtWidgets/QStyle>
#include <QtWidgets/QStyleFactory>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

namespace {

// The QSettings keys, next to the values they hold.
constexpr QLatin1StringView dataBackendKey{"data/backend"};
constexpr QLatin1StringView sqlitePathKey{"data/sqlitePath"};
constexpr QLatin1StringView postgresHostKey{"data/postgresHost"};
constexpr QLatin1StringView postgresPortKey{"data/postgresPort"};
constexpr QLatin1StringView postgresDatabaseKey{"data/postgresDatabase"};
constexpr QLatin1StringView postgresUserKey{"data/postgresUser"};
constexpr QLatin1StringView webhookAddressKey{"webhook/address"};
constexpr QLatin1StringView webhookPortKey{"webhook/port"};
constexpr QLatin1StringView pollingKey{"polling/intervalMinutes"};
constexpr QLatin1StringView retentionKey{"audit/retentionDays"};
constexpr QLatin1StringView languageKey{"ui/language"};
constexpr QLatin1StringView themeKey{"ui/theme"};

constexpr int maxPollingMinutes = 24 * 60;

int intIn(const QSettings &settings, QLatin1StringView key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

/// The style and palette the platform gave the application, for "follow the system".
struct PlatformLook
{
    QString style;
    QPalette palette;
    bool captured = false;
};

PlatformLook &platformLook()
{
    static PlatformLook look;
    if (!look.captured && qApp) {
        look.style = QApplication::style()->name();
        look.palette = QApplication::palette();
        look.captured = true;
    }
    return look;
}

} // namespace

StudioSettings StudioSettings::load(const QSettings &settings)
{
    StudioSettings s;
    s.dataBackend = settings.value(dataBackendKey).toString() == u"postgres"_s ? DataBackend::Postgres
                                                                               : DataBackend::Sqlite;
    s.sqlitePath = settings.value(sqlitePathKey, s.sqlitePath).toString();
    s.postgresHost = settings.value(postgresHostKey, s.postgresHost).toString();
    s.postgresPort = intIn(settings, postgresPortKey, s.postgresPort, 1, 65535);
    s.postgresDatabase = settings.value(postgresDatabaseKey, s.postgresDatabase).toString();
    s.postgresUser = settings.value(postgresUserKey, s.postgresUser).toString();
    s.webhookAddress = settings.value(webhookAddressKey, s.webhookAddress).toString();
    if (QHostAddress(s.webhookAddress).isNull())
        s.webhookAddress = StudioSettings().webhookAddress;
    s.webhookPort = intIn(settings, webhookPortKey, s.webhookPort, 1, 65535);
    s.pollingIntervalMinutes = intIn(settings, pollingKey, s.pollingIntervalMinutes, 1, maxPollingMinutes);
    s.auditRetentionDays = intIn(settings, retentionKey, s.auditRetentionDays, 0, maxAuditRetentionDays);
    s.language = settings.value(languageKey, s.language).toString();
    s.theme = themeFromName(settings.value(themeKey).toString());
    return s;
}

StudioSettings StudioSettings::load()
{
    const QSettings settings;
    return load(settings);
}

void StudioSettings::save(QSettings &settings) const
{
    settings.setValue(dataBackendKey, dataBackend == DataBackend::Postgres ? u"postgres"_s : u"sqlite"_s);
    settings.setValue(sqlitePathKey, sqlitePath);
    settings.setValue(postgresHostKey, postgresHost);
    settings.setValue(postgresPortKey, postgresPort);
    settings.setValue(postgresDatabaseKey, postgresDatabase);
    settings.setValue(postgresUserKey, postgresUser);
    settings.setValue(webhookAddressKey, webhookAddress);
    settings.setValue(webhookPortKey, webhookPort);
    settings.setValue(pollingKey, pollingIntervalMinutes);
    settings.setValue(retentionKey, auditRetentionDays);
    settings.setValue(languageKey, language);
    settings.setValue(themeKey, themeName(theme));
    settings.sync();
}

void StudioSettings::save() const
{
    QSettings settings;
    save(settings);
}

QMap<QString, QString> StudioSettings::validate() const
{
    QMap<QString, QString> errors;
    const auto port = [](int value) {
        return value >= 1 && value <= 65535 ? QString() : tr("Choose a port from 1 to 65535.");
    };
    if (dataBackend == DataBackend::Sqlite && !sqlitePath.isEmpty()) {
        const QFileInfo file(sqlitePath);
        const QFileInfo folder(file.absolutePath());
        if (file.isRelative())
            errors.insert(u"sqlitePath"_s, tr("Enter the full path of the database file."));
        else if (file.isDir())
            errors.insert(u"sqlitePath"_s, tr("This is a folder; enter a file name inside it."));
        else if (!folder.isDir())
            errors.insert(
                u"sqlitePath"_s,
                tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.filePath())));
        else if (!folder.isWritable() || (file.exists() && !file.isWritable()))
            errors.insert(u"sqlitePath"_s, tr("LedgerLink may not write there; choose another place."));
    }
    if (dataBackend == DataBackend::Postgres) {
        if (postgresHost.trimmed().isEmpty())
            errors.insert(u"postgresHost"_s, tr("Enter the server's host name or address."));
        if (const QString error = port(postgresPort); !error.isEmpty())
            errors.insert(u"postgresPort"_s, error);
        if (postgresDatabase.trimmed().isEmpty())
            errors.insert(u"postgresDatabase"_s, tr("Enter the database name."));
        if (postgresUser.trimmed().isEmpty())
            errors.insert(u"postgresUser"_s, tr("Enter the user name."));
    }
    if (QHostAddress(webhookAddress).isNull())
        errors.insert(u"webhookAddress"_s,
                      tr("Enter an IP address: 127.0.0.1 (this computer only) or 0.0.0.0 "
                         "(every network interface)."));
    if (const QString error = port(webhookPort); !error.isEmpty())
        errors.insert(u"webhookPort"_s, error);
    if (pollingIntervalMinutes < 1 || pollingIntervalMinutes > maxPollingMinutes)
        errors.insert(u"pollingIntervalMinutes"_s, tr("Choose from 1 to %1 minutes.").arg(maxPollingMinutes));
    if (auditRetentionDays < 0 || auditRetentionDays > maxAuditRetentionDays)
        errors.insert(u"auditRetentionDays"_s,
                      tr("Choose from 1 to %1 days, or 0 to keep every row.").arg(maxAuditRetentionDays));
    if (!language.isEmpty() && !availableLanguages().contains(language))
        errors.insert(u"language"_s, tr("There is no translation for \"%1\".").arg(language));
    return errors;
}

Store::StoreLocation StudioSettings::storeLocation(const QString &workspaceDir,
                                                   const QString &postgresPassword) const
{
    if (dataBackend == DataBackend::Postgres)
        return Store::StoreLocation::postgres(postgresHost, postgresPort, postgresDatabase, postgresUser,
                                              postgresPassword);
    return Store::StoreLocation::sqlite(sqlitePath.isEmpty() ? Engine::stateFilePath(workspaceDir)
                                                             : sqlitePath);
}

QString StudioSettings::describeLocation(const Store::StoreLocation &location)
{
    if (location.backend == Store::StoreLocation::Backend::Postgres)
        return tr("PostgreSQL %1@%2:%3/%4")
            .arg(location.user, location.host)
            .arg(location.port)
            .arg(location.database);
    return QDir::toNativeSeparators(location.sqlitePath);
}

Store::StoreLocation studioStateLocation(const StudioSettings &settings, const QString &workspaceDir,
                                         const PasswordReader &readPassword, const StateStoreCheck &check,
                                         QString *problem)
{
    problem->clear();
    const Store::StoreLocation own = Engine::ownStateLocation(workspaceDir);
    const auto fallBack = [&](const QString &what) {
        *problem = what + u"\n\n"_s
            + StudioSettings::tr("This session works on the workspace's own state store, %1. Open Settings "
                                 "to choose another data location; it is used from the studio's next start.")
                  .arg(StudioSettings::describeLocation(own));
        return own;
    };
    if (settings.dataBackend == StudioSettings::DataBackend::Sqlite) {
        const Store::StoreLocation chosen = settings.storeLocation(workspaceDir);
        if (QDir::cleanPath(chosen.sqlitePath) == QDir::cleanPath(own.sqlitePath))
            return own;
        if (const QString error = check(chosen); !error.isEmpty())
            return fallBack(StudioSettings::tr("The state store file %1 cannot be opened: %2")
                                .arg(StudioSettings::describeLocation(chosen), error));
        return chosen;
    }
    const Store::StoreLocation server = settings.storeLocation(workspaceDir);
    const QString where = StudioSettings::describeLocation(server);
    const QString key = settings.postgresPasswordKey();
    const Secrets::CredentialResult password = readPassword(key);
    switch (password.status) {
    case Secrets::CredentialResult::Status::Ok:
    case Secrets::CredentialResult::Status::NotFound:
        break;
    case Secrets::CredentialResult::Status::Unavailable:
    case Secrets::CredentialResult::Status::Error:
        return fallBack(
            StudioSettings::tr("The state store on %1 cannot be opened: its password cannot be read "
                               "from the OS keychain (%2; keychain entry %3).")
                .arg(where, password.message, key));
    }
    const Store::StoreLocation chosen =
        settings.storeLocation(workspaceDir, QString::fromUtf8(password.secret));
    if (const QString error = check(chosen); !error.isEmpty()) {
        QString what = StudioSettings::tr("The state store on %1 cannot be opened: %2").arg(where, error);
        if (password.status == Secrets::CredentialResult::Status::NotFound)
            what += u"\n\n"_s
                + StudioSettings::tr("No password for it is stored in the OS keychain (keychain entry %1): "
                                     "enter it in Settings.")
                      .arg(key);
        return fallBack(what);
    }
    return chosen;
}

namespace {

QFuture<QString> checkOnWorker(const Store::StoreLocation &location)
{
    // On a worker so that the connection is opened and closed on a thread of its own, never
    // left behind in the main thread.
    return QtConcurrent::run([location] {
        Store::StateStore store(location);
        const auto opened = store.open();
        const QString error = opened ? QString() : opened.error().message;
        store.closeThreadConnection();
        return error;
    });
}

} // namespace

QString checkStateStore(const Store::StoreLocation &location)
{
    return checkOnWorker(location).result();
}

QString checkStateStoreShowingProgress(const Store::StoreLocation &location)
{
    QFutureWatcher<QString> watcher;
    QProgressDialog progress(
        QApplication::translate("LedgerLink::Studio::StudioSettings", "Opening %1…").arg(location.describe()),
        QApplication::translate("LedgerLink::Studio::StudioSettings", "Use the workspace's file"), 0, 0);
    progress.setWindowTitle(QApplication::translate("LedgerLink::Studio::StudioSettings", "LedgerLink"));
    progress.setMinimumWidth(progress.fontMetrics().horizontalAdvance(progress.labelText()) + 80);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setMinimumDuration(std::numeric_limits<int>::max()); // shown by the timer below
    QTimer::singleShot(400, &progress, &QProgressDialog::show); // a moment: most opens are quicker
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    watcher.setFuture(checkOnWorker(location));
    if (!watcher.isFinished())
        loop.exec();
    if (!watcher.isFinished()) {
        // The worker finishes (up to the connect timeout) on its own; its answer is not waited for.
        return QApplication::translate("LedgerLink::Studio::StudioSettings",
                                       "opening it was cancelled at start-up");
    }
    return watcher.result();
}

QString StudioSettings::postgresPasswordKey() const
{
    return u"database/postgres:"_s + postgresUser + u'@' + postgresHost + u':' + QString::number(postgresPort)
        + u'/' + postgresDatabase + u"/password"_s;
}

QPalette StudioSettings::darkPalette()
{
    QPalette dark;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor button(0x35, 0x37, 0x3b);
    const QColor disabled(0x80, 0x82, 0x86);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, button);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xd8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x6c, 0x9e, 0xf8));
    dark.setColor(QPalette::LinkVisited, QColor(0xa0, 0x8c, 0xf0));
    dark.setColor(QPalette::ToolTipBase, button);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, disabled);
    dark.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    dark.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x45));
    dark.setColor(QPalette::Mid, QColor(0x24, 0x25, 0x28));
    dark.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    dark.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x12));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, disabled);
    dark.setColor(QPalette::Disabled, QPalette::Base, window);
    dark.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    return dark;
}

QPalette StudioSettings::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion ? fusion->standardPalette() : QPalette();
}

void StudioSettings::applyTheme(Theme theme)
{
    const PlatformLook &look = platformLook(); // captured before the first change
    switch (theme) {
    case Theme::System:
        if (QApplication::style()->name() != look.style)
            QApplication::setStyle(look.style);
        QApplication::setPalette(look.palette);
        break;
    case Theme::Light:
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(lightPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(darkPalette());
        break;
    }
}

QString StudioSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return u"light"_s;
    case Theme::Dark:
        return u"dark"_s;
    case Theme::System:
        break;
    }
    return u"system"_s;
}

StudioSettings::Theme StudioSettings::themeFromName(const QString &name)
{
    if (name == u"light"_s)
        return Theme::Light;
    if (name == u"dark"_s)
        return Theme::Dark;
    return Theme::System;
}

} // namespace LedgerLink::Studio
