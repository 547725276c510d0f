#include "engine/syncengine.h"

#include "connectors/oauthsession.h"
#include "engine/scheduler.h"
#include "engine/workspace.h"
#include "engine/workspacecredentials.h"
#include "net/webhookreceiver.h"
#include "store/auditlog.h"
#include "store/enginestaterepository.h"
#include "store/statestore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QEventLoop>
#include <QtCore/QJsonDocument>
#include <QtCore/QScopeGuard>
#include <QtCore/QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Engine::SyncEngine)
};

/// The audit results of a failed attempt: retried, dead-lettered, or blocked by the mapping.
const QStringList failedResults{u"retry"_s, u"dead"_s, u"blocked"_s};

/// The Scheduler id of the truth pass (no object rule has it: rule ids are object names).
const QString reconcileTrigger = u"@reconcile"_s;

} // namespace

QStringList SyncEngine::syncedObjects()
{
    return {u"order"_s, u"payment"_s, u"payout"_s};
}

SyncEngine::SyncEngine(EngineOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

SyncEngine::~SyncEngine()
{
    m_executor.reset();
    if (m_store)
        m_store->closeThreadConnection();
}

void SyncEngine::start()
{
    QString error;
    auto config = loadWorkspaceConfig(m_options.workspaceDir, &error, m_options.sandboxUrls);
    if (!config) {
        emit started(false, error);
        return;
    }
    if (!config->sandbox) {
        if (!m_options.credentials || m_options.credentials->storeAccessToken.isEmpty()
            || m_options.credentials->erpAccessToken.isEmpty()) {
            emit started(false,
                         Text::tr("%1: the engine was started without this workspace's credentials")
                             .arg(connectionsFilePath(config->dir)));
            return;
        }
        config->store.accessToken = m_options.credentials->storeAccessToken;
        config->store.webhookSecret = m_options.credentials->storeWebhookSecret;
        config->erp.accessToken = m_options.credentials->erpAccessToken;
        config->erp.webhookSecret = m_options.credentials->erpWebhookSecret;
        attachOAuthSession(config->erp, m_options.credentials->erpRefreshToken,
                           {m_options.credentials->erpClientId, m_options.credentials->erpClientSecret});
    }
    m_store =
        std::make_unique<Store::StateStore>(m_options.stateLocation.value_or(ownStateLocation(config->dir)));
    if (auto opened = m_store->open(); !opened) {
        emit started(false, opened.error().message);
        return;
    }
    ExecutorOptions executorOptions = m_options.executor;
    executorOptions.exclusive = true; // one engine per workspace, in the studio as headless
    // A run ends when nothing is due rather than sit out a retry's backoff (a payment waiting for
    // its invoice, a 429): tick() wakes the queue when the retry comes due, and triggers, webhooks
    // and the truth pass are not held up meanwhile.
    executorOptions.waitForRetries = false;
    m_clock = executorOptions.clock;
    if (m_options.fromWorkspace) {
        executorOptions.allowWrites = config->allowWrites;
        executorOptions.allowStoreWrites = config->allowStoreWrites;
        executorOptions.rateLimits = config->rateLimits;
    }
    m_executor = std::make_unique<Executor>(*config, *m_store, executorOptions);
    if (!m_executor->open(&error)) {
        m_executor.reset();
        emit started(false, error);
        return;
    }

    m_scheduler = std::make_unique<Scheduler>(QTimeZone(config->timeZone.toUtf8()), executorOptions.clock);
    if (m_options.triggers) {
        QStringList problems;
        const QList<ClockTrigger> triggers = clockTriggers(config->mapping.objects, &problems);
        for (const QString &problem : std::as_const(problems))
            emit this->error(Text::tr("%1: objects.trigger: %2").arg(mappingFilePath(config->dir), problem));
        const QStringList runnable = objects();
        for (const ClockTrigger &trigger : triggers) {
            if (!runnable.contains(trigger.object))
                continue;
            m_scheduler->add(trigger.object, trigger.schedule);
            emit log(Text::tr("%1: next %2 at %3")
                         .arg(trigger.object, trigger.text,
                              m_scheduler->nextDue(trigger.object).toString(Qt::ISODate)));
        }
        // The truth pass: nightly unless the workspace says otherwise (reconcile schedule).
        QString why;
        const ReconcileSchedule pass = reconcileScheduleOf(*m_store, &why);
        if (!why.isEmpty()) {
            emit this->error(why);
        } else if (pass.schedule) {
            m_reconcileMode = pass.mode;
            m_scheduler->add(reconcileTrigger, *pass.schedule);
            emit log(Text::tr("reconciliation (%1, %2): next at %3")
                         .arg(pass.text, nameOf(pass.mode),
                              m_scheduler->nextDue(reconcileTrigger).toString(Qt::ISODate)));
        }
        // A webhook can be lost: objects that arrive by webhook are polled as well, if asked.
        if (m_options.webhookFallbackPollMinutes > 0) {
            for (const Mapping::ObjectRule &rule : std::as_const(config->mapping.objects)) {
                if (rule.trigger.kind != Mapping::TriggerKind::Webhook || !runnable.contains(rule.id)
                    || m_scheduler->nextDue(rule.id).isValid())
                    continue;
                m_scheduler->add(rule.id, Schedule::every(m_options.webhookFallbackPollMinutes));
                emit log(Text::tr("%1: arrives by webhook; polled every %2 min in case a delivery is lost, "
                                  "next at %3")
                             .arg(rule.id)
                             .arg(m_options.webhookFallbackPollMinutes)
                             .arg(m_scheduler->nextDue(rule.id).toString(Qt::ISODate)));
            }
        }
    }

    if (m_options.webhooks && config->store.webhookSecret.isEmpty()) {
        // Without the secret no delivery can be verified, and an HMAC with an empty key is one
        // anybody can make: nothing is received; schedules and polls go on.
        emit this->error(
            Text::tr("no webhook secret for the store: webhooks are not received (add the secret "
                     "where the connection is set up); schedules and polls go on"));
    } else if (m_options.webhooks) {
        m_receiver = new Net::WebhookReceiver(*m_store, this);
        m_receiver->setSecret(Net::WebhookVendor::Shopify, config->store.webhookSecret);
        if (!m_receiver->listen(m_options.webhookAddress, m_options.webhookPort)) {
            emit started(false,
                         Text::tr("the webhook receiver cannot listen on %1:%2: %3")
                             .arg(m_options.webhookAddress.toString())
                             .arg(m_options.webhookPort)
                             .arg(m_receiver->errorString()));
            return;
        }
        // Only enqueues in the receiver; the engine runs the queue as soon as it can.
        connect(m_receiver, &Net::WebhookReceiver::enqueued, this,
                [this] { QMetaObject::invokeMethod(this, &SyncEngine::wake, Qt::QueuedConnection); });
        emit webhookListening(m_receiver->port());
        emit log(Text::tr("webhooks: listening on http://%1:%2%3")
                     .arg(m_options.webhookAddress.toString())
                     .arg(m_receiver->port())
                     .arg(Net::WebhookReceiver::path(Net::WebhookVendor::Shopify)));
    }

    m_tick = new QTimer(this);
    connect(m_tick, &QTimer::timeout, this, &SyncEngine::tick);
    m_tick->start(m_options.tickMs);
    m_progressTimer = new QTimer(this);
    connect(m_progressTimer, &QTimer::timeout, this, &SyncEngine::sampleProgress);
    m_progressTimer->start(100);
    // Called by the executor in this thread after each batch of jobs, when none is leased.
    m_progress.onStep = [this](int, int) {
        afterStep();
    };
    emit started(true, {});
}

void SyncEngine::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    emit log(Text::tr("paused: triggers only enqueue until resumed"));
    if (!m_running)
        announcePause();
    // else: afterStep() holds the run once the batch under way is done, and says so then (a
    // dry run, which has no batches, when it ends).
}

