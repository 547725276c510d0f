#include "mapping/validator.h"

#include "expr/expression.h"
#include "mapping/fieldcatalog.h"
#include "mapping/mappingdocument.h"
#include "mapping/objectmapper.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Mapping {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Mapping::Validator)
};

const QStringList objectKinds{u"product"_s, u"variant"_s, u"inventory_level"_s, u"customer"_s,
                              u"order"_s,   u"invoice"_s, u"credit_note"_s,     u"payment"_s,
                              u"refund"_s,  u"payout"_s};

// The part of a path up to and including its "[]" ("line_items[]") or "[+]" ("LineItems[+]"),
// or empty.
QString arrayPrefix(const QString &path)
{
    if (const qsizetype appended = path.indexOf(u"[+]"_s); appended >= 0)
        return path.left(appended + 3);
    const qsizetype at = path.indexOf(u"[]"_s);
    return at < 0 ? QString() : path.left(at + 2);
}

class Checker
{
public:
    Checker(const MappingDocument &document, const FieldCatalog &store, const FieldCatalog &erp)
        : m_doc(document)
        , m_store(store)
        , m_erp(erp)
    { }

    QList<Issue> run()
    {
        QSet<QString> tableIds;
        for (const LookupTable &t : m_doc.lookupTables) {
            if (tableIds.contains(t.id))
                error({}, {},
                      Text::tr("the lookup table id \"%1\" is used twice; give each table its own id")
                          .arg(t.id));
            tableIds.insert(t.id);
        }
        QSet<QString> ruleIds;
        for (const ObjectRule &rule : m_doc.objects) {
            if (ruleIds.contains(rule.id))
                error(rule.id, {},
                      Text::tr("the object rule id \"%1\" is used twice; give each rule its own id")
                          .arg(rule.id));
            ruleIds.insert(rule.id);
            checkRule(rule);
        }
        return m_issues;
    }

private:
    void error(const QString &object, const QString &field, const QString &message)
    {
        m_issues.append({Issue::Severity::Error, object, field, message});
    }
    void warning(const QString &object, const QString &field, const QString &message)
    {
        m_issues.append({Issue::Severity::Warning, object, field, message});
    }

    const FieldCatalog &storeSide(const ObjectRule &rule, bool source) const
    {
        const bool storeIsSource = rule.direction != Direction::ErpToStore;
        return storeIsSource == source ? m_store : m_erp;
    }

    const CatalogObject *catalogObject(const ObjectRule &rule, bool source)
    {
        const FieldCatalog &catalog = storeSide(rule, source);
        const QString name = source ? rule.sourceObject() : rule.targetObject();
        const QString key = &catalog == &m_store ? u"store_object"_s : u"erp_object"_s;
        if (name.isEmpty()) {
            error(rule.id, {},
                  Text::tr("\"%1\" is not set; name the object of the %2 catalog this rule maps")
                      .arg(key, catalog.id));
            return nullptr;
        }
        const CatalogObject *object = catalog.object(name);
        if (!object) {
            QStringList names;
            for (const CatalogObject &o : catalog.objects)
                names.append(o.name);
            error(rule.id, {},
                  Text::tr("the %1 catalog has no object \"%2\"; use one of %3")
                      .arg(catalog.id, name, names.join(u", "_s)));
        }
        return object;
    }

    /// "split": "vendor" needs store orders written to the ERP whose lines name their vendor.
    void checkSplit(const ObjectRule &rule)
    {
        if (rule.object != u"order"_s || rule.direction != Direction::StoreToErp) {
            error(rule.id, {},
                  Text::tr("\"split\": \"vendor\" is for order rules with direction store_to_erp; this "
                           "rule is %1 with direction %2")
                      .arg(rule.object, nameOf(rule.direction)));
            return;
        }
        const CatalogObject *source = m_store.object(rule.storeObject); // a missing one is said elsewhere
        if (!source)
            return;
        const bool vendors =
            std::any_of(source->fields.cbegin(), source->fields.cend(),
                        [](const CatalogField &field) { return field.canonicalConcept == u"line.vendor"_s; });
        if (!vendors)
            error(rule.id, {},
                  Text::tr("\"split\": \"vendor\" needs the vendor of each line, and the %1 catalog's "
                           "\"%2\" has none")
                      .arg(m_store.id, rule.storeObject));
    }

