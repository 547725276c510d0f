#include "engine/connectordryrun.h"

#include "engine/executor.h"
#include "engine/workspace.h"
#include "engine/workspaceconfig.h"
#include "sandbox/sandboxrecord.h"
#include "sandbox/sandboxservices.h"
#include "store/statestore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QScopeGuard>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Engine::ConnectorDryRun)
};

} // namespace

std::optional<std::pair<QUrl, QUrl>> startSandboxIfNeeded(const QString &workspace,
                                                          Sandbox::SandboxServices &sandbox, QString *error)
{
    if (!isSandboxWorkspace(workspace) || Sandbox::readSandboxRecord(workspace))
        return std::nullopt;
    Sandbox::SandboxOptions options;
    options.dataDir = QDir(workspace).filePath(u"sandbox"_s);
    const Sandbox::SandboxStarted started = sandbox.start(options);
    if (!started.ok) {
        *error = Text::tr("the sandbox did not start: %1").arg(started.error);
        return std::nullopt;
    }
    return std::pair{started.storeUrl, started.booksUrl};
}

DryRunOutcome connectorDryRun(const QString &workspace, RunProgress *progress,
                              const std::function<bool(WorkspaceConfig &, QString *)> &credentials,
                              QString *note, const std::optional<Store::StoreLocation> &state)
{
    DryRunOutcome outcome;
    // The state store first: a corrupt state file is named as such, before anything else.
    if (!QFileInfo(workspace).isDir() && (!isSandboxWorkspace(workspace) || !QDir().mkpath(workspace))) {
        outcome.error = Text::tr("the workspace folder %1 does not exist").arg(workspace);
        return outcome;
    }
    Store::StateStore store(state.value_or(ownStateLocation(workspace)));
    if (auto opened = store.open(); !opened) {
        outcome.error = opened.error().message;
        return outcome;
    }
    const auto close = qScopeGuard([&store] { store.closeThreadConnection(); });
    QString error;
    Sandbox::SandboxServices sandbox;
    const std::optional<std::pair<QUrl, QUrl>> urls = startSandboxIfNeeded(workspace, sandbox, &error);
    if (!error.isEmpty()) {
        outcome.error = error;
        return outcome;
    }
    if (urls && note)
        *note = Text::tr("No sandbox was serving %1; started one for this dry run.").arg(workspace);
    auto config = loadWorkspaceConfig(workspace, &error, urls);
    if (!config) {
        outcome.error = error;
        return outcome;
    }
    if (!config->sandbox) {
        if (!credentials) {
            outcome.error =
                Text::tr("%1: this workspace's credentials are needed for a dry run").arg(workspace);
            return outcome;
        }
        if (!credentials(*config, &error)) {
            outcome.error = error;
            return outcome;
        }
    }
    ExecutorOptions options; // allowWrites stays false; the dry run is read-only anyway
    Executor executor(*config, store, options);
    if (!executor.open(&error)) {
        outcome.error = error;
        return outcome;
    }
    return executor.dryRun(progress);
}

} // namespace LedgerLink::Engine
