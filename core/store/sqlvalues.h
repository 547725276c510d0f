#pragma once

// Internal helpers of core/store: how values travel to and from columns on both dialects.

#include "store/redactor.h"
#include "store/statestore.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtCore/QStringList>
#include <QtCore/QVariant>

#include <functional>
#include <optional>

namespace LedgerLink::Store::Sql {

/// "IN (?, ?, …)" for `count` values.
[[nodiscard]] inline QString inList(qsizetype count)
{
    return QStringLiteral(" IN (") + QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "))
        + u')';
}

/**
 * How to read the rows of many ids of one object type: in slices bound to "<column> IN (…)" — or,
 * for more than 2,000 ids, every row of the object type in one statement, picked in memory. For a
 * whole-catalog pass that is one statement instead of one per 500 ids, each with 500 values to
 * parse and bind (50,000 ids: 0.1 s instead of 1 s).
 */
struct IdSlices
{
    QList<QVariantList> slices; ///< one statement each
    QSet<QString> wanted; ///< set: the rows are of the whole object type, keep these ids only

    /// " AND <column> IN (?, …)" for `slice`; "" when the whole object type is read.
    [[nodiscard]] QString condition(const QString &column, const QVariantList &slice) const
    {
        return wanted.isEmpty() ? QStringLiteral(" AND ") + column + inList(slice.size()) : QString();
    }
    [[nodiscard]] bool wants(const QString &id) const { return wanted.isEmpty() || wanted.contains(id); }
};

/// `values` in slices of at most 500, each a list to bind to one "IN (…)" (SQLite allows 32766
/// bound values per statement, PostgreSQL 65535).
template<typename T>
[[nodiscard]] QList<QVariantList> inListSlices(const QList<T> &values)
{
    QList<QVariantList> slices;
    for (qsizetype start = 0; start < values.size(); start += 500) {
        QVariantList slice;
        for (const T &value : values.mid(start, 500))
            slice.append(QVariant::fromValue(value));
        slices.append(slice);
    }
    return slices;
}

[[nodiscard]] inline IdSlices idSlices(const QStringList &ids)
{
    if (ids.size() <= 2000)
        return {inListSlices(ids), {}};
    return {{QVariantList()}, QSet<QString>(ids.cbegin(), ids.cend())};
}

/**
 * Runs `select` ("SELECT store_id, … FROM <table>": the store id first) over the rows of
 * `connectionPair` and `objectType` whose store id is one of `storeIds` (as IdSlices reads
 * them), handing each such row to `take` with its store id.
 */
[[nodiscard]] inline StoreResult<void>
eachRowOf(StateStore &store, const QString &select, const QString &connectionPair, const QString &objectType,
          const QStringList &storeIds, const QString &action,
          const std::function<void(const QString &, const QSqlQuery &)> &take)
{
    auto db = store.database();
    if (!db)
        return db.error();
    const IdSlices ids = idSlices(storeIds);
    for (const QVariantList &slice : ids.slices) {
        auto query = store.exec(db.value(),
                                select + QStringLiteral(" WHERE connection_pair = ? AND object_type = ?")
                                    + ids.condition(QStringLiteral("store_id"), slice),
                                QVariantList{connectionPair, objectType} + slice, action);
        if (!query)
            return query.error();
        while (query.value().next()) {
            if (const QString id = query.value().value(0).toString(); ids.wants(id))
                take(id, query.value());
        }
    }
    return {};
}

/// Compact JSON text of `object` (TEXT columns on both dialects), without payment card data: every
/// JSON column is written through here, so no card number or verification code is ever stored
/// (Redactor::withoutCardData()).
[[nodiscard]] inline QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(Redactor::withoutCardData(QJsonValue(object)).toObject())
                                 .toJson(QJsonDocument::Compact));
}

[[nodiscard]] inline QJsonObject jsonObject(const QVariant &column)
{
    return QJsonDocument::fromJson(column.toString().toUtf8()).object();
}

/// Milliseconds since the epoch (UTC); an invalid time becomes NULL.
[[nodiscard]] inline QVariant ms(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

[[nodiscard]] inline QVariant ms(const std::optional<QDateTime> &time)
{
    return time ? ms(*time) : QVariant(QMetaType::fromType<qint64>());
}

[[nodiscard]] inline QDateTime time(const QVariant &column)
{
    if (column.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(column.toLongLong(), Qt::UTC);
}

[[nodiscard]] inline std::optional<QDateTime> optionalTime(const QVariant &column)
{
    if (column.isNull())
        return std::nullopt;
    return time(column);
}

[[nodiscard]] inline QVariant id(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

[[nodiscard]] inline std::optional<qint64> optionalId(const QVariant &column)
{
    if (column.isNull())
        return std::nullopt;
    return column.toLongLong();
}

} // namespace LedgerLink::Store::Sql
