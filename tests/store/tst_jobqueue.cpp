// The durable job queue on SQLite and on a real PostgreSQL: leasing order, due times, leases
// that expire, complete/fail, due times when the clock goes back or forward, and several workers
// on their own threads sharing one queue.

#include "storetestsupport.h"

#include "store/deadletterrepository.h"
#include "store/enginestaterepository.h"
#include "store/jobqueue.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QMutex>
#include <QtCore/QSet>
#include <QtTest/QTest>

#include <latch>
#include <thread>

using namespace Qt::StringLiterals;
using namespace LedgerLink::Store;
using namespace std::chrono_literals;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC);

void addBackends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

/// An "order.push" job for the order `order`, with a priority and, if valid, a due time.
NewJob orderJob(const QString &order, int priority, const QDateTime &notBefore = {})
{
    return {u"order.push"_s, QJsonObject{{u"order"_s, order}}, priority, notBefore};
}

QList<qint64> idsOf(const QList<Job> &jobs)
{
    QList<qint64> ids;
    for (const Job &job : jobs)
        ids.append(job.id);
    return ids;
}

} // namespace

class TestJobQueue final : public QObject
{
    Q_OBJECT

private slots:
    void leaseOrderAndDueTimes_data() { addBackends(); }
    void leaseOrderAndDueTimes()
    {
        QFETCH(QString, backend);
        STORE_SCRATCH(scratch, backend);
        StateStore store(scratch.location());
        QDateTime now = t0;
        store.setClock([&now] { return now; });
        STORE_VERIFY(store.open());
        JobQueue queue(store);

        const auto a = queue.enqueue(orderJob(u"A"_s, 0));
        const auto b = queue.enqueue(orderJob(u"B"_s, 5));
        const auto c = queue.enqueue(orderJob(u"C"_s, 9, t0.addSecs(60)));
        const auto d = queue.enqueue({u"product.pull"_s, QJsonObject{{u"sku"_s, u"D"_s}}, 0, {}});
        STORE_VERIFY(a);
        STORE_VERIFY(b);
        STORE_VERIFY(c);
        STORE_VERIFY(d);

        auto first = queue.lease(u"w1"_s, 2, 300s);
        STORE_VERIFY(first);
        QCOMPARE(idsOf(first.value()),
                 QList<qint64>({b.value(), a.value()})); // priority, then age; C not due
        for (const Job &job : first.value()) {
            QCOMPARE(job.state, JobState::Leased);
            QCOMPARE(job.attempts, 1);
            QCOMPARE(job.leaseOwner, u"w1"_s);
            QCOMPARE(job.leaseExpires, t0.addSecs(300));
            QCOMPARE(job.kind, u"order.push"_s);
        }
        QCOMPARE(first.value().at(0).payload, QJsonObject({{u"order"_s, u"B"_s}}));

        auto second = queue.lease(u"w2"_s, 10, 300s);
        STORE_VERIFY(second);
        QCOMPARE(idsOf(second.value()), QList<qint64>{d.value()});
        QCOMPARE(second.value().at(0).payload, QJsonObject({{u"sku"_s, u"D"_s}}));
        QCOMPARE(queue.lease(u"w2"_s, 10, 300s).value().size(), 0);

        now = t0.addSecs(60); // C is due now (next attempt ≤ now)
        auto third = queue.lease(u"w2"_s, 10, 300s);
        STORE_VERIFY(third);
        QCOMPARE(idsOf(third.value()), QList<qint64>{c.value()});

        const auto counts = queue.counts();
        STORE_VERIFY(counts);
        QCOMPARE(counts.value(), (QHash<JobState, int>{{JobState::Leased, 4}}));

        QCOMPARE(queue.enqueue({QString(), {}, 0, {}}).error().code, StoreError::Code::InvalidArgument);
        QCOMPARE(queue.lease(QString(), 1, 1s).error().code, StoreError::Code::InvalidArgument);
        QCOMPARE(queue.lease(u"w"_s, 0, 1s).error().code, StoreError::Code::InvalidArgument);
    }

