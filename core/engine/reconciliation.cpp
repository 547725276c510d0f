// The reconciliation truth pass (report mode): both systems read page by page through their
// connectors with read-only clients, compared per mapping rule, every difference explained with
// the numbers. Nothing here writes to either system; the state store gets the run and its findings.

#include "engine/reconciliation.h"

#include "connectors/connector.h"
#include "connectors/shopify/shopifyconnector.h"
#include "connectors/xero/xeroconnector.h"
#include "engine/connectordryrun.h"
#include "engine/moneyrules.h"
#include "engine/ratelimiter.h"
#include "engine/reconciliationrepair_p.h"
#include "engine/workspace.h"
#include "expr/expression.h"
#include "mapping/objectmapper.h"
#include "model/creditnote.h"
#include "model/inventorylevel.h"
#include "model/money.h"
#include "model/order.h"
#include "model/payout.h"
#include "model/product.h"
#include "model/refund.h"
#include "net/httpclient.h"
#include "sandbox/sandboxservices.h"
#include "store/crossreferencerepository.h"
#include "store/deadletterrepository.h"
#include "store/enginestaterepository.h"
#include "store/runrepository.h"
#include "store/statestore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QScopeGuard>
#include <QtCore/QSet>
#include <QtNetwork/QNetworkAccessManager>

#include <algorithm>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine {

using Model::Currency;
using Model::Decimal;
using Model::Money;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Engine::Reconciler)
};

// ---- names ---------------------------------------------------------------------------------------

struct CauseName
{
    MismatchCause cause;
    const char *name;
};

constexpr CauseName causeNames[] = {
    {MismatchCause::TaxRounding, "tax_rounding"},
    {MismatchCause::CurrencyRate, "currency_rate"},
    {MismatchCause::DiscountAllocation, "discount_allocation"},
    {MismatchCause::Shipping, "shipping"},
    {MismatchCause::RefundNotCredited, "refund_not_credited"},
    {MismatchCause::EditedAfterSync, "edited_after_sync"},
    {MismatchCause::MissingRecord, "missing_record"},
    {MismatchCause::PriceDrift, "price_drift"},
    {MismatchCause::StockDrift, "stock_drift"},
    {MismatchCause::Unknown, "unknown"},
};

QString money(const Money &amount)
{
    return amount.isValid() ? amount.toString() : Text::tr("(none)");
}

/// "+4.90" / "-0.01" / "0.00": a difference with its sign.
QString signedText(const Decimal &value)
{
    return value.signum() > 0 ? u"+"_s + value.toString() : value.toString();
}

QString signedMoney(const Money &amount)
{
    return signedText(amount.amount()) + u' ' + amount.currency().code();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s) : Text::tr("(unknown)");
}

/// Statuses of an ERP document that no longer counts (voided, deleted, cancelled).
bool isGone(const QString &status)
{
    static const QStringList gone{u"void"_s,   u"voided"_s,    u"deleted"_s,
                                  u"cancel"_s, u"cancelled"_s, u"canceled"_s};
    return gone.contains(status.toLower());
}

QString joined(const QStringList &items, int most = 5)
{
    if (items.size() <= most)
        return items.join(u", "_s);
    return items.mid(0, most).join(u", "_s) + Text::tr(" and %n more", nullptr, int(items.size() - most));
}

/// A job the executor runs, as a repair proposes it.
QJsonObject job(const QString &kind, const QJsonObject &payload)
{
    return QJsonObject{{u"kind"_s, kind}, {u"payload"_s, payload}};
}

/// The repair the rule's owner implies for a record one side lacks or has wrong: the owner's side
/// is written to the other through the rule's own job; against the rule's direction a person must.
QJsonObject repairOf(const Mapping::ObjectRule &rule, const QString &action, const QString &sourceId,
                     const QString &targetId, const QString &matchKey, const QString &description)
{
    const bool ownerIsErp = rule.owner == Mapping::Owner::Erp;
    const bool flowsFromOwner = ownerIsErp ? rule.direction == Mapping::Direction::ErpToStore
                                           : rule.direction == Mapping::Direction::StoreToErp;
    QJsonObject repair{{u"rule"_s, rule.id},
                       {u"side"_s, ownerIsErp ? u"store"_s : u"erp"_s},
                       {u"source_id"_s, sourceId},
                       {u"target_id"_s, targetId},
                       {u"description"_s, description}};
    if (!flowsFromOwner || sourceId.isEmpty()) {
        repair.insert(u"action"_s, u"review"_s);
        return repair;
    }
    repair.insert(u"action"_s, action);
    if (rule.id == u"order"_s)
        repair.insert(u"job"_s, job(u"push.order"_s, {{u"order_id"_s, sourceId}}));
    else
        repair.insert(u"job"_s, job(u"push."_s + rule.id, {{u"id"_s, sourceId}, {u"match_key"_s, matchKey}}));
    return repair;
}

/// A repair of one vendor's part of a refund: its job says which refund it is part of, so the
/// sync reads and splits that refund again (Executor::readVendorPart).
void markRefundPart(QJsonObject &repair, const RefundFacts &refund)
{
    QJsonObject job = repair.value(u"job"_s).toObject();
    if (job.isEmpty())
        return;
    QJsonObject payload = job.value(u"payload"_s).toObject();
    payload.insert(u"part_of"_s, refund.partOf);
    payload.insert(u"vendor"_s, refund.recordId.mid(refund.partOf.size() + 1));
    job.insert(u"payload"_s, payload);
    repair.insert(u"job"_s, job);
}

/// A review repair: nothing the job path can do, a person must (usually the mapping).
QJsonObject reviewOf(const Mapping::ObjectRule &rule, const QString &side, const QString &sourceId,
                     const QString &targetId, const QString &description)
{
    return QJsonObject{{u"action"_s, u"review"_s}, {u"rule"_s, rule.id},
                       {u"side"_s, side},          {u"source_id"_s, sourceId},
                       {u"target_id"_s, targetId}, {u"description"_s, description}};
}

// ---- facts: what the pass keeps of each record (never the whole document) -------------------

/// A variant with a SKU of one side's catalog, in the pass's facts.
struct SkuEntry
{
    const QString *id = nullptr; ///< the variant's (or item's) id
    const RecordFacts<SkuFacts> *record = nullptr; ///< the record the connector read (product, item)
    const Money *price = nullptr;
};

/// One side's catalog by SKU: the first variant read with each SKU, and the further ones of a SKU
/// listed more than once (in read order).
struct SkuIndex
{
    QHash<QString, SkuEntry> first;
    QHash<QString, QList<SkuEntry>> more;

    void add(const QString &sku, const SkuEntry &entry)
    {
        SkuEntry &slot = first[sku]; // one look-up: a SKU is usually new
        if (!slot.id)
            slot = entry;
        else
            more[sku].append(entry);
    }
};

/// A JSON value as an exact decimal (strings, integers, doubles through their shortest text).
std::optional<Decimal> decimalAt(const QJsonObject &document, const QString &path)
{
    QJsonValue value = document;
    for (const QString &part : path.split(u'.', Qt::SkipEmptyParts))
        value = value.toObject().value(part);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return Decimal::fromJson(value);
}

/**
 * A quantity in a vendor document: the value at `path`, or else the sum of the field named like
 * the path's last segment over the elements of an array of the document (Vendure keeps
 * "stockOnHand" per stock location in "stockLevels[]").
 */
std::optional<Decimal> quantityIn(const QJsonObject &document, const QString &path)
{
    if (path.isEmpty())
        return std::nullopt;
    if (auto direct = decimalAt(document, path))
        return direct;
    const QString leaf = path.section(u'.', -1);
    for (auto it = document.constBegin(); it != document.constEnd(); ++it) {
        if (!it.value().isArray())
            continue;
        std::optional<Decimal> sum;
        for (const QJsonValue &element : it.value().toArray()) {
            if (auto part = decimalAt(element.toObject(), leaf))
                sum = sum.value_or(Decimal()) + *part;
        }
        if (sum)
            return sum;
    }
    return std::nullopt;
}

DocumentFacts documentFacts(const Connectors::VendorRecord &record, const QJsonObject &canonical)
{
    DocumentFacts facts;
    facts.id = record.id;
    facts.key = record.matchKey;
    facts.number = canonical.value(u"number"_s).toString();
    facts.status = canonical.value(u"status"_s).toString();
    if (facts.status.isEmpty() && canonical.value(u"financial_status"_s).toString() == u"voided"_s)
        facts.status = u"voided"_s;
    facts.total = Money::fromJson(canonical.value(u"total"_s).toObject()).value_or(Money());
    if (const QJsonValue total = canonical.value(u"total"_s); total.isString()) {
        // Records that give their amounts as decimal text with one currency (a bank transaction).
        const std::optional<Currency> currency =
            Currency::fromCode(canonical.value(u"currency"_s).toString());
        const std::optional<Decimal> amount = Decimal::fromString(total.toString());
        if (currency && amount)
            facts.total = Money::exact(*amount, *currency).value_or(Money());
        if (facts.number.isEmpty()) // a bank transaction has no number: people know it by its reference
            facts.number = canonical.value(u"reference"_s).toString();
    }
    facts.taxTotal = Money::fromJson(canonical.value(u"tax_total"_s).toObject()).value_or(Money());
    facts.invoiceId = canonical.value(u"invoice_id"_s).toString();
    facts.refundKey = canonical.value(u"refund_id"_s).toString();
    facts.updatedAt = record.updatedAt.toUTC();
    return facts;
}

std::optional<Money> sumOf(const QList<Model::TaxLine> &taxes, const Currency &currency)
{
    Money sum = Money::zero(currency);
    for (const Model::TaxLine &tax : taxes) {
        if (!tax.amount.isValid())
            continue;
        const auto next = sum.plus(tax.amount);
        if (!next)
            return std::nullopt;
        sum = *next;
    }
    return sum;
}

std::optional<OrderFacts> orderFacts(const Connectors::VendorRecord &record, const QJsonObject &canonical,
                                     QString *error)
{
    const std::optional<Model::Order> order = Model::Order::fromJson(canonical, error);
    if (!order)
        return std::nullopt;
    OrderFacts facts;
    facts.recordId = record.id;
    facts.number = order->number.isEmpty() ? record.matchKey : order->number;
    facts.storeKey = record.matchKey;
    facts.total = order->total;
    facts.currency = order->currency;
    facts.baseCurrency = order->baseCurrency.isValid() ? order->baseCurrency : order->currency;
    facts.rate = order->exchangeRate;
    facts.taxesIncluded = order->taxesIncluded;
    facts.updatedAt = (record.updatedAt.isValid() ? record.updatedAt : order->updatedAt).toUTC();
    const Currency currency = order->currency;
    Money shipping = Money::zero(currency);
    Money shippingTax = Money::zero(currency);
    Money lineTax = Money::zero(currency);
    Money allocated = Money::zero(currency);
    QStringList lineTaxes;
    QStringList titles;
    bool ok = true;
    const auto add = [&ok](Money &sum, const Money &amount) {
        if (!amount.isValid())
            return;
        if (const auto next = sum.plus(amount))
            sum = *next;
        else
            ok = false;
    };
    for (const Model::OrderLine &line : order->lines) {
        ++facts.lines;
        const auto tax = sumOf(line.taxLines, currency);
        if (!tax) {
            ok = false;
            continue;
        }
        add(lineTax, *tax);
        lineTaxes.append(tax->amount().toString());
        add(allocated, line.discount);
    }
    for (const Model::ShippingLine &line : order->shippingLines) {
        ++facts.shippingLines;
        const auto tax = sumOf(line.taxLines, currency);
        if (!tax) {
            ok = false;
            continue;
        }
        add(shipping, line.price);
        if (line.discount.isValid())
            add(shipping, -line.discount);
        if (!order->taxesIncluded) {
            add(shipping, *tax);
            add(shippingTax, *tax);
        }
        add(lineTax, *tax);
        if (!tax->isZero())
            lineTaxes.append(tax->amount().toString());
        add(allocated, line.discount);
        if (!line.title.isEmpty())
            titles.append(line.title);
    }
    if (!ok || !facts.total.isValid()) {
        if (error)
            *error = Text::tr("order %1: its amounts are not all in %2").arg(facts.number, currency.code());
        return std::nullopt;
    }
    // One text each (a list of a few short texts per order would take several allocations).
    facts.lineTaxes = lineTaxes.join(u" + "_s);
    facts.shippingTitles = titles.join(u", "_s);
    facts.shipping = shipping;
    facts.shippingTax = shippingTax;
    facts.lineTax = lineTax;
    facts.taxTotal = order->taxTotal.isValid() ? order->taxTotal : lineTax;
    if (order->discountTotal.isValid())
        facts.unallocatedDiscount = order->discountTotal.minus(allocated).value_or(Money::zero(currency));
    else
        facts.unallocatedDiscount = Money::zero(currency);
    return facts;
}

std::optional<RefundFacts> refundFacts(const Connectors::VendorRecord &record, const QJsonObject &canonical,
                                       QString *error)
{
    const std::optional<Model::Refund> refund = Model::Refund::fromJson(canonical, error);
    if (!refund)
        return std::nullopt;
    RefundFacts facts;
    facts.recordId = record.id;
    facts.refundId = refund->id;
    facts.orderId = refund->orderId;
    facts.storeKey = record.matchKey;
    facts.total = refund->total;
    facts.shipping = refund->shipping;
    facts.processedAt = (refund->processedAt.isValid() ? refund->processedAt : refund->createdAt).toUTC();
    facts.updatedAt = record.updatedAt.toUTC();
    for (const Model::RefundLine &line : refund->lines)
        facts.lines.append(line.quantity.normalized().toString() + u" × "_s
                           + (line.sku.isEmpty() ? Text::tr("(no SKU)") : line.sku));
    if (!facts.total.isValid()) {
        if (error)
            *error = Text::tr("refund %1 has no total").arg(record.id);
        return std::nullopt;
    }
    return facts;
}

std::optional<PayoutFacts> payoutFacts(const Connectors::VendorRecord &record, const QJsonObject &canonical,
                                       QString *error)
{
    const std::optional<Model::Payout> payout = Model::Payout::fromJson(canonical, error);
    if (!payout)
        return std::nullopt;
    const MoneyRules::MoneyResult<MoneyRules::Payout> settled = MoneyRules::settle(*payout);
    if (!settled) {
        if (error)
            *error = settled.error();
        return std::nullopt;
    }
    PayoutFacts facts;
    facts.recordId = record.id;
    facts.storeKey = record.matchKey;
    facts.deposit = payout->amount;
    facts.payments = settled->payments;
    facts.refunds = settled->refunds;
    facts.fees = settled->fees;
    facts.net = settled->net;
    facts.date = payout->date.toUTC();
    for (const MoneyRules::MoneyDifference &difference : settled->differences) {
        facts.unsettled = difference.evidence;
        facts.oneMovement = difference.cause == MoneyRules::Cause::MissingRecord;
    }
    return facts;
}

