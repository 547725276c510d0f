#include "connectors/vendure/vendurecanonical.h"

#include "connectors/connectorsupport.h"
#include "model/customer.h"
#include "model/order.h"
#include "model/product.h"
#include "model/refund.h"
#include "model/variant.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors::Vendure {

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

QString describe(const QJsonValue &value)
{
    if (value.isString())
        return u'"' + value.toString() + u'"';
    if (value.isDouble())
        return Decimal::fromJson(value).value_or(Decimal()).toString();
    return value.isNull() || value.isUndefined() ? u"null"_s : u"a non-number"_s;
}

/// `key` of `object` (an integer of minor units) in `currency`; an invalid Money when absent
/// and not required.
Money minor(FieldReader &reader, const QJsonObject &object, QLatin1StringView key, const Currency &currency,
            const QString &path, bool required = true)
{
    const QJsonValue value = object.value(key);
    const QString where = fieldPath(path, key);
    if (value.isNull() || value.isUndefined()) {
        if (required)
            reader.fail(where, Text::tr("the amount is missing"));
        return {};
    }
    if (!currency.isValid())
        return {}; // the currency's own error is reported already
    const std::optional<Money> money = moneyOfMinorUnits(value, currency);
    if (!money) {
        reader.fail(where, Text::tr("%1 is not a whole number of minor units").arg(describe(value)));
        return {};
    }
    return *money;
}

/// a − b, both valid in one currency (an invalid Money otherwise).
Money difference(const Money &a, const Money &b)
{
    return a.minus(b).value_or(Money());
}

/// A Vendure tax rate in percent (20, 7.5) as the canonical fraction (0.2, 0.075), exactly.
Decimal rateFraction(FieldReader &reader, const QJsonValue &value, const QString &path)
{
    const Decimal percent = reader.decimal(value, path).value_or(Decimal());
    return Decimal::divide(percent, Decimal(100), percent.scale() + 2, Model::RoundingMode::HalfEven)
        .value_or(Decimal())
        .normalized();
}

/// The later of two UTC times (an invalid one counts as absent).
QDateTime later(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return a < b ? b : a;
}

/// `time` without its milliseconds (see vendorRecord()).
QDateTime wholeSecond(const QDateTime &time)
{
    if (!time.isValid())
        return time;
    QDateTime second = time;
    second.setTime(QTime(time.time().hour(), time.time().minute(), time.time().second()));
    return second;
}

/// An OrderAddress (countryCode) or a customer Address (country.code); nullopt when every field
/// is empty (Vendure sends {} or nulls for an address that was never set).
std::optional<Model::Address> addressOf(FieldReader &reader, const QJsonValue &value, const QString &path)
{
    const QJsonObject object = reader.object(value, path);
    const auto text = [&](QLatin1StringView key) {
        return reader.text(object.value(key), fieldPath(path, key));
    };
    Model::Address address;
    address.name = text("fullName"_L1);
    address.company = text("company"_L1);
    address.line1 = text("streetLine1"_L1);
    address.line2 = text("streetLine2"_L1);
    address.city = text("city"_L1);
    address.region = text("province"_L1);
    address.postalCode = text("postalCode"_L1);
    address.countryCode = object.contains(u"countryCode"_s)
        ? text("countryCode"_L1)
        : reader.text(object.value(u"country"_s).toObject().value(u"code"_s),
                      fieldPath(path, "country.code"_L1));
    address.phone = text("phoneNumber"_L1);
    if (address == Model::Address())
        return std::nullopt;
    return address;
}

