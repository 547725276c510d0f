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
    const auto refuse = [](const QString &what, const QString &text, const ReconciliationResult &result) {
        return StoreError{StoreError::Code::InvalidArgument,
                          u"The %1 \"%2\" of %3 %4 is not a decimal number."_s.arg(
                              what, text, result.objectType, result.storeId),
                          {}};
    };
    for (const ReconciliationResult &result : results) {
        if (!decimal.match(result.difference).hasMatch())
            return refuse(u"difference"_s, result.difference, result);
        if (!result.storeAmount.isEmpty() && !decimal.match(result.storeAmount).hasMatch())
            return refuse(u"store amount"_s, result.storeAmount, result);
        if (!result.erpAmount.isEmpty() && !decimal.match(result.erpAmount).hasMatch())
            return refuse(u"ERP amount"_s, result.erpAmount, result);
    }
    // All of a run's results in one transaction: a pass is stored whole or not at all.
    return m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        for (const ReconciliationResult &result : results) {
            auto insert = m_store.execWrite(
                db,
                u"INSERT INTO ll_reconciliation (run_id, object_type, store_id, erp_id, status, difference, "
                u"currency, cause, details, match_key, store_amount, erp_amount, evidence, repair, reviewed, "
                u"review_comment, reviewed_ms) "
                u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {result.runId, result.objectType, result.storeId, result.erpId, nameOf(result.status),
                 result.difference, result.currency, result.cause, Sql::jsonText(result.details),
                 result.matchKey, result.storeAmount, result.erpAmount, result.evidence,
                 Sql::jsonText(result.repair), result.reviewed ? 1 : 0, result.reviewComment,
                 Sql::ms(result.reviewedAt)},
                u"storing the reconciliation result of %1 %2"_s.arg(result.objectType, result.storeId));
            if (!insert)
                return insert.error();
        }
        return std::nullopt;
    });
}

namespace {

constexpr auto resultColumns =
    "id, run_id, object_type, store_id, erp_id, status, difference, currency, cause, "
    "details, match_key, store_amount, erp_amount, evidence, repair, reviewed, "
    "review_comment, reviewed_ms";

ReconciliationResult resultFrom(const QSqlQuery &q)
{
    ReconciliationResult result;
    result.id = q.value(0).toLongLong();
    result.runId = q.value(1).toLongLong();
    result.objectType = q.value(2).toString();
    result.storeId = q.value(3).toString();
    result.erpId = q.value(4).toString();
    result.status = statusFrom(q.value(5).toString());
    result.difference = q.value(6).toString();
    result.currency = q.value(7).toString();
    result.cause = q.value(8).toString();
    result.details = Sql::jsonObject(q.value(9));
    result.matchKey = q.value(10).toString();
    result.storeAmount = q.value(11).toString();
    result.erpAmount = q.value(12).toString();
    result.evidence = q.value(13).toString();
    result.repair = Sql::jsonObject(q.value(14));
    result.reviewed = q.value(15).toInt() != 0;
    result.reviewComment = q.value(16).toString();
    result.reviewedAt = Sql::optionalTime(q.value(17));
    return result;
}

/// An update of the result `id`: NotFound when no row has that id.
StoreResult<void> oneRow(const StoreResult<StateStore::WriteResult> &written, qint64 id,
                         const StateStore &store)
{
    if (!written)
        return written.error();
    if (written.value().rowsAffected == 0)
        return StoreError{
            StoreError::Code::NotFound,
            u"There is no reconciliation result %1 in %2."_s.arg(id).arg(store.location().describe()),
            {}};
    return {};
}

} // namespace

StoreResult<QList<ReconciliationResult>>
ReconciliationRepository::results(qint64 runId, std::optional<ReconciliationStatus> status)
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    QVariantList values{runId};
    if (status)
        values.append(nameOf(*status));
    auto query = m_store.exec(db.value(),
                              u"SELECT "_s + QLatin1StringView(resultColumns)
                                  + u" FROM ll_reconciliation WHERE run_id = ?"_s
                                  + (status ? u" AND status = ?"_s : QString()) + u" ORDER BY id"_s,
                              values, u"reading the reconciliation results of the run %1"_s.arg(runId));
    if (!query)
        return query.error();
    QList<ReconciliationResult> list;
    QSqlQuery &q = query.value();
    while (q.next())
        list.append(resultFrom(q));
    return list;
}

StoreResult<std::optional<ReconciliationResult>> ReconciliationRepository::result(qint64 id)
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    auto query = m_store.exec(db.value(),
                              u"SELECT "_s + QLatin1StringView(resultColumns)
                                  + u" FROM ll_reconciliation WHERE id = ?"_s,
                              {id}, u"reading the reconciliation result %1"_s.arg(id));
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<ReconciliationResult>();
    return std::optional<ReconciliationResult>(resultFrom(query.value()));
}

StoreResult<void> ReconciliationRepository::markReviewed(qint64 id, const QString &comment, bool reviewed)
{
    const QString action = u"marking the reconciliation result %1 reviewed"_s.arg(id);
    auto written =
        m_store.write(u"UPDATE ll_reconciliation SET reviewed = ?, review_comment = ?, reviewed_ms = ? "
                      u"WHERE id = ?"_s,
                      {reviewed ? 1 : 0, reviewed ? comment : QString(),
                       reviewed ? Sql::ms(m_store.now()) : Sql::ms(std::optional<QDateTime>()), id},
                      action);
    return oneRow(written, id, m_store);
}

StoreResult<void> ReconciliationRepository::setRepair(qint64 id, const QJsonObject &repair)
{
    auto written =
        m_store.write(u"UPDATE ll_reconciliation SET repair = ? WHERE id = ?"_s, {Sql::jsonText(repair), id},
                      u"storing the repair of the reconciliation result %1"_s.arg(id));
    return oneRow(written, id, m_store);
}

} // namespace LedgerLink::Store
