#include "evaluator.h"

#include "parser.h"

#include <QtCore/QDateTime>
#include <QtCore/QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <span>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#else
#include <pthread.h>
#endif

using namespace Qt::StringLiterals;

namespace LedgerLink::Expr {

namespace {
const QString AtKey = u"@"_s;
} // namespace

// ---- helpers -------------------------------------------------------------------------------

bool isNumeric(const Value &v)
{
    return v.isInt() || (v.type() == Value::Type::Double && !std::isnan(v.toDouble()));
}

Value lookupField(const Value &input, const QString &key)
{
    if (input.isArray()) {
        Value result = Value::sequence();
        ValueList &out = result.mutableItems();
        for (const auto &item : input.items()) {
            Value res = lookupField(item, key);
            if (res.isUndefined())
                continue;
            if (res.isArray()) {
                const auto &sub = res.items();
                out.insert(out.end(), sub.begin(), sub.end());
            } else {
                out.push_back(std::move(res));
            }
        }
        return result;
    }
    if (input.isObject()) {
        const Value *v = input.obj().find(key);
        return v ? *v : Value();
    }
    return {};
}

Value appendValues(const Value &a, const Value &b)
{
    if (a.isUndefined())
        return b;
    if (b.isUndefined())
        return a;
    ValueList items;
    if (a.isArray())
        items = a.items();
    else
        items.push_back(a);
    if (b.isArray()) {
        const auto &bi = b.items();
        items.insert(items.end(), bi.begin(), bi.end());
    } else {
        items.push_back(b);
    }
    return Value::array(std::move(items));
}

bool truthy(const Value &v)
{
    switch (v.type()) {
    case Value::Type::Undefined:
    case Value::Type::Null:
        return false;
    case Value::Type::Bool:
        return v.toBool();
    case Value::Type::Int:
        return v.toInt() != 0;
    case Value::Type::Double:
        return isNumeric(v) && v.toDouble() != 0;
    case Value::Type::String:
        return !v.toStr().isEmpty();
    case Value::Type::Object:
        return v.obj().size() > 0;
    case Value::Type::Function:
        return false;
    case Value::Type::Array: {
        const auto &items = v.items();
        if (items.size() == 1)
            return truthy(items[0]);
        for (const auto &item : items) {
            if (truthy(item))
                return true;
        }
        return false;
    }
    }
    return false;
}

static void flattenInto(const Value &v, ValueList &out)
{
    if (v.isArray()) {
        for (const auto &item : v.items())
            flattenInto(item, out);
    } else {
        out.push_back(v);
    }
}

Value flattenSequence(const Value &v)
{
    ValueList out;
    flattenInto(v, out);
    return Value::array(std::move(out));
}

QString stringOf(const Value &v, int position)
{
    if (v.isString())
        return v.toStr();
    if (v.isFunction())
        return QString();
    Value target = v;
    if (v.isArray() && v.hasFlag(Value::OuterWrapper) && v.size() > 0)
        target = v.at(0);
    QString out;
    if (!stringify(target, false, &out)) {
        if (target.isNumber())
            throwError(u"D3001"_s, position, {}, u"Cannot turn Infinity or NaN into text"_s);
        throwError(u"D1001"_s, position, {},
                   u"A number inside the value is out of range (Infinity or NaN)"_s);
    }
    return out;
}

int FunctionData::arity() const
{
    switch (kind) {
    case Kind::Lambda:
        return int(params.size());
    case Kind::Native:
        return native ? native->arity : 0;
    case Kind::Partial: {
        int n = 0;
        for (bool p : placeholder)
            n += p ? 1 : 0;
        return n;
    }
    case Kind::Regex:
        return 1;
    case Kind::Transform:
        return 1;
    case Kind::Chain:
        return 1;
    }
    return 0;
}

QString FunctionData::name() const
{
    if (kind == Kind::Native && native)
        return native->name;
    if (kind == Kind::Partial && first)
        return first->name();
    return QString();
}

// ---- evaluator core ------------------------------------------------------------------------

// The lowest usable stack address of the current thread plus a safety margin: evaluation stops
// with U1001 before it can overflow the stack, whatever stack size the calling thread has.
static const char *computeStackGuardAddress()
{
    constexpr std::uintptr_t margin = 128 * 1024;
    std::uintptr_t low = 0;
#if defined(Q_OS_WIN)
    ULONG_PTR lowLimit = 0, highLimit = 0;
    GetCurrentThreadStackLimits(&lowLimit, &highLimit);
    low = std::uintptr_t(lowLimit);
#elif defined(Q_OS_MACOS)
    const auto top = reinterpret_cast<std::uintptr_t>(pthread_get_stackaddr_np(pthread_self()));
    low = top - std::uintptr_t(pthread_get_stacksize_np(pthread_self()));
#else
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        void *addr = nullptr;
        size_t size = 0;
        if (pthread_attr_getstack(&attr, &addr, &size) == 0)
            low = reinterpret_cast<std::uintptr_t>(addr);
        pthread_attr_destroy(&attr);
    }
#endif
    if (low == 0) {
        // unknown: allow 256 KiB below the current frame
        char here = 0;
        low = reinterpret_cast<std::uintptr_t>(&here) - 256 * 1024;
        return reinterpret_cast<const char *>(low);
    }
    return reinterpret_cast<const char *>(low + margin);
}

