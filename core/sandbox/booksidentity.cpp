#include "sandbox/booksidentity.h"

#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxdb.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QRandomGenerator>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimeZone>
#include <QtCore/QUuid>

using namespace Qt::StringLiterals;

namespace LedgerLink::Sandbox {

namespace {

constexpr char sandboxClientId[] = "sandbox-xero-client-id";
/// Signs the sandbox's access tokens (HS256). Public: the sandbox's tokens are test values.
constexpr char signingKey[] = "ledgerlink-sandbox-identity-signing-key";
/// The sandbox's one user (Xero's `sub` / `xero_userid` claims).
constexpr char sandboxUserId[] = "00000000-0000-4000-8000-0000000000a1";
/// The authEventId /connections reports for the fixed sandbox token (it came from no sign-in).
constexpr char fixedTokenEventId[] = "00000000-0000-4000-8000-0000000000e1";
constexpr qint64 refreshLifetimeMs = 60LL * 24 * 3600 * 1000; // Xero: unused for 60 days

const QString authorizePath = u"/identity/connect/authorize"_s;
const QString tokenPath = u"/identity/connect/token"_s;
const QString connectionsPath = u"/connections"_s;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomToken(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    return random;
}

QString hashOf(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

/// Xero's scopes (the broad ones and the granular accounting ones of 2026) and OpenID's.
const QStringList &knownScopes()
{
    static const QStringList scopes{
        u"openid"_s,
        u"profile"_s,
        u"email"_s,
        u"offline_access"_s,
        u"accounting.transactions"_s,
        u"accounting.transactions.read"_s,
        u"accounting.contacts"_s,
        u"accounting.contacts.read"_s,
        u"accounting.settings"_s,
        u"accounting.settings.read"_s,
        u"accounting.reports.read"_s,
        u"accounting.journals.read"_s,
        u"accounting.attachments"_s,
        u"accounting.attachments.read"_s,
        u"accounting.budgets.read"_s,
        u"accounting.invoices"_s,
        u"accounting.invoices.read"_s,
        u"accounting.payments"_s,
        u"accounting.payments.read"_s,
        u"accounting.banktransactions"_s,
        u"accounting.banktransactions.read"_s,
        u"accounting.manualjournals"_s,
        u"accounting.manualjournals.read"_s,
        u"files"_s,
        u"files.read"_s,
        u"assets"_s,
        u"assets.read"_s,
        u"projects"_s,
        u"projects.read"_s,
    };
    return scopes;
}

/// RFC 6749 §5.2: {"error": code, "error_description": text}, never cached.
HttpReply oauthError(int status, const QString &error, const QString &description)
{
    HttpReply reply =
        HttpReply::json(status, QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}});
    reply.setHeader("Cache-Control", "no-store");
    reply.setHeader("Pragma", "no-cache");
    return reply;
}

/// The page the browser shows when the request cannot go back to the app (RFC 6749 §4.1.2.1).
HttpReply errorPage(const QString &error, const QString &description)
{
    const QString html = u"<!DOCTYPE html><html><head><title>Sandbox Books - sign-in error</title></head>"
                         "<body><h1>Sorry, something went wrong</h1><p>Error: "_s
        + error.toHtmlEscaped() + u"</p><p>"_s + description.toHtmlEscaped() + u"</p></body></html>"_s;
    return HttpReply::raw(400, html.toUtf8(), "text/html; charset=utf-8");
}

/// 302 to `target` with `parameters` added to its query.
HttpReply redirect(const QUrl &target, const QList<std::pair<QString, QString>> &parameters)
{
    QUrl url = target;
    QUrlQuery query(url);
    for (const auto &[key, value] : parameters)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query);
    const QByteArray location = url.toEncoded();
    const QString link = QString::fromLatin1(location).toHtmlEscaped();
    HttpReply reply = HttpReply::raw(
        302,
        (u"<html><body>Redirecting to <a href=\""_s + link + u"\">the app</a>.</body></html>"_s).toUtf8(),
        "text/html; charset=utf-8");
    reply.setHeader("Location", location);
    reply.setHeader("Cache-Control", "no-store");
    return reply;
}

bool isLoopbackHost(const QString &host)
{
    return host == u"localhost" || host == u"127.0.0.1" || host == u"::1";
}

