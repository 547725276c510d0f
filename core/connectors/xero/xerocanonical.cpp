#include "connectors/xero/xerocanonical.h"

#include "connectors/connectorsupport.h"
#include "model/creditnote.h"
#include "model/customer.h"
#include "model/invoice.h"
#include "model/payment.h"
#include "model/product.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimeZone>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors::Xero {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

using Model::Currency;
using Model::Decimal;
using Model::Money;
using Support::FieldReader;

QDateTime dateOf(FieldReader &reader, const QJsonValue &value, const QString &path)
{
    const QString text = reader.text(value, path);
    if (text.isEmpty())
        return {};
    const QDateTime date = parseXeroDate(text);
    if (!date.isValid())
        reader.fail(path, Text::tr("\"%1\" is not a Xero date").arg(text));
    return date;
}

/// Xero's status words in the canonical vocabulary of invoices and credit notes.
QString documentStatus(const QString &status)
{
    if (status == u"SUBMITTED"_s || status == u"AUTHORISED"_s)
        return u"open"_s;
    if (status == u"VOIDED"_s)
        return u"void"_s;
    return status.toLower(); // draft, paid, deleted
}

QList<Model::InvoiceLine> linesOf(FieldReader &reader, const QJsonObject &document, const Currency &currency)
{
    QList<Model::InvoiceLine> lines;
    const QJsonArray items = reader.array(document.value(u"LineItems"_s), u"LineItems"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = Support::indexPath(u"LineItems"_s, i);
        const QJsonObject item = reader.object(items.at(i), path);
        Model::InvoiceLine line;
        line.id = reader.id(item.value(u"LineItemID"_s), Support::fieldPath(path, u"LineItemID"_s));
        line.sku = reader.text(item.value(u"ItemCode"_s), Support::fieldPath(path, u"ItemCode"_s));
        line.description =
            reader.text(item.value(u"Description"_s), Support::fieldPath(path, u"Description"_s));
        line.quantity = reader.decimal(item.value(u"Quantity"_s), Support::fieldPath(path, u"Quantity"_s))
                            .value_or(Decimal(1));
        line.unitPrice =
            reader.money(item.value(u"UnitAmount"_s), currency, Support::fieldPath(path, u"UnitAmount"_s));
        line.discount = reader.money(item.value(u"DiscountAmount"_s), currency,
                                     Support::fieldPath(path, u"DiscountAmount"_s));
        const Money tax =
            reader.money(item.value(u"TaxAmount"_s), currency, Support::fieldPath(path, u"TaxAmount"_s));
        if (tax.isValid()) {
            Model::TaxLine taxLine;
            taxLine.title = reader.text(item.value(u"TaxType"_s), Support::fieldPath(path, u"TaxType"_s));
            taxLine.amount = tax;
            line.taxLines.append(taxLine);
        }
        line.total =
            reader.money(item.value(u"LineAmount"_s), currency, Support::fieldPath(path, u"LineAmount"_s));
        lines.append(line);
    }
    return lines;
}

std::optional<QJsonObject> invoiceOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Invoice invoice;
    invoice.raw = document;
    invoice.id = reader.id(document.value(u"InvoiceID"_s), u"InvoiceID"_s, true);
    invoice.number = reader.text(document.value(u"InvoiceNumber"_s), u"InvoiceNumber"_s);
    invoice.customerId =
        reader.id(document.value(u"Contact"_s).toObject().value(u"ContactID"_s), u"Contact.ContactID"_s);
    invoice.currency = reader.currency(document.value(u"CurrencyCode"_s), u"CurrencyCode"_s, true);
    if (!reader.ok())
        return Support::canonicalOf(reader, invoice, error);
    invoice.status = documentStatus(reader.text(document.value(u"Status"_s), u"Status"_s));
    invoice.issuedAt = dateOf(reader, document.value(u"Date"_s), u"Date"_s);
    invoice.dueAt = dateOf(reader, document.value(u"DueDate"_s), u"DueDate"_s);
    invoice.lines = linesOf(reader, document, invoice.currency);
    invoice.subtotal = reader.money(document.value(u"SubTotal"_s), invoice.currency, u"SubTotal"_s);
    invoice.taxTotal = reader.money(document.value(u"TotalTax"_s), invoice.currency, u"TotalTax"_s);
    invoice.total = reader.money(document.value(u"Total"_s), invoice.currency, u"Total"_s);
    invoice.amountDue = reader.money(document.value(u"AmountDue"_s), invoice.currency, u"AmountDue"_s);
    return Support::canonicalOf(reader, invoice, error);
}