// Querying the stack bounds can be slow (glibc reads /proc/self/maps for the main thread), and
// they never change for a thread, so each thread computes them once.
const char *stackGuardAddress()
{
    thread_local const char *const guard = computeStackGuardAddress();
    return guard;
}

Evaluator::Evaluator(const EvalLimits &limits, std::shared_ptr<const void> keepAlive)
    : m_limits(limits)
    , m_keepAlive(std::move(keepAlive))
    , m_stackGuard(stackGuardAddress())
{ }

qint64 Evaluator::timestamp()
{
    if (m_timestamp < 0)
        m_timestamp = QDateTime::currentMSecsSinceEpoch();
    return m_timestamp;
}

// The clock starts at the first check (after 64 evaluation steps, or a big batch of values):
// a short evaluation never reads the clock at all.
bool Evaluator::timeExceeded()
{
    if (m_limits.timeLimitMs <= 0)
        return false;
    if (!m_timerStarted) {
        m_timer.start();
        m_timerStarted = true;
        return false;
    }
    return m_timer.elapsed() > m_limits.timeLimitMs;
}

Evaluator::~Evaluator()
{
    m_callEnv.reset();
    for (const auto &weak : m_frames) {
        if (const FramePtr frame = weak.lock()) {
            frame->vars.clear();
            frame->parent.reset();
        }
    }
}

FramePtr Evaluator::newFrame(const FramePtr &parent)
{
    auto frame = std::make_shared<Frame>(parent);
    if (m_frames.size() == m_frames.capacity() && m_frames.size() >= 1024) {
        // drop the entries of frames that are already gone before growing
        const auto end = std::remove_if(m_frames.begin(), m_frames.end(),
                                        [](const std::weak_ptr<Frame> &w) { return w.expired(); });
        m_frames.resize(end - m_frames.begin());
    }
    m_frames.push_back(frame);
    return frame;
}

void Evaluator::chargeItems(size_t count)
{
    m_items += count;
    if (m_limits.maxValues > 0 && m_items > size_t(m_limits.maxValues))
        throwError(u"U1001"_s, -1, {},
                   u"The expression created more than %1 values and was stopped to protect memory"_s.arg(
                       m_limits.maxValues));
    if (count >= 100000 && timeExceeded())
        throwError(u"U1001"_s, -1, {},
                   u"The expression took longer than %1 ms and was stopped. Check for an endless loop."_s.arg(
                       m_limits.timeLimitMs));
}

quint64 Evaluator::nextRandom()
{
    if (m_rng == 0)
        m_rng = QRandomGenerator::global()->generate64() | 1;
    // xorshift64*: fast and good enough for $random/$shuffle
    m_rng ^= m_rng >> 12;
    m_rng ^= m_rng << 25;
    m_rng ^= m_rng >> 27;
    return m_rng * 2685821657736338717ULL;
}

