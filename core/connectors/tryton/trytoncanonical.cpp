#include "connectors/tryton/trytoncanonical.h"

#include "connectors/connectorsupport.h"
#include "connectors/tryton/trytonrpc.h"
#include "model/creditnote.h"
#include "model/customer.h"
#include "model/inventorylevel.h"
#include "model/invoice.h"
#include "model/order.h"
#include "model/payment.h"
#include "model/product.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTimeZone>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors::Tryton {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

using Model::Currency;
using Model::Decimal;
using Model::Money;
using Support::fieldPath;
using Support::FieldReader;
using Support::indexPath;

/// A field of a row, following dotted paths through Tryton's "x." keys ("template.code" is
/// row["template."]["code"]).
QJsonValue field(const QJsonObject &row, const QString &path)
{
    const QStringList segments = path.split(u'.');
    QJsonObject object = row;
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        const QJsonValue next = object.value(segments.at(i) + u'.');
        if (!next.isObject())
            return QJsonValue::Null;
        object = next.toObject();
    }
    const QJsonValue value = object.value(segments.last());
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

/// The related rows of an x2many dotted read ("lines." → [{...}, ...]).
QJsonArray rows(const QJsonObject &row, const QString &name)
{
    return row.value(name + u'.').toArray();
}

QJsonValue plainField(const QJsonObject &row, const QString &path)
{
    return plain(field(row, path));
}

/// Tryton's booleans come back as 0/1 from SQLite and true/false from PostgreSQL.
bool boolOf(const QJsonValue &value)
{
    return value.isBool() ? value.toBool() : value.toInt() != 0;
}

