#pragma once

#include <QtCore/QString>

namespace LedgerLink::Store {

/// Where a state store lives: a SQLite file (one per workspace, the default) or a PostgreSQL
/// database (teams, several headless workers sharing one queue).
///
/// The PostgreSQL password is passed in by the caller (it comes from the keychain); the store
/// keeps it in memory only to open per-thread connections and never writes or logs it.
struct StoreLocation
{
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;

    /// SQLite: the database file. Created when missing; never altered when refused.
    QString sqlitePath;

    /// PostgreSQL connection options.
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    /// Seconds to wait for the server before giving up (libpq connect_timeout).
    int connectTimeoutSeconds = 10;

    /// How long a write waits for another connection's lock before failing with
    /// StoreError::Code::Locked (SQLite busy_timeout).
    int busyTimeoutMs = 5000;

    [[nodiscard]] static StoreLocation sqlite(const QString &path)
    {
        StoreLocation location;
        location.sqlitePath = path;
        return location;
    }

    [[nodiscard]] static StoreLocation postgres(const QString &host, int port, const QString &database,
                                                const QString &user, const QString &password = {})
    {
        StoreLocation location;
        location.backend = Backend::Postgres;
        location.host = host;
        location.port = port;
        location.database = database;
        location.user = user;
        location.password = password;
        return location;
    }

    /// "the state store /path/file.db" or "the PostgreSQL state store db at host:port":
    /// the words every error message uses to name the store (never the password).
    [[nodiscard]] QString describe() const;
};

} // namespace LedgerLink::Store
