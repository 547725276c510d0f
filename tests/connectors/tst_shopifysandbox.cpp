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
#include <QtCore/QRegularExpression>
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

    /// A refund record carries what a credit note needs of its order (a Shopify refund says
    /// neither whether the order's prices include tax nor its customer): the seeded #1006's
    /// refund, read with its order's page and alone (GET orders/5106.json), the same way.
    void aRefundCarriesItsOrdersTaxModeAndCustomer()
    {
        auto [client, connector] = make(Net::WriteGuard::readOnly());
        std::optional<Connectors::VendorRecord> fromPage;
        Connectors::ReadCursor cursor;
        do {
            const Connectors::ReadPage page = connector->readPage(u"refund"_s, cursor, 50);
            QVERIFY2(!page.failure, qPrintable(ConnectorTest::messageOf(page.failure)));
            for (const Connectors::VendorRecord &record : page.records) {
                if (record.id == u"5106/17000000001"_s)
                    fromPage = record;
            }
            cursor.pageToken = page.nextPageToken;
        } while (!cursor.pageToken.isEmpty());
        QVERIFY(fromPage);
        const Connectors::ReadOne alone = connector->readById(u"refund"_s, u"5106/17000000001"_s);
        QVERIFY2(alone.record, qPrintable(ConnectorTest::messageOf(alone.failure)));
        for (const Connectors::VendorRecord &record : {*fromPage, *alone.record}) {
            const QJsonObject order = record.document.value(u"ledgerlink_order"_s).toObject();
            QCOMPARE(order.value(u"name"_s).toString(), u"#1006"_s);
            QCOMPARE(order.value(u"email"_s).toString(), u"anna.schmidt@example.de"_s);
            QCOMPARE(order.value(u"currency"_s).toString(), u"EUR"_s);
            QCOMPARE(order.value(u"taxes_included"_s).toBool(), true);
            QCOMPARE(order.value(u"customer"_s).toObject().value(u"last_name"_s).toString(), u"Schmidt"_s);
            QCOMPARE(
                order.value(u"shipping_lines"_s).toArray().first().toObject().value(u"title"_s).toString(),
                u"DHL Paket"_s);
            // The refunded tee's tax lines, which the seeded refund leaves out, are its order line's.
            const QJsonObject line = record.document.value(u"refund_line_items"_s)
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(u"line_item"_s)
                                         .toObject();
            QCOMPARE(line.value(u"sku"_s).toString(), u"TEE-ORG-L"_s);
            const QJsonObject tax = line.value(u"tax_lines"_s).toArray().first().toObject();
            QCOMPARE(tax.value(u"title"_s).toString(), u"MwSt 19 %"_s);
            QCOMPARE(tax.value(u"price"_s).toString(), u"9.58"_s);
            // The refund's own fields as Shopify gave them.
            QCOMPARE(record.document.value(u"note"_s).toString(), u"Size L too large, one returned"_s);
            QString error;
            QVERIFY2(connector->toCanonical(record, &error), qPrintable(error));
        }
        QCOMPARE(alone.record->document, fromPage->document);
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
        // Nothing but reads has reached the sandbox store so far (this runs before any allowed
        // write): GETs, and the GraphQL product queries, which are POSTs that change nothing.
        QVERIFY(requests.value(u"GET"_s).toInt() > 0);
        QCOMPARE(ConnectorTest::nonGetRequests(after), requests.value(u"POST"_s).toInt());
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

        // A product create whose SKU the store already has finds it instead of duplicating it:
        // one GraphQL query (productVariants by SKU), no mutation.
        Connectors::WriteRequest product;
        product.object = u"product"_s;
        product.matchKey = u"MUG-CER-350"_s;
        product.payload = QJsonObject{{u"title"_s, u"Mug"_s},
                                      {u"variants"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-CER-350"_s}}}}};
        const Connectors::WriteOutcome existing = connector->write(product);
        QVERIFY2(existing.ok(), qPrintable(ConnectorTest::messageOf(existing.failure)));
        QVERIFY(existing.alreadyExisted);
        QCOMPARE(operationsOf(existing.exchanges), QStringList{u"query LedgerLinkVariantsBySku"_s});

        // A new SKU is created (productCreate), then updated (productUpdate), then its price
        // (productVariantsBulkUpdate), each seen by the REST API too.
        product.matchKey = u"TOTE-CANVAS"_s;
        product.payload = QJsonObject{
            {u"title"_s, u"Canvas Tote"_s},
            {u"variants"_s, QJsonArray{QJsonObject{{u"sku"_s, u"TOTE-CANVAS"_s}, {u"price"_s, u"14.90"_s}}}}};
        const Connectors::WriteOutcome created = connector->write(product);
        QVERIFY2(created.ok(), qPrintable(ConnectorTest::messageOf(created.failure)));
        QVERIFY(!created.alreadyExisted);
        QCOMPARE(created.record->matchKey, u"TOTE-CANVAS"_s);
        QCOMPARE(operationsOf(created.exchanges),
                 (QStringList{u"query LedgerLinkVariantsBySku"_s, u"mutation LedgerLinkProductCreate"_s}));
        const QJsonObject createInput = variablesOf(created.exchanges.last()).value(u"input"_s).toObject();
        QCOMPARE(
            createInput,
            (QJsonObject{{u"title"_s, u"Canvas Tote"_s},
                         {u"variants"_s,
                          QJsonArray{QJsonObject{{u"sku"_s, u"TOTE-CANVAS"_s}, {u"price"_s, u"14.90"_s}}}}}));
        QCOMPARE(restProduct(created.record->id)
                     .value(u"variants"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"price"_s),
                 QJsonValue(u"14.90"_s));

        Connectors::WriteRequest update = product;
        update.existingId = created.record->id;
        update.payload = QJsonObject{{u"title"_s, u"Canvas Tote Bag"_s}};
        const Connectors::WriteOutcome updated = connector->write(update);
        QVERIFY2(updated.ok(), qPrintable(ConnectorTest::messageOf(updated.failure)));
        QCOMPARE(updated.record->id, created.record->id);
        QCOMPARE(updated.record->document.value(u"title"_s).toString(), u"Canvas Tote Bag"_s);
        QCOMPARE(operationsOf(updated.exchanges),
                 (QStringList{u"query LedgerLinkProduct"_s, u"mutation LedgerLinkProductUpdate"_s}));
        QCOMPARE(restProduct(created.record->id).value(u"title"_s).toString(), u"Canvas Tote Bag"_s);

        update.payload = QJsonObject{
            {u"variants"_s, QJsonArray{QJsonObject{{u"sku"_s, u"TOTE-CANVAS"_s}, {u"price"_s, u"15.50"_s}}}}};
        const Connectors::WriteOutcome repriced = connector->write(update);
        QVERIFY2(repriced.ok(), qPrintable(ConnectorTest::messageOf(repriced.failure)));
        QCOMPARE(operationsOf(repriced.exchanges),
                 (QStringList{u"query LedgerLinkProduct"_s, u"mutation LedgerLinkVariantsUpdate"_s}));
        const QJsonObject variantInput =
            variablesOf(repriced.exchanges.last()).value(u"variants"_s).toArray().first().toObject();
        QCOMPARE(variantInput.value(u"price"_s).toString(), u"15.50"_s);
        QVERIFY(variantInput.value(u"id"_s).toString().startsWith(u"gid://shopify/ProductVariant/"_s));
        const QJsonObject rest = restProduct(created.record->id);
        QCOMPARE(rest.value(u"title"_s).toString(), u"Canvas Tote Bag"_s); // untouched
        QCOMPARE(rest.value(u"variants"_s).toArray().first().toObject().value(u"price"_s),
                 QJsonValue(u"15.50"_s));

        // A variant the product does not have is refused before anything is written.
        update.payload = QJsonObject{
            {u"variants"_s, QJsonArray{QJsonObject{{u"sku"_s, u"TOTE-RED"_s}, {u"price"_s, u"1.00"_s}}}}};
        const Connectors::WriteOutcome unknown = connector->write(update);
        QVERIFY(unknown.failure);
        QVERIFY(!Engine::RetryPolicy::isTransient(unknown.failure->outcome));
        QVERIFY2(unknown.failure->message.contains(u"has no variant with the SKU TOTE-RED"_s),
                 qPrintable(unknown.failure->message));
        QCOMPARE(operationsOf(unknown.exchanges), QStringList{u"query LedgerLinkProduct"_s});

        const Connectors::ReadOne found = connector->findByMatchKey(u"product"_s, u"TOTE-CANVAS"_s);
        QVERIFY(found.record);
        QCOMPARE(found.record->id, created.record->id);
        const Connectors::ReadOne byId = connector->readById(u"product"_s, created.record->id);
        QVERIFY(byId.record);
        QCOMPARE(byId.record->document, found.record->document);
        QVERIFY(!connector->readById(u"product"_s, u"999999"_s).record);
    }

    void fullProductReadIsABulkOperation()
    {
        auto [client, connector] = make(Net::WriteGuard::readOnly());
        const QJsonArray expected = restProducts();
        QVERIFY(expected.size() >= 3);
        QStringList ids;
        Connectors::ReadCursor cursor;
        int pages = 0;
        do {
            const Connectors::ReadPage page = connector->readPage(u"product"_s, cursor, 2);
            QVERIFY2(!page.failure, qPrintable(ConnectorTest::messageOf(page.failure)));
            if (pages == 0) {
                // Run, poll until COMPLETED (RUNNING first), download without the access token.
                const QStringList operations = operationsOf(page.exchanges);
                QCOMPARE(operations.first(), u"mutation LedgerLinkBulkProducts"_s);
                QVERIFY(operations.count(u"query LedgerLinkBulkStatus"_s) >= 2);
                const Net::HttpRequest &download = page.exchanges.last().request;
                QVERIFY(download.url.path().startsWith(u"/__sandbox/bulk/"_s));
                QVERIFY(download.headers.end()
                        == std::find_if(download.headers.begin(), download.headers.end(), [](const auto &h) {
                               return h.first.compare("X-Shopify-Access-Token", Qt::CaseInsensitive) == 0;
                           }));
                QVERIFY(page.exchanges.last().response.body.isEmpty()); // streamed to a file
                QVERIFY(page.exchanges.last().response.sunkBytes > 0);
                QVERIFY(page.nextPageToken.startsWith(u"bulk?operation="_s));
            } else {
                QVERIFY(page.exchanges.isEmpty()); // from the downloaded file
            }
            QVERIFY(page.records.size() <= 2);
            for (const Connectors::VendorRecord &record : page.records)
                ids.append(record.id);
            cursor.pageToken = page.nextPageToken;
            ++pages;
        } while (!cursor.pageToken.isEmpty() && pages < 100);
        QStringList restIds;
        for (const QJsonValue &product : expected)
            restIds.append(QString::number(product.toObject().value(u"id"_s).toInteger()));
        ids.sort();
        restIds.sort();
        QCOMPARE(ids, restIds);
        QCOMPARE(pages, int((expected.size() + 1) / 2));

        // A bulk page token whose result this connector does not hold starts the read again.
        auto [otherClient, other] = make(Net::WriteGuard::readOnly());
        const Connectors::ReadPage again = other->readPage(
            u"product"_s, {{}, u"bulk?operation=gid%3A%2F%2Fshopify%2FBulkOperation%2F1&offset=0"_s}, 50);
        QVERIFY2(!again.failure, qPrintable(ConnectorTest::messageOf(again.failure)));
        QCOMPARE(again.records.size(), expected.size());
        QVERIFY(other->readPage(u"product"_s, {{}, u"bulk?operation=x&offset=0"_s}, 50).failure);
    }

    void incrementalProductReadPagesByCursor()
    {
        auto [client, connector] = make(Net::WriteGuard::readOnly());
        const QJsonArray expected = restProducts();
        Connectors::ReadCursor cursor;
        cursor.updatedSince = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        QStringList ids;
        int pages = 0;
        do {
            const Connectors::ReadPage page = connector->readPage(u"product"_s, cursor, 1);
            QVERIFY2(!page.failure, qPrintable(ConnectorTest::messageOf(page.failure)));
            QCOMPARE(page.records.size(), 1);
            const QJsonObject variables = variablesOf(page.exchanges.last());
            QCOMPARE(variables.value(u"first"_s).toInt(), 1);
            QCOMPARE(variables.value(u"query"_s).toString(), u"updated_at:>='1970-01-01T00:00:00Z'"_s);
            ids.append(page.records.first().id);
            cursor.pageToken = page.nextPageToken;
            ++pages;
        } while (!cursor.pageToken.isEmpty() && pages < 100);
        QCOMPARE(ids.size(), expected.size());
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), expected.size());
        QVERIFY(connector->lastGraphQlCost());
        QCOMPARE(connector->lastGraphQlCost()->maximumAvailable, 1000);

        // Nothing updated since far in the future.
        cursor = {};
        cursor.updatedSince = QDateTime::currentDateTimeUtc().addYears(1);
        const Connectors::ReadPage none = connector->readPage(u"product"_s, cursor, 50);
        QVERIFY2(!none.failure, qPrintable(ConnectorTest::messageOf(none.failure)));
        QVERIFY(none.records.isEmpty());
        QVERIFY(none.nextPageToken.isEmpty());
    }

    void throttledQueryWaitsForTheBucket()
    {
        auto [client, connector] = make(Net::WriteGuard::readOnly());
        const auto setBucket = [this](int points, bool enforce) {
            return control("POST", u"/__sandbox/graphql-bucket"_s,
                           QJsonObject{{u"currentlyAvailable"_s, points}, {u"enforce"_s, enforce}});
        };
        QCOMPARE(setBucket(5, true), 200);
        Connectors::ReadCursor cursor;
        cursor.updatedSince = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        const Connectors::ReadPage page = connector->readPage(u"product"_s, cursor, 9);
        QVERIFY(page.failure);
        QCOMPARE(page.failure->outcome.httpStatus, 429);
        QVERIFY(Engine::RetryPolicy::isTransient(page.failure->outcome));
        // The wait is what the bucket needs to refill to the requested cost at its restore rate.
        const std::optional<Connectors::ShopifyGraphQl::Cost> cost = connector->lastGraphQlCost();
        QVERIFY(cost);
        QVERIFY2(cost->requested > 100, qPrintable(QString::number(cost->requested)));
        QVERIFY(cost->currentlyAvailable <= 6);
        QCOMPARE(cost->actual, -1);
        QCOMPARE(cost->restoreRate, 50);
        QCOMPARE(page.failure->outcome.retryAfter.toInt(),
                 (cost->requested - cost->currentlyAvailable + cost->restoreRate - 1) / cost->restoreRate);
        QVERIFY2(page.failure->message.contains(u"the query costs %1 points"_s.arg(cost->requested)),
                 qPrintable(page.failure->message));
        QCOMPARE(setBucket(1000, false), 200);
        QVERIFY(!connector->readPage(u"product"_s, cursor, 9).failure);
    }

    void missingWriteScopeIsAPermissionFailure()
    {
        auto [client, connector] = make(Net::WriteGuard::allowing(false, true));
        const QJsonArray all{u"read_orders"_s, u"read_customers"_s, u"read_products"_s, u"read_locations"_s,
                             u"write_inventory"_s};
        QCOMPARE(control("POST", u"/__sandbox/access-scopes"_s, QJsonObject{{u"handles"_s, all}}), 200);
        Connectors::WriteRequest product;
        product.object = u"product"_s;
        product.payload = QJsonObject{{u"title"_s, u"No scope"_s}};
        const Connectors::WriteOutcome outcome = connector->write(product);
        QVERIFY(outcome.failure);
        QCOMPARE(outcome.failure->outcome.httpStatus, 403);
        QVERIFY(!Engine::RetryPolicy::isTransient(outcome.failure->outcome));
        QVERIFY2(outcome.failure->message.contains(u"write_products"_s),
                 qPrintable(outcome.failure->message));
        const QJsonArray restored{u"read_orders"_s, u"read_customers"_s, u"write_products"_s,
                                  u"read_locations"_s, u"write_inventory"_s};
        QCOMPARE(control("POST", u"/__sandbox/access-scopes"_s, QJsonObject{{u"handles"_s, restored}}), 200);
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
    /// "query LedgerLinkProduct", "mutation LedgerLinkProductCreate": the GraphQL operations
    /// among `exchanges`, in order.
    static QStringList operationsOf(const QList<Net::HttpExchange> &exchanges)
    {
        static const QRegularExpression operation(u"^(query|mutation) (\\w+)"_s);
        QStringList operations;
        for (const Net::HttpExchange &exchange : exchanges) {
            const QString query =
                QJsonDocument::fromJson(exchange.request.body).object().value(u"query"_s).toString();
            const QRegularExpressionMatch match = operation.match(query);
            if (match.hasMatch())
                operations.append(match.captured(1) + u' ' + match.captured(2));
        }
        return operations;
    }

    static QJsonObject variablesOf(const Net::HttpExchange &exchange)
    {
        return QJsonDocument::fromJson(exchange.request.body).object().value(u"variables"_s).toObject();
    }

    /// A control request to the sandbox store (no auth); the HTTP status.
    int control(const QByteArray &method, const QString &path, const QJsonObject &body)
    {
        Net::HttpClientOptions options;
        options.guard = Net::WriteGuard::allowing(true, true);
        Net::HttpClient client(m_network, options);
        QUrl url = m_store;
        url.setPath(path);
        return client.sendJson(method, url, QJsonDocument(body)).response.status;
    }

    /// GET products.json / products/<id>.json through the REST API, as a check on GraphQL writes.
    QJsonArray restProducts()
    {
        Net::HttpClient client(m_network, {});
        QUrl url = m_store;
        url.setPath(u"/admin/api/2024-04/products.json"_s);
        url.setQuery(u"limit=250"_s);
        return client.get(url, {{"X-Shopify-Access-Token", Sandbox::Credentials::shopAccessTokenText}})
            .response.json()
            .object()
            .value(u"products"_s)
            .toArray();
    }
    QJsonObject restProduct(const QString &id)
    {
        Net::HttpClient client(m_network, {});
        QUrl url = m_store;
        url.setPath(u"/admin/api/2024-04/products/"_s + id + u".json"_s);
        return client.get(url, {{"X-Shopify-Access-Token", Sandbox::Credentials::shopAccessTokenText}})
            .response.json()
            .object()
            .value(u"product"_s)
            .toObject();
    }

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
