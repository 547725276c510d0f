#pragma once

#include "connectors/connector.h"
#include "model/currency.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

/// QuickBooks Online Accounting API (v3) documents → LedgerLink records. No network: usable on
/// stored documents and in unit tests.
namespace LedgerLink::Connectors::QuickBooks {

/// How a QuickBooks entity is addressed: "Invoice" → resource "invoice" (POST/GET
/// /v3/company/<realm>/invoice), the query language's entity "Invoice", its stable key.
struct ObjectInfo
{
    QString object; ///< catalog object and the JSON key of the entity: "Invoice"
    QString resource; ///< the path segment: "invoice"
    /// The document path of the stable key (DocNumber, PrimaryEmailAddr.Address, Sku, PaymentRefNum).
    QString matchPath;
    /// The same field as the query language filters it ("PrimaryEmailAddr" for the e-mail address).
    QString matchQueryField;
};

/// Invoice, CreditMemo, RefundReceipt, Customer, Item, Payment; nullopt for anything else.
std::optional<ObjectInfo> objectInfo(const QString &object);
/// The entities objectInfo() knows, in the order a sync writes them.
QStringList objects();

/// The value at a dotted path of `document` ("PrimaryEmailAddr.Address").
QJsonValue valueAt(const QJsonObject &document, const QString &path);

/**
 * The VendorRecord of a QuickBooks entity: id from "Id", matchKey from the object's match path,
 * updatedAt from MetaData.LastUpdatedTime. nullopt with *error when the Id is missing or a time is
 * not RFC 3339.
 */
std::optional<VendorRecord> vendorRecord(const QString &object, const QJsonObject &document,
                                         QString *error = nullptr);

/**
 * Canonical JSON of a QuickBooks entity: Invoice → Model::Invoice, CreditMemo and RefundReceipt →
 * Model::CreditNote (a refund receipt is money paid back: its status "refunded"), Customer →
 * Model::Customer, Item → Model::Product with one variant, Payment → Model::Payment (applied to
 * the first invoice its lines link). Lines are the SalesItemLineDetail lines (the SubTotal line
 * QuickBooks adds is not a line); a DiscountLineDetail line becomes a negative line. Amounts are
 * exact (JSON numbers through their shortest text); an amount with more decimals than its
 * currency allows is an error. A document without CurrencyRef is in `homeCurrency` (the
 * company's, from Preferences). Errors name the QuickBooks field path (`Line[0].Amount: ...`).
 */
std::optional<QJsonObject> toCanonical(const VendorRecord &record, const Model::Currency &homeCurrency,
                                       QString *error = nullptr);

} // namespace LedgerLink::Connectors::QuickBooks