Model::Customer customerOf(FieldReader &reader, const QJsonObject &object, const QString &path)
{
    Model::Customer customer;
    const auto text = [&](QLatin1StringView key) {
        return reader.text(object.value(key), fieldPath(path, key));
    };
    customer.id = reader.id(object.value(u"id"_s), fieldPath(path, "id"_L1));
    customer.email = text("emailAddress"_L1);
    customer.firstName = text("firstName"_L1);
    customer.lastName = text("lastName"_L1);
    customer.phone = text("phoneNumber"_L1);
    const QString addressesPath = fieldPath(path, "addresses"_L1);
    const QJsonArray addresses = reader.array(object.value(u"addresses"_s), addressesPath);
    std::optional<Model::Address> billing;
    std::optional<Model::Address> shipping;
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QJsonObject entry = addresses.at(i).toObject();
        const std::optional<Model::Address> address =
            addressOf(reader, addresses.at(i), indexPath(addressesPath, i));
        if (!address)
            continue;
        customer.addresses.append(*address);
        if (entry.value(u"defaultBillingAddress"_s).toBool() && !billing)
            billing = address;
        if (entry.value(u"defaultShippingAddress"_s).toBool() && !shipping)
            shipping = address;
    }
    customer.defaultAddress = billing ? billing : shipping;
    if (customer.defaultAddress)
        customer.company = customer.defaultAddress->company;
    customer.createdAt = reader.isoDateTime(object.value(u"createdAt"_s), fieldPath(path, "createdAt"_L1));
    customer.updatedAt = reader.isoDateTime(object.value(u"updatedAt"_s), fieldPath(path, "updatedAt"_L1));
    return customer;
}

Model::OrderLine lineOf(FieldReader &reader, const QJsonObject &line, const Currency &currency,
                        const QString &path)
{
    Model::OrderLine result;
    result.id = reader.id(line.value(u"id"_s), fieldPath(path, "id"_L1), true);
    const QString variantPath = fieldPath(path, "productVariant"_L1);
    const QJsonObject variant = reader.object(line.value(u"productVariant"_s), variantPath);
    result.variantId = reader.id(variant.value(u"id"_s), fieldPath(variantPath, "id"_L1));
    result.productId = reader.id(variant.value(u"productId"_s), fieldPath(variantPath, "productId"_L1));
    result.sku = reader.text(variant.value(u"sku"_s), fieldPath(variantPath, "sku"_L1));
    result.title = reader.text(variant.value(u"name"_s), fieldPath(variantPath, "name"_L1));
    result.quantity =
        reader.decimal(line.value(u"quantity"_s), fieldPath(path, "quantity"_L1), true).value_or(Decimal());
    result.unitPrice = minor(reader, line, "unitPrice"_L1, currency, path);
    const Money linePrice = minor(reader, line, "linePrice"_L1, currency, path);
    result.total = minor(reader, line, "proratedLinePrice"_L1, currency, path);
    result.discount = difference(linePrice, result.total);
    const Money withTax = minor(reader, line, "proratedLinePriceWithTax"_L1, currency, path);

    const QString taxPath = fieldPath(path, "taxLines"_L1);
    const QJsonArray taxes = reader.array(line.value(u"taxLines"_s), taxPath);
    QStringList titles;
    for (qsizetype i = 0; i < taxes.size(); ++i) {
        const QString itemPath = indexPath(taxPath, i);
        const QJsonObject tax = reader.object(taxes.at(i), itemPath);
        titles.append(reader.text(tax.value(u"description"_s), fieldPath(itemPath, "description"_L1)));
    }
    if (!taxes.isEmpty()) {
        Model::TaxLine tax;
        tax.title = titles.join(u" + "_s);
        // One rate: the tax line's; several: their sum, which Vendure reports as the line's taxRate.
        tax.rate = taxes.size() == 1
            ? rateFraction(reader, taxes.first().toObject().value(u"taxRate"_s),
                           fieldPath(indexPath(taxPath, 0), "taxRate"_L1))
            : rateFraction(reader, line.value(u"taxRate"_s), fieldPath(path, "taxRate"_L1));
        tax.amount = difference(withTax, result.total);
        result.taxLines.append(tax);
    }
    return result;
}

/// A surcharge (a fee Vendure adds to the order) as a line of quantity 1.
Model::OrderLine surchargeOf(FieldReader &reader, const QJsonObject &surcharge, const Currency &currency,
                             const QString &path)
{
    Model::OrderLine line;
    line.id = u"surcharge:"_s + reader.id(surcharge.value(u"id"_s), fieldPath(path, "id"_L1), true);
    line.sku = reader.text(surcharge.value(u"sku"_s), fieldPath(path, "sku"_L1));
    line.title = reader.text(surcharge.value(u"description"_s), fieldPath(path, "description"_L1));
    line.quantity = Decimal(1);
    line.unitPrice = minor(reader, surcharge, "price"_L1, currency, path);
    line.total = line.unitPrice;
    line.discount = Money::zero(currency);
    const Money withTax = minor(reader, surcharge, "priceWithTax"_L1, currency, path);
    const Money tax = difference(withTax, line.unitPrice);
    if (tax.isValid() && !tax.isZero()) {
        line.taxLines.append(Model::TaxLine{
            Text::tr("Surcharge tax"),
            rateFraction(reader, surcharge.value(u"taxRate"_s), fieldPath(path, "taxRate"_L1)), tax});
    }
    return line;
}

