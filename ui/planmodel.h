#pragma once

#include "engine/plannedchange.h"

#include <QtCore/QAbstractTableModel>

namespace LedgerLink::Studio {

/// The rows of a dry-run plan for a table view: one row per planned change. Plain data set in
/// one piece from the GUI thread (the plan is computed elsewhere); data() never does I/O.
class PlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanModel)

public:
    enum Column {
        ObjectColumn,
        ActionColumn,
        DirectionColumn,
        KeyColumn,
        SummaryColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit PlanModel(QObject *parent = nullptr);

    void setChanges(QList<Engine::PlannedChange> changes);
    const QList<Engine::PlannedChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Engine::PlannedChange> m_changes;
};

} // namespace LedgerLink::Studio
