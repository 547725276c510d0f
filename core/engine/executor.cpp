#include "engine/executor.h"

#include "engine/deadletters.h"

#include "engine/taxplan.h"
#include "mapping/objectmapper.h"
#include "mapping/validator.h"
#include "net/httpclient.h"
#include "store/auditlog.h"
#include "store/crossreferencerepository.h"
#include "store/deadletterrepository.h"
#include "store/enginestaterepository.h"
#include "store/idempotencyledger.h"
#include "store/redactor.h"
#include "store/runrepository.h"
#include "store/statestore.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFutureWatcher>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QLockFile>
#include <QtCore/QPromise>
#include <QtCore/QScopeGuard>
#include <QtCore/QThread>
#include <QtCore/QThreadPool>
#include <QtNetwork/QNetworkAccessManager>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <atomic>
#include <deque>
#include <iterator>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Engine::Executor)
};

const QString storeToErp = u"store→erp"_s;
const QString orderObject = u"order"_s;
/// Ledger key prefix of a create about to be sent: "intent:<create key>".
const QString intentPrefix = u"intent:"_s;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// A page of orders, its audit bodies redacted (on the reader lane, not the engine's thread).
Connectors::ReadPage readRedacted(Connectors::Connector &store, const Connectors::ReadCursor &from,
                                  int pageSize)
{
    Connectors::ReadPage page = store.readPage(orderObject, from, pageSize);
    for (Net::HttpExchange &exchange : page.exchanges) {
        exchange.request.body = Store::Redactor::redactBody(exchange.request.body);
        exchange.response.body = Store::Redactor::redactBody(exchange.response.body);
    }
    return page;
}

/// Field-level differences between two mapped payloads: "path" → {"before", "after"}.
void diffInto(const QJsonValue &before, const QJsonValue &after, const QString &path, QJsonObject &fields)
{
    if (before == after)
        return;
    if (before.isObject() && after.isObject()) {
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        QStringList keys = a.keys() + b.keys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys))
            diffInto(a.value(key), b.value(key), path.isEmpty() ? key : QString(path + u'.' + key), fields);
        return;
    }
    if (before.isArray() && after.isArray()) {
        const QJsonArray a = before.toArray();
        const QJsonArray b = after.toArray();
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i)
            diffInto(i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Undefined),
                     i < b.size() ? b.at(i) : QJsonValue(QJsonValue::Undefined),
                     path + u'[' + QString::number(i) + u']', fields);
        return;
    }
    fields.insert(path,
                  QJsonObject{{u"before"_s, before.isUndefined() ? QJsonValue() : before},
                              {u"after"_s, after.isUndefined() ? QJsonValue() : after}});
}

} // namespace

QString cursorSettingKey(const QString &object)
{
    return u"cursor."_s + object;
}

QJsonObject RunSummary::toJson() const
{
    QJsonObject object{{u"run"_s, runId},
                       {u"orders_read"_s, ordersRead},
                       {u"records_read"_s, recordsRead},
                       {u"created"_s, created},
                       {u"updated"_s, updated},
                       {u"skipped"_s, skipped},
                       {u"blocked"_s, blocked},
                       {u"dead"_s, dead},
                       {u"retries"_s, retries},
                       {u"requests"_s, requests},
                       {u"elapsed_ms"_s, elapsedMs},
                       {u"audit_pruned"_s, auditPruned}};
    if (cancelled)
        object.insert(u"cancelled"_s, true);
    if (!error.isEmpty())
        object.insert(u"error"_s, error);
    return object;
}

/// One push.order (or webhook) job on its way through the pipeline.
struct Executor::PushItem
{
    Store::Job job;
    QString orderId;
    QString matchKey; ///< order number without '#'
    QString reference; ///< the mapped Reference ("#1001")
    QString operation; ///< "create", "update"
    QJsonObject payload;
    QByteArray payloadJson; ///< compact JSON of payload (what hashOf() hashes)
    QString hash;
    QString existingId;
    QString idempotencyKey;
    QJsonObject
        document; ///< the order as read, until its chunk starts (a stop puts it back in the read cache)
    QByteArray auditRequest; ///< this order's element of a batch request, redacted
    QByteArray auditResponse; ///< this order's element of the batch response, redacted
    QStringList mapErrors; ///< why the mapping blocked the order
    QStringList taxFlags; ///< taxFlags(): audited before the write, and on the write's own row
    bool edited = false; ///< the payload as edited in the dead-letter queue (`dlq edit`)
    /// A repair of the truth pass (payload "repair"): written even when unchanged since the last
    /// write; `replaces`: the ERP record it was linked with is gone, so a new one is created.
    QJsonObject repair;
    QString replaces;
    bool done = false; ///< finished before the write (skip, failure, found by look-up)
};

namespace {

/// Waits for `future` in a local event loop, as HttpClient waits for a reply: the engine's thread
/// keeps answering webhooks, sampling progress and taking a stop meanwhile.
template<typename T>
void waitInEventLoop(const QFuture<T> &future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    // Also when it had finished before the first look: isFinished() is a relaxed read of the
    // future's state, which does not make the work's writes visible to this thread (on a weakly
    // ordered CPU such as Apple's, this thread could read a mapped item half written);
    // waitForFinished() goes through the future's mutex, which does. ThreadSanitizer found it
    // (docs/reliability.md, "ThreadSanitizer").
    QFuture<T> finished = future;
    finished.waitForFinished();
}

/// waitInEventLoop(), then the result; empty when the work produced none (its lane was stopped first,
/// or it threw).
template<typename T>
std::optional<T> await(const QFuture<T> &future)
{
    waitInEventLoop(future);
    if (future.isCanceled() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

} // namespace

/// What a writer lane hands back: the outcomes, and each written order's element of the answer
/// for its audit row (serialised and redacted on the lane).
struct WrittenChunk
{
    QList<Connectors::WriteOutcome> outcomes;
    QList<QByteArray> auditResponses; ///< empty where the write failed
};

/// A chunk's writes on their way: handed to a writer lane, recorded by finishChunk().
struct Executor::PendingWrite
{
    QList<size_t> indexes; ///< the items written, in request order
    QFuture<WrittenChunk> written;
};

/**
 * A connector's requests on their own threads: each lane a thread with its own
 * QNetworkAccessManager, HttpClient (the same options, write guard and shared rate limiter) and
 * connector. A lane runs the work handed to it one piece after the other; several lanes run at
 * the same time. The ERP's writes and the store's page reads go through lanes.
 */
class Executor::Lanes
{
public:
    explicit Lanes(QString name)
        : m_name(std::move(name))
    { }
    ~Lanes() { stop(); }
    Q_DISABLE_COPY_MOVE(Lanes)

    bool start(int count, const Connectors::ConnectorConfig &config, const Net::HttpClientOptions &options,
               RateLimiter *limiter, const Net::HttpClient::Sleeper &sleeper, QString *error)
    {
        for (int i = 0; i < count; ++i) {
            auto lane = std::make_unique<Lane>();
            lane->context = std::make_unique<QObject>();
            lane->context->moveToThread(&lane->thread);
            lane->thread.setObjectName(m_name + u'-' + QString::number(i + 1));
            lane->thread.start();
            QString why;
            Lane *created = lane.get();
            m_lanes.push_back(std::move(lane));
            QMetaObject::invokeMethod(
                created->context.get(),
                [&] {
                    created->network = std::make_unique<QNetworkAccessManager>();
                    created->client = std::make_unique<Net::HttpClient>(*created->network, options, limiter);
                    if (sleeper)
                        created->client->setSleeper(sleeper);
                    created->connector = Connectors::createConnector(config, *created->client, &why);
                },
                Qt::BlockingQueuedConnection);
            if (!created->connector) {
                *error = why;
                return false;
            }
        }
        return true;
    }

    /// Stops every lane. A lane still sending finishes that request (its nested event loop
    /// ends with the thread's) and drops what is queued behind it; its connection is closed in
    /// its own thread either way.
    void stop()
    {
        for (const std::unique_ptr<Lane> &lane : m_lanes) {
            if (!lane->thread.isRunning())
                continue;
            QMetaObject::invokeMethod(
                lane->context.get(),
                [&lane] {
                    lane->closing = true;
                    if (!lane->busy)
                        lane->close();
                },
                Qt::BlockingQueuedConnection);
            lane->thread.quit();
            lane->thread.wait();
        }
        m_lanes.clear();
    }

    /// Hands `work` to the next lane; its result arrives through the future.
    template<typename Result>
    QFuture<Result> submit(std::function<Result(Connectors::Connector &)> work)
    {
        Lane *lane = m_lanes.at(m_next++ % m_lanes.size()).get();
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
            lane->context.get(),
            [lane, promise, work = std::move(work)] {
                // A request waits for its answer in a nested event loop, where the next call
                // arrives: it queues behind, so that a lane has one request in flight.
                lane->tasks.push_back([lane, promise, work] {
                    const int before = lane->client->sentTotal();
                    try {
                        promise->addResult(work(*lane->connector));
                    } catch (...) { // nothing here throws; should it, the future ends without a result
                    }
                    lane->sent.fetch_add(lane->client->sentTotal() - before);
                    promise->finish();
                });
                if (lane->busy)
                    return;
                lane->busy = true;
                while (!lane->tasks.empty() && !lane->closing) {
                    const std::function<void()> task = std::move(lane->tasks.front());
                    lane->tasks.pop_front();
                    task();
                }
                lane->busy = false;
                if (lane->closing)
                    lane->close(); // what is still queued ends unanswered (its futures cancelled)
            },
            Qt::QueuedConnection);
        return future;
    }

    int size() const { return int(m_lanes.size()); }

    int sentTotal() const
    {
        int total = 0;
        for (const std::unique_ptr<Lane> &lane : m_lanes)
            total += lane->sent.load();
        return total;
    }

private:
    struct Lane
    {
        QThread thread;
        std::unique_ptr<QObject> context; ///< lives in `thread`: what the lane's work runs on
        std::unique_ptr<QNetworkAccessManager> network;
        std::unique_ptr<Net::HttpClient> client;
        std::unique_ptr<Connectors::Connector> connector;
        std::atomic<int> sent{0};
        std::deque<std::function<void()>> tasks; ///< the lane's thread only
        bool busy = false; ///< the lane's thread only
        bool closing = false; ///< the lane's thread only
        void close()
        {
            tasks.clear();
            connector.reset();
            client.reset();
            network.reset();
        }
    };
    QString m_name;
    std::vector<std::unique_ptr<Lane>> m_lanes;
    size_t m_next = 0;
};

Executor::Executor(WorkspaceConfig config, Store::StateStore &store, ExecutorOptions options)
    : m_config(std::move(config))
    , m_store(store)
    , m_options(std::move(options))
    , m_retry(m_options.retry, m_options.random)
{
    if (m_options.clock)
        m_store.setClock(m_options.clock);
}

Executor::~Executor()
{
    if (m_mapPool)
        m_mapPool->waitForDone();
    m_writers.reset();
    m_reader.reset();
    m_store_.reset();
    m_erp.reset();
    m_storeClient.reset();
    m_erpClient.reset();
}

bool Executor::stopRequested() const
{
    return m_progress && m_progress->cancelRequested.load();
}

QDateTime Executor::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
}

