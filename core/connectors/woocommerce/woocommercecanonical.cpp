#include "connectors/woocommerce/woocommercecanonical.h"

#include "connectors/connectorsupport.h"
#include "model/customer.h"
#include "model/order.h"
#include "model/product.h"
#include "model/refund.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors::WooCommerce {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

using Model::Currency;
using Model::Decimal;
using Model::Money;
using Support::FieldReader;

/// A WooCommerce `*_gmt` timestamp ("2017-03-22T19:28:02", UTC without an offset); invalid for
/// null, absent or empty.
QDateTime gmtDateTime(FieldReader &reader, const QJsonValue &value, const QString &path)
{
    const QString text = reader.text(value, path);
    if (text.isEmpty())
        return {};
    QDateTime stamp = QDateTime::fromString(text, Qt::ISODate);
    if (!stamp.isValid()) {
        reader.fail(path, Text::tr("\"%1\" is not a date and time").arg(text));
        return {};
    }
    if (stamp.timeSpec() == Qt::LocalTime)
        stamp.setTimeSpec(Qt::UTC); // the _gmt fields carry UTC without saying so
    return stamp.toUTC();
}

Model::Address addressOf(FieldReader &reader, const QJsonObject &object, const QString &path)
{
    const auto field = [&](QLatin1StringView key) {
        return decodeHtmlEntities(reader.text(object.value(key), Support::fieldPath(path, key)));
    };
    Model::Address address;
    address.firstName = field("first_name"_L1);
    address.lastName = field("last_name"_L1);
    address.name = QStringList{address.firstName, address.lastName}.join(u' ').trimmed();
    address.company = field("company"_L1);
    address.line1 = field("address_1"_L1);
    address.line2 = field("address_2"_L1);
    address.city = field("city"_L1);
    address.regionCode = field("state"_L1); // WooCommerce keeps the state's code ("CA")
    address.postalCode = field("postcode"_L1);
    address.countryCode = field("country"_L1);
    address.phone = field("phone"_L1);
    return address;
}

/// An address object with anything in it; nullopt for an absent or empty one.
std::optional<Model::Address> optionalAddress(FieldReader &reader, const QJsonObject &document,
                                              QLatin1StringView key)
{
    const QJsonObject object = reader.object(document.value(key), QString(key));
    const bool empty = std::all_of(object.begin(), object.end(),
                                   [](const QJsonValue &v) { return v.toString().trimmed().isEmpty(); });
    if (object.isEmpty() || empty)
        return std::nullopt;
    return addressOf(reader, object, QString(key));
}

QString financialStatus(const QString &status)
{
    if (status == u"processing" || status == u"completed")
        return u"paid"_s;
    if (status == u"refunded")
        return u"refunded"_s;
    if (status == u"cancelled" || status == u"failed")
        return u"voided"_s;
    return u"pending"_s; // pending, on-hold, checkout-draft
}

} // namespace

QString decodeHtmlEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    static const QHash<QString, QString> named{
        {u"amp"_s, u"&"_s},    {u"lt"_s, u"<"_s},        {u"gt"_s, u">"_s},     {u"quot"_s, u"\""_s},
        {u"apos"_s, u"'"_s},   {u"nbsp"_s, u"\u00a0"_s}, {u"ndash"_s, u"–"_s},  {u"mdash"_s, u"—"_s},
        {u"hellip"_s, u"…"_s}, {u"lsquo"_s, u"‘"_s},     {u"rsquo"_s, u"’"_s},  {u"ldquo"_s, u"“"_s},
        {u"rdquo"_s, u"”"_s},  {u"times"_s, u"×"_s},     {u"euro"_s, u"€"_s},   {u"pound"_s, u"£"_s},
        {u"copy"_s, u"©"_s},   {u"reg"_s, u"®"_s},       {u"trade"_s, u"™"_s},  {u"laquo"_s, u"«"_s},
        {u"raquo"_s, u"»"_s},  {u"lsaquo"_s, u"‹"_s},    {u"rsaquo"_s, u"›"_s}, {u"bull"_s, u"•"_s},
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const qsizetype end = c == u'&' ? text.indexOf(u';', i + 1) : -1;
        if (end < 0 || end - i > 10) {
            out.append(c);
            continue;
        }
        const QStringView name = QStringView(text).mid(i + 1, end - i - 1);
        QString replacement;
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X')
                ? name.mid(2).toUInt(&ok, 16)
                : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF)
                replacement = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        } else {
            replacement = named.value(name.toString());
        }
        if (replacement.isEmpty()) {
            out.append(c); // not an entity we know: left as it is
            continue;
        }
        out.append(replacement);
        i = end;
    }
    return out;
}

