#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QTime>
#include <QtCore/QTimeZone>

#include <functional>
#include <optional>

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

private:
    QDateTime now() const;

    QTimeZone m_zone;
    Clock m_clock;
    QHash<QString, Schedule> m_schedules;
    QHash<QString, QDateTime> m_next;
};

} // namespace LedgerLink::Engine
