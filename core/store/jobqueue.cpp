#include "store/jobqueue.h"

#include "store/sqlvalues.h"
#include "store/statestore.h"

#include <QtCore/QMutex>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Store {

namespace {

constexpr auto jobColumns =
    "id, kind, state, priority, attempts, next_attempt_ms, lease_owner, lease_expires_ms, "
    "payload, last_error, created_ms, updated_ms";

Job jobFrom(const QSqlQuery &q)
{
    Job job;
    job.id = q.value(0).toLongLong();
    job.kind = q.value(1).toString();
    job.state = jobStateFromString(q.value(2).toString()).value_or(JobState::Queued);
    job.priority = q.value(3).toInt();
    job.attempts = q.value(4).toInt();
    job.nextAttempt = Sql::time(q.value(5));
    job.leaseOwner = q.value(6).toString();
    job.leaseExpires = Sql::time(q.value(7));
    job.payload = Sql::jsonObject(q.value(8));
    job.lastError = q.value(9).toString();
    job.created = Sql::time(q.value(10));
    job.updated = Sql::time(q.value(11));
    return job;
}

StoreError leaseLost(const StateStore &store, qint64 jobId, const QString &worker)
{
    return {
        StoreError::Code::LeaseLost,
        u"The job %1 in %2 is not leased by %3 any more (its lease expired and was released or taken over)."_s
            .arg(jobId)
            .arg(store.location().describe(), worker),
        {}};
}

/// The clock reading followClockBack() last saw for each StateStore object, by storeId().
/// Process-wide because JobQueue objects are views made for each use; a store's random id
/// (never its address, which a later store may reuse) makes its first use a first use.
class ClockReadings
{
public:
    /// Records `now` for `storeId`; true on its first reading and when `now` is earlier than
    /// the last one.
    bool wentBack(const QString &storeId, qint64 now)
    {
        const QMutexLocker locker(&m_mutex);
        const auto last = m_last.constFind(storeId);
        const bool back = last == m_last.constEnd() || now < *last;
        m_last.insert(storeId, now);
        return back;
    }
    /// The correction failed: the next call tries it again.
    void forget(const QString &storeId)
    {
        const QMutexLocker locker(&m_mutex);
        m_last.remove(storeId);
    }

private:
    QMutex m_mutex;
    QHash<QString, qint64> m_last;
};

/// followClockBack()'s statement, bound to (now, now, now). Only queued and failed jobs wait for a
/// due time (a lease's expiry is its holder's business); the state condition lets it use the
/// ll_jobs_due index. PostgreSQL: rows another worker is leasing right now are skipped, not waited
/// for (they are leased, not waiting, once that worker commits), so two workers noticing the jump
/// at once never deadlock; SQLite's BEGIN IMMEDIATE runs them one after the other.
QString moveBackSql(const StateStore &store)
{
    const QString set =
        u"UPDATE ll_jobs SET next_attempt_ms = next_attempt_ms - (updated_ms - ?), updated_ms = ? "_s;
    const QString pending = u"state IN ('queued', 'failed') AND updated_ms > ?"_s;
    if (store.isPostgres())
        return set + u"WHERE id IN (SELECT id FROM ll_jobs WHERE "_s + pending
            + u" FOR UPDATE SKIP LOCKED)"_s;
    return set + u"WHERE "_s + pending;
}

QString moveBackAction()
{
    return u"moving the due times back with the clock"_s;
}

ClockReadings &clockReadings()
{
    static ClockReadings readings;
    return readings;
}

} // namespace

QString nameOf(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return u"queued"_s;
    case JobState::Leased:
        return u"leased"_s;
    case JobState::Done:
        return u"done"_s;
    case JobState::Failed:
        return u"failed"_s;
    case JobState::Dead:
        return u"dead"_s;
    }
    return {};
}

std::optional<JobState> jobStateFromString(const QString &text)
{
    for (const JobState state :
         {JobState::Queued, JobState::Leased, JobState::Done, JobState::Failed, JobState::Dead}) {
        if (nameOf(state) == text)
            return state;
    }
    return std::nullopt;
}

