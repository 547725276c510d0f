#pragma once

// The steps the end-to-end ERP tests (tst_quickbookssync, tst_businesscentralsync, tst_netsuitesync,
// tst_sapb1sync, tst_zohosync, tst_odoosync) take alike: each runs the same scenario from the sandbox
// store's seed against its own local ERP, so the runs, their summaries and the truth passes come to
// the same figures; what differs (the ERP's reader, its words for a refused SKU, its write count)
// comes in as arguments. Each function checks with QCOMPARE/QVERIFY: it returns at its first
// failure, which fails the calling test function; a caller that goes on with what a step made checks
// QTest::currentTestFailed() (or the value the step returns) first.

#include "engine/reconciliation.h"
#include "erpworkspace.h"
#include "mapping/fieldcatalog.h"
#include "mapping/mappingdocument.h"
#include "mapping/validator.h"
#include "store/auditlog.h"

#include <QtCore/QByteArrayList>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtTest/QTest>

#include <functional>
#include <utility>

namespace LedgerLink::Testing {

/// The store's warehouse (Berlin) in the workspaces' store_locations tables.
inline constexpr qint64 storeWarehouse = 61000000001;

/**
 * The bundled Shopify ↔ `erp` mapping: bundledMappingFor() names it, it loads, and it is valid
 * against the builtin Shopify and `erp` catalogs; `more` checks the loaded document further.
 */
inline void
expectBundledMappingIsValid(const QString &erp,
                            const std::function<void(const Mapping::MappingDocument &)> &more = {})
{
    using namespace Qt::StringLiterals;
    const QString path = u":/ledgerlink/mappings/shopify-"_s + erp + u".mapping.json"_s;
    QCOMPARE(Engine::bundledMappingFor(u"shopify"_s, erp), path);
    const Mapping::LoadResult loaded = Mapping::MappingDocument::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QString error;
    const auto shopify = Mapping::FieldCatalog::builtin(u"shopify"_s, &error);
    QVERIFY2(shopify, qPrintable(error));
    const auto target = Mapping::FieldCatalog::builtin(erp, &error);
    QVERIFY2(target, qPrintable(error));
    QStringList texts;
    for (const Mapping::Issue &issue : Mapping::validate(*loaded.document, *shopify, *target))
        texts.append(issue.text());
    QVERIFY2(texts.isEmpty(), qPrintable(texts.join(u'\n')));
    if (more)
        more(*loaded.document);
}

/// Runs the rule "customer": seven store customers, six created; Gustav Gast has no e-mail address
/// (the rule's match key): a dead letter.
inline void expectCustomersRun(ErpWorkspace &workspace)
{
    using namespace Qt::StringLiterals;
    const Engine::RunSummary customers = workspace.run(u"customer"_s);
    QVERIFY2(customers.error.isEmpty(), qPrintable(customers.error));
    QCOMPARE(customers.created, 6);
    QCOMPARE(customers.dead, 1);
}

/// Runs the orders: 13 read, 12 invoices created; #1010 (order 5110, whose mug MUG-350 the ERP does
/// not know) a dead letter whose error contains `refusedSku`, the ERP's words for it.
inline void expectOrdersRun(ErpWorkspace &workspace, const QString &refusedSku)
{
    using namespace Qt::StringLiterals;
    const Engine::RunSummary orders = workspace.run(QString());
    QVERIFY2(orders.error.isEmpty(), qPrintable(orders.error));
    QCOMPARE(orders.ordersRead, 13);
    QCOMPARE(orders.created, 12);
    QCOMPARE(orders.dead, 1);
    const QString why = workspace.deadLetters().value(u"5110"_s).error;
    QVERIFY2(why.contains(refusedSku), qPrintable(why));
}

/// An invoice the order `number` ("#1005") must become, to the cent: without tax (`net`; none where
/// the ERP keeps tax-inclusive amounts), its tax and its total, as the ERP states them.
struct ExpectedInvoice
{
    QString number;
    QString net;
    QString tax;
    QString total;
};

/**
 * The twelve invoices of the seed's orders (#1010 is a dead letter) where each line goes to the ERP
 * without tax, after its discounts, and the ERP adds each line's tax, half-up
 * (tst_businesscentralsync.cpp's header works every line out; NetSuite, SAP Business One and Odoo
 * compute the same).
 */
inline QList<ExpectedInvoice> seedInvoicesNetOfTax()
{
    using namespace Qt::StringLiterals;
    return {{u"#1001"_s, u"54.52"_s, u"10.36"_s, u"64.88"_s},
            {u"#1002"_s, u"48.15"_s, u"2.61"_s, u"50.76"_s},
            {u"#1003"_s, u"65.28"_s, u"13.06"_s, u"78.34"_s},
            {u"#1004"_s, u"82.66"_s, u"6.7"_s, u"89.36"_s},
            {u"#1005"_s, u"132.82"_s, u"25.24"_s, u"158.06"_s},
            {u"#1006"_s, u"102.41"_s, u"19.46"_s, u"121.87"_s},
            {u"#1007"_s, u"84.78"_s, u"16.11"_s, u"100.89"_s},
            {u"#1008"_s, u"0.5"_s, u"0.06"_s, u"0.56"_s},
            {u"#1009"_s, u"8.36"_s, u"1.59"_s, u"9.95"_s},
            {u"#1011"_s, u"16.83"_s, u"1.35"_s, u"18.18"_s},
            {u"#1012"_s, u"32.26"_s, u"6.13"_s, u"38.39"_s},
            {u"#1013"_s, u"45.3"_s, u"8.6"_s, u"53.9"_s}};
}

/**
 * The twelve invoices of the seed's orders (#1010 is a dead letter) where tax-inclusive orders keep
 * their amounts (the ERP takes the tax out per line) and the others get the tax added per line
 * (tst_quickbookssync.cpp's header works every one out; Zoho Books computes the same): total and
 * tax, no net.
 */
inline QList<ExpectedInvoice> seedInvoicesInclusiveKept()
{
    using namespace Qt::StringLiterals;
    return {{u"#1001"_s, {}, u"10.36"_s, u"64.88"_s},  {u"#1002"_s, {}, u"2.61"_s, u"50.76"_s},
            {u"#1003"_s, {}, u"13.06"_s, u"78.34"_s},  {u"#1004"_s, {}, u"6.7"_s, u"89.35"_s},
            {u"#1005"_s, {}, u"25.24"_s, u"158.06"_s}, {u"#1006"_s, {}, u"19.46"_s, u"121.87"_s},
            {u"#1007"_s, {}, u"16.11"_s, u"100.89"_s}, {u"#1008"_s, {}, u"0.06"_s, u"0.56"_s},
            {u"#1009"_s, {}, u"1.59"_s, u"9.95"_s},    {u"#1011"_s, {}, u"1.35"_s, u"18.18"_s},
            {u"#1012"_s, {}, u"6.13"_s, u"38.39"_s},   {u"#1013"_s, {}, u"8.6"_s, u"53.9"_s}};
}

/// Runs `rule` ("": the orders) again: no error, nothing created, and the ERP's count of writes
/// (`writes`, read before and after) unchanged; *summary gets the run's summary.
inline void expectRunWritesNothing(ErpWorkspace &workspace, const QString &rule, const int &writes,
                                   Engine::RunSummary *summary = nullptr)
{
    const int before = writes;
    const Engine::RunSummary again = workspace.run(rule);
    if (summary)
        *summary = again;
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QCOMPARE(again.created, 0);
    QCOMPARE(writes, before);
}

/**
 * Runs the rule "payment": the seed's 13 transactions, 11 settled charges created as payments,
 * #1006's refund skipped, #1010's charge a dead letter (its order is one). `open(number)` is what
 * the invoice of the order `number` ("#1003") still owes as the ERP states it: nothing (`zero`) on
 * the nine paid in full (each checked further by `paidInFull`, when given), 0.01 on #1003 (paid
 * 78.33 of 78.34) and #1008 (0.55 of 0.56), all of #1013's (`unpaid`: no charge). A second run
 * pays nothing twice (expectRunWritesNothing(); `writes`: the ERP's count of writes).
 */
inline void expectPaymentsRun(ErpWorkspace &workspace, const int &writes,
                              const std::function<QString(const QString &)> &open,
                              const std::function<void(const QString &)> &paidInFull = {},
                              const QString &zero = QStringLiteral("0"),
                              const QString &unpaid = QStringLiteral("53.9"))
{
    using namespace Qt::StringLiterals;
    const Engine::RunSummary payments = workspace.run(u"payment"_s);
    QVERIFY2(payments.error.isEmpty(), qPrintable(payments.error));
    const QString why = workspace.deadLetters().value(u"5110/16000000011"_s).error;
    QVERIFY2(why.contains(u"the order 5110 it refers to is a dead letter"_s), qPrintable(why));
    QCOMPARE(payments.recordsRead, 13);
    QCOMPARE(payments.created, 11);
    QCOMPARE(payments.skipped, 1); // #1006's refund
    QCOMPARE(payments.dead, 1); // #1010's charge: its order is a dead letter
    for (const QString &paid : {u"#1001"_s, u"#1002"_s, u"#1004"_s, u"#1005"_s, u"#1006"_s, u"#1007"_s,
                                u"#1009"_s, u"#1011"_s, u"#1012"_s}) {
        QCOMPARE(open(paid), zero);
        if (paidInFull)
            paidInFull(paid);
    }
    QCOMPARE(open(u"#1003"_s), u"0.01"_s); // paid 78.33 of 78.34
    QCOMPARE(open(u"#1008"_s), u"0.01"_s); // paid 0.55 of 0.56
    QCOMPARE(open(u"#1013"_s), unpaid); // no charge
    expectRunWritesNothing(workspace, u"payment"_s, writes);
}

/// A finding the truth pass over the orders must report: the order's name, why, store − ERP.
struct ExpectedFinding
{
    QString key;
    Engine::MismatchCause cause;
    QString difference;
};

/// The findings every ERP's truth pass over the orders reports (each test's header works them out):
/// the cents the gateway's EUR settlement of #1002 and #1003 differs by, #1008's tax rounding, and
/// #1010, missing (its dead letter).
inline QList<ExpectedFinding> seedOrderFindings()
{
    using namespace Qt::StringLiterals;
    return {{u"#1002"_s, Engine::MismatchCause::CurrencyRate, u"0.01"_s}, // 50.77 − 50.76
            {u"#1003"_s, Engine::MismatchCause::CurrencyRate, u"-0.01"_s}, // 78.33 − 78.34
            {u"#1008"_s, Engine::MismatchCause::TaxRounding, u"-0.01"_s}, // 0.55 − 0.56
            {u"#1010"_s, Engine::MismatchCause::MissingRecord, u"58.90"_s}};
}

/**
 * The truth pass over the orders (the ERP's invoices read back through its connector): 13 store
 * orders, 12 invoices, `matched` agreeing, `differences` differing and one missing, with no note;
 * each of `findings` reported with its cause and difference in EUR, #1010's evidence containing
 * `missingEvidence` (its dead letter's reason), and nothing unexplained.
 */
inline void expectOrdersTruthPass(ErpWorkspace &workspace, int matched, int differences,
                                  const QList<ExpectedFinding> &findings, const QString &missingEvidence)
{
    using namespace Qt::StringLiterals;
    Engine::Reconciler reconciler(*workspace.config, *workspace.store);
    QString error;
    QVERIFY2(reconciler.open(&error), qPrintable(error));
    Engine::ReconcileOptions options;
    options.objects = {Engine::ReconcileObject::Orders};
    const Engine::ReconcileOutcome outcome = reconciler.run(options);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.report->tallies.size(), 1);
    const Engine::ReconcileTally &orders = outcome.report->tallies.first();
    QVERIFY2(orders.notes.isEmpty(), qPrintable(orders.notes.join(u'\n')));
    QCOMPARE(orders.storeRecords, 13);
    QCOMPARE(orders.erpRecords, 12);
    QCOMPARE(orders.matched, matched);
    QCOMPARE(orders.differences, differences);
    QCOMPARE(orders.missing, 1);
    QHash<QString, Engine::ReconciliationFinding> byKey;
    for (const Engine::ReconciliationFinding &finding : outcome.report->findings)
        byKey.insert(finding.key, finding);
    for (const ExpectedFinding &expected : findings) {
        const Engine::ReconciliationFinding finding = byKey.value(expected.key);
        QCOMPARE(Engine::nameOf(finding.cause), Engine::nameOf(expected.cause));
        QCOMPARE(finding.difference.toString(), expected.difference);
        QCOMPARE(finding.currency, u"EUR"_s);
    }
    const QString evidence = byKey.value(u"#1010"_s).evidence;
    QVERIFY2(evidence.contains(missingEvidence), qPrintable(evidence));
    QCOMPARE(outcome.report->count(Engine::MismatchCause::Unknown), 0);
}

