// The fault matrix, storage rows (issue 10): the disk fills up while the engine writes its audit
// log, another process holds the SQLite file's lock, the PostgreSQL server ends the engine's
// session in the middle of a transaction, the state file is damaged inside. Each asserts that
// nothing is lost and nothing is duplicated (exact invoices in the sandbox books, exact rows), and
// that where a person must act, the message says what happened and what to do.
//
// The engine runs as the user runs it: `ledgerlink-cli run` against `ledgerlink-cli sandbox serve`
// (real processes). The full disk is a file-size limit (RLIMIT_FSIZE, set by the shell's ulimit for
// the engine's process only; SIGXFSZ ignored, so a write past the limit fails with EFBIG as it would
// on a full or size-limited file system): no root, no loop device, no FUSE.
#include "../store/storetestsupport.h"

#include "store/auditlog.h"
#include "store/idempotencyledger.h"
#include "store/jobqueue.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QScopeGuard>
#include <QtCore/QSet>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <cstdio>

#include "clitestsupport.h"
#include "sandboxprocess.h"

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using LedgerLink::Testing::CliResult;

namespace {

QString cli()
{
    return qEnvironmentVariable("LEDGERLINK_CLI");
}

/// `ledgerlink-cli ARGS` with LEDGERLINK_WORKSPACES_DIR and HOME inside `home`.
CliResult runCli(const QStringList &arguments, const QString &home, const QByteArray &input = {})
{
    return Testing::runCliProcess(
        arguments,
        {{u"HOME"_s, home}, {u"LEDGERLINK_WORKSPACES_DIR"_s, QDir(home).filePath(u"workspaces"_s)}}, input);
}

/// The same, with the engine's files limited to `limitKiB` KiB (RLIMIT_FSIZE) and SIGXFSZ ignored.
CliResult runCliWithFileSizeLimit(const QStringList &arguments, const QString &home, int limitKiB)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"LEDGERLINK_WORKSPACES_DIR"_s, QDir(home).filePath(u"workspaces"_s));
    process.setProcessEnvironment(env);
    process.start(
        u"bash"_s,
        QStringList{u"-c"_s, u"trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\""_s.arg(limitKiB), cli()}
            + arguments);
    if (!process.waitForStarted() || !process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

using Testing::SandboxProcess;

QHash<QString, int> bookReferences(const QUrl &booksUrl)
{
    return Testing::sandboxBookReferences(booksUrl);
}

/// `ledgerlink-cli sandbox serve` for `workspace` (the bundled sandbox mapping in it) with HOME and
/// LEDGERLINK_WORKSPACES_DIR inside `home`, `extraOrders` synthetic orders and no write delay.
bool startSandbox(SandboxProcess &sandbox, const QString &home, const QString &workspace, int extraOrders,
                  QString *why)
{
    if (!QDir().mkpath(workspace)
        || !Testing::writeSandboxMapping(QDir(workspace).filePath(u"mapping.json"_s))) {
        *why = u"cannot write the sandbox mapping into "_s + workspace;
        return false;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"LEDGERLINK_WORKSPACES_DIR"_s, QDir(home).filePath(u"workspaces"_s));
    return sandbox.start(env, workspace,
                         {u"--orders"_s, QString::number(extraOrders), u"--write-delay-ms"_s, u"0"_s,
                          u"--rate-limits"_s, u"off"_s},
                         why);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Order numbers with an ok create/update (or a skip) in the audit log, and those with a dead row.
struct AuditOutcome
{
    QSet<QString> written;
    QSet<QString> dead;
    bool ok = false;
};

AuditOutcome auditOutcome(const QString &home, const QString &workspace)
{
    const CliResult r = runCli(
        {u"audit"_s, u"search"_s, u"--workspace"_s, workspace, u"--limit"_s, u"1000000"_s, u"--json"_s},
        home);
    AuditOutcome outcome;
    outcome.ok = r.exitCode == 0;
    for (const QJsonValue &value : r.json().array()) {
        const QJsonObject row = value.toObject();
        const QString number = row.value(u"match_key"_s).toString();
        if (row.value(u"object"_s).toString() != u"order" || number.isEmpty())
            continue;
        const QString operation = row.value(u"operation"_s).toString();
        const QString result = row.value(u"result"_s).toString();
        if ((operation == u"create" || operation == u"update") && result == u"ok")
            outcome.written.insert(number);
        else if (result == u"dead")
            outcome.dead.insert(number);
    }
    return outcome;
}

/// Every invoice in the books exactly once, and the audit log's written orders are exactly the
/// books' references (the dead-lettered ones apart, which are not in the books).
void verifyBooksAndAudit(const QString &home, const QString &workspace, const QUrl &books, int invoices,
                         const QStringList &deadOrders)
{
    const QHash<QString, int> references = bookReferences(books);
    QVERIFY2(!references.contains(u"<error>"_s), "the books answered every page");
    const QStringList duplicates = Testing::duplicatedReferences(references);
    QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(u", "_s)));
    QCOMPARE(references.size(), invoices);

    const AuditOutcome audit = auditOutcome(home, workspace);
    QVERIFY(audit.ok);
    QSet<QString> inBooks;
    for (auto it = references.cbegin(); it != references.cend(); ++it)
        inBooks.insert(it.key().mid(1)); // "#1001" → "1001"
    QStringList missing;
    for (const QString &number : std::as_const(inBooks))
        if (!audit.written.contains(number))
            missing << number;
    missing.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"in the books without an ok audit row: "_s + missing.join(u", "_s)));
    QCOMPARE(audit.written.size(), qsizetype(invoices));

    const CliResult letters = runCli({u"dlq"_s, u"list"_s, u"--workspace"_s, workspace, u"--json"_s}, home);
    QCOMPARE(letters.exitCode, 0);
    QStringList open;
    for (const QJsonValue &letter : letters.json().array())
        open << letter[u"object_id"_s].toString();
    QCOMPARE(open.size(), deadOrders.size());
    for (const QString &number : deadOrders) {
        QVERIFY2(audit.dead.contains(number), qPrintable(number));
        QVERIFY2(!inBooks.contains(number), qPrintable(number));
    }
}

