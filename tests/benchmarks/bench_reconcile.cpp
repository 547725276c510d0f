// The reconciliation compare step on local snapshots (issue: 100,000 SKUs of stock and 50,000 orders
// already fetched; target under 2 s and 300 MB on the 2-core machine, growing linearly). Prints
// figures and ratios; asserts nothing.
//
//   bench_reconcile [--orders N] [--skus M] [--rounds R]      (defaults: 50,000, 100,000, 3)
//   bench_reconcile --one --orders N --skus M [--rounds R]     (one size, in this process)
//   BENCH_RECONCILE_PARTS=1 bench_reconcile --one ...           (also times the connectors' parts)
//
// Method. The templates are what the product itself produces: the in-process sandbox is started
// and its seeded store synced to its books by the Executor (the sandbox workspace, its mapping
// resources/mappings/sandbox.mapping.json, the real Shopify and Xero connectors); the vendor
// records of a pass (Shopify orders, refunds, products and inventory levels, Xero invoices, credit
// notes and items) are read through the connectors. Each size is measured in a child process of
// its own (clean peak memory): it varies those records into N orders (each with its invoice, a
// refund with its credit note for the orders made from the seed's refunded one) and M SKUs (a
// store variant with its inventory level, a Xero item tracking its quantity), generated a page
// (250 records) at a time and normalised into the snapshot's facts by Reconciler::addToSnapshot()
// (the real connectors' toCanonical(), the facts, the ERP key of each order through the mapping:
// what fetch() keeps of what it reads), the records dropped after each page; that is timed as
// "normalise". A temporary SQLite state store gets the cross-references and written times the sync
// would have left. Then Reconciler::run() on the snapshot R times: the compare alone (matching,
// explanations, the state store's look-ups, storing the run and its findings; no HTTP request).
// A few differences are seeded (invoice totals, a missing invoice, prices, quantities) so that
// findings exist.
//
// The reference, measured in the same process over the same facts: a plain hash join of the same
// keys (order ERP key ↔ invoice key, SKU ↔ item SKU, inventory item ↔ SKU) with exact decimal
// comparisons of the totals, prices and quantities: the least work any compare must do (it counts
// raw mismatches, without conversions or explanations).
#include "connectors/shopify/shopifycanonical.h"
#include "connectors/xero/xerocanonical.h"
#include "engine/executor.h"
#include "engine/reconciliation.h"
#include "engine/workspaceconfig.h"
#include "model/decimal.h"
#include "model/order.h"
#include "net/httpclient.h"
#include "sandbox/sandboxservices.h"
#include "store/crossreferencerepository.h"
#include "store/enginestaterepository.h"
#include "store/statestore.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QProcess>
#include <QtCore/QSysInfo>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTextStream>
#include <QtCore/QThread>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Model::Decimal;

namespace {

QTextStream out(stdout);

/// Peak resident memory of this process (getrusage ru_maxrss), MB.
double peakMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

/// Resident memory now (/proc/self/statm), MB.
double rssMb()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0)
                             : -1;
}

struct Templates
{
    QList<QJsonObject> orders; ///< Shopify orders that the books have an invoice for
    QList<QJsonObject> invoices; ///< each order's invoice, its Total set to what the store charged
    QList<QJsonObject> refunds; ///< per order template: its refund (empty object when none)
    QList<QJsonObject> products; ///< Shopify products
    QJsonObject level; ///< a Shopify inventory level
    QJsonObject item; ///< a Xero item
    QString storeCurrency;
    QString erpCurrency;
};

