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
/// The OAuth app a user registered for the connection (Zoho Books: each user creates a "server-based
/// application" in the Zoho API console): its client id and secret renew the tokens, so the
/// keychain keeps them next to the refresh token.
inline constexpr char clientIdField[] = "client_id";
inline constexpr char clientSecretField[] = "client_secret";

/// The OAuth app of a connection that brings its own (empty: the build's or the environment's app).
struct OAuthClient
{
    QByteArray id;
    QByteArray secret;
};

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
 * other systems or without a refresh token. Zoho Books: the app `client` the user signed in with (read from
 * the keychain's client_id / client_secret entries), else the build's or LEDGERLINK_ZOHO_CLIENT_ID/_SECRET.
 */
void attachOAuthSession(Connectors::ConnectorConfig &connection, const QByteArray &refreshToken,
                        const OAuthClient &client = {});

/**
 * Stores an OAuth session's renewed tokens (access and rotated refresh token, from
 * OAuthSession::takeRenewed or SyncEngine::erpTokensRenewed) under `connection`'s keychain
 * entries, on the calling thread (the main thread; it waits in a local event loop). False with
 * *error when the keychain refused (the next run then needs a new sign-in).
 */
bool storeRenewedTokens(const Connectors::ConnectorConfig &connection, const QByteArray &accessToken,
                        const QByteArray &refreshToken, Secrets::CredentialStore &keychain, QString *error);

} // namespace LedgerLink::Engine
