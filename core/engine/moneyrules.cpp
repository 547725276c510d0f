#include "engine/moneyrules.h"

#include "engine/moneyrules_p.h"
#include "model/allocation.h"

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine::MoneyRules {

using Model::Currency;
using Model::Decimal;
using Model::Money;
using Model::RoundingMode;

// ---- shared helpers (moneyrules_p.h) -----------------------------------------------------------

namespace Detail {

QJsonValue amountJson(const Money &money)
{
    if (!money.isValid())
        return QJsonValue(QJsonValue::Null);
    return money.amount().toString();
}

QString plain(const Decimal &value)
{
    return value.normalized().toString();
}

QString modeName(RoundingMode mode)
{
    switch (mode) {
    case RoundingMode::HalfEven:
        return u"half_even"_s;
    case RoundingMode::HalfUp:
        return u"half_up"_s;
    case RoundingMode::HalfDown:
        return u"half_down"_s;
    case RoundingMode::Down:
        return u"down"_s;
    case RoundingMode::Up:
        return u"up"_s;
    }
    return QString();
}

Money orZero(const Money &money, const Currency &currency)
{
    return money.isValid() ? money : Money::zero(currency);
}

Money add(const Money &a, const Money &b)
{
    Q_ASSERT(a.currency() == b.currency());
    return a.plus(b).value_or(a);
}

Money subtract(const Money &a, const Money &b)
{
    Q_ASSERT(a.currency() == b.currency());
    return a.minus(b).value_or(a);
}

Money share(const Money &amount, const Decimal &num, const Decimal &den, RoundingMode mode)
{
    const Currency currency = amount.currency();
    const std::optional<Decimal> exact =
        Decimal::divide(amount.amount() * num, den, currency.minorUnits(), mode);
    Q_ASSERT(exact);
    return Money::of(exact.value_or(Decimal()), currency, mode);
}

Money minorUnit(const Currency &currency)
{
    return Money::fromMinorUnits(1, currency);
}

QString checkAmount(const Money &money, const Currency &currency, const QString &path, bool required,
                    bool nonNegative)
{
    if (!money.isValid()) {
        if (required)
            return Text::tr("%1: missing").arg(path);
        return QString();
    }
    if (money.currency() != currency)
        return Text::tr("%1: %2 is not in the document's currency %3")
            .arg(path, money.toString(), currency.code());
    if (nonNegative && money.signum() < 0)
        return Text::tr("%1: %2 is negative").arg(path, money.toString());
    return QString();
}

MoneyDifference difference(const QString &field, Cause cause, const Money &source, const Money &target,
                           const QString &evidence)
{
    MoneyDifference d;
    d.field = field;
    d.cause = cause;
    d.source = source;
    d.target = target;
    d.difference = subtract(source, target);
    d.evidence = evidence;
    return d;
}

/// "order #1001" (or the id when there is no number): the prefix of every error about an order.
QString orderName(const Model::Order &order)
{
    if (!order.number.isEmpty())
        return Text::tr("order %1").arg(order.number);
    return Text::tr("order %1").arg(order.id);
}

QString modeText(RoundingMode mode)
{
    switch (mode) {
    case RoundingMode::HalfEven:
        return Text::tr("half-even");
    case RoundingMode::HalfUp:
        return Text::tr("half-up");
    case RoundingMode::HalfDown:
        return Text::tr("half-down");
    case RoundingMode::Down:
        return Text::tr("toward zero");
    case RoundingMode::Up:
        return Text::tr("away from zero");
    }
    return QString();
}

QString kindName(DocumentLine::Kind kind)
{
    return kind == DocumentLine::Kind::Item ? u"item"_s : u"shipping"_s;
}

/// Fills the document's totals and tax summary from its lines.
void sumUp(TaxDocument &doc)
{
    const Currency currency = doc.currency;
    doc.itemsNet = Money::zero(currency);
    doc.shippingNet = Money::zero(currency);
    doc.discountTotal = Money::zero(currency);
    doc.taxTotal = Money::zero(currency);
    doc.total = Money::zero(currency);
    doc.taxSummary.clear();
    QHash<QString, qsizetype> groups;
    for (const DocumentLine &line : std::as_const(doc.lines)) {
        Money &net = line.kind == DocumentLine::Kind::Item ? doc.itemsNet : doc.shippingNet;
        net = add(net, line.net);
        doc.discountTotal = add(doc.discountTotal, line.discount);
        doc.taxTotal = add(doc.taxTotal, line.tax);
        doc.total = add(doc.total, line.gross);
        for (const Model::TaxLine &tax : line.taxes) {
            const QString key = tax.title + QChar(0x1f) + plain(tax.rate);
            auto it = groups.constFind(key);
            if (it == groups.constEnd()) {
                it = groups.insert(key, doc.taxSummary.size());
                doc.taxSummary.append(
                    TaxSummary{tax.title, tax.rate, Money::zero(currency), Money::zero(currency)});
            }
            TaxSummary &summary = doc.taxSummary[it.value()];
            summary.base = add(summary.base, line.net);
            summary.tax = add(summary.tax, tax.amount);
        }
    }
    doc.net = add(doc.itemsNet, doc.shippingNet);
}

} // namespace Detail

using namespace Detail;

namespace {

/// Exact sum of fractions num/den, kept per denominator so that many lines with a few distinct
/// tax-inclusive divisors (1.19, 1.07) do not multiply their denominators together line by line.
class RatioSum
{
public:
    void add(const Decimal &num, const Decimal &den)
    {
        for (auto &[d, n] : m_terms) {
            if (d == den) {
                n += num;
                return;
            }
        }
        m_terms.append({den, num});
    }

    /// The sum rounded to `places` decimals with `mode`.
    Decimal rounded(int places, RoundingMode mode) const
    {
        Decimal num;
        Decimal den(1);
        for (const auto &[d, n] : m_terms) {
            num = num * d + n * den;
            den = den * d;
        }
        return Decimal::divide(num, den, places, mode).value_or(Decimal());
    }

    /// The distinct denominators.
    QList<Decimal> denominators() const
    {
        QList<Decimal> result;
        for (const auto &term : m_terms)
            result.append(term.first);
        return result;
    }

private:
    QList<std::pair<Decimal, Decimal>> m_terms;
};

/// A line of the order being turned into a document line.
struct LineInput
{
    DocumentLine::Kind kind = DocumentLine::Kind::Item;
    QString path; ///< "lines[2]", "shipping_lines[0]"
    QString id;
    QString sku;
    QString title;
    QString vendor;
    Decimal quantity{1};
    Money unitPrice;
    Money ownDiscount;
    Money orderDiscount;
    QList<Model::TaxLine> taxLines;
    Money base; ///< after all discounts: net (tax-exclusive prices) or gross (tax-inclusive)
};

/// Reads and checks the order's lines and shipping lines, and allocates an order-level discount
/// the lines do not carry. On failure returns "" and sets `error`.
std::optional<QList<LineInput>> readLines(const Model::Order &order, RoundingMode mode, bool needTaxAmounts,
                                          QString *error)
{
    const QString name = orderName(order);
    const auto fail = [&](const QString &message) {
        *error = name + u": "_s + message;
        return std::nullopt;
    };
    if (!order.currency.isValid())
        return fail(Text::tr("currency: missing; no default currency is assumed"));
    const Currency currency = order.currency;

    QList<LineInput> inputs;
    Money ownDiscounts = Money::zero(currency);
    const auto read = [&](LineInput &in) -> QString {
        if (in.quantity.signum() < 0)
            return Text::tr("%1.quantity: %2 is negative").arg(in.path, in.quantity.toString());
        const QString priceField = in.kind == DocumentLine::Kind::Item ? u".unit_price"_s : u".price"_s;
        if (QString problem = checkAmount(in.unitPrice, currency, in.path + priceField, true, true);
            !problem.isEmpty())
            return problem;
        if (QString problem = checkAmount(in.ownDiscount, currency, in.path + u".discount"_s, false, true);
            !problem.isEmpty())
            return problem;
        in.ownDiscount = orZero(in.ownDiscount, currency);
        for (qsizetype j = 0; j < in.taxLines.size(); ++j) {
            const Model::TaxLine &tax = in.taxLines.at(j);
            const QString taxPath = in.path + u".tax_lines["_s + QString::number(j) + u']';
            if (tax.rate.signum() < 0)
                return Text::tr("%1.rate: %2 is negative").arg(taxPath, tax.rate.toString());
            if (QString problem =
                    checkAmount(tax.amount, currency, taxPath + u".amount"_s, needTaxAmounts, false);
                !problem.isEmpty())
                return problem;
        }
        const Money gross = Money::of(in.quantity * in.unitPrice.amount(), currency, mode);
        if (in.ownDiscount > gross) {
            return Text::tr("%1.discount: %2 is more than the line's %3")
                .arg(in.path, in.ownDiscount.toString(), gross.toString());
        }
        in.base = subtract(gross, in.ownDiscount);
        in.orderDiscount = Money::zero(currency);
        ownDiscounts = add(ownDiscounts, in.ownDiscount);
        return QString();
    };

    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const Model::OrderLine &line = order.lines.at(i);
        LineInput in;
        in.kind = DocumentLine::Kind::Item;
        in.path = u"lines["_s + QString::number(i) + u']';
        in.id = line.id;
        in.sku = line.sku;
        in.title = line.title;
        in.vendor = line.vendor;
        in.quantity = line.quantity;
        in.unitPrice = line.unitPrice;
        in.ownDiscount = line.discount;
        in.taxLines = line.taxLines;
        if (QString problem = read(in); !problem.isEmpty())
            return fail(problem);
        inputs.append(in);
    }
    for (qsizetype i = 0; i < order.shippingLines.size(); ++i) {
        const Model::ShippingLine &line = order.shippingLines.at(i);
        LineInput in;
        in.kind = DocumentLine::Kind::Shipping;
        in.path = u"shipping_lines["_s + QString::number(i) + u']';
        in.id = line.id;
        in.sku = line.code;
        in.title = line.title;
        in.unitPrice = line.price;
        in.ownDiscount = line.discount;
        in.taxLines = line.taxLines;
        if (QString problem = read(in); !problem.isEmpty())
            return fail(problem);
        inputs.append(in);
    }

    // An order discount the lines do not carry is spread over the item lines in proportion to
    // their amounts (largest remainder), before tax, as the store applied it before tax.
    if (QString problem = checkAmount(order.discountTotal, currency, u"discount_total"_s, false, true);
        !problem.isEmpty())
        return fail(problem);
    if (order.discountTotal.isValid()) {
        if (order.discountTotal < ownDiscounts) {
            return fail(Text::tr("discount_total: %1 is less than the %2 the lines and shipping carry")
                            .arg(order.discountTotal.toString(), ownDiscounts.toString()));
        }
        const Money unallocated = subtract(order.discountTotal, ownDiscounts);
        if (!unallocated.isZero()) {
            QList<qsizetype> items;
            QList<Decimal> weights;
            Money itemsBase = Money::zero(currency);
            for (qsizetype i = 0; i < inputs.size(); ++i) {
                if (inputs.at(i).kind == DocumentLine::Kind::Item) {
                    items.append(i);
                    weights.append(inputs.at(i).base.amount());
                    itemsBase = add(itemsBase, inputs.at(i).base);
                }
            }
            if (unallocated > itemsBase) {
                return fail(
                    Text::tr("discount_total: the order discount of %1 not carried by its lines is more "
                             "than the %2 of its items")
                        .arg(unallocated.toString(), itemsBase.toString()));
            }
            const std::optional<QList<Money>> shares = Model::allocate(unallocated, weights);
            if (!shares)
                return fail(Text::tr("discount_total: the order discount of %1 has no item line to go to")
                                .arg(unallocated.toString()));
            for (qsizetype k = 0; k < items.size(); ++k) {
                LineInput &in = inputs[items.at(k)];
                in.orderDiscount = shares->at(k);
                in.base = subtract(in.base, shares->at(k));
            }
        }
    }
    return inputs;
}

QString groupKey(const Model::TaxLine &tax)
{
    return tax.title + QChar(0x1f) + plain(tax.rate);
}

/// A document line from its input and its computed (or passed-through) tax components.
DocumentLine makeLine(const LineInput &in, const QList<Model::TaxLine> &taxes, bool pricesIncludeTax,
                      const Currency &currency)
{
    DocumentLine line;
    line.kind = in.kind;
    line.id = in.id;
    line.sku = in.sku;
    line.title = in.title;
    line.vendor = in.vendor;
    line.quantity = in.quantity;
    line.unitPrice = in.unitPrice;
    line.orderDiscount = in.orderDiscount;
    line.discount = add(in.ownDiscount, in.orderDiscount);
    line.taxes = taxes;
    line.tax = Money::zero(currency);
    for (const Model::TaxLine &tax : taxes)
        line.tax = add(line.tax, tax.amount);
    if (pricesIncludeTax) {
        line.gross = in.base;
        line.net = subtract(in.base, line.tax);
    } else {
        line.net = in.base;
        line.gross = add(in.base, line.tax);
    }
    return line;
}

/// Σ rates of a line's taxes: the divisor of tax-inclusive prices is 1 + this.
Decimal rateSum(const QList<Model::TaxLine> &taxes)
{
    Decimal sum;
    for (const Model::TaxLine &tax : taxes)
        sum += tax.rate;
    return sum;
}

/// The standard rules a store's amounts are tried against when explaining a tax difference.
constexpr std::array<std::pair<Mapping::RoundingScope, RoundingMode>, 4> StandardRules{{
    {Mapping::RoundingScope::PerLine, RoundingMode::HalfUp},
    {Mapping::RoundingScope::PerLine, RoundingMode::HalfEven},
    {Mapping::RoundingScope::PerDocument, RoundingMode::HalfUp},
    {Mapping::RoundingScope::PerDocument, RoundingMode::HalfEven},
}};

/// The working of a document's tax for evidence: "0.03 + 0.03" per line, "10 % of 0.50" on the
/// total.
QString working(const TaxDocument &doc)
{
    QStringList parts;
    if (doc.rule.scope == Mapping::RoundingScope::PerLine) {
        for (const DocumentLine &line : doc.lines) {
            if (!line.taxes.isEmpty())
                parts.append(line.tax.amount().toString());
        }
        return parts.join(u" + "_s);
    }
    for (const TaxSummary &summary : doc.taxSummary) {
        const QString rate = plain(summary.rate * Decimal(100));
        if (doc.pricesIncludeTax) {
            parts.append(Text::tr("%1 % included in %2")
                             .arg(rate, add(summary.base, summary.tax).amount().toString()));
        } else {
            parts.append(Text::tr("%1 % of %2").arg(rate, summary.base.amount().toString()));
        }
    }
    return parts.join(u" + "_s);
}

struct Explanation
{
    Cause cause = Cause::Unknown;
    QString evidence;
};

} // namespace

