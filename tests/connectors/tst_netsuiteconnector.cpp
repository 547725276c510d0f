// NetSuiteConnector over real HTTP through the real Net::HttpClient, against a local server that
// replays Oracle's documented examples (tests/connectors/fixtures/netsuite/*.json, each naming the
// docs.oracle.com page it copies). The server holds a script: each step names the request the
// connector must send (method, path, decoded query, JSON body) and answers with a documented
// response. It also recomputes every request's OAuth 1.0a HMAC-SHA256 signature from the request as
// it arrived (Net::signatureBaseString / Net::signature) and compares it with the Authorization
// header's. A request that is not the next step's, or badly signed, is answered 500 and reported.
// Nothing here ran against a live NetSuite account. Documents written here rather than copied are
// marked "hand-written".
#include "connectors/connector.h"
#include "connectors/netsuite/netsuitecanonical.h"
#include "connectors/netsuite/netsuiteconnector.h"
#include "engine/ratelimiter.h"
#include "engine/retrypolicy.h"
#include "model/currency.h"
#include "net/httpclient.h"
#include "net/oauth1signature.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimeZone>
#include <QtCore/QUrlQuery>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace LedgerLink;
using Connectors::NetSuiteConnector;

namespace {

const QString account = u"123456_SB1"_s; // the realm of Oracle's header example
const QByteArray consumerKey = "ck-test";
const QByteArray consumerSecret = "cs secret/+"; // characters the signing key must encode
const QByteArray tokenId = "tk-test";
const QByteArray tokenSecret = "ts~secret&";
constexpr qint64 fixedTimestamp = 1700000000;

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(LEDGERLINK_SOURCE_DIR "/tests/connectors/fixtures/netsuite/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject requestBody(const QString &name)
{
    return fixture(name).value(u"request"_s).toObject().value(u"body"_s).toObject();
}

QJsonObject response(const QString &name)
{
    return fixture(name).value(u"response"_s).toObject();
}

QJsonObject responseBody(const QString &name)
{
    return response(name).value(u"body"_s).toObject();
}

/// One expected request and the answer to it.
struct Step
{
    QByteArray method;
    QString path; ///< under /services/rest/record/v1/, or absolute ("/services/rest/query/v1/suiteql")
    QString query; ///< decoded query items, "key=value&…"; "" for none
    std::optional<QJsonObject> body; ///< the JSON body the request must carry
    int status = 200;
    std::optional<QJsonObject> reply; ///< nullopt: no body (204)
    QByteArray extraHeaders = {}; ///< "Location: …\r\n"
};

/// The parameters of an `OAuth …` Authorization header, decoded.
QMap<QByteArray, QByteArray> oauthParameters(const QByteArray &header)
{
    QMap<QByteArray, QByteArray> parameters;
    if (!header.startsWith("OAuth "))
        return parameters;
    for (const QByteArray &part : header.mid(6).split(',')) {
        const QByteArray item = part.trimmed();
        const qsizetype equals = item.indexOf('=');
        if (equals <= 0)
            continue;
        QByteArray value = item.mid(equals + 1);
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        parameters.insert(item.left(equals), QByteArray::fromPercentEncoding(value));
    }
    return parameters;
}

class ReplayServer final : public QAbstractHttpServer
{
public:
    QList<Step> script;
    QStringList errors; ///< requests that were not the next step's, or not signed right
    QStringList lines; ///< "METHOD path?decoded query" of every request
    int requests = 0;

    bool start()
    {
        m_port = listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }

protected:
    bool handleRequest(const QHttpServerRequest &incoming, QTcpSocket *socket) override
    {
        ++requests;
        QByteArray method = "OTHER";
        switch (incoming.method()) {
        case QHttpServerRequest::Method::Get:
            method = "GET";
            break;
        case QHttpServerRequest::Method::Post:
            method = "POST";
            break;
        case QHttpServerRequest::Method::Patch:
            method = "PATCH";
            break;
        default:
            break;
        }
        const QString prefix = u"/services/rest/record/v1/"_s;
        const QString suiteQl = u"/services/rest/query/v1/suiteql"_s;
        const QString fullPath = incoming.url().path();
        const QString path = fullPath.startsWith(prefix) ? fullPath.mid(prefix.size()) : fullPath;
        QStringList items;
        for (const auto &[key, value] : QUrlQuery(incoming.url()).queryItems(QUrl::FullyDecoded))
            items.append(key + u'=' + value);
        const QString decodedQuery = items.join(u'&');
        lines.append(QString::fromLatin1(method) + u' ' + path
                     + (decodedQuery.isEmpty() ? QString() : u'?' + decodedQuery));
        const QJsonObject body = QJsonDocument::fromJson(incoming.body()).object();

        QString problem = signatureProblem(method, incoming);
        if (!problem.isEmpty()) {
        } else if (script.isEmpty()) {
            problem = u"no step left"_s;
        } else {
            const Step &step = script.first();
            if (path.startsWith(u'/') && path != suiteQl)
                problem = u"path outside the record API and SuiteQL: "_s + path;
            else if (incoming.value("Accept") != "application/json")
                problem = u"Accept is not application/json"_s;
            else if (path == suiteQl && incoming.value("Prefer") != "transient")
                problem = u"a SuiteQL query without Prefer: transient"_s;
            else if (method != step.method || path != step.path || decodedQuery != step.query)
                problem = u"expected %1 %2?%3"_s.arg(QString::fromLatin1(step.method), step.path, step.query);
            else if (method != "GET" && !incoming.value("Content-Type").startsWith("application/json"))
                problem = u"a write without Content-Type: application/json"_s;
            else if (!incoming.value("X-NetSuite-Idempotency-Key").isEmpty())
                problem = u"an idempotency key on a synchronous request"_s;
            else if (step.body && body != *step.body)
                problem = u"body differs: "_s + QString::fromUtf8(incoming.body());
        }
        if (!problem.isEmpty()) {
            errors.append(lines.last() + u": "_s + problem);
            write(socket, 500, QJsonObject{{u"error"_s, problem}}, {});
            return true;
        }
        const Step step = script.takeFirst();
        write(socket, step.status, step.reply, step.extraHeaders);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    /// "" when the Authorization header is a correct HMAC-SHA256 signature of the request as it
    /// arrived, with the test's credentials, timestamp and the next nonce.
    QString signatureProblem(const QByteArray &method, const QHttpServerRequest &incoming) const
    {
        const QMap<QByteArray, QByteArray> oauth = oauthParameters(incoming.value("Authorization"));
        if (oauth.value("realm") != account.toUtf8())
            return u"realm is \"%1\""_s.arg(QString::fromUtf8(oauth.value("realm")));
        if (oauth.value("oauth_consumer_key") != consumerKey || oauth.value("oauth_token") != tokenId)
            return u"wrong consumer key or token"_s;
        if (oauth.value("oauth_signature_method") != "HMAC-SHA256" || oauth.value("oauth_version") != "1.0")
            return u"not HMAC-SHA256 / 1.0"_s;
        if (oauth.value("oauth_timestamp") != QByteArray::number(fixedTimestamp))
            return u"timestamp is %1"_s.arg(QString::fromUtf8(oauth.value("oauth_timestamp")));
        if (oauth.value("oauth_nonce") != "nonce" + QByteArray::number(requests))
            return u"nonce is \"%1\", expected a fresh one"_s.arg(
                QString::fromUtf8(oauth.value("oauth_nonce")));
        QUrl url = incoming.url();
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(m_port);
        Net::OAuth1Parameters parameters;
        for (auto it = oauth.cbegin(); it != oauth.cend(); ++it)
            parameters.append({it.key(), it.value()});
        const QByteArray base = Net::signatureBaseString(method, url, parameters);
        const QByteArray expected =
            Net::signature(base, consumerSecret, tokenSecret, Net::OAuth1Method::HmacSha256);
        if (oauth.value("oauth_signature") != expected)
            return u"signature %1 is not %2 (base string %3)"_s.arg(
                QString::fromLatin1(oauth.value("oauth_signature")), QString::fromLatin1(expected),
                QString::fromLatin1(base));
        return {};
    }

    static void write(QTcpSocket *socket, int status, const std::optional<QJsonObject> &reply,
                      const QByteArray &headers)
    {
        const QByteArray body = reply ? QJsonDocument(*reply).toJson(QJsonDocument::Compact) : QByteArray();
        socket->write("HTTP/1.1 " + QByteArray::number(status) + " Status\r\n"
                      + (reply ? QByteArray("Content-Type: application/json\r\n") : QByteArray()) + headers
                      + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    quint16 m_port = 0;
};

QString money(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return object.value(u"amount"_s).toString() + u' ' + object.value(u"currency"_s).toString();
}

QString messageOf(const std::optional<Connectors::ConnectorFailure> &failure)
{
    return failure ? failure->message : QString();
}

/// A Location header naming a record under the replay server (the documented header names
/// demo123's host; the connector reads only the id at its end).
QByteArray locationOf(const QJsonObject &fixtureResponse)
{
    return "Location: "
        + fixtureResponse.value(u"headers"_s).toObject().value(u"Location"_s).toString().toUtf8() + "\r\n";
}

/// Hand-written: a customer in the shape of the REST API Browser's customer record, as NetSuite
/// would answer the GET after the documented create (Oracle's page shows no such body).
QJsonObject customer647(const QString &externalId)
{
    return QJsonObject{
        {u"links"_s, QJsonArray{}},         {u"id"_s, u"647"_s},
        {u"entityId"_s, u"New Customer"_s}, {u"companyName"_s, u"My Company"_s},
        {u"externalId"_s, externalId},      {u"lastModifiedDate"_s, u"2019-01-04T08:50:20Z"_s}};
}

} // namespace

class TestNetSuiteConnector : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReplayServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Net::HttpClient> m_client;
    std::unique_ptr<Connectors::Connector> m_connector;
    NetSuiteConnector *m_netsuite = nullptr;

    static Connectors::ConnectorConfig config(const QUrl &baseUrl)
    {
        Connectors::ConnectorConfig config;
        config.system = u"netsuite"_s;
        config.baseUrl = baseUrl;
        config.account = account;
        config.accessToken = consumerKey + ':' + consumerSecret + ':' + tokenId + ':' + tokenSecret;
        return config;
    }

    /// A fresh server and connector (through createConnector) with a fixed clock and numbered
    /// nonces ("nonce1", "nonce2", … one per request).
    bool restart()
    {
        m_connector.reset();
        m_server = std::make_unique<ReplayServer>();
        if (!m_server->start())
            return false;
        QString error;
        m_connector = Connectors::createConnector(config(m_server->url()), *m_client, &error);
        m_netsuite = dynamic_cast<NetSuiteConnector *>(m_connector.get());
        if (!m_netsuite) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_netsuite->setSigningClock([] { return fixedTimestamp; });
        m_netsuite->setNonceSource(
            [n = 0]() mutable -> QByteArray { return "nonce" + QByteArray::number(++n); });
        return true;
    }

    QString allErrors() const { return m_server->errors.join(u'\n'); }

private slots:
    void initTestCase()
    {
        QVERIFY2(!fixture(u"customer-create.json"_s).isEmpty(), "the NetSuite fixtures are missing");
        m_network = std::make_unique<QNetworkAccessManager>();
        Net::HttpClientOptions options;
        options.rateLimitKey = u"netsuite:test"_s;
        options.side = Net::WriteSide::Erp;
        options.guard = Net::WriteGuard::allowing(true, false);
        options.timeout = 10s;
        m_client = std::make_unique<Net::HttpClient>(*m_network, options);
    }

    void netsuiteIsAKnownSystemAndChecksItsConfiguration()
    {
        QVERIFY(Connectors::connectorSystems().contains(u"netsuite"_s));
        const QUrl base(u"https://123456-sb1.suitetalk.api.netsuite.com"_s);
        QString error;
        Connectors::ConnectorConfig noAccount = config(base);
        noAccount.account.clear();
        QVERIFY(!Connectors::createConnector(noAccount, *m_client, &error));
        QCOMPARE(error, u"The netsuite connection has no account id (account)."_s);

        Connectors::ConnectorConfig threeParts = config(base);
        threeParts.accessToken = "ck:cs:tk";
        QVERIFY(!Connectors::createConnector(threeParts, *m_client, &error));
        QVERIFY2(error.contains(u"consumerKey:consumerSecret:tokenId:tokenSecret"_s)
                     && error.contains(u"3 part"_s),
                 qPrintable(error));

        Connectors::ConnectorConfig emptySecret = config(base);
        emptySecret.accessToken = "ck:cs::ts";
        QVERIFY(!Connectors::createConnector(emptySecret, *m_client, &error));
        QVERIFY2(error.endsWith(u"its token id is empty."_s), qPrintable(error));

        Connectors::ConnectorConfig badAccount = config(base);
        badAccount.account = u"123456 SB1"_s;
        QVERIFY(!Connectors::createConnector(badAccount, *m_client, &error));
        QVERIFY2(error.contains(u"is not a NetSuite account id"_s), qPrintable(error));

        const std::unique_ptr<Connectors::Connector> connector =
            Connectors::createConnector(config(base), *m_client, &error);
        QVERIFY2(connector, qPrintable(error));
        QCOMPARE(connector->system(), u"netsuite"_s);
        QVERIFY(!connector->capabilities().idempotencyKeys);
        QCOMPARE(connector->rateLimitProfile().maxConcurrent, 5);
        QCOMPARE(NetSuiteConnector::credentials(config(base)).realm, account);
    }

    /// The SuiteQL statement of each record type's polling page.
    void netsuiteQueriesEachRecordTypeWithSuiteQl()
    {
        const QDateTime since(QDate(2019, 1, 4), QTime(0, 30), QTimeZone::utc());
        const QString day = u" AND lastmodifieddate >= TO_DATE('2019-01-03', 'YYYY-MM-DD')"_s;
        const QString order = u" ORDER BY lastmodifieddate, id"_s;
        QCOMPARE(NetSuiteConnector::suiteQlQuery(u"customer"_s, since),
                 u"SELECT id FROM customer WHERE lastmodifieddate >= TO_DATE('2019-01-03', 'YYYY-MM-DD')"_s
                     + order);
        QCOMPARE(NetSuiteConnector::suiteQlQuery(u"customer"_s, {}), u"SELECT id FROM customer"_s + order);
        QCOMPARE(NetSuiteConnector::suiteQlQuery(u"inventoryItem"_s, since),
                 u"SELECT id FROM item WHERE itemtype = 'InvtPart'"_s + day + order);
        QCOMPARE(NetSuiteConnector::suiteQlQuery(u"salesOrder"_s, since),
                 u"SELECT id FROM transaction WHERE type = 'SalesOrd'"_s + day + order);
        QCOMPARE(NetSuiteConnector::suiteQlQuery(u"invoice"_s, {}),
                 u"SELECT id FROM transaction WHERE type = 'CustInvc'"_s + order);
        QCOMPARE(NetSuiteConnector::suiteQlQuery(u"creditMemo"_s, since),
                 u"SELECT id FROM transaction WHERE type = 'CustCred'"_s + day + order);
        QCOMPARE(NetSuiteConnector::suiteQlQuery(u"customerPayment"_s, since),
                 u"SELECT id FROM transaction WHERE type = 'CustPymt'"_s + day + order);
        QCOMPARE(NetSuiteConnector::suiteQlQuery(u"employee"_s, since), QString());
        // A cursor late in a UTC day still asks from the day before.
        QVERIFY(NetSuiteConnector::suiteQlQuery(u"customer"_s,
                                                QDateTime(QDate(2019, 1, 4), QTime(23, 59), QTimeZone::utc()))
                    .contains(u"'2019-01-03'"_s));
    }

    /// "Using SuiteQL with SuiteTalk REST Web Services": the documented query goes out as a signed
    /// POST with Prefer: transient (limit and offset in the URL, under the signature), marked as a
    /// read so that a read-only stage lets it through; the answer's envelope is read.
    void netsuiteRunsTheDocumentedSuiteQlQuery()
    {
        QVERIFY(restart());
        const QJsonObject query = requestBody(u"suiteql-query.json"_s);
        m_server->script.append(Step{"POST", u"/services/rest/query/v1/suiteql"_s, u"limit=10&offset=0"_s,
                                     query, 200, responseBody(u"suiteql-query.json"_s)});
        // A client that may write nothing at all.
        Net::HttpClientOptions options;
        options.rateLimitKey = u"netsuite:readonly"_s;
        options.side = Net::WriteSide::Erp;
        options.guard = Net::WriteGuard::readOnly();
        options.timeout = 10s;
        Net::HttpClient readOnly(*m_network, options);
        NetSuiteConnector connector(config(m_server->url()), readOnly);
        connector.setSigningClock([] { return fixedTimestamp; });
        connector.setNonceSource(
            [n = 0]() mutable -> QByteArray { return "nonce" + QByteArray::number(++n); });
        const NetSuiteConnector::SuiteQlPage page = connector.suiteQl(query.value(u"q"_s).toString(), 10, 0);
        QVERIFY2(!page.failure, qPrintable(messageOf(page.failure) + u'\n' + allErrors()));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QVERIFY(m_server->script.isEmpty());
        QCOMPARE(page.rows.size(), 2);
        QCOMPARE(page.rows.at(1).value(u"col2"_s).toString(), u"value_222"_s);
        QCOMPARE(page.totalResults, 2);
        QVERIFY(!page.hasMore);
        QCOMPARE(page.nextOffset, -1);
        QCOMPARE(page.exchanges.size(), 1);
        QVERIFY(page.exchanges.first().request.isRead());
        QCOMPARE(page.exchanges.first().request.method, QByteArray("POST"));

        // A limit above NetSuite's 1000 is sent as 1000.
        m_server->script.append(Step{"POST", u"/services/rest/query/v1/suiteql"_s,
                                     u"limit=1000&offset=2000"_s, query, 200,
                                     responseBody(u"suiteql-query.json"_s)});
        QVERIFY(!connector.suiteQl(query.value(u"q"_s).toString(), 5000, 2000).failure);
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
    }

    /// Oracle's "Invoice" code sample goes out as it is (signed), NetSuite's 204 names the new
    /// record in Location, and the record is read back from "Use Case for Retrieving an Invoice".
    void netsuiteCreatesTheDocumentedInvoice()
    {
        QVERIFY(restart());
        m_server->script.append(Step{"POST",
                                     u"invoice"_s,
                                     {},
                                     requestBody(u"invoice-create.json"_s),
                                     204,
                                     std::nullopt,
                                     locationOf(response(u"invoice-create.json"_s))});
        m_server->script.append(Step{"GET", u"invoice/1215"_s, u"expandSubResources=true"_s, std::nullopt,
                                     200, responseBody(u"invoice-get.json"_s)});
        Connectors::WriteRequest request;
        request.object = u"invoice"_s;
        request.payload = requestBody(u"invoice-create.json"_s);
        request.idempotencyKey = u"sandbox-shop:order:5101:create"_s;
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure) + u'\n' + allErrors()));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QVERIFY(m_server->script.isEmpty());
        QVERIFY(!outcome.alreadyExisted);
        QCOMPARE(outcome.record->id, u"1215"_s); // from the document's links rel "self"
        QCOMPARE(outcome.exchanges.size(), 2);
        QCOMPARE(outcome.exchanges.first().request.idempotencyKey, u"sandbox-shop:order:5101:create"_s);

        // The documented currency reference names the currency record "USA": not an ISO code.
        QString error;
        QVERIFY(!m_connector->toCanonical(*outcome.record, &error));
        QVERIFY2(error.contains(u"currency: \"USA\" (currency record 1) is not an ISO 4217 code"_s),
                 qPrintable(error));
        m_netsuite->setCurrency(u"1"_s, *Model::Currency::fromCode(u"USD"_s));
        const std::optional<QJsonObject> invoice = m_connector->toCanonical(*outcome.record, &error);
        QVERIFY2(invoice, qPrintable(error));
        QCOMPARE(invoice->value(u"id"_s).toString(), u"1215"_s);
        QCOMPARE(money(invoice->value(u"amount_due"_s)), u"1000.00 USD"_s);
        QCOMPARE(invoice->value(u"status"_s).toString(), u"open"_s);
    }