    void checkRule(const ObjectRule &rule)
    {
        if (!objectKinds.contains(rule.object))
            error(rule.id, {},
                  Text::tr("\"%1\" is not an object LedgerLink syncs; use one of %2")
                      .arg(rule.object, objectKinds.join(u", "_s)));
        if (rule.matchKey == MatchKey::Name || rule.matchKey == MatchKey::Title)
            error(rule.id, {},
                  Text::tr("the match key \"%1\" is mutable and would create duplicates when it "
                           "changes; match on SKU, email or an external id")
                      .arg(nameOf(rule.matchKey)));
        if (rule.split == SplitBy::Vendor)
            checkSplit(rule);
        if (rule.direction == Direction::None) {
            if (!rule.fields.isEmpty())
                warning(rule.id, {},
                        Text::tr("the direction is none, so its %1 field mappings never run; "
                                 "set a direction or remove them")
                            .arg(rule.fields.size()));
            return;
        }
        const CatalogObject *source = catalogObject(rule, true);
        const CatalogObject *target = catalogObject(rule, false);
        if (source)
            checkTrigger(rule, *source);

        const Owner sourceOwner = rule.direction == Direction::ErpToStore ? Owner::Erp : Owner::Store;
        QHash<QString, QString> writers; // target path → field mapping id
        QSet<QString> fieldIds;
        QSet<QString> mappedArrays;
        QHash<QString, std::pair<QString, QString>> listSources; // target list → (source list, field id)
        for (const FieldMapping &f : rule.fields) {
            if (fieldIds.contains(f.id))
                error(rule.id, f.id,
                      Text::tr("the field mapping id \"%1\" is used twice in this object; give "
                               "each mapping its own id")
                          .arg(f.id));
            fieldIds.insert(f.id);
            if (writers.contains(f.target))
                error(rule.id, f.id,
                      Text::tr("\"%1\" is already written by field mapping \"%2\"; every field has "
                               "exactly one owner, so remove one of the two mappings")
                          .arg(f.target, writers.value(f.target)));
            else
                writers.insert(f.target, f.id);
            const QString targetList = arrayPrefix(f.target);
            const QString sourceList = arrayPrefix(f.source);
            if (!targetList.isEmpty()) {
                mappedArrays.insert(targetList);
                // Elements are matched by position, so one target list is filled from one source list
                // ("LineItems[]"), and one more may follow it ("LineItems[+]").
                if (!sourceList.isEmpty() && !sourceList.endsWith(u"[+]"_s)) { // that one: checkField()
                    const auto known = listSources.constFind(targetList);
                    if (known == listSources.cend())
                        listSources.insert(targetList, {sourceList, f.id});
                    else if (known->first != sourceList)
                        error(rule.id, f.id,
                              Text::tr(
                                  "\"%1\" is filled from \"%2\" by field mapping \"%3\"; one target list "
                                  "takes its elements from one source list, so map \"%4\" into another list, "
                                  "append its elements after the first list's (\"[+]\") or build the whole "
                                  "list with a transform")
                                  .arg(targetList, known->first, known->second, sourceList));
                }
            }
            checkOwner(rule, f, sourceOwner);
            checkField(rule, f, source, target);
        }
        if (!target)
            return;
        for (const CatalogField &field : target->fields) {
            if (!field.required || field.readOnly)
                continue;
            // An element's required field matters only when its list is mapped, and for each of
            // the list's parts ("LineItems[]" and the elements appended after them, "LineItems[+]").
            const QString prefix = arrayPrefix(field.path);
            QStringList paths{field.path};
            if (!prefix.isEmpty()) {
                paths.clear();
                for (const QString &list : QStringList{prefix, prefix.chopped(1) + u"+]"_s}) {
                    if (mappedArrays.contains(list))
                        paths.append(list + field.path.mid(prefix.size()));
                }
            }
            for (const QString &path : std::as_const(paths)) {
                if (writers.contains(path))
                    continue;
                // A required object is mapped when a mapping writes one of its fields ("party.email").
                const QString childPrefix = path + u'.';
                if (std::any_of(writers.keyBegin(), writers.keyEnd(), [&childPrefix](const QString &written) {
                        return written.startsWith(childPrefix);
                    }))
                    continue;
                error(rule.id, {},
                      Text::tr("the required target field \"%1\" of %2 is not mapped; map a source "
                               "field to it or give it a default")
                          .arg(path, target->name));
            }
        }
    }

    void checkTrigger(const ObjectRule &rule, const CatalogObject &source)
    {
        const TriggerKind kind = rule.trigger.kind;
        if (kind != TriggerKind::Webhook && kind != TriggerKind::Poll && kind != TriggerKind::OnChange)
            return; // schedules, manual runs and engine events need nothing from the connector
        if (source.triggers.contains(nameOf(kind)))
            return;
        const FieldCatalog &catalog = storeSide(rule, true);
        error(rule.id, {},
              Text::tr("the trigger \"%1\" cannot be delivered: %2 offers only %3 for %4; "
                       "choose one of those")
                  .arg(nameOf(kind), catalog.system,
                       source.triggers.isEmpty() ? Text::tr("nothing") : source.triggers.join(u", "_s),
                       source.name));
    }

