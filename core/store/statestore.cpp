#include "store/statestore.h"

#include "store/migrations.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QHash>
#include <QtCore/QMutex>
#include <QtCore/QSet>
#include <QtCore/QUuid>
#include <QtSql/QSqlError>

#include <atomic>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace LedgerLink::Store {

namespace Detail {

// The connections a StateStore has registered with QSqlDatabase, shared with the thread-local
// clean-up below so that whichever ends first (the thread or the store) removes a connection
// exactly once.
//
// The prepared write statements of each connection (StateStore::execWrite) are kept here too,
// under the same mutex, and released just before their connection is removed, whoever removes it.
// (Kept in the thread instead, a store destroyed while a finished thread's thread-local clean-up
// still ran removed the connection under that thread's queries: a double free, seen in
// bench_webhookload — QThread::wait() returns before the thread's thread_local destructors run.)
struct ConnectionRegistry
{
    QMutex mutex;
    QSet<QString> names;
    QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> statements; ///< connection → SQL → query
    std::atomic<bool> open = false;
};

} // namespace Detail

namespace {

// Closes and removes a connection owned by the calling thread, its prepared statements first; the
// caller holds the registry's mutex. The handle must be gone before removeDatabase(), or Qt warns
// that the connection is still in use and leaks it.
void dropOwnConnection(Detail::ConnectionRegistry &registry, const QString &name)
{
    registry.statements.remove(name);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Per-thread list of connections opened by this thread; its destructor runs when the thread
// ends (QThread or std::thread alike) and removes the connections of stores still alive.
struct ThreadConnections
{
    QList<std::pair<std::weak_ptr<Detail::ConnectionRegistry>, QString>> entries;

    ThreadConnections() = default;
    Q_DISABLE_COPY_MOVE(ThreadConnections)
    ~ThreadConnections()
    {
        for (const auto &[weak, name] : std::as_const(entries)) {
            if (const auto registry = weak.lock()) {
                const QMutexLocker locker(&registry->mutex);
                if (registry->names.remove(name))
                    dropOwnConnection(*registry, name);
            }
        }
    }
};

ThreadConnections &threadConnections()
{
    thread_local ThreadConnections connections;
    return connections;
}

// A serial rather than the QThread pointer: an address may be reused by a later thread while
// the earlier thread's connection name is still registered.
quint64 threadSerial()
{
    static std::atomic<quint64> counter = 0;
    thread_local const quint64 serial = ++counter;
    return serial;
}

// A failed statement inside a PostgreSQL transaction aborts the transaction; destroying its
// QSqlQuery then would DEALLOCATE the prepared statement inside the aborted transaction, which
// fails (and leaks it on the server). Failed queries are parked here until runTransaction() has
// rolled back. Only used while a transaction runs on this thread, so no query outlives its
// connection.
struct FailedQueries
{
    bool inTransaction = false;
    QList<QSqlQuery> parked;
};

FailedQueries &failedQueries()
{
    thread_local FailedQueries queries;
    return queries;
}

// How deep in transaction() each of this thread's connections is (absent: not in one).
QHash<QString, int> &transactionDepth()
{
    thread_local QHash<QString, int> depths;
    return depths;
}

// Connections of this thread that lost their server; database() replaces them on next use.
QSet<QString> &brokenConnections()
{
    thread_local QSet<QString> names;
    return names;
}

int sqliteResultCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1; // primary code of an extended result code
}

} // namespace

int StateStore::latestSchemaVersion()
{
    return Migrations::latest();
}

StateStore::StateStore(StoreLocation location)
    : m_location(std::move(location))
    , m_storeId(QUuid::createUuid().toString(QUuid::Id128).left(12))
    , m_registry(std::make_shared<Detail::ConnectionRegistry>())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

StateStore::~StateStore()
{
    const QString own = threadConnectionName();
    const QMutexLocker locker(&m_registry->mutex);
    for (const QString &name : std::as_const(m_registry->names)) {
        if (name == own) {
            dropOwnConnection(*m_registry, name);
        } else {
            // Another thread's connection (that thread no longer uses this store, or has ended and
            // its clean-up waits for the mutex): its statements first, then the connection.
            m_registry->statements.remove(name);
            QSqlDatabase::removeDatabase(name);
        }
    }
    m_registry->names.clear();
}

