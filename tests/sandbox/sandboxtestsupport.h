#pragma once

// Shared helpers of the sandbox tests: synchronous HTTP over a real QNetworkAccessManager.

#include "sandbox/sandboxcredentials.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

#include <utility>

namespace SandboxTest {

using namespace Qt::StringLiterals;

struct Response
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

enum class Auth { None, Store, Books };

inline QNetworkRequest makeRequest(const QUrl &url, Auth auth, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (auth == Auth::Store)
        request.setRawHeader("X-Shopify-Access-Token", LedgerLink::Sandbox::Credentials::shopAccessTokenText);
    if (auth == Auth::Books) {
        request.setRawHeader("Authorization",
                             QByteArray("Bearer ") + LedgerLink::Sandbox::Credentials::xeroAccessTokenText);
        request.setRawHeader("xero-tenant-id", LedgerLink::Sandbox::Credentials::xeroTenantIdText);
        request.setRawHeader("Accept", "application/json");
    }
    return request;
}

inline Response wait(QNetworkReply *reply)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Response response;
    response.elapsedMs = timer.elapsed();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.error = reply->error();
    if (reply->isOpen())
        response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return response;
}

/// Sends one request and waits for its reply (bounded by `timeoutMs`).
inline Response send(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url, Auth auth,
                     const QByteArray &body = {},
                     const QList<std::pair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000)
{
    QNetworkRequest request = makeRequest(url, auth, timeoutMs);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return wait(network.sendCustomRequest(request, method, body));
}

inline QUrl url(const QUrl &base, const QString &pathAndQuery)
{
    return QUrl(base.toString() + pathAndQuery);
}

} // namespace SandboxTest
