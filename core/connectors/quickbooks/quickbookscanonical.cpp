#include "connectors/quickbooks/quickbookscanonical.h"

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

namespace LedgerLink::Connectors::QuickBooks {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

using Model::Currency;
using Model::Decimal;
using Model::Money;
using Support::FieldReader;

/// A QuickBooks date ("2015-07-24", the company's own day) as midnight UTC of that day.
QDateTime dayOf(FieldReader &reader, const QJsonValue &value, const QString &path)
{
    const QString text = reader.text(value, path);
    if (text.isEmpty())
        return {};
    const QDate day = QDate::fromString(text, u"yyyy-MM-dd"_s);
    if (!day.isValid()) {
        reader.fail(path, Text::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
        return {};
    }
    return QDateTime(day, QTime(0, 0), QTimeZone::utc());
}

/// MetaData's times ("2015-07-24T10:33:39-07:00") as UTC.
QDateTime timeOf(FieldReader &reader, const QJsonObject &document, const QString &key)
{
    const QString path = u"MetaData."_s + key;
    const QString text = reader.text(document.value(u"MetaData"_s).toObject().value(key), path);
    if (text.isEmpty())
        return {};
    const QDateTime time = Support::parseIsoDateTime(text);
    if (!time.isValid())
        reader.fail(path, Text::tr("\"%1\" is not an RFC 3339 time").arg(text));
    return time;
}

/// The value of a reference ({"value": "1", "name": "..."}) at `key`.
QString refValue(FieldReader &reader, const QJsonObject &document, const QString &key)
{
    const QJsonObject ref = reader.object(document.value(key), key);
    return reader.id(ref.value(u"value"_s), key + u".value"_s);
}

/// The document's currency: CurrencyRef.value, else the company's home currency.
Currency currencyOf(FieldReader &reader, const QJsonObject &document, const Currency &homeCurrency)
{
    const QJsonObject ref = reader.object(document.value(u"CurrencyRef"_s), u"CurrencyRef"_s);
    if (ref.contains(u"value"_s))
        return reader.currency(ref.value(u"value"_s), u"CurrencyRef.value"_s, true);
    if (!homeCurrency.isValid())
        reader.fail(u"CurrencyRef"_s,
                    Text::tr("the document names no currency and the company's home currency is not known"));
    return homeCurrency;
}

/// The lines of a sales document: each SalesItemLineDetail line, and each DiscountLineDetail line
/// as a negative line. SubTotalLineDetail (QuickBooks' own sum) and description-only lines are
/// not lines of the canonical document.
QList<Model::InvoiceLine> linesOf(FieldReader &reader, const QJsonObject &document, const Currency &currency)
{
    QList<Model::InvoiceLine> lines;
    const QJsonArray items = reader.array(document.value(u"Line"_s), u"Line"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = Support::indexPath(u"Line"_s, i);
        const QJsonObject item = reader.object(items.at(i), path);
        const QString type =
            reader.text(item.value(u"DetailType"_s), Support::fieldPath(path, u"DetailType"_s));
        const Money amount =
            reader.money(item.value(u"Amount"_s), currency, Support::fieldPath(path, u"Amount"_s), true);
        Model::InvoiceLine line;
        line.id = reader.id(item.value(u"Id"_s), Support::fieldPath(path, u"Id"_s));
        line.description =
            reader.text(item.value(u"Description"_s), Support::fieldPath(path, u"Description"_s));
        if (type == u"SalesItemLineDetail"_s) {
            const QString detailPath = Support::fieldPath(path, u"SalesItemLineDetail"_s);
            const QJsonObject detail = reader.object(item.value(u"SalesItemLineDetail"_s), detailPath);
            const QJsonObject itemRef =
                reader.object(detail.value(u"ItemRef"_s), Support::fieldPath(detailPath, u"ItemRef"_s));
            line.sku =
                reader.text(itemRef.value(u"name"_s), Support::fieldPath(detailPath, u"ItemRef.name"_s));
            line.quantity = reader.decimal(detail.value(u"Qty"_s), Support::fieldPath(detailPath, u"Qty"_s))
                                .value_or(Decimal(1));
            line.unitPrice = reader.money(detail.value(u"UnitPrice"_s), currency,
                                          Support::fieldPath(detailPath, u"UnitPrice"_s));
            if (!line.unitPrice.isValid())
                line.unitPrice = amount; // the documented create sends Amount alone
            line.total = amount;
        } else if (type == u"DiscountLineDetail"_s) {
            if (line.description.isEmpty())
                line.description = Text::tr("Discount");
            line.quantity = Decimal(1);
            line.unitPrice = amount.isValid() ? amount.negated() : amount;
            line.total = line.unitPrice;
        } else {
            continue; // SubTotalLineDetail, DescriptionOnly, GroupLineDetail's own total
        }
        lines.append(line);
    }
    return lines;
}

/// The SubTotalLineDetail line's Amount (QuickBooks' sum of the lines), or an invalid Money.
Money subtotalOf(FieldReader &reader, const QJsonObject &document, const Currency &currency)
{
    const QJsonArray items = document.value(u"Line"_s).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        if (item.value(u"DetailType"_s).toString() == u"SubTotalLineDetail"_s)
            return reader.money(item.value(u"Amount"_s), currency,
                                Support::fieldPath(Support::indexPath(u"Line"_s, i), u"Amount"_s));
    }
    return {};
}

Money totalTaxOf(FieldReader &reader, const QJsonObject &document, const Currency &currency)
{
    const QJsonObject detail = reader.object(document.value(u"TxnTaxDetail"_s), u"TxnTaxDetail"_s);
    return reader.money(detail.value(u"TotalTax"_s), currency, u"TxnTaxDetail.TotalTax"_s);
}

std::optional<QJsonObject> invoiceOf(const QJsonObject &document, const Currency &homeCurrency,
                                     QString *error)
{
    FieldReader reader;
    Model::Invoice invoice;
    invoice.raw = document;
    invoice.id = reader.id(document.value(u"Id"_s), u"Id"_s, true);
    invoice.number = reader.text(document.value(u"DocNumber"_s), u"DocNumber"_s);
    invoice.customerId = refValue(reader, document, u"CustomerRef"_s);
    invoice.currency = currencyOf(reader, document, homeCurrency);
    if (!reader.ok())
        return Support::canonicalOf(reader, invoice, error);
    invoice.issuedAt = dayOf(reader, document.value(u"TxnDate"_s), u"TxnDate"_s);
    invoice.dueAt = dayOf(reader, document.value(u"DueDate"_s), u"DueDate"_s);
    invoice.lines = linesOf(reader, document, invoice.currency);
    invoice.subtotal = subtotalOf(reader, document, invoice.currency);
    invoice.taxTotal = totalTaxOf(reader, document, invoice.currency);
    invoice.total = reader.money(document.value(u"TotalAmt"_s), invoice.currency, u"TotalAmt"_s);
    invoice.amountDue = reader.money(document.value(u"Balance"_s), invoice.currency, u"Balance"_s);
    // QuickBooks keeps no status word: an invoice with nothing left to pay is paid.
    invoice.status = invoice.amountDue.isValid() && invoice.amountDue.isZero() && invoice.total.isValid()
            && !invoice.total.isZero()
        ? u"paid"_s
        : u"open"_s;
    return Support::canonicalOf(reader, invoice, error);
}

/// A CreditMemo (credit the customer can use) or a RefundReceipt (money paid back).
std::optional<QJsonObject> creditOf(const QJsonObject &document, bool refundReceipt,
                                    const Currency &homeCurrency, QString *error)
{
    FieldReader reader;
    Model::CreditNote note;
    note.raw = document;
    note.id = reader.id(document.value(u"Id"_s), u"Id"_s, true);
    note.number = reader.text(document.value(u"DocNumber"_s), u"DocNumber"_s);
    note.customerId = refValue(reader, document, u"CustomerRef"_s);
    note.currency = currencyOf(reader, document, homeCurrency);
    if (!reader.ok())
        return Support::canonicalOf(reader, note, error);
    note.issuedAt = dayOf(reader, document.value(u"TxnDate"_s), u"TxnDate"_s);
    note.reason = reader.text(document.value(u"PrivateNote"_s), u"PrivateNote"_s);
    note.lines = linesOf(reader, document, note.currency);
    note.subtotal = subtotalOf(reader, document, note.currency);
    note.taxTotal = totalTaxOf(reader, document, note.currency);
    note.total = reader.money(document.value(u"TotalAmt"_s), note.currency, u"TotalAmt"_s);
    if (refundReceipt) {
        note.status = u"refunded"_s;
    } else {
        // RemainingCredit: what the customer has not used yet.
        const Money remaining =
            reader.money(document.value(u"RemainingCredit"_s), note.currency, u"RemainingCredit"_s);
        note.status = remaining.isValid() && remaining.isZero() ? u"applied"_s : u"open"_s;
    }
    return Support::canonicalOf(reader, note, error);
}

Model::Address addressOf(FieldReader &reader, const QJsonObject &document, const QString &key)
{
    const QJsonObject object = reader.object(document.value(key), key);
    const auto text = [&](const QString &field) -> QString {
        return reader.text(object.value(field), key + u'.' + field);
    };
    Model::Address address;
    address.line1 = text(u"Line1"_s);
    address.line2 = text(u"Line2"_s);
    address.city = text(u"City"_s);
    address.regionCode = text(u"CountrySubDivisionCode"_s);
    address.postalCode = text(u"PostalCode"_s);
    // QuickBooks keeps the country as typed: only a two-letter code is an ISO code.
    const QString country = text(u"Country"_s);
    static const QRegularExpression isoCountry(u"^[A-Z]{2}$"_s);
    if (isoCountry.match(country).hasMatch())
        address.countryCode = country;
    return address;
}

std::optional<QJsonObject> customerOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Customer customer;
    customer.raw = document;
    customer.id = reader.id(document.value(u"Id"_s), u"Id"_s, true);
    customer.email =
        reader.text(valueAt(document, u"PrimaryEmailAddr.Address"_s), u"PrimaryEmailAddr.Address"_s);
    customer.firstName = reader.text(document.value(u"GivenName"_s), u"GivenName"_s);
    customer.lastName = reader.text(document.value(u"FamilyName"_s), u"FamilyName"_s);
    customer.company = reader.text(document.value(u"CompanyName"_s), u"CompanyName"_s);
    customer.phone =
        reader.text(valueAt(document, u"PrimaryPhone.FreeFormNumber"_s), u"PrimaryPhone.FreeFormNumber"_s);
    customer.taxId = reader.text(document.value(u"PrimaryTaxIdentifier"_s), u"PrimaryTaxIdentifier"_s);
    for (const QString &key : {u"BillAddr"_s, u"ShipAddr"_s}) {
        const Model::Address address = addressOf(reader, document, key);
        if (address == Model::Address() || customer.addresses.contains(address))
            continue;
        customer.addresses.append(address);
        if (key == u"BillAddr"_s)
            customer.defaultAddress = address;
    }
    customer.createdAt = timeOf(reader, document, u"CreateTime"_s);
    customer.updatedAt = timeOf(reader, document, u"LastUpdatedTime"_s);
    return Support::canonicalOf(reader, customer, error);
}

