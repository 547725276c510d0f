#pragma once

#include "connectors/connector.h"
#include "engine/dryrun.h"
#include "engine/reconcilesnapshot.h"
#include "engine/scheduler.h"
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
    Payouts, ///< a gateway payout's deposit vs the ERP's bank deposit the "payout" rule writes
};

/// "orders", "refunds", "prices", "stock", "payouts" (the CLI's --object values).
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
    QString object; ///< "order", "refund", "price", "stock", "payout"
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
    // In repair mode `repair` also gets "status": "enqueued" (with "job_id"), "already_queued",
    // "not_allowed", "review" or "dead_letter", and "note" saying why when it was not enqueued.
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

/// Report (the default) only reports; Repair also enqueues each finding's repair job.
enum class ReconcileMode { Report, Repair };

/// "report", "repair".
[[nodiscard]] QString nameOf(ReconcileMode mode);

struct ReconcileOptions
{
    QList<ReconcileObject> objects = {}; ///< empty: all of allReconcileObjects()
    /// Valid: only the orders and refunds the store changed since then (prices and stock are
    /// always compared in full: their records need not have changed to have drifted).
    QDateTime since = {};
    int pageSize = 100; ///< records per read request
    /**
     * Repair: after the pass, each finding whose repair names a job is enqueued on the workspace's
     * job queue (the jobs `run` runs, marked as repairs: written even when the payload is the one
     * last written, and a record the other side lost is written anew). A repair that would write
     * where the rollout stage forbids it, a "review" repair, a record waiting in the dead-letter
     * queue and a repair already queued are not enqueued (ReconciliationFinding::repair "status"
     * says which).
     */
    ReconcileMode mode = ReconcileMode::Report;
    /// Repair mode: run the queue until idle right after enqueuing, as `run` does (an Executor
    /// holding the workspace's engine lock). When another engine holds it (a daemon, the studio)
    /// or this is false, the repairs wait in the queue for that engine.
    bool runRepairs = true;
};

/// What repair mode did (ReconcileReport::repairs).
struct RepairTally
{
    int enqueued = 0; ///< jobs added to the queue
    int alreadyQueued = 0; ///< the same repair was still pending: not added twice
    int notAllowed = 0; ///< the rollout stage forbids writing that side
    int review = 0; ///< a person must (mapping, the other side's users)
    int deadLetter = 0; ///< the record waits in the dead-letter queue (replay it there)
    bool ran = false; ///< the queue was run until idle by this pass
    QJsonObject run = {}; ///< that run's RunSummary::toJson() (when `ran`)
    QString note = {}; ///< why the queue was not run here, said plainly

    [[nodiscard]] QJsonObject toJson() const;
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
    int requests = 0; ///< HTTP requests of the comparison (all reads)
    ReconcileMode mode = ReconcileMode::Report;
    RepairTally repairs = {}; ///< repair mode only

    /// {"id", "workspace", "connection_pair", "store", "erp", "started", "finished", "since",
    /// "mode": "report"|"repair", "objects": [tally...], "findings": n, "requests", and in repair
    /// mode "repairs": RepairTally::toJson()}
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
 * The reconciliation truth pass: reads both systems of a workspace page by page
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
 * In ReconcileMode::Repair the findings' repair jobs are enqueued before they are stored (see
 * ReconcileOptions::mode; the comparison itself still only reads) and, with runRepairs, run by an
 * exclusive Executor of this thread before run() returns.
 *
 * The reads and the comparison can be separated: fetch() reads what the pass needs into a
 * ReconcileSnapshot, run() with that snapshot compares it without the network.
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

    /**
     * One pass; reports progress (records read, records compared) and stops between pages when
     * `progress->cancelRequested` is set (the run is then stored as cancelled, without findings).
     * Without a `snapshot` it reads everything it compares first, as fetch() does, then compares
     * those facts (holding them for the pass, not the vendor documents).
     *
     * With a `snapshot` (of fetch(), or built by hand) the pass reads nothing: it compares the
     * snapshot's records as if the connectors had just read them (no HTTP request; `requests` is 0)
     * and stores the run and its findings as a live pass does. A `since` keeps the store's orders
     * and refunds changed since then (a refund also when its order changed), as the connectors'
     * reads do; the snapshot must hold every object the pass reads, read since no later than
     * `since` (else the pass fails saying what is missing). The currencies the snapshot's
     * connectors learned are lent to this reconciler's connectors for the pass. The snapshot must
     * outlive the call; the caller does not change it meanwhile. Cancelling stops between
     * `pageSize` records.
     */
    ReconcileOutcome run(const ReconcileOptions &options = {}, RunProgress *progress = nullptr,
                         const ReconcileSnapshot *snapshot = nullptr);

    /**
     * Reads exactly what run() with `options` reads (the same objects and requests, page by page;
     * an object two comparisons need is read once) and compares nothing: a snapshot for run().
     * Reports progress (records read) and stops between pages when `progress->cancelRequested`
     * is set. Stores nothing.
     */
    ReconcileFetch fetch(const ReconcileOptions &options = {}, RunProgress *progress = nullptr);

    /**
     * Adds `records` of `object`, as a side's connector's readPage() gave them (updated since
     * `since`), to `snapshot` the way fetch() keeps them: normalised through this reconciler's
     * connectors and mapping into the facts the comparisons need; the records themselves are not
     * kept. Call it page by page (a snapshot built by hand: a benchmark, a test). Reads and
     * stores nothing. Amounts a record gives without a currency are read in the snapshot's
     * storeCurrency/erpCurrency where set (set them first), else in those the connectors know.
     */
    void addToSnapshot(ReconcileSnapshot &snapshot, bool erp, const QString &object,
                       const QList<Connectors::VendorRecord> &records, const QDateTime &since = {});

    /// The connectors (read-only clients), opened by open().
    Connectors::Connector &storeConnector();
    Connectors::Connector &erpConnector();
    Net::HttpClient &storeClient();
    Net::HttpClient &erpClient();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// The workspace settings (in its state store) of the scheduled truth pass.
inline constexpr char reconcileScheduleSetting[] = "reconcile.schedule"; ///< a Schedule, or "off"
inline constexpr char reconcileModeSetting[] = "reconcile.mode"; ///< "report" or "repair"
/// Nightly, after the catalog's nightly sync of the bundled governance documents (02:00).
inline constexpr char defaultReconcileSchedule[] = "daily 03:00";

/// When and how a workspace's engine runs the truth pass by itself.
struct ReconcileSchedule
{
    QString text = QString::fromLatin1(defaultReconcileSchedule); ///< as stored ("off": never)
    std::optional<Schedule> schedule = {}; ///< none when "off" (or unreadable: see *error)
    ReconcileMode mode = ReconcileMode::Report;
};

/// The workspace's schedule of the truth pass: its settings, or nightly in report mode when it
/// has none. *error when a stored value does not parse (the pass is then not scheduled).
ReconcileSchedule reconcileScheduleOf(Store::StateStore &store, QString *error);
/// Stores `text` ("off" or a Schedule::parse() text) and `mode`; false with *error.
bool setReconcileSchedule(Store::StateStore &store, const QString &text, ReconcileMode mode, QString *error);

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
/// ERP amount, difference, currency, cause, evidence, repair. Fields go through Model::csvField(): a
/// value a spreadsheet would run as a formula is kept as text; signed amounts stay numbers.
QByteArray reconciliationCsv(const ReconcileReport &report);

} // namespace LedgerLink::Engine