/// The number of the order the dead letter of a run names (the synthetic order with the mug).
QStringList deadLetterOrders(const QString &home, const QString &workspace)
{
    const CliResult letters = runCli({u"dlq"_s, u"list"_s, u"--workspace"_s, workspace, u"--json"_s}, home);
    QStringList numbers;
    for (const QJsonValue &letter : letters.json().array()) {
        const QJsonObject payload = letter[u"payload"_s].toObject();
        numbers << payload.value(u"match_key"_s).toString();
    }
    return numbers;
}

constexpr const char *lockHolderVariable = "LEDGERLINK_FAULT_HOLD_LOCK";

/// The other process: holds the write lock of the SQLite file named by LEDGERLINK_FAULT_HOLD_LOCK
/// with an uncommitted row in it until a line arrives on standard input, then rolls back.
int holdLock(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int code = 1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
        db.setDatabaseName(qEnvironmentVariable(lockHolderVariable));
        QSqlQuery query(db);
        if (db.open() && query.exec(u"BEGIN EXCLUSIVE"_s)
            && query.exec(
                u"INSERT INTO ll_settings (setting_key, value, updated_ms) VALUES ('held', 'by another "
                u"process', 0)"_s)) {
            QFile out;
            if (out.open(stdout, QIODevice::WriteOnly)) {
                out.write("holding the lock\n");
                out.flush();
            }
            QFile in;
            if (in.open(stdin, QIODevice::ReadOnly))
                in.readLine();
            code = query.exec(u"ROLLBACK"_s) ? 0 : 1;
        } else {
            std::fprintf(stderr, "cannot hold the lock: %s\n", qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"holder"_s);
    return code;
}

} // namespace

