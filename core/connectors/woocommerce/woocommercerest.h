#pragma once

#include "net/httpclient.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <optional>

/// WooCommerce's REST dialect, apart from the connector's calls: OAuth 1.0a signing, WordPress's
/// error bodies and what else a WordPress site answers (HTML pages, PHP warnings, cut-off JSON),
/// paging headers, the keyset page token, and payloads as WooCommerce takes them. No network.
namespace LedgerLink::Connectors::WooCommerce {

/// A WooCommerce id in text: 1 to 20 digits.
bool isNumericId(QStringView id);
/// Ids as text compared as numbers, never through a double: the shorter is the smaller.
int compareIds(const QString &a, const QString &b);
/// A JSON integer for an id in text ("727" → 727), exact up to 2^63.
QJsonValue idValue(const QString &id);
/// Text without HTML tags and entities, on one line (WordPress error texts may carry markup).
QString plainText(const QString &html);

/**
 * The vendor's words in an error response: WordPress's {"code","message","data":{"status",
 * "params"}} as "<message> (<parameter problems>) [<code>]", an HTML page by its title, "" for
 * anything else; followed by what to do where the status and code say it (a key without write
 * permission, a clock off by more than OAuth's 15 minutes, credentials that never arrived — a
 * server dropping the Authorization header —, a base URL that is no WooCommerce REST API).
 */
QString errorText(const Net::HttpResponse &response);

/**
 * The 2xx `response` to `what` as the JSON WooCommerce sends (a list when `list`, else an
 * object) in *body; otherwise why not, naming `what`: an empty body, a PHP warning printed
 * before the JSON, an HTML page (its title), JSON cut off in mid-answer, not JSON, or the wrong
 * kind of JSON.
 */
QString decodeBody(const Net::HttpResponse &response, const QString &what, bool list, QJsonValue *body);

/// X-WP-TotalPages as a number: nullopt when absent, -1 when it is not a number.
std::optional<int> totalPages(const Net::HttpResponse &response);

/// A WordPress date-time without an offset ("2017-03-22T19:28:07"), as modified_after takes it
/// with dates_are_gmt=true (an offset would make WordPress convert it into the site's zone).
QString wordPressGmt(const QDateTime &utc);

/// Where a read by modification time continues: after the record `lastId` modified at
/// `modified`, `skip` pages into that second (a second holding more records than a page).
struct Keyset
{
    QDateTime modified;
    QString lastId;
    int skip = 0;
};
/// The page token "<modified>/<last id>/<skip>", e.g. "2017-03-22T19:28:08Z/727/0".
QString tokenOf(const Keyset &keyset);
/// The keyset of a page token; nullopt for anything else.
std::optional<Keyset> keysetOf(const QString &token);

/**
 * A mapped product payload as WooCommerce takes it: regular_price and sale_price as decimal text
 * (a JSON number becomes the text of its shortest round-trip form: 19.9 → "19.9", never
 * 19.899999...; "" clears a price), stock_quantity as a JSON integer (from an integral number or
 * text), and manage_stock true with a stock quantity (WooCommerce ignores the quantity
 * otherwise). nullopt with *error ("regular_price: \"19,90\" is not a price ...") for a value
 * WooCommerce would refuse or misread.
 */
std::optional<QJsonObject> productPayload(const QJsonObject &payload, QString *error);

/**
 * `url` with its query extended by the OAuth 1.0a parameters oauth_consumer_key, oauth_nonce,
 * oauth_signature_method (HMAC-SHA1), oauth_timestamp and oauth_signature: base64 HMAC-SHA1,
 * keyed "<encoded secret>&", of the RFC 5849 §3.4.1 signature base string (the method, the URL
 * without its query — scheme and host in lower case, a default port left out —, and every query
 * parameter percent-encoded and sorted), computed by Net::signatureBaseString() and
 * Net::signature(). WooCommerce checks it over plain HTTP (one-legged: no token).
 */
QUrl oauthSigned(const QByteArray &method, const QUrl &url, const QByteArray &consumerKey,
                 const QByteArray &consumerSecret, qint64 timestamp, const QByteArray &nonce);

} // namespace LedgerLink::Connectors::WooCommerce
