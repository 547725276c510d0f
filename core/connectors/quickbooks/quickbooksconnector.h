#pragma once

#include "connectors/connector.h"
#include "connectors/connectorsupport.h"
#include "model/currency.h"

#include <QtCore/QHash>

namespace LedgerLink::Connectors {

/**
 * QuickBooks Online Accounting API v3: paths under `/v3/company/<realm id>/` (the connection's
 * account), every request with `minorversion=<pinned>` (the connection's API version, else
 * defaultMinorVersion), headers `Authorization: Bearer <token>` and `Accept: application/json`.
 *
 * Reads and writes Customer, Item, Invoice, CreditMemo, Payment and RefundReceipt. Lists are
 * queries (`GET query?query=select * from Invoice where MetaData.LastUpdatedTime > '…' orderby
 * MetaData.LastUpdatedTime startposition N maxresults M`; the page token is the next start
 * position). A page of Items leaves out the items without a SKU (shipping and service items,
 * categories): the store matches products and stock by SKU, so such an item has no product in
 * it; readById and the look-ups still find them. A create is `POST <entity>` with the payload; an
 * update reads the entity first for its SyncToken and sends a sparse update (`{…payload, "Id",
 * "SyncToken", "sparse": true}`); a Stale Object Error (Fault code 5010: someone saved it
 * meanwhile) reads it again and sends once more. Every write carries `requestid` (the write's
 * idempotency key, or its SHA-1 when longer than QuickBooks' 50 characters): QuickBooks answers a
 * repeated requestid with the first answer instead of writing twice. writeBatch() sends up to 30
 * creates per `POST batch` (Intuit's limit) and splits the per-item answers by bId ("bid1",
 * "bid2", … as Intuit's example names them); an item with a Fault fails permanently with its
 * errors.
 *
 * A sales document or payment may leave CustomerRef.value and the lines' ItemRef.value to the
 * connector (resolveReferences()): a store order names its customer by e-mail and its lines by
 * SKU, QuickBooks wants their Ids.
 *
 * Errors are QuickBooks' Fault bodies ({"Fault":{"Error":[{"Message","Detail","code"}],"type"}},
 * the 401 form {"fault":{"error":[…]}} too), also when they arrive with HTTP 200.
 */
class QuickBooksConnector final : public Connector
{
public:
    static constexpr int maxPage = 1000; ///< QuickBooks' MAXRESULTS ceiling
    static constexpr int maxBatch = 30; ///< BatchItemRequest items per request
    static constexpr int maxRequestId = 50; ///< requestid characters
    static inline const QString defaultMinorVersion = QStringLiteral("75");

    QuickBooksConnector(ConnectorConfig config, Net::HttpClient &client);

    QString system() const override;
    Capabilities capabilities() const override;
    Engine::RateLimitProfile rateLimitProfile() const override;

    ReadPage readPage(const QString &object, const ReadCursor &cursor, int pageSize) override;
    ReadOne readById(const QString &object, const QString &id) override;
    /// Invoice/CreditMemo/RefundReceipt by DocNumber, Customer by PrimaryEmailAddr, Item by Sku,
    /// Payment by PaymentRefNum.
    ReadOne findByMatchKey(const QString &object, const QString &matchKey) override;
    WriteOutcome write(const WriteRequest &request) override;
    QList<WriteOutcome> writeBatch(const QList<WriteRequest> &requests) override;
    /// GET companyinfo/<realm>: reachable, token accepted, the company's name.
    ConnectionCheck checkConnection() override;

    std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error) const override;
    QString payloadMatchKey(const QString &object, const QJsonObject &payload) const override;
    /// {"BatchItemRequest":[{"bId":"bid1","operation":"create","<Entity>":element}]}
    QByteArray batchElementBody(const QString &object, const QByteArray &elementJson) const override;

    /// The company's home currency prices Items and documents without CurrencyRef (GET
    /// preferences, read once when first needed, or set here).
    void setHomeCurrency(const Model::Currency &currency) { m_homeCurrency = currency; }
    Model::Currency homeCurrency() const { return m_homeCurrency; }

    /// The requestid sent for an idempotency key: the key itself when it fits in 50 characters,
    /// else "ll-" and the hex SHA-1 of the key.
    static QString requestId(const QString &idempotencyKey);
    /// A value as a literal of QuickBooks' query language: in single quotes, with backslash and
    /// single quote escaped by a backslash.
    static QString queryLiteral(const QString &value);
    /// The URL of `path` under the company ("invoice", "query") with an already-encoded query
    /// and minorversion.
    QUrl apiUrl(const QString &path, const QString &encodedQuery = {}) const;

private:
    Net::HttpRequest request(const QByteArray &method, const QUrl &url) const;
    QByteArray accessToken() const;
    /// Support::sendJson() with QuickBooks' Fault as the error (a Fault in a 200 too), and after a
    /// 401 on an OAuth connection the token renewed once and the request sent again.
    Support::JsonCall send(const Net::HttpRequest &request, const QString &what,
                           QList<Net::HttpExchange> &exchanges);
    void learnHomeCurrency(QList<Net::HttpExchange> &exchanges);
    /// One query's entities of `object` (QueryResponse.<object>).
    Support::JsonCall query(const QString &statement, const QString &what,
                            QList<Net::HttpExchange> &exchanges);
    /// A POST of `body` to the entity's resource with requestid.
    Support::JsonCall post(const QString &resource, const QJsonObject &body, const QString &requestKey,
                           const QString &what, QList<Net::HttpExchange> &exchanges);
    /// A sparse update; `outcome` carries the exchanges made so far.
    WriteOutcome update(const WriteRequest &request, WriteOutcome outcome);
    /**
     * Fills the references a payload leaves to the connector: CustomerRef.value of a sales
     * document (the customer found by BillEmail.Address, else by CustomerRef.name as DisplayName,
     * else created with both), of a Payment (the customer of the first invoice it pays), and each
     * line's SalesItemLineDetail.ItemRef.value (the item whose Sku, else Name, is ItemRef.name).
     * A failure (a customer that cannot be named, an unknown item) is permanent and names it.
     */
    std::optional<ConnectorFailure> resolveReferences(WriteRequest &request,
                                                      QList<Net::HttpExchange> &exchanges);
    std::optional<ConnectorFailure> resolveCustomer(QJsonObject &payload, const QString &object,
                                                    const QString &idempotencyKey,
                                                    QList<Net::HttpExchange> &exchanges);
    std::optional<ConnectorFailure> resolveItems(QJsonObject &payload, QList<Net::HttpExchange> &exchanges);
    /// One batch of creates (at most maxBatch); one outcome per request.
    QList<WriteOutcome> createBatch(const QList<WriteRequest> &requests);

    ConnectorConfig m_config;
    Net::HttpClient &m_client;
    Model::Currency m_homeCurrency;
    bool m_homeCurrencyAsked = false;
    QHash<QString, QString> m_customerIds; ///< "email:<address>" or "name:<DisplayName>" → Id
    QHash<QString, QString> m_itemIds; ///< Sku or Name → Id
};

} // namespace LedgerLink::Connectors
