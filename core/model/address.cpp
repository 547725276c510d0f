#include "model/address.h"

#include "model/jsonfields_p.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Model {

namespace {

// The field lists: one line per JSON key, read and written by the same list.
template<class V, class R>
void visitAddress(V &v, R &r)
{
    v("name"_L1, r.name);
    v("first_name"_L1, r.firstName);
    v("last_name"_L1, r.lastName);
    v("company"_L1, r.company);
    v("line1"_L1, r.line1);
    v("line2"_L1, r.line2);
    v("city"_L1, r.city);
    v("region"_L1, r.region);
    v("region_code"_L1, r.regionCode);
    v("postal_code"_L1, r.postalCode);
    v("country_code"_L1, r.countryCode);
    v("phone"_L1, r.phone);
}

} // namespace

LEDGERLINK_JSON_RECORD(Address, visitAddress)

} // namespace LedgerLink::Model
