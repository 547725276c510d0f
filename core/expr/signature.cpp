#include "signature.h"

#include "error.h"
#include "parser.h"

#include <QtCore/QVarLengthArray>

using namespace Qt::StringLiterals;

namespace LedgerLink::Expr {

QChar typeSymbol(const Value &v)
{
    switch (v.type()) {
    case Value::Type::Function:
        return u'f';
    case Value::Type::String:
        return u's';
    case Value::Type::Int:
    case Value::Type::Double:
        return u'n';
    case Value::Type::Bool:
        return u'b';
    case Value::Type::Null:
        return u'l';
    case Value::Type::Array:
        return u'a';
    case Value::Type::Object:
        return u'o';
    case Value::Type::Undefined:
        return u'm';
    }
    return u'm';
}

namespace {

quint32 bits(QStringView symbols)
{
    quint32 b = 0;
    for (const QChar c : symbols) {
        if (c >= u'a' && c <= u'z')
            b |= 1u << (c.unicode() - 'a');
    }
    return b;
}

int findClosing(const QString &s, int start, QChar open, QChar close)
{
    int depth = 1;
    for (int pos = start + 1; pos < s.size(); ++pos) {
        if (s[pos] == open)
            ++depth;
        else if (s[pos] == close && --depth == 0)
            return pos;
    }
    return -1;
}

QString arrayTypeName(const QString &subtype)
{
    switch (subtype.isEmpty() ? u'x' : subtype[0].unicode()) {
    case 's':
        return u"strings"_s;
    case 'n':
        return u"numbers"_s;
    case 'b':
        return u"booleans"_s;
    case 'l':
        return u"nulls"_s;
    case 'o':
        return u"objects"_s;
    case 'a':
        return u"arrays"_s;
    case 'f':
        return u"functions"_s;
    default:
        return u"values"_s;
    }
}

} // namespace

std::shared_ptr<const Signature> Signature::parse(const QString &text)
{
    auto sig = std::make_shared<Signature>();
    int position = 1; // skip '<'
    Param param;
    bool haveParam = false;
    auto next = [&] {
        sig->m_params.push_back(param);
        param = Param();
        haveParam = false;
    };
    auto prev = [&]() -> Param & {
        return sig->m_params.back();
    };
    while (position < text.size()) {
        const QChar symbol = text[position];
        if (symbol == u':')
            break;
        switch (symbol.unicode()) {
        case 's':
        case 'n':
        case 'b':
        case 'l':
        case 'o':
            param.allowed = bits(QString(QString(symbol) + u'm'));
            param.type = symbol;
            haveParam = true;
            next();
            break;
        case 'a':
            param.allowed = bits(u"asnblfom");
            param.type = symbol;
            param.array = true;
            next();
            break;
        case 'f':
            param.allowed = bits(u"f");
            param.type = symbol;
            next();
            break;
        case 'j':
            param.allowed = bits(u"asnblom");
            param.type = symbol;
            next();
            break;
        case 'x':
            param.allowed = bits(u"asnblfom");
            param.type = symbol;
            next();
            break;
        case '-':
            if (!sig->m_params.empty()) {
                prev().context = true;
                prev().contextAllowed = prev().allowed;
                prev().quantifier = '?';
            }
            break;
        case '?':
        case '+':
            if (!sig->m_params.empty())
                prev().quantifier = char(symbol.unicode());
            break;
        case '(': {
            const int end = findClosing(text, position, u'(', u')');
            const QString choice = text.mid(position + 1, end - position - 1);
            if (choice.contains(u'<'))
                throwError(u"S0402"_s, position);
            param.allowed = bits(QString(choice + u'm'));
            param.type = u'(';
            param.subtype = choice;
            position = end;
            next();
            break;
        }
        case '<': {
            if (sig->m_params.empty() || (prev().type != u'a' && prev().type != u'f'))
                throwError(u"S0401"_s, position);
            const int end = findClosing(text, position, u'<', u'>');
            prev().subtype = text.mid(position + 1, end - position - 1);
            position = end;
            break;
        }
        default:
            break;
        }
        ++position;
    }
    Q_UNUSED(haveParam);
    return sig;
}

bool Signature::matchFrom(size_t pi, qsizetype si, QStringView symbols, size_t paramEnd, bool anchored,
                          int *counts, qsizetype *consumed) const
{
    if (pi == paramEnd) {
        if (anchored && si != symbols.size())
            return false;
        if (consumed)
            *consumed = si;
        return true;
    }
    const Param &p = m_params[pi];
    auto accepts = [&](qsizetype at) {
        return at < symbols.size() && (p.allowed & (1u << (symbols[at].unicode() - 'a'))) != 0;
    };
    if (p.quantifier == '+') {
        qsizetype n = 0;
        while (accepts(si + n))
            ++n;
        for (; n >= 1; --n) {
            counts[pi] = int(n);
            if (matchFrom(pi + 1, si + n, symbols, paramEnd, anchored, counts, consumed))
                return true;
        }
        return false;
    }
    if (accepts(si)) {
        counts[pi] = 1;
        if (matchFrom(pi + 1, si + 1, symbols, paramEnd, anchored, counts, consumed))
            return true;
    }
    if (p.quantifier == '?') {
        counts[pi] = 0;
        return matchFrom(pi + 1, si, symbols, paramEnd, anchored, counts, consumed);
    }
    return false;
}

void Signature::validate(const ValueList &args, const Value &context, const QString &functionName,
                         ValueList &validated) const
{
    QVarLengthArray<QChar, 16> symbolBuffer;
    for (const auto &arg : args)
        symbolBuffer.append(typeSymbol(arg));
    const QStringView supplied(symbolBuffer.constData(), symbolBuffer.size());
    QVarLengthArray<int, 16> counts(qsizetype(m_params.size()) + 1, 0);
    if (!matchFrom(0, 0, supplied, m_params.size(), true, counts.data(), nullptr)) {
        // find the first argument that breaks the pattern
        qsizetype goodTo = 0;
        for (size_t end = 1; end <= m_params.size(); ++end) {
            QVarLengthArray<int, 16> partial(qsizetype(m_params.size()) + 1, 0);
            qsizetype consumed = 0;
            if (!matchFrom(0, 0, supplied, end, false, partial.data(), &consumed))
                break;
            goodTo = consumed;
        }
        const Value bad = goodTo < qsizetype(args.size()) ? args[size_t(goodTo)] : Value();
        throwError(
            u"T0410"_s, -1, functionName,
            u"Argument %1 of function %2 does not match the function's signature: it is %3"_s.arg(goodTo + 1)
                .arg(u'$' + functionName, describeValue(bad)));
    }
    validated.clear();
    size_t argIndex = 0;
    for (size_t index = 0; index < m_params.size(); ++index) {
        const Param &param = m_params[index];
        const int taken = counts[qsizetype(index)];
        if (taken == 0) {
            if (param.context) {
                const QChar ctxType = typeSymbol(context);
                if ((param.contextAllowed & (1u << (ctxType.unicode() - 'a'))) != 0) {
                    validated.push_back(context);
                } else {
                    throwError(
                        u"T0411"_s, -1, functionName,
                        u"The context value (%1) is not a compatible type with argument %2 of function %3"_s
                            .arg(describeValue(context))
                            .arg(argIndex + 1)
                            .arg(u'$' + functionName));
                }
            } else {
                validated.push_back(argIndex < args.size() ? args[argIndex] : Value());
                ++argIndex;
            }
            continue;
        }
        for (int t = 0; t < taken; ++t) {
            const QChar single = typeSymbol(argIndex < args.size() ? args[argIndex] : Value());
            Value arg = argIndex < args.size() ? args[argIndex] : Value();
            if (param.type == u'a') {
                if (single == u'm') {
                    arg = Value();
                } else {
                    bool arrayOk = true;
                    if (!param.subtype.isEmpty()) {
                        if (single != u'a' && QString(single) != param.subtype) {
                            arrayOk = false;
                        } else if (single == u'a' && arg.size() > 0) {
                            const QChar itemType = typeSymbol(arg.at(0));
                            if (itemType != param.subtype[0]) {
                                arrayOk = false;
                            } else {
                                for (const auto &item : arg.items()) {
                                    if (typeSymbol(item) != itemType) {
                                        arrayOk = false;
                                        break;
                                    }
                                }
                            }
                        }
                    }
                    if (!arrayOk) {
                        throwError(u"T0412"_s, -1, functionName,
                                   u"Argument %1 of function %2 must be an array of %3"_s.arg(argIndex + 1)
                                       .arg(u'$' + functionName, arrayTypeName(param.subtype)));
                    }
                    if (single != u'a')
                        arg = Value::array({arg});
                }
            }
            validated.push_back(arg);
            ++argIndex;
        }
    }
}

} // namespace LedgerLink::Expr
