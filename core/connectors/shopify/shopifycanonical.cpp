#include "connectors/shopify/shopifycanonical.h"

#include "connectors/connectorsupport.h"
#include "model/customer.h"
#include "model/inventorylevel.h"
#include "model/order.h"
#include "model/payment.h"
#include "model/payout.h"
#include "model/product.h"
#include "model/refund.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QTimeZone>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors::Shopify {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

using Model::Currency;
using Model::Decimal;
using Model::Money;
using Support::FieldReader;

/// Which side of a Shopify money bag (`*_set`) an order is read in: what the customer was
/// charged in (`presentment_money`), or the shop's own currency (`shop_money`, which the plain
/// fields are in too).
enum class Side { Presentment, Shop };

/// The amount of `key` in `currency`: `<key>_set.presentment_money` (`side` Shop:
/// `<key>_set.shop_money`) when the document has it (its currency_code must be `currency`), else
/// the plain `key` field.
Money amountOf(FieldReader &reader, const QJsonObject &object, QLatin1StringView key,
               const Currency &currency, const QString &path, bool required = false,
               Side side = Side::Presentment)
{
    const QString setKey = QString(key) + u"_set"_s;
    const QString setPath = path.isEmpty() ? setKey : QString(path + u'.' + setKey);
    const QJsonObject set = reader.object(object.value(setKey), setPath);
    const QString moneyKey = side == Side::Shop ? u"shop_money"_s : u"presentment_money"_s;
    const QJsonObject money = set.value(moneyKey).toObject();
    if (!money.isEmpty()) {
        const QString moneyPath = setPath + u'.' + moneyKey;
        const Currency code =
            reader.currency(money.value(u"currency_code"_s), moneyPath + u".currency_code"_s, true);
        if (reader.ok() && code != currency) {
            reader.fail(
                moneyPath + u".currency_code"_s,
                Text::tr("%1 differs from the order's currency %2").arg(code.code(), currency.code()));
            return {};
        }
        return reader.money(money.value(u"amount"_s), currency, moneyPath + u".amount"_s, required);
    }
    return reader.money(object.value(key), currency, Support::fieldPath(path, key), required);
}

QList<Model::TaxLine> taxLinesOf(FieldReader &reader, const QJsonValue &value, const Currency &currency,
                                 const QString &path, Side side)
{
    QList<Model::TaxLine> lines;
    const QJsonArray array = reader.array(value, path);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString linePath = Support::indexPath(path, i);
        const QJsonObject tax = reader.object(array.at(i), linePath);
        Model::TaxLine line;
        line.title = reader.text(tax.value(u"title"_s), Support::fieldPath(linePath, "title"_L1));
        line.rate =
            reader.decimal(tax.value(u"rate"_s), Support::fieldPath(linePath, "rate"_L1)).value_or(Decimal());
        line.amount = amountOf(reader, tax, "price"_L1, currency, linePath, true, side);
        lines.append(line);
    }
    return lines;
}

/// The sum of `discount_allocations[].amount`; nullopt when the document has no such array.
std::optional<Money> allocatedDiscount(FieldReader &reader, const QJsonObject &object,
                                       const Currency &currency, const QString &path, Side side)
{
    if (!object.value(u"discount_allocations"_s).isArray())
        return std::nullopt;
    const QString listPath = Support::fieldPath(path, "discount_allocations"_L1);
    const QJsonArray array = object.value(u"discount_allocations"_s).toArray();
    Money sum = Money::zero(currency);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = Support::indexPath(listPath, i);
        const Money amount = amountOf(reader, reader.object(array.at(i), itemPath), "amount"_L1, currency,
                                      itemPath, true, side);
        if (amount.isValid())
            sum = sum.plus(amount).value_or(sum);
    }
    return sum;
}

/// A Shopify Payments date ("2026-11-21") as UTC midnight; required.
QDateTime payoutDate(FieldReader &reader, const QJsonValue &value, const QString &path)
{
    const QString text = reader.text(value, path);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        reader.fail(path, Text::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
        return {};
    }
    return QDateTime(date, QTime(0, 0), QTimeZone::utc());
}