/// Vendure's order state and refunds in the canonical financial vocabulary.
QString financialStatus(const QString &state, const Money &paid, const Money &refunded)
{
    if (refunded.isValid() && refunded.signum() > 0)
        return paid.isValid() && refunded >= paid ? u"refunded"_s : u"partially_refunded"_s;
    if (state == u"Cancelled"_s)
        return u"voided"_s;
    if (state == u"PaymentAuthorized"_s)
        return u"authorized"_s;
    if (state == u"ArrangingAdditionalPayment"_s)
        return u"partially_paid"_s;
    if (state == u"PaymentSettled"_s || state.contains(u"Shipped"_s) || state.contains(u"Delivered"_s))
        return u"paid"_s;
    return u"pending"_s;
}

QString withVendor(const QString &object, const QString &error)
{
    return Text::tr("Vendure %1: %2").arg(object, error);
}

template<class Record>
std::optional<QJsonObject> finish(const FieldReader &reader, const Record &record, const QString &object,
                                  QString *error)
{
    QString why;
    std::optional<QJsonObject> json = Support::canonicalOf(reader, record, &why);
    if (!json && error)
        *error = withVendor(object, why);
    return json;
}

} // namespace

QString variantFields()
{
    return u"id createdAt updatedAt productId sku name enabled price priceWithTax currencyCode "
           "trackInventory stockLevels { stockLocationId stockOnHand stockAllocated }"_s;
}

QString productFields()
{
    return u"id createdAt updatedAt languageCode name slug description enabled variants { "_s
        + variantFields() + u" }"_s;
}

QString variantObjectFields()
{
    return variantFields() + u" product { id name slug enabled }"_s;
}

QString customerFields()
{
    return u"id createdAt updatedAt title firstName lastName emailAddress phoneNumber addresses { id "
           "fullName company streetLine1 streetLine2 city province postalCode country { code name } "
           "phoneNumber defaultShippingAddress defaultBillingAddress }"_s;
}

QString refundFields()
{
    return u"id createdAt updatedAt items shipping adjustment total method state transactionId reason "
           "paymentId lines { orderLineId quantity }"_s;
}

QString orderFields()
{
    const QString address =
        u"{ fullName company streetLine1 streetLine2 city province postalCode countryCode phoneNumber }"_s;
    return u"id code state active type orderPlacedAt createdAt updatedAt currencyCode couponCodes "
           "customer { id firstName lastName emailAddress phoneNumber } shippingAddress "_s
        + address + u" billingAddress "_s + address
        + u" lines { id quantity unitPrice unitPriceWithTax linePrice linePriceWithTax discountedLinePrice "
          "discountedLinePriceWithTax proratedLinePrice proratedLinePriceWithTax lineTax taxRate taxLines { "
          "description taxRate } discounts { adjustmentSource type description amount amountWithTax } "
          "productVariant { id productId sku name } } surcharges { id description sku price priceWithTax "
          "taxRate } discounts { adjustmentSource type description amount amountWithTax } shippingLines { id "
          "price priceWithTax discountedPrice discountedPriceWithTax shippingMethod { id code name } } "
          "subTotal subTotalWithTax shipping shippingWithTax total totalWithTax totalQuantity taxSummary { "
          "description taxRate taxBase taxTotal } payments { id createdAt updatedAt method amount state "
          "transactionId errorMessage refunds { "_s
        + refundFields() + u" } }"_s;
}

/// An order's refunds with what the refund records carry of their order.
QString orderRefundFields()
{
    return u"id code currencyCode orderPlacedAt lines { id productVariant { sku } } "
           "payments { id method state amount refunds { "_s
        + refundFields() + u" } }"_s;
}

