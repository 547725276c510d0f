// The Business Central field catalog: what the mapper and validator need from it (document dates
// typed as dates although the v1.0 spec says date-time, lines written inline, the entity tag), and
// that it is exactly what its generator makes of Microsoft's published v1.0 spec.
#include "mapping/fieldcatalog.h"

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink::Mapping;

class TestBusinessCentralCatalog : public QObject
{
    Q_OBJECT

private slots:
    void businesscentral()
    {
        QString error;
        const auto catalog = FieldCatalog::builtin(u"businesscentral"_s, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->id, u"businesscentral"_s);
        QCOMPARE(catalog->system, u"Dynamics 365 Business Central API v1.0 (BCOAS1.0)"_s);
        // Polled: LedgerLink does not receive Business Central's webhooks yet, so none is offered.
        const QStringList all{u"poll"_s, u"schedule"_s, u"manual"_s};
        for (const char16_t *name :
             {u"item", u"customer", u"salesOrder", u"salesInvoice", u"salesCreditMemo", u"customerPayment"}) {
            const CatalogObject *object = catalog->object(QString::fromUtf16(name));
            QVERIFY2(object, qPrintable(QString::fromUtf16(name)));
            // The connector sends the entity tag back as If-Match; a mapping never writes it.
            const CatalogField *etag = object->field(u"@odata.etag"_s);
            QVERIFY2(etag, qPrintable(QString::fromUtf16(name)));
            QCOMPARE(etag->type, FieldType::String);
            QVERIFY(etag->readOnly);
            QVERIFY(!etag->required);
            QVERIFY(object->field(u"id"_s)->readOnly);
            QCOMPARE(object->field(u"lastModifiedDateTime"_s)->type, FieldType::DateTime);
            QVERIFY(object->field(u"lastModifiedDateTime"_s)->readOnly);
        }
        QCOMPARE(catalog->object(u"salesInvoice"_s)->triggers, all);
        QCOMPARE(catalog->object(u"item"_s)->triggers, all);
        QCOMPARE(catalog->object(u"customerPayment"_s)->triggers, all);

        const CatalogObject *invoice = catalog->object(u"salesInvoice"_s);
        // The spec's known bug: document dates are date-time there, a date in the real API.
        const CatalogField *invoiceDate = invoice->field(u"invoiceDate"_s);
        QVERIFY(invoiceDate);
        QCOMPARE(invoiceDate->type, FieldType::Date);
        QVERIFY(!invoiceDate->readOnly);
        QCOMPARE(invoiceDate->canonicalConcept, u"order.date"_s);
        QCOMPARE(
            invoiceDate->description,
            u"The invoiceDate property for the Dynamics 365 Business Central salesInvoice entity (the v1.0 "
            "spec types this date-time; Business Central takes a date, YYYY-MM-DD)"_s);
        QCOMPARE(invoice->field(u"dueDate"_s)->type, FieldType::Date);
        QCOMPARE(invoice->field(u"salesInvoiceLines[].shipmentDate"_s)->type, FieldType::Date);
        QCOMPARE(catalog->object(u"salesOrder"_s)->field(u"orderDate"_s)->type, FieldType::Date);
        QCOMPARE(catalog->object(u"salesCreditMemo"_s)->field(u"creditMemoDate"_s)->type, FieldType::Date);
        QCOMPARE(catalog->object(u"customerPayment"_s)->field(u"postingDate"_s)->type, FieldType::Date);

        // Totals are Business Central's; amounts are JSON numbers.
        const CatalogField *total = invoice->field(u"totalAmountIncludingTax"_s);
        QVERIFY(total);
        QCOMPARE(total->type, FieldType::Number);
        QVERIFY(total->readOnly);
        QCOMPARE(total->canonicalConcept, u"order.total"_s);
        QCOMPARE(invoice->field(u"totalTaxAmount"_s)->canonicalConcept, u"order.total_tax"_s);
        QCOMPARE(invoice->field(u"discountAmount"_s)->type, FieldType::Number);
        QVERIFY(!invoice->field(u"discountAmount"_s)->readOnly);
        // The store's order number is the external document number; Business Central numbers its own.
        QCOMPARE(invoice->field(u"externalDocumentNumber"_s)->canonicalConcept, u"order.number"_s);
        QVERIFY(invoice->field(u"number"_s)->readOnly);
        QVERIFY(invoice->field(u"number"_s)->canonicalConcept.isEmpty());
        QCOMPARE(invoice->field(u"currencyCode"_s)->canonicalConcept, u"order.currency"_s);
        QCOMPARE(invoice->field(u"email"_s)->canonicalConcept, u"customer.email"_s);
        QVERIFY(invoice->field(u"customerNumber"_s)->required);
        QVERIFY(invoice->field(u"customerNumber"_s)->description.contains(u"customerId"_s));
        QVERIFY(invoice->field(u"customerId"_s)->description.endsWith(u"(GUID)"_s));
        QVERIFY(invoice->field(u"status"_s)->description.contains(u"One of: Draft, In Review, Open, Paid"_s));
        // A complex type is flattened; navigation properties other than the lines are left out.
        QCOMPARE(invoice->field(u"billingPostalAddress.city"_s)->type, FieldType::String);
        QVERIFY(!invoice->field(u"billingPostalAddress.picture[].id"_s));
        QVERIFY(!invoice->field(u"customer.displayName"_s));
        QVERIFY(!invoice->field(u"pdfDocument[].id"_s));

        // Lines go inline (deep insert) as a list of the invoice.
        const CatalogField *quantity = invoice->field(u"salesInvoiceLines[].quantity"_s);
        QVERIFY(quantity);
        QCOMPARE(quantity->type, FieldType::Number);
        QVERIFY(quantity->required);
        QCOMPARE(quantity->canonicalConcept, u"line.quantity"_s);
        QCOMPARE(invoice->field(u"salesInvoiceLines[].unitPrice"_s)->canonicalConcept, u"line.unit_price"_s);
        QCOMPARE(invoice->field(u"salesInvoiceLines[].lineDetails.number"_s)->canonicalConcept,
                 u"line.sku"_s);
        QCOMPARE(invoice->field(u"salesInvoiceLines[].description"_s)->canonicalConcept, u"line.title"_s);
        QCOMPARE(invoice->field(u"salesInvoiceLines[].sequence"_s)->type, FieldType::Integer);
        const CatalogField *lineType = invoice->field(u"salesInvoiceLines[].lineType"_s);
        QVERIFY(lineType->required);
        QVERIFY(lineType->description.contains(
            u"One of: Comment, Account, Item, Resource, Fixed Asset, Charge."_s));
        QVERIFY(invoice->field(u"salesInvoiceLines[].amountIncludingTax"_s)->readOnly);
        QVERIFY(!invoice->field(u"salesInvoiceLines[].item.number"_s));

        const CatalogObject *customer = catalog->object(u"customer"_s);
        QVERIFY(customer->field(u"displayName"_s)->required);
        QCOMPARE(customer->field(u"displayName"_s)->canonicalConcept, u"customer.name"_s);
        QCOMPARE(customer->field(u"address.postalCode"_s)->type, FieldType::String);
        const CatalogObject *item = catalog->object(u"item"_s);
        QCOMPARE(item->field(u"number"_s)->canonicalConcept, u"product.sku"_s);
        QVERIFY(!item->field(u"number"_s)->required);
        QCOMPARE(item->field(u"unitPrice"_s)->canonicalConcept, u"product.price"_s);
        QVERIFY(item->field(u"inventory"_s)->readOnly);
        QCOMPARE(item->field(u"inventory"_s)->canonicalConcept, u"inventory.quantity"_s);
        const CatalogObject *payment = catalog->object(u"customerPayment"_s);
        QCOMPARE(payment->field(u"amount"_s)->type, FieldType::Number);
        QCOMPARE(payment->field(u"amount"_s)->canonicalConcept, u"payment.amount"_s);
    }

    void businesscentralCatalogIsTheGeneratorsOutput()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(u"businesscentral.catalog.json"_s);
        QProcess python;
        python.start(u"python3"_s,
                     {QStringLiteral(LEDGERLINK_SOURCE_DIR
                                     "/core/mapping/catalogs/generate_businesscentral_catalog.py"),
                      QStringLiteral(LEDGERLINK_SHARED_DIR "/peers/specs/business-central"), output});
        QVERIFY2(python.waitForFinished(120000),
                 "python3 with PyYAML (python3-yaml) is needed to run the generator");
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QFile generated(output);
        QFile committed(
            QStringLiteral(LEDGERLINK_SOURCE_DIR "/resources/catalogs/businesscentral.catalog.json"));
        QVERIFY(generated.open(QIODevice::ReadOnly) && committed.open(QIODevice::ReadOnly));
        QVERIFY2(generated.readAll() == committed.readAll(),
                 "resources/catalogs/businesscentral.catalog.json is not what the generator makes of the "
                 "spec; rerun it");
    }
};

QTEST_GUILESS_MAIN(TestBusinessCentralCatalog)
#include "tst_businesscentralcatalog.moc"
