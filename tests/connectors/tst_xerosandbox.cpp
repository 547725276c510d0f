// XeroConnector against the real sandbox books (Sandbox::SandboxServices on 127.0.0.1), over real
// HTTP through the real Net::HttpClient: idempotent creates, batches with a failing element,
// validation errors, look-ups by Reference/email/Code, paging, the write guard and a wrong token.
#include "connectors/xero/xeroconnector.h"
#include "engine/retrypolicy.h"
#include "model/decimal.h"
#include "net/httpclient.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxservices.h"

#include "connectortestsupport.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Connectors::XeroConnector;
using ConnectorTest::messageOf;
using Engine::AttemptOutcome;

namespace {

/// A valid sales invoice for the sandbox books (an inline contact is found or created by name).
QJsonObject invoicePayload(const QString &reference, const QString &contact = u"Connector Test Ltd"_s)
{
    return QJsonObject{{u"Type"_s, u"ACCREC"_s},
                       {u"Contact"_s, QJsonObject{{u"Name"_s, contact}}},
                       {u"Reference"_s, reference},
                       {u"CurrencyCode"_s, u"EUR"_s},
                       {u"Status"_s, u"AUTHORISED"_s},
                       {u"LineAmountTypes"_s, u"Exclusive"_s},
                       {u"LineItems"_s,
                        QJsonArray{QJsonObject{{u"Description"_s, u"Organic tee M"_s},
                                               {u"ItemCode"_s, u"TEE-ORG-M"_s},
                                               {u"Quantity"_s, 2},
                                               {u"UnitAmount"_s, u"19.99"_s},
                                               {u"AccountCode"_s, u"200"_s},
                                               {u"TaxType"_s, u"OUTPUT"_s}}}}};
}

/// A create of `object` with `payload`, found again by `reference`.
Connectors::WriteRequest createRequest(const QString &object, const QJsonObject &payload,
                                       const QString &reference, const QString &key)
{
    Connectors::WriteRequest request;
    request.object = object;
    request.payload = payload;
    request.idempotencyKey = key;
    request.matchKey = reference;
    return request;
}

Connectors::WriteRequest createInvoice(const QString &reference, const QString &key)
{
    return createRequest(u"Invoice"_s, invoicePayload(reference), reference, key);
}

/// A payout's deposit: payments less refunds out of the clearing account 090 and the fees as a
/// negative line on 404, received into the bank account 095.
QJsonObject depositPayload(const QString &reference, const QString &fee = u"-5.12"_s)
{
    return QJsonObject{{u"Type"_s, u"RECEIVE"_s},
                       {u"Contact"_s, QJsonObject{{u"Name"_s, u"Shopify Payments"_s}}},
                       {u"BankAccount"_s, QJsonObject{{u"Code"_s, u"095"_s}}},
                       {u"Date"_s, u"2026-11-27"_s},
                       {u"Reference"_s, reference},
                       {u"CurrencyCode"_s, u"EUR"_s},
                       {u"LineAmountTypes"_s, u"NoTax"_s},
                       {u"LineItems"_s,
                        QJsonArray{QJsonObject{{u"Description"_s, u"Payments less refunds"_s},
                                               {u"Quantity"_s, 1},
                                               {u"UnitAmount"_s, u"245.62"_s},
                                               {u"AccountCode"_s, u"090"_s},
                                               {u"TaxType"_s, u"NONE"_s}},
                                   QJsonObject{{u"Description"_s, u"Fees"_s},
                                               {u"Quantity"_s, 1},
                                               {u"UnitAmount"_s, fee},
                                               {u"AccountCode"_s, u"404"_s},
                                               {u"TaxType"_s, u"NONE"_s}}}}};
}

/// A sales document of `quantity` x 10.00 at 10 % tax (OUTPUT): "INVOICE" (ACCREC) or a credit
/// note (ACCRECCREDIT) for the contact the invoices above use.
QJsonObject salesDocument(const QString &type, const QString &reference, int quantity,
                          const QString &currency = u"EUR"_s)
{
    return QJsonObject{{u"Type"_s, type},
                       {u"Contact"_s, QJsonObject{{u"Name"_s, u"Connector Test Ltd"_s}}},
                       {u"Reference"_s, reference},
                       {u"CurrencyCode"_s, currency},
                       {u"Status"_s, u"AUTHORISED"_s},
                       {u"LineAmountTypes"_s, u"Exclusive"_s},
                       {u"LineItems"_s,
                        QJsonArray{QJsonObject{{u"Description"_s, u"Refundable tee"_s},
                                               {u"Quantity"_s, quantity},
                                               {u"UnitAmount"_s, u"10.00"_s},
                                               {u"AccountCode"_s, u"200"_s},
                                               {u"TaxType"_s, u"OUTPUT"_s}}}}};
}

/// A credit note of `quantity` x 10.00 + 10 % allocated to `invoiceId` (no Amount: its Total).
QJsonObject allocatedCreditNote(const QString &reference, int quantity, const QString &invoiceId)
{
    QJsonObject note = salesDocument(u"ACCRECCREDIT"_s, reference, quantity);
    note.insert(u"Allocations"_s,
                QJsonArray{QJsonObject{{u"Invoice"_s, QJsonObject{{u"InvoiceID"_s, invoiceId}}}}});
    return note;
}

/// An amount of Xero's JSON (number or string) as text with 2 decimals, exactly.
QString money(const QJsonValue &value)
{
    const std::optional<Model::Decimal> amount = Model::Decimal::fromJson(value);
    return amount ? amount->rounded(2, Model::RoundingMode::HalfUp).toString() : u"(none)"_s;
}

/// The exchanges of `outcome` whose URL path ends with "/Allocations".
QList<Net::HttpExchange> allocationExchanges(const Connectors::WriteOutcome &outcome)
{
    QList<Net::HttpExchange> found;
    for (const Net::HttpExchange &exchange : outcome.exchanges) {
        if (exchange.request.url.path().endsWith(u"/Allocations"_s))
            found.append(exchange);
    }
    return found;
}

Connectors::WriteRequest createDeposit(const QString &reference, const QString &key)
{
    return createRequest(u"BankTransaction"_s, depositPayload(reference), reference, key);
}

} // namespace

class TestXeroSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Sandbox::SandboxOptions options;
        options.dataDir = m_dir.path();
        const Sandbox::SandboxStarted started = m_services.start(options);
        QVERIFY2(started.ok, qPrintable(started.error));
        m_books = started.booksUrl;
    }

    void cleanupTestCase() { m_services.stop(); }

    void writeRefusedByTheGuardSendsNothing()
    {
        auto [client, connector] = make(Net::WriteGuard::readOnly());
        const QJsonObject before = ConnectorTest::sandboxStats(m_network, m_books);
        const Connectors::WriteOutcome outcome = connector->write(createInvoice(u"#9001"_s, u"k:9001"_s));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.failure->outcome.kind, AttemptOutcome::Kind::Validation);
        QVERIFY(!Engine::RetryPolicy::isTransient(outcome.failure->outcome));
        const QList<Connectors::WriteOutcome> batch = connector->writeBatch(
            {createInvoice(u"#9002"_s, u"k:9002"_s), createInvoice(u"#9003"_s, u"k:9003"_s)});
        for (const Connectors::WriteOutcome &refused : batch) {
            QVERIFY(refused.failure);
            QCOMPARE(refused.failure->outcome.kind, AttemptOutcome::Kind::Validation);
        }
        QCOMPARE(client->refusedWrites(), 2);
        const QJsonObject after = ConnectorTest::sandboxStats(m_network, m_books);
        // The first test: nothing but reads has reached the sandbox books.
        QCOMPARE(ConnectorTest::nonGetRequests(after), 0);
        QCOMPARE(after.value(u"writes_committed"_s).toInt(), 0);
        QCOMPARE(before.value(u"writes_committed"_s).toInt(), 0);
    }

    void createWithTheSameIdempotencyKeyTwiceMakesOneInvoice()
    {
        auto [client, connector] = make(Net::WriteGuard::allowing(true, false));
        const Connectors::WriteRequest request =
            createInvoice(u"#5001"_s, u"sandbox-shop:order:5001:create"_s);
        const Connectors::WriteOutcome first = connector->write(request);
        QVERIFY2(first.ok(), qPrintable(messageOf(first.failure)));
        QVERIFY(!first.alreadyExisted);
        QCOMPARE(first.record->matchKey, u"#5001"_s);
        QCOMPARE(first.exchanges.last().request.method, QByteArray("PUT"));
        QCOMPARE(first.exchanges.last().response.header("Idempotency-Replayed"), QByteArray());

        const Connectors::WriteOutcome second = connector->write(request);
        QVERIFY2(second.ok(), qPrintable(messageOf(second.failure)));
        QCOMPARE(second.record->id, first.record->id);
        QVERIFY(second.alreadyExisted);

        const Connectors::ReadOne found = connector->findByMatchKey(u"Invoice"_s, u"#5001"_s);
        QVERIFY2(found.record, qPrintable(messageOf(found.failure)));
        QCOMPARE(found.record->id, first.record->id);
        QString error;
        const auto canonical = connector->toCanonical(*found.record, &error);
        QVERIFY2(canonical, qPrintable(error));
        QCOMPARE(canonical->value(u"total"_s).toObject().value(u"amount"_s).toString(),
                 u"43.98"_s); // 39.98 + 10 %

        // Exactly one invoice carries the reference.
        const Net::HttpExchange list = client->get(
            connector->apiUrl(u"Invoices"_s,
                              u"where="_s
                                  + QString::fromLatin1(QUrl::toPercentEncoding(u"Reference==\"#5001\""_s))),
            authHeaders());
        QCOMPARE(list.response.json().object().value(u"Invoices"_s).toArray().size(), 1);

        const Connectors::ReadOne byId = connector->readById(u"Invoice"_s, first.record->id);
        QVERIFY(byId.record);
        QCOMPARE(byId.record->matchKey, u"#5001"_s);
    }

    void updateByIdPostsToTheRecord()
    {
        auto [client, connector] = make(Net::WriteGuard::allowing(true, false));
        const Connectors::WriteOutcome created = connector->write(createInvoice(u"#5002"_s, u"k:5002"_s));
        QVERIFY2(created.ok(), qPrintable(messageOf(created.failure)));
        Connectors::WriteRequest update;
        update.object = u"Invoice"_s;
        update.existingId = created.record->id;
        update.idempotencyKey = u"k:5002:update"_s;
        update.payload = QJsonObject{{u"Reference"_s, u"#5002-b"_s}};
        const Connectors::WriteOutcome updated = connector->write(update);
        QVERIFY2(updated.ok(), qPrintable(messageOf(updated.failure)));
        QCOMPARE(updated.record->id, created.record->id);
        QCOMPARE(updated.record->matchKey, u"#5002-b"_s);
        QCOMPARE(updated.exchanges.last().request.method, QByteArray("POST"));
        QVERIFY(updated.exchanges.last().request.url.path().endsWith(created.record->id));
    }

    void batchWithOneInvalidElement()
    {
        auto [client, connector] = make(Net::WriteGuard::allowing(true, false));
        QList<Connectors::WriteRequest> requests{createInvoice(u"#6001"_s, u"k:6001"_s),
                                                 createInvoice(u"#6002"_s, u"k:6002"_s),
                                                 createInvoice(u"#6003"_s, u"k:6003"_s)};
        requests[1].payload.insert(u"LineAmountTypes"_s, u"Sometimes"_s);
        const int putsBefore = client->sent("PUT");
        const QList<Connectors::WriteOutcome> outcomes = connector->writeBatch(requests);
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(client->sent("PUT") - putsBefore, 1); // one request for the batch
        QVERIFY(outcomes.at(0).exchanges.first().request.url.query().contains(u"summarizeErrors=false"_s));
        QVERIFY2(outcomes.at(0).ok(), qPrintable(messageOf(outcomes.at(0).failure)));
        QVERIFY2(outcomes.at(2).ok(), qPrintable(messageOf(outcomes.at(2).failure)));
        QVERIFY(!outcomes.at(1).ok());
        QCOMPARE(outcomes.at(1).failure->outcome.kind, AttemptOutcome::Kind::Validation);
        QVERIFY(!Engine::RetryPolicy::isTransient(outcomes.at(1).failure->outcome));
        QVERIFY2(outcomes.at(1).failure->message.contains(
                     u"LineAmountTypes must be Exclusive, Inclusive or NoTax"_s),
                 qPrintable(outcomes.at(1).failure->message));
        QCOMPARE(outcomes.at(0).record->matchKey, u"#6001"_s);
        QCOMPARE(outcomes.at(2).record->matchKey, u"#6003"_s);
        QVERIFY(outcomes.at(0).record->id != outcomes.at(2).record->id);
        QVERIFY(connector->findByMatchKey(u"Invoice"_s, u"#6003"_s).record);
        QVERIFY(!connector->findByMatchKey(u"Invoice"_s, u"#6002"_s).record);
    }

    void aBatchOfSerialisedPayloadsIsSentAsTheyAre()
    {
        // The engine hands over each payload's JSON (it hashed those bytes): the body carries
        // exactly those bytes (here indented, so that they differ from what serialising the
        // payloads again would give), and the books take it.
        auto [client, connector] = make(Net::WriteGuard::allowing(true, false));
        QList<Connectors::WriteRequest> requests{createInvoice(u"#6101"_s, u"k:6101"_s),
                                                 createInvoice(u"#6102"_s, u"k:6102"_s)};
        for (Connectors::WriteRequest &request : requests)
            request.payloadJson = QJsonDocument(request.payload).toJson(QJsonDocument::Indented);
        const QByteArray expected =
            "{\"Invoices\":[" + requests.at(0).payloadJson + "," + requests.at(1).payloadJson + "]}";
        const QList<Connectors::WriteOutcome> outcomes = connector->writeBatch(requests);
        QCOMPARE(outcomes.size(), 2);
        QVERIFY2(outcomes.at(0).ok(), qPrintable(messageOf(outcomes.at(0).failure)));
        QVERIFY2(outcomes.at(1).ok(), qPrintable(messageOf(outcomes.at(1).failure)));
        QCOMPARE(outcomes.at(0).exchanges.constLast().request.body, expected);
        QCOMPARE(outcomes.at(1).record->matchKey, u"#6102"_s);
        QVERIFY(connector->findByMatchKey(u"Invoice"_s, u"#6101"_s).record);
        // Without them the payloads are serialised (compact).
        Connectors::WriteRequest plain = createInvoice(u"#6103"_s, u"k:6103"_s);
        const QList<Connectors::WriteOutcome> single = connector->writeBatch({plain});
        QCOMPARE(single.size(), 1);
        QVERIFY2(single.at(0).ok(), qPrintable(messageOf(single.at(0).failure)));
        QCOMPARE(single.at(0).exchanges.constLast().request.body,
                 "{\"Invoices\":[" + QJsonDocument(plain.payload).toJson(QJsonDocument::Compact) + "]}");
    }

    void validationExceptionListsTheMessages()
    {
        auto [client, connector] = make(Net::WriteGuard::allowing(true, false));
        // Without an idempotency key: the sandbox books answer a summarized validation failure that
        // carries a key with HTTP 500 (they commit after rolling back; reported to the sandbox owner).
        Connectors::WriteRequest request = createInvoice(u"#7001"_s, QString());
        request.matchKey.clear();
        request.payload.remove(u"LineItems"_s);
        request.payload.insert(u"Type"_s, u"SALE"_s);
        const Connectors::WriteOutcome outcome = connector->write(request);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.failure->outcome.kind, AttemptOutcome::Kind::Http);
        QCOMPARE(outcome.failure->outcome.httpStatus, 400);
        QVERIFY(!Engine::RetryPolicy::isTransient(outcome.failure->outcome));
        QVERIFY2(outcome.failure->message.contains(u"Invoice Type must be specified"_s),
                 qPrintable(outcome.failure->message));
        QVERIFY2(outcome.failure->message.contains(u"At least one line item is required"_s),
                 qPrintable(outcome.failure->message));
    }

    void readsPagesAndLooksUpContactsAndItems()
    {
        auto [client, connector] = make(Net::WriteGuard::allowing(true, false));
        // Enough invoices for two pages.
        QList<Connectors::WriteRequest> many;
        for (int i = 0; i < 105; ++i)
            many.append(createInvoice(u"#8"_s + QString::number(1000 + i), u"k:8:"_s + QString::number(i)));
        for (const Connectors::WriteOutcome &outcome : connector->writeBatch(many))
            QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure)));

        QSet<QString> seen;
        Connectors::ReadCursor cursor;
        int pages = 0;
        do {
            const Connectors::ReadPage page = connector->readPage(u"Invoice"_s, cursor, 100);
            QVERIFY2(!page.failure, qPrintable(messageOf(page.failure)));
            for (const Connectors::VendorRecord &record : page.records) {
                QVERIFY(!seen.contains(record.id));
                seen.insert(record.id);
            }
            cursor.pageToken = page.nextPageToken;
            ++pages;
        } while (!cursor.pageToken.isEmpty() && pages < 10);
        QVERIFY(pages >= 2);
        QVERIFY(seen.size() >= 105);
        QCOMPARE(client->sent("GET") > 0, true);

        Connectors::ReadCursor future;
        future.updatedSince = QDateTime::currentDateTimeUtc().addDays(1);
        const Connectors::ReadPage none = connector->readPage(u"Invoice"_s, future, 100);
        QVERIFY2(!none.failure, qPrintable(messageOf(none.failure)));
        QVERIFY(none.records.isEmpty());
        const bool sentSince =
            std::any_of(none.exchanges.begin(), none.exchanges.end(), [](const auto &exchange) {
                return std::any_of(exchange.request.headers.begin(), exchange.request.headers.end(),
                                   [](const auto &header) { return header.first == "If-Modified-Since"; });
            });
        QVERIFY(sentSince);

        const Connectors::ReadOne item = connector->findByMatchKey(u"Item"_s, u"TEE-ORG-M"_s);
        QVERIFY2(item.record, qPrintable(messageOf(item.failure)));
        QString error;
        const auto product = connector->toCanonical(*item.record, &error); // base currency from Organisation
        QVERIFY2(product, qPrintable(error));
        QCOMPARE(connector->homeCurrency().code(), u"EUR"_s);

        Connectors::WriteRequest contact;
        contact.object = u"Contact"_s;
        contact.payload = QJsonObject{{u"Name"_s, u"Anna \"Quote\" Schmidt"_s},
                                      {u"EmailAddress"_s, u"anna.q@example.de"_s}};
        contact.matchKey = u"anna.q@example.de"_s; // no idempotency key: looked up first
        const Connectors::WriteOutcome created = connector->write(contact);
        QVERIFY2(created.ok(), qPrintable(messageOf(created.failure)));
        QVERIFY(!created.alreadyExisted);
        const Connectors::WriteOutcome again = connector->write(contact);
        QVERIFY2(again.ok(), qPrintable(messageOf(again.failure)));
        QVERIFY(again.alreadyExisted);
        QCOMPARE(again.record->id, created.record->id);
        const Connectors::ReadOne byEmail = connector->findByMatchKey(u"Contact"_s, u"anna.q@example.de"_s);
        QVERIFY2(byEmail.record, qPrintable(messageOf(byEmail.failure)));
        QCOMPARE(byEmail.record->id, created.record->id);
        QVERIFY(connector->toCanonical(*byEmail.record, &error));
    }

    void bankTransactionRoundTrip()
    {
        auto [client, connector] = make(Net::WriteGuard::allowing(true, false));
        QVERIFY(connector->capabilities().readable.contains(u"BankTransaction"_s));
        QVERIFY(connector->capabilities().writable.contains(u"BankTransaction"_s));
        const Connectors::WriteRequest request =
            createDeposit(u"Shopify Payments payout 7101"_s, u"sandbox-shop:payout:7101:create"_s);
        const Connectors::WriteOutcome created = connector->write(request);
        QVERIFY2(created.ok(), qPrintable(messageOf(created.failure)));
        QVERIFY(!created.alreadyExisted);
        QCOMPARE(created.record->object, u"BankTransaction"_s);
        QCOMPARE(created.record->matchKey, u"Shopify Payments payout 7101"_s);
        QCOMPARE(created.exchanges.last().request.method, QByteArray("PUT"));
        QVERIFY(created.exchanges.last().request.url.path().endsWith(u"/BankTransactions"_s));

        const Connectors::WriteOutcome again = connector->write(request);
        QVERIFY2(again.ok(), qPrintable(messageOf(again.failure)));
        QVERIFY(again.alreadyExisted);
        QCOMPARE(again.record->id, created.record->id);

        const Connectors::ReadOne found =
            connector->findByMatchKey(u"BankTransaction"_s, u"Shopify Payments payout 7101"_s);
        QVERIFY2(found.record, qPrintable(messageOf(found.failure)));
        QCOMPARE(found.record->id, created.record->id);
        const Connectors::ReadOne byId = connector->readById(u"BankTransaction"_s, created.record->id);
        QVERIFY2(byId.record, qPrintable(messageOf(byId.failure)));
        QCOMPARE(byId.record->matchKey, u"Shopify Payments payout 7101"_s);
        QString error;
        const auto canonical = connector->toCanonical(*byId.record, &error);
        QVERIFY2(canonical, qPrintable(error));
        QCOMPARE(canonical->value(u"total"_s).toString(), u"240.50"_s);
        QCOMPARE(canonical->value(u"sub_total"_s).toString(), u"240.50"_s);
        QCOMPARE(canonical->value(u"total_tax"_s).toString(), u"0.00"_s);
        QCOMPARE(canonical->value(u"currency"_s).toString(), u"EUR"_s);
        QCOMPARE(canonical->value(u"date"_s).toString(), u"2026-11-27"_s);
        QCOMPARE(canonical->value(u"bank_account"_s).toString(), u"095"_s);
        QCOMPARE(canonical->value(u"contact"_s).toString(), u"Shopify Payments"_s);
        QCOMPARE(canonical->value(u"status"_s).toString(), u"AUTHORISED"_s);
        const QJsonArray lines = canonical->value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1).toObject().value(u"amount"_s).toString(), u"-5.12"_s);
        QCOMPARE(lines.at(1).toObject().value(u"account_code"_s).toString(), u"404"_s);

        // An update POSTs to the record; the fees a cent higher.
        Connectors::WriteRequest update;
        update.object = u"BankTransaction"_s;
        update.existingId = created.record->id;
        update.idempotencyKey = u"sandbox-shop:payout:7101:update"_s;
        update.payload = depositPayload(u"Shopify Payments payout 7101"_s, u"-5.13"_s);
        const Connectors::WriteOutcome updated = connector->write(update);
        QVERIFY2(updated.ok(), qPrintable(messageOf(updated.failure)));
        QCOMPARE(updated.exchanges.last().request.method, QByteArray("POST"));
        QCOMPARE(updated.record->id, created.record->id);
        QCOMPARE(
            connector
                ->toCanonical(*connector->readById(u"BankTransaction"_s, created.record->id).record, &error)
                ->value(u"total"_s)
                .toString(),
            u"240.49"_s);

        // Deleted, then posted again: the look-up by Reference prefers the one not deleted.
        Connectors::WriteRequest deletion;
        deletion.object = u"BankTransaction"_s;
        deletion.existingId = created.record->id;
        deletion.idempotencyKey = u"sandbox-shop:payout:7101:delete"_s;
        deletion.payload = QJsonObject{{u"Status"_s, u"DELETED"_s}};
        QVERIFY2(connector->write(deletion).ok(), "delete");
        const Connectors::ReadOne deleted =
            connector->findByMatchKey(u"BankTransaction"_s, u"Shopify Payments payout 7101"_s);
        QVERIFY(deleted.record);
        QCOMPARE(deleted.record->document.value(u"Status"_s).toString(), u"DELETED"_s);
        const Connectors::WriteOutcome recreated = connector->write(
            createDeposit(u"Shopify Payments payout 7101"_s, u"sandbox-shop:payout:7101:again"_s));
        QVERIFY2(recreated.ok(), qPrintable(messageOf(recreated.failure)));
        QVERIFY(recreated.record->id != created.record->id);
        const Connectors::ReadOne live =
            connector->findByMatchKey(u"BankTransaction"_s, u"Shopify Payments payout 7101"_s);
        QVERIFY(live.record);
        QCOMPARE(live.record->id, recreated.record->id);

        // A batch: the element on a non-bank account fails with Xero's message, the other is created.
        QList<Connectors::WriteRequest> batch{createDeposit(u"Shopify Payments payout 7102"_s, u"k:7102"_s),
                                              createDeposit(u"Shopify Payments payout 7103"_s, u"k:7103"_s)};
        batch[1].payload.insert(u"BankAccount"_s, QJsonObject{{u"Code"_s, u"090"_s}});
        const QList<Connectors::WriteOutcome> outcomes = connector->writeBatch(batch);
        QCOMPARE(outcomes.size(), 2);
        QVERIFY2(outcomes.at(0).ok(), qPrintable(messageOf(outcomes.at(0).failure)));
        QVERIFY(!outcomes.at(1).ok());
        QCOMPARE(outcomes.at(1).failure->outcome.kind, AttemptOutcome::Kind::Validation);
        QVERIFY2(outcomes.at(1).failure->message.contains(u"The BankAccount must be a bank account"_s),
                 qPrintable(outcomes.at(1).failure->message));

        // Pages: every bank transaction, the deleted one too.
        const Connectors::ReadPage page = connector->readPage(u"BankTransaction"_s, {}, 100);
        QVERIFY2(!page.failure, qPrintable(messageOf(page.failure)));
        QCOMPARE(page.records.size(), 3);
    }

    void creditNoteIsAllocatedToItsInvoice()
    {
        auto [client, connector] = make(Net::WriteGuard::allowing(true, false));
        // The invoice: 2 x 10.00 + 10 % = 22.00.
        const Connectors::WriteOutcome invoice = connector->write(createRequest(
            u"Invoice"_s, salesDocument(u"ACCREC"_s, u"#5301"_s, 2), u"#5301"_s, u"k:5301:create"_s));
        QVERIFY2(invoice.ok(), qPrintable(messageOf(invoice.failure)));
        QCOMPARE(money(invoice.record->document.value(u"AmountDue"_s)), u"22.00"_s);
        const QString invoiceId = invoice.record->id;

        // The credit note: 1 x 10.00 + 10 % = 11.00, allocated in full (no Amount: its Total).
        const Connectors::WriteRequest request =
            createRequest(u"CreditNote"_s, allocatedCreditNote(u"#5301-R1"_s, 1, invoiceId), u"#5301-R1"_s,
                          u"k:5301:refund:create"_s);
        const Connectors::WriteOutcome note = connector->write(request);
        QVERIFY2(note.ok(), qPrintable(messageOf(note.failure)));
        QVERIFY(!note.alreadyExisted);
        const QString noteId = note.record->id;
        // PUT CreditNotes (without Allocations), GET Invoices/{id} (its amount due), PUT
        // .../Allocations, GET CreditNotes/{id}.
        QCOMPARE(note.exchanges.size(), 4);
        QCOMPARE(note.exchanges.at(1).request.url.path(), u"/api.xro/2.0/Invoices/"_s + invoiceId);
        QCOMPARE(note.exchanges.at(0).request.method, QByteArray("PUT"));
        QVERIFY(note.exchanges.at(0).request.url.path().endsWith(u"/CreditNotes"_s));
        QVERIFY(!note.exchanges.at(0).request.body.contains("Allocations"));
        const QList<Net::HttpExchange> allocations = allocationExchanges(note);
        QCOMPARE(allocations.size(), 1);
        const Net::HttpExchange &put = allocations.first();
        QCOMPARE(put.request.method, QByteArray("PUT"));
        QCOMPARE(put.request.url.path(), u"/api.xro/2.0/CreditNotes/"_s + noteId + u"/Allocations"_s);
        QCOMPARE(put.response.status, 200);
        const QJsonArray sent =
            QJsonDocument::fromJson(put.request.body).object().value(u"Allocations"_s).toArray();
        QCOMPARE(sent.size(), 1);
        const QJsonObject allocation = sent.first().toObject();
        QCOMPARE(money(allocation.value(u"Amount"_s)), u"11.00"_s);
        QCOMPARE(allocation.value(u"Invoice"_s).toObject().value(u"InvoiceID"_s).toString(), invoiceId);
        QCOMPARE(allocation.value(u"Date"_s).toString(),
                 note.record->document.value(u"DateString"_s).toString().left(10));
        QCOMPARE(note.exchanges.at(3).request.method, QByteArray("GET"));

        // The record is the note read back after the allocation.
        const QJsonObject document = note.record->document;
        QCOMPARE(money(document.value(u"Total"_s)), u"11.00"_s);
        QCOMPARE(money(document.value(u"RemainingCredit"_s)), u"0.00"_s);
        const QJsonArray stored = document.value(u"Allocations"_s).toArray();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(money(stored.first().toObject().value(u"Amount"_s)), u"11.00"_s);
        QVERIFY(!stored.first().toObject().value(u"AllocationID"_s).toString().isEmpty());
        QCOMPARE(stored.first().toObject().value(u"Invoice"_s).toObject().value(u"InvoiceNumber"_s),
                 invoice.record->document.value(u"InvoiceNumber"_s));
        QString error;
        const auto canonical = connector->toCanonical(*note.record, &error);
        QVERIFY2(canonical, qPrintable(error));
        QCOMPARE(canonical->value(u"invoice_id"_s).toString(), invoiceId);

        // The invoice: 22.00 - 11.00 credited = 11.00 due, still AUTHORISED.
        const auto credited = [&, &connector = connector] {
            const Connectors::ReadOne read = connector->readById(u"Invoice"_s, invoiceId);
            return read.record ? read.record->document : QJsonObject();
        };
        QCOMPARE(money(credited().value(u"AmountDue"_s)), u"11.00"_s);
        QCOMPARE(money(credited().value(u"AmountCredited"_s)), u"11.00"_s);
        QCOMPARE(credited().value(u"Status"_s).toString(), u"AUTHORISED"_s);

        // The same payload again as an update: the note has the allocation, none is sent.
        Connectors::WriteRequest update = request;
        update.existingId = noteId;
        update.idempotencyKey = u"k:5301:refund:update"_s;
        const Connectors::WriteOutcome updated = connector->write(update);
        QVERIFY2(updated.ok(), qPrintable(messageOf(updated.failure)));
        QCOMPARE(updated.exchanges.size(), 1);
        QCOMPARE(updated.exchanges.first().request.method, QByteArray("POST"));
        QVERIFY(allocationExchanges(updated).isEmpty());
        QCOMPARE(money(updated.record->document.value(u"RemainingCredit"_s)), u"0.00"_s);
        QCOMPARE(updated.record->document.value(u"Allocations"_s).toArray().size(), 1);

        // The create repeated (its answer replayed): read again, nothing allocated twice.
        const Connectors::WriteOutcome again = connector->write(request);
        QVERIFY2(again.ok(), qPrintable(messageOf(again.failure)));
        QVERIFY(again.alreadyExisted);
        QCOMPARE(again.record->id, noteId);
        QVERIFY(allocationExchanges(again).isEmpty());
        QCOMPARE(again.record->document.value(u"Allocations"_s).toArray().size(), 1);
        QCOMPARE(money(credited().value(u"AmountDue"_s)), u"11.00"_s);

        // A create without a key, found by its Reference: read by id, nothing allocated twice.
        Connectors::WriteRequest lookedUp = request;
        lookedUp.idempotencyKey.clear();
        const Connectors::WriteOutcome found = connector->write(lookedUp);
        QVERIFY2(found.ok(), qPrintable(messageOf(found.failure)));
        QVERIFY(found.alreadyExisted);
        QCOMPARE(found.record->id, noteId);
        QCOMPARE(found.exchanges.size(), 2); // GET CreditNotes?where=..., GET CreditNotes/{id}
        QVERIFY(found.exchanges.last().request.url.path().endsWith(noteId));
        QVERIFY(allocationExchanges(found).isEmpty());

        // A second note for the other 11.00 pays the invoice off; given to writeBatch, it is
        // written alone (not in a batch PUT) and allocated.
        const QList<Connectors::WriteOutcome> batch = connector->writeBatch(
            {createRequest(u"CreditNote"_s, allocatedCreditNote(u"#5301-R2"_s, 1, invoiceId), u"#5301-R2"_s,
                           u"k:5301:refund2:create"_s)});
        QCOMPARE(batch.size(), 1);
        const Connectors::WriteOutcome &rest = batch.first();
        QVERIFY2(rest.ok(), qPrintable(messageOf(rest.failure)));
        QVERIFY(!rest.exchanges.first().request.url.query().contains(u"summarizeErrors"_s));
        QCOMPARE(allocationExchanges(rest).size(), 1);
        QCOMPARE(money(rest.record->document.value(u"RemainingCredit"_s)), u"0.00"_s);
        QCOMPARE(money(credited().value(u"AmountDue"_s)), u"0.00"_s);
        QCOMPARE(money(credited().value(u"AmountCredited"_s)), u"22.00"_s);
        QCOMPARE(credited().value(u"Status"_s).toString(), u"PAID"_s);
        QCOMPARE(credited().value(u"CreditNotes"_s).toArray().size(), 2);
    }

    void aDraftCreditNoteIsNotAllocated()
    {
        auto [client, connector] = make(Net::WriteGuard::allowing(true, false));
        QJsonObject payload = allocatedCreditNote(u"#5302-R"_s, 1, u"00000000-0000-0000-0000-000000005302"_s);
        payload.insert(u"Status"_s, u"DRAFT"_s);
        const int before = client->sentTotal();
        const Connectors::WriteOutcome outcome = connector->write(
            createRequest(u"CreditNote"_s, payload, u"#5302-R"_s, u"k:5302:refund:create"_s));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.failure->outcome.kind, AttemptOutcome::Kind::Validation);
        QVERIFY(!Engine::RetryPolicy::isTransient(outcome.failure->outcome));
        QVERIFY2(
            outcome.failure->message.contains(
                u"a credit note is allocated to its invoice only when AUTHORISED: map Status to \"AUTHORISED\""_s),
            qPrintable(outcome.failure->message));
        QVERIFY(outcome.exchanges.isEmpty());
        QCOMPARE(client->sentTotal(), before);
        // In a batch too: refused alone, nothing sent.
        const QList<Connectors::WriteOutcome> batch = connector->writeBatch(
            {createRequest(u"CreditNote"_s, payload, u"#5302-R"_s, u"k:5302:refund:create"_s)});
        QCOMPARE(batch.size(), 1);
        QVERIFY(batch.first().failure);
        QCOMPARE(client->sentTotal(), before);
    }

    /// Xero allocates no more than an invoice has due: a credit above it takes what is due (the
    /// rest stays the note's remaining credit), and a note for a paid invoice is not allocated.
    void anAllocationTakesWhatTheInvoiceHasDue()
    {
        auto [client, connector] = make(Net::WriteGuard::allowing(true, false));
        // The invoice: 1 x 10.00 + 10 % = 11.00; the credit note 2 x 10.00 + 10 % = 22.00.
        const Connectors::WriteOutcome invoice = connector->write(createRequest(
            u"Invoice"_s, salesDocument(u"ACCREC"_s, u"#5303"_s, 1), u"#5303"_s, u"k:5303:create"_s));
        QVERIFY2(invoice.ok(), qPrintable(messageOf(invoice.failure)));
        const Connectors::WriteOutcome outcome = connector->write(
            createRequest(u"CreditNote"_s, allocatedCreditNote(u"#5303-R"_s, 2, invoice.record->id),
                          u"#5303-R"_s, u"k:5303:refund:create"_s));
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure)));
        QCOMPARE(allocationExchanges(outcome).size(), 1);
        QCOMPARE(money(QJsonDocument::fromJson(allocationExchanges(outcome).first().request.body)
                           .object()
                           .value(u"Allocations"_s)
                           .toArray()
                           .first()
                           .toObject()
                           .value(u"Amount"_s)),
                 u"11.00"_s);
        QCOMPARE(money(outcome.record->document.value(u"RemainingCredit"_s)), u"11.00"_s); // 22.00 − 11.00
        const Connectors::ReadOne paid = connector->readById(u"Invoice"_s, invoice.record->id);
        QVERIFY(paid.record);
        QCOMPARE(money(paid.record->document.value(u"AmountDue"_s)), u"0.00"_s);
        QCOMPARE(paid.record->document.value(u"Status"_s).toString(), u"PAID"_s);

        // A second note for the paid invoice: written, not allocated, its whole credit remaining.
        const Connectors::WriteOutcome second = connector->write(
            createRequest(u"CreditNote"_s, allocatedCreditNote(u"#5303-R2"_s, 1, invoice.record->id),
                          u"#5303-R2"_s, u"k:5303:refund2:create"_s));
        QVERIFY2(second.ok(), qPrintable(messageOf(second.failure)));
        QCOMPARE(allocationExchanges(second).size(), 0);
        QCOMPARE(money(second.record->document.value(u"RemainingCredit"_s)), u"11.00"_s);
        QVERIFY(second.record->document.value(u"Allocations"_s).toArray().isEmpty());
    }

    void allocationsAreValidatedByTheBooks()
    {
        auto [client, connector] = make(Net::WriteGuard::allowing(true, false));
        const auto written = [&, &connector = connector](const QString &object, const QJsonObject &payload,
                                                         const QString &reference) {
            const Connectors::WriteOutcome outcome =
                connector->write(createRequest(object, payload, reference, u"k:"_s + reference));
            return outcome.ok() ? outcome.record->id : QString();
        };
        const QString invoiceId =
            written(u"Invoice"_s, salesDocument(u"ACCREC"_s, u"#5304"_s, 2), u"#5304"_s);
        const QString noteId =
            written(u"CreditNote"_s, salesDocument(u"ACCRECCREDIT"_s, u"#5304-R"_s, 1), u"#5304-R"_s);
        QJsonObject draftPayload = salesDocument(u"ACCRECCREDIT"_s, u"#5304-D"_s, 1);
        draftPayload.insert(u"Status"_s, u"DRAFT"_s);
        const QString draftId = written(u"CreditNote"_s, draftPayload, u"#5304-D"_s);
        const QString dollarId =
            written(u"Invoice"_s, salesDocument(u"ACCREC"_s, u"#5304-USD"_s, 2, u"USD"_s), u"#5304-USD"_s);
        QVERIFY(!invoiceId.isEmpty() && !noteId.isEmpty() && !draftId.isEmpty() && !dollarId.isEmpty());

        const auto put = [&, &client = client, &connector = connector](
                             const QString &note, const QString &invoice, const QJsonValue &amount) {
            QJsonObject allocation{{u"Invoice"_s, QJsonObject{{u"InvoiceID"_s, invoice}}},
                                   {u"Date"_s, u"2026-11-28"_s}};
            if (!amount.isUndefined())
                allocation.insert(u"Amount"_s, amount);
            return client->sendJson("PUT", connector->apiUrl(u"CreditNotes/"_s + note + u"/Allocations"_s),
                                    QJsonDocument(QJsonObject{{u"Allocations"_s, QJsonArray{allocation}}}),
                                    {}, authHeaders());
        };
        const auto refusal = [](const Net::HttpExchange &exchange) {
            const QJsonObject body = exchange.response.json().object();
            QStringList messages;
            for (const QJsonValue &element : body.value(u"Elements"_s).toArray())
                for (const QJsonValue &error : element.toObject().value(u"ValidationErrors"_s).toArray())
                    messages.append(error.toObject().value(u"Message"_s).toString());
            return exchange.response.status == 400
                    && body.value(u"Type"_s).toString() == u"ValidationException"_s
                ? messages.join(u"; "_s)
                : u"HTTP "_s + QString::number(exchange.response.status);
        };

        QCOMPARE(put(u"00000000-0000-0000-0000-000000000000"_s, invoiceId, u"1.00"_s).response.status, 404);
        QVERIFY(refusal(put(noteId, u"00000000-0000-0000-0000-000000000000"_s, u"1.00"_s))
                    .contains(u"The invoice you are trying to allocate to could not be found"_s));
        QVERIFY(refusal(put(draftId, invoiceId, u"1.00"_s))
                    .contains(u"Credit Note cannot be allocated as it is not AUTHORISED"_s));
        QVERIFY(refusal(put(noteId, dollarId, u"1.00"_s))
                    .contains(u"Credit Note cannot be allocated to an invoice in another currency"_s));
        QVERIFY(refusal(put(noteId, invoiceId, u"0.00"_s))
                    .contains(u"The allocation Amount must be greater than zero"_s));
        QVERIFY(refusal(put(noteId, invoiceId, QJsonValue())).contains(u"greater than zero"_s));
        QVERIFY(
            refusal(put(noteId, invoiceId, u"11.01"_s))
                .contains(
                    u"Credit Note cannot be allocated as amount is greater than the remaining credit (11.00)"_s));

        // A valid one: 200 with the allocation; note and invoice changed, exactly.
        const Net::HttpExchange done = put(noteId, invoiceId, u"4.50"_s);
        QCOMPARE(done.response.status, 200);
        const QJsonArray answered = done.response.json().object().value(u"Allocations"_s).toArray();
        QCOMPARE(answered.size(), 1);
        QCOMPARE(money(answered.first().toObject().value(u"Amount"_s)), u"4.50"_s);
        QVERIFY(!answered.first().toObject().value(u"AllocationID"_s).toString().isEmpty());
        const Connectors::ReadOne note = connector->readById(u"CreditNote"_s, noteId);
        QVERIFY(note.record);
        QCOMPARE(money(note.record->document.value(u"RemainingCredit"_s)), u"6.50"_s); // 11.00 - 4.50
        const Connectors::ReadOne invoice = connector->readById(u"Invoice"_s, invoiceId);
        QVERIFY(invoice.record);
        QCOMPARE(money(invoice.record->document.value(u"AmountDue"_s)), u"17.50"_s); // 22.00 - 4.50
        // The list shows the allocation too.
        const Net::HttpExchange list = client->get(
            connector->apiUrl(
                u"CreditNotes"_s,
                u"where="_s + QString::fromLatin1(QUrl::toPercentEncoding(u"Reference==\"#5304-R\""_s))),
            authHeaders());
        const QJsonArray notes = list.response.json().object().value(u"CreditNotes"_s).toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().toObject().value(u"Allocations"_s).toArray().size(), 1);
    }

    void everyRecordConvertsToCanonical()
    {
        auto [client, connector] = make(Net::WriteGuard::readOnly());
        for (const QString &object : connector->capabilities().readable) {
            Connectors::ReadCursor cursor;
            int records = 0;
            do {
                const Connectors::ReadPage page = connector->readPage(object, cursor, 100);
                QVERIFY2(!page.failure, qPrintable(page.failure ? page.failure->message : object));
                for (const Connectors::VendorRecord &record : page.records) {
                    QString error;
                    QVERIFY2(connector->toCanonical(record, &error), qPrintable(error));
                    ++records;
                }
                cursor.pageToken = page.nextPageToken;
            } while (!cursor.pageToken.isEmpty());
            if (object != u"Payment"_s && object != u"CreditNote"_s)
                QVERIFY2(records > 0, qPrintable(object));
        }
    }

    void wrongTokenIsAPermanentFailure()
    {
        auto [client, connector] = make(Net::WriteGuard::allowing(true, false), "not-the-token");
        const Connectors::ReadPage page = connector->readPage(u"Invoice"_s, {}, 100);
        QVERIFY(page.failure);
        QCOMPARE(page.failure->outcome.kind, AttemptOutcome::Kind::Http);
        QCOMPARE(page.failure->outcome.httpStatus, 401);
        QVERIFY(!Engine::RetryPolicy::isTransient(page.failure->outcome));
        QVERIFY2(page.failure->message.contains(u"401"_s), qPrintable(page.failure->message));
        const Connectors::WriteOutcome write = connector->write(createInvoice(u"#9101"_s, u"k:9101"_s));
        QVERIFY(write.failure);
        QCOMPARE(write.failure->outcome.httpStatus, 401);
    }

private:
    std::pair<std::unique_ptr<Net::HttpClient>, std::unique_ptr<XeroConnector>>
    make(const Net::WriteGuard &guard, const QByteArray &token = Sandbox::Credentials::xeroAccessTokenText)
    {
        Net::HttpClientOptions options;
        options.rateLimitKey = u"xero:sandbox"_s;
        options.side = Net::WriteSide::Erp;
        options.guard = guard;
        auto client = std::make_unique<Net::HttpClient>(m_network, options);
        Connectors::ConnectorConfig config;
        config.system = u"xero"_s;
        config.baseUrl = m_books;
        config.account = Sandbox::Credentials::xeroTenantId();
        config.accessToken = token;
        auto connector = std::make_unique<XeroConnector>(config, *client);
        return {std::move(client), std::move(connector)};
    }

    static Net::HeaderList authHeaders()
    {
        return {{"Authorization", QByteArray("Bearer ") + Sandbox::Credentials::xeroAccessTokenText},
                {"xero-tenant-id", Sandbox::Credentials::xeroTenantIdText}};
    }

    QTemporaryDir m_dir;
    Sandbox::SandboxServices m_services;
    QUrl m_books;
    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestXeroSandbox)
#include "tst_xerosandbox.moc"
