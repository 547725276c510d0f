// Numeric and aggregate functions, $formatBase, and the picture-formatting wrappers around the
// colleague's numberformat.h.
#include "functions.h"

#include "numberformat.h"
#include "parser.h"

#include <QtCore/QRegularExpression>

#include <QtCore/QVarLengthArray>

#include <charconv>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace LedgerLink::Expr {

namespace {

Value num(double d)
{
    return Value::number(d);
}

Value fnSum(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    bool allInt = true;
    qint64 isum = 0;
    double total = 0;
    for (const auto &v : a[0].items()) {
        if (allInt && v.isInt()) {
            const qint64 x = v.toInt();
            const bool overflow = (x > 0 && isum > std::numeric_limits<qint64>::max() - x)
                || (x < 0 && isum < std::numeric_limits<qint64>::min() - x);
            if (!overflow) {
                isum += x;
                total += double(x);
                continue;
            }
        }
        allInt = false;
        total += v.toDouble();
    }
    if (allInt)
        return Value::integer(isum);
    return num(total);
}

Value fnCount(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return Value::integer(0);
    return Value::integer(a[0].size());
}

Value fnMax(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined() || a[0].items().empty())
        return {};
    const Value *best = nullptr;
    for (const auto &v : a[0].items()) {
        if (!best || v.toDouble() > best->toDouble())
            best = &v;
    }
    return *best;
}

Value fnMin(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined() || a[0].items().empty())
        return {};
    const Value *best = nullptr;
    for (const auto &v : a[0].items()) {
        if (!best || v.toDouble() < best->toDouble())
            best = &v;
    }
    return *best;
}

Value fnAverage(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined() || a[0].items().empty())
        return {};
    double total = 0;
    for (const auto &v : a[0].items())
        total += v.toDouble();
    return num(total / double(a[0].items().size()));
}

