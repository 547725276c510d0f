#pragma once

#include <QtCore/QString>

namespace LedgerLink::Model {

/**
 * One field of an exported CSV sheet (RFC 4180), safe to open in a spreadsheet.
 *
 * - Formula injection (OWASP "CSV Injection"): a value a spreadsheet would run as a formula —
 *   one that starts with '=', '+', '-', '@', a tab or a carriage return — gets a leading
 *   apostrophe, so a customer name such as `=HYPERLINK("http://x","y")` stays text. A plain
 *   signed number (`-12.50`, `+3`) is left as it is: an amount must stay a number.
 * - Quoting: a field holding a comma, a double quote or a line break is quoted, its quotes
 *   doubled.
 */
QString csvField(const QString &text);

} // namespace LedgerLink::Model
