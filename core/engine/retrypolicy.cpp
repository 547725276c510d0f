#include "engine/retrypolicy.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QMetaEnum>
#include <QtCore/QRandomGenerator>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine {
namespace {

/// User-facing text of this file, translated in the context "LedgerLink::Engine::RetryPolicy".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Engine::RetryPolicy)
};

int monthNumber(QStringView name)
{
    static const QStringList months = {u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s, u"May"_s, u"Jun"_s,
                                       u"Jul"_s, u"Aug"_s, u"Sep"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s};
    for (qsizetype i = 0; i < months.size(); ++i) {
        if (name == months.at(i))
            return int(i) + 1;
    }
    return 0;
}

QDateTime utcDateTime(int year, int month, int day, int hour, int minute, int second)
{
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 60)
        return {};
    return QDateTime(date, QTime(hour, minute, std::min(second, 59)), QTimeZone::utc());
}

QString describe(const AttemptOutcome &outcome)
{
    switch (outcome.kind) {
    case AttemptOutcome::Kind::Success:
        return Text::tr("The request");
    case AttemptOutcome::Kind::Http:
        return Text::tr("HTTP %1").arg(outcome.httpStatus);
    case AttemptOutcome::Kind::Network:
        return Text::tr("Network error %1")
            .arg(QString::fromLatin1(
                QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(outcome.networkError)));
    case AttemptOutcome::Kind::Validation:
        return Text::tr("A validation error");
    case AttemptOutcome::Kind::Dependency:
        return Text::tr("Waiting for a linked record");
    }
    return {};
}

QString seconds(std::chrono::milliseconds delay)
{
    return QString::number(double(delay.count()) / 1000.0, 'f', 1);
}

} // namespace

AttemptOutcome AttemptOutcome::success()
{
    return {};
}

AttemptOutcome AttemptOutcome::http(int status, const QByteArray &retryAfter, const QString &detail)
{
    AttemptOutcome outcome;
    outcome.kind = status >= 200 && status < 400 ? Kind::Success : Kind::Http;
    outcome.httpStatus = status;
    outcome.retryAfter = retryAfter;
    outcome.detail = detail;
    return outcome;
}

AttemptOutcome AttemptOutcome::network(QNetworkReply::NetworkError error, const QString &detail)
{
    AttemptOutcome outcome;
    outcome.kind = Kind::Network;
    outcome.networkError = error;
    outcome.detail = detail;
    return outcome;
}

AttemptOutcome AttemptOutcome::validation(const QString &detail)
{
    AttemptOutcome outcome;
    outcome.kind = Kind::Validation;
    outcome.detail = detail;
    return outcome;
}

AttemptOutcome AttemptOutcome::dependency(const QString &detail)
{
    AttemptOutcome outcome;
    outcome.kind = Kind::Dependency;
    outcome.detail = detail;
    return outcome;
}

RetryPolicy::RetryPolicy()
    : RetryPolicy(Options{})
{ }

RetryPolicy::RetryPolicy(Options options, RandomSource random)
    : m_options(options)
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] {
            return QRandomGenerator::global()->generateDouble();
        };
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
}

bool RetryPolicy::isTransientHttpStatus(int status)
{
    switch (status) {
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

bool RetryPolicy::isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout ends in
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return true;
    default:
        return false;
    }
}

bool RetryPolicy::isTransient(const AttemptOutcome &outcome)
{
    switch (outcome.kind) {
    case AttemptOutcome::Kind::Http:
        return isTransientHttpStatus(outcome.httpStatus);
    case AttemptOutcome::Kind::Network:
        return isTransientNetworkError(outcome.networkError);
    case AttemptOutcome::Kind::Dependency:
        return true;
    case AttemptOutcome::Kind::Success:
    case AttemptOutcome::Kind::Validation:
        return false;
    }
    return false;
}

std::chrono::milliseconds RetryPolicy::backoff(int attempt) const
{
    const double base = double(m_options.baseDelay.count());
    const double cap = double(m_options.maxDelay.count());
    const int exponent = std::clamp(attempt - 1, 0, 62);
    const double ceiling = std::min(cap, base * std::ldexp(1.0, exponent));
    const double random = std::clamp(m_random(), 0.0, 1.0);
    return std::chrono::milliseconds(qint64(std::llround(random * ceiling)));
}

