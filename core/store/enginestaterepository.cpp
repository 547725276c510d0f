#include "store/enginestaterepository.h"

#include "store/jobqueue.h"
#include "store/redactor.h"
#include "store/sqlvalues.h"
#include "store/statestore.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimeZone>

using namespace Qt::StringLiterals;

namespace LedgerLink::Store {

StoreResult<QString> EngineStateRepository::setting(const QString &key)
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    auto query = m_store.exec(db.value(), u"SELECT value FROM ll_settings WHERE setting_key = ?"_s, {key},
                              u"reading the setting %1"_s.arg(key));
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toString() : QString();
}

StoreResult<void> EngineStateRepository::setSetting(const QString &key, const QString &value)
{
    return m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        auto upsert =
            m_store.exec(db,
                         u"INSERT INTO ll_settings (setting_key, value, updated_ms) VALUES (?, ?, ?) "
                         u"ON CONFLICT (setting_key) DO UPDATE SET value = excluded.value, "
                         u"updated_ms = excluded.updated_ms"_s,
                         {key, value, m_store.nowMs()}, u"saving the setting %1"_s.arg(key));
        if (!upsert)
            return upsert.error();
        return std::nullopt;
    });
}

StoreResult<std::optional<WrittenPayload>> EngineStateRepository::written(const QString &connectionPair,
                                                                          const QString &objectType,
                                                                          const QString &storeId)
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    auto query = m_store.exec(db.value(),
                              u"SELECT payload_hash, payload, updated_ms FROM ll_written "
                              u"WHERE connection_pair = ? AND object_type = ? AND store_id = ?"_s,
                              {connectionPair, objectType, storeId}, u"reading the last written payload"_s);
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    if (!q.next())
        return std::optional<WrittenPayload>();
    return std::optional(
        WrittenPayload{q.value(0).toString(), Sql::jsonObject(q.value(1)), Sql::time(q.value(2))});
}

StoreResult<QHash<QString, QString>> EngineStateRepository::writtenHashes(const QString &connectionPair,
                                                                          const QString &objectType,
                                                                          const QStringList &storeIds)
{
    QHash<QString, QString> hashes;
    const auto read = Sql::eachRowOf(
        m_store, u"SELECT store_id, payload_hash FROM ll_written"_s, connectionPair, objectType, storeIds,
        u"reading the last written payloads"_s,
        [&](const QString &id, const QSqlQuery &row) { hashes.insert(id, row.value(1).toString()); });
    if (!read)
        return read.error();
    return hashes;
}

StoreResult<QHash<QString, QDateTime>> EngineStateRepository::writtenTimes(const QString &connectionPair,
                                                                           const QString &objectType,
                                                                           const QStringList &storeIds)
{
    QHash<QString, QDateTime> times;
    const auto read = Sql::eachRowOf(
        m_store, u"SELECT store_id, updated_ms FROM ll_written"_s, connectionPair, objectType, storeIds,
        u"reading when the payloads were last written"_s,
        [&](const QString &id, const QSqlQuery &row) { times.insert(id, Sql::time(row.value(1))); });
    if (!read)
        return read.error();
    return times;
}

StoreResult<void> EngineStateRepository::setWritten(const QString &connectionPair, const QString &objectType,
                                                    const QString &storeId, const QJsonObject &payload,
                                                    const QString &hash, const QByteArray &json)
{
    auto upsert = m_store.write(
        u"INSERT INTO ll_written (connection_pair, object_type, store_id, payload_hash, payload, "
        u"updated_ms) "
        u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (connection_pair, object_type, store_id) DO UPDATE "
        u"SET "
        u"payload_hash = excluded.payload_hash, payload = excluded.payload, updated_ms = excluded.updated_ms"_s,
        {connectionPair, objectType, storeId, hash.isEmpty() ? hashOf(payload) : hash,
         json.isEmpty() ? Sql::jsonText(payload) : QString::fromUtf8(Redactor::withoutCardData(json)),
         m_store.nowMs()},
        u"saving the written payload"_s);
    if (!upsert)
        return upsert.error();
    return {};
}

