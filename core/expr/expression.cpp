#include "expression.h"

#include "evaluator.h"
#include "functions.h"
#include "parser.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Expr {

namespace {

// Iterating a QHash scans its buckets, which costs more than a small evaluation. Callers
// usually pass the same bindings object again and again (one mapping, many records), so each
// thread keeps the flattened form of the last one it saw; isSharedWith() detects reuse (and
// any change detaches the caller's copy, so a changed hash is never mistaken for the cached one).
struct BindingCache
{
    QHash<QString, Value> source;
    std::vector<std::pair<QString, Value>> flat;
    bool shadowsBuiltins = false;
};

const BindingCache &flatBindings(const QHash<QString, Value> &bindings)
{
    thread_local BindingCache cache;
    if (!bindings.isSharedWith(cache.source) || cache.source.isEmpty()) {
        cache.source = bindings;
        cache.flat.clear();
        cache.shadowsBuiltins = false;
        for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
            cache.flat.emplace_back(it.key(), it.value());
            if (builtinFunction(it.key()))
                cache.shadowsBuiltins = true;
        }
    }
    return cache;
}

void finishMessage(Error &e)
{
    if (e.message.isEmpty())
        e.message = standardMessage(e.code);
    if (e.position >= 0)
        e.message += u" (position %1)"_s.arg(e.position);
}

} // namespace

CompileResult Expression::compile(const QString &text)
{
    CompileResult result;
    try {
        Expression expr;
        expr.m_text = text;
        expr.m_root = parseExpression(text);
        result.expression = std::move(expr);
    } catch (Error &e) {
        finishMessage(e);
        result.error = e;
    }
    return result;
}

EvaluateResult Expression::evaluate(const QJsonValue &input, const QHash<QString, QJsonValue> &bindings,
                                    const EvaluateOptions &options) const
{
    QHash<QString, Value> values;
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        values.insert(it.key(), Value::fromJson(it.value()));
    return evaluate(Value::fromJson(input), values, options);
}

EvaluateResult Expression::evaluate(const Value &input, const QHash<QString, Value> &bindings,
                                    const EvaluateOptions &options) const
{
    EvaluateResult result;
    if (!m_root) {
        result.error = Error{u"S0500"_s, 0, {}, u"The expression was not compiled"_s};
        return result;
    }
    EvalLimits limits;
    limits.timeLimitMs = options.timeLimitMs;
    limits.maxDepth = options.maxDepth;
    limits.maxValues = options.maxValues;
    limits.moneyRounding = MoneyRounding(quint8(options.moneyRounding));
    try {
        Evaluator evaluator(limits, m_root);
        auto env = evaluator.newFrame({});
        if (!bindings.isEmpty()) {
            const BindingCache &cache = flatBindings(bindings);
            env->vars.reserve(qsizetype(cache.flat.size()) + 1);
            for (const auto &binding : cache.flat)
                env->vars.emplace_back(binding);
            evaluator.setBindingsShadowBuiltins(cache.shadowsBuiltins);
        }
        env->bind(u"$"_s, input);
        Value in = input;
        if (in.isArray() && !in.isSequence()) {
            in = Value::sequence({input});
            in.setFlag(Value::OuterWrapper);
        }
        Value v = evaluator.evaluate(m_root.get(), in, env);
        if (v.isSequence() || v.isArray()) {
            // a result sequence is an ordinary array to the caller
            v.setFlag(Value::Sequence, false);
            v.setFlag(Value::KeepSingleton, false);
            v.setFlag(Value::TupleStream, false);
            v.setFlag(Value::OuterWrapper, false);
            v.setFlag(Value::Cons, false);
        }
        result.value = std::move(v);
    } catch (Error &e) {
        finishMessage(e);
        result.error = e;
    }
    return result;
}

} // namespace LedgerLink::Expr
