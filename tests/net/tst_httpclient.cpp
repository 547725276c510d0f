// HttpClient: the real client against a real HTTP server on 127.0.0.1 (a QAbstractHttpServer in
// this process that records every request it receives).
#include "engine/ratelimiter.h"
#include "net/httpclient.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QPointer>
#include <QtCore/QThread>
#include <QtCore/QUrlQuery>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using LedgerLink::Engine::RateLimiter;
using LedgerLink::Engine::RateLimitProfile;
using LedgerLink::Net::HeaderList;
using LedgerLink::Net::HttpClient;
using LedgerLink::Net::HttpClientOptions;
using LedgerLink::Net::HttpExchange;
using LedgerLink::Net::HttpRequest;
using LedgerLink::Net::WriteGuard;
using LedgerLink::Net::WriteSide;

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

struct Received
{
    QByteArray method;
    QString path;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

/// Records every request. Routes: /echo (200, JSON describing the request, plus a few response
/// headers), /page (Link header), /limits?used=N&retry=S (Shopify call-limit and Retry-After
/// headers), /never (never answered).
class RecordingServer : public QAbstractHttpServer
{
public:
    QList<Received> received;

    int count(QByteArrayView method) const
    {
        return int(std::count_if(received.cbegin(), received.cend(),
                                 [method](const Received &r) { return r.method == method; }));
    }
    int nonGet() const { return int(received.size()) - count("GET"); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        Received r{methodName(request.method()), request.url().path(), request.headers(), request.body()};
        received.append(r);
        const QUrlQuery query(request.url());
        HeaderList headers;
        QByteArray body = "{}";
        int status = 200;
        if (r.path == u"/never") {
            m_hung.append(QPointer<QTcpSocket>(socket));
            return true;
        }
        if (r.path == u"/echo") {
            body = QJsonDocument(QJsonObject{{u"method"_s, QString::fromLatin1(r.method)},
                                             {u"length"_s, r.body.size()}})
                       .toJson(QJsonDocument::Compact);
            headers = {{"X-Request-Count", QByteArray::number(received.size())}, {"x-lower-case", "yes"}};
        } else if (r.path == u"/page") {
            headers = {{"Link",
                        "<https://x.example/admin/api/2024-04/orders.json?limit=50&page_info=abc>; "
                        "rel=\"previous\", "
                        "<https://x.example/admin/api/2024-04/orders.json?limit=50&page_info=def>; "
                        "rel=\"next\""}};
        } else if (r.path == u"/limits") {
            if (query.hasQueryItem(u"used"_s))
                headers.append(
                    {"X-Shopify-Shop-Api-Call-Limit", query.queryItemValue(u"used"_s).toLatin1() + "/40"});
            if (query.hasQueryItem(u"retry"_s)) {
                status = 429;
                headers.append({"Retry-After", query.queryItemValue(u"retry"_s).toLatin1()});
            }
        } else {
            status = 404;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error")
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n";
        for (const auto &[name, value] : headers)
            out += name + ": " + value + "\r\n";
        out += "\r\n" + body;
        socket->write(out);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    QList<QPointer<QTcpSocket>> m_hung;
};

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private:
    RecordingServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    quint16 m_port = 0;

    QUrl url(const QString &path) const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path)); }

    HttpClientOptions options(const WriteGuard &guard, WriteSide side = WriteSide::Erp) const
    {
        HttpClientOptions o;
        o.rateLimitKey = u"test:client"_s;
        o.side = side;
        o.guard = guard;
        o.timeout = 5s;
        return o;
    }

