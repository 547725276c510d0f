#include "connectors/zoho/zohocanonical.h"

#include "connectors/connectorsupport.h"
#include "model/creditnote.h"
#include "model/customer.h"
#include "model/invoice.h"
#include "model/order.h"
#include "model/payment.h"
#include "model/product.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimeZone>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors::Zoho {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

using Model::Currency;
using Model::Decimal;
using Model::Money;
using Support::FieldReader;

/// Zoho's examples write an empty text as " ": blank counts as absent.
QString trimmedText(FieldReader &reader, const QJsonObject &document, const QString &key,
                    const QString &path = {})
{
    return reader.text(document.value(key), path.isEmpty() ? key : path).trimmed();
}

/// A Zoho date ("2013-11-17") as midnight UTC of that day; blank: invalid.
QDateTime dayOf(FieldReader &reader, const QJsonObject &document, const QString &key)
{
    const QString text = trimmedText(reader, document, key);
    if (text.isEmpty())
        return {};
    const QDate day = QDate::fromString(text.left(10), u"yyyy-MM-dd"_s);
    if (!day.isValid()) {
        reader.fail(key, Text::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
        return {};
    }
    return QDateTime(day, QTime(0, 0), QTimeZone::utc());
}

QDateTime timeOf(FieldReader &reader, const QJsonObject &document, const QString &key)
{
    const QString text = trimmedText(reader, document, key);
    if (text.isEmpty())
        return {};
    const QDateTime time = parseTime(text);
    if (!time.isValid())
        reader.fail(key, Text::tr("\"%1\" is not a time (YYYY-MM-DDThh:mm:ss±hhmm)").arg(text));
    return time;
}

Currency currencyOf(FieldReader &reader, const QJsonObject &document, const Currency &defaultCurrency)
{
    const QString code = trimmedText(reader, document, u"currency_code"_s);
    if (code.isEmpty()) {
        if (!defaultCurrency.isValid())
            reader.fail(u"currency_code"_s,
                        Text::tr("missing, and the organisation's currency is not known"));
        return defaultCurrency;
    }
    return reader.currency(QJsonValue(code), u"currency_code"_s, true);
}

struct Line
{
    QString id;
    QString sku;
    QString description;
    Decimal quantity{1};
    Money unitPrice;
    Money discount;
    Money total;
};

QList<Line> linesOf(FieldReader &reader, const QJsonObject &document, const Currency &currency)
{
    QList<Line> lines;
    const QJsonArray items = reader.array(document.value(u"line_items"_s), u"line_items"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = Support::indexPath(u"line_items"_s, i);
        const QJsonObject item = reader.object(items.at(i), path);
        const auto at = [&path](QAnyStringView key) {
            return Support::fieldPath(path, key);
        };
        Line line;
        line.id = reader.id(item.value(u"line_item_id"_s), at(u"line_item_id"));
        line.sku = trimmedText(reader, item, u"sku"_s, at(u"sku"));
        if (line.sku.isEmpty())
            line.sku = trimmedText(reader, item, u"name"_s, at(u"name"));
        line.description = trimmedText(reader, item, u"description"_s, at(u"description"));
        if (line.description.isEmpty())
            line.description = trimmedText(reader, item, u"name"_s, at(u"name"));
        line.quantity = reader.decimal(item.value(u"quantity"_s), at(u"quantity")).value_or(Decimal(1));
        line.unitPrice = reader.money(item.value(u"rate"_s), currency, at(u"rate"));
        line.discount = reader.money(item.value(u"discount_amount"_s), currency, at(u"discount_amount"));
        line.total = reader.money(item.value(u"item_total"_s), currency, at(u"item_total"));
        lines.append(line);
    }
    return lines;
}

QList<Model::InvoiceLine> invoiceLines(const QList<Line> &lines)
{
    QList<Model::InvoiceLine> result;
    for (const Line &line : lines) {
        Model::InvoiceLine out;
        out.id = line.id;
        out.sku = line.sku;
        out.description = line.description;
        out.quantity = line.quantity;
        out.unitPrice = line.unitPrice;
        out.discount = line.discount;
        out.total = line.total;
        result.append(out);
    }
    return result;
}

/// Zoho's invoice statuses (sent, draft, overdue, paid, void, unpaid, partially_paid, viewed) as
/// the canonical draft / open / paid / void.
QString invoiceStatus(const QString &status)
{
    if (status == u"draft"_s || status == u"paid"_s || status == u"void"_s)
        return status;
    return u"open"_s;
}

std::optional<QJsonObject> invoiceOf(const VendorRecord &record, const Currency &defaultCurrency,
                                     QString *error)
{
    const QJsonObject &document = record.document;
    FieldReader reader;
    Model::Invoice invoice;
    invoice.raw = document;
    invoice.id = record.id;
    invoice.number = trimmedText(reader, document, u"invoice_number"_s);
    invoice.customerId = reader.id(document.value(u"customer_id"_s), u"customer_id"_s);
    invoice.currency = currencyOf(reader, document, defaultCurrency);
    if (!reader.ok())
        return Support::canonicalOf(reader, invoice, error);
    invoice.status = invoiceStatus(trimmedText(reader, document, u"status"_s));
    invoice.issuedAt = dayOf(reader, document, u"date"_s);
    invoice.dueAt = dayOf(reader, document, u"due_date"_s);
    invoice.lines = invoiceLines(linesOf(reader, document, invoice.currency));
    invoice.subtotal = reader.money(document.value(u"sub_total"_s), invoice.currency, u"sub_total"_s);
    invoice.taxTotal = reader.money(document.value(u"tax_total"_s), invoice.currency, u"tax_total"_s);
    invoice.total = reader.money(document.value(u"total"_s), invoice.currency, u"total"_s);
    invoice.amountDue = reader.money(document.value(u"balance"_s), invoice.currency, u"balance"_s);
    return Support::canonicalOf(reader, invoice, error);
}

std::optional<QJsonObject> creditOf(const VendorRecord &record, const Currency &defaultCurrency,
                                    QString *error)
{
    const QJsonObject &document = record.document;
    FieldReader reader;
    Model::CreditNote note;
    note.raw = document;
    note.id = record.id;
    note.number = trimmedText(reader, document, u"creditnote_number"_s);
    note.customerId = reader.id(document.value(u"customer_id"_s), u"customer_id"_s);
    note.invoiceId = reader.id(document.value(u"invoice_id"_s), u"invoice_id"_s);
    note.currency = currencyOf(reader, document, defaultCurrency);
    if (!reader.ok())
        return Support::canonicalOf(reader, note, error);
    note.issuedAt = dayOf(reader, document, u"date"_s);
    note.reason = trimmedText(reader, document, u"notes"_s);
    note.lines = invoiceLines(linesOf(reader, document, note.currency));
    note.subtotal = reader.money(document.value(u"sub_total"_s), note.currency, u"sub_total"_s);
    note.taxTotal = reader.money(document.value(u"tax_total"_s), note.currency, u"tax_total"_s);
    note.total = reader.money(document.value(u"total"_s), note.currency, u"total"_s);
    // Zoho's credit note statuses: draft, open, closed (fully used), void.
    const QString status = trimmedText(reader, document, u"status"_s);
    note.status = status == u"closed"_s ? u"applied"_s
        : status == u"void"_s           ? u"void"_s
        : status == u"draft"_s          ? u"draft"_s
                                        : u"open"_s;
    return Support::canonicalOf(reader, note, error);
}

std::optional<QJsonObject> orderOf(const VendorRecord &record, const Currency &defaultCurrency,
                                   QString *error)
{
    const QJsonObject &document = record.document;
    FieldReader reader;
    Model::Order order;
    order.raw = document;
    order.id = record.id;
    order.number = trimmedText(reader, document, u"salesorder_number"_s);
    order.currency = currencyOf(reader, document, defaultCurrency);
    if (!reader.ok())
        return Support::canonicalOf(reader, order, error);
    if (const QString customerId = reader.id(document.value(u"customer_id"_s), u"customer_id"_s);
        !customerId.isEmpty()) {
        Model::Customer customer;
        customer.id = customerId;
        customer.email = trimmedText(reader, document, u"email"_s);
        order.customer = customer;
    }
    for (const Line &line : linesOf(reader, document, order.currency)) {
        Model::OrderLine out;
        out.id = line.id;
        out.sku = line.sku;
        out.title = line.description;
        out.quantity = line.quantity;
        out.unitPrice = line.unitPrice;
        out.total = line.total;
        order.lines.append(out);
    }
    order.subtotal = reader.money(document.value(u"sub_total"_s), order.currency, u"sub_total"_s);
    order.taxTotal = reader.money(document.value(u"tax_total"_s), order.currency, u"tax_total"_s);
    order.total = reader.money(document.value(u"total"_s), order.currency, u"total"_s);
    order.createdAt = timeOf(reader, document, u"created_time"_s);
    order.updatedAt = timeOf(reader, document, u"last_modified_time"_s);
    return Support::canonicalOf(reader, order, error);
}

/// The primary contact person, else the first.
QJsonObject primaryPerson(const QJsonObject &document)
{
    const QJsonArray persons = document.value(u"contact_persons"_s).toArray();
    for (const QJsonValue &person : persons) {
        if (person.toObject().value(u"is_primary_contact"_s).toBool(false))
            return person.toObject();
    }
    return persons.isEmpty() ? QJsonObject() : persons.first().toObject();
}

std::optional<QJsonObject> customerOf(const VendorRecord &record, QString *error)
{
    const QJsonObject &document = record.document;
    FieldReader reader;
    Model::Customer customer;
    customer.raw = document;
    customer.id = record.id;
    customer.email = matchKeyOf(u"contacts"_s, document);
    const QJsonObject person = primaryPerson(document);
    customer.firstName = trimmedText(reader, document, u"first_name"_s);
    if (customer.firstName.isEmpty())
        customer.firstName = person.value(u"first_name"_s).toString().trimmed();
    customer.lastName = trimmedText(reader, document, u"last_name"_s);
    if (customer.lastName.isEmpty())
        customer.lastName = person.value(u"last_name"_s).toString().trimmed();
    customer.company = trimmedText(reader, document, u"company_name"_s);
    customer.phone = trimmedText(reader, document, u"phone"_s);
    if (customer.phone.isEmpty())
        customer.phone = person.value(u"phone"_s).toString().trimmed();
    customer.createdAt = timeOf(reader, document, u"created_time"_s);
    customer.updatedAt = timeOf(reader, document, u"last_modified_time"_s);
    return Support::canonicalOf(reader, customer, error);
}

std::optional<QJsonObject> itemOf(const VendorRecord &record, const Currency &defaultCurrency, QString *error)
{
    const QJsonObject &document = record.document;
    FieldReader reader;
    Model::Product product;
    product.raw = document;
    product.id = record.id;
    product.title = trimmedText(reader, document, u"name"_s);
    product.description = trimmedText(reader, document, u"description"_s);
    product.productType = trimmedText(reader, document, u"product_type"_s);
    product.status =
        trimmedText(reader, document, u"status"_s) == u"inactive"_s ? u"archived"_s : u"active"_s;
    Model::Variant variant;
    variant.raw = document;
    variant.id = product.id;
    variant.productId = product.id;
    variant.sku = matchKeyOf(u"items"_s, document);
    variant.title = product.title;
    // An item's rate is in the organisation's base currency (items carry no currency).
    if (defaultCurrency.isValid())
        variant.price = reader.money(document.value(u"rate"_s), defaultCurrency, u"rate"_s);
    variant.taxable = document.value(u"is_taxable"_s).toBool(true);
    product.variants.append(variant);
    product.createdAt = timeOf(reader, document, u"created_time"_s);
    product.updatedAt = timeOf(reader, document, u"last_modified_time"_s);
    return Support::canonicalOf(reader, product, error);
}

std::optional<QJsonObject> paymentOf(const VendorRecord &record, const Currency &defaultCurrency,
                                     QString *error)
{
    const QJsonObject &document = record.document;
    FieldReader reader;
    Model::Payment payment;
    payment.raw = document;
    payment.id = record.id;
    const Currency currency = currencyOf(reader, document, defaultCurrency);
    if (!reader.ok())
        return Support::canonicalOf(reader, payment, error);
    payment.amount = reader.money(document.value(u"amount"_s), currency, u"amount"_s, true);
    const QJsonArray invoices = reader.array(document.value(u"invoices"_s), u"invoices"_s);
    if (!invoices.isEmpty()) {
        const QJsonObject first = reader.object(invoices.first(), u"invoices[0]"_s);
        payment.invoiceId = reader.id(first.value(u"invoice_id"_s), u"invoices[0].invoice_id"_s);
    }
    payment.kind = u"sale"_s;
    payment.status = u"success"_s; // a payment received records money received
    payment.reference = trimmedText(reader, document, u"reference_number"_s);
    payment.method = trimmedText(reader, document, u"payment_mode"_s);
    payment.processedAt = dayOf(reader, document, u"date"_s);
    return Support::canonicalOf(reader, payment, error);
}

} // namespace

