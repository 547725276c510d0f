// The NetSuite field catalog: the record fields a Shopify → NetSuite mapping needs (references
// written by id, sublists inline as {"items": [...]}, externalId as the match key, NetSuite's own
// totals read only), every object the connector reads and writes, and that the committed file is
// exactly what its generator writes.
#include "connectors/netsuite/netsuitecanonical.h"
#include "mapping/fieldcatalog.h"

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink::Mapping;

namespace {

/// The field at `path` of `object`; nullptr when either is missing.
const CatalogField *fieldOf(const FieldCatalog &catalog, const QString &object, const QString &path)
{
    const CatalogObject *o = catalog.object(object);
    return o ? o->field(path) : nullptr;
}

} // namespace

class TestNetSuiteCatalog : public QObject
{
    Q_OBJECT

private slots:
    void netsuite()
    {
        QString error;
        const auto catalog = FieldCatalog::builtin(u"netsuite"_s, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->id, u"netsuite"_s);
        QCOMPARE(catalog->system, u"NetSuite REST web services, record API v1"_s);

        // Every record type the connector reads and writes is an object, polled (NetSuite's REST
        // web services send no webhooks) and with its id read only and externalId writable.
        QStringList names;
        for (const CatalogObject &object : catalog->objects)
            names.append(object.name);
        QStringList connectorObjects = LedgerLink::Connectors::NetSuite::objects();
        names.sort();
        connectorObjects.sort();
        QCOMPARE(names, connectorObjects);
        for (const CatalogObject &object : catalog->objects) {
            QCOMPARE(object.triggers, (QStringList{u"poll"_s, u"schedule"_s, u"manual"_s}));
            QVERIFY2(object.field(u"id"_s) && object.field(u"id"_s)->readOnly, qPrintable(object.name));
            const CatalogField *externalId = object.field(u"externalId"_s);
            QVERIFY2(externalId && !externalId->readOnly && externalId->type == FieldType::String,
                     qPrintable(object.name));
            const CatalogField *modified = object.field(u"lastModifiedDate"_s);
            QVERIFY2(modified && modified->readOnly && modified->type == FieldType::DateTime,
                     qPrintable(object.name));
            QVERIFY2(object.description.contains(u"REST_API_Browser/record/v1"_s), qPrintable(object.name));
        }

        // An invoice: its customer and each line's item by internal id, lines inline, NetSuite's
        // totals read only, the store's order number in otherRefNum.
        const FieldCatalog &c = *catalog;
        const CatalogField *entity = fieldOf(c, u"invoice"_s, u"entity.id"_s);
        QVERIFY(entity);
        // Filled by the connector when not mapped (found by e-mail or name, or created).
        QVERIFY(!entity->required);
        QVERIFY(!entity->readOnly);
        QVERIFY(entity->description.contains(u"LedgerLink finds the customer by the transaction's email"_s));
        QVERIFY(!fieldOf(c, u"invoice"_s, u"entity.refName"_s)->readOnly);
        QVERIFY(fieldOf(c, u"invoice"_s, u"currency.refName"_s)->readOnly);
        const CatalogField *item = fieldOf(c, u"invoice"_s, u"item.items[].item.id"_s);
        QVERIFY(item);
        QVERIFY(!item->required);
        QVERIFY(item->description.contains(u"(itemId)"_s));
        QVERIFY(!fieldOf(c, u"invoice"_s, u"item.items[].item.refName"_s)->readOnly);
        QCOMPARE(fieldOf(c, u"invoice"_s, u"item.items[].item.refName"_s)->canonicalConcept, u"line.sku"_s);
        const CatalogField *quantity = fieldOf(c, u"invoice"_s, u"item.items[].quantity"_s);
        QVERIFY(quantity);
        QCOMPARE(quantity->type, FieldType::Number);
        QCOMPARE(quantity->canonicalConcept, u"line.quantity"_s);
        QCOMPARE(fieldOf(c, u"invoice"_s, u"item.items[].rate"_s)->canonicalConcept, u"line.unit_price"_s);
        QCOMPARE(fieldOf(c, u"invoice"_s, u"item.items[].amount"_s)->type, FieldType::Number);
        QCOMPARE(fieldOf(c, u"invoice"_s, u"item.items[].description"_s)->type, FieldType::String);
        QCOMPARE(fieldOf(c, u"invoice"_s, u"item.items[].taxCode.id"_s)->canonicalConcept,
                 u"line.tax_code"_s);
        QCOMPARE(fieldOf(c, u"invoice"_s, u"item.items[].line"_s)->type, FieldType::Integer);
        QCOMPARE(fieldOf(c, u"invoice"_s, u"tranDate"_s)->type, FieldType::Date);
        QCOMPARE(fieldOf(c, u"invoice"_s, u"dueDate"_s)->type, FieldType::Date);
        QCOMPARE(fieldOf(c, u"invoice"_s, u"otherRefNum"_s)->canonicalConcept, u"order.number"_s);
        QCOMPARE(fieldOf(c, u"invoice"_s, u"currency.id"_s)->canonicalConcept, u"order.currency"_s);
        for (const QString &computed : {u"total"_s, u"subtotal"_s, u"taxTotal"_s, u"amountRemaining"_s}) {
            const CatalogField *field = fieldOf(c, u"invoice"_s, computed);
            QVERIFY2(field && field->readOnly && field->type == FieldType::Number, qPrintable(computed));
        }
        QVERIFY(fieldOf(c, u"invoice"_s, u"shippingCost"_s)
                && !fieldOf(c, u"invoice"_s, u"shippingCost"_s)->readOnly);
        QVERIFY(fieldOf(c, u"invoice"_s, u"discountItem.id"_s));
        // No sublist but item and apply, and no field the browser does not list.
        QVERIFY(!fieldOf(c, u"invoice"_s, u"item.items[].sku"_s));
        QVERIFY(!fieldOf(c, u"invoice"_s, u"apply.items[].doc.id"_s));

        // A sales order has the same lines; a credit memo also the invoices it is applied to.
        QVERIFY(fieldOf(c, u"salesOrder"_s, u"item.items[].item.id"_s));
        QVERIFY(!fieldOf(c, u"creditMemo"_s, u"entity.refName"_s)->readOnly);
        QVERIFY(fieldOf(c, u"creditMemo"_s, u"createdFrom.id"_s));
        QCOMPARE(fieldOf(c, u"creditMemo"_s, u"apply.items[].apply"_s)->type, FieldType::Boolean);
        QCOMPARE(fieldOf(c, u"creditMemo"_s, u"total"_s)->canonicalConcept, u"credit_note.total"_s);

        // A customer payment: its customer (not entity), the amount, applied to an invoice.
        QVERIFY(!fieldOf(c, u"customerPayment"_s, u"customer.id"_s)->required);
        QVERIFY(fieldOf(c, u"customerPayment"_s, u"customer.id"_s)
                    ->description.contains(u"apply.items[].doc.id"_s));
        QVERIFY(!fieldOf(c, u"customerPayment"_s, u"entity.id"_s));
        const CatalogField *payment = fieldOf(c, u"customerPayment"_s, u"payment"_s);
        QVERIFY(payment);
        QVERIFY(payment->required);
        QCOMPARE(payment->type, FieldType::Number);
        QCOMPARE(payment->canonicalConcept, u"payment.amount"_s);
        QVERIFY(fieldOf(c, u"customerPayment"_s, u"apply.items[].doc.id"_s));
        QVERIFY(!fieldOf(c, u"customerPayment"_s, u"apply.items[].doc.id"_s)->readOnly);
        QCOMPARE(fieldOf(c, u"customerPayment"_s, u"apply.items[].amount"_s)->type, FieldType::Number);
        QCOMPARE(fieldOf(c, u"customerPayment"_s, u"tranDate"_s)->canonicalConcept, u"payment.date"_s);

        // A customer: found by e-mail; company or person.
        QCOMPARE(fieldOf(c, u"customer"_s, u"email"_s)->canonicalConcept, u"customer.email"_s);
        QCOMPARE(fieldOf(c, u"customer"_s, u"isPerson"_s)->type, FieldType::Boolean);
        QVERIFY(fieldOf(c, u"customer"_s, u"companyName"_s)->description.contains(u"isPerson"_s));
        QVERIFY(fieldOf(c, u"customer"_s, u"subsidiary.id"_s));
        QCOMPARE(fieldOf(c, u"customer"_s, u"dateCreated"_s)->type, FieldType::DateTime);

        // An inventory item: the SKU is itemId; stock read only.
        const CatalogField *sku = fieldOf(c, u"inventoryItem"_s, u"itemId"_s);
        QVERIFY(sku);
        QVERIFY(sku->required);
        QCOMPARE(sku->canonicalConcept, u"product.sku"_s);
        QCOMPARE(fieldOf(c, u"inventoryItem"_s, u"displayName"_s)->canonicalConcept, u"product.name"_s);
        QCOMPARE(fieldOf(c, u"inventoryItem"_s, u"rate"_s)->canonicalConcept, u"product.price"_s);
        const CatalogField *available = fieldOf(c, u"inventoryItem"_s, u"quantityAvailable"_s);
        QVERIFY(available->readOnly);
        QCOMPARE(available->canonicalConcept, u"inventory.quantity"_s);
        QCOMPARE(fieldOf(c, u"inventoryItem"_s, u"isInactive"_s)->type, FieldType::Boolean);
        // Its stock per location: the locations sublist's lines, read only.
        const CatalogField *location = fieldOf(c, u"inventoryItem"_s, u"locations.items[].location.id"_s);
        QVERIFY(location);
        QVERIFY(location->readOnly);
        QCOMPARE(location->canonicalConcept, u"inventory.location_id"_s);
        for (const QString &quantity :
             {u"quantityOnHand"_s, u"quantityCommitted"_s, u"quantityAvailable"_s}) {
            const CatalogField *field = fieldOf(c, u"inventoryItem"_s, u"locations.items[]."_s + quantity);
            QVERIFY2(field, qPrintable(quantity));
            QCOMPARE(field->type, FieldType::Number);
            QVERIFY(field->readOnly);
        }
    }

    void netsuiteCatalogIsTheGeneratorsOutput()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(u"netsuite.catalog.json"_s);
        QProcess python;
        python.start(
            u"python3"_s,
            {QStringLiteral(LEDGERLINK_SOURCE_DIR "/core/mapping/catalogs/generate_netsuite_catalog.py"),
             output});
        QVERIFY2(python.waitForFinished(120000), "python3 is needed to run the generator");
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QFile generated(output);
        QFile committed(QStringLiteral(LEDGERLINK_SOURCE_DIR "/resources/catalogs/netsuite.catalog.json"));
        QVERIFY(generated.open(QIODevice::ReadOnly) && committed.open(QIODevice::ReadOnly));
        QVERIFY2(generated.readAll() == committed.readAll(),
                 "resources/catalogs/netsuite.catalog.json is not what its generator writes; rerun it");
    }
};

QTEST_GUILESS_MAIN(TestNetSuiteCatalog)
#include "tst_netsuitecatalog.moc"