QJsonValue timeText(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

/// {"id": <id>, "name": ...} of a many2one read with its name, or null.
QJsonValue partyOf(const QJsonObject &row, bool withEmail)
{
    const QJsonValue id = field(row, u"party"_s);
    if (id.isNull())
        return QJsonValue::Null;
    QJsonObject party{{u"id"_s, id}, {u"name"_s, plainField(row, u"party.name"_s)}};
    if (withEmail)
        party.insert(u"email"_s, plainField(row, u"party.email"_s));
    return party;
}

QJsonArray linesOf(const QJsonObject &row)
{
    QJsonArray lines;
    for (const QJsonValue &value : rows(row, u"lines"_s)) {
        const QJsonObject line = value.toObject();
        QJsonObject document{{u"id"_s, line.value(u"id"_s)},
                             {u"type"_s, plainField(line, u"type"_s)},
                             {u"product_id"_s, field(line, u"product"_s)},
                             {u"sku"_s, plainField(line, u"product.code"_s)},
                             {u"description"_s, plainField(line, u"description"_s)},
                             {u"quantity"_s, QJsonValue::Null},
                             {u"unit_price"_s, plainField(line, u"unit_price"_s)},
                             {u"amount"_s, plainField(line, u"amount"_s)}};
        if (const std::optional<Decimal> quantity = decimalOf(line.value(u"quantity"_s)))
            document.insert(u"quantity"_s, quantity->toString());
        if (line.contains(u"origin"_s))
            document.insert(u"origin"_s, plainField(line, u"origin"_s));
        lines.append(document);
    }
    return lines;
}

QJsonObject productDocument(const QJsonObject &row, const QString &currency)
{
    return QJsonObject{
        {u"id"_s, row.value(u"id"_s)},
        {u"code"_s, plainField(row, u"code"_s)},
        {u"name"_s, plainField(row, u"name"_s)},
        {u"template_id"_s, field(row, u"template"_s)},
        {u"template_code"_s, plainField(row, u"template.code"_s)},
        {u"suffix_code"_s, plainField(row, u"suffix_code"_s)},
        {u"list_price"_s, plainField(row, u"list_price"_s)},
        {u"cost_price"_s, plainField(row, u"cost_price"_s)},
        {u"currency"_s, currency},
        {u"salable"_s, boolOf(field(row, u"template.salable"_s))},
        {u"type"_s, plainField(row, u"template.type"_s)},
        {u"uom"_s, plainField(row, u"template.default_uom.symbol"_s)},
        {u"category"_s, plainField(row, u"template.account_category.name"_s)},
        {u"description"_s, plainField(row, u"description"_s)},
        {u"active"_s, boolOf(field(row, u"active"_s))},
        {u"created_at"_s, timeText(dateTimeOf(field(row, u"create_date"_s)))},
        {u"updated_at"_s, timeText(updatedAt(row, {QString(), u"template."_s}))},
    };
}

QJsonObject partyDocument(const QJsonObject &row)
{
    QJsonArray addresses;
    for (const QJsonValue &value : rows(row, u"addresses"_s)) {
        const QJsonObject address = value.toObject();
        addresses.append(QJsonObject{{u"id"_s, address.value(u"id"_s)},
                                     {u"name"_s, plainField(address, u"name"_s)},
                                     {u"street"_s, plainField(address, u"street"_s)},
                                     {u"city"_s, plainField(address, u"city"_s)},
                                     {u"postal_code"_s, plainField(address, u"postal_code"_s)},
                                     {u"country"_s, plainField(address, u"country.code"_s)}});
    }
    return QJsonObject{
        {u"id"_s, row.value(u"id"_s)},
        {u"code"_s, plainField(row, u"code"_s)},
        {u"name"_s, plainField(row, u"name"_s)},
        {u"email"_s, plainField(row, u"email"_s)},
        {u"phone"_s, plainField(row, u"phone"_s)},
        {u"addresses"_s, addresses},
        {u"created_at"_s, timeText(dateTimeOf(field(row, u"create_date"_s)))},
        {u"updated_at"_s, timeText(updatedAt(row, {QString()}))},
    };
}

QJsonObject saleDocument(const QJsonObject &row)
{
    QJsonArray invoices;
    for (const QJsonValue &value : rows(row, u"invoices"_s)) {
        const QJsonObject invoice = value.toObject();
        invoices.append(QJsonObject{{u"id"_s, invoice.value(u"id"_s)},
                                    {u"number"_s, plainField(invoice, u"number"_s)},
                                    {u"state"_s, plainField(invoice, u"state"_s)},
                                    {u"total_amount"_s, plainField(invoice, u"total_amount"_s)},
                                    {u"amount_to_pay"_s, plainField(invoice, u"amount_to_pay"_s)}});
    }
    return QJsonObject{
        {u"id"_s, row.value(u"id"_s)},
        {u"number"_s, plainField(row, u"number"_s)},
        {u"reference"_s, plainField(row, u"reference"_s)},
        {u"description"_s, plainField(row, u"description"_s)},
        {u"state"_s, plainField(row, u"state"_s)},
        {u"invoice_state"_s, plainField(row, u"invoice_state"_s)},
        {u"shipment_state"_s, plainField(row, u"shipment_state"_s)},
        {u"sale_date"_s, plainField(row, u"sale_date"_s)},
        {u"currency"_s, plainField(row, u"currency.code"_s)},
        {u"party"_s, partyOf(row, true)},
        {u"lines"_s, linesOf(row)},
        {u"untaxed_amount"_s, plainField(row, u"untaxed_amount"_s)},
        {u"tax_amount"_s, plainField(row, u"tax_amount"_s)},
        {u"total_amount"_s, plainField(row, u"total_amount"_s)},
        {u"invoices"_s, invoices},
        {u"created_at"_s, timeText(dateTimeOf(field(row, u"create_date"_s)))},
        {u"updated_at"_s, timeText(updatedAt(row, {QString()}))},
    };
}

QJsonObject invoiceDocument(const QJsonObject &row, bool creditNote)
{
    QJsonArray sales;
    for (const QJsonValue &value : rows(row, u"sales"_s)) {
        const QJsonObject sale = value.toObject();
        sales.append(QJsonObject{{u"id"_s, sale.value(u"id"_s)},
                                 {u"number"_s, plainField(sale, u"number"_s)},
                                 {u"reference"_s, plainField(sale, u"reference"_s)}});
    }
    QJsonObject document{
        {u"id"_s, row.value(u"id"_s)},
        {u"number"_s, plainField(row, u"number"_s)},
        {u"reference"_s, plainField(row, u"reference"_s)},
        {u"description"_s, plainField(row, u"description"_s)},
        {u"state"_s, plainField(row, u"state"_s)},
        {u"type"_s, plainField(row, u"type"_s)},
        {u"invoice_date"_s, plainField(row, u"invoice_date"_s)},
        {u"currency"_s, plainField(row, u"currency.code"_s)},
        {u"party"_s, partyOf(row, false)},
        {u"sales"_s, sales},
        {u"sale_reference"_s,
         sales.isEmpty() ? QJsonValue(QJsonValue::Null) : sales.first().toObject().value(u"reference"_s)},
        {u"lines"_s, linesOf(row)},
        {u"untaxed_amount"_s, plainField(row, u"untaxed_amount"_s)},
        {u"tax_amount"_s, plainField(row, u"tax_amount"_s)},
        {u"total_amount"_s, plainField(row, u"total_amount"_s)},
        {u"amount_to_pay"_s, plainField(row, u"amount_to_pay"_s)},
        {u"created_at"_s, timeText(dateTimeOf(field(row, u"create_date"_s)))},
        {u"updated_at"_s, timeText(updatedAt(row, {QString()}))},
    };
    if (creditNote) {
        // The invoice credited: the origin of the first line that credits an invoice line.
        QJsonValue credited = QJsonValue::Null;
        for (const QJsonValue &value : rows(row, u"lines"_s)) {
            const QJsonValue invoice = field(value.toObject(), u"origin.invoice"_s);
            if (invoice.isDouble()) {
                credited =
                    QJsonObject{{u"id"_s, invoice},
                                {u"number"_s, plainField(value.toObject(), u"origin.invoice.number"_s)}};
                break;
            }
        }
        document.insert(u"credited_invoice"_s, credited);
    }
    return document;
}

QJsonObject paymentDocument(const QJsonObject &row, const QString &currency)
{
    QJsonValue amount = QJsonValue::Null;
    const std::optional<Decimal> credit = decimalOf(field(row, u"credit"_s));
    const std::optional<Decimal> debit = decimalOf(field(row, u"debit"_s));
    if (credit && debit)
        amount = (*credit - *debit).toString(); // a customer's payment credits the receivable
    return QJsonObject{
        {u"id"_s, row.value(u"id"_s)},
        {u"invoice_id"_s, field(row, u"invoice_payment"_s)},
        {u"invoice_number"_s, plainField(row, u"invoice_payment.number"_s)},
        {u"invoice_reference"_s, plainField(row, u"invoice_payment.reference"_s)},
        {u"amount"_s, amount},
        {u"currency"_s, currency},
        {u"date"_s, plainField(row, u"date"_s)},
        {u"description"_s, plainField(row, u"move_description"_s)},
        {u"journal"_s, plainField(row, u"move.journal.name"_s)},
        {u"party"_s, partyOf(row, false)},
        {u"reconciled"_s, !field(row, u"reconciliation"_s).isNull()},
        {u"created_at"_s, timeText(dateTimeOf(field(row, u"create_date"_s)))},
        {u"updated_at"_s, timeText(updatedAt(row, {QString()}))},
    };
}

// --- canonical records ---------------------------------------------------------------------

QDateTime dateAsTime(FieldReader &reader, const QJsonValue &value, const QString &path)
{
    const QString text = reader.text(value, path);
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        reader.fail(path, Text::tr("\"%1\" is not a date").arg(text));
        return {};
    }
    return QDateTime(date, QTime(0, 0), QTimeZone::utc());
}

