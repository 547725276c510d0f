// The sandbox books over real HTTP on 127.0.0.1: exact totals, idempotency, where filters,
// validation envelopes, contacts, items, payments, the chart of accounts, bank transactions
// (a payout's deposit), auth and rate limit headers.

#include "sandbox/sandboxservices.h"
#include "sandboxtestsupport.h"

#include <QtCore/QJsonArray>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace SandboxTest;
using LedgerLink::Sandbox::SandboxOptions;
using LedgerLink::Sandbox::SandboxServices;

namespace {
const QString api = u"/api.xro/2.0/"_s;
}

class TestSandboxBooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void twoLinesOfQuarterAtTenPercent();
    void inclusiveAndDiscountTotals();
    void idempotencyKeyReplays();
    void whereFilters();
    void validationEnvelope();
    void summarizeErrorsFalse();
    void inlineContactFoundOrCreated();
    void itemsAndCodes();
    void creditNotesAndPayments();
    void authentication();
    void rateLimitHeaders();
    void ifModifiedSinceAndPaging();
    void chartOfAccounts();
    void payoutDepositAddsUpExactly();
    void bankTransactionUpdatedAndDeleted();
    void bankTransactionValidation();

private:
    Response put(const QString &path, const QByteArray &body,
                 const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return send(m_network, "PUT", url(m_books, api + path), Auth::Books, body, headers);
    }
    Response get(const QString &pathAndQuery, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return send(m_network, "GET", url(m_books, api + pathAndQuery), Auth::Books, {}, headers);
    }
    Response post(const QString &path, const QByteArray &body,
                  const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return send(m_network, "POST", url(m_books, api + path), Auth::Books, body, headers);
    }
    QJsonArray where(const QString &collection, const QString &clause)
    {
        return get(collection + u"?where="_s + QString::fromLatin1(QUrl::toPercentEncoding(clause)))
            .json()
            .value(collection)
            .toArray();
    }
    static QJsonObject first(const Response &response, const QString &collection)
    {
        return response.json().value(collection).toArray().first().toObject();
    }
    QJsonArray invoicesWhere(const QString &clause)
    {
        return get(u"Invoices?where="_s + QString::fromLatin1(QUrl::toPercentEncoding(clause)))
            .json()
            .value(u"Invoices"_s)
            .toArray();
    }

    QTemporaryDir m_dir;
    SandboxServices m_services;
    QUrl m_books;
    QNetworkAccessManager m_network;
};

void TestSandboxBooks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SandboxOptions options;
    options.dataDir = m_dir.path();
    const auto started = m_services.start(options);
    QVERIFY2(started.ok, qPrintable(started.error));
    m_books = started.booksUrl;
}

void TestSandboxBooks::cleanupTestCase()
{
    m_services.stop();
}

// Exclusive prices, two lines of 0.25 with OUTPUT (10 %). Each line's tax is 0.025, rounded half
// away from zero per line (Xero's default, "round each line") to 0.03; TotalTax is the sum of the
// rounded line taxes, 0.06, not 0.05 (10 % of the 0.50 subtotal). SubTotal 0.50, Total 0.56.
void TestSandboxBooks::twoLinesOfQuarterAtTenPercent()
{
    const Response response = put(u"Invoices"_s, R"({"Invoices":[{"Type":"ACCREC","Reference":"#1008",
        "Contact":{"Name":"Cliffside Crafts Ltd"},"Date":"2026-11-24","DueDate":"2026-12-24",
        "LineAmountTypes":"Exclusive","Status":"AUTHORISED","LineItems":[
          {"Description":"Logo Sticker","Quantity":1,"UnitAmount":0.25,"TaxType":"OUTPUT","ItemCode":"STICKER-LOGO"},
          {"Description":"Logo Sticker - gift","Quantity":1,"UnitAmount":0.25,"TaxType":"OUTPUT"}]}]})");
    QCOMPARE(response.status, 200);
    // Amounts are JSON numbers written from their exact decimal text.
    QVERIFY2(response.body.contains("\"SubTotal\":0.50"), response.body.constData());
    QVERIFY(response.body.contains("\"TotalTax\":0.06"));
    QVERIFY(response.body.contains("\"Total\":0.56"));
    QVERIFY(response.body.contains("\"TaxAmount\":0.03"));
    QVERIFY(response.body.contains("\"LineAmount\":0.25"));
    const QJsonObject invoice = response.json().value(u"Invoices"_s).toArray().first().toObject();
    QVERIFY(invoice.value(u"InvoiceNumber"_s).toString().startsWith(u"INV-"_s));
    QCOMPARE(invoice.value(u"InvoiceNumber"_s).toString().size(), 8);
    QCOMPARE(QUuid::fromString(invoice.value(u"InvoiceID"_s).toString()).isNull(), false);
    QCOMPARE(invoice.value(u"Status"_s).toString(), u"AUTHORISED"_s);
    QCOMPARE(invoice.value(u"Type"_s).toString(), u"ACCREC"_s);
    QCOMPARE(invoice.value(u"DateString"_s).toString(), u"2026-11-24T00:00:00"_s);
    QVERIFY(invoice.value(u"UpdatedDateUTC"_s).toString().startsWith(u"/Date("_s));
    QCOMPARE(invoice.value(u"Contact"_s).toObject().value(u"EmailAddress"_s).toString(),
             u"liam.oconnor@example.ie"_s);
}

