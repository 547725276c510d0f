// Shopify::splitOrderByVendor: a three-vendor order in two currencies (shop EUR, presentment USD)
// split into one order document per vendor. Every expected amount below is worked out by hand
// in the comments (largest remainder over the vendors' net item amounts in USD, the order's
// currency): 23.10 (A: 22.00 − 2.20 + 3.30), 5.50 (B), 7.70 (C); 231 : 55 : 77, Σ 363.

#include "connectors/shopify/shopifycanonical.h"
#include "engine/moneyrules.h"
#include "model/order.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include <QtTest/QtTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Connectors::VendorRecord;

namespace {

QJsonObject set(const QString &eur, const QString &usd)
{
    return {{u"shop_money"_s, QJsonObject{{u"amount"_s, eur}, {u"currency_code"_s, u"EUR"_s}}},
            {u"presentment_money"_s, QJsonObject{{u"amount"_s, usd}, {u"currency_code"_s, u"USD"_s}}}};
}

/// `name` and `name_set` in both currencies.
void put(QJsonObject &o, const QString &name, const QString &eur, const QString &usd)
{
    o.insert(name, eur);
    o.insert(name + u"_set"_s, set(eur, usd));
}

QJsonObject tax(const QString &eur, const QString &usd)
{
    QJsonObject t{{u"title"_s, u"VAT 10%"_s}, {u"rate"_s, 0.1}};
    put(t, u"price"_s, eur, usd);
    return t;
}

QJsonObject allocation(const QString &eur, const QString &usd)
{
    QJsonObject a;
    put(a, u"amount"_s, eur, usd);
    return a;
}

QJsonObject item(qint64 id, const QString &vendor, int quantity, const QString &eur, const QString &usd,
                 const QJsonObject &taxLine, const QJsonArray &discounts = {})
{
    QJsonObject line{{u"id"_s, id},
                     {u"sku"_s, u"SKU-%1"_s.arg(id)},
                     {u"name"_s, u"Item %1"_s.arg(id)},
                     {u"quantity"_s, quantity},
                     {u"vendor"_s, vendor},
                     {u"tax_lines"_s, QJsonArray{taxLine}},
                     {u"discount_allocations"_s, discounts}};
    put(line, u"price"_s, eur, usd);
    return line;
}

/// Shop EUR, presentment USD, tax-exclusive:
///  L1 A 2 × 10.00 EUR (11.00 USD), discount 2.00 (2.20), tax 1.80 (1.98)
///  L2 B 1 × 5.00 (5.50), tax 0.50 (0.55)
///  L3 C 1 × 7.00 (7.70), tax 0.70 (0.77)
///  L4 A 1 × 3.00 (3.30), tax 0.30 (0.33)
///  shipping 6.00 (6.60), discount 1.00 (1.10), discounted 5.00 (5.50), tax 0.50 (0.55)
/// Totals EUR / USD: line items 35.00 / 38.50, subtotal 33.00 / 36.30, discounts 3.00 / 3.30,
/// tax 3.80 / 4.18, total 33.00 + 5.00 + 3.80 = 41.80 / 36.30 + 5.50 + 4.18 = 45.98.
QJsonObject marketplaceOrder()
{
    QJsonObject order{{u"id"_s, 5200},
                      {u"name"_s, u"#1200"_s},
                      {u"currency"_s, u"EUR"_s},
                      {u"presentment_currency"_s, u"USD"_s},
                      {u"taxes_included"_s, false},
                      {u"financial_status"_s, u"paid"_s},
                      {u"created_at"_s, u"2026-11-20T10:00:00+01:00"_s},
                      {u"updated_at"_s, u"2026-11-20T10:00:00+01:00"_s}};
    order.insert(u"line_items"_s,
                 QJsonArray{item(1, u"A"_s, 2, u"10.00"_s, u"11.00"_s, tax(u"1.80"_s, u"1.98"_s),
                                 {allocation(u"2.00"_s, u"2.20"_s)}),
                            item(2, u"B"_s, 1, u"5.00"_s, u"5.50"_s, tax(u"0.50"_s, u"0.55"_s)),
                            item(3, u"C"_s, 1, u"7.00"_s, u"7.70"_s, tax(u"0.70"_s, u"0.77"_s)),
                            item(4, u"A"_s, 1, u"3.00"_s, u"3.30"_s, tax(u"0.30"_s, u"0.33"_s))});
    QJsonObject shipping{{u"id"_s, 9},
                         {u"title"_s, u"Parcel"_s},
                         {u"tax_lines"_s, QJsonArray{tax(u"0.50"_s, u"0.55"_s)}},
                         {u"discount_allocations"_s, QJsonArray{allocation(u"1.00"_s, u"1.10"_s)}}};
    put(shipping, u"price"_s, u"6.00"_s, u"6.60"_s);
    put(shipping, u"discounted_price"_s, u"5.00"_s, u"5.50"_s);
    order.insert(u"shipping_lines"_s, QJsonArray{shipping});
    order.insert(u"tax_lines"_s, QJsonArray{tax(u"3.80"_s, u"4.18"_s)});
    put(order, u"total_line_items_price"_s, u"35.00"_s, u"38.50"_s);
    put(order, u"subtotal_price"_s, u"33.00"_s, u"36.30"_s);
    put(order, u"total_discounts"_s, u"3.00"_s, u"3.30"_s);
    order.insert(u"total_shipping_price_set"_s, set(u"6.00"_s, u"6.60"_s));
    put(order, u"total_tax"_s, u"3.80"_s, u"4.18"_s);
    put(order, u"total_price"_s, u"41.80"_s, u"45.98"_s);
    put(order, u"current_total_price"_s, u"41.80"_s, u"45.98"_s);
    order.insert(u"transactions"_s, QJsonArray{QJsonObject{{u"id"_s, 77}, {u"amount"_s, u"45.98"_s}}});
    order.insert(
        u"refunds"_s,
        QJsonArray{QJsonObject{
            {u"id"_s, 300},
            {u"refund_line_items"_s, QJsonArray{QJsonObject{{u"line_item_id"_s, 2}, {u"quantity"_s, 1}}}}}});
    return order;
}

VendorRecord recordOf(const QJsonObject &order)
{
    return *Connectors::Shopify::vendorRecord(u"order"_s, order);
}

QString amount(const QJsonObject &o, const QString &name)
{
    return o.value(name).toString();
}
/// The amount of `name_set` on its `side` ("shop_money", "presentment_money").
QString inSet(const QJsonObject &o, const QString &name, const QString &side)
{
    return o.value(name + u"_set"_s).toObject().value(side).toObject().value(u"amount"_s).toString();
}
QString shop(const QJsonObject &o, const QString &name)
{
    return inSet(o, name, u"shop_money"_s);
}
QString presentment(const QJsonObject &o, const QString &name)
{
    return inSet(o, name, u"presentment_money"_s);
}

/// Every order-level amount of `order` in each column against the sum of the same amount over
/// `parts`; the fields where they differ ("total_tax_set.presentment_money: 11.94 ≠ 11.93").
QStringList differences(const QJsonObject &order, const QList<VendorRecord> &parts)
{
    static const QStringList fields{u"total_price"_s,
                                    u"subtotal_price"_s,
                                    u"total_tax"_s,
                                    u"total_discounts"_s,
                                    u"total_line_items_price"_s,
                                    u"total_shipping_price"_s,
                                    u"current_total_price"_s,
                                    u"current_subtotal_price"_s,
                                    u"current_total_tax"_s,
                                    u"current_total_discounts"_s};
    QStringList found;
    const auto compare = [&](const QString &where,
                             const std::function<QJsonValue(const QJsonObject &)> &read) {
        const QJsonValue whole = read(order);
        if (whole.isUndefined() || whole.isNull())
            return;
        Model::Decimal sum;
        for (const VendorRecord &part : parts)
            sum += Model::Decimal::fromJson(read(part.document)).value_or(Model::Decimal());
        const Model::Decimal expected = *Model::Decimal::fromJson(whole);
        if (sum != expected)
            found.append(u"%1: %2 ≠ %3"_s.arg(where, expected.toString(), sum.toString()));
    };
    for (const QString &field : fields) {
        compare(field, [&](const QJsonObject &o) { return o.value(field); });
        for (const QString &side : {u"shop_money"_s, u"presentment_money"_s}) {
            compare(field + u"_set."_s + side, [&](const QJsonObject &o) {
                return o.value(field + u"_set"_s).toObject().value(side).toObject().value(u"amount"_s);
            });
        }
    }
    const QJsonArray shipping = order.value(u"shipping_lines"_s).toArray();
    for (qsizetype s = 0; s < shipping.size(); ++s) {
        for (const QString &field : {u"price"_s, u"discounted_price"_s}) {
            compare(u"shipping_lines[%1].%2"_s.arg(s).arg(field), [&](const QJsonObject &o) {
                return o.value(u"shipping_lines"_s).toArray().at(s).toObject().value(field);
            });
        }
    }
    const QJsonArray taxes = order.value(u"tax_lines"_s).toArray();
    for (qsizetype t = 0; t < taxes.size(); ++t) {
        compare(u"tax_lines[%1].price"_s.arg(t), [&](const QJsonObject &o) {
            return o.value(u"tax_lines"_s).toArray().at(t).toObject().value(u"price"_s);
        });
    }
    return found;
}

} // namespace

