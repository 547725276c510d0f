// QuickBooksConnector over real HTTP through the real Net::HttpClient, against a local server that
// replays Intuit's documented examples (tests/connectors/fixtures/quickbooks/*.json, each naming
// the developer.intuit.com page it copies). The server holds a script: each step names the request
// the connector must send (method, path, query, JSON body) and answers with a documented response.
// A request that is not the next step's is answered 500 and reported, so every test asserts the
// exact requests. Nothing here ran against Intuit's live service.
#include "connectors/connector.h"
#include "connectors/quickbooks/quickbookscanonical.h"
#include "connectors/quickbooks/quickbooksconnector.h"
#include "engine/retrypolicy.h"
#include "model/currency.h"
#include "net/httpclient.h"

#include <QtCore/QCryptographicHash>
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
using Connectors::QuickBooksConnector;

namespace {

const QString realm = u"1185883450"_s; // Intuit's sample realm id (webhook-notification.json)

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(LEDGERLINK_SOURCE_DIR "/tests/connectors/fixtures/quickbooks/") + name);
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

/// The documented entity of a fixture's response ({"Invoice": {...}, "time": ...} → the Invoice).
QJsonObject entity(const QString &name, const QString &object)
{
    return responseBody(name).value(object).toObject();
}

/// One expected request and the answer to it.
struct Step
{
    QByteArray method;
    QString path; ///< under /v3/company/<realm>/
    QString query; ///< decoded query items besides minorversion, "key=value&…"; "" for none
    std::optional<QJsonObject> body; ///< the JSON body the request must carry
    int status = 200;
    QJsonObject reply;
};

class ReplayServer final : public QAbstractHttpServer
{
public:
    QList<Step> script;
    QStringList errors; ///< requests that were not the next step's
    QStringList lines; ///< "METHOD path?decoded query" of every request
    QList<QJsonObject> bodies;

    bool start()
    {
        m_port = listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }

protected:
    bool handleRequest(const QHttpServerRequest &incoming, QTcpSocket *socket) override
    {
        const QByteArray method = incoming.method() == QHttpServerRequest::Method::Post ? "POST"
            : incoming.method() == QHttpServerRequest::Method::Get                      ? "GET"
                                                                                        : "OTHER";
        const QString prefix = u"/v3/company/"_s + realm + u'/';
        const QString path = incoming.url().path();
        QUrlQuery query(incoming.url());
        const QString minor = query.queryItemValue(u"minorversion"_s, QUrl::FullyDecoded);
        query.removeAllQueryItems(u"minorversion"_s);
        QStringList items;
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            items.append(key + u'=' + value);
        const QString decodedQuery = items.join(u'&');
        lines.append(QString::fromLatin1(method) + u' ' + path.mid(prefix.size())
                     + (decodedQuery.isEmpty() ? QString() : u'?' + decodedQuery));
        const QJsonObject body = QJsonDocument::fromJson(incoming.body()).object();
        bodies.append(body);

        QString problem;
        if (script.isEmpty())
            problem = u"no step left"_s;
        else if (!path.startsWith(prefix))
            problem = u"path outside the company: "_s + path;
        else if (minor != u"75"_s)
            problem = u"minorversion is \"%1\""_s.arg(minor);
        else if (incoming.value("Authorization") != "Bearer qbo-test-token")
            problem = u"no bearer token"_s;
        else if (method != script.first().method || path.mid(prefix.size()) != script.first().path
                 || decodedQuery != script.first().query)
            problem = u"expected %1 %2?%3"_s.arg(QString::fromLatin1(script.first().method),
                                                 script.first().path, script.first().query);
        else if (script.first().body && body != *script.first().body)
            problem = u"body differs: "_s + QString::fromUtf8(incoming.body());
        if (!problem.isEmpty()) {
            errors.append(lines.last() + u": "_s + problem);
            write(socket, 500, QJsonObject{{u"error"_s, problem}});
            return true;
        }
        const Step step = script.takeFirst();
        write(socket, step.status, step.reply);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    static void write(QTcpSocket *socket, int status, const QJsonObject &reply)
    {
        const QByteArray body = QJsonDocument(reply).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 " + QByteArray::number(status)
                      + " Status\r\nContent-Type: application/json\r\n"
                      + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    quint16 m_port = 0;
};

QString money(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return object.value(u"amount"_s).toString() + u' ' + object.value(u"currency"_s).toString();
}

} // namespace

class TestQuickBooksConnector : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReplayServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Net::HttpClient> m_client;
    std::unique_ptr<Connectors::Connector> m_connector;
    QuickBooksConnector *m_qbo = nullptr;

