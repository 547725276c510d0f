#include "net/zohoidentity.h"

#include "net/httpclient.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#ifndef LEDGERLINK_ZOHO_CLIENT_ID
#define LEDGERLINK_ZOHO_CLIENT_ID ""
#endif
#ifndef LEDGERLINK_ZOHO_CLIENT_SECRET
#define LEDGERLINK_ZOHO_CLIENT_SECRET ""
#endif

using namespace Qt::StringLiterals;

namespace LedgerLink::Net::Zoho {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Net::Zoho)
};

QUrl hostRoot(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

QString configured(const char *variable, const char *compiledIn)
{
    const QString fromEnvironment = qEnvironmentVariable(variable).trimmed();
    return fromEnvironment.isEmpty() ? QString::fromLatin1(compiledIn) : fromEnvironment;
}

/// The message of a Zoho error body ({"code": n, "message": "…"}), "" when it has none.
QString zohoMessage(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString message = object.value(u"message"_s).toString();
    if (message.isEmpty())
        return {};
    return message + u" (code "_s + QString::number(object.value(u"code"_s).toInt()) + u')';
}

} // namespace

QList<DataCentre> dataCentres()
{
    // Zoho Books' OAuth page, "Multi DC support"; Canada's accounts server is zohocloud.ca.
    return {{u"us"_s, u"www.zohoapis.com"_s, u"accounts.zoho.com"_s},
            {u"eu"_s, u"www.zohoapis.eu"_s, u"accounts.zoho.eu"_s},
            {u"in"_s, u"www.zohoapis.in"_s, u"accounts.zoho.in"_s},
            {u"au"_s, u"www.zohoapis.com.au"_s, u"accounts.zoho.com.au"_s},
            {u"jp"_s, u"www.zohoapis.jp"_s, u"accounts.zoho.jp"_s},
            {u"ca"_s, u"www.zohoapis.ca"_s, u"accounts.zohocloud.ca"_s},
            {u"cn"_s, u"www.zohoapis.com.cn"_s, u"accounts.zoho.com.cn"_s},
            {u"sa"_s, u"www.zohoapis.sa"_s, u"accounts.zoho.sa"_s}};
}

std::optional<DataCentre> dataCentreOf(const QUrl &apiBaseUrl)
{
    for (const DataCentre &centre : dataCentres()) {
        if (apiBaseUrl.host().compare(centre.apiHost, Qt::CaseInsensitive) == 0)
            return centre;
    }
    return std::nullopt;
}

QUrl accountsUrl(const QUrl &apiBaseUrl)
{
    if (const std::optional<DataCentre> centre = dataCentreOf(apiBaseUrl))
        return QUrl(u"https://"_s + centre->accountsHost);
    return hostRoot(apiBaseUrl);
}

QUrl apiBaseUrlFor(const QString &apiDomain)
{
    const QUrl domain(apiDomain.trimmed(), QUrl::StrictMode);
    if (domain.scheme() != u"https"_s || !dataCentreOf(domain))
        return {};
    QUrl url = hostRoot(domain);
    url.setPath(u"/books/v3"_s);
    return url;
}

QString clientId()
{
    return configured("LEDGERLINK_ZOHO_CLIENT_ID", LEDGERLINK_ZOHO_CLIENT_ID);
}

QString clientSecret()
{
    return configured("LEDGERLINK_ZOHO_CLIENT_SECRET", LEDGERLINK_ZOHO_CLIENT_SECRET);
}

QStringList scopes()
{
    QStringList scopes;
    for (const QString &module : {u"contacts"_s, u"settings"_s, u"salesorders"_s, u"invoices"_s,
                                  u"customerpayments"_s, u"creditnotes"_s}) {
        for (const QString &operation : {u"CREATE"_s, u"UPDATE"_s, u"READ"_s})
            scopes.append(u"ZohoBooks."_s + module + u'.' + operation);
    }
    return scopes;
}

