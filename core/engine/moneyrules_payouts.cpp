// Rules 5 and 6: who gets what of an order (the marketplace split) and of a gateway payout.
#include "engine/moneyrules.h"

#include "engine/moneyrules_p.h"
#include "model/allocation.h"

#include <QtCore/QJsonArray>
#include <QtCore/QSet>
#include <QtCore/QStringList>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine::MoneyRules {

using Model::Currency;
using Model::Decimal;
using Model::Money;
using Model::RoundingMode;
using namespace Detail;

// ---- 5. marketplace split ---------------------------------------------------------------------------

MoneyResult<QList<TaxDocument>> splitByVendor(const TaxDocument &document)
{
    using Result = MoneyResult<QList<TaxDocument>>;
    const QString docName = document.orderNumber.isEmpty() ? document.orderId : document.orderNumber;
    const Currency currency = document.currency;
    if (!currency.isValid())
        return Result::failure(Text::tr("order %1: the document has no currency").arg(docName));

    QStringList vendors;
    QList<TaxDocument> parts;
    qsizetype itemIndex = 0;
    for (const DocumentLine &line : document.lines) {
        if (line.kind != DocumentLine::Kind::Item)
            continue;
        if (line.vendor.isEmpty()) {
            return Result::failure(
                Text::tr("order %1: lines[%2].vendor: empty; every line of a marketplace order "
                         "needs its vendor")
                    .arg(docName, QString::number(itemIndex)));
        }
        ++itemIndex;
        qsizetype v = vendors.indexOf(line.vendor);
        if (v < 0) {
            v = vendors.size();
            vendors.append(line.vendor);
            TaxDocument part;
            part.orderId = document.orderId;
            part.orderNumber = document.orderNumber;
            part.vendor = line.vendor;
            part.currency = currency;
            part.pricesIncludeTax = document.pricesIncludeTax;
            part.passThrough = document.passThrough;
            part.rule = document.rule;
            parts.append(part);
        }
        parts[v].lines.append(line);
    }
    if (vendors.isEmpty())
        return Result::failure(Text::tr("order %1: no item lines to split by vendor").arg(docName));

    // Shipping follows each vendor's net item amount (largest remainder). The price, the base
    // and every tax component are allocated separately with the same weights, so each adds up.
    QList<Decimal> weights;
    for (TaxDocument &part : parts) {
        sumUp(part);
        weights.append(part.itemsNet.amount());
    }
    for (const DocumentLine &line : document.lines) {
        if (line.kind != DocumentLine::Kind::Shipping)
            continue;
        const auto split = [&weights](const Money &amount) {
            return Model::allocate(amount, weights);
        };
        const Money base = document.pricesIncludeTax ? line.gross : line.net;
        const std::optional<QList<Money>> prices = split(line.unitPrice);
        const std::optional<QList<Money>> bases = split(base);
        if (!prices || !bases) {
            return Result::failure(
                Text::tr("order %1: shipping %2 cannot be shared: no vendor has a positive net "
                         "amount")
                    .arg(docName, line.unitPrice.toString()));
        }
        QList<QList<Money>> taxes;
        for (const Model::TaxLine &tax : line.taxes)
            taxes.append(split(tax.amount).value_or(QList<Money>(parts.size(), Money::zero(currency))));
        for (qsizetype v = 0; v < parts.size(); ++v) {
            DocumentLine share = line;
            share.vendor = parts.at(v).vendor;
            share.unitPrice = prices->at(v);
            share.discount = subtract(prices->at(v), bases->at(v));
            share.orderDiscount = Money::zero(currency);
            share.tax = Money::zero(currency);
            for (qsizetype j = 0; j < share.taxes.size(); ++j) {
                share.taxes[j].amount = taxes.at(j).at(v);
                share.tax = add(share.tax, share.taxes.at(j).amount);
            }
            if (document.pricesIncludeTax) {
                share.gross = bases->at(v);
                share.net = subtract(share.gross, share.tax);
            } else {
                share.net = bases->at(v);
                share.gross = add(share.net, share.tax);
            }
            parts[v].lines.append(share);
        }
    }

    // The parts must add up to the document to the minor unit; anything else is a defect here.
    Money net = Money::zero(currency);
    Money tax = Money::zero(currency);
    Money total = Money::zero(currency);
    for (TaxDocument &part : parts) {
        sumUp(part);
        net = add(net, part.net);
        tax = add(tax, part.taxTotal);
        total = add(total, part.total);
    }
    if (net != document.net || tax != document.taxTotal || total != document.total) {
        return Result::failure(
            Text::tr("order %1: the vendor documents come to %2 (tax %3), not the order's %4 "
                     "(tax %5)")
                .arg(docName, total.toString(), tax.toString(), document.total.toString(),
                     document.taxTotal.toString()));
    }
    return parts;
}

