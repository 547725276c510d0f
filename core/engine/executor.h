#pragma once

#include "connectors/connector.h"
#include "engine/deadletters.h"
#include "engine/dryrun.h"
#include "engine/moneyrules.h"
#include "engine/ratelimiter.h"
#include "engine/retrypolicy.h"
#include "engine/workspaceconfig.h"
#include "store/crossreferencerepository.h"
#include "store/jobqueue.h"

#include <QtCore/QDateTime>
#include <QtCore/QFuture>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtCore/QString>

#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QLockFile;
class QThreadPool;
class QNetworkAccessManager;

namespace LedgerLink::Mapping {
class ObjectMapper;
}
namespace LedgerLink::Net {
class HttpClient;
}
namespace LedgerLink::Store {
class StateStore;
}

namespace LedgerLink::Engine {

/// Job kinds the executor runs.
namespace JobKinds {
inline constexpr char pullOrders[] = "pull.order"; ///< {} or a follow-up {"page_token", "since", ...}
/// {"order_id", "updated_at"}: one order → one invoice. A vendor's part of a split order:
/// {"order_id": "<order id>/<vendor>", "updated_at", "match_key", "document"}.
inline constexpr char pushOrder[] = "push.order";
inline constexpr char webhookShopify[] = "webhook.shopify"; ///< {vendor, topic, event_id, resource_id, body}
/// "pull.<rule>": reads a rule's source records changed since its cursor (rules other than "order").
inline constexpr char pullPrefix[] = "pull.";
/// "push.<rule>" {"id", "updated_at", "document"}: one source record → its target record.
inline constexpr char pushPrefix[] = "push.";
} // namespace JobKinds

/// How an Executor runs. Times come from `clock` everywhere (leases, retryAt, backoff, rate limits).
struct ExecutorOptions
{
    /// UTC now; empty: the real clock. The executor installs it on the StateStore too.
    std::function<QDateTime()> clock;
    /// Waits `delay` (for a due retry or a rate-limit token); empty: really sleeps. Tests with a
    /// fake clock advance their clock here instead.
    std::function<void(std::chrono::milliseconds)> sleeper;
    /**
     * Whether writes to the ERP may leave the process. `run` is an explicit user action, but it
     * still follows the workspace: WorkspaceConfig::allowWrites (the sandbox workspace: always;
     * others: the mapping document's rollout stage is one_direction or both). A dry run always
     * uses WriteGuard::readOnly() whatever this says.
     */
    bool allowWrites = false;
    /// Whether writes to the store may leave the process (rules whose target is the store:
    /// products, stock, invoice status). WorkspaceConfig::allowStoreWrites.
    bool allowStoreWrites = false;
    bool rateLimits = false; ///< configure the shared RateLimiter from the connectors' profiles
    int leaseBatch = 1000; ///< jobs leased (and written) together
    /// Records per write request, at most the ERP's batch maximum (0: that maximum; 25 for an
    /// ERP without a batch endpoint, as the unit in which orders are mapped ahead).
    int writeBatch = 0;
    /// Threads that map the next orders while the engine's thread writes (0: one per core).
    int mapThreads = 0;
    /// Write requests to the ERP in flight at once, each lane a thread with its own connection
    /// (0: the workspace's erp "concurrency", by default the connector's writeConcurrency, for
    /// Xero 2). Even with one lane the engine plans the
    /// next chunk and records the last while a write is on the wire.
    int erpConcurrency = 0;
    int pageSize = 100; ///< records per read page
    /// A pull stops after about this many orders and queues a follow-up pull behind their pushes.
    int pullChunk = 1000;
    std::chrono::milliseconds leaseDuration{120000};
    std::chrono::milliseconds requestTimeout{30000};
    RetryPolicy::Options retry;
    RetryPolicy::RandomSource random; ///< empty: QRandomGenerator
    QString worker = QStringLiteral("engine");
    /**
     * The one engine of its workspace: open() takes `<workspace>/engine.lock` (refused while
     * another live process holds it) and hands back at once the jobs a killed earlier engine of
     * the same worker name still held, instead of waiting for their leases to expire. The CLI's
     * `run` and the SyncEngine set it; tests that run several executors on one workspace do not.
     */
    bool exclusive = false;
    /// Whether runUntilIdle() waits for jobs whose retry is due later (through the sleeper) before
    /// it ends. false: it runs what is due and ends; the rest stays queued for the engine (a
    /// truth-pass repair, which should not sit out another record's backoff).
    bool waitForRetries = true;
};

/// What one run did.
struct RunSummary
{
    qint64 runId = 0;
    int ordersRead = 0;
    int recordsRead = 0; ///< source records the other rules read
    int created = 0;
    int updated = 0;
    int skipped = 0;
    int blocked = 0; ///< mapping errors; the order is also dead-lettered so it can be replayed
    int dead = 0; ///< dead letters (including blocked)
    int retries = 0; ///< attempts that will be retried
    int requests = 0; ///< HTTP requests that left the process (both sides)
    qint64 elapsedMs = 0;
    int auditPruned = 0; ///< audit rows older than the retention (audit.retention_days) removed
    bool cancelled = false; ///< stopped through RunProgress::cancelRequested; the rest stays queued
    QString error; ///< set when the run itself failed (state store, configuration)
    QJsonObject toJson() const;
};

/**
 * The durable pipeline: leases jobs from the workspace's JobQueue and runs them —
 * "pull.order" reads the store's orders updated since the persisted cursor and enqueues one
 * "push.order" per order (the cursor moves only after they are enqueued); "push.order" and
 * "webhook.shopify" (orders/create, orders/updated) read the order, map it with the mapping
 * document's "order" rule, plan (cross-reference → look-up by Reference after a failed attempt →
 * create / update / skip when the mapped payload is unchanged / blocked on mapping errors), write
 * in batches with idempotency keys "<shop>:order:<id>:create", record cross-reference,
 * idempotency ledger and the payload written, and write one audit row per HTTP exchange. Failures
 * go through RetryPolicy: retry (JobQueue::fail with retryAt) or dead letter carrying the last
 * request, response and error. Every order read ends as an invoice, a skip, or a dead letter.
 * Where the ERP computes tax itself (Xero, Tryton: targetTaxBehaviour()), each order is checked
 * against the ERP's predicted result before it is written and every difference is flagged
 * (taxFlags()): an audit row "flagged" before the request, the flags on the write's own row too,
 * and PlannedChange::flags in the dry run. The write itself goes ahead.
 *
 * Thread: everything runs in the thread that calls open() (it owns a QNetworkAccessManager and
 * uses the StateStore's connection of that thread). Never the GUI thread.
 */
class Executor
{
public:
    Executor(WorkspaceConfig config, Store::StateStore &store, ExecutorOptions options = {});
    ~Executor();
    Q_DISABLE_COPY_MOVE(Executor)

