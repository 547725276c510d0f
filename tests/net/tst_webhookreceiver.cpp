// WebhookReceiver over real HTTP on 127.0.0.1: the vendors' own signature vectors
// (../shared/peers/webhooks/vectors.json) and payload samples (../shared/peers/payloads/), a
// scratch SQLite state store, and the real HttpClient as the sender.
#include "../store/storetestsupport.h"

#include "net/httpclient.h"
#include "net/webhookreceiver.h"
#include "net/webhooksignature.h"
#include "store/auditlog.h"
#include "store/idempotencyledger.h"
#include "store/jobqueue.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using LedgerLink::Net::computeSignature;
using LedgerLink::Net::HeaderList;
using LedgerLink::Net::HttpClient;
using LedgerLink::Net::HttpClientOptions;
using LedgerLink::Net::HttpExchange;
using LedgerLink::Net::HttpRequest;
using LedgerLink::Net::signatureHeader;
using LedgerLink::Net::WebhookReceiver;
using LedgerLink::Net::WebhookVendor;
using LedgerLink::Net::WriteGuard;
namespace Store = LedgerLink::Store;

namespace {

const QString sharedDir = QStringLiteral(LEDGERLINK_SHARED_DIR "/peers");

QByteArray readFile(const QString &relative)
{
    QFile file(sharedDir + u'/' + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonArray readVectors()
{
    return QJsonDocument::fromJson(readFile(u"webhooks/vectors.json"_s))
        .object()
        .value(u"vectors"_s)
        .toArray();
}

/// The event-id header of a vendor (none for Xero: its ids are in the body).
QByteArray eventIdHeader(WebhookVendor vendor)
{
    switch (vendor) {
    case WebhookVendor::Shopify:
        return "X-Shopify-Webhook-Id";
    case WebhookVendor::WooCommerce:
        return "X-WC-Webhook-Delivery-ID";
    case WebhookVendor::Xero:
        return {};
    }
    return {};
}

} // namespace

class TestWebhookReceiver : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StoreTest::ScratchLocation> m_scratch;
    std::unique_ptr<Store::StateStore> m_store;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_client;
    QList<qint64> m_answerMs;

    /// POSTs `body` with `headers` to the vendor's path over HTTP.
    HttpExchange post(WebhookVendor vendor, const QByteArray &body, const HeaderList &headers)
    {
        HttpRequest request;
        request.method = "POST";
        request.url =
            QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_receiver->port()).arg(WebhookReceiver::path(vendor)));
        request.headers = headers;
        if (!body.isEmpty() && !std::any_of(headers.cbegin(), headers.cend(), [](const auto &h) {
                return h.first.compare("content-type", Qt::CaseInsensitive) == 0;
            }))
            request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        request.body = body;
        QElapsedTimer timer;
        timer.start();
        HttpExchange exchange = m_client->send(request);
        m_answerMs.append(timer.elapsed());
        return exchange;
    }

    /// Headers of a correctly signed delivery.
    static HeaderList signedHeaders(WebhookVendor vendor, const QByteArray &secret, const QByteArray &body,
                                    const QByteArray &eventId = "evt-1")
    {
        HeaderList headers{{signatureHeader(vendor), computeSignature(vendor, secret, body)}};
        if (vendor != WebhookVendor::Xero)
            headers.append({eventIdHeader(vendor), eventId});
        if (vendor == WebhookVendor::Shopify)
            headers.append({QByteArray("X-Shopify-Topic"), QByteArray("orders/create")});
        if (vendor == WebhookVendor::WooCommerce)
            headers.append({QByteArray("X-WC-Webhook-Topic"), QByteArray("order.created")});
        return headers;
    }

    int jobCount()
    {
        const auto counts = Store::JobQueue(*m_store).counts();
        if (!counts.ok())
            return -1;
        int total = 0;
        for (const int n : counts.value())
            total += n;
        return total;
    }

    QList<Store::AuditEntry> auditRows(const QString &result)
    {
        Store::AuditQuery query;
        query.result = result;
        query.objectType = u"webhook"_s;
        query.limit = 1000;
        const auto rows = Store::AuditLog(*m_store).query(query);
        return rows.ok() ? rows.value() : QList<Store::AuditEntry>{};
    }

    QList<Store::Job> allJobs()
    {
        QList<Store::Job> jobs;
        for (qint64 id = 1; id < 100; ++id) {
            const auto job = Store::JobQueue(*m_store).job(id);
            if (job.ok() && job.value())
                jobs.append(*job.value());
        }
        return jobs;
    }

    /// Runs (leases and completes) up to `count` queued jobs, as the engine's executor would.
    int drain(int count)
    {
        Store::JobQueue queue(*m_store);
        const auto leased = queue.lease(u"test-executor"_s, count, 60s);
        if (!leased.ok())
            return -1;
        for (const Store::Job &job : leased.value()) {
            if (!queue.complete(job.id, u"test-executor"_s).ok())
                return -1;
        }
        return int(leased.value().size());
    }

    /// The jobs whose payload names `eventId`.
    int jobsOfEvent(const QString &eventId)
    {
        const QList<Store::Job> jobs = allJobs();
        return int(std::count_if(jobs.cbegin(), jobs.cend(), [&](const Store::Job &job) {
            return job.payload.value(u"event_id"_s).toString() == eventId;
        }));
    }

    bool ledgerHas(const QString &key)
    {
        const auto entry = Store::IdempotencyLedger(*m_store).find(key);
        return entry.ok() && entry.value().has_value();
    }

