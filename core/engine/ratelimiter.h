#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QMutex>
#include <QtCore/QString>

#include <chrono>
#include <functional>
#include <optional>
#include <utility>

namespace LedgerLink::Engine {

/**
 * A vendor's documented request quota as a token bucket: `burst` requests may go at once, then
 * `ratePerSecond` on average; at most `maxConcurrent` in flight; at most `perDay` per 24 hours.
 * Zero (or less) means "no limit" for each of them.
 */
struct RateLimitProfile
{
    QString name;
    double ratePerSecond = 0;
    int burst = 0;
    int maxConcurrent = 0;
    int perDay = 0;

    /// Shopify Admin REST: a leaky bucket of 40 requests that drains at 2 per second.
    static RateLimitProfile shopifyRest();
    /**
     * Xero: 60 per minute, 5 concurrent, 5,000 per day. Modelled as 1 per second with a bucket of
     * 1, so no 60-second window can ever hold more than 60 requests.
     */
    static RateLimitProfile xero();
    /**
     * QuickBooks Online: 500 per minute, 10 concurrent. Modelled as 8 per second with a bucket of
     * 10: any 60-second window holds at most 10 + 480 = 490 requests.
     */
    static RateLimitProfile quickBooksOnline();
    /**
     * Dynamics 365 Business Central online: 6,000 requests per 5 minutes per user and 5 requests
     * in flight (the "API limits" of Microsoft's operational-limits page). Modelled as 19.5 per
     * second with a bucket of 5: any 300-second window holds at most 5 + 5,850 = 5,855 requests.
     */
    static RateLimitProfile businessCentral();
    /**
     * NetSuite: governed by concurrency per account, REST and SOAP web services and RESTlets
     * together (5 in flight on a shared-tier account without SuiteCloud Plus licences), not by a
     * request rate. Modelled as 5 in flight with a generous 10 per second and a bucket of 5.
     */
    static RateLimitProfile netSuite();
    /**
     * SAP Business One Service Layer: SAP documents no request quota (the Service Layer runs on
     * the customer's own server, its capacity theirs). LedgerLink's own conservative choice: 4 in
     * flight, 10 per second with a bucket of 10.
     */
    static RateLimitProfile sapBusinessOne();
    /**
     * Zoho Books: 100 requests per minute per organisation, at most 5 in flight on the free plan
     * (10 on paid plans), and a daily quota by plan (1,000 free to 10,000) that the connector cannot
     * know: a 429 past it waits. Modelled as 1.6 per second with a bucket of 4: any 60-second window
     * holds at most 4 + 96 = 100 requests.
     */
    static RateLimitProfile zohoBooks();
    /**
     * Odoo's external API (JSON-RPC): Odoo publishes no request quota for it (the External API
     * page states none; a self-hosted server has none, Odoo Online serves a database with few
     * workers). LedgerLink's own conservative choice: 5 per second, a bucket of 10, 2 in flight.
     */
    static RateLimitProfile odoo();
    /// No limit at all (sandbox benchmarks, tests).
    static RateLimitProfile unlimited();
};

/**
 * Token-bucket rate limiter with one bucket per key (connector + credential, e.g.
 * "shopify:my-shop.myshopify.com"), plus a concurrency limit, a daily quota and a block set by the
 * server's `Retry-After`.
 *
 * Time comes from an injectable monotonic clock in milliseconds, so tests never sleep. A key gets
 * the profile given by configure(), or the default profile passed to the constructor; a bucket
 * starts full.
 *
 * The daily quota counts requests in 24-hour windows, each starting with the first request after
 * the previous window ended.
 *
 * Thread-safety: every member function is thread-safe (one QMutex guards all state); several
 * executor threads share one limiter. The clock is called with the mutex held, so it must not
 * call back into the limiter.
 */
class RateLimiter
{
public:
    using Clock = std::function<qint64()>; ///< monotonic milliseconds
    using Headers = QList<std::pair<QByteArray, QByteArray>>; ///< as QNetworkReply::rawHeaderPairs()

    explicit RateLimiter(RateLimitProfile defaultProfile = RateLimitProfile::unlimited(), Clock clock = {});

    /// Sets the profile of `key`; its bucket starts full again.
    void configure(const QString &key, const RateLimitProfile &profile);
    RateLimitProfile profile(const QString &key) const;

    /**
     * How long until a request for `key` may start as far as rate, daily quota and Retry-After
     * are concerned (0 when it may start now). Concurrency is not included: a full set of
     * slots frees up on release(), not with time.
     */
    std::chrono::milliseconds delayBeforeNext(const QString &key) const;

    /// Takes a token and a concurrency slot if both are available now; pair with release().
    bool tryAcquire(const QString &key);

    /**
     * Reserves the next token and takes a concurrency slot, returning how long the caller must
     * wait before sending (the reservation is already counted, so concurrent callers queue up
     * behind it). std::nullopt when every concurrency slot is taken: call again after a release().
     * A successful acquire() must be paired with release().
     */
    std::optional<std::chrono::milliseconds> acquire(const QString &key);

    /// Gives back the concurrency slot of a finished request.
    void release(const QString &key);

    /**
     * Adapts from a response: `X-Shopify-Shop-Api-Call-Limit: 32/40` lowers the available tokens
     * to what the server reports as free (8; never raises them, as requests of ours may still be
     * in flight), and `Retry-After` (seconds or HTTP-date, relative to `now`) blocks the key until
     * then.
     */
    void observeResponse(const QString &key, const Headers &headers,
                         const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// Requests in flight for `key` (for tests and status displays).
    int inFlight(const QString &key) const;

private:
    struct Bucket
    {
        RateLimitProfile profile;
        double tokens = 0;
        qint64 lastRefill = 0;
        int inFlight = 0;
        qint64 blockedUntil = 0;
        int dayCount = 0;
        qint64 dayStart = 0;
        bool dayStarted = false;
    };

    Bucket &bucket(const QString &key, qint64 now) const;
    static void refill(Bucket &bucket, qint64 now);
    static qint64 waitMs(const Bucket &bucket, qint64 now);
    static void take(Bucket &bucket, qint64 now);

    mutable QMutex m_mutex;
    RateLimitProfile m_defaultProfile;
    Clock m_clock;
    mutable QHash<QString, Bucket> m_buckets;
};

} // namespace LedgerLink::Engine
