#pragma once

#include "error.h"
#include "value.h"

#include <QtCore/QHash>
#include <QtCore/QJsonValue>
#include <QtCore/QString>

#include <memory>
#include <optional>

namespace LedgerLink::Expr {

struct Node;

// Per-evaluation limits and options. An evaluation that exceeds the time limit or the depth
// limit stops with error U1001 instead of hanging or overflowing the stack.
struct EvaluateOptions
{
    qint64 timeLimitMs = 10000; // wall-clock limit; 0 disables it
    int maxDepth = 10000; // nesting limit of evaluation steps (recursion)
    qint64 maxValues = 30000000; // values one evaluation may create (memory guard); 0 disables it
    // Rounding rule of $money (the mapping's rule); HalfEven unless the mapping says otherwise.
    enum class Rounding : quint8 { HalfEven, HalfUp, Down, Up } moneyRounding = Rounding::HalfEven;
};

struct CompileResult;

struct EvaluateResult
{
    Value value; // undefined when the expression has no result
    std::optional<Error> error;
    bool ok() const { return !error.has_value(); }
    QJsonValue json() const { return value.toJson(); }
};

// A compiled JSONata expression. Compile once, evaluate many times: the compiled tree is
// immutable, so one Expression may be evaluated from several threads at the same time (each
// evaluation keeps its own state). Copies are cheap and share the tree.
class Expression
{
public:
    // Parses the text. On failure the result carries the error (code, position, token).
    static CompileResult compile(const QString &text);

    // Evaluates against `input` (undefined input: QJsonValue::Undefined / Value()) with the
    // variables in `bindings` ($name without the $). Thread-safe; never throws.
    EvaluateResult evaluate(const QJsonValue &input, const QHash<QString, QJsonValue> &bindings = {},
                            const EvaluateOptions &options = {}) const;
    // The same on Values: use Value::fromJsonText() to keep the key order of a document.
    EvaluateResult evaluate(const Value &input, const QHash<QString, Value> &bindings = {},
                            const EvaluateOptions &options = {}) const;

    const QString &text() const { return m_text; }

    // An empty expression: evaluate() reports error S0500. Use compile().
    Expression() = default;

private:
    QString m_text;
    std::shared_ptr<const Node> m_root;
};

struct CompileResult
{
    std::optional<Expression> expression; // set on success
    Error error; // set on failure
    bool ok() const { return expression.has_value(); }
};

} // namespace LedgerLink::Expr
