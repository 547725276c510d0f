// Settlement through the whole write path, against the sandbox: the "payout" rule posts each paid
// Shopify Payments payout as one bank deposit (a Xero "RECEIVE" bank transaction on the bank
// account 095) whose lines add up to the money the bank received — the payments less refunds out
// of the clearing account 090 the invoice payments went to, and the gateway's fees as a negative
// line on the fees account 404 — and the truth pass compares each payout with its deposit.
//
// The sandbox store's seed (resources/sandbox/generate_sandbox_seed.py) pays out each
// shopify_payments charge in EUR (the order's shop-money total) with a fee of 1.9 % + 0.25 EUR,
// rounded half-up; refunds keep no fee. Worked out by hand:
//   payout 71000000001 (paid): #1001 64.88 (64.88 × 0.019 = 1.23272 + 0.25 → 1.48), #1002 50.77
//     (0.96463 + 0.25 → 1.21), #1003 78.33 (1.48827 + 0.25 → 1.74), #1004 89.36 (1.69784 + 0.25
//     → 1.95): gross 283.34, fees 6.38, deposit 276.96.
//   payout 71000000002 (paid): #1005 158.06 (3.00314 + 0.25 → 3.25), #1006 121.87 (2.31553 →
//     2.57), #1007 100.89 (1.91691 → 2.17), #1008 0.55 (0.01045 → 0.26), #1009 9.95 (0.18905 →
//     0.44), and #1006's refund −29.99: gross 391.32 − 29.99 = 361.33, fees 8.69, deposit 352.64.
//   payout 71000000003 is in transit: not posted until it is paid.

#include "engine/executor.h"
#include "engine/reconciliation.h"
#include "store/jobqueue.h"
#include "syncedsandbox.h"

#include <QtCore/QJsonArray>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink;

