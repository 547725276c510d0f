#include "sandbox/graphqldocument.h"

#include <QtCore/QList>
#include <QtCore/QStringList>

#include <utility>

using namespace Qt::StringLiterals;

namespace LedgerLink::Sandbox::Graphql {

namespace {

/// Deep enough for any real document; protects the recursive descent against a stack overflow.
constexpr int maxDepth = 64;

enum class TokenKind { End, Punctuator, Name, Int, Float, String, Invalid };

struct Token
{
    TokenKind kind = TokenKind::End;
    QString text = {}; ///< punctuator, name, number as written, decoded string
    Location location = {};
};

/// Thrown inside the parser only; parseDocument() turns it into a SyntaxError.
struct ParseFailure
{
    SyntaxError error;
};

bool isNameStart(QChar c)
{
    return c == u'_' || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool isNameContinue(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// The lexer: one token of look-ahead, positions as line and column.
class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    { }

    Token next()
    {
        skipIgnored();
        Token token;
        token.location = here();
        if (m_pos >= m_text.size())
            return token;
        const QChar c = m_text.at(m_pos);
        if (c == u'.') {
            if (m_text.mid(m_pos, 3) != u"...")
                fail(u"syntax error, unexpected invalid token (\".\")"_s, token.location);
            m_pos += 3;
            token.kind = TokenKind::Punctuator;
            token.text = u"..."_s;
            return token;
        }
        if (QStringView(u"!$&()=:@[]{}|").contains(c)) {
            ++m_pos;
            token.kind = TokenKind::Punctuator;
            token.text = c;
            return token;
        }
        if (isNameStart(c)) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && isNameContinue(m_text.at(m_pos)))
                ++m_pos;
            token.kind = TokenKind::Name;
            token.text = m_text.mid(start, m_pos - start);
            return token;
        }
        if (c == u'-' || isDigit(c))
            return number(token);
        if (c == u'"')
            return m_text.mid(m_pos, 3) == u"\"\"\"" ? blockString(token) : string(token);
        ++m_pos;
        token.kind = TokenKind::Invalid;
        token.text = c;
        return token;
    }

    [[noreturn]] static void fail(const QString &message, Location location)
    {
        throw ParseFailure{SyntaxError{message % u" at ["_s % QString::number(location.line) % u", "_s
                                           % QString::number(location.column) % u']',
                                       location}};
    }

private:
    Location here() const { return Location{m_line, int(m_pos - m_lineStart) + 1}; }

    void newLine(qsizetype at)
    {
        ++m_line;
        m_lineStart = at;
    }

