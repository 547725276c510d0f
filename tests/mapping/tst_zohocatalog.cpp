// The Zoho Books field catalog: every module the connector reads and writes, the fields a Shopify →
// Zoho Books mapping needs (the store's order number as reference_number, the customer and each
// line's item by what a store knows: customer_email and line_items[].sku, resolved by the
// connector; Zoho's totals and statuses read only; the match keys), and that the committed file is
// exactly what its generator writes.
#include "connectors/zoho/zohocanonical.h"
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

class TestZohoCatalog : public QObject
{
    Q_OBJECT

private slots:
    void zohoCatalogCoversTheConnectorsModules()
    {
        QString error;
        const auto catalog = FieldCatalog::builtin(u"zoho"_s, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->id, u"zoho"_s);
        QCOMPARE(catalog->system, u"Zoho Books API v3"_s);
        QStringList names;
        for (const CatalogObject &object : catalog->objects)
            names.append(object.name);
        QCOMPARE(names, LedgerLink::Connectors::Zoho::objects());
        for (const CatalogObject &object : catalog->objects) {
            QCOMPARE(object.triggers, (QStringList{u"poll"_s, u"schedule"_s, u"manual"_s}));
            const auto info = LedgerLink::Connectors::Zoho::objectInfo(object.name);
            QVERIFY(info);
            const CatalogField *id = object.field(info->idField);
            QVERIFY2(id && id->readOnly && id->type == FieldType::String, qPrintable(object.name));
            const CatalogField *changed = object.field(u"last_modified_time"_s);
            QVERIFY2(changed && changed->readOnly && changed->type == FieldType::DateTime,
                     qPrintable(object.name));
            QVERIFY2(object.description.contains(u"https://www.zoho.com/books/api/v3/"_s),
                     qPrintable(object.name));
        }
    }

    void zohoCatalogHoldsWhatTheMappingNeeds()
    {
        const auto catalog = FieldCatalog::builtin(u"zoho"_s);
        QVERIFY(catalog);
        const FieldCatalog &c = *catalog;

        // Invoices: the order number as reference_number (the match key), the customer by e-mail
        // and each line's item by SKU, Zoho's numbers and totals read only.
        const CatalogField *reference = fieldOf(c, u"invoices"_s, u"reference_number"_s);
        QVERIFY(reference && reference->required && !reference->readOnly);
        QCOMPARE(reference->canonicalConcept, u"order.number"_s);
        QCOMPARE(fieldOf(c, u"invoices"_s, u"customer_email"_s)->canonicalConcept, u"customer.email"_s);
        QVERIFY(!fieldOf(c, u"invoices"_s, u"customer_id"_s)->required);
        QCOMPARE(fieldOf(c, u"invoices"_s, u"line_items"_s)->type, FieldType::Array);
        QCOMPARE(fieldOf(c, u"invoices"_s, u"line_items[].sku"_s)->canonicalConcept, u"line.sku"_s);
        QVERIFY(!fieldOf(c, u"invoices"_s, u"line_items[].item_id"_s)->required);
        QCOMPARE(fieldOf(c, u"invoices"_s, u"line_items[].rate"_s)->canonicalConcept, u"line.unit_price"_s);
        QCOMPARE(fieldOf(c, u"invoices"_s, u"line_items[].quantity"_s)->type, FieldType::Number);
        QCOMPARE(fieldOf(c, u"invoices"_s, u"date"_s)->type, FieldType::Date);
        for (const QString &computed : {u"invoice_id"_s, u"invoice_number"_s, u"sub_total"_s, u"tax_total"_s,
                                        u"total"_s, u"balance"_s, u"status"_s, u"line_items[].item_total"_s})
            QVERIFY2(fieldOf(c, u"invoices"_s, computed)->readOnly, qPrintable(computed));

        // Credit notes and sales orders share the sales document's customer and lines.
        QCOMPARE(fieldOf(c, u"creditnotes"_s, u"reference_number"_s)->canonicalConcept,
                 u"credit_note.number"_s);
        QCOMPARE(fieldOf(c, u"creditnotes"_s, u"total"_s)->canonicalConcept, u"credit_note.total"_s);
        QVERIFY(fieldOf(c, u"creditnotes"_s, u"line_items[].sku"_s));
        QCOMPARE(fieldOf(c, u"salesorders"_s, u"reference_number"_s)->canonicalConcept, u"order.number"_s);

        // Payments: applied to invoices by id with amount_applied; the match key.
        QVERIFY(fieldOf(c, u"customerpayments"_s, u"amount"_s)->required);
        QCOMPARE(fieldOf(c, u"customerpayments"_s, u"invoices"_s)->type, FieldType::Array);
        QVERIFY(fieldOf(c, u"customerpayments"_s, u"invoices[].invoice_id"_s)->required);
        QVERIFY(fieldOf(c, u"customerpayments"_s, u"invoices[].amount_applied"_s)->required);
        QCOMPARE(fieldOf(c, u"customerpayments"_s, u"reference_number"_s)->canonicalConcept,
                 u"payment.reference"_s);
        QVERIFY(!fieldOf(c, u"customerpayments"_s, u"customer_id"_s)->required);

        // Items by SKU with their stock read only; contacts by their people's e-mail.
        QCOMPARE(fieldOf(c, u"items"_s, u"sku"_s)->canonicalConcept, u"product.sku"_s);
        QCOMPARE(fieldOf(c, u"items"_s, u"rate"_s)->canonicalConcept, u"product.price"_s);
        QVERIFY(fieldOf(c, u"items"_s, u"stock_on_hand"_s)->readOnly);
        QCOMPARE(fieldOf(c, u"items"_s, u"stock_on_hand"_s)->canonicalConcept, u"inventory.quantity"_s);
        QVERIFY(fieldOf(c, u"contacts"_s, u"contact_name"_s)->required);
        QCOMPARE(fieldOf(c, u"contacts"_s, u"contact_persons[].email"_s)->canonicalConcept,
                 u"customer.email"_s);
        QCOMPARE(fieldOf(c, u"contacts"_s, u"billing_address"_s)->type, FieldType::Object);
    }

    void zohoCatalogIsTheGeneratorsOutput()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(u"zoho.catalog.json"_s);
        QProcess python;
        python.start(u"python3"_s,
                     {QStringLiteral(LEDGERLINK_SOURCE_DIR "/core/mapping/catalogs/generate_zoho_catalog.py"),
                      output});
        QVERIFY2(python.waitForFinished(120000), "python3 is needed to run the generator");
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QFile generated(output);
        QFile committed(QStringLiteral(LEDGERLINK_SOURCE_DIR "/resources/catalogs/zoho.catalog.json"));
        QVERIFY(generated.open(QIODevice::ReadOnly) && committed.open(QIODevice::ReadOnly));
        QVERIFY2(generated.readAll() == committed.readAll(),
                 "resources/catalogs/zoho.catalog.json is not what its generator writes; rerun it");
    }
};

QTEST_GUILESS_MAIN(TestZohoCatalog)
#include "tst_zohocatalog.moc"
