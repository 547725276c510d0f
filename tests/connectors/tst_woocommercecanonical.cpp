// WooCommerce documents → canonical records: the real WooCommerce REST v3 order from
// ../shared/peers/payloads (expected values read off the file by hand), HTML entities in names,
// and malformed documents whose errors must name the WooCommerce field path.
#include "connectors/woocommerce/woocommercecanonical.h"
#include "mapping/fieldcatalog.h"
#include "model/order.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
namespace Woo = LedgerLink::Connectors::WooCommerce;
using LedgerLink::Model::Order;

namespace {

QJsonObject readOrder()
{
    QFile file(QStringLiteral(LEDGERLINK_SHARED_DIR "/peers/payloads/woocommerce-order-wp-api-v3-727.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// "29.35 USD" for a canonical Money object.
QString money(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return object.value(u"amount"_s).toString() + u' ' + object.value(u"currency"_s).toString();
}

} // namespace

class TestWooCommerceCanonical : public QObject
{
    Q_OBJECT

private slots:
    void vendorRecordOfTheRealOrder()
    {
        const QJsonObject document = readOrder();
        QVERIFY2(!document.isEmpty(), "the shared WooCommerce payload is missing");
        QString error;
        const auto record = Woo::vendorRecord(u"order"_s, document, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->id, u"727"_s);
        QCOMPARE(record->matchKey, u"727"_s);
        QCOMPARE(record->updatedAt, QDateTime(QDate(2017, 3, 22), QTime(19, 28, 8), Qt::UTC));
        QCOMPARE(record->document, document);
    }

    void theRealOrderToTheCent()
    {
        const QJsonObject document = readOrder();
        QString error;
        const auto canonical = Woo::orderToCanonical(document, &error);
        QVERIFY2(canonical, qPrintable(error));
        const QJsonObject &c = *canonical;
        QCOMPARE(c.value(u"id"_s).toString(), u"727"_s);
        QCOMPARE(c.value(u"number"_s).toString(), u"727"_s);
        QCOMPARE(c.value(u"currency"_s).toString(), u"USD"_s);
        QCOMPARE(c.value(u"financial_status"_s).toString(), u"paid"_s); // "processing": paid, being packed
        QCOMPARE(c.value(u"taxes_included"_s).toBool(), false);
        QCOMPARE(money(c.value(u"subtotal"_s)), u"18.00 USD"_s); // 6.00 + 12.00
        QCOMPARE(money(c.value(u"discount_total"_s)), u"0.00 USD"_s);
        QCOMPARE(money(c.value(u"shipping_total"_s)), u"10.00 USD"_s);
        QCOMPARE(money(c.value(u"tax_total"_s)), u"1.35 USD"_s);
        QCOMPARE(money(c.value(u"total"_s)), u"29.35 USD"_s);

        const QJsonArray lines = c.value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 2);
        const QJsonObject single = lines.at(0).toObject();
        QCOMPARE(single.value(u"id"_s).toString(), u"315"_s);
        QCOMPARE(single.value(u"product_id"_s).toString(), u"93"_s);
        QVERIFY(single.value(u"variant_id"_s).toString().isEmpty()); // variation_id 0: a simple product
        QCOMPARE(single.value(u"title"_s).toString(), u"Woo Single #1"_s);
        QCOMPARE(single.value(u"quantity"_s).toString(), u"2"_s);
        QCOMPARE(money(single.value(u"unit_price"_s)), u"3.00 USD"_s); // 6.00 / 2, not the float `price`
        QCOMPARE(money(single.value(u"discount"_s)), u"0.00 USD"_s);
        QCOMPARE(money(single.value(u"total"_s)), u"6.00 USD"_s);
        const QJsonArray singleTax = single.value(u"tax_lines"_s).toArray();
        QCOMPARE(singleTax.size(), 1);
        QCOMPARE(singleTax.at(0).toObject().value(u"title"_s).toString(), u"State Tax"_s);
        QCOMPARE(money(singleTax.at(0).toObject().value(u"amount"_s)), u"0.45 USD"_s);
        const QJsonObject variation = lines.at(1).toObject();
        QCOMPARE(variation.value(u"variant_id"_s).toString(), u"23"_s);
        QCOMPARE(variation.value(u"sku"_s).toString(), u"Bar3"_s);
        QCOMPARE(variation.value(u"title"_s).toString(), u"Ship Your Idea – Color: Black, Size: M Test"_s);
        QCOMPARE(money(variation.value(u"unit_price"_s)), u"12.00 USD"_s);
        QCOMPARE(money(variation.value(u"tax_lines"_s).toArray().at(0).toObject().value(u"amount"_s)),
                 u"0.90 USD"_s); // "0.9" in the document

        const QJsonArray shipping = c.value(u"shipping_lines"_s).toArray();
        QCOMPARE(shipping.size(), 1);
        QCOMPARE(shipping.at(0).toObject().value(u"title"_s).toString(), u"Flat Rate"_s);
        QCOMPARE(shipping.at(0).toObject().value(u"code"_s).toString(), u"flat_rate"_s);
        QCOMPARE(money(shipping.at(0).toObject().value(u"price"_s)), u"10.00 USD"_s);
        const QJsonArray taxes = c.value(u"tax_lines"_s).toArray();
        QCOMPARE(taxes.size(), 1);
        QCOMPARE(taxes.at(0).toObject().value(u"title"_s).toString(), u"State Tax"_s);
        QCOMPARE(money(taxes.at(0).toObject().value(u"amount"_s)), u"1.35 USD"_s);

        // A guest order: the customer is the billing contact.
        const QJsonObject customer = c.value(u"customer"_s).toObject();
        QVERIFY(customer.value(u"id"_s).toString().isEmpty());
        QCOMPARE(customer.value(u"email"_s).toString(), u"john.doe@example.com"_s);
        QCOMPARE(customer.value(u"first_name"_s).toString(), u"John"_s);
        QCOMPARE(customer.value(u"last_name"_s).toString(), u"Doe"_s);
        const QJsonObject billing = c.value(u"billing_address"_s).toObject();
        QCOMPARE(billing.value(u"line1"_s).toString(), u"969 Market"_s);
        QCOMPARE(billing.value(u"city"_s).toString(), u"San Francisco"_s);
        QCOMPARE(billing.value(u"region_code"_s).toString(), u"CA"_s);
        QCOMPARE(billing.value(u"postal_code"_s).toString(), u"94103"_s);
        QCOMPARE(billing.value(u"country_code"_s).toString(), u"US"_s);
        QCOMPARE(billing.value(u"phone"_s).toString(), u"(555) 555-5555"_s);

        // The canonical record reads back, and its parts add up to the total exactly.
        const auto order = Order::fromJson(c, &error);
        QVERIFY2(order, qPrintable(error));
        QCOMPARE(order->createdAt, QDateTime(QDate(2017, 3, 22), QTime(19, 28, 2), Qt::UTC));
        auto sum = order->shippingTotal.plus(order->taxTotal);
        for (const auto &line : order->lines)
            sum = sum ? sum->plus(line.total) : std::nullopt;
        QVERIFY(sum);
        QCOMPARE(sum->toString(), order->total.toString());
        QCOMPARE(order->raw, readOrder());
    }

    void couponsAndDiscountsToTheCent()
    {
        QJsonObject document = readOrder();
        QJsonArray items = document.value(u"line_items"_s).toArray();
        QJsonObject line = items.at(0).toObject();
        line.insert(u"total"_s, u"5.40"_s); // a 10 % coupon on 6.00
        items[0] = line;
        document.insert(u"line_items"_s, items);
        document.insert(
            u"coupon_lines"_s,
            QJsonArray{QJsonObject{{u"id"_s, 320}, {u"code"_s, u"save10"_s}, {u"discount"_s, u"0.60"_s}}});
        document.insert(u"discount_total"_s, u"0.60"_s);
        QString error;
        const auto canonical = Woo::orderToCanonical(document, &error);
        QVERIFY2(canonical, qPrintable(error));
        const QJsonObject first = canonical->value(u"lines"_s).toArray().at(0).toObject();
        QCOMPARE(money(first.value(u"unit_price"_s)), u"3.00 USD"_s);
        QCOMPARE(money(first.value(u"discount"_s)), u"0.60 USD"_s);
        QCOMPARE(money(first.value(u"total"_s)), u"5.40 USD"_s);
        const QJsonObject coupon = canonical->value(u"discounts"_s).toArray().at(0).toObject();
        QCOMPARE(coupon.value(u"code"_s).toString(), u"save10"_s);
        QCOMPARE(money(coupon.value(u"amount"_s)), u"0.60 USD"_s);
    }

    void malformedDocumentsNameTheField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("line total") << u"line_items.0.total"_s << QJsonValue(u"abc"_s)
                                    << u"line_items[0].total"_s;
        QTest::newRow("currency") << u"currency"_s << QJsonValue(u"DOLLARS"_s) << u"currency"_s;
        QTest::newRow("no id") << u"id"_s << QJsonValue(QJsonValue::Null) << u"id"_s;
        QTest::newRow("inexact unit price") << u"line_items.0.subtotal"_s << QJsonValue(u"10.00"_s)
                                            << u"line_items[0].subtotal"_s; // 10.00 for 3 items
        QTest::newRow("date") << u"date_modified_gmt"_s << QJsonValue(u"yesterday"_s)
                              << u"date_modified_gmt"_s;
    }

    void malformedDocumentsNameTheField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject document = readOrder();
        const QStringList parts = path.split(u'.');
        if (parts.size() == 1) {
            document.insert(path, value);
        } else {
            QJsonArray items = document.value(parts.at(0)).toArray();
            QJsonObject item = items.at(parts.at(1).toInt()).toObject();
            item.insert(parts.at(2), value);
            if (QTest::currentDataTag() == QByteArrayLiteral("inexact unit price"))
                item.insert(u"quantity"_s, 3);
            items[parts.at(1).toInt()] = item;
            document.insert(parts.at(0), items);
        }
        QString error;
        QVERIFY(!Woo::orderToCanonical(document, &error));
        QVERIFY2(error.startsWith(expected + u':'), qPrintable(error));
    }

