// String functions, including the regular-expression based ones.
#include "functions.h"

#include "parser.h"

#include <QtCore/QByteArray>
#include <QtCore/QRegularExpression>
#include <QtCore/QUrl>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace LedgerLink::Expr {

namespace {

std::vector<char32_t> codePoints(const QString &s)
{
    std::vector<char32_t> out;
    out.reserve(size_t(s.size()));
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            out.push_back(QChar::surrogateToUcs4(c, s[i + 1]));
            ++i;
        } else {
            out.push_back(c.unicode());
        }
    }
    return out;
}

QString fromCodePoints(const std::vector<char32_t> &cps, qint64 from, qint64 to)
{
    QString out;
    for (qint64 i = from; i < to; ++i)
        out += QString::fromUcs4(&cps[size_t(i)], 1);
    return out;
}

// JavaScript Array.prototype.slice index normalisation
qint64 sliceIndex(double v, qint64 length)
{
    if (std::isnan(v))
        return 0;
    if (std::isinf(v))
        return v < 0 ? 0 : length;
    qint64 i = saturatingInt64(std::trunc(v));
    if (i < 0)
        return std::max<qint64>(0, length + i);
    return std::min(i, length);
}

// One match of a matcher function: native regexes are iterated exactly as a JavaScript
// RegExp with the g flag; custom matchers (lambdas) return {match, start, end, groups, next}.
struct MatchState
{
    QString match;
    qsizetype start = 0;
    qsizetype end = 0;
    ValueList groups;
    Value next; // custom matcher: the next() function
    qsizetype lastIndex = 0; // native regex
};

class Matcher
{
public:
    Matcher(Evaluator &ev, const Value &fn, const QString &str)
        : m_ev(ev)
        , m_fn(fn)
        , m_str(str)
    { }

    std::optional<MatchState> first()
    {
        if (!m_fn.isFunction())
            return std::nullopt;
        if (m_fn.fn()->kind == FunctionData::Kind::Regex)
            return nativeFrom(0);
        return custom(m_fn);
    }

    std::optional<MatchState> next(const MatchState &current)
    {
        if (m_fn.fn()->kind == FunctionData::Kind::Regex) {
            if (current.lastIndex >= m_str.size())
                return std::nullopt;
            auto n = nativeFrom(current.lastIndex);
            if (n && n->match.isEmpty())
                throwError(u"D1004"_s, m_fn.fn()->node->position, {},
                           u"The regular expression /"_s + m_fn.fn()->node->str
                               + u"/ matches an empty string"_s);
            return n;
        }
        if (!current.next.isFunction())
            return std::nullopt;
        return custom(current.next);
    }

private:
    std::optional<MatchState> nativeFrom(qsizetype from)
    {
        const QRegularExpression &re = *m_fn.fn()->node->regex;
        const QRegularExpressionMatch m = re.match(m_str, from);
        if (!m.hasMatch())
            return std::nullopt;
        MatchState s;
        s.match = m.captured(0);
        s.start = m.capturedStart(0);
        s.end = m.capturedEnd(0);
        s.lastIndex = s.end;
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)
            s.groups.push_back(m.capturedStart(i) < 0 ? Value() : Value::string(m.captured(i)));
        for (int i = m.lastCapturedIndex() + 1; i <= re.captureCount(); ++i)
            s.groups.push_back(Value());
        return s;
    }

    std::optional<MatchState> custom(const Value &fn)
    {
        const Value r = m_ev.call(fn, {Value::string(m_str)});
        if (r.isUndefined())
            return std::nullopt;
        const ObjectData &o = r.obj();
        const Value *match = o.find(u"match"_s);
        const Value *start = o.find(u"start"_s);
        const Value *end = o.find(u"end"_s);
        const Value *groups = o.find(u"groups"_s);
        const Value *next = o.find(u"next"_s);
        if (!r.isObject() || !start || !start->isNumber() || !end || !end->isNumber() || !groups
            || !groups->isArray() || !next || !next->isFunction())
            throwError(
                u"T1010"_s, -1, {},
                u"The matcher function does not return the expected object structure {match, start, end, groups, next}"_s);
        MatchState s;
        s.match = match ? match->toStr() : QString();
        s.start = qsizetype(start->toDouble());
        s.end = qsizetype(end->toDouble());
        s.groups = groups->items();
        s.next = *next;
        return s;
    }

    Evaluator &m_ev;
    Value m_fn;
    const QString &m_str;
};

