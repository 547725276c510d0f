// Tryton's JSON-RPC layer without a Tryton: its typed values both ways, the classification of its
// errors, a session against a scripted HTTP server (HTML and cut-off answers, 5xx, an expired
// session, a refused password, what the recorded login exchange holds), and the documents and
// canonical records built from Tryton rows. The real server is tests/peers/tst_trytonpeer.cpp.
#include "connectors/tryton/trytoncanonical.h"
#include "connectors/tryton/trytonconnector.h"
#include "connectors/tryton/trytonrpc.h"
#include "connectors/tryton/trytonwriter.h"
#include "engine/retrypolicy.h"
#include "model/creditnote.h"
#include "model/order.h"
#include "net/httpclient.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimeZone>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>

#include <deque>
#include <memory>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using namespace LedgerLink::Connectors;
using Engine::AttemptOutcome;
using Model::Decimal;

namespace {

QJsonObject decimal(const char *text)
{
    return QJsonObject{{u"__class__"_s, u"Decimal"_s}, {u"decimal"_s, QString::fromLatin1(text)}};
}

QJsonObject dateTime(int hour, int minute, int second, int microsecond)
{
    return QJsonObject{{u"__class__"_s, u"datetime"_s},
                       {u"year"_s, 2026},
                       {u"month"_s, 11},
                       {u"day"_s, 27},
                       {u"hour"_s, hour},
                       {u"minute"_s, minute},
                       {u"second"_s, second},
                       {u"microsecond"_s, microsecond}};
}

/// An HTTP server on 127.0.0.1 answering each request with the next scripted answer.
class ScriptedServer
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
    };

    ScriptedServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &line : buffer->left(end).split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    requests.append(buffer->mid(end + 4, length));
                    const Answer answer =
                        answers.empty() ? Answer{500, "text/plain", "no answer scripted"} : answers.front();
                    if (!answers.empty())
                        answers.pop_front();
                    socket->write("HTTP/1.1 " + QByteArray::number(answer.status)
                                  + " X\r\nContent-Type: " + answer.contentType
                                  + "\r\nContent-Length: " + QByteArray::number(answer.body.size())
                                  + "\r\nConnection: close\r\n\r\n" + answer.body);
                    socket->disconnectFromHost();
                    buffer->clear();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/erp/"_s.arg(m_server.serverPort())); }

    void answer(const QByteArray &json) { answers.push_back(Answer{200, "application/json", json}); }
    void answerLogin(const QByteArray &session = "0123456789abcdef")
    {
        answer("{\"id\":1,\"result\":[7,\"" + session + "\"]}");
        answer("{\"id\":2,\"result\":{\"company\":1,\"company.rec_name\":\"Acme\",\"language\":\"en\"}}");
    }

    std::deque<Answer> answers;
    QList<QByteArray> requests;

private:
    QTcpServer m_server;
};

} // namespace

class TestTrytonRpc : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Net::HttpClient> client()
    {
        Net::HttpClientOptions options;
        options.guard = Net::WriteGuard::allowing(true, false);
        options.timeout = std::chrono::seconds(5);
        return std::make_unique<Net::HttpClient>(m_network, options);
    }

    QNetworkAccessManager m_network;

