#pragma once

#include "mapping/mappingdocument.h"

#include <QtGui/QUndoCommand>

#include <optional>

namespace LedgerLink::Studio {

class MappingEditor;

/// The ids of the mapper's undo commands (one enum, as in Tiled), for QUndoCommand::id().
enum MappingCommandId {
    ChangeFieldMappingId = 1,
};

/// Adds one field mapping to a rule (at the end, or back at its old place on redo).
class AddFieldMapping final : public QUndoCommand
{
public:
    AddFieldMapping(MappingEditor *editor, QString ruleId, Mapping::FieldMapping field,
                    QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    MappingEditor *m_editor;
    QString m_ruleId;
    Mapping::FieldMapping m_field;
    int m_index = -1;
};

/// Removes one field mapping; undo puts it back at the same place.
class RemoveFieldMapping final : public QUndoCommand
{
public:
    RemoveFieldMapping(MappingEditor *editor, QString ruleId, Mapping::FieldMapping field,
                       QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    MappingEditor *m_editor;
    QString m_ruleId;
    Mapping::FieldMapping m_field;
    int m_index = -1;
};

/// Replaces a field mapping (same id) by a changed one. Consecutive changes of the same field
/// with the same non-zero merge key are one undo step; a change back to the original value
/// makes the command obsolete.
class ChangeFieldMapping final : public QUndoCommand
{
public:
    ChangeFieldMapping(MappingEditor *editor, QString ruleId, Mapping::FieldMapping before,
                       Mapping::FieldMapping after, int mergeKey, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    MappingEditor *m_editor;
    QString m_ruleId;
    Mapping::FieldMapping m_before;
    Mapping::FieldMapping m_after;
    int m_mergeKey;
};

/// Replaces an object rule's settings (owner, direction, trigger, match key, split, note).
class ChangeObjectRule final : public QUndoCommand
{
public:
    ChangeObjectRule(MappingEditor *editor, Mapping::ObjectRule before, Mapping::ObjectRule after,
                     QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    MappingEditor *m_editor;
    Mapping::ObjectRule m_before;
    Mapping::ObjectRule m_after;
};

/// Adds, replaces or removes (nullopt) one lookup table.
class ChangeLookupTable final : public QUndoCommand
{
public:
    ChangeLookupTable(MappingEditor *editor, QString tableId, std::optional<Mapping::LookupTable> before,
                      std::optional<Mapping::LookupTable> after, int index, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    MappingEditor *m_editor;
    QString m_tableId;
    std::optional<Mapping::LookupTable> m_before;
    std::optional<Mapping::LookupTable> m_after;
    int m_index;
};

/// Replaces the document's policies (rollout stage, tax authority, rounding).
class ChangePolicies final : public QUndoCommand
{
public:
    ChangePolicies(MappingEditor *editor, Mapping::Policies before, Mapping::Policies after,
                   QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    MappingEditor *m_editor;
    Mapping::Policies m_before;
    Mapping::Policies m_after;
};

} // namespace LedgerLink::Studio
