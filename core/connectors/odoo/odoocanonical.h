#pragma once

#include "connectors/connector.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

/// Odoo records (search_read rows) → LedgerLink records. No network: usable on stored documents
/// and in unit tests.
namespace LedgerLink::Connectors::Odoo {

/// How a catalog object is kept in Odoo.
struct ObjectInfo
{
    QString object; ///< catalog object: "invoice"
    QString model; ///< Odoo model: "account.move"
    QJsonArray domain; ///< the clauses every search adds ([["move_type","=","out_invoice"]])
    QString matchField; ///< the stable key's field ("ref"); "" for stock (see OdooConnector)
    QStringList fields; ///< the fields read on every version
};

/// product, stock, partner, sale_order, invoice, credit_note, payment; nullopt for anything else.
std::optional<ObjectInfo> objectInfo(const QString &object);
/// The objects objectInfo() knows, in the order a sync writes them.
QStringList objects();

/**
 * The VendorRecord of a search_read row: id from "id", matchKey from the object's match field
 * (stock: the attached product_default_code, with "@<location>" unless the location is the
 * object's first), updatedAt from write_date. nullopt with *error when the id is missing.
 */
std::optional<VendorRecord> vendorRecord(const QString &object, const QJsonObject &document,
                                         QString *error = nullptr);

/**
 * Canonical JSON of an Odoo record: product → Model::Product with one variant (price list_price in
 * the currency_id's code), stock → Model::InventoryLevel (available_quantity; the location
 * "internal" for a product's sum over all internal locations), partner → Model::Customer,
 * invoice → Model::Invoice and credit_note → Model::CreditNote (lines from the attached "lines":
 * product lines only, section and note lines left out; a line's price_unit rounded half-up to the
 * currency, as Odoo's "Product Price" accuracy may have more decimals), payment → Model::Payment.
 * Monetary values are Odoo's JSON numbers read through their shortest text; more decimals than the
 * currency has is an error. sale_order has no canonical form (a store order is
 * the store's). Errors name the Odoo field.
 */
std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error = nullptr);

} // namespace LedgerLink::Connectors::Odoo
