// XeroConnector against Xero's own Accounting API spec, served by Prism as a contract-validating
// mock (fixture prism_xero): every request the connector builds (paths, query parameters,
// If-Modified-Since, Idempotency-Key, the {"Invoices":[...]} envelopes) must satisfy the vendor's
// schema, and the spec's example responses must read and convert to canonical records.
#include "connectors/xero/xeroconnector.h"
#include "engine/retrypolicy.h"
#include "mapping/fieldcatalog.h"
#include "mapping/mappingdocument.h"
#include "mapping/validator.h"
#include "net/httpclient.h"

#include "connectortestsupport.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QTimeZone>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using ConnectorTest::messageOf;
using Engine::AttemptOutcome;

namespace {

QJsonObject invoice()
{
    return QJsonObject{
        {u"Type"_s, u"ACCREC"_s},
        {u"Contact"_s, QJsonObject{{u"ContactID"_s, u"430fa14a-f945-44d3-9f97-5df5e28441b8"_s}}},
        {u"Reference"_s, u"#1001"_s},
        {u"CurrencyCode"_s, u"EUR"_s},
        {u"Status"_s, u"AUTHORISED"_s},
        {u"LineAmountTypes"_s, u"Exclusive"_s},
        {u"LineItems"_s,
         QJsonArray{QJsonObject{{u"Description"_s, u"Organic tee M"_s},
                                {u"ItemCode"_s, u"TEE-ORG-M"_s},
                                {u"Quantity"_s, 2},
                                {u"UnitAmount"_s, 19.99},
                                {u"AccountCode"_s, u"200"_s},
                                {u"TaxType"_s, u"OUTPUT"_s}}}}};
}

} // namespace