    void completeFailAndLeases_data() { addBackends(); }
    void completeFailAndLeases()
    {
        QFETCH(QString, backend);
        STORE_SCRATCH(scratch, backend);
        StateStore store(scratch.location());
        QDateTime now = t0;
        store.setClock([&now] { return now; });
        STORE_VERIFY(store.open());
        JobQueue queue(store);
        const auto retried = queue.enqueue(orderJob(u"1"_s, 3));
        const auto completed = queue.enqueue(orderJob(u"2"_s, 2));
        const auto expiring = queue.enqueue(orderJob(u"3"_s, 1));
        const auto dead = queue.enqueue(orderJob(u"4"_s, 0));
        const auto leased = queue.lease(u"w1"_s, 4, 10s);
        STORE_VERIFY(leased);
        QCOMPARE(idsOf(leased.value()),
                 QList<qint64>({retried.value(), completed.value(), expiring.value(), dead.value()}));

        // complete: only by the lease owner, only once
        QCOMPARE(queue.complete(completed.value(), u"w2"_s).error().code, StoreError::Code::LeaseLost);
        STORE_VERIFY(queue.complete(completed.value(), u"w1"_s));
        QCOMPARE(queue.complete(completed.value(), u"w1"_s).error().code, StoreError::Code::LeaseLost);
        QCOMPARE(queue.job(completed.value()).value()->state, JobState::Done);

        // fail with a retry time: not leasable before it, leasable after
        now = t0.addSecs(1);
        STORE_VERIFY(
            queue.fail(retried.value(), u"w1"_s, {u"503 Service Unavailable"_s, t0.addSecs(120), {}, {}}));
        auto job = queue.job(retried.value());
        STORE_VERIFY(job);
        QCOMPARE(job.value()->state, JobState::Failed);
        QCOMPARE(job.value()->lastError, u"503 Service Unavailable"_s);
        QCOMPARE(job.value()->nextAttempt, t0.addSecs(120));
        QCOMPARE(job.value()->leaseOwner, QString());
        QVERIFY(!job.value()->leaseExpires.isValid());

        // fail for good: dead, with a dead letter in the same transaction
        STORE_VERIFY(
            queue.fail(dead.value(), u"w1"_s, {u"400 Bad Request"_s, std::nullopt, u"order"_s, u"4"_s}));
        QCOMPARE(queue.job(dead.value()).value()->state, JobState::Dead);
        const auto letters = DeadLetterRepository(store).list();
        STORE_VERIFY(letters);
        QCOMPARE(letters.value().size(), 1);
        QCOMPARE(letters.value().at(0).jobId, std::optional<qint64>(dead.value()));
        QCOMPARE(letters.value().at(0).payload, QJsonObject({{u"order"_s, u"4"_s}}));
        QCOMPARE(queue.fail(dead.value(), u"w1"_s, {u"again"_s, std::nullopt, {}, {}}).error().code,
                 StoreError::Code::LeaseLost);
        QCOMPARE(DeadLetterRepository(store).list().value().size(), 1);

        // the lease of `expiring` runs out at t0+10s: another worker takes it over
        now = t0.addSecs(9);
        QCOMPARE(queue.lease(u"w2"_s, 10, 10s).value().size(), 0);
        now = t0.addSecs(11);
        const auto takeover = queue.lease(u"w2"_s, 10, 10s);
        STORE_VERIFY(takeover);
        QCOMPARE(idsOf(takeover.value()), QList<qint64>{expiring.value()});
        QCOMPARE(takeover.value().at(0).attempts, 2);
        QCOMPARE(takeover.value().at(0).leaseOwner, u"w2"_s);
        QCOMPARE(queue.complete(expiring.value(), u"w1"_s).error().code, StoreError::Code::LeaseLost);

        // releaseExpired hands expired leases back to the queue
        now = t0.addSecs(25);
        const auto released = queue.releaseExpired();
        STORE_VERIFY(released);
        QCOMPARE(released.value(), 1);
        job = queue.job(expiring.value());
        QCOMPARE(job.value()->state, JobState::Queued);
        QCOMPARE(job.value()->leaseOwner, QString());
        QCOMPARE(queue.releaseExpired().value(), 0);

        now = t0.addSecs(119);
        QCOMPARE(idsOf(queue.lease(u"w3"_s, 10, 10s).value()), QList<qint64>{expiring.value()});
        now = t0.addSecs(120);
        const auto retry = queue.lease(u"w3"_s, 10, 10s);
        STORE_VERIFY(retry);
        QCOMPARE(idsOf(retry.value()), QList<qint64>{retried.value()});
        QCOMPARE(retry.value().at(0).attempts, 2);
        QCOMPARE(retry.value().at(0).lastError, u"503 Service Unavailable"_s);
        STORE_VERIFY(queue.complete(retried.value(), u"w3"_s));
        STORE_VERIFY(queue.complete(expiring.value(), u"w3"_s));
        QCOMPARE(queue.counts().value(), (QHash<JobState, int>{{JobState::Done, 3}, {JobState::Dead, 1}}));
    }

