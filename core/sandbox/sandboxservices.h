#pragma once

#include <QtCore/QFuture>
#include <QtCore/QJsonObject>
#include <QtCore/QMutex>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <memory>

class QThread;

namespace LedgerLink::Sandbox {

class StoreServer;
class BooksServer;

/// How SandboxServices::start() runs the sandbox store and the sandbox books.
struct SandboxOptions
{
    /// Folder holding the two SQLite files (store.sqlite, books.sqlite); created if missing.
    QString dataDir;
    /// Ports to bind on 127.0.0.1; 0 picks any free port.
    quint16 storePort = 0;
    quint16 booksPort = 0;
    /// Loads the committed seed (customers, orders with every pitfall, products, items,
    /// contacts) into empty databases. Existing data is kept as it is.
    bool seed = true;
    /// Deterministic synthetic orders (about 5 lines each, 19 % VAT included, seeded SKUs and
    /// customers) for load tests: generated until the store holds seed + extraOrders orders, so a
    /// restart on the same data folder adds none.
    int extraOrders = 0;
    /// The seed of the synthetic order generator (reported back in SandboxStarted).
    quint32 extraOrdersSeed = 20240401;
    /// Enforces the vendors' quotas (store: leaky bucket 40, 2/s; books: 60/min, 5 concurrent).
    bool rateLimits = false;
    /// How many times each webhook event is delivered (at-least-once; same webhook id each time).
    int webhookDeliveries = 1;
    /// Write requests (POST/PUT) answer after this many milliseconds, asynchronously.
    int writeDelayMs = 0;
};

/// The outcome of SandboxServices::start().
struct SandboxStarted
{
    bool ok = false;
    /// Plain-language reason when !ok (a port in use, a database that cannot be opened...).
    QString error;
    /// e.g. http://127.0.0.1:43121 — the store's Admin API is under /admin/api/2024-04/.
    QUrl storeUrl;
    /// e.g. http://127.0.0.1:43122 — the Accounting API is under /api.xro/2.0/.
    QUrl booksUrl;
    /// The generator seed used for extraOrders.
    quint32 extraOrdersSeed = 0;
};

/**
 * Runs the sandbox store (a Shopify Admin REST 2024-04 subset) and the sandbox books (a Xero
 * Accounting 2.0 subset) as HTTP servers on 127.0.0.1, both on one worker QThread that this
 * object owns, each backed by its own SQLite file used only from that thread. The calling thread
 * (GUI, CLI, tests) never serves requests and is never blocked by them.
 *
 * Thread-safety: every member function may be called from any thread; start() and stop() block
 * until the worker has started or stopped the servers.
 */
class SandboxServices final
{
public:
    SandboxServices();
    ~SandboxServices(); ///< stops the services
    Q_DISABLE_COPY_MOVE(SandboxServices)

    /// Opens (and seeds) the databases and binds both servers. Fails if already running.
    /// Blocks the caller until the services are up: seeding is quick, but generating
    /// `extraOrders` takes a few seconds per 10,000 orders (once; they stay in the data folder).
    SandboxStarted start(const SandboxOptions &options);
    /// start() on a pool thread, for callers that must not block (the studio): watch the future
    /// with a QFutureWatcher.
    QFuture<SandboxStarted> startAsync(const SandboxOptions &options);
    /// Stops both servers and the worker thread; closes the databases. Idempotent.
    void stop();

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QUrl storeUrl() const;
    [[nodiscard]] QUrl booksUrl() const;

    /// The store's and the books' counters (the JSON of GET /__sandbox/stats), read on the worker
    /// thread; empty when not running.
    [[nodiscard]] QJsonObject storeStats() const;
    [[nodiscard]] QJsonObject booksStats() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace LedgerLink::Sandbox
