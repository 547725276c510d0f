#include "engine/ratelimiter.h"

#include "engine/retrypolicy.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine {
namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
constexpr double epsilon = 1e-9;

qint64 steadyNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double capacity(const RateLimitProfile &profile)
{
    return double(std::max(1, profile.burst));
}

} // namespace

RateLimitProfile RateLimitProfile::shopifyRest()
{
    return {u"Shopify REST"_s, 2.0, 40, 0, 0};
}

RateLimitProfile RateLimitProfile::xero()
{
    return {u"Xero"_s, 1.0, 1, 5, 5000};
}

RateLimitProfile RateLimitProfile::quickBooksOnline()
{
    return {u"QuickBooks Online"_s, 8.0, 10, 10, 0};
}

RateLimitProfile RateLimitProfile::businessCentral()
{
    // https://learn.microsoft.com/en-us/dynamics365/business-central/dev-itpro/administration/operational-limits-online
    return {u"Business Central"_s, 19.5, 5, 5, 0};
}

RateLimitProfile RateLimitProfile::netSuite()
{
    // https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/subsect_1559222360.html
    // ("Concurrency Governance and Session Management": an account limit for web services and
    // RESTlets combined; the base limit of a shared-tier account is 5).
    // https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_1525253248.html
    // ("Sample Scenario": a standard tier is 5, each SuiteCloud Plus licence adds 10; higher
    // service tiers start higher): 5 is the least any account has.
    return {u"NetSuite"_s, 10.0, 5, 5, 0};
}

RateLimitProfile RateLimitProfile::zohoBooks()
{
    // https://www.zoho.com/books/api/v3/introduction/#api-call-limit ("API Call Limit": 100
    // requests per minute per organisation; daily limits and concurrent-call limits by plan).
    return {u"Zoho Books"_s, 1.6, 4, 5, 0};
}

RateLimitProfile RateLimitProfile::odoo()
{
    // https://www.odoo.com/documentation/17.0/developer/reference/external_api.html documents no
    // request quota: this is LedgerLink's conservative choice (see the header), not Odoo's number.
    return {u"Odoo"_s, 5.0, 10, 2, 0};
}

RateLimitProfile RateLimitProfile::sapBusinessOne()
{
    // No documented quota: SAP's Service Layer API reference names none, and the Service Layer runs
    // on the company's own server (its capacity the administrator's). LedgerLink's own choice.
    return {u"SAP Business One"_s, 10.0, 10, 4, 0};
}

RateLimitProfile RateLimitProfile::unlimited()
{
    return {u"Unlimited"_s, 0.0, 0, 0, 0};
}

RateLimiter::RateLimiter(RateLimitProfile defaultProfile, Clock clock)
    : m_defaultProfile(std::move(defaultProfile))
    , m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = steadyNowMs;
}

RateLimiter::Bucket &RateLimiter::bucket(const QString &key, qint64 now) const
{
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        Bucket fresh;
        fresh.profile = m_defaultProfile;
        fresh.tokens = capacity(fresh.profile);
        fresh.lastRefill = now;
        it = m_buckets.insert(key, fresh);
    }
    refill(*it, now);
    return *it;
}

void RateLimiter::refill(Bucket &bucket, qint64 now)
{
    if (now < bucket.lastRefill) {
        // The clock went back: a wall clock (the executor's injected clock) rather than a
        // monotonic one. A Retry-After block and the daily window keep their length from now
        // instead of growing by the jump.
        const qint64 back = bucket.lastRefill - now;
        if (bucket.blockedUntil > 0)
            bucket.blockedUntil -= back;
        if (bucket.dayStarted)
            bucket.dayStart -= back;
        bucket.lastRefill = now;
    }
    if (bucket.profile.ratePerSecond > 0 && now > bucket.lastRefill) {
        bucket.tokens =
            std::min(capacity(bucket.profile),
                     bucket.tokens + double(now - bucket.lastRefill) * bucket.profile.ratePerSecond / 1000.0);
    }
    bucket.lastRefill = std::max(bucket.lastRefill, now);
    if (bucket.dayStarted && now >= bucket.dayStart + dayMs) {
        bucket.dayStarted = false;
        bucket.dayCount = 0;
    }
}

