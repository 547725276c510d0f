// Shopify::splitOrderByVendor: a three-vendor order in two currencies (shop EUR, presentment USD)
// split into one order document per vendor. Every expected amount below is worked out by hand
// in the comments (largest remainder over the vendors' net item amounts in USD, the order's
// currency): 23.10 (A: 22.00 − 2.20 + 3.30), 5.50 (B), 7.70 (C); 231 : 55 : 77, Σ 363.

#include "connectors/shopify/shopifycanonical.h"
#include "engine/moneyrules.h"
#include "model/order.h"
#include "model/payment.h"
#include "model/refund.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimeZone>

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

// ---- refunds -------------------------------------------------------------------------------

/// A refund of order 5200 (#1200).
QJsonObject refundOf(qint64 id, const QJsonArray &lines, const QJsonArray &adjustments,
                     const QJsonArray &transactions)
{
    return {{u"id"_s, id},
            {u"order_id"_s, 5200},
            {u"created_at"_s, u"2026-11-22T09:00:00+01:00"_s},
            {u"processed_at"_s, u"2026-11-22T09:30:00+01:00"_s},
            {u"note"_s, u"returned"_s},
            {u"refund_line_items"_s, lines},
            {u"order_adjustments"_s, adjustments},
            {u"transactions"_s, transactions}};
}

/// A refunded line in shop money only (the plain fields).
QJsonObject refundLine(qint64 id, qint64 lineItemId, const QString &subtotal, const QString &tax)
{
    return {{u"id"_s, id},
            {u"line_item_id"_s, lineItemId},
            {u"quantity"_s, 1},
            {u"subtotal"_s, subtotal},
            {u"total_tax"_s, tax},
            {u"restock_type"_s, u"return"_s},
            {u"line_item"_s, QJsonObject{{u"id"_s, lineItemId}, {u"sku"_s, u"SKU-%1"_s.arg(lineItemId)}}}};
}

/// A refunded line in EUR and USD.
QJsonObject refundLine(qint64 id, qint64 lineItemId, const QStringList &subtotal, const QStringList &tax)
{
    QJsonObject line = refundLine(id, lineItemId, subtotal.at(0), tax.at(0));
    put(line, u"subtotal"_s, subtotal.at(0), subtotal.at(1));
    put(line, u"total_tax"_s, tax.at(0), tax.at(1));
    return line;
}

QJsonObject adjustment(const QString &kind, const QString &amount, const QString &tax)
{
    return {{u"id"_s, 600}, {u"kind"_s, kind}, {u"amount"_s, amount}, {u"tax_amount"_s, tax}};
}

QJsonObject refundTransaction(const QString &amount, const QString &currency)
{
    return {{u"id"_s, 700},
            {u"kind"_s, u"refund"_s},
            {u"status"_s, u"success"_s},
            {u"gateway"_s, u"shopify_payments"_s},
            {u"parent_id"_s, 77},
            {u"amount"_s, amount},
            {u"currency"_s, currency}};
}

std::optional<QList<VendorRecord>> splitRefund(const QJsonObject &refund, const QJsonObject &order,
                                               QString *error)
{
    return Connectors::Shopify::splitRefundByVendor(*Connectors::Shopify::vendorRecord(u"refund"_s, refund),
                                                    recordOf(order), error);
}

/// A part read the engine's way: Shopify::refundToCanonical() then Model::Refund::fromJson().
std::optional<Model::Refund> canonicalRefund(const VendorRecord &part, QString *error)
{
    const auto canonical = Connectors::Shopify::refundToCanonical(part.document, error);
    if (!canonical)
        return std::nullopt;
    return Model::Refund::fromJson(*canonical, error);
}

/// Every amount of `refund` (its adjustments' amount and tax_amount, its transactions' amount)
/// in each column against the sum over `parts`, and each refunded line in exactly one part.
QStringList refundDifferences(const QJsonObject &refund, const QList<VendorRecord> &parts)
{
    QStringList found;
    const QList<std::pair<QString, QStringList>> lists{
        {u"order_adjustments"_s, {u"amount"_s, u"tax_amount"_s}}, {u"transactions"_s, {u"amount"_s}}};
    for (const auto &listFields : lists) {
        const QString &list = listFields.first; // not a structured binding: the lambda below captures it
        const QStringList &fields = listFields.second;
        const QJsonArray entries = refund.value(list).toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            for (const QString &field : fields) {
                for (const QString &side : {QString(), u"shop_money"_s, u"presentment_money"_s}) {
                    const auto read = [&](const QJsonObject &o) {
                        const QJsonObject entry = o.value(list).toArray().at(i).toObject();
                        return side.isEmpty() ? entry.value(field) : QJsonValue(inSet(entry, field, side));
                    };
                    const QJsonValue whole = read(refund);
                    if (whole.isUndefined() || whole.toString().isEmpty())
                        continue;
                    Model::Decimal sum;
                    for (const VendorRecord &part : parts)
                        sum += Model::Decimal::fromJson(read(part.document)).value_or(Model::Decimal());
                    if (sum != *Model::Decimal::fromJson(whole))
                        found.append(u"%1[%2].%3 %4: %5 ≠ %6"_s.arg(list).arg(i).arg(
                            field, side, whole.toString(), sum.toString()));
                }
            }
        }
    }
    QStringList lines;
    for (const VendorRecord &part : parts) {
        for (const QJsonValue &line : part.document.value(u"refund_line_items"_s).toArray())
            lines.append(line.toObject().value(u"id"_s).toVariant().toString());
    }
    QStringList wanted;
    for (const QJsonValue &line : refund.value(u"refund_line_items"_s).toArray())
        wanted.append(line.toObject().value(u"id"_s).toVariant().toString());
    lines.sort();
    wanted.sort();
    if (lines != wanted)
        found.append(u"refund_line_items: %1 ≠ %2"_s.arg(wanted.join(u','), lines.join(u',')));
    return found;
}