    void skipIgnored()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u' ' || c == u'\t' || c == u',' || c == QChar(0xFEFF)) {
                ++m_pos;
            } else if (c == u'\n') {
                newLine(++m_pos);
            } else if (c == u'\r') {
                ++m_pos;
                if (m_pos < m_text.size() && m_text.at(m_pos) == u'\n')
                    ++m_pos;
                newLine(m_pos);
            } else if (c == u'#') {
                while (m_pos < m_text.size() && m_text.at(m_pos) != u'\n' && m_text.at(m_pos) != u'\r')
                    ++m_pos;
            } else {
                return;
            }
        }
    }

    Token number(Token &token)
    {
        const qsizetype start = m_pos;
        auto digits = [this] {
            const qsizetype from = m_pos;
            while (m_pos < m_text.size() && isDigit(m_text.at(m_pos)))
                ++m_pos;
            return m_pos > from;
        };
        if (m_text.at(m_pos) == u'-')
            ++m_pos;
        const qsizetype intStart = m_pos;
        if (!digits() || (m_text.at(intStart) == u'0' && m_pos - intStart > 1))
            fail(u"syntax error, unexpected invalid token (\""_s % m_text.mid(start, m_pos - start + 1)
                     % u"\")"_s,
                 token.location);
        token.kind = TokenKind::Int;
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'.') {
            ++m_pos;
            token.kind = TokenKind::Float;
            if (!digits())
                fail(u"syntax error, unexpected invalid token (\""_s % m_text.mid(start, m_pos - start)
                         % u"\")"_s,
                     token.location);
        }
        if (m_pos < m_text.size() && (m_text.at(m_pos) == u'e' || m_text.at(m_pos) == u'E')) {
            ++m_pos;
            token.kind = TokenKind::Float;
            if (m_pos < m_text.size() && (m_text.at(m_pos) == u'+' || m_text.at(m_pos) == u'-'))
                ++m_pos;
            if (!digits())
                fail(u"syntax error, unexpected invalid token (\""_s % m_text.mid(start, m_pos - start)
                         % u"\")"_s,
                     token.location);
        }
        // "123abc" and "1.2.3" are not two tokens.
        if (m_pos < m_text.size() && (isNameStart(m_text.at(m_pos)) || m_text.at(m_pos) == u'.'))
            fail(u"syntax error, unexpected invalid token (\""_s % m_text.mid(start, m_pos - start + 1)
                     % u"\")"_s,
                 token.location);
        token.text = m_text.mid(start, m_pos - start);
        return token;
    }

    Token string(Token &token)
    {
        ++m_pos; // the opening quote
        QString value;
        while (true) {
            if (m_pos >= m_text.size() || m_text.at(m_pos) == u'\n' || m_text.at(m_pos) == u'\r')
                fail(u"syntax error, unexpected unterminated string"_s, token.location);
            const QChar c = m_text.at(m_pos++);
            if (c == u'"')
                break;
            if (c != u'\\') {
                value += c;
                continue;
            }
            if (m_pos >= m_text.size())
                fail(u"syntax error, unexpected unterminated string"_s, token.location);
            const QChar escaped = m_text.at(m_pos++);
            switch (escaped.unicode()) {
            case u'"':
            case u'\\':
            case u'/':
                value += escaped;
                break;
            case u'b':
                value += u'\b';
                break;
            case u'f':
                value += u'\f';
                break;
            case u'n':
                value += u'\n';
                break;
            case u'r':
                value += u'\r';
                break;
            case u't':
                value += u'\t';
                break;
            case u'u': {
                bool ok = false;
                const uint code = m_text.mid(m_pos, 4).toUInt(&ok, 16);
                if (!ok || m_text.mid(m_pos, 4).size() != 4)
                    fail(u"syntax error, unexpected bad unicode escape in string"_s, token.location);
                m_pos += 4;
                value += QChar(char16_t(code));
                break;
            }
            default:
                fail(u"syntax error, unexpected bad escape \"\\"_s % escaped % u"\" in string"_s,
                     token.location);
            }
        }
        token.kind = TokenKind::String;
        token.text = value;
        return token;
    }

    /// """...""": raw text, \""" the only escape, common indentation and blank first and last
    /// lines removed (the spec's BlockStringValue()).
    Token blockString(Token &token)
    {
        m_pos += 3;
        QString raw;
        while (true) {
            if (m_pos >= m_text.size())
                fail(u"syntax error, unexpected unterminated string"_s, token.location);
            if (m_text.mid(m_pos, 3) == u"\"\"\"") {
                m_pos += 3;
                break;
            }
            if (m_text.mid(m_pos, 4) == u"\\\"\"\"") {
                raw += u"\"\"\""_s;
                m_pos += 4;
                continue;
            }
            const QChar c = m_text.at(m_pos++);
            if (c == u'\n' || (c == u'\r' && (m_pos >= m_text.size() || m_text.at(m_pos) != u'\n')))
                newLine(m_pos);
            raw += c;
        }
        QStringList lines = raw.split(QChar(u'\n'));
        for (QString &line : lines) {
            if (line.endsWith(u'\r'))
                line.chop(1);
        }
        qsizetype common = -1;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            qsizetype indent = 0;
            while (indent < line.size() && (line.at(indent) == u' ' || line.at(indent) == u'\t'))
                ++indent;
            if (indent < line.size() && (common < 0 || indent < common))
                common = indent;
        }
        for (qsizetype i = 1; common > 0 && i < lines.size(); ++i)
            lines[i] = lines.at(i).mid(common);
        while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
            lines.removeFirst();
        while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
            lines.removeLast();
        token.kind = TokenKind::String;
        token.text = lines.join(u'\n');
        return token;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
};

/// Recursive descent over the executable-definition grammar.
class Parser
{
public:
    explicit Parser(const QString &text)
        : m_lexer(text)
    {
        advance();
    }

    Document document()
    {
        Document document;
        if (m_token.kind == TokenKind::End)
            unexpected(u"a query, mutation or fragment"_s);
        while (m_token.kind != TokenKind::End) {
            if (isPunctuator(u"{")) {
                Operation operation;
                operation.kind = u"query"_s;
                operation.location = m_token.location;
                operation.selections = selectionSet(0);
                document.operations.push_back(std::move(operation));
            } else if (isName(u"query") || isName(u"mutation")) {
                document.operations.push_back(operation());
            } else if (isName(u"fragment")) {
                document.fragments.push_back(fragment());
            } else if (isName(u"subscription")) {
                Lexer::fail(u"syntax error, unexpected subscription: the sandbox store answers queries and "
                            "mutations only"_s,
                            m_token.location);
            } else {
                unexpected(u"a query, mutation or fragment"_s);
            }
        }
        return document;
    }

private:
    void advance() { m_token = m_lexer.next(); }

