#pragma once

#include "connectors/connector.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

/// SAP Business One Service Layer entities → LedgerLink records. No network: usable on stored
/// documents and in unit tests.
namespace LedgerLink::Connectors::SapB1 {

/// How a catalog object (the Service Layer's entity set name) is addressed and found.
struct ObjectInfo
{
    QString object; ///< catalog object = entity set: "Invoices"
    QString keyField; ///< the entity's key: DocEntry (documents, payments), CardCode, ItemCode
    bool stringKey = false; ///< the key is a string ('C001') rather than a number (DocEntry)
    /// The property a record is found by before a create: NumAtCard (the store's order number on
    /// documents), EmailAddress (business partners), ItemCode (items), Reference2 (payments).
    QString matchField;
    bool document = false; ///< a marketing document with DocumentLines
};

/// Items, BusinessPartners, Orders, Invoices, CreditNotes, IncomingPayments; nullopt otherwise.
std::optional<ObjectInfo> objectInfo(const QString &object);
/// The objects objectInfo() knows, in the order a sync writes them.
QStringList objects();

/// "Invoices(12)", "Items('A''1')": the entity's address under the service root.
QString entityPath(const ObjectInfo &info, const QString &key);

/**
 * The time a record was last changed: UpdateDate ("2022-04-29", or "2022-04-29T00:00:00Z" as
 * Service Layer v2 sends it) plus UpdateTime ("19:32:42"; absent on some objects: midnight), as
 * UTC. The Service Layer sends the company server's local time without an offset: it is taken as
 * UTC (docs/connectors/sapb1.md). Invalid when UpdateDate is absent.
 */
QDateTime updatedAt(const QJsonObject &document, QString *error = nullptr);

/**
 * The VendorRecord of an entity: id from the object's key (required), matchKey from its match
 * field, updatedAt from UpdateDate/UpdateTime. nullopt with *error when the key is missing.
 */
std::optional<VendorRecord> vendorRecord(const QString &object, const QJsonObject &document,
                                         QString *error = nullptr);

/**
 * The error text of a Service Layer error body: {"error":{"code":-2028,"message":{"lang":"en-us",
 * "value":"No matching records found (ODBC -2028)"}}} (b1s/v1, OData v3) or {"error":{"code":
 * "-2028","message":"…"}} (b1s/v2, OData v4) as "message (code)"; "" when the body is no such
 * error.
 */
QString errorText(const QByteArray &body);
/// The error's code as text ("-2028", "301"); "" when the body is no Service Layer error.
QString errorCode(const QByteArray &body);

/**
 * Stock per warehouse of an Items entity (ItemWarehouseInfoCollection): one InventoryLevel JSON
 * per warehouse, sku = ItemCode, locationId = WarehouseCode, available = InStock − Committed
 * (what is on hand and not promised to open sales orders), exact.
 */
QJsonArray inventoryLevels(const QJsonObject &item, QString *error = nullptr);

/**
 * Canonical JSON of an entity: Invoices → Model::Invoice, CreditNotes → Model::CreditNote, Orders
 * → Model::Order, BusinessPartners → Model::Customer, Items → Model::Product with one variant
 * (ItemCode as SKU, the first price list's price when it names its currency), IncomingPayments →
 * Model::Payment. A document's currency is DocCurrency, which must be an ISO 4217 code (Service
 * Layer companies may define their own codes such as "$": such a document is refused, naming the
 * code); its totals are DocTotalFc/VatSumFc when DocTotalFc is not zero (a foreign-currency
 * document), else DocTotal/VatSum. Amounts are exact; a line's unit price with more decimals than
 * the currency allows is rounded half-up (Service Layer keeps prices with up to six decimals).
 * Errors name the field path (`DocumentLines[0].LineTotal: ...`).
 */
std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error = nullptr);

} // namespace LedgerLink::Connectors::SapB1
