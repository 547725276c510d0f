#pragma once

#include "connectors/connector.h"
#include "connectors/vendure/vendurewriter.h"
#include "model/currency.h"

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <memory>
#include <optional>

namespace LedgerLink::Connectors {

namespace Vendure {
class VendureSession;
}

/**
 * Vendure 3 Admin API (GraphQL at `<baseUrl>/admin-api`), tested against Vendure 3.7.3.
 *
 * Credentials: `account` is an administrator's user name, `accessToken` its password; the
 * session (login, re-login once on FORBIDDEN, the password never recorded, queries as GET and
 * mutations as POST) is Vendure::VendureSession's business, the writes Vendure::VendureWriter's.
 *
 * Objects (catalog resources/catalogs/vendure.catalog.json):
 * - product: a product with its variants. Read by the product's `updatedAt`; written as
 *   createProduct + createProductVariants when no variant has the first variant's SKU yet (a
 *   found product comes back with alreadyExisted), or updateProduct (name, slug, description,
 *   enabled) for an existing id.
 * - variant: one product variant, matched by SKU: where prices and stock live. Read by the
 *   variant's own `updatedAt` (Vendure changes it on a price or stock update, and leaves the
 *   product's alone). A write updates the variant found by existing id or SKU (price in major
 *   units of the channel's currency, stockOnHand at a stock location, sku, name, enabled), or
 *   creates it under `productId` when no variant has the SKU. writeBatch() sends up to
 *   maxBatch updates in one updateProductVariants.
 * - customer: read by `updatedAt`, matched by email address.
 * - order: placed orders only (open carts are not orders yet), matched by the order code. A
 *   write adds a private note to the order (addNoteToOrder, isPublic false): what the ERP says
 *   back, e.g. "Invoice INV/0001 posted, paid"; a note already in the order's history is not
 *   added twice.
 * - refund: the refunds of the orders' payments, id "<order id>/<refund id>". A write is
 *   refundOrder on the order's payment (the store owns refunds: this is mainly for tests).
 *
 * Reading by cursor: the records updated since the cursor's second (Vendure keeps some times to
 * the second only, so records' updatedAt are whole seconds and the boundary second is read again;
 * the engine drops the records at the cursor it saw), oldest first, `take` records a page. The
 * page token is a keyset, not an offset: the last timestamp read and the ids read at exactly that
 * timestamp; the next page holds the records later than it, or at it and not read yet. A record
 * that changes while the pages are read moves behind the keyset and comes again; none is skipped
 * (an offset would skip one). More than maxTieIds records sharing one timestamp (a bulk import
 * within one second) are read in id order with an offset, restarted from their first one if the
 * set shrinks meanwhile (repeats, never losses). Limitation: two changes of one record within
 * one second, the first of which was read, look alike to a cursor of whole seconds; the second
 * arrives with the record's next change.
 *
 * Orders are read in two passes, because Vendure 3.7 writes a stale `updatedAt` back when it
 * places an order (it lies before `orderPlacedAt`) and when a fulfilment moves the order's state;
 * a cancellation does change it: first the orders placed since the cursor (by `orderPlacedAt`,
 * which never changes), then the orders placed before it and updated since (by `updatedAt`). Refunds
 * do not touch their order, and Vendure lists no refunds by themselves: the refund read scans
 * the orders placed from defaultRefundLookbackDays before the cursor on (all of them without a
 * cursor), by `orderPlacedAt`, and returns the refunds updated since the cursor.
 *
 * DUPLICATE SKUs: Vendure does not enforce unique SKUs. A look-up that finds several variants
 * with one SKU fails permanently, naming the SKU and the variants' ids, and so does a write
 * that would be matched by that SKU: LedgerLink never guesses which one is meant.
 */
class VendureConnector final : public Connector
{
public:
    static constexpr int maxPageSize = 100;
    static constexpr int maxBatch = Vendure::VendureWriter::maxBatch;
    /// Ids of records sharing one timestamp a page token carries at most (see above).
    static constexpr int maxTieIds = 200;
    static constexpr int defaultRefundLookbackDays = 365;

    VendureConnector(ConnectorConfig config, Net::HttpClient &client);
    ~VendureConnector() override;
    Q_DISABLE_COPY_MOVE(VendureConnector)

    QString system() const override;
    Capabilities capabilities() const override;
    /// A self-hosted server: 20 requests a second with a burst of 40, 4 at once.
    Engine::RateLimitProfile rateLimitProfile() const override;

    ReadPage readPage(const QString &object, const ReadCursor &cursor, int pageSize) override;
    /// A refund's id is "<order id>/<refund id>"; an order that is still a cart is not found.
    ReadOne readById(const QString &object, const QString &id) override;
    /// product and variant: a SKU; customer: an email address; order: the order code. Refunds
    /// have no key Vendure can search by (read them by id).
    ReadOne findByMatchKey(const QString &object, const QString &matchKey) override;
    WriteOutcome write(const WriteRequest &request) override;
    /// Variant updates (an existing id, or a SKU) go in batches of up to maxBatch in one
    /// updateProductVariants (SKUs looked up in one query first); the rest one by one. When
    /// Vendure refuses a batch as a whole, its elements are written one by one to single out
    /// the culprit (variant updates set values, so repeating one is harmless).
    QList<WriteOutcome> writeBatch(const QList<WriteRequest> &requests) override;

    /**
     * Logs in (reachable, password accepted), then reads the active channel (its code and
     * currency), the administrator and its permissions on the channel (Vendure lists them:
     * permissionsVerified), compared with requiredPermissions().
     */
    ConnectionCheck checkConnection() override;
    /// The permissions the connector needs, each satisfied by its own name or, where Vendure
    /// allows it, the catalog-wide one (ReadProduct or ReadCatalog, ...).
    static QStringList requiredPermissions();

    std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error) const override;
    /// variant: "sku"; product: its first variant's "sku"; customer: "emailAddress"; order: "code".
    QString payloadMatchKey(const QString &object, const QJsonObject &payload) const override;

    /// At most this many ids of records sharing one timestamp go into a page token (default
    /// maxTieIds); beyond, the tie is read in id order with an offset. Tests lower it.
    void setTieLimit(int ids) { m_tieLimit = ids; }

    /// The session token of the current login ("" before the first). Setting one reuses a
    /// session (or, in tests, plants an expired one).
    QByteArray sessionToken() const;
    void setSessionToken(const QByteArray &token);

private:
    struct Keyset;
    struct ListQuery;

    ReadPage readList(const ListQuery &list, const ReadCursor &cursor, int pageSize);
    ReadPage readOrders(const ReadCursor &cursor, int pageSize);
    ReadPage readRefunds(const ReadCursor &cursor, int pageSize);
    ReadOne readOne(const QString &object, const QString &id);

    ConnectorConfig m_config;
    std::unique_ptr<Vendure::VendureSession> m_session;
    std::unique_ptr<Vendure::VendureWriter> m_writer;
    int m_tieLimit = maxTieIds;
};

} // namespace LedgerLink::Connectors