// ---- names and JSON -----------------------------------------------------------------------------

QString nameOf(Cause cause)
{
    switch (cause) {
    case Cause::TaxRounding:
        return u"tax_rounding"_s;
    case Cause::CurrencyRate:
        return u"currency_rate"_s;
    case Cause::DiscountAllocation:
        return u"discount_allocation"_s;
    case Cause::Shipping:
        return u"shipping"_s;
    case Cause::RefundNotCredited:
        return u"refund_not_credited"_s;
    case Cause::MissingRecord:
        return u"missing_record"_s;
    case Cause::Unknown:
        return u"unknown"_s;
    }
    return u"unknown"_s;
}

QJsonObject MoneyDifference::toJson() const
{
    return QJsonObject{
        {u"field"_s, field},
        {u"cause"_s, nameOf(cause)},
        {u"source"_s, amountJson(source)},
        {u"target"_s, amountJson(target)},
        {u"difference"_s, amountJson(difference)},
        {u"currency"_s, difference.isValid() ? difference.currency().code() : source.currency().code()},
        {u"evidence"_s, evidence},
    };
}

TaxRule TaxRule::fromPolicies(const Mapping::Policies &policies)
{
    TaxRule rule;
    rule.scope = policies.roundingScope;
    rule.mode = policies.roundingMode == Mapping::RoundingMode::HalfUp ? RoundingMode::HalfUp
                                                                       : RoundingMode::HalfEven;
    return rule;
}