void Executor::waitFor(std::chrono::milliseconds delay)
{
    if (delay.count() <= 0)
        return;
    if (m_options.sleeper) {
        m_options.sleeper(delay);
        return;
    }
    QThread::msleep(static_cast<unsigned long>(std::min<qint64>(delay.count(), 1000)));
}

Net::HttpClient &Executor::storeClient()
{
    return *m_storeClient;
}

Net::HttpClient &Executor::erpClient()
{
    return *m_erpClient;
}

Connectors::Connector &Executor::storeConnector()
{
    return *m_store_;
}

Connectors::Connector &Executor::erpConnector()
{
    return *m_erp;
}

bool Executor::open(QString *error)
{
    QString why;
    if (m_options.exclusive) {
        const QString lockPath = QDir(m_config.dir).filePath(u"engine.lock"_s);
        m_lock = std::make_unique<QLockFile>(lockPath);
        m_lock->setStaleLockTime(0); // stale only when its process is gone, however long a run takes
        if (!m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, application;
            if (m_lock->error() == QLockFile::LockFailedError
                && m_lock->getLockInfo(&pid, &host, &application))
                *error = Text::tr("%1: another engine (process %2 on %3) is running on this workspace; stop "
                                  "it first")
                             .arg(lockPath)
                             .arg(pid)
                             .arg(host);
            else
                *error = Text::tr("%1: cannot take the engine lock").arg(lockPath);
            m_lock.reset();
            return false;
        }
        // This process holds the lock, so no other engine of this workspace runs: whatever the
        // worker name still holds was leased by a process that died.
        if (auto released = Store::JobQueue(m_store).releaseOwnedBy(m_options.worker); !released) {
            *error = released.error().message;
            return false;
        } else if (released.value() > 0) {
            qInfo("engine: %d job(s) an earlier, interrupted run held are queued again", released.value());
        }
    }
    // WAL with synchronous=NORMAL on the engine's own connection: a commit survives a killed
    // process (SIGKILL, crash); only a power cut can lose the last commits, and the idempotency
    // keys and the look-up by Reference make the retry of such a job safe. FULL (the default)
    // costs an fsync per commit, which caps the engine at a few hundred orders per second.
    if (!m_store.isPostgres()) {
        if (auto db = m_store.database(); db) {
            QSqlQuery pragma(db.value());
            pragma.exec(u"PRAGMA synchronous = NORMAL"_s);
        }
    }
    auto mapper = Mapping::ObjectMapper::create(m_config.mapping, orderObject, &why);
    if (!mapper) {
        *error =
            Text::tr("%1: the \"order\" rule cannot be used: %2").arg(mappingFilePath(m_config.dir), why);
        return false;
    }
    m_mapper = std::make_unique<Mapping::ObjectMapper>(std::move(*mapper));
    // The ERP object orders become: the "order" rule's erp_object (Xero "Invoice", Tryton "sale").
    for (const Mapping::ObjectRule &rule : m_config.mapping.objects) {
        if (rule.id == orderObject) {
            m_erpObject = rule.erpObject;
            m_splitVendor = rule.split == Mapping::SplitBy::Vendor;
        }
    }
    if (m_erpObject.isEmpty()) {
        *error = Text::tr("%1: the \"order\" rule names no ERP object (erp_object)")
                     .arg(mappingFilePath(m_config.dir));
        return false;
    }
    m_taxTarget = targetTaxBehaviour(m_config);
    m_mapPool = std::make_unique<QThreadPool>();
    m_mapPool->setMaxThreadCount(m_options.mapThreads > 0 ? m_options.mapThreads
                                                          : qMax(1, QThread::idealThreadCount()));

    Engine::RateLimiter::Clock limiterClock;
    if (m_options.clock) {
        auto clock = m_options.clock;
        limiterClock = [clock] {
            return clock().toMSecsSinceEpoch();
        };
    }
    m_limiter = std::make_unique<RateLimiter>(RateLimitProfile::unlimited(), limiterClock);
    m_network = std::make_unique<QNetworkAccessManager>();

    Net::HttpClientOptions storeOptions;
    storeOptions.rateLimitKey = m_config.store.system + u':' + m_config.store.account;
    storeOptions.side = Net::WriteSide::Store;
    storeOptions.guard =
        m_options.allowStoreWrites ? Net::WriteGuard::allowing(false, true) : Net::WriteGuard::readOnly();
    storeOptions.timeout = m_options.requestTimeout;
    Net::HttpClientOptions erpOptions;
    erpOptions.rateLimitKey = m_config.erp.system + u':' + m_config.erp.account;
    erpOptions.side = Net::WriteSide::Erp;
    erpOptions.guard =
        m_options.allowWrites ? Net::WriteGuard::allowing(true, false) : Net::WriteGuard::readOnly();
    erpOptions.timeout = m_options.requestTimeout;
    storeOptions.caCertificates = m_config.caCertificates;
    erpOptions.caCertificates = m_config.caCertificates;
    m_storeClient = std::make_unique<Net::HttpClient>(*m_network, storeOptions, m_limiter.get());
    m_erpClient = std::make_unique<Net::HttpClient>(*m_network, erpOptions, m_limiter.get());
    if (m_options.sleeper) {
        m_storeClient->setSleeper(m_options.sleeper);
        m_erpClient->setSleeper(m_options.sleeper);
    }

    m_store_ = Connectors::createConnector(m_config.store, *m_storeClient, &why);
    if (!m_store_) {
        *error = Text::tr("the store connection (%1) cannot be used: %2").arg(m_config.store.system, why);
        return false;
    }
    m_erp = Connectors::createConnector(m_config.erp, *m_erpClient, &why);
    if (!m_erp) {
        *error = Text::tr("the ERP connection (%1) cannot be used: %2").arg(m_config.erp.system, why);
        return false;
    }
    m_erpBatches = m_erp->capabilities().maxBatchSize > 1;
    m_erpResumes = m_erp->capabilities().resumableWrites;
    m_writers = std::make_unique<Lanes>(u"erp-writer"_s);
    const int lanes = m_options.erpConcurrency > 0
        ? m_options.erpConcurrency
        : (m_config.erp.concurrency > 0 ? m_config.erp.concurrency : m_erp->capabilities().writeConcurrency);
    if (!m_writers->start(qBound(1, lanes, maxConcurrency), m_config.erp, erpOptions, m_limiter.get(),
                          m_options.sleeper, &why)) {
        *error = Text::tr("the ERP connection (%1) cannot be used: %2").arg(m_config.erp.system, why);
        return false;
    }
    m_reader = std::make_unique<Lanes>(u"store-reader"_s);
    if (!m_reader->start(1, m_config.store, storeOptions, m_limiter.get(), m_options.sleeper, &why)) {
        *error = Text::tr("the store connection (%1) cannot be used: %2").arg(m_config.store.system, why);
        return false;
    }
    if (m_options.rateLimits) {
        m_limiter->configure(storeOptions.rateLimitKey, m_store_->rateLimitProfile());
        m_limiter->configure(erpOptions.rateLimitKey, m_erp->rateLimitProfile());
    }
    // The validator's errors block syncing: a rule with one writes nothing (each record is blocked
    // with the errors, a dead letter the user can replay once the mapping is fixed).
    m_mappingErrors.clear();
    QString catalogError;
    const auto storeCatalog = m_store_->catalog(&catalogError);
    const auto erpCatalog = m_erp->catalog(&catalogError);
    if (storeCatalog && erpCatalog) {
        for (const Mapping::Issue &issue : Mapping::validate(m_config.mapping, *storeCatalog, *erpCatalog)) {
            if (issue.isError())
                m_mappingErrors[issue.object].append(issue.text());
        }
    } else {
        qWarning("mapping not validated: %s", qPrintable(catalogError));
    }
    openRules();
    return true;
}

QStringList Executor::mappingErrors(const QString &ruleId) const
{
    return m_mappingErrors.value(QString()) + m_mappingErrors.value(ruleId);
}

bool Executor::enqueuePull(QString *error)
{
    // A pull still to run (a trigger's, or the follow-up of a read a killed run left) covers
    // this one: a second would read the same orders again and queue them twice.
    auto pending =
        Store::EngineStateRepository(m_store).pendingJobs(QString::fromLatin1(JobKinds::pullOrders));
    if (!pending) {
        *error = pending.error().message;
        return false;
    }
    if (pending.value() > 0)
        return true;
    Store::JobQueue queue(m_store);
    auto id = queue.enqueue({QString::fromLatin1(JobKinds::pullOrders), {}, 10, {}});
    if (!id) {
        *error = id.error().message;
        return false;
    }
    return true;
}