class TestFaultsStorage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cli()), "LEDGERLINK_CLI must name the built ledgerlink-cli (set by CTest)");
        QVERIFY2(!QStandardPaths::findExecutable(u"bash"_s).isEmpty(), "bash sets the file-size limit");
    }

    /// Disk full while writing the audit log: the engine's files may not grow past 1800 KiB. The
    /// first writes go out, then a batch's bookkeeping (audit rows, cross-references, job states:
    /// one commit) cannot be saved. The run stops with a message saying what to do; the next run,
    /// with space again, looks up what went out unrecorded instead of writing it twice.
    void diskFullWhileWritingTheAuditLog()
    {
        QTemporaryDir home;
        const QString workspace = home.filePath(u"W"_s);
        SandboxProcess sandbox;
        QString why;
        QVERIFY2(startSandbox(sandbox, home.path(), workspace, 200, &why), qPrintable(why));
        const QString state = QDir(workspace).filePath(u"state.sqlite"_s);

        CliResult r = runCli({u"status"_s, u"--workspace"_s, workspace}, home.path()); // creates the store
        QCOMPARE(r.exitCode, 0);
        const qint64 created = QFileInfo(state).size();
        QVERIFY2(created > 0 && created < 1800 * 1024, qPrintable(QString::number(created)));

        r = runCliWithFileSizeLimit({u"run"_s, u"--workspace"_s, workspace}, home.path(), 1800);
        QVERIFY2(r.exitCode == 1, qPrintable(u"exit code %1\n"_s.arg(r.exitCode) + r.out + r.err));
        const QString expected =
            u"ledgerlink-cli: Could not finish saving the transaction: the state store %1 could not be "
            u"written "
            u"(disk I/O error): the disk is full or the file has reached its size limit. Free some space and "
            u"try again; the change was rolled back and the data saved before is intact."_s.arg(state);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        const QHash<QString, int> during = bookReferences(sandbox.books());
        QVERIFY2(!during.isEmpty() && !during.contains(u"<error>"_s),
                 "some invoices went out before the disk was full");
        QVERIFY2(during.size() < 212, qPrintable(QString::number(during.size())));

        // The file is intact.
        {
            StoreTest::RawConnection raw(Store::StoreLocation::sqlite(state));
            QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
            QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        }

        // Space again: the next run finishes the work, and the invoices written but not recorded
        // are found, not created twice.
        r = runCli({u"run"_s, u"--workspace"_s, workspace, u"--json"_s}, home.path());
        // 1 when the sandbox's order with an unknown SKU became a dead letter in this run, 0 when
        // the first run recorded it before the disk was full.
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        QVERIFY2(!r.json().object().contains(u"error"_s), qPrintable(r.out));
        const QStringList dead = deadLetterOrders(home.path(), workspace);
        QCOMPARE(dead.size(), 1);
        verifyBooksAndAudit(home.path(), workspace, sandbox.books(), 212, dead);
        r = runCli({u"status"_s, u"--workspace"_s, workspace}, home.path());
        QVERIFY2(r.out.contains(u"Jobs: 0 queued, 0 leased, 0 waiting to retry"_s), qPrintable(r.out));
    }

    /// Another process (this test binary in its lock-holder mode) holds the state file's write lock: the
    /// engine waits its busy timeout, stops before writing anything anywhere, and says the file is in use.
    /// Once the other process lets go, the run syncs every order once.
    void sqliteFileLockedByAnotherProcess()
    {
        QTemporaryDir home;
        const QString workspace = home.filePath(u"W"_s);
        SandboxProcess sandbox;
        QString why;
        QVERIFY2(startSandbox(sandbox, home.path(), workspace, 0, &why), qPrintable(why));
        const QString state = QDir(workspace).filePath(u"state.sqlite"_s);
        CliResult r = runCli({u"status"_s, u"--workspace"_s, workspace}, home.path());
        QCOMPARE(r.exitCode, 0);

        QProcess holder;
        holder.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment holderEnv = QProcessEnvironment::systemEnvironment();
        holderEnv.insert(QString::fromLatin1(lockHolderVariable), state);
        holder.setProcessEnvironment(holderEnv);
        holder.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(holder.waitForStarted());
        const auto release = qScopeGuard([&holder] {
            if (holder.state() != QProcess::NotRunning) {
                holder.kill();
                holder.waitForFinished(5000);
            }
        });
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT((said += holder.readAll()).contains("holding the lock"), said.constData(),
                                  10000);
        const auto heldElsewhere = [&state] {
            StoreTest::RawConnection probe(Store::StoreLocation::sqlite(state));
            return probe.isOpen() && !probe.exec(u"BEGIN IMMEDIATE"_s) && probe.error().contains(u"locked"_s);
        };
        QTRY_VERIFY_WITH_TIMEOUT(heldElsewhere(), 10000);

        r = runCli({u"run"_s, u"--workspace"_s, workspace}, home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"the state store %1 is in use by another connection (database is locked); "
                                u"nothing was changed. Try again later."_s.arg(state)),
                 qPrintable(r.err));
        const QHash<QString, int> whileLocked = bookReferences(sandbox.books());
        QVERIFY2(whileLocked.isEmpty(), "nothing is written to the books while the state store is locked");

        holder.write("release\n");
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
        QVERIFY2(holder.exitCode() == 0, holder.readAll().constData());

        r = runCli({u"run"_s, u"--workspace"_s, workspace, u"--json"_s}, home.path());
        QCOMPARE(r.exitCode, 1); // #1010: a SKU the books do not know
        QCOMPARE(r.json().object().value(u"created"_s).toInt(), 12);
        QCOMPARE(r.json().object().value(u"dead"_s).toInt(), 1);
        verifyBooksAndAudit(home.path(), workspace, sandbox.books(), 12, {u"1010"_s});
        StoreTest::RawConnection raw(Store::StoreLocation::sqlite(state));
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM ll_settings WHERE setting_key = 'held'"_s).toInt(), 0);
    }

    /// The PostgreSQL server ends the engine's session between two statements of a batch's
    /// bookkeeping (what an administrator's pg_terminate_backend, a crash of the backend or a
    /// restart of the server does): none of the batch's rows are kept, the error names the
    /// server, and doing the batch again records each row once.
    void postgresKilledMidTransaction()
    {
        STORE_SCRATCH(scratch, u"postgres"_s);
        Store::StateStore store(scratch.location());
        STORE_VERIFY(store.open());
        Store::JobQueue queue(store);
        for (const QString &order : {u"1001"_s, u"1002"_s, u"1003"_s})
            STORE_VERIFY(queue.enqueue({u"push.order"_s, QJsonObject{{u"order_id"_s, order}}, 0, {}}));
        const auto leased = queue.lease(u"worker-a"_s, 10, std::chrono::milliseconds(300000));
        STORE_VERIFY(leased);
        QCOMPARE(leased.value().size(), 3);

        // The batch's bookkeeping, as the executor records it: per job an idempotency key, an audit
        // row and the job's completion, all in one transaction.
        const auto record = [&](bool killHalfway) {
            return store.transaction([&](QSqlDatabase &db) -> std::optional<Store::StoreError> {
                int step = 0;
                for (const Store::Job &job : leased.value()) {
                    const QString order = job.payload.value(u"order_id"_s).toString();
                    if (auto r = Store::IdempotencyLedger(store).record(u"order:%1:create"_s.arg(order),
                                                                        u"ok"_s, u"INV-"_s + order);
                        !r)
                        return r.error();
                    Store::AuditEntry entry;
                    entry.jobId = job.id;
                    entry.objectType = u"order"_s;
                    entry.matchKey = order;
                    entry.operation = u"create"_s;
                    entry.result = u"ok"_s;
                    if (auto r = Store::AuditLog(store).append(entry); !r)
                        return r.error();
                    if (killHalfway && ++step == 2) {
                        QSqlQuery pid(db);
                        if (!pid.exec(u"SELECT pg_backend_pid()"_s) || !pid.next())
                            return Store::StoreError{Store::StoreError::Code::QueryFailed, u"no pid"_s, {}};
                        QString why;
                        if (!StoreTest::adminExec(
                                scratch.location(),
                                u"SELECT pg_terminate_backend(%1)"_s.arg(pid.value(0).toInt()), &why))
                            return Store::StoreError{Store::StoreError::Code::QueryFailed, why, {}};
                    }
                    if (auto r = queue.complete(job.id, u"worker-a"_s); !r)
                        return r.error();
                }
                return std::nullopt;
            });
        };

        const auto killed = record(true);
        QVERIFY(!killed.ok());
        QCOMPARE(killed.error().code, Store::StoreError::Code::ConnectionFailed);
        QVERIFY2(
            killed.error().message.startsWith(
                u"Lost the connection to the PostgreSQL server at %1:%2 while "_s.arg(scratch.location().host)
                    .arg(scratch.location().port)),
            qPrintable(killed.error().message));

        {
            StoreTest::RawConnection raw(scratch.location());
            QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
            QCOMPARE(raw.scalar(u"SELECT count(*) FROM ll_idempotency"_s).toInt(), 0);
            QCOMPARE(raw.scalar(u"SELECT count(*) FROM ll_audit"_s).toInt(), 0);
            QCOMPARE(raw.scalar(u"SELECT count(*) FROM ll_jobs WHERE state = 'leased' AND lease_owner = "
                                u"'worker-a'"_s)
                         .toInt(),
                     3);
        }

        // The next use reconnects; the whole batch is recorded once.
        STORE_VERIFY(record(false));
        StoreTest::RawConnection raw(scratch.location());
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM ll_idempotency"_s).toInt(), 3);
        QCOMPARE(raw.scalar(u"SELECT count(DISTINCT idem_key) FROM ll_idempotency"_s).toInt(), 3);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM ll_audit"_s).toInt(), 3);
        QCOMPARE(raw.scalar(u"SELECT count(DISTINCT match_key) FROM ll_audit"_s).toInt(), 3);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM ll_jobs WHERE state = 'done'"_s).toInt(), 3);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM ll_jobs"_s).toInt(), 3);
    }

    /// A state file damaged inside (a disk or copy error overwrote pages; the header is intact)
    /// or cut short: every command refuses it with a message naming the file and keeps it byte
    /// for byte — the user's only copy of the cross-references must never be "repaired" away.
    void stateFileCorruptedInside_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("pages overwritten") << u"overwrite"_s;
        QTest::newRow("cut short") << u"truncate"_s;
    }
    void stateFileCorruptedInside()
    {
        QFETCH(QString, damage);
        QTemporaryDir home;
        const QString workspace = home.filePath(u"W"_s);
        SandboxProcess sandbox;
        QString why;
        QVERIFY2(startSandbox(sandbox, home.path(), workspace, 0, &why), qPrintable(why));
        CliResult r = runCli({u"run"_s, u"--workspace"_s, workspace}, home.path());
        QCOMPARE(r.exitCode, 1); // #1010
        const QString state = QDir(workspace).filePath(u"state.sqlite"_s);
        QVERIFY(!QFile::exists(state + u"-wal"_s) || QFileInfo(state + u"-wal"_s).size() == 0);
        QByteArray bytes = fileBytes(state);
        QVERIFY(bytes.size() > 16 * 4096);
        if (damage == u"overwrite") {
            // Pages 2 to 9: the schema's and the first tables' b-tree pages.
            for (qsizetype i = 4096; i < 10 * 4096; ++i)
                bytes[i] = char(0xA5 ^ (i & 0xFF));
        } else {
            bytes.truncate(bytes.size() / 2);
        }
        {
            QFile file(state);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(bytes), bytes.size());
        }

        for (const QStringList &command : {QStringList{u"run"_s, u"--workspace"_s, workspace},
                                           QStringList{u"status"_s, u"--workspace"_s, workspace},
                                           QStringList{u"dlq"_s, u"list"_s, u"--workspace"_s, workspace}}) {
            r = runCli(command, home.path());
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(u"the state store %1 is damaged"_s.arg(state))
                         && r.err.contains(u"it was not changed"_s),
                     qPrintable(command.join(u' ') + u": "_s + r.err));
            QCOMPARE(fileBytes(state), bytes);
        }
        // Nothing was written to the books a second time.
        QCOMPARE(bookReferences(sandbox.books()).size(), 12);
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(lockHolderVariable))
        return holdLock(argc, argv);
    QCoreApplication app(argc, argv);
    TestFaultsStorage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_faultsstorage.moc"