std::optional<QJsonObject> itemOf(const QJsonObject &document, const Currency &homeCurrency, QString *error)
{
    FieldReader reader;
    Model::Product product;
    product.raw = document;
    product.id = reader.id(document.value(u"Id"_s), u"Id"_s, true);
    product.title = reader.text(document.value(u"Name"_s), u"Name"_s);
    product.description = reader.text(document.value(u"Description"_s), u"Description"_s);
    product.productType = reader.text(document.value(u"Type"_s), u"Type"_s);
    product.status = document.value(u"Active"_s).toBool(true) ? u"active"_s : u"archived"_s;
    Model::Variant variant;
    variant.raw = document;
    variant.id = product.id;
    variant.productId = product.id;
    variant.sku = reader.text(document.value(u"Sku"_s), u"Sku"_s);
    variant.title = product.title;
    variant.taxable = document.value(u"Taxable"_s).toBool(true);
    if (document.contains(u"UnitPrice"_s)) {
        if (!homeCurrency.isValid())
            reader.fail(u"UnitPrice"_s, Text::tr("the company's home currency is not known"));
        else
            variant.price = reader.money(document.value(u"UnitPrice"_s), homeCurrency, u"UnitPrice"_s);
    }
    product.variants.append(variant);
    product.createdAt = timeOf(reader, document, u"CreateTime"_s);
    product.updatedAt = timeOf(reader, document, u"LastUpdatedTime"_s);
    return Support::canonicalOf(reader, product, error);
}

