// The Tryton connector against a real Tryton 6.0 (fixture tryton: Debian's trytond with SQLite,
// a company, chart of accounts, fiscal year and the payment method "Web shop"). Every assertion
// is on Tryton's own answer: its states, numbers and amounts to the cent, read back through a
// JSON-RPC client of the test's own, not through the connector.
#include "connectors/connector.h"
#include "connectors/tryton/trytonconnector.h"
#include "engine/retrypolicy.h"
#include "mapping/fieldcatalog.h"
#include "model/creditnote.h"
#include "model/customer.h"
#include "model/decimal.h"
#include "model/invoice.h"
#include "model/order.h"
#include "model/product.h"
#include "net/httpclient.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSet>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Connectors::ConnectorFailure;
using Connectors::ReadOne;
using Connectors::ReadPage;
using Connectors::VendorRecord;
using Connectors::WriteOutcome;
using Engine::AttemptOutcome;
using Model::Decimal;

namespace {

QString messageOf(const std::optional<ConnectorFailure> &failure)
{
    return failure ? failure->message : QString();
}

Decimal dec(const QJsonValue &value)
{
    if (value.isString())
        return Decimal::fromString(value.toString()).value_or(Decimal(-999999));
    if (value.isObject() && value.toObject().value(u"__class__"_s).toString() == u"Decimal"_s)
        return Decimal::fromString(value.toObject().value(u"decimal"_s).toString())
            .value_or(Decimal(-999999));
    return Decimal::fromJson(value).value_or(Decimal(-999999));
}

Decimal dec(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

QJsonArray leaf(const QString &field, const QString &op, const QJsonValue &value)
{
    return QJsonArray{field, op, value};
}

/// A JSON-RPC client of the test's own: what Tryton really holds, independent of the connector.
class Raw
{
public:
    Raw(QNetworkAccessManager &network, const QUrl &url)
        : m_url(url)
    {
        Net::HttpClientOptions options;
        options.guard = Net::WriteGuard::allowing(true, true);
        m_client = std::make_unique<Net::HttpClient>(network, options);
    }

    bool login(const QString &user, const QString &password)
    {
        const QJsonValue result =
            post(u"common.db.login"_s, QJsonArray{user, QJsonObject{{u"password"_s, password}}, u"en"_s}, {});
        const QJsonArray pair = result.toArray();
        if (pair.size() != 2)
            return false;
        const QByteArray credentials = user.toUtf8() + ':' + QByteArray::number(pair.at(0).toInteger()) + ':'
            + pair.at(1).toString().toUtf8();
        m_auth = "Session " + credentials.toBase64();
        return true;
    }

    /// `method` with `params` and the company's context appended.
    QJsonValue call(const QString &method, QJsonArray params, const QJsonObject &context = {})
    {
        QJsonObject full{{u"company"_s, company}};
        for (auto it = context.begin(); it != context.end(); ++it)
            full.insert(it.key(), it.value());
        params.append(full);
        return post(method, params, m_auth);
    }

    /// Posts one call with an explicit Authorization header (empty: none).
    QJsonValue post(const QString &method, const QJsonArray &params, const QByteArray &authorization)
    {
        Net::HttpRequest request;
        request.method = "POST";
        request.url = m_url;
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        if (!authorization.isEmpty())
            request.headers.append({QByteArrayLiteral("Authorization"), authorization});
        request.body = QJsonDocument(QJsonObject{{u"id"_s, 1}, {u"method"_s, method}, {u"params"_s, params}})
                           .toJson(QJsonDocument::Compact);
        const Net::HttpExchange exchange = m_client->send(request);
        lastStatus = exchange.response.status;
        const QJsonObject answer = exchange.response.json().object();
        lastError = answer.value(u"error"_s);
        return answer.value(u"result"_s);
    }

    QList<qint64> search(const QString &model, const QJsonArray &domain)
    {
        QList<qint64> ids;
        for (const QJsonValue &id :
             call(u"model."_s + model + u".search"_s, QJsonArray{QJsonValue(domain)}).toArray())
            ids.append(id.toInteger());
        return ids;
    }

    QJsonObject read(const QString &model, qint64 id, const QStringList &fields,
                     const QJsonObject &context = {})
    {
        return call(u"model."_s + model + u".read"_s,
                    QJsonArray{QJsonArray{id}, QJsonArray::fromStringList(fields)}, context)
            .toArray()
            .first()
            .toObject();
    }

    qint64 company = 0;
    int lastStatus = 0;
    QJsonValue lastError;

private:
    QUrl m_url;
    QByteArray m_auth;
    std::unique_ptr<Net::HttpClient> m_client;
};

} // namespace

class TestTrytonPeer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Connectors::Connector> connector(const QString &user, const QByteArray &password,
                                                     const QUrl &url = {})
    {
        Connectors::ConnectorConfig config;
        config.system = u"tryton"_s;
        config.baseUrl = url.isEmpty() ? m_url : url;
        config.account = user;
        config.accessToken = password;
        QString error;
        std::unique_ptr<Connectors::Connector> made = Connectors::createConnector(config, *m_client, &error);
        if (!made)
            qWarning("createConnector: %s", qPrintable(error));
        return made;
    }

    WriteOutcome write(const QString &object, const QJsonObject &payload, const QString &existingId = {})
    {
        Connectors::WriteRequest request;
        request.object = object;
        request.payload = payload;
        request.existingId = existingId;
        request.idempotencyKey = u"peer:"_s + object + u':' + m_run;
        return m_connector->write(request);
    }

    QString code(const QString &name) const { return name + u'-' + m_run; }

    QJsonObject orderPayload(const QString &reference, const QString &email)
    {
        return QJsonObject{
            {u"reference"_s, reference},
            {u"currency"_s, u"USD"_s},
            {u"party"_s,
             QJsonObject{{u"name"_s, u"Jane Customer"_s},
                         {u"email"_s, email},
                         {u"street"_s, u"1 Main St"_s},
                         {u"city"_s, u"Springfield"_s},
                         {u"postal_code"_s, u"12345"_s},
                         {u"country"_s, u"US"_s}}},
            {u"lines"_s,
             QJsonArray{
                 QJsonObject{{u"sku"_s, code(u"TEE"_s)}, {u"quantity"_s, 3}, {u"unit_price"_s, u"19.90"_s}},
                 QJsonObject{{u"sku"_s, code(u"MUG"_s)},
                             {u"quantity"_s, u"1"_s},
                             {u"unit_price"_s, u"5.25"_s},
                             {u"description"_s, u"Mug, white"_s}}}},
            {u"shipping"_s,
             QJsonObject{{u"amount"_s, u"4.95"_s}, {u"description"_s, u"Standard shipping"_s}}},
            {u"payment"_s, QJsonObject{{u"amount"_s, u"69.90"_s}, {u"method"_s, u"Web shop"_s}}},
        };
    }

