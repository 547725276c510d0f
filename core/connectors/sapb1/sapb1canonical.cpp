#include "connectors/sapb1/sapb1canonical.h"

#include "connectors/connectorsupport.h"
#include "model/creditnote.h"
#include "model/customer.h"
#include "model/inventorylevel.h"
#include "model/invoice.h"
#include "model/order.h"
#include "model/payment.h"
#include "model/product.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimeZone>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors::SapB1 {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

using Model::Currency;
using Model::Decimal;
using Model::Money;
using Support::FieldReader;

/// A Service Layer date ("2016-08-29", or "2016-08-29T00:00:00Z" from b1s/v2) as midnight UTC.
QDateTime dayOf(FieldReader &reader, const QJsonValue &value, const QString &path)
{
    const QString text = reader.text(value, path);
    if (text.isEmpty())
        return {};
    const QDate day = QDate::fromString(text.left(10), u"yyyy-MM-dd"_s);
    if (!day.isValid() || (text.size() > 10 && text.at(10) != u'T')) {
        reader.fail(path, Text::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
        return {};
    }
    return QDateTime(day, QTime(0, 0), QTimeZone::utc());
}

QDateTime changedAt(FieldReader &reader, const QJsonObject &document)
{
    QDateTime day = dayOf(reader, document.value(u"UpdateDate"_s), u"UpdateDate"_s);
    if (!day.isValid())
        return {};
    const QString time = reader.text(document.value(u"UpdateTime"_s), u"UpdateTime"_s);
    if (time.isEmpty())
        return day;
    const QTime clock = QTime::fromString(time, time.size() == 5 ? u"HH:mm"_s : u"HH:mm:ss"_s);
    if (!clock.isValid()) {
        reader.fail(u"UpdateTime"_s, Text::tr("\"%1\" is not a time (HH:MM:SS)").arg(time));
        return {};
    }
    day.setTime(clock);
    return day;
}

/// "tYES" → true; anything else false.
bool yes(const QJsonValue &value)
{
    return value.toString() == u"tYES"_s;
}

/// The document's currency: DocCurrency, which must be an ISO 4217 code.
Currency currencyOf(FieldReader &reader, const QJsonObject &document)
{
    const QString code = reader.text(document.value(u"DocCurrency"_s), u"DocCurrency"_s).trimmed();
    if (code.isEmpty()) {
        reader.fail(u"DocCurrency"_s, Text::tr("the document names no currency"));
        return {};
    }
    const std::optional<Currency> currency = Currency::fromCode(code);
    if (!currency) {
        reader.fail(u"DocCurrency"_s,
                    Text::tr("\"%1\" is not an ISO 4217 code: define the company's currencies with their "
                             "international codes (Administration → Setup → Banking → Currencies)")
                        .arg(code));
        return {};
    }
    return *currency;
}

/// A foreign-currency document carries its totals in the *Fc fields (DocTotalFc not zero).
bool foreignTotals(const QJsonObject &document)
{
    const std::optional<Decimal> fc = Decimal::fromJson(document.value(u"DocTotalFc"_s));
    return fc && !fc->isZero();
}

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

/// DocumentLines: LineNum, ItemCode, ItemDescription, Quantity, UnitPrice (before the line
/// discount; Price after it), DiscountPercent, LineTotal (net), TaxCode, TaxTotal, and for a
/// foreign-currency document RowTotalFC and TaxTotalFC.
QList<Line> linesOf(FieldReader &reader, const QJsonObject &document, const Currency &currency, bool foreign)
{
    QList<Line> lines;
    const QJsonArray items = reader.array(document.value(u"DocumentLines"_s), u"DocumentLines"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = Support::indexPath(u"DocumentLines"_s, i);
        const QJsonObject item = reader.object(items.at(i), path);
        const auto at = [&path](QAnyStringView key) {
            return Support::fieldPath(path, key);
        };
        Line line;
        line.id = reader.id(item.value(u"LineNum"_s), at(u"LineNum"));
        line.sku = reader.text(item.value(u"ItemCode"_s), at(u"ItemCode"));
        line.description = reader.text(item.value(u"ItemDescription"_s), at(u"ItemDescription"));
        line.quantity = reader.decimal(item.value(u"Quantity"_s), at(u"Quantity")).value_or(Decimal(1));
        const QString priceField = item.contains(u"UnitPrice"_s) ? u"UnitPrice"_s : u"Price"_s;
        if (const std::optional<Decimal> price = reader.decimal(item.value(priceField), at(priceField));
            price && currency.isValid())
            line.unitPrice = Money::of(*price, currency, Model::RoundingMode::HalfUp);
        const QString totalField = foreign ? u"RowTotalFC"_s : u"LineTotal"_s;
        line.total = reader.money(item.value(totalField), currency, at(totalField));
        const QString taxField = foreign ? u"TaxTotalFC"_s : u"TaxTotal"_s;
        const Money tax = reader.money(item.value(taxField), currency, at(taxField));
        if (tax.isValid()) {
            Model::TaxLine taxLine;
            taxLine.title = reader.text(item.value(u"TaxCode"_s), at(u"TaxCode"));
            if (const std::optional<Decimal> percent =
                    reader.decimal(item.value(u"TaxPercentagePerRow"_s), at(u"TaxPercentagePerRow")))
                taxLine.rate = *percent * *Decimal::fromUnscaled(1, 2);
            taxLine.amount = tax;
            line.taxLines.append(taxLine);
        }
        // The line discount as an amount: quantity × unit price − line total, when all are known.
        if (line.unitPrice.isValid() && line.total.isValid()) {
            const Money gross = line.unitPrice.times(line.quantity, Model::RoundingMode::HalfUp);
            if (const std::optional<Money> off = gross - line.total; off && off->amount().signum() > 0)
                line.discount = *off;
        }
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

/// Document totals: total (DocTotal, tax included), tax (VatSum), subtotal = total − tax.
struct Totals
{
    Money total;
    Money tax;
    Money subtotal;
    Money paid;
};

Totals totalsOf(FieldReader &reader, const QJsonObject &document, const Currency &currency, bool foreign)
{
    Totals totals;
    const QString suffix = foreign ? u"Fc"_s : QString();
    totals.total = reader.money(document.value(u"DocTotal"_s + suffix), currency, u"DocTotal"_s + suffix);
    totals.tax = reader.money(document.value(u"VatSum"_s + suffix), currency, u"VatSum"_s + suffix);
    totals.paid = reader.money(document.value(u"PaidToDate"_s + (foreign ? u"FC"_s : QString())), currency,
                               u"PaidToDate"_s + (foreign ? u"FC"_s : QString()));
    if (totals.total.isValid() && totals.tax.isValid()) {
        if (const std::optional<Money> net = totals.total - totals.tax)
            totals.subtotal = *net;
    }
    return totals;
}

QString documentStatus(const QJsonObject &document, const Totals &totals)
{
    if (yes(document.value(u"Cancelled"_s)))
        return u"void"_s;
    if (document.value(u"DocumentStatus"_s).toString() == u"bost_Close"_s)
        return totals.paid.isValid() && totals.total.isValid() && totals.paid == totals.total ? u"paid"_s
                                                                                              : u"closed"_s;
    return u"open"_s;
}

std::optional<QJsonObject> invoiceOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Invoice invoice;
    invoice.raw = document;
    invoice.id = reader.id(document.value(u"DocEntry"_s), u"DocEntry"_s, true);
    invoice.number = reader.id(document.value(u"DocNum"_s), u"DocNum"_s);
    invoice.customerId = reader.text(document.value(u"CardCode"_s), u"CardCode"_s);
    invoice.currency = currencyOf(reader, document);
    if (!reader.ok())
        return Support::canonicalOf(reader, invoice, error);
    const bool foreign = foreignTotals(document);
    invoice.issuedAt = dayOf(reader, document.value(u"DocDate"_s), u"DocDate"_s);
    invoice.dueAt = dayOf(reader, document.value(u"DocDueDate"_s), u"DocDueDate"_s);
    invoice.lines = invoiceLines(linesOf(reader, document, invoice.currency, foreign));
    const Totals totals = totalsOf(reader, document, invoice.currency, foreign);
    invoice.total = totals.total;
    invoice.taxTotal = totals.tax;
    invoice.subtotal = totals.subtotal;
    if (totals.total.isValid()) {
        const Money paid = totals.paid.isValid() ? totals.paid : Money::zero(invoice.currency);
        if (const std::optional<Money> due = totals.total - paid)
            invoice.amountDue = *due;
    }
    const QString status = documentStatus(document, totals);
    invoice.status = status == u"closed"_s ? u"paid"_s : status; // a closed invoice is settled
    return Support::canonicalOf(reader, invoice, error);
}

std::optional<QJsonObject> creditOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::CreditNote note;
    note.raw = document;
    note.id = reader.id(document.value(u"DocEntry"_s), u"DocEntry"_s, true);
    note.number = reader.id(document.value(u"DocNum"_s), u"DocNum"_s);
    note.customerId = reader.text(document.value(u"CardCode"_s), u"CardCode"_s);
    note.currency = currencyOf(reader, document);
    if (!reader.ok())
        return Support::canonicalOf(reader, note, error);
    const bool foreign = foreignTotals(document);
    note.issuedAt = dayOf(reader, document.value(u"DocDate"_s), u"DocDate"_s);
    note.lines = invoiceLines(linesOf(reader, document, note.currency, foreign));
    // A credit note based on an invoice names it on its lines (BaseType 13 = A/R invoice).
    for (const QJsonValue &line : document.value(u"DocumentLines"_s).toArray()) {
        const QJsonObject object = line.toObject();
        if (object.value(u"BaseType"_s).toInt() == 13 && object.contains(u"BaseEntry"_s)) {
            note.invoiceId = Support::idText(object.value(u"BaseEntry"_s)).value_or(QString());
            break;
        }
    }
    note.reason = reader.text(document.value(u"Comments"_s), u"Comments"_s);
    const Totals totals = totalsOf(reader, document, note.currency, foreign);
    note.total = totals.total;
    note.taxTotal = totals.tax;
    note.subtotal = totals.subtotal;
    const QString status = documentStatus(document, totals);
    note.status = status == u"open"_s ? u"open"_s : (status == u"void"_s ? u"void"_s : u"applied"_s);
    return Support::canonicalOf(reader, note, error);
}

std::optional<QJsonObject> orderOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Order order;
    order.raw = document;
    order.id = reader.id(document.value(u"DocEntry"_s), u"DocEntry"_s, true);
    order.number = reader.text(document.value(u"NumAtCard"_s), u"NumAtCard"_s);
    order.currency = currencyOf(reader, document);
    if (!reader.ok())
        return Support::canonicalOf(reader, order, error);
    const bool foreign = foreignTotals(document);
    if (const QString cardCode = reader.text(document.value(u"CardCode"_s), u"CardCode"_s);
        !cardCode.isEmpty()) {
        Model::Customer customer;
        customer.id = cardCode;
        customer.company = reader.text(document.value(u"CardName"_s), u"CardName"_s);
        order.customer = customer;
    }
    for (const Line &line : linesOf(reader, document, order.currency, foreign)) {
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
    const Totals totals = totalsOf(reader, document, order.currency, foreign);
    order.total = totals.total;
    order.taxTotal = totals.tax;
    order.subtotal = totals.subtotal;
    order.createdAt = dayOf(reader, document.value(u"DocDate"_s), u"DocDate"_s);
    order.updatedAt = changedAt(reader, document);
    return Support::canonicalOf(reader, order, error);
}

std::optional<QJsonObject> customerOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Customer customer;
    customer.raw = document;
    customer.id = reader.text(document.value(u"CardCode"_s), u"CardCode"_s);
    if (customer.id.isEmpty())
        reader.fail(u"CardCode"_s, Text::tr("the id is missing"));
    customer.email = reader.text(document.value(u"EmailAddress"_s), u"EmailAddress"_s);
    customer.phone = reader.text(document.value(u"Phone1"_s), u"Phone1"_s);
    customer.taxId = reader.text(document.value(u"FederalTaxID"_s), u"FederalTaxID"_s);
    const QString name = reader.text(document.value(u"CardName"_s), u"CardName"_s);
    // Business One keeps one name per partner: the company's (never split into first and last).
    customer.company = name;
    const QJsonArray addresses = reader.array(document.value(u"BPAddresses"_s), u"BPAddresses"_s);
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QString path = Support::indexPath(u"BPAddresses"_s, i);
        const QJsonObject row = reader.object(addresses.at(i), path);
        const auto text = [&](const QString &field) {
            return reader.text(row.value(field), Support::fieldPath(path, field));
        };
        Model::Address address;
        address.company = name;
        address.line1 = text(u"Street"_s);
        address.line2 = text(u"Block"_s);
        address.city = text(u"City"_s);
        address.postalCode = text(u"ZipCode"_s);
        address.regionCode = text(u"State"_s);
        address.countryCode = text(u"Country"_s);
        customer.addresses.append(address);
        if (!customer.defaultAddress && text(u"AddressType"_s) == u"bo_BillTo"_s)
            customer.defaultAddress = address;
    }
    customer.updatedAt = changedAt(reader, document);
    return Support::canonicalOf(reader, customer, error);
}

