// The sandbox store over real HTTP on 127.0.0.1: pagination, filters, exact fields, auth, rate
// limits, writes and signed at-least-once webhooks.

#include "net/webhooksignature.h"
#include "sandbox/sandboxservices.h"
#include "sandboxtestsupport.h"

#include <QtCore/QJsonArray>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponse>
#include <QtNetwork/QHostAddress>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace SandboxTest;
using LedgerLink::Sandbox::SandboxOptions;
using LedgerLink::Sandbox::SandboxServices;

namespace {

const QString api = u"/admin/api/2024-04/"_s;

QUrl nextLink(const Response &response)
{
    static const QRegularExpression next(u"<([^>]+)>;\\s*rel=\"next\""_s);
    const auto match = next.match(QString::fromLatin1(response.header("Link")));
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

struct Delivery
{
    QByteArray body;
    QByteArray topic;
    QByteArray hmac;
    QByteArray webhookId;
    QByteArray domain;
};

} // namespace

class TestSandboxStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void paginationWalksEveryOrderOnce();
    void pageInfoRefusesOtherFilters();
    void findsOrder1001ByName();
    void bigIdsStayExact();
    void statusFilter();
    void refundsAndTransactions();
    void missingTokenIs401();
    void customers();
    void productsAndInventory();
    void createOrderAndWebhookRedeliveries();
    void rateLimitedBurst();
    void asyncStartPortClashAndStats();

private:
    QTemporaryDir m_dir;
    SandboxServices m_services;
    QUrl m_store;
    QNetworkAccessManager m_network;
};

void TestSandboxStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SandboxOptions options;
    options.dataDir = m_dir.filePath(u"main"_s);
    const auto started = m_services.start(options);
    QVERIFY2(started.ok, qPrintable(started.error));
    m_store = started.storeUrl;
    QVERIFY(m_services.isRunning());
    QCOMPARE(m_services.storeUrl(), m_store);
}

void TestSandboxStore::cleanupTestCase()
{
    m_services.stop();
    QVERIFY(!m_services.isRunning());
}

void TestSandboxStore::paginationWalksEveryOrderOnce()
{
    const Response count =
        send(m_network, "GET", url(m_store, api + u"orders/count.json?status=any"_s), Auth::Store);
    QCOMPARE(count.status, 200);
    const qint64 expected = count.json().value(u"count"_s).toInteger();
    QCOMPARE(expected, 13);

    QList<qint64> ids;
    QUrl next = url(m_store, api + u"orders.json?status=any&limit=3"_s);
    int pages = 0;
    while (next.isValid() && pages < 20) {
        const Response page = send(m_network, "GET", next, Auth::Store);
        QCOMPARE(page.status, 200);
        if (pages > 0)
            QVERIFY2(page.header("Link").contains("rel=\"previous\""), page.header("Link").constData());
        for (const QJsonValue &order : page.json().value(u"orders"_s).toArray())
            ids.append(order.toObject().value(u"id"_s).toInteger());
        next = nextLink(page);
        ++pages;
    }
    QCOMPARE(pages, 5); // 3 + 3 + 3 + 3 + 1
    QCOMPARE(ids.size(), expected);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), expected);
}

void TestSandboxStore::pageInfoRefusesOtherFilters()
{
    const Response first =
        send(m_network, "GET", url(m_store, api + u"orders.json?status=any&limit=2"_s), Auth::Store);
    const QUrl next = nextLink(first);
    QVERIFY(next.isValid());
    QVERIFY(!next.toString().contains(u"status="_s)); // page_info is opaque: the filters travel inside it
    const Response mixed = send(m_network, "GET", QUrl(next.toString() + u"&status=any"_s), Auth::Store);
    QCOMPARE(mixed.status, 400);
    QVERIFY(mixed.json().contains(u"errors"_s));
}