    void checkOwner(const ObjectRule &rule, const FieldMapping &f, Owner sourceOwner)
    {
        if (rule.direction == Direction::Both) {
            if (!f.owner)
                error(rule.id, f.id,
                      Text::tr("the object flows both ways, so this field needs an owner; set "
                               "\"owner\" to store or erp"));
            return;
        }
        // In a one-way object the side data flows from owns every field; gateway data reaches the
        // ERP through the store, so the gateway counts as the store side.
        if (f.owner) {
            const Owner owner = *f.owner == Owner::Gateway ? Owner::Store : *f.owner;
            if (owner != sourceOwner)
                error(rule.id, f.id,
                      Text::tr("the field is owned by %1 but the object flows %2, so it would "
                               "have two owners; remove the field's owner or make the object "
                               "two-way")
                          .arg(nameOf(*f.owner), nameOf(rule.direction)));
        }
    }

    /// A "linked" field names another rule of the document that writes in the same direction
    /// (its source ids are this rule's source's, its target ids this rule's target's).
    void checkLinked(const ObjectRule &rule, const FieldMapping &f)
    {
        const ObjectRule *other = m_doc.rule(f.linked);
        if (!other) {
            error(rule.id, f.id,
                  Text::tr("\"linked\" names the rule \"%1\", which the document does not have; name the "
                           "rule whose written records this field refers to (as \"order\")")
                      .arg(f.linked));
        } else if (other->id == rule.id) {
            error(rule.id, f.id,
                  Text::tr("\"linked\" names this field's own rule \"%1\"; name the rule whose written "
                           "records this field refers to")
                      .arg(f.linked));
        } else if (other->direction != rule.direction) {
            error(rule.id, f.id,
                  Text::tr("\"linked\" names the rule \"%1\", which writes %2; a link is made only to "
                           "records written in this rule's direction (%3)")
                      .arg(f.linked, nameOf(other->direction), nameOf(rule.direction)));
        } else if (rule.id == u"order"_s) {
            error(rule.id, f.id,
                  Text::tr("the order rule's fields cannot be linked: orders are mapped before the other "
                           "rules write; link from the other rule instead (as a payment's "
                           "\"Invoice.InvoiceID\" linked to \"order\")"));
        }
    }

