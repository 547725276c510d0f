#pragma once

#include <QtCore/QString>

namespace LedgerLink::Expr {

// An error from compiling or evaluating an expression. `code` is the JSONata error code
// (S0201, T2001, D1001, U1001 ...), `position` the character offset in the expression text
// (-1 when unknown), `token` the offending token where there is one, `message` plain English.
struct Error
{
    QString code;
    int position = -1;
    QString token;
    QString message;
};

} // namespace LedgerLink::Expr