Value fnString(Evaluator &ev, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    const bool pretty = a.size() > 1 && a[1].isBool() && a[1].toBool();
    if (pretty && !a[0].isString() && !a[0].isFunction()) {
        QString out;
        if (!stringify(a[0], true, &out))
            throwError(u"D3001"_s, -1);
        return Value::string(out);
    }
    Q_UNUSED(ev);
    return Value::string(stringOf(a[0], -1));
}

Value fnSubstring(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    const auto cps = codePoints(a[0].toStr());
    const qint64 length = qint64(cps.size());
    double start = a[1].toDouble();
    if (double(length) + start < 0)
        start = 0;
    if (a.size() > 2 && a[2].isDefined()) {
        const double len = a[2].toDouble();
        if (len <= 0)
            return Value::string(QString());
        const double end = start >= 0 ? start + len : double(length) + start + len;
        const qint64 from = sliceIndex(start, length);
        const qint64 to = sliceIndex(end, length);
        return Value::string(from < to ? fromCodePoints(cps, from, to) : QString());
    }
    const qint64 from = sliceIndex(start, length);
    return Value::string(fromCodePoints(cps, from, length));
}

Value fnSubstringBefore(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    const QString &s = a[0].toStr();
    const qsizetype pos = s.indexOf(a[1].toStr());
    return Value::string(pos > -1 ? s.left(pos) : s);
}

Value fnSubstringAfter(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    const QString &s = a[0].toStr();
    const qsizetype pos = s.indexOf(a[1].toStr());
    return Value::string(pos > -1 ? s.mid(pos + a[1].toStr().size()) : s);
}

Value fnLowercase(Evaluator &, const ValueList &a)
{
    return a[0].isUndefined() ? Value() : Value::string(a[0].toStr().toLower());
}

Value fnUppercase(Evaluator &, const ValueList &a)
{
    return a[0].isUndefined() ? Value() : Value::string(a[0].toStr().toUpper());
}

Value fnLength(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    return Value::integer(qint64(codePoints(a[0].toStr()).size()));
}

Value fnTrim(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    static const QRegularExpression ws(u"[ \t\n\r]+"_s);
    QString s = a[0].toStr();
    s.replace(ws, u" "_s);
    if (s.startsWith(u' '))
        s.remove(0, 1);
    if (s.endsWith(u' '))
        s.chop(1);
    return Value::string(s);
}

Value fnPad(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    const QString &s = a[0].toStr();
    QString padChar = a.size() > 2 && a[2].isString() ? a[2].toStr() : QString();
    if (padChar.isEmpty())
        padChar = u" "_s;
    const double width = a[1].toDouble();
    const qint64 padLength = saturatingInt64(std::fabs(std::trunc(width))) - qint64(codePoints(s).size());
    if (padLength <= 0)
        return a[0];
    // A width such as 1e30 would build a string until memory runs out: refused like the other limits.
    if (padLength > 10000000)
        throwError(u"U1001"_s, -1, {},
                   u"$pad would create a string of %1 characters; the limit is 10 million"_s.arg(padLength));
    QString padding;
    for (qint64 i = 0; i < padLength; ++i)
        padding += padChar;
    if (padChar.size() > 1) {
        const auto cps = codePoints(padding);
        padding = fromCodePoints(cps, 0, std::min<qint64>(padLength, qint64(cps.size())));
    }
    return Value::string(width > 0 ? s + padding : padding + s);
}

