// The executor's object rules besides "order" (core/engine/rulesync.cpp) against the real sandbox
// (in-process SandboxServices on loopback) through the real Shopify and Xero connectors: the
// sandbox mapping's "customer" rule, store customers → Xero contacts matched by email.
#include "connectors/connector.h"
#include "engine/executor.h"
#include "engine/workspaceconfig.h"
#include "net/httpclient.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxservices.h"
#include "store/auditlog.h"
#include "store/crossreferencerepository.h"
#include "store/deadletterrepository.h"
#include "store/statestore.h"

#include <QtCore/QDir>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink;

namespace {

/// The sandbox books' contacts: email → the contact document.
QHash<QString, QJsonObject> contacts(const Engine::WorkspaceConfig &config)
{
    QNetworkAccessManager network;
    Net::HttpClient client(network, {});
    auto xero = Connectors::createConnector(config.erp, client);
    QHash<QString, QJsonObject> result;
    Connectors::ReadCursor cursor;
    for (;;) {
        const Connectors::ReadPage page = xero->readPage(u"Contact"_s, cursor, 100);
        if (page.failure)
            return {};
        for (const Connectors::VendorRecord &record : page.records)
            result.insert(record.document.value(u"EmailAddress"_s).toString(), record.document);
        if (page.nextPageToken.isEmpty())
            return result;
        cursor.pageToken = page.nextPageToken;
    }
}

/// The sandbox store's products by REST products.json: one (SKU, product id) per variant.
QList<std::pair<QString, qint64>> storeSkus(const QUrl &store)
{
    QNetworkAccessManager network;
    Net::HttpClient client(network, {});
    QUrl url = store;
    url.setPath(u"/admin/api/2024-04/products.json"_s);
    url.setQuery(u"limit=250"_s);
    const QJsonArray products =
        client.get(url, {{"X-Shopify-Access-Token", Sandbox::Credentials::shopAccessTokenText}})
            .response.json()
            .object()
            .value(u"products"_s)
            .toArray();
    QList<std::pair<QString, qint64>> skus;
    for (const QJsonValue &product : products) {
        const qint64 id = product.toObject().value(u"id"_s).toInteger();
        for (const QJsonValue &variant : product.toObject().value(u"variants"_s).toArray())
            skus.append({variant.toObject().value(u"sku"_s).toString(), id});
    }
    return skus;
}

/// The codes of the sandbox books' items.
QStringList itemCodes(const Engine::WorkspaceConfig &config)
{
    QNetworkAccessManager network;
    Net::HttpClient client(network, {});
    auto xero = Connectors::createConnector(config.erp, client);
    const Connectors::ReadPage page = xero->readPage(u"Item"_s, {}, 100);
    QStringList codes;
    for (const Connectors::VendorRecord &record : page.records)
        codes.append(record.document.value(u"Code"_s).toString());
    return codes;
}

} // namespace

