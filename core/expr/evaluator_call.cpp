// Operators, function application (with the tail-call trampoline), partial application,
// function chaining, sorting and the transform operator.
#include "evaluator.h"

#include "functions.h"
#include "parser.h"
#include "signature.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace LedgerLink::Expr {

namespace {

QString opText(BinaryOp op)
{
    switch (op) {
    case BinaryOp::Add:
        return u"+"_s;
    case BinaryOp::Sub:
        return u"-"_s;
    case BinaryOp::Mul:
        return u"*"_s;
    case BinaryOp::Div:
        return u"/"_s;
    case BinaryOp::Mod:
        return u"%"_s;
    case BinaryOp::Eq:
        return u"="_s;
    case BinaryOp::Ne:
        return u"!="_s;
    case BinaryOp::Lt:
        return u"<"_s;
    case BinaryOp::Le:
        return u"<="_s;
    case BinaryOp::Gt:
        return u">"_s;
    case BinaryOp::Ge:
        return u">="_s;
    case BinaryOp::Concat:
        return u"&"_s;
    case BinaryOp::And:
        return u"and"_s;
    case BinaryOp::Or:
        return u"or"_s;
    case BinaryOp::Range:
        return u".."_s;
    case BinaryOp::In:
        return u"in"_s;
    case BinaryOp::None:
        break;
    }
    return QString();
}

bool isInteger(const Value &v)
{
    if (v.isInt())
        return true;
    if (v.type() != Value::Type::Double)
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::trunc(d) == d;
}

} // namespace

