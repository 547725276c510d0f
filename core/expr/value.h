#pragma once

#include <QtCore/QHash>
#include <QtCore/QJsonValue>
#include <QtCore/QString>

#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace LedgerLink::Expr {

class Value;
struct FunctionData;
using ValueList = std::vector<Value>;

// FNV-1a over the UTF-16 code units: cheaper than qHash for the short keys of JSON documents.
struct TextHash
{
    size_t operator()(const QString &s) const noexcept
    {
        size_t h = size_t(1469598103934665603ULL);
        for (const QChar c : s)
            h = (h ^ c.unicode()) * size_t(1099511628211ULL);
        return h;
    }
};

// An ordered JSON object: insertion order is kept (JSONata output preserves it), look-ups go
// through a hash index once the object grows beyond a few keys.
class ObjectData
{
public:
    const Value *find(const QString &key) const;
    void insert(const QString &key, Value value); // replaces an existing key in place
    // Appends a key the caller knows is not present yet (object constructors check first);
    // does not build a key index.
    void append(const QString &key, Value value);
    void reserve(size_t n); // defined below Value: clang needs Value complete to instantiate it
    bool remove(const QString &key);
    qsizetype size() const; // defined below Value, as reserve()
    const std::vector<std::pair<QString, Value>> &entries() const { return m_entries; }

private:
    void rebuildIndex();
    std::vector<std::pair<QString, Value>> m_entries;
    std::unique_ptr<std::unordered_map<QString, qsizetype, TextHash>> m_index;
};

// A JSONata value: undefined, null, boolean, number (exact int64 or IEEE double), string,
// array, object or function (lambda, built-in, partial application, regex matcher).
// Arrays and objects are shared and copy-on-write, so passing values along a path never copies
// the data. Arrays carry the sequence flags jsonata-js keeps on its arrays.
class Value
{
public:
    enum class Type : quint8 { Undefined, Null, Bool, Int, Double, String, Array, Object, Function };
    enum Flag : quint8 {
        Sequence = 1, // a result sequence (flattened, singleton-unwrapped)
        KeepSingleton = 2, // `[]` on a path step: keep a one-item sequence as an array
        Cons = 4, // built by an array constructor: not flattened by a path step
        OuterWrapper = 8, // the wrapper around an array input document
        TupleStream = 16 // a stream of tuples (focus/index/parent bindings)
    };

    Value()
        : m_int(0)
    { }
    static Value undefined() { return {}; }
    static Value null()
    {
        Value v;
        v.m_type = Type::Null;
        return v;
    }
    static Value boolean(bool b)
    {
        Value v;
        v.m_type = Type::Bool;
        v.m_bool = b;
        return v;
    }
    static Value integer(qint64 i)
    {
        Value v;
        v.m_type = Type::Int;
        v.m_int = i;
        return v;
    }
    static Value number(double d)
    {
        Value v;
        v.m_type = Type::Double;
        v.m_double = d;
        return v;
    }
    static Value string(QString s);
    static Value array(ValueList items = {}, quint8 flags = 0);
    static Value sequence(ValueList items = {}) { return array(std::move(items), Sequence); }
    static Value object(std::shared_ptr<ObjectData> data);
    static Value object();
    static Value function(std::shared_ptr<const FunctionData> fn);

    static Value fromJson(const QJsonValue &json);
    // Reads JSON text keeping the key order of objects and 64-bit integers exactly
    // (QJsonObject sorts its keys). nullopt and *error on malformed text.
    static std::optional<Value> fromJsonText(QStringView text, QString *error = nullptr);
    // Undefined converts to an invalid QJsonValue (QJsonValue::Undefined).
    QJsonValue toJson() const;

    Type type() const { return m_type; }
    bool isUndefined() const { return m_type == Type::Undefined; }
    bool isDefined() const { return m_type != Type::Undefined; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Int || m_type == Type::Double; }
    bool isInt() const { return m_type == Type::Int; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    bool isFunction() const { return m_type == Type::Function; }

    bool toBool() const { return m_bool; }
    qint64 toInt() const { return m_type == Type::Int ? m_int : qint64(m_double); }
    double toDouble() const { return m_type == Type::Int ? double(m_int) : m_double; }
    const QString &toStr() const;
    const ValueList &items() const;
    ValueList &mutableItems(); // detaches a shared array first
    qsizetype size() const { return isArray() ? qsizetype(items().size()) : 0; }
    const Value &at(qsizetype i) const { return items()[size_t(i)]; }
    const ObjectData &obj() const;
    ObjectData &mutableObj(); // detaches a shared object first
    const FunctionData *fn() const { return static_cast<const FunctionData *>(m_ptr.get()); }
    std::shared_ptr<const FunctionData> fnShared() const;

    quint8 flags() const { return m_flags; }
    bool hasFlag(Flag f) const { return (m_flags & f) != 0; }
    void setFlag(Flag f, bool on = true) { m_flags = on ? quint8(m_flags | f) : quint8(m_flags & ~f); }
    bool isSequence() const { return isArray() && hasFlag(Sequence); }

    // Push for sequences under construction.
    void push(Value v) { mutableItems().push_back(std::move(v)); }

    // JSONata name of the type: "null", "boolean", "number", "string", "array", "object", "function".
    QString typeName() const;

private:
    Type m_type = Type::Undefined;
    quint8 m_flags = 0;
    union {
        bool m_bool;
        qint64 m_int;
        double m_double;
    };
    QString m_str;
    std::shared_ptr<void> m_ptr;
};

// Deep equality as JSONata's `=`: numbers by value, arrays and objects structurally.
bool deepEqual(const Value &a, const Value &b);

// JavaScript Number.prototype.toString formatting of a double (shortest round trip).
QString formatJsNumber(double d);
// $string: JSON text of a value; numbers through toPrecision(15) as jsonata-js does.
// Returns false when a number is not finite (D3001).
bool stringify(const Value &v, bool pretty, QString *out);
// JSON text of a value without the toPrecision(15) adjustment (used for error messages).
QString toJsonText(const Value &v);

inline void ObjectData::reserve(size_t n)
{
    m_entries.reserve(n);
}

inline qsizetype ObjectData::size() const
{
    return qsizetype(m_entries.size());
}

// A double as an integer, truncated toward zero and saturated: NaN is 0, values beyond the range
// are its ends (symmetric, so negating the result never overflows). Converting an out-of-range
// double with a plain cast is undefined behaviour (found by fuzz_expr: [1..1e46], $round(1, 1e10)).
inline qint64 saturatingInt64(double d)
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    if (std::isnan(d))
        return 0;
    if (d >= 9223372036854775807.0) // 2^63: the nearest double
        return max;
    if (d <= -9223372036854775807.0)
        return -max;
    return qint64(d);
}
inline int saturatingInt(double d)
{
    constexpr int max = std::numeric_limits<int>::max();
    if (std::isnan(d))
        return 0;
    if (d >= double(max))
        return max;
    if (d <= -double(max))
        return -max;
    return int(d);
}

} // namespace LedgerLink::Expr
