// ZohoConnector over real HTTP through the real Net::HttpClient, against a local server that replays
// Zoho's documented examples (tests/connectors/fixtures/zoho/*.json, each naming the zoho.com page it
// copies). The server holds a script: each step names the request the connector must send (method,
// path, decoded query, JSON or form body, the Zoho-oauthtoken it carries) and answers with a
// documented response. A request that is not the next step's is answered 500 and reported.
// Nothing here ran against a live Zoho Books organisation. Documents written here rather than
// copied are marked "hand-written".
#include "connectors/connector.h"
#include "connectors/oauthsession.h"
#include "connectors/zoho/zohocanonical.h"
#include "connectors/zoho/zohoconnector.h"
#include "engine/ratelimiter.h"
#include "engine/retrypolicy.h"
#include "model/currency.h"
#include "model/money.h"
#include "net/httpclient.h"
#include "net/oauth2signin.h"

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
using Connectors::ZohoConnector;

namespace {

const QString organization = u"10234695"_s; // the organization id of Zoho's examples
const QByteArray token = "1000.41d9xxxxxxxxxxxxxxxxxxxxxxxxc2d1.8fccxxxxxxxxxxxxxxxxxxxxxxxx125f";

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(LEDGERLINK_SOURCE_DIR "/tests/connectors/fixtures/zoho/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject response(const QString &name)
{
    return fixture(name).value(u"response"_s).toObject();
}

QJsonObject responseBody(const QString &name)
{
    return response(name).value(u"body"_s).toObject();
}

int responseStatus(const QString &name)
{
    return response(name).value(u"status"_s).toInt();
}

/// One expected request and the answer to it.
struct Step
{
    QByteArray method;
    QString path; ///< the full path, e.g. /books/v3/invoices
    QString query; ///< decoded query items, "key=value&…"; "" for none
    std::optional<QJsonObject> body = {}; ///< the JSON body the request must carry
    int status = 200;
    QJsonObject reply = {};
    QByteArray token = ::token; ///< the Zoho-oauthtoken it must carry; empty: no Authorization
    QByteArray extraHeaders = {};
    QString form = {}; ///< the decoded form body a token request must carry
};

class ReplayServer final : public QAbstractHttpServer
{
public:
    QList<Step> script;
    QStringList errors;
    QStringList lines; ///< "METHOD path?decoded query" of every request

    bool start()
    {
        m_port = listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }
    QUrl url(const QString &path = u"/books/v3"_s) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
    }

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
        case QHttpServerRequest::Method::Put:
            method = "PUT";
            break;
        default:
            break;
        }
        const QString path = incoming.url().path();
        QStringList items;
        for (const auto &[key, value] : QUrlQuery(incoming.url()).queryItems(QUrl::FullyDecoded))
            items.append(key + u'=' + value);
        const QString decodedQuery = items.join(u'&');
        lines.append(QString::fromLatin1(method) + u' ' + path
                     + (decodedQuery.isEmpty() ? QString() : u'?' + decodedQuery));
        const QJsonObject body = QJsonDocument::fromJson(incoming.body()).object();

