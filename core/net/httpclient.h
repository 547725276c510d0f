#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QSslCertificate>

#include <chrono>
#include <functional>
#include <optional>
#include <utility>

class QNetworkAccessManager;

namespace LedgerLink::Engine {
class RateLimiter;
}

namespace LedgerLink::Net {

/// Header name/value pairs in the order sent or received (as QNetworkReply::rawHeaderPairs()).
using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

/// The side of the connection pair a request writes to. Writes to the ERP carry store → ERP data,
/// writes to the store carry ERP → store data; the write guard allows each side separately.
enum class WriteSide { Erp, Store };

/// One HTTP request as a connector builds it.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HeaderList headers; ///< besides these the client adds Accept/Content-Type for JSON bodies
    QByteArray body;
    /// The write's idempotency key, recorded with the exchange (audit, dead letters). A connector
    /// whose API supports keys also puts it into the vendor's header itself (Xero: Idempotency-Key).
    QString idempotencyKey;

    /**
     * A POST that the connector knows changes nothing on the server: a JSON-RPC search/read
     * (Tryton), a GraphQL query (Vendure, Shopify). The write guard lets it through like a GET.
     * Only for APIs that send reads as POST; never set it on a mutation.
     */
    bool read = false;

    /**
     * A large download (Shopify's bulk-operation results): the body is written to this open
     * device as it arrives instead of into HttpResponse::body, which stays empty, so it is never
     * held in memory whole (nor in the audit log). Not owned. Only a 2xx body is written.
     */
    QIODevice *bodySink = nullptr;

    /// GET, HEAD and OPTIONS, and requests marked `read`: requests that never change anything.
    bool isRead() const;
};

/// The answer to one request, or why there was none.
struct HttpResponse
{
    int status = 0; ///< 0: no HTTP response (see networkError / refusedByWriteGuard)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorText; ///< plain-English reason when status is 0 or the reply carried an error
    bool refusedByWriteGuard = false; ///< the client refused to send: nothing left this process
    HeaderList headers;
    QByteArray body;
    QUrl url; ///< the URL that answered; relative Link targets are resolved against it
    /// Bytes written to the request's bodySink (0 without one).
    qint64 sunkBytes = 0;
    /// Writing to the request's bodySink failed (a full disk): the download is incomplete.
    bool sinkFailed = false;
    /// Above zero: not sent because the rate limiter would only allow it after this long, more
    /// than HttpClientOptions::maxRateLimitWait (status 0, networkError TemporaryNetworkFailureError):
    /// reschedule the job for then instead of blocking the thread.
    std::chrono::milliseconds rateLimitWait{0};

    /// The first header of that name, compared case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }
    QJsonDocument json() const;
    /// The rel="next" target of an RFC 8288 Link header (Shopify pagination); empty when none.
    QUrl nextLink() const;
    /// The target of the first link whose rel (one of its space-separated relation types) is
    /// `rel`, compared case-insensitively, from all Link headers; empty when none.
    QUrl link(QStringView rel) const;
};

/// One link of an RFC 8288 Link header value: its target and its parameters (names lower-case,
/// quoted values unquoted), in order.
struct WebLink
{
    QString target;
    QList<std::pair<QString, QString>> params;
};

/// Parses a Link header value holding any number of comma-separated links with quoted or token
/// parameters, e.g. `<https://x/a?page_info=abc>; rel="previous", <https://x/a?page_info=def>; rel="next"`.
/// Malformed parts are skipped; never throws.
QList<WebLink> parseLinkHeader(QByteArrayView value);

/// The environment variable naming a PEM file of extra trusted certificate authorities (every
/// workspace; connections.json's "ca_bundle" names one for a single workspace).
inline constexpr char caBundleVariable[] = "LEDGERLINK_CA_BUNDLE";

/**
 * The PEM certificates of the file `path` (one or more "BEGIN CERTIFICATE" blocks). nullopt with
 * *error naming the file and the problem when it cannot be read or holds no valid certificate.
 */
std::optional<QList<QSslCertificate>> loadCaBundle(const QString &path, QString *error);

/// One attempt: what was sent and what came back, for the audit log and the dead-letter queue.
struct HttpExchange
{
    HttpRequest request;
    HttpResponse response;
    QDateTime started; ///< UTC
    qint64 durationMs = 0;
};

/**
 * Whether non-read requests may leave the process. Built from the mapping document's rollout
 * stage; a dry run uses readOnly(), so it cannot write by construction.
 */
class WriteGuard
{
public:
    /// Nothing but reads (dry runs, the "read-only" rollout stage).
    static WriteGuard readOnly();
    /// Writes to the given sides only.
    static WriteGuard allowing(bool toErp, bool toStore);

