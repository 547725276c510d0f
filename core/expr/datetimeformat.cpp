#include "datetimeformat.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QRegularExpression>
#include <QtCore/QStringList>

#include <array>
#include <cmath>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace LedgerLink::Expr {

namespace {

using detail::IntegerPicture;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMillisInADay = 86400000.0;

bool fail(FormatError *error, const QString &code, const QString &message)
{
    if (error)
        *error = {code, message};
    return false;
}

// ---------------------------------------------------------------------------------------------
// Proleptic Gregorian calendar arithmetic with JavaScript Date semantics (UTC only)
// ---------------------------------------------------------------------------------------------

qint64 daysFromCivil(qint64 y, qint64 m, qint64 d) // m 1..12
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Civil
{
    double year = kNaN;
    int month = 0; // 0..11 as in JavaScript
    int day = 1;
    int weekday = 0; // 0 = Sunday
    int hours = 0;
    int minutes = 0;
    int seconds = 0;
    int millis = 0;
};

Civil civilFromMillis(double t)
{
    Civil c;
    if (!std::isfinite(t))
        return c;
    const auto total = qint64(t);
    qint64 days = total / qint64(kMillisInADay);
    qint64 msOfDay = total % qint64(kMillisInADay);
    if (msOfDay < 0) {
        msOfDay += qint64(kMillisInADay);
        --days;
    }
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    c.year = double(yoe + era * 400 + (m <= 2 ? 1 : 0));
    c.month = int(m - 1);
    c.day = int(d);
    c.weekday = int(((days % 7) + 11) % 7); // 1970-01-01 was a Thursday
    c.hours = int(msOfDay / 3600000);
    c.minutes = int(msOfDay / 60000 % 60);
    c.seconds = int(msOfDay / 1000 % 60);
    c.millis = int(msOfDay % 1000);
    return c;
}

// JavaScript Date.UTC(year, month[, day, h, m, s, ms])
double dateUTC(double year, double month, double date = 1, double h = 0, double mi = 0, double s = 0,
               double ms = 0)
{
    for (const double v : {year, month, date, h, mi, s, ms}) {
        if (!std::isfinite(v))
            return kNaN;
    }
    double y = std::trunc(year);
    if (y >= 0 && y <= 99)
        y += 1900;
    const double m = std::trunc(month);
    const double ym = y + std::floor(m / 12);
    const double mn = m - std::floor(m / 12) * 12;
    if (std::fabs(ym) > 400000)
        return kNaN;
    const double day = double(daysFromCivil(qint64(ym), qint64(mn) + 1, 1)) + std::trunc(date) - 1;
    const double time =
        std::trunc(h) * 3600000 + std::trunc(mi) * 60000 + std::trunc(s) * 1000 + std::trunc(ms);
    const double t = day * kMillisInADay + time;
    if (std::fabs(t) > 8.64e15)
        return kNaN;
    return std::trunc(t) + 0.0;
}

// ---------------------------------------------------------------------------------------------
// Picture analysis (F&O 9.8.4)
// ---------------------------------------------------------------------------------------------

enum class Names { None, Lower, Upper, Title };

struct Part
{
    bool literal = true;
    QString text; // literal text
    QChar component; // marker component specifier (null for an empty marker)
    QString presentation1;
    QString presentation2;
    bool hasWidth = false;
    std::optional<double> widthMin;
    std::optional<double> widthMax;
    Names names = Names::None;
    bool hasIntegerFormat = false;
    IntegerPicture integerFormat;
    int n = -1; // year digits kept (-1 = all)
};

std::optional<QString> defaultPresentation(QChar component)
{
    switch (component.unicode()) {
    case u'Y':
    case u'M':
    case u'D':
    case u'd':
    case u'W':
    case u'w':
    case u'X':
    case u'x':
    case u'H':
    case u'h':
    case u'f':
        return u"1"_s;
    case u'F':
    case u'P':
    case u'C':
    case u'E':
        return u"n"_s;
    case u'm':
    case u's':
        return u"01"_s;
    case u'Z':
    case u'z':
        return u"01:01"_s;
    default:
        return std::nullopt;
    }
}

std::optional<double> parseWidth(const QString &wm, bool present)
{
    if (!present || wm == u"*"_s)
        return std::nullopt;
    const double v = detail::jsParseInt(wm);
    return std::isnan(v) ? std::nullopt : std::optional<double>(v);
}

bool analyseDateTimePicture(const QString &picture, QList<Part> *spec, FormatError *error)
{
    auto addLiteral = [&](qsizetype start, qsizetype end) {
        if (end > start) {
            Part part;
            part.text = picture.mid(start, end - start).replace(u"]]"_s, u"]"_s);
            spec->append(part);
        }
    };
    static const QRegularExpression whitespace(u"\\s+"_s);
    qsizetype start = 0;
    qsizetype pos = 0;
    while (pos < picture.size()) {
        if (picture.at(pos) == u'[') {
            if (pos + 1 < picture.size() && picture.at(pos + 1) == u'[') {
                addLiteral(start, pos);
                Part bracket;
                bracket.text = u"["_s;
                spec->append(bracket);
                pos += 2;
                start = pos;
                continue;
            }
            addLiteral(start, pos);
            start = pos;
            pos = picture.indexOf(u']', start);
            if (pos == -1)
                return fail(error, u"D3135"_s,
                            u"No matching closing bracket ']' in date/time picture string"_s);
            QString marker = picture.mid(start + 1, pos - start - 1);
            marker.remove(whitespace);
            Part def;
            def.literal = false;
            def.component = marker.isEmpty() ? QChar() : marker.at(0);
            const qsizetype comma = marker.lastIndexOf(u',');
            QString presMod;
            if (comma != -1) {
                const QString widthMod = marker.mid(comma + 1);
                const qsizetype dash = widthMod.indexOf(u'-');
                def.hasWidth = true;
                if (dash == -1) {
                    def.widthMin = parseWidth(widthMod, true);
                } else {
                    def.widthMin = parseWidth(widthMod.left(dash), true);
                    def.widthMax = parseWidth(widthMod.mid(dash + 1), true);
                }
                presMod = marker.mid(1, comma - 1);
            } else {
                presMod = marker.mid(1);
            }
            std::optional<QString> presentation1;
            if (presMod.size() == 1) {
                presentation1 = presMod;
            } else if (presMod.size() > 1) {
                const QChar last = presMod.back();
                if (QStringView(u"atco").contains(last)) {
                    def.presentation2 = QString(last);
                    presentation1 = presMod.left(presMod.size() - 1);
                } else {
                    presentation1 = presMod;
                }
            } else {
                presentation1 = defaultPresentation(def.component);
            }
            if (!presentation1)
                return fail(
                    error, u"D3132"_s,
                    u"Unknown component specifier %1 in date/time picture string"_s.arg(def.component));
            def.presentation1 = *presentation1;
            const QChar p0 = def.presentation1.isEmpty() ? QChar() : def.presentation1.at(0);
            const QChar p1 = def.presentation1.size() > 1 ? def.presentation1.at(1) : QChar();
            if (p0 == u'n') {
                def.names = Names::Lower;
            } else if (p0 == u'N') {
                def.names = p1 == u'n' ? Names::Title : Names::Upper;
            } else if (!def.component.isNull() && QStringView(u"YMDdFWwXxHhmsf").contains(def.component)) {
                QString integerPattern = def.presentation1;
                if (!def.presentation2.isEmpty())
                    integerPattern += u';' + def.presentation2;
                if (!detail::analyseIntegerPicture(integerPattern, &def.integerFormat, error))
                    return false;
                def.hasIntegerFormat = true;
                // only decimal pictures have a digit count (jsonata-js: undefined for the others)
                const bool decimal = def.integerFormat.primary == IntegerPicture::Primary::Decimal;
                if (decimal && def.widthMin && def.integerFormat.mandatoryDigits < *def.widthMin)
                    def.integerFormat.mandatoryDigits = int(*def.widthMin);
                if (def.component == u'Y') {
                    def.n = -1;
                    if (def.widthMax) {
                        def.n = int(*def.widthMax);
                        def.integerFormat.mandatoryDigits = def.n;
                    } else if (decimal) {
                        const int w = def.integerFormat.mandatoryDigits + def.integerFormat.optionalDigits;
                        if (w >= 2)
                            def.n = w;
                    }
                }
                // adjacent integer markers: the previous one must have a fixed width for parsing
                if (!spec->isEmpty() && spec->back().hasIntegerFormat)
                    spec->back().integerFormat.parseWidth = spec->back().integerFormat.mandatoryDigits;
            }
            if (def.component == u'Z' || def.component == u'z') {
                if (!detail::analyseIntegerPicture(def.presentation1, &def.integerFormat, error))
                    return false;
                def.hasIntegerFormat = true;
            }
            spec->append(def);
            start = pos + 1;
        }
        ++pos;
    }
    addLiteral(start, pos);
    return true;
}

const std::array<QString, 8> &dayNames()
{
    static const std::array<QString, 8> names = {QString(),     u"Monday"_s, u"Tuesday"_s,  u"Wednesday"_s,
                                                 u"Thursday"_s, u"Friday"_s, u"Saturday"_s, u"Sunday"_s};
    return names;
}

const std::array<QString, 12> &monthNames()
{
    static const std::array<QString, 12> names = {
        u"January"_s, u"February"_s, u"March"_s,     u"April"_s,   u"May"_s,      u"June"_s,
        u"July"_s,    u"August"_s,   u"September"_s, u"October"_s, u"November"_s, u"December"_s};
    return names;
}

// ---------------------------------------------------------------------------------------------
// Component values
// ---------------------------------------------------------------------------------------------

struct YearMonth
{
    double year;
    int month; // 0..11
    YearMonth next() const { return month == 11 ? YearMonth{year + 1, 0} : YearMonth{year, month + 1}; }
    YearMonth previous() const { return month == 0 ? YearMonth{year - 1, 11} : YearMonth{year, month - 1}; }
};

// ISO 8601: week 1 is the week (starting Monday) holding the first Thursday; F&O applies the same
// rule to months.
double startOfFirstWeek(const YearMonth &ym)
{
    const double first = dateUTC(ym.year, ym.month);
    int dayOfFirst = civilFromMillis(first).weekday;
    if (dayOfFirst == 0)
        dayOfFirst = 7;
    return dayOfFirst > 4 ? first + (8 - dayOfFirst) * kMillisInADay
                          : first - (dayOfFirst - 1) * kMillisInADay;
}

double deltaWeeks(double start, double end)
{
    return (end - start) / (kMillisInADay * 7) + 1;
}

// A component value: a number, or a string for P/C/E; `defined` is false for Z, z and unknown ones
struct Fragment
{
    double number = kNaN;
    QString text;
    bool isText = false;
    bool defined = true;
};

Fragment dateTimeFragment(double t, QChar component)
{
    const Civil c = civilFromMillis(t);
    Fragment f;
    switch (component.unicode()) {
    case u'Y':
        f.number = c.year;
        break;
    case u'M':
        f.number = c.month + 1;
        break;
    case u'D':
        f.number = c.day;
        break;
    case u'd': {
        const double today = dateUTC(c.year, c.month, c.day);
        const double firstJan = dateUTC(c.year, 0);
        f.number = (today - firstJan) / kMillisInADay + 1;
        break;
    }
    case u'F':
        f.number = c.weekday == 0 ? 7 : c.weekday;
        break;
    case u'W': {
        const YearMonth thisYear{c.year, 0};
        const double today = dateUTC(thisYear.year, c.month, c.day);
        double week = deltaWeeks(startOfFirstWeek(thisYear), today);
        if (week > 52) {
            if (today >= startOfFirstWeek({thisYear.year + 1, 0}))
                week = 1;
        } else if (week < 1) {
            week = deltaWeeks(startOfFirstWeek({thisYear.year - 1, 0}), today);
        }
        f.number = std::floor(week);
        break;
    }
    case u'w': {
        const YearMonth thisMonth{c.year, c.month};
        const double today = dateUTC(thisMonth.year, thisMonth.month, c.day);
        double week = deltaWeeks(startOfFirstWeek(thisMonth), today);
        if (week > 4) {
            if (today >= startOfFirstWeek(thisMonth.next()))
                week = 1;
        } else if (week < 1) {
            week = deltaWeeks(startOfFirstWeek(thisMonth.previous()), today);
        }
        f.number = std::floor(week);
        break;
    }
    case u'X': {
        const YearMonth thisYear{c.year, 0};
        if (t < startOfFirstWeek(thisYear))
            f.number = c.year - 1;
        else if (t >= startOfFirstWeek({c.year + 1, 0}))
            f.number = c.year + 1;
        else
            f.number = c.year;
        break;
    }
    case u'x': {
        const YearMonth thisMonth{c.year, c.month};
        if (t < startOfFirstWeek(thisMonth))
            f.number = thisMonth.previous().month + 1;
        else if (t >= startOfFirstWeek(thisMonth.next()))
            f.number = thisMonth.next().month + 1;
        else
            f.number = thisMonth.month + 1;
        break;
    }
    case u'H':
        f.number = c.hours;
        break;
    case u'h':
        f.number = c.hours % 12 == 0 ? 12 : c.hours % 12;
        break;
    case u'P':
        f.isText = true;
        f.text = c.hours >= 12 ? u"pm"_s : u"am"_s;
        break;
    case u'm':
        f.number = c.minutes;
        break;
    case u's':
        f.number = c.seconds;
        break;
    case u'f':
        f.number = c.millis;
        break;
    case u'C':
    case u'E':
        f.isText = true;
        f.text = u"ISO"_s;
        break;
    default: // Z, z and unknown components have no value of their own
        f.defined = false;
        break;
    }
    return f;
}

// ---------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------

std::optional<QString> formatComponent(double t, const Part &marker, double offsetHours, double offsetMinutes,
                                       FormatError *error)
{
    const Fragment fragment = dateTimeFragment(t, marker.component);
    const QChar comp = marker.component;
    if (!comp.isNull() && QStringView(u"YMDdFWwXxHhms").contains(comp)) {
        double value = fragment.number;
        if (comp == u'Y' && marker.n != -1)
            value = std::fmod(value, std::pow(10.0, marker.n));
        if (marker.names != Names::None) {
            QString name;
            if (comp == u'M' || comp == u'x') {
                name = monthNames()[std::size_t(value - 1)];
            } else if (comp == u'F') {
                name = dayNames()[std::size_t(value)];
            } else {
                fail(
                    error, u"D3133"_s,
                    u"The 'name' modifier can only be applied to months and days in the date/time picture string, not %1"_s
                        .arg(comp));
                return std::nullopt;
            }
            if (marker.names == Names::Upper)
                name = name.toUpper();
            else if (marker.names == Names::Lower)
                name = name.toLower();
            if (marker.hasWidth && marker.widthMax && name.size() > *marker.widthMax)
                name = name.left(qsizetype(*marker.widthMax));
            return name;
        }
        return detail::formatIntegerWith(value, marker.integerFormat, error);
    }
    if (comp == u'f') {
        if (!marker.hasIntegerFormat) { // jsonata-js fails without a code here
            fail(error, u"D3133"_s, u"Fractional seconds cannot be written as names"_s);
            return std::nullopt;
        }
        return detail::formatIntegerWith(fragment.number, marker.integerFormat, error);
    }
    if (comp == u'Z' || comp == u'z') {
        const double offset = offsetHours * 100 + offsetMinutes;
        QString value;
        if (marker.integerFormat.regular) {
            const auto formatted = detail::formatIntegerWith(offset, marker.integerFormat, error);
            if (!formatted)
                return std::nullopt;
            value = *formatted;
        } else {
            const int numDigits = marker.integerFormat.mandatoryDigits;
            if (numDigits == 1 || numDigits == 2) {
                const auto formatted = detail::formatIntegerWith(offsetHours, marker.integerFormat, error);
                if (!formatted)
                    return std::nullopt;
                value = *formatted;
                if (offsetMinutes != 0)
                    value += u':' + formatInteger(offsetMinutes, u"00"_s, error).value_or(QString());
            } else if (numDigits == 3 || numDigits == 4) {
                const auto formatted = detail::formatIntegerWith(offset, marker.integerFormat, error);
                if (!formatted)
                    return std::nullopt;
                value = *formatted;
            } else {
                fail(error, u"D3134"_s,
                     u"The timezone integer format specifier cannot have more than four digits"_s);
                return std::nullopt;
            }
        }
        if (offset >= 0)
            value.prepend(u'+');
        if (comp == u'z')
            value.prepend(u"GMT"_s);
        if (offset == 0 && marker.presentation2 == u"t"_s)
            value = u"Z"_s;
        return value;
    }
    if (!fragment.defined)
        return u"undefined"_s; // what jsonata-js concatenates for a component it does not know
    QString text = fragment.isText ? fragment.text : detail::jsNumberToString(fragment.number);
    if (comp == u'P' && marker.names == Names::Upper)
        text = text.toUpper();
    return text;
}

} // namespace