        QString problem;
        if (script.isEmpty()) {
            problem = u"no step left"_s;
        } else {
            const Step &step = script.first();
            const QByteArray authorization = incoming.value("Authorization");
            if (method != step.method || path != step.path || decodedQuery != step.query)
                problem = u"expected %1 %2?%3"_s.arg(QString::fromLatin1(step.method), step.path, step.query);
            else if (!step.token.isEmpty() && authorization != "Zoho-oauthtoken " + step.token)
                problem = u"Authorization is \"%1\""_s.arg(QString::fromUtf8(authorization));
            else if (step.token.isEmpty() && !authorization.isEmpty())
                problem = u"an Authorization header on a token request"_s;
            else if (!step.token.isEmpty() && incoming.value("Accept") != "application/json")
                problem = u"Accept is not application/json"_s;
            else if ((method == "POST" || method == "PUT") && step.form.isEmpty()
                     && !incoming.value("Content-Type").startsWith("application/json"))
                problem = u"a write without Content-Type: application/json"_s;
            else if (step.body && body != *step.body)
                problem = u"body differs: "_s + QString::fromUtf8(incoming.body());
            else if (!step.form.isEmpty()) {
                QStringList form;
                for (const auto &[key, value] :
                     QUrlQuery(QString::fromUtf8(incoming.body())).queryItems(QUrl::FullyDecoded))
                    form.append(key + u'=' + value);
                if (form.join(u'&') != step.form)
                    problem = u"form is "_s + form.join(u'&');
            }
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

/// A canonical Money field as exact Money.
Model::Money moneyOf(const QJsonValue &value)
{
    return Model::Money::fromJson(value.toObject()).value_or(Model::Money());
}

Model::Money usd(qint64 cents)
{
    return Model::Money::fromMinorUnits(cents, *Model::Currency::fromCode(u"USD"_s));
}

QString messageOf(const std::optional<Connectors::ConnectorFailure> &failure)
{
    return failure ? failure->message : QString();
}

/// The documented invoice list with has_more_page turned true (hand-edited: a first page of two).
QJsonObject firstOfTwoPages()
{
    QJsonObject body = responseBody(u"invoice-list.json"_s);
    QJsonArray context = body.value(u"page_context"_s).toArray();
    QJsonObject first = context.first().toObject();
    first.insert(u"has_more_page"_s, true);
    context.replace(0, first);
    body.insert(u"page_context"_s, context);
    return body;
}

/// Hand-written: an empty list answer of `module`, with page_context as the pagination page
/// documents it.
QJsonObject emptyList(const QString &module, int page = 1)
{
    return QJsonObject{{u"code"_s, 0},
                       {u"message"_s, u"success"_s},
                       {module, QJsonArray{}},
                       {u"page_context"_s,
                        QJsonObject{{u"page"_s, page}, {u"per_page"_s, 200}, {u"has_more_page"_s, false}}}};
}

/// Hand-written: the documented item (Create an item's answer) as a one-row item list, with the
/// items list example's page_context.
QJsonObject itemList()
{
    return QJsonObject{{u"code"_s, 0},
                       {u"message"_s, u"success"_s},
                       {u"items"_s, QJsonArray{responseBody(u"item-create.json"_s).value(u"item"_s)}},
                       {u"page_context"_s,
                        QJsonObject{{u"page"_s, 1},
                                    {u"per_page"_s, 200},
                                    {u"has_more_page"_s, false},
                                    {u"report_name"_s, u"Items"_s},
                                    {u"sort_column"_s, u"string"_s},
                                    {u"sort_order"_s, u"A"_s}}}};
}

} // namespace

class TestZohoConnector : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReplayServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Net::HttpClient> m_client;
    std::unique_ptr<Connectors::Connector> m_connector;
    ZohoConnector *m_zoho = nullptr;

    Connectors::ConnectorConfig config() const
    {
        Connectors::ConnectorConfig config;
        config.system = u"zoho"_s;
        config.baseUrl = m_server ? m_server->url() : QUrl(u"https://www.zohoapis.com/books/v3"_s);
        config.account = organization;
        config.accessToken = token;
        return config;
    }

    bool restart(const std::shared_ptr<Connectors::OAuthSession> &oauth = {})
    {
        m_connector.reset();
        m_server = std::make_unique<ReplayServer>();
        if (!m_server->start())
            return false;
        Connectors::ConnectorConfig configuration = config();
        configuration.oauth = oauth;
        QString error;
        m_connector = Connectors::createConnector(configuration, *m_client, &error);
        m_zoho = dynamic_cast<ZohoConnector *>(m_connector.get());
        if (!m_zoho)
            qWarning("%s", qPrintable(error));
        return m_zoho != nullptr;
    }

