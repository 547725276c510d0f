// Field catalogs: the built-in ones load, say what the validator needs, and the Xero and
// QuickBooks catalogs are exactly what their generators make of the vendors' published specs.
#include "mapping/fieldcatalog.h"

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink::Mapping;

class TestFieldCatalog : public QObject
{
    Q_OBJECT

private slots:
    void shopify()
    {
        QString error;
        const auto catalog = FieldCatalog::builtin(u"shopify"_s, &error);
        QVERIFY2(catalog, qPrintable(error));
        const CatalogObject *order = catalog->object(u"order"_s);
        QVERIFY(order);
        QVERIFY(order->triggers.contains(u"webhook"_s));
        const CatalogField *price = order->field(u"line_items[].price"_s);
        QVERIFY(price);
        QCOMPARE(price->type, FieldType::Decimal);
        QCOMPARE(price->canonicalConcept, u"line.unit_price"_s);
        QVERIFY(order->field(u"id"_s)->readOnly);
        for (const char16_t *name : {u"customer", u"product", u"inventory_level", u"transaction", u"refund"})
            QVERIFY2(catalog->object(QString::fromUtf16(name)), qPrintable(QString::fromUtf16(name)));
    }

    void xero()
    {
        QString error;
        const auto catalog = FieldCatalog::builtin(u"xero"_s, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->system, u"Xero Accounting API 16.1.0"_s);
        const CatalogObject *invoice = catalog->object(u"Invoice"_s);
        QVERIFY(invoice);
        QCOMPARE(invoice->triggers, (QStringList{u"webhook"_s, u"poll"_s, u"schedule"_s, u"manual"_s}));
        QVERIFY(invoice->field(u"Total"_s)->readOnly);
        QCOMPARE(invoice->field(u"Date"_s)->type, FieldType::Date);
        QCOMPARE(invoice->field(u"LineItems[].UnitAmount"_s)->type, FieldType::Number);
        QVERIFY(invoice->field(u"Type"_s)->required);
        QVERIFY(invoice->field(u"Type"_s)->description.contains(u"ACCREC"_s));
        // Items have no webhook in Xero.
        QVERIFY(!catalog->object(u"Item"_s)->triggers.contains(u"webhook"_s));
        QVERIFY(!FieldCatalog::builtin(u"nosuchsystem"_s, &error));
        QCOMPARE(error, u"no field catalog \"nosuchsystem\" is built in"_s);
    }

