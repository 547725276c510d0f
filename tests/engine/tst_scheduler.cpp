#include "engine/scheduler.h"

#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using LedgerLink::Engine::Schedule;
using LedgerLink::Engine::Scheduler;

namespace {
QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}
const QTimeZone berlin("Europe/Berlin");
} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void parses()
    {
        QString error;
        QCOMPARE(Schedule::parse(u"every 15 minutes"_s, &error)->minutes, 15);
        QCOMPARE(Schedule::parse(u"Every 2 hours"_s, &error)->minutes, 120);
        QCOMPARE(Schedule::parse(u"hourly"_s, &error)->kind, Schedule::Kind::Hourly);
        QCOMPARE(Schedule::parse(u"daily 02:00"_s, &error)->at, QTime(2, 0));
        QVERIFY(!Schedule::parse(u"daily 25:00"_s, &error));
        QVERIFY(error.contains(u"25:00"_s));
        QVERIFY(!Schedule::parse(u"sometimes"_s, &error));
        QVERIFY(error.contains(u"sometimes"_s));
        QVERIFY(!Schedule::parse(u"every 0 minutes"_s, &error));
    }

    void intervalsAlign()
    {
        QString error;
        const Schedule every15 = *Schedule::parse(u"every 15 minutes"_s, &error);
        QCOMPARE(every15.nextAfter(utc(2026, 3, 2, 9, 7), berlin), utc(2026, 3, 2, 9, 15));
        QCOMPARE(every15.nextAfter(utc(2026, 3, 2, 9, 15), berlin), utc(2026, 3, 2, 9, 30));
        const Schedule hourly = *Schedule::parse(u"hourly"_s, &error);
        QCOMPARE(hourly.nextAfter(utc(2026, 3, 2, 9, 59), berlin), utc(2026, 3, 2, 10, 0));
    }

    void dailyInTheWorkspaceTimeZone()
    {
        QString error;
        const Schedule daily = *Schedule::parse(u"daily 02:00"_s, &error);
        // Winter (CET, UTC+1): 02:00 local is 01:00 UTC.
        QCOMPARE(daily.nextAfter(utc(2026, 1, 10, 12, 0), berlin), utc(2026, 1, 11, 1, 0));
        // Summer (CEST, UTC+2): 00:00 UTC.
        QCOMPARE(daily.nextAfter(utc(2026, 7, 10, 12, 0), berlin), utc(2026, 7, 11, 0, 0));
    }

    void springForwardGapFiresAfterTheGap()
    {
        QString error;
        const Schedule daily = *Schedule::parse(u"daily 02:30"_s, &error);
        // 2026-03-29: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist → 03:30 CEST = 01:30 UTC.
        const QDateTime next = daily.nextAfter(utc(2026, 3, 28, 12, 0), berlin);
        QCOMPARE(next, utc(2026, 3, 29, 1, 30));
        // The day after is a normal summer day again.
        QCOMPARE(daily.nextAfter(next, berlin), utc(2026, 3, 30, 0, 30));
    }

    void fallBackRepeatFiresOnce()
    {
        QString error;
        const Schedule daily = *Schedule::parse(u"daily 02:30"_s, &error);
        // 2026-10-25: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice (00:30 and 01:30 UTC).
        const QDateTime first = daily.nextAfter(utc(2026, 10, 24, 12, 0), berlin);
        QCOMPARE(first, utc(2026, 10, 25, 0, 30));
        const QDateTime second = daily.nextAfter(first, berlin);
        QCOMPARE(second, utc(2026, 10, 26, 1, 30)); // not 01:30 UTC on the 25th
    }

    void schedulerOnAFakeClock()
    {
        QDateTime now = utc(2026, 3, 2, 9, 7);
        Scheduler scheduler(berlin, [&now] { return now; });
        scheduler.add(u"order"_s, Schedule::every(5));
        scheduler.add(u"product"_s, *Schedule::parse(u"daily 02:00"_s, nullptr));
        QCOMPARE(scheduler.nextDue(), utc(2026, 3, 2, 9, 10));
        QVERIFY(scheduler.due().isEmpty());
        now = utc(2026, 3, 2, 9, 10);
        QCOMPARE(scheduler.due(), QStringList{u"order"_s});
        QVERIFY(scheduler.due().isEmpty()); // once
        QCOMPARE(scheduler.nextDue(u"order"_s), utc(2026, 3, 2, 9, 15));
        now = utc(2026, 3, 3, 1, 0);
        QCOMPARE(scheduler.due(), (QStringList{u"order"_s, u"product"_s}));
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
