#pragma once

#include "net/oauth2signin.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QUrl>

class QNetworkAccessManager;

namespace LedgerLink::Net {

/// One organisation (or other tenant) an access token may use: an entry of Xero's GET /connections.
struct XeroTenant
{
    QString connectionId; ///< "id": the connection, for DELETE /connections/{id}
    QString tenantId; ///< the xero-tenant-id header value (a GUID)
    QString tenantType; ///< "ORGANISATION", "PRACTICE"...
    QString tenantName;
};

/// The outcome of listXeroTenants().
struct XeroTenantList
{
    bool ok = false;
    QList<XeroTenant> tenants; ///< in Xero's order
    int httpStatus = 0;
    QString message; ///< translated, when !ok
};

/**
 * Xero's identity for a connection whose Accounting API base URL is `apiBaseUrl`:
 * - https://api.xero.com (Xero itself): the sign-in at https://login.xero.com/identity/connect/
 *   authorize, tokens from https://identity.xero.com/connect/token, tenants at
 *   https://api.xero.com/connections;
 * - anything else (the sandbox books, `ledgerlink-cli sandbox serve`): the same paths on that one
 *   host, <base>/identity/connect/authorize, <base>/identity/connect/token, <base>/connections.
 */
namespace Xero {

/// Whether `apiBaseUrl` is Xero's own API host (api.xero.com).
bool isXeroCloud(const QUrl &apiBaseUrl);

/**
 * The client id to sign in with: the sandbox books' public one for a non-Xero host; for Xero
 * itself the LEDGERLINK_XERO_CLIENT_ID environment variable, else the one compiled in
 * (CMake -DLEDGERLINK_XERO_CLIENT_ID=...); empty when there is none.
 */
QString clientId(const QUrl &apiBaseUrl);

/// The scopes LedgerLink asks for: openid profile email offline_access and the Accounting ones
/// its connector needs (transactions, contacts, settings).
QStringList scopes();

/**
 * A PKCE sign-in's configuration for `apiBaseUrl`. Xero only accepts plain http for localhost and
 * matches the registered redirect URI exactly, port included: the redirect is
 * http://localhost:<port>/callback with the ports of redirectPorts() (register them all with the
 * Xero app); the sandbox takes any free port.
 */
OAuth2SignInConfig signInConfig(const QUrl &apiBaseUrl, const QString &clientId);

/// The ports tried for Xero's redirect URI, in order (each must be registered with the app).
QList<quint16> redirectPorts();

/// GET /connections on the base URL of `apiBaseUrl`'s host (Xero: https://api.xero.com/connections).
QUrl connectionsUrl(const QUrl &apiBaseUrl);

/**
 * Lists the tenants `accessToken` may use (GET connectionsUrl with the bearer token and no tenant
 * header) through an HttpClient on `network`, blocking the calling thread in a local event loop:
 * a worker's, never the GUI thread.
 */
XeroTenantList listTenants(QNetworkAccessManager &network, const QUrl &apiBaseUrl,
                           const QByteArray &accessToken);

} // namespace Xero

} // namespace LedgerLink::Net
