#pragma once

#include <QtCore/QStringList>

class QTextStream;

namespace LedgerLink::Cli {

/// `ledgerlink-cli webhook verify --vendor V --secret-file F --body FILE --signature VALUE`:
/// `arguments` are those after "webhook". Runs the same check as the webhook receiver.
/// Returns the process exit code: 0 the signature is valid (prints "valid"), 1 it is not (the
/// reason goes to `err`), 2 bad usage or an unreadable file.
int webhook(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// The usage lines of the webhook commands, for the CLI's help.
QString webhookUsage();

} // namespace LedgerLink::Cli
