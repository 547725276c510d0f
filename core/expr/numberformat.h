#pragma once
// Picture-string number formatting and parsing for the JSONata engine, after XPath/XQuery
// Functions and Operators 3.1 (fn:format-number, fn:format-integer) as jsonata-js 2.x implements
// them: $formatNumber, $formatInteger and $parseInteger. Pure functions, no engine state.

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace LedgerLink::Expr {

/// An error raised by a formatting or parsing function: the JSONata error code (e.g. "D3080") and
/// a plain-English message. An empty code together with std::nullopt means "no value" (undefined).
struct FormatError
{
    QString code;
    QString message;
};

/// $formatNumber(number, picture [, options]): fn:format-number. `options` holds decimal-format
/// properties overriding the defaults (decimal-separator ".", grouping-separator ",",
/// exponent-separator "e", minus-sign "-", infinity "Infinity", NaN "NaN", percent "%",
/// per-mille "‰", zero-digit "0", digit "#", pattern-separator ";"). Rounding is half-to-even
/// on the shortest decimal form of the number, as jsonata-js's $round. Returns std::nullopt and
/// sets `error` (D3080..D3093) for an invalid picture.
std::optional<QString> formatNumber(double value, const QString &picture,
                                    const QHash<QString, QString> &options, FormatError *error);

/// $formatInteger(number, picture): fn:format-integer. The number is floored first. Pictures:
/// decimal digit patterns of any Unicode digit family with grouping separators ("#,##0", "000"),
/// "a"/"A" (spreadsheet letters), "i"/"I" (roman), "w"/"W"/"Ww" (English words); the ";o" modifier
/// asks for ordinals ("21st", "twenty-first"). Errors: D3130 (unsupported sequence, or roman numerals
/// for 10,000,000 and more, where jsonata-js overflows its stack), D3131 (mixed digit families).
std::optional<QString> formatInteger(double value, const QString &picture, FormatError *error);

/// $parseInteger(string, picture): the inverse of formatInteger. Like jsonata-js it does not
/// validate the text against the picture: text it cannot read gives NaN.
std::optional<double> parseInteger(const QString &text, const QString &picture, FormatError *error);

/// Building blocks shared with datetimeformat.cpp; not part of the engine-facing interface.
namespace detail {

/// An analysed fn:format-integer picture (jsonata-js analyseIntegerPicture).
struct IntegerPicture
{
    enum class Primary { Decimal, Letters, Roman, Words, Sequence };
    enum class Case { Lower, Upper, Title };
    struct Separator
    {
        int position = 0; ///< digits to the right of the separator
        QString character; ///< one code point
    };

    Primary primary = Primary::Decimal;
    Case letterCase = Case::Lower;
    bool ordinal = false;
    char32_t zeroCode = U'0';
    int mandatoryDigits = 0;
    int optionalDigits = 0;
    bool regular = false; ///< separators repeat every `regularPosition` digits
    int regularPosition = 0;
    QString regularCharacter;
    QList<Separator> separators; ///< irregular separators, right to left
    QString token; ///< the picture of an unsupported sequence
    int parseWidth = 0; ///< fixed digit count when parsing adjacent markers (0 = any)
};

/// Analyses an integer picture; false with `error` set (D3131) when it is invalid.
bool analyseIntegerPicture(const QString &picture, IntegerPicture *out, FormatError *error);
/// Formats an integral value with an analysed picture; D3130 for an unsupported sequence.
std::optional<QString> formatIntegerWith(double value, const IntegerPicture &picture, FormatError *error);
/// Reads a value formatted with `picture` (no validation, NaN when unreadable).
double parseIntegerWith(const QString &text, const IntegerPicture &picture);
/// Sets `error` to D3130 for a picture that is an unsupported numbering sequence; returns false.
bool sequenceError(const IntegerPicture &picture, FormatError *error);
/// The English number words $parseInteger reads, in the order its matching expression tries them.
QStringList numberWords();
/// JavaScript's Number.prototype.toString() for a double ("1e+21", "0.1", "-5").
QString jsNumberToString(double value);
/// JavaScript's parseInt(text, 10): leading integer, NaN when there is none.
double jsParseInt(const QString &text);

} // namespace detail
} // namespace LedgerLink::Expr
