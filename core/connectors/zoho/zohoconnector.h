#pragma once

#include "connectors/connector.h"
#include "connectors/connectorsupport.h"
#include "model/currency.h"

#include <QtCore/QHash>

namespace LedgerLink::Connectors {

/**
 * Zoho Books API v3 (https://www.zoho.com/books/api/v3/): the connection's base URL is the data
 * centre's API root (https://www.zohoapis.com/books/v3, .eu, .in, .com.au, .jp, .ca, .com.cn, .sa),
 * its account the organization id, sent as `organization_id` on every request, with the header
 * `Authorization: Zoho-oauthtoken <access token>`.
 *
 * Reads and writes items, contacts, salesorders, invoices, customerpayments and creditnotes. Lists
 * are paged with `page` and `per_page` (at most 200) until `page_context.has_more_page` is false;
 * the page token is the next page number. Invoices are polled with the documented
 * `last_modified_time` filter (records modified after it, sorted by created_time); the other
 * modules document no such filter, so their pages are read whole and records modified before the
 * cursor are left out here. A create is `POST <module>`, an update `PUT <module>/<id>`.
 *
 * Zoho Books takes no idempotency key: before a create the record is looked up by its match key
 * (invoices, salesorders, creditnotes and customerpayments by reference_number, contacts by e-mail
 * with the documented `email` filter, items by SKU over the item list, which documents no SKU
 * filter) and an earlier one is returned instead of writing twice.
 *
 * A sales document may leave customer_id to the connector (resolveReferences()): the contact found
 * by `customer_email`, else by `customer_name` (contact_name), else created with both (the e-mail as
 * its primary contact person); each line's item_id from its `sku`: the item with that SKU, else
 * with that name (Shipping, Services). These two hints are LedgerLink's, not Zoho's fields:
 * they are removed from the payload before it is sent. A payment's customer_id is its first
 * invoice's customer.
 *
 * Errors are Zoho's {"code": n, "message": "…"} with the HTTP status (400, 401, 404, 405, 429,
 * 500); a non-zero code in a 2xx answer is a failure all the same. After a 401 on a connection
 * signed in with OAuth the access token is renewed once (ConnectorConfig::oauth) and the request
 * sent again.
 */
class ZohoConnector final : public Connector
{
public:
    static constexpr int maxPage = 200; ///< Zoho's per_page ceiling (and default)

    ZohoConnector(ConnectorConfig config, Net::HttpClient &client);

    /// "" when the configuration fits; otherwise why not (the organization id is not a number).
    static QString configurationError(const ConnectorConfig &config);

    QString system() const override;
    Capabilities capabilities() const override;
    Engine::RateLimitProfile rateLimitProfile() const override;

    ReadPage readPage(const QString &object, const ReadCursor &cursor, int pageSize) override;
    ReadOne readById(const QString &object, const QString &id) override;
    ReadOne findByMatchKey(const QString &object, const QString &matchKey) override;
    WriteOutcome write(const WriteRequest &request) override;
    /// GET organizations: reachable, token accepted, the organization among the user's.
    ConnectionCheck checkConnection() override;

    std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error) const override;
    QString payloadMatchKey(const QString &object, const QJsonObject &payload) const override;

    /// The organisation's base currency, which prices items (read once from GET organizations
    /// when first needed, or set here).
    void setBaseCurrency(const Model::Currency &currency) { m_baseCurrency = currency; }
    Model::Currency baseCurrency() const { return m_baseCurrency; }

    /// The URL of `path` under the base URL with `organization_id` first, then `encodedQuery`.
    QUrl apiUrl(const QString &path, const QString &encodedQuery = {}) const;

private:
    Net::HttpRequest request(const QByteArray &method, const QUrl &url) const;
    QByteArray accessToken() const;
    /// Support::sendJson() with Zoho's error body as the error (a non-zero code in a 2xx too), and
    /// after a 401 on an OAuth connection the token renewed once and the request sent again.
    Support::JsonCall send(const Net::HttpRequest &request, const QString &what,
                           QList<Net::HttpExchange> &exchanges);
    Support::JsonCall sendBody(const QByteArray &method, const QUrl &url, const QJsonObject &body,
                               const QString &what, QList<Net::HttpExchange> &exchanges);
    void learnBaseCurrency(QList<Net::HttpExchange> &exchanges);
    /// The id of the item whose sku is `sku` ("" when none), listing the items once.
    std::optional<ConnectorFailure> itemIdBySku(const QString &sku, QString &id,
                                                QList<Net::HttpExchange> &exchanges);
    std::optional<ConnectorFailure> resolveReferences(WriteRequest &request,
                                                      QList<Net::HttpExchange> &exchanges);
    std::optional<ConnectorFailure> resolveCustomer(QJsonObject &payload, const QString &object,
                                                    QList<Net::HttpExchange> &exchanges);
    std::optional<ConnectorFailure> resolveItems(QJsonObject &payload, QList<Net::HttpExchange> &exchanges);
    /// The record of `object` in a write's answer, or the failure.
    void takeRecord(const QString &object, const Support::JsonCall &call, const QString &what,
                    WriteOutcome &outcome) const;

    ConnectorConfig m_config;
    Net::HttpClient &m_client;
    Model::Currency m_baseCurrency;
    bool m_baseCurrencyAsked = false;
    QHash<QString, QString> m_customerIds; ///< lower-case e-mail → contact_id
    QHash<QString, QString> m_itemIds; ///< sku → item_id
    QHash<QString, QString> m_itemNames; ///< name → item_id (lines' items without a SKU)
    bool m_itemsListed = false;
};

} // namespace LedgerLink::Connectors
