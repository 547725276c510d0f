#include "model/creditnote.h"

#include "model/jsonfields_p.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Model {

namespace {

// The field lists: one line per JSON key, read and written by the same list.
template<class V, class R>
void visitCreditNote(V &v, R &r)
{
    v("id"_L1, r.id, Json::Required | Json::Id);
    v("number"_L1, r.number);
    v("invoice_id"_L1, r.invoiceId, Json::Id);
    v("order_id"_L1, r.orderId, Json::Id);
    v("refund_id"_L1, r.refundId, Json::Id);
    v("customer_id"_L1, r.customerId, Json::Id);
    v("currency"_L1, r.currency, Json::Required);
    v("status"_L1, r.status);
    v("reason"_L1, r.reason);
    v("issued_at"_L1, r.issuedAt);
    v("lines"_L1, r.lines);
    v("subtotal"_L1, r.subtotal);
    v("tax_total"_L1, r.taxTotal);
    v("total"_L1, r.total);
    v("raw"_L1, r.raw);
}

// Every amount of the document is in its currency.
QString checkCreditNote(const CreditNote &d)
{
    Json::CurrencyCheck check(d.currency, "credit note's"_L1);
    check.lines(d.lines);
    check(u"subtotal"_s, d.subtotal);
    check(u"tax_total"_s, d.taxTotal);
    check(u"total"_s, d.total);
    return check.error();
}

} // namespace

LEDGERLINK_JSON_RECORD_CHECKED(CreditNote, visitCreditNote, checkCreditNote)

} // namespace LedgerLink::Model
