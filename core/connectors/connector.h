#pragma once

#include "engine/ratelimiter.h"
#include "engine/retrypolicy.h"
#include "mapping/fieldcatalog.h"
#include "net/httpclient.h"
#include "net/webhooksignature.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

#include <memory>
#include <optional>

namespace LedgerLink::Connectors {

class OAuthSession;

/// Where and as whom a connector talks. Secrets come from the keychain (or, for the sandbox,
/// are its fixed test values) and are never logged: the HttpClient's audit rows are redacted.
struct ConnectorConfig
{
    QString system; ///< connector id, as the catalog id: "shopify", "xero"
    QUrl baseUrl; ///< e.g. http://127.0.0.1:8123 (the API paths are the connector's business)
    QString account; ///< shop domain, Xero tenant id, ...
    QByteArray accessToken;
    QByteArray webhookSecret;
    QString apiVersion; ///< empty: the connector's pinned default
    /// Write requests in flight at once, each on its own connection and thread (0: the
    /// connector's Capabilities::writeConcurrency). The vendor's concurrency limit still applies
    /// through the rate limiter (Xero: 5).
    int concurrency = 0;
    /// An OAuth 2.0 connection's tokens (Xero signed in on the Connections page): the connector
    /// renews an expired access token with them. Shared by every copy of the configuration.
    std::shared_ptr<OAuthSession> oauth = {};
};

/// What a connector can do, per object (object names as in its field catalog).
struct Capabilities
{
    QStringList readable;
    QStringList writable;
    bool webhooks = false;
    bool polling = true; ///< reads by updated-since cursor
    int maxPageSize = 100;
    int maxBatchSize = 1; ///< records per write request (1: no batch endpoint)
    bool idempotencyKeys = false; ///< the API de-duplicates writes by a key header
    /**
     * A write first finds what an earlier attempt made by its match key and completes it (a
     * workflow of several steps, e.g. Tryton's sale: create, quote, confirm, post, pay): after an
     * attempt whose answer was lost the engine writes again instead of only looking it up.
     */
    bool resumableWrites = false;
    /// Write requests in flight at once when the connection sets no "concurrency": within the
    /// vendor's limit, with room left for the account's other apps.
    int writeConcurrency = 1;
};

/// One record as the vendor sent it, plus what the engine tracks it by.
struct VendorRecord
{
    QString object; ///< catalog object name: "order", "customer", "Invoice", "Contact", ...
    QString id; ///< the vendor's id, as text
    QString matchKey; ///< the stable key (order number without '#', email, SKU, Reference)
    QDateTime updatedAt; ///< UTC; invalid when the vendor keeps none
    QJsonObject document; ///< the vendor JSON as received: what mapping source paths address
};

/// Why a connector call failed, classified for RetryPolicy.
struct ConnectorFailure
{
    Engine::AttemptOutcome outcome;
    QString message; ///< plain English, names the record and the vendor's own error text
};

/// Where a paginated read continues: records updated since `updatedSince`, from `pageToken`
/// (opaque to the engine: the next page's URL, a cursor, a page number). Both empty: from the start.
struct ReadCursor
{
    QDateTime updatedSince;
    QString pageToken;
};

struct ReadPage
{
    QList<VendorRecord> records;
    QString nextPageToken; ///< empty on the last page
    std::optional<ConnectorFailure> failure;
    QList<Net::HttpExchange> exchanges; ///< every attempt, for the audit log
};

struct ReadOne
{
    std::optional<VendorRecord> record; ///< empty when not found (and no failure)
    std::optional<ConnectorFailure> failure;
    QList<Net::HttpExchange> exchanges;
};

/// One mapped record to create or update on the target.
struct WriteRequest
{
    QString object; ///< catalog object: "Invoice", "Contact", "product", ...
    QJsonObject payload; ///< the mapped payload (target catalog paths)
    QString idempotencyKey; ///< derived from source object and version, e.g. "sandbox-shop:order:5101:create"
    QString existingId; ///< empty: create; otherwise update this record
    QString matchKey; ///< looked up before a create where the API has no idempotency keys
    /// `payload` as compact JSON, when the caller has it already (the engine hashes it): a
    /// connector that sends the payload as it is uses these bytes instead of serialising it again.
    QByteArray payloadJson;
};

struct WriteOutcome
{
    std::optional<VendorRecord> record; ///< the record as the target now has it
    bool alreadyExisted = false; ///< the look-up or the idempotency key found an earlier write
    std::optional<ConnectorFailure> failure;
    QList<Net::HttpExchange> exchanges;
    bool ok() const { return record.has_value() && !failure.has_value(); }
};

/**
 * The answer to "Test connection": what worked, what did not, and what to do about it. Each step
 * is only tried when the one before it worked (an unreachable host is not "not authenticated").
 * Never holds a secret.
 */
struct ConnectionCheck
{
    bool reachable = false; ///< an HTTP answer came back from the base URL
    bool authenticated = false; ///< the vendor accepted the credentials
    /// The credentials allow everything LedgerLink reads and writes on this side. True when the
    /// vendor does not say which permissions a credential has and the reads tried worked
    /// (permissionsVerified then is false).
    bool permissionsOk = false;
    bool permissionsVerified = false; ///< the vendor listed the credential's permissions
    QStringList missingPermissions; ///< vendor scope names, e.g. "write_products"
    QStringList grantedPermissions; ///< as the vendor listed them (empty when unknown)
    QString accountName; ///< the shop's or organisation's name as the vendor reports it
    int rateLimitRemaining = -1; ///< requests left in the vendor's current window; -1: unknown
    int rateLimitLimit = -1; ///< the window's size; -1: unknown
    /// Further quota details when the vendor reports them, e.g. "4,998 of 5,000 requests left today".
    QString rateLimitDetail;
    int httpStatus = 0; ///< the status of the request that decided the outcome (0: none)
    /// One specific sentence (or two): what worked, what did not, and what to do.
    QString message;

