// OdooConnector over real HTTP through the real Net::HttpClient, against a local server that
// answers POST /jsonrpc from a script. Each step names the JSON-RPC call the connector must send
// (service, method and the complete args, API key included: the server sees the real request) and
// the answer. The documented calls and results come from tests/connectors/fixtures/odoo/*.json
// (Odoo's External API page, with the JSON-RPC envelope of odoo/http.py); the invoice, sale order,
// payment and product answers are written here in the shape of Odoo's fields (marked "hand-written":
// the External API page shows none of them). Nothing here ran against a live Odoo server.
#include "connectors/connector.h"
#include "connectors/odoo/odooconnector.h"
#include "engine/retrypolicy.h"
#include "net/httpclient.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimeZone>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace LedgerLink;
using Connectors::OdooConnector;

namespace {

const QString database = u"shopdb"_s;
const QString login = u"sync@example.com"_s;
const QString apiKey = u"6578616d706c65206a736f6e20617069206b6579"_s; // the 19.0 page's example key
constexpr int uid = 2;

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(LEDGERLINK_SOURCE_DIR "/tests/connectors/fixtures/odoo/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// A fixture's documented request args with the page's placeholders replaced by the test's.
QJsonArray fixtureArgs(const QString &name)
{
    QJsonArray args = fixture(name).value(u"request"_s)[u"body"_s][u"params"_s][u"args"_s].toArray();
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"<db>"_s)
            args[i] = database;
        else if (args.at(i) == u"<key>"_s || args.at(i) == u"<wrong key>"_s)
            args[i] = apiKey;
        else if (args.at(i) == u"admin"_s)
            args[i] = login;
    }
    return args;
}

/// A fixture's documented answer (result or error), without the id the server fills in.
QJsonObject fixtureAnswer(const QString &name)
{
    QJsonObject body = fixture(name).value(u"response"_s)[u"body"_s].toObject();
    body.remove(u"id"_s);
    return body;
}

QJsonObject result(const QJsonValue &value)
{
    return QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"result"_s, value}};
}

/// A JSON-RPC error in the shape of odoo/http.py (hand-written message).
QJsonObject error(const QString &name, const QString &message)
{
    const QJsonObject data{{u"name"_s, name},
                           {u"debug"_s, u"Traceback (most recent call last):\n"_s},
                           {u"message"_s, message},
                           {u"arguments"_s, QJsonArray{message}},
                           {u"context"_s, QJsonObject{}}};
    return QJsonObject{
        {u"jsonrpc"_s, u"2.0"_s},
        {u"error"_s, QJsonObject{{u"code"_s, 0}, {u"message"_s, u"Odoo Server Error"_s}, {u"data"_s, data}}}};
}

/// One expected call and the answer to it.
struct Step
{
    QString service;
    QString method;
    QJsonArray args;
    QJsonObject answer;
    int status = 200;
};

Step kw(const QString &model, const QString &method, const QJsonArray &args, const QJsonObject &kwargs,
        const QJsonObject &answer)
{
    return Step{u"object"_s, u"execute_kw"_s, QJsonArray{database, uid, apiKey, model, method, args, kwargs},
                answer};
}

Step versionStep(int major)
{
    // The documented answer (13.0) with the major version under test: hand-adapted.
    QJsonObject answer = fixtureAnswer(u"common-version.json"_s);
    if (major != 13) {
        const QString text = QString::number(major) + u".0"_s;
        answer.insert(u"result"_s,
                      QJsonObject{{u"server_version"_s, text},
                                  {u"server_version_info"_s, QJsonArray{major, 0, 0, u"final"_s, 0}},
                                  {u"server_serie"_s, text},
                                  {u"protocol_version"_s, 1}});
    }
    return Step{u"common"_s, u"version"_s, QJsonArray{}, answer};
}

Step authenticateStep()
{
    return Step{u"common"_s, u"authenticate"_s, fixtureArgs(u"common-authenticate.json"_s),
                fixtureAnswer(u"common-authenticate.json"_s)};
}

class ReplayServer final : public QAbstractHttpServer
{
public:
    QList<Step> script;
    QStringList errors;
    QStringList calls; ///< "model method" or "common method" of every request
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
        const QJsonObject body = QJsonDocument::fromJson(incoming.body()).object();
        bodies.append(body);
        const QJsonObject params = body.value(u"params"_s).toObject();
        const QJsonArray args = params.value(u"args"_s).toArray();
        calls.append(params.value(u"service"_s).toString() == u"object"_s
                         ? QString(args.at(3).toString() + u' ' + args.at(4).toString())
                         : QString(u"common "_s + params.value(u"method"_s).toString()));
        QString problem;
        if (incoming.method() != QHttpServerRequest::Method::Post || incoming.url().path() != u"/jsonrpc"_s)
            problem = u"not POST /jsonrpc"_s;
        else if (!incoming.value("Content-Type").startsWith("application/json"))
            problem = u"Content-Type is not application/json"_s;
        else if (body.value(u"jsonrpc"_s) != u"2.0"_s || body.value(u"method"_s) != u"call"_s
                 || !body.value(u"id"_s).isDouble())
            problem = u"not a JSON-RPC 2.0 call"_s;
        else if (script.isEmpty())
            problem = u"no step left"_s;
        else if (params.value(u"service"_s) != script.first().service
                 || params.value(u"method"_s) != script.first().method || args != script.first().args)
            problem = u"expected %1 %2 %3"_s.arg(
                script.first().service, script.first().method,
                QString::fromUtf8(QJsonDocument(script.first().args).toJson(QJsonDocument::Compact)));
        if (!problem.isEmpty()) {
            errors.append(calls.last() + u": "_s + problem + u"; got "_s
                          + QString::fromUtf8(incoming.body()));
            write(socket, 500, QJsonObject{{u"error"_s, problem}});
            return true;
        }
        const Step step = script.takeFirst();
        QJsonObject answer = step.answer;
        answer.insert(u"id"_s, body.value(u"id"_s));
        write(socket, step.status, answer);
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

QString messageOf(const std::optional<Connectors::ConnectorFailure> &failure)
{
    return failure ? failure->message : QString();
}

const QJsonArray moveFields{u"id"_s,
                            u"name"_s,
                            u"move_type"_s,
                            u"ref"_s,
                            u"invoice_origin"_s,
                            u"partner_id"_s,
                            u"state"_s,
                            u"payment_state"_s,
                            u"invoice_date"_s,
                            u"invoice_date_due"_s,
                            u"currency_id"_s,
                            u"amount_untaxed"_s,
                            u"amount_tax"_s,
                            u"amount_total"_s,
                            u"amount_residual"_s,
                            u"invoice_line_ids"_s,
                            u"write_date"_s};
const QJsonArray lineFields{u"id"_s,      u"move_id"_s,        u"display_type"_s, u"product_id"_s,
                            u"name"_s,    u"quantity"_s,       u"price_unit"_s,   u"discount"_s,
                            u"tax_ids"_s, u"price_subtotal"_s, u"price_total"_s};
const QJsonArray outInvoice{u"move_type"_s, u"="_s, u"out_invoice"_s};

QJsonObject searchKwargs(const QJsonArray &fields, int limit)
{
    return QJsonObject{{u"fields"_s, fields}, {u"order"_s, u"write_date asc, id asc"_s}, {u"limit"_s, limit}};
}

/// Hand-written: invoice 31 for order 1001 in the shape of account.move's fields.
QJsonObject invoice31(const QString &state)
{
    return QJsonObject{{u"id"_s, 31},
                       {u"name"_s, state == u"posted"_s ? u"INV/2026/00031"_s : u"/"_s},
                       {u"move_type"_s, u"out_invoice"_s},
                       {u"ref"_s, u"1001"_s},
                       {u"invoice_origin"_s, u"1001"_s},
                       {u"partner_id"_s, QJsonArray{9, u"Ada Lovelace"_s}},
                       {u"state"_s, state},
                       {u"payment_state"_s, u"not_paid"_s},
                       {u"invoice_date"_s, u"2026-11-28"_s},
                       {u"invoice_date_due"_s, u"2026-12-28"_s},
                       {u"currency_id"_s, QJsonArray{1, u"USD"_s}},
                       {u"amount_untaxed"_s, 39.98},
                       {u"amount_tax"_s, 0},
                       {u"amount_total"_s, 39.98},
                       {u"amount_residual"_s, 39.98},
                       {u"invoice_line_ids"_s, QJsonArray{101}},
                       {u"write_date"_s, u"2026-11-28 10:15:02"_s}};
}

/// How the writer posts draft move `id` (of `moveType`, e.g. outInvoice): it reads the state
/// (draft, `total`), calls action_post, and reads the move back by id with `fields`, answered `row`.
QList<Step> postDraftSteps(int id, double total, const QJsonArray &moveType, const QJsonArray &fields,
                           const QJsonObject &row)
{
    return {
        kw(u"account.move"_s, u"read"_s, QJsonArray{QJsonValue(QJsonArray{id})},
           QJsonObject{{u"fields"_s, QJsonArray{u"state"_s, u"amount_total"_s, u"name"_s}}},
           result(QJsonArray{QJsonObject{
               {u"id"_s, id}, {u"state"_s, u"draft"_s}, {u"amount_total"_s, total}, {u"name"_s, u"/"_s}}})),
        kw(u"account.move"_s, u"action_post"_s, QJsonArray{QJsonValue(QJsonArray{id})}, QJsonObject{},
           result(false)),
        kw(u"account.move"_s, u"search_read"_s,
           QJsonArray{QJsonValue(QJsonArray{moveType, QJsonArray{u"id"_s, u"="_s, id}})},
           searchKwargs(fields, 1), result(QJsonArray{row}))};
}

/// The reads that follow an invoice row: its lines, then their products' SKUs.
QList<Step> invoiceLineReads()
{
    const QJsonObject line{{u"id"_s, 101},
                           {u"move_id"_s, QJsonArray{31, u"INV/2026/00031"_s}},
                           {u"display_type"_s, u"product"_s},
                           {u"product_id"_s, QJsonArray{5, u"[SKU-1] Mug"_s}},
                           {u"name"_s, u"Mug"_s},
                           {u"quantity"_s, 2},
                           {u"price_unit"_s, 19.99},
                           {u"discount"_s, 0},
                           {u"tax_ids"_s, QJsonArray{}},
                           {u"price_subtotal"_s, 39.98},
                           {u"price_total"_s, 39.98}};
    return {kw(u"account.move.line"_s, u"read"_s, QJsonArray{QJsonValue(QJsonArray{101})},
               QJsonObject{{u"fields"_s, lineFields}}, result(QJsonArray{line})),
            kw(u"product.product"_s, u"read"_s, QJsonArray{QJsonValue(QJsonArray{5})},
               QJsonObject{{u"fields"_s, QJsonArray{u"default_code"_s}}},
               result(QJsonArray{QJsonObject{{u"id"_s, 5}, {u"default_code"_s, u"SKU-1"_s}}}))};
}

QJsonObject invoicePayload()
{
    return QJsonObject{
        {u"ref"_s, u"1001"_s},
        {u"invoice_origin"_s, u"1001"_s},
        {u"invoice_date"_s, u"2026-11-28"_s},
        {u"partner_id"_s, QJsonObject{{u"email"_s, u"ada@example.com"_s}, {u"name"_s, u"Ada Lovelace"_s}}},
        {u"invoice_line_ids"_s,
         QJsonArray{QJsonObject{{u"product_id"_s, QJsonObject{{u"default_code"_s, u"SKU-1"_s}}},
                                {u"name"_s, u"Mug"_s},
                                {u"quantity"_s, 2},
                                {u"price_unit"_s, 19.99}}}},
        {u"amount_total"_s, u"39.98"_s}};
}

} // namespace

