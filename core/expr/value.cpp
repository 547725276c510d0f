#include "value.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <charconv>
#include <cmath>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace LedgerLink::Expr {

namespace {
constexpr qsizetype IndexThreshold = 12;
const ValueList EmptyList;
const QString EmptyString;
const ObjectData EmptyObject;
} // namespace

const Value *ObjectData::find(const QString &key) const
{
    if (m_index) {
        const auto it = m_index->find(key);
        return it == m_index->end() ? nullptr : &m_entries[size_t(it->second)].second;
    }
    for (const auto &entry : m_entries) {
        if (entry.first == key)
            return &entry.second;
    }
    return nullptr;
}

void ObjectData::insert(const QString &key, Value value)
{
    if (m_index) {
        const auto it = m_index->find(key);
        if (it != m_index->end()) {
            m_entries[size_t(it->second)].second = std::move(value);
            return;
        }
    } else {
        for (auto &entry : m_entries) {
            if (entry.first == key) {
                entry.second = std::move(value);
                return;
            }
        }
    }
    m_entries.emplace_back(key, std::move(value));
    if (m_index)
        m_index->emplace(key, qsizetype(m_entries.size()) - 1);
    else if (qsizetype(m_entries.size()) > IndexThreshold)
        rebuildIndex();
}

void ObjectData::append(const QString &key, Value value)
{
    // no index for constructed objects: they are output far more often than they are searched
    m_entries.emplace_back(key, std::move(value));
    if (m_index)
        m_index->emplace(key, qsizetype(m_entries.size()) - 1);
}

bool ObjectData::remove(const QString &key)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->first == key) {
            m_entries.erase(it);
            if (m_index)
                rebuildIndex();
            return true;
        }
    }
    return false;
}

void ObjectData::rebuildIndex()
{
    m_index = std::make_unique<std::unordered_map<QString, qsizetype, TextHash>>();
    m_index->reserve(m_entries.size());
    for (size_t i = 0; i < m_entries.size(); ++i)
        m_index->emplace(m_entries[i].first, qsizetype(i));
}

Value Value::string(QString s)
{
    Value v;
    v.m_type = Type::String;
    v.m_str = std::move(s);
    return v;
}

Value Value::array(ValueList items, quint8 flags)
{
    Value v;
    v.m_type = Type::Array;
    v.m_flags = flags;
    v.m_ptr = std::make_shared<ValueList>(std::move(items));
    return v;
}

Value Value::object(std::shared_ptr<ObjectData> data)
{
    Value v;
    v.m_type = Type::Object;
    v.m_ptr = std::move(data);
    return v;
}

Value Value::object()
{
    return object(std::make_shared<ObjectData>());
}

Value Value::function(std::shared_ptr<const FunctionData> fn)
{
    Value v;
    v.m_type = Type::Function;
    v.m_ptr = std::const_pointer_cast<FunctionData>(std::move(fn));
    return v;
}

std::shared_ptr<const FunctionData> Value::fnShared() const
{
    return std::static_pointer_cast<const FunctionData>(m_ptr);
}

const QString &Value::toStr() const
{
    return m_type == Type::String ? m_str : EmptyString;
}

const ValueList &Value::items() const
{
    return m_type == Type::Array ? *static_cast<const ValueList *>(m_ptr.get()) : EmptyList;
}

ValueList &Value::mutableItems()
{
    if (m_type != Type::Array) {
        m_type = Type::Array;
        m_ptr = std::make_shared<ValueList>();
    } else if (m_ptr.use_count() > 1) {
        m_ptr = std::make_shared<ValueList>(*static_cast<const ValueList *>(m_ptr.get()));
    }
    return *static_cast<ValueList *>(m_ptr.get());
}

const ObjectData &Value::obj() const
{
    return m_type == Type::Object ? *static_cast<const ObjectData *>(m_ptr.get()) : EmptyObject;
}

ObjectData &Value::mutableObj()
{
    if (m_type != Type::Object) {
        m_type = Type::Object;
        m_ptr = std::make_shared<ObjectData>();
    } else if (m_ptr.use_count() > 1) {
        const auto *src = static_cast<const ObjectData *>(m_ptr.get());
        auto copy = std::make_shared<ObjectData>();
        for (const auto &entry : src->entries())
            copy->insert(entry.first, entry.second);
        m_ptr = std::move(copy);
    }
    return *static_cast<ObjectData *>(m_ptr.get());
}