private slots:
    void encodesValues()
    {
        QCOMPARE(Tryton::decimalValue(*Decimal::fromString(u"19.90")), decimal("19.90"));
        QCOMPARE(Tryton::decimalValue(*Decimal::fromString(u"-0.005")), decimal("-0.005"));
        QCOMPARE(
            Tryton::dateValue(QDate(2026, 2, 3)),
            (QJsonObject{{u"__class__"_s, u"date"_s}, {u"year"_s, 2026}, {u"month"_s, 2}, {u"day"_s, 3}}));
        QCOMPARE(
            Tryton::dateTimeValue(QDateTime(QDate(2026, 11, 27), QTime(14, 31, 31, 737), QTimeZone::utc())),
            dateTime(14, 31, 31, 737000));
        // A local time is sent as the UTC time it is.
        const QDateTime berlin(QDate(2026, 7, 1), QTime(12, 0), QTimeZone("Europe/Berlin"));
        QCOMPARE(Tryton::dateTimeValue(berlin).value(u"hour"_s).toInt(), 10);
        QCOMPARE(Tryton::floatValue(Decimal(3)), QJsonValue(3));
        QVERIFY(Tryton::floatValue(Decimal(3)).toVariant().typeId() == QMetaType::LongLong);
        QCOMPARE(Tryton::floatValue(*Decimal::fromString(u"2.5")), QJsonValue(2.5));
        QCOMPARE(Tryton::floatValue(*Decimal::fromString(u"7.000")), QJsonValue(7));
    }

    void decodesValuesExactly()
    {
        QCOMPARE(Tryton::decimalOf(decimal("19.90"))->toString(), u"19.90"_s);
        QCOMPARE(Tryton::decimalOf(decimal("1E+2"))->toString(), u"100"_s);
        QCOMPARE(Tryton::decimalOf(QJsonValue(3))->toString(), u"3"_s);
        // Float fields (quantities) come as doubles: their shortest text, never 0.1000000000000000055.
        QCOMPARE(Tryton::decimalOf(QJsonValue(0.1))->toString(), u"0.1"_s);
        QCOMPARE(Tryton::decimalOf(QJsonValue(25.0))->toString(), u"25"_s);
        QVERIFY(!Tryton::decimalOf(QJsonValue(QJsonValue::Null)));
        QVERIFY(!Tryton::decimalOf(QJsonValue(u"19.90"_s)));
        QVERIFY(!Tryton::decimalOf(decimal("NaN")));

        const QJsonObject date{
            {u"__class__"_s, u"date"_s}, {u"year"_s, 2026}, {u"month"_s, 11}, {u"day"_s, 27}};
        QCOMPARE(Tryton::dateOf(date), QDate(2026, 11, 27));
        QVERIFY(!Tryton::dateOf(QJsonValue(u"2026-11-27"_s)).isValid());
        const QDateTime time = Tryton::dateTimeOf(dateTime(14, 31, 31, 737708));
        QCOMPARE(time, QDateTime(QDate(2026, 11, 27), QTime(14, 31, 31, 737), QTimeZone::utc()));
        QCOMPARE(time.timeSpec(), Qt::UTC);
        QVERIFY(!Tryton::dateTimeOf(date).isValid());

        // A page token keeps the microseconds Tryton has.
        QCOMPARE(Tryton::exactTimeText(dateTime(14, 31, 31, 737708)), u"2026-11-27T14:31:31.737708"_s);
        QCOMPARE(Tryton::exactTimeText(dateTime(9, 5, 0, 42)), u"2026-11-27T09:05:00.000042"_s);
        QCOMPARE(*Tryton::exactTimeValue(u"2026-11-27T14:31:31.737708"), dateTime(14, 31, 31, 737708));
        QVERIFY(!Tryton::exactTimeValue(u"2026-11-27T14:31:31"));
        QVERIFY(!Tryton::exactTimeValue(u"2026-13-27T14:31:31.000000"));

        const QJsonObject row{{u"id"_s, 5},
                              {u"list_price"_s, decimal("19.90")},
                              {u"date"_s, date},
                              {u"template."_s, QJsonObject{{u"write_date"_s, dateTime(1, 2, 3, 4000)}}},
                              {u"lines."_s, QJsonArray{QJsonObject{{u"amount"_s, decimal("-5.25")}}}}};
        const QJsonObject plain = Tryton::plain(row).toObject();
        QCOMPARE(plain.value(u"list_price"_s), QJsonValue(u"19.90"_s));
        QCOMPARE(plain.value(u"date"_s), QJsonValue(u"2026-11-27"_s));
        QCOMPARE(plain.value(u"template."_s).toObject().value(u"write_date"_s),
                 QJsonValue(u"2026-11-27T01:02:03.004Z"_s));
        QCOMPARE(plain.value(u"lines."_s).toArray().first().toObject().value(u"amount"_s),
                 QJsonValue(u"-5.25"_s));
    }

    void tellsReadsFromWrites()
    {
        for (const QString &method : {u"model.sale.sale.search_read"_s, u"model.sale.sale.read"_s,
                                      u"model.party.party.search_count"_s,
                                      u"model.res.user.get_preferences"_s, u"common.server.version"_s})
            QVERIFY2(Tryton::isReadMethod(method), qPrintable(method));
        for (const QString &method :
             {u"model.sale.sale.create"_s, u"model.sale.sale.confirm"_s,
              u"wizard.account.invoice.pay.execute"_s, u"common.db.login"_s, u"model.account.invoice.post"_s})
            QVERIFY2(!Tryton::isReadMethod(method), qPrintable(method));
    }

    void classifiesErrors()
    {
        const QString method = u"model.sale.sale.confirm"_s;
        const ConnectorFailure user = Tryton::failureOfError(
            method,
            QJsonArray{u"UserError"_s,
                       QJsonArray{u"The sale \"1\" has no lines."_s, u"Add a line."_s, QJsonValue()}});
        QCOMPARE(user.outcome.kind, AttemptOutcome::Kind::Validation);
        QVERIFY(user.message.contains(u"The sale \"1\" has no lines. Add a line."_s));
        QVERIFY(user.message.contains(method));

        const ConnectorFailure warning = Tryton::failureOfError(
            method,
            QJsonArray{u"UserWarning"_s, QJsonArray{u"sale_12"_s, u"The date is in the past."_s, u""_s}});
        QCOMPARE(warning.outcome.kind, AttemptOutcome::Kind::Validation);
        QVERIFY(warning.message.contains(u"The date is in the past."_s));

        const ConnectorFailure login = Tryton::failureOfError(
            u"common.db.login"_s,
            QJsonArray{u"LoginException"_s, QJsonArray{u"sms"_s, u"SMS code"_s, u"char"_s}});
        QCOMPARE(login.outcome.kind, AttemptOutcome::Kind::Validation);

        const ConnectorFailure concurrency = Tryton::failureOfError(
            method, QJsonArray{u"ConcurrencyException"_s, u"Records were modified."_s});
        QVERIFY(Engine::RetryPolicy::isTransient(concurrency.outcome));
        QVERIFY(concurrency.message.contains(u"Records were modified."_s));

        const ConnectorFailure locked =
            Tryton::failureOfError(method, QJsonArray{u"database is locked"_s, u"Traceback ..."_s});
        QVERIFY(Engine::RetryPolicy::isTransient(locked.outcome));
        const ConnectorFailure bug = Tryton::failureOfError(
            method, QJsonArray{u"'NoneType' object has no attribute 'id'\nmore"_s, u"Traceback ..."_s});
        QCOMPARE(bug.outcome.kind, AttemptOutcome::Kind::Validation);
        QVERIFY(bug.message.contains(u"'NoneType' object has no attribute 'id'"_s));
        QVERIFY(!bug.message.contains(u"more"_s));
    }

    void logsInOnceAndSendsTheCompanyContext()
    {
        ScriptedServer server;
        server.answerLogin();
        server.answer(
            "{\"id\":3,\"result\":[{\"id\":1,\"amount\":{\"__class__\":\"Decimal\",\"decimal\":\"1.10\"}}]}");
        server.answer("{\"id\":4,\"result\":5}");
        const auto http = client();
        Tryton::TrytonRpc rpc(server.url(), u"sync"_s, "s3cret-Pass!", *http);
        QList<Net::HttpExchange> exchanges;
        const Tryton::CallResult read = rpc.call(
            u"model.sale.sale.read"_s, QJsonArray{QJsonArray{1}, QJsonArray{u"amount"_s}}, exchanges);
        QVERIFY2(read.ok(), qPrintable(read.failure ? read.failure->message : QString()));
        QCOMPARE(rpc.companyId(), 1);
        QCOMPARE(rpc.companyName(), u"Acme"_s);
        QCOMPARE(rpc.database(), u"erp"_s);
        const Tryton::CallResult count =
            rpc.call(u"model.sale.sale.search_count"_s, QJsonArray{QJsonValue(QJsonArray())}, exchanges,
                     {{u"locations"_s, 3}});
        QVERIFY(count.ok());
        QCOMPARE(count.value.toInt(), 5);
        QCOMPARE(server.requests.size(), 4);
        QCOMPARE(exchanges.size(), 4);

        // The login: user, password and language; recorded without the password or the session key.
        const QJsonObject login = QJsonDocument::fromJson(server.requests.at(0)).object();
        QCOMPARE(login.value(u"method"_s).toString(), u"common.db.login"_s);
        QCOMPARE(login.value(u"params"_s).toArray().at(1).toObject().value(u"password"_s).toString(),
                 u"s3cret-Pass!"_s);
        QVERIFY(!exchanges.at(0).request.body.contains("s3cret-Pass!"));
        QVERIFY(exchanges.at(0).request.body.contains("[redacted]"));
        QVERIFY(!exchanges.at(0).response.body.contains("0123456789abcdef"));
        QVERIFY(exchanges.at(0).response.body.contains("[redacted]"));
        // Then the session header, and the company context as the last parameter.
        QByteArray authorization;
        for (const auto &[name, value] : exchanges.at(2).request.headers) {
            if (name == "Authorization")
                authorization = value;
        }
        QCOMPARE(authorization, "Session " + QByteArray("sync:7:0123456789abcdef").toBase64());
        const QJsonArray params =
            QJsonDocument::fromJson(server.requests.at(3)).object().value(u"params"_s).toArray();
        QCOMPARE(params.last().toObject(), (QJsonObject{{u"company"_s, 1}, {u"locations"_s, 3}}));
    }

    void logsInAgainOnceWhenTheSessionExpired()
    {
        ScriptedServer server;
        server.answerLogin("first-session-key");
        server.answers.push_back({401, "text/html", "<title>401 Unauthorized</title>"});
        server.answerLogin("second-session-key");
        server.answer("{\"id\":6,\"result\":[]}");
        const auto http = client();
        Tryton::TrytonRpc rpc(server.url(), u"sync"_s, "pw-12345678", *http);
        QList<Net::HttpExchange> exchanges;
        const Tryton::CallResult result =
            rpc.call(u"model.sale.sale.search"_s, QJsonArray{QJsonValue(QJsonArray())}, exchanges);
        QVERIFY2(result.ok(), qPrintable(result.failure ? result.failure->message : QString()));
        QCOMPARE(server.requests.size(), 6);
        QVERIFY(server.requests.at(3).contains("common.db.login"));

        // Refused again after the new login: a failure, no loop.
        server.answers.push_back({403, "text/html", "<title>403 Forbidden</title>"});
        server.answerLogin();
        server.answers.push_back({403, "text/html", "<title>403 Forbidden</title>"});
        const Tryton::CallResult forbidden =
            rpc.call(u"model.ir.session.search"_s, QJsonArray{QJsonValue(QJsonArray())}, exchanges);
        QVERIFY(!forbidden.ok());
        QCOMPARE(forbidden.failure->outcome.httpStatus, 403);
        QVERIFY(!Engine::RetryPolicy::isTransient(forbidden.failure->outcome));
        QVERIFY(forbidden.failure->message.contains(u"model.ir.session.search"_s));
        QCOMPARE(server.requests.size(), 10);
    }

    void refusesAWrongPasswordOnce()
    {
        ScriptedServer server;
        server.answers.push_back({401, "text/html", "<title>401 Unauthorized</title>"});
        const auto http = client();
        Tryton::TrytonRpc rpc(server.url(), u"sync"_s, "wrong-pass-999", *http);
        QList<Net::HttpExchange> exchanges;
        const Tryton::CallResult first =
            rpc.call(u"model.sale.sale.search"_s, QJsonArray{QJsonValue(QJsonArray())}, exchanges);
        QVERIFY(!first.ok());
        QCOMPARE(first.failure->outcome.httpStatus, 401);
        QVERIFY(!Engine::RetryPolicy::isTransient(first.failure->outcome));
        QVERIFY(first.failure->message.contains(u"\"sync\""_s));
        QVERIFY(first.failure->message.contains(u"password is wrong"_s));
        QVERIFY(!first.failure->message.contains(u"wrong-pass-999"_s));
        QVERIFY(!exchanges.first().request.body.contains("wrong-pass-999"));
        const Tryton::CallResult second =
            rpc.call(u"model.sale.sale.search"_s, QJsonArray{QJsonValue(QJsonArray())}, exchanges);
        QVERIFY(!second.ok());
        QCOMPARE(server.requests.size(), 1);
    }

    void namesAnswersThatAreNotJsonRpc_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::addColumn<bool>("transient");
        QTest::newRow("html") << 200 << QByteArray("text/html")
                              << QByteArray("<!doctype html><title>Welcome to nginx</title>")
                              << u"HTML page"_s << false;
        QTest::newRow("cut off") << 200 << QByteArray("application/json")
                                 << QByteArray("{\"id\":3,\"result\":[{\"id\"") << u"broken or cut off"_s
                                 << false;
        QTest::newRow("no envelope") << 200 << QByteArray("application/json") << QByteArray("{\"id\":3}")
                                     << u"without \"result\" or \"error\""_s << false;
        QTest::newRow("empty") << 200 << QByteArray("application/json") << QByteArray() << u"empty body"_s
                               << false;
        QTest::newRow("bad gateway") << 502 << QByteArray("text/html")
                                     << QByteArray("<title>502 Bad Gateway</title>") << u"502 Bad Gateway"_s
                                     << true;
    }

    void namesAnswersThatAreNotJsonRpc()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        QFETCH(bool, transient);
        ScriptedServer server;
        server.answerLogin();
        server.answers.push_back({status, contentType, body});
        const auto http = client();
        Tryton::TrytonRpc rpc(server.url(), u"sync"_s, "pw-12345678", *http);
        QList<Net::HttpExchange> exchanges;
        const Tryton::CallResult result =
            rpc.call(u"model.sale.sale.search_read"_s, QJsonArray{QJsonValue(QJsonArray())}, exchanges);
        QVERIFY(!result.ok());
        QVERIFY2(result.failure->message.contains(says), qPrintable(result.failure->message));
        QVERIFY2(result.failure->message.contains(u"model.sale.sale.search_read"_s),
                 qPrintable(result.failure->message));
        QCOMPARE(Engine::RetryPolicy::isTransient(result.failure->outcome), transient);
    }

    void reportsTrytonsOwnErrorText()
    {
        ScriptedServer server;
        server.answerLogin();
        server.answer("{\"id\":3,\"error\":[\"UserError\",[\"You are not allowed to create records of "
                      "\\\"Sale\\\".\",\"\",null]]}");
        const auto http = client();
        Tryton::TrytonRpc rpc(server.url(), u"sync"_s, "pw-12345678", *http);
        QList<Net::HttpExchange> exchanges;
        const Tryton::CallResult result =
            rpc.call(u"model.sale.sale.create"_s, QJsonArray{QJsonValue(QJsonArray())}, exchanges);
        QVERIFY(!result.ok());
        QCOMPARE(result.failure->outcome.kind, AttemptOutcome::Kind::Validation);
        QVERIFY2(result.failure->message.contains(u"You are not allowed to create records of \"Sale\"."_s),
                 qPrintable(result.failure->message));
    }

    void refusesPayloadsNamingTheField_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("says");
        QTest::newRow("sale without reference") << u"sale"_s << QByteArray(R"({"currency":"USD","lines":[]})")
                                                << u"reference: the store's order number is missing"_s;
        QTest::newRow("sale without lines")
            << u"sale"_s << QByteArray(R"({"reference":"S-1","currency":"USD","lines":[]})")
            << u"Tryton sale \"S-1\": lines: the order has no lines"_s;
        QTest::newRow("quantity not a number")
            << u"sale"_s
            << QByteArray(
                   R"({"reference":"S-1","currency":"USD","lines":[{"sku":"A","quantity":"x","unit_price":"1"}]})")
            << u"lines[0].quantity: \"x\" is not a decimal number"_s;
        QTest::newRow("negative price")
            << u"sale"_s
            << QByteArray(
                   R"({"reference":"S-1","currency":"USD","lines":[{"sku":"A","quantity":1,"unit_price":"-1"}]})")
            << u"lines[0].unit_price: -1 is negative"_s;
        QTest::newRow("payment without method")
            << u"sale"_s
            << QByteArray(
                   R"({"reference":"S-1","currency":"USD","lines":[{"sku":"A","quantity":1,"unit_price":"1"}],)"
                   R"("payment":{"amount":"1"}})")
            << u"payment.method: the payment method's name is missing"_s;
        QTest::newRow("refund without amount")
            << u"credit_note"_s
            << QByteArray(R"({"reference":"R-1","sale_reference":"S-1","lines":[{"sku":"A","quantity":1}]})")
            << u"amount: the number is missing"_s;
        QTest::newRow("stock without quantity")
            << u"stock"_s << QByteArray(R"({"code":"A"})") << u"quantity: the number is missing"_s;
        QTest::newRow("unknown object") << u"invoice"_s << QByteArray("{}") << u"cannot write \"invoice\""_s;
    }

    void refusesPayloadsNamingTheField()
    {
        QFETCH(QString, object);
        QFETCH(QByteArray, payload);
        QFETCH(QString, says);
        ScriptedServer server;
        server.answerLogin();
        const auto http = client();
        Tryton::TrytonRpc rpc(server.url(), u"sync"_s, "pw-12345678", *http);
        QList<Net::HttpExchange> exchanges;
        Tryton::TrytonWriter writer(rpc, exchanges, u"key-1"_s);
        const Tryton::WriteResult result =
            writer.write(object, QJsonDocument::fromJson(payload).object(), QString());
        QVERIFY(result.failure);
        QCOMPARE(result.failure->outcome.kind, AttemptOutcome::Kind::Validation);
        QVERIFY2(result.failure->message.contains(says), qPrintable(result.failure->message));
        QCOMPARE(server.requests.size(), 2); // the login only: nothing was written
    }

    void needsAUserName()
    {
        Connectors::ConnectorConfig config;
        config.system = u"tryton"_s;
        config.baseUrl = QUrl(u"http://127.0.0.1:8000/erp/"_s);
        config.accessToken = "secret";
        const auto http = client();
        QString error;
        QVERIFY(!Connectors::createConnector(config, *http, &error));
        QCOMPARE(error, u"The tryton connection has no user name (account)."_s);
        config.account = u"admin"_s;
        const std::unique_ptr<Connector> connector = Connectors::createConnector(config, *http, &error);
        QVERIFY(connector);
        QCOMPARE(connector->system(), u"tryton"_s);
        QVERIFY(connector->catalog());
        for (const QString &object : connector->capabilities().readable)
            QVERIFY2(connector->catalog()->object(object), qPrintable(object));
        QVERIFY(!connector->capabilities().webhooks);
        QVERIFY(connector->capabilities().polling);
    }

    void buildsDocumentsAndCanonicalRecords()
    {
        const QJsonObject sale{
            {u"id"_s, 12},
            {u"number"_s, u"7"_s},
            {u"reference"_s, u"SHOP-1001"_s},
            {u"state"_s, u"processing"_s},
            {u"invoice_state"_s, u"paid"_s},
            {u"currency."_s, QJsonObject{{u"id"_s, 1}, {u"code"_s, u"EUR"_s}}},
            {u"party"_s, 3},
            {u"party."_s,
             QJsonObject{{u"id"_s, 3}, {u"name"_s, u"Jane"_s}, {u"email"_s, u"jane@example.com"_s}}},
            {u"lines."_s,
             QJsonArray{QJsonObject{{u"id"_s, 1},
                                    {u"type"_s, u"line"_s},
                                    {u"product"_s, 9},
                                    {u"product."_s, QJsonObject{{u"id"_s, 9}, {u"code"_s, u"TEE-M"_s}}},
                                    {u"quantity"_s, 3.0},
                                    {u"unit_price"_s, decimal("19.90")},
                                    {u"amount"_s, decimal("59.70")},
                                    {u"description"_s, u"Tee"_s}},
                        QJsonObject{{u"id"_s, 2}, {u"type"_s, u"comment"_s}, {u"description"_s, u"Gift"_s}},
                        QJsonObject{{u"id"_s, 3},
                                    {u"type"_s, u"line"_s},
                                    {u"product"_s, QJsonValue()},
                                    {u"product."_s, QJsonValue()},
                                    {u"quantity"_s, 1.0},
                                    {u"unit_price"_s, decimal("4.95")},
                                    {u"amount"_s, decimal("4.95")},
                                    {u"description"_s, u"Shipping"_s}}}},
            {u"untaxed_amount"_s, decimal("64.65")},
            {u"tax_amount"_s, decimal("0")},
            {u"total_amount"_s, decimal("64.65")},
            {u"create_date"_s, dateTime(10, 0, 0, 0)},
            {u"write_date"_s, dateTime(10, 5, 0, 250000)}};
        const QJsonObject document = Tryton::documentOf(u"sale"_s, sale, u"USD"_s);
        QCOMPARE(document.value(u"currency"_s).toString(), u"EUR"_s);
        QCOMPARE(document.value(u"total_amount"_s).toString(), u"64.65"_s);
        QCOMPARE(document.value(u"lines"_s).toArray().at(0).toObject().value(u"quantity"_s).toString(),
                 u"3"_s);
        QCOMPARE(document.value(u"lines"_s).toArray().at(0).toObject().value(u"sku"_s).toString(),
                 u"TEE-M"_s);
        QCOMPARE(document.value(u"updated_at"_s).toString(), u"2026-11-27T10:05:00.250Z"_s);
        const VendorRecord record = Tryton::vendorRecord(u"sale"_s, document);
        QCOMPARE(record.id, u"12"_s);
        QCOMPARE(record.matchKey, u"SHOP-1001"_s);
        QCOMPARE(record.updatedAt, QDateTime(QDate(2026, 11, 27), QTime(10, 5, 0, 250), QTimeZone::utc()));
        QString error;
        const std::optional<QJsonObject> canonical = Tryton::toCanonical(record, &error);
        QVERIFY2(canonical, qPrintable(error));
        const std::optional<Model::Order> order = Model::Order::fromJson(*canonical);
        QVERIFY(order);
        QCOMPARE(order->total.toString(), u"64.65 EUR"_s);
        QCOMPARE(order->lines.size(), 2); // the comment line carries no amount
        QCOMPARE(order->lines.at(0).productId, u"9"_s);
        QCOMPARE(order->lines.at(1).total.toString(), u"4.95 EUR"_s);
        QCOMPARE(order->financialStatus, u"paid"_s);
        QCOMPARE(order->customer->email, u"jane@example.com"_s);

        // A credit note: Tryton's negative amounts become positive canonical ones.
        const QJsonObject note{
            {u"id"_s, 40},
            {u"number"_s, u"CN/2026/0001"_s},
            {u"reference"_s, u"RF-1"_s},
            {u"state"_s, u"posted"_s},
            {u"type"_s, u"out"_s},
            {u"invoice_date"_s,
             QJsonObject{{u"__class__"_s, u"date"_s}, {u"year"_s, 2026}, {u"month"_s, 11}, {u"day"_s, 27}}},
            {u"currency."_s, QJsonObject{{u"code"_s, u"EUR"_s}}},
            {u"party"_s, 3},
            {u"lines."_s,
             QJsonArray{QJsonObject{{u"id"_s, 77},
                                    {u"type"_s, u"line"_s},
                                    {u"product"_s, 9},
                                    {u"product."_s, QJsonObject{{u"code"_s, u"TEE-M"_s}}},
                                    {u"quantity"_s, -1.0},
                                    {u"unit_price"_s, decimal("19.90")},
                                    {u"amount"_s, decimal("-19.90")},
                                    {u"origin"_s, u"account.invoice.line,5"_s},
                                    {u"origin."_s,
                                     QJsonObject{{u"invoice"_s, 30},
                                                 {u"invoice."_s, QJsonObject{{u"number"_s, u"INV/1"_s}}}}}}}},
            {u"untaxed_amount"_s, decimal("-19.90")},
            {u"tax_amount"_s, decimal("0")},
            {u"total_amount"_s, decimal("-19.90")},
            {u"amount_to_pay"_s, decimal("-19.90")},
            {u"create_date"_s, dateTime(11, 0, 0, 0)},
            {u"write_date"_s, QJsonValue()}};
        const QJsonObject noteDocument = Tryton::documentOf(u"credit_note"_s, note, u"USD"_s);
        QCOMPARE(noteDocument.value(u"credited_invoice"_s).toObject().value(u"number"_s).toString(),
                 u"INV/1"_s);
        const VendorRecord noteRecord = Tryton::vendorRecord(u"credit_note"_s, noteDocument);
        QCOMPARE(noteRecord.matchKey, u"RF-1"_s);
        // Never written: the change time is the creation time.
        QCOMPARE(noteRecord.updatedAt, QDateTime(QDate(2026, 11, 27), QTime(11, 0), QTimeZone::utc()));
        const std::optional<QJsonObject> credit = Tryton::toCanonical(noteRecord, &error);
        QVERIFY2(credit, qPrintable(error));
        const std::optional<Model::CreditNote> creditNote = Model::CreditNote::fromJson(*credit);
        QVERIFY(creditNote);
        QCOMPARE(creditNote->total.toString(), u"19.90 EUR"_s);
        QCOMPARE(creditNote->lines.first().quantity, Decimal(1));
        QCOMPARE(creditNote->lines.first().total.toString(), u"19.90 EUR"_s);
        QCOMPARE(creditNote->invoiceId, u"30"_s);
        QCOMPARE(creditNote->refundId, u"RF-1"_s);

        // A price with more decimals than the currency: an error naming the field, no rounding.
        QJsonObject odd = document;
        QJsonArray lines = odd.value(u"lines"_s).toArray();
        QJsonObject line = lines.first().toObject();
        line.insert(u"amount"_s, u"59.705"_s);
        lines[0] = line;
        odd.insert(u"lines"_s, lines);
        QVERIFY(!Tryton::toCanonical(Tryton::vendorRecord(u"sale"_s, odd), &error));
        QVERIFY2(error.contains(u"lines[0].amount"_s), qPrintable(error));
    }

    void takesTheLatestChangeOfProductAndTemplate()
    {
        const QJsonObject row{{u"id"_s, 1},
                              {u"create_date"_s, dateTime(8, 0, 0, 0)},
                              {u"write_date"_s, QJsonValue()},
                              {u"template."_s,
                               QJsonObject{{u"create_date"_s, dateTime(8, 0, 0, 0)},
                                           {u"write_date"_s, dateTime(9, 30, 0, 5)}}}};
        QCOMPARE(Tryton::changeTime(row, QString()), QJsonValue(dateTime(8, 0, 0, 0)));
        QCOMPARE(Tryton::changeTime(row, u"template."_s), QJsonValue(dateTime(9, 30, 0, 5)));
        QCOMPARE(Tryton::updatedAt(row, {QString(), u"template."_s}),
                 QDateTime(QDate(2026, 11, 27), QTime(9, 30), QTimeZone::utc()));
    }

    /// The key the engine finds a written record by again (payloadMatchKey), per object.
    void payloadMatchKeys()
    {
        QNetworkAccessManager network;
        Net::HttpClient client(network, {});
        Connectors::ConnectorConfig config;
        config.system = u"tryton"_s;
        config.baseUrl = QUrl(u"http://127.0.0.1:9/erp/"_s);
        config.account = u"admin"_s;
        config.accessToken = "admin";
        const Connectors::TrytonConnector tryton(config, client);
        QCOMPARE(tryton.payloadMatchKey(u"product"_s, {{u"code"_s, u"TEE-M"_s}}), u"TEE-M"_s);
        QCOMPARE(tryton.payloadMatchKey(u"stock"_s, {{u"code"_s, u"TEE-M"_s}}), u"TEE-M"_s);
        QCOMPARE(tryton.payloadMatchKey(u"party"_s, {{u"email"_s, u"a@example.com"_s}}), u"a@example.com"_s);
        QCOMPARE(tryton.payloadMatchKey(u"sale"_s, {{u"reference"_s, u"EHA8"_s}}), u"EHA8"_s);
        QCOMPARE(tryton.payloadMatchKey(u"credit_note"_s, {{u"reference"_s, u"R1"_s}}), u"R1"_s);
        QCOMPARE(tryton.payloadMatchKey(u"sale"_s, {{u"description"_s, u"x"_s}}), QString());
    }
};

QTEST_GUILESS_MAIN(TestTrytonRpc)
#include "tst_trytonrpc.moc"
