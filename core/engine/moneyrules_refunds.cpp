// Rule 4: refunds become credit notes for exactly what was refunded, and never for more than is
// left on the invoice.
#include "engine/moneyrules.h"

#include "engine/moneyrules_p.h"
#include "model/allocation.h"

#include <QtCore/QJsonArray>
#include <QtCore/QStringList>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine::MoneyRules {

using Model::Currency;
using Model::Decimal;
using Model::Money;
using Model::RoundingMode;
using namespace Detail;

namespace {

/// What is left to credit of an invoiced line (or of all shipping together).
struct Pool
{
    const DocumentLine *line = nullptr; ///< null for the shipping pool
    Decimal quantity; ///< units left (item lines)
    Money base; ///< amount left in the price basis: net, or gross when prices include tax
    QList<Model::TaxLine> taxes; ///< per tax component: the tax left
};

/// The invoiced document and what the refunds so far have credited of it.
struct Ledger
{
    const TaxDocument *document = nullptr;
    QList<Pool> items;
    Pool shipping;
    QStringList shippingIds;
    QStringList credited; ///< refund ids already credited
};

Ledger ledgerOf(const TaxDocument &document)
{
    Ledger ledger;
    ledger.document = &document;
    const Currency currency = document.currency;
    ledger.shipping.base = Money::zero(currency);
    for (const DocumentLine &line : document.lines) {
        const Money base = document.pricesIncludeTax ? line.gross : line.net;
        if (line.kind == DocumentLine::Kind::Item) {
            ledger.items.append(Pool{&line, line.quantity, base, line.taxes});
            continue;
        }
        ledger.shippingIds.append(line.id);
        ledger.shipping.base = add(ledger.shipping.base, base);
        for (const Model::TaxLine &tax : line.taxes) {
            auto it = std::find_if(
                ledger.shipping.taxes.begin(), ledger.shipping.taxes.end(),
                [&tax](const Model::TaxLine &t) { return t.title == tax.title && t.rate == tax.rate; });
            if (it == ledger.shipping.taxes.end())
                ledger.shipping.taxes.append(tax);
            else
                it->amount = add(it->amount, tax.amount);
        }
    }
    return ledger;
}

bool poolIsEmpty(const Pool &pool)
{
    if (pool.quantity.signum() != 0 || !pool.base.isZero())
        return false;
    return std::all_of(pool.taxes.begin(), pool.taxes.end(),
                       [](const Model::TaxLine &t) { return t.amount.isZero(); });
}

/// The credited part of a pool.
struct Credit
{
    Money base;
    QList<Model::TaxLine> taxes;
    Money tax;
};

/**
 * Takes num/den of what is left in `pool` (all of it when num == den), or the store's own
 * amounts `givenBase`/`givenTax` when it stated them, and removes it from the pool. On failure
 * returns nullopt with `error` naming `path`.
 */
std::optional<Credit> take(Pool &pool, const Decimal &num, const Decimal &den, const Money &givenBase,
                           const Money &givenTax, RoundingMode mode, const QString &path, const QString &what,
                           QString *error)
{
    const Currency currency = pool.base.currency();
    const bool all = num == den;
    Credit credit;
    credit.base = givenBase.isValid() ? givenBase : (all ? pool.base : share(pool.base, num, den, mode));
    if (givenTax.isValid()) {
        // The store's tax for the line, spread over the line's tax components like what is left.
        if (pool.taxes.isEmpty()) {
            if (!givenTax.isZero()) {
                *error = Text::tr("%1.tax: %2 refunded on %3, which carries no tax")
                             .arg(path, givenTax.toString(), what);
                return std::nullopt;
            }
        } else {
            QList<Decimal> weights;
            bool anyWeight = false;
            for (const Model::TaxLine &t : std::as_const(pool.taxes)) {
                weights.append(t.amount.amount().abs());
                anyWeight = anyWeight || !t.amount.isZero();
            }
            const std::optional<QList<Money>> parts = anyWeight
                ? Model::allocate(givenTax, weights)
                : Model::allocateEvenly(givenTax, int(pool.taxes.size()));
            for (qsizetype j = 0; j < pool.taxes.size(); ++j) {
                Model::TaxLine t = pool.taxes.at(j);
                t.amount = parts ? parts->at(j) : Money::zero(currency);
                credit.taxes.append(t);
            }
        }
    } else {
        for (const Model::TaxLine &left : std::as_const(pool.taxes)) {
            Model::TaxLine t = left;
            t.amount = all ? left.amount : share(left.amount, num, den, mode);
            credit.taxes.append(t);
        }
    }
    if (credit.base > pool.base) {
        *error = Text::tr("%1.subtotal: %2 is more than the %3 of %4 left to credit")
                     .arg(path, credit.base.toString(), pool.base.toString(), what);
        return std::nullopt;
    }
    credit.tax = Money::zero(currency);
    for (qsizetype j = 0; j < credit.taxes.size(); ++j) {
        if (credit.taxes.at(j).amount.abs() > pool.taxes.at(j).amount.abs()) {
            *error = Text::tr("%1.tax: %2 is more than the %3 of %4's %5 left to credit")
                         .arg(path, credit.taxes.at(j).amount.toString(), pool.taxes.at(j).amount.toString(),
                              what, pool.taxes.at(j).title);
            return std::nullopt;
        }
        credit.tax = add(credit.tax, credit.taxes.at(j).amount);
    }
    pool.base = subtract(pool.base, credit.base);
    for (qsizetype j = 0; j < credit.taxes.size(); ++j)
        pool.taxes[j].amount = subtract(pool.taxes.at(j).amount, credit.taxes.at(j).amount);
    return credit;
}

/// "line L1 (SKU-A)" for messages.
QString lineName(const DocumentLine &line)
{
    if (line.sku.isEmpty())
        return Text::tr("line %1").arg(line.id);
    return Text::tr("line %1 (%2)").arg(line.id, line.sku);
}

/// The credit note line of a credited pool part.
Model::InvoiceLine creditLine(const Ledger &ledger, const Credit &credit, const Decimal &quantity,
                              const Money &unitPrice)
{
    const TaxDocument &doc = *ledger.document;
    Model::InvoiceLine line;
    line.quantity = quantity;
    line.unitPrice = unitPrice;
    line.discount =
        subtract(Money::of(quantity * unitPrice.amount(), doc.currency, doc.rule.mode), credit.base);
    line.taxLines = credit.taxes;
    line.total = doc.pricesIncludeTax ? subtract(credit.base, credit.tax) : credit.base;
    return line;
}

Model::InvoiceLine itemCreditLine(const Ledger &ledger, const Pool &pool, const Credit &credit,
                                  const Decimal &quantity)
{
    Model::InvoiceLine line = creditLine(ledger, credit, quantity, pool.line->unitPrice);
    line.orderLineId = pool.line->id;
    line.sku = pool.line->sku;
    line.description = pool.line->title;
    return line;
}

Model::InvoiceLine shippingCreditLine(const Ledger &ledger, const Credit &credit)
{
    Model::InvoiceLine line = creditLine(ledger, credit, Decimal(1), credit.base);
    line.discount = Money::zero(ledger.document->currency);
    if (ledger.shippingIds.size() == 1)
        line.orderLineId = ledger.shippingIds.constFirst();
    line.description = Text::tr("Shipping");
    return line;
}

/// When a line has no units left after `refund` but the store's own amounts left some of it,
/// that residue is reported.
void reportResidue(const Pool &pool, const Credit &credit, const QString &path, const Model::Refund &refund,
                   CreditNoteResult &result)
{
    if (pool.quantity.signum() != 0)
        return;
    const auto report = [&](const QString &field, const Money &credited, const Money &left) {
        if (left.isZero())
            return;
        const Money full = add(credited, left);
        const Cause cause =
            left.abs() <= minorUnit(left.currency()) ? Cause::TaxRounding : Cause::RefundNotCredited;
        result.differences.append(difference(
            field, cause, credited, full,
            Text::tr(
                "refund %1 credits the last units of %2 with %3, but %4 of it was left: %5 stays uncredited")
                .arg(refund.id, lineName(*pool.line), credited.toString(), full.toString(),
                     left.toString())));
    };
    report(path + u".subtotal"_s, credit.base, pool.base);
    Money taxLeft = Money::zero(pool.base.currency());
    for (const Model::TaxLine &t : pool.taxes)
        taxLeft = add(taxLeft, t.amount);
    report(path + u".tax"_s, credit.tax, taxLeft);
}

/// Credits `refund`'s lines, shipping and adjustment into result.note.lines.
QString creditRefund(Ledger &ledger, const Model::Refund &refund, CreditNoteResult &result)
{
    const TaxDocument &doc = *ledger.document;
    const Currency currency = doc.currency;
    const RoundingMode mode = doc.rule.mode;
    for (qsizetype i = 0; i < refund.lines.size(); ++i) {
        const Model::RefundLine &rl = refund.lines.at(i);
        const QString path = u"lines["_s + QString::number(i) + u']';
        Pool *pool = nullptr;
        for (Pool &candidate : ledger.items) {
            const bool byId = !rl.orderLineId.isEmpty() && candidate.line->id == rl.orderLineId;
            const bool bySku = rl.orderLineId.isEmpty() && !rl.sku.isEmpty() && candidate.line->sku == rl.sku;
            if (byId || bySku) {
                pool = &candidate;
                break;
            }
        }
        if (!pool) {
            const QString key = rl.orderLineId.isEmpty() ? rl.sku : rl.orderLineId;
            const QString field = rl.orderLineId.isEmpty() ? u".sku"_s : u".order_line_id"_s;
            return Text::tr("%1%2: \"%3\" is not a line of order %4")
                .arg(path, field, key, doc.orderNumber.isEmpty() ? doc.orderId : doc.orderNumber);
        }
        if (rl.quantity.signum() <= 0)
            return Text::tr("%1.quantity: %2 is not a positive quantity").arg(path, rl.quantity.toString());
        if (rl.quantity > pool->quantity) {
            return Text::tr("%1.quantity: %2 of %3 asked, but only %4 of %5 are left to credit")
                .arg(path, plain(rl.quantity), lineName(*pool->line), plain(pool->quantity),
                     plain(pool->line->quantity));
        }
        if (QString problem = checkAmount(rl.subtotal, currency, path + u".subtotal"_s, false, true);
            !problem.isEmpty())
            return problem;
        if (QString problem = checkAmount(rl.tax, currency, path + u".tax"_s, false, true);
            !problem.isEmpty())
            return problem;
        QString error;
        const std::optional<Credit> credit = take(*pool, rl.quantity, pool->quantity, rl.subtotal, rl.tax,
                                                  mode, path, lineName(*pool->line), &error);
        if (!credit)
            return error;
        pool->quantity -= rl.quantity;
        result.note.lines.append(itemCreditLine(ledger, *pool, *credit, rl.quantity));
        reportResidue(*pool, *credit, path, refund, result);
    }

    if (QString problem = checkAmount(refund.shipping, currency, u"shipping"_s, false, true);
        !problem.isEmpty())
        return problem;
    if (refund.shipping.isValid() && !refund.shipping.isZero()) {
        if (refund.shipping > ledger.shipping.base) {
            return Text::tr("shipping: %1 refunded, but only %2 of shipping is left to credit")
                .arg(refund.shipping.toString(), ledger.shipping.base.toString());
        }
        QString error;
        const std::optional<Credit> credit =
            take(ledger.shipping, refund.shipping.amount(), ledger.shipping.base.amount(), refund.shipping,
                 Money(), mode, u"shipping"_s, Text::tr("shipping"), &error);
        if (!credit)
            return error;
        result.note.lines.append(shippingCreditLine(ledger, *credit));
    }

    if (QString problem = checkAmount(refund.adjustment, currency, u"adjustment"_s, false, false);
        !problem.isEmpty())
        return problem;
    if (refund.adjustment.isValid() && !refund.adjustment.isZero()) {
        Model::InvoiceLine line;
        line.description = Text::tr("Refund adjustment");
        line.quantity = Decimal(1);
        line.unitPrice = refund.adjustment;
        line.discount = Money::zero(currency);
        line.total = refund.adjustment;
        result.note.lines.append(line);
    }
    return QString();
}

/// Credits everything the ledger has left.
void creditRemainder(Ledger &ledger, CreditNoteResult &result)
{
    const RoundingMode mode = ledger.document->rule.mode;
    for (Pool &pool : ledger.items) {
        if (poolIsEmpty(pool))
            continue;
        const Decimal quantity = pool.quantity;
        QString error;
        const std::optional<Credit> credit =
            take(pool, Decimal(1), Decimal(1), Money(), Money(), mode, QString(), QString(), &error);
        Q_ASSERT(credit); // taking everything never exceeds what is left
        pool.quantity = Decimal();
        if (credit)
            result.note.lines.append(itemCreditLine(ledger, pool, *credit, quantity));
    }
    if (!poolIsEmpty(ledger.shipping)) {
        QString error;
        const std::optional<Credit> credit = take(ledger.shipping, Decimal(1), Decimal(1), Money(), Money(),
                                                  mode, QString(), QString(), &error);
        Q_ASSERT(credit);
        if (credit)
            result.note.lines.append(shippingCreditLine(ledger, *credit));
    }
}

void finishNote(CreditNoteResult &result, const Model::Refund &refund, const Currency &currency)
{
    Model::CreditNote &note = result.note;
    note.subtotal = Money::zero(currency);
    note.taxTotal = Money::zero(currency);
    for (const Model::InvoiceLine &line : std::as_const(note.lines)) {
        note.subtotal = add(note.subtotal, line.total);
        for (const Model::TaxLine &tax : line.taxLines)
            note.taxTotal = add(note.taxTotal, tax.amount);
    }
    note.total = add(note.subtotal, note.taxTotal);
    if (!refund.total.isValid() || refund.total.currency() != currency || refund.total == note.total)
        return;
    const Money gap = subtract(refund.total, note.total);
    const qsizetype lines = std::max<qsizetype>(note.lines.size(), 1);
    Cause cause = Cause::Unknown;
    QString evidence =
        Text::tr("the store refunded %1 but the credit note for its lines, shipping and adjustment "
                 "comes to %2; %3 is unexplained")
            .arg(refund.total.toString(), note.total.toString(), gap.toString());
    if (gap.abs() <= Money::fromMinorUnits(lines, currency)) {
        cause = Cause::TaxRounding;
        evidence =
            Text::tr("rounding: the store refunded %1 and the credit note comes to %2; the %3 between them "
                     "is within one minor unit per credited line (%4)")
                .arg(refund.total.toString(), note.total.toString(), gap.toString(), QString::number(lines));
    } else if (gap.signum() > 0) {
        cause = Cause::RefundNotCredited;
        evidence =
            Text::tr("the store refunded %1 but only %2 is credited by lines, shipping and adjustment; %3 is "
                     "not on the credit note")
                .arg(refund.total.toString(), note.total.toString(), gap.toString());
    }
    result.differences.append(difference(u"total"_s, cause, refund.total, note.total, evidence));
}

/// The ledger after the earlier refunds, or an error.
MoneyResult<CreditNoteResult> prepare(const TaxDocument &document, const InvoiceRef &invoice,
                                      const QList<Model::Refund> &earlier, const Model::Refund &refund,
                                      Ledger &ledger)
{
    using Result = MoneyResult<CreditNoteResult>;
    const QString docName = document.orderNumber.isEmpty() ? document.orderId : document.orderNumber;
    const QString prefix = Text::tr("refund %1 of order %2: ").arg(refund.id, docName);
    if (!document.currency.isValid())
        return Result::failure(prefix + Text::tr("the invoiced document has no currency"));
    if (invoice.currency.isValid() && invoice.currency != document.currency) {
        return Result::failure(
            prefix
            + Text::tr("invoice %1 is in %2, the order in %3")
                  .arg(invoice.invoiceNumber.isEmpty() ? invoice.invoiceId : invoice.invoiceNumber,
                       invoice.currency.code(), document.currency.code()));
    }
    for (const Model::Refund &r : earlier) {
        if (!r.orderId.isEmpty() && !document.orderId.isEmpty() && r.orderId != document.orderId) {
            return Result::failure(Text::tr("refund %1 belongs to order %2, not to order %3")
                                       .arg(r.id, r.orderId, document.orderId));
        }
        if (ledger.credited.contains(r.id))
            return Result::failure(Text::tr("refund %1 of order %2 is listed twice").arg(r.id, docName));
        CreditNoteResult ignored;
        // A refund that names no line, shipping or adjustment was a full refund: it credited
        // what was left then (creditNoteForRemainder()).
        const bool full = r.lines.isEmpty() && (!r.shipping.isValid() || r.shipping.isZero())
            && (!r.adjustment.isValid() || r.adjustment.isZero());
        if (full) {
            creditRemainder(ledger, ignored);
        } else if (QString problem = creditRefund(ledger, r, ignored); !problem.isEmpty()) {
            return Result::failure(Text::tr("refund %1 of order %2: ").arg(r.id, docName) + problem);
        }
        ledger.credited.append(r.id);
    }
    if (!refund.orderId.isEmpty() && !document.orderId.isEmpty() && refund.orderId != document.orderId) {
        return Result::failure(Text::tr("refund %1 belongs to order %2, not to order %3")
                                   .arg(refund.id, refund.orderId, document.orderId));
    }
    if (ledger.credited.contains(refund.id))
        return Result::failure(prefix + Text::tr("it is already credited"));
    if (QString problem = checkAmount(refund.total, document.currency, u"total"_s, false, false);
        !problem.isEmpty())
        return Result::failure(prefix + problem);

    CreditNoteResult result;
    Model::CreditNote &note = result.note;
    note.invoiceId = invoice.invoiceId;
    note.orderId = document.orderId;
    note.refundId = refund.id;
    note.customerId = invoice.customerId;
    note.currency = document.currency;
    note.reason = refund.note;
    note.issuedAt = refund.processedAt.isValid() ? refund.processedAt : refund.createdAt;
    return result;
}

} // namespace

