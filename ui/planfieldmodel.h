#pragma once

#include "engine/planexport.h"

#include <QtCore/QAbstractTableModel>

namespace LedgerLink::Studio {

/// The field-level changes of one planned change for a table: field, before, after. Plain data
/// set from the GUI thread; data() never does I/O.
class PlanFieldModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanFieldModel)

public:
    enum Column { FieldColumn, BeforeColumn, AfterColumn, ColumnCount };

    explicit PlanFieldModel(QObject *parent = nullptr);
    ~PlanFieldModel() override;

    void setChanges(QList<Engine::PlanFieldChange> changes);
    const QList<Engine::PlanFieldChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Engine::PlanFieldChange> m_changes;
};

} // namespace LedgerLink::Studio
