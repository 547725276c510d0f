// Repair mode of the truth pass: each finding's repair goes through the normal job path (the same
// "push.order" / "push.<rule>" jobs `run` uses, their idempotency keys and cross-references), but
// only where the rollout stage lets LedgerLink write that side and only when a job can do it.

#include "engine/reconciliationrepair.h"
#include "engine/reconciliationrepair_p.h"

#include "engine/connectordryrun.h"
#include "engine/executor.h"
#include "engine/reconciliationreview.h"
#include "store/deadletterrepository.h"
#include "store/enginestaterepository.h"
#include "store/jobqueue.h"
#include "store/reconciliationrepository.h"
#include "store/runrepository.h"
#include "store/statestore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QSet>

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
    // What is due runs (the repairs, and anything else due: the one queue); another record's
    // retry due later is left to the engine rather than waited for here.
    options.waitForRetries = false;
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
    else if (summary.retries > 0)
        tally.note = Text::tr("%1 attempts failed for now and are tried again later by the engine that runs "
                              "this workspace (ledgerlink-cli run, or the studio's Sync now)")
                         .arg(summary.retries);
}

} // namespace Repair

// ---- one finding at a time ------------------------------------------------------------------------

namespace {

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : Text::tr("(unknown)");
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

qint64 jobIdOf(const QJsonObject &repair)
{
    const QJsonObject outcome = repair.value(u"outcome"_s).toObject();
    return outcome.contains(u"job_id"_s) ? outcome.value(u"job_id"_s).toInteger()
                                         : repair.value(u"job_id"_s).toInteger();
}

/// The job a repair tracks: the one its finding's repair enqueued or found queued already.
qint64 trackedJobOf(const QJsonObject &repair)
{
    const QString status = repair.value(u"status"_s).toString();
    return status == u"enqueued"_s || status == u"already_queued"_s ? repair.value(u"job_id"_s).toInteger()
                                                                    : 0;
}

/// Why the repair cannot be asked for, judged from its repair alone; with `deadLetters` false the
/// dead-letter queue is left to the engine's check of the state now.
QString refusalOf(const QJsonObject &repair, bool deadLetters)
{
    const qint64 job = jobIdOf(repair);
    switch (repairStateOf(repair)) {
    case RepairState::None:
    case RepairState::Review:
        return Text::tr("this difference needs a person (the mapping, or the other side's users): no job can "
                        "repair it");
    case RepairState::Queued:
    case RepairState::Running:
    case RepairState::Retrying:
        return Text::tr("its repair is queued already (job %1)").arg(job);
    case RepairState::Repaired:
        return Text::tr("it was repaired already by job %1: reconcile again to see whether both sides agree")
            .arg(job);
    case RepairState::DeadLettered:
        if (deadLetters && !repair.value(u"outcome"_s).toObject().value(u"replayed"_s).toBool())
            return Text::tr(
                       "its repair job %1 waits in the dead-letter queue (dead letter %2): fix its cause, "
                       "then replay it there")
                .arg(job)
                .arg(repair.value(u"outcome"_s).toObject().value(u"dead_letter"_s).toInteger());
        break;
    case RepairState::DeadLetter:
    case RepairState::Proposed:
    case RepairState::NotAllowed:
        break;
    }
    if (deadLetters && repair.contains(u"dead_letter"_s))
        return Text::tr(
                   "the record waits in the dead-letter queue (dead letter %1): fix its cause, then replay "
                   "it there")
            .arg(repair.value(u"dead_letter"_s).toInteger());
    return {};
}

QJsonObject outcomeOf(const Store::Job &job, const std::optional<Store::JobLetter> &letter)
{
    RepairState state = RepairState::Queued;
    switch (job.state) {
    case Store::JobState::Queued:
        state = RepairState::Queued;
        break;
    case Store::JobState::Leased:
        state = RepairState::Running;
        break;
    case Store::JobState::Failed:
        state = RepairState::Retrying;
        break;
    case Store::JobState::Done:
        state = RepairState::Repaired;
        break;
    case Store::JobState::Dead:
        state = RepairState::DeadLettered;
        break;
    }
    QJsonObject outcome{{u"state"_s, nameOf(state)},
                        {u"job_id"_s, job.id},
                        {u"attempts"_s, job.attempts},
                        {u"updated"_s, isoTime(job.updated)}};
    if (state == RepairState::Retrying || state == RepairState::DeadLettered)
        outcome.insert(u"error"_s, job.lastError);
    if (state == RepairState::Retrying)
        outcome.insert(u"next_attempt"_s, isoTime(job.nextAttempt));
    if (state == RepairState::DeadLettered && letter) {
        outcome.insert(u"dead_letter"_s, letter->id);
        outcome.insert(u"replayed"_s, letter->replayed);
    }
    return outcome;
}

/// addRepairOutcomes() over any list whose items hold a repair.
template<typename List, typename RepairOf>
bool addOutcomes(Store::StateStore &store, List &items, RepairOf repairOf, QString *error)
{
    QList<qint64> ids;
    for (auto &item : items) {
        if (const qint64 id = trackedJobOf(repairOf(item)); id > 0 && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return true;
    Store::JobQueue queue(store);
    const auto jobs = queue.jobs(ids);
    if (!jobs) {
        *error = jobs.error().message;
        return false;
    }
    const auto letters = queue.deadLettersOf(ids);
    if (!letters) {
        *error = letters.error().message;
        return false;
    }
    for (auto &item : items) {
        QJsonObject &repair = repairOf(item);
        const auto job = jobs.value().constFind(trackedJobOf(repair));
        if (job == jobs.value().cend()) {
            repair.remove(u"outcome"_s);
            continue;
        }
        const auto letter = letters.value().constFind(job->id);
        repair.insert(u"outcome"_s,
                      outcomeOf(*job,
                                letter == letters.value().cend() ? std::nullopt
                                                                 : std::optional<Store::JobLetter>(*letter)));
    }
    return true;
}

} // namespace

QString nameOf(RepairState state)
{
    switch (state) {
    case RepairState::None:
        return u"none"_s;
    case RepairState::Review:
        return u"review"_s;
    case RepairState::Proposed:
        return u"proposed"_s;
    case RepairState::NotAllowed:
        return u"not_allowed"_s;
    case RepairState::DeadLetter:
        return u"dead_letter"_s;
    case RepairState::Queued:
        return u"queued"_s;
    case RepairState::Running:
        return u"running"_s;
    case RepairState::Retrying:
        return u"retrying"_s;
    case RepairState::Repaired:
        return u"repaired"_s;
    case RepairState::DeadLettered:
        return u"dead_lettered"_s;
    }
    return {};
}

RepairState repairStateOf(const QJsonObject &repair)
{
    if (repair.isEmpty())
        return RepairState::None;
    if (repair.value(u"action"_s).toString() == u"review"_s || !repair.value(u"job"_s).isObject())
        return RepairState::Review;
    if (const QString outcome = repair.value(u"outcome"_s).toObject().value(u"state"_s).toString();
        !outcome.isEmpty()) {
        for (const RepairState state : {RepairState::Queued, RepairState::Running, RepairState::Retrying,
                                        RepairState::Repaired, RepairState::DeadLettered}) {
            if (nameOf(state) == outcome)
                return state;
        }
    }
    const QString status = repair.value(u"status"_s).toString();
    if (status == u"enqueued"_s || status == u"already_queued"_s)
        return RepairState::Queued; // as far as the finding knows: its job was not looked up
    if (status == u"not_allowed"_s)
        return RepairState::NotAllowed;
    if (status == u"dead_letter"_s || (status.isEmpty() && repair.contains(u"dead_letter"_s)))
        return RepairState::DeadLetter; // (a report pass saw the record's dead letter)
    return RepairState::Proposed;
}

QString repairStateLabel(RepairState state)
{
    switch (state) {
    case RepairState::None:
        return {};
    case RepairState::Review:
        return Text::tr("needs a person");
    case RepairState::Proposed:
        return Text::tr("proposed");
    case RepairState::NotAllowed:
        return Text::tr("not allowed");
    case RepairState::DeadLetter:
        return Text::tr("dead letter");
    case RepairState::Queued:
        return Text::tr("queued");
    case RepairState::Running:
        return Text::tr("running");
    case RepairState::Retrying:
        return Text::tr("failed, retrying");
    case RepairState::Repaired:
        return Text::tr("repaired");
    case RepairState::DeadLettered:
        return Text::tr("failed: dead letter");
    }
    return {};
}

QString describeRepairState(const QJsonObject &repair)
{
    const QJsonObject outcome = repair.value(u"outcome"_s).toObject();
    const qint64 job = jobIdOf(repair);
    const QDateTime updated = QDateTime::fromString(outcome.value(u"updated"_s).toString(), Qt::ISODate);
    switch (repairStateOf(repair)) {
    case RepairState::None:
    case RepairState::Review:
    case RepairState::Proposed:
        return {};
    case RepairState::NotAllowed:
    case RepairState::DeadLetter:
        if (!repair.contains(u"note"_s))
            return Text::tr("The record waits in the dead-letter queue (dead letter %1): fix its cause, then "
                            "replay it there.")
                .arg(repair.value(u"dead_letter"_s).toInteger());
        return Text::tr("Not enqueued: %1.").arg(repair.value(u"note"_s).toString());
    case RepairState::Queued:
        if (outcome.isEmpty())
            return repair.value(u"status"_s).toString() == u"already_queued"_s
                ? Text::tr("Not enqueued again: %1.").arg(repair.value(u"note"_s).toString())
                : Text::tr("Enqueued as job %1.").arg(job);
        return Text::tr("Queued as job %1: it waits for the engine that runs this workspace.").arg(job);
    case RepairState::Running:
        return Text::tr("Job %1 is running (attempt %2).").arg(job).arg(outcome.value(u"attempts"_s).toInt());
    case RepairState::Retrying:
        return Text::tr("Job %1 failed (attempt %2) and is tried again at %3: %4")
            .arg(job)
            .arg(outcome.value(u"attempts"_s).toInt())
            .arg(shortTime(QDateTime::fromString(outcome.value(u"next_attempt"_s).toString(), Qt::ISODate)),
                 outcome.value(u"error"_s).toString());
    case RepairState::Repaired:
        return Text::tr("Repaired by job %1 (%2).").arg(job).arg(shortTime(updated));
    case RepairState::DeadLettered: {
        const qint64 letter = outcome.value(u"dead_letter"_s).toInteger();
        QString text = Text::tr("Job %1 failed for good (%2): %3")
                           .arg(job)
                           .arg(shortTime(updated), outcome.value(u"error"_s).toString());
        if (outcome.value(u"replayed"_s).toBool())
            text += u' ' + Text::tr("Its dead letter %1 was replayed since.").arg(letter);
        else if (letter > 0)
            text += u' '
                + Text::tr("It waits in the dead-letter queue: fix its cause, then \"ledgerlink-cli dlq "
                           "replay %1\".")
                      .arg(letter);
        return text;
    }
    }
    return {};
}

bool canRepair(const QJsonObject &repair, QString *why)
{
    const QString refusal = refusalOf(repair, true);
    if (why)
        *why = refusal;
    return refusal.isEmpty();
}

bool addRepairOutcomes(Store::StateStore &store, QList<Store::ReconciliationResult> &results, QString *error)
{
    return addOutcomes(
        store, results, [](Store::ReconciliationResult &result) -> QJsonObject & { return result.repair; },
        error);
}

bool addRepairOutcomes(Store::StateStore &store, QList<ReconciliationFinding> &findings, QString *error)
{
    return addOutcomes(
        store, findings, [](ReconciliationFinding &finding) -> QJsonObject & { return finding.repair; },
        error);
}

bool latestReconcileRun(Store::StateStore &store, qint64 *runId, QString *error)
{
    *runId = 0;
    auto recent = Store::RunRepository(store).recentRuns(1000);
    if (!recent) {
        *error = recent.error().message;
        return false;
    }
    for (const Store::Run &run : recent.value()) {
        if (run.kind == Store::RunKind::Reconcile && run.status == Store::RunStatus::Succeeded) {
            *runId = run.id;
            break;
        }
    }
    return true;
}

FindingRepairOutcome repairFindings(const WorkspaceConfig &config, Store::StateStore &store, qint64 runId,
                                    const QList<qint64> &findingIds, const FindingRepairOptions &options,
                                    RunProgress *progress)
{
    FindingRepairOutcome outcome;
    QString error;
    if (runId <= 0) {
        if (!latestReconcileRun(store, &runId, &error)) {
            outcome.error = error;
            return outcome;
        }
        if (runId == 0) {
            outcome.error =
                Text::tr("there is no reconciliation pass yet: run \"ledgerlink-cli reconcile\" first");
            return outcome;
        }
    }
    outcome.runId = runId;
    if (const auto run = Store::RunRepository(store).run(runId); !run) {
        outcome.error = run.error().message;
        return outcome;
    } else if (!run.value() || run.value()->kind != Store::RunKind::Reconcile) {
        outcome.error = Text::tr("%1 is no reconciliation pass of this workspace").arg(runId);
        return outcome;
    }
    QList<qint64> ids;
    for (const qint64 id : findingIds) {
        if (!ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty()) {
        outcome.error = Text::tr("no finding to repair was named");
        return outcome;
    }

    // Every id must be a finding of the pass, before anything is enqueued.
    Store::ReconciliationRepository repository(store);
    const auto stored = repository.results(runId);
    if (!stored) {
        outcome.error = stored.error().message;
        return outcome;
    }
    QHash<qint64, Store::ReconciliationResult> ofRun;
    for (const Store::ReconciliationResult &result : stored.value())
        ofRun.insert(result.id, result);
    QList<Store::ReconciliationResult> chosen;
    for (const qint64 id : std::as_const(ids)) {
        if (const auto found = ofRun.constFind(id); found != ofRun.cend()) {
            chosen.append(*found);
            continue;
        }
        const auto other = repository.result(id);
        if (!other) {
            outcome.error = other.error().message;
        } else if (other.value()) {
            outcome.error =
                Text::tr("the finding %1 is not one of pass %2's findings (it is one of pass %3's)")
                    .arg(id)
                    .arg(runId)
                    .arg(other.value()->runId);
        } else {
            outcome.error = Text::tr("there is no finding %1 (pass %2 has the findings %3)")
                                .arg(id)
                                .arg(runId)
                                .arg(stored.value().isEmpty() ? Text::tr("none")
                                                              : u"%1–%2"_s.arg(stored.value().constFirst().id)
                                                                    .arg(stored.value().constLast().id));
        }
        return outcome;
    }
    if (!addRepairOutcomes(store, chosen, &error)) {
        outcome.error = error;
        return outcome;
    }

    // The record's dead letter now (the pass's may have been replayed, or a new one written since).
    const auto letters = Store::DeadLetterRepository(store).list();
    if (!letters) {
        outcome.error = letters.error().message;
        return outcome;
    }
    QHash<QString, qint64> letterOf; // "<rule>/<source id>" → the newest letter not replayed
    for (const Store::DeadLetter &letter : letters.value()) {
        const QString key = letter.objectType + u'/' + letter.objectId;
        if (!letterOf.contains(key))
            letterOf.insert(key, letter.id);
    }

    QList<ReconciliationFinding> toEnqueue;
    QList<qsizetype> enqueuedAt; // index in outcome.findings of each of toEnqueue
    for (const Store::ReconciliationResult &result : std::as_const(chosen)) {
        FindingRepair item;
        item.finding = result;
        item.refused = refusalOf(result.repair, false);
        if (item.refused.isEmpty()) {
            ReconciliationFinding finding = findingFromResult(result);
            for (const QString &key : {u"status"_s, u"note"_s, u"job_id"_s, u"outcome"_s, u"dead_letter"_s})
                finding.repair.remove(key);
            const QString record = finding.repair.value(u"rule"_s).toString() + u'/'
                + finding.repair.value(u"source_id"_s).toString();
            if (const auto letter = letterOf.constFind(record); letter != letterOf.cend())
                finding.repair.insert(u"dead_letter"_s, *letter);
            toEnqueue.append(finding);
            enqueuedAt.append(outcome.findings.size());
        }
        outcome.findings.append(item);
    }
    if (progress && progress->cancelRequested.load()) {
        outcome.cancelled = true;
        return outcome;
    }

    if (!toEnqueue.isEmpty()) {
        // Enqueued and recorded with the stored findings in one transaction: a finding never says
        // "enqueued" for a job that is not there, nor the other way round.
        QList<ReconciliationFinding> done;
        RepairTally tally;
        auto written = store.transaction([&](QSqlDatabase &) -> std::optional<Store::StoreError> {
            done = toEnqueue;
            tally = {};
            QString why;
            if (!Repair::enqueue(config, store, runId, done, tally, &why))
                return Store::StoreError{Store::StoreError::Code::QueryFailed, why, {}};
            for (qsizetype i = 0; i < done.size(); ++i) {
                const Store::ReconciliationResult &before = outcome.findings.at(enqueuedAt.at(i)).finding;
                const QString status = done.at(i).repair.value(u"status"_s).toString();
                // A refusal does not overwrite the job an earlier repair of the finding tracks.
                if (trackedJobOf(before.repair) > 0 && status != u"enqueued"_s
                    && status != u"already_queued"_s)
                    continue;
                if (auto saved = repository.setRepair(before.id, done.at(i).repair); !saved)
                    return saved.error();
            }
            return std::nullopt;
        });
        if (!written) {
            outcome.error = written.error().message;
            return outcome;
        }
        outcome.repairs = tally;
        for (qsizetype i = 0; i < done.size(); ++i) {
            FindingRepair &item = outcome.findings[enqueuedAt.at(i)];
            item.finding.repair = done.at(i).repair;
            item.enqueued = done.at(i).repair.value(u"status"_s).toString() == u"enqueued"_s;
            if (!item.enqueued)
                item.refused = done.at(i).repair.value(u"note"_s).toString();
        }
    }

    if (outcome.repairs.enqueued > 0) {
        if (options.runRepairs) {
            Repair::runQueue(config, store, progress, outcome.repairs);
            outcome.cancelled = outcome.repairs.run.value(u"cancelled"_s).toBool();
        } else {
            outcome.repairs.note = Text::tr("the repairs wait in the queue: \"ledgerlink-cli run\" (or the "
                                            "engine running this workspace) carries them out");
        }
    }

    // What became of them, as stored now.
    QList<Store::ReconciliationResult> now;
    for (const FindingRepair &item : std::as_const(outcome.findings)) {
        const auto read = repository.result(item.finding.id);
        if (!read || !read.value()) {
            outcome.error =
                read ? Text::tr("the finding %1 is gone").arg(item.finding.id) : read.error().message;
            return outcome;
        }
        now.append(*read.value());
    }
    if (!addRepairOutcomes(store, now, &error)) {
        outcome.error = error;
        return outcome;
    }
    for (qsizetype i = 0; i < now.size(); ++i)
        outcome.findings[i].finding = now.at(i);
    return outcome;
}

FindingRepairOutcome
repairWorkspaceFindings(const QString &workspace, qint64 runId, const QList<qint64> &findingIds,
                        const FindingRepairOptions &options, RunProgress *progress,
                        const std::function<bool(WorkspaceConfig &, QString *)> &credentials, QString *note,
                        const std::optional<Store::StoreLocation> &state)
{
    FindingRepairOutcome outcome;
    WorkspacePass pass(workspace, state, credentials,
                       Text::tr("No sandbox was serving %1; started one for this repair.").arg(workspace),
                       Text::tr("%1: this workspace's credentials are needed for a repair").arg(workspace),
                       note);
    if (!pass.config()) {
        outcome.error = pass.error();
        return outcome;
    }
    return repairFindings(*pass.config(), pass.store(), runId, findingIds, options, progress);
}

} // namespace LedgerLink::Engine