QStringList objects()
{
    return {u"items"_s,    u"contacts"_s,         u"salesorders"_s,
            u"invoices"_s, u"customerpayments"_s, u"creditnotes"_s};
}

std::optional<ObjectInfo> objectInfo(const QString &object)
{
    // The list filters and sort columns are those the module's "List …" reference documents.
    if (object == u"items"_s)
        return ObjectInfo{object, u"item"_s, u"item_id"_s, {}, false, {}};
    if (object == u"contacts"_s)
        return ObjectInfo{object, u"contact"_s, u"contact_id"_s, u"email"_s, false, {}};
    if (object == u"salesorders"_s)
        return ObjectInfo{object, u"salesorder"_s, u"salesorder_id"_s, u"reference_number"_s, false, {}};
    if (object == u"invoices"_s)
        return ObjectInfo{object, u"invoice"_s,     u"invoice_id"_s, u"reference_number"_s,
                          true,   u"created_time"_s};
    if (object == u"customerpayments"_s)
        return ObjectInfo{object, u"payment"_s, u"payment_id"_s, u"reference_number"_s, false, {}};
    if (object == u"creditnotes"_s)
        return ObjectInfo{object, u"creditnote"_s, u"creditnote_id"_s, u"reference_number"_s, false, {}};
    return std::nullopt;
}