void SyncEngine::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    emit log(Text::tr("resumed"));
    m_pauseAnnounced = false;
    emit pauseChanged(false);
    if (m_hold) {
        m_hold->quit(); // the held run goes on
        return;
    }
    if (std::exchange(m_deferred, false))
        wake();
}

void SyncEngine::cancelRun()
{
    m_progress.cancelRequested = true;
    if (m_hold)
        m_hold->quit(); // a held run ends, as cancelled
}

void SyncEngine::stop()
{
    m_stopped = true;
    m_progress.cancelRequested = true;
    if (m_hold)
        m_hold->quit();
    if (m_tick)
        m_tick->stop();
    if (m_receiver) {
        delete m_receiver;
        m_receiver = nullptr;
    }
    sampleProgress();
    emit stopped();
}

void SyncEngine::runObjectNow(const QString &object)
{
    if (!m_executor)
        return;
    QString error;
    if (!(object == u"order" ? m_executor->enqueuePull(&error)
                             : m_executor->enqueueRulePull(object, &error))) {
        emit this->error(error);
        return;
    }
    if (m_running) { // a trigger during a run: the run under way takes the pull (and its object)
        runQueue(u"sync"_s);
        return;
    }
    m_runObject = object;
    runQueue(u"sync"_s); // the phase is an id (JSON, logs), not text
    m_runObject = u"order"_s;
}

