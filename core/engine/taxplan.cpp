#include "engine/taxplan.h"

#include "connectors/connector.h"
#include "engine/workspaceconfig.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include <QtCore/QSet>

#include <array>
#include <functional>

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

/**
 * An order read in its shop currency holds the store's conversions, amount by amount, of what it
 * computed in the order's own currency (`computed`). `computedDifferences`: the fields that differ
 * when the same prediction is made on `computed`; a field that differs only in the shop currency
 * differs because of those conversions (the currency rate).
 */
struct Conversion
{
    const Model::Order &computed;
    QSet<QString> computedDifferences;
};

/// taxFlags() of `order`; with `conversion`, the causes of what differs only in its currency are
/// the currency rate.
QStringList flagsOf(const Model::Order &order, const Mapping::Policies &policies,
                    const MoneyRules::TargetTaxBehaviour &target, const std::optional<Conversion> &conversion)
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
    const auto converted = [&conversion](const QString &field) {
        return conversion && !conversion->computedDifferences.contains(field);
    };
    const auto causeOf = [&converted](const MoneyDifference &d) {
        return converted(d.field) ? Cause::CurrencyRate : d.cause;
    };

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
        flags.append(flag + u" — "_s + causeText(causeOf(*taxTotal)) + details);
    } else if (firstLine) {
        flags.append(Text::tr("%1 will compute the lines' tax %2 otherwise than the store charged it%3; the "
                              "tax total stays %4 %5")
                         .arg(target.system, rule, details, predicted.taxTotal.amount().toString(), currency)
                     + u" — "_s + causeText(causeOf(*firstLine)));
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
        // In the order's own currency its total is its parts: Shopify converts the total as a
        // whole and each amount on its own, each rounded to the cent.
        const QString evidence = converted(d.field)
            ? Text::tr("the store converted its total of %1 to %2 at once and each amount on its own; in "
                       "%3 they add up")
                  .arg(conversion->computed.total.toString(), order.total.toString(),
                       conversion->computed.currency.code())
            : d.evidence;
        flags.append(
            flag.arg(target.system, d.target.amount().toString(), currency, d.source.amount().toString(), by)
            + u" — "_s + causeText(causeOf(d)) + u" ("_s + evidence + u')');
    }
    return flags;
}

/// The fields in which the target's prediction on `order` differs from what the store charged;
/// std::nullopt when no prediction can be made.
std::optional<QSet<QString>> differingFields(const Model::Order &order, const Mapping::Policies &policies,
                                             const MoneyRules::TargetTaxBehaviour &target)
{
    const MoneyRules::MoneyResult<MoneyRules::TaxPlan> plan = MoneyRules::planTax(order, policies, target);
    if (!plan || !plan->targetResult)
        return std::nullopt;
    QSet<QString> fields;
    for (const MoneyDifference &d : MoneyRules::compareWithSource(order, *plan->targetResult, target.system))
        fields.insert(d.field);
    return fields;
}

/// The order of `record` as `read` (toCanonical() or toCanonicalInBaseCurrency()) gives it; nullopt
/// with *why.
std::optional<Model::Order> readOrder(const std::function<std::optional<QJsonObject>(QString *)> &read,
                                      QString *why)
{
    const std::optional<QJsonObject> canonical = read(why);
    if (!canonical)
        return std::nullopt;
    return Model::Order::fromJson(*canonical, why);
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

QString payloadCurrency(const QString &system, const QJsonObject &payload)
{
    // TrytonOrderWriter: the sale's "currency" (a code); Xero and the sandbox books: "CurrencyCode".
    const QString key = system.toLower() == u"tryton"_s ? u"currency"_s : u"CurrencyCode"_s;
    return payload.value(key).toString().trimmed().toUpper();
}

QStringList taxFlags(const Model::Order &order, const Mapping::Policies &policies,
                     const MoneyRules::TargetTaxBehaviour &target)
{
    return flagsOf(order, policies, target, std::nullopt);
}

QStringList taxFlags(const Connectors::Connector &store, const Connectors::VendorRecord &record,
                     const QJsonObject &payload, const QString &targetSystem,
                     const Mapping::Policies &policies, const MoneyRules::TargetTaxBehaviour &target)
{
    const QString key = record.matchKey.isEmpty() ? record.id : record.matchKey;
    QString why;
    const std::optional<Model::Order> order =
        readOrder([&](QString *error) { return store.toCanonical(record, error); }, &why);
    if (!order) {
        return {
            Text::tr("the tax %1 will compute could not be predicted: the store's order %2 cannot be read "
                     "as an order: %3")
                .arg(target.system, key, why)};
    }
    const Model::Order computed = writtenPart(*order, shippingLinesWritten(targetSystem, payload, *order));

    // The currency the payload is written in: the order's own (or not said), as before.
    const QString written = payloadCurrency(targetSystem, payload);
    if (written.isEmpty() || written == order->currency.code())
        return taxFlags(computed, policies, target);

    // Neither the order's nor its shop's: the target gets amounts in a currency they are not in.
    if (!order->baseCurrency.isValid() || written != order->baseCurrency.code()) {
        const QString evidence = order->baseCurrency.isValid() && order->baseCurrency != order->currency
            ? Text::tr("the invoice is written in %1, but the order is in %2 and its shop currency is %3")
                  .arg(written, order->currency.code(), order->baseCurrency.code())
            : Text::tr("the invoice is written in %1, but the order is in %2")
                  .arg(written, order->currency.code());
        return {Text::tr("%1 will not take the order's amounts as they are: %2").arg(target.system, evidence)
                + u" — "_s + causeText(Cause::CurrencyRate)};
    }

    // The shop currency: predicted on the store's own amounts in it, as the mapping writes them.
    // Never on the order's amounts converted here: each converted amount can be a cent off the
    // store's own, which is the size of the differences predicted.
    const std::optional<Model::Order> inShop =
        readOrder([&](QString *error) { return store.toCanonicalInBaseCurrency(record, error); }, &why);
    if (inShop && inShop->currency != order->baseCurrency)
        why = Text::tr("the store gave it in %1").arg(inShop->currency.code());
    if (!inShop || inShop->currency != order->baseCurrency) {
        return {Text::tr("the tax %1 will compute could not be predicted in %2, the currency the invoice is "
                         "written in: %3; the order's %4 amounts converted at its rate could each be a cent "
                         "off the store's own %2 amounts, the size of the differences predicted")
                    .arg(target.system, written, why, order->currency.code())};
    }
    const Model::Order shop = writtenPart(*inShop, shippingLinesWritten(targetSystem, payload, *inShop));
    std::optional<Conversion> conversion;
    if (std::optional<QSet<QString>> fields = differingFields(computed, policies, target))
        conversion.emplace(Conversion{computed, std::move(*fields)});
    return flagsOf(shop, policies, target, conversion);
}

} // namespace LedgerLink::Engine