    void theCatalogDescribesTheRealOrder()
    {
        // Every field the order catalog offers is in the real document, with the catalog's type
        // (lists empty in this order — fees, coupons, refunds — are checked as lists only).
        QString error;
        const auto catalog = LedgerLink::Mapping::FieldCatalog::builtin(u"woocommerce"_s, &error);
        QVERIFY2(catalog, qPrintable(error));
        const LedgerLink::Mapping::CatalogObject *order = catalog->object(u"order"_s);
        QVERIFY(order);
        QVERIFY(catalog->object(u"customer"_s) && catalog->object(u"product"_s));
        const QJsonObject document = readOrder();
        int checked = 0;
        for (const LedgerLink::Mapping::CatalogField &field : order->fields) {
            QJsonValue value = document;
            bool emptyList = false;
            for (QString segment : field.path.split(u'.')) {
                const bool list = segment.endsWith(u"[]"_s);
                if (list)
                    segment.chop(2);
                QVERIFY2(value.toObject().contains(segment), qPrintable(field.path));
                value = value.toObject().value(segment);
                if (list) {
                    const QJsonArray array = value.toArray();
                    emptyList = array.isEmpty();
                    if (emptyList)
                        break;
                    value = array.first();
                }
            }
            if (emptyList)
                continue;
            using Type = LedgerLink::Mapping::FieldType;
            bool fits = false;
            switch (field.type) {
            case Type::String:
                fits = value.isString();
                break;
            case Type::Decimal:
                fits = value.isString() && !value.toString().isEmpty();
                break;
            case Type::Integer:
                fits = value.isDouble() && value.toDouble() == double(value.toInteger());
                break;
            case Type::Number:
                fits = value.isDouble();
                break;
            case Type::Boolean:
                fits = value.isBool();
                break;
            case Type::Date:
            case Type::DateTime:
                fits = value.isString() || value.isNull();
                break;
            case Type::Object:
                fits = value.isObject();
                break;
            case Type::Array:
                fits = value.isArray();
                break;
            }
            QVERIFY2(fits,
                     qPrintable(field.path + u" is not a "_s + LedgerLink::Mapping::nameOf(field.type)));
            ++checked;
        }
        QVERIFY(checked >= 60);
    }