Value Evaluator::evaluateBinary(const Node *expr, const Value &input, const FramePtr &env)
{
    const BinaryOp op = expr->op;
    const Value lhs = evaluate(expr->lhs.get(), input, env);
    if (op == BinaryOp::And) {
        if (!truthy(lhs))
            return Value::boolean(false);
        return Value::boolean(truthy(evaluate(expr->rhs.get(), input, env)));
    }
    if (op == BinaryOp::Or) {
        if (truthy(lhs))
            return Value::boolean(true);
        return Value::boolean(truthy(evaluate(expr->rhs.get(), input, env)));
    }
    const Value rhs = evaluate(expr->rhs.get(), input, env);
    const QString token = opText(op);

    switch (op) {
    case BinaryOp::Add:
    case BinaryOp::Sub:
    case BinaryOp::Mul:
    case BinaryOp::Div:
    case BinaryOp::Mod: {
        if (lhs.isDefined() && !isNumeric(lhs))
            throwError(u"T2001"_s, expr->position, token,
                       u"The left side of "_s + token + u" must be a number, but it is "_s
                           + describeValue(lhs));
        if (rhs.isDefined() && !isNumeric(rhs))
            throwError(u"T2002"_s, expr->position, token,
                       u"The right side of "_s + token + u" must be a number, but it is "_s
                           + describeValue(rhs));
        if (lhs.isUndefined() || rhs.isUndefined())
            return {};
        const double a = lhs.toDouble();
        const double b = rhs.toDouble();
        double r = 0;
        switch (op) {
        case BinaryOp::Add:
            r = a + b;
            break;
        case BinaryOp::Sub:
            r = a - b;
            break;
        case BinaryOp::Mul:
            r = a * b;
            break;
        case BinaryOp::Div:
            r = a / b;
            break;
        default:
            r = std::fmod(a, b);
            break;
        }
        // division by zero gives Infinity as in JavaScript ($string then reports D3001);
        // any other overflow is a range error
        if (!std::isfinite(r) && op != BinaryOp::Div)
            throwError(u"D1001"_s, expr->position, token,
                       u"The result of "_s + token
                           + u" is too large to be represented (number out of range)"_s);
        return Value::number(r);
    }
    case BinaryOp::Eq:
    case BinaryOp::Ne: {
        if (lhs.isUndefined() || rhs.isUndefined())
            return Value::boolean(false);
        const bool eq = deepEqual(lhs, rhs);
        return Value::boolean(op == BinaryOp::Eq ? eq : !eq);
    }
    case BinaryOp::Lt:
    case BinaryOp::Le:
    case BinaryOp::Gt:
    case BinaryOp::Ge: {
        const bool lc = lhs.isUndefined() || lhs.isString() || lhs.isNumber();
        const bool rc = rhs.isUndefined() || rhs.isString() || rhs.isNumber();
        if (!lc || !rc) {
            const Value &bad = !(lhs.isString() || lhs.isNumber()) ? lhs : rhs;
            throwError(u"T2010"_s, expr->position, token,
                       u"The values either side of "_s + token + u" must be numbers or text, but one is "_s
                           + describeValue(bad));
        }
        if (lhs.isUndefined() || rhs.isUndefined())
            return {};
        if (lhs.isString() != rhs.isString())
            throwError(u"T2009"_s, expr->position, token,
                       u"Cannot compare "_s + describeValue(lhs) + u" with "_s + describeValue(rhs)
                           + u" using "_s + token);
        int c = 0;
        if (lhs.isString()) {
            c = QString::compare(lhs.toStr(), rhs.toStr(), Qt::CaseSensitive);
        } else {
            const double a = lhs.toDouble();
            const double b = rhs.toDouble();
            if (std::isnan(a) || std::isnan(b))
                return Value::boolean(false);
            c = a < b ? -1 : (a > b ? 1 : 0);
        }
        switch (op) {
        case BinaryOp::Lt:
            return Value::boolean(c < 0);
        case BinaryOp::Le:
            return Value::boolean(c <= 0);
        case BinaryOp::Gt:
            return Value::boolean(c > 0);
        default:
            return Value::boolean(c >= 0);
        }
    }
    case BinaryOp::Concat: {
        QString l = lhs.isDefined() ? stringOf(lhs, expr->position) : QString();
        if (rhs.isDefined())
            l += stringOf(rhs, expr->position);
        return Value::string(l);
    }
    case BinaryOp::Range: {
        if (lhs.isDefined() && !isInteger(lhs))
            throwError(u"T2003"_s, expr->position, token,
                       u"The left side of the range operator (..) must be an integer, but it is "_s
                           + describeValue(lhs));
        if (rhs.isDefined() && !isInteger(rhs))
            throwError(u"T2004"_s, expr->position, token,
                       u"The right side of the range operator (..) must be an integer, but it is "_s
                           + describeValue(rhs));
        if (lhs.isUndefined() || rhs.isUndefined())
            return {};
        // The bounds are compared and counted as doubles: an integral double such as 1e46 does
        // not fit a qint64 (converting it would be undefined behaviour; found by fuzz_expr).
        const double from = lhs.toDouble();
        const double to = rhs.toDouble();
        if (from > to)
            return {};
        const double size = to - from + 1;
        if (size > 10000000)
            throwError(u"D2014"_s, expr->position, token,
                       u"The range operator (..) would create %1 items; the limit is 10 million"_s.arg(
                           size, 0, 'f', 0));
        const qint64 count = qint64(size);
        chargeItems(size_t(count));
        ValueList items;
        items.reserve(size_t(count));
        // Beyond 2^53 a double cannot hold every integer: such bounds stay doubles, as in jsonata-js.
        constexpr double exactLimit = 9007199254740992.0;
        const bool exact = from >= -exactLimit && to <= exactLimit;
        for (qint64 i = 0; i < count; ++i)
            items.push_back(exact ? Value::integer(qint64(from) + i) : Value::number(from + double(i)));
        return Value::sequence(std::move(items));
    }
    case BinaryOp::In: {
        if (lhs.isUndefined() || rhs.isUndefined())
            return Value::boolean(false);
        if (!rhs.isArray())
            return Value::boolean(deepEqual(lhs, rhs) && !lhs.isObject() && !lhs.isArray());
        for (const auto &item : rhs.items()) {
            if (!item.isObject() && !item.isArray() && deepEqual(item, lhs))
                return Value::boolean(true);
        }
        return Value::boolean(false);
    }
    default:
        break;
    }
    return {};
}