QString xeroTimestamp(qint64 ms)
{
    // Xero's connections list: "2019-07-09T23:40:30.1833130" (UTC, seven fraction digits, no zone).
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s)
        + u"0000"_s;
}

} // namespace

BooksIdentity::BooksIdentity(SandboxDb &db)
    : m_db(db)
{ }

QString BooksIdentity::clientId()
{
    return QString::fromLatin1(sandboxClientId);
}

QString BooksIdentity::schema()
{
    return uR"(
CREATE TABLE IF NOT EXISTS identity_codes(hash TEXT PRIMARY KEY, client_id TEXT NOT NULL,
    redirect_uri TEXT NOT NULL, scope TEXT NOT NULL, challenge TEXT NOT NULL, grant_id TEXT NOT NULL,
    expires_ms INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS identity_tokens(hash TEXT PRIMARY KEY, kind TEXT NOT NULL, grant_id TEXT NOT NULL,
    client_id TEXT NOT NULL, scope TEXT NOT NULL, expires_ms INTEGER NOT NULL, state TEXT NOT NULL,
    changed_ms INTEGER, successor TEXT);
CREATE INDEX IF NOT EXISTS identity_tokens_grant ON identity_tokens(grant_id)
)"_s;
}

bool BooksIdentity::isOpenPath(const QString &path)
{
    return path == authorizePath || path == tokenPath;
}

bool BooksIdentity::handles(const QString &path)
{
    return isOpenPath(path) || path == connectionsPath || path.startsWith(u"/identity/"_s);
}

HttpReply BooksIdentity::route(const HttpRequest &request, const QUrl &issuer)
{
    if (request.path == authorizePath && request.method == "GET")
        return authorize(request);
    if (request.path == tokenPath && request.method == "POST")
        return token(request, issuer);
    if (request.path == connectionsPath && request.method == "GET")
        return connections(request);
    if (request.path == authorizePath || request.path == tokenPath || request.path == connectionsPath)
        return HttpReply::json(405, {{u"error"_s, u"method not allowed"_s}});
    return HttpReply::json(404, {{u"error"_s, u"not found"_s}});
}

HttpReply BooksIdentity::authorize(const HttpRequest &request)
{
    const QString client = request.queryValue(u"client_id"_s);
    if (client != clientId())
        return errorPage(u"unauthorized_client"_s, u"Unknown client or client not enabled"_s);
    const QUrl redirectUri(request.queryValue(u"redirect_uri"_s), QUrl::StrictMode);
    const bool loopbackHttp = redirectUri.scheme() == u"http" && isLoopbackHost(redirectUri.host())
        && redirectUri.path() == u"/callback";
    if (!redirectUri.isValid() || redirectUri.isRelative() || redirectUri.hasFragment()
        || (!loopbackHttp && redirectUri.scheme() != u"https"))
        return errorPage(u"invalid_request"_s, u"Invalid redirect_uri"_s);

    const QString state = request.queryValue(u"state"_s);
    QList<std::pair<QString, QString>> answer;
    const auto refuse = [&](const QString &error, const QString &description) {
        ++m_refused;
        answer.append({u"error"_s, error});
        answer.append({u"error_description"_s, description});
        if (request.hasQuery(u"state"_s))
            answer.append({u"state"_s, state});
        return redirect(redirectUri, answer);
    };
    if (request.queryValue(u"response_type"_s) != u"code")
        return refuse(u"unsupported_response_type"_s, u"response_type must be code"_s);
    const QStringList scopes = request.queryValue(u"scope"_s).split(u' ', Qt::SkipEmptyParts);
    if (scopes.isEmpty())
        return refuse(u"invalid_scope"_s, u"scope is required"_s);
    for (const QString &scope : scopes) {
        if (!knownScopes().contains(scope))
            return refuse(u"invalid_scope"_s, u"Unknown scope: "_s + scope);
    }
    const QString challenge = request.queryValue(u"code_challenge"_s);
    static const QRegularExpression challengeShape(u"^[A-Za-z0-9_-]{43}$"_s);
    if (challenge.isEmpty())
        return refuse(u"invalid_request"_s, u"code_challenge is required"_s);
    if (request.queryValue(u"code_challenge_method"_s) != u"S256")
        return refuse(u"invalid_request"_s, u"code_challenge_method must be S256"_s);
    if (!challengeShape.match(challenge).hasMatch())
        return refuse(u"invalid_request"_s, u"code_challenge must be 43 base64url characters"_s);
    if (m_denials > 0) {
        --m_denials;
        return refuse(u"access_denied"_s, u"The user denied your request"_s);
    }

    const QByteArray code = base64Url(randomToken(32));
    if (!m_db.exec(u"INSERT INTO identity_codes(hash, client_id, redirect_uri, scope, challenge, grant_id, "
                   "expires_ms) VALUES(?, ?, ?, ?, ?, ?, ?)"_s,
                   {hashOf(code), client, redirectUri.toString(QUrl::FullyEncoded), scopes.join(u' '),
                    challenge, uuid(), nowMs() + m_codeLifetimeMs}))
        return errorPage(u"server_error"_s, u"The sandbox books could not store the code"_s);
    ++m_codesIssued;
    answer.append({u"code"_s, QString::fromLatin1(code)});
    answer.append({u"scope"_s, scopes.join(u' ')});
    if (request.hasQuery(u"state"_s))
        answer.append({u"state"_s, state});
    answer.append({u"session_state"_s, QString::fromLatin1(base64Url(randomToken(16)))});
    return redirect(redirectUri, answer);
}