Value fnContains(Evaluator &ev, const ValueList &a)
{
    if (a[0].isUndefined() || a[1].isUndefined())
        return {};
    const QString &s = a[0].toStr();
    if (a[1].isString())
        return Value::boolean(s.contains(a[1].toStr()));
    Matcher m(ev, a[1], s);
    return Value::boolean(m.first().has_value());
}

std::optional<qint64> limitArg(const ValueList &a, size_t index, const char *code)
{
    if (a.size() <= index || a[index].isUndefined())
        return std::nullopt;
    const double l = a[index].toDouble();
    if (l < 0)
        throwError(QString::fromLatin1(code), -1);
    return qint64(l);
}

Value fnMatch(Evaluator &ev, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    const auto limit = limitArg(a, 2, "D3040");
    const QString &s = a[0].toStr();
    Value result = Value::sequence();
    if (limit && *limit == 0)
        return result;
    Matcher m(ev, a[1], s);
    qint64 count = 0;
    auto cur = m.first();
    while (cur && (!limit || count < *limit)) {
        Value obj = Value::object();
        ObjectData &o = obj.mutableObj();
        o.insert(u"match"_s, Value::string(cur->match));
        o.insert(u"index"_s, Value::integer(cur->start));
        o.insert(u"groups"_s, Value::array(cur->groups));
        result.push(std::move(obj));
        ++count;
        cur = m.next(*cur);
    }
    return result;
}

QString expandReplacement(const QString &replacement, const MatchState &match)
{
    QString out;
    qsizetype position = 0;
    qsizetype index = replacement.indexOf(u'$', position);
    const qsizetype ngroups = qsizetype(match.groups.size());
    while (index != -1 && position < replacement.size()) {
        out += replacement.mid(position, index - position);
        position = index + 1;
        const QChar dollarVal = position < replacement.size() ? replacement[position] : QChar();
        if (dollarVal == u'$') {
            out += u'$';
            ++position;
        } else if (dollarVal == u'0') {
            out += match.match;
            ++position;
        } else {
            int maxDigits = ngroups == 0 ? 1 : int(std::floor(std::log10(double(ngroups)))) + 1;
            auto parseDigits = [&](int n) -> std::optional<qsizetype> {
                qsizetype v = 0;
                int used = 0;
                for (int i = 0;
                     i < n && position + i < replacement.size() && replacement[position + i].isDigit(); ++i) {
                    v = v * 10 + replacement[position + i].digitValue();
                    ++used;
                }
                if (used == 0)
                    return std::nullopt;
                return v;
            };
            auto idx = parseDigits(maxDigits);
            if (maxDigits > 1 && idx && *idx > ngroups)
                idx = parseDigits(maxDigits - 1);
            if (idx) {
                if (ngroups > 0 && *idx >= 1 && *idx <= ngroups) {
                    const Value &sub = match.groups[size_t(*idx - 1)];
                    if (sub.isString())
                        out += sub.toStr();
                }
                position += QString::number(*idx).size();
            } else {
                out += u'$';
            }
        }
        index = replacement.indexOf(u'$', position);
    }
    out += replacement.mid(position);
    return out;
}