void Evaluator::enter()
{
    ++m_depth;
    const char here = 0;
    if (&here < m_stackGuard)
        throwError(
            u"U1001"_s, -1, {},
            u"The expression recursed too deeply for the available stack (%1 levels). Check for a function that never stops calling itself, or rewrite it to be tail-recursive."_s
                .arg(m_depth));
    if (m_limits.maxDepth > 0 && m_depth > m_limits.maxDepth)
        throwError(
            u"U1001"_s, -1, {},
            u"The expression recursed too deeply (more than %1 levels). Check for a function that never stops calling itself, or rewrite it to be tail-recursive."_s
                .arg(m_limits.maxDepth));
    if ((++m_tick & 63) == 0 && timeExceeded())
        throwError(u"U1001"_s, -1, {},
                   u"The expression took longer than %1 ms and was stopped. Check for an endless loop."_s.arg(
                       m_limits.timeLimitMs));
}

Value Evaluator::evaluate(const Node *expr, const Value &input, const FramePtr &env)
{
    DepthGuard guard(this);
    Value result;
    switch (expr->type) {
    case NodeType::Path:
        result = evaluatePath(expr, input, env);
        break;
    case NodeType::Binary:
        result = evaluateBinary(expr, input, env);
        break;
    case NodeType::Negate: {
        result = evaluate(expr->expr.get(), input, env);
        if (result.isUndefined())
            break;
        if (result.isInt())
            result = Value::integer(-result.toInt());
        else if (isNumeric(result))
            result = Value::number(-result.toDouble());
        else
            throwError(u"D1002"_s, expr->position, u"-"_s,
                       u"Cannot negate "_s + describeValue(result) + u": it is not a number"_s);
        break;
    }
    case NodeType::ArrayCons:
        result = evaluateArray(expr, input, env);
        break;
    case NodeType::ObjectCons:
        result = evaluateGroup(expr->pairs, expr->position, input, env);
        break;
    case NodeType::Name:
        result = lookupField(input, expr->str);
        break;
    case NodeType::String:
    case NodeType::Number:
    case NodeType::Literal:
        result = expr->literal;
        break;
    case NodeType::Wildcard: {
        result = Value::sequence();
        Value target = input;
        if (input.isArray() && input.hasFlag(Value::OuterWrapper) && input.size() > 0)
            target = input.at(0);
        if (target.isObject()) {
            ValueList &out = result.mutableItems();
            for (const auto &entry : target.obj().entries()) {
                if (entry.second.isArray())
                    flattenInto(entry.second, out);
                else
                    out.push_back(entry.second);
            }
        } else if (target.isArray()) {
            // arrays are objects with index keys in JavaScript
            flattenInto(target, result.mutableItems());
        }
        break;
    }
    case NodeType::Descendant: {
        if (input.isUndefined())
            break;
        ValueList out;
        struct Rec
        {
            static void run(const Value &v, ValueList &out)
            {
                if (!v.isArray())
                    out.push_back(v);
                if (v.isArray()) {
                    for (const auto &item : v.items())
                        run(item, out);
                } else if (v.isObject()) {
                    for (const auto &entry : v.obj().entries())
                        run(entry.second, out);
                }
            }
        };
        Rec::run(input, out);
        if (out.size() == 1)
            result = out[0];
        else
            result = Value::sequence(std::move(out));
        break;
    }
    case NodeType::Parent: {
        const Value *v = env->lookup(expr->slot->label);
        if (v)
            result = *v;
        break;
    }
    case NodeType::Condition: {
        const Value cond = evaluate(expr->condition.get(), input, env);
        if (truthy(cond))
            result = evaluate(expr->thenExpr.get(), input, env);
        else if (expr->elseExpr)
            result = evaluate(expr->elseExpr.get(), input, env);
        break;
    }
    case NodeType::Coalesce: {
        result = evaluate(expr->condition.get(), input, env);
        if (result.isUndefined())
            result = evaluate(expr->elseExpr.get(), input, env);
        break;
    }
    case NodeType::Elvis: {
        result = evaluate(expr->condition.get(), input, env);
        if (!truthy(result))
            result = evaluate(expr->elseExpr.get(), input, env);
        break;
    }
    case NodeType::Block: {
        const FramePtr frame = expr->needsFrame ? newFrame(env) : env;
        for (const auto &item : expr->items)
            result = evaluate(item.get(), input, frame);
        break;
    }
    case NodeType::Bind: {
        result = evaluate(expr->rhs.get(), input, env);
        env->bind(expr->lhs->str, result);
        break;
    }
    case NodeType::Regex: {
        auto fn = std::make_shared<FunctionData>();
        fn->kind = FunctionData::Kind::Regex;
        fn->node = expr;
        fn->keepAlive = m_keepAlive;
        result = Value::function(std::move(fn));
        break;
    }
    case NodeType::Function:
        result = evaluateFunction(expr, input, env, nullptr);
        break;
    case NodeType::Variable: {
        if (expr->builtinDirect && !m_bindingsShadowBuiltins) {
            result = *expr->builtin;
        } else if (expr->str.isEmpty()) {
            result = input;
            if (input.isArray() && input.hasFlag(Value::OuterWrapper) && input.size() > 0)
                result = input.at(0);
        } else if (const Value *v = env->lookup(expr->str)) {
            result = *v;
        } else if (expr->builtin) {
            result = *expr->builtin;
        }
        break;
    }
    case NodeType::Lambda: {
        auto fn = std::make_shared<FunctionData>();
        fn->kind = FunctionData::Kind::Lambda;
        fn->node = expr;
        fn->keepAlive = m_keepAlive;
        fn->env = env;
        fn->input = input;
        fn->params = expr->params;
        fn->signature = expr->signature;
        fn->thunk = expr->thunk;
        result = Value::function(std::move(fn));
        break;
    }
    case NodeType::Partial:
        result = evaluatePartial(expr, input, env);
        break;
    case NodeType::Apply:
        result = evaluateApply(expr, input, env);
        break;
    case NodeType::Transform: {
        auto fn = std::make_shared<FunctionData>();
        fn->kind = FunctionData::Kind::Transform;
        fn->node = expr;
        fn->keepAlive = m_keepAlive;
        fn->env = env;
        result = Value::function(std::move(fn));
        break;
    }
    case NodeType::Sort:
        result = evaluateSort(expr, input, env);
        break;
    default:
        throwError(u"S0206"_s, expr->position, expr->str);
    }

    for (const auto &stage : expr->predicates)
        result = evaluateFilter(stage.expr.get(), result, env);
    if (expr->type != NodeType::Path && expr->group)
        result = evaluateGroup(expr->group->pairs, expr->group->position, result, env);

    if (result.isSequence() && !result.hasFlag(Value::TupleStream)) {
        if (expr->keepArray)
            result.setFlag(Value::KeepSingleton);
        const auto n = result.items().size();
        if (n == 0)
            return {};
        if (n == 1 && !result.hasFlag(Value::KeepSingleton))
            return Value(result.items()[0]);
    }
    return result;
}