// ---- payments ------------------------------------------------------------------------------

/// Order `name` of the sandbox store's seed ("#1007").
QJsonObject seedOrder(const QString &name)
{
    QFile seed(QStringLiteral(LEDGERLINK_SOURCE_DIR "/resources/sandbox/store-seed.json"));
    if (!seed.open(QIODevice::ReadOnly))
        return {};
    for (const QJsonValue &value :
         QJsonDocument::fromJson(seed.readAll()).object().value(u"orders"_s).toArray()) {
        if (value.toObject().value(u"name"_s).toString() == name)
            return value.toObject();
    }
    return {};
}

/// A Shopify transaction (a payment) of order `orderId`.
QJsonObject paymentOf(qint64 id, qint64 orderId, const QString &amount, const QString &currency,
                      const QString &authorization = u"ch_%1"_s)
{
    return {{u"id"_s, id},
            {u"order_id"_s, orderId},
            {u"kind"_s, u"sale"_s},
            {u"status"_s, u"success"_s},
            {u"amount"_s, amount},
            {u"currency"_s, currency},
            {u"authorization"_s, authorization.arg(id)},
            {u"gateway"_s, u"shopify_payments"_s},
            {u"processed_at"_s, u"2026-11-20T10:05:00+01:00"_s}};
}

std::optional<QList<VendorRecord>> splitPayment(const QJsonObject &payment, const QJsonObject &order,
                                                QString *error)
{
    return Connectors::Shopify::splitPaymentByVendor(
        *Connectors::Shopify::vendorRecord(u"transaction"_s, payment), recordOf(order), error);
}

