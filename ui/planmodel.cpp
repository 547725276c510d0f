#include "planmodel.h"

#include <QtGui/QBrush>
#include <QtGui/QColor>
#include <QtGui/QFont>
#include <QtGui/QGuiApplication>
#include <QtGui/QPalette>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyle>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

using Engine::PlanAction;

namespace {

constexpr std::array<PlanAction, 5> allActions{PlanAction::Create, PlanAction::Update, PlanAction::Skip,
                                               PlanAction::Conflict, PlanAction::Blocked};

bool darkTheme()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

/// Readable on the current palette's base colour: darker tones on a light theme, lighter on a dark one.
QColor actionColour(PlanAction action)
{
    const bool dark = darkTheme();
    switch (action) {
    case PlanAction::Create:
        return dark ? QColor(0x6f, 0xcf, 0x8a) : QColor(0x1b, 0x7f, 0x3b);
    case PlanAction::Update:
        return dark ? QColor(0x7a, 0xa7, 0xf0) : QColor(0x1f, 0x5f, 0xbf);
    case PlanAction::Skip:
        return dark ? QColor(0xa8, 0xa8, 0xa8) : QColor(0x70, 0x70, 0x70);
    case PlanAction::Conflict:
        return dark ? QColor(0xf0, 0xb0, 0x50) : QColor(0xb3, 0x6b, 0x00);
    case PlanAction::Blocked:
        return dark ? QColor(0xf0, 0x7a, 0x7a) : QColor(0xb0, 0x1e, 0x1e);
    }
    return {};
}

/// The flags' colour: a warning, not an error (the write goes ahead).
QColor flagColour()
{
    return darkTheme() ? QColor(0xf0, 0xb0, 0x50) : QColor(0xa0, 0x5a, 0x00);
}

QFont boldFont()
{
    QFont bold;
    bold.setBold(true);
    return bold;
}

} // namespace

PlanModel::PlanModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

PlanModel::~PlanModel() = default;

QString PlanModel::actionLabel(PlanAction action)
{
    switch (action) {
    case PlanAction::Create:
        return tr("create");
    case PlanAction::Update:
        return tr("update");
    case PlanAction::Skip:
        return tr("skip");
    case PlanAction::Conflict:
        return tr("conflict");
    case PlanAction::Blocked:
        return tr("blocked");
    }
    return {};
}

QString PlanModel::directionLabel(const QString &direction)
{
    if (direction == u"store→erp")
        return tr("store → ERP");
    if (direction == u"erp→store")
        return tr("ERP → store");
    return direction;
}

void PlanModel::setPlan(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_nodes.clear();
    m_topLevel.clear();
    // Objects in the order the plan first names them; actions in their fixed order; changes in
    // plan order within their group.
    QHash<QString, int> objectNode;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Engine::PlannedChange &change = m_rows.at(i).change;
        if (!objectNode.contains(change.objectType)) {
            Node node;
            node.kind = RowKind::Object;
            node.row = int(m_topLevel.size());
            node.object = change.objectType;
            objectNode.insert(change.objectType, int(m_nodes.size()));
            m_topLevel.append(int(m_nodes.size()));
            m_nodes.append(node);
        }
        Node &object = m_nodes[objectNode.value(change.objectType)];
        ++object.counts[std::size_t(change.action)];
        ++object.total;
        object.flagged += change.flags.isEmpty() ? 0 : 1;
    }
    for (int top : std::as_const(m_topLevel)) {
        const QString object = m_nodes.at(top).object;
        for (PlanAction action : allActions) {
            if (m_nodes.at(top).counts[std::size_t(action)] == 0)
                continue;
            Node group;
            group.kind = RowKind::Action;
            group.parent = top;
            group.row = int(m_nodes.at(top).children.size());
            group.object = object;
            group.action = action;
            const int groupIndex = int(m_nodes.size());
            m_nodes.append(group);
            m_nodes[top].children.append(groupIndex);
            for (qsizetype i = 0; i < m_rows.size(); ++i) {
                const Engine::PlannedChange &change = m_rows.at(i).change;
                if (change.objectType != object || change.action != action)
                    continue;
                Node leaf;
                leaf.kind = RowKind::Change;
                leaf.parent = groupIndex;
                leaf.row = int(m_nodes.at(groupIndex).children.size());
                leaf.object = object;
                leaf.action = action;
                leaf.change = int(i);
                leaf.total = 1;
                leaf.flagged = change.flags.isEmpty() ? 0 : 1;
                m_nodes[groupIndex].flagged += leaf.flagged;
                m_nodes[groupIndex].children.append(int(m_nodes.size()));
                m_nodes.append(leaf);
            }
            m_nodes[groupIndex].total = int(m_nodes.at(groupIndex).children.size());
        }
    }
    endResetModel();
}

void PlanModel::clear()
{
    setPlan({});
}

int PlanModel::count(const QString &object, PlanAction action) const
{
    for (int top : m_topLevel)
        if (m_nodes.at(top).object == object)
            return m_nodes.at(top).counts[std::size_t(action)];
    return 0;
}

