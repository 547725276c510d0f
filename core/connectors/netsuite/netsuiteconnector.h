#pragma once

#include "connectors/connector.h"
#include "connectors/connectorsupport.h"
#include "connectors/netsuite/netsuitecanonical.h"
#include "model/currency.h"
#include "net/oauth1signature.h"

#include <functional>

namespace LedgerLink::Connectors {

/**
 * NetSuite REST web services, record API v1, with token-based authentication (TBA).
 *
 * Configuration: `baseUrl` is the account's REST host, `https://<account>.suitetalk.api.netsuite.com`;
 * `account` the NetSuite account id ("123456_SB1", the Authorization header's realm, see
 * Net::netSuiteRealm()); `accessToken` the four TBA secrets as
 * "consumerKey:consumerSecret:tokenId:tokenSecret" (the integration record's consumer key and
 * secret, the access token's id and secret). Every request is signed with OAuth 1.0a HMAC-SHA256
 * (Net::authorizationHeader()) with a fresh timestamp and nonce.
 *
 * Records (catalog object = NetSuite record type) under `/services/rest/record/v1/`: customer,
 * inventoryItem, salesOrder, invoice, creditMemo and customerPayment. Transactions are read with
 * `expandSubResources=true` so that their `item` (and `apply`) sublists come inline.
 *
 * Reads: a page is `GET <type>?limit=N&offset=M[&q=lastModifiedDate ON_OR_AFTER "M/D/YYYY"]` (the
 * collection answers ids only: {"links","count","hasMore","items":[{"links","id"}],"offset",
 * "totalResults"}), then `GET <type>/<id>` for each; the page token is the next offset. The filter
 * is by day, a day early (the account's time zone is not known here), and records modified before
 * the cursor are dropped after reading them. `GET <type>/<id>`: 404 is "not found".
 * findByMatchKey(): `GET <type>/eid:<externalId>` (NetSuite's own external key).
 *
 * Writes: NetSuite documents `X-NetSuite-Idempotency-Key` for asynchronous requests only
 * ("Ignored for synchronous requests"), so none is sent and capabilities().idempotencyKeys is
 * false. Instead a create carries the write's match key as `externalId` (unless the payload names
 * one) and first looks it up by `eid:`; what an earlier attempt created is answered as
 * alreadyExisted. A create is `POST <type>` with the payload; NetSuite answers 204 No Content with
 * the new record's URL in `Location`; the record is then read (`GET <type>/<id>`). An update is
 * `PATCH <type>/<id>` (204), then a read.
 *
 * Errors are NetSuite's {"type","title","status","o:errorDetails":[{"detail","o:errorCode",
 * "o:errorPath"}]}: "title: detail (o:errorCode) [at o:errorPath]". 429 and the error code
 * CONCURRENCY_LIMIT_EXCEEDED are transient (the account's concurrency limit); 401 says which
 * secrets to check.
 */
class NetSuiteConnector final : public Connector
{
public:
    static constexpr int maxPage = 1000; ///< NetSuite's page size limit (Collection Paging)
    using Clock = std::function<qint64()>; ///< seconds since the epoch
    using NonceSource = std::function<QByteArray()>;

    NetSuiteConnector(ConnectorConfig config, Net::HttpClient &client);

    /// What else a configuration needs: an access token of four non-empty parts joined by ':'
    /// and an account id of letters, digits, '_' and '-'; "" when it is fine.
    static QString configurationError(const ConnectorConfig &config);
    /// The signing credentials of a configuration (realm = Net::netSuiteRealm(account)).
    static Net::OAuth1Credentials credentials(const ConnectorConfig &config);

    QString system() const override;
    Capabilities capabilities() const override;
    Engine::RateLimitProfile rateLimitProfile() const override;

    ReadPage readPage(const QString &object, const ReadCursor &cursor, int pageSize) override;
    ReadOne readById(const QString &object, const QString &id) override;
    /// `GET <type>/eid:<matchKey>`: the record whose externalId is the key.
    ReadOne findByMatchKey(const QString &object, const QString &matchKey) override;
    WriteOutcome write(const WriteRequest &request) override;
    /// `GET customer?limit=1`: reachable, TBA signature and token accepted, role may read.
    ConnectionCheck checkConnection() override;

    std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error) const override;
    /// The payload's externalId.
    QString payloadMatchKey(const QString &object, const QJsonObject &payload) const override;

    /// Timestamps and nonces for the signatures (tests make them fixed); by default the system
    /// clock and Net::oauth1Nonce().
    void setSigningClock(Clock clock) { m_clock = std::move(clock); }
    void setNonceSource(NonceSource nonces) { m_nonces = std::move(nonces); }
    /// The currency of a currency record id ("1" → USD), for documents whose currency reference
    /// names it by a name that is no ISO code; and the currency of documents without one.
    void setCurrency(const QString &currencyId, const Model::Currency &currency);
    void setDefaultCurrency(const Model::Currency &currency) { m_defaultCurrency = currency; }

    /// The URL of `path` under /services/rest/record/v1/ with an already-encoded query.
    QUrl recordUrl(const QString &path, const QString &encodedQuery = {}) const;
    /// The collection filter for records modified since `since`: `lastModifiedDate ON_OR_AFTER
    /// "M/D/YYYY"`, the UTC day before `since` (any account time zone is covered).
    static QString modifiedSinceFilter(const QDateTime &since);

private:
    Net::HttpRequest request(const QByteArray &method, const QUrl &url) const;
    /// Sends a signed request, classifying failures with NetSuite's error text (401 explained,
    /// CONCURRENCY_LIMIT_EXCEEDED transient).
    Support::JsonCall send(const Net::HttpRequest &request, const QString &what,
                           QList<Net::HttpExchange> &exchanges);
    std::optional<ConnectorFailure> failureOf(const Net::HttpExchange &exchange, const QString &what) const;
    /// GET of one record by its path segment (an id or "eid:<key>"); 404 → empty result.
    ReadOne readRecord(const QString &object, const QString &key);
    WriteOutcome update(const WriteRequest &request, WriteOutcome outcome);

    ConnectorConfig m_config;
    Net::HttpClient &m_client;
    Net::OAuth1Credentials m_credentials;
    Clock m_clock;
    NonceSource m_nonces;
    NetSuite::CurrencyTable m_currencies;
    Model::Currency m_defaultCurrency;
};

} // namespace LedgerLink::Connectors