std::optional<QJsonObject> paymentOf(const QJsonObject &document, const Currency &homeCurrency,
                                     QString *error)
{
    FieldReader reader;
    Model::Payment payment;
    payment.raw = document;
    payment.id = reader.id(document.value(u"Id"_s), u"Id"_s, true);
    const Currency currency = currencyOf(reader, document, homeCurrency);
    if (!reader.ok())
        return Support::canonicalOf(reader, payment, error);
    payment.amount = reader.money(document.value(u"TotalAmt"_s), currency, u"TotalAmt"_s, true);
    // The invoice it pays: the first invoice a line links (a payment may pay several).
    const QJsonArray lines = reader.array(document.value(u"Line"_s), u"Line"_s);
    for (qsizetype i = 0; i < lines.size() && payment.invoiceId.isEmpty(); ++i) {
        const QString path = Support::indexPath(u"Line"_s, i);
        const QJsonArray linked = reader.array(lines.at(i).toObject().value(u"LinkedTxn"_s),
                                               Support::fieldPath(path, u"LinkedTxn"_s));
        for (qsizetype j = 0; j < linked.size() && payment.invoiceId.isEmpty(); ++j) {
            const QString linkPath = Support::indexPath(Support::fieldPath(path, u"LinkedTxn"_s), j);
            const QJsonObject link = linked.at(j).toObject();
            if (link.value(u"TxnType"_s).toString() == u"Invoice"_s)
                payment.invoiceId =
                    reader.id(link.value(u"TxnId"_s), Support::fieldPath(linkPath, u"TxnId"_s));
        }
    }
    payment.kind = u"sale"_s;
    payment.status = u"success"_s; // QuickBooks records received payments only
    payment.reference = reader.text(document.value(u"PaymentRefNum"_s), u"PaymentRefNum"_s);
    payment.method = reader.text(valueAt(document, u"PaymentMethodRef.name"_s), u"PaymentMethodRef.name"_s);
    payment.gateway =
        reader.text(valueAt(document, u"DepositToAccountRef.value"_s), u"DepositToAccountRef.value"_s);
    payment.processedAt = dayOf(reader, document.value(u"TxnDate"_s), u"TxnDate"_s);
    return Support::canonicalOf(reader, payment, error);
}

} // namespace

