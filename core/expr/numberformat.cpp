#include "numberformat.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QStringList>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace LedgerLink::Expr {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool fail(FormatError *error, const QString &code, const QString &message)
{
    if (error)
        *error = {code, message};
    return false;
}

// JavaScript number semantics needed to reproduce jsonata-js output digit for digit

// Shortest round-trip digits of a finite, non-zero |value|: digits "d1d2..dk" and the decimal
// exponent e such that |value| = d1.d2..dk × 10^e.
void shortestDigits(double value, std::string *digits, int *exponent)
{
    std::array<char, 64> buf{};
    const auto res =
        std::to_chars(buf.data(), buf.data() + buf.size(), std::fabs(value), std::chars_format::scientific);
    const std::string text(buf.data(), res.ptr);
    const auto ePos = text.find('e');
    digits->clear();
    for (std::size_t i = 0; i < ePos; ++i) {
        if (text[i] != '.')
            digits->push_back(text[i]);
    }
    *exponent = std::stoi(text.substr(ePos + 1));
}

// `+(mantissa + 'e' + (exp + shift))` applied to value.toString(): scales by a power of ten on
// the shortest decimal form, avoiding binary multiplication errors (jsonata-js round()).
double shiftDecimal(double value, int shift)
{
    if (value == 0 || !std::isfinite(value))
        return value;
    std::string digits;
    int exponent = 0;
    shortestDigits(value, &digits, &exponent);
    std::string text = value < 0 ? "-" : "";
    text += digits.substr(0, 1);
    if (digits.size() > 1)
        text += "." + digits.substr(1);
    text += "e" + std::to_string(exponent + shift);
    return std::strtod(text.c_str(), nullptr);
}

// JavaScript Math.round: nearest integer, ties towards +infinity.
double jsMathRound(double x)
{
    if (!std::isfinite(x))
        return x;
    double r = std::floor(x);
    if (x - r >= 0.5)
        r += 1;
    return r;
}

// jsonata-js round(arg, precision): half-to-even at `precision` decimal places.
double roundHalfEven(double arg, int precision)
{
    if (precision != 0)
        arg = shiftDecimal(arg, precision);
    double result = jsMathRound(arg);
    const double diff = result - arg;
    if (std::fabs(diff) == 0.5 && std::fabs(std::fmod(result, 2)) == 1)
        result -= 1;
    if (precision != 0)
        result = shiftDecimal(result, -precision);
    if (result == 0)
        result = 0; // no negative zero
    return result;
}

// JavaScript Number.prototype.toFixed(dp) for a non-negative value.
QString jsToFixed(double value, int dp)
{
    if (!std::isfinite(value) || value >= 1e21)
        return detail::jsNumberToString(value);
    // the exact binary value in decimal, then round half up (toFixed picks the larger n on ties)
    std::vector<char> buf(1200);
    const int len = std::snprintf(buf.data(), buf.size(), "%.1100f", value);
    std::string exact(buf.data(), std::size_t(len));
    const auto dot = exact.find('.');
    std::string kept = exact.substr(0, dot) + exact.substr(dot + 1, std::size_t(dp));
    if (exact[dot + 1 + std::size_t(dp)] >= '5') {
        std::size_t i = kept.size();
        while (i > 0 && kept[i - 1] == '9')
            kept[--i] = '0';
        if (i == 0)
            kept.insert(kept.begin(), '1');
        else
            ++kept[i - 1];
    }
    const std::size_t intLen = kept.size() - std::size_t(dp);
    std::string out = kept.substr(0, intLen);
    if (dp > 0)
        out += "." + kept.substr(intLen);
    return QString::fromLatin1(out);
}

// JavaScript String.prototype.slice(start, end) with negative indexes counted from the end.
QString jsSlice(const QString &s, qsizetype start, std::optional<qsizetype> end = std::nullopt)
{
    const qsizetype len = s.size();
    auto clamp = [len](qsizetype i) {
        return std::clamp<qsizetype>(i < 0 ? i + len : i, 0, len);
    };
    const qsizetype from = clamp(start);
    const qsizetype to = clamp(end.value_or(len));
    return to > from ? s.mid(from, to - from) : QString();
}

// JavaScript s.substr(0, pos) + insert + s.substr(pos), with substr's handling of negative values
QString jsSubstrInsert(const QString &s, qsizetype pos, const QString &insert)
{
    const QString head = pos > 0 ? s.left(pos) : QString();
    const QString tail = s.mid(pos >= 0 ? std::min(pos, s.size()) : std::max<qsizetype>(s.size() + pos, 0));
    return head + insert + tail;
}

// Words, roman numerals, spreadsheet letters

const QStringList &fewWords()
{
    static const QStringList words =
        u"Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen "
        u"Sixteen Seventeen Eighteen Nineteen"_s.split(u' ');
    return words;
}

