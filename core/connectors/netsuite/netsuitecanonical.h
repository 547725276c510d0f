#pragma once

#include "connectors/connector.h"
#include "model/currency.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

/// NetSuite REST web services records (record/v1) → LedgerLink records. No network: usable on
/// stored documents and in unit tests. Field names are the REST API Browser's
/// (https://system.netsuite.com/help/helpcenter/en_US/APIs/REST_API_Browser/record/v1/2024.2/index.html).
namespace LedgerLink::Connectors::NetSuite {

/// The record types the connector reads and writes, in the order a sync writes them: customer,
/// inventoryItem, salesOrder, invoice, customerPayment, creditMemo.
QStringList objects();
bool isObject(const QString &object);
/// Transactions, whose sublists (item, apply) are read with `expandSubResources=true`.
bool isTransaction(const QString &object);
/// The records read with `expandSubResources=true`: the transactions, and inventoryItem for its
/// `locations` sublist (the stock per location).
bool expandsSubResources(const QString &object);

/**
 * The id at the end of a record URL of `object` (".../record/v1/customer/647" → "647"), as
 * NetSuite's `Location` header names a created record; "" when the URL is not one of `object`
 * or its last segment is not a number.
 */
QString idFromLocation(const QString &location, const QString &object);
/// The id of a record document: its "id", else the number its `links` rel "self" ends with.
QString recordId(const QJsonObject &document);

/**
 * The VendorRecord of a record document: id as recordId() (required), matchKey from externalId,
 * updatedAt from lastModifiedDate (RFC 3339). nullopt with *error when the id is missing or the
 * time is not RFC 3339.
 */
std::optional<VendorRecord> vendorRecord(const QString &object, const QJsonObject &document,
                                         QString *error = nullptr);

/**
 * NetSuite's error text of an error body {"type","title","status","o:errorDetails":[{"detail",
 * "o:errorCode","o:errorPath"?}]}: "title: detail (o:errorCode) [at o:errorPath]", one per detail
 * joined by "; "; "" when the body is not that shape.
 */
QString errorText(const QByteArray &body);
/// The first o:errorCode of an error body ("" if none).
QString errorCode(const QByteArray &body);

/// The currencies of the account by currency record id ("1" → USD): a document's `currency`
/// reference names its currency by the record's name (refName "USA" in Oracle's example), which
/// need not be an ISO code.
using CurrencyTable = QHash<QString, Model::Currency>;

/**
 * Canonical JSON of a record: invoice → Model::Invoice, creditMemo → Model::CreditNote,
 * salesOrder → Model::Order, customer → Model::Customer, inventoryItem → Model::Product with one
 * variant (itemId as SKU), customerPayment → Model::Payment. Lines come from the expanded `item`
 * sublist (item.items[]: item.refName as SKU, description, quantity, rate, amount). The currency
 * is `currency.refName` when that is an ISO 4217 code, else `currencies[currency.id]`, else
 * `defaultCurrency`; otherwise an error naming the path. Amounts are exact (JSON numbers through
 * their shortest text); more decimals than the currency allows is an error, never a rounding —
 * except a line's rate (a unit price NetSuite keeps finer), rounded half-up to the currency.
 * Errors name the field path (`item.items[0].rate: ...`).
 */
std::optional<QJsonObject> toCanonical(const VendorRecord &record, const CurrencyTable &currencies,
                                       const Model::Currency &defaultCurrency, QString *error = nullptr);

/**
 * The stock per location of an inventoryItem document read with `expandSubResources=true`: one
 * Model::InventoryLevel JSON per line of its `locations` sublist (locations.items[], the REST API
 * Browser's inventoryItem-locationsElement): sku = itemId, variant_id = inventory_item_id = the
 * item's internal id, location_id = location.id (else locationId), available = quantityAvailable
 * when the line has it, else quantityOnHand − quantityCommitted (absent quantities count 0),
 * exact; updated_at = the item's lastModifiedDate; raw = the line. [] with *error naming the path
 * when a line is not of that shape or names no location.
 */
QJsonArray inventoryLevels(const QJsonObject &item, QString *error = nullptr);

} // namespace LedgerLink::Connectors::NetSuite
