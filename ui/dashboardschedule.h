#pragma once

#include "engine/scheduler.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QDateTime>
#include <QtCore/QTimeZone>

namespace LedgerLink::Studio {

/**
 * The next scheduled runs: one row per clock trigger of the workspace's mapping document (poll
 * or schedule), soonest first, with the time it is next due in the workspace's time zone. A
 * trigger of an object the engine does not sync yet is listed as such, without a time.
 */
class ScheduleModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleModel)

public:
    enum Column { Object, Trigger, Next, ColumnCount };
    /// Qt::UserRole on the Next column: the due time in UTC (invalid when not synced).
    static constexpr int DueRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The triggers, read in `zone`, next due after `now` (UTC); `synced`: the objects the
    /// engine syncs.
    void setTriggers(const QList<Engine::ClockTrigger> &triggers, const QTimeZone &zone,
                     const QStringList &synced, const QDateTime &now);
    QTimeZone timeZone() const { return m_zone; }

private:
    struct Row
    {
        QString object;
        QString trigger;
        QDateTime next; ///< UTC; invalid when the engine does not sync the object
    };
    QList<Row> m_rows;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace LedgerLink::Studio
