#pragma once

#include "engine/dryrun.h"
#include "engine/workspaceconfig.h"
#include "model/decimal.h"
#include "store/reconciliationrepository.h"
#include "store/storelocation.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace LedgerLink::Net {
class HttpClient;
}
namespace LedgerLink::Store {
class StateStore;
}

namespace LedgerLink::Engine {

/// What the truth pass compares, each through the mapping rule that syncs it.
enum class ReconcileObject {
    Orders, ///< store order total vs the ERP record the "order" rule writes (Xero invoice, Tryton sale)
    Refunds, ///< store refund vs the ERP credit note
    Prices, ///< the catalog rule's owner's price vs the other side's, per SKU
    Stock, ///< the stock rule's quantities per SKU (all locations summed on each side)
};

/// "orders", "refunds", "prices", "stock" (the CLI's --object values).
[[nodiscard]] QString nameOf(ReconcileObject object);
[[nodiscard]] std::optional<ReconcileObject> reconcileObjectFrom(const QString &name);
[[nodiscard]] QList<ReconcileObject> allReconcileObjects();

/// Why the two sides differ: a fixed list, so that reports, filters and the studio can rely on it.
enum class MismatchCause {
    TaxRounding, ///< tax rounded per line on one side and on the document total on the other
    CurrencyRate, ///< amounts converted between currencies (per line vs on the total, or no rate)
    DiscountAllocation, ///< an order-level discount not allocated to the lines the ERP got
    Shipping, ///< shipping charged on one side and not on the other
    RefundNotCredited, ///< a store refund without its ERP credit note
    EditedAfterSync, ///< a side changed after LedgerLink last synced the record
    MissingRecord, ///< the record is absent (never written, deleted or voided) on the other side
    PriceDrift, ///< a price differs from the owner's
    StockDrift, ///< a quantity differs from the owner's
    Unknown, ///< none of the above explains the numbers
};

/// "tax_rounding", "currency_rate", "discount_allocation", "shipping", "refund_not_credited",
/// "edited_after_sync", "missing_record", "price_drift", "stock_drift", "unknown".
[[nodiscard]] QString nameOf(MismatchCause cause);
[[nodiscard]] std::optional<MismatchCause> mismatchCauseFrom(const QString &name);
/// The cause said plainly, translated ("tax rounding (per line vs on the total)").
[[nodiscard]] QString describe(MismatchCause cause);

/// One difference the truth pass found (matched records are counted, not listed).
struct ReconciliationFinding
{
    QString object; ///< "order", "refund", "price", "stock"
    QString rule; ///< the mapping rule compared ("order", "product", ...)
    QString key; ///< order number, refund reference, SKU
    QString storeId; ///< "" when the store has no such record
    std::optional<Model::Decimal> storeAmount = {}; ///< total, price or quantity; none when absent
    QString erpId; ///< "" when the ERP has no such record
    std::optional<Model::Decimal> erpAmount = {};
    Model::Decimal difference = {}; ///< store − ERP (a missing side counts as zero)
    QString currency = {}; ///< of the amounts; "" for stock (units)
    MismatchCause cause = MismatchCause::Unknown;
    QString evidence = {}; ///< the cause explained with the numbers
    /**
     * The proposed repair, following the rule's owner: {"action": "create"|"update"|"review",
     * "side": "erp"|"store", "rule", "source_id", "target_id", "description", and, when the
     * normal job path can carry it out, "job": {"kind", "payload"}} (e.g. {"kind": "push.order",
     * "payload": {"order_id": "5110"}}). "review" repairs need a person (a mapping change).
     */
    QJsonObject repair = {};
    bool missing = false; ///< one side has no record (stored with status "missing")

    /// {"object", "key", "store": {"id", "amount"} or null, "erp": {...} or null, "difference",
    /// "currency", "cause", "evidence", "repair", "rule"}; amounts as decimal text.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] Store::ReconciliationResult toResult(qint64 runId) const;
};

/// What the pass did for one object.
struct ReconcileTally
{
    ReconcileObject object = ReconcileObject::Orders;
    QString rule = {}; ///< the mapping rule used ("" when none applies)
    int storeRecords = 0; ///< records (or SKUs) read from the store
    int erpRecords = 0; ///< records (or SKUs) read from the ERP
    int compared = 0; ///< store records (SKUs) the pass looked for on the other side
    int matched = 0; ///< compared and equal to the cent (unit)
    int differences = 0; ///< findings with both sides present
    int missing = 0; ///< findings with one side absent
    QString skipped = {}; ///< why the object was not compared ("" when it was)
    QStringList notes = {}; ///< what the pass could not compare, said plainly

