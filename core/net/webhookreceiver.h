#pragma once

#include "net/httpclient.h"
#include "net/webhooksignature.h"
#include "store/storeresult.h"

#include <QtCore/QByteArray>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtNetwork/QHostAddress>

#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>

class QHttpServer;
class QTcpSocket;

namespace LedgerLink::Store {
class StateStore;
}

namespace LedgerLink::Net {

/// What the receiver did with one delivery (also the HTTP answer it gave).
struct WebhookOutcome
{
    /// The HTTP status answered: 200 queued, duplicate, Xero's intent to receive or WooCommerce's
    /// creation ping; 400 malformed; 401 signature missing or wrong (or no secret configured);
    /// 413 body too large; 500 the state store failed (the vendor retries); 503 the job queue
    /// holds capacity() webhook jobs not yet run (answered with Retry-After: retryAfter seconds).
    int status = 200;
    QString result; ///< "queued", "duplicate", "intent", "ping", "refused", "invalid", "failed", "deferred"
    QString message; ///< plain-English (translated) reason; empty when queued; never a secret
    QList<qint64> jobIds; ///< the jobs enqueued for new events
    QStringList eventIds; ///< every event id of the delivery (new and duplicate)
    int duplicates = 0; ///< events seen before (nothing enqueued for them)
    int retryAfter = 0; ///< with 503: the Retry-After answered, in seconds; 0 otherwise
};

/**
 * Receives vendor webhooks over HTTP (a QHttpServer): `POST /webhooks/shopify`,
 * `/webhooks/woocommerce` and `/webhooks/xero`. A delivery is only enqueued, so it is answered
 * fast:
 *
 * 1. a body above maxBodySize() → 413 (a declared Content-Length above it is refused before the
 *    body is read, and the rest of that request is thrown away unbuffered); a vendor without a configured
 * secret, or a missing or wrong signature (Net::verifySignature over the raw body, constant time) → 401; both
 * with an audit row (object "webhook", operation "receive", result "refused") and nothing enqueued;
 * 2. the body must be JSON (400 and an audit row "invalid" otherwise);
 * 3. each event is de-duplicated by the vendor's event id in the idempotency ledger (key
 *    "webhook:<vendor>:<event id>") and each new one becomes one job of kind "webhook.<vendor>"
 *    with the payload {vendor, topic, event_id, resource_id, body}; a repeated delivery answers
 *    200 and enqueues nothing (audit row "duplicate");
 * 4. back-pressure: when the job queue already holds capacity() webhook jobs that have not run
 *    yet (states queued, leased or failed-and-waiting; kinds "webhook.*"), a delivery with new
 *    events answers 503 with `Retry-After: retryAfter()` seconds, enqueues nothing and records
 *    nothing in the ledger, so the vendor's redelivery is accepted once the engine has caught up
 *    (audit row "deferred", without the body: the redelivery brings it). A delivery is taken
 *    whole or not at all (a Xero batch is never split); when the queue holds no webhook job at all a
 *    delivery is taken whatever its size. Duplicates are answered 200 even when the queue is full.
 *
 * The backlog is not counted per delivery: the receiver counts the unfinished webhook jobs in the
 * store at most once per backlogRecountInterval() (a count bounded by the capacity) and adds its
 * own enqueues in between; jobs the engine finished meanwhile are seen at the next count, so the
 * estimate only errs on the full side for at most one interval.
 *
 * Event ids: Shopify X-Shopify-Webhook-Id (X-Shopify-Event-Id if absent); WooCommerce
 * X-WC-Webhook-Delivery-ID; Xero: each event's `eventId` if present, otherwise (Xero's documented
 * payload carries none) "<tenantId>:<eventCategory>:<eventType>:<resourceId>:<eventDateUtc>". A
 * Xero delivery without events is the "intent to receive" check: 200 when signed correctly, 401
 * otherwise. A WooCommerce creation ping (unsigned form body `webhook_id=<n>`) gets 200 and
 * enqueues nothing. For Xero the job's `body` is the event object, for the others the whole body.
 *
 * One transaction per delivery: its jobs, their ledger keys and its audit rows are committed
 * together (StateStore::transaction; the repositories' writes join it), so a crash or a store
 * error leaves either all of them or none (answered 500: the vendor redelivers), and a delivery
 * costs one commit. Deliveries are handled one at a time in the receiver's thread, so the
 * look-up and the record cannot interleave with another delivery of this receiver.
 *
 * Secrets are never logged nor written to the audit log (signature headers are redacted).
 *
 * Thread: lives in and is used from one thread with an event loop (the engine's); the store is
 * used from that thread.
 */
class WebhookReceiver : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 defaultMaxBodySize = 1024 * 1024;
    /// Unfinished webhook jobs the queue may hold before deliveries are answered 503.
    static constexpr int defaultCapacity = 10000;
    /// The Retry-After (seconds) of a 503 (Shopify retries on its own schedule, 8 times over 4 hours).
    static constexpr int defaultRetryAfter = 30;
    static constexpr std::chrono::milliseconds defaultBacklogRecountInterval{250};