QDateTime RetryPolicy::parseHttpDate(const QByteArray &value, const QDateTime &now)
{
    const QString text = QString::fromLatin1(value).trimmed();
    // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
    static const QRegularExpression imf(
        uR"(^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$)"_s);
    // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
    static const QRegularExpression rfc850(
        uR"(^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-([A-Z][a-z]{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$)"_s);
    // asctime: Sun Nov  6 08:49:37 1994
    static const QRegularExpression asctime(
        uR"(^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$)"_s);

    auto number = [](const QRegularExpressionMatch &match, int group) {
        return match.capturedView(group).trimmed().toInt();
    };
    if (const auto match = imf.match(text); match.hasMatch()) {
        const int month = monthNumber(match.capturedView(3));
        if (month == 0)
            return {};
        return utcDateTime(number(match, 4), month, number(match, 2), number(match, 5), number(match, 6),
                           number(match, 7));
    }
    if (const auto match = rfc850.match(text); match.hasMatch()) {
        const int month = monthNumber(match.capturedView(3));
        if (month == 0)
            return {};
        // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
        int year = 2000 + number(match, 4);
        const int thisYear = now.isValid() ? now.toUTC().date().year() : QDate::currentDate().year();
        if (year > thisYear + 50)
            year -= 100;
        return utcDateTime(year, month, number(match, 2), number(match, 5), number(match, 6),
                           number(match, 7));
    }
    if (const auto match = asctime.match(text); match.hasMatch()) {
        const int month = monthNumber(match.capturedView(2));
        if (month == 0)
            return {};
        return utcDateTime(number(match, 7), month, number(match, 3), number(match, 4), number(match, 5),
                           number(match, 6));
    }
    return {};
}

std::optional<std::chrono::milliseconds> RetryPolicy::parseRetryAfter(const QByteArray &value,
                                                                      const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        if (trimmed.size() > 12) // more than 31,000 years: nonsense
            return std::nullopt;
        return std::chrono::milliseconds(trimmed.toLongLong() * 1000);
    }
    const QDateTime date = parseHttpDate(trimmed, now);
    if (!date.isValid() || !now.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(date)));
}

RetryDecision RetryPolicy::decide(const AttemptOutcome &outcome, int attempt, const QDateTime &now) const
{
    RetryDecision decision;
    const QString what = describe(outcome);
    const QString detail = outcome.detail.isEmpty() ? QString() : u": "_s + outcome.detail;
    if (outcome.kind == AttemptOutcome::Kind::Success) {
        decision.kind = RetryDecision::Done;
        decision.reason =
            Text::tr("The request succeeded (attempt %1 of %2).").arg(attempt).arg(m_options.maxAttempts);
        return decision;
    }
    if (!isTransient(outcome)) {
        decision.kind = RetryDecision::DeadLetter;
        decision.reason = Text::tr("%1 is permanent%2; not retrying, the job goes to the "
                                   "dead-letter queue.")
                              .arg(what, detail);
        return decision;
    }
    if (attempt >= m_options.maxAttempts) {
        decision.kind = RetryDecision::DeadLetter;
        decision.reason = Text::tr("%1 is temporary%2, but all %3 attempts failed; the job goes "
                                   "to the dead-letter queue.")
                              .arg(what, detail)
                              .arg(m_options.maxAttempts);
        return decision;
    }
    std::chrono::milliseconds delay = backoff(attempt);
    bool serverAsked = false;
    if (!outcome.retryAfter.isEmpty()) {
        if (const auto retryAfter = parseRetryAfter(outcome.retryAfter, now)) {
            if (*retryAfter >= delay) {
                delay = *retryAfter;
                serverAsked = true;
            }
        }
    }
    decision.kind = RetryDecision::Retry;
    decision.delay = delay;
    decision.reason = serverAsked
        ? Text::tr("%1 is temporary%2; retrying in %3 s as the server asked (attempt %4 of %5)")
              .arg(what, detail, seconds(delay))
              .arg(attempt + 1)
              .arg(m_options.maxAttempts)
        : Text::tr("%1 is temporary%2; retrying in %3 s (attempt %4 of %5)")
              .arg(what, detail, seconds(delay))
              .arg(attempt + 1)
              .arg(m_options.maxAttempts);
    return decision;
}

} // namespace LedgerLink::Engine
