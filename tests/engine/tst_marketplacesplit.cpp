// A marketplace split through the whole write path, against the sandbox: the order rule with
// "split": "vendor" plans, writes and reconciles one invoice per vendor of an order's lines.
// #1007 (tax-inclusive, 19 %) has three vendors; the expected amounts are worked out by hand:
//   net items: Tee 29.99 − 4.79 = 25.20 (Sandbox Apparel), Mugs 27.00 − 4.31 = 22.69 (Acme
//   Ceramics), Bowl 39.00 − 6.23 = 32.77 (Nordic Woodworks); weights 2520 : 2269 : 3277, Σ 8066.
//   Shipping 4.90 (490 cents): 153.09 / 137.84 / 199.07 → floors 489, the cent left to Acme
//   (.84): 1.53 / 1.38 / 1.99. Its tax 0.78 (78): 24.37 / 21.94 / 31.69 → 76, two left to Acme
//   (.94) and Nordic (.69): 0.24 / 0.22 / 0.32.
//   Invoices: Apparel 29.99 + 1.53 = 31.52 (tax 4.79 + 0.24 = 5.03), Acme 27.00 + 1.38 = 28.38
//   (4.31 + 0.22 = 4.53), Nordic 39.00 + 1.99 = 40.99 (6.23 + 0.32 = 6.55); Σ 100.89 and 16.11,
//   #1007's total and tax.

#include "engine/executor.h"
#include "engine/reconciliation.h"
#include "store/auditlog.h"
#include "store/crossreferencerepository.h"
#include "store/deadletterrepository.h"
#include "store/jobqueue.h"
#include "syncedsandbox.h"

#include <QtCore/QJsonArray>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink;