QJsonObject refundOfOrder(QJsonObject refund, const QJsonObject &order)
{
    QHash<QString, QString> skus;
    for (const QJsonValue &line : order.value(u"lines"_s).toArray()) {
        const QJsonObject object = line.toObject();
        skus.insert(Support::idText(object.value(u"id"_s)).value_or(QString()),
                    object.value(u"productVariant"_s).toObject().value(u"sku"_s).toString());
    }
    QJsonArray lines;
    for (const QJsonValue &value : refund.value(u"lines"_s).toArray()) {
        QJsonObject line = value.toObject();
        const QString id = Support::idText(line.value(u"orderLineId"_s)).value_or(QString());
        if (skus.contains(id))
            line.insert(u"sku"_s, skus.value(id));
        lines.append(line);
    }
    if (refund.contains(u"lines"_s))
        refund.insert(u"lines"_s, lines);
    refund.insert(u"order"_s,
                  QJsonObject{{u"id"_s, order.value(u"id"_s)},
                              {u"code"_s, order.value(u"code"_s)},
                              {u"currencyCode"_s, order.value(u"currencyCode"_s)}});
    return refund;
}

std::optional<Model::Money> moneyOfMinorUnits(const QJsonValue &value, const Model::Currency &currency)
{
    if (!currency.isValid() || !(value.isDouble() || value.isString()))
        return std::nullopt;
    const std::optional<Decimal> units = Decimal::fromJson(value);
    if (!units || !units->isIntegral())
        return std::nullopt;
    const std::optional<qint64> integer = units->toInt64();
    if (!integer)
        return std::nullopt;
    return Money::fromMinorUnits(*integer, currency);
}

std::optional<qint64> minorUnitsOf(const QJsonValue &amount, const Model::Currency &currency, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<qint64> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!currency.isValid())
        return fail(Text::tr("the amount has no known currency"));
    std::optional<Decimal> decimal;
    if (amount.isString() || amount.isDouble())
        decimal = Decimal::fromJson(amount);
    if (!decimal)
        return fail(Text::tr("%1 is not a decimal number").arg(describe(amount)));
    const std::optional<Money> money = Money::exact(*decimal, currency);
    if (!money) {
        return fail(Text::tr("%1 has more decimals than %2 allows (%3): LedgerLink does not round prices")
                        .arg(decimal->toString(), currency.code())
                        .arg(currency.minorUnits()));
    }
    const std::optional<qint64> units = money->toMinorUnits();
    if (!units)
        return fail(Text::tr("%1 is too large").arg(decimal->toString()));
    return units;
}

std::optional<VendorRecord> vendorRecord(const QString &object, const QJsonObject &document, QString *error)
{
    FieldReader reader;
    VendorRecord record;
    record.object = object;
    record.document = document;
    record.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    record.updatedAt = reader.isoDateTime(document.value(u"updatedAt"_s), u"updatedAt"_s);
    if (object == u"product"_s) {
        const QJsonArray variants = reader.array(document.value(u"variants"_s), u"variants"_s);
        if (!variants.isEmpty())
            record.matchKey = reader.text(variants.first().toObject().value(u"sku"_s), u"variants[0].sku"_s);
    } else if (object == u"variant"_s) {
        record.matchKey = reader.text(document.value(u"sku"_s), u"sku"_s);
    } else if (object == u"customer"_s) {
        record.matchKey = reader.text(document.value(u"emailAddress"_s), u"emailAddress"_s);
    } else if (object == u"order"_s) {
        record.matchKey = reader.text(document.value(u"code"_s), u"code"_s);
        record.updatedAt = later(record.updatedAt,
                                 reader.isoDateTime(document.value(u"orderPlacedAt"_s), u"orderPlacedAt"_s));
    } else if (object == u"refund"_s) {
        const QString order =
            reader.id(document.value(u"order"_s).toObject().value(u"id"_s), u"order.id"_s, true);
        record.matchKey = record.id;
        record.id = order + u'/' + record.id;
    } else {
        reader.fail(object, Text::tr("Vendure has no such object here"));
    }
    if (!reader.ok()) {
        if (error)
            *error = withVendor(object, reader.error());
        return std::nullopt;
    }
    record.updatedAt = wholeSecond(record.updatedAt);
    return record;
}