Model::Address addressOf(FieldReader &reader, const QJsonValue &value, const QString &path)
{
    const QJsonObject object = reader.object(value, path);
    Model::Address address;
    const auto text = [&](QLatin1StringView key) -> QString {
        return reader.text(object.value(key), Support::fieldPath(path, key));
    };
    address.name = text("name"_L1);
    address.firstName = text("first_name"_L1);
    address.lastName = text("last_name"_L1);
    address.company = text("company"_L1);
    address.line1 = text("address1"_L1);
    address.line2 = text("address2"_L1);
    address.city = text("city"_L1);
    address.region = text("province"_L1);
    address.regionCode = text("province_code"_L1);
    address.postalCode = text("zip"_L1);
    address.countryCode = text("country_code"_L1);
    address.phone = text("phone"_L1);
    return address;
}

std::optional<Model::Address> optionalAddress(FieldReader &reader, const QJsonObject &document,
                                              QLatin1StringView key, const QString &path)
{
    const QJsonValue value = document.value(key);
    if (!value.isObject() || value.toObject().isEmpty()) {
        reader.object(value, Support::fieldPath(path, key)); // reports a non-object
        return std::nullopt;
    }
    return addressOf(reader, value, Support::fieldPath(path, key));
}

Model::Customer customerOf(FieldReader &reader, const QJsonObject &object, const QString &path)
{
    Model::Customer customer;
    customer.id = reader.id(object.value(u"id"_s), Support::fieldPath(path, "id"_L1));
    customer.email = reader.text(object.value(u"email"_s), Support::fieldPath(path, "email"_L1));
    customer.firstName =
        reader.text(object.value(u"first_name"_s), Support::fieldPath(path, "first_name"_L1));
    customer.lastName = reader.text(object.value(u"last_name"_s), Support::fieldPath(path, "last_name"_L1));
    customer.phone = reader.text(object.value(u"phone"_s), Support::fieldPath(path, "phone"_L1));
    customer.defaultAddress = optionalAddress(reader, object, "default_address"_L1, path);
    if (customer.defaultAddress)
        customer.company = customer.defaultAddress->company;
    const QString addressesPath = Support::fieldPath(path, "addresses"_L1);
    const QJsonArray addresses = reader.array(object.value(u"addresses"_s), addressesPath);
    for (qsizetype i = 0; i < addresses.size(); ++i)
        customer.addresses.append(addressOf(reader, addresses.at(i), Support::indexPath(addressesPath, i)));
    customer.createdAt =
        reader.isoDateTime(object.value(u"created_at"_s), Support::fieldPath(path, "created_at"_L1));
    customer.updatedAt =
        reader.isoDateTime(object.value(u"updated_at"_s), Support::fieldPath(path, "updated_at"_L1));
    return customer;
}

Model::OrderLine lineOf(FieldReader &reader, const QJsonObject &item, const Currency &currency,
                        const QString &path, Side side)
{
    Model::OrderLine line;
    line.id = reader.id(item.value(u"id"_s), Support::fieldPath(path, "id"_L1), true);
    line.productId = reader.id(item.value(u"product_id"_s), Support::fieldPath(path, "product_id"_L1));
    line.variantId = reader.id(item.value(u"variant_id"_s), Support::fieldPath(path, "variant_id"_L1));
    line.sku = reader.text(item.value(u"sku"_s), Support::fieldPath(path, "sku"_L1));
    line.title = reader.text(item.value(u"name"_s), Support::fieldPath(path, "name"_L1));
    if (line.title.isEmpty())
        line.title = reader.text(item.value(u"title"_s), Support::fieldPath(path, "title"_L1));
    line.vendor = reader.text(item.value(u"vendor"_s), Support::fieldPath(path, "vendor"_L1));
    line.quantity = reader.decimal(item.value(u"quantity"_s), Support::fieldPath(path, "quantity"_L1), true)
                        .value_or(Decimal());
    line.unitPrice = amountOf(reader, item, "price"_L1, currency, path, true, side);
    if (const std::optional<Money> allocated = allocatedDiscount(reader, item, currency, path, side))
        line.discount = *allocated;
    else
        line.discount = amountOf(reader, item, "total_discount"_L1, currency, path, false, side);
    if (!line.discount.isValid())
        line.discount = Money::zero(currency);
    line.taxLines = taxLinesOf(reader, item.value(u"tax_lines"_s), currency,
                               Support::fieldPath(path, "tax_lines"_L1), side);
    if (line.unitPrice.isValid()) {
        const Money gross =
            Money::of(line.unitPrice.amount() * line.quantity, currency, Model::RoundingMode::HalfEven);
        line.total = gross.minus(line.discount).value_or(gross);
    }
    return line;
}

