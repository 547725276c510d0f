#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QString>
#include <QtNetwork/QNetworkReply>

#include <chrono>
#include <functional>
#include <optional>

namespace LedgerLink::Engine {

/// What one attempt of a request (or job) ended in; the input of RetryPolicy::decide().
struct AttemptOutcome
{
    enum class Kind {
        Success, ///< the request did what it should (any 2xx)
        Network, ///< no HTTP response: `networkError` says why (timeout, connection refused, ...)
        Http, ///< an HTTP response whose status is `httpStatus`
        Validation, ///< refused before or after sending because the data is invalid: permanent
        /// not sent: the record refers to one another rule has not written yet (a payment's
        /// invoice); transient — it is tried again until that record is there
        Dependency,
    };
    Kind kind = Kind::Success;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    int httpStatus = 0;
    QByteArray retryAfter; ///< the raw `Retry-After` header value, empty when absent
    QString detail; ///< optional plain-English detail (validation message, server error text)

    static AttemptOutcome success();
    static AttemptOutcome http(int status, const QByteArray &retryAfter = {}, const QString &detail = {});
    static AttemptOutcome network(QNetworkReply::NetworkError error, const QString &detail = {});
    static AttemptOutcome validation(const QString &detail);
    static AttemptOutcome dependency(const QString &detail);
};

/// What to do after an attempt.
struct RetryDecision
{
    enum Kind {
        Retry, ///< try again after `delay`
        DeadLetter, ///< stop: permanent failure or attempts exhausted; the job goes to the DLQ
        Done, ///< the attempt succeeded
    };
    Kind kind = Done;
    std::chrono::milliseconds delay{0}; ///< only meaningful for Retry
    QString reason; ///< plain-English, translated explanation for the log and the UI
};

/**
 * Classifies attempt outcomes as transient or permanent and computes the next retry delay:
 * exponential backoff with full jitter (a uniformly random delay in
 * [0, min(cap, base · 2^(attempt−1))]), never shorter than the server's `Retry-After`.
 *
 * Classification (documented decisions):
 * - transient: a record waiting for one another rule writes (Dependency); HTTP 408 (request timeout), 429,
 * 500, 502, 503, 504; network errors that mean the server was not reached or did not answer in time (timeout,
 * operation cancelled by a transfer timeout, connection refused, remote host closed, host not found,
 * temporary network failure, network session failed, proxy connection errors and timeouts, unknown network
 * error);
 * - permanent: every other 4xx (400, 401, 403, 404, 409 — a conflict needs the cross-reference
 *   lookup or a person, repeating the same request cannot fix it —, 410, 422, ...), every other
 *   5xx (501, 505, ...: the server says it cannot do this at all), TLS/protocol/content network
 *   errors, and validation failures;
 * - 1xx/2xx/3xx: done.
 * A permanent failure goes to the dead-letter queue at once; a transient one after `maxAttempts`.
 *
 * Thread-safety: decide() and the static functions are const and reentrant; the random source is
 * called from decide(), so share one policy between threads only with a thread-safe source (the
 * default, QRandomGenerator::global(), is).
 */
class RetryPolicy
{
public:
    /// Returns a value in [0, 1]; injected so tests are exact.
    using RandomSource = std::function<double()>;

    struct Options
    {
        int maxAttempts = 8; ///< attempts in total, including the first
        std::chrono::milliseconds baseDelay{1000}; ///< ceiling of the first retry's delay
        std::chrono::milliseconds maxDelay{5 * 60 * 1000}; ///< the cap of the backoff ceiling
    };

    RetryPolicy();
    explicit RetryPolicy(Options options, RandomSource random = {});

    const Options &options() const { return m_options; }

    /// True when a retry can succeed where this attempt failed; false for success too.
    static bool isTransient(const AttemptOutcome &outcome);
    static bool isTransientHttpStatus(int status);
    static bool isTransientNetworkError(QNetworkReply::NetworkError error);

    /**
     * The backoff delay before the retry that follows attempt number `attempt` (1-based), without
     * Retry-After: random · min(cap, base · 2^(attempt−1)), rounded to the millisecond.
     */
    std::chrono::milliseconds backoff(int attempt) const;

    /**
     * Parses a `Retry-After` value (RFC 9110 §10.2.3): delta-seconds, or an HTTP-date in the
     * IMF-fixdate form ("Sun, 06 Nov 1994 08:49:37 GMT") or the obsolete RFC 850 and asctime
     * forms. A date in the past gives 0. Anything else gives std::nullopt (ignored).
     */
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                                    const QDateTime &now);
    /**
     * Parses an HTTP-date (the three forms above) as UTC; an invalid QDateTime if it is not one.
     * A two-digit RFC 850 year more than 50 years after `now`'s year (today's if `now` is
     * invalid) is taken to be in the previous century, as RFC 9110 requires.
     */
    static QDateTime parseHttpDate(const QByteArray &value, const QDateTime &now = {});

    /**
     * Decides what follows attempt number `attempt` (1-based) that ended in `outcome`; `now` is
     * the wall-clock time the response arrived (for an HTTP-date Retry-After). A Retry reason
     * names the attempt that comes next ("... retrying in 4.0 s (attempt 4 of 8)" after attempt 3).
     */
    RetryDecision decide(const AttemptOutcome &outcome, int attempt, const QDateTime &now) const;

private:
    Options m_options;
    RandomSource m_random;
};

} // namespace LedgerLink::Engine
