// SapB1Connector over real HTTP through the real Net::HttpClient, against a local server that
// replays SAP Business One Service Layer examples (tests/connectors/fixtures/sapb1/*.json, each
// naming the page it copies and saying plainly what in it is ours). The server holds a script: each
// step names the request the connector must send (method, path under /b1s/v1 or /b1s/v2, decoded
// query, Cookie, Prefer, If-Match, JSON body) and answers with a documented (or, where the fixture
// says so, reconstructed) response. A request that is not the next step's is answered 500 and
// reported, so every test asserts the exact requests. Nothing here ran against a live Service Layer.
#include "connectors/connector.h"
#include "connectors/sapb1/sapb1canonical.h"
#include "connectors/sapb1/sapb1connector.h"
#include "engine/retrypolicy.h"
#include "net/httpclient.h"

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
using Connectors::SapB1Connector;

namespace {

const QByteArray session1 = "ac79876e-1e72-11ed-8000-000c299130e0"; // login.json's SessionId
const QByteArray session2 = "b2c3d4e5-1e72-11ed-8000-000c299130e0"; // ours: the next session
const QByteArray cookie1 = "B1SESSION=" + session1 + "; ROUTEID=.node1";
const QByteArray cookie2 = "B1SESSION=" + session2 + "; ROUTEID=.node1";

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(LEDGERLINK_SOURCE_DIR "/tests/connectors/fixtures/sapb1/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject requestBody(const QString &name)
{
    return fixture(name).value(u"request"_s).toObject().value(u"body"_s).toObject();
}

QJsonObject responseBody(const QString &name)
{
    return fixture(name).value(u"response"_s).toObject().value(u"body"_s).toObject();
}

int responseStatus(const QString &name)
{
    return fixture(name).value(u"response"_s).toObject().value(u"status"_s).toInt();
}

/// The Login answer of login.json with the session's id (the documented one, or ours for the next).
QJsonObject loginAnswer(const QByteArray &session = session1)
{
    QJsonObject body = responseBody(u"login.json"_s);
    body.insert(u"SessionId"_s, QString::fromLatin1(session));
    return body;
}

QByteArray setCookies(const QByteArray &session)
{
    return "Set-Cookie: B1SESSION=" + session + "; HttpOnly\r\nSet-Cookie: ROUTEID=.node1; path=/\r\n";
}

QJsonObject collection(const QJsonArray &rows, const QString &nextKey = {}, const QString &next = {})
{
    QJsonObject body{{u"value"_s, rows}};
    if (!nextKey.isEmpty())
        body.insert(nextKey, next);
    return body;
}

/// One expected request and the answer to it.
struct Step
{
    QByteArray method;
    QString path; ///< under the service root, e.g. "Invoices(123)"
    QString query; ///< decoded query items, "key=value&…"; "" for none
    std::optional<QJsonObject> body; ///< the JSON body the request must carry
    int status = 200;
    std::optional<QJsonObject> reply; ///< nullopt: no body (204)
    QByteArray cookie = {}; ///< the Cookie the request must carry (not checked on Login)
    QString prefer = {};
    QString ifMatch = {};
    QByteArray extraHeaders = {}; ///< response headers, "Name: value\r\n" each
};

class ReplayServer final : public QAbstractHttpServer
{
public:
    explicit ReplayServer(QString root)
        : m_root(std::move(root))
    { }

    QList<Step> script;
    QStringList errors; ///< requests that were not the next step's
    QStringList lines; ///< "METHOD path?decoded query" of every request
    QList<QByteArray> loginBodies; ///< the raw bodies of the Login requests

    bool start()
    {
        m_port = listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(m_root)); }

protected:
    bool handleRequest(const QHttpServerRequest &incoming, QTcpSocket *socket) override
    {
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
        const QString prefix = m_root + u'/';
        const QString path = incoming.url().path();
        QStringList items;
        for (const auto &[key, value] : QUrlQuery(incoming.url()).queryItems(QUrl::FullyDecoded))
            items.append(key + u'=' + value);
        const QString decodedQuery = items.join(u'&');
        const QString relative = path.mid(prefix.size());
        lines.append(QString::fromLatin1(method) + u' ' + relative
                     + (decodedQuery.isEmpty() ? QString() : u'?' + decodedQuery));
        const QJsonObject body = QJsonDocument::fromJson(incoming.body()).object();
        if (relative == u"Login"_s)
            loginBodies.append(incoming.body());

        QString problem;
        if (script.isEmpty()) {
            problem = u"no step left"_s;
        } else {
            const Step &step = script.first();
            if (!path.startsWith(prefix))
                problem = u"path outside the service root: "_s + path;
            else if (incoming.value("Accept") != "application/json")
                problem = u"Accept is not application/json"_s;
            else if (method != step.method || relative != step.path || decodedQuery != step.query)
                problem = u"expected %1 %2?%3"_s.arg(QString::fromLatin1(step.method), step.path, step.query);
            else if (relative != u"Login"_s && incoming.value("Cookie") != step.cookie)
                problem = u"Cookie is \"%1\", expected \"%2\""_s.arg(
                    QString::fromLatin1(incoming.value("Cookie")), QString::fromLatin1(step.cookie));
            else if (QString::fromUtf8(incoming.value("Prefer")) != step.prefer)
                problem = u"Prefer is \"%1\""_s.arg(QString::fromUtf8(incoming.value("Prefer")));
            else if (QString::fromUtf8(incoming.value("If-Match")) != step.ifMatch)
                problem = u"If-Match is \"%1\", expected \"%2\""_s.arg(
                    QString::fromUtf8(incoming.value("If-Match")), step.ifMatch);
            else if (method != "GET" && !incoming.value("Content-Type").startsWith("application/json"))
                problem = u"a write without Content-Type: application/json"_s;
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
    static void write(QTcpSocket *socket, int status, const std::optional<QJsonObject> &reply,
                      const QByteArray &headers)
    {
        const QByteArray body = reply ? QJsonDocument(*reply).toJson(QJsonDocument::Compact) : QByteArray();
        socket->write("HTTP/1.1 " + QByteArray::number(status) + " Status\r\n"
                      + (reply ? QByteArray("Content-Type: application/json\r\n") : QByteArray()) + headers
                      + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QString m_root;
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

/// The Login step: the documented request body (with our credentials), the answer of login.json.
Step loginStep(const QByteArray &session = session1)
{
    return Step{"POST",
                u"Login"_s,
                {},
                QJsonObject{{u"CompanyDB"_s, u"SBODEMOCN"_s},
                            {u"UserName"_s, u"manager"_s},
                            {u"Password"_s, u"pa:ss:word"_s}},
                200,
                loginAnswer(session),
                {},
                {},
                {},
                setCookies(session)};
}

} // namespace

class TestSapB1Connector : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReplayServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Net::HttpClient> m_client;
    std::unique_ptr<Connectors::Connector> m_connector;
    SapB1Connector *m_sap = nullptr;
    QDateTime m_now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::utc());

    /// A fresh server, network manager, client and connector (through createConnector) on
    /// /b1s/<version>, with a fake clock.
    bool restart(const QString &version = u"v2"_s,
                 const Net::WriteGuard &guard = Net::WriteGuard::allowing(true, false))
    {
        m_connector.reset();
        m_client.reset();
        m_server = std::make_unique<ReplayServer>(u"/b1s/"_s + version);
        if (!m_server->start())
            return false;
        m_network = std::make_unique<QNetworkAccessManager>(); // no cookies from an earlier test
        Net::HttpClientOptions options;
        options.rateLimitKey = u"sapb1:test"_s;
        options.side = Net::WriteSide::Erp;
        options.guard = guard;
        options.timeout = 10s;
        m_client = std::make_unique<Net::HttpClient>(*m_network, options);
        Connectors::ConnectorConfig config;
        config.system = u"sapb1"_s;
        config.baseUrl = m_server->url();
        config.account = u"SBODEMOCN"_s;
        config.accessToken = "manager:pa:ss:word"; // the password holds colons: split at the first
        QString error;
        m_connector = Connectors::createConnector(config, *m_client, &error);
        m_sap = dynamic_cast<SapB1Connector *>(m_connector.get());
        if (!m_sap) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_sap->setClock([this] { return m_now; });
        return true;
    }

    QString allErrors() const { return m_server->errors.join(u'\n'); }
    bool scriptDone() const { return m_server->errors.isEmpty() && m_server->script.isEmpty(); }

private slots:
    void initTestCase()
    {
        QVERIFY2(!fixture(u"login.json"_s).isEmpty(), "the SAP Business One fixtures are missing");
    }

    void sapb1IsAKnownSystem()
    {
        QVERIFY(Connectors::connectorSystems().contains(u"sapb1"_s));
        QNetworkAccessManager network;
        Net::HttpClient client(network, Net::HttpClientOptions{});
        Connectors::ConnectorConfig config;
        config.system = u"sapb1"_s;
        config.baseUrl = QUrl(u"https://b1server:50000/b1s/v1"_s);
        config.accessToken = "manager:secret";
        QString error;
        QVERIFY(!Connectors::createConnector(config, client, &error));
        QCOMPARE(error, u"The sapb1 connection has no company database (CompanyDB) (account)."_s);
        config.account = u"SBODEMOCN"_s;
        config.accessToken = "manager";
        QVERIFY(!Connectors::createConnector(config, client, &error));
        QVERIFY2(error.contains(u"\"<UserName>:<Password>\""_s), qPrintable(error));
        config.accessToken = "manager:";
        QVERIFY(!Connectors::createConnector(config, client, &error));
        QVERIFY2(error.contains(u"\"<UserName>:<Password>\""_s), qPrintable(error));
        config.accessToken = "manager:secret";
        config.baseUrl = QUrl(u"https://b1server:50000/"_s);
        QVERIFY(!Connectors::createConnector(config, client, &error));
        QVERIFY2(error.contains(u"/b1s/v1 or /b1s/v2"_s), qPrintable(error));
        config.baseUrl = QUrl(u"https://b1server:50000/b1s/v2/"_s);
        const auto connector = Connectors::createConnector(config, client, &error);
        QVERIFY2(connector, qPrintable(error));
        QVERIFY(dynamic_cast<SapB1Connector *>(connector.get())->isV2());
        QCOMPARE(connector->system(), u"sapb1"_s);
        QCOMPARE(connector->rateLimitProfile().name, u"SAP Business One"_s);
        QCOMPARE(connector->rateLimitProfile().maxConcurrent, 4);
        QVERIFY(!connector->capabilities().idempotencyKeys);
        QCOMPARE(connector->capabilities().readable,
                 (QStringList{u"BusinessPartners"_s, u"Items"_s, u"Orders"_s, u"Invoices"_s,
                              u"IncomingPayments"_s, u"CreditNotes"_s}));
        QCOMPARE(SapB1Connector::stringLiteral(u"O'Brien"_s), u"'O''Brien'"_s);
        QCOMPARE(SapB1Connector::cardCodeFor(u" Ann@Example.com "_s),
                 SapB1Connector::cardCodeFor(u"ann@example.com"_s));
        QCOMPARE(SapB1Connector::cardCodeFor(u"ann@example.com"_s).size(), 15);
        QVERIFY(SapB1Connector::cardCodeFor(u"ann@example.com"_s).startsWith(u'W'));
    }

    /// Login as the documentation shows it (the password split at the first colon), the session
    /// cookies on the next request, and none of the secrets in the exchanges handed back.
    void sapb1LogsInAndSendsTheSessionCookies()
    {
        QVERIFY(restart(u"v1"_s));
        m_server->script.append(loginStep());
        QJsonObject item = responseBody(u"items-list.json"_s).value(u"value"_s).toArray().first().toObject();
        m_server->script.append(
            Step{"GET", u"Items('9990020012002')"_s, {}, std::nullopt, 200, item, cookie1});
        const Connectors::ReadOne read = m_connector->readById(u"Items"_s, u"9990020012002"_s);
        QVERIFY2(read.record && !read.failure, qPrintable(messageOf(read.failure) + allErrors()));
        QVERIFY2(scriptDone(), qPrintable(allErrors()));
        QCOMPARE(read.record->id, u"9990020012002"_s);
        QCOMPARE(read.record->matchKey, u"9990020012002"_s);
        QCOMPARE(read.record->updatedAt, QDateTime(QDate(2022, 4, 29), QTime(19, 32, 42), QTimeZone::utc()));

        // The request sent held the real password; the copies handed back (audit, dead letters) not.
        QCOMPARE(m_server->loginBodies.size(), 1);
        QVERIFY(m_server->loginBodies.first().contains("\"Password\":\"pa:ss:word\""));
        QCOMPARE(read.exchanges.size(), 2);
        const Net::HttpExchange &login = read.exchanges.first();
        QCOMPARE(login.request.method, QByteArray("POST"));
        QVERIFY(login.request.read); // a dry run may log in
        const QJsonObject sent = QJsonDocument::fromJson(login.request.body).object();
        QCOMPARE(sent.value(u"Password"_s).toString(), u"[redacted]"_s);
        QCOMPARE(sent.value(u"UserName"_s).toString(), u"manager"_s);
        QCOMPARE(QJsonDocument::fromJson(login.response.body).object().value(u"SessionId"_s).toString(),
                 u"[redacted]"_s);
        for (const auto &[name, value] : login.response.headers) {
            if (name.compare("Set-Cookie", Qt::CaseInsensitive) == 0)
                QCOMPARE(value, QByteArray("[redacted]"));
        }
        for (const Net::HttpExchange &exchange : read.exchanges) {
            QVERIFY(!exchange.request.body.contains("pa:ss:word"));
            QVERIFY(!exchange.response.body.contains(session1));
            for (const auto &[name, value] : exchange.request.headers)
                QVERIFY2(!value.contains(session1), name.constData());
        }

        // The canonical product of the recorded item; no price (its price list names no currency).
        QString error;
        const std::optional<QJsonObject> product = m_connector->toCanonical(*read.record, &error);
        QVERIFY2(product, qPrintable(error));
        QCOMPARE(product->value(u"title"_s).toString(), u"RENTAS DE BODEGAS NO DEDUCIBLE"_s);
        QCOMPARE(product->value(u"status"_s).toString(), u"active"_s);
        const QJsonObject variant = product->value(u"variants"_s).toArray().first().toObject();
        QCOMPARE(variant.value(u"sku"_s).toString(), u"9990020012002"_s);
        QCOMPARE(variant.value(u"barcode"_s).toString(), u"9990020012002"_s);
        QVERIFY(variant.value(u"price"_s).isNull());
    }

    /// A session that timed out (HTTP 401, "Invalid session"): logged in again once and the request
    /// repeated with the new cookie; ahead of SessionTimeout (30 minutes without a request) the
    /// connector logs in before sending.
    void sapb1RenewsTheSession()
    {
        QVERIFY(restart(u"v1"_s));
        const QJsonObject item =
            responseBody(u"items-list.json"_s).value(u"value"_s).toArray().first().toObject();
        const QString path = u"Items('9990020012002')"_s;
        const QJsonObject invalid{
            {u"error"_s,
             QJsonObject{
                 {u"code"_s, 301},
                 {u"message"_s, QJsonObject{{u"lang"_s, u"en-us"_s}, {u"value"_s, u"Invalid session."_s}}}}}};
        m_server->script.append(loginStep());
        m_server->script.append(Step{"GET", path, {}, std::nullopt, 200, item, cookie1});
        QVERIFY(m_connector->readById(u"Items"_s, u"9990020012002"_s).record);
        // 10 minutes on: the session is still good.
        m_now = m_now.addSecs(10 * 60);
        m_server->script.append(Step{"GET", path, {}, std::nullopt, 401, invalid, cookie1});
        m_server->script.append(loginStep(session2));
        m_server->script.append(Step{"GET", path, {}, std::nullopt, 200, item, cookie2});
        const Connectors::ReadOne again = m_connector->readById(u"Items"_s, u"9990020012002"_s);
        QVERIFY2(again.record && !again.failure, qPrintable(messageOf(again.failure) + allErrors()));
        QCOMPARE(again.exchanges.size(), 3);
        QVERIFY2(scriptDone(), qPrintable(allErrors()));

        // 29 minutes after the last request: within a minute of the timeout, logged in first.
        m_now = m_now.addSecs(29 * 60);
        m_server->script.append(loginStep());
        m_server->script.append(Step{"GET", path, {}, std::nullopt, 200, item, cookie1});
        const Connectors::ReadOne later = m_connector->readById(u"Items"_s, u"9990020012002"_s);
        QVERIFY2(later.record, qPrintable(messageOf(later.failure) + allErrors()));
        QVERIFY2(scriptDone(), qPrintable(allErrors()));
        QCOMPARE(m_server->loginBodies.size(), 3);

        // Expired twice in a row: the second 401 is the answer (no loop), an authentication failure.
        m_server->script.append(Step{"GET", path, {}, std::nullopt, 401, invalid, cookie1});
        m_server->script.append(loginStep(session2));
        m_server->script.append(Step{"GET", path, {}, std::nullopt, 401, invalid, cookie2});
        const Connectors::ReadOne refused = m_connector->readById(u"Items"_s, u"9990020012002"_s);
        QVERIFY(refused.failure);
        QVERIFY(!Engine::RetryPolicy::isTransient(refused.failure->outcome));
        QVERIFY2(refused.failure->message.contains(u"Invalid session. (301)"_s),
                 qPrintable(refused.failure->message));
        QVERIFY2(scriptDone(), qPrintable(allErrors()));
    }

    /// The documented failed login: an authentication failure naming the user and company, nothing
    /// else sent.
    void sapb1ReportsAFailedLogin()
    {
        QVERIFY(restart(u"v1"_s));
        Step step = loginStep();
        step.status = responseStatus(u"login-failed.json"_s);
        step.reply = responseBody(u"login-failed.json"_s);
        step.extraHeaders.clear();
        m_server->script.append(step);
        const Connectors::ReadOne read = m_connector->readById(u"Items"_s, u"i001"_s);
        QVERIFY(read.failure);
        QVERIFY(!Engine::RetryPolicy::isTransient(read.failure->outcome));
        QCOMPARE(read.failure->outcome.httpStatus, 401);
        QVERIFY2(read.failure->message.contains(u"manager"_s)
                     && read.failure->message.contains(u"SBODEMOCN"_s)
                     && read.failure->message.contains(u"Login failed (100000027)"_s),
                 qPrintable(read.failure->message));
        QCOMPARE(read.exchanges.size(), 1);
        QVERIFY2(scriptDone(), qPrintable(allErrors()));

        // A Service Layer that is busy or down: transient, tried again later.
        Step busy = step;
        busy.status = 503;
        busy.reply = QJsonObject{
            {u"error"_s,
             QJsonObject{{u"code"_s, -1},
                         {u"message"_s,
                          QJsonObject{{u"lang"_s, u"en-us"_s}, {u"value"_s, u"Service Unavailable"_s}}}}}};
        m_server->script.append(busy);
        const Connectors::ReadOne unavailable = m_connector->readById(u"Items"_s, u"i001"_s);
        QVERIFY(unavailable.failure);
        QVERIFY(Engine::RetryPolicy::isTransient(unavailable.failure->outcome));
        QCOMPARE(unavailable.failure->outcome.httpStatus, 503);
        QVERIFY2(scriptDone(), qPrintable(allErrors()));

        // The same through "Test connection".
        m_server->script.append(step);
        const Connectors::ConnectionCheck check = m_connector->checkConnection();
        QVERIFY(check.reachable);
        QVERIFY(!check.authenticated);
        QCOMPARE(check.httpStatus, 401);
        QVERIFY(!check.ok());
    }

    void sapb1ChecksTheConnection()
    {
        QVERIFY(restart(u"v2"_s, Net::WriteGuard::readOnly()));
        m_server->script.append(loginStep());
        m_server->script.append(Step{"GET", u"Items"_s, u"$top=1&$select=ItemCode"_s, std::nullopt, 200,
                                     collection({QJsonObject{{u"ItemCode"_s, u"i001"_s}}}), cookie1});
        const Connectors::ConnectionCheck check = m_connector->checkConnection();
        QVERIFY2(check.ok(), qPrintable(check.message + allErrors()));
        QCOMPARE(check.accountName, u"SBODEMOCN"_s);
        QVERIFY(!check.permissionsVerified);
        QVERIFY2(scriptDone(), qPrintable(allErrors()));
        QCOMPARE(m_client->refusedWrites(), 0); // the login passed the read-only guard
    }

    /// SAP's POST Invoices example, after the look-up by NumAtCard and the item check; the
    /// reconstructed answer to the cent; the same write again finds it and creates nothing.
    void sapb1CreatesTheDocumentedInvoiceOnce()
    {
        QVERIFY(restart());
        QJsonObject payload = requestBody(u"invoice-create.json"_s);
        payload.insert(u"NumAtCard"_s, u"1001 O'Brien"_s);
        QJsonObject created = responseBody(u"invoice-create.json"_s);
        created.insert(u"NumAtCard"_s, u"1001 O'Brien"_s);
        const QString lookup = u"$filter=NumAtCard eq '1001 O''Brien'"_s;
        m_server->script.append(loginStep());
        m_server->script.append(
            Step{"GET", u"Invoices"_s, lookup, std::nullopt, 200, collection({}), cookie1});
        m_server->script.append(Step{"GET", u"Items('i001')"_s, u"$select=ItemCode"_s, std::nullopt, 200,
                                     QJsonObject{{u"ItemCode"_s, u"i001"_s}}, cookie1});
        m_server->script.append(Step{"POST", u"Invoices"_s, {}, payload, 201, created, cookie1});
        Connectors::WriteRequest request;
        request.object = u"Invoices"_s;
        request.payload = payload;
        request.idempotencyKey = u"sandbox-shop:order:1001:create"_s;
        request.matchKey = m_connector->payloadMatchKey(u"Invoices"_s, payload);
        QCOMPARE(request.matchKey, u"1001 O'Brien"_s);
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure) + allErrors()));
        QVERIFY2(scriptDone(), qPrintable(allErrors()));
        QVERIFY(!outcome.alreadyExisted);
        QCOMPARE(outcome.record->id, u"123"_s);
        QCOMPARE(outcome.exchanges.size(), 4);
        QCOMPARE(outcome.exchanges.last().request.idempotencyKey, u"sandbox-shop:order:1001:create"_s);

        QString error;
        const std::optional<QJsonObject> invoice = m_connector->toCanonical(*outcome.record, &error);
        QVERIFY2(invoice, qPrintable(error));
        QCOMPARE(invoice->value(u"number"_s).toString(), u"1001"_s);
        QCOMPARE(invoice->value(u"customer_id"_s).toString(), u"c001"_s);
        QCOMPARE(money(invoice->value(u"subtotal"_s)), u"3000.00 EUR"_s);
        QCOMPARE(money(invoice->value(u"tax_total"_s)), u"300.00 EUR"_s);
        QCOMPARE(money(invoice->value(u"total"_s)), u"3300.00 EUR"_s);
        QCOMPARE(money(invoice->value(u"amount_due"_s)), u"3300.00 EUR"_s);
        QCOMPARE(invoice->value(u"status"_s).toString(), u"open"_s);
        const QJsonObject line = invoice->value(u"lines"_s).toArray().first().toObject();
        QCOMPARE(line.value(u"sku"_s).toString(), u"i001"_s);
        QCOMPARE(money(line.value(u"unit_price"_s)), u"30.00 EUR"_s);
        QCOMPARE(money(line.value(u"total"_s)), u"3000.00 EUR"_s);

        // Written before (its answer was lost): found by NumAtCard, nothing created.
        m_server->script.append(
            Step{"GET", u"Invoices"_s, lookup, std::nullopt, 200, collection({created}), cookie1});
        const Connectors::WriteOutcome again = m_connector->write(request);
        QVERIFY2(again.ok(), qPrintable(messageOf(again.failure) + allErrors()));
        QVERIFY(again.alreadyExisted);
        QCOMPARE(again.record->id, u"123"_s);
        QCOMPARE(again.exchanges.size(), 1);
        QVERIFY2(scriptDone(), qPrintable(allErrors()));
    }

