#pragma once

#include "connectors/connector.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

/// Tryton 6.0 rows → LedgerLink documents and canonical records. No network: usable on stored
/// documents and in unit tests. The documents are plain JSON (Decimal values as exact text,
/// dates "YYYY-MM-DD", times ISO 8601 UTC) shaped as resources/catalogs/tryton.catalog.json
/// describes them, so mappings address them without knowing Tryton's wire format.
namespace LedgerLink::Connectors::Tryton {

/// How a catalog object is read from Tryton.
struct ObjectInfo
{
    QString object; ///< catalog object: "product", "sale", ...
    QString model; ///< Tryton model: "product.product"
    QJsonArray domain; ///< what every search adds: [["type","=","out"], ...]
    QStringList fields; ///< the fields read (dotted paths for related records)
    /// Where a record's change times live: "" for its own write_date/create_date, "template."
    /// for its template's. A record counts as changed when any of them is.
    QStringList timeSources;
};

/// The catalog objects: product, stock, party, sale, invoice, credit_note, payment.
QStringList objectNames();
/// nullopt for an unknown object ("stock" has a model, product.product read per warehouse).
std::optional<ObjectInfo> objectInfo(const QString &object);

/// The effective change time of a row for one time source: write_date, or create_date when the
/// record was never written (Tryton leaves write_date NULL until the first edit). Null when neither.
QJsonValue changeTime(const QJsonObject &row, const QString &source);
/// The latest of the row's change times over `sources`, as UTC (millisecond precision).
QDateTime updatedAt(const QJsonObject &row, const QStringList &sources);

/**
 * The document of one Tryton row (as search_read answers, with its "x." keys for dotted fields)
 * of `object` (not "stock": see stockDocument()). `currency` is the company's currency code, the
 * currency of product prices and payment amounts.
 */
QJsonObject documentOf(const QString &object, const QJsonObject &row, const QString &currency);
/// The stock document of a product row (read with "locations" = [warehouse]) at a warehouse
/// row (stock.location: id, code, name); id "<product id>:<warehouse id>".
QJsonObject stockDocument(const QJsonObject &productRow, const QJsonObject &warehouse,
                          const QDateTime &updatedAt);

/**
 * The VendorRecord of a document: id as text, updatedAt from "updated_at", matchKey: product and
 * stock "code", party "email", sale "reference", invoice "reference" (the store's order number,
 * set by the sale workflow) or else "number", credit_note "reference" (the refund's reference),
 * payment "description".
 */
VendorRecord vendorRecord(const QString &object, const QJsonObject &document);

/**
 * Canonical JSON of a document: product → Model::Product (one variant), stock →
 * Model::InventoryLevel, party → Model::Customer, sale → Model::Order, invoice → Model::Invoice,
 * credit_note → Model::CreditNote (amounts and quantities positive), payment → Model::Payment.
 * Amounts are exact; errors name the document path (`lines[0].unit_price: ...`).
 */
std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error = nullptr);

} // namespace LedgerLink::Connectors::Tryton
