#pragma once

#include "net/oauth2signin.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

#include <optional>

class QNetworkAccessManager;

namespace LedgerLink::Net {

/// One organisation of a Zoho Books user: an entry of GET <api>/organizations.
struct ZohoOrganization
{
    QString id; ///< organization_id: the connection's account
    QString name;
    bool isDefault = false; ///< is_default_org
    QString currencyCode; ///< the organisation's base currency
};

/// The outcome of Zoho::listOrganizations().
struct ZohoOrganizationList
{
    bool ok = false;
    QList<ZohoOrganization> organizations; ///< in Zoho's order
    int httpStatus = 0;
    QString message; ///< translated, when !ok
};

/**
 * Zoho's OAuth 2.0 (Zoho Accounts) for a Zoho Books connection whose API root is `apiBaseUrl`
 * (https://www.zoho.com/books/api/v3/oauth/):
 * - the data centre is the API root's domain: www.zohoapis.com (United States), .eu, .in, .com.au,
 *   .jp, .ca, .com.cn, .sa ("Multi DC support"); its accounts server signs in and issues tokens:
 *   https://accounts.zoho.com, .eu, .in, .com.au, .jp, accounts.zohocloud.ca (Canada), .com.cn,
 *   .sa — {Accounts_URL}/oauth/v2/auth and {Accounts_URL}/oauth/v2/token;
 * - anything else (a local stand-in for Zoho, tests): the same paths on that host.
 *
 * The app is a "Server-based Application" of Zoho's API console: authorization code grant with the
 * client id and secret, which Zoho takes only as parameters of the token requests (never HTTP
 * Basic), `access_type=offline` (else no refresh token is issued) and `prompt=consent` (a refresh
 * token also when the user consented before). Zoho documents no PKCE. Access tokens last an hour;
 * refresh tokens do not expire and are not rotated (a user keeps at most 20: the oldest goes).
 * The token answer's `api_domain` names the data centre's API host.
 */
namespace Zoho {

/// One of Zoho's data centres.
struct DataCentre
{
    QString location; ///< Zoho's `location` value: "us", "eu", "in", "au", "jp", "ca", "cn", "sa"
    QString apiHost; ///< "www.zohoapis.eu"
    QString accountsHost; ///< "accounts.zoho.eu"
};

/// The data centres Zoho Books documents, United States first.
QList<DataCentre> dataCentres();

/// The data centre whose API host `apiBaseUrl` has; nullopt for any other host (a stand-in).
std::optional<DataCentre> dataCentreOf(const QUrl &apiBaseUrl);

/// The accounts server for `apiBaseUrl`: https://<accountsHost>, or the stand-in's own scheme, host
/// and port.
QUrl accountsUrl(const QUrl &apiBaseUrl);

/// The Zoho Books API root on the token answer's `api_domain` ("https://www.zohoapis.eu" →
/// https://www.zohoapis.eu/books/v3); invalid when `apiDomain` is not an https URL of a data centre.
QUrl apiBaseUrlFor(const QString &apiDomain);

/// The client id: LEDGERLINK_ZOHO_CLIENT_ID, else the one compiled in; empty when there is none.
QString clientId();
/// The client secret, likewise (LEDGERLINK_ZOHO_CLIENT_SECRET).
QString clientSecret();

/**
 * The scopes LedgerLink asks for: the modules it reads and writes (contacts, settings — items and
 * the organisation —, salesorders, invoices, customerpayments, creditnotes), each with CREATE,
 * UPDATE and READ; never DELETE, never ZohoBooks.fullaccess.all.
 */
QStringList scopes();

/// The ports tried for the redirect URI http://localhost:<port>/callback (register them with the app).
QList<quint16> redirectPorts();

/// The sign-in's configuration for `apiBaseUrl` with the app's credentials.
OAuth2SignInConfig signInConfig(const QUrl &apiBaseUrl, const QString &clientId, const QString &clientSecret);

/// GET <apiBaseUrl>/organizations.
QUrl organizationsUrl(const QUrl &apiBaseUrl);

/**
 * Lists the organisations `accessToken` may use (GET organizationsUrl with `Authorization:
 * Zoho-oauthtoken …`) through an HttpClient on `network`, blocking the calling thread in a local
 * event loop: a worker's, never the GUI thread.
 */
ZohoOrganizationList listOrganizations(QNetworkAccessManager &network, const QUrl &apiBaseUrl,
                                       const QByteArray &accessToken);

} // namespace Zoho

} // namespace LedgerLink::Net