HttpReply BooksIdentity::token(const HttpRequest &request, const QUrl &issuer)
{
    if (!request.header("Content-Type").toLower().startsWith("application/x-www-form-urlencoded"))
        return oauthError(400, u"invalid_request"_s, u"The body must be application/x-www-form-urlencoded"_s);
    QByteArray body = request.body;
    body.replace('+', ' '); // form encoding's space; QUrlQuery would keep the '+'
    const QUrlQuery form(QString::fromUtf8(body));
    QString client = form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const QString basicClient = QUrl::fromPercentEncoding(pair.left(pair.indexOf(':')));
        if (!client.isEmpty() && client != basicClient)
            return oauthError(400, u"invalid_request"_s, u"Two different client ids"_s);
        client = basicClient;
    }
    if (client != clientId())
        return oauthError(400, u"invalid_client"_s, u"Unknown client"_s);
    const QString grantType = form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded);
    if (grantType == u"authorization_code")
        return exchangeCode(form, client, issuer);
    if (grantType == u"refresh_token")
        return refresh(form, client, issuer);
    if (grantType.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"grant_type is required"_s);
    return oauthError(400, u"unsupported_grant_type"_s, u"Unsupported grant_type: "_s + grantType);
}

HttpReply BooksIdentity::exchangeCode(const QUrlQuery &form, const QString &client, const QUrl &issuer)
{
    const QString code = form.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    const QString redirectUri = form.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
    const QString verifier = form.queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded);
    if (code.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"code is required"_s);
    if (redirectUri.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"redirect_uri is required"_s);
    static const QRegularExpression verifierShape(u"^[A-Za-z0-9._~-]{43,128}$"_s);
    if (verifier.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"code_verifier is required"_s);
    if (!verifierShape.match(verifier).hasMatch())
        return oauthError(400, u"invalid_request"_s,
                          u"code_verifier must be 43 to 128 unreserved characters"_s);

    const QString hash = hashOf(code.toUtf8());
    auto query =
        m_db.exec(u"SELECT client_id, redirect_uri, scope, challenge, grant_id, expires_ms, used FROM "
                  "identity_codes WHERE hash = ?"_s,
                  {hash});
    if (!query || !query->next()) {
        ++m_refused;
        return oauthError(400, u"invalid_grant"_s, u"Invalid authorization code"_s);
    }
    const QString codeClient = query->value(0).toString();
    const QString codeRedirect = query->value(1).toString();
    const QString scope = query->value(2).toString();
    const QString challenge = query->value(3).toString();
    const QString grant = query->value(4).toString();
    const qint64 expiresMs = query->value(5).toLongLong();
    const bool used = query->value(6).toInt() != 0;
    query->finish();
    const auto refuse = [this](const QString &description) {
        ++m_refused;
        return oauthError(400, u"invalid_grant"_s, description);
    };
    if (used) {
        // RFC 6749 §4.1.2: a code used twice revokes what it granted.
        m_db.exec(u"UPDATE identity_tokens SET state = 'revoked', changed_ms = ? WHERE grant_id = ?"_s,
                  {nowMs(), grant});
        return refuse(u"The authorization code has already been used"_s);
    }
    if (expiresMs <= nowMs())
        return refuse(u"The authorization code has expired"_s);
    if (codeClient != client)
        return refuse(u"The authorization code was issued to another client"_s);
    if (QUrl(redirectUri, QUrl::StrictMode).toString(QUrl::FullyEncoded) != codeRedirect)
        return refuse(u"redirect_uri does not match the authorization request"_s);
    const QByteArray computed =
        base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
    if (QString::fromLatin1(computed) != challenge)
        return refuse(u"code_verifier does not match the code_challenge"_s);

    m_db.begin();
    m_db.exec(u"UPDATE identity_codes SET used = 1 WHERE hash = ?"_s, {hash});
    HttpReply reply = issue(grant, client, scope, issuer);
    if (reply.status != 200 || !m_db.commit()) {
        m_db.rollback();
        return oauthError(500, u"server_error"_s, u"The sandbox books could not store the tokens"_s);
    }
    return reply;
}