    bool isPunctuator(QStringView text) const
    {
        return m_token.kind == TokenKind::Punctuator && m_token.text == text;
    }
    bool isName(QStringView text) const { return m_token.kind == TokenKind::Name && m_token.text == text; }

    /// The bison-style token name graphql-ruby reports.
    static QString describe(const Token &token)
    {
        static const QList<std::pair<QString, QString>> punctuators{
            {u"{"_s, u"LCURLY"_s},   {u"}"_s, u"RCURLY"_s},    {u"("_s, u"LPAREN"_s},   {u")"_s, u"RPAREN"_s},
            {u"["_s, u"LBRACKET"_s}, {u"]"_s, u"RBRACKET"_s},  {u":"_s, u"COLON"_s},    {u"!"_s, u"BANG"_s},
            {u"$"_s, u"VAR_SIGN"_s}, {u"="_s, u"EQUALS"_s},    {u"@"_s, u"DIR_SIGN"_s}, {u"&"_s, u"AMP"_s},
            {u"|"_s, u"PIPE"_s},     {u"..."_s, u"ELLIPSIS"_s}};
        switch (token.kind) {
        case TokenKind::End:
            return u"end of file"_s;
        case TokenKind::Name:
            return u"IDENTIFIER (\""_s % token.text % u"\")"_s;
        case TokenKind::Int:
            return u"INT (\""_s % token.text % u"\")"_s;
        case TokenKind::Float:
            return u"FLOAT (\""_s % token.text % u"\")"_s;
        case TokenKind::String:
            return u"STRING"_s;
        case TokenKind::Invalid:
            return u"invalid token (\""_s % token.text % u"\")"_s;
        case TokenKind::Punctuator:
            for (const auto &[text, name] : punctuators) {
                if (text == token.text)
                    return name % u" (\""_s % text % u"\")"_s;
            }
        }
        return token.text;
    }

    [[noreturn]] void unexpected(const QString &expecting) const
    {
        Lexer::fail(u"syntax error, unexpected "_s % describe(m_token) % u", expecting "_s % expecting,
                    m_token.location);
    }

    void expectPunctuator(QStringView text)
    {
        if (!isPunctuator(text))
            unexpected(u'"' + text.toString() + u'"');
        advance();
    }

    QString name(const QString &what = u"a name"_s)
    {
        if (m_token.kind != TokenKind::Name)
            unexpected(what);
        QString text = m_token.text;
        advance();
        return text;
    }

    void refuseDirective()
    {
        if (isPunctuator(u"@"))
            Lexer::fail(u"syntax error, unexpected DIR_SIGN (\"@\"): the sandbox store does not support "
                        "directives"_s,
                        m_token.location);
    }

    Operation operation()
    {
        Operation operation;
        operation.location = m_token.location;
        operation.kind = name();
        if (m_token.kind == TokenKind::Name)
            operation.name = name();
        if (isPunctuator(u"(")) {
            advance();
            if (isPunctuator(u")"))
                unexpected(u"a variable definition"_s);
            while (!isPunctuator(u")"))
                operation.variables.push_back(variableDefinition());
            advance();
        }
        refuseDirective();
        operation.selections = selectionSet(0);
        return operation;
    }

    VariableDefinition variableDefinition()
    {
        VariableDefinition definition;
        definition.location = m_token.location;
        expectPunctuator(u"$");
        definition.name = name();
        expectPunctuator(u":");
        definition.type = type(0);
        if (isPunctuator(u"=")) {
            advance();
            definition.defaultValue = value(true, 0);
        }
        refuseDirective();
        return definition;
    }

    QString type(int depth)
    {
        if (depth > maxDepth)
            Lexer::fail(u"syntax error, unexpected nesting deeper than 64 levels"_s, m_token.location);
        QString text;
        if (isPunctuator(u"[")) {
            advance();
            text = u'[' + type(depth + 1) + u']';
            expectPunctuator(u"]");
        } else {
            text = name(u"a type"_s);
        }
        if (isPunctuator(u"!")) {
            advance();
            text += u'!';
        }
        return text;
    }

    Fragment fragment()
    {
        Fragment fragment;
        fragment.location = m_token.location;
        advance(); // "fragment"
        if (isName(u"on"))
            unexpected(u"a fragment name"_s);
        fragment.name = name(u"a fragment name"_s);
        if (!isName(u"on"))
            unexpected(u"\"on\""_s);
        advance();
        fragment.typeCondition = name(u"a type"_s);
        refuseDirective();
        fragment.selections = selectionSet(0);
        return fragment;
    }

