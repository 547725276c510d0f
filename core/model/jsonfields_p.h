#pragma once

// Internal to core/model (not public API): the generic JSON reader and writer behind every
// canonical record's toJson()/fromJson(). A record lists its fields once, in a visitFields()
// template in its .cpp file; Writer and Reader walk that list, so the two directions cannot
// drift apart and every error names the field path (`lines[2].unit_price.amount: ...`).
//
// Error convention inside this file: readValue() reports a *suffix* to be appended to the
// field's key: ": message" for a bad value, ".child: message" for a nested record,
// "[i]..." for a list element.

#include "model/currency.h"
#include "model/decimal.h"
#include "model/money.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QLatin1StringView>
#include <QtCore/QList>
#include <QtCore/QString>

#include <concepts>
#include <optional>

namespace LedgerLink::Model::Json {

enum FieldFlag {
    Optional = 0x0, // absent or null leaves the record's default value
    Required = 0x1, // absent, null or (for strings) empty is an error
    Id = 0x2, // a string that may arrive as a JSON integer (see jsonIdToString())
};

// A short, quoted rendering of a JSON value for error messages: "abc" (with quotes), 12.5,
// true, null, an array, an object.
QString describe(const QJsonValue &value);

// UTC timestamps as ISO 8601 text: "2008-01-10T16:00:00Z" (".123Z" when there are ms).
QString timestampToString(const QDateTime &utc);

template<class T>
concept JsonRecord = requires(const T &t, const QJsonObject &o, QString *e)
{
    {
        t.toJson()
        } -> std::same_as<QJsonObject>;
    {
        T::fromJson(o, e)
        } -> std::same_as<std::optional<T>>;
};

// ---- writing -------------------------------------------------------------------------------

QJsonValue toJsonValue(const QString &value);
QJsonValue toJsonValue(const Decimal &value);
QJsonValue toJsonValue(const Money &value); // null when invalid
QJsonValue toJsonValue(const Currency &value); // null when invalid
QJsonValue toJsonValue(const QDateTime &value); // null when invalid
QJsonValue toJsonValue(bool value);
QJsonValue toJsonValue(const QJsonObject &value);
template<JsonRecord T>
QJsonValue toJsonValue(const T &value);
template<class T>
QJsonValue toJsonValue(const std::optional<T> &value);
template<class T>
QJsonValue toJsonValue(const QList<T> &value);

template<JsonRecord T>
QJsonValue toJsonValue(const T &value)
{
    return value.toJson();
}

template<class T>
QJsonValue toJsonValue(const std::optional<T> &value)
{
    return value ? toJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

template<class T>
QJsonValue toJsonValue(const QList<T> &value)
{
    QJsonArray array;
    for (const T &item : value)
        array.append(toJsonValue(item));
    return array;
}

// Every field is written, absent ones as null, so documents have a stable shape.
class Writer
{
public:
    template<class T>
    void operator()(QLatin1StringView key, const T &value, int flags = Optional)
    {
        Q_UNUSED(flags);
        m_object.insert(key, toJsonValue(value));
    }

    QJsonObject result() const { return m_object; }

private:
    QJsonObject m_object;
};

// ---- reading -------------------------------------------------------------------------------

bool readValue(const QJsonValue &value, QString &out, QString &suffix, int flags);
bool readValue(const QJsonValue &value, Decimal &out, QString &suffix, int flags);
bool readValue(const QJsonValue &value, Currency &out, QString &suffix, int flags);
bool readValue(const QJsonValue &value, QDateTime &out, QString &suffix, int flags);
bool readValue(const QJsonValue &value, bool &out, QString &suffix, int flags);
bool readValue(const QJsonValue &value, QJsonObject &out, QString &suffix, int flags);
template<JsonRecord T>
bool readValue(const QJsonValue &value, T &out, QString &suffix, int flags);
template<class T>
bool readValue(const QJsonValue &value, std::optional<T> &out, QString &suffix, int flags);
template<class T>
bool readValue(const QJsonValue &value, QList<T> &out, QString &suffix, int flags);

template<JsonRecord T>
bool readValue(const QJsonValue &value, T &out, QString &suffix, int flags)
{
    Q_UNUSED(flags);
    if (!value.isObject()) {
        suffix = QLatin1StringView(": expected an object, got ") + describe(value);
        return false;
    }
    QString error;
    std::optional<T> record = T::fromJson(value.toObject(), &error);
    if (!record) {
        suffix = u'.' + error;
        return false;
    }
    out = std::move(*record);
    return true;
}

template<class T>
bool readValue(const QJsonValue &value, std::optional<T> &out, QString &suffix, int flags)
{
    if (value.isNull() || value.isUndefined()) {
        out.reset();
        return true;
    }
    T item{};
    if (!readValue(value, item, suffix, flags))
        return false;
    out = std::move(item);
    return true;
}

template<class T>
bool readValue(const QJsonValue &value, QList<T> &out, QString &suffix, int flags)
{
    if (!value.isArray()) {
        suffix = QLatin1StringView(": expected an array, got ") + describe(value);
        return false;
    }
    const QJsonArray array = value.toArray();
    QList<T> result;
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        T item{};
        QString itemSuffix;
        // List elements are never "absent": a null element is an error for records.
        if (!readValue(array.at(i), item, itemSuffix, flags & ~Required)) {
            suffix = u'[' + QString::number(i) + u']' + itemSuffix;
            return false;
        }
        result.append(std::move(item));
    }
    out = std::move(result);
    return true;
}

// Reads fields into a record; the first error wins and later fields are skipped.
class Reader
{
public:
    explicit Reader(const QJsonObject &object)
        : m_object(object)
    { }

