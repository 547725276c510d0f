#include "model/orderline.h"

#include "model/jsonfields_p.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Model {

namespace {

// The field lists: one line per JSON key, read and written by the same list.
template<class V, class R>
void visitOrderLine(V &v, R &r)
{
    v("id"_L1, r.id, Json::Id);
    v("product_id"_L1, r.productId, Json::Id);
    v("variant_id"_L1, r.variantId, Json::Id);
    v("sku"_L1, r.sku);
    v("title"_L1, r.title);
    v("vendor"_L1, r.vendor);
    v("quantity"_L1, r.quantity);
    v("unit_price"_L1, r.unitPrice);
    v("discount"_L1, r.discount);
    v("tax_lines"_L1, r.taxLines);
    v("total"_L1, r.total);
}

} // namespace

LEDGERLINK_JSON_RECORD(OrderLine, visitOrderLine)

} // namespace LedgerLink::Model
