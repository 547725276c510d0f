#include "engine/workspace.h"

#include <QtCore/QDir>
#include <QtCore/QStandardPaths>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine {

QString sandboxWorkspaceDir()
{
    QString parent = qEnvironmentVariable("LEDGERLINK_WORKSPACES_DIR");
    if (parent.isEmpty()) {
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        parent = (data.isEmpty() ? QDir::homePath() + u"/.ledgerlink"_s : data) + u"/workspaces"_s;
    }
    return QDir(parent).absoluteFilePath(u"sandbox"_s);
}

QString stateFilePath(const QString &workspaceDir)
{
    return QDir(workspaceDir).absoluteFilePath(u"state.sqlite"_s);
}

Store::StoreLocation ownStateLocation(const QString &workspaceDir)
{
    return Store::StoreLocation::sqlite(stateFilePath(workspaceDir));
}

} // namespace LedgerLink::Engine
