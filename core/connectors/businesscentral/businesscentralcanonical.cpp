#include "connectors/businesscentral/businesscentralcanonical.h"

#include "connectors/connectorsupport.h"
#include "model/creditnote.h"
#include "model/customer.h"
#include "model/invoice.h"
#include "model/order.h"
#include "model/payment.h"
#include "model/product.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimeZone>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors::BusinessCentral {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

using Model::Currency;
using Model::Decimal;
using Model::Money;
using Support::FieldReader;

/// A Business Central date ("2019-01-15", the company's own day) as midnight UTC of that day. A
/// date-time (what the v1.0 spec promises) counts by the date it is written with.
QDateTime dayOf(FieldReader &reader, const QJsonValue &value, const QString &path)
{
    const QString text = reader.text(value, path);
    if (text.isEmpty() || text == u"0001-01-01"_s) // Business Central's "no date"
        return {};
    const QDate day = QDate::fromString(text.left(10), u"yyyy-MM-dd"_s);
    if (!day.isValid() || (text.size() > 10 && text.at(10) != u'T')) {
        reader.fail(path, Text::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
        return {};
    }
    return QDateTime(day, QTime(0, 0), QTimeZone::utc());
}

QDateTime modifiedAt(FieldReader &reader, const QJsonObject &document)
{
    const QString text = reader.text(document.value(u"lastModifiedDateTime"_s), u"lastModifiedDateTime"_s);
    if (text.isEmpty())
        return {};
    const QDateTime time = Support::parseIsoDateTime(text);
    if (!time.isValid())
        reader.fail(u"lastModifiedDateTime"_s, Text::tr("\"%1\" is not an RFC 3339 time").arg(text));
    return time;
}

/// A reference id, "" for Business Central's null GUID.
QString refId(FieldReader &reader, const QJsonObject &document, const QString &key)
{
    const QString id = reader.id(document.value(key), key);
    return isNullGuid(id) ? QString() : id;
}

/// The document's currency: currencyCode, else (empty) the company's local currency.
Currency currencyOf(FieldReader &reader, const QJsonObject &document, const Currency &localCurrency)
{
    if (!reader.text(document.value(u"currencyCode"_s), u"currencyCode"_s).trimmed().isEmpty())
        return reader.currency(document.value(u"currencyCode"_s), u"currencyCode"_s, true);
    if (!localCurrency.isValid())
        reader.fail(u"currencyCode"_s,
                    Text::tr("empty (the company's local currency), and the local currency is not known"));
    return localCurrency;
}

Currency localOnly(FieldReader &reader, const QString &path, const Currency &localCurrency)
{
    if (!localCurrency.isValid())
        reader.fail(path, Text::tr("priced in the company's local currency, which is not known"));
    return localCurrency;
}

/// One document line, read into the fields an invoice line and an order line share.
struct Line
{
    QString id;
    QString sku;
    QString description;
    Decimal quantity{1};
    Money unitPrice;
    Money discount;
    QList<Model::TaxLine> taxLines;
    Money total;
};

/// The lines of a sales document (`salesInvoiceLines` ...). Comment lines (lineType "Comment") are
/// text, not lines of the canonical document.
QList<Line> linesOf(FieldReader &reader, const QJsonObject &document, const QString &property,
                    const Currency &currency)
{
    QList<Line> lines;
    const QJsonArray items = reader.array(document.value(property), property);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = Support::indexPath(property, i);
        const QJsonObject item = reader.object(items.at(i), path);
        const auto at = [&path](QAnyStringView key) {
            return Support::fieldPath(path, key);
        };
        if (reader.text(item.value(u"lineType"_s), at(u"lineType")) == u"Comment"_s)
            continue;
        Line line;
        line.id = reader.id(item.value(u"id"_s), at(u"id"));
        // v2.0 names the item or account by lineObjectNumber, v1.0 by lineDetails.number.
        if (item.contains(u"lineObjectNumber"_s)) {
            line.sku = reader.text(item.value(u"lineObjectNumber"_s), at(u"lineObjectNumber"));
        } else {
            const QJsonObject details = reader.object(item.value(u"lineDetails"_s), at(u"lineDetails"));
            line.sku = reader.text(details.value(u"number"_s), at(u"lineDetails.number"));
        }
        line.description = reader.text(item.value(u"description"_s), at(u"description"));
        line.quantity = reader.decimal(item.value(u"quantity"_s), at(u"quantity")).value_or(Decimal(1));
        // A unit price may have up to five decimals (Business Central's unit-amount precision, e.g.
        // 22.69 / 2 = 11.345 for a price sent without tax): the canonical one is rounded half-up to
        // the currency's decimals; the line's amount (amountExcludingTax) stays exact.
        if (const std::optional<Decimal> unitPrice =
                reader.decimal(item.value(u"unitPrice"_s), at(u"unitPrice"));
            unitPrice && currency.isValid())
            line.unitPrice = Money::of(*unitPrice, currency, Model::RoundingMode::HalfUp);
        line.discount = reader.money(item.value(u"discountAmount"_s), currency, at(u"discountAmount"));
        const Money tax = reader.money(item.value(u"totalTaxAmount"_s), currency, at(u"totalTaxAmount"));
        if (tax.isValid()) {
            Model::TaxLine taxLine;
            taxLine.title = reader.text(item.value(u"taxCode"_s), at(u"taxCode"));
            // taxPercent is a percentage (5 = 5 %); the canonical rate a fraction.
            if (const std::optional<Decimal> percent =
                    reader.decimal(item.value(u"taxPercent"_s), at(u"taxPercent")))
                taxLine.rate = *percent * *Decimal::fromUnscaled(1, 2);
            taxLine.amount = tax;
            line.taxLines.append(taxLine);
        }
        line.total = reader.money(item.value(u"amountExcludingTax"_s), currency, at(u"amountExcludingTax"));
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
        out.taxLines = line.taxLines;
        out.total = line.total;
        result.append(out);
    }
    return result;
}

