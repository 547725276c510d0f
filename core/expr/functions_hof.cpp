// Higher-order functions: $map, $filter, $single, $reduce, $sift, $each, $sort, $zip.
#include "functions.h"

#include "parser.h"

#include <algorithm>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace LedgerLink::Expr {

namespace {

const ValueList &itemsOf(const Value &v, ValueList &holder)
{
    if (v.isArray())
        return v.items();
    holder.clear();
    if (v.isDefined())
        holder.push_back(v);
    return holder;
}

Value fnMap(Evaluator &ev, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    ValueList holder;
    const ValueList &items = itemsOf(a[0], holder);
    Value result = Value::sequence();
    ValueList &out = result.mutableItems();
    out.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i) {
        Value r = ev.call(a[1], hofArgs(a[1], items[i], Value::integer(qint64(i)), a[0]));
        if (r.isDefined())
            out.push_back(std::move(r));
    }
    return result;
}

Value fnFilter(Evaluator &ev, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    ValueList holder;
    const ValueList &items = itemsOf(a[0], holder);
    Value result = Value::sequence();
    ValueList &out = result.mutableItems();
    for (size_t i = 0; i < items.size(); ++i) {
        if (truthy(ev.call(a[1], hofArgs(a[1], items[i], Value::integer(qint64(i)), a[0]))))
            out.push_back(items[i]);
    }
    return result;
}

Value fnSingle(Evaluator &ev, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    ValueList holder;
    const ValueList &items = itemsOf(a[0], holder);
    bool found = false;
    Value result;
    for (size_t i = 0; i < items.size(); ++i) {
        bool positive = true;
        if (a.size() > 1 && a[1].isDefined())
            positive = truthy(ev.call(a[1], hofArgs(a[1], items[i], Value::integer(qint64(i)), a[0])));
        if (positive) {
            if (found)
                throwError(u"D3138"_s, -1, {},
                           u"$single expected exactly one matching value, but more than one matched"_s);
            result = items[i];
            found = true;
        }
    }
    if (!found)
        throwError(u"D3139"_s, -1, {}, u"$single expected exactly one matching value, but none matched"_s);
    return result;
}

Value fnReduce(Evaluator &ev, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    const int arity = a[1].isFunction() ? a[1].fn()->arity() : 0;
    if (arity < 2)
        throwError(u"D3050"_s, -1, {}, u"The function given to $reduce must take at least two arguments"_s);
    ValueList holder;
    const ValueList &items = itemsOf(a[0], holder);
    Value result;
    size_t index = 0;
    if ((a.size() < 3 || a[2].isUndefined()) && !items.empty()) {
        result = items[0];
        index = 1;
    } else if (a.size() > 2) {
        result = a[2];
    }
    for (; index < items.size(); ++index) {
        ValueList args{result, items[index]};
        if (arity >= 3)
            args.push_back(Value::integer(qint64(index)));
        if (arity >= 4)
            args.push_back(a[0]);
        result = ev.call(a[1], args);
    }
    return result;
}

Value fnSift(Evaluator &ev, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    Value result = Value::object();
    ObjectData &o = result.mutableObj();
    for (const auto &entry : a[0].obj().entries()) {
        if (truthy(ev.call(a[1], hofArgs(a[1], entry.second, Value::string(entry.first), a[0]))))
            o.insert(entry.first, entry.second);
    }
    if (o.size() == 0)
        return {};
    return result;
}

Value fnEach(Evaluator &ev, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    Value result = Value::sequence();
    for (const auto &entry : a[0].obj().entries()) {
        Value r = ev.call(a[1], hofArgs(a[1], entry.second, Value::string(entry.first), a[0]));
        if (r.isDefined())
            result.push(std::move(r));
    }
    return result;
}

Value fnSort(Evaluator &ev, const ValueList &a)
{
    if (a[0].isUndefined())
        return {};
    if (a[0].size() <= 1)
        return a[0];
    const ValueList &items = a[0].items();
    std::vector<size_t> order(items.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    if (a.size() < 2 || a[1].isUndefined()) {
        bool allNumbers = true, allStrings = true;
        for (const auto &v : items) {
            allNumbers = allNumbers && isNumeric(v);
            allStrings = allStrings && v.isString();
        }
        if (!allNumbers && !allStrings)
            throwError(
                u"D3070"_s, -1, {},
                u"$sort without a comparison function only works on an array of text or an array of numbers"_s);
        std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
            if (allNumbers)
                return items[x].toDouble() < items[y].toDouble();
            return QString::compare(items[x].toStr(), items[y].toStr()) < 0;
        });
    } else {
        // comparator(a, b) true means a goes after b; merge sort exactly as jsonata-js so that
        // user comparators that are not strict orderings still give the same result
        std::vector<size_t> buffer(order.size());
        auto after = [&](size_t x, size_t y) {
            return truthy(ev.call(a[1], {items[x], items[y]}));
        };
        struct Merge
        {
            static void sort(std::vector<size_t> &v, std::vector<size_t> &tmp, size_t lo, size_t hi,
                             const decltype(after) &cmp)
            {
                if (hi - lo <= 1)
                    return;
                const size_t mid = lo + (hi - lo) / 2;
                sort(v, tmp, lo, mid, cmp);
                sort(v, tmp, mid, hi, cmp);
                size_t i = lo, j = mid, k = lo;
                while (i < mid && j < hi) {
                    if (cmp(v[i], v[j]))
                        tmp[k++] = v[j++];
                    else
                        tmp[k++] = v[i++];
                }
                while (i < mid)
                    tmp[k++] = v[i++];
                while (j < hi)
                    tmp[k++] = v[j++];
                for (size_t t = lo; t < hi; ++t)
                    v[t] = tmp[t];
            }
        };
        Merge::sort(order, buffer, 0, order.size(), after);
    }
    ValueList out;
    out.reserve(items.size());
    for (size_t i : order)
        out.push_back(items[i]);
    return Value::array(std::move(out));
}

Value fnZip(Evaluator &, const ValueList &a)
{
    size_t length = a.empty() ? 0 : SIZE_MAX;
    for (const auto &arg : a)
        length = std::min(length, arg.isArray() ? arg.items().size() : size_t(0));
    ValueList result;
    for (size_t i = 0; i < length; ++i) {
        ValueList tuple;
        for (const auto &arg : a)
            tuple.push_back(arg.items()[i]);
        result.push_back(Value::array(std::move(tuple)));
    }
    return Value::array(std::move(result));
}

} // namespace

void registerHofFunctions(std::vector<BuiltinDef> &out)
{
    out.push_back({"map", "<af>", fnMap});
    out.push_back({"filter", "<af>", fnFilter});
    out.push_back({"single", "<af?>", fnSingle});
    out.push_back({"reduce", "<afj?:j>", fnReduce});
    out.push_back({"sift", "<o-f?:o>", fnSift});
    out.push_back({"each", "<o-f:a>", fnEach});
    out.push_back({"sort", "<af?:a>", fnSort});
    out.push_back({"zip", "<a+>", fnZip, 0});
}

} // namespace LedgerLink::Expr