const PlanModel::Node *PlanModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= quintptr(m_nodes.size()))
        return nullptr;
    return &m_nodes.at(qsizetype(index.internalId()));
}

const PlanModel::Row *PlanModel::rowAt(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->kind == RowKind::Change ? &m_rows.at(node->change) : nullptr;
}

QModelIndex PlanModel::findChange(const QString &object, const QString &key) const
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const Node &node = m_nodes.at(i);
        if (node.kind == RowKind::Change && node.object == object
            && m_rows.at(node.change).change.matchKey == key)
            return createIndex(node.row, 0, quintptr(i));
    }
    return {};
}

QModelIndex PlanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= m_topLevel.size())
            return {};
        return createIndex(row, column, quintptr(m_topLevel.at(row)));
    }
    const Node *node = nodeOf(parent);
    if (!node || parent.column() != 0 || row >= node->children.size())
        return {};
    return createIndex(row, column, quintptr(node->children.at(row)));
}

QModelIndex PlanModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes.at(node->parent).row, 0, quintptr(node->parent));
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int PlanModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanModel::groupData(const Node &node, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        // The count in the name ("order (13)", "create (13)"), as mail folders show theirs.
        if (column == ChangeColumn)
            return tr("%1 (%2)")
                .arg(node.kind == RowKind::Object ? node.object : actionLabel(node.action))
                .arg(node.total);
        if (column == SummaryColumn && node.kind == RowKind::Object)
            return tr("%1 create, %2 update, %3 skip, %4 conflict, %5 blocked")
                .arg(node.counts[std::size_t(PlanAction::Create)])
                .arg(node.counts[std::size_t(PlanAction::Update)])
                .arg(node.counts[std::size_t(PlanAction::Skip)])
                .arg(node.counts[std::size_t(PlanAction::Conflict)])
                .arg(node.counts[std::size_t(PlanAction::Blocked)]);
        if (column == FlagColumn && node.flagged > 0)
            return tr("⚑ %n flagged", nullptr, node.flagged);
        break;
    case Qt::ForegroundRole:
        if (node.kind == RowKind::Action && column == ChangeColumn)
            return QBrush(actionColour(node.action));
        if (column == FlagColumn && node.flagged > 0)
            return QBrush(flagColour());
        break;
    case Qt::FontRole:
        if (column == ChangeColumn || node.kind == RowKind::Object)
            return boldFont();
        break;
    default:
        break;
    }
    return {};
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    switch (role) {
    case KindRole:
        return int(node->kind);
    case ObjectRole:
        return node->object;
    case ActionRole:
        return node->kind == RowKind::Object ? QVariant() : QVariant(int(node->action));
    case CountRole:
        return node->total;
    case FlagsRole:
        return node->kind == RowKind::Change ? QVariant(m_rows.at(node->change).change.flags)
                                             : QVariant(node->flagged);
    default:
        break;
    }
    if (node->kind != RowKind::Change)
        return groupData(*node, index.column(), role);

    const Engine::PlannedChange &change = m_rows.at(node->change).change;
    switch (role) {
    case KeyRole:
        return change.matchKey;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChangeColumn:
            return change.matchKey;
        case DirectionColumn:
            return directionLabel(change.direction);
        case SummaryColumn:
            return change.summary;
        case ReasonColumn:
            return change.reasons.join(u"; "_s);
        case FlagColumn:
            return change.flags.isEmpty() ? QString() : QString(u"⚑ "_s + change.flags.join(u"; ⚑ "_s));
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == ChangeColumn && !change.flags.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ToolTipRole:
        if (index.column() == ChangeColumn) {
            QString tip = change.targetId.isEmpty()
                ? tr("%1 %2 (id %3 on its source)").arg(change.objectType, change.matchKey, change.sourceId)
                : tr("%1 %2 (id %3 on its source, %4 on its target)")
                      .arg(change.objectType, change.matchKey, change.sourceId, change.targetId);
            if (!change.flags.isEmpty())
                tip += u'\n' + tr("Flagged before the write:") + u"\n⚑ "_s + change.flags.join(u"\n⚑ "_s);
            return tip;
        }
        if (index.column() == ReasonColumn && !change.reasons.isEmpty())
            return change.reasons.join(u'\n');
        if (index.column() == FlagColumn && !change.flags.isEmpty())
            return QString(u"⚑ "_s + change.flags.join(u"\n⚑ "_s));
        break;
    case Qt::ForegroundRole:
        if (index.column() == ReasonColumn && !change.reasons.isEmpty())
            return QBrush(actionColour(change.action));
        if (index.column() == FlagColumn && !change.flags.isEmpty())
            return QBrush(flagColour());
        break;
    default:
        break;
    }
    return {};
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case ChangeColumn:
        return tr("Object · action · key");
    case DirectionColumn:
        return tr("Direction");
    case SummaryColumn:
        return tr("Summary");
    case ReasonColumn:
        return tr("Reasons");
    case FlagColumn:
        return tr("Flags");
    }
    return {};
}

} // namespace LedgerLink::Studio