std::optional<VendorRecord> vendorRecord(const QString &object, const QJsonObject &document, QString *error)
{
    FieldReader reader;
    VendorRecord record;
    record.object = object;
    record.document = document;
    record.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    if (object == u"order"_s)
        record.matchKey = reader.id(document.value(u"number"_s), u"number"_s);
    else if (object == u"customer"_s)
        record.matchKey = reader.text(document.value(u"email"_s), u"email"_s).toLower();
    else if (object == u"product"_s)
        record.matchKey = reader.text(document.value(u"sku"_s), u"sku"_s);
    if (object == u"refund"_s) {
        // Refunds are numbered within their order's URL, and never change after they are made.
        record.matchKey = record.id;
        const QString order = reader.id(document.value(u"order_id"_s), u"order_id"_s, true);
        record.id = order + u'/' + record.id;
        record.updatedAt = gmtDateTime(reader, document.value(u"date_created_gmt"_s), u"date_created_gmt"_s);
    } else {
        record.updatedAt =
            gmtDateTime(reader, document.value(u"date_modified_gmt"_s), u"date_modified_gmt"_s);
    }
    if (!reader.ok()) {
        if (error)
            *error = Text::tr("WooCommerce %1: %2").arg(object, reader.error());
        return std::nullopt;
    }
    return record;
}