QJsonObject TaxRule::toJson() const
{
    return QJsonObject{{u"rounding_scope"_s, Mapping::nameOf(scope)}, {u"rounding_mode"_s, modeName(mode)}};
}

QString TaxRule::text() const
{
    const QString where =
        scope == Mapping::RoundingScope::PerLine ? Text::tr("per line") : Text::tr("on the document total");
    return Text::tr("%1, %2").arg(where, modeText(mode));
}

const DocumentLine *TaxDocument::line(DocumentLine::Kind kind, const QString &id) const
{
    for (const DocumentLine &l : lines) {
        if (l.kind == kind && l.id == id)
            return &l;
    }
    return nullptr;
}

namespace {

QJsonArray taxesJson(const QList<Model::TaxLine> &taxes)
{
    QJsonArray array;
    for (const Model::TaxLine &tax : taxes) {
        array.append(QJsonObject{
            {u"title"_s, tax.title}, {u"rate"_s, plain(tax.rate)}, {u"amount"_s, amountJson(tax.amount)}});
    }
    return array;
}

} // namespace

QJsonObject TaxDocument::toJson() const
{
    QJsonArray lineArray;
    for (const DocumentLine &l : lines) {
        lineArray.append(QJsonObject{
            {u"kind"_s, kindName(l.kind)},
            {u"id"_s, l.id},
            {u"quantity"_s, plain(l.quantity)},
            {u"unit_price"_s, amountJson(l.unitPrice)},
            {u"discount"_s, amountJson(l.discount)},
            {u"order_discount"_s, amountJson(l.orderDiscount)},
            {u"net"_s, amountJson(l.net)},
            {u"taxes"_s, taxesJson(l.taxes)},
            {u"tax"_s, amountJson(l.tax)},
            {u"gross"_s, amountJson(l.gross)},
        });
    }
    QJsonArray summaryArray;
    for (const TaxSummary &s : taxSummary) {
        summaryArray.append(QJsonObject{{u"title"_s, s.title},
                                        {u"rate"_s, plain(s.rate)},
                                        {u"base"_s, amountJson(s.base)},
                                        {u"tax"_s, amountJson(s.tax)}});
    }
    return QJsonObject{
        {u"order_id"_s, orderId},
        {u"vendor"_s, vendor},
        {u"currency"_s, currency.code()},
        {u"prices_include_tax"_s, pricesIncludeTax},
        {u"pass_through"_s, passThrough},
        {u"rule"_s, rule.toJson()},
        {u"lines"_s, lineArray},
        {u"tax_summary"_s, summaryArray},
        {u"items_net"_s, amountJson(itemsNet)},
        {u"shipping_net"_s, amountJson(shippingNet)},
        {u"discount_total"_s, amountJson(discountTotal)},
        {u"net"_s, amountJson(net)},
        {u"tax_total"_s, amountJson(taxTotal)},
        {u"total"_s, amountJson(total)},
    };
}