class TestShopifySplit : public QObject
{
    Q_OBJECT

private slots:
    void partsAreTheVendors();
    void shippingIsSharedByNetItems_data();
    void shippingIsSharedByNetItems();
    void totalsArePerPart_data();
    void totalsArePerPart();
    void partsFollowTheMoneyRule();
    void orderTotalsBeyondTheLinesAreShared();
    void refundsAndPayments();
    void realOrdersAddUp_data();
    void realOrdersAddUp();
    void errors();
};

void TestShopifySplit::partsAreTheVendors()
{
    QString error;
    const auto parts = Connectors::Shopify::splitOrderByVendor(recordOf(marketplaceOrder()), &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 3);
    QCOMPARE(parts->at(0).id, u"5200/A"_s);
    QCOMPARE(parts->at(1).id, u"5200/B"_s);
    QCOMPARE(parts->at(2).id, u"5200/C"_s);
    QCOMPARE(parts->at(0).matchKey, u"1200/A"_s);
    QCOMPARE(parts->at(0).document.value(u"name"_s).toString(), u"#1200/A"_s);
    QCOMPARE(parts->at(0).object, u"order"_s);
    // Item lines go whole: A has lines 1 and 4 as they were.
    const QJsonArray a = parts->at(0).document.value(u"line_items"_s).toArray();
    QCOMPARE(a.size(), 2);
    QCOMPARE(a.at(0).toObject(), marketplaceOrder().value(u"line_items"_s).toArray().at(0).toObject());
    QCOMPARE(a.at(1).toObject().value(u"id"_s).toInteger(), 4);
    const QJsonObject split = parts->at(1).document.value(u"ledgerlink_split"_s).toObject();
    QCOMPARE(split.value(u"order_id"_s).toString(), u"5200"_s);
    QCOMPARE(split.value(u"order_name"_s).toString(), u"#1200"_s);
    QCOMPARE(split.value(u"vendor"_s).toString(), u"B"_s);
    QCOMPARE(split.value(u"part"_s).toInt(), 2);
    QCOMPARE(split.value(u"parts"_s).toInt(), 3);
}

