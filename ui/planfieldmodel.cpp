#include "planfieldmodel.h"

#include <QtGui/QBrush>
#include <QtGui/QGuiApplication>
#include <QtGui/QPalette>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

PlanFieldModel::PlanFieldModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

PlanFieldModel::~PlanFieldModel() = default;

void PlanFieldModel::setChanges(QList<Engine::PlanFieldChange> changes)
{
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

int PlanFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int PlanFieldModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanFieldModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Engine::PlanFieldChange &change = m_changes.at(index.row());
    const QJsonValue &value = index.column() == BeforeColumn ? change.before : change.after;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == FieldColumn)
            return change.field;
        return Engine::planValueText(value);
    case Qt::ForegroundRole:
        // An absent value ("∅") recedes; the values that change stand out.
        if (index.column() != FieldColumn && (value.isNull() || value.isUndefined()))
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        break;
    default:
        break;
    }
    return {};
}

QVariant PlanFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("→ After");
    }
    return {};
}

} // namespace LedgerLink::Studio
