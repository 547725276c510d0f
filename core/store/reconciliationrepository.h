#pragma once

#include "store/storeresult.h"

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
};

/// Reconciliation results per run. Thread rules: those of StateStore.
class ReconciliationRepository final
{
public:
    explicit ReconciliationRepository(StateStore &store)
        : m_store(store)
    { }

    /// Adds the results in one transaction (all or none); InvalidArgument when a difference is
    /// not a plain decimal number.
    [[nodiscard]] StoreResult<void> add(const QList<ReconciliationResult> &results);
    /// The run's results in insertion order, optionally only those with `status`.
    [[nodiscard]] StoreResult<QList<ReconciliationResult>>
    results(qint64 runId, std::optional<ReconciliationStatus> status = std::nullopt);

private:
    StateStore &m_store;
};

} // namespace LedgerLink::Store