InvoiceRef InvoiceRef::of(const Model::Invoice &invoice)
{
    return InvoiceRef{invoice.id, invoice.number, invoice.customerId, invoice.currency};
}

MoneyResult<CreditNoteResult> creditNoteForRefund(const TaxDocument &document, const InvoiceRef &invoice,
                                                  const QList<Model::Refund> &earlier,
                                                  const Model::Refund &refund)
{
    using Result = MoneyResult<CreditNoteResult>;
    Ledger ledger = ledgerOf(document);
    Result prepared = prepare(document, invoice, earlier, refund, ledger);
    if (!prepared)
        return prepared;
    CreditNoteResult result = std::move(prepared).value();
    if (QString problem = creditRefund(ledger, refund, result); !problem.isEmpty()) {
        const QString docName = document.orderNumber.isEmpty() ? document.orderId : document.orderNumber;
        return Result::failure(Text::tr("refund %1 of order %2: ").arg(refund.id, docName) + problem);
    }
    finishNote(result, refund, document.currency);
    return result;
}

MoneyResult<CreditNoteResult> creditNoteForRemainder(const TaxDocument &document, const InvoiceRef &invoice,
                                                     const QList<Model::Refund> &earlier,
                                                     const Model::Refund &refund)
{
    using Result = MoneyResult<CreditNoteResult>;
    Ledger ledger = ledgerOf(document);
    Result prepared = prepare(document, invoice, earlier, refund, ledger);
    if (!prepared)
        return prepared;
    CreditNoteResult result = std::move(prepared).value();
    creditRemainder(ledger, result);
    if (result.note.lines.isEmpty()) {
        const QString docName = document.orderNumber.isEmpty() ? document.orderId : document.orderNumber;
        return Result::failure(
            Text::tr("refund %1 of order %2: the order is fully credited already; nothing is left")
                .arg(refund.id, docName));
    }
    finishNote(result, refund, document.currency);
    return result;
}

