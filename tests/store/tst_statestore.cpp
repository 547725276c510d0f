// The state store itself: opening, migrations (fresh, upgrade, refusing newer), refusing bad
// input without touching it, and per-thread connections — on SQLite and on a real PostgreSQL.

#include "storetestsupport.h"

#include "store/crossreferencerepository.h"
#include "store/idempotencyledger.h"
#include "store/jobqueue.h"
#include "store/runrepository.h"
#include "store/workspacerepository.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QMutex>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtNetwork/QTcpServer>
#include <QtTest/QTest>

#include <atomic>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using namespace LedgerLink::Store;

namespace {

void addBackends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QStringList versionRows(StoreTest::RawConnection &raw)
{
    QSqlQuery query(raw.db());
    QStringList rows;
    if (!query.exec(u"SELECT version, application FROM ll_schema_version ORDER BY version"_s))
        return {u"error: "_s + query.lastError().text()};
    while (query.next())
        rows.append(query.value(0).toString() + u':' + query.value(1).toString());
    return rows;
}

} // namespace

class TestStateStore final : public QObject
{
    Q_OBJECT

private slots:
    void freshOpen_data() { addBackends(); }
    void freshOpen()
    {
        QFETCH(QString, backend);
        STORE_SCRATCH(scratch, backend);
        {
            StateStore store(scratch.location());
            QVERIFY(!store.isOpen());
            STORE_VERIFY(store.open());
            QVERIFY(store.isOpen());
            const auto version = store.schemaVersion();
            STORE_VERIFY(version);
            QCOMPARE(version.value(), 4);
            QCOMPARE(StateStore::latestSchemaVersion(), 4);
        }
        StoreTest::RawConnection raw(scratch.location());
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        QCOMPARE(versionRows(raw),
                 QStringList({u"1:ledgerlink"_s, u"2:ledgerlink"_s, u"3:ledgerlink"_s, u"4:ledgerlink"_s}));
        if (backend == u"sqlite") {
            QCOMPARE(raw.scalar(u"PRAGMA application_id"_s).toLongLong(), qint64(0x4C4C4E4B));
            QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 4);
            QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        }
        const QStringList expected{u"ll_audit"_s,          u"ll_connections"_s,    u"ll_cross_references"_s,
                                   u"ll_dead_letters"_s,   u"ll_idempotency"_s,    u"ll_jobs"_s,
                                   u"ll_plans"_s,          u"ll_reconciliation"_s, u"ll_runs"_s,
                                   u"ll_schema_version"_s, u"ll_settings"_s,       u"ll_workspaces"_s,
                                   u"ll_written"_s};
        QStringList tables = raw.db().tables(QSql::Tables);
        tables.removeAll(u"sqlite_sequence"_s);
        tables.sort();
        QCOMPARE(tables, expected);
    }

    void nestedTransactionsAreSavepoints_data() { addBackends(); }
    void nestedTransactionsAreSavepoints()
    {
        QFETCH(QString, backend);
        STORE_SCRATCH(scratch, backend);
        StateStore store(scratch.location());
        STORE_VERIFY(store.open());
        IdempotencyLedger ledger(store);
        const StoreError refused{StoreError::Code::InvalidArgument, u"refused"_s, {}};
        // Outer commit: the inner success stays, the inner failure (and only it) is rolled back,
        // a failing statement inside the failed savepoint does not spoil the outer transaction.
        STORE_VERIFY(store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
            if (!ledger.record(u"outer-a"_s, u"created"_s, u"1"_s))
                return refused;
            auto inner = store.transaction([&](QSqlDatabase &innerDb) -> std::optional<StoreError> {
                if (!ledger.record(u"inner-failed"_s, u"created"_s, u"2"_s))
                    return refused;
                auto broken =
                    store.exec(innerDb, u"INSERT INTO no_such_table VALUES (?)"_s, {1}, u"failing"_s);
                return broken ? std::nullopt : std::optional(broken.error());
            });
            if (inner)
                return refused; // the inner work failed, so must the inner transaction
            auto recorded = ledger.recordAll({u"inner-b"_s, u"inner-c"_s}, u"sending"_s);
            if (!recorded || recorded.value() != 2)
                return refused;
            Q_UNUSED(db);
            return std::nullopt;
        }));
        for (const auto &[key, present] : {std::pair{u"outer-a"_s, true}, std::pair{u"inner-failed"_s, false},
                                           std::pair{u"inner-b"_s, true}, std::pair{u"inner-c"_s, true}}) {
            const auto found = ledger.find(key);
            STORE_VERIFY(found);
            QVERIFY2(found.value().has_value() == present, qPrintable(key));
        }
        // Outer rollback: nothing of the inner, committed savepoint survives.
        const auto rolledBack = store.transaction([&](QSqlDatabase &) -> std::optional<StoreError> {
            if (!ledger.record(u"gone"_s, u"created"_s, u"3"_s))
                return refused;
            return refused;
        });
        QVERIFY(!rolledBack);
        const auto gone = ledger.find(u"gone"_s);
        STORE_VERIFY(gone);
        QVERIFY(!gone.value().has_value());
        // And a plain transaction works again afterwards.
        STORE_VERIFY(ledger.record(u"after"_s, u"created"_s, u"4"_s));
    }

    void aFailedSingleStatementLeavesTheOuterTransactionUsable_data() { addBackends(); }
    void aFailedSingleStatementLeavesTheOuterTransactionUsable()
    {
        QFETCH(QString, backend);
        STORE_SCRATCH(scratch, backend);
        StateStore store(scratch.location());
        STORE_VERIFY(store.open());
        IdempotencyLedger ledger(store);
        CrossReferenceRepository xrefs(store);
        const StoreError refused{StoreError::Code::InvalidArgument, u"refused"_s, {}};
        CrossReference reference;
        reference.connectionPair = u"shop:books"_s;
        reference.objectType = u"order"_s;
        reference.storeId = u"1001"_s;
        reference.erpId = u"inv-1"_s;
        reference.matchKey = u"1001"_s;
        // Single-statement writes (a cross-reference, a ledger entry) run without a savepoint of
        // their own on SQLite: the second, refused by the unique store id, undoes only itself.
        STORE_VERIFY(store.transaction([&](QSqlDatabase &) -> std::optional<StoreError> {
            if (!xrefs.add(reference))
                return refused;
            reference.erpId = u"inv-2"_s;
            if (xrefs.add(reference))
                return refused; // the same store id twice must be refused
            if (!ledger.record(u"after-the-refusal"_s, u"created"_s, u"1"_s))
                return refused;
            return std::nullopt;
        }));
        const auto found = xrefs.findByStoreId(u"shop:books"_s, u"order"_s, u"1001"_s);
        STORE_VERIFY(found);
        QVERIFY(found.value().has_value());
        QCOMPARE(found.value()->erpId, u"inv-1"_s);
        const auto after = ledger.find(u"after-the-refusal"_s);
        STORE_VERIFY(after);
        QVERIFY(after.value().has_value());
    }

    void reopenKeepsDataAndDoesNotMigrateAgain_data() { addBackends(); }
    void reopenKeepsDataAndDoesNotMigrateAgain()
    {
        QFETCH(QString, backend);
        STORE_SCRATCH(scratch, backend);
        QString workspaceId;
        {
            StateStore store(scratch.location());
            STORE_VERIFY(store.open());
            WorkspaceRepository workspaces(store);
            const auto created = workspaces.createWorkspace(u"Shop ↔ Books"_s);
            STORE_VERIFY(created);
            workspaceId = created.value().id;
        }
        StateStore store(scratch.location());
        STORE_VERIFY(store.open());
        WorkspaceRepository workspaces(store);
        const auto all = workspaces.workspaces();
        STORE_VERIFY(all);
        QCOMPARE(all.value().size(), 1);
        QCOMPARE(all.value().at(0).id, workspaceId);
        QCOMPARE(all.value().at(0).name, u"Shop ↔ Books"_s);
        StoreTest::RawConnection raw(scratch.location());
        QCOMPARE(versionRows(raw),
                 QStringList({u"1:ledgerlink"_s, u"2:ledgerlink"_s, u"3:ledgerlink"_s, u"4:ledgerlink"_s}));
    }

    void upgradeFromVersion1_data() { addBackends(); }
    void upgradeFromVersion1()
    {
        QFETCH(QString, backend);
        STORE_SCRATCH(scratch, backend);
        qint64 jobId = 0;
        {
            StateStore store(scratch.location());
            STORE_VERIFY(store.open(1)); // a store written by a build that knew only migration 1
            const auto version = store.schemaVersion();
            STORE_VERIFY(version);
            QCOMPARE(version.value(), 1);
            WorkspaceRepository workspaces(store);
            STORE_VERIFY(workspaces.createWorkspace(u"Old workspace"_s));
            JobQueue queue(store);
            const auto id = queue.enqueue({u"order.push"_s, QJsonObject{{u"order"_s, u"1001"_s}}, 0, {}});
            STORE_VERIFY(id);
            jobId = id.value();
        }
        {
            StoreTest::RawConnection raw(scratch.location());
            QCOMPARE(versionRows(raw), QStringList({u"1:ledgerlink"_s}));
            QVERIFY(!raw.db().tables().contains(u"ll_runs"_s));
            QVERIFY(raw.db().tables().contains(u"ll_jobs"_s));
            if (backend == u"sqlite")
                QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 1);
        }
        StateStore store(scratch.location());
        STORE_VERIFY(store.open());
        const auto version = store.schemaVersion();
        STORE_VERIFY(version);
        QCOMPARE(version.value(), 4);
        WorkspaceRepository workspaces(store);
        const auto all = workspaces.workspaces();
        STORE_VERIFY(all);
        QCOMPARE(all.value().size(), 1);
        QCOMPARE(all.value().at(0).name, u"Old workspace"_s);
        JobQueue queue(store);
        const auto job = queue.job(jobId);
        STORE_VERIFY(job);
        QVERIFY(job.value().has_value());
        QCOMPARE(job.value()->payload, QJsonObject({{u"order"_s, u"1001"_s}}));
        RunRepository runs(store); // a table of migration 2
        const auto run = runs.startRun(RunKind::DryRun, u"shop-books"_s);
        STORE_VERIFY(run);
        QVERIFY(run.value().id > 0);
        StoreTest::RawConnection raw(scratch.location());
        QCOMPARE(versionRows(raw),
                 QStringList({u"1:ledgerlink"_s, u"2:ledgerlink"_s, u"3:ledgerlink"_s, u"4:ledgerlink"_s}));
    }

    void refuseNewerSchema_data() { addBackends(); }
    void refuseNewerSchema()
    {
        QFETCH(QString, backend);
        STORE_SCRATCH(scratch, backend);
        {
            StateStore store(scratch.location());
            STORE_VERIFY(store.open());
            WorkspaceRepository workspaces(store);
            STORE_VERIFY(workspaces.createWorkspace(u"Kept"_s));
        }
        {
            // What a future LedgerLink (schema 5) would leave behind.
            StoreTest::RawConnection raw(scratch.location());
            QVERIFY2(
                raw.exec(
                    u"INSERT INTO ll_schema_version (version, application, applied_ms) VALUES (5, 'ledgerlink', 0)"_s),
                qPrintable(raw.error()));
            QVERIFY2(raw.exec(u"CREATE TABLE ll_future (id INTEGER)"_s), qPrintable(raw.error()));
            if (backend == u"sqlite")
                QVERIFY2(raw.exec(u"PRAGMA user_version = 5"_s), qPrintable(raw.error()));
        }
        const QString path = scratch.location().sqlitePath;
        const QByteArray before = backend == u"sqlite" ? fileBytes(path) : QByteArray();
        if (backend == u"sqlite")
            QVERIFY(!before.isEmpty());

        StateStore store(scratch.location());
        const auto opened = store.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, StoreError::Code::NewerSchema);
        QVERIFY2(
            opened.error().message.contains(
                u"was written by a newer LedgerLink (schema 5, this build knows up to 4); it was not changed"_s),
            qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(backend == u"sqlite" ? path : scratch.location().database),
                 qPrintable(opened.error().message));
        QVERIFY(!store.isOpen());
        const auto use = WorkspaceRepository(store).workspaces();
        QVERIFY(!use.ok());
        QCOMPARE(use.error().code, StoreError::Code::OpenFailed);

        if (backend == u"sqlite")
            QCOMPARE(fileBytes(path), before);
        StoreTest::RawConnection raw(scratch.location());
        QCOMPARE(versionRows(raw),
                 QStringList({u"1:ledgerlink"_s, u"2:ledgerlink"_s, u"3:ledgerlink"_s, u"4:ledgerlink"_s,
                              u"5:ledgerlink"_s}));
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM ll_workspaces"_s).toInt(), 1);
    }

    void refuseForeignDatabase_data() { addBackends(); }
    void refuseForeignDatabase()
    {
        QFETCH(QString, backend);
        STORE_SCRATCH(scratch, backend);
        {
            StoreTest::RawConnection raw(scratch.location());
            QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
            QVERIFY2(raw.exec(u"CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT)"_s),
                     qPrintable(raw.error()));
            QVERIFY2(raw.exec(u"INSERT INTO customers (id, email) VALUES (1, 'a@example.com')"_s),
                     qPrintable(raw.error()));
        }
        const QString path = scratch.location().sqlitePath;
        const QByteArray before = backend == u"sqlite" ? fileBytes(path) : QByteArray();

        StateStore store(scratch.location());
        const auto opened = store.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, StoreError::Code::ForeignDatabase);
        QVERIFY2(opened.error().message.contains(u"is not a LedgerLink state store"_s),
                 qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(u"it was not changed"_s),
                 qPrintable(opened.error().message));

        if (backend == u"sqlite") {
            QCOMPARE(fileBytes(path), before);
            QVERIFY(opened.error().message.contains(path));
        }
        StoreTest::RawConnection raw(scratch.location());
        QStringList tables = raw.db().tables(QSql::Tables);
        QCOMPARE(tables, QStringList{u"customers"_s});
        QCOMPARE(raw.scalar(u"SELECT email FROM customers WHERE id = 1"_s).toString(), u"a@example.com"_s);
    }

    void refuseFileThatIsNotADatabase_data()
    {
        QTest::addColumn<QByteArray>("content");
        QByteArray random(4096, '\0');
        for (char &byte : random)
            byte = char(QRandomGenerator::global()->bounded(256));
        random[0] = 'X'; // never the SQLite magic by chance
        QTest::newRow("random bytes") << random;
        QTest::newRow("text file") << QByteArray("Order 1001, 19.99 EUR\nOrder 1002, 5.00 EUR\n");
        // The SQLite magic followed by garbage: only SQLite itself can tell.
        QByteArray header("SQLite format 3\0", 16);
        header.append(QByteArray(4080, '\xAB'));
        QTest::newRow("sqlite header, garbage body") << header;
    }
    void refuseFileThatIsNotADatabase()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"broken.llstore"_s);
        QVERIFY(writeFile(path, content));

        StateStore store(StoreLocation::sqlite(path));
        const auto opened = store.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, StoreError::Code::NotADatabase);
        QVERIFY2(opened.error().message.contains(u"the state store "_s + path),
                 qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(u"is not a SQLite database"_s),
                 qPrintable(opened.error().message));
        QCOMPARE(fileBytes(path), content);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"broken.llstore"_s});
    }

    void missingFolderNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"no/such/folder/workspace.llstore"_s);
        StateStore store(StoreLocation::sqlite(path));
        const auto opened = store.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, StoreError::Code::OpenFailed);
        QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
        QVERIFY(!QFile::exists(path));
    }

    void lockedDatabase()
    {
        QTemporaryDir dir;
        StoreLocation location = StoreLocation::sqlite(dir.filePath(u"locked.llstore"_s));
        location.busyTimeoutMs = 300;
        StateStore store(location);
        STORE_VERIFY(store.open());
        WorkspaceRepository workspaces(store);
        STORE_VERIFY(workspaces.createWorkspace(u"Before the lock"_s));

        StoreTest::RawConnection other(location);
        QVERIFY2(other.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(other.error()));
        QVERIFY2(
            other.exec(
                u"INSERT INTO ll_workspaces (id, name, created_ms) VALUES ('other', 'Other writer', 0)"_s),
            qPrintable(other.error()));

        QElapsedTimer timer;
        timer.start();
        const auto blocked = workspaces.createWorkspace(u"Blocked"_s);
        const qint64 waited = timer.elapsed();
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.error().code, StoreError::Code::Locked);
        QVERIFY2(blocked.error().message.contains(u"database is locked"_s),
                 qPrintable(blocked.error().message));
        QVERIFY2(blocked.error().message.contains(location.sqlitePath), qPrintable(blocked.error().message));
        QVERIFY2(waited >= 250, qPrintable(u"gave up after %1 ms, before the busy timeout"_s.arg(waited)));
        QVERIFY2(waited < 5000, qPrintable(u"waited %1 ms"_s.arg(waited)));

        QVERIFY2(other.exec(u"ROLLBACK"_s), qPrintable(other.error()));
        const auto all = workspaces.workspaces();
        STORE_VERIFY(all);
        QCOMPARE(all.value().size(), 1);
        QCOMPARE(all.value().at(0).name, u"Before the lock"_s);
        // The lock gone, the same write succeeds.
        STORE_VERIFY(workspaces.createWorkspace(u"After the lock"_s));
        QCOMPARE(workspaces.workspaces().value().size(), 2);
    }

    void diskFull()
    {
        QTemporaryDir dir;
        StateStore store(StoreLocation::sqlite(dir.filePath(u"full.llstore"_s)));
        STORE_VERIFY(store.open());
        RunRepository runs(store);
        const auto run = runs.startRun(RunKind::DryRun, u"shop-books"_s);
        STORE_VERIFY(run);
        const QList<PlanItem> small{{0, 0, u"order"_s, u"1001"_s, PlanAction::Create, u"#1001"_s, {}, {}, {}},
                                    {0, 0, u"order"_s, u"1002"_s, PlanAction::Skip, u"#1002"_s, {}, {}, {}}};
        STORE_VERIFY(runs.addPlanItems(run.value().id, small));

        // Simulate a full disk: this connection may not grow the database any further.
        auto db = store.database();
        STORE_VERIFY(db);
        {
            QSqlQuery query(db.value());
            QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
            const int pages = query.value(0).toInt();
            QVERIFY(pages > 0);
            query.finish();
            QVERIFY(query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), pages);
        }
        const QString big(200000, u'x');
        QList<PlanItem> large;
        for (int i = 0; i < 5; ++i)
            large.append({0,
                          0,
                          u"order"_s,
                          QString::number(2000 + i),
                          PlanAction::Update,
                          u"#x"_s,
                          QJsonObject{{u"note"_s, big}},
                          {},
                          {}});
        const auto full = runs.addPlanItems(run.value().id, large);
        QVERIFY(!full.ok());
        QCOMPARE(full.error().code, StoreError::Code::DiskFull);
        QVERIFY2(full.error().message.contains(u"disk is full"_s), qPrintable(full.error().message));
        QVERIFY2(full.error().message.contains(store.location().sqlitePath),
                 qPrintable(full.error().message));

        const auto plan = runs.plan(run.value().id);
        STORE_VERIFY(plan);
        QCOMPARE(plan.value().size(), 2);
        QCOMPARE(plan.value().at(0).objectId, u"1001"_s);
        QCOMPARE(plan.value().at(1).objectId, u"1002"_s);
        {
            QSqlQuery query(db.value());
            QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"ok"_s);
        }
    }

    void auditQueriesUseIndexes_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QVariantList>("values");
        QTest::addColumn<QString>("index");
        QTest::newRow("order number / SKU / email")
            << u"match_key = ? AND object_type = ?"_s << QVariantList{u"#1001"_s, u"order"_s}
            << u"ll_audit_match"_s;
        QTest::newRow("match key alone")
            << u"match_key = ?"_s << QVariantList{u"#1001"_s} << u"ll_audit_match"_s;
        QTest::newRow("time range") << u"ts_ms >= ? AND ts_ms < ?"_s << QVariantList{qint64(0), qint64(1000)}
                                    << u"ll_audit_time"_s;
        QTest::newRow("result") << u"result = ?"_s << QVariantList{u"failed"_s} << u"ll_audit_result"_s;
        QTest::newRow("object type") << u"object_type = ?"_s << QVariantList{u"order"_s}
                                     << u"ll_audit_type_time"_s;
    }
    void auditQueriesUseIndexes()
    {
        QFETCH(QString, where);
        QFETCH(QVariantList, values);
        QFETCH(QString, index);
        QTemporaryDir dir;
        StateStore store(StoreLocation::sqlite(dir.filePath(u"plan.llstore"_s)));
        STORE_VERIFY(store.open());
        auto db = store.database();
        STORE_VERIFY(db);
        // The statement shape AuditLog::query() builds for that filter.
        QSqlQuery query(db.value());
        QVERIFY(query.prepare(u"EXPLAIN QUERY PLAN SELECT * FROM ll_audit WHERE "_s + where
                              + u" ORDER BY ts_ms DESC, id DESC LIMIT 100 OFFSET 0"_s));
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QStringList plan;
        while (query.next())
            plan.append(query.value(3).toString());
        QVERIFY2(plan.join(u'\n').contains(u"USING INDEX "_s + index), qPrintable(plan.join(u" | "_s)));
        QVERIFY2(!plan.join(u'\n').contains(u"SCAN ll_audit"_s), qPrintable(plan.join(u" | "_s)));
    }

    void postgresRefusesConnection()
    {
        // A port on which nothing listens: bind one, then let it go.
        quint16 port = 0;
        {
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost));
            port = server.serverPort();
        }
        StoreLocation location = StoreLocation::postgres(u"127.0.0.1"_s, port, u"ledgerlink"_s, u"postgres"_s,
                                                         u"s3cret-password"_s);
        location.connectTimeoutSeconds = 5;
        StateStore store(location);
        const auto opened = store.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, StoreError::Code::ConnectionFailed);
        QVERIFY2(opened.error().message.contains(u"127.0.0.1:%1"_s.arg(port)),
                 qPrintable(opened.error().message));
        QVERIFY2(!opened.error().message.contains(u"s3cret-password"_s), qPrintable(opened.error().message));
        QVERIFY(!store.isOpen());
    }

    void postgresReconnectsAfterLostConnection()
    {
        STORE_SCRATCH(scratch, u"postgres"_s);
        StateStore store(scratch.location());
        STORE_VERIFY(store.open());
        WorkspaceRepository workspaces(store);
        STORE_VERIFY(workspaces.createWorkspace(u"Before"_s));
        {
            // The server ends this thread's session (a restart or an administrator would).
            StoreTest::RawConnection admin(scratch.location());
            QVERIFY2(admin.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                u"WHERE datname = current_database() AND pid <> pg_backend_pid()"_s),
                     qPrintable(admin.error()));
        }
        const auto lost = workspaces.createWorkspace(u"Lost"_s);
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, StoreError::Code::ConnectionFailed);
        QVERIFY2(lost.error().message.contains(
                     u"%1:%2"_s.arg(scratch.location().host).arg(scratch.location().port)),
                 qPrintable(lost.error().message));
        // The next use opens a new connection.
        STORE_VERIFY(workspaces.createWorkspace(u"After"_s));
        const auto all = workspaces.workspaces();
        STORE_VERIFY(all);
        QCOMPARE(all.value().size(), 2);
        QCOMPARE(all.value().at(0).name, u"After"_s);
        QCOMPARE(all.value().at(1).name, u"Before"_s);
    }

    void connectionPerThread_data() { addBackends(); }
    void connectionPerThread()
    {
        QFETCH(QString, backend);
        STORE_SCRATCH(scratch, backend);
        QStringList threadNames;
        QString mainName;
        {
            StateStore store(scratch.location());
            STORE_VERIFY(store.open());
            {
                const auto mainDb = store.database();
                STORE_VERIFY(mainDb);
                mainName = mainDb.value().connectionName();
            }
            QVERIFY(mainName.startsWith(u"ledgerlink-"_s + store.storeId() + u'-'));
            QCOMPARE(store.database().value().connectionName(), mainName); // same thread, same connection

            QMutex mutex;
            QStringList errors;
            std::vector<std::thread> threads;
            for (int i = 0; i < 3; ++i) {
                threads.emplace_back([&, i] {
                    const auto db = store.database();
                    const auto created = WorkspaceRepository(store).createWorkspace(u"thread %1"_s.arg(i));
                    const QMutexLocker locker(&mutex);
                    if (!db.ok() || !created.ok()) {
                        errors.append(db.ok() ? created.error().message : db.error().message);
                        return;
                    }
                    threadNames.append(db.value().connectionName());
                });
            }
            for (std::thread &thread : threads)
                thread.join();
            QCOMPARE(errors, QStringList());
            QCOMPARE(threadNames.size(), 3);
            QStringList distinct = threadNames;
            distinct.append(mainName);
            distinct.removeDuplicates();
            QCOMPARE(distinct.size(), 4);
            // Each thread's connection went with its thread.
            for (const QString &name : std::as_const(threadNames))
                QVERIFY2(!QSqlDatabase::contains(name), qPrintable(name));
            QVERIFY(QSqlDatabase::contains(mainName));
            QCOMPARE(WorkspaceRepository(store).workspaces().value().size(), 3);

            store.closeThreadConnection();
            QVERIFY(!QSqlDatabase::contains(mainName));
            QCOMPARE(WorkspaceRepository(store).workspaces().value().size(), 3); // reopened on use
            QVERIFY(QSqlDatabase::contains(mainName));
        }
        QVERIFY(!QSqlDatabase::contains(mainName));
    }

    /// A store destroyed right after the QThread that wrote through it finished: QThread::wait()
    /// returns before the thread's thread_local clean-up has run, so the store's destructor (which
    /// removes the thread's connection, finalizing its statements) and that clean-up (which released
    /// the thread's cached statements) ran at the same time and finalized the same statements twice:
    /// "double free or corruption", about one run in four of bench_webhookload. Now a connection's
    /// statements are released under the store's lock by whichever removes the connection. Many
    /// cached statements make the clean-up long enough for the old race to be hit in most rounds.
    void storeDestroyedRightAfterItsWriterThreadEnds()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (int round = 0; round < 20; ++round) {
            auto store = std::make_unique<StateStore>(
                StoreLocation::sqlite(dir.filePath(u"round-%1.sqlite"_s.arg(round))));
            STORE_VERIFY(store->open());
            std::atomic<int> written = 0;
            std::unique_ptr<QThread> writer(QThread::create([&] {
                for (int i = 0; i < 300; ++i) {
                    // 300 distinct statements: 300 prepared statements cached for this thread.
                    if (store->write(
                            u"INSERT INTO ll_settings (setting_key, value, updated_ms) VALUES ('k%1', ?, ?)"_s
                                .arg(i),
                            {u"v"_s, i}, u"saving a setting"_s))
                        ++written;
                }
            }));
            writer->start();
            QVERIFY(writer->wait(30000));
            store.reset(); // at once, while the writer's thread may still be cleaning up
            QCOMPARE(written.load(), 300);
        }
    }
};

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
