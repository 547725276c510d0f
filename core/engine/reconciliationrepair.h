#pragma once

#include "engine/reconciliation.h"
#include "store/reconciliationrepository.h"
#include "store/storelocation.h"

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <functional>
#include <optional>

namespace LedgerLink::Store {
class StateStore;
}

namespace LedgerLink::Engine {

struct WorkspaceConfig;

/**
 * What became of a finding's repair, from its repair JSON: what the pass (or a later repair of
 * the finding) did with it ("status") and, once a job carries it, that job's state now ("outcome",
 * added by addRepairOutcomes() when the finding is read back).
 */
enum class RepairState {
    None, ///< no repair proposed
    Review, ///< a person must (the mapping, the other side's users): no job can
    Proposed, ///< a job can carry it out; not tried yet (a report pass)
    NotAllowed, ///< the rollout stage forbade the write when it was last tried
    DeadLetter, ///< the record waited in the dead-letter queue when it was last tried
    Queued, ///< its job waits in the queue
    Running, ///< an engine runs its job now
    Retrying, ///< its job failed and will be tried again (outcome "error", "next_attempt")
    Repaired, ///< its job is done: the record was written
    DeadLettered, ///< its job failed for good: a dead letter (outcome "error", "dead_letter")
};

/// "none", "review", "proposed", "not_allowed", "dead_letter", "queued", "running", "retrying",
/// "repaired", "dead_lettered".
[[nodiscard]] QString nameOf(RepairState state);
[[nodiscard]] RepairState repairStateOf(const QJsonObject &repair);
/// The state in a word or two, translated ("repaired", "needs a person", "queued").
[[nodiscard]] QString repairStateLabel(RepairState state);
/**
 * What became of the repair, said plainly in one sentence (translated), or "" when nothing was
 * tried (RepairState::None, Review, Proposed): "Repaired by job 12 (2026-11-27 21:04 UTC).",
 * "Job 12 failed for good: … It waits in the dead-letter queue (dead letter 3).".
 */
[[nodiscard]] QString describeRepairState(const QJsonObject &repair);
/**
 * Whether a repair of the finding may be asked for, judged from its repair alone (the engine
 * checks the rest when asked: the rollout stage, dead letters, a repair queued meanwhile): a job
 * must carry it, it is no "review" repair, and it is not queued, running or done already. False
 * with *why (translated) otherwise.
 */
[[nodiscard]] bool canRepair(const QJsonObject &repair, QString *why);

/**
 * Adds to each repair that names a job ("job_id") that job's state now, read from the job queue
 * and the dead letters in two queries: "outcome": {"state": RepairState name, "job_id", "attempts",
 * "error", "updated" (ISO UTC), "next_attempt" (retrying), "dead_letter" and "replayed" (dead
 * lettered)}. So a stored finding says what became of its repair even when an engine (a daemon,
 * the studio) ran the job later. False with *error when the store cannot be read (nothing changed).
 */
bool addRepairOutcomes(Store::StateStore &store, QList<Store::ReconciliationResult> &results, QString *error);
bool addRepairOutcomes(Store::StateStore &store, QList<ReconciliationFinding> &findings, QString *error);

/// One chosen finding after repairFindings().
struct FindingRepair
{
    Store::ReconciliationResult finding; ///< as stored afterwards, with its repair's outcome
    bool enqueued = false; ///< this call put its repair job on the queue
    QString refused = {}; ///< why its repair was not enqueued (translated), "" when it was
};

struct FindingRepairOutcome
{
    qint64 runId = 0; ///< the pass the findings are of (the latest one when 0 was asked for)
    QList<FindingRepair> findings = {}; ///< in the order asked for (each id once)
    RepairTally repairs = {}; ///< the counts, and whether the queue was run (its RunSummary)
    QString error = {}; ///< set on failure (a bad finding id names it); nothing was enqueued then
    bool cancelled = false; ///< stopped through RunProgress::cancelRequested (before or while running)
};

struct FindingRepairOptions
{
    /// Run the queue right after enqueuing (as `reconcile --repair` does), when no other engine
    /// holds the workspace; false: the repairs wait for the engine that runs the workspace.
    bool runRepairs = true;
};

/**
 * Repairs chosen stored findings of the stored pass `runId` (0: the latest pass that succeeded):
 * each finding's repair is checked again against the state now — a job must carry it, no person
 * must ("review"), its job is not queued, running or done already, the rollout stage of `config`
 * lets LedgerLink write that side, the record does not wait in the dead-letter queue, the same
 * repair is not queued meanwhile — and enqueued through the same job path as a repair pass
 * (ReconcileMode::Repair), in one transaction with the finding's stored repair ("status",
 * "job_id" or "note"). With FindingRepairOptions::runRepairs the queue is then run until idle by
 * an exclusive Executor of this thread (with `progress`, stopped by its cancelRequested), unless
 * another engine holds the workspace: RepairTally::note then says the repairs wait for it. An id
 * that is no finding of the pass fails the call before anything is enqueued, naming it.
 *
 * Thread: the calling thread's connection of `store`; it blocks. Never the GUI thread.
 */
FindingRepairOutcome repairFindings(const WorkspaceConfig &config, Store::StateStore &store, qint64 runId,
                                    const QList<qint64> &findingIds, const FindingRepairOptions &options = {},
                                    RunProgress *progress = nullptr);

/**
 * repairFindings() for a workspace folder (the CLI's `reconcile repair`, the studio's Repair
 * button): opens its state store (`state`, else the workspace's own), starts a sandbox for the
 * call when the sandbox workspace has none serving (*note then says so) and fills a non-sandbox
 * workspace's secrets through `credentials`, as reconcileWorkspace() does. Any thread; it blocks.
 */
FindingRepairOutcome
repairWorkspaceFindings(const QString &workspace, qint64 runId, const QList<qint64> &findingIds,
                        const FindingRepairOptions &options, RunProgress *progress,
                        const std::function<bool(WorkspaceConfig &config, QString *error)> &credentials,
                        QString *note, const std::optional<Store::StoreLocation> &state = std::nullopt);

/// The latest reconciliation pass that succeeded (0 when there is none); false with *error.
bool latestReconcileRun(Store::StateStore &store, qint64 *runId, QString *error);

} // namespace LedgerLink::Engine