    /// Every record of `object` changed since `since`, page by page (`pageSize` a page).
    QList<VendorRecord> readAll(const QString &object, const QDateTime &since, int pageSize,
                                int *pages = nullptr)
    {
        QList<VendorRecord> records;
        Connectors::ReadCursor cursor{since, {}};
        for (int page = 1; page < 200; ++page) {
            const ReadPage read = m_connector->readPage(object, cursor, pageSize);
            if (read.failure) {
                qWarning("readPage %s: %s", qPrintable(object), qPrintable(read.failure->message));
                return {};
            }
            records += read.records;
            if (pages)
                *pages = page;
            if (read.nextPageToken.isEmpty())
                break;
            cursor.pageToken = read.nextPageToken;
        }
        return records;
    }

    /// The sale for `reference` in Tryton, with its invoices' states and amounts.
    int salesWithReference(const QString &reference)
    {
        return int(
            m_raw->search(u"sale.sale"_s, QJsonArray{QJsonValue(leaf(u"reference"_s, u"="_s, reference))})
                .size());
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<Net::HttpClient> m_client;
    std::unique_ptr<Connectors::Connector> m_connector;
    std::unique_ptr<Raw> m_raw;
    QJsonObject m_info;
    QUrl m_url;
    QString m_run;
    QString m_saleId; // the order of takesAStoreOrderThroughToAPaidInvoice
    QString m_orderReference;

private slots:
    void initTestCase()
    {
        const QString urlFile = qEnvironmentVariable("LEDGERLINK_TEST_TRYTON");
        QFile file(urlFile);
        QVERIFY2(file.open(QIODevice::ReadOnly), "the tryton fixture did not start (no url.txt)");
        m_url = QUrl(QString::fromLatin1(file.readAll().trimmed()));
        QVERIFY(m_url.isValid());
        QFile info(QFileInfo(urlFile).dir().filePath(u"info.json"_s));
        QVERIFY(info.open(QIODevice::ReadOnly));
        m_info = QJsonDocument::fromJson(info.readAll()).object();
        m_run = QString::number(QDateTime::currentMSecsSinceEpoch() % 2176782336LL, 36).toUpper();

        Net::HttpClientOptions options;
        options.rateLimitKey = u"tryton:peer"_s;
        options.side = Net::WriteSide::Erp;
        options.guard = Net::WriteGuard::allowing(true, false);
        m_client = std::make_unique<Net::HttpClient>(m_network, options);
        m_connector = connector(m_info.value(u"sync_user"_s).toString(),
                                m_info.value(u"sync_password"_s).toString().toUtf8());
        QVERIFY(m_connector);
        QCOMPARE(m_connector->system(), u"tryton"_s);

        m_raw = std::make_unique<Raw>(m_network, m_url);
        QVERIFY(m_raw->login(u"admin"_s, u"admin"_s));
        m_raw->company = m_info.value(u"company"_s).toInteger();

        // The products of the orders below.
        for (const auto &[name, price] : {std::pair{u"TEE"_s, u"19.90"_s}, std::pair{u"MUG"_s, u"5.25"_s}}) {
            const WriteOutcome made = write(u"product"_s,
                                            QJsonObject{{u"code"_s, code(name)},
                                                        {u"name"_s, QString(name + u" product"_s)},
                                                        {u"list_price"_s, price}});
            QVERIFY2(made.ok(), qPrintable(messageOf(made.failure)));
        }
    }

    void checksTheConnection()
    {
        const Connectors::ConnectionCheck check = m_connector->checkConnection();
        QVERIFY2(check.ok(),
                 qPrintable(check.message + u" / missing: "_s + check.missingPermissions.join(u", "_s)));
        QCOMPARE(check.accountName, m_info.value(u"company_name"_s).toString());
        QVERIFY(check.authenticated);
        QVERIFY(!check.permissionsVerified);
        QVERIFY(check.missingPermissions.isEmpty());
    }

    void writesReadsAndFindsProducts()
    {
        const QString sku = code(u"HOODIE"_s);
        const WriteOutcome created = write(u"product"_s,
                                           QJsonObject{{u"code"_s, sku},
                                                       {u"name"_s, u"Hoodie"_s},
                                                       {u"list_price"_s, u"39.90"_s},
                                                       {u"cost_price"_s, u"12.5"_s},
                                                       {u"description"_s, u"Grey, organic"_s}});
        QVERIFY2(created.ok(), qPrintable(messageOf(created.failure)));
        QVERIFY(!created.alreadyExisted);
        const QJsonObject document = created.record->document;
        QCOMPARE(created.record->matchKey, sku);
        QCOMPARE(document.value(u"code"_s).toString(), sku);
        QCOMPARE(document.value(u"name"_s).toString(), u"Hoodie"_s);
        QCOMPARE(dec(document.value(u"list_price"_s)), dec("39.90"));
        QCOMPARE(dec(document.value(u"cost_price"_s)), dec("12.5"));
        QCOMPARE(document.value(u"currency"_s).toString(), u"USD"_s);
        QCOMPARE(document.value(u"salable"_s).toBool(), true);
        QCOMPARE(document.value(u"category"_s).toString(), m_info.value(u"category_name"_s).toString());
        QVERIFY(created.record->updatedAt.isValid());

        // Tryton's own record.
        const qint64 id = created.record->id.toLongLong();
        const QJsonObject row = m_raw->read(
            u"product.product"_s, id, {u"code"_s, u"list_price"_s, u"cost_price"_s, u"template.name"_s});
        QCOMPARE(row.value(u"code"_s).toString(), sku);
        QCOMPARE(dec(row.value(u"list_price"_s)), dec("39.90"));
        QCOMPARE(dec(row.value(u"cost_price"_s)), dec("12.50"));

        // Update by id: the list price lives on the template.
        const WriteOutcome updated = write(
            u"product"_s, QJsonObject{{u"code"_s, sku}, {u"list_price"_s, u"42.00"_s}}, created.record->id);
        QVERIFY2(updated.ok(), qPrintable(messageOf(updated.failure)));
        QCOMPARE(updated.record->id, created.record->id);
        QCOMPARE(dec(updated.record->document.value(u"list_price"_s)), dec("42.00"));
        QCOMPARE(dec(m_raw->read(u"product.product"_s, id, {u"list_price"_s}).value(u"list_price"_s)),
                 dec("42"));

        // The same create again finds it (Tryton has no idempotency keys).
        const WriteOutcome again =
            write(u"product"_s, QJsonObject{{u"code"_s, sku}, {u"list_price"_s, u"42.00"_s}});
        QVERIFY2(again.ok(), qPrintable(messageOf(again.failure)));
        QVERIFY(again.alreadyExisted);
        QCOMPARE(again.record->id, created.record->id);
        QCOMPARE(
            m_raw->search(u"product.product"_s, QJsonArray{QJsonValue(leaf(u"code"_s, u"="_s, sku))}).size(),
            1);

        const ReadOne byId = m_connector->readById(u"product"_s, created.record->id);
        QVERIFY2(byId.record, qPrintable(messageOf(byId.failure)));
        QCOMPARE(byId.record->document, updated.record->document);
        const ReadOne found = m_connector->findByMatchKey(u"product"_s, sku);
        QVERIFY2(found.record, qPrintable(messageOf(found.failure)));
        QCOMPARE(found.record->id, created.record->id);
        const ReadOne missing = m_connector->findByMatchKey(u"product"_s, sku + u"-NONE"_s);
        QVERIFY(!missing.failure);
        QVERIFY(!missing.record);

        QString error;
        const std::optional<QJsonObject> canonical = m_connector->toCanonical(*found.record, &error);
        QVERIFY2(canonical, qPrintable(error));
        const std::optional<Model::Product> product = Model::Product::fromJson(*canonical);
        QVERIFY(product);
        QCOMPARE(product->variants.size(), 1);
        QCOMPARE(product->variants.first().sku, sku);
        QCOMPARE(product->variants.first().price.toString(), u"42.00 USD"_s);
    }

    void setsStockPerWarehouse()
    {
        const QString sku = code(u"TEE"_s);
        const WriteOutcome set = write(u"stock"_s, QJsonObject{{u"code"_s, sku}, {u"quantity"_s, u"25"_s}});
        QVERIFY2(set.ok(), qPrintable(messageOf(set.failure)));
        const qint64 warehouse = m_info.value(u"locations"_s).toObject().value(u"warehouse"_s).toInteger();
        const QJsonObject document = set.record->document;
        QCOMPARE(dec(document.value(u"quantity"_s)), dec("25"));
        QCOMPARE(document.value(u"location_id"_s).toInteger(), warehouse);
        QCOMPARE(document.value(u"location_code"_s).toString(), u"WH"_s);
        QCOMPARE(set.record->matchKey, sku);
        const qint64 product = document.value(u"product_id"_s).toInteger();
        QCOMPARE(set.record->id, QString::number(product) + u':' + QString::number(warehouse));
        const QJsonObject inWarehouse{{u"locations"_s, QJsonArray{warehouse}}};
        QCOMPARE(dec(m_raw->read(u"product.product"_s, product, {u"quantity"_s}, inWarehouse)
                         .value(u"quantity"_s)),
                 dec("25"));

        // Down to 18: one move of 7 back to lost and found.
        const WriteOutcome lower =
            write(u"stock"_s, QJsonObject{{u"code"_s, sku}, {u"quantity"_s, 18}}, set.record->id);
        QVERIFY2(lower.ok(), qPrintable(messageOf(lower.failure)));
        QCOMPARE(dec(lower.record->document.value(u"quantity"_s)), dec("18"));
        QCOMPARE(dec(m_raw->read(u"product.product"_s, product, {u"quantity"_s}, inWarehouse)
                         .value(u"quantity"_s)),
                 dec("18"));
        const QList<qint64> moves = m_raw->search(
            u"stock.move"_s,
            QJsonArray{leaf(u"product"_s, u"="_s, product), leaf(u"state"_s, u"="_s, u"done"_s)});
        QCOMPARE(moves.size(), 2);
        // The same quantity again books nothing.
        const WriteOutcome same =
            write(u"stock"_s, QJsonObject{{u"code"_s, sku}, {u"quantity"_s, u"18.0"_s}});
        QVERIFY2(same.ok(), qPrintable(messageOf(same.failure)));
        QCOMPARE(m_raw->search(u"stock.move"_s, QJsonArray{QJsonValue(leaf(u"product"_s, u"="_s, product))})
                     .size(),
                 2);

        const ReadOne found = m_connector->findByMatchKey(u"stock"_s, sku);
        QVERIFY2(found.record, qPrintable(messageOf(found.failure)));
        QCOMPARE(found.record->id, set.record->id);
        QCOMPARE(dec(found.record->document.value(u"quantity"_s)), dec("18"));
        const ReadOne atWarehouse = m_connector->findByMatchKey(u"stock"_s, sku + u"@WH"_s);
        QVERIFY2(atWarehouse.record, qPrintable(messageOf(atWarehouse.failure)));
        const ReadOne byId = m_connector->readById(u"stock"_s, set.record->id);
        QVERIFY2(byId.record, qPrintable(messageOf(byId.failure)));
        QCOMPARE(dec(byId.record->document.value(u"quantity"_s)), dec("18"));
        QString error;
        const std::optional<QJsonObject> level = m_connector->toCanonical(*byId.record, &error);
        QVERIFY2(level, qPrintable(error));
        QCOMPARE(level->value(u"available"_s).toString(), u"18"_s);

        // The stock poll: the product moved shows with its quantity.
        const QList<VendorRecord> changed = readAll(u"stock"_s, QDateTime(), 50);
        bool seen = false;
        for (const VendorRecord &record : changed)
            seen = seen
                || (record.id == set.record->id && dec(record.document.value(u"quantity"_s)) == dec("18"));
        QVERIFY(seen);
    }

    void writesAndFindsParties()
    {
        const QString email = u"party-"_s + m_run.toLower() + u"@example.com"_s;
        const WriteOutcome created = write(u"party"_s,
                                           QJsonObject{{u"name"_s, u"Pat Party"_s},
                                                       {u"email"_s, email},
                                                       {u"phone"_s, u"+1 555 0100"_s},
                                                       {u"street"_s, u"2 Elm St"_s},
                                                       {u"city"_s, u"Shelbyville"_s},
                                                       {u"postal_code"_s, u"54321"_s},
                                                       {u"country"_s, u"US"_s}});
        QVERIFY2(created.ok(), qPrintable(messageOf(created.failure)));
        QCOMPARE(created.record->matchKey, email);
        const QJsonObject document = created.record->document;
        QCOMPARE(document.value(u"name"_s).toString(), u"Pat Party"_s);
        QCOMPARE(document.value(u"phone"_s).toString(), u"+1 555 0100"_s);
        const QJsonArray addresses = document.value(u"addresses"_s).toArray();
        QCOMPARE(addresses.size(), 1);
        QCOMPARE(addresses.first().toObject().value(u"city"_s).toString(), u"Shelbyville"_s);
        QCOMPARE(addresses.first().toObject().value(u"country"_s).toString(), u"US"_s);

        // By e-mail, whatever its case; updated by id.
        const ReadOne found = m_connector->findByMatchKey(u"party"_s, email.toUpper());
        QVERIFY2(found.record, qPrintable(messageOf(found.failure)));
        QCOMPARE(found.record->id, created.record->id);
        const WriteOutcome renamed = write(
            u"party"_s, QJsonObject{{u"name"_s, u"Pat Renamed"_s}, {u"email"_s, email}}, created.record->id);
        QVERIFY2(renamed.ok(), qPrintable(messageOf(renamed.failure)));
        QCOMPARE(renamed.record->document.value(u"name"_s).toString(), u"Pat Renamed"_s);
        QCOMPARE(m_raw->read(u"party.party"_s, created.record->id.toLongLong(), {u"name"_s}).value(u"name"_s),
                 u"Pat Renamed"_s);
        const WriteOutcome again = write(u"party"_s, QJsonObject{{u"email"_s, email}});
        QVERIFY2(again.ok(), qPrintable(messageOf(again.failure)));
        QVERIFY(again.alreadyExisted);
        QCOMPARE(again.record->id, created.record->id);

        QString error;
        const std::optional<QJsonObject> canonical = m_connector->toCanonical(*renamed.record, &error);
        QVERIFY2(canonical, qPrintable(error));
        const std::optional<Model::Customer> customer = Model::Customer::fromJson(*canonical);
        QVERIFY(customer);
        QCOMPARE(customer->email, email);
        QCOMPARE(customer->addresses.first().postalCode, u"54321"_s);
    }

    void takesAStoreOrderThroughToAPaidInvoice()
    {
        m_orderReference = u"SHOP-"_s + m_run + u"-1"_s;
        const QString email = u"jane-"_s + m_run.toLower() + u"@example.com"_s;
        const WriteOutcome written = write(u"sale"_s, orderPayload(m_orderReference, email));
        QVERIFY2(written.ok(), qPrintable(messageOf(written.failure)));
        QVERIFY(!written.alreadyExisted);
        m_saleId = written.record->id;
        const QJsonObject sale = written.record->document;
        QCOMPARE(written.record->matchKey, m_orderReference);
        QCOMPARE(sale.value(u"state"_s).toString(), u"processing"_s);
        QCOMPARE(sale.value(u"invoice_state"_s).toString(), u"paid"_s);
        QCOMPARE(dec(sale.value(u"total_amount"_s)), dec("69.90"));
        QCOMPARE(sale.value(u"lines"_s).toArray().size(), 3);
        QCOMPARE(sale.value(u"party"_s).toObject().value(u"email"_s).toString(), email);

        // Tryton's own view: one sale, one posted and paid invoice to the cent, one payment.
        const qint64 saleId = m_saleId.toLongLong();
        const QJsonObject row = m_raw->read(
            u"sale.sale"_s, saleId, {u"state"_s, u"invoice_state"_s, u"total_amount"_s, u"invoices"_s});
        QCOMPARE(row.value(u"state"_s).toString(), u"processing"_s);
        QCOMPARE(dec(row.value(u"total_amount"_s)), dec("69.90"));
        const QJsonArray invoices = row.value(u"invoices"_s).toArray();
        QCOMPARE(invoices.size(), 1);
        const qint64 invoiceId = invoices.first().toInteger();
        const QJsonObject invoice =
            m_raw->read(u"account.invoice"_s, invoiceId,
                        {u"state"_s, u"number"_s, u"reference"_s, u"total_amount"_s, u"amount_to_pay"_s,
                         u"payment_lines"_s, u"untaxed_amount"_s});
        QCOMPARE(invoice.value(u"state"_s).toString(), u"paid"_s);
        QCOMPARE(dec(invoice.value(u"total_amount"_s)), dec("69.90"));
        QCOMPARE(invoice.value(u"total_amount"_s).toObject().value(u"decimal"_s).toString(), u"69.90"_s);
        QCOMPARE(dec(invoice.value(u"amount_to_pay"_s)), dec("0"));
        QCOMPARE(invoice.value(u"reference"_s).toString(), m_orderReference);
        QVERIFY(invoice.value(u"number"_s).toString().startsWith(u"INV/"_s));
        QCOMPARE(invoice.value(u"payment_lines"_s).toArray().size(), 1);
        QCOMPARE(sale.value(u"invoices"_s).toArray().first().toObject().value(u"number"_s),
                 invoice.value(u"number"_s));

        // The same write again (a retry after a lost answer) changes nothing.
        const WriteOutcome again = write(u"sale"_s, orderPayload(m_orderReference, email));
        QVERIFY2(again.ok(), qPrintable(messageOf(again.failure)));
        QVERIFY(again.alreadyExisted);
        QCOMPARE(again.record->id, m_saleId);
        QCOMPARE(salesWithReference(m_orderReference), 1);
        QCOMPARE(m_raw->read(u"sale.sale"_s, saleId, {u"invoices"_s}).value(u"invoices"_s).toArray().size(),
                 1);
        QCOMPARE(m_raw->read(u"account.invoice"_s, invoiceId, {u"payment_lines"_s})
                     .value(u"payment_lines"_s)
                     .toArray()
                     .size(),
                 1);

        // The invoice and the payment, found by the order's reference.
        const ReadOne byReference = m_connector->findByMatchKey(u"invoice"_s, m_orderReference);
        QVERIFY2(byReference.record, qPrintable(messageOf(byReference.failure)));
        QCOMPARE(byReference.record->id, QString::number(invoiceId));
        const ReadOne byNumber =
            m_connector->findByMatchKey(u"invoice"_s, invoice.value(u"number"_s).toString());
        QVERIFY2(byNumber.record, qPrintable(messageOf(byNumber.failure)));
        QCOMPARE(byNumber.record->id, QString::number(invoiceId));
        QCOMPARE(byNumber.record->document.value(u"sale_reference"_s).toString(), m_orderReference);
        const ReadOne payment = m_connector->findByMatchKey(u"payment"_s, m_orderReference);
        QVERIFY2(payment.record, qPrintable(messageOf(payment.failure)));
        QCOMPARE(dec(payment.record->document.value(u"amount"_s)), dec("69.90"));
        QCOMPARE(payment.record->document.value(u"invoice_id"_s).toInteger(), invoiceId);
        QCOMPARE(payment.record->document.value(u"reconciled"_s).toBool(), true);
        const ReadOne sameSale = m_connector->findByMatchKey(u"sale"_s, m_orderReference);
        QVERIFY2(sameSale.record, qPrintable(messageOf(sameSale.failure)));
        QCOMPARE(sameSale.record->id, m_saleId);

        // Canonical records, exact.
        QString error;
        const std::optional<QJsonObject> order = m_connector->toCanonical(*sameSale.record, &error);
        QVERIFY2(order, qPrintable(error));
        const std::optional<Model::Order> canonicalOrder = Model::Order::fromJson(*order);
        QVERIFY(canonicalOrder);
        QCOMPARE(canonicalOrder->total.toString(), u"69.90 USD"_s);
        QCOMPARE(canonicalOrder->financialStatus, u"paid"_s);
        QCOMPARE(canonicalOrder->lines.first().sku, code(u"TEE"_s));
        QCOMPARE(canonicalOrder->lines.first().quantity, Decimal(3));
        const std::optional<QJsonObject> bill = m_connector->toCanonical(*byNumber.record, &error);
        QVERIFY2(bill, qPrintable(error));
        const std::optional<Model::Invoice> canonicalInvoice = Model::Invoice::fromJson(*bill);
        QVERIFY(canonicalInvoice);
        QCOMPARE(canonicalInvoice->total.toString(), u"69.90 USD"_s);
        QCOMPARE(canonicalInvoice->amountDue.toString(), u"0.00 USD"_s);
        QCOMPARE(canonicalInvoice->status, u"paid"_s);
        QVERIFY(m_connector->toCanonical(*payment.record, &error));
    }

    void resumesASaleLeftHalfDone()
    {
        // A crash after the sale was created and quoted: made here by hand, through the RPC.
        const QString reference = u"SHOP-"_s + m_run + u"-2"_s;
        const QString email = u"resume-"_s + m_run.toLower() + u"@example.com"_s;
        const WriteOutcome party = write(u"party"_s,
                                         QJsonObject{{u"name"_s, u"Re Sume"_s},
                                                     {u"email"_s, email},
                                                     {u"street"_s, u"1 Main St"_s},
                                                     {u"city"_s, u"Springfield"_s},
                                                     {u"postal_code"_s, u"12345"_s},
                                                     {u"country"_s, u"US"_s}});
        QVERIFY2(party.ok(), qPrintable(messageOf(party.failure)));
        const qint64 partyId = party.record->id.toLongLong();
        const qint64 address =
            party.record->document.value(u"addresses"_s).toArray().first()[u"id"_s].toInteger();
        const auto product = [&](const QString &name) {
            return m_raw
                ->search(u"product.product"_s, QJsonArray{QJsonValue(leaf(u"code"_s, u"="_s, code(name)))})
                .first();
        };
        const QJsonObject decimal1990{{u"__class__"_s, u"Decimal"_s}, {u"decimal"_s, u"19.90"_s}};
        const QJsonObject decimal525{{u"__class__"_s, u"Decimal"_s}, {u"decimal"_s, u"5.25"_s}};
        const QJsonObject decimal495{{u"__class__"_s, u"Decimal"_s}, {u"decimal"_s, u"4.95"_s}};
        const QJsonArray lines{QJsonObject{{u"type"_s, u"line"_s},
                                           {u"product"_s, product(u"TEE"_s)},
                                           {u"quantity"_s, 3},
                                           {u"unit"_s, m_info.value(u"uom_unit"_s)},
                                           {u"unit_price"_s, decimal1990},
                                           {u"description"_s, u"Tee"_s}},
                               QJsonObject{{u"type"_s, u"line"_s},
                                           {u"product"_s, product(u"MUG"_s)},
                                           {u"quantity"_s, 1},
                                           {u"unit"_s, m_info.value(u"uom_unit"_s)},
                                           {u"unit_price"_s, decimal525},
                                           {u"description"_s, u"Mug"_s}},
                               QJsonObject{{u"type"_s, u"line"_s},
                                           {u"quantity"_s, 1},
                                           {u"unit_price"_s, decimal495},
                                           {u"description"_s, u"Shipping"_s}}};
        const QJsonObject values{
            {u"party"_s, partyId},
            {u"invoice_address"_s, address},
            {u"shipment_address"_s, address},
            {u"currency"_s, m_info.value(u"currency"_s)},
            {u"company"_s, m_info.value(u"company"_s)},
            {u"warehouse"_s, m_info.value(u"locations"_s).toObject().value(u"warehouse"_s)},
            {u"reference"_s, reference},
            {u"invoice_method"_s, u"order"_s},
            {u"shipment_method"_s, u"order"_s},
            {u"lines"_s, QJsonArray{QJsonValue(QJsonArray{u"create"_s, lines})}}};
        const QJsonArray created =
            m_raw->call(u"model.sale.sale.create"_s, QJsonArray{QJsonValue(QJsonArray{values})}).toArray();
        QVERIFY2(created.size() == 1,
                 qPrintable(QString::fromUtf8(QJsonDocument(QJsonArray{m_raw->lastError}).toJson())));
        const qint64 saleId = created.first().toInteger();
        m_raw->call(u"model.sale.sale.quote"_s, QJsonArray{QJsonValue(QJsonArray{saleId})});
        QVERIFY(m_raw->lastError.isUndefined() || m_raw->lastError.isNull());
        QCOMPARE(m_raw->read(u"sale.sale"_s, saleId, {u"state"_s}).value(u"state"_s).toString(),
                 u"quotation"_s);

        // The write, repeated with the sale's id, completes it.
        const WriteOutcome resumed =
            write(u"sale"_s, orderPayload(reference, email), QString::number(saleId));
        QVERIFY2(resumed.ok(), qPrintable(messageOf(resumed.failure)));
        QVERIFY(resumed.alreadyExisted);
        QCOMPARE(resumed.record->id, QString::number(saleId));
        QCOMPARE(resumed.record->document.value(u"invoice_state"_s).toString(), u"paid"_s);
        QCOMPARE(salesWithReference(reference), 1);
        const QJsonArray invoices =
            m_raw->read(u"sale.sale"_s, saleId, {u"invoices"_s}).value(u"invoices"_s).toArray();
        QCOMPARE(invoices.size(), 1);
        const QJsonObject invoice =
            m_raw->read(u"account.invoice"_s, invoices.first().toInteger(),
                        {u"state"_s, u"total_amount"_s, u"amount_to_pay"_s, u"payment_lines"_s});
        QCOMPARE(invoice.value(u"state"_s).toString(), u"paid"_s);
        QCOMPARE(dec(invoice.value(u"total_amount"_s)), dec("69.90"));
        QCOMPARE(dec(invoice.value(u"amount_to_pay"_s)), dec("0"));
        QCOMPARE(invoice.value(u"payment_lines"_s).toArray().size(), 1);

        // A crash after the invoice was posted but before the payment, found by the reference.
        const QString reference3 = u"SHOP-"_s + m_run + u"-3"_s;
        QJsonObject values3 = values;
        values3.insert(u"reference"_s, reference3);
        const qint64 sale3 =
            m_raw->call(u"model.sale.sale.create"_s, QJsonArray{QJsonValue(QJsonArray{values3})})
                .toArray()
                .first()
                .toInteger();
        m_raw->call(u"model.sale.sale.quote"_s, QJsonArray{QJsonValue(QJsonArray{sale3})});
        m_raw->call(u"model.sale.sale.confirm"_s, QJsonArray{QJsonValue(QJsonArray{sale3})});
        const qint64 invoice3 = m_raw->read(u"sale.sale"_s, sale3, {u"invoices"_s})
                                    .value(u"invoices"_s)
                                    .toArray()
                                    .first()
                                    .toInteger();
        m_raw->call(u"model.account.invoice.post"_s, QJsonArray{QJsonValue(QJsonArray{invoice3})});
        QCOMPARE(m_raw->read(u"account.invoice"_s, invoice3, {u"state"_s}).value(u"state"_s).toString(),
                 u"posted"_s);
        const WriteOutcome finished = write(u"sale"_s, orderPayload(reference3, email));
        QVERIFY2(finished.ok(), qPrintable(messageOf(finished.failure)));
        QVERIFY(finished.alreadyExisted);
        QCOMPARE(finished.record->id, QString::number(sale3));
        const QJsonObject paid =
            m_raw->read(u"account.invoice"_s, invoice3, {u"state"_s, u"amount_to_pay"_s, u"payment_lines"_s});
        QCOMPARE(paid.value(u"state"_s).toString(), u"paid"_s);
        QCOMPARE(paid.value(u"payment_lines"_s).toArray().size(), 1);
        QCOMPARE(salesWithReference(reference3), 1);
    }

    void booksPartialPaymentsOnce()
    {
        // The store took part of the money with the order, the rest later.
        const QString reference = u"SHOP-"_s + m_run + u"-5"_s;
        QJsonObject payload = orderPayload(reference, u"part-"_s + m_run.toLower() + u"@example.com"_s);
        payload.insert(u"payment"_s,
                       QJsonObject{{u"amount"_s, u"30.00"_s},
                                   {u"method"_s, u"Web shop"_s},
                                   {u"reference"_s, QString(reference + u"-deposit"_s)},
                                   {u"date"_s, QDate::currentDate().toString(Qt::ISODate)}});
        const WriteOutcome written = write(u"sale"_s, payload);
        QVERIFY2(written.ok(), qPrintable(messageOf(written.failure)));
        const QJsonObject invoice =
            written.record->document.value(u"invoices"_s).toArray().first().toObject();
        QCOMPARE(invoice.value(u"state"_s).toString(), u"posted"_s);
        QCOMPARE(dec(invoice.value(u"amount_to_pay"_s)), dec("39.90"));
        const WriteOutcome again = write(u"sale"_s, payload);
        QVERIFY2(again.ok(), qPrintable(messageOf(again.failure)));
        const qint64 invoiceId = invoice.value(u"id"_s).toInteger();
        QCOMPARE(m_raw->read(u"account.invoice"_s, invoiceId, {u"payment_lines"_s})
                     .value(u"payment_lines"_s)
                     .toArray()
                     .size(),
                 1);

        // More than is left is refused; the rest pays the invoice.
        const QJsonObject rest{{u"reference"_s, QString(reference + u"-rest"_s)},
                               {u"sale_reference"_s, reference},
                               {u"amount"_s, u"39.90"_s},
                               {u"method"_s, u"Web shop"_s}};
        QJsonObject tooMuch = rest;
        tooMuch.insert(u"amount"_s, u"40.00"_s);
        const WriteOutcome refused = write(u"payment"_s, tooMuch);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.failure->message.contains(u"39.90"_s), qPrintable(refused.failure->message));
        const WriteOutcome paid = write(u"payment"_s, rest);
        QVERIFY2(paid.ok(), qPrintable(messageOf(paid.failure)));
        QVERIFY(!paid.alreadyExisted);
        QCOMPARE(paid.record->matchKey, QString(reference + u"-rest"_s));
        QCOMPARE(dec(paid.record->document.value(u"amount"_s)), dec("39.90"));
        const QJsonObject row = m_raw->read(u"account.invoice"_s, invoiceId,
                                            {u"state"_s, u"amount_to_pay"_s, u"payment_lines"_s});
        QCOMPARE(row.value(u"state"_s).toString(), u"paid"_s);
        QCOMPARE(dec(row.value(u"amount_to_pay"_s)), dec("0"));
        QCOMPARE(row.value(u"payment_lines"_s).toArray().size(), 2);
        const WriteOutcome repeated = write(u"payment"_s, rest);
        QVERIFY2(repeated.ok(), qPrintable(messageOf(repeated.failure)));
        QVERIFY(repeated.alreadyExisted);
        QCOMPARE(repeated.record->id, paid.record->id);
        QCOMPARE(m_raw->read(u"account.invoice"_s, invoiceId, {u"payment_lines"_s})
                     .value(u"payment_lines"_s)
                     .toArray()
                     .size(),
                 2);
    }