QDateTime parseTime(const QString &text)
{
    // "±hhmm" at the end, as Zoho writes offsets, becomes "±hh:mm" for the ISO parser.
    static const QRegularExpression offset(u"([+-])([0-9]{2})([0-9]{2})$"_s);
    QString iso = text.trimmed();
    if (iso.size() > 19)
        iso.replace(offset, u"\\1\\2:\\3"_s);
    return Support::parseIsoDateTime(iso);
}

QString filterTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+0000"_s;
}

QString matchKeyOf(const QString &object, const QJsonObject &document)
{
    if (object == u"items"_s)
        return document.value(u"sku"_s).toString().trimmed();
    if (object == u"contacts"_s) {
        const QString email = document.value(u"email"_s).toString().trimmed();
        if (!email.isEmpty())
            return email;
        return primaryPerson(document).value(u"email"_s).toString().trimmed();
    }
    return document.value(u"reference_number"_s).toString().trimmed();
}

std::optional<VendorRecord> vendorRecord(const QString &object, const QJsonObject &document, QString *error)
{
    const std::optional<ObjectInfo> info = objectInfo(object);
    FieldReader reader;
    VendorRecord record;
    record.object = object;
    record.document = document;
    if (!info)
        reader.fail(object, Text::tr("not a Zoho Books module LedgerLink knows"));
    else
        record.id = reader.id(document.value(info->idField), info->idField, true);
    record.matchKey = matchKeyOf(object, document);
    record.updatedAt = timeOf(reader, document, u"last_modified_time"_s);
    if (!reader.ok()) {
        if (error)
            *error = Text::tr("Zoho Books %1: %2").arg(object, reader.error());
        return std::nullopt;
    }
    return record;
}

