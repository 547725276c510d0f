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

struct DryRunOutcome
{
    std::optional<DryRunReport> report; ///< set on success
    QString error; ///< set on failure: what went wrong and where
    bool cancelled = false; ///< the user cancelled; nothing was stored
};

/// The plan as text for a terminal (what `ledgerlink-cli dry-run` prints).
QString formatReport(const DryRunReport &report);

} // namespace LedgerLink::Engine