    /// `store` must be open and outlive the receiver.
    explicit WebhookReceiver(Store::StateStore &store, QObject *parent = nullptr);
    ~WebhookReceiver() override;

    /// The secret of `vendor` (for WooCommerce an empty secret is a valid key). Deliveries for a
    /// vendor without a secret are refused with 401.
    void setSecret(WebhookVendor vendor, const QByteArray &secret);
    void clearSecret(WebhookVendor vendor);
    void setMaxBodySize(qint64 bytes) { m_maxBodySize = bytes; }
    qint64 maxBodySize() const { return m_maxBodySize; }
    /// At most this many unfinished webhook jobs in the queue (at least 1).
    void setCapacity(int jobs) { m_capacity = std::max(1, jobs); }
    int capacity() const { return m_capacity; }
    /// The Retry-After of a 503, in seconds (at least 1).
    void setRetryAfter(int seconds) { m_retryAfter = std::max(1, seconds); }
    int retryAfter() const { return m_retryAfter; }
    /// How long a count of the backlog is trusted (0: count before every delivery with new events).
    void setBacklogRecountInterval(std::chrono::milliseconds interval) { m_recountInterval = interval; }
    std::chrono::milliseconds backlogRecountInterval() const { return m_recountInterval; }
    /// The unfinished webhook jobs as last counted plus the receiver's enqueues since; -1 before the
    /// first count.
    qint64 backlog() const { return m_backlog; }

    /// Starts listening on `address`:`port` (0: any free port). Returns false with errorString().
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    bool isListening() const { return m_port != 0; }
    /// The port listened on (the chosen one when 0 was asked for); 0 when not listening.
    quint16 port() const { return m_port; }
    QString errorString() const { return m_errorString; }

    /// The path a vendor posts to, e.g. "/webhooks/shopify".
    static QString path(WebhookVendor vendor);

    /// Handles one delivery as the HTTP route does (for the route and for tests).
    WebhookOutcome process(WebhookVendor vendor, const HeaderList &headers, const QByteArray &body);

    /// Deliveries answered so far, by HTTP status.
    int answered(int status) const { return m_answered.value(status); }

signals:
    /// A job was enqueued for a new event: wake the executor.
    void enqueued(qint64 jobId, const QString &vendor, const QString &eventId);

private:
    struct Event
    {
        QString eventId;
        QString topic;
        QString resourceId;
        QJsonValue body;
    };

    struct SocketGuard;
    void guardSocket(QTcpSocket *socket);
    void refuseOversized(QTcpSocket *socket, const QByteArray &head, qint64 size);
    /// Counts the backlog again when the last count is older than the recount interval.
    Store::StoreResult<qint64> currentBacklog();
    WebhookOutcome handle(WebhookVendor vendor, const HeaderList &headers, const QByteArray &body);
    void audit(WebhookVendor vendor, const HeaderList &headers, const QByteArray &body,
               const WebhookOutcome &outcome, const QString &eventId = {}, const QString &resourceId = {},
               std::optional<qint64> jobId = std::nullopt, qint64 durationMs = 0);

    Store::StateStore &m_store;
    std::unique_ptr<QHttpServer> m_server;
    QHash<int, QByteArray> m_secrets; // by int(WebhookVendor)
    qint64 m_maxBodySize = defaultMaxBodySize;
    int m_capacity = defaultCapacity;
    int m_retryAfter = defaultRetryAfter;
    std::chrono::milliseconds m_recountInterval = defaultBacklogRecountInterval;
    qint64 m_backlog = -1;
    QElapsedTimer m_sinceCount;
    quint16 m_port = 0;
    QString m_errorString;
    QHash<int, int> m_answered;
};

} // namespace LedgerLink::Net
