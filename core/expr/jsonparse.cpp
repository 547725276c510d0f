// A small JSON reader producing Values directly. Unlike QJsonDocument it keeps the key order
// of objects (JSONata output and $keys/$each/$string follow document order) and reads integer
// literals that fit in 64 bits exactly.
#include "value.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace LedgerLink::Expr {

namespace {

class JsonReader
{
public:
    explicit JsonReader(QStringView text)
        : m_text(text)
    { }

    std::optional<Value> parseDocument(QString *error)
    {
        try {
            skipSpace();
            Value v = parseValue(0);
            skipSpace();
            if (m_pos != m_text.size())
                fail(u"unexpected text after the JSON value"_s);
            return v;
        } catch (const QString &message) {
            if (error)
                *error = message + u" at offset %1"_s.arg(m_pos);
            return std::nullopt;
        }
    }

private:
    [[noreturn]] void fail(const QString &message) { throw message; }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r')
                ++m_pos;
            else
                break;
        }
    }

    bool consume(QLatin1StringView word)
    {
        if (m_text.mid(m_pos).startsWith(word)) {
            m_pos += word.size();
            return true;
        }
        return false;
    }

    Value parseValue(int depth)
    {
        if (depth > 512)
            fail(u"the JSON document is nested too deeply"_s);
        if (m_pos >= m_text.size())
            fail(u"unexpected end of the JSON document"_s);
        const QChar c = m_text[m_pos];
        switch (c.unicode()) {
        case '{':
            return parseObject(depth);
        case '[':
            return parseArray(depth);
        case '"':
            return Value::string(parseString());
        case 't':
            if (consume("true"_L1))
                return Value::boolean(true);
            break;
        case 'f':
            if (consume("false"_L1))
                return Value::boolean(false);
            break;
        case 'n':
            if (consume("null"_L1))
                return Value::null();
            break;
        default:
            if (c == u'-' || (c >= u'0' && c <= u'9'))
                return parseNumber();
        }
        fail(u"unexpected character in the JSON document"_s);
    }

    Value parseObject(int depth)
    {
        ++m_pos;
        auto data = std::make_shared<ObjectData>();
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == u'}') {
            ++m_pos;
            return Value::object(std::move(data));
        }
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != u'"')
                fail(u"expected a key in the JSON object"_s);
            const QString key = parseString();
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != u':')
                fail(u"expected : in the JSON object"_s);
            ++m_pos;
            skipSpace();
            data->insert(key, parseValue(depth + 1));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == u',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == u'}') {
                ++m_pos;
                return Value::object(std::move(data));
            }
            fail(u"expected , or } in the JSON object"_s);
        }
    }

    Value parseArray(int depth)
    {
        ++m_pos;
        ValueList items;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == u']') {
            ++m_pos;
            return Value::array(std::move(items));
        }
        for (;;) {
            skipSpace();
            items.push_back(parseValue(depth + 1));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == u',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == u']') {
                ++m_pos;
                return Value::array(std::move(items));
            }
            fail(u"expected , or ] in the JSON array"_s);
        }
    }

    QString parseString()
    {
        ++m_pos;
        QString out;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos++];
            if (c == u'"')
                return out;
            if (c != u'\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const QChar e = m_text[m_pos++];
            switch (e.unicode()) {
            case '"':
                out += u'"';
                break;
            case '\\':
                out += u'\\';
                break;
            case '/':
                out += u'/';
                break;
            case 'b':
                out += u'\b';
                break;
            case 'f':
                out += u'\f';
                break;
            case 'n':
                out += u'\n';
                break;
            case 'r':
                out += u'\r';
                break;
            case 't':
                out += u'\t';
                break;
            case 'u': {
                bool ok = false;
                const uint code = m_text.mid(m_pos, 4).toUInt(&ok, 16);
                if (!ok || m_pos + 4 > m_text.size())
                    fail(u"bad \\u escape in a JSON string"_s);
                out += QChar(char16_t(code));
                m_pos += 4;
                break;
            }
            default:
                fail(u"bad escape in a JSON string"_s);
            }
        }
        fail(u"unterminated JSON string"_s);
    }

    Value parseNumber()
    {
        const qsizetype start = m_pos;
        bool integral = true;
        if (m_text[m_pos] == u'-')
            ++m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c >= u'0' && c <= u'9') {
                ++m_pos;
            } else if (c == u'.' || c == u'e' || c == u'E' || c == u'+' || c == u'-') {
                integral = false;
                ++m_pos;
            } else {
                break;
            }
        }
        const QStringView text = m_text.mid(start, m_pos - start);
        bool ok = false;
        if (integral) {
            const qint64 i = text.toLongLong(&ok);
            if (ok)
                return Value::integer(i);
        }
        const double d = text.toDouble(&ok);
        if (!ok || !std::isfinite(d))
            fail(u"bad number in the JSON document"_s);
        return Value::number(d);
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<Value> Value::fromJsonText(QStringView text, QString *error)
{
    return JsonReader(text).parseDocument(error);
}

} // namespace LedgerLink::Expr
