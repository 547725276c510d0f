// The facts a truth pass reads, kept to compare without the network.

#include "engine/reconcilesnapshot.h"

namespace LedgerLink::Engine {

const ReconcileSnapshot::Records *ReconcileSnapshot::recordsOf(bool erpSide, const QString &object) const
{
    const QHash<QString, Records> &side = erpSide ? erp : store;
    const auto it = side.constFind(object);
    return it == side.cend() ? nullptr : &*it;
}

qsizetype ReconcileSnapshot::size() const
{
    qsizetype count = 0;
    for (const Records &records : store)
        count += records.count;
    for (const Records &records : erp)
        count += records.count;
    return count;
}

} // namespace LedgerLink::Engine
