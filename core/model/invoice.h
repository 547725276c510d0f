#pragma once

#include "model/currency.h"
#include "model/decimal.h"
#include "model/money.h"
#include "model/taxline.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Model {

// A line of an invoice or a credit note. `orderLineId` ties it to the store order line it
// bills or credits. JSON keys: id, order_line_id, sku, description, quantity, unit_price,
// discount, tax_lines, total.
struct InvoiceLine
{
    QString id;
    QString orderLineId;
    QString sku;
    QString description;
    Decimal quantity;
    Money unitPrice;
    Money discount;
    QList<TaxLine> taxLines;
    Money total;

    QJsonObject toJson() const;
    static std::optional<InvoiceLine> fromJson(const QJsonObject &object, QString *error = nullptr);
    friend bool operator==(const InvoiceLine &, const InvoiceLine &) = default;
};

// An ERP sales invoice. JSON keys: id (required), number, order_id, customer_id,
// currency (required), status, issued_at, due_at, lines, subtotal, tax_total, total,
// amount_due, raw.
struct Invoice
{
    QString id;
    QString number;
    QString orderId;
    QString customerId;
    Currency currency;
    QString status; // e.g. "draft", "open", "paid", "void"
    QDateTime issuedAt; // UTC
    QDateTime dueAt; // UTC
    QList<InvoiceLine> lines;
    Money subtotal;
    Money taxTotal;
    Money total;
    Money amountDue;
    QJsonObject raw;

    QJsonObject toJson() const;
    static std::optional<Invoice> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const Invoice &, const Invoice &) = default;
};

} // namespace LedgerLink::Model
