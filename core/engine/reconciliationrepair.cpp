// Repair mode of the truth pass: each finding's repair goes through the normal job path (the same
// "push.order" / "push.<rule>" jobs `run` uses, their idempotency keys and cross-references), but
// only where the rollout stage lets LedgerLink write that side and only when a job can do it.

#include "engine/reconciliationrepair_p.h"

#include "engine/executor.h"
#include "store/enginestaterepository.h"
#include "store/jobqueue.h"
#include "store/statestore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Engine::Reconciler)
};

/// The record a job names: "order_id" for orders, "id" for the other rules.
QString recordOf(const QJsonObject &payload)
{
    const QJsonValue order = payload.value(u"order_id"_s);
    return order.isUndefined() ? payload.value(u"id"_s).toVariant().toString() : order.toVariant().toString();
}

} // namespace

QString nameOf(ReconcileMode mode)
{
    return mode == ReconcileMode::Repair ? u"repair"_s : u"report"_s;
}

QJsonObject RepairTally::toJson() const
{
    QJsonObject json{{u"enqueued"_s, enqueued},      {u"already_queued"_s, alreadyQueued},
                     {u"not_allowed"_s, notAllowed}, {u"review"_s, review},
                     {u"dead_letter"_s, deadLetter}, {u"ran"_s, ran}};
    if (ran)
        json.insert(u"run"_s, run);
    if (!note.isEmpty())
        json.insert(u"note"_s, note);
    return json;
}

ReconcileSchedule reconcileScheduleOf(Store::StateStore &store, QString *error)
{
    ReconcileSchedule result;
    Store::EngineStateRepository state(store);
    const auto text = state.setting(QString::fromLatin1(reconcileScheduleSetting));
    const auto mode = state.setting(QString::fromLatin1(reconcileModeSetting));
    if (!text || !mode) {
        *error = !text ? text.error().message : mode.error().message;
        return result;
    }
    if (!text.value().isEmpty())
        result.text = text.value();
    result.mode = mode.value() == u"repair"_s ? ReconcileMode::Repair : ReconcileMode::Report;
    if (result.text == u"off"_s)
        return result;
    QString why;
    result.schedule = Schedule::parse(result.text, &why);
    if (!result.schedule)
        *error = Text::tr("the reconciliation schedule \"%1\" is not understood: %2").arg(result.text, why);
    return result;
}

bool setReconcileSchedule(Store::StateStore &store, const QString &text, ReconcileMode mode, QString *error)
{
    if (text != u"off"_s && !Schedule::parse(text, error))
        return false;
    Store::EngineStateRepository state(store);
    auto done = store.transaction([&](QSqlDatabase &) -> std::optional<Store::StoreError> {
        if (auto saved = state.setSetting(QString::fromLatin1(reconcileScheduleSetting), text); !saved)
            return saved.error();
        if (auto saved = state.setSetting(QString::fromLatin1(reconcileModeSetting), nameOf(mode)); !saved)
            return saved.error();
        return std::nullopt;
    });
    if (!done) {
        *error = done.error().message;
        return false;
    }
    return true;
}

