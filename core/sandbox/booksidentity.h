#pragma once

#include "sandbox/sandboxhttp.h"

#include <QtCore/QJsonArray>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace LedgerLink::Sandbox {

class SandboxDb;

/**
 * Xero's identity dialect in the sandbox books: an OAuth 2.0 authorization server for
 * "Auth Code with PKCE" apps and Xero's connections (tenants) list. Xero serves these on three
 * hosts; the books' base URL stands in for all of them:
 *
 * | Xero                                              | sandbox books               |
 * |---------------------------------------------------|-----------------------------|
 * | GET  https://login.xero.com/identity/connect/authorize | GET  <base>/identity/connect/authorize |
 * | POST https://identity.xero.com/connect/token      | POST <base>/identity/connect/token |
 * | GET  https://api.xero.com/connections             | GET  <base>/connections      |
 *
 * - authorize: client_id must be the sandbox app's (clientId()); redirect_uri an http URL on
 *   localhost, 127.0.0.1 or [::1] with the path /callback, any port (Xero matches the registered
 *   URI exactly, port included; the sandbox app counts as registered for every loopback port),
 *   or https. A wrong client or redirect URI gets an error page (400), never a redirect, as
 *   RFC 6749 §4.1.2.1 requires. Otherwise: response_type=code, a known non-empty scope,
 *   code_challenge (43 base64url characters) with code_challenge_method=S256 are required, state
 *   is optional and echoed; errors go back on the redirect (error=invalid_request, invalid_scope,
 *   unsupported_response_type). The sandbox signs the user in and consents at once: 302 to
 *   redirect_uri?code=…&scope=…&state=…, or error=access_denied when a denial is armed.
 * - token (application/x-www-form-urlencoded, client_id in the body or HTTP Basic):
 *   grant_type=authorization_code needs code (single use, 5 minutes), the same redirect_uri and
 *   a code_verifier whose BASE64URL(SHA256()) is the challenge; a code used twice also revokes
 *   what it granted (RFC 6749 §4.1.2). grant_type=refresh_token rotates the refresh token; the
 *   old one is refused from then on, except within Xero's 30-minute grace period while its
 *   successor has never been used (a client that lost the answer may retry; the lost pair is
 *   revoked). Answers {access_token, expires_in 1800, token_type Bearer, refresh_token (with
 *   offline_access), scope}; errors 400 {"error": invalid_request | invalid_client |
 *   invalid_grant | unsupported_grant_type, "error_description"}.
 * - Access tokens are JWTs (HS256, the sandbox's own key) with Xero's claims, among them `scope`
 *   as an array; the books API accepts them until they expire, like the fixed sandbox token, and
 *   refuses (403) an API whose scope the token lacks.
 * - connections: the tenants the access token may use, Xero's shape
 *   [{id, authEventId, tenantId, tenantType, tenantName, createdDateUtc, updatedDateUtc}]: the
 *   sandbox organisation, plus any added through the control route.
 * - POST /__sandbox/identity {"deny": n, "tenants": [{tenantId, tenantName, tenantType}],
 *   "code_lifetime_s": s, "access_token_lifetime_s": s, "refresh_grace_s": s} arms the next n
 *   denials (as if the user clicked "Cancel" at Xero), sets extra tenants and lifetimes;
 *   GET /__sandbox/identity reports them and the counters.
 *
 * Tokens and codes are kept as SHA-256 hashes in the books' SQLite file (they survive a restart
 * of the sandbox). Lives on, and is used only from, the sandbox worker thread.
 */
class BooksIdentity final
{
public:
    explicit BooksIdentity(SandboxDb &db);
    Q_DISABLE_COPY_MOVE(BooksIdentity)

    /// The sandbox app's client id (public: a PKCE app has no secret).
    static QString clientId();
    /// The tables, appended to the books' schema (statements separated by ';').
    static QString schema();
    /// Paths served without the books' bearer check (the app authenticates in the request).
    static bool isOpenPath(const QString &path);
    /// Paths this class serves (the open ones and /connections).
    static bool handles(const QString &path);

    /// Serves `request`; `issuer` is the URL the request reached (scheme, host, port).
    HttpReply route(const HttpRequest &request, const QUrl &issuer);
    /// The /__sandbox/identity control route.
    HttpReply control(const HttpRequest &request);

    /// The scopes of an access token this server issued that has not expired nor been revoked;
    /// nullopt otherwise.
    std::optional<QStringList> accessTokenScopes(const QByteArray &token);
    /// The scope an API request needs ("accounting.transactions", ".read" for GETs, ...), or an
    /// empty string when none.
    static QString requiredScope(const HttpRequest &request);

private:
    HttpReply authorize(const HttpRequest &request);
    HttpReply token(const HttpRequest &request, const QUrl &issuer);
    HttpReply connections(const HttpRequest &request);
    HttpReply exchangeCode(const QUrlQuery &form, const QString &client, const QUrl &issuer);
    HttpReply refresh(const QUrlQuery &form, const QString &client, const QUrl &issuer);
    /// Issues an access token (and a refresh token with offline_access) for `grant`.
    HttpReply issue(const QString &grant, const QString &client, const QString &scope, const QUrl &issuer,
                    QString *refreshHash = nullptr);
    QJsonArray tenants() const;

    SandboxDb &m_db;
    int m_denials = 0;
    QJsonArray m_extraTenants;
    qint64 m_codeLifetimeMs = 5 * 60 * 1000;
    qint64 m_accessLifetimeMs = 30 * 60 * 1000;
    qint64 m_refreshGraceMs = 30 * 60 * 1000;
    qint64 m_codesIssued = 0;
    qint64 m_tokensIssued = 0;
    qint64 m_refreshes = 0;
    qint64 m_refused = 0;
};

} // namespace LedgerLink::Sandbox