std::optional<ObjectInfo> objectInfo(const QString &object)
{
    if (object == u"Invoice"_s)
        return ObjectInfo{object, u"invoice"_s, u"DocNumber"_s, u"DocNumber"_s};
    if (object == u"CreditMemo"_s)
        return ObjectInfo{object, u"creditmemo"_s, u"DocNumber"_s, u"DocNumber"_s};
    if (object == u"RefundReceipt"_s)
        return ObjectInfo{object, u"refundreceipt"_s, u"DocNumber"_s, u"DocNumber"_s};
    if (object == u"Customer"_s)
        return ObjectInfo{object, u"customer"_s, u"PrimaryEmailAddr.Address"_s, u"PrimaryEmailAddr"_s};
    if (object == u"Item"_s)
        return ObjectInfo{object, u"item"_s, u"Sku"_s, u"Sku"_s};
    if (object == u"Payment"_s)
        return ObjectInfo{object, u"payment"_s, u"PaymentRefNum"_s, u"PaymentRefNum"_s};
    return std::nullopt;
}

QStringList objects()
{
    return {u"Customer"_s, u"Item"_s, u"Invoice"_s, u"Payment"_s, u"CreditMemo"_s, u"RefundReceipt"_s};
}

QJsonValue valueAt(const QJsonObject &document, const QString &path)
{
    const QStringList keys = path.split(u'.');
    QJsonValue value = document;
    for (const QString &key : keys) {
        if (!value.isObject())
            return QJsonValue::Undefined;
        value = value.toObject().value(key);
    }
    return value;
}

std::optional<VendorRecord> vendorRecord(const QString &object, const QJsonObject &document, QString *error)
{
    const std::optional<ObjectInfo> info = objectInfo(object);
    if (!info) {
        if (error)
            *error = Text::tr("QuickBooks has no \"%1\" entity.").arg(object);
        return std::nullopt;
    }
    FieldReader reader;
    VendorRecord record;
    record.object = object;
    record.document = document;
    record.id = reader.id(document.value(u"Id"_s), u"Id"_s, true);
    record.matchKey = reader.text(valueAt(document, info->matchPath), info->matchPath);
    record.updatedAt = timeOf(reader, document, u"LastUpdatedTime"_s);
    if (!reader.ok()) {
        if (error)
            *error = Text::tr("QuickBooks %1: %2").arg(object, reader.error());
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
        canonical = invoiceOf(record.document, homeCurrency, &why);
    else if (record.object == u"CreditMemo"_s)
        canonical = creditOf(record.document, false, homeCurrency, &why);
    else if (record.object == u"RefundReceipt"_s)
        canonical = creditOf(record.document, true, homeCurrency, &why);
    else if (record.object == u"Customer"_s)
        canonical = customerOf(record.document, &why);
    else if (record.object == u"Item"_s)
        canonical = itemOf(record.document, homeCurrency, &why);
    else if (record.object == u"Payment"_s)
        canonical = paymentOf(record.document, homeCurrency, &why);
    else
        why = Text::tr("no canonical record for this entity");
    if (!canonical && error)
        *error = Text::tr("QuickBooks %1 %2: %3").arg(record.object, record.id, why);
    return canonical;
}

} // namespace LedgerLink::Connectors::QuickBooks