// Sort step ^(...): keys are computed once per item and term (the terms have no side effects
// on the data), then a stable sort as jsonata-js's merge sort.
Value Evaluator::evaluateSort(const Node *expr, const Value &input, const FramePtr &env)
{
    const bool isTupleSort = input.isArray() && input.hasFlag(Value::TupleStream);
    const ValueList single = input.isArray() ? ValueList() : ValueList{input};
    const ValueList &items = input.isArray() ? input.items() : single;
    if (items.size() <= 1) {
        Value r = Value::sequence(items);
        if (isTupleSort)
            r.setFlag(Value::TupleStream);
        return r;
    }
    const size_t nterms = expr->terms.size();
    std::vector<Value> keys(items.size() * nterms);
    for (size_t i = 0; i < items.size(); ++i) {
        Value context = items[i];
        FramePtr itemEnv = env;
        if (isTupleSort) {
            const Value *at = items[i].obj().find(u"@"_s);
            context = at ? *at : Value();
            itemEnv = frameFromTuple(env, items[i]);
        }
        for (size_t t = 0; t < nterms; ++t)
            keys[i * nterms + t] = evaluate(expr->terms[t].expr.get(), context, itemEnv);
    }
    std::vector<size_t> order(items.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    // comparator(a, b): true if a must come after b
    auto after = [&](size_t a, size_t b) {
        int comp = 0;
        for (size_t t = 0; comp == 0 && t < nterms; ++t) {
            const Value &aa = keys[a * nterms + t];
            const Value &bb = keys[b * nterms + t];
            if (aa.isUndefined()) {
                comp = bb.isUndefined() ? 0 : 1;
                continue;
            }
            if (bb.isUndefined()) {
                comp = -1;
                continue;
            }
            const bool aok = aa.isString() || aa.isNumber();
            const bool bok = bb.isString() || bb.isNumber();
            if (!aok || !bok)
                throwError(u"T2008"_s, expr->position, {},
                           u"The expressions of a sort clause must evaluate to numbers or text, but one is "_s
                               + describeValue(!aok ? aa : bb));
            if (aa.isString() != bb.isString())
                throwError(u"T2007"_s, expr->position, {},
                           u"Cannot compare "_s + describeValue(aa) + u" with "_s + describeValue(bb)
                               + u" in a sort clause"_s);
            int c = 0;
            if (aa.isString()) {
                c = QString::compare(aa.toStr(), bb.toStr());
                c = c < 0 ? -1 : (c > 0 ? 1 : 0);
            } else {
                const double x = aa.toDouble(), y = bb.toDouble();
                c = x < y ? -1 : (x > y ? 1 : 0);
            }
            if (c == 0)
                continue;
            comp = expr->terms[t].descending ? -c : c;
        }
        return comp == 1;
    };
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return after(y, x); });
    ValueList out;
    out.reserve(items.size());
    for (size_t i : order)
        out.push_back(items[i]);
    Value r = Value::sequence(std::move(out));
    if (isTupleSort)
        r.setFlag(Value::TupleStream);
    return r;
}

static QString procedureName(const Node *procedure)
{
    if (procedure->type == NodeType::Path && !procedure->items.empty())
        return procedure->items.front()->str;
    return procedure->str;
}

Value Evaluator::evaluateFunction(const Node *expr, const Value &input, const FramePtr &env,
                                  const Value *applyTo)
{
    const Value proc = evaluate(expr->procedure.get(), input, env);
    if (proc.isUndefined() && expr->procedure->type == NodeType::Path) {
        const QString name = procedureName(expr->procedure.get());
        if (env->lookup(name) || builtin(name))
            throwError(u"T1005"_s, expr->position, name,
                       u"\""_s + name + u"\" is not a function here. Did you mean $"_s + name + u"?"_s);
    }
    if (!proc.isFunction()) {
        const QString name = procedureName(expr->procedure.get());
        throwError(u"T1006"_s, expr->position, name,
                   name.isEmpty() ? QString(u"Attempted to call something that is not a function ("_s
                                            + describeValue(proc) + u')')
                       : proc.isUndefined()
                       ? QString(u"There is no function called $"_s + name)
                       : QString(u"$"_s + name + u" is not a function: it is "_s + describeValue(proc)));
    }
    ValueList args = takeArgs();
    if (applyTo)
        args.push_back(*applyTo);
    for (const auto &arg : expr->items)
        args.push_back(evaluate(arg.get(), input, env));
    try {
        Value result = apply(proc, args, input, env);
        recycleArgs(std::move(args));
        return result;
    } catch (Error &e) {
        if (e.position < 0)
            e.position = expr->position;
        if (e.token.isEmpty())
            e.token = procedureName(expr->procedure.get());
        throw;
    }
}

Value Evaluator::apply(const Value &proc, const ValueList &args, const Value &input, const FramePtr &env)
{
    Value result = applyInner(proc, args, input, env);
    while (result.isFunction() && result.fn()->kind == FunctionData::Kind::Lambda && result.fn()->thunk) {
        const auto thunk = result.fnShared();
        const Node *call = thunk->node->body.get();
        DepthGuard guard(this); // keeps the time limit checked inside tail-recursive loops
        const Value next = evaluate(call->procedure.get(), thunk->input, thunk->env);
        ValueList evaluatedArgs;
        evaluatedArgs.reserve(call->items.size());
        for (const auto &arg : call->items)
            evaluatedArgs.push_back(evaluate(arg.get(), thunk->input, thunk->env));
        try {
            result = applyInner(next, evaluatedArgs, input, env);
        } catch (Error &e) {
            if (e.position < 0)
                e.position = call->position;
            if (e.token.isEmpty())
                e.token = procedureName(call->procedure.get());
            throw;
        }
    }
    return result;
}