void StateStore::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime StateStore::now() const
{
    return m_clock().toUTC();
}

bool StateStore::isOpen() const
{
    return m_registry->open.load();
}

QString StateStore::threadConnectionName() const
{
    return u"ledgerlink-%1-%2"_s.arg(m_storeId).arg(threadSerial());
}

StoreResult<QSqlDatabase> StateStore::database()
{
    if (!isOpen()) {
        return StoreError{StoreError::Code::OpenFailed, u"%1 is not open."_s.arg(m_location.describe()), {}};
    }
    const QString name = threadConnectionName();
    if (brokenConnections().remove(name))
        closeThreadConnection(); // the server went away: start afresh
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    return openConnection(name);
}

void StateStore::closeThreadConnection()
{
    const QString name = threadConnectionName();
    const QMutexLocker locker(&m_registry->mutex);
    if (m_registry->names.remove(name))
        dropOwnConnection(*m_registry, name);
}

StoreResult<QSqlDatabase> StateStore::openConnection(const QString &name)
{
    const bool pg = isPostgres();
    {
        const QMutexLocker locker(&m_registry->mutex);
        if (!m_registry->names.contains(name)) {
            QSqlDatabase::addDatabase(pg ? u"QPSQL"_s : u"QSQLITE"_s, name);
            m_registry->names.insert(name);
            auto &entries = threadConnections().entries;
            entries.removeIf([](const auto &entry) { return entry.first.expired(); }); // stores gone
            entries.append({m_registry, name});
        }
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid()) {
        return StoreError{StoreError::Code::OpenFailed,
                          u"Could not open %1: the Qt %2 driver is not available."_s.arg(
                              m_location.describe(), pg ? u"QPSQL"_s : u"QSQLITE"_s),
                          {}};
    }
    if (pg) {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setDatabaseName(m_location.database);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setConnectOptions(u"connect_timeout=%1"_s.arg(qMax(1, m_location.connectTimeoutSeconds)));
    } else {
        db.setDatabaseName(m_location.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(qMax(0, m_location.busyTimeoutMs)));
    }
    if (!db.open()) {
        const QString reason = db.lastError().text().trimmed();
        if (pg) {
            return StoreError{
                StoreError::Code::ConnectionFailed,
                u"Could not connect to the PostgreSQL server at %1:%2 (database \"%3\", user \"%4\"): %5"_s
                    .arg(m_location.host)
                    .arg(m_location.port)
                    .arg(m_location.database, m_location.user, reason),
                db.lastError().nativeErrorCode()};
        }
        return StoreError{StoreError::Code::OpenFailed,
                          u"Could not open %1: %2"_s.arg(m_location.describe(), reason),
                          db.lastError().nativeErrorCode()};
    }
    QSqlQuery setup(db);
    if (pg) {
        // No NOTICE chatter on stderr ("relation … already exists, skipping").
        if (!setup.exec(u"SET client_min_messages TO warning"_s))
            return errorFrom(setup.lastError(), u"setting up the connection"_s);
    } else {
        // Per connection, not stored in the file. Changes nothing on disk.
        if (!setup.exec(u"PRAGMA foreign_keys = ON"_s))
            return errorFrom(setup.lastError(), u"enabling foreign keys"_s);
    }
    return db;
}

StoreResult<QSqlQuery> StateStore::exec(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                        const QString &action) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        // Nothing to bind: executed directly, because PostgreSQL cannot PREPARE DDL statements.
        if (!query.exec(sql))
            return failure(db, query.lastError(), action);
        return query;
    }
    const auto failed = [&] {
        StoreError error = failure(db, query.lastError(), action);
        if (isPostgres() && failedQueries().inTransaction)
            failedQueries().parked.append(query);
        return error;
    };
    if (!query.prepare(sql))
        return failed();
    for (const QVariant &value : values) {
        // A null QString would be bound as SQL NULL: an empty text is meant.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(u""_s));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return failed();
    return query;
}