/// A line of a sale, invoice or credit note document, with its product's id.
struct DocumentLine
{
    Model::InvoiceLine line;
    QString productId;
};

/// The amount lines of a sale, invoice or credit note document; `sign` -1 turns a credit note's
/// negative quantities and amounts positive.
QList<DocumentLine> documentLines(FieldReader &reader, const QJsonObject &document, const Currency &currency,
                                  int sign)
{
    QList<DocumentLine> lines;
    const QJsonArray items = reader.array(document.value(u"lines"_s), u"lines"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = indexPath(u"lines"_s, i);
        const QJsonObject item = reader.object(items.at(i), path);
        if (item.value(u"type"_s).toString() != u"line"_s)
            continue; // subtotals, titles and comments carry no amount
        Model::InvoiceLine line;
        line.id = reader.id(item.value(u"id"_s), fieldPath(path, u"id"));
        line.sku = reader.text(item.value(u"sku"_s), fieldPath(path, u"sku"));
        line.description = reader.text(item.value(u"description"_s), fieldPath(path, u"description"));
        const Decimal quantity =
            reader.decimal(item.value(u"quantity"_s), fieldPath(path, u"quantity"), true).value_or(Decimal());
        line.quantity = sign < 0 ? -quantity : quantity;
        line.unitPrice = reader.money(item.value(u"unit_price"_s), currency, fieldPath(path, u"unit_price"));
        const Money amount = reader.money(item.value(u"amount"_s), currency, fieldPath(path, u"amount"));
        line.total = sign < 0 && amount.isValid() ? amount.negated() : amount;
        const QString origin = item.value(u"origin"_s).toString();
        if (origin.startsWith(u"sale.line,"_s))
            line.orderLineId = origin.mid(10);
        lines.append(
            DocumentLine{line, reader.id(item.value(u"product_id"_s), fieldPath(path, u"product_id"))});
    }
    return lines;
}

