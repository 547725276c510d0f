#include "engine/retrypolicy.h"

#include <QtCore/QTimeZone>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using LedgerLink::Engine::AttemptOutcome;
using LedgerLink::Engine::RetryDecision;
using LedgerLink::Engine::RetryPolicy;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private:
    static RetryPolicy fixed(double random, int maxAttempts = 8)
    {
        RetryPolicy::Options options;
        options.maxAttempts = maxAttempts;
        options.baseDelay = 1000ms;
        options.maxDelay = 60000ms;
        return RetryPolicy(options, [random] { return random; });
    }
    const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(12, 0, 0), QTimeZone::utc());

private slots:
    void classifiesHttpStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        const QList<int> transient = {408, 429, 500, 502, 503, 504};
        const QList<int> permanent = {400, 401, 403, 404, 405, 409, 410, 413, 422, 501, 505};
        for (int status : transient)
            QTest::addRow("%d", status) << status << int(RetryDecision::Retry);
        for (int status : permanent)
            QTest::addRow("%d", status) << status << int(RetryDecision::DeadLetter);
        for (int status : {200, 201, 204, 304})
            QTest::addRow("%d", status) << status << int(RetryDecision::Done);
    }
    void classifiesHttpStatus()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        const RetryDecision decision = fixed(1.0).decide(AttemptOutcome::http(status), 1, now);
        QCOMPARE(int(decision.kind), kind);
        QVERIFY(!decision.reason.isEmpty());
    }

    void classifiesNetworkErrors()
    {
        const RetryPolicy policy = fixed(1.0);
        for (auto error : {QNetworkReply::TimeoutError, QNetworkReply::ConnectionRefusedError,
                           QNetworkReply::RemoteHostClosedError, QNetworkReply::HostNotFoundError,
                           QNetworkReply::OperationCanceledError, QNetworkReply::TemporaryNetworkFailureError,
                           QNetworkReply::ProxyTimeoutError}) {
            QCOMPARE(policy.decide(AttemptOutcome::network(error), 1, now).kind, RetryDecision::Retry);
        }
        for (auto error : {QNetworkReply::SslHandshakeFailedError, QNetworkReply::ProtocolFailure,
                           QNetworkReply::AuthenticationRequiredError}) {
            QCOMPARE(policy.decide(AttemptOutcome::network(error), 1, now).kind, RetryDecision::DeadLetter);
        }
        QCOMPARE(policy.decide(AttemptOutcome::network(QNetworkReply::TimeoutError), 1, now).reason,
                 u"Network error TimeoutError is temporary; retrying in 1.0 s (attempt 2 of 8)"_s);
        const RetryDecision validation =
            policy.decide(AttemptOutcome::validation(u"the SKU is empty"_s), 1, now);
        QCOMPARE(validation.kind, RetryDecision::DeadLetter);
        QVERIFY(validation.reason.contains(u"the SKU is empty"_s));
    }

    void backoffSequenceFullJitter()
    {
        const RetryPolicy one = fixed(1.0);
        const RetryPolicy half = fixed(0.5);
        const QList<qint64> expectedOne = {1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000};
        const QList<qint64> expectedHalf = {500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000};
        for (int attempt = 1; attempt <= 9; ++attempt) {
            QCOMPARE(one.backoff(attempt).count(), expectedOne.at(attempt - 1));
            QCOMPARE(half.backoff(attempt).count(), expectedHalf.at(attempt - 1));
        }
        QCOMPARE(fixed(0.0).backoff(5).count(), 0);
        QCOMPARE(fixed(1.0).backoff(1000).count(), 60000); // no overflow past the cap
    }

    void decisionUsesBackoffAndExplains()
    {
        const RetryDecision decision = fixed(1.0).decide(AttemptOutcome::http(503), 3, now);
        QCOMPARE(decision.kind, RetryDecision::Retry);
        QCOMPARE(decision.delay, 4000ms);
        QCOMPARE(decision.reason, u"HTTP 503 is temporary; retrying in 4.0 s (attempt 4 of 8)"_s);
        const RetryDecision permanent =
            fixed(1.0).decide(AttemptOutcome::http(422, {}, u"Contact name is required"_s), 1, now);
        QCOMPARE(permanent.reason,
                 u"HTTP 422 is permanent: Contact name is required; not retrying, the job goes to "
                 "the dead-letter queue."_s);
    }

    void retryAfterSeconds()
    {
        // Retry-After longer than the backoff wins; shorter never shortens the backoff.
        const RetryPolicy policy = fixed(0.5);
        QCOMPARE(policy.decide(AttemptOutcome::http(429, "30"), 1, now).delay, 30000ms);
        QCOMPARE(policy.decide(AttemptOutcome::http(429, "0"), 3, now).delay, 2000ms);
        QCOMPARE(RetryPolicy::parseRetryAfter(" 120 ", now), std::optional(120000ms));
    }

    void retryAfterHttpDate()
    {
        const RetryPolicy policy = fixed(0.5);
        const QByteArray in90s = "Thu, 26 Nov 2026 12:01:30 GMT";
        QCOMPARE(RetryPolicy::parseRetryAfter(in90s, now), std::optional(90000ms));
        QCOMPARE(policy.decide(AttemptOutcome::http(503, in90s), 1, now).delay, 90000ms);
        QCOMPARE(RetryPolicy::parseRetryAfter("Thursday, 26-Nov-26 12:00:10 GMT", now),
                 std::optional(10000ms));
        QCOMPARE(RetryPolicy::parseRetryAfter("Thu Nov 26 12:00:05 2026", now), std::optional(5000ms));
        QCOMPARE(RetryPolicy::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"),
                 QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc()));
        // In the past: 0, so the backoff is used.
        QCOMPARE(RetryPolicy::parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now), std::optional(0ms));
        QCOMPARE(policy.decide(AttemptOutcome::http(503, "Sun, 06 Nov 1994 08:49:37 GMT"), 2, now).delay,
                 1000ms);
    }

    void retryAfterGarbageIgnored()
    {
        const RetryPolicy policy = fixed(0.5);
        for (const QByteArray &garbage :
             {QByteArray("soon"), QByteArray("-5"), QByteArray("1.5"),
              QByteArray("Sun, 06 Nov 1994 08:49:37 PST"), QByteArray("Sun, 31 Feb 2026 08:49:37 GMT"),
              QByteArray("Sun, 06 Foo 1994 08:49:37 GMT")}) {
            QCOMPARE(RetryPolicy::parseRetryAfter(garbage, now), std::nullopt);
            QCOMPARE(policy.decide(AttemptOutcome::http(429, garbage), 2, now).delay, 1000ms);
        }
    }

    void deadLetterAfterMaxAttempts()
    {
        const RetryPolicy policy = fixed(1.0, 3);
        QCOMPARE(policy.decide(AttemptOutcome::http(500), 1, now).kind, RetryDecision::Retry);
        QCOMPARE(policy.decide(AttemptOutcome::http(500), 2, now).kind, RetryDecision::Retry);
        const RetryDecision last = policy.decide(AttemptOutcome::http(500), 3, now);
        QCOMPARE(last.kind, RetryDecision::DeadLetter);
        QVERIFY(last.reason.contains(u"all 3 attempts"_s));
        QCOMPARE(RetryPolicy().options().maxAttempts, 8);
        QCOMPARE(RetryPolicy().decide(AttemptOutcome::http(500), 8, now).kind, RetryDecision::DeadLetter);
        QCOMPARE(RetryPolicy().decide(AttemptOutcome::http(500), 7, now).kind, RetryDecision::Retry);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