    [[nodiscard]] QJsonObject toJson() const;
};

struct ReconcileOptions
{
    QList<ReconcileObject> objects = {}; ///< empty: all of allReconcileObjects()
    /// Valid: only the orders and refunds the store changed since then (prices and stock are
    /// always compared in full: their records need not have changed to have drifted).
    QDateTime since = {};
    int pageSize = 100; ///< records per read request
};

/// A whole pass: what was compared, the counts, and every difference.
struct ReconcileReport
{
    qint64 runId = 0; ///< the stored run (RunKind::Reconcile)
    QString workspaceDir = {};
    QString connectionPair = {};
    QString storeName = {}; ///< the mapping document's names of both sides
    QString erpName = {};
    QDateTime started = {};
    QDateTime finished = {};
    QDateTime since = {};
    QList<ReconcileTally> tallies = {};
    QList<ReconciliationFinding> findings = {};
    int requests = 0; ///< HTTP requests (all reads)

    /// {"id", "workspace", "connection_pair", "store", "erp", "started", "finished", "since",
    /// "mode": "report", "objects": [tally...], "findings": n, "requests"}
    [[nodiscard]] QJsonObject runJson() const;
    /// {"run": runJson(), "findings": [finding...]}
    [[nodiscard]] QJsonObject toJson() const;
    /// Findings with the cause `cause`.
    [[nodiscard]] int count(MismatchCause cause) const;
};

struct ReconcileOutcome
{
    std::optional<ReconcileReport> report; ///< set on success
    QString error; ///< set on failure: what went wrong and where
    bool cancelled = false; ///< stopped through RunProgress::cancelRequested; no finding is stored
};

/**
 * The reconciliation truth pass (report mode): reads both systems of a workspace page by page
 * through their connectors with read-only HTTP clients (it cannot write to either system by
 * construction), turns records into canonical JSON, and compares per mapping rule the store side
 * with the ERP side — by cross-reference, else by the match key the rule's mapping gives the
 * ERP record (e.g. Xero's invoice Reference "#1001"), else by the stable key itself:
 *
 * - orders: the store order's total vs the ERP record of the "order" rule, in the ERP record's
 *   currency (a store amount in another currency is converted with the order's own exchange
 *   rate, rounded with the mapping's rounding mode). A difference is explained by the amounts
 *   that make it up exactly: shipping the ERP record lacks, tax rounded per line vs on the total
 *   (tax-exclusive documents), an order discount not allocated to lines, and, between two
 *   currencies, the cents of converting line by line. What the amounts do not explain is
 *   "edited after sync" when either record changed after the cross-reference was last written,
 *   else "unknown". A store order without its ERP record (never written — a dead letter says
 *   why —, deleted or voided) is a missing record.
 * - refunds: the store refund's total vs its credit note (cross-reference, mapped key, the
 *   refund's id, or the credit notes of the order's ERP record); none: refund not credited.
 * - prices: per SKU, the owner's price vs the other side's (each variant of a duplicated SKU);
 *   the owner's SKU absent on the other side is a missing record.
 * - stock: per SKU, the owner's quantity vs the other side's, locations summed on each side;
 *   SKUs the ERP keeps no quantity for are noted, not compared.
 *
 * Every finding has both amounts, the difference (store − ERP) as exact decimal text, a cause
 * from MismatchCause with evidence, and the repair the rule's owner implies. run() stores the run
 * (RunKind::Reconcile, its tallies as counts) and its findings; matched records only count.
 *
 * Thread: everything runs in the thread that calls open() (it owns a QNetworkAccessManager and
 * uses the StateStore's connection of that thread). Never the GUI thread.
 */
class Reconciler
{
public:
    Reconciler(WorkspaceConfig config, Store::StateStore &store);
    ~Reconciler();
    Q_DISABLE_COPY_MOVE(Reconciler)

    /// Builds the read-only HTTP clients and the connectors; false with *error if not possible.
    bool open(QString *error);

    /// One pass; reports progress (records read, records compared) and stops between pages when
    /// `progress->cancelRequested` is set (the run is then stored as cancelled, without findings).
    ReconcileOutcome run(const ReconcileOptions &options = {}, RunProgress *progress = nullptr);

    Net::HttpClient &storeClient();
    Net::HttpClient &erpClient();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/**
 * The truth pass of a workspace folder (the CLI's `reconcile`): opens its state store, starts a
 * sandbox for the call when the sandbox workspace has none serving (*note then says so), fills a
 * non-sandbox workspace's secrets through `credentials` (refused without it), and runs a
 * Reconciler. Any thread; it blocks until the pass is done. `state`: as connectorDryRun()'s.
 */
ReconcileOutcome
reconcileWorkspace(const QString &workspace, const ReconcileOptions &options, RunProgress *progress,
                   const std::function<bool(WorkspaceConfig &config, QString *error)> &credentials,
                   QString *note, const std::optional<Store::StoreLocation> &state = std::nullopt);

/// The pass as an accountant reads it: what was compared with the counts, then every difference
/// with both amounts, the difference in cents, the cause and its evidence, and the repair.
QString formatReconciliation(const ReconcileReport &report);

/// The findings as CSV (RFC 4180, UTF-8, header row): object, key, store id, store amount, ERP id,
/// ERP amount, difference, currency, cause, evidence, repair.
QByteArray reconciliationCsv(const ReconcileReport &report);

} // namespace LedgerLink::Engine
