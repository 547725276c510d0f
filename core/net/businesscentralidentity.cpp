#include "net/businesscentralidentity.h"

#include "net/httpclient.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>

#ifndef LEDGERLINK_BUSINESSCENTRAL_CLIENT_ID
#define LEDGERLINK_BUSINESSCENTRAL_CLIENT_ID ""
#endif

using namespace Qt::StringLiterals;

namespace LedgerLink::Net::BusinessCentral {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Net::BusinessCentral)
};

/// The host's root: a stand-in's identity paths hang off the base URL's scheme, host and port.
QUrl hostRoot(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

/// <login host>/<tenant>/oauth2/v2.0/<endpoint>
QUrl identityEndpoint(const QUrl &apiBaseUrl, const QString &endpoint)
{
    QUrl url =
        isMicrosoftCloud(apiBaseUrl) ? QUrl(u"https://login.microsoftonline.com"_s) : hostRoot(apiBaseUrl);
    url.setPath(u'/' + tenant(apiBaseUrl) + u"/oauth2/v2.0/"_s + endpoint);
    return url;
}

/// A tenant segment as Microsoft takes it: a GUID or a domain name (contoso.onmicrosoft.com).
bool looksLikeTenant(const QString &segment)
{
    static const QRegularExpression pattern(
        u"^([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|"
        u"[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9-]+)+)$"_s);
    return pattern.match(segment).hasMatch();
}

} // namespace

bool isMicrosoftCloud(const QUrl &apiBaseUrl)
{
    return apiBaseUrl.host().compare(u"api.businesscentral.dynamics.com"_s, Qt::CaseInsensitive) == 0;
}

QString tenant(const QUrl &apiBaseUrl)
{
    // https://api.businesscentral.dynamics.com/v2.0/<tenant>/<environment>/api, or without the
    // tenant (/v2.0/<environment>/api): the token's tenant is then the user's own.
    const QStringList segments = apiBaseUrl.path().split(u'/', Qt::SkipEmptyParts);
    const qsizetype version = segments.indexOf(u"v2.0"_s);
    if (version >= 0 && version + 3 < segments.size() && segments.at(version + 3) == u"api"
        && looksLikeTenant(segments.at(version + 1)))
        return segments.at(version + 1);
    return u"organizations"_s;
}

QUrl authorizationUrl(const QUrl &apiBaseUrl)
{
    return identityEndpoint(apiBaseUrl, u"authorize"_s);
}

QUrl tokenUrl(const QUrl &apiBaseUrl)
{
    return identityEndpoint(apiBaseUrl, u"token"_s);
}

QString clientId()
{
    const QString fromEnvironment = qEnvironmentVariable("LEDGERLINK_BUSINESSCENTRAL_CLIENT_ID").trimmed();
    return fromEnvironment.isEmpty() ? QString::fromLatin1(LEDGERLINK_BUSINESSCENTRAL_CLIENT_ID)
                                     : fromEnvironment;
}

QStringList scopes()
{
    return {u"https://api.businesscentral.dynamics.com/.default"_s, u"offline_access"_s};
}

OAuth2SignInConfig signInConfig(const QUrl &apiBaseUrl, const QString &clientId)
{
    OAuth2SignInConfig config;
    config.authorizationUrl = authorizationUrl(apiBaseUrl);
    config.tokenUrl = tokenUrl(apiBaseUrl);
    config.clientId = clientId; // public client: no secret, client_id in the token requests' body
    config.scopes = scopes();
    config.redirectHost = u"localhost"_s;
    config.redirectPath = u"/callback"_s;
    // Microsoft ignores a loopback redirect URI's port for public clients: any free port.
    config.redirectPorts.clear();
    config.pkce = true;
    // The v2.0 token endpoint lists `scope` as required for a refresh.
    config.scopeOnRefresh = true;
    return config;
}

QUrl companiesUrl(const QUrl &apiBaseUrl)
{
    QUrl url = apiBaseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    url.setPath(url.path() + u"/v2.0/companies"_s);
    return url;
}

BusinessCentralCompanyList listCompanies(QNetworkAccessManager &network, const QUrl &apiBaseUrl,
                                         const QByteArray &accessToken)
{
    BusinessCentralCompanyList result;
    HttpClientOptions options;
    options.rateLimitKey = u"businesscentral-identity:"_s + apiBaseUrl.host();
    options.timeout = std::chrono::milliseconds(30000);
    HttpClient client(network, options);
    const QUrl url = companiesUrl(apiBaseUrl);
    const HttpExchange exchange =
        client.get(url, {{"Authorization", "Bearer " + accessToken}, {"Accept", "application/json"}});
    const HttpResponse &response = exchange.response;
    result.httpStatus = response.status;
    if (response.status == 0) {
        result.message = Text::tr("Could not list the companies: %1").arg(response.errorText);
        return result;
    }
    if (response.status == 401) {
        result.message = Text::tr("%1 refused the new access token when listing the companies (HTTP 401): "
                                  "check that the app has the Dynamics 365 Business Central permission, "
                                  "then sign in again.")
                             .arg(url.host());
        return result;
    }
    if (response.status == 404) {
        result.message = Text::tr("%1 has no company list at %2 (HTTP 404): check the base URL's tenant and "
                                  "environment.")
                             .arg(url.host(), url.path());
        return result;
    }
    if (!response.isSuccess()) {
        result.message =
            Text::tr("%1 answered HTTP %2 when listing the companies.").arg(url.host()).arg(response.status);
        return result;
    }
    const QJsonDocument document = response.json();
    const QJsonValue value = document.object().value(u"value"_s);
    if (!value.isArray()) {
        result.message =
            Text::tr("%1 did not answer the company list with an OData collection.").arg(url.host());
        return result;
    }
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        BusinessCentralCompany company;
        company.id = object.value(u"id"_s).toString();
        company.name = object.value(u"name"_s).toString();
        company.displayName = object.value(u"displayName"_s).toString();
        if (!company.id.isEmpty())
            result.companies.append(company);
    }
    result.ok = true;
    return result;
}

} // namespace LedgerLink::Net::BusinessCentral
