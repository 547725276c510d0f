#include "dashboardschedule.h"

#include "dashboardprogress.h"

#include <QtCore/QLocale>
#include <QtGui/QGuiApplication>
#include <QtGui/QPalette>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

int ScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Object:
        return tr("Object");
    case Trigger:
        return tr("Trigger");
    case Next:
        return tr("Next run (%1)").arg(QString::fromUtf8(m_zone.id()));
    default:
        return {};
    }
}

QVariant ScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && !row.next.isValid())
        return QGuiApplication::palette().brush(QPalette::PlaceholderText);
    if (role == DueRole && index.column() == Next)
        return row.next;
    if (role == Qt::ToolTipRole && index.column() == Next && !row.next.isValid())
        return tr("This version of the engine syncs orders only; this trigger waits for a later one.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Object:
        return objectTitle(row.object);
    case Trigger:
        return row.trigger;
    case Next: {
        if (!row.next.isValid())
            return tr("not synced by the engine yet");
        const QDateTime local = row.next.toTimeZone(m_zone);
        return u"%1 %2"_s.arg(QLocale().toString(local, u"ddd d MMM, HH:mm"_s), m_zone.abbreviation(local));
    }
    default:
        return {};
    }
}

void ScheduleModel::setTriggers(const QList<Engine::ClockTrigger> &triggers, const QTimeZone &zone,
                                const QStringList &synced, const QDateTime &now)
{
    // The engine's own scheduler says when each trigger is next due.
    Engine::Scheduler scheduler(zone, [now] { return now; });
    QList<Row> rows;
    for (const Engine::ClockTrigger &trigger : triggers) {
        if (synced.contains(trigger.object))
            scheduler.add(trigger.object, trigger.schedule);
    }
    for (const auto &[object, next] : scheduler.upcoming()) {
        for (const Engine::ClockTrigger &trigger : triggers)
            if (trigger.object == object)
                rows.append({object, trigger.text, next});
    }
    for (const Engine::ClockTrigger &trigger : triggers)
        if (!synced.contains(trigger.object))
            rows.append({trigger.object, trigger.text, {}});
    beginResetModel();
    m_rows = std::move(rows);
    m_zone = zone;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, Next, Next);
}

} // namespace LedgerLink::Studio
