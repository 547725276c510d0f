#include "parser.h"

#include "evaluator.h"
#include "functions.h"
#include "signature.h"
#include "tokenizer.h"

#include <QtCore/QHash>
#include <QtCore/QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace LedgerLink::Expr {

namespace {

constexpr int MaxTreeDepth = 1000;

int bindingPower(const QString &op)
{
    static const QHash<QString, int> table = {
        {u"."_s, 75},  {u"["_s, 80},  {u"]"_s, 0},    {u"{"_s, 70},  {u"}"_s, 0},   {u"("_s, 80},
        {u")"_s, 0},   {u","_s, 0},   {u"@"_s, 80},   {u"#"_s, 80},  {u";"_s, 80},  {u":"_s, 80},
        {u"?"_s, 20},  {u"+"_s, 50},  {u"-"_s, 50},   {u"*"_s, 60},  {u"/"_s, 60},  {u"%"_s, 60},
        {u"|"_s, 20},  {u"="_s, 40},  {u"<"_s, 40},   {u">"_s, 40},  {u"^"_s, 40},  {u"**"_s, 60},
        {u".."_s, 20}, {u":="_s, 10}, {u"!="_s, 40},  {u"<="_s, 40}, {u">="_s, 40}, {u"~>"_s, 40},
        {u"?:"_s, 40}, {u"??"_s, 40}, {u"and"_s, 30}, {u"or"_s, 25}, {u"in"_s, 40}, {u"&"_s, 50},
        {u"!"_s, 0},   {u"~"_s, 0}};
    return table.value(op, -1);
}

// Pratt parser producing the raw tree (binary '.', '[', '{' ... nodes), then processAst().
class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
        , m_lexer(text)
    { }

    NodePtr parse()
    {
        advance();
        NodePtr expr = expression(0);
        if (m_node.kind != TokenKind::End)
            throwError(u"S0201"_s, m_node.position, m_node.value);
        expr = processAst(expr);
        markBlocks(expr.get());
        // a built-in that no binding of this expression can shadow is used without a scope search
        for (Node *ref : m_builtinRefs)
            ref->builtinDirect = !m_boundNames.contains(ref->str);
        if (expr->type == NodeType::Parent || !expr->seekingParent.empty())
            throwError(u"S0217"_s, expr->position, u"parent"_s);
        return expr;
    }

private:
    // id of the current token, as jsonata-js's symbol table sees it
    QString id() const
    {
        switch (m_node.kind) {
        case TokenKind::Operator:
            return m_node.value;
        case TokenKind::End:
            return u"(end)"_s;
        case TokenKind::Name:
        case TokenKind::Variable:
            return u"(name)"_s;
        case TokenKind::Regex:
            return u"(regex)"_s;
        default:
            return u"(literal)"_s;
        }
    }

    int lbp() const
    {
        if (m_node.kind != TokenKind::Operator)
            return 0;
        const QString &op = m_node.value;
        static const QStringList infixes = {u"."_s,  u"+"_s,  u"-"_s,  u"*"_s,  u"/"_s,  u"%"_s, u"="_s,
                                            u"<"_s,  u">"_s,  u"!="_s, u"<="_s, u">="_s, u"&"_s, u"and"_s,
                                            u"or"_s, u"in"_s, u"~>"_s, u"("_s,  u"["_s,  u"^"_s, u"{"_s,
                                            u":="_s, u"@"_s,  u"#"_s,  u"?"_s,  u"??"_s, u"?:"_s};
        if (infixes.contains(op))
            return bindingPower(op);
        return 0;
    }

    void advance(const QString &expected = {}, bool infix = false)
    {
        if (!expected.isEmpty() && id() != expected) {
            if (m_node.kind == TokenKind::End)
                throwError(u"S0203"_s, m_node.position, expected,
                           u"Expected "_s + expected + u" before the end of the expression"_s);
            throwError(u"S0202"_s, m_node.position, m_node.value,
                       u"Expected "_s + expected + u", got "_s + m_node.value);
        }
        Token token;
        if (!m_lexer.next(infix, &token)) {
            m_node = Token();
            m_node.kind = TokenKind::End;
            m_node.position = int(m_text.size());
            return;
        }
        if (token.kind == TokenKind::Operator && bindingPower(token.value) < 0)
            throwError(u"S0204"_s, token.position, token.value);
        if (token.kind == TokenKind::Operator && (token.value == u"!" || token.value == u"~"))
            throwError(u"S0204"_s, token.position, token.value);
        m_node = token;
    }

