#include "model/allocation.h"

#include <algorithm>
#include <numeric>

namespace LedgerLink::Model {

std::optional<QList<Money>> allocate(const Money &total, const QList<Decimal> &weights)
{
    if (!total.isValid() || weights.isEmpty())
        return std::nullopt;
    Decimal weightSum;
    for (const Decimal &w : weights) {
        if (w.signum() < 0)
            return std::nullopt;
        weightSum += w;
    }
    if (weightSum.isZero())
        return std::nullopt;

    const Currency currency = total.currency();
    // Work in whole minor units of the absolute total; the sign is put back at the end so a
    // refund splits exactly like the sale it reverses.
    const Decimal minorUnit = *Decimal::fromUnscaled(1, currency.minorUnits()); // 0.01 for EUR
    const Decimal units = *Decimal::divide(total.abs().amount(), minorUnit, 0, RoundingMode::Down);

    const qsizetype n = weights.size();
    QList<Decimal> shares(n);
    QList<Decimal> remainders(n);
    Decimal distributed;
    for (qsizetype i = 0; i < n; ++i) {
        const Decimal numerator = units * weights[i];
        // Exact share = numerator / weightSum; its integral part toward zero, and the rest.
        shares[i] = *Decimal::divide(numerator, weightSum, 0, RoundingMode::Down);
        remainders[i] = numerator - shares[i] * weightSum;
        distributed += shares[i];
    }

    // Fewer leftover units than parts with a non-zero remainder (sum of remainders is
    // leftover * weightSum and each remainder is below weightSum), so a zero-weight part never
    // receives one.
    QList<qsizetype> order(n);
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&remainders](qsizetype a, qsizetype b) {
        return remainders[a] > remainders[b]; // stable: ties keep the earlier index first
    });
    const qint64 leftover = *(units - distributed).toInt64();
    for (qint64 k = 0; k < leftover; ++k)
        shares[order[qsizetype(k)]] += Decimal(1);

    QList<Money> parts;
    parts.reserve(n);
    for (const Decimal &share : std::as_const(shares)) {
        const Money part = *Money::exact(share * minorUnit, currency);
        parts.append(total.signum() < 0 ? -part : part);
    }
    return parts;
}

std::optional<QList<Money>> allocateEvenly(const Money &total, int parts)
{
    if (parts < 1)
        return std::nullopt;
    return allocate(total, QList<Decimal>(parts, Decimal(1)));
}

} // namespace LedgerLink::Model
