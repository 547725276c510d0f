#include "planmodel.h"

#include <QtGui/QBrush>
#include <QtGui/QColor>
#include <QtGui/QFont>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

using Engine::PlanAction;

namespace {

QString actionLabel(PlanAction action)
{
    switch (action) {
    case PlanAction::Create:
        return PlanModel::tr("create");
    case PlanAction::Update:
        return PlanModel::tr("update");
    case PlanAction::Skip:
        return PlanModel::tr("skip");
    case PlanAction::Conflict:
        return PlanModel::tr("conflict");
    case PlanAction::Blocked:
        return PlanModel::tr("blocked");
    }
    return {};
}

QColor actionColour(PlanAction action)
{
    switch (action) {
    case PlanAction::Create:
        return QColor(0x1b, 0x7f, 0x3b);
    case PlanAction::Update:
        return QColor(0x1f, 0x5f, 0xbf);
    case PlanAction::Skip:
        return QColor(0x70, 0x70, 0x70);
    case PlanAction::Conflict:
        return QColor(0xb3, 0x6b, 0x00);
    case PlanAction::Blocked:
        return QColor(0xb0, 0x1e, 0x1e);
    }
    return {};
}

} // namespace

PlanModel::PlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PlanModel::setChanges(QList<Engine::PlannedChange> changes)
{
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int PlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Engine::PlannedChange &change = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ObjectColumn:
            return change.objectType;
        case ActionColumn:
            return actionLabel(change.action);
        case DirectionColumn:
            return change.direction;
        case KeyColumn:
            return change.matchKey;
        case SummaryColumn:
            return change.summary;
        case ReasonColumn:
            return change.reasons.join(u"; "_s);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn || index.column() == ActionColumn)
            return change.reasons.join(u'\n');
        break;
    case Qt::ForegroundRole:
        if (index.column() == ActionColumn)
            return QBrush(actionColour(change.action));
        break;
    case Qt::FontRole:
        if (index.column() == ActionColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ObjectColumn:
        return tr("Object");
    case ActionColumn:
        return tr("Action");
    case DirectionColumn:
        return tr("Direction");
    case KeyColumn:
        return tr("Match key");
    case SummaryColumn:
        return tr("Summary");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace LedgerLink::Studio
