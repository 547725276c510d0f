#include "net/quickbooksidentity.h"

#ifndef LEDGERLINK_QUICKBOOKS_CLIENT_ID
#define LEDGERLINK_QUICKBOOKS_CLIENT_ID ""
#endif
#ifndef LEDGERLINK_QUICKBOOKS_CLIENT_SECRET
#define LEDGERLINK_QUICKBOOKS_CLIENT_SECRET ""
#endif

using namespace Qt::StringLiterals;

namespace LedgerLink::Net::QuickBooks {

namespace {

QUrl onHost(const QUrl &apiBaseUrl, const QString &path)
{
    QUrl url = apiBaseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                   | QUrl::RemoveUserInfo);
    url.setPath(path);
    return url;
}

/// The environment variable's value, else the compiled-in one.
QString configured(const char *variable, const char *compiledIn)
{
    const QString fromEnvironment = qEnvironmentVariable(variable).trimmed();
    return fromEnvironment.isEmpty() ? QString::fromLatin1(compiledIn) : fromEnvironment;
}

} // namespace

bool isIntuitCloud(const QUrl &apiBaseUrl)
{
    const QString host = apiBaseUrl.host();
    return host.compare(u"quickbooks.api.intuit.com"_s, Qt::CaseInsensitive) == 0
        || host.compare(u"sandbox-quickbooks.api.intuit.com"_s, Qt::CaseInsensitive) == 0;
}

QString clientId()
{
    return configured("LEDGERLINK_QUICKBOOKS_CLIENT_ID", LEDGERLINK_QUICKBOOKS_CLIENT_ID);
}

QString clientSecret()
{
    return configured("LEDGERLINK_QUICKBOOKS_CLIENT_SECRET", LEDGERLINK_QUICKBOOKS_CLIENT_SECRET);
}

QStringList scopes()
{
    return {u"com.intuit.quickbooks.accounting"_s};
}

QList<quint16> redirectPorts()
{
    return {48027, 48028, 48029};
}

OAuth2SignInConfig signInConfig(const QUrl &apiBaseUrl, const QString &clientId, const QString &clientSecret)
{
    OAuth2SignInConfig config;
    if (isIntuitCloud(apiBaseUrl)) {
        config.authorizationUrl = QUrl(u"https://appcenter.intuit.com/connect/oauth2"_s);
        config.tokenUrl = QUrl(u"https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer"_s);
        config.redirectPorts = redirectPorts();
    } else {
        config.authorizationUrl = onHost(apiBaseUrl, u"/connect/oauth2"_s);
        config.tokenUrl = onHost(apiBaseUrl, u"/oauth2/v1/tokens/bearer"_s);
    }
    config.clientId = clientId;
    config.clientSecret = clientSecret;
    config.scopes = scopes();
    config.redirectHost = u"localhost"_s; // Intuit allows plain http for localhost only
    config.redirectPath = u"/callback"_s;
    config.pkce = false; // not in Intuit's documentation: the secret authenticates the client
    return config;
}

} // namespace LedgerLink::Net::QuickBooks