    NodePtr makeNode(NodeType type, const Token &t)
    {
        auto n = std::make_shared<Node>();
        n->type = type;
        n->position = t.position;
        n->str = t.value;
        n->literal = t.literal;
        return n;
    }

    NodePtr expression(int rbp)
    {
        // The depth of the tree grows with nested expressions and with chains of left-associative
        // operators (a.b.c..., 1+1+1...); both count, so that neither the post-parse stage nor
        // the evaluator can meet a tree deep enough to exhaust the stack.
        struct Nesting
        {
            explicit Nesting(int &d)
                : depth(d)
            {
                add(1);
            }
            void add(int n)
            {
                depth += n;
                taken += n;
                if (depth > MaxTreeDepth)
                    throwError(
                        u"U1001"_s, -1, {},
                        u"The expression is nested too deeply (more than %1 levels)"_s.arg(MaxTreeDepth));
                // The depth limit alone does not bound the stack: a level of `{`, `[` or `(`
                // takes several frames, larger ones in a sanitizer build or on a small thread
                // stack (found by fuzz_expr: 700 nested `{` overflowed the stack under ASan).
                const char here = 0;
                if (&here < stackGuardAddress())
                    throwError(u"U1001"_s, -1, {},
                               u"The expression is nested too deeply for the available stack"_s);
            }
            ~Nesting() { depth -= taken; }
            int &depth;
            int taken = 0;
        } nesting(m_nesting);
        Token t = m_node;
        advance({}, true);
        NodePtr left = nud(t);
        while (rbp < lbp()) {
            nesting.add(1);
            t = m_node;
            advance();
            left = led(t, left);
        }
        return left;
    }

    NodePtr nud(const Token &t)
    {
        switch (t.kind) {
        case TokenKind::Name:
            return makeNode(NodeType::Name, t);
        case TokenKind::Variable:
            return makeNode(NodeType::Variable, t);
        case TokenKind::String:
            return makeNode(NodeType::String, t);
        case TokenKind::Number:
            return makeNode(NodeType::Number, t);
        case TokenKind::Value:
            return makeNode(NodeType::Literal, t);
        case TokenKind::Regex: {
            auto n = makeNode(NodeType::Regex, t);
            n->regex = t.regex;
            return n;
        }
        case TokenKind::End:
            return makeNode(NodeType::End, t);
        case TokenKind::Operator:
            break;
        }
        const QString &op = t.value;
        if (op == u"and" || op == u"or" || op == u"in")
            return makeNode(NodeType::Operator, t);
        if (op == u"-") {
            auto n = makeNode(NodeType::Negate, t);
            n->expr = expression(70);
            return n;
        }
        if (op == u"*")
            return makeNode(NodeType::Wildcard, t);
        if (op == u"**")
            return makeNode(NodeType::Descendant, t);
        if (op == u"%")
            return makeNode(NodeType::Parent, t);
        if (op == u"(") {
            auto n = makeNode(NodeType::Block, t);
            while (id() != u")") {
                n->items.push_back(expression(0));
                if (id() != u";")
                    break;
                advance(u";"_s);
            }
            advance(u")"_s, true);
            return n;
        }
        if (op == u"[") {
            auto n = makeNode(NodeType::ArrayCons, t);
            if (id() != u"]") {
                for (;;) {
                    NodePtr item = expression(0);
                    if (id() == u"..") {
                        auto range = std::make_shared<Node>();
                        range->type = NodeType::Binary;
                        range->op = BinaryOp::Range;
                        range->str = u".."_s;
                        range->position = m_node.position;
                        range->lhs = item;
                        advance(u".."_s);
                        range->rhs = expression(0);
                        item = range;
                    }
                    n->items.push_back(item);
                    if (id() != u",")
                        break;
                    advance(u","_s);
                }
            }
            advance(u"]"_s, true);
            return n;
        }
        if (op == u"{") {
            auto n = makeNode(NodeType::ObjectCons, t);
            parseObject(n.get());
            return n;
        }
        if (op == u"|") {
            auto n = makeNode(NodeType::Transform, t);
            n->pattern = expression(0);
            advance(u"|"_s);
            n->update = expression(0);
            if (id() == u",") {
                advance(u","_s);
                n->remove = expression(0);
            }
            advance(u"|"_s);
            return n;
        }
        throwError(u"S0211"_s, t.position, op,
                   u"The symbol "_s + op + u" cannot be used as a unary operator"_s);
    }

