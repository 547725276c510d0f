// WooCommerce documents → canonical records: the real WooCommerce REST v3 order from
// ../shared/peers/payloads (expected values read off the file by hand), products and refunds in
// the documented v3 shapes, HTML entities in names, and malformed documents whose errors must
// name the WooCommerce field path. Also WooCommerce's REST dialect without a network
// (woocommercerest.h): payloads as WooCommerce takes them, page tokens, error texts, bodies.
#include "connectors/woocommerce/woocommercecanonical.h"
#include "connectors/woocommerce/woocommercerest.h"
#include "mapping/fieldcatalog.h"
#include "model/order.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
namespace Woo = LedgerLink::Connectors::WooCommerce;
using LedgerLink::Model::Currency;
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

    void aSimpleProductOnSale()
    {
        const QJsonObject document{
            {u"id"_s, 794},
            {u"name"_s, u"Premium Quality &#8211; Tee"_s},
            {u"type"_s, u"simple"_s},
            {u"status"_s, u"publish"_s},
            {u"description"_s, u"<p>Pellentesque habitant.</p>\n"_s},
            {u"sku"_s, u"PQ-1"_s},
            {u"price"_s, u"19.90"_s},
            {u"regular_price"_s, u"24.54"_s},
            {u"sale_price"_s, u"19.90"_s},
            {u"on_sale"_s, true},
            {u"tax_status"_s, u"shipping"_s},
            {u"tags"_s, QJsonArray{QJsonObject{{u"id"_s, 1}, {u"name"_s, u"Tees &amp; Tops"_s}}}},
            {u"date_created_gmt"_s, u"2017-03-23T20:01:14"_s},
            {u"date_modified_gmt"_s, u"2017-03-23T20:01:14"_s},
        };
        QString error;
        const auto record = Woo::vendorRecord(u"product"_s, document, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->matchKey, u"PQ-1"_s);
        const auto canonical = Woo::toCanonical(*record, *Currency::fromCode(u"EUR"), &error);
        QVERIFY2(canonical, qPrintable(error));
        QCOMPARE(canonical->value(u"title"_s).toString(), u"Premium Quality – Tee"_s);
        QCOMPARE(canonical->value(u"tags"_s).toArray(), QJsonArray{u"Tees & Tops"_s});
        const QJsonArray variants = canonical->value(u"variants"_s).toArray();
        QCOMPARE(variants.size(), 1); // a simple product is its own variant
        const QJsonObject variant = variants.at(0).toObject();
        QCOMPARE(variant.value(u"id"_s).toString(), u"794"_s);
        QCOMPARE(variant.value(u"sku"_s).toString(), u"PQ-1"_s);
        QCOMPARE(money(variant.value(u"price"_s)), u"19.90 EUR"_s);
        QCOMPARE(money(variant.value(u"compare_at_price"_s)), u"24.54 EUR"_s);
        QCOMPARE(variant.value(u"taxable"_s).toBool(), false); // only its shipping is taxed

        // Without the store's currency a priced product cannot be converted: the field is named.
        QVERIFY(!Woo::toCanonical(*record, &error));
        QVERIFY2(error.contains(u"price: the amount 19.90 has no known currency"_s), qPrintable(error));
        // More decimals than the currency has is an error, never a rounding.
        QJsonObject precise = document;
        precise.insert(u"price"_s, u"19.999"_s);
        QVERIFY(!Woo::productToCanonical(precise, *Currency::fromCode(u"EUR"), &error));
        QVERIFY2(error.startsWith(u"price: 19.999 has more decimals than EUR allows"_s), qPrintable(error));
        // An empty price is none (a product not for sale yet).
        QJsonObject unpriced = document;
        unpriced.insert(u"price"_s, u""_s);
        unpriced.insert(u"regular_price"_s, u""_s);
        unpriced.insert(u"on_sale"_s, false);
        const auto free = Woo::productToCanonical(unpriced, *Currency::fromCode(u"EUR"), &error);
        QVERIFY2(free, qPrintable(error));
        QVERIFY(free->value(u"variants"_s).toArray().at(0).toObject().value(u"price"_s).isNull());
    }

    void aVariableProductsEmbeddedVariations()
    {
        const QJsonObject document{
            {u"id"_s, 799},
            {u"name"_s, u"Ship Your Idea"_s},
            {u"type"_s, u"variable"_s},
            {u"variations"_s, QJsonArray{800, 801}},
            {u"_embedded"_s,
             QJsonObject{
                 {u"variations"_s,
                  QJsonArray{
                      QJsonObject{{u"id"_s, 800},
                                  {u"sku"_s, u"SYI-B-M"_s},
                                  {u"price"_s, u"20.00"_s},
                                  {u"regular_price"_s, u"20.00"_s},
                                  {u"attributes"_s,
                                   QJsonArray{QJsonObject{{u"option"_s, u"Black"_s}},
                                              QJsonObject{{u"option"_s, u"M"_s}}}}},
                      QJsonObject{{u"id"_s, u"801"_s}, {u"sku"_s, u"SYI-G-L"_s}, {u"price"_s, u"abc"_s}}}}}},
        };
        QString error;
        QVERIFY(!Woo::productToCanonical(document, *Currency::fromCode(u"USD"), &error));
        QVERIFY2(error.startsWith(u"_embedded.variations[1].price: \"abc\" is not a decimal number"_s),
                 qPrintable(error));
        QJsonObject fixed = document;
        QJsonObject embedded = fixed.value(u"_embedded"_s).toObject();
        QJsonArray variations = embedded.value(u"variations"_s).toArray();
        QJsonObject second = variations.at(1).toObject();
        second.insert(u"price"_s, u"22.50"_s);
        variations[1] = second;
        embedded.insert(u"variations"_s, variations);
        fixed.insert(u"_embedded"_s, embedded);
        const auto canonical = Woo::productToCanonical(fixed, *Currency::fromCode(u"USD"), &error);
        QVERIFY2(canonical, qPrintable(error));
        const QJsonArray variants = canonical->value(u"variants"_s).toArray();
        QCOMPARE(variants.size(), 2);
        QCOMPARE(variants.at(0).toObject().value(u"title"_s).toString(), u"Black / M"_s);
        QCOMPARE(variants.at(0).toObject().value(u"product_id"_s).toString(), u"799"_s);
        QCOMPARE(variants.at(1).toObject().value(u"id"_s).toString(), u"801"_s);
        QCOMPARE(money(variants.at(1).toObject().value(u"price"_s)), u"22.50 USD"_s);
        // Not embedded (a webhook body): no variants, no error.
        fixed.remove(u"_embedded"_s);
        const auto bare = Woo::productToCanonical(fixed, *Currency::fromCode(u"USD"), &error);
        QVERIFY2(bare, qPrintable(error));
        QVERIFY(bare->value(u"variants"_s).toArray().isEmpty());
    }

    void theDocumentedRefund()
    {
        // WooCommerce's documented refund 724 of order 723 (woocommerce-rest-api-docs, "List all
        // refunds"), with the order_id and currency LedgerLink adds from the order it read.
        const QJsonObject document{
            {u"id"_s, 724},
            {u"date_created"_s, u"2017-03-21T16:55:37"_s},
            {u"date_created_gmt"_s, u"2017-03-21T19:55:37"_s},
            {u"amount"_s, u"9.00"_s},
            {u"reason"_s, u""_s},
            {u"refunded_by"_s, 1},
            {u"refunded_payment"_s, false},
            {u"meta_data"_s, QJsonArray()},
            {u"line_items"_s,
             QJsonArray{QJsonObject{
                 {u"id"_s, 314},
                 {u"name"_s, u"Woo Album #2"_s},
                 {u"product_id"_s, 87},
                 {u"variation_id"_s, 0},
                 {u"quantity"_s, -1},
                 {u"tax_class"_s, u""_s},
                 {u"subtotal"_s, u"-9.00"_s},
                 {u"subtotal_tax"_s, u"0.00"_s},
                 {u"total"_s, u"-9.00"_s},
                 {u"total_tax"_s, u"0.00"_s},
                 {u"taxes"_s, QJsonArray()},
                 {u"meta_data"_s,
                  QJsonArray{QJsonObject{
                      {u"id"_s, 2076}, {u"key"_s, u"_refunded_item_id"_s}, {u"value"_s, u"311"_s}}}},
                 {u"sku"_s, u""_s},
                 {u"price"_s, -9}}}},
            {u"order_id"_s, 723},
            {u"currency"_s, u"USD"_s},
        };
        QString error;
        const auto record = Woo::vendorRecord(u"refund"_s, document, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->id, u"723/724"_s);
        QCOMPARE(record->matchKey, u"724"_s);
        QCOMPARE(record->updatedAt, QDateTime(QDate(2017, 3, 21), QTime(19, 55, 37), Qt::UTC));
        const auto canonical = Woo::toCanonical(*record, &error);
        QVERIFY2(canonical, qPrintable(error));
        QCOMPARE(canonical->value(u"id"_s).toString(), u"724"_s);
        QCOMPARE(canonical->value(u"order_id"_s).toString(), u"723"_s);
        QCOMPARE(money(canonical->value(u"total"_s)), u"9.00 USD"_s);
        const QJsonObject line = canonical->value(u"lines"_s).toArray().at(0).toObject();
        QCOMPARE(line.value(u"order_line_id"_s).toString(), u"311"_s);
        QCOMPARE(line.value(u"quantity"_s).toString(), u"1"_s); // -1 in WooCommerce
        QCOMPARE(money(line.value(u"subtotal"_s)), u"9.00 USD"_s); // "-9.00"
        QCOMPARE(money(line.value(u"tax"_s)), u"0.00 USD"_s);
        QVERIFY(canonical->value(u"adjustment"_s).isNull());

        // Every refund field the catalog offers is in the documented refund.
        const auto catalog = LedgerLink::Mapping::FieldCatalog::builtin(u"woocommerce"_s, &error);
        QVERIFY2(catalog && catalog->object(u"refund"_s), qPrintable(error));
        for (const LedgerLink::Mapping::CatalogField &field : catalog->object(u"refund"_s)->fields) {
            QJsonValue value = document;
            for (QString segment : field.path.split(u'.')) {
                const bool list = segment.endsWith(u"[]"_s);
                if (list)
                    segment.chop(2);
                QVERIFY2(value.toObject().contains(segment), qPrintable(field.path));
                value = value.toObject().value(segment);
                if (list)
                    value = value.toArray().first();
            }
        }

        // Without the parent's order_id (a document not read through an order) it cannot be placed.
        QJsonObject orphan = document;
        orphan.remove(u"order_id"_s);
        QVERIFY(!Woo::vendorRecord(u"refund"_s, orphan, &error));
        QVERIFY2(error.contains(u"order_id: the id is missing"_s), qPrintable(error));
        QJsonObject noCurrency = document;
        noCurrency.remove(u"currency"_s);
        QVERIFY(!Woo::refundToCanonical(noCurrency, &error));
        QVERIFY2(error.startsWith(u"currency: the currency is missing"_s), qPrintable(error));
    }

    void productPayloadsAsWooCommerceTakesThem()
    {
        QString error;
        const auto payload = Woo::productPayload(QJsonObject{{u"regular_price"_s, 19.9},
                                                             {u"sale_price"_s, u"17.50"_s},
                                                             {u"stock_quantity"_s, u"12"_s},
                                                             {u"name"_s, u"Apron"_s}},
                                                 &error);
        QVERIFY2(payload, qPrintable(error));
        QCOMPARE(QJsonDocument(*payload).toJson(QJsonDocument::Compact),
                 QByteArray("{\"manage_stock\":true,\"name\":\"Apron\",\"regular_price\":\"19.9\","
                            "\"sale_price\":\"17.50\",\"stock_quantity\":12}"));
        QCOMPARE(Woo::productPayload(QJsonObject{{u"regular_price"_s, 0.1 + 0.2}}, &error)
                     ->value(u"regular_price"_s),
                 QJsonValue(u"0.30000000000000004"_s)); // the double's own digits, not a rounding
        QCOMPARE(
            Woo::productPayload(QJsonObject{{u"stock_quantity"_s, 7.0}}, &error)->value(u"stock_quantity"_s),
            QJsonValue(7));
        QCOMPARE(
            Woo::productPayload(QJsonObject{{u"stock_quantity"_s, -2}}, &error)->value(u"stock_quantity"_s),
            QJsonValue(-2)); // backorders
        QCOMPARE(
            Woo::productPayload(QJsonObject{{u"regular_price"_s, u""_s}}, &error)->value(u"regular_price"_s),
            QJsonValue(u""_s)); // clears the price
        QVERIFY(!Woo::productPayload(QJsonObject{{u"regular_price"_s, true}}, &error));
        QVERIFY2(error.startsWith(u"regular_price: true is not a price"_s), qPrintable(error));
        QVERIFY(!Woo::productPayload(QJsonObject{{u"stock_quantity"_s, u"7 pcs"_s}}, &error));
        QVERIFY2(error.startsWith(u"stock_quantity: \"7 pcs\" is not a whole number"_s), qPrintable(error));
    }

    void pageTokensAndIds()
    {
        const Woo::Keyset keyset{QDateTime(QDate(2017, 3, 22), QTime(19, 28, 8), Qt::UTC), u"727"_s, 2};
        QCOMPARE(Woo::tokenOf(keyset), u"2017-03-22T19:28:08Z/727/2"_s);
        const auto back = Woo::keysetOf(Woo::tokenOf(keyset));
        QVERIFY(back);
        QCOMPARE(back->modified, keyset.modified);
        QCOMPARE(back->lastId, u"727"_s);
        QCOMPARE(back->skip, 2);
        for (const QString &bad : {u"2"_s, u"2017-03-22T19:28:08Z/727"_s, u"2017-13-22T19:28:08Z/727/0"_s,
                                   u"2017-03-22T19:28:08Z/7a/0"_s, u"https://shop.example.com/?page=2"_s})
            QVERIFY2(!Woo::keysetOf(bad), qPrintable(bad));
        // Ids compare as numbers without a double, beyond 2^53 too.
        QVERIFY(Woo::compareIds(u"99"_s, u"100"_s) < 0);
        QVERIFY(Woo::compareIds(u"9007199254740993"_s, u"9007199254740992"_s) > 0);
        QCOMPARE(Woo::compareIds(u"727"_s, u"727"_s), 0);
        QCOMPARE(Woo::idValue(u"9007199254740993"_s).toInteger(), Q_INT64_C(9007199254740993));
        QCOMPARE(Woo::wordPressGmt(QDateTime(QDate(2024, 3, 1), QTime(9, 59, 59), Qt::UTC)),
                 u"2024-03-01T09:59:59"_s);
    }

    void wordPressErrorsAndBodies()
    {
        LedgerLink::Net::HttpResponse response;
        response.status = 401;
        response.body =
            R"({"code":"woocommerce_rest_authentication_error","message":"The API key provided does not have write permissions.","data":{"status":401}})";
        QCOMPARE(Woo::errorText(response),
                 u"The API key provided does not have write permissions. "
                 u"[woocommerce_rest_authentication_error]: give "
                 u"the key Read/Write permission under WooCommerce → Settings → Advanced → REST API"_s);
        response.status = 403;
        response.body = "<html><head><title>403 Forbidden</title></head><body>nginx</body></html>";
        QVERIFY2(Woo::errorText(response).startsWith(
                     u"an HTML page titled \"403 Forbidden\": the key's WordPress user"_s),
                 qPrintable(Woo::errorText(response)));
        response.status = 502;
        response.body = "Bad gateway";
        QCOMPARE(Woo::errorText(response), QString());

        response.status = 200;
        QJsonValue body;
        response.body = "[{\"id\":727,\"number\":\"7";
        QVERIFY2(Woo::decodeBody(response, u"GET orders"_s, true, &body)
                     .startsWith(u"GET orders answered HTTP 200 with JSON cut off after 22 bytes"_s),
                 qPrintable(Woo::decodeBody(response, u"GET orders"_s, true, &body)));
        response.body = "{\"id\":727}";
        QVERIFY(Woo::decodeBody(response, u"GET orders/727"_s, false, &body).isEmpty());
        QCOMPARE(body.toObject().value(u"id"_s).toInteger(), 727);
        QVERIFY(Woo::decodeBody(response, u"GET orders"_s, true, &body)
                    .contains(u"a JSON object, not the list"_s));
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
