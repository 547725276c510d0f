#include "model/refund.h"

#include "model/jsonfields_p.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Model {

namespace {

// The field lists: one line per JSON key, read and written by the same list.
template<class V, class R>
void visitRefundLine(V &v, R &r)
{
    v("id"_L1, r.id, Json::Id);
    v("order_line_id"_L1, r.orderLineId, Json::Id);
    v("sku"_L1, r.sku);
    v("quantity"_L1, r.quantity);
    v("subtotal"_L1, r.subtotal);
    v("tax"_L1, r.tax);
    v("restock"_L1, r.restock);
}

template<class V, class R>
void visitRefund(V &v, R &r)
{
    v("id"_L1, r.id, Json::Required | Json::Id);
    v("order_id"_L1, r.orderId, Json::Id);
    v("note"_L1, r.note);
    v("lines"_L1, r.lines);
    v("shipping"_L1, r.shipping);
    v("adjustment"_L1, r.adjustment);
    v("total"_L1, r.total);
    v("created_at"_L1, r.createdAt);
    v("processed_at"_L1, r.processedAt);
    v("raw"_L1, r.raw);
}

} // namespace

LEDGERLINK_JSON_RECORD(RefundLine, visitRefundLine)

LEDGERLINK_JSON_RECORD(Refund, visitRefund)

} // namespace LedgerLink::Model
