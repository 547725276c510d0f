#pragma once

#include "engine/dryrun.h"
#include "store/storelocation.h"

#include <QtCore/QString>
#include <QtCore/QUrl>

#include <functional>
#include <optional>
#include <utility>

namespace LedgerLink::Sandbox {
class SandboxServices;
}

namespace LedgerLink::Engine {

struct WorkspaceConfig;

/**
 * For the sandbox workspace with no `sandbox serve` serving it (no sandbox.json record): starts
 * the sandbox store and books in `sandbox` (for as long as it lives) and returns their URLs.
 * std::nullopt otherwise, or on failure with *error set.
 */
std::optional<std::pair<QUrl, QUrl>> startSandboxIfNeeded(const QString &workspace,
                                                          Sandbox::SandboxServices &sandbox, QString *error);

/**
 * The dry run of a workspace through its real connectors (the CLI's `dry-run`, the studio's Dry
 * run page): opens the state store, starts a sandbox for the call when the sandbox workspace has
 * none serving (*note then says so), reads both systems with read-only clients, maps and plans,
 * and stores the plan. `credentials` fills a non-sandbox workspace's secrets; without it such a
 * workspace is refused. It is called on the calling thread: off the main thread it must not touch
 * the keychain, only copy secrets read beforehand on the main thread (as the studio's Dry run
 * page does). Any thread; it blocks until the plan is made, taking a stop through `progress`.
 * `state` is the state store that keeps the plan (the studio's data location); std::nullopt: the
 * workspace's own SQLite file, stateFilePath(workspace).
 */
DryRunOutcome connectorDryRun(const QString &workspace, RunProgress *progress,
                              const std::function<bool(WorkspaceConfig &config, QString *error)> &credentials,
                              QString *note, const std::optional<Store::StoreLocation> &state = std::nullopt);

} // namespace LedgerLink::Engine