void TestSandboxBooks::inclusiveAndDiscountTotals()
{
    // Inclusive: 2 x 29.99 at OUTPUT2 (19 %): LineAmount 59.98 holds tax 59.98 x 19/119 = 9.5766 -> 9.58;
    // SubTotal 50.40, Total 59.98. Second invoice: exclusive, 3 x 10.00 less 10 % = 27.00, tax 2.70.
    const Response inclusive = put(u"Invoices"_s, R"({"Invoices":[{"Type":"ACCREC","Reference":"#1001",
        "Contact":{"Name":"Anna Schmidt"},"LineAmountTypes":"Inclusive","CurrencyCode":"EUR","LineItems":[
          {"Description":"Organic Cotton Tee M","Quantity":2,"UnitAmount":"29.99","TaxType":"OUTPUT2","ItemCode":"TEE-ORG-M"}]}]})");
    QCOMPARE(inclusive.status, 200);
    QVERIFY2(inclusive.body.contains("\"TaxAmount\":9.58"), inclusive.body.constData());
    QVERIFY(inclusive.body.contains("\"SubTotal\":50.40"));
    QVERIFY(inclusive.body.contains("\"Total\":59.98"));

    const Response discounted = put(u"Invoices"_s, R"({"Invoices":[{"Type":"ACCREC","Reference":"DISC-1",
        "Contact":{"Name":"Anna Schmidt"},"LineItems":[
          {"Description":"Notebook","Quantity":3,"UnitAmount":10.00,"DiscountRate":10,"TaxType":"OUTPUT"}]}]})");
    QCOMPARE(discounted.status, 200);
    QVERIFY2(discounted.body.contains("\"LineAmount\":27.00"), discounted.body.constData());
    QVERIFY(discounted.body.contains("\"TotalTax\":2.70"));
    QVERIFY(discounted.body.contains("\"Total\":29.70"));
}

void TestSandboxBooks::idempotencyKeyReplays()
{
    const QByteArray body =
        R"({"Invoices":[{"Type":"ACCREC","Reference":"#IDEM-1","Contact":{"Name":"Anna Schmidt"},
        "LineItems":[{"Description":"Tee","Quantity":1,"UnitAmount":29.99,"TaxType":"OUTPUT2"}]}]})";
    const QList<std::pair<QByteArray, QByteArray>> key{{"Idempotency-Key", "ledgerlink-test-key-1"}};
    const Response first = put(u"Invoices"_s, body, key);
    const Response second = put(u"Invoices"_s, body, key);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, first.body);
    QCOMPARE(invoicesWhere(u"Reference==\"#IDEM-1\""_s).size(), 1);
    // A different key creates a second invoice.
    QCOMPARE(put(u"Invoices"_s, body, {{"Idempotency-Key", "ledgerlink-test-key-2"}}).status, 200);
    QCOMPARE(invoicesWhere(u"Reference==\"#IDEM-1\""_s).size(), 2);
}

void TestSandboxBooks::whereFilters()
{
    const QJsonArray found = invoicesWhere(u"Reference==\"#1001\""_s);
    QCOMPARE(found.size(), 1);
    const QString number = found.first().toObject().value(u"InvoiceNumber"_s).toString();
    QCOMPARE(invoicesWhere(u"InvoiceNumber==\""_s + number + u'"').size(), 1);
    QCOMPARE(invoicesWhere(u"Reference==\"#1001\" AND Type==\"ACCREC\""_s).size(), 1);
    QCOMPARE(invoicesWhere(u"Reference==\"#nope\""_s).size(), 0);
    const QJsonArray contacts =
        get(u"Contacts?where="_s
            + QString::fromLatin1(QUrl::toPercentEncoding(u"EmailAddress==\"anna.schmidt@example.de\""_s)))
            .json()
            .value(u"Contacts"_s)
            .toArray();
    QCOMPARE(contacts.size(), 1);
    const QJsonArray items =
        get(u"Items?where="_s + QString::fromLatin1(QUrl::toPercentEncoding(u"Code==\"TEE-ORG-M\""_s)))
            .json()
            .value(u"Items"_s)
            .toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(get(u"Invoices?where=Foo%3D%3D%221%22"_s).status, 400);
    const QString id = found.first().toObject().value(u"InvoiceID"_s).toString();
    QCOMPARE(get(u"Invoices/"_s + id)
                 .json()
                 .value(u"Invoices"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"Reference"_s)
                 .toString(),
             u"#1001"_s);
    QCOMPARE(get(u"Invoices/"_s + number).status, 200);
    QCOMPARE(get(u"Invoices/00000000-0000-0000-0000-000000000000"_s).status, 404);
}