    template<class T>
    void operator()(QLatin1StringView key, T &out, int flags = Optional)
    {
        if (!m_error.isEmpty())
            return;
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            // Absent: the record keeps its default (e.g. an exchange rate of 1).
            if (flags & Required)
                m_error = key + QLatin1StringView(": missing (required)");
            return;
        }
        QString suffix;
        if (!readValue(value, out, suffix, flags))
            m_error = key + suffix;
    }

    // True when every field read; otherwise false with the error in `error` (if set).
    bool finish(QString *error) const
    {
        if (m_error.isEmpty())
            return true;
        if (error)
            *error = m_error;
        return false;
    }

private:
    const QJsonObject &m_object;
    QString m_error;
};

// Collects the first Money whose currency is not the document's own (an order line in GBP on
// a USD order is a broken record, not something to convert).
class CurrencyCheck
{
public:
    CurrencyCheck(const Currency &expected, QLatin1StringView document)
        : m_expected(expected)
        , m_document(document)
    { }

    void operator()(const QString &path, const Money &money)
    {
        if (m_error.isEmpty() && money.isValid() && money.currency() != m_expected) {
            m_error = path + QLatin1StringView(": currency ") + money.currency().code()
                + QLatin1StringView(" differs from the ") + m_document + QLatin1StringView(" currency ")
                + m_expected.code();
        }
    }

    // Document lines (order, invoice and credit-note lines share these amounts): unit price,
    // discount, each tax line's amount and the total, under "lines[i]".
    template<class Line>
    void lines(const QList<Line> &lines)
    {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const Line &line = lines.at(i);
            const QString path = QLatin1StringView("lines[") + QString::number(i) + QLatin1Char(']');
            (*this)(path + QLatin1StringView(".unit_price"), line.unitPrice);
            (*this)(path + QLatin1StringView(".discount"), line.discount);
            for (qsizetype j = 0; j < line.taxLines.size(); ++j)
                (*this)(path + QLatin1StringView(".tax_lines[") + QString::number(j)
                            + QLatin1StringView("].amount"),
                        line.taxLines.at(j).amount);
            (*this)(path + QLatin1StringView(".total"), line.total);
        }
    }

    QString error() const { return m_error; }

private:
    Currency m_expected;
    QLatin1StringView m_document;
    QString m_error;
};

// The check of records that need none.
template<class T>
QString noCheck(const T &)
{
    return QString();
}

} // namespace LedgerLink::Model::Json

// Defines Type::toJson() and Type::fromJson() from a field list `visit(visitor, record)`, a
// function template in the record's .cpp that names every field once:
//     template<class V, class R> void visitAddress(V &v, R &r) { v("city"_L1, r.city); ... }
// `check(record)` runs after a successful read and returns an error ("" when consistent).
#define LEDGERLINK_JSON_RECORD_CHECKED(Type, visit, check)                                                   \
    QJsonObject Type::toJson() const                                                                         \
    {                                                                                                        \
        ::LedgerLink::Model::Json::Writer writer;                                                            \
        visit(writer, *this);                                                                                \
        return writer.result();                                                                              \
    }                                                                                                        \
    std::optional<Type> Type::fromJson(const QJsonObject &object, QString *error)                            \
    {                                                                                                        \
        Type record{};                                                                                       \
        ::LedgerLink::Model::Json::Reader reader(object);                                                    \
        visit(reader, record);                                                                               \
        if (!reader.finish(error))                                                                           \
            return std::nullopt;                                                                             \
        if (const QString problem = check(record); !problem.isEmpty()) {                                     \
            if (error)                                                                                       \
                *error = problem;                                                                            \
            return std::nullopt;                                                                             \
        }                                                                                                    \
        return record;                                                                                       \
    }

#define LEDGERLINK_JSON_RECORD(Type, visit)                                                                  \
    LEDGERLINK_JSON_RECORD_CHECKED(Type, visit, ::LedgerLink::Model::Json::noCheck)
