#pragma once

// A stand-in for the Microsoft identity platform (login.microsoftonline.com/<tenant>/oauth2/v2.0/
// authorize and .../token) and for Business Central's company list (GET <api root>/v2.0/companies)
// on 127.0.0.1, for the Business Central sign-in and refresh tests. As Microsoft documents for a
// public client (https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow):
// the authorization request must carry client_id, response_type=code, a loopback redirect_uri,
// scope, state and a PKCE code_challenge with code_challenge_method=S256; it answers with a 302 to
// the redirect URI carrying code and state (no company). The token endpoint takes client_id in the
// body and no client authentication, checks the code_verifier against the challenge, and rotates
// refresh tokens. It records every request it saw. Lives in, and is used from, the test's thread.
#include "fakehttpserver.h"

#include <QtCore/QByteArray>
#include <QtCore/QCryptographicHash>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QTcpSocket>

#include <utility>

namespace LedgerLink::TestSupport {

class FakeMicrosoftIdentity : public FakeHttpServer
{
public:
    struct Company
    {
        QString id;
        QString name;
        QString displayName;
    };

    QString clientId = QStringLiteral("3f1c2b7a-5d44-4e0b-9a61-0c7e8f2d4b19");
    QString tenantId = QStringLiteral("8e2f5c1d-7a3b-4c9e-b0d4-2f6a1e9c3b57");
    QString environment = QStringLiteral("production");
    QList<Company> companies{
        {QStringLiteral("5a1b2c3d-0000-4e5f-8a9b-0c1d2e3f4a5b"), QStringLiteral("CRONUS USA, Inc."),
         QStringLiteral("CRONUS USA, Inc.")},
        {QStringLiteral("9f8e7d6c-1111-4b2a-9c8d-7e6f5a4b3c2d"), QStringLiteral("My Company"),
         QStringLiteral("My Company Ltd.")},
    };
    bool deny = false; ///< the next authorization answers error=access_denied
    int accessTokenLifetime = 3599;
    /// The scope the token answers grant (Microsoft names the resource's delegated permissions).
    QString grantedScope = QStringLiteral("https://api.businesscentral.dynamics.com/Financials.ReadWrite.All "
                                          "https://api.businesscentral.dynamics.com/user_impersonation");

    QList<Request> authorizations; ///< GET /<tenant>/oauth2/v2.0/authorize
    QList<Request> tokenRequests; ///< POST /<tenant>/oauth2/v2.0/token
    QList<Request> companyRequests; ///< GET <api>/v2.0/companies
    int tokensIssued = 0;

    /// A Business Central API root on this server (its identity paths are Microsoft's).
    QUrl baseUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/v2.0/%2/%3/api")
                        .arg(m_server.serverPort())
                        .arg(tenantId, environment));
    }
    QString identityPath(const QString &endpoint) const
    {
        return u'/' + tenantId + QStringLiteral("/oauth2/v2.0/") + endpoint;
    }
    QByteArray issueRefreshToken()
    {
        const QByteArray token = "0.AXEA-refresh-" + QByteArray::number(++m_serial);
        m_refreshTokens.insert(token, true);
        return token;
    }
    bool isAccessToken(const QByteArray &token) const { return m_accessTokens.contains(token); }