void TestSandboxBooks::validationEnvelope()
{
    const Response response = put(u"Invoices"_s, R"({"Invoices":[{"Type":"ACCREC","Reference":"#BAD",
        "LineItems":[{"Quantity":1,"UnitAmount":5,"TaxType":"VAT99"}]}]})");
    QCOMPARE(response.status, 400);
    const QJsonObject envelope = response.json();
    QCOMPARE(envelope.value(u"ErrorNumber"_s).toInt(), 10);
    QCOMPARE(envelope.value(u"Type"_s).toString(), u"ValidationException"_s);
    QCOMPARE(envelope.value(u"Message"_s).toString(), u"A validation exception occurred"_s);
    const QJsonObject element = envelope.value(u"Elements"_s).toArray().first().toObject();
    QStringList messages;
    for (const QJsonValue &error : element.value(u"ValidationErrors"_s).toArray())
        messages.append(error.toObject().value(u"Message"_s).toString());
    QVERIFY2(messages.contains(u"Description is required for each line item"_s),
             qPrintable(messages.join(u'|')));
    QVERIFY(messages.contains(
        u"The TaxType code 'VAT99' does not exist or cannot be used for this type of transaction."_s));
    QVERIFY(messages.contains(u"A Contact must be specified for this type of transaction"_s));
    QCOMPARE(invoicesWhere(u"Reference==\"#BAD\""_s).size(), 0);

    // With an Idempotency-Key the refusal is replayed too, and still nothing is created.
    const QList<std::pair<QByteArray, QByteArray>> key{{"Idempotency-Key", "ledgerlink-test-invalid"}};
    const QByteArray invalid =
        R"({"Invoices":[{"Type":"ACCREC","Reference":"#BAD","LineItems":[{"Quantity":1}]}]})";
    const Response first = put(u"Invoices"_s, invalid, key);
    QCOMPARE(first.status, 400);
    const Response again = put(u"Invoices"_s, invalid, key);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.body, first.body);
    QCOMPARE(invoicesWhere(u"Reference==\"#BAD\""_s).size(), 0);
}

void TestSandboxBooks::summarizeErrorsFalse()
{
    const Response response =
        send(m_network, "PUT", url(m_books, api + u"Invoices?summarizeErrors=false"_s), Auth::Books,
             R"({"Invoices":[
        {"Type":"ACCREC","Reference":"#MIX-OK","Contact":{"Name":"Anna Schmidt"},"LineItems":[{"Description":"A","Quantity":1,"UnitAmount":1}]},
        {"Type":"ACCREC","Reference":"#MIX-BAD","Contact":{"Name":"Anna Schmidt"},"LineItems":[{"Quantity":1,"UnitAmount":1}]}]})");
    QCOMPARE(response.status, 200);
    const QJsonArray invoices = response.json().value(u"Invoices"_s).toArray();
    QCOMPARE(invoices.size(), 2);
    QCOMPARE(invoices.at(0).toObject().value(u"HasErrors"_s).toBool(), false);
    QCOMPARE(invoices.at(1).toObject().value(u"HasErrors"_s).toBool(), true);
    QVERIFY(!invoices.at(1).toObject().value(u"ValidationErrors"_s).toArray().isEmpty());
    QCOMPARE(invoicesWhere(u"Reference==\"#MIX-OK\""_s).size(), 1);
    QCOMPARE(invoicesWhere(u"Reference==\"#MIX-BAD\""_s).size(), 0);
}

void TestSandboxBooks::inlineContactFoundOrCreated()
{
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(
            put(u"Invoices"_s,
                R"({"Invoices":[{"Type":"ACCREC","Reference":"#CONTACT","Contact":{"Name":"Brand New GmbH",
            "EmailAddress":"buyer@brand-new.example"},"LineItems":[{"Description":"A","Quantity":1,"UnitAmount":1}]}]})")
                .status,
            200);
    }
    const QJsonArray contacts =
        get(u"Contacts?where="_s
            + QString::fromLatin1(QUrl::toPercentEncoding(u"Name==\"Brand New GmbH\""_s)))
            .json()
            .value(u"Contacts"_s)
            .toArray();
    QCOMPARE(contacts.size(), 1);
    const QJsonArray invoices = invoicesWhere(u"Reference==\"#CONTACT\""_s);
    QCOMPARE(invoices.size(), 2);
    QCOMPARE(invoices.at(0).toObject().value(u"Contact"_s).toObject().value(u"ContactID"_s),
             invoices.at(1).toObject().value(u"Contact"_s).toObject().value(u"ContactID"_s));
    // A duplicate name is refused.
    QCOMPARE(put(u"Contacts"_s, R"({"Contacts":[{"Name":"Brand New GmbH"}]})").status, 400);
}

void TestSandboxBooks::itemsAndCodes()
{
    const QJsonArray seeded = get(u"Items"_s).json().value(u"Items"_s).toArray();
    QCOMPARE(seeded.size(), 10);
    const Response created = send(
        m_network, "POST", url(m_books, api + u"Items"_s), Auth::Books,
        R"({"Items":[{"Code":"APRON-LIN","Name":"Linen Apron","SalesDetails":{"UnitPrice":24.5,"TaxType":"OUTPUT2"}}]})");
    QCOMPARE(created.status, 200);
    QVERIFY2(created.body.contains("\"UnitPrice\":24.5"), created.body.constData());
    // POST with the same Code updates the item instead of adding one.
    QCOMPARE(send(m_network, "POST", url(m_books, api + u"Items"_s), Auth::Books,
                  R"({"Items":[{"Code":"APRON-LIN","SalesDetails":{"UnitPrice":"26.00"}}]})")
                 .status,
             200);
    QCOMPARE(get(u"Items"_s).json().value(u"Items"_s).toArray().size(), 11);
    QVERIFY(get(u"Items/APRON-LIN"_s).body.contains("\"UnitPrice\":26.00"));
    // An unknown item code on an invoice line is a validation error (the old SKU MUG-350 is absent).
    const Response unknown =
        put(u"Invoices"_s, R"({"Invoices":[{"Type":"ACCREC","Contact":{"Name":"Anna Schmidt"},
        "LineItems":[{"Description":"Mug","ItemCode":"MUG-350","Quantity":1,"UnitAmount":13.5}]}]})");
    QCOMPARE(unknown.status, 400);
    QVERIFY(unknown.body.contains("Item code 'MUG-350' is not valid"));
}

