// Shopify documents → canonical records: the real Shopify order payload from
// ../shared/peers/payloads (expected values read off the file by hand), large ids, multi-currency
// orders, and malformed documents whose errors must name the Shopify field path.
#include "connectors/shopify/shopifycanonical.h"
#include "engine/moneyrules.h"
#include "model/order.h"
#include "model/payout.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
namespace Shopify = LedgerLink::Connectors::Shopify;

namespace {

const QString orderFile =
    QStringLiteral(LEDGERLINK_SHARED_DIR "/peers/payloads/shopify-order-2024-04-450789469.json");

QByteArray readOrderBytes()
{
    QFile file(orderFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// A hand-written sample under tests/connectors/data/.
QJsonObject readData(const QString &name)
{
    QFile file(QStringLiteral(LEDGERLINK_SOURCE_DIR "/tests/connectors/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject readOrder()
{
    return QJsonDocument::fromJson(readOrderBytes()).object();
}

/// A Shopify Payments payout as ShopifyConnector reads it: the payout
/// (shopify_payments/payouts/{id}.json, the fields of Shopify's REST reference) with its balance
/// transactions (balance/transactions.json?payout_id=) in `balance_transactions`. Written by hand:
/// a charge 45.52 (fee 1.32, net 44.20), a refund −3.54 whose fee Shopify gave back (−0.23, net
/// −3.31), an adjustment 2.13 (fee 0.12, net 2.01), and the payout's own movement −42.90.
/// 44.20 − 3.31 + 2.01 = 42.90, the payout's amount.
QJsonObject payoutDocument()
{
    return QJsonDocument::fromJson(R"({
        "id": 623721858, "status": "paid", "date": "2026-11-23", "currency": "EUR", "amount": "42.90",
        "summary": {"adjustments_fee_amount": "0.12", "adjustments_gross_amount": "2.13",
                    "charges_fee_amount": "1.32", "charges_gross_amount": "45.52",
                    "refunds_fee_amount": "-0.23", "refunds_gross_amount": "-3.54",
                    "reserved_funds_fee_amount": "0.00", "reserved_funds_gross_amount": "0.00",
                    "retried_payouts_fee_amount": "0.00", "retried_payouts_gross_amount": "0.00"},
        "balance_transactions": [
          {"id": 699519475, "type": "charge", "test": false, "payout_id": 623721858,
           "payout_status": "paid", "currency": "EUR", "amount": "45.52", "fee": "1.32", "net": "44.20",
           "source_id": 1006917261, "source_type": "charge", "source_order_id": 217130470,
           "source_order_transaction_id": 1006917261, "processed_at": "2026-11-21T10:00:00-05:00"},
          {"id": 699519476, "type": "refund", "test": false, "payout_id": 623721858,
           "payout_status": "paid", "currency": "EUR", "amount": "-3.54", "fee": "-0.23", "net": "-3.31",
           "source_id": 1006917262, "source_type": "refund", "source_order_id": 217130470,
           "source_order_transaction_id": 1006917262, "processed_at": "2026-11-22T09:30:00-05:00"},
          {"id": 699519477, "type": "adjustment", "test": false, "payout_id": 623721858,
           "payout_status": "paid", "currency": "EUR", "amount": "2.13", "fee": "0.12", "net": "2.01",
           "source_id": 460709370, "source_type": "adjustment", "source_order_id": null,
           "source_order_transaction_id": null, "processed_at": "2026-11-22T12:00:00-05:00"},
          {"id": 699519478, "type": "payout", "test": false, "payout_id": 623721858,
           "payout_status": "paid", "currency": "EUR", "amount": "-42.90", "fee": "0.00", "net": "-42.90",
           "source_id": 623721858, "source_type": "payout", "source_order_id": null,
           "source_order_transaction_id": null, "processed_at": "2026-11-23T00:00:00-05:00"}
        ]})")
        .object();
}

/// The payout document with balance transaction `index`'s `key` set to `value`.
QJsonObject payoutWith(int index, const QString &key, const QJsonValue &value)
{
    QJsonObject document = payoutDocument();
    QJsonArray transactions = document.value(u"balance_transactions"_s).toArray();
    QJsonObject transaction = transactions.at(index).toObject();
    transaction.insert(key, value);
    transactions.replace(index, transaction);
    document.insert(u"balance_transactions"_s, transactions);
    return document;
}

/// "199.00 USD" for a canonical Money object.
QString money(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return object.value(u"amount"_s).toString() + u' ' + object.value(u"currency"_s).toString();
}

/**
 * A shop in EUR, the customer paying in USD at 0.92 EUR per USD, written by hand the way Shopify
 * gives it: every amount in both currencies, each shop amount Shopify's own conversion of its
 * presentment amount, rounded to the cent on its own. Two lines of 2.75 USD at 10 %, tax-exclusive:
 * 0.275 → 0.28 USD tax each (per line, half-up), 0.56 USD tax, 6.06 USD in all. In EUR:
 * 2.75 × 0.92 = 2.53 each, the tax 0.28 × 0.92 = 0.2576 → 0.26 each, the tax total
 * 0.56 × 0.92 = 0.5152 → 0.52, the subtotal 5.50 × 0.92 = 5.06, the total 6.06 × 0.92 = 5.5752 →
 * 5.58.
 */
QJsonObject usdOrderInEurShop()
{
    return QJsonDocument::fromJson(R"({
        "id": 7301, "name": "#7301", "currency": "EUR", "presentment_currency": "USD",
        "taxes_included": false, "financial_status": "paid",
        "created_at": "2026-11-27T10:00:00+01:00", "updated_at": "2026-11-27T10:00:00+01:00",
        "line_items": [
            {"id": 73011, "sku": "CARD-A", "name": "Card A", "quantity": 1, "price": "2.53",
             "price_set": {"shop_money": {"amount": "2.53", "currency_code": "EUR"},
                           "presentment_money": {"amount": "2.75", "currency_code": "USD"}},
             "total_discount": "0.00",
             "total_discount_set": {"shop_money": {"amount": "0.00", "currency_code": "EUR"},
                                    "presentment_money": {"amount": "0.00", "currency_code": "USD"}},
             "discount_allocations": [],
             "tax_lines": [{"title": "VAT 10 %", "rate": 0.1, "price": "0.26",
                            "price_set": {"shop_money": {"amount": "0.26", "currency_code": "EUR"},
                                          "presentment_money": {"amount": "0.28", "currency_code": "USD"}}}]},
            {"id": 73012, "sku": "CARD-B", "name": "Card B", "quantity": 1, "price": "2.53",
             "price_set": {"shop_money": {"amount": "2.53", "currency_code": "EUR"},
                           "presentment_money": {"amount": "2.75", "currency_code": "USD"}},
             "total_discount": "0.00",
             "total_discount_set": {"shop_money": {"amount": "0.00", "currency_code": "EUR"},
                                    "presentment_money": {"amount": "0.00", "currency_code": "USD"}},
             "discount_allocations": [],
             "tax_lines": [{"title": "VAT 10 %", "rate": 0.1, "price": "0.26",
                            "price_set": {"shop_money": {"amount": "0.26", "currency_code": "EUR"},
                                          "presentment_money": {"amount": "0.28", "currency_code": "USD"}}}]}
        ],
        "shipping_lines": [],
        "tax_lines": [{"title": "VAT 10 %", "rate": 0.1, "price": "0.52",
                       "price_set": {"shop_money": {"amount": "0.52", "currency_code": "EUR"},
                                     "presentment_money": {"amount": "0.56", "currency_code": "USD"}}}],
        "subtotal_price": "5.06",
        "subtotal_price_set": {"shop_money": {"amount": "5.06", "currency_code": "EUR"},
                               "presentment_money": {"amount": "5.50", "currency_code": "USD"}},
        "total_discounts": "0.00",
        "total_discounts_set": {"shop_money": {"amount": "0.00", "currency_code": "EUR"},
                                "presentment_money": {"amount": "0.00", "currency_code": "USD"}},
        "total_shipping_price_set": {"shop_money": {"amount": "0.00", "currency_code": "EUR"},
                                     "presentment_money": {"amount": "0.00", "currency_code": "USD"}},
        "total_tax": "0.52",
        "total_tax_set": {"shop_money": {"amount": "0.52", "currency_code": "EUR"},
                          "presentment_money": {"amount": "0.56", "currency_code": "USD"}},
        "total_price": "5.58",
        "total_price_set": {"shop_money": {"amount": "5.58", "currency_code": "EUR"},
                            "presentment_money": {"amount": "6.06", "currency_code": "USD"}}
    })")
        .object();
}

} // namespace

class TestShopifyCanonical : public QObject
{
    Q_OBJECT

private slots:
    void vendorRecordOfTheRealOrder()
    {
        const QJsonObject document = readOrder();
        QVERIFY2(!document.isEmpty(), qPrintable(orderFile));
        QString error;
        const auto record = Shopify::vendorRecord(u"order"_s, document, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->id, u"450789469"_s);
        QCOMPARE(record->matchKey, u"1001"_s); // "name": "#1001"
        QCOMPARE(record->updatedAt, QDateTime(QDate(2008, 1, 10), QTime(16, 0), QTimeZone::utc()));
        QCOMPARE(record->document, document); // exactly the vendor JSON
    }

    void realOrderToCanonical()
    {
        QString error;
        const auto canonical = Shopify::orderToCanonical(readOrder(), &error);
        QVERIFY2(canonical, qPrintable(error));
        const QJsonObject order = *canonical;
        QCOMPARE(order.value(u"id"_s).toString(), u"450789469"_s);
        QCOMPARE(order.value(u"number"_s).toString(), u"#1001"_s);
        QCOMPARE(order.value(u"currency"_s).toString(), u"USD"_s);
        QCOMPARE(order.value(u"base_currency"_s).toString(), u"USD"_s);
        QCOMPARE(order.value(u"exchange_rate"_s).toString(), u"1"_s);
        QCOMPARE(money(order.value(u"subtotal"_s)), u"597.00 USD"_s);
        QCOMPARE(money(order.value(u"discount_total"_s)), u"10.00 USD"_s);
        QCOMPARE(money(order.value(u"shipping_total"_s)), u"0.00 USD"_s);
        QCOMPARE(money(order.value(u"tax_total"_s)), u"11.94 USD"_s);
        QCOMPARE(money(order.value(u"total"_s)), u"598.94 USD"_s);
        QCOMPARE(order.value(u"taxes_included"_s).toBool(), false);
        QCOMPARE(order.value(u"financial_status"_s).toString(), u"partially_refunded"_s);
        QCOMPARE(order.value(u"created_at"_s).toString(), u"2008-01-10T16:00:00Z"_s);

        const QJsonArray lines = order.value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 3);
        const struct
        {
            QString id, variant, sku, discount, total;
        } expected[] = {
            {u"466157049"_s, u"39072856"_s, u"IPOD2008GREEN"_s, u"3.34 USD"_s, u"195.66 USD"_s},
            {u"518995019"_s, u"49148385"_s, u"IPOD2008RED"_s, u"3.33 USD"_s, u"195.67 USD"_s},
            {u"703073504"_s, u"457924702"_s, u"IPOD2008BLACK"_s, u"3.33 USD"_s, u"195.67 USD"_s},
        };
        for (int i = 0; i < 3; ++i) {
            const QJsonObject line = lines.at(i).toObject();
            QCOMPARE(line.value(u"id"_s).toString(), expected[i].id);
            QCOMPARE(line.value(u"product_id"_s).toString(), u"632910392"_s);
            QCOMPARE(line.value(u"variant_id"_s).toString(), expected[i].variant);
            QCOMPARE(line.value(u"sku"_s).toString(), expected[i].sku);
            QCOMPARE(line.value(u"quantity"_s).toString(), u"1"_s);
            QCOMPARE(money(line.value(u"unit_price"_s)), u"199.00 USD"_s);
            QCOMPARE(money(line.value(u"discount"_s)), expected[i].discount);
            QCOMPARE(money(line.value(u"total"_s)), expected[i].total);
            const QJsonArray taxes = line.value(u"tax_lines"_s).toArray();
            QCOMPARE(taxes.size(), 1);
            QCOMPARE(taxes.first().toObject().value(u"title"_s).toString(), u"State Tax"_s);
            QCOMPARE(taxes.first().toObject().value(u"rate"_s).toString(), u"0.06"_s);
            QCOMPARE(money(taxes.first().toObject().value(u"amount"_s)), u"3.98 USD"_s);
        }
        QCOMPARE(lines.at(0).toObject().value(u"title"_s).toString(), u"IPod Nano - 8gb - green"_s);

        const QJsonArray discounts = order.value(u"discounts"_s).toArray();
        QCOMPARE(discounts.size(), 1);
        QCOMPARE(discounts.first().toObject().value(u"code"_s).toString(), u"TENOFF"_s);
        QCOMPARE(money(discounts.first().toObject().value(u"amount"_s)), u"10.00 USD"_s);

        const QJsonArray shipping = order.value(u"shipping_lines"_s).toArray();
        QCOMPARE(shipping.size(), 1);
        QCOMPARE(shipping.first().toObject().value(u"id"_s).toString(), u"369256396"_s);
        QCOMPARE(shipping.first().toObject().value(u"title"_s).toString(), u"Free Shipping"_s);
        QCOMPARE(money(shipping.first().toObject().value(u"price"_s)), u"0.00 USD"_s);

        const QJsonArray taxes = order.value(u"tax_lines"_s).toArray();
        QCOMPARE(taxes.size(), 1);
        QCOMPARE(money(taxes.first().toObject().value(u"amount"_s)), u"11.94 USD"_s);

        const QJsonObject customer = order.value(u"customer"_s).toObject();
        QCOMPARE(customer.value(u"id"_s).toString(), u"207119551"_s);
        QCOMPARE(customer.value(u"email"_s).toString(), u"bob.norman@mail.example.com"_s);
        QCOMPARE(customer.value(u"first_name"_s).toString(), u"Bob"_s);
        QCOMPARE(customer.value(u"default_address"_s).toObject().value(u"city"_s).toString(),
                 u"Louisville"_s);

        const QJsonObject billing = order.value(u"billing_address"_s).toObject();
        QCOMPARE(billing.value(u"line1"_s).toString(), u"Chestnut Street 92"_s);
        QCOMPARE(billing.value(u"postal_code"_s).toString(), u"40202"_s);
        QCOMPARE(billing.value(u"region_code"_s).toString(), u"KY"_s);
        QCOMPARE(billing.value(u"country_code"_s).toString(), u"US"_s);
        QCOMPARE(order.value(u"raw"_s).toObject(), readOrder());

        // The canonical JSON is a valid Model::Order.
        QString modelError;
        QVERIFY2(LedgerLink::Model::Order::fromJson(order, &modelError), qPrintable(modelError));
    }

    void refundOfTheRealOrder()
    {
        QJsonObject refund = readOrder().value(u"refunds"_s).toArray().first().toObject();
        QString error;
        const auto record = Shopify::vendorRecord(u"refund"_s, refund, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->id, u"450789469/509562969"_s);
        const auto canonical = Shopify::refundToCanonical(refund, &error);
        QVERIFY2(canonical, qPrintable(error));
        QCOMPARE(canonical->value(u"id"_s).toString(), u"509562969"_s);
        QCOMPARE(canonical->value(u"order_id"_s).toString(), u"450789469"_s);
        QCOMPARE(money(canonical->value(u"total"_s)), u"209.00 USD"_s);
        const QJsonArray lines = canonical->value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).toObject().value(u"order_line_id"_s).toString(), u"703073504"_s);
        QCOMPARE(money(lines.at(0).toObject().value(u"subtotal"_s)), u"195.66 USD"_s);
        QCOMPARE(money(lines.at(1).toObject().value(u"subtotal"_s)), u"195.67 USD"_s);
        QCOMPARE(money(lines.at(1).toObject().value(u"tax"_s)), u"3.98 USD"_s);
    }

