#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>
#include <QtHttpServer/QAbstractHttpServer>

#include <optional>
#include <utility>

class QTcpSocket;

namespace LedgerLink::Sandbox {

/// One HTTP request as the sandbox servers see it (copied out of QHttpServerRequest).
struct HttpRequest
{
    QByteArray method; ///< "GET", "POST", ...
    QString path; ///< decoded path, e.g. "/admin/api/2024-04/orders.json"
    QUrl url;
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// The value of header `name` (case-insensitive), or an empty array.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    /// A query item, fully decoded ("%231001" -> "#1001"); `fallback` when absent.
    [[nodiscard]] QString queryValue(const QString &key, const QString &fallback = {}) const;
    [[nodiscard]] bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
    /// POST, PUT, PATCH and DELETE.
    [[nodiscard]] bool isWrite() const;
};

/// One HTTP response.
struct HttpReply
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";

    static HttpReply json(int status, const QJsonObject &object);
    static HttpReply raw(int status, QByteArray body,
                         QByteArray contentType = "application/json; charset=utf-8");
    /// Sets (replaces) header `name`.
    void setHeader(const QByteArray &name, const QByteArray &value);
};

/**
 * The HTTP machinery shared by the sandbox store and the sandbox books: it writes responses
 * itself (keep-alive HTTP/1.1 on the QTcpSocket that QAbstractHttpServer hands over), so that a
 * response can be sent later (write delay, "slow" fault) or never ("lose_response" fault) without
 * blocking other requests. Lives on, and is used only from, the sandbox worker thread.
 *
 * It serves the control routes under /__sandbox/ (stats, faults, reset-faults, kill-mark; no
 * auth), applies injected faults, then the subclass's auth check and rate limit, then routes.
 */
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxHttpServer(QObject *parent = nullptr);
    ~SandboxHttpServer() override;

    /// Write requests (POST/PUT/PATCH/DELETE) answer this many ms late, asynchronously.
    void setWriteDelayMs(int ms) { m_writeDelayMs = ms; }
    /// Turns the vendor quota on or off.
    void setRateLimits(bool on) { m_rateLimits = on; }
    [[nodiscard]] bool rateLimits() const { return m_rateLimits; }

    /// The counters served at GET /__sandbox/stats.
    [[nodiscard]] QJsonObject stats() const;

protected:
    /// Answers an authenticated, not rate-limited API request.
    virtual HttpReply route(const HttpRequest &request) = 0;
    /// A 401/403 reply when the request's credentials are wrong.
    virtual std::optional<HttpReply> checkAuth(const HttpRequest &request) = 0;
    /// A 429 reply when the request exceeds the quota (only called when rate limits are on).
    virtual std::optional<HttpReply> checkRateLimit(const HttpRequest &request) = 0;
    /// Adds per-response headers (call-limit counters...) to every API reply.
    virtual void decorate(const HttpRequest &request, HttpReply &reply) = 0;
    /// A vendor-shaped error reply for an injected fault (429, 503, or any `status`).
    virtual HttpReply faultReply(int status, const QByteArray &retryAfter) = 0;
    /// Whether the request changes data (the write delay, writes in flight): POST, PUT, PATCH and
    /// DELETE unless the subclass knows better (a GraphQL query is a POST that only reads).
    [[nodiscard]] virtual bool changesData(const HttpRequest &request) const { return request.isWrite(); }
    /// Serves subclass-specific /__sandbox/ routes; nullopt when unknown.
    virtual std::optional<HttpReply> controlRoute(const HttpRequest &request)
    {
        Q_UNUSED(request)
        return std::nullopt;
    }

    /// Takes one pending "drop_webhooks" fault; true when the caller must drop the delivery.
    bool takeWebhookDrop();
    void countWriteCommitted() { ++m_writesCommitted; }
    void countWebhookSent() { ++m_webhooksSent; }
    void countWebhookFailed() { ++m_webhooksFailed; }
    void count429() { ++m_sent429; }
    /// Requests whose response is still pending (for the books' concurrency limit).
    [[nodiscard]] int pendingResponses() const { return m_pending; }

    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Fault
    {
        QString kind;
        int count = 1;
        int status = 0;
        int delayMs = 0;
        QByteArray retryAfter;
        QByteArray method;
        QString pathPrefix;
    };

    HttpReply control(const HttpRequest &request);
    std::optional<Fault> takeFault(const HttpRequest &request, const QString &kind);
    void send(QTcpSocket *socket, const HttpReply &reply);
    void finish(QTcpSocket *socket, const HttpReply &reply, bool write, int delayMs);

    int m_writeDelayMs = 0;
    bool m_rateLimits = false;
    QList<Fault> m_faults;
    int m_pending = 0;
    int m_writesInFlight = 0;
    int m_maxWritesInFlight = 0; ///< the most writes answered at once (stats)

    QHash<QString, qint64> m_requestsByMethod;
    qint64 m_requests = 0;
    qint64 m_writesCommitted = 0;
    qint64 m_sent429 = 0;
    qint64 m_sent503 = 0;
    qint64 m_rejected = 0;
    qint64 m_malformed = 0; ///< html_page and truncated_body faults served
    qint64 m_slow = 0;
    qint64 m_lost = 0;
    qint64 m_webhooksSent = 0;
    qint64 m_webhooksDropped = 0;
    qint64 m_webhooksFailed = 0;
    qint64 m_killMarks = 0;
    qint64 m_killMarksDuringWrite = 0;
};

} // namespace LedgerLink::Sandbox
