#include "reconciliationfilter.h"

#include "model/decimal.h"
#include "reconciliationmodel.h"

namespace LedgerLink::Studio {

ReconciliationFilter::ReconciliationFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReconciliationModel::SortRole);
}

void ReconciliationFilter::setCause(const QString &cause)
{
    if (cause == m_cause)
        return;
    m_cause = cause;
    invalidateFilter();
}

void ReconciliationFilter::setObject(const QString &object)
{
    if (object == m_object)
        return;
    m_object = object;
    invalidateFilter();
}

void ReconciliationFilter::setHideReviewed(bool hide)
{
    if (hide == m_hideReviewed)
        return;
    m_hideReviewed = hide;
    invalidateFilter();
}

bool ReconciliationFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_cause.isEmpty() && index.data(ReconciliationModel::CauseRole).toString() != m_cause)
        return false;
    if (!m_object.isEmpty() && index.data(ReconciliationModel::ObjectRole).toString() != m_object)
        return false;
    if (m_hideReviewed && index.data(ReconciliationModel::ReviewedRole).toBool())
        return false;
    return true;
}

bool ReconciliationFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    if (column >= ReconciliationModel::Store && column <= ReconciliationModel::Cents) {
        // Amounts as exact decimals; an absent amount sorts first.
        const auto a = Model::Decimal::fromString(left.data(sortRole()).toString());
        const auto b = Model::Decimal::fromString(right.data(sortRole()).toString());
        if (!a || !b)
            return !a && b;
        return *a < *b;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace LedgerLink::Studio
