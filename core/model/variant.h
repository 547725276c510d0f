#pragma once

#include "model/money.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Model {

// A sellable variant of a product, matched across systems by SKU. JSON keys: id, product_id,
// sku, title, barcode, price, compare_at_price (Money objects or null), taxable, raw.
struct Variant
{
    QString id;
    QString productId;
    QString sku;
    QString title;
    QString barcode;
    Money price;
    Money compareAtPrice; // invalid (null in JSON) when there is none
    bool taxable = true;
    QJsonObject raw;

    QJsonObject toJson() const;
    static std::optional<Variant> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const Variant &, const Variant &) = default;
};

} // namespace LedgerLink::Model