    bool ok() const { return reachable && authenticated && permissionsOk; }
};

/**
 * One system LedgerLink talks to. A connector is vendor specifics only: paths, JSON shapes,
 * pagination style, error texts; the HttpClient does transport, rate limits and the write guard,
 * the engine does retries, idempotency bookkeeping, mapping and audit.
 *
 * Thread: used from the thread its HttpClient lives in.
 */
class Connector
{
public:
    virtual ~Connector() = default;

    virtual QString system() const = 0; ///< "shopify", "xero"
    virtual Capabilities capabilities() const = 0;
    /// The vendor's documented quota.
    virtual Engine::RateLimitProfile rateLimitProfile() const = 0;
    /// How its webhooks are signed; nullopt when it sends none.
    virtual std::optional<Net::WebhookVendor> webhookVendor() const { return std::nullopt; }
    /// The field catalog the mapper offers and the validator checks (by default the built-in one
    /// named by system()).
    virtual std::optional<Mapping::FieldCatalog> catalog(QString *error = nullptr) const;

    /// One page of `object` records updated since the cursor, oldest first.
    virtual ReadPage readPage(const QString &object, const ReadCursor &cursor, int pageSize) = 0;
    virtual ReadOne readById(const QString &object, const QString &id) = 0;
    /// The record whose stable key is `matchKey` (order reference, email, SKU), if any.
    virtual ReadOne findByMatchKey(const QString &object, const QString &matchKey) = 0;
    virtual WriteOutcome write(const WriteRequest &request) = 0;
    /// Several writes in as few requests as the vendor allows (capabilities().maxBatchSize); one
    /// outcome per request, in order. The default writes them one by one.
    virtual QList<WriteOutcome> writeBatch(const QList<WriteRequest> &requests);

    /**
     * Tests the connection with as few read requests as the vendor allows (never a write): is the
     * base URL reachable, are the credentials accepted, do they carry the permissions LedgerLink
     * needs, how much of the rate-limit budget is left. Blocks the calling thread for the
     * requests (a worker thread, never the GUI thread).
     */
    virtual ConnectionCheck checkConnection() = 0;

    /**
     * The canonical record (core/model JSON: Order, Customer, Product, Invoice, ...) for a vendor
     * record, with the vendor document kept under "raw"; nullopt with *error saying which field is
     * wrong when the document does not fit.
     */
    virtual std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error) const = 0;

    /**
     * A store order's canonical Model::Order JSON as the store itself states it in its base
     * (shop) currency, for an order paid in another currency: every amount is the store's own
     * shop-currency amount (never a conversion made here), `currency` and `base_currency` the shop
     * currency, `exchange_rate` 1. What a mapping that writes the shop-currency amounts writes
     * (docs/money.md, "Where the rules apply"). nullopt with *error saying why when the store
     * does not give its orders' amounts in its own currency (the default) or the document lacks
     * them. Pure, like toCanonical().
     */
    virtual std::optional<QJsonObject> toCanonicalInBaseCurrency(const VendorRecord &record,
                                                                 QString *error) const;

