#pragma once

#include "store/storeresult.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Store {

class StateStore;

/// One record known on both sides: the store's id against the ERP's id. Ids are kept as the
/// exact strings the systems use (a 64-bit Shopify id never becomes a double).
struct CrossReference
{
    qint64 id = 0; ///< assigned by add()
    QString connectionPair; ///< which store/ERP pair the ids belong to
    QString objectType; ///< "order", "product", "customer", ...
    QString storeId;
    QString erpId;
    QString matchKey; ///< the stable key that matched them (SKU, email, order number)
    QDateTime created;
    QDateTime updated;
};

/// The cross-reference: unique per (pair, type, store id) and per (pair, type, ERP id).
/// Thread rules: those of StateStore.
class CrossReferenceRepository final
{
public:
    explicit CrossReferenceRepository(StateStore &store)
        : m_store(store)
    { }

    /// Adds the mapping; a Constraint error when either id is already mapped for that pair and type.
    [[nodiscard]] StoreResult<CrossReference> add(CrossReference reference);
    [[nodiscard]] StoreResult<std::optional<CrossReference>>
    findByStoreId(const QString &connectionPair, const QString &objectType, const QString &storeId);
    /// findByStoreId for many ids in one query: store id → cross-reference (absent: none).
    [[nodiscard]] StoreResult<QHash<QString, CrossReference>>
    findByStoreIds(const QString &connectionPair, const QString &objectType, const QStringList &storeIds);
    /// The ERP id each of many store ids is linked to: store id → ERP id (absent: none). For a
    /// whole pass over an object type, where the rest of each row is not needed.
    [[nodiscard]] StoreResult<QHash<QString, QString>>
    erpIdsByStoreIds(const QString &connectionPair, const QString &objectType, const QStringList &storeIds);
    [[nodiscard]] StoreResult<std::optional<CrossReference>>
    findByErpId(const QString &connectionPair, const QString &objectType, const QString &erpId);
    [[nodiscard]] StoreResult<QList<CrossReference>>
    findByMatchKey(const QString &connectionPair, const QString &objectType, const QString &matchKey);
    /// The cross-references of `objectType` whose store id has a part ("<id>/<part>": the vendors'
    /// parts of orders split by vendor).
    [[nodiscard]] StoreResult<QList<CrossReference>> findParts(const QString &connectionPair,
                                                               const QString &objectType);
    [[nodiscard]] StoreResult<void> remove(qint64 id);

private:
    [[nodiscard]] StoreResult<QList<CrossReference>> select(const QString &where, const QVariantList &values);

    StateStore &m_store;
};

} // namespace LedgerLink::Store