std::optional<QJsonObject> creditNoteOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::CreditNote note;
    note.raw = document;
    note.id = reader.id(document.value(u"CreditNoteID"_s), u"CreditNoteID"_s, true);
    note.number = reader.text(document.value(u"CreditNoteNumber"_s), u"CreditNoteNumber"_s);
    note.customerId =
        reader.id(document.value(u"Contact"_s).toObject().value(u"ContactID"_s), u"Contact.ContactID"_s);
    const QJsonArray allocations = reader.array(document.value(u"Allocations"_s), u"Allocations"_s);
    if (!allocations.isEmpty())
        note.invoiceId =
            reader.id(allocations.first().toObject().value(u"Invoice"_s).toObject().value(u"InvoiceID"_s),
                      u"Allocations[0].Invoice.InvoiceID"_s);
    note.currency = reader.currency(document.value(u"CurrencyCode"_s), u"CurrencyCode"_s, true);
    if (!reader.ok())
        return Support::canonicalOf(reader, note, error);
    note.status = documentStatus(reader.text(document.value(u"Status"_s), u"Status"_s));
    note.issuedAt = dateOf(reader, document.value(u"Date"_s), u"Date"_s);
    note.lines = linesOf(reader, document, note.currency);
    note.subtotal = reader.money(document.value(u"SubTotal"_s), note.currency, u"SubTotal"_s);
    note.taxTotal = reader.money(document.value(u"TotalTax"_s), note.currency, u"TotalTax"_s);
    note.total = reader.money(document.value(u"Total"_s), note.currency, u"Total"_s);
    return Support::canonicalOf(reader, note, error);
}

std::optional<QJsonObject> contactOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Customer customer;
    customer.raw = document;
    customer.id = reader.id(document.value(u"ContactID"_s), u"ContactID"_s, true);
    customer.externalId = reader.text(document.value(u"ContactNumber"_s), u"ContactNumber"_s);
    customer.email = reader.text(document.value(u"EmailAddress"_s), u"EmailAddress"_s);
    customer.firstName = reader.text(document.value(u"FirstName"_s), u"FirstName"_s);
    customer.lastName = reader.text(document.value(u"LastName"_s), u"LastName"_s);
    customer.company = reader.text(document.value(u"Name"_s), u"Name"_s);
    customer.taxId = reader.text(document.value(u"TaxNumber"_s), u"TaxNumber"_s);
    const QJsonArray phones = reader.array(document.value(u"Phones"_s), u"Phones"_s);
    for (qsizetype i = 0; i < phones.size() && customer.phone.isEmpty(); ++i) {
        const QString path = Support::indexPath(u"Phones"_s, i);
        const QJsonObject phone = reader.object(phones.at(i), path);
        if (phone.value(u"PhoneType"_s).toString() != u"DEFAULT"_s)
            continue;
        QStringList parts;
        for (const QString &key : {u"PhoneCountryCode"_s, u"PhoneAreaCode"_s, u"PhoneNumber"_s}) {
            const QString part = reader.text(phone.value(key), Support::fieldPath(path, key));
            if (!part.isEmpty())
                parts.append(part);
        }
        customer.phone = parts.join(u' ');
    }
    const QJsonArray addresses = reader.array(document.value(u"Addresses"_s), u"Addresses"_s);
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QString path = Support::indexPath(u"Addresses"_s, i);
        const QJsonObject object = reader.object(addresses.at(i), path);
        const auto text = [&](const QString &key) -> QString {
            return reader.text(object.value(key), Support::fieldPath(path, key));
        };
        Model::Address address;
        address.name = text(u"AttentionTo"_s);
        address.line1 = text(u"AddressLine1"_s);
        address.line2 = text(u"AddressLine2"_s);
        address.city = text(u"City"_s);
        address.region = text(u"Region"_s);
        address.postalCode = text(u"PostalCode"_s);
        // Xero keeps a country name or code as typed: only a two-letter code is an ISO code.
        const QString country = text(u"Country"_s);
        static const QRegularExpression isoCountry(u"^[A-Z]{2}$"_s);
        if (isoCountry.match(country).hasMatch())
            address.countryCode = country;
        if (address == Model::Address())
            continue; // Xero lists empty POBOX/STREET stubs
        customer.addresses.append(address);
    }
    customer.updatedAt = dateOf(reader, document.value(u"UpdatedDateUTC"_s), u"UpdatedDateUTC"_s);
    return Support::canonicalOf(reader, customer, error);
}