    void idsBeyondDoublePrecision()
    {
        // Shopify documents ids such as 820982911946154508 (> 2^53): they must survive digit for digit.
        QByteArray bytes = readOrderBytes();
        bytes.replace("\"id\": 450789469,", "\"id\": 820982911946154508,");
        const QJsonObject document = QJsonDocument::fromJson(bytes).object();
        QString error;
        const auto record = Shopify::vendorRecord(u"order"_s, document, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->id, u"820982911946154508"_s);
        const auto canonical = Shopify::orderToCanonical(document, &error);
        QVERIFY2(canonical, qPrintable(error));
        QCOMPARE(canonical->value(u"id"_s).toString(), u"820982911946154508"_s);
    }

    void presentmentCurrencyAndExchangeRate()
    {
        // A shop in USD, the customer paying in EUR: amounts in EUR, rate USD per EUR.
        const QJsonObject document = readData(u"shopify-order-eur.json"_s);
        QString error;
        const auto canonical = Shopify::orderToCanonical(document, &error);
        QVERIFY2(canonical, qPrintable(error));
        QCOMPARE(canonical->value(u"currency"_s).toString(), u"EUR"_s);
        QCOMPARE(canonical->value(u"base_currency"_s).toString(), u"USD"_s);
        QCOMPARE(canonical->value(u"exchange_rate"_s).toString(), u"1.1"_s);
        QCOMPARE(money(canonical->value(u"total"_s)), u"100.00 EUR"_s);
        const QJsonObject line = canonical->value(u"lines"_s).toArray().first().toObject();
        QCOMPARE(money(line.value(u"unit_price"_s)), u"50.00 EUR"_s);
        QCOMPARE(money(line.value(u"total"_s)), u"100.00 EUR"_s);
    }

