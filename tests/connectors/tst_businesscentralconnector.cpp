// BusinessCentralConnector over real HTTP through the real Net::HttpClient, against a local server
// that replays Microsoft's documented API v2.0 examples (tests/connectors/fixtures/businesscentral/
// *.json, each naming the learn.microsoft.com page it copies). The server holds a script: each step
// names the request the connector must send (method, path, decoded query, If-Match, Prefer, JSON
// body) and answers with a documented response. A request that is not the next step's is answered
// 500 and reported, so every test asserts the exact requests. Nothing here ran against a live
// Business Central tenant.
#include "connectors/businesscentral/businesscentralcanonical.h"
#include "connectors/businesscentral/businesscentralconnector.h"
#include "connectors/connector.h"
#include "engine/retrypolicy.h"
#include "model/currency.h"
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
using Connectors::BusinessCentralConnector;

namespace {

/// The company of Microsoft's companyInformation example (its picture link names it).
const QString company = u"4d0e744d-44e3-ea11-bb43-000d3a2feca1"_s;
const QString invoiceId = u"9e0f5c9c-44e3-ea11-bb43-000d3a2feca1"_s; // the documented sales invoice
// ETags in Business Central's form (W/"<base64>"); hand-written: the documented examples show none.
const QString etag1 = u"W/\"JzQ0O0VnQUFBQUo3QlRVQU5nQXdBREFBTUFBQUFBQUE3MTsn\""_s;
const QString etag2 = u"W/\"JzQ0O0VnQUFBQUo3QlRVQU5nQXdBREFBTUFBQUFBQUE3Mjsn\""_s;

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(LEDGERLINK_SOURCE_DIR "/tests/connectors/fixtures/businesscentral/") + name);
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

/// "companies(<company>)/<path>"
QString co(const QString &path)
{
    return u"companies("_s + company + u")/"_s + path;
}

/// The documented invoice (Get salesInvoices) with its documented line (Create salesInvoiceLines:
/// the line's documentId is this invoice, its amounts are the invoice's totals) expanded, as
/// `$expand=salesInvoiceLines` returns it.
QJsonObject expandedInvoice()
{
    QJsonObject invoice = responseBody(u"salesinvoice-get.json"_s);
    invoice.insert(u"salesInvoiceLines"_s, QJsonArray{responseBody(u"salesinvoiceline-create.json"_s)});
    return invoice;
}

QJsonObject withEtag(QJsonObject document, const QString &etag)
{
    document.insert(u"@odata.etag"_s, etag);
    return document;
}

QJsonObject odataError(const QString &code, const QString &message)
{
    return QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
}

/// One expected request and the answer to it.
struct Step
{
    QByteArray method;
    QString path; ///< under /api/v2.0/
    QString query; ///< decoded query items, "key=value&…"; "" for none
    std::optional<QJsonObject> body; ///< the JSON body the request must carry
    int status = 200;
    QJsonObject reply;
    QString ifMatch = {}; ///< the If-Match header the request must carry ("" none)
    QString prefer = {}; ///< the Prefer header the request must carry ("" none)
    QByteArray extraHeaders = {}; ///< response headers, "Name: value\r\n" each
};

class ReplayServer final : public QAbstractHttpServer
{
public:
    QList<Step> script;
    QStringList errors; ///< requests that were not the next step's
    QStringList lines; ///< "METHOD path?decoded query" of every request

    bool start()
    {
        m_port = listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }

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
        const QString prefix = u"/api/v2.0/"_s;
        const QString path = incoming.url().path();
        QStringList items;
        for (const auto &[key, value] : QUrlQuery(incoming.url()).queryItems(QUrl::FullyDecoded))
            items.append(key + u'=' + value);
        const QString decodedQuery = items.join(u'&');
        lines.append(QString::fromLatin1(method) + u' ' + path.mid(prefix.size())
                     + (decodedQuery.isEmpty() ? QString() : u'?' + decodedQuery));
        const QJsonObject body = QJsonDocument::fromJson(incoming.body()).object();