/// The `amount` of each part.
QStringList amountsOf(const QList<VendorRecord> &parts)
{
    QStringList found;
    for (const VendorRecord &part : parts)
        found.append(amount(part.document, u"amount"_s));
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
    void refundSharesShipping();
    void refundDiscrepancyFollowsTheLines();
    void refundInTwoCurrencies_data();
    void refundInTwoCurrencies();
    void refundPartIds();
    void refundErrors();
    void refundOfATaxInclusiveOrder();
    void paymentOfTheWholeOrder();
    void partialPayment();
    void paymentInTwoCurrencies_data();
    void paymentInTwoCurrencies();
    void paymentPartIds();
    void paymentErrors();
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

void TestShopifySplit::refundSharesShipping()
{
    // Refund 400: line 2 (B) 5.00 + tax 0.50, shipping refund -4.90 with tax -0.78, one refund
    // transaction of 5.00 + 0.50 + 4.90 + 0.78 = 11.18 EUR. Order weights 231 : 55 : 77 (Σ 363).
    // Shipping 490 cents: 311.82 / 74.24 / 103.94 → floors 488, the 2 left to C (.94), A (.82):
    //   A -3.12, B -0.74, C -1.04 (Σ -4.90).
    // Its tax 78: 49.64 / 11.82 / 16.55 → floors 76, the 2 left to B (.82), A (.64):
    //   A -0.50, B -0.12, C -0.16 (Σ -0.78).
    // Credited: A 3.12 + 0.50 = 3.62; B 5.00 + 0.50 + 0.74 + 0.12 = 6.36; C 1.04 + 0.16 = 1.20;
    // Σ 11.18, the transaction, which is shared by exactly these: 3.62, 6.36, 1.20.
    const QJsonObject refund = refundOf(400, {refundLine(501, 2, u"5.00"_s, u"0.50"_s)},
                                        {adjustment(u"shipping_refund"_s, u"-4.90"_s, u"-0.78"_s)},
                                        {refundTransaction(u"11.18"_s, u"EUR"_s)});
    QString error;
    const auto parts = splitRefund(refund, marketplaceOrder(), &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 3);
    const QStringList vendors{u"A"_s, u"B"_s, u"C"_s};
    const QStringList shipping{u"-3.12"_s, u"-0.74"_s, u"-1.04"_s};
    const QStringList shippingTax{u"-0.50"_s, u"-0.12"_s, u"-0.16"_s};
    const QStringList transaction{u"3.62"_s, u"6.36"_s, u"1.20"_s};
    for (qsizetype v = 0; v < 3; ++v) {
        const QJsonObject document = parts->at(v).document;
        QCOMPARE(document.value(u"ledgerlink_split"_s).toObject().value(u"vendor"_s).toString(),
                 vendors.at(v));
        const QJsonArray lines = document.value(u"refund_line_items"_s).toArray();
        QCOMPARE(lines.size(), v == 1 ? 1 : 0);
        const QJsonArray adjustments = document.value(u"order_adjustments"_s).toArray();
        QCOMPARE(adjustments.size(), 1);
        QCOMPARE(amount(adjustments.at(0).toObject(), u"amount"_s), shipping.at(v));
        QCOMPARE(amount(adjustments.at(0).toObject(), u"tax_amount"_s), shippingTax.at(v));
        QCOMPARE(adjustments.at(0).toObject().value(u"kind"_s).toString(), u"shipping_refund"_s);
        const QJsonArray transactions = document.value(u"transactions"_s).toArray();
        QCOMPARE(transactions.size(), 1);
        const QJsonObject paid = transactions.at(0).toObject();
        QCOMPARE(amount(paid, u"amount"_s), transaction.at(v));
        // The other fields as they were.
        QJsonObject rest = paid;
        rest.insert(u"amount"_s, u"11.18"_s);
        QCOMPARE(rest, refund.value(u"transactions"_s).toArray().at(0).toObject());

        // The engine's reading: total = its transaction, shipping = its share.
        const auto read = canonicalRefund(parts->at(v), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->total.toString(), transaction.at(v) + u" EUR"_s);
        QCOMPARE(read->shipping.toString(), shipping.at(v) + u" EUR"_s);
        QCOMPARE(read->lines.size(), lines.size());
        QCOMPARE(read->orderId, u"5200/"_s + vendors.at(v));
    }
    const QJsonObject line = parts->at(1).document.value(u"refund_line_items"_s).toArray().at(0).toObject();
    QCOMPARE(line, refund.value(u"refund_line_items"_s).toArray().at(0).toObject());
    const QStringList off = refundDifferences(refund, *parts);
    QVERIFY2(off.isEmpty(), qPrintable(off.join(u"; "_s)));
}

void TestShopifySplit::refundDiscrepancyFollowsTheLines()
{
    // Refund 401: line 3 (C) 7.00 + 0.70 = 7.70 and line 4 (A) 3.00 + 0.30 = 3.30, a
    // refund_discrepancy of -0.05: shared by the line amounts 3.30 : 7.70 (Σ 11.00), not by the
    // order's weights: 5 cents → 1.5 / 3.5, floors 4, the cent left to the tie's earlier part A:
    // A -0.02, C -0.03. Transaction 11.00 + 0.05 = 11.05 → credited A 3.30 + 0.02 = 3.32,
    // C 7.70 + 0.03 = 7.73. B credits nothing (no line, a zero share): no part.
    QJsonObject refund =
        refundOf(401, {refundLine(503, 3, u"7.00"_s, u"0.70"_s), refundLine(504, 4, u"3.00"_s, u"0.30"_s)},
                 {adjustment(u"refund_discrepancy"_s, u"-0.05"_s, u"0.00"_s)},
                 {refundTransaction(u"11.05"_s, u"EUR"_s)});
    QString error;
    auto parts = splitRefund(refund, marketplaceOrder(), &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 2);
    QCOMPARE(parts->at(0).id, u"5200/401/A"_s);
    QCOMPARE(parts->at(1).id, u"5200/401/C"_s);
    const QStringList discrepancy{u"-0.02"_s, u"-0.03"_s};
    const QStringList transaction{u"3.32"_s, u"7.73"_s};
    const QList<qint64> line{504, 503};
    for (qsizetype p = 0; p < 2; ++p) {
        const QJsonObject document = parts->at(p).document;
        const QJsonArray lines = document.value(u"refund_line_items"_s).toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).toObject().value(u"id"_s).toInteger(), line.at(p));
        const QJsonObject adjusted = document.value(u"order_adjustments"_s).toArray().at(0).toObject();
        QCOMPARE(amount(adjusted, u"amount"_s), discrepancy.at(p));
        QCOMPARE(amount(adjusted, u"tax_amount"_s), u"0.00"_s);
        QCOMPARE(amount(document.value(u"transactions"_s).toArray().at(0).toObject(), u"amount"_s),
                 transaction.at(p));
        const auto read = canonicalRefund(parts->at(p), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->total.toString(), transaction.at(p) + u" EUR"_s);
        QCOMPARE(read->adjustment.toString(), discrepancy.at(p) + u" EUR"_s);
        QVERIFY(!read->shipping.isValid());
    }
    QStringList off = refundDifferences(refund, *parts);
    QVERIFY2(off.isEmpty(), qPrintable(off.join(u"; "_s)));

    // Without lines, a discrepancy of -3.63 follows the order's weights 231 : 55 : 77 exactly:
    // -2.31, -0.55, -0.77, and so does the transaction of 3.63: 2.31, 0.55, 0.77.
    refund = refundOf(402, {}, {adjustment(u"refund_discrepancy"_s, u"-3.63"_s, u"0.00"_s)},
                      {refundTransaction(u"3.63"_s, u"EUR"_s)});
    parts = splitRefund(refund, marketplaceOrder(), &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 3);
    const QStringList shares{u"2.31"_s, u"0.55"_s, u"0.77"_s};
    for (qsizetype v = 0; v < 3; ++v) {
        const QJsonObject document = parts->at(v).document;
        QCOMPARE(amount(document.value(u"order_adjustments"_s).toArray().at(0).toObject(), u"amount"_s),
                 u"-"_s + shares.at(v));
        QCOMPARE(amount(document.value(u"transactions"_s).toArray().at(0).toObject(), u"amount"_s),
                 shares.at(v));
        QCOMPARE(document.value(u"refund_line_items"_s).toArray().size(), 0);
    }
    off = refundDifferences(refund, *parts);
    QVERIFY2(off.isEmpty(), qPrintable(off.join(u"; "_s)));
}

/// Refund 403 of lines 1 (A) and 2 (B) with the whole discounted shipping, in EUR and USD:
///  line 1: subtotal 20.00 − 2.00 = 18.00 (19.80), tax 1.80 (1.98); line 2: 5.00 (5.50), 0.50 (0.55);
///  shipping refund -5.00 (-5.50), tax -0.50 (-0.55);
///  transaction 33.88 USD (the plain amount is in its currency), amount_set 30.80 EUR / 33.88 USD.
QJsonObject twoCurrencyRefund()
{
    QJsonObject shipping = adjustment(u"shipping_refund"_s, u"-5.00"_s, u"-0.50"_s);
    put(shipping, u"amount"_s, u"-5.00"_s, u"-5.50"_s);
    put(shipping, u"tax_amount"_s, u"-0.50"_s, u"-0.55"_s);
    QJsonObject paid = refundTransaction(u"33.88"_s, u"USD"_s);
    paid.insert(u"amount_set"_s, set(u"30.80"_s, u"33.88"_s));
    return refundOf(403,
                    {refundLine(511, 1, {u"18.00"_s, u"19.80"_s}, {u"1.80"_s, u"1.98"_s}),
                     refundLine(512, 2, {u"5.00"_s, u"5.50"_s}, {u"0.50"_s, u"0.55"_s})},
                    {shipping}, {paid});
}

