#pragma once

#include "ast.h"
#include "error.h"
#include "value.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtCore/QVarLengthArray>

#include <memory>
#include <vector>

namespace LedgerLink::Expr {

// The lowest stack address the calling thread may recurse down to (its stack's end plus a safety
// margin). The evaluator and the parser stop with U1001 before passing it.
const char *stackGuardAddress();

class Evaluator;
class Signature;

// A scope of variable bindings. Frames belong to one evaluation only (never shared between
// threads); closures keep their defining frame alive.
struct Frame
{
    explicit Frame(std::shared_ptr<Frame> parentFrame = {})
        : parent(std::move(parentFrame))
    { }
    const Value *lookup(const QString &name) const
    {
        for (const Frame *f = this; f; f = f->parent.get()) {
            for (const auto &binding : f->vars) {
                if (binding.first == name)
                    return &binding.second;
            }
        }
        return nullptr;
    }
    void bind(const QString &name, Value value)
    {
        for (auto &binding : vars) {
            if (binding.first == name) {
                binding.second = std::move(value);
                return;
            }
        }
        vars.emplace_back(name, std::move(value));
    }
    QVarLengthArray<std::pair<QString, Value>, 4> vars; // most frames hold a few names
    std::shared_ptr<Frame> parent;
};
using FramePtr = std::shared_ptr<Frame>;

using NativeImpl = Value (*)(Evaluator &ev, const ValueList &args);

struct NativeFunction
{
    QString name;
    std::shared_ptr<const Signature> signature;
    NativeImpl impl = nullptr;
    int arity = 0;
};

struct FunctionData
{
    enum class Kind : quint8 { Lambda, Native, Partial, Regex, Transform, Chain };
    Kind kind = Kind::Lambda;
    const Node *node = nullptr; // Lambda / Transform / Regex node
    std::shared_ptr<const void> keepAlive; // the compiled tree the node belongs to
    FramePtr env;
    Value input;
    std::vector<QString> params;
    std::shared_ptr<const Signature> signature;
    const NativeFunction *native = nullptr;
    std::shared_ptr<const FunctionData> first, second; // Partial target / Chain f, g
    ValueList boundArgs;
    std::vector<bool> placeholder;
    bool thunk = false;

    int arity() const;
    QString name() const;
};

enum class MoneyRounding : quint8 { HalfEven, HalfUp, Down, Up };

struct EvalLimits
{
    qint64 timeLimitMs = 10000;
    int maxDepth = 10000;
    qint64 maxValues = 30'000'000;
    MoneyRounding moneyRounding = MoneyRounding::HalfEven;
};

// Per-evaluation state: the depth counter, the clock, the timestamp for $now()/$millis().
// A compiled Expression creates one Evaluator per evaluate() call.
class Evaluator
{
public:
    Evaluator(const EvalLimits &limits, std::shared_ptr<const void> keepAlive);
    // Breaks the reference cycles between frames and the closures stored in them
    // ($f := function(){ ... $f() ... }), which shared pointers alone would leak.
    ~Evaluator();
    Q_DISABLE_COPY_MOVE(Evaluator)

    // Every frame of an evaluation is created here, so that it can be released at the end.
    FramePtr newFrame(const FramePtr &parent);

    Value evaluate(const Node *expr, const Value &input, const FramePtr &env);
    Value apply(const Value &proc, const ValueList &args, const Value &input, const FramePtr &env);
    // Call a function value from a built-in (higher-order functions).
    Value call(const Value &proc, const ValueList &args) { return apply(proc, args, Value(), m_callEnv); }

    const EvalLimits &limits() const { return m_limits; }
    // Set when an evaluation binding has the name of a built-in function.
    void setBindingsShadowBuiltins(bool shadow) { m_bindingsShadowBuiltins = shadow; }
    // $now()/$millis(): read once per evaluation, on first use.
    qint64 timestamp();
    const Value &currentInput() const { return m_callInput; }
    quint64 nextRandom();
    // Counts values created by ranges, constructors and path steps: one evaluation may create
    // at most limits().maxValues of them (a memory guard); big batches also check the clock.
    void chargeItems(size_t count);
    bool timeExceeded();

    static const Value *builtin(const QString &name);

private:
    struct DepthGuard
    {
        explicit DepthGuard(Evaluator *e)
            : ev(e)
        {
            ev->enter();
        }
        ~DepthGuard() { ev->leave(); }
        Evaluator *ev;
    };
    void enter();
    void leave() { --m_depth; }

    Value evaluatePath(const Node *expr, const Value &input, const FramePtr &env);
    Value evaluateStep(const Node *expr, const Value &input, const FramePtr &env, bool lastStep);
    Value evaluateTupleStep(const Node *expr, const Value &input, const Value &tupleBindings,
                            const FramePtr &env);
    Value evaluateStages(const std::vector<Stage> &stages, Value input, const FramePtr &env);
    Value evaluateFilter(const Node *predicate, const Value &input, const FramePtr &env);
    Value evaluateBinary(const Node *expr, const Value &input, const FramePtr &env);
    Value evaluateArray(const Node *expr, const Value &input, const FramePtr &env);
    Value evaluateGroup(const std::vector<std::pair<NodePtr, NodePtr>> &pairs, int position,
                        const Value &input, const FramePtr &env);
    Value evaluateSort(const Node *expr, const Value &input, const FramePtr &env);
    Value evaluateFunction(const Node *expr, const Value &input, const FramePtr &env, const Value *applyTo);
    Value evaluatePartial(const Node *expr, const Value &input, const FramePtr &env);
    Value evaluateApply(const Node *expr, const Value &input, const FramePtr &env);
    Value applyInner(const Value &proc, const ValueList &args, const Value &input, const FramePtr &env);
    Value applyTransform(const FunctionData &fn, const Value &arg);
    FramePtr frameFromTuple(const FramePtr &env, const Value &tuple);
    // Argument lists are recycled: a function call then allocates nothing once warm.
    ValueList takeArgs()
    {
        if (m_argPool.empty())
            return {};
        ValueList v = std::move(m_argPool.back());
        m_argPool.pop_back();
        return v;
    }
    void recycleArgs(ValueList &&v)
    {
        v.clear();
        if (m_argPool.size() < 64)
            m_argPool.push_back(std::move(v));
    }

    EvalLimits m_limits;
    std::shared_ptr<const void> m_keepAlive;
    const char *m_stackGuard = nullptr;
    bool m_bindingsShadowBuiltins = false;
    size_t m_items = 0;
    int m_depth = 0;
    int m_tick = 0;
    QElapsedTimer m_timer;
    qint64 m_timestamp = -1;
    bool m_timerStarted = false;
    quint64 m_rng = 0;
    Value m_callInput;
    FramePtr m_callEnv;
    QVarLengthArray<std::weak_ptr<Frame>, 8> m_frames;
    std::vector<ValueList> m_argPool;
};

// Helpers shared by the evaluator and the function library.
Value lookupField(const Value &input, const QString &key);
Value appendValues(const Value &a, const Value &b);
bool truthy(const Value &v); // $boolean; undefined → false
bool isNumeric(const Value &v); // a number that is not NaN
Value flattenSequence(const Value &v);
QString stringOf(const Value &v, int position); // $string semantics (throws D3001)

} // namespace LedgerLink::Expr