    void theShopCurrencyReadingTakesShopMoney()
    {
        const QJsonObject document = usdOrderInEurShop();
        QString error;
        // As the customer paid: USD, rate 5.58 / 6.06 = 0.92079207920… → 0.9207920792 (10 places).
        const auto presentment = Shopify::orderToCanonical(document, &error);
        QVERIFY2(presentment, qPrintable(error));
        QCOMPARE(presentment->value(u"currency"_s).toString(), u"USD"_s);
        QCOMPARE(presentment->value(u"exchange_rate"_s).toString(), u"0.9207920792"_s);
        QCOMPARE(money(presentment->value(u"total"_s)), u"6.06 USD"_s);

        // As the shop states it: every amount its shop_money, the currency EUR, at rate 1.
        const auto shop = Shopify::orderToCanonicalInShopCurrency(document, &error);
        QVERIFY2(shop, qPrintable(error));
        QCOMPARE(shop->value(u"currency"_s).toString(), u"EUR"_s);
        QCOMPARE(shop->value(u"base_currency"_s).toString(), u"EUR"_s);
        QCOMPARE(shop->value(u"exchange_rate"_s).toString(), u"1"_s);
        QCOMPARE(money(shop->value(u"total"_s)), u"5.58 EUR"_s);
        QCOMPARE(money(shop->value(u"tax_total"_s)), u"0.52 EUR"_s);
        QCOMPARE(money(shop->value(u"subtotal"_s)), u"5.06 EUR"_s);
        const QJsonArray lines = shop->value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 2);
        for (const QJsonValue &value : lines) {
            const QJsonObject line = value.toObject();
            QCOMPARE(money(line.value(u"unit_price"_s)), u"2.53 EUR"_s);
            QCOMPARE(money(line.value(u"total"_s)), u"2.53 EUR"_s); // 1 × 2.53, no discount
            const QJsonArray taxes = line.value(u"tax_lines"_s).toArray();
            QCOMPARE(taxes.size(), 1);
            QCOMPARE(money(taxes.first().toObject().value(u"amount"_s)), u"0.26 EUR"_s);
        }