class TestXeroPrism : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QFile file(qEnvironmentVariable("LEDGERLINK_TEST_PRISM_XERO"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "the prism_xero fixture did not start (no url.txt)");
        m_base = QUrl(QString::fromLatin1(file.readAll().trimmed()));
        QVERIFY(m_base.isValid());
        Net::HttpClientOptions options;
        options.rateLimitKey = u"xero:prism"_s;
        options.side = Net::WriteSide::Erp;
        options.guard = Net::WriteGuard::allowing(true, false);
        m_client = std::make_unique<Net::HttpClient>(m_network, options);
        Connectors::ConnectorConfig config;
        config.system = u"xero"_s;
        config.baseUrl = m_base;
        config.account = u"00000000-0000-4000-8000-000000000001"_s;
        config.accessToken = "prism-token";
        m_connector = std::make_unique<Connectors::XeroConnector>(config, *m_client);
        m_connector->setHomeCurrency(*Model::Currency::fromCode(u"NZD"));
    }

    void readsEveryObjectsPageAndConvertsTheExamples()
    {
        for (const QString &object : m_connector->capabilities().readable) {
            Connectors::ReadCursor cursor;
            cursor.updatedSince = QDateTime(QDate(2026, 11, 1), QTime(8, 30), QTimeZone::utc());
            const Connectors::ReadPage page = m_connector->readPage(object, cursor, 100);
            QVERIFY2(!page.failure, qPrintable(messageOf(page.failure)));
            QVERIFY2(!page.records.isEmpty(), qPrintable(object));
            QVERIFY(page.nextPageToken.isEmpty()); // the examples hold fewer than 100
            for (const Connectors::VendorRecord &record : page.records) {
                QVERIFY(!record.id.isEmpty());
                QString error;
                QVERIFY2(m_connector->toCanonical(record, &error), qPrintable(error));
            }
        }
    }

    void readsOneAndLooksUpByMatchKey()
    {
        const Connectors::ReadOne one =
            m_connector->readById(u"Invoice"_s, u"d4956132-ed94-4dd7-9eaa-aa22dfdf06f2"_s);
        QVERIFY2(one.record, qPrintable(messageOf(one.failure)));
        for (const auto &[object, key] : {std::pair{u"Invoice"_s, u"Red Fish, Blue Fish"_s},
                                          std::pair{u"Contact"_s, u"bob.norman@mail.example.com"_s},
                                          std::pair{u"Item"_s, u"TEE-ORG-M"_s}}) {
            const Connectors::ReadOne found = m_connector->findByMatchKey(object, key);
            QVERIFY2(!found.failure, qPrintable(messageOf(found.failure)));
            QCOMPARE(found.exchanges.last().response.status, 200);
        }
    }

    void writesThatSatisfyTheSchema()
    {
        Connectors::WriteRequest create;
        create.object = u"Invoice"_s;
        create.payload = invoice();
        create.idempotencyKey = u"sandbox-shop:order:5101:create"_s;
        const Connectors::WriteOutcome created = m_connector->write(create);
        QVERIFY2(created.ok(), qPrintable(messageOf(created.failure)));
        QCOMPARE(created.exchanges.last().request.method, QByteArray("PUT"));

        Connectors::WriteRequest update = create;
        update.existingId = created.record->id;
        update.idempotencyKey = u"sandbox-shop:order:5101:update"_s;
        const Connectors::WriteOutcome updated = m_connector->write(update);
        QVERIFY2(updated.ok(), qPrintable(messageOf(updated.failure)));
        QCOMPARE(updated.exchanges.last().request.method, QByteArray("POST"));

        const QList<Connectors::WriteOutcome> batch = m_connector->writeBatch({create});
        QCOMPARE(batch.size(), 1);
        QVERIFY2(batch.first().ok(), qPrintable(messageOf(batch.first().failure)));
        QVERIFY(batch.first().exchanges.last().request.url.query().contains(u"summarizeErrors=false"_s));

        const QList<std::pair<QString, QJsonObject>> others{
            {u"Contact"_s,
             QJsonObject{{u"Name"_s, u"Bob Norman"_s},
                         {u"EmailAddress"_s, u"bob.norman@mail.example.com"_s}}},
            {u"Item"_s,
             QJsonObject{{u"Code"_s, u"TEE-ORG-M"_s},
                         {u"Name"_s, u"Organic tee M"_s},
                         {u"SalesDetails"_s, QJsonObject{{u"UnitPrice"_s, 19.99}}}}},
            {u"Payment"_s,
             QJsonObject{{u"Invoice"_s, QJsonObject{{u"InvoiceID"_s, created.record->id}}},
                         {u"Account"_s, QJsonObject{{u"Code"_s, u"090"_s}}},
                         {u"Amount"_s, 43.98},
                         {u"Date"_s, u"2026-11-26"_s}}},
            {u"CreditNote"_s,
             QJsonObject{
                 {u"Type"_s, u"ACCRECCREDIT"_s},
                 {u"Contact"_s, QJsonObject{{u"ContactID"_s, u"430fa14a-f945-44d3-9f97-5df5e28441b8"_s}}},
                 {u"LineItems"_s,
                  QJsonArray{QJsonObject{{u"Description"_s, u"refund"_s},
                                         {u"Quantity"_s, 1},
                                         {u"UnitAmount"_s, 19.99},
                                         {u"AccountCode"_s, u"200"_s}}}}}}};
        QList<Net::HttpExchange> exchanges = created.exchanges + updated.exchanges + batch.first().exchanges;
        for (const auto &[object, payload] : others) {
            Connectors::WriteRequest request;
            request.object = object;
            request.payload = payload;
            request.idempotencyKey = u"peer:"_s + object;
            const Connectors::WriteOutcome outcome = m_connector->write(request);
            QVERIFY2(outcome.ok(), qPrintable(object + u": "_s + messageOf(outcome.failure)));
            exchanges += outcome.exchanges;
        }
        // Prism names every deviation from Xero's schema in sl-violations: there is none.
        QVERIFY(exchanges.size() >= 7);
        for (const Net::HttpExchange &exchange : std::as_const(exchanges)) {
            QVERIFY2(exchange.response.header("sl-violations").isEmpty(),
                     qPrintable(exchange.request.url.toString() + u": "_s
                                + QString::fromUtf8(exchange.response.header("sl-violations"))));
        }
    }

    /// A mapping that would send what Xero's schema refuses (text as a line's Quantity) is caught by
    /// LedgerLink's own validator before anything is sent; the same payload sent anyway is what
    /// Prism then refuses (next test).
    void aBrokenMappingIsCaughtBeforeItIsSent()
    {
        Mapping::LoadResult loaded =
            Mapping::MappingDocument::load(u":/ledgerlink/mappings/sandbox.mapping.json"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        for (Mapping::ObjectRule &rule : loaded.document->objects) {
            for (Mapping::FieldMapping &field : rule.fields) {
                if (rule.id == u"order" && field.id == u"line_quantity")
                    field.source = u"line_items[].name"_s;
            }
        }
        QString error;
        const auto shopify = Mapping::FieldCatalog::builtin(u"shopify"_s, &error);
        const auto xero = Mapping::FieldCatalog::builtin(u"xero"_s, &error);
        QVERIFY2(shopify && xero, qPrintable(error));
        QStringList errors;
        for (const Mapping::Issue &issue : Mapping::validate(*loaded.document, *shopify, *xero)) {
            if (issue.isError())
                errors.append(issue.text());
        }
        QCOMPARE(
            errors,
            QStringList{u"error: order/line_quantity: type mismatch: \"line_items[].name\" is string but "
                        "\"LineItems[].Quantity\" takes number; convert it with a transform such as "
                        "$number($), or $money($, currency) for an amount"_s});
    }

    void aPayloadThatBreaksTheSchemaIsAPermanentFailure()
    {
        Connectors::WriteRequest create;
        create.object = u"Invoice"_s;
        create.payload = invoice();
        QJsonArray lines = create.payload.value(u"LineItems"_s).toArray();
        QJsonObject line = lines.first().toObject();
        line.insert(u"Quantity"_s, u"three"_s);
        lines.replace(0, line);
        create.payload.insert(u"LineItems"_s, lines);
        create.idempotencyKey = u"peer:broken"_s;
        const Connectors::WriteOutcome outcome = m_connector->write(create);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.failure->outcome.kind, AttemptOutcome::Kind::Http);
        QCOMPARE(outcome.failure->outcome.httpStatus, 400);
        QVERIFY(!Engine::RetryPolicy::isTransient(outcome.failure->outcome));
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
    std::unique_ptr<Net::HttpClient> m_client;
    std::unique_ptr<Connectors::XeroConnector> m_connector;
};

QTEST_GUILESS_MAIN(TestXeroPrism)
#include "tst_xeroprism.moc"
