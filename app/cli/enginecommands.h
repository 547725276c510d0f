#pragma once

#include "engine/dryrun.h"

#include <QtCore/QStringList>

class QTextStream;

namespace LedgerLink::Cli {

/// True for the commands the sync engine serves: run, status, dlq, audit, plan.
bool isEngineCommand(const QString &command);

/// Runs one engine command (`command` is "run", "status", "dlq", "audit" or "plan";
/// `arguments` are those after it). Returns the process exit code (0 ok, 1 failed, 2 bad usage).
int engineCommand(const QString &command, const QStringList &arguments, QTextStream &out, QTextStream &err);

/**
 * The dry run of `workspace` through the real connectors (Executor::dryRun): both clients
 * read-only, every store order and ERP invoice read, the plan stored. The sandbox workspace with
 * no sandbox serving starts one for the command's duration (`*note` says so).
 */
Engine::DryRunOutcome connectorDryRun(const QString &workspace, bool credentialsFromEnv, QString *note);

/// The usage lines of the engine commands, for the CLI's help.
QString engineUsage();

} // namespace LedgerLink::Cli