static void appendFlattened(ValueList &out, Value &&res)
{
    if (!res.isArray() || res.hasFlag(Value::Cons)) {
        out.push_back(std::move(res));
    } else {
        const auto &sub = res.items();
        out.insert(out.end(), sub.begin(), sub.end());
    }
}

// Location paths are the hot loop of every mapping, so the plain (non-tuple) steps run over
// local buffers instead of building a sequence Value per step; the result is materialised once.
Value Evaluator::evaluatePath(const Node *expr, const Value &input, const FramePtr &env)
{
    const auto &steps = expr->items;
    const size_t count = steps.size();
    // The current sequence is a view on the input array, on a one-value holder, or on one of
    // two buffers that the steps fill alternately.
    ValueList bufA, bufB;
    Value holder;
    std::span<const Value> cur;
    int curBuf = 0; // 0: view on holder/input, 1: bufA, 2: bufB
    if (input.isArray() && steps.front()->type != NodeType::Variable) {
        holder = input;
        cur = std::span<const Value>(holder.items());
    } else {
        holder = input;
        cur = std::span<const Value>(&holder, 1);
    }

    Value resultValue; // the result when a step produced a whole value
    bool resultIsValue = false; // else the result is cur as a sequence
    size_t ii = 0;
    for (; ii < count; ++ii) {
        const Node *step = steps[ii].get();
        if (step->tuple)
            break;
        const bool lastStep = ii == count - 1;
        if ((ii == 0 && step->consarray) || step->type == NodeType::Sort) {
            const Value in = Value::sequence(ValueList(cur.begin(), cur.end()));
            if (step->type == NodeType::Sort) {
                resultValue = evaluateSort(step, in, env);
                if (!step->stages.empty())
                    resultValue = evaluateStages(step->stages, resultValue, env);
            } else {
                resultValue = evaluate(step, in, env);
            }
            resultIsValue = true;
        } else {
            ValueList &out = curBuf == 1 ? bufB : bufA;
            out.clear();
            Value single;
            int defined = 0;
            for (const Value &item : cur) {
                Value res = evaluate(step, item, env);
                for (const auto &stage : step->stages)
                    res = evaluateFilter(stage.expr.get(), res, env);
                if (res.isUndefined())
                    continue;
                if (defined == 0) {
                    single = std::move(res);
                    defined = 1;
                    continue;
                }
                if (defined == 1) {
                    appendFlattened(out, std::move(single));
                    defined = 2;
                }
                appendFlattened(out, std::move(res));
            }
            chargeItems(out.size());
            resultIsValue = false;
            if (defined == 1) {
                if (lastStep && single.isArray() && !single.isSequence()) {
                    resultValue = std::move(single);
                    resultIsValue = true;
                } else if (!single.isArray() || single.hasFlag(Value::Cons)) {
                    // one plain value: no buffer needed
                    holder = std::move(single);
                    cur = std::span<const Value>(&holder, 1);
                    curBuf = 0;
                } else {
                    appendFlattened(out, std::move(single));
                    cur = std::span<const Value>(out);
                    curBuf = &out == &bufA ? 1 : 2;
                }
            } else {
                cur = std::span<const Value>(out);
                curBuf = &out == &bufA ? 1 : 2;
            }
        }
        if (resultIsValue) {
            if (resultValue.isUndefined() || (resultValue.isArray() && resultValue.items().empty()))
                break;
            if (!lastStep) {
                holder = resultValue;
                cur = holder.isArray() ? std::span<const Value>(holder.items())
                                       : std::span<const Value>(&holder, 1);
                curBuf = 0;
                resultIsValue = false;
            }
        } else if (cur.empty()) {
            break;
        }
    }

    if (ii < count && steps[ii]->tuple) {
        // the rest of the path carries a tuple stream (focus, index or parent bindings)
        Value inputSequence =
            resultIsValue ? resultValue : Value::sequence(ValueList(cur.begin(), cur.end()));
        Value tupleBindings;
        for (; ii < count; ++ii) {
            const Node *step = steps[ii].get();
            tupleBindings = evaluateTupleStep(step, inputSequence, tupleBindings, env);
            if (step->focus.isEmpty())
                inputSequence = tupleBindings; // not used by tuple steps once bindings exist
        }
        Value resultSequence;
        if (expr->tuple) {
            resultSequence = tupleBindings;
        } else {
            resultSequence = Value::sequence();
            ValueList &out = resultSequence.mutableItems();
            out.reserve(tupleBindings.items().size());
            for (const auto &tuple : tupleBindings.items()) {
                const Value *at = tuple.obj().find(AtKey);
                out.push_back(at ? *at : Value());
            }
        }
        if (expr->keepSingletonArray) {
            if (!resultSequence.isArray())
                resultSequence = Value::sequence({resultSequence});
            resultSequence.setFlag(Value::KeepSingleton);
        }
        if (expr->group)
            resultSequence = evaluateGroup(expr->group->pairs, expr->group->position, tupleBindings, env);
        return resultSequence;
    }

    Value resultSequence;
    if (resultIsValue) {
        resultSequence = resultValue;
    } else {
        if (cur.size() == 1 && !expr->keepSingletonArray && !expr->group && !expr->keepArray)
            return cur.front();
        if (curBuf == 1)
            resultSequence = Value::sequence(std::move(bufA));
        else if (curBuf == 2)
            resultSequence = Value::sequence(std::move(bufB));
        else
            resultSequence = Value::sequence(ValueList(cur.begin(), cur.end()));
    }
    if (expr->keepSingletonArray && resultSequence.isDefined()) {
        if (resultSequence.isArray() && resultSequence.hasFlag(Value::Cons)
            && !resultSequence.hasFlag(Value::Sequence))
            resultSequence = Value::sequence({resultSequence});
        else if (!resultSequence.isArray())
            resultSequence = Value::sequence({resultSequence});
        resultSequence.setFlag(Value::KeepSingleton);
    }
    if (expr->group)
        resultSequence = evaluateGroup(expr->group->pairs, expr->group->position, resultSequence, env);
    return resultSequence;
}