QList<quint16> redirectPorts()
{
    return {48047, 48048, 48049};
}

OAuth2SignInConfig signInConfig(const QUrl &apiBaseUrl, const QString &clientId, const QString &clientSecret)
{
    OAuth2SignInConfig config;
    QUrl accounts = accountsUrl(apiBaseUrl);
    accounts.setPath(u"/oauth/v2/auth"_s);
    config.authorizationUrl = accounts;
    accounts.setPath(u"/oauth/v2/token"_s);
    config.tokenUrl = accounts;
    config.clientId = clientId;
    config.clientSecret = clientSecret;
    config.clientSecretInBody = true; // "must be sent as params": Zoho takes no HTTP Basic
    config.scopes = scopes();
    config.redirectHost = u"localhost"_s;
    config.redirectPath = u"/callback"_s;
    // The registered redirect URI must match: the same few ports, registered with the app.
    config.redirectPorts = dataCentreOf(apiBaseUrl) ? redirectPorts() : QList<quint16>();
    config.pkce = false; // not in Zoho's documentation: the secret authenticates the client
    config.authorizationParameters = {{u"access_type"_s, u"offline"_s}, {u"prompt"_s, u"consent"_s}};
    return config;
}

QUrl organizationsUrl(const QUrl &apiBaseUrl)
{
    QUrl url = apiBaseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    url.setPath(url.path() + u"/organizations"_s);
    return url;
}

ZohoOrganizationList listOrganizations(QNetworkAccessManager &network, const QUrl &apiBaseUrl,
                                       const QByteArray &accessToken)
{
    ZohoOrganizationList result;
    HttpClientOptions options;
    options.rateLimitKey = u"zoho-identity:"_s + apiBaseUrl.host();
    options.timeout = std::chrono::milliseconds(30000);
    HttpClient client(network, options);
    const QUrl url = organizationsUrl(apiBaseUrl);
    const HttpExchange exchange = client.get(
        url, {{"Authorization", "Zoho-oauthtoken " + accessToken}, {"Accept", "application/json"}});
    const HttpResponse &response = exchange.response;
    result.httpStatus = response.status;
    const QString said = zohoMessage(response.body);
    if (response.status == 0) {
        result.message = Text::tr("Could not list the Zoho Books organizations: %1").arg(response.errorText);
        return result;
    }
    if (response.status == 401) {
        result.message =
            Text::tr("%1 refused the new access token when listing the organizations (HTTP 401%2): "
                     "the token may belong to another data centre than the base URL's; sign in "
                     "again.")
                .arg(url.host(), said.isEmpty() ? QString() : QString(u", "_s + said));
        return result;
    }
    const QJsonObject body = response.json().object();
    const QJsonValue code = body.value(u"code"_s);
    if (!response.isSuccess() || (code.isDouble() && code.toInt() != 0)) {
        result.message = Text::tr("%1 answered HTTP %2 when listing the organizations%3.")
                             .arg(url.host())
                             .arg(response.status)
                             .arg(said.isEmpty() ? QString() : QString(u": "_s + said));
        return result;
    }
    const QJsonValue list = body.value(u"organizations"_s);
    if (!list.isArray()) {
        result.message = Text::tr("%1 did not answer with a list of organizations.").arg(url.host());
        return result;
    }
    for (const QJsonValue &entry : list.toArray()) {
        const QJsonObject object = entry.toObject();
        ZohoOrganization organization;
        const QJsonValue id = object.value(u"organization_id"_s);
        organization.id = id.isString() ? id.toString() : QString::number(id.toInteger());
        organization.name = object.value(u"name"_s).toString();
        organization.isDefault = object.value(u"is_default_org"_s).toBool(false);
        organization.currencyCode = object.value(u"currency_code"_s).toString();
        if (!organization.id.isEmpty() && organization.id != u"0"_s)
            result.organizations.append(organization);
    }
    result.ok = true;
    return result;
}

} // namespace LedgerLink::Net::Zoho