        QString problem;
        if (script.isEmpty()) {
            problem = u"no step left"_s;
        } else {
            const Step &step = script.first();
            if (!path.startsWith(prefix))
                problem = u"path outside the API: "_s + path;
            else if (incoming.value("Authorization") != "Bearer bc-test-token")
                problem = u"no bearer token"_s;
            else if (incoming.value("Accept") != "application/json")
                problem = u"Accept is not application/json"_s;
            else if (method != step.method || path.mid(prefix.size()) != step.path
                     || decodedQuery != step.query)
                problem = u"expected %1 %2?%3"_s.arg(QString::fromLatin1(step.method), step.path, step.query);
            else if (QString::fromUtf8(incoming.value("If-Match")) != step.ifMatch)
                problem = u"If-Match is \"%1\", expected \"%2\""_s.arg(
                    QString::fromUtf8(incoming.value("If-Match")), step.ifMatch);
            else if (QString::fromUtf8(incoming.value("Prefer")) != step.prefer)
                problem = u"Prefer is \"%1\""_s.arg(QString::fromUtf8(incoming.value("Prefer")));
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
    static void write(QTcpSocket *socket, int status, const QJsonObject &reply, const QByteArray &headers)
    {
        const QByteArray body = QJsonDocument(reply).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 " + QByteArray::number(status)
                      + " Status\r\nContent-Type: application/json\r\n" + headers
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

} // namespace

class TestBusinessCentralConnector : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReplayServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Net::HttpClient> m_client;
    std::unique_ptr<Connectors::Connector> m_connector;
    BusinessCentralConnector *m_bc = nullptr;

    /// A fresh server and connector (through createConnector), API v2.0; the company's local
    /// currency USD is known unless `learnCurrency`.
    bool restart(bool learnCurrency = false)
    {
        m_connector.reset();
        m_server = std::make_unique<ReplayServer>();
        if (!m_server->start())
            return false;
        Connectors::ConnectorConfig config;
        config.system = u"businesscentral"_s;
        config.baseUrl = QUrl(m_server->url().toString() + u"/api"_s);
        config.account = company;
        config.accessToken = "bc-test-token";
        QString error;
        m_connector = Connectors::createConnector(config, *m_client, &error);
        m_bc = dynamic_cast<BusinessCentralConnector *>(m_connector.get());
        if (!m_bc) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        if (!learnCurrency)
            m_bc->setLocalCurrency(*Model::Currency::fromCode(u"USD"_s));
        return true;
    }

    QString allErrors() const { return m_server->errors.join(u'\n'); }

private slots:
    void initTestCase()
    {
        QVERIFY2(!fixture(u"salesinvoice-create.json"_s).isEmpty(),
                 "the Business Central fixtures are missing");
        m_network = std::make_unique<QNetworkAccessManager>();
        Net::HttpClientOptions options;
        options.rateLimitKey = u"businesscentral:test"_s;
        options.side = Net::WriteSide::Erp;
        options.guard = Net::WriteGuard::allowing(true, false);
        options.timeout = 10s;
        m_client = std::make_unique<Net::HttpClient>(*m_network, options);
    }

    void businesscentralIsAKnownSystem()
    {
        QVERIFY(Connectors::connectorSystems().contains(u"businesscentral"_s));
        Connectors::ConnectorConfig config;
        config.system = u"businesscentral"_s;
        config.baseUrl = QUrl(u"https://api.businesscentral.dynamics.com/v2.0/production/api"_s);
        config.accessToken = "token";
        QString error;
        QVERIFY(!Connectors::createConnector(config, *m_client, &error));
        QCOMPARE(error, u"The businesscentral connection has no company id (account)."_s);
        config.account = u"CRONUS US"_s;
        QVERIFY(!Connectors::createConnector(config, *m_client, &error));
        QVERIFY2(error.contains(u"is not a GUID"_s), qPrintable(error));
        config.account = company;
        config.apiVersion = u"beta"_s;
        QVERIFY(!Connectors::createConnector(config, *m_client, &error));
        QVERIFY2(error.contains(u"\"v2.0\""_s), qPrintable(error));

        // v1.0: the same paths under /api/v1.0.
        config.apiVersion = u"v1.0"_s;
        const auto v1 = Connectors::createConnector(config, *m_client, &error);
        QVERIFY2(v1, qPrintable(error));
        QCOMPARE(dynamic_cast<BusinessCentralConnector *>(v1.get())->apiUrl(u"items"_s).toString(),
                 u"https://api.businesscentral.dynamics.com/v2.0/production/api/v1.0/companies("_s + company
                     + u")/items"_s);
        QCOMPARE(v1->rateLimitProfile().maxConcurrent, 5);
        QVERIFY(!v1->capabilities().idempotencyKeys);
        QVERIFY(v1->catalog());
    }

    void businesscentralLiterals()
    {
        QCOMPARE(BusinessCentralConnector::stringLiteral(u"O'Brien's"_s), u"'O''Brien''s'"_s);
        QCOMPARE(BusinessCentralConnector::dateTimeLiteral(
                     QDateTime(QDate(2020, 8, 21), QTime(0, 25, 58, 337), QTimeZone::utc())),
                 u"2020-08-21T00:25:58.337Z"_s);
        QCOMPARE(BusinessCentralConnector::dateTimeLiteral(
                     QDateTime(QDate(2020, 8, 21), QTime(2, 0), QTimeZone(7200))),
                 u"2020-08-21T00:00:00Z"_s);
    }

    /// Microsoft's "Create salesInvoices" request with a line inline (the deep insert of "Create
    /// salesInvoiceLines"): sent as documented, after the mapped date-times are cut to dates; the
    /// local currency is read once from companyInformation.
    void businesscentralCreatesAnInvoiceWithLines()
    {
        QVERIFY(restart(true));
        // companyInformation is a collection of one (the documented object inside "value").
        m_server->script.append(
            Step{"GET",
                 co(u"companyInformation"_s),
                 {},
                 std::nullopt,
                 200,
                 QJsonObject{{u"value"_s, QJsonArray{responseBody(u"companyinformation-get.json"_s)}}}});
        QJsonObject sent = requestBody(u"salesinvoice-create.json"_s);
        QJsonObject line = requestBody(u"salesinvoiceline-create.json"_s);
        sent.insert(u"salesInvoiceLines"_s, QJsonArray{line});
        m_server->script.append(
            Step{"POST", co(u"salesInvoices"_s), {}, sent, 201, responseBody(u"salesinvoice-create.json"_s)});

        // The mapping fed date-times (a store's order time): Business Central takes dates.
        QJsonObject payload = sent;
        payload.insert(u"invoiceDate"_s,
                       u"2019-01-15T21:30:00-05:00"_s); // still the 15th where it was written
        payload.insert(u"postingDate"_s, u"2019-01-15T00:00:00Z"_s);
        line.insert(u"shipmentDate"_s, u"2020-08-21T09:00:00.000Z"_s);
        payload.insert(u"salesInvoiceLines"_s, QJsonArray{line});
        Connectors::WriteRequest request;
        request.object = u"salesInvoice"_s;
        request.payload = payload;
        request.idempotencyKey = u"sandbox-shop:order:5101:create"_s;
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.failure ? outcome.failure->message : allErrors()));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QVERIFY(m_server->script.isEmpty());
        QCOMPARE(outcome.record->id, invoiceId);
        QCOMPARE(outcome.record->updatedAt,
                 QDateTime(QDate(2020, 8, 21), QTime(0, 25, 58, 337), QTimeZone::utc()));
        QCOMPARE(outcome.exchanges.size(), 2);
        QCOMPARE(outcome.exchanges.last().request.idempotencyKey, u"sandbox-shop:order:5101:create"_s);
        QCOMPARE(m_bc->localCurrency().code(), u"USD"_s);

