#pragma once

#include "net/oauth2signin.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

namespace LedgerLink::Net {

/**
 * Intuit's OAuth 2.0 identity for a QuickBooks Online connection whose Accounting API base URL is
 * `apiBaseUrl`
 * (https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0):
 * - https://quickbooks.api.intuit.com (real companies) and https://sandbox-quickbooks.api.intuit.com
 *   (Intuit's sandbox companies, development keys): the sign-in at
 *   https://appcenter.intuit.com/connect/oauth2, tokens from
 *   https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer;
 * - anything else (a local stand-in for Intuit, tests): the same paths on that one host,
 *   <base>/connect/oauth2 and <base>/oauth2/v1/tokens/bearer.
 *
 * Intuit's apps are confidential clients: the token endpoint takes the client id and secret with
 * HTTP Basic, and documents no PKCE. The redirect back carries the company's id as `realmId`
 * (OAuth2Tokens::callbackParameters). Access tokens last an hour; refresh tokens rotate (store the
 * new one every time). Intuit only redirects to http://localhost for development keys: production
 * keys need an https redirect URI, which a desktop loopback cannot offer.
 */
namespace QuickBooks {

/// Whether `apiBaseUrl` is one of Intuit's QuickBooks Online API hosts (production or sandbox).
bool isIntuitCloud(const QUrl &apiBaseUrl);

/// The client id to sign in with: the LEDGERLINK_QUICKBOOKS_CLIENT_ID environment variable, else
/// the one compiled in (CMake -DLEDGERLINK_QUICKBOOKS_CLIENT_ID=...); empty when there is none.
QString clientId();

/// The client secret, likewise (LEDGERLINK_QUICKBOOKS_CLIENT_SECRET); empty when there is none.
QString clientSecret();

/// The scope LedgerLink asks for: com.intuit.quickbooks.accounting.
QStringList scopes();

/// The ports tried for the redirect URI http://localhost:<port>/callback, in order (Intuit matches
/// the registered URI exactly, port included: register them all with the app).
QList<quint16> redirectPorts();

/// The sign-in's configuration for `apiBaseUrl` with the app's credentials (no PKCE; the secret
/// authenticates the token requests, the refresh's too).
OAuth2SignInConfig signInConfig(const QUrl &apiBaseUrl, const QString &clientId, const QString &clientSecret);

} // namespace QuickBooks

} // namespace LedgerLink::Net
