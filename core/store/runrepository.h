#pragma once

#include "store/storeresult.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Store {

class StateStore;

enum class RunKind { DryRun, Sync, Reconcile };
enum class RunStatus { Running, Succeeded, Failed, Cancelled };
enum class PlanAction { Create, Update, Skip, Conflict, Blocked };

[[nodiscard]] QString nameOf(RunKind kind); ///< "dry-run", "sync", "reconcile"
[[nodiscard]] QString nameOf(RunStatus status); ///< "running", "succeeded", "failed", "cancelled"
[[nodiscard]] QString nameOf(PlanAction action); ///< "create", "update", "skip", "conflict", "blocked"

/// One dry run, sync or reconciliation pass.
struct Run
{
    qint64 id = 0;
    RunKind kind = RunKind::DryRun;
    QString connectionPair;
    QDateTime started;
    std::optional<QDateTime> finished;
    RunStatus status = RunStatus::Running;
    QJsonObject counts; ///< e.g. {"create": 3, "update": 1}
};

/// One planned change of a run (what a dry run stores).
struct PlanItem
{
    qint64 id = 0; ///< assigned by addPlanItems()
    qint64 runId = 0; ///< set by addPlanItems()
    QString objectType;
    QString objectId;
    PlanAction action = PlanAction::Skip;
    QString matchKey;
    QJsonObject before;
    QJsonObject after;
    QJsonObject diff;
};

/// Runs and their plans. Thread rules: those of StateStore.
class RunRepository final
{
public:
    explicit RunRepository(StateStore &store)
        : m_store(store)
    { }

    /// Starts a run (status running, started now).
    [[nodiscard]] StoreResult<Run> startRun(RunKind kind, const QString &connectionPair);
    [[nodiscard]] StoreResult<void> finishRun(qint64 runId, RunStatus status, const QJsonObject &counts);
    [[nodiscard]] StoreResult<std::optional<Run>> run(qint64 runId);
    /// Newest first.
    [[nodiscard]] StoreResult<QList<Run>> recentRuns(int limit);

    /// Adds the items to the run's plan in one transaction (all or none).
    [[nodiscard]] StoreResult<void> addPlanItems(qint64 runId, const QList<PlanItem> &items);
    /// The run's plan in insertion order.
    [[nodiscard]] StoreResult<QList<PlanItem>> plan(qint64 runId);

private:
    StateStore &m_store;
};

} // namespace LedgerLink::Store