void TestSandboxBooks::creditNotesAndPayments()
{
    const Response invoice =
        put(u"Invoices"_s, R"({"Invoices":[{"Type":"ACCREC","Reference":"#PAY","Status":"AUTHORISED",
        "Contact":{"Name":"Anna Schmidt"},"LineItems":[{"Description":"Tee","Quantity":1,"UnitAmount":"100.00","TaxType":"OUTPUT"}]}]})");
    QCOMPARE(invoice.status, 200);
    const QString id =
        invoice.json().value(u"Invoices"_s).toArray().first().toObject().value(u"InvoiceID"_s).toString();
    const QByteArray payment = R"({"Payments":[{"Invoice":{"InvoiceID":")" + id.toLatin1()
        + R"("},"Account":{"Code":"090"},"Date":"2026-11-26","Amount":60.00}]})";
    const Response paid = put(u"Payments"_s, payment);
    QCOMPARE(paid.status, 200);
    QVERIFY(paid.body.contains("\"Amount\":60.00"));
    QVERIFY(get(u"Invoices/"_s + id).body.contains("\"AmountDue\":50.00"));
    const Response tooMuch = put(u"Payments"_s, payment);
    QCOMPARE(tooMuch.status, 400);
    QVERIFY(tooMuch.body.contains("exceeds the amount outstanding"));

    const Response credit =
        put(u"CreditNotes"_s, R"({"CreditNotes":[{"Type":"ACCRECCREDIT","Reference":"#1006 refund",
        "Contact":{"Name":"Anna Schmidt"},"LineAmountTypes":"Inclusive","LineItems":[{"Description":"Tee L returned",
        "Quantity":1,"UnitAmount":29.99,"TaxType":"OUTPUT2"}]}]})");
    QCOMPARE(credit.status, 200);
    const QJsonObject note = credit.json().value(u"CreditNotes"_s).toArray().first().toObject();
    QVERIFY(note.value(u"CreditNoteNumber"_s).toString().startsWith(u"CN-"_s));
    QVERIFY2(credit.body.contains("\"TotalTax\":4.79"), credit.body.constData());
    QVERIFY(credit.body.contains("\"Total\":29.99"));
}

void TestSandboxBooks::authentication()
{
    QCOMPARE(send(m_network, "GET", url(m_books, api + u"Invoices"_s), Auth::None).status, 401);
    const Response wrongTenant = send(m_network, "GET", url(m_books, api + u"Invoices"_s), Auth::Books, {},
                                      {{"xero-tenant-id", "11111111-0000-4000-8000-000000000001"}});
    QCOMPARE(wrongTenant.status, 403);
}

void TestSandboxBooks::rateLimitHeaders()
{
    const Response response = get(u"Contacts"_s);
    QVERIFY(!response.header("X-MinLimit-Remaining").isEmpty());
    QVERIFY(!response.header("X-DayLimit-Remaining").isEmpty());
    QVERIFY(!response.header("X-AppMinLimit-Remaining").isEmpty());

    SandboxServices limited;
    SandboxOptions options;
    QTemporaryDir dir;
    options.dataDir = dir.path();
    options.rateLimits = true;
    const auto started = limited.start(options);
    QVERIFY(started.ok);
    int ok = 0;
    Response last;
    for (int i = 0; i < 62; ++i) {
        last = send(m_network, "GET", url(started.booksUrl, api + u"Items"_s), Auth::Books);
        if (last.status == 200)
            ++ok;
    }
    QCOMPARE(ok, 60);
    QCOMPARE(last.status, 429);
    QCOMPARE(last.header("X-Rate-Limit-Problem"), QByteArray("minute"));
    QVERIFY(last.header("Retry-After").toInt() >= 1);
    QCOMPARE(last.header("X-MinLimit-Remaining"), QByteArray("0"));
    limited.stop();
}

void TestSandboxBooks::ifModifiedSinceAndPaging()
{
    const QByteArray future = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate).toLatin1();
    QCOMPARE(get(u"Invoices"_s, {{"If-Modified-Since", future}}).json().value(u"Invoices"_s).toArray().size(),
             0);
    const QByteArray past = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate).toLatin1();
    QVERIFY(get(u"Invoices"_s, {{"If-Modified-Since", past}}).json().value(u"Invoices"_s).toArray().size()
            > 5);
    const Response page = get(u"Invoices?page=1"_s);
    QVERIFY(page.json().contains(u"pagination"_s));
    QCOMPARE(get(u"Invoices?page=2"_s).json().value(u"Invoices"_s).toArray().size(), 0);
}

