#include "model/invoice.h"

#include "model/jsonfields_p.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Model {

namespace {

// The field lists: one line per JSON key, read and written by the same list.
template<class V, class R>
void visitInvoiceLine(V &v, R &r)
{
    v("id"_L1, r.id, Json::Id);
    v("order_line_id"_L1, r.orderLineId, Json::Id);
    v("sku"_L1, r.sku);
    v("description"_L1, r.description);
    v("quantity"_L1, r.quantity);
    v("unit_price"_L1, r.unitPrice);
    v("discount"_L1, r.discount);
    v("tax_lines"_L1, r.taxLines);
    v("total"_L1, r.total);
}

template<class V, class R>
void visitInvoice(V &v, R &r)
{
    v("id"_L1, r.id, Json::Required | Json::Id);
    v("number"_L1, r.number);
    v("order_id"_L1, r.orderId, Json::Id);
    v("customer_id"_L1, r.customerId, Json::Id);
    v("currency"_L1, r.currency, Json::Required);
    v("status"_L1, r.status);
    v("issued_at"_L1, r.issuedAt);
    v("due_at"_L1, r.dueAt);
    v("lines"_L1, r.lines);
    v("subtotal"_L1, r.subtotal);
    v("tax_total"_L1, r.taxTotal);
    v("total"_L1, r.total);
    v("amount_due"_L1, r.amountDue);
    v("raw"_L1, r.raw);
}

// Every amount of the document is in its currency.
QString checkInvoice(const Invoice &d)
{
    Json::CurrencyCheck check(d.currency, "invoice's"_L1);
    check.lines(d.lines);
    check(u"subtotal"_s, d.subtotal);
    check(u"tax_total"_s, d.taxTotal);
    check(u"total"_s, d.total);
    check(u"amount_due"_s, d.amountDue);
    return check.error();
}

} // namespace

LEDGERLINK_JSON_RECORD(InvoiceLine, visitInvoiceLine)

LEDGERLINK_JSON_RECORD_CHECKED(Invoice, visitInvoice, checkInvoice)

} // namespace LedgerLink::Model
