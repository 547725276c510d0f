#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringView>
#include <QtCore/QUrl>

#include <utility>

/// OAuth 1.0a request signing (RFC 5849) with HMAC-SHA1 and HMAC-SHA256: the signature base
/// string, the signature and the Authorization header. NetSuite's token-based authentication
/// (TBA) signs with HMAC-SHA256, which Qt 6.4's QOAuth1Signature does not offer; WooCommerce's
/// one-legged OAuth over plain HTTP signs with it too. No network, no clock: the timestamp and
/// nonce are parameters.
namespace LedgerLink::Net {

/// What signs a request: the client's (consumer's) key and secret, the token and its secret
/// (empty for one-legged OAuth), and the realm of the Authorization header (NetSuite's account id,
/// see netSuiteRealm(); empty: no realm).
struct OAuth1Credentials
{
    QByteArray consumerKey;
    QByteArray consumerSecret;
    QByteArray token;
    QByteArray tokenSecret;
    QString realm;
};

enum class OAuth1Method { HmacSha1, HmacSha256 };

/// A request parameter as name and value, both decoded (UTF-8, not percent-encoded).
using OAuth1Parameter = std::pair<QByteArray, QByteArray>;
using OAuth1Parameters = QList<OAuth1Parameter>;

/// "HMAC-SHA1" or "HMAC-SHA256", the oauth_signature_method value.
QByteArray oauth1MethodName(OAuth1Method method);

/// RFC 5849 §3.6: every byte of the UTF-8 text percent-encoded except the unreserved characters
/// ALPHA, DIGIT, '-', '.', '_' and '~', with upper-case hex (" " → "%20", "+" → "%2B",
/// "é" → "%C3%A9").
QByteArray oauth1PercentEncode(const QByteArray &utf8);

/// The parameters of an application/x-www-form-urlencoded text (a query or a form body), decoded
/// as RFC 5849 §3.4.1.3.1 says: split at '&', then at the first '=', '+' read as a space, then
/// percent-decoded ("c2&a3=2+q" → {c2, ""}, {a3, "2 q"}).
OAuth1Parameters oauth1FormParameters(const QByteArray &encoded);

/// The protocol parameters of a request, in the order NetSuite's examples write them:
/// oauth_consumer_key, oauth_token (left out when the token is empty), oauth_signature_method,
/// oauth_timestamp, oauth_nonce and oauth_version "1.0".
OAuth1Parameters oauth1ProtocolParameters(const OAuth1Credentials &credentials, OAuth1Method method,
                                          qint64 timestamp, const QByteArray &nonce);

/**
 * The signature base string of RFC 5849 §3.4.1: "<METHOD>&<enc(base string URI)>&<enc(normalized
 * parameters)>", where
 * - the method is upper-cased;
 * - the base string URI (§3.4.1.2) is the URL's scheme and host in lower case, its port only when
 *   not the scheme's default (80 for http, 443 for https), its path as sent ("/" when empty),
 *   without query and fragment;
 * - the parameters (§3.4.1.3) are the URL's query parameters, `oauthParams` except "realm" and
 *   "oauth_signature", and `extraParams` (the decoded parameters of an
 *   application/x-www-form-urlencoded body, see oauth1FormParameters(); leave it empty for any
 *   other body), each name and value encoded per §3.6, sorted by encoded name then value, joined
 *   as name=value with '&'. An "oauth_signature" is never part of it.
 */
QByteArray signatureBaseString(const QByteArray &method, const QUrl &url, const OAuth1Parameters &oauthParams,
                               const OAuth1Parameters &extraParams = {});

/// RFC 5849 §3.4.2: base64(HMAC(key, baseString)) with the key "<enc(consumer secret)>&<enc(token
/// secret)>" (the token secret may be empty: the key then ends in '&'), SHA-1 or SHA-256.
QByteArray signature(const QByteArray &baseString, const QByteArray &consumerSecret,
                     const QByteArray &tokenSecret, OAuth1Method method);

/**
 * The Authorization header value of a signed request (RFC 5849 §3.5.1), as NetSuite documents it:
 * `OAuth realm="123456_SB1", oauth_consumer_key="…", oauth_token="…",
 * oauth_signature_method="HMAC-SHA256", oauth_timestamp="…", oauth_nonce="…", oauth_version="1.0",
 * oauth_signature="…"`: every value percent-encoded (§3.6), realm left out when empty, oauth_token
 * when the token is empty. `formBody`: the decoded parameters of an
 * application/x-www-form-urlencoded body, which are signed too; empty for a JSON or no body.
 * `timestamp` (seconds since the epoch) and `nonce` (see oauth1Nonce()) are the caller's.
 */
QByteArray authorizationHeader(const QByteArray &method, const QUrl &url,
                               const OAuth1Credentials &credentials, OAuth1Method signatureMethod,
                               qint64 timestamp, const QByteArray &nonce,
                               const OAuth1Parameters &formBody = {});

/// A nonce of `length` letters and digits from QRandomGenerator::system() (NetSuite wants at
/// least 6 characters; 20 as in its examples).
QByteArray oauth1Nonce(int length = 20);

/// NetSuite's realm for an account id: upper case, '-' as '_' ("123456-sb1" → "123456_SB1").
QString netSuiteRealm(QStringView accountId);

} // namespace LedgerLink::Net
