#pragma once

// Internal to core/engine's financial rules (moneyrules*.cpp): helpers shared by the rule files.

#include "engine/moneyrules.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonValue>
#include <QtCore/QString>

namespace LedgerLink::Engine::MoneyRules::Detail {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Engine)
};

/// "19.99" (the amount at its currency's minor units); JSON null for an invalid Money.
QJsonValue amountJson(const Model::Money &money);
/// "0.1", "3": a rate or a quantity without trailing zeros.
QString plain(const Model::Decimal &value);
/// "half_even", "half_up", "half_down", "down", "up".
QString modeName(Model::RoundingMode mode);
/// Zero when `money` is invalid (an absent amount), else `money`.
Model::Money orZero(const Model::Money &money, const Model::Currency &currency);
/// a + b for amounts known to share `a`'s currency.
Model::Money add(const Model::Money &a, const Model::Money &b);
Model::Money subtract(const Model::Money &a, const Model::Money &b);
/// `amount` × num / den rounded with `mode` in the currency's minor units; den != 0.
Model::Money share(const Model::Money &amount, const Model::Decimal &num, const Model::Decimal &den,
                   Model::RoundingMode mode);
/// One minor unit of `currency` (0.01 EUR, 1 JPY, 0.001 KWD).
Model::Money minorUnit(const Model::Currency &currency);

/**
 * Checks an amount on a document in `currency`. Returns "" when fine, else a translated
 * "<path>: ..." message: missing (when `required`), in another currency, negative (when
 * `nonNegative`).
 */
QString checkAmount(const Model::Money &money, const Model::Currency &currency, const QString &path,
                    bool required, bool nonNegative);

/// "order #1001" (or the id when there is no number): the prefix of every error about an order.
QString orderName(const Model::Order &order);
/// Translated: "half-even", "half-up", ...
QString modeText(Model::RoundingMode mode);
/// "item", "shipping".
QString kindName(DocumentLine::Kind kind);

/// Fills a document's totals and tax summary from its lines: every total is the sum of the lines.
void sumUp(TaxDocument &doc);

MoneyDifference difference(const QString &field, Cause cause, const Model::Money &source,
                           const Model::Money &target, const QString &evidence);

} // namespace LedgerLink::Engine::MoneyRules::Detail