std::optional<QJsonObject> itemOf(const QJsonObject &document, const Currency &homeCurrency, QString *error)
{
    FieldReader reader;
    Model::Product product;
    product.raw = document;
    product.id = reader.id(document.value(u"ItemID"_s), u"ItemID"_s, true);
    product.title = reader.text(document.value(u"Name"_s), u"Name"_s);
    product.description = reader.text(document.value(u"Description"_s), u"Description"_s);
    Model::Variant variant;
    variant.raw = document;
    variant.id = product.id;
    variant.productId = product.id;
    variant.sku = reader.text(document.value(u"Code"_s), u"Code"_s);
    variant.title = product.title;
    const QJsonObject sales = reader.object(document.value(u"SalesDetails"_s), u"SalesDetails"_s);
    variant.price = reader.money(sales.value(u"UnitPrice"_s), homeCurrency, u"SalesDetails.UnitPrice"_s);
    product.variants.append(variant);
    product.updatedAt = dateOf(reader, document.value(u"UpdatedDateUTC"_s), u"UpdatedDateUTC"_s);
    return Support::canonicalOf(reader, product, error);
}

std::optional<QJsonObject> paymentOf(const QJsonObject &document, const Currency &homeCurrency,
                                     QString *error)
{
    FieldReader reader;
    Model::Payment payment;
    payment.raw = document;
    payment.id = reader.id(document.value(u"PaymentID"_s), u"PaymentID"_s, true);
    const QJsonObject invoice = reader.object(document.value(u"Invoice"_s), u"Invoice"_s);
    payment.invoiceId = reader.id(invoice.value(u"InvoiceID"_s), u"Invoice.InvoiceID"_s);
    Currency currency = reader.currency(invoice.value(u"CurrencyCode"_s), u"Invoice.CurrencyCode"_s);
    if (!currency.isValid()) {
        const QJsonObject note = reader.object(document.value(u"CreditNote"_s), u"CreditNote"_s);
        currency = reader.currency(note.value(u"CurrencyCode"_s), u"CreditNote.CurrencyCode"_s);
    }
    if (!currency.isValid())
        currency = homeCurrency;
    payment.amount = reader.money(document.value(u"Amount"_s), currency, u"Amount"_s, true);
    payment.kind = reader.text(document.value(u"PaymentType"_s), u"PaymentType"_s).toLower();
    payment.gateway =
        reader.text(document.value(u"Account"_s).toObject().value(u"Code"_s), u"Account.Code"_s);
    payment.reference = reader.text(document.value(u"Reference"_s), u"Reference"_s);
    const QString status = reader.text(document.value(u"Status"_s), u"Status"_s);
    payment.status = status == u"AUTHORISED"_s ? u"success"_s
        : status == u"DELETED"_s               ? u"failure"_s
                                               : status.toLower();
    payment.processedAt = dateOf(reader, document.value(u"Date"_s), u"Date"_s);
    return Support::canonicalOf(reader, payment, error);
}

/// The decimal text of an amount: exact, with the currency's decimals when it fits them ("20"
/// in EUR is "20.00"), otherwise as given (a four-decimal unit amount).
QString amountText(FieldReader &reader, const QJsonValue &value, const Currency &currency,
                   const QString &path, bool required = false)
{
    const std::optional<Decimal> amount = reader.decimal(value, path, required);
    if (!amount)
        return {};
    if (const std::optional<Money> money = Money::exact(*amount, currency))
        return money->amount().toString();
    return amount->toString();
}

/// A Spend or Receive Money transaction in the shape the truth pass compares: Xero's words for
/// type and status, the amounts as exact decimal text (never through a double).
std::optional<QJsonObject> bankTransactionOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    const QString id = reader.id(document.value(u"BankTransactionID"_s), u"BankTransactionID"_s, true);
    const Currency currency = reader.currency(document.value(u"CurrencyCode"_s), u"CurrencyCode"_s, true);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    // Total is what the bank account moved: an amount with more decimals than the currency has is
    // an error, never a rounding.
    const auto money = [&](const QString &key, bool required) -> QString {
        const Money amount = reader.money(document.value(key), currency, key, required);
        return amount.isValid() ? amount.amount().toString() : QString();
    };
    QJsonObject canonical{
        {u"id"_s, id},
        {u"reference"_s, reader.text(document.value(u"Reference"_s), u"Reference"_s)},
        {u"type"_s, reader.text(document.value(u"Type"_s), u"Type"_s)},
        {u"status"_s, reader.text(document.value(u"Status"_s), u"Status"_s)},
        {u"currency"_s, currency.code()},
        {u"sub_total"_s, money(u"SubTotal"_s, false)},
        {u"total_tax"_s, money(u"TotalTax"_s, false)},
        {u"total"_s, money(u"Total"_s, true)},
    };
    const QDateTime date = dateOf(reader, document.value(u"Date"_s), u"Date"_s);
    canonical.insert(u"date"_s, date.isValid() ? date.date().toString(u"yyyy-MM-dd"_s) : QString());
    const QJsonObject bank = reader.object(document.value(u"BankAccount"_s), u"BankAccount"_s);
    canonical.insert(u"bank_account"_s, reader.text(bank.value(u"Code"_s), u"BankAccount.Code"_s));
    const QJsonObject contact = reader.object(document.value(u"Contact"_s), u"Contact"_s);
    canonical.insert(u"contact"_s, reader.text(contact.value(u"Name"_s), u"Contact.Name"_s));

    QJsonArray lines;
    const QJsonArray items = reader.array(document.value(u"LineItems"_s), u"LineItems"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = Support::indexPath(u"LineItems"_s, i);
        const QJsonObject item = reader.object(items.at(i), path);
        const std::optional<Decimal> quantity =
            reader.decimal(item.value(u"Quantity"_s), Support::fieldPath(path, u"Quantity"_s));
        lines.append(QJsonObject{
            {u"description"_s,
             reader.text(item.value(u"Description"_s), Support::fieldPath(path, u"Description"_s))},
            {u"account_code"_s,
             reader.text(item.value(u"AccountCode"_s), Support::fieldPath(path, u"AccountCode"_s))},
            {u"quantity"_s, quantity.value_or(Decimal(1)).toString()},
            {u"unit_amount"_s,
             amountText(reader, item.value(u"UnitAmount"_s), currency,
                        Support::fieldPath(path, u"UnitAmount"_s))},
            {u"amount"_s,
             amountText(reader, item.value(u"LineAmount"_s), currency,
                        Support::fieldPath(path, u"LineAmount"_s))},
        });
    }
    canonical.insert(u"lines"_s, lines);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return canonical;
}

} // namespace

