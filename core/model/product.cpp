#include "model/product.h"

#include "model/jsonfields_p.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Model {

namespace {

// The field lists: one line per JSON key, read and written by the same list.
template<class V, class R>
void visitProduct(V &v, R &r)
{
    v("id"_L1, r.id, Json::Required | Json::Id);
    v("title"_L1, r.title);
    v("description"_L1, r.description);
    v("vendor"_L1, r.vendor);
    v("product_type"_L1, r.productType);
    v("status"_L1, r.status);
    v("tags"_L1, r.tags);
    v("variants"_L1, r.variants);
    v("created_at"_L1, r.createdAt);
    v("updated_at"_L1, r.updatedAt);
    v("raw"_L1, r.raw);
}

} // namespace

LEDGERLINK_JSON_RECORD(Product, visitProduct)

} // namespace LedgerLink::Model
