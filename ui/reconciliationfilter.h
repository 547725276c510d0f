#pragma once

#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QString>

namespace LedgerLink::Studio {

/**
 * Narrows a ReconciliationModel by cause and object, optionally without the findings already
 * reviewed; sorts amounts exactly (as decimals, never through a double).
 */
class ReconciliationFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconciliationFilter)

public:
    explicit ReconciliationFilter(QObject *parent = nullptr);

    /// A cause's name ("tax_rounding"); "" for every cause.
    void setCause(const QString &cause);
    QString cause() const { return m_cause; }
    /// An object ("order", "refund", "price", "stock"); "" for every object.
    void setObject(const QString &object);
    QString object() const { return m_object; }
    void setHideReviewed(bool hide);
    bool hidesReviewed() const { return m_hideReviewed; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_cause;
    QString m_object;
    bool m_hideReviewed = false;
};

} // namespace LedgerLink::Studio
