#include "net/webhookreceiver.h"

#include "net/lowdelaytcpserver.h"

#include "store/auditlog.h"
#include "store/idempotencyledger.h"
#include "store/jobqueue.h"
#include "store/redactor.h"
#include "store/statestore.h"

#include <QtCore/QElapsedTimer>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QVariant>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponse>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <cmath>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace LedgerLink::Net {
namespace {

Q_LOGGING_CATEGORY(lcWebhooks, "ledgerlink.net.webhooks")

constexpr WebhookVendor allVendors[] = {WebhookVendor::Shopify, WebhookVendor::WooCommerce,
                                        WebhookVendor::Xero};

QByteArray headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

bool hasHeader(const HeaderList &headers, QByteArrayView name)
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

/// A JSON id (number or string) as text; empty when absent.
QString idText(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Integral and inside qint64's range (2^63): as an integer. Converting a double outside it
        // is undefined behaviour (found by fuzz_webhook: "id": 8.2e70).
        constexpr double int64Limit = 9223372036854775808.0;
        if (d >= -int64Limit && d < int64Limit && d == std::trunc(d))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    if (value.isString())
        return value.toString();
    return {};
}

/// WooCommerce's creation ping: an unsigned form body "webhook_id=<digits>".
bool isWooPing(const QByteArray &body)
{
    static const QByteArray prefix = QByteArrayLiteral("webhook_id=");
    if (!body.startsWith(prefix) || body.size() == prefix.size() || body.size() > 40)
        return false;
    return std::all_of(body.cbegin() + prefix.size(), body.cend(),
                       [](char c) { return c >= '0' && c <= '9'; });
}

/// The Content-Length of a request head (`head` up to `headerEnd`), -1 when absent or unreadable.
qint64 contentLength(QByteArrayView head, qsizetype headerEnd)
{
    const QByteArrayView headers = head.first(headerEnd);
    qsizetype start = 0;
    while (start < headers.size()) {
        qsizetype end = headers.indexOf("\r\n", start);
        if (end < 0)
            end = headers.size();
        const QByteArrayView line = headers.sliced(start, end - start);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 value = line.sliced(colon + 1).trimmed().toLongLong(&ok);
            return ok ? value : -1;
        }
        start = end + 2;
    }
    return -1;
}

/// Bytes of request head allowed on top of the body limit before a request counts as too large.
constexpr qint64 headSlack = 64 * 1024;

} // namespace

/// Per connection: how much of the current request has arrived, and whether the rest of an
/// oversized request is being thrown away.
struct WebhookReceiver::SocketGuard
{
    qint64 received = 0;
    bool discarding = false;
    qint64 discardLeft = -1; ///< bytes still to throw away; -1: unknown (close instead)
};

void WebhookReceiver::guardSocket(QTcpSocket *socket)
{
    auto guard = std::make_shared<SocketGuard>();
    // A response went out: the next bytes start a new request (vendors do not pipeline).
    connect(socket, &QTcpSocket::bytesWritten, this, [guard] {
        if (!guard->discarding)
            guard->received = 0;
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, guard] {
        if (guard->discarding) {
            guard->discardLeft -= socket->readAll().size(); // QHttpServer sees none of it
            if (guard->discardLeft <= 0)
                socket->disconnectFromHost();
            return;
        }
        const qint64 available = socket->bytesAvailable();
        if (guard->received == 0) {
            const QByteArray head = socket->peek(std::min<qint64>(available, headSlack));
            const qsizetype headerEnd = head.indexOf("\r\n\r\n");
            const qint64 declared = headerEnd < 0 ? -1 : contentLength(head, headerEnd);
            if (declared > m_maxBodySize) {
                // Refused before QHttpServer buffers any of it: the rest is read and dropped.
                socket->readAll();
                guard->discarding = true;
                guard->discardLeft = headerEnd + 4 + declared - available;
                refuseOversized(socket, head, declared);
                if (guard->discardLeft <= 0)
                    socket->disconnectFromHost();
                return;
            }
        }
        guard->received += available;
        if (guard->received > m_maxBodySize + headSlack) {
            // No usable Content-Length (chunked): QHttpServer holds the part read so far.
            guard->discarding = true;
            socket->readAll();
            refuseOversized(socket, {}, guard->received);
            socket->disconnectFromHost();
        }
    });
}