private slots:
    void init()
    {
        m_scratch = std::make_unique<StoreTest::ScratchLocation>();
        QString why;
        QVERIFY2(m_scratch->create(u"sqlite"_s, &why), qPrintable(why));
        m_store = std::make_unique<Store::StateStore>(m_scratch->location());
        STORE_VERIFY(m_store->open());
        m_receiver = std::make_unique<WebhookReceiver>(*m_store);
        QVERIFY2(m_receiver->listen(QHostAddress::LocalHost, 0), qPrintable(m_receiver->errorString()));
        QVERIFY(m_receiver->port() != 0);
        m_network = std::make_unique<QNetworkAccessManager>();
        HttpClientOptions options;
        options.guard = WriteGuard::allowing(true, true);
        options.timeout = 10s;
        m_client = std::make_unique<HttpClient>(*m_network, options);
    }
    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_receiver.reset();
        m_store.reset();
        m_scratch.reset();
    }
    void cleanupTestCase()
    {
        if (m_answerMs.isEmpty())
            return;
        std::sort(m_answerMs.begin(), m_answerMs.end());
        qInfo("webhook answers over loopback HTTP: %lld deliveries, median %lld ms, max %lld ms",
              qint64(m_answerMs.size()), m_answerMs.at(m_answerMs.size() / 2), m_answerMs.constLast());
    }

    void vectors_data()
    {
        QTest::addColumn<int>("vendor");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("signature");
        const QJsonArray vectors = readVectors();
        QVERIFY(vectors.size() >= 4);
        for (const QJsonValue &value : vectors) {
            const QJsonObject v = value.toObject();
            const auto vendor = LedgerLink::Net::vendorFromName(v.value(u"vendor"_s).toString());
            QVERIFY(vendor);
            const QByteArray body = readFile(u"webhooks/"_s + v.value(u"body_file"_s).toString());
            QVERIFY(!body.isEmpty());
            QTest::newRow(qPrintable(v.value(u"id"_s).toString()))
                << int(*vendor) << v.value(u"secret"_s).toString().toUtf8() << body
                << v.value(u"expected_header_value"_s).toString().toUtf8();
        }
    }

    /// Each vector's exact bytes and the vendor's own signature, delivered three times.
    void vectors()
    {
        QFETCH(int, vendor);
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, signature);
        const auto v = WebhookVendor(vendor);
        m_receiver->setSecret(v, secret);
        QSignalSpy spy(m_receiver.get(), &WebhookReceiver::enqueued);
        HeaderList headers{{signatureHeader(v), signature}};
        if (v != WebhookVendor::Xero)
            headers.append({eventIdHeader(v), "delivery-" + QByteArray(QTest::currentDataTag())});

        // WooCommerce's only vendor vector signs the 6-byte payload "secret", which is not JSON:
        // its signature is accepted, and the body is then refused as malformed (400).
        const bool json = !QJsonDocument::fromJson(body).isNull();
        for (int i = 0; i < 3; ++i) {
            const HttpExchange exchange = post(v, body, headers);
            if (secret.isEmpty()) {
                // A vector signed with the empty key (the signature itself is checked in
                // tst_webhooksignature): the receiver takes an empty secret as none at all.
                QCOMPARE(exchange.response.status, 401);
                continue;
            }
            if (!json) {
                QCOMPARE(exchange.response.status, 400);
                QVERIFY(exchange.response.json()
                            .object()
                            .value(u"error"_s)
                            .toString()
                            .contains(u"not valid JSON"_s));
                continue;
            }
            QCOMPARE(exchange.response.status, 200);
        }
        if (secret.isEmpty()) {
            QCOMPARE(jobCount(), 0);
            QCOMPARE(auditRows(u"refused"_s).size(), 3);
            return;
        }
        if (!json) {
            QCOMPARE(jobCount(), 0);
            QCOMPARE(auditRows(u"invalid"_s).size(), 3);
            QCOMPARE(auditRows(u"refused"_s).size(), 0); // the signature was fine
            return;
        }
        QCOMPARE(jobCount(), 1);
        QCOMPARE(spy.size(), 1);
        const QList<Store::Job> jobs = allJobs();
        QCOMPARE(jobs.size(), 1);
        const Store::Job &job = jobs.constFirst();
        QCOMPARE(job.kind, u"webhook."_s + LedgerLink::Net::vendorName(v));
        QCOMPARE(spy.at(0).at(0).toLongLong(), job.id);
        QCOMPARE(spy.at(0).at(1).toString(), LedgerLink::Net::vendorName(v));
        QCOMPARE(spy.at(0).at(2).toString(), job.payload.value(u"event_id"_s).toString());
        QCOMPARE(job.payload.value(u"vendor"_s).toString(), LedgerLink::Net::vendorName(v));
        QVERIFY(!job.payload.value(u"event_id"_s).toString().isEmpty());
        if (v == WebhookVendor::Xero) {
            QCOMPARE(job.payload.value(u"topic"_s).toString(), u"CONTACT.UPDATE"_s);
            QCOMPARE(job.payload.value(u"resource_id"_s).toString(),
                     u"717f2bfc-c6d4-41fd-b238-3f2f0c0cf777"_s);
            QCOMPARE(job.payload.value(u"body"_s).toObject().value(u"eventCategory"_s).toString(),
                     u"CONTACT"_s);
        } else {
            QCOMPARE(job.payload.value(u"body"_s).toVariant(), QJsonDocument::fromJson(body).toVariant());
        }
        QCOMPARE(auditRows(u"queued"_s).size(), 1);
        QCOMPARE(auditRows(u"duplicate"_s).size(), 2);
        QCOMPARE(m_receiver->answered(200), 3);
    }

    void refusedDeliveries_data() { vectors_data(); }
    /// Tampered body, wrong signature, missing header: 401, an audit row, nothing enqueued.
    void refusedDeliveries()
    {
        QFETCH(int, vendor);
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, signature);
        const auto v = WebhookVendor(vendor);
        m_receiver->setSecret(v, secret);
        const QByteArray eventHeader = eventIdHeader(v);
        const auto withSignature = [&](const QByteArray &value) -> HeaderList {
            HeaderList headers;
            if (!value.isNull())
                headers.append({signatureHeader(v), value});
            if (!eventHeader.isEmpty())
                headers.append({eventHeader, "refused-1"});
            return headers;
        };
        QByteArray tampered = body;
        tampered[0] = tampered.at(0) == 'x' ? 'y' : 'x';
        QCOMPARE(post(v, tampered, withSignature(signature)).response.status, 401);
        QCOMPARE(post(v, body + ' ', withSignature(signature)).response.status, 401);
        QCOMPARE(post(v, body, withSignature(computeSignature(v, secret + "-wrong", body))).response.status,
                 401);
        QCOMPARE(post(v, body, withSignature(QByteArray())).response.status, 401);
        QCOMPARE(post(v, body, withSignature("")).response.status, 401);
        QCOMPARE(post(v, body, withSignature("not base64 at all!")).response.status, 401);
        QCOMPARE(jobCount(), 0);
        const QList<Store::AuditEntry> refused = auditRows(u"refused"_s);
        QCOMPARE(refused.size(), 6);
        for (const Store::AuditEntry &row : refused) {
            QCOMPARE(row.objectType, u"webhook"_s);
            QCOMPARE(row.operation, u"receive"_s);
            QCOMPARE(row.responseStatus, 401);
            QVERIFY(!row.error.isEmpty());
            if (!secret.isEmpty())
                QVERIFY(!row.error.contains(QString::fromUtf8(secret)));
            for (const auto &[name, value] : row.requestHeaders) {
                if (name.compare(signatureHeader(v), Qt::CaseInsensitive) == 0 && !value.isEmpty())
                    QCOMPARE(value, Store::Redactor::placeholder().toUtf8());
            }
        }
        QVERIFY(!refused.constFirst().requestBody.isEmpty());
        QCOMPARE(m_receiver->answered(401), 6);
    }

    void noSecretConfigured()
    {
        const QByteArray body = R"({"id":1})";
        QCOMPARE(post(WebhookVendor::Shopify, body, signedHeaders(WebhookVendor::Shopify, "k", body))
                     .response.status,
                 401);
        QCOMPARE(jobCount(), 0);
        QCOMPARE(auditRows(u"refused"_s).size(), 1);
        // An empty secret is no secret: a delivery signed with the empty key is refused too.
        m_receiver->setSecret(WebhookVendor::Shopify, QByteArray());
        QCOMPARE(post(WebhookVendor::Shopify, body, signedHeaders(WebhookVendor::Shopify, QByteArray(), body))
                     .response.status,
                 401);
        QCOMPARE(jobCount(), 0);
        QCOMPARE(auditRows(u"refused"_s).size(), 2);
    }

    void oversizedBody()
    {
        m_receiver->setSecret(WebhookVendor::Shopify, "shpss_test");
        QCOMPARE(m_receiver->maxBodySize(), 1024 * 1024);
        const QByteArray big = "{\"id\":1,\"pad\":\"" + QByteArray(1024 * 1024, 'a') + "\"}";
        const HttpExchange tooBig =
            post(WebhookVendor::Shopify, big, signedHeaders(WebhookVendor::Shopify, "shpss_test", big));
        QCOMPARE(tooBig.response.status, 413);
        m_receiver->setMaxBodySize(100);
        const QByteArray medium = "{\"id\":1,\"pad\":\"" + QByteArray(200, 'a') + "\"}";
        QCOMPARE(
            post(WebhookVendor::Shopify, medium, signedHeaders(WebhookVendor::Shopify, "shpss_test", medium))
                .response.status,
            413);
        QCOMPARE(jobCount(), 0);
        const QList<Store::AuditEntry> refused = auditRows(u"refused"_s);
        QCOMPARE(refused.size(), 2);
        QVERIFY(refused.constFirst().requestBody.isEmpty()); // a refused big body is not stored
        const QByteArray small = R"({"id":2})";
        QCOMPARE(
            post(WebhookVendor::Shopify, small, signedHeaders(WebhookVendor::Shopify, "shpss_test", small))
                .response.status,
            200);
        QCOMPARE(jobCount(), 1);
    }

    /// A declared Content-Length above the limit is answered 413 before the body arrives.
    void oversizedRefusedBeforeTheBodyArrives()
    {
        m_receiver->setSecret(WebhookVendor::Shopify, "k");
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        QByteArray answer;
        QEventLoop loop;
        connect(&socket, &QTcpSocket::connected, &loop, [&] {
            socket.write(
                "POST /webhooks/shopify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                "Content-Length: 100000000\r\n\r\n{\"pad\":\""
                + QByteArray(10000, 'a'));
        });
        connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
            answer += socket.readAll();
            if (answer.contains("\r\n\r\n") && answer.endsWith("}"))
                loop.quit();
        });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("Connection: close"));
        // More of the body is thrown away without an answer, and nothing is enqueued.
        socket.write(QByteArray(200000, 'a'));
        QTest::qWait(50);
        QCOMPARE(jobCount(), 0);
        QCOMPARE(m_receiver->answered(413), 1);
        const QList<Store::AuditEntry> refused = auditRows(u"refused"_s);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.constFirst().responseStatus, 413);
        QVERIFY(refused.constFirst().error.contains(u"100000000"_s));

        // The receiver carries on; a body of exactly the limit is accepted.
        m_receiver->setMaxBodySize(4096);
        QByteArray exact = "{\"id\":7,\"pad\":\"";
        exact += QByteArray(4096 - exact.size() - 2, 'b') + "\"}";
        QCOMPARE(exact.size(), 4096);
        QCOMPARE(post(WebhookVendor::Shopify, exact, signedHeaders(WebhookVendor::Shopify, "k", exact))
                     .response.status,
                 200);
        QCOMPARE(jobCount(), 1);
    }

    void malformedJsonWithValidSignature_data()
    {
        QTest::addColumn<int>("vendor");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("shopify truncated")
            << int(WebhookVendor::Shopify) << QByteArray(R"({"id": 1, "name": )");
        QTest::newRow("woocommerce garbage")
            << int(WebhookVendor::WooCommerce) << QByteArray("<html>nope</html>");
        QTest::newRow("xero truncated") << int(WebhookVendor::Xero) << QByteArray(R"({"events": [)");
        QTest::newRow("xero no events") << int(WebhookVendor::Xero) << QByteArray(R"({"entropy": "x"})");
        QTest::newRow("xero events not a list") << int(WebhookVendor::Xero) << QByteArray(R"({"events": 3})");
        QTest::newRow("xero event without ids")
            << int(WebhookVendor::Xero) << QByteArray(R"({"events": [{}]})");
        QTest::newRow("empty") << int(WebhookVendor::Shopify) << QByteArray();
        QTest::newRow("binary") << int(WebhookVendor::Shopify) << QByteArray("\x00\xff\xfe{", 4);
    }
    void malformedJsonWithValidSignature()
    {
        QFETCH(int, vendor);
        QFETCH(QByteArray, body);
        const auto v = WebhookVendor(vendor);
        m_receiver->setSecret(v, "the-key");
        const HttpExchange exchange = post(v, body, signedHeaders(v, "the-key", body));
        QCOMPARE(exchange.response.status, 400);
        QVERIFY(!exchange.response.json().object().value(u"error"_s).toString().isEmpty());
        QCOMPARE(jobCount(), 0);
        QCOMPARE(auditRows(u"invalid"_s).size(), 1);
    }

    void missingEventIdHeader()
    {
        m_receiver->setSecret(WebhookVendor::Shopify, "k");
        const QByteArray body = R"({"id":5})";
        const HttpExchange exchange = post(
            WebhookVendor::Shopify, body,
            {{signatureHeader(WebhookVendor::Shopify), computeSignature(WebhookVendor::Shopify, "k", body)}});
        QCOMPARE(exchange.response.status, 400);
        QCOMPARE(jobCount(), 0);
    }

    void xeroIntentToReceive()
    {
        const QByteArray key = "xero-intent-key";
        m_receiver->setSecret(WebhookVendor::Xero, key);
        const QByteArray body =
            R"({"events":[],"firstEventSequence": 0,"lastEventSequence": 0,"entropy": "QWJDQVJKSUtHUEJCTkxSUkdQVUU="})";
        const HttpExchange good =
            post(WebhookVendor::Xero, body, signedHeaders(WebhookVendor::Xero, key, body));
        QCOMPARE(good.response.status, 200);
        QVERIFY(good.response.body.isEmpty());
        const HttpExchange bad =
            post(WebhookVendor::Xero, body, signedHeaders(WebhookVendor::Xero, "some-other-key", body));
        QCOMPARE(bad.response.status, 401);
        QCOMPARE(post(WebhookVendor::Xero, body, {}).response.status, 401);
        QCOMPARE(jobCount(), 0);
        QCOMPARE(auditRows(u"intent"_s).size(), 1);
        QCOMPARE(auditRows(u"refused"_s).size(), 2);
    }

    void xeroBatchOfEvents()
    {
        const QByteArray key = "xero-batch-key";
        m_receiver->setSecret(WebhookVendor::Xero, key);
        const QJsonObject contact =
            QJsonDocument::fromJson(readFile(u"payloads/xero-webhook-contact-update-example.json"_s))
                .object();
        const QJsonObject credit =
            QJsonDocument::fromJson(readFile(u"payloads/xero-webhook-creditnote-create-example.json"_s))
                .object();
        QVERIFY(!contact.isEmpty() && !credit.isEmpty());
        QJsonArray events = contact.value(u"events"_s).toArray();
        events.append(credit.value(u"events"_s).toArray().at(0));
        QJsonObject batch = contact;
        batch.insert(u"events"_s, events);
        const QByteArray body = QJsonDocument(batch).toJson(QJsonDocument::Compact);
        QSignalSpy spy(m_receiver.get(), &WebhookReceiver::enqueued);
        QCOMPARE(
            post(WebhookVendor::Xero, body, signedHeaders(WebhookVendor::Xero, key, body)).response.status,
            200);
        QCOMPARE(jobCount(), 2);
        QCOMPARE(spy.size(), 2);
        const QList<Store::Job> jobs = allJobs();
        QCOMPARE(jobs.at(1).payload.value(u"topic"_s).toString(), u"CREDITNOTE.CREATE"_s);
        QCOMPARE(jobs.at(1).payload.value(u"resource_id"_s).toString(),
                 u"55d84274-a3da-4829-a7c0-0cab601b95cc"_s);
        QCOMPARE(
            jobs.at(1).payload.value(u"event_id"_s).toString(),
            u"aef86862-2015-4b6b-88bc-d89032cecc50:CREDITNOTE:CREATE:55d84274-a3da-4829-a7c0-0cab601b95cc:"
            u"2025-12-02T00:44:09.923"_s);
        QCOMPARE(jobs.at(1)
                     .payload.value(u"body"_s)
                     .toObject()
                     .value(u"data"_s)
                     .toObject()
                     .value(u"Type"_s)
                     .toString(),
                 u"ACCPAYCREDIT"_s);

        // The same events again (a new batch holding one seen and one new event).
        QJsonObject again = credit;
        QJsonArray mixed{credit.value(u"events"_s).toArray().at(0)};
        QJsonObject fresh = credit.value(u"events"_s).toArray().at(0).toObject();
        fresh.insert(u"eventId"_s, u"explicit-event-id-1"_s);
        mixed.append(fresh);
        again.insert(u"events"_s, mixed);
        const QByteArray body2 = QJsonDocument(again).toJson(QJsonDocument::Compact);
        QCOMPARE(
            post(WebhookVendor::Xero, body2, signedHeaders(WebhookVendor::Xero, key, body2)).response.status,
            200);
        QCOMPARE(jobCount(), 3);
        QCOMPARE(allJobs().at(2).payload.value(u"event_id"_s).toString(), u"explicit-event-id-1"_s);
        QCOMPARE(
            post(WebhookVendor::Xero, body, signedHeaders(WebhookVendor::Xero, key, body)).response.status,
            200);
        QCOMPARE(jobCount(), 3);
    }

    void shopifyOrderPayload()
    {
        const QByteArray secret = "shopify-app-secret-made-up";
        m_receiver->setSecret(WebhookVendor::Shopify, secret);
        const QByteArray body = readFile(u"payloads/shopify-order-2024-04-450789469.json"_s);
        QVERIFY(!body.isEmpty());
        HeaderList headers =
            signedHeaders(WebhookVendor::Shopify, secret, body, "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043");
        // Vendors send header names in any case.
        for (auto &header : headers)
            header.first = header.first.toLower();
        QSignalSpy spy(m_receiver.get(), &WebhookReceiver::enqueued);
        const HttpExchange exchange = post(WebhookVendor::Shopify, body, headers);
        QCOMPARE(exchange.response.status, 200);
        QCOMPARE(spy.size(), 1);
        const Store::Job job = allJobs().constFirst();
        QCOMPARE(job.payload.value(u"topic"_s).toString(), u"orders/create"_s);
        QCOMPARE(job.payload.value(u"resource_id"_s).toString(), u"450789469"_s);
        QCOMPARE(job.payload.value(u"event_id"_s).toString(), u"b54557e4-bdd9-4b37-8a5f-bf7d70bcd043"_s);
        QCOMPARE(job.payload.value(u"body"_s).toObject().value(u"line_items"_s).toArray().size(),
                 QJsonDocument::fromJson(body).object().value(u"line_items"_s).toArray().size());
    }

    // Found by fuzz_webhook (tests/fuzz/regressions/fuzz_webhook/shopify-id-beyond-int64): an order
    // id beyond qint64's range was converted to qint64, which is undefined behaviour (UBSan). It is
    // taken as the number's text instead; ids inside the range stay integers.
    void resourceIdBeyondInt64IsKeptAsItsNumber_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::addColumn<QString>("resourceId");
        QTest::newRow("8.2e70") << QByteArray(
            "82044444444444444444444444444444444444444444444444444444444444444444444")
                                << u"8.2044444444444448e+70"_s;
        QTest::newRow("2^63") << QByteArray("9223372036854775808") << u"9.2233720368547758e+18"_s;
        QTest::newRow("-2^63") << QByteArray("-9223372036854775808") << u"-9223372036854775808"_s;
        QTest::newRow("-1e300") << QByteArray("-1e300") << u"-1.0000000000000001e+300"_s;
        QTest::newRow("fraction") << QByteArray("12.5") << u"12.5"_s;
    }
    void resourceIdBeyondInt64IsKeptAsItsNumber()
    {
        QFETCH(QByteArray, id);
        QFETCH(QString, resourceId);
        const QByteArray secret = "shopify-app-secret-made-up";
        m_receiver->setSecret(WebhookVendor::Shopify, secret);
        const QByteArray body = "{\"id\":" + id + ",\"name\":\"#1\"}";
        const HttpExchange exchange = post(WebhookVendor::Shopify, body,
                                           signedHeaders(WebhookVendor::Shopify, secret, body, "evt-big-id"));
        QCOMPARE(exchange.response.status, 200);
        QCOMPARE(allJobs().size(), 1);
        QCOMPARE(allJobs().constFirst().payload.value(u"resource_id"_s).toString(), resourceId);
    }

    void wooCommerceOrderAndPing()
    {
        const QByteArray secret = "wc&amp;secret"; // HTML entities are decoded as WordPress does
        m_receiver->setSecret(WebhookVendor::WooCommerce, secret);
        const QByteArray body = readFile(u"payloads/woocommerce-order-wp-api-v3-727.json"_s);
        QVERIFY(!body.isEmpty());
        const HttpExchange exchange = post(WebhookVendor::WooCommerce, body,
                                           signedHeaders(WebhookVendor::WooCommerce, secret, body, "9001"));
        QCOMPARE(exchange.response.status, 200);
        const Store::Job job = allJobs().constFirst();
        QCOMPARE(job.payload.value(u"topic"_s).toString(), u"order.created"_s);
        QCOMPARE(job.payload.value(u"resource_id"_s).toString(), u"727"_s);
        QCOMPARE(job.payload.value(u"event_id"_s).toString(), u"9001"_s);

        // The creation ping: unsigned, form-encoded, answered 200, nothing enqueued.
        const HttpExchange ping = post(WebhookVendor::WooCommerce, "webhook_id=15",
                                       {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(ping.response.status, 200);
        QCOMPARE(jobCount(), 1);
        QCOMPARE(auditRows(u"ping"_s).size(), 1);
        // Anything else unsigned is refused.
        QCOMPARE(post(WebhookVendor::WooCommerce, "webhook_id=15&x=1",
                      {{"Content-Type", "application/x-www-form-urlencoded"}})
                     .response.status,
                 401);
    }

    void onlyPostOnKnownPaths()
    {
        m_receiver->setSecret(WebhookVendor::Shopify, "k");
        const QUrl base(u"http://127.0.0.1:%1"_s.arg(m_receiver->port()));
        QVERIFY(m_client->get(base.resolved(QUrl(u"/webhooks/shopify"_s))).response.status >= 400);
        HttpRequest request;
        request.method = "POST";
        request.url = base.resolved(QUrl(u"/webhooks/unknown"_s));
        request.body = "{}";
        QCOMPARE(m_client->send(request).response.status, 404);
        QCOMPARE(jobCount(), 0);
    }

    void capacityDefaults()
    {
        QCOMPARE(m_receiver->capacity(), 10000);
        QCOMPARE(m_receiver->retryAfter(), 30);
        QCOMPARE(m_receiver->backlogRecountInterval(), 250ms);
        QCOMPARE(m_receiver->backlog(), -1);
        m_receiver->setCapacity(0);
        QCOMPARE(m_receiver->capacity(), 1);
        m_receiver->setRetryAfter(-5);
        QCOMPARE(m_receiver->retryAfter(), 1);
    }

    void shopifyBeyondCapacityAnswers503WithRetryAfter()
    {
        const QByteArray secret = "shopify-capacity-secret";
        m_receiver->setSecret(WebhookVendor::Shopify, secret);
        m_receiver->setCapacity(3);
        m_receiver->setRetryAfter(7);
        m_receiver->setBacklogRecountInterval(0ms);
        const QByteArray body = readFile(u"payloads/shopify-order-2024-04-450789469.json"_s);
        QVERIFY(!body.isEmpty());
        const auto deliver = [&](const QByteArray &eventId) {
            return post(WebhookVendor::Shopify, body,
                        signedHeaders(WebhookVendor::Shopify, secret, body, eventId));
        };
        for (const QByteArray id : {"cap-1", "cap-2", "cap-3"})
            QCOMPARE(deliver(id).response.status, 200);
        QCOMPARE(jobCount(), 3);
        QCOMPARE(m_receiver->backlog(), 3);

        QSignalSpy spy(m_receiver.get(), &WebhookReceiver::enqueued);
        const HttpExchange deferred = deliver("cap-4");
        QCOMPARE(deferred.response.status, 503);
        const auto retryAfter = std::find_if(
            deferred.response.headers.cbegin(), deferred.response.headers.cend(),
            [](const auto &h) { return h.first.compare("retry-after", Qt::CaseInsensitive) == 0; });
        QVERIFY(retryAfter != deferred.response.headers.cend());
        QCOMPARE(retryAfter->second, QByteArray("7"));
        const QJsonObject answer = QJsonDocument::fromJson(deferred.response.body).object();
        QCOMPARE(answer.value(u"result"_s).toString(), u"deferred"_s);
        QVERIFY(answer.value(u"error"_s).toString().contains(u"capacity 3"_s));
        QCOMPARE(jobCount(), 3);
        QCOMPARE(spy.size(), 0);
        QVERIFY(!ledgerHas(u"webhook:shopify:cap-4"_s));
        // A duplicate is still answered 200 (nothing to enqueue), full queue or not.
        const HttpExchange duplicate = deliver("cap-2");
        QCOMPARE(duplicate.response.status, 200);
        QCOMPARE(QJsonDocument::fromJson(duplicate.response.body).object().value(u"result"_s).toString(),
                 u"duplicate"_s);
        // The vendor's retry while the queue is still full: deferred again.
        QCOMPARE(deliver("cap-4").response.status, 503);
        QCOMPARE(jobCount(), 3);
        QCOMPARE(m_receiver->answered(503), 2);

        const QList<Store::AuditEntry> rows = auditRows(u"deferred"_s);
        QCOMPARE(rows.size(), 2);
        for (const Store::AuditEntry &row : rows) {
            QCOMPARE(row.responseStatus, 503);
            QCOMPARE(row.matchKey, u"cap-4"_s);
            QCOMPARE(row.sourceId, u"450789469"_s);
            QVERIFY(!row.jobId.has_value());
            QVERIFY(row.requestBody.isEmpty());
            QVERIFY(row.error.contains(u"7 seconds"_s));
        }

        // The engine runs the queued jobs; the redelivery is then accepted, exactly once.
        QCOMPARE(drain(10), 3);
        const HttpExchange accepted = deliver("cap-4");
        QCOMPARE(accepted.response.status, 200);
        QCOMPARE(QJsonDocument::fromJson(accepted.response.body).object().value(u"result"_s).toString(),
                 u"queued"_s);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(deliver("cap-4").response.status, 200); // and a later copy is a duplicate
        QCOMPARE(jobCount(), 4);
        QCOMPARE(jobsOfEvent(u"cap-4"_s), 1);
        QVERIFY(ledgerHas(u"webhook:shopify:cap-4"_s));
        QCOMPARE(auditRows(u"queued"_s).size(), 4);
        QCOMPARE(auditRows(u"duplicate"_s).size(), 2);
        QCOMPARE(m_receiver->backlog(), 1);
    }

    void backlogCountedOnlyOncePerInterval()
    {
        // Between two counts the receiver adds its own enqueues: it never overshoots, and a
        // count it trusts is not repeated per delivery (here the interval never runs out).
        const QByteArray secret = "shopify-interval-secret";
        m_receiver->setSecret(WebhookVendor::Shopify, secret);
        m_receiver->setCapacity(2);
        m_receiver->setBacklogRecountInterval(std::chrono::hours(1));
        const QByteArray body = R"({"id":820982911946154508,"email":"jon@example.com"})";
        const auto deliver = [&](const QByteArray &eventId) {
            return m_receiver->process(WebhookVendor::Shopify,
                                       signedHeaders(WebhookVendor::Shopify, secret, body, eventId), body);
        };
        QCOMPARE(deliver("iv-1").status, 200);
        QCOMPARE(m_receiver->backlog(), 1);
        QCOMPARE(deliver("iv-2").status, 200);
        QCOMPARE(m_receiver->backlog(), 2);
        const auto full = deliver("iv-3");
        QCOMPARE(full.status, 503);
        QCOMPARE(full.retryAfter, 30);
        QCOMPARE(full.result, u"deferred"_s);
        QCOMPARE(full.eventIds, QStringList{u"iv-3"_s});
        QCOMPARE(drain(10), 2);
        // Not counted again yet: the estimate errs on the full side.
        QCOMPARE(deliver("iv-3").status, 503);
        QCOMPARE(m_receiver->backlog(), 2);
        m_receiver->setBacklogRecountInterval(0ms);
        QCOMPARE(deliver("iv-3").status, 200);
        QCOMPARE(m_receiver->backlog(), 1);
        QCOMPARE(jobCount(), 3);
        QCOMPARE(jobsOfEvent(u"iv-3"_s), 1);
    }

    void xeroBatchTakenWholeOrDeferred()
    {
        const QByteArray key = "xero-capacity-key";
        m_receiver->setSecret(WebhookVendor::Xero, key);
        m_receiver->setCapacity(2);
        m_receiver->setBacklogRecountInterval(0ms);
        const QJsonObject sample =
            QJsonDocument::fromJson(readFile(u"payloads/xero-webhook-contact-update-example.json"_s))
                .object();
        const QJsonObject event = sample.value(u"events"_s).toArray().at(0).toObject();
        QVERIFY(!event.isEmpty());
        const auto batch = [&](const QStringList &ids) {
            QJsonArray events;
            for (const QString &id : ids) {
                QJsonObject copy = event;
                copy.insert(u"eventId"_s, id);
                events.append(copy);
            }
            QJsonObject root = sample;
            root.insert(u"events"_s, events);
            const QByteArray body = QJsonDocument(root).toJson(QJsonDocument::Compact);
            return m_receiver->process(WebhookVendor::Xero, signedHeaders(WebhookVendor::Xero, key, body),
                                       body);
        };
        // An empty queue takes a batch larger than the capacity (it could never be taken otherwise).
        const auto first = batch({u"x-1"_s, u"x-2"_s, u"x-3"_s});
        QCOMPARE(first.status, 200);
        QCOMPARE(first.jobIds.size(), 3);
        QCOMPARE(batch({u"x-4"_s}).status, 503);
        QCOMPARE(jobCount(), 3);
        QCOMPARE(drain(2), 2); // one job left
        // One seen and two new events: 1 + 2 > 2, so none of the batch is taken.
        const auto split = batch({u"x-3"_s, u"x-4"_s, u"x-5"_s});
        QCOMPARE(split.status, 503);
        QCOMPARE(split.jobIds.size(), 0);
        QCOMPARE(jobCount(), 3);
        QVERIFY(!ledgerHas(u"webhook:xero:x-4"_s));
        // One seen and one new: 1 + 1 fits.
        const auto fits = batch({u"x-3"_s, u"x-4"_s});
        QCOMPARE(fits.status, 200);
        QCOMPARE(fits.jobIds.size(), 1);
        QCOMPARE(fits.duplicates, 1);
        QCOMPARE(jobCount(), 4);
        QCOMPARE(jobsOfEvent(u"x-4"_s), 1);
        QCOMPARE(jobsOfEvent(u"x-3"_s), 1);
        QCOMPARE(auditRows(u"deferred"_s).size(), 2);
    }

    void answerTime()
    {
        const QByteArray secret = "timing-secret";
        m_receiver->setSecret(WebhookVendor::Shopify, secret);
        const QByteArray body = readFile(u"payloads/shopify-order-2024-04-450789469.json"_s);
        QList<qint64> times;
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer timer;
            timer.start();
            const HttpExchange exchange =
                post(WebhookVendor::Shopify, body,
                     signedHeaders(WebhookVendor::Shopify, secret, body, QByteArray::number(i)));
            times.append(timer.nsecsElapsed() / 1000);
            QCOMPARE(exchange.response.status, 200);
        }
        QCOMPARE(jobCount(), 50);
        // The same without HTTP: what the receiver itself spends (verify, parse, store).
        QList<qint64> inProcess;
        for (int i = 50; i < 100; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto outcome = m_receiver->process(
                WebhookVendor::Shopify,
                signedHeaders(WebhookVendor::Shopify, secret, body, QByteArray::number(i)), body);
            inProcess.append(timer.nsecsElapsed() / 1000);
            QCOMPARE(outcome.status, 200);
        }
        // The same over one keep-alive TCP connection that writes each request in one piece
        // (QNetworkAccessManager writes a large body after the headers, without TCP_NODELAY).
        QList<qint64> raw;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        {
            QEventLoop loop;
            connect(&socket, &QTcpSocket::connected, &loop, &QEventLoop::quit);
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        for (int i = 100; i < 150; ++i) {
            QByteArray request =
                "POST /webhooks/shopify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
            for (const auto &[name, value] :
                 signedHeaders(WebhookVendor::Shopify, secret, body, QByteArray::number(i)))
                request += name + ": " + value + "\r\n";
            request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
            QElapsedTimer timer;
            timer.start();
            socket.write(request);
            QByteArray answer;
            QEventLoop loop;
            connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
                answer += socket.readAll();
                if (answer.contains("\r\n\r\n") && answer.endsWith("}"))
                    loop.quit();
            });
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            loop.exec();
            raw.append(timer.nsecsElapsed() / 1000);
            QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        }
        std::sort(raw.begin(), raw.end());
        qInfo("the same from a raw socket writing each request at once: median %lld us, max %lld us",
              raw.at(25), raw.constLast());
        std::sort(inProcess.begin(), inProcess.end());
        qInfo("the same, WebhookReceiver::process() without HTTP: median %lld us, max %lld us",
              inProcess.at(25), inProcess.constLast());
        std::sort(times.begin(), times.end());
        qInfo("new Shopify order webhook (%lld bytes), 50 deliveries: median %lld us, max %lld us (target < "
              "100 ms)",
              qint64(body.size()), times.at(25), times.constLast());
    }
};

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "tst_webhookreceiver.moc"