    void deferringDoesNotCountAsAnAttempt_data() { addBackends(); }
    void deferringDoesNotCountAsAnAttempt()
    {
        QFETCH(QString, backend);
        STORE_SCRATCH(scratch, backend);
        StateStore store(scratch.location());
        QDateTime now = t0;
        store.setClock([&now] { return now; });
        STORE_VERIFY(store.open());
        JobQueue queue(store);
        const auto id = queue.enqueue({u"push.order"_s, QJsonObject{{u"order_id"_s, u"1"_s}}, 0, {}});
        STORE_VERIFY(id);
        for (int round = 1; round <= 3; ++round) {
            const auto leased = queue.lease(u"w1"_s, 1, 10s);
            STORE_VERIFY(leased);
            QCOMPARE(idsOf(leased.value()), QList<qint64>({id.value()}));
            QCOMPARE(leased.value().first().attempts, 1); // never more: deferring gave the attempt back
            QCOMPARE(queue.defer(id.value(), u"w2"_s, u"behind job 7"_s).error().code,
                     StoreError::Code::LeaseLost);
            STORE_VERIFY(queue.defer(id.value(), u"w1"_s, u"behind job 7"_s));
            const auto job = queue.job(id.value());
            STORE_VERIFY(job);
            QCOMPARE(job.value()->state, JobState::Queued);
            QCOMPARE(job.value()->attempts, 0);
            QCOMPARE(job.value()->lastError, u"behind job 7"_s);
            QCOMPARE(job.value()->nextAttempt, now);
            QCOMPARE(job.value()->leaseOwner, QString());
            now = now.addSecs(1);
        }
    }

    void aStoppedRunHandsBackWhatItDidNotTry_data() { addBackends(); }
    void aStoppedRunHandsBackWhatItDidNotTry()
    {
        QFETCH(QString, backend);
        STORE_SCRATCH(scratch, backend);
        StateStore store(scratch.location());
        store.setClock([] { return t0; });
        STORE_VERIFY(store.open());
        JobQueue queue(store);
        QList<qint64> ids;
        for (int i = 1; i <= 4; ++i) {
            const auto id =
                queue.enqueue({u"push.order"_s, QJsonObject{{u"order_id"_s, QString::number(i)}}, 0, {}});
            STORE_VERIFY(id);
            ids << id.value();
        }
        // Job 1 failed once and is due again: its next lease is its second attempt.
        const auto first = queue.lease(u"w1"_s, 1, 10s);
        STORE_VERIFY(first);
        QCOMPARE(idsOf(first.value()), QList<qint64>{ids.at(0)});
        STORE_VERIFY(queue.fail(ids.at(0), u"w1"_s, JobFailure{u"timeout"_s, t0, {}, {}}));
        const auto mine = queue.lease(u"w1"_s, 3, 10s);
        STORE_VERIFY(mine);
        QCOMPARE(idsOf(mine.value()), QList<qint64>({ids.at(0), ids.at(1), ids.at(2)}));
        QCOMPARE(mine.value().at(0).attempts, 2);
        const auto other = queue.lease(u"w2"_s, 1, 10s); // job 4, another worker's
        STORE_VERIFY(other);
        STORE_VERIFY(queue.complete(ids.at(1), u"w1"_s)); // tried
        // Jobs 1 and 3 untried; job 4 named by mistake is not w1's and stays as it is.
        const auto handed = queue.handBackUntried(u"w1"_s, {ids.at(0), ids.at(2), ids.at(3)});
        STORE_VERIFY(handed);
        QCOMPARE(handed.value(), 2);
        const auto job1 = queue.job(ids.at(0));
        STORE_VERIFY(job1);
        QCOMPARE(job1.value()->state, JobState::Queued);
        QCOMPARE(job1.value()->attempts, 1); // the second attempt given back, not the first
        QCOMPARE(job1.value()->leaseOwner, QString());
        const auto job3 = queue.job(ids.at(2));
        STORE_VERIFY(job3);
        QCOMPARE(job3.value()->state, JobState::Queued);
        QCOMPARE(job3.value()->attempts, 0);
        QCOMPARE(queue.job(ids.at(1)).value()->state, JobState::Done);
        const auto job4 = queue.job(ids.at(3));
        STORE_VERIFY(job4);
        QCOMPARE(job4.value()->state, JobState::Leased);
        QCOMPARE(job4.value()->leaseOwner, u"w2"_s);
        QCOMPARE(job4.value()->attempts, 1);
    }