    void checkField(const ObjectRule &rule, const FieldMapping &f, const CatalogObject *source,
                    const CatalogObject *target)
    {
        const CatalogField *sourceField = nullptr;
        const CatalogField *targetField = nullptr;
        if (f.target.isEmpty()) {
            error(rule.id, f.id, Text::tr("no target field is set; name the field this mapping writes"));
        } else if (target) {
            targetField = target->field(catalogPath(f.target));
            if (!targetField)
                error(rule.id, f.id,
                      Text::tr("the target field \"%1\" does not exist in %2 of the %3 catalog; "
                               "pick a field from the catalog")
                          .arg(f.target, target->name, storeSide(rule, false).id));
            else if (targetField->readOnly)
                error(rule.id, f.id,
                      Text::tr("the target field \"%1\" is read-only in %2 (the system sets it); "
                               "remove this mapping")
                          .arg(f.target, target->name));
        }
        if (f.source.contains(u"[+]"_s))
            error(rule.id, f.id,
                  Text::tr("\"%1\": \"[+]\" appends to a target list; a source list is read with \"[]\"")
                      .arg(f.source));
        else if (!f.source.isEmpty() && source) {
            sourceField = source->field(f.source);
            if (!sourceField)
                error(rule.id, f.id,
                      Text::tr("the source field \"%1\" does not exist in %2 of the %3 catalog; "
                               "pick a field from the catalog")
                          .arg(f.source, source->name, storeSide(rule, true).id));
        }
        if (f.source.isEmpty() && f.transform.isEmpty() && !f.defaultValue)
            error(
                rule.id, f.id,
                Text::tr("nothing fills \"%1\"; set a source field, a transform or a default").arg(f.target));
        if (f.source.isEmpty() && !arrayPrefix(f.target).isEmpty())
            error(rule.id, f.id,
                  Text::tr(
                      "\"%1\" is a list element but the mapping has no source; set a source field in a list "
                      "(as \"line_items[].sku\") so that it is filled for each element")
                      .arg(f.target));
        // A single value may fill a target list of one element ("order_id" →
        // "Allocations[].Invoice.InvoiceID": the mapper writes element 0) when no field fills that
        // list element by element from a source list.
        const QString targetList = arrayPrefix(f.target);
        const bool oneElement = !f.source.isEmpty() && arrayPrefix(f.source).isEmpty()
            && !targetList.isEmpty() && !targetList.endsWith(u"[+]"_s)
            && std::none_of(
                rule.fields.cbegin(), rule.fields.cend(), [&targetList](const FieldMapping &other) {
                    return !arrayPrefix(other.source).isEmpty() && arrayPrefix(other.target) == targetList;
                });
        if (!f.source.isEmpty() && !oneElement
            && arrayPrefix(f.source).isEmpty() != arrayPrefix(f.target).isEmpty())
            error(rule.id, f.id,
                  Text::tr("\"%1\" and \"%2\" are not both list elements; map an element field "
                           "to an element field (a single value fills a list only when nothing else "
                           "fills it element by element), or build the list with a transform")
                      .arg(f.source, f.target));
        if (!f.transform.isEmpty()) {
            const Expr::CompileResult compiled = Expr::Expression::compile(f.transform);
            if (!compiled.ok())
                error(rule.id, f.id,
                      Text::tr("the transform does not parse %1; correct the expression")
                          .arg(expressionErrorText(compiled.error)));
        }
        for (const TableReference &reference : tableReferences(f.transform)) {
            if (!m_doc.lookupTable(reference.tableId))
                error(rule.id, f.id,
                      Text::tr(
                          "the transform reads the lookup table \"%1\" at position %2, which does not exist; "
                          "add it under lookup_tables or correct the name")
                          .arg(reference.tableId)
                          .arg(reference.start));
        }
        if (!f.lookup.isEmpty() && !m_doc.lookupTable(f.lookup))
            error(rule.id, f.id,
                  Text::tr("the lookup table \"%1\" does not exist; add it under lookup_tables or "
                           "correct the name")
                      .arg(f.lookup));
        if (!f.linked.isEmpty())
            checkLinked(rule, f);
        if (sourceField && targetField && f.transform.isEmpty() && f.lookup.isEmpty() && f.linked.isEmpty()) {
            QString advice;
            if (!canWriteUnchanged(sourceField->type, targetField->type, &advice))
                error(rule.id, f.id,
                      Text::tr("type mismatch: \"%1\" is %2 but \"%3\" takes %4; %5")
                          .arg(f.source, nameOf(sourceField->type), f.target, nameOf(targetField->type),
                               advice));
        }
        checkPriceOwnership(rule, f, sourceField, targetField);
    }

    // Legal but risky: the store pushes a price while the ERP owns the catalog.
    void checkPriceOwnership(const ObjectRule &rule, const FieldMapping &f, const CatalogField *sourceField,
                             const CatalogField *targetField)
    {
        const bool storeWrites = rule.direction == Direction::StoreToErp
            || (rule.direction == Direction::Both && f.owner == Owner::Store);
        if (!storeWrites)
            return;
        const auto isCatalogPrice = [](const CatalogField *field) {
            return field
                && (field->canonicalConcept == u"product.price"
                    || field->canonicalConcept == u"variant.price");
        };
        if (!isCatalogPrice(sourceField) && !isCatalogPrice(targetField))
            return;
        for (const ObjectRule &other : m_doc.objects) {
            if ((other.object == u"product" || other.object == u"variant") && other.owner == Owner::Erp
                && other.direction != Direction::None) {
                warning(rule.id, f.id,
                        Text::tr("the store writes a catalog price while the ERP owns the catalog "
                                 "(object rule \"%1\"); prices will drift apart: let the ERP own "
                                 "the price, or accept this knowingly")
                            .arg(other.id));
                return;
            }
        }
    }

    const MappingDocument &m_doc;
    const FieldCatalog &m_store;
    const FieldCatalog &m_erp;
    QList<Issue> m_issues;
};

} // namespace

QString Issue::text() const
{
    QString where = object;
    if (!field.isEmpty())
        where += u'/' + field;
    const QString kind = severity == Severity::Error ? Text::tr("error") : Text::tr("warning");
    if (where.isEmpty())
        return kind + u": "_s + message;
    return kind + u": "_s + where + u": "_s + message;
}

QList<Issue> validate(const MappingDocument &document, const FieldCatalog &storeCatalog,
                      const FieldCatalog &erpCatalog)
{
    return Checker(document, storeCatalog, erpCatalog).run();
}

bool hasErrors(const QList<Issue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const Issue &i) { return i.isError(); });
}

} // namespace LedgerLink::Mapping
