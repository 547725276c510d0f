// The Odoo field catalog: every object the connector reads and writes, the fields a Shopify → Odoo
// mapping needs (references a store can know, resolved by the connector: partner_id.email,
// product_id.default_code, invoice_id.ref; line lists as plain objects; Odoo's totals and states
// read only; the match keys), the 16/17 and 18 spellings side by side, and that the committed file
// is exactly what its generator writes.
#include "connectors/odoo/odoocanonical.h"
#include "mapping/fieldcatalog.h"

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink::Mapping;

namespace {

const CatalogField *fieldOf(const FieldCatalog &catalog, const QString &object, const QString &path)
{
    const CatalogObject *o = catalog.object(object);
    return o ? o->field(path) : nullptr;
}

} // namespace

class TestOdooCatalog : public QObject
{
    Q_OBJECT

private slots:
    void odooCatalogCoversTheConnectorsObjects()
    {
        QString error;
        const auto catalog = FieldCatalog::builtin(u"odoo"_s, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->id, u"odoo"_s);
        QCOMPARE(catalog->system, u"Odoo 16, 17 and 18, external JSON-RPC API"_s);
        QStringList names;
        for (const CatalogObject &object : catalog->objects)
            names.append(object.name);
        QCOMPARE(names, LedgerLink::Connectors::Odoo::objects());
        for (const CatalogObject &object : catalog->objects) {
            QCOMPARE(object.triggers, (QStringList{u"poll"_s, u"schedule"_s, u"manual"_s}));
            QVERIFY2(object.field(u"id"_s) && object.field(u"id"_s)->readOnly
                         && object.field(u"id"_s)->type == FieldType::Integer,
                     qPrintable(object.name));
            const CatalogField *changed = object.field(u"write_date"_s);
            QVERIFY2(changed && changed->readOnly && changed->type == FieldType::DateTime,
                     qPrintable(object.name));
            QVERIFY2(object.description.contains(u"https://github.com/odoo/odoo/blob/17.0/"_s),
                     qPrintable(object.name));
        }
    }