Value Evaluator::evaluateStep(const Node *expr, const Value &input, const FramePtr &env, bool lastStep)
{
    if (expr->type == NodeType::Sort) {
        Value result = evaluateSort(expr, input, env);
        if (!expr->stages.empty())
            result = evaluateStages(expr->stages, result, env);
        return result;
    }
    const ValueList single = input.isArray() ? ValueList() : ValueList{input};
    const ValueList &items = input.isArray() ? input.items() : single;

    ValueList results;
    results.reserve(items.size());
    for (const auto &item : items) {
        Value res = evaluate(expr, item, env);
        for (const auto &stage : expr->stages)
            res = evaluateFilter(stage.expr.get(), res, env);
        if (res.isDefined())
            results.push_back(std::move(res));
    }

    if (lastStep && results.size() == 1 && results[0].isArray() && !results[0].isSequence())
        return results[0];

    Value resultSequence = Value::sequence();
    ValueList &out = resultSequence.mutableItems();
    out.reserve(results.size());
    for (auto &res : results) {
        if (!res.isArray() || res.hasFlag(Value::Cons)) {
            out.push_back(std::move(res));
        } else {
            const auto &sub = res.items();
            out.insert(out.end(), sub.begin(), sub.end());
        }
    }
    return resultSequence;
}

