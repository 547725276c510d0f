#pragma once

#include "connectors/connector.h"
#include "model/currency.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>

#include <functional>

namespace LedgerLink::Connectors {

/**
 * WooCommerce REST API v3: paths under `<site>/wp-json/wc/v3/`, where the connection's base URL
 * is the WordPress site's root (https://shop.example.com, or with WordPress in a sub-folder
 * https://example.com/shop). The access token is one secret, "consumer_key:consumer_secret"
 * (split on the first ':'); the account is an optional site name.
 *
 * Authentication as WooCommerce does it: over https:// HTTP Basic with key and secret; over plain
 * http:// (where WooCommerce ignores Basic) OAuth 1.0a one-legged, every request's query signed
 * with HMAC-SHA1 (RFC 5849 §3.4, key "<consumer_secret>&", a new nonce and timestamp each time).
 * The secret itself never leaves the process over http://, and is only in the (redacted)
 * Authorization header over https://.
 *
 * Objects: order, customer, product (a variable product's variations, GET products/{id}/variations,
 * are placed under `_embedded.variations`), refund (GET orders/{id}/refunds of the orders read;
 * its id is "<order_id>/<refund_id>", and LedgerLink adds the parent's `order_id` and `currency`
 * to the document: WooCommerce's refund documents carry neither).
 *
 * Reading by updated-since cursor (orders and products): `modified_after` (WooCommerce 5.8 and
 * later) with `dates_are_gmt=true` and `orderby=modified&order=asc` (WooCommerce sorts by the
 * modification time, then the id). The time is sent without an offset: WordPress takes an
 * offset-less time in its own zone and, with dates_are_gmt, compares it with the GMT column as
 * it is; with an offset it would convert the time into the site's zone first. `modified_after` is
 * exclusive and times have whole seconds, so LedgerLink asks for one second earlier (the cursor's
 * own second is included, as the engine expects). The page token is a keyset,
 * "<modified>/<last id>/<pages within that second>": the next page asks for records modified
 * after the last record read, not for page N+1, so a record changed while the pages are read
 * (it moves to the end) cannot shift an unread record onto a page already read and lose it.
 * Page numbers are used only within one second holding more records than a page. A store that
 * ignores `modified_after` (before 5.8) is detected and refused with a message.
 * Customers cannot be filtered by modification time in WooCommerce: they are read by id
 * (`orderby=id`, page token the next page number) and filtered here by `date_modified_gmt`.
 *
 * Writes: product (create POST products, update PUT products/{id}, a variation's
 * PUT products/{parent}/variations/{id} for the id "<parent>/<variation>"; prices as decimal
 * text, `stock_quantity` as an integer with `manage_stock` true: a stock update is a product
 * write carrying only those); order (PUT orders/{id}, e.g. the status, and the payload's "note"
 * as a private order note POST orders/{id}/notes, not posted twice). WooCommerce has no
 * idempotency keys: a product create first looks its SKU up and returns the product found
 * instead of creating a second one. writeBatch() sends products through POST products/batch,
 * at most 100 per request, and maps each element's error to that request's failure.
 *
 * Errors (WooCommerce::errorText(), WooCommerce::decodeBody() in woocommercerest.h): WooCommerce's
 * {"code","message","data":{"status"}} bodies give the failure its text and what to do;
 * HTML pages (a WordPress error page, a caching or security plugin), cut-off JSON, PHP warnings
 * before the JSON and documents with missing or mistyped fields are permanent failures naming
 * the request and the field; 429 and 5xx are transient (RetryPolicy).
 */
class WooCommerceConnector final : public Connector
{
public:
    static constexpr int maxPageSize = 100; ///< WooCommerce's per_page maximum
    static constexpr int maxBatch = 100; ///< WooCommerce's batch limit (objects per request)
    /// Seconds since the epoch, for OAuth timestamps (injectable for tests).
    using Clock = std::function<qint64()>;

    WooCommerceConnector(ConnectorConfig config, Net::HttpClient &client);
    Q_DISABLE_COPY_MOVE(WooCommerceConnector)

    /// Why `config` cannot make a WooCommerce connector, "" when it can: the access token must be
    /// "consumer_key:consumer_secret", both non-empty.
    static QString configurationError(const ConnectorConfig &config);

    QString system() const override;
    Capabilities capabilities() const override;
    /// WooCommerce sets no rate limit of its own; a WordPress site has few PHP workers, so
    /// LedgerLink keeps to 5 requests a second, 2 at a time.
    Engine::RateLimitProfile rateLimitProfile() const override;
    std::optional<Net::WebhookVendor> webhookVendor() const override;

