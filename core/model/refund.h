#pragma once

#include "model/decimal.h"
#include "model/money.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Model {

// One refunded order line: how many units and for how much. JSON keys: id, order_line_id, sku,
// quantity, subtotal, tax, restock.
struct RefundLine
{
    QString id;
    QString orderLineId;
    QString sku;
    Decimal quantity;
    Money subtotal;
    Money tax;
    bool restock = false;

    QJsonObject toJson() const;
    static std::optional<RefundLine> fromJson(const QJsonObject &object, QString *error = nullptr);
    friend bool operator==(const RefundLine &, const RefundLine &) = default;
};

// A (possibly partial) refund of an order. `total` is the amount returned to the customer.
// JSON keys: id (required), order_id, note, lines, shipping, adjustment, total, created_at,
// processed_at, raw.
struct Refund
{
    QString id;
    QString orderId;
    QString note;
    QList<RefundLine> lines;
    Money shipping; // refunded shipping, invalid (null) when none
    Money adjustment; // order-level adjustment, invalid (null) when none
    Money total;
    QDateTime createdAt; // UTC
    QDateTime processedAt; // UTC
    QJsonObject raw;

    QJsonObject toJson() const;
    static std::optional<Refund> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const Refund &, const Refund &) = default;
};

} // namespace LedgerLink::Model