std::optional<ObjectInfo> objectInfo(const QString &object)
{
    if (object == u"Invoice"_s)
        return ObjectInfo{object, u"Invoices"_s, u"InvoiceID"_s, u"Reference"_s, true};
    if (object == u"CreditNote"_s)
        return ObjectInfo{object, u"CreditNotes"_s, u"CreditNoteID"_s, u"Reference"_s, true};
    if (object == u"Contact"_s)
        return ObjectInfo{object, u"Contacts"_s, u"ContactID"_s, u"EmailAddress"_s, true};
    if (object == u"Item"_s)
        return ObjectInfo{object, u"Items"_s, u"ItemID"_s, u"Code"_s, false};
    if (object == u"Payment"_s)
        return ObjectInfo{object, u"Payments"_s, u"PaymentID"_s, u"Reference"_s, true};
    if (object == u"BankTransaction"_s)
        return ObjectInfo{object, u"BankTransactions"_s, u"BankTransactionID"_s, u"Reference"_s, true};
    return std::nullopt;
}

QDateTime parseXeroDate(const QString &text)
{
    static const QRegularExpression msDate(u"^/Date\\((-?\\d+)([+-]\\d{4})?\\)/$"_s);
    const QRegularExpressionMatch match = msDate.match(text);
    if (match.hasMatch()) {
        bool ok = false;
        const qint64 ms = match.captured(1).toLongLong(&ok);
        return ok ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()) : QDateTime();
    }
    return Support::parseIsoDateTime(text);
}

std::optional<VendorRecord> vendorRecord(const QString &object, const QJsonObject &document, QString *error)
{
    const std::optional<ObjectInfo> info = objectInfo(object);
    if (!info) {
        if (error)
            *error = Text::tr("Xero has no \"%1\" object.").arg(object);
        return std::nullopt;
    }
    FieldReader reader;
    VendorRecord record;
    record.object = object;
    record.document = document;
    record.id = reader.id(document.value(info->idField), info->idField, true);
    record.matchKey = reader.text(document.value(info->matchField), info->matchField);
    record.updatedAt = dateOf(reader, document.value(u"UpdatedDateUTC"_s), u"UpdatedDateUTC"_s);
    if (!reader.ok()) {
        if (error)
            *error = Text::tr("Xero %1: %2").arg(object, reader.error());
        return std::nullopt;
    }
    return record;
}

std::optional<QJsonObject> toCanonical(const VendorRecord &record, const Currency &homeCurrency,
                                       QString *error)
{
    QString why;
    std::optional<QJsonObject> canonical;
    if (record.object == u"Invoice"_s)
        canonical = invoiceOf(record.document, &why);
    else if (record.object == u"CreditNote"_s)
        canonical = creditNoteOf(record.document, &why);
    else if (record.object == u"Contact"_s)
        canonical = contactOf(record.document, &why);
    else if (record.object == u"Item"_s)
        canonical = itemOf(record.document, homeCurrency, &why);
    else if (record.object == u"Payment"_s)
        canonical = paymentOf(record.document, homeCurrency, &why);
    else if (record.object == u"BankTransaction"_s)
        canonical = bankTransactionOf(record.document, &why);
    else
        why = Text::tr("no canonical record for this object");
    if (!canonical && error)
        *error = Text::tr("Xero %1 %2: %3").arg(record.object, record.id, why);
    return canonical;
}

} // namespace LedgerLink::Connectors::Xero