    /**
     * A store order as one record per vendor of its lines (an order rule with "split":
     * "vendor"): each the order's own document reduced to one vendor's lines with its share of
     * shipping and discounts (MoneyRules::splitByVendor's rule), id "<order id>/<vendor>"; the
     * parts add up exactly to the order. nullopt with *error saying what is wrong (a line
     * without a vendor); by default: this store does not say who sells a line.
     */
    virtual std::optional<QList<VendorRecord>> splitByVendor(const VendorRecord &order, QString *error) const;

    /**
     * A store refund of an order that splitByVendor() splits, as one refund per vendor it credits
     * (so each becomes a credit note of that vendor's part): each the refund's own document
     * reduced to that vendor's refunded lines, whole, with its share of refunded shipping (by the
     * order's split weights) and of any other adjustment, its refund transactions shared so the
     * parts add up exactly to the refund; id "<refund id>/<vendor>" (the refund record's id plus
     * the vendor), its order id that of the order's part ("<order id>/<vendor>"). `order` is the
     * refund's order as this store reads it. A vendor the refund credits nothing gets no part.
     * nullopt with *error saying what is wrong; by default: this store does not say who sells a
     * line.
     */
    virtual std::optional<QList<VendorRecord>>
    splitRefundByVendor(const VendorRecord &refund, const VendorRecord &order, QString *error) const;

    /**
     * A store payment (a settled transaction) of an order that splitByVendor() splits, as one
     * payment per vendor part, so that each vendor's invoice receives its share: the payment's
     * amount shared by the parts' totals in the payment's currency (largest remainder; a payment
     * of the whole order gives each part exactly its total); id "<payment id>/<vendor>", its
     * order id that of the order's part ("<order id>/<vendor>"). A part whose share is zero is
     * left out. nullopt with *error saying what is wrong; by default: this store does not say
     * who sells a line.
     */
    virtual std::optional<QList<VendorRecord>>
    splitPaymentByVendor(const VendorRecord &payment, const VendorRecord &order, QString *error) const;

    /**
     * The stable key a mapped payload for `object` carries (Xero's invoice "Reference", Tryton's
     * sale "reference"): what findByMatchKey() finds the written record by after a write whose
     * answer was lost. "" when the payload has none. Must be a pure function of its arguments:
     * the engine calls it from its mapping threads.
     */
    virtual QString payloadMatchKey(const QString &object, const QJsonObject &payload) const;
    /**
     * What one record's element of a batch write looks like in the vendor's batch body (Xero:
     * {"Invoices":[element]}), for the audit row of one record of a batch; by default the
     * element itself. Pure, like payloadMatchKey().
     */
    virtual QByteArray batchElementBody(const QString &object, const QByteArray &elementJson) const;
};

/**
 * The check of a connection whose request got no HTTP answer at all (refused, unknown host,
 * timeout, TLS failure, held back by the rate limiter), naming `baseUrl`'s host and port and
 * what to do. `vendor` names the system in the message ("the store", "Xero").
 */
ConnectionCheck unreachableCheck(const Net::HttpResponse &response, const QUrl &baseUrl,
                                 const QString &vendor);

/// A connector for config.system talking through `client` (which must outlive it); nullptr with
/// *error for an unknown system or an incomplete configuration.
std::unique_ptr<Connector> createConnector(const ConnectorConfig &config, Net::HttpClient &client,
                                           QString *error = nullptr);

/// The systems createConnector() knows, lower-case ("shopify", "xero", ...).
QStringList connectorSystems();

/**
 * "Test connection" for one side, on the calling thread (a worker, never the GUI thread): a
 * network manager and a read-only HttpClient of its own (its own rate-limit bucket, at most 5 s
 * of waiting for it), the connector for config.system, its checkConnection(). `caCertificates`
 * are trusted besides the system's, as the engine's clients trust them (the workspace's
 * WorkspaceConfig::caCertificates, or Engine::loadWorkspaceCaCertificates()). A configuration no
 * connector takes gives a check whose message says why.
 */
ConnectionCheck testConnection(const ConnectorConfig &config, Net::WriteSide side,
                               const QList<QSslCertificate> &caCertificates = {});

} // namespace LedgerLink::Connectors