void TestShopifySplit::shippingIsSharedByNetItems_data()
{
    QTest::addColumn<int>("part");
    QTest::addColumn<QStringList>("eur"); // price, discounted, discount, tax
    QTest::addColumn<QStringList>("usd");
    // EUR price 600 cents: 381.82 / 90.91 / 127.27 → floors 598, the 2 left to B (.91), A (.82).
    // EUR discounted 500: 318.18 / 75.76 / 106.06 → 499, 1 left to B. Discount = price − discounted.
    // EUR tax 50: 31.82 / 7.58 / 10.61 → 48, 2 left to A (.82), C (.61).
    // USD price 660: 420 / 100 / 140 exactly. Discounted 550: 350 / 83.33 / 116.67 → 1 left to C.
    // USD tax 55: 35 / 8.33 / 11.67 → 1 left to C.
    QTest::newRow("A") << 0 << QStringList{u"3.82"_s, u"3.18"_s, u"0.64"_s, u"0.32"_s}
                       << QStringList{u"4.20"_s, u"3.50"_s, u"0.70"_s, u"0.35"_s};
    QTest::newRow("B") << 1 << QStringList{u"0.91"_s, u"0.76"_s, u"0.15"_s, u"0.07"_s}
                       << QStringList{u"1.00"_s, u"0.83"_s, u"0.17"_s, u"0.08"_s};
    QTest::newRow("C") << 2 << QStringList{u"1.27"_s, u"1.06"_s, u"0.21"_s, u"0.11"_s}
                       << QStringList{u"1.40"_s, u"1.17"_s, u"0.23"_s, u"0.12"_s};
}

