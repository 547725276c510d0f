#include "model/order.h"

#include "model/jsonfields_p.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Model {

namespace {

// The field lists: one line per JSON key, read and written by the same list.
template<class V, class R>
void visitDiscountLine(V &v, R &r)
{
    v("code"_L1, r.code);
    v("title"_L1, r.title);
    v("amount"_L1, r.amount);
}

template<class V, class R>
void visitShippingLine(V &v, R &r)
{
    v("id"_L1, r.id, Json::Id);
    v("title"_L1, r.title);
    v("code"_L1, r.code);
    v("price"_L1, r.price);
    v("discount"_L1, r.discount);
    v("tax_lines"_L1, r.taxLines);
}

template<class V, class R>
void visitOrder(V &v, R &r)
{
    v("id"_L1, r.id, Json::Required | Json::Id);
    v("number"_L1, r.number);
    v("currency"_L1, r.currency, Json::Required);
    v("base_currency"_L1, r.baseCurrency);
    v("exchange_rate"_L1, r.exchangeRate);
    v("customer"_L1, r.customer);
    v("billing_address"_L1, r.billingAddress);
    v("shipping_address"_L1, r.shippingAddress);
    v("lines"_L1, r.lines);
    v("discounts"_L1, r.discounts);
    v("shipping_lines"_L1, r.shippingLines);
    v("tax_lines"_L1, r.taxLines);
    v("subtotal"_L1, r.subtotal);
    v("discount_total"_L1, r.discountTotal);
    v("shipping_total"_L1, r.shippingTotal);
    v("tax_total"_L1, r.taxTotal);
    v("total"_L1, r.total);
    v("taxes_included"_L1, r.taxesIncluded);
    v("financial_status"_L1, r.financialStatus);
    v("created_at"_L1, r.createdAt);
    v("updated_at"_L1, r.updatedAt);
    v("raw"_L1, r.raw);
}

// Every amount of an order is in the order's currency.
QString checkOrder(const Order &o)
{
    Json::CurrencyCheck check(o.currency, "order's"_L1);
    const auto taxes = [&check](const QString &path, const QList<TaxLine> &lines) {
        for (qsizetype i = 0; i < lines.size(); ++i)
            check(path + u'[' + QString::number(i) + u"].amount"_s, lines.at(i).amount);
    };
    check.lines(o.lines);
    for (qsizetype i = 0; i < o.discounts.size(); ++i)
        check(u"discounts["_s + QString::number(i) + u"].amount"_s, o.discounts.at(i).amount);
    for (qsizetype i = 0; i < o.shippingLines.size(); ++i) {
        const ShippingLine &line = o.shippingLines.at(i);
        const QString path = u"shipping_lines["_s + QString::number(i) + u']';
        check(path + u".price"_s, line.price);
        check(path + u".discount"_s, line.discount);
        taxes(path + u".tax_lines"_s, line.taxLines);
    }
    taxes(u"tax_lines"_s, o.taxLines);
    check(u"subtotal"_s, o.subtotal);
    check(u"discount_total"_s, o.discountTotal);
    check(u"shipping_total"_s, o.shippingTotal);
    check(u"tax_total"_s, o.taxTotal);
    check(u"total"_s, o.total);
    return check.error();
}

} // namespace

LEDGERLINK_JSON_RECORD(DiscountLine, visitDiscountLine)

LEDGERLINK_JSON_RECORD(ShippingLine, visitShippingLine)

LEDGERLINK_JSON_RECORD_CHECKED(Order, visitOrder, checkOrder)

} // namespace LedgerLink::Model
