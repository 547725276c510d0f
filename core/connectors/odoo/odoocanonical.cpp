#include "connectors/odoo/odoocanonical.h"

#include "connectors/connectorsupport.h"
#include "connectors/odoo/odoorpc.h"
#include "model/creditnote.h"
#include "model/customer.h"
#include "model/inventorylevel.h"
#include "model/invoice.h"
#include "model/payment.h"
#include "model/product.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTimeZone>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors::Odoo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

using Model::Currency;
using Model::Money;
using Support::FieldReader;

QJsonArray moveType(const QString &type)
{
    return QJsonArray{QJsonValue(clause(u"move_type"_s, u"="_s, type))};
}

const QStringList moveFields{u"id"_s,
                             u"name"_s,
                             u"move_type"_s,
                             u"ref"_s,
                             u"invoice_origin"_s,
                             u"partner_id"_s,
                             u"state"_s,
                             u"payment_state"_s,
                             u"invoice_date"_s,
                             u"invoice_date_due"_s,
                             u"currency_id"_s,
                             u"amount_untaxed"_s,
                             u"amount_tax"_s,
                             u"amount_total"_s,
                             u"amount_residual"_s,
                             u"invoice_line_ids"_s,
                             u"write_date"_s};

/// A Many2one currency's code: res.currency's display name is its ISO code ("EUR").
Currency currencyOf(FieldReader &reader, const QJsonObject &document)
{
    return reader.currency(QJsonValue(many2oneName(document.value(u"currency_id"_s))), u"currency_id"_s,
                           true);
}

/// An Odoo date ("2026-11-28") as midnight UTC; invalid for false.
QDateTime dayOf(FieldReader &reader, const QJsonValue &value, const QString &path)
{
    if (!value.isString())
        return {};
    const QDate day = QDate::fromString(value.toString(), u"yyyy-MM-dd"_s);
    if (!day.isValid()) {
        reader.fail(path, Text::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(value.toString()));
        return {};
    }
    return QDateTime(day, QTime(0, 0), QTimeZone::utc());
}

QString idOf(FieldReader &reader, const QJsonObject &document)
{
    return reader.id(document.value(u"id"_s), u"id"_s, true);
}

QString many2oneText(const QJsonValue &value)
{
    const qint64 id = many2oneId(value);
    return id > 0 ? QString::number(id) : QString();
}

/// The product lines of a move (display_type "product", or unset before 16.0's display types).
QList<Model::InvoiceLine> linesOf(FieldReader &reader, const QJsonObject &document, const Currency &currency)
{
    QList<Model::InvoiceLine> lines;
    const QJsonArray rows = reader.array(document.value(u"lines"_s), u"lines"_s);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const QString path = Support::indexPath(u"lines"_s, i);
        const QString displayType = textOf(row.value(u"display_type"_s));
        if (!displayType.isEmpty() && displayType != u"product"_s)
            continue; // sections, notes, and the tax / receivable lines of a move
        Model::InvoiceLine line;
        line.id = reader.id(row.value(u"id"_s), Support::fieldPath(path, u"id"_s), true);
        line.sku = textOf(row.value(u"product_default_code"_s));
        line.description = textOf(row.value(u"name"_s));
        line.quantity =
            reader.decimal(row.value(u"quantity"_s), Support::fieldPath(path, u"quantity"_s), true)
                .value_or(Model::Decimal());
        // price_unit has the decimal accuracy "Product Price", which may hold more decimals than
        // the currency (9.072): the unit price is rounded to the currency, half-up, as a display
        // value; price_subtotal is the line's exact amount.
        if (const std::optional<Model::Decimal> price =
                reader.decimal(row.value(u"price_unit"_s), Support::fieldPath(path, u"price_unit"_s), true);
            price && currency.isValid())
            line.unitPrice = Money::of(*price, currency, Model::RoundingMode::HalfUp);
        line.total = reader.money(row.value(u"price_subtotal"_s), currency,
                                  Support::fieldPath(path, u"price_subtotal"_s), true);
        lines.append(line);
    }
    return lines;
}