// ---- 6. settlement ----------------------------------------------------------------------------------

MoneyResult<Money> percentageFee(const Money &amount, const Decimal &percent, const Money &fixed,
                                 RoundingMode mode)
{
    using Result = MoneyResult<Money>;
    if (!amount.isValid())
        return Result::failure(Text::tr("fee: no amount to charge it on"));
    if (percent.signum() < 0)
        return Result::failure(Text::tr("fee: the rate %1 is negative").arg(percent.toString()));
    if (QString problem = checkAmount(fixed, amount.currency(), Text::tr("fee: fixed part"), false, true);
        !problem.isEmpty())
        return Result::failure(problem);
    const Money variable = amount.times(percent, mode);
    return fixed.isValid() ? add(variable, fixed) : variable;
}

MoneyResult<Payout> settle(const QString &payoutId, const QList<Model::Payment> &payments,
                           const QList<Model::Refund> &refunds, const QList<GatewayFee> &fees,
                           const Money &deposit)
{
    using Result = MoneyResult<Payout>;
    const QString prefix = Text::tr("payout %1: ").arg(payoutId);
    if (!deposit.isValid())
        return Result::failure(prefix + Text::tr("deposit: missing; no default currency is assumed"));
    const Currency currency = deposit.currency();
    Payout payout;
    payout.id = payoutId;
    payout.currency = currency;
    payout.deposit = deposit;
    payout.payments = Money::zero(currency);
    payout.refunds = Money::zero(currency);
    payout.fees = Money::zero(currency);

    QSet<QString> seen;
    for (qsizetype i = 0; i < payments.size(); ++i) {
        const Model::Payment &p = payments.at(i);
        const QString path = u"payments["_s + QString::number(i) + u']';
        if (!p.id.isEmpty() && seen.contains(p.id))
            return Result::failure(prefix + Text::tr("%1: payment %2 is listed twice").arg(path, p.id));
        seen.insert(p.id);
        if (QString problem = checkAmount(p.amount, currency, path + u".amount"_s, true, false);
            !problem.isEmpty())
            return Result::failure(prefix + problem);
        if (p.amount.signum() <= 0)
            return Result::failure(
                prefix + Text::tr("%1.amount: %2 is not positive").arg(path, p.amount.toString()));
        if (!p.status.isEmpty() && p.status != u"success"_s) {
            return Result::failure(
                prefix
                + Text::tr("%1.status: payment %2 is \"%3\"; only settled payments are paid out")
                      .arg(path, p.id, p.status));
        }
        if (!p.kind.isEmpty() && p.kind != u"sale"_s && p.kind != u"capture"_s) {
            return Result::failure(
                prefix
                + Text::tr("%1.kind: payment %2 is an \"%3\"; only sales and captures are paid out")
                      .arg(path, p.id, p.kind));
        }
        payout.lines.append(Payout::Line{Payout::Line::Kind::Payment, p.id, p.orderId, p.amount});
        payout.payments = add(payout.payments, p.amount);
    }
    for (qsizetype i = 0; i < refunds.size(); ++i) {
        const Model::Refund &r = refunds.at(i);
        const QString path = u"refunds["_s + QString::number(i) + u']';
        if (QString problem = checkAmount(r.total, currency, path + u".total"_s, true, true);
            !problem.isEmpty())
            return Result::failure(prefix + problem);
        payout.lines.append(Payout::Line{Payout::Line::Kind::Refund, r.id, r.orderId, -r.total});
        payout.refunds = add(payout.refunds, r.total);
    }
    for (qsizetype i = 0; i < fees.size(); ++i) {
        const GatewayFee &f = fees.at(i);
        const QString path = u"fees["_s + QString::number(i) + u']';
        if (QString problem = checkAmount(f.amount, currency, path + u".amount"_s, true, false);
            !problem.isEmpty())
            return Result::failure(prefix + problem);
        payout.lines.append(Payout::Line{Payout::Line::Kind::Fee, f.transactionId, QString(), -f.amount});
        payout.fees = add(payout.fees, f.amount);
    }
    payout.net = subtract(subtract(payout.payments, payout.refunds), payout.fees);

    if (payout.net != deposit) {
        const Money gap = subtract(deposit, payout.net);
        Cause cause = Cause::Unknown;
        QString evidence = Text::tr("the bank received %1 but payments %2 − refunds %3 − fees %4 = %5; %6 is "
                                    "unexplained")
                               .arg(deposit.toString(), payout.payments.toString(), payout.refunds.toString(),
                                    payout.fees.toString(), payout.net.toString(), gap.toString());
        for (const Payout::Line &line : std::as_const(payout.lines)) {
            if (line.amount == -gap) {
                cause = Cause::MissingRecord;
                evidence =
                    Text::tr("the bank received %1, %2 less than the payout's %3: exactly %4 %5, which the "
                             "deposit does not seem to include")
                        .arg(deposit.toString(), gap.abs().toString(), payout.net.toString(),
                             line.kind == Payout::Line::Kind::Payment
                                 ? Text::tr("payment")
                                 : (line.kind == Payout::Line::Kind::Refund ? Text::tr("refund")
                                                                            : Text::tr("fee")),
                             line.reference);
                break;
            }
        }
        payout.differences.append(difference(u"deposit"_s, cause, deposit, payout.net, evidence));
    }
    return payout;
}