    /// The clock goes back an hour while a retry waits 30 s: the retry is due 30 s later by the
    /// new clock, not an hour and 30 s; a job enqueued for later keeps its wait too; done jobs and
    /// leases stay as they were. A second jump back, first noticed by nextDue() (what the engine's
    /// wake-up reads), moves the due times again.
    void retriesKeepTheirWaitWhenTheClockGoesBack_data() { addBackends(); }
    void retriesKeepTheirWaitWhenTheClockGoesBack()
    {
        QFETCH(QString, backend);
        STORE_SCRATCH(scratch, backend);
        StateStore store(scratch.location());
        QDateTime now = t0;
        store.setClock([&now] { return now; });
        STORE_VERIFY(store.open());
        JobQueue queue(store);
        const auto retried = queue.enqueue(orderJob(u"1"_s, 2));
        const auto done = queue.enqueue(orderJob(u"2"_s, 1));
        const auto held = queue.enqueue(orderJob(u"3"_s, 0));
        const auto later =
            queue.enqueue({u"product.pull"_s, QJsonObject{{u"sku"_s, u"4"_s}}, 0, t0.addSecs(600)});
        for (const auto &id : {retried, done, held, later})
            STORE_VERIFY(id);
        const auto leased = queue.lease(u"w1"_s, 3, 300s);
        STORE_VERIFY(leased);
        QCOMPARE(idsOf(leased.value()), QList<qint64>({retried.value(), done.value(), held.value()}));
        STORE_VERIFY(queue.complete(done.value(), u"w1"_s));
        STORE_VERIFY(
            queue.fail(retried.value(), u"w1"_s, {u"429 Too Many Requests"_s, t0.addSecs(30), {}, {}}));

        now = t0.addSecs(-3600); // the clock goes back an hour
        const QDateTime back = now;
        const auto none = queue.lease(u"w2"_s, 10, 300s);
        STORE_VERIFY(none);
        QCOMPARE(none.value().size(), 0);
        const auto all = queue.jobs({retried.value(), done.value(), held.value(), later.value()});
        STORE_VERIFY(all);
        const Job &retry = all.value().value(retried.value());
        QCOMPARE(retry.state, JobState::Failed);
        QCOMPARE(retry.nextAttempt, back.addSecs(30)); // not t0 + 30 s, an hour and 30 s away
        QCOMPARE(retry.updated, back);
        QCOMPARE(all.value().value(later.value()).nextAttempt, back.addSecs(600));
        QCOMPARE(all.value().value(later.value()).updated, back);
        QCOMPARE(all.value().value(done.value()).state, JobState::Done);
        QCOMPARE(all.value().value(done.value()).updated, t0);
        QCOMPARE(all.value().value(held.value()).state, JobState::Leased);
        QCOMPARE(all.value().value(held.value()).leaseExpires, t0.addSecs(300));
        QCOMPARE(all.value().value(held.value()).updated, t0);

        now = back.addSecs(29);
        QCOMPARE(queue.lease(u"w2"_s, 10, 300s).value().size(), 0);
        now = back.addSecs(30);
        const auto due = queue.lease(u"w2"_s, 10, 300s);
        STORE_VERIFY(due);
        QCOMPARE(idsOf(due.value()), QList<qint64>{retried.value()});
        QCOMPARE(due.value().at(0).attempts, 2);
        STORE_VERIFY(
            queue.fail(retried.value(), u"w2"_s, {u"503 Service Unavailable"_s, now.addSecs(60), {}, {}}));

        // Half an hour back again; nextDue() notices first: the retry is due 60 s from now.
        const QDateTime failedAt = now;
        now = failedAt.addSecs(-1800);
        const auto next = EngineStateRepository(store).nextDue();
        STORE_VERIFY(next);
        QCOMPARE(next.value(), std::optional(now.addSecs(60)));
        const auto moved = queue.job(retried.value());
        STORE_VERIFY(moved);
        QCOMPARE(moved.value()->nextAttempt, now.addSecs(60));
        QCOMPARE(moved.value()->updated, now);
        // The lease that follows at the same clock finds nothing due and leaves them as they are.
        QCOMPARE(queue.lease(u"w2"_s, 10, 300s).value().size(), 0);
        QCOMPARE(queue.job(retried.value()).value()->nextAttempt, now.addSecs(60));
        QCOMPARE(queue.job(later.value()).value()->nextAttempt, back.addSecs(600).addSecs(-1800 + 30));
    }

