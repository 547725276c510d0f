#include "store/idempotencyledger.h"

#include "store/sqlvalues.h"
#include "store/statestore.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Store {

StoreResult<bool> IdempotencyLedger::record(const QString &key, const QString &result,
                                            const QString &targetId)
{
    if (key.isEmpty())
        return StoreError{StoreError::Code::InvalidArgument, u"An idempotency key must not be empty."_s, {}};
    // ON CONFLICT DO NOTHING (SQLite 3.24+, PostgreSQL 9.5+): a concurrent writer of the same
    // key neither fails nor overwrites the first entry.
    auto insert = m_store.write(u"INSERT INTO ll_idempotency (idem_key, first_seen_ms, result, "
                                u"target_id) VALUES (?, ?, ?, ?) "
                                u"ON CONFLICT (idem_key) DO NOTHING"_s,
                                {key, m_store.nowMs(), result, targetId}, u"recording the idempotency key"_s);
    if (!insert)
        return insert.error();
    return insert.value().rowsAffected == 1;
}

StoreResult<int> IdempotencyLedger::recordAll(const QStringList &keys, const QString &result)
{
    if (keys.contains(QString()))
        return StoreError{StoreError::Code::InvalidArgument, u"An idempotency key must not be empty."_s, {}};
    int inserted = 0;
    auto done = m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        const qint64 now = m_store.nowMs();
        for (const QString &key : keys) {
            auto insert =
                m_store.execWrite(db,
                                  u"INSERT INTO ll_idempotency (idem_key, first_seen_ms, result, target_id) "
                                  u"VALUES (?, ?, ?, ?) ON CONFLICT (idem_key) DO NOTHING"_s,
                                  {key, now, result, QString()}, u"recording the idempotency keys"_s);
            if (!insert)
                return insert.error();
            inserted += insert.value().rowsAffected;
        }
        return std::nullopt;
    });
    if (!done)
        return done.error();
    return inserted;
}

StoreResult<std::optional<IdempotencyEntry>> IdempotencyLedger::find(const QString &key)
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    auto query = m_store.exec(
        db.value(),
        u"SELECT idem_key, first_seen_ms, result, target_id FROM ll_idempotency WHERE idem_key = ?"_s, {key},
        u"reading the idempotency ledger"_s);
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    if (!q.next())
        return std::optional<IdempotencyEntry>();
    return std::optional(IdempotencyEntry{q.value(0).toString(), Sql::time(q.value(1)), q.value(2).toString(),
                                          q.value(3).toString()});
}

StoreResult<QSet<QString>> IdempotencyLedger::existing(const QStringList &keys)
{
    QSet<QString> found;
    auto db = m_store.database();
    if (!db)
        return db.error();
    for (const QVariantList &slice : Sql::inListSlices(keys)) {
        auto query = m_store.exec(
            db.value(), u"SELECT idem_key FROM ll_idempotency WHERE idem_key"_s + Sql::inList(slice.size()),
            slice, u"reading the idempotency ledger"_s);
        if (!query)
            return query.error();
        while (query.value().next())
            found.insert(query.value().value(0).toString());
    }
    return found;
}

} // namespace LedgerLink::Store