StoreResult<StateStore::WriteResult> StateStore::execWrite(QSqlDatabase &db, const QString &sql,
                                                           const QVariantList &values,
                                                           const QString &action) const
{
    WriteResult result;
    if (isPostgres()) {
        auto query = exec(db, sql, values, action);
        if (!query)
            return query.error();
        result.rowsAffected = query.value().numRowsAffected();
        if (query.value().isSelect() && query.value().next())
            result.returned = query.value().value(0);
        return result;
    }
    const QString connection = db.connectionName();
    std::shared_ptr<QSqlQuery> query;
    {
        const QMutexLocker locker(&m_registry->mutex);
        query = m_registry->statements.value(connection).value(sql);
    }
    if (!query) {
        query = std::make_shared<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return failure(db, query->lastError(), action);
        const QMutexLocker locker(&m_registry->mutex);
        m_registry->statements[connection].insert(sql, query);
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // A null QString would be bound as SQL NULL: an empty text is meant.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query->bindValue(int(i), QString(u""_s));
        else
            query->bindValue(int(i), value);
    }
    if (!query->exec()) {
        const StoreError error = failure(db, query->lastError(), action);
        const QMutexLocker locker(&m_registry->mutex);
        m_registry->statements[connection].remove(sql);
        return error;
    }
    // Read while the query is active (QSqlQuery answers -1 afterwards). With RETURNING, SQLite
    // counts the change only once the statement is done: use `returned` there instead.
    result.rowsAffected = query->numRowsAffected();
    if (query->isSelect() && query->next())
        result.returned = query->value(0);
    query->finish(); // reset: a finished statement holds no lock and lets COMMIT through
    return result;
}

StoreError StateStore::failure(const QSqlDatabase &db, const QSqlError &error, const QString &action) const
{
    StoreError result = errorFrom(error, action);
    if (result.code == StoreError::Code::ConnectionFailed)
        brokenConnections().insert(db.connectionName());
    return result;
}

StoreError StateStore::errorFrom(const QSqlError &error, const QString &action) const
{
    const QString native = error.nativeErrorCode();
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    const QString where = m_location.describe();

    if (!isPostgres()) {
        // SQLITE_IOERR_WRITE: a write the kernel refused. SQLite reports ENOSPC as SQLITE_FULL,
        // but a file at its size limit (EFBIG: RLIMIT_FSIZE, a quota, a FAT32 disk) lands here,
        // and "disk I/O error" alone tells the user nothing they can act on.
        if (native == u"778")
            return {
                StoreError::Code::DiskFull,
                u"Could not finish %1: %2 could not be written (disk I/O error): the disk is full or the file has reached its size limit. Free some space and try again; the change was rolled back and the data saved before is intact."_s
                    .arg(action, where),
                native};
        switch (sqliteResultCode(error)) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return {
                StoreError::Code::Locked,
                u"Could not finish %1: %2 is in use by another connection (database is locked); nothing was changed. Try again later."_s
                    .arg(action, where),
                native};
        case 13: // SQLITE_FULL
            return {
                StoreError::Code::DiskFull,
                u"Could not finish %1: the disk is full (%2); the change was rolled back and the data saved before is intact."_s
                    .arg(action, where),
                native};
        case 26: // SQLITE_NOTADB
            return {StoreError::Code::NotADatabase,
                    u"%1 is not a SQLite database (%2); it was not changed."_s.arg(where, detail), native};
        case 11: // SQLITE_CORRUPT
            return {StoreError::Code::NotADatabase,
                    u"%1 is damaged (%2); it was not changed."_s.arg(where, detail), native};
        case 19: // SQLITE_CONSTRAINT
            return {StoreError::Code::Constraint,
                    u"Could not finish %1 in %2: %3"_s.arg(action, where, detail), native};
        default:
            break;
        }
    } else {
        if (native.startsWith(u"23"))
            return {StoreError::Code::Constraint,
                    u"Could not finish %1 in %2: %3"_s.arg(action, where, detail), native};
        if (native == u"53100")
            return {
                StoreError::Code::DiskFull,
                u"Could not finish %1: the disk of the PostgreSQL server is full (%2); the change was rolled back."_s
                    .arg(action, where),
                native};
        if (native == u"55P03" || native == u"40P01")
            return {StoreError::Code::Locked,
                    u"Could not finish %1: %2 is locked (%3)."_s.arg(action, where, detail), native};
        // 08: connection exception; 57P01-57P03: the server shut down or ended this session.
        if (native.startsWith(u"08") || native.startsWith(u"57P0")
            || error.type() == QSqlError::ConnectionError
            || (native.isEmpty() && detail.contains(u"server closed the connection"))
            || (native.isEmpty() && detail.contains(u"no connection to the server")))
            return {
                StoreError::Code::ConnectionFailed,
                u"Lost the connection to the PostgreSQL server at %1:%2 while %3: %4"_s.arg(m_location.host)
                    .arg(m_location.port)
                    .arg(action, detail),
                native};
    }
    return {StoreError::Code::QueryFailed, u"Could not finish %1 in %2: %3"_s.arg(action, where, detail),
            native};
}

