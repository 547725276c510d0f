#pragma once

#include "connectors/connector.h"
#include "model/currency.h"

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

/// Zoho Books API v3 documents → LedgerLink records. No network: usable on stored documents and in
/// unit tests. Field names are those of Zoho's API reference (https://www.zoho.com/books/api/v3/).
namespace LedgerLink::Connectors::Zoho {

/// What the connector needs to know of one Zoho Books module.
struct ObjectInfo
{
    QString object; ///< the catalog object, as the module's path: "invoices"
    QString entity; ///< the key of one record in an answer: "invoice"
    QString idField; ///< "invoice_id"
    /// The list filter that finds a record by its match key ("reference_number", "email"); empty
    /// when Zoho documents none (items: the SKU is compared page by page).
    QString matchFilter;
    /// Zoho documents a `last_modified_time` list filter for the module (records modified after it).
    bool modifiedFilter = false;
    /// The documented `sort_column` that gives a stable order for paging ("" when none is needed).
    QString sortColumn;
};

/// The modules the connector reads and writes, in the order a sync writes them: items, contacts,
/// salesorders, invoices, customerpayments, creditnotes.
QStringList objects();
std::optional<ObjectInfo> objectInfo(const QString &object);

/// A Zoho time ("2013-11-18T02:17:40-0800": ISO 8601 with an offset without a colon) as UTC;
/// invalid when it is not one.
QDateTime parseTime(const QString &text);
/// The form Zoho's `last_modified_time` filter takes: "2018-11-18T10:02:51+0000" (UTC).
QString filterTime(const QDateTime &time);

/**
 * The match key of a record or payload of `object`: reference_number (invoices, salesorders,
 * creditnotes, customerpayments), sku (items), the e-mail address (contacts: `email`, else the
 * primary contact person's, else the first contact person's). "" when it has none; a key of spaces
 * only (Zoho's examples write " " for an empty reference) counts as none.
 */
QString matchKeyOf(const QString &object, const QJsonObject &document);

/**
 * The VendorRecord of a document of `object`: id from its id field (a JSON string or integer; Zoho's
 * examples write ids as numbers), matchKey as matchKeyOf(), updatedAt from last_modified_time.
 * nullopt with *error when the id is missing or the time is not one.
 */
std::optional<VendorRecord> vendorRecord(const QString &object, const QJsonObject &document,
                                         QString *error = nullptr);

/// Zoho's error text of a body {"code": n, "message": "…"}: "message (code n)"; "" when the body
/// is not that shape.
QString errorText(const QByteArray &body);
/// The `code` of such a body; -1 when it has none.
int errorCode(const QByteArray &body);

/**
 * Canonical JSON of a record: invoices → Model::Invoice, creditnotes → Model::CreditNote,
 * salesorders → Model::Order, contacts → Model::Customer, items → Model::Product with one variant
 * (sku), customerpayments → Model::Payment (the first invoice it is applied to). The currency is
 * the document's currency_code, else `defaultCurrency` (the organisation's); amounts are exact
 * (JSON numbers through their shortest text), more decimals than the currency allows is an error,
 * never a rounding. Errors name the field path ("line_items[0].rate: …").
 */
std::optional<QJsonObject> toCanonical(const VendorRecord &record, const Model::Currency &defaultCurrency,
                                       QString *error = nullptr);

} // namespace LedgerLink::Connectors::Zoho
