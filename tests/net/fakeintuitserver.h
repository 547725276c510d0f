#pragma once

// A stand-in for Intuit's OAuth 2.0 server (appcenter.intuit.com/connect/oauth2 and
// oauth.platform.intuit.com/oauth2/v1/tokens/bearer) on 127.0.0.1, for the QuickBooks sign-in
// and refresh tests: it answers the authorization request with a 302 to the redirect URI carrying
// code, state and realmId, takes the client's credentials at the token endpoint with HTTP Basic
// only (as Intuit documents), and rotates refresh tokens. It records every request it saw.
// Lives in, and is used from, the test's thread.
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

class FakeIntuitServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QUrl url; ///< path and query as sent
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return {};
        }
        /// The body as a decoded form (application/x-www-form-urlencoded).
        QUrlQuery form() const
        {
            QByteArray plus = body;
            plus.replace('+', "%20");
            return QUrlQuery(QString::fromLatin1(plus));
        }
    };

    QString clientId = QStringLiteral("ABqbTestClientId0123456789");
    QString clientSecret = QStringLiteral("qbTestSecret9876543210");
    QString realmId = QStringLiteral("1185883450");
    bool deny = false; ///< the next authorization answers error=access_denied
    int accessTokenLifetime = 3600;

    QList<Request> authorizations; ///< GET /connect/oauth2
    QList<Request> tokenRequests; ///< POST /oauth2/v1/tokens/bearer
    int tokensIssued = 0;

    bool listen() { return m_server.listen(QHostAddress(QHostAddress::LocalHost)); }
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

    FakeIntuitServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Request request;
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        if (first.size() < 2)
            return;
        request.method = first.at(0);
        request.url = QUrl::fromEncoded(first.at(1));
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            if (line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        respond(socket, request);
    }

    static void write(QTcpSocket *socket, int status, const QByteArray &reason,
                      const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        for (const auto &[name, value] : headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        socket->write(out);
        socket->disconnectFromHost();
    }

    static void json(QTcpSocket *socket, int status, const QJsonObject &object)
    {
        write(socket, status, status == 200 ? "OK" : "Error",
              {{"Content-Type", "application/json;charset=UTF-8"}},
              QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    void respond(QTcpSocket *socket, const Request &request)
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

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QByteArray, QString> m_codes; ///< code -> the redirect_uri it was issued for
    QHash<QByteArray, bool> m_refreshTokens;
    QHash<QByteArray, bool> m_accessTokens;
    int m_serial = 0;
};

} // namespace LedgerLink::TestSupport