HttpReply BooksIdentity::refresh(const QUrlQuery &form, const QString &client, const QUrl &issuer)
{
    const QString token = form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded);
    if (token.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"refresh_token is required"_s);
    const QString hash = hashOf(token.toUtf8());
    auto query =
        m_db.exec(u"SELECT grant_id, client_id, scope, expires_ms, state, changed_ms, successor FROM "
                  "identity_tokens WHERE hash = ? AND kind = 'refresh'"_s,
                  {hash});
    const auto refuse = [this](const QString &description) {
        ++m_refused;
        return oauthError(400, u"invalid_grant"_s, description);
    };
    if (!query || !query->next())
        return refuse(u"Invalid refresh token"_s);
    const QString grant = query->value(0).toString();
    const QString tokenClient = query->value(1).toString();
    const QString scope = query->value(2).toString();
    const qint64 expiresMs = query->value(3).toLongLong();
    const QString state = query->value(4).toString();
    const qint64 changedMs = query->value(5).toLongLong();
    const QString successor = query->value(6).toString();
    query->finish();
    const qint64 now = nowMs();
    if (tokenClient != client)
        return refuse(u"The refresh token was issued to another client"_s);
    if (expiresMs <= now)
        return refuse(u"The refresh token has expired"_s);
    if (state == u"revoked")
        return refuse(u"The refresh token has been revoked"_s);
    m_db.begin();
    if (state == u"rotated") {
        // Xero's grace period: a client that never received the answer may use the old token again
        // for 30 minutes, as long as the token it was given instead has not been used.
        QString successorState;
        if (auto next = m_db.exec(u"SELECT state FROM identity_tokens WHERE hash = ?"_s, {successor});
            next && next->next())
            successorState = next->value(0).toString();
        if (now - changedMs > m_refreshGraceMs || successorState != u"active") {
            m_db.rollback();
            return refuse(u"The refresh token has already been used"_s);
        }
        m_db.exec(u"UPDATE identity_tokens SET state = 'revoked', changed_ms = ? WHERE hash = ?"_s,
                  {now, successor});
    }
    QString newRefresh;
    HttpReply reply = issue(grant, client, scope, issuer, &newRefresh);
    if (reply.status != 200) {
        m_db.rollback();
        return reply;
    }
    // Without offline_access there is no refresh token to rotate to (the grant cannot be refreshed
    // either: it had none); with it, the old one now points at its successor.
    m_db.exec(u"UPDATE identity_tokens SET state = 'rotated', changed_ms = ?, successor = ? WHERE hash = ?"_s,
              {now, newRefresh, hash});
    if (!m_db.commit()) {
        m_db.rollback();
        return oauthError(500, u"server_error"_s, u"The sandbox books could not store the tokens"_s);
    }
    ++m_refreshes;
    return reply;
}

