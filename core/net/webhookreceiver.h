#pragma once

#include "net/httpclient.h"
#include "net/webhooksignature.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtNetwork/QHostAddress>

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
    /// 413 body too large; 500 the state store failed (the vendor retries).
    int status = 200;
    QString result; ///< "queued", "duplicate", "intent", "ping", "refused", "invalid", "failed"
    QString message; ///< plain-English (translated) reason; empty when queued; never a secret
    QList<qint64> jobIds; ///< the jobs enqueued for new events
    QStringList eventIds; ///< every event id of the delivery (new and duplicate)
    int duplicates = 0; ///< events seen before (nothing enqueued for them)
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
 *    200 and enqueues nothing (audit row "duplicate").
 *
 * Event ids: Shopify X-Shopify-Webhook-Id (X-Shopify-Event-Id if absent); WooCommerce
 * X-WC-Webhook-Delivery-ID; Xero: each event's `eventId` if present, otherwise (Xero's documented
 * payload carries none) "<tenantId>:<eventCategory>:<eventType>:<resourceId>:<eventDateUtc>". A
 * Xero delivery without events is the "intent to receive" check: 200 when signed correctly, 401
 * otherwise. A WooCommerce creation ping (unsigned form body `webhook_id=<n>`) gets 200 and
 * enqueues nothing. For Xero the job's `body` is the event object, for the others the whole body.
 *
 * Enqueue then record: the store's repositories cannot share one transaction, so the job is
 * enqueued first and the ledger key recorded after it. A crash between the two can at worst
 * enqueue one event twice when the vendor redelivers (the job's writes are idempotent); the
 * other order could lose an event for good. Deliveries are handled one at a time in the
 * receiver's thread, so the look-up and the record cannot interleave with another delivery.
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

    /// `store` must be open and outlive the receiver.
    explicit WebhookReceiver(Store::StateStore &store, QObject *parent = nullptr);
    ~WebhookReceiver() override;

    /// The secret of `vendor` (for WooCommerce an empty secret is a valid key). Deliveries for a
    /// vendor without a secret are refused with 401.
    void setSecret(WebhookVendor vendor, const QByteArray &secret);
    void clearSecret(WebhookVendor vendor);
    void setMaxBodySize(qint64 bytes) { m_maxBodySize = bytes; }
    qint64 maxBodySize() const { return m_maxBodySize; }

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
    WebhookOutcome handle(WebhookVendor vendor, const HeaderList &headers, const QByteArray &body);
    void audit(WebhookVendor vendor, const HeaderList &headers, const QByteArray &body,
               const WebhookOutcome &outcome, const QString &eventId = {}, const QString &resourceId = {},
               std::optional<qint64> jobId = std::nullopt, qint64 durationMs = 0);

    Store::StateStore &m_store;
    std::unique_ptr<QHttpServer> m_server;
    QHash<int, QByteArray> m_secrets; // by int(WebhookVendor)
    qint64 m_maxBodySize = defaultMaxBodySize;
    quint16 m_port = 0;
    QString m_errorString;
    QHash<int, int> m_answered;
};

} // namespace LedgerLink::Net
