#pragma once

#include "sandbox/sandboxdb.h"
#include "sandbox/sandboxhttp.h"
#include "sandbox/storegraphql.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace LedgerLink::Sandbox {

/**
 * The sandbox store: a subset of Shopify's Admin REST API 2024-04 under /admin/api/2024-04/
 * (orders, customers, products, locations, inventory levels, webhooks), with Shopify's JSON
 * shapes, cursor pagination (Link header, opaque page_info), the X-Shopify-Access-Token check,
 * the call-limit header and leaky bucket (40, 2/s), shop.json, the token's access scopes
 * (/admin/oauth/access_scopes.json; a call needing a scope the token lacks answers 403 like
 * Shopify), and signed at-least-once webhooks.
 *
 * It also speaks a subset of Shopify's Admin GraphQL API 2024-04 at POST graphql.json (products
 * and variants read and written, bulk operations; see StoreGraphql) over the same documents, so
 * REST and GraphQL show the same records and GraphQL writes fire the same webhooks. GraphQL
 * requests are not counted in the REST call-limit bucket but in their own cost bucket (1000
 * points, 50 restored per second; requested cost needed, actual cost charged; never refused when
 * rate limits are off); GraphQL errors answer 200 like Shopify. Bulk operation results are
 * served without the token at /__sandbox/bulk/<n>.jsonl (like Shopify's signed storage URLs).
 *
 * Shopify Payments, read only (scope read_shopify_payments_payouts): shopify_payments/payouts.json
 * (since_id, last_id, status, date_min, date_max, date; YYYY-MM-DD, inclusive), payouts/{id}.json and
 * balance/transactions.json (payout_id, payout_status, test, since_id, last_id), paginated like orders
 * but listed by id ascending (Shopify lists newest first), seeded from the seed's "payouts" and
 * "balance_transactions".
 *
 * Records are JSON documents in SQLite with indexed columns; ids are JSON integers handled as
 * qint64 (Qt 6 keeps integral JSON numbers exact), money is always a string.
 * Lives on, and is used only from, the sandbox worker thread.
 */
class StoreServer final : public SandboxHttpServer, private StoreGraphqlHost
{
    Q_OBJECT

public:
    explicit StoreServer(QObject *parent = nullptr);
    ~StoreServer() override;

    /// Opens (creates) the SQLite file. Returns an error message, or an empty string.
    QString open(const QString &path);
    /// Loads a Shopify-shaped seed ({"locations","customers","products","orders",...}) when the
    /// store holds no orders yet.
    QString seedIfEmpty(const QJsonObject &seed);
    /// Adds deterministic synthetic orders until the store holds `total` orders.
    void generateOrders(int total, quint32 seed);
    /// How often each webhook event is delivered.
    void setWebhookDeliveries(int deliveries) { m_deliveries = qMax(1, deliveries); }

    [[nodiscard]] qint64 orderCount();

protected:
    HttpReply route(const HttpRequest &request) override;
    std::optional<HttpReply> checkAuth(const HttpRequest &request) override;
    std::optional<HttpReply> checkRateLimit(const HttpRequest &request) override;
    void decorate(const HttpRequest &request, HttpReply &reply) override;
    HttpReply faultReply(int status, const QByteArray &retryAfter) override;
    /// A GraphQL request changes data only when it runs a mutation.
    bool changesData(const HttpRequest &request) const override;
    /// POST /__sandbox/access-scopes {"handles": [...]}: the scopes the sandbox token has from
    /// now on (to rehearse a token without some permission); GET lists them.
    /// POST /__sandbox/graphql-bucket {"currentlyAvailable": N, "enforce": bool} sets the GraphQL cost
    /// bucket's level; GET returns its throttleStatus. GET /__sandbox/bulk/<n>.jsonl: a bulk result.
    std::optional<HttpReply> controlRoute(const HttpRequest &request) override;

private:
    struct Filter
    {
        QStringList where;
        QVariantList values;
    };
    using FilterBuilder = std::function<std::optional<Filter>(const QUrlQuery &query, QString *error)>;

    HttpReply listPage(const HttpRequest &request, const QString &table, const QString &key,
                       const FilterBuilder &filterFrom);
    HttpReply count(const HttpRequest &request, const QString &table, const FilterBuilder &filterFrom);
    HttpReply getOne(const QString &table, const QString &key, qint64 id, const HttpRequest &request);

    HttpReply createOrder(const HttpRequest &request);
    HttpReply orderSub(qint64 orderId, const QString &what, bool inShopCurrency);
    HttpReply searchCustomers(const HttpRequest &request);
    HttpReply createProduct(const HttpRequest &request);
    HttpReply graphql(const HttpRequest &request);
    /// The GraphQL cost bucket, refilled to now: {maximumAvailable, currentlyAvailable, restoreRate}.
    QJsonObject throttleStatus();
    HttpReply updateProduct(qint64 id, const HttpRequest &request);
    HttpReply inventoryLevels(const HttpRequest &request);
    HttpReply setInventoryLevel(const HttpRequest &request);
    HttpReply webhooks(const HttpRequest &request);
    HttpReply shop() const;
    HttpReply accessScopes() const;
    /// Shopify's 403 when the token lacks the scope an API call needs.
    std::optional<HttpReply> checkScope(const HttpRequest &request, const QString &path) const;

    bool insertOrder(QJsonObject order);
    /// Stores the seed's "payouts" and "balance_transactions" (inside the caller's transaction).
    bool seedPayments(const QJsonObject &seed);
    bool insertCustomer(const QJsonObject &customer);
    bool insertProduct(QJsonObject &product, qint64 nowMs);

    // StoreGraphqlHost: GraphQL writes go through the REST write paths.
    SandboxDb &storeDatabase() override { return m_db; }
    bool createProductRecord(QJsonObject &product) override;
    bool updateProductRecord(QJsonObject &product, const QList<qint64> &changedVariants) override;
    void productCommitted(const QString &topic, const QJsonObject &product) override;
    QString publicBaseUrl() const override;
    qint64 findOrCreateCustomer(QJsonObject &customer, qint64 nowMs);
    void fireWebhook(const QString &topic, const QJsonObject &payload);

    static std::optional<Filter> orderFilter(const QUrlQuery &query, QString *error);
    static std::optional<Filter> updatedFilter(const QUrlQuery &query, QString *error);
    static std::optional<Filter> payoutFilter(const QUrlQuery &query, QString *error);
    static std::optional<Filter> balanceTransactionFilter(const QUrlQuery &query, QString *error);

    SandboxDb m_db;
    QNetworkAccessManager *m_network = nullptr;
    int m_deliveries = 1;
    /// The access scopes of the sandbox token (GET /admin/oauth/access_scopes.json).
    QStringList m_scopes;
    qint64 m_bucketMilli = 0; // leaky bucket level in 1/1000 requests
    qint64 m_bucketAt = 0;
    std::unique_ptr<StoreGraphql> m_graphql;
    qint64 m_costAvailableMilli = 0; // GraphQL cost points available, in 1/1000 points
    /// The cost bucket refuses over-budget queries even with rate limits off (a test's
    /// POST /__sandbox/graphql-bucket {"enforce": true}).
    bool m_costEnforced = false;
    qint64 m_costAt = 0;
};

} // namespace LedgerLink::Sandbox