// -?[0-9]+(\.[0-9]+)?([Ee][-+]?[0-9]+)?
bool isDecimalText(const QString &s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    auto digits = [&] {
        const qsizetype start = i;
        while (i < n && s[i] >= u'0' && s[i] <= u'9')
            ++i;
        return i > start;
    };
    if (i < n && s[i] == u'-')
        ++i;
    if (!digits())
        return false;
    if (i < n && s[i] == u'.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < n && (s[i] == u'e' || s[i] == u'E')) {
        ++i;
        if (i < n && (s[i] == u'+' || s[i] == u'-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == n;
}

Value fnNumber(Evaluator &, const ValueList &a)
{
    const Value &v = a[0];
    if (v.isUndefined())
        return {};
    if (v.isNumber())
        return v;
    if (v.isBool())
        return Value::integer(v.toBool() ? 1 : 0);
    if (v.isString()) {

        static const QRegularExpression prefixed(u"^(0[xX][0-9A-Fa-f]+)|(0[oO][0-7]+)|(0[bB][0-1]+)$"_s);
        const QString &s = v.toStr();
        if (isDecimalText(s)) {
            // integer text that fits in 64 bits stays exact (string ids turned into numbers)
            // the text is plain ASCII here; from_chars avoids QString::toDouble's locale work
            QVarLengthArray<char, 32> ascii;
            for (const QChar c : s)
                ascii.append(char(c.unicode()));
            const char *first = ascii.constData();
            const char *last = first + ascii.size();
            qint64 exact = 0;
            const auto asInt = std::from_chars(first, last, exact);
            if (asInt.ec == std::errc() && asInt.ptr == last && exact != 0) // "-0" stays a double
                return Value::integer(exact);
            double d = 0;
            const auto asDouble = std::from_chars(first, last, d);
            if (asDouble.ec == std::errc() && asDouble.ptr == last && std::isfinite(d))
                return num(d);
        } else if (prefixed.match(s).hasMatch()) {
            const QChar kind = s.size() > 1 ? s[1].toLower() : u'x';
            const int base = kind == u'x' ? 16 : (kind == u'o' ? 8 : 2);
            bool ok = false;
            const qint64 i = s.mid(2).toLongLong(&ok, base);
            if (ok)
                return Value::integer(i);
        }
    }
    throwError(u"D3030"_s, -1, {}, u"Unable to turn "_s + describeValue(v) + u" into a number"_s);
}

Value fnFloor(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    return a[0].isInt() ? a[0] : num(std::floor(a[0].toDouble()));
}

Value fnCeil(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    return a[0].isInt() ? a[0] : num(std::ceil(a[0].toDouble()));
}

Value fnAbs(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    if (a[0].isInt() && a[0].toInt() != std::numeric_limits<qint64>::min())
        return Value::integer(a[0].toInt() < 0 ? -a[0].toInt() : a[0].toInt());
    return num(std::fabs(a[0].toDouble()));
}

Value fnSqrt(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    const double d = a[0].toDouble();
    if (d < 0)
        throwError(u"D3060"_s, -1, {},
                   u"$sqrt cannot be applied to the negative number "_s + formatJsNumber(d));
    return num(std::sqrt(d));
}

Value fnPower(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    const double r = std::pow(a[0].toDouble(), a[1].toDouble());
    if (!std::isfinite(r))
        throwError(u"D3061"_s, -1, {},
                   u"$power(%1, %2) cannot be represented as a JSON number"_s.arg(
                       formatJsNumber(a[0].toDouble()), formatJsNumber(a[1].toDouble())));
    return num(r);
}

// value × 10^shift through the decimal text, as jsonata-js does with its 'e' notation trick
double shiftDecimal(double value, int shift)
{
    const QString text = formatJsNumber(value);
    const qsizetype e = text.indexOf(u'e');
    QString mantissa = e < 0 ? text : text.left(e);
    int exponent = e < 0 ? 0 : text.mid(e + 1).toInt();
    return QString(mantissa + u'e' + QString::number(exponent + shift)).toDouble();
}

Value fnRound(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    const int precision = a.size() > 1 && a[1].isDefined() ? saturatingInt(a[1].toDouble()) : 0;
    if (a[0].isInt() && precision >= 0)
        return a[0];
    return num(roundHalfEven(a[0].toDouble(), precision));
}

Value fnRandom(Evaluator &ev, const ValueList &)
{
    return num(double(ev.nextRandom() >> 11) * (1.0 / 9007199254740992.0));
}

Value fnFormatBase(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    const double value = roundHalfEven(a[0].toDouble(), 0);
    int radix = 10;
    if (a.size() > 1 && a[1].isDefined())
        radix = saturatingInt(a[1].toDouble());
    if (radix < 2 || radix > 36)
        throwError(u"D3100"_s, -1, {},
                   u"The radix of $formatBase must be between 2 and 36, but it is %1"_s.arg(radix));
    const qint64 i = saturatingInt64(value);
    QString s = QString::number(i < 0 ? -i : i, radix);
    if (i < 0)
        s.prepend(u'-');
    return Value::string(s);
}

Value fnFormatNumber(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    QHash<QString, QString> options;
    if (a.size() > 2 && a[2].isObject()) {
        for (const auto &entry : a[2].obj().entries())
            options.insert(entry.first,
                           entry.second.isString() ? entry.second.toStr() : toJsonText(entry.second));
    }
    FormatError error;
    const auto r = formatNumber(a[0].toDouble(), a[1].toStr(), options, &error);
    if (!r)
        throwError(error.code.isEmpty() ? u"D3080"_s : error.code, -1, {}, error.message);
    return Value::string(*r);
}

Value fnFormatInteger(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    FormatError error;
    const auto r = formatInteger(a[0].toDouble(), a[1].toStr(), &error);
    if (!r)
        throwError(error.code.isEmpty() ? u"D3130"_s : error.code, -1, {}, error.message);
    return Value::string(*r);
}

Value fnParseInteger(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    FormatError error;
    const auto r = parseInteger(a[0].toStr(), a[1].toStr(), &error);
    if (!r) {
        if (error.code.isEmpty())
            return {};
        throwError(error.code, -1, {}, error.message);
    }
    return num(*r);
}

} // namespace

double roundHalfEven(double value, int precision)
{
    double arg = precision != 0 ? shiftDecimal(value, precision) : value;
    double result = std::floor(arg + 0.5); // Math.round
    const double diff = result - arg;
    if (std::fabs(diff) == 0.5 && std::fabs(std::fmod(result, 2.0)) == 1.0)
        result -= 1;
    if (precision != 0)
        result = shiftDecimal(result, -precision);
    if (result == 0)
        result = 0; // no negative zero
    return result;
}

void registerNumericFunctions(std::vector<BuiltinDef> &out)
{
    out.push_back({"sum", "<a<n>:n>", fnSum});
    out.push_back({"count", "<a:n>", fnCount});
    out.push_back({"max", "<a<n>:n>", fnMax});
    out.push_back({"min", "<a<n>:n>", fnMin});
    out.push_back({"average", "<a<n>:n>", fnAverage});
    out.push_back({"number", "<(nsb)-:n>", fnNumber});
    out.push_back({"floor", "<n-:n>", fnFloor});
    out.push_back({"ceil", "<n-:n>", fnCeil});
    out.push_back({"round", "<n-n?:n>", fnRound});
    out.push_back({"abs", "<n-:n>", fnAbs});
    out.push_back({"sqrt", "<n-:n>", fnSqrt});
    out.push_back({"power", "<n-n:n>", fnPower});
    out.push_back({"random", "<:n>", fnRandom});
    out.push_back({"formatBase", "<n-n?:s>", fnFormatBase});
    out.push_back({"formatNumber", "<n-so?:s>", fnFormatNumber});
    out.push_back({"formatInteger", "<n-s:s>", fnFormatInteger});
    out.push_back({"parseInteger", "<s-s:n>", fnParseInteger});
}

} // namespace LedgerLink::Expr
