#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <functional>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace LedgerLink::Sandbox {

class SandboxDb;

namespace Graphql {
class Schema;
struct Object;
struct Connection;
} // namespace Graphql

/// What the GraphQL API needs from the store that serves it: its database and the REST write
/// paths, so that both APIs write the same documents the same way (implemented by StoreServer).
class StoreGraphqlHost
{
public:
    virtual ~StoreGraphqlHost() = default;

    [[nodiscard]] virtual SandboxDb &storeDatabase() = 0;
    /// Completes and stores a new REST-shaped product as POST products.json does (ids, times,
    /// default status, variant and inventory item ids). Runs inside the caller's transaction.
    virtual bool createProductRecord(QJsonObject &product) = 0;
    /// Stores a changed product as PUT products/<id>.json does: the product and the variants
    /// `changedVariants` get a new updated_at. Runs inside the caller's transaction.
    virtual bool updateProductRecord(QJsonObject &product, const QList<qint64> &changedVariants) = 0;
    /// After the commit: counts the write and fires the webhook `topic` ("products/create").
    virtual void productCommitted(const QString &topic, const QJsonObject &product) = 0;
    /// "http://127.0.0.1:<port>", for the bulk operation result URL.
    [[nodiscard]] virtual QString publicBaseUrl() const = 0;
};

/// One answered GraphQL request.
struct GraphqlAnswer
{
    int status = 200;
    QJsonObject body = {}; ///< "data" and/or "errors"; the caller adds "extensions"
    qint64 requestedCost = 0;
    std::optional<qint64> actualCost = {}; ///< nullopt when nothing was executed
};

/**
 * The subset of Shopify's Admin GraphQL API 2024-04 the sandbox store speaks (shop, products,
 * product, productVariants, currentBulkOperation; productCreate, productUpdate,
 * productVariantsBulkUpdate, bulkOperationRunQuery) over the store's REST documents, so that
 * REST and GraphQL show the same records. Documented in docs/engine.md, "The store's GraphQL API".
 *
 * Bulk operations answer CREATED, then RUNNING on the first currentBulkOperation read and
 * COMPLETED (the JSONL written) from the second on, so a client must poll.
 *
 * Lives on, and is used only from, the sandbox worker thread.
 */
class StoreGraphql final
{
public:
    explicit StoreGraphql(StoreGraphqlHost &host);
    ~StoreGraphql();
    Q_DISABLE_COPY_MOVE(StoreGraphql)

    /// Answers one POST graphql.json body ({"query","variables","operationName"}, or the query
    /// itself with Content-Type application/graphql) for a token holding `scopes`. `admit` is
    /// asked whether the cost bucket holds the requested cost; false answers THROTTLED.
    GraphqlAnswer answer(const QByteArray &body, const QByteArray &contentType, const QStringList &scopes,
                         const std::function<bool(qint64 requestedCost)> &admit);

    /// Whether a graphql.json body runs a mutation (false when it does not parse).
    [[nodiscard]] static bool isMutation(const QByteArray &body, const QByteArray &contentType);

    /// The JSONL result of bulk operation `id`, or an empty string when there is none.
    [[nodiscard]] QString bulkResultPath(qint64 id) const;

private:
    struct BulkOperation
    {
        qint64 id = 0;
        QString status = {};
        QString query = {};
        QString errorCode = {};
        qint64 createdMs = 0;
        qint64 completedMs = 0;
        qint64 objectCount = 0;
        qint64 rootObjectCount = 0;
        qint64 fileSize = 0;
    };
    struct Event
    {
        QString topic = {};
        QJsonObject product = {};
    };

    struct Request
    {
        QString query = {};
        QJsonObject variables = {};
        QString operationName = {};
    };
    static std::optional<Request> readRequest(const QByteArray &body, const QByteArray &contentType);

    void buildSchema();
    void buildMutations();

    // Reads.
    std::optional<QJsonObject> loadProduct(qint64 id);
    Graphql::Connection productsPage(const QJsonObject &arguments, QString *error);
    Graphql::Connection variantsPage(const QJsonObject &arguments, QString *error);
    Graphql::Object currentBulkOperation(const QJsonObject &arguments, bool *exists);

    // Writes.
    Graphql::Object productCreate(const QJsonObject &input, QString *error);
    Graphql::Object productUpdate(const QJsonObject &input, QString *error);
    Graphql::Object variantsBulkUpdate(const QJsonObject &arguments, QString *error);
    Graphql::Object bulkRunQuery(const QString &query);

    // Bulk operations.
    QString checkBulkQuery(const QString &query);
    void runBulk(BulkOperation &operation);
    [[nodiscard]] Graphql::Object bulkObject(const BulkOperation &operation) const;

    StoreGraphqlHost &m_host;
    std::unique_ptr<Graphql::Schema> m_schema;
    std::optional<BulkOperation> m_bulk;
    std::unique_ptr<QTemporaryDir> m_bulkDir;
    // Per request.
    QStringList m_scopes;
    QList<Event> m_events;
    bool m_writeFailed = false;
};

} // namespace LedgerLink::Sandbox
