// Field catalogs: the built-in ones load, say what the validator needs, and the Xero catalog is
// exactly what its generator makes of Xero's published spec.
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
        QVERIFY(!FieldCatalog::builtin(u"netsuite"_s, &error));
        QCOMPARE(error, u"no field catalog \"netsuite\" is built in"_s);
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