StoreResult<qint64> JobQueue::enqueue(const NewJob &job)
{
    if (job.kind.isEmpty())
        return StoreError{StoreError::Code::InvalidArgument, u"A job needs a kind."_s, {}};
    const qint64 now = m_store.nowMs();
    const qint64 due = job.notBefore.isValid() ? job.notBefore.toMSecsSinceEpoch() : now;
    auto insert = m_store.write(u"INSERT INTO ll_jobs (kind, state, priority, attempts, next_attempt_ms, "
                                u"payload, last_error, created_ms, updated_ms) "
                                u"VALUES (?, 'queued', ?, 0, ?, ?, '', ?, ?) RETURNING id"_s,
                                {job.kind, job.priority, due, Sql::jsonText(job.payload), now, now},
                                u"adding the job"_s);
    if (!insert)
        return insert.error();
    return insert.value().returned.toLongLong();
}

StoreResult<QList<Job>> JobQueue::lease(const QString &worker, int maxJobs,
                                        std::chrono::milliseconds leaseDuration)
{
    if (worker.isEmpty() || maxJobs < 1 || leaseDuration.count() < 0) {
        return StoreError{
            StoreError::Code::InvalidArgument,
            u"Leasing needs a worker name, at least one job and a lease duration of zero or more."_s,
            {}};
    }
    const qint64 now = m_store.nowMs();
    // The candidates are chosen and taken in one statement inside one transaction. On PostgreSQL
    // FOR UPDATE SKIP LOCKED lets concurrent workers pass over the rows another worker is taking
    // instead of waiting for them or taking them twice; a row taken and committed meanwhile is
    // re-checked against the WHERE clause and dropped. SQLite has no row locks: BEGIN IMMEDIATE
    // makes leasing transactions run one after the other.
    const QString lockClause = m_store.isPostgres() ? u" FOR UPDATE SKIP LOCKED"_s : QString();
    const QString sql = u"UPDATE ll_jobs SET state = 'leased', lease_owner = ?, lease_expires_ms = ?, "
                        u"attempts = attempts + 1, updated_ms = ? "
                        u"WHERE id IN (SELECT id FROM ll_jobs "
                        u"WHERE next_attempt_ms <= ? AND (state IN ('queued', 'failed') OR (state = 'leased' "
                        u"AND lease_expires_ms <= ?)) "
                        u"ORDER BY priority DESC, next_attempt_ms, id LIMIT ?"_s
        + lockClause + u") RETURNING "_s + QLatin1StringView(jobColumns);
    QList<Job> jobs;
    auto done = m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        // Before choosing: a retry scheduled before the clock went back is due by the new clock.
        if (clockReadings().wentBack(m_store.storeId(), now)) {
            if (auto moved = m_store.exec(db, moveBackSql(m_store), {now, now, now}, moveBackAction());
                !moved)
                return moved.error();
        }
        auto update =
            m_store.exec(db, sql, {worker, now + qint64(leaseDuration.count()), now, now, now, maxJobs},
                         u"leasing jobs for %1"_s.arg(worker));
        if (!update)
            return update.error();
        while (update.value().next())
            jobs.append(jobFrom(update.value()));
        return std::nullopt;
    });
    if (!done) {
        clockReadings().forget(m_store.storeId()); // a correction rolled back with it comes again
        return done.error();
    }
    std::sort(jobs.begin(), jobs.end(), [](const Job &a, const Job &b) {
        if (a.priority != b.priority)
            return a.priority > b.priority;
        if (a.nextAttempt != b.nextAttempt)
            return a.nextAttempt < b.nextAttempt;
        return a.id < b.id;
    });
    return jobs;
}

StoreResult<void> JobQueue::updateLeased(qint64 jobId, const QString &worker, const QString &assignments,
                                         const QVariantList &values, const QString &action)
{
    auto update = m_store.write(u"UPDATE ll_jobs SET "_s + assignments
                                    + u" WHERE id = ? AND state = 'leased' AND lease_owner = ?"_s,
                                values + QVariantList{jobId, worker}, action);
    if (!update)
        return update.error();
    if (update.value().rowsAffected != 1)
        return leaseLost(m_store, jobId, worker);
    return {};
}

