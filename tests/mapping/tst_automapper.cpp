// Auto-map: concept first, then normalised names; proposals written out by hand from the two
// catalogs, and precision on the shared Shopify sample order (raw paths, no concepts) against
// the Xero invoice.
#include "mapping/automapper.h"
#include "mapping/fieldcatalog.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink::Mapping;

namespace {

// The raw paths of a vendor record: objects expanded up to three levels, lists of objects as
// "list[].field" (one list level), as the mapper offers raw vendor paths.
void collect(const QJsonObject &object, const QString &prefix, int depth, bool inList, CatalogObject &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix + it.key();
        const QJsonValue v = it.value();
        if (v.isObject()) {
            if (depth < 2)
                collect(v.toObject(), path + u'.', depth + 1, inList, out);
            continue;
        }
        if (v.isArray()) {
            const QJsonArray items = v.toArray();
            if (!inList && !items.isEmpty() && items.first().isObject())
                collect(items.first().toObject(), path + u"[]."_s, depth + 1, true, out);
            continue;
        }
        CatalogField field;
        field.path = path;
        field.type = v.isBool() ? FieldType::Boolean : v.isDouble() ? FieldType::Number : FieldType::String;
        out.fields.append(field);
    }
}

} // namespace

class TestAutoMapper : public QObject
{
    Q_OBJECT

private slots:
    void normalisation_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("camel case") << u"LineItems[].UnitAmount"_s << u"lineitem[].unitamount"_s;
        QTest::newRow("snake case") << u"line_items[].unit_amount"_s << u"lineitem[].unitamount"_s;
        QTest::newRow("dash") << u"e-mail"_s << u"email"_s;
        QTest::newRow("plural ies") << u"categories"_s << u"category"_s;
        QTest::newRow("double s kept") << u"billing_address.name"_s << u"billingaddress.name"_s;
        QTest::newRow("short word kept") << u"tax"_s << u"tax"_s;
    }

    void normalisation()
    {
        QFETCH(QString, path);
        QFETCH(QString, normalised);
        QCOMPARE(normalisedPath(path), normalised);
    }

    void shopifyOrderToXeroInvoice()
    {
        const auto shopify = FieldCatalog::builtin(u"shopify"_s);
        const auto xero = FieldCatalog::builtin(u"xero"_s);
        QVERIFY(shopify && xero);
        const QList<AutoMapProposal> proposals =
            autoMap(*shopify->object(u"order"_s), *xero->object(u"Invoice"_s));
        QStringList got;
        for (const AutoMapProposal &p : proposals)
            got.append(u"%1 -> %2 %3%4"_s.arg(p.source, p.target, QString::number(p.confidence, 'f', 2),
                                              p.needsTransform ? u" transform"_s : QString()));
        // Worked out by hand from the catalogs: concepts give 1.00 (0.90 when the types need a
        // transform); Contact.Name has no concept on the store side and is found by its name.
        const QStringList expected{
            u"billing_address.name -> Contact.Name 0.65"_s,
            u"customer.first_name -> Contact.FirstName 1.00"_s,
            u"customer.last_name -> Contact.LastName 1.00"_s,
            u"customer.email -> Contact.EmailAddress 1.00"_s,
            u"line_items[].title -> LineItems[].Description 1.00"_s,
            u"line_items[].quantity -> LineItems[].Quantity 1.00"_s,
            u"line_items[].price -> LineItems[].UnitAmount 0.90 transform"_s,
            u"line_items[].sku -> LineItems[].ItemCode 1.00"_s,
            u"line_items[].total_discount -> LineItems[].DiscountAmount 0.90 transform"_s,
            u"created_at -> Date 0.90 transform"_s,
            u"name -> InvoiceNumber 1.00"_s,
            u"currency -> CurrencyCode 1.00"_s,
        };
        QCOMPARE(got, expected);
        // Targets already mapped get no proposal.
        const QList<AutoMapProposal> rest = autoMap(*shopify->object(u"order"_s), *xero->object(u"Invoice"_s),
                                                    {u"Contact.Name"_s, u"Date"_s});
        QCOMPARE(rest.size(), expected.size() - 2);
    }

    void precisionOnTheSampleOrder()
    {
        QFile file(
            QStringLiteral(LEDGERLINK_SHARED_DIR "/peers/payloads/shopify-order-2024-04-450789469.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        CatalogObject raw;
        raw.name = u"order"_s;
        collect(QJsonDocument::fromJson(file.readAll()).object(), {}, 0, false, raw);
        QVERIFY(raw.fields.size() > 100);
        const auto xero = FieldCatalog::builtin(u"xero"_s);
        QVERIFY(xero);
        const QList<AutoMapProposal> proposals = autoMap(raw, *xero->object(u"Invoice"_s));

        // What a bookkeeper would accept for each Xero field, by meaning (written by hand).
        const QHash<QString, QStringList> acceptable{
            {u"Contact.Name"_s,
             {u"billing_address.name"_s, u"shipping_address.name"_s, u"customer.default_address.name"_s}},
            {u"Contact.FirstName"_s,
             {u"customer.first_name"_s, u"billing_address.first_name"_s, u"shipping_address.first_name"_s,
              u"customer.default_address.first_name"_s}},
            {u"Contact.LastName"_s,
             {u"customer.last_name"_s, u"billing_address.last_name"_s, u"shipping_address.last_name"_s,
              u"customer.default_address.last_name"_s}},
            {u"Reference"_s, {u"reference"_s, u"name"_s}},
            {u"LineItems[].Quantity"_s, {u"line_items[].quantity"_s}},
            {u"Contact.EmailAddress"_s, {u"email"_s, u"customer.email"_s, u"contact_email"_s}},
            {u"CurrencyCode"_s, {u"currency"_s}},
            {u"LineItems[].ItemCode"_s, {u"line_items[].sku"_s}},
        };
        int correct = 0;
        QStringList wrong;
        for (const AutoMapProposal &p : proposals) {
            if (acceptable.value(p.target).contains(p.source))
                ++correct;
            else
                wrong.append(p.source + u" -> "_s + p.target);
        }
        qInfo("auto-map precision on the sample order: %d of %d proposals correct", correct,
              int(proposals.size()));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"; "_s)));
        QVERIFY2(correct >= 4, qPrintable(QString::number(correct)));
    }
};

QTEST_GUILESS_MAIN(TestAutoMapper)
#include "tst_automapper.moc"