void SyncEngine::runAllNow()
{
    if (!m_executor)
        return;
    // One rule after the other, each until its queue is idle: what one writes (a sale) is there
    // for the next (its invoice's status going back, its payment). One sync: one summary.
    m_gathered = QJsonArray();
    for (const QString &object : objects()) {
        if (m_stopped || m_progress.cancelRequested)
            break;
        runObjectNow(object);
    }
    const QJsonArray runs = *std::exchange(m_gathered, std::nullopt);
    if (runs.isEmpty())
        return;
    if (runs.size() == 1) {
        emit finished(runs.first().toObject());
        return;
    }
    // The totals of the rules' runs; the orders read are the order rule's; each run as it was.
    QJsonObject total{{u"phase"_s, u"sync"_s}, {u"runs"_s, runs}};
    for (const char *key : {"records_read", "created", "updated", "skipped", "blocked", "dead", "retries",
                            "requests", "elapsed_ms", "audit_pruned"}) {
        qint64 sum = 0;
        for (const QJsonValue &run : runs)
            sum += run.toObject().value(QLatin1StringView(key)).toInteger();
        total.insert(QLatin1StringView(key), sum);
    }
    for (const QJsonValue &value : runs) {
        const QJsonObject run = value.toObject();
        if (run.value(u"rule"_s).toString() == u"order"_s)
            total.insert(u"orders_read"_s, run.value(u"orders_read"_s));
        if (run.value(u"cancelled"_s).toBool())
            total.insert(u"cancelled"_s, true);
        if (!total.contains(u"error"_s) && !run.value(u"error"_s).toString().isEmpty())
            total.insert(u"error"_s, run.value(u"error"_s));
        total.insert(u"run"_s, run.value(u"run"_s)); // the last
    }
    emit finished(total);
}

QStringList SyncEngine::objects() const
{
    // The sandbox workspace syncs its orders, their payments and the payouts: the money's way from
    // the order to the bank. Its mapping's other rules are the Shopify → Xero rehearsal's
    // (`ledgerlink-cli run --rule`): Shopify's products have several variants where Xero has one
    // item per SKU, and its seed has a customer without an e-mail address on purpose.
    if (!m_executor || m_executor->config().sandbox)
        return syncedObjects();
    QStringList all;
    for (const QString &rule : m_executor->ruleIds() + QStringList{u"order"_s}) {
        if (!all.contains(rule))
            all.append(rule);
    }
    // In the mapping document's order, orders where the document has them.
    QStringList ordered;
    for (const Mapping::ObjectRule &rule : m_executor->config().mapping.objects) {
        if (all.contains(rule.id))
            ordered.append(rule.id);
    }
    if (!ordered.contains(u"order"_s))
        ordered.prepend(u"order"_s);
    return ordered;
}