void TestSandboxBooks::chartOfAccounts()
{
    const Response all = get(u"Accounts"_s);
    QCOMPARE(all.status, 200);
    const QJsonArray accounts = all.json().value(u"Accounts"_s).toArray();
    QCOMPARE(accounts.size(), 7);
    QStringList codes;
    for (const QJsonValue &value : accounts)
        codes.append(value.toObject().value(u"Code"_s).toString());
    QCOMPARE(codes, (QStringList{u"090"_s, u"091"_s, u"092"_s, u"095"_s, u"200"_s, u"404"_s, u"260"_s}));

    const QJsonArray bank = where(u"Accounts"_s, u"Code==\"095\""_s);
    QCOMPARE(bank.size(), 1);
    const QJsonObject account = bank.first().toObject();
    QCOMPARE(account.value(u"Name"_s).toString(), u"Business Bank Account"_s);
    QCOMPARE(account.value(u"Type"_s).toString(), u"BANK"_s);
    QCOMPARE(account.value(u"CurrencyCode"_s).toString(), u"EUR"_s);
    QCOMPARE(account.value(u"Status"_s).toString(), u"ACTIVE"_s);
    QVERIFY(!account.value(u"BankAccountNumber"_s).toString().isEmpty());
    QCOMPARE(where(u"Accounts"_s, u"Type==\"BANK\""_s).size(), 1);
    const QJsonObject clearing = where(u"Accounts"_s, u"Code==\"090\""_s).first().toObject();
    QCOMPARE(clearing.value(u"Name"_s).toString(), u"Shopify Payments clearing"_s);
    QCOMPARE(clearing.value(u"Type"_s).toString(), u"CURRENT"_s);
    QCOMPARE(clearing.value(u"EnablePaymentsToAccount"_s).toBool(), true);
    QCOMPARE(clearing.value(u"TaxType"_s).toString(), u"NONE"_s);

    const QString id = account.value(u"AccountID"_s).toString();
    QCOMPARE(first(get(u"Accounts/"_s + id), u"Accounts"_s).value(u"Code"_s).toString(), u"095"_s);
    QCOMPARE(get(u"Accounts/00000000-0000-0000-0000-000000000000"_s).status, 404);
    // The chart is read-only in the sandbox.
    QCOMPARE(put(u"Accounts"_s, R"({"Accounts":[{"Code":"999","Name":"New","Type":"EXPENSE"}]})").status,
             405);
}

// A payout's deposit: payments less refunds 245.62 out of the clearing account 090, the fees
// -5.12 on 404, on the bank account 095: SubTotal = Total = 240.50 exactly, no tax.
void TestSandboxBooks::payoutDepositAddsUpExactly()
{
    const QByteArray body = R"({"BankTransactions":[{"Type":"RECEIVE","Contact":{"Name":"Shopify Payments"},
        "BankAccount":{"Code":"095"},"Date":"2026-11-27","Reference":"Shopify Payments payout 7001",
        "LineAmountTypes":"NoTax","LineItems":[
          {"Description":"Payments less refunds","Quantity":1,"UnitAmount":"245.62","AccountCode":"090"},
          {"Description":"Fees","Quantity":1,"UnitAmount":-5.12,"AccountCode":"404"}]}]})";
    const QList<std::pair<QByteArray, QByteArray>> key{{"Idempotency-Key", "deposit-7001"}};
    const Response created = put(u"BankTransactions"_s, body, key);
    QCOMPARE(created.status, 200);
    QCOMPARE(created.header("Idempotency-Replayed"), QByteArray());
    QVERIFY2(created.body.contains("\"Total\":240.50"), created.body.constData());
    QVERIFY(created.body.contains("\"SubTotal\":240.50"));
    QVERIFY(created.body.contains("\"TotalTax\":0.00"));
    QVERIFY(created.body.contains("\"LineAmount\":245.62"));
    QVERIFY(created.body.contains("\"LineAmount\":-5.12"));
    QVERIFY(created.body.contains("\"UnitAmount\":-5.12"));
    const QJsonObject deposit = first(created, u"BankTransactions"_s);
    const QString id = deposit.value(u"BankTransactionID"_s).toString();
    QCOMPARE(QUuid::fromString(id).isNull(), false);
    QCOMPARE(deposit.value(u"Type"_s).toString(), u"RECEIVE"_s);
    QCOMPARE(deposit.value(u"Status"_s).toString(), u"AUTHORISED"_s);
    QCOMPARE(deposit.value(u"CurrencyCode"_s).toString(), u"EUR"_s); // the bank account's
    QCOMPARE(deposit.value(u"CurrencyRate"_s).toDouble(), 1.0);
    QCOMPARE(deposit.value(u"IsReconciled"_s).toBool(true), false);
    QCOMPARE(deposit.value(u"HasAttachments"_s).toBool(true), false);
    QCOMPARE(deposit.value(u"LineAmountTypes"_s).toString(), u"NoTax"_s);
    QCOMPARE(deposit.value(u"Reference"_s).toString(), u"Shopify Payments payout 7001"_s);
    // 2026-11-27T00:00:00Z = 1795737600000 ms
    QCOMPARE(deposit.value(u"Date"_s).toString(), u"/Date(1795737600000+0000)/"_s);
    QVERIFY(deposit.value(u"UpdatedDateUTC"_s).toString().startsWith(u"/Date("_s));
    const QJsonObject bank = deposit.value(u"BankAccount"_s).toObject();
    QCOMPARE(bank.value(u"Code"_s).toString(), u"095"_s);
    QCOMPARE(bank.value(u"Name"_s).toString(), u"Business Bank Account"_s);
    QCOMPARE(bank.value(u"AccountID"_s).toString(), u"6a1f0c3e-2b5d-4e8a-9c01-000000000095"_s);
    const QJsonObject contact = deposit.value(u"Contact"_s).toObject();
    QCOMPARE(contact.value(u"Name"_s).toString(), u"Shopify Payments"_s);
    QVERIFY(!contact.value(u"ContactID"_s).toString().isEmpty());
    const QJsonArray lines = deposit.value(u"LineItems"_s).toArray();
    QCOMPARE(lines.size(), 2);
    const QJsonObject fee = lines.at(1).toObject();
    QCOMPARE(fee.value(u"AccountCode"_s).toString(), u"404"_s);
    QCOMPARE(fee.value(u"TaxType"_s).toString(), u"NONE"_s);
    QCOMPARE(fee.value(u"Description"_s).toString(), u"Fees"_s);
    QVERIFY(!fee.value(u"LineItemID"_s).toString().isEmpty());

    // The same Idempotency-Key replays the answer: the same id, no second deposit.
    const Response replay = put(u"BankTransactions"_s, body, key);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("Idempotency-Replayed"), QByteArray("true"));
    QCOMPARE(first(replay, u"BankTransactions"_s).value(u"BankTransactionID"_s).toString(), id);
    const QJsonArray found = where(u"BankTransactions"_s, u"Reference==\"Shopify Payments payout 7001\""_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toObject().value(u"BankTransactionID"_s).toString(), id);
    QCOMPARE(where(u"BankTransactions"_s, u"Type==\"RECEIVE\" AND Status==\"AUTHORISED\""_s).size(), 1);
    QCOMPARE(where(u"BankTransactions"_s, u"Type==\"SPEND\""_s).size(), 0);

    const Response byId = get(u"BankTransactions/"_s + id);
    QCOMPARE(byId.status, 200);
    QVERIFY(byId.body.contains("\"Total\":240.50"));
    QCOMPARE(get(u"BankTransactions/00000000-0000-0000-0000-000000000000"_s).status, 404);
    QVERIFY(get(u"BankTransactions?page=1"_s).json().contains(u"pagination"_s));
    QCOMPARE(get(u"BankTransactions?page=2"_s).json().value(u"BankTransactions"_s).toArray().size(), 0);
}