const QStringList &ordinalWords()
{
    static const QStringList words =
        u"Zeroth First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth "
        u"Thirteenth Fourteenth Fifteenth Sixteenth Seventeenth Eighteenth Nineteenth"_s.split(u' ');
    return words;
}

const QStringList &decadeWords()
{
    static const QStringList words =
        u"Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety Hundred"_s.split(u' ');
    return words;
}

const QStringList &magnitudeWords()
{
    static const QStringList words = u"Thousand Million Billion Trillion"_s.split(u' ');
    return words;
}

QString numberToWords(double num, bool prev, bool ordinal)
{
    QString words;
    if (num <= 19) {
        const auto index = qsizetype(num);
        words = (prev ? u" and "_s : QString()) + (ordinal ? ordinalWords().at(index) : fewWords().at(index));
    } else if (num < 100) {
        const double tens = std::floor(num / 10);
        const double remainder = std::fmod(num, 10);
        words = (prev ? u" and "_s : QString()) + decadeWords().at(qsizetype(tens) - 2);
        if (remainder > 0)
            words += u'-' + numberToWords(remainder, false, ordinal);
        else if (ordinal)
            words = words.left(words.size() - 1) + u"ieth"_s;
    } else if (num < 1000) {
        const double hundreds = std::floor(num / 100);
        const double remainder = std::fmod(num, 100);
        words = (prev ? u", "_s : QString()) + fewWords().at(qsizetype(hundreds)) + u" Hundred"_s;
        if (remainder > 0)
            words += numberToWords(remainder, true, ordinal);
        else if (ordinal)
            words += u"th"_s;
    } else {
        int mag = int(std::floor(std::log10(num) / 3));
        if (mag > int(magnitudeWords().size()))
            mag = int(magnitudeWords().size());
        const double factor = std::pow(10.0, mag * 3);
        const double mant = std::floor(num / factor);
        const double remainder = num - mant * factor;
        words = (prev ? u", "_s : QString()) + numberToWords(mant, false, false) + u' '
            + magnitudeWords().at(mag - 1);
        if (remainder > 0)
            words += numberToWords(remainder, true, ordinal);
        else if (ordinal)
            words += u"th"_s;
    }
    return words;
}

// word -> value, in jsonata-js's insertion order (the order matters for the parsing regex)
const QList<std::pair<QString, double>> &wordValues()
{
    static const QList<std::pair<QString, double>> values = [] {
        QList<std::pair<QString, double>> list;
        for (qsizetype i = 0; i < fewWords().size(); ++i)
            list.append({fewWords().at(i).toLower(), double(i)});
        for (qsizetype i = 0; i < ordinalWords().size(); ++i)
            list.append({ordinalWords().at(i).toLower(), double(i)});
        for (qsizetype i = 0; i < decadeWords().size(); ++i) {
            const QString word = decadeWords().at(i).toLower();
            list.append({word, double(i + 2) * 10});
            list.append({word.left(word.size() - 1) + u"ieth"_s, double(i + 2) * 10});
        }
        list.append({u"hundredth"_s, 100});
        for (qsizetype i = 0; i < magnitudeWords().size(); ++i) {
            const QString word = magnitudeWords().at(i).toLower();
            const double value = std::pow(10.0, double(i + 1) * 3);
            list.append({word, value});
            list.append({word + u"th"_s, value});
        }
        return list;
    }();
    return values;
}

std::optional<double> wordValue(const QString &word)
{
    for (const auto &entry : wordValues()) {
        if (entry.first == word)
            return entry.second;
    }
    return std::nullopt;
}

double wordsToNumber(const QString &text)
{
    static const QRegularExpression splitter(u",\\s|\\sand\\s|[\\s\\\\-]"_s);
    const QStringList parts = text.split(splitter);
    std::vector<double> segs{0};
    for (const QString &part : parts) {
        const std::optional<double> value = wordValue(part);
        if (value && *value < 100) {
            double top = segs.back();
            segs.pop_back();
            if (top >= 1000) {
                segs.push_back(top);
                top = 0;
            }
            segs.push_back(top + *value);
        } else {
            const double top = segs.back();
            segs.back() = value ? top * *value : kNaN;
        }
    }
    return std::accumulate(segs.begin(), segs.end(), 0.0);
}

std::optional<QString> decimalToRoman(double value, FormatError *error)
{
    static const std::array<std::pair<int, const char16_t *>, 13> numerals = {{{1000, u"m"},
                                                                               {900, u"cm"},
                                                                               {500, u"d"},
                                                                               {400, u"cd"},
                                                                               {100, u"c"},
                                                                               {90, u"xc"},
                                                                               {50, u"l"},
                                                                               {40, u"xl"},
                                                                               {10, u"x"},
                                                                               {9, u"ix"},
                                                                               {5, u"v"},
                                                                               {4, u"iv"},
                                                                               {1, u"i"}}};
    // jsonata-js recurses once per numeral and exhausts its stack long before this
    if (value >= 1e7) {
        fail(error, u"D3130"_s, u"The number is too large to be written in roman numerals"_s);
        return std::nullopt;
    }
    QString result;
    for (const auto &[amount, numeral] : numerals) {
        while (value >= amount) {
            result += QStringView(numeral);
            value -= amount;
        }
    }
    return result;
}

