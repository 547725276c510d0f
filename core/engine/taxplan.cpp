#include "engine/taxplan.h"

#include "connectors/connector.h"
#include "engine/workspaceconfig.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include <array>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Engine::TaxPlan)
};

using Model::Money;
using MoneyRules::Cause;
using MoneyRules::MoneyDifference;
using MoneyRules::TaxRule;

QString causeText(Cause cause)
{
    switch (cause) {
    case Cause::TaxRounding:
        return Text::tr("tax rounding");
    case Cause::CurrencyRate:
        return Text::tr("currency rate");
    case Cause::DiscountAllocation:
        return Text::tr("discount allocation");
    case Cause::Shipping:
        return Text::tr("shipping");
    case Cause::RefundNotCredited:
        return Text::tr("refund not credited");
    case Cause::MissingRecord:
        return Text::tr("missing record");
    case Cause::Unknown:
        break;
    }
    return Text::tr("cause unknown");
}

/// Σ of the tax amounts the store reported on a line, in `currency`.
Money reportedTax(const QList<Model::TaxLine> &taxes, const Model::Currency &currency)
{
    Money sum = Money::zero(currency);
    for (const Model::TaxLine &tax : taxes) {
        if (tax.amount.isValid())
            sum = sum.plus(tax.amount).value_or(sum);
    }
    return sum;
}

/// `from` less `amount`, when both are valid amounts of one currency; `from` otherwise.
Money less(const Money &from, const Money &amount)
{
    if (!from.isValid() || !amount.isValid())
        return from;
    return from.minus(amount).value_or(from);
}

/**
 * How the store came to charge `charged` as the order's tax: what the standard rounding rules
 * under which the order's rates give it have in common ("on the total", "per line, half-even",
 * "rounded half-even"); empty when none does, or nothing is common.
 */
QString storeRounding(const Model::Order &order, const Money &charged)
{
    constexpr std::array<std::pair<Mapping::RoundingScope, Model::RoundingMode>, 4> rules{{
        {Mapping::RoundingScope::PerLine, Model::RoundingMode::HalfUp},
        {Mapping::RoundingScope::PerLine, Model::RoundingMode::HalfEven},
        {Mapping::RoundingScope::PerDocument, Model::RoundingMode::HalfUp},
        {Mapping::RoundingScope::PerDocument, Model::RoundingMode::HalfEven},
    }};
    QList<TaxRule> matching;
    for (const auto &[scope, mode] : rules) {
        const TaxRule rule{scope, mode};
        const auto built = MoneyRules::buildTaxDocument(order, rule);
        if (built && built->taxTotal == charged)
            matching.append(rule);
    }
    if (matching.size() == 1)
        return matching.first().text();
    if (matching.size() != 2)
        return {};
    if (matching.at(0).scope == matching.at(1).scope)
        return matching.first().scope == Mapping::RoundingScope::PerLine ? Text::tr("per line")
                                                                         : Text::tr("on the total");
    if (matching.at(0).mode == matching.at(1).mode)
        return matching.first().mode == Model::RoundingMode::HalfUp ? Text::tr("rounded half-up")
                                                                    : Text::tr("rounded half-even");
    return {};
}

/// "line 2", "shipping 1" for a difference's field ("lines[1].tax"); empty for another field.
QString lineLabel(const QString &field)
{
    if (!field.endsWith(u".tax"_s))
        return {};
    const auto index = [&field](qsizetype open) {
        return QString::number(field.mid(open + 1, field.indexOf(u']') - open - 1).toInt() + 1);
    };
    if (field.startsWith(u"lines["_s))
        return Text::tr("line %1").arg(index(field.indexOf(u'[')));
    if (field.startsWith(u"shipping_lines["_s))
        return Text::tr("shipping %1").arg(index(field.indexOf(u'[')));
    return {};
}

QString roundingTextOf(const QString &setting)
{
    return setting.trimmed().toLower();
}

} // namespace