std::optional<QJsonObject> orderToCanonical(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Order order;
    order.raw = document;
    order.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    order.number = reader.text(document.value(u"code"_s), u"code"_s);
    order.currency = reader.currency(document.value(u"currencyCode"_s), u"currencyCode"_s, true);
    if (!reader.ok())
        return finish(reader, order, u"order"_s, error);
    const Currency currency = order.currency;
    // Vendure prices each currency of a channel on its own: no conversion, no exchange rate.
    order.baseCurrency = currency;
    order.exchangeRate = Decimal(1);

    const QJsonObject customer = reader.object(document.value(u"customer"_s), u"customer"_s);
    if (!customer.isEmpty()) {
        order.customer = customerOf(reader, customer, u"customer"_s);
        order.customer->raw = customer;
    }
    order.billingAddress = addressOf(reader, document.value(u"billingAddress"_s), u"billingAddress"_s);
    order.shippingAddress = addressOf(reader, document.value(u"shippingAddress"_s), u"shippingAddress"_s);

    const QJsonArray lines = reader.array(document.value(u"lines"_s), u"lines"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString path = indexPath(u"lines"_s, i);
        order.lines.append(lineOf(reader, reader.object(lines.at(i), path), currency, path));
    }
    const QJsonArray surcharges = reader.array(document.value(u"surcharges"_s), u"surcharges"_s);
    for (qsizetype i = 0; i < surcharges.size(); ++i) {
        const QString path = indexPath(u"surcharges"_s, i);
        order.lines.append(surchargeOf(reader, reader.object(surcharges.at(i), path), currency, path));
    }

    // Order-level discounts: Vendure's amounts are negative adjustments.
    const QJsonArray codes = reader.array(document.value(u"couponCodes"_s), u"couponCodes"_s);
    const QJsonArray discounts = reader.array(document.value(u"discounts"_s), u"discounts"_s);
    std::optional<Money> discountTotal = Money::zero(currency);
    for (qsizetype i = 0; i < discounts.size(); ++i) {
        const QString path = indexPath(u"discounts"_s, i);
        const QJsonObject discount = reader.object(discounts.at(i), path);
        Model::DiscountLine line;
        line.title = reader.text(discount.value(u"description"_s), fieldPath(path, "description"_L1));
        // Vendure does not say which coupon triggered which promotion: the code is given when
        // there is exactly one coupon and one discount.
        if (codes.size() == 1 && discounts.size() == 1)
            line.code = codes.first().toString();
        line.amount = minor(reader, discount, "amount"_L1, currency, path).abs();
        if (discountTotal && line.amount.isValid())
            discountTotal = discountTotal->plus(line.amount);
        order.discounts.append(line);
    }
    order.discountTotal = discountTotal.value_or(Money());

    const QJsonArray summary = reader.array(document.value(u"taxSummary"_s), u"taxSummary"_s);
    std::optional<Decimal> shippingRate;
    for (qsizetype i = 0; i < summary.size(); ++i) {
        const QString path = indexPath(u"taxSummary"_s, i);
        const QJsonObject entry = reader.object(summary.at(i), path);
        Model::TaxLine tax;
        tax.title = reader.text(entry.value(u"description"_s), fieldPath(path, "description"_L1));
        tax.rate = rateFraction(reader, entry.value(u"taxRate"_s), fieldPath(path, "taxRate"_L1));
        tax.amount = minor(reader, entry, "taxTotal"_L1, currency, path);
        // Vendure names the shipping's entry "shipping tax" (its own, untranslated text).
        if (tax.title == u"shipping tax"_s)
            shippingRate = tax.rate;
        order.taxLines.append(tax);
    }

    const QJsonArray shipping = reader.array(document.value(u"shippingLines"_s), u"shippingLines"_s);
    for (qsizetype i = 0; i < shipping.size(); ++i) {
        const QString path = indexPath(u"shippingLines"_s, i);
        const QJsonObject object = reader.object(shipping.at(i), path);
        const QJsonObject method =
            reader.object(object.value(u"shippingMethod"_s), fieldPath(path, "shippingMethod"_L1));
        Model::ShippingLine line;
        line.id = reader.id(object.value(u"id"_s), fieldPath(path, "id"_L1));
        line.title = reader.text(method.value(u"name"_s), fieldPath(path, "shippingMethod.name"_L1));
        line.code = reader.text(method.value(u"code"_s), fieldPath(path, "shippingMethod.code"_L1));
        line.price = minor(reader, object, "price"_L1, currency, path);
        const Money discounted = minor(reader, object, "discountedPrice"_L1, currency, path);
        line.discount = difference(line.price, discounted);
        const Money tax =
            difference(minor(reader, object, "discountedPriceWithTax"_L1, currency, path), discounted);
        if (tax.isValid() && !tax.isZero()) {
            // The rate is the taxSummary's shipping entry's; with several shipping lines of
            // different rates Vendure's summary cannot tell them apart, and the rate stays 0.
            line.taxLines.append(
                Model::TaxLine{Text::tr("Shipping tax"),
                               shipping.size() == 1 ? shippingRate.value_or(Decimal()) : Decimal(), tax});
        }
        order.shippingLines.append(line);
    }

    order.subtotal = minor(reader, document, "subTotal"_L1, currency, {});
    order.shippingTotal = minor(reader, document, "shipping"_L1, currency, {});
    const Money net = minor(reader, document, "total"_L1, currency, {});
    order.total = minor(reader, document, "totalWithTax"_L1, currency, {});
    order.taxTotal = difference(order.total, net);
    order.taxesIncluded = false;

    std::optional<Money> paid = Money::zero(currency);
    std::optional<Money> refunded = Money::zero(currency);
    const QJsonArray payments = reader.array(document.value(u"payments"_s), u"payments"_s);
    for (qsizetype i = 0; i < payments.size(); ++i) {
        const QString path = indexPath(u"payments"_s, i);
        const QJsonObject payment = reader.object(payments.at(i), path);
        const QString state = reader.text(payment.value(u"state"_s), fieldPath(path, "state"_L1));
        const Money amount = minor(reader, payment, "amount"_L1, currency, path);
        if (paid && amount.isValid() && (state == u"Settled"_s || state == u"Authorized"_s))
            paid = paid->plus(amount);
        const QString refundsPath = fieldPath(path, "refunds"_L1);
        const QJsonArray refunds = reader.array(payment.value(u"refunds"_s), refundsPath);
        for (qsizetype k = 0; k < refunds.size(); ++k) {
            const QString refundPath = indexPath(refundsPath, k);
            const QJsonObject refund = reader.object(refunds.at(k), refundPath);
            const Money total = minor(reader, refund, "total"_L1, currency, refundPath);
            if (refunded && total.isValid() && refund.value(u"state"_s).toString() != u"Failed"_s)
                refunded = refunded->plus(total);
        }
    }
    order.financialStatus = financialStatus(reader.text(document.value(u"state"_s), u"state"_s),
                                            paid.value_or(Money()), refunded.value_or(Money()));
    const QDateTime placed = reader.isoDateTime(document.value(u"orderPlacedAt"_s), u"orderPlacedAt"_s);
    const QDateTime created = reader.isoDateTime(document.value(u"createdAt"_s), u"createdAt"_s);
    order.createdAt = placed.isValid() ? placed : created;
    order.updatedAt = later(reader.isoDateTime(document.value(u"updatedAt"_s), u"updatedAt"_s), placed);
    return finish(reader, order, u"order"_s, error);
}

