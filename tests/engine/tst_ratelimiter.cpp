#include "engine/ratelimiter.h"

#include <QtCore/QTimeZone>
#include <QtTest/QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using LedgerLink::Engine::RateLimiter;
using LedgerLink::Engine::RateLimitProfile;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void profiles()
    {
        QCOMPARE(RateLimitProfile::shopifyRest().ratePerSecond, 2.0);
        QCOMPARE(RateLimitProfile::shopifyRest().burst, 40);
        QCOMPARE(RateLimitProfile::xero().maxConcurrent, 5);
        QCOMPARE(RateLimitProfile::xero().perDay, 5000);
        QVERIFY(RateLimitProfile::xero().ratePerSecond * 60 + RateLimitProfile::xero().burst - 1 <= 60);
        QCOMPARE(RateLimitProfile::quickBooksOnline().maxConcurrent, 10);
        QVERIFY(RateLimitProfile::quickBooksOnline().ratePerSecond * 60
                    + RateLimitProfile::quickBooksOnline().burst
                <= 500);
    }

    void shopifyBurstThenSteadyRate()
    {
        qint64 now = 0;
        RateLimiter limiter(RateLimitProfile::shopifyRest(), [&now] { return now; });
        const QString key = u"shopify:test-shop"_s;
        std::vector<qint64> sent;
        for (int i = 0; i < 600; ++i) {
            now += limiter.delayBeforeNext(key).count();
            QVERIFY2(limiter.tryAcquire(key), qPrintable(QString::number(i)));
            sent.push_back(now);
            limiter.release(key);
        }
        // 40 at once, then exactly one every 500 ms.
        QCOMPARE(sent.at(39), 0);
        QCOMPARE(sent.at(40), 500);
        QCOMPARE(sent.back(), 560 * 500);
        // Rate use: the bucket allowed burst + rate · duration requests in that time.
        const double allowed = 40 + 2.0 * double(sent.back()) / 1000.0;
        QVERIFY(600.0 >= 0.95 * allowed);
        // Never over the limit in any window [sent[i], sent[j]].
        int overLimit = 0;
        for (size_t i = 0; i < sent.size(); ++i) {
            for (size_t j = i; j < sent.size(); ++j) {
                const double limit = 40 + 2.0 * double(sent[j] - sent[i]) / 1000.0;
                if (double(j - i + 1) > limit + 1e-9)
                    ++overLimit;
            }
        }
        QCOMPARE(overLimit, 0);
    }

    void acquireQueuesReservations()
    {
        qint64 now = 0;
        RateLimiter limiter(RateLimitProfile::shopifyRest(), [&now] { return now; });
        for (int i = 0; i < 40; ++i)
            QCOMPARE(limiter.acquire(u"k"_s), std::optional(0ms));
        QCOMPARE(limiter.acquire(u"k"_s), std::optional(500ms));
        QCOMPARE(limiter.acquire(u"k"_s), std::optional(1000ms));
        now = 1000;
        QCOMPARE(limiter.acquire(u"k"_s), std::optional(500ms));
    }

    void concurrencySlots()
    {
        qint64 now = 0;
        RateLimiter limiter(RateLimitProfile::unlimited(), [&now] { return now; });
        limiter.configure(u"k"_s, {u"test"_s, 100.0, 100, 3, 0});
        QVERIFY(limiter.tryAcquire(u"k"_s));
        QVERIFY(limiter.tryAcquire(u"k"_s));
        QVERIFY(limiter.acquire(u"k"_s).has_value());
        QCOMPARE(limiter.inFlight(u"k"_s), 3);
        QVERIFY(!limiter.tryAcquire(u"k"_s));
        QCOMPARE(limiter.acquire(u"k"_s), std::nullopt);
        limiter.release(u"k"_s);
        QVERIFY(limiter.tryAcquire(u"k"_s));
        QVERIFY(!limiter.tryAcquire(u"k"_s));
        // Keys are independent.
        QVERIFY(limiter.tryAcquire(u"other"_s));
    }

    void dailyQuota()
    {
        qint64 now = 0;
        RateLimiter limiter(RateLimitProfile::unlimited(), [&now] { return now; });
        limiter.configure(u"k"_s, {u"test"_s, 0.0, 0, 0, 5});
        for (int i = 0; i < 5; ++i) {
            QVERIFY(limiter.tryAcquire(u"k"_s));
            limiter.release(u"k"_s);
            now += 1000;
        }
        QVERIFY(!limiter.tryAcquire(u"k"_s));
        QCOMPARE(limiter.delayBeforeNext(u"k"_s), std::chrono::milliseconds(86400000 - 5000));
        now = 86400000 - 1;
        QVERIFY(!limiter.tryAcquire(u"k"_s));
        now = 86400000;
        QVERIFY(limiter.tryAcquire(u"k"_s));
    }

    void xeroDailyQuota()
    {
        qint64 now = 0;
        RateLimiter limiter(RateLimitProfile::xero(), [&now] { return now; });
        int sent = 0;
        while (sent < 5000) {
            now += limiter.delayBeforeNext(u"xero"_s).count();
            QVERIFY(limiter.tryAcquire(u"xero"_s));
            limiter.release(u"xero"_s);
            ++sent;
        }
        QCOMPARE(now, 4999 * 1000);
        QCOMPARE(limiter.delayBeforeNext(u"xero"_s), std::chrono::milliseconds(86400000 - now));
    }

    void shopifyHeaderAdaptation()
    {
        qint64 now = 0;
        RateLimiter limiter(RateLimitProfile::shopifyRest(), [&now] { return now; });
        limiter.observeResponse(u"k"_s, {{"x-shopify-shop-api-call-limit", "32/40"}});
        for (int i = 0; i < 8; ++i)
            QVERIFY(limiter.tryAcquire(u"k"_s));
        QVERIFY(!limiter.tryAcquire(u"k"_s));
        QCOMPARE(limiter.delayBeforeNext(u"k"_s), 500ms);
        // Garbage and a fuller local view than the server's are ignored.
        limiter.observeResponse(u"k"_s, {{"X-Shopify-Shop-Api-Call-Limit", "abc"}});
        limiter.observeResponse(u"k"_s, {{"X-Shopify-Shop-Api-Call-Limit", "0/40"}});
        QCOMPARE(limiter.delayBeforeNext(u"k"_s), 500ms);
    }

    void retryAfterBlocks()
    {
        qint64 now = 0;
        RateLimiter limiter(RateLimitProfile::shopifyRest(), [&now] { return now; });
        limiter.observeResponse(u"k"_s, {{"Retry-After", "10"}});
        QCOMPARE(limiter.delayBeforeNext(u"k"_s), 10000ms);
        QVERIFY(!limiter.tryAcquire(u"k"_s));
        now = 9999;
        QVERIFY(!limiter.tryAcquire(u"k"_s));
        now = 10000;
        QVERIFY(limiter.tryAcquire(u"k"_s));
        QVERIFY(limiter.tryAcquire(u"other"_s)); // other keys are not blocked

        const QDateTime wall(QDate(2026, 11, 26), QTime(12, 0, 0), QTimeZone::utc());
        limiter.observeResponse(u"k"_s, {{"Retry-After", "Thu, 26 Nov 2026 12:00:30 GMT"}}, wall);
        QCOMPARE(limiter.delayBeforeNext(u"k"_s), 30000ms);
        limiter.observeResponse(u"k"_s, {{"Retry-After", "garbage"}}, wall);
        QCOMPARE(limiter.delayBeforeNext(u"k"_s), 30000ms);
    }

    void threadsAcquireExactlyBurst()
    {
        RateLimiter limiter(RateLimitProfile::shopifyRest(), [] { return qint64(1000); });
        std::atomic<int> acquired{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 1000; ++i) {
                    if (limiter.tryAcquire(u"shared"_s))
                        acquired.fetch_add(1);
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(acquired.load(), 40);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
