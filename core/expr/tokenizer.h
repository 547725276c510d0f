#pragma once

#include "value.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QString>

#include <memory>

namespace LedgerLink::Expr {

enum class TokenKind : quint8 { Operator, Name, Variable, String, Number, Value, Regex, End };

// One token of an expression; `position` is the offset just after the token (as jsonata-js).
struct Token
{
    TokenKind kind = TokenKind::End;
    QString value;
    Value literal;
    std::shared_ptr<const QRegularExpression> regex;
    int position = 0;
};

// The JSONata tokenizer: one token at a time, regex literals recognised where an operand is
// expected (infix == false). Throws Error (S01xx, S0301, S0302).
class Tokenizer
{
public:
    explicit Tokenizer(const QString &text)
        : m_text(text)
    { }
    // Returns false at the end of the input.
    bool next(bool infix, Token *token);

private:
    QChar charAt(int i) const { return i < m_text.size() && i >= 0 ? m_text[i] : QChar(); }
    void scanRegex(Token *token);

    const QString &m_text;
    int m_pos = 0;
};

} // namespace LedgerLink::Expr
