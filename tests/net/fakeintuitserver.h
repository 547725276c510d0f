#pragma once

// A stand-in for Intuit's OAuth 2.0 server (appcenter.intuit.com/connect/oauth2 and
// oauth.platform.intuit.com/oauth2/v1/tokens/bearer) on 127.0.0.1, for the QuickBooks sign-in
// and refresh tests: it answers the authorization request with a 302 to the redirect URI carrying
// code, state and realmId, takes the client's credentials at the token endpoint with HTTP Basic
// only (as Intuit documents), and rotates refresh tokens. It records every request it saw.
// Lives in, and is used from, the test's thread.
#include "fakehttpserver.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>
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

class FakeIntuitServer : public FakeHttpServer
{
public:
    QString clientId = QStringLiteral("ABqbTestClientId0123456789");
    QString clientSecret = QStringLiteral("qbTestSecret9876543210");
    QString realmId = QStringLiteral("1185883450");
    bool deny = false; ///< the next authorization answers error=access_denied
    int accessTokenLifetime = 3600;

    QList<Request> authorizations; ///< GET /connect/oauth2
    QList<Request> tokenRequests; ///< POST /oauth2/v1/tokens/bearer
    int tokensIssued = 0;

    /// What a connection's base URL is for this server (its paths are Intuit's).
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    QByteArray expectedAuthorization() const
    {
        return "Basic " + (clientId + u':' + clientSecret).toUtf8().toBase64();
    }
    /// A refresh token the server knows (e.g. to hand to an OAuthSession without a sign-in).
    QByteArray issueRefreshToken()
    {
        const QByteArray token = "RT1-" + QByteArray::number(++m_serial) + "-qb";
        m_refreshTokens.insert(token, true);
        return token;
    }
    bool isAccessToken(const QByteArray &token) const { return m_accessTokens.contains(token); }

private:
    void respond(QTcpSocket *socket, const Request &request) override
    {
        const QString path = request.url.path();
        if (request.method == "GET" && path == u"/connect/oauth2") {
            authorizations.append(request);
            const QUrlQuery query(request.url);
            const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
            if (query.queryItemValue(QStringLiteral("client_id")) != clientId || !redirect.isValid()
                || redirect.host() != u"localhost") {
                write(socket, 400, "Bad Request", {{"Content-Type", "text/plain"}},
                      "invalid client or redirect");
                return;
            }
            QUrlQuery answer;
            if (std::exchange(deny, false)) {
                answer.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
            } else {
                const QByteArray code = "AB1-code-" + QByteArray::number(++m_serial);
                m_codes.insert(code, redirect.toString());
                answer.addQueryItem(QStringLiteral("code"), QString::fromLatin1(code));
                answer.addQueryItem(QStringLiteral("realmId"), realmId);
            }
            answer.addQueryItem(QStringLiteral("state"),
                                query.queryItemValue(QStringLiteral("state"), QUrl::FullyEncoded));
            QUrl location = redirect;
            location.setQuery(answer);
            write(socket, 302, "Found", {{"Location", location.toEncoded()}}, {});
            return;
        }
        if (request.method == "POST" && path == u"/oauth2/v1/tokens/bearer") {
            tokenRequests.append(request);
            if (request.header("Authorization") != expectedAuthorization()) {
                json(socket, 401, {{QStringLiteral("error"), QStringLiteral("invalid_client")}});
                return;
            }
            const QUrlQuery form = request.form();
            const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
            if (grant == u"authorization_code") {
                const QByteArray code =
                    form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toLatin1();
                if (!m_codes.contains(code)
                    || m_codes.take(code)
                        != form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)) {
                    json(socket, 400, {{QStringLiteral("error"), QStringLiteral("invalid_grant")}});
                    return;
                }
            } else if (grant == u"refresh_token") {
                const QByteArray token =
                    form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded).toLatin1();
                if (!m_refreshTokens.remove(token)) {
                    json(socket, 400, {{QStringLiteral("error"), QStringLiteral("invalid_grant")}});
                    return;
                }
            } else {
                json(socket, 400, {{QStringLiteral("error"), QStringLiteral("unsupported_grant_type")}});
                return;
            }
            ++tokensIssued;
            const QByteArray access = "eyJqb-access-" + QByteArray::number(++m_serial);
            m_accessTokens.insert(access, true);
            json(socket, 200,
                 {{QStringLiteral("token_type"), QStringLiteral("bearer")},
                  {QStringLiteral("access_token"), QString::fromLatin1(access)},
                  {QStringLiteral("expires_in"), accessTokenLifetime},
                  {QStringLiteral("refresh_token"), QString::fromLatin1(issueRefreshToken())},
                  {QStringLiteral("x_refresh_token_expires_in"), 8726400}});
            return;
        }
        write(socket, 404, "Not Found", {{"Content-Type", "text/plain"}}, "not found");
    }

    QHash<QByteArray, QString> m_codes; ///< code -> the redirect_uri it was issued for
    QHash<QByteArray, bool> m_refreshTokens;
    QHash<QByteArray, bool> m_accessTokens;
    int m_serial = 0;
};

} // namespace LedgerLink::TestSupport
