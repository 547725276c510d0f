#pragma once

#include "connectors/connector.h"
#include "model/currency.h"

namespace LedgerLink::Connectors {

/**
 * Shopify Admin REST API (default version 2024-04): paths under `/admin/api/<version>/`,
 * authenticated with `X-Shopify-Access-Token`.
 *
 * Reads order, customer, product, inventory_level, refund and transaction; writes product
 * (create: POST products.json, update: PUT products/{id}.json) and inventory_level
 * (POST inventory_levels/set.json). Pagination follows the Link header's rel="next" URL, which
 * is the page token. Ids, match keys and updatedAt: see Shopify::vendorRecord().
 *
 * Limitations (documented decisions):
 * - refund and transaction records belong to an order: readPage reads a page of orders updated
 *   since the cursor and returns their refunds (from the order document) or transactions
 *   (GET orders/{id}/transactions.json per order); their ids are "<order_id>/<id>".
 * - inventory_level readPage lists the shop's locations first (locations.json) and then
 *   inventory_levels.json?location_ids=...; its id is "<inventory_item_id>:<location_id>".
 * - product findByMatchKey (SKU) pages through products.json (the REST API has no SKU filter).
 * - a product create without an existing id first looks the SKU up (Shopify has no idempotency
 *   keys), and returns the found product with alreadyExisted instead of creating a second one.
 */
class ShopifyConnector final : public Connector
{
public:
    static constexpr QLatin1StringView defaultApiVersion{"2024-04"};

    ShopifyConnector(ConnectorConfig config, Net::HttpClient &client);

    QString system() const override;
    Capabilities capabilities() const override;
    Engine::RateLimitProfile rateLimitProfile() const override;
    std::optional<Net::WebhookVendor> webhookVendor() const override;

    ReadPage readPage(const QString &object, const ReadCursor &cursor, int pageSize) override;
    ReadOne readById(const QString &object, const QString &id) override;
    /// order: the order number with or without '#' ("1001"); customer: email; product: SKU.
    ReadOne findByMatchKey(const QString &object, const QString &matchKey) override;
    WriteOutcome write(const WriteRequest &request) override;

    /// Product prices carry no currency in Shopify: the shop's currency (GET shop.json, read once
    /// on the first product read; else the `currency` of the first order read; or set here) is
    /// used for toCanonical() of products.
    void setShopCurrency(const Model::Currency &currency) { m_shopCurrency = currency; }
    Model::Currency shopCurrency() const { return m_shopCurrency; }

    std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error) const override;

    /**
     * GET shop.json (reachable, token accepted, the shop's name, the X-Shopify-Shop-Api-Call-Limit
     * bucket), then GET /admin/oauth/access_scopes.json (the token's scopes, compared with
     * requiredScopes(); write_x implies read_x, as in Shopify).
     */
    ConnectionCheck checkConnection() override;
    /// The Admin API access scopes the connector's reads and writes need.
    static QStringList requiredScopes();

    /// The Admin API URL of `path` ("orders.json") with an already-encoded query.
    QUrl apiUrl(const QString &path, const QString &encodedQuery = {}) const;

private:
    Net::HttpRequest request(const QByteArray &method, const QUrl &url) const;
    void learnShopCurrency(QList<Net::HttpExchange> &exchanges);
    /// An order's `currency` is the shop currency: remembered when shop.json was not available.
    void noteShopCurrency(const VendorRecord &record);
    ReadPage readOrderChildren(const QString &object, const ReadCursor &cursor, int pageSize);
    ReadPage readInventoryLevels(const ReadCursor &cursor, int pageSize);
    /// One GET returning a list under `key`; the next page from the Link header.
    ReadPage readList(const QString &object, const QUrl &url, const QString &key);

    ConnectorConfig m_config;
    Net::HttpClient &m_client;
    Model::Currency m_shopCurrency;
    bool m_shopCurrencyAsked = false;
};

} // namespace LedgerLink::Connectors