std::optional<QJsonObject> orderToCanonical(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Order order;
    order.raw = document;
    order.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    order.number = reader.id(document.value(u"number"_s), u"number"_s);
    order.currency = reader.currency(document.value(u"currency"_s), u"currency"_s, true);
    order.baseCurrency = order.currency; // WooCommerce orders are in the shop's currency
    if (!reader.ok())
        return Support::canonicalOf(reader, order, error);
    const Currency currency = order.currency;

    // The order's tax rates, by rate id: their labels title the lines' taxes.
    QHash<QString, QString> rateTitles;
    const QJsonArray taxes = reader.array(document.value(u"tax_lines"_s), u"tax_lines"_s);
    for (qsizetype i = 0; i < taxes.size(); ++i) {
        const QString path = Support::indexPath(u"tax_lines"_s, i);
        const QJsonObject tax = reader.object(taxes.at(i), path);
        Model::TaxLine line;
        line.title =
            decodeHtmlEntities(reader.text(tax.value(u"label"_s), Support::fieldPath(path, "label"_L1)));
        line.rate = reader.decimal(tax.value(u"rate_percent"_s), Support::fieldPath(path, "rate_percent"_L1))
                        .value_or(Decimal());
        const Money items =
            reader.money(tax.value(u"tax_total"_s), currency, Support::fieldPath(path, "tax_total"_L1), true);
        const Money shipping = reader.money(tax.value(u"shipping_tax_total"_s), currency,
                                            Support::fieldPath(path, "shipping_tax_total"_L1));
        line.amount = shipping.isValid() && items.isValid() ? items.plus(shipping).value_or(Money()) : items;
        rateTitles.insert(reader.id(tax.value(u"rate_id"_s), Support::fieldPath(path, "rate_id"_L1)),
                          line.title);
        order.taxLines.append(line);
    }
    const auto lineTaxes = [&](const QJsonObject &object, const QString &path) {
        QList<Model::TaxLine> lines;
        const QString listPath = Support::fieldPath(path, "taxes"_L1);
        const QJsonArray array = reader.array(object.value(u"taxes"_s), listPath);
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString taxPath = Support::indexPath(listPath, i);
            const QJsonObject tax = reader.object(array.at(i), taxPath);
            Model::TaxLine line;
            line.title =
                rateTitles.value(reader.id(tax.value(u"id"_s), Support::fieldPath(taxPath, "id"_L1)));
            line.amount =
                reader.money(tax.value(u"total"_s), currency, Support::fieldPath(taxPath, "total"_L1), true);
            lines.append(line);
        }
        return lines;
    };

    std::optional<Money> subtotal = Money::zero(currency);
    const QJsonArray items = reader.array(document.value(u"line_items"_s), u"line_items"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = Support::indexPath(u"line_items"_s, i);
        const QJsonObject item = reader.object(items.at(i), path);
        Model::OrderLine line;
        line.id = reader.id(item.value(u"id"_s), Support::fieldPath(path, "id"_L1), true);
        line.productId = reader.id(item.value(u"product_id"_s), Support::fieldPath(path, "product_id"_L1));
        const QString variation =
            reader.id(item.value(u"variation_id"_s), Support::fieldPath(path, "variation_id"_L1));
        line.variantId = variation == u"0" ? QString() : variation; // 0: a simple product
        line.sku = reader.text(item.value(u"sku"_s), Support::fieldPath(path, "sku"_L1));
        line.title =
            decodeHtmlEntities(reader.text(item.value(u"name"_s), Support::fieldPath(path, "name"_L1)));
        line.quantity =
            reader.decimal(item.value(u"quantity"_s), Support::fieldPath(path, "quantity"_L1), true)
                .value_or(Decimal());
        const Money lineSubtotal =
            reader.money(item.value(u"subtotal"_s), currency, Support::fieldPath(path, "subtotal"_L1), true);
        line.total =
            reader.money(item.value(u"total"_s), currency, Support::fieldPath(path, "total"_L1), true);
        line.taxLines = lineTaxes(item, path);
        if (!reader.ok())
            break;
        // The unit price before coupons, exact in the currency (WooCommerce's `price` is a float).
        const std::optional<Decimal> unit = line.quantity.isZero()
            ? std::optional<Decimal>(Decimal())
            : Decimal::divide(lineSubtotal.amount(), line.quantity, currency.minorUnits() + 6,
                              Model::RoundingMode::HalfEven);
        const Decimal exact = unit ? unit->normalized() : Decimal();
        if (!unit || exact.scale() > currency.minorUnits()) {
            reader.fail(
                Support::fieldPath(path, "subtotal"_L1),
                Text::tr("%1 for %2 items is not an exact unit price in %3")
                    .arg(lineSubtotal.amount().toString(), line.quantity.toString(), currency.code()));
            break;
        }
        line.unitPrice = Money::fromString(exact.toString(), currency).value_or(Money());
        line.discount = lineSubtotal.minus(line.total).value_or(Money());
        subtotal = subtotal ? subtotal->plus(lineSubtotal) : std::nullopt;
        order.lines.append(line);
    }

    const QJsonArray coupons = reader.array(document.value(u"coupon_lines"_s), u"coupon_lines"_s);
    for (qsizetype i = 0; i < coupons.size(); ++i) {
        const QString path = Support::indexPath(u"coupon_lines"_s, i);
        const QJsonObject coupon = reader.object(coupons.at(i), path);
        Model::DiscountLine discount;
        discount.code = reader.text(coupon.value(u"code"_s), Support::fieldPath(path, "code"_L1));
        discount.title = discount.code;
        discount.amount = reader.money(coupon.value(u"discount"_s), currency,
                                       Support::fieldPath(path, "discount"_L1), true);
        order.discounts.append(discount);
    }

    const QJsonArray shipping = reader.array(document.value(u"shipping_lines"_s), u"shipping_lines"_s);
    for (qsizetype i = 0; i < shipping.size(); ++i) {
        const QString path = Support::indexPath(u"shipping_lines"_s, i);
        const QJsonObject object = reader.object(shipping.at(i), path);
        Model::ShippingLine line;
        line.id = reader.id(object.value(u"id"_s), Support::fieldPath(path, "id"_L1));
        line.title = decodeHtmlEntities(
            reader.text(object.value(u"method_title"_s), Support::fieldPath(path, "method_title"_L1)));
        line.code = reader.text(object.value(u"method_id"_s), Support::fieldPath(path, "method_id"_L1));
        line.price =
            reader.money(object.value(u"total"_s), currency, Support::fieldPath(path, "total"_L1), true);
        line.discount = Money::zero(currency);
        line.taxLines = lineTaxes(object, path);
        order.shippingLines.append(line);
    }

    const QJsonObject billing = reader.object(document.value(u"billing"_s), u"billing"_s);
    order.billingAddress = optionalAddress(reader, document, "billing"_L1);
    order.shippingAddress = optionalAddress(reader, document, "shipping"_L1);
    Model::Customer customer;
    const QString customerId = reader.id(document.value(u"customer_id"_s), u"customer_id"_s);
    customer.id = customerId == u"0" ? QString() : customerId; // 0: a guest
    customer.email = reader.text(billing.value(u"email"_s), u"billing.email"_s).toLower();
    customer.phone = reader.text(billing.value(u"phone"_s), u"billing.phone"_s);
    if (order.billingAddress) {
        customer.firstName = order.billingAddress->firstName;
        customer.lastName = order.billingAddress->lastName;
        customer.company = order.billingAddress->company;
        customer.defaultAddress = order.billingAddress;
    }
    if (!customer.email.isEmpty() || !customer.id.isEmpty())
        order.customer = customer;

    order.subtotal = subtotal.value_or(Money());
    order.discountTotal = reader.money(document.value(u"discount_total"_s), currency, u"discount_total"_s);
    order.shippingTotal = reader.money(document.value(u"shipping_total"_s), currency, u"shipping_total"_s);
    order.taxTotal = reader.money(document.value(u"total_tax"_s), currency, u"total_tax"_s);
    order.total = reader.money(document.value(u"total"_s), currency, u"total"_s, true);
    order.taxesIncluded = document.value(u"prices_include_tax"_s).toBool();
    order.financialStatus = financialStatus(reader.text(document.value(u"status"_s), u"status"_s));
    order.createdAt = gmtDateTime(reader, document.value(u"date_created_gmt"_s), u"date_created_gmt"_s);
    order.updatedAt = gmtDateTime(reader, document.value(u"date_modified_gmt"_s), u"date_modified_gmt"_s);
    return Support::canonicalOf(reader, order, error);
}