StoreResult<void> EngineStateRepository::addDeadLetterDetails(qint64 jobId, const QJsonObject &details)
{
    return m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        auto select = m_store.exec(db,
                                   u"SELECT id, payload FROM ll_dead_letters WHERE job_id = ? "
                                   u"ORDER BY id DESC LIMIT 1"_s,
                                   {jobId}, u"reading the dead letter of job %1"_s.arg(jobId));
        if (!select)
            return select.error();
        if (!select.value().next())
            return StoreError{StoreError::Code::NotFound, u"Job %1 has no dead letter."_s.arg(jobId), {}};
        const qint64 id = select.value().value(0).toLongLong();
        QJsonObject payload = Sql::jsonObject(select.value().value(1));
        for (auto it = details.begin(); it != details.end(); ++it)
            payload.insert(it.key(), it.value());
        select.value().finish();
        auto update = m_store.exec(db, u"UPDATE ll_dead_letters SET payload = ? WHERE id = ?"_s,
                                   {Sql::jsonText(payload), id}, u"saving the dead letter's details"_s);
        if (!update)
            return update.error();
        return std::nullopt;
    });
}

StoreResult<void> EngineStateRepository::editDeadLetter(qint64 id, const QJsonObject &details)
{
    return m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        auto select = m_store.exec(db, u"SELECT payload, replayed_ms FROM ll_dead_letters WHERE id = ?"_s,
                                   {id}, u"reading dead letter %1"_s.arg(id));
        if (!select)
            return select.error();
        if (!select.value().next())
            return StoreError{StoreError::Code::NotFound, u"There is no dead letter %1."_s.arg(id), {}};
        if (!select.value().value(1).isNull())
            return StoreError{
                StoreError::Code::InvalidArgument,
                u"Dead letter %1 was already replayed; edit the new one if it fails again."_s.arg(id),
                {}};
        QJsonObject payload = Sql::jsonObject(select.value().value(0));
        for (auto it = details.begin(); it != details.end(); ++it)
            payload.insert(it.key(), it.value());
        select.value().finish();
        auto update = m_store.exec(db, u"UPDATE ll_dead_letters SET payload = ? WHERE id = ?"_s,
                                   {Sql::jsonText(payload), id}, u"saving dead letter %1"_s.arg(id));
        if (!update)
            return update.error();
        return std::nullopt;
    });
}

StoreResult<void> EngineStateRepository::discardDeadLetter(qint64 id)
{
    return m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        auto remove = m_store.exec(db, u"DELETE FROM ll_dead_letters WHERE id = ?"_s, {id},
                                   u"discarding dead letter %1"_s.arg(id));
        if (!remove)
            return remove.error();
        if (remove.value().numRowsAffected() != 1)
            return StoreError{StoreError::Code::NotFound, u"There is no dead letter %1."_s.arg(id), {}};
        return std::nullopt;
    });
}

StoreResult<std::optional<QDateTime>> EngineStateRepository::nextDue()
{
    // Waits asked for before the clock went back count from now, not from the old clock.
    if (auto followed = JobQueue(m_store).followClockBack(); !followed)
        return followed.error();
    auto db = m_store.database();
    if (!db)
        return db.error();
    auto query =
        m_store.exec(db.value(),
                     u"SELECT min(CASE WHEN state = 'leased' THEN lease_expires_ms ELSE next_attempt_ms END) "
                     u"FROM ll_jobs WHERE state IN ('queued', 'failed', 'leased')"_s,
                     {}, u"reading when the next job is due"_s);
    if (!query)
        return query.error();
    if (!query.value().next() || query.value().value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional(
        QDateTime::fromMSecsSinceEpoch(query.value().value(0).toLongLong(), QTimeZone::utc()));
}

StoreResult<int> EngineStateRepository::pendingJobs(const QString &kind)
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    const QString pending = u"SELECT count(*) FROM ll_jobs WHERE state IN ('queued', 'failed', 'leased')"_s;
    auto query = kind.isEmpty()
        ? m_store.exec(db.value(), pending, {}, u"counting the pending jobs"_s)
        : m_store.exec(db.value(), pending + u" AND kind = ?"_s, {kind}, u"counting the pending jobs"_s);
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toInt() : 0;
}

QString EngineStateRepository::hashOf(const QJsonObject &payload)
{
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(payload).toJson(QJsonDocument::Compact),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

} // namespace LedgerLink::Store