/// Shopify's financial_status in the canonical vocabulary (the same words, but "expired").
QString financialStatus(const QString &status)
{
    if (status == u"expired"_s)
        return u"voided"_s;
    return status;
}

} // namespace

std::optional<VendorRecord> vendorRecord(const QString &object, const QJsonObject &document, QString *error)
{
    FieldReader reader;
    VendorRecord record;
    record.object = object;
    record.document = document;
    if (object == u"inventory_level"_s) {
        const QString item = reader.id(document.value(u"inventory_item_id"_s), u"inventory_item_id"_s, true);
        const QString location = reader.id(document.value(u"location_id"_s), u"location_id"_s, true);
        record.id = item + u':' + location;
        record.matchKey = item;
    } else {
        record.id = reader.id(document.value(u"id"_s), u"id"_s, true);
        if (object == u"refund"_s || object == u"transaction"_s) {
            const QString order = reader.id(document.value(u"order_id"_s), u"order_id"_s, true);
            record.matchKey = record.id;
            record.id = order + u'/' + record.id;
        } else if (object == u"order"_s) {
            QString name = reader.text(document.value(u"name"_s), u"name"_s);
            if (name.startsWith(u'#'))
                name.remove(0, 1);
            record.matchKey = name;
        } else if (object == u"customer"_s) {
            record.matchKey = reader.text(document.value(u"email"_s), u"email"_s);
        } else if (object == u"product"_s) {
            const QJsonArray variants = document.value(u"variants"_s).toArray();
            if (!variants.isEmpty())
                record.matchKey =
                    reader.text(variants.first().toObject().value(u"sku"_s), u"variants[0].sku"_s);
        } else if (object == u"payout"_s) {
            // A payout keeps no change time: its date (the day it was paid) stands in for one.
            record.matchKey = record.id;
            record.updatedAt = payoutDate(reader, document.value(u"date"_s), u"date"_s);
            if (!reader.ok()) {
                if (error)
                    *error = Text::tr("Shopify %1: %2").arg(object, reader.error());
                return std::nullopt;
            }
            return record;
        }
    }
    QString stamp = u"updated_at"_s;
    if (!document.contains(stamp))
        stamp = document.contains(u"processed_at"_s) ? u"processed_at"_s : u"created_at"_s;
    record.updatedAt = reader.isoDateTime(document.value(stamp), stamp);
    if (!reader.ok()) {
        if (error)
            *error = Text::tr("Shopify %1: %2").arg(object, reader.error());
        return std::nullopt;
    }
    return record;
}

namespace {

/// orderToCanonical() in the presentment currency (`side` Presentment) or, with every amount the
/// shop's own (`side` Shop), orderToCanonicalInShopCurrency().
std::optional<QJsonObject> readOrder(const QJsonObject &document, Side side, QString *error)
{
    FieldReader reader;
    Model::Order order;
    order.raw = document;
    order.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    order.number = reader.text(document.value(u"name"_s), u"name"_s);
    order.baseCurrency = reader.currency(document.value(u"currency"_s), u"currency"_s, true);
    order.currency = document.contains(u"presentment_currency"_s) && side == Side::Presentment
        ? reader.currency(document.value(u"presentment_currency"_s), u"presentment_currency"_s, true)
        : order.baseCurrency;
    if (!reader.ok())
        return Support::canonicalOf(reader, order, error);
    const Currency currency = order.currency;

    // In the shop currency the order is at rate 1 (Model::Order's default).
    if (order.currency != order.baseCurrency) {
        // Shop units per presentment unit, from the order total's two sides (a vendor's part of
        // a split order: those of the whole order's total, so that each part has its rate).
        const QJsonObject split = document.value(u"ledgerlink_split"_s).toObject();
        const QJsonObject set = split.contains(u"order_total_price_set"_s)
            ? reader.object(split.value(u"order_total_price_set"_s),
                            u"ledgerlink_split.order_total_price_set"_s)
            : reader.object(document.value(u"total_price_set"_s), u"total_price_set"_s);
        const std::optional<Decimal> shop =
            reader.decimal(set.value(u"shop_money"_s).toObject().value(u"amount"_s),
                           u"total_price_set.shop_money.amount"_s, true);
        const std::optional<Decimal> presentment =
            reader.decimal(set.value(u"presentment_money"_s).toObject().value(u"amount"_s),
                           u"total_price_set.presentment_money.amount"_s, true);
        if (shop && presentment && !presentment->isZero())
            order.exchangeRate =
                Decimal::divide(*shop, *presentment, 10, Model::RoundingMode::HalfEven)->normalized();
    }

    const QJsonObject customer = reader.object(document.value(u"customer"_s), u"customer"_s);
    if (!customer.isEmpty()) {
        order.customer = customerOf(reader, customer, u"customer"_s);
        order.customer->raw = customer;
    }
    order.billingAddress = optionalAddress(reader, document, "billing_address"_L1, {});
    order.shippingAddress = optionalAddress(reader, document, "shipping_address"_L1, {});

    const QJsonArray items = reader.array(document.value(u"line_items"_s), u"line_items"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = Support::indexPath(u"line_items"_s, i);
        order.lines.append(lineOf(reader, reader.object(items.at(i), path), currency, path, side));
    }

    const QJsonArray codes = reader.array(document.value(u"discount_codes"_s), u"discount_codes"_s);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString path = Support::indexPath(u"discount_codes"_s, i);
        const QJsonObject code = reader.object(codes.at(i), path);
        Model::DiscountLine discount;
        discount.code = reader.text(code.value(u"code"_s), Support::fieldPath(path, "code"_L1));
        discount.title = reader.text(code.value(u"type"_s), Support::fieldPath(path, "type"_L1));
        discount.amount =
            reader.money(code.value(u"amount"_s), currency, Support::fieldPath(path, "amount"_L1), true);
        order.discounts.append(discount);
    }