    bool allows(WriteSide side) const { return side == WriteSide::Erp ? m_toErp : m_toStore; }
    /// The rollout stage the guard stands for ("read_only", "one_direction", "both", as the
    /// mapping document spells them), for messages.
    QString stageName() const;

private:
    bool m_toErp = false;
    bool m_toStore = false;
};

struct HttpClientOptions
{
    /// The rate limiter's key: connector and credential, e.g. "shopify:sandbox-shop".
    QString rateLimitKey;
    WriteSide side = WriteSide::Erp; ///< the side this client talks to
    WriteGuard guard = WriteGuard::readOnly();
    /**
     * Per request: the longest the client waits without a byte arriving (transfer timeout), and
     * the longest the whole answer may take however slowly it trickles in (a response dripping
     * a byte a second never ends otherwise). A download into a bodySink has only the first.
     */
    std::chrono::milliseconds timeout{30000};
    /**
     * Certificate authorities trusted besides the system's (a company's private CA in front of
     * an ERP): loadCaBundle(). Certificate verification itself is never turned off.
     */
    QList<QSslCertificate> caCertificates;
    HeaderList defaultHeaders; ///< sent with every request (authentication, tenant id)
    /// The longest the client waits for the rate limiter inside send() (token bucket, Retry-After,
    /// concurrency slot). A longer wait (an exhausted daily quota, a long Retry-After) is not
    /// waited for: send() returns at once with HttpResponse::rateLimitWait set.
    std::chrono::milliseconds maxRateLimitWait{120000};
};

/**
 * The shared HTTP client of every connector: JSON in and out, one attempt per call, rate
 * limited (waits for the limiter's token and concurrency slot, adapts from the response's
 * headers), and guarded (a non-read request the WriteGuard does not allow is refused without
 * touching the network, and counted). Retrying is the job executor's business (RetryPolicy),
 * so every attempt becomes its own audit row.
 *
 * Thread: lives in, and is used from, one worker thread with an event loop (the engine's, an
 * executor's, a test's); send() waits in a local event loop, so never call it from the GUI
 * thread. Several clients may share one RateLimiter (it is thread-safe).
 */
class HttpClient
{
public:
    /// Waits for `delay` before a rate-limited request; injected so tests with a fake clock never sleep.
    using Sleeper = std::function<void(std::chrono::milliseconds delay)>;

    HttpClient(QNetworkAccessManager &network, HttpClientOptions options,
               Engine::RateLimiter *limiter = nullptr);

    const HttpClientOptions &options() const { return m_options; }
    void setGuard(const WriteGuard &guard) { m_options.guard = guard; }
    void setSleeper(Sleeper sleeper) { m_sleeper = std::move(sleeper); }

    /**
     * Sends one attempt and waits for the answer (or the timeout). The exchange's request holds
     * the headers actually sent (default headers, the request's own, which win over a default of
     * the same name, and Accept/Content-Type for JSON). Redirects are not followed (a 3xx is
     * returned as it is); a timeout of 0 means none. A transfer timeout gives status 0 and
     * networkError TimeoutError. errorText names the host only, never the URL's query.
     */
    HttpExchange send(const HttpRequest &request);
    HttpExchange get(const QUrl &url, const HeaderList &headers = {});
    /// `method` with a JSON body (Content-Type: application/json).
    HttpExchange sendJson(const QByteArray &method, const QUrl &url, const QJsonDocument &body,
                          const QString &idempotencyKey = {}, const HeaderList &headers = {});

    /// Waits as before a rate-limited request, with the injected sleeper (polling a long-running
    /// vendor job between requests: a test's fake clock never sleeps).
    void wait(std::chrono::milliseconds delay) { sleep(delay); }

    /// Requests refused by the write guard so far.
    int refusedWrites() const { return m_refusedWrites; }
    /// Requests that actually left the process, by method.
    int sent(const QByteArray &method) const;
    /// Requests that actually left the process, all methods together.
    int sentTotal() const;

private:
    void sleep(std::chrono::milliseconds delay);

    QNetworkAccessManager &m_network;
    HttpClientOptions m_options;
    Engine::RateLimiter *m_limiter = nullptr;
    Sleeper m_sleeper;
    /// The system's CAs plus options().caCertificates, built on the first HTTPS request that needs it.
    QList<QSslCertificate> m_trustedCas;
    int m_refusedWrites = 0;
    int m_sentTotal = 0;
    QList<std::pair<QByteArray, int>> m_sent;
    /// Host names whose look-up failed: looked up again before the next request (see send()).
    QStringList m_unresolved;
};

} // namespace LedgerLink::Net
