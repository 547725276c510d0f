#include "model/ids.h"

#include "model/jsonfields_p.h"

#include <QtCore/QJsonValue>
#include <QtCore/QVariant>

#include <cmath>

using namespace Qt::StringLiterals;

namespace LedgerLink::Model {

std::optional<QString> jsonIdToString(const QJsonValue &value, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QString> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        if (value.toVariant().typeId() == QMetaType::LongLong)
            return QString::number(value.toInteger());
        const double d = value.toDouble();
        // Beyond 2^53 a double no longer holds every integer, so its digits may be the
        // parser's rounding rather than the vendor's id.
        constexpr double MaxExactInteger = 9007199254740992.0; // 2^53
        if (!std::isfinite(d) || std::trunc(d) != d)
            return fail(Json::describe(value) + u" is not an integer id"_s);
        if (std::fabs(d) > MaxExactInteger)
            return fail(Json::describe(value)
                        + u" is too large to be an exact integer id: its digits were lost when "
                          u"the JSON was parsed (ids beyond 64 bits must be sent as strings)"_s);
        return QString::number(qint64(d));
    }
    default:
        return fail(Json::describe(value) + u" is not an id (expected a string or an integer)"_s);
    }
}

} // namespace LedgerLink::Model
