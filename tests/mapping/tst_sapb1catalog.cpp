// The SAP Business One field catalog: what the mapper, the validator and the connector need from it
// (the match keys, lines inline, the fields the connector fills, what SAP sets), and that it is
// exactly what its generator makes of the field lists it holds.
#include "connectors/sapb1/sapb1canonical.h"
#include "mapping/fieldcatalog.h"

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink::Mapping;

class TestSapB1Catalog : public QObject
{
    Q_OBJECT

private slots:
    void sapb1()
    {
        QString error;
        const auto catalog = FieldCatalog::builtin(u"sapb1"_s, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->id, u"sapb1"_s);
        QCOMPARE(catalog->system, u"SAP Business One Service Layer (b1s/v1, b1s/v2)"_s);
        const QStringList polled{u"poll"_s, u"schedule"_s, u"manual"_s};
        // Every object the connector reads and writes, by the same name, with its match key.
        for (const QString &name : LedgerLink::Connectors::SapB1::objects()) {
            const CatalogObject *object = catalog->object(name);
            QVERIFY2(object, qPrintable(name));
            QCOMPARE(object->triggers, polled); // Service Layer sends no webhooks
            const auto info = LedgerLink::Connectors::SapB1::objectInfo(name);
            QVERIFY(info);
            const CatalogField *match = object->field(info->matchField);
            QVERIFY2(match, qPrintable(name + u'.' + info->matchField));
            QVERIFY2(match->description.contains(u"LedgerLink's match key"_s), qPrintable(name));
            QVERIFY2(object->field(info->keyField), qPrintable(name + u'.' + info->keyField));
            QVERIFY2(object->description.contains(u"https://help.sap.com/doc/"_s), qPrintable(name));
        }

        const CatalogObject *invoice = catalog->object(u"Invoices"_s);
        // The store's order number is NumAtCard; DocNum is Business One's own and read-only.
        QCOMPARE(invoice->field(u"NumAtCard"_s)->canonicalConcept, u"order.number"_s);
        QVERIFY(!invoice->field(u"NumAtCard"_s)->readOnly);
        QVERIFY(invoice->field(u"DocNum"_s)->readOnly);
        QVERIFY(invoice->field(u"DocEntry"_s)->readOnly);
        QCOMPARE(invoice->field(u"DocEntry"_s)->type, FieldType::Integer);
        QCOMPARE(invoice->field(u"DocDate"_s)->type, FieldType::Date);
        QCOMPARE(invoice->field(u"DocDueDate"_s)->canonicalConcept, u"invoice.due_date"_s);
        QCOMPARE(invoice->field(u"DocTotal"_s)->type, FieldType::Number);
        QCOMPARE(invoice->field(u"DocTotal"_s)->canonicalConcept, u"order.total"_s);
        QVERIFY(invoice->field(u"VatSum"_s)->readOnly);
        QCOMPARE(invoice->field(u"DocCurrency"_s)->canonicalConcept, u"order.currency"_s);
        // The customer: filled by the connector from the LedgerLink property EmailAddress.
        const CatalogField *cardCode = invoice->field(u"CardCode"_s);
        QVERIFY(!cardCode->required);
        QVERIFY(cardCode->description.contains(u"LedgerLink finds the customer whose EmailAddress"_s));
        QCOMPARE(invoice->field(u"EmailAddress"_s)->canonicalConcept, u"customer.email"_s);
        QVERIFY(invoice->field(u"EmailAddress"_s)->description.contains(u"Never sent to SAP Business One"_s));
        // Lines inline.
        const CatalogField *sku = invoice->field(u"DocumentLines[].ItemCode"_s);
        QVERIFY(sku);
        QVERIFY(sku->required);
        QCOMPARE(sku->canonicalConcept, u"line.sku"_s);
        QCOMPARE(invoice->field(u"DocumentLines[].Quantity"_s)->type, FieldType::Number);
        QCOMPARE(invoice->field(u"DocumentLines[].UnitPrice"_s)->canonicalConcept, u"line.unit_price"_s);
        QCOMPARE(invoice->field(u"DocumentLines[].TaxCode"_s)->canonicalConcept, u"line.tax_code"_s);
        QVERIFY(invoice->field(u"DocumentLines[].LineTotal"_s)->readOnly);
        QCOMPARE(invoice->field(u"DocumentLines[].LineNum"_s)->type, FieldType::Integer);
        QVERIFY(
            invoice->field(u"DocumentStatus"_s)->description.contains(u"One of: bost_Open, bost_Close"_s));

        const CatalogObject *credit = catalog->object(u"CreditNotes"_s);
        QCOMPARE(credit->field(u"DocTotal"_s)->canonicalConcept, u"credit_note.total"_s);
        QCOMPARE(credit->field(u"DocumentLines[].BaseEntry"_s)->type, FieldType::Integer);

        const CatalogObject *partner = catalog->object(u"BusinessPartners"_s);
        QCOMPARE(partner->field(u"EmailAddress"_s)->canonicalConcept, u"customer.email"_s);
        QVERIFY(partner->field(u"CardName"_s)->required);
        QVERIFY(!partner->field(u"CardCode"_s)->required);
        QVERIFY(partner->field(u"CardType"_s)->description.contains(u"cCustomer"_s));
        QCOMPARE(partner->field(u"BPAddresses[].City"_s)->type, FieldType::String);

        const CatalogObject *item = catalog->object(u"Items"_s);
        QCOMPARE(item->field(u"ItemCode"_s)->canonicalConcept, u"product.sku"_s);
        QVERIFY(item->field(u"ItemCode"_s)->required);
        QCOMPARE(item->field(u"ItemPrices[].Price"_s)->canonicalConcept, u"product.price"_s);
        const CatalogField *inStock = item->field(u"ItemWarehouseInfoCollection[].InStock"_s);
        QVERIFY(inStock);
        QVERIFY(inStock->readOnly);
        QCOMPARE(inStock->type, FieldType::Number);
        QCOMPARE(item->field(u"ItemWarehouseInfoCollection[].WarehouseCode"_s)->canonicalConcept,
                 u"inventory.location_id"_s);

        const CatalogObject *payment = catalog->object(u"IncomingPayments"_s);
        QCOMPARE(payment->field(u"TransferSum"_s)->canonicalConcept, u"payment.amount"_s);
        QVERIFY(payment->field(u"PaymentInvoices[].DocEntry"_s)->required);
        QCOMPARE(payment->field(u"PaymentInvoices[].DocEntry"_s)->type, FieldType::Integer);
        QVERIFY(
            payment->field(u"CardCode"_s)->description.contains(u"the invoice the first PaymentInvoices"_s));
    }

    void sapb1CatalogIsTheGeneratorsOutput()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(u"sapb1.catalog.json"_s);
        QProcess python;
        python.start(
            u"python3"_s,
            {QStringLiteral(LEDGERLINK_SOURCE_DIR "/core/mapping/catalogs/generate_sapb1_catalog.py"),
             output});
        QVERIFY2(python.waitForFinished(120000), "python3 is needed to run the generator");
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QFile generated(output);
        QFile committed(QStringLiteral(LEDGERLINK_SOURCE_DIR "/resources/catalogs/sapb1.catalog.json"));
        QVERIFY(generated.open(QIODevice::ReadOnly) && committed.open(QIODevice::ReadOnly));
        QVERIFY2(generated.readAll() == committed.readAll(),
                 "resources/catalogs/sapb1.catalog.json is not what its generator makes; rerun it");
    }
};

QTEST_GUILESS_MAIN(TestSapB1Catalog)
#include "tst_sapb1catalog.moc"
