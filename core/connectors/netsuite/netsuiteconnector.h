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
 * `expandSubResources=true` so that their `item` (and `apply`) sublists come inline, and so are
 * inventory items, whose `locations` sublist holds the stock per location (the REST API Browser's
 * inventoryItem-locationsElement: location, quantityOnHand, quantityCommitted, quantityAvailable;
 * NetSuite::inventoryLevels() turns it into canonical inventory levels). Stock is read as part of
 * the item: the polling filter is the item's lastmodifieddate.
 *
 * Reads: a page is one SuiteQL query, `POST /services/rest/query/v1/suiteql?limit=N&offset=M` with
 * `Prefer: transient` and {"q": "SELECT id FROM <table> WHERE … ORDER BY lastmodifieddate, id"}
 * (suiteQlQuery(): customer, item of type InvtPart, transaction of type SalesOrd / CustInvc /
 * CustCred / CustPymt), answered {"links","count","hasMore","items":[{"links":[],"id"}],"offset",
 * "totalResults"}; then `GET <type>/<id>` for each row, since the mapping needs the sublists. The
 * page token is the next offset (the `next` link's, else offset + rows). The filter is by day, a
 * day early (the account's time zone is not known here), and records modified before the cursor
 * are dropped after reading them. `GET <type>/<id>`: 404 is "not found".
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
 * References a store cannot know (resolveReferences(), before a write of a transaction): the
 * customer of an invoice, sales order or credit memo whose `entity` has no `id` is found by the
 * transaction's `email` (else by `entity.refName` as its entity id) with SuiteQL, or created (a
 * company customer named `entity.refName`, else the e-mail; its externalId "email:<address>" or
 * "name:<name>" so that a retried create finds it, and a create refused because a parallel write
 * made it meanwhile takes the one found by it); each line's `item` without an `id` is found
 * by its `refName` as the item's name/number (itemId, the SKU), all of a document's in one SuiteQL
 * query; an unknown SKU is refused, naming it. A customer payment without `customer.id` takes the
 * customer of the first invoice it applies to (`apply.items[].doc.id`). Ids found are remembered
 * for the connector's life.
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
    /// `/services/rest/query/v1/suiteql?limit=…&offset=…` (both signed, as every query parameter).
    QUrl suiteQlUrl(int limit, int offset) const;
    /**
     * The SuiteQL statement of a polling page of `object`: the ids of its records, modified on or
     * after the UTC day before `since` when it is valid (any account time zone is covered), oldest
     * first, e.g. `SELECT id FROM transaction WHERE type = 'CustInvc' AND lastmodifieddate >=
     * TO_DATE('2019-01-03', 'YYYY-MM-DD') ORDER BY lastmodifieddate, id`. "" for an unknown object.
     */
    static QString suiteQlQuery(const QString &object, const QDateTime &since);

    /// `text` as a SuiteQL string literal: in single quotes, a quote doubled ("O'Brien" →
    /// 'O''Brien').
    static QString suiteQlLiteral(const QString &text);

    /// One page of a SuiteQL query's rows.
    struct SuiteQlPage
    {
        QList<QJsonObject> rows; ///< the "items", as NetSuite answered them
        bool hasMore = false;
        int nextOffset = -1; ///< where the next page starts; -1 when there is none
        int totalResults = -1; ///< -1 when not answered
        std::optional<ConnectorFailure> failure;
        QList<Net::HttpExchange> exchanges;
    };
    /**
     * Runs `query` through REST web services: `POST …/query/v1/suiteql?limit=&offset=` with
     * `Prefer: transient` and {"q": query} (a read: the write guard lets it through). `limit` is
     * clamped to 1…1000.
     */
    SuiteQlPage suiteQl(const QString &query, int limit, int offset);

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
    /// write() once the references are resolved.
    WriteOutcome writeResolved(const WriteRequest &request);
    /// Fills the internal ids of a transaction's customer and items (see the class comment).
    std::optional<ConnectorFailure> resolveReferences(WriteRequest &request,
                                                      QList<Net::HttpExchange> &exchanges);
    std::optional<ConnectorFailure> resolveCustomer(QJsonObject &payload,
                                                    QList<Net::HttpExchange> &exchanges);
    std::optional<ConnectorFailure> resolvePayer(QJsonObject &payload, QList<Net::HttpExchange> &exchanges);
    std::optional<ConnectorFailure> resolveItems(QJsonObject &payload, QList<Net::HttpExchange> &exchanges);
    /// The id of the first row of a SuiteQL query ("" when none), or the failure.
    std::optional<ConnectorFailure> firstId(const QString &query, QString &id,
                                            QList<Net::HttpExchange> &exchanges);

    ConnectorConfig m_config;
    Net::HttpClient &m_client;
    Net::OAuth1Credentials m_credentials;
    Clock m_clock;
    NonceSource m_nonces;
    NetSuite::CurrencyTable m_currencies;
    Model::Currency m_defaultCurrency;
    QHash<QString, QString> m_customerIds; ///< "email:<lower-case address>" or "name:<name>" → id
    QHash<QString, QString> m_itemIds; ///< itemId (SKU) → internal id
};

} // namespace LedgerLink::Connectors
