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

WorkspacePass::WorkspacePass(const QString &workspace, const std::optional<Store::StoreLocation> &state,
                             const Credentials &credentials, const QString &startedNote,
                             const QString &credentialsNeeded, QString *note)
    : m_store(state.value_or(ownStateLocation(workspace)))
{
    // The state store first: a corrupt state file is named as such, before anything else.
    if (!QFileInfo(workspace).isDir() && (!isSandboxWorkspace(workspace) || !QDir().mkpath(workspace))) {
        m_error = Text::tr("the workspace folder %1 does not exist").arg(workspace);
        return;
    }
    if (auto opened = m_store.open(); !opened) {
        m_error = opened.error().message;
        return;
    }
    QString error;
    const std::optional<std::pair<QUrl, QUrl>> urls = startSandboxIfNeeded(workspace, m_sandbox, &error);
    if (!error.isEmpty()) {
        m_error = error;
        return;
    }
    if (urls && note)
        *note = startedNote;
    auto config = loadWorkspaceConfig(workspace, &error, urls);
    if (!config) {
        m_error = error;
        return;
    }
    if (!config->sandbox) {
        if (!credentials) {
            m_error = credentialsNeeded;
            return;
        }
        if (!credentials(*config, &error)) {
            m_error = error;
            return;
        }
    }
    m_config = std::move(config);
}

WorkspacePass::~WorkspacePass()
{
    m_store.closeThreadConnection();
}

DryRunOutcome connectorDryRun(const QString &workspace, RunProgress *progress,
                              const std::function<bool(WorkspaceConfig &, QString *)> &credentials,
                              QString *note, const std::optional<Store::StoreLocation> &state)
{
    DryRunOutcome outcome;
    WorkspacePass pass(workspace, state, credentials,
                       Text::tr("No sandbox was serving %1; started one for this dry run.").arg(workspace),
                       Text::tr("%1: this workspace's credentials are needed for a dry run").arg(workspace),
                       note);
    if (!pass.config()) {
        outcome.error = pass.error();
        return outcome;
    }
    QString error;
    ExecutorOptions options; // allowWrites stays false; the dry run is read-only anyway
    Executor executor(*pass.config(), pass.store(), options);
    if (!executor.open(&error)) {
        outcome.error = error;
        return outcome;
    }
    return executor.dryRun(progress);
}

} // namespace LedgerLink::Engine
