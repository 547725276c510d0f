#include "fieldmappingsmodel.h"

#include "choicedelegate.h"
#include "mapping/fieldcatalog.h"
#include "mappingeditor.h"
#include "transformeditor.h"

#include <QtGui/QBrush>
#include <QtGui/QColor>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

namespace {
/// The Owner column's choices: the object's owner (no per-field owner), then the three owners.
const QList<std::optional<Mapping::Owner>> ownerChoices{std::nullopt, Mapping::Owner::Store,
                                                        Mapping::Owner::Erp, Mapping::Owner::Gateway};

QString ownerLabel(const std::optional<Mapping::Owner> &owner)
{
    if (!owner)
        return FieldMappingsModel::tr("as the object");
    switch (*owner) {
    case Mapping::Owner::Store:
        return FieldMappingsModel::tr("Store");
    case Mapping::Owner::Erp:
        return FieldMappingsModel::tr("ERP");
    case Mapping::Owner::Gateway:
        return FieldMappingsModel::tr("Payment gateway");
    }
    return {};
}
} // namespace

FieldMappingsModel::FieldMappingsModel(MappingEditor *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{
    connect(editor, &MappingEditor::documentReset, this, &FieldMappingsModel::reset);
    connect(editor, &MappingEditor::objectRuleChanged, this, [this](const QString &ruleId) {
        if (ruleId == m_ruleId && !m_ids.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    connect(editor, &MappingEditor::fieldMappingAdded, this,
            [this](const QString &ruleId, const QString &fieldId) {
                if (ruleId != m_ruleId)
                    return;
                const int row = int(currentIds().indexOf(fieldId));
                beginInsertRows({}, row, row);
                m_ids.insert(row, fieldId);
                endInsertRows();
            });
    connect(editor, &MappingEditor::fieldMappingRemoved, this,
            [this](const QString &ruleId, const QString &fieldId) {
                const int row = rowOf(fieldId);
                if (ruleId != m_ruleId || row < 0)
                    return;
                beginRemoveRows({}, row, row);
                m_ids.removeAt(row);
                endRemoveRows();
            });
    connect(editor, &MappingEditor::fieldMappingChanged, this,
            [this](const QString &ruleId, const QString &fieldId) {
                const int row = rowOf(fieldId);
                if (ruleId == m_ruleId && row >= 0)
                    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            });
    connect(editor, &MappingEditor::issuesChanged, this, [this] {
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                             {Qt::ForegroundRole, Qt::ToolTipRole});
    });
}

FieldMappingsModel::~FieldMappingsModel() = default;

QStringList FieldMappingsModel::currentIds() const
{
    QStringList ids;
    if (const Mapping::ObjectRule *rule = m_editor->document().rule(m_ruleId))
        for (const Mapping::FieldMapping &field : rule->fields)
            ids.append(field.id);
    return ids;
}

void FieldMappingsModel::setRule(const QString &ruleId)
{
    if (ruleId == m_ruleId)
        return;
    m_ruleId = ruleId;
    reset();
}

void FieldMappingsModel::reset()
{
    beginResetModel();
    m_ids = currentIds();
    endResetModel();
}

int FieldMappingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int FieldMappingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldMappingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Mapping::ObjectRule *rule = m_editor->document().rule(m_ruleId);
    const Mapping::FieldMapping *field = rule ? rule->field(m_ids.at(index.row())) : nullptr;
    if (!field)
        return {};
    if (role == FieldIdRole)
        return field->id;
    if (role == Qt::CheckStateRole && index.column() == Required)
        return field->required ? Qt::Checked : Qt::Unchecked;
    if (index.column() == Owner) {
        if (role == ChoicesRole) {
            QStringList labels;
            for (const auto &owner : ownerChoices)
                labels.append(ownerLabel(owner));
            return labels;
        }
        if (role == Qt::EditRole)
            return int(ownerChoices.indexOf(field->owner));
        if (role == Qt::DisplayRole)
            return field->owner ? ownerLabel(field->owner) : QString();
    }
    if (index.column() == Linked) {
        const QStringList choices = linkChoices(*field);
        if (role == ChoicesRole) {
            QStringList labels{tr("not linked")};
            for (qsizetype i = 1; i < choices.size(); ++i)
                labels.append(tr("rule \"%1\"").arg(choices.at(i)));
            return labels;
        }
        if (role == Qt::EditRole)
            return int(choices.indexOf(field->linked));
        if (role == Qt::ToolTipRole && !field->linked.isEmpty())
            return tr("The value is an id of the rule \"%1\"'s source records; the id of the record that "
                      "rule wrote for it is written")
                .arg(field->linked);
    }
    if (role == Qt::ForegroundRole || role == Qt::ToolTipRole) {
        QStringList messages;
        bool error = false;
        for (const Mapping::Issue &issue : m_editor->issues()) {
            if (issue.object == m_ruleId && issue.field == field->id) {
                messages.append(issue.message);
                error = error || issue.isError();
            }
        }
        if (role == Qt::ForegroundRole)
            return error ? QVariant(QBrush(QColor(0xc6, 0x28, 0x28))) : QVariant();
        if (!messages.isEmpty())
            return messages.join(u'\n');
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Source:
        return field->source;
    case Target:
        return field->target;
    case Transform:
        return field->transform;
    case Lookup:
        return field->lookup;
    case Linked:
        return field->linked;
    case Default:
        return field->defaultValue ? textFromValue(*field->defaultValue) : QString();
    case Required:
        return role == Qt::EditRole ? QVariant(field->required) : QVariant();
    case Owner:
        return field->owner ? ownerLabel(field->owner) : QString();
    case Note:
        return field->note;
    }
    return {};
}

bool FieldMappingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Mapping::ObjectRule *rule = m_editor->document().rule(m_ruleId);
    const Mapping::FieldMapping *current = rule ? rule->field(m_ids.at(index.row())) : nullptr;
    if (!current)
        return false;
    Mapping::FieldMapping field = *current;
    if (role == Qt::CheckStateRole && index.column() == Required) {
        field.required = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole) {
        const QString text = value.toString();
        switch (index.column()) {
        case Source:
            field.source = text.trimmed();
            break;
        case Target:
            if (text.trimmed().isEmpty())
                return false; // a mapping always has a target
            field.target = text.trimmed();
            break;
        case Transform:
            field.transform = text.trimmed();
            break;
        case Lookup:
            field.lookup = text.trimmed();
            break;
        case Linked: {
            const QStringList choices = linkChoices(field);
            const int choice = value.toInt();
            if (choice < 0 || choice >= choices.size())
                return false;
            field.linked = choices.at(choice);
            break;
        }
        case Default: {
            const Mapping::CatalogObject *target = m_editor->targetObject(m_ruleId);
            const Mapping::CatalogField *targetField =
                target ? target->field(Mapping::catalogPath(field.target)) : nullptr;
            field.defaultValue = valueFromText(text, targetField && holdsText(targetField->type));
            break;
        }
        case Required:
            field.required = value.toBool();
            break;
        case Owner: {
            const int choice = value.toInt();
            if (choice < 0 || choice >= ownerChoices.size())
                return false;
            field.owner = ownerChoices.at(choice);
            break;
        }
        case Note:
            field.note = text.trimmed();
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    m_editor->changeFieldMapping(m_ruleId, field);
    return true;
}

QStringList FieldMappingsModel::linkChoices(const Mapping::FieldMapping &field) const
{
    QStringList choices{QString()};
    const Mapping::ObjectRule *rule = m_editor->document().rule(m_ruleId);
    for (const Mapping::ObjectRule &other : m_editor->document().objects) {
        if (rule && other.id != rule->id && other.direction == rule->direction)
            choices.append(other.id);
    }
    if (!field.linked.isEmpty() && !choices.contains(field.linked))
        choices.append(field.linked); // as the document says; the validator says what is wrong
    return choices;
}

Qt::ItemFlags FieldMappingsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == Required)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

QVariant FieldMappingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Source:
        return tr("Source field");
    case Target:
        return tr("Target field");
    case Transform:
        return tr("Transform");
    case Lookup:
        return tr("Lookup table");
    case Linked:
        return tr("Linked to");
    case Default:
        return tr("Default");
    case Required:
        return tr("Required");
    case Owner:
        return tr("Owner");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace LedgerLink::Studio
