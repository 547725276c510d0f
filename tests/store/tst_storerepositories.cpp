// Every repository of the state store, on SQLite and on a real PostgreSQL: exact rows back.

#include "storetestsupport.h"

#include "store/auditlog.h"
#include "store/crossreferencerepository.h"
#include "store/deadletterrepository.h"
#include "store/enginestaterepository.h"
#include "store/idempotencyledger.h"
#include "store/jobqueue.h"
#include "store/reconciliationrepository.h"
#include "store/runrepository.h"
#include "store/workspacerepository.h"

#include <QtCore/QJsonArray>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlRecord>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace LedgerLink::Store;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);

QStringList ids(const QList<AuditEntry> &entries)
{
    QStringList result;
    for (const AuditEntry &entry : entries)
        result.append(entry.matchKey + u'@' + QString::number(entry.attempt));
    return result;
}

/// An audit filter by position (matching key, object, from, to, result, limit, offset).
AuditQuery filter(const QString &matchKey, const QString &objectType, const QDateTime &from,
                  const QDateTime &to, const QString &result, int limit, int offset)
{
    AuditQuery query;
    query.matchKey = matchKey;
    query.objectType = objectType;
    query.from = from;
    query.to = to;
    query.result = result;
    query.limit = limit;
    query.offset = offset;
    return query;
}

} // namespace

class TestStoreRepositories final : public QObject
{
    Q_OBJECT

private:
    // A fresh, opened store for the current data row's backend, with a clock the test moves.
    std::unique_ptr<StoreTest::ScratchLocation> m_scratch;
    std::unique_ptr<StateStore> m_store;
    QDateTime m_now;

    bool openStore(QString *why)
    {
        QFETCH_GLOBAL(QString, backend);
        m_store.reset();
        m_scratch = std::make_unique<StoreTest::ScratchLocation>();
        if (!m_scratch->create(backend, why))
            return false;
        m_store = std::make_unique<StateStore>(m_scratch->location());
        m_now = t0;
        m_store->setClock([this] { return m_now; });
        const auto opened = m_store->open();
        if (!opened.ok())
            *why = opened.error().message;
        return opened.ok();
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgres") << u"postgres"_s;
    }

    void init()
    {
        QString why;
        if (!openStore(&why))
            QFAIL(qPrintable(why));
    }

    void cleanup()
    {
        m_store.reset();
        m_scratch.reset();
    }

    void workspacesAndConnections()
    {
        WorkspaceRepository repo(*m_store);
        const auto shop = repo.createWorkspace(u"Sandbox Shop"_s);
        STORE_VERIFY(shop);
        m_now = t0.addSecs(60);
        const auto acme = repo.createWorkspace(u"ACME"_s);
        STORE_VERIFY(acme);
        const auto all = repo.workspaces();
        STORE_VERIFY(all);
        QCOMPARE(all.value().size(), 2);
        QCOMPARE(all.value().at(0).name, u"ACME"_s);
        QCOMPARE(all.value().at(0).created, t0.addSecs(60));
        QCOMPARE(all.value().at(1).name, u"Sandbox Shop"_s);
        QCOMPARE(all.value().at(1).id, shop.value().id);
        QCOMPARE(all.value().at(1).created, t0);

        ConnectionRecord store;
        store.workspaceId = shop.value().id;
        store.kind = u"shopify"_s;
        store.name = u"Shop"_s;
        store.baseUrl = u"https://sandbox.myshopify.invalid/admin/api/2024-01"_s;
        store.settings = QJsonObject{{u"apiVersion"_s, u"2024-01"_s}, {u"locations"_s, QJsonArray{1, 2}}};
        store.keychainKey = u"ledgerlink/shop/token"_s;
        const auto added = repo.addConnection(store);
        STORE_VERIFY(added);
        QVERIFY(!added.value().id.isEmpty());
        ConnectionRecord books = store;
        books.kind = u"xero"_s;
        books.name = u"Books"_s;
        books.baseUrl = u"https://books.invalid/api.xro/2.0"_s;
        books.settings = {};
        books.keychainKey = u"ledgerlink/books/oauth"_s;
        STORE_VERIFY(repo.addConnection(books));

        const auto duplicate = repo.addConnection(store); // same name in the same workspace
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().code, StoreError::Code::Constraint);
        ConnectionRecord orphan = store;
        orphan.workspaceId = u"no-such-workspace"_s;
        const auto noWorkspace = repo.addConnection(orphan); // foreign key
        QVERIFY(!noWorkspace.ok());
        QCOMPARE(noWorkspace.error().code, StoreError::Code::Constraint);

        auto list = repo.connections(shop.value().id);
        STORE_VERIFY(list);
        QCOMPARE(list.value().size(), 2);
        QCOMPARE(list.value().at(0).name, u"Books"_s);
        QCOMPARE(list.value().at(0).kind, u"xero"_s);
        QCOMPARE(list.value().at(0).settings, QJsonObject());
        const ConnectionRecord read = list.value().at(1); // a copy: `list` is reassigned below
        QCOMPARE(read.id, added.value().id);
        QCOMPARE(read.workspaceId, shop.value().id);
        QCOMPARE(read.kind, u"shopify"_s);
        QCOMPARE(read.baseUrl, store.baseUrl);
        QCOMPARE(read.settings, store.settings);
        QCOMPARE(read.keychainKey, u"ledgerlink/shop/token"_s);
        QCOMPARE(read.created, t0.addSecs(60));
        QCOMPARE(repo.connections(acme.value().id).value().size(), 0);

        m_now = t0.addSecs(120);
        ConnectionRecord changed = read;
        changed.baseUrl = u"https://shop.invalid"_s;
        changed.settings = QJsonObject{{u"apiVersion"_s, u"2024-04"_s}};
        STORE_VERIFY(repo.updateConnection(changed));
        list = repo.connections(shop.value().id);
        QCOMPARE(list.value().at(1).baseUrl, u"https://shop.invalid"_s);
        QCOMPARE(list.value().at(1).settings, changed.settings);
        QCOMPARE(list.value().at(1).created, t0.addSecs(60));
        QCOMPARE(list.value().at(1).updated, t0.addSecs(120));

