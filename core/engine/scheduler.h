#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QTime>
#include <QtCore/QTimeZone>

#include <functional>
#include <optional>
#include <utility>

namespace LedgerLink::Mapping {
struct ObjectRule;
}

namespace LedgerLink::Engine {

/// When a trigger fires: "every 15 minutes", "hourly", "daily 02:00" (read in a time zone).
struct Schedule
{
    enum class Kind { Every, Hourly, Daily };
    Kind kind = Kind::Every;
    int minutes = 0; ///< Every: the interval
    QTime at; ///< Daily: the local wall-clock time

    /// Parses "every N minute(s)", "every N hour(s)", "hourly", "daily HH:MM"; nullopt with *error.
    static std::optional<Schedule> parse(const QString &text, QString *error);
    static Schedule every(int minutes) { return {Kind::Every, minutes, {}}; }

    /**
     * The first time strictly after `after` (UTC) at which this schedule is due, in UTC.
     * Daily times are local to `zone`: a time that a spring-forward gap skips fires at the first
     * instant after the gap (02:00 → 03:00 CEST in Europe/Berlin); a time that a fall-back repeats
     * fires once, at its first occurrence. Intervals are aligned to whole multiples since the epoch.
     */
    QDateTime nextAfter(const QDateTime &after, const QTimeZone &zone) const;
};

/// An object rule's trigger that fires on a clock: a poll ("every N minutes") or a schedule.
struct ClockTrigger
{
    QString object; ///< the object rule's id ("order")
    QString text; ///< the trigger as the mapping document says it ("poll every 5 min")
    Schedule schedule;
};

/**
 * The clock triggers of a mapping document's object rules, in the document's order: what the
 * engine schedules (for the objects it syncs) and what the studio lists as the next runs. An
 * "on_settlement" rule (payments, payouts) is looked for every 60 minutes. Rules triggered
 * otherwise (webhook, on change, manual...) are not clock triggers. A schedule that
 * does not parse is left out, with "<object>: <why>" appended to *errors.
 */
QList<ClockTrigger> clockTriggers(const QList<Mapping::ObjectRule> &rules, QStringList *errors);

/**
 * Due times of named triggers on an injectable clock: the engine asks due() on every tick and runs
 * what it returns; nextDue() says when to look again.
 */
class Scheduler
{
public:
    using Clock = std::function<QDateTime()>;
    explicit Scheduler(QTimeZone zone = QTimeZone::utc(), Clock clock = {});

    /// Adds (or replaces) a trigger; its first due time is the schedule's next after now.
    void add(const QString &id, const Schedule &schedule);
    void remove(const QString &id);
    /// The ids due at now (each once), in id order; their next due times move on.
    QStringList due();
    /// The earliest next due time; invalid when there are no triggers.
    QDateTime nextDue() const;
    QDateTime nextDue(const QString &id) const { return m_next.value(id); }
    /// Every trigger with its next due time (UTC), soonest first (ids in order on a tie).
    QList<std::pair<QString, QDateTime>> upcoming() const;
    const QTimeZone &timeZone() const { return m_zone; }

private:
    QDateTime now() const;

    QTimeZone m_zone;
    Clock m_clock;
    QHash<QString, Schedule> m_schedules;
    QHash<QString, QDateTime> m_next;
};

} // namespace LedgerLink::Engine