Value fnReplace(Evaluator &ev, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    const QString &s = a[0].toStr();
    if (a[1].isString() && a[1].toStr().isEmpty())
        throwError(u"D3010"_s, -1, {},
                   u"The second argument of $replace (the text to find) cannot be empty"_s);
    const auto limit = limitArg(a, 3, "D3011");
    if (limit && *limit == 0)
        return a[0];
    QString result;
    qsizetype position = 0;
    qint64 count = 0;
    if (a[1].isString()) {
        const QString &pattern = a[1].toStr();
        const QString replacement = a[2].isString() ? a[2].toStr() : QString();
        qsizetype index = s.indexOf(pattern, position);
        while (index != -1 && (!limit || count < *limit)) {
            result += s.mid(position, index - position);
            result += replacement;
            position = index + pattern.size();
            ++count;
            index = s.indexOf(pattern, position);
        }
        result += s.mid(position);
        return Value::string(result);
    }
    Matcher m(ev, a[1], s);
    auto cur = m.first();
    if (!cur)
        return a[0];
    while (cur && (!limit || count < *limit)) {
        result += s.mid(position, cur->start - position);
        if (a[2].isString()) {
            result += expandReplacement(a[2].toStr(), *cur);
        } else {
            Value matchObj = Value::object();
            ObjectData &o = matchObj.mutableObj();
            o.insert(u"match"_s, Value::string(cur->match));
            o.insert(u"start"_s, Value::integer(cur->start));
            o.insert(u"end"_s, Value::integer(cur->end));
            o.insert(u"groups"_s, Value::array(cur->groups));
            const Value replaced = ev.call(a[2], {matchObj});
            if (!replaced.isString())
                throwError(u"D3012"_s, -1, {},
                           u"The replacement function of $replace must return text, but it returned "_s
                               + describeValue(replaced));
            result += replaced.toStr();
        }
        position = cur->start + cur->match.size();
        ++count;
        cur = m.next(*cur);
    }
    result += s.mid(position);
    return Value::string(result);
}

Value fnSplit(Evaluator &ev, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    const QString &s = a[0].toStr();
    const auto limit = limitArg(a, 2, "D3020");
    ValueList result;
    if (limit && *limit == 0)
        return Value::array();
    if (a[1].isString()) {
        const QString &sep = a[1].toStr();
        if (sep.isEmpty()) {
            for (const QChar c : s) {
                if (limit && qint64(result.size()) >= *limit)
                    break;
                result.push_back(Value::string(QString(c)));
            }
        } else {
            const QStringList parts = s.split(sep);
            for (const auto &p : parts) {
                if (limit && qint64(result.size()) >= *limit)
                    break;
                result.push_back(Value::string(p));
            }
        }
        return Value::array(std::move(result));
    }
    Matcher m(ev, a[1], s);
    auto cur = m.first();
    if (!cur) {
        result.push_back(a[0]);
        return Value::array(std::move(result));
    }
    qsizetype start = 0;
    qint64 count = 0;
    while (cur && (!limit || count < *limit)) {
        result.push_back(Value::string(s.mid(start, cur->start - start)));
        start = cur->end;
        ++count;
        cur = m.next(*cur);
    }
    if (!limit || count < *limit)
        result.push_back(Value::string(s.mid(start)));
    return Value::array(std::move(result));
}

Value fnJoin(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    const QString sep = a.size() > 1 && a[1].isString() ? a[1].toStr() : QString();
    qsizetype length = 0;
    for (const auto &item : a[0].items())
        length += item.toStr().size() + sep.size();
    QString out;
    out.reserve(length);
    bool first = true;
    for (const auto &item : a[0].items()) {
        if (!first)
            out += sep;
        first = false;
        out += item.toStr();
    }
    return Value::string(out);
}

Value fnBase64Encode(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    return Value::string(QString::fromLatin1(a[0].toStr().toUtf8().toBase64()));
}

Value fnBase64Decode(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    return Value::string(QString::fromUtf8(QByteArray::fromBase64(a[0].toStr().toLatin1())));
}

