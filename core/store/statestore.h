#pragma once

#include "store/storelocation.h"
#include "store/storeresult.h"

#include <QtCore/QDateTime>
#include <QtCore/QVariantList>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

#include <functional>
#include <memory>
#include <optional>

class QSqlError;

namespace LedgerLink::Store {

namespace Detail {
struct ConnectionRegistry;
}

/// The durable state of LedgerLink (audit log, cross-reference, idempotency ledger, job queue,
/// dead letters, runs, plans, reconciliation results) over Qt Sql: a SQLite file per workspace
/// by default, or a PostgreSQL database for teams.
///
/// Threads: one StateStore object may be used from several threads at once. Every thread gets
/// its own QSqlDatabase connection, named "ledgerlink-<store id>-<thread serial>", opened inside
/// that thread on its first use. A thread's connection is closed and removed when the thread
/// ends (or earlier through closeThreadConnection()), and replaced on the next use after it lost
/// its server (an operation failed with StoreError::Code::ConnectionFailed; nothing is retried
/// behind the caller's back). The destructor removes the rest, so destroy the store only after
/// the threads using it have stopped using it. open() must be
/// called (once, from any thread) before any other use; the setters are not thread-safe and
/// belong before open().
///
/// Every write runs in a transaction (SQLite: BEGIN IMMEDIATE, so writers queue up on the
/// busy timeout instead of deadlocking); every value is a bound parameter. Errors are returned
/// as StoreError values and name the file or server; a store that is refused (not a database,
/// somebody else's database, written by a newer LedgerLink) is never altered.
///
/// The repository classes (WorkspaceRepository, CrossReferenceRepository, IdempotencyLedger,
/// JobQueue, DeadLetterRepository, RunRepository, AuditLog, ReconciliationRepository) are thin
/// views over a StateStore and follow the same thread rules.
class StateStore final
{
public:
    /// Written to PRAGMA application_id (SQLite) and used as the marker in ll_schema_version.
    static constexpr qint32 applicationId = 0x4C4C4E4B; // "LLNK"
    static constexpr const char *applicationMarker = "ledgerlink";

    /// The newest schema version this build can read and write.
    [[nodiscard]] static int latestSchemaVersion();

    explicit StateStore(StoreLocation location);
    ~StateStore();
    Q_DISABLE_COPY_MOVE(StateStore)

    /// Opens the store from the calling thread: checks that it is a LedgerLink store (or empty),
    /// refuses a newer schema, and applies the missing migrations up to `upToVersion` (each in
    /// its own transaction). `upToVersion` below the latest exists for tests and tools.
    [[nodiscard]] StoreResult<void> open(int upToVersion = latestSchemaVersion());
    [[nodiscard]] bool isOpen() const;

    /// The schema version recorded in the store (read through the calling thread's connection).
    [[nodiscard]] StoreResult<int> schemaVersion();

    [[nodiscard]] const StoreLocation &location() const { return m_location; }
    [[nodiscard]] bool isPostgres() const { return m_location.backend == StoreLocation::Backend::Postgres; }
    /// A random id distinguishing this store object's connections from any other's.
    [[nodiscard]] QString storeId() const { return m_storeId; }

    /// The calling thread's connection, opened on first use. Only for use in the calling thread.
    [[nodiscard]] StoreResult<QSqlDatabase> database();
    /// Closes and removes the calling thread's connection (it is reopened on the next use).
    void closeThreadConnection();

    /// Runs `work` in a write transaction on the calling thread's connection. `work` returns
    /// std::nullopt to commit, or an error to roll back; a failed COMMIT is rolled back too.
    /// Called inside another transaction of the same thread, `work` runs in a savepoint: its
    /// error rolls back only its own writes, and nothing is durable before the outer commit.
    using Work = std::function<std::optional<StoreError>(QSqlDatabase &db)>;
    [[nodiscard]] StoreResult<void> transaction(const Work &work);

    /// What a write statement did: rows changed (not reliable with RETURNING on SQLite), and the
    /// first column of the first row it returned (INSERT … RETURNING id), if any.
    struct WriteResult
    {
        int rowsAffected = 0;
        QVariant returned;
    };
    /// Executes a write (INSERT, UPDATE or DELETE, with at most one row RETURNING) with `values`
    /// bound positionally. On SQLite the prepared statement is kept per connection and reused:
    /// the engine writes the same few statements thousands of times per run.
    [[nodiscard]] StoreResult<WriteResult> execWrite(QSqlDatabase &db, const QString &sql,
                                                     const QVariantList &values, const QString &action) const;

    /// One write statement (what most repository writes are) as a transaction of its own, or
    /// inside a transaction of this thread as part of it: without a savepoint of its own on
    /// SQLite, where a failed statement undoes itself and leaves the outer transaction usable
    /// (PostgreSQL, where a failed statement aborts the whole transaction, gets the savepoint).
    [[nodiscard]] StoreResult<WriteResult> write(const QString &sql, const QVariantList &values,
                                                 const QString &action);

    /// Prepares and executes `sql` with `values` bound positionally ('?' placeholders).
    /// `action` names what is being done for the error message ("adding the job").
    [[nodiscard]] StoreResult<QSqlQuery> exec(QSqlDatabase &db, const QString &sql,
                                              const QVariantList &values, const QString &action) const;

    /// Turns a driver error into a StoreError naming this store; `action` says what was being
    /// done ("adding the job").
    [[nodiscard]] StoreError errorFrom(const QSqlError &error, const QString &action) const;

    /// The clock used for timestamps, leases and due times (UTC). Tests replace it; set it
    /// before open() and not while other threads use the store.
    void setClock(std::function<QDateTime()> clock);
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

private:
    [[nodiscard]] QString threadConnectionName() const;
    [[nodiscard]] StoreResult<QSqlDatabase> openConnection(const QString &name);
    [[nodiscard]] StoreResult<int> inspect(QSqlDatabase &db);
    [[nodiscard]] StoreResult<void> migrate(QSqlDatabase &db, int fromVersion, int upToVersion);
    /// Whether a nested `work` needs a savepoint of its own (see write()).
    enum class Nesting { Savepoint, SingleStatement };
    [[nodiscard]] StoreResult<void> runTransaction(QSqlDatabase &db, const Work &work,
                                                   Nesting nesting = Nesting::Savepoint);
    // errorFrom() that also notes a lost server connection, so that database() replaces it.
    [[nodiscard]] StoreError failure(const QSqlDatabase &db, const QSqlError &error,
                                     const QString &action) const;
    [[nodiscard]] StoreError refused(StoreError::Code code, const QString &reason) const;

    StoreLocation m_location;
    QString m_storeId;
    std::shared_ptr<Detail::ConnectionRegistry> m_registry;
    std::function<QDateTime()> m_clock;
};

} // namespace LedgerLink::Store
