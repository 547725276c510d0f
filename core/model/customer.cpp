#include "model/customer.h"

#include "model/jsonfields_p.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Model {

namespace {

// The field lists: one line per JSON key, read and written by the same list.
template<class V, class R>
void visitCustomer(V &v, R &r)
{
    v("id"_L1, r.id, Json::Id);
    v("external_id"_L1, r.externalId, Json::Id);
    v("email"_L1, r.email);
    v("first_name"_L1, r.firstName);
    v("last_name"_L1, r.lastName);
    v("company"_L1, r.company);
    v("phone"_L1, r.phone);
    v("tax_id"_L1, r.taxId);
    v("addresses"_L1, r.addresses);
    v("default_address"_L1, r.defaultAddress);
    v("created_at"_L1, r.createdAt);
    v("updated_at"_L1, r.updatedAt);
    v("raw"_L1, r.raw);
}

} // namespace

LEDGERLINK_JSON_RECORD(Customer, visitCustomer)

} // namespace LedgerLink::Model