QString errorText(const QByteArray &body)
{
    const QJsonObject document = QJsonDocument::fromJson(body).object();
    if (!document.contains(u"code"_s) || !document.value(u"message"_s).isString())
        return {};
    const QString message = document.value(u"message"_s).toString().simplified();
    return Text::tr("%1 (code %2)").arg(message).arg(errorCode(body));
}

int errorCode(const QByteArray &body)
{
    const QJsonValue code = QJsonDocument::fromJson(body).object().value(u"code"_s);
    return code.isDouble() ? code.toInt(-1) : -1;
}

std::optional<QJsonObject> toCanonical(const VendorRecord &record, const Currency &defaultCurrency,
                                       QString *error)
{
    QString why;
    std::optional<QJsonObject> canonical;
    if (record.object == u"invoices"_s)
        canonical = invoiceOf(record, defaultCurrency, &why);
    else if (record.object == u"creditnotes"_s)
        canonical = creditOf(record, defaultCurrency, &why);
    else if (record.object == u"salesorders"_s)
        canonical = orderOf(record, defaultCurrency, &why);
    else if (record.object == u"contacts"_s)
        canonical = customerOf(record, &why);
    else if (record.object == u"items"_s)
        canonical = itemOf(record, defaultCurrency, &why);
    else if (record.object == u"customerpayments"_s)
        canonical = paymentOf(record, defaultCurrency, &why);
    else
        why = Text::tr("no canonical record for this object");
    if (!canonical && error)
        *error = Text::tr("Zoho Books %1 %2: %3").arg(record.object, record.id, why);
    return canonical;
}

} // namespace LedgerLink::Connectors::Zoho