StoreResult<void> JobQueue::complete(qint64 jobId, const QString &worker)
{
    return updateLeased(jobId, worker, u"state = 'done', lease_expires_ms = NULL, updated_ms = ?"_s,
                        {m_store.nowMs()}, u"completing the job %1"_s.arg(jobId));
}

StoreResult<void> JobQueue::defer(qint64 jobId, const QString &worker, const QString &reason)
{
    const qint64 now = m_store.nowMs();
    return updateLeased(jobId, worker,
                        u"state = 'queued', attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END, "
                        u"lease_owner = NULL, lease_expires_ms = NULL, next_attempt_ms = ?, last_error = ?, "
                        u"updated_ms = ?"_s,
                        {now, reason, now}, u"deferring the job %1"_s.arg(jobId));
}

StoreResult<void> JobQueue::fail(qint64 jobId, const QString &worker, const JobFailure &failure)
{
    const qint64 now = m_store.nowMs();
    const QString action = u"recording the failure of the job %1"_s.arg(jobId);
    return m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        if (failure.retryAt) {
            auto update =
                m_store.exec(db,
                             u"UPDATE ll_jobs SET state = 'failed', next_attempt_ms = ?, last_error = ?, "
                             u"lease_owner = NULL, lease_expires_ms = NULL, updated_ms = ? "
                             u"WHERE id = ? AND state = 'leased' AND lease_owner = ?"_s,
                             {Sql::ms(*failure.retryAt), failure.error, now, jobId, worker}, action);
            if (!update)
                return update.error();
            if (update.value().numRowsAffected() != 1)
                return leaseLost(m_store, jobId, worker);
            return std::nullopt;
        }
        auto update =
            m_store.exec(db,
                         u"UPDATE ll_jobs SET state = 'dead', last_error = ?, lease_owner = NULL, "
                         u"lease_expires_ms = NULL, updated_ms = ? "
                         u"WHERE id = ? AND state = 'leased' AND lease_owner = ? RETURNING payload"_s,
                         {failure.error, now, jobId, worker}, action);
        if (!update)
            return update.error();
        if (!update.value().next())
            return leaseLost(m_store, jobId, worker);
        const QString payload = update.value().value(0).toString();
        update.value().finish();
        auto letter = m_store.exec(
            db,
            u"INSERT INTO ll_dead_letters (job_id, object_type, object_id, error, payload, created_ms) "
            u"VALUES (?, ?, ?, ?, ?, ?)"_s,
            {jobId, failure.objectType, failure.objectId, failure.error, payload, now}, action);
        return letter ? std::nullopt : std::optional(letter.error());
    });
}

StoreResult<int> JobQueue::release(const QString &condition, const QVariantList &values,
                                   const QString &action, bool untried)
{
    int released = 0;
    auto done = m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        auto update = m_store.exec(
            db,
            u"UPDATE ll_jobs SET state = 'queued', lease_owner = NULL, "_s
                + (untried ? u"attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END, "_s
                           : QString())
                + u"lease_expires_ms = NULL, updated_ms = ? WHERE state = 'leased' AND "_s + condition,
            QVariantList{m_store.nowMs()} + values, action);
        if (!update)
            return update.error();
        released = update.value().numRowsAffected();
        return std::nullopt;
    });
    if (!done)
        return done.error();
    return released;
}

StoreResult<int> JobQueue::releaseExpired()
{
    return release(u"lease_expires_ms <= ?"_s, {m_store.nowMs()}, u"releasing expired leases"_s);
}

StoreResult<int> JobQueue::releaseOwnedBy(const QString &worker)
{
    return release(u"lease_owner = ?"_s, {worker}, u"releasing the leases of %1"_s.arg(worker));
}

StoreResult<int> JobQueue::handBackUntried(const QString &worker, const QList<qint64> &jobIds)
{
    int handed = 0;
    auto done = m_store.transaction([&](QSqlDatabase &) -> std::optional<StoreError> {
        for (qsizetype start = 0; start < jobIds.size(); start += 500) {
            QVariantList values{worker};
            for (const qint64 id : jobIds.mid(start, 500))
                values.append(id);
            auto released = release(u"lease_owner = ? AND id"_s + Sql::inList(values.size() - 1), values,
                                    u"handing back the untried jobs of %1"_s.arg(worker), true);
            if (!released)
                return released.error();
            handed += released.value();
        }
        return std::nullopt;
    });
    if (!done)
        return done.error();
    return handed;
}

