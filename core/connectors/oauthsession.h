#pragma once

#include "net/oauth2signin.h"

#include <QtCore/QByteArray>
#include <QtCore/QMutex>
#include <QtCore/QString>

#include <optional>
#include <utility>

namespace LedgerLink::Connectors {

/**
 * The OAuth 2.0 tokens of one connection (Xero), shared by every connector made from its
 * ConnectorConfig: the engine's own and its writer lanes'. When the vendor refuses an expired
 * access token (HTTP 401), the first connector to notice refreshes it with the refresh token, once;
 * the others see the new token and repeat their request with it. Servers that rotate refresh
 * tokens (Xero) make the old one useless, so the renewed pair must reach the keychain: the owner
 * (the CLI, the studio's engine controller, on the main thread) takes it with takeRenewed().
 *
 * Thread-safe: lanes call it from their threads; a refresh blocks its caller (a worker thread).
 */
class OAuthSession final
{
public:
    OAuthSession(Net::OAuth2SignInConfig config, QByteArray accessToken, QByteArray refreshToken);
    Q_DISABLE_COPY_MOVE(OAuthSession)

    QByteArray accessToken() const;
    QByteArray refreshToken() const;
    /// How the session renews (the token endpoint, the app's client id and secret); fixed at construction.
    const Net::OAuth2SignInConfig &config() const { return m_config; }

    /**
     * After a 401 answered a request sent with `used`: refreshes, unless the token was renewed
     * since `used` (then the new one is to be tried). True when accessToken() now differs from
     * `used`; false with *error saying why (a refresh token Xero no longer accepts means a new
     * sign-in, and the session stays refused from then on).
     */
    bool refresh(const QByteArray &used, QString *error);

    /// The renewed (access, refresh) pair once since the last call, for the keychain.
    std::optional<std::pair<QByteArray, QByteArray>> takeRenewed();

private:
    mutable QMutex m_mutex;
    Net::OAuth2SignInConfig m_config;
    QByteArray m_accessToken;
    QByteArray m_refreshToken;
    bool m_unsaved = false;
    QString m_dead; ///< why the refresh token is no longer accepted
};

} // namespace LedgerLink::Connectors