    const QJsonArray shipping = reader.array(document.value(u"shipping_lines"_s), u"shipping_lines"_s);
    for (qsizetype i = 0; i < shipping.size(); ++i) {
        const QString path = Support::indexPath(u"shipping_lines"_s, i);
        const QJsonObject object = reader.object(shipping.at(i), path);
        Model::ShippingLine line;
        line.id = reader.id(object.value(u"id"_s), Support::fieldPath(path, "id"_L1));
        line.title = reader.text(object.value(u"title"_s), Support::fieldPath(path, "title"_L1));
        line.code = reader.text(object.value(u"code"_s), Support::fieldPath(path, "code"_L1));
        line.price = amountOf(reader, object, "price"_L1, currency, path, true, side);
        line.discount =
            allocatedDiscount(reader, object, currency, path, side).value_or(Money::zero(currency));
        line.taxLines = taxLinesOf(reader, object.value(u"tax_lines"_s), currency,
                                   Support::fieldPath(path, "tax_lines"_L1), side);
        order.shippingLines.append(line);
    }
    order.taxLines = taxLinesOf(reader, document.value(u"tax_lines"_s), currency, u"tax_lines"_s, side);

    order.subtotal = amountOf(reader, document, "subtotal_price"_L1, currency, {}, false, side);
    order.discountTotal = amountOf(reader, document, "total_discounts"_L1, currency, {}, false, side);
    if (document.contains(u"total_shipping_price_set"_s)) {
        order.shippingTotal =
            amountOf(reader, document, "total_shipping_price"_L1, currency, {}, false, side);
    } else {
        std::optional<Money> sum = Money::zero(currency);
        for (const Model::ShippingLine &line : std::as_const(order.shippingLines))
            if (sum && line.price.isValid())
                sum = sum->plus(line.price);
        order.shippingTotal = sum.value_or(Money());
    }
    order.taxTotal = amountOf(reader, document, "total_tax"_L1, currency, {}, false, side);
    order.total = amountOf(reader, document, "total_price"_L1, currency, {}, true, side);
    order.taxesIncluded = document.value(u"taxes_included"_s).toBool();
    order.financialStatus =
        financialStatus(reader.text(document.value(u"financial_status"_s), u"financial_status"_s));
    order.createdAt = reader.isoDateTime(document.value(u"created_at"_s), u"created_at"_s);
    order.updatedAt = reader.isoDateTime(document.value(u"updated_at"_s), u"updated_at"_s);
    return Support::canonicalOf(reader, order, error);
}

} // namespace

std::optional<QJsonObject> orderToCanonical(const QJsonObject &document, QString *error)
{
    return readOrder(document, Side::Presentment, error);
}

