#pragma once

#include "engine/syncengine.h"

#include <QtCore/QObject>
#include <QtCore/QString>

#include <functional>
#include <optional>

namespace LedgerLink::Secrets {
class CredentialStore;
}

namespace LedgerLink::Studio {

/**
 * Reads the secrets of a workspace with its own connections (connections.json) from the OS
 * keychain — both access tokens (required) and both webhook secrets (optional) — one after the
 * other, asynchronously, on the main thread (QtKeychain's rule), and hands them to `done` for
 * the engine. `done` gets nullopt and a message saying which secret is missing and where to add
 * it, or that the keychain cannot be used. Answers arriving after `context` is gone are dropped.
 * Never logs or shows a secret.
 */
void readWorkspaceSecrets(
    Secrets::CredentialStore &keychain, const QString &workspaceDir, QObject *context,
    std::function<void(std::optional<Engine::EngineCredentials>, const QString &error)> done);

} // namespace LedgerLink::Studio