void TestShopifySplit::shippingIsSharedByNetItems()
{
    QFETCH(int, part);
    QFETCH(QStringList, eur);
    QFETCH(QStringList, usd);
    const auto parts = Connectors::Shopify::splitOrderByVendor(recordOf(marketplaceOrder()));
    QVERIFY(parts);
    const QJsonArray shipping = parts->at(part).document.value(u"shipping_lines"_s).toArray();
    QCOMPARE(shipping.size(), 1);
    const QJsonObject line = shipping.at(0).toObject();
    const QJsonObject discount = line.value(u"discount_allocations"_s).toArray().at(0).toObject();
    const QJsonObject taxLine = line.value(u"tax_lines"_s).toArray().at(0).toObject();
    QCOMPARE(amount(line, u"price"_s), eur.at(0));
    QCOMPARE(shop(line, u"price"_s), eur.at(0));
    QCOMPARE(presentment(line, u"price"_s), usd.at(0));
    QCOMPARE(amount(line, u"discounted_price"_s), eur.at(1));
    QCOMPARE(presentment(line, u"discounted_price"_s), usd.at(1));
    QCOMPARE(amount(discount, u"amount"_s), eur.at(2));
    QCOMPARE(shop(discount, u"amount"_s), eur.at(2));
    QCOMPARE(presentment(discount, u"amount"_s), usd.at(2));
    QCOMPARE(amount(taxLine, u"price"_s), eur.at(3));
    QCOMPARE(presentment(taxLine, u"price"_s), usd.at(3));
    QCOMPARE(line.value(u"title"_s).toString(), u"Parcel"_s);
}

