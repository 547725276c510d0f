#pragma once

#include <QtCore/QStringList>

class QTextStream;

namespace LedgerLink::Cli {

/// Runs `ledgerlink-cli <arguments>`; returns the process exit code (0 ok, 1 the command
/// failed, 2 bad command line). Output goes to `out`, errors to `err`.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace LedgerLink::Cli