    void parseObject(Node *n)
    {
        if (id() != u"}") {
            for (;;) {
                NodePtr key = expression(0);
                advance(u":"_s);
                NodePtr value = expression(0);
                n->pairs.emplace_back(key, value);
                if (id() != u",")
                    break;
                advance(u","_s);
            }
        }
        advance(u"}"_s, true);
    }

    static BinaryOp binaryOp(const QString &op)
    {
        static const QHash<QString, BinaryOp> ops = {
            {u"+"_s, BinaryOp::Add},   {u"-"_s, BinaryOp::Sub}, {u"*"_s, BinaryOp::Mul},
            {u"/"_s, BinaryOp::Div},   {u"%"_s, BinaryOp::Mod}, {u"="_s, BinaryOp::Eq},
            {u"!="_s, BinaryOp::Ne},   {u"<"_s, BinaryOp::Lt},  {u"<="_s, BinaryOp::Le},
            {u">"_s, BinaryOp::Gt},    {u">="_s, BinaryOp::Ge}, {u"&"_s, BinaryOp::Concat},
            {u"and"_s, BinaryOp::And}, {u"or"_s, BinaryOp::Or}, {u"in"_s, BinaryOp::In}};
        return ops.value(op, BinaryOp::None);
    }

    NodePtr led(const Token &t, const NodePtr &left)
    {
        const QString &op = t.value;
        const int bp = bindingPower(op);
        if (op == u"(")
            return parseCall(t, left);
        if (op == u"[") {
            if (id() == u"]") {
                Node *step = left.get();
                while (step && step->type == NodeType::Filter)
                    step = step->lhs.get();
                if (step)
                    step->keepArray = true;
                advance(u"]"_s);
                return left;
            }
            auto n = makeNode(NodeType::Filter, t);
            n->lhs = left;
            n->rhs = expression(bindingPower(u"]"_s));
            advance(u"]"_s, true);
            return n;
        }
        if (op == u"^") {
            advance(u"("_s);
            auto n = makeNode(NodeType::OrderBy, t);
            for (;;) {
                SortTerm term;
                if (id() == u"<") {
                    advance(u"<"_s);
                } else if (id() == u">") {
                    term.descending = true;
                    advance(u">"_s);
                }
                term.expr = expression(0);
                n->terms.push_back(term);
                if (id() != u",")
                    break;
                advance(u","_s);
            }
            advance(u")"_s);
            n->lhs = left;
            return n;
        }
        if (op == u"{") {
            auto n = makeNode(NodeType::Group, t);
            n->lhs = left;
            parseObject(n.get());
            return n;
        }
        if (op == u":=") {
            if (left->type != NodeType::Variable)
                throwError(u"S0212"_s, left->position, left->str);
            auto n = makeNode(NodeType::Bind, t);
            m_boundNames.insert(left->str);
            n->lhs = left;
            n->rhs = expression(bp - 1);
            return n;
        }
        if (op == u"@" || op == u"#") {
            auto n = makeNode(op == u"@" ? NodeType::FocusBind : NodeType::IndexBind, t);
            n->lhs = left;
            n->rhs = expression(bp);
            if (n->rhs->type != NodeType::Variable)
                throwError(u"S0214"_s, n->rhs->position, op);
            m_boundNames.insert(n->rhs->str);
            return n;
        }
        if (op == u"?") {
            auto n = makeNode(NodeType::Condition, t);
            n->condition = left;
            n->thenExpr = expression(0);
            if (id() == u":") {
                advance(u":"_s);
                n->elseExpr = expression(0);
            }
            return n;
        }
        if (op == u"??" || op == u"?:") {
            auto n = makeNode(op == u"??" ? NodeType::Coalesce : NodeType::Elvis, t);
            n->condition = left;
            n->elseExpr = expression(0);
            return n;
        }
        if (op == u".") {
            auto n = makeNode(NodeType::Dot, t);
            n->lhs = left;
            n->rhs = expression(bp);
            return n;
        }
        if (op == u"~>") {
            auto n = makeNode(NodeType::Apply, t);
            n->lhs = left;
            n->rhs = expression(bp);
            return n;
        }
        auto n = makeNode(NodeType::Binary, t);
        n->op = binaryOp(op);
        n->lhs = left;
        n->rhs = expression(bp);
        return n;
    }