void TestShopifySplit::refundInTwoCurrencies_data()
{
    QTest::addColumn<int>("part");
    QTest::addColumn<QStringList>("eur"); // shipping, shipping tax, credited (transaction)
    QTest::addColumn<QStringList>("usd");
    // By the order's weights 231 : 55 : 77, each column on its own (as the order's shipping):
    // EUR -5.00: 318.18 / 75.76 / 106.06 → floors 499, the cent to B: -3.18, -0.76, -1.06.
    // EUR -0.50: 31.82 / 7.58 / 10.61 → floors 48, the 2 to A (.82), C (.61): -0.32, -0.07, -0.11.
    // USD -5.50: 350 / 83.33 / 116.67 → the cent to C: -3.50, -0.83, -1.17.
    // USD -0.55: 35 / 8.33 / 11.67 → the cent to C: -0.35, -0.08, -0.12.
    // Credited EUR: A 18.00 + 1.80 + 3.18 + 0.32 = 23.30; B 5.00 + 0.50 + 0.76 + 0.07 = 6.33;
    //   C 1.06 + 0.11 = 1.17; Σ 30.80 = amount_set.shop_money.
    // Credited USD: A 19.80 + 1.98 + 3.50 + 0.35 = 25.63; B 5.50 + 0.55 + 0.83 + 0.08 = 6.96;
    //   C 1.17 + 0.12 = 1.29; Σ 33.88 = amount (USD) and amount_set.presentment_money.
    QTest::newRow("A") << 0 << QStringList{u"-3.18"_s, u"-0.32"_s, u"23.30"_s}
                       << QStringList{u"-3.50"_s, u"-0.35"_s, u"25.63"_s};
    QTest::newRow("B") << 1 << QStringList{u"-0.76"_s, u"-0.07"_s, u"6.33"_s}
                       << QStringList{u"-0.83"_s, u"-0.08"_s, u"6.96"_s};
    QTest::newRow("C") << 2 << QStringList{u"-1.06"_s, u"-0.11"_s, u"1.17"_s}
                       << QStringList{u"-1.17"_s, u"-0.12"_s, u"1.29"_s};
}

void TestShopifySplit::refundInTwoCurrencies()
{
    QFETCH(int, part);
    QFETCH(QStringList, eur);
    QFETCH(QStringList, usd);
    const QJsonObject refund = twoCurrencyRefund();
    QString error;
    const auto parts = splitRefund(refund, marketplaceOrder(), &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 3);
    const QStringList off = refundDifferences(refund, *parts);
    QVERIFY2(off.isEmpty(), qPrintable(off.join(u"; "_s)));

    const VendorRecord &record = parts->at(part);
    const QJsonObject shipping = record.document.value(u"order_adjustments"_s).toArray().at(0).toObject();
    QCOMPARE(amount(shipping, u"amount"_s), eur.at(0));
    QCOMPARE(shop(shipping, u"amount"_s), eur.at(0));
    QCOMPARE(presentment(shipping, u"amount"_s), usd.at(0));
    QCOMPARE(amount(shipping, u"tax_amount"_s), eur.at(1));
    QCOMPARE(shop(shipping, u"tax_amount"_s), eur.at(1));
    QCOMPARE(presentment(shipping, u"tax_amount"_s), usd.at(1));
    const QJsonObject paid = record.document.value(u"transactions"_s).toArray().at(0).toObject();
    QCOMPARE(amount(paid, u"amount"_s), usd.at(2));
    QCOMPARE(shop(paid, u"amount"_s), eur.at(2));
    QCOMPARE(presentment(paid, u"amount"_s), usd.at(2));
    QCOMPARE(paid.value(u"currency"_s).toString(), u"USD"_s);

    // The engine reads it in USD: its transaction, its shipping share, its lines.
    const auto read = canonicalRefund(record, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->total.toString(), usd.at(2) + u" USD"_s);
    QCOMPARE(read->shipping.toString(), usd.at(0) + u" USD"_s);
    QCOMPARE(read->lines.size(), part == 2 ? 0 : 1);
    if (part == 0)
        QCOMPARE(read->lines.at(0).subtotal.toString(), u"19.80 USD"_s);
}

