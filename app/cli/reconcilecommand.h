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
 */
int reconcile(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// The usage lines of `reconcile`, for the CLI's help.
QString reconcileUsage();

} // namespace LedgerLink::Cli