std::optional<QJsonObject> productOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Product product;
    product.raw = document;
    product.id = idOf(reader, document);
    product.title = textOf(document.value(u"name"_s));
    // 16/17: detailed_type "product" (storable), "consu", "service"; 18: type + is_storable.
    const QString detailed = textOf(document.value(u"detailed_type"_s));
    product.productType = !detailed.isEmpty()       ? detailed
        : document.value(u"is_storable"_s).toBool() ? u"product"_s
                                                    : textOf(document.value(u"type"_s));
    product.status = document.value(u"active"_s).toBool(true) ? u"active"_s : u"archived"_s;
    product.updatedAt = dateTimeOf(document.value(u"write_date"_s));
    Model::Variant variant;
    variant.id = product.id;
    variant.productId = product.id;
    variant.sku = textOf(document.value(u"default_code"_s));
    variant.title = product.title;
    variant.barcode = textOf(document.value(u"barcode"_s));
    variant.price =
        reader.money(document.value(u"list_price"_s), currencyOf(reader, document), u"list_price"_s, true);
    product.variants.append(variant);
    return Support::canonicalOf(reader, product, error);
}

std::optional<QJsonObject> stockOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::InventoryLevel level;
    level.raw = document;
    level.sku = textOf(document.value(u"product_default_code"_s));
    if (level.sku.isEmpty())
        reader.fail(u"product_id"_s, Text::tr("the product has no internal reference (SKU)"));
    level.variantId = many2oneText(document.value(u"product_id"_s));
    level.inventoryItemId = idOf(reader, document);
    level.locationId = many2oneText(document.value(u"location_id"_s));
    if (level.locationId.isEmpty())
        level.locationId = u"internal"_s; // the sum over all internal locations (OdooConnector)
    level.available = reader.decimal(document.value(u"available_quantity"_s), u"available_quantity"_s, true)
                          .value_or(Model::Decimal());
    level.updatedAt = dateTimeOf(document.value(u"write_date"_s));
    return Support::canonicalOf(reader, level, error);
}

std::optional<QJsonObject> partnerOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Customer customer;
    customer.raw = document;
    customer.id = idOf(reader, document);
    customer.email = textOf(document.value(u"email"_s));
    const QString name = textOf(document.value(u"name"_s));
    if (document.value(u"is_company"_s).toBool()) {
        customer.company = name;
    } else {
        // Odoo keeps one name: the last word is taken as the family name.
        const qsizetype space = name.trimmed().lastIndexOf(u' ');
        customer.firstName = space < 0 ? name.trimmed() : name.trimmed().left(space);
        customer.lastName = space < 0 ? QString() : name.trimmed().mid(space + 1);
        customer.company = many2oneName(document.value(u"parent_id"_s));
    }
    customer.phone = textOf(document.value(u"phone"_s));
    customer.taxId = textOf(document.value(u"vat"_s));
    Model::Address address;
    address.name = name;
    address.line1 = textOf(document.value(u"street"_s));
    address.line2 = textOf(document.value(u"street2"_s));
    address.city = textOf(document.value(u"city"_s));
    address.postalCode = textOf(document.value(u"zip"_s));
    address.region = many2oneName(document.value(u"state_id"_s));
    address.countryCode = textOf(document.value(u"country_code"_s));
    address.phone = customer.phone;
    if (!address.line1.isEmpty() || !address.city.isEmpty()) {
        customer.addresses.append(address);
        customer.defaultAddress = address;
    }
    customer.createdAt = dateTimeOf(document.value(u"create_date"_s));
    customer.updatedAt = dateTimeOf(document.value(u"write_date"_s));
    return Support::canonicalOf(reader, customer, error);
}

QString moveStatus(const QJsonObject &document)
{
    const QString state = textOf(document.value(u"state"_s));
    if (state != u"posted"_s)
        return state == u"cancel"_s ? u"void"_s : u"draft"_s;
    const QString payment = textOf(document.value(u"payment_state"_s));
    return payment == u"paid"_s || payment == u"in_payment"_s || payment == u"reversed"_s ? u"paid"_s
                                                                                          : u"open"_s;
}