void TestShopifySplit::refundPartIds()
{
    const QJsonObject refund = refundOf(400, {refundLine(501, 2, u"5.00"_s, u"0.50"_s)},
                                        {adjustment(u"shipping_refund"_s, u"-4.90"_s, u"-0.78"_s)},
                                        {refundTransaction(u"11.18"_s, u"EUR"_s)});
    const VendorRecord record = *Connectors::Shopify::vendorRecord(u"refund"_s, refund);
    QCOMPARE(record.id, u"5200/400"_s);
    QString error;
    const auto parts = Connectors::Shopify::splitRefundByVendor(record, recordOf(marketplaceOrder()), &error);
    QVERIFY2(parts, qPrintable(error));
    const auto orderParts = Connectors::Shopify::splitOrderByVendor(recordOf(marketplaceOrder()));
    QVERIFY(orderParts);
    const QStringList vendors{u"A"_s, u"B"_s, u"C"_s};
    for (qsizetype v = 0; v < 3; ++v) {
        const VendorRecord &part = parts->at(v);
        QCOMPARE(part.object, u"refund"_s);
        QCOMPARE(part.id, u"5200/400/"_s + vendors.at(v));
        QCOMPARE(part.matchKey, u"400/"_s + vendors.at(v));
        QCOMPARE(part.updatedAt, record.updatedAt);
        QCOMPARE(part.updatedAt, QDateTime(QDate(2026, 11, 22), QTime(8, 30), QTimeZone::utc()));
        // Its order is the order's part, by the id splitOrderByVendor gives it, as text.
        QVERIFY(part.document.value(u"order_id"_s).isString());
        QCOMPARE(part.document.value(u"order_id"_s).toString(), orderParts->at(v).id);
        QCOMPARE(part.document.value(u"id"_s).toInteger(), 400);
        QCOMPARE(part.document.value(u"note"_s).toString(), u"returned"_s);
        const QJsonObject split = part.document.value(u"ledgerlink_split"_s).toObject();
        QCOMPARE(split,
                 (QJsonObject{{u"order_id"_s, u"5200"_s},
                              {u"order_name"_s, u"#1200"_s},
                              {u"refund_id"_s, u"400"_s},
                              {u"vendor"_s, vendors.at(v)},
                              {u"part"_s, int(v + 1)},
                              {u"parts"_s, 3}}));
    }
    // Parts are numbered among the refund's own, in the order's vendor order: refund 401 credits
    // A and C only, so C is part 2 of 2.
    const QJsonObject two =
        refundOf(401, {refundLine(503, 3, u"7.00"_s, u"0.70"_s), refundLine(504, 4, u"3.00"_s, u"0.30"_s)},
                 {}, {refundTransaction(u"11.00"_s, u"EUR"_s)});
    const auto partsOfTwo = splitRefund(two, marketplaceOrder(), &error);
    QVERIFY2(partsOfTwo, qPrintable(error));
    QCOMPARE(partsOfTwo->size(), 2);
    const QJsonObject split = partsOfTwo->at(1).document.value(u"ledgerlink_split"_s).toObject();
    QCOMPARE(split.value(u"vendor"_s).toString(), u"C"_s);
    QCOMPARE(split.value(u"part"_s).toInt(), 2);
    QCOMPARE(split.value(u"parts"_s).toInt(), 2);
    QCOMPARE(partsOfTwo->at(1).matchKey, u"401/C"_s);
    QCOMPARE(partsOfTwo->at(1).document.value(u"order_id"_s).toString(), u"5200/C"_s);
}

void TestShopifySplit::refundErrors()
{
    const QJsonObject refund = refundOf(400, {refundLine(501, 2, u"5.00"_s, u"0.50"_s)}, {},
                                        {refundTransaction(u"5.50"_s, u"EUR"_s)});
    QString error;
    // A refunded line the order does not have.
    QJsonObject unknown = refund;
    unknown.insert(u"refund_line_items"_s, QJsonArray{refundLine(501, 999, u"5.00"_s, u"0.50"_s)});
    QVERIFY(!splitRefund(unknown, marketplaceOrder(), &error));
    QCOMPARE(
        error,
        u"refund 400 of order #1200: refund_line_items[0].line_item_id: 999 is not a line of the order"_s);

    // An order line without a vendor: the order's error, for this refund.
    QJsonObject order = marketplaceOrder();
    QJsonArray items = order.value(u"line_items"_s).toArray();
    QJsonObject third = items.at(2).toObject();
    third.remove(u"vendor"_s);
    items.replace(2, third);
    order.insert(u"line_items"_s, items);
    QVERIFY(!splitRefund(refund, order, &error));
    QCOMPARE(error,
             u"refund 400 of order #1200: lines[2].vendor: empty; every line of a marketplace order "
             u"needs its vendor"_s);

    // A refund of another order.
    QJsonObject other = refund;
    other.insert(u"order_id"_s, 5201);
    QVERIFY(!splitRefund(other, marketplaceOrder(), &error));
    QCOMPARE(error, u"refund 400 of order #1200: order_id: 5201 is not the order's id 5200"_s);

    // A part is not split again.
    const auto parts = splitRefund(refund, marketplaceOrder(), &error);
    QVERIFY2(parts, qPrintable(error));
    QVERIFY(!Connectors::Shopify::splitRefundByVendor(parts->at(0), recordOf(marketplaceOrder()), &error));
    QCOMPARE(error, u"refund 400 of order #1200: the refund is already one vendor's part of a refund"_s);
}