    /// A create with a match key sends it as externalId, after looking it up by eid: — and a
    /// second attempt finds the first one's record instead of creating another.
    void netsuiteCreatesOnceByExternalId()
    {
        QVERIFY(restart());
        const QString key = u"sandbox-shop:customer:42"_s;
        QJsonObject expected = requestBody(u"customer-create.json"_s);
        expected.insert(u"externalId"_s, key);
        // NetSuite's 404 for an unknown external id: hand-written in the documented error shape.
        const QJsonObject notFound{
            {u"title"_s, u"Not Found"_s},
            {u"status"_s, 404},
            {u"o:errorDetails"_s, QJsonArray{QJsonObject{{u"o:errorCode"_s, u"NONEXISTENT_ID"_s}}}}};
        m_server->script.append(Step{"GET", u"customer/eid:"_s + key, {}, std::nullopt, 404, notFound});
        m_server->script.append(Step{"POST",
                                     u"customer"_s,
                                     {},
                                     expected,
                                     204,
                                     std::nullopt,
                                     locationOf(response(u"customer-create.json"_s))});
        m_server->script.append(Step{"GET", u"customer/647"_s, {}, std::nullopt, 200, customer647(key)});
        Connectors::WriteRequest request;
        request.object = u"customer"_s;
        request.payload = requestBody(u"customer-create.json"_s);
        request.matchKey = key;
        const Connectors::WriteOutcome first = m_connector->write(request);
        QVERIFY2(first.ok(), qPrintable(messageOf(first.failure) + u'\n' + allErrors()));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QCOMPARE(first.record->id, u"647"_s);
        QCOMPARE(first.record->matchKey, key);
        QCOMPARE(m_connector->payloadMatchKey(u"customer"_s, expected), key);

        m_server->script.append(
            Step{"GET", u"customer/eid:"_s + key, {}, std::nullopt, 200, customer647(key)});
        const Connectors::WriteOutcome again = m_connector->write(request);
        QVERIFY2(again.ok(), qPrintable(messageOf(again.failure) + u'\n' + allErrors()));
        QVERIFY(again.alreadyExisted);
        QCOMPARE(again.record->id, u"647"_s);
        QCOMPARE(again.exchanges.size(), 1); // no second POST
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QVERIFY(m_server->script.isEmpty());

        QString error;
        const std::optional<QJsonObject> customer = m_connector->toCanonical(*again.record, &error);
        QVERIFY2(customer, qPrintable(error));
        QCOMPARE(customer->value(u"company"_s).toString(), u"My Company"_s);
    }