    /// The customer the store cannot know: found by e-mail, else created with a code made from the
    /// address; the lines' SKUs checked (an unknown one refused before anything is written).
    void sapb1ResolvesCustomerAndItems()
    {
        QVERIFY(restart());
        const QString card = SapB1Connector::cardCodeFor(u"ann@example.com"_s);
        QJsonObject payload = requestBody(u"invoice-create.json"_s);
        payload.remove(u"CardCode"_s);
        payload.insert(u"EmailAddress"_s, u"Ann@Example.com"_s);
        payload.insert(u"CardName"_s, u"Ann Example"_s);
        QJsonObject sent = payload;
        sent.remove(u"EmailAddress"_s);
        sent.insert(u"CardCode"_s, card);
        const QJsonObject partner{{u"CardCode"_s, card},
                                  {u"CardName"_s, u"Ann Example"_s},
                                  {u"CardType"_s, u"cCustomer"_s},
                                  {u"EmailAddress"_s, u"Ann@Example.com"_s},
                                  {u"UpdateDate"_s, u"2026-11-28"_s}};
        m_server->script.append(loginStep());
        m_server->script.append(
            Step{"GET", u"BusinessPartners"_s,
                 u"$filter=EmailAddress eq 'Ann@Example.com' and CardType eq 'cCustomer'"_s, std::nullopt,
                 200, collection({}), cookie1});
        m_server->script.append(Step{"POST",
                                     u"BusinessPartners"_s,
                                     {},
                                     QJsonObject{{u"CardCode"_s, card},
                                                 {u"CardName"_s, u"Ann Example"_s},
                                                 {u"CardType"_s, u"cCustomer"_s},
                                                 {u"EmailAddress"_s, u"Ann@Example.com"_s}},
                                     201,
                                     partner,
                                     cookie1});
        m_server->script.append(Step{"GET", u"Items('i001')"_s, u"$select=ItemCode"_s, std::nullopt, 200,
                                     QJsonObject{{u"ItemCode"_s, u"i001"_s}}, cookie1});
        QJsonObject created = responseBody(u"invoice-create.json"_s);
        created.insert(u"CardCode"_s, card);
        m_server->script.append(Step{"POST", u"Invoices"_s, {}, sent, 201, created, cookie1});
        Connectors::WriteRequest request;
        request.object = u"Invoices"_s;
        request.payload = payload;
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure) + allErrors()));
        QVERIFY2(scriptDone(), qPrintable(allErrors()));

        // The same customer and item again: nothing looked up (cached).
        m_server->script.append(Step{"POST", u"Invoices"_s, {}, sent, 201, created, cookie1});
        QVERIFY2(m_connector->write(request).ok(), qPrintable(allErrors()));
        QVERIFY2(scriptDone(), qPrintable(allErrors()));

        // An existing customer is found by e-mail (compared case-insensitively).
        QVERIFY(restart());
        QJsonObject known = partner;
        known.insert(u"CardCode"_s, u"C20000"_s);
        known.insert(u"EmailAddress"_s, u"ann@example.com"_s);
        m_server->script.append(loginStep());
        m_server->script.append(
            Step{"GET", u"BusinessPartners"_s,
                 u"$filter=EmailAddress eq 'Ann@Example.com' and CardType eq 'cCustomer'"_s, std::nullopt,
                 200, collection({known}), cookie1});
        // An unknown SKU: refused, naming it, before the invoice is sent.
        QJsonObject unknown = payload;
        unknown.insert(u"DocumentLines"_s,
                       QJsonArray{QJsonObject{{u"ItemCode"_s, u"NO-SUCH-SKU"_s}, {u"Quantity"_s, u"1"_s}}});
        m_server->script.append(
            Step{"GET", u"Items('NO-SUCH-SKU')"_s, u"$select=ItemCode"_s, std::nullopt, 404,
                 QJsonObject{{u"error"_s,
                              QJsonObject{{u"code"_s, u"-2028"_s},
                                          {u"message"_s, u"No matching records found (ODBC -2028)"_s}}}},
                 cookie1});
        request.payload = unknown;
        const Connectors::WriteOutcome refused = m_connector->write(request);
        QVERIFY(refused.failure);
        QVERIFY(!Engine::RetryPolicy::isTransient(refused.failure->outcome));
        QCOMPARE(refused.failure->message,
                 u"DocumentLines[0]: SAP Business One has no item with the ItemCode (SKU) \"NO-SUCH-SKU\""_s);
        QVERIFY2(scriptDone(), qPrintable(allErrors()));

        // No customer at all: refused, saying what to map.
        QJsonObject nobody = requestBody(u"invoice-create.json"_s);
        nobody.remove(u"CardCode"_s);
        request.payload = nobody;
        const Connectors::WriteOutcome anonymous = m_connector->write(request);
        QVERIFY(anonymous.failure);
        QVERIFY2(anonymous.failure->message.contains(u"map CardCode, or EmailAddress"_s),
                 qPrintable(anonymous.failure->message));
        QVERIFY(anonymous.exchanges.isEmpty());
    }

    /// An incoming payment takes the customer of the invoice it pays.
    void sapb1PaymentTakesTheInvoicesCustomer()
    {
        QVERIFY(restart());
        const QJsonObject payload{
            {u"DocDate"_s, u"2026-11-28"_s},
            {u"DocCurrency"_s, u"EUR"_s},
            {u"TransferSum"_s, 3300.0},
            {u"TransferAccount"_s, u"_SYS00000000001"_s},
            {u"Reference2"_s, u"P-1001"_s},
            {u"PaymentInvoices"_s,
             QJsonArray{QJsonObject{
                 {u"DocEntry"_s, 123}, {u"SumApplied"_s, 3300.0}, {u"InvoiceType"_s, u"it_Invoice"_s}}}}};
        QJsonObject sent = payload;
        sent.insert(u"CardCode"_s, u"c001"_s);
        QJsonObject created = sent;
        created.insert(u"DocEntry"_s, 77);
        created.insert(u"DocNum"_s, 5001);
        created.insert(u"CashSum"_s, 0.0);
        m_server->script.append(loginStep());
        m_server->script.append(Step{"GET", u"IncomingPayments"_s, u"$filter=Reference2 eq 'P-1001'"_s,
                                     std::nullopt, 200, collection({}), cookie1});
        m_server->script.append(Step{"GET",
                                     u"Invoices(123)"_s,
                                     {},
                                     std::nullopt,
                                     200,
                                     responseBody(u"invoice-create.json"_s),
                                     cookie1});
        m_server->script.append(Step{"POST", u"IncomingPayments"_s, {}, sent, 201, created, cookie1});
        Connectors::WriteRequest request;
        request.object = u"IncomingPayments"_s;
        request.payload = payload;
        request.matchKey = m_connector->payloadMatchKey(u"IncomingPayments"_s, payload);
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure) + allErrors()));
        QVERIFY2(scriptDone(), qPrintable(allErrors()));
        QString error;
        const std::optional<QJsonObject> payment = m_connector->toCanonical(*outcome.record, &error);
        QVERIFY2(payment, qPrintable(error));
        QCOMPARE(money(payment->value(u"amount"_s)), u"3300.00 EUR"_s);
        QCOMPARE(payment->value(u"invoice_id"_s).toString(), u"123"_s);
        QCOMPARE(payment->value(u"reference"_s).toString(), u"P-1001"_s);
        QCOMPARE(payment->value(u"method"_s).toString(), u"bank_transfer"_s);
    }

    /// Polling pages: UpdateDate from the day before the cursor (quoted in v1, bare in v2), ordered,
    /// odata.maxpagesize, and the next link (v1 "odata.nextLink", v2 "@odata.nextLink") as the token.
    void sapb1PagesByTheNextLink_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("nextKey");
        QTest::addColumn<QString>("day");
        QTest::newRow("v1") << u"v1"_s << u"odata.nextLink"_s << u"'2026-11-27'"_s;
        QTest::newRow("v2") << u"v2"_s << u"@odata.nextLink"_s << u"2026-11-27"_s;
    }
    void sapb1PagesByTheNextLink()
    {
        QFETCH(QString, version);
        QFETCH(QString, nextKey);
        QFETCH(QString, day);
        QVERIFY(restart(version));
        const QJsonObject item =
            responseBody(u"items-list.json"_s).value(u"value"_s).toArray().first().toObject();
        QJsonObject second = item;
        second.insert(u"ItemCode"_s, u"i002"_s);
        const QString filter = u"$filter=UpdateDate ge "_s + day + u"&$orderby=UpdateDate,ItemCode"_s;
        m_server->script.append(loginStep());
        m_server->script.append(Step{"GET", u"Items"_s, filter, std::nullopt, 200,
                                     collection({item}, nextKey, u"Items?"_s + filter + u"&$skip=1"_s),
                                     cookie1, u"odata.maxpagesize=1"_s});
        m_server->script.append(Step{"GET", u"Items"_s, filter + u"&$skip=1"_s, std::nullopt, 200,
                                     collection({second}), cookie1, u"odata.maxpagesize=1"_s});
        Connectors::ReadCursor cursor;
        cursor.updatedSince = QDateTime(QDate(2026, 11, 28), QTime(0, 30), QTimeZone::utc());
        const Connectors::ReadPage first = m_connector->readPage(u"Items"_s, cursor, 1);
        QVERIFY2(!first.failure, qPrintable(messageOf(first.failure) + allErrors()));
        QCOMPARE(first.records.size(), 1);
        QVERIFY(first.nextPageToken.startsWith(m_server->url().toString() + u"/Items?"_s));
        cursor.pageToken = first.nextPageToken;
        const Connectors::ReadPage last = m_connector->readPage(u"Items"_s, cursor, 1);
        QVERIFY2(!last.failure, qPrintable(messageOf(last.failure) + allErrors()));
        QCOMPARE(last.records.first().id, u"i002"_s);
        QVERIFY(last.nextPageToken.isEmpty());
        QVERIFY2(scriptDone(), qPrintable(allErrors()));

        // A token pointing elsewhere is refused without a request.
        cursor.pageToken = u"https://elsewhere.example/b1s/v1/Items?$skip=1"_s;
        const Connectors::ReadPage foreign = m_connector->readPage(u"Items"_s, cursor, 1);
        QVERIFY(foreign.failure);
        QVERIFY(foreign.exchanges.isEmpty());
    }

    /// An update reads the ETag, PATCHes with If-Match (SAP's PATCH Invoices example), is answered
    /// 204 and reads back; a stale ETag (the recorded 412 -2039) reads once more; DocumentLines never
    /// go into a PATCH.
    void sapb1UpdatesWithTheETag()
    {
        QVERIFY(restart());
        const QString etag1 = u"W/\"356A192B7913B04C54574D18C28D46E6395428AB\""_s; // sha1("1"), as recorded
        const QString etag2 = u"W/\"DA4B9237BACCCDF19C0760CAB7AEC4A8359010B0\""_s; // sha1("2")
        QJsonObject current = responseBody(u"invoice-create.json"_s);
        current.insert(u"@odata.etag"_s, etag1);
        QJsonObject changed = current;
        changed.insert(u"@odata.etag"_s, etag2);
        QJsonObject after = changed;
        after.insert(u"Comments"_s, u"new comments - modified by Service Layer"_s);
        const QJsonObject patch = requestBody(u"invoice-update.json"_s);
        m_server->script.append(loginStep());
        m_server->script.append(Step{"GET", u"Invoices(123)"_s, {}, std::nullopt, 200, current, cookie1});
        m_server->script.append(Step{"PATCH",
                                     u"Invoices(123)"_s,
                                     {},
                                     patch,
                                     responseStatus(u"error-concurrency.json"_s),
                                     responseBody(u"error-concurrency.json"_s),
                                     cookie1,
                                     {},
                                     etag1});
        m_server->script.append(Step{"GET", u"Invoices(123)"_s, {}, std::nullopt, 200, changed, cookie1});
        m_server->script.append(Step{"PATCH",
                                     u"Invoices(123)"_s,
                                     {},
                                     patch,
                                     responseStatus(u"invoice-update.json"_s),
                                     std::nullopt,
                                     cookie1,
                                     {},
                                     etag2});
        m_server->script.append(Step{"GET", u"Invoices(123)"_s, {}, std::nullopt, 200, after, cookie1});
        Connectors::WriteRequest request;
        request.object = u"Invoices"_s;
        request.existingId = u"123"_s;
        QJsonObject payload = patch;
        payload.insert(u"CardCode"_s, u"c001"_s);
        payload.insert(u"DocumentLines"_s, requestBody(u"invoice-create.json"_s).value(u"DocumentLines"_s));
        QJsonObject expected = patch;
        expected.insert(u"CardCode"_s, u"c001"_s);
        m_server->script[2].body = expected;
        m_server->script[4].body = expected;
        request.payload = payload;
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure) + allErrors()));
        QVERIFY2(scriptDone(), qPrintable(allErrors()));
        QCOMPARE(outcome.record->document.value(u"Comments"_s).toString(),
                 u"new comments - modified by Service Layer"_s);

        // Stale twice: a transient failure (dependency), the v2 error text in the message.
        m_server->script.append(Step{"GET", u"Invoices(123)"_s, {}, std::nullopt, 200, current, cookie1});
        m_server->script.append(Step{"PATCH",
                                     u"Invoices(123)"_s,
                                     {},
                                     expected,
                                     412,
                                     responseBody(u"error-concurrency.json"_s),
                                     cookie1,
                                     {},
                                     etag1});
        m_server->script.append(Step{"GET", u"Invoices(123)"_s, {}, std::nullopt, 200, current, cookie1});
        m_server->script.append(Step{"PATCH",
                                     u"Invoices(123)"_s,
                                     {},
                                     expected,
                                     412,
                                     responseBody(u"error-concurrency.json"_s),
                                     cookie1,
                                     {},
                                     etag1});
        const Connectors::WriteOutcome stale = m_connector->write(request);
        QVERIFY(stale.failure);
        QVERIFY(Engine::RetryPolicy::isTransient(stale.failure->outcome));
        QVERIFY2(stale.failure->message.contains(u"open the window again (ODBC -2039) (-2039)"_s),
                 qPrintable(stale.failure->message));
        QVERIFY2(scriptDone(), qPrintable(allErrors()));
    }

    /// Service Layer's error shapes, v1 and v2; a validation error is permanent, a server error
    /// transient.
    void sapb1ErrorShapes()
    {
        QCOMPARE(Connectors::SapB1::errorText(QJsonDocument(responseBody(u"login-failed.json"_s)).toJson()),
                 u"Login failed (100000027)"_s);
        QCOMPARE(
            Connectors::SapB1::errorCode(QJsonDocument(responseBody(u"error-concurrency.json"_s)).toJson()),
            u"-2039"_s);
        QCOMPARE(Connectors::SapB1::errorText("{\"value\":[]}"), QString());

        QVERIFY(restart(u"v1"_s));
        const QJsonObject invalid{
            {u"error"_s,
             QJsonObject{
                 {u"code"_s, -5002},
                 {u"message"_s,
                  QJsonObject{{u"lang"_s, u"en-us"_s},
                              {u"value"_s, u"One of the base documents has already been closed"_s}}}}}};
        QJsonObject payload = requestBody(u"creditnote-create.json"_s);
        m_server->script.append(loginStep());
        m_server->script.append(Step{"GET", u"Items('i001')"_s, u"$select=ItemCode"_s, std::nullopt, 200,
                                     QJsonObject{{u"ItemCode"_s, u"i001"_s}}, cookie1});
        m_server->script.append(Step{"POST", u"CreditNotes"_s, {}, payload, 400, invalid, cookie1});
        Connectors::WriteRequest request;
        request.object = u"CreditNotes"_s;
        request.payload = payload;
        const Connectors::WriteOutcome refused = m_connector->write(request);
        QVERIFY(refused.failure);
        QVERIFY(!Engine::RetryPolicy::isTransient(refused.failure->outcome));
        QCOMPARE(
            refused.failure->message,
            u"POST CreditNotes failed with HTTP 400: One of the base documents has already been closed (-5002)"_s);
        m_server->script.append(
            Step{"POST",
                 u"CreditNotes"_s,
                 {},
                 payload,
                 503,
                 QJsonObject{{u"error"_s,
                              QJsonObject{{u"code"_s, -1},
                                          {u"message"_s,
                                           QJsonObject{{u"lang"_s, u"en-us"_s},
                                                       {u"value"_s, u"Service unavailable"_s}}}}}},
                 cookie1});
        const Connectors::WriteOutcome busy = m_connector->write(request);
        QVERIFY(busy.failure);
        QVERIFY(Engine::RetryPolicy::isTransient(busy.failure->outcome));
        m_server->script.append(Step{"POST",
                                     u"CreditNotes"_s,
                                     {},
                                     payload,
                                     responseStatus(u"creditnote-create.json"_s),
                                     responseBody(u"creditnote-create.json"_s),
                                     cookie1});
        const Connectors::WriteOutcome created = m_connector->write(request);
        QVERIFY2(created.ok(), qPrintable(messageOf(created.failure) + allErrors()));
        QVERIFY2(scriptDone(), qPrintable(allErrors()));
        QString error;
        const std::optional<QJsonObject> note = m_connector->toCanonical(*created.record, &error);
        QVERIFY2(note, qPrintable(error));
        QCOMPARE(money(note->value(u"subtotal"_s)), u"100.00 EUR"_s);
        QCOMPARE(money(note->value(u"tax_total"_s)), u"10.00 EUR"_s);
        QCOMPARE(money(note->value(u"total"_s)), u"110.00 EUR"_s);
        QCOMPARE(note->value(u"status"_s).toString(), u"open"_s);
    }

    /// Stock per warehouse, exact; a document in a company-made currency code is refused, naming it.
    void sapb1CanonicalStockAndCurrency()
    {
        const QJsonObject item{
            {u"ItemCode"_s, u"A100"_s},
            {u"UpdateDate"_s, u"2026-11-28"_s},
            {u"UpdateTime"_s, u"08:15:00"_s},
            {u"ItemWarehouseInfoCollection"_s,
             QJsonArray{
                 QJsonObject{{u"WarehouseCode"_s, u"01"_s}, {u"InStock"_s, 12.5}, {u"Committed"_s, 2.0}},
                 QJsonObject{{u"WarehouseCode"_s, u"02"_s}, {u"InStock"_s, 0.0}, {u"Committed"_s, 0.0}}}}};
        QString error;
        const QJsonArray levels = Connectors::SapB1::inventoryLevels(item, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(levels.size(), 2);
        QCOMPARE(levels.at(0).toObject().value(u"location_id"_s).toString(), u"01"_s);
        QCOMPARE(levels.at(0).toObject().value(u"available"_s).toString(), u"10.5"_s);
        QCOMPARE(levels.at(0).toObject().value(u"sku"_s).toString(), u"A100"_s);
        QCOMPARE(levels.at(1).toObject().value(u"available"_s).toString(), u"0"_s);

        // A business partner as a customer: its one name the company's, its bill-to address the
        // default, the change stamp of UpdateDate (v1's plain date) and UpdateTime as UTC.
        const QJsonObject partner{{u"CardCode"_s, u"C20000"_s},
                                  {u"CardName"_s, u"Maxi Teq"_s},
                                  {u"CardType"_s, u"cCustomer"_s},
                                  {u"EmailAddress"_s, u"info@maxiteq.example"_s},
                                  {u"Phone1"_s, u"+49 30 1234"_s},
                                  {u"FederalTaxID"_s, u"DE123456789"_s},
                                  {u"UpdateDate"_s, u"2026-11-28"_s},
                                  {u"UpdateTime"_s, u"08:15:00"_s},
                                  {u"BPAddresses"_s,
                                   QJsonArray{QJsonObject{{u"AddressName"_s, u"Ship"_s},
                                                          {u"AddressType"_s, u"bo_ShipTo"_s},
                                                          {u"City"_s, u"Potsdam"_s}},
                                              QJsonObject{{u"AddressName"_s, u"Bill"_s},
                                                          {u"AddressType"_s, u"bo_BillTo"_s},
                                                          {u"Street"_s, u"Hauptstr. 1"_s},
                                                          {u"City"_s, u"Berlin"_s},
                                                          {u"ZipCode"_s, u"10115"_s},
                                                          {u"Country"_s, u"DE"_s}}}}};
        const std::optional<Connectors::VendorRecord> partnerRecord =
            Connectors::SapB1::vendorRecord(u"BusinessPartners"_s, partner, &error);
        QVERIFY2(partnerRecord, qPrintable(error));
        QCOMPARE(partnerRecord->id, u"C20000"_s);
        QCOMPARE(partnerRecord->matchKey, u"info@maxiteq.example"_s);
        QCOMPARE(partnerRecord->updatedAt, QDateTime(QDate(2026, 11, 28), QTime(8, 15), QTimeZone::utc()));
        const std::optional<QJsonObject> customer = Connectors::SapB1::toCanonical(*partnerRecord, &error);
        QVERIFY2(customer, qPrintable(error));
        QCOMPARE(customer->value(u"email"_s).toString(), u"info@maxiteq.example"_s);
        QCOMPARE(customer->value(u"company"_s).toString(), u"Maxi Teq"_s);
        QCOMPARE(customer->value(u"tax_id"_s).toString(), u"DE123456789"_s);
        QCOMPARE(customer->value(u"addresses"_s).toArray().size(), 2);
        QCOMPARE(customer->value(u"default_address"_s).toObject().value(u"city"_s).toString(), u"Berlin"_s);
        QCOMPARE(customer->value(u"default_address"_s).toObject().value(u"country_code"_s).toString(),
                 u"DE"_s);

        // The reconstructed invoice as a sales order: its number the store's (NumAtCard).
        QJsonObject orderDocument = responseBody(u"invoice-create.json"_s);
        orderDocument.insert(u"NumAtCard"_s, u"#1001"_s);
        const std::optional<QJsonObject> order = Connectors::SapB1::toCanonical(
            Connectors::VendorRecord{u"Orders"_s, u"123"_s, {}, {}, orderDocument}, &error);
        QVERIFY2(order, qPrintable(error));
        QCOMPARE(order->value(u"number"_s).toString(), u"#1001"_s);
        QCOMPARE(money(order->value(u"total"_s)), u"3300.00 EUR"_s);
        QCOMPARE(money(order->value(u"tax_total"_s)), u"300.00 EUR"_s);
        QCOMPARE(order->value(u"lines"_s).toArray().first().toObject().value(u"sku"_s).toString(), u"i001"_s);
        QCOMPARE(order->value(u"customer"_s).toObject().value(u"id"_s).toString(), u"c001"_s);

        QJsonObject document = responseBody(u"invoice-create.json"_s);
        document.insert(u"DocCurrency"_s, u"$"_s);
        Connectors::VendorRecord record{u"Invoices"_s, u"123"_s, {}, {}, document};
        QVERIFY(!Connectors::SapB1::toCanonical(record, &error));
        QVERIFY2(error.contains(u"DocCurrency: \"$\" is not an ISO 4217 code"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSapB1Connector)
#include "tst_sapb1connector.moc"
