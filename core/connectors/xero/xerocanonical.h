#pragma once

#include "connectors/connector.h"
#include "model/currency.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

/// Xero Accounting API 2.0 documents → LedgerLink records. No network: usable on stored
/// documents and in unit tests.
namespace LedgerLink::Connectors::Xero {

/// How a Xero object is addressed: "Invoice" → collection "Invoices", id field "InvoiceID",
/// match field "Reference".
struct ObjectInfo
{
    QString object; ///< catalog object: "Invoice"
    QString collection; ///< path and JSON key: "Invoices"
    QString idField; ///< "InvoiceID"
    QString matchField; ///< the stable key: Reference, EmailAddress, Code
    bool paged = true; ///< accepts ?page=N (Items does not)
};

/// Contact, Item, Invoice, CreditNote, Payment, BankTransaction; nullopt for anything else.
std::optional<ObjectInfo> objectInfo(const QString &object);

/// Xero's JSON dates: "/Date(1573755038314+0000)/" (milliseconds since the epoch, UTC; the offset
/// is informational) or ISO 8601 text without offset ("2019-11-14T00:00:00", taken as UTC).
/// Invalid for anything else.
QDateTime parseXeroDate(const QString &text);

/**
 * The VendorRecord of a Xero document: id from the object's id field (InvoiceID, ...), matchKey
 * from its match field (Invoice/CreditNote/Payment/BankTransaction: Reference; Contact: EmailAddress;
 * Item: Code),
 * updatedAt from UpdatedDateUTC. nullopt with *error when the id is missing.
 */
std::optional<VendorRecord> vendorRecord(const QString &object, const QJsonObject &document,
                                         QString *error = nullptr);

/**
 * Canonical JSON of a Xero document (Invoice → Model::Invoice, CreditNote → Model::CreditNote,
 * Contact → Model::Customer, Item → Model::Product with one variant per item, Payment →
 * Model::Payment; BankTransaction → {"id", "reference", "type", "status" (Xero's words: RECEIVE,
 * AUTHORISED, ...), "currency", "date" (YYYY-MM-DD), "sub_total", "total_tax", "total" (decimal
 * text), "bank_account" (its Code), "contact" (its Name), "lines": [{"description",
 * "account_code", "quantity", "unit_amount", "amount"}]}). Amounts are exact (JSON numbers go
 * through their shortest text, never rounded); an amount with more decimals than its currency
 * allows is an error. `homeCurrency` (the organisation's base currency) prices Items and Payments
 * whose invoice has no currency.
 * Errors name the Xero field path (`LineItems[0].UnitAmount: "x" is not a decimal number`).
 */
std::optional<QJsonObject> toCanonical(const VendorRecord &record, const Model::Currency &homeCurrency,
                                       QString *error = nullptr);

} // namespace LedgerLink::Connectors::Xero
