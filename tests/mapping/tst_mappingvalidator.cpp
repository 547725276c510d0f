// Validation: one case per rule, each a single change to the valid sandbox document, with the
// exact message it must produce (object, field and what to do).
#include "engine/workspaceconfig.h"
#include "mapping/fieldcatalog.h"
#include "mapping/mappingdocument.h"
#include "mapping/validator.h"

#include <QtTest/QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace LedgerLink::Mapping;

namespace {

ObjectRule &rule(MappingDocument &d, const QString &id)
{
    for (ObjectRule &r : d.objects) {
        if (r.id == id)
            return r;
    }
    qFatal("no rule %s", qPrintable(id));
}

FieldMapping &field(MappingDocument &d, const QString &ruleId, const QString &fieldId)
{
    for (FieldMapping &f : rule(d, ruleId).fields) {
        if (f.id == fieldId)
            return f;
    }
    qFatal("no field %s", qPrintable(fieldId));
}

void removeField(MappingDocument &d, const QString &ruleId, const QString &fieldId)
{
    QList<FieldMapping> &fields = rule(d, ruleId).fields;
    fields.removeIf([&](const FieldMapping &f) { return f.id == fieldId; });
}

struct Case
{
    const char *name;
    std::function<void(MappingDocument &)> change;
    QString expected;
};

QList<Case> cases()
{
    return {
        {"split on a rule that is not a store order",
         [](MappingDocument &d) { rule(d, u"customer"_s).split = SplitBy::Vendor; },
         u"error: customer: \"split\": \"vendor\" is for order rules with direction store_to_erp; this rule "
         u"is "
         "customer with direction store_to_erp"_s},
        {"unknown target field",
         [](MappingDocument &d) { field(d, u"order"_s, u"reference"_s).target = u"Referense"_s; },
         u"error: order/reference: the target field \"Referense\" does not exist in Invoice of the xero "
         u"catalog; "
         "pick a field from the catalog"_s},
        {"unknown source field",
         [](MappingDocument &d) { field(d, u"order"_s, u"reference"_s).source = u"nme"_s; },
         u"error: order/reference: the source field \"nme\" does not exist in order of the shopify catalog; "
         u"pick "
         "a field from the catalog"_s},
        {"text into a number",
         [](MappingDocument &d) { field(d, u"order"_s, u"line_unit_amount"_s).transform.clear(); },
         u"error: order/line_unit_amount: type mismatch: \"line_items[].price\" is decimal but "
         "\"LineItems[].UnitAmount\" takes number; convert it with a transform such as $number($), or "
         "$money($, currency) for an amount"_s},
        {"date format the target rejects",
         [](MappingDocument &d) { field(d, u"order"_s, u"date"_s).transform.clear(); },
         u"error: order/date: type mismatch: \"created_at\" is datetime but \"Date\" takes date; the target "
         u"takes "
         "a date (YYYY-MM-DD) only; use a transform such as $substring($, 0, 10)"_s},
        {"number into text",
         [](MappingDocument &d) { field(d, u"customer"_s, u"number"_s).transform.clear(); },
         u"error: customer/number: type mismatch: \"id\" is integer but \"ContactNumber\" takes string; "
         u"convert "
         "it with a transform such as $string($)"_s},
        {"required target unmapped", [](MappingDocument &d) { removeField(d, u"order"_s, u"type"_s); },
         u"error: order: the required target field \"Type\" of Invoice is not mapped; map a source field to "
         u"it "
         "or give it a default"_s},
        {"required element field unmapped",
         [](MappingDocument &d) { removeField(d, u"order"_s, u"line_description"_s); },
         u"error: order: the required target field \"LineItems[].Description\" of Invoice is not mapped; map "
         u"a "
         "source field to it or give it a default"_s},
        {"read-only target",
         [](MappingDocument &d) {
             FieldMapping &f = field(d, u"order"_s, u"reference"_s);
             f.source = u"total_price"_s;
             f.target = u"Total"_s;
             f.transform = u"$number($)"_s;
         },
         u"error: order/reference: the target field \"Total\" is read-only in Invoice (the system sets it); "
         "remove this mapping"_s},
        {"mutable match key", [](MappingDocument &d) { rule(d, u"customer"_s).matchKey = MatchKey::Name; },
         u"error: customer: the match key \"name\" is mutable and would create duplicates when it changes; "
         "match on SKU, email or an external id"_s},
        {"mutable match key title",
         [](MappingDocument &d) { rule(d, u"product"_s).matchKey = MatchKey::Title; },
         u"error: product: the match key \"title\" is mutable and would create duplicates when it changes; "
         "match on SKU, email or an external id"_s},
        {"two mappings write one field",
         [](MappingDocument &d) { field(d, u"order"_s, u"contact_email"_s).target = u"Reference"_s; },
         u"error: order/contact_email: \"Reference\" is already written by field mapping \"reference\"; "
         u"every "
         "field has exactly one owner, so remove one of the two mappings"_s},
        {"field owner against the flow",
         [](MappingDocument &d) { field(d, u"order"_s, u"reference"_s).owner = Owner::Erp; },
         u"error: order/reference: the field is owned by erp but the object flows store_to_erp, so it would "
         u"have "
         "two owners; remove the field's owner or make the object two-way"_s},
        {"two-way object without a field owner",
         [](MappingDocument &d) {
             rule(d, u"customer"_s).direction = Direction::Both;
             for (FieldMapping &f : rule(d, u"customer"_s).fields)
                 f.owner = f.id == u"email" ? std::nullopt : std::optional<Owner>(Owner::Store);
         },
         u"error: customer/email: the object flows both ways, so this field needs an owner; set \"owner\" to "
         "store or erp"_s},
        {"transform does not parse",
         [](MappingDocument &d) { field(d, u"order"_s, u"date"_s).transform = u"$substring($, 0"_s; },
         u"error: order/date: the transform does not parse at position 15: Expected ) before the end of the "
         "expression (S0203); correct the expression"_s},
        {"unknown lookup table",
         [](MappingDocument &d) { field(d, u"order"_s, u"line_tax_type"_s).lookup = u"tax_typez"_s; },
         u"error: order/line_tax_type: the lookup table \"tax_typez\" does not exist; add it under "
         u"lookup_tables "
         "or correct the name"_s},
        {"transform reads an unknown lookup table",
         [](MappingDocument &d) {
             FieldMapping &f = field(d, u"order"_s, u"line_tax_type"_s);
             f.lookup.clear();
             f.transform = u"$lookup($tables.tax_codes, $[0].title)"_s;
         },
         u"error: order/line_tax_type: the transform reads the lookup table \"tax_codes\" at position 8, "
         u"which "
         "does not exist; add it under lookup_tables or correct the name"_s},
        {"trigger the connector cannot deliver",
         [](MappingDocument &d) {
             rule(d, u"product"_s).trigger = {TriggerKind::Webhook, 0, {}};
         },
         u"error: product: the trigger \"webhook\" cannot be delivered: Xero Accounting API 16.1.0 offers "
         u"only "
         "poll, schedule, manual for Item; choose one of those"_s},
        {"unknown catalog object",
         [](MappingDocument &d) { rule(d, u"order"_s).erpObject = u"SalesInvoice"_s; },
         u"error: order: the xero catalog has no object \"SalesInvoice\"; use one of Invoice, CreditNote, "
         "Contact, Item, Payment, BankTransaction"_s},
        {"unknown object kind", [](MappingDocument &d) { rule(d, u"order"_s).object = u"orders"_s; },
         u"error: order: \"orders\" is not an object LedgerLink syncs; use one of product, variant, "
         "inventory_level, customer, order, invoice, credit_note, payment, refund, payout"_s},
        {"element into a single field",
         [](MappingDocument &d) { field(d, u"order"_s, u"line_sku"_s).target = u"InvoiceNumber"_s; },
         u"error: order/line_sku: \"line_items[].sku\" and \"InvoiceNumber\" are not both list elements; map "
         u"an element field to an element field (a single value fills a list only when nothing else fills it "
         u"element by element), or build the list with a transform"_s},
        {"single value into a list filled element by element",
         [](MappingDocument &d) {
             field(d, u"order"_s, u"contact_email"_s).target = u"LineItems[].AccountCode"_s;
         },
         u"error: order/contact_email: \"email\" and \"LineItems[].AccountCode\" are not both list elements; "
         u"map "
         u"an "
         u"element field to an element field (a single value fills a list only when nothing else fills it "
         u"element by element), or build the list with a transform"_s},
        {"list element without a source",
         [](MappingDocument &d) {
             FieldMapping account{
                 u"line_account"_s, {}, u"LineItems[].AccountCode"_s, {}, {}, QJsonValue(u"200"_s), false,
                 std::nullopt,      {}};
             rule(d, u"order"_s).fields.append(account);
         },
         u"error: order/line_account: \"LineItems[].AccountCode\" is a list element but the mapping has no "
         u"source; "
         "set a source field in a list (as \"line_items[].sku\") so that it is filled for each element"_s},
        {"two source lists into one target list",
         [](MappingDocument &d) {
             FieldMapping shipping{u"shipping_amount"_s,
                                   u"shipping_lines[].price"_s,
                                   u"LineItems[].LineAmount"_s,
                                   u"$number($)"_s,
                                   {},
                                   std::nullopt,
                                   false,
                                   std::nullopt,
                                   {}};
             rule(d, u"order"_s).fields.append(shipping);
         },
         u"error: order/shipping_amount: \"LineItems[]\" is filled from \"line_items[]\" by field mapping "
         "\"line_sku\"; one target list takes its elements from one source list, so map \"shipping_lines[]\" "
         "into another list, append its elements after the first list's (\"[+]\") or build the whole list "
         "with a transform"_s},
        {"appended elements miss a required field",
         [](MappingDocument &d) { removeField(d, u"order"_s, u"shipping_description"_s); },
         u"error: order: the required target field \"LineItems[+].Description\" of Invoice is not mapped; "
         u"map "
         "a source field to it or give it a default"_s},
        {"two lists appended to one target list",
         [](MappingDocument &d) {
             field(d, u"order"_s, u"shipping_quantity"_s).source = u"line_items[].quantity"_s;
         },
         u"error: order/shipping_quantity: \"LineItems[+]\" is filled from \"shipping_lines[]\" by field "
         "mapping \"shipping_description\"; one target list takes its elements from one source list, so map "
         "\"line_items[]\" into another list, append its elements after the first list's (\"[+]\") or build "
         "the whole list with a transform"_s},
        {"appending in a source path",
         [](MappingDocument &d) {
             field(d, u"order"_s, u"shipping_quantity"_s).source = u"shipping_lines[+].price"_s;
         },
         u"error: order/shipping_quantity: \"shipping_lines[+].price\": \"[+]\" appends to a target list; a "
         "source list is read with \"[]\""_s},
        {"nothing fills the field",
         [](MappingDocument &d) { field(d, u"order"_s, u"type"_s).defaultValue.reset(); },
         u"error: order/type: nothing fills \"Type\"; set a source field, a transform or a default"_s},
        {"duplicate field id",
         [](MappingDocument &d) { field(d, u"order"_s, u"date"_s).id = u"reference"_s; },
         u"error: order/reference: the field mapping id \"reference\" is used twice in this object; give "
         u"each "
         "mapping its own id"_s},
        {"store price while the ERP owns the catalog (warning)",
         [](MappingDocument &d) {
             ObjectRule r = *MappingDocument::defaultRule(u"product"_s);
             r.id = u"store_prices"_s;
             r.owner = Owner::Store;
             r.direction = Direction::StoreToErp;
             r.trigger = {TriggerKind::Manual, 0, {}};
             r.storeObject = u"product"_s;
             r.erpObject = u"Item"_s;
             r.fields = {{u"price"_s,
                          u"variants"_s,
                          u"SalesDetails.UnitPrice"_s,
                          u"$number($[0].price)"_s,
                          {},
                          std::nullopt,
                          false,
                          std::nullopt,
                          {}},
                         {u"code"_s, u"handle"_s, u"Code"_s, {}, {}, std::nullopt, false, std::nullopt, {}}};
             d.objects.append(r);
         },
         u"warning: store_prices/price: the store writes a catalog price while the ERP owns the catalog "
         u"(object "
         "rule \"product\"); prices will drift apart: let the ERP own the price, or accept this knowingly"_s},
        {"linked to a rule the document does not have",
         [](MappingDocument &d) { field(d, u"payment"_s, u"invoice"_s).linked = u"orders"_s; },
         u"error: payment/invoice: \"linked\" names the rule \"orders\", which the document does not have; "
         u"name the rule whose written records this field refers to (as \"order\")"_s},
        {"linked to its own rule",
         [](MappingDocument &d) { field(d, u"payment"_s, u"invoice"_s).linked = u"payment"_s; },
         u"error: payment/invoice: \"linked\" names this field's own rule \"payment\"; name the rule whose "
         u"written records this field refers to"_s},
        {"linked to a rule of the other direction",
         [](MappingDocument &d) { field(d, u"payment"_s, u"invoice"_s).linked = u"invoice"_s; },
         u"error: payment/invoice: \"linked\" names the rule \"invoice\", which writes erp_to_store; a link "
         u"is made only to records written in this rule's direction (store_to_erp)"_s},
        {"linked field on the order rule",
         [](MappingDocument &d) { field(d, u"order"_s, u"contact_email"_s).linked = u"customer"_s; },
         u"error: order/contact_email: the order rule's fields cannot be linked: orders are mapped before "
         u"the "
         u"other rules write; link from the other rule instead (as a payment's \"Invoice.InvoiceID\" linked "
         u"to \"order\")"_s},
        {"field mappings that never run (warning)",
         [](MappingDocument &d) { rule(d, u"credit_note"_s).direction = Direction::None; },
         u"warning: credit_note: the direction is none, so its 1 field mappings never run; set a direction "
         u"or "
         "remove them"_s},
    };
}

} // namespace