QString Value::typeName() const
{
    switch (m_type) {
    case Type::Undefined:
        return QString();
    case Type::Null:
        return u"null"_s;
    case Type::Bool:
        return u"boolean"_s;
    case Type::Int:
    case Type::Double:
        return u"number"_s;
    case Type::String:
        return u"string"_s;
    case Type::Array:
        return u"array"_s;
    case Type::Object:
        return u"object"_s;
    case Type::Function:
        return u"function"_s;
    }
    return QString();
}

Value Value::fromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
        return null();
    case QJsonValue::Bool:
        return boolean(json.toBool());
    case QJsonValue::Double: {
        const QVariant var = json.toVariant();
        if (var.typeId() == QMetaType::LongLong || var.typeId() == QMetaType::Int)
            return integer(var.toLongLong());
        return number(json.toDouble());
    }
    case QJsonValue::String:
        return string(json.toString());
    case QJsonValue::Array: {
        const QJsonArray arr = json.toArray();
        ValueList items;
        items.reserve(size_t(arr.size()));
        for (const auto &item : arr)
            items.push_back(fromJson(item));
        return array(std::move(items));
    }
    case QJsonValue::Object: {
        const QJsonObject o = json.toObject();
        auto data = std::make_shared<ObjectData>();
        for (auto it = o.begin(); it != o.end(); ++it)
            data->insert(it.key(), fromJson(it.value()));
        return object(std::move(data));
    }
    case QJsonValue::Undefined:
        return {};
    }
    return {};
}

QJsonValue Value::toJson() const
{
    switch (m_type) {
    case Type::Undefined:
        return QJsonValue(QJsonValue::Undefined);
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return QJsonValue(m_bool);
    case Type::Int:
        return QJsonValue(m_int);
    case Type::Double:
        if (std::isfinite(m_double) && std::trunc(m_double) == m_double
            && std::fabs(m_double) < 9007199254740992.0)
            return QJsonValue(qint64(m_double));
        return QJsonValue(m_double);
    case Type::String:
        return QJsonValue(m_str);
    case Type::Array: {
        QJsonArray arr;
        for (const auto &item : items()) {
            if (item.isUndefined() || item.isFunction())
                continue;
            arr.append(item.toJson());
        }
        return arr;
    }
    case Type::Object: {
        QJsonObject o;
        for (const auto &entry : obj().entries()) {
            if (entry.second.isUndefined() || entry.second.isFunction())
                continue;
            o.insert(entry.first, entry.second.toJson());
        }
        return o;
    }
    case Type::Function:
        return QJsonValue(QJsonValue::Undefined);
    }
    return {};
}

bool deepEqual(const Value &a, const Value &b)
{
    if (a.isNumber() && b.isNumber()) {
        if (a.isInt() && b.isInt())
            return a.toInt() == b.toInt();
        return a.toDouble() == b.toDouble();
    }
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case Value::Type::Undefined:
    case Value::Type::Null:
        return true;
    case Value::Type::Bool:
        return a.toBool() == b.toBool();
    case Value::Type::String:
        return a.toStr() == b.toStr();
    case Value::Type::Array: {
        const auto &x = a.items();
        const auto &y = b.items();
        if (x.size() != y.size())
            return false;
        for (size_t i = 0; i < x.size(); ++i) {
            if (!deepEqual(x[i], y[i]))
                return false;
        }
        return true;
    }
    case Value::Type::Object: {
        const auto &x = a.obj();
        const auto &y = b.obj();
        if (x.size() != y.size())
            return false;
        for (const auto &entry : x.entries()) {
            const Value *other = y.find(entry.first);
            if (!other || !deepEqual(entry.second, *other))
                return false;
        }
        return true;
    }
    case Value::Type::Function:
        return a.fn() == b.fn();
    default:
        return false;
    }
}

