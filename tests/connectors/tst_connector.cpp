// The shared connector plumbing: createConnector's registry and configuration errors, the
// classification of HTTP exchanges into ConnectorFailures, the default catalog and writeBatch,
// capabilities and rate-limit profiles of the two connectors, and the JSON field reader.
#include "connectors/connector.h"
#include "connectors/connectorsupport.h"
#include "engine/retrypolicy.h"

#include <QtCore/QJsonArray>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Connectors::ConnectorConfig;
using Engine::AttemptOutcome;

namespace {

ConnectorConfig config(const QString &system)
{
    ConnectorConfig config;
    config.system = system;
    config.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
    config.account = u"tenant"_s;
    config.accessToken = "token";
    return config;
}

Net::HttpExchange exchange(int status, const Net::HeaderList &headers = {}, const QByteArray &body = {})
{
    Net::HttpExchange exchange;
    exchange.request.method = "PUT";
    exchange.response.status = status;
    exchange.response.headers = headers;
    exchange.response.body = body;
    return exchange;
}

QString bodyText(const Net::HttpResponse &response)
{
    return QString::fromUtf8(response.body);
}

/// A connector whose writes are recorded, for the default writeBatch().
class RecordingConnector : public Connectors::Connector
{
public:
    QString system() const override { return u"shopify"_s; }
    Connectors::Capabilities capabilities() const override { return {}; }
    Engine::RateLimitProfile rateLimitProfile() const override
    {
        return Engine::RateLimitProfile::unlimited();
    }
    Connectors::ReadPage readPage(const QString &, const Connectors::ReadCursor &, int) override
    {
        return {};
    }
    Connectors::ReadOne readById(const QString &, const QString &) override { return {}; }
    Connectors::ReadOne findByMatchKey(const QString &, const QString &) override { return {}; }
    Connectors::ConnectionCheck checkConnection() override { return {}; }
    Connectors::WriteOutcome write(const Connectors::WriteRequest &request) override
    {
        written.append(request.idempotencyKey);
        Connectors::WriteOutcome outcome;
        outcome.record = Connectors::VendorRecord{request.object, request.idempotencyKey, {}, {}, {}};
        return outcome;
    }
    std::optional<QJsonObject> toCanonical(const Connectors::VendorRecord &, QString *) const override
    {
        return std::nullopt;
    }
    QStringList written;
};

} // namespace

class TestConnector : public QObject
{
    Q_OBJECT

private slots:
    void registry()
    {
        QNetworkAccessManager network;
        Net::HttpClient client(network, {});
        QString error;
        auto shopify = Connectors::createConnector(config(u"shopify"_s), client, &error);
        QVERIFY2(shopify, qPrintable(error));
        QCOMPARE(shopify->system(), u"shopify"_s);
        QCOMPARE(shopify->capabilities().maxPageSize, 250);
        QVERIFY(shopify->capabilities().webhooks);
        QVERIFY(shopify->capabilities().writable.contains(u"inventory_level"_s));
        QVERIFY(!shopify->capabilities().writable.contains(u"order"_s));
        QCOMPARE(shopify->rateLimitProfile().name, Engine::RateLimitProfile::shopifyRest().name);
        QCOMPARE(shopify->webhookVendor(), Net::WebhookVendor::Shopify);
        const auto shopifyCatalog = shopify->catalog(&error);
        QVERIFY2(shopifyCatalog, qPrintable(error));

        auto xero = Connectors::createConnector(config(u"Xero"_s), client, &error);
        QVERIFY2(xero, qPrintable(error));
        QCOMPARE(xero->system(), u"xero"_s);
        QCOMPARE(xero->capabilities().maxBatchSize, 50);
        QCOMPARE(xero->capabilities().maxPageSize, 100);
        QVERIFY(xero->capabilities().idempotencyKeys);
        QCOMPARE(xero->capabilities().readable,
                 (QStringList{u"Contact"_s, u"Item"_s, u"Invoice"_s, u"CreditNote"_s, u"Payment"_s,
                              u"BankTransaction"_s}));
        QCOMPARE(xero->rateLimitProfile().name, Engine::RateLimitProfile::xero().name);
        QVERIFY(xero->catalog());
        // Every object a connector reads is an object of its catalog.
        for (const auto &connector : {shopify.get(), xero.get()}) {
            const auto catalog = connector->catalog();
            QStringList objects;
            for (const auto &object : catalog->objects)
                objects.append(object.name);
            for (const QString &object : connector->capabilities().readable)
                QVERIFY2(objects.contains(object), qPrintable(object));
        }
    }

    void configurationErrors()
    {
        QNetworkAccessManager network;
        Net::HttpClient client(network, {});
        QString error;
        QVERIFY(!Connectors::createConnector(config(u"sap"_s), client, &error));
        QVERIFY2(error.contains(u"sap"_s)
                     && error.contains(u"known: "_s + Connectors::connectorSystems().join(u", "_s)),
                 qPrintable(error));
        QVERIFY(!Connectors::createConnector(config(QString()), client, &error));
        QVERIFY2(error.contains(u"No connector system"_s), qPrintable(error));
        ConnectorConfig noUrl = config(u"shopify"_s);
        noUrl.baseUrl = QUrl();
        QVERIFY(!Connectors::createConnector(noUrl, client, &error));
        QVERIFY2(error.contains(u"base URL"_s), qPrintable(error));
        ConnectorConfig noToken = config(u"xero"_s);
        noToken.accessToken.clear();
        QVERIFY(!Connectors::createConnector(noToken, client, &error));
        QVERIFY2(error.contains(u"access token"_s), qPrintable(error));
        ConnectorConfig noTenant = config(u"xero"_s);
        noTenant.account.clear();
        QVERIFY(!Connectors::createConnector(noTenant, client, &error));
        QVERIFY2(error.contains(u"tenant"_s), qPrintable(error));
    }