std::optional<QJsonObject> itemOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Product product;
    product.raw = document;
    product.id = reader.text(document.value(u"ItemCode"_s), u"ItemCode"_s);
    if (product.id.isEmpty())
        reader.fail(u"ItemCode"_s, Text::tr("the id is missing"));
    product.title = reader.text(document.value(u"ItemName"_s), u"ItemName"_s);
    product.productType = reader.text(document.value(u"ItemType"_s), u"ItemType"_s);
    product.status = yes(document.value(u"Frozen"_s)) || document.value(u"Valid"_s).toString() == u"tNO"_s
        ? u"archived"_s
        : u"active"_s;
    Model::Variant variant;
    variant.raw = document;
    variant.id = product.id;
    variant.productId = product.id;
    variant.sku = product.id;
    variant.title = product.title;
    variant.barcode = reader.text(document.value(u"BarCode"_s), u"BarCode"_s);
    // The first price list's price, when it names an ISO currency (a price list without one is in
    // the company's local currency, which the item does not say).
    const QJsonArray prices = reader.array(document.value(u"ItemPrices"_s), u"ItemPrices"_s);
    if (!prices.isEmpty()) {
        const QJsonObject first = prices.first().toObject();
        if (const std::optional<Currency> currency =
                Currency::fromCode(first.value(u"Currency"_s).toString()))
            if (const std::optional<Decimal> price =
                    reader.decimal(first.value(u"Price"_s), u"ItemPrices[0].Price"_s))
                variant.price = Money::of(*price, *currency, Model::RoundingMode::HalfUp);
    }
    product.variants.append(variant);
    product.updatedAt = changedAt(reader, document);
    return Support::canonicalOf(reader, product, error);
}

