#pragma once

#include "connectors/connector.h"
#include "model/currency.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

/// WooCommerce REST API v3 (`/wp-json/wc/v3`) documents → LedgerLink records. No network: usable
/// on stored documents (webhook bodies are the same documents, dead letters) and in unit tests.
namespace LedgerLink::Connectors::WooCommerce {

/**
 * The VendorRecord of a WooCommerce document of catalog object `object` ("order", "customer",
 * "product", "refund"):
 * - id: the document's `id` as text (never through a double); a refund's is "<order_id>/<id>"
 *   (its `order_id`, which LedgerLink adds: see refundToCanonical());
 * - matchKey: order → its `number` ("727"); customer → email (lower case); product → its SKU;
 *   refund → its own id;
 * - updatedAt: `date_modified_gmt` as UTC (WooCommerce's `date_modified` is the shop's local
 *   time without an offset; the `_gmt` twin is UTC, also without one); a refund, which never
 *   changes, its `date_created_gmt`.
 * nullopt with *error when the id is missing or not an exact integer/string.
 */
std::optional<VendorRecord> vendorRecord(const QString &object, const QJsonObject &document,
                                         QString *error = nullptr);

/**
 * A WooCommerce order as a canonical Model::Order JSON, exact to the cent:
 * - a line's unit price is its `subtotal` (before coupons) ÷ quantity, which must come out exact
 *   in the order's currency (WooCommerce's own `price` is a float and is not used); its discount
 *   `subtotal − total`; its total `total` (before tax); its tax lines from `taxes[]`, titled by the
 *   order's `tax_lines[]` of the same `rate_id`;
 * - HTML entities in names are decoded ("Ship Your Idea &ndash; Color" → "Ship Your Idea – Color");
 * - the subtotal is the sum of the lines' subtotals (WooCommerce stores none); discount, shipping,
 *   tax and total as the order reports them; `prices_include_tax` → taxes_included;
 * - coupons become discount lines, shipping lines keep their method id as code;
 * - status → financial status: pending/on-hold → pending, processing/completed → paid,
 *   refunded → refunded, cancelled/failed → voided (with `date_paid` set, pending stays pending);
 * - a guest order (customer_id 0) has its customer from the billing address.
 * Errors name the WooCommerce field path (`line_items[1].total: "abc" is not a decimal number`).
 */
std::optional<QJsonObject> orderToCanonical(const QJsonObject &order, QString *error = nullptr);
/// A WooCommerce customer as a canonical Model::Customer JSON (billing and shipping addresses).
std::optional<QJsonObject> customerToCanonical(const QJsonObject &customer, QString *error = nullptr);

/**
 * A WooCommerce product as a canonical Model::Product JSON. Product documents carry no currency:
 * prices are in `storeCurrency` (the store's, GET data/currencies/current), so a priced product
 * needs a valid one. A simple (external, grouped) product is its own single variant; a variable
 * product's variants are its variation documents, which WooCommerce serves apart
 * (GET products/{id}/variations) and LedgerLink places under `_embedded.variations` the way
 * WordPress's `?_embed` places linked resources (none there: no variants). A variant's price is
 * the current `price` (the sale price while on sale, else `regular_price`), its compare-at price
 * `regular_price` while `on_sale`; an empty price is none; prices are exact, never rounded.
 */
std::optional<QJsonObject> productToCanonical(const QJsonObject &product,
                                              const Model::Currency &storeCurrency, QString *error = nullptr);

/**
 * A WooCommerce refund (GET orders/{id}/refunds) as a canonical Model::Refund JSON. WooCommerce's
 * refund documents carry neither their order nor a currency: LedgerLink adds the parent order's
 * `order_id` and `currency` to the document it read (both required here). WooCommerce writes
 * refunded quantities and amounts as negatives ("-9.00"); the canonical record has them positive.
 * A line's order line is its `_refunded_item_id` meta value; `amount` is the total; whatever the
 * lines (with tax) and refunded shipping do not explain is the adjustment.
 */
std::optional<QJsonObject> refundToCanonical(const QJsonObject &refund, QString *error = nullptr);

/// Dispatches on record.object (products priced in `storeCurrency`); an unknown object is an error.
std::optional<QJsonObject> toCanonical(const VendorRecord &record, const Model::Currency &storeCurrency,
                                       QString *error = nullptr);
/// toCanonical() without a store currency (orders, customers and refunds carry their own).
std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error = nullptr);

/// Decodes the HTML entities WordPress puts in names: numeric (&#8211; &#x2013;) and the named
/// ones WooCommerce emits (&amp; &lt; &gt; &quot; &#039; &apos; &nbsp; &ndash; &mdash; &hellip;
/// &lsquo; &rsquo; &ldquo; &rdquo; &times; &euro; &pound; &copy; &reg; &trade;, and &laquo; &raquo;
/// &lsaquo; &rsaquo; &bull; of WordPress's page titles). Unknown names stay.
QString decodeHtmlEntities(const QString &text);

} // namespace LedgerLink::Connectors::WooCommerce