QJsonObject CreditNoteResult::toJson() const
{
    QJsonArray lines;
    for (const Model::InvoiceLine &line : note.lines) {
        QJsonArray taxes;
        for (const Model::TaxLine &tax : line.taxLines) {
            taxes.append(QJsonObject{{u"title"_s, tax.title},
                                     {u"rate"_s, plain(tax.rate)},
                                     {u"amount"_s, amountJson(tax.amount)}});
        }
        lines.append(QJsonObject{
            {u"order_line_id"_s, line.orderLineId},
            {u"sku"_s, line.sku},
            {u"description"_s, line.description},
            {u"quantity"_s, plain(line.quantity)},
            {u"unit_price"_s, amountJson(line.unitPrice)},
            {u"discount"_s, amountJson(line.discount)},
            {u"taxes"_s, taxes},
            {u"total"_s, amountJson(line.total)},
        });
    }
    QJsonArray differenceArray;
    for (const MoneyDifference &d : differences)
        differenceArray.append(d.toJson());
    return QJsonObject{
        {u"invoice_id"_s, note.invoiceId},
        {u"order_id"_s, note.orderId},
        {u"refund_id"_s, note.refundId},
        {u"currency"_s, note.currency.code()},
        {u"lines"_s, lines},
        {u"subtotal"_s, amountJson(note.subtotal)},
        {u"tax_total"_s, amountJson(note.taxTotal)},
        {u"total"_s, amountJson(note.total)},
        {u"differences"_s, differenceArray},
    };
}

} // namespace LedgerLink::Engine::MoneyRules
