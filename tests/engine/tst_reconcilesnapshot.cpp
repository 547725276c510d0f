// The truth pass in two steps (core/engine/reconciliation.cpp): Reconciler::fetch() reads what the
// pass needs into a ReconcileSnapshot, Reconciler::run() with it compares without the network. Against
// the real sandbox (in-process SandboxServices) through the real Shopify and Xero connectors, after
// syncing the seeded store to the books: the pass from a snapshot finds exactly what the live pass
// finds (every field of every finding, the tallies, what is stored), with no HTTP request; `since`
// narrows the snapshot as the connectors' reads do; cancelling works in both steps. The counts of
// findings are never written down here: the live pass is the reference.
#include "engine/reconciliation.h"
#include "net/httpclient.h"
#include "store/reconciliationrepository.h"
#include "store/runrepository.h"
#include "syncedsandbox.h"

#include <QtCore/QDir>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimeZone>
#include <QtTest/QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace LedgerLink;

namespace {

/// Every field of a finding, as JSON (amounts and difference as exact decimal text).
QJsonObject fieldsOf(const Engine::ReconciliationFinding &finding)
{
    QJsonObject json = finding.toJson();
    json.insert(u"missing"_s, finding.missing);
    return json;
}

/// The findings as one sorted list of compact JSON texts: compared as a whole, with a readable diff.
QStringList findingsOf(const Engine::ReconcileReport &report)
{
    QStringList all;
    for (const Engine::ReconciliationFinding &finding : report.findings)
        all.append(QString::fromUtf8(QJsonDocument(fieldsOf(finding)).toJson(QJsonDocument::Compact)));
    all.sort();
    return all;
}

QStringList talliesOf(const Engine::ReconcileReport &report)
{
    QStringList all;
    for (const Engine::ReconcileTally &tally : report.tallies)
        all.append(QString::fromUtf8(QJsonDocument(tally.toJson()).toJson(QJsonDocument::Compact)));
    return all;
}

/// What the state store keeps of a run's findings, without the ids.
QStringList storedOf(Store::StateStore &store, qint64 runId)
{
    QStringList all;
    const auto results = Store::ReconciliationRepository(store).results(runId);
    if (!results)
        return {u"(unreadable)"_s};
    for (const Store::ReconciliationResult &result : results.value()) {
        const QJsonObject json{{u"object"_s, result.objectType},     {u"store_id"_s, result.storeId},
                               {u"erp_id"_s, result.erpId},          {u"status"_s, int(result.status)},
                               {u"difference"_s, result.difference}, {u"currency"_s, result.currency},
                               {u"cause"_s, result.cause},           {u"details"_s, result.details},
                               {u"key"_s, result.matchKey},          {u"store_amount"_s, result.storeAmount},
                               {u"erp_amount"_s, result.erpAmount},  {u"evidence"_s, result.evidence},
                               {u"repair"_s, result.repair}};
        all.append(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    }
    all.sort();
    return all;
}

} // namespace

class TestReconcileSnapshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Testing::SyncedSandbox m_synced;

    int sandboxRequests()
    {
        return m_synced.sandbox.storeStats().value(u"requests_total"_s).toInt()
            + m_synced.sandbox.booksStats().value(u"requests_total"_s).toInt();
    }

    /// A fresh reconciler (connectors that have read nothing yet), opened.
    std::unique_ptr<Engine::Reconciler> reconciler()
    {
        auto opened = std::make_unique<Engine::Reconciler>(*m_synced.config, *m_synced.store);
        QString error;
        if (!opened->open(&error))
            qWarning("%s", qPrintable(error));
        return opened;
    }

