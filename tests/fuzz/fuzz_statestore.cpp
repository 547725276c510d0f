// libFuzzer target: the state store (core/store) opening a corrupted file. Input: the bytes of
// the SQLite file. It is written to a scratch directory, opened (which checks the file and runs
// the migrations) and read through the repositories. Whatever the file holds, every step must
// return a result or a StoreError, never crash or hang; a store that opens must read.
// Seeds: tests/fuzz/corpus/fuzz_statestore/ and, at run time, fresh stores of every schema
// version (LEDGERLINK_FUZZ_WRITE_SEEDS=<dir> makes this binary write them and exit; see
// run-fuzzers.sh).
#include "fuzzsupport.h"

#include "store/auditlog.h"
#include "store/deadletterrepository.h"
#include "store/jobqueue.h"
#include "store/statestore.h"
#include "store/workspacerepository.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;
namespace Store = LedgerLink::Store;

namespace {

QString scratchBase()
{
    return QDir(u"/dev/shm"_s).exists() ? u"/dev/shm/ledgerlink-fuzz-XXXXXX"_s
                                        : QDir::tempPath() + u"/ledgerlink-fuzz-XXXXXX"_s;
}

QTemporaryDir &scratch()
{
    static QTemporaryDir dir(scratchBase());
    return dir;
}

/// Writes a fresh store of each schema version into `directory` (the seeds of this target).
void writeSeeds(const QString &directory)
{
    QDir().mkpath(directory);
    for (int version = 1; version <= Store::StateStore::latestSchemaVersion(); ++version) {
        const QString path = QDir(directory).filePath(u"fresh-v%1.db"_s.arg(version));
        QFile::remove(path);
        {
            Store::StateStore store(Store::StoreLocation::sqlite(path));
            if (!store.open(version).ok())
                std::fprintf(stderr, "could not write the seed store of version %d\n", version);
        }
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    LedgerLink::Fuzz::initializeQt(argc, argv);
    if (qEnvironmentVariableIsSet("LEDGERLINK_FUZZ_WRITE_SEEDS")) {
        writeSeeds(qEnvironmentVariable("LEDGERLINK_FUZZ_WRITE_SEEDS"));
        std::exit(0);
    }
    LEDGERLINK_FUZZ_CHECK(scratch().isValid(), "a scratch directory");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = scratch().filePath(u"state.db"_s);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
    {
        QFile file(path);
        LEDGERLINK_FUZZ_CHECK(file.open(QIODevice::WriteOnly), "the scratch file opens");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }

    Store::StoreLocation location = Store::StoreLocation::sqlite(path);
    location.busyTimeoutMs = 100;
    Store::StateStore store(location);
    const Store::StoreResult<void> opened = store.open();
    if (!opened.ok()) {
        LEDGERLINK_FUZZ_CHECK(!opened.error().message.isEmpty(), "a refused store says why");
        return 0;
    }
    // A store that opened is read through every kind of repository; each answers or errs.
    (void)store.schemaVersion();
    Store::AuditQuery everything;
    everything.limit = 20;
    (void)Store::AuditLog(store).query(everything);
    (void)Store::AuditLog(store).count(everything);
    (void)Store::JobQueue(store).counts();
    (void)Store::JobQueue(store).pending(u"webhook.shopify"_s);
    (void)Store::DeadLetterRepository(store).list(true);
    const auto workspaces = Store::WorkspaceRepository(store).workspaces();
    if (workspaces.ok()) {
        for (const auto &workspace : workspaces.value())
            (void)Store::WorkspaceRepository(store).connections(workspace.id);
    }
    return 0;
}
