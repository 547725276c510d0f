#pragma once

#include "model/currency.h"
#include "model/invoice.h"
#include "model/money.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Model {

// An ERP credit note: a partial refund becomes a credit note for exactly the refunded lines.
// It references the invoice and/or order (and the store refund) it credits; its lines use the
// invoice line shape. JSON keys: id (required), number, invoice_id, order_id, refund_id,
// customer_id, currency (required), status, reason, issued_at, lines, subtotal, tax_total,
// total, raw.
struct CreditNote
{
    QString id;
    QString number;
    QString invoiceId;
    QString orderId;
    QString refundId;
    QString customerId;
    Currency currency;
    QString status;
    QString reason;
    QDateTime issuedAt; // UTC
    QList<InvoiceLine> lines;
    Money subtotal;
    Money taxTotal;
    Money total;
    QJsonObject raw;

    QJsonObject toJson() const;
    static std::optional<CreditNote> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const CreditNote &, const CreditNote &) = default;
};

} // namespace LedgerLink::Model