    SelectionSet selectionSet(int depth)
    {
        if (depth > maxDepth)
            Lexer::fail(u"syntax error, unexpected nesting deeper than 64 levels"_s, m_token.location);
        expectPunctuator(u"{");
        if (isPunctuator(u"}"))
            unexpected(u"a field or a fragment spread"_s);
        SelectionSet selections;
        while (!isPunctuator(u"}"))
            selections.push_back(selection(depth));
        advance();
        return selections;
    }

    Selection selection(int depth)
    {
        Selection selection;
        selection.location = m_token.location;
        if (isPunctuator(u"...")) {
            advance();
            if (isName(u"on") || isPunctuator(u"{") || isPunctuator(u"@"))
                Lexer::fail(u"syntax error, unexpected inline fragment: the sandbox store supports named "
                            "fragments only (fragment F on Type { ... } and ...F)"_s,
                            selection.location);
            selection.kind = Selection::Kind::FragmentSpread;
            selection.name = name(u"a fragment name"_s);
            refuseDirective();
            return selection;
        }
        selection.name = name(u"a field or a fragment spread"_s);
        if (isPunctuator(u":")) {
            advance();
            selection.alias = selection.name;
            selection.name = name(u"a field name"_s);
        }
        if (isPunctuator(u"(")) {
            advance();
            if (isPunctuator(u")"))
                unexpected(u"an argument"_s);
            while (!isPunctuator(u")")) {
                Argument argument;
                argument.location = m_token.location;
                argument.name = name(u"an argument name"_s);
                expectPunctuator(u":");
                argument.value = value(false, depth);
                selection.arguments.push_back(std::move(argument));
            }
            advance();
        }
        refuseDirective();
        if (isPunctuator(u"{"))
            selection.selections = selectionSet(depth + 1);
        return selection;
    }

    Value value(bool constant, int depth)
    {
        if (depth > maxDepth)
            Lexer::fail(u"syntax error, unexpected nesting deeper than 64 levels"_s, m_token.location);
        Value value;
        value.location = m_token.location;
        switch (m_token.kind) {
        case TokenKind::Int:
            value.kind = Value::Kind::Int;
            break;
        case TokenKind::Float:
            value.kind = Value::Kind::Float;
            break;
        case TokenKind::String:
            value.kind = Value::Kind::String;
            break;
        case TokenKind::Name:
            value.kind = m_token.text == u"true" || m_token.text == u"false" ? Value::Kind::Boolean
                : m_token.text == u"null"                                    ? Value::Kind::Null
                                                                             : Value::Kind::Enum;
            break;
        case TokenKind::Punctuator:
            if (m_token.text == u"$" && !constant) {
                advance();
                value.kind = Value::Kind::Variable;
                value.text = name(u"a variable name"_s);
                return value;
            }
            if (m_token.text == u"[") {
                advance();
                value.kind = Value::Kind::List;
                while (!isPunctuator(u"]"))
                    value.items.push_back(this->value(constant, depth + 1));
                advance();
                return value;
            }
            if (m_token.text == u"{") {
                advance();
                value.kind = Value::Kind::Object;
                while (!isPunctuator(u"}")) {
                    value.names.push_back(name(u"an input field name"_s));
                    expectPunctuator(u":");
                    value.items.push_back(this->value(constant, depth + 1));
                }
                advance();
                return value;
            }
            unexpected(u"a value"_s);
        case TokenKind::End:
        case TokenKind::Invalid:
            unexpected(u"a value"_s);
        }
        value.text = m_token.text;
        advance();
        return value;
    }

    Lexer m_lexer;
    Token m_token;
};

} // namespace

const Argument *Selection::argument(const QString &argumentName) const
{
    for (const Argument &candidate : arguments) {
        if (candidate.name == argumentName)
            return &candidate;
    }
    return nullptr;
}

const VariableDefinition *Operation::variable(const QString &variableName) const
{
    for (const VariableDefinition &candidate : variables) {
        if (candidate.name == variableName)
            return &candidate;
    }
    return nullptr;
}

const Fragment *Document::fragment(const QString &name) const
{
    for (const Fragment &candidate : fragments) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

std::variant<Document, SyntaxError> parseDocument(const QString &text)
{
    try {
        Parser parser(text);
        return parser.document();
    } catch (const ParseFailure &failure) {
        return failure.error;
    }
}

QString namedType(const QString &type)
{
    QString name = type;
    name.remove(u'[').remove(u']').remove(u'!');
    return name;
}

bool isNonNull(const QString &type)
{
    return type.endsWith(u'!');
}

bool isList(const QString &type)
{
    return nullableType(type).startsWith(u'[');
}

QString listItemType(const QString &type)
{
    const QString list = nullableType(type);
    return list.mid(1, list.size() - 2);
}

QString nullableType(const QString &type)
{
    return isNonNull(type) ? type.chopped(1) : type;
}

} // namespace LedgerLink::Sandbox::Graphql
