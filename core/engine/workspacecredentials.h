#pragma once

#include "engine/workspaceconfig.h"
#include "secrets/credentialstore.h"

#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Engine {

/// Where a workspace's secrets come from.
enum class CredentialSource {
    Keychain, ///< the OS keychain (the default; QtKeychain, main thread only)
    Environment, ///< opt-in for servers without a keychain:
                 ///< LEDGERLINK_{STORE,ERP}_{ACCESS_TOKEN,WEBHOOK_SECRET}
};

/// The secret fields of a connection side.
inline constexpr char accessTokenField[] = "access_token";
inline constexpr char webhookSecretField[] = "webhook_secret";
/// An OAuth sign-in's refresh token (Xero, QuickBooks Online), kept next to the access token it renews.
inline constexpr char refreshTokenField[] = "refresh_token";

/// One keychain read, or write of `secret`, waited for in a local event loop. Main thread only
/// (QtKeychain's rule).
Secrets::CredentialResult keychainNow(Secrets::CredentialStore &keychain, const QString &key,
                                      const std::optional<QByteArray> &secret = std::nullopt);

/// The keychain key of one secret of one side: "connection/<system>:<account>/<field>".
QString credentialKey(const Connectors::ConnectorConfig &side, const QString &field);

/// The environment variable of one secret of one side ("store"/"erp"), e.g. LEDGERLINK_ERP_ACCESS_TOKEN.
QString credentialVariable(const QString &side, const QString &field);

/**
 * Fills the access tokens (required) and webhook secrets (optional) of a non-sandbox workspace's
 * two sides from `source`. The keychain is read through `keychain` on the calling thread, which
 * must be the main thread (QtKeychain's rule); it waits for the answers in a local event loop.
 * False with a message saying which secret is missing and how to add it, or that the keychain is
 * unavailable and what the opt-in alternative is. The sandbox workspace needs nothing.
 */
bool loadCredentials(WorkspaceConfig &config, CredentialSource source, Secrets::CredentialStore *keychain,
                     QString *error);

/**
 * With a refresh token (a Xero, QuickBooks Online, Business Central or Zoho Books sign-in's, read by
 * loadCredentials() as well, or LEDGERLINK_ERP_REFRESH_TOKEN), gives `connection` an OAuthSession: its
 * connector then renews an expired access token by itself (QuickBooks: with the app's client secret, HTTP
 * Basic; Business Central: Microsoft's token endpoint for the base URL's tenant, public client). Nothing for
 * other systems or without a refresh token.
 */
void attachOAuthSession(Connectors::ConnectorConfig &connection, const QByteArray &refreshToken);

/**
 * Stores an OAuth session's renewed tokens (access and rotated refresh token, from
 * OAuthSession::takeRenewed or SyncEngine::erpTokensRenewed) under `connection`'s keychain
 * entries, on the calling thread (the main thread; it waits in a local event loop). False with
 * *error when the keychain refused (the next run then needs a new sign-in).
 */
bool storeRenewedTokens(const Connectors::ConnectorConfig &connection, const QByteArray &accessToken,
                        const QByteArray &refreshToken, Secrets::CredentialStore &keychain, QString *error);

} // namespace LedgerLink::Engine
