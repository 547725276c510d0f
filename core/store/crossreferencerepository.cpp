#include "store/crossreferencerepository.h"

#include "store/sqlvalues.h"
#include "store/statestore.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Store {

StoreResult<CrossReference> CrossReferenceRepository::add(CrossReference reference)
{
    if (reference.storeId.isEmpty() || reference.erpId.isEmpty() || reference.objectType.isEmpty()) {
        return StoreError{StoreError::Code::InvalidArgument,
                          u"A cross-reference needs an object type, a store id and an ERP id."_s,
                          {}};
    }
    reference.created = reference.updated = m_store.now();
    auto insert =
        m_store.write(u"INSERT INTO ll_cross_references (connection_pair, object_type, store_id, erp_id, "
                      u"match_key, created_ms, updated_ms) "
                      u"VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                      {reference.connectionPair, reference.objectType, reference.storeId, reference.erpId,
                       reference.matchKey, Sql::ms(reference.created), Sql::ms(reference.updated)},
                      u"adding the cross-reference %1 %2 ↔ %3"_s.arg(reference.objectType, reference.storeId,
                                                                     reference.erpId));
    if (!insert)
        return insert.error();
    reference.id = insert.value().returned.toLongLong();
    return reference;
}

StoreResult<QList<CrossReference>> CrossReferenceRepository::select(const QString &where,
                                                                    const QVariantList &values)
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    auto query = m_store.exec(
        db.value(),
        u"SELECT id, connection_pair, object_type, store_id, erp_id, match_key, created_ms, updated_ms "
        u"FROM ll_cross_references WHERE "_s
            + where + u" ORDER BY id"_s,
        values, u"reading the cross-reference"_s);
    if (!query)
        return query.error();
    QList<CrossReference> result;
    QSqlQuery &q = query.value();
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                       Sql::time(q.value(6)), Sql::time(q.value(7))});
    }
    return result;
}

StoreResult<std::optional<CrossReference>>
CrossReferenceRepository::findByStoreId(const QString &connectionPair, const QString &objectType,
                                        const QString &storeId)
{
    auto rows = select(u"connection_pair = ? AND object_type = ? AND store_id = ?"_s,
                       {connectionPair, objectType, storeId});
    if (!rows)
        return rows.error();
    return rows.value().isEmpty() ? std::nullopt : std::optional(rows.value().constFirst());
}

StoreResult<QHash<QString, CrossReference>>
CrossReferenceRepository::findByStoreIds(const QString &connectionPair, const QString &objectType,
                                         const QStringList &storeIds)
{
    QHash<QString, CrossReference> found;
    const Sql::IdSlices ids = Sql::idSlices(storeIds);
    for (const QVariantList &slice : ids.slices) {
        auto rows = select(u"connection_pair = ? AND object_type = ?"_s + ids.condition(u"store_id"_s, slice),
                           QVariantList{connectionPair, objectType} + slice);
        if (!rows)
            return rows.error();
        for (const CrossReference &reference : rows.value()) {
            if (ids.wants(reference.storeId))
                found.insert(reference.storeId, reference);
        }
    }
    return found;
}

StoreResult<QHash<QString, QString>> CrossReferenceRepository::erpIdsByStoreIds(const QString &connectionPair,
                                                                                const QString &objectType,
                                                                                const QStringList &storeIds)
{
    QHash<QString, QString> linked;
    const auto read = Sql::eachRowOf(
        m_store, u"SELECT store_id, erp_id FROM ll_cross_references"_s, connectionPair, objectType, storeIds,
        u"reading the cross-references"_s,
        [&](const QString &id, const QSqlQuery &row) { linked.insert(id, row.value(1).toString()); });
    if (!read)
        return read.error();
    return linked;
}

StoreResult<std::optional<CrossReference>>
CrossReferenceRepository::findByErpId(const QString &connectionPair, const QString &objectType,
                                      const QString &erpId)
{
    auto rows = select(u"connection_pair = ? AND object_type = ? AND erp_id = ?"_s,
                       {connectionPair, objectType, erpId});
    if (!rows)
        return rows.error();
    return rows.value().isEmpty() ? std::nullopt : std::optional(rows.value().constFirst());
}

StoreResult<QList<CrossReference>> CrossReferenceRepository::findByMatchKey(const QString &connectionPair,
                                                                            const QString &objectType,
                                                                            const QString &matchKey)
{
    return select(u"connection_pair = ? AND object_type = ? AND match_key = ?"_s,
                  {connectionPair, objectType, matchKey});
}

StoreResult<QList<CrossReference>> CrossReferenceRepository::findParts(const QString &connectionPair,
                                                                       const QString &objectType)
{
    return select(u"connection_pair = ? AND object_type = ? AND store_id LIKE ?"_s,
                  {connectionPair, objectType, u"%/%"_s});
}

StoreResult<void> CrossReferenceRepository::remove(qint64 id)
{
    return m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        auto remove = m_store.exec(db, u"DELETE FROM ll_cross_references WHERE id = ?"_s, {id},
                                   u"removing the cross-reference"_s);
        if (!remove)
            return remove.error();
        if (remove.value().numRowsAffected() != 1) {
            return StoreError{
                StoreError::Code::NotFound,
                u"The cross-reference %1 does not exist in %2."_s.arg(id).arg(m_store.location().describe()),
                {}};
        }
        return std::nullopt;
    });
}

} // namespace LedgerLink::Store
