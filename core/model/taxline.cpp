#include "model/taxline.h"

#include "model/jsonfields_p.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Model {

namespace {

// The field lists: one line per JSON key, read and written by the same list.
template<class V, class R>
void visitTaxLine(V &v, R &r)
{
    v("title"_L1, r.title);
    v("rate"_L1, r.rate);
    v("amount"_L1, r.amount);
}

} // namespace

LEDGERLINK_JSON_RECORD(TaxLine, visitTaxLine)

} // namespace LedgerLink::Model