HttpReply BooksIdentity::issue(const QString &grant, const QString &client, const QString &scope,
                               const QUrl &issuer, QString *refreshHash)
{
    const qint64 now = nowMs();
    const QStringList scopes = scope.split(u' ', Qt::SkipEmptyParts);
    QUrl iss = issuer;
    iss.setPath(u"/identity"_s);
    const QString issText = iss.toString(QUrl::FullyEncoded);
    QJsonObject claims{
        {u"nbf"_s, now / 1000},
        {u"exp"_s, (now + m_accessLifetimeMs) / 1000},
        {u"iss"_s, issText},
        {u"aud"_s, QString(issText + u"/resources"_s)},
        {u"client_id"_s, client},
        {u"sub"_s, QString::fromLatin1(sandboxUserId)},
        {u"auth_time"_s, now / 1000},
        {u"xero_userid"_s, QString::fromLatin1(sandboxUserId)},
        {u"global_session_id"_s, grant},
        {u"jti"_s, uuid()},
        {u"authentication_event_id"_s, grant},
        {u"scope"_s, QJsonArray::fromStringList(scopes)},
    };
    const QByteArray header = base64Url(R"({"alg":"HS256","kid":"ledgerlink-sandbox","typ":"JWT"})");
    const QByteArray payload = base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = base64Url(QMessageAuthenticationCode::hash(
        header + '.' + payload, QByteArray(signingKey), QCryptographicHash::Sha256));
    const QByteArray access = header + '.' + payload + '.' + signature;
    if (!m_db.exec(u"INSERT INTO identity_tokens(hash, kind, grant_id, client_id, scope, expires_ms, state, "
                   "changed_ms) VALUES(?, 'access', ?, ?, ?, ?, 'active', ?)"_s,
                   {hashOf(access), grant, client, scope, now + m_accessLifetimeMs, now}))
        return oauthError(500, u"server_error"_s, u"The sandbox books could not store the tokens"_s);
    QJsonObject body{{u"access_token"_s, QString::fromLatin1(access)},
                     {u"expires_in"_s, m_accessLifetimeMs / 1000},
                     {u"token_type"_s, u"Bearer"_s},
                     {u"scope"_s, scope}};
    if (scopes.contains(u"offline_access"_s)) {
        const QByteArray refresh = randomToken(32).toHex();
        const QString hash = hashOf(refresh);
        if (!m_db.exec(
                u"INSERT INTO identity_tokens(hash, kind, grant_id, client_id, scope, expires_ms, state, "
                "changed_ms) VALUES(?, 'refresh', ?, ?, ?, ?, 'active', ?)"_s,
                {hash, grant, client, scope, now + refreshLifetimeMs, now}))
            return oauthError(500, u"server_error"_s, u"The sandbox books could not store the tokens"_s);
        body.insert(u"refresh_token"_s, QString::fromLatin1(refresh));
        if (refreshHash)
            *refreshHash = hash;
    }
    ++m_tokensIssued;
    HttpReply reply = HttpReply::json(200, body);
    reply.setHeader("Cache-Control", "no-store");
    reply.setHeader("Pragma", "no-cache");
    return reply;
}

std::optional<QStringList> BooksIdentity::accessTokenScopes(const QByteArray &token)
{
    if (token.count('.') != 2)
        return std::nullopt; // not one of ours: no database look-up for it
    auto query =
        m_db.exec(u"SELECT scope FROM identity_tokens WHERE hash = ? AND kind = 'access' AND state = "
                  "'active' AND expires_ms > ?"_s,
                  {hashOf(token), nowMs()});
    if (!query || !query->next())
        return std::nullopt;
    const QStringList scopes = query->value(0).toString().split(u' ', Qt::SkipEmptyParts);
    query->finish();
    return scopes;
}

QString BooksIdentity::requiredScope(const HttpRequest &request)
{
    static const QString apiPrefix = u"/api.xro/2.0/"_s;
    if (!request.path.startsWith(apiPrefix))
        return {};
    const QString kind = request.path.mid(apiPrefix.size()).section(u'/', 0, 0);
    if (kind == u"Invoices" || kind == u"CreditNotes" || kind == u"Payments" || kind == u"BankTransactions")
        return u"accounting.transactions"_s;
    if (kind == u"Contacts")
        return u"accounting.contacts"_s;
    if (kind == u"Items" || kind == u"TaxRates" || kind == u"Organisation" || kind == u"Accounts")
        return u"accounting.settings"_s;
    return {};
}

