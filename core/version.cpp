#include "version.h"

namespace LedgerLink {

QString versionString()
{
    return QStringLiteral(LEDGERLINK_VERSION);
}

} // namespace LedgerLink