    /// The clock jumps an hour forward while a retry waits: nothing moves, the retry is just due.
    void retriesAreDueWhenTheClockJumpsForward_data() { addBackends(); }
    void retriesAreDueWhenTheClockJumpsForward()
    {
        QFETCH(QString, backend);
        STORE_SCRATCH(scratch, backend);
        StateStore store(scratch.location());
        QDateTime now = t0;
        store.setClock([&now] { return now; });
        STORE_VERIFY(store.open());
        JobQueue queue(store);
        const auto id = queue.enqueue(orderJob(u"1"_s, 0));
        STORE_VERIFY(id);
        QCOMPARE(idsOf(queue.lease(u"w1"_s, 1, 300s).value()), QList<qint64>{id.value()});
        STORE_VERIFY(queue.fail(id.value(), u"w1"_s, {u"429 Too Many Requests"_s, t0.addSecs(30), {}, {}}));

        now = t0.addSecs(3600);
        const auto followed = queue.followClockBack();
        STORE_VERIFY(followed);
        QCOMPARE(followed.value(), 0);
        const auto next = EngineStateRepository(store).nextDue();
        STORE_VERIFY(next);
        QCOMPARE(next.value(), std::optional(t0.addSecs(30)));
        const auto job = queue.job(id.value());
        STORE_VERIFY(job);
        QCOMPARE(job.value()->nextAttempt, t0.addSecs(30));
        QCOMPARE(job.value()->updated, t0);
        const auto due = queue.lease(u"w1"_s, 1, 300s);
        STORE_VERIFY(due);
        QCOMPARE(idsOf(due.value()), QList<qint64>{id.value()});
    }

    /// The clock went back while no engine ran: the first use of a store object opened afterwards
    /// moves the due times. After that a store object moves them only when its own clock went back
    /// (no statement otherwise), so a job another writer scheduled by a clock ahead of it stays.
    void aClockThatWentBackWhileTheQueueWasClosed_data() { addBackends(); }
    void aClockThatWentBackWhileTheQueueWasClosed()
    {
        QFETCH(QString, backend);
        STORE_SCRATCH(scratch, backend);
        qint64 retried = 0;
        {
            StateStore before(scratch.location());
            before.setClock([] { return t0; });
            STORE_VERIFY(before.open());
            JobQueue queue(before);
            const auto id = queue.enqueue(orderJob(u"1"_s, 0));
            STORE_VERIFY(id);
            retried = id.value();
            QCOMPARE(idsOf(queue.lease(u"w1"_s, 1, 300s).value()), QList<qint64>{retried});
            STORE_VERIFY(queue.fail(retried, u"w1"_s, {u"timeout"_s, t0.addSecs(30), {}, {}}));
        }
        StateStore store(scratch.location());
        QDateTime now = t0.addSecs(-3600);
        store.setClock([&now] { return now; });
        STORE_VERIFY(store.open());
        JobQueue queue(store);
        auto followed = queue.followClockBack();
        STORE_VERIFY(followed);
        QCOMPARE(followed.value(), 1);
        QCOMPARE(queue.job(retried).value()->nextAttempt, now.addSecs(30));
        followed = queue.followClockBack();
        STORE_VERIFY(followed);
        QCOMPARE(followed.value(), 0);

        // Another writer whose clock reads t0 schedules a job for t0 + 30 s.
        qint64 ahead = 0;
        {
            StateStore other(scratch.location());
            other.setClock([] { return t0; });
            STORE_VERIFY(other.open());
            const auto id = JobQueue(other).enqueue(orderJob(u"2"_s, 0, t0.addSecs(30)));
            STORE_VERIFY(id);
            ahead = id.value();
        }
        now = now.addSecs(1); // this store's clock did not go back: nothing moves
        QCOMPARE(queue.lease(u"w2"_s, 10, 300s).value().size(), 0);
        QCOMPARE(queue.job(ahead).value()->nextAttempt, t0.addSecs(30));
        QCOMPARE(queue.job(ahead).value()->updated, t0);
        now = now.addSecs(-1); // it goes back a second: the job scheduled ahead of it moves
        followed = queue.followClockBack();
        STORE_VERIFY(followed);
        QCOMPARE(followed.value(), 1);
        QCOMPARE(queue.job(ahead).value()->nextAttempt, now.addSecs(30));
        QCOMPARE(queue.job(retried).value()->nextAttempt, now.addSecs(30));
    }

