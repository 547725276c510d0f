#include "engine/dryrun.h"

#include "engine/workspace.h"
#include "model/customer.h"
#include "model/order.h"
#include "store/crossreferencerepository.h"
#include "store/runrepository.h"
#include "store/statestore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine {
namespace {

using Model::Currency;
using Model::Customer;
using Model::Money;
using Model::Order;
using Model::RoundingMode;

const QString seedResource = u":/ledgerlink/sandbox/shop-seed.json"_s;
const QString connectionPair = u"sandbox-shop:sandbox-books"_s;
const QString storeToErp = u"store→erp"_s;

/// User-facing text of this file, translated in the context "LedgerLink::Engine::DryRun".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Engine::DryRun)
};

struct Seed
{
    QList<Customer> customers;
    QList<Order> orders;
};

std::optional<Seed> loadSeed(QString *error)
{
    QFile file(seedResource);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("the sandbox seed data %1 is missing from this build").arg(seedResource);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = Text::tr("%1 is not valid JSON (%2 at offset %3)")
                     .arg(seedResource, parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    Seed seed;
    const QJsonArray customers = document.object().value(u"customers"_s).toArray();
    for (qsizetype i = 0; i < customers.size(); ++i) {
        QString why;
        auto customer = Customer::fromJson(customers.at(i).toObject(), &why);
        if (!customer) {
            *error = Text::tr("%1: customers[%2].%3").arg(seedResource).arg(i).arg(why);
            return std::nullopt;
        }
        seed.customers.append(std::move(*customer));
    }
    const QJsonArray orders = document.object().value(u"orders"_s).toArray();
    for (qsizetype i = 0; i < orders.size(); ++i) {
        QString why;
        auto order = Order::fromJson(orders.at(i).toObject(), &why);
        if (!order) {
            *error = Text::tr("%1: orders[%2].%3").arg(seedResource).arg(i).arg(why);
            return std::nullopt;
        }
        seed.orders.append(std::move(*order));
    }
    return seed;
}

QString fullName(const Customer &customer)
{
    QString name = QStringList{customer.firstName, customer.lastName}.join(u' ').trimmed();
    if (!customer.company.isEmpty())
        name += name.isEmpty() ? customer.company : u" ("_s + customer.company + u')';
    return name;
}

/// `a` + `b` where both must be in `currency`; a mismatch is reported, never converted.
bool accumulate(Money &sum, const Money &amount, const QString &what, QStringList &reasons)
{
    if (!amount.isValid())
        return true; // absent amounts count as zero
    const auto added = sum.plus(amount);
    if (!added) {
        reasons.append(Text::tr("%1 is in %2 but the order is in %3; amounts are never converted silently")
                           .arg(what, amount.currency().code(), sum.currency().code()));
        return false;
    }
    sum = *added;
    return true;
}

/// The order's own arithmetic, checked to the cent: each line, the subtotal and the total.
/// Tax is passed through, never recomputed: it only enters the total when prices exclude it.
QStringList validateOrder(const Order &order)
{
    QStringList reasons;
    if (!order.customer
        || (order.customer->email.trimmed().isEmpty() && order.customer->externalId.isEmpty()))
        reasons.append(
            Text::tr("the customer has no email address; customers are matched by email or external id, "
                     "never by name"));

    const Currency currency = order.currency;
    Money lineSum = Money::zero(currency);
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const Model::OrderLine &line = order.lines.at(i);
        const QString label = Text::tr("line %1 (%2)").arg(i + 1).arg(line.title);
        if (line.sku.trimmed().isEmpty())
            reasons.append(Text::tr("%1 has no SKU; products are matched by SKU").arg(label));
        if (line.unitPrice.isValid() && line.unitPrice.currency() != currency) {
            reasons.append(Text::tr("%1 is priced in %2 but the order is in %3")
                               .arg(label, line.unitPrice.currency().code(), currency.code()));
            continue;
        }
        Money expected = line.unitPrice.isValid()
            ? line.unitPrice.times(line.quantity, RoundingMode::HalfEven)
            : Money::zero(currency);
        accumulate(expected, line.discount.isValid() ? line.discount.negated() : Money(), label, reasons);
        if (line.total.isValid() && line.total != expected) {
            const auto difference = line.total.minus(expected);
            reasons.append(Text::tr("%1: total %2 but %3 × %4 − discount is %5 (%6 difference)")
                               .arg(label, line.total.toString(), line.quantity.toString(),
                                    line.unitPrice.toString(), expected.toString(),
                                    difference ? difference->toString() : QString()));
        }
        accumulate(lineSum, line.total.isValid() ? line.total : expected, label, reasons);
    }

    if (order.subtotal.isValid() && order.subtotal != lineSum) {
        const auto difference = order.subtotal.minus(lineSum);
        reasons.append(Text::tr("subtotal %1 differs from the sum of its lines, %2, by %3")
                           .arg(order.subtotal.toString(), lineSum.toString(),
                                difference ? difference->toString() : QString()));
    }

    Money expectedTotal = order.subtotal.isValid() ? order.subtotal : lineSum;
    accumulate(expectedTotal, order.discountTotal.isValid() ? order.discountTotal.negated() : Money(),
               Text::tr("the discount total"), reasons);
    accumulate(expectedTotal, order.shippingTotal, Text::tr("the shipping total"), reasons);
    if (!order.taxesIncluded)
        accumulate(expectedTotal, order.taxTotal, Text::tr("the tax total"), reasons);
    if (order.total.isValid() && order.total != expectedTotal) {
        const auto difference = order.total.minus(expectedTotal);
        reasons.append(Text::tr("total %1 but subtotal − discounts + shipping%2 is %3 (%4 difference)")
                           .arg(order.total.toString(), order.taxesIncluded ? QString() : Text::tr(" + tax"),
                                expectedTotal.toString(), difference ? difference->toString() : QString()));
    }
    return reasons;
}

