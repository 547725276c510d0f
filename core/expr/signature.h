#pragma once

#include "value.h"

#include <QtCore/QString>

#include <vector>

namespace LedgerLink::Expr {

// A JSONata function signature such as <s-n?:s>, compiled to a regular expression over the
// argument type symbols exactly as jsonata-js does. validate() applies context substitution
// (-), optional (?) and one-or-more (+) parameters and wraps singletons for array parameters.
class Signature
{
public:
    // Throws Error (S0401, S0402) with the position relative to the signature start.
    static std::shared_ptr<const Signature> parse(const QString &text);

    // Writes the validated argument list to `out` (cleared first) or throws Error
    // T0410/T0411/T0412.
    void validate(const ValueList &args, const Value &context, const QString &functionName,
                  ValueList &out) const;
    int paramCount() const { return int(m_params.size()); }

private:
    struct Param
    {
        quint32 allowed = 0; // bit (c - 'a') for each accepted type symbol
        char quantifier = 0; // 0, '?' or '+'
        QChar type;
        QString subtype;
        bool context = false;
        quint32 contextAllowed = 0;
        bool array = false;
    };
    // Greedy backtracking match of the argument symbols against the parameters, in the order
    // a regular-expression engine would try (jsonata-js compiles signatures to a regex).
    // counts[i] receives the number of arguments taken by parameter i. anchored=false matches a
    // prefix and returns the consumed length through *consumed.
    bool matchFrom(size_t pi, qsizetype si, QStringView symbols, size_t paramEnd, bool anchored, int *counts,
                   qsizetype *consumed) const;
    std::vector<Param> m_params;
};

QChar typeSymbol(const Value &v);

} // namespace LedgerLink::Expr
