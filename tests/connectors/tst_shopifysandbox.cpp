// ShopifyConnector against the real sandbox store (Sandbox::SandboxServices on 127.0.0.1), over
// real HTTP through the real Net::HttpClient: Link-header pagination, look-ups by order number,
// email and SKU, canonical conversion of every seeded order, the write guard, and a wrong token.
#include "connectors/shopify/shopifyconnector.h"
#include "engine/retrypolicy.h"
#include "net/httpclient.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxservices.h"

#include "connectortestsupport.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Connectors::ShopifyConnector;
using Engine::AttemptOutcome;

class TestShopifySandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Sandbox::SandboxOptions options;
        options.dataDir = m_dir.path();
        options.extraOrders = 12; // 13 seeded + 12 generated: several pages of 7
        const Sandbox::SandboxStarted started = m_services.start(options);
        QVERIFY2(started.ok, qPrintable(started.error));
        m_store = started.storeUrl;
    }

    void cleanupTestCase() { m_services.stop(); }

    void pagesThroughEveryOrderExactlyOnce()
    {
        auto [client, connector] = make(Net::WriteGuard::readOnly());
        const Net::HttpExchange count =
            client->get(connector->apiUrl(u"orders/count.json"_s, u"status=any"_s),
                        {{"X-Shopify-Access-Token", Sandbox::Credentials::shopAccessTokenText}});
        QCOMPARE(count.response.status, 200);
        const qint64 expected = count.response.json().object().value(u"count"_s).toInteger();
        QVERIFY(expected >= 25);

        QSet<QString> seen;
        Connectors::ReadCursor cursor;
        int pages = 0;
        do {
            const Connectors::ReadPage page = connector->readPage(u"order"_s, cursor, 7);
            QVERIFY2(!page.failure, qPrintable(ConnectorTest::messageOf(page.failure)));
            QVERIFY(!page.exchanges.isEmpty());
            QVERIFY(page.records.size() <= 7);
            for (const Connectors::VendorRecord &record : page.records) {
                QVERIFY2(!seen.contains(record.id), qPrintable(record.id));
                seen.insert(record.id);
                QVERIFY(record.updatedAt.isValid());
                QString error;
                const auto canonical = connector->toCanonical(record, &error);
                QVERIFY2(canonical, qPrintable(error));
                QCOMPARE(canonical->value(u"id"_s).toString(), record.id);
            }
            cursor.pageToken = page.nextPageToken;
            ++pages;
            QVERIFY(pages < 100);
        } while (!cursor.pageToken.isEmpty());
        QCOMPARE(qint64(seen.size()), expected);
        QCOMPARE(pages, int((expected + 6) / 7));
    }

    void updatedSinceInTheFutureReadsNothing()
    {
        auto [client, connector] = make(Net::WriteGuard::readOnly());
        Connectors::ReadCursor cursor;
        cursor.updatedSince = QDateTime::currentDateTimeUtc().addDays(1);
        const Connectors::ReadPage page = connector->readPage(u"order"_s, cursor, 50);
        QVERIFY(!page.failure);
        QVERIFY(page.records.isEmpty());
        QVERIFY(page.nextPageToken.isEmpty());
    }

    void findsAnOrderByNumber()
    {
        auto [client, connector] = make(Net::WriteGuard::readOnly());
        const Connectors::ReadOne found = connector->findByMatchKey(u"order"_s, u"1001"_s);
        QVERIFY2(!found.failure, qPrintable(ConnectorTest::messageOf(found.failure)));
        QVERIFY(found.record);
        QCOMPARE(found.record->matchKey, u"1001"_s);
        QCOMPARE(found.record->document.value(u"name"_s).toString(), u"#1001"_s);
        QCOMPARE(found.exchanges.size(), 1);
        QCOMPARE(found.exchanges.first().request.url.query(QUrl::FullyEncoded), u"name=%231001&status=any"_s);

        const Connectors::ReadOne byId = connector->readById(u"order"_s, found.record->id);
        QVERIFY(byId.record);
        QCOMPARE(byId.record->document, found.record->document);

        const Connectors::ReadOne missing = connector->findByMatchKey(u"order"_s, u"#999999"_s);
        QVERIFY(!missing.failure);
        QVERIFY(!missing.record);
        const Connectors::ReadOne noSuchId = connector->readById(u"order"_s, u"999999999"_s);
        QVERIFY(!noSuchId.failure);
        QVERIFY(!noSuchId.record);
    }

    void multiCurrencyOrderWithABigId()
    {
        // Seed order #1002: shop currency EUR, paid in USD (total 50.77 EUR = 55.19 USD), id > 2^53.
        auto [client, connector] = make(Net::WriteGuard::readOnly());
        const Connectors::ReadOne order = connector->readById(u"order"_s, u"820982911946154508"_s);
        QVERIFY2(order.record, qPrintable(ConnectorTest::messageOf(order.failure)));
        QCOMPARE(order.record->id, u"820982911946154508"_s);
        QCOMPARE(order.record->matchKey, u"1002"_s);
        QString error;
        const auto canonical = connector->toCanonical(*order.record, &error);
        QVERIFY2(canonical, qPrintable(error));
        QCOMPARE(canonical->value(u"id"_s).toString(), u"820982911946154508"_s);
        QCOMPARE(canonical->value(u"currency"_s).toString(), u"USD"_s);
        QCOMPARE(canonical->value(u"base_currency"_s).toString(), u"EUR"_s);
        QCOMPARE(canonical->value(u"exchange_rate"_s).toString(), u"0.9199130277"_s); // 50.77 / 55.19
        QCOMPARE(canonical->value(u"total"_s).toObject().value(u"amount"_s).toString(), u"55.19"_s);
        const QJsonObject line = canonical->value(u"lines"_s).toArray().first().toObject();
        QCOMPARE(line.value(u"sku"_s).toString(), u"MUG-CER-350"_s);
        QCOMPARE(line.value(u"unit_price"_s).toObject().value(u"amount"_s).toString(), u"14.50"_s);
        QCOMPARE(line.value(u"unit_price"_s).toObject().value(u"currency"_s).toString(), u"USD"_s);
    }

    void refundsAndTransactionsOfTheOrders()
    {
        auto [client, connector] = make(Net::WriteGuard::readOnly());
        for (const QString &object : {u"refund"_s, u"transaction"_s}) {
            QList<Connectors::VendorRecord> records;
            Connectors::ReadCursor cursor;
            do {
                const Connectors::ReadPage page = connector->readPage(object, cursor, 50);
                QVERIFY2(!page.failure, qPrintable(ConnectorTest::messageOf(page.failure)));
                records += page.records;
                cursor.pageToken = page.nextPageToken;
            } while (!cursor.pageToken.isEmpty());
            QVERIFY2(!records.isEmpty(), qPrintable(object));
            for (const Connectors::VendorRecord &record : std::as_const(records)) {
                QVERIFY2(record.id.contains(u'/'), qPrintable(record.id)); // "<order id>/<id>"
                QString error;
                QVERIFY2(connector->toCanonical(record, &error), qPrintable(error));
            }
            const Connectors::ReadOne again = connector->readById(object, records.first().id);
            QVERIFY2(again.record, qPrintable(again.failure ? again.failure->message : records.first().id));
            QCOMPARE(again.record->id, records.first().id);
        }
    }

    void findsACustomerByEmailAndAProductBySku()
    {
        auto [client, connector] = make(Net::WriteGuard::readOnly());
        // A store whose shop.json cannot be read (here: refused once, at the first read).
        {
            Net::HttpClientOptions options;
            options.guard = Net::WriteGuard::allowing(true, true);
            Net::HttpClient control(m_network, options);
            QUrl url = m_store;
            url.setPath(u"/__sandbox/faults"_s);
            const QJsonObject refuse{{u"kind"_s, u"reject"_s},
                                     {u"status"_s, 404},
                                     {u"path_prefix"_s, u"/admin/api/2024-04/shop.json"_s}};
            QCOMPARE(control.sendJson("POST", url, QJsonDocument(refuse)).response.status, 200);
        }
        const Connectors::ReadOne customer =
            connector->findByMatchKey(u"customer"_s, u"Emma.Brown@example.co.uk"_s);
        QVERIFY2(!customer.failure, qPrintable(ConnectorTest::messageOf(customer.failure)));
        QVERIFY(customer.record);
        QCOMPARE(customer.record->matchKey, u"emma.brown@example.co.uk"_s);
        QString error;
        QVERIFY2(connector->toCanonical(*customer.record, &error), qPrintable(error));

        const Connectors::ReadOne product = connector->findByMatchKey(u"product"_s, u"TEE-ORG-L"_s);
        QVERIFY2(!product.failure, qPrintable(ConnectorTest::messageOf(product.failure)));
        QVERIFY(product.record);
        QCOMPARE(product.record->matchKey, u"TEE-ORG-L"_s);
        // The sandbox refused shop.json above: the shop currency comes from the first order read.
        QVERIFY(!connector->toCanonical(*product.record, &error));
        QVERIFY2(error.contains(u"variants[0].price"_s), qPrintable(error));
        QVERIFY(connector->findByMatchKey(u"order"_s, u"1001"_s).record);
        QCOMPARE(connector->shopCurrency().code(), u"EUR"_s);
        const auto canonical = connector->toCanonical(*product.record, &error);
        QVERIFY2(canonical, qPrintable(error));
        QCOMPARE(canonical->value(u"variants"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"price"_s)
                     .toObject()
                     .value(u"currency"_s)
                     .toString(),
                 u"EUR"_s);
        QVERIFY(!connector->findByMatchKey(u"product"_s, u"NO-SUCH-SKU"_s).record);
    }

    void writeRefusedByTheGuardSendsNothing()
    {
        auto [client, connector] = make(Net::WriteGuard::readOnly());
        const QJsonObject before = ConnectorTest::sandboxStats(m_network, m_store);
        Connectors::WriteRequest request;
        request.object = u"inventory_level"_s;
        request.payload =
            QJsonObject{{u"inventory_item_id"_s, 808950810}, {u"location_id"_s, 1}, {u"available"_s, 5}};
        request.idempotencyKey = u"test:inventory:1"_s;
        const Connectors::WriteOutcome outcome = connector->write(request);
        QVERIFY(!outcome.ok());
        QVERIFY(outcome.failure);
        QCOMPARE(outcome.failure->outcome.kind, AttemptOutcome::Kind::Validation);
        QVERIFY(!Engine::RetryPolicy::isTransient(outcome.failure->outcome));
        QVERIFY2(outcome.failure->message.contains(u"not sent"_s), qPrintable(outcome.failure->message));
        QCOMPARE(client->refusedWrites(), 1);
        const QJsonObject after = ConnectorTest::sandboxStats(m_network, m_store);
        const QJsonObject requests = after.value(u"requests"_s).toObject();
        // Nothing but reads has reached the sandbox store so far (this runs before any allowed write).
        QVERIFY(requests.value(u"GET"_s).toInt() > 0);
        QCOMPARE(ConnectorTest::nonGetRequests(after), 0);
        QCOMPARE(after.value(u"writes_committed"_s).toInt(), 0);
        QVERIFY(before.value(u"requests_total"_s).toInt() > 0);
    }

    void inventoryWriteAndProductLookUpBeforeCreate()
    {
        auto [client, connector] = make(Net::WriteGuard::allowing(false, true));
        const Connectors::ReadPage levels = connector->readPage(u"inventory_level"_s, {}, 50);
        QVERIFY2(!levels.failure, qPrintable(ConnectorTest::messageOf(levels.failure)));
        QVERIFY(!levels.records.isEmpty());
        const QJsonObject level = levels.records.first().document;

        Connectors::WriteRequest request;
        request.object = u"inventory_level"_s;
        request.payload = QJsonObject{{u"inventory_item_id"_s, level.value(u"inventory_item_id"_s)},
                                      {u"location_id"_s, level.value(u"location_id"_s)},
                                      {u"available"_s, 42}};
        const Connectors::WriteOutcome written = connector->write(request);
        QVERIFY2(written.ok(), qPrintable(ConnectorTest::messageOf(written.failure)));
        QCOMPARE(written.record->document.value(u"available"_s).toInt(), 42);
        const Connectors::ReadOne reread =
            connector->readById(u"inventory_level"_s, levels.records.first().id);
        QVERIFY(reread.record);
        QCOMPARE(reread.record->document.value(u"available"_s).toInt(), 42);

        // A product create whose SKU the store already has finds it instead of duplicating it.
        Connectors::WriteRequest product;
        product.object = u"product"_s;
        product.matchKey = u"MUG-CER-350"_s;
        product.payload = QJsonObject{{u"title"_s, u"Mug"_s},
                                      {u"variants"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-CER-350"_s}}}}};
        const Connectors::WriteOutcome existing = connector->write(product);
        QVERIFY2(existing.ok(), qPrintable(ConnectorTest::messageOf(existing.failure)));
        QVERIFY(existing.alreadyExisted);
        QCOMPARE(client->sent("POST"), 1); // only the inventory write

        // A new SKU is created (POST products.json), then updated (PUT products/{id}.json).
        product.matchKey = u"TOTE-CANVAS"_s;
        product.payload = QJsonObject{
            {u"title"_s, u"Canvas Tote"_s},
            {u"variants"_s, QJsonArray{QJsonObject{{u"sku"_s, u"TOTE-CANVAS"_s}, {u"price"_s, u"14.90"_s}}}}};
        const Connectors::WriteOutcome created = connector->write(product);
        QVERIFY2(created.ok(), qPrintable(ConnectorTest::messageOf(created.failure)));
        QVERIFY(!created.alreadyExisted);
        QCOMPARE(created.record->matchKey, u"TOTE-CANVAS"_s);
        QCOMPARE(created.exchanges.last().request.method, QByteArray("POST"));
        Connectors::WriteRequest update = product;
        update.existingId = created.record->id;
        update.payload = QJsonObject{{u"title"_s, u"Canvas Tote Bag"_s}};
        const Connectors::WriteOutcome updated = connector->write(update);
        QVERIFY2(updated.ok(), qPrintable(ConnectorTest::messageOf(updated.failure)));
        QCOMPARE(updated.record->id, created.record->id);
        QCOMPARE(updated.record->document.value(u"title"_s).toString(), u"Canvas Tote Bag"_s);
        QCOMPARE(updated.exchanges.last().request.method, QByteArray("PUT"));
        const Connectors::ReadOne found = connector->findByMatchKey(u"product"_s, u"TOTE-CANVAS"_s);
        QVERIFY(found.record);
        QCOMPARE(found.record->id, created.record->id);
    }

    void wrongTokenIsAPermanentFailure()
    {
        auto [client, connector] = make(Net::WriteGuard::readOnly(), "shpat_wrong");
        const Connectors::ReadPage page = connector->readPage(u"order"_s, {}, 10);
        QVERIFY(page.failure);
        QCOMPARE(page.failure->outcome.kind, AttemptOutcome::Kind::Http);
        QCOMPARE(page.failure->outcome.httpStatus, 401);
        QVERIFY(!Engine::RetryPolicy::isTransient(page.failure->outcome));
        QVERIFY(page.records.isEmpty());
    }

    void injectedFaultsAreClassified()
    {
        auto [client, connector] = make(Net::WriteGuard::allowing(false, true));
        const auto inject = [this](const QJsonObject &fault) {
            Net::HttpClientOptions options;
            options.guard = Net::WriteGuard::allowing(true, true);
            Net::HttpClient control(m_network, options);
            QUrl url = m_store;
            url.setPath(u"/__sandbox/faults"_s);
            return control.sendJson("POST", url, QJsonDocument(fault)).response.status;
        };

        // 429 with Retry-After: transient, the header travels to the retry policy.
        QCOMPARE(inject(QJsonObject{{u"kind"_s, u"rate_limit_storm"_s}, {u"retry_after"_s, u"2.0"_s}}), 200);
        Connectors::ReadPage page = connector->readPage(u"order"_s, {}, 10);
        QVERIFY(page.failure);
        QCOMPARE(page.failure->outcome.httpStatus, 429);
        QCOMPARE(page.failure->outcome.retryAfter, QByteArray("2.0"));
        QVERIFY(Engine::RetryPolicy::isTransient(page.failure->outcome));
        QVERIFY2(page.failure->message.contains(u"Exceeded 2 calls per second"_s),
                 qPrintable(page.failure->message));

        // 503 maintenance: transient with Retry-After.
        QCOMPARE(inject(QJsonObject{{u"kind"_s, u"maintenance"_s}}), 200);
        page = connector->readPage(u"order"_s, {}, 10);
        QVERIFY(page.failure);
        QCOMPARE(page.failure->outcome.httpStatus, 503);
        QCOMPARE(page.failure->outcome.retryAfter, QByteArray("600"));
        QVERIFY(Engine::RetryPolicy::isTransient(page.failure->outcome));

        // 422 on a write: permanent, with Shopify's own error text.
        QCOMPARE(inject(QJsonObject{{u"kind"_s, u"reject"_s}, {u"method"_s, u"POST"_s}}), 200);
        Connectors::WriteRequest request;
        request.object = u"inventory_level"_s;
        request.payload =
            QJsonObject{{u"inventory_item_id"_s, 1}, {u"location_id"_s, 1}, {u"available"_s, 1}};
        const Connectors::WriteOutcome outcome = connector->write(request);
        QVERIFY(outcome.failure);
        QCOMPARE(outcome.failure->outcome.httpStatus, 422);
        QVERIFY(!Engine::RetryPolicy::isTransient(outcome.failure->outcome));
        QVERIFY2(outcome.failure->message.contains(u"The sandbox rejected this request"_s),
                 qPrintable(outcome.failure->message));

        // And the next read is fine again.
        page = connector->readPage(u"order"_s, {}, 10);
        QVERIFY2(!page.failure, qPrintable(ConnectorTest::messageOf(page.failure)));
    }

private:
    std::pair<std::unique_ptr<Net::HttpClient>, std::unique_ptr<ShopifyConnector>>
    make(const Net::WriteGuard &guard, const QByteArray &token = Sandbox::Credentials::shopAccessTokenText)
    {
        Net::HttpClientOptions options;
        options.rateLimitKey = u"shopify:sandbox"_s;
        options.side = Net::WriteSide::Store;
        options.guard = guard;
        auto client = std::make_unique<Net::HttpClient>(m_network, options);
        Connectors::ConnectorConfig config;
        config.system = u"shopify"_s;
        config.baseUrl = m_store;
        config.account = Sandbox::Credentials::shopDomain();
        config.accessToken = token;
        auto connector = std::make_unique<ShopifyConnector>(config, *client);
        return {std::move(client), std::move(connector)};
    }

    QTemporaryDir m_dir;
    Sandbox::SandboxServices m_services;
    QUrl m_store;
    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestShopifySandbox)
#include "tst_shopifysandbox.moc"