        // Without the money bags, the plain fields, which Shopify gives in shop money.
        QJsonObject plain = document;
        QJsonArray items = plain.value(u"line_items"_s).toArray();
        QJsonObject item = items.at(0).toObject();
        item.remove(u"price_set"_s);
        items.replace(0, item);
        plain.insert(u"line_items"_s, items);
        const auto fromPlain = Shopify::orderToCanonicalInShopCurrency(plain, &error);
        QVERIFY2(fromPlain, qPrintable(error));
        QCOMPARE(money(fromPlain->value(u"lines"_s).toArray().at(0).toObject().value(u"unit_price"_s)),
                 u"2.53 EUR"_s);

        // A shop_money in another currency than the shop's is an error naming its path.
        QJsonObject wrong = document;
        QJsonObject set = wrong.value(u"total_price_set"_s).toObject();
        set.insert(u"shop_money"_s, QJsonObject{{u"amount"_s, u"6.06"_s}, {u"currency_code"_s, u"USD"_s}});
        wrong.insert(u"total_price_set"_s, set);
        QVERIFY(!Shopify::orderToCanonicalInShopCurrency(wrong, &error));
        QVERIFY2(error.startsWith(u"total_price_set.shop_money.currency_code: USD differs from the order's "
                                  u"currency EUR"_s),
                 qPrintable(error));

