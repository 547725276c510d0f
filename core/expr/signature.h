#pragma once

#include "value.h"

#include <QtCore/QRegularExpression>
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

    // Returns the validated argument list or throws Error T0410/T0411/T0412.
    ValueList validate(const ValueList &args, const Value &context, const QString &functionName) const;
    int paramCount() const { return int(m_params.size()); }

private:
    struct Param
    {
        QString regex;
        QChar type;
        QString subtype;
        bool context = false;
        QString contextRegex;
        bool array = false;
    };
    std::vector<Param> m_params;
    QRegularExpression m_regex;
};

QChar typeSymbol(const Value &v);

} // namespace LedgerLink::Expr
