#pragma once

#include "model/address.h"
#include "model/currency.h"
#include "model/customer.h"
#include "model/decimal.h"
#include "model/money.h"
#include "model/orderline.h"
#include "model/taxline.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Model {

// An order-level discount (code or automatic). JSON keys: code, title, amount.
struct DiscountLine
{
    QString code;
    QString title;
    Money amount;

    QJsonObject toJson() const;
    static std::optional<DiscountLine> fromJson(const QJsonObject &object, QString *error = nullptr);
    friend bool operator==(const DiscountLine &, const DiscountLine &) = default;
};

// A shipping charge. JSON keys: id, title, code, price, discount, tax_lines.
struct ShippingLine
{
    QString id;
    QString title;
    QString code;
    Money price;
    Money discount;
    QList<TaxLine> taxLines;

    QJsonObject toJson() const;
    static std::optional<ShippingLine> fromJson(const QJsonObject &object, QString *error = nullptr);
    friend bool operator==(const ShippingLine &, const ShippingLine &) = default;
};

// A store order, matched by its id. Currency and exchange rate travel with every order:
// `exchangeRate` is the number of `baseCurrency` units per one unit of `currency` (1 when the
// order is in the shop's own currency). Totals are passed through as the store reports them.
// `financialStatus` uses the canonical vocabulary: pending, authorized, partially_paid, paid,
// partially_refunded, refunded, voided (connectors map their vendor's words onto it).
// JSON keys: id (required), number, currency (required), base_currency, exchange_rate,
// customer, billing_address, shipping_address, lines, discounts, shipping_lines, tax_lines,
// subtotal, discount_total, shipping_total, tax_total, total, taxes_included,
// financial_status, created_at, updated_at, raw.
struct Order
{
    QString id;
    QString number; // the human-facing order number/name, e.g. "#1001"
    Currency currency;
    Currency baseCurrency; // invalid (null) when not known
    Decimal exchangeRate{1};
    std::optional<Customer> customer;
    std::optional<Address> billingAddress;
    std::optional<Address> shippingAddress;
    QList<OrderLine> lines;
    QList<DiscountLine> discounts;
    QList<ShippingLine> shippingLines;
    QList<TaxLine> taxLines;
    Money subtotal;
    Money discountTotal;
    Money shippingTotal;
    Money taxTotal;
    Money total;
    bool taxesIncluded = false;
    QString financialStatus;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QJsonObject raw; // the vendor's order document, as received

    QJsonObject toJson() const;
    // Errors name the field path, e.g. `lines[2].unit_price.amount: "abc" is not a decimal number`.
    static std::optional<Order> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const Order &, const Order &) = default;
};

} // namespace LedgerLink::Model