QList<Model::InvoiceLine> invoiceLines(FieldReader &reader, const QJsonObject &document,
                                       const Currency &currency, int sign)
{
    QList<Model::InvoiceLine> lines;
    for (const DocumentLine &line : documentLines(reader, document, currency, sign))
        lines.append(line.line);
    return lines;
}

Money signedMoney(FieldReader &reader, const QJsonObject &document, const QString &key,
                  const Currency &currency, int sign)
{
    const Money amount = reader.money(document.value(key), currency, key);
    return sign < 0 && amount.isValid() ? amount.negated() : amount;
}

QString invoiceStatus(const QString &state)
{
    if (state == u"validated"_s || state == u"posted"_s)
        return u"open"_s;
    if (state == u"cancelled"_s)
        return u"void"_s;
    return state; // draft, paid
}

std::optional<QJsonObject> productOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Product product;
    product.raw = document;
    product.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    product.title = reader.text(document.value(u"name"_s), u"name"_s);
    product.description = reader.text(document.value(u"description"_s), u"description"_s);
    product.productType = reader.text(document.value(u"type"_s), u"type"_s);
    product.status = document.value(u"active"_s).toBool(true) ? u"active"_s : u"archived"_s;
    const Currency currency = reader.currency(document.value(u"currency"_s), u"currency"_s, true);
    Model::Variant variant;
    variant.id = product.id;
    variant.productId = product.id;
    variant.sku = reader.text(document.value(u"code"_s), u"code"_s);
    variant.title = product.title;
    variant.price = reader.money(document.value(u"list_price"_s), currency, u"list_price"_s);
    product.variants.append(variant);
    product.createdAt = reader.isoDateTime(document.value(u"created_at"_s), u"created_at"_s);
    product.updatedAt = reader.isoDateTime(document.value(u"updated_at"_s), u"updated_at"_s);
    return Support::canonicalOf(reader, product, error);
}

std::optional<QJsonObject> stockOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::InventoryLevel level;
    level.raw = document;
    level.sku = reader.text(document.value(u"code"_s), u"code"_s);
    level.variantId = reader.id(document.value(u"product_id"_s), u"product_id"_s, true);
    level.inventoryItemId = level.variantId;
    level.locationId = reader.id(document.value(u"location_id"_s), u"location_id"_s, true);
    level.available = reader.decimal(document.value(u"quantity"_s), u"quantity"_s, true).value_or(Decimal());
    level.updatedAt = reader.isoDateTime(document.value(u"updated_at"_s), u"updated_at"_s);
    return Support::canonicalOf(reader, level, error);
}

