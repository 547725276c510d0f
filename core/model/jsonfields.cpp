#include "model/jsonfields_p.h"

#include "model/ids.h"

#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtCore/QVariant>

using namespace Qt::StringLiterals;

namespace LedgerLink::Model::Json {

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u'"' + value.toString() + u'"';
    case QJsonValue::Double:
        if (value.toVariant().typeId() == QMetaType::LongLong)
            return QString::number(value.toInteger());
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

QString timestampToString(const QDateTime &utc)
{
    const QDateTime t = utc.toUTC();
    return t.toString(t.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

QJsonValue toJsonValue(const QString &value)
{
    return value;
}

QJsonValue toJsonValue(const Decimal &value)
{
    return value.toJson();
}

QJsonValue toJsonValue(const Money &value)
{
    return value.isValid() ? QJsonValue(value.toJson()) : QJsonValue(QJsonValue::Null);
}

QJsonValue toJsonValue(const Currency &value)
{
    return value.isValid() ? QJsonValue(value.code()) : QJsonValue(QJsonValue::Null);
}

QJsonValue toJsonValue(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(timestampToString(value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue toJsonValue(bool value)
{
    return value;
}

QJsonValue toJsonValue(const QJsonObject &value)
{
    return value;
}

bool readValue(const QJsonValue &value, QString &out, QString &suffix, int flags)
{
    if (flags & Id) {
        QString why;
        std::optional<QString> id = jsonIdToString(value, &why);
        if (!id) {
            suffix = u": "_s + why;
            return false;
        }
        out = *id;
    } else if (value.isString()) {
        out = value.toString();
    } else {
        suffix = u": expected a string, got "_s + describe(value);
        return false;
    }
    if ((flags & Required) && out.isEmpty()) {
        suffix = u": must not be empty"_s;
        return false;
    }
    return true;
}

bool readValue(const QJsonValue &value, Decimal &out, QString &suffix, int flags)
{
    Q_UNUSED(flags);
    std::optional<Decimal> d = Decimal::fromJson(value);
    if (!d) {
        suffix = u": "_s + describe(value) + u" is not a decimal number"_s;
        return false;
    }
    out = *d;
    return true;
}

bool readValue(const QJsonValue &value, Currency &out, QString &suffix, int flags)
{
    Q_UNUSED(flags);
    std::optional<Currency> c;
    if (value.isString())
        c = Currency::fromCode(value.toString());
    if (!c) {
        suffix = u": "_s + describe(value) + u" is not an ISO 4217 currency code"_s;
        return false;
    }
    out = *c;
    return true;
}

bool readValue(const QJsonValue &value, QDateTime &out, QString &suffix, int flags)
{
    Q_UNUSED(flags);
    // A timestamp without an offset would be read in the machine's local time zone: refuse it
    // rather than guess.
    static const QRegularExpression withOffset(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})$"_s);
    if (!value.isString()) {
        suffix = u": expected an ISO 8601 timestamp string, got "_s + describe(value);
        return false;
    }
    const QString text = value.toString();
    const QDateTime t =
        withOffset.match(text).hasMatch() ? QDateTime::fromString(text, Qt::ISODateWithMs) : QDateTime();
    if (!t.isValid()) {
        suffix = u": "_s + describe(value)
            + u" is not an ISO 8601 timestamp with a UTC offset (e.g. 2024-04-02T08:59:11Z)"_s;
        return false;
    }
    out = t.toUTC();
    return true;
}

bool readValue(const QJsonValue &value, bool &out, QString &suffix, int flags)
{
    Q_UNUSED(flags);
    if (!value.isBool()) {
        suffix = u": expected true or false, got "_s + describe(value);
        return false;
    }
    out = value.toBool();
    return true;
}

bool readValue(const QJsonValue &value, QJsonObject &out, QString &suffix, int flags)
{
    Q_UNUSED(flags);
    if (!value.isObject()) {
        suffix = u": expected an object, got "_s + describe(value);
        return false;
    }
    out = value.toObject();
    return true;
}

} // namespace LedgerLink::Model::Json