std::optional<QString> formatDateTime(qint64 millis, const QString &picture, const QString &timezone,
                                      FormatError *error)
{
    double offsetHours = 0;
    double offsetMinutes = 0;
    if (!timezone.isNull()) {
        // jsonata-js: parseInt("+hhmm"), hours = floor(offset / 100), minutes = offset % 100
        const double offset = detail::jsParseInt(timezone);
        if (!std::isnan(offset)) {
            offsetHours = std::floor(offset / 100);
            offsetMinutes = std::fmod(offset, 100);
        }
    }
    QList<Part> spec;
    const QString effective =
        picture.isNull() ? u"[Y0001]-[M01]-[D01]T[H01]:[m01]:[s01].[f001][Z01:01t]"_s : picture;
    if (!analyseDateTimePicture(effective, &spec, error))
        return std::nullopt;
    const double offsetMillis = (60 * offsetHours + offsetMinutes) * 60 * 1000;
    const double t = double(millis) + offsetMillis;
    QString result;
    for (const Part &part : std::as_const(spec)) {
        if (part.literal) {
            result += part.text;
            continue;
        }
        const std::optional<QString> value = formatComponent(t, part, offsetHours, offsetMinutes, error);
        if (!value)
            return std::nullopt;
        result += *value;
    }
    return result;
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

namespace {

// A parsed component: JavaScript's undefined, or a number (possibly NaN)
using Component = std::optional<double>;

struct Matcher
{
    QString regex;
    QChar component;
    std::function<Component(const QString &)> parse; // empty for literals
};

// The regular expression matching an integer formatted with `format`; std::nullopt with D3130 for an
// unsupported sequence.
std::optional<QString> integerRegex(const IntegerPicture &format, FormatError *error)
{
    using P = IntegerPicture::Primary;
    const bool upper = format.letterCase == IntegerPicture::Case::Upper;
    switch (format.primary) {
    case P::Letters:
        return upper ? u"[A-Z]+"_s : u"[a-z]+"_s;
    case P::Roman:
        return upper ? u"[MDCLXVI]+"_s : u"[mdclxvi]+"_s;
    case P::Words:
        return u"(?:"_s + detail::numberWords().join(u'|') + u"|and|[\\-, ])+"_s;
    case P::Decimal:
        return u"[0-9]"_s + (format.parseWidth > 0 ? u"{%1}"_s.arg(format.parseWidth) : u"+"_s)
            + (format.ordinal ? u"(?:th|st|nd|rd)"_s : QString());
    case P::Sequence:
        break;
    }
    detail::sequenceError(format, error);
    return std::nullopt;
}

QString escapeLiteral(const QString &text)
{
    static const QString special = u".*+?^${}()|[]\\"_s;
    QString out;
    for (const QChar c : text) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

bool buildMatchers(const QList<Part> &spec, QList<Matcher> *matchers, FormatError *error)
{
    for (const Part &part : spec) {
        Matcher m;
        if (part.literal) {
            m.regex = escapeLiteral(part.text);
            matchers->append(m);
            continue;
        }
        m.component = part.component;
        if (part.component == u'Z' || part.component == u'z') {
            const bool z = part.component == u'z';
            const QString separator =
                part.integerFormat.regular ? part.integerFormat.regularCharacter : QString();
            m.regex = (z ? u"GMT"_s : QString()) + u"[-+][0-9]+"_s;
            if (!separator.isEmpty())
                m.regex += separator + u"[0-9]+"_s;
            m.parse = [z, separator](const QString &text) -> Component {
                const QString value = z ? text.mid(3) : text;
                double hours = 0;
                double minutes = 0;
                if (!separator.isEmpty()) {
                    const qsizetype at = value.indexOf(separator);
                    hours = detail::jsParseInt(value.left(at));
                    minutes = detail::jsParseInt(value.mid(at + 1));
                } else if (value.size() - 1 <= 2) {
                    hours = detail::jsParseInt(value);
                } else {
                    hours = detail::jsParseInt(value.left(3));
                    minutes = detail::jsParseInt(value.mid(3));
                }
                return hours * 60 + minutes;
            };
        } else if (part.component == u'f') {
            // fractional seconds: a decimal fraction of a second, truncated to milliseconds
            m.regex = u"[0-9]+"_s;
            m.parse = [](const QString &text) -> Component {
                return QString(u"0."_s + text.left(3)).toDouble() * 1000;
            };
        } else if (part.hasIntegerFormat) {
            const std::optional<QString> regex = integerRegex(part.integerFormat, error);
            if (!regex)
                return false;
            m.regex = *regex;
            const IntegerPicture format = part.integerFormat;
            m.parse = [format](const QString &text) -> Component {
                return detail::parseIntegerWith(text, format);
            };
        } else {
            // month, day or am/pm names
            m.regex = u"[a-zA-Z]+"_s;
            QHash<QString, double> lookup;
            const bool truncate = part.widthMax && *part.widthMax != 0;
            auto nameKey = [&](const QString &name) {
                return truncate ? name.left(qsizetype(*part.widthMax)) : name;
            };
            if (part.component == u'M' || part.component == u'x') {
                for (std::size_t i = 0; i < monthNames().size(); ++i)
                    lookup.insert(nameKey(monthNames()[i]), double(i + 1));
            } else if (part.component == u'F') {
                for (std::size_t i = 1; i < dayNames().size(); ++i)
                    lookup.insert(nameKey(dayNames()[i]), double(i));
            } else if (part.component == u'P') {
                lookup = {{u"am"_s, 0}, {u"AM"_s, 0}, {u"pm"_s, 1}, {u"PM"_s, 1}};
            } else {
                return fail(
                    error, u"D3133"_s,
                    u"The 'name' modifier can only be applied to months and days in the date/time picture string, not %1"_s
                        .arg(part.component));
            }
            m.parse = [lookup](const QString &text) -> Component {
                const auto it = lookup.constFind(text);
                return it == lookup.constEnd() ? Component() : Component(it.value());
            };
        }
        matchers->append(m);
    }
    return true;
}

bool truthy(const Component &c)
{
    return c && !std::isnan(*c) && *c != 0;
}

// Does the set of given components fit a combination: none of the 0s, at least one of the 1s?
bool isType(int type, int mask)
{
    return !(~type & mask) && (type & mask);
}

} // namespace

std::optional<qint64> parseDateTime(const QString &timestamp, const QString &picture, FormatError *error)
{
    return parseDateTime(timestamp, picture, QDateTime::currentMSecsSinceEpoch(), error);
}

namespace {

std::optional<qint64> parseIso8601(const QString &timestamp, FormatError *error)
{
    static const QRegularExpression jsonataIso(
        u"^[0-9]{4}(-[01][0-9])?(-[0-3][0-9])?(T[0-2][0-9]:[0-5][0-9]:[0-5][0-9])?(\\.[0-9]+)?([+-][0-2][0-9]:?[0-5][0-9]|Z)?$"_s);
    if (!jsonataIso.match(timestamp).hasMatch()) {
        fail(
            error, u"D3110"_s,
            u"The timestamp '%1' is not in ISO 8601 format and no picture string was given"_s.arg(timestamp));
        return std::nullopt;
    }
    // What Date.parse accepts of it: date-only forms and date-time forms (read as UTC)
    static const QRegularExpression form(
        u"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?(?:T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]+))?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$"_s);
    const QRegularExpressionMatch m = form.match(timestamp);
    if (!m.hasMatch())
        return std::nullopt; // Date.parse gives NaN: no value
    const double year = m.captured(1).toDouble();
    const double month = m.hasCaptured(2) ? m.captured(2).toDouble() : 1;
    const double day = m.hasCaptured(3) ? m.captured(3).toDouble() : 1;
    const double hour = m.hasCaptured(4) ? m.captured(4).toDouble() : 0;
    const double minute = m.hasCaptured(5) ? m.captured(5).toDouble() : 0;
    const double second = m.hasCaptured(6) ? m.captured(6).toDouble() : 0;
    const double ms = m.hasCaptured(7) ? QString(m.captured(7) + u"00"_s).left(3).toDouble() : 0;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24
        || (hour == 24 && (minute + second + ms) > 0))
        return std::nullopt;
    // years 0..99 are literal here, unlike Date.UTC
    double t = (double(daysFromCivil(qint64(year), qint64(month), 1)) + day - 1) * kMillisInADay
        + hour * 3600000 + minute * 60000 + second * 1000 + ms;
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone != u"Z"_s) {
        const QString digits = QString(zone).remove(u':');
        const double offset = digits.mid(1, 2).toDouble() * 60 + digits.mid(3, 2).toDouble();
        t -= (zone.at(0) == u'-' ? -offset : offset) * 60000;
    }
    return qint64(t);
}

} // namespace