void SyncEngine::replayDeadLetter(qint64 id)
{
    if (!m_store)
        return;
    QString error;
    const auto job = Engine::replayDeadLetter(*m_store, id, &error);
    if (!job) {
        emit this->error(error);
        return;
    }
    emit log(Text::tr("dead letter %1 queued again as job %2").arg(id).arg(*job));
    runQueue(u"replay"_s);
}

void SyncEngine::dryRun()
{
    if (!m_executor || m_running)
        return;
    m_running = true;
    m_progress.cancelRequested = false; // a run cancelled before does not stop this one
    startRunFigures(Text::tr("dry run"));
    // Through the real connectors with read-only clients: nothing can be written.
    const DryRunOutcome outcome = m_executor->dryRun(&m_progress);
    m_running = false;
    sampleProgress();
    announcePause();
    if (!outcome.report) {
        emit error(outcome.cancelled ? Text::tr("the dry run was cancelled") : outcome.error);
        return;
    }
    emit finished(QJsonObject{{u"phase"_s, u"dry-run"_s},
                              {u"run"_s, outcome.report->runId},
                              {u"create"_s, outcome.report->count(PlanAction::Create)},
                              {u"update"_s, outcome.report->count(PlanAction::Update)},
                              {u"skip"_s, outcome.report->count(PlanAction::Skip)},
                              {u"conflict"_s, outcome.report->count(PlanAction::Conflict)},
                              {u"blocked"_s, outcome.report->count(PlanAction::Blocked)}});
}

void SyncEngine::wake()
{
    runQueue(u"queue"_s);
}

void SyncEngine::runQueue(const QString &phase)
{
    if (!m_executor || m_stopped)
        return;
    if (m_paused) { // what was enqueued runs on resume()
        m_deferred = true;
        return;
    }
    if (m_running) { // a trigger during a run (HttpClient waits in a local event loop)
        m_again = true;
        return;
    }
    m_running = true;
    m_progress.cancelRequested = false; // a run cancelled before does not stop this one
    do {
        m_again = false;
        startRunFigures(phase);
        const RunSummary summary = m_executor->runUntilIdle(&m_progress);
        if (const auto &oauth = m_executor->config().erp.oauth) {
            if (const auto renewed = oauth->takeRenewed())
                emit erpTokensRenewed(renewed->first, renewed->second);
        }
        countErrors();
        sampleProgress();
        if (!summary.error.isEmpty())
            emit error(summary.error);
        QJsonObject result = summary.toJson();
        result.insert(u"phase"_s, phase);
        result.insert(u"rule"_s, m_runObject);
        emit log(Text::tr("run %1: created %2, updated %3, skipped %4, dead letters %5")
                     .arg(summary.runId)
                     .arg(summary.created)
                     .arg(summary.updated)
                     .arg(summary.skipped)
                     .arg(summary.dead));
        if (m_gathered)
            m_gathered->append(result);
        else
            emit finished(result);
    } while (m_again && !m_paused && !m_progress.cancelRequested);
    // A request that came while the run held was served by it once resumed (it runs until the
    // queue is idle); one that came after it ended while paused waits for resume().
    m_deferred = m_paused && (m_deferred || m_again);
    m_running = false;
    announcePause();
}

void SyncEngine::announcePause()
{
    if (m_paused && !m_pauseAnnounced) {
        m_pauseAnnounced = true;
        emit pauseChanged(true);
    }
}

