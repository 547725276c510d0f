#pragma once

#include "connectors/connector.h"
#include "engine/syncengine.h"

#include <QtCore/QObject>
#include <QtCore/QString>

#include <functional>

namespace LedgerLink::Secrets {
class CredentialStore;
}

namespace LedgerLink::Studio {

/// What the keychain holds for a workspace with its own connections.
struct WorkspaceSecrets
{
    Engine::EngineCredentials credentials; ///< empty where the keychain holds nothing
    QString storeTokenKey; ///< the keychain entries of the two access tokens
    QString erpTokenKey;
    QString keychainError; ///< the keychain could not be read: what it said (credentials empty)

    /// For a caller that needs both access tokens: why it cannot go on (a missing token or an
    /// unreadable keychain, saying where to add it), or "" when it can.
    QString problem() const;
    /// The keychain entry problem() is about ("" when there is none).
    QString problemEntry() const;
};

/**
 * Reads the secrets of a workspace with its own connections from the OS keychain — both access
 * tokens and both webhook secrets, one after the other — asynchronously on the main thread
 * (QtKeychain's rule), and hands them to `done`. A missing entry is left empty; `done` is called
 * once, with nothing further read, when the keychain cannot be used. Answers arriving after
 * `context` is gone are dropped. Never logs or shows a secret.
 */
void readWorkspaceSecrets(Secrets::CredentialStore &keychain, const Connectors::ConnectorConfig &store,
                          const Connectors::ConnectorConfig &erp, QObject *context,
                          std::function<void(const WorkspaceSecrets &)> done);

} // namespace LedgerLink::Studio
