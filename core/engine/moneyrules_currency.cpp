#include "engine/moneyrules.h"

#include "engine/moneyrules_p.h"

#include <QtCore/QJsonArray>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine::MoneyRules {

using Model::Currency;
using Model::Decimal;
using Model::Money;
using Model::RoundingMode;
using namespace Detail;

// ---- 3. multi-currency ------------------------------------------------------------------------------

MoneyResult<Money> toHomeCurrency(const Money &amount, const Currency &home, const Decimal &rate,
                                  RoundingMode mode)
{
    if (!amount.isValid())
        return MoneyResult<Money>::failure(Text::tr("no amount to convert"));
    if (!home.isValid())
        return MoneyResult<Money>::failure(Text::tr("no home currency; no default currency is assumed"));
    if (rate.signum() <= 0) {
        return MoneyResult<Money>::failure(Text::tr("exchange rate %1 %2 per %3 is not positive")
                                               .arg(rate.toString(), home.code(), amount.currency().code()));
    }
    if (home == amount.currency() && rate != Decimal(1)) {
        return MoneyResult<Money>::failure(Text::tr("exchange rate %1 between %2 and itself: it must be 1")
                                               .arg(rate.toString(), home.code()));
    }
    return Money::of(amount.amount() * rate, home, mode);
}

MoneyResult<HomeCurrencyDocument> convertDocument(const TaxDocument &document, const Currency &home,
                                                  const Decimal &rate, RoundingMode mode)
{
    using Result = MoneyResult<HomeCurrencyDocument>;
    const auto convert = [&](const Money &m, const QString &path) -> MoneyResult<Money> {
        MoneyResult<Money> converted = toHomeCurrency(m, home, rate, mode);
        if (!converted)
            return MoneyResult<Money>::failure(path + u": "_s + converted.error());
        return converted;
    };
    HomeCurrencyDocument out;
    out.currency = document.currency;
    out.home = home;
    out.rate = rate;
    out.mode = mode;
    // Checked once up front so that the per-line errors below cannot happen for the rate.
    if (MoneyResult<Money> probe = convert(Money::zero(document.currency), document.orderId); !probe)
        return Result::failure(probe.error());
    out.net = Money::zero(home);
    out.taxTotal = Money::zero(home);
    out.total = Money::zero(home);
    for (qsizetype i = 0; i < document.lines.size(); ++i) {
        const DocumentLine &l = document.lines.at(i);
        const QString path = u"lines["_s + QString::number(i) + u']';
        const MoneyResult<Money> net = convert(l.net, path + u".net"_s);
        const MoneyResult<Money> tax = convert(l.tax, path + u".tax"_s);
        if (!net)
            return Result::failure(net.error());
        if (!tax)
            return Result::failure(tax.error());
        HomeCurrencyDocument::Line line{l.kind, l.id, *net, *tax, add(*net, *tax)};
        out.net = add(out.net, line.net);
        out.taxTotal = add(out.taxTotal, line.tax);
        out.total = add(out.total, line.gross);
        out.lines.append(line);
    }
    const MoneyResult<Money> taxAtOnce = convert(document.taxTotal, u"tax_total"_s);
    const MoneyResult<Money> totalAtOnce = convert(document.total, u"total"_s);
    if (!taxAtOnce)
        return Result::failure(taxAtOnce.error());
    if (!totalAtOnce)
        return Result::failure(totalAtOnce.error());
    out.taxAtOnce = *taxAtOnce;
    out.totalAtOnce = *totalAtOnce;
    const auto report = [&](const QString &field, const Money &original, const Money &atOnce,
                            const Money &sum) {
        if (atOnce == sum)
            return;
        out.differences.append(difference(
            field, Cause::CurrencyRate, atOnce, sum,
            Text::tr(
                "currency rate: converted line by line at %1 (%2) the %3 is %4; %5 converted at once is %6")
                .arg(rate.toString(), modeText(mode), field, sum.toString(), original.toString(),
                     atOnce.toString())));
    };
    report(u"tax_total"_s, document.taxTotal, out.taxAtOnce, out.taxTotal);
    report(u"total"_s, document.total, out.totalAtOnce, out.total);
    return out;
}

MoneyResult<HomeCurrencyDocument> convertOrderDocument(const Model::Order &order, const TaxDocument &document,
                                                       RoundingMode mode)
{
    using Result = MoneyResult<HomeCurrencyDocument>;
    if (!order.baseCurrency.isValid()) {
        return Result::failure(
            Text::tr("%1: base_currency: missing; no default currency is assumed").arg(orderName(order)));
    }
    if (document.currency != order.currency) {
        return Result::failure(Text::tr("%1: the document is in %2, the order in %3")
                                   .arg(orderName(order), document.currency.code(), order.currency.code()));
    }
    MoneyResult<HomeCurrencyDocument> converted =
        convertDocument(document, order.baseCurrency, order.exchangeRate, mode);
    if (!converted)
        return Result::failure(orderName(order) + u": "_s + converted.error());
    return converted;
}

QJsonObject HomeCurrencyDocument::toJson() const
{
    QJsonArray lineArray;
    for (const Line &l : lines) {
        lineArray.append(QJsonObject{{u"kind"_s, kindName(l.kind)},
                                     {u"id"_s, l.id},
                                     {u"net"_s, amountJson(l.net)},
                                     {u"tax"_s, amountJson(l.tax)},
                                     {u"gross"_s, amountJson(l.gross)}});
    }
    QJsonArray differenceArray;
    for (const MoneyDifference &d : differences)
        differenceArray.append(d.toJson());
    return QJsonObject{
        {u"currency"_s, currency.code()},
        {u"home_currency"_s, home.code()},
        {u"rate"_s, plain(rate)},
        {u"mode"_s, modeName(mode)},
        {u"lines"_s, lineArray},
        {u"net"_s, amountJson(net)},
        {u"tax_total"_s, amountJson(taxTotal)},
        {u"total"_s, amountJson(total)},
        {u"tax_at_once"_s, amountJson(taxAtOnce)},
        {u"total_at_once"_s, amountJson(totalAtOnce)},
        {u"differences"_s, differenceArray},
    };
}

} // namespace LedgerLink::Engine::MoneyRules