Model::Customer customerOf(FieldReader &reader, const QJsonObject &document, const QString &path)
{
    Model::Customer customer;
    customer.raw = document;
    customer.id = reader.id(document.value(u"id"_s), fieldPath(path, u"id"), true);
    customer.email = reader.text(document.value(u"email"_s), fieldPath(path, u"email"));
    // Tryton keeps one name per party (a person's full name or a company's name), as Xero does.
    customer.company = reader.text(document.value(u"name"_s), fieldPath(path, u"name"));
    customer.phone = reader.text(document.value(u"phone"_s), fieldPath(path, u"phone"));
    const QJsonArray addresses = reader.array(document.value(u"addresses"_s), fieldPath(path, u"addresses"));
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QString at = indexPath(fieldPath(path, u"addresses"), i);
        const QJsonObject object = reader.object(addresses.at(i), at);
        Model::Address address;
        address.name = reader.text(object.value(u"name"_s), fieldPath(at, u"name"));
        const QStringList street =
            reader.text(object.value(u"street"_s), fieldPath(at, u"street")).split(u'\n', Qt::SkipEmptyParts);
        address.line1 = street.value(0);
        address.line2 = street.mid(1).join(u", "_s);
        address.city = reader.text(object.value(u"city"_s), fieldPath(at, u"city"));
        address.postalCode = reader.text(object.value(u"postal_code"_s), fieldPath(at, u"postal_code"));
        address.countryCode = reader.text(object.value(u"country"_s), fieldPath(at, u"country"));
        customer.addresses.append(address);
    }
    if (!customer.addresses.isEmpty())
        customer.defaultAddress = customer.addresses.first();
    customer.createdAt = reader.isoDateTime(document.value(u"created_at"_s), fieldPath(path, u"created_at"));
    customer.updatedAt = reader.isoDateTime(document.value(u"updated_at"_s), fieldPath(path, u"updated_at"));
    return customer;
}

std::optional<QJsonObject> customerRecordOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    const Model::Customer customer = customerOf(reader, document, {});
    return Support::canonicalOf(reader, customer, error);
}

std::optional<QJsonObject> saleOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Order order;
    order.raw = document;
    order.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    order.number = reader.text(document.value(u"number"_s), u"number"_s);
    order.currency = reader.currency(document.value(u"currency"_s), u"currency"_s, true);
    if (!reader.ok())
        return Support::canonicalOf(reader, order, error);
    const QJsonObject party = reader.object(document.value(u"party"_s), u"party"_s);
    if (!party.isEmpty()) {
        Model::Customer customer;
        customer.id = reader.id(party.value(u"id"_s), u"party.id"_s);
        customer.company = reader.text(party.value(u"name"_s), u"party.name"_s);
        customer.email = reader.text(party.value(u"email"_s), u"party.email"_s);
        order.customer = customer;
    }
    for (const DocumentLine &line : documentLines(reader, document, order.currency, 1)) {
        Model::OrderLine orderLine;
        orderLine.id = line.line.id;
        orderLine.productId = line.productId;
        orderLine.variantId = line.productId; // a Tryton product is the variant of its template
        orderLine.sku = line.line.sku;
        orderLine.title = line.line.description;
        orderLine.quantity = line.line.quantity;
        orderLine.unitPrice = line.line.unitPrice;
        orderLine.total = line.line.total;
        order.lines.append(orderLine);
    }
    order.subtotal = reader.money(document.value(u"untaxed_amount"_s), order.currency, u"untaxed_amount"_s);
    order.taxTotal = reader.money(document.value(u"tax_amount"_s), order.currency, u"tax_amount"_s);
    order.total = reader.money(document.value(u"total_amount"_s), order.currency, u"total_amount"_s);
    const QString invoiceState = reader.text(document.value(u"invoice_state"_s), u"invoice_state"_s);
    order.financialStatus = invoiceState == u"paid"_s ? u"paid"_s : u"pending"_s;
    order.createdAt = reader.isoDateTime(document.value(u"created_at"_s), u"created_at"_s);
    order.updatedAt = reader.isoDateTime(document.value(u"updated_at"_s), u"updated_at"_s);
    return Support::canonicalOf(reader, order, error);
}

