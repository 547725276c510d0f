#include "model/inventorylevel.h"

#include "model/jsonfields_p.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Model {

namespace {

// The field lists: one line per JSON key, read and written by the same list.
template<class V, class R>
void visitInventoryLevel(V &v, R &r)
{
    v("sku"_L1, r.sku);
    v("variant_id"_L1, r.variantId, Json::Id);
    v("inventory_item_id"_L1, r.inventoryItemId, Json::Id);
    v("location_id"_L1, r.locationId, Json::Required | Json::Id);
    v("available"_L1, r.available);
    v("updated_at"_L1, r.updatedAt);
    v("raw"_L1, r.raw);
}

} // namespace

LEDGERLINK_JSON_RECORD(InventoryLevel, visitInventoryLevel)

} // namespace LedgerLink::Model