Model::Invoice TaxDocument::toInvoice() const
{
    Model::Invoice invoice;
    invoice.orderId = orderId;
    invoice.currency = currency;
    for (const DocumentLine &l : lines) {
        Model::InvoiceLine line;
        line.orderLineId = l.id;
        line.sku = l.sku;
        line.description =
            l.kind == DocumentLine::Kind::Shipping && l.title.isEmpty() ? Text::tr("Shipping") : l.title;
        line.quantity = l.quantity;
        line.unitPrice = l.unitPrice;
        line.discount = l.discount;
        line.taxLines = l.taxes;
        line.total = l.net;
        invoice.lines.append(line);
    }
    invoice.subtotal = net;
    invoice.taxTotal = taxTotal;
    invoice.total = total;
    invoice.amountDue = total;
    return invoice;
}

// ---- 1. tax documents ---------------------------------------------------------------------------

MoneyResult<TaxDocument> buildTaxDocument(const Model::Order &order, const TaxRule &rule)
{
    QString error;
    const std::optional<QList<LineInput>> inputs = readLines(order, rule.mode, false, &error);
    if (!inputs)
        return MoneyResult<TaxDocument>::failure(error);
    const Currency currency = order.currency;
    const int places = currency.minorUnits();
    const bool inclusive = order.taxesIncluded;

    // taxes[i][j]: the amount of line i's tax component j.
    QList<QList<Model::TaxLine>> taxes(inputs->size());
    for (qsizetype i = 0; i < inputs->size(); ++i)
        taxes[i] = inputs->at(i).taxLines;

    if (rule.scope == Mapping::RoundingScope::PerLine) {
        for (qsizetype i = 0; i < inputs->size(); ++i) {
            const LineInput &in = inputs->at(i);
            const Decimal divisor = Decimal(1) + rateSum(in.taxLines);
            for (Model::TaxLine &tax : taxes[i]) {
                const Decimal exact = in.base.amount() * tax.rate;
                tax.amount = inclusive
                    ? Money::of(Decimal::divide(exact, divisor, places, rule.mode).value_or(Decimal()),
                                currency, rule.mode)
                    : Money::of(exact, currency, rule.mode);
            }
        }
    } else {
        // One rounding per (title, rate) group on the document total, then the rounded group tax
        // is allocated back to its lines in proportion to their exact tax.
        struct Member
        {
            qsizetype line;
            qsizetype component;
            Decimal num; // exact tax = num / den
            Decimal den;
        };
        QList<QString> groupOrder;
        QHash<QString, QList<Member>> groups;
        for (qsizetype i = 0; i < inputs->size(); ++i) {
            const LineInput &in = inputs->at(i);
            const Decimal divisor = inclusive ? Decimal(1) + rateSum(in.taxLines) : Decimal(1);
            for (qsizetype j = 0; j < in.taxLines.size(); ++j) {
                const QString key = groupKey(in.taxLines.at(j));
                if (!groups.contains(key))
                    groupOrder.append(key);
                groups[key].append(Member{i, j, in.base.amount() * in.taxLines.at(j).rate, divisor});
            }
        }
        for (const QString &key : std::as_const(groupOrder)) {
            const QList<Member> &members = groups[key];
            RatioSum sum;
            for (const Member &m : members)
                sum.add(m.num, m.den);
            const Money groupTax = Money::of(sum.rounded(places, rule.mode), currency, rule.mode);
            // Weights proportional to each member's exact tax: num × (product of the group's
            // other denominators), all exact.
            const QList<Decimal> dens = sum.denominators();
            QList<Decimal> weights;
            bool anyWeight = false;
            for (const Member &m : members) {
                Decimal w = m.num;
                for (const Decimal &d : dens) {
                    if (d != m.den)
                        w *= d;
                }
                anyWeight = anyWeight || !w.isZero();
                weights.append(w);
            }
            std::optional<QList<Money>> parts;
            if (anyWeight)
                parts = Model::allocate(groupTax, weights);
            for (qsizetype k = 0; k < members.size(); ++k) {
                const Member &m = members.at(k);
                taxes[m.line][m.component].amount = parts ? parts->at(k) : Money::zero(currency);
            }
        }
    }

    TaxDocument doc;
    doc.orderId = order.id;
    doc.orderNumber = order.number;
    doc.currency = currency;
    doc.pricesIncludeTax = inclusive;
    doc.rule = rule;
    for (qsizetype i = 0; i < inputs->size(); ++i)
        doc.lines.append(makeLine(inputs->at(i), taxes.at(i), inclusive, currency));
    sumUp(doc);
    return doc;
}

