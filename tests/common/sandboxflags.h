#pragma once

// What the sandbox's dry run flags before the write (docs/money.md, "Where the rules apply"):
// the expected texts, each worked out by hand below, shared by the engine's and the studio's tests.

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace LedgerLink::Testing {

using namespace Qt::StringLiterals;

/// Order #1008 of the sandbox seed: two lines of 0.25 EUR at 10 %, tax-exclusive; the store
/// reports 0.03 tax on each line but charged 0.05 tax on the order (10 % of 0.50, rounded once)
/// and 0.55 in all. Xero computes per line, half-up: 0.025 → 0.03 twice, 0.06: one cent more.
inline const QString flag1008 =
    u"Xero will compute 0.06 tax per line, half-up; the store charged 0.05 on the total: "
    u"the invoice will be 0.01 EUR more — tax rounding"_s;

/*
 * The sandbox's presentment-currency orders, which the sandbox mapping writes in the shop's EUR
 * (CurrencyCode ← `currency`, the plain fields: Shopify's shop money). Each shop amount is
 * Shopify's conversion of its presentment amount on its own, rounded to the cent
 * (generate_sandbox_seed.py), so in EUR their parts need not add up to their total; in their own
 * currency they do, and no tax differs there either (worked below). A difference only in EUR is
 * the conversion's: "currency rate".
 *
 * #1002, 55.19 USD at 0.92, tax-exclusive, 6 %: lines 13.34 and 3 × 10.07 = 30.21 EUR, shipping 4.60
 * (untaxed, written as a LineItem). Xero: 13.34 × 0.06 = 0.8004 → 0.80, 30.21 × 0.06 = 1.8126 →
 * 1.81, as the store's 0.80 and 1.81 (2.61). Its total 13.34 + 30.21 + 4.60 + 2.61 = 50.76; the
 * store's 55.19 × 0.92 = 50.7748 → 50.77: 0.01 less. In USD: 14.50 × 0.06 = 0.87, 32.85 × 0.06 =
 * 1.971 → 1.97, 14.50 + 32.85 + 5.00 + 2.84 = 55.19, the store's own.
 */
inline const QString flag1002 =
    u"Xero will total the invoice 50.76 EUR; the store charged 50.77 EUR: the invoice will be 0.01 EUR "
    u"less — currency rate (the store converted its total of 55.19 USD to 50.77 EUR at once and each "
    u"amount on its own; in USD they add up)"_s;
/*
 * #1003, 66.95 GBP at 1.17, tax-inclusive, 20 % (tax = gross / 6): lines 49.14 and 2 × 12.29 = 24.58,
 * shipping 4.62 EUR. Xero: 8.19, 4.0966… → 4.10, 0.77, as the store's (13.06). Its total
 * 49.14 + 24.58 + 4.62 = 78.34; the store's 66.95 × 1.17 = 78.3315 → 78.33: 0.01 more. In GBP:
 * 42.00 / 6 = 7.00, 21.00 / 6 = 3.50, 3.95 / 6 = 0.658… → 0.66, as the store's; 42.00 + 21.00 +
 * 3.95 = 66.95.
 */
inline const QString flag1003 =
    u"Xero will total the invoice 78.34 EUR; the store charged 78.33 EUR: the invoice will be 0.01 EUR "
    u"more — currency rate (the store converted its total of 66.95 GBP to 78.33 EUR at once and each "
    u"amount on its own; in GBP they add up)"_s;
/*
 * #1004, 84.30 CHF at 1.06, tax-inclusive, 8.1 % (tax = gross × 0.081 / 1.081): lines 43.99 and
 * 2 × 18.97 = 37.94, shipping 7.42 EUR. Xero: 3.5631… / 1.081 = 3.2962 → 3.30, 3.07314 / 1.081 =
 * 2.8428… → 2.84, 0.60102 / 1.081 = 0.55598… → 0.56; the store's shipping tax is its 0.52 CHF ×
 * 1.06 = 0.5512 → 0.55: 6.70 against 6.69. No standard rule gives 6.69 in EUR (per line either
 * mode 6.70, on the total 6.6950… → 6.70). Included tax keeps the invoice's 43.99 + 37.94 + 7.42 =
 * 89.35, against the store's 84.30 × 1.06 = 89.358 → 89.36: 0.01 less. In CHF: 3.1096… → 3.11,
 * 2.6825… → 2.68, 0.5245… → 0.52, as the store's; 41.50 + 35.80 + 7.00 = 84.30.
 */
inline const QStringList flags1004{
    u"Xero will compute 6.70 tax per line, half-up; the store charged 6.69: the invoice keeps its total "
    u"of 89.35 EUR, with 0.01 EUR more tax and as much less net — currency rate (shipping 1: 0.56 "
    u"instead of 0.55)"_s,
    u"Xero will total the invoice 89.35 EUR; the store charged 89.36 EUR: the invoice will be 0.01 EUR "
    u"less — currency rate (the store converted its total of 84.30 CHF to 89.36 EUR at once and each "
    u"amount on its own; in CHF they add up)"_s};
// #1011, 2980 JPY at 0.0061, 8 % included: 15.13 × 0.08 / 1.08 = 1.1207… → 1.12, 3.05 × 0.08 / 1.08
// = 0.2259… → 0.23, as the store's; 15.13 + 3.05 = 18.18 = 2980 × 0.0061 = 18.178 → 18.18: no flag.

/// What the sandbox dry run flags, by order: #1008's tax rounding and the conversions above.
inline QStringList sandboxFlags(const QString &matchKey)
{
    if (matchKey == u"1002")
        return {flag1002};
    if (matchKey == u"1003")
        return {flag1003};
    if (matchKey == u"1004")
        return flags1004;
    if (matchKey == u"1008")
        return {flag1008};
    return {};
}

} // namespace LedgerLink::Testing
