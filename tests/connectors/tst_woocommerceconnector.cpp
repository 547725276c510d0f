// WooCommerceConnector over real HTTP through the real Net::HttpClient, against a test server
// that speaks WooCommerce's REST v3 dialect (woocommercetestserver.h): the real order 727 of
// ../shared/peers/payloads and orders derived from it, keyset paging by modification time,
// look-ups, product and batch writes with their exact bodies, order status write-back, OAuth 1.0a
// signatures the server recomputes, Basic authentication over TLS, redaction, WooCommerce's
// webhook vector and creation ping, and every kind of bad answer ending in a specific failure.
#include "../store/storetestsupport.h"
#include "connectors/woocommerce/woocommercecanonical.h"
#include "connectors/woocommerce/woocommerceconnector.h"
#include "connectors/woocommerce/woocommercerest.h"
#include "engine/retrypolicy.h"
#include "net/httpclient.h"
#include "net/webhookreceiver.h"
#include "net/webhooksignature.h"
#include "store/redactor.h"

#include "connectortestsupport.h"
#include "woocommercetestserver.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSet>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslSocket>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace LedgerLink;
using Connectors::WooCommerceConnector;
using Engine::RetryPolicy;
using WooTest::Fault;
using WooTest::Reply;

namespace {

const QString sharedPeers = QStringLiteral(LEDGERLINK_SHARED_DIR "/peers");

QByteArray readShared(const QString &relative)
{
    QFile file(sharedPeers + u'/' + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The real WooCommerce REST v3 order 727 (the woocommerce-rest-api-docs sample).
QJsonObject order727()
{
    return QJsonDocument::fromJson(readShared(u"payloads/woocommerce-order-wp-api-v3-727.json"_s)).object();
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc());
}

QString money(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return object.value(u"amount"_s).toString() + u' ' + object.value(u"currency"_s).toString();
}

QString messageOf(const std::optional<Connectors::ConnectorFailure> &failure)
{
    return ConnectorTest::messageOf(failure);
}

QJsonObject customer(qint64 id, const QString &email, const QString &role, const QDateTime &modified)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"date_created"_s, u"2017-03-21T16:09:28"_s},
        {u"date_created_gmt"_s, u"2017-03-21T19:09:28"_s},
        {u"date_modified"_s, WooTest::wooTime(modified.addSecs(-3 * 3600))},
        {u"date_modified_gmt"_s, WooTest::wooTime(modified)},
        {u"email"_s, email},
        {u"first_name"_s, u"John"_s},
        {u"last_name"_s, u"Doe"_s},
        {u"role"_s, role},
        {u"username"_s, email.section(u'@', 0, 0)},
        {u"billing"_s,
         QJsonObject{{u"first_name"_s, u"John"_s},
                     {u"last_name"_s, u"Doe"_s},
                     {u"company"_s, u""_s},
                     {u"address_1"_s, u"969 Market"_s},
                     {u"city"_s, u"San Francisco"_s},
                     {u"state"_s, u"CA"_s},
                     {u"postcode"_s, u"94103"_s},
                     {u"country"_s, u"US"_s},
                     {u"email"_s, email},
                     {u"phone"_s, u"(555) 555-5555"_s}}},
        {u"shipping"_s, QJsonObject{{u"first_name"_s, u""_s}, {u"last_name"_s, u""_s}}},
        {u"is_paying_customer"_s, true},
    };
}

/// Products of order 727: the simple "Woo Single #1" (93) and the variable "Ship Your Idea" (22,
/// variations 23 "Bar3" and 24 "Bar4" on sale), in WooCommerce's product shape.
void seedProducts(WooTest::WooCommerceTestServer &server)
{
    const auto product = [](qint64 id, const QString &name, const QString &type, const QString &sku,
                            const QString &price, const QJsonArray &variations) {
        return QJsonObject{
            {u"id"_s, id},
            {u"name"_s, name},
            {u"slug"_s, name.toLower().replace(u' ', u'-')},
            {u"date_created"_s, u"2017-03-20T11:00:00"_s},
            {u"date_created_gmt"_s, u"2017-03-20T14:00:00"_s},
            {u"date_modified"_s, u"2024-04-01T09:00:00"_s},
            {u"date_modified_gmt"_s, u"2024-04-01T12:00:00"_s},
            {u"type"_s, type},
            {u"status"_s, u"publish"_s},
            {u"description"_s, u"<p>Pellentesque habitant morbi tristique.</p>\n"_s},
            {u"sku"_s, sku},
            {u"price"_s, price},
            {u"regular_price"_s, price},
            {u"sale_price"_s, u""_s},
            {u"on_sale"_s, false},
            {u"tax_status"_s, u"taxable"_s},
            {u"manage_stock"_s, false},
            {u"stock_quantity"_s, QJsonValue::Null},
            {u"stock_status"_s, u"instock"_s},
            {u"tags"_s,
             QJsonArray{
                 QJsonObject{{u"id"_s, 34}, {u"name"_s, u"Leather &amp; Linen"_s}, {u"slug"_s, u"ll"_s}}}},
            {u"variations"_s, variations},
        };
    };
    server.products.insert(93,
                           product(93, u"Woo Single #1"_s, u"simple"_s, u"woo-single-1"_s, u"3.00"_s, {}));
    server.products.insert(
        22, product(22, u"Ship Your Idea"_s, u"variable"_s, u""_s, u"12.00"_s, QJsonArray{23, 24}));
    const auto variation = [](qint64 id, const QString &sku, const QString &regular, const QString &sale,
                              const QString &size) {
        return QJsonObject{
            {u"id"_s, id},
            {u"date_modified_gmt"_s, u"2024-04-01T12:00:00"_s},
            {u"sku"_s, sku},
            {u"price"_s, sale.isEmpty() ? regular : sale},
            {u"regular_price"_s, regular},
            {u"sale_price"_s, sale},
            {u"on_sale"_s, !sale.isEmpty()},
            {u"tax_status"_s, u"taxable"_s},
            {u"manage_stock"_s, true},
            {u"stock_quantity"_s, 12},
            {u"attributes"_s,
             QJsonArray{QJsonObject{{u"id"_s, 1}, {u"name"_s, u"Color"_s}, {u"option"_s, u"Black"_s}},
                        QJsonObject{{u"id"_s, 0}, {u"name"_s, u"Size"_s}, {u"option"_s, size}}}},
        };
    };
    server.variations.insert(22,
                             {variation(23, u"Bar3"_s, u"12.00"_s, u""_s, u"M Test"_s),
                              variation(24, u"Bar4"_s, u"14.00"_s, u"12.50"_s, u"L"_s)});
}

/// `count` orders derived from order 727 (ids and numbers from `firstId`), modified `step`
/// seconds apart from `first`.
void addOrders(WooTest::WooCommerceTestServer &server, qint64 firstId, int count, const QDateTime &first,
               int step)
{
    const QJsonObject base = order727();
    for (int i = 0; i < count; ++i) {
        const qint64 id = firstId + i;
        server.orders.insert(id,
                             WooTest::derived(base, id, first.addSecs(qint64(i) * step), server.siteOffset));
    }
}

/// Reads every page from `cursor`; the ids in order (a failure fails the test).
QStringList readAll(Connectors::Connector &connector, const QString &object, Connectors::ReadCursor cursor,
                    int pageSize, int *pages = nullptr)
{
    QStringList ids;
    int count = 0;
    do {
        const Connectors::ReadPage page = connector.readPage(object, cursor, pageSize);
        if (page.failure) {
            qWarning("%s", qPrintable(page.failure->message));
            return {u"FAILED"_s};
        }
        for (const Connectors::VendorRecord &record : page.records)
            ids.append(record.id);
        cursor.pageToken = page.nextPageToken;
        if (++count > 50)
            return {u"ENDLESS"_s};
    } while (!cursor.pageToken.isEmpty());
    if (pages)
        *pages = count;
    return ids;
}

} // namespace

Q_DECLARE_METATYPE(WooTest::Reply)