/// Fetches the seeded sandbox, synced, through the product: the templates of the records.
std::optional<Templates> templatesFromSandbox(QString *error)
{
    QTemporaryDir dir;
    Sandbox::SandboxServices sandbox;
    Sandbox::SandboxOptions options;
    options.dataDir = dir.filePath(u"sandbox"_s);
    const Sandbox::SandboxStarted started = sandbox.start(options);
    if (!started.ok) {
        *error = started.error;
        return std::nullopt;
    }
    QDir().mkpath(dir.filePath(u"workspace"_s));
    Store::StateStore store(Store::StoreLocation::sqlite(dir.filePath(u"workspace/state.sqlite"_s)));
    if (!store.open()) {
        *error = u"cannot open the state store"_s;
        return std::nullopt;
    }
    const auto config = Engine::loadWorkspaceConfig(dir.filePath(u"workspace"_s), error,
                                                    std::pair{sandbox.storeUrl(), sandbox.booksUrl()});
    if (!config)
        return std::nullopt;
    Engine::ExecutorOptions executorOptions;
    executorOptions.allowWrites = true;
    {
        Engine::Executor executor(*config, store, executorOptions);
        if (!executor.open(error) || !executor.enqueueRulePull(u"customer"_s, error))
            return std::nullopt;
        (void)executor.runUntilIdle();
        if (!executor.enqueuePull(error))
            return std::nullopt;
        const Engine::RunSummary synced = executor.runUntilIdle();
        if (!synced.error.isEmpty()) {
            *error = synced.error;
            return std::nullopt;
        }
    }
    Engine::Reconciler reconciler(*config, store);
    if (!reconciler.open(error))
        return std::nullopt;
    const Engine::ReconcileFetch fetched = reconciler.fetch();
    if (!fetched.snapshot) {
        *error = fetched.error;
        return std::nullopt;
    }
    // What each synced order should have cost on its invoice: the store's total in the invoice's
    // currency, as the pass converts it (the seed's invoices lack the shipping line, for one).
    const Engine::ReconcileOutcome pass = reconciler.run({}, nullptr, &*fetched.snapshot);
    if (!pass.report) {
        *error = pass.error;
        return std::nullopt;
    }
    QHash<QString, QString> storeTotals; // invoice id → the store's converted total
    for (const Engine::ReconciliationFinding &finding : pass.report->findings) {
        if (finding.object == u"order"_s && !finding.missing && finding.storeAmount)
            storeTotals.insert(finding.erpId, finding.storeAmount->toString());
    }
    const Engine::ReconcileSnapshot &snapshot = *fetched.snapshot;
    Templates templates;
    templates.storeCurrency = snapshot.storeCurrency;
    templates.erpCurrency = snapshot.erpCurrency;
    // The vendor records themselves (the snapshot keeps facts only), read as the pass reads them.
    const auto recordsOf = [&reconciler](bool erp, const QString &object) {
        Connectors::Connector &side = erp ? reconciler.erpConnector() : reconciler.storeConnector();
        QList<Connectors::VendorRecord> records;
        Connectors::ReadCursor cursor;
        for (;;) {
            const Connectors::ReadPage page = side.readPage(object, cursor, 100);
            records += page.records;
            if (page.failure || page.nextPageToken.isEmpty())
                return records;
            cursor.pageToken = page.nextPageToken;
        }
    };
    QHash<QString, QJsonObject> invoices;
    for (const Connectors::VendorRecord &record : recordsOf(true, u"Invoice"_s))
        invoices.insert(record.id, record.document);
    QHash<QString, QJsonObject> refunds; // order id → refund
    for (const Connectors::VendorRecord &record : recordsOf(false, u"refund"_s))
        refunds.insert(record.id.section(u'/', 0, 0), record.document);
    for (const Connectors::VendorRecord &record : recordsOf(false, u"order"_s)) {
        const auto xref = Store::CrossReferenceRepository(store).findByStoreId(config->connectionPair,
                                                                               u"order"_s, record.id);
        if (!xref || !xref.value() || !invoices.contains(xref.value()->erpId))
            continue; // never written (the seed's dead letter)
        QJsonObject invoice = invoices.value(xref.value()->erpId);
        if (const QString total = storeTotals.value(xref.value()->erpId); !total.isEmpty())
            invoice.insert(u"Total"_s,
                           invoice.value(u"Total"_s).isString() ? QJsonValue(total)
                                                                : QJsonValue(total.toDouble()));
        templates.orders.append(record.document);
        templates.invoices.append(invoice);
        templates.refunds.append(refunds.value(record.id));
    }
    for (const Connectors::VendorRecord &record : recordsOf(false, u"product"_s))
        templates.products.append(record.document);
    templates.level = recordsOf(false, u"inventory_level"_s).value(0).document;
    templates.item = recordsOf(true, u"Item"_s).value(0).document;
    if (templates.orders.isEmpty() || templates.products.isEmpty() || templates.level.isEmpty()
        || templates.item.isEmpty()) {
        *error = u"the sandbox gave no templates"_s;
        return std::nullopt;
    }
    return templates;
}