std::optional<QJsonObject> invoiceOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Invoice invoice;
    invoice.raw = document;
    invoice.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    invoice.number = reader.text(document.value(u"number"_s), u"number"_s);
    const QJsonArray sales = reader.array(document.value(u"sales"_s), u"sales"_s);
    if (!sales.isEmpty())
        invoice.orderId = reader.id(sales.first().toObject().value(u"id"_s), u"sales[0].id"_s);
    invoice.customerId =
        reader.id(reader.object(document.value(u"party"_s), u"party"_s).value(u"id"_s), u"party.id"_s);
    invoice.currency = reader.currency(document.value(u"currency"_s), u"currency"_s, true);
    if (!reader.ok())
        return Support::canonicalOf(reader, invoice, error);
    invoice.status = invoiceStatus(reader.text(document.value(u"state"_s), u"state"_s));
    invoice.issuedAt = dateAsTime(reader, document.value(u"invoice_date"_s), u"invoice_date"_s);
    invoice.lines = invoiceLines(reader, document, invoice.currency, 1);
    invoice.subtotal = signedMoney(reader, document, u"untaxed_amount"_s, invoice.currency, 1);
    invoice.taxTotal = signedMoney(reader, document, u"tax_amount"_s, invoice.currency, 1);
    invoice.total = signedMoney(reader, document, u"total_amount"_s, invoice.currency, 1);
    invoice.amountDue = signedMoney(reader, document, u"amount_to_pay"_s, invoice.currency, 1);
    return Support::canonicalOf(reader, invoice, error);
}

std::optional<QJsonObject> creditNoteOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::CreditNote note;
    note.raw = document;
    note.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    note.number = reader.text(document.value(u"number"_s), u"number"_s);
    const QJsonObject credited = reader.object(document.value(u"credited_invoice"_s), u"credited_invoice"_s);
    note.invoiceId = reader.id(credited.value(u"id"_s), u"credited_invoice.id"_s);
    note.refundId = reader.text(document.value(u"reference"_s), u"reference"_s);
    note.reason = reader.text(document.value(u"description"_s), u"description"_s);
    note.customerId =
        reader.id(reader.object(document.value(u"party"_s), u"party"_s).value(u"id"_s), u"party.id"_s);
    note.currency = reader.currency(document.value(u"currency"_s), u"currency"_s, true);
    if (!reader.ok())
        return Support::canonicalOf(reader, note, error);
    note.status = invoiceStatus(reader.text(document.value(u"state"_s), u"state"_s));
    note.issuedAt = dateAsTime(reader, document.value(u"invoice_date"_s), u"invoice_date"_s);
    // Tryton's credit notes are invoices with negative quantities; canonical ones are positive.
    note.lines = invoiceLines(reader, document, note.currency, -1);
    note.subtotal = signedMoney(reader, document, u"untaxed_amount"_s, note.currency, -1);
    note.taxTotal = signedMoney(reader, document, u"tax_amount"_s, note.currency, -1);
    note.total = signedMoney(reader, document, u"total_amount"_s, note.currency, -1);
    return Support::canonicalOf(reader, note, error);
}

std::optional<QJsonObject> paymentOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Payment payment;
    payment.raw = document;
    payment.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    payment.invoiceId = reader.id(document.value(u"invoice_id"_s), u"invoice_id"_s);
    const Currency currency = reader.currency(document.value(u"currency"_s), u"currency"_s, true);
    payment.amount = reader.money(document.value(u"amount"_s), currency, u"amount"_s, true);
    payment.kind = payment.amount.isValid() && payment.amount.signum() < 0 ? u"refund"_s : u"sale"_s;
    payment.gateway = reader.text(document.value(u"journal"_s), u"journal"_s);
    payment.reference = reader.text(document.value(u"description"_s), u"description"_s);
    payment.status = u"success"_s; // Tryton books payments when they are made
    payment.processedAt = dateAsTime(reader, document.value(u"date"_s), u"date"_s);
    return Support::canonicalOf(reader, payment, error);
}

/// The fields of sale and invoice lines a document shows.
QStringList lineFields()
{
    return {u"lines.type"_s,     u"lines.product"_s,    u"lines.product.code"_s, u"lines.description"_s,
            u"lines.quantity"_s, u"lines.unit_price"_s, u"lines.amount"_s};
}

} // namespace

QStringList objectNames()
{
    return {u"product"_s, u"stock"_s, u"party"_s, u"sale"_s, u"invoice"_s, u"credit_note"_s, u"payment"_s};
}

