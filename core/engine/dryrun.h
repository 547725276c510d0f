#pragma once

#include "engine/plannedchange.h"

#include <atomic>
#include <functional>
#include <optional>

namespace LedgerLink::Engine {

/// Counters a long run updates and a UI samples (about ten times a second) from another thread.
struct RunProgress
{
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    std::atomic<bool> cancelRequested{false};
    /// Called by the run's own thread after each step (a lease of jobs): done, total.
    std::function<void(int, int)> onStep;
};

struct DryRunOptions
{
    QString workspaceDir; ///< the workspace folder; its state store is state.sqlite inside it
};

struct DryRunOutcome
{
    std::optional<DryRunReport> report; ///< set on success
    QString error; ///< set on failure: what went wrong and where
    bool cancelled = false; ///< the user cancelled; nothing was stored
};

/**
 * The sandbox dry run: reads the sandbox shop's records, plans what a sync would do to the
 * sandbox books (create / update / skip / conflict / blocked) by looking each record up in the
 * workspace's cross-reference and validating it, and stores the plan as a dry-run run in the
 * workspace's state store. Nothing is written to either system.
 *
 * Thread: runs entirely in the calling thread (a worker, never the GUI thread: it opens and
 * writes the state store). `progress` may be shared with another thread; cancelling through it
 * stops the run before anything is stored.
 */
DryRunOutcome runSandboxDryRun(const DryRunOptions &options, RunProgress *progress = nullptr);

/// The plan as text for a terminal (what `ledgerlink-cli dry-run` prints).
QString formatReport(const DryRunReport &report);

} // namespace LedgerLink::Engine