void TestSandboxStore::findsOrder1001ByName()
{
    const Response response =
        send(m_network, "GET", url(m_store, api + u"orders.json?name=%231001&status=any"_s), Auth::Store);
    QCOMPARE(response.status, 200);
    const QJsonArray orders = response.json().value(u"orders"_s).toArray();
    QCOMPARE(orders.size(), 1);
    const QJsonObject order = orders.first().toObject();
    QCOMPARE(order.value(u"id"_s).toInteger(), 5101);
    QCOMPARE(order.value(u"name"_s).toString(), u"#1001"_s);
    QCOMPARE(order.value(u"order_number"_s).toInteger(), 1001);
    QCOMPARE(order.value(u"currency"_s).toString(), u"EUR"_s);
    QCOMPARE(order.value(u"presentment_currency"_s).toString(), u"EUR"_s);
    QCOMPARE(order.value(u"taxes_included"_s).toBool(), true);
    // Money is always a string with its cents.
    QCOMPARE(order.value(u"current_total_price"_s), QJsonValue(u"64.88"_s));
    QCOMPARE(order.value(u"total_tax"_s), QJsonValue(u"10.36"_s));
    QCOMPARE(order.value(u"subtotal_price"_s), QJsonValue(u"59.98"_s));
    QCOMPARE(order.value(u"email"_s).toString(), u"anna.schmidt@example.de"_s);
    QCOMPARE(order.value(u"customer"_s).toObject().value(u"id"_s).toInteger(), 7001);
    QCOMPARE(order.value(u"created_at"_s).toString(), u"2026-11-20T10:12:44+01:00"_s);
    const QJsonObject line = order.value(u"line_items"_s).toArray().first().toObject();
    QCOMPARE(line.value(u"sku"_s).toString(), u"TEE-ORG-M"_s);
    QCOMPARE(line.value(u"vendor"_s).toString(), u"Sandbox Apparel"_s);
    QCOMPARE(line.value(u"quantity"_s).toInteger(), 2);
    QCOMPARE(line.value(u"price"_s), QJsonValue(u"29.99"_s));
    QCOMPARE(line.value(u"total_discount"_s), QJsonValue(u"0.00"_s));
    QCOMPARE(line.value(u"tax_lines"_s).toArray().first().toObject().value(u"price"_s),
             QJsonValue(u"9.58"_s));
    const QJsonObject shipping = order.value(u"shipping_lines"_s).toArray().first().toObject();
    QCOMPARE(shipping.value(u"price"_s), QJsonValue(u"4.90"_s));
    QCOMPARE(shipping.value(u"tax_lines"_s).toArray().first().toObject().value(u"price"_s),
             QJsonValue(u"0.78"_s));
    // The raw text carries the money as strings too.
    QVERIFY(response.body.contains("\"current_total_price\":\"64.88\""));

    const Response fields =
        send(m_network, "GET", url(m_store, api + u"orders.json?name=1001&fields=id,name"_s), Auth::Store);
    QCOMPARE(fields.json().value(u"orders"_s).toArray().first().toObject().keys(),
             (QStringList{u"id"_s, u"name"_s}));
}

void TestSandboxStore::bigIdsStayExact()
{
    const Response response =
        send(m_network, "GET", url(m_store, api + u"orders/820982911946154508.json"_s), Auth::Store);
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.contains("\"id\":820982911946154508,"));
    const QJsonObject order = response.json().value(u"order"_s).toObject();
    QCOMPARE(order.value(u"id"_s).toInteger(), Q_INT64_C(820982911946154508));
    QCOMPARE(order.value(u"presentment_currency"_s).toString(), u"USD"_s);
    QCOMPARE(order.value(u"taxes_included"_s).toBool(), false);
    const QJsonObject set = order.value(u"total_price_set"_s).toObject();
    QCOMPARE(set.value(u"presentment_money"_s).toObject().value(u"amount"_s).toString(), u"55.19"_s);
    QCOMPARE(set.value(u"shop_money"_s).toObject().value(u"currency_code"_s).toString(), u"EUR"_s);
    QCOMPARE(send(m_network, "GET", url(m_store, api + u"orders/999.json"_s), Auth::Store).status, 404);
}

void TestSandboxStore::statusFilter()
{
    auto countOf = [this](const QString &query) -> qint64 {
        return send(m_network, "GET", url(m_store, api + u"orders/count.json"_s + query), Auth::Store)
            .json()
            .value(u"count"_s)
            .toInteger();
    };
    QCOMPARE(countOf(u"?status=any"_s), 13);
    QCOMPARE(countOf(QString()), 12); // default status=open leaves out the cancelled #1013
    QCOMPARE(countOf(u"?status=cancelled"_s), 1);
    QCOMPARE(countOf(u"?status=any&updated_at_min=2026-11-25T00:00:00%2B01:00"_s), 4);
}