    void htmlEntitiesAreDecoded()
    {
        QCOMPARE(Woo::decodeHtmlEntities(u"Ship Your Idea &ndash; Black"_s), u"Ship Your Idea – Black"_s);
        QCOMPARE(Woo::decodeHtmlEntities(u"A&#8211;B &#x2013; C"_s), u"A–B – C"_s);
        QCOMPARE(Woo::decodeHtmlEntities(u"Tom &amp; Jerry&#039;s"_s), u"Tom & Jerry's"_s);
        QCOMPARE(Woo::decodeHtmlEntities(u"&amp;amp;"_s), u"&amp;"_s); // decoded once
        QCOMPARE(Woo::decodeHtmlEntities(u"R&D &unknown; 5 & 6"_s), u"R&D &unknown; 5 & 6"_s);
        QCOMPARE(Woo::decodeHtmlEntities(u"&#128512;"_s), u"😀"_s);
    }

    void aCustomerDocument()
    {
        const QJsonObject document{
            {u"id"_s, 25},
            {u"email"_s, u"John.Doe@Example.com"_s},
            {u"first_name"_s, u"John"_s},
            {u"last_name"_s, u"Doe"_s},
            {u"date_created_gmt"_s, u"2017-03-21T19:09:28"_s},
            {u"date_modified_gmt"_s, u"2017-03-21T19:09:30"_s},
            {u"billing"_s,
             QJsonObject{{u"first_name"_s, u"John"_s},
                         {u"last_name"_s, u"Doe"_s},
                         {u"company"_s, u"Doe &amp; Co"_s},
                         {u"address_1"_s, u"969 Market"_s},
                         {u"city"_s, u"San Francisco"_s},
                         {u"state"_s, u"CA"_s},
                         {u"postcode"_s, u"94103"_s},
                         {u"country"_s, u"US"_s},
                         {u"email"_s, u"john.doe@example.com"_s},
                         {u"phone"_s, u"(555) 555-5555"_s}}},
            {u"shipping"_s, QJsonObject{{u"first_name"_s, u""_s}, {u"last_name"_s, u""_s}}},
        };
        QString error;
        const auto record = Woo::vendorRecord(u"customer"_s, document, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->matchKey, u"john.doe@example.com"_s);
        const auto canonical = Woo::toCanonical(*record, &error);
        QVERIFY2(canonical, qPrintable(error));
        QCOMPARE(canonical->value(u"id"_s).toString(), u"25"_s);
        QCOMPARE(canonical->value(u"email"_s).toString(), u"john.doe@example.com"_s);
        QCOMPARE(canonical->value(u"company"_s).toString(), u"Doe & Co"_s);
        QCOMPARE(canonical->value(u"addresses"_s).toArray().size(), 1); // the empty shipping address is none
        QVERIFY(!Woo::toCanonical({u"coupon"_s, u"1"_s, {}, {}, {}}, &error));
        QVERIFY2(error.contains(u"no canonical record"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestWooCommerceCanonical)
#include "tst_woocommercecanonical.moc"