void TestShopifySplit::refundOfATaxInclusiveOrder()
{
    // Sandbox order #1007 (5107), EUR, taxes_included, 19 %: tee 29.99 (tax 4.79, Sandbox
    // Apparel), 2 mugs at 13.50 (tax 4.31, Acme Ceramics), bowl 39.00 (tax 6.23, Nordic
    // Woodworks), shipping 4.90 with tax 0.78. Weights, the vendors' net items: 29.99 − 4.79 =
    // 25.20, 27.00 − 4.31 = 22.69, 39.00 − 6.23 = 32.77: 2520 : 2269 : 3277, Σ 8066.
    // Refund 901: the tee (subtotal 29.99, which holds its tax 4.79) and one mug (13.50, tax
    // 2.16), shipping refunded -4.12 with tax -0.78; one transaction 29.99 + 13.50 + 4.90 = 48.39.
    // Shipping 412 cents: 412 × 2520 / 8066 = 128.72, × 2269 → 115.90, × 3277 → 167.38;
    //   floors 410, the 2 left to B (.90), A (.72): -1.29, -1.16, -1.67 (Σ -4.12).
    // Its tax 78: 24.37 / 21.94 / 31.69; floors 76, the 2 left to B (.94), C (.69):
    //   -0.24, -0.22, -0.32 (Σ -0.78).
    // Credited (the subtotal only: its tax is in it): A 29.99 + 1.29 + 0.24 = 31.52;
    //   B 13.50 + 1.16 + 0.22 = 14.88; C 1.67 + 0.32 = 1.99; Σ 48.39, the transaction, which is
    //   shared by exactly these (adding the lines' tax again would weigh 36.31 : 17.04 : 1.99).
    const QJsonObject order = seedOrder(u"#1007"_s);
    QVERIFY(!order.isEmpty());
    QVERIFY(order.value(u"taxes_included"_s).toBool());
    QJsonObject refund = refundOf(901,
                                  {refundLine(911, 13000000013, u"29.99"_s, u"4.79"_s),
                                   refundLine(912, 13000000014, u"13.50"_s, u"2.16"_s)},
                                  {adjustment(u"shipping_refund"_s, u"-4.12"_s, u"-0.78"_s)},
                                  {refundTransaction(u"48.39"_s, u"EUR"_s)});
    refund.insert(u"order_id"_s, 5107);
    QString error;
    const auto parts = splitRefund(refund, order, &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 3);
    const QStringList vendors{u"Sandbox Apparel"_s, u"Acme Ceramics"_s, u"Nordic Woodworks"_s};
    const QStringList shipping{u"-1.29"_s, u"-1.16"_s, u"-1.67"_s};
    const QStringList shippingTax{u"-0.24"_s, u"-0.22"_s, u"-0.32"_s};
    const QStringList transaction{u"31.52"_s, u"14.88"_s, u"1.99"_s};
    const QList<qint64> line{911, 912};
    const QStringList subtotal{u"29.99 EUR"_s, u"13.50 EUR"_s};
    const QStringList lineTax{u"4.79 EUR"_s, u"2.16 EUR"_s};
    for (qsizetype v = 0; v < 3; ++v) {
        const VendorRecord &part = parts->at(v);
        QCOMPARE(part.id, u"5107/901/"_s + vendors.at(v));
        QCOMPARE(part.matchKey, u"901/"_s + vendors.at(v));
        const QJsonObject document = part.document;
        QCOMPARE(document.value(u"ledgerlink_split"_s).toObject().value(u"vendor"_s).toString(),
                 vendors.at(v));
        const QJsonArray lines = document.value(u"refund_line_items"_s).toArray();
        QCOMPARE(lines.size(), v < 2 ? 1 : 0);
        if (v < 2)
            QCOMPARE(lines.at(0).toObject().value(u"id"_s).toInteger(), line.at(v));
        const QJsonObject adjusted = document.value(u"order_adjustments"_s).toArray().at(0).toObject();
        QCOMPARE(amount(adjusted, u"amount"_s), shipping.at(v));
        QCOMPARE(amount(adjusted, u"tax_amount"_s), shippingTax.at(v));
        QCOMPARE(amount(document.value(u"transactions"_s).toArray().at(0).toObject(), u"amount"_s),
                 transaction.at(v));

        // The engine's reading: total = its transaction share, shipping = its share.
        const auto read = canonicalRefund(part, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->total.toString(), transaction.at(v) + u" EUR"_s);
        QCOMPARE(read->shipping.toString(), shipping.at(v) + u" EUR"_s);
        QCOMPARE(read->orderId, u"5107/"_s + vendors.at(v));
        QCOMPARE(read->lines.size(), lines.size());
        if (v < 2) {
            QCOMPARE(read->lines.at(0).subtotal.toString(), subtotal.at(v));
            QCOMPARE(read->lines.at(0).tax.toString(), lineTax.at(v));
        }
    }
    const QStringList off = refundDifferences(refund, *parts);
    QVERIFY2(off.isEmpty(), qPrintable(off.join(u"; "_s)));
}

