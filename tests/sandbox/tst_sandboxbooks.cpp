// The sandbox books over real HTTP on 127.0.0.1: exact totals, idempotency, where filters,
// validation envelopes, contacts, items, payments, auth and rate limit headers.

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

QTEST_MAIN(TestSandboxBooks)
#include "tst_sandboxbooks.moc"
