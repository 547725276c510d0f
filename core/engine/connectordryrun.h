#pragma once

#include "engine/dryrun.h"
#include "engine/workspaceconfig.h"
#include "sandbox/sandboxservices.h"
#include "store/statestore.h"
#include "store/storelocation.h"

#include <QtCore/QString>
#include <QtCore/QUrl>

#include <functional>
#include <optional>
#include <utility>

namespace LedgerLink::Engine {

/**
 * For the sandbox workspace with no `sandbox serve` serving it (no sandbox.json record): starts
 * the sandbox store and books in `sandbox` (for as long as it lives) and returns their URLs.
 * std::nullopt otherwise, or on failure with *error set.
 */
std::optional<std::pair<QUrl, QUrl>> startSandboxIfNeeded(const QString &workspace,
                                                          Sandbox::SandboxServices &sandbox, QString *error);

/**
 * A workspace opened for one pass of the CLI or the studio (a dry run, a reconciliation): the
 * state store opened (a corrupt state file is named before anything else; its connection of this
 * thread is closed with the object), a sandbox started when the sandbox workspace has none serving
 * (*note is then set to `startedNote`), the configuration loaded, and a non-sandbox workspace's
 * secrets filled through `credentials` (refused with `credentialsNeeded` without it). error() says
 * what failed and where; config() is set when nothing did. Lives on the thread that made it.
 */
class WorkspacePass
{
public:
    using Credentials = std::function<bool(WorkspaceConfig &config, QString *error)>;
    WorkspacePass(const QString &workspace, const std::optional<Store::StoreLocation> &state,
                  const Credentials &credentials, const QString &startedNote,
                  const QString &credentialsNeeded, QString *note);
    ~WorkspacePass();
    Q_DISABLE_COPY_MOVE(WorkspacePass)

    const QString &error() const { return m_error; }
    std::optional<WorkspaceConfig> &config() { return m_config; }
    Store::StateStore &store() { return m_store; }

private:
    Store::StateStore m_store;
    Sandbox::SandboxServices m_sandbox;
    std::optional<WorkspaceConfig> m_config;
    QString m_error;
};

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
