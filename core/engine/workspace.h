#pragma once

#include "store/storelocation.h"

#include <QtCore/QString>

namespace LedgerLink::Engine {

/// The sandbox workspace's folder: <app data>/workspaces/sandbox (created on first use).
/// LEDGERLINK_WORKSPACES_DIR overrides the parent folder (for tests and servers).
QString sandboxWorkspaceDir();

/// The state store file of a workspace folder.
QString stateFilePath(const QString &workspaceDir);

/// The workspace's own state store: its state.sqlite (unless a data location says otherwise).
Store::StoreLocation ownStateLocation(const QString &workspaceDir);

} // namespace LedgerLink::Engine