    ReadPage readPage(const QString &object, const ReadCursor &cursor, int pageSize) override;
    /// order, customer, product by id; a product variation as "<parent>/<id>"; refund as
    /// "<order_id>/<refund_id>". Not found (WooCommerce's "invalid id" 404): no record, no failure.
    ReadOne readById(const QString &object, const QString &id) override;
    /// order: the number, with or without '#' (GET orders?search=, then the exact `number`);
    /// customer: email (GET customers?email=&role=all); product: SKU, without regard to case as
    /// WooCommerce compares SKUs (GET products?sku=; the products list holds no variations, so a
    /// variation's SKU is not found).
    ReadOne findByMatchKey(const QString &object, const QString &matchKey) override;
    WriteOutcome write(const WriteRequest &request) override;
    QList<WriteOutcome> writeBatch(const QList<WriteRequest> &requests) override;

    /**
     * GET /wp-json/ (reachable, WordPress's REST API, WooCommerce's wc/v3 among its namespaces,
     * the site's name), then GET orders?per_page=1 (the key is accepted and may read). A key's
     * permission (read, write, read/write) is not listed by WooCommerce and only a write would
     * show it, so permissionsVerified stays false.
     */
    ConnectionCheck checkConnection() override;

    /// Product prices carry no currency in WooCommerce: the store's (GET data/currencies/current,
    /// read once on the first product read; else the `currency` of the first order read) prices
    /// toCanonical() of products.
    Model::Currency storeCurrency() const { return m_storeCurrency; }
    std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error) const override;
    /// product: "sku"; customer: "email"; order: "number" (what findByMatchKey() finds them by).
    QString payloadMatchKey(const QString &object, const QJsonObject &payload) const override;

    /// The API URL of `path` ("orders") with an already-encoded query, not yet signed.
    QUrl apiUrl(const QString &path, const QString &encodedQuery = {}) const;
    /// A request as it is sent: Basic authentication over https://, the URL's query OAuth-signed
    /// over http:// (WooCommerce::oauthSigned(), a new nonce each time).
    Net::HttpRequest request(const QByteArray &method, const QUrl &url) const;
    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    /// The outcome of one call whose 2xx body must be JSON of one kind (a list or an object).
    struct Call
    {
        Net::HttpExchange exchange;
        QJsonValue body; ///< an array or an object, when failure is not set
        std::optional<ConnectorFailure> failure;
        int status() const { return exchange.response.status; }
    };
    enum class Expect { List, Object };

    Call call(const Net::HttpRequest &request, const QString &what, Expect expect,
              QList<Net::HttpExchange> &exchanges);
    Call get(const QString &path, const QString &query, const QString &what, Expect expect,
             QList<Net::HttpExchange> &exchanges);
    Call sendBody(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &what,
                  const QString &idempotencyKey, QList<Net::HttpExchange> &exchanges);

    /// A page of orders or products by the modification-time keyset (see the class comment).
    ReadPage readModified(const QString &object, const ReadCursor &cursor, int perPage);
    ReadPage readCustomers(const ReadCursor &cursor, int perPage);
    ReadPage readRefunds(const ReadCursor &cursor, int perPage);
    /// Every page of `path` (a list of at most a few hundred: variations, refunds, notes).
    Call getAll(const QString &path, const QString &query, const QString &what,
                QList<Net::HttpExchange> &exchanges);
    /// Places a variable product's variations under `_embedded.variations`.
    std::optional<ConnectorFailure> embedVariations(QJsonObject &product,
                                                    QList<Net::HttpExchange> &exchanges);
    std::optional<ConnectorFailure> addRefunds(const VendorRecord &order, const QDateTime &since,
                                               QList<VendorRecord> &records,
                                               QList<Net::HttpExchange> &exchanges);
    void learnStoreCurrency(QList<Net::HttpExchange> &exchanges);
    void noteStoreCurrency(const VendorRecord &record);

    WriteOutcome writeProduct(const WriteRequest &request);
    WriteOutcome writeOrder(const WriteRequest &request);
    /// The products with these SKUs, by SKU, in as few GET products?sku=a,b,c as possible.
    std::optional<ConnectorFailure> productsBySku(const QStringList &skus,
                                                  QHash<QString, VendorRecord> &found,
                                                  QList<Net::HttpExchange> &exchanges);
    /// Up to maxBatch product writes (creates and updates, payloads already checked) in one
    /// POST products/batch; one outcome per request.
    QList<WriteOutcome> productBatch(const QList<WriteRequest> &requests, const QList<QJsonObject> &payloads);

    ConnectorConfig m_config;
    Net::HttpClient &m_client;
    QByteArray m_consumerKey;
    QByteArray m_consumerSecret;
    Model::Currency m_storeCurrency;
    bool m_storeCurrencyAsked = false;
    Clock m_clock;
};

} // namespace LedgerLink::Connectors
