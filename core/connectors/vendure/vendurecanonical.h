#pragma once

#include "connectors/connector.h"
#include "model/currency.h"
#include "model/money.h"

#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QString>

#include <optional>

/// Vendure 3 Admin API documents → LedgerLink records. No network: usable on stored documents
/// (dead letters, captured samples) and in unit tests.
///
/// Vendure keeps money as integers of the currency's minor units (1990 is 19.90 USD, 1990 JPY is
/// 1990 JPY): every amount is converted exactly with the currency's digits, in both directions.
namespace LedgerLink::Connectors::Vendure {

/**
 * The VendorRecord of a Vendure document of catalog object `object`:
 * - product: id; matchKey the SKU of its first variant; updatedAt the product's own `updatedAt`
 *   (Vendure does not touch it when a variant's price or stock changes: those are "variant"
 *   changes);
 * - variant: id; matchKey its `sku`; updatedAt its `updatedAt`;
 * - customer: id; matchKey `emailAddress`; updatedAt `updatedAt`;
 * - order: id; matchKey its `code`; updatedAt the later of `updatedAt` and `orderPlacedAt`
 *   (Vendure 3.7 writes a stale `updatedAt` back when it places an order, so a placed order's
 *   `updatedAt` can lie before its `orderPlacedAt`);
 * - refund: the refund document with the connector's `order` object ({id, code, currencyCode});
 *   id "<order id>/<refund id>" (Vendure reaches refunds only through their order); matchKey
 *   the refund's id; updatedAt its `updatedAt`.
 * updatedAt is cut to the whole second: Vendure keeps some times to the second (SQLite's
 * CURRENT_TIMESTAMP) and others to the millisecond, so a cursor with milliseconds would pass over
 * a later change that was stored as its whole second.
 * nullopt with *error when the id is missing or a timestamp is not ISO 8601.
 */
std::optional<VendorRecord> vendorRecord(const QString &object, const QJsonObject &document,
                                         QString *error = nullptr);

/// The Admin API selections of the documents LedgerLink reads (and these functions convert):
/// a variant, a product with its variants, a variant with its product (the "variant" object), a
/// customer with its addresses, an order with its lines, shipping, taxes, payments and refunds,
/// a refund, and an order with just its payments' refunds.
QString variantFields();
QString productFields();
QString variantObjectFields();
QString customerFields();
QString orderFields();
QString refundFields();
QString orderRefundFields();
/**
 * A refund as the connector hands it on: Vendure's refund with "order" {id, code, currencyCode}
 * of the order it belongs to, and each of its lines with the "sku" of the order line it refunds
 * (`order` read with orderRefundFields()).
 */
QJsonObject refundOfOrder(QJsonObject refund, const QJsonObject &order);

/// An amount Vendure sends (an integer of minor units) as Money in `currency`; nullopt for
/// anything but an integer, or an invalid currency.
std::optional<Model::Money> moneyOfMinorUnits(const QJsonValue &value, const Model::Currency &currency);

/**
 * The minor units Vendure wants for an amount in major units (a JSON string or number):
 * "19.90" USD → 1990, 1000 JPY → 1000, "1.250" KWD → 1250. An amount with more decimals than
 * the currency has ("19.999" USD) is refused with *error, never rounded.
 */
std::optional<qint64> minorUnitsOf(const QJsonValue &amount, const Model::Currency &currency,
                                   QString *error = nullptr);

/**
 * A Vendure order as a canonical Model::Order JSON. Amounts are net of tax, as Vendure's own
 * `unitPrice`/`subTotal`/`total` are (taxes_included false): a line's unit price is `unitPrice`,
 * its total `proratedLinePrice` (after its own and its share of order-level discounts), its
 * discount `linePrice − proratedLinePrice`, its tax `proratedLinePriceWithTax −
 * proratedLinePrice` (one tax line; several Vendure tax lines become one whose rate is their sum,
 * since Vendure reports one tax amount per line). Shipping lines are net of discounts and tax;
 * the order's tax lines are Vendure's `taxSummary`; subtotal `subTotal`, shipping `shipping`,
 * tax `totalWithTax − total`, total `totalWithTax`. Surcharges become lines of quantity 1. The
 * financial status comes from the state and the refunds that did not fail. Errors name the
 * Vendure field path (`lines[1].unitPrice: 19.9 is not a whole number of minor units`).
 */
std::optional<QJsonObject> orderToCanonical(const QJsonObject &order, QString *error = nullptr);
/// A Vendure customer as a canonical Model::Customer JSON (the default billing, else shipping,
/// address is the default address).
std::optional<QJsonObject> customerToCanonical(const QJsonObject &customer, QString *error = nullptr);
/// A Vendure product with its variants as a canonical Model::Product JSON (status "active" when
/// enabled, else "draft"; each variant priced in its own `currencyCode`).
std::optional<QJsonObject> productToCanonical(const QJsonObject &product, QString *error = nullptr);
/// A Vendure product variant as a canonical Model::Variant JSON.
std::optional<QJsonObject> variantToCanonical(const QJsonObject &variant, QString *error = nullptr);
/// A refund document (see vendorRecord()) as a canonical Model::Refund JSON, in its order's currency.
std::optional<QJsonObject> refundToCanonical(const QJsonObject &refund, QString *error = nullptr);

/// Dispatches on record.object; an unknown object is an error.
std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error = nullptr);

} // namespace LedgerLink::Connectors::Vendure