QString orderSummary(const Order &order)
{
    return Text::tr("%n line(s), %1", nullptr, int(order.lines.size()))
        .arg(order.total.isValid() ? order.total.toString() : Text::tr("no total"));
}

/// Plans one record: blocked when invalid, otherwise create or skip after the cross-reference.
Store::StoreResult<PlannedChange> plan(Store::CrossReferenceRepository &xrefs, PlannedChange change)
{
    if (!change.reasons.isEmpty()) {
        change.action = PlanAction::Blocked;
        return change;
    }
    auto linked = xrefs.findByStoreId(connectionPair, change.objectType, change.sourceId);
    if (!linked)
        return linked.error();
    if (linked.value()) {
        change.action = PlanAction::Skip;
        change.targetId = linked.value()->erpId;
    } else {
        change.action = PlanAction::Create;
    }
    return change;
}

} // namespace

int DryRunReport::count(PlanAction action) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [action](const PlannedChange &change) { return change.action == action; }));
}

DryRunOutcome runSandboxDryRun(const DryRunOptions &options, RunProgress *progress)
{
    DryRunOutcome outcome;
    const auto cancelled = [progress] {
        return progress && progress->cancelRequested.load();
    };

    QString error;
    const std::optional<Seed> seed = loadSeed(&error);
    if (!seed) {
        outcome.error = error;
        return outcome;
    }
    if (progress)
        progress->total = int(seed->customers.size() + seed->orders.size());

    if (!QDir().mkpath(options.workspaceDir)) {
        outcome.error = Text::tr("cannot create the workspace folder %1").arg(options.workspaceDir);
        return outcome;
    }
    Store::StateStore store(Store::StoreLocation::sqlite(stateFilePath(options.workspaceDir)));
    if (auto opened = store.open(); !opened) {
        outcome.error = opened.error().message;
        return outcome;
    }
    Store::CrossReferenceRepository xrefs(store);

    DryRunReport report;
    report.workspaceDir = options.workspaceDir;
    report.source = Text::tr("the sandbox shop's seed data (%1 customers, %2 orders), planned against the "
                             "workspace's cross-reference")
                        .arg(seed->customers.size())
                        .arg(seed->orders.size());
    report.notes.append(Text::tr("The sandbox store and books services are not available in this build yet: "
                                 "records come from the bundled seed data, and records already linked are "
                                 "reported as skip without a field-level comparison."));
    report.notes.append(Text::tr("Nothing was written to either system."));

    const auto step = [&](PlannedChange change) -> bool {
        auto planned = plan(xrefs, std::move(change));
        if (!planned) {
            outcome.error = planned.error().message;
            return false;
        }
        report.changes.append(std::move(planned).value());
        if (progress)
            ++progress->done;
        return true;
    };

    QSet<QString> plannedEmails;
    for (const Customer &customer : seed->customers) {
        if (cancelled()) {
            outcome.cancelled = true;
            return outcome;
        }
        PlannedChange change;
        change.objectType = u"customer"_s;
        change.direction = storeToErp;
        change.sourceId = customer.id;
        change.matchKey = customer.email.trimmed().toLower();
        change.summary = fullName(customer);
        change.after = customer.toJson();
        if (change.matchKey.isEmpty() && customer.externalId.isEmpty())
            change.reasons.append(Text::tr("no email address or external id to match the customer by"));
        plannedEmails.insert(change.matchKey);
        if (!step(std::move(change)))
            return outcome;
    }
    for (const Order &order : seed->orders) {
        if (cancelled()) {
            outcome.cancelled = true;
            return outcome;
        }
        PlannedChange change;
        change.objectType = u"order"_s;
        change.direction = storeToErp;
        change.sourceId = order.id;
        change.matchKey = order.number.isEmpty() ? order.id : order.number;
        change.summary = orderSummary(order);
        change.after = order.toJson();
        change.reasons = validateOrder(order);
        if (!step(std::move(change)))
            return outcome;
    }
    if (cancelled()) {
        outcome.cancelled = true;
        return outcome;
    }

    // Store the plan as one dry-run run: the run row, all its plan items, then its counts.
    Store::RunRepository runs(store);
    auto run = runs.startRun(Store::RunKind::DryRun, connectionPair);
    if (!run) {
        outcome.error = run.error().message;
        return outcome;
    }
    QList<Store::PlanItem> items;
    QJsonObject counts;
    for (const PlannedChange &change : std::as_const(report.changes)) {
        Store::PlanItem item;
        item.objectType = change.objectType;
        item.objectId = change.sourceId;
        item.action = change.action;
        item.matchKey = change.matchKey;
        item.after = change.after;
        if (!change.reasons.isEmpty())
            item.diff = QJsonObject{{u"reasons"_s, QJsonArray::fromStringList(change.reasons)}};
        items.append(item);
        const QString name = Store::nameOf(change.action);
        counts[name] = counts.value(name).toInt() + 1;
    }
    if (auto added = runs.addPlanItems(run.value().id, items); !added) {
        (void)runs.finishRun(run.value().id, Store::RunStatus::Failed, {});
        outcome.error = added.error().message;
        return outcome;
    }
    if (auto finished = runs.finishRun(run.value().id, Store::RunStatus::Succeeded, counts); !finished) {
        outcome.error = finished.error().message;
        return outcome;
    }
    report.runId = QString::number(run.value().id);
    outcome.report = std::move(report);
    return outcome;
}