void WebhookReceiver::refuseOversized(QTcpSocket *socket, const QByteArray &head, qint64 size)
{
    WebhookOutcome outcome;
    outcome.status = 413;
    outcome.result = u"refused"_s;
    outcome.message =
        tr("The webhook body has %1 bytes or more, more than the limit of %2.").arg(size).arg(m_maxBodySize);
    ++m_answered[413];
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"result"_s, outcome.result}, {u"error"_s, outcome.message}})
            .toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: close\r\n"
                  "Content-Length: "
                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->flush();
    for (const WebhookVendor vendor : allVendors) {
        const QByteArray line = "POST " + path(vendor).toLatin1() + ' ';
        if (head.startsWith(line)) {
            audit(vendor, {}, {}, outcome);
            return;
        }
    }
}

WebhookReceiver::WebhookReceiver(Store::StateStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

WebhookReceiver::~WebhookReceiver() = default;

void WebhookReceiver::setSecret(WebhookVendor vendor, const QByteArray &secret)
{
    // An empty secret verifies nothing (anybody can make an HMAC with an empty key): it counts
    // as no secret, and that vendor's deliveries are refused.
    if (secret.isEmpty())
        m_secrets.remove(int(vendor));
    else
        m_secrets.insert(int(vendor), secret);
}

void WebhookReceiver::clearSecret(WebhookVendor vendor)
{
    m_secrets.remove(int(vendor));
}

QString WebhookReceiver::path(WebhookVendor vendor)
{
    return u"/webhooks/"_s + vendorName(vendor);
}

bool WebhookReceiver::listen(const QHostAddress &address, quint16 port)
{
    m_server = std::make_unique<QHttpServer>();
    for (const WebhookVendor vendor : allVendors) {
        m_server->route(path(vendor), QHttpServerRequest::Method::Post,
                        [this, vendor](const QHttpServerRequest &request) {
                            const WebhookOutcome outcome = process(vendor, request.headers(), request.body());
                            const auto status = static_cast<QHttpServerResponse::StatusCode>(outcome.status);
                            if (outcome.status == 200 && vendor == WebhookVendor::Xero)
                                return QHttpServerResponse(status); // Xero expects an empty body
                            QJsonObject answer{{u"result"_s, outcome.result}};
                            if (!outcome.message.isEmpty())
                                answer.insert(outcome.status == 200 ? u"message"_s : u"error"_s,
                                              outcome.message);
                            if (!outcome.jobIds.isEmpty()) {
                                QJsonArray jobs;
                                for (const qint64 id : outcome.jobIds)
                                    jobs.append(id);
                                answer.insert(u"jobs"_s, jobs);
                            }
                            QHttpServerResponse response(answer, status);
                            if (outcome.retryAfter > 0)
                                response.setHeader("Retry-After", QByteArray::number(outcome.retryAfter));
                            return response;
                        });
    }
    auto *tcp = new LowDelayTcpServer(m_server.get());
    tcp->prepare = [this](QTcpSocket *socket) {
        guardSocket(socket);
    };
    if (!tcp->listen(address, port)) {
        m_errorString = tr("Cannot listen for webhooks on %1 port %2: %3")
                            .arg(address.toString())
                            .arg(port)
                            .arg(tcp->errorString());
        m_server.reset();
        m_port = 0;
        return false;
    }
    m_server->bind(tcp);
    m_port = tcp->serverPort();
    m_errorString.clear();
    return true;
}

WebhookOutcome WebhookReceiver::process(WebhookVendor vendor, const HeaderList &headers,
                                        const QByteArray &body)
{
    WebhookOutcome outcome = handle(vendor, headers, body);
    ++m_answered[outcome.status];
    return outcome;
}

WebhookOutcome WebhookReceiver::handle(WebhookVendor vendor, const HeaderList &headers,
                                       const QByteArray &body)
{
    QElapsedTimer timer;
    timer.start();
    const QString name = vendorName(vendor);
    WebhookOutcome outcome;
    const auto refuse = [&](int status, const QString &result, const QString &message,
                            const QByteArray &auditBody) -> WebhookOutcome {
        outcome.status = status;
        outcome.result = result;
        outcome.message = message;
        audit(vendor, headers, auditBody, outcome, {}, {}, std::nullopt, timer.elapsed());
        return outcome;
    };

    if (body.size() > m_maxBodySize) {
        return refuse(413, u"refused"_s,
                      tr("The %1 webhook body has %2 bytes, more than the limit of %3.")
                          .arg(name)
                          .arg(body.size())
                          .arg(m_maxBodySize),
                      {});
    }
    if (vendor == WebhookVendor::WooCommerce && !hasHeader(headers, signatureHeader(vendor))
        && isWooPing(body)) {
        outcome.result = u"ping"_s;
        outcome.message = tr("WooCommerce's webhook creation ping was answered.");
        audit(vendor, headers, body, outcome, {}, {}, std::nullopt, timer.elapsed());
        return outcome;
    }
    const auto secret = m_secrets.constFind(int(vendor));
    if (secret == m_secrets.cend())
        return refuse(401, u"refused"_s, tr("No webhook secret is configured for %1.").arg(name), body);
    const SignatureCheck check =
        verifySignature(vendor, *secret, body, headerValue(headers, signatureHeader(vendor)));
    if (!check.valid)
        return refuse(401, u"refused"_s, check.reason, body);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || document.isNull()) {
        return refuse(400, u"invalid"_s,
                      tr("The %1 webhook body is not valid JSON: %2 at byte %3.")
                          .arg(name, parseError.errorString())
                          .arg(parseError.offset),
                      body);
    }
    const QJsonValue root =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());

    QList<Event> events;
    switch (vendor) {
    case WebhookVendor::Shopify:
    case WebhookVendor::WooCommerce: {
        const bool shopify = vendor == WebhookVendor::Shopify;
        QByteArray id = headerValue(headers, shopify ? "X-Shopify-Webhook-Id" : "X-WC-Webhook-Delivery-ID");
        if (id.isEmpty() && shopify)
            id = headerValue(headers, "X-Shopify-Event-Id");
        if (id.isEmpty()) {
            return refuse(
                400, u"invalid"_s,
                tr("The %1 webhook has no event id (header %2).")
                    .arg(name,
                         QString::fromLatin1(shopify ? "X-Shopify-Webhook-Id" : "X-WC-Webhook-Delivery-ID")),
                body);
        }
        Event event;
        event.eventId = QString::fromUtf8(id);
        event.topic =
            QString::fromUtf8(headerValue(headers, shopify ? "X-Shopify-Topic" : "X-WC-Webhook-Topic"));
        event.resourceId = idText(root.toObject().value(u"id"_s));
        event.body = root;
        events.append(event);
        break;
    }
    case WebhookVendor::Xero: {
        const QJsonValue list = root.toObject().value(u"events"_s);
        if (!document.isObject() || !list.isArray()) {
            return refuse(400, u"invalid"_s, tr("The Xero webhook body has no \"events\" list."), body);
        }
        const QJsonArray array = list.toArray();
        if (array.isEmpty()) {
            outcome.result = u"intent"_s;
            outcome.message = tr("Xero's intent-to-receive check was answered.");
            audit(vendor, headers, body, outcome, {}, {}, std::nullopt, timer.elapsed());
            return outcome;
        }
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            Event event;
            event.eventId = idText(object.value(u"eventId"_s));
            const QString category = object.value(u"eventCategory"_s).toString();
            const QString type = object.value(u"eventType"_s).toString();
            event.resourceId = object.value(u"resourceId"_s).toString();
            if (event.eventId.isEmpty()) {
                const QString tenant = object.value(u"tenantId"_s).toString();
                const QString date = object.value(u"eventDateUtc"_s).toString();
                if (event.resourceId.isEmpty() || date.isEmpty()) {
                    return refuse(400, u"invalid"_s,
                                  tr("A Xero webhook event has neither an eventId nor a resourceId and "
                                     "eventDateUtc."),
                                  body);
                }
                event.eventId =
                    tenant + u':' + category + u':' + type + u':' + event.resourceId + u':' + date;
            }
            event.topic = category + u'.' + type;
            event.body = object;
            events.append(event);
        }
        break;
    }
    }

    Store::IdempotencyLedger ledger(m_store);
    Store::JobQueue queue(m_store);
    // Which events are new, before anything is enqueued: a delivery is taken whole or deferred.
    QList<bool> seenBefore;
    qint64 newEvents = 0;
    for (const Event &event : std::as_const(events)) {
        const auto seen = ledger.find(u"webhook:"_s + name + u':' + event.eventId);
        if (!seen) {
            qCWarning(lcWebhooks, "%s", qPrintable(seen.error().message));
            return refuse(500, u"failed"_s, tr("The state store could not be read; please deliver again."),
                          body);
        }
        seenBefore.append(seen.value().has_value());
        newEvents += seen.value().has_value() ? 0 : 1;
    }
    if (newEvents > 0) {
        const auto backlog = currentBacklog();
        if (!backlog) {
            qCWarning(lcWebhooks, "%s", qPrintable(backlog.error().message));
            return refuse(500, u"failed"_s, tr("The state store could not be read; please deliver again."),
                          body);
        }
        if (backlog.value() > 0 && backlog.value() + newEvents > m_capacity) {
            for (const Event &event : std::as_const(events))
                outcome.eventIds.append(event.eventId);
            outcome.retryAfter = m_retryAfter;
            outcome.status = 503;
            outcome.result = u"deferred"_s;
            outcome.message = tr("The job queue holds %1 webhook events not yet run (capacity %2); "
                                 "nothing was enqueued, please deliver again in %3 seconds.")
                                  .arg(backlog.value())
                                  .arg(m_capacity)
                                  .arg(m_retryAfter);
            // No body in the audit row: the vendor delivers it again, and a full queue is the
            // moment not to grow the audit log by a megabyte per refused delivery.
            audit(vendor, headers, {}, outcome, events.size() == 1 ? events.constFirst().eventId : QString(),
                  events.size() == 1 ? events.constFirst().resourceId : QString(), std::nullopt,
                  timer.elapsed());
            return outcome;
        }
    }
    // One transaction for the jobs, their ledger keys and the audit rows (one commit, one sync to
    // disk per delivery): either every new event of the delivery is queued and recorded, or none is
    // and the vendor's redelivery finds nothing recorded.
    QList<std::pair<qint64, QString>> toAnnounce;
    const WebhookOutcome before = outcome;
    const auto written = m_store.transaction([&](QSqlDatabase &) -> std::optional<Store::StoreError> {
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Event &event = events.at(i);
            outcome.eventIds.append(event.eventId);
            if (seenBefore.at(i)) {
                ++outcome.duplicates;
                WebhookOutcome duplicate = outcome;
                duplicate.result = u"duplicate"_s;
                duplicate.message =
                    tr("Event %1 was received before; nothing was enqueued.").arg(event.eventId);
                audit(vendor, headers, body, duplicate, event.eventId, event.resourceId, std::nullopt,
                      timer.elapsed());
                continue;
            }
            Store::NewJob job;
            job.kind = u"webhook."_s + name;
            job.payload = QJsonObject{{u"vendor"_s, name},
                                      {u"topic"_s, event.topic},
                                      {u"event_id"_s, event.eventId},
                                      {u"resource_id"_s, event.resourceId},
                                      {u"body"_s, event.body}};
            const auto id = queue.enqueue(job);
            if (!id)
                return id.error();
            const auto recorded = ledger.record(u"webhook:"_s + name + u':' + event.eventId, u"queued"_s,
                                                QString::number(id.value()));
            if (!recorded)
                return recorded.error();
            outcome.jobIds.append(id.value());
            toAnnounce.append({id.value(), event.eventId});
            WebhookOutcome queued = outcome;
            queued.result = u"queued"_s;
            audit(vendor, headers, body, queued, event.eventId, event.resourceId, id.value(),
                  timer.elapsed());
        }
        return std::nullopt;
    });
    if (!written) {
        qCWarning(lcWebhooks, "%s", qPrintable(written.error().message));
        outcome = before;
        return refuse(500, u"failed"_s,
                      tr("The state store could not enqueue the event; please deliver again."), body);
    }
    m_backlog += outcome.jobIds.size();
    outcome.result = outcome.jobIds.isEmpty() ? u"duplicate"_s : u"queued"_s;
    if (outcome.jobIds.isEmpty())
        outcome.message = tr("Every event of this delivery was received before; nothing was enqueued.");
    for (const auto &[jobId, eventId] : std::as_const(toAnnounce))
        emit enqueued(jobId, name, eventId);
    return outcome;
}