QDateTime Executor::orderCursor()
{
    Store::EngineStateRepository state(m_store);
    auto value = state.setting(cursorSettingKey(orderObject));
    if (!value || value.value().isEmpty())
        return {};
    return QDateTime::fromString(value.value(), Qt::ISODateWithMs).toUTC();
}

void Executor::audit(const Store::Job &job, const QString &matchKey, const QString &sourceId,
                     const QString &targetId, const QString &operation, const QString &idempotencyKey,
                     const Net::HttpExchange *exchange, const QString &result, const QString &error,
                     bool bodiesRedacted)
{
    Store::AuditEntry entry;
    // The engine's clock, not the exchange's wall-clock start: one clock for leases, retries and audit.
    entry.timestamp = now();
    entry.runId = m_runId;
    entry.jobId = job.id;
    entry.objectType = objectTypeOf(job);
    entry.matchKey = matchKey;
    entry.sourceId = sourceId;
    entry.targetId = targetId;
    entry.direction = directionOf(job);
    entry.operation = operation;
    entry.attempt = job.attempts;
    entry.idempotencyKey = idempotencyKey;
    if (exchange) {
        entry.requestMethod = QString::fromLatin1(exchange->request.method);
        entry.requestUrl = exchange->request.url.toString();
        entry.requestHeaders = exchange->request.headers;
        entry.requestBody = exchange->request.body;
        entry.responseStatus = exchange->response.status;
        entry.responseBody = exchange->response.body;
        entry.durationMs = exchange->durationMs;
        if (entry.idempotencyKey.isEmpty())
            entry.idempotencyKey = exchange->request.idempotencyKey;
    }
    entry.result = result;
    entry.error = error;
    entry.bodiesRedacted = exchange && bodiesRedacted;
    if (auto appended = Store::AuditLog(m_store).append(entry); !appended)
        qWarning("audit: %s", qPrintable(appended.error().message));
}

void Executor::fail(const Store::Job &job, const QString &matchKey, const QString &sourceId,
                    const Connectors::ConnectorFailure &failure, const QList<Net::HttpExchange> &exchanges,
                    const QString &operation, RunSummary &summary, bool blocked)
{
    const RetryDecision decision = m_retry.decide(failure.outcome, std::max(1, job.attempts), now());
    const bool retry = decision.kind == RetryDecision::Retry && !blocked;
    // The policy's reason quotes the detail it was given; the connector's message is the detail.
    const QString error = decision.reason.isEmpty() ? failure.message
        : decision.reason.contains(failure.message) ? decision.reason
                                                    : QString(failure.message + u" — "_s + decision.reason);
    const QString result = retry ? u"retry"_s : u"dead"_s;
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        const Net::HttpExchange &exchange = exchanges.at(i);
        const bool last = i + 1 == exchanges.size();
        audit(job, matchKey, sourceId, {}, operation, {}, &exchange,
              last ? result : (exchange.response.isSuccess() ? u"ok"_s : u"failed"_s),
              last ? error : QString());
    }
    if (exchanges.isEmpty())
        audit(job, matchKey, sourceId, {}, operation, {}, nullptr, blocked ? u"blocked"_s : result, error);

    Store::JobQueue queue(m_store);
    if (retry) {
        ++summary.retries;
        // Never before the limiter allows the next request (a Retry-After it learnt, a quota).
        qint64 delay = decision.delay.count();
        for (const Net::HttpClient *client : {m_storeClient.get(), m_erpClient.get()})
            delay =
                std::max<qint64>(delay, m_limiter->delayBeforeNext(client->options().rateLimitKey).count());
        if (auto failed = queue.fail(job.id, m_options.worker, {error, now().addMSecs(delay), {}, {}});
            !failed)
            qWarning("job %lld: %s", job.id, qPrintable(failed.error().message));
        return;
    }
    ++summary.dead;
    if (blocked)
        ++summary.blocked;
    if (auto failed =
            queue.fail(job.id, m_options.worker, {error, std::nullopt, objectTypeOf(job), sourceId});
        !failed) {
        qWarning("job %lld: %s", job.id, qPrintable(failed.error().message));
        return;
    }
    QJsonObject details{{u"job_kind"_s, job.kind}, {u"last_error"_s, error}, {u"match_key"_s, matchKey}};
    if (!exchanges.isEmpty()) {
        const QJsonObject last = lastExchangeDetails(exchanges.last());
        for (auto it = last.begin(); it != last.end(); ++it)
            details.insert(it.key(), it.value());
    }
    if (auto added = Store::EngineStateRepository(m_store).addDeadLetterDetails(job.id, details); !added)
        qWarning("job %lld: %s", job.id, qPrintable(added.error().message));
}

void Executor::runPull(const Store::Job &job, RunSummary &summary)
{
    Store::EngineStateRepository state(m_store);
    Store::JobQueue queue(m_store);
    Connectors::ReadCursor cursor;
    cursor.updatedSince = orderCursor();
    // The ids enqueued at the cursor's own timestamp: updated_at_min is inclusive and timestamps
    // have whole seconds, so a record at exactly the cursor is skipped only if it was enqueued.
    const QString boundaryKey = cursorSettingKey(orderObject) + u".ids"_s;
    const auto boundaryIds = state.setting(boundaryKey);
    QStringList seenAtCursor =
        boundaryIds ? boundaryIds.value().split(u',', Qt::SkipEmptyParts) : QStringList();
    QDateTime newest = cursor.updatedSince;
    QStringList atNewest = seenAtCursor;
    const auto times = [](const QJsonValue &value) {
        return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    };
    const auto ids = [](const QJsonValue &value) {
        QStringList list;
        for (const QJsonValue &id : value.toArray())
            list << id.toString();
        return list;
    };
    if (const QString token = job.payload.value(u"page_token"_s).toString(); !token.isEmpty()) {
        // A follow-up pull: the next page of the same read, with what the earlier chunks saw.
        cursor.pageToken = token;
        cursor.updatedSince = times(job.payload.value(u"since"_s));
        seenAtCursor = ids(job.payload.value(u"seen_at_cursor"_s));
        newest = times(job.payload.value(u"newest"_s));
        atNewest = ids(job.payload.value(u"at_newest"_s));
    }
    const QDateTime since = cursor.updatedSince;
    QString nextToken;
    // The first chunk of a read is short (two pages): its orders are written while the lane
    // reads the next chunk, instead of the books waiting for a whole chunk to be read first.
    const qsizetype chunk = cursor.pageToken.isEmpty()
        ? qMin<qsizetype>(m_options.pullChunk, 2 * qsizetype(m_options.pageSize))
        : m_options.pullChunk;
    // Pages are read on the reader lane; the next one is asked for as soon as this one says
    // where it is and that this chunk reads it, so that it travels and is parsed while this one
    // is queued.
    const auto read = [this](const Connectors::ReadCursor &from) {
        return readPage(from);
    };
    // updated_at_min is inclusive: what the cursor already covers was enqueued last time.
    const auto covered = [&](const Connectors::VendorRecord &record) {
        return since.isValid() && record.updatedAt.isValid()
            && (record.updatedAt < since || (record.updatedAt == since && seenAtCursor.contains(record.id)));
    };
    std::optional<QFuture<Connectors::ReadPage>> reading;
    // This chunk's pages, read (one after the other) while the chunk before was pushed.
    std::deque<QFuture<std::optional<Connectors::ReadPage>>> readAhead;
    if (m_pullAhead && !cursor.pageToken.isEmpty() && m_pullAhead->pageToken == cursor.pageToken
        && job.payload.value(u"continues"_s).toInteger() == m_pullAhead->job.id) {
        readAhead = std::move(m_pullAhead->pages);
        m_pullAhead.reset();
    } else {
        dropPullAhead();
    }
    std::optional<Connectors::ReadPage> peeked; // taken from readAhead, not processed yet
    // A page asked for but not used (this job failed first) is still audited: every request is.
    const auto abandon = qScopeGuard([&] {
        QList<Connectors::ReadPage> unused;
        if (reading)
            unused.append(await(*reading).value_or(Connectors::ReadPage{}));
        if (peeked)
            unused.append(std::move(*peeked));
        for (const QFuture<std::optional<Connectors::ReadPage>> &ahead : readAhead) {
            if (std::optional<Connectors::ReadPage> page = await(ahead).value_or(std::nullopt))
                unused.append(std::move(*page));
        }
        for (const Connectors::ReadPage &page : std::as_const(unused)) {
            for (const Net::HttpExchange &exchange : page.exchanges)
                audit(job, {}, {}, {}, u"read"_s, {}, &exchange,
                      exchange.response.isSuccess() ? u"ok"_s : u"failed"_s,
                      Text::tr("read ahead; not used: the pull stopped before it"), true);
        }
    });
    // The next page read ahead; nullopt once the chain ended (it read enough, or the lane stopped),
    // and then the pages after it were not read either.
    const auto takeAhead = [&]() -> std::optional<Connectors::ReadPage> {
        if (peeked)
            return std::exchange(peeked, std::nullopt);
        if (readAhead.empty())
            return std::nullopt;
        std::optional<Connectors::ReadPage> next = await(readAhead.front()).value_or(std::nullopt);
        readAhead.pop_front();
        if (!next) {
            for (const QFuture<std::optional<Connectors::ReadPage>> &rest : readAhead)
                (void)await(rest);
            readAhead.clear();
        }
        return next;
    };
    for (;;) {
        std::optional<Connectors::ReadPage> answered = takeAhead();
        if (!answered) {
            if (!reading) // not read ahead (a page's records were already cached)
                reading = read(cursor);
            answered = await(*reading);
            reading.reset();
            if (!answered) {
                answered.emplace();
                answered->failure = Connectors::ConnectorFailure{
                    AttemptOutcome::network(QNetworkReply::OperationCanceledError),
                    Text::tr("the read was stopped before the store answered")};
            }
        }
        const Connectors::ReadPage page = std::move(*answered);
        if (!page.failure && !page.nextPageToken.isEmpty() && readAhead.empty() && !peeked) {
            qsizetype kept = 0;
            for (const Connectors::VendorRecord &record : page.records)
                kept += record.updatedAt.isValid() && !covered(record) ? 1 : 0;
            if (m_readCache.size() + kept < chunk)
                reading = read({cursor.updatedSince, page.nextPageToken});
        }
        for (const Net::HttpExchange &exchange : page.exchanges)
            if (!page.failure || &exchange != &page.exchanges.last())
                audit(job, {}, {}, {}, u"read"_s, {}, &exchange,
                      exchange.response.isSuccess() ? u"ok"_s : u"failed"_s, {}, true);
        if (page.failure) {
            QList<Net::HttpExchange> last;
            if (!page.exchanges.isEmpty())
                last.append(page.exchanges.last());
            fail(job, {}, {}, *page.failure, last, u"read"_s, summary);
            return;
        }
        // A page's jobs are enqueued in one commit.
        QStringList cachedNow;
        auto enqueued = m_store.transaction([&](QSqlDatabase &) -> std::optional<Store::StoreError> {
            for (const Connectors::VendorRecord &record : page.records) {
                if (covered(record))
                    continue;
                const QJsonObject payload{{u"order_id"_s, record.id},
                                          {u"updated_at"_s, record.updatedAt.toString(Qt::ISODateWithMs)}};
                if (auto id = queue.enqueue({QString::fromLatin1(JobKinds::pushOrder), payload, 0, {}}); !id)
                    return id.error();
                // Kept until the push (at most a chunk of about pullChunk orders). A record
                // without a version is read again by the push, so not kept.
                if (record.updatedAt.isValid()) {
                    m_readCache.insert(record.id, record);
                    cachedNow.append(record.id);
                }
                if (record.updatedAt.isValid() && (!newest.isValid() || record.updatedAt > newest)) {
                    newest = record.updatedAt;
                    atNewest.clear();
                }
                if (record.updatedAt.isValid() && record.updatedAt == newest)
                    atNewest.append(record.id);
                ++summary.ordersRead;
            }
            return std::nullopt;
        });
        if (!enqueued) {
            for (const QString &id : std::as_const(cachedNow))
                m_readCache.remove(id); // their jobs were rolled back
            fail(job, {}, {},
                 {AttemptOutcome::validation(enqueued.error().message), enqueued.error().message}, {},
                 u"read"_s, summary);
            return;
        }
        if (page.nextPageToken.isEmpty())
            break;
        if (m_readCache.size() >= chunk)
            peeked = takeAhead(); // a page read ahead beyond the chunk is still used
        if (m_readCache.size() >= chunk && !peeked) {
            // Enough read for now: a follow-up pull, queued behind this chunk's pushes, reads on
            // from the next page. Memory stays flat however many orders the store has.
            nextToken = page.nextPageToken;
            break;
        }
        cursor.pageToken = page.nextPageToken;
    }
    // The cursor moves only after every order it covers is enqueued (after the last chunk), in one
    // commit with the follow-up pull and the job's completion.
    auto finished = m_store.transaction([&](QSqlDatabase &) -> std::optional<Store::StoreError> {
        if (nextToken.isEmpty() && newest.isValid()) {
            if (auto saved = state.setSetting(cursorSettingKey(orderObject),
                                              newest.toUTC().toString(Qt::ISODateWithMs));
                !saved)
                return saved.error();
            if (auto saved = state.setSetting(boundaryKey, atNewest.join(u',')); !saved)
                return saved.error();
        }
        if (!nextToken.isEmpty()) {
            const QJsonObject payload{
                {u"continues"_s, job.id},
                {u"page_token"_s, nextToken},
                {u"since"_s, since.isValid() ? since.toUTC().toString(Qt::ISODateWithMs) : QString()},
                {u"seen_at_cursor"_s, QJsonArray::fromStringList(seenAtCursor)},
                {u"newest"_s, newest.isValid() ? newest.toUTC().toString(Qt::ISODateWithMs) : QString()},
                {u"at_newest"_s, QJsonArray::fromStringList(atNewest)},
            };
            if (auto next = queue.enqueue({QString::fromLatin1(JobKinds::pullOrders), payload, -1, {}});
                !next)
                return next.error();
        }
        if (auto done = queue.complete(job.id, m_options.worker); !done)
            qWarning("job %lld: %s", job.id, qPrintable(done.error().message));
        return std::nullopt;
    });
    if (!finished) {
        fail(job, {}, {},
             {AttemptOutcome::network(QNetworkReply::UnknownNetworkError), finished.error().message}, {},
             u"read"_s, summary);
        return;
    }
    // The follow-up pull's pages travel and are parsed while this chunk's orders are pushed (the
    // reader lane is idle then): one more chunk in memory at most.
    if (!nextToken.isEmpty())
        m_pullAhead = readPages(job, {since, nextToken}, m_options.pullChunk);
}