QString invoiceStatus(const QString &status)
{
    if (status == u"Draft"_s || status == u"In Review"_s)
        return u"draft"_s;
    if (status == u"Paid"_s)
        return u"paid"_s;
    if (status == u"Canceled"_s || status == u"Corrective"_s)
        return u"void"_s;
    return u"open"_s;
}

std::optional<QJsonObject> invoiceOf(const QJsonObject &document, const Currency &localCurrency,
                                     QString *error)
{
    FieldReader reader;
    Model::Invoice invoice;
    invoice.raw = document;
    invoice.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    invoice.number = reader.text(document.value(u"number"_s), u"number"_s);
    invoice.customerId = refId(reader, document, u"customerId"_s);
    invoice.orderId = refId(reader, document, u"orderId"_s);
    invoice.currency = currencyOf(reader, document, localCurrency);
    if (!reader.ok())
        return Support::canonicalOf(reader, invoice, error);
    invoice.issuedAt = dayOf(reader, document.value(u"invoiceDate"_s), u"invoiceDate"_s);
    invoice.dueAt = dayOf(reader, document.value(u"dueDate"_s), u"dueDate"_s);
    invoice.lines = invoiceLines(linesOf(reader, document, u"salesInvoiceLines"_s, invoice.currency));
    invoice.subtotal = reader.money(document.value(u"totalAmountExcludingTax"_s), invoice.currency,
                                    u"totalAmountExcludingTax"_s);
    invoice.taxTotal =
        reader.money(document.value(u"totalTaxAmount"_s), invoice.currency, u"totalTaxAmount"_s);
    invoice.total = reader.money(document.value(u"totalAmountIncludingTax"_s), invoice.currency,
                                 u"totalAmountIncludingTax"_s);
    invoice.amountDue =
        reader.money(document.value(u"remainingAmount"_s), invoice.currency, u"remainingAmount"_s);
    invoice.status = invoiceStatus(reader.text(document.value(u"status"_s), u"status"_s));
    return Support::canonicalOf(reader, invoice, error);
}

std::optional<QJsonObject> creditOf(const QJsonObject &document, const Currency &localCurrency,
                                    QString *error)
{
    FieldReader reader;
    Model::CreditNote note;
    note.raw = document;
    note.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    note.number = reader.text(document.value(u"number"_s), u"number"_s);
    note.customerId = refId(reader, document, u"customerId"_s);
    note.invoiceId = refId(reader, document, u"invoiceId"_s);
    note.currency = currencyOf(reader, document, localCurrency);
    if (!reader.ok())
        return Support::canonicalOf(reader, note, error);
    note.issuedAt = dayOf(reader, document.value(u"creditMemoDate"_s), u"creditMemoDate"_s);
    note.lines = invoiceLines(linesOf(reader, document, u"salesCreditMemoLines"_s, note.currency));
    note.subtotal = reader.money(document.value(u"totalAmountExcludingTax"_s), note.currency,
                                 u"totalAmountExcludingTax"_s);
    note.taxTotal = reader.money(document.value(u"totalTaxAmount"_s), note.currency, u"totalTaxAmount"_s);
    note.total = reader.money(document.value(u"totalAmountIncludingTax"_s), note.currency,
                              u"totalAmountIncludingTax"_s);
    const QString status = reader.text(document.value(u"status"_s), u"status"_s);
    // A paid credit memo has been applied (or refunded) in full.
    note.status = status == u"Paid"_s ? u"applied"_s : invoiceStatus(status);
    return Support::canonicalOf(reader, note, error);
}

