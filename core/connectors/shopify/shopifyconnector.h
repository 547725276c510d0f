#pragma once

#include "connectors/connector.h"
#include "connectors/connectorsupport.h"
#include "connectors/shopify/shopifygraphql.h"
#include "model/currency.h"

#include <QtCore/QTemporaryFile>

#include <memory>

namespace LedgerLink::Connectors {

/**
 * Shopify Admin API (default version 2024-04), authenticated with `X-Shopify-Access-Token`:
 * GraphQL (`graphql.json`) for products, whose REST endpoints Shopify made legacy, and REST
 * (paths under `/admin/api/<version>/`) where it is simpler and current: orders, customers,
 * refunds, transactions, locations and inventory levels.
 *
 * Reads order, customer, product, inventory_level, refund and transaction; writes product
 * (GraphQL productCreate; productUpdate plus productVariantsBulkUpdate) and inventory_level
 * (POST inventory_levels/set.json). REST pagination follows the Link header's rel="next" URL,
 * which is the page token. Ids, match keys and updatedAt: see Shopify::vendorRecord().
 *
 * Products through GraphQL (see ShopifyGraphQl for the documents and the translation into the
 * REST product document that field catalog, mappings and toCanonical() know):
 * - a full catalog read (no updated-since, no page token) runs a bulk operation
 *   (bulkOperationRunQuery), polls currentBulkOperation until it completes, streams the JSONL
 *   result into a temporary file (never into memory whole) and returns it page by page; the page
 *   token is "bulk?operation=<gid>&offset=<byte>". When the result is gone (another process, a
 *   restart) the read starts a new bulk operation: records come again, which the engine skips as
 *   unchanged.
 * - an incremental read pages `products(query: "updated_at:>='…'", sortKey: UPDATED_AT)` with as
 *   many products per page as keep the requested cost within Shopify's single-query limit; the
 *   page token is "graphql?since=<time>&after=<cursor>".
 * - the SKU look-up asks `productVariants(query: "sku:…")` (a SKU on two products is refused by
 *   name); a product by id asks `product(id:)`.
 * - rate limits: the answer's `extensions.cost` is kept (lastGraphQlCost()); a THROTTLED answer
 *   is a transient 429 whose Retry-After is the time the bucket needs to refill to the requested
 *   cost at its restore rate.
 *
 * Limitations (documented decisions):
 * - refund and transaction records belong to an order: readPage reads a page of orders updated
 *   since the cursor and returns their refunds (from the order document) or transactions
 *   (GET orders/{id}/transactions.json per order); their ids are "<order_id>/<id>". A refund
 *   read by id comes from its order (GET orders/{id}.json, its `refunds`). Each refund record
 *   carries what a credit note needs of its order (`ledgerlink_order`: name, email, currency,
 *   taxes_included, customer) and its refunded lines' `line_item.tax_lines` (from the order line
 *   when the refund leaves them out).
 * - inventory_level readPage lists the shop's locations first (locations.json) and then
 *   inventory_levels.json?location_ids=...; its id is "<inventory_item_id>:<location_id>".
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
    /// product: the SKU of the payload's first variant (the engine looks a product up by it
    /// before creating one); "" for other objects.
    QString payloadMatchKey(const QString &object, const QJsonObject &payload) const override;

    /// Product prices carry no currency in Shopify: the shop's currency (GET shop.json, read once
    /// on the first product read; else the `currency` of the first order read; or set here) is
    /// used for toCanonical() of products.
    void setShopCurrency(const Model::Currency &currency) { m_shopCurrency = currency; }
    Model::Currency shopCurrency() const { return m_shopCurrency; }

    std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error) const override;
    /// An order: Shopify::orderToCanonicalInShopCurrency() (its `*_set.shop_money` amounts).
    std::optional<QJsonObject> toCanonicalInBaseCurrency(const VendorRecord &record,
                                                         QString *error) const override;
    /// Shopify::splitOrderByVendor() (line_items[].vendor).
    std::optional<QList<VendorRecord>> splitByVendor(const VendorRecord &order,
                                                     QString *error) const override;
    /// Shopify::splitRefundByVendor() (the order's line_items[].vendor).
    std::optional<QList<VendorRecord>>
    splitRefundByVendor(const VendorRecord &refund, const VendorRecord &order, QString *error) const override;
    /// Shopify::splitPaymentByVendor().
    std::optional<QList<VendorRecord>> splitPaymentByVendor(const VendorRecord &payment,
                                                            const VendorRecord &order,
                                                            QString *error) const override;

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

    /// The cost and bucket of the last GraphQL answer that reported them.
    std::optional<ShopifyGraphQl::Cost> lastGraphQlCost() const { return m_lastCost; }
    /// The longest a full catalog read waits for Shopify's bulk operation (default 30 minutes).
    void setBulkTimeout(std::chrono::milliseconds timeout) { m_bulkTimeout = timeout; }

private:
    // Products through GraphQL: shopifyproducts.cpp.
    Support::GraphQlCall graphQl(const QString &what, const QString &document, const QJsonObject &variables,
                                 bool mutation, QList<Net::HttpExchange> &exchanges,
                                 const QString &idempotencyKey = {});
    ReadPage readProducts(const ReadCursor &cursor, int pageSize);
    ReadPage startBulkProducts(int pageSize);
    ReadPage readBulkFile(const QString &operation, qint64 offset, int pageSize);
    ReadOne readProduct(const QString &id);
    ReadOne findProductBySku(const QString &sku);
    WriteOutcome writeProduct(const WriteRequest &request);
    /// The product record of a GraphQL Product node, with every variant (more than one page of
    /// variants are read with variantsPageQuery()).
    std::optional<VendorRecord> productRecord(const QJsonObject &node, QList<Net::HttpExchange> &exchanges,
                                              std::optional<ConnectorFailure> &failure);

    Net::HttpRequest request(const QByteArray &method, const QUrl &url) const;
    void learnShopCurrency(QList<Net::HttpExchange> &exchanges);
    /// An order's `currency` is the shop currency: remembered when shop.json was not available.
    void noteShopCurrency(const VendorRecord &record);
    ReadPage readOrderChildren(const QString &object, const ReadCursor &cursor, int pageSize);
    ReadPage readInventoryLevels(const ReadCursor &cursor, int pageSize);
    /// A page of Shopify Payments payouts ("paid", dated on or after the cursor's day) without
    /// those dated before the cursor itself, each with its balance transactions in
    /// `balance_transactions`.
    ReadPage withBalanceTransactions(ReadPage page, const ReadCursor &cursor);
    /// Puts every balance transaction of payout `record` (all pages) in its document's
    /// `balance_transactions`; nullopt on success.
    std::optional<ConnectorFailure> attachBalanceTransactions(VendorRecord &record,
                                                              QList<Net::HttpExchange> &exchanges);
    /// The URL of a page token (a Link URL this shop gave); nullopt when it points elsewhere
    /// (the access token is never sent anywhere else).
    std::optional<QUrl> pageTokenUrl(const QString &token) const;
    /// One GET returning a list under `key`; the next page from the Link header.
    ReadPage readList(const QString &object, const QUrl &url, const QString &key);

    ConnectorConfig m_config;
    Net::HttpClient &m_client;
    Model::Currency m_shopCurrency;
    bool m_shopCurrencyAsked = false;
    std::optional<ShopifyGraphQl::Cost> m_lastCost;
    std::chrono::milliseconds m_bulkTimeout{30 * 60 * 1000};
    /// The downloaded result of the last bulk operation (its gid and JSONL file).
    QString m_bulkOperation;
    std::unique_ptr<QTemporaryFile> m_bulkFile;
};

} // namespace LedgerLink::Connectors
