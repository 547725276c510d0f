#pragma once

#include "model/decimal.h"
#include "model/money.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Model {

// One tax charged on a line, a shipping line or a whole document, passed through from the
// authoritative side (never recomputed). JSON: {"title":"State Tax","rate":"0.06",
// "amount":{"amount":"3.98","currency":"USD"}}. `rate` is a fraction (0.06 = 6 %).
struct TaxLine
{
    QString title;
    Decimal rate;
    Money amount;

    QJsonObject toJson() const;
    static std::optional<TaxLine> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const TaxLine &, const TaxLine &) = default;
};

} // namespace LedgerLink::Model
