#pragma once

#include "model/money.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Model {

// A settled payment (gateway -> store -> ERP). JSON keys: id (required), order_id, invoice_id,
// amount, kind ("sale", "capture", "authorization"), gateway, method, reference (the gateway's
// transaction id), status ("success", "pending", "failure"), processed_at, raw.
struct Payment
{
    QString id;
    QString orderId;
    QString invoiceId;
    Money amount;
    QString kind;
    QString gateway;
    QString method;
    QString reference;
    QString status;
    QDateTime processedAt; // UTC
    QJsonObject raw;

    QJsonObject toJson() const;
    static std::optional<Payment> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const Payment &, const Payment &) = default;
};

} // namespace LedgerLink::Model