void TestShopifySplit::paymentOfTheWholeOrder()
{
    // Order #1200: its parts' total_price (EUR; totalsArePerPart) A 26.60, B 6.33, C 8.87,
    // Σ 41.80. A payment of 41.80 EUR by 2660 : 633 : 887 is exact: 26.60, 6.33, 8.87.
    QString error;
    auto parts = splitPayment(paymentOf(78, 5200, u"41.80"_s, u"EUR"_s), marketplaceOrder(), &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(amountsOf(*parts), (QStringList{u"26.60"_s, u"6.33"_s, u"8.87"_s}));
    auto orderParts = Connectors::Shopify::splitOrderByVendor(recordOf(marketplaceOrder()));
    QVERIFY(orderParts);
    for (qsizetype v = 0; v < 3; ++v)
        QCOMPARE(amount(parts->at(v).document, u"amount"_s),
                 amount(orderParts->at(v).document, u"total_price"_s));

    // Sandbox #1007 (EUR, taxes included): its shipping 4.90 by 2520 : 2269 : 3277 (Σ 8066):
    // 490 cents → 153.09 / 137.84 / 199.07, floors 489, the cent to B (.84): 1.53, 1.38, 1.99.
    // Totals (the tax is in the prices): A 29.99 + 1.53 = 31.52, B 2 × 13.50 + 1.38 = 28.38,
    // C 39.00 + 1.99 = 40.99, Σ 100.89: its total and its one payment (16000000008), shared
    // exactly: 31.52, 28.38, 40.99.
    const QJsonObject order = seedOrder(u"#1007"_s);
    QVERIFY(!order.isEmpty());
    const QJsonObject paid = order.value(u"transactions"_s).toArray().at(0).toObject();
    QCOMPARE(amount(paid, u"amount"_s), u"100.89"_s);
    parts = splitPayment(paid, order, &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(amountsOf(*parts), (QStringList{u"31.52"_s, u"28.38"_s, u"40.99"_s}));
    orderParts = Connectors::Shopify::splitOrderByVendor(recordOf(order));
    QVERIFY(orderParts);
    QCOMPARE(orderParts->size(), 3);
    for (qsizetype v = 0; v < 3; ++v) {
        QCOMPARE(amount(parts->at(v).document, u"amount"_s),
                 amount(orderParts->at(v).document, u"total_price"_s));
        QCOMPARE(parts->at(v).id,
                 u"5107/16000000008/"_s
                     + orderParts->at(v)
                           .document.value(u"ledgerlink_split"_s)
                           .toObject()
                           .value(u"vendor"_s)
                           .toString());
    }
}

void TestShopifySplit::partialPayment()
{
    // 50.00 EUR of #1007, by its parts' totals 31.52 : 28.38 : 40.99 (3152 : 2838 : 4099,
    // Σ 10089; paymentOfTheWholeOrder):
    //   part   exact share (cents)           floor  remainder
    //   A      5000 × 3152 / 10089 = 1562.10  1562   .10
    //   B      5000 × 2838 / 10089 = 1406.48  1406   .48
    //   C      5000 × 4099 / 10089 = 2031.42  2031   .42
    //   floors 4999, the cent left to B (.48): 15.62, 14.07, 20.31 (Σ 50.00).
    QString error;
    auto parts = splitPayment(paymentOf(79, 5107, u"50.00"_s, u"EUR"_s), seedOrder(u"#1007"_s), &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(amountsOf(*parts), (QStringList{u"15.62"_s, u"14.07"_s, u"20.31"_s}));

    // 20.00 EUR of #1200, by 26.60 : 6.33 : 8.87 (2660 : 633 : 887, Σ 4180):
    //   A      2000 × 2660 / 4180 = 1272.73      1272   .73
    //   B      2000 × 633 / 4180 = 302.87        302    .87
    //   C      2000 × 887 / 4180 = 424.40        424    .40
    //   floors 1998, the 2 left to B (.87), A (.73): 12.73, 3.03, 4.24 (Σ 20.00).
    parts = splitPayment(paymentOf(78, 5200, u"20.00"_s, u"EUR"_s), marketplaceOrder(), &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(amountsOf(*parts), (QStringList{u"12.73"_s, u"3.03"_s, u"4.24"_s}));

    // A zero share gives no part. 0.02 EUR of #1200: 2 × 2660 / 4180 = 1.27, 2 × 633 / 4180 =
    // 0.30, 2 × 887 / 4180 = 0.42; floors 1 (A), the cent left to C (.42): A 0.01, B 0, C 0.01.
    parts = splitPayment(paymentOf(78, 5200, u"0.02"_s, u"EUR"_s), marketplaceOrder(), &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 2);
    QCOMPARE(amountsOf(*parts), (QStringList{u"0.01"_s, u"0.01"_s}));
    QCOMPARE(parts->at(0).id, u"5200/78/A"_s);
    QCOMPARE(parts->at(1).id, u"5200/78/C"_s);
    QCOMPARE(parts->at(1).document.value(u"order_id"_s).toString(), u"5200/C"_s);
}

void TestShopifySplit::paymentInTwoCurrencies_data()
{
    QTest::addColumn<QString>("paid");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QStringList>("shares");
    // Order #1200, shop EUR, presentment USD. Parts' totals (totalsArePerPart):
    //   EUR total_price 26.60 / 6.33 / 8.87 (Σ 41.80), USD total_price_set 29.26 / 6.96 / 9.76
    //   (Σ 45.98). A USD payment is shared by the USD totals, an EUR one by the EUR totals.
    // The whole order in either currency: each part's own total.
    QTest::newRow("USD whole") << u"45.98"_s << u"USD"_s << QStringList{u"29.26"_s, u"6.96"_s, u"9.76"_s};
    QTest::newRow("EUR whole") << u"41.80"_s << u"EUR"_s << QStringList{u"26.60"_s, u"6.33"_s, u"8.87"_s};
    // 25.00 USD by 2926 : 696 : 976 (Σ 4598):
    //   A 2500 × 2926 / 4598 = 1590.91 → 1590 r .91
    //   B 2500 × 696 / 4598 = 378.43   → 378  r .43
    //   C 2500 × 976 / 4598 = 530.67   → 530  r .67
    //   floors 2498, the 2 left to A (.91), C (.67): 15.91, 3.78, 5.31.
    QTest::newRow("USD part") << u"25.00"_s << u"USD"_s << QStringList{u"15.91"_s, u"3.78"_s, u"5.31"_s};
    // 25.00 EUR by 2660 : 633 : 887 (Σ 4180):
    //   A 2500 × 2660 / 4180 = 1590.91 → 1590 r .91
    //   B 2500 × 633 / 4180 = 378.59   → 378  r .59
    //   C 2500 × 887 / 4180 = 530.50   → 530  r .50
    //   floors 2498, the 2 left to A (.91), B (.59): 15.91, 3.79, 5.30 (not the USD rows' split).
    QTest::newRow("EUR part") << u"25.00"_s << u"EUR"_s << QStringList{u"15.91"_s, u"3.79"_s, u"5.30"_s};
}

void TestShopifySplit::paymentInTwoCurrencies()
{
    QFETCH(QString, paid);
    QFETCH(QString, currency);
    QFETCH(QStringList, shares);
    const QJsonObject payment = paymentOf(78, 5200, paid, currency);
    QString error;
    const auto parts = splitPayment(payment, marketplaceOrder(), &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(amountsOf(*parts), shares);
    const QStringList vendors{u"A"_s, u"B"_s, u"C"_s};
    for (qsizetype v = 0; v < 3; ++v) {
        QCOMPARE(parts->at(v).document.value(u"currency"_s).toString(), currency);
        // The engine's reading: a payment of its share, in the payment's currency, of its part.
        const auto canonical = Connectors::Shopify::transactionToCanonical(parts->at(v).document, &error);
        QVERIFY2(canonical, qPrintable(error));
        const auto read = Model::Payment::fromJson(*canonical, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->amount.toString(), shares.at(v) + u' ' + currency);
        QCOMPARE(read->orderId, u"5200/"_s + vendors.at(v));
        QCOMPARE(read->reference, u"ch_78/"_s + vendors.at(v));
    }
}

void TestShopifySplit::paymentPartIds()
{
    const QJsonObject payment = paymentOf(78, 5200, u"41.80"_s, u"EUR"_s);
    const VendorRecord record = *Connectors::Shopify::vendorRecord(u"transaction"_s, payment);
    QCOMPARE(record.id, u"5200/78"_s);
    QCOMPARE(record.matchKey, u"78"_s);
    QString error;
    const auto parts =
        Connectors::Shopify::splitPaymentByVendor(record, recordOf(marketplaceOrder()), &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 3);
    const auto orderParts = Connectors::Shopify::splitOrderByVendor(recordOf(marketplaceOrder()));
    QVERIFY(orderParts);
    const QStringList vendors{u"A"_s, u"B"_s, u"C"_s};
    const QStringList shares{u"26.60"_s, u"6.33"_s, u"8.87"_s};
    for (qsizetype v = 0; v < 3; ++v) {
        const VendorRecord &part = parts->at(v);
        QCOMPARE(part.object, u"transaction"_s);
        QCOMPARE(part.id, u"5200/78/"_s + vendors.at(v));
        QCOMPARE(part.matchKey, u"78/"_s + vendors.at(v));
        QCOMPARE(part.updatedAt, record.updatedAt);
        QCOMPARE(part.updatedAt, QDateTime(QDate(2026, 11, 20), QTime(9, 5), QTimeZone::utc()));
        // Its order is the order's part, by the id splitOrderByVendor gives it, as text.
        QVERIFY(part.document.value(u"order_id"_s).isString());
        QCOMPARE(part.document.value(u"order_id"_s).toString(), orderParts->at(v).id);
        QCOMPARE(part.document.value(u"authorization"_s).toString(), u"ch_78/"_s + vendors.at(v));
        const QJsonObject split = part.document.value(u"ledgerlink_split"_s).toObject();
        QCOMPARE(split,
                 (QJsonObject{{u"order_id"_s, u"5200"_s},
                              {u"order_name"_s, u"#1200"_s},
                              {u"transaction_id"_s, u"78"_s},
                              {u"vendor"_s, vendors.at(v)},
                              {u"part"_s, int(v + 1)},
                              {u"parts"_s, 3}}));
        // The other fields as they were.
        QJsonObject rest = part.document;
        rest.remove(u"ledgerlink_split"_s);
        rest.insert(u"amount"_s, u"41.80"_s);
        rest.insert(u"order_id"_s, 5200);
        rest.insert(u"authorization"_s, u"ch_78"_s);
        QCOMPARE(rest, payment);
        QCOMPARE(amount(part.document, u"amount"_s), shares.at(v));
    }

    // A payment without a reference gets none.
    QJsonObject bare = payment;
    bare.remove(u"authorization"_s);
    const auto unreferenced = splitPayment(bare, marketplaceOrder(), &error);
    QVERIFY2(unreferenced, qPrintable(error));
    QCOMPARE(unreferenced->size(), 3);
    for (const VendorRecord &part : *unreferenced)
        QVERIFY(!part.document.contains(u"authorization"_s));
}

void TestShopifySplit::paymentErrors()
{
    QString error;
    // A currency the order has no total in.
    QVERIFY(!splitPayment(paymentOf(78, 5200, u"10.00"_s, u"GBP"_s), marketplaceOrder(), &error));
    QCOMPARE(error,
             u"transaction 78 of order #1200: the order has no total in GBP, the payment's currency"_s);

    // An amount that is not one.
    QVERIFY(!splitPayment(paymentOf(78, 5200, u"ten"_s, u"EUR"_s), marketplaceOrder(), &error));
    QCOMPARE(error, u"transaction 78 of order #1200: amount: \"ten\" is not an amount in EUR"_s);

    // An order line without a vendor: the order's error, for this payment.
    QJsonObject order = marketplaceOrder();
    QJsonArray items = order.value(u"line_items"_s).toArray();
    QJsonObject third = items.at(2).toObject();
    third.remove(u"vendor"_s);
    items.replace(2, third);
    order.insert(u"line_items"_s, items);
    error.clear();
    QVERIFY(!splitPayment(paymentOf(78, 5200, u"10.00"_s, u"EUR"_s), order, &error));
    QCOMPARE(
        error,
        u"transaction 78 of order #1200: lines[2].vendor: empty; every line of a marketplace order needs "
        "its vendor"_s);
}

QTEST_GUILESS_MAIN(TestShopifySplit)
#include "tst_shopifysplit.moc"