QString guid(int kind, qint64 n)
{
    return u"%1-0000-4000-8000-%2"_s.arg(kind, 8, 10, QChar(u'0')).arg(n, 12, 10, QChar(u'0'));
}

/// The same value in the shape of `like` (text or number).
QJsonValue shaped(const QJsonValue &like, const Decimal &value)
{
    return like.isString() ? QJsonValue(value.toString()) : QJsonValue(value.toString().toDouble());
}

struct Built
{
    Engine::ReconcileSnapshot snapshot;
    QList<Store::CrossReference> xrefs; ///< order → invoice, as the sync leaves them
    int seededDifferences = 0;
    double normaliseSeconds = 0; ///< records → facts (Reconciler::addToSnapshot), all pages
};

/// Vendor records of one object, handed to the snapshot a page at a time (normalised and dropped),
/// as Reconciler::fetch() does with what it reads.
struct Pages
{
    Engine::Reconciler &reconciler;
    Built &built;
    bool erp;
    QString object;
    QList<Connectors::VendorRecord> page = {};

    void append(Connectors::VendorRecord record)
    {
        page.append(std::move(record));
        if (page.size() >= 250)
            flush();
    }
    void flush()
    {
        QElapsedTimer timer;
        timer.start();
        reconciler.addToSnapshot(built.snapshot, erp, object, page);
        built.normaliseSeconds += timer.nsecsElapsed() / 1e9;
        page.clear();
    }
};