std::optional<ObjectInfo> objectInfo(const QString &object)
{
    const QStringList times{u"create_date"_s, u"write_date"_s};
    const QStringList productFields = QStringList{u"code"_s,
                                                  u"name"_s,
                                                  u"suffix_code"_s,
                                                  u"template"_s,
                                                  u"template.code"_s,
                                                  u"list_price"_s,
                                                  u"cost_price"_s,
                                                  u"template.salable"_s,
                                                  u"template.type"_s,
                                                  u"template.default_uom.symbol"_s,
                                                  u"template.account_category.name"_s,
                                                  u"description"_s,
                                                  u"active"_s,
                                                  u"template.create_date"_s,
                                                  u"template.write_date"_s}
        + times;
    if (object == u"product"_s || object == u"stock"_s)
        return ObjectInfo{object, u"product.product"_s, {}, productFields, {QString(), u"template."_s}};
    if (object == u"party"_s) {
        return ObjectInfo{object,
                          u"party.party"_s,
                          {},
                          QStringList{u"code"_s, u"name"_s, u"email"_s, u"phone"_s, u"addresses.name"_s,
                                      u"addresses.street"_s, u"addresses.city"_s, u"addresses.postal_code"_s,
                                      u"addresses.country.code"_s}
                              + times,
                          {QString()}};
    }
    if (object == u"sale"_s) {
        return ObjectInfo{object,
                          u"sale.sale"_s,
                          {},
                          QStringList{u"number"_s, u"reference"_s, u"description"_s, u"state"_s,
                                      u"invoice_state"_s, u"shipment_state"_s, u"sale_date"_s,
                                      u"currency.code"_s, u"party"_s, u"party.name"_s, u"party.email"_s,
                                      u"untaxed_amount"_s, u"tax_amount"_s, u"total_amount"_s,
                                      u"invoices.number"_s, u"invoices.state"_s, u"invoices.total_amount"_s,
                                      u"invoices.amount_to_pay"_s}
                              + lineFields() + times,
                          {QString()}};
    }
    if (object == u"invoice"_s || object == u"credit_note"_s) {
        const bool credit = object == u"credit_note"_s;
        // Since Tryton 5, a credit note is an out invoice whose total is negative.
        const QJsonArray domain{
            QJsonArray{u"type"_s, u"="_s, u"out"_s},
            QJsonArray{u"total_amount"_s, credit ? u"<"_s : u">="_s, decimalValue(Model::Decimal(0))}};
        QStringList fields{u"number"_s,     u"reference"_s,    u"description"_s,     u"state"_s,
                           u"type"_s,       u"invoice_date"_s, u"currency.code"_s,   u"party"_s,
                           u"party.name"_s, u"sales.number"_s, u"sales.reference"_s, u"untaxed_amount"_s,
                           u"tax_amount"_s, u"total_amount"_s, u"amount_to_pay"_s,   u"lines.origin"_s};
        if (credit)
            fields += QStringList{u"lines.origin.invoice"_s, u"lines.origin.invoice.number"_s};
        return ObjectInfo{object, u"account.invoice"_s, domain, fields + lineFields() + times, {QString()}};
    }
    if (object == u"payment"_s) {
        // The receivable lines of the moves that pay invoices (the pay wizard's moves).
        const QJsonArray domain{QJsonValue(QJsonArray{u"invoice_payment"_s, u"!="_s, QJsonValue::Null})};
        return ObjectInfo{object,
                          u"account.move.line"_s,
                          domain,
                          QStringList{u"debit"_s, u"credit"_s, u"date"_s, u"move_description"_s,
                                      u"move.journal.name"_s, u"party"_s, u"party.name"_s,
                                      u"invoice_payment"_s, u"invoice_payment.number"_s,
                                      u"invoice_payment.reference"_s, u"reconciliation"_s}
                              + times,
                          {QString()}};
    }
    return std::nullopt;
}

QJsonValue changeTime(const QJsonObject &row, const QString &source)
{
    const QString prefix = source.endsWith(u'.') ? source.chopped(1) : source;
    const auto at = [&](const QString &name) {
        return field(row, prefix.isEmpty() ? name : QString(prefix + u'.' + name));
    };
    const QJsonValue written = at(u"write_date"_s);
    return written.isObject() ? written : at(u"create_date"_s);
}