void TestSandboxBooks::bankTransactionUpdatedAndDeleted()
{
    // A SPEND and a second RECEIVE, Exclusive with TaxType NONE (no tax either way).
    const Response spend = put(u"BankTransactions"_s, R"({"BankTransactions":[{"Type":"SPEND",
        "Contact":{"Name":"Bank"},"BankAccount":{"AccountID":"6a1f0c3e-2b5d-4e8a-9c01-000000000095"},
        "Date":"2026-11-20","Reference":"Account fee November","LineAmountTypes":"Exclusive","LineItems":[
          {"Description":"Account fee","Quantity":2,"UnitAmount":"4.995","AccountCode":"404","TaxType":"NONE"}]}]})");
    QCOMPARE(spend.status, 200);
    QVERIFY2(spend.body.contains("\"LineAmount\":9.99"), spend.body.constData()); // 9.990 to the cent
    QVERIFY(spend.body.contains("\"Total\":9.99"));
    const QString spendId = first(spend, u"BankTransactions"_s).value(u"BankTransactionID"_s).toString();

    const Response created = put(u"BankTransactions"_s, R"({"BankTransactions":[{"Type":"RECEIVE",
        "Contact":{"Name":"Shopify Payments"},"BankAccount":{"Code":"095"},"Date":"2026-11-28",
        "Reference":"Shopify Payments payout 7002","LineAmountTypes":"NoTax","LineItems":[
          {"Description":"Payments less refunds","UnitAmount":100.00,"AccountCode":"090"},
          {"Description":"Fees","UnitAmount":-2.15,"AccountCode":"404"}]}]})");
    QCOMPARE(created.status, 200);
    QVERIFY(created.body.contains("\"Total\":97.85"));
    const QJsonObject deposit = first(created, u"BankTransactions"_s);
    const QString id = deposit.value(u"BankTransactionID"_s).toString();

    // POST /BankTransactions/{id}: the lines change; their ids stay.
    QJsonArray lines = deposit.value(u"LineItems"_s).toArray();
    QJsonObject fee = lines.at(1).toObject();
    const QString feeLineId = fee.value(u"LineItemID"_s).toString();
    fee.insert(u"UnitAmount"_s, u"-2.16"_s);
    fee.remove(u"LineAmount"_s);
    lines.replace(1, fee);
    // The payments line moves to another clearing account: its code wins over the AccountID read back.
    QJsonObject payments = lines.at(0).toObject();
    QCOMPARE(payments.value(u"AccountID"_s).toString(), u"6a1f0c3e-2b5d-4e8a-9c01-000000000090"_s);
    payments.insert(u"AccountCode"_s, u"091"_s);
    lines.replace(0, payments);
    const QByteArray update =
        QJsonDocument(QJsonObject{{u"BankTransactions"_s, QJsonArray{QJsonObject{{u"LineItems"_s, lines}}}}})
            .toJson(QJsonDocument::Compact);
    const Response updated = post(u"BankTransactions/"_s + id, update);
    QCOMPARE(updated.status, 200);
    QVERIFY2(updated.body.contains("\"Total\":97.84"), updated.body.constData());
    const QJsonObject after = first(updated, u"BankTransactions"_s);
    QCOMPARE(after.value(u"BankTransactionID"_s).toString(), id);
    QCOMPARE(after.value(u"LineItems"_s).toArray().at(1).toObject().value(u"LineItemID"_s).toString(),
             feeLineId);
    QCOMPARE(after.value(u"LineItems"_s).toArray().at(0).toObject().value(u"AccountID"_s).toString(),
             u"6a1f0c3e-2b5d-4e8a-9c01-000000000091"_s);
    QCOMPARE(after.value(u"Reference"_s).toString(), u"Shopify Payments payout 7002"_s);
    QVERIFY(get(u"BankTransactions/"_s + id).body.contains("\"Total\":97.84"));

    // POST /BankTransactions with the id in the element updates too; without one it creates.
    const Response byBody = post(u"BankTransactions"_s,
                                 R"({"BankTransactions":[{"BankTransactionID":")" + id.toLatin1()
                                     + R"(","Reference":"Shopify Payments payout 7002-b"}]})");
    QCOMPARE(byBody.status, 200);
    QCOMPARE(where(u"BankTransactions"_s, u"Reference==\"Shopify Payments payout 7002-b\""_s).size(), 1);
    QCOMPARE(where(u"BankTransactions"_s, u"Reference==\"Shopify Payments payout 7002\""_s).size(), 0);

    // Ordered by UpdatedDateUTC: the transaction changed last comes last, though created earlier.
    QTest::qWait(5);
    QCOMPARE(post(u"BankTransactions/"_s + spendId, R"({"Reference":"Account fee November, corrected"
})")
                 .status,
             200);
    const QJsonArray ordered =
        get(u"BankTransactions?order=UpdatedDateUTC%20ASC"_s).json().value(u"BankTransactions"_s).toArray();
    QVERIFY(ordered.size() >= 3);
    QCOMPARE(ordered.last().toObject().value(u"BankTransactionID"_s).toString(), spendId);
    QCOMPARE(get(u"BankTransactions?order=UpdatedDateUTC%20DESC"_s)
                 .json()
                 .value(u"BankTransactions"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"BankTransactionID"_s)
                 .toString(),
             spendId);
    QCOMPARE(get(u"BankTransactions?order=Total"_s).status, 400);
    const QByteArray future = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate).toLatin1();
    QCOMPARE(get(u"BankTransactions"_s, {{"If-Modified-Since", future}})
                 .json()
                 .value(u"BankTransactions"_s)
                 .toArray()
                 .size(),
             0);

    // Status DELETED deletes: the transaction stays, DELETED, and cannot be edited any more.
    const Response deleted = post(u"BankTransactions/"_s + spendId,
                                  R"({"BankTransactions":[{"BankTransactionID":")" + spendId.toLatin1()
                                      + R"(","Status":"DELETED"}]})");
    QCOMPARE(deleted.status, 200);
    QCOMPARE(first(deleted, u"BankTransactions"_s).value(u"Status"_s).toString(), u"DELETED"_s);
    const QJsonArray gone = where(u"BankTransactions"_s, u"Status==\"DELETED\""_s);
    QCOMPARE(gone.size(), 1);
    QCOMPARE(gone.first().toObject().value(u"BankTransactionID"_s).toString(), spendId);
    QCOMPARE(
        first(get(u"BankTransactions/"_s + spendId), u"BankTransactions"_s).value(u"Status"_s).toString(),
        u"DELETED"_s);
    const Response edit = post(u"BankTransactions/"_s + spendId, R"({"Reference":"again"})");
    QCOMPARE(edit.status, 400);
    QVERIFY2(edit.body.contains("has been deleted and cannot be modified"), edit.body.constData());
    QCOMPARE(post(u"BankTransactions/00000000-0000-0000-0000-000000000000"_s, R"({"Reference":"x"})").status,
             400);
}

