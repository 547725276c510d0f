#include "objectrulesmodel.h"

#include "choicedelegate.h"
#include "mappingeditor.h"

#include <QtGui/QBrush>
#include <QtGui/QColor>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

namespace {

using namespace LedgerLink::Mapping;

const QList<Owner> owners{Owner::Store, Owner::Erp, Owner::Gateway};
const QList<Direction> directions{Direction::StoreToErp, Direction::ErpToStore, Direction::Both,
                                  Direction::None};
const QList<TriggerKind> triggers{
    TriggerKind::Webhook,      TriggerKind::Poll,         TriggerKind::Schedule,     TriggerKind::OnChange,
    TriggerKind::OnFirstOrder, TriggerKind::OnSettlement, TriggerKind::OnGeneration, TriggerKind::Manual};
const QList<MatchKey> matchKeys{MatchKey::Sku,     MatchKey::Email, MatchKey::ExternalId,
                                MatchKey::OrderId, MatchKey::Name,  MatchKey::Title};
const QList<SplitBy> splits{SplitBy::None, SplitBy::Vendor};

/// Whether a rule may be split by vendor (as the validator's checkSplit says): an order written
/// from the store to the ERP.
bool canSplit(const ObjectRule &rule)
{
    return rule.object == u"order"_s && rule.direction == Direction::StoreToErp;
}

/// Whether the Split cell is edited: where a split is allowed, and where a document has one it
/// should not have (so that it can be taken off again).
bool splitEditable(const ObjectRule &rule)
{
    return canSplit(rule) || rule.split != SplitBy::None;
}

QString label(Owner owner)
{
    switch (owner) {
    case Owner::Store:
        return ObjectRulesModel::tr("Store");
    case Owner::Erp:
        return ObjectRulesModel::tr("ERP");
    case Owner::Gateway:
        return ObjectRulesModel::tr("Payment gateway");
    }
    return {};
}

QString label(Direction direction)
{
    switch (direction) {
    case Direction::StoreToErp:
        return ObjectRulesModel::tr("Store → ERP");
    case Direction::ErpToStore:
        return ObjectRulesModel::tr("ERP → Store");
    case Direction::Both:
        return ObjectRulesModel::tr("both ways");
    case Direction::None:
        return ObjectRulesModel::tr("not synced");
    }
    return {};
}

QString label(TriggerKind kind)
{
    switch (kind) {
    case TriggerKind::Webhook:
        return ObjectRulesModel::tr("webhook");
    case TriggerKind::Poll:
        return ObjectRulesModel::tr("poll");
    case TriggerKind::Schedule:
        return ObjectRulesModel::tr("schedule");
    case TriggerKind::OnChange:
        return ObjectRulesModel::tr("on change");
    case TriggerKind::OnFirstOrder:
        return ObjectRulesModel::tr("on first order");
    case TriggerKind::OnSettlement:
        return ObjectRulesModel::tr("on settlement");
    case TriggerKind::OnGeneration:
        return ObjectRulesModel::tr("on generation");
    case TriggerKind::Manual:
        return ObjectRulesModel::tr("manual");
    }
    return {};
}

QString label(MatchKey key)
{
    switch (key) {
    case MatchKey::Sku:
        return ObjectRulesModel::tr("SKU");
    case MatchKey::Email:
        return ObjectRulesModel::tr("email");
    case MatchKey::ExternalId:
        return ObjectRulesModel::tr("external id");
    case MatchKey::OrderId:
        return ObjectRulesModel::tr("order id");
    case MatchKey::Name:
        return ObjectRulesModel::tr("name (mutable)");
    case MatchKey::Title:
        return ObjectRulesModel::tr("title (mutable)");
    }
    return {};
}

QString label(SplitBy split)
{
    switch (split) {
    case SplitBy::None:
        return ObjectRulesModel::tr("Whole record");
    case SplitBy::Vendor:
        return ObjectRulesModel::tr("One per vendor");
    }
    return {};
}

template<typename E>
QStringList labels(const QList<E> &values)
{
    QStringList result;
    for (E value : values)
        result.append(label(value));
    return result;
}

QString triggerText(const Trigger &trigger)
{
    switch (trigger.kind) {
    case TriggerKind::Poll:
        return ObjectRulesModel::tr("poll every %1 min").arg(trigger.everyMinutes);
    case TriggerKind::Schedule:
        return ObjectRulesModel::tr("schedule %1").arg(trigger.at);
    default:
        return label(trigger.kind);
    }
}

} // namespace

ObjectRulesModel::ObjectRulesModel(MappingEditor *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{
    connect(editor, &MappingEditor::documentReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(editor, &MappingEditor::objectRuleChanged, this, [this](const QString &ruleId) {
        const int row = rowOf(ruleId);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    // Field counts and problem counts follow every edit.
    connect(editor, &MappingEditor::issuesChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, Fields), index(rowCount() - 1, Problems));
    });
}

ObjectRulesModel::~ObjectRulesModel() = default;

int ObjectRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_editor->document().objects.size());
}

int ObjectRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ObjectRulesModel::rowOf(const QString &ruleId) const
{
    const auto &objects = m_editor->document().objects;
    for (int i = 0; i < objects.size(); ++i)
        if (objects.at(i).id == ruleId)
            return i;
    return -1;
}

QVariant ObjectRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Mapping::ObjectRule &rule = m_editor->document().objects.at(index.row());
    if (role == RuleIdRole)
        return rule.id;
    int errors = 0;
    int warnings = 0;
    if (index.column() == Problems || role == Qt::ForegroundRole) {
        for (const Mapping::Issue &issue : m_editor->issues()) {
            if (issue.object == rule.id)
                ++(issue.isError() ? errors : warnings);
        }
    }
    if (index.column() == Split && role == Qt::ToolTipRole) {
        const QString what = tr("One ERP record per vendor of the order's lines; shipping and discounts are "
                                "shared in proportion to each vendor's net item amount");
        return canSplit(rule)
            ? what
            : what + u"\n"_s + tr("Only order rules written from the store to the ERP can be split.");
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Object:
            return rule.id;
        case Objects:
            return u"%1 → %2"_s.arg(rule.sourceObject(), rule.targetObject());
        case Owner:
            return label(rule.owner);
        case Direction:
            return label(rule.direction);
        case Trigger:
            return triggerText(rule.trigger);
        case MatchKey:
            return label(rule.matchKey);
        case Split:
            return splitEditable(rule) ? label(rule.split) : u"—"_s;
        case Fields:
            return int(rule.fields.size());
        case Problems:
            if (errors == 0 && warnings == 0)
                return role == Qt::DisplayRole ? tr("none") : tr("No problems");
            return errors > 0 ? tr("%n error(s)", nullptr, errors)
                    + (warnings ? u", "_s + tr("%n warning(s)", nullptr, warnings) : QString())
                              : tr("%n warning(s)", nullptr, warnings);
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case Owner:
            return int(owners.indexOf(rule.owner));
        case Direction:
            return int(directions.indexOf(rule.direction));
        case Trigger:
            return int(triggers.indexOf(rule.trigger.kind));
        case MatchKey:
            return int(matchKeys.indexOf(rule.matchKey));
        case Split:
            return int(splits.indexOf(rule.split));
        }
        break;
    case ChoicesRole:
        switch (index.column()) {
        case Owner:
            return labels(owners);
        case Direction:
            return labels(directions);
        case Trigger:
            return labels(triggers);
        case MatchKey:
            return labels(matchKeys);
        case Split:
            if (splitEditable(rule))
                return labels(splits);
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Problems && errors > 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        break;
    default:
        break;
    }
    return {};
}

bool ObjectRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Mapping::ObjectRule rule = m_editor->document().objects.at(index.row());
    const int choice = value.toInt();
    const auto in = [choice](const auto &list) {
        return choice >= 0 && choice < list.size();
    };
    switch (index.column()) {
    case Owner:
        if (!in(owners))
            return false;
        rule.owner = owners.at(choice);
        break;
    case Direction:
        if (!in(directions))
            return false;
        rule.direction = directions.at(choice);
        break;
    case Trigger:
        if (!in(triggers))
            return false;
        rule.trigger.kind = triggers.at(choice);
        if (rule.trigger.kind == Mapping::TriggerKind::Poll && rule.trigger.everyMinutes <= 0)
            rule.trigger.everyMinutes = 15;
        if (rule.trigger.kind == Mapping::TriggerKind::Schedule && rule.trigger.at.isEmpty())
            rule.trigger.at = u"daily 02:00"_s;
        break;
    case MatchKey:
        if (!in(matchKeys))
            return false;
        rule.matchKey = matchKeys.at(choice);
        break;
    case Split:
        // A split is only set where it is allowed; one set elsewhere may only be taken off.
        if (!in(splits) || !splitEditable(rule) || (!canSplit(rule) && splits.at(choice) != SplitBy::None))
            return false;
        rule.split = splits.at(choice);
        break;
    default:
        return false;
    }
    m_editor->changeObjectRule(rule);
    return true;
}

Qt::ItemFlags ObjectRulesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    switch (index.column()) {
    case Owner:
    case Direction:
    case Trigger:
    case MatchKey:
        f |= Qt::ItemIsEditable;
        break;
    case Split:
        if (splitEditable(m_editor->document().objects.at(index.row())))
            f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

QVariant ObjectRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Object:
        return tr("Object");
    case Objects:
        return tr("From → to");
    case Owner:
        return tr("Owner");
    case Direction:
        return tr("Direction");
    case Trigger:
        return tr("Trigger");
    case MatchKey:
        return tr("Match key");
    case Split:
        return tr("Split");
    case Fields:
        return tr("Fields");
    case Problems:
        return tr("Problems");
    }
    return {};
}

} // namespace LedgerLink::Studio