class TestMarketplaceSplit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Testing::SyncedSandbox m_synced; // its sandbox, store and config; started here, split first
    Sandbox::SandboxServices &m_sandbox = m_synced.sandbox;
    std::unique_ptr<Store::StateStore> &m_store = m_synced.store;
    std::optional<Engine::WorkspaceConfig> &m_config = m_synced.config;

    QJsonObject books(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                      int *status = nullptr)
    {
        return m_synced.call(true, method, path, body, status);
    }

    /// The books' invoices by Reference (not deleted).
    QHash<QString, QJsonObject> invoices()
    {
        QHash<QString, QJsonObject> byReference;
        for (const QJsonValue &value : books("GET", u"Invoices"_s).value(u"Invoices"_s).toArray()) {
            const QJsonObject invoice = value.toObject();
            if (invoice.value(u"Status"_s).toString() != u"DELETED"_s)
                byReference.insert(invoice.value(u"Reference"_s).toString(), invoice);
        }
        return byReference;
    }

    QString invoiceOf(const QString &storeId) { return m_synced.linkedErpId(u"order"_s, storeId); }

    static QString text(const QJsonValue &value) { return value.toVariant().toString(); }

    Engine::ReconcileOutcome reconcile(Engine::ReconcileMode mode = Engine::ReconcileMode::Report,
                                       const QList<Engine::ReconcileObject> &objects = {
                                           Engine::ReconcileObject::Orders})
    {
        return m_synced.reconcile(mode, objects);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Sandbox::SandboxOptions options;
        options.dataDir = m_dir.filePath(u"sandbox"_s);
        const Sandbox::SandboxStarted started = m_sandbox.start(options);
        QVERIFY2(started.ok, qPrintable(started.error));
        QVERIFY(QDir().mkpath(m_dir.filePath(u"workspace"_s)));
        m_store = std::make_unique<Store::StateStore>(
            Store::StoreLocation::sqlite(m_dir.filePath(u"workspace/state.sqlite"_s)));
        QVERIFY(m_store->open());
        QString error;
        m_config = Engine::loadWorkspaceConfig(m_dir.filePath(u"workspace"_s), &error,
                                               std::pair{m_sandbox.storeUrl(), m_sandbox.booksUrl()});
        QVERIFY2(m_config, qPrintable(error));
        bool found = false;
        for (Mapping::ObjectRule &rule : m_config->mapping.objects) {
            if (rule.id == u"order"_s) {
                rule.split = Mapping::SplitBy::Vendor;
                found = true;
            }
        }
        QVERIFY(found);
    }

    /// The dry run plans one invoice per vendor, and blocks the order with a line of no vendor.
    void dryRunPlansParts()
    {
        QString error;
        Engine::Executor executor(*m_config, *m_store);
        QVERIFY2(executor.open(&error), qPrintable(error));
        const Engine::DryRunOutcome outcome = executor.dryRun();
        QVERIFY2(outcome.report, qPrintable(outcome.error));
        QHash<QString, Engine::PlannedChange> bySource;
        for (const Engine::PlannedChange &change : outcome.report->changes)
            bySource.insert(change.sourceId, change);
        // 12 orders split into 19 parts, and #1012 whole (blocked).
        QCOMPARE(outcome.report->changes.size(), 20);
        for (const QString &part :
             {u"5107/Sandbox Apparel"_s, u"5107/Acme Ceramics"_s, u"5107/Nordic Woodworks"_s}) {
            QVERIFY2(bySource.contains(part), qPrintable(part));
            QCOMPARE(bySource.value(part).action, Engine::PlanAction::Create);
        }
        QCOMPARE(bySource.value(u"5107/Acme Ceramics"_s).matchKey, u"1007/Acme Ceramics"_s);
        QCOMPARE(bySource.value(u"5107/Acme Ceramics"_s).after.value(u"Reference"_s).toString(),
                 u"#1007/Acme Ceramics"_s);
        const Engine::PlannedChange blocked = bySource.value(u"5112"_s);
        QCOMPARE(blocked.action, Engine::PlanAction::Blocked);
        QCOMPARE(blocked.reasons,
                 QStringList{u"order #1012: lines[1].vendor: empty; every line of a marketplace order needs "
                             "its vendor"_s});
    }

    /// The sync writes each part as its own invoice, exact to the cent.
    void syncWritesOneInvoicePerVendor()
    {
        QString error;
        Engine::ExecutorOptions options;
        options.allowWrites = true;
        Engine::Executor executor(*m_config, *m_store, options);
        QVERIFY2(executor.open(&error), qPrintable(error));
        QVERIFY2(executor.enqueueRulePull(u"customer"_s, &error), qPrintable(error));
        QVERIFY(executor.runUntilIdle().error.isEmpty());
        QVERIFY2(executor.enqueuePull(&error), qPrintable(error));
        const Engine::RunSummary run = executor.runUntilIdle();
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.ordersRead, 13);
        // 19 parts: 18 invoices; #1010's one part dead (its SKU is no item of the books) and
        // #1012 dead before it was split.
        QCOMPARE(run.created, 18);
        QCOMPARE(run.dead, 2);
        const auto letters = Store::DeadLetterRepository(*m_store).list();
        QVERIFY(letters);
        QStringList dead;
        for (const Store::DeadLetter &letter : letters.value()) {
            if (letter.objectType == u"order"_s) // (customer 7005's letter is the customer rule's)
                dead.append(letter.objectId);
        }
        dead.sort();
        QCOMPARE(dead, (QStringList{u"5110/Acme Ceramics"_s, u"5112"_s}));
        for (const Store::DeadLetter &letter : letters.value()) {
            if (letter.objectId == u"5112"_s)
                QVERIFY2(letter.error.startsWith(
                             u"cannot be split by vendor: order #1012: lines[1].vendor: empty; "
                             "every line of a marketplace order needs its vendor"_s),
                         qPrintable(letter.error));
        }

        const QHash<QString, QJsonObject> written = invoices();
        QVERIFY(!written.contains(u"#1007"_s));
        const QJsonObject apparel = written.value(u"#1007/Sandbox Apparel"_s);
        const QJsonObject acme = written.value(u"#1007/Acme Ceramics"_s);
        const QJsonObject nordic = written.value(u"#1007/Nordic Woodworks"_s);
        QCOMPARE(text(apparel.value(u"Total"_s)), u"31.52"_s);
        QCOMPARE(text(apparel.value(u"TotalTax"_s)), u"5.03"_s);
        QCOMPARE(text(acme.value(u"Total"_s)), u"28.38"_s);
        QCOMPARE(text(acme.value(u"TotalTax"_s)), u"4.53"_s);
        QCOMPARE(text(nordic.value(u"Total"_s)), u"40.99"_s);
        QCOMPARE(text(nordic.value(u"TotalTax"_s)), u"6.55"_s);
        // Each invoice: its vendor's items, then its share of the shipping.
        const QJsonArray lines = acme.value(u"LineItems"_s).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).toObject().value(u"ItemCode"_s).toString(), u"MUG-CER-350"_s);
        QCOMPARE(text(lines.at(1).toObject().value(u"UnitAmount"_s)), u"1.38"_s);
        QCOMPARE(text(lines.at(1).toObject().value(u"TaxAmount"_s)), u"0.22"_s);
        QCOMPARE(lines.at(1).toObject().value(u"Description"_s).toString(), u"DHL Paket"_s);
        // Linked part by part.
        QCOMPARE(invoiceOf(u"5107/Acme Ceramics"_s), acme.value(u"InvoiceID"_s).toString());
        QVERIFY(invoiceOf(u"5107"_s).isEmpty());

        // The audit log says how the order was split.
        Store::AuditQuery query;
        query.matchKey = u"1007"_s;
        query.limit = 1000;
        const auto rows = Store::AuditLog(*m_store).query(query);
        QVERIFY(rows);
        bool said = false;
        for (const Store::AuditEntry &row : rows.value()) {
            if (row.operation == u"split"_s && row.sourceId == u"5107"_s) {
                QCOMPARE(
                    row.error,
                    u"split by vendor into 3 record(s): Sandbox Apparel, Acme Ceramics, Nordic Woodworks"_s);
                said = true;
            }
        }
        QVERIFY(said);
    }

    /// The same order again (a webhook, a replay): its parts are unchanged, nothing is written.
    void splittingAgainWritesNothing()
    {
        QString error;
        Engine::ExecutorOptions options;
        options.allowWrites = true;
        Engine::Executor executor(*m_config, *m_store, options);
        QVERIFY2(executor.open(&error), qPrintable(error));
        const int before = m_sandbox.booksStats().value(u"writes_committed"_s).toInt();
        Store::NewJob job;
        job.kind = QString::fromLatin1(Engine::JobKinds::pushOrder);
        job.payload = {{u"order_id"_s, u"5107"_s}};
        QVERIFY(Store::JobQueue(*m_store).enqueue(job));
        // A part named without its document (as a repair names it) is read and split again.
        job.payload = {{u"order_id"_s, u"5107/Nordic Woodworks"_s}};
        QVERIFY(Store::JobQueue(*m_store).enqueue(job));
        const Engine::RunSummary run = executor.runUntilIdle();
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.created, 0);
        QCOMPARE(run.updated, 0);
        QCOMPARE(run.skipped, 4);
        QCOMPARE(run.dead, 0);
        QCOMPARE(m_sandbox.booksStats().value(u"writes_committed"_s).toInt(), before);
    }

    /// The truth pass compares part by part: #1007's parts match; a deleted part is found
    /// missing, repaired as its own invoice, and the next pass finds it matched.
    void reconcilesAndRepairsParts()
    {
        // Every object (orders, refunds, prices, stock): nothing unexplained.
        Engine::ReconcileOutcome outcome = reconcile(Engine::ReconcileMode::Report, {});
        QVERIFY2(outcome.report, qPrintable(outcome.error));
        for (const Engine::ReconciliationFinding &finding : outcome.report->findings)
            qInfo("%s %s %s: %s", qPrintable(finding.object), qPrintable(finding.key),
                  qPrintable(Engine::nameOf(finding.cause)), qPrintable(finding.evidence));
        QStringList keys;
        for (const Engine::ReconciliationFinding &finding : outcome.report->findings) {
            QVERIFY2(finding.cause != Engine::MismatchCause::Unknown, qPrintable(finding.key));
            keys.append(finding.key);
        }
        for (const QString &key : keys)
            QVERIFY2(!key.startsWith(u"#1007"_s), qPrintable(key));
        // #1006's refund is compared as its vendor's part (its one line is Sandbox Apparel's), named
        // by that part of its order as people know it.
        const auto refund = std::find_if(outcome.report->findings.cbegin(), outcome.report->findings.cend(),
                                         [](const auto &finding) { return finding.object == u"refund"_s; });
        QVERIFY(refund != outcome.report->findings.cend());
        QCOMPARE(refund->key, u"#1006/Sandbox Apparel/refund/17000000001"_s);
        QCOMPARE(refund->storeId, u"5106/17000000001/Sandbox Apparel"_s);
        QCOMPARE(refund->cause, Engine::MismatchCause::RefundNotCredited);
        QVERIFY2(
            refund->evidence.startsWith(u"Refund 17000000001 of order #1006/Sandbox Apparel (29.99 EUR"_s),
            qPrintable(refund->evidence));
        // The order that cannot be split is said in the orders' notes, not left out silently.
        bool noted = false;
        for (const Engine::ReconcileTally &tally : outcome.report->tallies) {
            if (tally.object != Engine::ReconcileObject::Orders)
                continue;
            QCOMPARE(tally.storeRecords, 19); // 19 parts; #1012 not compared
            noted =
                tally.notes.contains(u"not compared, unreadable: cannot be split by vendor: order #1012: "
                                     "lines[1].vendor: empty; every line of a marketplace order needs its "
                                     "vendor"_s);
        }
        QVERIFY(noted);

        const QString acme = invoiceOf(u"5107/Acme Ceramics"_s);
        int status = 0;
        books("POST", u"Invoices/"_s + acme, {{u"Status"_s, u"DELETED"_s}}, &status);
        QCOMPARE(status, 200);
        outcome = reconcile(Engine::ReconcileMode::Repair);
        QVERIFY2(outcome.report, qPrintable(outcome.error));
        const Engine::ReconciliationFinding *gone = nullptr;
        for (const Engine::ReconciliationFinding &finding : outcome.report->findings) {
            if (finding.key == u"#1007/Acme Ceramics"_s)
                gone = &finding;
        }
        QVERIFY(gone);
        QCOMPARE(gone->cause, Engine::MismatchCause::MissingRecord);
        QCOMPARE(gone->storeId, u"5107/Acme Ceramics"_s);
        QCOMPARE(gone->storeAmount->toString(), u"28.38"_s);
        QCOMPARE(gone->repair.value(u"status"_s).toString(), u"enqueued"_s);
        QCOMPARE(outcome.report->repairs.run.value(u"created"_s).toInt(), 1);

        const QString again = invoiceOf(u"5107/Acme Ceramics"_s);
        QVERIFY(!again.isEmpty());
        QVERIFY(again != acme);
        const QJsonObject written = invoices().value(u"#1007/Acme Ceramics"_s);
        QCOMPARE(written.value(u"InvoiceID"_s).toString(), again);
        QCOMPARE(text(written.value(u"Total"_s)), u"28.38"_s);

        outcome = reconcile();
        QVERIFY2(outcome.report, qPrintable(outcome.error));
        for (const Engine::ReconciliationFinding &finding : outcome.report->findings)
            QVERIFY2(!finding.key.startsWith(u"#1007"_s), qPrintable(finding.key));
    }

    /// A part written earlier whose vendor the order no longer has (its last line removed in the
    /// store): the truth pass reports its ERP record for review, with the amount it holds.
    void aPartTheOrderLostIsReported()
    {
        // The books hold an invoice written for #1007's "Old Pottery" part: 1 × 10.00 + 19 % =
        // 11.90, linked as the sync links a part.
        int status = 0;
        const QJsonObject line{{u"Description"_s, u"Vase"_s},
                               {u"Quantity"_s, 1},
                               {u"UnitAmount"_s, u"10.00"_s},
                               {u"TaxType"_s, u"OUTPUT2"_s}};
        const QJsonObject written =
            books("PUT", u"Invoices"_s,
                  {{u"Invoices"_s,
                    QJsonArray{QJsonObject{{u"Type"_s, u"ACCREC"_s},
                                           {u"Reference"_s, u"#1007/Old Pottery"_s},
                                           {u"Contact"_s, QJsonObject{{u"Name"_s, u"James Miller"_s}}},
                                           {u"Date"_s, u"2026-11-23"_s},
                                           {u"LineAmountTypes"_s, u"Exclusive"_s},
                                           {u"Status"_s, u"AUTHORISED"_s},
                                           {u"LineItems"_s, QJsonArray{line}}}}}},
                  &status);
        QCOMPARE(status, 200);
        const QJsonObject invoice = written.value(u"Invoices"_s).toArray().first().toObject();
        QCOMPARE(text(invoice.value(u"Total"_s)), u"11.9"_s); // a JSON number
        Store::CrossReference link;
        link.connectionPair = m_config->connectionPair;
        link.objectType = u"order"_s;
        link.storeId = u"5107/Old Pottery"_s;
        link.erpId = invoice.value(u"InvoiceID"_s).toString();
        link.matchKey = u"1007/Old Pottery"_s;
        QVERIFY(Store::CrossReferenceRepository(*m_store).add(link));

        const Engine::ReconcileOutcome outcome = reconcile();
        QVERIFY2(outcome.report, qPrintable(outcome.error));
        const auto lost =
            std::find_if(outcome.report->findings.cbegin(), outcome.report->findings.cend(),
                         [](const auto &finding) { return finding.key == u"#1007/Old Pottery"_s; });
        QVERIFY(lost != outcome.report->findings.cend());
        QCOMPARE(lost->cause, Engine::MismatchCause::EditedAfterSync);
        QCOMPARE(lost->storeId, u"5107/Old Pottery"_s);
        QVERIFY(!lost->storeAmount);
        QCOMPARE(lost->erpId, link.erpId);
        QCOMPARE(lost->erpAmount->toString(), u"11.90"_s);
        QCOMPARE(lost->difference.toString(), u"-11.90"_s);
        QCOMPARE(lost->currency, u"EUR"_s);
        QVERIFY(lost->missing);
        QVERIFY2(lost->evidence.startsWith(
                     u"Order #1007 no longer has lines of Old Pottery (the order changed "_s),
                 qPrintable(lost->evidence));
        QVERIFY2(lost->evidence.endsWith(u"is still in the ERP with 11.90 EUR."_s),
                 qPrintable(lost->evidence));
        QCOMPARE(lost->repair.value(u"action"_s).toString(), u"review"_s);
        // #1007's three parts still match.
        for (const Engine::ReconciliationFinding &finding : outcome.report->findings)
            QVERIFY2(finding.key == u"#1007/Old Pottery"_s || !finding.key.startsWith(u"#1007"_s),
                     qPrintable(finding.key));
    }
};

QTEST_GUILESS_MAIN(TestMarketplaceSplit)
#include "tst_marketplacesplit.moc"