/**
 * Posts the refunded copy of #1005 (ErpWorkspace::postNotebookRefundOrder) and runs the rule
 * "refund": the seeded #1006's refund and the copy's, both read and created, none dead. Returns the
 * copy's name, or "" when a check failed.
 */
inline QString runRefunds(ErpWorkspace &workspace)
{
    using namespace Qt::StringLiterals;
    QString copy;
    [&workspace, &copy] {
        QString problem;
        copy = workspace.postNotebookRefundOrder(&problem);
        QVERIFY2(!copy.isEmpty(), qPrintable(problem));
        const Engine::RunSummary refunds = workspace.run(u"refund"_s);
        QVERIFY2(refunds.error.isEmpty(), qPrintable(refunds.error));
        QCOMPARE(refunds.recordsRead, 2);
        QCOMPARE(refunds.created, 2);
        QCOMPARE(refunds.dead, 0);
    }();
    return QTest::currentTestFailed() ? QString() : copy;
}

/// A store product variant the ERP's catalogue must have written: its SKU, product title and price.
struct ExpectedVariant
{
    QString sku;
    QString title;
    QString price;
};

/**
 * Runs the rule "product" (the catalogue the ERP owns): `recordsRead` read, 8 store products
 * updated, one created (the 400 g candle), `dead` dead letters: the tee's sizes M and L (their ERP
 * records' ids by SKU: `erpId`), refused by name as the store product the S links already, and what
 * `moreDeadLetters` checks. The store then has 11 variants (the seed's 10 and the candle), none
 * without a SKU nor for the services SHIPPING and SERVICES, with the ERP's names and prices: the
 * mug, the matcha tea (16.90 → 18.95), the notebook (12.00 → 10.08), the new candle, and `more`. A
 * second run writes nothing.
 */
