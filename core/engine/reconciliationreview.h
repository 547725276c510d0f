#pragma once

#include "engine/reconciliation.h"
#include "model/decimal.h"
#include "store/reconciliationrepository.h"
#include "store/runrepository.h"

#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <functional>
#include <optional>

namespace LedgerLink::Engine {

struct WorkspaceConfig;

/// A finding as the state store keeps it, back in the engine's terms (the inverse of
/// ReconciliationFinding::toResult(): the rule comes from its details).
[[nodiscard]] ReconciliationFinding findingFromResult(const Store::ReconciliationResult &result);

/**
 * A stored pass read back as a report: the run's counts (what ReconcileReport::runJson() stored:
 * names, times, tallies) and its stored findings in their order. reconciliationCsv() of it gives
 * the same bytes as of the report the pass returned.
 */
[[nodiscard]] ReconcileReport reportFromStored(const Store::Run &run,
                                               const QList<Store::ReconciliationResult> &results);

/// Whether the pass ran in repair mode (ReconcileReport::mode, which reportFromStored() reads from
/// the run). Findings repaired one by one later carry what became of their repair all the same.
[[nodiscard]] bool isRepairPass(const ReconcileReport &report);

/// `amount` in minor units of `currency` ("-0.01" EUR → -1), rounded half-even to the currency's
/// decimals; std::nullopt for stock (no currency) or an unknown currency code.
[[nodiscard]] std::optional<Model::Decimal> inMinorUnits(const Model::Decimal &amount,
                                                         const QString &currency);

/// One row of a store record and its ERP record side by side.
struct SideBySideRow
{
    /// Movement: one balance movement of a payout, store side only and not compared on its own (it
    /// counts in the Sum rows that follow). Sum: a sum of a payout's movements beside the ERP lines
    /// that carry it ("Payments less refunds", "Fees").
    enum class Kind { Line, Shipping, Tax, Total, Amount, Movement, Sum };
    Kind kind = Kind::Line;
    QString label; ///< the line's SKU (else its title), "Shipping", "Tax", "Total"; a movement's order
    QString storeText; ///< what the store has ("2 × 29.99 · tax 9.58 · Organic Cotton Tee"); "" when nothing
    QString erpText;
    std::optional<Model::Decimal>
        storeAmount; ///< in FindingSides::currency (converted when the sides differ)
    std::optional<Model::Decimal> erpAmount;
    /// storeAmount − erpAmount (an absent side counts as zero); std::nullopt when the two amounts
    /// are in currencies no known rate connects, and for a Movement (compared in the Sum rows).
    std::optional<Model::Decimal> difference;
};

/// A finding's two records, line by line.
struct FindingSides
{
    QString storeTitle; ///< "order #1008 (5108)"; "" when the store has no record
    QString erpTitle; ///< "Invoice INV-0008 (…)"; "" when the ERP has no record
    QString currency; ///< of the amounts ("" for stock: units)
    QString conversion; ///< how store amounts were converted into `currency`, "" when they were not
    QList<SideBySideRow> rows;
    QStringList notes; ///< what could not be read or compared, said plainly
};

/**
 * Two canonical documents with lines (an order, a sale, an invoice, a refund, a credit note),
 * side by side: each store line with the ERP line of the same SKU (quantity, then order, decide
 * between several), lines only one side has, then shipping, tax and the totals. A store record in
 * another currency is converted line by line with its own exchange rate when the ERP's currency
 * is its shop currency, rounded with `mode`. Either document may be empty (that side has no record).
 */
[[nodiscard]] FindingSides sideBySide(const QJsonObject &store, const QJsonObject &erp,
                                      Model::RoundingMode mode = Model::RoundingMode::HalfEven);

/// What payoutSideBySide() knows beyond the two records (from the workspace, when at hand).
struct PayoutContext
{
    /// The ERP accounts the mapping books a payout's payments less refunds on (its lookup table
    /// `payment_accounts`, entry `shopify_payments`: the clearing account the payments went to).
    QStringList paymentAccounts;
    /// The ERP accounts the mapping books a payout's fees on (`payout_accounts`, entry `fees`).
    QStringList feeAccounts;
    QHash<QString, QString> orderNumbers; ///< a movement's order id → the order's number ("#1001")
};

/**
 * A gateway payout (the store connector's canonical Model::Payout) and the ERP's bank deposit
 * (the canonical bank transaction: {id, reference, type, status, currency, date, total, total_tax,
 * lines: [{description, account_code, amount}]}), side by side:
 *
 * - one Movement row per balance movement (its order's number, else its order id, else its type
 *   and id; its type, amount, fee and day), store side only: not compared one by one, since the
 *   deposit books them as sums;
 * - "Payments less refunds" (Sum): every movement's amount (charges, refunds taken out, other
 *   movements as they moved the balance), beside the deposit's lines that carry it;
 * - "Fees" (Sum): the movements' fees, negative as the deposit books them, beside its fee lines;
 * - "Tax" when the deposit carries tax (a payout has none);
 * - "Total": the payout's deposit beside the bank transaction's total.
 *
 * Which deposit line is which: a line on one of `context.feeAccounts` is a fee line, one on
 * `context.paymentAccounts` a payments line, any other line by its sign (negative: fees,
 * otherwise payments less refunds). Every line of the deposit is named in the ERP text of the
 * Sum row it went to and counted in its ERP amount, so each Sum row's difference is its store
 * sum less all the lines it took, and the Total row's is the deposit less the ERP's total: no
 * cent of either side is left out. A deposit that is absent, deleted or voided counts as none:
 * the store's side is shown alone, each row's difference its whole store amount (as the truth
 * pass counts it). A payout whose movements do not come to its deposit says so in a note.
 */
[[nodiscard]] FindingSides payoutSideBySide(const QJsonObject &payout, const QJsonObject &deposit,
                                            const PayoutContext &context = {});

/// A finding without lines (a price, a stock level): its two amounts as one row, from the finding.
[[nodiscard]] FindingSides sidesOfAmounts(const Store::ReconciliationResult &finding);

/// Whether a finding's records have lines worth reading side by side (orders, refunds, and
/// payouts: their movements beside the deposit's lines).
[[nodiscard]] bool hasLines(const Store::ReconciliationResult &finding);

struct FindingSidesOutcome
{
    std::optional<FindingSides> sides;
    QString error; ///< what went wrong, when `sides` is empty
};

/**
 * Reads the two records of a stored finding through the workspace's connectors, with read-only
 * HTTP clients (nothing can be written), and lays them side by side (sideBySide(); a payout with
 * payoutSideBySide(), its orders' numbers read from the store, at most 50, and the accounts from
 * the mapping's lookup tables); findings without lines get sidesOfAmounts() without reading
 * anything. The sandbox workspace with no
 * sandbox serving gets one for the call; another workspace's secrets come through `credentials`
 * (refused without it), as for reconcileWorkspace(). Any thread but the GUI's: it blocks.
 */
[[nodiscard]] FindingSidesOutcome
readFindingSides(const QString &workspace, const Store::ReconciliationResult &finding,
                 const std::function<bool(WorkspaceConfig &config, QString *error)> &credentials);

/**
 * The pass as a printable HTML page (the studio's PDF export): what was compared with the counts,
 * then every finding with both amounts, the difference in cents, the cause, its evidence, the
 * proposed repair and, from `stored` (the run's stored results in the findings' order, when
 * given), whether it was reviewed and the reviewer's comment. UTF-8.
 */
[[nodiscard]] QByteArray reconciliationHtml(const ReconcileReport &report,
                                            const QList<Store::ReconciliationResult> &stored = {});

} // namespace LedgerLink::Engine