bool hasLoneSurrogate(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i].isHighSurrogate()) {
            if (i + 1 >= s.size() || !s[i + 1].isLowSurrogate())
                return true;
            ++i;
        } else if (s[i].isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

Value encodeWith(const ValueList &a, const QByteArray &keep)
{
    if (a[0].isUndefined())
        return {};
    if (hasLoneSurrogate(a[0].toStr()))
        throwError(u"D3140"_s, -1, {}, u"Malformed URL: the text contains an unpaired surrogate character"_s);
    return Value::string(QString::fromLatin1(a[0].toStr().toUtf8().toPercentEncoding(keep)));
}

Value fnEncodeUrlComponent(Evaluator &, const ValueList &a)
{
    return encodeWith(a, "-_.!~*'()");
}

Value fnEncodeUrl(Evaluator &, const ValueList &a)
{
    return encodeWith(a, "-_.!~*'();/?:@&=+$,#");
}

Value decodeWith(const ValueList &a, const QByteArray &reserved)
{
    if (a[0].isUndefined())
        return {};
    const QString &s = a[0].toStr();
    QByteArray out;
    const QByteArray in = s.toUtf8();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '%') {
            if (i + 2 >= in.size())
                throwError(u"D3140"_s, -1, {}, u"Malformed URL: a % is not followed by two hex digits"_s);
            bool ok = false;
            const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
            if (!ok)
                throwError(u"D3140"_s, -1, {}, u"Malformed URL: a % is not followed by two hex digits"_s);
            if (byte < 0x80 && reserved.contains(char(byte))) {
                out += in.mid(i, 3);
            } else {
                out += char(byte);
            }
            i += 2;
        } else {
            out += in[i];
        }
    }
    const QString decoded = QString::fromUtf8(out);
    if (decoded.contains(QChar(QChar::ReplacementCharacter))
        && !s.contains(QChar(QChar::ReplacementCharacter)))
        throwError(u"D3140"_s, -1, {}, u"Malformed URL: the escapes do not form valid UTF-8"_s);
    return Value::string(decoded);
}

Value fnDecodeUrlComponent(Evaluator &, const ValueList &a)
{
    return decodeWith(a, QByteArray());
}

Value fnDecodeUrl(Evaluator &, const ValueList &a)
{
    return decodeWith(a, ";/?:@&=+$,#");
}

} // namespace

Value regexMatchObject(Evaluator &ev, const FunctionData &fn, const Value &str, qsizetype from)
{
    Q_UNUSED(ev);
    if (!str.isString())
        return {};
    const QRegularExpressionMatch m = fn.node->regex->match(str.toStr(), from);
    if (!m.hasMatch())
        return {};
    Value obj = Value::object();
    ObjectData &o = obj.mutableObj();
    o.insert(u"match"_s, Value::string(m.captured(0)));
    o.insert(u"start"_s, Value::integer(m.capturedStart(0)));
    o.insert(u"end"_s, Value::integer(m.capturedEnd(0)));
    ValueList groups;
    for (int i = 1; i <= m.lastCapturedIndex(); ++i)
        groups.push_back(Value::string(m.captured(i)));
    o.insert(u"groups"_s, Value::array(std::move(groups)));
    return obj;
}

void registerStringFunctions(std::vector<BuiltinDef> &out)
{
    out.push_back({"string", "<x-b?:s>", fnString, 1});
    out.push_back({"substring", "<s-nn?:s>", fnSubstring});
    out.push_back({"substringBefore", "<s-s:s>", fnSubstringBefore});
    out.push_back({"substringAfter", "<s-s:s>", fnSubstringAfter});
    out.push_back({"lowercase", "<s-:s>", fnLowercase});
    out.push_back({"uppercase", "<s-:s>", fnUppercase});
    out.push_back({"length", "<s-:n>", fnLength});
    out.push_back({"trim", "<s-:s>", fnTrim});
    out.push_back({"pad", "<s-ns?:s>", fnPad});
    out.push_back({"match", "<s-f<s:o>n?:a<o>>", fnMatch});
    out.push_back({"contains", "<s-(sf):b>", fnContains});
    out.push_back({"replace", "<s-(sf)(sf)n?:s>", fnReplace});
    out.push_back({"split", "<s-(sf)n?:a<s>>", fnSplit});
    out.push_back({"join", "<a<s>s?:s>", fnJoin});
    out.push_back({"base64encode", "<s-:s>", fnBase64Encode});
    out.push_back({"base64decode", "<s-:s>", fnBase64Decode});
    out.push_back({"encodeUrlComponent", "<s-:s>", fnEncodeUrlComponent});
    out.push_back({"encodeUrl", "<s-:s>", fnEncodeUrl});
    out.push_back({"decodeUrlComponent", "<s-:s>", fnDecodeUrlComponent});
    out.push_back({"decodeUrl", "<s-:s>", fnDecodeUrl});
}

} // namespace LedgerLink::Expr