StoreError StateStore::refused(StoreError::Code code, const QString &reason) const
{
    return {code, u"%1 %2"_s.arg(m_location.describe(), reason), {}};
}

StoreResult<void> StateStore::open(int upToVersion)
{
    if (isOpen())
        return {};
    if (upToVersion < 1 || upToVersion > latestSchemaVersion()) {
        return StoreError{StoreError::Code::InvalidArgument,
                          u"Schema version %1 does not exist (this build knows 1 to %2)."_s.arg(upToVersion)
                              .arg(latestSchemaVersion()),
                          {}};
    }
    if (!isPostgres()) {
        if (m_location.sqlitePath.isEmpty())
            return StoreError{StoreError::Code::InvalidArgument, u"No state store file was given."_s, {}};
        // Refuse a file that is not a database before SQLite opens it at all.
        QFile file(m_location.sqlitePath);
        if (file.exists() && file.size() > 0) {
            if (!file.open(QIODevice::ReadOnly)) {
                return StoreError{StoreError::Code::OpenFailed,
                                  u"Could not open %1: %2"_s.arg(m_location.describe(), file.errorString()),
                                  {}};
            }
            static const QByteArray magic("SQLite format 3\0", 16);
            if (file.read(16) != magic) {
                return refused(StoreError::Code::NotADatabase,
                               u"is not a SQLite database (it was not changed)."_s);
            }
        }
    }

    const QString name = threadConnectionName();
    QSqlDatabase db;
    {
        auto connection = openConnection(name);
        if (!connection) {
            closeThreadConnection();
            return connection.error();
        }
        db = std::move(connection).value();
    }
    auto fail = [&](const StoreError &error) -> StoreResult<void> {
        db = QSqlDatabase();
        closeThreadConnection();
        return error;
    };

    const auto version = inspect(db);
    if (!version)
        return fail(version.error());
    if (version.value() > latestSchemaVersion()) {
        return fail(refused(
            StoreError::Code::NewerSchema,
            u"was written by a newer LedgerLink (schema %1, this build knows up to %2); it was not changed."_s
                .arg(version.value())
                .arg(latestSchemaVersion())));
    }
    if (const auto migrated = migrate(db, version.value(), upToVersion); !migrated)
        return fail(migrated.error());
    m_registry->open = true;
    return {};
}