double romanToDecimal(const QString &roman)
{
    static const QString letters = u"MDCLXVI"_s;
    static const std::array<double, 7> values = {1000, 500, 100, 50, 10, 5, 1};
    auto valueOf = [](QChar c) {
        const qsizetype i = letters.indexOf(c);
        return i < 0 ? kNaN : values.at(std::size_t(i));
    };
    double decimal = 0;
    double max = 1;
    for (qsizetype i = roman.size() - 1; i >= 0; --i) {
        const double value = valueOf(roman.at(i));
        if (value < max) {
            decimal -= value;
        } else {
            max = value;
            decimal += value;
        }
    }
    return decimal;
}

QString decimalToLetters(double value, char16_t aChar)
{
    QString letters;
    while (value > 0) {
        letters.prepend(QChar(char16_t(std::fmod(value - 1, 26) + aChar)));
        value = std::floor((value - 1) / 26);
    }
    return letters;
}

double lettersToDecimal(const QString &letters, char16_t aChar)
{
    double decimal = 0;
    const qsizetype n = letters.size();
    for (qsizetype i = 0; i < n; ++i)
        decimal += (letters.at(n - i - 1).unicode() - aChar + 1) * std::pow(26.0, double(i));
    return decimal;
}

// Zero code points of the Unicode decimal digit families jsonata-js recognises
constexpr std::array<char32_t, 37> kDecimalGroups = {
    0x30,   0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10};

} // namespace