StoreResult<std::optional<Job>> JobQueue::job(qint64 jobId)
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    auto query = m_store.exec(db.value(),
                              u"SELECT "_s + QLatin1StringView(jobColumns) + u" FROM ll_jobs WHERE id = ?"_s,
                              {jobId}, u"reading the job %1"_s.arg(jobId));
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<Job>();
    return std::optional(jobFrom(query.value()));
}

StoreResult<QList<Job>> JobQueue::pending(const QString &kind)
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    auto query =
        m_store.exec(db.value(),
                     u"SELECT "_s + QLatin1StringView(jobColumns)
                         + u" FROM ll_jobs WHERE kind = ? AND state IN ('queued', 'failed', 'leased') "
                           u"ORDER BY id"_s,
                     {kind}, u"reading the pending %1 jobs"_s.arg(kind));
    if (!query)
        return query.error();
    QList<Job> jobs;
    while (query.value().next())
        jobs.append(jobFrom(query.value()));
    return jobs;
}

StoreResult<QHash<qint64, Job>> JobQueue::jobs(const QList<qint64> &jobIds)
{
    QHash<qint64, Job> found;
    if (jobIds.isEmpty())
        return found;
    auto db = m_store.database();
    if (!db)
        return db.error();
    for (const QVariantList &values : Sql::inListSlices(jobIds)) {
        auto query = m_store.exec(db.value(),
                                  u"SELECT "_s + QLatin1StringView(jobColumns) + u" FROM ll_jobs WHERE id"_s
                                      + Sql::inList(values.size()),
                                  values, u"reading %1 job(s)"_s.arg(values.size()));
        if (!query)
            return query.error();
        while (query.value().next()) {
            const Job job = jobFrom(query.value());
            found.insert(job.id, job);
        }
    }
    return found;
}

StoreResult<QHash<qint64, JobLetter>> JobQueue::deadLettersOf(const QList<qint64> &jobIds)
{
    QHash<qint64, JobLetter> found;
    if (jobIds.isEmpty())
        return found;
    auto db = m_store.database();
    if (!db)
        return db.error();
    for (const QVariantList &values : Sql::inListSlices(jobIds)) {
        // Oldest first: the newest letter of a job wins.
        auto query = m_store.exec(db.value(),
                                  u"SELECT job_id, id, replayed_ms FROM ll_dead_letters WHERE job_id"_s
                                      + Sql::inList(values.size()) + u" ORDER BY id"_s,
                                  values, u"reading the dead letters of %1 job(s)"_s.arg(values.size()));
        if (!query)
            return query.error();
        while (query.value().next()) {
            const QSqlQuery &q = query.value();
            found.insert(q.value(0).toLongLong(), JobLetter{q.value(1).toLongLong(), !q.value(2).isNull()});
        }
    }
    return found;
}

StoreResult<int> JobQueue::followClockBack()
{
    const qint64 now = m_store.nowMs();
    if (!clockReadings().wentBack(m_store.storeId(), now))
        return 0;
    auto update = m_store.write(moveBackSql(m_store), {now, now, now}, moveBackAction());
    if (!update) {
        clockReadings().forget(m_store.storeId()); // tried again next time
        return update.error();
    }
    return update.value().rowsAffected;
}

StoreResult<QHash<JobState, int>> JobQueue::counts()
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    auto query = m_store.exec(db.value(), u"SELECT state, count(*) FROM ll_jobs GROUP BY state"_s, {},
                              u"counting the jobs"_s);
    if (!query)
        return query.error();
    QHash<JobState, int> result;
    while (query.value().next()) {
        if (const auto state = jobStateFromString(query.value().value(0).toString()))
            result.insert(*state, query.value().value(1).toInt());
    }
    return result;
}

} // namespace LedgerLink::Store
