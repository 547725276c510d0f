#include "connectors/netsuite/netsuitecanonical.h"

#include "connectors/connectorsupport.h"
#include "model/creditnote.h"
#include "model/customer.h"
#include "model/inventorylevel.h"
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

namespace LedgerLink::Connectors::NetSuite {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

using Model::Currency;
using Model::Decimal;
using Model::Money;
using Support::FieldReader;

bool isNumericId(const QString &id)
{
    static const QRegularExpression digits(u"^[0-9]{1,20}$"_s);
    return digits.match(id).hasMatch();
}

/// A URL's text without query and fragment. Not through QUrl: Oracle's examples write hosts as
/// "<accountID>.suitetalk.api.netsuite.com", which QUrl refuses.
QString pathOf(const QString &url)
{
    QString text = url.trimmed();
    static const QRegularExpression queryOrFragment(u"[?#]"_s);
    const qsizetype end = text.indexOf(queryOrFragment);
    if (end >= 0)
        text.truncate(end);
    return text;
}

/// A NetSuite date ("2021-03-15") as midnight UTC of that day; a date-time counts by its date.
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

QDateTime timeOf(FieldReader &reader, const QJsonObject &document, const QString &key)
{
    const QString text = reader.text(document.value(key), key);
    if (text.isEmpty())
        return {};
    const QDateTime time = Support::parseIsoDateTime(text);
    if (!time.isValid())
        reader.fail(key, Text::tr("\"%1\" is not an RFC 3339 time").arg(text));
    return time;
}

/// The id of a reference field ({"id": "220", "refName": "..."}), "" when absent.
QString refId(FieldReader &reader, const QJsonObject &document, const QString &key)
{
    const QJsonObject ref = reader.object(document.value(key), key);
    return reader.id(ref.value(u"id"_s), Support::fieldPath(key, u"id"));
}

QString refName(FieldReader &reader, const QJsonObject &document, const QString &key)
{
    const QJsonObject ref = reader.object(document.value(key), key);
    return reader.text(ref.value(u"refName"_s), Support::fieldPath(key, u"refName"));
}

Currency currencyOf(FieldReader &reader, const QJsonObject &document, const CurrencyTable &currencies,
                    const Currency &defaultCurrency)
{
    const QJsonObject ref = reader.object(document.value(u"currency"_s), u"currency"_s);
    const QString name = reader.text(ref.value(u"refName"_s), u"currency.refName"_s).trimmed();
    const QString id = reader.id(ref.value(u"id"_s), u"currency.id"_s);
    static const QRegularExpression isoCode(u"^[A-Z]{3}$"_s);
    if (isoCode.match(name).hasMatch()) {
        if (const std::optional<Currency> currency = Currency::fromCode(name))
            return *currency;
    }
    if (!id.isEmpty() && currencies.contains(id))
        return currencies.value(id);
    if (ref.isEmpty() && defaultCurrency.isValid())
        return defaultCurrency;
    reader.fail(u"currency"_s,
                ref.isEmpty()
                    ? Text::tr("missing, and the account's currency is not known")
                    : Text::tr("\"%1\" (currency record %2) is not an ISO 4217 code, and the account's "
                               "currency %2 is not known")
                          .arg(name, id));
    return {};
}

struct Line
{
    QString id;
    QString sku;
    QString description;
    Decimal quantity{1};
    Money unitPrice;
    Money total;
};

/// The lines of the expanded `item` sublist (item.items[]).
QList<Line> linesOf(FieldReader &reader, const QJsonObject &document, const Currency &currency)
{
    QList<Line> lines;
    const QJsonObject sublist = reader.object(document.value(u"item"_s), u"item"_s);
    const QJsonArray items = reader.array(sublist.value(u"items"_s), u"item.items"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = Support::indexPath(u"item.items"_s, i);
        const QJsonObject item = reader.object(items.at(i), path);
        const auto at = [&path](QAnyStringView key) {
            return Support::fieldPath(path, key);
        };
        Line line;
        line.id = reader.id(item.value(u"line"_s), at(u"line"));
        const QJsonObject ref = reader.object(item.value(u"item"_s), at(u"item"));
        line.sku = reader.text(ref.value(u"refName"_s), at(u"item.refName"));
        if (line.sku.isEmpty())
            line.sku = reader.id(ref.value(u"id"_s), at(u"item.id"));
        line.description = reader.text(item.value(u"description"_s), at(u"description"));
        line.quantity = reader.decimal(item.value(u"quantity"_s), at(u"quantity")).value_or(Decimal(1));
        // A rate may have more decimals than the currency (NetSuite keeps unit prices finer, e.g.
        // 22.69 / 2 = 11.345 for a price sent without tax): the canonical unit price is rounded
        // half-up to the currency's decimals; the line's amount stays exact.
        if (const std::optional<Decimal> rate = reader.decimal(item.value(u"rate"_s), at(u"rate"));
            rate && currency.isValid())
            line.unitPrice = Money::of(*rate, currency, Model::RoundingMode::HalfUp);
        line.total = reader.money(item.value(u"amount"_s), currency, at(u"amount"));
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
        out.total = line.total;
        result.append(out);
    }
    return result;
}

/// An invoice's status (its refName: "Open", "Paid In Full", "Pending Approval", "Voided").
QString invoiceStatus(const QString &status, const Money &amountRemaining)
{
    const QString lower = status.toLower();
    if (lower.startsWith(u"paid"_s))
        return u"paid"_s;
    if (lower.startsWith(u"pending approval"_s))
        return u"draft"_s;
    if (lower.startsWith(u"void"_s) || lower.startsWith(u"rejected"_s))
        return u"void"_s;
    if (status.isEmpty() && amountRemaining.isValid() && amountRemaining.isZero())
        return u"paid"_s;
    return u"open"_s;
}

std::optional<QJsonObject> invoiceOf(const VendorRecord &record, const CurrencyTable &currencies,
                                     const Currency &defaultCurrency, QString *error)
{
    const QJsonObject &document = record.document;
    FieldReader reader;
    Model::Invoice invoice;
    invoice.raw = document;
    invoice.id = record.id;
    invoice.number = reader.text(document.value(u"tranId"_s), u"tranId"_s);
    invoice.customerId = refId(reader, document, u"entity"_s);
    invoice.orderId = refId(reader, document, u"createdFrom"_s);
    invoice.currency = currencyOf(reader, document, currencies, defaultCurrency);
    if (!reader.ok())
        return Support::canonicalOf(reader, invoice, error);
    invoice.issuedAt = dayOf(reader, document.value(u"tranDate"_s), u"tranDate"_s);
    invoice.dueAt = dayOf(reader, document.value(u"dueDate"_s), u"dueDate"_s);
    invoice.lines = invoiceLines(linesOf(reader, document, invoice.currency));
    invoice.subtotal = reader.money(document.value(u"subtotal"_s), invoice.currency, u"subtotal"_s);
    invoice.taxTotal = reader.money(document.value(u"taxTotal"_s), invoice.currency, u"taxTotal"_s);
    invoice.total = reader.money(document.value(u"total"_s), invoice.currency, u"total"_s);
    invoice.amountDue =
        reader.money(document.value(u"amountRemaining"_s), invoice.currency, u"amountRemaining"_s);
    invoice.status = invoiceStatus(refName(reader, document, u"status"_s), invoice.amountDue);
    return Support::canonicalOf(reader, invoice, error);
}

std::optional<QJsonObject> creditOf(const VendorRecord &record, const CurrencyTable &currencies,
                                    const Currency &defaultCurrency, QString *error)
{
    const QJsonObject &document = record.document;
    FieldReader reader;
    Model::CreditNote note;
    note.raw = document;
    note.id = record.id;
    note.number = reader.text(document.value(u"tranId"_s), u"tranId"_s);
    note.customerId = refId(reader, document, u"entity"_s);
    note.invoiceId = refId(reader, document, u"createdFrom"_s);
    note.currency = currencyOf(reader, document, currencies, defaultCurrency);
    if (!reader.ok())
        return Support::canonicalOf(reader, note, error);
    note.issuedAt = dayOf(reader, document.value(u"tranDate"_s), u"tranDate"_s);
    note.reason = reader.text(document.value(u"memo"_s), u"memo"_s);
    note.lines = invoiceLines(linesOf(reader, document, note.currency));
    note.subtotal = reader.money(document.value(u"subtotal"_s), note.currency, u"subtotal"_s);
    note.taxTotal = reader.money(document.value(u"taxTotal"_s), note.currency, u"taxTotal"_s);
    note.total = reader.money(document.value(u"total"_s), note.currency, u"total"_s);
    const QString status = refName(reader, document, u"status"_s).toLower();
    note.status = status.startsWith(u"fully applied"_s) ? u"applied"_s
        : status.startsWith(u"void"_s)                  ? u"void"_s
                                                        : u"open"_s;
    return Support::canonicalOf(reader, note, error);
}

std::optional<QJsonObject> orderOf(const VendorRecord &record, const CurrencyTable &currencies,
                                   const Currency &defaultCurrency, QString *error)
{
    const QJsonObject &document = record.document;
    FieldReader reader;
    Model::Order order;
    order.raw = document;
    order.id = record.id;
    order.number = reader.text(document.value(u"tranId"_s), u"tranId"_s);
    order.currency = currencyOf(reader, document, currencies, defaultCurrency);
    if (!reader.ok())
        return Support::canonicalOf(reader, order, error);
    if (const QString customerId = refId(reader, document, u"entity"_s); !customerId.isEmpty()) {
        Model::Customer customer;
        customer.id = customerId;
        customer.email = reader.text(document.value(u"email"_s), u"email"_s);
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
    order.subtotal = reader.money(document.value(u"subtotal"_s), order.currency, u"subtotal"_s);
    order.taxTotal = reader.money(document.value(u"taxTotal"_s), order.currency, u"taxTotal"_s);
    order.total = reader.money(document.value(u"total"_s), order.currency, u"total"_s);
    order.createdAt = timeOf(reader, document, u"createdDate"_s);
    order.updatedAt = timeOf(reader, document, u"lastModifiedDate"_s);
    return Support::canonicalOf(reader, order, error);
}

std::optional<QJsonObject> customerOf(const VendorRecord &record, QString *error)
{
    const QJsonObject &document = record.document;
    FieldReader reader;
    Model::Customer customer;
    customer.raw = document;
    customer.id = record.id;
    customer.externalId = reader.text(document.value(u"externalId"_s), u"externalId"_s);
    customer.email = reader.text(document.value(u"email"_s), u"email"_s);
    customer.firstName = reader.text(document.value(u"firstName"_s), u"firstName"_s);
    customer.lastName = reader.text(document.value(u"lastName"_s), u"lastName"_s);
    customer.company = reader.text(document.value(u"companyName"_s), u"companyName"_s);
    customer.phone = reader.text(document.value(u"phone"_s), u"phone"_s);
    customer.createdAt = timeOf(reader, document, u"dateCreated"_s);
    customer.updatedAt = timeOf(reader, document, u"lastModifiedDate"_s);
    return Support::canonicalOf(reader, customer, error);
}

std::optional<QJsonObject> itemOf(const VendorRecord &record, QString *error)
{
    const QJsonObject &document = record.document;
    FieldReader reader;
    Model::Product product;
    product.raw = document;
    product.id = record.id;
    const QString itemId = reader.text(document.value(u"itemId"_s), u"itemId"_s);
    product.title = reader.text(document.value(u"displayName"_s), u"displayName"_s);
    if (product.title.isEmpty())
        product.title = itemId;
    product.description = reader.text(document.value(u"salesDescription"_s), u"salesDescription"_s);
    product.status = document.value(u"isInactive"_s).toBool(false) ? u"archived"_s : u"active"_s;
    Model::Variant variant;
    variant.raw = document;
    variant.id = product.id;
    variant.productId = product.id;
    variant.sku = itemId;
    variant.title = product.title;
    variant.barcode = reader.text(document.value(u"upcCode"_s), u"upcCode"_s);
    product.variants.append(variant);
    product.createdAt = timeOf(reader, document, u"createdDate"_s);
    product.updatedAt = timeOf(reader, document, u"lastModifiedDate"_s);
    return Support::canonicalOf(reader, product, error);
}

std::optional<QJsonObject> paymentOf(const VendorRecord &record, const CurrencyTable &currencies,
                                     const Currency &defaultCurrency, QString *error)
{
    const QJsonObject &document = record.document;
    FieldReader reader;
    Model::Payment payment;
    payment.raw = document;
    payment.id = record.id;
    const Currency currency = currencyOf(reader, document, currencies, defaultCurrency);
    if (!reader.ok())
        return Support::canonicalOf(reader, payment, error);
    payment.amount = reader.money(document.value(u"payment"_s), currency, u"payment"_s, true);
    // The first invoice the payment is applied to (the expanded `apply` sublist).
    const QJsonObject apply = reader.object(document.value(u"apply"_s), u"apply"_s);
    const QJsonArray items = reader.array(apply.value(u"items"_s), u"apply.items"_s);
    for (qsizetype i = 0; i < items.size() && payment.invoiceId.isEmpty(); ++i) {
        const QString path = Support::indexPath(u"apply.items"_s, i);
        const QJsonObject item = reader.object(items.at(i), path);
        if (item.value(u"apply"_s).toBool(false))
            payment.invoiceId = refId(reader, item, u"doc"_s);
    }
    payment.kind = u"sale"_s;
    payment.status = u"success"_s; // a customer payment records money received
    payment.reference = reader.text(document.value(u"tranId"_s), u"tranId"_s);
    payment.method = refName(reader, document, u"paymentOption"_s);
    payment.processedAt = dayOf(reader, document.value(u"tranDate"_s), u"tranDate"_s);
    return Support::canonicalOf(reader, payment, error);
}

} // namespace

QStringList objects()
{
    return {u"customer"_s, u"inventoryItem"_s,   u"salesOrder"_s,
            u"invoice"_s,  u"customerPayment"_s, u"creditMemo"_s};
}

bool isObject(const QString &object)
{
    return objects().contains(object);
}

bool isTransaction(const QString &object)
{
    return object == u"salesOrder"_s || object == u"invoice"_s || object == u"creditMemo"_s
        || object == u"customerPayment"_s;
}

bool expandsSubResources(const QString &object)
{
    return isTransaction(object) || object == u"inventoryItem"_s;
}

QString idFromLocation(const QString &location, const QString &object)
{
    const QString path = pathOf(location);
    const QString marker = u"/record/v1/"_s + object + u'/';
    const qsizetype at = path.lastIndexOf(marker, -1, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    QString id = path.mid(at + marker.size());
    if (id.endsWith(u'/'))
        id.chop(1);
    return isNumericId(id) ? id : QString();
}

QString recordId(const QJsonObject &document)
{
    if (const std::optional<QString> id = Support::idText(document.value(u"id"_s)); id && !id->isEmpty())
        return *id;
    for (const QJsonValue &link : document.value(u"links"_s).toArray()) {
        const QJsonObject object = link.toObject();
        if (object.value(u"rel"_s).toString() != u"self"_s)
            continue;
        QString path = pathOf(object.value(u"href"_s).toString());
        if (path.endsWith(u'/'))
            path.chop(1);
        const QString last = path.section(u'/', -1);
        if (isNumericId(last))
            return last;
    }
    return {};
}

std::optional<VendorRecord> vendorRecord(const QString &object, const QJsonObject &document, QString *error)
{
    FieldReader reader;
    VendorRecord record;
    record.object = object;
    record.document = document;
    record.id = recordId(document);
    if (record.id.isEmpty())
        reader.fail(u"id"_s, Text::tr("missing (and no links rel \"self\" names the record)"));
    record.matchKey = reader.text(document.value(u"externalId"_s), u"externalId"_s);
    record.updatedAt = timeOf(reader, document, u"lastModifiedDate"_s);
    if (!reader.ok()) {
        if (error)
            *error = Text::tr("NetSuite %1: %2").arg(object, reader.error());
        return std::nullopt;
    }
    return record;
}

QString errorText(const QByteArray &body)
{
    const QJsonObject document = QJsonDocument::fromJson(body).object();
    const QJsonArray details = document.value(u"o:errorDetails"_s).toArray();
    const QString title = document.value(u"title"_s).toString();
    QStringList texts;
    for (const QJsonValue &value : details) {
        const QJsonObject detail = value.toObject();
        QString text = detail.value(u"detail"_s).toString().simplified();
        if (!title.isEmpty())
            text = text.isEmpty() ? title : QString(title + u": "_s + text);
        if (const QString code = detail.value(u"o:errorCode"_s).toString(); !code.isEmpty())
            text += u" ("_s + code + u')';
        if (const QString path = detail.value(u"o:errorPath"_s).toString(); !path.isEmpty())
            text += Text::tr(" [at %1]").arg(path);
        texts.append(text);
    }
    if (texts.isEmpty() && !title.isEmpty())
        texts.append(title);
    return texts.join(u"; "_s);
}

QString errorCode(const QByteArray &body)
{
    const QJsonObject document = QJsonDocument::fromJson(body).object();
    const QJsonArray details = document.value(u"o:errorDetails"_s).toArray();
    return details.isEmpty() ? QString() : details.first().toObject().value(u"o:errorCode"_s).toString();
}

std::optional<QJsonObject> toCanonical(const VendorRecord &record, const CurrencyTable &currencies,
                                       const Currency &defaultCurrency, QString *error)
{
    QString why;
    std::optional<QJsonObject> canonical;
    if (record.object == u"invoice"_s)
        canonical = invoiceOf(record, currencies, defaultCurrency, &why);
    else if (record.object == u"creditMemo"_s)
        canonical = creditOf(record, currencies, defaultCurrency, &why);
    else if (record.object == u"salesOrder"_s)
        canonical = orderOf(record, currencies, defaultCurrency, &why);
    else if (record.object == u"customer"_s)
        canonical = customerOf(record, &why);
    else if (record.object == u"inventoryItem"_s)
        canonical = itemOf(record, &why);
    else if (record.object == u"customerPayment"_s)
        canonical = paymentOf(record, currencies, defaultCurrency, &why);
    else
        why = Text::tr("no canonical record for this object");
    if (!canonical && error)
        *error = Text::tr("NetSuite %1 %2: %3").arg(record.object, record.id, why);
    return canonical;
}

QJsonArray inventoryLevels(const QJsonObject &item, QString *error)
{
    FieldReader reader;
    QJsonArray levels;
    const QString sku = reader.text(item.value(u"itemId"_s), u"itemId"_s);
    const QString id = recordId(item);
    const QDateTime changed = timeOf(reader, item, u"lastModifiedDate"_s);
    const QJsonObject sublist = reader.object(item.value(u"locations"_s), u"locations"_s);
    const QJsonArray rows = reader.array(sublist.value(u"items"_s), u"locations.items"_s);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString path = Support::indexPath(u"locations.items"_s, i);
        const QJsonObject row = reader.object(rows.at(i), path);
        Model::InventoryLevel level;
        level.sku = sku;
        level.variantId = id;
        level.inventoryItemId = id;
        const QJsonObject location =
            reader.object(row.value(u"location"_s), Support::fieldPath(path, u"location"));
        level.locationId = reader.id(location.value(u"id"_s), Support::fieldPath(path, u"location.id"));
        if (level.locationId.isEmpty())
            level.locationId = reader.id(row.value(u"locationId"_s), Support::fieldPath(path, u"locationId"));
        if (level.locationId.isEmpty())
            reader.fail(Support::fieldPath(path, u"location"), Text::tr("the line names no location"));
        if (const std::optional<Decimal> available = reader.decimal(
                row.value(u"quantityAvailable"_s), Support::fieldPath(path, u"quantityAvailable"))) {
            level.available = *available;
        } else {
            const Decimal onHand =
                reader.decimal(row.value(u"quantityOnHand"_s), Support::fieldPath(path, u"quantityOnHand"))
                    .value_or(Decimal());
            const Decimal committed = reader
                                          .decimal(row.value(u"quantityCommitted"_s),
                                                   Support::fieldPath(path, u"quantityCommitted"))
                                          .value_or(Decimal());
            level.available = onHand - committed;
        }
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

} // namespace LedgerLink::Connectors::NetSuite