    void xeroCatalogIsTheGeneratorsOutput()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(u"xero.catalog.json"_s);
        QProcess python;
        python.start(u"python3"_s,
                     {QStringLiteral(LEDGERLINK_SOURCE_DIR "/core/mapping/catalogs/generate_xero_catalog.py"),
                      QStringLiteral(LEDGERLINK_SHARED_DIR "/peers/specs/xero"), output});
        QVERIFY2(python.waitForFinished(120000),
                 "python3 with PyYAML (python3-yaml) is needed to run the generator");
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QFile generated(output);
        QFile committed(QStringLiteral(LEDGERLINK_SOURCE_DIR "/resources/catalogs/xero.catalog.json"));
        QVERIFY(generated.open(QIODevice::ReadOnly) && committed.open(QIODevice::ReadOnly));
        QVERIFY2(
            generated.readAll() == committed.readAll(),
            "resources/catalogs/xero.catalog.json is not what the generator makes of the spec; rerun it");
    }

    void quickbooks()
    {
        QString error;
        const auto catalog = FieldCatalog::builtin(u"quickbooks"_s, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->system, u"QuickBooks Online Accounting API v3 (minor version 75)"_s);
        for (const char16_t *name : {u"Invoice", u"CreditMemo", u"SalesReceipt", u"RefundReceipt", u"Payment",
                                     u"Customer", u"Item"}) {
            const CatalogObject *object = catalog->object(QString::fromUtf16(name));
            QVERIFY2(object, qPrintable(QString::fromUtf16(name)));
            // Polled: LedgerLink does not receive Intuit's webhooks yet, so none is offered.
            QCOMPARE(object->triggers, (QStringList{u"poll"_s, u"schedule"_s, u"manual"_s}));
        }
        const CatalogObject *invoice = catalog->object(u"Invoice"_s);
        // A ReferenceType is {"value": id, "name": display name} in QuickBooks' JSON.
        const CatalogField *customer = invoice->field(u"CustomerRef.value"_s);
        QVERIFY(customer);
        QCOMPARE(customer->type, FieldType::String);
        // QuickBooks requires it, but the connector fills it from the e-mail or name when a mapping
        // does not: not required of a mapping, and its description says so.
        QVERIFY(!customer->required);
        QVERIFY2(
            customer->description.endsWith(u"LedgerLink finds the customer by BillEmail.Address, else by "
                                           u"CustomerRef.name as display name, or creates it."_s),
            qPrintable(customer->description));
        QVERIFY(customer->canonicalConcept.isEmpty());
        QCOMPARE(invoice->field(u"CustomerRef.name"_s)->canonicalConcept, u"customer.name"_s);
        // Line is a choice of details; an unbounded element is a list.
        const CatalogField *qty = invoice->field(u"Line[].SalesItemLineDetail.Qty"_s);
        QVERIFY(qty);
        QCOMPARE(qty->type, FieldType::Number);
        QVERIFY(!qty->required);
        QCOMPARE(qty->canonicalConcept, u"line.quantity"_s);
        QVERIFY(!invoice->field(u"Line[].SalesItemLineDetail.ItemRef.value"_s)->required);
        QVERIFY(invoice->field(u"Line[].Amount"_s)->required);
        QCOMPARE(invoice->field(u"Line[].SalesItemLineDetail.ItemRef.name"_s)->canonicalConcept,
                 u"line.sku"_s);
        QVERIFY(invoice->field(u"Line[].DiscountLineDetail.DiscountPercent"_s));
        QVERIFY(!invoice->field(u"Line[].JournalEntryLineDetail.PostingType"_s));
        QVERIFY(invoice->field(u"Line[].DetailType"_s)->description.contains(u"One of: "_s));
        QVERIFY(invoice->field(u"Line[].DetailType"_s)->description.contains(u"SalesItemLineDetail"_s));
        QCOMPARE(invoice->field(u"LinkedTxn[].TxnId"_s)->type, FieldType::String);
        // SyncToken is needed to update, so not read-only; Id, MetaData and totals are QuickBooks'.
        const CatalogField *syncToken = invoice->field(u"SyncToken"_s);
        QVERIFY(syncToken);
        QCOMPARE(syncToken->type, FieldType::String);
        QVERIFY(!syncToken->readOnly);
        QVERIFY(!syncToken->required);
        QVERIFY(invoice->field(u"Id"_s)->readOnly);
        QVERIFY(invoice->field(u"MetaData.CreateTime"_s)->readOnly);
        QCOMPARE(invoice->field(u"MetaData.CreateTime"_s)->type, FieldType::DateTime);
        QCOMPARE(invoice->field(u"TxnDate"_s)->type, FieldType::Date);
        QCOMPARE(invoice->field(u"TxnDate"_s)->canonicalConcept, u"order.date"_s);
        QCOMPARE(invoice->field(u"DocNumber"_s)->canonicalConcept, u"order.number"_s);
        QVERIFY(invoice->field(u"TotalAmt"_s)->readOnly);
        QCOMPARE(invoice->field(u"TotalAmt"_s)->canonicalConcept, u"order.total"_s);
        QCOMPARE(invoice->field(u"TxnTaxDetail.TotalTax"_s)->type, FieldType::Number);
        QCOMPARE(invoice->field(u"BillEmail.Address"_s)->canonicalConcept, u"customer.email"_s);
        QCOMPARE(invoice->field(u"PrintStatus"_s)->description,
                 u"Printing status of the invoice. One of: NotSet, NeedToPrint, PrintComplete."_s);
        // Extension points and custom fields are left out.
        QVERIFY(!invoice->field(u"InvoiceEx"_s));
        QVERIFY(!invoice->field(u"CustomField[].DefinitionId"_s));
        // A payment's total is what the payment is, so required and writable.
        const CatalogField *paid = catalog->object(u"Payment"_s)->field(u"TotalAmt"_s);
        QVERIFY(paid->required && !paid->readOnly);
        QVERIFY(catalog->object(u"Payment"_s)->field(u"Line[].LinkedTxn[].TxnId"_s));
        QVERIFY(catalog->object(u"Customer"_s)->field(u"DisplayName"_s)->required);
        const CatalogObject *item = catalog->object(u"Item"_s);
        QVERIFY(item->field(u"Type"_s)->description.contains(u"NonInventory"_s));
        QCOMPARE(item->field(u"QtyOnHand"_s)->canonicalConcept, u"inventory.quantity"_s);
    }

    void quickbooksCatalogIsTheGeneratorsOutput()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(u"quickbooks.catalog.json"_s);
        QProcess python;
        python.start(
            u"python3"_s,
            {QStringLiteral(LEDGERLINK_SOURCE_DIR "/core/mapping/catalogs/generate_quickbooks_catalog.py"),
             QStringLiteral(LEDGERLINK_SHARED_DIR "/peers/specs/quickbooks-xsd"), output});
        QVERIFY2(python.waitForFinished(120000), "python3 is needed to run the generator");
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QFile generated(output);
        QFile committed(QStringLiteral(LEDGERLINK_SOURCE_DIR "/resources/catalogs/quickbooks.catalog.json"));
        QVERIFY(generated.open(QIODevice::ReadOnly) && committed.open(QIODevice::ReadOnly));
        QVERIFY2(generated.readAll() == committed.readAll(),
                 "resources/catalogs/quickbooks.catalog.json is not what the generator makes of the XSDs; "
                 "rerun it");
    }

    void refusesABrokenCatalog()
    {
        QString error;
        QVERIFY(!FieldCatalog::fromJson(
            R"({"catalog": "x", "objects": [{"name": "o", "fields": [{"path": "a", "type": "text"}]}]})",
            &error));
        QCOMPARE(error, u"o.a: a field needs a path and one of the known types (\"text\" given)"_s);
    }
};

QTEST_GUILESS_MAIN(TestFieldCatalog)
#include "tst_fieldcatalog.moc"
