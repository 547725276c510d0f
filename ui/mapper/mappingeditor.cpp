#include "mappingeditor.h"

#include "mappingcommands.h"

#include <QtCore/QFileInfo>
#include <QtCore/QRegularExpression>
#include <QtGui/QUndoStack>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

MappingEditor::MappingEditor(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

MappingEditor::~MappingEditor() = default;

bool MappingEditor::open(const QString &fileName, QString *error)
{
    Mapping::LoadResult loaded = Mapping::MappingDocument::load(fileName);
    if (!loaded.ok()) {
        if (error)
            *error = loaded.error;
        return false;
    }
    return setDocument(std::move(*loaded.document), QFileInfo(fileName).absoluteFilePath(), error);
}

bool MappingEditor::setDocument(Mapping::MappingDocument document, const QString &fileName, QString *error)
{
    QString catalogError;
    auto store = Mapping::FieldCatalog::builtin(document.store.catalog, &catalogError);
    if (!store) {
        if (error)
            *error = tr("The store's field catalog \"%1\": %2").arg(document.store.catalog, catalogError);
        return false;
    }
    auto erp = Mapping::FieldCatalog::builtin(document.erp.catalog, &catalogError);
    if (!erp) {
        if (error)
            *error = tr("The ERP's field catalog \"%1\": %2").arg(document.erp.catalog, catalogError);
        return false;
    }
    const bool wasModified = isModified();
    m_document = std::move(document);
    m_storeCatalog = std::move(*store);
    m_erpCatalog = std::move(*erp);
    m_undoStack->clear();
    m_undoStack->setClean();
    const bool renamed = m_fileName != fileName;
    m_fileName = fileName;
    m_issues = Mapping::validate(m_document, m_storeCatalog, m_erpCatalog);
    emit documentReset();
    emit issuesChanged();
    if (renamed)
        emit fileNameChanged(m_fileName);
    if (wasModified)
        emit modifiedChanged(false);
    return true;
}

bool MappingEditor::save(QString *error)
{
    if (m_fileName.isEmpty()) {
        if (error)
            *error = tr("The mapping has no file yet: save it under a name first.");
        return false;
    }
    return saveAs(m_fileName, error);
}

bool MappingEditor::saveAs(const QString &fileName, QString *error)
{
    const QString failure = m_document.save(fileName);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    const QString absolute = QFileInfo(fileName).absoluteFilePath();
    if (absolute != m_fileName) {
        m_fileName = absolute;
        emit fileNameChanged(m_fileName);
    }
    m_undoStack->setClean();
    return true;
}

bool MappingEditor::isModified() const
{
    return !m_undoStack->isClean();
}

const Mapping::CatalogObject *MappingEditor::sourceObject(const QString &ruleId) const
{
    const Mapping::ObjectRule *rule = m_document.rule(ruleId);
    if (!rule)
        return nullptr;
    const auto &catalog = rule->direction == Mapping::Direction::ErpToStore ? m_erpCatalog : m_storeCatalog;
    return catalog.object(rule->sourceObject());
}

const Mapping::CatalogObject *MappingEditor::targetObject(const QString &ruleId) const
{
    const Mapping::ObjectRule *rule = m_document.rule(ruleId);
    if (!rule)
        return nullptr;
    const auto &catalog = rule->direction == Mapping::Direction::ErpToStore ? m_storeCatalog : m_erpCatalog;
    return catalog.object(rule->targetObject());
}

QString MappingEditor::addFieldMapping(const QString &ruleId, Mapping::FieldMapping field)
{
    const Mapping::ObjectRule *rule = m_document.rule(ruleId);
    if (!rule)
        return {};
    if (field.id.isEmpty() || rule->field(field.id))
        field.id = freshFieldId(*rule, field.target);
    if (rule->direction == Mapping::Direction::Both && !field.owner)
        field.owner = rule->owner; // every field of a two-way object needs its owner
    const QString id = field.id;
    m_undoStack->push(new AddFieldMapping(this, ruleId, std::move(field)));
    return id;
}

void MappingEditor::removeFieldMapping(const QString &ruleId, const QString &fieldId)
{
    const Mapping::ObjectRule *rule = m_document.rule(ruleId);
    const Mapping::FieldMapping *field = rule ? rule->field(fieldId) : nullptr;
    if (field)
        m_undoStack->push(new RemoveFieldMapping(this, ruleId, *field));
}

void MappingEditor::changeFieldMapping(const QString &ruleId, const Mapping::FieldMapping &field,
                                       int mergeKey)
{
    const Mapping::ObjectRule *rule = m_document.rule(ruleId);
    const Mapping::FieldMapping *before = rule ? rule->field(field.id) : nullptr;
    if (before && *before != field)
        m_undoStack->push(new ChangeFieldMapping(this, ruleId, *before, field, mergeKey));
}

void MappingEditor::changeObjectRule(const Mapping::ObjectRule &rule)
{
    const Mapping::ObjectRule *before = m_document.rule(rule.id);
    if (!before)
        return;
    Mapping::ObjectRule after = rule;
    after.fields = before->fields; // the settings only
    if (after != *before)
        m_undoStack->push(new ChangeObjectRule(this, *before, after));
}

void MappingEditor::setLookupTable(const Mapping::LookupTable &table)
{
    std::optional<Mapping::LookupTable> before;
    int index = int(m_document.lookupTables.size());
    for (int i = 0; i < m_document.lookupTables.size(); ++i) {
        if (m_document.lookupTables.at(i).id == table.id) {
            before = m_document.lookupTables.at(i);
            index = i;
        }
    }
    if (before != table)
        m_undoStack->push(new ChangeLookupTable(this, table.id, before, table, index));
}

void MappingEditor::removeLookupTable(const QString &tableId)
{
    for (int i = 0; i < m_document.lookupTables.size(); ++i) {
        if (m_document.lookupTables.at(i).id == tableId) {
            m_undoStack->push(
                new ChangeLookupTable(this, tableId, m_document.lookupTables.at(i), std::nullopt, i));
            return;
        }
    }
}

void MappingEditor::setRolloutStage(Mapping::RolloutStage stage)
{
    if (m_document.policies.rolloutStage == stage)
        return;
    Mapping::Policies after = m_document.policies;
    after.rolloutStage = stage;
    m_undoStack->push(new ChangePolicies(this, m_document.policies, after));
}

void MappingEditor::acceptProposals(const QString &ruleId, const QList<Mapping::AutoMapProposal> &proposals)
{
    const Mapping::ObjectRule *rule = m_document.rule(ruleId);
    if (!rule || proposals.isEmpty())
        return;
    m_undoStack->beginMacro(tr("Accept %n auto-map proposal(s)", nullptr, int(proposals.size())));
    for (const Mapping::AutoMapProposal &proposal : proposals) {
        Mapping::FieldMapping field;
        field.source = proposal.source;
        field.target = proposal.target;
        const Mapping::CatalogObject *target = targetObject(ruleId);
        const Mapping::CatalogField *targetField = target ? target->field(proposal.target) : nullptr;
        field.required = targetField && targetField->required;
        field.note = tr("auto-mapped: %1").arg(proposal.reason);
        addFieldMapping(ruleId, field);
    }
    m_undoStack->endMacro();
}

QList<Mapping::AutoMapProposal> MappingEditor::proposals(const QString &ruleId) const
{
    const Mapping::ObjectRule *rule = m_document.rule(ruleId);
    const Mapping::CatalogObject *source = sourceObject(ruleId);
    const Mapping::CatalogObject *target = targetObject(ruleId);
    if (!rule || !source || !target)
        return {};
    QStringList mapped;
    QStringList sources;
    for (const Mapping::FieldMapping &field : rule->fields) {
        mapped.append(field.target);
        sources.append(field.source);
    }
    QList<Mapping::AutoMapProposal> result = Mapping::autoMap(*source, *target, mapped);
    // A source already drawn to a target is not proposed again.
    result.removeIf([&](const Mapping::AutoMapProposal &p) { return sources.contains(p.source); });
    return result;
}

// ---- Edits the undo commands make ----

Mapping::ObjectRule *MappingEditor::mutableRule(const QString &ruleId)
{
    for (Mapping::ObjectRule &rule : m_document.objects)
        if (rule.id == ruleId)
            return &rule;
    return nullptr;
}

void MappingEditor::insertFieldAt(const QString &ruleId, int index, const Mapping::FieldMapping &field)
{
    Mapping::ObjectRule *rule = mutableRule(ruleId);
    Q_ASSERT(rule);
    if (!rule)
        return;
    const int at = index < 0 || index > rule->fields.size() ? int(rule->fields.size()) : index;
    rule->fields.insert(at, field);
    emit fieldMappingAdded(ruleId, field.id);
    revalidate();
}

Mapping::FieldMapping MappingEditor::takeField(const QString &ruleId, const QString &fieldId, int *index)
{
    Mapping::ObjectRule *rule = mutableRule(ruleId);
    Q_ASSERT(rule);
    if (!rule)
        return {};
    for (int i = 0; i < rule->fields.size(); ++i) {
        if (rule->fields.at(i).id == fieldId) {
            Mapping::FieldMapping field = rule->fields.takeAt(i);
            if (index)
                *index = i;
            emit fieldMappingRemoved(ruleId, fieldId);
            revalidate();
            return field;
        }
    }
    Q_ASSERT_X(false, "MappingEditor::takeField", "no such field");
    return {};
}

void MappingEditor::replaceField(const QString &ruleId, const Mapping::FieldMapping &field)
{
    Mapping::ObjectRule *rule = mutableRule(ruleId);
    Q_ASSERT(rule);
    if (!rule)
        return;
    for (Mapping::FieldMapping &existing : rule->fields) {
        if (existing.id == field.id) {
            existing = field;
            emit fieldMappingChanged(ruleId, field.id);
            revalidate();
            return;
        }
    }
}

void MappingEditor::replaceRuleSettings(const Mapping::ObjectRule &rule)
{
    Mapping::ObjectRule *existing = mutableRule(rule.id);
    Q_ASSERT(existing);
    if (!existing)
        return;
    QList<Mapping::FieldMapping> fields = std::move(existing->fields);
    *existing = rule;
    existing->fields = std::move(fields);
    emit objectRuleChanged(rule.id);
    revalidate();
}

void MappingEditor::replaceLookupTable(const QString &tableId,
                                       const std::optional<Mapping::LookupTable> &table, int index)
{
    auto &tables = m_document.lookupTables;
    const auto found = std::find_if(tables.begin(), tables.end(),
                                    [&](const Mapping::LookupTable &t) { return t.id == tableId; });
    if (found != tables.end()) {
        if (table)
            *found = *table;
        else
            tables.erase(found);
    } else if (table) {
        tables.insert(std::clamp(index, 0, int(tables.size())), *table);
    }
    emit lookupTablesChanged();
    revalidate();
}

void MappingEditor::replacePolicies(const Mapping::Policies &policies)
{
    m_document.policies = policies;
    emit policiesChanged();
    revalidate();
}

void MappingEditor::revalidate()
{
    m_issues = Mapping::validate(m_document, m_storeCatalog, m_erpCatalog);
    emit issuesChanged();
}

QString MappingEditor::freshFieldId(const Mapping::ObjectRule &rule, const QString &target) const
{
    // "LineItems[].UnitAmount" → "line_items_unit_amount"-like: lower-case words joined by '_'.
    QString base = target;
    base.replace(QRegularExpression(u"([a-z0-9])([A-Z])"_s), u"\\1_\\2"_s);
    base = base.toLower();
    base.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"_"_s);
    base.remove(QRegularExpression(u"^_+|_+$"_s));
    if (base.isEmpty())
        base = u"field"_s;
    QString id = base;
    for (int n = 2; rule.field(id); ++n)
        id = base + u'_' + QString::number(n);
    return id;
}

} // namespace LedgerLink::Studio