    void odooCatalogHoldsWhatTheMappingNeeds()
    {
        const auto catalog = FieldCatalog::builtin(u"odoo"_s);
        QVERIFY(catalog);
        const FieldCatalog &c = *catalog;

        // Invoices: the order number as ref (the match key), the customer and each line's product
        // by what a store knows, lines as plain objects, Odoo's totals read only, the expected total
        // writable (checked, never written).
        const CatalogField *ref = fieldOf(c, u"invoice"_s, u"ref"_s);
        QVERIFY(ref && ref->required && !ref->readOnly);
        QCOMPARE(ref->canonicalConcept, u"order.number"_s);
        QCOMPARE(fieldOf(c, u"invoice"_s, u"partner_id.email"_s)->canonicalConcept, u"customer.email"_s);
        QVERIFY(!fieldOf(c, u"invoice"_s, u"partner_id"_s)->required);
        QCOMPARE(fieldOf(c, u"invoice"_s, u"invoice_line_ids"_s)->type, FieldType::Array);
        QCOMPARE(fieldOf(c, u"invoice"_s, u"invoice_line_ids[].product_id.default_code"_s)->canonicalConcept,
                 u"line.sku"_s);
        QCOMPARE(fieldOf(c, u"invoice"_s, u"invoice_line_ids[].quantity"_s)->type, FieldType::Number);
        QCOMPARE(fieldOf(c, u"invoice"_s, u"invoice_line_ids[].price_unit"_s)->canonicalConcept,
                 u"line.unit_price"_s);
        QCOMPARE(fieldOf(c, u"invoice"_s, u"invoice_line_ids[].tax_ids[].name"_s)->canonicalConcept,
                 u"line.tax_code"_s);
        QCOMPARE(fieldOf(c, u"invoice"_s, u"invoice_date"_s)->type, FieldType::Date);
        QVERIFY(!fieldOf(c, u"invoice"_s, u"amount_total"_s)->readOnly);
        for (const QString &computed : {u"name"_s, u"move_type"_s, u"amount_untaxed"_s, u"amount_tax"_s,
                                        u"amount_residual"_s, u"state"_s})
            QVERIFY2(fieldOf(c, u"invoice"_s, computed)->readOnly, qPrintable(computed));

        // Credit notes: their own reference and the invoice they credit.
        QCOMPARE(fieldOf(c, u"credit_note"_s, u"ref"_s)->canonicalConcept, u"credit_note.number"_s);
        QCOMPARE(fieldOf(c, u"credit_note"_s, u"amount_total"_s)->canonicalConcept, u"credit_note.total"_s);
        QVERIFY(fieldOf(c, u"credit_note"_s, u"reversed_entry_id.ref"_s));
        QVERIFY(!fieldOf(c, u"credit_note"_s, u"amount_residual"_s));

        // Sale orders: the store's order number in client_order_ref; sale lines spell taxes tax_id.
        QCOMPARE(fieldOf(c, u"sale_order"_s, u"client_order_ref"_s)->canonicalConcept, u"order.number"_s);
        QCOMPARE(fieldOf(c, u"sale_order"_s, u"order_line[].product_uom_qty"_s)->canonicalConcept,
                 u"line.quantity"_s);
        QVERIFY(fieldOf(c, u"sale_order"_s, u"order_line[].tax_id[].name"_s));
        QVERIFY(fieldOf(c, u"sale_order"_s, u"amount_total"_s)->readOnly);

        // Payments: the wizard's fields, the invoice by its reference, both versions' reference.
        QVERIFY(fieldOf(c, u"payment"_s, u"amount"_s)->required);
        QCOMPARE(fieldOf(c, u"payment"_s, u"amount"_s)->canonicalConcept, u"payment.amount"_s);
        QVERIFY(fieldOf(c, u"payment"_s, u"communication"_s)->required);
        QCOMPARE(fieldOf(c, u"payment"_s, u"invoice_id.ref"_s)->canonicalConcept, u"order.number"_s);
        QVERIFY(fieldOf(c, u"payment"_s, u"ref"_s)->readOnly);
        QVERIFY(fieldOf(c, u"payment"_s, u"memo"_s)->readOnly);

        // Products: the SKU, both spellings of the kind; stock read only with its quantity.
        QCOMPARE(fieldOf(c, u"product"_s, u"default_code"_s)->canonicalConcept, u"product.sku"_s);
        QCOMPARE(fieldOf(c, u"product"_s, u"list_price"_s)->canonicalConcept, u"product.price"_s);
        QVERIFY(fieldOf(c, u"product"_s, u"detailed_type"_s));
        QCOMPARE(fieldOf(c, u"product"_s, u"is_storable"_s)->type, FieldType::Boolean);
        const CatalogObject *stock = c.object(u"stock"_s);
        for (const CatalogField &field : stock->fields)
            QVERIFY2(field.readOnly, qPrintable(field.path));
        QCOMPARE(fieldOf(c, u"stock"_s, u"available_quantity"_s)->canonicalConcept, u"inventory.quantity"_s);

        // Partners: found by e-mail.
        QCOMPARE(fieldOf(c, u"partner"_s, u"email"_s)->canonicalConcept, u"customer.email"_s);
        QVERIFY(fieldOf(c, u"partner"_s, u"name"_s)->required);
        QVERIFY(fieldOf(c, u"partner"_s, u"country_id.code"_s));
    }

    void odooCatalogIsTheGeneratorsOutput()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(u"odoo.catalog.json"_s);
        QProcess python;
        python.start(u"python3"_s,
                     {QStringLiteral(LEDGERLINK_SOURCE_DIR "/core/mapping/catalogs/generate_odoo_catalog.py"),
                      output});
        QVERIFY2(python.waitForFinished(120000), "python3 is needed to run the generator");
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QFile generated(output);
        QFile committed(QStringLiteral(LEDGERLINK_SOURCE_DIR "/resources/catalogs/odoo.catalog.json"));
        QVERIFY(generated.open(QIODevice::ReadOnly) && committed.open(QIODevice::ReadOnly));
        QVERIFY2(generated.readAll() == committed.readAll(),
                 "resources/catalogs/odoo.catalog.json is not what its generator writes; rerun it");
    }
};

QTEST_GUILESS_MAIN(TestOdooCatalog)
#include "tst_odoocatalog.moc"