    NodePtr parseCall(const Token &t, const NodePtr &left)
    {
        auto n = makeNode(NodeType::Function, t);
        n->procedure = left;
        if (id() != u")") {
            for (;;) {
                if (m_node.kind == TokenKind::Operator && m_node.value == u"?") {
                    n->type = NodeType::Partial;
                    n->items.push_back(makeNode(NodeType::Placeholder, m_node));
                    advance(u"?"_s);
                } else {
                    n->items.push_back(expression(0));
                }
                if (id() != u",")
                    break;
                advance(u","_s);
            }
        }
        advance(u")"_s, true);
        if (left->type == NodeType::Name && (left->str == u"function" || left->str == u"\u03BB")) {
            for (size_t i = 0; i < n->items.size(); ++i) {
                if (n->items[i]->type != NodeType::Variable)
                    throwError(
                        u"S0208"_s, n->items[i]->position, n->items[i]->str,
                        u"Parameter %1 of the function definition must be a variable name (starting with $)"_s
                            .arg(i + 1));
                n->params.push_back(n->items[i]->str);
                m_boundNames.insert(n->items[i]->str);
            }
            n->items.clear();
            n->type = NodeType::Lambda;
            if (id() == u"<") {
                const int sigPos = m_node.position;
                int depth = 1;
                QString sig = u"<"_s;
                while (depth > 0 && id() != u"{" && id() != u"(end)") {
                    advance();
                    const Token tok = m_node;
                    if (tok.kind == TokenKind::Operator && tok.value == u">")
                        --depth;
                    else if (tok.kind == TokenKind::Operator && tok.value == u"<")
                        ++depth;
                    sig += tok.value;
                }
                advance(u">"_s);
                try {
                    n->signature = Signature::parse(sig);
                } catch (Error &e) {
                    e.position += sigPos;
                    throw;
                }
            }
            advance(u"{"_s);
            n->body = expression(0);
            advance(u"}"_s);
        }
        return n;
    }

    // ---- post-parse stage ----

    NodePtr tailCallOptimize(const NodePtr &expr)
    {
        if (expr->type == NodeType::Function && expr->predicates.empty()) {
            auto thunk = std::make_shared<Node>();
            thunk->type = NodeType::Lambda;
            thunk->thunk = true;
            thunk->position = expr->position;
            thunk->body = expr;
            return thunk;
        }
        if (expr->type == NodeType::Condition) {
            expr->thenExpr = tailCallOptimize(expr->thenExpr);
            if (expr->elseExpr)
                expr->elseExpr = tailCallOptimize(expr->elseExpr);
        } else if (expr->type == NodeType::Block && !expr->items.empty()) {
            expr->items.back() = tailCallOptimize(expr->items.back());
        }
        return expr;
    }

    // True when evaluating `n` may bind a variable in the current scope: a := that is not
    // inside a nested block or function body. Transforms are treated as binding (their update
    // runs in the scope where they were created).
    static bool bindsInScope(Node *n)
    {
        if (n->type == NodeType::Bind || n->type == NodeType::Transform)
            return true;
        if (n->type == NodeType::Block || n->type == NodeType::Lambda)
            return false;
        bool found = false;
        forEachChild(n, [&](Node *c) { found = found || bindsInScope(c); });
        return found;
    }

    // Blocks without a := of their own evaluate in the enclosing scope (no frame to allocate).
    static void markBlocks(Node *n)
    {
        if (n->type == NodeType::Block) {
            bool binds = false;
            for (const auto &item : n->items)
                binds = binds || bindsInScope(item.get());
            n->needsFrame = binds;
        }
        forEachChild(n, [](Node *c) { markBlocks(c); });
    }