std::optional<QJsonObject> orderOf(const QJsonObject &document, const Currency &localCurrency, QString *error)
{
    FieldReader reader;
    Model::Order order;
    order.raw = document;
    order.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    order.number = reader.text(document.value(u"number"_s), u"number"_s);
    order.currency = currencyOf(reader, document, localCurrency);
    if (!reader.ok())
        return Support::canonicalOf(reader, order, error);
    if (const QString customerId = refId(reader, document, u"customerId"_s); !customerId.isEmpty()) {
        Model::Customer customer;
        customer.id = customerId;
        customer.email = reader.text(document.value(u"email"_s), u"email"_s);
        order.customer = customer;
    }
    for (const Line &line : linesOf(reader, document, u"salesOrderLines"_s, order.currency)) {
        Model::OrderLine out;
        out.id = line.id;
        out.sku = line.sku;
        out.title = line.description;
        out.quantity = line.quantity;
        out.unitPrice = line.unitPrice;
        out.discount = line.discount;
        out.taxLines = line.taxLines;
        out.total = line.total;
        order.lines.append(out);
    }
    order.discountTotal =
        reader.money(document.value(u"discountAmount"_s), order.currency, u"discountAmount"_s);
    order.subtotal = reader.money(document.value(u"totalAmountExcludingTax"_s), order.currency,
                                  u"totalAmountExcludingTax"_s);
    order.taxTotal = reader.money(document.value(u"totalTaxAmount"_s), order.currency, u"totalTaxAmount"_s);
    order.total = reader.money(document.value(u"totalAmountIncludingTax"_s), order.currency,
                               u"totalAmountIncludingTax"_s);
    order.taxesIncluded = document.value(u"pricesIncludeTax"_s).toBool(false);
    order.createdAt = dayOf(reader, document.value(u"orderDate"_s), u"orderDate"_s);
    order.updatedAt = modifiedAt(reader, document);
    return Support::canonicalOf(reader, order, error);
}

/// The customer's address: v2.0's flat properties (addressLine1, city, ...) or v1.0's `address`
/// ({street, city, state, countryLetterCode, postalCode}).
Model::Address addressOf(FieldReader &reader, const QJsonObject &document)
{
    Model::Address address;
    if (document.value(u"address"_s).isObject()) {
        const QJsonObject object = reader.object(document.value(u"address"_s), u"address"_s);
        const auto text = [&](const QString &field) {
            return reader.text(object.value(field), u"address."_s + field);
        };
        const QStringList street = text(u"street"_s).split(u'\n');
        address.line1 = street.value(0);
        address.line2 = street.mid(1).join(u' ');
        address.city = text(u"city"_s);
        address.regionCode = text(u"state"_s);
        address.postalCode = text(u"postalCode"_s);
        address.countryCode = text(u"countryLetterCode"_s);
    } else {
        const auto text = [&](const QString &field) {
            return reader.text(document.value(field), field);
        };
        address.line1 = text(u"addressLine1"_s);
        address.line2 = text(u"addressLine2"_s);
        address.city = text(u"city"_s);
        address.regionCode = text(u"state"_s);
        address.postalCode = text(u"postalCode"_s);
        address.countryCode = text(u"country"_s);
    }
    static const QRegularExpression isoCountry(u"^[A-Z]{2}$"_s);
    if (!isoCountry.match(address.countryCode).hasMatch())
        address.countryCode.clear(); // a country/region code of the company's own making
    return address;
}

std::optional<QJsonObject> customerOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Customer customer;
    customer.raw = document;
    customer.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    customer.email = reader.text(document.value(u"email"_s), u"email"_s);
    customer.phone = reader.text(document.value(u"phoneNumber"_s), u"phoneNumber"_s);
    customer.taxId = reader.text(document.value(u"taxRegistrationNumber"_s), u"taxRegistrationNumber"_s);
    const QString name = reader.text(document.value(u"displayName"_s), u"displayName"_s);
    const bool person = reader.text(document.value(u"type"_s), u"type"_s) == u"Person"_s;
    // Business Central keeps one name: a company's is the company, a person's goes on the address
    // (never split into first and last name by guessing).
    if (!person)
        customer.company = name;
    Model::Address address = addressOf(reader, document);
    if (address != Model::Address()) {
        if (person)
            address.name = name;
        else
            address.company = name;
        customer.addresses.append(address);
        customer.defaultAddress = address;
    }
    customer.updatedAt = modifiedAt(reader, document);
    return Support::canonicalOf(reader, customer, error);
}