    QString allErrors() const { return m_server->errors.join(u'\n'); }
    QString q(const QString &rest = {}) const
    {
        return u"organization_id="_s + organization + (rest.isEmpty() ? QString() : u'&' + rest);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!fixture(u"invoice-create.json"_s).isEmpty(), "the Zoho fixtures are missing");
        m_network = std::make_unique<QNetworkAccessManager>();
        Net::HttpClientOptions options;
        options.rateLimitKey = u"zoho:test"_s;
        options.side = Net::WriteSide::Erp;
        options.guard = Net::WriteGuard::allowing(true, false);
        options.timeout = 10s;
        m_client = std::make_unique<Net::HttpClient>(*m_network, options);
    }

    void zohoIsAKnownSystemAndChecksItsConfiguration()
    {
        QVERIFY(Connectors::connectorSystems().contains(u"zoho"_s));
        QString error;
        Connectors::ConnectorConfig noAccount = config();
        noAccount.account.clear();
        QVERIFY(!Connectors::createConnector(noAccount, *m_client, &error));
        QCOMPARE(error, u"The zoho connection has no organization id (account)."_s);

        Connectors::ConnectorConfig name = config();
        name.account = u"Zillum"_s;
        QVERIFY(!Connectors::createConnector(name, *m_client, &error));
        QVERIFY2(error.startsWith(u"The zoho connection's organization id \"Zillum\" is not a number"_s),
                 qPrintable(error));

        const std::unique_ptr<Connectors::Connector> connector =
            Connectors::createConnector(config(), *m_client, &error);
        QVERIFY2(connector, qPrintable(error));
        const Connectors::Capabilities capabilities = connector->capabilities();
        QCOMPARE(capabilities.readable,
                 (QStringList{u"items"_s, u"contacts"_s, u"salesorders"_s, u"invoices"_s,
                              u"customerpayments"_s, u"creditnotes"_s}));
        QCOMPARE(capabilities.maxPageSize, 200);
        QVERIFY(!capabilities.idempotencyKeys);
        const Engine::RateLimitProfile profile = connector->rateLimitProfile();
        // 100 requests per minute: a full bucket plus a minute's refill is exactly 100.
        QCOMPARE(profile.burst + int(profile.ratePerSecond * 60), 100);
        QCOMPARE(profile.maxConcurrent, 5);
    }

    void zohoTimesAreReadWithTheirOffsets()
    {
        // Zoho writes offsets without a colon ("-0800"), in the documented examples too.
        QCOMPARE(Connectors::Zoho::parseTime(u"2013-11-18T02:02:51-0800"_s),
                 QDateTime(QDate(2013, 11, 18), QTime(10, 2, 51), QTimeZone::utc()));
        QCOMPARE(Connectors::Zoho::parseTime(u"2013-10-07T18:24:51+0530"_s),
                 QDateTime(QDate(2013, 10, 7), QTime(12, 54, 51), QTimeZone::utc()));
        QVERIFY(!Connectors::Zoho::parseTime(u"07/10/2013"_s).isValid());
        QCOMPARE(
            Connectors::Zoho::filterTime(QDateTime(QDate(2018, 11, 18), QTime(2, 2, 51), QTimeZone::utc())),
            u"2018-11-18T02:02:51+0000"_s);
    }

    void zohoReadsInvoicesPageByPageSinceTheCursor()
    {
        QVERIFY(restart());
        const QDateTime since(QDate(2013, 11, 1), QTime(0, 0), QTimeZone::utc());
        const QString filter =
            u"last_modified_time=2013-11-01T00:00:00+0000&sort_column=created_time&sort_order=A"_s;
        m_server->script = {
            {"GET",
             u"/books/v3/invoices"_s,
             q(u"page=1&per_page=200&"_s + filter),
             {},
             200,
             firstOfTwoPages()},
            {"GET",
             u"/books/v3/invoices"_s,
             q(u"page=2&per_page=200&"_s + filter),
             {},
             200,
             emptyList(u"invoices"_s, 2)},
        };
        const Connectors::ReadPage first = m_connector->readPage(u"invoices"_s, {since, {}}, 500);
        QVERIFY2(!first.failure, qPrintable(messageOf(first.failure) + u'\n' + allErrors()));
        QCOMPARE(first.records.size(), 1);
        const Connectors::VendorRecord &invoice = first.records.first();
        QCOMPARE(invoice.id, u"982000000567114"_s); // a JSON number in Zoho's example, exact
        QCOMPARE(invoice.object, u"invoices"_s);
        QCOMPARE(invoice.matchKey, QString()); // the example's reference_number is " "
        QCOMPARE(invoice.updatedAt, QDateTime(QDate(2013, 11, 18), QTime(10, 2, 51), QTimeZone::utc()));
        QCOMPARE(first.nextPageToken, u"2"_s);
        QCOMPARE(first.exchanges.size(), 1);

        const Connectors::ReadPage second =
            m_connector->readPage(u"invoices"_s, {since, first.nextPageToken}, 500);
        QVERIFY2(!second.failure, qPrintable(messageOf(second.failure) + u'\n' + allErrors()));
        QVERIFY(second.records.isEmpty());
        QCOMPARE(second.nextPageToken, QString());
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QVERIFY(m_server->script.isEmpty());

        // A record not newer than the cursor is not read again (whatever the server's filter does).
        m_server->script = {{"GET",
                             u"/books/v3/invoices"_s,
                             q(u"page=1&per_page=200&last_modified_time=2013-11-18T10:02:51+0000&sort_column="
                               u"created_time&sort_order=A"_s),
                             {},
                             200,
                             responseBody(u"invoice-list.json"_s)}};
        const Connectors::ReadPage again = m_connector->readPage(u"invoices"_s, {invoice.updatedAt, {}}, 200);
        QVERIFY2(!again.failure, qPrintable(messageOf(again.failure) + u'\n' + allErrors()));
        QVERIFY(again.records.isEmpty());
        QCOMPARE(again.nextPageToken, QString());

        const Connectors::ReadPage bad = m_connector->readPage(u"invoices"_s, {{}, u"next"_s}, 200);
        QVERIFY(bad.failure);
        QCOMPARE(bad.failure->outcome.kind, Engine::AttemptOutcome::Kind::Validation);
    }

    void zohoReadsAnInvoiceAsItsCanonicalRecord()
    {
        QVERIFY(restart());
        m_server->script = {{"GET",
                             u"/books/v3/invoices/982000000567114"_s,
                             q(),
                             {},
                             200,
                             responseBody(u"invoice-get.json"_s)}};
        const Connectors::ReadOne read = m_connector->readById(u"invoices"_s, u"982000000567114"_s);
        QVERIFY2(read.record, qPrintable(messageOf(read.failure) + u'\n' + allErrors()));
        QString error;
        const std::optional<QJsonObject> canonical = m_connector->toCanonical(*read.record, &error);
        QVERIFY2(canonical, qPrintable(error));
        QCOMPARE(canonical->value(u"number"_s).toString(), u"INV-00003"_s);
        QCOMPARE(canonical->value(u"customer_id"_s).toString(), u"982000000567001"_s);
        QCOMPARE(canonical->value(u"status"_s).toString(), u"draft"_s);
        QCOMPARE(canonical->value(u"currency"_s).toString(), u"USD"_s);
        // Zoho's example as it stands (its totals do not add up to its one line; they are read, not
        // recomputed): sub_total 10000, tax_total 22.6, total 10000, balance 40.6.
        QCOMPARE(moneyOf(canonical->value(u"subtotal"_s)), usd(1000000));
        QCOMPARE(moneyOf(canonical->value(u"tax_total"_s)), usd(2260));
        QCOMPARE(moneyOf(canonical->value(u"total"_s)), usd(1000000));
        QCOMPARE(moneyOf(canonical->value(u"amount_due"_s)), usd(4060));
        const QJsonArray lines = canonical->value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 1);
        const QJsonObject line = lines.first().toObject();
        QCOMPARE(line.value(u"id"_s).toString(), u"982000000567021"_s);
        QCOMPARE(line.value(u"sku"_s).toString(), u"Hard Drive"_s); // no sku on the line: its name
        QCOMPARE(moneyOf(line.value(u"unit_price"_s)), usd(12000));
        QCOMPARE(moneyOf(line.value(u"total"_s)), usd(12000));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
    }

    void zohoTakesItsDocumentedErrorShapes()
    {
        QVERIFY(restart());
        const QJsonObject notThere = responseBody(u"error-format.json"_s);
        // {"code":1000,"message":"Internal error"}, the errors page's other example
        const QJsonObject internal =
            fixture(u"error-format.json"_s).value(u"other_examples"_s).toArray().at(1).toObject();
        m_server->script = {
            {"GET",
             u"/books/v3/invoices/700000007942"_s,
             q(),
             {},
             responseStatus(u"error-format.json"_s),
             notThere},
            {"GET", u"/books/v3/invoices/700000007942"_s, q(), {}, 500, internal},
            {"GET",
             u"/books/v3/invoices/700000007942"_s,
             q(),
             {},
             429,
             notThere,
             token,
             "Retry-After: 30\r\n"},
            // Hand-written: a non-zero code in a 200 answer.
            {"GET",
             u"/books/v3/invoices/700000007942"_s,
             q(),
             {},
             200,
             QJsonObject{{u"code"_s, 1002}, {u"message"_s, u"Invoice does not exist."_s}}},
        };
        const Connectors::ReadOne missing = m_connector->readById(u"invoices"_s, u"700000007942"_s);
        QVERIFY2(!missing.failure, qPrintable(messageOf(missing.failure)));
        QVERIFY(!missing.record);

        const Connectors::ReadOne broken = m_connector->readById(u"invoices"_s, u"700000007942"_s);
        QVERIFY(broken.failure);
        QCOMPARE(broken.failure->outcome.kind, Engine::AttemptOutcome::Kind::Http);
        QCOMPARE(broken.failure->outcome.httpStatus, 500);
        QVERIFY(Engine::RetryPolicy::isTransient(broken.failure->outcome));
        QCOMPARE(broken.failure->message,
                 u"GET invoices/700000007942 failed with HTTP 500: Internal error (code 1000)"_s);

        const Connectors::ReadOne limited = m_connector->readById(u"invoices"_s, u"700000007942"_s);
        QVERIFY(limited.failure);
        QCOMPARE(limited.failure->outcome.httpStatus, 429);
        QCOMPARE(limited.failure->outcome.retryAfter, QByteArray("30"));
        QVERIFY(Engine::RetryPolicy::isTransient(limited.failure->outcome));

        const Connectors::ReadOne coded = m_connector->readById(u"invoices"_s, u"700000007942"_s);
        QVERIFY(coded.failure);
        QCOMPARE(coded.failure->outcome.kind, Engine::AttemptOutcome::Kind::Validation);
        QVERIFY2(coded.failure->message.endsWith(u"Invoice does not exist. (code 1002)"_s),
                 qPrintable(coded.failure->message));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
    }

    void zohoRenewsAnExpiredTokenOnceWithItsParameters()
    {
        m_server = std::make_unique<ReplayServer>();
        QVERIFY(m_server->start());
        Net::OAuth2SignInConfig signIn;
        signIn.authorizationUrl = m_server->url(u"/oauth/v2/auth"_s);
        signIn.tokenUrl = m_server->url(u"/oauth/v2/token"_s);
        signIn.clientId = u"1000.0SRSxxxxxxxxxxxxxxxxxxxx239V"_s;
        signIn.clientSecret = u"fb01xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx8abf"_s;
        signIn.clientSecretInBody = true;
        const QByteArray refresh = "1000.8ecdxxxxxxxxxxxxxxxxxxxxx5cb7.4638xxxxxxxxxxxxxxxxxxxxxxebdc";
        auto oauth = std::make_shared<Connectors::OAuthSession>(signIn, token, refresh);
        Connectors::ConnectorConfig configuration = config();
        configuration.oauth = oauth;
        QString error;
        m_connector = Connectors::createConnector(configuration, *m_client, &error);
        QVERIFY2(m_connector, qPrintable(error));
        const QByteArray renewed =
            responseBody(u"token-refresh.json"_s).value(u"access_token"_s).toString().toUtf8();
        m_server->script = {
            // Hand-written: the 401 of an expired token (Zoho's errors page names the status only).
            {"GET",
             u"/books/v3/invoices/982000000567114"_s,
             q(),
             {},
             401,
             QJsonObject{{u"code"_s, 57},
                         {u"message"_s, u"You are not authorized to perform this operation"_s}}},
            {"POST",
             u"/oauth/v2/token"_s,
             {},
             {},
             200,
             responseBody(u"token-refresh.json"_s),
             {},
             {},
             u"grant_type=refresh_token&refresh_token="_s + QString::fromLatin1(refresh)
                 + u"&client_id=1000.0SRSxxxxxxxxxxxxxxxxxxxx239V&client_secret=fb01xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx8abf"_s},
            {"GET",
             u"/books/v3/invoices/982000000567114"_s,
             q(),
             {},
             200,
             responseBody(u"invoice-get.json"_s),
             renewed},
        };
        const Connectors::ReadOne read = m_connector->readById(u"invoices"_s, u"982000000567114"_s);
        QVERIFY2(read.record, qPrintable(messageOf(read.failure) + u'\n' + allErrors()));
        QCOMPARE(read.exchanges.size(),
                 2); // the refused and the repeated request (the refresh is not audited)
        QCOMPARE(oauth->accessToken(), renewed);
        const auto saved = oauth->takeRenewed();
        QVERIFY(saved);
        QCOMPARE(saved->first, QByteArray("{new_access_token}"));
        QCOMPARE(saved->second, refresh); // Zoho does not rotate refresh tokens
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));

        // A refresh token Zoho no longer has ("invalid_code", answered with HTTP 200) ends in a
        // failure that says to sign in again, and is not tried again.
        m_server->script = {
            {"GET",
             u"/books/v3/invoices/982000000567114"_s,
             q(),
             {},
             401,
             QJsonObject{{u"code"_s, 57},
                         {u"message"_s, u"You are not authorized to perform this operation"_s}},
             renewed},
            // Hand-written: the error Zoho's OAuth page names for a deleted refresh token.
            {"POST",
             u"/oauth/v2/token"_s,
             {},
             {},
             200,
             QJsonObject{{u"error"_s, u"invalid_code"_s}},
             {},
             {},
             u"grant_type=refresh_token&refresh_token="_s + QString::fromLatin1(refresh)
                 + u"&client_id=1000.0SRSxxxxxxxxxxxxxxxxxxxx239V&client_secret=fb01xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx8abf"_s},
        };
        const Connectors::ReadOne refused = m_connector->readById(u"invoices"_s, u"982000000567114"_s);
        QVERIFY(refused.failure);
        QCOMPARE(refused.failure->outcome.httpStatus, 401);
        QVERIFY2(refused.failure->message.contains(u"sign in again"_s), qPrintable(refused.failure->message));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
        QVERIFY(m_server->script.isEmpty());
    }

    void zohoCreatesAnInvoiceWithItsCustomerAndItemsOnceOnly()
    {
        QVERIFY(restart());
        const QJsonObject payload{
            {u"customer_email"_s, u"willsmith@bowmanfurniture.com"_s},
            {u"customer_name"_s, u"Bowman and Co"_s},
            {u"reference_number"_s, u"1001"_s},
            {u"date"_s, u"2013-11-17"_s},
            {u"line_items"_s,
             QJsonArray{QJsonObject{{u"sku"_s, u"s12345"_s}, {u"quantity"_s, 1}, {u"rate"_s, 120}}}}};
        const QJsonObject sent{
            {u"customer_name"_s, u"Bowman and Co"_s},
            {u"customer_id"_s, u"460000000026049"_s},
            {u"reference_number"_s, u"1001"_s},
            {u"date"_s, u"2013-11-17"_s},
            {u"line_items"_s,
             QJsonArray{
                 QJsonObject{{u"item_id"_s, u"45667789900"_s}, {u"quantity"_s, 1}, {u"rate"_s, 120}}}}};
        const QJsonObject contact{{u"contact_name"_s, u"Bowman and Co"_s},
                                  {u"contact_type"_s, u"customer"_s},
                                  {u"contact_persons"_s,
                                   QJsonArray{QJsonObject{{u"email"_s, u"willsmith@bowmanfurniture.com"_s},
                                                          {u"is_primary_contact"_s, true}}}}};
        m_server->script = {
            {"GET",
             u"/books/v3/contacts"_s,
             q(u"email=willsmith@bowmanfurniture.com"_s),
             {},
             200,
             emptyList(u"contacts"_s)},
            // Not found by e-mail: by its name (taken only with the same or no address).
            {"GET",
             u"/books/v3/contacts"_s,
             q(u"contact_name=Bowman and Co"_s),
             {},
             200,
             emptyList(u"contacts"_s)},
            {"POST", u"/books/v3/contacts"_s, q(), contact, responseStatus(u"contact-create.json"_s),
             responseBody(u"contact-create.json"_s)},
            {"GET", u"/books/v3/items"_s, q(u"page=1&per_page=200"_s), {}, 200, itemList()},
            {"GET",
             u"/books/v3/invoices"_s,
             q(u"reference_number=1001"_s),
             {},
             200,
             emptyList(u"invoices"_s)},
            {"POST", u"/books/v3/invoices"_s, q(), sent, responseStatus(u"invoice-create.json"_s),
             responseBody(u"invoice-create.json"_s)},
        };
        Connectors::WriteRequest request;
        request.object = u"invoices"_s;
        request.payload = payload;
        request.idempotencyKey = u"shop:order:1001:create"_s;
        QCOMPARE(m_connector->payloadMatchKey(u"invoices"_s, payload), u"1001"_s);
        const Connectors::WriteOutcome created = m_connector->write(request);
        QVERIFY2(created.ok(), qPrintable(messageOf(created.failure) + u'\n' + allErrors()));
        QCOMPARE(created.record->id, u"982000000567114"_s);
        QVERIFY(!created.alreadyExisted);
        QCOMPARE(created.exchanges.size(), 6);
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));

        // The same write again (its answer lost): the customer and the item are known, the invoice is
        // found by its reference number and read, nothing is written.
        QJsonObject listed = responseBody(u"invoice-list.json"_s);
        QJsonArray rows = listed.value(u"invoices"_s).toArray();
        QJsonObject row = rows.first().toObject();
        row.insert(u"reference_number"_s, u"1001"_s); // hand-edited: the documented row with our reference
        rows.replace(0, row);
        listed.insert(u"invoices"_s, rows);
        m_server->script = {
            {"GET", u"/books/v3/invoices"_s, q(u"reference_number=1001"_s), {}, 200, listed},
            {"GET",
             u"/books/v3/invoices/982000000567114"_s,
             q(),
             {},
             200,
             responseBody(u"invoice-get.json"_s)},
        };
        const Connectors::WriteOutcome again = m_connector->write(request);
        QVERIFY2(again.ok(), qPrintable(messageOf(again.failure) + u'\n' + allErrors()));
        QVERIFY(again.alreadyExisted);
        QCOMPARE(again.record->id, u"982000000567114"_s);
        QCOMPARE(again.exchanges.size(), 2);
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));

        // An unknown SKU is refused before anything is written, naming it.
        Connectors::WriteRequest unknown = request;
        QJsonObject other = payload;
        other.insert(u"reference_number"_s, u"1002"_s);
        other.insert(u"line_items"_s, QJsonArray{QJsonObject{{u"sku"_s, u"NOPE-1"_s}, {u"quantity"_s, 1}}});
        unknown.payload = other;
        m_server->script.clear();
        const Connectors::WriteOutcome refused = m_connector->write(unknown);
        QVERIFY(refused.failure);
        QCOMPARE(refused.failure->outcome.kind, Engine::AttemptOutcome::Kind::Validation);
        QVERIFY2(refused.failure->message.contains(u"\"NOPE-1\""_s), qPrintable(refused.failure->message));
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
    }

    void zohoAppliesAPaymentToItsInvoicesCustomer()
    {
        QVERIFY(restart());
        const QJsonObject payload{
            {u"amount"_s, 120},
            {u"date"_s, u"2013-11-18"_s},
            {u"payment_mode"_s, u"cash"_s},
            {u"reference_number"_s, u"pay-1001"_s},
            {u"invoices"_s,
             QJsonArray{QJsonObject{{u"invoice_id"_s, u"982000000567114"_s}, {u"amount_applied"_s, 120}}}}};
        QJsonObject sent = payload;
        sent.insert(u"customer_id"_s, u"982000000567001"_s);
        // Hand-written: the answer in the shape of Zoho's payment record (payment_id, the fields sent).
        QJsonObject answerPayment = sent;
        answerPayment.insert(u"payment_id"_s, u"982000000567190"_s);
        answerPayment.insert(u"last_modified_time"_s, u"2013-11-18T02:30:00-0800"_s);
        m_server->script = {
            {"GET",
             u"/books/v3/invoices/982000000567114"_s,
             q(),
             {},
             200,
             responseBody(u"invoice-get.json"_s)},
            {"GET",
             u"/books/v3/customerpayments"_s,
             q(u"reference_number=pay-1001"_s),
             {},
             200,
             emptyList(u"customerpayments"_s)},
            {"POST", u"/books/v3/customerpayments"_s, q(), sent, 201,
             QJsonObject{{u"code"_s, 0},
                         {u"message"_s, u"The payment has been created."_s},
                         {u"payment"_s, answerPayment}}},
        };
        Connectors::WriteRequest request;
        request.object = u"customerpayments"_s;
        request.payload = payload;
        const Connectors::WriteOutcome created = m_connector->write(request);
        QVERIFY2(created.ok(), qPrintable(messageOf(created.failure) + u'\n' + allErrors()));
        QCOMPARE(created.record->id, u"982000000567190"_s);
        QString error;
        const std::optional<QJsonObject> canonical = m_connector->toCanonical(*created.record, &error);
        QVERIFY(!canonical); // no currency_code in the answer and the organisation's not yet known
        m_zoho->setBaseCurrency(*Model::Currency::fromCode(u"USD"_s));
        const std::optional<QJsonObject> payment = m_connector->toCanonical(*created.record, &error);
        QVERIFY2(payment, qPrintable(error));
        QCOMPARE(moneyOf(payment->value(u"amount"_s)), usd(12000));
        QCOMPARE(payment->value(u"invoice_id"_s).toString(), u"982000000567114"_s);
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
    }

    void zohoChecksTheConnectionAgainstTheOrganizations()
    {
        QVERIFY(restart());
        m_server->script = {
            {"GET", u"/books/v3/organizations"_s, {}, {}, 200, responseBody(u"organizations-list.json"_s)}};
        const Connectors::ConnectionCheck check = m_connector->checkConnection();
        QVERIFY2(check.ok(), qPrintable(check.message + u'\n' + allErrors()));
        QCOMPARE(check.accountName, u"Zillum"_s);
        QCOMPARE(check.message, u"Connected to the Zoho Books organization “Zillum” (10234695)."_s);
        QCOMPARE(m_zoho->baseCurrency().code(), u"USD"_s);

        // The item the documented create answers, priced in the organisation's currency.
        const std::optional<Connectors::VendorRecord> item = Connectors::Zoho::vendorRecord(
            u"items"_s, responseBody(u"item-create.json"_s).value(u"item"_s).toObject());
        QVERIFY(item);
        QCOMPARE(item->matchKey, u"s12345"_s);
        QString error;
        const std::optional<QJsonObject> product = m_connector->toCanonical(*item, &error);
        QVERIFY2(product, qPrintable(error));
        const QJsonObject variant = product->value(u"variants"_s).toArray().first().toObject();
        QCOMPARE(variant.value(u"sku"_s).toString(), u"s12345"_s);
        QCOMPARE(moneyOf(variant.value(u"price"_s)), usd(12000));

        m_server->script = {{"GET",
                             u"/books/v3/organizations"_s,
                             {},
                             {},
                             401,
                             QJsonObject{{u"code"_s, 57}, {u"message"_s, u"You are not authorized"_s}}}};
        const Connectors::ConnectionCheck refused = m_connector->checkConnection();
        QVERIFY(!refused.ok());
        QVERIFY(refused.reachable);
        QVERIFY(!refused.authenticated);
        QVERIFY2(m_server->errors.isEmpty(), qPrintable(allErrors()));
    }

    void zohoReadsTheDocumentedContact()
    {
        const std::optional<Connectors::VendorRecord> contact = Connectors::Zoho::vendorRecord(
            u"contacts"_s, responseBody(u"contact-create.json"_s).value(u"contact"_s).toObject());
        QVERIFY(contact);
        QCOMPARE(contact->id, u"460000000026049"_s);
        QCOMPARE(contact->matchKey, u"willsmith@bowmanfurniture.com"_s); // the primary contact person's
        QString error;
        const std::optional<QJsonObject> customer =
            Connectors::Zoho::toCanonical(*contact, Model::Currency(), &error);
        QVERIFY2(customer, qPrintable(error));
        QCOMPARE(customer->value(u"first_name"_s).toString(), u"Will"_s);
        QCOMPARE(customer->value(u"last_name"_s).toString(), u"Smith"_s);
        QCOMPARE(customer->value(u"company"_s).toString(), u"Bowman and Co"_s);
    }
};

QTEST_GUILESS_MAIN(TestZohoConnector)
#include "tst_zohoconnector.moc"