/// Where a chain of read-ahead pages stands; touched on the reader lane only, but `stop`.
struct Executor::ReadChain
{
    std::atomic<bool> stop{false};
    QString nextToken;
    qsizetype read = 0;
    bool ended = false;
};

Executor::PullAhead Executor::readPages(const Store::Job &job, const Connectors::ReadCursor &from,
                                        qsizetype records)
{
    PullAhead ahead{job, from.pageToken, {}, std::make_shared<ReadChain>()};
    ahead.chain->nextToken = from.pageToken;
    const int pageSize = qMax(1, m_options.pageSize);
    const qsizetype pages = (records + pageSize - 1) / pageSize;
    for (qsizetype i = 0; i < pages; ++i) {
        ahead.pages.push_back(m_reader->submit<std::optional<Connectors::ReadPage>>(
            [chain = ahead.chain, since = from.updatedSince, records,
             pageSize](Connectors::Connector &store) -> std::optional<Connectors::ReadPage> {
                if (chain->ended || chain->stop.load())
                    return std::nullopt;
                Connectors::ReadPage page = readRedacted(store, {since, chain->nextToken}, pageSize);
                chain->read += page.records.size();
                chain->nextToken = page.nextPageToken;
                chain->ended = page.failure || page.nextPageToken.isEmpty() || chain->read >= records;
                return page;
            }));
    }
    return ahead;
}

QFuture<Connectors::ReadPage> Executor::readPage(const Connectors::ReadCursor &from)
{
    return m_reader->submit<Connectors::ReadPage>(
        [from, pageSize = m_options.pageSize](Connectors::Connector &store) {
            return readRedacted(store, from, pageSize);
        });
}

void Executor::dropPullAhead()
{
    if (!m_pullAhead)
        return;
    const PullAhead ahead = std::move(*m_pullAhead);
    m_pullAhead.reset();
    ahead.chain->stop.store(true); // no more pages than the one on its way
    for (const QFuture<std::optional<Connectors::ReadPage>> &future : ahead.pages) {
        const std::optional<Connectors::ReadPage> page = await(future).value_or(std::nullopt);
        if (!page)
            continue;
        for (const Net::HttpExchange &exchange : page->exchanges)
            audit(ahead.job, {}, {}, {}, u"read"_s, {}, &exchange,
                  exchange.response.isSuccess() ? u"ok"_s : u"failed"_s,
                  Text::tr("read ahead for the next pull; not used"), true);
    }
}

void Executor::resolve(PushItem &item, RunSummary &summary)
{
    const Store::Job &job = item.job;
    if (job.kind == QLatin1StringView(JobKinds::webhookShopify)) {
        const QString topic = job.payload.value(u"topic"_s).toString();
        if (topic != u"orders/create" && topic != u"orders/updated") {
            audit(job, {}, job.payload.value(u"resource_id"_s).toString(), {}, u"webhook"_s, {}, nullptr,
                  u"skipped"_s, Text::tr("the webhook topic %1 is not synced").arg(topic));
            (void)Store::JobQueue(m_store).complete(job.id, m_options.worker);
            ++summary.skipped;
            item.done = true;
            return;
        }
        item.orderId = job.payload.value(u"resource_id"_s).toVariant().toString();
        if (item.orderId.isEmpty())
            item.orderId = job.payload.value(u"body"_s).toObject().value(u"id"_s).toVariant().toString();
    } else {
        item.orderId = job.payload.value(u"order_id"_s).toVariant().toString();
    }
    if (item.orderId.isEmpty()) {
        fail(job, {}, {}, {AttemptOutcome::validation({}), Text::tr("the job names no order id")}, {},
             u"read"_s, summary, true);
        item.done = true;
        return;
    }

    // A vendor's part of a split order carries its document from the split.
    if (const QJsonObject part = job.payload.value(u"document"_s).toObject(); !part.isEmpty()) {
        item.matchKey = job.payload.value(u"match_key"_s).toString();
        item.document = part;
        return;
    }
    // A part without its document (a repair of the truth pass): the order is read and split again.
    QString partOf;
    if (m_splitVendor && item.orderId.contains(u'/')) {
        partOf = item.orderId;
        item.orderId = partOf.section(u'/', 0, 0);
    }

    // Read: the page a pull just read when it is the same version, otherwise the store.
    std::optional<Connectors::VendorRecord> record;
    const auto cached = m_readCache.constFind(item.orderId);
    const QDateTime wanted =
        QDateTime::fromString(job.payload.value(u"updated_at"_s).toString(), Qt::ISODateWithMs);
    if (cached != m_readCache.cend() && wanted.isValid() && cached->updatedAt == wanted) {
        record = *cached;
        m_readCache.erase(cached);
    } else {
        const Connectors::ReadOne read = m_store_->readById(orderObject, item.orderId);
        if (read.failure) {
            for (qsizetype i = 0; i + 1 < read.exchanges.size(); ++i)
                audit(job, {}, item.orderId, {}, u"read"_s, {}, &read.exchanges.at(i), u"ok"_s, {});
            QList<Net::HttpExchange> last;
            if (!read.exchanges.isEmpty())
                last.append(read.exchanges.last());
            fail(job, {}, item.orderId, *read.failure, last, u"read"_s, summary);
            item.done = true;
            return;
        }
        for (const Net::HttpExchange &exchange : read.exchanges)
            audit(job, read.record ? read.record->matchKey : QString(), item.orderId, {}, u"read"_s, {},
                  &exchange, u"ok"_s, {});
        if (!read.record) {
            fail(job, {}, item.orderId,
                 {AttemptOutcome::http(404),
                  Text::tr("order %1 no longer exists in the store").arg(item.orderId)},
                 {}, u"read"_s, summary, true);
            item.done = true;
            return;
        }
        record = read.record;
    }
    if (!partOf.isEmpty()) {
        QString why;
        const std::optional<QList<Connectors::VendorRecord>> parts = m_store_->splitByVendor(*record, &why);
        const auto found = parts ? std::find_if(parts->cbegin(), parts->cend(),
                                                [&partOf](const auto &part) { return part.id == partOf; })
                                 : QList<Connectors::VendorRecord>::const_iterator();
        if (!parts || found == parts->cend()) {
            fail(job, record->matchKey, partOf,
                 {AttemptOutcome::validation({}),
                  parts
                      ? Text::tr("order %1 no longer has lines of the vendor of %2").arg(item.orderId, partOf)
                      : Text::tr("cannot be split by vendor: %1").arg(why)},
                 {}, u"split"_s, summary, true);
            item.done = true;
            return;
        }
        item.orderId = partOf;
        item.matchKey = found->matchKey;
        item.document = found->document;
        return;
    }
    if (m_splitVendor) {
        splitOrder(item, *record, summary);
        return;
    }
    item.matchKey = record->matchKey;
    item.document = std::move(record->document);
}

