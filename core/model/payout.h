#pragma once

#include "model/currency.h"
#include "model/money.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Model {

// One movement of a gateway's balance that a payout pays out. JSON keys: id (required), type,
// order_id, payment_id, amount, fee, net, processed_at.
struct PayoutTransaction
{
    QString id; // the gateway's own id of the movement
    // "charge" (a payment), "refund", or what else moved the balance ("adjustment", "dispute",
    // "reserve", ...): the gateway's word
    QString type;
    QString orderId; // the order it belongs to, if any
    QString paymentId; // the store's transaction (payment or refund) it settles, if any
    Money amount; // signed as it moves the balance: charges +, refunds −
    Money fee; // what the gateway kept on it (+), or gave back (−)
    Money net; // amount − fee
    QDateTime processedAt; // UTC

    QJsonObject toJson() const;
    static std::optional<PayoutTransaction> fromJson(const QJsonObject &object, QString *error = nullptr);
    friend bool operator==(const PayoutTransaction &, const PayoutTransaction &) = default;
};

// A gateway payout: the money paid into the merchant's bank account (`amount`, the deposit) and
// the balance movements it pays out. JSON keys: id (required), status, date (the day it was
// paid, UTC midnight), currency, amount, transactions, raw.
struct Payout
{
    QString id;
    QString status; // "paid", "in_transit", "scheduled", "failed", "cancelled"
    QDateTime date; // UTC
    Currency currency;
    Money amount;
    QList<PayoutTransaction> transactions;
    QJsonObject raw;

    QJsonObject toJson() const;
    static std::optional<Payout> fromJson(const QJsonObject &object, QString *error = nullptr);
    friend bool operator==(const Payout &, const Payout &) = default;
};

} // namespace LedgerLink::Model
