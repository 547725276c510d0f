#pragma once

// Repair mode of the truth pass (reconciliationrepair.cpp), for reconciliation.cpp only.

#include "engine/reconciliation.h"

namespace LedgerLink::Engine::Repair {

/**
 * Enqueues the repair job of each finding that has one, in one transaction, and sets each
 * finding's repair "status" (and "job_id" or "note"); counts into `tally`. A repair job's payload
 * is the finding's job payload plus "repair": {"run", "action", "target_id", "key"}, which the
 * Executor reads as "write even if unchanged" (and, for a "create" whose linked target is gone,
 * "write a new record with its own idempotency key"). Returns false with *error when the state
 * store failed (nothing is enqueued then).
 */
bool enqueue(const WorkspaceConfig &config, Store::StateStore &store, qint64 runId,
             QList<ReconciliationFinding> &findings, RepairTally &tally, QString *error);

/// Runs the workspace's queue until idle with an exclusive Executor, as `run` does; when that is
/// not possible (another engine holds the workspace) the note says the repairs wait for it.
void runQueue(const WorkspaceConfig &config, Store::StateStore &store, RunProgress *progress,
              RepairTally &tally);

} // namespace LedgerLink::Engine::Repair