void TestShopifySplit::totalsArePerPart_data()
{
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("eur");
    QTest::addColumn<QString>("usd");
    // A: lines 20.00 + 3.00 (22.00 + 3.30), discount 2.00 (2.20); shipping 3.82 − 0.64 (4.20 −
    // 0.70); tax 1.80 + 0.30 + 0.32 = 2.42 (1.98 + 0.33 + 0.35 = 2.66);
    // total 21.00 + 3.18 + 2.42 = 26.60 (23.10 + 3.50 + 2.66 = 29.26).
    QTest::newRow("A line items") << 0 << u"total_line_items_price"_s << u"23.00"_s << u"25.30"_s;
    QTest::newRow("A subtotal") << 0 << u"subtotal_price"_s << u"21.00"_s << u"23.10"_s;
    QTest::newRow("A discounts") << 0 << u"total_discounts"_s << u"2.64"_s << u"2.90"_s;
    QTest::newRow("A tax") << 0 << u"total_tax"_s << u"2.42"_s << u"2.66"_s;
    QTest::newRow("A total") << 0 << u"total_price"_s << u"26.60"_s << u"29.26"_s;
    QTest::newRow("A current total") << 0 << u"current_total_price"_s << u"26.60"_s << u"29.26"_s;
    // B: 5.00 (5.50); shipping 0.91 − 0.15 (1.00 − 0.17); tax 0.50 + 0.07 = 0.57 (0.55 + 0.08 =
    // 0.63); total 5.00 + 0.76 + 0.57 = 6.33 (5.50 + 0.83 + 0.63 = 6.96).
    QTest::newRow("B subtotal") << 1 << u"subtotal_price"_s << u"5.00"_s << u"5.50"_s;
    QTest::newRow("B discounts") << 1 << u"total_discounts"_s << u"0.15"_s << u"0.17"_s;
    QTest::newRow("B tax") << 1 << u"total_tax"_s << u"0.57"_s << u"0.63"_s;
    QTest::newRow("B total") << 1 << u"total_price"_s << u"6.33"_s << u"6.96"_s;
    // C: 7.00 (7.70); shipping 1.27 − 0.21 (1.40 − 0.23); tax 0.70 + 0.11 = 0.81 (0.77 + 0.12 =
    // 0.89); total 7.00 + 1.06 + 0.81 = 8.87 (7.70 + 1.17 + 0.89 = 9.76).
    // Σ totals: 26.60 + 6.33 + 8.87 = 41.80; 29.26 + 6.96 + 9.76 = 45.98, the order's.
    QTest::newRow("C tax") << 2 << u"total_tax"_s << u"0.81"_s << u"0.89"_s;
    QTest::newRow("C total") << 2 << u"total_price"_s << u"8.87"_s << u"9.76"_s;
}

void TestShopifySplit::totalsArePerPart()
{
    QFETCH(int, part);
    QFETCH(QString, field);
    QFETCH(QString, eur);
    QFETCH(QString, usd);
    const auto parts = Connectors::Shopify::splitOrderByVendor(recordOf(marketplaceOrder()));
    QVERIFY(parts);
    const QJsonObject document = parts->at(part).document;
    QCOMPARE(amount(document, field), eur);
    QCOMPARE(shop(document, field), eur);
    QCOMPARE(presentment(document, field), usd);
    if (field == u"total_tax"_s) {
        // The order's tax lines: the part's sum of its one (title, rate) group.
        const QJsonObject taxLine = document.value(u"tax_lines"_s).toArray().at(0).toObject();
        QCOMPARE(amount(taxLine, u"price"_s), eur);
        QCOMPARE(presentment(taxLine, u"price"_s), usd);
    }
}