    void exchangesBecomeClassifiedFailures()
    {
        // 2xx: no failure.
        QVERIFY(!Connectors::Support::failureOf(exchange(201), u"PUT Invoices"_s, bodyText));

        // No response: a network failure, transient for a timeout.
        Net::HttpExchange timeout = exchange(0);
        timeout.response.networkError = QNetworkReply::TimeoutError;
        timeout.response.errorText = u"timed out after 30 s"_s;
        auto failure = Connectors::Support::failureOf(timeout, u"GET orders.json"_s, bodyText);
        QVERIFY(failure);
        QCOMPARE(failure->outcome.kind, AttemptOutcome::Kind::Network);
        QCOMPARE(failure->outcome.networkError, QNetworkReply::TimeoutError);
        QVERIFY(Engine::RetryPolicy::isTransient(failure->outcome));
        QVERIFY2(failure->message.contains(u"GET orders.json"_s) && failure->message.contains(u"timed out"_s),
                 qPrintable(failure->message));

        // Refused by the write guard: permanent, and says so.
        Net::HttpExchange refused = exchange(0);
        refused.response.refusedByWriteGuard = true;
        refused.response.errorText =
            u"refused: the rollout stage read-only does not allow writes to the ERP"_s;
        failure = Connectors::Support::failureOf(refused, u"PUT Invoices"_s, bodyText);
        QCOMPARE(failure->outcome.kind, AttemptOutcome::Kind::Validation);
        QVERIFY(!Engine::RetryPolicy::isTransient(failure->outcome));
        QVERIFY2(failure->message.contains(u"rollout stage"_s), qPrintable(failure->message));

        // 429 with Retry-After: transient, the header travels with the outcome.
        failure = Connectors::Support::failureOf(exchange(429, {{"retry-after", "7"}}, "Too many"),
                                                 u"GET x"_s, bodyText);
        QCOMPARE(failure->outcome.kind, AttemptOutcome::Kind::Http);
        QCOMPARE(failure->outcome.httpStatus, 429);
        QCOMPARE(failure->outcome.retryAfter, QByteArray("7"));
        QCOMPARE(failure->outcome.detail, u"Too many"_s);
        QVERIFY(Engine::RetryPolicy::isTransient(failure->outcome));

        // 422 with the vendor's text: permanent, the text is in the message.
        failure = Connectors::Support::failureOf(exchange(422, {}, "title can't be blank"),
                                                 u"POST products.json"_s, bodyText);
        QVERIFY(!Engine::RetryPolicy::isTransient(failure->outcome));
        QVERIFY2(failure->message.contains(u"HTTP 422: title can't be blank"_s),
                 qPrintable(failure->message));
    }

    void defaultWriteBatchWritesOneByOne()
    {
        RecordingConnector connector;
        QList<Connectors::WriteRequest> requests(3);
        for (int i = 0; i < 3; ++i)
            requests[i].idempotencyKey = u"k"_s + QString::number(i);
        const QList<Connectors::WriteOutcome> outcomes = connector.writeBatch(requests);
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(connector.written, (QStringList{u"k0"_s, u"k1"_s, u"k2"_s}));
        QCOMPARE(outcomes.at(2).record->id, u"k2"_s);
    }

    void endpointsAndReader()
    {
        QCOMPARE(Connectors::Support::endpoint(QUrl(u"http://h:1/prefix"_s),
                                               u"admin/api/2024-04/orders.json"_s,
                                               u"name=%231001&status=any"_s)
                     .toString(QUrl::FullyEncoded),
                 u"http://h:1/prefix/admin/api/2024-04/orders.json?name=%231001&status=any"_s);
        QCOMPARE(Connectors::Support::encodeQueryValue(u"Reference==\"#1001 a&b\""_s),
                 u"Reference%3D%3D%22%231001%20a%26b%22"_s);

        Connectors::Support::FieldReader reader;
        const auto usd = *Model::Currency::fromCode(u"USD");
        QCOMPARE(reader.money(QJsonValue(u"19.99"_s), usd, u"price"_s).toString(), u"19.99 USD"_s);
        QCOMPARE(reader.money(QJsonValue(19.99), usd, u"price"_s).toString(), u"19.99 USD"_s);
        QCOMPARE(reader.id(QJsonValue(qint64(820982911946154508)), u"id"_s), u"820982911946154508"_s);
        QVERIFY(reader.ok());
        QVERIFY(!reader.money(QJsonValue(u"0.001"_s), usd, u"lines[3].price"_s).isValid());
        QCOMPARE(reader.error(), u"lines[3].price: 0.001 has more decimals than USD allows"_s);
        reader.fail(u"other"_s, u"ignored"_s); // the first error stays
        QVERIFY(reader.error().startsWith(u"lines[3].price"_s));
    }
};

QTEST_GUILESS_MAIN(TestConnector)
#include "tst_connector.moc"
