#pragma once

#include "net/oauth2signin.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

class QNetworkAccessManager;

namespace LedgerLink::Net {

/// One company of a Business Central environment: an entry of GET <api>/v2.0/companies.
struct BusinessCentralCompany
{
    QString id; ///< the company id (a GUID): the connection's account
    QString name; ///< "name"
    QString displayName; ///< "displayName" (may be empty)
};

/// The outcome of BusinessCentral::listCompanies().
struct BusinessCentralCompanyList
{
    bool ok = false;
    QList<BusinessCentralCompany> companies; ///< in Business Central's order
    int httpStatus = 0;
    QString message; ///< translated, when !ok
};

/**
 * The Microsoft identity platform (Microsoft Entra ID) for a Business Central connection whose API
 * root is `apiBaseUrl` (".../api", e.g.
 * https://api.businesscentral.dynamics.com/v2.0/<tenant id>/production/api):
 * - Business Central online (api.businesscentral.dynamics.com): the sign-in at
 *   https://login.microsoftonline.com/<tenant>/oauth2/v2.0/authorize, tokens from
 *   https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token, where <tenant> is the base URL's
 *   tenant segment, or "organizations" (any work or school account) when the base URL has none
 *   (…/v2.0/<environment>/api);
 * - anything else (a local stand-in for Microsoft, tests): the same paths on that one host,
 *   <base host>/<tenant>/oauth2/v2.0/authorize and <base host>/<tenant>/oauth2/v2.0/token.
 *
 * The app is a public client ("Mobile and desktop applications" platform, no secret): OAuth 2.0
 * authorization code with PKCE (S256), client_id in the token requests' body. Scopes
 * "https://api.businesscentral.dynamics.com/.default offline_access" (the API permissions granted
 * to the app registration; offline_access for a refresh token). Microsoft matches a loopback
 * redirect URI regardless of its port for public clients, so http://localhost:<any port>/callback
 * works once http://localhost/callback is registered. Refresh tokens rotate: store the new one.
 *
 * Documentation:
 * -
 * https://learn.microsoft.com/en-us/dynamics365/business-central/dev-itpro/developer/devenv-develop-connect-apps
 *   ("Using OAuth to Authorize Business Central REST API Calls")
 * - https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow
 *   (the authorization code flow: parameters of the authorize, token and refresh requests)
 * - https://learn.microsoft.com/en-us/entra/identity-platform/reply-url#localhost-exceptions
 *   (loopback redirect URIs: the port is ignored)
 */
namespace BusinessCentral {

/// Whether `apiBaseUrl` is Business Central online's API host (api.businesscentral.dynamics.com).
bool isMicrosoftCloud(const QUrl &apiBaseUrl);

/// The Microsoft Entra tenant of `apiBaseUrl`: the segment after "v2.0" when the path is
/// /v2.0/<tenant>/<environment>/api, else "organizations".
QString tenant(const QUrl &apiBaseUrl);

/// The authorization and token endpoints for `tenant` on Microsoft's login host, or on `apiBaseUrl`'s
/// host when it is not Business Central online.
QUrl authorizationUrl(const QUrl &apiBaseUrl);
QUrl tokenUrl(const QUrl &apiBaseUrl);

/// The client id to sign in with: the LEDGERLINK_BUSINESSCENTRAL_CLIENT_ID environment variable,
/// else the one compiled in (CMake -DLEDGERLINK_BUSINESSCENTRAL_CLIENT_ID=...); empty when there
/// is none.
QString clientId();

/// The scopes LedgerLink asks for: https://api.businesscentral.dynamics.com/.default offline_access.
QStringList scopes();

/// A PKCE sign-in's configuration for `apiBaseUrl` (public client: no secret; any free loopback
/// port; the scopes are sent with a refresh too, as Microsoft documents).
OAuth2SignInConfig signInConfig(const QUrl &apiBaseUrl, const QString &clientId);

/// GET <apiBaseUrl>/v2.0/companies.
QUrl companiesUrl(const QUrl &apiBaseUrl);

/**
 * Lists the companies `accessToken` may use (GET companiesUrl with the bearer token) through an
 * HttpClient on `network`, blocking the calling thread in a local event loop: a worker's, never
 * the GUI thread.
 */
BusinessCentralCompanyList listCompanies(QNetworkAccessManager &network, const QUrl &apiBaseUrl,
                                         const QByteArray &accessToken);

} // namespace BusinessCentral

} // namespace LedgerLink::Net