MoneyResult<TaxDocument> passThroughDocument(const Model::Order &order, const TaxRule &rule)
{
    QString error;
    const std::optional<QList<LineInput>> inputs = readLines(order, rule.mode, true, &error);
    if (!inputs)
        return MoneyResult<TaxDocument>::failure(error);
    TaxDocument doc;
    doc.orderId = order.id;
    doc.orderNumber = order.number;
    doc.currency = order.currency;
    doc.pricesIncludeTax = order.taxesIncluded;
    doc.passThrough = true;
    doc.rule = rule;
    for (const LineInput &in : *inputs)
        doc.lines.append(makeLine(in, in.taxLines, order.taxesIncluded, order.currency));
    sumUp(doc);
    return doc;
}

// ---- comparison with the store's amounts ---------------------------------------------------------

namespace {

/// Σ of a line's reported tax amounts; nullopt when it reports none.
std::optional<Money> reportedTax(const QList<Model::TaxLine> &taxLines, const Currency &currency)
{
    std::optional<Money> sum;
    for (const Model::TaxLine &tax : taxLines) {
        if (!tax.amount.isValid() || tax.amount.currency() != currency)
            continue;
        sum = sum ? add(*sum, tax.amount) : tax.amount;
    }
    return sum;
}

/// The line of `kind` with `id`, or (no id, or none with it) the `position`-th line of `kind`.
const DocumentLine *findLine(const TaxDocument &doc, DocumentLine::Kind kind, const QString &id,
                             qsizetype position)
{
    if (!id.isEmpty()) {
        if (const DocumentLine *line = doc.line(kind, id))
            return line;
    }
    qsizetype seen = 0;
    for (const DocumentLine &line : doc.lines) {
        if (line.kind == kind && seen++ == position)
            return &line;
    }
    return nullptr;
}

/// The shipping a document charges in its price basis: net, or gross when prices include tax.
Money shippingCharged(const TaxDocument &doc)
{
    Money sum = Money::zero(doc.currency);
    for (const DocumentLine &line : doc.lines) {
        if (line.kind == DocumentLine::Kind::Shipping)
            sum = add(sum, doc.pricesIncludeTax ? line.gross : line.net);
    }
    return sum;
}

/// An amount read off a document and how it came about ("0.03 + 0.03", "10 % of 0.25 = 0.025").
struct Worked
{
    Money amount;
    QString working;
};

/// How one line's tax came about: its rate applied per line, or its share of the document's.
QString lineWorking(const TaxDocument &doc, const DocumentLine &line)
{
    if (doc.rule.scope == Mapping::RoundingScope::PerDocument)
        return Text::tr("its share of %1").arg(working(doc));
    QStringList parts;
    for (const Model::TaxLine &tax : line.taxes) {
        const QString rate = plain(tax.rate * Decimal(100));
        if (doc.pricesIncludeTax) {
            parts.append(Text::tr("%1 % included in %2").arg(rate, line.gross.amount().toString()));
        } else {
            parts.append(Text::tr("%1 % of %2 = %3")
                             .arg(rate, line.net.amount().toString(), plain(line.net.amount() * tax.rate)));
        }
    }
    return parts.join(u" + "_s);
}

/// Why the store's tax amount `source` differs from the target's `target`; `pick` reads the
/// same amount (and its working) off a document built by another rule.
template<typename Pick>
Explanation explainTax(const Model::Order &order, const TaxDocument &target, const QString &targetName,
                       const Money &source, const Worked &targetAmount, int taxedLines, Pick pick)
{
    for (const auto &[scope, mode] : StandardRules) {
        const TaxRule rule{scope, mode};
        const MoneyResult<TaxDocument> alternative = buildTaxDocument(order, rule);
        if (!alternative.ok())
            continue;
        const std::optional<Worked> amount = pick(alternative.value());
        if (amount && amount->amount == source) {
            return {Cause::TaxRounding,
                    Text::tr("tax rounding: the store's %1 is the tax rounded %2 (%3); %4 rounds %5: %6 (%7)")
                        .arg(source.toString(), rule.text(), amount->working, targetName, target.rule.text(),
                             targetAmount.amount.toString(), targetAmount.working)};
        }
    }
    const Money gap = subtract(source, targetAmount.amount).abs();
    const Money tolerance = Money::fromMinorUnits(std::max(taxedLines, 1), source.currency());
    if (gap <= tolerance) {
        return {
            Cause::TaxRounding,
            Text::tr("tax rounding: the store's %1 and %2's %3 (rounded %4) differ by %5, within one minor "
                     "unit per taxed line (%6)")
                .arg(source.toString(), targetName, targetAmount.amount.toString(), target.rule.text(),
                     gap.toString(), QString::number(taxedLines))};
    }
    return {Cause::Unknown,
            Text::tr("the store's tax %1 is not what its rates give under any rounding rule, per line or on "
                     "the total; %2 computes %3 (rounded %4: %5)")
                .arg(source.toString(), targetName, targetAmount.amount.toString(), target.rule.text(),
                     targetAmount.working)};
}

} // namespace