Value Evaluator::applyInner(const Value &proc, const ValueList &args, const Value &input, const FramePtr &env)
{
    if (!proc.isFunction())
        throwError(u"T1006"_s, -1, {},
                   u"Attempted to call something that is not a function ("_s + describeValue(proc) + u')');
    const FunctionData &fn = *proc.fn();
    Value context = input;
    if (context.isArray() && context.hasFlag(Value::OuterWrapper) && context.size() > 0)
        context = context.at(0);

    switch (fn.kind) {
    case FunctionData::Kind::Lambda: {
        auto frame = newFrame(fn.env);
        frame->vars.reserve(fn.params.size());
        if (fn.signature) {
            ValueList validated = takeArgs();
            fn.signature->validate(args, context, QString(), validated);
            for (size_t i = 0; i < fn.params.size(); ++i)
                frame->vars.emplace_back(fn.params[i], i < validated.size() ? validated[i] : Value());
            recycleArgs(std::move(validated));
        } else {
            for (size_t i = 0; i < fn.params.size(); ++i)
                frame->vars.emplace_back(fn.params[i], i < args.size() ? args[i] : Value());
        }
        return evaluate(fn.node->body.get(), fn.input, frame);
    }
    case FunctionData::Kind::Native: {
        const NativeFunction &native = *fn.native;
        const Value savedInput = m_callInput;
        const FramePtr savedEnv = m_callEnv;
        m_callInput = context;
        m_callEnv = env;
        Value r;
        if (native.signature) {
            ValueList validated = takeArgs();
            native.signature->validate(args, context, native.name, validated);
            r = native.impl(*this, validated);
            recycleArgs(std::move(validated));
        } else {
            r = native.impl(*this, args);
        }
        m_callInput = savedInput;
        m_callEnv = savedEnv;
        return r;
    }
    case FunctionData::Kind::Partial: {
        ValueList full;
        full.reserve(fn.boundArgs.size());
        size_t next = 0;
        for (size_t i = 0; i < fn.boundArgs.size(); ++i) {
            if (fn.placeholder[i])
                full.push_back(next < args.size() ? args[next++] : Value());
            else
                full.push_back(fn.boundArgs[i]);
        }
        while (!full.empty() && full.back().isUndefined())
            full.pop_back();
        return applyInner(Value::function(fn.first), full, input, env);
    }
    case FunctionData::Kind::Chain: {
        const Value mid = apply(Value::function(fn.first), {args.empty() ? Value() : args[0]}, input, env);
        return apply(Value::function(fn.second), {mid}, input, env);
    }
    case FunctionData::Kind::Transform: {
        if (args.size() > 1
            || (!args.empty() && args[0].isDefined() && !args[0].isObject() && !args[0].isArray()))
            throwError(u"T0410"_s, -1, {}, u"The transform function expects an object or an array"_s);
        return applyTransform(fn, args.empty() ? Value() : args[0]);
    }
    case FunctionData::Kind::Regex:
        return regexMatchObject(*this, fn, args.empty() ? Value() : args[0], 0);
    }
    return {};
}

Value Evaluator::evaluatePartial(const Node *expr, const Value &input, const FramePtr &env)
{
    ValueList args;
    std::vector<bool> placeholders;
    for (const auto &arg : expr->items) {
        if (arg->type == NodeType::Placeholder) {
            args.push_back(Value());
            placeholders.push_back(true);
        } else {
            args.push_back(evaluate(arg.get(), input, env));
            placeholders.push_back(false);
        }
    }
    const Value proc = evaluate(expr->procedure.get(), input, env);
    const QString name = procedureName(expr->procedure.get());
    if (proc.isUndefined() && expr->procedure->type == NodeType::Path && (env->lookup(name) || builtin(name)))
        throwError(u"T1007"_s, expr->position, name,
                   u"\""_s + name + u"\" is not a function here. Did you mean $"_s + name + u"?"_s);
    if (!proc.isFunction())
        throwError(u"T1008"_s, expr->position, name,
                   u"Attempted to partially apply something that is not a function ("_s + name + u')');
    const FunctionData &fn = *proc.fn();
    if (fn.kind == FunctionData::Kind::Lambda) {
        auto frame = newFrame(fn.env);
        auto partial = std::make_shared<FunctionData>();
        partial->kind = FunctionData::Kind::Lambda;
        partial->node = fn.node;
        partial->keepAlive = fn.keepAlive;
        partial->input = fn.input;
        for (size_t i = 0; i < fn.params.size(); ++i) {
            if (i < args.size() && placeholders[i])
                partial->params.push_back(fn.params[i]);
            else
                frame->bind(fn.params[i], i < args.size() ? args[i] : Value());
        }
        partial->env = frame;
        return Value::function(std::move(partial));
    }
    auto partial = std::make_shared<FunctionData>();
    partial->kind = FunctionData::Kind::Partial;
    partial->first = proc.fnShared();
    partial->boundArgs = std::move(args);
    partial->placeholder = std::move(placeholders);
    return Value::function(std::move(partial));
}