void Executor::splitOrder(PushItem &item, const Connectors::VendorRecord &record, RunSummary &summary)
{
    const Store::Job &job = item.job;
    item.done = true;
    QString why;
    const std::optional<QList<Connectors::VendorRecord>> parts = m_store_->splitByVendor(record, &why);
    if (!parts) {
        fail(job, record.matchKey, item.orderId,
             {AttemptOutcome::validation({}), Text::tr("cannot be split by vendor: %1").arg(why)}, {},
             u"split"_s, summary, true);
        return;
    }
    // The parts are queued as the order's job completes, in one commit: a kill leaves either
    // the order's job or its parts' jobs, never both nor neither.
    QStringList names;
    Store::JobQueue queue(m_store);
    auto queued = m_store.transaction([&](QSqlDatabase &) -> std::optional<Store::StoreError> {
        for (const Connectors::VendorRecord &part : *parts) {
            Store::NewJob next;
            next.kind = QString::fromLatin1(JobKinds::pushOrder);
            next.priority = job.priority;
            next.payload = {{u"order_id"_s, part.id},
                            {u"updated_at"_s, record.updatedAt.toString(Qt::ISODateWithMs)},
                            {u"match_key"_s, part.matchKey},
                            {u"document"_s, part.document}};
            if (auto added = queue.enqueue(next); !added)
                return added.error();
            names.append(part.id.mid(item.orderId.size() + 1)); // "<order id>/<vendor>"
        }
        if (auto completed = queue.complete(job.id, m_options.worker); !completed)
            return completed.error();
        return std::nullopt;
    });
    if (!queued) {
        fail(job, record.matchKey, item.orderId,
             {AttemptOutcome::network(QNetworkReply::UnknownNetworkError), queued.error().message}, {},
             u"split"_s, summary);
        return;
    }
    audit(job, record.matchKey, item.orderId, {}, u"split"_s, {}, nullptr, u"ok"_s,
          Text::tr("split by vendor into %n record(s): %1", nullptr, int(parts->size()))
              .arg(names.join(u", "_s)));
}

void Executor::mapItem(PushItem &item) const
{
    // Map; or, for a dead letter the user edited (`dlq edit`), the payload as edited.
    if (const QJsonObject edited = item.job.payload.value(u"mapped_payload"_s).toObject();
        !edited.isEmpty()) {
        item.payload = edited;
        item.edited = true;
    } else {
        if (const QStringList invalid = mappingErrors(orderObject); !invalid.isEmpty()) {
            item.mapErrors = invalid;
            return;
        }
        const Mapping::MappingResult mapped = m_mapper->map(item.document);
        if (!mapped.ok()) {
            item.mapErrors = mapped.errors();
            return;
        }
        item.payload = mapped.payload;
    }
    // Before the write: what the ERP will compute for tax where it insists on doing so itself.
    item.taxFlags = taxFlagsOf(item.orderId, item.matchKey, item.document, item.payload);
    item.document = {}; // freed here, off the engine's thread
    item.reference = m_erp->payloadMatchKey(m_erpObject, item.payload);
    // Serialised once: the hash, the payload kept as written and the audit rows all use it.
    item.payloadJson = compact(item.payload);
    item.hash =
        QString::fromLatin1(QCryptographicHash::hash(item.payloadJson, QCryptographicHash::Sha256).toHex());
    // Its audit row's request body should it be written in a batch, prepared here (off the
    // engine's thread).
    item.auditRequest = Store::Redactor::redactBody(m_erp->batchElementBody(m_erpObject, item.payloadJson));
}

QStringList Executor::taxFlagsOf(const QString &orderId, const QString &matchKey, const QJsonObject &document,
                                 const QJsonObject &payload) const
{
    if (!m_taxTarget)
        return {};
    // toCanonical() is const; the store connector's learnt shop currency, which it reads, only
    // changes while this thread reads the store (resolve(), pulls), never while the pool maps.
    const Connectors::VendorRecord record{orderObject, orderId, matchKey, {}, document};
    return taxFlags(*m_store_, record, payload, m_config.erp.system, m_config.mapping.policies, *m_taxTarget);
}

void Executor::plan(PushItem &item, RunSummary &summary)
{
    const Store::Job &job = item.job;
    if (item.edited) {
        audit(job, item.matchKey, item.orderId, {}, u"map"_s, {}, nullptr, u"ok"_s,
              Text::tr("the mapped payload as edited in the dead-letter queue"));
    } else if (!item.mapErrors.isEmpty()) {
        fail(job, item.matchKey, item.orderId,
             {AttemptOutcome::validation({}),
              Text::tr("blocked by the mapping: %1").arg(item.mapErrors.join(u"; "_s))},
             {}, u"map"_s, summary, true);
        item.done = true;
        return;
    }

    // Plan: cross-reference → unchanged? → update; none → (after a failed attempt) look-up → create.
    const bool prefetched = m_prefetch.ids.contains(item.orderId);
    std::optional<Store::CrossReference> linked;
    if (prefetched) {
        if (const auto found = m_prefetch.xrefs.constFind(item.orderId); found != m_prefetch.xrefs.cend())
            linked = *found;
    } else {
        auto read = Store::CrossReferenceRepository(m_store).findByStoreId(m_config.connectionPair,
                                                                           orderObject, item.orderId);
        if (!read) {
            fail(job, item.matchKey, item.orderId,
                 {AttemptOutcome::network(QNetworkReply::UnknownNetworkError), read.error().message}, {},
                 u"plan"_s, summary);
            item.done = true;
            return;
        }
        linked = read.value();
    }
    const QString shop = m_config.storeKeyName();
    item.repair = job.payload.value(u"repair"_s).toObject();
    if (linked && item.repair.value(u"action"_s).toString() == u"create"_s
        && linked->erpId == item.repair.value(u"target_id"_s).toString()) {
        // The truth pass found the linked record deleted or voided in the ERP: the order is written
        // again as a new record, and the link to the lost one goes.
        item.replaces = linked->erpId;
        if (auto removed = Store::CrossReferenceRepository(m_store).remove(linked->id); !removed) {
            fail(job, item.matchKey, item.orderId,
                 {AttemptOutcome::network(QNetworkReply::UnknownNetworkError), removed.error().message}, {},
                 u"plan"_s, summary);
            item.done = true;
            return;
        }
        m_prefetch.xrefs.remove(item.orderId);
        m_prefetch.hashes.remove(item.orderId);
        linked.reset();
    }
    if (linked) {
        item.existingId = linked->erpId;
        QString writtenHash;
        if (prefetched) {
            writtenHash = m_prefetch.hashes.value(item.orderId);
        } else if (auto written = Store::EngineStateRepository(m_store).written(m_config.connectionPair,
                                                                                orderObject, item.orderId);
                   written && written.value()) {
            writtenHash = written.value()->hash;
        }
        if (!writtenHash.isEmpty() && writtenHash == item.hash && item.repair.isEmpty()) {
            audit(job, item.matchKey, item.orderId, item.existingId, u"skip"_s, {}, nullptr, u"skipped"_s,
                  Text::tr("unchanged since the last write"));
            (void)Store::JobQueue(m_store).complete(job.id, m_options.worker);
            ++summary.skipped;
            item.done = true;
            return;
        }
        item.operation = u"update"_s;
        item.idempotencyKey = shop + u":order:"_s + item.orderId + u":update:"_s + item.hash.left(16);
        if (!item.repair.isEmpty()) // the same payload again, after the ERP changed it: a new request
            item.idempotencyKey += u":repair-"_s + QString::number(item.repair.value(u"run"_s).toInteger());
        return;
    }
    item.operation = u"create"_s;
    item.idempotencyKey = shop + u":order:"_s + item.orderId + u":create"_s;
    if (!item.replaces.isEmpty()) // not the key of the lost record's create, which the ERP remembers
        item.idempotencyKey += u":replaces-"_s + item.replaces;
    // An earlier attempt, or an earlier job of the same order in a run that was killed, may have
    // written without us hearing the answer: the intent recorded before every create says so.
    // (A batch's Idempotency-Key covers the batch, which a later run may group differently.)
    bool sentBefore = job.attempts > 1;
    if (!sentBefore && prefetched) {
        sentBefore = m_prefetch.intents.contains(intentPrefix + item.idempotencyKey);
    } else if (!sentBefore) {
        auto intent = Store::IdempotencyLedger(m_store).find(intentPrefix + item.idempotencyKey);
        sentBefore = !intent || intent.value().has_value();
    }
    // A connector whose writes find and complete what an interrupted one made gets the write
    // again; for the others a look-up by the reference decides.
    if (sentBefore && !item.reference.isEmpty() && !m_erpResumes) {
        const Connectors::ReadOne found = m_erp->findByMatchKey(m_erpObject, item.reference);
        if (found.failure) {
            fail(job, item.matchKey, item.orderId, *found.failure, found.exchanges, u"lookup"_s, summary);
            item.done = true;
            return;
        }
        for (const Net::HttpExchange &exchange : found.exchanges)
            audit(job, item.matchKey, item.orderId, found.record ? found.record->id : QString(), u"lookup"_s,
                  item.idempotencyKey, &exchange, u"ok"_s, {});
        if (found.record && found.record->id != item.replaces) {
            Connectors::WriteOutcome outcome;
            outcome.record = found.record;
            outcome.alreadyExisted = true;
            finishWrite(item, outcome, summary);
            item.done = true;
        }
    }
}