std::optional<QJsonObject> customerToCanonical(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Customer customer = customerOf(reader, document, {});
    reader.id(document.value(u"id"_s), u"id"_s, true);
    customer.raw = document;
    return finish(reader, customer, u"customer"_s, error);
}

namespace {

Model::Variant variantOf(FieldReader &reader, const QJsonObject &variant, const QString &path)
{
    Model::Variant result;
    result.id = reader.id(variant.value(u"id"_s), fieldPath(path, "id"_L1), true);
    result.productId = reader.id(variant.value(u"productId"_s), fieldPath(path, "productId"_L1));
    result.sku = reader.text(variant.value(u"sku"_s), fieldPath(path, "sku"_L1));
    result.title = reader.text(variant.value(u"name"_s), fieldPath(path, "name"_L1));
    const Currency currency =
        reader.currency(variant.value(u"currencyCode"_s), fieldPath(path, "currencyCode"_L1), true);
    result.price = minor(reader, variant, "price"_L1, currency, path);
    result.raw = variant;
    return result;
}

} // namespace

std::optional<QJsonObject> productToCanonical(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Product product;
    product.raw = document;
    product.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    product.title = reader.text(document.value(u"name"_s), u"name"_s);
    product.description = reader.text(document.value(u"description"_s), u"description"_s);
    const QJsonValue enabled = document.value(u"enabled"_s);
    product.status = enabled.isBool() && !enabled.toBool() ? u"draft"_s : u"active"_s;
    const QJsonArray variants = reader.array(document.value(u"variants"_s), u"variants"_s);
    for (qsizetype i = 0; i < variants.size(); ++i) {
        const QString path = indexPath(u"variants"_s, i);
        product.variants.append(variantOf(reader, reader.object(variants.at(i), path), path));
    }
    product.createdAt = reader.isoDateTime(document.value(u"createdAt"_s), u"createdAt"_s);
    product.updatedAt = reader.isoDateTime(document.value(u"updatedAt"_s), u"updatedAt"_s);
    return finish(reader, product, u"product"_s, error);
}