    /// An update is a PATCH (204), then a read.
    void netsuiteUpdatesWithPatch()
    {
        QVERIFY(restart());
        const QJsonObject change{{u"companyName"_s, u"My Company"_s}};
        m_server->script.append(Step{"PATCH", u"customer/647"_s, {}, change, 204, std::nullopt});
        m_server->script.append(Step{"GET", u"customer/647"_s, {}, std::nullopt, 200, customer647(u"x"_s)});
        Connectors::WriteRequest request;
        request.object = u"customer"_s;
        request.payload = change;
        request.existingId = u"647"_s;
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure) + u'\n' + allErrors()));
        QCOMPARE(outcome.record->id, u"647"_s);
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
    }

    /// "Getting a Record Instance": the documented customer 107 (its id from links rel "self").
    void netsuiteReadsTheDocumentedCustomer()
    {
        QVERIFY(restart());
        m_server->script.append(
            Step{"GET", u"customer/107"_s, {}, std::nullopt, 200, responseBody(u"customer-get.json"_s)});
        const Connectors::ReadOne read = m_connector->readById(u"customer"_s, u"107"_s);
        QVERIFY2(read.record && !read.failure, qPrintable(messageOf(read.failure) + u'\n' + allErrors()));
        QCOMPARE(read.record->id, u"107"_s);
        QString error;
        const std::optional<QJsonObject> customer = m_connector->toCanonical(*read.record, &error);
        QVERIFY2(customer, qPrintable(error));
        QCOMPARE(customer->value(u"id"_s).toString(), u"107"_s);

        // Not an id at all: nothing is sent.
        const Connectors::ReadOne bad = m_connector->readById(u"customer"_s, u"../employee"_s);
        QCOMPARE(messageOf(bad.failure), u"\"../employee\" is not a NetSuite customer id."_s);
        QCOMPARE(m_server->requests, 1);
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
    }

    /// A polling page is one SuiteQL query for the ids (oldest first), then one read each; records
    /// modified before the cursor are dropped, and the `next` link gives the next offset.
    void netsuitePagesWithSuiteQl()
    {
        QVERIFY(restart());
        const QDateTime since(QDate(2019, 1, 4), QTime(8, 0), QTimeZone::utc());
        const QString suiteQl = u"/services/rest/query/v1/suiteql"_s;
        const QJsonObject customers{{u"q"_s, NetSuiteConnector::suiteQlQuery(u"customer"_s, since)}};
        QCOMPARE(customers.value(u"q"_s).toString(),
                 u"SELECT id FROM customer WHERE lastmodifieddate >= TO_DATE('2019-01-03', 'YYYY-MM-DD') "
                 "ORDER BY lastmodifieddate, id"_s);
        // Hand-written: the ids of the documented customers as SuiteQL rows, in the envelope of
        // suiteql-query.json.
        QJsonArray rows;
        for (const QString &id : {u"107"_s, u"41"_s, u"90"_s})
            rows.append(QJsonObject{{u"links"_s, QJsonArray{}}, {u"id"_s, id}});
        const QJsonObject answer{{u"links"_s, QJsonArray{}}, {u"count"_s, 3},  {u"hasMore"_s, false},
                                 {u"items"_s, rows},         {u"offset"_s, 0}, {u"totalResults"_s, 3}};
        m_server->script.append(Step{"POST", suiteQl, u"limit=1000&offset=0"_s, customers, 200, answer});
        m_server->script.append(
            Step{"GET", u"customer/107"_s, {}, std::nullopt, 200, responseBody(u"customer-get.json"_s)});
        // Hand-written customers 41 and 90: one modified before the cursor (on the same day).
        QJsonObject earlier = customer647(u"c41"_s);
        earlier.insert(u"id"_s, u"41"_s);
        earlier.insert(u"lastModifiedDate"_s, u"2019-01-04T07:59:59Z"_s);
        QJsonObject later = customer647(u"c90"_s);
        later.insert(u"id"_s, u"90"_s);
        m_server->script.append(Step{"GET", u"customer/41"_s, {}, std::nullopt, 200, earlier});
        m_server->script.append(Step{"GET", u"customer/90"_s, {}, std::nullopt, 200, later});
        const Connectors::ReadPage page = m_connector->readPage(u"customer"_s, {since, {}}, 5000);
        QVERIFY2(!page.failure, qPrintable(messageOf(page.failure) + u'\n' + allErrors()));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QCOMPARE(page.records.size(), 2);
        QCOMPARE(page.records.at(0).id, u"107"_s); // no lastModifiedDate in the shortened example
        QCOMPARE(page.records.at(1).id, u"90"_s);
        QVERIFY(page.nextPageToken.isEmpty()); // neither hasMore nor a "next" link
        QCOMPARE(page.exchanges.size(), 4);
        QVERIFY(page.exchanges.first().request.isRead());

        // "Collection Paging": the documented page of two with its `next` link (offset=2), as the
        // answer to the second page of invoices, whose record is read with its sublists.
        const QJsonObject invoices{{u"q"_s, NetSuiteConnector::suiteQlQuery(u"invoice"_s, {})}};
        QJsonObject paged = responseBody(u"collection-paging.json"_s);
        QJsonObject row = paged.value(u"items"_s).toArray().first().toObject();
        row.insert(u"id"_s, u"1215"_s); // the invoice of invoice-get.json
        paged.insert(u"items"_s, QJsonArray{row});
        m_server->script.append(Step{"POST", suiteQl, u"limit=2&offset=0"_s, invoices, 200, paged});
        m_server->script.append(Step{"GET", u"invoice/1215"_s, u"expandSubResources=true"_s, std::nullopt,
                                     200, responseBody(u"invoice-get.json"_s)});
        const Connectors::ReadPage first = m_connector->readPage(u"invoice"_s, {}, 2);
        QVERIFY2(!first.failure, qPrintable(messageOf(first.failure) + u'\n' + allErrors()));
        QCOMPARE(first.records.size(), 1);
        QCOMPARE(first.records.first().id, u"1215"_s); // from the document's links rel "self"
        QCOMPARE(first.nextPageToken, u"2"_s);

        // Hand-written: the last page, hasMore false; a row without an id is refused.
        const QJsonObject last{
            {u"links"_s, QJsonArray{}}, {u"count"_s, 1},
            {u"hasMore"_s, false},      {u"items"_s, QJsonArray{QJsonObject{{u"links"_s, QJsonArray{}}}}},
            {u"offset"_s, 2},           {u"totalResults"_s, 3}};
        m_server->script.append(Step{"POST", suiteQl, u"limit=2&offset=2"_s, invoices, 200, last});
        const Connectors::ReadPage broken = m_connector->readPage(u"invoice"_s, {{}, u"2"_s}, 2);
        QCOMPARE(messageOf(broken.failure),
                 u"The SuiteQL query of invoice answered a row without a record id."_s);
        QVERIFY(broken.records.isEmpty());
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QVERIFY(m_server->script.isEmpty());

        // A SuiteQL error in the documented error shape (hand-written body) fails the page.
        const QJsonObject invalid{{u"title"_s, u"Bad Request"_s},
                                  {u"status"_s, 400},
                                  {u"o:errorDetails"_s,
                                   QJsonArray{QJsonObject{{u"detail"_s, u"Invalid search query."_s},
                                                          {u"o:errorCode"_s, u"INVALID_PARAMETER"_s}}}}};
        m_server->script.append(Step{"POST", suiteQl, u"limit=2&offset=0"_s, invoices, 400, invalid});
        const Connectors::ReadPage refused = m_connector->readPage(u"invoice"_s, {}, 2);
        QVERIFY(refused.failure);
        QCOMPARE(refused.failure->outcome.httpStatus, 400);
        QVERIFY2(refused.failure->message.contains(u"Invalid search query. (INVALID_PARAMETER)"_s),
                 qPrintable(refused.failure->message));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
    }

    /// The ids a store cannot know: the customer found by e-mail with SuiteQL, else created once
    /// (by its externalId), the lines' items by SKU (itemId) in one query; remembered afterwards. A
    /// payment takes the customer of the invoice it applies to. Every body hand-written in the
    /// shapes of the documented ones.
    void netsuiteResolvesCustomersAndItems()
    {
        QVERIFY(restart());
        const QString suiteQl = u"/services/rest/query/v1/suiteql"_s;
        const auto rows = [](const QJsonArray &items) {
            return QJsonObject{{u"links"_s, QJsonArray{}}, {u"count"_s, items.size()},
                               {u"hasMore"_s, false},      {u"items"_s, items},
                               {u"offset"_s, 0},           {u"totalResults"_s, items.size()}};
        };
        const QJsonObject notFound{
            {u"title"_s, u"Not Found"_s},
            {u"status"_s, 404},
            {u"o:errorDetails"_s, QJsonArray{QJsonObject{{u"o:errorCode"_s, u"NONEXISTENT_ID"_s}}}}};
        const auto line = [](const QString &sku, int quantity, double rate) {
            return QJsonObject{
                {u"item"_s, QJsonObject{{u"refName"_s, sku}}}, {u"quantity"_s, quantity}, {u"rate"_s, rate}};
        };
        const auto resolvedLine = [](const QString &id, int quantity, double rate) {
            return QJsonObject{
                {u"item"_s, QJsonObject{{u"id"_s, id}}}, {u"quantity"_s, quantity}, {u"rate"_s, rate}};
        };
        Connectors::WriteRequest request;
        request.object = u"invoice"_s;
        request.matchKey = u"1001"_s;
        request.payload = QJsonObject{
            {u"entity"_s, QJsonObject{{u"refName"_s, u"Jane O'Neil"_s}}},
            {u"email"_s, u"Jane@Example.com"_s},
            {u"otherRefNum"_s, u"#1001"_s},
            {u"item"_s,
             QJsonObject{{u"items"_s, QJsonArray{line(u"MUG-01"_s, 2, 19.99), line(u"BAG"_s, 1, 0.05)}}}}};
        request.payloadJson = QJsonDocument(request.payload).toJson(QJsonDocument::Compact);

        m_server->script.append(Step{"POST", suiteQl, u"limit=1&offset=0"_s,
                                     QJsonObject{{u"q"_s,
                                                  u"SELECT id FROM customer WHERE LOWER(email) = "
                                                  "'jane@example.com' ORDER BY id"_s}},
                                     200, rows({})});
        const QString customerKey = u"email:jane@example.com"_s;
        m_server->script.append(
            Step{"GET", u"customer/eid:"_s + customerKey, {}, std::nullopt, 404, notFound});
        const QJsonObject newCustomer{{u"externalId"_s, customerKey},
                                      {u"isPerson"_s, false},
                                      {u"companyName"_s, u"Jane O'Neil"_s},
                                      {u"email"_s, u"Jane@Example.com"_s}};
        m_server->script.append(Step{"POST",
                                     u"customer"_s,
                                     {},
                                     newCustomer,
                                     204,
                                     std::nullopt,
                                     locationOf(response(u"customer-create.json"_s))});
        m_server->script.append(
            Step{"GET", u"customer/647"_s, {}, std::nullopt, 200, customer647(customerKey)});
        m_server->script.append(Step{
            "POST", suiteQl, u"limit=1000&offset=0"_s,
            QJsonObject{
                {u"q"_s, u"SELECT id, itemid FROM item WHERE itemid IN ('MUG-01', 'BAG') ORDER BY id"_s}},
            200,
            rows({QJsonObject{{u"links"_s, QJsonArray{}}, {u"id"_s, u"144"_s}, {u"itemid"_s, u"MUG-01"_s}},
                  QJsonObject{{u"links"_s, QJsonArray{}}, {u"id"_s, u"145"_s}, {u"itemid"_s, u"BAG"_s}}})});
        m_server->script.append(
            Step{"GET", u"invoice/eid:1001"_s, u"expandSubResources=true"_s, std::nullopt, 404, notFound});
        const QJsonObject sent{
            {u"entity"_s, QJsonObject{{u"id"_s, u"647"_s}}},
            {u"email"_s, u"Jane@Example.com"_s},
            {u"otherRefNum"_s, u"#1001"_s},
            {u"externalId"_s, u"1001"_s},
            {u"item"_s,
             QJsonObject{{u"items"_s,
                          QJsonArray{resolvedLine(u"144"_s, 2, 19.99), resolvedLine(u"145"_s, 1, 0.05)}}}}};
        m_server->script.append(Step{"POST",
                                     u"invoice"_s,
                                     {},
                                     sent,
                                     204,
                                     std::nullopt,
                                     "Location: /services/rest/record/v1/invoice/1216\r\n"});
        const QJsonObject invoice1216{{u"id"_s, u"1216"_s},
                                      {u"externalId"_s, u"1001"_s},
                                      {u"entity"_s, QJsonObject{{u"id"_s, u"647"_s}}},
                                      {u"lastModifiedDate"_s, u"2024-05-02T10:00:00Z"_s}};
        m_server->script.append(
            Step{"GET", u"invoice/1216"_s, u"expandSubResources=true"_s, std::nullopt, 200, invoice1216});
        const Connectors::WriteOutcome first = m_connector->write(request);
        QVERIFY2(first.ok(), qPrintable(messageOf(first.failure) + u'\n' + allErrors()));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QVERIFY(m_server->script.isEmpty());
        QCOMPARE(first.record->id, u"1216"_s);
        QCOMPARE(first.exchanges.size(), 8); // every look-up is audited with the write

        // The next order of the same customer and items: no look-up but its own external id.
        request.matchKey = u"1002"_s;
        request.payload.insert(u"otherRefNum"_s, u"#1002"_s);
        QJsonObject second = sent;
        second.insert(u"otherRefNum"_s, u"#1002"_s);
        second.insert(u"externalId"_s, u"1002"_s);
        m_server->script.append(
            Step{"GET", u"invoice/eid:1002"_s, u"expandSubResources=true"_s, std::nullopt, 404, notFound});
        m_server->script.append(Step{"POST",
                                     u"invoice"_s,
                                     {},
                                     second,
                                     204,
                                     std::nullopt,
                                     "Location: /services/rest/record/v1/invoice/1217\r\n"});
        QJsonObject invoice1217 = invoice1216;
        invoice1217.insert(u"id"_s, u"1217"_s);
        m_server->script.append(
            Step{"GET", u"invoice/1217"_s, u"expandSubResources=true"_s, std::nullopt, 200, invoice1217});
        const Connectors::WriteOutcome again = m_connector->write(request);
        QVERIFY2(again.ok(), qPrintable(messageOf(again.failure) + u'\n' + allErrors()));
        QCOMPARE(again.exchanges.size(), 3);
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));

        // An unknown SKU is refused, naming it, and nothing is written.
        request.matchKey = u"1003"_s;
        request.payload.insert(
            u"item"_s,
            QJsonObject{{u"items"_s, QJsonArray{line(u"MUG-01"_s, 1, 19.99), line(u"NO-SUCH"_s, 1, 1.0)}}});
        m_server->script.append(Step{
            "POST", suiteQl, u"limit=1000&offset=0"_s,
            QJsonObject{{u"q"_s, u"SELECT id, itemid FROM item WHERE itemid IN ('NO-SUCH') ORDER BY id"_s}},
            200, rows({})});
        const Connectors::WriteOutcome unknown = m_connector->write(request);
        QCOMPARE(messageOf(unknown.failure),
                 u"NetSuite has no item whose name/number (itemId) is \"NO-SUCH\" (line 2)"_s);
        QCOMPARE(unknown.failure->outcome.kind, Engine::AttemptOutcome::Kind::Validation);
        QVERIFY(m_server->script.isEmpty());
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));

        // A payment applied to invoice 1216 is the payment of that invoice's customer.
        Connectors::WriteRequest payment;
        payment.object = u"customerPayment"_s;
        payment.matchKey = u"5001"_s;
        payment.payload =
            QJsonObject{{u"payment"_s, 39.98},
                        {u"apply"_s,
                         QJsonObject{{u"items"_s,
                                      QJsonArray{QJsonObject{{u"doc"_s, QJsonObject{{u"id"_s, u"1216"_s}}},
                                                             {u"apply"_s, true},
                                                             {u"amount"_s, 39.98}}}}}}};
        m_server->script.append(
            Step{"GET", u"invoice/1216"_s, u"expandSubResources=true"_s, std::nullopt, 200, invoice1216});
        m_server->script.append(Step{"GET", u"customerPayment/eid:5001"_s, u"expandSubResources=true"_s,
                                     std::nullopt, 404, notFound});
        QJsonObject paid = payment.payload;
        paid.insert(u"customer"_s, QJsonObject{{u"id"_s, u"647"_s}});
        paid.insert(u"externalId"_s, u"5001"_s);
        m_server->script.append(Step{"POST",
                                     u"customerPayment"_s,
                                     {},
                                     paid,
                                     204,
                                     std::nullopt,
                                     "Location: /services/rest/record/v1/customerPayment/1300\r\n"});
        const QJsonObject payment1300{{u"id"_s, u"1300"_s}, {u"externalId"_s, u"5001"_s}};
        m_server->script.append(Step{"GET", u"customerPayment/1300"_s, u"expandSubResources=true"_s,
                                     std::nullopt, 200, payment1300});
        const Connectors::WriteOutcome paidOutcome = m_connector->write(payment);
        QVERIFY2(paidOutcome.ok(), qPrintable(messageOf(paidOutcome.failure) + u'\n' + allErrors()));
        QCOMPARE(paidOutcome.record->id, u"1300"_s);
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QVERIFY(m_server->script.isEmpty());

        // A customer created meanwhile by a parallel write: NetSuite refuses the second create of
        // its external id (hand-written error in the documented shape), and the connector takes
        // the one it finds by it.
        Connectors::WriteRequest raced;
        raced.object = u"creditMemo"_s;
        raced.matchKey = u"7001"_s;
        raced.payload =
            QJsonObject{{u"entity"_s, QJsonObject{{u"refName"_s, u"Bo Berg"_s}}},
                        {u"email"_s, u"bo@example.se"_s},
                        {u"item"_s, QJsonObject{{u"items"_s, QJsonArray{line(u"BAG"_s, 1, 0.05)}}}}};
        m_server->script.append(Step{"POST", suiteQl, u"limit=1&offset=0"_s,
                                     QJsonObject{{u"q"_s,
                                                  u"SELECT id FROM customer WHERE LOWER(email) = "
                                                  "'bo@example.se' ORDER BY id"_s}},
                                     200, rows({})});
        const QString boKey = u"email:bo@example.se"_s;
        m_server->script.append(Step{"GET", u"customer/eid:"_s + boKey, {}, std::nullopt, 404, notFound});
        const QJsonObject duplicate{
            {u"title"_s, u"Bad Request"_s},
            {u"status"_s, 400},
            {u"o:errorDetails"_s,
             QJsonArray{QJsonObject{{u"detail"_s, u"A record with this external ID already exists."_s},
                                    {u"o:errorCode"_s, u"DUP_RECORD"_s}}}}};
        m_server->script.append(Step{"POST",
                                     u"customer"_s,
                                     {},
                                     QJsonObject{{u"externalId"_s, boKey},
                                                 {u"isPerson"_s, false},
                                                 {u"companyName"_s, u"Bo Berg"_s},
                                                 {u"email"_s, u"bo@example.se"_s}},
                                     400,
                                     duplicate});
        QJsonObject bo = customer647(boKey);
        bo.insert(u"id"_s, u"648"_s);
        m_server->script.append(Step{"GET", u"customer/eid:"_s + boKey, {}, std::nullopt, 200, bo});
        m_server->script.append(
            Step{"GET", u"creditMemo/eid:7001"_s, u"expandSubResources=true"_s, std::nullopt, 404, notFound});
        m_server->script.append(Step{
            "POST",
            u"creditMemo"_s,
            {},
            QJsonObject{{u"entity"_s, QJsonObject{{u"id"_s, u"648"_s}}},
                        {u"email"_s, u"bo@example.se"_s},
                        {u"externalId"_s, u"7001"_s},
                        {u"item"_s, QJsonObject{{u"items"_s, QJsonArray{resolvedLine(u"145"_s, 1, 0.05)}}}}},
            204,
            std::nullopt,
            "Location: /services/rest/record/v1/creditMemo/1400\r\n"});
        m_server->script.append(Step{"GET", u"creditMemo/1400"_s, u"expandSubResources=true"_s, std::nullopt,
                                     200, QJsonObject{{u"id"_s, u"1400"_s}, {u"externalId"_s, u"7001"_s}}});
        const Connectors::WriteOutcome memo = m_connector->write(raced);
        QVERIFY2(memo.ok(), qPrintable(messageOf(memo.failure) + u'\n' + allErrors()));
        QCOMPARE(memo.record->id, u"1400"_s);
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QVERIFY(m_server->script.isEmpty());

        // Neither a customer id nor an invoice: refused before any request.
        payment.payload.remove(u"apply"_s);
        QVERIFY2(
            messageOf(m_connector->write(payment).failure).startsWith(u"the payment names no customer"_s),
            qPrintable(messageOf(m_connector->write(payment).failure)));
        QCOMPARE(NetSuiteConnector::suiteQlLiteral(u"O'Neil"_s), u"'O''Neil'"_s);
    }

    /// "Error Handling in REST Web Services": the documented invalid body and its o:errorDetails,
    /// the invalid login (401), and the concurrency limit (transient).
    void netsuiteExplainsTheDocumentedErrors()
    {
        QVERIFY(restart());
        m_server->script.append(Step{"POST",
                                     u"salesOrder"_s,
                                     {},
                                     requestBody(u"error-invalid-content.json"_s),
                                     400,
                                     responseBody(u"error-invalid-content.json"_s)});
        Connectors::WriteRequest request;
        request.object = u"salesOrder"_s;
        request.payload = requestBody(u"error-invalid-content.json"_s);
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY(outcome.failure);
        QCOMPARE(
            outcome.failure->message,
            u"POST salesOrder failed with HTTP 400: Bad Request: Error while accessing resource: You have "
            "entered an Invalid Field Value 9999 for the following field: item (INVALID_CONTENT) [at "
            "item.items[0].item]"_s);
        QCOMPARE(outcome.failure->outcome.kind, Engine::AttemptOutcome::Kind::Http);
        QCOMPARE(outcome.failure->outcome.httpStatus, 400);

        m_server->script.append(Step{
            "GET", u"customer/107"_s, {}, std::nullopt, 401, responseBody(u"error-invalid-login.json"_s)});
        const Connectors::ReadOne login = m_connector->readById(u"customer"_s, u"107"_s);
        QVERIFY(login.failure);
        QVERIFY2(login.failure->message.startsWith(
                     u"GET customer/107: NetSuite refused the token-based "
                     "authentication (HTTP 401: Unauthorized: Invalid login attempt."_s),
                 qPrintable(login.failure->message));
        QVERIFY(login.failure->message.contains(u"(INVALID_LOGIN)"_s));
        QVERIFY(login.failure->message.contains(account));

        // Hand-written: the account's concurrency limit, in the documented error shape.
        const QJsonObject busy{
            {u"title"_s, u"Bad Request"_s},
            {u"status"_s, 400},
            {u"o:errorDetails"_s,
             QJsonArray{QJsonObject{{u"detail"_s, u"Concurrent request limit exceeded."_s},
                                    {u"o:errorCode"_s, u"CONCURRENCY_LIMIT_EXCEEDED"_s}}}}};
        m_server->script.append(Step{"GET", u"customer/107"_s, {}, std::nullopt, 400, busy});
        const Connectors::ReadOne limited = m_connector->readById(u"customer"_s, u"107"_s);
        QVERIFY(limited.failure);
        QCOMPARE(limited.failure->outcome.httpStatus, 429);
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));

        QCOMPARE(Connectors::NetSuite::errorCode(QJsonDocument(busy).toJson()),
                 u"CONCURRENCY_LIMIT_EXCEEDED"_s);
    }

    void netsuiteChecksTheConnection()
    {
        QVERIFY(restart());
        m_server->script.append(Step{"GET", u"customer"_s, u"limit=1"_s, std::nullopt, 200,
                                     responseBody(u"customer-list.json"_s)});
        const Connectors::ConnectionCheck ok = m_connector->checkConnection();
        QVERIFY2(ok.ok(), qPrintable(ok.message + u'\n' + allErrors()));
        m_server->script.append(Step{"GET", u"customer"_s, u"limit=1"_s, std::nullopt, 401,
                                     responseBody(u"error-invalid-login.json"_s)});
        const Connectors::ConnectionCheck refused = m_connector->checkConnection();
        QVERIFY(refused.reachable && !refused.authenticated);
        QVERIFY2(refused.message.contains(u"INVALID_LOGIN"_s), qPrintable(refused.message));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
    }

    /// Hand-written invoice in the shape of the REST API Browser's invoice record (expanded item
    /// sublist), to the cent: 3 × 19.99 + 0.05 = 60.02, tax 4.80, total 64.82.
    void netsuiteConvertsAnInvoiceToTheCent()
    {
        const QJsonObject document{
            {u"id"_s, u"1216"_s},
            {u"tranId"_s, u"INV1216"_s},
            {u"tranDate"_s, u"2024-05-02"_s},
            {u"dueDate"_s, u"2024-06-01"_s},
            {u"entity"_s, QJsonObject{{u"id"_s, u"220"_s}, {u"refName"_s, u"Dwight Schrute"_s}}},
            {u"currency"_s, QJsonObject{{u"id"_s, u"2"_s}, {u"refName"_s, u"EUR"_s}}},
            {u"status"_s, QJsonObject{{u"id"_s, u"A"_s}, {u"refName"_s, u"Open"_s}}},
            {u"subtotal"_s, 60.02},
            {u"taxTotal"_s, 4.8},
            {u"total"_s, 64.82},
            {u"amountRemaining"_s, 64.82},
            {u"lastModifiedDate"_s, u"2024-05-02T10:00:00Z"_s},
            {u"item"_s,
             QJsonObject{
                 {u"items"_s,
                  QJsonArray{
                      QJsonObject{{u"line"_s, 1},
                                  {u"item"_s, QJsonObject{{u"id"_s, u"144"_s}, {u"refName"_s, u"MUG-01"_s}}},
                                  {u"description"_s, u"Mug"_s},
                                  {u"quantity"_s, 3},
                                  {u"rate"_s, 19.99},
                                  {u"amount"_s, 59.97}},
                      QJsonObject{{u"line"_s, 2},
                                  {u"item"_s, QJsonObject{{u"id"_s, u"145"_s}, {u"refName"_s, u"BAG"_s}}},
                                  {u"quantity"_s, 1},
                                  {u"rate"_s, 0.05},
                                  {u"amount"_s, 0.05}}}}}}};
        QString error;
        const std::optional<Connectors::VendorRecord> record =
            Connectors::NetSuite::vendorRecord(u"invoice"_s, document, &error);
        QVERIFY2(record, qPrintable(error));
        const std::optional<QJsonObject> invoice =
            Connectors::NetSuite::toCanonical(*record, {}, Model::Currency(), &error);
        QVERIFY2(invoice, qPrintable(error));
        QCOMPARE(invoice->value(u"number"_s).toString(), u"INV1216"_s);
        QCOMPARE(invoice->value(u"customer_id"_s).toString(), u"220"_s);
        QCOMPARE(money(invoice->value(u"subtotal"_s)), u"60.02 EUR"_s);
        QCOMPARE(money(invoice->value(u"tax_total"_s)), u"4.80 EUR"_s);
        QCOMPARE(money(invoice->value(u"total"_s)), u"64.82 EUR"_s);
        QCOMPARE(money(invoice->value(u"amount_due"_s)), u"64.82 EUR"_s);
        const QJsonArray lines = invoice->value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).toObject().value(u"sku"_s).toString(), u"MUG-01"_s);
        QCOMPARE(lines.at(0).toObject().value(u"quantity"_s).toString(), u"3"_s);
        QCOMPARE(money(lines.at(0).toObject().value(u"unit_price"_s)), u"19.99 EUR"_s);
        QCOMPARE(money(lines.at(0).toObject().value(u"total"_s)), u"59.97 EUR"_s);
        QCOMPARE(money(lines.at(1).toObject().value(u"total"_s)), u"0.05 EUR"_s);

        // A rate finer than the currency (a unit price without tax, 22.69 / 2) is rounded half-up
        // for the canonical unit price; the line's amount stays exact.
        QJsonObject finer = document;
        QJsonObject item = finer.value(u"item"_s).toObject();
        QJsonArray items = item.value(u"items"_s).toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(u"quantity"_s, 2);
        first.insert(u"rate"_s, 11.345);
        first.insert(u"amount"_s, 22.69);
        items.replace(0, first);
        item.insert(u"items"_s, items);
        finer.insert(u"item"_s, item);
        const std::optional<Connectors::VendorRecord> fine =
            Connectors::NetSuite::vendorRecord(u"invoice"_s, finer);
        QVERIFY(fine);
        const std::optional<QJsonObject> rounded =
            Connectors::NetSuite::toCanonical(*fine, {}, Model::Currency(), &error);
        QVERIFY2(rounded, qPrintable(error));
        const QJsonObject mug = rounded->value(u"lines"_s).toArray().first().toObject();
        QCOMPARE(money(mug.value(u"unit_price"_s)), u"11.35 EUR"_s);
        QCOMPARE(money(mug.value(u"total"_s)), u"22.69 EUR"_s);
        // An amount with more decimals than the currency has is an error naming the path.
        first.insert(u"amount"_s, 22.695);
        items.replace(0, first);
        item.insert(u"items"_s, items);
        finer.insert(u"item"_s, item);
        QVERIFY(!Connectors::NetSuite::toCanonical(*Connectors::NetSuite::vendorRecord(u"invoice"_s, finer),
                                                   {}, Model::Currency(), &error));
        QVERIFY2(error.contains(u"item.items[0].amount"_s), qPrintable(error));
    }

    /// Hand-written item, payment and credit memo in the REST API Browser's shapes.
    void netsuiteConvertsItemsPaymentsAndCreditMemos()
    {
        const Model::Currency usd = *Model::Currency::fromCode(u"USD"_s);
        QString error;
        const QJsonObject item{
            {u"id"_s, u"144"_s},          {u"itemId"_s, u"MUG-01"_s},
            {u"displayName"_s, u"Mug"_s}, {u"upcCode"_s, u"0123456789012"_s},
            {u"isInactive"_s, false},     {u"lastModifiedDate"_s, u"2024-05-02T10:00:00Z"_s}};
        const std::optional<QJsonObject> product = Connectors::NetSuite::toCanonical(
            *Connectors::NetSuite::vendorRecord(u"inventoryItem"_s, item), {}, usd, &error);
        QVERIFY2(product, qPrintable(error));
        const QJsonObject variant = product->value(u"variants"_s).toArray().first().toObject();
        QCOMPARE(variant.value(u"sku"_s).toString(), u"MUG-01"_s);
        QCOMPARE(product->value(u"status"_s).toString(), u"active"_s);

        const QJsonObject paymentDocument{
            {u"id"_s, u"1300"_s},
            {u"tranId"_s, u"PYMT42"_s},
            {u"tranDate"_s, u"2024-05-03"_s},
            {u"payment"_s, 64.82},
            {u"apply"_s,
             QJsonObject{
                 {u"items"_s,
                  QJsonArray{
                      QJsonObject{{u"apply"_s, false}, {u"doc"_s, QJsonObject{{u"id"_s, u"1215"_s}}}},
                      QJsonObject{{u"apply"_s, true}, {u"doc"_s, QJsonObject{{u"id"_s, u"1216"_s}}}}}}}}};
        // No currency reference: the account's default currency.
        const std::optional<QJsonObject> payment = Connectors::NetSuite::toCanonical(
            *Connectors::NetSuite::vendorRecord(u"customerPayment"_s, paymentDocument), {}, usd, &error);
        QVERIFY2(payment, qPrintable(error));
        QCOMPARE(money(payment->value(u"amount"_s)), u"64.82 USD"_s);
        QCOMPARE(payment->value(u"invoice_id"_s).toString(), u"1216"_s);
        QVERIFY(!Connectors::NetSuite::toCanonical(
            *Connectors::NetSuite::vendorRecord(u"customerPayment"_s, paymentDocument), {}, Model::Currency(),
            &error));
        QVERIFY2(error.contains(u"currency: missing"_s), qPrintable(error));

        const QJsonObject credit{{u"id"_s, u"1400"_s},
                                 {u"tranId"_s, u"CM7"_s},
                                 {u"createdFrom"_s, QJsonObject{{u"id"_s, u"1216"_s}}},
                                 {u"currency"_s, QJsonObject{{u"id"_s, u"1"_s}, {u"refName"_s, u"USA"_s}}},
                                 {u"status"_s, QJsonObject{{u"refName"_s, u"Fully Applied"_s}}},
                                 {u"total"_s, 0.05}};
        const std::optional<QJsonObject> note =
            Connectors::NetSuite::toCanonical(*Connectors::NetSuite::vendorRecord(u"creditMemo"_s, credit),
                                              {{u"1"_s, usd}}, Model::Currency(), &error);
        QVERIFY2(note, qPrintable(error));
        QCOMPARE(note->value(u"invoice_id"_s).toString(), u"1216"_s);
        QCOMPARE(note->value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(money(note->value(u"total"_s)), u"0.05 USD"_s);

        QJsonObject order = credit;
        order.insert(u"entity"_s, QJsonObject{{u"id"_s, u"220"_s}});
        const std::optional<QJsonObject> salesOrder =
            Connectors::NetSuite::toCanonical(*Connectors::NetSuite::vendorRecord(u"salesOrder"_s, order),
                                              {{u"1"_s, usd}}, Model::Currency(), &error);
        QVERIFY2(salesOrder, qPrintable(error));
        QCOMPARE(salesOrder->value(u"number"_s).toString(), u"CM7"_s);
    }

    /// Stock per location (inventoryitem-get-locations.json, reconstructed from the documented
    /// sublist format and the REST API Browser's field names): a polling page of inventory items
    /// (SuiteQL, itemtype InvtPart) reads each item with expandSubResources=true, so that its
    /// `locations` sublist comes inline; NetSuite::inventoryLevels() makes one canonical level per
    /// location from it, exact.
    void netsuiteReadsStockPerLocation()
    {
        QVERIFY(restart());
        const QJsonObject documented = fixture(u"inventoryitem-get-locations.json"_s);
        QCOMPARE(documented.value(u"request"_s).toObject().value(u"path"_s).toString(),
                 u"/services/rest/record/v1/inventoryItem/390?expandSubResources=true"_s);
        const QString suiteQl = u"/services/rest/query/v1/suiteql"_s;
        const QJsonObject items{{u"q"_s, NetSuiteConnector::suiteQlQuery(u"inventoryItem"_s, {})}};
        QCOMPARE(items.value(u"q"_s).toString(),
                 u"SELECT id FROM item WHERE itemtype = 'InvtPart' ORDER BY lastmodifieddate, id"_s);
        // Hand-written: the documented item's id as a SuiteQL row, in the envelope of
        // suiteql-query.json.
        const QJsonObject answer{
            {u"links"_s, QJsonArray{}},
            {u"count"_s, 1},
            {u"hasMore"_s, false},
            {u"items"_s, QJsonArray{QJsonObject{{u"links"_s, QJsonArray{}}, {u"id"_s, u"390"_s}}}},
            {u"offset"_s, 0},
            {u"totalResults"_s, 1}};
        m_server->script.append(Step{"POST", suiteQl, u"limit=50&offset=0"_s, items, 200, answer});
        m_server->script.append(Step{"GET", u"inventoryItem/390"_s, u"expandSubResources=true"_s,
                                     std::nullopt, 200, responseBody(u"inventoryitem-get-locations.json"_s)});
        const Connectors::ReadPage page = m_connector->readPage(u"inventoryItem"_s, {}, 50);
        QVERIFY2(!page.failure, qPrintable(messageOf(page.failure) + u'\n' + allErrors()));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QVERIFY(m_server->script.isEmpty());
        QCOMPARE(m_server->lines,
                 QStringList({u"POST /services/rest/query/v1/suiteql?limit=50&offset=0"_s,
                              u"GET inventoryItem/390?expandSubResources=true"_s}));
        QCOMPARE(page.records.size(), 1);
        const Connectors::VendorRecord &item = page.records.first();
        QCOMPARE(item.id, u"390"_s);
        QCOMPARE(item.updatedAt, QDateTime(QDate(2026, 11, 28), QTime(16, 20), QTimeZone::utc()));

        QString error;
        const QJsonArray levels = Connectors::NetSuite::inventoryLevels(item.document, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(levels.size(), 2);
        const QJsonObject east = levels.at(0).toObject();
        QCOMPARE(east.value(u"sku"_s).toString(), u"testItem"_s);
        QCOMPARE(east.value(u"inventory_item_id"_s).toString(), u"390"_s);
        QCOMPARE(east.value(u"variant_id"_s).toString(), u"390"_s);
        QCOMPARE(east.value(u"location_id"_s).toString(), u"1"_s);
        QCOMPARE(east.value(u"available"_s).toString(), u"22"_s);
        QCOMPARE(east.value(u"updated_at"_s).toString(), u"2026-11-28T16:20:00Z"_s);
        QCOMPARE(levels.at(1).toObject().value(u"location_id"_s).toString(), u"2"_s);
        QCOMPARE(levels.at(1).toObject().value(u"available"_s).toString(), u"7"_s);

        // A line without quantityAvailable: on hand less committed, exact; a location named only
        // by locationId; a line naming no location is refused, naming it.
        QJsonObject document = item.document;
        document.insert(u"locations"_s,
                        QJsonObject{{u"items"_s,
                                     QJsonArray{QJsonObject{{u"locationId"_s, 7},
                                                            {u"quantityOnHand"_s, 60.5},
                                                            {u"quantityCommitted"_s, 0.25}}}}});
        const QJsonArray computed = Connectors::NetSuite::inventoryLevels(document, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(computed.size(), 1);
        QCOMPARE(computed.at(0).toObject().value(u"location_id"_s).toString(), u"7"_s);
        QCOMPARE(computed.at(0).toObject().value(u"available"_s).toString(), u"60.25"_s);
        document.insert(u"locations"_s,
                        QJsonObject{{u"items"_s, QJsonArray{QJsonObject{{u"quantityOnHand"_s, 1}}}}});
        QVERIFY(Connectors::NetSuite::inventoryLevels(document, &error).isEmpty());
        QVERIFY2(error.contains(u"locations.items[0].location"_s), qPrintable(error));
    }

    /// The replay server's signature check bites: a wrong token secret, and a nonce used twice.
    void netsuiteReplayServerRefusesBadSignatures()
    {
        QVERIFY(restart());
        Connectors::ConnectorConfig wrong = config(m_server->url());
        wrong.accessToken = consumerKey + ':' + consumerSecret + ':' + tokenId + ":not-the-secret";
        QString error;
        const std::unique_ptr<Connectors::Connector> connector =
            Connectors::createConnector(wrong, *m_client, &error);
        auto *netsuite = dynamic_cast<NetSuiteConnector *>(connector.get());
        QVERIFY2(netsuite, qPrintable(error));
        netsuite->setSigningClock([] { return fixedTimestamp; });
        netsuite->setNonceSource([]() -> QByteArray { return "nonce1"; });
        m_server->script.append(
            Step{"GET", u"customer/107"_s, {}, std::nullopt, 200, responseBody(u"customer-get.json"_s)});
        QVERIFY(connector->readById(u"customer"_s, u"107"_s).failure);
        QCOMPARE(m_server->errors.size(), 1);
        QVERIFY2(m_server->errors.first().contains(u"signature"_s), qPrintable(allErrors()));

        m_netsuite->setNonceSource([]() -> QByteArray { return "nonce1"; }); // the right secrets
        QVERIFY(m_connector->readById(u"customer"_s, u"107"_s).failure);
        QCOMPARE(m_server->errors.size(), 2);
        QVERIFY2(m_server->errors.last().contains(u"expected a fresh one"_s), qPrintable(allErrors()));
    }

    void netsuiteReadsIdsFromLocation()
    {
        using Connectors::NetSuite::idFromLocation;
        QCOMPARE(idFromLocation(
                     u"https://demo123.suitetalk.api.netsuite.com/services/rest/record/v1/customer/647"_s,
                     u"customer"_s),
                 u"647"_s);
        QCOMPARE(idFromLocation(u"/services/rest/record/v1/invoice/1215/"_s, u"invoice"_s), u"1215"_s);
        QCOMPARE(idFromLocation(u"/services/rest/record/v1/invoice/1215"_s, u"customer"_s), QString());
        QCOMPARE(idFromLocation(u"/services/rest/async/v1/job/123456"_s, u"customer"_s), QString());
        QCOMPARE(idFromLocation(QString(), u"customer"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestNetSuiteConnector)
#include "tst_netsuiteconnector.moc"
