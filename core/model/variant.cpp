#include "model/variant.h"

#include "model/jsonfields_p.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Model {

namespace {

// The field lists: one line per JSON key, read and written by the same list.
template<class V, class R>
void visitVariant(V &v, R &r)
{
    v("id"_L1, r.id, Json::Id);
    v("product_id"_L1, r.productId, Json::Id);
    v("sku"_L1, r.sku);
    v("title"_L1, r.title);
    v("barcode"_L1, r.barcode);
    v("price"_L1, r.price);
    v("compare_at_price"_L1, r.compareAtPrice);
    v("taxable"_L1, r.taxable);
    v("raw"_L1, r.raw);
}

} // namespace

LEDGERLINK_JSON_RECORD(Variant, visitVariant)

} // namespace LedgerLink::Model