void SyncEngine::tick()
{
    if (!m_scheduler || m_paused || m_reconciling)
        return;
    // Rules due together run in the mapping's order, as Sync now runs them: the orders' invoices
    // are written before the payments that are applied to them wait for them.
    QStringList due = m_scheduler->due();
    const QStringList order = objects();
    std::stable_sort(due.begin(), due.end(), [&order](const QString &a, const QString &b) {
        const auto rank = [&order](const QString &id) {
            const qsizetype at = order.indexOf(id);
            return at < 0 ? order.size() : at;
        };
        return rank(a) < rank(b);
    });
    for (const QString &id : std::as_const(due)) {
        if (id == reconcileTrigger) {
            m_reconcileDue = true;
            continue;
        }
        emit log(Text::tr("%1: trigger due").arg(id));
        runObjectNow(id);
    }
    // Not in the middle of a run (a tick comes while a request waits): after it.
    if (m_reconcileDue && !m_running)
        runReconciliation();
    if (!m_running && retryDue())
        wake();
}

bool SyncEngine::retryDue()
{
    if (!m_store)
        return false;
    auto due = Store::EngineStateRepository(*m_store).nextDue();
    if (!due || !due.value())
        return false;
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    // Earlier than a due time already woken for: the clock went back, and nextDue() moved the due
    // times back with it (JobQueue::followClockBack()), maybe before that one. Forget it.
    if (m_retryWoken.isValid() && now < m_retryWoken)
        m_retryWoken = QDateTime();
    // Once per due time: a job a run left as it was (its due time did not move) does not wake
    // the queue on every tick.
    if (*due.value() > now || (m_retryWoken.isValid() && *due.value() <= m_retryWoken))
        return false;
    m_retryWoken = *due.value();
    return true;
}

void SyncEngine::runReconciliation()
{
    Q_ASSERT(thread() == QThread::currentThread());
    m_reconcileDue = false;
    if (!m_executor || m_stopped || m_running)
        return;
    m_reconciling = true;
    m_running = true; // no sync or dry run meanwhile (requests wait in local event loops)
    const auto done = qScopeGuard([this] {
        m_reconciling = false;
        m_running = false;
        sampleProgress();
    });
    m_progress.cancelRequested = false;
    startRunFigures(Text::tr("reconciliation"));
    emit log(Text::tr("reconciliation due (%1)").arg(nameOf(m_reconcileMode)));
    Reconciler reconciler(m_executor->config(), *m_store);
    QString error;
    if (!reconciler.open(&error)) {
        emit this->error(Text::tr("the scheduled reconciliation could not start: %1").arg(error));
        return;
    }
    ReconcileOptions options;
    options.mode = m_reconcileMode;
    options.runRepairs = false; // this engine holds the workspace: it runs them, below
    const ReconcileOutcome outcome = reconciler.run(options, &m_progress);
    if (!outcome.report) {
        if (!outcome.cancelled)
            emit this->error(Text::tr("the scheduled reconciliation failed: %1").arg(outcome.error));
        return;
    }
    const ReconcileReport &report = *outcome.report;
    emit log(Text::tr("reconciliation run %1: %n difference(s), %2 of them unknown", nullptr,
                      int(report.findings.size()))
                 .arg(report.runId)
                 .arg(report.count(MismatchCause::Unknown)));
    if (report.mode == ReconcileMode::Repair) {
        emit log(Text::tr("reconciliation run %1: %2 repair(s) enqueued, %3 not allowed by the rollout "
                          "stage, %4 for a person")
                     .arg(report.runId)
                     .arg(report.repairs.enqueued)
                     .arg(report.repairs.notAllowed)
                     .arg(report.repairs.review));
        if (report.repairs.enqueued > 0) {
            m_reconciling = false;
            m_running = false;
            runQueue(u"sync"_s);
        }
    }
}

void SyncEngine::startRunFigures(const QString &phase)
{
    m_phase = phase;
    m_progress.done = 0;
    m_progress.total = 0;
    m_errors.clear();
    m_runStart = m_executor->now();
}