        STORE_VERIFY(repo.removeConnection(read.id));
        const auto gone = repo.removeConnection(read.id);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, StoreError::Code::NotFound);
        QCOMPARE(repo.connections(shop.value().id).value().size(), 1);

        // Secrets live in the keychain: the table has no column that could hold one.
        const QSqlRecord columns = m_store->database().value().record(u"ll_connections"_s);
        QStringList names;
        for (int i = 0; i < columns.count(); ++i)
            names.append(columns.fieldName(i));
        QCOMPARE(names,
                 QStringList({u"id"_s, u"workspace_id"_s, u"kind"_s, u"name"_s, u"base_url"_s, u"settings"_s,
                              u"keychain_key"_s, u"created_ms"_s, u"updated_ms"_s}));
    }

    void crossReference()
    {
        CrossReferenceRepository repo(*m_store);
        const QString pair = u"shop-books"_s;
        CrossReference order{0, pair, u"order"_s, u"820982911946154508"_s, u"INV-0042"_s, u"#1001"_s, {}, {}};
        const auto added = repo.add(order);
        STORE_VERIFY(added);
        QVERIFY(added.value().id > 0);

        const auto byStore = repo.findByStoreId(pair, u"order"_s, u"820982911946154508"_s);
        STORE_VERIFY(byStore);
        QVERIFY(byStore.value().has_value());
        QCOMPARE(byStore.value()->storeId,
                 u"820982911946154508"_s); // the exact 64-bit id, no double on the way
        QCOMPARE(byStore.value()->erpId, u"INV-0042"_s);
        QCOMPARE(byStore.value()->matchKey, u"#1001"_s);
        QCOMPARE(byStore.value()->id, added.value().id);
        QCOMPARE(byStore.value()->created, t0);
        // The raw column holds the same text.
        QCOMPARE(m_scratch ? StoreTest::RawConnection(m_scratch->location())
                                 .scalar(u"SELECT store_id FROM ll_cross_references"_s)
                                 .toString()
                           : QString(),
                 u"820982911946154508"_s);

        const auto byErp = repo.findByErpId(pair, u"order"_s, u"INV-0042"_s);
        STORE_VERIFY(byErp);
        QVERIFY(byErp.value().has_value());
        QCOMPARE(byErp.value()->storeId, u"820982911946154508"_s);
        QVERIFY(!repo.findByStoreId(pair, u"order"_s, u"820982911946154509"_s).value().has_value());
        QVERIFY(!repo.findByStoreId(pair, u"invoice"_s, u"820982911946154508"_s).value().has_value());

        CrossReference sameStoreId = order;
        sameStoreId.erpId = u"INV-0043"_s;
        const auto dupStore = repo.add(sameStoreId);
        QVERIFY(!dupStore.ok());
        QCOMPARE(dupStore.error().code, StoreError::Code::Constraint);
        CrossReference sameErpId = order;
        sameErpId.storeId = u"820982911946154599"_s;
        const auto dupErp = repo.add(sameErpId);
        QVERIFY(!dupErp.ok());
        QCOMPARE(dupErp.error().code, StoreError::Code::Constraint);

        // Another pair or another type may use the same ids.
        CrossReference otherPair = order;
        otherPair.connectionPair = u"shop-erp2"_s;
        STORE_VERIFY(repo.add(otherPair));
        CrossReference product{0,  pair, u"product"_s, u"820982911946154508"_s, u"INV-0042"_s, u"SKU-1"_s,
                               {}, {}};
        STORE_VERIFY(repo.add(product));
        CrossReference variant{0, pair, u"product"_s, u"42"_s, u"ITEM-42"_s, u"SKU-1"_s, {}, {}};
        STORE_VERIFY(repo.add(variant));

        const auto bySku = repo.findByMatchKey(pair, u"product"_s, u"SKU-1"_s);
        STORE_VERIFY(bySku);
        QCOMPARE(bySku.value().size(), 2);
        QCOMPARE(bySku.value().at(0).storeId, u"820982911946154508"_s);
        QCOMPARE(bySku.value().at(1).storeId, u"42"_s);

        STORE_VERIFY(repo.remove(added.value().id));
        QVERIFY(!repo.findByStoreId(pair, u"order"_s, u"820982911946154508"_s).value().has_value());
        QCOMPARE(repo.remove(added.value().id).error().code, StoreError::Code::NotFound);
        const auto empty = repo.add({0, pair, u"order"_s, QString(), u"X"_s, QString(), {}, {}});
        QCOMPARE(empty.error().code, StoreError::Code::InvalidArgument);
    }

    void idempotencyLedger()
    {
        IdempotencyLedger ledger(*m_store);
        const auto first = ledger.record(u"order:1001:create"_s, u"created"_s, u"INV-0042"_s);
        STORE_VERIFY(first);
        QCOMPARE(first.value(), true);
        m_now = t0.addSecs(5);
        const auto second = ledger.record(u"order:1001:create"_s, u"created"_s, u"INV-9999"_s);
        STORE_VERIFY(second);
        QCOMPARE(second.value(), false);

        const auto entry = ledger.find(u"order:1001:create"_s);
        STORE_VERIFY(entry);
        QVERIFY(entry.value().has_value());
        QCOMPARE(entry.value()->key, u"order:1001:create"_s);
        QCOMPARE(entry.value()->result, u"created"_s);
        QCOMPARE(entry.value()->targetId, u"INV-0042"_s); // the first writer's, untouched
        QCOMPARE(entry.value()->firstSeen, t0);
        const auto missing = ledger.find(u"order:1002:create"_s);
        STORE_VERIFY(missing);
        QVERIFY(!missing.value().has_value());
        QCOMPARE(ledger.record(QString(), u"x"_s, u"y"_s).error().code, StoreError::Code::InvalidArgument);
    }

    void deadLetters()
    {
        DeadLetterRepository letters(*m_store);
        JobQueue queue(*m_store);
        const auto jobId = queue.enqueue({u"order.push"_s, QJsonObject{{u"order"_s, u"1001"_s}}, 0, {}});
        STORE_VERIFY(jobId);
        const auto leased = queue.lease(u"w1"_s, 1, std::chrono::seconds(30));
        STORE_VERIFY(leased);
        QCOMPARE(leased.value().size(), 1);
        m_now = t0.addSecs(1);
        STORE_VERIFY(
            queue.fail(jobId.value(), u"w1"_s,
                       {u"422 Unprocessable: tax code missing"_s, std::nullopt, u"order"_s, u"1001"_s}));

        m_now = t0.addSecs(2);
        const auto manual = letters.add({0,
                                         std::nullopt,
                                         u"product"_s,
                                         u"SKU-9"_s,
                                         u"blocked"_s,
                                         QJsonObject{{u"sku"_s, u"SKU-9"_s}},
                                         {},
                                         std::nullopt});
        STORE_VERIFY(manual);

        auto open = letters.list();
        STORE_VERIFY(open);
        QCOMPARE(open.value().size(), 2);
        QCOMPARE(open.value().at(0).id, manual.value());
        QCOMPARE(open.value().at(0).jobId, std::optional<qint64>());
        QCOMPARE(open.value().at(0).created, t0.addSecs(2));
        const DeadLetter fromJob = open.value().at(1); // a copy: `open` is reassigned below
        QCOMPARE(fromJob.jobId, std::optional<qint64>(jobId.value()));
        QCOMPARE(fromJob.objectType, u"order"_s);
        QCOMPARE(fromJob.objectId, u"1001"_s);
        QCOMPARE(fromJob.error, u"422 Unprocessable: tax code missing"_s);
        QCOMPARE(fromJob.payload, QJsonObject({{u"order"_s, u"1001"_s}}));
        QCOMPARE(fromJob.created, t0.addSecs(1));
        QVERIFY(!fromJob.replayed.has_value());

        m_now = t0.addSecs(3);
        const auto replayed = letters.replay(fromJob.id, u"order.push"_s);
        STORE_VERIFY(replayed);
        const auto newJob = queue.job(replayed.value());
        STORE_VERIFY(newJob);
        QVERIFY(newJob.value().has_value());
        QCOMPARE(newJob.value()->state, JobState::Queued);
        QCOMPARE(newJob.value()->kind, u"order.push"_s);
        QCOMPARE(newJob.value()->payload, QJsonObject({{u"order"_s, u"1001"_s}}));
        QCOMPARE(newJob.value()->attempts, 0);

        const auto again = letters.replay(fromJob.id, u"order.push"_s);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, StoreError::Code::InvalidArgument);
        QCOMPARE(letters.replay(987654, u"order.push"_s).error().code, StoreError::Code::NotFound);

        open = letters.list();
        QCOMPARE(open.value().size(), 1);
        QCOMPARE(open.value().at(0).id, manual.value());
        const auto everything = letters.list(true);
        QCOMPARE(everything.value().size(), 2);
        const auto found = letters.find(fromJob.id);
        STORE_VERIFY(found);
        QCOMPARE(found.value()->replayed, std::optional<QDateTime>(t0.addSecs(3)));
        const auto counts = queue.counts();
        STORE_VERIFY(counts);
        QCOMPARE(counts.value(), (QHash<JobState, int>{{JobState::Dead, 1}, {JobState::Queued, 1}}));
    }

    void runsAndPlans()
    {
        RunRepository runs(*m_store);
        const auto dry = runs.startRun(RunKind::DryRun, u"shop-books"_s);
        STORE_VERIFY(dry);
        QCOMPARE(dry.value().status, RunStatus::Running);
        const QList<PlanItem> items{
            {0,
             0,
             u"order"_s,
             u"820982911946154508"_s,
             PlanAction::Create,
             u"#1001"_s,
             {},
             QJsonObject{{u"total"_s, u"19.99"_s}},
             QJsonObject{{u"total"_s, QJsonArray{QJsonValue(), u"19.99"_s}}}},
            {0, 0, u"product"_s, u"42"_s, PlanAction::Update, u"SKU-1"_s,
             QJsonObject{{u"price"_s, u"5.00"_s}}, QJsonObject{{u"price"_s, u"5.50"_s}},
             QJsonObject{{u"price"_s, QJsonArray{u"5.00"_s, u"5.50"_s}}}},
            {0, 0, u"customer"_s, u"7"_s, PlanAction::Conflict, u"a@example.com"_s, {}, {}, {}},
            {0, 0, u"order"_s, u"1002"_s, PlanAction::Blocked, u"#1002"_s, {}, {}, {}},
            {0, 0, u"order"_s, u"1003"_s, PlanAction::Skip, u"#1003"_s, {}, {}, {}},
        };
        STORE_VERIFY(runs.addPlanItems(dry.value().id, items));
        m_now = t0.addSecs(30);
        const QJsonObject counts{
            {u"create"_s, 1}, {u"update"_s, 1}, {u"conflict"_s, 1}, {u"blocked"_s, 1}, {u"skip"_s, 1}};
        STORE_VERIFY(runs.finishRun(dry.value().id, RunStatus::Succeeded, counts));
        m_now = t0.addSecs(40);
        const auto sync = runs.startRun(RunKind::Sync, u"shop-books"_s);
        STORE_VERIFY(sync);

        const auto plan = runs.plan(dry.value().id);
        STORE_VERIFY(plan);
        QCOMPARE(plan.value().size(), 5);
        for (int i = 0; i < items.size(); ++i) {
            const PlanItem &got = plan.value().at(i);
            QCOMPARE(got.runId, dry.value().id);
            QCOMPARE(got.objectType, items.at(i).objectType);
            QCOMPARE(got.objectId, items.at(i).objectId);
            QCOMPARE(got.action, items.at(i).action);
            QCOMPARE(got.matchKey, items.at(i).matchKey);
            QCOMPARE(got.before, items.at(i).before);
            QCOMPARE(got.after, items.at(i).after);
            QCOMPARE(got.diff, items.at(i).diff);
        }
        QCOMPARE(runs.plan(sync.value().id).value().size(), 0);

        const auto read = runs.run(dry.value().id);
        STORE_VERIFY(read);
        QVERIFY(read.value().has_value());
        QCOMPARE(read.value()->kind, RunKind::DryRun);
        QCOMPARE(read.value()->status, RunStatus::Succeeded);
        QCOMPARE(read.value()->started, t0);
        QCOMPARE(read.value()->finished, std::optional<QDateTime>(t0.addSecs(30)));
        QCOMPARE(read.value()->counts, counts);
        QCOMPARE(read.value()->connectionPair, u"shop-books"_s);

        const auto recent = runs.recentRuns(10);
        STORE_VERIFY(recent);
        QCOMPARE(recent.value().size(), 2);
        QCOMPARE(recent.value().at(0).id, sync.value().id);
        QCOMPARE(recent.value().at(0).kind, RunKind::Sync);
        QVERIFY(!recent.value().at(0).finished.has_value());
        QCOMPARE(recent.value().at(1).id, dry.value().id);
        QCOMPARE(runs.recentRuns(1).value().size(), 1);
        QCOMPARE(runs.finishRun(424242, RunStatus::Failed, {}).error().code, StoreError::Code::NotFound);
        // A plan item for a run that does not exist is refused, and nothing of the batch is kept.
        const auto orphan = runs.addPlanItems(424242, items);
        QCOMPARE(orphan.error().code, StoreError::Code::Constraint);
        QCOMPARE(runs.plan(424242).value().size(), 0);
    }

    void auditLogQueries()
    {
        AuditLog audit(*m_store);
        struct Row
        {
            QString matchKey;
            QString type;
            int minutes;
            QString result;
        };
        const QList<Row> rows{
            {u"#1001"_s, u"order"_s, 0, u"ok"_s},
            {u"#1001"_s, u"order"_s, 1, u"failed"_s},
            {u"#1001"_s, u"invoice"_s, 2, u"ok"_s},
            {u"SKU-1"_s, u"product"_s, 3, u"ok"_s},
            {u"a@example.com"_s, u"customer"_s, 4, u"failed"_s},
            {u"#1002"_s, u"order"_s, 60, u"ok"_s},
        };
        int attempt = 0;
        for (const Row &row : rows) {
            AuditEntry entry;
            entry.timestamp = t0.addSecs(row.minutes * 60);
            entry.objectType = row.type;
            entry.matchKey = row.matchKey;
            entry.result = row.result;
            entry.attempt = ++attempt;
            STORE_VERIFY(audit.append(entry));
        }
        auto byKey = audit.query(filter(u"#1001"_s, u"order"_s, {}, {}, {}, 100, 0));
        STORE_VERIFY(byKey);
        QCOMPARE(ids(byKey.value()), QStringList({u"#1001@2"_s, u"#1001@1"_s})); // newest first
        QCOMPARE(ids(audit.query(filter(u"#1001"_s, {}, {}, {}, {}, 100, 0)).value()),
                 QStringList({u"#1001@3"_s, u"#1001@2"_s, u"#1001@1"_s}));
        QCOMPARE(ids(audit.query(filter(u"SKU-1"_s, u"product"_s, {}, {}, {}, 100, 0)).value()),
                 QStringList{u"SKU-1@4"_s});
        QCOMPARE(ids(audit.query(filter(u"a@example.com"_s, u"customer"_s, {}, {}, {}, 100, 0)).value()),
                 QStringList{u"a@example.com@5"_s});
        // Time range: from inclusive, to exclusive.
        QCOMPARE(ids(audit.query(filter({}, {}, t0.addSecs(60), t0.addSecs(240), {}, 100, 0)).value()),
                 QStringList({u"SKU-1@4"_s, u"#1001@3"_s, u"#1001@2"_s}));
        QCOMPARE(ids(audit.query(filter({}, {}, {}, {}, u"failed"_s, 100, 0)).value()),
                 QStringList({u"a@example.com@5"_s, u"#1001@2"_s}));
        QCOMPARE(ids(audit.query(filter({}, u"order"_s, {}, {}, u"ok"_s, 100, 0)).value()),
                 QStringList({u"#1002@6"_s, u"#1001@1"_s}));
        QCOMPARE(ids(audit.query(filter({}, {}, {}, {}, {}, 2, 1)).value()),
                 QStringList({u"a@example.com@5"_s, u"SKU-1@4"_s}));
        QCOMPARE(audit.query(filter(u"#9999"_s, {}, {}, {}, {}, 100, 0)).value().size(), 0);
        // A value that would break concatenated SQL is only a value.
        QCOMPARE(audit.query(filter(u"x' OR '1'='1"_s, {}, {}, {}, {}, 100, 0)).value().size(), 0);

        // Counts, oldest first, without bodies, one entry whole.
        QCOMPARE(audit.count(AuditQuery()).value(), 6);
        QCOMPARE(audit.count(filter(u"#1001"_s, {}, {}, {}, {}, 100, 0)).value(), 3);
        QCOMPARE(audit.count(filter({}, {}, {}, {}, u"failed"_s, 1, 1)).value(), 2); // limit and offset aside
        AuditQuery oldest;
        oldest.oldestFirst = true;
        oldest.limit = 2;
        oldest.offset = 1;
        oldest.withBodies = false;
        const auto listed = audit.query(oldest);
        STORE_VERIFY(listed);
        QCOMPARE(ids(listed.value()), QStringList({u"#1001@2"_s, u"#1001@3"_s}));
        AuditEntry withBody;
        withBody.timestamp = t0.addSecs(2 * 3600); // the newest
        withBody.objectType = u"order"_s;
        withBody.matchKey = u"#1003"_s;
        withBody.result = u"ok"_s;
        withBody.requestBody = R"({"Reference":"#1003"})";
        withBody.responseBody = R"({"Invoices":[]})";
        withBody.requestHeaders = {{"Content-Type", "application/json"}};
        const auto added = audit.append(withBody);
        STORE_VERIFY(added);
        AuditQuery newest;
        newest.limit = 1;
        newest.withBodies = false;
        const auto bare = audit.query(newest);
        STORE_VERIFY(bare);
        QCOMPARE(bare.value().size(), 1);
        QCOMPARE(bare.value().first().id, added.value());
        QCOMPARE(bare.value().first().matchKey, u"#1003"_s);
        QVERIFY(bare.value().first().requestBody.isEmpty());
        QVERIFY(bare.value().first().requestHeaders.isEmpty());
        const auto whole = audit.entry(added.value());
        STORE_VERIFY(whole);
        QVERIFY(whole.value());
        QCOMPARE(whole.value()->requestBody, QByteArray(R"({"Reference":"#1003"})"));
        QCOMPARE(whole.value()->responseBody, QByteArray(R"({"Invoices":[]})"));
        QCOMPARE(whole.value()->requestHeaders.size(), 1);
        QVERIFY(!audit.entry(added.value() + 1000).value());
    }

    void auditLogKeepsEveryFieldAndRedactsSecrets()
    {
        AuditLog audit(*m_store);
        AuditEntry entry;
        entry.timestamp = t0;
        entry.runId = 7;
        entry.jobId = 8;
        entry.objectType = u"order"_s;
        entry.matchKey = u"#1001"_s;
        entry.sourceId = u"820982911946154508"_s;
        entry.targetId = u"INV-0042"_s;
        entry.direction = u"store→erp"_s;
        entry.operation = u"create"_s;
        entry.attempt = 2;
        entry.idempotencyKey = u"order:1001:create"_s;
        entry.requestMethod = u"POST"_s;
        entry.requestUrl = u"https://books.invalid/api/Invoices?access_token=tok123&page=2"_s;
        entry.requestHeaders = {{"Authorization", "Bearer eyJhbGciOi.secret"},
                                {"Content-Type", "application/json"},
                                {"X-Shopify-Access-Token", "shpat_123"},
                                {"X-Request-Signature", "sig-abc"},
                                {"Cookie", "session=abc"}};
        entry.requestBody =
            R"({"invoice":{"number":"1001","client_secret":"cs-1","lines":[{"sku":"A","apiKey":"k-2"}]},"password":"pw"})";
        entry.responseStatus = 201;
        entry.responseBody = R"({"id":"INV-0042","access_token":"new-token"})";
        entry.result = u"ok"_s;
        entry.error = QString();
        entry.durationMs = 345;
        const auto id = audit.append(entry);
        STORE_VERIFY(id);

        const auto rows = audit.query(AuditQuery());
        STORE_VERIFY(rows);
        QCOMPARE(rows.value().size(), 1);
        const AuditEntry &got = rows.value().at(0);
        QCOMPARE(got.id, id.value());
        QCOMPARE(got.timestamp, t0);
        QCOMPARE(got.timestamp.time().msec(), 589);
        QCOMPARE(got.runId, std::optional<qint64>(7));
        QCOMPARE(got.jobId, std::optional<qint64>(8));
        QCOMPARE(got.sourceId, u"820982911946154508"_s);
        QCOMPARE(got.targetId, u"INV-0042"_s);
        QCOMPARE(got.direction, u"store→erp"_s);
        QCOMPARE(got.operation, u"create"_s);
        QCOMPARE(got.attempt, 2);
        QCOMPARE(got.idempotencyKey, u"order:1001:create"_s);
        QCOMPARE(got.requestMethod, u"POST"_s);
        QCOMPARE(got.requestUrl, u"https://books.invalid/api/Invoices?access_token=[redacted]&page=2"_s);
        const Redactor::Headers expectedHeaders{{"Authorization", "[redacted]"},
                                                {"Content-Type", "application/json"},
                                                {"X-Shopify-Access-Token", "[redacted]"},
                                                {"X-Request-Signature", "[redacted]"},
                                                {"Cookie", "[redacted]"}};
        QCOMPARE(got.requestHeaders, expectedHeaders);
        QCOMPARE(
            got.requestBody,
            QByteArray(
                R"({"invoice":{"client_secret":"[redacted]","lines":[{"apiKey":"[redacted]","sku":"A"}],"number":"1001"},"password":"[redacted]"})"));
        QCOMPARE(got.responseStatus, 201);
        QCOMPARE(got.responseBody, QByteArray(R"({"access_token":"[redacted]","id":"INV-0042"})"));
        QCOMPARE(got.result, u"ok"_s);
        QCOMPARE(got.durationMs, qint64(345));

        // Behind the repository's back: no secret reached the database.
        StoreTest::RawConnection raw(m_scratch->location());
        QSqlQuery query(raw.db());
        QVERIFY(
            query.exec(u"SELECT request_url, request_headers, request_body, response_body FROM ll_audit"_s));
        QVERIFY(query.next());
        const QString stored = query.value(0).toString() + query.value(1).toString()
            + query.value(2).toString() + query.value(3).toString();
        for (const QString &secret : {u"tok123"_s, u"eyJhbGciOi"_s, u"shpat_123"_s, u"sig-abc"_s,
                                      u"session=abc"_s, u"cs-1"_s, u"k-2"_s, u"\"pw\""_s, u"new-token"_s}) {
            QVERIFY2(!stored.contains(secret), qPrintable(secret));
        }
    }

    void auditBodiesAreStoredAsTextExactly()
    {
        // Non-ASCII and a pre-redacted body (the engine's batch rows) come back byte for byte, and
        // the database holds text (a blob would break text functions on the column).
        AuditLog audit(*m_store);
        AuditEntry entry;
        entry.timestamp = t0;
        entry.objectType = u"order"_s;
        entry.matchKey = u"1001"_s;
        entry.direction = u"store→erp"_s;
        entry.operation = u"create"_s;
        entry.requestMethod = u"PUT"_s;
        entry.requestUrl = u"https://books.invalid/api/Invoices"_s;
        entry.requestBody = u"{\"Invoices\":[{\"Contact\":{\"Name\":\"Zoë Müller — 東京\"}}]}"_s.toUtf8();
        entry.responseStatus = 200;
        entry.responseBody = QByteArray("{\"Invoices\":[{\"Reference\":\"#1001\",\"Total\":12.5}]}");
        entry.bodiesRedacted = true;
        entry.result = u"ok"_s;
        STORE_VERIFY(audit.append(entry));
        const auto rows = audit.query(AuditQuery());
        STORE_VERIFY(rows);
        QCOMPARE(rows.value().size(), 1);
        QCOMPARE(rows.value().first().requestBody, entry.requestBody);
        QCOMPARE(rows.value().first().responseBody, entry.responseBody);
        StoreTest::RawConnection raw(m_scratch->location());
        QSqlQuery query(raw.db());
        QVERIFY(query.exec(
            u"SELECT request_body, response_body FROM ll_audit WHERE request_body LIKE '%Müller%'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QString::fromUtf8(entry.requestBody));
        if (!m_store->isPostgres()) {
            QVERIFY(query.exec(u"SELECT typeof(request_body), typeof(response_body) FROM ll_audit"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), u"text"_s);
            QCOMPARE(query.value(1).toString(), u"text"_s);
        }
    }

    void reconciliationResults()
    {
        RunRepository runs(*m_store);
        const auto run = runs.startRun(RunKind::Reconcile, u"shop-books"_s);
        STORE_VERIFY(run);
        ReconciliationRepository repo(*m_store);
        const qint64 runId = run.value().id;
        const QList<ReconciliationResult> results{
            {0,
             runId,
             u"order"_s,
             u"820982911946154508"_s,
             u"INV-0042"_s,
             ReconciliationStatus::Matched,
             u"0"_s,
             u"EUR"_s,
             QString(),
             {}},
            {0, runId, u"order"_s, u"1002"_s, u"INV-0043"_s, ReconciliationStatus::Mismatch, u"-0.01"_s,
             u"EUR"_s, u"rounding per line vs per total"_s,
             QJsonObject{{u"store"_s, u"10.00"_s}, {u"erp"_s, u"9.99"_s}}},
            {0,
             runId,
             u"order"_s,
             u"1003"_s,
             QString(),
             ReconciliationStatus::Missing,
             u"123456789012345678.91"_s,
             u"JPY"_s,
             u"not in ERP"_s,
             {}},
        };
        STORE_VERIFY(repo.add(results));
        const auto all = repo.results(runId);
        STORE_VERIFY(all);
        QCOMPARE(all.value().size(), 3);
        for (int i = 0; i < results.size(); ++i) {
            const ReconciliationResult &got = all.value().at(i);
            QVERIFY(got.id > 0);
            QCOMPARE(got.runId, runId);
            QCOMPARE(got.objectType, results.at(i).objectType);
            QCOMPARE(got.storeId, results.at(i).storeId);
            QCOMPARE(got.erpId, results.at(i).erpId);
            QCOMPARE(got.status, results.at(i).status);
            QCOMPARE(got.difference, results.at(i).difference); // exact decimal text
            QCOMPARE(got.currency, results.at(i).currency);
            QCOMPARE(got.cause, results.at(i).cause);
            QCOMPARE(got.details, results.at(i).details);
        }
        const auto mismatches = repo.results(runId, ReconciliationStatus::Mismatch);
        STORE_VERIFY(mismatches);
        QCOMPARE(mismatches.value().size(), 1);
        QCOMPARE(mismatches.value().at(0).storeId, u"1002"_s);

        QList<ReconciliationResult> bad = results;
        bad[1].difference = u"0.1e-2"_s;
        const auto refused = repo.add(bad);
        QCOMPARE(refused.error().code, StoreError::Code::InvalidArgument);
        QCOMPARE(repo.results(runId).value().size(), 3); // nothing of the refused batch
        bad = results;
        bad[2].erpAmount = u"12,50"_s;
        QCOMPARE(repo.add(bad).error().code, StoreError::Code::InvalidArgument);
        QCOMPARE(repo.results(runId).value().size(), 3);
    }

    /// When each source record's payload was last written (the truth pass's "last synced").
    /// LedgerLink never stores card numbers or verification codes (issue 10): a store payload
    /// holding them (a card number typed into an order note, a gateway's card fields) is kept
    /// without them in every JSON column — job, dead letter, plan, written payload, audit bodies.
    void noCardDataIsStored()
    {
        const QJsonObject order{{u"id"_s, 820982911946154508.0},
                                {u"name"_s, u"#1001"_s},
                                {u"note"_s, u"Please charge 4111 1111 1111 1111, exp 12/28"_s},
                                {u"payment_details"_s,
                                 QJsonObject{{u"credit_card_number"_s, u"5555555555554444"_s},
                                             {u"cvv"_s, u"987"_s},
                                             {u"credit_card_company"_s, u"Mastercard"_s}}},
                                {u"total_price"_s, u"19.99"_s}};
        JobQueue queue(*m_store);
        const auto jobId = queue.enqueue({u"webhook.shopify"_s, QJsonObject{{u"body"_s, order}}, 0, {}});
        STORE_VERIFY(jobId);
        STORE_VERIFY(queue.lease(u"w1"_s, 1, std::chrono::seconds(30)));
        STORE_VERIFY(queue.fail(jobId.value(), u"w1"_s,
                                {u"422"_s, std::nullopt, u"order"_s, u"820982911946154508"_s}));
        EngineStateRepository state(*m_store);
        STORE_VERIFY(state.addDeadLetterDetails(jobId.value(), QJsonObject{{u"last_order"_s, order}}));
        RunRepository runs(*m_store);
        const auto run = runs.startRun(RunKind::DryRun, u"shop-books"_s);
        STORE_VERIFY(run);
        STORE_VERIFY(runs.addPlanItems(
            run.value().id,
            {{0, 0, u"order"_s, u"820982911946154508"_s, PlanAction::Create, u"#1001"_s, {}, order, order}}));
        STORE_VERIFY(state.setWritten(u"shop-books"_s, u"order"_s, u"820982911946154508"_s, order));
        STORE_VERIFY(state.setWritten(u"shop-books"_s, u"order"_s, u"820982911946154509"_s, order, {},
                                      QJsonDocument(order).toJson(QJsonDocument::Compact)));
        AuditEntry entry;
        entry.objectType = u"order"_s;
        entry.operation = u"read"_s;
        entry.requestMethod = u"GET"_s;
        entry.requestUrl = u"https://shop.invalid/admin/api/orders/820982911946154508.json"_s;
        entry.responseStatus = 200;
        entry.responseBody = QJsonDocument(QJsonObject{{u"order"_s, order}}).toJson();
        entry.result = u"ok"_s;
        STORE_VERIFY(AuditLog(*m_store).append(entry));

        // Every column of every table that keeps JSON or bodies, as the database holds it.
        auto db = m_store->database();
        STORE_VERIFY(db);
        int redacted = 0;
        for (const QString &table :
             {u"ll_jobs"_s, u"ll_dead_letters"_s, u"ll_plans"_s, u"ll_written"_s, u"ll_audit"_s}) {
            QSqlQuery query(db.value());
            QVERIFY2(query.exec(u"SELECT * FROM "_s + table), qPrintable(query.lastError().text()));
            int rows = 0;
            while (query.next()) {
                ++rows;
                for (int column = 0; column < query.record().count(); ++column) {
                    const QString value = query.value(column).toString();
                    const QString where = table + u'.' + query.record().fieldName(column);
                    QVERIFY2(!value.contains(u"4111 1111 1111 1111"_s)
                                 && !value.contains(u"5555555555554444"_s),
                             qPrintable(where + u" keeps a card number: "_s + value));
                    QVERIFY2(!value.contains(u"\"987\""_s),
                             qPrintable(where + u" keeps the CVV: "_s + value));
                    redacted += int(value.count(u"[redacted]"_s));
                    // What is not card data is kept.
                    if (value.contains(u"Please charge"_s))
                        QVERIFY2(value.contains(u"Please charge [redacted], exp 12/28"_s), qPrintable(value));
                }
            }
            QVERIFY2(rows > 0, qPrintable(table + u" has no row"_s));
        }
        // 3 each (note, card number, CVV) in the job, the letter (payload + details), the plan
        // (after + diff), the two written payloads and the audit body.
        QCOMPARE(redacted, 3 * 8);
    }

    void writtenTimesPerRecord()
    {
        EngineStateRepository state(*m_store);
        STORE_VERIFY(state.setWritten(u"shop-books"_s, u"order"_s, u"5101"_s, {{u"Total"_s, u"1.00"_s}}));
        m_now = t0.addSecs(60);
        STORE_VERIFY(state.setWritten(u"shop-books"_s, u"order"_s, u"5102"_s, {{u"Total"_s, u"2.00"_s}}));
        m_now = t0.addSecs(120);
        STORE_VERIFY(state.setWritten(u"shop-books"_s, u"order"_s, u"5101"_s, {{u"Total"_s, u"1.01"_s}}));
        STORE_VERIFY(state.setWritten(u"other-pair"_s, u"order"_s, u"5103"_s, {{u"Total"_s, u"3.00"_s}}));
        const auto times =
            state.writtenTimes(u"shop-books"_s, u"order"_s, {u"5101"_s, u"5102"_s, u"5103"_s, u"5199"_s});
        STORE_VERIFY(times);
        QCOMPARE(times.value().size(), 2);
        QCOMPARE(times.value().value(u"5101"_s), t0.addSecs(120)); // the latest write
        QCOMPARE(times.value().value(u"5102"_s), t0.addSecs(60));
        QVERIFY(state.writtenTimes(u"shop-books"_s, u"order"_s, {}).value().isEmpty());
    }

    /// The look-ups of many ids at once: up to 2,000 in "IN (…)" slices of 500, more as every row
    /// of the object type picked in memory. Both ways give exactly the rows asked for, of their
    /// pair and type only.
    void manyIdsAtOnce_data()
    {
        QTest::addColumn<int>("asked");
        QTest::newRow("1,200 ids: three slices") << 1200;
        QTest::newRow("2,100 ids: the whole type") << 2100;
    }
    void manyIdsAtOnce()
    {
        QFETCH(int, asked);
        CrossReferenceRepository xrefs(*m_store);
        EngineStateRepository state(*m_store);
        const QString pair = u"shop-books"_s;
        const auto storeId = [](int i) {
            return QString::number(5'000'000'000LL + i);
        };
        // 2,100 orders linked and written (one in 10 later); some of the same ids of another pair
        // and of another type.
        const auto filled = m_store->transaction([&](QSqlDatabase &) -> std::optional<StoreError> {
            for (int i = 0; i < 2100; ++i) {
                m_now = t0.addSecs(i % 10 == 0 ? 600 : 0);
                for (const auto &[p, type] :
                     {std::pair{pair, u"order"_s}, std::pair{u"other-pair"_s, u"order"_s},
                      std::pair{pair, u"refund"_s}}) {
                    if (i >= 50 && (p != pair || type != u"order"_s))
                        continue;
                    const QString erpId = p + u'/' + type + u'/' + QString::number(i);
                    if (auto added =
                            xrefs.add({0, p, type, storeId(i), erpId, u"#"_s + QString::number(i), {}, {}});
                        !added)
                        return added.error();
                    if (auto set = state.setWritten(p, type, storeId(i), {{u"Total"_s, erpId}}, erpId); !set)
                        return set.error();
                }
            }
            return std::nullopt;
        });
        STORE_VERIFY(filled);
        // asked − 100 of the 2,100 in a scattered order (11 is prime to 2,100), and 100 nobody has.
        QStringList ids;
        for (int i = 0; i < asked - 100; ++i)
            ids.append(storeId(i * 11 % 2100));
        for (int i = 0; i < 100; ++i)
            ids.append(storeId(9000 + i));
        const int present = asked - 100;
        const auto wanted = [](const QString &id) {
            return id.toLongLong() - 5'000'000'000LL < 2100;
        };

        const auto found = xrefs.findByStoreIds(pair, u"order"_s, ids);
        STORE_VERIFY(found);
        QCOMPARE(found.value().size(), present);
        const auto linked = xrefs.erpIdsByStoreIds(pair, u"order"_s, ids);
        STORE_VERIFY(linked);
        QCOMPARE(linked.value().size(), present);
        const auto times = state.writtenTimes(pair, u"order"_s, ids);
        STORE_VERIFY(times);
        QCOMPARE(times.value().size(), present);
        const auto hashes = state.writtenHashes(pair, u"order"_s, ids);
        STORE_VERIFY(hashes);
        QCOMPARE(hashes.value().size(), present);
        for (const QString &id : std::as_const(ids)) {
            if (!wanted(id))
                continue;
            const QString n = QString::number(id.toLongLong() - 5'000'000'000LL);
            const QString erpId = pair + u"/order/"_s + n;
            QCOMPARE(found.value().value(id).erpId, erpId);
            QCOMPARE(found.value().value(id).matchKey, u"#"_s + n);
            QCOMPARE(linked.value().value(id), erpId);
            QCOMPARE(times.value().value(id), t0.addSecs(n.toInt() % 10 == 0 ? 600 : 0));
            QCOMPARE(hashes.value().value(id), erpId);
        }
    }

    /// Schema 4: a finding's key, both amounts, evidence and repair; an accountant's review.
    void reconciliationFindingsAndReview()
    {
        RunRepository runs(*m_store);
        const auto run = runs.startRun(RunKind::Reconcile, u"shop-books"_s);
        STORE_VERIFY(run);
        ReconciliationRepository repo(*m_store);
        ReconciliationResult finding;
        finding.runId = run.value().id;
        finding.objectType = u"order"_s;
        finding.storeId = u"5108"_s;
        finding.erpId = u"b1c2"_s;
        finding.status = ReconciliationStatus::Mismatch;
        finding.difference = u"-0.01"_s;
        finding.currency = u"EUR"_s;
        finding.cause = u"tax_rounding"_s;
        finding.matchKey = u"#1008"_s;
        finding.storeAmount = u"0.55"_s;
        finding.erpAmount = u"0.56"_s;
        finding.evidence = u"tax on the total 0.05, per line 0.03 + 0.03 = 0.06"_s;
        finding.repair = QJsonObject{{u"action"_s, u"review"_s}, {u"side"_s, u"erp"_s}};
        ReconciliationResult missing = finding;
        missing.status = ReconciliationStatus::Missing;
        missing.storeId = u"5110"_s;
        missing.erpId.clear();
        missing.erpAmount.clear(); // the books have no such record
        missing.difference = u"58.90"_s;
        missing.cause = u"missing_record"_s;
        STORE_VERIFY(repo.add({finding, missing}));
        const auto all = repo.results(run.value().id);
        STORE_VERIFY(all);
        QCOMPARE(all.value().size(), 2);
        const ReconciliationResult &got = all.value().first();
        QCOMPARE(got.matchKey, u"#1008"_s);
        QCOMPARE(got.storeAmount, u"0.55"_s);
        QCOMPARE(got.erpAmount, u"0.56"_s);
        QCOMPARE(got.evidence, finding.evidence);
        QCOMPARE(got.repair, finding.repair);
        QVERIFY(!got.reviewed);
        QVERIFY(!got.reviewedAt);
        QCOMPARE(all.value().at(1).erpAmount, QString());

        STORE_VERIFY(repo.markReviewed(got.id, u"Known: Xero rounds per line"_s));
        auto reviewed = repo.result(got.id);
        STORE_VERIFY(reviewed);
        QVERIFY(reviewed.value());
        QVERIFY(reviewed.value()->reviewed);
        QCOMPARE(reviewed.value()->reviewComment, u"Known: Xero rounds per line"_s);
        QVERIFY(reviewed.value()->reviewedAt && reviewed.value()->reviewedAt->isValid());
        STORE_VERIFY(repo.markReviewed(got.id, {}, false));
        reviewed = repo.result(got.id);
        QVERIFY(!reviewed.value()->reviewed && reviewed.value()->reviewComment.isEmpty()
                && !reviewed.value()->reviewedAt);
        QCOMPARE(repo.markReviewed(987654, u"x"_s).error().code, StoreError::Code::NotFound);
        QVERIFY(!repo.result(987654).value());
    }
};

QTEST_GUILESS_MAIN(TestStoreRepositories)
#include "tst_storerepositories.moc"
