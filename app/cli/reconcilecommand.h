#pragma once

#include <QtCore/QStringList>

class QTextStream;

namespace LedgerLink::Cli {

/**
 * `ledgerlink-cli reconcile [--repair [--enqueue-only]] [--object orders|refunds|prices|stock]...
 * [--since DATE] [--format text|csv|json] [--workspace DIR] [--json] [--credentials-from-env]`:
 * the truth pass (Engine::reconcileWorkspace()), in report mode unless --repair;
 * `arguments` are those after "reconcile".
 * Returns the process exit code (0 the pass ran, whatever it found; 1 it failed; 2 bad usage;
 * 130 cancelled by Ctrl+C).
 *
 * `reconcile show [--run N] [--format text|csv|json] [--workspace DIR] [--json]` lists a stored
 * pass's findings with their ids and what became of each repair (Engine::addRepairOutcomes());
 * `reconcile repair FINDING_ID... [--run N] [--enqueue-only] [--workspace DIR] [--json]
 * [--credentials-from-env]` repairs chosen findings (Engine::repairWorkspaceFindings()): 0 when
 * each was enqueued (and, run, none failed), 1 when one was refused or failed or an id is no
 * finding of the pass, 2 bad usage, 130 cancelled. `reconcile schedule` sets the nightly pass.
 */
int reconcile(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// The usage lines of `reconcile`, for the CLI's help.
QString reconcileUsage();

} // namespace LedgerLink::Cli