    /// Builds the HTTP clients and connectors and the order mapper; false with *error if not possible.
    bool open(QString *error);

    /// Enqueues a "pull.order" job (what "Run now" and the poll trigger do), unless one is still
    /// pending (queued, leased or waiting for a retry): that one covers it.
    bool enqueuePull(QString *error);
    /**
     * The object rules besides "order" this executor runs (after open()): rules with a direction
     * whose source object the source connector reads and whose target object the target
     * connector writes, e.g. Tryton "product" → Vendure "variant", Vendure "refund" → Tryton
     * "credit_note". Each record is read, mapped with the rule, matched (cross-reference, then
     * the target's match key), and created, updated, or skipped when its mapped payload is
     * unchanged; failures retry or end as dead letters like orders. Rules that write the store
     * only when ExecutorOptions::allowStoreWrites (the rollout stage "both").
     */
    QStringList ruleIds() const;
    /// Enqueues a "pull.<rule>" job unless one is still pending; false with *error for a rule
    /// ruleIds() does not hold.
    bool enqueueRulePull(const QString &ruleId, QString *error);
    /// Runs jobs until none is queued, leased or waiting for a retry (unless waitForRetries is
    /// off: until none is due); waits (through the sleeper)
    /// for retries that are not due yet. Stores the run and its counts.
    RunSummary runUntilIdle(RunProgress *progress = nullptr);
    /// Leases and runs one batch of due jobs; returns how many jobs it ran (0: none due).
    int runOnce(RunSummary &summary);

    /**
     * The dry run through the connectors: reads every store order and every ERP invoice with both
     * clients switched to WriteGuard::readOnly() (restored afterwards), maps each order and plans
     * it — create; update with field-level before → after against the payload last written;
     * skip when unchanged or when the ERP already holds an invoice with its Reference (it will be
     * linked, not created); conflict when the linked invoice is gone from the ERP; blocked with
     * the mapping's reasons — and stores the plan as a dry-run run. Writes nothing to either side.
     */
    DryRunOutcome dryRun(RunProgress *progress = nullptr);