std::optional<QJsonObject> itemOf(const QJsonObject &document, const Currency &localCurrency, QString *error)
{
    FieldReader reader;
    Model::Product product;
    product.raw = document;
    product.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    product.title = reader.text(document.value(u"displayName"_s), u"displayName"_s);
    product.productType = reader.text(document.value(u"type"_s), u"type"_s);
    product.status = document.value(u"blocked"_s).toBool(false) ? u"archived"_s : u"active"_s;
    Model::Variant variant;
    variant.raw = document;
    variant.id = product.id;
    variant.productId = product.id;
    variant.sku = reader.text(document.value(u"number"_s), u"number"_s);
    variant.title = product.title;
    variant.barcode = reader.text(document.value(u"gtin"_s), u"gtin"_s);
    if (document.contains(u"unitPrice"_s)) {
        const Currency currency = localOnly(reader, u"unitPrice"_s, localCurrency);
        if (reader.ok())
            variant.price = reader.money(document.value(u"unitPrice"_s), currency, u"unitPrice"_s);
    }
    product.variants.append(variant);
    product.updatedAt = modifiedAt(reader, document);
    return Support::canonicalOf(reader, product, error);
}

std::optional<QJsonObject> paymentOf(const QJsonObject &document, const Currency &localCurrency,
                                     QString *error)
{
    FieldReader reader;
    Model::Payment payment;
    payment.raw = document;
    payment.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    const Currency currency = localOnly(reader, u"amount"_s, localCurrency);
    if (!reader.ok())
        return Support::canonicalOf(reader, payment, error);
    payment.amount = reader.money(document.value(u"amount"_s), currency, u"amount"_s, true);
    payment.invoiceId = refId(reader, document, u"appliesToInvoiceId"_s);
    payment.kind = u"sale"_s;
    // A customer payment is a line of a payment journal: it is money received once the journal is
    // posted, which the API does not say.
    payment.status = u"pending"_s;
    const QString external =
        reader.text(document.value(u"externalDocumentNumber"_s), u"externalDocumentNumber"_s);
    payment.reference =
        external.isEmpty() ? reader.text(document.value(u"documentNumber"_s), u"documentNumber"_s) : external;
    payment.processedAt = dayOf(reader, document.value(u"postingDate"_s), u"postingDate"_s);
    return Support::canonicalOf(reader, payment, error);
}

/// A string value that is an ISO date-time: "YYYY-MM-DDT...".
bool isDateTime(const QJsonValue &value)
{
    static const QRegularExpression dateTime(u"^\\d{4}-\\d{2}-\\d{2}T"_s);
    return value.isString() && dateTime.match(value.toString()).hasMatch();
}

void cutDates(QJsonObject &object, const QStringList &fields)
{
    for (const QString &field : fields) {
        const QJsonValue value = object.value(field);
        if (isDateTime(value))
            object.insert(field, value.toString().left(10));
    }
}

} // namespace

std::optional<ObjectInfo> objectInfo(const QString &object)
{
    if (object == u"item"_s)
        return ObjectInfo{object, u"items"_s, {}, u"number"_s};
    if (object == u"customer"_s)
        return ObjectInfo{object, u"customers"_s, {}, u"email"_s};
    if (object == u"salesOrder"_s)
        return ObjectInfo{object, u"salesOrders"_s, u"salesOrderLines"_s, u"externalDocumentNumber"_s};
    if (object == u"salesInvoice"_s)
        return ObjectInfo{object, u"salesInvoices"_s, u"salesInvoiceLines"_s, u"externalDocumentNumber"_s};
    if (object == u"salesCreditMemo"_s)
        return ObjectInfo{object, u"salesCreditMemos"_s, u"salesCreditMemoLines"_s,
                          u"externalDocumentNumber"_s};
    if (object == u"customerPayment"_s)
        return ObjectInfo{object, u"customerPayments"_s, {}, u"externalDocumentNumber"_s};
    return std::nullopt;
}