namespace detail {

QString jsNumberToString(double value)
{
    if (std::isnan(value))
        return u"NaN"_s;
    if (value == 0)
        return u"0"_s;
    if (std::isinf(value))
        return value < 0 ? u"-Infinity"_s : u"Infinity"_s;
    std::string digits;
    int exponent = 0;
    shortestDigits(value, &digits, &exponent);
    const int k = int(digits.size());
    const int n = exponent + 1;
    std::string out = value < 0 ? "-" : "";
    if (k <= n && n <= 21) {
        out += digits + std::string(std::size_t(n - k), '0');
    } else if (0 < n && n <= 21) {
        out += digits.substr(0, std::size_t(n)) + "." + digits.substr(std::size_t(n));
    } else if (-6 < n && n <= 0) {
        out += "0." + std::string(std::size_t(-n), '0') + digits;
    } else {
        out += digits.substr(0, 1);
        if (k > 1)
            out += "." + digits.substr(1);
        out += "e";
        out += (n - 1 >= 0 ? "+" : "-") + std::to_string(std::abs(n - 1));
    }
    return QString::fromLatin1(out);
}

double jsParseInt(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    double sign = 1;
    if (i < text.size() && (text.at(i) == u'+' || text.at(i) == u'-')) {
        sign = text.at(i) == u'-' ? -1 : 1;
        ++i;
    }
    const qsizetype start = i;
    while (i < text.size() && text.at(i) >= u'0' && text.at(i) <= u'9')
        ++i;
    if (i == start)
        return kNaN;
    return sign * text.mid(start, i - start).toDouble();
}

bool analyseIntegerPicture(const QString &picture, IntegerPicture *format, FormatError *error)
{
    *format = IntegerPicture{};
    QString primaryFormat = picture;
    const qsizetype semicolon = picture.lastIndexOf(u';');
    if (semicolon != -1) {
        primaryFormat = picture.left(semicolon);
        const QString modifier = picture.mid(semicolon + 1);
        if (modifier.startsWith(u'o'))
            format->ordinal = true;
    }
    using P = IntegerPicture::Primary;
    using C = IntegerPicture::Case;
    if (primaryFormat == u"A"_s || primaryFormat == u"a"_s) {
        format->primary = P::Letters;
        format->letterCase = primaryFormat == u"A"_s ? C::Upper : C::Lower;
        return true;
    }
    if (primaryFormat == u"I"_s || primaryFormat == u"i"_s) {
        format->primary = P::Roman;
        format->letterCase = primaryFormat == u"I"_s ? C::Upper : C::Lower;
        return true;
    }
    if (primaryFormat == u"W"_s || primaryFormat == u"Ww"_s || primaryFormat == u"w"_s) {
        format->primary = P::Words;
        format->letterCase = primaryFormat == u"W"_s ? C::Upper
            : primaryFormat == u"Ww"_s               ? C::Title
                                                     : C::Lower;
        return true;
    }
    // a decimal digit pattern if it holds a digit of any Unicode decimal digit family
    std::optional<char32_t> zeroCode;
    int separatorPosition = 0;
    QList<IntegerPicture::Separator> separators;
    QList<uint> codePoints = primaryFormat.toUcs4();
    std::reverse(codePoints.begin(), codePoints.end());
    for (const uint codePoint : codePoints) {
        bool digit = false;
        for (const char32_t group : kDecimalGroups) {
            if (codePoint >= group && codePoint <= group + 9) {
                digit = true;
                ++format->mandatoryDigits;
                ++separatorPosition;
                if (!zeroCode)
                    zeroCode = group;
                else if (*zeroCode != group)
                    return fail(
                        error, u"D3131"_s,
                        u"In a decimal digit pattern, all digits must be from the same decimal group"_s);
                break;
            }
        }
        if (!digit) {
            if (codePoint == u'#') {
                ++separatorPosition;
                ++format->optionalDigits;
            } else {
                const char32_t cp = char32_t(codePoint);
                separators.append({separatorPosition, QString::fromUcs4(&cp, 1)});
            }
        }
    }
    if (format->mandatoryDigits == 0) {
        // a 'numbering sequence': implementation-defined, none supported
        format->primary = P::Sequence;
        format->token = primaryFormat;
        return true;
    }
    format->primary = P::Decimal;
    format->zeroCode = *zeroCode;
    // regular grouping: one separator character at every multiple of one interval
    int factor = 0;
    if (!separators.isEmpty()) {
        bool sameChar = true;
        for (const auto &sep : separators)
            sameChar = sameChar && sep.character == separators.first().character;
        if (sameChar) {
            factor = separators.first().position;
            for (const auto &sep : separators)
                factor = std::gcd(factor, sep.position);
            for (qsizetype index = 1; index <= separators.size() && factor > 0; ++index) {
                bool found = false;
                for (const auto &sep : separators)
                    found = found || sep.position == index * factor;
                if (!found)
                    factor = 0;
            }
        }
    }
    if (factor > 0) {
        format->regular = true;
        format->regularPosition = factor;
        format->regularCharacter = separators.first().character;
    } else {
        format->separators = separators;
    }
    return true;
}

std::optional<QString> formatIntegerWith(double value, const IntegerPicture &format, FormatError *error)
{
    using P = IntegerPicture::Primary;
    using C = IntegerPicture::Case;
    const bool negative = value < 0;
    value = std::fabs(value);
    QString formatted;
    switch (format.primary) {
    case P::Letters:
        formatted = decimalToLetters(value, format.letterCase == C::Upper ? u'A' : u'a');
        break;
    case P::Roman: {
        const std::optional<QString> roman = decimalToRoman(value, error);
        if (!roman)
            return std::nullopt;
        formatted = format.letterCase == C::Upper ? roman->toUpper() : *roman;
        break;
    }
    case P::Words:
        formatted = numberToWords(value, false, format.ordinal);
        if (format.letterCase == C::Upper)
            formatted = formatted.toUpper();
        else if (format.letterCase == C::Lower)
            formatted = formatted.toLower();
        break;
    case P::Decimal: {
        formatted = jsNumberToString(value);
        const qsizetype padLength = format.mandatoryDigits - formatted.size();
        if (padLength > 0)
            formatted = QString(padLength, u'0') + formatted;
        if (format.zeroCode != U'0') {
            QList<uint> cps = formatted.toUcs4();
            for (uint &cp : cps)
                cp = cp + format.zeroCode - U'0';
            formatted = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()), cps.size());
        }
        if (format.regular) {
            const qsizetype n = (formatted.size() - 1) / format.regularPosition;
            for (qsizetype ii = n; ii > 0; --ii) {
                const qsizetype pos = formatted.size() - ii * format.regularPosition;
                formatted = jsSubstrInsert(formatted, pos, format.regularCharacter);
            }
        } else {
            for (qsizetype i = format.separators.size() - 1; i >= 0; --i) {
                const auto &sep = format.separators.at(i);
                const qsizetype pos = formatted.size() - sep.position;
                formatted = jsSubstrInsert(formatted, pos, sep.character);
            }
        }
        if (format.ordinal) {
            const QChar last = formatted.isEmpty() ? QChar() : formatted.back();
            QString suffix = last == u'1' ? u"st"_s
                : last == u'2'            ? u"nd"_s
                : last == u'3'            ? u"rd"_s
                                          : QString();
            if (suffix.isEmpty() || (formatted.size() > 1 && formatted.at(formatted.size() - 2) == u'1'))
                suffix = u"th"_s;
            formatted += suffix;
        }
        break;
    }
    case P::Sequence:
        fail(
            error, u"D3130"_s,
            u"Formatting or parsing an integer as a sequence starting with %1 is not supported by this implementation"_s
                .arg(format.token));
        return std::nullopt;
    }
    if (negative)
        formatted.prepend(u'-');
    return formatted;
}