void SyncEngine::afterStep()
{
    Q_ASSERT(thread() == QThread::currentThread());
    countErrors();
    sampleProgress();
    if (!m_paused || m_progress.cancelRequested.load() || m_stopped)
        return;
    // Paused mid-run: hold here, where the executor has no job leased, until resume(),
    // cancelRun() or stop() quits the loop. Timers, webhooks and commands are still served.
    QEventLoop hold;
    m_hold = &hold;
    emit log(Text::tr("paused: the run holds after %1 of %2 records")
                 .arg(m_progress.done.load())
                 .arg(m_progress.total.load()));
    announcePause();
    hold.exec();
    m_hold = nullptr;
}

void SyncEngine::countErrors()
{
    if (!m_store || !m_runStart.isValid())
        return;
    // One indexed count per failed result (the audit log's (result, time) index): cheap next to
    // the batch of writes it follows.
    int errors = 0;
    for (const QString &result : failedResults) {
        Store::AuditQuery query;
        query.result = result;
        query.from = m_runStart;
        query.objectType = m_runObject;
        if (const auto counted = Store::AuditLog(*m_store).count(query))
            errors += int(counted.value());
    }
    m_errors.insert(m_runObject, errors);
}

void SyncEngine::sampleProgress()
{
    const int done = m_progress.done.load();
    const int total = m_progress.total.load();
    if (done == m_lastDone && total == m_lastTotal && m_phase == m_lastPhase && m_errors == m_lastErrors)
        return;
    m_lastDone = done;
    m_lastTotal = total;
    m_lastPhase = m_phase;
    m_lastErrors = m_errors;
    emit progress(done, total, m_phase);
    // The executor runs one object rule at a time: the run's figures are that object's.
    emit objectProgress(m_runObject, done, total, m_errors.value(m_runObject));
}

EngineController::EngineController(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"LedgerLink engine"_s);
}

EngineController::~EngineController()
{
    stop();
}

void EngineController::start(const EngineOptions &options)
{
    if (m_engine)
        return;
    m_engine = new SyncEngine(options);
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &SyncEngine::started, this, &EngineController::started);
    connect(m_engine, &SyncEngine::progress, this, &EngineController::progress);
    connect(m_engine, &SyncEngine::objectProgress, this, &EngineController::objectProgress);
    connect(m_engine, &SyncEngine::pauseChanged, this, &EngineController::pauseChanged);
    connect(m_engine, &SyncEngine::log, this, &EngineController::log);
    connect(m_engine, &SyncEngine::error, this, &EngineController::error);
    connect(m_engine, &SyncEngine::finished, this, &EngineController::finished);
    connect(m_engine, &SyncEngine::webhookListening, this, &EngineController::webhookListening);
    connect(m_engine, &SyncEngine::erpTokensRenewed, this, &EngineController::erpTokensRenewed);
    m_thread.start();
    invoke("start");
}

void EngineController::invoke(const char *method)
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, method, Qt::QueuedConnection);
}

void EngineController::pause()
{
    invoke("pause");
}

void EngineController::cancelRun()
{
    invoke("cancelRun");
}

void EngineController::resume()
{
    invoke("resume");
}

void EngineController::dryRun()
{
    invoke("dryRun");
}

void EngineController::runObjectNow(const QString &object)
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, "runObjectNow", Qt::QueuedConnection, Q_ARG(QString, object));
}

void EngineController::runAllNow()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, "runAllNow", Qt::QueuedConnection);
}

void EngineController::replayDeadLetter(qint64 id)
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, "replayDeadLetter", Qt::QueuedConnection, Q_ARG(qint64, id));
}

void EngineController::stop()
{
    if (!m_engine)
        return;
    QMetaObject::invokeMethod(m_engine, "stop", Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_engine = nullptr; // deleted by deleteLater when the thread finished
}

} // namespace LedgerLink::Engine
