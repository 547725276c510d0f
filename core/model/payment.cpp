#include "model/payment.h"

#include "model/jsonfields_p.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Model {

namespace {

// The field lists: one line per JSON key, read and written by the same list.
template<class V, class R>
void visitPayment(V &v, R &r)
{
    v("id"_L1, r.id, Json::Required | Json::Id);
    v("order_id"_L1, r.orderId, Json::Id);
    v("invoice_id"_L1, r.invoiceId, Json::Id);
    v("amount"_L1, r.amount);
    v("kind"_L1, r.kind);
    v("gateway"_L1, r.gateway);
    v("method"_L1, r.method);
    v("reference"_L1, r.reference);
    v("status"_L1, r.status);
    v("processed_at"_L1, r.processedAt);
    v("raw"_L1, r.raw);
}

} // namespace

LEDGERLINK_JSON_RECORD(Payment, visitPayment)

} // namespace LedgerLink::Model