QList<MoneyDifference> compareWithSource(const Model::Order &order, const TaxDocument &target,
                                         const QString &targetName)
{
    QList<MoneyDifference> differences;
    const Currency currency = target.currency;
    if (order.currency != currency || !currency.isValid()) {
        const Money source = order.total;
        if (source.isValid() && target.total.isValid()) {
            MoneyDifference d;
            d.field = u"currency"_s;
            d.cause = Cause::CurrencyRate;
            d.source = source;
            d.target = target.total;
            d.evidence = Text::tr("the order is in %1 but the document is in %2")
                             .arg(order.currency.code(), currency.code());
            differences.append(d);
        }
        return differences;
    }
    const QString name = targetName.isEmpty() ? Text::tr("the target") : targetName;

    int taxedLines = 0;
    std::optional<Money> reportedSum;
    const auto compareLine = [&](const QString &path, DocumentLine::Kind kind, const QString &id,
                                 qsizetype position, const QList<Model::TaxLine> &taxLines) {
        if (!taxLines.isEmpty())
            ++taxedLines;
        const std::optional<Money> source = reportedTax(taxLines, currency);
        if (!source)
            return;
        reportedSum = reportedSum ? add(*reportedSum, *source) : *source;
        const DocumentLine *line = findLine(target, kind, id, position);
        if (!line || line->tax == *source)
            return;
        const Explanation why =
            explainTax(order, target, name, *source, Worked{line->tax, lineWorking(target, *line)}, 1,
                       [&](const TaxDocument &doc) -> std::optional<Worked> {
                           const DocumentLine *other = findLine(doc, kind, id, position);
                           if (!other)
                               return std::nullopt;
                           return Worked{other->tax, lineWorking(doc, *other)};
                       });
        differences.append(difference(path + u".tax"_s, why.cause, *source, line->tax, why.evidence));
    };
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const Model::OrderLine &l = order.lines.at(i);
        compareLine(u"lines["_s + QString::number(i) + u']', DocumentLine::Kind::Item, l.id, i, l.taxLines);
    }
    for (qsizetype i = 0; i < order.shippingLines.size(); ++i) {
        const Model::ShippingLine &l = order.shippingLines.at(i);
        compareLine(u"shipping_lines["_s + QString::number(i) + u']', DocumentLine::Kind::Shipping, l.id, i,
                    l.taxLines);
    }

    // The tax total: the store's own, else the sum of its lines' taxes.
    std::optional<Money> sourceTax;
    if (order.taxTotal.isValid() && order.taxTotal.currency() == currency)
        sourceTax = order.taxTotal;
    else
        sourceTax = reportedSum;
    Explanation taxWhy;
    if (sourceTax && *sourceTax != target.taxTotal) {
        taxWhy = explainTax(order, target, name, *sourceTax, Worked{target.taxTotal, working(target)},
                            taxedLines, [](const TaxDocument &doc) {
                                return std::optional<Worked>(Worked{doc.taxTotal, working(doc)});
                            });
        differences.append(
            difference(u"tax_total"_s, taxWhy.cause, *sourceTax, target.taxTotal, taxWhy.evidence));
    }

    // The total: its tax part (tax-exclusive prices only: included tax does not change a total)
    // and what is left.
    if (order.total.isValid() && order.total.currency() == currency && order.total != target.total) {
        const Money whole = subtract(order.total, target.total);
        Money taxPart = Money::zero(currency);
        if (!order.taxesIncluded && sourceTax)
            taxPart = subtract(*sourceTax, target.taxTotal);
        if (!taxPart.isZero()) {
            MoneyDifference d = difference(u"total"_s, taxWhy.cause, order.total, target.total,
                                           Text::tr("the total differs by its tax: %1").arg(taxWhy.evidence));
            d.difference = taxPart;
            differences.append(d);
        }
        const Money rest = subtract(whole, taxPart);
        if (!rest.isZero()) {
            const Money targetShipping = shippingCharged(target);
            Explanation why{
                Cause::Unknown,
                Text::tr("the order's total %1 is not its lines, shipping and tax as %2 builds them "
                         "(%3); %4 is unexplained")
                    .arg(order.total.toString(), name, target.total.toString(), rest.toString())};
            if (order.shippingTotal.isValid() && order.shippingTotal.currency() == currency
                && subtract(order.shippingTotal, targetShipping) == rest) {
                why = {Cause::Shipping,
                       Text::tr("shipping: the order reports %1 shipping but its shipping lines carry %2")
                           .arg(order.shippingTotal.toString(), targetShipping.toString())};
            }
            MoneyDifference d = difference(u"total"_s, why.cause, order.total, target.total, why.evidence);
            d.difference = rest;
            differences.append(d);
        }
    }
    return differences;
}

