#include "store/deadletterrepository.h"

#include "store/sqlvalues.h"
#include "store/statestore.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Store {

namespace {

constexpr auto letterColumns = "id, job_id, object_type, object_id, error, payload, created_ms, replayed_ms";

DeadLetter letterFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), Sql::optionalId(q.value(1)),  q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(),        Sql::jsonObject(q.value(5)),
            Sql::time(q.value(6)),   Sql::optionalTime(q.value(7))};
}

} // namespace

StoreResult<qint64> DeadLetterRepository::add(const DeadLetter &letter)
{
    qint64 id = 0;
    auto done = m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        auto insert =
            m_store.exec(db,
                         u"INSERT INTO ll_dead_letters (job_id, object_type, object_id, error, payload, "
                         u"created_ms, replayed_ms) "
                         u"VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                         {Sql::id(letter.jobId), letter.objectType, letter.objectId, letter.error,
                          Sql::jsonText(letter.payload),
                          letter.created.isValid() ? letter.created.toMSecsSinceEpoch() : m_store.nowMs(),
                          Sql::ms(letter.replayed)},
                         u"adding the dead letter"_s);
        if (!insert)
            return insert.error();
        insert.value().next();
        id = insert.value().value(0).toLongLong();
        return std::nullopt;
    });
    if (!done)
        return done.error();
    return id;
}

StoreResult<QList<DeadLetter>> DeadLetterRepository::list(bool includeReplayed)
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    auto query = m_store.exec(db.value(),
                              u"SELECT "_s + QLatin1StringView(letterColumns) + u" FROM ll_dead_letters"_s
                                  + (includeReplayed ? QString() : u" WHERE replayed_ms IS NULL"_s)
                                  + u" ORDER BY created_ms DESC, id DESC"_s,
                              {}, u"reading the dead letters"_s);
    if (!query)
        return query.error();
    QList<DeadLetter> result;
    while (query.value().next())
        result.append(letterFrom(query.value()));
    return result;
}

StoreResult<std::optional<DeadLetter>> DeadLetterRepository::find(qint64 id)
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    auto query = m_store.exec(
        db.value(), u"SELECT "_s + QLatin1StringView(letterColumns) + u" FROM ll_dead_letters WHERE id = ?"_s,
        {id}, u"reading the dead letter %1"_s.arg(id));
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<DeadLetter>();
    return std::optional(letterFrom(query.value()));
}

StoreResult<std::optional<DeadLetter>> DeadLetterRepository::findOpen(const QString &objectType,
                                                                      const QString &objectId)
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    auto query = m_store.exec(db.value(),
                              u"SELECT "_s + QLatin1StringView(letterColumns)
                                  + u" FROM ll_dead_letters WHERE object_type = ? AND object_id = ? "
                                    u"AND replayed_ms IS NULL ORDER BY created_ms DESC, id DESC"_s,
                              {objectType, objectId},
                              u"reading the dead letters of %1 %2"_s.arg(objectType, objectId));
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<DeadLetter>();
    return std::optional(letterFrom(query.value()));
}

StoreResult<qint64> DeadLetterRepository::replay(qint64 id, const QString &jobKind)
{
    if (jobKind.isEmpty())
        return StoreError{StoreError::Code::InvalidArgument, u"Replaying needs a job kind."_s, {}};
    qint64 jobId = 0;
    const QString action = u"replaying the dead letter %1"_s.arg(id);
    auto done = m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        auto letter = m_store.exec(db,
                                   u"SELECT replayed_ms, payload FROM ll_dead_letters WHERE id = ?"_s
                                       + (m_store.isPostgres() ? u" FOR UPDATE"_s : QString()),
                                   {id}, action);
        if (!letter)
            return letter.error();
        if (!letter.value().next()) {
            return StoreError{
                StoreError::Code::NotFound,
                u"The dead letter %1 does not exist in %2."_s.arg(id).arg(m_store.location().describe()),
                {}};
        }
        if (!letter.value().value(0).isNull()) {
            return StoreError{
                StoreError::Code::InvalidArgument, u"The dead letter %1 was replayed already."_s.arg(id), {}};
        }
        const QString payload = letter.value().value(1).toString();
        letter.value().finish();
        const qint64 now = m_store.nowMs();
        auto insert = m_store.exec(db,
                                   u"INSERT INTO ll_jobs (kind, state, priority, attempts, next_attempt_ms, "
                                   u"payload, last_error, created_ms, updated_ms) "
                                   u"VALUES (?, 'queued', 0, 0, ?, ?, '', ?, ?) RETURNING id"_s,
                                   {jobKind, now, payload, now, now}, action);
        if (!insert)
            return insert.error();
        insert.value().next();
        jobId = insert.value().value(0).toLongLong();
        insert.value().finish();
        auto mark =
            m_store.exec(db, u"UPDATE ll_dead_letters SET replayed_ms = ? WHERE id = ?"_s, {now, id}, action);
        return mark ? std::nullopt : std::optional(mark.error());
    });
    if (!done)
        return done.error();
    return jobId;
}

} // namespace LedgerLink::Store
