#pragma once

#include "value.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QString>

#include <memory>
#include <vector>

namespace LedgerLink::Expr {

class Signature;
struct Node;
using NodePtr = std::shared_ptr<Node>;

enum class NodeType : quint8 {
    Path,
    Binary,
    Negate,
    ArrayCons,
    ObjectCons,
    Name,
    String,
    Number,
    Literal,
    Wildcard,
    Descendant,
    Parent,
    Condition,
    Coalesce,
    Elvis,
    Block,
    Bind,
    Regex,
    Function,
    Partial,
    Variable,
    Lambda,
    Apply,
    Sort,
    Transform,
    Placeholder,
    // parse-only nodes, gone after the post-parse stage
    Operator,
    End,
    Dot,
    Filter,
    Group,
    OrderBy,
    FocusBind,
    IndexBind
};

enum class BinaryOp : quint8 {
    None,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Concat,
    And,
    Or,
    Range,
    In
};

// A parent-operator slot (%): resolved at compile time to the label of the tuple binding that
// carries the ancestor.
struct Slot
{
    QString label;
    int level = 1;
    int index = 0;
};

struct Stage
{
    enum Kind : quint8 { Filter, Index } kind = Filter;
    NodePtr expr; // Filter
    QString name; // Index variable
    int position = 0;
};

struct SortTerm
{
    bool descending = false;
    NodePtr expr;
};

struct GroupSpec
{
    std::vector<std::pair<NodePtr, NodePtr>> pairs;
    int position = 0;
};

// One node of the syntax tree. After Expression::compile the tree is never modified again,
// which is what makes a compiled expression safe to evaluate from several threads.
struct Node
{
    NodeType type = NodeType::Literal;
    BinaryOp op = BinaryOp::None;
    int position = 0;
    QString str; // name, variable, operator text, string literal
    Value literal; // String/Number/Literal value

    NodePtr lhs, rhs; // binary, bind, apply
    NodePtr expr; // negate
    std::vector<NodePtr> items; // block, array constructor, path steps, call arguments
    std::vector<std::pair<NodePtr, NodePtr>> pairs; // object constructor
    std::shared_ptr<GroupSpec> group; // step grouping  a{...}
    std::vector<Stage> predicates; // predicates on a non-path expression
    std::vector<Stage> stages; // predicates/index on a path step
    std::vector<SortTerm> terms; // sort step
    NodePtr condition, thenExpr, elseExpr; // condition, coalesce, elvis
    NodePtr procedure; // function call / partial
    NodePtr body; // lambda
    std::vector<QString> params; // lambda parameter names
    std::shared_ptr<const Signature> signature;
    NodePtr pattern, update, remove; // transform
    std::shared_ptr<const QRegularExpression> regex;
    const Value *builtin = nullptr; // variable naming a built-in function, resolved at compile time
    bool builtinDirect = false; // ... and no binding in the expression can shadow it

    QString focus; // @$var
    QString index; // #$var
    std::shared_ptr<Slot> slot; // parent
    std::shared_ptr<Slot> ancestor; // step that binds an ancestor label
    std::vector<std::shared_ptr<Slot>> seekingParent;

    bool keepArray = false;
    bool keepSingletonArray = false;
    bool consarray = false;
    bool tuple = false;
    bool thunk = false;
    bool needsFrame = true; // block: binds variables in its own scope (:= inside it)
};

// Calls f(Node *) for each direct child of a node.
template<typename F>
void forEachChild(Node *n, F &&f)
{
    auto one = [&](const NodePtr &c) {
        if (c)
            f(c.get());
    };
    one(n->lhs);
    one(n->rhs);
    one(n->expr);
    for (const auto &c : n->items)
        one(c);
    for (const auto &p : n->pairs) {
        one(p.first);
        one(p.second);
    }
    if (n->group)
        for (const auto &p : n->group->pairs) {
            one(p.first);
            one(p.second);
        }
    for (const auto &st : n->predicates)
        one(st.expr);
    for (const auto &st : n->stages)
        one(st.expr);
    for (const auto &t : n->terms)
        one(t.expr);
    one(n->condition);
    one(n->thenExpr);
    one(n->elseExpr);
    one(n->procedure);
    one(n->body);
    one(n->pattern);
    one(n->update);
    one(n->remove);
}

} // namespace LedgerLink::Expr