private:
    /// As Microsoft's endpoints send it.
    static void json(QTcpSocket *socket, int status, const QJsonObject &object)
    {
        FakeHttpServer::json(socket, status, object, "application/json; charset=utf-8");
    }

    static QJsonObject error(const QString &code, const QString &description)
    {
        return {{QStringLiteral("error"), code}, {QStringLiteral("error_description"), description}};
    }

    struct Grant
    {
        QString redirectUri;
        QString challenge;
    };

    void respond(QTcpSocket *socket, const Request &request) override
    {
        const QString path = request.url.path();
        if (request.method == "GET" && path == identityPath(QStringLiteral("authorize"))) {
            authorizations.append(request);
            const QUrlQuery query(request.url);
            const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
            if (query.queryItemValue(QStringLiteral("client_id")) != clientId || !redirect.isValid()
                || redirect.host() != u"localhost"
                || query.queryItemValue(QStringLiteral("response_type")) != u"code"
                || query.queryItemValue(QStringLiteral("code_challenge_method")) != u"S256"
                || query.queryItemValue(QStringLiteral("code_challenge")).size() != 43) {
                write(socket, 400, "Bad Request", {{"Content-Type", "text/plain"}},
                      "AADSTS900144: invalid request");
                return;
            }
            QUrlQuery answer;
            if (std::exchange(deny, false)) {
                answer.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
                answer.addQueryItem(QStringLiteral("error_description"),
                                    QStringLiteral("AADSTS65004: User declined to consent"));
            } else {
                const QByteArray code = "0.AXEA-code-" + QByteArray::number(++m_serial);
                m_codes.insert(code,
                               {redirect.toString(), query.queryItemValue(QStringLiteral("code_challenge"))});
                answer.addQueryItem(QStringLiteral("code"), QString::fromLatin1(code));
            }
            answer.addQueryItem(QStringLiteral("state"),
                                query.queryItemValue(QStringLiteral("state"), QUrl::FullyEncoded));
            QUrl location = redirect;
            location.setQuery(answer);
            write(socket, 302, "Found", {{"Location", location.toEncoded()}}, {});
            return;
        }
        if (request.method == "POST" && path == identityPath(QStringLiteral("token"))) {
            tokenRequests.append(request);
            const QUrlQuery form = request.form();
            if (request.hasHeader("Authorization") || form.hasQueryItem(QStringLiteral("client_secret"))) {
                json(socket, 401,
                     error(QStringLiteral("invalid_client"),
                           QStringLiteral("AADSTS700025: Client is public so neither 'client_assertion' nor "
                                          "'client_secret' should be presented.")));
                return;
            }
            if (form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded) != clientId) {
                json(socket, 400,
                     error(QStringLiteral("unauthorized_client"),
                           QStringLiteral("AADSTS700016: Application not found in the directory.")));
                return;
            }
            const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
            if (grant == u"authorization_code") {
                const QByteArray code =
                    form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toLatin1();
                const Grant issued = m_codes.take(code);
                const QByteArray verifier =
                    form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded).toLatin1();
                const QString challenge = QString::fromLatin1(
                    QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
                if (issued.redirectUri.isEmpty()
                    || issued.redirectUri
                        != form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)) {
                    json(socket, 400,
                         error(QStringLiteral("invalid_grant"),
                               QStringLiteral("AADSTS70000: The provided authorization code is invalid.")));
                    return;
                }
                if (verifier.isEmpty() || challenge != issued.challenge) {
                    json(socket, 400,
                         error(QStringLiteral("invalid_grant"),
                               QStringLiteral("AADSTS501481: The Code_Verifier does not match the "
                                              "code_challenge supplied in the authorization request.")));
                    return;
                }
            } else if (grant == u"refresh_token") {
                const QByteArray token =
                    form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded).toLatin1();
                if (!m_refreshTokens.remove(token)) {
                    json(socket, 400,
                         error(QStringLiteral("invalid_grant"),
                               QStringLiteral("AADSTS70008: The refresh token has expired or is invalid.")));
                    return;
                }
            } else {
                json(socket, 400, error(QStringLiteral("unsupported_grant_type"), QString()));
                return;
            }
            ++tokensIssued;
            const QByteArray access = "eyJ0eXAiOiJKV1Qi-access-" + QByteArray::number(++m_serial);
            m_accessTokens.insert(access, true);
            json(socket, 200,
                 {{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                  {QStringLiteral("scope"), grantedScope},
                  {QStringLiteral("expires_in"), accessTokenLifetime},
                  {QStringLiteral("ext_expires_in"), accessTokenLifetime},
                  {QStringLiteral("access_token"), QString::fromLatin1(access)},
                  {QStringLiteral("refresh_token"), QString::fromLatin1(issueRefreshToken())}});
            return;
        }
        const QString companiesPath = baseUrl().path() + QStringLiteral("/v2.0/companies");
        if (request.method == "GET" && path == companiesPath) {
            companyRequests.append(request);
            const QByteArray authorization = request.header("Authorization");
            if (!authorization.startsWith("Bearer ") || !isAccessToken(authorization.mid(7))) {
                json(socket, 401,
                     {{QStringLiteral("error"),
                       QJsonObject{
                           {QStringLiteral("code"), QStringLiteral("Authentication_InvalidCredentials")},
                           {QStringLiteral("message"),
                            QStringLiteral("The credentials provided are "
                                           "incorrect")}}}});
                return;
            }
            QJsonArray value;
            for (const Company &company : std::as_const(companies)) {
                value.append(QJsonObject{
                    {QStringLiteral("id"), company.id},
                    {QStringLiteral("systemVersion"), QStringLiteral("24.0.16410.18040")},
                    {QStringLiteral("timestamp"), 24020},
                    {QStringLiteral("name"), company.name},
                    {QStringLiteral("displayName"), company.displayName},
                    {QStringLiteral("businessProfileId"), QString()},
                    {QStringLiteral("systemCreatedAt"), QStringLiteral("2024-01-09T14:21:07.45Z")},
                    {QStringLiteral("systemCreatedBy"),
                     QStringLiteral("00000000-0000-0000-0000-000000000001")},
                    {QStringLiteral("systemModifiedAt"), QStringLiteral("2024-01-09T14:21:07.45Z")},
                    {QStringLiteral("systemModifiedBy"),
                     QStringLiteral("00000000-0000-0000-0000-000000000001")}});
            }
            json(socket, 200,
                 {{QStringLiteral("@odata.context"),
                   QString(QString::fromLatin1(baseUrl().toEncoded())
                           + QStringLiteral("/v2.0/$metadata#companies"))},
                  {QStringLiteral("value"), value}});
            return;
        }
        write(socket, 404, "Not Found", {{"Content-Type", "text/plain"}}, "not found");
    }

    QHash<QByteArray, Grant> m_codes; ///< code -> the redirect_uri and PKCE challenge it was issued for
    QHash<QByteArray, bool> m_refreshTokens;
    QHash<QByteArray, bool> m_accessTokens;
    int m_serial = 0;
};

} // namespace LedgerLink::TestSupport