FramePtr Evaluator::frameFromTuple(const FramePtr &env, const Value &tuple)
{
    auto frame = newFrame(env);
    for (const auto &entry : tuple.obj().entries())
        frame->vars.emplace_back(entry.first, entry.second);
    return frame;
}

Value Evaluator::evaluateStages(const std::vector<Stage> &stages, Value input, const FramePtr &env)
{
    Value result = std::move(input);
    for (const auto &stage : stages) {
        if (stage.kind == Stage::Filter) {
            result = evaluateFilter(stage.expr.get(), result, env);
        } else {
            ValueList &items = result.mutableItems();
            for (size_t ee = 0; ee < items.size(); ++ee)
                items[ee].mutableObj().insert(stage.name, Value::integer(qint64(ee)));
        }
    }
    return result;
}

Value Evaluator::evaluateTupleStep(const Node *expr, const Value &input, const Value &tupleBindings,
                                   const FramePtr &env)
{
    Value result;
    if (expr->type == NodeType::Sort) {
        if (tupleBindings.isDefined()) {
            result = evaluateSort(expr, tupleBindings, env);
        } else {
            const Value sorted = evaluateSort(expr, input, env);
            result = Value::sequence();
            result.setFlag(Value::TupleStream);
            ValueList &out = result.mutableItems();
            const ValueList single = sorted.isArray() ? ValueList() : ValueList{sorted};
            const ValueList &items = sorted.isArray() ? sorted.items() : single;
            for (size_t ss = 0; ss < items.size(); ++ss) {
                Value tuple = Value::object();
                tuple.mutableObj().insert(AtKey, items[ss]);
                if (!expr->index.isEmpty())
                    tuple.mutableObj().insert(expr->index, Value::integer(qint64(ss)));
                out.push_back(std::move(tuple));
            }
        }
        if (!expr->stages.empty())
            result = evaluateStages(expr->stages, result, env);
        return result;
    }

    result = Value::sequence();
    result.setFlag(Value::TupleStream);
    Value bindings = tupleBindings;
    if (bindings.isUndefined()) {
        bindings = Value::array();
        ValueList &b = bindings.mutableItems();
        const ValueList single = input.isArray() ? ValueList() : ValueList{input};
        const ValueList &items = input.isArray() ? input.items() : single;
        for (const auto &item : items) {
            Value tuple = Value::object();
            tuple.mutableObj().insert(AtKey, item);
            b.push_back(std::move(tuple));
        }
    }

    ValueList &out = result.mutableItems();
    for (const auto &tuple : bindings.items()) {
        const FramePtr stepEnv = frameFromTuple(env, tuple);
        const Value *atp = tuple.obj().find(AtKey);
        const Value at = atp ? *atp : Value();
        Value res = evaluate(expr, at, stepEnv);
        if (res.isUndefined())
            continue;
        const bool resIsTuple = res.isArray() && res.hasFlag(Value::TupleStream);
        const ValueList single = res.isArray() ? ValueList() : ValueList{res};
        const ValueList &resItems = res.isArray() ? res.items() : single;
        for (size_t bb = 0; bb < resItems.size(); ++bb) {
            Value next = tuple; // shares, detaches on write
            ObjectData &o = next.mutableObj();
            if (resIsTuple) {
                for (const auto &entry : resItems[bb].obj().entries())
                    o.insert(entry.first, entry.second);
            } else {
                if (!expr->focus.isEmpty()) {
                    o.insert(expr->focus, resItems[bb]);
                    o.insert(AtKey, at);
                } else {
                    o.insert(AtKey, resItems[bb]);
                }
                if (!expr->index.isEmpty())
                    o.insert(expr->index, Value::integer(qint64(bb)));
                if (expr->ancestor)
                    o.insert(expr->ancestor->label, at);
            }
            out.push_back(std::move(next));
        }
    }
    if (!expr->stages.empty())
        result = evaluateStages(expr->stages, result, env);
    return result;
}

