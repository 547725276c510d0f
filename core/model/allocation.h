#pragma once

#include "model/money.h"

#include <QtCore/QList>

#include <optional>

namespace LedgerLink::Model {

// Splits `total` into parts proportional to `weights` that sum EXACTLY to `total`, each part
// within one minor unit of its exact share. Largest-remainder method: every part first gets its
// share rounded toward zero; the minor units left over go, one each, to the parts with the
// largest remainders, ties to the earlier index. A negative total is split like its absolute
// value and negated, so allocate(-x) == -allocate(x) part by part. Parts with weight 0 get zero.
//
// nullopt when `total` is invalid, `weights` is empty, any weight is negative, or all are zero.
// Example: 100.00 EUR over {1, 1, 1} -> 33.34, 33.33, 33.33.
std::optional<QList<Money>> allocate(const Money &total, const QList<Decimal> &weights);

// allocate() with `parts` equal weights; nullopt when parts < 1.
// Example: 0.05 EUR in 4 -> 0.02, 0.01, 0.01, 0.01.
std::optional<QList<Money>> allocateEvenly(const Money &total, int parts);

} // namespace LedgerLink::Model
