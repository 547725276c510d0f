// Repairing chosen findings of a stored reconciliation pass (core/engine/reconciliationrepair.h)
// against the real sandbox (in-process SandboxServices on loopback) through the real Shopify and
// Xero connectors: the seeded store synced to the books, the books broken on purpose, a report pass
// stored, then one finding repaired on its own — only its job runs — and what became of each
// repair read back from the job queue and the dead letters. Findings are picked by object, key and
// cause, never by how many the sandbox has.
#include "engine/executor.h"
#include "engine/reconciliation.h"
#include "engine/reconciliationrepair.h"
#include "engine/reconciliationreview.h"
#include "engine/workspaceconfig.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxservices.h"
#include "store/crossreferencerepository.h"
#include "store/jobqueue.h"
#include "store/reconciliationrepository.h"
#include "store/runrepository.h"
#include "store/statestore.h"
#include "syncedsandbox.h"

#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace LedgerLink;

class TestReconcileRepair : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Testing::SyncedSandbox m_synced;
    std::unique_ptr<Store::StateStore> &m_store = m_synced.store;
    std::optional<Engine::WorkspaceConfig> &m_config = m_synced.config;
    qint64 m_runId = 0; ///< the report pass after the books were broken
    QString m_deleted; ///< #1007's invoice, deleted in the books

    /// One request to the sandbox books, answered with its JSON.
    QJsonObject books(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                      int *status = nullptr)
    {
        return m_synced.call(true, method, path, body, status);
    }

    QJsonObject invoice(const QString &id)
    {
        return books("GET", u"Invoices/"_s + id).value(u"Invoices"_s).toArray().first().toObject();
    }

    /// The ERP id the sync linked store order `orderId` with.
    QString invoiceOf(const QString &orderId)
    {
        const auto linked = Store::CrossReferenceRepository(*m_store).findByStoreId(m_config->connectionPair,
                                                                                    u"order"_s, orderId);
        return linked && linked.value() ? linked.value()->erpId : QString();
    }

    /// The stored finding of `object` with key `key` in the pass `runId`, with its repair's outcome.
    std::optional<Store::ReconciliationResult> stored(const QString &object, const QString &key)
    {
        auto results = Store::ReconciliationRepository(*m_store).results(m_runId);
        if (!results)
            return std::nullopt;
        QString error;
        if (!Engine::addRepairOutcomes(*m_store, results.value(), &error))
            return std::nullopt;
        for (const Store::ReconciliationResult &result : results.value()) {
            if (result.objectType == object && result.matchKey == key)
                return result;
        }
        return std::nullopt;
    }

    int queued()
    {
        const auto counts = Store::JobQueue(*m_store).counts();
        return counts
            ? counts.value().value(Store::JobState::Queued) + counts.value().value(Store::JobState::Leased)
                + counts.value().value(Store::JobState::Failed)
            : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The seeded store synced to the books (customers, then orders).
        const QString failed = m_synced.start(QDir(m_dir.path()));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(m_synced.orders.created > 0);

        // Break the books: #1007's invoice deleted, #1009's changed by a cent.
        int status = 0;
        m_deleted = invoiceOf(u"5107"_s);
        QVERIFY(!m_deleted.isEmpty());
        books("POST", u"Invoices/"_s + m_deleted, {{u"Status"_s, u"DELETED"_s}}, &status);
        QCOMPARE(status, 200);
        const QString edited = invoiceOf(u"5109"_s);
        QVERIFY(!edited.isEmpty());
        const QJsonObject line{{u"ItemCode"_s, u"CANDLE-SOY-200"_s},
                               {u"Description"_s, u"Soy Candle 200 g"_s},
                               {u"Quantity"_s, 1},
                               {u"UnitAmount"_s, u"9.96"_s},
                               {u"TaxType"_s, u"OUTPUT2"_s}};
        books("POST", u"Invoices/"_s + edited, {{u"LineItems"_s, QJsonArray{line}}}, &status);
        QCOMPARE(status, 200);

        // A report pass, stored: nothing repaired yet.
        QString error;
        Engine::Reconciler reconciler(*m_config, *m_store);
        QVERIFY2(reconciler.open(&error), qPrintable(error));
        const Engine::ReconcileOutcome outcome = reconciler.run();
        QVERIFY2(outcome.report, qPrintable(outcome.error));
        m_runId = outcome.report->runId;
        QCOMPARE(queued(), 0);
    }

    /// The deleted invoice's finding repaired on its own: only its job runs, the books have the
    /// invoice again, and the stored finding says it was repaired.
    void repairsOneChosenFinding()
    {
        const auto gone = stored(u"order"_s, u"#1007"_s);
        QVERIFY(gone);
        QCOMPARE(gone->cause, u"missing_record"_s);
        QCOMPARE(Engine::repairStateOf(gone->repair), Engine::RepairState::Proposed);
        QString why;
        QVERIFY2(Engine::canRepair(gone->repair, &why), qPrintable(why));
        const auto edited = stored(u"order"_s, u"#1009"_s);
        QVERIFY(edited);
        QCOMPARE(edited->cause, u"edited_after_sync"_s);
        QVERIFY(Engine::canRepair(edited->repair, &why)); // repairable too, but not chosen

        Engine::RunProgress progress;
        const Engine::FindingRepairOutcome outcome =
            Engine::repairFindings(*m_config, *m_store, m_runId, {gone->id}, {}, &progress);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(!outcome.cancelled);
        QCOMPARE(outcome.findings.size(), 1);
        QVERIFY2(outcome.findings.first().enqueued, qPrintable(outcome.findings.first().refused));
        QCOMPARE(outcome.findings.first().refused, QString());
        QCOMPARE(outcome.repairs.enqueued, 1);
        QVERIFY2(outcome.repairs.ran, qPrintable(outcome.repairs.note));
        // Only that job ran: one invoice created anew, nothing else written.
        QCOMPARE(outcome.repairs.run.value(u"created"_s).toInt(), 1);
        QCOMPARE(outcome.repairs.run.value(u"updated"_s).toInt(), 0);
        QCOMPARE(outcome.repairs.run.value(u"dead"_s).toInt(), 0);
        QCOMPARE(queued(), 0);

        // The books have #1007's invoice again; #1009's is still a cent off.
        const QString replacement = invoiceOf(u"5107"_s);
        QVERIFY(!replacement.isEmpty());
        QVERIFY(replacement != m_deleted);
        const QJsonObject again = invoice(replacement);
        QCOMPARE(again.value(u"Reference"_s).toString(), u"#1007"_s);
        QVERIFY(again.value(u"Status"_s).toString() != u"DELETED"_s);
        QCOMPARE(invoice(invoiceOf(u"5109"_s)).value(u"Total"_s).toVariant().toString(), u"9.96"_s);

        // The stored finding: enqueued as that job, and the job is done — repaired.
        const Store::ReconciliationResult &returned = outcome.findings.first().finding;
        QCOMPARE(returned.id, gone->id);
        QCOMPARE(returned.repair.value(u"status"_s).toString(), u"enqueued"_s);
        const qint64 job = returned.repair.value(u"job_id"_s).toInteger();
        QVERIFY(job > 0);
        QCOMPARE(Engine::repairStateOf(returned.repair), Engine::RepairState::Repaired);
        const auto now = stored(u"order"_s, u"#1007"_s);
        QVERIFY(now);
        QCOMPARE(now->repair.value(u"job_id"_s).toInteger(), job);
        const QJsonObject state = now->repair.value(u"outcome"_s).toObject();
        QCOMPARE(state.value(u"state"_s).toString(), u"repaired"_s);
        QCOMPARE(state.value(u"job_id"_s).toInteger(), job);
        QCOMPARE(Engine::repairStateLabel(Engine::RepairState::Repaired), u"repaired"_s);
        QVERIFY2(Engine::describeRepairState(now->repair).startsWith(u"Repaired by job %1 ("_s.arg(job)),
                 qPrintable(Engine::describeRepairState(now->repair)));
        // The other findings were not touched.
        QVERIFY(!stored(u"order"_s, u"#1009"_s)->repair.contains(u"status"_s));

        // Asked again: refused, nothing enqueued.
        QVERIFY(!Engine::canRepair(now->repair, &why));
        QCOMPARE(
            why,
            u"it was repaired already by job %1: reconcile again to see whether both sides agree"_s.arg(job));
        const Engine::FindingRepairOutcome twice =
            Engine::repairFindings(*m_config, *m_store, m_runId, {gone->id});
        QVERIFY2(twice.error.isEmpty(), qPrintable(twice.error));
        QCOMPARE(twice.findings.size(), 1);
        QVERIFY(!twice.findings.first().enqueued);
        QCOMPARE(twice.findings.first().refused, why);
        QCOMPARE(twice.repairs.enqueued, 0);
        QVERIFY(!twice.repairs.ran);

        // The pass read back: a report pass still, whose finding says what became of its repair.
        const auto run = Store::RunRepository(*m_store).run(m_runId);
        QVERIFY(run && run.value());
        auto results = Store::ReconciliationRepository(*m_store).results(m_runId);
        QVERIFY(results);
        QString error;
        QVERIFY(Engine::addRepairOutcomes(*m_store, results.value(), &error));
        const Engine::ReconcileReport report = Engine::reportFromStored(*run.value(), results.value());
        QVERIFY(!Engine::isRepairPass(report));
        const QString text = Engine::formatReconciliation(report);
        QVERIFY2(text.contains(u"    Repair: Repaired by job %1 ("_s.arg(job)), qPrintable(text));
        QVERIFY2(!text.contains(u"Repairs: "_s), qPrintable(text));
        const QByteArray csv = Engine::reconciliationCsv(report);
        QVERIFY2(csv.contains(R"(""outcome"":{)") && csv.contains(R"(""state"":""repaired"")"),
                 csv.constData());
        const QByteArray html = Engine::reconciliationHtml(report, results.value());
        QVERIFY2(html.contains(u"Repaired by job %1 ("_s.arg(job).toUtf8()), html.constData());
    }

    /// A repair a person must make is refused with the reason and nothing is written; an id that
    /// is no finding of the pass fails the call, naming it.
    void refusesReviewRepairsAndBadIds()
    {
        auto results = Store::ReconciliationRepository(*m_store).results(m_runId);
        QVERIFY(results);
        const Store::ReconciliationResult *review = nullptr;
        for (const Store::ReconciliationResult &result : results.value()) {
            if (result.matchKey == u"#1008"_s)
                review = &result;
        }
        QVERIFY(review);
        QCOMPARE(review->cause, u"tax_rounding"_s);
        QCOMPARE(review->repair.value(u"action"_s).toString(), u"review"_s);
        QCOMPARE(Engine::repairStateOf(review->repair), Engine::RepairState::Review);
        const QString reason = u"this difference needs a person (the mapping, or the other side's users): no "
                               u"job can repair it"_s;
        QString why;
        QVERIFY(!Engine::canRepair(review->repair, &why));
        QCOMPARE(why, reason);
        const Engine::FindingRepairOutcome outcome =
            Engine::repairFindings(*m_config, *m_store, m_runId, {review->id});
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.findings.size(), 1);
        QVERIFY(!outcome.findings.first().enqueued);
        QCOMPARE(outcome.findings.first().refused, reason);
        QCOMPARE(outcome.repairs.enqueued, 0);
        QVERIFY(!outcome.repairs.ran);
        const auto after = Store::ReconciliationRepository(*m_store).result(review->id);
        QVERIFY(after && after.value());
        QCOMPARE(after.value()->repair, review->repair); // not written

        // No such finding; a finding of another pass.
        const qint64 last = results.value().constLast().id;
        Engine::FindingRepairOutcome bad =
            Engine::repairFindings(*m_config, *m_store, m_runId, {last + 1000});
        QVERIFY2(bad.error.startsWith(
                     u"there is no finding %1 (pass %2 has the findings "_s.arg(last + 1000).arg(m_runId)),
                 qPrintable(bad.error));
        QVERIFY(bad.findings.isEmpty());
        // The run before the pass is the sync's: no reconciliation pass.
        bad = Engine::repairFindings(*m_config, *m_store, m_runId - 1, {review->id});
        QCOMPARE(bad.error, u"%1 is no reconciliation pass of this workspace"_s.arg(m_runId - 1));
        QCOMPARE(queued(), 0);
    }

    /// What became of a repair follows its job: not allowed by the rollout stage, queued, running,
    /// failed and retried, dead-lettered (then refused: the dead-letter queue is where it is replayed).
    void statusFollowsTheJob()
    {
        const auto edited = stored(u"order"_s, u"#1009"_s);
        QVERIFY(edited);

        // At "read_only" the write is not allowed: stored as such, with the reason.
        Engine::WorkspaceConfig readOnly = *m_config;
        readOnly.allowWrites = false;
        readOnly.allowStoreWrites = false;
        readOnly.mapping.policies.rolloutStage = Mapping::RolloutStage::ReadOnly;
        Engine::FindingRepairOutcome outcome =
            Engine::repairFindings(readOnly, *m_store, m_runId, {edited->id});
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(!outcome.findings.first().enqueued);
        QCOMPARE(outcome.findings.first().refused,
                 u"the rollout stage \"read_only\" does not let LedgerLink write to the ERP"_s);
        QCOMPARE(outcome.repairs.notAllowed, 1);
        QCOMPARE(stored(u"order"_s, u"#1009"_s)->repair.value(u"status"_s).toString(), u"not_allowed"_s);
        QCOMPARE(Engine::repairStateOf(stored(u"order"_s, u"#1009"_s)->repair),
                 Engine::RepairState::NotAllowed);
        QCOMPARE(queued(), 0);

        // Allowed, enqueued only: queued, waiting for the engine.
        Engine::FindingRepairOptions enqueueOnly;
        enqueueOnly.runRepairs = false;
        outcome =
            Engine::repairFindings(*m_config, *m_store, 0, {edited->id}, enqueueOnly); // 0: the latest pass
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(outcome.findings.first().enqueued);
        QVERIFY(!outcome.repairs.ran);
        QVERIFY2(outcome.repairs.note.startsWith(u"the repairs wait in the queue"_s),
                 qPrintable(outcome.repairs.note));
        const qint64 job = outcome.findings.first().finding.repair.value(u"job_id"_s).toInteger();
        QVERIFY(job > 0);
        QCOMPARE(Engine::repairStateOf(stored(u"order"_s, u"#1009"_s)->repair), Engine::RepairState::Queued);
        QCOMPARE(Engine::describeRepairState(stored(u"order"_s, u"#1009"_s)->repair),
                 u"Queued as job %1: it waits for the engine that runs this workspace."_s.arg(job));
        QString why;
        QVERIFY(!Engine::canRepair(stored(u"order"_s, u"#1009"_s)->repair, &why));
        QCOMPARE(why, u"its repair is queued already (job %1)"_s.arg(job));
        outcome = Engine::repairFindings(*m_config, *m_store, m_runId, {edited->id});
        QCOMPARE(outcome.findings.first().refused, why);
        QCOMPARE(queued(), 1);

        // An engine leases it: running; it fails and is retried: retrying, with the error.
        Store::JobQueue queue(*m_store);
        auto leased = queue.lease(u"other-engine"_s, 10, std::chrono::minutes(5));
        QVERIFY(leased);
        QCOMPARE(leased.value().size(), 1);
        QCOMPARE(leased.value().first().id, job);
        QCOMPARE(Engine::repairStateOf(stored(u"order"_s, u"#1009"_s)->repair), Engine::RepairState::Running);
        QCOMPARE(Engine::describeRepairState(stored(u"order"_s, u"#1009"_s)->repair),
                 u"Job %1 is running (attempt 1)."_s.arg(job));
        const QDateTime retryAt = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(queue.fail(job, u"other-engine"_s,
                           {u"503 Service Unavailable"_s, retryAt, u"order"_s, u"5109"_s}));
        auto retrying = stored(u"order"_s, u"#1009"_s);
        QCOMPARE(Engine::repairStateOf(retrying->repair), Engine::RepairState::Retrying);
        QCOMPARE(retrying->repair.value(u"outcome"_s).toObject().value(u"error"_s).toString(),
                 u"503 Service Unavailable"_s);
        QVERIFY2(Engine::describeRepairState(retrying->repair)
                     .startsWith(u"Job %1 failed (attempt 1) and is tried again at "_s.arg(job)),
                 qPrintable(Engine::describeRepairState(retrying->repair)));

        // It fails for good: dead-lettered, with the error and the dead letter to replay.
        leased = queue.lease(u"other-engine"_s, 10, std::chrono::minutes(5));
        QVERIFY(leased);
        QCOMPARE(leased.value().size(), 1);
        QVERIFY(
            queue.fail(job, u"other-engine"_s,
                       {u"400 Bad Request: the invoice is locked"_s, std::nullopt, u"order"_s, u"5109"_s}));
        const auto dead = stored(u"order"_s, u"#1009"_s);
        QCOMPARE(Engine::repairStateOf(dead->repair), Engine::RepairState::DeadLettered);
        const QJsonObject state = dead->repair.value(u"outcome"_s).toObject();
        QCOMPARE(state.value(u"state"_s).toString(), u"dead_lettered"_s);
        QCOMPARE(state.value(u"attempts"_s).toInt(), 2);
        QCOMPARE(state.value(u"error"_s).toString(), u"400 Bad Request: the invoice is locked"_s);
        const qint64 letter = state.value(u"dead_letter"_s).toInteger();
        QVERIFY(letter > 0);
        QVERIFY(!state.value(u"replayed"_s).toBool());
        const QString text = Engine::describeRepairState(dead->repair);
        QVERIFY2(text.startsWith(u"Job %1 failed for good ("_s.arg(job))
                     && text.endsWith(
                         u"): 400 Bad Request: the invoice is locked It waits in the dead-letter "
                         u"queue: fix its cause, then \"ledgerlink-cli dlq replay %1\"."_s.arg(letter)),
                 qPrintable(text));
        QCOMPARE(Engine::repairStateLabel(Engine::repairStateOf(dead->repair)), u"failed: dead letter"_s);
        QVERIFY(!Engine::canRepair(dead->repair, &why));
        QVERIFY2(why.contains(u"dead letter %1"_s.arg(letter)), qPrintable(why));
        // The engine checks the dead letters as they are now: the record waits there.
        outcome = Engine::repairFindings(*m_config, *m_store, m_runId, {edited->id});
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(!outcome.findings.first().enqueued);
        QCOMPARE(outcome.repairs.deadLetter, 1);
        QCOMPARE(
            outcome.findings.first().refused,
            u"the record waits in the dead-letter queue: fix its cause, then \"ledgerlink-cli dlq replay %1\""_s
                .arg(letter));
        QCOMPARE(queued(), 0);
    }

    /// A repair runs what is due and ends: another record's retry, due in an hour, is left to the
    /// engine instead of being waited for (the call would otherwise sleep that hour).
    void aRepairDoesNotSitOutAnotherRecordsRetry()
    {
        // #1005's invoice deleted in the books; a report pass finds it.
        int status = 0;
        const QString deleted = invoiceOf(u"5105"_s);
        QVERIFY(!deleted.isEmpty());
        books("POST", u"Invoices/"_s + deleted, {{u"Status"_s, u"DELETED"_s}}, &status);
        QCOMPARE(status, 200);
        QString error;
        Engine::Reconciler reconciler(*m_config, *m_store);
        QVERIFY2(reconciler.open(&error), qPrintable(error));
        const Engine::ReconcileOutcome pass = reconciler.run();
        QVERIFY2(pass.report, qPrintable(pass.error));
        const qint64 runId = pass.report->runId;
        std::optional<Store::ReconciliationResult> missing;
        auto results = Store::ReconciliationRepository(*m_store).results(runId);
        QVERIFY(results);
        for (const Store::ReconciliationResult &result : results.value()) {
            if (result.objectType == u"order"_s && result.matchKey == u"#1005"_s)
                missing = result;
        }
        QVERIFY(missing);
        QCOMPARE(missing->cause, u"missing_record"_s);

        // Another record's job, waiting for its retry an hour from now.
        Store::JobQueue queue(*m_store);
        const auto later =
            queue.enqueue({u"push.order"_s, QJsonObject{{u"id"_s, u"5113"_s}, {u"match_key"_s, u"1013"_s}}, 0,
                           QDateTime::currentDateTimeUtc().addSecs(3600)});
        QVERIFY(later);

        const Engine::FindingRepairOutcome outcome =
            Engine::repairFindings(*m_config, *m_store, runId, {missing->id});
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY2(outcome.repairs.ran, qPrintable(outcome.repairs.note));
        QCOMPARE(outcome.repairs.run.value(u"created"_s).toInt(), 1); // #1005's invoice, anew
        QCOMPARE(outcome.repairs.note, QString());
        QVERIFY(invoiceOf(u"5105"_s) != deleted);
        // The other job was left as it was: queued, not tried, for its hour.
        const auto job = queue.job(later.value());
        QVERIFY(job && job.value());
        QCOMPARE(job.value()->state, Store::JobState::Queued);
        QCOMPARE(job.value()->attempts, 0);
    }
};

QTEST_GUILESS_MAIN(TestReconcileRepair)
#include "tst_reconcilerepair.moc"