MoneyResult<Payout> settle(const Model::Payout &payout)
{
    using Result = MoneyResult<Payout>;
    QList<Model::Payment> payments;
    QList<Model::Refund> refunds;
    QList<GatewayFee> fees;
    for (qsizetype i = 0; i < payout.transactions.size(); ++i) {
        const Model::PayoutTransaction &t = payout.transactions.at(i);
        const QString path = u"transactions["_s + QString::number(i) + u']';
        const QString reference = t.paymentId.isEmpty() ? t.id : t.paymentId;
        if (!t.amount.isValid())
            return Result::failure(Text::tr("payout %1: %2.amount: missing").arg(payout.id, path));
        if (t.type == u"charge"_s) {
            if (t.amount.signum() <= 0) {
                return Result::failure(Text::tr("payout %1: %2.amount: the charge %3 is not positive")
                                           .arg(payout.id, path, t.amount.toString()));
            }
            Model::Payment payment;
            payment.id = reference;
            payment.orderId = t.orderId;
            payment.amount = t.amount;
            payment.kind = u"sale"_s;
            payment.status = u"success"_s;
            payments.append(payment);
        } else if (t.type == u"refund"_s) {
            if (t.amount.signum() >= 0) {
                return Result::failure(Text::tr("payout %1: %2.amount: the refund %3 is not negative")
                                           .arg(payout.id, path, t.amount.toString()));
            }
            Model::Refund refund;
            refund.id = reference;
            refund.orderId = t.orderId;
            refund.total = -t.amount;
            refunds.append(refund);
        } else {
            fees.append(GatewayFee{t.id, t.type, -t.amount});
        }
        if (t.fee.isValid() && !t.fee.isZero())
            fees.append(GatewayFee{reference, Text::tr("fee"), t.fee});
    }
    return settle(payout.id, payments, refunds, fees, payout.amount);
}

QJsonObject Payout::toJson() const
{
    QJsonArray lineArray;
    for (const Line &l : lines) {
        const QString kind = l.kind == Line::Kind::Payment
            ? u"payment"_s
            : (l.kind == Line::Kind::Refund ? u"refund"_s : u"fee"_s);
        lineArray.append(QJsonObject{{u"kind"_s, kind},
                                     {u"reference"_s, l.reference},
                                     {u"order_id"_s, l.orderId},
                                     {u"amount"_s, amountJson(l.amount)}});
    }
    QJsonArray differenceArray;
    for (const MoneyDifference &d : differences)
        differenceArray.append(d.toJson());
    return QJsonObject{
        {u"id"_s, id},
        {u"currency"_s, currency.code()},
        {u"lines"_s, lineArray},
        {u"payments"_s, amountJson(payments)},
        {u"refunds"_s, amountJson(refunds)},
        {u"fees"_s, amountJson(fees)},
        {u"net"_s, amountJson(net)},
        {u"deposit"_s, amountJson(deposit)},
        {u"differences"_s, differenceArray},
    };
}

} // namespace LedgerLink::Engine::MoneyRules
