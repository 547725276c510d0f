#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtCore/QVariantMap>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;
class QTimer;

namespace LedgerLink::Net {

class LoopbackReplyHandler;

/// An OAuth 2.0 authorization server as a native client sees it, and the loopback redirect it
/// answers to. A secret-less client ("Auth Code with PKCE" apps, Xero) leaves clientSecret empty;
/// a client with a secret (Intuit's apps) authenticates at the token URL with HTTP Basic
/// (RFC 6749 §2.3.1), for the code exchange and the refresh alike.
struct OAuth2SignInConfig
{
    QUrl authorizationUrl; ///< the browser's page, e.g. https://login.xero.com/identity/connect/authorize
    QUrl tokenUrl; ///< e.g. https://identity.xero.com/connect/token
    QString clientId;
    /// Empty for PKCE apps (then client_id goes in the token request's body); else sent as
    /// "Authorization: Basic base64(client_id:client_secret)", never in a body or URL.
    QString clientSecret;
    QStringList scopes;
    /// The host name written into the redirect URI. The callback server always listens on
    /// 127.0.0.1 only; "localhost" is what Xero allows over plain http.
    QString redirectHost = QStringLiteral("127.0.0.1");
    QString redirectPath = QStringLiteral("/callback");
    /// Ports to try in order for the callback server; empty: any free port. Vendors that match
    /// the registered redirect URI exactly, port included (Xero), need the ports registered
    /// with the app.
    QList<quint16> redirectPorts;
    /// How long the browser may take (the user signs in and consents there).
    std::chrono::milliseconds timeout{std::chrono::minutes(10)};
    /// How long the token endpoint may take to answer.
    std::chrono::milliseconds requestTimeout{30000};
    /// Sends PKCE (S256) with the code. Off only for servers that document no PKCE and
    /// authenticate the client with its secret instead (Intuit).
    bool pkce = true;
    /// Sends `scope` (the scopes above) with a refresh too: the Microsoft identity platform's v2.0
    /// token endpoint lists it as required there. Off: a refresh names no scope (RFC 6749 §6).
    bool scopeOnRefresh = false;
    /// A client with a secret sends client_id and client_secret as parameters of the token requests
    /// (RFC 6749 §2.3.1's alternative) instead of HTTP Basic: Zoho's accounts server takes only
    /// parameters.
    bool clientSecretInBody = false;
    /// Further parameters of the authorization request (Zoho: access_type=offline, without which
    /// it issues no refresh token, and prompt=consent).
    QVariantMap authorizationParameters;
};

/// What a successful sign-in or refresh obtains. Secrets: never log them.
struct OAuth2Tokens
{
    QByteArray accessToken;
    QByteArray refreshToken; ///< empty when the server issued none (no offline_access scope)
    QDateTime expiresAt; ///< UTC; invalid when the server did not say
    QString tokenType; ///< "Bearer"
    QStringList scopes; ///< as granted (the server's "scope", else the ones asked for)
    /// A sign-in's redirect query items other than code, state and error (decoded), e.g. Intuit's
    /// "realmId"; empty after a refresh.
    QVariantMap callbackParameters;
    /// The token answer's fields besides RFC 6749's (Zoho: "api_domain", the data centre's API host).
    QVariantMap extraTokens;
};

/// PKCE (RFC 7636) helpers, public for tests.
namespace Pkce {
/// A code_verifier of `length` (43..128) characters from the unreserved set, from the system's
/// cryptographically secure generator.
QByteArray makeVerifier(int length = 64);
/// code_challenge for method S256: BASE64URL(SHA256(verifier)) without '=' padding (43 chars).
QByteArray challengeS256(const QByteArray &verifier);
} // namespace Pkce

/**
 * One OAuth 2.0 authorization code sign-in with PKCE (S256) through QtNetworkAuth
 * (QOAuth2AuthorizationCodeFlow) in the system browser, with a loopback redirect
 * (http://<redirectHost>:<port><redirectPath>) answered by a small HTTP server on 127.0.0.1.
 *
 * start() opens the callback server and emits authorizationUrl() with the page the user must
 * open; the browser function (setBrowser; the studio passes QDesktopServices::openUrl, core never
 * links Qt Gui) is called with it. The server redirects the browser to the loopback address with
 * a code; the code and the PKCE code_verifier are exchanged for tokens at the token URL; the
 * `state` sent is checked on the way back. Exactly one of granted() or failed() follows each
 * start(), unless the object is destroyed first. The redirect's other query items (Intuit's
 * realmId) reach granted() in OAuth2Tokens::callbackParameters.
 *
 * On Qt < 6.8 the PKCE parameters (code_challenge, code_challenge_method=S256, code_verifier)
 * are added through setModifyParametersFunction; from 6.8 on, QtNetworkAuth's own PKCE is used.
 *
 * Thread: lives in, and is used from, one thread with an event loop (the GUI thread is fine:
 * everything is asynchronous, nothing blocks).
 */
class OAuth2SignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuth2SignIn)

