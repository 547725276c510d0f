#pragma once

#include "engine/dryrun.h"
#include "engine/executor.h"
#include "engine/reconciliation.h"
#include "store/storelocation.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QThread>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>

#include <memory>
#include <optional>

class QEventLoop;
class QTimer;

namespace LedgerLink::Net {
class WebhookReceiver;
}

namespace LedgerLink::Engine {

class Scheduler;

/// How a SyncEngine runs a workspace.
/// A non-sandbox workspace's secrets, read by the main thread (QtKeychain's rule) and handed over.
struct EngineCredentials
{
    QByteArray storeAccessToken;
    QByteArray storeWebhookSecret;
    QByteArray erpAccessToken;
    QByteArray erpWebhookSecret;
    /// A Xero sign-in's refresh token: the connector renews an expired access token with it.
    QByteArray erpRefreshToken = {};
    /// The OAuth app the ERP connection was signed in with, when the user brings one (Zoho Books).
    QByteArray erpClientId = {};
    QByteArray erpClientSecret = {};
};

struct EngineOptions
{
    QString workspaceDir;
    /// Store and books URLs of an in-process sandbox (win over the workspace's sandbox.json).
    std::optional<std::pair<QUrl, QUrl>> sandboxUrls;
    /// Passed to the Executor; allowWrites and rateLimits are taken from the workspace when
    /// `fromWorkspace` is true (the default).
    ExecutorOptions executor;
    bool fromWorkspace = true;
    /// Poll and schedule triggers from the mapping document's object rules.
    bool triggers = true;
    /// Starts a WebhookReceiver on this address/port (port 0: any free port).
    bool webhooks = false;
    QHostAddress webhookAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 webhookPort = 0;
    int tickMs = 1000; ///< how often triggers are checked
    /// With `triggers`: objects that arrive by webhook are also polled every this many minutes,
    /// so that a lost delivery is picked up (0: webhooks only).
    int webhookFallbackPollMinutes = 0;
    /// The secrets of a non-sandbox workspace (Engine::loadCredentials on the main thread).
    std::optional<EngineCredentials> credentials;
    /// The state store (the studio's data location; a PostgreSQL location carries its password);
    /// std::nullopt: the workspace's own SQLite file, stateFilePath(workspaceDir).
    std::optional<Store::StoreLocation> stateLocation;
};

/**
 * The sync engine: a worker QObject that lives in its own QThread (EngineController moves it
 * there), owning the Executor (and so its QNetworkAccessManager), its own StateStore connection,
 * the Scheduler of poll and schedule triggers, and the WebhookReceiver. Every trigger only
 * enqueues; the engine then runs the queue until it is empty. Progress is sampled by a timer in
 * the engine thread (HttpClient waits in a local event loop, so it fires during runs) and emitted
 * at most ten times a second, only when something changed.
 *
 * Pause: the engine takes no new work. Triggers and "run now" only enqueue; a run under way
 * finishes the batch of jobs it has leased (up to ExecutorOptions::leaseBatch; nothing stays
 * leased) and holds there, in a local event loop of the engine thread, until resume(),
 * cancelRun() or stop(). The run stays one run.
 *
 * Thread: call its slots through queued connections or QMetaObject::invokeMethod (EngineController).
 */
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    explicit SyncEngine(EngineOptions options, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// The executor (valid after started(true)); for tests in the engine thread.
    Executor *executor() const { return m_executor.get(); }
    /// The object rules the sandbox workspace syncs, and the dashboard's progress panel shows:
    /// orders, payments, payouts (other rules' records are in the runs' totals).
    static QStringList syncedObjects();
    /// What this engine runs (after started(true)): "order" and the executor's other rules
    /// (Executor::ruleIds()), in the mapping document's order; its triggers are scheduled. The
    /// sandbox workspace: syncedObjects().
    QStringList objects() const;

public slots:
    void start();
    void pause();
    void resume();
    /// Stops triggers and the receiver; a running batch finishes its current jobs first.
    void stop();
    /// Stops the run under way once the writes on the wire are recorded (RunProgress's cancel);
    /// the engine stays up and the next run starts afresh.
    void cancelRun();
    /// Enqueues a pull of `object` ("order", or another rule of objects()) and runs the queue.
    void runObjectNow(const QString &object);
    /// runObjectNow() for each of objects(), one after the other ("Sync now"), reported as one
    /// finished(): the rules' totals, "orders_read" of the order rule, and "runs" (each rule's
    /// summary with its "rule"; one rule's run is reported as it is).
    void runAllNow();
    void replayDeadLetter(qint64 id);
    /// The dry run through the connectors (Executor::dryRun: read-only clients, plan stored).
    void dryRun();
    /// Runs whatever is queued (webhooks enqueue, then wake the engine).
    void wake();

signals:
    void started(bool ok, const QString &error);
    void progress(int done, int total, const QString &phase);
    /**
     * For the object rule the run moves (one at a time), sampled with progress(): records done, records read
     * so far (a sync's total grows as its pull reads pages), and the failed attempts since the run began
     * (each retried or dead-lettered attempt, from the audit log; counted after each batch of jobs).
     */
    void objectProgress(const QString &object, int done, int total, int errors);
    /// true: the engine has stopped taking new work (at once when idle, else once the batch it
    /// leased is done); false: it resumed.
    void pauseChanged(bool paused);
    void log(const QString &line);
    void error(const QString &text);
    void finished(const QJsonObject &summary);
    void webhookListening(quint16 port);
    /// The ERP's OAuth tokens were renewed during a run: the new pair, for the keychain (which
    /// only the main thread may write; Engine::storeRenewedTokens does it).
    void erpTokensRenewed(const QByteArray &accessToken, const QByteArray &refreshToken);
    void stopped();

private:
    void runQueue(const QString &phase);
    void tick();
    /// Whether a queued job's retry has come due while no run holds (once per due time).
    bool retryDue();
    /// The scheduled truth pass (reconcileScheduleOf()): a Reconciler in this thread; in repair
    /// mode its repairs are enqueued and this engine runs them.
    void runReconciliation();
    void sampleProgress();
    /// Between two batches of a run (nothing leased): counts the errors, emits, holds if paused.
    void afterStep();
    void countErrors();
    void startRunFigures(const QString &phase);
    void announcePause(); ///< pauseChanged(true), once per pause

    EngineOptions m_options;
    std::unique_ptr<Store::StateStore> m_store;
    std::unique_ptr<Executor> m_executor;
    std::unique_ptr<Scheduler> m_scheduler;
    Net::WebhookReceiver *m_receiver = nullptr;
    /// The executor's clock (empty: the real one), for retries coming due (retryDue()).
    std::function<QDateTime()> m_clock;
    QDateTime m_retryWoken; ///< the due time the last retry wake was for
    QTimer *m_tick = nullptr;
    QTimer *m_progressTimer = nullptr;
    RunProgress m_progress;
    QString m_phase;
    /// The object rule whose records the run under way moves ("order" for a queue woken by a
    /// webhook): the one whose progress and errors are reported.
    QString m_runObject = QStringLiteral("order");
    /// While runAllNow() runs its rules one after the other: each run's summary (with "rule"),
    /// reported together as one sync when the last is done.
    std::optional<QJsonArray> m_gathered;
    int m_lastDone = -1;
    int m_lastTotal = -1;
    QString m_lastPhase;
    QHash<QString, int> m_errors; ///< the run's failed attempts per object
    QHash<QString, int> m_lastErrors;
    QDateTime m_runStart; ///< the executor's clock when the run began (audit rows since then)
    QEventLoop *m_hold = nullptr; ///< set while a paused run holds between two batches
    bool m_deferred = false; ///< a run was asked for while paused: resume() runs the queue
    bool m_paused = false;
    bool m_pauseAnnounced = false;
    bool m_stopped = false;
    bool m_running = false;
    bool m_again = false;
    bool m_reconcileDue = false; ///< the truth pass is due, waiting for the run under way
    bool m_reconciling = false;
    ReconcileMode m_reconcileMode = ReconcileMode::Report;
};

/**
 * Drives a SyncEngine from the caller's thread (GUI or CLI) without ever blocking it: owns the
 * engine thread, forwards commands as queued invocations and re-emits the engine's signals in
 * the caller's thread.
 */
class EngineController : public QObject
{
    Q_OBJECT

public:
    explicit EngineController(QObject *parent = nullptr);
    ~EngineController() override; ///< stops the engine and joins its thread

    /// Starts the engine thread for a workspace; started() tells whether it could.
    void start(const EngineOptions &options);
    void pause();
    void resume();
    /// Stops the engine and its thread (waits for the current batch to finish).
    void stop();
    /// SyncEngine::cancelRun(), without waiting for it.
    void cancelRun();
    void dryRun();
    void runObjectNow(const QString &object);
    /// SyncEngine::runAllNow(), without waiting for it.
    void runAllNow();
    void replayDeadLetter(qint64 id);
    bool isRunning() const { return m_engine != nullptr; }

signals:
    void started(bool ok, const QString &error);
    void progress(int done, int total, const QString &phase);
    void objectProgress(const QString &object, int done, int total, int errors);
    void pauseChanged(bool paused);
    void log(const QString &line);
    void error(const QString &text);
    void finished(const QJsonObject &summary);
    void webhookListening(quint16 port);
    void erpTokensRenewed(const QByteArray &accessToken, const QByteArray &refreshToken);

private:
    void invoke(const char *method);

    QThread m_thread;
    SyncEngine *m_engine = nullptr;
};

} // namespace LedgerLink::Engine