/// `orders` orders and `skus` SKUs varied from the templates, normalised into a snapshot of facts
/// by `reconciler` page by page.
Built build(const Templates &t, int orders, int skus, Engine::Reconciler &reconciler)
{
    Built built;
    built.snapshot.storeCurrency = t.storeCurrency;
    built.snapshot.erpCurrency = t.erpCurrency;
    Pages storeOrders{reconciler, built, false, u"order"_s};
    Pages storeRefunds{reconciler, built, false, u"refund"_s};
    Pages erpInvoices{reconciler, built, true, u"Invoice"_s};
    Pages erpNotes{reconciler, built, true, u"CreditNote"_s};
    QString why;
    for (int i = 0; i < orders; ++i) {
        const int k = i % int(t.orders.size());
        const qint64 orderId = 90000000 + i;
        const QString name = u"#"_s + QString::number(200000 + i);
        QJsonObject order = t.orders.at(k);
        order.insert(u"id"_s, orderId);
        order.insert(u"name"_s, name);
        order.insert(u"order_number"_s, 200000 + i);
        order.insert(u"number"_s, 100000 + i);
        order.insert(u"admin_graphql_api_id"_s,
                     QString(u"gid://shopify/Order/"_s + QString::number(orderId)));
        storeOrders.append(*Connectors::Shopify::vendorRecord(u"order"_s, order, &why));

        QJsonObject invoice = t.invoices.at(k);
        const QString invoiceId = guid(1, i);
        invoice.insert(u"InvoiceID"_s, invoiceId);
        invoice.insert(u"InvoiceNumber"_s, QString(u"INV-"_s + QString::number(100000 + i)));
        invoice.insert(u"Reference"_s, name);
        if (i % 997 == 996) { // edited in the books: a cent more
            const Decimal total =
                *Decimal::fromJson(invoice.value(u"Total"_s)) + *Decimal::fromString(u"0.01");
            invoice.insert(u"Total"_s, shaped(invoice.value(u"Total"_s), total));
            ++built.seededDifferences;
        }
        Store::CrossReference xref;
        xref.objectType = u"order"_s;
        xref.storeId = QString::number(orderId);
        xref.erpId = invoiceId;
        xref.matchKey = name.mid(1);
        built.xrefs.append(xref);
        if (i % 4999 == 4998) { // deleted from the books
            ++built.seededDifferences;
        } else {
            erpInvoices.append(*Connectors::Xero::vendorRecord(u"Invoice"_s, invoice, &why));
        }

        const QJsonObject &refundTemplate = t.refunds.at(k);
        if (refundTemplate.isEmpty())
            continue;
        QJsonObject refund = refundTemplate;
        const qint64 refundId = 95000000 + i;
        refund.insert(u"id"_s, refundId);
        refund.insert(u"order_id"_s, orderId);
        storeRefunds.append(*Connectors::Shopify::vendorRecord(u"refund"_s, refund, &why));
        // Its credit note, allocated to the invoice, for what the refund returned.
        QString total;
        for (const QJsonValue &transaction : refund.value(u"transactions"_s).toArray())
            if (transaction.toObject().value(u"kind"_s).toString() == u"refund"_s)
                total = transaction.toObject().value(u"amount"_s).toVariant().toString();
        const Decimal amount = Decimal::fromString(total).value_or(Decimal());
        QJsonObject note = invoice;
        for (const QString &key : {u"InvoiceID"_s, u"InvoiceNumber"_s, u"AmountDue"_s, u"AmountPaid"_s,
                                   u"Payments"_s, u"DueDate"_s, u"Reference"_s})
            note.remove(key);
        note.insert(u"Type"_s, u"ACCRECCREDIT"_s);
        note.insert(u"CreditNoteID"_s, guid(2, i));
        note.insert(u"CreditNoteNumber"_s, QString(u"CN-"_s + QString::number(100000 + i)));
        QJsonObject line = invoice.value(u"LineItems"_s).toArray().first().toObject();
        line.insert(u"Description"_s, u"Refund"_s);
        line.insert(u"Quantity"_s, 1);
        line.insert(u"UnitAmount"_s, shaped(line.value(u"UnitAmount"_s), amount));
        line.insert(u"LineAmount"_s, shaped(line.value(u"LineAmount"_s), amount));
        line.insert(u"TaxAmount"_s, shaped(line.value(u"TaxAmount"_s), Decimal()));
        note.insert(u"LineItems"_s, QJsonArray{line});
        for (const QString &key : {u"SubTotal"_s, u"Total"_s})
            note.insert(key, shaped(invoice.value(key), amount));
        note.insert(u"TotalTax"_s, shaped(invoice.value(u"TotalTax"_s), Decimal()));
        note.insert(u"Allocations"_s,
                    QJsonArray{QJsonObject{{u"Invoice"_s, QJsonObject{{u"InvoiceID"_s, invoiceId}}},
                                           {u"Amount"_s, shaped(invoice.value(u"Total"_s), amount)}}});
        erpNotes.append(*Connectors::Xero::vendorRecord(u"CreditNote"_s, note, &why));
    }

    storeOrders.flush();
    storeRefunds.flush();
    erpInvoices.flush();
    erpNotes.flush();
    Pages products{reconciler, built, false, u"product"_s};
    Pages levels{reconciler, built, false, u"inventory_level"_s};
    Pages items{reconciler, built, true, u"Item"_s};
    int sku = 0;
    for (int p = 0; sku < skus; ++p) {
        QJsonObject product = t.products.at(p % t.products.size());
        const qint64 productId = 70000000 + p;
        product.insert(u"id"_s, productId);
        product.insert(u"admin_graphql_api_id"_s,
                       QString(u"gid://shopify/Product/"_s + QString::number(productId)));
        product.insert(u"handle"_s,
                       QString(product.value(u"handle"_s).toString() + u'-' + QString::number(p)));
        QJsonArray variants;
        for (const QJsonValue &value : product.value(u"variants"_s).toArray()) {
            if (sku >= skus)
                break;
            QJsonObject variant = value.toObject();
            const QString code = u"SKU-"_s + QString::number(sku).rightJustified(6, u'0');
            const qint64 itemId = 80000000 + sku;
            const int quantity = sku % 50;
            variant.insert(u"id"_s, 60000000 + sku);
            variant.insert(u"product_id"_s, productId);
            variant.insert(u"sku"_s, code);
            variant.insert(u"inventory_item_id"_s, itemId);
            variant.insert(u"inventory_quantity"_s, quantity);
            variant.insert(u"admin_graphql_api_id"_s,
                           QString(u"gid://shopify/ProductVariant/"_s + QString::number(60000000 + sku)));
            variants.append(variant);

            QJsonObject level = t.level;
            level.insert(u"inventory_item_id"_s, itemId);
            level.insert(u"available"_s, quantity);
            levels.append(*Connectors::Shopify::vendorRecord(u"inventory_level"_s, level, &why));

            QJsonObject item = t.item;
            QJsonObject sales = item.value(u"SalesDetails"_s).toObject();
            Decimal price = *Decimal::fromJson(variant.value(u"price"_s));
            int onHand = quantity;
            if (sku % 1999 == 1998) { // a price changed in the store by hand
                price = price + Decimal(1);
                ++built.seededDifferences;
            }
            if (sku % 997 == 996) { // stock counted differently
                ++onHand;
                ++built.seededDifferences;
            }
            sales.insert(u"UnitPrice"_s, shaped(sales.value(u"UnitPrice"_s), price));
            item.insert(u"SalesDetails"_s, sales);
            item.insert(u"ItemID"_s, guid(3, sku));
            item.insert(u"Code"_s, code);
            item.insert(u"Name"_s, QString(variant.value(u"title"_s).toString() + u' ' + code));
            item.insert(u"IsTrackedAsInventory"_s, true);
            item.insert(u"QuantityOnHand"_s, onHand);
            items.append(*Connectors::Xero::vendorRecord(u"Item"_s, item, &why));
            ++sku;
        }
        product.insert(u"variants"_s, variants);
        products.append(*Connectors::Shopify::vendorRecord(u"product"_s, product, &why));
    }

    products.flush();
    levels.flush();
    items.flush();
    return built;
}