class TestSettlement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Testing::SyncedSandbox m_synced;
    std::unique_ptr<Store::StateStore> &m_store = m_synced.store;
    std::optional<Engine::WorkspaceConfig> &m_config = m_synced.config;

    QJsonObject books(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                      int *status = nullptr)
    {
        return m_synced.call(true, method, path, body, status);
    }

    /// The books' bank transactions by Reference (not deleted).
    QHash<QString, QJsonObject> deposits()
    {
        QHash<QString, QJsonObject> byReference;
        for (const QJsonValue &value :
             books("GET", u"BankTransactions"_s).value(u"BankTransactions"_s).toArray()) {
            const QJsonObject deposit = value.toObject();
            if (deposit.value(u"Status"_s).toString() != u"DELETED"_s)
                byReference.insert(deposit.value(u"Reference"_s).toString(), deposit);
        }
        return byReference;
    }

    static QString text(const QJsonValue &value) { return value.toVariant().toString(); }

    /// "Code Description Amount" of each line of a bank transaction.
    static QStringList lines(const QJsonObject &deposit)
    {
        QStringList out;
        for (const QJsonValue &value : deposit.value(u"LineItems"_s).toArray()) {
            const QJsonObject line = value.toObject();
            out.append(line.value(u"AccountCode"_s).toString() + u' '
                       + line.value(u"Description"_s).toString() + u' ' + text(line.value(u"LineAmount"_s)));
        }
        return out;
    }

    Engine::RunSummary runPayouts()
    {
        QString error;
        Engine::ExecutorOptions options;
        options.allowWrites = true;
        Engine::Executor executor(*m_config, *m_store, options);
        if (!executor.open(&error) || !executor.enqueueRulePull(u"payout"_s, &error)) {
            Engine::RunSummary failed;
            failed.error = error;
            return failed;
        }
        return executor.runUntilIdle();
    }

    Engine::ReconcileOutcome reconcile(Engine::ReconcileMode mode = Engine::ReconcileMode::Report,
                                       const QList<Engine::ReconcileObject> &objects = {
                                           Engine::ReconcileObject::Payouts})
    {
        return m_synced.reconcile(mode, objects);
    }

    QString depositOf(const QString &payoutId) { return m_synced.linkedErpId(u"payout"_s, payoutId); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = m_synced.start(QDir(m_dir.path()));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    /// Each paid payout becomes one deposit whose lines add up to what the bank received.
    void syncPostsOneDepositPerPaidPayout()
    {
        const Engine::RunSummary &run = m_synced.payouts; // SyncedSandbox ran the "payout" rule
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.recordsRead, 2); // the payout in transit is not read
        QCOMPARE(run.created, 2);
        QCOMPARE(run.dead, 0);

        const QHash<QString, QJsonObject> byReference = deposits();
        QCOMPARE(byReference.size(), 2);
        const QJsonObject first = byReference.value(u"Shopify Payments payout 71000000001"_s);
        QVERIFY(!first.isEmpty());
        QCOMPARE(first.value(u"Type"_s).toString(), u"RECEIVE"_s);
        QCOMPARE(first.value(u"BankAccount"_s).toObject().value(u"Code"_s).toString(), u"095"_s);
        QCOMPARE(first.value(u"CurrencyCode"_s).toString(), u"EUR"_s);
        QCOMPARE(first.value(u"Contact"_s).toObject().value(u"Name"_s).toString(), u"Shopify Payments"_s);
        QCOMPARE(text(first.value(u"Total"_s)), u"276.96"_s);
        QCOMPARE(lines(first),
                 (QStringList{u"090 Payments less refunds, Shopify Payments payout 71000000001 283.34"_s,
                              u"404 Fees, Shopify Payments payout 71000000001 -6.38"_s}));
        const QJsonObject second = byReference.value(u"Shopify Payments payout 71000000002"_s);
        QCOMPARE(text(second.value(u"Total"_s)), u"352.64"_s);
        QCOMPARE(lines(second),
                 (QStringList{u"090 Payments less refunds, Shopify Payments payout 71000000002 361.33"_s,
                              u"404 Fees, Shopify Payments payout 71000000002 -8.69"_s}));
        QCOMPARE(depositOf(u"71000000001"_s), first.value(u"BankTransactionID"_s).toString());
        QCOMPARE(depositOf(u"71000000002"_s), second.value(u"BankTransactionID"_s).toString());
    }

    /// Again: nothing new is read, and a payout pushed again is unchanged: no write.
    void aSecondSyncWritesNothing()
    {
        const Engine::RunSummary run = runPayouts();
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.created + run.updated, 0);

        QString error;
        Engine::ExecutorOptions options;
        options.allowWrites = true;
        Engine::Executor executor(*m_config, *m_store, options);
        QVERIFY2(executor.open(&error), qPrintable(error));
        QVERIFY(Store::JobQueue(*m_store).enqueue({u"push.payout"_s, {{u"id"_s, u"71000000001"_s}}, 0, {}}));
        const Engine::RunSummary again = executor.runUntilIdle();
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QCOMPARE(again.skipped, 1);
        QCOMPARE(again.created + again.updated, 0);
        QCOMPARE(deposits().size(), 2);
    }

    /// A pass over the synced sandbox: both payouts match their deposits, nothing is unknown.
    void aCleanPassMatchesEveryPayout()
    {
        const Engine::ReconcileOutcome outcome = reconcile();
        QVERIFY2(outcome.report, qPrintable(outcome.error));
        QCOMPARE(outcome.report->tallies.size(), 1);
        const Engine::ReconcileTally tally = outcome.report->tallies.first();
        QCOMPARE(tally.rule, u"payout"_s);
        QCOMPARE(tally.storeRecords, 2);
        QCOMPARE(tally.erpRecords, 2);
        QCOMPARE(tally.compared, 2);
        QCOMPARE(tally.matched, 2);
        QVERIFY(outcome.report->findings.isEmpty());

        // Every object of the sandbox after its sync: no difference is left unexplained.
        const Engine::ReconcileOutcome all = reconcile(Engine::ReconcileMode::Report, {});
        QVERIFY2(all.report, qPrintable(all.error));
        QCOMPARE(all.report->count(Engine::MismatchCause::Unknown), 0);
        for (const Engine::ReconciliationFinding &finding : all.report->findings)
            QVERIFY2(finding.object != u"payout"_s, qPrintable(finding.evidence));
    }

    /// The books broken on purpose: a deposit deleted, another changed by one cent. The pass
    /// names both, the repair writes them again, and the next pass finds nothing.
    void brokenDepositsAreFoundAndHealed()
    {
        const QString firstId = depositOf(u"71000000001"_s);
        const QString secondId = depositOf(u"71000000002"_s);
        int status = 0;
        books("POST", u"BankTransactions/"_s + firstId,
              {{u"BankTransactions"_s,
                QJsonArray{QJsonObject{{u"BankTransactionID"_s, firstId}, {u"Status"_s, u"DELETED"_s}}}}},
              &status);
        QCOMPARE(status, 200);
        // Someone books the second deposit's fees a cent higher: 352.63 instead of 352.64.
        QJsonObject second = deposits().value(u"Shopify Payments payout 71000000002"_s);
        QJsonArray items = second.value(u"LineItems"_s).toArray();
        QJsonObject fee = items.at(1).toObject();
        fee.insert(u"UnitAmount"_s, -8.70);
        fee.remove(u"LineAmount"_s);
        items.replace(1, fee);
        books("POST", u"BankTransactions/"_s + secondId,
              {{u"BankTransactions"_s,
                QJsonArray{QJsonObject{{u"BankTransactionID"_s, secondId}, {u"LineItems"_s, items}}}}},
              &status);
        QCOMPARE(status, 200);
        QCOMPARE(text(deposits().value(u"Shopify Payments payout 71000000002"_s).value(u"Total"_s)),
                 u"352.63"_s);

        const Engine::ReconcileOutcome found = reconcile();
        QVERIFY2(found.report, qPrintable(found.error));
        QCOMPARE(found.report->findings.size(), 2);
        QHash<QString, Engine::ReconciliationFinding> byKey;
        for (const Engine::ReconciliationFinding &finding : found.report->findings)
            byKey.insert(finding.key, finding);
        const Engine::ReconciliationFinding missing = byKey.value(u"Shopify Payments payout 71000000001"_s);
        QCOMPARE(missing.object, u"payout"_s);
        QCOMPARE(missing.cause, Engine::MismatchCause::MissingRecord);
        QVERIFY(missing.missing);
        QCOMPARE(missing.difference.toString(), u"276.96"_s);
        QCOMPARE(missing.currency, u"EUR"_s);
        QVERIFY2(missing.evidence.contains(u"DELETED"_s), qPrintable(missing.evidence));
        QCOMPARE(missing.repair.value(u"action"_s).toString(), u"create"_s);
        QCOMPARE(missing.repair.value(u"target_id"_s).toString(), firstId);
        QCOMPARE(missing.repair.value(u"job"_s).toObject().value(u"kind"_s).toString(), u"push.payout"_s);

        const Engine::ReconciliationFinding edited = byKey.value(u"Shopify Payments payout 71000000002"_s);
        QCOMPARE(edited.cause, Engine::MismatchCause::EditedAfterSync);
        QCOMPARE(edited.storeAmount->toString(), u"352.64"_s);
        QCOMPARE(edited.erpAmount->toString(), u"352.63"_s);
        QCOMPARE(edited.difference.toString(), u"0.01"_s);
        QVERIFY2(edited.evidence.contains(
                     u"payments 391.32 EUR − refunds 29.99 EUR − fees 8.69 EUR = 352.64 EUR"_s),
                 qPrintable(edited.evidence));

        const Engine::ReconcileOutcome repaired = reconcile(Engine::ReconcileMode::Repair);
        QVERIFY2(repaired.report, qPrintable(repaired.error));
        QCOMPARE(repaired.report->findings.size(), 2);
        QCOMPARE(repaired.report->repairs.enqueued, 2);

        const QHash<QString, QJsonObject> healed = deposits();
        QCOMPARE(healed.size(), 2);
        QCOMPARE(text(healed.value(u"Shopify Payments payout 71000000001"_s).value(u"Total"_s)), u"276.96"_s);
        QCOMPARE(text(healed.value(u"Shopify Payments payout 71000000002"_s).value(u"Total"_s)), u"352.64"_s);

        const Engine::ReconcileOutcome clean = reconcile();
        QVERIFY2(clean.report, qPrintable(clean.error));
        QVERIFY(clean.report->findings.isEmpty());
        QCOMPARE(clean.report->tallies.first().matched, 2);
    }
};

QTEST_GUILESS_MAIN(TestSettlement)
#include "tst_settlement.moc"