class TestOdooConnector : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReplayServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Net::HttpClient> m_client;
    std::unique_ptr<Connectors::Connector> m_connector;

    static Connectors::ConnectorConfig config(const QUrl &baseUrl)
    {
        Connectors::ConnectorConfig config;
        config.system = u"odoo"_s;
        config.baseUrl = baseUrl;
        config.account = database;
        config.accessToken = login.toUtf8() + ':' + apiKey.toUtf8();
        return config;
    }

    bool restart(const QList<Step> &script)
    {
        m_connector.reset();
        m_server = std::make_unique<ReplayServer>();
        if (!m_server->start())
            return false;
        m_server->script = script;
        QString problem;
        m_connector = Connectors::createConnector(config(m_server->url()), *m_client, &problem);
        if (!m_connector)
            qWarning("%s", qPrintable(problem));
        return m_connector != nullptr;
    }

    QString allErrors() const { return m_server->errors.join(u'\n'); }

    /// No recorded exchange holds the API key; every one sent it in args[2] except common.version.
    static void verifyKeyRedacted(const QList<Net::HttpExchange> &exchanges)
    {
        QVERIFY(!exchanges.isEmpty());
        for (const Net::HttpExchange &exchange : exchanges) {
            QVERIFY2(!exchange.request.body.contains(apiKey.toUtf8()), exchange.request.body.constData());
            const QJsonArray args =
                QJsonDocument::fromJson(exchange.request.body).object()[u"params"_s][u"args"_s].toArray();
            if (!args.isEmpty())
                QCOMPARE(args.at(2).toString(), u"[redacted]"_s);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!fixture(u"common-version.json"_s).isEmpty(), "the Odoo fixtures are missing");
        m_network = std::make_unique<QNetworkAccessManager>();
        Net::HttpClientOptions options;
        options.rateLimitKey = u"odoo:test"_s;
        options.side = Net::WriteSide::Erp;
        options.guard = Net::WriteGuard::allowing(true, false);
        options.timeout = 10s;
        m_client = std::make_unique<Net::HttpClient>(*m_network, options);
    }

    void odooIsAKnownSystemAndChecksItsSecret()
    {
        QVERIFY(Connectors::connectorSystems().contains(u"odoo"_s));
        const QUrl base(u"https://mycompany.odoo.com"_s);
        QString problem;
        Connectors::ConnectorConfig noDatabase = config(base);
        noDatabase.account.clear();
        QVERIFY(!Connectors::createConnector(noDatabase, *m_client, &problem));
        QCOMPARE(problem, u"The odoo connection has no database name (account)."_s);

        Connectors::ConnectorConfig noColon = config(base);
        noColon.accessToken = apiKey.toUtf8();
        QVERIFY(!Connectors::createConnector(noColon, *m_client, &problem));
        QVERIFY2(problem.contains(u"\"<login>:<API key>\""_s) && problem.contains(u"no colon"_s),
                 qPrintable(problem));
        noColon.accessToken = ":" + apiKey.toUtf8();
        QVERIFY(!Connectors::createConnector(noColon, *m_client, &problem));
        QVERIFY2(problem.contains(u"no login"_s), qPrintable(problem));
        noColon.accessToken = login.toUtf8() + ':';
        QVERIFY(!Connectors::createConnector(noColon, *m_client, &problem));
        QVERIFY2(problem.contains(u"no API key"_s), qPrintable(problem));

        // Split at the FIRST colon: a key may hold colons, a login not.
        Connectors::ConnectorConfig colonInKey = config(base);
        colonInKey.accessToken = "a@b.c:key:with:colons";
        QVERIFY(Connectors::createConnector(colonInKey, *m_client, &problem));

        const auto odoo = Connectors::createConnector(config(base), *m_client, &problem);
        QVERIFY(odoo);
        QCOMPARE(odoo->system(), u"odoo"_s);
        QVERIFY(odoo->capabilities().resumableWrites);
        QVERIFY(!odoo->capabilities().idempotencyKeys);
        // Odoo documents no quota: LedgerLink's own choice, 5 a second, bursts of 10, 2 at once.
        QCOMPARE(odoo->rateLimitProfile().name, u"Odoo"_s);
        QCOMPARE(odoo->rateLimitProfile().ratePerSecond, 5.0);
        QCOMPARE(odoo->rateLimitProfile().burst, 10);
        QCOMPARE(odoo->rateLimitProfile().maxConcurrent, 2);
        QCOMPARE(odoo->capabilities().writable,
                 (QStringList{u"partner"_s, u"product"_s, u"sale_order"_s, u"invoice"_s, u"credit_note"_s,
                              u"payment"_s}));
        QCOMPARE(odoo->payloadMatchKey(u"invoice"_s, invoicePayload()), u"1001"_s);
        QCOMPARE(odoo->payloadMatchKey(u"payment"_s, QJsonObject{{u"communication"_s, u"pay-1"_s}}),
                 u"pay-1"_s);
    }

    void odooRefusesTheDocumentedVersion13()
    {
        // The page's common.version() answer is Odoo 13: not one LedgerLink supports.
        QVERIFY(restart({versionStep(13)}));
        const Connectors::ReadPage page = m_connector->readPage(u"partner"_s, {}, 10);
        QVERIFY(page.failure);
        QVERIFY2(page.failure->message.contains(u"13.0"_s)
                     && page.failure->message.contains(u"16, 17 and 18"_s),
                 qPrintable(page.failure->message));
        QVERIFY(!Engine::RetryPolicy::isTransient(page.failure->outcome));
        QCOMPARE(m_server->calls, QStringList{u"common version"_s});
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
    }

    void odooRefusedLoginIsAnAuthenticationFailureAskedOnce()
    {
        Step refused{u"common"_s, u"authenticate"_s, fixtureArgs(u"common-authenticate-refused.json"_s),
                     fixtureAnswer(u"common-authenticate-refused.json"_s)};
        QVERIFY(restart({versionStep(17), refused}));
        const Connectors::ReadOne first = m_connector->findByMatchKey(u"partner"_s, u"ada@example.com"_s);
        QVERIFY(first.failure);
        QCOMPARE(first.failure->outcome.httpStatus, 401);
        QVERIFY(!Engine::RetryPolicy::isTransient(first.failure->outcome));
        QVERIFY2(first.failure->message.contains(u"sync@example.com"_s)
                     && first.failure->message.contains(database),
                 qPrintable(first.failure->message));
        verifyKeyRedacted(first.exchanges);
        const Connectors::ReadOne second = m_connector->findByMatchKey(u"partner"_s, u"ada@example.com"_s);
        QVERIFY(second.failure);
        QCOMPARE(m_server->calls.size(), 2); // the refused key is not sent again
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
    }

    void odooReadsPartnersInPagesByWriteDate()
    {
        const QJsonArray fields{u"id"_s,           u"name"_s,      u"email"_s,       u"phone"_s,
                                u"is_company"_s,   u"parent_id"_s, u"street"_s,      u"street2"_s,
                                u"city"_s,         u"zip"_s,       u"state_id"_s,    u"country_id"_s,
                                u"country_code"_s, u"vat"_s,       u"create_date"_s, u"write_date"_s};
        const QJsonArray since{QJsonValue(QJsonArray{u"write_date"_s, u">="_s, u"2026-11-01 00:00:00"_s})};
        QJsonObject second = searchKwargs(fields, 5);
        second.insert(u"offset"_s, 5);
        QVERIFY(restart({versionStep(17), authenticateStep(),
                         kw(u"res.partner"_s, u"search_read"_s, QJsonArray{QJsonValue(since)},
                            searchKwargs(fields, 5), fixtureAnswer(u"search-read-partners.json"_s)),
                         kw(u"res.partner"_s, u"search_read"_s, QJsonArray{QJsonValue(since)}, second,
                            result(QJsonArray{}))}));
        const QDateTime cursor(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc());
        const Connectors::ReadPage page = m_connector->readPage(u"partner"_s, {cursor, {}}, 5);
        QVERIFY2(!page.failure, qPrintable(messageOf(page.failure)));
        QStringList ids;
        for (const Connectors::VendorRecord &record : page.records)
            ids.append(record.id);
        QCOMPARE(ids, (QStringList{u"7"_s, u"18"_s, u"12"_s, u"14"_s, u"17"_s}));
        QCOMPARE(page.records.first().document.value(u"country_id"_s),
                 QJsonValue(QJsonArray{21, u"Belgium"_s}));
        QCOMPARE(page.nextPageToken, u"5"_s); // a full page: there may be more
        verifyKeyRedacted(page.exchanges);
        QCOMPARE(page.exchanges.size(), 3); // version, authenticate, search_read

        // The documented partner converts: one name, no e-mail (false), a company's name split.
        QString problem;
        const std::optional<QJsonObject> customer = m_connector->toCanonical(page.records.first(), &problem);
        QVERIFY2(customer, qPrintable(problem));
        QCOMPARE(customer->value(u"id"_s).toString(), u"7"_s);
        QCOMPARE(customer->value(u"email"_s).toString(), QString());

        const Connectors::ReadPage last =
            m_connector->readPage(u"partner"_s, {cursor, page.nextPageToken}, 5);
        QVERIFY2(!last.failure, qPrintable(messageOf(last.failure)));
        QVERIFY(last.records.isEmpty());
        QVERIFY(last.nextPageToken.isEmpty());
        QCOMPARE(last.exchanges.size(), 1); // logged in once
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
    }

    void odooErrorShapesBecomeTheRightOutcomes()
    {
        // The documented create, with an e-mail (the partner's match key) added.
        QJsonObject payload = fixtureArgs(u"create-partner.json"_s).at(5).toArray().at(0).toObject();
        payload.insert(u"email"_s, u"new_partner@example.com"_s);
        const QJsonArray partnerFields{u"id"_s,           u"name"_s,      u"email"_s,       u"phone"_s,
                                       u"is_company"_s,   u"parent_id"_s, u"street"_s,      u"street2"_s,
                                       u"city"_s,         u"zip"_s,       u"state_id"_s,    u"country_id"_s,
                                       u"country_code"_s, u"vat"_s,       u"create_date"_s, u"write_date"_s};
        const Step lookUp = kw(u"res.partner"_s, u"search_read"_s,
                               QJsonArray{QJsonValue(QJsonArray{QJsonValue(
                                   QJsonArray{u"email"_s, u"=ilike"_s, u"new\\_partner@example.com"_s})})},
                               searchKwargs(partnerFields, 1), result(QJsonArray{}));
        const struct
        {
            QString fixture;
            int status; // 0: a validation failure
        } cases[] = {{u"error-access-error.json"_s, 403},
                     {u"error-validation-error.json"_s, 0},
                     {u"error-access-denied.json"_s, 401}};
        for (const auto &c : cases) {
            QVERIFY(restart({versionStep(16), authenticateStep(), lookUp,
                             kw(u"res.partner"_s, u"create"_s, QJsonArray{payload}, QJsonObject{},
                                fixtureAnswer(c.fixture))}));
            Connectors::WriteRequest request;
            request.object = u"partner"_s;
            request.payload = payload;
            request.idempotencyKey = u"shop:customer:1:create"_s;
            const Connectors::WriteOutcome outcome = m_connector->write(request);
            QVERIFY2(outcome.failure, qPrintable(c.fixture));
            const QString documented =
                fixture(c.fixture)
                    .value(u"response"_s)[u"body"_s][u"error"_s][u"data"_s][u"message"_s]
                    .toString();
            QVERIFY2(outcome.failure->message.contains(documented), qPrintable(outcome.failure->message));
            if (c.status == 0)
                QCOMPARE(outcome.failure->outcome.kind, Engine::AttemptOutcome::Kind::Validation);
            else
                QCOMPARE(outcome.failure->outcome.httpStatus, c.status);
            QVERIFY(!Engine::RetryPolicy::isTransient(outcome.failure->outcome));
            verifyKeyRedacted(outcome.exchanges);
            QCOMPARE(outcome.exchanges.last().request.idempotencyKey, request.idempotencyKey);
            QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        }

        // A serialization failure (hand-written text) is worth repeating.
        QVERIFY(restart({versionStep(16), authenticateStep(), lookUp,
                         kw(u"res.partner"_s, u"create"_s, QJsonArray{payload}, QJsonObject{},
                            error(u"psycopg2.errors.SerializationFailure"_s,
                                  u"could not serialize access due to concurrent update"_s))}));
        Connectors::WriteRequest request;
        request.object = u"partner"_s;
        request.payload = payload;
        const Connectors::WriteOutcome busy = m_connector->write(request);
        QVERIFY(busy.failure);
        QCOMPARE(busy.failure->outcome.httpStatus, 503);
        QVERIFY(Engine::RetryPolicy::isTransient(busy.failure->outcome));
    }

    void odooCreatesAPartnerOnceByEmail()
    {
        const QJsonArray partnerFields{u"id"_s,           u"name"_s,      u"email"_s,       u"phone"_s,
                                       u"is_company"_s,   u"parent_id"_s, u"street"_s,      u"street2"_s,
                                       u"city"_s,         u"zip"_s,       u"state_id"_s,    u"country_id"_s,
                                       u"country_code"_s, u"vat"_s,       u"create_date"_s, u"write_date"_s};
        const QJsonArray byEmail{
            QJsonValue(QJsonArray{QJsonValue(QJsonArray{u"email"_s, u"=ilike"_s, u"ada@example.com"_s})})};
        // Hand-written: partner 78 as search_read returns it after the documented create (78).
        const QJsonObject row{{u"id"_s, 78},
                              {u"name"_s, u"Ada Lovelace"_s},
                              {u"email"_s, u"ada@example.com"_s},
                              {u"phone"_s, false},
                              {u"is_company"_s, false},
                              {u"parent_id"_s, false},
                              {u"street"_s, false},
                              {u"street2"_s, false},
                              {u"city"_s, false},
                              {u"zip"_s, false},
                              {u"state_id"_s, false},
                              {u"country_id"_s, false},
                              {u"country_code"_s, false},
                              {u"vat"_s, false},
                              {u"create_date"_s, u"2026-11-28 10:00:00"_s},
                              {u"write_date"_s, u"2026-11-28 10:00:00"_s}};
        const QJsonObject payload{{u"name"_s, u"Ada Lovelace"_s}, {u"email"_s, u"ada@example.com"_s}};
        QVERIFY(restart({versionStep(17), authenticateStep(),
                         kw(u"res.partner"_s, u"search_read"_s, byEmail, searchKwargs(partnerFields, 1),
                            result(QJsonArray{})),
                         kw(u"res.partner"_s, u"create"_s, QJsonArray{payload}, QJsonObject{},
                            fixtureAnswer(u"create-partner.json"_s)),
                         kw(u"res.partner"_s, u"search_read"_s,
                            QJsonArray{QJsonValue(QJsonArray{QJsonValue(QJsonArray{u"id"_s, u"="_s, 78})})},
                            searchKwargs(partnerFields, 1), result(QJsonArray{row})),
                         // The same write again: found by its e-mail, not created twice.
                         kw(u"res.partner"_s, u"search_read"_s, byEmail, searchKwargs(partnerFields, 1),
                            result(QJsonArray{row})),
                         kw(u"res.partner"_s, u"search_read"_s,
                            QJsonArray{QJsonValue(QJsonArray{QJsonValue(QJsonArray{u"id"_s, u"="_s, 78})})},
                            searchKwargs(partnerFields, 1), result(QJsonArray{row}))}));
        Connectors::WriteRequest request;
        request.object = u"partner"_s;
        request.payload = payload;
        request.matchKey = u"ada@example.com"_s;
        const Connectors::WriteOutcome created = m_connector->write(request);
        QVERIFY2(created.ok(), qPrintable(messageOf(created.failure)));
        QCOMPARE(created.record->id, u"78"_s);
        QCOMPARE(created.record->matchKey, u"ada@example.com"_s);
        QVERIFY(!created.alreadyExisted);
        const Connectors::WriteOutcome again = m_connector->write(request);
        QVERIFY2(again.ok(), qPrintable(messageOf(again.failure)));
        QCOMPARE(again.record->id, u"78"_s);
        QVERIFY(again.alreadyExisted);
        QVERIFY(!m_server->calls.contains(u"res.partner create"_s)
                || m_server->calls.count(u"res.partner create"_s) == 1);
        QVERIFY2(m_server->errors.isEmpty() && m_server->script.isEmpty(), qPrintable(allErrors()));
    }

    void odooInvoiceIsCreatedWithItsReferencesCheckedAndPosted()
    {
        const QJsonArray byRef{QJsonValue(QJsonArray{outInvoice, QJsonArray{u"ref"_s, u"="_s, u"1001"_s}})};
        const QJsonObject createValues{
            {u"ref"_s, u"1001"_s},
            {u"invoice_origin"_s, u"1001"_s},
            {u"invoice_date"_s, u"2026-11-28"_s},
            {u"move_type"_s, u"out_invoice"_s},
            {u"partner_id"_s, 9},
            {u"invoice_line_ids"_s,
             QJsonArray{QJsonValue(QJsonArray{0, 0,
                                              QJsonObject{{u"product_id"_s, 5},
                                                          {u"name"_s, u"Mug"_s},
                                                          {u"quantity"_s, 2},
                                                          {u"price_unit"_s, 19.99}}})}}};
        const QJsonObject first{{u"limit"_s, 1}, {u"order"_s, u"id asc"_s}};
        QList<Step> script{
            versionStep(17),
            authenticateStep(),
            kw(u"account.move"_s, u"search_read"_s, byRef, searchKwargs(moveFields, 1), result(QJsonArray{})),
            kw(u"product.product"_s, u"search"_s,
               QJsonArray{
                   QJsonValue(QJsonArray{QJsonValue(QJsonArray{u"default_code"_s, u"="_s, u"SKU-1"_s})})},
               first, result(QJsonArray{5})),
            kw(u"res.partner"_s, u"search"_s,
               QJsonArray{QJsonValue(
                   QJsonArray{QJsonValue(QJsonArray{u"email"_s, u"=ilike"_s, u"ada@example.com"_s})})},
               first, result(QJsonArray{9})),
            kw(u"account.move"_s, u"create"_s, QJsonArray{createValues}, QJsonObject{}, result(31))};
        script += postDraftSteps(31, 39.98, outInvoice, moveFields, invoice31(u"posted"_s));
        script += invoiceLineReads();
        QVERIFY(restart(script));
        Connectors::WriteRequest request;
        request.object = u"invoice"_s;
        request.payload = invoicePayload();
        request.matchKey = u"1001"_s;
        request.idempotencyKey = u"shop:order:1001:create"_s;
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure) + u'\n' + allErrors()));
        QVERIFY(!outcome.alreadyExisted);
        QCOMPARE(outcome.record->id, u"31"_s);
        QCOMPARE(outcome.record->matchKey, u"1001"_s);
        verifyKeyRedacted(outcome.exchanges);
        QVERIFY2(m_server->errors.isEmpty() && m_server->script.isEmpty(), qPrintable(allErrors()));

        QString problem;
        const std::optional<QJsonObject> invoice = m_connector->toCanonical(*outcome.record, &problem);
        QVERIFY2(invoice, qPrintable(problem));
        QCOMPARE(invoice->value(u"total"_s)[u"amount"_s].toString(), u"39.98"_s);
        QCOMPARE(invoice->value(u"total"_s)[u"currency"_s].toString(), u"USD"_s);
        QCOMPARE(invoice->value(u"status"_s).toString(), u"open"_s);
        const QJsonArray lines = invoice->value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0)[u"sku"_s].toString(), u"SKU-1"_s);
        QCOMPARE(lines.at(0)[u"unit_price"_s][u"amount"_s].toString(), u"19.99"_s);
    }

    void odooInvoiceLeftInDraftByAnEarlierAttemptIsPostedNotCreatedAgain()
    {
        const QJsonArray byRef{QJsonValue(QJsonArray{outInvoice, QJsonArray{u"ref"_s, u"="_s, u"1001"_s}})};
        QList<Step> script{versionStep(17), authenticateStep(),
                           kw(u"account.move"_s, u"search_read"_s, byRef, searchKwargs(moveFields, 1),
                              result(QJsonArray{invoice31(u"draft"_s)}))};
        script += invoiceLineReads();
        script += postDraftSteps(31, 39.98, outInvoice, moveFields, invoice31(u"posted"_s));
        script += invoiceLineReads();
        QVERIFY(restart(script));
        Connectors::WriteRequest request;
        request.object = u"invoice"_s;
        request.payload = invoicePayload();
        request.matchKey = u"1001"_s;
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure) + u'\n' + allErrors()));
        QVERIFY(outcome.alreadyExisted);
        QCOMPARE(outcome.record->document.value(u"state"_s).toString(), u"posted"_s);
        QVERIFY(!m_server->calls.contains(u"account.move create"_s));
        QVERIFY2(m_server->errors.isEmpty() && m_server->script.isEmpty(), qPrintable(allErrors()));
    }

    void odooInvoiceWhoseTotalDiffersIsDeletedAndRefused()
    {
        const QJsonArray byRef{QJsonValue(QJsonArray{outInvoice, QJsonArray{u"ref"_s, u"="_s, u"1001"_s}})};
        QJsonObject draft = invoice31(u"draft"_s);
        QList<Step> script{versionStep(17), authenticateStep(),
                           kw(u"account.move"_s, u"search_read"_s, byRef, searchKwargs(moveFields, 1),
                              result(QJsonArray{draft}))};
        script += invoiceLineReads();
        script += {kw(u"account.move"_s, u"read"_s, QJsonArray{QJsonValue(QJsonArray{31})},
                      QJsonObject{{u"fields"_s, QJsonArray{u"state"_s, u"amount_total"_s, u"name"_s}}},
                      result(QJsonArray{QJsonObject{{u"id"_s, 31},
                                                    {u"state"_s, u"draft"_s},
                                                    {u"amount_total"_s, 45.98},
                                                    {u"name"_s, u"/"_s}}})),
                   kw(u"account.move"_s, u"unlink"_s, QJsonArray{QJsonValue(QJsonArray{31})}, QJsonObject{},
                      result(true))};
        QVERIFY(restart(script));
        Connectors::WriteRequest request;
        request.object = u"invoice"_s;
        request.payload = invoicePayload();
        request.matchKey = u"1001"_s;
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY(outcome.failure);
        QCOMPARE(outcome.failure->outcome.kind, Engine::AttemptOutcome::Kind::Validation);
        QVERIFY2(outcome.failure->message.contains(u"45.98"_s)
                     && outcome.failure->message.contains(u"39.98"_s),
                 qPrintable(outcome.failure->message));
        QVERIFY(!m_server->calls.contains(u"account.move action_post"_s));
        QVERIFY2(m_server->errors.isEmpty() && m_server->script.isEmpty(), qPrintable(allErrors()));
    }

    void odooCreditNoteNamesTheInvoiceItCredits()
    {
        QJsonArray noteFields = moveFields;
        noteFields.insert(noteFields.size() - 1, u"reversed_entry_id"_s);
        const QJsonArray outRefund{u"move_type"_s, u"="_s, u"out_refund"_s};
        const QJsonObject first{{u"limit"_s, 1}, {u"order"_s, u"id asc"_s}};
        const QJsonObject created{
            {u"ref"_s, u"1001/R1"_s},
            {u"invoice_origin"_s, u"1001"_s},
            {u"move_type"_s, u"out_refund"_s},
            {u"partner_id"_s, 9},
            {u"reversed_entry_id"_s, 31},
            {u"invoice_line_ids"_s,
             QJsonArray{QJsonValue(QJsonArray{
                 0, 0, QJsonObject{{u"product_id"_s, 5}, {u"quantity"_s, 1}, {u"price_unit"_s, 19.99}}})}}};
        // Hand-written: credit note 32 as search_read returns it once posted (Odoo keeps a credit
        // note's total positive).
        QJsonObject note = invoice31(u"posted"_s);
        note.insert(u"id"_s, 32);
        note.insert(u"name"_s, u"RINV/2026/00001"_s);
        note.insert(u"move_type"_s, u"out_refund"_s);
        note.insert(u"ref"_s, u"1001/R1"_s);
        note.insert(u"reversed_entry_id"_s, QJsonArray{31, u"INV/2026/00031"_s});
        note.insert(u"amount_untaxed"_s, 19.99);
        note.insert(u"amount_total"_s, 19.99);
        note.insert(u"amount_residual"_s, 19.99);
        note.insert(u"invoice_line_ids"_s, QJsonArray{});
        QList<Step> script{
            versionStep(17),
            authenticateStep(),
            kw(u"account.move"_s, u"search_read"_s,
               QJsonArray{QJsonValue(QJsonArray{outRefund, QJsonArray{u"ref"_s, u"="_s, u"1001/R1"_s}})},
               searchKwargs(noteFields, 1), result(QJsonArray{})),
            kw(u"product.product"_s, u"search"_s,
               QJsonArray{
                   QJsonValue(QJsonArray{QJsonValue(QJsonArray{u"default_code"_s, u"="_s, u"SKU-1"_s})})},
               first, result(QJsonArray{5})),
            kw(u"account.move"_s, u"search"_s,
               QJsonArray{QJsonValue(QJsonArray{outInvoice, QJsonArray{u"ref"_s, u"="_s, u"1001"_s}})}, first,
               result(QJsonArray{31})),
            kw(u"account.move"_s, u"create"_s, QJsonArray{created}, QJsonObject{}, result(32))};
        script += postDraftSteps(32, 19.99, outRefund, noteFields, note);
        QVERIFY(restart(script));
        Connectors::WriteRequest request;
        request.object = u"credit_note"_s;
        request.payload = QJsonObject{
            {u"ref"_s, u"1001/R1"_s},
            {u"invoice_origin"_s, u"1001"_s},
            {u"partner_id"_s, 9},
            {u"reversed_entry_id"_s, QJsonObject{{u"ref"_s, u"1001"_s}}},
            {u"invoice_line_ids"_s,
             QJsonArray{QJsonObject{{u"product_id"_s, QJsonObject{{u"default_code"_s, u"SKU-1"_s}}},
                                    {u"quantity"_s, 1},
                                    {u"price_unit"_s, 19.99}}}},
            {u"amount_total"_s, 19.99}};
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure) + u'\n' + allErrors()));
        QCOMPARE(outcome.record->matchKey, u"1001/R1"_s);
        QString problem;
        const std::optional<QJsonObject> credit = m_connector->toCanonical(*outcome.record, &problem);
        QVERIFY2(credit, qPrintable(problem));
        QCOMPARE(credit->value(u"invoice_id"_s).toString(), u"31"_s);
        QCOMPARE(credit->value(u"refund_id"_s).toString(), u"1001/R1"_s);
        QCOMPARE(credit->value(u"total"_s)[u"amount"_s].toString(), u"19.99"_s);
        QVERIFY2(m_server->errors.isEmpty() && m_server->script.isEmpty(), qPrintable(allErrors()));
    }

    void odooProductKindIsSpelledPerVersion_data()
    {
        QTest::addColumn<int>("major");
        QTest::addColumn<QJsonObject>("sent");
        QTest::newRow("17: detailed_type") << 17
                                           << QJsonObject{{u"default_code"_s, u"SKU-9"_s},
                                                          {u"name"_s, u"Teapot"_s},
                                                          {u"list_price"_s, 24.5},
                                                          {u"detailed_type"_s, u"product"_s}};
        QTest::newRow("18: type and is_storable") << 18
                                                  << QJsonObject{{u"default_code"_s, u"SKU-9"_s},
                                                                 {u"name"_s, u"Teapot"_s},
                                                                 {u"list_price"_s, 24.5},
                                                                 {u"type"_s, u"consu"_s},
                                                                 {u"is_storable"_s, true}};
    }

    void odooProductKindIsSpelledPerVersion()
    {
        QFETCH(int, major);
        QFETCH(QJsonObject, sent);
        QJsonArray fields{u"id"_s,          u"default_code"_s,    u"name"_s,
                          u"list_price"_s,  u"standard_price"_s,  u"barcode"_s,
                          u"currency_id"_s, u"product_tmpl_id"_s, u"active"_s,
                          u"write_date"_s};
        if (major >= 18) {
            fields.append(u"type"_s);
            fields.append(u"is_storable"_s);
        } else {
            fields.append(u"detailed_type"_s);
        }
        // Hand-written: the product as search_read returns it on that version.
        QJsonObject row{{u"id"_s, 44},
                        {u"default_code"_s, u"SKU-9"_s},
                        {u"name"_s, u"Teapot"_s},
                        {u"list_price"_s, 24.5},
                        {u"standard_price"_s, 0},
                        {u"barcode"_s, false},
                        {u"currency_id"_s, QJsonArray{1, u"USD"_s}},
                        {u"product_tmpl_id"_s, QJsonArray{40, u"Teapot"_s}},
                        {u"active"_s, true},
                        {u"write_date"_s, u"2026-11-28 09:00:00"_s}};
        for (auto it = sent.begin(); it != sent.end(); ++it)
            row.insert(it.key(), it.value());
        QVERIFY(restart({versionStep(major), authenticateStep(),
                         kw(u"product.product"_s, u"search_read"_s,
                            QJsonArray{QJsonValue(
                                QJsonArray{QJsonValue(QJsonArray{u"default_code"_s, u"="_s, u"SKU-9"_s})})},
                            searchKwargs(fields, 1), result(QJsonArray{})),
                         kw(u"product.product"_s, u"create"_s, QJsonArray{sent}, QJsonObject{}, result(44)),
                         kw(u"product.product"_s, u"search_read"_s,
                            QJsonArray{QJsonValue(QJsonArray{QJsonValue(QJsonArray{u"id"_s, u"="_s, 44})})},
                            searchKwargs(fields, 1), result(QJsonArray{row}))}));
        // The payload in 18's spelling; a 16/17 server gets detailed_type instead.
        Connectors::WriteRequest request;
        request.object = u"product"_s;
        request.payload = QJsonObject{{u"default_code"_s, u"SKU-9"_s},
                                      {u"name"_s, u"Teapot"_s},
                                      {u"list_price"_s, 24.5},
                                      {u"is_storable"_s, true}};
        if (major >= 18)
            request.payload.insert(u"type"_s, u"consu"_s);
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure) + u'\n' + allErrors()));
        QString problem;
        const std::optional<QJsonObject> product = m_connector->toCanonical(*outcome.record, &problem);
        QVERIFY2(product, qPrintable(problem));
        QCOMPARE(product->value(u"product_type"_s).toString(), u"product"_s);
        QCOMPARE(product->value(u"variants"_s)[0][u"sku"_s].toString(), u"SKU-9"_s);
        QCOMPARE(product->value(u"variants"_s)[0][u"price"_s][u"amount"_s].toString(), u"24.50"_s);
        QVERIFY2(m_server->errors.isEmpty() && m_server->script.isEmpty(), qPrintable(allErrors()));
    }

    void odooPaymentIsRegisteredOnItsInvoiceOnce()
    {
        // Odoo 18: the payment's reference is "memo" (16/17: "ref").
        const QJsonArray paymentFields{u"id"_s,          u"name"_s,  u"amount"_s,
                                       u"currency_id"_s, u"date"_s,  u"partner_id"_s,
                                       u"journal_id"_s,  u"state"_s, u"reconciled_invoice_ids"_s,
                                       u"write_date"_s,  u"memo"_s};
        const QJsonArray customerInbound{QJsonArray{u"partner_type"_s, u"="_s, u"customer"_s},
                                         QJsonArray{u"payment_type"_s, u"="_s, u"inbound"_s}};
        QJsonArray byMemo = customerInbound;
        byMemo.append(QJsonArray{u"memo"_s, u"="_s, u"pay-1001"_s});
        QJsonArray byId = customerInbound;
        byId.append(QJsonArray{u"id"_s, u"="_s, 12});
        const QJsonObject wizardContext{{u"active_model"_s, u"account.move"_s},
                                        {u"active_ids"_s, QJsonArray{31}}};
        const QJsonObject wizardValues{
            {u"amount"_s, 39.98}, {u"payment_date"_s, u"2026-11-28"_s}, {u"communication"_s, u"pay-1001"_s}};
        // Hand-written: payment 12 in the shape of 18's account.payment.
        const QJsonObject payment{{u"id"_s, 12},
                                  {u"name"_s, u"PBNK1/2026/00012"_s},
                                  {u"amount"_s, 39.98},
                                  {u"currency_id"_s, QJsonArray{1, u"USD"_s}},
                                  {u"date"_s, u"2026-11-28"_s},
                                  {u"partner_id"_s, QJsonArray{9, u"Ada Lovelace"_s}},
                                  {u"journal_id"_s, QJsonArray{6, u"Bank"_s}},
                                  {u"state"_s, u"paid"_s},
                                  {u"reconciled_invoice_ids"_s, QJsonArray{31}},
                                  {u"write_date"_s, u"2026-11-28 11:00:00"_s},
                                  {u"memo"_s, u"pay-1001"_s}};
        QVERIFY(restart(
            {versionStep(18), authenticateStep(),
             kw(u"account.payment"_s, u"search_read"_s, QJsonArray{QJsonValue(byMemo)},
                searchKwargs(paymentFields, 1), result(QJsonArray{})),
             kw(u"account.move"_s, u"search"_s,
                QJsonArray{QJsonValue(QJsonArray{outInvoice, QJsonArray{u"state"_s, u"="_s, u"posted"_s},
                                                 QJsonArray{u"ref"_s, u"="_s, u"1001"_s}})},
                QJsonObject{{u"limit"_s, 1}, {u"order"_s, u"id asc"_s}}, result(QJsonArray{31})),
             kw(u"account.payment.register"_s, u"create"_s, QJsonArray{wizardValues},
                QJsonObject{{u"context"_s, wizardContext}}, result(7)),
             kw(u"account.payment.register"_s, u"action_create_payments"_s,
                QJsonArray{QJsonValue(QJsonArray{7})}, QJsonObject{{u"context"_s, wizardContext}},
                result(true)),
             kw(u"account.payment"_s, u"search_read"_s, QJsonArray{QJsonValue(byMemo)},
                searchKwargs(paymentFields, 1), result(QJsonArray{payment})),
             // The same payment again: found by its memo, nothing registered.
             kw(u"account.payment"_s, u"search_read"_s, QJsonArray{QJsonValue(byMemo)},
                searchKwargs(paymentFields, 1), result(QJsonArray{payment})),
             kw(u"account.payment"_s, u"search_read"_s, QJsonArray{QJsonValue(byId)},
                searchKwargs(paymentFields, 1), result(QJsonArray{payment}))}));
        Connectors::WriteRequest request;
        request.object = u"payment"_s;
        request.payload = wizardValues;
        request.payload.insert(u"invoice_id"_s, QJsonObject{{u"ref"_s, u"1001"_s}});
        request.matchKey = u"pay-1001"_s;
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure) + u'\n' + allErrors()));
        QCOMPARE(outcome.record->id, u"12"_s);
        QCOMPARE(outcome.record->matchKey, u"pay-1001"_s);
        QString problem;
        const std::optional<QJsonObject> canonical = m_connector->toCanonical(*outcome.record, &problem);
        QVERIFY2(canonical, qPrintable(problem));
        QCOMPARE(canonical->value(u"amount"_s)[u"amount"_s].toString(), u"39.98"_s);
        QCOMPARE(canonical->value(u"invoice_id"_s).toString(), u"31"_s);
        QCOMPARE(canonical->value(u"reference"_s).toString(), u"pay-1001"_s);

        const Connectors::WriteOutcome again = m_connector->write(request);
        QVERIFY2(again.ok(), qPrintable(messageOf(again.failure) + u'\n' + allErrors()));
        QVERIFY(again.alreadyExisted);
        QCOMPARE(m_server->calls.count(u"account.payment.register create"_s), 1);
        QVERIFY2(m_server->errors.isEmpty() && m_server->script.isEmpty(), qPrintable(allErrors()));
    }

    void odooPaymentWaitsForItsInvoice()
    {
        const QJsonArray paymentFields{u"id"_s,          u"name"_s,  u"amount"_s,
                                       u"currency_id"_s, u"date"_s,  u"partner_id"_s,
                                       u"journal_id"_s,  u"state"_s, u"reconciled_invoice_ids"_s,
                                       u"write_date"_s,  u"ref"_s};
        QVERIFY(restart(
            {versionStep(16), authenticateStep(),
             kw(u"account.payment"_s, u"search_read"_s,
                QJsonArray{QJsonValue(QJsonArray{QJsonArray{u"partner_type"_s, u"="_s, u"customer"_s},
                                                 QJsonArray{u"payment_type"_s, u"="_s, u"inbound"_s},
                                                 QJsonArray{u"ref"_s, u"="_s, u"pay-1002"_s}})},
                searchKwargs(paymentFields, 1), result(QJsonArray{})),
             kw(u"account.move"_s, u"search"_s,
                QJsonArray{QJsonValue(QJsonArray{outInvoice, QJsonArray{u"state"_s, u"="_s, u"posted"_s},
                                                 QJsonArray{u"ref"_s, u"="_s, u"1002"_s}})},
                QJsonObject{{u"limit"_s, 1}, {u"order"_s, u"id asc"_s}}, result(QJsonArray{}))}));
        Connectors::WriteRequest request;
        request.object = u"payment"_s;
        request.payload = QJsonObject{{u"amount"_s, 10},
                                      {u"communication"_s, u"pay-1002"_s},
                                      {u"invoice_id"_s, QJsonObject{{u"ref"_s, u"1002"_s}}}};
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY(outcome.failure);
        QCOMPARE(outcome.failure->outcome.kind, Engine::AttemptOutcome::Kind::Dependency);
        QVERIFY(Engine::RetryPolicy::isTransient(outcome.failure->outcome));
        QVERIFY2(m_server->errors.isEmpty() && m_server->script.isEmpty(), qPrintable(allErrors()));
    }

    /// Stock is one record per product: its quants in all internal locations summed (the store
    /// keeps one quantity per SKU and location), found again by the product's id or SKU; a
    /// "SKU@location" lookup sums that location only.
    void odooStockQuantsAreSummedPerProduct()
    {
        const QJsonArray fields{u"id"_s,        u"product_id"_s,        u"location_id"_s,
                                u"quantity"_s,  u"reserved_quantity"_s, u"available_quantity"_s,
                                u"write_date"_s};
        const QJsonArray internal{u"location_id.usage"_s, u"="_s, u"internal"_s};
        const QJsonObject byId{{u"fields"_s, fields}, {u"order"_s, u"id asc"_s}};
        // Hand-written: quants in the shape of stock.quant's fields; the page holds one of the
        // mug's two quants (the other changed earlier) and the teapot's.
        const auto quant = [](int id, int product, const QString &productName, int location,
                              const QString &locationName, double quantity, double reserved,
                              const QString &written) {
            return QJsonObject{{u"id"_s, id},
                               {u"product_id"_s, QJsonArray{product, productName}},
                               {u"location_id"_s, QJsonArray{location, locationName}},
                               {u"quantity"_s, quantity},
                               {u"reserved_quantity"_s, reserved},
                               {u"available_quantity"_s, quantity - reserved},
                               {u"write_date"_s, written}};
        };
        const QJsonObject mugStock =
            quant(3, 5, u"[SKU-1] Mug"_s, 8, u"WH/Stock"_s, 9.0, 2.0, u"2026-11-28 08:00:00"_s);
        const QJsonObject mugShelf =
            quant(7, 5, u"[SKU-1] Mug"_s, 9, u"WH/Stock/Shelf 2"_s, 4.5, 0.5, u"2026-11-27 10:00:00"_s);
        const QJsonObject teapot =
            quant(4, 6, u"Teapot"_s, 8, u"WH/Stock"_s, 1.5, 0.0, u"2026-11-28 08:05:00"_s);
        const QJsonArray codes{QJsonObject{{u"id"_s, 5}, {u"default_code"_s, u"SKU-1"_s}},
                               QJsonObject{{u"id"_s, 6}, {u"default_code"_s, false}}};
        const QJsonObject codeFields{{u"fields"_s, QJsonArray{u"default_code"_s}}};
        const QJsonArray skuOne{u"product_id.default_code"_s, u"="_s, u"SKU-1"_s};
        const QJsonArray atStock{u"location_id.complete_name"_s, u"="_s, u"WH/Stock"_s};
        QVERIFY(restart(
            {versionStep(17), authenticateStep(),
             kw(u"stock.quant"_s, u"search_read"_s, QJsonArray{QJsonValue(QJsonArray{QJsonValue(internal)})},
                searchKwargs(fields, 50), result(QJsonArray{mugStock, teapot})),
             kw(u"stock.quant"_s, u"search_read"_s,
                QJsonArray{
                    QJsonValue(QJsonArray{internal, QJsonArray{u"product_id"_s, u"in"_s, QJsonArray{5, 6}}})},
                byId, result(QJsonArray{mugStock, teapot, mugShelf})),
             kw(u"product.product"_s, u"read"_s, QJsonArray{QJsonValue(QJsonArray{5, 6})}, codeFields,
                result(codes)),
             // readById: the product's id.
             kw(u"stock.quant"_s, u"search_read"_s,
                QJsonArray{QJsonValue(QJsonArray{internal, QJsonArray{u"product_id"_s, u"="_s, 5}})},
                searchKwargs(fields, 1), result(QJsonArray{mugShelf})),
             kw(u"stock.quant"_s, u"search_read"_s,
                QJsonArray{
                    QJsonValue(QJsonArray{internal, QJsonArray{u"product_id"_s, u"in"_s, QJsonArray{5}}})},
                byId, result(QJsonArray{mugStock, mugShelf})),
             kw(u"product.product"_s, u"read"_s, QJsonArray{QJsonValue(QJsonArray{5})}, codeFields,
                result(QJsonArray{codes.at(0)})),
             // "SKU-1@WH/Stock": that location only.
             kw(u"stock.quant"_s, u"search_read"_s,
                QJsonArray{QJsonValue(QJsonArray{internal, skuOne, atStock})}, searchKwargs(fields, 1),
                result(QJsonArray{mugStock})),
             kw(u"stock.quant"_s, u"search_read"_s,
                QJsonArray{QJsonValue(
                    QJsonArray{internal, atStock, QJsonArray{u"product_id"_s, u"in"_s, QJsonArray{5}}})},
                byId, result(QJsonArray{mugStock})),
             kw(u"product.product"_s, u"read"_s, QJsonArray{QJsonValue(QJsonArray{5})}, codeFields,
                result(QJsonArray{codes.at(0)}))}));
        const Connectors::ReadPage page = m_connector->readPage(u"stock"_s, {}, 50);
        QVERIFY2(!page.failure, qPrintable(messageOf(page.failure) + u'\n' + allErrors()));
        QCOMPARE(page.records.size(), 2);
        QCOMPARE(page.records.at(0).id, u"5"_s);
        QCOMPARE(page.records.at(0).matchKey, u"SKU-1"_s);
        // The latest of its quants' changes.
        QCOMPARE(page.records.at(0).updatedAt, QDateTime(QDate(2026, 11, 28), QTime(8, 0), QTimeZone::utc()));
        QCOMPARE(page.records.at(0).document.value(u"quant_ids"_s).toArray(), (QJsonArray{3, 7}));
        QVERIFY(page.nextPageToken.isEmpty()); // a short page is the last
        QString problem;
        const std::optional<QJsonObject> level = m_connector->toCanonical(page.records.at(0), &problem);
        QVERIFY2(level, qPrintable(problem));
        QCOMPARE(level->value(u"sku"_s).toString(), u"SKU-1"_s);
        QCOMPARE(level->value(u"available"_s).toString(), u"11"_s); // (9 − 2) + (4.5 − 0.5)
        QCOMPARE(page.records.at(0).document.value(u"quantity"_s).toDouble(), 13.5);
        QCOMPARE(page.records.at(0).document.value(u"reserved_quantity"_s).toDouble(), 2.5);
        // A product without an internal reference cannot be matched to a store SKU: said so.
        QVERIFY(!m_connector->toCanonical(page.records.at(1), &problem));
        QVERIFY2(problem.contains(u"SKU"_s), qPrintable(problem));

        const Connectors::ReadOne again = m_connector->readById(u"stock"_s, u"5"_s);
        QVERIFY2(again.record, qPrintable(messageOf(again.failure) + u'\n' + allErrors()));
        QCOMPARE(again.record->document.value(u"available_quantity"_s).toDouble(), 11.0);

        const Connectors::ReadOne one = m_connector->findByMatchKey(u"stock"_s, u"SKU-1@WH/Stock"_s);
        QVERIFY2(one.record, qPrintable(messageOf(one.failure) + u'\n' + allErrors()));
        QCOMPARE(one.record->id, u"5"_s);
        QCOMPARE(one.record->matchKey, u"SKU-1@WH/Stock"_s);
        QCOMPARE(one.record->document.value(u"available_quantity"_s).toDouble(), 7.0);
        QVERIFY2(m_server->errors.isEmpty() && m_server->script.isEmpty(), qPrintable(allErrors()));
    }

    void odooSaleOrderIsConfirmedOnceAndResumed()
    {
        const QJsonArray fields{u"id"_s,           u"name"_s,           u"client_order_ref"_s,
                                u"partner_id"_s,   u"state"_s,          u"date_order"_s,
                                u"currency_id"_s,  u"amount_untaxed"_s, u"amount_tax"_s,
                                u"amount_total"_s, u"invoice_ids"_s,    u"write_date"_s};
        const QJsonArray byRef{
            QJsonValue(QJsonArray{QJsonValue(QJsonArray{u"client_order_ref"_s, u"="_s, u"1001"_s})})};
        const QJsonArray byId{QJsonValue(QJsonArray{QJsonValue(QJsonArray{u"id"_s, u"="_s, 17})})};
        const QJsonObject first{{u"limit"_s, 1}, {u"order"_s, u"id asc"_s}};
        // Hand-written: sale order 17 in the shape of sale.order's fields.
        const QJsonObject order{{u"id"_s, 17},
                                {u"name"_s, u"S00017"_s},
                                {u"client_order_ref"_s, u"1001"_s},
                                {u"partner_id"_s, QJsonArray{9, u"Ada Lovelace"_s}},
                                {u"state"_s, u"sale"_s},
                                {u"date_order"_s, u"2026-11-28 10:00:00"_s},
                                {u"currency_id"_s, QJsonArray{1, u"USD"_s}},
                                {u"amount_untaxed"_s, 39.98},
                                {u"amount_tax"_s, 0},
                                {u"amount_total"_s, 39.98},
                                {u"invoice_ids"_s, QJsonArray{}},
                                {u"write_date"_s, u"2026-11-28 10:00:01"_s}};
        const QJsonObject created{
            {u"client_order_ref"_s, u"1001"_s},
            {u"partner_id"_s, 9},
            {u"order_line"_s,
             QJsonArray{QJsonValue(QJsonArray{
                 0, 0,
                 QJsonObject{{u"product_id"_s, 5},
                             {u"product_uom_qty"_s, 2},
                             {u"price_unit"_s, 19.99},
                             {u"tax_id"_s, QJsonArray{QJsonValue(QJsonArray{6, 0, QJsonArray{4}})}}}})}}};
        const Step readState = kw(u"sale.order"_s, u"read"_s, QJsonArray{QJsonValue(QJsonArray{17})},
                                  QJsonObject{{u"fields"_s, QJsonArray{u"state"_s}}},
                                  result(QJsonArray{QJsonObject{{u"id"_s, 17}, {u"state"_s, u"draft"_s}}}));
        Step readConfirmed = readState;
        readConfirmed.answer = result(QJsonArray{QJsonObject{{u"id"_s, 17}, {u"state"_s, u"sale"_s}}});
        QVERIFY(restart(
            {versionStep(17), authenticateStep(),
             kw(u"sale.order"_s, u"search_read"_s, byRef, searchKwargs(fields, 1), result(QJsonArray{})),
             kw(u"product.product"_s, u"search"_s,
                QJsonArray{
                    QJsonValue(QJsonArray{QJsonValue(QJsonArray{u"default_code"_s, u"="_s, u"SKU-1"_s})})},
                first, result(QJsonArray{5})),
             kw(u"account.tax"_s, u"search"_s,
                QJsonArray{QJsonValue(QJsonArray{QJsonArray{u"name"_s, u"="_s, u"Tax 0%"_s},
                                                 QJsonArray{u"type_tax_use"_s, u"="_s, u"sale"_s}})},
                first, result(QJsonArray{4})),
             kw(u"res.partner"_s, u"search"_s,
                QJsonArray{QJsonValue(
                    QJsonArray{QJsonValue(QJsonArray{u"email"_s, u"=ilike"_s, u"ada@example.com"_s})})},
                first, result(QJsonArray{9})),
             kw(u"sale.order"_s, u"create"_s, QJsonArray{created}, QJsonObject{}, result(17)), readState,
             kw(u"sale.order"_s, u"action_confirm"_s, QJsonArray{QJsonValue(QJsonArray{17})}, QJsonObject{},
                result(true)),
             kw(u"sale.order"_s, u"search_read"_s, byId, searchKwargs(fields, 1), result(QJsonArray{order})),
             // Again: found by its reference, already confirmed: nothing is written.
             kw(u"sale.order"_s, u"search_read"_s, byRef, searchKwargs(fields, 1), result(QJsonArray{order})),
             readConfirmed,
             kw(u"sale.order"_s, u"search_read"_s, byId, searchKwargs(fields, 1),
                result(QJsonArray{order}))}));
        Connectors::WriteRequest request;
        request.object = u"sale_order"_s;
        request.payload = QJsonObject{
            {u"client_order_ref"_s, u"1001"_s},
            {u"partner_id"_s, QJsonObject{{u"email"_s, u"ada@example.com"_s}}},
            {u"order_line"_s,
             QJsonArray{QJsonObject{{u"product_id"_s, QJsonObject{{u"default_code"_s, u"SKU-1"_s}}},
                                    {u"product_uom_qty"_s, 2},
                                    {u"price_unit"_s, 19.99},
                                    {u"tax_id"_s, QJsonArray{QJsonObject{{u"name"_s, u"Tax 0%"_s}}}}}}}};
        const Connectors::WriteOutcome outcome = m_connector->write(request);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure) + u'\n' + allErrors()));
        QCOMPARE(outcome.record->matchKey, u"1001"_s);
        QVERIFY(!outcome.alreadyExisted);
        const Connectors::WriteOutcome again = m_connector->write(request);
        QVERIFY2(again.ok(), qPrintable(messageOf(again.failure) + u'\n' + allErrors()));
        QVERIFY(again.alreadyExisted);
        QCOMPARE(m_server->calls.count(u"sale.order create"_s), 1);
        QCOMPARE(m_server->calls.count(u"sale.order action_confirm"_s), 1);
        QVERIFY2(m_server->errors.isEmpty() && m_server->script.isEmpty(), qPrintable(allErrors()));
    }

    void odooBadGatewayIsRepeatedAndAForeignAnswerIsNot()
    {
        // 502 from a proxy in front of Odoo: transient. 200 with JSON that is no JSON-RPC answer
        // (neither "result" nor "error"): not an Odoo server, permanent.
        for (const int status : {200, 502}) {
            QVERIFY(restart({}));
            m_server->script.append(Step{u"common"_s, u"version"_s, QJsonArray{}, QJsonObject{}, status});
            const Connectors::ReadPage page = m_connector->readPage(u"partner"_s, {}, 10);
            QVERIFY(page.failure);
            if (status == 502) {
                QCOMPARE(page.failure->outcome.httpStatus, 502);
                QVERIFY(Engine::RetryPolicy::isTransient(page.failure->outcome));
            } else {
                QVERIFY2(page.failure->message.contains(u"is "_s)
                             && page.failure->message.contains(u"Odoo server"_s),
                         qPrintable(page.failure->message));
                QVERIFY(!Engine::RetryPolicy::isTransient(page.failure->outcome));
            }
        }
    }

    void odooConnectionCheckListsMissingRights()
    {
        QList<Step> script{
            versionStep(17), authenticateStep(),
            kw(u"res.users"_s, u"read"_s, QJsonArray{QJsonValue(QJsonArray{uid})},
               QJsonObject{{u"fields"_s, QJsonArray{u"name"_s, u"company_id"_s}}},
               result(QJsonArray{QJsonObject{{u"id"_s, uid},
                                             {u"name"_s, u"Sync"_s},
                                             {u"company_id"_s, QJsonArray{1, u"My Company"_s}}}}))};
        const QList<std::pair<QString, QString>> rights{
            {u"product.product"_s, u"read"_s},  {u"product.product"_s, u"create"_s},
            {u"stock.quant"_s, u"read"_s},      {u"res.partner"_s, u"read"_s},
            {u"res.partner"_s, u"create"_s},    {u"sale.order"_s, u"read"_s},
            {u"sale.order"_s, u"create"_s},     {u"account.move"_s, u"read"_s},
            {u"account.move"_s, u"create"_s},   {u"account.payment"_s, u"read"_s},
            {u"account.payment"_s, u"create"_s}};
        for (const auto &[model, operation] : rights) {
            // The documented call and answer (true); the stock quant read refused.
            const bool granted = !(model == u"stock.quant"_s);
            script.append(kw(model, u"check_access_rights"_s, QJsonArray{operation},
                             QJsonObject{{u"raise_exception"_s, false}},
                             granted ? fixtureAnswer(u"check-access-rights.json"_s) : result(false)));
        }
        QVERIFY(restart(script));
        const Connectors::ConnectionCheck check = m_connector->checkConnection();
        QVERIFY(check.reachable);
        QVERIFY(check.authenticated);
        QVERIFY(check.permissionsVerified);
        QVERIFY(!check.permissionsOk);
        QCOMPARE(check.missingPermissions, QStringList{u"read stock.quant"_s});
        QCOMPARE(check.accountName, u"My Company"_s);
        QVERIFY2(check.message.contains(u"read stock.quant"_s), qPrintable(check.message));
        QVERIFY2(m_server->errors.isEmpty() && m_server->script.isEmpty(), qPrintable(allErrors()));
    }

    void odooConnectionCheckNamesAnUnreachableServer()
    {
        QVERIFY(restart({}));
        const QUrl dead = m_server->url();
        m_server.reset(); // nothing listens there any more
        QString problem;
        m_connector = Connectors::createConnector(config(dead), *m_client, &problem);
        QVERIFY(m_connector);
        const Connectors::ConnectionCheck check = m_connector->checkConnection();
        QVERIFY(!check.reachable);
        QVERIFY2(check.message.contains(u"127.0.0.1"_s), qPrintable(check.message));
    }
};

QTEST_GUILESS_MAIN(TestOdooConnector)
#include "tst_odooconnector.moc"