QJsonArray BooksIdentity::tenants() const
{
    QJsonArray list{QJsonObject{{u"tenantId"_s, Credentials::xeroTenantId()},
                                {u"tenantType"_s, u"ORGANISATION"_s},
                                {u"tenantName"_s, u"Sandbox Books"_s}}};
    for (const QJsonValue &extra : m_extraTenants)
        list.append(extra);
    return list;
}

HttpReply BooksIdentity::connections(const HttpRequest &request)
{
    // The books' bearer check has run: the token is the fixed one or one of ours.
    const QByteArray token = request.header("Authorization").mid(7).trimmed();
    QString event = QString::fromLatin1(fixedTokenEventId);
    if (auto query =
            m_db.exec(u"SELECT grant_id, changed_ms FROM identity_tokens WHERE hash = ?"_s, {hashOf(token)});
        query && query->next())
        event = query->value(0).toString();
    const QString when = xeroTimestamp(nowMs());
    QJsonArray list;
    for (const QJsonValue &value : tenants()) {
        const QJsonObject tenant = value.toObject();
        const QString tenantId = tenant.value(u"tenantId"_s).toString();
        list.append(QJsonObject{
            {u"id"_s,
             QUuid::createUuidV5(QUuid(QString::fromLatin1(fixedTokenEventId)), tenantId + event)
                 .toString(QUuid::WithoutBraces)},
            {u"authEventId"_s, event},
            {u"tenantId"_s, tenantId},
            {u"tenantType"_s, tenant.value(u"tenantType"_s).toString(u"ORGANISATION"_s)},
            {u"tenantName"_s, tenant.value(u"tenantName"_s).toString()},
            {u"createdDateUtc"_s, when},
            {u"updatedDateUtc"_s, when},
        });
    }
    return HttpReply::raw(200, QJsonDocument(list).toJson(QJsonDocument::Compact));
}

HttpReply BooksIdentity::control(const HttpRequest &request)
{
    if (request.method == "POST") {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (!document.isObject())
            return HttpReply::json(400, {{u"error"_s, u"the body must be a JSON object"_s}});
        const QJsonObject object = document.object();
        if (object.contains(u"deny"_s))
            m_denials = qMax(0, object.value(u"deny"_s).toInt());
        if (object.contains(u"tenants"_s)) {
            m_extraTenants = QJsonArray();
            for (const QJsonValue &value : object.value(u"tenants"_s).toArray()) {
                const QJsonObject tenant = value.toObject();
                if (tenant.value(u"tenantId"_s).toString().isEmpty())
                    return HttpReply::json(400, {{u"error"_s, u"every tenant needs a tenantId"_s}});
                m_extraTenants.append(tenant);
            }
        }
        const auto seconds = [&object](const QString &key, qint64 &target) {
            if (object.contains(key))
                target = qMax<qint64>(0, object.value(key).toInteger()) * 1000;
        };
        seconds(u"code_lifetime_s"_s, m_codeLifetimeMs);
        seconds(u"access_token_lifetime_s"_s, m_accessLifetimeMs);
        seconds(u"refresh_grace_s"_s, m_refreshGraceMs);
    } else if (request.method != "GET") {
        return HttpReply::json(405, {{u"error"_s, u"GET or POST"_s}});
    }
    return HttpReply::json(200,
                           QJsonObject{
                               {u"client_id"_s, clientId()},
                               {u"denials_armed"_s, m_denials},
                               {u"tenants"_s, tenants()},
                               {u"code_lifetime_s"_s, m_codeLifetimeMs / 1000},
                               {u"access_token_lifetime_s"_s, m_accessLifetimeMs / 1000},
                               {u"refresh_grace_s"_s, m_refreshGraceMs / 1000},
                               {u"codes_issued"_s, m_codesIssued},
                               {u"tokens_issued"_s, m_tokensIssued},
                               {u"refreshes"_s, m_refreshes},
                               {u"refused"_s, m_refused},
                           });
}

} // namespace LedgerLink::Sandbox