    /// The persisted polling cursor of orders (UTC), invalid before the first pull.
    QDateTime orderCursor();

    QDateTime now() const;
    Net::HttpClient &storeClient();
    Net::HttpClient &erpClient();
    Connectors::Connector &storeConnector();
    Connectors::Connector &erpConnector();
    const WorkspaceConfig &config() const { return m_config; }

private:
    struct PushItem;
    struct PendingWrite;
    struct Rule;
    /// Finds the rules ruleIds() lists (open()).
    void openRules();
    /// The validator's errors that block `ruleId` (the document's own and the rule's).
    QStringList mappingErrors(const QString &ruleId) const;
    /// The rule a "pull.<rule>"/"push.<rule>" job belongs to; nullptr for order jobs.
    const Rule *ruleOf(const Store::Job &job) const;
    void runRulePull(const Store::Job &job, const Rule &rule, RunSummary &summary);
    void runRulePush(const Store::Job &job, const Rule &rule, RunSummary &summary);
    /// Whether `rule` writes refunds or payments of orders the "order" rule splits by vendor (one
    /// record per vendor part: splitByVendor()).
    bool splitsByVendor(const Rule &rule) const;
    /// The refund or payment `record` of a split order as one record per vendor part
    /// (Connector::splitRefundByVendor / splitPaymentByVendor, its order read from the store);
    /// nullopt when it cannot be split (the job failed, audited).
    std::optional<QList<Connectors::VendorRecord>> vendorParts(const Store::Job &job, const Rule &rule,
                                                               const Connectors::VendorRecord &record,
                                                               RunSummary &summary);
    /// Queues one job of `job`'s kind per vendor part of `record` as `job` completes (one commit).
    void splitByVendor(const Store::Job &job, const Rule &rule, const Connectors::VendorRecord &record,
                       RunSummary &summary);
    /// The part `partId` of record `wholeId`, read and split again (a retry or a repair); nullopt
    /// when the job ended (failed, or the record is gone: skipped).
    std::optional<Connectors::VendorRecord> readVendorPart(const Store::Job &job, const Rule &rule,
                                                           const QString &wholeId, const QString &partId,
                                                           RunSummary &summary);
    /// The audit log's object type and direction for a job ("order", "store→erp" for orders).
    QString objectTypeOf(const Store::Job &job) const;
    QString directionOf(const Store::Job &job) const;
    class Lanes;
    void runPull(const Store::Job &job, RunSummary &summary);
    /// Reads a page of orders on the reader lane (its audit bodies redacted there).
    QFuture<Connectors::ReadPage> readPage(const Connectors::ReadCursor &from);
    struct PullAhead;
    /// Reads pages from `from` on the reader lane, for the pull that follows `job`, until about
    /// `records` orders, the last page, a failure or a stop (PullAhead::stop).
    PullAhead readPages(const Store::Job &job, const Connectors::ReadCursor &from, qsizetype records);
    /// Audits the follow-up pull's pages read ahead but not used, and forgets them.
    void dropPullAhead();
    /// Returns the jobs a stop left untried (still leased).
    QList<qint64> runPushBatch(const QList<Store::Job> &jobs, RunSummary &summary);
    /// Plans a chunk and hands its writes to a writer lane; empty when nothing is to be written.
    std::optional<PendingWrite> startChunk(std::vector<PushItem> &items, const QList<size_t> &chunk,
                                           QSet<QString> &inFlight, RunSummary &summary);
    /// Waits for a chunk's writes and records them (one commit).
    void finishChunk(std::vector<PushItem> &items, PendingWrite &write, QSet<QString> &inFlight,
                     RunSummary &summary);
    void prefetch(const QList<Store::Job> &jobs);
    /// Job → order id → the order as read (the pull's cache, or the store); audits a failed read.
    void resolve(PushItem &item, RunSummary &summary);
    /// A split order's job (m_splitVendor): the order `record` as one "push.order" job per
    /// vendor part, queued as the order's job completes (one commit); a dead letter when the
    /// store cannot split it.
    void splitOrder(PushItem &item, const Connectors::VendorRecord &record, RunSummary &summary);
    /// The order → the mapped payload, its JSON and hash. Touches nothing but `item` and the
    /// (immutable) mapper: runs on the worker pool.
    void mapItem(PushItem &item) const;
    /// Cross-reference → unchanged? → update; none → (after a failed attempt) look-up → create.
    void plan(PushItem &item, RunSummary &summary);
    /// The tax flags of an order about to be written (empty when the ERP takes the amounts as
    /// sent, or its prediction matches). Touches nothing mutable: runs on the worker pool.
    QStringList taxFlagsOf(const QString &orderId, const QString &matchKey, const QJsonObject &document,
                           const QJsonObject &payload) const;
    void finishWrite(PushItem &item, const Connectors::WriteOutcome &outcome, RunSummary &summary);
    void fail(const Store::Job &job, const QString &matchKey, const QString &sourceId,
              const Connectors::ConnectorFailure &failure, const QList<Net::HttpExchange> &exchanges,
              const QString &operation, RunSummary &summary, bool blocked = false);
    void audit(const Store::Job &job, const QString &matchKey, const QString &sourceId,
               const QString &targetId, const QString &operation, const QString &idempotencyKey,
               const Net::HttpExchange *exchange, const QString &result, const QString &error,
               bool bodiesRedacted = false);
    void waitFor(std::chrono::milliseconds delay);
    /// The run's RunProgress asks to stop (checked between chunks and jobs).
    bool stopRequested() const;

