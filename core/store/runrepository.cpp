#include "store/runrepository.h"

#include "store/sqlvalues.h"
#include "store/statestore.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Store {

namespace {

template<typename Enum>
Enum fromString(const QString &text, std::initializer_list<Enum> all, Enum fallback)
{
    for (const Enum value : all) {
        if (nameOf(value) == text)
            return value;
    }
    return fallback;
}

RunKind runKindFrom(const QString &text)
{
    return fromString(text, {RunKind::DryRun, RunKind::Sync, RunKind::Reconcile}, RunKind::Sync);
}

RunStatus runStatusFrom(const QString &text)
{
    return fromString(text,
                      {RunStatus::Running, RunStatus::Succeeded, RunStatus::Failed, RunStatus::Cancelled},
                      RunStatus::Failed);
}

PlanAction planActionFrom(const QString &text)
{
    return fromString(
        text,
        {PlanAction::Create, PlanAction::Update, PlanAction::Skip, PlanAction::Conflict, PlanAction::Blocked},
        PlanAction::Blocked);
}

constexpr auto runColumns = "id, kind, connection_pair, started_ms, finished_ms, status, counts";

Run runFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(),       runKindFrom(q.value(1).toString()),
            q.value(2).toString(),         Sql::time(q.value(3)),
            Sql::optionalTime(q.value(4)), runStatusFrom(q.value(5).toString()),
            Sql::jsonObject(q.value(6))};
}

} // namespace

QString nameOf(RunKind kind)
{
    switch (kind) {
    case RunKind::DryRun:
        return u"dry-run"_s;
    case RunKind::Sync:
        return u"sync"_s;
    case RunKind::Reconcile:
        return u"reconcile"_s;
    }
    return {};
}

QString nameOf(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return u"running"_s;
    case RunStatus::Succeeded:
        return u"succeeded"_s;
    case RunStatus::Failed:
        return u"failed"_s;
    case RunStatus::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QString nameOf(PlanAction action)
{
    switch (action) {
    case PlanAction::Create:
        return u"create"_s;
    case PlanAction::Update:
        return u"update"_s;
    case PlanAction::Skip:
        return u"skip"_s;
    case PlanAction::Conflict:
        return u"conflict"_s;
    case PlanAction::Blocked:
        return u"blocked"_s;
    }
    return {};
}

StoreResult<Run> RunRepository::startRun(RunKind kind, const QString &connectionPair)
{
    Run run;
    run.kind = kind;
    run.connectionPair = connectionPair;
    run.started = m_store.now();
    auto done = m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        auto insert =
            m_store.exec(db,
                         u"INSERT INTO ll_runs (kind, connection_pair, started_ms, status, counts) "
                         u"VALUES (?, ?, ?, 'running', '{}') RETURNING id"_s,
                         {nameOf(kind), connectionPair, Sql::ms(run.started)}, u"starting the run"_s);
        if (!insert)
            return insert.error();
        insert.value().next();
        run.id = insert.value().value(0).toLongLong();
        return std::nullopt;
    });
    if (!done)
        return done.error();
    return run;
}

StoreResult<void> RunRepository::finishRun(qint64 runId, RunStatus status, const QJsonObject &counts)
{
    return m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        auto update =
            m_store.exec(db, u"UPDATE ll_runs SET finished_ms = ?, status = ?, counts = ? WHERE id = ?"_s,
                         {m_store.nowMs(), nameOf(status), Sql::jsonText(counts), runId},
                         u"finishing the run %1"_s.arg(runId));
        if (!update)
            return update.error();
        if (update.value().numRowsAffected() != 1) {
            return StoreError{
                StoreError::Code::NotFound,
                u"The run %1 does not exist in %2."_s.arg(runId).arg(m_store.location().describe()),
                {}};
        }
        return std::nullopt;
    });
}

StoreResult<std::optional<Run>> RunRepository::run(qint64 runId)
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    auto query = m_store.exec(db.value(),
                              u"SELECT "_s + QLatin1StringView(runColumns) + u" FROM ll_runs WHERE id = ?"_s,
                              {runId}, u"reading the run %1"_s.arg(runId));
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<Run>();
    return std::optional(runFrom(query.value()));
}

StoreResult<QList<Run>> RunRepository::recentRuns(int limit)
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    auto query = m_store.exec(db.value(),
                              u"SELECT "_s + QLatin1StringView(runColumns)
                                  + u" FROM ll_runs ORDER BY started_ms DESC, id DESC LIMIT ?"_s,
                              {qMax(0, limit)}, u"reading the runs"_s);
    if (!query)
        return query.error();
    QList<Run> result;
    while (query.value().next())
        result.append(runFrom(query.value()));
    return result;
}

StoreResult<void> RunRepository::addPlanItems(qint64 runId, const QList<PlanItem> &items)
{
    return m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        for (const PlanItem &item : items) {
            auto insert = m_store.exec(db,
                                       u"INSERT INTO ll_plans (run_id, object_type, object_id, action, "
                                       u"match_key, before_json, after_json, diff_json) "
                                       u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                       {runId, item.objectType, item.objectId, nameOf(item.action),
                                        item.matchKey, Sql::jsonText(item.before), Sql::jsonText(item.after),
                                        Sql::jsonText(item.diff)},
                                       u"storing the plan of the run %1"_s.arg(runId));
            if (!insert)
                return insert.error();
        }
        return std::nullopt;
    });
}

StoreResult<QList<PlanItem>> RunRepository::plan(qint64 runId)
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    auto query = m_store.exec(
        db.value(),
        u"SELECT id, run_id, object_type, object_id, action, match_key, before_json, after_json, diff_json "
        u"FROM ll_plans WHERE run_id = ? ORDER BY id"_s,
        {runId}, u"reading the plan of the run %1"_s.arg(runId));
    if (!query)
        return query.error();
    QList<PlanItem> result;
    QSqlQuery &q = query.value();
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                       q.value(3).toString(), planActionFrom(q.value(4).toString()), q.value(5).toString(),
                       Sql::jsonObject(q.value(6)), Sql::jsonObject(q.value(7)),
                       Sql::jsonObject(q.value(8))});
    }
    return result;
}

} // namespace LedgerLink::Store