// Reads the schema version without writing anything: 0 for an empty database, an error for
// somebody else's database.
StoreResult<int> StateStore::inspect(QSqlDatabase &db)
{
    const QString action = u"reading the schema version"_s;
    const QVariantList marker{QString::fromLatin1(applicationMarker)};
    const QString foreign =
        u"is not a LedgerLink state store (it holds other tables and no LedgerLink marker); it was not changed."_s;
    int recorded = 0;
    if (!isPostgres()) {
        auto appId = exec(db, u"PRAGMA application_id"_s, {}, action);
        if (!appId)
            return appId.error();
        const qint64 applicationIdFound = appId.value().next() ? appId.value().value(0).toLongLong() : 0;
        appId.value().finish();
        auto userVersion = exec(db, u"PRAGMA user_version"_s, {}, action);
        if (!userVersion)
            return userVersion.error();
        recorded = userVersion.value().next() ? userVersion.value().value(0).toInt() : 0;
        userVersion.value().finish();
        auto objects = exec(db,
                            u"SELECT count(*), sum(CASE WHEN name = 'll_schema_version' THEN 1 ELSE 0 END) "
                            u"FROM sqlite_master WHERE type = 'table'"_s,
                            {}, action);
        if (!objects)
            return objects.error();
        objects.value().next();
        const int tables = objects.value().value(0).toInt();
        const bool hasVersionTable = objects.value().value(1).toInt() > 0;
        objects.value().finish();
        if (tables == 0 && applicationIdFound == 0 && recorded == 0)
            return 0;
        if (applicationIdFound != applicationId || !hasVersionTable)
            return refused(StoreError::Code::ForeignDatabase, foreign);
    } else {
        auto objects =
            exec(db,
                 u"SELECT count(*), sum(CASE WHEN table_name = 'll_schema_version' THEN 1 ELSE 0 END) "
                 u"FROM information_schema.tables WHERE table_schema = current_schema()"_s,
                 {}, action);
        if (!objects)
            return objects.error();
        objects.value().next();
        const int tables = objects.value().value(0).toInt();
        const bool hasVersionTable = objects.value().value(1).toInt() > 0;
        if (tables == 0)
            return 0;
        if (!hasVersionTable)
            return refused(StoreError::Code::ForeignDatabase, foreign);
    }
    auto rows = exec(db, u"SELECT count(*), max(version) FROM ll_schema_version WHERE application = ?"_s,
                     marker, action);
    if (!rows)
        return rows.error();
    rows.value().next();
    if (rows.value().value(0).toInt() == 0)
        return refused(StoreError::Code::ForeignDatabase, foreign);
    return qMax(recorded, rows.value().value(1).toInt());
}

StoreResult<void> StateStore::migrate(QSqlDatabase &db, int fromVersion, int upToVersion)
{
    const bool pg = isPostgres();
    const auto dialect = pg ? Migrations::Dialect::Postgres : Migrations::Dialect::Sqlite;
    if (!pg) {
        // Persistent, so set only now that the file is known to be ours (or empty).
        auto wal = exec(db, u"PRAGMA journal_mode = WAL"_s, {}, u"switching to write-ahead logging"_s);
        if (!wal)
            return wal.error();
    }
    for (int version = fromVersion + 1; version <= upToVersion; ++version) {
        const QString action = u"upgrading the schema to version %1"_s.arg(version);
        auto applied = runTransaction(db, [&](QSqlDatabase &tx) -> std::optional<StoreError> {
            if (pg) {
                // Serialises concurrent first opens of the same database.
                if (auto lock =
                        exec(tx, u"SELECT pg_advisory_xact_lock(?)"_s, {qint64(applicationId)}, action);
                    !lock)
                    return lock.error();
            }
            if (auto table = exec(tx, Migrations::versionTable(dialect), {}, action); !table)
                return table.error();
            auto current = exec(tx, u"SELECT coalesce(max(version), 0) FROM ll_schema_version"_s, {}, action);
            if (!current)
                return current.error();
            if (current.value().next() && current.value().value(0).toInt() >= version)
                return std::nullopt; // another process got there first
            current.value().finish();
            for (const QString &sql : Migrations::statements(version, dialect)) {
                if (auto step = exec(tx, sql, {}, action); !step) {
                    StoreError error = step.error();
                    if (error.code == StoreError::Code::QueryFailed)
                        error.code = StoreError::Code::MigrationFailed;
                    return error;
                }
            }
            if (auto record = exec(
                    tx,
                    u"INSERT INTO ll_schema_version (version, application, applied_ms) VALUES (?, ?, ?)"_s,
                    {version, QString::fromLatin1(applicationMarker), nowMs()}, action);
                !record)
                return record.error();
            if (!pg) {
                // PRAGMAs take no bound parameters; both values are integers of this build.
                if (auto id = exec(tx, u"PRAGMA application_id = %1"_s.arg(applicationId), {}, action); !id)
                    return id.error();
                if (auto uv = exec(tx, u"PRAGMA user_version = %1"_s.arg(version), {}, action); !uv)
                    return uv.error();
            }
            return std::nullopt;
        });
        if (!applied)
            return applied;
    }
    return {};
}