        // The EUR order of a USD shop (presentmentCurrencyAndExchangeRate()) in its shop's USD:
        // the line's shop_money 55.00 × 2 = 110.00, the total's shop_money 110.00.
        const auto inUsd =
            Shopify::orderToCanonicalInShopCurrency(readData(u"shopify-order-eur.json"_s), &error);
        QVERIFY2(inUsd, qPrintable(error));
        QCOMPARE(inUsd->value(u"currency"_s).toString(), u"USD"_s);
        QCOMPARE(money(inUsd->value(u"total"_s)), u"110.00 USD"_s);
        const QJsonObject usdLine = inUsd->value(u"lines"_s).toArray().first().toObject();
        QCOMPARE(money(usdLine.value(u"unit_price"_s)), u"55.00 USD"_s);
        QCOMPARE(money(usdLine.value(u"total"_s)), u"110.00 USD"_s);
    }

    void productNeedsTheShopCurrency()
    {
        const QJsonObject document = readData(u"shopify-product.json"_s);
        QString error;
        QVERIFY(!Shopify::productToCanonical(document, {}, &error));
        QVERIFY2(error.startsWith(u"variants[0].price:"_s), qPrintable(error));
        const auto canonical =
            Shopify::productToCanonical(document, *LedgerLink::Model::Currency::fromCode(u"USD"), &error);
        QVERIFY2(canonical, qPrintable(error));
        QCOMPARE(canonical->value(u"tags"_s).toArray().size(), 2);
        const QJsonObject variant = canonical->value(u"variants"_s).toArray().first().toObject();
        QCOMPARE(variant.value(u"sku"_s).toString(), u"IPOD2008PINK"_s);
        QCOMPARE(variant.value(u"product_id"_s).toString(), u"632910392"_s);
        QCOMPARE(money(variant.value(u"price"_s)), u"199.00 USD"_s);
        const auto record = Shopify::vendorRecord(u"product"_s, document, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->matchKey, u"IPOD2008PINK"_s);
    }

    void payoutOfShopifyPayments()
    {
        const QJsonObject document = payoutDocument();
        QVERIFY(!document.isEmpty());
        QString error;
        const auto record = Shopify::vendorRecord(u"payout"_s, document, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->id, u"623721858"_s);
        QCOMPARE(record->matchKey, u"623721858"_s);
        // A payout keeps no change time: the day it was paid stands in.
        QCOMPARE(record->updatedAt, QDateTime(QDate(2026, 11, 23), QTime(0, 0), QTimeZone::utc()));

        const auto canonical = Shopify::payoutToCanonical(document, &error);
        QVERIFY2(canonical, qPrintable(error));
        const auto payout = LedgerLink::Model::Payout::fromJson(*canonical, &error);
        QVERIFY2(payout, qPrintable(error));
        QCOMPARE(payout->amount.toString(), u"42.90 EUR"_s);
        QCOMPARE(payout->status, u"paid"_s);
        // The payout's own movement is the payout: three are left.
        QCOMPARE(payout->transactions.size(), 3);
        const LedgerLink::Model::PayoutTransaction &charge = payout->transactions.at(0);
        QCOMPARE(charge.type, u"charge"_s);
        QCOMPARE(charge.orderId, u"217130470"_s);
        QCOMPARE(charge.paymentId, u"1006917261"_s);
        QCOMPARE(charge.amount.toString(), u"45.52 EUR"_s);
        QCOMPARE(charge.fee.toString(), u"1.32 EUR"_s);
        QCOMPARE(charge.net.toString(), u"44.20 EUR"_s);
        QCOMPARE(payout->transactions.at(1).amount.toString(), u"-3.54 EUR"_s);
        QVERIFY(payout->transactions.at(2).orderId.isEmpty());
        QVERIFY(!canonical->value(u"raw"_s).toObject().contains(u"balance_transactions"_s));

        // settle(): payments 45.52 − refunds 3.54 − fees (1.32 − 0.23 − 2.13 + 0.12 = −0.92: the
        // adjustment added to the balance, so it counts as a fee given back) = 42.90, the deposit.
        namespace MR = LedgerLink::Engine::MoneyRules;
        const auto settled = MR::settle(*payout);
        QVERIFY2(settled, qPrintable(settled.ok() ? QString() : settled.error()));
        QCOMPARE(settled->payments.toString(), u"45.52 EUR"_s);
        QCOMPARE(settled->refunds.toString(), u"3.54 EUR"_s);
        QCOMPARE(settled->fees.toString(), u"-0.92 EUR"_s);
        QCOMPARE(settled->net.toString(), u"42.90 EUR"_s);
        QVERIFY(settled->matchesDeposit());

        // A deposit 2.13 short: exactly the adjustment, which the deposit does not seem to include.
        LedgerLink::Model::Payout short_ = *payout;
        short_.amount = LedgerLink::Model::Money::fromString(u"40.77 EUR").value();
        const auto unsettled = MR::settle(short_);
        QVERIFY(unsettled);
        QCOMPARE(unsettled->differences.size(), 1);
        QCOMPARE(unsettled->differences.first().cause, MR::Cause::MissingRecord);
        QCOMPARE(unsettled->differences.first().difference.toString(), u"-2.13 EUR"_s);
        QVERIFY2(unsettled->differences.first().evidence.contains(u"699519477"_s),
                 qPrintable(unsettled->differences.first().evidence));
    }

    void malformedPayoutsNameTheFieldPath()
    {
        const auto errorOf = [](const QJsonObject &document) -> QString {
            QString error;
            return Shopify::payoutToCanonical(document, &error) ? QString() : error;
        };
        QJsonObject document = payoutDocument();
        document.remove(u"balance_transactions"_s);
        QString error = errorOf(document);
        QVERIFY2(error.startsWith(u"balance_transactions: missing"_s), qPrintable(error));

        error = errorOf(payoutWith(0, u"currency"_s, u"USD"_s));
        QVERIFY2(error.startsWith(
                     u"balance_transactions[0].currency: USD differs from the payout's currency EUR"_s),
                 qPrintable(error));

        error = errorOf(payoutWith(1, u"net"_s, u"-3.30"_s));
        QVERIFY2(
            error.startsWith(u"balance_transactions[1].net: -3.30 EUR is not the amount -3.54 EUR less the "
                             "fee -0.23 EUR"_s),
            qPrintable(error));

        error = errorOf(payoutWith(2, u"fee"_s, u"0.125"_s));
        QVERIFY2(error.startsWith(u"balance_transactions[2].fee:"_s), qPrintable(error));

        document = payoutDocument();
        document.insert(u"date"_s, u"23.11.2026"_s);
        error = errorOf(document);
        QVERIFY2(error.startsWith(u"date: \"23.11.2026\" is not a date (YYYY-MM-DD)"_s), qPrintable(error));

        // A charge that is not positive cannot be settled.
        QJsonObject negative = payoutWith(0, u"amount"_s, u"-1.00"_s);
        QJsonArray transactions = negative.value(u"balance_transactions"_s).toArray();
        QJsonObject charge = transactions.at(0).toObject();
        charge.insert(u"fee"_s, u"0.00"_s);
        charge.insert(u"net"_s, u"-1.00"_s);
        transactions.replace(0, charge);
        negative.insert(u"balance_transactions"_s, transactions);
        const auto canonical = Shopify::payoutToCanonical(negative, &error);
        QVERIFY2(canonical, qPrintable(error));
        const auto settled =
            LedgerLink::Engine::MoneyRules::settle(*LedgerLink::Model::Payout::fromJson(*canonical));
        QVERIFY(!settled);
        QCOMPARE(settled.error(),
                 u"payout 623721858: transactions[0].amount: the charge -1.00 EUR is not positive"_s);

        // Nor a refund that adds to the balance.
        QJsonObject positive = payoutWith(1, u"amount"_s, u"3.54"_s);
        transactions = positive.value(u"balance_transactions"_s).toArray();
        QJsonObject refund = transactions.at(1).toObject();
        refund.insert(u"net"_s, u"3.77"_s);
        transactions.replace(1, refund);
        positive.insert(u"balance_transactions"_s, transactions);
        const auto refunded = Shopify::payoutToCanonical(positive, &error);
        QVERIFY2(refunded, qPrintable(error));
        const auto refundSettled =
            LedgerLink::Engine::MoneyRules::settle(*LedgerLink::Model::Payout::fromJson(*refunded));
        QVERIFY(!refundSettled);
        QCOMPARE(refundSettled.error(),
                 u"payout 623721858: transactions[1].amount: the refund 3.54 EUR is not negative"_s);
    }

    void malformedDocumentsNameTheFieldPath()
    {
        const QJsonObject real = readOrder();
        const auto errorOf = [](const QJsonObject &document) -> QString {
            QString error;
            return Shopify::orderToCanonical(document, &error) ? QString() : error;
        };
        const auto withLine = [&real](int index, const QString &key, const QJsonValue &value) -> QJsonObject {
            QJsonObject document = real;
            QJsonArray lines = document.value(u"line_items"_s).toArray();
            QJsonObject line = lines.at(index).toObject();
            if (value.isUndefined())
                line.remove(key);
            else
                line.insert(key, value);
            lines.replace(index, line);
            document.insert(u"line_items"_s, lines);
            return document;
        };

        // A malformed presentment amount of the second line.
        QJsonObject priceSet =
            real.value(u"line_items"_s).toArray().at(1).toObject().value(u"price_set"_s).toObject();
        QJsonObject presentment = priceSet.value(u"presentment_money"_s).toObject();
        presentment.insert(u"amount"_s, u"1x9"_s);
        priceSet.insert(u"presentment_money"_s, presentment);
        QString error = errorOf(withLine(1, u"price_set"_s, priceSet));
        QVERIFY2(error.startsWith(u"line_items[1].price_set.presentment_money.amount: \"1x9\""_s),
                 qPrintable(error));

        // Without the _set twin the plain field is read, and named.
        QJsonObject document = withLine(2, u"price_set"_s, QJsonValue::Undefined);
        QJsonArray lines = document.value(u"line_items"_s).toArray();
        QJsonObject line = lines.at(2).toObject();
        line.insert(u"price"_s, u"abc"_s);
        lines.replace(2, line);
        document.insert(u"line_items"_s, lines);
        error = errorOf(document);
        QVERIFY2(error.startsWith(u"line_items[2].price: \"abc\" is not a decimal number"_s),
                 qPrintable(error));

        error = errorOf(withLine(0, u"quantity"_s, u"one"_s));
        QVERIFY2(error.startsWith(u"line_items[0].quantity: \"one\""_s), qPrintable(error));

        document = real;
        document.insert(u"currency"_s, u"US Dollar"_s);
        error = errorOf(document);
        QVERIFY2(error.startsWith(u"currency: \"US Dollar\""_s), qPrintable(error));

        document = real;
        document.insert(u"id"_s, 4507894.5);
        error = errorOf(document);
        QVERIFY2(error.startsWith(u"id:"_s), qPrintable(error));

        document = real;
        document.remove(u"total_price_set"_s);
        document.insert(u"total_price"_s, u"598.945"_s);
        error = errorOf(document);
        QVERIFY2(error.startsWith(u"total_price: 598.945 has more decimals than USD allows"_s),
                 qPrintable(error));

        document = real;
        document.insert(u"created_at"_s, u"yesterday"_s);
        error = errorOf(document);
        QVERIFY2(error.startsWith(u"created_at: \"yesterday\""_s), qPrintable(error));

        document = real;
        document.insert(u"line_items"_s, u"none"_s);
        error = errorOf(document);
        QVERIFY2(error.startsWith(u"line_items: \"none\" is not an array"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestShopifyCanonical)
#include "tst_shopifycanonical.moc"
