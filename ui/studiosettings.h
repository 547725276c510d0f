#pragma once

#include "secrets/credentialstore.h"
#include "store/storelocation.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtNetwork/QHostAddress>

#include <functional>

class QSettings;
class QPalette;

namespace LedgerLink::Studio {

/**
 * The studio's preferences as one value, persisted with QSettings (organisation and application
 * "LedgerLink"; in tests QStandardPaths' test mode keeps them apart). Secrets are not part of it:
 * the PostgreSQL password lives in the OS keychain under postgresPasswordKey().
 *
 * Read API for the rest of the studio: StudioSettings::load() anywhere on the GUI thread (QSettings
 * is cheap to read); the engine and pages that should follow a setting read it when they start
 * (see each field for who reads it).
 */
struct StudioSettings
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Studio::StudioSettings)

public:
    enum class DataBackend { Sqlite, Postgres };
    enum class Theme { System, Light, Dark };

    /// Where the state store lives. Sqlite with an empty sqlitePath: each workspace's own
    /// state.sqlite (the default).
    DataBackend dataBackend = DataBackend::Sqlite;
    QString sqlitePath;
    QString postgresHost = QStringLiteral("127.0.0.1");
    int postgresPort = 5432;
    QString postgresDatabase = QStringLiteral("ledgerlink");
    QString postgresUser = QStringLiteral("ledgerlink");

    /// Where the engine's webhook receiver listens (EngineOptions::webhookAddress/webhookPort).
    QString webhookAddress = QStringLiteral("127.0.0.1");
    int webhookPort = 8787;

    /// Minutes between polls for objects polled where no webhook reaches this computer (an object
    /// rule's own "poll every N min" trigger wins).
    int pollingIntervalMinutes = 5;
    /// Audit-log rows older than this many days are pruned at the end of each run; 0 keeps them
    /// forever (the engine's default). The engine reads it from the workspace's state store
    /// ("audit.retention_days", as `ledgerlink-cli audit retention` sets it): the Settings page
    /// writes it there on Apply, and QSettings keeps it as the studio's choice.
    int auditRetentionDays = 0;
    static constexpr int maxAuditRetentionDays = 36500;

    /// "" for the system language, or a language code ("en", "de").
    QString language;
    Theme theme = Theme::System;

    /// Reads every value from `settings` (defaults for what is missing or invalid).
    static StudioSettings load(const QSettings &settings);
    /// Reads from the application's QSettings.
    static StudioSettings load();
    void save(QSettings &settings) const;
    void save() const;

    /// Field name ("webhookPort", "sqlitePath", ...) → what is wrong with it; empty when valid.
    QMap<QString, QString> validate() const;

    /// The state store for `workspaceDir` (with `postgresPassword` from the keychain). The studio
    /// decides once, at start, with studioStateLocation().
    Store::StoreLocation storeLocation(const QString &workspaceDir,
                                       const QString &postgresPassword = {}) const;
    /// How the studio names a state store: the file's path (native separators), or "PostgreSQL
    /// <user>@<host>:<port>/<database>" (never the password).
    static QString describeLocation(const Store::StoreLocation &location);
    /// The webhook receiver's address.
    QHostAddress webhookHostAddress() const { return QHostAddress(webhookAddress); }
    /// The keychain key of the PostgreSQL password:
    /// "database/postgres:<user>@<host>:<port>/<database>/password".
    QString postgresPasswordKey() const;

    /// Applies `theme` to the running application: Fusion style with a light or dark palette, or
    /// the platform's style and palette (as at start-up) for Theme::System.
    static void applyTheme(Theme theme);
    /// The studio's dark palette.
    static QPalette darkPalette();
    /// The studio's light palette.
    static QPalette lightPalette();

    static QString themeName(Theme theme); ///< "system", "light", "dark" (QSettings values)
    static Theme themeFromName(const QString &name);

    friend bool operator==(const StudioSettings &, const StudioSettings &) = default;
};

/// Reads one keychain entry (in the studio: Engine::keychainNow, on the main thread).
using PasswordReader = std::function<Secrets::CredentialResult(const QString &key)>;
/// Opens the state store at a location and closes it again: "" when it opened, else why not.
using StateStoreCheck = std::function<QString(const Store::StoreLocation &location)>;

/**
 * The state store the studio works on for `workspaceDir` in this session, decided once when it
 * starts: the data location of `settings` when `check` opens it. For PostgreSQL the password is
 * what `readPassword` finds under postgresPasswordKey() (none stored: no password, for a server
 * that trusts the user or reads ~/.pgpass). When the chosen location cannot be used (the keychain
 * cannot be read, or the store cannot be opened), it returns the workspace's own SQLite file,
 * Engine::stateFilePath(workspaceDir), and sets *problem to what could not be used, where, and
 * why, for a message box; otherwise *problem is cleared. The workspace's own file is not checked
 * (there is nothing to fall back to: the pages report its errors).
 *
 * Thread: the main thread (`readPassword` uses the keychain); it blocks until `check` answers.
 */
Store::StoreLocation studioStateLocation(const StudioSettings &settings, const QString &workspaceDir,
                                         const PasswordReader &readPassword, const StateStoreCheck &check,
                                         QString *problem);

/// The StateStoreCheck of the studio's start: opens (and migrates) the store on a worker thread,
/// closes that connection there, and returns the error, if any. It blocks the calling thread up to
/// the location's connect timeout: for start-up, before any window is shown.
QString checkStateStore(const Store::StoreLocation &location);
/// checkStateStore() for the studio's start: the main thread keeps its event loop while the
/// worker tries, and after a moment shows a progress dialog whose button gives up and uses the
/// workspace's own file ("" when the store opened, else why not). Main thread only.
QString checkStateStoreShowingProgress(const Store::StoreLocation &location);

} // namespace LedgerLink::Studio
