#pragma once

#include "connectors/connector.h"
#include "model/currency.h"
#include "model/decimal.h"
#include "model/money.h"

#include <QtCore/QAnyStringView>
#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

#include <functional>
#include <optional>

/// Plumbing every connector shares: turning HTTP exchanges into classified failures, building
/// endpoint URLs, and reading vendor JSON with errors that name the field path. Vendor specifics
/// (paths, shapes, error bodies) stay in the vendor folders.
namespace LedgerLink::Connectors::Support {

/// Pulls the vendor's own error text out of an error response ("" when it has none).
using VendorErrorText = std::function<QString(const Net::HttpResponse &response)>;

/**
 * The failure an unsuccessful exchange stands for, or nullopt for a 2xx:
 * - refused by the write guard: AttemptOutcome::validation (permanent), saying the rollout stage
 *   refused the write;
 * - no HTTP response: AttemptOutcome::network(networkError) (UnknownNetworkError when unset);
 * - any other status: AttemptOutcome::http(status, Retry-After, the vendor's error text).
 * `what` names the request in the message, e.g. "GET orders.json".
 */
std::optional<ConnectorFailure> failureOf(const Net::HttpExchange &exchange, const QString &what,
                                          const VendorErrorText &vendorError);

/// A permanent failure with a plain-English message (unsupported object, malformed response...).
ConnectorFailure permanentFailure(const QString &message);

/// The result of one JSON call: the response object on a 2xx whose body is a JSON object.
struct JsonCall
{
    Net::HttpExchange exchange;
    std::optional<QJsonObject> body;
    std::optional<ConnectorFailure> failure; ///< set whenever body is not
    int status() const { return exchange.response.status; }
};

/// Sends `request`, appends the exchange to `exchanges`, and classifies the outcome; a 2xx whose
/// body is not a JSON object is a permanent failure.
JsonCall sendJson(Net::HttpClient &client, const Net::HttpRequest &request, const QString &what,
                  const VendorErrorText &vendorError, QList<Net::HttpExchange> &exchanges);

/**
 * sendJson(), and after a 401 on a connection signed in with OAuth (`oauth` not null): the
 * access token the request carried (its `Authorization: Bearer …`) renewed once with the refresh
 * token — for every connector of the connection: a token renewed meanwhile is simply used — and
 * the request sent again with the new one. A renewal that fails leaves the 401's failure with the
 * reason added.
 */
JsonCall sendJsonRenewing(Net::HttpClient &client, const Net::HttpRequest &request, const QString &what,
                          const VendorErrorText &vendorError, QList<Net::HttpExchange> &exchanges,
                          OAuthSession *oauth);

/// `base` with `path` appended to its path (no doubled slashes) and `query` set.
QUrl endpoint(const QUrl &base, const QString &path, const QString &encodedQuery = {});

/// RFC 3339 / ISO 8601 text with an offset ("2008-01-10T11:00:00-05:00") as UTC; invalid if not.
QDateTime parseIsoDateTime(const QString &text);
/// "2008-01-10T16:00:00Z"
QString isoUtc(const QDateTime &dateTime);

/// An id value (JSON string or integer, never through a double) as text; "" for null/absent.
std::optional<QString> idText(const QJsonValue &value);

/**
 * Reads vendor JSON into canonical values, remembering the first error as "<path>: <what is
 * wrong>". Every reader returns a usable default after an error, so a converter can read all
 * fields and check ok() once at the end.
 */
class FieldReader
{
public:
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    /// Records an error for `path` unless one is already recorded.
    void fail(const QString &path, const QString &message);