void Executor::finishWrite(PushItem &item, const Connectors::WriteOutcome &outcome, RunSummary &summary)
{
    const Store::Job &job = item.job;
    if (!outcome.ok()) {
        // A batch request: the audit rows and the dead letter keep this order's own element.
        QList<Net::HttpExchange> exchanges = outcome.exchanges;
        for (Net::HttpExchange &exchange : exchanges) {
            if (!m_erpBatches || exchange.request.method == "GET"
                || exchange.request.idempotencyKey == item.idempotencyKey)
                continue;
            exchange.request.body = m_erp->batchElementBody(m_erpObject, item.payloadJson);
            const QJsonObject body = QJsonDocument::fromJson(exchange.response.body).object();
            for (auto list = body.begin(); list != body.end(); ++list) {
                if (!list->isArray() || item.reference.isEmpty())
                    continue;
                for (const QJsonValue &element : list->toArray()) {
                    if (m_erp->payloadMatchKey(m_erpObject, element.toObject()) == item.reference) {
                        QJsonObject narrowed = body;
                        narrowed.insert(list.key(), QJsonArray{element});
                        exchange.response.body = compact(narrowed);
                    }
                }
            }
        }
        fail(job, item.matchKey, item.orderId,
             outcome.failure.value_or(Connectors::ConnectorFailure{AttemptOutcome::validation({}),
                                                                   Text::tr("the ERP returned no record")}),
             exchanges, item.operation, summary);
        return;
    }
    const QString erpId = outcome.record->id;
    if (item.existingId.isEmpty()) {
        Store::CrossReference reference;
        reference.connectionPair = m_config.connectionPair;
        reference.objectType = orderObject;
        reference.storeId = item.orderId;
        reference.erpId = erpId;
        reference.matchKey = item.matchKey;
        if (auto added = Store::CrossReferenceRepository(m_store).add(reference); !added)
            qWarning("cross-reference: %s", qPrintable(added.error().message));
        else if (m_prefetch.ids.contains(item.orderId))
            m_prefetch.xrefs.insert(item.orderId, added.value());
    }
    if (m_prefetch.ids.contains(item.orderId))
        m_prefetch.hashes.insert(item.orderId, item.hash);
    (void)Store::IdempotencyLedger(m_store).record(
        item.idempotencyKey, item.existingId.isEmpty() ? u"created"_s : u"updated"_s, erpId);
    (void)Store::EngineStateRepository(m_store).setWritten(m_config.connectionPair, orderObject, item.orderId,
                                                           item.payload, item.hash, item.payloadJson);
    const bool batch = outcome.exchanges.size() == 1
        && !outcome.exchanges.first().request.idempotencyKey.isEmpty()
        && outcome.exchanges.first().request.idempotencyKey != item.idempotencyKey;
    for (const Net::HttpExchange &shared : outcome.exchanges) {
        Net::HttpExchange exchange = shared;
        const bool own = batch && exchange.request.method != "GET";
        if (own) {
            // A batch request: keep this order's own element in its audit row (prepared, and
            // redacted, on the worker threads).
            exchange.request.body = item.auditRequest;
            exchange.response.body = item.auditResponse;
        }
        QStringList notes;
        if (batch)
            notes.append(Text::tr("written in a batch (key %1)").arg(shared.request.idempotencyKey));
        if (exchange.request.method != "GET")
            notes += item.taxFlags;
        audit(job, item.matchKey, item.orderId, erpId, item.operation, item.idempotencyKey, &exchange,
              exchange.response.isSuccess() ? u"ok"_s : u"failed"_s, notes.join(u'\n'), own);
    }
    if (outcome.exchanges.isEmpty() || outcome.alreadyExisted)
        audit(job, item.matchKey, item.orderId, erpId, item.operation, item.idempotencyKey, nullptr, u"ok"_s,
              outcome.alreadyExisted ? Text::tr("the invoice already existed (found by key or look-up)")
                                     : QString());
    if (auto done = Store::JobQueue(m_store).complete(job.id, m_options.worker); !done)
        qWarning("job %lld: %s", job.id, qPrintable(done.error().message));
    if (item.existingId.isEmpty())
        ++summary.created;
    else
        ++summary.updated;
}

void Executor::prefetch(const QList<Store::Job> &jobs)
{
    m_prefetch = {};
    QStringList ids;
    QStringList intents;
    const QString shop = m_config.storeKeyName();
    for (const Store::Job &job : jobs) {
        const QString id = job.kind == QLatin1StringView(JobKinds::pushOrder)
            ? job.payload.value(u"order_id"_s).toVariant().toString()
            : QString();
        if (id.isEmpty())
            continue;
        ids.append(id);
        intents.append(intentPrefix + shop + u":order:"_s + id + u":create"_s);
    }
    if (ids.isEmpty())
        return;
    auto xrefs =
        Store::CrossReferenceRepository(m_store).findByStoreIds(m_config.connectionPair, orderObject, ids);
    auto hashes =
        Store::EngineStateRepository(m_store).writtenHashes(m_config.connectionPair, orderObject, ids);
    auto sent = Store::IdempotencyLedger(m_store).existing(intents);
    if (!xrefs || !hashes || !sent)
        return; // prepare() asks per order instead
    m_prefetch.xrefs = std::move(xrefs).value();
    m_prefetch.hashes = std::move(hashes).value();
    m_prefetch.intents = std::move(sent).value();
    m_prefetch.ids = QSet<QString>(ids.cbegin(), ids.cend());
}

QList<qint64> Executor::runPushBatch(const QList<Store::Job> &jobs, RunSummary &summary)
{
    // Read (mostly from the pull's cache) here; then map on the worker pool, a write-sized chunk
    // at a time, while this thread plans, writes and records the chunks before: the mapping of
    // the next chunk overlaps the ERP's answer to this one.
    std::vector<PushItem> items(size_t(jobs.size()));
    QList<QList<size_t>> chunks;
    const int maximum = m_erp->capabilities().maxBatchSize > 1 ? m_erp->capabilities().maxBatchSize : 25;
    const qsizetype chunkSize = m_options.writeBatch > 0 ? qMin(m_options.writeBatch, maximum) : maximum;
    for (size_t i = 0; i < items.size(); ++i) {
        PushItem &item = items[i];
        item.job = jobs.at(qsizetype(i));
        resolve(item, summary);
        if (item.done)
            continue;
        if (chunks.isEmpty() || chunks.constLast().size() >= chunkSize)
            chunks.append(QList<size_t>());
        chunks.last().append(i);
    }
    // Mapped a few chunks ahead of the writes, not the whole lease at once: the pool then works
    // while the ERP answers instead of taking every core from it at the start of a lease.
    QList<QFuture<void>> mapped;
    mapped.reserve(chunks.size());
    const auto mapAhead = [&](qsizetype upTo) {
        while (mapped.size() < qMin(upTo, chunks.size())) {
            mapped.append(
                QtConcurrent::run(m_mapPool.get(), [this, &items, chunk = chunks.at(mapped.size())] {
                    for (const size_t i : chunk)
                        mapItem(items[i]);
                }));
        }
    };
    const qsizetype lookahead = qMax(2, m_mapPool->maxThreadCount()) + m_writers->size();
    mapAhead(lookahead);
    // Whatever happens below, no worker outlives the items it maps.
    const auto finished = qScopeGuard([&mapped] {
        for (QFuture<void> &future : mapped)
            future.waitForFinished();
    });
    // A chunk is planned while the one before is on the wire, and recorded while the next one
    // is: at most one write per lane beyond the one being recorded.
    QList<qint64> untried; // the jobs of the chunks a stop left unstarted
    std::deque<PendingWrite> pending;
    QSet<QString> inFlight; // orders of the writes not recorded yet
    for (qsizetype k = 0; k < chunks.size(); ++k) {
        if (!summary.error.isEmpty())
            break; // the state store failed: write nothing more; the jobs come back after their leases
        if (stopRequested()) {
            // What is on the wire is recorded below; runOnce() hands the rest back, and the orders
            // not mapped yet go back to the read cache for the next run of this executor (the
            // mapped ones no longer hold the order as read: the next run reads them again).
            for (QFuture<void> &future : mapped)
                future.waitForFinished();
            for (qsizetype rest = k; rest < chunks.size(); ++rest) {
                for (const size_t i : chunks.at(rest)) {
                    const PushItem &item = items[i];
                    untried.append(item.job.id);
                    const QDateTime version = QDateTime::fromString(
                        item.job.payload.value(u"updated_at"_s).toString(), Qt::ISODateWithMs);
                    if (version.isValid() && !item.document.isEmpty())
                        m_readCache.insert(
                            item.orderId, {orderObject, item.orderId, item.matchKey, version, item.document});
                }
            }
            break;
        }
        waitInEventLoop(mapped[k]);
        mapAhead(k + 1 + lookahead);
        if (std::optional<PendingWrite> started = startChunk(items, chunks.at(k), inFlight, summary))
            pending.push_back(std::move(*started));
        while (pending.size() > size_t(m_writers->size())) {
            finishChunk(items, pending.front(), inFlight, summary);
            pending.pop_front();
        }
    }
    while (!pending.empty()) {
        finishChunk(items, pending.front(), inFlight, summary);
        pending.pop_front();
    }
    return untried;
}