QString formatReport(const DryRunReport &report)
{
    QString text;
    text += Text::tr("LedgerLink dry run %1 — workspace %2\n").arg(report.runId, report.workspaceDir);
    text += Text::tr("Source: %1\n\n").arg(report.source);

    const QStringList header{Text::tr("OBJECT"), Text::tr("ACTION"), Text::tr("KEY"), Text::tr("SUMMARY")};
    QList<QStringList> rows;
    for (const PlannedChange &change : report.changes)
        rows.append({change.objectType, Store::nameOf(change.action), change.matchKey, change.summary});
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : QList<QStringList>{header} + rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    const auto line = [&widths](const QStringList &row) -> QString {
        QString out;
        for (qsizetype c = 0; c < row.size(); ++c)
            out += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
        return out + u'\n';
    };
    text += line(header);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        text += line(rows.at(r));
        for (const QString &reason : report.changes.at(r).reasons)
            text += u"    ✗ "_s + reason + u'\n';
    }
    text += u'\n';
    text += Text::tr("%n change(s): ", nullptr, int(report.changes.size()));
    text += Text::tr("%1 create, %2 update, %3 skip, %4 conflict, %5 blocked\n")
                .arg(report.count(PlanAction::Create))
                .arg(report.count(PlanAction::Update))
                .arg(report.count(PlanAction::Skip))
                .arg(report.count(PlanAction::Conflict))
                .arg(report.count(PlanAction::Blocked));
    for (const QString &note : report.notes)
        text += Text::tr("Note: %1\n").arg(note);
    text += Text::tr("The plan is stored in %1 as run %2.\n")
                .arg(stateFilePath(report.workspaceDir), report.runId);
    return text;
}

} // namespace LedgerLink::Engine
