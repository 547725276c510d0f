#pragma once

#include "model/currency.h"
#include "model/decimal.h"

#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>

#include <compare>
#include <optional>

class QDebug;
class QJsonObject;

namespace LedgerLink::Model {

// An amount in a currency, always held at exactly the currency's minor units (19.99 EUR has
// scale 2, 1000 JPY scale 0, 1.250 KWD scale 3). Getting there from a more precise Decimal is
// an explicit rounding decision (of()); exact() refuses to drop digits.
//
// Mixing currencies is an error, never a conversion: plus()/minus() (and operator+/-) return
// std::nullopt for different or invalid currencies, comparison returns
// std::partial_ordering::unordered and == is false. No exceptions are thrown, so Money is safe
// to use in code called from Qt event loops.
//
// A default-constructed Money is invalid (no currency); records use it for "absent" amounts.
class Money
{
public:
    Money() = default;

    // `amount` rounded to the currency's minor units with `mode`. An invalid currency gives
    // an invalid Money.
    static Money of(const Decimal &amount, const Currency &currency, RoundingMode mode);
    // `amount` in `currency` when it has no more significant decimals than the currency allows
    // ("19.990" EUR is fine, "19.995" EUR is nullopt); nullopt for an invalid currency.
    static std::optional<Money> exact(const Decimal &amount, const Currency &currency);
    // Zero at the currency's minor units ("0.00 EUR").
    static Money zero(const Currency &currency);
    // An integer count of minor units: fromMinorUnits(1999, EUR) is 19.99 EUR, (1999, JPY) is
    // 1999 JPY, (1999, KWD) is 1.999 KWD.
    static Money fromMinorUnits(qint64 units, const Currency &currency);

    // "19.99 EUR", "-5 JPY", "1.5 usd" (an exact amount, one space, a currency code). On failure
    // returns nullopt and, if `error` is set, says why.
    static std::optional<Money> fromString(QStringView text, QString *error = nullptr);
    // An exact amount text in a known currency ("19.99" + EUR).
    static std::optional<Money> fromString(QStringView amount, const Currency &currency,
                                           QString *error = nullptr);

    // {"amount":"19.99","currency":"EUR"}. The amount may also be a JSON number (taken exactly
    // or through its shortest round-trip text, see Decimal::fromJson). Errors name the field:
    // `amount: "abc" is not a decimal number`.
    static std::optional<Money> fromJson(const QJsonObject &object, QString *error = nullptr);
    // {"amount":"19.99","currency":"EUR"}: the amount always as a JSON string.
    QJsonObject toJson() const;

    bool isValid() const noexcept { return m_currency.isValid(); }
    const Decimal &amount() const noexcept { return m_amount; }
    const Currency &currency() const noexcept { return m_currency; }

    // The amount as an integer count of minor units (19.99 EUR -> 1999); nullopt when invalid
    // or outside qint64.
    std::optional<qint64> toMinorUnits() const;

    // Checked arithmetic: nullopt when the currencies differ or either side is invalid.
    std::optional<Money> plus(const Money &other) const;
    std::optional<Money> minus(const Money &other) const;
    friend std::optional<Money> operator+(const Money &a, const Money &b) { return a.plus(b); }
    friend std::optional<Money> operator-(const Money &a, const Money &b) { return a.minus(b); }
    // The sum of `amounts`, all of which must be in `currency` (an empty list sums to zero).
    static std::optional<Money> sum(const QList<Money> &amounts, const Currency &currency);

    Money operator-() const;
    Money negated() const { return -*this; }
    Money abs() const;
    // amount * factor rounded back to the minor units with `mode` (prices times quantities,
    // tax rates, exchange rates). An invalid Money stays invalid.
    Money times(const Decimal &factor, RoundingMode mode) const;

    bool isZero() const noexcept { return m_amount.isZero(); }
    int signum() const noexcept { return m_amount.signum(); }

    // Same currency and same amount.
    friend bool operator==(const Money &a, const Money &b);
    // Ordered by amount within one currency; unordered across currencies or when invalid.
    friend std::partial_ordering operator<=>(const Money &a, const Money &b);

    // "19.99 EUR"; "" for an invalid Money.
    QString toString() const;

private:
    Money(const Decimal &amount, const Currency &currency)
        : m_amount(amount)
        , m_currency(currency)
    { }

    Decimal m_amount;
    Currency m_currency;
};

size_t qHash(const Money &money, size_t seed = 0);
QDebug operator<<(QDebug debug, const Money &money);

} // namespace LedgerLink::Model

Q_DECLARE_METATYPE(LedgerLink::Model::Money)