class TestRuleSync : public QObject
{
    Q_OBJECT

private slots:
    void itemsBecomeStoreProductsMatchedBySku()
    {
        // The sandbox mapping's "product" rule (books own the catalog): each Xero item is a store
        // product; an item whose code the store has as a SKU updates that product (through
        // Shopify's GraphQL API) instead of creating a second one.
        QTemporaryDir dir;
        Sandbox::SandboxServices sandbox;
        Sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.dataDir = dir.filePath(u"sandbox"_s);
        const Sandbox::SandboxStarted started = sandbox.start(sandboxOptions);
        QVERIFY2(started.ok, qPrintable(started.error));
        QVERIFY(QDir().mkpath(dir.filePath(u"workspace"_s)));
        Store::StateStore store(Store::StoreLocation::sqlite(dir.filePath(u"workspace/state.sqlite"_s)));
        QVERIFY(store.open());
        QString error;
        const auto config = Engine::loadWorkspaceConfig(dir.filePath(u"workspace"_s), &error,
                                                        std::pair{sandbox.storeUrl(), sandbox.booksUrl()});
        QVERIFY2(config, qPrintable(error));
        const QList<std::pair<QString, qint64>> before = storeSkus(sandbox.storeUrl());
        const QStringList codes = itemCodes(*config);
        QVERIFY(!codes.isEmpty());
        // Items whose code a store variant has; the store products they fall on.
        QSet<qint64> matchedProducts;
        qsizetype known = 0;
        for (const QString &code : codes) {
            for (const auto &[sku, product] : before) {
                if (sku == code) {
                    ++known;
                    matchedProducts.insert(product);
                }
            }
        }
        QVERIFY2(known > int(matchedProducts.size()), "the seed has a product whose variants are two items");

        Engine::ExecutorOptions options;
        options.allowWrites = true;
        options.allowStoreWrites = true;
        Engine::Executor executor(*config, store, options);
        QVERIFY2(executor.open(&error), qPrintable(error));
        QVERIFY2(executor.enqueueRulePull(u"product"_s, &error), qPrintable(error));
        const Engine::RunSummary first = executor.runUntilIdle();
        qInfo("first: %s", QJsonDocument(first.toJson()).toJson(QJsonDocument::Compact).constData());
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.recordsRead, codes.size());
        QCOMPARE(first.created, int(codes.size() - known));
        // One item per store product updates it; a second item on the same product (another of
        // its variants) is refused by name instead of overwriting the product.
        QCOMPARE(first.updated, int(matchedProducts.size()));
        QCOMPARE(first.dead, int(known - matchedProducts.size()));
        auto letters = Store::DeadLetterRepository(store).list();
        QVERIFY(letters);
        QCOMPARE(letters.value().size(), first.dead);
        QVERIFY2(letters.value().first().error.contains(u"is already linked to the ERP record"_s),
                 qPrintable(letters.value().first().error));
        const QList<std::pair<QString, qint64>> after = storeSkus(sandbox.storeUrl());
        QCOMPARE(after.size(), before.size() + codes.size() - known);