void TestSandboxStore::refundsAndTransactions()
{
    const Response refunds =
        send(m_network, "GET", url(m_store, api + u"orders/5106/refunds.json"_s), Auth::Store);
    QCOMPARE(refunds.status, 200);
    const QJsonArray list = refunds.json().value(u"refunds"_s).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject refundLine =
        list.first().toObject().value(u"refund_line_items"_s).toArray().first().toObject();
    QCOMPARE(refundLine.value(u"quantity"_s).toInteger(), 1);
    QCOMPARE(refundLine.value(u"subtotal"_s).toString(), u"29.99"_s);
    const Response transactions =
        send(m_network, "GET", url(m_store, api + u"orders/5106/transactions.json"_s), Auth::Store);
    const QJsonArray kinds = transactions.json().value(u"transactions"_s).toArray();
    QCOMPARE(kinds.size(), 2);
    QCOMPARE(kinds.at(0).toObject().value(u"kind"_s).toString(), u"sale"_s);
    QCOMPARE(kinds.at(1).toObject().value(u"kind"_s).toString(), u"refund"_s);
    QCOMPARE(kinds.at(1).toObject().value(u"amount"_s).toString(), u"29.99"_s);
}

void TestSandboxStore::missingTokenIs401()
{
    const Response response = send(m_network, "GET", url(m_store, api + u"orders.json"_s), Auth::None);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.json().value(u"errors"_s).toString(),
             u"[API] Invalid API key or access token (unrecognized login or wrong password)"_s);
}

void TestSandboxStore::customers()
{
    const Response search =
        send(m_network, "GET",
             url(m_store, api + u"customers/search.json?query=email:anna.schmidt@example.de"_s), Auth::Store);
    QCOMPARE(search.json().value(u"customers"_s).toArray().size(), 1);
    const Response guest = send(m_network, "GET", url(m_store, api + u"customers/7005.json"_s), Auth::Store);
    QCOMPARE(guest.status, 200);
    QVERIFY(guest.json().value(u"customer"_s).toObject().value(u"email"_s).isNull());
    const Response page =
        send(m_network, "GET", url(m_store, api + u"customers.json?limit=5"_s), Auth::Store);
    QCOMPARE(page.json().value(u"customers"_s).toArray().size(), 5);
    QVERIFY(nextLink(page).isValid());
}

void TestSandboxStore::productsAndInventory()
{
    const Response created = send(
        m_network, "POST", url(m_store, api + u"products.json"_s), Auth::Store,
        R"({"product":{"title":"Linen Apron","vendor":"Sandbox Home","variants":[{"sku":"APRON-LIN","price":"24.5"}]}})");
    QCOMPARE(created.status, 201);
    const QJsonObject product = created.json().value(u"product"_s).toObject();
    const qint64 id = product.value(u"id"_s).toInteger();
    const QJsonObject variant = product.value(u"variants"_s).toArray().first().toObject();
    QCOMPARE(variant.value(u"price"_s).toString(), u"24.50"_s);
    const qint64 item = variant.value(u"inventory_item_id"_s).toInteger();
    QVERIFY(item > 0);

    const QByteArray update = R"({"product":{"id":)" + QByteArray::number(id) + R"(,"variants":[{"id":)"
        + QByteArray::number(variant.value(u"id"_s).toInteger()) + R"(,"price":"26.00"}]}})";
    const Response updated =
        send(m_network, "PUT", url(m_store, api + u"products/"_s + QString::number(id) + u".json"_s),
             Auth::Store, update);
    QCOMPARE(updated.status, 200);
    const QJsonObject after =
        updated.json().value(u"product"_s).toObject().value(u"variants"_s).toArray().first().toObject();
    QCOMPARE(after.value(u"price"_s).toString(), u"26.00"_s);
    QCOMPARE(after.value(u"sku"_s).toString(), u"APRON-LIN"_s);

    const Response locations = send(m_network, "GET", url(m_store, api + u"locations.json"_s), Auth::Store);
    const qint64 location =
        locations.json().value(u"locations"_s).toArray().first().toObject().value(u"id"_s).toInteger();
    const Response set =
        send(m_network, "POST", url(m_store, api + u"inventory_levels/set.json"_s), Auth::Store,
             R"({"location_id":)" + QByteArray::number(location) + R"(,"inventory_item_id":)"
                 + QByteArray::number(item) + R"(,"available":17})");
    QCOMPARE(set.status, 200);
    const Response levels =
        send(m_network, "GET",
             url(m_store,
                 api + u"inventory_levels.json?inventory_item_ids="_s + QString::number(item)
                     + u"&location_ids="_s + QString::number(location)),
             Auth::Store);
    const QJsonArray list = levels.json().value(u"inventory_levels"_s).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(u"available"_s).toInteger(), 17);
}