    /// A fresh server and connector (through createConnector); the company's home currency USD
    /// is known unless `learnCurrency`.
    bool restart(bool learnCurrency = false)
    {
        m_connector.reset();
        m_server = std::make_unique<ReplayServer>();
        if (!m_server->start())
            return false;
        Connectors::ConnectorConfig config;
        config.system = u"quickbooks"_s;
        config.baseUrl = m_server->url();
        config.account = realm;
        config.accessToken = "qbo-test-token";
        QString error;
        m_connector = Connectors::createConnector(config, *m_client, &error);
        m_qbo = dynamic_cast<QuickBooksConnector *>(m_connector.get());
        if (!m_qbo) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        if (!learnCurrency)
            m_qbo->setHomeCurrency(*Model::Currency::fromCode(u"USD"_s));
        return true;
    }

    QString allErrors() const { return m_server->errors.join(u'\n'); }

private slots:
    void initTestCase()
    {
        QVERIFY2(!fixture(u"invoice-create.json"_s).isEmpty(), "the QuickBooks fixtures are missing");
        m_network = std::make_unique<QNetworkAccessManager>();
        Net::HttpClientOptions options;
        options.rateLimitKey = u"quickbooks:test"_s;
        options.side = Net::WriteSide::Erp;
        options.guard = Net::WriteGuard::allowing(true, false);
        options.timeout = 10s;
        m_client = std::make_unique<Net::HttpClient>(*m_network, options);
    }

    void quickbooksIsAKnownSystem()
    {
        QVERIFY(Connectors::connectorSystems().contains(u"quickbooks"_s));
        Connectors::ConnectorConfig config;
        config.system = u"quickbooks"_s;
        config.baseUrl = QUrl(u"https://quickbooks.api.intuit.com"_s);
        config.accessToken = "token";
        QString error;
        QVERIFY(!Connectors::createConnector(config, *m_client, &error));
        QCOMPARE(error, u"The quickbooks connection has no realm id (company id) (account)."_s);
    }

    void quickbooksQueryLiteralsAndRequestIds()
    {
        QCOMPARE(QuickBooksConnector::queryLiteral(u"King's Groceries"_s), u"'King\\'s Groceries'"_s);
        QCOMPARE(QuickBooksConnector::queryLiteral(u"a\\b"_s), u"'a\\\\b'"_s);
        QCOMPARE(QuickBooksConnector::requestId(u"sandbox-shop:order:5101:create"_s),
                 u"sandbox-shop:order:5101:create"_s);
        const QString longKey = u"sandbox-shop:credit_note:6101/acme-vendor-with-a-long-name:create"_s;
        QVERIFY(longKey.size() > 50);
        const QString id = QuickBooksConnector::requestId(longKey);
        QCOMPARE(id.size(), 43); // "ll-" and 40 hex digits
        QVERIFY(id.startsWith(u"ll-"_s));
        QCOMPARE(QuickBooksConnector::requestId(longKey), id); // the same key, the same id
    }