std::optional<QJsonObject> customerToCanonical(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Customer customer;
    customer.raw = document;
    customer.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    customer.email = reader.text(document.value(u"email"_s), u"email"_s).toLower();
    customer.firstName = decodeHtmlEntities(reader.text(document.value(u"first_name"_s), u"first_name"_s));
    customer.lastName = decodeHtmlEntities(reader.text(document.value(u"last_name"_s), u"last_name"_s));
    customer.defaultAddress = optionalAddress(reader, document, "billing"_L1);
    if (customer.defaultAddress) {
        customer.company = customer.defaultAddress->company;
        customer.phone = customer.defaultAddress->phone;
        customer.addresses.append(*customer.defaultAddress);
    }
    if (const auto shipping = optionalAddress(reader, document, "shipping"_L1))
        customer.addresses.append(*shipping);
    customer.createdAt = gmtDateTime(reader, document.value(u"date_created_gmt"_s), u"date_created_gmt"_s);
    customer.updatedAt = gmtDateTime(reader, document.value(u"date_modified_gmt"_s), u"date_modified_gmt"_s);
    return Support::canonicalOf(reader, customer, error);
}

std::optional<QJsonObject> productToCanonical(const QJsonObject &document, const Currency &storeCurrency,
                                              QString *error)
{
    FieldReader reader;
    Model::Product product;
    product.raw = document;
    product.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    product.title = decodeHtmlEntities(reader.text(document.value(u"name"_s), u"name"_s));
    product.description = reader.text(document.value(u"description"_s), u"description"_s);
    product.productType = reader.text(document.value(u"type"_s), u"type"_s);
    product.status = reader.text(document.value(u"status"_s), u"status"_s);
    const QJsonArray tags = reader.array(document.value(u"tags"_s), u"tags"_s);
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString path = Support::indexPath(u"tags"_s, i);
        const QJsonObject tag = reader.object(tags.at(i), path);
        const QString name =
            decodeHtmlEntities(reader.text(tag.value(u"name"_s), Support::fieldPath(path, "name"_L1)));
        if (!name.isEmpty())
            product.tags.append(name);
    }

    // A price text as exact money; "" (no price set) is none.
    const auto price = [&](const QJsonObject &object, QLatin1StringView key, const QString &path) {
        const QJsonValue value = object.value(key);
        if (value.isString() && value.toString().isEmpty())
            return Money();
        return reader.money(value, storeCurrency, Support::fieldPath(path, key));
    };
    const auto variantOf = [&](const QJsonObject &object, const QString &path, const QString &title) {
        Model::Variant variant;
        variant.raw = object;
        variant.id = reader.id(object.value(u"id"_s), Support::fieldPath(path, "id"_L1), true);
        variant.productId = product.id;
        variant.sku = reader.text(object.value(u"sku"_s), Support::fieldPath(path, "sku"_L1));
        variant.title = title;
        const Money current = price(object, "price"_L1, path);
        const Money regular = price(object, "regular_price"_L1, path);
        variant.price = current.isValid() ? current : regular;
        if (object.value(u"on_sale"_s).toBool() && regular.isValid() && regular != variant.price)
            variant.compareAtPrice = regular;
        const QString taxStatus =
            reader.text(object.value(u"tax_status"_s), Support::fieldPath(path, "tax_status"_L1));
        variant.taxable = taxStatus.isEmpty() || taxStatus == u"taxable"_s;
        return variant;
    };

    if (product.productType == u"variable"_s) {
        const QString listPath = u"_embedded.variations"_s;
        const QJsonObject embedded = reader.object(document.value(u"_embedded"_s), u"_embedded"_s);
        const QJsonArray variations = reader.array(embedded.value(u"variations"_s), listPath);
        for (qsizetype i = 0; i < variations.size(); ++i) {
            const QString path = Support::indexPath(listPath, i);
            const QJsonObject variation = reader.object(variations.at(i), path);
            // "Black / M": the options of its attributes, as WooCommerce names a variation.
            QStringList options;
            const QJsonArray attributes =
                reader.array(variation.value(u"attributes"_s), Support::fieldPath(path, "attributes"_L1));
            for (qsizetype k = 0; k < attributes.size(); ++k) {
                const QString attributePath =
                    Support::indexPath(Support::fieldPath(path, "attributes"_L1), k);
                const QJsonObject attribute = reader.object(attributes.at(k), attributePath);
                const QString option = decodeHtmlEntities(reader.text(
                    attribute.value(u"option"_s), Support::fieldPath(attributePath, "option"_L1)));
                if (!option.isEmpty())
                    options.append(option);
            }
            product.variants.append(variantOf(variation, path, options.join(u" / "_s)));
        }
    } else {
        product.variants.append(variantOf(document, QString(), product.title));
    }
    product.createdAt = gmtDateTime(reader, document.value(u"date_created_gmt"_s), u"date_created_gmt"_s);
    product.updatedAt = gmtDateTime(reader, document.value(u"date_modified_gmt"_s), u"date_modified_gmt"_s);
    return Support::canonicalOf(reader, product, error);
}

