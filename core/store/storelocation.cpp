#include "store/storelocation.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Store {

QString StoreLocation::describe() const
{
    if (backend == Backend::Sqlite)
        return u"the state store %1"_s.arg(sqlitePath);
    return u"the PostgreSQL state store \"%1\" at %2:%3"_s.arg(database, host).arg(port);
}

} // namespace LedgerLink::Store
