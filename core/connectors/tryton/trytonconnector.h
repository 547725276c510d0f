#pragma once

#include "connectors/connector.h"
#include "connectors/tryton/trytonrpc.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>

namespace LedgerLink::Connectors {

namespace Tryton {
struct ObjectInfo;
}

/**
 * Tryton 6.0 over JSON-RPC: `baseUrl` is the database URL (`http://host:8000/<database>/`),
 * `account` the login name, `accessToken` the password (see Tryton::TrytonRpc for the session).
 *
 * Objects (resources/catalogs/tryton.catalog.json): product (product.product with its template;
 * match key: code = SKU), stock (a product's quantity in a warehouse; id "<product>:<warehouse>";
 * match key: code, or "code@WAREHOUSE" for another warehouse than the first), party (match key:
 * e-mail), sale (match key: reference = the store's order number), invoice (out invoices with a
 * total ≥ 0; match key: reference, else number), credit_note (out invoices with a negative total;
 * match key: reference = the refund's reference), payment (the receivable lines of invoice
 * payments; match key: description). Writes: see Tryton::TrytonWriter and
 * Tryton::TrytonOrderWriter; the record returned is read back after the write.
 *
 * Polling (Tryton has no outbound webhooks): records changed since the cursor, by write_date, or
 * create_date when never written (Tryton leaves write_date NULL until the first edit); products
 * also count their template's changes (a price lives on the template). Pages are ordered by the
 * change time (microseconds) and then id; the page token is the last (time, id) read, so a record
 * changed while the pages are read comes again later, never lost. Tryton stamps a change with its
 * transaction's start, so a transaction still open while a poll reads can commit a change older
 * than what that poll saw: the engine's cursor should overlap by a few seconds. Stock pages list
 * the done stock moves changed since the cursor and give the quantity of each product moved in
 * each warehouse.
 *
 * Every JSON-RPC call is a POST; the reads (search, read, search_count, ...) and the login are
 * marked as reads, so a read-only rollout stage (a dry run, "Test connection") reads and never
 * writes.
 */
class TrytonConnector final : public Connector
{
public:
    static constexpr int maxPageSize = 500;

    TrytonConnector(ConnectorConfig config, Net::HttpClient &client);
    ~TrytonConnector() override;

    QString system() const override;
    Capabilities capabilities() const override;
    /// A self-hosted server: generous (50 requests a second, bursts of 100, 4 at once).
    Engine::RateLimitProfile rateLimitProfile() const override;

    ReadPage readPage(const QString &object, const ReadCursor &cursor, int pageSize) override;
    ReadOne readById(const QString &object, const QString &id) override;
    ReadOne findByMatchKey(const QString &object, const QString &matchKey) override;
    WriteOutcome write(const WriteRequest &request) override;

    /**
     * Logs in (reachable, authenticated), reads the company's name, then counts the records of
     * every model the connector reads and writes (search_count): a model the user may not read is
     * a missing permission ("read <model>"). Tryton has access rights per model and group and
     * does not list a user's, so permissionsVerified stays false.
     */
    ConnectionCheck checkConnection() override;
    /// The Tryton models the connector uses.
    static QStringList models();

    std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error) const override;
    /// product, stock: "code"; party: "email"; sale, invoice, credit_note: "reference";
    /// payment: "reference" (its description in Tryton).
    QString payloadMatchKey(const QString &object, const QJsonObject &payload) const override;

private:
    Tryton::CallResult call(const QString &method, const QJsonArray &params,
                            QList<Net::HttpExchange> &exchanges, const QJsonObject &context = {});
    /// The company's currency code (read once): the currency of prices and payment amounts.
    QString companyCurrency(QList<Net::HttpExchange> &exchanges);
    /// search_read of the object's fields with its domain and `domain`.
    Tryton::CallResult searchRead(const Tryton::ObjectInfo &info, const QJsonArray &domain, int limit,
                                  const QJsonArray &order, QList<Net::HttpExchange> &exchanges);
    /// The first record (lowest id) of `object` matching `domain` and the object's own domain.
    ReadOne readOneWhere(const QString &object, const QJsonArray &domain);
    ReadPage readStock(const ReadCursor &cursor, int pageSize);
    /// Stock records of these products in these warehouses (`updatedAt` per product id).
    std::optional<ConnectorFailure> stockRecords(const QList<qint64> &products,
                                                 const QList<qint64> &warehouses,
                                                 const QHash<qint64, QDateTime> &updatedAt,
                                                 QList<VendorRecord> &records,
                                                 QList<Net::HttpExchange> &exchanges);

    ConnectorConfig m_config;
    Tryton::TrytonRpc m_rpc;
    QString m_companyCurrency;
};

} // namespace LedgerLink::Connectors