class TestWooCommerceConnector : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WooTest::WooCommerceTestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Net::HttpClient> m_client;
    std::unique_ptr<Connectors::Connector> m_connector;
    WooCommerceConnector *m_woo = nullptr;

    Connectors::ConnectorConfig config(const QUrl &url, const QByteArray &token) const
    {
        Connectors::ConnectorConfig config;
        config.system = u"woocommerce"_s;
        config.baseUrl = url;
        config.accessToken = token;
        config.account = u"Sandra's Shop"_s;
        return config;
    }

    /// A connector (through createConnector) to `url` with `token`, writing to the store allowed.
    std::unique_ptr<Connectors::Connector> connectTo(const QUrl &url, const QByteArray &token,
                                                     Net::HttpClient &client) const
    {
        QString error;
        std::unique_ptr<Connectors::Connector> connector =
            Connectors::createConnector(config(url, token), client, &error);
        if (!connector)
            qWarning("%s", qPrintable(error));
        return connector;
    }

    Net::HttpClientOptions clientOptions() const
    {
        Net::HttpClientOptions options;
        options.rateLimitKey = u"woocommerce:test"_s;
        options.side = Net::WriteSide::Store;
        options.guard = Net::WriteGuard::allowing(false, true);
        options.timeout = 10s;
        return options;
    }

    /// Restarts the server (over TLS when `tls`) and the connector.
    bool restart(bool tls)
    {
        m_connector.reset();
        m_server = std::make_unique<WooTest::WooCommerceTestServer>();
        if (!m_server->start(tls))
            return false;
        m_connector = connectTo(m_server->url(), m_server->accessToken(), *m_client);
        m_woo = dynamic_cast<WooCommerceConnector *>(m_connector.get());
        return m_woo != nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!order727().isEmpty(),
                 "../shared/peers/payloads/woocommerce-order-wp-api-v3-727.json is missing");
        // The test server's self-signed certificate is trusted by this process only.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(QSslCertificate(WooTest::certificatePem));
        QSslConfiguration::setDefaultConfiguration(tls);
    }

    void init()
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<Net::HttpClient>(*m_network, clientOptions());
        QVERIFY(restart(false));
    }

    void cleanup()
    {
        m_connector.reset();
        m_woo = nullptr;
        m_client.reset();
        m_network.reset();
        m_server.reset();
    }

    // --- Configuration ---

    void registeredWithItsCapabilities()
    {
        QVERIFY(Connectors::connectorSystems().contains(u"woocommerce"_s));
        QCOMPARE(m_connector->system(), u"woocommerce"_s);
        const Connectors::Capabilities capabilities = m_connector->capabilities();
        QCOMPARE(capabilities.readable, (QStringList{u"order"_s, u"customer"_s, u"product"_s, u"refund"_s}));
        QCOMPARE(capabilities.writable, (QStringList{u"product"_s, u"order"_s}));
        QVERIFY(capabilities.webhooks);
        QVERIFY(capabilities.polling);
        QCOMPARE(capabilities.maxPageSize, 100);
        QCOMPARE(capabilities.maxBatchSize, 100);
        QVERIFY(!capabilities.idempotencyKeys);
        QCOMPARE(m_connector->webhookVendor(), Net::WebhookVendor::WooCommerce);
        QCOMPARE(m_connector->rateLimitProfile().name, u"woocommerce"_s);
        QVERIFY(m_connector->rateLimitProfile().ratePerSecond > 0);
        // Every object it reads is an object of its catalog.
        QString error;
        const auto catalog = m_connector->catalog(&error);
        QVERIFY2(catalog, qPrintable(error));
        for (const QString &object : capabilities.readable)
            QVERIFY2(catalog->object(object), qPrintable(object));
    }

    void accessTokenMustBeKeyColonSecret_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no colon") << QByteArray("ck_0123456789abcdef") << u"it has no colon"_s;
        QTest::newRow("no secret") << QByteArray("ck_0123456789abcdef:") << u"its consumer secret is empty"_s;
        QTest::newRow("no key") << QByteArray(":cs_0123456789abcdef") << u"its consumer key is empty"_s;
    }

    void accessTokenMustBeKeyColonSecret()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!Connectors::createConnector(config(m_server->url(), token), *m_client, &error));
        QVERIFY2(error.contains(u"\"consumer_key:consumer_secret\""_s) && error.contains(expected),
                 qPrintable(error));
        QVERIFY(!error.contains(QString::fromLatin1(token.mid(token.indexOf(':') + 1)))
                || token.endsWith(':'));
        // The secret may hold colons: only the first one splits.
        QVERIFY(Connectors::createConnector(config(m_server->url(), "ck_1:cs_2:3"), *m_client, &error));
    }

    // --- Reading ---

    void pagesThrough250OrdersInThreeRequests()
    {
        addOrders(*m_server, 1001, 250, utc(2024, 3, 1, 10, 0), 60);
        Connectors::ReadCursor cursor;
        cursor.updatedSince = utc(2024, 3, 1, 10, 0); // the first order's own second: included
        int pages = 0;
        const QStringList ids = readAll(*m_connector, u"order"_s, cursor, 100, &pages);
        QCOMPARE(pages, 3);
        QCOMPARE(ids.size(), 250);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 250); // none repeated, none lost
        QCOMPARE(ids.first(), u"1001"_s);
        QCOMPARE(ids.last(), u"1250"_s);
        // Each page asks for what was modified after the last record read (a second earlier:
        // modified_after is exclusive), oldest first; the boundary record is read twice and dropped.
        QCOMPARE(
            m_server->lines(),
            (QStringList{
                u"GET /wp-json/wc/v3/orders?modified_after=2024-03-01T09%3A59%3A59&dates_are_gmt=true&orderby=modified&order=asc&per_page=100&page=1"_s,
                u"GET /wp-json/wc/v3/orders?modified_after=2024-03-01T11%3A38%3A59&dates_are_gmt=true&orderby=modified&order=asc&per_page=100&page=1"_s,
                u"GET /wp-json/wc/v3/orders?modified_after=2024-03-01T13%3A17%3A59&dates_are_gmt=true&orderby=modified&order=asc&per_page=100&page=1"_s,
            }));
        // Signed with OAuth 1.0a (plain http), and the server recomputed every signature.
        for (const WooTest::Request &request : std::as_const(m_server->requests))
            QVERIFY2(request.hasOAuth() && request.header("Authorization").isEmpty(),
                     qPrintable(request.query));
        QCOMPARE(m_server->verifiedSignatures, 3);
    }

    void updatedSinceCursorIsHonoured()
    {
        addOrders(*m_server, 1001, 250, utc(2024, 3, 1, 10, 0), 60);
        Connectors::ReadCursor cursor;
        cursor.updatedSince = utc(2024, 3, 1, 13, 20, 0).addMSecs(400); // order 1201's second
        const Connectors::ReadPage page = m_connector->readPage(u"order"_s, cursor, 100);
        QVERIFY2(!page.failure, qPrintable(messageOf(page.failure)));
        QCOMPARE(page.records.size(), 50);
        QCOMPARE(page.records.first().id, u"1201"_s);
        QCOMPARE(page.records.first().updatedAt, utc(2024, 3, 1, 13, 20));
        for (const Connectors::VendorRecord &record : page.records)
            QVERIFY(record.updatedAt >= utc(2024, 3, 1, 13, 20));
        QVERIFY(page.nextPageToken.isEmpty());
        QCOMPARE(m_server->requests.size(), 1);
        // No offset: with one, WordPress would shift the time into the site's zone (UTC-3).
        QCOMPARE(
            m_server->requests.first().queryWithoutOAuth(),
            u"modified_after=2024-03-01T13%3A19%3A59&dates_are_gmt=true&orderby=modified&order=asc&per_page=100&page=1"_s);

        // A cursor after everything reads nothing, and says so with no next page.
        cursor.updatedSince = utc(2025, 1, 1, 0, 0);
        const Connectors::ReadPage none = m_connector->readPage(u"order"_s, cursor, 100);
        QVERIFY(!none.failure);
        QVERIFY(none.records.isEmpty());
        QVERIFY(none.nextPageToken.isEmpty());
    }

    void anOrderChangedWhileReadingIsNotLost()
    {
        addOrders(*m_server, 1001, 250, utc(2024, 3, 1, 10, 0), 60);
        Connectors::ReadCursor cursor;
        Connectors::ReadPage first = m_connector->readPage(u"order"_s, cursor, 100);
        QVERIFY(!first.failure);
        QCOMPARE(first.records.size(), 100);
        // Order 1050 (read already) changes: it moves to the end of the modification order. With
        // page numbers, page 2 would now start one record later and order 1101 would be lost.
        QJsonObject changed = m_server->orders.value(1050);
        changed.insert(u"date_modified_gmt"_s, u"2024-05-01T12:00:00"_s);
        changed.insert(u"date_modified"_s, u"2024-05-01T09:00:00"_s);
        m_server->orders.insert(1050, changed);
        QStringList ids;
        for (const auto &record : first.records)
            ids.append(record.id);
        cursor.pageToken = first.nextPageToken;
        ids += readAll(*m_connector, u"order"_s, cursor, 100);
        QVERIFY(ids.contains(u"1101"_s));
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 250);
        QCOMPARE(ids.count(u"1050"_s), 2); // read again after its change
        QCOMPARE(ids.last(), u"1050"_s);
    }

    void moreOrdersInOneSecondThanAPage()
    {
        addOrders(*m_server, 2001, 150, utc(2024, 3, 2, 8, 0), 0); // a bulk edit: one second
        addOrders(*m_server, 2151, 10, utc(2024, 3, 2, 8, 1), 1);
        Connectors::ReadCursor cursor;
        cursor.updatedSince = utc(2024, 3, 2, 8, 0);
        int pages = 0;
        const QStringList ids = readAll(*m_connector, u"order"_s, cursor, 100, &pages);
        QCOMPARE(ids.size(), 160);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 160);
        QCOMPARE(pages, 2);
        // Within one second the pages are numbered.
        QCOMPARE(
            m_server->lines(),
            (QStringList{
                u"GET /wp-json/wc/v3/orders?modified_after=2024-03-02T07%3A59%3A59&dates_are_gmt=true&orderby=modified&order=asc&per_page=100&page=1"_s,
                u"GET /wp-json/wc/v3/orders?modified_after=2024-03-02T07%3A59%3A59&dates_are_gmt=true&orderby=modified&order=asc&per_page=100&page=2"_s,
            }));
    }

    void theRealOrder727ToTheCent()
    {
        m_server->orders.insert(727, order727());
        const Connectors::ReadOne read = m_connector->readById(u"order"_s, u"727"_s);
        QVERIFY2(read.record, qPrintable(messageOf(read.failure)));
        QCOMPARE(read.record->id, u"727"_s);
        QCOMPARE(read.record->matchKey, u"727"_s);
        QCOMPARE(read.record->updatedAt, utc(2017, 3, 22, 19, 28, 8));
        QCOMPARE(read.record->document, order727()); // as WooCommerce sent it
        QCOMPARE(m_server->lines(), QStringList{u"GET /wp-json/wc/v3/orders/727"_s});

        QString error;
        const auto canonical = m_connector->toCanonical(*read.record, &error);
        QVERIFY2(canonical, qPrintable(error));
        QCOMPARE(money(canonical->value(u"total"_s)), u"29.35 USD"_s);
        QCOMPARE(money(canonical->value(u"subtotal"_s)), u"18.00 USD"_s);
        QCOMPARE(money(canonical->value(u"shipping_total"_s)), u"10.00 USD"_s);
        QCOMPARE(money(canonical->value(u"tax_total"_s)), u"1.35 USD"_s);
        const QJsonArray lines = canonical->value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(money(lines.at(0).toObject().value(u"unit_price"_s)), u"3.00 USD"_s);
        QCOMPARE(money(lines.at(1).toObject().value(u"unit_price"_s)), u"12.00 USD"_s);
        QCOMPARE(lines.at(1).toObject().value(u"title"_s).toString(),
                 u"Ship Your Idea – Color: Black, Size: M Test"_s);
        QCOMPARE(
            money(lines.at(1).toObject().value(u"tax_lines"_s).toArray().at(0).toObject().value(u"amount"_s)),
            u"0.90 USD"_s);
        // The order's currency prices the store's products from now on.
        QCOMPARE(m_woo->storeCurrency().code(), u"USD"_s);
    }

    void findsEachObjectByItsMatchKey()
    {
        m_server->orders.insert(727, order727());
        addOrders(*m_server, 7270, 3, utc(2024, 3, 1, 10, 0), 60); // numbers containing "727"
        m_server->customers.insert(
            25, customer(25, u"john.doe@example.com"_s, u"customer"_s, utc(2024, 4, 1, 12, 0)));
        m_server->customers.insert(
            26, customer(26, u"jo+shop@example.com"_s, u"shop_manager"_s, utc(2024, 4, 1, 12, 0)));
        seedProducts(*m_server);

        Connectors::ReadOne order = m_connector->findByMatchKey(u"order"_s, u"#727"_s);
        QVERIFY2(order.record, qPrintable(messageOf(order.failure)));
        QCOMPARE(order.record->id, u"727"_s);
        QCOMPARE(m_server->requests.last().queryWithoutOAuth(), u"search=727&per_page=100"_s);

        Connectors::ReadOne person = m_connector->findByMatchKey(u"customer"_s, u"John.Doe@Example.com"_s);
        QVERIFY2(person.record, qPrintable(messageOf(person.failure)));
        QCOMPARE(person.record->id, u"25"_s);
        QCOMPARE(m_server->requests.last().queryWithoutOAuth(), u"email=John.Doe%40Example.com&role=all"_s);
        // A '+' in the email is %2B (PHP would read a raw '+' as a space), and the signature holds.
        Connectors::ReadOne manager = m_connector->findByMatchKey(u"customer"_s, u"jo+shop@example.com"_s);
        QVERIFY2(manager.record, qPrintable(messageOf(manager.failure)));
        QCOMPARE(manager.record->id, u"26"_s);

        Connectors::ReadOne single = m_connector->findByMatchKey(u"product"_s, u"woo-single-1"_s);
        QVERIFY2(single.record, qPrintable(messageOf(single.failure)));
        QCOMPARE(single.record->id, u"93"_s);
        QCOMPARE(m_server->requests.last().line(),
                 u"GET /wp-json/wc/v3/products?sku=woo-single-1&per_page=100"_s);

        QVERIFY(!m_connector->findByMatchKey(u"order"_s, u"99999"_s).record);
        QVERIFY(!m_connector->findByMatchKey(u"customer"_s, u"nobody@example.com"_s).record);
        QVERIFY(!m_connector->findByMatchKey(u"product"_s, u"NO-SUCH-SKU"_s).record);
        QVERIFY(!m_connector->findByMatchKey(u"order"_s, u"99999"_s).failure);
        QVERIFY(m_connector->findByMatchKey(u"refund"_s, u"1"_s).failure);
        QVERIFY(m_connector->findByMatchKey(u"product"_s, u" "_s).failure);
        QCOMPARE(m_server->verifiedSignatures, int(m_server->requests.size()));
    }

    void readByIdNotFoundAndBadIds()
    {
        const Connectors::ReadOne missing = m_connector->readById(u"order"_s, u"424242"_s);
        QVERIFY2(!missing.failure, qPrintable(messageOf(missing.failure)));
        QVERIFY(!missing.record);
        QCOMPARE(missing.exchanges.size(), 1);
        QCOMPARE(missing.exchanges.first().response.status, 404);

        const Connectors::ReadOne bad = m_connector->readById(u"order"_s, u"1e3"_s);
        QVERIFY(bad.failure);
        QVERIFY(bad.exchanges.isEmpty());
        QVERIFY(m_connector->readById(u"refund"_s, u"727"_s).failure); // needs "<order>/<refund>"
        QVERIFY(m_connector->readById(u"coupon"_s, u"1"_s).failure);
    }

    void variableProductsCarryTheirVariations()
    {
        seedProducts(*m_server);
        const Connectors::ReadOne read = m_connector->readById(u"product"_s, u"22"_s);
        QVERIFY2(read.record, qPrintable(messageOf(read.failure)));
        QCOMPARE(
            m_server->lines(),
            (QStringList{u"GET /wp-json/wc/v3/data/currencies/current"_s, u"GET /wp-json/wc/v3/products/22"_s,
                         u"GET /wp-json/wc/v3/products/22/variations?per_page=100"_s}));
        const QJsonArray embedded =
            read.record->document.value(u"_embedded"_s).toObject().value(u"variations"_s).toArray();
        QCOMPARE(embedded.size(), 2);
        QCOMPARE(read.record->document.value(u"variations"_s).toArray(), (QJsonArray{23, 24})); // untouched
        QString error;
        const auto canonical = m_connector->toCanonical(*read.record, &error);
        QVERIFY2(canonical, qPrintable(error));
        const QJsonArray variants = canonical->value(u"variants"_s).toArray();
        QCOMPARE(variants.size(), 2);
        QCOMPARE(variants.at(0).toObject().value(u"sku"_s).toString(), u"Bar3"_s);
        QCOMPARE(variants.at(0).toObject().value(u"title"_s).toString(), u"Black / M Test"_s);
        QCOMPARE(money(variants.at(0).toObject().value(u"price"_s)), u"12.00 USD"_s);
        QCOMPARE(money(variants.at(1).toObject().value(u"price"_s)), u"12.50 USD"_s); // on sale
        QCOMPARE(money(variants.at(1).toObject().value(u"compare_at_price"_s)), u"14.00 USD"_s);
        QCOMPARE(canonical->value(u"tags"_s).toArray(), QJsonArray{u"Leather & Linen"_s});

        // A simple product is its own variant; a variation is read through its parent.
        const Connectors::ReadOne single = m_connector->readById(u"product"_s, u"93"_s);
        QVERIFY(single.record);
        const auto simple = m_connector->toCanonical(*single.record, &error);
        QVERIFY2(simple, qPrintable(error));
        QCOMPARE(simple->value(u"variants"_s).toArray().size(), 1);
        QCOMPARE(money(simple->value(u"variants"_s).toArray().at(0).toObject().value(u"price"_s)),
                 u"3.00 USD"_s);
        const Connectors::ReadOne variation = m_connector->readById(u"product"_s, u"22/24"_s);
        QVERIFY2(variation.record, qPrintable(messageOf(variation.failure)));
        QCOMPARE(variation.record->id, u"22/24"_s);
        QCOMPARE(variation.record->matchKey, u"Bar4"_s);
        QCOMPARE(m_server->requests.count(), 5); // the currency was asked for once
    }

    void refundsOfTheOrdersChanged()
    {
        QJsonObject order = order727();
        order.insert(u"date_modified_gmt"_s, u"2024-05-01T12:20:00"_s);
        order.insert(u"date_modified"_s, u"2024-05-01T09:20:00"_s);
        m_server->orders.insert(727, order);
        addOrders(*m_server, 800, 2, utc(2024, 5, 1, 12, 30), 60); // changed, never refunded
        const QJsonObject links{
            {u"up"_s,
             QJsonArray{QJsonObject{{u"href"_s, u"https://example.com/wp-json/wc/v3/orders/727"_s}}}}};
        m_server->refunds.insert(
            727,
            {QJsonObject{
                 {u"id"_s, 730},
                 {u"date_created"_s, u"2024-05-01T09:10:00"_s},
                 {u"date_created_gmt"_s, u"2024-05-01T12:10:00"_s},
                 {u"amount"_s, u"12.90"_s},
                 {u"reason"_s, u"Damaged &amp; returned"_s},
                 {u"refunded_by"_s, 1},
                 {u"refunded_payment"_s, false},
                 {u"meta_data"_s, QJsonArray()},
                 {u"line_items"_s,
                  QJsonArray{QJsonObject{
                      {u"id"_s, 319},
                      {u"name"_s, u"Ship Your Idea &ndash; Color: Black, Size: M Test"_s},
                      {u"product_id"_s, 22},
                      {u"variation_id"_s, 23},
                      {u"quantity"_s, -1},
                      {u"tax_class"_s, u""_s},
                      {u"subtotal"_s, u"-12.00"_s},
                      {u"subtotal_tax"_s, u"-0.90"_s},
                      {u"total"_s, u"-12.00"_s},
                      {u"total_tax"_s, u"-0.90"_s},
                      {u"taxes"_s,
                       QJsonArray{
                           QJsonObject{{u"id"_s, 75}, {u"total"_s, u"-0.9"_s}, {u"subtotal"_s, u"-0.9"_s}}}},
                      {u"meta_data"_s,
                       QJsonArray{QJsonObject{
                           {u"id"_s, 2100}, {u"key"_s, u"_refunded_item_id"_s}, {u"value"_s, u"316"_s}}}},
                      {u"sku"_s, u"Bar3"_s},
                      {u"price"_s, -12},
                  }}},
                 {u"_links"_s, links}},
             QJsonObject{{u"id"_s, 731},
                         {u"date_created"_s, u"2024-05-01T09:20:00"_s},
                         {u"date_created_gmt"_s, u"2024-05-01T12:20:00"_s},
                         {u"amount"_s, u"5.00"_s},
                         {u"reason"_s, u""_s},
                         {u"refunded_by"_s, 1},
                         {u"refunded_payment"_s, true},
                         {u"meta_data"_s, QJsonArray()},
                         {u"line_items"_s, QJsonArray()},
                         {u"_links"_s, links}}});

        Connectors::ReadCursor cursor;
        cursor.updatedSince = utc(2024, 5, 1, 12, 0);
        const Connectors::ReadPage page = m_connector->readPage(u"refund"_s, cursor, 100);
        QVERIFY2(!page.failure, qPrintable(messageOf(page.failure)));
        QCOMPARE(page.records.size(), 2);
        QCOMPARE(page.records.at(0).id, u"727/730"_s);
        QCOMPARE(page.records.at(1).id, u"727/731"_s);
        QCOMPARE(page.records.at(0).updatedAt, utc(2024, 5, 1, 12, 10));
        // Only order 727 lists refunds: one more request, for it alone.
        QCOMPARE(m_server->requests.size(), 2);
        QCOMPARE(m_server->requests.at(1).line(), u"GET /wp-json/wc/v3/orders/727/refunds?per_page=100"_s);

        QString error;
        const auto damaged = m_connector->toCanonical(page.records.at(0), &error);
        QVERIFY2(damaged, qPrintable(error));
        QCOMPARE(damaged->value(u"order_id"_s).toString(), u"727"_s);
        QCOMPARE(damaged->value(u"note"_s).toString(), u"Damaged & returned"_s);
        QCOMPARE(money(damaged->value(u"total"_s)), u"12.90 USD"_s);
        const QJsonObject line = damaged->value(u"lines"_s).toArray().at(0).toObject();
        QCOMPARE(line.value(u"order_line_id"_s).toString(), u"316"_s);
        QCOMPARE(line.value(u"quantity"_s).toString(), u"1"_s);
        QCOMPARE(money(line.value(u"subtotal"_s)), u"12.00 USD"_s);
        QCOMPARE(money(line.value(u"tax"_s)), u"0.90 USD"_s);
        QVERIFY(damaged->value(u"adjustment"_s).isNull()); // 12.00 + 0.90 explains 12.90
        const auto goodwill = m_connector->toCanonical(page.records.at(1), &error);
        QVERIFY2(goodwill, qPrintable(error));
        QCOMPARE(money(goodwill->value(u"adjustment"_s)), u"5.00 USD"_s);

        // Refunds made before the cursor are not read again; one refund by its id.
        cursor.updatedSince = utc(2024, 5, 1, 12, 15);
        const Connectors::ReadPage later = m_connector->readPage(u"refund"_s, cursor, 100);
        QCOMPARE(later.records.size(), 1);
        QCOMPARE(later.records.first().id, u"727/731"_s);
        const Connectors::ReadOne one = m_connector->readById(u"refund"_s, u"727/730"_s);
        QVERIFY2(one.record, qPrintable(messageOf(one.failure)));
        QCOMPARE(one.record->id, u"727/730"_s);
        QCOMPARE(m_server->requests.last().line(), u"GET /wp-json/wc/v3/orders/727/refunds/730"_s);
    }

    void customersAreReadByIdAndFilteredHere()
    {
        m_server->customers.insert(25,
                                   customer(25, u"a@example.com"_s, u"customer"_s, utc(2024, 4, 1, 12, 0)));
        m_server->customers.insert(26,
                                   customer(26, u"b@example.com"_s, u"customer"_s, utc(2024, 2, 1, 12, 0)));
        m_server->customers.insert(27,
                                   customer(27, u"c@example.com"_s, u"customer"_s, utc(2024, 4, 2, 12, 0)));
        Connectors::ReadCursor cursor;
        cursor.updatedSince = utc(2024, 3, 1, 0, 0);
        int pages = 0;
        const QStringList ids = readAll(*m_connector, u"customer"_s, cursor, 2, &pages);
        QCOMPARE(ids, (QStringList{u"25"_s, u"27"_s}));
        QCOMPARE(pages, 2);
        QCOMPARE(m_server->lines(),
                 (QStringList{u"GET /wp-json/wc/v3/customers?orderby=id&order=asc&per_page=2&page=1"_s,
                              u"GET /wp-json/wc/v3/customers?orderby=id&order=asc&per_page=2&page=2"_s}));
    }

    // --- Writing ---

    void productCreateAndUpdateSendExactBodies()
    {
        Connectors::WriteRequest create;
        create.object = u"product"_s;
        create.matchKey = u"APRON-1"_s;
        create.idempotencyKey = u"erp:item:A1:create"_s;
        // 19.9 arrives as a JSON double: it must become "19.9", never 19.899999999999999.
        create.payload = QJsonObject{{u"name"_s, u"Linen Apron"_s},
                                     {u"sku"_s, u"APRON-1"_s},
                                     {u"regular_price"_s, 19.9},
                                     {u"stock_quantity"_s, 5}};
        const Connectors::WriteOutcome created = m_connector->write(create);
        QVERIFY2(created.ok(), qPrintable(messageOf(created.failure)));
        QVERIFY(!created.alreadyExisted);
        QCOMPARE(m_server->lines(),
                 (QStringList{u"GET /wp-json/wc/v3/data/currencies/current"_s,
                              u"GET /wp-json/wc/v3/products?sku=APRON-1&per_page=100"_s,
                              u"POST /wp-json/wc/v3/products"_s}));
        QCOMPARE(m_server->requests.last().body,
                 QByteArray("{\"manage_stock\":true,\"name\":\"Linen "
                            "Apron\",\"regular_price\":\"19.9\",\"sku\":\"APRON-1\",\"stock_quantity\":5}"));
        QCOMPARE(m_server->requests.last().header("Content-Type"), QByteArray("application/json"));
        const QString id = created.record->id;
        QCOMPARE(created.record->matchKey, u"APRON-1"_s);
        QCOMPARE(m_server->products.value(id.toLongLong()).value(u"stock_status"_s).toString(), u"instock"_s);

        Connectors::WriteRequest update;
        update.object = u"product"_s;
        update.existingId = id;
        update.matchKey = u"APRON-1"_s;
        update.payload = QJsonObject{
            {u"regular_price"_s, u"21.00"_s}, {u"sale_price"_s, u""_s}, {u"stock_quantity"_s, u"7"_s}};
        const Connectors::WriteOutcome updated = m_connector->write(update);
        QVERIFY2(updated.ok(), qPrintable(messageOf(updated.failure)));
        QCOMPARE(m_server->requests.last().line(), u"PUT /wp-json/wc/v3/products/"_s + id);
        QCOMPARE(m_server->requests.last().body,
                 QByteArray("{\"manage_stock\":true,\"regular_price\":\"21.00\",\"sale_price\":\"\",\"stock_"
                            "quantity\":7}"));
        QString error;
        const auto canonical = m_connector->toCanonical(*updated.record, &error);
        QVERIFY2(canonical, qPrintable(error));
        QCOMPARE(money(canonical->value(u"variants"_s).toArray().at(0).toObject().value(u"price"_s)),
                 u"21.00 USD"_s);

        // The same create again (its answer lost, say): the SKU is found, nothing is created.
        const qsizetype before = m_server->requests.size();
        const Connectors::WriteOutcome again = m_connector->write(create);
        QVERIFY2(again.ok(), qPrintable(messageOf(again.failure)));
        QVERIFY(again.alreadyExisted);
        QCOMPARE(again.record->id, id);
        QCOMPARE(m_server->requests.size(), before + 1);
        QCOMPARE(m_server->requests.last().method, QByteArray("GET"));
        // WooCommerce compares SKUs without case, and so does the look-up.
        create.matchKey = u"apron-1"_s;
        QVERIFY(m_connector->write(create).alreadyExisted);
    }

    void aStockUpdateOfAVariation()
    {
        seedProducts(*m_server);
        Connectors::WriteRequest stock;
        stock.object = u"product"_s;
        stock.existingId = u"22/23"_s;
        stock.payload = QJsonObject{{u"stock_quantity"_s, 3.0}};
        const Connectors::WriteOutcome outcome = m_connector->write(stock);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure)));
        QCOMPARE(outcome.record->id, u"22/23"_s);
        QCOMPARE(m_server->requests.last().line(), u"PUT /wp-json/wc/v3/products/22/variations/23"_s);
        QCOMPARE(m_server->requests.last().body, QByteArray("{\"manage_stock\":true,\"stock_quantity\":3}"));
    }

    void productPayloadsWooCommerceWouldRefuseAreNotSent_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("expected");
        QTest::newRow("price text") << QJsonObject{{u"regular_price"_s, u"19,90"_s}}
                                    << u"regular_price: \"19,90\""_s;
        QTest::newRow("negative price") << QJsonObject{{u"sale_price"_s, -1}} << u"sale_price: -1"_s;
        QTest::newRow("fractional stock")
            << QJsonObject{{u"stock_quantity"_s, 2.5}} << u"stock_quantity: 2.5"_s;
        QTest::newRow("stock unmanaged") << QJsonObject{{u"stock_quantity"_s, 2}, {u"manage_stock"_s, false}}
                                         << u"manage_stock is false"_s;
    }

    void productPayloadsWooCommerceWouldRefuseAreNotSent()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(QString, expected);
        Connectors::WriteRequest request;
        request.object = u"product"_s;
        request.existingId = u"93"_s;
        request.payload = payload;
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY(outcome.failure);
        QVERIFY(!RetryPolicy::isTransient(outcome.failure->outcome));
        QVERIFY2(outcome.failure->message.contains(expected), qPrintable(outcome.failure->message));
        QVERIFY(m_server->requests.isEmpty());
    }

    void batchMapsEachElementsErrorToItsRequest()
    {
        seedProducts(*m_server);
        const auto product = [](const QString &existingId, const QString &sku, const QJsonObject &payload) {
            Connectors::WriteRequest request;
            request.object = u"product"_s;
            request.existingId = existingId;
            request.matchKey = sku;
            request.payload = payload;
            request.idempotencyKey = u"erp:item:"_s + sku + u":v1"_s;
            return request;
        };
        const QList<Connectors::WriteRequest> requests{
            product({}, u"TOWEL-1"_s,
                    {{u"name"_s, u"Tea Towel"_s}, {u"sku"_s, u"TOWEL-1"_s}, {u"regular_price"_s, u"7.50"_s}}),
            // A variation holds this SKU: the products list does not show it, WooCommerce refuses it.
            product({}, u"Bar3"_s,
                    {{u"name"_s, u"Bar 3 again"_s}, {u"sku"_s, u"Bar3"_s}, {u"regular_price"_s, u"12.00"_s}}),
            product(u"93"_s, u"woo-single-1"_s, {{u"regular_price"_s, u"3.50"_s}}),
            product(u"999999"_s, u"GONE-1"_s, {{u"regular_price"_s, u"1.00"_s}}),
            product({}, u"woo-single-1"_s, {{u"name"_s, u"Woo Single #1"_s}, {u"sku"_s, u"woo-single-1"_s}}),
            product({}, u"BAD-1"_s, {{u"sku"_s, u"BAD-1"_s}, {u"regular_price"_s, u"abc"_s}}),
        };
        const QList<Connectors::WriteOutcome> outcomes = m_connector->writeBatch(requests);
        QCOMPARE(outcomes.size(), requests.size());
        QCOMPARE(m_server->lines(),
                 (QStringList{u"GET /wp-json/wc/v3/data/currencies/current"_s,
                              u"GET /wp-json/wc/v3/products?sku=TOWEL-1%2CBar3%2Cwoo-single-1&per_page=100"_s,
                              u"POST /wp-json/wc/v3/products/batch"_s}));
        QCOMPARE(
            m_server->requests.last().body,
            QByteArray("{\"create\":[{\"name\":\"Tea Towel\",\"regular_price\":\"7.50\",\"sku\":\"TOWEL-1\"},"
                       "{\"name\":\"Bar 3 again\",\"regular_price\":\"12.00\",\"sku\":\"Bar3\"}],"
                       "\"update\":[{\"id\":93,\"regular_price\":\"3.50\"},{\"id\":999999,\"regular_price\":"
                       "\"1.00\"}]}"));

        QVERIFY2(outcomes[0].ok(), qPrintable(messageOf(outcomes[0].failure)));
        QCOMPARE(outcomes[0].record->matchKey, u"TOWEL-1"_s);
        QVERIFY(outcomes[1].failure);
        QVERIFY2(outcomes[1].failure->message.contains(u"Invalid or duplicated SKU. [product_invalid_sku]"_s)
                     && outcomes[1].failure->message.contains(u"SKU Bar3"_s),
                 qPrintable(outcomes[1].failure->message));
        QCOMPARE(outcomes[1].failure->outcome.httpStatus, 400);
        QVERIFY(!RetryPolicy::isTransient(outcomes[1].failure->outcome));
        QVERIFY2(outcomes[2].ok(), qPrintable(messageOf(outcomes[2].failure)));
        QCOMPARE(outcomes[2].record->document.value(u"regular_price"_s).toString(), u"3.50"_s);
        QVERIFY(outcomes[3].failure);
        QVERIFY2(outcomes[3].failure->message.contains(u"update of product 999999"_s)
                     && outcomes[3].failure->message.contains(u"Invalid ID."_s),
                 qPrintable(outcomes[3].failure->message));
        QVERIFY(outcomes[4].ok() && outcomes[4].alreadyExisted);
        QCOMPARE(outcomes[4].record->id, u"93"_s);
        QVERIFY(outcomes[5].failure);
        QVERIFY2(outcomes[5].failure->message.contains(u"regular_price: \"abc\""_s),
                 qPrintable(outcomes[5].failure->message));
        // Each outcome carries the exchanges it came from, for the audit log.
        QVERIFY(!outcomes[0].exchanges.isEmpty());
        QCOMPARE(outcomes[0].exchanges.last().request.url.path(), u"/wp-json/wc/v3/products/batch"_s);
    }

    void batchesHoldAtMostAHundred()
    {
        QList<Connectors::WriteRequest> requests;
        for (int i = 0; i < 150; ++i) {
            Connectors::WriteRequest request;
            request.object = u"product"_s;
            request.matchKey = u"SKU-%1"_s.arg(i, 3, 10, QChar(u'0'));
            request.payload = QJsonObject{{u"name"_s, u"Item %1"_s.arg(i)},
                                          {u"sku"_s, request.matchKey},
                                          {u"regular_price"_s, u"1.00"_s}};
            requests.append(request);
        }
        const QList<Connectors::WriteOutcome> outcomes = m_connector->writeBatch(requests);
        QCOMPARE(outcomes.size(), 150);
        for (const Connectors::WriteOutcome &outcome : outcomes)
            QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure)));
        QCOMPARE(outcomes[149].record->matchKey, u"SKU-149"_s);
        QCOMPARE(m_server->products.size(), 150);
        QList<int> batchSizes;
        int lookups = 0;
        for (const WooTest::Request &request : std::as_const(m_server->requests)) {
            if (request.path.endsWith(u"/products/batch"_s))
                batchSizes.append(
                    int(QJsonDocument::fromJson(request.body).object().value(u"create"_s).toArray().size()));
            else if (request.path.endsWith(u"/products"_s))
                ++lookups;
        }
        QCOMPARE(batchSizes, (QList<int>{100, 50}));
        QCOMPARE(lookups, 4); // 40 SKUs per look-up
    }

    void orderStatusAndNoteWriteBack()
    {
        m_server->orders.insert(727, order727());
        Connectors::WriteRequest request;
        request.object = u"order"_s;
        request.existingId = u"727"_s;
        request.idempotencyKey = u"books:invoice:INV-0042:status"_s;
        request.payload =
            QJsonObject{{u"status"_s, u"completed"_s}, {u"note"_s, u"Invoice INV-0042 posted"_s}};
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure)));
        QCOMPARE(outcome.record->document.value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(m_server->lines(),
                 (QStringList{u"PUT /wp-json/wc/v3/orders/727"_s,
                              u"GET /wp-json/wc/v3/orders/727/notes?type=internal"_s,
                              u"POST /wp-json/wc/v3/orders/727/notes"_s}));
        QCOMPARE(m_server->requests.at(0).body, QByteArray("{\"status\":\"completed\"}"));
        QCOMPARE(m_server->requests.at(2).body,
                 QByteArray("{\"customer_note\":false,\"note\":\"Invoice INV-0042 posted\"}"));
        QCOMPARE(m_server->notes.value(727).size(), 2); // WooCommerce's status-change note, and ours
        QCOMPARE(m_server->notes.value(727).first().value(u"note"_s).toString(),
                 u"Order status changed from Processing to Completed."_s);

        // Again (a retry): the status is set again, the note is not added twice.
        m_server->requests.clear();
        QVERIFY(m_connector->write(request).ok());
        QCOMPARE(m_server->lines(),
                 (QStringList{u"PUT /wp-json/wc/v3/orders/727"_s,
                              u"GET /wp-json/wc/v3/orders/727/notes?type=internal"_s}));
        QCOMPARE(m_server->notes.value(727).size(), 2);

        // By order number, a note alone: the order is found, then read back after the note.
        m_server->requests.clear();
        Connectors::WriteRequest note;
        note.object = u"order"_s;
        note.matchKey = u"#727"_s;
        note.payload = QJsonObject{{u"note"_s, u"Credit note CN-7 posted"_s}};
        const Connectors::WriteOutcome noted = m_connector->write(note);
        QVERIFY2(noted.ok(), qPrintable(messageOf(noted.failure)));
        QCOMPARE(noted.record->id, u"727"_s);
        QCOMPARE(
            m_server->lines(),
            (QStringList{u"GET /wp-json/wc/v3/orders?search=727&per_page=100"_s,
                         u"GET /wp-json/wc/v3/orders/727/notes?type=internal"_s,
                         u"POST /wp-json/wc/v3/orders/727/notes"_s, u"GET /wp-json/wc/v3/orders/727"_s}));

        // A status WooCommerce does not have: its own message.
        request.payload = QJsonObject{{u"status"_s, u"shipped"_s}};
        const Connectors::WriteOutcome refused = m_connector->write(request);
        QVERIFY(refused.failure);
        QVERIFY2(refused.failure->message.contains(u"status is not one of pending"_s)
                     && refused.failure->message.contains(u"[rest_invalid_param]"_s),
                 qPrintable(refused.failure->message));
        QVERIFY(!RetryPolicy::isTransient(refused.failure->outcome));
        // Orders are not created.
        QVERIFY(m_connector->write(Connectors::WriteRequest{u"order"_s, {}, {}, {}, {}, {}}).failure);
    }

    void writesRefusedByTheRolloutStage()
    {
        Net::HttpClientOptions options = clientOptions();
        options.guard = Net::WriteGuard::readOnly();
        Net::HttpClient readOnly(*m_network, options);
        auto connector = connectTo(m_server->url(), m_server->accessToken(), readOnly);
        seedProducts(*m_server);
        Connectors::WriteRequest request;
        request.object = u"product"_s;
        request.existingId = u"93"_s;
        request.payload = QJsonObject{{u"regular_price"_s, u"4.00"_s}};
        const Connectors::WriteOutcome outcome = connector->write(request);
        QVERIFY(outcome.failure);
        QVERIFY2(outcome.failure->message.contains(u"was not sent"_s), qPrintable(outcome.failure->message));
        for (const WooTest::Request &sent : std::as_const(m_server->requests))
            QCOMPARE(sent.method, QByteArray("GET"));
    }

    // --- Authentication and secrets ---

    void oauthSignaturesAreCheckedByTheServer()
    {
        m_server->orders.insert(727, order727());
        QVERIFY(m_connector->readById(u"order"_s, u"727"_s).record);
        QCOMPARE(m_server->verifiedSignatures, 1);
        const WooTest::Request &signedRequest = m_server->requests.last();
        const auto query = WooTest::phpGet(signedRequest.query);
        QCOMPARE(query.value("oauth_consumer_key"), m_server->consumerKey);
        QCOMPARE(query.value("oauth_signature_method"), QByteArray("HMAC-SHA1"));
        QVERIFY(qAbs(query.value("oauth_timestamp").toLongLong() - QDateTime::currentSecsSinceEpoch()) < 60);
        QCOMPARE(query.value("oauth_nonce").size(), 32);
        QCOMPARE(QByteArray::fromBase64(query.value("oauth_signature")).size(), 20); // SHA-1
        // A fixed timestamp and nonce sign the same way every time (and differently for another secret).
        const QUrl url = m_woo->apiUrl(u"orders"_s, u"per_page=1"_s);
        QCOMPARE(Connectors::WooCommerce::oauthSigned("GET", url, "ck", "cs", 1700000000, "abc"),
                 Connectors::WooCommerce::oauthSigned("GET", url, "ck", "cs", 1700000000, "abc"));
        QVERIFY(Connectors::WooCommerce::oauthSigned("GET", url, "ck", "cs", 1700000000, "abc")
                != Connectors::WooCommerce::oauthSigned("GET", url, "ck", "cs2", 1700000000, "abc"));

        // A wrong secret: WooCommerce's own words, permanent.
        auto wrong = connectTo(m_server->url(), m_server->consumerKey + ":cs_wrong", *m_client);
        const Connectors::ReadOne refused = wrong->readById(u"order"_s, u"727"_s);
        QVERIFY(refused.failure);
        QVERIFY2(refused.failure->message.contains(
                     u"HTTP 401: Invalid signature - provided signature does not match. "
                     u"[woocommerce_rest_authentication_error]: check the consumer key and secret"_s),
                 qPrintable(refused.failure->message));
        QVERIFY(!RetryPolicy::isTransient(refused.failure->outcome));
        // A clock far off: the timestamp is refused.
        m_woo->setClock([] { return QDateTime::currentSecsSinceEpoch() - 3600; });
        const Connectors::ReadOne stale = m_connector->readById(u"order"_s, u"727"_s);
        QVERIFY(stale.failure);
        QVERIFY2(stale.failure->message.contains(u"Invalid timestamp."_s),
                 qPrintable(stale.failure->message));
    }

    void basicAuthenticationOverHttps()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
        QVERIFY(restart(true));
        QCOMPARE(m_server->url().scheme(), u"https"_s);
        m_server->orders.insert(727, order727());
        const Connectors::ReadOne read = m_connector->readById(u"order"_s, u"727"_s);
        QVERIFY2(read.record, qPrintable(messageOf(read.failure)));
        QCOMPARE(m_server->verifiedBasic, 1);
        QCOMPARE(m_server->verifiedSignatures, 0);
        const WooTest::Request &request = m_server->requests.last();
        QCOMPARE(request.header("Authorization"), "Basic " + m_server->accessToken().toBase64());
        QVERIFY(!request.hasOAuth());
        QVERIFY(request.query.isEmpty());

        auto wrongSecret = connectTo(m_server->url(), m_server->consumerKey + ":cs_wrong", *m_client);
        const Connectors::ReadOne refused = wrongSecret->readById(u"order"_s, u"727"_s);
        QVERIFY(refused.failure);
        QVERIFY2(refused.failure->message.contains(u"Consumer secret is invalid."_s),
                 qPrintable(refused.failure->message));
        // An unknown key is no user at all for WooCommerce: the permission check answers.
        auto wrongKey = connectTo(m_server->url(), "ck_unknown:" + m_server->consumerSecret, *m_client);
        const Connectors::ReadPage list = wrongKey->readPage(u"order"_s, {}, 10);
        QVERIFY(list.failure);
        QVERIFY2(list.failure->message.contains(
                     u"Sorry, you cannot list resources. [woocommerce_rest_cannot_view]"_s)
                     && list.failure->message.contains(u"Authorization header"_s),
                 qPrintable(list.failure->message));
        QVERIFY(!RetryPolicy::isTransient(list.failure->outcome));
    }

    void secretsStayOutOfAuditRowsAndMessages()
    {
        m_server->orders.insert(727, order727());
        const QByteArray secret = m_server->consumerSecret;
        // Plain http: the secret never leaves; the per-request signature is redacted from the URL.
        Connectors::ReadOne read = m_connector->readById(u"order"_s, u"727"_s);
        QVERIFY(read.record);
        const QString url = read.exchanges.first().request.url.toString(QUrl::FullyEncoded);
        QVERIFY(!url.contains(QString::fromLatin1(secret)));
        const QString signature =
            QString::fromLatin1(WooTest::phpGet(read.exchanges.first().request.url.query(QUrl::FullyEncoded))
                                    .value("oauth_signature"));
        const QString redacted = Store::Redactor::redactUrl(url);
        QVERIFY2(!redacted.contains(QString::fromLatin1(QUrl::toPercentEncoding(signature))),
                 qPrintable(redacted));
        QVERIFY2(redacted.contains(u"oauth_signature=%5Bredacted%5D"_s)
                     || redacted.contains(u"oauth_signature=[redacted]"_s),
                 qPrintable(redacted));
        // Over https the key and secret are only in the Authorization header, which is redacted.
        QVERIFY(restart(true));
        m_server->orders.insert(727, order727());
        read = m_connector->readById(u"order"_s, u"727"_s);
        QVERIFY(read.record);
        const Net::HttpExchange &exchange = read.exchanges.first();
        const QByteArray basic = m_server->accessToken().toBase64();
        bool authorization = false;
        for (const auto &[name, value] : Store::Redactor::redactHeaders(exchange.request.headers)) {
            QVERIFY(!value.contains(basic) && !value.contains(secret));
            authorization = authorization || name.compare("Authorization", Qt::CaseInsensitive) == 0;
        }
        QVERIFY(authorization);
        QVERIFY(!exchange.request.url.toString().contains(QString::fromLatin1(secret)));
        // Failure messages neither.
        auto wrong = connectTo(m_server->url(), m_server->consumerKey + ":cs_wrong_secret", *m_client);
        const Connectors::ReadOne refused = wrong->readById(u"order"_s, u"727"_s);
        QVERIFY(refused.failure);
        QVERIFY(!refused.failure->message.contains(u"cs_wrong_secret"_s));
        QVERIFY(!refused.failure->outcome.detail.contains(u"cs_wrong_secret"_s));
    }

    // --- Webhooks ---

    void webhookVectorsAndTheCreationPing()
    {
        const Net::WebhookVendor vendor = *m_connector->webhookVendor();
        QCOMPARE(Net::signatureHeader(vendor), QByteArray("X-WC-Webhook-Signature"));
        // WooCommerce's own vector (from its test suite): an empty secret signing "secret".
        int checked = 0;
        const QJsonArray vectors = QJsonDocument::fromJson(readShared(u"webhooks/vectors.json"_s))
                                       .object()
                                       .value(u"vectors"_s)
                                       .toArray();
        for (const QJsonValue &value : vectors) {
            const QJsonObject vector = value.toObject();
            if (vector.value(u"vendor"_s).toString() != u"WooCommerce"_s)
                continue;
            const QByteArray body = readShared(u"webhooks/"_s + vector.value(u"body_file"_s).toString());
            QVERIFY(!body.isEmpty());
            const QByteArray secret = vector.value(u"secret"_s).toString().toUtf8();
            const QByteArray expected = vector.value(u"expected_header_value"_s).toString().toLatin1();
            QVERIFY(Net::verifySignature(vendor, secret, body, expected).valid);
            QCOMPARE(Net::computeSignature(vendor, secret, body), expected);
            QVERIFY(!Net::verifySignature(vendor, "x", body, expected).valid);
            ++checked;
        }
        QVERIFY(checked >= 1);

        // The quirk: WooCommerce keys the HMAC with wp_specialchars_decode(secret), so a secret
        // stored as "s3cr&amp;t" signs with "s3cr&t".
        const QByteArray order = readShared(u"payloads/woocommerce-order-wp-api-v3-727.json"_s);
        const QByteArray signature =
            QMessageAuthenticationCode::hash(order, "s3cr&t", QCryptographicHash::Sha256).toBase64();
        QVERIFY(Net::verifySignature(vendor, "s3cr&amp;t", order, signature).valid);
        QVERIFY(Net::verifySignature(vendor, "s3cr&t", order, signature).valid);
        QVERIFY(!Net::verifySignature(Net::WebhookVendor::Shopify, "s3cr&amp;t", order, signature).valid);

        // The receiver: the unsigned creation ping answered 200, a signed order queued.
        StoreTest::ScratchLocation scratch;
        QString why;
        QVERIFY2(scratch.create(u"sqlite"_s, &why), qPrintable(why));
        Store::StateStore store(scratch.location());
        STORE_VERIFY(store.open());
        Net::WebhookReceiver receiver(store);
        receiver.setSecret(vendor, "s3cr&amp;t");
        const Net::WebhookOutcome ping =
            receiver.process(vendor, {{"X-WC-Webhook-Source", "https://shop.example.com/"}}, "webhook_id=15");
        QCOMPARE(ping.status, 200);
        QCOMPARE(ping.result, u"ping"_s);
        QVERIFY(ping.jobIds.isEmpty());
        const Net::WebhookOutcome delivered = receiver.process(vendor,
                                                               {{"X-WC-Webhook-Signature", signature},
                                                                {"X-WC-Webhook-Topic", "order.updated"},
                                                                {"X-WC-Webhook-Delivery-ID", "9001"}},
                                                               order);
        QCOMPARE(delivered.status, 200);
        QCOMPARE(delivered.result, u"queued"_s);
        QCOMPARE(delivered.jobIds.size(), 1);
        // The body a webhook carries is the REST document: the connector reads it as it is.
        QString error;
        const auto record = Connectors::WooCommerce::vendorRecord(
            u"order"_s, QJsonDocument::fromJson(order).object(), &error);
        QVERIFY2(record && m_connector->toCanonical(*record, &error), qPrintable(error));
        // A wrong signature is refused.
        QCOMPARE(receiver
                     .process(vendor,
                              {{"X-WC-Webhook-Signature", "AAAA"}, {"X-WC-Webhook-Delivery-ID", "9002"}},
                              order)
                     .status,
                 401);
    }

    // --- Bad answers: each a specific failure ---

    void badAnswersAreSpecificFailures_data()
    {
        QTest::addColumn<Reply>("reply");
        QTest::addColumn<bool>("cutInHalf");
        QTest::addColumn<bool>("phpWarning");
        QTest::addColumn<bool>("transient");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QByteArray>("retryAfter");
        const auto reply = [](int status, const QByteArray &body, const QByteArray &type,
                              WooTest::Headers headers = {}) {
            Reply r;
            r.status = status;
            r.body = body;
            r.contentType = type;
            r.headers = std::move(headers);
            return r;
        };
        const QByteArray html = "text/html; charset=UTF-8";
        QTest::newRow("caching plugin page")
            << reply(200,
                     "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your "
                     "browser</body></html>",
                     html)
            << false << false << false
            << u"GET orders answered HTTP 200 with an HTML page titled \"Just a moment...\", not WooCommerce JSON"_s
            << QByteArray();
        QTest::newRow("WordPress critical error page")
            << reply(
                   500,
                   "<!DOCTYPE html><html><head><title>WordPress &rsaquo; Error</title></head><body><p>There "
                   "has been a critical error on this website.</p></body></html>",
                   html)
            << false << false << true
            << u"GET orders failed with HTTP 500: an HTML page titled \"WordPress › Error\""_s
            << QByteArray();
        QTest::newRow("critical error as JSON")
            << reply(500,
                     "{\"code\":\"internal_server_error\",\"message\":\"<p>There has been a critical error "
                     "on this website.</p><p><a "
                     "href=\\\"https://wordpress.org/documentation/article/faq-troubleshooting/\\\">Learn "
                     "more about troubleshooting "
                     "WordPress.</a></p>\",\"data\":{\"status\":500},\"additional_errors\":[]}",
                     "application/json; charset=UTF-8")
            << false << false << true
            << u"GET orders failed with HTTP 500: There has been a critical error on this website. Learn more about troubleshooting WordPress. [internal_server_error]"_s
            << QByteArray();
        QTest::newRow("maintenance mode")
            << reply(503,
                     "<!DOCTYPE html><html><head><title>Maintenance</title></head><body><h1>Briefly "
                     "unavailable for scheduled maintenance. Check back in a minute.</h1></body></html>",
                     html, {{"Retry-After", "600"}})
            << false << false << true
            << u"GET orders failed with HTTP 503: an HTML page titled \"Maintenance\""_s << QByteArray("600");
        QTest::newRow("429 from the host")
            << reply(429,
                     "{\"code\":\"too_many_requests\",\"message\":\"Too many requests, slow "
                     "down.\",\"data\":{\"status\":429}}",
                     "application/json", {{"Retry-After", "7"}})
            << false << false << true
            << u"GET orders failed with HTTP 429: Too many requests, slow down. [too_many_requests]"_s
            << QByteArray("7");
        QTest::newRow("no credentials arrived")
            << reply(401,
                     "{\"code\":\"woocommerce_rest_cannot_view\",\"message\":\"Sorry, you cannot list "
                     "resources.\",\"data\":{\"status\":401}}",
                     "application/json")
            << false << false << false
            << u"GET orders failed with HTTP 401: Sorry, you cannot list resources. [woocommerce_rest_cannot_view]: no accepted credentials reached WooCommerce"_s
            << QByteArray();
        QTest::newRow("invalid parameter")
            << WooTest::invalidParameters(
                   {{u"per_page"_s, u"per_page must be between 1 (inclusive) and 100 (inclusive)"_s}})
            << false << false << false
            << u"HTTP 400: Invalid parameter(s): per_page (per_page must be between 1 (inclusive) and 100 (inclusive)) [rest_invalid_param]"_s
            << QByteArray();
        QTest::newRow("no route") << reply(
            404,
            "{\"code\":\"rest_no_route\",\"message\":\"No route was found matching "
            "the URL and request method.\",\"data\":{\"status\":404}}",
            "application/json") << false
                                  << false << false
                                  << u"[rest_no_route]: WooCommerce's REST API v3 is not at this address"_s
                                  << QByteArray();
        QTest::newRow("cut off") << Reply() << true << false << false
                                 << u"GET orders answered HTTP 200 with JSON cut off after"_s << QByteArray();
        QTest::newRow("PHP warning")
            << Reply() << false << true << false
            << u"GET orders answered HTTP 200 with a PHP message in the body (\"Warning: Undefined array key \"x\" in /var/www/html/wp-content/plugins/shipping-fix/fix.php on line 12\")"_s
            << QByteArray();
        QTest::newRow("empty body") << reply(200, "", "application/json") << false << false << false
                                    << u"GET orders answered HTTP 200 with an empty body"_s << QByteArray();
        QTest::newRow("an object, not a list")
            << reply(200, "{\"orders\":[]}", "application/json") << false << false << false
            << u"GET orders answered HTTP 200 with a JSON object, not the list"_s << QByteArray();
        QTest::newRow("not JSON") << reply(200, "orders: none", "text/plain") << false << false << false
                                  << u"GET orders answered HTTP 200 with a body that is not JSON"_s
                                  << QByteArray();
        QTest::newRow("pages header")
            << reply(200, "[]", "application/json", {{"X-WP-Total", "0"}, {"X-WP-TotalPages", "lots"}})
            << false << false << false
            << u"GET orders answered the header X-WP-TotalPages: \"lots\", not a number of pages."_s
            << QByteArray();
    }

    void badAnswersAreSpecificFailures()
    {
        QFETCH(Reply, reply);
        QFETCH(bool, cutInHalf);
        QFETCH(bool, phpWarning);
        QFETCH(bool, transient);
        QFETCH(QString, expected);
        QFETCH(QByteArray, retryAfter);
        addOrders(*m_server, 1001, 5, utc(2024, 3, 1, 10, 0), 60);
        Fault fault;
        fault.pathPrefix = u"/wp-json/wc/v3/orders"_s;
        if (cutInHalf) {
            fault.change = [](Reply &r) {
                r.body.truncate(r.body.size() / 2);
            };
        } else if (phpWarning) {
            fault.change = [](Reply &r) {
                r.body.prepend(
                    "<br />\n<b>Warning</b>:  Undefined array key \"x\" in "
                    "<b>/var/www/html/wp-content/plugins/shipping-fix/fix.php</b> on line <b>12</b><br />\n");
            };
        } else {
            fault.reply = reply;
        }
        m_server->addFault(fault);
        const Connectors::ReadPage page = m_connector->readPage(u"order"_s, {}, 100);
        QVERIFY(page.failure);
        QVERIFY(page.records.isEmpty());
        QVERIFY(page.nextPageToken.isEmpty());
        QVERIFY2(page.failure->message.contains(expected), qPrintable(page.failure->message));
        QCOMPARE(RetryPolicy::isTransient(page.failure->outcome), transient);
        QCOMPARE(page.failure->outcome.retryAfter, retryAfter);
        QCOMPARE(page.exchanges.size(), 1);
        // The next attempt gets the real answer.
        const Connectors::ReadPage retried = m_connector->readPage(u"order"_s, {}, 100);
        QVERIFY2(!retried.failure, qPrintable(messageOf(retried.failure)));
        QCOMPARE(retried.records.size(), 5);
    }

    void missingAndMistypedFieldsNameTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("id missing")
            << u"id"_s << QJsonValue(QJsonValue::Undefined)
            << u"GET orders answered an unreadable record (element 1): WooCommerce order: id: the id is missing"_s;
        QTest::newRow("id fractional") << u"id"_s << QJsonValue(1002.5) << u"WooCommerce order: id:"_s;
        QTest::newRow("id boolean") << u"id"_s << QJsonValue(true) << u"WooCommerce order: id:"_s;
        QTest::newRow("number an object")
            << u"number"_s << QJsonValue(QJsonObject{{u"n"_s, 1}}) << u"WooCommerce order: number:"_s;
        QTest::newRow("modified missing") << u"date_modified_gmt"_s << QJsonValue(QJsonValue::Undefined)
                                          << u"GET orders answered order 1002 without date_modified_gmt"_s;
        QTest::newRow("modified a number")
            << u"date_modified_gmt"_s << QJsonValue(1711965600)
            << u"WooCommerce order: date_modified_gmt: 1711965600 is not a text"_s;
        QTest::newRow("modified not a date")
            << u"date_modified_gmt"_s << QJsonValue(u"last Tuesday"_s)
            << u"date_modified_gmt: \"last Tuesday\" is not a date and time"_s;
    }

    void missingAndMistypedFieldsNameTheField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        addOrders(*m_server, 1001, 3, utc(2024, 3, 1, 10, 0), 60);
        QJsonObject broken = m_server->orders.value(1002);
        if (value.isUndefined())
            broken.remove(field);
        else
            broken.insert(field, value);
        m_server->orders.insert(1002, broken);
        const Connectors::ReadPage page = m_connector->readPage(u"order"_s, {}, 100); // no cursor: no filter
        QVERIFY(page.failure);
        QVERIFY(page.records.isEmpty());
        QVERIFY2(page.failure->message.contains(expected), qPrintable(page.failure->message));
        QVERIFY(!RetryPolicy::isTransient(page.failure->outcome));
    }

    void aListElementThatIsNoObject()
    {
        Fault fault;
        fault.pathPrefix = u"/wp-json/wc/v3/orders"_s;
        fault.reply = WooTest::json(200, QJsonArray{u"oops"_s});
        m_server->addFault(fault);
        const Connectors::ReadPage page = m_connector->readPage(u"order"_s, {}, 100);
        QVERIFY(page.failure);
        QVERIFY2(
            page.failure->message.contains(u"GET orders answered a list whose element 0 is not an object."_s),
            qPrintable(page.failure->message));
    }

    void aStoreIgnoringModifiedAfterIsRefused()
    {
        m_server->ignoresModifiedAfter = true; // WooCommerce before 5.8
        addOrders(*m_server, 1001, 10, utc(2024, 3, 1, 10, 0), 60);
        Connectors::ReadCursor cursor;
        cursor.updatedSince = utc(2024, 3, 1, 10, 5);
        const Connectors::ReadPage page = m_connector->readPage(u"order"_s, cursor, 100);
        QVERIFY(page.failure);
        QVERIFY2(page.failure->message.contains(
                     u"the store ignores modified_after, which needs WooCommerce 5.8 or later"_s),
                 qPrintable(page.failure->message));
        QVERIFY(!RetryPolicy::isTransient(page.failure->outcome));
    }

    void aBadPageTokenIsRefused()
    {
        Connectors::ReadCursor cursor;
        cursor.pageToken = u"2"_s;
        const Connectors::ReadPage page = m_connector->readPage(u"order"_s, cursor, 100);
        QVERIFY(page.failure);
        QVERIFY(page.exchanges.isEmpty());
        QVERIFY(m_connector->readPage(u"coupon"_s, {}, 10).failure);
    }

    // --- Test connection ---

    void checkConnectionOfAGoodKey()
    {
        addOrders(*m_server, 1001, 3, utc(2024, 3, 1, 10, 0), 60);
        const Connectors::ConnectionCheck check = m_connector->checkConnection();
        QVERIFY2(check.ok(), qPrintable(check.message));
        QVERIFY(check.reachable && check.authenticated && check.permissionsOk);
        QVERIFY(!check.permissionsVerified); // WooCommerce does not list a key's permission
        QCOMPARE(check.accountName, u"Sandra's Shop"_s);
        QCOMPARE(check.httpStatus, 200);
        QVERIFY2(check.message.contains(u"Connected to Sandra's Shop"_s)
                     && check.message.contains(u"3 order"_s) && check.message.contains(u"Read/Write"_s)
                     && check.message.contains(u"OAuth 1.0a"_s),
                 qPrintable(check.message));
        QCOMPARE(m_server->lines(),
                 (QStringList{u"GET /wp-json/"_s, u"GET /wp-json/wc/v3/orders?per_page=1"_s}));
        QVERIFY(
            m_server->requests.first().header("Authorization").isEmpty()); // the public index: no credentials
        QVERIFY(!m_server->requests.first().hasOAuth());
        for (const WooTest::Request &request : std::as_const(m_server->requests))
            QCOMPARE(request.method, QByteArray("GET"));

        // A read-only key passes the same (nothing is written to find out), and fails its first write.
        m_server->permissions = u"read"_s;
        QVERIFY(m_connector->checkConnection().ok());
        seedProducts(*m_server);
        Connectors::WriteRequest write;
        write.object = u"product"_s;
        write.existingId = u"93"_s;
        write.payload = QJsonObject{{u"regular_price"_s, u"4.00"_s}};
        const Connectors::WriteOutcome refused = m_connector->write(write);
        QVERIFY(refused.failure);
        QVERIFY2(
            refused.failure->message.contains(u"The API key provided does not have write permissions."_s),
            qPrintable(refused.failure->message));
    }

    void checkConnectionFailures()
    {
        // A wrong secret.
        auto wrong = connectTo(m_server->url(), m_server->consumerKey + ":cs_wrong", *m_client);
        Connectors::ConnectionCheck check = wrong->checkConnection();
        QVERIFY(check.reachable && !check.authenticated && !check.ok());
        QCOMPARE(check.httpStatus, 401);
        QVERIFY2(check.message.contains(u"refused the REST API key"_s)
                     && check.message.contains(u"Invalid signature - provided signature does not match."_s),
                 qPrintable(check.message));
        // WordPress without WooCommerce.
        m_server->wooCommerceActive = false;
        check = m_connector->checkConnection();
        QVERIFY(check.reachable && !check.authenticated);
        QVERIFY2(check.message.contains(u"WooCommerce's REST API v3 (wc/v3) is not among its APIs"_s),
                 qPrintable(check.message));
        m_server->wooCommerceActive = true;
        // Not WordPress's REST API at all (a page where /wp-json/ should be).
        Fault page;
        page.pathPrefix = u"/wp-json/"_s;
        page.reply = Reply{200, {}, "<html><head><title>Shop &amp; More</title></head></html>", "text/html"};
        m_server->addFault(page);
        check = m_connector->checkConnection();
        QVERIFY2(check.reachable && check.message.contains(u"not WordPress's REST API"_s)
                     && check.message.contains(u"\"Shop & More\""_s),
                 qPrintable(check.message));
        // A site that sends plain http to https.
        Fault redirect;
        redirect.pathPrefix = u"/wp-json/"_s;
        redirect.reply = Reply{301, {{"Location", "https://127.0.0.1/wp-json/"}}, {}, "text/html"};
        m_server->addFault(redirect);
        check = m_connector->checkConnection();
        QVERIFY2(check.reachable && !check.authenticated
                     && check.message.contains(
                         u"redirects /wp-json/ to https://127.0.0.1/wp-json/: use the address"_s),
                 qPrintable(check.message));
        // Nothing listening.
        const quint16 closed = m_server->port();
        m_connector.reset();
        m_server.reset();
        auto nowhere = connectTo(QUrl(u"http://127.0.0.1:%1"_s.arg(closed)), "ck_1:cs_2", *m_client);
        check = nowhere->checkConnection();
        QVERIFY(!check.reachable);
        QVERIFY2(check.message.contains(u"Nothing answers"_s), qPrintable(check.message));
    }

    /// The key the engine finds a written record by again (payloadMatchKey), per object.
    void payloadMatchKeys()
    {
        QCOMPARE(m_connector->payloadMatchKey(u"product"_s, {{u"sku"_s, u"TEE-M"_s}}), u"TEE-M"_s);
        QCOMPARE(m_connector->payloadMatchKey(u"customer"_s, {{u"email"_s, u"a@example.com"_s}}),
                 u"a@example.com"_s);
        QCOMPARE(m_connector->payloadMatchKey(u"order"_s, {{u"number"_s, 727}}), u"727"_s);
        QCOMPARE(m_connector->payloadMatchKey(u"refund"_s, {{u"amount"_s, u"1.00"_s}}), QString());
    }
};

QTEST_GUILESS_MAIN(TestWooCommerceConnector)
#include "tst_woocommerceconnector.moc"