void TestShopifySplit::partsFollowTheMoneyRule()
{
    // Each part read back as a canonical order gives exactly MoneyRules::splitByVendor's part of
    // the whole order's document, and keeps the order's exchange rate (41.80 / 45.98).
    using namespace Engine::MoneyRules;
    const QJsonObject whole = marketplaceOrder();
    QString error;
    const auto order = Model::Order::fromJson(*Connectors::Shopify::orderToCanonical(whole, &error), &error);
    QVERIFY2(order, qPrintable(error));
    const auto document = passThroughDocument(*order);
    QVERIFY2(document, qPrintable(document.ok() ? QString() : document.error()));
    const auto expected = splitByVendor(*document);
    QVERIFY(expected);
    const auto parts = Connectors::Shopify::splitOrderByVendor(recordOf(whole));
    QVERIFY(parts);
    QCOMPARE(parts->size(), expected->size());
    for (qsizetype v = 0; v < parts->size(); ++v) {
        const auto canonical = Connectors::Shopify::orderToCanonical(parts->at(v).document, &error);
        QVERIFY2(canonical, qPrintable(error));
        const auto part = Model::Order::fromJson(*canonical, &error);
        QVERIFY2(part, qPrintable(error));
        QCOMPARE(part->exchangeRate, order->exchangeRate);
        QCOMPARE(part->exchangeRate.toString(), u"0.9090909091"_s);
        QCOMPARE(part->currency.code(), u"USD"_s);
        const auto partDocument = passThroughDocument(*part);
        QVERIFY(partDocument);
        const TaxDocument &want = expected->at(v);
        QCOMPARE(partDocument->lines.size(), want.lines.size());
        for (qsizetype i = 0; i < want.lines.size(); ++i) {
            QCOMPARE(partDocument->lines.at(i).net, want.lines.at(i).net);
            QCOMPARE(partDocument->lines.at(i).tax, want.lines.at(i).tax);
            QCOMPARE(partDocument->lines.at(i).gross, want.lines.at(i).gross);
        }
        QCOMPARE(partDocument->total, want.total);
        QCOMPARE(partDocument->taxTotal, want.taxTotal);
        // The part's own totals are those of its lines: nothing to explain.
        QCOMPARE(part->total, want.total);
        QCOMPARE(part->taxTotal, want.taxTotal);
        QVERIFY(compareWithSource(*part, *partDocument).isEmpty());
    }
}

void TestShopifySplit::orderTotalsBeyondTheLinesAreShared()
{
    // The order's tax line says 3.81 EUR where its lines carry 3.80: the cent beyond the lines is
    // shared by the weights 231 : 55 : 77 (0.636 / 0.152 / 0.212 of it: to A), so the parts' tax
    // lines still add up to the order's: 2.42 + 0.01 = 2.43, 0.57, 0.81. USD unchanged.
    QJsonObject order = marketplaceOrder();
    order.insert(u"tax_lines"_s, QJsonArray{tax(u"3.81"_s, u"4.18"_s)});
    const auto parts = Connectors::Shopify::splitOrderByVendor(recordOf(order));
    QVERIFY(parts);
    const QStringList eur{u"2.43"_s, u"0.57"_s, u"0.81"_s};
    const QStringList usd{u"2.66"_s, u"0.63"_s, u"0.89"_s};
    for (qsizetype v = 0; v < 3; ++v) {
        const QJsonObject taxLine = parts->at(v).document.value(u"tax_lines"_s).toArray().at(0).toObject();
        QCOMPARE(amount(taxLine, u"price"_s), eur.at(v));
        QCOMPARE(shop(taxLine, u"price"_s), eur.at(v));
        QCOMPARE(presentment(taxLine, u"price"_s), usd.at(v));
        QCOMPARE(taxLine.value(u"title"_s).toString(), u"VAT 10%"_s);
    }
}

void TestShopifySplit::refundsAndPayments()
{
    const auto parts = Connectors::Shopify::splitOrderByVendor(recordOf(marketplaceOrder()));
    QVERIFY(parts);
    // The refund of line 2 belongs to B only; payments stay with the customer's order.
    QCOMPARE(parts->at(0).document.value(u"refunds"_s).toArray().size(), 0);
    QCOMPARE(parts->at(1).document.value(u"refunds"_s).toArray().size(), 1);
    QCOMPARE(parts->at(2).document.value(u"refunds"_s).toArray().size(), 0);
    for (const VendorRecord &part : *parts)
        QCOMPARE(part.document.value(u"transactions"_s).toArray().size(), 0);
}

