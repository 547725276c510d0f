#pragma once

#include "model/decimal.h"
#include "model/money.h"
#include "model/taxline.h"

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Model {

// One line of an order. `vendor` lets the financial rules split a marketplace order per vendor.
// `discount` is the discount allocated to this line, `total` the line's amount as the store
// reports it (passed through, not recomputed). JSON keys: id, product_id, variant_id, sku,
// title, vendor, quantity, unit_price, discount, tax_lines, total.
struct OrderLine
{
    QString id;
    QString productId;
    QString variantId;
    QString sku;
    QString title;
    QString vendor;
    Decimal quantity;
    Money unitPrice;
    Money discount;
    QList<TaxLine> taxLines;
    Money total;

    QJsonObject toJson() const;
    static std::optional<OrderLine> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const OrderLine &, const OrderLine &) = default;
};

} // namespace LedgerLink::Model