    std::shared_ptr<Slot> seekParent(Node *node, std::shared_ptr<Slot> slot)
    {
        switch (node->type) {
        case NodeType::Name:
        case NodeType::Wildcard:
            slot->level--;
            if (slot->level == 0) {
                if (!node->ancestor) {
                    node->ancestor = slot;
                } else {
                    m_ancestry[size_t(slot->index)]->slot->label = node->ancestor->label;
                    node->ancestor = slot;
                }
                node->tuple = true;
            }
            break;
        case NodeType::Parent:
            slot->level++;
            break;
        case NodeType::Block:
            if (!node->items.empty()) {
                node->tuple = true;
                slot = seekParent(node->items.back().get(), slot);
            }
            break;
        case NodeType::Path: {
            node->tuple = true;
            int index = int(node->items.size()) - 1;
            slot = seekParent(node->items[size_t(index--)].get(), slot);
            while (slot->level > 0 && index >= 0)
                slot = seekParent(node->items[size_t(index--)].get(), slot);
            break;
        }
        default:
            throwError(u"S0217"_s, node->position, node->str);
        }
        return slot;
    }

    static void pushAncestry(Node *result, const Node *value)
    {
        if (!value)
            return;
        if (!value->seekingParent.empty() || value->type == NodeType::Parent) {
            auto slotList = value->seekingParent;
            if (value->type == NodeType::Parent)
                slotList.push_back(value->slot);
            result->seekingParent.insert(result->seekingParent.end(), slotList.begin(), slotList.end());
        }
    }

    void resolveAncestry(Node *path)
    {
        int index = int(path->items.size()) - 1;
        Node *laststep = path->items[size_t(index)].get();
        auto slotList = laststep->seekingParent;
        if (laststep->type == NodeType::Parent)
            slotList.push_back(laststep->slot);
        for (auto slot : slotList) {
            index = int(path->items.size()) - 2;
            while (slot->level > 0) {
                if (index < 0) {
                    path->seekingParent.push_back(slot);
                    break;
                }
                Node *step = path->items[size_t(index--)].get();
                while (index >= 0 && !step->focus.isEmpty() && !path->items[size_t(index)]->focus.isEmpty())
                    step = path->items[size_t(index--)].get();
                slot = seekParent(step, slot);
            }
        }
    }

    static NodePtr makePath(NodePtr step)
    {
        auto p = std::make_shared<Node>();
        p->type = NodeType::Path;
        p->position = step->position;
        p->items.push_back(std::move(step));
        return p;
    }

