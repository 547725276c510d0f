// The records a truth pass reads, kept to compare without the network.

#include "engine/reconcilesnapshot.h"

namespace LedgerLink::Engine {

const ReconcileSnapshot::Records *ReconcileSnapshot::recordsOf(bool erpSide, const QString &object) const
{
    const QHash<QString, Records> &side = erpSide ? erp : store;
    const auto it = side.constFind(object);
    return it == side.cend() ? nullptr : &*it;
}

void ReconcileSnapshot::add(bool erpSide, const QString &object,
                            const QList<Connectors::VendorRecord> &records, const QDateTime &since)
{
    Records &into = (erpSide ? erp : store)[object];
    into.since = since;
    into.records.append(records);
}

qsizetype ReconcileSnapshot::size() const
{
    qsizetype count = 0;
    for (const Records &records : store)
        count += records.records.size();
    for (const Records &records : erp)
        count += records.records.size();
    return count;
}

} // namespace LedgerLink::Engine