class TestMappingValidator : public QObject
{
    Q_OBJECT

private:
    MappingDocument m_sandbox;
    std::optional<FieldCatalog> m_shopify;
    std::optional<FieldCatalog> m_xero;

private slots:
    void initTestCase()
    {
        const LoadResult loaded = MappingDocument::load(u":/ledgerlink/mappings/sandbox.mapping.json"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        m_sandbox = *loaded.document;
        QString error;
        m_shopify = FieldCatalog::builtin(u"shopify"_s, &error);
        QVERIFY2(m_shopify, qPrintable(error));
        m_xero = FieldCatalog::builtin(u"xero"_s, &error);
        QVERIFY2(m_xero, qPrintable(error));
    }

    void sandboxDocumentIsValid()
    {
        const QList<Issue> issues = validate(m_sandbox, *m_shopify, *m_xero);
        QStringList texts;
        for (const Issue &issue : issues)
            texts.append(issue.text());
        QCOMPARE(texts, QStringList());
    }

    /// The bundled Vendure → Tryton document: valid against both catalogs. Its sale's required
    /// "party" object is mapped through its fields (party.email, ...); without them it is not.
    /// The bundled Shopify → QuickBooks Online document (a new workspace of that pair starts from
    /// it): valid, with the payment applied to its invoice through a list inside a list element.
    void shopifyQuickBooksDocumentIsValid()
    {
        const LoadResult loaded =
            MappingDocument::load(u":/ledgerlink/mappings/shopify-quickbooks.mapping.json"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QString error;
        const auto shopify = FieldCatalog::builtin(u"shopify"_s, &error);
        QVERIFY2(shopify, qPrintable(error));
        const auto quickbooks = FieldCatalog::builtin(u"quickbooks"_s, &error);
        QVERIFY2(quickbooks, qPrintable(error));
        QStringList texts;
        for (const Issue &issue : validate(*loaded.document, *shopify, *quickbooks))
            texts.append(issue.text());
        QCOMPARE(texts, QStringList());
        QCOMPARE(LedgerLink::Engine::bundledMappingFor(u"shopify"_s, u"QuickBooks"_s),
                 u":/ledgerlink/mappings/shopify-quickbooks.mapping.json"_s);
    }

    void shopifyBusinessCentralDocumentIsValid()
    {
        const LoadResult loaded =
            MappingDocument::load(u":/ledgerlink/mappings/shopify-businesscentral.mapping.json"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QString error;
        const auto shopify = FieldCatalog::builtin(u"shopify"_s, &error);
        QVERIFY2(shopify, qPrintable(error));
        const auto businessCentral = FieldCatalog::builtin(u"businesscentral"_s, &error);
        QVERIFY2(businessCentral, qPrintable(error));
        QStringList texts;
        for (const Issue &issue : validate(*loaded.document, *shopify, *businessCentral))
            texts.append(issue.text());
        QCOMPARE(texts, QStringList());
        QCOMPARE(LedgerLink::Engine::bundledMappingFor(u"shopify"_s, u"businesscentral"_s),
                 u":/ledgerlink/mappings/shopify-businesscentral.mapping.json"_s);
    }

    /// The bundled Shopify → NetSuite document: valid; the customer and items by name and SKU
    /// (the connector fills their ids), the payment applied to its invoice.
    void shopifyNetSuiteDocumentIsValid()
    {
        const LoadResult loaded =
            MappingDocument::load(u":/ledgerlink/mappings/shopify-netsuite.mapping.json"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QString error;
        const auto shopify = FieldCatalog::builtin(u"shopify"_s, &error);
        QVERIFY2(shopify, qPrintable(error));
        const auto netsuite = FieldCatalog::builtin(u"netsuite"_s, &error);
        QVERIFY2(netsuite, qPrintable(error));
        QStringList texts;
        for (const Issue &issue : validate(*loaded.document, *shopify, *netsuite))
            texts.append(issue.text());
        QCOMPARE(texts, QStringList());
        QCOMPARE(LedgerLink::Engine::bundledMappingFor(u"shopify"_s, u"netsuite"_s),
                 u":/ledgerlink/mappings/shopify-netsuite.mapping.json"_s);
    }

    void vendureTrytonDocumentIsValid()
    {
        const LoadResult loaded =
            MappingDocument::load(u":/ledgerlink/mappings/vendure-tryton.mapping.json"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QString error;
        const auto vendure = FieldCatalog::builtin(u"vendure"_s, &error);
        QVERIFY2(vendure, qPrintable(error));
        const auto tryton = FieldCatalog::builtin(u"tryton"_s, &error);
        QVERIFY2(tryton, qPrintable(error));
        QStringList texts;
        for (const Issue &issue : validate(*loaded.document, *vendure, *tryton))
            texts.append(issue.text());
        QCOMPARE(texts, QStringList());

        MappingDocument withoutParty = *loaded.document;
        for (ObjectRule &rule : withoutParty.objects) {
            if (rule.id == u"order")
                rule.fields.removeIf([](const FieldMapping &f) { return f.target.startsWith(u"party."_s); });
        }
        texts.clear();
        for (const Issue &issue : validate(withoutParty, *vendure, *tryton))
            texts.append(issue.text());
        QVERIFY2(texts.join(u'\n').contains(u"the required target field \"party\" of sale is not mapped"_s),
                 qPrintable(texts.join(u'\n')));
    }

    /// "split": "vendor" on the order rule: valid where the store's order lines name their vendor.
    void splitNeedsTheLinesVendor()
    {
        MappingDocument d = m_sandbox;
        ::rule(d, u"order"_s).split = SplitBy::Vendor;
        QVERIFY(validate(d, *m_shopify, *m_xero).isEmpty());
        FieldCatalog withoutVendor = *m_shopify;
        for (CatalogObject &object : withoutVendor.objects) {
            object.fields.removeIf(
                [](const CatalogField &field) { return field.canonicalConcept == u"line.vendor"_s; });
        }
        QStringList texts;
        for (const Issue &issue : validate(d, withoutVendor, *m_xero))
            texts.append(issue.text());
        QCOMPARE(texts,
                 QStringList{u"error: order: \"split\": \"vendor\" needs the vendor of each line, and "
                             "the shopify catalog's \"order\" has none"_s});
    }

    void rule_data()
    {
        QTest::addColumn<int>("index");
        const QList<Case> all = cases();
        for (qsizetype i = 0; i < all.size(); ++i)
            QTest::newRow(all.at(i).name) << int(i);
    }

    void rule()
    {
        QFETCH(int, index);
        const Case c = cases().at(index);
        MappingDocument d = m_sandbox;
        c.change(d);
        const QList<Issue> issues = validate(d, *m_shopify, *m_xero);
        QStringList texts;
        for (const Issue &issue : issues)
            texts.append(issue.text());
        QCOMPARE(texts, QStringList{c.expected});
        QCOMPARE(hasErrors(issues), c.expected.startsWith(u"error:"));
    }
};

QTEST_GUILESS_MAIN(TestMappingValidator)
#include "tst_mappingvalidator.moc"