QString formatJsNumber(double d)
{
    if (std::isnan(d))
        return u"NaN"_s;
    if (std::isinf(d))
        return d < 0 ? u"-Infinity"_s : u"Infinity"_s;
    if (d == 0)
        return u"0"_s;
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    const std::string_view text(buf, size_t(res.ptr - buf));
    // text: [-]d[.ddd]e(+|-)xx
    bool negative = text.front() == '-';
    const auto epos = text.find('e');
    std::string digits;
    for (size_t i = negative ? 1 : 0; i < epos; ++i) {
        if (text[i] != '.')
            digits.push_back(text[i]);
    }
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    const int exp10 = std::atoi(std::string(text.substr(epos + 1)).c_str());
    const int k = int(digits.size());
    const int n = exp10 + 1;
    std::string out;
    if (negative)
        out.push_back('-');
    if (k <= n && n <= 21) {
        out += digits;
        out.append(size_t(n - k), '0');
    } else if (0 < n && n <= 21) {
        out += digits.substr(0, size_t(n));
        out.push_back('.');
        out += digits.substr(size_t(n));
    } else if (-6 < n && n <= 0) {
        out += "0.";
        out.append(size_t(-n), '0');
        out += digits;
    } else {
        out.push_back(digits[0]);
        if (k > 1) {
            out.push_back('.');
            out += digits.substr(1);
        }
        out.push_back('e');
        out.push_back(n - 1 >= 0 ? '+' : '-');
        out += std::to_string(std::abs(n - 1));
    }
    return QString::fromLatin1(out.data(), qsizetype(out.size()));
}

namespace {

double toPrecision15(double d)
{
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf - 1, d, std::chars_format::scientific, 14);
    *res.ptr = '\0';
    return std::strtod(buf, nullptr);
}

void appendJsonString(QString &out, const QString &s)
{
    out.append(u'"');
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out.append(u"\\\"");
            break;
        case '\\':
            out.append(u"\\\\");
            break;
        case '\b':
            out.append(u"\\b");
            break;
        case '\f':
            out.append(u"\\f");
            break;
        case '\n':
            out.append(u"\\n");
            break;
        case '\r':
            out.append(u"\\r");
            break;
        case '\t':
            out.append(u"\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out.append(u"\\u00" % QString::number(c.unicode(), 16).rightJustified(2, u'0'));
            else
                out.append(c);
        }
    }
    out.append(u'"');
}

bool writeJson(QString &out, const Value &v, bool pretty, bool precision, int indent)
{
    switch (v.type()) {
    case Value::Type::Undefined:
    case Value::Type::Null:
        out.append(u"null");
        return true;
    case Value::Type::Bool:
        out.append(v.toBool() ? u"true"_s : u"false"_s);
        return true;
    case Value::Type::Int:
        out.append(QString::number(v.toInt()));
        return true;
    case Value::Type::Double: {
        const double d = v.toDouble();
        if (!std::isfinite(d)) {
            if (precision)
                return false;
            out.append(u"null");
            return true;
        }
        out.append(formatJsNumber(precision ? toPrecision15(d) : d));
        return true;
    }
    case Value::Type::String:
        appendJsonString(out, v.toStr());
        return true;
    case Value::Type::Function:
        out.append(u"\"\"");
        return true;
    case Value::Type::Array: {
        const auto &items = v.items();
        if (items.empty()) {
            out.append(u"[]");
            return true;
        }
        out.append(u'[');
        bool first = true;
        for (const auto &item : items) {
            if (!first)
                out.append(u',');
            first = false;
            if (pretty)
                out.append(u'\n' % QString(indent + 2, u' '));
            if (!writeJson(out, item, pretty, precision, indent + 2))
                return false;
        }
        if (pretty)
            out.append(u'\n' % QString(indent, u' '));
        out.append(u']');
        return true;
    }
    case Value::Type::Object: {
        bool first = true;
        out.append(u'{');
        for (const auto &entry : v.obj().entries()) {
            if (entry.second.isUndefined())
                continue;
            if (!first)
                out.append(u',');
            first = false;
            if (pretty)
                out.append(u'\n' % QString(indent + 2, u' '));
            appendJsonString(out, entry.first);
            out.append(pretty ? u": "_s : u":"_s);
            if (!writeJson(out, entry.second, pretty, precision, indent + 2))
                return false;
        }
        if (pretty && !first)
            out.append(u'\n' % QString(indent, u' '));
        out.append(u'}');
        return true;
    }
    }
    return true;
}

} // namespace

bool stringify(const Value &v, bool pretty, QString *out)
{
    QString text;
    if (!writeJson(text, v, pretty, true, 0))
        return false;
    *out = std::move(text);
    return true;
}

QString toJsonText(const Value &v)
{
    QString text;
    writeJson(text, v, false, false, 0);
    return text;
}

} // namespace LedgerLink::Expr