/// The least work over the same facts: a hash join of the keys with exact decimal comparisons; the
/// differences.
int referenceJoin(const Engine::ReconcileSnapshot &snapshot)
{
    int differences = 0;
    QHash<QString, Decimal> invoiceTotals;
    const auto &invoices = snapshot.recordsOf(true, u"Invoice"_s)->documents;
    invoiceTotals.reserve(invoices.size());
    for (const auto &invoice : invoices)
        invoiceTotals.insert(invoice.facts->key, invoice.facts->total.amount());
    for (const auto &order : snapshot.recordsOf(false, u"order"_s)->orders) {
        const auto it = invoiceTotals.constFind(order.facts->erpKey);
        if (it == invoiceTotals.cend() || *it != order.facts->total.amount())
            ++differences;
    }
    QHash<QString, Decimal> notes; // invoice id → credited
    for (const auto &note : snapshot.recordsOf(true, u"CreditNote"_s)->documents)
        notes.insert(note.facts->invoiceId, note.facts->total.amount());
    differences += int(snapshot.recordsOf(false, u"refund"_s)->refunds.size() - notes.size());

    QHash<QString, std::pair<Decimal, Decimal>> items; // SKU → price, quantity
    const auto &itemRecords = snapshot.recordsOf(true, u"Item"_s)->skus;
    items.reserve(itemRecords.size());
    for (const auto &item : itemRecords)
        for (const Engine::VariantFacts &variant : item.facts->variants)
            items.insert(variant.sku, {variant.price.amount(), variant.quantity.value_or(Decimal())});
    QHash<QString, QString> skuOfItem;
    skuOfItem.reserve(itemRecords.size());
    for (const auto &product : snapshot.recordsOf(false, u"product"_s)->skus) {
        for (const Engine::VariantFacts &variant : product.facts->variants) {
            skuOfItem.insert(variant.inventoryItem, variant.sku);
            const auto it = items.constFind(variant.sku);
            if (it == items.cend() || it->first != variant.price.amount())
                ++differences;
        }
    }
    QHash<QString, Decimal> stock;
    stock.reserve(itemRecords.size());
    for (const auto &level : snapshot.recordsOf(false, u"inventory_level"_s)->skus) {
        const QString sku = skuOfItem.value(level.facts->inventoryItem);
        stock[sku] = stock.value(sku) + level.facts->available;
    }
    for (auto it = stock.cbegin(); it != stock.cend(); ++it) {
        if (items.value(it.key()).second != it.value())
            ++differences;
    }
    return differences;
}