std::optional<Executor::PendingWrite> Executor::startChunk(std::vector<PushItem> &items,
                                                           const QList<size_t> &chunk,
                                                           QSet<QString> &inFlight, RunSummary &summary)
{
    // What plan() looks up per order, read for the whole chunk in three queries (after the
    // chunks before it were recorded, so an order they wrote is seen as written).
    QList<Store::Job> jobs;
    jobs.reserve(chunk.size());
    for (const size_t i : chunk)
        jobs.append(items[i].job);
    prefetch(jobs);
    const auto clear = qScopeGuard([this] { m_prefetch = {}; });
    for (const size_t i : chunk) {
        PushItem &item = items[i];
        if (inFlight.contains(item.orderId)) {
            // Its write in the chunk before is not recorded yet: after it, as an update or a skip.
            audit(item.job, item.matchKey, item.orderId, {}, u"skip"_s, {}, nullptr, u"deferred"_s,
                  Text::tr("a write of this order is still on its way; this job follows"));
            (void)Store::JobQueue(m_store).defer(item.job.id, m_options.worker,
                                                 Text::tr("deferred behind a write on its way"));
            item.done = true;
            continue;
        }
        plan(item, summary);
    }
    QList<Connectors::WriteRequest> requests;
    QList<size_t> indexes;
    QHash<QString, size_t> writing; // order id → the item writing it in this chunk
    QStringList intents;
    for (const size_t i : chunk) {
        PushItem &item = items[i];
        if (item.done)
            continue;
        if (const auto first = writing.constFind(item.orderId); first != writing.cend()) {
            const PushItem &writer = items[first.value()];
            if (writer.hash == item.hash) {
                // Two jobs of one order with the same payload (a pull re-read after a kill, a
                // webhook next to a poll): one write.
                audit(item.job, item.matchKey, item.orderId, {}, u"skip"_s, {}, nullptr, u"duplicate"_s,
                      Text::tr("job %1 writes the same order in this batch").arg(writer.job.id));
                (void)Store::JobQueue(m_store).complete(item.job.id, m_options.worker);
                ++summary.skipped;
            } else {
                // A different version (a newer read, an edited dead letter): after this batch,
                // when it is an update of what the first job wrote.
                audit(item.job, item.matchKey, item.orderId, {}, u"skip"_s, {}, nullptr, u"deferred"_s,
                      Text::tr("job %1 writes another version of the order in this batch; this one "
                               "follows")
                          .arg(writer.job.id));
                (void)Store::JobQueue(m_store).defer(item.job.id, m_options.worker,
                                                     Text::tr("deferred behind job %1").arg(writer.job.id));
            }
            item.done = true;
            continue;
        }
        writing.insert(item.orderId, i);
        // Flagged before the request leaves, so that the audit log says it before the invoice
        // exists; the write goes ahead with the owner's amounts (the ERP computes its own).
        if (!item.taxFlags.isEmpty())
            audit(item.job, item.matchKey, item.orderId, item.existingId, item.operation, item.idempotencyKey,
                  nullptr, u"flagged"_s, item.taxFlags.join(u'\n'));
        requests.append({m_erpObject, item.payload, item.idempotencyKey, item.existingId, item.reference,
                         item.payloadJson});
        indexes.append(i);
        if (item.existingId.isEmpty())
            intents.append(intentPrefix + item.idempotencyKey);
    }
    if (requests.isEmpty())
        return std::nullopt;
    // Recorded (durably) before the request leaves: a run killed from here on looks the
    // invoices up before creating them again.
    if (auto recorded = Store::IdempotencyLedger(m_store).recordAll(intents, u"sending"_s); !recorded) {
        for (const size_t index : std::as_const(indexes)) {
            const PushItem &item = items[index];
            fail(item.job, item.matchKey, item.orderId,
                 {AttemptOutcome::network(QNetworkReply::UnknownNetworkError), recorded.error().message}, {},
                 item.operation, summary);
        }
        return std::nullopt;
    }
    for (const size_t index : std::as_const(indexes))
        inFlight.insert(items[index].orderId);
    const auto write = [requests = std::move(requests), object = m_erpObject](Connectors::Connector &erp) {
        WrittenChunk chunk;
        chunk.outcomes = erp.writeBatch(requests);
        for (const Connectors::WriteOutcome &outcome : std::as_const(chunk.outcomes)) {
            chunk.auditResponses.append(outcome.ok() && outcome.record ? Store::Redactor::redactBody(
                                            erp.batchElementBody(object, compact(outcome.record->document)))
                                                                       : QByteArray());
        }
        return chunk;
    };
    return PendingWrite{indexes, m_writers->submit<WrittenChunk>(write)};
}

void Executor::finishChunk(std::vector<PushItem> &items, PendingWrite &write, QSet<QString> &inFlight,
                           RunSummary &summary)
{
    const QList<size_t> &indexes = write.indexes;
    const WrittenChunk written = await(write.written).value_or(WrittenChunk{});
    const QList<Connectors::WriteOutcome> &outcomes = written.outcomes;
    const auto landed = qScopeGuard([&] {
        for (const size_t index : indexes)
            inFlight.remove(items[index].orderId);
    });
    for (qsizetype k = 0; k < qMin(indexes.size(), written.auditResponses.size()); ++k)
        items[indexes.at(k)].auditResponse = written.auditResponses.at(k);
    // The batch's bookkeeping (cross-references, ledger, audit rows, job states) is one commit.
    // Should the process die before it, the intents recorded above make the next run look the
    // invoices up instead of creating them again.
    const RunSummary before = summary;
    auto recorded = m_store.transaction([&](QSqlDatabase &) -> std::optional<Store::StoreError> {
        for (qsizetype k = 0; k < indexes.size(); ++k) {
            PushItem &item = items[indexes.at(k)];
            if (k < outcomes.size()) {
                finishWrite(item, outcomes.at(k), summary);
            } else {
                Connectors::WriteOutcome missing;
                missing.failure = Connectors::ConnectorFailure{
                    AttemptOutcome::http(500), Text::tr("the ERP connector returned no outcome")};
                finishWrite(item, missing, summary);
            }
        }
        return std::nullopt;
    });
    if (!recorded) {
        // Nothing of the batch was recorded: its jobs come back after their leases.
        summary = before;
        summary.error = recorded.error().message;
    }
}

int Executor::runOnce(RunSummary &summary)
{
    Store::JobQueue queue(m_store);
    (void)queue.releaseExpired();
    auto leased = queue.lease(m_options.worker, m_options.leaseBatch, m_options.leaseDuration);
    if (!leased) {
        summary.error = leased.error().message;
        return 0;
    }
    QList<Store::Job> pushes;
    QList<Store::Job> pulls;
    QList<Store::Job> ruleJobs;
    for (const Store::Job &job : leased.value()) {
        if (ruleOf(job)) {
            ruleJobs.append(job);
        } else if (job.kind == QLatin1StringView(JobKinds::pullOrders)) {
            pulls.append(job);
        } else if (job.kind == QLatin1StringView(JobKinds::pushOrder)
                   || job.kind == QLatin1StringView(JobKinds::webhookShopify)) {
            pushes.append(job);
        } else {
            fail(job, {}, {}, {AttemptOutcome::validation({}), Text::tr("unknown job kind %1").arg(job.kind)},
                 {}, u"run"_s, summary, true);
        }
    }
    // Pushes first: a follow-up pull leased with the last pushes of its chunk reads on only
    // after they have used (and freed) the chunk's cached orders.
    QList<qint64> untried;
    if (!pushes.isEmpty())
        untried = runPushBatch(pushes, summary);
    for (const Store::Job &job : std::as_const(pulls)) {
        if (stopRequested())
            untried.append(job.id);
        else
            runPull(job, summary);
    }
    // The other rules' records, one by one (their volumes are small next to orders').
    for (const Store::Job &job : std::as_const(ruleJobs)) {
        const Rule *rule = ruleOf(job);
        if (stopRequested())
            untried.append(job.id);
        else if (job.kind.startsWith(QLatin1StringView(JobKinds::pullPrefix)))
            runRulePull(job, *rule, summary);
        else
            runRulePush(job, *rule, summary);
    }
    // Stopped mid-lease: the jobs not tried go back to the queue as they were.
    if (!untried.isEmpty()) {
        if (auto handed = queue.handBackUntried(m_options.worker, untried); !handed)
            qWarning("stopping: %s", qPrintable(handed.error().message));
    }
    return int(leased.value().size());
}

