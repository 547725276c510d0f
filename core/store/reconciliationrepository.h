#pragma once

#include "store/storeresult.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Store {

class StateStore;

enum class ReconciliationStatus { Matched, Mismatch, Missing };

[[nodiscard]] QString nameOf(ReconciliationStatus status); ///< "matched", "mismatch", "missing"

/// The outcome of comparing one record on both sides.
struct ReconciliationResult
{
    qint64 id = 0; ///< assigned by add()
    qint64 runId = 0;
    QString objectType;
    QString storeId;
    QString erpId;
    ReconciliationStatus status = ReconciliationStatus::Matched;
    QString difference = QStringLiteral("0"); ///< decimal text ("-0.01"): never a double
    QString currency;
    QString cause;
    QJsonObject details;
    // Schema 4:
    QString matchKey = {}; ///< order number, refund reference, SKU
    QString storeAmount = {}; ///< decimal text; empty when the store has no such record
    QString erpAmount = {}; ///< decimal text; empty when the ERP has no such record
    QString evidence = {}; ///< why the sides differ, with the numbers
    QJsonObject repair = {}; ///< the proposed repair (Engine::ReconciliationFinding::repair)
    bool reviewed = false; ///< an accountant marked it reviewed (markReviewed())
    QString reviewComment = {};
    std::optional<QDateTime> reviewedAt = {};
};

/// Reconciliation results per run. Thread rules: those of StateStore.
class ReconciliationRepository final
{
public:
    explicit ReconciliationRepository(StateStore &store)
        : m_store(store)
    { }

    /// Adds the results in one transaction (all or none); InvalidArgument when a difference, or
    /// an amount that is not empty, is not a plain decimal number.
    [[nodiscard]] StoreResult<void> add(const QList<ReconciliationResult> &results);
    /// The run's results in insertion order, optionally only those with `status`.
    [[nodiscard]] StoreResult<QList<ReconciliationResult>>
    results(qint64 runId, std::optional<ReconciliationStatus> status = std::nullopt);
    /// One result by its id (std::nullopt when there is none).
    [[nodiscard]] StoreResult<std::optional<ReconciliationResult>> result(qint64 id);
    /// Marks result `id` reviewed now with the accountant's `comment` (which may be empty), or
    /// not reviewed again (`reviewed` false clears the comment and the time). NotFound if absent.
    [[nodiscard]] StoreResult<void> markReviewed(qint64 id, const QString &comment, bool reviewed = true);

    /// Replaces result `id`'s repair (what became of it: "status", "job_id", "note"). NotFound if
    /// absent.
    [[nodiscard]] StoreResult<void> setRepair(qint64 id, const QJsonObject &repair);

private:
    StateStore &m_store;
};

} // namespace LedgerLink::Store