qint64 RateLimiter::waitMs(const Bucket &bucket, qint64 now)
{
    qint64 wait = std::max<qint64>(0, bucket.blockedUntil - now);
    if (bucket.profile.perDay > 0 && bucket.dayStarted && bucket.dayCount >= bucket.profile.perDay)
        wait = std::max(wait, bucket.dayStart + dayMs - now);
    if (bucket.profile.ratePerSecond > 0 && bucket.tokens < 1.0 - epsilon) {
        const double ms = (1.0 - bucket.tokens) * 1000.0 / bucket.profile.ratePerSecond;
        wait = std::max(wait, qint64(std::ceil(ms - 1e-6)));
    }
    return wait;
}

void RateLimiter::take(Bucket &bucket, qint64 at)
{
    if (bucket.profile.ratePerSecond > 0)
        bucket.tokens -= 1.0;
    if (bucket.profile.perDay > 0) {
        if (!bucket.dayStarted || at >= bucket.dayStart + dayMs) {
            bucket.dayStarted = true;
            bucket.dayStart = at;
            bucket.dayCount = 0;
        }
        ++bucket.dayCount;
    }
    ++bucket.inFlight;
}

void RateLimiter::configure(const QString &key, const RateLimitProfile &profile)
{
    QMutexLocker locker(&m_mutex);
    const qint64 now = m_clock();
    Bucket &b = bucket(key, now);
    b.profile = profile;
    b.tokens = capacity(profile);
    b.lastRefill = now;
}

RateLimitProfile RateLimiter::profile(const QString &key) const
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_buckets.constFind(key);
    return it == m_buckets.constEnd() ? m_defaultProfile : it->profile;
}

std::chrono::milliseconds RateLimiter::delayBeforeNext(const QString &key) const
{
    QMutexLocker locker(&m_mutex);
    const qint64 now = m_clock();
    return std::chrono::milliseconds(waitMs(bucket(key, now), now));
}

bool RateLimiter::tryAcquire(const QString &key)
{
    QMutexLocker locker(&m_mutex);
    const qint64 now = m_clock();
    Bucket &b = bucket(key, now);
    if (b.profile.maxConcurrent > 0 && b.inFlight >= b.profile.maxConcurrent)
        return false;
    if (waitMs(b, now) > 0)
        return false;
    take(b, now);
    return true;
}

std::optional<std::chrono::milliseconds> RateLimiter::acquire(const QString &key)
{
    QMutexLocker locker(&m_mutex);
    const qint64 now = m_clock();
    Bucket &b = bucket(key, now);
    if (b.profile.maxConcurrent > 0 && b.inFlight >= b.profile.maxConcurrent)
        return std::nullopt;
    const qint64 wait = waitMs(b, now);
    take(b, now + wait);
    return std::chrono::milliseconds(wait);
}

void RateLimiter::release(const QString &key)
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_buckets.find(key);
    if (it != m_buckets.end() && it->inFlight > 0)
        --it->inFlight;
}

void RateLimiter::observeResponse(const QString &key, const Headers &headers, const QDateTime &now)
{
    QMutexLocker locker(&m_mutex);
    const qint64 monotonicNow = m_clock();
    Bucket &b = bucket(key, monotonicNow);
    for (const auto &[name, value] : headers) {
        if (name.compare("X-Shopify-Shop-Api-Call-Limit", Qt::CaseInsensitive) == 0) {
            const QList<QByteArray> parts = value.trimmed().split('/');
            bool usedOk = false;
            bool sizeOk = false;
            if (parts.size() != 2)
                continue;
            const int used = parts.at(0).trimmed().toInt(&usedOk);
            const int size = parts.at(1).trimmed().toInt(&sizeOk);
            if (!usedOk || !sizeOk || size <= 0 || used < 0)
                continue;
            b.tokens = std::min(b.tokens, double(std::max(0, size - used)));
        } else if (name.compare("Retry-After", Qt::CaseInsensitive) == 0) {
            if (const auto delay = RetryPolicy::parseRetryAfter(value, now))
                b.blockedUntil = std::max(b.blockedUntil, monotonicNow + qint64(delay->count()));
        }
    }
}

int RateLimiter::inFlight(const QString &key) const
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_buckets.constFind(key);
    return it == m_buckets.constEnd() ? 0 : it->inFlight;
}

} // namespace LedgerLink::Engine