/// The variants of a canonical Product, or the canonical Variant itself.
QList<QJsonObject> variantsOf(const QJsonObject &canonical)
{
    QList<QJsonObject> variants;
    if (canonical.contains(u"variants"_s)) {
        for (const QJsonValue &variant : canonical.value(u"variants"_s).toArray())
            variants.append(variant.toObject());
    } else if (canonical.contains(u"sku"_s)) {
        variants.append(canonical);
    }
    return variants;
}

// ---- the explanation of an amount difference ------------------------------------------------------

/// One amount that makes up (part of) a difference.
struct Component
{
    MismatchCause cause = MismatchCause::Unknown;
    Money amount;
    QString evidence;
};

struct Explanation
{
    QList<Component> parts; ///< the components that add up to the explained part
    Money remainder; ///< what they leave unexplained (zero: all of it)
};

/**
 * The subset of `candidates` whose amounts make up `difference` exactly (the fewest such), else,
 * when `tolerance` is positive, the closest within it (the rest then is `toleranceCause`'s),
 * else the subset leaving the smallest remainder.
 */
Explanation explain(const Money &difference, const QList<Component> &candidates, const Money &tolerance,
                    const Component &toleranceComponent)
{
    QList<Component> usable;
    for (const Component &candidate : candidates) {
        if (candidate.amount.isValid() && !candidate.amount.isZero()
            && candidate.amount.currency() == difference.currency())
            usable.append(candidate);
    }
    const int subsets = 1 << usable.size();
    std::optional<Explanation> best;
    const auto better = [](const Explanation &a, const Explanation &b) {
        const Decimal ra = a.remainder.amount().abs();
        const Decimal rb = b.remainder.amount().abs();
        if (ra != rb)
            return ra < rb;
        return a.parts.size() < b.parts.size();
    };
    for (int mask = 0; mask < subsets; ++mask) {
        Explanation candidate;
        Money sum = Money::zero(difference.currency());
        for (int i = 0; i < usable.size(); ++i) {
            if (mask & (1 << i)) {
                candidate.parts.append(usable.at(i));
                sum = sum.plus(usable.at(i).amount).value_or(sum);
            }
        }
        candidate.remainder = difference.minus(sum).value_or(difference);
        if (!best || better(candidate, *best))
            best = candidate;
    }
    Explanation result = best.value_or(Explanation{{}, difference});
    if (!result.remainder.isZero() && tolerance.isValid() && result.remainder.abs() <= tolerance) {
        Component residue = toleranceComponent;
        residue.amount = result.remainder;
        result.parts.append(residue);
        result.remainder = Money::zero(difference.currency());
    }
    return result;
}

/// The component with the largest amount names the cause.
MismatchCause mainCause(const QList<Component> &parts)
{
    MismatchCause cause = MismatchCause::Unknown;
    Decimal largest;
    for (const Component &part : parts) {
        if (cause == MismatchCause::Unknown || part.amount.amount().abs() > largest) {
            cause = part.cause;
            largest = part.amount.amount().abs();
        }
    }
    return cause;
}

/// Converts a store amount into the ERP document's currency with the order's rate.
struct Conversion
{
    bool possible = true;
    bool converted = false;
    Currency to;
    Decimal rate{1};
    Model::RoundingMode mode = Model::RoundingMode::HalfEven;

    Money operator()(const Money &amount) const
    {
        if (!amount.isValid())
            return Money::zero(to);
        if (!converted)
            return amount;
        return Money::of(amount.amount() * rate, to, mode);
    }
};

Conversion conversionFor(const Currency &from, const Currency &base, const Decimal &rate, const Currency &to,
                         Model::RoundingMode mode)
{
    Conversion conversion;
    conversion.to = to;
    conversion.mode = mode;
    if (from == to)
        return conversion;
    if (base == to && base.isValid()) {
        conversion.converted = true;
        conversion.rate = rate;
        return conversion;
    }
    conversion.possible = false;
    return conversion;
}

Model::RoundingMode roundingOf(const Mapping::MappingDocument &mapping)
{
    return mapping.policies.roundingMode == Mapping::RoundingMode::HalfUp ? Model::RoundingMode::HalfUp
                                                                          : Model::RoundingMode::HalfEven;
}

} // namespace

// ---- names and JSON ---------------------------------------------------------------------------------

QString nameOf(ReconcileObject object)
{
    switch (object) {
    case ReconcileObject::Orders:
        return u"orders"_s;
    case ReconcileObject::Refunds:
        return u"refunds"_s;
    case ReconcileObject::Prices:
        return u"prices"_s;
    case ReconcileObject::Stock:
        return u"stock"_s;
    case ReconcileObject::Payouts:
        return u"payouts"_s;
    }
    return {};
}

std::optional<ReconcileObject> reconcileObjectFrom(const QString &name)
{
    for (const ReconcileObject object : allReconcileObjects()) {
        if (nameOf(object) == name)
            return object;
    }
    return std::nullopt;
}

QList<ReconcileObject> allReconcileObjects()
{
    return {ReconcileObject::Orders, ReconcileObject::Refunds, ReconcileObject::Prices,
            ReconcileObject::Stock, ReconcileObject::Payouts};
}

QString nameOf(MismatchCause cause)
{
    for (const CauseName &entry : causeNames) {
        if (entry.cause == cause)
            return QLatin1StringView(entry.name);
    }
    return u"unknown"_s;
}

std::optional<MismatchCause> mismatchCauseFrom(const QString &name)
{
    for (const CauseName &entry : causeNames) {
        if (name == QLatin1StringView(entry.name))
            return entry.cause;
    }
    return std::nullopt;
}

QString describe(MismatchCause cause)
{
    switch (cause) {
    case MismatchCause::TaxRounding:
        return Text::tr("tax rounding (per line vs on the total)");
    case MismatchCause::CurrencyRate:
        return Text::tr("currency rate");
    case MismatchCause::DiscountAllocation:
        return Text::tr("discount allocation");
    case MismatchCause::Shipping:
        return Text::tr("shipping");
    case MismatchCause::RefundNotCredited:
        return Text::tr("refund not credited");
    case MismatchCause::EditedAfterSync:
        return Text::tr("edited after sync");
    case MismatchCause::MissingRecord:
        return Text::tr("missing record");
    case MismatchCause::PriceDrift:
        return Text::tr("price drift");
    case MismatchCause::StockDrift:
        return Text::tr("stock drift");
    case MismatchCause::Unknown:
        return Text::tr("unknown");
    }
    return {};
}

QJsonObject ReconciliationFinding::toJson() const
{
    const auto side = [](const QString &id, const std::optional<Decimal> &amount) -> QJsonValue {
        if (id.isEmpty() && !amount)
            return QJsonValue(QJsonValue::Null);
        return QJsonObject{{u"id"_s, id},
                           {u"amount"_s, amount ? QJsonValue(amount->toString()) : QJsonValue()}};
    };
    return QJsonObject{
        {u"object"_s, object},
        {u"rule"_s, rule},
        {u"key"_s, key},
        {u"store"_s, side(storeId, storeAmount)},
        {u"erp"_s, side(erpId, erpAmount)},
        {u"difference"_s, difference.toString()},
        {u"currency"_s, currency},
        {u"cause"_s, nameOf(cause)},
        {u"evidence"_s, evidence},
        {u"repair"_s, repair},
    };
}

Store::ReconciliationResult ReconciliationFinding::toResult(qint64 runId) const
{
    Store::ReconciliationResult result;
    result.runId = runId;
    result.objectType = object;
    result.storeId = storeId;
    result.erpId = erpId;
    result.status = missing ? Store::ReconciliationStatus::Missing : Store::ReconciliationStatus::Mismatch;
    result.difference = difference.toString();
    result.currency = currency;
    result.cause = nameOf(cause);
    result.details = QJsonObject{{u"rule"_s, rule}};
    result.matchKey = key;
    result.storeAmount = storeAmount ? storeAmount->toString() : QString();
    result.erpAmount = erpAmount ? erpAmount->toString() : QString();
    result.evidence = evidence;
    result.repair = repair;
    return result;
}

QJsonObject ReconcileTally::toJson() const
{
    QJsonObject json{{u"object"_s, nameOf(object)},      {u"rule"_s, rule},
                     {u"store_records"_s, storeRecords}, {u"erp_records"_s, erpRecords},
                     {u"compared"_s, compared},          {u"matched"_s, matched},
                     {u"differences"_s, differences},    {u"missing"_s, missing}};
    if (!skipped.isEmpty())
        json.insert(u"skipped"_s, skipped);
    if (!notes.isEmpty())
        json.insert(u"notes"_s, QJsonArray::fromStringList(notes));
    return json;
}