/// One size, in this process: prints one "@@" line of JSON.
int measure(int orders, int skus, int rounds)
{
    QString error;
    const std::optional<Templates> templates = templatesFromSandbox(&error);
    if (!templates) {
        out << "cannot build the templates: " << error << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(u"workspace"_s));
    const auto config =
        Engine::loadWorkspaceConfig(dir.filePath(u"workspace"_s), &error,
                                    std::pair{QUrl(u"http://127.0.0.1:9"_s), QUrl(u"http://127.0.0.1:9"_s)});
    if (!config) {
        out << error << Qt::endl;
        return 1;
    }
    Store::StateStore store(Store::StoreLocation::sqlite(dir.filePath(u"workspace/state.sqlite"_s)));
    if (!store.open()) {
        out << "cannot open the state store" << Qt::endl;
        return 1;
    }
    Engine::Reconciler reconciler(*config, store);
    if (!reconciler.open(&error)) {
        out << error << Qt::endl;
        return 1;
    }
    const double rssBefore = rssMb();
    const double peakBefore = peakMb();
    QElapsedTimer timer;
    timer.start();
    // Generated, normalised into facts and dropped page by page, as fetch() keeps what it reads.
    Built built = build(*templates, orders, skus, reconciler);
    const double buildSeconds = timer.nsecsElapsed() / 1e9;
    const double rssSnapshot = rssMb();
    const double peakSnapshot = peakMb();

    // The state a sync would have left: cross-references and when each order was last written.
    const auto filled = store.transaction([&](QSqlDatabase &) -> std::optional<Store::StoreError> {
        Store::CrossReferenceRepository xrefs(store);
        Store::EngineStateRepository written(store);
        for (Store::CrossReference xref : std::as_const(built.xrefs)) {
            xref.connectionPair = config->connectionPair;
            if (auto added = xrefs.add(xref); !added)
                return added.error();
            if (auto set = written.setWritten(config->connectionPair, u"order"_s, xref.storeId,
                                              QJsonObject{{u"Reference"_s, xref.matchKey}}, xref.matchKey,
                                              QByteArray());
                !set)
                return set.error();
        }
        return std::nullopt;
    });
    if (!filled) {
        out << "cannot fill the state store: " << filled.error().message << Qt::endl;
        return 1;
    }
    built.xrefs = {};
    const double rssReady = rssMb();

    double referenceBest = 1e9;
    int referenceDifferences = 0;
    for (int round = 0; round < rounds; ++round) {
        timer.restart();
        referenceDifferences = referenceJoin(built.snapshot);
        referenceBest = std::min(referenceBest, timer.nsecsElapsed() / 1e9);
    }

    double best = 1e9;
    QList<double> times;
    int findings = 0;
    int requests = 0;
    double rssAfterFirst = 0;
    QJsonObject causes;
    // The objects the issue's figure is about (orders and refunds, prices, stock): the snapshot is
    // built of those; payouts are not part of it.
    const QList<Engine::ReconcileObject> measured{
        Engine::ReconcileObject::Orders, Engine::ReconcileObject::Refunds, Engine::ReconcileObject::Prices,
        Engine::ReconcileObject::Stock};
    Engine::ReconcileOptions all;
    all.objects = measured;
    for (int round = 0; round < rounds; ++round) {
        timer.restart();
        const Engine::ReconcileOutcome outcome = reconciler.run(all, nullptr, &built.snapshot);
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!outcome.report) {
            out << "the pass failed: " << outcome.error << Qt::endl;
            return 1;
        }
        times.append(seconds);
        best = std::min(best, seconds);
        findings = int(outcome.report->findings.size());
        requests = outcome.report->requests + reconciler.storeClient().sentTotal()
            + reconciler.erpClient().sentTotal();
        causes = outcome.report->runJson().value(u"causes"_s).toObject();
        if (round == 0)
            rssAfterFirst = rssMb();
    }
    if (qEnvironmentVariableIsSet("BENCH_RECONCILE_PARTS")) {
        // The state store's look-ups for every order id at once: the links the orders comparison
        // reads, and (for comparison) whole cross-references and written times.
        QStringList ids;
        for (const auto &record : built.snapshot.recordsOf(false, u"order"_s)->orders)
            ids.append(record.id);
        timer.restart();
        (void)Store::CrossReferenceRepository(store).erpIdsByStoreIds(config->connectionPair, u"order"_s,
                                                                      ids);
        out << "links " << timer.nsecsElapsed() / 1e9 << Qt::endl; // what the compare reads of them
        timer.restart();
        (void)Store::CrossReferenceRepository(store).findByStoreIds(config->connectionPair, u"order"_s, ids);
        out << "xrefs " << timer.nsecsElapsed() / 1e9 << Qt::endl;
        timer.restart();
        (void)Store::EngineStateRepository(store).writtenTimes(config->connectionPair, u"order"_s, ids);
        out << "written " << timer.nsecsElapsed() / 1e9 << Qt::endl;
    }
    // Each object alone (orders alone; refunds with the orders they need; prices; stock).
    QJsonObject perObject;
    for (const Engine::ReconcileObject object : measured) {
        Engine::ReconcileOptions options;
        options.objects = {object};
        timer.restart(); // one round: a breakdown, not the figure
        (void)reconciler.run(options, nullptr, &built.snapshot);
        perObject.insert(Engine::nameOf(object), timer.nsecsElapsed() / 1e9);
    }
    QJsonArray timeList;
    for (const double t : std::as_const(times))
        timeList.append(t);
    const QJsonObject result{
        {u"orders"_s, orders},
        {u"skus"_s, skus},
        {u"records"_s, int(built.snapshot.size())},
        {u"refunds"_s, int(built.snapshot.recordsOf(false, u"refund"_s)->count)},
        {u"build_s"_s, buildSeconds},
        {u"normalise_s"_s, built.normaliseSeconds},
        {u"peak_snapshot_mb"_s, peakSnapshot},
        {u"rss_before_mb"_s, rssBefore},
        {u"peak_before_mb"_s, peakBefore},
        {u"rss_snapshot_mb"_s, rssSnapshot},
        {u"rss_ready_mb"_s, rssReady},
        {u"rss_after_mb"_s, rssAfterFirst},
        {u"peak_mb"_s, peakMb()},
        {u"compare_s"_s, timeList},
        {u"compare_best_s"_s, best},
        {u"reference_best_s"_s, referenceBest},
        {u"reference_differences"_s, referenceDifferences},
        {u"seeded_differences"_s, built.seededDifferences},
        {u"findings"_s, findings},
        {u"causes"_s, causes},
        {u"per_object_s"_s, perObject},
        {u"requests"_s, requests},
    };
    out << "@@" << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption ordersOption(u"orders"_s, u"orders at full size"_s, u"N"_s, u"50000"_s);
    const QCommandLineOption skusOption(u"skus"_s, u"SKUs at full size"_s, u"M"_s, u"100000"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"compare rounds per size (the best counts)"_s, u"R"_s,
                                          u"3"_s);
    const QCommandLineOption oneOption(u"one"_s, u"measure exactly --orders and --skus in this process"_s);
    parser.addOptions({ordersOption, skusOption, roundsOption, oneOption});
    parser.addHelpOption();
    parser.process(app);
    const int orders = parser.value(ordersOption).toInt();
    const int skus = parser.value(skusOption).toInt();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    if (parser.isSet(oneOption))
        return measure(orders, skus, rounds);

    out << "bench_reconcile: " << orders << " orders, " << skus << " SKUs of stock at full size, best of "
        << rounds << " rounds; " << QThread::idealThreadCount() << " cores, " << QSysInfo::prettyProductName()
        << ", build " << LEDGERLINK_BENCH_BUILD_TYPE << Qt::endl;
    QList<QJsonObject> results;
    for (const int quarters : {1, 2, 4}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {u"--one"_s, u"--orders"_s, QString::number(orders * quarters / 4), u"--skus"_s,
                     QString::number(skus * quarters / 4), u"--rounds"_s, QString::number(rounds)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            out << "size " << quarters << "/4 failed: " << child.readAllStandardOutput() << Qt::endl;
            return 1;
        }
        QJsonObject result;
        for (const QByteArray &line : child.readAllStandardOutput().split('\n'))
            if (line.startsWith("@@"))
                result = QJsonDocument::fromJson(line.mid(2)).object();
        result.insert(u"size"_s,
                      quarters == 4 ? u"full"_s : u"%1/4"_s.arg(quarters).replace(u"2/4"_s, u"1/2"_s));
        results.append(result);
        out << "  " << result.value(u"size"_s).toString() << ": compare rounds (s) "
            << QJsonDocument(result.value(u"compare_s"_s).toArray()).toJson(QJsonDocument::Compact)
            << ", findings " << result.value(u"findings"_s).toInt() << " "
            << QJsonDocument(result.value(u"causes"_s).toObject()).toJson(QJsonDocument::Compact)
            << ", requests " << result.value(u"requests"_s).toInt() << ", each object alone (s) "
            << QJsonDocument(result.value(u"per_object_s"_s).toObject()).toJson(QJsonDocument::Compact)
            << Qt::endl;
    }

    out << Qt::endl
        << "| size | orders | SKUs | records | normalise (records → facts) | compare (best) | µs/record | "
           "reference join | compare ÷ reference | RSS before snapshot | RSS with snapshot | RSS with "
           "snapshot + state | RSS after compare | peak RSS | compare's own growth |"
        << Qt::endl
        << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|" << Qt::endl;
    for (const QJsonObject &r : std::as_const(results)) {
        const double compare = r.value(u"compare_best_s"_s).toDouble();
        const double reference = r.value(u"reference_best_s"_s).toDouble();
        const int records = r.value(u"records"_s).toInt();
        out << "| " << r.value(u"size"_s).toString() << " | " << r.value(u"orders"_s).toInt() << " | "
            << r.value(u"skus"_s).toInt() << " | " << records << " | "
            << fixed(r.value(u"normalise_s"_s).toDouble(), 2) << " s | " << fixed(compare, 3) << " s | "
            << fixed(compare * 1e6 / records, 2) << " | " << fixed(reference, 3) << " s | "
            << fixed(compare / reference, 1) << " | " << fixed(r.value(u"rss_before_mb"_s).toDouble(), 0)
            << " MB | " << fixed(r.value(u"rss_snapshot_mb"_s).toDouble(), 0) << " MB | "
            << fixed(r.value(u"rss_ready_mb"_s).toDouble(), 0) << " MB | "
            << fixed(r.value(u"rss_after_mb"_s).toDouble(), 0) << " MB | "
            << fixed(r.value(u"peak_mb"_s).toDouble(), 0) << " MB | "
            << fixed(r.value(u"peak_mb"_s).toDouble() - r.value(u"rss_ready_mb"_s).toDouble(), 0) << " MB |"
            << Qt::endl;
    }
    const auto perRecord = [](const QJsonObject &r) {
        return r.value(u"compare_best_s"_s).toDouble() / r.value(u"records"_s).toInt();
    };
    const auto referencePerRecord = [](const QJsonObject &r) {
        return r.value(u"reference_best_s"_s).toDouble() / r.value(u"records"_s).toInt();
    };
    out << Qt::endl
        << "linearity, time per record full ÷ 1/4: compare "
        << fixed(perRecord(results.last()) / perRecord(results.first()), 2) << ", reference join "
        << fixed(referencePerRecord(results.last()) / referencePerRecord(results.first()), 2) << Qt::endl
        << "snapshot of the full size: built in " << fixed(results.last().value(u"build_s"_s).toDouble(), 2)
        << " s, "
        << fixed(results.last().value(u"rss_ready_mb"_s).toDouble()
                     - results.last().value(u"rss_before_mb"_s).toDouble(),
                 0)
        << " MB resident with the state store (snapshot alone "
        << fixed(results.last().value(u"rss_snapshot_mb"_s).toDouble()
                     - results.last().value(u"rss_before_mb"_s).toDouble(),
                 0)
        << " MB); records normalised into facts in "
        << fixed(results.last().value(u"normalise_s"_s).toDouble(), 2) << " s" << Qt::endl;
    return 0;
}
