#include "mappingcommands.h"

#include "mappingeditor.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MappingCommands)
};
} // namespace

AddFieldMapping::AddFieldMapping(MappingEditor *editor, QString ruleId, Mapping::FieldMapping field,
                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_editor(editor)
    , m_ruleId(std::move(ruleId))
    , m_field(std::move(field))
{
    setText(Text::tr("Map %1 → %2").arg(m_field.source.isEmpty() ? u"—"_s : m_field.source, m_field.target));
}

void AddFieldMapping::undo()
{
    m_editor->takeField(m_ruleId, m_field.id, &m_index);
}

void AddFieldMapping::redo()
{
    m_editor->insertFieldAt(m_ruleId, m_index, m_field);
}

RemoveFieldMapping::RemoveFieldMapping(MappingEditor *editor, QString ruleId, Mapping::FieldMapping field,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_editor(editor)
    , m_ruleId(std::move(ruleId))
    , m_field(std::move(field))
{
    setText(Text::tr("Remove mapping of %1").arg(m_field.target));
}

void RemoveFieldMapping::undo()
{
    m_editor->insertFieldAt(m_ruleId, m_index, m_field);
}

void RemoveFieldMapping::redo()
{
    m_field = m_editor->takeField(m_ruleId, m_field.id, &m_index);
}

ChangeFieldMapping::ChangeFieldMapping(MappingEditor *editor, QString ruleId, Mapping::FieldMapping before,
                                       Mapping::FieldMapping after, int mergeKey, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_editor(editor)
    , m_ruleId(std::move(ruleId))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
    setText(Text::tr("Change mapping of %1").arg(m_after.target));
}

void ChangeFieldMapping::undo()
{
    m_editor->replaceField(m_ruleId, m_before);
}

void ChangeFieldMapping::redo()
{
    m_editor->replaceField(m_ruleId, m_after);
}

int ChangeFieldMapping::id() const
{
    return m_mergeKey > 0 ? ChangeFieldMappingId : -1;
}

bool ChangeFieldMapping::mergeWith(const QUndoCommand *other)
{
    const auto *change = static_cast<const ChangeFieldMapping *>(other);
    if (change->m_mergeKey != m_mergeKey || change->m_ruleId != m_ruleId || change->m_after.id != m_after.id)
        return false;
    m_after = change->m_after;
    setObsolete(m_after == m_before);
    return true;
}

ChangeObjectRule::ChangeObjectRule(MappingEditor *editor, Mapping::ObjectRule before,
                                   Mapping::ObjectRule after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(Text::tr("Change the %1 rule").arg(m_after.id));
}

void ChangeObjectRule::undo()
{
    m_editor->replaceRuleSettings(m_before);
}

void ChangeObjectRule::redo()
{
    m_editor->replaceRuleSettings(m_after);
}

ChangeLookupTable::ChangeLookupTable(MappingEditor *editor, QString tableId,
                                     std::optional<Mapping::LookupTable> before,
                                     std::optional<Mapping::LookupTable> after, int index,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_editor(editor)
    , m_tableId(std::move(tableId))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_index(index)
{
    setText(!m_after       ? Text::tr("Remove lookup table %1").arg(m_tableId)
                : m_before ? Text::tr("Change lookup table %1").arg(m_tableId)
                           : Text::tr("Add lookup table %1").arg(m_tableId));
}

void ChangeLookupTable::undo()
{
    m_editor->replaceLookupTable(m_tableId, m_before, m_index);
}

void ChangeLookupTable::redo()
{
    m_editor->replaceLookupTable(m_tableId, m_after, m_index);
}

ChangePolicies::ChangePolicies(MappingEditor *editor, Mapping::Policies before, Mapping::Policies after,
                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_editor(editor)
    , m_before(before)
    , m_after(after)
{
    setText(m_before.rolloutStage != m_after.rolloutStage
                ? Text::tr("Set the rollout stage to %1").arg(Mapping::nameOf(m_after.rolloutStage))
                : Text::tr("Change the policies"));
}

void ChangePolicies::undo()
{
    m_editor->replacePolicies(m_before);
}

void ChangePolicies::redo()
{
    m_editor->replacePolicies(m_after);
}

} // namespace LedgerLink::Studio