StoreResult<int> StateStore::schemaVersion()
{
    auto db = database();
    if (!db)
        return db.error();
    return inspect(db.value());
}

StoreResult<void> StateStore::transaction(const Work &work)
{
    auto db = database();
    if (!db)
        return db.error();
    return runTransaction(db.value(), work);
}

StoreResult<StateStore::WriteResult> StateStore::write(const QString &sql, const QVariantList &values,
                                                       const QString &action)
{
    auto db = database();
    if (!db)
        return db.error();
    WriteResult result;
    auto done = runTransaction(
        db.value(),
        [&](QSqlDatabase &db) -> std::optional<StoreError> {
            auto written = execWrite(db, sql, values, action);
            if (!written)
                return written.error();
            result = written.value();
            return std::nullopt;
        },
        Nesting::SingleStatement);
    if (!done)
        return done.error();
    return result;
}

StoreResult<void> StateStore::runTransaction(QSqlDatabase &db, const Work &work, Nesting nesting)
{
    // Transactions nest: inside another transaction on this thread's connection the work runs
    // in a savepoint of it (released into the outer transaction, or rolled back to on error), so
    // a caller can make many repository writes one commit.
    const QString connection = db.connectionName();
    const int depth = transactionDepth().value(connection);
    if (depth > 0 && nesting == Nesting::SingleStatement && !isPostgres()) {
        if (const std::optional<StoreError> failed = work(db))
            return *failed;
        return {};
    }
    if (depth > 0) {
        // Prepared once per connection (execWrite): a batch's bookkeeping opens thousands.
        const QString savepoint = u"ll_savepoint_"_s + QString::number(depth);
        if (auto begin = execWrite(db, u"SAVEPOINT "_s + savepoint, {}, u"starting a nested transaction"_s);
            !begin)
            return begin.error();
        transactionDepth()[connection] = depth + 1;
        const std::optional<StoreError> failed = work(db);
        transactionDepth()[connection] = depth;
        if (failed) {
            QSqlQuery end(db);
            end.exec(u"ROLLBACK TO SAVEPOINT "_s + savepoint);
            end.exec(u"RELEASE SAVEPOINT "_s + savepoint);
            return *failed;
        }
        if (auto end =
                execWrite(db, u"RELEASE SAVEPOINT "_s + savepoint, {}, u"saving the nested transaction"_s);
            !end) {
            QSqlQuery undo(db); // leave the outer transaction usable (PostgreSQL aborts it otherwise)
            undo.exec(u"ROLLBACK TO SAVEPOINT "_s + savepoint);
            undo.exec(u"RELEASE SAVEPOINT "_s + savepoint);
            return end.error();
        }
        return {};
    }
    struct Depth
    {
        QString connection;
        explicit Depth(QString name)
            : connection(std::move(name))
        {
            transactionDepth()[connection] = 1;
        }
        ~Depth() { transactionDepth().remove(connection); }
        Q_DISABLE_COPY_MOVE(Depth)
    };
    const Depth entered(connection);
    const auto rollback = [&db] {
        QSqlQuery query(db);
        query.exec(u"ROLLBACK"_s);
    };
    struct Parking
    {
        Parking() { failedQueries().inTransaction = true; }
        ~Parking()
        {
            failedQueries().inTransaction = false;
            failedQueries().parked.clear(); // after COMMIT or ROLLBACK: DEALLOCATE works again
        }
        Q_DISABLE_COPY_MOVE(Parking)
    };
    const Parking parking;
    {
        // IMMEDIATE takes SQLite's write lock up front: a writer that would otherwise upgrade a
        // read lock later could fail with SQLITE_BUSY without waiting for the busy timeout.
        QSqlQuery begin(db);
        if (!begin.exec(isPostgres() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s))
            return failure(db, begin.lastError(), u"starting a transaction"_s);
    }
    if (const std::optional<StoreError> failure = work(db)) {
        rollback();
        return *failure;
    }
    QSqlQuery commit(db);
    if (!commit.exec(u"COMMIT"_s)) {
        const StoreError error = failure(db, commit.lastError(), u"saving the transaction"_s);
        commit.finish();
        rollback();
        return error;
    }
    return {};
}

} // namespace LedgerLink::Store
