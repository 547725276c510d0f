#pragma once

#include "ast.h"
#include "error.h"

#include <QtCore/QString>

namespace LedgerLink::Expr {

// Parses JSONata text into the evaluator's tree (tokenizer, Pratt parser, and the post-parse
// stage that flattens location paths, resolves parent slots and marks tail calls).
// Throws Error on a syntax error.
NodePtr parseExpression(const QString &text);

// Error helpers shared by the parser, the evaluator and the function library.
[[noreturn]] void throwError(const QString &code, int position, const QString &token = {},
                             const QString &detail = {});
QString describeValue(const Value &v);
QString standardMessage(const QString &code);

} // namespace LedgerLink::Expr