double parseIntegerWith(const QString &text, const IntegerPicture &format)
{
    using P = IntegerPicture::Primary;
    using C = IntegerPicture::Case;
    const bool upper = format.letterCase == C::Upper;
    switch (format.primary) {
    case P::Letters:
        return lettersToDecimal(text, upper ? u'A' : u'a');
    case P::Roman:
        return romanToDecimal(upper ? text : text.toUpper());
    case P::Words:
        return wordsToNumber(text.toLower());
    case P::Decimal: {
        QString digits = text;
        if (format.ordinal)
            digits.chop(2);
        if (format.regular) {
            digits.remove(u','); // jsonata-js strips commas whatever the separator
        } else {
            for (const auto &sep : format.separators)
                digits.remove(sep.character);
        }
        if (format.zeroCode != U'0') {
            for (QChar &c : digits)
                c = QChar(char16_t(c.unicode() - format.zeroCode + U'0'));
        }
        return jsParseInt(digits);
    }
    case P::Sequence:
        break;
    }
    return kNaN;
}

QStringList numberWords()
{
    QStringList words;
    for (const auto &entry : wordValues())
        words.append(entry.first);
    return words;
}

bool sequenceError(const IntegerPicture &format, FormatError *error)
{
    return fail(
        error, u"D3130"_s,
        u"Formatting or parsing an integer as a sequence starting with %1 is not supported by this implementation"_s
            .arg(format.token));
}

} // namespace detail

// $formatInteger / $parseInteger

std::optional<QString> formatInteger(double value, const QString &picture, FormatError *error)
{
    detail::IntegerPicture format;
    if (!detail::analyseIntegerPicture(picture, &format, error))
        return std::nullopt;
    return detail::formatIntegerWith(std::floor(value), format, error);
}

std::optional<double> parseInteger(const QString &text, const QString &picture, FormatError *error)
{
    detail::IntegerPicture format;
    if (!detail::analyseIntegerPicture(picture, &format, error))
        return std::nullopt;
    if (format.primary == detail::IntegerPicture::Primary::Sequence) {
        detail::sequenceError(format, error);
        return std::nullopt;
    }
    return detail::parseIntegerWith(text, format);
}

// $formatNumber (F&O 3.1 §4.7, following jsonata-js step by step; strings are UTF-16 as in JS)

namespace {

struct DecimalFormat
{
    explicit DecimalFormat(const QHash<QString, QString> &o)
        : decimalSeparator(o.value(u"decimal-separator"_s, u"."_s))
        , groupingSeparator(o.value(u"grouping-separator"_s, u","_s))
        , exponentSeparator(o.value(u"exponent-separator"_s, u"e"_s))
        , infinity(o.value(u"infinity"_s, u"Infinity"_s))
        , minusSign(o.value(u"minus-sign"_s, u"-"_s))
        , nan(o.value(u"NaN"_s, u"NaN"_s))
        , percent(o.value(u"percent"_s, u"%"_s))
        , perMille(o.value(u"per-mille"_s, QString(QChar(0x2030))))
        , zeroDigit(o.value(u"zero-digit"_s, u"0"_s))
        , digit(o.value(u"digit"_s, u"#"_s))
        , patternSeparator(o.value(u"pattern-separator"_s, u";"_s))
    {
        const char16_t zero = zeroDigit.isEmpty() ? u'0' : zeroDigit.at(0).unicode();
        for (char16_t c = zero; c < zero + 10; ++c)
            family.append(QString(QChar(c)));
        activeChars = family;
        activeChars << decimalSeparator << exponentSeparator << groupingSeparator << digit
                    << patternSeparator;
    }

    QString decimalSeparator, groupingSeparator, exponentSeparator, infinity, minusSign, nan, percent;
    QString perMille, zeroDigit, digit, patternSeparator;
    QList<QString> family; // the ten digits starting at zero-digit
    QList<QString> activeChars; // digits + decimal, exponent, grouping, digit, pattern separators