std::optional<QJsonObject> paymentOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Payment payment;
    payment.raw = document;
    payment.id = reader.id(document.value(u"DocEntry"_s), u"DocEntry"_s, true);
    const Currency currency = currencyOf(reader, document);
    if (!reader.ok())
        return Support::canonicalOf(reader, payment, error);
    // What was received: cash, bank transfer, checks and credit cards together.
    QList<Money> parts;
    for (const QString &field : {u"CashSum"_s, u"TransferSum"_s}) {
        const Money part = reader.money(document.value(field), currency, field);
        if (part.isValid())
            parts.append(part);
    }
    const QJsonArray checks = reader.array(document.value(u"PaymentChecks"_s), u"PaymentChecks"_s);
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const Money part = reader.money(checks.at(i).toObject().value(u"CheckSum"_s), currency,
                                        Support::indexPath(u"PaymentChecks"_s, i) + u".CheckSum"_s);
        if (part.isValid())
            parts.append(part);
    }
    const QJsonArray cards = reader.array(document.value(u"PaymentCreditCards"_s), u"PaymentCreditCards"_s);
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const Money part = reader.money(cards.at(i).toObject().value(u"CreditSum"_s), currency,
                                        Support::indexPath(u"PaymentCreditCards"_s, i) + u".CreditSum"_s);
        if (part.isValid())
            parts.append(part);
    }
    if (reader.ok())
        payment.amount = Money::sum(parts, currency).value_or(Money());
    const QJsonArray invoices = reader.array(document.value(u"PaymentInvoices"_s), u"PaymentInvoices"_s);
    if (!invoices.isEmpty())
        payment.invoiceId =
            reader.id(invoices.first().toObject().value(u"DocEntry"_s), u"PaymentInvoices[0].DocEntry"_s);
    payment.kind = u"sale"_s;
    payment.status = yes(document.value(u"Cancelled"_s)) ? u"voided"_s : u"success"_s;
    payment.reference = reader.text(document.value(u"Reference2"_s), u"Reference2"_s);
    payment.method = !checks.isEmpty()                     ? u"check"_s
        : !cards.isEmpty()                                 ? u"credit_card"_s
        : document.value(u"TransferSum"_s).toDouble() != 0 ? u"bank_transfer"_s
                                                           : u"cash"_s;
    payment.processedAt = dayOf(reader, document.value(u"DocDate"_s), u"DocDate"_s);
    return Support::canonicalOf(reader, payment, error);
}