void TestShopifySplit::realOrdersAddUp_data()
{
    QTest::addColumn<QJsonObject>("order");
    // Shopify's own example order (its lines name no vendor: two are given one here, the third
    // another) and every order of the sandbox store that names its vendors.
    QFile file(QStringLiteral(LEDGERLINK_SHARED_DIR "/peers/payloads/shopify-order-2024-04-450789469.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject example = QJsonDocument::fromJson(file.readAll()).object();
    if (example.contains(u"order"_s))
        example = example.value(u"order"_s).toObject();
    QJsonArray lines = example.value(u"line_items"_s).toArray();
    QCOMPARE(lines.size(), 3);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonObject line = lines.at(i).toObject();
        line.insert(u"vendor"_s, i < 2 ? u"North"_s : u"South"_s);
        lines.replace(i, line);
    }
    example.insert(u"line_items"_s, lines);
    QTest::newRow("shopify example") << example;

    QFile seed(QStringLiteral(LEDGERLINK_SOURCE_DIR "/resources/sandbox/store-seed.json"));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    for (const QJsonValue &value :
         QJsonDocument::fromJson(seed.readAll()).object().value(u"orders"_s).toArray()) {
        const QJsonObject order = value.toObject();
        if (order.value(u"name"_s).toString() != u"#1012"_s) // a line without vendor
            QTest::newRow(qPrintable(order.value(u"name"_s).toString())) << order;
    }
}

void TestShopifySplit::realOrdersAddUp()
{
    QFETCH(QJsonObject, order);
    QString error;
    const auto parts = Connectors::Shopify::splitOrderByVendor(recordOf(order), &error);
    QVERIFY2(parts, qPrintable(error));
    QVERIFY(!parts->isEmpty());
    const QStringList off = differences(order, *parts);
    QVERIFY2(off.isEmpty(), qPrintable(off.join(u"; "_s)));
    // Each part is a Shopify order the canonical reader takes, in the order's currency and rate.
    const auto whole = Model::Order::fromJson(*Connectors::Shopify::orderToCanonical(order, &error), &error);
    QVERIFY2(whole, qPrintable(error));
    for (const VendorRecord &part : *parts) {
        const auto canonical = Connectors::Shopify::orderToCanonical(part.document, &error);
        QVERIFY2(canonical, qPrintable(error));
        const auto read = Model::Order::fromJson(*canonical, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->currency, whole->currency);
        QCOMPARE(read->exchangeRate, whole->exchangeRate);
    }
}

void TestShopifySplit::errors()
{
    QString error;
    // A line without a vendor.
    QJsonObject order = marketplaceOrder();
    QJsonArray items = order.value(u"line_items"_s).toArray();
    QJsonObject third = items.at(2).toObject();
    third.insert(u"vendor"_s, u""_s);
    items.replace(2, third);
    order.insert(u"line_items"_s, items);
    QVERIFY(!Connectors::Shopify::splitOrderByVendor(recordOf(order), &error));
    QCOMPARE(error,
             u"order #1200: lines[2].vendor: empty; every line of a marketplace order needs its vendor"_s);

    // A part is not split again.
    const auto parts = Connectors::Shopify::splitOrderByVendor(recordOf(marketplaceOrder()));
    QVERIFY(parts);
    QVERIFY(!Connectors::Shopify::splitOrderByVendor(parts->at(0), &error));
    QCOMPARE(error, u"order #1200/A is already one vendor's part of an order"_s);

    // An amount that is not one.
    order = marketplaceOrder();
    QJsonArray shipping = order.value(u"shipping_lines"_s).toArray();
    QJsonObject line = shipping.at(0).toObject();
    line.insert(u"price"_s, u"six"_s);
    shipping.replace(0, line);
    order.insert(u"shipping_lines"_s, shipping);
    QVERIFY(!Connectors::Shopify::splitOrderByVendor(recordOf(order), &error));
    QCOMPARE(error, u"order #1200: shipping_lines[0].price: \"six\" is not an amount in EUR"_s);
}

QTEST_GUILESS_MAIN(TestShopifySplit)
#include "tst_shopifysplit.moc"
