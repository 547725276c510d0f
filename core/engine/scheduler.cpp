#include "engine/scheduler.h"

#include "mapping/mappingdocument.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Engine::Scheduler)
};

/// The first instant of local date `date` whose wall-clock time is `at` (the earlier one when a
/// fall-back repeats it; the end of the gap when a spring-forward skips it).
QDateTime slot(QDate date, QTime at, const QTimeZone &zone)
{
    QDateTime candidate(date, at, zone);
    if (!candidate.isValid() || candidate.toTimeZone(zone).time() != at) {
        // In a spring-forward gap: the wall-clock time read with the offset in force before the
        // gap lands just after it (02:30 CET → 01:30 UTC → 03:30 CEST).
        const int before = zone.offsetFromUtc(QDateTime(date, QTime(0, 0), zone));
        return QDateTime(date, at, QTimeZone::utc()).addSecs(-before);
    }
    const QDateTime earlier = candidate.addSecs(-3600).toTimeZone(zone);
    if (earlier.date() == date && earlier.time() == at)
        candidate = earlier;
    return candidate.toUTC();
}

} // namespace

std::optional<Schedule> Schedule::parse(const QString &text, QString *error)
{
    const QString simple = text.simplified().toLower();
    if (simple == u"hourly" || simple == u"every hour")
        return Schedule{Kind::Hourly, 60, {}};
    static const QRegularExpression every(u"^every (\\d+) (minute|minutes|min|hour|hours)$"_s);
    if (const auto match = every.match(simple); match.hasMatch()) {
        const int count = match.captured(1).toInt();
        const int minutes = match.captured(2).startsWith(u'h') ? count * 60 : count;
        if (minutes < 1 || minutes > 7 * 24 * 60) {
            *error = Text::tr("\"%1\": the interval must be between 1 minute and 7 days").arg(text);
            return std::nullopt;
        }
        return Schedule{Kind::Every, minutes, {}};
    }
    static const QRegularExpression daily(u"^daily (\\d{1,2}):(\\d{2})$"_s);
    if (const auto match = daily.match(simple); match.hasMatch()) {
        const QTime at(match.captured(1).toInt(), match.captured(2).toInt());
        if (!at.isValid()) {
            *error = Text::tr("\"%1\": not a time of day (00:00 to 23:59)").arg(text);
            return std::nullopt;
        }
        return Schedule{Kind::Daily, 0, at};
    }
    *error = Text::tr("\"%1\" is not a schedule; write \"every 15 minutes\", \"hourly\" or \"daily 02:00\"")
                 .arg(text);
    return std::nullopt;
}

QDateTime Schedule::nextAfter(const QDateTime &after, const QTimeZone &zone) const
{
    const QDateTime utc = after.toUTC();
    if (kind == Kind::Daily) {
        const QDate today = utc.toTimeZone(zone).date();
        for (int day = -1; day <= 2; ++day) {
            const QDateTime candidate = slot(today.addDays(day), at, zone);
            if (candidate > utc)
                return candidate;
        }
        return slot(today.addDays(3), at, zone);
    }
    const qint64 step = qint64(kind == Kind::Hourly ? 60 : std::max(1, minutes)) * 60 * 1000;
    const qint64 ms = utc.toMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch((ms / step + 1) * step, QTimeZone::utc());
}

Scheduler::Scheduler(QTimeZone zone, Clock clock)
    : m_zone(std::move(zone))
    , m_clock(std::move(clock))
{ }

QDateTime Scheduler::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

void Scheduler::add(const QString &id, const Schedule &schedule)
{
    m_schedules.insert(id, schedule);
    m_next.insert(id, schedule.nextAfter(now(), m_zone));
}

void Scheduler::remove(const QString &id)
{
    m_schedules.remove(id);
    m_next.remove(id);
}

QStringList Scheduler::due()
{
    const QDateTime current = now();
    QStringList ids;
    for (auto it = m_next.begin(); it != m_next.end(); ++it) {
        const Schedule schedule = m_schedules.value(it.key());
        if (it.value() <= current) {
            ids.append(it.key());
            it.value() = schedule.nextAfter(current, m_zone);
        } else if (schedule.kind != Schedule::Kind::Daily) {
            // The clock went back (an NTP step, a user's correction): an interval is never due more
            // than one interval ahead, or a poll every 5 minutes would wait an hour after the clock
            // went back an hour. A daily time that ran already keeps tomorrow's date (as cron does).
            const QDateTime realigned = schedule.nextAfter(current, m_zone);
            if (realigned < it.value())
                it.value() = realigned;
        }
    }
    ids.sort();
    return ids;
}

QList<ClockTrigger> clockTriggers(const QList<Mapping::ObjectRule> &rules, QStringList *errors)
{
    constexpr int settlementMinutes = 60;
    QList<ClockTrigger> triggers;
    for (const Mapping::ObjectRule &rule : rules) {
        if (rule.trigger.kind == Mapping::TriggerKind::Poll && rule.trigger.everyMinutes > 0) {
            triggers.append({rule.id, rule.trigger.text(), Schedule::every(rule.trigger.everyMinutes)});
        } else if (rule.trigger.kind == Mapping::TriggerKind::Schedule) {
            QString error;
            if (const auto schedule = Schedule::parse(rule.trigger.at, &error))
                triggers.append({rule.id, rule.trigger.text(), *schedule});
            else if (errors)
                errors->append(u"%1: %2"_s.arg(rule.id, error));
        } else if (rule.trigger.kind == Mapping::TriggerKind::OnSettlement) {
            // A gateway settles when it pays out (Shopify Payments: once a day); nothing tells the
            // desktop, so the engine looks for what was settled since the last look, every hour.
            triggers.append({rule.id,
                             Text::tr("on settlement, looked for every %1 min").arg(settlementMinutes),
                             Schedule::every(settlementMinutes)});
        }
    }
    return triggers;
}

QList<std::pair<QString, QDateTime>> Scheduler::upcoming() const
{
    QList<std::pair<QString, QDateTime>> runs;
    for (auto it = m_next.cbegin(); it != m_next.cend(); ++it)
        runs.append({it.key(), it.value()});
    std::sort(runs.begin(), runs.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second < b.second : a.first < b.first;
    });
    return runs;
}

QDateTime Scheduler::nextDue() const
{
    QDateTime earliest;
    for (const QDateTime &next : m_next)
        if (!earliest.isValid() || next < earliest)
            earliest = next;
    return earliest;
}

} // namespace LedgerLink::Engine
