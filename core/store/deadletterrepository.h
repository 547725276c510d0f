#pragma once

#include "store/storeresult.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Store {

class StateStore;

/// A job that failed for good, kept visible and replayable.
struct DeadLetter
{
    qint64 id = 0;
    std::optional<qint64> jobId;
    QString objectType;
    QString objectId;
    QString error;
    QJsonObject payload;
    QDateTime created;
    std::optional<QDateTime> replayed;
};

/// Dead letters. JobQueue::fail() writes them; users list and replay them.
/// Thread rules: those of StateStore.
class DeadLetterRepository final
{
public:
    explicit DeadLetterRepository(StateStore &store)
        : m_store(store)
    { }

    [[nodiscard]] StoreResult<qint64> add(const DeadLetter &letter);
    /// Newest first; replayed letters only when `includeReplayed`.
    [[nodiscard]] StoreResult<QList<DeadLetter>> list(bool includeReplayed = false);
    [[nodiscard]] StoreResult<std::optional<DeadLetter>> find(qint64 id);
    /// The newest dead letter of `objectType` `objectId` not replayed yet, if any.
    [[nodiscard]] StoreResult<std::optional<DeadLetter>> findOpen(const QString &objectType,
                                                                  const QString &objectId);
    /// Enqueues a new job of `jobKind` with the letter's payload and marks the letter replayed,
    /// in one transaction; returns the new job's id. InvalidArgument if already replayed.
    [[nodiscard]] StoreResult<qint64> replay(qint64 id, const QString &jobKind);

private:
    StateStore &m_store;
};

} // namespace LedgerLink::Store