QJsonObject errorObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
}

} // namespace

std::optional<ObjectInfo> objectInfo(const QString &object)
{
    if (object == u"Items"_s)
        return ObjectInfo{object, u"ItemCode"_s, true, u"ItemCode"_s, false};
    if (object == u"BusinessPartners"_s)
        return ObjectInfo{object, u"CardCode"_s, true, u"EmailAddress"_s, false};
    if (object == u"Orders"_s || object == u"Invoices"_s || object == u"CreditNotes"_s)
        return ObjectInfo{object, u"DocEntry"_s, false, u"NumAtCard"_s, true};
    if (object == u"IncomingPayments"_s)
        return ObjectInfo{object, u"DocEntry"_s, false, u"Reference2"_s, false};
    return std::nullopt;
}

QStringList objects()
{
    return {u"BusinessPartners"_s, u"Items"_s,      u"Orders"_s, u"Invoices"_s,
            u"IncomingPayments"_s, u"CreditNotes"_s};
}

QString entityPath(const ObjectInfo &info, const QString &key)
{
    if (!info.stringKey)
        return info.object + u'(' + key + u')';
    QString escaped = key;
    escaped.replace(u"'"_s, u"''"_s);
    return info.object + u"('"_s + escaped + u"')"_s;
}

QDateTime updatedAt(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    const QDateTime time = changedAt(reader, document);
    if (!reader.ok() && error)
        *error = reader.error();
    return time;
}