Value Evaluator::evaluateFilter(const Node *predicate, const Value &input, const FramePtr &env)
{
    Value results = Value::sequence();
    const bool tupleStream = input.isArray() && input.hasFlag(Value::TupleStream);
    if (tupleStream)
        results.setFlag(Value::TupleStream);
    const ValueList single = input.isArray() ? ValueList() : ValueList{input};
    const ValueList &items = input.isArray() ? input.items() : single;
    ValueList &out = results.mutableItems();
    const qint64 length = qint64(items.size());

    if (predicate->type == NodeType::Number) {
        qint64 index = saturatingInt64(std::floor(predicate->literal.toDouble()));
        if (index < 0)
            index += length;
        if (index >= 0 && index < length && items[size_t(index)].isDefined()) {
            const Value &item = items[size_t(index)];
            if (item.isArray())
                return item;
            out.push_back(item);
        }
        return results;
    }

    for (qint64 index = 0; index < length; ++index) {
        const Value &item = items[size_t(index)];
        Value res;
        if (tupleStream) {
            const Value *at = item.obj().find(AtKey);
            res = evaluate(predicate, at ? *at : Value(), frameFromTuple(env, item));
        } else {
            res = evaluate(predicate, item, env);
        }
        if (isNumeric(res)) {
            qint64 ii = saturatingInt64(std::floor(res.toDouble()));
            if (ii < 0)
                ii += length;
            if (ii == index)
                out.push_back(item);
            continue;
        }
        if (res.isArray() && !res.items().empty()) {
            bool allNumbers = true;
            for (const auto &r : res.items()) {
                if (!isNumeric(r)) {
                    allNumbers = false;
                    break;
                }
            }
            if (allNumbers) {
                for (const auto &r : res.items()) {
                    qint64 ii = saturatingInt64(std::floor(r.toDouble()));
                    if (ii < 0)
                        ii += length;
                    if (ii == index)
                        out.push_back(item);
                }
                continue;
            }
        }
        if (truthy(res))
            out.push_back(item);
    }
    return results;
}

Value Evaluator::evaluateArray(const Node *expr, const Value &input, const FramePtr &env)
{
    ValueList out;
    for (const auto &item : expr->items) {
        Value value = evaluate(item.get(), input, env);
        if (value.isUndefined())
            continue;
        if (item->type == NodeType::ArrayCons || !value.isArray()) {
            out.push_back(std::move(value));
        } else {
            const auto &sub = value.items();
            out.insert(out.end(), sub.begin(), sub.end());
        }
    }
    chargeItems(out.size());
    return Value::array(std::move(out), expr->consarray ? quint8(Value::Cons) : quint8(0));
}

static Value reduceTupleStream(const Value &stream)
{
    if (!stream.isArray())
        return stream;
    const auto &items = stream.items();
    if (items.empty())
        return Value::object();
    Value result = items[0];
    ObjectData &o = result.mutableObj();
    for (size_t ii = 1; ii < items.size(); ++ii) {
        for (const auto &entry : items[ii].obj().entries()) {
            const Value *existing = o.find(entry.first);
            o.insert(entry.first, appendValues(existing ? *existing : Value(), entry.second));
        }
    }
    return result;
}

