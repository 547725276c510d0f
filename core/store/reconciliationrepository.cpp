#include "store/reconciliationrepository.h"

#include "store/sqlvalues.h"
#include "store/statestore.h"

#include <QtCore/QRegularExpression>

using namespace Qt::StringLiterals;

namespace LedgerLink::Store {

QString nameOf(ReconciliationStatus status)
{
    switch (status) {
    case ReconciliationStatus::Matched:
        return u"matched"_s;
    case ReconciliationStatus::Mismatch:
        return u"mismatch"_s;
    case ReconciliationStatus::Missing:
        return u"missing"_s;
    }
    return {};
}

namespace {

ReconciliationStatus statusFrom(const QString &text)
{
    if (text == u"matched")
        return ReconciliationStatus::Matched;
    if (text == u"missing")
        return ReconciliationStatus::Missing;
    return ReconciliationStatus::Mismatch;
}

} // namespace

StoreResult<void> ReconciliationRepository::add(const QList<ReconciliationResult> &results)
{
    static const QRegularExpression decimal(u"^-?[0-9]+(\\.[0-9]+)?$"_s);
    for (const ReconciliationResult &result : results) {
        if (!decimal.match(result.difference).hasMatch()) {
            return StoreError{StoreError::Code::InvalidArgument,
                              u"The difference \"%1\" of %2 %3 is not a decimal number."_s.arg(
                                  result.difference, result.objectType, result.storeId),
                              {}};
        }
    }
    return m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        for (const ReconciliationResult &result : results) {
            auto insert = m_store.exec(
                db,
                u"INSERT INTO ll_reconciliation (run_id, object_type, store_id, erp_id, status, difference, "
                u"currency, cause, details) "
                u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {result.runId, result.objectType, result.storeId, result.erpId, nameOf(result.status),
                 result.difference, result.currency, result.cause, Sql::jsonText(result.details)},
                u"storing the reconciliation result of %1 %2"_s.arg(result.objectType, result.storeId));
            if (!insert)
                return insert.error();
        }
        return std::nullopt;
    });
}

StoreResult<QList<ReconciliationResult>>
ReconciliationRepository::results(qint64 runId, std::optional<ReconciliationStatus> status)
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    QVariantList values{runId};
    if (status)
        values.append(nameOf(*status));
    auto query = m_store.exec(
        db.value(),
        u"SELECT id, run_id, object_type, store_id, erp_id, status, difference, currency, cause, details "
        u"FROM ll_reconciliation WHERE run_id = ?"_s
            + (status ? u" AND status = ?"_s : QString()) + u" ORDER BY id"_s,
        values, u"reading the reconciliation results of the run %1"_s.arg(runId));
    if (!query)
        return query.error();
    QList<ReconciliationResult> list;
    QSqlQuery &q = query.value();
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), statusFrom(q.value(5).toString()),
                     q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                     Sql::jsonObject(q.value(9))});
    }
    return list;
}

} // namespace LedgerLink::Store