QStringList objects()
{
    return {u"customer"_s,        u"item"_s,           u"salesOrder"_s, u"salesInvoice"_s,
            u"customerPayment"_s, u"salesCreditMemo"_s};
}

bool isNullGuid(const QString &id)
{
    return id == u"00000000-0000-0000-0000-000000000000"_s;
}

bool isGuid(const QString &id)
{
    static const QRegularExpression guid(
        u"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"_s);
    return guid.match(id).hasMatch();
}

std::optional<VendorRecord> vendorRecord(const QString &object, const QJsonObject &document, QString *error)
{
    const std::optional<ObjectInfo> info = objectInfo(object);
    if (!info) {
        if (error)
            *error = Text::tr("Business Central has no \"%1\" object.").arg(object);
        return std::nullopt;
    }
    FieldReader reader;
    VendorRecord record;
    record.object = object;
    record.document = document;
    record.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    record.matchKey = reader.text(document.value(info->matchField), info->matchField);
    record.updatedAt = modifiedAt(reader, document);
    if (!reader.ok()) {
        if (error)
            *error = Text::tr("Business Central %1: %2").arg(object, reader.error());
        return std::nullopt;
    }
    return record;
}

QStringList dateFields(const QString &object)
{
    if (object == u"salesInvoice"_s)
        return {u"invoiceDate"_s, u"postingDate"_s, u"dueDate"_s};
    if (object == u"salesOrder"_s)
        return {u"orderDate"_s, u"postingDate"_s, u"requestedDeliveryDate"_s};
    if (object == u"salesCreditMemo"_s)
        return {u"creditMemoDate"_s, u"postingDate"_s, u"dueDate"_s};
    if (object == u"customerPayment"_s)
        return {u"postingDate"_s};
    return {};
}

QJsonObject withDates(const QString &object, const QJsonObject &payload)
{
    QJsonObject result = payload;
    cutDates(result, dateFields(object));
    const std::optional<ObjectInfo> info = objectInfo(object);
    if (!info || info->linesProperty.isEmpty() || !result.value(info->linesProperty).isArray())
        return result;
    QJsonArray lines = result.value(info->linesProperty).toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).isObject())
            continue;
        QJsonObject line = lines.at(i).toObject();
        cutDates(line, {u"shipmentDate"_s});
        lines.replace(i, line);
    }
    result.insert(info->linesProperty, lines);
    return result;
}

QJsonObject withLineObjectNumbers(const QString &object, const QJsonObject &payload,
                                  const QString &apiVersion)
{
    const std::optional<ObjectInfo> info = objectInfo(object);
    if (apiVersion != u"v2.0"_s || !info || info->linesProperty.isEmpty()
        || !payload.value(info->linesProperty).isArray())
        return payload;
    QJsonObject result = payload;
    QJsonArray lines = result.value(info->linesProperty).toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).isObject())
            continue;
        QJsonObject line = lines.at(i).toObject();
        QJsonObject details = line.value(u"lineDetails"_s).toObject();
        if (!details.contains(u"number"_s))
            continue;
        if (!line.contains(u"lineObjectNumber"_s))
            line.insert(u"lineObjectNumber"_s, details.value(u"number"_s));
        details.remove(u"number"_s);
        if (details.isEmpty())
            line.remove(u"lineDetails"_s);
        else
            line.insert(u"lineDetails"_s, details);
        lines.replace(i, line);
    }
    result.insert(info->linesProperty, lines);
    return result;
}

std::optional<QJsonObject> toCanonical(const VendorRecord &record, const Currency &localCurrency,
                                       QString *error)
{
    QString why;
    std::optional<QJsonObject> canonical;
    if (record.object == u"salesInvoice"_s)
        canonical = invoiceOf(record.document, localCurrency, &why);
    else if (record.object == u"salesCreditMemo"_s)
        canonical = creditOf(record.document, localCurrency, &why);
    else if (record.object == u"salesOrder"_s)
        canonical = orderOf(record.document, localCurrency, &why);
    else if (record.object == u"customer"_s)
        canonical = customerOf(record.document, &why);
    else if (record.object == u"item"_s)
        canonical = itemOf(record.document, localCurrency, &why);
    else if (record.object == u"customerPayment"_s)
        canonical = paymentOf(record.document, localCurrency, &why);
    else
        why = Text::tr("no canonical record for this object");
    if (!canonical && error)
        *error = Text::tr("Business Central %1 %2: %3").arg(record.object, record.id, why);
    return canonical;
}

} // namespace LedgerLink::Connectors::BusinessCentral