    WorkspaceConfig m_config;
    Store::StateStore &m_store;
    ExecutorOptions m_options;
    RetryPolicy m_retry;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Net::HttpClient> m_storeClient;
    std::unique_ptr<Net::HttpClient> m_erpClient;
    std::unique_ptr<Connectors::Connector> m_store_;
    std::unique_ptr<Connectors::Connector> m_erp;
    std::unique_ptr<Mapping::ObjectMapper> m_mapper;
    QString m_erpObject; ///< what the "order" rule writes to the ERP ("Invoice")
    /// How the ERP computes tax when it insists on doing so (Xero, Tryton): each order written to
    /// it is checked against the prediction first and flagged (taxFlags()). nullopt: it takes the
    /// amounts as sent.
    std::optional<MoneyRules::TargetTaxBehaviour> m_taxTarget;
    /// The "order" rule's "split": "vendor": each order read becomes one "push.order" job per
    /// vendor of its lines (splitOrder()), each written as its own ERP record.
    bool m_splitVendor = false;
    QHash<QString, std::shared_ptr<const Rule>> m_rules; ///< ruleIds(), by id
    QSet<QString> m_storeTargetRules; ///< rules writing the store while store writes are not allowed
    /// The mapping validator's errors by rule id ("" for the whole document), found by open().
    QHash<QString, QStringList> m_mappingErrors;
    bool m_erpBatches = false; ///< the ERP writes several records per request
    bool m_erpResumes = false; ///< Capabilities::resumableWrites of the ERP

    QHash<QString, Connectors::VendorRecord> m_readCache; ///< orders read by a pull, by id
    std::unique_ptr<QThreadPool> m_mapPool; ///< maps orders (ExecutorOptions::mapThreads)
    std::unique_ptr<Lanes> m_writers; ///< the ERP's write lanes (ExecutorOptions::erpConcurrency)
    std::unique_ptr<Lanes> m_reader; ///< reads the store's next page while the engine queues this one
    std::optional<qint64> m_runId;
    RunProgress *m_progress = nullptr; ///< the running runUntilIdle()'s
    /// The pages of a follow-up pull, read while the pushes of the chunk before it run.
    struct ReadChain;
    struct PullAhead
    {
        Store::Job job; ///< the pull that asked for them
        QString pageToken; ///< where the follow-up pull starts
        /// One per page, in order; each page read after the one before it, on the reader lane.
        /// nullopt: not read (the chain ended before it, or was stopped).
        std::deque<QFuture<std::optional<Connectors::ReadPage>>> pages;
        std::shared_ptr<ReadChain> chain;
    };
    std::optional<PullAhead> m_pullAhead;
    /// What a push batch's orders have in the state store, read in one go (prefetch()) and kept
    /// current by finishWrite(); orders not in `ids` are looked up one by one.
    struct Prefetch
    {
        QSet<QString> ids;
        QHash<QString, Store::CrossReference> xrefs;
        QHash<QString, QString> hashes;
        QSet<QString> intents;
    };
    Prefetch m_prefetch;
};

/// The key of the persisted polling cursor of an object in the engine's settings.
QString cursorSettingKey(const QString &object);

/// The workspace setting with the audit log's retention in days ("0" or unset: forever).
inline constexpr char auditRetentionSetting[] = "audit.retention_days";

} // namespace LedgerLink::Engine
