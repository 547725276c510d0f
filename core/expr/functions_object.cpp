// Object and array functions, type tests, errors, date/time and the LedgerLink additions.
#include "functions.h"

#include "datetimeformat.h"
#include "parser.h"

#include "model/currency.h"
#include "model/decimal.h"
#include "model/money.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace LedgerLink::Expr {

namespace {

Value fnKeysImpl(const Value &arg)
{
    Value result = Value::sequence();
    if (arg.isArray()) {
        QStringList seen;
        for (const auto &item : arg.items()) {
            const Value k = fnKeysImpl(item);
            for (const auto &key : k.items()) {
                if (!seen.contains(key.toStr()))
                    seen.append(key.toStr());
            }
        }
        for (const auto &key : seen)
            result.push(Value::string(key));
    } else if (arg.isObject()) {
        for (const auto &entry : arg.obj().entries())
            result.push(Value::string(entry.first));
    }
    return result;
}

Value fnKeys(Evaluator &, const ValueList &a)
{
    return fnKeysImpl(a[0]);
}

Value fnLookup(Evaluator &, const ValueList &a)
{
    // A missing key finds nothing (as in jsonata-js); it must not read the "" entry.
    if (a[1].isUndefined())
        return {};
    return lookupField(a[0], a[1].toStr());
}

Value fnAppend(Evaluator &, const ValueList &a)
{
    return appendValues(a[0], a.size() > 1 ? a[1] : Value());
}

Value fnExists(Evaluator &, const ValueList &a)
{
    return Value::boolean(a[0].isDefined());
}

Value fnSpreadImpl(const Value &arg)
{
    if (arg.isArray()) {
        Value result = Value::sequence();
        for (const auto &item : arg.items())
            result = appendValues(result, fnSpreadImpl(item));
        return result;
    }
    if (arg.isObject()) {
        Value result = Value::sequence();
        for (const auto &entry : arg.obj().entries()) {
            Value obj = Value::object();
            obj.mutableObj().insert(entry.first, entry.second);
            result.push(std::move(obj));
        }
        return result;
    }
    return arg;
}

Value fnSpread(Evaluator &, const ValueList &a)
{
    return fnSpreadImpl(a[0]);
}

Value fnMerge(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    Value result = Value::object();
    ObjectData &o = result.mutableObj();
    for (const auto &item : a[0].items()) {
        for (const auto &entry : item.obj().entries())
            o.insert(entry.first, entry.second);
    }
    return result;
}

Value fnReverse(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    if (a[0].size() <= 1)
        return a[0];
    ValueList items = a[0].items();
    std::reverse(items.begin(), items.end());
    return Value::array(std::move(items));
}

Value fnShuffle(Evaluator &ev, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    if (a[0].size() <= 1)
        return a[0];
    ValueList items = a[0].items();
    for (size_t i = items.size() - 1; i > 0; --i) {
        const size_t j = size_t(ev.nextRandom() % (i + 1));
        std::swap(items[i], items[j]);
    }
    return Value::array(std::move(items));
}

Value fnDistinct(Evaluator &, const ValueList &a)
{
    if (!a[0].isArray() || a[0].size() <= 1)
        return a[0];
    // text and numbers through hash sets; only objects and arrays need structural comparison
    ValueList out;
    std::unordered_set<QString, TextHash> strings;
    std::unordered_set<double> numbers;
    bool seenNull = false, seenTrue = false, seenFalse = false;
    for (const auto &item : a[0].items()) {
        bool dup = false;
        switch (item.type()) {
        case Value::Type::String:
            dup = !strings.insert(item.toStr()).second;
            break;
        case Value::Type::Int:
        case Value::Type::Double: {
            const double d = item.toDouble();
            dup = !numbers.insert(d == 0 ? 0.0 : d).second;
            break;
        }
        case Value::Type::Null:
            dup = seenNull;
            seenNull = true;
            break;
        case Value::Type::Bool:
            dup = item.toBool() ? seenTrue : seenFalse;
            (item.toBool() ? seenTrue : seenFalse) = true;
            break;
        default:
            for (const auto &existing : out) {
                if (deepEqual(existing, item)) {
                    dup = true;
                    break;
                }
            }
        }
        if (!dup)
            out.push_back(item);
    }
    return Value::array(std::move(out), a[0].isSequence() ? quint8(Value::Sequence) : quint8(0));
}

Value fnBoolean(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    return Value::boolean(truthy(a[0]));
}

Value fnNot(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    return Value::boolean(!truthy(a[0]));
}

Value fnType(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    return Value::string(a[0].typeName());
}

Value fnError(Evaluator &, const ValueList &a)
{
    const QString msg = a.size() > 0 && a[0].isString() ? a[0].toStr() : u"$error() function evaluated"_s;
    throwError(u"D3137"_s, -1, {}, msg);
}

Value fnAssert(Evaluator &, const ValueList &a)
{
    if (!a[0].toBool()) {
        const QString msg = a.size() > 1 && a[1].isString() ? a[1].toStr() : u"$assert() statement failed"_s;
        throwError(u"D3141"_s, -1, {}, msg);
    }
    return {};
}

Value fnEval(Evaluator &, const ValueList &a)
{
    if (a.empty() || a[0].isUndefined())
        return {}; // undefined in, undefined out, as every function; nothing is evaluated
    throwError(u"D3120"_s, -1, {},
               u"$eval is disabled in LedgerLink: expressions cannot evaluate other expressions"_s);
}

Value fnClone(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    return a[0]; // values are immutable; sharing is a copy
}

Value fromMillisImpl(qint64 millis, const Value &picture, const Value &tz)
{
    FormatError error;
    const auto r = formatDateTime(millis, picture.isString() ? picture.toStr() : QString(),
                                  tz.isString() ? tz.toStr() : QString(), &error);
    if (!r) {
        if (error.code.isEmpty())
            return {};
        throwError(error.code, -1, {}, error.message);
    }
    return Value::string(*r);
}

Value fnNow(Evaluator &ev, const ValueList &a)
{
    return fromMillisImpl(ev.timestamp(), a.size() > 0 ? a[0] : Value(), a.size() > 1 ? a[1] : Value());
}

Value fnMillis(Evaluator &ev, const ValueList &)
{
    return Value::integer(ev.timestamp());
}

Value fnFromMillis(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    return fromMillisImpl(saturatingInt64(std::floor(a[0].toDouble())), a.size() > 1 ? a[1] : Value(),
                          a.size() > 2 ? a[2] : Value());
}

Value fnToMillis(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    FormatError error;
    const auto r =
        parseDateTime(a[0].toStr(), a.size() > 1 && a[1].isString() ? a[1].toStr() : QString(), &error);
    if (!r) {
        if (error.code.isEmpty())
            return {};
        throwError(error.code, -1, {}, error.message);
    }
    return Value::integer(*r);
}

// ---- LedgerLink additions: exact decimal rounding ----

Model::RoundingMode modelMode(MoneyRounding mode)
{
    switch (mode) {
    case MoneyRounding::HalfUp:
        return Model::RoundingMode::HalfUp;
    case MoneyRounding::Down:
        return Model::RoundingMode::Down;
    case MoneyRounding::Up:
        return Model::RoundingMode::Up;
    case MoneyRounding::HalfEven:
        break;
    }
    return Model::RoundingMode::HalfEven;
}

std::optional<Model::Decimal> decimalOf(const Value &v)
{
    if (v.isInt())
        return Model::Decimal::fromString(QString::number(v.toInt()));
    return Model::Decimal::fromDouble(v.toDouble());
}

Value decimalToNumber(const Model::Decimal &d)
{
    const QString text = d.toString();
    bool ok = false;
    if (!text.contains(u'.')) {
        const qint64 i = text.toLongLong(&ok);
        if (ok)
            return Value::integer(i);
    }
    return Value::number(text.toDouble());
}

Value fnRoundHalfUp(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    const int places = a.size() > 1 && a[1].isDefined() ? saturatingInt(a[1].toDouble()) : 0;
    const auto d = decimalOf(a[0]);
    if (!d)
        throwError(u"D3030"_s, -1, {}, u"$roundHalfUp cannot round "_s + describeValue(a[0]));
    return decimalToNumber(d->rounded(places, Model::RoundingMode::HalfUp));
}

Value fnMoney(Evaluator &ev, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    const auto currency = Model::Currency::fromCode(a[1].toStr().toUpper());
    if (!currency)
        throwError(u"L0001"_s, -1, {},
                   u"\""_s + a[1].toStr() + u"\" is not a known ISO 4217 currency code"_s);
    std::optional<Model::Decimal> d;
    if (a[0].isString())
        d = Model::Decimal::fromString(a[0].toStr());
    else
        d = decimalOf(a[0]);
    if (!d)
        throwError(u"D3030"_s, -1, {}, u"$money cannot use "_s + describeValue(a[0]) + u" as an amount"_s);
    return decimalToNumber(d->rounded(currency->minorUnits(), modelMode(ev.limits().moneyRounding)));
}

/// $fromMinor(1990, "USD") → "19.90": an integer count of minor units (Vendure's prices) as an
/// exact decimal text with the currency's digits; never through a fraction of a double.
Value fnFromMinor(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    const auto currency = Model::Currency::fromCode(a[1].toStr().toUpper());
    if (!currency)
        throwError(u"L0001"_s, -1, {},
                   u"\""_s + a[1].toStr() + u"\" is not a known ISO 4217 currency code"_s);
    const auto d = a[0].isString() ? Model::Decimal::fromString(a[0].toStr()) : decimalOf(a[0]);
    if (!d || d->rounded(0, Model::RoundingMode::Down) != *d)
        throwError(u"D3030"_s, -1, {},
                   u"$fromMinor needs a whole number of minor units, not "_s + describeValue(a[0]));
    bool ok = false;
    const qint64 units = d->toString().toLongLong(&ok);
    if (!ok)
        throwError(u"D3030"_s, -1, {}, u"$fromMinor cannot use "_s + describeValue(a[0]));
    return Value::string(Model::Money::fromMinorUnits(units, *currency).amount().toString());
}

/// $toMinor("19.90", "USD") → 1990: an exact amount as an integer count of minor units; more
/// decimals than the currency has is an error, never a rounding.
Value fnToMinor(Evaluator &, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    const auto currency = Model::Currency::fromCode(a[1].toStr().toUpper());
    if (!currency)
        throwError(u"L0001"_s, -1, {},
                   u"\""_s + a[1].toStr() + u"\" is not a known ISO 4217 currency code"_s);
    const auto d = a[0].isString() ? Model::Decimal::fromString(a[0].toStr()) : decimalOf(a[0]);
    if (!d)
        throwError(u"D3030"_s, -1, {}, u"$toMinor cannot use "_s + describeValue(a[0]) + u" as an amount"_s);
    const auto money = Model::Money::exact(*d, *currency);
    const auto units = money ? money->toMinorUnits() : std::nullopt;
    if (!units)
        throwError(u"D3030"_s, -1, {},
                   describeValue(a[0]) + u" has more decimals than "_s + currency->code() + u" allows"_s);
    return Value::number(double(*units));
}

} // namespace