QDateTime updatedAt(const QJsonObject &row, const QStringList &sources)
{
    QDateTime latest;
    for (const QString &source : sources) {
        const QDateTime time = dateTimeOf(changeTime(row, source));
        if (time.isValid() && (!latest.isValid() || time > latest))
            latest = time;
    }
    return latest;
}

QJsonObject documentOf(const QString &object, const QJsonObject &row, const QString &currency)
{
    if (object == u"product"_s)
        return productDocument(row, currency);
    if (object == u"party"_s)
        return partyDocument(row);
    if (object == u"sale"_s)
        return saleDocument(row);
    if (object == u"invoice"_s || object == u"credit_note"_s)
        return invoiceDocument(row, object == u"credit_note"_s);
    if (object == u"payment"_s)
        return paymentDocument(row, currency);
    return {};
}

QJsonObject stockDocument(const QJsonObject &productRow, const QJsonObject &warehouse,
                          const QDateTime &updatedAt)
{
    const QJsonValue productId = productRow.value(u"id"_s);
    const QJsonValue locationId = warehouse.value(u"id"_s);
    QJsonObject document{
        {u"id"_s,
         QString(QString::number(productId.toInteger()) + u':' + QString::number(locationId.toInteger()))},
        {u"product_id"_s, productId},
        {u"code"_s, plainField(productRow, u"code"_s)},
        {u"name"_s, plainField(productRow, u"name"_s)},
        {u"location_id"_s, locationId},
        {u"location_code"_s, plainField(warehouse, u"code"_s)},
        {u"location_name"_s, plainField(warehouse, u"name"_s)},
        {u"quantity"_s, QJsonValue::Null},
        {u"forecast_quantity"_s, QJsonValue::Null},
        {u"uom"_s, plainField(productRow, u"template.default_uom.symbol"_s)},
        {u"updated_at"_s, timeText(updatedAt)},
    };
    if (const std::optional<Decimal> quantity = decimalOf(productRow.value(u"quantity"_s)))
        document.insert(u"quantity"_s, quantity->toString());
    if (const std::optional<Decimal> forecast = decimalOf(productRow.value(u"forecast_quantity"_s)))
        document.insert(u"forecast_quantity"_s, forecast->toString());
    return document;
}

VendorRecord vendorRecord(const QString &object, const QJsonObject &document)
{
    VendorRecord record;
    record.object = object;
    record.document = document;
    const QJsonValue id = document.value(u"id"_s);
    record.id = id.isString() ? id.toString() : Support::idText(id).value_or(QString());
    if (object == u"product"_s || object == u"stock"_s)
        record.matchKey = document.value(u"code"_s).toString();
    else if (object == u"party"_s)
        record.matchKey = document.value(u"email"_s).toString();
    else if (object == u"sale"_s || object == u"credit_note"_s)
        record.matchKey = document.value(u"reference"_s).toString();
    else if (object == u"invoice"_s)
        record.matchKey = document.value(u"reference"_s).toString().isEmpty()
            ? document.value(u"number"_s).toString()
            : document.value(u"reference"_s).toString();
    else if (object == u"payment"_s)
        record.matchKey = document.value(u"description"_s).toString();
    record.updatedAt = Support::parseIsoDateTime(document.value(u"updated_at"_s).toString());
    return record;
}

std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error)
{
    QString why;
    std::optional<QJsonObject> canonical;
    const QJsonObject &document = record.document;
    if (record.object == u"product"_s)
        canonical = productOf(document, &why);
    else if (record.object == u"stock"_s)
        canonical = stockOf(document, &why);
    else if (record.object == u"party"_s)
        canonical = customerRecordOf(document, &why);
    else if (record.object == u"sale"_s)
        canonical = saleOf(document, &why);
    else if (record.object == u"invoice"_s)
        canonical = invoiceOf(document, &why);
    else if (record.object == u"credit_note"_s)
        canonical = creditNoteOf(document, &why);
    else if (record.object == u"payment"_s)
        canonical = paymentOf(document, &why);
    else
        why = Text::tr("no canonical record for this object");
    if (!canonical && error)
        *error = Text::tr("Tryton %1 %2: %3").arg(record.object, record.id, why);
    return canonical;
}

} // namespace LedgerLink::Connectors::Tryton