std::optional<QJsonObject> orderToCanonicalInShopCurrency(const QJsonObject &document, QString *error)
{
    return readOrder(document, Side::Shop, error);
}

std::optional<QJsonObject> customerToCanonical(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Customer customer = customerOf(reader, document, {});
    reader.id(document.value(u"id"_s), u"id"_s, true);
    customer.raw = document;
    return Support::canonicalOf(reader, customer, error);
}

std::optional<QJsonObject> productToCanonical(const QJsonObject &document, const Currency &shopCurrency,
                                              QString *error)
{
    FieldReader reader;
    Model::Product product;
    product.raw = document;
    product.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    product.title = reader.text(document.value(u"title"_s), u"title"_s);
    product.description = reader.text(document.value(u"body_html"_s), u"body_html"_s);
    product.vendor = reader.text(document.value(u"vendor"_s), u"vendor"_s);
    product.productType = reader.text(document.value(u"product_type"_s), u"product_type"_s);
    product.status = reader.text(document.value(u"status"_s), u"status"_s);
    const QString tags = reader.text(document.value(u"tags"_s), u"tags"_s);
    for (const QString &tag : tags.split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            product.tags.append(tag.trimmed());
    }
    const QJsonArray variants = reader.array(document.value(u"variants"_s), u"variants"_s);
    for (qsizetype i = 0; i < variants.size(); ++i) {
        const QString path = Support::indexPath(u"variants"_s, i);
        const QJsonObject object = reader.object(variants.at(i), path);
        Model::Variant variant;
        variant.raw = object;
        variant.id = reader.id(object.value(u"id"_s), Support::fieldPath(path, "id"_L1));
        variant.productId =
            reader.id(object.value(u"product_id"_s), Support::fieldPath(path, "product_id"_L1));
        if (variant.productId.isEmpty())
            variant.productId = product.id;
        variant.sku = reader.text(object.value(u"sku"_s), Support::fieldPath(path, "sku"_L1));
        variant.title = reader.text(object.value(u"title"_s), Support::fieldPath(path, "title"_L1));
        variant.barcode = reader.text(object.value(u"barcode"_s), Support::fieldPath(path, "barcode"_L1));
        variant.price =
            reader.money(object.value(u"price"_s), shopCurrency, Support::fieldPath(path, "price"_L1));
        variant.compareAtPrice = reader.money(object.value(u"compare_at_price"_s), shopCurrency,
                                              Support::fieldPath(path, "compare_at_price"_L1));
        variant.taxable = object.value(u"taxable"_s).toBool(true);
        product.variants.append(variant);
    }
    product.createdAt = reader.isoDateTime(document.value(u"created_at"_s), u"created_at"_s);
    product.updatedAt = reader.isoDateTime(document.value(u"updated_at"_s), u"updated_at"_s);
    return Support::canonicalOf(reader, product, error);
}