std::optional<QJsonObject> variantToCanonical(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    const Model::Variant variant = variantOf(reader, document, {});
    return finish(reader, variant, u"variant"_s, error);
}

std::optional<QJsonObject> refundToCanonical(const QJsonObject &document, QString *error)
{
    FieldReader reader;
    Model::Refund refund;
    refund.raw = document;
    const QJsonObject order = reader.object(document.value(u"order"_s), u"order"_s);
    refund.id = reader.id(document.value(u"id"_s), u"id"_s, true);
    refund.orderId = reader.id(order.value(u"id"_s), u"order.id"_s, true);
    const Currency currency = reader.currency(order.value(u"currencyCode"_s), u"order.currencyCode"_s, true);
    refund.note = reader.text(document.value(u"reason"_s), u"reason"_s);
    const QJsonArray lines = reader.array(document.value(u"lines"_s), u"lines"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString path = indexPath(u"lines"_s, i);
        const QJsonObject line = reader.object(lines.at(i), path);
        Model::RefundLine refundLine;
        refundLine.orderLineId = reader.id(line.value(u"orderLineId"_s), fieldPath(path, "orderLineId"_L1));
        refundLine.quantity = reader.decimal(line.value(u"quantity"_s), fieldPath(path, "quantity"_L1), true)
                                  .value_or(Decimal());
        refund.lines.append(refundLine);
    }
    if (currency.isValid()) {
        const Money shipping = minor(reader, document, "shipping"_L1, currency, {}, false);
        if (shipping.isValid() && !shipping.isZero())
            refund.shipping = shipping;
        const Money adjustment = minor(reader, document, "adjustment"_L1, currency, {}, false);
        if (adjustment.isValid() && !adjustment.isZero())
            refund.adjustment = adjustment;
        refund.total = minor(reader, document, "total"_L1, currency, {});
    }
    refund.createdAt = reader.isoDateTime(document.value(u"createdAt"_s), u"createdAt"_s);
    // A refund is processed once the payment provider settled it.
    if (document.value(u"state"_s).toString() == u"Settled"_s)
        refund.processedAt = reader.isoDateTime(document.value(u"updatedAt"_s), u"updatedAt"_s);
    return finish(reader, refund, u"refund"_s, error);
}

std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error)
{
    if (record.object == u"order"_s)
        return orderToCanonical(record.document, error);
    if (record.object == u"customer"_s)
        return customerToCanonical(record.document, error);
    if (record.object == u"product"_s)
        return productToCanonical(record.document, error);
    if (record.object == u"variant"_s)
        return variantToCanonical(record.document, error);
    if (record.object == u"refund"_s)
        return refundToCanonical(record.document, error);
    if (error)
        *error = Text::tr("Vendure has no \"%1\" object LedgerLink can convert.").arg(record.object);
    return std::nullopt;
}

} // namespace LedgerLink::Connectors::Vendure
