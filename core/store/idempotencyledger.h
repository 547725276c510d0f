#pragma once

#include "store/storeresult.h"

#include <QtCore/QDateTime>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace LedgerLink::Store {

class StateStore;

/// A write that has been done once and must never be done twice.
struct IdempotencyEntry
{
    QString key;
    QDateTime firstSeen;
    QString result; ///< e.g. "created", "updated"
    QString targetId; ///< the id the target system gave the record
};

/// The idempotency ledger: one row per key, the first writer wins. Thread rules: those of StateStore.
class IdempotencyLedger final
{
public:
    explicit IdempotencyLedger(StateStore &store)
        : m_store(store)
    { }

    /// Records `key` if it is new and returns true; returns false and leaves the existing
    /// entry untouched if the key was seen before.
    [[nodiscard]] StoreResult<bool> record(const QString &key, const QString &result,
                                           const QString &targetId);
    /// record() for each key, in one transaction; returns how many were new.
    [[nodiscard]] StoreResult<int> recordAll(const QStringList &keys, const QString &result);
    [[nodiscard]] StoreResult<std::optional<IdempotencyEntry>> find(const QString &key);
    /// Which of `keys` the ledger holds, in one query per 500 keys.
    [[nodiscard]] StoreResult<QSet<QString>> existing(const QStringList &keys);

private:
    StateStore &m_store;
};

} // namespace LedgerLink::Store