void TestSandboxStore::createOrderAndWebhookRedeliveries()
{
    // A second sandbox delivering each event three times, and a receiver in this test.
    QList<Delivery> deliveries;
    QHttpServer receiver;
    receiver.route(u"/webhooks/shopify"_s, [&deliveries](const QHttpServerRequest &request) {
        Delivery delivery;
        delivery.body = request.body();
        for (const auto &[name, value] : request.headers()) {
            if (name.compare("X-Shopify-Topic", Qt::CaseInsensitive) == 0)
                delivery.topic = value;
            else if (name.compare("X-Shopify-Hmac-Sha256", Qt::CaseInsensitive) == 0)
                delivery.hmac = value;
            else if (name.compare("X-Shopify-Webhook-Id", Qt::CaseInsensitive) == 0)
                delivery.webhookId = value;
            else if (name.compare("X-Shopify-Shop-Domain", Qt::CaseInsensitive) == 0)
                delivery.domain = value;
        }
        deliveries.append(delivery);
        return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
    });
    const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);

    SandboxServices services;
    SandboxOptions options;
    options.dataDir = m_dir.filePath(u"webhooks"_s);
    options.webhookDeliveries = 3;
    const auto started = services.start(options);
    QVERIFY2(started.ok, qPrintable(started.error));
    const QUrl store = started.storeUrl;

    const QByteArray registration = R"({"webhook":{"topic":"orders/create","address":"http://127.0.0.1:)"
        + QByteArray::number(port) + R"(/webhooks/shopify","format":"json"}})";
    const Response registered =
        send(m_network, "POST", url(store, api + u"webhooks.json"_s), Auth::Store, registration);
    QCOMPARE(registered.status, 201);
    QCOMPARE(send(m_network, "GET", url(store, api + u"webhooks.json"_s), Auth::Store)
                 .json()
                 .value(u"webhooks"_s)
                 .toArray()
                 .size(),
             1);

    const Response created =
        send(m_network, "POST", url(store, api + u"orders.json"_s), Auth::Store,
             R"({"order":{"email":"new.buyer@example.com","currency":"EUR","taxes_included":true,)"
             R"("customer":{"first_name":"New","last_name":"Buyer"},)"
             R"("line_items":[{"sku":"TEE-ORG-M","title":"Organic Cotton Tee","quantity":3,"price":"29.99",)"
             R"("tax_lines":[{"title":"MwSt 19 %","price":"14.37","rate":0.19}]}]}})");
    QCOMPARE(created.status, 201);
    const QJsonObject order = created.json().value(u"order"_s).toObject();
    QCOMPARE(order.value(u"name"_s).toString(), u"#1014"_s);
    QCOMPARE(order.value(u"current_total_price"_s).toString(), u"89.97"_s);
    QCOMPARE(order.value(u"total_tax"_s).toString(), u"14.37"_s);
    QVERIFY(order.value(u"customer"_s).toObject().value(u"id"_s).toInteger() > 0);

    QTRY_COMPARE_WITH_TIMEOUT(deliveries.size(), 3, 5000);
    for (const Delivery &delivery : std::as_const(deliveries)) {
        QCOMPARE(delivery.topic, QByteArray("orders/create"));
        QCOMPARE(delivery.domain, QByteArray("sandbox-shop.myshopify.com"));
        QCOMPARE(delivery.webhookId, deliveries.first().webhookId); // the same event id on each redelivery
        const auto check = LedgerLink::Net::verifySignature(
            LedgerLink::Net::WebhookVendor::Shopify, "sandbox-webhook-secret", delivery.body, delivery.hmac);
        QVERIFY2(check.valid, qPrintable(check.reason));
        QCOMPARE(QJsonDocument::fromJson(delivery.body).object().value(u"id"_s).toInteger(),
                 order.value(u"id"_s).toInteger());
    }
    QVERIFY(!deliveries.first().webhookId.isEmpty());

    // drop_webhooks: two of the next event's three deliveries are lost.
    const Response fault = send(m_network, "POST", url(store, u"/__sandbox/faults"_s), Auth::None,
                                R"({"kind":"drop_webhooks","count":2})");
    QCOMPARE(fault.status, 200);
    deliveries.clear();
    QCOMPARE(send(m_network, "POST", url(store, api + u"orders.json"_s), Auth::Store,
                  R"({"order":{"line_items":[{"title":"Custom","quantity":1,"price":"5.00"}]}})")
                 .status,
             201);
    QTRY_COMPARE_WITH_TIMEOUT(deliveries.size(), 1, 5000);
    QTest::qWait(200);
    QCOMPARE(deliveries.size(), 1);
    const QJsonObject stats = send(m_network, "GET", url(store, u"/__sandbox/stats"_s), Auth::None).json();
    QCOMPARE(stats.value(u"webhook_deliveries_sent"_s).toInteger(), 4);
    QCOMPARE(stats.value(u"webhook_deliveries_dropped"_s).toInteger(), 2);
    QCOMPARE(stats.value(u"writes_committed"_s).toInteger(), 3);
    services.stop();
}

