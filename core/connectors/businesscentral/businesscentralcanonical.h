#pragma once

#include "connectors/connector.h"
#include "model/currency.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

/// Dynamics 365 Business Central standard API (v1.0 and v2.0) entities → LedgerLink records. No
/// network: usable on stored documents and in unit tests.
namespace LedgerLink::Connectors::BusinessCentral {

/// How a catalog object is addressed: "salesInvoice" → entity set "salesInvoices" under
/// `companies(<id>)/`, its lines' navigation property, its stable key.
struct ObjectInfo
{
    QString object; ///< catalog object (the spec's schema name): "salesInvoice"
    QString entitySet; ///< "salesInvoices"
    QString linesProperty; ///< "salesInvoiceLines"; "" for entities without lines
    /// The property a record is found by: externalDocumentNumber (documents, payments), email
    /// (customers), number (items).
    QString matchField;
};

/// item, customer, salesOrder, salesInvoice, salesCreditMemo, customerPayment; nullopt otherwise.
std::optional<ObjectInfo> objectInfo(const QString &object);
/// The objects objectInfo() knows, in the order a sync writes them.
QStringList objects();

/// "00000000-0000-0000-0000-000000000000", Business Central's "no reference" GUID.
bool isNullGuid(const QString &id);
/// A GUID as Business Central writes ids (8-4-4-4-12 hex digits, no braces).
bool isGuid(const QString &id);

/**
 * The VendorRecord of an entity: id from "id" (required), matchKey from the object's match field,
 * updatedAt from lastModifiedDateTime. nullopt with *error when the id is missing or the time is
 * not RFC 3339.
 */
std::optional<VendorRecord> vendorRecord(const QString &object, const QJsonObject &document,
                                         QString *error = nullptr);

/// The date properties of `object` (document and line level): invoiceDate, dueDate, postingDate,
/// orderDate, requestedDeliveryDate, creditMemoDate; shipmentDate on lines.
QStringList dateFields(const QString &object);

/**
 * The payload with every date property of `object` (dateFields(), on the document and on each of
 * its lines) that holds a date-time ("2019-01-15T10:00:00+01:00") cut to its date as written
 * ("2019-01-15"): Business Central takes an Edm.Date there (the v1.0 spec types them date-time,
 * the API and Microsoft's examples use dates). The date is the text's own, never shifted to UTC.
 * Anything else is left as it is.
 */
QJsonObject withDates(const QString &object, const QJsonObject &payload);

/**
 * For API v2.0: each line of the document payload that names its item or account the v1.0 way
 * (`lineDetails.number`, the catalog's path) names it by `lineObjectNumber` instead (a
 * lineObjectNumber already there wins), `lineDetails` left out when nothing else is in it. Other
 * objects and v1.0 payloads are returned as they are.
 */
QJsonObject withLineObjectNumbers(const QString &object, const QJsonObject &payload,
                                  const QString &apiVersion);

/**
 * Canonical JSON of an entity: salesInvoice → Model::Invoice, salesCreditMemo →
 * Model::CreditNote, salesOrder → Model::Order, customer → Model::Customer, item →
 * Model::Product with one variant (number as SKU, unitPrice as price), customerPayment →
 * Model::Payment. Lines come from the expanded lines property (`$expand=salesInvoiceLines`).
 * Amounts are exact (JSON numbers through their shortest text); an amount with more decimals than
 * its currency allows is an error — except a line's unitPrice, which Business Central keeps with up
 * to five decimals and which is rounded half-up to the currency's. An empty currencyCode is the company's
 * local currency
 * (`localCurrency`); items and payment journal lines are always in it. Errors name the field
 * path (`salesInvoiceLines[0].unitPrice: ...`).
 */
std::optional<QJsonObject> toCanonical(const VendorRecord &record, const Model::Currency &localCurrency,
                                       QString *error = nullptr);

} // namespace LedgerLink::Connectors::BusinessCentral