        // Again: nothing changed, nothing written, nothing doubled.
        QVERIFY2(executor.enqueueRulePull(u"product"_s, &error), qPrintable(error));
        const Engine::RunSummary second = executor.runUntilIdle();
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QCOMPARE(second.created, 0);
        QCOMPARE(second.updated, 0);
        QCOMPARE(storeSkus(sandbox.storeUrl()), after);
    }

    void customersBecomeContactsOnceMatchedByEmail()
    {
        QTemporaryDir dir;
        Sandbox::SandboxServices sandbox;
        Sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.dataDir = dir.filePath(u"sandbox"_s);
        const Sandbox::SandboxStarted started = sandbox.start(sandboxOptions);
        QVERIFY2(started.ok, qPrintable(started.error));
        QVERIFY(QDir().mkpath(dir.filePath(u"workspace"_s)));
        Store::StateStore store(Store::StoreLocation::sqlite(dir.filePath(u"workspace/state.sqlite"_s)));
        QVERIFY(store.open());
        QString error;
        const auto config = Engine::loadWorkspaceConfig(dir.filePath(u"workspace"_s), &error,
                                                        std::pair{sandbox.storeUrl(), sandbox.booksUrl()});
        QVERIFY2(config, qPrintable(error));
        const QHash<QString, QJsonObject> before = contacts(*config);
        // The seed: two contacts, whose emails two of the store's seven customers share.
        QCOMPARE(before.size(), 2);

        Engine::ExecutorOptions options;
        options.allowWrites = true;
        {
            // Writes to the ERP only (the rollout stage one_direction): the rules that write the
            // store are not run, and asking for one says why.
            Engine::Executor oneDirection(*config, store, options);
            QVERIFY2(oneDirection.open(&error), qPrintable(error));
            QCOMPARE(oneDirection.ruleIds(), (QStringList{u"customer"_s, u"payment"_s, u"payout"_s}));
            QVERIFY(!oneDirection.enqueueRulePull(u"product"_s, &error));
            QVERIFY2(
                error.startsWith(u"the rule \"product\" writes to the store, which the rollout stage allows "
                                 "only at \"both\""_s),
                qPrintable(error));
        }
        options.allowStoreWrites = true;
        Engine::Executor executor(*config, store, options);
        QVERIFY2(executor.open(&error), qPrintable(error));
        // The sandbox mapping's rules the Shopify → Xero pair can run besides orders.
        QCOMPARE(executor.ruleIds(),
                 (QStringList{u"product"_s, u"inventory"_s, u"customer"_s, u"payment"_s, u"payout"_s}));
        QVERIFY(!executor.enqueueRulePull(u"credit_note"_s, &error));
        QCOMPARE(error,
                 u"the mapping has no rule \"credit_note\" this connection pair can run (rules: product, "
                 "inventory, customer, payment, payout)"_s);

        QVERIFY2(executor.enqueueRulePull(u"customer"_s, &error), qPrintable(error));
        const int postsBefore = executor.erpClient().sent("POST") + executor.erpClient().sent("PUT");
        const Engine::RunSummary first = executor.runUntilIdle();
        qInfo("first: %s", QJsonDocument(first.toJson()).toJson(QJsonDocument::Compact).constData());
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.recordsRead, 7);
        QCOMPARE(first.created, 4); // james, yuki, sophie, emma
        QCOMPARE(first.updated, 2); // anna and liam were there already: matched by email, not doubled
        QCOMPARE(first.blocked, 1); // the customer without an email: the mapping requires one
        QCOMPARE(first.dead, 1);
        QCOMPARE(executor.erpClient().sent("POST") + executor.erpClient().sent("PUT") - postsBefore, 6);

        const QHash<QString, QJsonObject> after = contacts(*config);
        QCOMPARE(after.size(), 6);
        QCOMPARE(after.value(u"yuki.tanaka@example.jp"_s).value(u"Name"_s).toString(), u"Yuki Tanaka"_s);
        QCOMPARE(after.value(u"anna.schmidt@example.de"_s).value(u"ContactID"_s),
                 before.value(u"anna.schmidt@example.de"_s).value(u"ContactID"_s));
        // Each customer is linked to its contact.
        Store::CrossReferenceRepository xrefs(store);
        auto linked =
            xrefs.findByMatchKey(config->connectionPair, u"customer"_s, u"yuki.tanaka@example.jp"_s);
        QVERIFY(linked);
        QCOMPARE(linked.value().size(), 1);
        QCOMPARE(linked.value().first().erpId,
                 after.value(u"yuki.tanaka@example.jp"_s).value(u"ContactID"_s).toString());
        // The blocked customer is a dead letter saying why, with the rule as its object.
        auto letters = Store::DeadLetterRepository(store).list();
        QVERIFY(letters);
        QCOMPARE(letters.value().size(), 1);
        QCOMPARE(letters.value().first().objectType, u"customer"_s);
        QVERIFY2(letters.value().first().error.contains(u"EmailAddress"_s),
                 qPrintable(letters.value().first().error));

        // Again: nothing changed, so nothing is written.
        QVERIFY2(executor.enqueueRulePull(u"customer"_s, &error), qPrintable(error));
        const int postsBetween = executor.erpClient().sent("POST") + executor.erpClient().sent("PUT");
        const Engine::RunSummary second = executor.runUntilIdle();
        qInfo("second: %s", QJsonDocument(second.toJson()).toJson(QJsonDocument::Compact).constData());
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QCOMPARE(second.recordsRead, 0); // those at the cursor's instant were read last time
        QCOMPARE(second.created, 0);
        QCOMPARE(second.updated, 0);
        QCOMPARE(second.dead, 0); // the blocked customer is one dead letter, not one per run
        QCOMPARE(executor.erpClient().sent("POST") + executor.erpClient().sent("PUT") - postsBetween, 0);
        QCOMPARE(contacts(*config).size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestRuleSync)
#include "tst_rulesync.moc"