    NodePtr processAst(const NodePtr &expr)
    {
        NodePtr result;
        switch (expr->type) {
        case NodeType::Dot: {
            NodePtr lstep = processAst(expr->lhs);
            if (lstep->type == NodeType::Path) {
                result = lstep;
            } else {
                result = makePath(lstep);
            }
            if (lstep->type == NodeType::Parent)
                result->seekingParent = {lstep->slot};
            NodePtr rest = processAst(expr->rhs);
            if (rest->type == NodeType::Path) {
                result->items.insert(result->items.end(), rest->items.begin(), rest->items.end());
            } else {
                if (!rest->predicates.empty()) {
                    rest->stages = std::move(rest->predicates);
                    rest->predicates.clear();
                }
                result->items.push_back(rest);
            }
            for (auto &step : result->items) {
                if (step->type == NodeType::Number || step->type == NodeType::Literal)
                    throwError(u"S0213"_s, step->position, step->str,
                               u"The literal value "_s + step->str
                                   + u" cannot be used as a step within a path expression"_s);
                if (step->type == NodeType::String) {
                    step->type = NodeType::Name;
                    step->str = step->literal.toStr();
                }
            }
            for (const auto &step : result->items) {
                if (step->keepArray)
                    result->keepSingletonArray = true;
            }
            if (result->items.front()->type == NodeType::ArrayCons)
                result->items.front()->consarray = true;
            if (result->items.back()->type == NodeType::ArrayCons)
                result->items.back()->consarray = true;
            resolveAncestry(result.get());
            break;
        }
        case NodeType::Filter: {
            result = processAst(expr->lhs);
            Node *step = result.get();
            bool stagesMode = false;
            if (result->type == NodeType::Path) {
                step = result->items.back().get();
                stagesMode = true;
            }
            if (step->group)
                throwError(u"S0209"_s, expr->position);
            NodePtr predicate = processAst(expr->rhs);
            if (!predicate->seekingParent.empty()) {
                for (auto &slot : predicate->seekingParent) {
                    if (slot->level == 1)
                        seekParent(step, slot);
                    else
                        slot->level--;
                }
                pushAncestry(step, predicate.get());
            }
            Stage stage;
            stage.kind = Stage::Filter;
            stage.expr = predicate;
            stage.position = expr->position;
            (stagesMode ? step->stages : step->predicates).push_back(stage);
            break;
        }
        case NodeType::Group: {
            result = processAst(expr->lhs);
            if (result->group)
                throwError(u"S0210"_s, expr->position);
            auto group = std::make_shared<GroupSpec>();
            group->position = expr->position;
            for (const auto &pair : expr->pairs)
                group->pairs.emplace_back(processAst(pair.first), processAst(pair.second));
            result->group = group;
            break;
        }
        case NodeType::OrderBy: {
            result = processAst(expr->lhs);
            if (result->type != NodeType::Path)
                result = makePath(result);
            auto sortStep = std::make_shared<Node>();
            sortStep->type = NodeType::Sort;
            sortStep->position = expr->position;
            for (const auto &term : expr->terms) {
                SortTerm t;
                t.descending = term.descending;
                t.expr = processAst(term.expr);
                pushAncestry(sortStep.get(), t.expr.get());
                sortStep->terms.push_back(t);
            }
            result->items.push_back(sortStep);
            resolveAncestry(result.get());
            break;
        }
        case NodeType::Bind: {
            result = std::make_shared<Node>(*expr);
            result->lhs = processAst(expr->lhs);
            result->rhs = processAst(expr->rhs);
            pushAncestry(result.get(), result->rhs.get());
            break;
        }
        case NodeType::FocusBind: {
            result = processAst(expr->lhs);
            Node *step = result.get();
            if (result->type == NodeType::Path)
                step = result->items.back().get();
            if (!step->stages.empty() || !step->predicates.empty())
                throwError(u"S0215"_s, expr->position, u"@"_s);
            if (step->type == NodeType::Sort)
                throwError(u"S0216"_s, expr->position, u"@"_s);
            if (expr->keepArray)
                step->keepArray = true;
            step->focus = expr->rhs->str;
            step->tuple = true;
            break;
        }
        case NodeType::IndexBind: {
            result = processAst(expr->lhs);
            Node *step = result.get();
            if (result->type == NodeType::Path) {
                step = result->items.back().get();
            } else {
                result = makePath(result);
                if (!step->predicates.empty()) {
                    step->stages = std::move(step->predicates);
                    step->predicates.clear();
                }
            }
            if (step->stages.empty()) {
                step->index = expr->rhs->str;
            } else {
                Stage stage;
                stage.kind = Stage::Index;
                stage.name = expr->rhs->str;
                stage.position = expr->position;
                step->stages.push_back(stage);
            }
            step->tuple = true;
            break;
        }
        case NodeType::Apply: {
            result = std::make_shared<Node>(*expr);
            result->lhs = processAst(expr->lhs);
            result->rhs = processAst(expr->rhs);
            pushAncestry(result.get(), result->lhs.get());
            pushAncestry(result.get(), result->rhs.get());
            break;
        }
        case NodeType::Binary: {
            result = std::make_shared<Node>(*expr);
            result->lhs = processAst(expr->lhs);
            result->rhs = processAst(expr->rhs);
            pushAncestry(result.get(), result->lhs.get());
            pushAncestry(result.get(), result->rhs.get());
            break;
        }
        case NodeType::ArrayCons: {
            result = std::make_shared<Node>(*expr);
            result->keepArray = false;
            for (auto &item : result->items) {
                item = processAst(item);
                pushAncestry(result.get(), item.get());
            }
            break;
        }
        case NodeType::ObjectCons: {
            result = std::make_shared<Node>(*expr);
            result->keepArray = false;
            for (auto &pair : result->pairs) {
                pair.first = processAst(pair.first);
                pushAncestry(result.get(), pair.first.get());
                pair.second = processAst(pair.second);
                pushAncestry(result.get(), pair.second.get());
            }
            break;
        }
        case NodeType::Negate: {
            result = std::make_shared<Node>(*expr);
            result->keepArray = false;
            result->expr = processAst(expr->expr);
            if (result->expr->type == NodeType::Number) {
                result = result->expr;
                result->literal = Value::number(-result->literal.toDouble());
            } else {
                pushAncestry(result.get(), result->expr.get());
            }
            break;
        }
        case NodeType::Function:
        case NodeType::Partial: {
            result = std::make_shared<Node>(*expr);
            result->keepArray = false;
            for (auto &arg : result->items) {
                arg = processAst(arg);
                pushAncestry(result.get(), arg.get());
            }
            result->procedure = processAst(expr->procedure);
            break;
        }
        case NodeType::Lambda: {
            result = std::make_shared<Node>(*expr);
            result->keepArray = false;
            result->body = tailCallOptimize(processAst(expr->body));
            break;
        }
        case NodeType::Condition:
        case NodeType::Coalesce:
        case NodeType::Elvis: {
            result = std::make_shared<Node>(*expr);
            result->keepArray = false;
            result->condition = processAst(expr->condition);
            pushAncestry(result.get(), result->condition.get());
            if (expr->thenExpr) {
                result->thenExpr = processAst(expr->thenExpr);
                pushAncestry(result.get(), result->thenExpr.get());
            }
            if (expr->elseExpr) {
                result->elseExpr = processAst(expr->elseExpr);
                pushAncestry(result.get(), result->elseExpr.get());
            }
            break;
        }
        case NodeType::Transform: {
            result = std::make_shared<Node>(*expr);
            result->pattern = processAst(expr->pattern);
            result->update = processAst(expr->update);
            if (expr->remove)
                result->remove = processAst(expr->remove);
            break;
        }
        case NodeType::Block: {
            result = std::make_shared<Node>(*expr);
            result->keepArray = false;
            for (auto &item : result->items) {
                item = processAst(item);
                pushAncestry(result.get(), item.get());
                if (item->consarray || (item->type == NodeType::Path && item->items.front()->consarray))
                    result->consarray = true;
            }
            break;
        }
        case NodeType::Name:
            result = makePath(expr);
            if (expr->keepArray)
                result->keepSingletonArray = true;
            break;
        case NodeType::Parent: {
            result = std::make_shared<Node>(*expr);
            result->slot = std::make_shared<Slot>();
            result->slot->label = u"!"_s + QString::number(m_ancestorLabel++);
            result->slot->level = 1;
            result->slot->index = m_ancestorIndex++;
            m_ancestry.push_back(result);
            break;
        }
        case NodeType::Variable:
            expr->builtin = builtinFunction(expr->str);
            if (expr->builtin)
                m_builtinRefs.push_back(expr.get());
            result = expr;
            break;
        case NodeType::String:
        case NodeType::Number:
        case NodeType::Literal:
        case NodeType::Wildcard:
        case NodeType::Descendant:
        case NodeType::Regex:
        case NodeType::Placeholder:
            result = expr;
            break;
        case NodeType::Operator:
            expr->type = NodeType::Name;
            result = processAst(expr);
            break;
        case NodeType::End:
            throwError(u"S0207"_s, expr->position, {}, u"The expression ended unexpectedly"_s);
        default:
            throwError(u"S0206"_s, expr->position, expr->str);
        }
        if (expr->keepArray)
            result->keepArray = true;
        return result;
    }

    const QString &m_text;
    Tokenizer m_lexer;
    Token m_node;
    int m_nesting = 0;
    QSet<QString> m_boundNames; // names bound by :=, parameters, @ and #
    std::vector<Node *> m_builtinRefs;
    int m_ancestorLabel = 0;
    int m_ancestorIndex = 0;
    std::vector<NodePtr> m_ancestry;
};

} // namespace

NodePtr parseExpression(const QString &text)
{
    Parser parser(text);
    return parser.parse();
}

} // namespace LedgerLink::Expr