public:
    enum class Failure {
        Denied, ///< the user (or the server) refused: error=access_denied on the redirect
        AuthorizationError, ///< any other error on the redirect (invalid_scope, invalid_request...)
        StateMismatch, ///< the redirect's state is not the one sent: possibly forged, ignored
        TokenRejected, ///< the token endpoint answered with an error (invalid_grant...)
        NoAnswer, ///< the token endpoint did not answer (unreachable, timed out)
        TimedOut, ///< the browser never came back within the timeout
        Cancelled, ///< cancel() was called
        Unavailable, ///< the sign-in could not start (configuration, no free port)
    };
    Q_ENUM(Failure)

    /// Opens `url` in the user's browser; false when it could not (the UI then shows the URL).
    using Browser = std::function<bool(const QUrl &url)>;

    explicit OAuth2SignIn(OAuth2SignInConfig config, QObject *parent = nullptr);
    ~OAuth2SignIn() override;

    void setBrowser(Browser browser) { m_browser = std::move(browser); }
    const OAuth2SignInConfig &config() const { return m_config; }

    /// Starts a sign-in (an earlier one still running is cancelled silently first).
    void start();
    /// Stops a running sign-in: failed(Cancelled) follows. Nothing when none runs.
    void cancel();
    bool isRunning() const { return m_running; }
    /// The redirect URI of the running sign-in (empty when none runs).
    QUrl redirectUri() const;

signals:
    /// The page the user must open; `opened`: the browser function opened it.
    void authorizationUrl(const QUrl &url, bool opened);
    void granted(const LedgerLink::Net::OAuth2Tokens &tokens);
    /// `message` is specific and translated (says what the server said, never a secret).
    void failed(LedgerLink::Net::OAuth2SignIn::Failure failure, const QString &message);

private:
    void fail(Failure failure, const QString &message);
    void finishGranted();
    void teardown();
    void onCallback(const QVariantMap &values);
    void onTokenReply(int status, const QByteArray &body, int networkError, const QString &errorText);

    OAuth2SignInConfig m_config;
    Browser m_browser;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<LoopbackReplyHandler> m_handler;
    QTimer *m_timeout = nullptr;
    QVariantMap m_callbackParameters; ///< the redirect's other query items, for granted()
    bool m_running = false;
};

/// The outcome of refreshAccessToken().
struct OAuth2RefreshResult
{
    bool ok = false;
    OAuth2Tokens tokens; ///< on success; the refresh token is the rotated one when the server rotates
    int httpStatus = 0; ///< 0: no HTTP answer
    QString error; ///< the server's error code ("invalid_grant"), empty when none
    /// Translated; for invalid_grant it says to sign in again. Never contains a secret.
    QString message;
    /// The refresh token is dead (invalid_grant): only a new sign-in helps, retrying does not.
    bool signInAgain = false;
};

/**
 * Exchanges `refreshToken` for a new access token (grant_type=refresh_token) at config.tokenUrl:
 * one POST through an HttpClient on `network`, blocking the calling thread in a local event loop
 * (a worker's or the engine's thread, never the GUI thread). Servers that rotate refresh tokens
 * (Xero) return a new one: store it, the old one stops working. Nothing is logged.
 */
OAuth2RefreshResult refreshAccessToken(QNetworkAccessManager &network, const OAuth2SignInConfig &config,
                                       const QByteArray &refreshToken);

} // namespace LedgerLink::Net

Q_DECLARE_METATYPE(LedgerLink::Net::OAuth2Tokens)