        // The documented answer: a draft without lines or totals yet.
        QString error;
        const std::optional<QJsonObject> invoice = m_connector->toCanonical(*outcome.record, &error);
        QVERIFY2(invoice, qPrintable(error));
        QCOMPARE(invoice->value(u"number"_s).toString(), u"PS-INV103001"_s);
        QCOMPARE(invoice->value(u"status"_s).toString(), u"draft"_s);
        QCOMPARE(money(invoice->value(u"total"_s)), u"0.00 USD"_s);
        QCOMPARE(invoice->value(u"customer_id"_s).toString(), u"f3a5738a-44e3-ea11-bb43-000d3a2feca1"_s);

        // The pure function: dates as written, other values untouched.
        const QJsonObject memo = Connectors::BusinessCentral::withDates(
            u"salesCreditMemo"_s,
            QJsonObject{{u"creditMemoDate"_s, u"2026-11-28T23:59:59+13:00"_s},
                        {u"externalDocumentNumber"_s, u"2026-11-28T23:59:59Z"_s},
                        {u"salesCreditMemoLines"_s,
                         QJsonArray{QJsonObject{{u"shipmentDate"_s, u"2026-11-27T08:00:00Z"_s}}}}});
        QCOMPARE(memo.value(u"creditMemoDate"_s).toString(), u"2026-11-28"_s);
        QCOMPARE(memo.value(u"externalDocumentNumber"_s).toString(), u"2026-11-28T23:59:59Z"_s);
        QCOMPARE(memo.value(u"salesCreditMemoLines"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"shipmentDate"_s)
                     .toString(),
                 u"2026-11-27"_s);
    }

    /// No idempotency key in Business Central: a create with a match key looks it up first.
    void businesscentralCreateLooksUpTheMatchKeyFirst()
    {
        QVERIFY(restart());
        QJsonObject payload = requestBody(u"salesinvoice-create.json"_s);
        payload.insert(u"externalDocumentNumber"_s, u"#1001 O'Brien"_s);
        const QString lookup =
            u"$filter=externalDocumentNumber eq '#1001 O''Brien'&$expand=salesInvoiceLines"_s;
        m_server->script.append(Step{"GET", co(u"salesInvoices"_s), lookup, std::nullopt, 200,
                                     QJsonObject{{u"value"_s, QJsonArray{}}}});
        QJsonObject created = responseBody(u"salesinvoice-create.json"_s);
        created.insert(u"externalDocumentNumber"_s, u"#1001 O'Brien"_s);
        m_server->script.append(Step{"POST", co(u"salesInvoices"_s), {}, payload, 201, created});
        Connectors::WriteRequest request;
        request.object = u"salesInvoice"_s;
        request.payload = payload;
        request.matchKey = m_connector->payloadMatchKey(u"salesInvoice"_s, payload);
        QCOMPARE(request.matchKey, u"#1001 O'Brien"_s);
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure) + allErrors()));
        QVERIFY(!outcome.alreadyExisted);
        QCOMPARE(outcome.record->matchKey, u"#1001 O'Brien"_s);

        // Written before (its answer was lost): found, nothing created.
        m_server->script.append(Step{"GET", co(u"salesInvoices"_s), lookup, std::nullopt, 200,
                                     QJsonObject{{u"value"_s, QJsonArray{created}}}});
        const Connectors::WriteOutcome again = m_connector->write(request);
        QVERIFY2(again.ok(), qPrintable(messageOf(again.failure) + allErrors()));
        QVERIFY(again.alreadyExisted);
        QCOMPARE(again.record->id, invoiceId);
        QCOMPARE(again.exchanges.size(), 1);
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QVERIFY(m_server->script.isEmpty());
    }

    /// "Get salesInvoices" with its line expanded, to the cent: 3 × 54.90 = 164.70, tax 5 % 8.24,
    /// total 172.94, nothing remaining (status Paid).
    void businesscentralReadsTheDocumentedInvoiceToTheCent()
    {
        QVERIFY(restart());
        m_server->script.append(Step{"GET", co(u"salesInvoices("_s + invoiceId + u')'),
                                     u"$expand=salesInvoiceLines"_s, std::nullopt, 200, expandedInvoice()});
        const Connectors::ReadOne read = m_connector->readById(u"salesInvoice"_s, invoiceId);
        QVERIFY2(read.record && !read.failure, qPrintable(messageOf(read.failure) + allErrors()));
        QString error;
        const std::optional<QJsonObject> invoice = m_connector->toCanonical(*read.record, &error);
        QVERIFY2(invoice, qPrintable(error));
        QCOMPARE(money(invoice->value(u"subtotal"_s)), u"164.70 USD"_s);
        QCOMPARE(money(invoice->value(u"tax_total"_s)), u"8.24 USD"_s);
        QCOMPARE(money(invoice->value(u"total"_s)), u"172.94 USD"_s);
        QCOMPARE(money(invoice->value(u"amount_due"_s)), u"0.00 USD"_s);
        QCOMPARE(invoice->value(u"status"_s).toString(), u"paid"_s);
        QCOMPARE(invoice->value(u"issued_at"_s).toString(), u"2019-01-15T00:00:00Z"_s);
        const QJsonArray lines = invoice->value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 1);
        const QJsonObject line = lines.first().toObject();
        QCOMPARE(line.value(u"sku"_s).toString(), u"1928-S"_s);
        QCOMPARE(line.value(u"description"_s).toString(), u"AMSTERDAM Lamp"_s);
        QCOMPARE(line.value(u"quantity"_s).toString(), u"3"_s);
        QCOMPARE(money(line.value(u"unit_price"_s)), u"54.90 USD"_s);
        QCOMPARE(money(line.value(u"total"_s)), u"164.70 USD"_s);
        const QJsonObject tax = line.value(u"tax_lines"_s).toArray().first().toObject();
        QCOMPARE(tax.value(u"title"_s).toString(), u"FURNITURE"_s);
        QCOMPARE(tax.value(u"rate"_s).toString(), u"0.05"_s);
        QCOMPARE(money(tax.value(u"amount"_s)), u"8.24 USD"_s);

        // An id Business Central does not have: 404, "not found", no failure.
        const QString gone = u"00000000-0000-0000-0000-00000000beef"_s;
        m_server->script.append(
            Step{"GET", co(u"salesInvoices("_s + gone + u')'), u"$expand=salesInvoiceLines"_s, std::nullopt,
                 404, odataError(u"Internal_RecordNotFound"_s, u"The Sales Header does not exist."_s)});
        const Connectors::ReadOne missing = m_connector->readById(u"salesInvoice"_s, gone);
        QVERIFY2(!missing.failure, qPrintable(messageOf(missing.failure)));
        QVERIFY(!missing.record);
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));

        // Not an id at all: nothing is sent.
        const Connectors::ReadOne bad = m_connector->readById(u"salesInvoice"_s, u"../companies"_s);
        QCOMPARE(messageOf(bad.failure), u"\"../companies\" is not a Business Central salesInvoice id."_s);
    }

    /// A filtered list, oldest first, paged by @odata.nextLink (followed as it is, on the same
    /// server only).
    void businesscentralPagesByNextLink()
    {
        QVERIFY(restart());
        const QDateTime since(QDate(2020, 8, 21), QTime(0, 0), QTimeZone::utc());
        const QString list =
            u"$filter=lastModifiedDateTime gt 2020-08-21T00:00:00Z&$orderby=lastModifiedDateTime"
            u"&$expand=salesInvoiceLines"_s;
        const QString next = m_server->url().toString() + u"/api/v2.0/"_s + co(u"salesInvoices"_s)
            + u"?$filter=lastModifiedDateTime%20gt%202020-08-21T00:00:00Z&$orderby=lastModifiedDateTime"
              u"&$expand=salesInvoiceLines&$skiptoken=9e0f5c9c-44e3-ea11-bb43-000d3a2feca1"_s;
        m_server->script.append(
            Step{"GET",
                 co(u"salesInvoices"_s),
                 list,
                 std::nullopt,
                 200,
                 QJsonObject{{u"value"_s, QJsonArray{expandedInvoice()}}, {u"@odata.nextLink"_s, next}},
                 {},
                 u"odata.maxpagesize=1"_s});
        const Connectors::ReadPage page = m_connector->readPage(u"salesInvoice"_s, {since, {}}, 1);
        QVERIFY2(!page.failure, qPrintable(messageOf(page.failure) + allErrors()));
        QCOMPARE(page.records.size(), 1);
        QCOMPARE(page.records.first().id, invoiceId);
        QCOMPARE(page.nextPageToken, next);

        m_server->script.append(Step{"GET",
                                     co(u"salesInvoices"_s),
                                     list + u"&$skiptoken=9e0f5c9c-44e3-ea11-bb43-000d3a2feca1"_s,
                                     std::nullopt,
                                     200,
                                     QJsonObject{{u"value"_s, QJsonArray{}}},
                                     {},
                                     u"odata.maxpagesize=1"_s});
        const Connectors::ReadPage last = m_connector->readPage(u"salesInvoice"_s, {since, next}, 1);
        QVERIFY2(!last.failure, qPrintable(messageOf(last.failure) + allErrors()));
        QVERIFY(last.records.isEmpty());
        QVERIFY(last.nextPageToken.isEmpty());

        // A link elsewhere is refused before anything is sent (it would carry the token there).
        const Connectors::ReadPage foreign = m_connector->readPage(
            u"salesInvoice"_s, {since, u"https://attacker.example/api/v2.0/salesInvoices?$skiptoken=1"_s}, 1);
        QVERIFY(foreign.failure);
        QVERIFY(foreign.exchanges.isEmpty());

        // From the start: no filter; items have no lines to expand.
        m_server->script.append(
            Step{"GET",
                 co(u"items"_s),
                 u"$orderby=lastModifiedDateTime"_s,
                 std::nullopt,
                 200,
                 QJsonObject{{u"value"_s, QJsonArray{responseBody(u"item-create.json"_s)}}},
                 {},
                 u"odata.maxpagesize=1000"_s});
        const Connectors::ReadPage items = m_connector->readPage(u"item"_s, {}, 5000);
        QVERIFY2(!items.failure, qPrintable(messageOf(items.failure) + allErrors()));
        QCOMPARE(items.records.first().matchKey, u"1896-S"_s);

        // Customers by e-mail, compared case-insensitively.
        m_server->script.append(
            Step{"GET", co(u"customers"_s), u"$filter=email eq 'Robert.Townes@contoso.com'"_s, std::nullopt,
                 200, QJsonObject{{u"value"_s, QJsonArray{responseBody(u"customer-create.json"_s)}}}});
        const Connectors::ReadOne found =
            m_connector->findByMatchKey(u"customer"_s, u"Robert.Townes@contoso.com"_s);
        QVERIFY2(found.record, qPrintable(messageOf(found.failure) + allErrors()));
        QCOMPARE(found.record->id, u"f2a5738a-44e3-ea11-bb43-000d3a2feca1"_s);
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QVERIFY(m_server->script.isEmpty());
    }

    /// A page of items leaves out a service item (shipping, services: no product of the store),
    /// keeps the documented inventory item, and the page's next link is kept as it came.
    void businesscentralServiceItemsAreNoProducts()
    {
        QVERIFY(restart());
        const QJsonObject documented = responseBody(u"item-create.json"_s);
        QCOMPARE(documented.value(u"type"_s).toString(), u"Inventory"_s);
        QJsonObject service = documented;
        service.insert(u"id"_s, u"7f5fa3c8-44e3-ea11-bb43-000d3a2feca1"_s);
        service.insert(u"number"_s, u"SHIPPING"_s);
        service.insert(u"displayName"_s, u"Shipping"_s);
        service.insert(u"type"_s, u"Service"_s);
        const QString next =
            m_server->url().toString() + u"/api/v2.0/"_s + co(u"items"_s) + u"?$skiptoken=2"_s;
        m_server->script.append(
            Step{"GET",
                 co(u"items"_s),
                 u"$orderby=lastModifiedDateTime"_s,
                 std::nullopt,
                 200,
                 QJsonObject{{u"value"_s, QJsonArray{service, documented}}, {u"@odata.nextLink"_s, next}},
                 {},
                 u"odata.maxpagesize=2"_s});
        const Connectors::ReadPage page = m_connector->readPage(u"item"_s, {}, 2);
        QVERIFY2(!page.failure, qPrintable(messageOf(page.failure) + allErrors()));
        QCOMPARE(page.records.size(), 1);
        QCOMPARE(page.records.first().matchKey, u"1896-S"_s);
        QCOMPARE(page.nextPageToken, next);
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QVERIFY(m_server->script.isEmpty());
    }

    /// "Update salesInvoices": the ETag is read first and sent as If-Match; a stale one (412) reads
    /// again and sends once more; stale twice, the record waits (transient).
    void businesscentralUpdateSendsIfMatchAndRereadsOnce()
    {
        QVERIFY(restart());
        const QString path = co(u"salesInvoices("_s + invoiceId + u')');
        const QJsonObject patch = requestBody(u"salesinvoice-update.json"_s);
        const QJsonObject changed =
            odataError(u"Request_EntityChanged"_s, u"Another user has already changed the record."_s);
        m_server->script.append(Step{
            "GET", path, {}, std::nullopt, 200, withEtag(responseBody(u"salesinvoice-get.json"_s), etag1)});
        m_server->script.append(Step{"PATCH", path, {}, patch, 412, changed, etag1});
        m_server->script.append(Step{
            "GET", path, {}, std::nullopt, 200, withEtag(responseBody(u"salesinvoice-get.json"_s), etag2)});
        m_server->script.append(Step{"PATCH",
                                     path,
                                     {},
                                     patch,
                                     200,
                                     withEtag(responseBody(u"salesinvoice-update.json"_s), etag2),
                                     etag2});
        Connectors::WriteRequest request;
        request.object = u"salesInvoice"_s;
        request.existingId = invoiceId;
        // Lines are not updated through the document: left out of the PATCH.
        request.payload = patch;
        request.payload.insert(u"salesInvoiceLines"_s,
                               QJsonArray{requestBody(u"salesinvoiceline-create.json"_s)});
        request.idempotencyKey = u"sandbox-shop:order:5101:update"_s;
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure) + allErrors()));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QCOMPARE(outcome.exchanges.size(), 4);
        QCOMPARE(outcome.record->document.value(u"paymentTermsId"_s).toString(),
                 u"3bb5b4b6-ea4c-43ca-ba1c-3b69e29a6668"_s);

        // Stale twice (the second time as Business Central 409 Request_EntityChanged): transient.
        m_server->script.append(Step{
            "GET", path, {}, std::nullopt, 200, withEtag(responseBody(u"salesinvoice-get.json"_s), etag1)});
        m_server->script.append(Step{"PATCH", path, {}, patch, 412, changed, etag1});
        m_server->script.append(Step{
            "GET", path, {}, std::nullopt, 200, withEtag(responseBody(u"salesinvoice-get.json"_s), etag2)});
        m_server->script.append(Step{"PATCH", path, {}, patch, 409, changed, etag2});
        const Connectors::WriteOutcome again = m_connector->write(request);
        QVERIFY(!again.ok());
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QVERIFY(Engine::RetryPolicy::isTransient(again.failure->outcome));
        QVERIFY2(again.failure->message.endsWith(
                     u"(HTTP 409: Another user has already changed the record. (Request_EntityChanged))"_s),
                 qPrintable(again.failure->message));

        // Without an ETag nothing is sent blind.
        m_server->script.append(
            Step{"GET", path, {}, std::nullopt, 200, responseBody(u"salesinvoice-get.json"_s)});
        const Connectors::WriteOutcome blind = m_connector->write(request);
        QVERIFY(!blind.ok());
        QVERIFY2(blind.failure->message.contains(u"@odata.etag"_s), qPrintable(blind.failure->message));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
    }

    /// OData's error shape is the failure, in Business Central's words; 429 waits (Retry-After).
    void businesscentralODataErrorIsTheFailure()
    {
        QVERIFY(restart());
        const QJsonObject error = responseBody(u"error-format.json"_s);
        m_server->script.append(
            Step{"POST", co(u"salesInvoices"_s), {}, QJsonObject{{u"number"_s, u"1009"_s}}, 400, error});
        Connectors::WriteRequest request;
        request.object = u"salesInvoice"_s;
        request.payload = QJsonObject{{u"number"_s, u"1009"_s}};
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.failure->message.contains(
                     u"A customerNumber or a customerID must be provided. (Application_DialogException)"_s),
                 qPrintable(outcome.failure->message));
        QVERIFY(!Engine::RetryPolicy::isTransient(outcome.failure->outcome));

        m_server->script.append(
            Step{"POST",
                 co(u"salesInvoices"_s),
                 {},
                 QJsonObject{{u"number"_s, u"1009"_s}},
                 429,
                 odataError(u"Application_TooManyRequests"_s, u"Too many requests reached (rate limit)."_s),
                 {},
                 {},
                 "Retry-After: 7\r\n"});
        const Connectors::WriteOutcome throttled = m_connector->write(request);
        QVERIFY(!throttled.ok());
        QVERIFY(Engine::RetryPolicy::isTransient(throttled.failure->outcome));
        QCOMPARE(throttled.failure->outcome.httpStatus, 429);
        QCOMPARE(throttled.failure->outcome.retryAfter, QByteArray("7"));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
    }

    /// A document whose customer is left to the connector (customerNumber empty): found by e-mail
    /// (then cached), else by name, else created; a payment takes its invoice's customer. The
    /// catalog's v1.0 line path (lineDetails.number) goes out as v2.0's lineObjectNumber.
    void businesscentralResolvesTheCustomer()
    {
        QVERIFY(restart());
        const QJsonObject customer = responseBody(u"customer-create.json"_s); // number 10000
        const QString email = customer.value(u"email"_s).toString();
        const QJsonArray v1Lines{QJsonObject{{u"lineType"_s, u"Item"_s},
                                             {u"lineDetails"_s, QJsonObject{{u"number"_s, u"1928-S"_s}}},
                                             {u"quantity"_s, 3}}};
        QJsonObject payload{{u"externalDocumentNumber"_s, u"#1001"_s},
                            {u"customerNumber"_s, u""_s},
                            {u"email"_s, email},
                            {u"billToName"_s, u"Robert Townes"_s},
                            {u"salesInvoiceLines"_s, v1Lines}};
        QJsonObject sent = requestBody(u"salesinvoice-deep-insert.json"_s); // customerNumber 20000, a line
        sent.insert(u"customerNumber"_s, u"10000"_s);
        sent.insert(u"externalDocumentNumber"_s, u"#1001"_s);
        sent.insert(u"email"_s, email);
        const auto lookup = [](const QString &number) -> QString {
            return u"$filter=externalDocumentNumber eq '"_s + number + u"'&$expand=salesInvoiceLines"_s;
        };
        const QJsonObject none{{u"value"_s, QJsonArray{}}};
        m_server->script.append(
            Step{"GET", co(u"salesInvoices"_s), lookup(u"#1001"_s), std::nullopt, 200, none});
        m_server->script.append(Step{"GET", co(u"customers"_s), u"$filter=email eq '"_s + email + u"'"_s,
                                     std::nullopt, 200, QJsonObject{{u"value"_s, QJsonArray{customer}}}});
        m_server->script.append(
            Step{"POST", co(u"salesInvoices"_s), {}, sent, 201, responseBody(u"salesinvoice-create.json"_s)});
        Connectors::WriteRequest request;
        request.object = u"salesInvoice"_s;
        request.payload = payload;
        request.matchKey = m_connector->payloadMatchKey(u"salesInvoice"_s, payload);
        Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure) + allErrors()));

        // The same e-mail again: the number is known, no look-up.
        payload.insert(u"externalDocumentNumber"_s, u"#1006"_s);
        sent.insert(u"externalDocumentNumber"_s, u"#1006"_s);
        request.payload = payload;
        request.matchKey = u"#1006"_s;
        m_server->script.append(
            Step{"GET", co(u"salesInvoices"_s), lookup(u"#1006"_s), std::nullopt, 200, none});
        m_server->script.append(
            Step{"POST", co(u"salesInvoices"_s), {}, sent, 201, responseBody(u"salesinvoice-create.json"_s)});
        outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure) + allErrors()));

        // No e-mail: by display name (a quote doubled), not found, created.
        QJsonObject guest{{u"customerNumber"_s, u""_s},
                          {u"billToName"_s, u"Gustav O'Gast"_s},
                          {u"salesInvoiceLines"_s, v1Lines}};
        m_server->script.append(Step{"GET", co(u"customers"_s), u"$filter=displayName eq 'Gustav O''Gast'"_s,
                                     std::nullopt, 200, none});
        m_server->script.append(Step{"POST",
                                     co(u"customers"_s),
                                     {},
                                     QJsonObject{{u"displayName"_s, u"Gustav O'Gast"_s}},
                                     201,
                                     customer});
        QJsonObject guestSent = requestBody(u"salesinvoice-deep-insert.json"_s);
        guestSent.insert(u"customerNumber"_s, u"10000"_s);
        m_server->script.append(Step{
            "POST", co(u"salesInvoices"_s), {}, guestSent, 201, responseBody(u"salesinvoice-create.json"_s)});
        request = {};
        request.object = u"salesInvoice"_s;
        request.payload = guest;
        outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure) + allErrors()));

        // A payment without a customer: its invoice's (20000, the documented invoice's).
        m_server->script.append(Step{"GET", co(u"salesInvoices("_s + invoiceId + u')'),
                                     u"$expand=salesInvoiceLines"_s, std::nullopt, 200, expandedInvoice()});
        m_server->script.append(Step{"POST",
                                     co(u"customerPayments"_s),
                                     {},
                                     QJsonObject{{u"appliesToInvoiceId"_s, invoiceId},
                                                 {u"amount"_s, 172.94},
                                                 {u"postingDate"_s, u"2019-01-16"_s},
                                                 {u"customerNumber"_s, u"20000"_s}},
                                     201,
                                     responseBody(u"customerpayment-create.json"_s)});
        request = {};
        request.object = u"customerPayment"_s;
        request.payload = QJsonObject{{u"appliesToInvoiceId"_s, invoiceId},
                                      {u"amount"_s, 172.94},
                                      {u"postingDate"_s, u"2019-01-16T10:00:00+01:00"_s}};
        outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure) + allErrors()));

        // A payment for an invoice Business Central does not have: permanent, named.
        const QString missing = u"00000000-0000-0000-0000-00000000abcd"_s;
        m_server->script.append(Step{
            "GET", co(u"salesInvoices("_s + missing + u')'), u"$expand=salesInvoiceLines"_s, std::nullopt,
            404, odataError(u"BadRequest_NotFound"_s, u"The Sales Invoice does not exist."_s)});
        request.payload.insert(u"appliesToInvoiceId"_s, missing);
        outcome = m_connector->write(request);
        QVERIFY(!outcome.ok());
        QVERIFY(!Engine::RetryPolicy::isTransient(outcome.failure->outcome));
        QVERIFY2(outcome.failure->message.contains(missing + u", which Business Central does not have"_s),
                 qPrintable(outcome.failure->message));

        // A customer Business Central refuses to create: the document's failure says so.
        m_server->script.append(
            Step{"GET", co(u"customers"_s), u"$filter=displayName eq 'Nobody'"_s, std::nullopt, 200, none});
        m_server->script.append(
            Step{"POST",
                 co(u"customers"_s),
                 {},
                 QJsonObject{{u"displayName"_s, u"Nobody"_s}},
                 400,
                 odataError(u"Application_DialogException"_s, u"The customer is blocked."_s)});
        request = {};
        request.object = u"salesInvoice"_s;
        request.payload = QJsonObject{{u"customerNumber"_s, u""_s}, {u"billToName"_s, u"Nobody"_s}};
        outcome = m_connector->write(request);
        QVERIFY(!outcome.ok());
        QVERIFY(!Engine::RetryPolicy::isTransient(outcome.failure->outcome));
        QVERIFY2(outcome.failure->message.startsWith(u"the salesInvoice's customer could not be created: "_s),
                 qPrintable(outcome.failure->message));
        QVERIFY2(
            outcome.failure->message.contains(u"The customer is blocked. (Application_DialogException)"_s),
            qPrintable(outcome.failure->message));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QVERIFY(m_server->script.isEmpty());

        // The pure function: v1.0 payloads and lineObjectNumber already there are left alone.
        const QJsonObject mixed{
            {u"salesInvoiceLines"_s,
             QJsonArray{QJsonObject{
                 {u"lineObjectNumber"_s, u"A"_s},
                 {u"lineDetails"_s, QJsonObject{{u"number"_s, u"B"_s}, {u"displayName"_s, u"Bee"_s}}}}}}};
        QCOMPARE(Connectors::BusinessCentral::withLineObjectNumbers(u"salesInvoice"_s, mixed, u"v1.0"_s),
                 mixed);
        const QJsonObject line =
            Connectors::BusinessCentral::withLineObjectNumbers(u"salesInvoice"_s, mixed, u"v2.0"_s)
                .value(u"salesInvoiceLines"_s)
                .toArray()
                .first()
                .toObject();
        QCOMPARE(line.value(u"lineObjectNumber"_s).toString(), u"A"_s);
        const QJsonObject rest{{u"displayName"_s, u"Bee"_s}};
        QCOMPARE(line.value(u"lineDetails"_s).toObject(), rest);
    }

    void businesscentralChecksTheConnection()
    {
        QVERIFY(restart());
        m_server->script.append(Step{"GET",
                                     u"companies("_s + company + u')',
                                     {},
                                     std::nullopt,
                                     200,
                                     responseBody(u"company-get.json"_s)});
        const Connectors::ConnectionCheck check = m_connector->checkConnection();
        QVERIFY2(check.ok(), qPrintable(check.message + allErrors()));
        QCOMPARE(check.accountName, u"CRONUS USA, Inc."_s);

        m_server->script.append(Step{"GET",
                                     u"companies("_s + company + u')',
                                     {},
                                     std::nullopt,
                                     401,
                                     odataError(u"Authentication_InvalidCredentials"_s,
                                                u"The server has rejected the client credentials."_s)});
        const Connectors::ConnectionCheck refused = m_connector->checkConnection();
        QVERIFY(!refused.authenticated);
        QVERIFY2(
            refused.message.startsWith(u"Business Central refused the access token (HTTP 401: The server "
                                       u"has rejected the client credentials. "
                                       u"(Authentication_InvalidCredentials))"_s),
            qPrintable(refused.message));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
    }

    /// The documented entities in the canonical vocabulary.
    void businesscentralCanonicalOfTheDocumentedEntities()
    {
        const Model::Currency usd = *Model::Currency::fromCode(u"USD"_s);
        const auto canonical = [&usd](const QString &object, const QJsonObject &document) {
            QString error;
            const std::optional<Connectors::VendorRecord> record =
                Connectors::BusinessCentral::vendorRecord(object, document, &error);
            if (!record) {
                qWarning("%s", qPrintable(error));
                return QJsonObject();
            }
            const std::optional<QJsonObject> json =
                Connectors::BusinessCentral::toCanonical(*record, usd, &error);
            if (!json)
                qWarning("%s", qPrintable(error));
            return json.value_or(QJsonObject());
        };
        const QJsonObject customer = canonical(u"customer"_s, responseBody(u"customer-create.json"_s));
        QCOMPARE(customer.value(u"email"_s).toString(), u"robert.townes@contoso.com"_s);
        QCOMPARE(customer.value(u"company"_s).toString(), u"Adatum Corporation"_s);
        const QJsonObject address = customer.value(u"default_address"_s).toObject();
        QCOMPARE(address.value(u"line1"_s).toString(), u"192 Market Square"_s);
        QCOMPARE(address.value(u"city"_s).toString(), u"Atlanta"_s);
        QCOMPARE(address.value(u"country_code"_s).toString(), u"US"_s);

        const QJsonObject item = canonical(u"item"_s, responseBody(u"item-create.json"_s));
        QCOMPARE(item.value(u"title"_s).toString(), u"ATHENS Desk"_s);
        const QJsonObject variant = item.value(u"variants"_s).toArray().first().toObject();
        QCOMPARE(variant.value(u"sku"_s).toString(), u"1896-S"_s);
        QCOMPARE(money(variant.value(u"price"_s)), u"1000.80 USD"_s);

        const QJsonObject payment =
            canonical(u"customerPayment"_s, responseBody(u"customerpayment-create.json"_s));
        QCOMPARE(money(payment.value(u"amount"_s)), u"1500.00 USD"_s);
        QCOMPARE(payment.value(u"reference"_s).toString(), u"1234"_s);
        QCOMPARE(payment.value(u"invoice_id"_s).toString(), u"appliesToInvoiceId-value"_s);
        QCOMPARE(payment.value(u"processed_at"_s).toString(), u"2015-12-31T00:00:00Z"_s);

        // A sales order reads as an order (the documented invoice's shape, as salesOrders share it).
        QJsonObject orderDocument = expandedInvoice();
        orderDocument.insert(u"salesOrderLines"_s, orderDocument.take(u"salesInvoiceLines"_s));
        orderDocument.insert(u"orderDate"_s, u"2019-01-15"_s);
        const QJsonObject order = canonical(u"salesOrder"_s, orderDocument);
        QCOMPARE(money(order.value(u"total"_s)), u"172.94 USD"_s);
        QCOMPARE(order.value(u"lines"_s).toArray().first().toObject().value(u"sku"_s).toString(),
                 u"1928-S"_s);

        // A unit price with up to five decimals (Business Central's unit-amount precision) is
        // rounded half-up to the currency's; a line amount with more decimals than the currency is
        // an error naming the field.
        QJsonObject odd = expandedInvoice();
        QJsonObject line = odd.value(u"salesInvoiceLines"_s).toArray().first().toObject();
        line.insert(u"unitPrice"_s, 54.905);
        odd.insert(u"salesInvoiceLines"_s, QJsonArray{line});
        QCOMPARE(money(canonical(u"salesInvoice"_s, odd)
                           .value(u"lines"_s)
                           .toArray()
                           .first()
                           .toObject()
                           .value(u"unit_price"_s)),
                 u"54.91 USD"_s);
        line.insert(u"amountExcludingTax"_s, 164.705);
        odd.insert(u"salesInvoiceLines"_s, QJsonArray{line});
        QString error;
        auto record = Connectors::BusinessCentral::vendorRecord(u"salesInvoice"_s, odd, &error);
        QVERIFY(record);
        QVERIFY(!Connectors::BusinessCentral::toCanonical(*record, usd, &error));
        QVERIFY2(error.startsWith(u"Business Central salesInvoice "_s + invoiceId
                                  + u": salesInvoiceLines[0].amountExcludingTax: "_s),
                 qPrintable(error));

        // The local currency unknown and the document in it: an error naming currencyCode.
        QJsonObject local = expandedInvoice();
        local.insert(u"currencyCode"_s, u""_s);
        record = Connectors::BusinessCentral::vendorRecord(u"salesInvoice"_s, local, &error);
        QVERIFY(!Connectors::BusinessCentral::toCanonical(*record, Model::Currency(), &error));
        QVERIFY2(error.contains(u": currencyCode: "_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestBusinessCentralConnector)
#include "tst_businesscentralconnector.moc"