void registerObjectFunctions(std::vector<BuiltinDef> &out)
{
    out.push_back({"keys", "<x-:a<s>>", fnKeys});
    out.push_back({"lookup", "<x-s:x>", fnLookup});
    out.push_back({"append", "<xx:a>", fnAppend});
    out.push_back({"exists", "<x:b>", fnExists});
    out.push_back({"spread", "<x-:a<o>>", fnSpread});
    out.push_back({"merge", "<a<o>:o>", fnMerge});
    out.push_back({"reverse", "<a:a>", fnReverse});
    out.push_back({"shuffle", "<a:a>", fnShuffle});
    out.push_back({"distinct", "<x:x>", fnDistinct});
    out.push_back({"boolean", "<x-:b>", fnBoolean});
    out.push_back({"not", "<x-:b>", fnNot});
    out.push_back({"type", "<x:s>", fnType});
}

void registerMiscFunctions(std::vector<BuiltinDef> &out)
{
    out.push_back({"error", "<s?:x>", fnError});
    out.push_back({"assert", "<bs?:x>", fnAssert});
    out.push_back({"eval", "<sx?:x>", fnEval});
    out.push_back({"clone", "<(oa)-:o>", fnClone});
    out.push_back({"now", "<s?s?:s>", fnNow});
    out.push_back({"millis", "<:n>", fnMillis});
    out.push_back({"fromMillis", "<n-s?s?:s>", fnFromMillis});
    out.push_back({"toMillis", "<s-s?:n>", fnToMillis});
    out.push_back({"roundHalfUp", "<n-n?:n>", fnRoundHalfUp});
    out.push_back({"money", "<(ns)-s:n>", fnMoney});
    out.push_back({"fromMinor", "<(ns)-s:s>", fnFromMinor});
    out.push_back({"toMinor", "<(ns)-s:n>", fnToMinor});
}

} // namespace LedgerLink::Expr