std::optional<QJsonObject> refundToCanonical(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Refund refund;
    refund.raw = document;
    refund.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    refund.orderId = reader.id(document.value(u"order_id"_s), u"order_id"_s);
    refund.note = reader.text(document.value(u"note"_s), u"note"_s);
    refund.createdAt = reader.isoDateTime(document.value(u"created_at"_s), u"created_at"_s);
    refund.processedAt = reader.isoDateTime(document.value(u"processed_at"_s), u"processed_at"_s);

    const QJsonArray transactions = reader.array(document.value(u"transactions"_s), u"transactions"_s);
    const QJsonArray lines = reader.array(document.value(u"refund_line_items"_s), u"refund_line_items"_s);
    // The refund's currency: its transactions', else the presentment currency of a line's subtotal.
    Currency currency;
    for (qsizetype i = 0; i < transactions.size() && !currency.isValid(); ++i)
        currency = reader.currency(transactions.at(i).toObject().value(u"currency"_s),
                                   Support::indexPath(u"transactions"_s, i) + u".currency"_s);
    for (qsizetype i = 0; i < lines.size() && !currency.isValid(); ++i) {
        const QJsonValue code = lines.at(i)
                                    .toObject()
                                    .value(u"subtotal_set"_s)
                                    .toObject()
                                    .value(u"presentment_money"_s)
                                    .toObject()
                                    .value(u"currency_code"_s);
        currency = reader.currency(code,
                                   Support::indexPath(u"refund_line_items"_s, i)
                                       + u".subtotal_set.presentment_money.currency_code"_s);
    }
    if (!currency.isValid()) {
        reader.fail(u"transactions"_s,
                    Text::tr("the refund's currency is unknown (no transaction or line "
                             "currency)"));
        return Support::canonicalOf(reader, refund, error);
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString path = Support::indexPath(u"refund_line_items"_s, i);
        const QJsonObject object = reader.object(lines.at(i), path);
        Model::RefundLine line;
        line.id = reader.id(object.value(u"id"_s), Support::fieldPath(path, "id"_L1));
        line.orderLineId =
            reader.id(object.value(u"line_item_id"_s), Support::fieldPath(path, "line_item_id"_L1));
        line.sku = object.value(u"line_item"_s).toObject().value(u"sku"_s).toString();
        line.quantity =
            reader.decimal(object.value(u"quantity"_s), Support::fieldPath(path, "quantity"_L1), true)
                .value_or(Decimal());
        line.subtotal = amountOf(reader, object, "subtotal"_L1, currency, path);
        line.tax = amountOf(reader, object, "total_tax"_L1, currency, path);
        const QString restock = object.value(u"restock_type"_s).toString();
        line.restock = !restock.isEmpty() && restock != u"no_restock"_s;
        refund.lines.append(line);
    }
    // The amount returned: the successful refund transactions.
    Money total = Money::zero(currency);
    for (qsizetype i = 0; i < transactions.size(); ++i) {
        const QString path = Support::indexPath(u"transactions"_s, i);
        const QJsonObject object = transactions.at(i).toObject();
        if (object.value(u"kind"_s).toString() != u"refund"_s
            || object.value(u"status"_s).toString() != u"success"_s)
            continue;
        const Money amount =
            reader.money(object.value(u"amount"_s), currency, Support::fieldPath(path, "amount"_L1), true);
        if (amount.isValid())
            total = total.plus(amount).value_or(total);
    }
    refund.total = total;
    const QJsonArray adjustments =
        reader.array(document.value(u"order_adjustments"_s), u"order_adjustments"_s);
    for (qsizetype i = 0; i < adjustments.size(); ++i) {
        const QString path = Support::indexPath(u"order_adjustments"_s, i);
        const QJsonObject object = adjustments.at(i).toObject();
        const Money amount = amountOf(reader, object, "amount"_L1, currency, path);
        if (!amount.isValid())
            continue;
        Money &target =
            object.value(u"kind"_s).toString() == u"shipping_refund"_s ? refund.shipping : refund.adjustment;
        target = target.isValid() ? target.plus(amount).value_or(target) : amount;
    }
    return Support::canonicalOf(reader, refund, error);
}

std::optional<QJsonObject> transactionToCanonical(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Payment payment;
    payment.raw = document;
    payment.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    payment.orderId = reader.id(document.value(u"order_id"_s), u"order_id"_s);
    const Currency currency = reader.currency(document.value(u"currency"_s), u"currency"_s, true);
    payment.amount = reader.money(document.value(u"amount"_s), currency, u"amount"_s, true);
    payment.kind = reader.text(document.value(u"kind"_s), u"kind"_s);
    payment.gateway = reader.text(document.value(u"gateway"_s), u"gateway"_s);
    payment.method =
        document.value(u"payment_details"_s).toObject().value(u"credit_card_company"_s).toString();
    payment.reference = reader.text(document.value(u"authorization"_s), u"authorization"_s);
    payment.status = reader.text(document.value(u"status"_s), u"status"_s);
    payment.processedAt = reader.isoDateTime(document.value(u"processed_at"_s), u"processed_at"_s);
    return Support::canonicalOf(reader, payment, error);
}