Value Evaluator::evaluateApply(const Node *expr, const Value &input, const FramePtr &env)
{
    const Value lhs = evaluate(expr->lhs.get(), input, env);
    if (expr->rhs->type == NodeType::Function) {
        Value r = evaluateFunction(expr->rhs.get(), input, env, &lhs);
        if (expr->rhs->keepArray && r.isSequence())
            r.setFlag(Value::KeepSingleton);
        return r;
    }
    const Value func = evaluate(expr->rhs.get(), input, env);
    if (!func.isFunction())
        throwError(u"T2006"_s, expr->position, u"~>"_s,
                   u"The right side of ~> must be a function, but it is "_s + describeValue(func));
    if (lhs.isFunction()) {
        auto chain = std::make_shared<FunctionData>();
        chain->kind = FunctionData::Kind::Chain;
        chain->first = lhs.fnShared();
        chain->second = func.fnShared();
        return Value::function(std::move(chain));
    }
    return apply(func, {lhs}, input, env);
}

namespace {

Value deepClone(const Value &v, std::unordered_set<const ObjectData *> &owned)
{
    if (v.isArray()) {
        ValueList items;
        items.reserve(v.items().size());
        for (const auto &item : v.items())
            items.push_back(deepClone(item, owned));
        Value r = Value::array(std::move(items));
        return r;
    }
    if (v.isObject()) {
        auto data = std::make_shared<ObjectData>();
        for (const auto &entry : v.obj().entries())
            data->insert(entry.first, deepClone(entry.second, owned));
        owned.insert(data.get());
        return Value::object(std::move(data));
    }
    return v;
}

} // namespace

// The transform operator works on a private deep copy; the pattern's matches point into that
// copy, so updating them in place updates the copy (the JavaScript reference semantics).
Value Evaluator::applyTransform(const FunctionData &fn, const Value &arg)
{
    if (arg.isUndefined())
        return {};
    const Node *expr = fn.node;
    const Value *clone = fn.env->lookup(u"clone"_s);
    if (clone && !clone->isFunction())
        throwError(u"T2013"_s, expr->position);
    // only objects of this private copy are ever modified in place; a pattern that reaches
    // outside it (a variable, $$) yields shared data, which is left untouched
    std::unordered_set<const ObjectData *> owned;
    Value result = deepClone(arg, owned);
    Value matches = evaluate(expr->pattern.get(), result, fn.env);
    if (matches.isUndefined())
        return result;
    const ValueList single = matches.isArray() ? ValueList() : ValueList{matches};
    const ValueList &list = matches.isArray() ? matches.items() : single;
    for (const auto &match : list) {
        const Value update = evaluate(expr->update.get(), match, fn.env);
        if (update.isDefined() && !update.isObject())
            throwError(u"T2011"_s, expr->update->position, {},
                       u"The update clause of the transform must evaluate to an object, but it is "_s
                           + describeValue(update));
        if (!match.isObject() || !owned.contains(&match.obj()))
            continue;
        auto *target = const_cast<ObjectData *>(&match.obj());
        if (update.isObject()) {
            for (const auto &entry : update.obj().entries())
                target->insert(entry.first, entry.second);
        }
        if (expr->remove) {
            const Value deletions = evaluate(expr->remove.get(), match, fn.env);
            if (deletions.isUndefined())
                continue;
            const ValueList one = deletions.isArray() ? ValueList() : ValueList{deletions};
            const ValueList &names = deletions.isArray() ? deletions.items() : one;
            for (const auto &name : names) {
                if (!name.isString())
                    throwError(
                        u"T2012"_s, expr->remove->position, {},
                        u"The delete clause of the transform must evaluate to text or an array of text, but it is "_s
                            + describeValue(deletions));
            }
            for (const auto &name : names)
                target->remove(name.toStr());
        }
    }
    return result;
}

const Value *Evaluator::builtin(const QString &name)
{
    return builtinFunction(name);
}

} // namespace LedgerLink::Expr
