#pragma once

#include "connectors/connector.h"
#include "model/currency.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

/// Shopify Admin REST 2024-04 documents → LedgerLink records. No network: usable on stored
/// documents (webhook bodies, dead letters) and in unit tests.
namespace LedgerLink::Connectors::Shopify {

/**
 * The VendorRecord of a Shopify document of catalog object `object`:
 * - id: the document's `id` as text ("450789469"; never through a double). Refunds and
 *   transactions have ids only within their order, so theirs is "<order_id>/<id>";
 *   inventory levels have none, so theirs is "<inventory_item_id>:<location_id>";
 * - matchKey: order → its number without '#' ("1001", from `name`); customer → email;
 *   product → the first variant's SKU; inventory_level → inventory_item_id; refund,
 *   transaction and payout → their own id;
 * - updatedAt: `updated_at` as UTC (refunds and transactions: `processed_at`/`created_at`;
 *   payouts: their `date` at UTC midnight).
 * nullopt with *error when the id is missing or not an exact integer/string.
 */
std::optional<VendorRecord> vendorRecord(const QString &object, const QJsonObject &document,
                                         QString *error = nullptr);

/**
 * A Shopify order as a canonical Model::Order JSON. The order's currency is the presentment
 * currency (what the customer paid), `base_currency` the shop currency (`currency`), and the
 * exchange rate shop money / presentment money of `total_price_set` (1 when they are the same).
 * Amounts come from the `*_set.presentment_money` objects where present, else from the plain
 * fields; no amount is rounded. A line's discount is the sum of its `discount_allocations`
 * (else `total_discount`), its total price × quantity − discount. Errors name the Shopify field
 * path (`line_items[1].price: "abc" is not a decimal number`).
 */
std::optional<QJsonObject> orderToCanonical(const QJsonObject &order, QString *error = nullptr);
/**
 * The same order as the shop states it in its own currency (`currency`): every amount from the
 * `*_set.shop_money` objects where present (their currency_code must be the shop currency), else
 * from the plain fields, which Shopify gives in shop money; `currency` and `base_currency` the
 * shop currency, `exchange_rate` 1. These are Shopify's own conversions, amount by amount: none is
 * converted or rounded here. What a mapping that writes the plain fields writes.
 */
std::optional<QJsonObject> orderToCanonicalInShopCurrency(const QJsonObject &order, QString *error = nullptr);
/**
 * A marketplace order (`record`, an "order") as one order document per vendor of its lines, in
 * the order the vendors first appear (MappingDocument "split": "vendor"; docs/money.md,
 * "Marketplace split"). Each part is the order's document with:
 * - `id` "<order id>/<vendor>", `name` "<name>/<vendor>" (match key "1007/Acme Ceramics");
 * - the vendor's `line_items`, whole, and its fulfilments and refunded lines; no transactions
 *   (payments belong to the customer's order);
 * - every shipping line with its share of the price, discounted price, discount allocations and
 *   each tax line, in each currency (the plain field, shop_money, presentment_money): shared by
 *   MoneyRules::splitByVendor's rule, in proportion to each vendor's net item amount, largest
 *   remainder;
 * - the totals (total_line_items_price, subtotal_price, total_discounts, total_shipping_price,
 *   total_tax, total_price, their current_* and the order's tax_lines) of its own lines, plus its
 *   share of whatever the order's total holds beyond its lines;
 * - `ledgerlink_split`: {"order_id", "order_name", "vendor", "part", "parts",
 *   "order_total_price_set"} (orderToCanonical() takes the exchange rate from the last).
 * The parts add up exactly to the order, field by field. Errors (with *error): a line without a
 * vendor, a discount no line carries, an amount that is not one, a document that is already a part.
 */
std::optional<QList<VendorRecord>> splitOrderByVendor(const VendorRecord &record, QString *error = nullptr);

/**
 * Refund `refund` (a "refund" record: id "<order id>/<refund id>") of order `order` as one refund
 * per vendor it credits, as Connector::splitRefundByVendor() says: refund_line_items whole, to the
 * vendor of their order line; each shipping_refund order adjustment (amount, tax_amount and their
 * _set columns) shared by the weights splitOrderByVendor() uses (the vendors' net item amounts);
 * any other order adjustment shared by the parts' refunded line amounts (the order's weights when
 * the refund has no lines); each refund transaction's amount shared by the parts' credited
 * amounts; all by largest remainder. A part's id is "<order id>/<refund id>/<vendor>", its match
 * key "<refund id>/<vendor>", its order_id "<order id>/<vendor>"; `ledgerlink_split` says
 * order_id, order_name, refund_id, vendor, part, parts.
 */
std::optional<QList<VendorRecord>> splitRefundByVendor(const VendorRecord &refund, const VendorRecord &order,
                                                       QString *error = nullptr);

/**
 * Transaction `payment` (a "transaction" record: id "<order id>/<transaction id>") of order
 * `order` as one payment per vendor part, as Connector::splitPaymentByVendor() says: its `amount`
 * shared by the parts' totals (splitOrderByVendor()) in its `currency` (`total_price`, or the
 * side of `total_price_set` in that currency), largest remainder. A part's id is
 * "<order id>/<transaction id>/<vendor>", its match key "<transaction id>/<vendor>", its order_id
 * "<order id>/<vendor>", its `authorization` (a payment's reference) "<authorization>/<vendor>";
 * `ledgerlink_split` says order_id, order_name, transaction_id, vendor, part, parts.
 */
std::optional<QList<VendorRecord>> splitPaymentByVendor(const VendorRecord &payment,
                                                        const VendorRecord &order, QString *error = nullptr);
/// A Shopify customer as a canonical Model::Customer JSON.
std::optional<QJsonObject> customerToCanonical(const QJsonObject &customer, QString *error = nullptr);
/// A Shopify product as a canonical Model::Product JSON; prices are in `shopCurrency` (Shopify
/// product documents carry no currency), so a priced variant needs a valid one.
std::optional<QJsonObject> productToCanonical(const QJsonObject &product, const Model::Currency &shopCurrency,
                                              QString *error = nullptr);
/// A Shopify refund as a canonical Model::Refund JSON (currency from its transactions or line sets).
std::optional<QJsonObject> refundToCanonical(const QJsonObject &refund, QString *error = nullptr);
/// A Shopify transaction as a canonical Model::Payment JSON.
std::optional<QJsonObject> transactionToCanonical(const QJsonObject &transaction, QString *error = nullptr);
/**
 * A Shopify Payments payout (`shopify_payments/payouts/{id}.json`) with its balance
 * transactions (`balance/transactions.json?payout_id=`, which ShopifyConnector puts in
 * `balance_transactions`) as a canonical Model::Payout JSON: the deposit `amount`, the `date` it
 * was paid (UTC midnight), and each movement but the payout's own ("type": "payout") with its
 * amount, fee and net in the payout's currency (`source_order_id` → order_id,
 * `source_order_transaction_id` → payment_id). Errors: a payout read without its transactions,
 * a movement in another currency, a net that is not its amount less its fee.
 */
std::optional<QJsonObject> payoutToCanonical(const QJsonObject &payout, QString *error = nullptr);
/// A Shopify inventory level as a canonical Model::InventoryLevel JSON.
std::optional<QJsonObject> inventoryLevelToCanonical(const QJsonObject &level, QString *error = nullptr);

/// Dispatches on record.object; an unknown object is an error.
std::optional<QJsonObject> toCanonical(const VendorRecord &record, const Model::Currency &shopCurrency,
                                       QString *error = nullptr);

} // namespace LedgerLink::Connectors::Shopify
