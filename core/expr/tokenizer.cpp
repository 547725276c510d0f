#include "tokenizer.h"

#include "parser.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace LedgerLink::Expr {

namespace {

bool isOperatorChar(QChar c)
{
    switch (c.unicode()) {
    case '.':
    case '[':
    case ']':
    case '{':
    case '}':
    case '(':
    case ')':
    case ',':
    case '@':
    case '#':
    case ';':
    case ':':
    case '?':
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
    case '|':
    case '=':
    case '<':
    case '>':
    case '^':
    case '&':
    case '!':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\v';
}

} // namespace

bool Tokenizer::next(bool infix, Token *token)
{
    const int length = int(m_text.size());
    if (m_pos >= length)
        return false;
    QChar c = m_text[m_pos];
    while (m_pos < length && isSpace(c)) {
        ++m_pos;
        c = charAt(m_pos);
    }
    if (c == u'/' && charAt(m_pos + 1) == u'*') {
        const int start = m_pos;
        m_pos += 2;
        c = charAt(m_pos);
        while (!(c == u'*' && charAt(m_pos + 1) == u'/')) {
            c = charAt(++m_pos);
            if (m_pos >= length)
                throwError(u"S0106"_s, start);
        }
        m_pos += 2;
        return next(infix, token);
    }
    token->position = m_pos;
    token->literal = Value();
    if (m_pos >= length)
        return false;
    if (!infix && c == u'/') {
        ++m_pos;
        scanRegex(token);
        return true;
    }
    static const char *const doubles[] = {"..", ":=", "!=", ">=", "<=", "**", "~>", "?:", "??"};
    for (const char *d : doubles) {
        if (c == QLatin1Char(d[0]) && charAt(m_pos + 1) == QLatin1Char(d[1])) {
            m_pos += 2;
            token->kind = TokenKind::Operator;
            token->value = QString::fromLatin1(d);
            token->position = m_pos;
            return true;
        }
    }
    if (isOperatorChar(c)) {
        ++m_pos;
        token->kind = TokenKind::Operator;
        token->value = QString(c);
        token->position = m_pos;
        return true;
    }
    if (c == u'"' || c == u'\'') {
        const QChar quote = c;
        ++m_pos;
        QString s;
        while (m_pos < length) {
            c = m_text[m_pos];
            if (c == u'\\') {
                ++m_pos;
                c = charAt(m_pos);
                switch (c.unicode()) {
                case '"':
                    s += u'"';
                    break;
                case '\\':
                    s += u'\\';
                    break;
                case '/':
                    s += u'/';
                    break;
                case 'b':
                    s += u'\b';
                    break;
                case 'f':
                    s += u'\f';
                    break;
                case 'n':
                    s += u'\n';
                    break;
                case 'r':
                    s += u'\r';
                    break;
                case 't':
                    s += u'\t';
                    break;
                case 'u': {
                    const QString hex = m_text.mid(m_pos + 1, 4);
                    bool ok = hex.size() == 4;
                    for (const QChar h : hex)
                        ok = ok && (h.isDigit() || (h.toLower() >= u'a' && h.toLower() <= u'f'));
                    if (!ok)
                        throwError(u"S0104"_s, m_pos);
                    s += QChar(char16_t(hex.toUInt(nullptr, 16)));
                    m_pos += 4;
                    break;
                }
                default:
                    throwError(u"S0103"_s, m_pos, QString(c));
                }
            } else if (c == quote) {
                ++m_pos;
                token->kind = TokenKind::String;
                token->value = s;
                token->literal = Value::string(s);
                token->position = m_pos;
                return true;
            } else {
                s += c;
            }
            ++m_pos;
        }
        throwError(u"S0101"_s, m_pos);
    }
    if (c >= u'0' && c <= u'9') {
        int end = m_pos;
        auto digits = [&] {
            while (end < length && m_text[end] >= u'0' && m_text[end] <= u'9')
                ++end;
        };
        if (m_text[end] == u'0')
            ++end;
        else
            digits();
        if (end + 1 < length && m_text[end] == u'.' && m_text[end + 1] >= u'0' && m_text[end + 1] <= u'9') {
            ++end;
            digits();
        }
        if (end < length && (m_text[end] == u'e' || m_text[end] == u'E')) {
            int e = end + 1;
            if (e < length && (m_text[e] == u'+' || m_text[e] == u'-'))
                ++e;
            if (e < length && m_text[e] >= u'0' && m_text[e] <= u'9') {
                end = e;
                digits();
            }
        }
        const QString numText = m_text.mid(m_pos, end - m_pos);
        const double num = numText.toDouble();
        if (!std::isfinite(num))
            throwError(u"S0102"_s, m_pos, numText);
        m_pos = end;
        token->kind = TokenKind::Number;
        token->value = numText;
        token->literal = Value::number(num);
        token->position = m_pos;
        return true;
    }
    if (c == u'`') {
        ++m_pos;
        const int end = int(m_text.indexOf(u'`', m_pos));
        if (end != -1) {
            token->kind = TokenKind::Name;
            token->value = m_text.mid(m_pos, end - m_pos);
            m_pos = end + 1;
            token->position = m_pos;
            return true;
        }
        m_pos = length;
        throwError(u"S0105"_s, m_pos);
    }
    int i = m_pos;
    for (;;) {
        const QChar ch = charAt(i);
        if (i >= length || isSpace(ch) || isOperatorChar(ch)) {
            if (m_text[m_pos] == u'$') {
                token->kind = TokenKind::Variable;
                token->value = m_text.mid(m_pos + 1, i - m_pos - 1);
                m_pos = i;
                token->position = m_pos;
                return true;
            }
            const QString name = m_text.mid(m_pos, i - m_pos);
            m_pos = i;
            token->position = m_pos;
            if (name == u"or" || name == u"in" || name == u"and") {
                token->kind = TokenKind::Operator;
                token->value = name;
            } else if (name == u"true" || name == u"false") {
                token->kind = TokenKind::Value;
                token->value = name;
                token->literal = Value::boolean(name == u"true");
            } else if (name == u"null") {
                token->kind = TokenKind::Value;
                token->value = name;
                token->literal = Value::null();
            } else {
                if (m_pos == length && name.isEmpty())
                    return false;
                token->kind = TokenKind::Name;
                token->value = name;
            }
            return true;
        }
        ++i;
    }
}

void Tokenizer::scanRegex(Token *token)
{
    const int length = int(m_text.size());
    int start = m_pos;
    int depth = 0;
    auto isClosingSlash = [&](int pos) {
        if (m_text[pos] == u'/' && depth == 0) {
            int backslashes = 0;
            while (charAt(pos - (backslashes + 1)) == u'\\')
                ++backslashes;
            return backslashes % 2 == 0;
        }
        return false;
    };
    while (m_pos < length) {
        const QChar c = m_text[m_pos];
        if (isClosingSlash(m_pos)) {
            const QString pattern = m_text.mid(start, m_pos - start);
            if (pattern.isEmpty())
                throwError(u"S0301"_s, m_pos);
            ++m_pos;
            start = m_pos;
            QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption;
            while (charAt(m_pos) == u'i' || charAt(m_pos) == u'm') {
                options |= charAt(m_pos) == u'i' ? QRegularExpression::CaseInsensitiveOption
                                                 : QRegularExpression::MultilineOption;
                ++m_pos;
            }
            auto re = std::make_shared<QRegularExpression>(pattern, options);
            re->optimize();
            token->kind = TokenKind::Regex;
            token->value = pattern;
            token->regex = std::move(re);
            token->position = m_pos;
            return;
        }
        if ((c == u'(' || c == u'[' || c == u'{') && charAt(m_pos - 1) != u'\\')
            ++depth;
        if ((c == u')' || c == u']' || c == u'}') && charAt(m_pos - 1) != u'\\')
            --depth;
        ++m_pos;
    }
    throwError(u"S0302"_s, m_pos);
}

} // namespace LedgerLink::Expr