std::optional<QJsonObject> payoutToCanonical(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Payout payout;
    payout.raw = document;
    payout.raw.remove(u"balance_transactions"_s); // kept once, as `transactions`
    payout.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    payout.status = reader.text(document.value(u"status"_s), u"status"_s);
    payout.date = payoutDate(reader, document.value(u"date"_s), u"date"_s);
    payout.currency = reader.currency(document.value(u"currency"_s), u"currency"_s, true);
    if (!reader.ok())
        return Support::canonicalOf(reader, payout, error);
    payout.amount = reader.money(document.value(u"amount"_s), payout.currency, u"amount"_s, true);
    if (!document.value(u"balance_transactions"_s).isArray()) {
        reader.fail(u"balance_transactions"_s,
                    Text::tr("missing: the payout was read without its balance transactions"));
        return Support::canonicalOf(reader, payout, error);
    }
    const QJsonArray transactions =
        reader.array(document.value(u"balance_transactions"_s), u"balance_transactions"_s);
    for (qsizetype i = 0; i < transactions.size(); ++i) {
        const QString path = Support::indexPath(u"balance_transactions"_s, i);
        const QJsonObject object = reader.object(transactions.at(i), path);
        // The payout's own movement (the balance paid out) is the payout itself.
        if (object.value(u"type"_s).toString() == u"payout"_s)
            continue;
        Model::PayoutTransaction transaction;
        transaction.id = reader.id(object.value(u"id"_s), Support::fieldPath(path, "id"_L1), true);
        transaction.type = reader.text(object.value(u"type"_s), Support::fieldPath(path, "type"_L1));
        transaction.orderId =
            reader.id(object.value(u"source_order_id"_s), Support::fieldPath(path, "source_order_id"_L1));
        transaction.paymentId = reader.id(object.value(u"source_order_transaction_id"_s),
                                          Support::fieldPath(path, "source_order_transaction_id"_L1));
        const Currency currency =
            reader.currency(object.value(u"currency"_s), Support::fieldPath(path, "currency"_L1), true);
        if (reader.ok() && currency != payout.currency) {
            reader.fail(Support::fieldPath(path, "currency"_L1),
                        Text::tr("%1 differs from the payout's currency %2")
                            .arg(currency.code(), payout.currency.code()));
            break;
        }
        transaction.amount =
            reader.money(object.value(u"amount"_s), currency, Support::fieldPath(path, "amount"_L1), true);
        transaction.fee =
            reader.money(object.value(u"fee"_s), currency, Support::fieldPath(path, "fee"_L1), true);
        transaction.net =
            reader.money(object.value(u"net"_s), currency, Support::fieldPath(path, "net"_L1), true);
        transaction.processedAt =
            reader.isoDateTime(object.value(u"processed_at"_s), Support::fieldPath(path, "processed_at"_L1));
        if (reader.ok() && transaction.amount.minus(transaction.fee) != std::optional(transaction.net)) {
            reader.fail(Support::fieldPath(path, "net"_L1),
                        Text::tr("%1 is not the amount %2 less the fee %3")
                            .arg(transaction.net.toString(), transaction.amount.toString(),
                                 transaction.fee.toString()));
        }
        payout.transactions.append(transaction);
    }
    return Support::canonicalOf(reader, payout, error);
}

std::optional<QJsonObject> inventoryLevelToCanonical(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::InventoryLevel level;
    level.raw = document;
    level.inventoryItemId = reader.id(document.value(u"inventory_item_id"_s), u"inventory_item_id"_s, true);
    level.locationId = reader.id(document.value(u"location_id"_s), u"location_id"_s, true);
    level.available = reader.decimal(document.value(u"available"_s), u"available"_s).value_or(Decimal());
    level.updatedAt = reader.isoDateTime(document.value(u"updated_at"_s), u"updated_at"_s);
    return Support::canonicalOf(reader, level, error);
}

std::optional<QJsonObject> toCanonical(const VendorRecord &record, const Currency &shopCurrency,
                                       QString *error)
{
    QString why;
    std::optional<QJsonObject> canonical;
    if (record.object == u"order"_s)
        canonical = orderToCanonical(record.document, &why);
    else if (record.object == u"customer"_s)
        canonical = customerToCanonical(record.document, &why);
    else if (record.object == u"product"_s)
        canonical = productToCanonical(record.document, shopCurrency, &why);
    else if (record.object == u"refund"_s)
        canonical = refundToCanonical(record.document, &why);
    else if (record.object == u"transaction"_s)
        canonical = transactionToCanonical(record.document, &why);
    else if (record.object == u"inventory_level"_s)
        canonical = inventoryLevelToCanonical(record.document, &why);
    else if (record.object == u"payout"_s)
        canonical = payoutToCanonical(record.document, &why);
    else
        why = Text::tr("no canonical record for this object");
    if (!canonical && error)
        *error = Text::tr("Shopify %1 %2: %3").arg(record.object, record.id, why);
    return canonical;
}

} // namespace LedgerLink::Connectors::Shopify