inline void
expectProductsRun(ErpWorkspace &workspace, int recordsRead, int dead,
                  const std::function<QString(const QString &sku)> &erpId,
                  const QList<ExpectedVariant> &more = {},
                  const std::function<void(const QHash<QString, Store::DeadLetter> &)> &moreDeadLetters = {})
{
    using namespace Qt::StringLiterals;
    const Engine::RunSummary products = workspace.run(u"product"_s);
    QVERIFY2(products.error.isEmpty(), qPrintable(products.error));
    QCOMPARE(products.recordsRead, recordsRead);
    QCOMPARE(products.updated, 8);
    QCOMPARE(products.created, 1);
    QCOMPARE(products.dead, dead);
    const QHash<QString, Store::DeadLetter> letters = workspace.deadLetters();
    for (const QString &size : {u"TEE-ORG-M"_s, u"TEE-ORG-L"_s}) {
        const QString why = letters.value(erpId(size)).error;
        QVERIFY2(why.contains(u"found by \""_s + size + u'"')
                     && why.contains(u"is already linked to the ERP record"_s),
                 qPrintable(size + u": "_s + why));
    }
    if (moreDeadLetters)
        moreDeadLetters(letters);
    if (QTest::currentTestFailed())
        return;

    const QHash<QString, QJsonObject> variants = workspace.storeVariants();
    QList<ExpectedVariant> expected{{u"MUG-CER-350"_s, u"Ceramic mug"_s, u"13.50"_s},
                                    {u"TEA-MATCHA-30"_s, u"Matcha tea"_s, u"18.95"_s}, // was 16.90
                                    {u"NOTEBOOK-A5"_s, u"Notebook A5"_s, u"10.08"_s}, // was 12.00
                                    {u"CANDLE-SOY-400"_s, u"Soy candle 400 g"_s, u"17.50"_s}}; // new
    expected.append(more);
    for (const ExpectedVariant &variant : std::as_const(expected)) {
        QVERIFY2(variants.contains(variant.sku), qPrintable(variant.sku));
        QCOMPARE(variants.value(variant.sku).value(u"product_title"_s).toString(), variant.title);
        QCOMPARE(variants.value(variant.sku).value(u"price"_s).toString(), variant.price);
    }
    QCOMPARE(variants.size(), 11);
    QVERIFY(!variants.contains(QString()));
    QVERIFY(!variants.contains(u"SHIPPING"_s));
    QVERIFY(!variants.contains(u"SERVICES"_s));

    // Nothing changed, nothing written again.
    const Engine::RunSummary again = workspace.run(u"product"_s);
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QCOMPARE(again.created, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(workspace.storeVariants(), variants);
}

/**
 * Runs the rule "inventory" (the stock the ERP owns): `recordsRead` read, 10 store levels written,
 * `dead` dead letters; `checkErp` checks what differs (the dead letters, the requests) before
 * anything else is asked. The store's available stock at its warehouse is then, by inventory item
 * (the seed's SKUs in the mapping's table), what each test's ERP holds worked out by hand:
 * (30 − 2) + 13 = 41; 50; 21 − 1 = 20; 100 + (20 − 2) = 118; 75; 28; 12 − 2 = 10; 1000 − 10 = 990;
 * 17 + 0 = 17; 60.5 − 0.5 = 60. A second run writes nothing and leaves it. *levels gets the stock.
 */
inline void expectStockRun(ErpWorkspace &workspace, int recordsRead, int dead,
                           const std::function<void()> &checkErp, QHash<qint64, qint64> *levels = nullptr)
{
    using namespace Qt::StringLiterals;
    const Engine::RunSummary stock = workspace.run(u"inventory"_s);
    QVERIFY2(stock.error.isEmpty(), qPrintable(stock.error));
    QCOMPARE(stock.recordsRead, recordsRead);
    QCOMPARE(stock.created + stock.updated, 10);
    QCOMPARE(stock.dead, dead);
    checkErp();
    if (QTest::currentTestFailed())
        return;

    const QHash<qint64, qint64> written = workspace.storeStock(storeWarehouse);
    const QList<std::pair<qint64, qint64>> expected{
        {5100000001, 41}, {5100000002, 50}, {5100000003, 20},  {5100000004, 118}, {5100000005, 75},
        {5100000006, 28}, {5100000007, 10}, {5100000008, 990}, {5100000009, 17},  {5100000010, 60}};
    for (const auto &[item, available] : expected)
        QCOMPARE(written.value(item, -1), available);
    if (levels)
        *levels = written;

    const Engine::RunSummary again = workspace.run(u"inventory"_s);
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QCOMPARE(again.created + again.updated, 0);
    QCOMPARE(workspace.storeStock(storeWarehouse), written);
}

/**
 * The truth pass over refunds and prices after the syncs above: both refunds match their credit
 * notes (29.99 and 46.67), with no note; the 11 SKUs' prices agree, the ERP's SKUs the store does
 * not sell (`unsoldSkus`, sorted) reported as such and nothing else.
 */
inline void expectRefundsPricesTruthPass(ErpWorkspace &workspace, const QStringList &unsoldSkus = {})
{
    using namespace Qt::StringLiterals;
    Engine::Reconciler reconciler(*workspace.config, *workspace.store);
    QString error;
    QVERIFY2(reconciler.open(&error), qPrintable(error));
    const auto tally = [&reconciler](Engine::ReconcileObject object) {
        Engine::ReconcileOptions options;
        options.objects = {object};
        return reconciler.run(options);
    };
    const Engine::ReconcileOutcome refunds = tally(Engine::ReconcileObject::Refunds);
    QVERIFY2(refunds.error.isEmpty(), qPrintable(refunds.error));
    QVERIFY2(refunds.report->tallies.first().notes.isEmpty(),
             qPrintable(refunds.report->tallies.first().notes.join(u'\n')));
    QCOMPARE(refunds.report->tallies.first().storeRecords, 2);
    QCOMPARE(refunds.report->tallies.first().matched, 2);
    QVERIFY(refunds.report->findings.isEmpty());

    const Engine::ReconcileOutcome prices = tally(Engine::ReconcileObject::Prices);
    QVERIFY2(prices.error.isEmpty(), qPrintable(prices.error));
    QCOMPARE(prices.report->tallies.first().storeRecords, 11);
    QCOMPARE(prices.report->tallies.first().matched, 11);
    QStringList unsold;
    for (const Engine::ReconciliationFinding &finding : prices.report->findings) {
        QVERIFY2(finding.evidence.contains(u"the store has no such SKU"_s), qPrintable(finding.evidence));
        unsold.append(finding.key);
    }
    QCOMPARE(unsold, unsoldSkus);
}

/**
 * The truth pass over refunds, prices and stock after the syncs above: refunds and prices as
 * expectRefundsPricesTruthPass() checks them; the stock of 10 SKUs agrees (the ERP's `erpRecords`
 * records); the new candle, whose stock could not be written (its dead letter), is the one drift:
 * −25, its evidence containing `candleEvidence`. The stock tally's notes go to `notes`.
 */
inline void expectRefundsPricesStockTruthPass(ErpWorkspace &workspace, const QString &candleEvidence,
                                              const QStringList &unsoldSkus = {}, int erpRecords = 11,
                                              QStringList *notes = nullptr)
{
    using namespace Qt::StringLiterals;
    expectRefundsPricesTruthPass(workspace, unsoldSkus);
    if (QTest::currentTestFailed())
        return;
    Engine::Reconciler reconciler(*workspace.config, *workspace.store);
    QString error;
    QVERIFY2(reconciler.open(&error), qPrintable(error));
    const auto tally = [&reconciler](Engine::ReconcileObject object) {
        Engine::ReconcileOptions options;
        options.objects = {object};
        return reconciler.run(options);
    };
    const Engine::ReconcileOutcome stock = tally(Engine::ReconcileObject::Stock);
    QVERIFY2(stock.error.isEmpty(), qPrintable(stock.error));
    QCOMPARE(stock.report->tallies.first().erpRecords, erpRecords);
    if (notes)
        *notes = stock.report->tallies.first().notes;
    QCOMPARE(stock.report->tallies.first().matched, 10);
    QCOMPARE(stock.report->tallies.first().differences, 1);
    QCOMPARE(stock.report->findings.size(), 1);
    const Engine::ReconciliationFinding &candle = stock.report->findings.first();
    QCOMPARE(candle.key, u"CANDLE-SOY-400"_s);
    QCOMPARE(candle.difference.toString(), u"-25"_s);
    QVERIFY2(candle.evidence.contains(candleEvidence), qPrintable(candle.evidence));
}

/// Every row of the workspace's audit log, each handed to `check`.
inline void forEachAuditRow(ErpWorkspace &workspace,
                            const std::function<void(const Store::AuditEntry &)> &check)
{
    Store::AuditLog audit(*workspace.store);
    Store::AuditQuery all;
    all.limit = 100000;
    const auto rows = audit.query(all);
    QVERIFY(rows);
    for (const Store::AuditEntry &row : rows.value())
        check(row);
}

/// No byte of the workspace's state store (the SQLite database, nor its write-ahead log) holds any
/// of `secrets`.
inline void expectNoneInTheStateStore(ErpWorkspace &workspace, const QByteArrayList &secrets)
{
    using namespace Qt::StringLiterals;
    for (const QString &name : {u"state.sqlite"_s, u"state.sqlite-wal"_s}) {
        QFile file(QDir(workspace.path).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &secret : secrets)
            QVERIFY2(!bytes.contains(secret), qPrintable(name));
    }
}

} // namespace LedgerLink::Testing