void TestSandboxBooks::bankTransactionValidation()
{
    // One batch, summarizeErrors=false: each element fails on its own, the valid one is created.
    const QByteArray line090 = R"({"Description":"Payments","UnitAmount":10,"AccountCode":"090"})";
    const auto element = [&](const QByteArray &type, const QByteArray &contact, const QByteArray &bank,
                             const QByteArray &lines, const QByteArray &reference) -> QByteArray {
        return "{\"Type\":\"" + type + "\"," + contact + "\"BankAccount\":{\"Code\":\"" + bank
            + "\"},\"Date\":\"2026-11-27\",\"LineAmountTypes\":\"NoTax\",\"Reference\":\"" + reference
            + "\",\"LineItems\":[" + lines + "]}";
    };
    const QByteArray contact = R"("Contact":{"Name":"Shopify Payments"},)";
    const QList<QByteArray> elements{
        element("RECEIVE", contact, "095", line090, "V-OK"),
        element("RECEIVE", contact, "090", line090, "V-NOT-BANK"),
        element("RECEIVE", contact, "095",
                R"({"Description":"Into the bank","UnitAmount":10,"AccountCode":"095"})", "V-BANK-LINE"),
        element("RECEIVE", contact, "095", R"({"Description":"Nowhere","UnitAmount":10,"AccountCode":"999"})",
                "V-UNKNOWN"),
        element("RECEIVE", contact, "095",
                line090 + R"(,{"Description":"Fees","UnitAmount":-10.01,"AccountCode":"404"})", "V-NEGATIVE"),
        element("RECEIVE", "", "095", line090, "V-NO-CONTACT"),
        element("TRANSFER", contact, "095", line090, "V-TYPE"),
        element("RECEIVE", contact, "095", R"({"UnitAmount":10,"AccountCode":"404"})", "V-NO-DESCRIPTION"),
        element("RECEIVE", contact, "095", R"({"Description":"No account","UnitAmount":10})", "V-NO-ACCOUNT"),
        element("RECEIVE", contact, "095", "", "V-NO-LINES"),
        element("RECEIVE", contact, "777", line090, "V-NO-BANK"),
    };
    const Response response =
        send(m_network, "PUT", url(m_books, api + u"BankTransactions?summarizeErrors=false"_s), Auth::Books,
             "{\"BankTransactions\":[" + elements.join(',') + "]}");
    QCOMPARE(response.status, 200);
    const QJsonArray results = response.json().value(u"BankTransactions"_s).toArray();
    QCOMPARE(results.size(), elements.size());
    const auto messages = [&](int i) {
        QStringList out;
        for (const QJsonValue &error : results.at(i).toObject().value(u"ValidationErrors"_s).toArray())
            out.append(error.toObject().value(u"Message"_s).toString());
        return out;
    };
    QCOMPARE(results.at(0).toObject().value(u"HasErrors"_s).toBool(true), false);
    QCOMPARE(results.at(0).toObject().value(u"StatusAttributeString"_s).toString(), u"OK"_s);
    for (int i = 1; i < elements.size(); ++i) {
        QCOMPARE(results.at(i).toObject().value(u"HasErrors"_s).toBool(), true);
        QCOMPARE(results.at(i).toObject().value(u"StatusAttributeString"_s).toString(), u"ERROR"_s);
    }
    QCOMPARE(messages(1), QStringList{u"The BankAccount must be a bank account"_s});
    QCOMPARE(messages(2), QStringList{u"Account code '095' is not a valid code for this document."_s});
    QCOMPARE(messages(3),
             QStringList{u"Account code '999' has been archived, or has been deleted. Each line item must "
                         "reference a valid account."_s});
    QCOMPARE(messages(4), QStringList{u"The total of a bank transaction cannot be negative"_s});
    QCOMPARE(messages(5),
             QStringList{u"The Contact must contain at least 1 of the following elements to identify the "
                         "contact: Name, ContactID, ContactNumber"_s});
    QCOMPARE(messages(6), QStringList{u"Type must be one of RECEIVE, SPEND"_s});
    QCOMPARE(messages(7), QStringList{u"Description is required for each line item"_s});
    QCOMPARE(messages(8), QStringList{u"Account code or ID must be specified"_s});
    QCOMPARE(messages(9), QStringList{u"At least one line item is required"_s});
    QCOMPARE(messages(10), QStringList{u"The BankAccount with the details provided could not be located"_s});
    QCOMPARE(where(u"BankTransactions"_s, u"Reference==\"V-OK\""_s).size(), 1);
    for (const char *reference :
         {"V-NOT-BANK", "V-BANK-LINE", "V-UNKNOWN", "V-NEGATIVE", "V-NO-CONTACT", "V-TYPE"})
        QCOMPARE(
            where(u"BankTransactions"_s, u"Reference==\""_s + QString::fromLatin1(reference) + u'"').size(),
            0);

    // Summarized (the default): Xero's ValidationException envelope, nothing created.
    const Response refused = put(u"BankTransactions"_s, "{\"BankTransactions\":[" + elements.at(4) + "]}");
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json().value(u"Type"_s).toString(), u"ValidationException"_s);
    QVERIFY(refused.body.contains("The total of a bank transaction cannot be negative"));
    // Tax: only untaxed lines; another currency than the bank account's is refused.
    const Response taxed = put(u"BankTransactions"_s, R"({"BankTransactions":[{"Type":"RECEIVE",
        "Contact":{"Name":"Shopify Payments"},"BankAccount":{"Code":"095"},"Date":"2026-11-27",
        "LineItems":[{"Description":"Taxed","UnitAmount":10,"AccountCode":"200","TaxType":"OUTPUT2"}]}]})");
    QCOMPARE(taxed.status, 400);
    QVERIFY(taxed.body.contains(
        "The TaxType code 'OUTPUT2' does not exist or cannot be used for this type of transaction."));
    const Response dollars = put(u"BankTransactions"_s, R"({"BankTransactions":[{"Type":"RECEIVE",
        "Contact":{"Name":"Shopify Payments"},"BankAccount":{"Code":"095"},"Date":"2026-11-27","CurrencyCode":"USD",
        "LineAmountTypes":"NoTax","LineItems":[{"Description":"USD","UnitAmount":10,"AccountCode":"090"}]}]})");
    QCOMPARE(dollars.status, 400);
    QVERIFY2(dollars.body.contains("does not match the currency of the bank account"),
             dollars.body.constData());
    const Response undated = put(u"BankTransactions"_s, R"({"BankTransactions":[{"Type":"RECEIVE",
        "Contact":{"Name":"Shopify Payments"},"BankAccount":{"Code":"095"},"LineAmountTypes":"NoTax",
        "LineItems":[{"Description":"Undated","UnitAmount":10,"AccountCode":"090"}]}]})");
    QCOMPARE(undated.status, 400);
    QVERIFY(undated.body.contains("The Date must be specified"));
}

QTEST_MAIN(TestSandboxBooks)
#include "tst_sandboxbooks.moc"