namespace Repair {

bool enqueue(const WorkspaceConfig &config, Store::StateStore &store, qint64 runId,
             QList<ReconciliationFinding> &findings, RepairTally &tally, QString *error)
{
    Store::JobQueue queue(store);
    const QString stage = Mapping::nameOf(config.mapping.policies.rolloutStage);
    QHash<QString, QHash<QString, qint64>> pendingRepairs; // kind → record id → job id
    RepairTally counted;
    QList<QJsonObject> repairs;
    repairs.reserve(findings.size());
    const auto pendingOf = [&](const QString &kind) -> std::optional<QHash<QString, qint64>> {
        if (const auto known = pendingRepairs.constFind(kind); known != pendingRepairs.cend())
            return *known;
        auto jobs = queue.pending(kind);
        if (!jobs) {
            *error = jobs.error().message;
            return std::nullopt;
        }
        QHash<QString, qint64> byRecord;
        for (const Store::Job &job : jobs.value()) {
            if (job.payload.contains(u"repair"_s))
                byRecord.insert(recordOf(job.payload), job.id);
        }
        pendingRepairs.insert(kind, byRecord);
        return byRecord;
    };

    auto done = store.transaction([&](QSqlDatabase &) -> std::optional<Store::StoreError> {
        repairs.clear();
        counted = {};
        pendingRepairs.clear();
        for (const ReconciliationFinding &finding : std::as_const(findings)) {
            QJsonObject repair = finding.repair;
            const QJsonObject job = repair.value(u"job"_s).toObject();
            const QString side = repair.value(u"side"_s).toString();
            if (repair.value(u"action"_s).toString() == u"review"_s || job.isEmpty()) {
                repair.insert(u"status"_s, u"review"_s);
                repair.insert(u"note"_s,
                              Text::tr("needs a person: %1").arg(repair.value(u"description"_s).toString()));
                ++counted.review;
            } else if (const QJsonValue letter = repair.value(u"dead_letter"_s); !letter.isUndefined()) {
                // Enqueuing again would only fail again and add a second dead letter.
                repair.insert(u"status"_s, u"dead_letter"_s);
                repair.insert(u"note"_s,
                              Text::tr("the record waits in the dead-letter queue: fix its cause, then "
                                       "\"ledgerlink-cli dlq replay %1\"")
                                  .arg(letter.toInteger()));
                ++counted.deadLetter;
            } else if (side == u"erp"_s ? !config.allowWrites : !config.allowStoreWrites) {
                repair.insert(u"status"_s, u"not_allowed"_s);
                repair.insert(u"note"_s,
                              Text::tr("the rollout stage \"%1\" does not let LedgerLink write to the %2")
                                  .arg(stage, side == u"erp"_s ? Text::tr("ERP") : Text::tr("store")));
                ++counted.notAllowed;
            } else {
                const QString kind = job.value(u"kind"_s).toString();
                QJsonObject payload = job.value(u"payload"_s).toObject();
                const QString record = recordOf(payload);
                const auto pending = pendingOf(kind);
                if (!pending)
                    return Store::StoreError{Store::StoreError::Code::QueryFailed, *error, {}};
                if (const auto queued = pending->constFind(record); queued != pending->cend()) {
                    repair.insert(u"status"_s, u"already_queued"_s);
                    repair.insert(u"job_id"_s, *queued);
                    repair.insert(u"note"_s,
                                  Text::tr("the same repair is queued already (job %1)").arg(*queued));
                    ++counted.alreadyQueued;
                } else {
                    payload.insert(u"repair"_s,
                                   QJsonObject{{u"run"_s, runId},
                                               {u"action"_s, repair.value(u"action"_s)},
                                               {u"target_id"_s, repair.value(u"target_id"_s)},
                                               {u"key"_s, finding.key}});
                    auto id = queue.enqueue({kind, payload, 5, {}});
                    if (!id)
                        return id.error();
                    pendingRepairs[kind].insert(record, id.value());
                    repair.insert(u"status"_s, u"enqueued"_s);
                    repair.insert(u"job_id"_s, id.value());
                    ++counted.enqueued;
                }
            }
            repairs.append(repair);
        }
        return std::nullopt;
    });
    if (!done) {
        *error = done.error().message;
        return false;
    }
    for (qsizetype i = 0; i < findings.size(); ++i)
        findings[i].repair = repairs.at(i);
    tally.enqueued = counted.enqueued;
    tally.alreadyQueued = counted.alreadyQueued;
    tally.notAllowed = counted.notAllowed;
    tally.review = counted.review;
    tally.deadLetter = counted.deadLetter;
    return true;
}

void runQueue(const WorkspaceConfig &config, Store::StateStore &store, RunProgress *progress,
              RepairTally &tally)
{
    ExecutorOptions options;
    options.allowWrites = config.allowWrites;
    options.allowStoreWrites = config.allowStoreWrites;
    options.rateLimits = config.rateLimits;
    options.exclusive = true; // not beside a daemon or the studio: they run the queue themselves
    Executor executor(config, store, options);
    QString error;
    if (!executor.open(&error)) {
        tally.note =
            Text::tr("the repairs wait in the queue for the engine that runs this workspace (%1)").arg(error);
        return;
    }
    const RunSummary summary = executor.runUntilIdle(progress);
    tally.ran = true;
    tally.run = summary.toJson();
    if (!summary.error.isEmpty())
        tally.note = Text::tr("the run of the repairs failed: %1").arg(summary.error);
    else if (summary.cancelled)
        tally.note = Text::tr("the run of the repairs was cancelled; the rest stays queued");
}

} // namespace Repair
} // namespace LedgerLink::Engine
