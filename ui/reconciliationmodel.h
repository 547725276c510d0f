#pragma once

#include "store/reconciliationrepository.h"

#include <QtCore/QAbstractTableModel>

namespace LedgerLink::Studio {

/**
 * The findings of one reconciliation pass, in the pass's order: object, key, both amounts, the
 * difference with its sign and in cents, the cause, what became of the proposed repair (from its
 * repair's "outcome", read with the findings) and whether an accountant reviewed it. Plain
 * data set in one piece from the GUI thread (read off it by the page); data() never does I/O.
 */
class ReconciliationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconciliationModel)

public:
    enum Column { Object, Key, Store, Erp, Difference, Cents, Cause, Repair, Reviewed, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the stored finding's id (qint64), any column
        ObjectRole, ///< "order", "refund", "price", "stock"
        CauseRole, ///< the cause's name ("tax_rounding")
        ReviewedRole, ///< bool
        SortRole, ///< amounts as decimal text (compared exactly by the filter), else the display text
        RepairStateRole, ///< what became of the repair: Engine::nameOf(Engine::RepairState) ("repaired")
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setResults(QList<Store::ReconciliationResult> results);
    const QList<Store::ReconciliationResult> &results() const { return m_results; }
    /// Replaces the finding with the same id (a review saved, a repair done); false when there is none.
    bool updateResult(const Store::ReconciliationResult &result);
    const Store::ReconciliationResult *resultAt(int row) const;
    /// The row of the finding of `object` with match key `key`, or -1.
    int rowOf(const QString &object, const QString &key) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Order", "Refund", "Price", "Stock" (translated); the name itself for anything else.
    static QString objectLabel(const QString &object);
    /// "0.55 EUR", "80 units", "—" (no record).
    static QString amountText(const QString &amount, const QString &currency);
    /// "-0.01 EUR", "+4.90 EUR", "+5 units".
    static QString differenceText(const QString &difference, const QString &currency);
    /// "-1", "+490"; "—" without a currency.
    static QString centsText(const QString &difference, const QString &currency);

private:
    QList<Store::ReconciliationResult> m_results;
};

} // namespace LedgerLink::Studio
