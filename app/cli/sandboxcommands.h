#pragma once

#include <QtCore/QStringList>

class QTextStream;

namespace LedgerLink::Cli {

/// `ledgerlink-cli sandbox serve ...`: `arguments` are those after "sandbox". Returns the
/// process exit code (0 ok, 1 failed, 2 bad usage).
int sandbox(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// The usage lines of the sandbox commands, for the CLI's help.
QString sandboxUsage();

} // namespace LedgerLink::Cli
