#pragma once

#include "model/decimal.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Model {

// Stock of one SKU at one location. Quantities are Decimal (ERPs stock by weight and length
// too). JSON keys: sku, variant_id, inventory_item_id, location_id (required), available,
// updated_at, raw.
struct InventoryLevel
{
    QString sku;
    QString variantId;
    QString inventoryItemId;
    QString locationId;
    Decimal available;
    QDateTime updatedAt; // UTC
    QJsonObject raw;

    QJsonObject toJson() const;
    static std::optional<InventoryLevel> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const InventoryLevel &, const InventoryLevel &) = default;
};

} // namespace LedgerLink::Model
