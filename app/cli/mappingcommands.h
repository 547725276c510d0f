#pragma once

#include <QtCore/QStringList>

class QTextStream;

namespace LedgerLink::Cli {

/// `ledgerlink-cli mapping <validate|sheet|preview> ...`: `arguments` are those after "mapping".
/// Returns the process exit code: 0 done, 1 the document has errors (or a record did not map),
/// 2 bad usage or unreadable input.
int mapping(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// The usage lines of the mapping commands, for the CLI's help.
QString mappingUsage();

} // namespace LedgerLink::Cli