std::optional<QJsonObject> invoiceOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Invoice invoice;
    invoice.raw = document;
    invoice.id = idOf(reader, document);
    invoice.number = textOf(document.value(u"name"_s));
    invoice.orderId = textOf(document.value(u"ref"_s));
    if (invoice.orderId.isEmpty())
        invoice.orderId = textOf(document.value(u"invoice_origin"_s));
    invoice.customerId = many2oneText(document.value(u"partner_id"_s));
    invoice.currency = currencyOf(reader, document);
    invoice.status = moveStatus(document);
    invoice.issuedAt = dayOf(reader, document.value(u"invoice_date"_s), u"invoice_date"_s);
    invoice.dueAt = dayOf(reader, document.value(u"invoice_date_due"_s), u"invoice_date_due"_s);
    invoice.lines = linesOf(reader, document, invoice.currency);
    invoice.subtotal =
        reader.money(document.value(u"amount_untaxed"_s), invoice.currency, u"amount_untaxed"_s, true);
    invoice.taxTotal = reader.money(document.value(u"amount_tax"_s), invoice.currency, u"amount_tax"_s, true);
    invoice.total =
        reader.money(document.value(u"amount_total"_s), invoice.currency, u"amount_total"_s, true);
    invoice.amountDue =
        reader.money(document.value(u"amount_residual"_s), invoice.currency, u"amount_residual"_s, true);
    return Support::canonicalOf(reader, invoice, error);
}

std::optional<QJsonObject> creditNoteOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::CreditNote note;
    note.raw = document;
    note.id = idOf(reader, document);
    note.number = textOf(document.value(u"name"_s));
    note.refundId = textOf(document.value(u"ref"_s));
    note.orderId = textOf(document.value(u"invoice_origin"_s));
    note.invoiceId = many2oneText(document.value(u"reversed_entry_id"_s));
    note.customerId = many2oneText(document.value(u"partner_id"_s));
    note.currency = currencyOf(reader, document);
    note.status = moveStatus(document);
    note.issuedAt = dayOf(reader, document.value(u"invoice_date"_s), u"invoice_date"_s);
    note.lines = linesOf(reader, document, note.currency);
    note.subtotal =
        reader.money(document.value(u"amount_untaxed"_s), note.currency, u"amount_untaxed"_s, true);
    note.taxTotal = reader.money(document.value(u"amount_tax"_s), note.currency, u"amount_tax"_s, true);
    note.total = reader.money(document.value(u"amount_total"_s), note.currency, u"amount_total"_s, true);
    return Support::canonicalOf(reader, note, error);
}

std::optional<QJsonObject> paymentOf(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Payment payment;
    payment.raw = document;
    payment.id = idOf(reader, document);
    const QList<qint64> invoices = idsOf(document.value(u"reconciled_invoice_ids"_s));
    payment.invoiceId = invoices.isEmpty() ? QString() : QString::number(invoices.first());
    payment.amount =
        reader.money(document.value(u"amount"_s), currencyOf(reader, document), u"amount"_s, true);
    payment.kind = u"sale"_s;
    payment.method = many2oneName(document.value(u"journal_id"_s));
    // 16/17 keep the reference in "ref", 18 in "memo".
    payment.reference = textOf(document.value(document.contains(u"memo"_s) ? u"memo"_s : u"ref"_s));
    const QString state = textOf(document.value(u"state"_s));
    payment.status = state == u"posted"_s || state == u"paid"_s || state == u"in_process"_s ? u"success"_s
        : state == u"cancel"_s || state == u"canceled"_s                                    ? u"failure"_s
                                                                                            : u"pending"_s;
    payment.processedAt = dayOf(reader, document.value(u"date"_s), u"date"_s);
    return Support::canonicalOf(reader, payment, error);
}

} // namespace