std::optional<qint64> parseDateTime(const QString &timestamp, const QString &picture, qint64 nowMillis,
                                    FormatError *error)
{
    if (error)
        *error = {};
    if (picture.isNull())
        return parseIso8601(timestamp, error);

    QList<Part> spec;
    if (!analyseDateTimePicture(picture, &spec, error))
        return std::nullopt;
    QList<Matcher> matchers;
    if (!buildMatchers(spec, &matchers, error))
        return std::nullopt;
    QString fullRegex = u"^"_s;
    for (const Matcher &m : std::as_const(matchers))
        fullRegex += u'(' + m.regex + u')';
    fullRegex += u'$';
    const QRegularExpression matcher(fullRegex, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch info = matcher.match(timestamp);
    if (!info.hasMatch())
        return std::nullopt; // no value

    QHash<QChar, Component> components;
    for (qsizetype i = 0; i < matchers.size(); ++i) {
        const Matcher &m = matchers.at(i);
        if (m.parse)
            components.insert(m.component, m.parse(info.captured(int(i + 1))));
    }
    if (components.isEmpty())
        return std::nullopt; // nothing specified: no value

    auto value = [&](QChar c) {
        return components.value(c);
    };
    int mask = 0;
    auto shift = [&](bool bit) {
        mask = (mask << 1) + (bit ? 1 : 0);
    };
    for (const QChar c : u"YXMxWwdD"_s)
        shift(truthy(value(c)));
    // date masks (YXMxWwdD): {Y,M,D}, {Y,d}, {X,x,w,F}, {X,W,F}
    const bool dateA = isType(0b10100001, mask);
    const bool dateB = !dateA && isType(0b10000010, mask);
    const bool dateC = isType(0b01010100, mask);
    const bool dateD = !dateC && isType(0b01001000, mask);
    mask = 0;
    for (const QChar c : u"PHhmsf"_s)
        shift(truthy(value(c)));
    // time masks (PHhmsf): {H,m,s,f}, {P,h,m,s,f}
    const bool timeA = isType(0b010111, mask);
    const bool timeB = !timeA && isType(0b101111, mask);

    const QString dateComps = dateB ? u"YD"_s : dateC ? u"XxwF"_s : dateD ? u"XWF"_s : u"YMD"_s;
    const QString timeComps = timeB ? u"Phmsf"_s : u"Hmsf"_s;

    // left of the most significant given component: now; right of the least: the minimum;
    // a gap in between is an error
    bool startSpecified = false;
    bool endSpecified = false;
    const QString comps = dateComps + timeComps;
    for (const QChar part : comps) {
        if (!value(part)) {
            if (startSpecified) {
                components.insert(part, QStringView(u"MDd").contains(part) ? 1 : 0);
                endSpecified = true;
            } else {
                const Fragment now = dateTimeFragment(double(nowMillis), part);
                components.insert(part, now.isText ? 0.0 : now.number); // "am"/"pm" is never 1
            }
        } else {
            startSpecified = true;
            if (endSpecified) {
                fail(error, u"D3136"_s,
                     u"The date/time picture string is missing specifiers required to parse the timestamp"_s);
                return std::nullopt;
            }
        }
    }
    double month = value(u'M').value_or(kNaN);
    month = month > 0 ? month - 1 : 0;
    double day = value(u'D').value_or(kNaN);
    const double year = value(u'Y').value_or(kNaN);
    if (dateB) {
        const double firstJan = dateUTC(year, 0);
        const double derived = firstJan + (value(u'd').value_or(kNaN) - 1) * kMillisInADay;
        const Civil c = civilFromMillis(derived);
        month = std::isfinite(derived) ? c.month : kNaN;
        day = std::isfinite(derived) ? c.day : kNaN;
    }
    if (dateC || dateD) {
        fail(error, u"D3136"_s, u"Parsing week-based dates is not supported"_s);
        return std::nullopt;
    }
    double hour = value(u'H').value_or(kNaN);
    if (timeB) {
        const double h = value(u'h').value_or(kNaN);
        hour = h == 12 ? 0 : h;
        if (value(u'P') == Component(1.0))
            hour += 12;
    }
    double millis = dateUTC(year, month, day, hour, value(u'm').value_or(kNaN), value(u's').value_or(kNaN),
                            value(u'f').value_or(kNaN));
    const Component zone = truthy(value(u'Z')) ? value(u'Z') : value(u'z');
    if (truthy(zone))
        millis -= *zone * 60 * 1000;
    if (!std::isfinite(millis))
        return std::nullopt; // jsonata-js returns NaN; no representable value
    return qint64(millis);
}

} // namespace LedgerLink::Expr