QJsonObject ReconcileReport::runJson() const
{
    QJsonArray objects;
    for (const ReconcileTally &tally : tallies)
        objects.append(tally.toJson());
    QJsonObject causes;
    for (const ReconciliationFinding &finding : findings) {
        const QString name = nameOf(finding.cause);
        causes.insert(name, causes.value(name).toInt() + 1);
    }
    QJsonObject json{
        {u"id"_s, runId},
        {u"mode"_s, nameOf(mode)},
        {u"workspace"_s, workspaceDir},
        {u"connection_pair"_s, connectionPair},
        {u"store"_s, storeName},
        {u"erp"_s, erpName},
        {u"started"_s, started.toUTC().toString(Qt::ISODateWithMs)},
        {u"finished"_s, finished.toUTC().toString(Qt::ISODateWithMs)},
        {u"since"_s, since.isValid() ? QJsonValue(since.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
        {u"objects"_s, objects},
        {u"findings"_s, int(findings.size())},
        {u"causes"_s, causes},
        {u"requests"_s, requests},
    };
    if (mode == ReconcileMode::Repair)
        json.insert(u"repairs"_s, repairs.toJson());
    return json;
}

QJsonObject ReconcileReport::toJson() const
{
    QJsonArray list;
    for (const ReconciliationFinding &finding : findings)
        list.append(finding.toJson());
    return QJsonObject{{u"run"_s, runJson()}, {u"findings"_s, list}};
}

int ReconcileReport::count(MismatchCause cause) const
{
    return int(
        std::count_if(findings.cbegin(), findings.cend(),
                      [cause](const ReconciliationFinding &finding) { return finding.cause == cause; }));
}

// ---- the pass -------------------------------------------------------------------------------------

struct Reconciler::Private
{
    Private(WorkspaceConfig c, Store::StateStore &s)
        : config(std::move(c))
        , store(s)
    { }

    WorkspaceConfig config;
    Store::StateStore &store;
    std::unique_ptr<RateLimiter> limiter;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<Net::HttpClient> storeClient;
    std::unique_ptr<Net::HttpClient> erpClient;
    std::unique_ptr<Connectors::Connector> storeSide;
    std::unique_ptr<Connectors::Connector> erpSide;

    // One pass's state.
    ReconcileOptions options;
    RunProgress *progress = nullptr;
    /// The facts the pass compares: run()'s snapshot, or what the pass itself fetched first.
    const ReconcileSnapshot *source = nullptr;
    bool countReads = true; ///< whether replaying `source` counts its records as read (progress)
    /// The mappers that give the ERP key of a store order and refund (made once a pass).
    std::optional<Mapping::ObjectMapper> orderMapper;
    std::optional<Mapping::ObjectMapper> refundMapper;
    std::optional<Mapping::ObjectMapper> payoutMapper;
    /// The stock rule's quantity where its field has no source but a transform of the whole
    /// record (SAP Business One: in stock less committed, summed over the warehouses), compiled
    /// for the side the rule reads from.
    std::optional<Expr::Expression> stockTransform;
    bool mappersMade = false;
    /// Store orders split by vendor as read (id → the order), for their refunds' split; kept
    /// only while the pass reads (normalise()).
    QHash<QString, Connectors::VendorRecord> splitOrderRecords;
    /// The snapshot's store orders: id → updated (for a narrowed pass's refunds), built on demand.
    std::optional<QHash<QString, QDateTime>> sourceOrderTimes;
    bool stopped = false;
    QString error;
    QHash<QString, QString> deadLetters; ///< "<object type>/<id>" → the newest error
    QHash<QString, qint64> deadLetterIds; ///< "<object type>/<id>" → the newest one not replayed
    QList<ReconciliationFinding> findings;
    /// An order read and the ERP record it was matched with (none: nullptr), in `source`.
    struct OrderMatch
    {
        const OrderFacts *order = nullptr;
        const DocumentFacts *document = nullptr;
    };
    /// Orders read by id (for refunds: their currency, rate, number and ERP record).
    QHash<QString, OrderMatch> orders;
    bool ordersRead = false;
    /// A store inventory item id → its SKU (from the store's product variants).
    QHash<QString, QString> inventoryItemSkus;
    bool storeCatalogRead = false;

    const Mapping::ObjectRule *ruleFor(ReconcileObject object) const;
    /// The rule `object` is compared through when both connectors can read its records; else
    /// nullptr, and `tally.skipped` says why (`noRule` when the mapping has none).
    const Mapping::ObjectRule *comparedRule(ReconcileObject object, ReconcileTally &tally,
                                            const QString &noRule) const;
    bool stopRequested();
    void step(int read, int compared);
    /// Every page of `object` on a side (updated since `since`), each page's records to `take`;
    /// false when the read failed (error set) or was stopped.
    bool readPages(bool erp, const QString &object, const QDateTime &since,
                   const std::function<void(const QList<Connectors::VendorRecord> &)> &take);
    /// Every record of `object` on a side (updated since `since`) as its facts in `source`, each
    /// to `take` (narrowed to `since`, in pages); false when `source` lacks them (error set) or
    /// the pass was stopped. The facts live as long as the pass: `take` may keep pointers to them.
    template<typename Facts>
    bool readAll(bool erp, const QString &object, const QDateTime &since,
                 const std::function<void(const RecordFacts<Facts> &)> &take);
    template<typename Facts>
    bool replay(bool erp, const QString &object, const QDateTime &since,
                const std::function<void(const RecordFacts<Facts> &)> &take);
    /// A record as the facts of kind `Facts` (through the side's connector's canonical record).
    template<typename Facts>
    RecordFacts<Facts> normalised(bool erp, const QString &object, const Connectors::VendorRecord &record);
    /// Adds `records` to `into` as the facts of every kind a comparison reads `object` as.
    void normalise(bool erp, const QString &object, const QList<Connectors::VendorRecord> &records,
                   ReconcileSnapshot::Records &into);
    /// `text` shared with the equal texts interned before (locations, statuses: a few values
    /// repeated over every record), so that the snapshot holds each once.
    QString intern(const QString &text);
    QSet<QString> interned;
    void makeMappers();
    /// The key the ERP record written from `record` by the rule of `object` (orders, refunds)
    /// carries, as the rule's mapping gives it; "" without such a mapping.
    QString mappedErpKey(ReconcileObject object, const Connectors::VendorRecord &record);
    /// How many records of `object` on a side `source` holds (to size the pass's tables).
    qsizetype held(bool erp, const QString &object) const;
    /// The stock rule's quantity field (nullptr when none).
    const Mapping::FieldMapping *stockField() const;
    /// The stock rule's quantity field on a side ("" when none).
    QString stockPath(bool erp) const;
    /// The quantity a record holds by the stock rule's transform (stockTransform), on the side
    /// the rule reads from; nullopt when there is none or it gives no number.
    std::optional<Decimal> transformedQuantity(bool erp, const QJsonObject &raw);
    /// Whether a snapshot record is one a read of records changed since `since` gives.
    template<typename Facts>
    bool changedSince(const RecordFacts<Facts> &record, const QDateTime &since);
    /// The reads run() with `options` makes, in its order, each (side, object) once.
    QList<std::pair<bool, QString>> plannedReads(QHash<QString, QDateTime> *since) const;
    /// A store refund of an order split by vendor as its vendor parts' facts (its order held in
    /// splitOrderRecords; else whole).
    void splitRefund(const QString &object, const Connectors::VendorRecord &record,
                     ReconcileSnapshot::Records &into);
    void reset(const ReconcileOptions &options, RunProgress *progress);
    /// Whether `record` has facts; else notes it in `tally` as not compared.
    template<typename Facts>
    bool readable(const RecordFacts<Facts> &record, ReconcileTally &tally) const;
    QString deadLetter(const QString &objectType, const QString &id) const;
    /// A record waiting in the dead-letter queue: its repair names the letter ("dead_letter").
    void markDeadLetter(QJsonObject &repair, const QString &objectType, const QString &id) const;
    /// The cross-reference of store record `storeId` of rule `ruleId`, looked up for a finding's
    /// evidence; nullopt when none (or when the store failed: `error` set).
    std::optional<Store::CrossReference> crossReference(const QString &ruleId, const QString &storeId);
    /// When LedgerLink last wrote store record `storeId` of rule `ruleId`: its cross-reference's
    /// update or (`withPayload`) its last written payload, the later one; invalid when never (or
    /// when the store failed: `error` set). Looked up for a finding's evidence only.
    QDateTime lastSynced(const QString &ruleId, const QString &storeId, bool withPayload);

    /// Adds `found` to the findings in key order (those of one key in the order found).
    void appendByKey(QList<ReconciliationFinding> &found);
    void reconcileOrders(ReconcileTally &tally, bool report);
    /// Orders split by vendor: the parts written to the ERP that their orders no longer have.
    void reportLostParts(const Mapping::ObjectRule &rule, const QList<const OrderFacts *> &storeOrders,
                         const QHash<QString, const DocumentFacts *> &documents, ReconcileTally &tally);
    void reconcileRefunds(ReconcileTally &tally);
    void reconcilePrices(ReconcileTally &tally);
    void reconcileStock(ReconcileTally &tally);
    void reconcilePayouts(ReconcileTally &tally);
    bool readStoreCatalog(const Mapping::ObjectRule *rule, ReconcileTally &tally, SkuIndex *skus);
};

Reconciler::Reconciler(WorkspaceConfig config, Store::StateStore &store)
    : d(std::make_unique<Private>(std::move(config), store))
{ }

Reconciler::~Reconciler() = default;

Net::HttpClient &Reconciler::storeClient()
{
    return *d->storeClient;
}

Net::HttpClient &Reconciler::erpClient()
{
    return *d->erpClient;
}

bool Reconciler::open(QString *error)
{
    d->limiter = std::make_unique<RateLimiter>(RateLimitProfile::unlimited());
    d->network = std::make_unique<QNetworkAccessManager>();
    // Read-only by construction: the write guard refuses anything but a read on both sides.
    Net::HttpClientOptions storeOptions;
    storeOptions.rateLimitKey = d->config.store.system + u':' + d->config.store.account;
    storeOptions.side = Net::WriteSide::Store;
    storeOptions.guard = Net::WriteGuard::readOnly();
    Net::HttpClientOptions erpOptions;
    erpOptions.rateLimitKey = d->config.erp.system + u':' + d->config.erp.account;
    erpOptions.side = Net::WriteSide::Erp;
    erpOptions.guard = Net::WriteGuard::readOnly();
    storeOptions.caCertificates = d->config.caCertificates;
    erpOptions.caCertificates = d->config.caCertificates;
    d->storeClient = std::make_unique<Net::HttpClient>(*d->network, storeOptions, d->limiter.get());
    d->erpClient = std::make_unique<Net::HttpClient>(*d->network, erpOptions, d->limiter.get());
    QString why;
    d->storeSide = Connectors::createConnector(d->config.store, *d->storeClient, &why);
    if (!d->storeSide) {
        *error = Text::tr("the store connection (%1) cannot be used: %2").arg(d->config.store.system, why);
        return false;
    }
    d->erpSide = Connectors::createConnector(d->config.erp, *d->erpClient, &why);
    if (!d->erpSide) {
        *error = Text::tr("the ERP connection (%1) cannot be used: %2").arg(d->config.erp.system, why);
        return false;
    }
    if (d->config.rateLimits) {
        d->limiter->configure(storeOptions.rateLimitKey, d->storeSide->rateLimitProfile());
        d->limiter->configure(erpOptions.rateLimitKey, d->erpSide->rateLimitProfile());
    }
    return true;
}

const Mapping::ObjectRule *Reconciler::Private::ruleFor(ReconcileObject object) const
{
    const auto first =
        [this](
            const std::function<bool(const Mapping::ObjectRule &)> &matches) -> const Mapping::ObjectRule * {
        for (const Mapping::ObjectRule &rule : config.mapping.objects) {
            if (matches(rule))
                return &rule;
        }
        return nullptr;
    };
    switch (object) {
    case ReconcileObject::Orders:
        return first([](const Mapping::ObjectRule &rule) {
            return rule.id == u"order"_s
                || (rule.object == u"order"_s && rule.storeObject == u"order"_s
                    && rule.direction == Mapping::Direction::StoreToErp);
        });
    case ReconcileObject::Refunds:
        return first([](const Mapping::ObjectRule &rule) {
            return (rule.object == u"refund"_s || rule.object == u"credit_note"_s)
                && rule.storeObject == u"refund"_s;
        });
    case ReconcileObject::Prices:
        return first([](const Mapping::ObjectRule &rule) {
            return rule.object == u"product"_s || rule.object == u"variant"_s;
        });
    case ReconcileObject::Stock:
        return first([](const Mapping::ObjectRule &rule) { return rule.object == u"inventory_level"_s; });
    case ReconcileObject::Payouts:
        return first([](const Mapping::ObjectRule &rule) {
            return rule.object == u"payout"_s && rule.direction == Mapping::Direction::StoreToErp;
        });
    }
    return nullptr;
}

const Mapping::ObjectRule *Reconciler::Private::comparedRule(ReconcileObject object, ReconcileTally &tally,
                                                             const QString &noRule) const
{
    const Mapping::ObjectRule *rule = ruleFor(object);
    if (!rule) {
        tally.skipped = noRule;
        return nullptr;
    }
    tally.rule = rule->id;
    if (!storeSide->capabilities().readable.contains(rule->storeObject)
        || !erpSide->capabilities().readable.contains(rule->erpObject)) {
        tally.skipped = Text::tr("the connectors cannot read %1 (store) and %2 (ERP)")
                            .arg(rule->storeObject, rule->erpObject);
        return nullptr;
    }
    return rule;
}

bool Reconciler::Private::stopRequested()
{
    if (progress && progress->cancelRequested.load())
        stopped = true;
    return stopped;
}

void Reconciler::Private::step(int read, int compared)
{
    if (!progress)
        return;
    progress->total += read;
    progress->done += compared;
    if (progress->onStep)
        progress->onStep(progress->done.load(), progress->total.load());
}

bool Reconciler::Private::readPages(bool erp, const QString &object, const QDateTime &since,
                                    const std::function<void(const QList<Connectors::VendorRecord> &)> &take)
{
    Connectors::Connector &side = erp ? *erpSide : *storeSide;
    Connectors::ReadCursor cursor;
    cursor.updatedSince = since;
    for (;;) {
        if (stopRequested())
            return false;
        const Connectors::ReadPage page = side.readPage(object, cursor, options.pageSize);
        if (page.failure) {
            error = Text::tr("reading the %1's %2 records failed: %3")
                        .arg(erp ? Text::tr("ERP") : Text::tr("store"), object, page.failure->message);
            return false;
        }
        take(page.records);
        step(int(page.records.size()), 0);
        if (page.nextPageToken.isEmpty())
            return true;
        cursor.pageToken = page.nextPageToken;
    }
}

QString Reconciler::Private::intern(const QString &text)
{
    if (const auto found = interned.constFind(text); found != interned.cend())
        return *found;
    if (interned.size() < 10000) // few distinct values are expected; never grow without bound
        interned.insert(text);
    return text;
}

QString Reconciler::Private::mappedErpKey(ReconcileObject object, const Connectors::VendorRecord &record)
{
    makeMappers();
    const std::optional<Mapping::ObjectMapper> &mapper = object == ReconcileObject::Orders
        ? orderMapper
        : (object == ReconcileObject::Payouts ? payoutMapper : refundMapper);
    if (!mapper)
        return {};
    return erpSide->payloadMatchKey(ruleFor(object)->erpObject, mapper->map(record.document).payload);
}

qsizetype Reconciler::Private::held(bool erp, const QString &object) const
{
    const ReconcileSnapshot::Records *records = source ? source->recordsOf(erp, object) : nullptr;
    return records ? records->count : 0;
}

void Reconciler::Private::makeMappers()
{
    if (mappersMade)
        return;
    mappersMade = true;
    // The key the ERP record carries comes from the rule's own mapping (Xero's Reference "#1001").
    if (const Mapping::ObjectRule *rule = ruleFor(ReconcileObject::Orders))
        orderMapper = Mapping::ObjectMapper::create(config.mapping, rule->id);
    if (const Mapping::ObjectRule *rule = ruleFor(ReconcileObject::Refunds);
        rule && rule->direction == Mapping::Direction::StoreToErp)
        refundMapper = Mapping::ObjectMapper::create(config.mapping, rule->id);
    if (const Mapping::ObjectRule *rule = ruleFor(ReconcileObject::Payouts))
        payoutMapper = Mapping::ObjectMapper::create(config.mapping, rule->id);
    if (const Mapping::FieldMapping *field = stockField(); field && field->source.isEmpty()) {
        Expr::CompileResult compiled = Expr::Expression::compile(field->transform);
        if (compiled.ok()) // a transform that does not parse fails the rule's validation already
            stockTransform = std::move(compiled.expression);
    }
}

const Mapping::FieldMapping *Reconciler::Private::stockField() const
{
    const Mapping::ObjectRule *rule = ruleFor(ReconcileObject::Stock);
    if (!rule)
        return nullptr;
    for (const Mapping::FieldMapping &field : rule->fields) {
        const QString words = (field.id + u' ' + field.target + u' ' + field.source).toLower();
        if (words.contains(u"available"_s) || words.contains(u"quantity"_s) || words.contains(u"stock"_s)
            || words.contains(u"onhand"_s))
            return &field;
    }
    return nullptr;
}

QString Reconciler::Private::stockPath(bool erp) const
{
    const Mapping::FieldMapping *field = stockField();
    if (!field)
        return {};
    const bool toStore = ruleFor(ReconcileObject::Stock)->direction == Mapping::Direction::ErpToStore;
    return erp == toStore ? field->source : field->target;
}

std::optional<Decimal> Reconciler::Private::transformedQuantity(bool erp, const QJsonObject &raw)
{
    makeMappers();
    const bool toStore = ruleFor(ReconcileObject::Stock)->direction == Mapping::Direction::ErpToStore;
    if (!stockTransform || erp != toStore)
        return std::nullopt;
    // No tables or other bindings: a transform that needs them gives no quantity (noted as such).
    const Expr::EvaluateResult result = stockTransform->evaluate(QJsonValue(raw));
    if (!result.ok() || !result.json().isDouble())
        return std::nullopt;
    return Decimal::fromJson(result.json());
}

template<typename Facts>
RecordFacts<Facts> Reconciler::Private::normalised(bool erp, const QString &object,
                                                   const Connectors::VendorRecord &record)
{
    RecordFacts<Facts> item;
    item.id = record.id;
    // In UTC, a QDateTime needs no allocation of its own (one with an offset or zone does).
    item.updatedAt = record.updatedAt.toUTC();
    QString why;
    const std::optional<QJsonObject> json = (erp ? *erpSide : *storeSide).toCanonical(record, &why);
    if (!json) {
        item.unreadable = why;
        return item;
    }
    if constexpr (std::is_same_v<Facts, OrderFacts>) {
        auto facts = orderFacts(record, *json, &why);
        if (!facts) {
            item.unreadable = why;
            return item;
        }
        facts->erpKey = mappedErpKey(ReconcileObject::Orders, record);
        if (facts->erpKey == facts->number) // usually ("#1001"): one text for both
            facts->erpKey = facts->number;
        facts->shippingTitles = intern(facts->shippingTitles);
        item.facts = std::move(*facts);
    } else if constexpr (std::is_same_v<Facts, RefundFacts>) {
        auto facts = refundFacts(record, *json, &why);
        if (!facts) {
            item.unreadable = why;
            return item;
        }
        facts->erpKey = mappedErpKey(ReconcileObject::Refunds, record);
        item.facts = std::move(*facts);
    } else if constexpr (std::is_same_v<Facts, DocumentFacts>) {
        item.facts = documentFacts(record, *json);
        item.facts->status = intern(item.facts->status);
    } else if constexpr (std::is_same_v<Facts, PayoutFacts>) {
        auto facts = payoutFacts(record, *json, &why);
        if (!facts) {
            item.unreadable = why;
            return item;
        }
        facts->erpKey = mappedErpKey(ReconcileObject::Payouts, record);
        item.facts = std::move(*facts);
    } else {
        static_assert(std::is_same_v<Facts, SkuFacts>);
        SkuFacts facts;
        const bool level = json->contains(u"location_id"_s) && json->contains(u"available"_s);
        if (level) {
            facts.level = true;
            facts.sku = json->value(u"sku"_s).toString();
            facts.inventoryItem = json->value(u"inventory_item_id"_s).toString();
            facts.location = intern(json->value(u"location_id"_s).toString());
            facts.available = Decimal::fromJson(json->value(u"available"_s)).value_or(Decimal());
        }
        // The catalog's variants (a level's only where the catalog object is one of levels).
        const Mapping::ObjectRule *prices = ruleFor(ReconcileObject::Prices);
        const bool catalog = prices ? (erp ? prices->erpObject : prices->storeObject) == object
                                    : (!erp && object == u"product"_s);
        const Mapping::ObjectRule *stock = ruleFor(ReconcileObject::Stock);
        const QString path =
            stock && (erp ? stock->erpObject : stock->storeObject) == object ? stockPath(erp) : QString();
        if (!level || catalog) {
            for (const QJsonObject &variant : variantsOf(*json)) {
                VariantFacts entry;
                entry.sku = variant.value(u"sku"_s).toString();
                if (entry.sku.isEmpty())
                    continue;
                entry.id = variant.value(u"id"_s).toString();
                if (entry.id == record.id) // an ERP item is its own variant: one text for both
                    entry.id = item.id;
                const QJsonObject raw = variant.value(u"raw"_s).toObject();
                if (const auto itemId = raw.value(u"inventory_item_id"_s);
                    !itemId.isUndefined() && !itemId.isNull())
                    entry.inventoryItem =
                        itemId.isString() ? itemId.toString() : QString::number(itemId.toInteger());
                entry.price = Money::fromJson(variant.value(u"price"_s).toObject()).value_or(Money());
                if (!path.isEmpty())
                    entry.quantity = quantityIn(raw, path);
                else if (stock && (erp ? stock->erpObject : stock->storeObject) == object)
                    entry.quantity = transformedQuantity(erp, raw);
                facts.variants.append(std::move(entry));
            }
        }
        item.facts = std::move(facts);
    }
    return item;
}

void Reconciler::Private::normalise(bool erp, const QString &object,
                                    const QList<Connectors::VendorRecord> &records,
                                    ReconcileSnapshot::Records &into)
{
    // The kinds the comparisons read `object` of this side as (see reconcileOrders/Refunds/...).
    const auto objectOf = [erp](const Mapping::ObjectRule *rule) {
        return rule ? (erp ? rule->erpObject : rule->storeObject) : QString();
    };
    const QString orderObject = objectOf(ruleFor(ReconcileObject::Orders));
    const QString refundObject = objectOf(ruleFor(ReconcileObject::Refunds));
    const QString pricesObject = objectOf(ruleFor(ReconcileObject::Prices));
    const QString stockObject = objectOf(ruleFor(ReconcileObject::Stock));
    const QString payoutObject = objectOf(ruleFor(ReconcileObject::Payouts));
    const bool orders = !erp && object == orderObject;
    const bool refunds = !erp && object == refundObject;
    const bool payouts = !erp && object == payoutObject;
    const bool documents = erp && (object == orderObject || object == refundObject || object == payoutObject);
    const bool skus = object == pricesObject || object == stockObject || (!erp && object == u"product"_s);
    into.count += records.size();
    // Orders split by vendor are compared part by part, as the sync writes them.
    const Mapping::ObjectRule *orderRule = ruleFor(ReconcileObject::Orders);
    const bool splitVendor = orderRule && orderRule->split == Mapping::SplitBy::Vendor;
    const bool split = orders && splitVendor;
    for (const Connectors::VendorRecord &record : records) {
        if (orders && split) {
            splitOrderRecords.insert(record.id, record);
            QString why;
            if (const auto parts = storeSide->splitByVendor(record, &why)) {
                into.count += parts->size() - 1;
                for (const Connectors::VendorRecord &part : *parts)
                    into.orders.append(normalised<OrderFacts>(erp, object, part));
            } else {
                RecordFacts<OrderFacts> item;
                item.id = record.id;
                item.updatedAt = record.updatedAt.toUTC();
                item.unreadable = Text::tr("cannot be split by vendor: %1").arg(why);
                into.orders.append(std::move(item));
            }
        } else if (orders) {
            into.orders.append(normalised<OrderFacts>(erp, object, record));
        }
        if (refunds && splitVendor) {
            splitRefund(object, record, into);
        } else if (refunds) {
            into.refunds.append(normalised<RefundFacts>(erp, object, record));
        }
        if (payouts)
            into.payouts.append(normalised<PayoutFacts>(erp, object, record));
        if (documents)
            into.documents.append(normalised<DocumentFacts>(erp, object, record));
        if (skus)
            into.skus.append(normalised<SkuFacts>(erp, object, record));
    }
}

void Reconciler::Private::splitRefund(const QString &object, const Connectors::VendorRecord &record,
                                      ReconcileSnapshot::Records &into)
{
    // A refund of an order split by vendor is compared part by part, as the sync writes it: each
    // vendor's part with the credit note of that vendor's invoice.
    RecordFacts<RefundFacts> whole = normalised<RefundFacts>(false, object, record);
    const auto order =
        whole.facts ? splitOrderRecords.constFind(whole.facts->orderId) : splitOrderRecords.cend();
    if (order == splitOrderRecords.cend()) {
        // Its order was not read (or cannot be split): the refund is compared whole.
        into.refunds.append(std::move(whole));
        return;
    }
    QString why;
    const auto parts = storeSide->splitRefundByVendor(record, *order, &why);
    if (!parts) {
        whole.facts.reset();
        whole.unreadable = Text::tr("cannot be split by vendor: %1").arg(why);
        into.refunds.append(std::move(whole));
        return;
    }
    into.count += parts->size() - 1;
    for (const Connectors::VendorRecord &part : *parts) {
        RecordFacts<RefundFacts> facts = normalised<RefundFacts>(false, object, part);
        if (facts.facts)
            facts.facts->partOf = record.id;
        into.refunds.append(std::move(facts));
    }
}

namespace {

template<typename Facts>
const QList<RecordFacts<Facts>> &listOf(const ReconcileSnapshot::Records &records)
{
    if constexpr (std::is_same_v<Facts, OrderFacts>)
        return records.orders;
    else if constexpr (std::is_same_v<Facts, RefundFacts>)
        return records.refunds;
    else if constexpr (std::is_same_v<Facts, DocumentFacts>)
        return records.documents;
    else if constexpr (std::is_same_v<Facts, PayoutFacts>)
        return records.payouts;
    else
        return records.skus;
}

} // namespace

template<typename Facts>
bool Reconciler::Private::readAll(bool erp, const QString &object, const QDateTime &since,
                                  const std::function<void(const RecordFacts<Facts> &)> &take)
{
    Q_ASSERT(source); // run() fetches first when it was given no snapshot
    return replay<Facts>(erp, object, since, take);
}

template<typename Facts>
bool Reconciler::Private::changedSince(const RecordFacts<Facts> &record, const QDateTime &since)
{
    if (record.updatedAt.isValid() && record.updatedAt >= since)
        return true;
    // Shopify and WooCommerce read refunds through the orders changed since then (a refund
    // changes its order): a refund "<order id>/<refund id>" counts when its order does.
    const qsizetype slash = record.id.indexOf(u'/');
    if (slash <= 0)
        return false;
    if (!sourceOrderTimes) {
        sourceOrderTimes.emplace();
        const Mapping::ObjectRule *rule = ruleFor(ReconcileObject::Orders);
        if (const auto *orders = source->recordsOf(false, rule ? rule->storeObject : u"order"_s)) {
            sourceOrderTimes->reserve(orders->orders.size());
            for (const RecordFacts<OrderFacts> &order : orders->orders) {
                sourceOrderTimes->insert(order.id, order.updatedAt);
                // A vendor's part "<order id>/<vendor>" stands for its order too.
                if (const qsizetype part = order.id.indexOf(u'/'); part > 0)
                    sourceOrderTimes->insert(order.id.left(part), order.updatedAt);
            }
        }
    }
    const QDateTime order = sourceOrderTimes->value(QStringView(record.id).left(slash).toString());
    return order.isValid() && order >= since;
}

template<typename Facts>
bool Reconciler::Private::replay(bool erp, const QString &object, const QDateTime &since,
                                 const std::function<void(const RecordFacts<Facts> &)> &take)
{
    const QString sideName = erp ? Text::tr("ERP") : Text::tr("store");
    const ReconcileSnapshot::Records *held = source->recordsOf(erp, object);
    if (!held || listOf<Facts>(*held).size() != held->count) {
        error = Text::tr("the snapshot holds no %1 records of the %2").arg(object, sideName);
        return false;
    }
    if (held->since.isValid() && (!since.isValid() || since < held->since)) {
        error = Text::tr("the snapshot holds only the %1's %2 records changed since %3")
                    .arg(sideName, object, timeText(held->since));
        return false;
    }
    // Read since exactly then: the records are what the connector gave, none to leave out.
    const bool narrow = since.isValid() && held->since != since;
    const QList<RecordFacts<Facts>> &records = listOf<Facts>(*held);
    const qsizetype count = records.size();
    const qsizetype pageSize = options.pageSize;
    qsizetype start = 0;
    do { // a page at a time, as read: an empty object is one empty page
        if (stopRequested())
            return false;
        const qsizetype end = std::min(count, start + pageSize);
        int taken = 0;
        for (qsizetype i = start; i < end; ++i) {
            const RecordFacts<Facts> &record = records.at(i);
            if (narrow && !changedSince(record, since))
                continue;
            take(record);
            ++taken;
        }
        step(countReads ? taken : 0, 0);
        start = end;
    } while (start < count);
    return true;
}

template<typename Facts>
bool Reconciler::Private::readable(const RecordFacts<Facts> &record, ReconcileTally &tally) const
{
    if (!record.facts)
        tally.notes.append(Text::tr("not compared, unreadable: %1").arg(record.unreadable));
    return record.facts.has_value();
}

QString Reconciler::Private::deadLetter(const QString &objectType, const QString &id) const
{
    return deadLetters.value(objectType + u'/' + id);
}

void Reconciler::Private::markDeadLetter(QJsonObject &repair, const QString &objectType,
                                         const QString &id) const
{
    if (const auto letter = deadLetterIds.constFind(objectType + u'/' + id); letter != deadLetterIds.cend())
        repair.insert(u"dead_letter"_s, *letter);
}

std::optional<Store::CrossReference> Reconciler::Private::crossReference(const QString &ruleId,
                                                                         const QString &storeId)
{
    auto xref = Store::CrossReferenceRepository(store).findByStoreId(config.connectionPair, ruleId, storeId);
    if (!xref) {
        error = xref.error().message;
        return std::nullopt;
    }
    return xref.value();
}

QDateTime Reconciler::Private::lastSynced(const QString &ruleId, const QString &storeId, bool withPayload)
{
    const std::optional<Store::CrossReference> xref = crossReference(ruleId, storeId);
    QDateTime last = xref ? xref->updated : QDateTime();
    if (!withPayload)
        return last;
    auto written = Store::EngineStateRepository(store).writtenTimes(config.connectionPair, ruleId, {storeId});
    if (!written) {
        error = written.error().message;
        return last;
    }
    if (const QDateTime time = written.value().value(storeId);
        time.isValid() && (!last.isValid() || time > last))
        last = time;
    return last;
}

// ---- orders ------------------------------------------------------------------------------------------

void Reconciler::Private::reconcileOrders(ReconcileTally &tally, bool report)
{
    ordersRead = true;
    const Mapping::ObjectRule *rule =
        comparedRule(ReconcileObject::Orders, tally,
                     Text::tr("the mapping has no rule that writes store orders to the ERP"));
    if (!rule)
        return;
    QList<const OrderFacts *> storeOrders;
    if (!readAll<OrderFacts>(false, rule->storeObject, options.since,
                             [&](const RecordFacts<OrderFacts> &record) {
                                 if (readable(record, tally))
                                     storeOrders.append(&*record.facts);
                             }))
        return;
    QHash<QString, const DocumentFacts *> documents; // by id
    QHash<QString, const DocumentFacts *> byKey;
    documents.reserve(held(true, rule->erpObject));
    byKey.reserve(held(true, rule->erpObject));
    if (!readAll<DocumentFacts>(true, rule->erpObject, {}, [&](const RecordFacts<DocumentFacts> &record) {
            if (!readable(record, tally))
                return;
            const DocumentFacts &facts = *record.facts;
            if (!facts.key.isEmpty()) {
                // A key used twice: a live record wins over a voided one.
                const auto existing = byKey.constFind(facts.key);
                if (existing == byKey.cend() || isGone((*existing)->status))
                    byKey.insert(facts.key, &facts);
            }
            documents.insert(facts.id, &facts);
        }))
        return;
    tally.storeRecords = int(storeOrders.size());
    tally.erpRecords = int(documents.size());

    QStringList ids;
    ids.reserve(storeOrders.size());
    for (const OrderFacts *order : std::as_const(storeOrders))
        ids.append(order->recordId);
    // Which ERP record each order was written to; the cross-references' dates and the last
    // writes are looked up for the findings only.
    auto linked =
        Store::CrossReferenceRepository(store).erpIdsByStoreIds(config.connectionPair, rule->id, ids);
    if (!linked) {
        error = linked.error().message;
        return;
    }
    const Model::RoundingMode mode = roundingOf(config.mapping);
    const QString erpWord = rule->erpObject;

    orders.reserve(storeOrders.size());
    for (const OrderFacts *read : std::as_const(storeOrders)) {
        const OrderFacts &order = *read;
        OrderMatch &match = orders[order.recordId];
        match.order = read;
        if (stopRequested())
            return;
        const QString linkedId = linked.value().value(order.recordId);
        // The linked record; else the one carrying the order's key (written by hand, by an
        // earlier install, or after the linked one was removed).
        const DocumentFacts *document = linkedId.isEmpty() ? nullptr : documents.value(linkedId);
        if (!document) {
            for (const QString &key :
                 QStringList{order.erpKey, order.storeKey, QString(u"#"_s + order.storeKey)}) {
                if (!document && !key.isEmpty() && key != u"#"_s)
                    document = byKey.value(key);
            }
        }
        match.document = document;
        if (!report)
            continue;
        ++tally.compared;

        ReconciliationFinding finding;
        finding.object = u"order"_s;
        finding.rule = rule->id;
        finding.key = order.number;
        finding.storeId = order.recordId;
        finding.storeAmount = order.total.amount();

        // Missing: never written, deleted, or voided.
        if (!document || isGone(document->status)) {
            QString why;
            if (document) {
                why = Text::tr("The %1 %2 the order was written to is %3 in the ERP (changed %4).")
                          .arg(erpWord, document->label(), document->status, timeText(document->updatedAt));
                finding.erpId = document->id;
            } else if (!linkedId.isEmpty()) {
                const std::optional<Store::CrossReference> xref = crossReference(rule->id, order.recordId);
                if (!error.isEmpty())
                    return;
                why = Text::tr("It was written to %1 %2 (linked %3), which the ERP no longer has.")
                          .arg(erpWord, linkedId, timeText(xref ? xref->created : QDateTime()));
                finding.erpId = linkedId;
            } else if (const QString letter = deadLetter(rule->id, order.recordId); !letter.isEmpty()) {
                why = Text::tr("The sync could not write it; its dead letter says: %1").arg(letter);
            } else {
                why = Text::tr(
                          "LedgerLink never wrote it (no cross-reference) and the ERP has no %1 with the key "
                          "\"%2\"; the order was last changed %3.")
                          .arg(erpWord, order.erpKey.isEmpty() ? order.storeKey : order.erpKey,
                               timeText(order.updatedAt));
            }
            finding.missing = true;
            finding.cause = MismatchCause::MissingRecord;
            finding.difference = order.total.amount();
            finding.currency = order.currency.code();
            finding.evidence = Text::tr("Order %1 (%2) has no %3 in the ERP. %4")
                                   .arg(order.number, money(order.total), erpWord, why);
            finding.repair =
                repairOf(*rule, u"create"_s, order.recordId, document ? document->id : QString(),
                         order.storeKey, Text::tr("write order %1 to the ERP again").arg(order.number));
            markDeadLetter(finding.repair, rule->id, order.recordId);
            ++tally.missing;
            findings.append(finding);
            continue;
        }

        finding.erpId = document->id;
        const Currency erpCurrency = document->total.currency();
        const Conversion convert =
            conversionFor(order.currency, order.baseCurrency, order.rate, erpCurrency, mode);
        finding.erpAmount = document->total.amount();
        finding.currency = erpCurrency.code();
        if (!convert.possible) {
            finding.cause = MismatchCause::CurrencyRate;
            finding.evidence =
                Text::tr("Order %1 is in %2 (shop currency %3), the %4 %5 in %6: no rate between "
                         "them is known, so the totals %7 and %8 cannot be compared.")
                    .arg(order.number, order.currency.code(), order.baseCurrency.code(), erpWord,
                         document->label(), erpCurrency.code(), money(order.total), money(document->total));
            finding.repair = reviewOf(*rule, u"erp"_s, order.recordId, document->id,
                                      Text::tr("check the currency of the ERP record"));
            ++tally.differences;
            findings.append(finding);
            continue;
        }
        const Money storeTotal = convert(order.total);
        const Money difference = storeTotal.minus(document->total).value_or(Money::zero(erpCurrency));
        if (difference.isZero()) {
            ++tally.matched;
            continue;
        }
        finding.storeAmount = storeTotal.amount();
        finding.difference = difference.amount();

        QString head = Text::tr("Order %1: the store's total is %2").arg(order.number, money(order.total));
        if (convert.converted)
            head += Text::tr(", %1 at the order's rate %2").arg(money(storeTotal), order.rate.toString());
        head +=
            Text::tr("; the ERP's %1 %2 is %3: %4 %5.")
                .arg(erpWord, document->label(), money(document->total))
                .arg(money(difference.abs()),
                     difference.signum() > 0 ? Text::tr("more in the store") : Text::tr("less in the store"));

        QList<Component> candidates;
        if (!order.shipping.isZero()) {
            const Money shipping = convert(order.shipping);
            QStringList about;
            if (!order.shippingTitles.isEmpty())
                about.append(order.shippingTitles);
            if (!order.shippingTax.isZero())
                about.append(Text::tr("with its tax of %1").arg(money(order.shippingTax)));
            candidates.append(
                {MismatchCause::Shipping, shipping,
                 Text::tr("shipping of %1%2 is charged on the order but not in the ERP's %3")
                     .arg(money(shipping), about.isEmpty() ? QString() : u" ("_s + about.join(u", "_s) + u')',
                          erpWord)});
        }
        if (!order.taxesIncluded) {
            const auto rounding = order.taxTotal.minus(order.lineTax);
            // At most one minor unit per rounded line: more than rounding is not rounding.
            if (rounding && !rounding->isZero()
                && rounding->abs()
                    <= Money::fromMinorUnits(order.lines + order.shippingLines, order.currency)) {
                QString erpTax;
                if (document->taxTotal.isValid())
                    erpTax = Text::tr(", as the ERP's tax of %1 does").arg(money(document->taxTotal));
                candidates.append(
                    {MismatchCause::TaxRounding, convert(*rounding),
                     Text::tr("tax rounding: the store computed %1 tax on the order total, while its "
                              "lines' taxes rounded one by one add up to %2 (%3)%4")
                         .arg(money(order.taxTotal), money(order.lineTax), order.lineTaxes, erpTax)});
            }
        }
        if (order.unallocatedDiscount.isValid() && !order.unallocatedDiscount.isZero()) {
            candidates.append(
                {MismatchCause::DiscountAllocation, -convert(order.unallocatedDiscount),
                 Text::tr("a discount of %1 on the order is not allocated to its lines, which is all "
                          "the ERP's %2 gets")
                     .arg(money(order.unallocatedDiscount), erpWord)});
        }
        Money tolerance;
        if (convert.converted)
            tolerance = Money::fromMinorUnits(order.lines + order.shippingLines + 1, erpCurrency);
        const Component residue{
            MismatchCause::CurrencyRate, Money(),
            Text::tr("currency rate: converting %1 to %2 amount by amount, each rounded to the "
                     "cent, is not the same as converting the total")
                .arg(order.currency.code(), erpCurrency.code())};
        const Explanation explanation = explain(difference, candidates, tolerance, residue);
        QStringList parts;
        for (const Component &part : explanation.parts)
            parts.append(signedMoney(part.amount) + u": "_s + part.evidence);
        QString evidence = head;
        if (!parts.isEmpty())
            evidence += u' ' + Text::tr("It is made up of: %1.").arg(parts.join(u"; "_s));
        if (explanation.remainder.isZero()) {
            finding.cause = mainCause(explanation.parts);
        } else {
            const QDateTime synced = lastSynced(rule->id, order.recordId, true);
            if (!error.isEmpty())
                return;
            const bool storeEdited =
                synced.isValid() && order.updatedAt.isValid() && order.updatedAt > synced;
            const bool erpEdited =
                synced.isValid() && document->updatedAt.isValid() && document->updatedAt > synced;
            const QString rest = parts.isEmpty()
                ? Text::tr("The difference")
                : Text::tr("The remaining %1").arg(signedMoney(explanation.remainder));
            if (storeEdited || erpEdited) {
                finding.cause = MismatchCause::EditedAfterSync;
                QStringList edits;
                if (storeEdited)
                    edits.append(Text::tr("the store changed the order %1").arg(timeText(order.updatedAt)));
                if (erpEdited)
                    edits.append(Text::tr("the ERP changed %1 %2 %3")
                                     .arg(erpWord, document->label(), timeText(document->updatedAt)));
                evidence += u' '
                    + Text::tr("%1 was edited after sync: %2, after LedgerLink last wrote it %3.")
                          .arg(rest, edits.join(Text::tr(" and ")), timeText(synced));
            } else {
                finding.cause = MismatchCause::Unknown;
                evidence += u' '
                    + Text::tr(
                          "%1 is not explained by shipping, tax rounding, discounts or currency, and neither "
                          "side changed after the last sync (%2).")
                          .arg(rest, timeText(synced));
            }
        }
        finding.evidence = evidence;
        if (finding.cause == MismatchCause::EditedAfterSync)
            finding.repair = repairOf(*rule, u"update"_s, order.recordId, document->id, order.storeKey,
                                      Text::tr("write order %1 to the ERP again").arg(order.number));
        else
            finding.repair = reviewOf(
                *rule, u"erp"_s, order.recordId, document->id,
                Text::tr("%1: a sync writes the same amounts again; change the mapping (or the ERP record) "
                         "so that both sides agree")
                    .arg(describe(finding.cause)));
        ++tally.differences;
        findings.append(finding);
    }
    if (report && rule->split == Mapping::SplitBy::Vendor)
        reportLostParts(*rule, storeOrders, documents, tally);
    step(0, tally.compared);
}

void Reconciler::Private::reportLostParts(const Mapping::ObjectRule &rule,
                                          const QList<const OrderFacts *> &storeOrders,
                                          const QHash<QString, const DocumentFacts *> &documents,
                                          ReconcileTally &tally)
{
    // A vendor's part written to the ERP that its order no longer has (the vendor's last line
    // was removed): its record in the ERP is more than the store sold.
    QHash<QString, const OrderFacts *> orderOf; // order id → one of its parts now
    QSet<QString> parts;
    for (const OrderFacts *part : storeOrders) {
        parts.insert(part->recordId);
        orderOf.insert(part->recordId.section(u'/', 0, 0), part);
    }
    auto written = Store::CrossReferenceRepository(store).findParts(config.connectionPair, rule.id);
    if (!written) {
        error = written.error().message;
        return;
    }
    const QString erpWord = rule.erpObject;
    for (const Store::CrossReference &xref : written.value()) {
        const QString orderId = xref.storeId.section(u'/', 0, 0);
        const OrderFacts *sibling = orderOf.value(orderId);
        const DocumentFacts *document = documents.value(xref.erpId);
        if (!sibling || parts.contains(xref.storeId) || !document || isGone(document->status))
            continue;
        const QString vendor = xref.storeId.mid(orderId.size() + 1);
        const QString number = sibling->number.section(u'/', 0, 0);
        ReconciliationFinding finding;
        finding.object = u"order"_s;
        finding.rule = rule.id;
        finding.key = number + u'/' + vendor;
        finding.storeId = xref.storeId;
        finding.erpId = document->id;
        finding.erpAmount = document->total.amount();
        finding.difference = (-document->total).amount();
        finding.currency = document->total.currency().code();
        finding.missing = true;
        finding.cause = MismatchCause::EditedAfterSync;
        finding.evidence =
            Text::tr("Order %1 no longer has lines of %2 (the order changed %3), but the %4 %5 written for "
                     "them %6 is still in the ERP with %7.")
                .arg(number, vendor, timeText(sibling->updatedAt), erpWord, document->label(),
                     timeText(xref.created), money(document->total));
        finding.repair =
            reviewOf(rule, u"erp"_s, xref.storeId, document->id,
                     Text::tr("void or credit %1 %2 in the ERP").arg(erpWord, document->label()));
        ++tally.missing;
        findings.append(finding);
    }
}

// ---- refunds -----------------------------------------------------------------------------------------

void Reconciler::Private::reconcileRefunds(ReconcileTally &tally)
{
    const Mapping::ObjectRule *rule = comparedRule(
        ReconcileObject::Refunds, tally, Text::tr("the mapping has no rule for refunds and credit notes"));
    if (!rule)
        return;
    if (!ordersRead) {
        // The refunds' orders: their currency and rate, their number, their ERP record.
        ReconcileTally orderTally;
        reconcileOrders(orderTally, false);
        if (!error.isEmpty() || stopped)
            return;
    }
    QList<const RefundFacts *> refunds;
    if (!readAll<RefundFacts>(false, rule->storeObject, options.since,
                              [&](const RecordFacts<RefundFacts> &record) {
                                  if (readable(record, tally))
                                      refunds.append(&*record.facts);
                              }))
        return;
    QHash<QString, const DocumentFacts *> notes;
    QList<QString> noteOrder;
    if (!readAll<DocumentFacts>(true, rule->erpObject, {}, [&](const RecordFacts<DocumentFacts> &record) {
            if (!readable(record, tally))
                return;
            notes.insert(record.facts->id, &*record.facts);
            noteOrder.append(record.facts->id);
        }))
        return;
    tally.storeRecords = int(refunds.size());
    tally.erpRecords = int(notes.size());

    QStringList ids;
    ids.reserve(refunds.size());
    for (const RefundFacts *refund : std::as_const(refunds))
        ids.append(refund->recordId);
    // The cross-reference is keyed by the store's id whichever way the rule runs; its date is
    // looked up for the findings only.
    auto linked =
        Store::CrossReferenceRepository(store).erpIdsByStoreIds(config.connectionPair, rule->id, ids);
    if (!linked) {
        error = linked.error().message;
        return;
    }
    // Where each key, refund key and invoice appears in noteOrder: a refund looks its credit note
    // up instead of scanning every note (the first one in the ERP's order still wins).
    QHash<QString, QList<qsizetype>> notesByKey;
    QHash<QString, QList<qsizetype>> notesByRefund;
    QHash<QString, QList<qsizetype>> notesByInvoice;
    for (qsizetype i = 0; i < noteOrder.size(); ++i) {
        const DocumentFacts &candidate = *notes.value(noteOrder.at(i));
        if (!candidate.key.isEmpty())
            notesByKey[candidate.key].append(i);
        if (!candidate.refundKey.isEmpty())
            notesByRefund[candidate.refundKey].append(i);
        notesByInvoice[candidate.invoiceId].append(i);
    }
    QSet<QString> claimed;
    const Model::RoundingMode mode = roundingOf(config.mapping);
    const QString erpWord = rule->erpObject;
    const bool storeOwns = rule->direction == Mapping::Direction::StoreToErp;

    const OrderFacts noOrder;
    // An order split by vendor is held as its parts ("<order id>/<vendor>"): a refund of it takes
    // the currency, rate and number from its first part; no single ERP record is its invoice.
    QHash<QString, const OrderFacts *> splitOrders;
    if (const Mapping::ObjectRule *orderRule = ruleFor(ReconcileObject::Orders);
        orderRule && orderRule->split == Mapping::SplitBy::Vendor) {
        for (auto it = orders.cbegin(); it != orders.cend(); ++it) {
            const QString orderId = it.key().section(u'/', 0, 0);
            if (it->order && !splitOrders.contains(orderId))
                splitOrders.insert(orderId, it->order);
        }
    }
    for (const RefundFacts *read : std::as_const(refunds)) {
        const RefundFacts &refund = *read;
        if (stopRequested())
            return;
        ++tally.compared;
        const OrderMatch match = orders.value(refund.orderId);
        OrderFacts whole; // of a split order
        if (const OrderFacts *part = match.order ? nullptr : splitOrders.value(refund.orderId)) {
            whole = *part;
            whole.number = part->number.section(u'/', 0, 0);
        }
        const OrderFacts &order = match.order ? *match.order : whole.number.isEmpty() ? noOrder : whole;
        const QString orderNumber = order.number.isEmpty() ? refund.orderId : order.number;
        const QString linkedId = linked.value().value(refund.recordId);
        const DocumentFacts *note = nullptr;
        const auto take = [&](const QString &id) {
            if (!note && !claimed.contains(id))
                note = notes.value(id);
        };
        if (!linkedId.isEmpty())
            take(linkedId);
        if (!note) {
            // The first note (in the ERP's order) carrying the refund's mapped key, or naming the
            // refund by its id as its refund key or its key.
            QList<qsizetype> named;
            const auto gather = [&named](const QHash<QString, QList<qsizetype>> &index, const QString &key) {
                if (key.isEmpty())
                    return;
                if (const auto found = index.constFind(key); found != index.cend())
                    named.append(*found);
            };
            gather(notesByKey, refund.erpKey);
            gather(notesByRefund, refund.refundId);
            gather(notesByRefund, refund.recordId);
            gather(notesByKey, refund.refundId);
            gather(notesByKey, refund.recordId);
            std::sort(named.begin(), named.end());
            for (const qsizetype position : std::as_const(named))
                take(noteOrder.at(position));
        }
        // A credit note of the order's ERP record: the one with the refund's total, else the only one.
        if (!note && match.document) {
            QStringList ofInvoice;
            for (const qsizetype position : notesByInvoice.value(match.document->id)) {
                if (!claimed.contains(noteOrder.at(position)))
                    ofInvoice.append(noteOrder.at(position));
            }
            for (const QString &id : std::as_const(ofInvoice)) {
                const DocumentFacts &linkedNote = *notes.value(id);
                const Conversion convert = conversionFor(refund.total.currency(), order.baseCurrency,
                                                         order.rate, linkedNote.total.currency(), mode);
                if (convert.possible && convert(refund.total) == linkedNote.total)
                    take(id);
            }
            if (ofInvoice.size() == 1)
                take(ofInvoice.first());
        }

        ReconciliationFinding finding;
        finding.object = u"refund"_s;
        finding.rule = rule->id;
        finding.key = refund.erpKey.isEmpty() ? orderNumber + u"/refund/"_s + refund.refundId : refund.erpKey;
        finding.storeId = refund.recordId;
        finding.storeAmount = refund.total.amount();
        const QString what =
            Text::tr("Refund %1 of order %2 (%3 on %4: %5)")
                .arg(refund.refundId, orderNumber, money(refund.total),
                     refund.processedAt.isValid() ? refund.processedAt.toUTC().toString(u"yyyy-MM-dd"_s)
                                                  : Text::tr("an unknown date"),
                     refund.lines.isEmpty() ? Text::tr("no lines") : refund.lines.join(u", "_s));
        if (!note || isGone(note->status)) {
            QString why;
            if (note) {
                why = Text::tr("Its %1 %2 is %3 in the ERP.").arg(erpWord, note->label(), note->status);
                finding.erpId = note->id;
            } else if (!linkedId.isEmpty()) {
                why =
                    Text::tr("It was written to %1 %2, which the ERP no longer has.").arg(erpWord, linkedId);
                finding.erpId = linkedId;
            } else if (const QString letter = deadLetter(rule->id, refund.recordId); !letter.isEmpty()) {
                why = Text::tr("The sync could not write it; its dead letter says: %1").arg(letter);
            } else if (!storeOwns) {
                why = Text::tr(
                          "The mapping's rule \"%1\" runs from the ERP to the store, so LedgerLink does not "
                          "create credit notes: the ERP's users must.")
                          .arg(rule->id);
            } else {
                why =
                    Text::tr("LedgerLink never wrote it (no cross-reference) and no %1 of the ERP names it.")
                        .arg(erpWord);
            }
            finding.missing = true;
            finding.cause = MismatchCause::RefundNotCredited;
            finding.difference = refund.total.amount();
            finding.currency = refund.total.currency().code();
            finding.evidence = Text::tr("%1 has no %2 in the ERP. %3").arg(what, erpWord, why);
            finding.repair = storeOwns
                ? repairOf(*rule, note ? u"update"_s : u"create"_s, refund.recordId,
                           note ? note->id : QString(), refund.storeKey,
                           Text::tr("write the refund to the ERP as a credit note"))
                : reviewOf(*rule, u"erp"_s, refund.recordId, QString(),
                           Text::tr("create the credit note for %1 in the ERP (it owns credit notes)")
                               .arg(money(refund.total)));
            markDeadLetter(finding.repair, rule->id, refund.recordId);
            if (!refund.partOf.isEmpty())
                markRefundPart(finding.repair, refund);
            ++tally.missing;
            findings.append(finding);
            continue;
        }
        claimed.insert(note->id);
        finding.erpId = note->id;
        finding.erpAmount = note->total.amount();
        const Currency erpCurrency = note->total.currency();
        finding.currency = erpCurrency.code();
        const Conversion convert =
            conversionFor(refund.total.currency(), order.baseCurrency, order.rate, erpCurrency, mode);
        if (!convert.possible) {
            finding.cause = MismatchCause::CurrencyRate;
            finding.evidence = Text::tr("%1: the %2 %3 is in %4 and no rate is known to compare it.")
                                   .arg(what, erpWord, note->label(), erpCurrency.code());
            finding.repair = reviewOf(*rule, u"erp"_s, refund.recordId, note->id,
                                      Text::tr("check the currency of the credit note"));
            ++tally.differences;
            findings.append(finding);
            continue;
        }
        const Money storeTotal = convert(refund.total);
        const Money difference = storeTotal.minus(note->total).value_or(Money::zero(erpCurrency));
        if (difference.isZero()) {
            ++tally.matched;
            continue;
        }
        finding.storeAmount = storeTotal.amount();
        finding.difference = difference.amount();
        QList<Component> candidates;
        if (refund.shipping.isValid() && !refund.shipping.isZero())
            candidates.append(
                {MismatchCause::Shipping, convert(refund.shipping),
                 Text::tr("refunded shipping of %1 is not on the %2").arg(money(refund.shipping), erpWord)});
        Money tolerance;
        if (convert.converted)
            tolerance = Money::fromMinorUnits(qint64(refund.lines.size()) + 1, erpCurrency);
        const Explanation explanation = explain(difference, candidates, tolerance,
                                                {MismatchCause::CurrencyRate, Money(),
                                                 Text::tr("currency rate: converted from %1 amount by amount")
                                                     .arg(refund.total.currency().code())});
        QStringList parts;
        for (const Component &part : explanation.parts)
            parts.append(signedMoney(part.amount) + u": "_s + part.evidence);
        QString evidence =
            Text::tr("%1; the ERP's %2 %3 is %4: %5.")
                .arg(what, erpWord, note->label(), money(note->total), signedMoney(difference));
        if (!parts.isEmpty())
            evidence += u' ' + Text::tr("It is made up of: %1.").arg(parts.join(u"; "_s));
        if (explanation.remainder.isZero()) {
            finding.cause = mainCause(explanation.parts);
        } else {
            const QDateTime synced = lastSynced(rule->id, refund.recordId, false);
            if (!error.isEmpty())
                return;
            const bool storeEdited = synced.isValid() && refund.updatedAt > synced;
            const bool erpEdited = synced.isValid() && note->updatedAt > synced;
            if (storeEdited || erpEdited) {
                finding.cause = MismatchCause::EditedAfterSync;
                evidence += u' '
                    + Text::tr("The %1 changed %2, after LedgerLink last wrote it %3.")
                          .arg(storeEdited ? Text::tr("store's refund") : Text::tr("ERP's credit note"),
                               timeText(storeEdited ? refund.updatedAt : note->updatedAt), timeText(synced));
            } else {
                finding.cause = MismatchCause::Unknown;
                evidence += u' '
                    + Text::tr("%1 is not explained by refunded shipping or currency.")
                          .arg(signedMoney(explanation.remainder));
            }
        }
        finding.evidence = evidence;
        finding.repair = finding.cause == MismatchCause::EditedAfterSync && storeOwns
            ? repairOf(*rule, u"update"_s, refund.recordId, note->id, refund.storeKey,
                       Text::tr("write the refund to the ERP again"))
            : reviewOf(*rule, u"erp"_s, refund.recordId, note->id,
                       Text::tr("%1: correct the credit note or the mapping").arg(describe(finding.cause)));
        if (!refund.partOf.isEmpty())
            markRefundPart(finding.repair, refund);
        ++tally.differences;
        findings.append(finding);
    }
    step(0, tally.compared);
}

void Reconciler::Private::appendByKey(QList<ReconciliationFinding> &found)
{
    std::stable_sort(
        found.begin(), found.end(),
        [](const ReconciliationFinding &a, const ReconciliationFinding &b) { return a.key < b.key; });
    findings.append(found);
}

// ---- prices ------------------------------------------------------------------------------------------

bool Reconciler::Private::readStoreCatalog(const Mapping::ObjectRule *rule, ReconcileTally &tally,
                                           SkuIndex *skus)
{
    const QString object = rule ? rule->storeObject : u"product"_s;
    if (!storeSide->capabilities().readable.contains(object))
        return true;
    storeCatalogRead = true;
    inventoryItemSkus.reserve(held(false, object));
    if (skus)
        skus->first.reserve(held(false, object));
    return readAll<SkuFacts>(false, object, {}, [&](const RecordFacts<SkuFacts> &record) {
        if (!readable(record, tally))
            return;
        for (const VariantFacts &variant : record.facts->variants) {
            if (!variant.inventoryItem.isEmpty())
                inventoryItemSkus.insert(variant.inventoryItem, variant.sku);
            if (skus)
                skus->add(variant.sku, {&variant.id, &record, &variant.price});
        }
    });
}

void Reconciler::Private::reconcilePrices(ReconcileTally &tally)
{
    const Mapping::ObjectRule *rule =
        comparedRule(ReconcileObject::Prices, tally, Text::tr("the mapping has no rule for products"));
    if (!rule)
        return;
    SkuIndex storeSkus;
    if (!readStoreCatalog(rule, tally, &storeSkus))
        return;
    SkuIndex erpSkus;
    erpSkus.first.reserve(held(true, rule->erpObject));
    if (!readAll<SkuFacts>(true, rule->erpObject, {}, [&](const RecordFacts<SkuFacts> &record) {
            if (!readable(record, tally))
                return;
            for (const VariantFacts &variant : record.facts->variants)
                erpSkus.add(variant.sku, {&record.id, &record, &variant.price});
        }))
        return;
    tally.storeRecords = int(storeSkus.first.size());
    tally.erpRecords = int(erpSkus.first.size());

    const bool erpOwns = rule->owner != Mapping::Owner::Store;
    const SkuIndex &owner = erpOwns ? erpSkus : storeSkus;
    const SkuIndex &other = erpOwns ? storeSkus : erpSkus;
    const QString ownerName = erpOwns ? Text::tr("the ERP") : Text::tr("the store");
    const QString otherName = erpOwns ? Text::tr("the store") : Text::tr("the ERP");
    QStringList duplicates = storeSkus.more.keys();
    std::sort(duplicates.begin(), duplicates.end());
    if (!duplicates.isEmpty())
        tally.notes.append(Text::tr("%n SKU(s) appear more than once in the store, each compared: %1",
                                    nullptr, int(duplicates.size()))
                               .arg(joined(duplicates)));
    QStringList onlyOther;
    for (auto it = other.first.cbegin(); it != other.first.cend(); ++it) {
        if (!owner.first.contains(it.key()))
            onlyOther.append(it.key());
    }
    std::sort(onlyOther.begin(), onlyOther.end());
    if (!onlyOther.isEmpty())
        tally.notes.append(Text::tr("%n SKU(s) only in %1 (the owner does not list them), not compared: %2",
                                    nullptr, int(onlyOther.size()))
                               .arg(otherName, joined(onlyOther)));
    // Compared in the index's order; the findings are put in SKU order at the end.
    QList<ReconciliationFinding> found;
    for (auto it = owner.first.cbegin(); it != owner.first.cend(); ++it) {
        if (stopRequested())
            return;
        ++tally.compared;
        const QString &sku = it.key();
        const SkuEntry &source = it.value();
        const Money &sourcePrice = *source.price;
        const auto firstTarget = other.first.constFind(sku);
        if (firstTarget == other.first.cend()) {
            ReconciliationFinding finding;
            finding.object = u"price"_s;
            finding.rule = rule->id;
            finding.key = sku;
            finding.missing = true;
            finding.cause = MismatchCause::MissingRecord;
            (erpOwns ? finding.erpId : finding.storeId) = *source.id;
            (erpOwns ? finding.erpAmount : finding.storeAmount) =
                sourcePrice.isValid() ? std::optional<Decimal>(sourcePrice.amount()) : std::nullopt;
            finding.difference =
                sourcePrice.isValid() ? (erpOwns ? -sourcePrice.amount() : sourcePrice.amount()) : Decimal();
            finding.currency = sourcePrice.isValid() ? sourcePrice.currency().code() : QString();
            finding.evidence =
                Text::tr("SKU %1 is listed by %2 (the owner of prices) at %3 but %4 has no such SKU.")
                    .arg(sku, ownerName, money(sourcePrice), otherName);
            finding.repair = repairOf(*rule, u"create"_s, source.record->id, QString(), sku,
                                      Text::tr("create SKU %1 in %2").arg(sku, otherName));
            markDeadLetter(finding.repair, rule->id, source.record->id);
            ++tally.missing;
            found.append(finding);
            continue;
        }
        bool matched = true;
        const auto compare = [&](const SkuEntry &target) {
            const Money &targetPrice = *target.price;
            if (!sourcePrice.isValid() || !targetPrice.isValid() || sourcePrice == targetPrice)
                return;
            matched = false;
            const SkuEntry &storeEntry = erpOwns ? target : source;
            const SkuEntry &erpEntry = erpOwns ? source : target;
            const Money &storePrice = *storeEntry.price;
            const Money &erpPrice = *erpEntry.price;
            ReconciliationFinding finding;
            finding.object = u"price"_s;
            finding.rule = rule->id;
            finding.key = sku;
            finding.storeId = *storeEntry.id;
            finding.erpId = *erpEntry.id;
            finding.storeAmount = storePrice.amount();
            finding.erpAmount = erpPrice.amount();
            finding.currency = erpPrice.currency().code();
            if (storePrice.currency() != erpPrice.currency()) {
                finding.cause = MismatchCause::CurrencyRate;
                finding.evidence =
                    Text::tr("SKU %1 costs %2 in the store and %3 in the ERP: different currencies.")
                        .arg(sku, money(storePrice), money(erpPrice));
                finding.repair = reviewOf(*rule, erpOwns ? u"store"_s : u"erp"_s, source.record->id,
                                          *target.id, Text::tr("check which currency the price is kept in"));
            } else {
                const Money difference = storePrice.minus(erpPrice).value_or(Money());
                finding.difference = difference.amount();
                finding.cause = MismatchCause::PriceDrift;
                finding.evidence =
                    Text::tr(
                        "SKU %1: %2 (the owner of prices) has %3, %4 has %5 (%6, last changed there %7).")
                        .arg(sku, ownerName, money(sourcePrice), otherName, money(targetPrice),
                             signedMoney(difference), timeText(target.record->updatedAt));
                finding.repair = repairOf(
                    *rule, u"update"_s, source.record->id, *target.id, sku,
                    Text::tr("set the price of %1 in %2 to %3").arg(sku, otherName, money(sourcePrice)));
                markDeadLetter(finding.repair, rule->id, source.record->id);
            }
            ++tally.differences;
            found.append(finding);
        };
        compare(*firstTarget);
        if (const auto further = other.more.constFind(sku); further != other.more.cend()) {
            for (const SkuEntry &target : *further)
                compare(target);
        }
        if (matched)
            ++tally.matched;
    }
    appendByKey(found);
    step(0, tally.compared);
}

// ---- stock -------------------------------------------------------------------------------------------

void Reconciler::Private::reconcileStock(ReconcileTally &tally)
{
    const Mapping::ObjectRule *rule =
        comparedRule(ReconcileObject::Stock, tally, Text::tr("the mapping has no rule for stock"));
    if (!rule)
        return;
    struct Quantity
    {
        Decimal quantity; ///< locations summed
        const QString *id = nullptr; ///< a record of the SKU (the last one read)
        bool counted = false; ///< a quantity was read (else the side does not track it)
    };
    struct Side
    {
        QHash<QString, Quantity> skus;
        QList<const SkuFacts *> levels; ///< the stock levels read (for the locations of a finding)
        QStringList unknown; ///< SKUs without a quantity
        [[nodiscard]] const Quantity *counted(const QString &sku) const
        {
            const auto it = skus.constFind(sku);
            return it != skus.cend() && it->counted ? &*it : nullptr;
        }
    };
    const auto skuOfLevel = [this](const SkuFacts &level) {
        return level.sku.isEmpty() ? inventoryItemSkus.value(level.inventoryItem) : level.sku;
    };
    const auto add = [](Quantity &entry, const Decimal &quantity) {
        entry.quantity = entry.counted ? entry.quantity + quantity : quantity;
        entry.counted = true;
    };
    const auto collect = [&](const RecordFacts<SkuFacts> &record, Side &into, QStringList &withoutSku) {
        if (!readable(record, tally))
            return;
        const SkuFacts &facts = *record.facts;
        if (facts.level) {
            const QString sku = skuOfLevel(facts);
            if (sku.isEmpty()) {
                withoutSku.append(record.id);
                return;
            }
            Quantity &entry = into.skus[sku];
            add(entry, facts.available);
            entry.id = &record.id;
            into.levels.append(&facts);
            return;
        }
        for (const VariantFacts &variant : facts.variants) {
            Quantity &entry = into.skus[variant.sku];
            entry.id = &record.id;
            if (!variant.quantity) {
                into.unknown.append(variant.sku);
                continue;
            }
            add(entry, *variant.quantity);
        }
    };

    Side erp;
    Side shop;
    erp.skus.reserve(held(true, rule->erpObject));
    shop.skus.reserve(held(false, rule->storeObject));
    QStringList erpWithoutSku;
    QStringList storeWithoutSku;
    if (!readAll<SkuFacts>(true, rule->erpObject, {},
                           [&](const RecordFacts<SkuFacts> &record) { collect(record, erp, erpWithoutSku); }))
        return;
    if (rule->storeObject == u"inventory_level"_s && !storeCatalogRead) {
        // Stock levels name inventory items; the store's variants say which SKU each one is.
        if (!readStoreCatalog(ruleFor(ReconcileObject::Prices), tally, nullptr))
            return;
    }
    if (!readAll<SkuFacts>(false, rule->storeObject, {}, [&](const RecordFacts<SkuFacts> &record) {
            collect(record, shop, storeWithoutSku);
        }))
        return;
    const auto countedSkus = [](const Side &side) {
        return int(std::count_if(side.skus.cbegin(), side.skus.cend(),
                                 [](const Quantity &entry) { return entry.counted; }));
    };
    tally.erpRecords = countedSkus(erp) + int(erp.unknown.size());
    tally.storeRecords = countedSkus(shop);
    std::sort(erp.unknown.begin(), erp.unknown.end());
    erp.unknown.erase(std::unique(erp.unknown.begin(), erp.unknown.end()), erp.unknown.end());
    if (!erp.unknown.isEmpty())
        tally.notes.append(
            Text::tr("%n SKU(s) have no quantity in the ERP (it does not track their stock), not "
                     "compared: %1",
                     nullptr, int(erp.unknown.size()))
                .arg(joined(erp.unknown)));
    if (!storeWithoutSku.isEmpty())
        tally.notes.append(Text::tr("%n store stock level(s) of items without a SKU, not compared: %1",
                                    nullptr, int(storeWithoutSku.size()))
                               .arg(joined(storeWithoutSku)));

    const bool erpOwns = rule->owner != Mapping::Owner::Store;
    const Side &owner = erpOwns ? erp : shop;
    const Side &other = erpOwns ? shop : erp;
    QStringList absent;
    QStringList differing;
    for (auto it = owner.skus.cbegin(); it != owner.skus.cend(); ++it) {
        if (stopRequested())
            return;
        if (!it->counted)
            continue;
        const Quantity *there = other.counted(it.key());
        if (!there) {
            absent.append(it.key());
            continue;
        }
        ++tally.compared;
        if (it->quantity == there->quantity)
            ++tally.matched;
        else
            differing.append(it.key());
    }
    std::sort(absent.begin(), absent.end());
    std::sort(differing.begin(), differing.end());
    // The locations of the differing SKUs only (each "location: quantity", in read order).
    const QSet<QString> wanted(differing.cbegin(), differing.cend());
    const auto locations = [&](const Side &side) {
        QHash<QString, QStringList> where;
        for (const SkuFacts *level : side.levels) {
            if (const QString sku = skuOfLevel(*level); wanted.contains(sku))
                where[sku].append(level->location + u": "_s + level->available.normalized().toString());
        }
        return where;
    };
    const QHash<QString, QStringList> storeWhere =
        wanted.isEmpty() ? QHash<QString, QStringList>() : locations(shop);
    const QHash<QString, QStringList> erpWhere =
        wanted.isEmpty() ? QHash<QString, QStringList>() : locations(erp);
    const auto whereText = [](const QHash<QString, QStringList> &where, const QString &sku) {
        const QStringList places = where.value(sku);
        return places.isEmpty() ? QString() : u" ("_s + places.join(u", "_s) + u')';
    };
    for (const QString &sku : std::as_const(differing)) {
        const Quantity &storeEntry = *shop.counted(sku);
        const Quantity &erpEntry = *erp.counted(sku);
        const Decimal &storeQuantity = storeEntry.quantity;
        const Decimal &erpQuantity = erpEntry.quantity;
        ReconciliationFinding finding;
        finding.object = u"stock"_s;
        finding.rule = rule->id;
        finding.key = sku;
        finding.storeId = *storeEntry.id;
        finding.erpId = *erpEntry.id;
        finding.storeAmount = storeQuantity.normalized();
        finding.erpAmount = erpQuantity.normalized();
        finding.difference = (storeQuantity - erpQuantity).normalized();
        finding.cause = MismatchCause::StockDrift;
        finding.evidence =
            Text::tr("SKU %1: the ERP has %2 on hand%3, the store %4%5: %6 in the store; %7 owns stock.")
                .arg(sku, erpQuantity.normalized().toString(), whereText(erpWhere, sku),
                     storeQuantity.normalized().toString(), whereText(storeWhere, sku),
                     signedText(finding.difference), erpOwns ? Text::tr("the ERP") : Text::tr("the store"));
        const QString &ownerId = erpOwns ? *erpEntry.id : *storeEntry.id;
        const QString &otherId = erpOwns ? *storeEntry.id : *erpEntry.id;
        finding.repair = repairOf(*rule, u"update"_s, ownerId, otherId, sku,
                                  Text::tr("set the stock of %1 in %2 to %3")
                                      .arg(sku, erpOwns ? Text::tr("the store") : Text::tr("the ERP"),
                                           (erpOwns ? erpQuantity : storeQuantity).normalized().toString()));
        markDeadLetter(finding.repair, rule->id, ownerId);
        ++tally.differences;
        findings.append(finding);
    }
    if (!absent.isEmpty())
        tally.notes.append(Text::tr("%n SKU(s) with stock in %1 are not in %2 (see prices), not compared: %3",
                                    nullptr, int(absent.size()))
                               .arg(erpOwns ? Text::tr("the ERP") : Text::tr("the store"),
                                    erpOwns ? Text::tr("the store") : Text::tr("the ERP"), joined(absent)));
    step(0, tally.compared);
}

// ---- payouts ------------------------------------------------------------------------------------------

void Reconciler::Private::reconcilePayouts(ReconcileTally &tally)
{
    const Mapping::ObjectRule *rule =
        comparedRule(ReconcileObject::Payouts, tally,
                     Text::tr("the mapping has no rule that writes gateway payouts to the ERP"));
    if (!rule)
        return;
    QList<const PayoutFacts *> payouts;
    if (!readAll<PayoutFacts>(false, rule->storeObject, options.since,
                              [&](const RecordFacts<PayoutFacts> &record) {
                                  if (readable(record, tally))
                                      payouts.append(&*record.facts);
                              }))
        return;
    QHash<QString, const DocumentFacts *> deposits; // by id
    QHash<QString, QList<const DocumentFacts *>> depositsByKey; // in the ERP's order
    if (!readAll<DocumentFacts>(true, rule->erpObject, {}, [&](const RecordFacts<DocumentFacts> &record) {
            if (!readable(record, tally))
                return;
            deposits.insert(record.facts->id, &*record.facts);
            if (!record.facts->key.isEmpty())
                depositsByKey[record.facts->key].append(&*record.facts);
        }))
        return;
    tally.storeRecords = int(payouts.size());
    tally.erpRecords = int(deposits.size());
    QStringList ids;
    ids.reserve(payouts.size());
    for (const PayoutFacts *payout : std::as_const(payouts))
        ids.append(payout->recordId);
    auto linked =
        Store::CrossReferenceRepository(store).erpIdsByStoreIds(config.connectionPair, rule->id, ids);
    if (!linked) {
        error = linked.error().message;
        return;
    }
    const QString erpWord = rule->erpObject;
    QSet<QString> claimed;
    for (const PayoutFacts *read : std::as_const(payouts)) {
        const PayoutFacts &payout = *read;
        if (stopRequested())
            return;
        ++tally.compared;
        const QString linkedId = linked.value().value(payout.recordId);
        const DocumentFacts *deposit = nullptr;
        if (!linkedId.isEmpty() && !claimed.contains(linkedId))
            deposit = deposits.value(linkedId);
        for (const DocumentFacts *candidate : depositsByKey.value(payout.erpKey)) {
            if (!deposit && !claimed.contains(candidate->id) && !isGone(candidate->status))
                deposit = candidate;
        }

        ReconciliationFinding finding;
        finding.object = u"payout"_s;
        finding.rule = rule->id;
        finding.key = payout.erpKey.isEmpty() ? payout.recordId : payout.erpKey;
        finding.storeId = payout.recordId;
        finding.storeAmount = payout.deposit.amount();
        finding.currency = payout.deposit.currency().code();
        const QString what =
            Text::tr("Payout %1 of %2 (payments %3 − refunds %4 − fees %5 = %6)")
                .arg(payout.recordId,
                     payout.date.isValid() ? payout.date.toString(u"yyyy-MM-dd"_s)
                                           : Text::tr("an unknown date"),
                     money(payout.payments), money(payout.refunds), money(payout.fees), money(payout.net));

        // The gateway's own figures first: a deposit its movements do not come to is not the books'
        // doing, and no deposit is written for it (the sync refuses it).
        if (!payout.unsettled.isEmpty()) {
            finding.cause = payout.oneMovement ? MismatchCause::MissingRecord : MismatchCause::Unknown;
            finding.difference = payout.deposit.minus(payout.net).value_or(payout.deposit).amount();
            finding.evidence = Text::tr("%1 does not add up to the deposit %2: %3.")
                                   .arg(what, money(payout.deposit), payout.unsettled);
            if (deposit) {
                finding.erpId = deposit->id;
                finding.erpAmount = deposit->total.amount();
            }
            finding.repair =
                reviewOf(*rule, u"store"_s, payout.recordId, deposit ? deposit->id : QString(),
                         Text::tr("ask the payment gateway which movement the payout %1 is missing")
                             .arg(payout.recordId));
            ++tally.differences;
            findings.append(finding);
            continue;
        }
        if (!deposit || isGone(deposit->status)) {
            QString why;
            if (deposit) {
                why = Text::tr("Its %1 %2 is %3 in the ERP.").arg(erpWord, deposit->label(), deposit->status);
                finding.erpId = deposit->id;
            } else if (!linkedId.isEmpty()) {
                why =
                    Text::tr("It was written to %1 %2, which the ERP no longer has.").arg(erpWord, linkedId);
                finding.erpId = linkedId;
            } else if (const QString letter = deadLetter(rule->id, payout.recordId); !letter.isEmpty()) {
                why = Text::tr("The sync could not write it; its dead letter says: %1").arg(letter);
            } else {
                why = Text::tr("LedgerLink never wrote it (no cross-reference) and no %1 of the ERP carries "
                               "\"%2\".")
                          .arg(erpWord, payout.erpKey);
            }
            finding.missing = true;
            finding.cause = MismatchCause::MissingRecord;
            finding.difference = payout.deposit.amount();
            finding.evidence = Text::tr("%1 has no deposit in the ERP. %2").arg(what, why);
            finding.repair =
                repairOf(*rule, u"create"_s, payout.recordId, finding.erpId, payout.storeKey,
                         Text::tr("write the payout to the ERP as a bank deposit with its fees"));
            markDeadLetter(finding.repair, rule->id, payout.recordId);
            ++tally.missing;
            findings.append(finding);
            continue;
        }
        claimed.insert(deposit->id);
        finding.erpId = deposit->id;
        finding.erpAmount = deposit->total.amount();
        if (deposit->total.currency() != payout.deposit.currency()) {
            finding.cause = MismatchCause::CurrencyRate;
            finding.evidence = Text::tr("%1: the %2 %3 is in %4, the payout in %5.")
                                   .arg(what, erpWord, deposit->label(), deposit->total.currency().code(),
                                        payout.deposit.currency().code());
            finding.repair =
                reviewOf(*rule, u"erp"_s, payout.recordId, deposit->id,
                         Text::tr("check the currency of the bank account the payout is paid into"));
            ++tally.differences;
            findings.append(finding);
            continue;
        }
        const Money difference = payout.deposit.minus(deposit->total).value_or(payout.deposit);
        if (difference.isZero()) {
            ++tally.matched;
            continue;
        }
        finding.difference = difference.amount();
        QString evidence = Text::tr("%1; the bank received %2, the ERP's %3 %4 says %5: %6.")
                               .arg(what, money(payout.deposit), erpWord, deposit->label(),
                                    money(deposit->total), signedMoney(difference));
        const QDateTime synced = lastSynced(rule->id, payout.recordId, true);
        if (!error.isEmpty())
            return;
        if (synced.isValid() && deposit->updatedAt > synced) {
            finding.cause = MismatchCause::EditedAfterSync;
            evidence += u' '
                + Text::tr("The ERP's deposit changed %1, after LedgerLink last wrote it %2.")
                      .arg(timeText(deposit->updatedAt), timeText(synced));
        } else if (difference == payout.fees || difference == -payout.fees) {
            finding.cause = MismatchCause::Unknown;
            evidence += u' '
                + Text::tr("The difference is exactly the fees %1: the deposit was booked gross or "
                           "the fee line is missing.")
                      .arg(money(payout.fees));
        } else {
            finding.cause = MismatchCause::Unknown;
            evidence += u' '
                + Text::tr("%1 is not explained by an edit after the sync.").arg(signedMoney(difference));
        }
        finding.evidence = evidence;
        finding.repair = repairOf(*rule, u"update"_s, payout.recordId, deposit->id, payout.storeKey,
                                  Text::tr("write the payout's deposit to the ERP again"));
        ++tally.differences;
        findings.append(finding);
    }
    step(0, tally.compared);
}

// ---- run ---------------------------------------------------------------------------------------------

void Reconciler::Private::reset(const ReconcileOptions &passOptions, RunProgress *passProgress)
{
    options = passOptions;
    options.pageSize = std::max(1, passOptions.pageSize);
    progress = passProgress;
    stopped = false;
    error.clear();
    findings.clear();
    orders.clear();
    ordersRead = false;
    inventoryItemSkus.clear();
    storeCatalogRead = false;
    deadLetters.clear();
    deadLetterIds.clear();
    source = nullptr;
    countReads = true;
    sourceOrderTimes.reset();
    orderMapper.reset();
    refundMapper.reset();
    mappersMade = false;
}

namespace {

/// The currency a connector reads amounts in when a record names none, learned while reading
/// (the only connectors that keep one).
QString defaultCurrencyOf(const Connectors::Connector &connector)
{
    if (const auto *shopify = dynamic_cast<const Connectors::ShopifyConnector *>(&connector))
        return shopify->shopCurrency().isValid() ? shopify->shopCurrency().code() : QString();
    if (const auto *xero = dynamic_cast<const Connectors::XeroConnector *>(&connector))
        return xero->homeCurrency().isValid() ? xero->homeCurrency().code() : QString();
    return {};
}

/// Sets it ("": none known, as before the connector read anything).
void setDefaultCurrency(Connectors::Connector &connector, const QString &code)
{
    const Currency currency = Currency::fromCode(code).value_or(Currency());
    if (auto *shopify = dynamic_cast<Connectors::ShopifyConnector *>(&connector))
        shopify->setShopCurrency(currency);
    else if (auto *xero = dynamic_cast<Connectors::XeroConnector *>(&connector))
        xero->setHomeCurrency(currency);
}

} // namespace

QList<std::pair<bool, QString>> Reconciler::Private::plannedReads(QHash<QString, QDateTime> *since) const
{
    // The reads of reconcileOrders/Refunds/Prices/Stock, in their order, without comparing.
    QList<std::pair<bool, QString>> reads;
    const auto read = [&](bool erp, const QString &object, const QDateTime &from) {
        const std::pair<bool, QString> entry{erp, object};
        const QString key = (erp ? u"erp/"_s : u"store/"_s) + object;
        if (!reads.contains(entry)) {
            reads.append(entry);
            since->insert(key, from);
        } else if (since->value(key) != from) {
            since->insert(key, QDateTime()); // needed in full as well: read in full
        }
    };
    const auto usable = [this](const Mapping::ObjectRule *rule) {
        return rule && storeSide->capabilities().readable.contains(rule->storeObject)
            && erpSide->capabilities().readable.contains(rule->erpObject);
    };
    const QList<ReconcileObject> objects =
        options.objects.isEmpty() ? allReconcileObjects() : options.objects;
    bool ordersPlanned = false;
    bool catalogPlanned = false;
    const auto planOrders = [&] {
        ordersPlanned = true;
        const Mapping::ObjectRule *rule = ruleFor(ReconcileObject::Orders);
        if (!usable(rule))
            return;
        read(false, rule->storeObject, options.since);
        read(true, rule->erpObject, {});
    };
    const auto planCatalog = [&](const Mapping::ObjectRule *rule) {
        const QString object = rule ? rule->storeObject : u"product"_s;
        if (!storeSide->capabilities().readable.contains(object))
            return;
        catalogPlanned = true;
        read(false, object, {});
    };
    for (const ReconcileObject object : allReconcileObjects()) {
        if (!objects.contains(object))
            continue;
        const Mapping::ObjectRule *rule = ruleFor(object);
        switch (object) {
        case ReconcileObject::Orders:
            planOrders();
            break;
        case ReconcileObject::Refunds:
            if (!usable(rule))
                break;
            if (!ordersPlanned)
                planOrders();
            read(false, rule->storeObject, options.since);
            read(true, rule->erpObject, {});
            break;
        case ReconcileObject::Prices:
            if (!usable(rule))
                break;
            planCatalog(rule);
            read(true, rule->erpObject, {});
            break;
        case ReconcileObject::Stock:
            if (!usable(rule))
                break;
            read(true, rule->erpObject, {});
            if (rule->storeObject == u"inventory_level"_s && !catalogPlanned)
                planCatalog(ruleFor(ReconcileObject::Prices));
            read(false, rule->storeObject, {});
            break;
        case ReconcileObject::Payouts:
            if (!usable(rule))
                break;
            read(false, rule->storeObject, options.since);
            read(true, rule->erpObject, {});
            break;
        }
    }
    return reads;
}

ReconcileFetch Reconciler::fetch(const ReconcileOptions &options, RunProgress *progress)
{
    ReconcileFetch outcome;
    Private &p = *d;
    p.reset(options, progress);
    if (!p.storeSide || !p.erpSide) {
        outcome.error = Text::tr("the reconciler is not open");
        return outcome;
    }
    ReconcileSnapshot snapshot;
    const int requestsBefore = p.storeClient->sentTotal() + p.erpClient->sentTotal();
    QHash<QString, QDateTime> since;
    for (const auto &[erp, object] : p.plannedReads(&since)) {
        const QDateTime from = since.value((erp ? u"erp/"_s : u"store/"_s) + object);
        // An object with no record is still one the pass read.
        ReconcileSnapshot::Records &into = (erp ? snapshot.erp : snapshot.store)[object];
        into.since = from;
        // Normalised as read: the snapshot keeps the facts, each page's records are dropped.
        if (!p.readPages(
                erp, object, from,
                // Init-captures: clang 14 cannot capture structured bindings directly.
                [&p, isErp = erp, &name = object, &into](const QList<Connectors::VendorRecord> &records) {
                    p.normalise(isErp, name, records, into);
                }))
            break;
    }
    p.splitOrderRecords.clear();
    snapshot.requests = p.storeClient->sentTotal() + p.erpClient->sentTotal() - requestsBefore;
    if (!p.error.isEmpty() || p.stopped) {
        outcome.error = p.error;
        outcome.cancelled = p.stopped && p.error.isEmpty();
        return outcome;
    }
    snapshot.storeCurrency = defaultCurrencyOf(*p.storeSide);
    snapshot.erpCurrency = defaultCurrencyOf(*p.erpSide);
    snapshot.fetched = p.store.now();
    outcome.snapshot = std::move(snapshot);
    return outcome;
}

void Reconciler::addToSnapshot(ReconcileSnapshot &snapshot, bool erp, const QString &object,
                               const QList<Connectors::VendorRecord> &records, const QDateTime &since)
{
    Private &p = *d;
    // The snapshot's currencies, where it has them, for these records only (as run() lends them).
    const QString storeCurrency = defaultCurrencyOf(*p.storeSide);
    const QString erpCurrency = defaultCurrencyOf(*p.erpSide);
    const auto restore = qScopeGuard([&p, &snapshot, storeCurrency, erpCurrency] {
        if (!snapshot.storeCurrency.isEmpty())
            setDefaultCurrency(*p.storeSide, storeCurrency);
        if (!snapshot.erpCurrency.isEmpty())
            setDefaultCurrency(*p.erpSide, erpCurrency);
    });
    if (!snapshot.storeCurrency.isEmpty())
        setDefaultCurrency(*p.storeSide, snapshot.storeCurrency);
    if (!snapshot.erpCurrency.isEmpty())
        setDefaultCurrency(*p.erpSide, snapshot.erpCurrency);
    ReconcileSnapshot::Records &into = (erp ? snapshot.erp : snapshot.store)[object];
    into.since = since;
    p.normalise(erp, object, records, into);
}

Connectors::Connector &Reconciler::storeConnector()
{
    return *d->storeSide;
}

Connectors::Connector &Reconciler::erpConnector()
{
    return *d->erpSide;
}

ReconcileOutcome Reconciler::run(const ReconcileOptions &options, RunProgress *progress,
                                 const ReconcileSnapshot *snapshot)
{
    ReconcileOutcome outcome;
    Private &p = *d;
    p.reset(options, progress);
    if (!p.storeSide || !p.erpSide) {
        outcome.error = Text::tr("the reconciler is not open");
        return outcome;
    }
    const int requestsBefore = p.storeClient->sentTotal() + p.erpClient->sentTotal();
    ReconcileReport report;
    report.started = p.store.now();
    Store::RunRepository runs(p.store);
    auto run = runs.startRun(Store::RunKind::Reconcile, p.config.connectionPair);
    if (!run) {
        outcome.error = run.error().message;
        return outcome;
    }
    report.runId = run.value().id;
    // A live pass reads first, exactly as fetch() does, then compares what it read: the
    // comparisons point into the facts instead of copying them.
    std::optional<ReconcileSnapshot> fetched;
    if (!snapshot)
        fetched = fetch(options, progress).snapshot; // on failure p.error or p.stopped says why
    p.source = snapshot ? snapshot : (fetched ? &*fetched : nullptr);
    p.countReads = snapshot != nullptr; // a live pass counted its reads as it made them
    // The snapshot's currencies for its pass only: a later live pass learns them as it reads.
    const QString storeCurrency = defaultCurrencyOf(*p.storeSide);
    const QString erpCurrency = defaultCurrencyOf(*p.erpSide);
    const auto stopReplaying = qScopeGuard([&p, snapshot, storeCurrency, erpCurrency] {
        p.source = nullptr;
        if (snapshot) {
            setDefaultCurrency(*p.storeSide, storeCurrency);
            setDefaultCurrency(*p.erpSide, erpCurrency);
        }
    });
    if (snapshot) {
        if (!snapshot->storeCurrency.isEmpty())
            setDefaultCurrency(*p.storeSide, snapshot->storeCurrency);
        if (!snapshot->erpCurrency.isEmpty())
            setDefaultCurrency(*p.erpSide, snapshot->erpCurrency);
    }

    report.workspaceDir = p.config.dir;
    report.connectionPair = p.config.connectionPair;
    report.storeName = p.config.mapping.store.system;
    report.erpName = p.config.mapping.erp.system;
    report.since = options.since;
    report.mode = options.mode;

    if (!p.source) {
        // The reads failed or were stopped (p.error, p.stopped): stored as such below.
    } else if (auto letters = Store::DeadLetterRepository(p.store).list(); letters) {
        // Newest first: the first one of a record is its latest.
        for (const Store::DeadLetter &letter : letters.value()) {
            const QString key = letter.objectType + u'/' + letter.objectId;
            if (!p.deadLetters.contains(key)) {
                p.deadLetters.insert(key, letter.error);
                if (!letter.replayed)
                    p.deadLetterIds.insert(key, letter.id);
            }
        }
    }

    const QList<ReconcileObject> objects =
        options.objects.isEmpty() ? allReconcileObjects() : options.objects;
    for (const ReconcileObject object : allReconcileObjects()) {
        if (!p.source || !objects.contains(object))
            continue;
        ReconcileTally tally;
        tally.object = object;
        switch (object) {
        case ReconcileObject::Orders:
            p.reconcileOrders(tally, true);
            break;
        case ReconcileObject::Refunds:
            p.reconcileRefunds(tally);
            break;
        case ReconcileObject::Prices:
            p.reconcilePrices(tally);
            break;
        case ReconcileObject::Stock:
            p.reconcileStock(tally);
            break;
        case ReconcileObject::Payouts:
            p.reconcilePayouts(tally);
            break;
        }
        report.tallies.append(tally);
        if (!p.error.isEmpty() || p.stopped)
            break;
    }
    report.requests = p.storeClient->sentTotal() + p.erpClient->sentTotal() - requestsBefore;
    report.finished = p.store.now();

    if (!p.error.isEmpty() || p.stopped) {
        report.findings.clear();
        const QJsonObject counts = p.stopped ? report.runJson() : QJsonObject{{u"error"_s, p.error}};
        (void)runs.finishRun(report.runId, p.stopped ? Store::RunStatus::Cancelled : Store::RunStatus::Failed,
                             counts);
        outcome.error = p.error;
        outcome.cancelled = p.stopped && p.error.isEmpty();
        return outcome;
    }
    report.findings = p.findings;
    if (options.mode == ReconcileMode::Repair) {
        // The repairs are enqueued before the findings are stored, so that each stored finding
        // says what became of its repair.
        QString why;
        if (!Repair::enqueue(p.config, p.store, report.runId, report.findings, report.repairs, &why)) {
            (void)runs.finishRun(report.runId, Store::RunStatus::Failed, {{u"error"_s, why}});
            outcome.error = why;
            return outcome;
        }
    }
    QList<Store::ReconciliationResult> results;
    for (const ReconciliationFinding &finding : std::as_const(report.findings))
        results.append(finding.toResult(report.runId));
    if (auto added = Store::ReconciliationRepository(p.store).add(results); !added) {
        (void)runs.finishRun(report.runId, Store::RunStatus::Failed, {{u"error"_s, added.error().message}});
        outcome.error = added.error().message;
        return outcome;
    }
    if (options.mode == ReconcileMode::Repair && options.runRepairs && report.repairs.enqueued > 0)
        Repair::runQueue(p.config, p.store, progress, report.repairs);
    else if (options.mode == ReconcileMode::Repair && report.repairs.enqueued > 0)
        report.repairs.note = Text::tr("the repairs wait in the queue: \"ledgerlink-cli run\" (or the engine "
                                       "running this workspace) carries them out");
    if (auto finished = runs.finishRun(report.runId, Store::RunStatus::Succeeded, report.runJson());
        !finished) {
        outcome.error = finished.error().message;
        return outcome;
    }
    outcome.report = report;
    return outcome;
}

ReconcileOutcome reconcileWorkspace(const QString &workspace, const ReconcileOptions &options,
                                    RunProgress *progress,
                                    const std::function<bool(WorkspaceConfig &, QString *)> &credentials,
                                    QString *note, const std::optional<Store::StoreLocation> &state)
{
    ReconcileOutcome outcome;
    WorkspacePass pass(
        workspace, state, credentials,
        Text::tr("No sandbox was serving %1; started one for this pass.").arg(workspace),
        Text::tr("%1: this workspace's credentials are needed for a reconciliation").arg(workspace), note);
    if (!pass.config()) {
        outcome.error = pass.error();
        return outcome;
    }
    QString error;
    Reconciler reconciler(*pass.config(), pass.store());
    if (!reconciler.open(&error)) {
        outcome.error = error;
        return outcome;
    }
    return reconciler.run(options, progress);
}

} // namespace LedgerLink::Engine