    /// Intuit's "Create an invoice" example: the documented request body goes out as it is, with
    /// the write's key as requestid; the company's currency is read once from preferences.
    void quickbooksCreatesTheDocumentedInvoice()
    {
        QVERIFY(restart(true));
        // Preferences (hand-written here, only the block the connector reads, in the shape of
        // Intuit's Preferences entity: CurrencyPrefs.HomeCurrency.value).
        m_server->script.append(Step{
            "GET",
            u"preferences"_s,
            {},
            std::nullopt,
            200,
            QJsonObject{
                {u"Preferences"_s,
                 QJsonObject{{u"CurrencyPrefs"_s,
                              QJsonObject{{u"HomeCurrency"_s, QJsonObject{{u"value"_s, u"USD"_s}}}}}}}}});
        m_server->script.append(Step{"POST", u"invoice"_s, u"requestid=sandbox-shop:order:5101:create"_s,
                                     requestBody(u"invoice-create.json"_s), 200,
                                     responseBody(u"invoice-create.json"_s)});
        Connectors::WriteRequest request;
        request.object = u"Invoice"_s;
        request.payload = requestBody(u"invoice-create.json"_s);
        request.idempotencyKey = u"sandbox-shop:order:5101:create"_s;
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.failure ? outcome.failure->message : allErrors()));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QVERIFY(m_server->script.isEmpty());
        QCOMPARE(outcome.record->id, u"238"_s);
        QCOMPARE(outcome.record->matchKey, u"1069"_s);
        QCOMPARE(outcome.record->updatedAt,
                 QDateTime(QDate(2015, 7, 24), QTime(17, 33, 39), QTimeZone::utc()));
        QCOMPARE(outcome.exchanges.size(), 2);
        QCOMPARE(outcome.exchanges.last().request.idempotencyKey, u"sandbox-shop:order:5101:create"_s);
        QCOMPARE(m_qbo->homeCurrency().code(), u"USD"_s);

        QString error;
        const std::optional<QJsonObject> invoice = m_connector->toCanonical(*outcome.record, &error);
        QVERIFY2(invoice, qPrintable(error));
        QCOMPARE(invoice->value(u"id"_s).toString(), u"238"_s);
        QCOMPARE(invoice->value(u"number"_s).toString(), u"1069"_s);
        QCOMPARE(money(invoice->value(u"total"_s)), u"100.00 USD"_s);
        QCOMPARE(money(invoice->value(u"subtotal"_s)), u"100.00 USD"_s);
        QCOMPARE(money(invoice->value(u"tax_total"_s)), u"0.00 USD"_s);
        QCOMPARE(money(invoice->value(u"amount_due"_s)), u"100.00 USD"_s);
        QCOMPARE(invoice->value(u"status"_s).toString(), u"open"_s);
        const QJsonArray lines = invoice->value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 1); // the SubTotal line is QuickBooks' sum, not a line
        QCOMPARE(lines.first().toObject().value(u"sku"_s).toString(), u"Services"_s);
        QCOMPARE(money(lines.first().toObject().value(u"total"_s)), u"100.00 USD"_s);
    }

    /// Intuit's "Create a credit memo" example (what the refund rule writes): sent as documented
    /// with the write's requestid, its answer the credit memo 150 (DocNumber 1039) with 50.00 of
    /// credit remaining.
    void quickbooksCreatesTheDocumentedCreditMemo()
    {
        QVERIFY(restart());
        const QString key = u"sandbox-shop:refund:5106/17000000001:create"_s; // within 50 characters
        m_server->script.append(Step{"POST", u"creditmemo"_s, u"requestid="_s + key,
                                     requestBody(u"creditmemo-create.json"_s), 200,
                                     responseBody(u"creditmemo-create.json"_s)});
        Connectors::WriteRequest request;
        request.object = u"CreditMemo"_s;
        request.payload = requestBody(u"creditmemo-create.json"_s);
        request.idempotencyKey = key;
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.failure ? outcome.failure->message : allErrors()));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QVERIFY(m_server->script.isEmpty());
        QCOMPARE(outcome.record->id, u"150"_s);
        QCOMPARE(outcome.record->matchKey, u"1039"_s);
        QCOMPARE(outcome.exchanges.size(), 1);
        QString error;
        const std::optional<QJsonObject> memo = m_connector->toCanonical(*outcome.record, &error);
        QVERIFY2(memo, qPrintable(error));
        QCOMPARE(money(memo->value(u"total"_s)), u"50.00 USD"_s);
    }

    /// Intuit's "Read an invoice" example, to the cent: 275.00 + 12.75 + 5 × 9.50 = 335.25, tax 8 %
    /// 26.82, total 362.07.
    void quickbooksReadsTheDocumentedInvoiceToTheCent()
    {
        QVERIFY(restart());
        m_server->script.append(
            Step{"GET", u"invoice/130"_s, {}, std::nullopt, 200, responseBody(u"invoice-read.json"_s)});
        const Connectors::ReadOne read = m_connector->readById(u"Invoice"_s, u"130"_s);
        QVERIFY2(read.record && !read.failure, qPrintable(allErrors()));
        QString error;
        const std::optional<QJsonObject> invoice = m_connector->toCanonical(*read.record, &error);
        QVERIFY2(invoice, qPrintable(error));
        QCOMPARE(money(invoice->value(u"subtotal"_s)), u"335.25 USD"_s);
        QCOMPARE(money(invoice->value(u"tax_total"_s)), u"26.82 USD"_s);
        QCOMPARE(money(invoice->value(u"total"_s)), u"362.07 USD"_s);
        QCOMPARE(invoice->value(u"customer_id"_s).toString(), u"24"_s);
        const QJsonArray lines = invoice->value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(2).toObject().value(u"quantity"_s).toString(), u"5"_s);
        QCOMPARE(money(lines.at(2).toObject().value(u"unit_price"_s)), u"9.50 USD"_s);
        QCOMPARE(money(lines.at(2).toObject().value(u"total"_s)), u"47.50 USD"_s);
        QCOMPARE(lines.at(1).toObject().value(u"description"_s).toString(), u"Fountain Pump"_s);

        // An Id QuickBooks does not have: its ValidationFault "Object Not Found" (code 610, from
        // the documented batch answer) is "not found", no failure.
        const QJsonObject notFound{{u"Fault"_s,
                                    responseBody(u"batch.json"_s)
                                        .value(u"BatchItemResponse"_s)
                                        .toArray()
                                        .at(1)
                                        .toObject()
                                        .value(u"Fault"_s)}};
        m_server->script.append(Step{"GET", u"invoice/131"_s, {}, std::nullopt, 400, notFound});
        const Connectors::ReadOne missing = m_connector->readById(u"Invoice"_s, u"131"_s);
        QVERIFY2(!missing.failure, qPrintable(missing.failure ? missing.failure->message : QString()));
        QVERIFY(!missing.record);
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));

        // Not an Id at all: nothing is sent.
        const Connectors::ReadOne bad = m_connector->readById(u"Invoice"_s, u"../company"_s);
        QVERIFY(bad.failure);
        QCOMPARE(bad.failure->message, u"\"../company\" is not a QuickBooks Invoice Id."_s);
    }

    /// Lists are queries paged by start position; a match key is a DocNumber query.
    void quickbooksQueriesPagesAndMatchKeys()
    {
        QVERIFY(restart());
        const QDateTime since(QDate(2015, 7, 24), QTime(17, 0), QTimeZone::utc());
        m_server->script.append(
            Step{"GET", u"query"_s,
                 u"query=select * from Invoice where MetaData.LastUpdatedTime > "
                 u"'2015-07-24T17:00:00Z' orderby MetaData.LastUpdatedTime startposition 1 "
                 u"maxresults 1"_s,
                 std::nullopt, 200, responseBody(u"invoice-query.json"_s)});
        const Connectors::ReadPage page = m_connector->readPage(u"Invoice"_s, {since, {}}, 1);
        QVERIFY2(!page.failure, qPrintable(page.failure ? page.failure->message : allErrors()));
        QCOMPARE(page.records.size(), 1);
        QCOMPARE(page.records.first().id, u"239"_s);
        QCOMPARE(page.records.first().matchKey, u"1070"_s);
        QCOMPARE(page.nextPageToken, u"2"_s); // a full page: there may be more

        m_server->script.append(
            Step{"GET", u"query"_s,
                 u"query=select * from Invoice orderby MetaData.LastUpdatedTime startposition 2 "
                 u"maxresults 1"_s,
                 std::nullopt, 200, QJsonObject{{u"QueryResponse"_s, QJsonObject{}}}});
        const Connectors::ReadPage last = m_connector->readPage(u"Invoice"_s, {{}, u"2"_s}, 1);
        QVERIFY(!last.failure);
        QVERIFY(last.records.isEmpty());
        QVERIFY(last.nextPageToken.isEmpty());

        m_server->script.append(Step{"GET", u"query"_s,
                                     u"query=select * from Invoice where DocNumber = '1070'"_s, std::nullopt,
                                     200, responseBody(u"invoice-query.json"_s)});
        const Connectors::ReadOne found = m_connector->findByMatchKey(u"Invoice"_s, u"1070"_s);
        QVERIFY(found.record && !found.failure);
        QCOMPARE(found.record->id, u"239"_s);
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
    }

    /// A page of Items leaves out an item without a SKU (Intuit's documented inventory item has
    /// none; the store matches products by SKU), keeps the same item with one, and still pages by
    /// the rows QuickBooks answered; the item is found by Id all the same.
    void quickbooksItemsWithoutASkuAreNoProducts()
    {
        QVERIFY(restart());
        const QJsonObject documented = responseBody(u"item-create.json"_s).value(u"Item"_s).toObject();
        QVERIFY(!documented.contains(u"Sku"_s));
        QJsonObject withSku = documented;
        withSku.insert(u"Id"_s, u"20"_s);
        withSku.insert(u"Name"_s, u"Garden Supplies (SKU)"_s);
        withSku.insert(u"Sku"_s, u"GARDEN-10"_s);
        m_server->script.append(
            Step{"GET", u"query"_s,
                 u"query=select * from Item orderby MetaData.LastUpdatedTime startposition 1 maxresults 2"_s,
                 std::nullopt, 200,
                 QJsonObject{{u"QueryResponse"_s,
                              QJsonObject{{u"Item"_s, QJsonArray{documented, withSku}},
                                          {u"startPosition"_s, 1},
                                          {u"maxResults"_s, 2}}}}});
        const Connectors::ReadPage page = m_connector->readPage(u"Item"_s, {}, 2);
        QVERIFY2(!page.failure, qPrintable(page.failure ? page.failure->message : allErrors()));
        QCOMPARE(page.records.size(), 1);
        QCOMPARE(page.records.first().id, u"20"_s);
        QCOMPARE(page.records.first().matchKey, u"GARDEN-10"_s);
        QCOMPARE(page.nextPageToken, u"3"_s); // two rows answered: there may be more
        // The query's answer, with the item left out, is what the audit log keeps.
        QCOMPARE(page.exchanges.size(), 1);
        QVERIFY(page.exchanges.first().response.body.contains("\"Garden Supplies\""));

        m_server->script.append(
            Step{"GET", u"item/19"_s, {}, std::nullopt, 200, QJsonObject{{u"Item"_s, documented}}});
        const Connectors::ReadOne one = m_connector->readById(u"Item"_s, u"19"_s);
        QVERIFY2(one.record, qPrintable(one.failure ? one.failure->message : allErrors()));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
    }

    /// Intuit's "Sparse update an invoice": the connector reads the SyncToken (the created invoice
    /// 238 has "0") and sends exactly the documented body; QuickBooks answers with SyncToken "1".
    void quickbooksSparseUpdateSendsTheSyncToken()
    {
        QVERIFY(restart());
        m_server->script.append(
            Step{"GET", u"invoice/238"_s, {}, std::nullopt, 200, responseBody(u"invoice-create.json"_s)});
        m_server->script.append(Step{"POST", u"invoice"_s,
                                     u"requestid=sandbox-shop:order:5101:update:sync0"_s,
                                     requestBody(u"invoice-sparse-update.json"_s), 200,
                                     responseBody(u"invoice-sparse-update.json"_s)});
        Connectors::WriteRequest request;
        request.object = u"Invoice"_s;
        request.existingId = u"238"_s;
        request.payload = QJsonObject{{u"DueDate"_s, u"2015-09-30"_s}};
        request.idempotencyKey = u"sandbox-shop:order:5101:update"_s;
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.failure ? outcome.failure->message : allErrors()));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QCOMPARE(outcome.record->document.value(u"SyncToken"_s).toString(), u"1"_s);
        QCOMPARE(outcome.record->document.value(u"DueDate"_s).toString(), u"2015-09-30"_s);
    }

    /// A Stale Object Error (code 5010, Intuit's own text from the batch example): the invoice is
    /// read again and sent once more with the new SyncToken; twice stale, the record waits.
    void quickbooksStaleObjectIsReadAgain()
    {
        QVERIFY(restart());
        const QJsonObject stale{{u"Fault"_s,
                                 responseBody(u"batch.json"_s)
                                     .value(u"BatchItemResponse"_s)
                                     .toArray()
                                     .at(2)
                                     .toObject()
                                     .value(u"Fault"_s)},
                                {u"time"_s, u"2015-07-24T11:03:26.674-07:00"_s}};
        QJsonObject sparse = requestBody(u"invoice-sparse-update.json"_s);
        m_server->script.append(
            Step{"GET", u"invoice/238"_s, {}, std::nullopt, 200, responseBody(u"invoice-create.json"_s)});
        m_server->script.append(Step{"POST", u"invoice"_s, u"requestid=k:sync0"_s, sparse, 400, stale});
        // Someone saved it meanwhile: QuickBooks has SyncToken "1" now.
        m_server->script.append(Step{
            "GET", u"invoice/238"_s, {}, std::nullopt, 200, responseBody(u"invoice-sparse-update.json"_s)});
        sparse.insert(u"SyncToken"_s, u"1"_s);
        QJsonObject saved = responseBody(u"invoice-sparse-update.json"_s);
        QJsonObject invoice = saved.value(u"Invoice"_s).toObject();
        invoice.insert(u"SyncToken"_s, u"2"_s);
        saved.insert(u"Invoice"_s, invoice);
        m_server->script.append(Step{"POST", u"invoice"_s, u"requestid=k:sync1"_s, sparse, 200, saved});
        Connectors::WriteRequest request;
        request.object = u"Invoice"_s;
        request.existingId = u"238"_s;
        request.payload = QJsonObject{{u"DueDate"_s, u"2015-09-30"_s}};
        request.idempotencyKey = u"k"_s;
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.failure ? outcome.failure->message : allErrors()));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QCOMPARE(outcome.exchanges.size(), 4);
        QCOMPARE(outcome.record->document.value(u"SyncToken"_s).toString(), u"2"_s);

        // Stale twice: not a permanent failure, the engine tries again later.
        m_server->script.append(
            Step{"GET", u"invoice/238"_s, {}, std::nullopt, 200, responseBody(u"invoice-create.json"_s)});
        m_server->script.append(Step{"POST", u"invoice"_s, u"requestid=k:sync0"_s, std::nullopt, 400, stale});
        m_server->script.append(Step{
            "GET", u"invoice/238"_s, {}, std::nullopt, 200, responseBody(u"invoice-sparse-update.json"_s)});
        m_server->script.append(Step{"POST", u"invoice"_s, u"requestid=k:sync1"_s, std::nullopt, 400, stale});
        const Connectors::WriteOutcome again = m_connector->write(request);
        QVERIFY(!again.ok());
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QVERIFY(Engine::RetryPolicy::isTransient(again.failure->outcome));
        QVERIFY2(
            again.failure->message.contains(u"Stale Object Error: Stale Object Error : You and root were "
                                            u"working on this at the same time."_s),
            qPrintable(again.failure->message));
        QVERIFY2(again.failure->message.endsWith(u"(code 5010)"_s), qPrintable(again.failure->message));
    }

    /// Intuit's batch example answers three items with Faults and a fourth with a query result:
    /// each of four creates gets its own outcome.
    void quickbooksBatchSplitsTheDocumentedAnswer()
    {
        QVERIFY(restart());
        QList<Connectors::WriteRequest> requests;
        QJsonArray items;
        for (int i = 1; i <= 4; ++i) {
            Connectors::WriteRequest request;
            request.object = u"Customer"_s;
            request.payload = QJsonObject{{u"DisplayName"_s, u"Customer %1"_s.arg(i)}};
            request.idempotencyKey = u"shop:customer:%1:create"_s.arg(i);
            requests.append(request);
            items.append(QJsonObject{{u"bId"_s, u"bid%1"_s.arg(i)},
                                     {u"operation"_s, u"create"_s},
                                     {u"Customer"_s, request.payload}});
        }
        const QString batchKey = u"batch-"_s
            + QString::fromLatin1(QCryptographicHash::hash("shop:customer:1:create\nshop:customer:2:create\n"
                                                           "shop:customer:3:create\nshop:customer:4:create",
                                                           QCryptographicHash::Sha256)
                                      .toHex());
        m_server->script.append(
            Step{"POST", u"batch"_s, u"requestid="_s + QuickBooksConnector::requestId(batchKey),
                 QJsonObject{{u"BatchItemRequest"_s, items}}, 200, responseBody(u"batch.json"_s)});
        const QList<Connectors::WriteOutcome> outcomes = m_connector->writeBatch(requests);
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QCOMPARE(outcomes.size(), 4);
        for (const Connectors::WriteOutcome &outcome : outcomes) {
            QVERIFY(!outcome.ok());
            QVERIFY(!Engine::RetryPolicy::isTransient(outcome.failure->outcome));
        }
        QCOMPARE(
            outcomes.at(0).failure->message,
            u"POST batch (4 creates), item 1 (shop:customer:1:create): Duplicate Name Exists Error: The "
            u"name supplied already exists. : Another customer, vendor or employee is already using this "
            u"name. Please use a different name. (code 6240)"_s);
        QVERIFY(outcomes.at(1).failure->message.endsWith(u"(code 610)"_s));
        QVERIFY(outcomes.at(2).failure->message.endsWith(u"(code 5010)"_s));
        QCOMPARE(outcomes.at(3).failure->message,
                 u"POST batch (4 creates), item 4 (shop:customer:4:create): the answer holds no Customer"_s);

        // An answer that creates: the documented invoice under its bId.
        QVERIFY(restart());
        Connectors::WriteRequest invoice;
        invoice.object = u"Invoice"_s;
        invoice.payload = requestBody(u"invoice-create.json"_s);
        invoice.idempotencyKey = u"shop:order:1:create"_s;
        m_server->script.append(Step{
            "POST", u"batch"_s, u"requestid=shop:order:1:create"_s,
            QJsonObject{{u"BatchItemRequest"_s,
                         QJsonArray{QJsonObject{{u"bId"_s, u"bid1"_s},
                                                {u"operation"_s, u"create"_s},
                                                {u"Invoice"_s, invoice.payload}}}}},
            200,
            QJsonObject{
                {u"BatchItemResponse"_s,
                 QJsonArray{QJsonObject{{u"bId"_s, u"bid1"_s},
                                        {u"Invoice"_s, entity(u"invoice-create.json"_s, u"Invoice"_s)}}}}}});
        const QList<Connectors::WriteOutcome> created = m_connector->writeBatch({invoice});
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QCOMPARE(created.size(), 1);
        QVERIFY(created.first().ok());
        QCOMPARE(created.first().record->id, u"238"_s);
    }

    /// Intuit's error format, with HTTP 400 and with HTTP 200: the Fault is the failure, in
    /// Intuit's words.
    void quickbooksFaultIsTheError()
    {
        QVERIFY(restart());
        const QJsonObject fault = responseBody(u"fault-format.json"_s);
        for (const int status : {400, 200}) {
            m_server->script.append(Step{"POST", u"customer"_s, u"requestid=shop:customer:9:create"_s,
                                         requestBody(u"customer-create.json"_s), status, fault});
            Connectors::WriteRequest request;
            request.object = u"Customer"_s;
            request.payload = requestBody(u"customer-create.json"_s);
            request.idempotencyKey = u"shop:customer:9:create"_s;
            const Connectors::WriteOutcome outcome = m_connector->write(request);
            QVERIFY(!outcome.ok());
            QVERIFY2(outcome.failure->message.contains(u"<message>: <detail> (code <code>)"_s),
                     qPrintable(outcome.failure->message));
            QVERIFY(!Engine::RetryPolicy::isTransient(outcome.failure->outcome));
        }
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
    }

    /// A store order names its customer by e-mail and its lines by SKU: the connector finds (or
    /// creates) the customer and finds the items, then writes the invoice with their Ids.
    void quickbooksResolvesCustomerAndItems()
    {
        QVERIFY(restart());
        const QJsonObject empty{{u"QueryResponse"_s, QJsonObject{}},
                                {u"time"_s, u"2015-07-24T10:33:39.11-07:00"_s}};
        m_server->script.append(Step{
            "GET", u"query"_s, u"query=select * from Customer where PrimaryEmailAddr = 'jdrew@myemail.com'"_s,
            std::nullopt, 200, empty});
        m_server->script.append(Step{
            "GET", u"query"_s, u"query=select * from Customer where DisplayName = 'King\\'s Groceries'"_s,
            std::nullopt, 200, empty});
        // Created with the name and address, answered as Intuit's "Create a customer" example.
        m_server->script.append(
            Step{"POST", u"customer"_s, u"requestid=customer-of:shop:order:7:create"_s,
                 QJsonObject{{u"DisplayName"_s, u"King's Groceries"_s},
                             {u"PrimaryEmailAddr"_s, QJsonObject{{u"Address"_s, u"jdrew@myemail.com"_s}}}},
                 200, responseBody(u"customer-create.json"_s)});
        m_server->script.append(Step{"GET", u"query"_s, u"query=select * from Item where Sku = 'Services'"_s,
                                     std::nullopt, 200, empty});
        // The item of Intuit's invoice example: ItemRef {"name": "Services", "value": "1"}.
        m_server->script.append(Step{
            "GET", u"query"_s, u"query=select * from Item where Name = 'Services'"_s, std::nullopt, 200,
            QJsonObject{
                {u"QueryResponse"_s,
                 QJsonObject{{u"Item"_s,
                              QJsonArray{QJsonObject{
                                  {u"Id"_s, u"1"_s}, {u"Name"_s, u"Services"_s}, {u"Type"_s, u"Service"_s}}}},
                             {u"startPosition"_s, 1},
                             {u"maxResults"_s, 1}}}}});
        QJsonObject sent = requestBody(u"invoice-create.json"_s);
        sent.insert(u"CustomerRef"_s, QJsonObject{{u"name"_s, u"King's Groceries"_s}, {u"value"_s, u"67"_s}});
        sent.insert(u"BillEmail"_s, QJsonObject{{u"Address"_s, u"jdrew@myemail.com"_s}});
        m_server->script.append(Step{"POST", u"invoice"_s, u"requestid=shop:order:7:create"_s, sent, 200,
                                     responseBody(u"invoice-create.json"_s)});

        QJsonObject payload = requestBody(u"invoice-create.json"_s);
        payload.insert(u"CustomerRef"_s, QJsonObject{{u"name"_s, u"King's Groceries"_s}});
        payload.insert(u"BillEmail"_s, QJsonObject{{u"Address"_s, u"jdrew@myemail.com"_s}});
        QJsonArray lines = payload.value(u"Line"_s).toArray();
        QJsonObject line = lines.first().toObject();
        line.insert(u"SalesItemLineDetail"_s,
                    QJsonObject{{u"ItemRef"_s, QJsonObject{{u"name"_s, u"Services"_s}}}});
        lines.replace(0, line);
        payload.insert(u"Line"_s, lines);
        Connectors::WriteRequest request;
        request.object = u"Invoice"_s;
        request.payload = payload;
        request.idempotencyKey = u"shop:order:7:create"_s;
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.failure ? outcome.failure->message : allErrors()));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QVERIFY(m_server->script.isEmpty());
        QCOMPARE(outcome.exchanges.size(), 6); // the look-ups and the customer go with the invoice's audit

        // The next order of the same customer and item: nothing looked up again.
        m_server->script.append(Step{"POST", u"invoice"_s, u"requestid=shop:order:8:create"_s, sent, 200,
                                     responseBody(u"invoice-create.json"_s)});
        request.idempotencyKey = u"shop:order:8:create"_s;
        QVERIFY(m_connector->write(request).ok());
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));

        // An item QuickBooks does not have: refused before the invoice is sent, naming it.
        m_server->script.append(Step{"GET", u"query"_s, u"query=select * from Item where Sku = 'MUG-350'"_s,
                                     std::nullopt, 200, empty});
        m_server->script.append(Step{"GET", u"query"_s, u"query=select * from Item where Name = 'MUG-350'"_s,
                                     std::nullopt, 200, empty});
        line.insert(u"SalesItemLineDetail"_s,
                    QJsonObject{{u"ItemRef"_s, QJsonObject{{u"name"_s, u"MUG-350"_s}}}});
        lines.replace(0, line);
        payload.insert(u"Line"_s, lines);
        request.payload = payload;
        request.idempotencyKey = u"shop:order:9:create"_s;
        const Connectors::WriteOutcome unknown = m_connector->write(request);
        QVERIFY(!unknown.ok());
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QCOMPARE(unknown.failure->message,
                 u"Line[0]: QuickBooks has no item whose SKU or name is \"MUG-350\": add it to Products and "
                 u"Services, or map the line to another item"_s);
        QVERIFY(!Engine::RetryPolicy::isTransient(unknown.failure->outcome));

        // A payment takes the customer of the invoice it pays (Intuit's invoice 130: customer 24).
        m_server->script.append(
            Step{"GET", u"invoice/130"_s, {}, std::nullopt, 200, responseBody(u"invoice-read.json"_s)});
        const QJsonObject pays{
            {u"TotalAmt"_s, 362.07},
            {u"Line"_s,
             QJsonArray{QJsonObject{
                 {u"Amount"_s, 362.07},
                 {u"LinkedTxn"_s,
                  QJsonArray{QJsonObject{{u"TxnId"_s, u"130"_s}, {u"TxnType"_s, u"Invoice"_s}}}}}}}};
        QJsonObject paid = pays;
        paid.insert(u"CustomerRef"_s, QJsonObject{{u"value"_s, u"24"_s}});
        m_server->script.append(Step{"POST", u"payment"_s, u"requestid=shop:payment:1:create"_s, paid, 200,
                                     responseBody(u"payment-applied-object.json"_s)});
        Connectors::WriteRequest payment;
        payment.object = u"Payment"_s;
        payment.payload = pays;
        payment.idempotencyKey = u"shop:payment:1:create"_s;
        const Connectors::WriteOutcome applied = m_connector->write(payment);
        QVERIFY2(applied.ok(), qPrintable(applied.failure ? applied.failure->message : allErrors()));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QCOMPARE(applied.record->id, u"163"_s);
    }

    /// The documented entities in the canonical vocabulary.
    void quickbooksCanonicalOfTheDocumentedEntities()
    {
        const Model::Currency usd = *Model::Currency::fromCode(u"USD"_s);
        const auto canonical = [&usd](const QString &object, const QString &fixtureName) {
            QString error;
            const std::optional<Connectors::VendorRecord> record =
                Connectors::QuickBooks::vendorRecord(object, entity(fixtureName, object), &error);
            if (!record) {
                qWarning("%s", qPrintable(error));
                return QJsonObject();
            }
            const std::optional<QJsonObject> json = Connectors::QuickBooks::toCanonical(*record, usd, &error);
            if (!json)
                qWarning("%s", qPrintable(error));
            return json.value_or(QJsonObject());
        };
        const QJsonObject customer = canonical(u"Customer"_s, u"customer-create.json"_s);
        QCOMPARE(customer.value(u"id"_s).toString(), u"67"_s);
        QCOMPARE(customer.value(u"email"_s).toString(), u"jdrew@myemail.com"_s);
        QCOMPARE(customer.value(u"first_name"_s).toString(), u"James"_s);
        QCOMPARE(customer.value(u"last_name"_s).toString(), u"King"_s);
        QCOMPARE(customer.value(u"company"_s).toString(), u"King Groceries"_s);
        QCOMPARE(customer.value(u"phone"_s).toString(), u"(555) 555-5555"_s);

        const QJsonObject item = canonical(u"Item"_s, u"item-create.json"_s);
        QCOMPARE(item.value(u"title"_s).toString(), u"Garden Supplies"_s);
        QCOMPARE(money(item.value(u"variants"_s).toArray().first().toObject().value(u"price"_s)),
                 u"0.00 USD"_s);

        const QJsonObject memo = canonical(u"CreditMemo"_s, u"creditmemo-create.json"_s);
        QCOMPARE(memo.value(u"number"_s).toString(), u"1039"_s);
        QCOMPARE(money(memo.value(u"total"_s)), u"50.00 USD"_s);
        QCOMPARE(memo.value(u"status"_s).toString(), u"open"_s); // 50.00 of credit remains

        const QJsonObject refund = canonical(u"RefundReceipt"_s, u"refundreceipt-create.json"_s);
        QCOMPARE(money(refund.value(u"total"_s)), u"420.00 USD"_s);
        QCOMPARE(refund.value(u"status"_s).toString(), u"refunded"_s);

        const QJsonObject payment = canonical(u"Payment"_s, u"payment-applied-object.json"_s);
        QCOMPARE(money(payment.value(u"amount"_s)), u"65.00 USD"_s);
        QCOMPARE(payment.value(u"invoice_id"_s).toString(), u"70"_s);
        QCOMPARE(payment.value(u"gateway"_s).toString(), u"4"_s);

        // A document whose amount has more decimals than its currency: an error naming the field.
        QJsonObject odd = entity(u"invoice-create.json"_s, u"Invoice"_s);
        odd.insert(u"TotalAmt"_s, 100.005);
        QString error;
        const auto record = Connectors::QuickBooks::vendorRecord(u"Invoice"_s, odd, &error);
        QVERIFY(record);
        QVERIFY(!Connectors::QuickBooks::toCanonical(*record, usd, &error));
        QVERIFY2(error.startsWith(u"QuickBooks Invoice 238: TotalAmt: "_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestQuickBooksConnector)
#include "tst_quickbooksconnector.moc"