    void creditsExactlyTheRefundedLines()
    {
        QVERIFY(!m_saleId.isEmpty());
        const QString refund = u"RF-"_s + m_run + u"-1"_s;
        const QJsonObject payload{
            {u"reference"_s, refund},
            {u"sale_reference"_s, m_orderReference},
            {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, code(u"MUG"_s)}, {u"quantity"_s, 1}}}},
            {u"amount"_s, u"5.25"_s}};

        // A wrong amount books nothing.
        QJsonObject wrong = payload;
        wrong.insert(u"amount"_s, u"5.20"_s);
        const WriteOutcome refused = write(u"credit_note"_s, wrong);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.failure->outcome.kind, AttemptOutcome::Kind::Validation);
        QVERIFY2(refused.failure->message.contains(u"-5.25"_s)
                     && refused.failure->message.contains(u"-5.20"_s),
                 qPrintable(refused.failure->message));
        QCOMPARE(
            m_raw->search(u"account.invoice"_s, QJsonArray{QJsonValue(leaf(u"reference"_s, u"="_s, refund))})
                .size(),
            0);

        const WriteOutcome credited = write(u"credit_note"_s, payload);
        QVERIFY2(credited.ok(), qPrintable(messageOf(credited.failure)));
        QVERIFY(!credited.alreadyExisted);
        QCOMPARE(credited.record->object, u"credit_note"_s);
        QCOMPARE(credited.record->matchKey, refund);
        const QJsonObject note = credited.record->document;
        QCOMPARE(note.value(u"state"_s).toString(), u"posted"_s);
        QCOMPARE(dec(note.value(u"total_amount"_s)), dec("-5.25"));
        QVERIFY(note.value(u"number"_s).toString().startsWith(u"CN/"_s));
        const QJsonArray lines = note.value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().toObject().value(u"sku"_s).toString(), code(u"MUG"_s));
        QCOMPARE(dec(lines.first().toObject().value(u"quantity"_s)), dec("-1"));
        const QJsonObject invoice =
            m_connector->findByMatchKey(u"invoice"_s, m_orderReference).record->document;
        QCOMPARE(note.value(u"credited_invoice"_s).toObject().value(u"number"_s), invoice.value(u"number"_s));

        // Tryton's own record.
        const qint64 id = credited.record->id.toLongLong();
        const QJsonObject row =
            m_raw->read(u"account.invoice"_s, id,
                        {u"state"_s, u"type"_s, u"total_amount"_s, u"amount_to_pay"_s, u"lines"_s});
        QCOMPARE(row.value(u"type"_s).toString(), u"out"_s);
        QCOMPARE(row.value(u"state"_s).toString(), u"posted"_s);
        QCOMPARE(row.value(u"total_amount"_s).toObject().value(u"decimal"_s).toString(), u"-5.25"_s);
        QCOMPARE(dec(row.value(u"amount_to_pay"_s)), dec("-5.25"));
        QCOMPARE(row.value(u"lines"_s).toArray().size(), 1);

        // A retry finds it; the invoice object does not list credit notes, and the other way round.
        const WriteOutcome again = write(u"credit_note"_s, payload);
        QVERIFY2(again.ok(), qPrintable(messageOf(again.failure)));
        QVERIFY(again.alreadyExisted);
        QCOMPARE(again.record->id, credited.record->id);
        QCOMPARE(
            m_raw->search(u"account.invoice"_s, QJsonArray{QJsonValue(leaf(u"reference"_s, u"="_s, refund))})
                .size(),
            1);
        const ReadOne found = m_connector->findByMatchKey(u"credit_note"_s, refund);
        QVERIFY2(found.record, qPrintable(messageOf(found.failure)));
        QCOMPARE(found.record->id, credited.record->id);
        QVERIFY(!m_connector->readById(u"invoice"_s, credited.record->id).record);
        QVERIFY(
            !m_connector->readById(u"credit_note"_s, invoice.value(u"id"_s).toVariant().toString()).record);

        QString error;
        const std::optional<QJsonObject> canonical = m_connector->toCanonical(*found.record, &error);
        QVERIFY2(canonical, qPrintable(error));
        const std::optional<Model::CreditNote> creditNote = Model::CreditNote::fromJson(*canonical);
        QVERIFY(creditNote);
        QCOMPARE(creditNote->total.toString(), u"5.25 USD"_s);
        QCOMPARE(creditNote->lines.first().quantity, Decimal(1));
        QCOMPARE(creditNote->invoiceId, invoice.value(u"id"_s).toVariant().toString());

        // More than was invoiced is refused, naming the line.
        QJsonObject tooMany = payload;
        tooMany.insert(u"reference"_s, QString(refund + u"-X"_s));
        tooMany.insert(u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, code(u"MUG"_s)}, {u"quantity"_s, 2}}});
        const WriteOutcome excess = write(u"credit_note"_s, tooMany);
        QVERIFY(!excess.ok());
        QVERIFY2(excess.failure->message.contains(u"lines[0]"_s), qPrintable(excess.failure->message));
    }

    void readsOnlyWhatChangedSinceTheCursor()
    {
        // Everything, page by page (3 a page): no record twice.
        int pages = 0;
        const QList<VendorRecord> parties = readAll(u"party"_s, QDateTime(), 3, &pages);
        QVERIFY(pages > 1);
        QSet<QString> ids;
        QDateTime cursor;
        for (const VendorRecord &record : parties) {
            QVERIFY2(!ids.contains(record.id), qPrintable(record.id));
            ids.insert(record.id);
            QVERIFY(record.updatedAt.isValid());
            cursor = std::max(cursor, record.updatedAt);
        }
        const int total =
            m_raw->call(u"model.party.party.search_count"_s, QJsonArray{QJsonValue(QJsonArray())}).toInt();
        QCOMPARE(int(ids.size()), total);

        // One party changes; the next read from the cursor brings it and nothing else new (records
        // at exactly the cursor come again: the cursor is inclusive, the engine skips those).
        QTest::qWait(5);
        const QString email = u"party-"_s + m_run.toLower() + u"@example.com"_s;
        const ReadOne party = m_connector->findByMatchKey(u"party"_s, email);
        QVERIFY(party.record);
        const WriteOutcome changed = write(
            u"party"_s, QJsonObject{{u"name"_s, u"Pat Polled"_s}, {u"email"_s, email}}, party.record->id);
        QVERIFY2(changed.ok(), qPrintable(messageOf(changed.failure)));
        const QList<VendorRecord> since = readAll(u"party"_s, cursor, 3);
        QStringList fresh;
        for (const VendorRecord &record : since) {
            if (record.updatedAt > cursor)
                fresh.append(record.id);
            else
                QVERIFY2(record.updatedAt == cursor && ids.contains(record.id), qPrintable(record.id));
        }
        QCOMPARE(fresh, QStringList{party.record->id});

        // A price changes on the template: the product counts as changed.
        const QList<VendorRecord> products = readAll(u"product"_s, QDateTime(), 2);
        QDateTime productCursor;
        for (const VendorRecord &record : products)
            productCursor = std::max(productCursor, record.updatedAt);
        QTest::qWait(5);
        const ReadOne mug = m_connector->findByMatchKey(u"product"_s, code(u"MUG"_s));
        QVERIFY(mug.record);
        const qint64 templateId = mug.record->document.value(u"template_id"_s).toInteger();
        m_raw->call(u"model.product.template.write"_s,
                    QJsonArray{QJsonArray{templateId},
                               QJsonObject{{u"list_price"_s,
                                            QJsonObject{{u"__class__"_s, u"Decimal"_s},
                                                        {u"decimal"_s, u"5.50"_s}}}}});
        QStringList changedProducts;
        for (const VendorRecord &record : readAll(u"product"_s, productCursor, 2)) {
            if (record.updatedAt > productCursor)
                changedProducts.append(record.id);
        }
        QCOMPARE(changedProducts, QStringList{mug.record->id});

        // A new order is the one new sale.
        QDateTime saleCursor;
        for (const VendorRecord &record : readAll(u"sale"_s, QDateTime(), 2))
            saleCursor = std::max(saleCursor, record.updatedAt);
        QTest::qWait(5);
        const WriteOutcome order = write(
            u"sale"_s,
            orderPayload(u"SHOP-"_s + m_run + u"-4"_s, u"poll-"_s + m_run.toLower() + u"@example.com"_s));
        QVERIFY2(order.ok(), qPrintable(messageOf(order.failure)));
        QStringList newSales;
        for (const VendorRecord &record : readAll(u"sale"_s, saleCursor, 2)) {
            if (record.updatedAt > saleCursor)
                newSales.append(record.id);
        }
        QCOMPARE(newSales, QStringList{order.record->id});
        const QList<VendorRecord> invoices = readAll(u"invoice"_s, saleCursor, 10);
        QVERIFY(!invoices.isEmpty());
        for (const VendorRecord &record : invoices)
            QVERIFY(dec(record.document.value(u"total_amount"_s)).signum() >= 0);
        QVERIFY(!readAll(u"payment"_s, QDateTime(), 10).isEmpty());

        const ReadPage broken = m_connector->readPage(u"sale"_s, {QDateTime(), u"not-a-token"_s}, 10);
        QVERIFY(broken.failure);
        QCOMPARE(broken.failure->outcome.kind, AttemptOutcome::Kind::Validation);
    }

    void documentsAreWhatTheCatalogSays()
    {
        // Every field of every document read is in the catalog (what mappings address).
        const std::optional<Mapping::FieldCatalog> catalog = m_connector->catalog();
        QVERIFY(catalog);
        for (const QString &object : m_connector->capabilities().readable) {
            const Mapping::CatalogObject *described = catalog->object(object);
            QVERIFY2(described, qPrintable(object));
            const QList<VendorRecord> records = readAll(object, QDateTime(), 100);
            QVERIFY2(!records.isEmpty(), qPrintable(object));
            QStringList unknown;
            std::function<void(const QJsonObject &, const QString &)> walk = [&](const QJsonObject &document,
                                                                                 const QString &prefix) {
                for (auto it = document.begin(); it != document.end(); ++it) {
                    const QString path = prefix + it.key();
                    if (it.value().isObject())
                        walk(it.value().toObject(), path + u'.');
                    else if (it.value().isArray())
                        for (const QJsonValue &element : it.value().toArray())
                            walk(element.toObject(), path + u"[]."_s);
                    else if (!described->field(path) && !unknown.contains(path))
                        unknown.append(path);
                }
            };
            for (const VendorRecord &record : records)
                walk(record.document, QString());
            QVERIFY2(unknown.isEmpty(), qPrintable(object + u": "_s + unknown.join(u", "_s)));
        }
    }

    void namesAMissingSku()
    {
        const QString reference = u"SHOP-"_s + m_run + u"-9"_s;
        QJsonObject payload = orderPayload(reference, u"nosku@example.com"_s);
        QJsonArray lines = payload.value(u"lines"_s).toArray();
        QJsonObject line = lines.at(1).toObject();
        line.insert(u"sku"_s, u"NO-SUCH-SKU"_s);
        lines[1] = line;
        payload.insert(u"lines"_s, lines);
        const WriteOutcome written = write(u"sale"_s, payload);
        QVERIFY(!written.ok());
        QCOMPARE(written.failure->outcome.kind, AttemptOutcome::Kind::Validation);
        QVERIFY(!Engine::RetryPolicy::isTransient(written.failure->outcome));
        QVERIFY2(written.failure->message.contains(u"NO-SUCH-SKU"_s)
                     && written.failure->message.contains(u"lines[1]"_s),
                 qPrintable(written.failure->message));
        QCOMPARE(salesWithReference(reference), 0);

        // A total that does not add up is refused before anything is confirmed.
        QJsonObject total = orderPayload(u"SHOP-"_s + m_run + u"-8"_s, u"total@example.com"_s);
        total.insert(u"total"_s, u"70.00"_s);
        const WriteOutcome mismatch = write(u"sale"_s, total);
        QVERIFY(!mismatch.ok());
        QVERIFY2(mismatch.failure->message.contains(u"69.90"_s)
                     && mismatch.failure->message.contains(u"70.00"_s),
                 qPrintable(mismatch.failure->message));
    }

    void reportsTrytonsOwnRefusals()
    {
        // Tryton refuses to change the cost price of a product with stock moves (a UserError).
        const ReadOne tee = m_connector->findByMatchKey(u"product"_s, code(u"TEE"_s));
        QVERIFY(tee.record);
        const WriteOutcome refused =
            write(u"product"_s, QJsonObject{{u"code"_s, code(u"TEE"_s)}, {u"cost_price"_s, u"3.00"_s}},
                  tee.record->id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.failure->outcome.kind, AttemptOutcome::Kind::Validation);
        QVERIFY2(refused.failure->message.contains(u"cost price"_s), qPrintable(refused.failure->message));

        const WriteOutcome method = write(u"payment"_s,
                                          QJsonObject{{u"reference"_s, QString(u"PAY-"_s + m_run)},
                                                      {u"sale_reference"_s, m_orderReference},
                                                      {u"amount"_s, u"1.00"_s},
                                                      {u"method"_s, u"Carrier pigeon"_s}});
        QVERIFY(!method.ok());
        QVERIFY2(method.failure->message.contains(u"Carrier pigeon"_s), qPrintable(method.failure->message));

        // No such database: a 404 that says which.
        QUrl other = m_url;
        other.setPath(u"/nodb/"_s);
        const auto nowhere = connector(u"sync"_s, "x", other);
        const ReadPage page = nowhere->readPage(u"product"_s, {}, 10);
        QVERIFY(page.failure);
        QVERIFY2(page.failure->message.contains(u"nodb"_s), qPrintable(page.failure->message));
    }

    void readsButNeverWritesInAReadOnlyStage()
    {
        // "Test connection" runs with a read-only client of its own: every JSON-RPC call is a POST,
        // the connector marks its reads (and the login) as such.
        Connectors::ConnectorConfig config;
        config.system = u"tryton"_s;
        config.baseUrl = m_url;
        config.account = m_info.value(u"sync_user"_s).toString();
        config.accessToken = m_info.value(u"sync_password"_s).toString().toUtf8();
        const Connectors::ConnectionCheck check = Connectors::testConnection(config, Net::WriteSide::Erp);
        QVERIFY2(check.ok(), qPrintable(check.message));

        // A dry run reads everything and writes nothing.
        Net::HttpClientOptions options;
        options.guard = Net::WriteGuard::readOnly();
        Net::HttpClient readOnly(m_network, options);
        QString error;
        const auto dry = Connectors::createConnector(config, readOnly, &error);
        QVERIFY2(dry, qPrintable(error));
        const ReadPage page = dry->readPage(u"sale"_s, {}, 5);
        QVERIFY2(!page.failure, qPrintable(messageOf(page.failure)));
        QVERIFY(!page.records.isEmpty());
        const QString reference = u"SHOP-"_s + m_run + u"-DRY"_s;
        Connectors::WriteRequest request;
        request.object = u"sale"_s;
        request.payload = orderPayload(reference, u"dry@example.com"_s);
        const WriteOutcome refused = dry->write(request);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.failure->outcome.kind, AttemptOutcome::Kind::Validation);
        QVERIFY2(refused.failure->message.contains(u"read_only"_s), qPrintable(refused.failure->message));
        QVERIFY(readOnly.refusedWrites() > 0);
        QCOMPARE(salesWithReference(reference), 0);
    }

    void logsInAgainWhenTheSessionEnded()
    {
        ReadOne first = m_connector->findByMatchKey(u"sale"_s, m_orderReference);
        QVERIFY2(first.record, qPrintable(messageOf(first.failure)));
        QByteArray authorization;
        for (const auto &[name, value] : first.exchanges.last().request.headers) {
            if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
                authorization = value;
        }
        QVERIFY(authorization.startsWith("Session "));
        // Ended elsewhere (an administrator, Tryton's idle timeout): the next call gets 401.
        m_raw->post(u"common.db.logout"_s, QJsonArray(), authorization);
        QCOMPARE(m_raw->lastStatus, 200);

        const ReadOne again = m_connector->findByMatchKey(u"sale"_s, m_orderReference);
        QVERIFY2(again.record, qPrintable(messageOf(again.failure)));
        QCOMPARE(again.record->id, first.record->id);
        QList<int> statuses;
        const Net::HttpExchange *login = nullptr;
        for (const Net::HttpExchange &exchange : again.exchanges) {
            statuses.append(exchange.response.status);
            if (exchange.request.body.contains("common.db.login"))
                login = &exchange;
        }
        QCOMPARE(statuses.first(), 401);
        QCOMPARE(statuses.last(), 200);
        QVERIFY(login);
        // Neither the password nor the new session key is in the recorded login.
        const QByteArray password = m_info.value(u"sync_password"_s).toString().toUtf8();
        QVERIFY(!login->request.body.contains(password));
        QVERIFY(login->request.body.contains("[redacted]"));
        QByteArray newAuthorization;
        for (const auto &[name, value] : again.exchanges.last().request.headers) {
            if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
                newAuthorization = value;
        }
        const QByteArray sessionKey = QByteArray::fromBase64(newAuthorization.mid(8)).split(':').last();
        QVERIFY(sessionKey.size() > 10);
        QVERIFY(!login->response.body.contains(sessionKey));
        for (const Net::HttpExchange &exchange : again.exchanges)
            QVERIFY(!exchange.request.body.contains(password));
    }

    void refusesAWrongPasswordWithoutLeakingIt()
    {
        const QByteArray wrong = "not-the-sync-password-4711";
        const auto refused = connector(m_info.value(u"sync_user"_s).toString(), wrong);
        const ReadPage page = refused->readPage(u"sale"_s, {}, 10);
        QVERIFY(page.failure);
        QCOMPARE(page.failure->outcome.kind, AttemptOutcome::Kind::Http);
        QCOMPARE(page.failure->outcome.httpStatus, 401);
        QVERIFY(!Engine::RetryPolicy::isTransient(page.failure->outcome));
        QVERIFY2(page.failure->message.contains(u"password is wrong"_s), qPrintable(page.failure->message));
        QVERIFY(!page.failure->message.contains(QString::fromLatin1(wrong)));
        QVERIFY(!page.exchanges.isEmpty());
        for (const Net::HttpExchange &exchange : page.exchanges)
            QVERIFY(!exchange.request.body.contains(wrong));
        // Not tried again (Tryton slows down repeated failed logins).
        const ReadOne second = refused->readById(u"sale"_s, m_saleId);
        QVERIFY(second.failure);
        QVERIFY(second.exchanges.isEmpty());
        const Connectors::ConnectionCheck check = refused->checkConnection();
        QVERIFY(!check.ok());
        QVERIFY(!check.authenticated);
    }
};

QTEST_GUILESS_MAIN(TestTrytonPeer)
#include "tst_trytonpeer.moc"