std::optional<ObjectInfo> objectInfo(const QString &object)
{
    if (object == u"product"_s) {
        return ObjectInfo{object,
                          u"product.product"_s,
                          {},
                          u"default_code"_s,
                          {u"id"_s, u"default_code"_s, u"name"_s, u"list_price"_s, u"standard_price"_s,
                           u"barcode"_s, u"currency_id"_s, u"product_tmpl_id"_s, u"active"_s,
                           u"write_date"_s}};
    }
    if (object == u"stock"_s) {
        return ObjectInfo{object,
                          u"stock.quant"_s,
                          QJsonArray{QJsonValue(clause(u"location_id.usage"_s, u"="_s, u"internal"_s))},
                          {},
                          {u"id"_s, u"product_id"_s, u"location_id"_s, u"quantity"_s, u"reserved_quantity"_s,
                           u"available_quantity"_s, u"write_date"_s}};
    }
    if (object == u"partner"_s) {
        return ObjectInfo{object,
                          u"res.partner"_s,
                          {},
                          u"email"_s,
                          {u"id"_s, u"name"_s, u"email"_s, u"phone"_s, u"is_company"_s, u"parent_id"_s,
                           u"street"_s, u"street2"_s, u"city"_s, u"zip"_s, u"state_id"_s, u"country_id"_s,
                           u"country_code"_s, u"vat"_s, u"create_date"_s, u"write_date"_s}};
    }
    if (object == u"sale_order"_s) {
        return ObjectInfo{object,
                          u"sale.order"_s,
                          {},
                          u"client_order_ref"_s,
                          {u"id"_s, u"name"_s, u"client_order_ref"_s, u"partner_id"_s, u"state"_s,
                           u"date_order"_s, u"currency_id"_s, u"amount_untaxed"_s, u"amount_tax"_s,
                           u"amount_total"_s, u"invoice_ids"_s, u"write_date"_s}};
    }
    if (object == u"invoice"_s)
        return ObjectInfo{object, u"account.move"_s, moveType(u"out_invoice"_s), u"ref"_s, moveFields};
    if (object == u"credit_note"_s) {
        QStringList fields = moveFields;
        fields.insert(fields.size() - 1, u"reversed_entry_id"_s);
        return ObjectInfo{object, u"account.move"_s, moveType(u"out_refund"_s), u"ref"_s, fields};
    }
    if (object == u"payment"_s) {
        // The reference field ("ref" / "memo") is added per version by the connector.
        return ObjectInfo{object,
                          u"account.payment"_s,
                          QJsonArray{clause(u"partner_type"_s, u"="_s, u"customer"_s),
                                     clause(u"payment_type"_s, u"="_s, u"inbound"_s)},
                          {},
                          {u"id"_s, u"name"_s, u"amount"_s, u"currency_id"_s, u"date"_s, u"partner_id"_s,
                           u"journal_id"_s, u"state"_s, u"reconciled_invoice_ids"_s, u"write_date"_s}};
    }
    return std::nullopt;
}

QStringList objects()
{
    return {u"product"_s, u"stock"_s,       u"partner"_s, u"sale_order"_s,
            u"invoice"_s, u"credit_note"_s, u"payment"_s};
}

std::optional<VendorRecord> vendorRecord(const QString &object, const QJsonObject &document, QString *error)
{
    const std::optional<ObjectInfo> info = objectInfo(object);
    const QJsonValue id = document.value(u"id"_s);
    if (!info || !id.isDouble() || id.toInteger() <= 0) {
        if (error)
            *error = Text::tr("an Odoo %1 record without an id").arg(object);
        return std::nullopt;
    }
    VendorRecord record;
    record.object = object;
    record.id = QString::number(id.toInteger());
    record.document = document;
    record.updatedAt = dateTimeOf(document.value(u"write_date"_s));
    if (object == u"stock"_s) {
        record.matchKey = textOf(document.value(u"product_default_code"_s));
        const QString location = many2oneName(document.value(u"location_id"_s));
        if (!record.matchKey.isEmpty() && !location.isEmpty())
            record.matchKey += u'@' + location;
    } else if (object == u"payment"_s) {
        record.matchKey = textOf(document.value(document.contains(u"memo"_s) ? u"memo"_s : u"ref"_s));
    } else {
        record.matchKey = textOf(document.value(info->matchField));
    }
    return record;
}

std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error)
{
    const QJsonObject &document = record.document;
    if (record.object == u"product"_s)
        return productOf(document, error);
    if (record.object == u"stock"_s)
        return stockOf(document, error);
    if (record.object == u"partner"_s)
        return partnerOf(document, error);
    if (record.object == u"invoice"_s)
        return invoiceOf(document, error);
    if (record.object == u"credit_note"_s)
        return creditNoteOf(document, error);
    if (record.object == u"payment"_s)
        return paymentOf(document, error);
    if (error)
        *error = Text::tr("Odoo's %1 records have no canonical form in LedgerLink").arg(record.object);
    return std::nullopt;
}

} // namespace LedgerLink::Connectors::Odoo
