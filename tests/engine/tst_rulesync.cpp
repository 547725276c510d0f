// The executor's object rules besides "order" (core/engine/rulesync.cpp) against the real sandbox
// (in-process SandboxServices on loopback) through the real Shopify and Xero connectors: the
// sandbox mapping's "customer" rule, store customers → Xero contacts matched by email.
#include "connectors/connector.h"
#include "engine/executor.h"
#include "engine/workspaceconfig.h"
#include "net/httpclient.h"
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

} // namespace

class TestRuleSync : public QObject
{
    Q_OBJECT

private slots:
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
            QCOMPARE(oneDirection.ruleIds(), (QStringList{u"customer"_s, u"payment"_s}));
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
                 (QStringList{u"product"_s, u"inventory"_s, u"customer"_s, u"payment"_s}));
        QVERIFY(!executor.enqueueRulePull(u"credit_note"_s, &error));
        QCOMPARE(error,
                 u"the mapping has no rule \"credit_note\" this connection pair can run (rules: product, "
                 "inventory, customer, payment)"_s);

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