    bool isFamily(QChar c) const { return family.contains(QString(c)); }
    bool isActive(QChar c) const { return activeChars.contains(QString(c)); }
    bool isDigitOrOptional(QChar c) const { return isFamily(c) || QString(c) == digit; }
};

struct SubPictureParts
{
    QString prefix, suffix, activePart, mantissaPart, exponentPart, integerPart, fractionalPart;
    QString subpicture;
    bool hasExponent = false;
};

struct PictureVariables
{
    QList<int> integerGroupingPositions;
    int regularGrouping = 0;
    int minimumIntegerPartSize = 0;
    int scalingFactor = 0;
    QString prefix;
    QList<int> fractionalGroupingPositions;
    int minimumFractionalPartSize = 0;
    int maximumFractionalPartSize = 0;
    int minimumExponentSize = 0;
    QString suffix;
    QString picture;
};

qsizetype countIf(const QString &s, const std::function<bool(QChar)> &pred)
{
    return std::count_if(s.cbegin(), s.cend(), pred);
}

SubPictureParts splitParts(const QString &subpicture, const DecimalFormat &props)
{
    SubPictureParts parts;
    parts.subpicture = subpicture;
    auto isPrefixStop = [&](QChar ch) {
        return props.isActive(ch) && QString(ch) != props.exponentSeparator;
    };
    for (qsizetype i = 0; i < subpicture.size(); ++i) {
        if (isPrefixStop(subpicture.at(i))) {
            parts.prefix = subpicture.left(i);
            break;
        }
    }
    for (qsizetype i = subpicture.size() - 1; i >= 0; --i) {
        if (isPrefixStop(subpicture.at(i))) {
            parts.suffix = subpicture.mid(i + 1);
            break;
        }
    }
    parts.activePart =
        subpicture.mid(parts.prefix.size(), subpicture.size() - parts.suffix.size() - parts.prefix.size());
    const qsizetype exponentPosition = subpicture.indexOf(props.exponentSeparator, parts.prefix.size());
    if (exponentPosition == -1 || exponentPosition > subpicture.size() - parts.suffix.size()) {
        parts.mantissaPart = parts.activePart;
    } else {
        // jsonata-js indexes the active part with a position found in the whole sub-picture
        parts.mantissaPart = parts.activePart.left(exponentPosition);
        parts.exponentPart = parts.activePart.mid(exponentPosition + 1);
        parts.hasExponent = true;
    }
    const qsizetype decimalPosition = parts.mantissaPart.indexOf(props.decimalSeparator);
    if (decimalPosition == -1) {
        parts.integerPart = parts.mantissaPart;
        parts.fractionalPart = parts.suffix;
    } else {
        parts.integerPart = parts.mantissaPart.left(decimalPosition);
        parts.fractionalPart = parts.mantissaPart.mid(decimalPosition + 1);
    }
    return parts;
}

QString messageFor(const QString &code)
{
    static const QHash<QString, QString> messages = {
        {u"D3080"_s, u"The picture string has more than one pattern-separator character"_s},
        {u"D3081"_s, u"A sub-picture has more than one decimal-separator character"_s},
        {u"D3082"_s, u"A sub-picture has more than one percent character"_s},
        {u"D3083"_s, u"A sub-picture has more than one per-mille character"_s},
        {u"D3084"_s, u"A sub-picture has both a percent and a per-mille character"_s},
        {u"D3085"_s, u"The mantissa part of a sub-picture has no digit and no optional digit character"_s},
        {u"D3086"_s, u"A sub-picture has a passive character between two active characters"_s},
        {u"D3087"_s, u"A sub-picture has a grouping-separator next to the decimal-separator"_s},
        {u"D3088"_s, u"A sub-picture has a grouping-separator at the end of the integer part"_s},
        {u"D3089"_s, u"A sub-picture has two adjacent grouping-separator characters"_s},
        {u"D3090"_s, u"The integer part of a sub-picture has a digit before an optional digit character"_s},
        {u"D3091"_s,
         u"The fractional part of a sub-picture has an optional digit character before a digit"_s},
        {u"D3092"_s, u"A sub-picture with a percent or per-mille character has an exponent-separator"_s},
        {u"D3093"_s, u"The exponent part of a sub-picture must be one or more digits"_s},
    };
    return messages.value(code);
}

// F&O 4.7.3; like jsonata-js every rule is checked and the last failing one is reported
QString validateParts(const SubPictureParts &parts, const DecimalFormat &props)
{
    QString error;
    const QString &sub = parts.subpicture;
    const qsizetype decimalPos = sub.indexOf(props.decimalSeparator);
    if (decimalPos != sub.lastIndexOf(props.decimalSeparator))
        error = u"D3081"_s;
    if (sub.indexOf(props.percent) != sub.lastIndexOf(props.percent))
        error = u"D3082"_s;
    if (sub.indexOf(props.perMille) != sub.lastIndexOf(props.perMille))
        error = u"D3083"_s;
    if (sub.indexOf(props.percent) != -1 && sub.indexOf(props.perMille) != -1)
        error = u"D3084"_s;
    if (countIf(parts.mantissaPart, [&](QChar c) { return props.isDigitOrOptional(c); }) == 0)
        error = u"D3085"_s;
    if (countIf(parts.activePart, [&](QChar c) { return !props.isActive(c); }) > 0)
        error = u"D3086"_s;
    if (decimalPos != -1) {
        const QString before = decimalPos > 0 ? QString(sub.at(decimalPos - 1)) : QString();
        const QString after = decimalPos + 1 < sub.size() ? QString(sub.at(decimalPos + 1)) : QString();
        if (before == props.groupingSeparator || after == props.groupingSeparator)
            error = u"D3087"_s;
    } else if (!parts.integerPart.isEmpty() && QString(parts.integerPart.back()) == props.groupingSeparator) {
        error = u"D3088"_s;
    }
    if (sub.indexOf(props.groupingSeparator + props.groupingSeparator) != -1)
        error = u"D3089"_s;
    qsizetype optionalDigitPos = parts.integerPart.indexOf(props.digit);
    if (optionalDigitPos != -1
        && countIf(parts.integerPart.left(optionalDigitPos), [&](QChar c) { return props.isFamily(c); }) > 0)
        error = u"D3090"_s;
    optionalDigitPos = parts.fractionalPart.lastIndexOf(props.digit);
    if (optionalDigitPos != -1
        && countIf(parts.fractionalPart.mid(optionalDigitPos), [&](QChar c) { return props.isFamily(c); })
            > 0)
        error = u"D3091"_s;
    if (parts.hasExponent && !parts.exponentPart.isEmpty()
        && (sub.indexOf(props.percent) != -1 || sub.indexOf(props.perMille) != -1))
        error = u"D3092"_s;
    if (parts.hasExponent
        && (parts.exponentPart.isEmpty()
            || countIf(parts.exponentPart, [&](QChar c) { return !props.isFamily(c); }) > 0))
        error = u"D3093"_s;
    return error;
}

// F&O 4.7.4
PictureVariables analyseParts(const SubPictureParts &parts, const DecimalFormat &props)
{
    PictureVariables vars;
    auto groupingPositions = [&](const QString &part, bool toLeft) {
        QList<int> positions;
        qsizetype pos = part.indexOf(props.groupingSeparator);
        while (pos != -1) {
            const QString side = toLeft ? part.left(pos) : part.mid(pos);
            positions.append(int(countIf(side, [&](QChar c) { return props.isDigitOrOptional(c); })));
            // jsonata-js continues the search in the integer part, whichever part it scans
            pos = parts.integerPart.indexOf(props.groupingSeparator, pos + 1);
        }
        return positions;
    };
    vars.integerGroupingPositions = groupingPositions(parts.integerPart, false);
    if (!vars.integerGroupingPositions.isEmpty()) {
        int factor = 0;
        for (const int p : vars.integerGroupingPositions)
            factor = std::gcd(factor, p);
        for (qsizetype index = 1; index <= vars.integerGroupingPositions.size(); ++index) {
            if (!vars.integerGroupingPositions.contains(int(index) * factor)) {
                factor = 0;
                break;
            }
        }
        vars.regularGrouping = factor;
    }
    vars.fractionalGroupingPositions = groupingPositions(parts.fractionalPart, true);
    vars.minimumIntegerPartSize = int(countIf(parts.integerPart, [&](QChar c) { return props.isFamily(c); }));
    vars.scalingFactor = vars.minimumIntegerPartSize;
    vars.minimumFractionalPartSize =
        int(countIf(parts.fractionalPart, [&](QChar c) { return props.isFamily(c); }));
    vars.maximumFractionalPartSize =
        int(countIf(parts.fractionalPart, [&](QChar c) { return props.isDigitOrOptional(c); }));
    if (vars.minimumIntegerPartSize == 0 && vars.maximumFractionalPartSize == 0) {
        if (parts.hasExponent) {
            vars.minimumFractionalPartSize = 1;
            vars.maximumFractionalPartSize = 1;
        } else {
            vars.minimumIntegerPartSize = 1;
        }
    }
    if (parts.hasExponent && vars.minimumIntegerPartSize == 0 && parts.integerPart.contains(props.digit))
        vars.minimumIntegerPartSize = 1;
    if (vars.minimumIntegerPartSize == 0 && vars.minimumFractionalPartSize == 0)
        vars.minimumFractionalPartSize = 1;
    if (parts.hasExponent)
        vars.minimumExponentSize =
            int(countIf(parts.exponentPart, [&](QChar c) { return props.isFamily(c); }));
    vars.prefix = parts.prefix;
    vars.suffix = parts.suffix;
    vars.picture = parts.subpicture;
    return vars;
}

} // namespace

