#pragma once

#include "store/storeresult.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <chrono>
#include <optional>

namespace LedgerLink::Store {

class StateStore;

/// queued → leased → done; leased → failed (to be retried at nextAttempt) → leased …;
/// leased → dead (with a dead letter).
enum class JobState { Queued, Leased, Done, Failed, Dead };

[[nodiscard]] QString nameOf(JobState state);
[[nodiscard]] std::optional<JobState> jobStateFromString(const QString &text);

/// A durable unit of work of the engine.
struct Job
{
    qint64 id = 0;
    QString kind; ///< e.g. "order.push"
    JobState state = JobState::Queued;
    int priority = 0; ///< higher first
    int attempts = 0; ///< leases so far
    QDateTime nextAttempt;
    QString leaseOwner; ///< empty when not leased
    QDateTime leaseExpires; ///< invalid when not leased
    QJsonObject payload;
    QString lastError;
    QDateTime created;
    QDateTime updated;
};

/// What to enqueue.
struct NewJob
{
    QString kind;
    QJsonObject payload;
    int priority = 0;
    QDateTime notBefore; ///< invalid: due now
};

/// How a leased job failed: retried at `retryAt`, or dead (a dead letter naming the object).
struct JobFailure
{
    QString error;
    std::optional<QDateTime> retryAt; ///< std::nullopt: the job is dead
    QString objectType; ///< for the dead letter
    QString objectId; ///< for the dead letter
};

/// The dead letter a dead job left (JobQueue::fail()).
struct JobLetter
{
    qint64 id = 0;
    bool replayed = false; ///< replayed since: a new job carries the record
};

/// The durable job queue. Several workers (threads or processes) may share one queue: lease()
/// never hands the same job to two workers while a lease runs (PostgreSQL: SELECT … FOR UPDATE
/// SKIP LOCKED; SQLite: BEGIN IMMEDIATE serialises the leasing transactions).
/// Thread rules: those of StateStore.
class JobQueue final
{
public:
    explicit JobQueue(StateStore &store)
        : m_store(store)
    { }

    [[nodiscard]] StoreResult<qint64> enqueue(const NewJob &job);

    /// Leases up to `maxJobs` due jobs (queued or failed with nextAttempt ≤ now, or leased with
    /// an expired lease) for `worker`, highest priority first, then oldest due, for
    /// `leaseDuration`. Each leased job's attempts is incremented. Due times follow the clock back
    /// first (followClockBack()).
    [[nodiscard]] StoreResult<QList<Job>> lease(const QString &worker, int maxJobs,
                                                std::chrono::milliseconds leaseDuration);
    /// Marks a job leased by `worker` done; LeaseLost when its lease was taken over or released.
    [[nodiscard]] StoreResult<void> complete(qint64 jobId, const QString &worker);
    /// Marks a job leased by `worker` failed (to retry at failure.retryAt) or dead, in which
    /// case a dead letter with the job's payload is written in the same transaction.
    [[nodiscard]] StoreResult<void> fail(qint64 jobId, const QString &worker, const JobFailure &failure);
    /// Hands a job leased by `worker` back to the queue, due now, without counting this lease as
    /// an attempt: the job did not try (it waits behind another job of the same record).
    /// LeaseLost as complete().
    [[nodiscard]] StoreResult<void> defer(qint64 jobId, const QString &worker, const QString &reason);
    /// Returns expired leases to the queue (state queued, no owner); returns how many.
    [[nodiscard]] StoreResult<int> releaseExpired();
    /// Returns every job `worker` holds to the queue whatever its lease's expiry; returns how
    /// many. For a worker that knows the earlier holder of its name is gone (an engine process
    /// that holds the workspace's engine lock after a crash of the previous one).
    [[nodiscard]] StoreResult<int> releaseOwnedBy(const QString &worker);
    /// Returns the jobs `jobIds` that `worker` holds to the queue and gives back the attempt
    /// their lease counted: for a run stopped (Ctrl+C, Cancel) before it tried them. Jobs not
    /// (or no longer) held by `worker` stay as they are. Returns how many were handed back.
    [[nodiscard]] StoreResult<int> handBackUntried(const QString &worker, const QList<qint64> &jobIds);

    [[nodiscard]] StoreResult<std::optional<Job>> job(qint64 jobId);
    /// The jobs of `kind` not finished yet (queued, leased or waiting for a retry), oldest first.
    [[nodiscard]] StoreResult<QList<Job>> pending(const QString &kind);
    /// The jobs `jobIds` that exist, by id (one query per 500 ids).
    [[nodiscard]] StoreResult<QHash<qint64, Job>> jobs(const QList<qint64> &jobIds);
    /// The dead letters the jobs `jobIds` left, by job id (the newest when a job left several).
    [[nodiscard]] StoreResult<QHash<qint64, JobLetter>> deadLettersOf(const QList<qint64> &jobIds);
    /// Number of jobs per state (states without jobs are absent).
    [[nodiscard]] StoreResult<QHash<JobState, int>> counts();

    /**
     * Keeps the waits of queued and failed jobs after the store's clock went back. Due times are
     * absolute instants: a retry asked for in 30 s would otherwise wait 30 s plus however far the
     * clock went back. A job whose updated time is later than now was scheduled by the clock
     * before it went back by (updated − now): its due time moves back by as much and its updated
     * time becomes now, so it is due no later than the wait it asked for, counted from now.
     * Forward jumps need nothing (due jobs are just due).
     *
     * The statement runs only on the first call for this StateStore object in this process (the
     * clock may have gone back while nothing ran) and whenever the clock reads earlier than at the
     * previous call, so it costs one clock reading otherwise; it touches the queued and failed
     * jobs only (the ll_jobs_due index leads with the state). lease() does the same in its own
     * transaction and EngineStateRepository::nextDue() calls it before its query. Returns how many
     * jobs moved.
     *
     * Several processes sharing one PostgreSQL queue: a worker whose clock is behind another's by
     * s moves that worker's jobs of the last s milliseconds back by at most s when it starts.
     */
    [[nodiscard]] StoreResult<int> followClockBack();

private:
    /// Sets `assignments` (SQL with '?' for `values`) on a job `worker` holds; LeaseLost otherwise.
    StoreResult<void> updateLeased(qint64 jobId, const QString &worker, const QString &assignments,
                                   const QVariantList &values, const QString &action);
    /// Returns the leased jobs matching `condition` (SQL with '?' for `values`) to the queue;
    /// `untried`: without counting the attempt of their lease.
    StoreResult<int> release(const QString &condition, const QVariantList &values, const QString &action,
                             bool untried = false);

    StateStore &m_store;
};

} // namespace LedgerLink::Store
