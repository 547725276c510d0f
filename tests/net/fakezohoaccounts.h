#pragma once

// A stand-in for Zoho Accounts (the data centre's accounts server: {Accounts_URL}/oauth/v2/auth and
// /oauth/v2/token) and for Zoho Books' organization list (/books/v3/organizations) on 127.0.0.1, for
// the Zoho sign-in tests. As Zoho's OAuth page documents: the authorization request redirects with
// code, state, location and accounts-server; the token endpoint takes client_id and client_secret as
// parameters only (query string or form body; an Authorization header is refused), answers errors
// with HTTP 200 and {"error": …}, issues a refresh token only for access_type=offline, never rotates
// it, and names the API host in api_domain. It records every request it saw.
// Lives in, and is used from, the test's thread.
#include "fakehttpserver.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <utility>

namespace LedgerLink::TestSupport {

class FakeZohoAccounts : public FakeHttpServer
{
public:
    QString clientId = QStringLiteral("1000.0SRSTESTCLIENT239V");
    QString clientSecret = QStringLiteral("fb01testsecret8abf");
    QString location = QStringLiteral("us");
    QString apiDomain = QStringLiteral("https://www.zohoapis.com");
    bool deny = false; ///< the next authorization answers error=access_denied
    /// The organisations GET /books/v3/organizations lists (Zoho's documented example by default).
    QJsonArray organizations;

    QList<Request> authorizations; ///< GET /oauth/v2/auth
    QList<Request> tokenRequests; ///< POST /oauth/v2/token
    QList<Request> apiRequests; ///< GET /books/v3/organizations

    QUrl url(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    /// What a connection's base URL is for this stand-in.
    QUrl apiBaseUrl() const { return url(QStringLiteral("/books/v3")); }
    QByteArray issueRefreshToken()
    {
        const QByteArray token = "1000.refresh" + QByteArray::number(++m_serial) + ".zoho";
        m_refreshTokens.insert(token, true);
        return token;
    }
    bool isAccessToken(const QByteArray &token) const { return m_accessTokens.contains(token); }
    bool isRefreshToken(const QByteArray &token) const { return m_refreshTokens.contains(token); }
    void revoke(const QByteArray &refreshToken) { m_refreshTokens.remove(refreshToken); }

private:
    /// A token request's parameter: from the query string (Zoho's examples) or the form body.
    static QString parameter(const Request &request, const QString &name)
    {
        const QUrlQuery query(request.url);
        if (query.hasQueryItem(name))
            return query.queryItemValue(name, QUrl::FullyDecoded);
        return request.form().queryItemValue(name, QUrl::FullyDecoded);
    }

    void respond(QTcpSocket *socket, const Request &request) override
    {
        const QString path = request.url.path();
        if (request.method == "GET" && path == u"/oauth/v2/auth") {
            authorizations.append(request);
            const QUrlQuery query(request.url);
            const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
            if (query.queryItemValue(QStringLiteral("client_id")) != clientId || !redirect.isValid()
                || redirect.host() != u"localhost"
                || query.queryItemValue(QStringLiteral("response_type")) != u"code") {
                write(socket, 400, "Bad Request", {{"Content-Type", "text/plain"}}, "invalid_redirect_uri");
                return;
            }
            QUrlQuery answer;
            if (std::exchange(deny, false)) {
                answer.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
            } else {
                const QByteArray code = "1000.code" + QByteArray::number(++m_serial);
                m_codes.insert(
                    code,
                    {redirect.toString(), query.queryItemValue(QStringLiteral("access_type")) == u"offline"});
                answer.addQueryItem(QStringLiteral("code"), QString::fromLatin1(code));
                answer.addQueryItem(QStringLiteral("location"), location);
                answer.addQueryItem(QStringLiteral("accounts-server"),
                                    QString::fromLatin1(QUrl::toPercentEncoding(url().toString())));
            }
            answer.addQueryItem(QStringLiteral("state"),
                                query.queryItemValue(QStringLiteral("state"), QUrl::FullyEncoded));
            QUrl target = redirect;
            target.setQuery(answer);
            write(socket, 302, "Found", {{"Location", target.toEncoded()}}, {});
            return;
        }
        if (request.method == "POST" && path == u"/oauth/v2/token") {
            tokenRequests.append(request);
            // Zoho answers its token errors with HTTP 200.
            if (!request.header("Authorization").isEmpty()
                || parameter(request, QStringLiteral("client_id")) != clientId
                || parameter(request, QStringLiteral("client_secret")) != clientSecret) {
                json(socket, 200, {{QStringLiteral("error"), QStringLiteral("invalid_client")}});
                return;
            }
            const QString grant = parameter(request, QStringLiteral("grant_type"));
            bool offline = false;
            if (grant == u"authorization_code") {
                const QByteArray code = parameter(request, QStringLiteral("code")).toLatin1();
                const auto issued = m_codes.take(code);
                if (issued.first.isEmpty()
                    || issued.first != parameter(request, QStringLiteral("redirect_uri"))) {
                    json(socket, 200, {{QStringLiteral("error"), QStringLiteral("invalid_code")}});
                    return;
                }
                offline = issued.second;
            } else if (grant == u"refresh_token") {
                if (!m_refreshTokens.contains(
                        parameter(request, QStringLiteral("refresh_token")).toLatin1())) {
                    json(socket, 200, {{QStringLiteral("error"), QStringLiteral("invalid_code")}});
                    return;
                }
            } else {
                json(socket, 200, {{QStringLiteral("error"), QStringLiteral("unsupported_grant_type")}});
                return;
            }
            const QByteArray access = "1000.access" + QByteArray::number(++m_serial) + ".zoho";
            m_accessTokens.insert(access, true);
            QJsonObject answer{{QStringLiteral("access_token"), QString::fromLatin1(access)},
                               {QStringLiteral("api_domain"), apiDomain},
                               {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                               {QStringLiteral("expires_in"), 3600}};
            if (offline)
                answer.insert(QStringLiteral("refresh_token"), QString::fromLatin1(issueRefreshToken()));
            json(socket, 200, answer);
            return;
        }
        if (request.method == "GET" && path == u"/books/v3/organizations") {
            apiRequests.append(request);
            const QByteArray authorization = request.header("Authorization");
            if (!authorization.startsWith("Zoho-oauthtoken ")
                || !m_accessTokens.contains(authorization.mid(16))) {
                json(socket, 401,
                     {{QStringLiteral("code"), 57},
                      {QStringLiteral("message"),
                       QStringLiteral("You are not authorized to perform this operation")}});
                return;
            }
            json(socket, 200,
                 {{QStringLiteral("code"), 0},
                  {QStringLiteral("message"), QStringLiteral("success")},
                  {QStringLiteral("organizations"), organizations}});
            return;
        }
        write(socket, 404, "Not Found", {{"Content-Type", "text/plain"}}, "not found");
    }

    QHash<QByteArray, std::pair<QString, bool>> m_codes; ///< code -> redirect_uri, access_type=offline
    QHash<QByteArray, bool> m_refreshTokens;
    QHash<QByteArray, bool> m_accessTokens;
    int m_serial = 0;
};

} // namespace LedgerLink::TestSupport