    void concurrentWorkers_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("workers");
        QTest::addColumn<int>("jobs");
        QTest::newRow("sqlite, 2 workers") << u"sqlite"_s << 2 << 200;
        QTest::newRow("postgres, 4 workers") << u"postgres"_s << 4 << 200;
    }
    void concurrentWorkers()
    {
        QFETCH(QString, backend);
        QFETCH(int, workers);
        QFETCH(int, jobs);
        STORE_SCRATCH(scratch, backend);
        StateStore store(scratch.location());
        STORE_VERIFY(store.open());
        JobQueue queue(store);
        QSet<qint64> enqueued;
        for (int i = 0; i < jobs; ++i) {
            const auto id = queue.enqueue({u"order.push"_s, QJsonObject{{u"n"_s, i}}, i % 3, {}});
            STORE_VERIFY(id);
            enqueued.insert(id.value());
        }
        QCOMPARE(enqueued.size(), jobs);

        QMutex mutex;
        QList<qint64> leasedIds;
        QStringList errors;
        QList<int> perWorker(workers, 0);
        std::latch start(workers);
        std::vector<std::thread> threads;
        for (int w = 0; w < workers; ++w) {
            threads.emplace_back([&, w] {
                // Each thread leases through its own connection, opened here on first use.
                const QString name = u"worker-%1"_s.arg(w);
                JobQueue mine(store);
                QList<qint64> got;
                QString error;
                const QDeadlineTimer deadline(60s);
                start.arrive_and_wait();
                for (int round = 0; round < 10 * jobs && error.isEmpty(); ++round) {
                    if (deadline.hasExpired()) {
                        error = name + u": gave up after 60 s"_s;
                        break;
                    }
                    const auto batch = mine.lease(name, 5, 60s);
                    if (!batch) {
                        error = name + u": "_s + batch.error().message;
                        break;
                    }
                    if (batch.value().isEmpty())
                        break; // nothing left that is not leased
                    for (const Job &job : batch.value()) {
                        got.append(job.id);
                        if (const auto done = mine.complete(job.id, name); !done) {
                            error = name + u": "_s + done.error().message;
                            break;
                        }
                    }
                }
                const QMutexLocker locker(&mutex);
                leasedIds.append(got);
                perWorker[w] = int(got.size());
                if (!error.isEmpty())
                    errors.append(error);
            });
        }
        for (std::thread &thread : threads)
            thread.join();

        QCOMPARE(errors, QStringList());
        qInfo() << "jobs per worker:" << perWorker;
        QCOMPARE(leasedIds.size(), jobs); // every job leased exactly once: none twice ...
        const QSet<qint64> distinct(leasedIds.cbegin(), leasedIds.cend());
        QCOMPARE(distinct.size(), jobs);
        QCOMPARE(distinct, enqueued); // ... and none missed
        const auto counts = queue.counts();
        STORE_VERIFY(counts);
        QCOMPARE(counts.value(), (QHash<JobState, int>{{JobState::Done, jobs}}));
        StoreTest::RawConnection raw(scratch.location());
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM ll_jobs WHERE attempts <> 1"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
