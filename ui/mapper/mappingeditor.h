#pragma once

#include "mapping/automapper.h"
#include "mapping/fieldcatalog.h"
#include "mapping/mappingdocument.h"
#include "mapping/validator.h"

#include <QtCore/QObject>
#include <QtCore/QString>

#include <optional>

class QUndoStack;

namespace LedgerLink::Studio {

/**
 * The mapper's document: one mapping document, the two field catalogs it is drawn against, and
 * the undo stack every edit goes through (as in Tiled, the document owns the stack; views only
 * call the edit functions below and listen to the typed change signals). Fields and rules are
 * addressed by their stable string ids, never by row or position.
 *
 * "Modified" derives from the undo stack's clean state. Validation is re-run after every change
 * (it is a pure function over a small document: microseconds).
 *
 * GUI thread only.
 */
class MappingEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingEditor)

public:
    explicit MappingEditor(QObject *parent = nullptr);
    ~MappingEditor() override;

    /// Loads a mapping document and its catalogs (built-in catalogs named by the document).
    /// On failure nothing changes and *error says what and where.
    bool open(const QString &fileName, QString *error);
    /// Replaces the document (clears undo history). `fileName` may be empty for a new document.
    bool setDocument(Mapping::MappingDocument document, const QString &fileName, QString *error);
    /// Writes the document atomically to fileName() (or `fileName` for save-as) and marks it clean.
    bool save(QString *error);
    bool saveAs(const QString &fileName, QString *error);

    const Mapping::MappingDocument &document() const { return m_document; }
    QString fileName() const { return m_fileName; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;

    const Mapping::FieldCatalog &storeCatalog() const { return m_storeCatalog; }
    const Mapping::FieldCatalog &erpCatalog() const { return m_erpCatalog; }
    /// The catalog objects a rule maps from and to (nullptr when the catalog lacks them).
    const Mapping::CatalogObject *sourceObject(const QString &ruleId) const;
    const Mapping::CatalogObject *targetObject(const QString &ruleId) const;

    /// The latest validation findings.
    const QList<Mapping::Issue> &issues() const { return m_issues; }

    // ---- Edits: each one undo command (a list of proposals one macro). ----
    /// Adds a field mapping; an empty id gets a fresh one derived from the target path. Returns
    /// the id, or an empty string when the rule does not exist.
    QString addFieldMapping(const QString &ruleId, Mapping::FieldMapping field);
    void removeFieldMapping(const QString &ruleId, const QString &fieldId);
    /// Replaces the field mapping with the same id. `mergeKey` > 0 lets consecutive changes with
    /// the same key merge into one undo step (typing in a cell), 0 never merges.
    void changeFieldMapping(const QString &ruleId, const Mapping::FieldMapping &field, int mergeKey = 0);
    /// Replaces a rule's settings (owner, direction, trigger, match key, split, note); its fields stay.
    void changeObjectRule(const Mapping::ObjectRule &rule);
    /// Adds or replaces a lookup table (by id); removes one.
    void setLookupTable(const Mapping::LookupTable &table);
    void removeLookupTable(const QString &tableId);
    void setRolloutStage(Mapping::RolloutStage stage);
    /// Accepts auto-map proposals as field mappings of `ruleId`, as one undo step.
    void acceptProposals(const QString &ruleId, const QList<Mapping::AutoMapProposal> &proposals);

    /// Auto-map proposals for a rule's unmapped targets.
    QList<Mapping::AutoMapProposal> proposals(const QString &ruleId) const;

    // ---- Used by the undo commands only. ----
    void insertFieldAt(const QString &ruleId, int index, const Mapping::FieldMapping &field);
    Mapping::FieldMapping takeField(const QString &ruleId, const QString &fieldId, int *index);
    void replaceField(const QString &ruleId, const Mapping::FieldMapping &field);
    void replaceRuleSettings(const Mapping::ObjectRule &rule);
    void replaceLookupTable(const QString &tableId, const std::optional<Mapping::LookupTable> &table,
                            int index);
    void replacePolicies(const Mapping::Policies &policies);

signals:
    void documentReset();
    void fieldMappingAdded(const QString &ruleId, const QString &fieldId);
    void fieldMappingRemoved(const QString &ruleId, const QString &fieldId);
    void fieldMappingChanged(const QString &ruleId, const QString &fieldId);
    void objectRuleChanged(const QString &ruleId);
    void lookupTablesChanged();
    void policiesChanged();
    void issuesChanged();
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);

private:
    Mapping::ObjectRule *mutableRule(const QString &ruleId);
    void revalidate();
    QString freshFieldId(const Mapping::ObjectRule &rule, const QString &target) const;

    Mapping::MappingDocument m_document;
    Mapping::FieldCatalog m_storeCatalog;
    Mapping::FieldCatalog m_erpCatalog;
    QList<Mapping::Issue> m_issues;
    QString m_fileName;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace LedgerLink::Studio