std::optional<MoneyRules::TargetTaxBehaviour> targetTaxBehaviour(const QString &system,
                                                                 const QString &taxRounding)
{
    const QString setting = roundingTextOf(taxRounding);
    std::optional<Mapping::RoundingScope> scope;
    if (setting == u"line"_s || setting == u"per_line"_s)
        scope = Mapping::RoundingScope::PerLine;
    else if (setting == u"document"_s || setting == u"per_document"_s)
        scope = Mapping::RoundingScope::PerDocument;
    const QString id = system.toLower();
    // Xero rejects a supplied tax amount that differs from its own computation: it computes.
    if (id == u"xero"_s)
        return MoneyRules::TargetTaxBehaviour::xero(scope.value_or(Mapping::RoundingScope::PerLine));
    // Tryton computes a sale's (and its invoice's) taxes from the taxes of its lines.
    if (id == u"tryton"_s)
        return MoneyRules::TargetTaxBehaviour::tryton(scope.value_or(Mapping::RoundingScope::PerDocument));
    return std::nullopt;
}

std::optional<MoneyRules::TargetTaxBehaviour> targetTaxBehaviour(const WorkspaceConfig &config)
{
    QString rounding;
    // connections.json is read by loadWorkspaceConfig(); "tax_rounding" is a setting of the ERP
    // side only this question needs, so it is read here rather than carried in ConnectorConfig.
    if (!config.sandbox) {
        QFile file(connectionsFilePath(config.dir));
        if (file.open(QIODevice::ReadOnly)) {
            rounding = QJsonDocument::fromJson(file.readAll())
                           .object()
                           .value(u"erp"_s)
                           .toObject()
                           .value(u"tax_rounding"_s)
                           .toString();
        }
    }
    return targetTaxBehaviour(config.erp.system, rounding);
}

Model::Order writtenPart(const Model::Order &order, qsizetype shippingLinesWritten)
{
    const qsizetype kept = qBound(qsizetype(0), shippingLinesWritten, order.shippingLines.size());
    if (kept == order.shippingLines.size())
        return order;
    Model::Order part = order;
    part.shippingLines = order.shippingLines.mid(0, kept);
    for (qsizetype i = kept; i < order.shippingLines.size(); ++i) {
        const Model::ShippingLine &line = order.shippingLines.at(i);
        const Money tax = reportedTax(line.taxLines, order.currency);
        const Money charged = less(line.price, line.discount);
        part.taxTotal = less(part.taxTotal, tax);
        part.total = less(part.total, order.taxesIncluded ? charged : charged.plus(tax).value_or(charged));
        part.shippingTotal = less(part.shippingTotal, charged);
        part.discountTotal = less(part.discountTotal, line.discount);
    }
    return part;
}

qsizetype shippingLinesWritten(const QString &system, const QJsonObject &payload, const Model::Order &order)
{
    const QString id = system.toLower();
    if (id == u"tryton"_s) {
        // TrytonOrderWriter: one line without product for "shipping.amount", when not zero.
        const QJsonValue amount = payload.value(u"shipping"_s).toObject().value(u"amount"_s);
        const std::optional<Model::Decimal> value = Model::Decimal::fromJson(amount);
        return value && !value->isZero() ? order.shippingLines.size() : 0;
    }
    // Xero: one LineItem per item line, then whatever the mapping adds (shipping lines).
    const qsizetype lines = payload.value(u"LineItems"_s).toArray().size();
    return qMax(qsizetype(0), lines - order.lines.size());
}