std::optional<QJsonObject> refundToCanonical(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Refund refund;
    refund.raw = document;
    refund.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    refund.orderId = reader.id(document.value(u"order_id"_s), u"order_id"_s, true);
    const Currency currency = reader.currency(document.value(u"currency"_s), u"currency"_s, true);
    refund.note = decodeHtmlEntities(reader.text(document.value(u"reason"_s), u"reason"_s));
    refund.createdAt = gmtDateTime(reader, document.value(u"date_created_gmt"_s), u"date_created_gmt"_s);
    refund.processedAt = refund.createdAt;
    refund.total = reader.money(document.value(u"amount"_s), currency, u"amount"_s, true);
    if (!reader.ok())
        return Support::canonicalOf(reader, refund, error);

    // What the lines and the shipping explain; the rest of `amount` is an adjustment.
    std::optional<Money> explained = Money::zero(currency);
    const auto explain = [&explained](const Money &amount) {
        if (explained)
            explained = explained->plus(amount);
    };
    const QJsonArray items = reader.array(document.value(u"line_items"_s), u"line_items"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = Support::indexPath(u"line_items"_s, i);
        const QJsonObject item = reader.object(items.at(i), path);
        Model::RefundLine line;
        line.id = reader.id(item.value(u"id"_s), Support::fieldPath(path, "id"_L1));
        line.sku = reader.text(item.value(u"sku"_s), Support::fieldPath(path, "sku"_L1));
        const QJsonArray meta =
            reader.array(item.value(u"meta_data"_s), Support::fieldPath(path, "meta_data"_L1));
        for (const QJsonValue &entry : meta) {
            const QJsonObject object = entry.toObject();
            if (object.value(u"key"_s).toString() == u"_refunded_item_id"_s)
                line.orderLineId =
                    reader.id(object.value(u"value"_s), Support::fieldPath(path, "meta_data"_L1));
        }
        line.quantity =
            reader.decimal(item.value(u"quantity"_s), Support::fieldPath(path, "quantity"_L1), true)
                .value_or(Decimal())
                .abs();
        line.subtotal =
            reader.money(item.value(u"total"_s), currency, Support::fieldPath(path, "total"_L1), true).abs();
        line.tax =
            reader.money(item.value(u"total_tax"_s), currency, Support::fieldPath(path, "total_tax"_L1))
                .abs();
        if (!line.tax.isValid())
            line.tax = Money::zero(currency);
        explain(line.subtotal);
        explain(line.tax);
        refund.lines.append(line);
    }
    // Refunded shipping (WooCommerce 8.x and later list it; earlier versions do not).
    const QJsonArray shipping = reader.array(document.value(u"shipping_lines"_s), u"shipping_lines"_s);
    for (qsizetype i = 0; i < shipping.size(); ++i) {
        const QString path = Support::indexPath(u"shipping_lines"_s, i);
        const QJsonObject object = reader.object(shipping.at(i), path);
        const Money price =
            reader.money(object.value(u"total"_s), currency, Support::fieldPath(path, "total"_L1), true)
                .abs();
        Money tax =
            reader.money(object.value(u"total_tax"_s), currency, Support::fieldPath(path, "total_tax"_L1))
                .abs();
        if (!tax.isValid())
            tax = Money::zero(currency);
        refund.shipping = refund.shipping.isValid() ? refund.shipping.plus(price).value_or(Money()) : price;
        explain(price);
        explain(tax);
    }
    if (reader.ok() && explained) {
        if (const std::optional<Money> rest = refund.total.minus(*explained); rest && !rest->isZero())
            refund.adjustment = *rest;
    }
    return Support::canonicalOf(reader, refund, error);
}

std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error)
{
    return toCanonical(record, Currency(), error);
}

std::optional<QJsonObject> toCanonical(const VendorRecord &record, const Currency &storeCurrency,
                                       QString *error)
{
    QString why;
    std::optional<QJsonObject> canonical;
    if (record.object == u"order"_s)
        canonical = orderToCanonical(record.document, &why);
    else if (record.object == u"customer"_s)
        canonical = customerToCanonical(record.document, &why);
    else if (record.object == u"product"_s)
        canonical = productToCanonical(record.document, storeCurrency, &why);
    else if (record.object == u"refund"_s)
        canonical = refundToCanonical(record.document, &why);
    else
        why = Text::tr("no canonical record for this object");
    if (!canonical && error)
        *error = Text::tr("WooCommerce %1 %2: %3").arg(record.object, record.id, why);
    return canonical;
}

} // namespace LedgerLink::Connectors::WooCommerce