    /// A string, or "" for null/absent; numbers are refused.
    QString text(const QJsonValue &value, const QString &path);
    /// An id (string or integer); required ids must be present.
    QString id(const QJsonValue &value, const QString &path, bool required = false);
    /// A decimal from a JSON string or number (exact); nullopt (and no error) for null/absent
    /// unless required.
    std::optional<Model::Decimal> decimal(const QJsonValue &value, const QString &path,
                                          bool required = false);
    /// An exact amount (string or number) in `currency`; an invalid Money for null/absent unless
    /// required. More decimals than the currency has is an error, never a rounding.
    Model::Money money(const QJsonValue &value, const Model::Currency &currency, const QString &path,
                       bool required = false);
    /// An ISO 4217 code.
    Model::Currency currency(const QJsonValue &value, const QString &path, bool required = false);
    /// An RFC 3339 timestamp as UTC; invalid for null/absent.
    QDateTime isoDateTime(const QJsonValue &value, const QString &path);
    /// A JSON object, or {} for null/absent (an error for other types).
    QJsonObject object(const QJsonValue &value, const QString &path);
    /// A JSON array, or [] for null/absent (an error for other types).
    QJsonArray array(const QJsonValue &value, const QString &path);

private:
    QString m_error;
};

/// "line_items[2]"
QString indexPath(const QString &path, qsizetype index);
/// "line_items[2].price"; just `key` at the top level (empty `path`).
QString fieldPath(const QString &path, QAnyStringView key);
/// A query parameter value, percent-encoded for an already-encoded query string.
QString encodeQueryValue(const QString &value);

/// A ReadOne / ReadPage that failed permanently with `message` (nothing was sent).
ReadOne readFailure(const QString &message);
ReadPage pageFailure(const QString &message);

/**
 * The canonical JSON of `record` once a converter has read every field with `reader`: nullopt
 * with *error = the reader's first error, or the model's own check (the record round-trips
 * through its fromJson()) otherwise. `Record` is one of the core/model records.
 */
template<class Record>
std::optional<QJsonObject> canonicalOf(const FieldReader &reader, const Record &record, QString *error)
{
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    QString modelError;
    const QJsonObject json = record.toJson();
    if (!Record::fromJson(json, &modelError)) {
        if (error)
            *error = modelError;
        return std::nullopt;
    }
    return json;
}

/// One GraphQL operation to send (Vendure's Admin API, Shopify's Admin GraphQL API, ...).
struct GraphQlRequest
{
    QUrl url; ///< the endpoint, e.g. http://127.0.0.1:3000/admin-api
    Net::HeaderList headers; ///< authentication and the like
    QString query; ///< the document: one query or one mutation
    QJsonObject variables;
    /// Sends a query as `GET url?query=…&variables=…` (GraphQL over HTTP allows GET for queries and
    /// servers refuse mutations that way): a request that changes nothing, which the HttpClient's
    /// write guard lets pass in a read-only rollout stage. Otherwise (mutations, APIs that only
    /// take POST) `POST {"query":…, "variables":…}`, which the guard holds back unless writes are
    /// allowed.
    bool get = false;
    /// A query sent as POST to an API that takes only POST (Shopify): marked as a read
    /// (HttpRequest::read), so the write guard lets it pass. Never set it on a mutation.
    bool read = false;
    QString idempotencyKey; ///< recorded with the exchange (audit, dead letters)
};

/// The result of one GraphQL call: `data` when the server answered 2xx with a JSON object that
/// holds no `errors`.
struct GraphQlCall
{
    Net::HttpExchange exchange;
    std::optional<QJsonObject> data;
    std::optional<ConnectorFailure> failure; ///< set whenever data is not
    QString errorCode; ///< the first GraphQL error's extensions.code ("FORBIDDEN"); "" if none
    QString errorMessage; ///< the first GraphQL error's message; "" if none
    int status() const { return exchange.response.status; }
    /// The server refused the caller: extensions.code FORBIDDEN, UNAUTHORIZED or UNAUTHENTICATED
    /// (an expired session, a missing permission), or HTTP 401/403.
    bool isAuthError() const;
};

/// The messages (and codes) of a GraphQL `errors` array, "message (CODE); message"; "" if none.
QString graphQlErrorText(const QJsonObject &body);

/**
 * Sends one GraphQL operation, appends the exchange to `exchanges`, and classifies the outcome.
 * Transport failures and non-2xx answers as failureOf() does (with the GraphQL error text). A
 * 2xx whose body holds an `errors` array is a failure carrying the first error's message and
 * extensions.code, classified like the HTTP status the code stands for: UNAUTHORIZED and
 * UNAUTHENTICATED as 401, FORBIDDEN and ACCESS_DENIED (Shopify: a missing access scope) as 403 (both
 * permanent: authentication), THROTTLED as 429 and INTERNAL_SERVER_ERROR as 500 (transient), ENTITY_NOT_FOUND
 * as 404, and any other code (BAD_USER_INPUT, GRAPHQL_VALIDATION_FAILED, ...) as a permanent validation
 * failure. A 2xx without a JSON object or without `data` is a permanent failure. `what` names the operation
 * in messages ("query products").
 */
GraphQlCall sendGraphQl(Net::HttpClient &client, const GraphQlRequest &request, const QString &what,
                        QList<Net::HttpExchange> &exchanges);

} // namespace LedgerLink::Connectors::Support
