#pragma once

#include "store/storeresult.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Store {

class StateStore;

/// The last payload the engine wrote for one source record (what "unchanged" is compared with).
struct WrittenPayload
{
    QString hash; ///< SHA-256 of the compact JSON, hex
    QJsonObject payload;
    QDateTime updated;
};

/**
 * The sync engine's own bookkeeping (schema migration 3): named settings such as polling cursors,
 * the last payload written per source record, and the dead-letter details the job queue does not
 * keep (the last request and response).
 *
 * Thread: like every repository, use it from the thread that uses its StateStore connection.
 */
class EngineStateRepository final
{
public:
    explicit EngineStateRepository(StateStore &store)
        : m_store(store)
    { }

    /// The value of a setting, or an empty string when it was never set.
    [[nodiscard]] StoreResult<QString> setting(const QString &key);
    [[nodiscard]] StoreResult<void> setSetting(const QString &key, const QString &value);

    [[nodiscard]] StoreResult<std::optional<WrittenPayload>>
    written(const QString &connectionPair, const QString &objectType, const QString &storeId);
    /// The hashes of the payloads last written for many source records: store id → hash.
    [[nodiscard]] StoreResult<QHash<QString, QString>>
    writtenHashes(const QString &connectionPair, const QString &objectType, const QStringList &storeIds);
    /// When the payloads of many source records were last written (UTC): store id → time.
    [[nodiscard]] StoreResult<QHash<QString, QDateTime>>
    writtenTimes(const QString &connectionPair, const QString &objectType, const QStringList &storeIds);
    /// `hash` and `json`: hashOf(payload) and its compact JSON when the caller has them already
    /// (empty: computed here).
    [[nodiscard]] StoreResult<void> setWritten(const QString &connectionPair, const QString &objectType,
                                               const QString &storeId, const QJsonObject &payload,
                                               const QString &hash = {}, const QByteArray &json = {});

    /// Merges `details` into the payload of the dead letter made from job `jobId` (the newest one).
    [[nodiscard]] StoreResult<void> addDeadLetterDetails(qint64 jobId, const QJsonObject &details);
    /// Removes a dead letter for good (the caller keeps an audit row of it). NotFound if absent.
    [[nodiscard]] StoreResult<void> discardDeadLetter(qint64 id);
    /// Merges `details` into dead letter `id`'s payload (what a replay enqueues); refused with
    /// NotFound when there is no such letter and InvalidArgument when it was already replayed.
    [[nodiscard]] StoreResult<void> editDeadLetter(qint64 id, const QJsonObject &details);

    /// When the earliest queued or failed job is due; nullopt when none is waiting. Moves the due
    /// times back first if the clock went back (JobQueue::followClockBack()).
    [[nodiscard]] StoreResult<std::optional<QDateTime>> nextDue();
    /// Jobs still to be done: queued, failed (waiting for a retry) or leased; of `kind` only
    /// when given.
    [[nodiscard]] StoreResult<int> pendingJobs(const QString &kind = {});

    /// SHA-256 of the payload's compact JSON, hex.
    [[nodiscard]] static QString hashOf(const QJsonObject &payload);

private:
    StateStore &m_store;
};

} // namespace LedgerLink::Store