// ---- 2. pass-through and targets that compute tax --------------------------------------------------

TargetTaxBehaviour TargetTaxBehaviour::xero(Mapping::RoundingScope organisationScope)
{
    return TargetTaxBehaviour{u"Xero"_s, TaxRule{organisationScope, RoundingMode::HalfUp}};
}

TargetTaxBehaviour TargetTaxBehaviour::tryton(Mapping::RoundingScope companyScope)
{
    return TargetTaxBehaviour{u"Tryton"_s, TaxRule{companyScope, RoundingMode::HalfEven}};
}

MoneyResult<TaxPlan> planTax(const Model::Order &order, const Mapping::Policies &policies,
                             const std::optional<TargetTaxBehaviour> &target)
{
    TaxPlan plan;
    plan.authority = policies.taxAuthority;
    const TaxRule policyRule = TaxRule::fromPolicies(policies);
    if (policies.taxAuthority == Mapping::TaxAuthority::Store) {
        MoneyResult<TaxDocument> send = passThroughDocument(order, policyRule);
        if (!send)
            return MoneyResult<TaxPlan>::failure(send.error());
        plan.send = std::move(send).value();
        // The store's totals against its own lines (a store that rounds on the total).
        plan.differences = compareWithSource(order, plan.send, Text::tr("the sum of its lines"));
        if (target) {
            MoneyResult<TaxDocument> predicted = buildTaxDocument(order, target->rule);
            if (!predicted)
                return MoneyResult<TaxPlan>::failure(predicted.error());
            plan.targetResult = std::move(predicted).value();
            plan.differences.append(compareWithSource(order, *plan.targetResult, target->system));
        }
        return plan;
    }
    const TaxRule erpRule = target ? target->rule : policyRule;
    MoneyResult<TaxDocument> built = buildTaxDocument(order, erpRule);
    if (!built)
        return MoneyResult<TaxPlan>::failure(built.error());
    plan.send = std::move(built).value();
    if (target)
        plan.targetResult = plan.send;
    plan.differences = compareWithSource(order, plan.send, target ? target->system : Text::tr("the ERP"));
    return plan;
}

} // namespace LedgerLink::Engine::MoneyRules