QStringList taxFlags(const Model::Order &order, const Mapping::Policies &policies,
                     const MoneyRules::TargetTaxBehaviour &target)
{
    const MoneyRules::MoneyResult<MoneyRules::TaxPlan> plan = MoneyRules::planTax(order, policies, target);
    if (!plan)
        return {
            Text::tr("the tax %1 will compute could not be predicted: %2").arg(target.system, plan.error())};
    if (!plan->targetResult)
        return {};
    const MoneyRules::TaxDocument &predicted = *plan->targetResult;
    // The target's result against what the store charged (planTax() also lists the store's own
    // totals against its lines; a store that rounds on the total is no news by itself).
    const QList<MoneyDifference> differences = MoneyRules::compareWithSource(order, predicted, target.system);
    if (differences.isEmpty())
        return {};
    const QString currency = order.currency.code();
    const QString rule = predicted.rule.text();

    QStringList lines; // "line 1: 0.03 instead of 0.02"
    const MoneyDifference *firstLine = nullptr;
    const MoneyDifference *taxTotal = nullptr;
    for (const MoneyDifference &d : differences) {
        if (const QString label = lineLabel(d.field); !label.isEmpty()) {
            lines.append(Text::tr("%1: %2 instead of %3")
                             .arg(label, d.target.amount().toString(), d.source.amount().toString()));
            if (!firstLine)
                firstLine = &d;
        } else if (d.field == u"tax_total"_s && !taxTotal) {
            taxTotal = &d;
        }
    }
    const QString details = lines.isEmpty() ? QString() : u" ("_s + lines.join(u"; "_s) + u')';

    QStringList flags;
    if (taxTotal) {
        const Money change = taxTotal->target.minus(taxTotal->source).value_or(Money());
        const QString how = storeRounding(order, taxTotal->source);
        const QString charged =
            taxTotal->source.amount().toString() + (how.isEmpty() ? QString() : u' ' + how);
        const QString by = change.abs().amount().toString();
        QString flag;
        if (order.taxesIncluded) {
            flag = change.signum() > 0
                ? Text::tr(
                    "%1 will compute %2 tax %3; the store charged %4: the invoice keeps its total of %5 "
                    "%6, with %7 %6 more tax and as much less net")
                : Text::tr(
                    "%1 will compute %2 tax %3; the store charged %4: the invoice keeps its total of %5 "
                    "%6, with %7 %6 less tax and as much more net");
            flag = flag.arg(target.system, taxTotal->target.amount().toString(), rule, charged,
                            predicted.total.amount().toString(), currency, by);
        } else {
            flag = change.signum() > 0
                ? Text::tr("%1 will compute %2 tax %3; the store charged %4: the invoice will be %5 %6 more")
                : Text::tr("%1 will compute %2 tax %3; the store charged %4: the invoice will be %5 %6 less");
            flag = flag.arg(target.system, taxTotal->target.amount().toString(), rule, charged, by, currency);
        }
        flags.append(flag + u" — "_s + causeText(taxTotal->cause) + details);
    } else if (firstLine) {
        flags.append(Text::tr("%1 will compute the lines' tax %2 otherwise than the store charged it%3; the "
                              "tax total stays %4 %5")
                         .arg(target.system, rule, details, predicted.taxTotal.amount().toString(), currency)
                     + u" — "_s + causeText(firstLine->cause));
    }

    // The total: its tax part is said above; what is left is another flag.
    bool taxPartSeen = false;
    for (const MoneyDifference &d : differences) {
        if (d.field == u"currency"_s) {
            flags.append(Text::tr("%1 will not take the order's amounts as they are: %2")
                             .arg(target.system, d.evidence)
                         + u" — "_s + causeText(d.cause));
            continue;
        }
        if (d.field != u"total"_s)
            continue;
        if (taxTotal && !order.taxesIncluded && !taxPartSeen
            && d.difference == taxTotal->source.minus(taxTotal->target).value_or(Money())) {
            taxPartSeen = true;
            continue;
        }
        const QString by = d.difference.abs().amount().toString();
        // d.difference is the store's less the target's: positive, the invoice comes to less.
        const QString flag = d.difference.signum() > 0
            ? Text::tr(
                "%1 will total the invoice %2 %3; the store charged %4 %3: the invoice will be %5 %3 less")
            : Text::tr(
                "%1 will total the invoice %2 %3; the store charged %4 %3: the invoice will be %5 %3 more");
        flags.append(
            flag.arg(target.system, d.target.amount().toString(), currency, d.source.amount().toString(), by)
            + u" — "_s + causeText(d.cause) + u" ("_s + d.evidence + u')');
    }
    return flags;
}

QStringList taxFlags(const Connectors::Connector &store, const Connectors::VendorRecord &record,
                     const QJsonObject &payload, const QString &targetSystem,
                     const Mapping::Policies &policies, const MoneyRules::TargetTaxBehaviour &target)
{
    QString why;
    const std::optional<QJsonObject> canonical = store.toCanonical(record, &why);
    std::optional<Model::Order> order;
    if (canonical)
        order = Model::Order::fromJson(*canonical, &why);
    if (!order) {
        return {
            Text::tr("the tax %1 will compute could not be predicted: the store's order %2 cannot be read "
                     "as an order: %3")
                .arg(target.system, record.matchKey.isEmpty() ? record.id : record.matchKey, why)};
    }
    return taxFlags(writtenPart(*order, shippingLinesWritten(targetSystem, payload, *order)), policies,
                    target);
}

} // namespace LedgerLink::Engine