std::optional<QString> formatNumber(double value, const QString &picture,
                                    const QHash<QString, QString> &options, FormatError *error)
{
    const DecimalFormat props(options);
    const QStringList subPictures = picture.split(props.patternSeparator);
    if (subPictures.size() > 2) {
        fail(error, u"D3080"_s, messageFor(u"D3080"_s));
        return std::nullopt;
    }
    QList<SubPictureParts> parts;
    for (const QString &sub : subPictures)
        parts.append(splitParts(sub, props));
    for (const SubPictureParts &part : parts) {
        const QString code = validateParts(part, props);
        if (!code.isEmpty()) {
            fail(error, code, messageFor(code));
            return std::nullopt;
        }
    }
    QList<PictureVariables> variables;
    for (const SubPictureParts &part : parts)
        variables.append(analyseParts(part, props));
    if (variables.size() == 1) {
        variables.append(variables.first());
        variables[1].prefix = props.minusSign + variables[1].prefix;
    }

    const PictureVariables &pic = value >= 0 ? variables[0] : variables[1];
    if (std::isnan(value))
        return pic.prefix + props.nan + pic.suffix;
    double adjusted = value;
    if (pic.picture.contains(props.percent))
        adjusted = value * 100;
    else if (pic.picture.contains(props.perMille))
        adjusted = value * 1000;
    if (std::isinf(adjusted))
        return pic.prefix + props.infinity + pic.suffix;

    double mantissa = adjusted;
    std::optional<int> exponent;
    if (pic.minimumExponentSize != 0) {
        const double maxMantissa = std::pow(10.0, pic.scalingFactor);
        const double minMantissa = std::pow(10.0, pic.scalingFactor - 1);
        exponent = 0;
        if (mantissa != 0) {
            while (std::fabs(mantissa) < minMantissa) {
                mantissa *= 10;
                *exponent -= 1;
            }
            while (std::fabs(mantissa) > maxMantissa) {
                mantissa /= 10;
                *exponent += 1;
            }
        }
    }
    const double rounded = roundHalfEven(mantissa, pic.maximumFractionalPartSize);
    auto makeString = [&](double v, int dp) {
        QString str = jsToFixed(std::fabs(v), dp);
        if (props.zeroDigit != u"0"_s) {
            for (QChar &c : str) {
                if (c >= u'0' && c <= u'9')
                    c = props.family.at(c.unicode() - u'0').at(0);
            }
        }
        return str;
    };
    const QString &zeroDigit = props.zeroDigit;
    const QString &decimalSep = props.decimalSeparator;
    const QString &groupingSep = props.groupingSeparator;
    auto charAt = [](const QString &s, qsizetype i) {
        return i >= 0 && i < s.size() ? QString(s.at(i)) : QString();
    };

    QString str = makeString(rounded, pic.maximumFractionalPartSize);
    const qsizetype dot = str.indexOf(u'.');
    if (dot == -1)
        str += decimalSep;
    else
        str.replace(dot, 1, decimalSep);
    while (!str.isEmpty() && charAt(str, 0) == zeroDigit)
        str.remove(0, 1);
    while (!str.isEmpty() && charAt(str, str.size() - 1) == zeroDigit)
        str.chop(1);
    // bullets 8 & 9: minimum integer and fractional sizes
    qsizetype decimalPos = str.indexOf(decimalSep);
    const qsizetype padLeft = pic.minimumIntegerPartSize - decimalPos;
    const qsizetype padRight = pic.minimumFractionalPartSize - (str.size() - decimalPos - 1);
    if (padLeft > 0)
        str = zeroDigit.repeated(padLeft) + str;
    if (padRight > 0)
        str += zeroDigit.repeated(padRight);
    decimalPos = str.indexOf(decimalSep);
    // bullet 10: integer part grouping
    if (pic.regularGrouping > 0) {
        const qsizetype groupCount = (decimalPos - 1) / pic.regularGrouping;
        for (qsizetype group = 1; group <= groupCount; ++group) {
            const qsizetype at = decimalPos - group * pic.regularGrouping;
            str = jsSlice(str, 0, at) + groupingSep + jsSlice(str, at);
        }
    } else {
        for (const int pos : pic.integerGroupingPositions) {
            str = jsSlice(str, 0, decimalPos - pos) + groupingSep + jsSlice(str, decimalPos - pos);
            ++decimalPos;
        }
    }
    // bullet 11: fractional part grouping
    decimalPos = str.indexOf(decimalSep);
    for (const int pos : pic.fractionalGroupingPositions)
        str = jsSlice(str, 0, pos + decimalPos + 1) + groupingSep + jsSlice(str, pos + decimalPos + 1);
    // bullet 12: drop a trailing decimal separator
    decimalPos = str.indexOf(decimalSep);
    if (!pic.picture.contains(decimalSep) || decimalPos == str.size() - 1)
        str.chop(1);
    // bullet 13: exponent
    if (exponent) {
        QString stringExponent = makeString(*exponent, 0);
        const qsizetype pad = pic.minimumExponentSize - stringExponent.size();
        if (pad > 0)
            stringExponent = zeroDigit.repeated(pad) + stringExponent;
        str += props.exponentSeparator + (*exponent < 0 ? props.minusSign : QString()) + stringExponent;
    }
    return pic.prefix + str + pic.suffix;
}

} // namespace LedgerLink::Expr
