#include "net/xeroidentity.h"

#include "net/httpclient.h"
#include "sandbox/booksidentity.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#ifndef LEDGERLINK_XERO_CLIENT_ID
#define LEDGERLINK_XERO_CLIENT_ID ""
#endif

using namespace Qt::StringLiterals;

namespace LedgerLink::Net::Xero {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Net::Xero)
};

/// The host's root: the sandbox's paths hang off the base URL's scheme, host and port.
QUrl hostRoot(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

QUrl onHost(const QUrl &apiBaseUrl, const QString &path)
{
    QUrl url = hostRoot(apiBaseUrl);
    url.setPath(path);
    return url;
}

} // namespace

bool isXeroCloud(const QUrl &apiBaseUrl)
{
    return apiBaseUrl.host().compare(u"api.xero.com"_s, Qt::CaseInsensitive) == 0;
}

QString clientId(const QUrl &apiBaseUrl)
{
    if (!isXeroCloud(apiBaseUrl))
        return Sandbox::BooksIdentity::clientId();
    const QString fromEnvironment = qEnvironmentVariable("LEDGERLINK_XERO_CLIENT_ID").trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QString::fromLatin1(LEDGERLINK_XERO_CLIENT_ID);
}

QStringList scopes()
{
    return {u"openid"_s,
            u"profile"_s,
            u"email"_s,
            u"offline_access"_s,
            u"accounting.transactions"_s,
            u"accounting.contacts"_s,
            u"accounting.settings"_s};
}

QList<quint16> redirectPorts()
{
    return {48017, 48018, 48019};
}

OAuth2SignInConfig signInConfig(const QUrl &apiBaseUrl, const QString &clientId)
{
    OAuth2SignInConfig config;
    if (isXeroCloud(apiBaseUrl)) {
        config.authorizationUrl = QUrl(u"https://login.xero.com/identity/connect/authorize"_s);
        config.tokenUrl = QUrl(u"https://identity.xero.com/connect/token"_s);
        config.redirectPorts = redirectPorts();
    } else {
        config.authorizationUrl = onHost(apiBaseUrl, u"/identity/connect/authorize"_s);
        config.tokenUrl = onHost(apiBaseUrl, u"/identity/connect/token"_s);
    }
    config.clientId = clientId;
    config.scopes = scopes();
    config.redirectHost = u"localhost"_s; // Xero allows plain http for localhost only
    config.redirectPath = u"/callback"_s;
    return config;
}

QUrl connectionsUrl(const QUrl &apiBaseUrl)
{
    return onHost(apiBaseUrl, u"/connections"_s);
}

XeroTenantList listTenants(QNetworkAccessManager &network, const QUrl &apiBaseUrl,
                           const QByteArray &accessToken)
{
    XeroTenantList result;
    HttpClientOptions options;
    options.rateLimitKey = u"xero-identity:"_s + apiBaseUrl.host();
    options.timeout = std::chrono::milliseconds(30000);
    HttpClient client(network, options);
    const QUrl url = connectionsUrl(apiBaseUrl);
    const HttpExchange exchange =
        client.get(url, {{"Authorization", "Bearer " + accessToken}, {"Accept", "application/json"}});
    const HttpResponse &response = exchange.response;
    result.httpStatus = response.status;
    if (response.status == 0) {
        result.message = Text::tr("Could not list the organisations: %1").arg(response.errorText);
        return result;
    }
    if (response.status == 401) {
        result.message =
            Text::tr("%1 refused the new access token when listing the organisations (HTTP 401): "
                     "sign in again.")
                .arg(url.host());
        return result;
    }
    if (!response.isSuccess()) {
        result.message = Text::tr("%1 answered HTTP %2 when listing the organisations.")
                             .arg(url.host())
                             .arg(response.status);
        return result;
    }
    const QJsonDocument document = response.json();
    if (!document.isArray()) {
        result.message =
            Text::tr("%1 did not answer the organisation list with a JSON array.").arg(url.host());
        return result;
    }
    for (const QJsonValue &value : document.array()) {
        const QJsonObject entry = value.toObject();
        XeroTenant tenant;
        tenant.connectionId = entry.value(u"id"_s).toString();
        tenant.tenantId = entry.value(u"tenantId"_s).toString();
        tenant.tenantType = entry.value(u"tenantType"_s).toString();
        tenant.tenantName = entry.value(u"tenantName"_s).toString();
        if (!tenant.tenantId.isEmpty())
            result.tenants.append(tenant);
    }
    result.ok = true;
    return result;
}

} // namespace LedgerLink::Net::Xero