    /// The live pass and the pass from a snapshot fetched by another reconciler, compared whole.
    void compareLiveWithSnapshot(const Engine::ReconcileOptions &options,
                                 const Engine::ReconcileOptions &fetchOptions)
    {
        const Engine::ReconcileOutcome live = reconciler()->run(options);
        QVERIFY2(live.report, qPrintable(live.error));

        const Engine::ReconcileFetch fetched = reconciler()->fetch(fetchOptions);
        QVERIFY2(fetched.snapshot, qPrintable(fetched.error));
        if (fetchOptions.since == options.since && fetchOptions.objects == options.objects)
            // The same reads, an object two comparisons need (Xero's items) read once.
            QVERIFY2(fetched.snapshot->requests > 0 && fetched.snapshot->requests <= live.report->requests,
                     qPrintable(u"%1 vs %2"_s.arg(fetched.snapshot->requests).arg(live.report->requests)));

        const auto comparing = reconciler();
        const int requestsBefore = sandboxRequests();
        const Engine::ReconcileOutcome compared = comparing->run(options, nullptr, &*fetched.snapshot);
        QVERIFY2(compared.report, qPrintable(compared.error));
        QCOMPARE(sandboxRequests(), requestsBefore);
        QCOMPARE(compared.report->requests, 0);
        QCOMPARE(comparing->storeClient().sentTotal() + comparing->erpClient().sentTotal(), 0);

        QCOMPARE(findingsOf(*compared.report), findingsOf(*live.report));
        QCOMPARE(talliesOf(*compared.report), talliesOf(*live.report));
        QCOMPARE(storedOf(*m_synced.store, compared.report->runId),
                 storedOf(*m_synced.store, live.report->runId));
        const auto run = Store::RunRepository(*m_synced.store).run(compared.report->runId);
        QVERIFY(run && run.value());
        QCOMPARE(run.value()->status, Store::RunStatus::Succeeded);
        QCOMPARE(run.value()->counts.value(u"findings"_s).toInt(), int(live.report->findings.size()));
    }

private slots:
    void initTestCase()
    {
        // The seeded store synced to the books (customers, then orders), as tst_reconciliation
        // does: cross-references, written times and a dead letter for the pass to use.
        QVERIFY(m_dir.isValid());
        const QString error = m_synced.start(QDir(m_dir.path()));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_synced.orders.created > 0);
    }

    /// All objects: the same findings, tallies and stored rows, without a request.
    void snapshotPassFindsWhatTheLivePassFinds()
    {
        compareLiveWithSnapshot({}, {});
        // The fetch holds every object the pass reads, and the currencies the connectors learned.
        const Engine::ReconcileFetch fetched = reconciler()->fetch();
        QVERIFY2(fetched.snapshot, qPrintable(fetched.error));
        const Engine::ReconcileSnapshot &snapshot = *fetched.snapshot;
        QVERIFY(snapshot.recordsOf(false, u"order"_s));
        QVERIFY(snapshot.recordsOf(false, u"refund"_s));
        QVERIFY(snapshot.recordsOf(false, u"product"_s));
        QVERIFY(snapshot.recordsOf(false, u"inventory_level"_s));
        QVERIFY(snapshot.recordsOf(true, u"Invoice"_s));
        QVERIFY(snapshot.recordsOf(true, u"CreditNote"_s));
        QVERIFY(snapshot.recordsOf(true, u"Item"_s));
        // Facts, not vendor documents: each order with the ERP key its mapping gives.
        const auto &orders = snapshot.recordsOf(false, u"order"_s)->orders;
        QVERIFY(!orders.isEmpty());
        QCOMPARE(snapshot.recordsOf(false, u"order"_s)->count, orders.size());
        QVERIFY(orders.first().facts);
        QVERIFY(!orders.first().facts->erpKey.isEmpty());
        QVERIFY(!snapshot.recordsOf(true, u"Invoice"_s)->documents.isEmpty());
        QVERIFY(!snapshot.recordsOf(false, u"inventory_level"_s)->skus.isEmpty());
        QCOMPARE(snapshot.storeCurrency, u"EUR"_s);
        QCOMPARE(snapshot.erpCurrency, u"EUR"_s);
        QVERIFY(snapshot.fetched.isValid());
        QVERIFY(snapshot.requests > 0);

        // One snapshot compared twice: the same again.
        const auto comparing = reconciler();
        const Engine::ReconcileOutcome first = comparing->run({}, nullptr, &snapshot);
        const Engine::ReconcileOutcome second = comparing->run({}, nullptr, &snapshot);
        QVERIFY(first.report && second.report);
        QCOMPARE(findingsOf(*second.report), findingsOf(*first.report));
    }

    /// A snapshot built by hand from the connectors' pages (addToSnapshot(), as a benchmark does)
    /// compares as the fetched one.
    void snapshotBuiltFromPages()
    {
        const auto fetching = reconciler();
        const Engine::ReconcileFetch fetched = fetching->fetch();
        QVERIFY2(fetched.snapshot, qPrintable(fetched.error));
        Engine::ReconcileSnapshot built;
        built.storeCurrency = fetched.snapshot->storeCurrency;
        built.erpCurrency = fetched.snapshot->erpCurrency;
        for (const bool erp : {false, true}) {
            const auto &objects = erp ? fetched.snapshot->erp : fetched.snapshot->store;
            for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
                Connectors::Connector &side = erp ? fetching->erpConnector() : fetching->storeConnector();
                Connectors::ReadCursor cursor;
                for (;;) {
                    const Connectors::ReadPage page = side.readPage(it.key(), cursor, 50);
                    QVERIFY(!page.failure);
                    fetching->addToSnapshot(built, erp, it.key(), page.records);
                    if (page.nextPageToken.isEmpty())
                        break;
                    cursor.pageToken = page.nextPageToken;
                }
                QCOMPARE(built.recordsOf(erp, it.key())->count, it->count);
            }
        }
        QCOMPARE(built.size(), fetched.snapshot->size());
        const Engine::ReconcileOutcome fromFetch = reconciler()->run({}, nullptr, &*fetched.snapshot);
        const Engine::ReconcileOutcome fromPages = reconciler()->run({}, nullptr, &built);
        QVERIFY2(fromFetch.report && fromPages.report, qPrintable(fromFetch.error + fromPages.error));
        QCOMPARE(findingsOf(*fromPages.report), findingsOf(*fromFetch.report));
        QCOMPARE(talliesOf(*fromPages.report), talliesOf(*fromFetch.report));
    }

    void narrowedToObjects_data()
    {
        QTest::addColumn<QList<Engine::ReconcileObject>>("objects");
        QTest::newRow("orders") << QList{Engine::ReconcileObject::Orders};
        QTest::newRow("refunds (reads the orders too)") << QList{Engine::ReconcileObject::Refunds};
        QTest::newRow("prices") << QList{Engine::ReconcileObject::Prices};
        QTest::newRow("stock (reads the catalog too)") << QList{Engine::ReconcileObject::Stock};
        QTest::newRow("prices and stock")
            << QList{Engine::ReconcileObject::Prices, Engine::ReconcileObject::Stock};
        QTest::newRow("payouts") << QList{Engine::ReconcileObject::Payouts};
    }

    /// A pass of some objects: its snapshot holds what it reads, and compares the same.
    void narrowedToObjects()
    {
        QFETCH(QList<Engine::ReconcileObject>, objects);
        Engine::ReconcileOptions options;
        options.objects = objects;
        compareLiveWithSnapshot(options, options);
        // A snapshot of all objects serves a narrowed pass too.
        compareLiveWithSnapshot(options, {});
    }

    void sinceNarrowsAsTheConnectorsRead_data()
    {
        QTest::addColumn<QDateTime>("since");
        const auto utc = [](const char *text) {
            return QDateTime::fromString(QLatin1StringView(text), Qt::ISODate);
        };
        // The seed's orders changed between 2026-11-05 and 2026-11-26; #1006 (with its refund)
        // last at 2026-11-25 13:00 UTC.
        QTest::newRow("before every order") << utc("2026-01-01T00:00:00Z");
        QTest::newRow("some orders") << utc("2026-11-23T00:00:00Z");
        QTest::newRow("exactly when #1006 changed") << utc("2026-11-25T13:00:00Z");
        QTest::newRow("a second after #1006 changed") << utc("2026-11-25T13:00:01Z");
        QTest::newRow("after every order") << QDateTime::currentDateTimeUtc().addDays(1);
    }

    /// `since` keeps the store's orders and refunds changed since then, as the connectors' reads
    /// do, from a snapshot of everything and from one fetched with the same `since`.
    void sinceNarrowsAsTheConnectorsRead()
    {
        QFETCH(QDateTime, since);
        Engine::ReconcileOptions options;
        options.since = since;
        compareLiveWithSnapshot(options, {});
        compareLiveWithSnapshot(options, options);

        // A snapshot of what changed since then cannot answer for what changed earlier.
        const Engine::ReconcileFetch fetched = reconciler()->fetch(options);
        QVERIFY2(fetched.snapshot, qPrintable(fetched.error));
        Engine::ReconcileOptions earlier;
        earlier.since = since.addDays(-1);
        const Engine::ReconcileOutcome refused = reconciler()->run(earlier, nullptr, &*fetched.snapshot);
        QVERIFY(!refused.report);
        QVERIFY2(refused.error.contains(u"changed since"_s), qPrintable(refused.error));
        const Engine::ReconcileOutcome whole = reconciler()->run({}, nullptr, &*fetched.snapshot);
        QVERIFY(!whole.report);
    }

    /// A snapshot without an object the pass compares: the pass fails saying which.
    void snapshotWithoutAnObjectFails()
    {
        Engine::ReconcileOptions prices;
        prices.objects = {Engine::ReconcileObject::Prices};
        const Engine::ReconcileFetch fetched = reconciler()->fetch(prices);
        QVERIFY2(fetched.snapshot, qPrintable(fetched.error));
        const Engine::ReconcileOutcome outcome = reconciler()->run({}, nullptr, &*fetched.snapshot);
        QVERIFY(!outcome.report);
        QVERIFY2(outcome.error.contains(u"order"_s), qPrintable(outcome.error));
    }

    /// Cancelled before or while fetching: no snapshot. Cancelled while comparing: the run is stored
    /// as cancelled, without findings, as a live pass is.
    void cancelling()
    {
        Engine::ReconcileOptions options;
        options.pageSize = 2; // several pages: a stop between them
        {
            Engine::RunProgress progress;
            progress.cancelRequested = true;
            const Engine::ReconcileFetch fetched = reconciler()->fetch(options, &progress);
            QVERIFY(fetched.cancelled);
            QVERIFY(!fetched.snapshot);
            QVERIFY(fetched.error.isEmpty());
        }
        const Engine::ReconcileFetch fetched = reconciler()->fetch(options);
        QVERIFY2(fetched.snapshot, qPrintable(fetched.error));
        {
            Engine::RunProgress progress;
            progress.onStep = [&progress](int, int total) {
                if (total > 0)
                    progress.cancelRequested = true;
            };
            const auto fetching = reconciler();
            const Engine::ReconcileFetch stopped = fetching->fetch(options, &progress);
            QVERIFY(stopped.cancelled);
            QVERIFY(!stopped.snapshot);
            // Stopped after the first page of orders.
            const int sent = fetching->storeClient().sentTotal() + fetching->erpClient().sentTotal();
            QVERIFY2(sent >= 1 && sent < fetched.snapshot->requests / 2,
                     qPrintable(u"%1 of %2"_s.arg(sent).arg(fetched.snapshot->requests)));
        }
        for (const bool midway : {false, true}) {
            Engine::RunProgress progress;
            int steps = 0;
            if (midway)
                progress.onStep = [&progress, &steps](int, int) {
                    if (++steps == 2)
                        progress.cancelRequested = true;
                };
            else
                progress.cancelRequested = true;
            const Engine::ReconcileOutcome outcome =
                reconciler()->run(options, &progress, &*fetched.snapshot);
            QVERIFY(outcome.cancelled);
            QVERIFY(!outcome.report);
            QVERIFY(outcome.error.isEmpty());
            if (midway)
                QCOMPARE(steps, 2); // stopped at the next page
            const auto runs = Store::RunRepository(*m_synced.store).recentRuns(1);
            QVERIFY(runs && !runs.value().isEmpty());
            QCOMPARE(runs.value().first().status, Store::RunStatus::Cancelled);
            const auto stored =
                Store::ReconciliationRepository(*m_synced.store).results(runs.value().first().id);
            QVERIFY(stored && stored.value().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestReconcileSnapshot)
#include "tst_reconcilesnapshot.moc"