Store::StoreResult<qint64> WebhookReceiver::currentBacklog()
{
    if (m_backlog >= 0 && m_sinceCount.isValid() && m_sinceCount.elapsed() < m_recountInterval.count())
        return m_backlog;
    auto db = m_store.database();
    if (!db)
        return db.error();
    // Bounded by the capacity: a full queue costs no more than counting `capacity` index entries.
    QVariantList values;
    for (const WebhookVendor vendor : allVendors)
        values.append(QVariant(u"webhook."_s + vendorName(vendor)));
    values.append(qint64(m_capacity) + 1);
    auto query = m_store.exec(db.value(),
                              u"SELECT count(*) FROM (SELECT 1 FROM ll_jobs WHERE state IN ('queued', "
                              u"'leased', 'failed') AND kind IN (?, ?, ?) LIMIT ?) AS backlog"_s,
                              values, u"counting the webhook jobs not yet run"_s);
    if (!query)
        return query.error();
    if (!query.value().next())
        return Store::StoreError{
            Store::StoreError::Code::QueryFailed, u"counting the webhook jobs not yet run gave no row"_s, {}};
    m_backlog = query.value().value(0).toLongLong();
    m_sinceCount.start();
    return m_backlog;
}

void WebhookReceiver::audit(WebhookVendor vendor, const HeaderList &headers, const QByteArray &body,
                            const WebhookOutcome &outcome, const QString &eventId, const QString &resourceId,
                            std::optional<qint64> jobId, qint64 durationMs)
{
    Store::AuditEntry entry;
    entry.jobId = jobId;
    entry.objectType = u"webhook"_s;
    entry.operation = u"receive"_s;
    entry.matchKey = eventId;
    entry.sourceId = resourceId;
    entry.direction = vendor == WebhookVendor::Xero ? u"erp→engine"_s : u"store→engine"_s;
    entry.requestMethod = u"POST"_s;
    entry.requestUrl = path(vendor);
    // The signature is no secret by itself, but Shopify's header name escapes the redactor's rules.
    const QByteArray signature = signatureHeader(vendor);
    for (const auto &[name, value] : headers) {
        const bool isSignature = name.compare(signature, Qt::CaseInsensitive) == 0;
        entry.requestHeaders.append({name, isSignature ? Store::Redactor::placeholder().toUtf8() : value});
    }
    entry.requestBody = body;
    entry.responseStatus = outcome.status;
    entry.result = outcome.result;
    entry.error = outcome.status == 200 ? QString() : outcome.message;
    entry.durationMs = durationMs;
    const auto appended = Store::AuditLog(m_store).append(entry);
    if (!appended)
        qCWarning(lcWebhooks, "%s", qPrintable(appended.error().message));
}

} // namespace LedgerLink::Net
