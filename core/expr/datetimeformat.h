#pragma once
// Picture-string date/time formatting and parsing for the JSONata engine ($fromMillis, $toMillis),
// after XPath/XQuery F&O 3.1 fn:format-dateTime as jsonata-js 2.x implements it. Pure functions.

#include "numberformat.h"

#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Expr {

/// $fromMillis(millis [, picture [, timezone]]). A null `picture` gives ISO 8601 with milliseconds
/// ("2018-02-01T09:42:13.123Z"); otherwise the fn:format-dateTime picture is applied
/// ("[Y0001]-[M01]-[D01]", "[FNn], [D1o] [MNn] [Y]", "[h]:[m01] [P]", "[X0001]-W[W01]-[F1]" ...).
/// `timezone` ("+0100", "-0500"; null for UTC) shifts the wall-clock fields and feeds [Z]/[z].
/// Errors: D3132 (unknown component), D3133 (names for a numeric component), D3134 (timezone
/// with more than four digits), D3135 (unclosed marker), D3130/D3131 (integer picture).
std::optional<QString> formatDateTime(qint64 millis, const QString &picture, const QString &timezone,
                                      FormatError *error);

/// $toMillis(timestamp [, picture]). A null `picture` parses ISO 8601 (D3110 when the text is not
/// ISO 8601). With a picture the timestamp is read by it; components left of the most significant
/// one given default to the current time, those right of the least significant to their minimum.
/// Returns std::nullopt with an EMPTY error code when JSONata gives no value (the text does not
/// match the picture, or the picture has no component, or the result is not a valid time, where
/// jsonata-js returns NaN). Date-times without an offset are read as UTC. Errors: D3132, D3133,
/// D3135, D3136 (components missing between those given, or week-based dates).
std::optional<qint64> parseDateTime(const QString &timestamp, const QString &picture, FormatError *error);

/// As above, with the evaluation's fixed "now" (JSONata's $millis()) in milliseconds since the
/// epoch, used for the components the picture leaves out.
std::optional<qint64> parseDateTime(const QString &timestamp, const QString &picture, qint64 nowMillis,
                                    FormatError *error);

} // namespace LedgerLink::Expr
