#include "model/payout.h"

#include "model/jsonfields_p.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Model {

namespace {

// The field lists: one line per JSON key, read and written by the same list.
template<class V, class R>
void visitPayoutTransaction(V &v, R &r)
{
    v("id"_L1, r.id, Json::Required | Json::Id);
    v("type"_L1, r.type);
    v("order_id"_L1, r.orderId, Json::Id);
    v("payment_id"_L1, r.paymentId, Json::Id);
    v("amount"_L1, r.amount);
    v("fee"_L1, r.fee);
    v("net"_L1, r.net);
    v("processed_at"_L1, r.processedAt);
}

template<class V, class R>
void visitPayout(V &v, R &r)
{
    v("id"_L1, r.id, Json::Required | Json::Id);
    v("status"_L1, r.status);
    v("date"_L1, r.date);
    v("currency"_L1, r.currency);
    v("amount"_L1, r.amount);
    v("transactions"_L1, r.transactions);
    v("raw"_L1, r.raw);
}

} // namespace

LEDGERLINK_JSON_RECORD(PayoutTransaction, visitPayoutTransaction)

LEDGERLINK_JSON_RECORD(Payout, visitPayout)

} // namespace LedgerLink::Model