void TestSandboxStore::rateLimitedBurst()
{
    SandboxServices services;
    SandboxOptions options;
    options.dataDir = m_dir.filePath(u"limited"_s);
    options.rateLimits = true;
    const auto started = services.start(options);
    QVERIFY2(started.ok, qPrintable(started.error));

    int ok = 0;
    int limited = 0;
    QByteArray firstCallLimit;
    QByteArray lastOkCallLimit;
    for (int i = 0; i < 45; ++i) {
        const Response response =
            send(m_network, "GET", url(started.storeUrl, api + u"orders/count.json"_s), Auth::Store);
        if (i == 0)
            firstCallLimit = response.header("X-Shopify-Shop-Api-Call-Limit");
        if (response.status == 200) {
            ++ok;
            lastOkCallLimit = response.header("X-Shopify-Shop-Api-Call-Limit");
        } else {
            QCOMPARE(response.status, 429);
            QCOMPARE(response.header("Retry-After"), QByteArray("2.0"));
            QCOMPARE(
                response.json().value(u"errors"_s).toString(),
                u"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."_s);
            ++limited;
        }
    }
    QCOMPARE(firstCallLimit, QByteArray("1/40"));
    QVERIFY2(ok >= 40 && ok < 45, QByteArray::number(ok).constData());
    QVERIFY(limited >= 1);
    QVERIFY2(lastOkCallLimit.endsWith("/40")
                 && lastOkCallLimit.left(lastOkCallLimit.indexOf('/')).toInt() >= 38,
             lastOkCallLimit.constData());
    const QJsonObject stats =
        send(m_network, "GET", url(started.storeUrl, u"/__sandbox/stats"_s), Auth::None).json();
    QCOMPARE(stats.value(u"responses_429"_s).toInteger(), limited);
    services.stop();
}

void TestSandboxStore::asyncStartPortClashAndStats()
{
    SandboxServices services;
    SandboxOptions options;
    options.dataDir = m_dir.filePath(u"async"_s);
    auto future = services.startAsync(options);
    future.waitForFinished();
    const auto started = future.result();
    QVERIFY2(started.ok, qPrintable(started.error));
    QVERIFY(services.isRunning());
    QCOMPARE(services.start(options).ok, false); // already running

    // A second sandbox on the same store port fails with a clear error and cleans up.
    SandboxServices clash;
    SandboxOptions clashing;
    clashing.dataDir = m_dir.filePath(u"clash"_s);
    clashing.storePort = quint16(started.storeUrl.port());
    const auto refused = clash.start(clashing);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QString::number(started.storeUrl.port())), qPrintable(refused.error));
    QVERIFY(!clash.isRunning());

    QCOMPARE(send(m_network, "GET", url(started.storeUrl, api + u"orders/count.json"_s), Auth::Store).status,
             200);
    QCOMPARE(services.storeStats().value(u"requests"_s).toObject().value(u"GET"_s).toInteger(), 1);
    QCOMPARE(services.booksStats().value(u"requests_total"_s).toInteger(), 0);
    services.stop();
    QVERIFY(services.storeStats().isEmpty());
}

QTEST_MAIN(TestSandboxStore)
#include "tst_sandboxstore.moc"