std::optional<VendorRecord> vendorRecord(const QString &object, const QJsonObject &document, QString *error)
{
    const std::optional<ObjectInfo> info = objectInfo(object);
    if (!info) {
        if (error)
            *error = Text::tr("SAP Business One has no \"%1\" object.").arg(object);
        return std::nullopt;
    }
    FieldReader reader;
    VendorRecord record;
    record.object = object;
    record.document = document;
    record.id = reader.id(document.value(info->keyField), info->keyField, true);
    record.matchKey = reader.text(document.value(info->matchField), info->matchField);
    record.updatedAt = changedAt(reader, document);
    if (!reader.ok()) {
        if (error)
            *error = Text::tr("SAP Business One %1: %2").arg(object, reader.error());
        return std::nullopt;
    }
    return record;
}

QString errorCode(const QByteArray &body)
{
    const QJsonValue code = errorObject(body).value(u"code"_s);
    return Support::idText(code).value_or(QString());
}

QString errorText(const QByteArray &body)
{
    const QJsonObject error = errorObject(body);
    if (error.isEmpty())
        return {};
    const QJsonValue message = error.value(u"message"_s);
    const QString text =
        (message.isObject() ? message.toObject().value(u"value"_s).toString() : message.toString()).trimmed();
    const QString code = errorCode(body);
    if (code.isEmpty())
        return text;
    return text.isEmpty() ? code : QString(text + u" ("_s + code + u')');
}

QJsonArray inventoryLevels(const QJsonObject &item, QString *error)
{
    FieldReader reader;
    QJsonArray levels;
    const QString sku = reader.text(item.value(u"ItemCode"_s), u"ItemCode"_s);
    const QDateTime changed = changedAt(reader, item);
    const QJsonArray rows =
        reader.array(item.value(u"ItemWarehouseInfoCollection"_s), u"ItemWarehouseInfoCollection"_s);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString path = Support::indexPath(u"ItemWarehouseInfoCollection"_s, i);
        const QJsonObject row = reader.object(rows.at(i), path);
        Model::InventoryLevel level;
        level.sku = sku;
        level.variantId = sku;
        level.inventoryItemId = sku;
        level.locationId = reader.text(row.value(u"WarehouseCode"_s), path + u".WarehouseCode"_s);
        const Decimal inStock =
            reader.decimal(row.value(u"InStock"_s), path + u".InStock"_s).value_or(Decimal());
        const Decimal committed =
            reader.decimal(row.value(u"Committed"_s), path + u".Committed"_s).value_or(Decimal());
        level.available = inStock - committed;
        level.updatedAt = changed;
        level.raw = row;
        levels.append(level.toJson());
    }
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return {};
    }
    return levels;
}

std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error)
{
    QString why;
    std::optional<QJsonObject> canonical;
    if (record.object == u"Invoices"_s)
        canonical = invoiceOf(record.document, &why);
    else if (record.object == u"CreditNotes"_s)
        canonical = creditOf(record.document, &why);
    else if (record.object == u"Orders"_s)
        canonical = orderOf(record.document, &why);
    else if (record.object == u"BusinessPartners"_s)
        canonical = customerOf(record.document, &why);
    else if (record.object == u"Items"_s)
        canonical = itemOf(record.document, &why);
    else if (record.object == u"IncomingPayments"_s)
        canonical = paymentOf(record.document, &why);
    else
        why = Text::tr("no canonical record for this object");
    if (!canonical && error)
        *error = Text::tr("SAP Business One %1 %2: %3").arg(record.object, record.id, why);
    return canonical;
}

} // namespace LedgerLink::Connectors::SapB1