RunSummary Executor::runUntilIdle(RunProgress *progress)
{
    RunSummary summary;
    QElapsedTimer timer;
    timer.start();
    const int sentBefore = m_storeClient->sentTotal() + m_erpClient->sentTotal() + m_writers->sentTotal()
        + m_reader->sentTotal();
    Store::RunRepository runs(m_store);
    auto run = runs.startRun(Store::RunKind::Sync, m_config.connectionPair);
    if (!run) {
        summary.error = run.error().message;
        return summary;
    }
    summary.runId = run.value().id;
    m_runId = summary.runId;
    Store::EngineStateRepository state(m_store);
    bool cancelled = false;
    m_progress = progress;
    const auto forget = qScopeGuard([this] { m_progress = nullptr; });
    for (;;) {
        if (progress && progress->cancelRequested.load()) {
            cancelled = true;
            break;
        }
        const int ran = runOnce(summary);
        if (!summary.error.isEmpty())
            break;
        if (progress) {
            progress->done = summary.created + summary.updated + summary.skipped + summary.dead;
            progress->total = std::max(progress->total.load(), summary.ordersRead + summary.recordsRead);
            if (progress->onStep)
                progress->onStep(progress->done, progress->total);
        }
        if (ran > 0)
            continue;
        auto pending = state.pendingJobs();
        if (!pending) {
            summary.error = pending.error().message;
            break;
        }
        if (pending.value() == 0 || !m_options.waitForRetries)
            break;
        auto due = state.nextDue();
        if (!due) {
            summary.error = due.error().message;
            break;
        }
        if (!due.value())
            break;
        waitFor(std::chrono::milliseconds(std::max<qint64>(1, now().msecsTo(*due.value()))));
    }
    dropPullAhead(); // a run stopped before its follow-up pull
    m_runId.reset();
    summary.cancelled = cancelled;
    // Audit retention: "audit.retention_days" in the workspace's settings (ledgerlink-cli audit
    // retention); unset or 0 keeps every row forever.
    if (auto days = state.setting(QString::fromLatin1(auditRetentionSetting));
        days && days.value().toInt() > 0) {
        auto pruned = Store::AuditLog(m_store).pruneBefore(now().addDays(-days.value().toInt()));
        if (pruned)
            summary.auditPruned = pruned.value();
        else
            qWarning("audit retention: %s", qPrintable(pruned.error().message));
    }
    summary.requests = m_storeClient->sentTotal() + m_erpClient->sentTotal() + m_writers->sentTotal()
        + m_reader->sentTotal() - sentBefore;
    summary.elapsedMs = timer.elapsed();
    QJsonObject counts = summary.toJson();
    counts.remove(u"run"_s);
    (void)runs.finishRun(summary.runId,
                         cancelled                     ? Store::RunStatus::Cancelled
                             : summary.error.isEmpty() ? Store::RunStatus::Succeeded
                                                       : Store::RunStatus::Failed,
                         counts);
    return summary;
}

DryRunOutcome Executor::dryRun(RunProgress *progress)
{
    DryRunOutcome outcome;
    // A dry run can never write, whatever the workspace allows: both clients are read-only.
    const Net::WriteGuard storeGuard = m_storeClient->options().guard;
    const Net::WriteGuard erpGuard = m_erpClient->options().guard;
    m_storeClient->setGuard(Net::WriteGuard::readOnly());
    m_erpClient->setGuard(Net::WriteGuard::readOnly());
    const auto restore = qScopeGuard([&] {
        m_storeClient->setGuard(storeGuard);
        m_erpClient->setGuard(erpGuard);
    });
    const auto cancelled = [progress] {
        return progress && progress->cancelRequested.load();
    };

    // Both sides, every page.
    const auto readAll = [&](Connectors::Connector &connector, const QString &object,
                             QList<Connectors::VendorRecord> &records) -> bool {
        Connectors::ReadCursor cursor;
        for (;;) {
            const Connectors::ReadPage page = connector.readPage(object, cursor, m_options.pageSize);
            if (page.failure) {
                outcome.error = Text::tr("the dry run could not read %1 from %2: %3")
                                    .arg(object, connector.system(), page.failure->message);
                return false;
            }
            records += page.records;
            if (page.nextPageToken.isEmpty() || cancelled())
                return true;
            cursor.pageToken = page.nextPageToken;
        }
    };
    QList<Connectors::VendorRecord> orders;
    QList<Connectors::VendorRecord> invoices;
    if (!readAll(*m_store_, orderObject, orders) || !readAll(*m_erp, m_erpObject, invoices))
        return outcome;
    // A split order is planned as its vendors' parts; one that cannot be split is blocked.
    QHash<QString, QString> unsplit; // order id → why it cannot be split
    if (m_splitVendor) {
        QList<Connectors::VendorRecord> parts;
        parts.reserve(orders.size());
        for (const Connectors::VendorRecord &order : std::as_const(orders)) {
            QString why;
            if (std::optional<QList<Connectors::VendorRecord>> split = m_store_->splitByVendor(order, &why)) {
                parts += *split;
            } else {
                unsplit.insert(order.id, why);
                parts.append(order);
            }
        }
        orders = std::move(parts);
    }
    QHash<QString, Connectors::VendorRecord> invoiceById;
    QHash<QString, Connectors::VendorRecord> invoiceByReference;
    for (const Connectors::VendorRecord &invoice : std::as_const(invoices)) {
        invoiceById.insert(invoice.id, invoice);
        invoiceByReference.insert(m_erp->payloadMatchKey(m_erpObject, invoice.document), invoice);
    }
    if (progress)
        progress->total = int(orders.size());

    DryRunReport report;
    report.workspaceDir = m_config.dir;
    report.source =
        Text::tr("%1 order(s) read from the store (%2) and %3 invoice(s) from the ERP (%4), read-only")
            .arg(orders.size())
            .arg(m_config.store.baseUrl.toString())
            .arg(invoices.size())
            .arg(m_config.erp.baseUrl.toString());
    report.notes.append(Text::tr("Nothing was written to either system."));
    QList<Store::PlanItem> items;
    Store::CrossReferenceRepository xrefs(m_store);
    Store::EngineStateRepository state(m_store);
    for (const Connectors::VendorRecord &order : std::as_const(orders)) {
        if (cancelled()) {
            outcome.cancelled = true;
            return outcome;
        }
        PlannedChange change;
        change.objectType = orderObject;
        change.direction = storeToErp;
        change.sourceId = order.id;
        change.matchKey = order.matchKey;
        const Mapping::MappingResult mapped = m_mapper->map(order.document);
        change.after = mapped.payload;
        Store::PlanItem item;
        QJsonObject diff;
        if (const auto why = unsplit.constFind(order.id); why != unsplit.cend()) {
            change.action = PlanAction::Blocked;
            change.reasons.append(*why);
            change.summary = Text::tr("cannot be split by vendor");
        } else if (const QStringList invalid = mappingErrors(orderObject);
                   !invalid.isEmpty() || !mapped.ok()) {
            change.action = PlanAction::Blocked;
            change.reasons = invalid + mapped.errors();
            change.summary = Text::tr("blocked by the mapping");
        } else {
            const QString reference = m_erp->payloadMatchKey(m_erpObject, mapped.payload);
            auto linked = xrefs.findByStoreId(m_config.connectionPair, orderObject, order.id);
            if (!linked) {
                outcome.error = linked.error().message;
                return outcome;
            }
            if (linked.value()) {
                change.targetId = linked.value()->erpId;
                auto written = state.written(m_config.connectionPair, orderObject, order.id);
                if (!written) {
                    outcome.error = written.error().message;
                    return outcome;
                }
                if (!invoiceById.contains(change.targetId)) {
                    change.action = PlanAction::Conflict;
                    change.reasons.append(
                        Text::tr("the linked invoice %1 no longer exists in the ERP").arg(change.targetId));
                } else if (written.value()
                           && written.value()->hash == Store::EngineStateRepository::hashOf(mapped.payload)) {
                    change.action = PlanAction::Skip;
                    change.summary = Text::tr("unchanged since the last write");
                } else {
                    change.action = PlanAction::Update;
                    QJsonObject fields;
                    if (written.value()) {
                        item.before = written.value()->payload;
                        diffInto(written.value()->payload, mapped.payload, {}, fields);
                    }
                    diff.insert(u"fields"_s, fields);
                    change.summary = Text::tr("%n field(s) change", nullptr, int(fields.size()));
                }
            } else if (!reference.isEmpty() && invoiceByReference.contains(reference)) {
                change.action = PlanAction::Skip;
                change.targetId = invoiceByReference.value(reference).id;
                change.summary =
                    Text::tr("the ERP already has invoice %1 with Reference %2; it will be linked")
                        .arg(change.targetId, reference);
            } else {
                change.action = PlanAction::Create;
                change.summary = Text::tr("new invoice %1, %n line(s)", nullptr,
                                          int(mapped.payload.value(u"LineItems"_s).toArray().size()))
                                     .arg(reference);
            }
        }
        // What is written is checked first: where the ERP computes tax itself, the plan says
        // before the write what it will arrive at (the write still goes ahead).
        if (change.action == PlanAction::Create || change.action == PlanAction::Update)
            change.flags = taxFlagsOf(order.id, order.matchKey, order.document, mapped.payload);
        if (!change.reasons.isEmpty())
            diff.insert(u"reasons"_s, QJsonArray::fromStringList(change.reasons));
        if (!change.flags.isEmpty())
            diff.insert(u"flags"_s, QJsonArray::fromStringList(change.flags));
        item.objectType = change.objectType;
        item.objectId = change.sourceId;
        item.action = change.action;
        item.matchKey = change.matchKey;
        item.after = change.after;
        item.diff = diff;
        items.append(item);
        report.changes.append(change);
        if (progress)
            ++progress->done;
    }

    Store::RunRepository runs(m_store);
    auto run = runs.startRun(Store::RunKind::DryRun, m_config.connectionPair);
    if (!run) {
        outcome.error = run.error().message;
        return outcome;
    }
    QJsonObject counts;
    for (const PlannedChange &change : std::as_const(report.changes)) {
        const QString name = Store::nameOf(change.action);
        counts[name] = counts.value(name).toInt() + 1;
    }
    if (auto added = runs.addPlanItems(run.value().id, items); !added) {
        (void)runs.finishRun(run.value().id, Store::RunStatus::Failed, {});
        outcome.error = added.error().message;
        return outcome;
    }
    if (auto finished = runs.finishRun(run.value().id, Store::RunStatus::Succeeded, counts); !finished) {
        outcome.error = finished.error().message;
        return outcome;
    }
    report.runId = QString::number(run.value().id);
    outcome.report = std::move(report);
    return outcome;
}

} // namespace LedgerLink::Engine