Value Evaluator::evaluateGroup(const std::vector<std::pair<NodePtr, NodePtr>> &pairs, int position,
                               const Value &input, const FramePtr &env)
{
    const bool reduce = input.isArray() && input.hasFlag(Value::TupleStream);
    const ValueList single = input.isArray() && !input.items().empty()
        ? ValueList()
        : ValueList{input.isArray() ? Value() : input};
    const ValueList &items = input.isArray() && !input.items().empty() ? input.items() : single;

    if (!reduce && items.size() == 1) {
        // An object constructor applied to one value (the usual case in a mapping): each key is
        // checked against the keys made so far and its value evaluated right away.
        const Value &item = items.front();
        Value result = Value::object();
        ObjectData &o = result.mutableObj();
        o.reserve(pairs.size());
        QVarLengthArray<QString, 32> keys;
        for (size_t pairIndex = 0; pairIndex < pairs.size(); ++pairIndex) {
            const Value key = evaluate(pairs[pairIndex].first.get(), item, env);
            if (key.isUndefined())
                continue;
            if (!key.isString())
                throwError(u"T1003"_s, position, {},
                           u"A key in an object constructor must be text, but it is "_s + describeValue(key));
            const QString &k = key.toStr();
            if (std::find(keys.cbegin(), keys.cend(), k) != keys.cend())
                throwError(u"D1009"_s, position, {},
                           u"Several key expressions of the object constructor produce the same key \""_s + k
                               + u'"');
            keys.append(k);
            Value value = evaluate(pairs[pairIndex].second.get(), item, env);
            if (value.isDefined())
                o.append(k, std::move(value));
        }
        return result;
    }

    // Each group collects its items; the group's context is the single item itself, or all of
    // them appended (arrays spliced in) as $append would do. Collecting first keeps grouping
    // linear in the number of items.
    struct Group
    {
        QString key;
        ValueList items;
        size_t exprIndex;
    };
    std::vector<Group> groups;
    QHash<QString, size_t> groupIndex;
    const bool smallInput = items.size() <= 1;

    for (const auto &item : items) {
        FramePtr itemEnv = env;
        Value context = item;
        if (reduce) {
            itemEnv = frameFromTuple(env, item);
            const Value *at = item.obj().find(AtKey);
            context = at ? *at : Value();
        }
        for (size_t pairIndex = 0; pairIndex < pairs.size(); ++pairIndex) {
            const Value key = evaluate(pairs[pairIndex].first.get(), context, itemEnv);
            if (key.isUndefined())
                continue;
            if (!key.isString())
                throwError(u"T1003"_s, position, {},
                           u"A key in an object constructor must be text, but it is "_s + describeValue(key));
            const QString &k = key.toStr();
            size_t found = SIZE_MAX;
            if (smallInput) {
                for (size_t g = 0; g < groups.size(); ++g) {
                    if (groups[g].key == k) {
                        found = g;
                        break;
                    }
                }
            } else {
                const auto it = groupIndex.constFind(k);
                if (it != groupIndex.cend())
                    found = *it;
            }
            if (found != SIZE_MAX) {
                Group &group = groups[found];
                if (group.exprIndex != pairIndex)
                    throwError(u"D1009"_s, position, {},
                               u"Several key expressions of the object constructor produce the same key \""_s
                                   + k + u'"');
                group.items.push_back(item);
            } else {
                if (!smallInput)
                    groupIndex.insert(k, groups.size());
                groups.push_back(Group{k, ValueList{item}, pairIndex});
            }
        }
    }

    Value result = Value::object();
    ObjectData &o = result.mutableObj();
    for (auto &group : groups) {
        Value data;
        if (group.items.size() == 1) {
            data = std::move(group.items.front());
        } else {
            ValueList all;
            for (auto &item : group.items) {
                if (item.isArray()) {
                    const auto &sub = item.items();
                    all.insert(all.end(), sub.begin(), sub.end());
                } else if (item.isDefined()) {
                    all.push_back(std::move(item));
                }
            }
            data = Value::array(std::move(all));
        }
        Value context = data;
        FramePtr groupEnv = env;
        if (reduce) {
            Value tuple = reduceTupleStream(data);
            const Value *at = tuple.obj().find(AtKey);
            context = at ? *at : Value();
            tuple.mutableObj().remove(AtKey);
            groupEnv = frameFromTuple(env, tuple);
        }
        Value value = evaluate(pairs[group.exprIndex].second.get(), context, groupEnv);
        if (value.isDefined())
            o.insert(group.key, std::move(value));
    }
    return result;
}

} // namespace LedgerLink::Expr
