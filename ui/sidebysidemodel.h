#pragma once

#include "engine/reconciliationreview.h"

#include <QtCore/QAbstractTableModel>

namespace LedgerLink::Studio {

/**
 * A finding's store record and ERP record side by side, line by line (Engine::FindingSides):
 * what each side has and its amount, and the difference, highlighted where it is not zero.
 */
class SideBySideModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SideBySideModel)

public:
    enum Column { Line, Store, StoreAmount, Erp, ErpAmount, Difference, ColumnCount };
    enum Role {
        HighlightRole = Qt::UserRole + 1, ///< bool: the row's difference is not zero
        KindRole, ///< int(Engine::SideBySideRow::Kind)
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setSides(const Engine::FindingSides &sides);
    void clear();
    const Engine::FindingSides &sides() const { return m_sides; }
    /// The first row labelled `label` ("STICKER-LOGO", "Tax", "Total"), or -1.
    int rowOf(const QString &label, int from = 0) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Engine::FindingSides m_sides;
};

} // namespace LedgerLink::Studio