private slots:
    void init()
    {
        m_server = new RecordingServer;
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
        m_network = new QNetworkAccessManager;
    }
    void cleanup()
    {
        delete m_network;
        delete m_server;
    }

    void readOnlyGuardRefusesEveryWrite()
    {
        HttpClient client(*m_network, options(WriteGuard::readOnly()));
        const QJsonDocument body(QJsonObject{{u"a"_s, 1}});
        for (const QByteArray &method :
             {QByteArray("POST"), QByteArray("PUT"), QByteArray("DELETE"), QByteArray("patch")}) {
            const HttpExchange exchange = client.sendJson(method, url(u"/echo"_s), body);
            QVERIFY(exchange.response.refusedByWriteGuard);
            QCOMPARE(exchange.response.status, 0);
            QVERIFY2(exchange.response.errorText.startsWith(u"refused: the rollout stage read_only does not "
                                                            u"allow writes to the ERP"_s),
                     qPrintable(exchange.response.errorText));
        }
        QCOMPARE(client.refusedWrites(), 4);
        QCOMPARE(client.sent("POST"), 0);
        QCOMPARE(client.sentTotal(), 0);
        // GET is always allowed.
        const HttpExchange read = client.get(url(u"/echo"_s));
        QCOMPARE(read.response.status, 200);
        QVERIFY(!read.response.refusedByWriteGuard);
        QCOMPARE(client.sent("GET"), 1);
        QCOMPARE(m_server->nonGet(), 0);
        QCOMPARE(m_server->received.size(), 1);
        // A POST the connector marks as a read (a JSON-RPC search, a GraphQL query) goes through.
        HttpRequest query;
        query.method = "POST";
        query.url = url(u"/echo"_s);
        query.body = R"({"query":"{ products { totalItems } }"})";
        query.read = true;
        const HttpExchange marked = client.send(query);
        QCOMPARE(marked.response.status, 200);
        QVERIFY(!marked.response.refusedByWriteGuard);
        QCOMPARE(client.refusedWrites(), 4);
        QCOMPARE(m_server->nonGet(), 1);
    }

    void guardAllowsOnlyItsSide()
    {
        const WriteGuard erpOnly = WriteGuard::allowing(true, false);
        HttpClient erp(*m_network, options(erpOnly, WriteSide::Erp));
        HttpClient store(*m_network, options(erpOnly, WriteSide::Store));
        const QJsonDocument body(QJsonObject{{u"a"_s, 1}});
        for (const QByteArray &method : {QByteArray("POST"), QByteArray("PUT"), QByteArray("DELETE")}) {
            const HttpExchange allowed = erp.sendJson(method, url(u"/echo"_s), body);
            QCOMPARE(allowed.response.status, 200);
            QCOMPARE(allowed.response.json().object().value(u"method"_s).toString(),
                     QString::fromLatin1(method));
            const HttpExchange refused = store.sendJson(method, url(u"/echo"_s), body);
            QVERIFY(refused.response.refusedByWriteGuard);
            QCOMPARE(refused.response.errorText,
                     u"refused: the rollout stage one_direction does not allow writes to the store"_s);
        }
        QCOMPARE(erp.refusedWrites(), 0);
        QCOMPARE(erp.sent("POST"), 1);
        QCOMPARE(erp.sent("put"), 1);
        QCOMPARE(erp.sent("DELETE"), 1);
        QCOMPARE(store.refusedWrites(), 3);
        QCOMPARE(store.sentTotal(), 0);
        QCOMPARE(m_server->nonGet(), 3);
        QCOMPARE(store.get(url(u"/echo"_s)).response.status, 200);

        // setGuard() switches at run time.
        store.setGuard(WriteGuard::allowing(false, true));
        QCOMPARE(store.sendJson("POST", url(u"/echo"_s), body).response.status, 200);
        QCOMPARE(m_server->count("POST"), 2);
    }

    void jsonBodyAndHeadersArriveExactly()
    {
        HttpClientOptions o = options(WriteGuard::allowing(true, true));
        o.defaultHeaders = {{"Authorization", "Bearer test-token"}, {"Xero-Tenant-Id", "tenant-1"}};
        HttpClient client(*m_network, o);
        const QJsonDocument body(QJsonObject{{u"name"_s, u"Grüße \"quoted\""_s},
                                             {u"amount"_s, u"19.99"_s},
                                             {u"lines"_s, QJsonArray{1, 2, 3}}});
        const HttpExchange exchange =
            client.sendJson("POST", url(u"/echo"_s), body, u"key-123"_s,
                            {{"Idempotency-Key", "key-123"}, {"X-Custom", "a b c"}});
        QCOMPARE(exchange.response.status, 200);
        QCOMPARE(exchange.request.idempotencyKey, u"key-123"_s);
        QCOMPARE(m_server->received.size(), 1);
        const Received &r = m_server->received.constFirst();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.body, body.toJson(QJsonDocument::Compact));
        QCOMPARE(QJsonDocument::fromJson(r.body), body);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QCOMPARE(r.header("accept"), QByteArray("application/json"));
        QCOMPARE(r.header("authorization"), QByteArray("Bearer test-token"));
        QCOMPARE(r.header("xero-tenant-id"), QByteArray("tenant-1"));
        QCOMPARE(r.header("idempotency-key"), QByteArray("key-123"));
        QCOMPARE(r.header("x-custom"), QByteArray("a b c"));

        // A request header overrides a default header of the same name (any case).
        client.get(url(u"/echo"_s), {{"authorization", "Bearer other"}});
        QCOMPARE(m_server->received.constLast().header("Authorization"), QByteArray("Bearer other"));
    }

    void responseHeadersAreCaseInsensitive()
    {
        HttpClient client(*m_network, options(WriteGuard::readOnly()));
        const HttpExchange exchange = client.get(url(u"/echo"_s));
        QCOMPARE(exchange.response.status, 200);
        QVERIFY(exchange.response.isSuccess());
        QCOMPARE(exchange.response.header("X-LOWER-CASE"), QByteArray("yes"));
        QCOMPARE(exchange.response.header("x-request-count"), QByteArray("1"));
        QCOMPARE(exchange.response.header("content-type"), QByteArray("application/json"));
        QCOMPARE(exchange.response.header("X-Absent"), QByteArray());
        QCOMPARE(exchange.response.json().object().value(u"method"_s).toString(), u"GET"_s);

        const HttpExchange missing = client.get(url(u"/nothing-here"_s));
        QCOMPARE(missing.response.status, 404);
        QVERIFY(!missing.response.isSuccess());
        QVERIFY(!missing.response.errorText.isEmpty());
    }

    void nextLinkFromServer()
    {
        HttpClient client(*m_network, options(WriteGuard::readOnly()));
        const HttpExchange exchange = client.get(url(u"/page"_s));
        QCOMPARE(exchange.response.nextLink(),
                 QUrl(u"https://x.example/admin/api/2024-04/orders.json?limit=50&page_info=def"_s));
        QCOMPARE(exchange.response.link(u"PREVIOUS"),
                 QUrl(u"https://x.example/admin/api/2024-04/orders.json?limit=50&page_info=abc"_s));
        QVERIFY(client.get(url(u"/echo"_s)).response.nextLink().isEmpty());
    }

    void linkHeaderParsing_data()
    {
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<QUrl>("next");
        using H = HeaderList;
        QTest::newRow("only next") << H{{"Link", "<https://a/x?page_info=1>; rel=\"next\""}}
                                   << QUrl(u"https://a/x?page_info=1"_s);
        QTest::newRow("only previous")
            << H{{"link", "<https://a/x?page_info=0>; rel=\"previous\""}} << QUrl();
        QTest::newRow("next first") << H{{"Link",
                                          "<https://a/n>; rel=\"next\", <https://a/p>; rel=\"previous\""}}
                                    << QUrl(u"https://a/n"_s);
        QTest::newRow("token rel") << H{{"LINK", "<https://a/p>;rel=prev,<https://a/n>;rel=next"}}
                                   << QUrl(u"https://a/n"_s);
        QTest::newRow("several rels")
            << H{{"Link", "<https://a/n>; rel=\"next last\""}} << QUrl(u"https://a/n"_s);
        QTest::newRow("comma in quoted param")
            << H{{"Link", "<https://a/p>; title=\"a, b; c\"; rel=\"previous\", <https://a/n>; rel=\"next\""}}
            << QUrl(u"https://a/n"_s);
        QTest::newRow("escaped quote") << H{{"Link",
                                             "<https://a/p>; title=\"say \\\"hi\\\", rel=next\"; "
                                             "rel=\"previous\", <https://a/n?x=1,2>; rel=\"next\""}}
                                       << QUrl(u"https://a/n?x=1,2"_s);
        QTest::newRow("two headers") << H{{"Link", "<https://a/p>; rel=\"previous\""},
                                          {"Link", "<https://a/n>; rel=\"next\""}}
                                     << QUrl(u"https://a/n"_s);
        QTest::newRow("relative") << H{{"Link", "</orders.json?page_info=9>; rel=\"next\""}}
                                  << QUrl(u"https://shop.example/orders.json?page_info=9"_s);
        QTest::newRow("garbage") << H{{"Link", "nonsense; rel=next, <unterminated"}} << QUrl();
        QTest::newRow("malformed then valid")
            << H{{"Link", "garbage, <https://a/n>; rel=\"next\""}} << QUrl(u"https://a/n"_s);
        QTest::newRow("empty") << H{{"Link", ""}} << QUrl();
    }
    void linkHeaderParsing()
    {
        QFETCH(HeaderList, headers);
        QFETCH(QUrl, next);
        LedgerLink::Net::HttpResponse response;
        response.url = QUrl(u"https://shop.example/admin/orders.json"_s);
        response.headers = headers;
        QCOMPARE(response.nextLink(), next);
    }

    void parsedLinkParams()
    {
        const auto links =
            LedgerLink::Net::parseLinkHeader("<https://x/a?page_info=abc>; rel=\"previous\"; Title=\"a,b\", "
                                             "<https://x/a?page_info=def>; rel=\"next\"");
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.at(0).target, u"https://x/a?page_info=abc"_s);
        QCOMPARE(links.at(0).params.size(), 2);
        QCOMPARE(links.at(0).params.at(1).first, u"title"_s);
        QCOMPARE(links.at(0).params.at(1).second, u"a,b"_s);
        QCOMPARE(links.at(1).params.at(0).second, u"next"_s);
    }

    void timeoutGivesStatusZeroQuickly()
    {
        HttpClientOptions o = options(WriteGuard::readOnly());
        o.timeout = 200ms;
        HttpClient client(*m_network, o);
        QElapsedTimer timer;
        timer.start();
        const HttpExchange exchange = client.get(url(u"/never"_s));
        const qint64 elapsed = timer.elapsed();
        qInfo("timeout after %lld ms", elapsed);
        QCOMPARE(exchange.response.status, 0);
        QVERIFY(exchange.response.networkError == QNetworkReply::TimeoutError
                || exchange.response.networkError == QNetworkReply::OperationCanceledError);
        QVERIFY(!exchange.response.errorText.isEmpty());
        QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
        QCOMPARE(client.sent("GET"), 1);

        // A listening socket that never answers at all.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        timer.restart();
        const HttpExchange silentExchange =
            client.get(QUrl(u"http://127.0.0.1:%1/x"_s.arg(silent.serverPort())));
        QCOMPARE(silentExchange.response.status, 0);
        QCOMPARE(silentExchange.response.networkError, QNetworkReply::TimeoutError);
        QVERIFY(timer.elapsed() < 3000);
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        HttpClient client(*m_network, options(WriteGuard::readOnly()));
        const HttpExchange exchange = client.get(QUrl(u"http://127.0.0.1:%1/x"_s.arg(port)));
        QCOMPARE(exchange.response.status, 0);
        QCOMPARE(exchange.response.networkError, QNetworkReply::ConnectionRefusedError);
        QVERIFY(!exchange.response.errorText.isEmpty());
    }

    void unusableUrl()
    {
        HttpClient client(*m_network, options(WriteGuard::readOnly()));
        const HttpExchange exchange = client.get(QUrl(u"nothttp://127.0.0.1/x"_s));
        QCOMPARE(exchange.response.status, 0);
        QCOMPARE(exchange.response.networkError, QNetworkReply::ProtocolUnknownError);
        QVERIFY(!exchange.response.errorText.isEmpty());
    }

    /// Concurrency slots: with Xero's 5 concurrent requests, a sixth request of the same key
    /// waits (polling with the sleeper) until another one releases its slot.
    void waitsForAConcurrencySlot()
    {
        qint64 now = 0;
        RateLimiter limiter(RateLimitProfile::unlimited(), [&now] { return now; });
        LedgerLink::Engine::RateLimitProfile twoAtATime = RateLimitProfile::unlimited();
        twoAtATime.maxConcurrent = 2;
        limiter.configure(u"test:client"_s, twoAtATime);
        QVERIFY(limiter.acquire(u"test:client"_s).has_value()); // two slots taken elsewhere
        QVERIFY(limiter.acquire(u"test:client"_s).has_value());
        HttpClient client(*m_network, options(WriteGuard::readOnly()), &limiter);
        int polls = 0;
        client.setSleeper([&](std::chrono::milliseconds delay) {
            now += delay.count();
            if (++polls == 3)
                limiter.release(u"test:client"_s); // another thread finishes
        });
        QCOMPARE(client.get(url(u"/echo"_s)).response.status, 200);
        QCOMPARE(polls, 3);
        QCOMPARE(limiter.inFlight(u"test:client"_s), 1);
    }

    void rateLimitWithFakeClock()
    {
        qint64 now = 0;
        RateLimiter limiter(RateLimitProfile::shopifyRest(), [&now] { return now; });
        HttpClient client(*m_network, options(WriteGuard::readOnly()), &limiter);
        QList<std::chrono::milliseconds> waits;
        client.setSleeper([&](std::chrono::milliseconds delay) {
            waits.append(delay);
            now += delay.count();
        });
        int withoutDelay = 0;
        for (int i = 0; i < 45; ++i) {
            const qsizetype before = waits.size();
            QCOMPARE(client.get(url(u"/echo"_s)).response.status, 200);
            if (waits.size() == before)
                ++withoutDelay;
        }
        QCOMPARE(withoutDelay, 40);
        QCOMPARE(waits, QList<std::chrono::milliseconds>(5, 500ms));
        QCOMPARE(limiter.inFlight(u"test:client"_s), 0);
        QCOMPARE(m_server->received.size(), 45);
    }

    void rateLimitAdaptsFromResponses()
    {
        qint64 now = 0;
        RateLimiter limiter(RateLimitProfile::shopifyRest(), [&now] { return now; });
        HttpClient client(*m_network, options(WriteGuard::readOnly()), &limiter);
        QList<std::chrono::milliseconds> waits;
        client.setSleeper([&](std::chrono::milliseconds delay) {
            waits.append(delay);
            now += delay.count();
        });
        // The shop reports 39 of 40 used (another app spends the bucket): one token is left.
        QCOMPARE(client.get(url(u"/limits?used=39"_s)).response.status, 200);
        QVERIFY(waits.isEmpty());
        QCOMPARE(client.get(url(u"/echo"_s)).response.status, 200);
        QVERIFY(waits.isEmpty());
        QCOMPARE(client.get(url(u"/echo"_s)).response.status, 200);
        QCOMPARE(waits, QList<std::chrono::milliseconds>{500ms});

        // Retry-After: 3 blocks the key for three seconds.
        waits.clear();
        now += 60000; // the bucket is full again
        const HttpExchange limited = client.get(url(u"/limits?retry=3"_s));
        QCOMPARE(limited.response.status, 429);
        QCOMPARE(limited.response.header("retry-after"), QByteArray("3"));
        QVERIFY(waits.isEmpty());
        QCOMPARE(limiter.delayBeforeNext(u"test:client"_s), 3000ms);
        QCOMPARE(client.get(url(u"/echo"_s)).response.status, 200);
        QCOMPARE(waits, QList<std::chrono::milliseconds>{3000ms});
    }

    /// A wait longer than maxRateLimitWait is not waited for: send() returns at once.
    void longRateLimitWaitIsReturned()
    {
        qint64 now = 0;
        RateLimiter limiter(RateLimitProfile::shopifyRest(), [&now] { return now; });
        HttpClientOptions o = options(WriteGuard::readOnly());
        o.maxRateLimitWait = 10s;
        HttpClient client(*m_network, o, &limiter);
        QList<std::chrono::milliseconds> waits;
        client.setSleeper([&](std::chrono::milliseconds delay) {
            waits.append(delay);
            now += delay.count();
        });
        QCOMPARE(client.get(url(u"/limits?retry=600"_s)).response.status, 429);
        const HttpExchange blocked = client.get(url(u"/echo"_s));
        QCOMPARE(blocked.response.status, 0);
        QCOMPARE(blocked.response.rateLimitWait, 600000ms);
        QCOMPARE(blocked.response.networkError, QNetworkReply::TemporaryNetworkFailureError);
        QVERIFY(blocked.response.errorText.contains(u"600 s"_s));
        QVERIFY(waits.isEmpty());
        QCOMPARE(m_server->received.size(), 1);
        QCOMPARE(limiter.inFlight(u"test:client"_s), 0);
        // Once the block has passed, requests go again.
        now += 600000;
        QCOMPARE(client.get(url(u"/echo"_s)).response.status, 200);
        QCOMPARE(client.get(url(u"/echo"_s)).response.rateLimitWait, 0ms);

        // All concurrency slots taken for longer than the limit.
        LedgerLink::Engine::RateLimitProfile one = RateLimitProfile::unlimited();
        one.maxConcurrent = 1;
        limiter.configure(u"test:client"_s, one);
        QVERIFY(limiter.acquire(u"test:client"_s).has_value());
        waits.clear();
        const HttpExchange noSlot = client.get(url(u"/echo"_s));
        QCOMPARE(noSlot.response.status, 0);
        QVERIFY(noSlot.response.rateLimitWait > 0ms);
        QCOMPARE(waits.size(), 2000); // 10 s in 5 ms polls
        QCOMPARE(m_server->received.size(), 3);
    }

    void refusedWriteTakesNoToken()
    {
        qint64 now = 0;
        RateLimiter limiter(RateLimitProfile::xero(), [&now] { return now; });
        HttpClient client(*m_network, options(WriteGuard::readOnly()), &limiter);
        int sleeps = 0;
        client.setSleeper([&](std::chrono::milliseconds delay) {
            ++sleeps;
            now += delay.count();
        });
        for (int i = 0; i < 5; ++i)
            QVERIFY(client.sendJson("POST", url(u"/echo"_s), QJsonDocument(QJsonObject{}))
                        .response.refusedByWriteGuard);
        QCOMPARE(sleeps, 0);
        QCOMPARE(limiter.delayBeforeNext(u"test:client"_s), 0ms);
        QCOMPARE(m_server->received.size(), 0);
    }

    void throughputOnLoopback()
    {
        HttpClient client(*m_network, options(WriteGuard::readOnly()));
        RateLimiter limiter; // unlimited, but exercised
        HttpClient limited(*m_network, options(WriteGuard::readOnly()), &limiter);
        const int n = 2000;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < n; ++i) {
            if (client.get(url(u"/echo"_s)).response.status != 200)
                QFAIL("request failed");
        }
        const qint64 plainMs = std::max<qint64>(1, timer.elapsed());
        timer.restart();
        for (int i = 0; i < n; ++i) {
            if (limited.get(url(u"/echo"_s)).response.status != 200)
                QFAIL("request failed");
        }
        const qint64 limitedMs = std::max<qint64>(1, timer.elapsed());
        // The server in a thread of its own, as the sandbox runs beside the engine.
        QThread serverThread;
        QObject context;
        context.moveToThread(&serverThread);
        serverThread.start();
        RecordingServer *threaded = nullptr;
        quint16 threadedPort = 0;
        QMetaObject::invokeMethod(
            &context,
            [&] {
                threaded = new RecordingServer;
                threadedPort = threaded->listen(QHostAddress::LocalHost, 0);
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(threadedPort != 0);
        const QUrl threadedUrl(u"http://127.0.0.1:%1/echo"_s.arg(threadedPort));
        timer.restart();
        for (int i = 0; i < n; ++i) {
            if (limited.get(threadedUrl).response.status != 200)
                QFAIL("request failed");
        }
        const qint64 threadedMs = std::max<qint64>(1, timer.elapsed());
        QMetaObject::invokeMethod(
            &context, [&] { delete threaded; }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
        qInfo("HttpClient against a server in another thread: %lld requests/s", n * 1000 / threadedMs);

        HttpClient writer(*m_network, options(WriteGuard::allowing(true, true)));
        // Bodies above about 16 KB are written after the headers in a second piece, and without
        // TCP_NODELAY (Qt leaves it off) that piece waits for the server's delayed ACK (~40 ms).
        for (const int size : {1000, 16000, 30000}) {
            const QJsonDocument body(QJsonObject{{u"pad"_s, QString(size, u'x')}});
            const int posts = size > 16000 ? 10 : 40;
            timer.restart();
            for (int i = 0; i < posts; ++i) {
                if (writer.sendJson("POST", url(u"/echo"_s), body).response.status != 200)
                    QFAIL("post failed");
            }
            qInfo("POST with a %d-byte JSON body: %lld requests/s", size,
                  posts * 1000 / std::max<qint64>(1, timer.elapsed()));
        }
        qInfo("HttpClient on loopback (same-thread server): %lld requests/s, with an unlimited RateLimiter "
              "%lld "
              "requests/s",
              n * 1000 / plainMs, n * 1000 / limitedMs);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
