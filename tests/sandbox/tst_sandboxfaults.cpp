// Fault injection and counters of the sandbox services (/__sandbox/), over real HTTP: each fault
// kind is observable in /__sandbox/stats; the write delay answers late without blocking reads;
// kill-mark tells whether a write was in flight.

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
const QString storeApi = u"/admin/api/2024-04/"_s;
const QString booksApi = u"/api.xro/2.0/"_s;
const QByteArray invoiceBody =
    R"({"Invoices":[{"Type":"ACCREC","Reference":"#LOST","Contact":{"Name":"Anna Schmidt"},
    "LineItems":[{"Description":"Tee","Quantity":1,"UnitAmount":29.99,"TaxType":"OUTPUT2"}]}]})";
} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void rateLimitStorm();
    void maintenance();
    void slow();
    void reject();
    void loseResponseCommitsTheWrite();
    void unknownFaultKind();
    void writeDelayAndKillMark();

private:
    QJsonObject stats(const QUrl &base)
    {
        return send(m_network, "GET", url(base, u"/__sandbox/stats"_s), Auth::None).json();
    }
    void fault(const QUrl &base, const QByteArray &json)
    {
        const Response response =
            send(m_network, "POST", url(base, u"/__sandbox/faults"_s), Auth::None, json);
        QCOMPARE(response.status, 200);
    }

    QTemporaryDir m_dir;
    SandboxServices m_services;
    QUrl m_store;
    QUrl m_books;
    QNetworkAccessManager m_network;
};

void TestSandboxFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SandboxOptions options;
    options.dataDir = m_dir.filePath(u"main"_s);
    const auto started = m_services.start(options);
    QVERIFY2(started.ok, qPrintable(started.error));
    m_store = started.storeUrl;
    m_books = started.booksUrl;
}

void TestSandboxFaults::cleanupTestCase()
{
    m_services.stop();
}

void TestSandboxFaults::init()
{
    QCOMPARE(send(m_network, "POST", url(m_store, u"/__sandbox/reset-faults"_s), Auth::None).status, 200);
    QCOMPARE(send(m_network, "POST", url(m_books, u"/__sandbox/reset-faults"_s), Auth::None).status, 200);
}

void TestSandboxFaults::rateLimitStorm()
{
    const qint64 before = stats(m_store).value(u"responses_429"_s).toInteger();
    fault(m_store, R"({"kind":"rate_limit_storm","count":3,"retry_after":"2"})");
    for (int i = 0; i < 3; ++i) {
        const Response limited =
            send(m_network, "GET", url(m_store, storeApi + u"orders/count.json"_s), Auth::Store);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("2"));
        QVERIFY(!limited.header("X-Shopify-Shop-Api-Call-Limit").isEmpty());
    }
    QCOMPARE(send(m_network, "GET", url(m_store, storeApi + u"orders/count.json"_s), Auth::Store).status,
             200);
    QCOMPARE(stats(m_store).value(u"responses_429"_s).toInteger(), before + 3);

    fault(m_books, R"({"kind":"rate_limit_storm","count":1,"retry_after":"7"})");
    const Response books = send(m_network, "GET", url(m_books, booksApi + u"Items"_s), Auth::Books);
    QCOMPARE(books.status, 429);
    QCOMPARE(books.header("Retry-After"), QByteArray("7"));
    QCOMPARE(books.header("X-Rate-Limit-Problem"), QByteArray("minute"));
    QCOMPARE(stats(m_books).value(u"responses_429"_s).toInteger(), 1);
}

void TestSandboxFaults::maintenance()
{
    fault(m_books, R"({"kind":"maintenance","count":2,"retry_after":"600"})");
    for (int i = 0; i < 2; ++i) {
        const Response response = send(m_network, "GET", url(m_books, booksApi + u"Invoices"_s), Auth::Books);
        QCOMPARE(response.status, 503);
        QCOMPARE(response.header("Retry-After"), QByteArray("600"));
    }
    QCOMPARE(send(m_network, "GET", url(m_books, booksApi + u"Invoices"_s), Auth::Books).status, 200);
    QCOMPARE(stats(m_books).value(u"responses_503"_s).toInteger(), 2);
}

void TestSandboxFaults::slow()
{
    fault(m_store, R"({"kind":"slow","delay_ms":300,"count":1})");
    const Response slow =
        send(m_network, "GET", url(m_store, storeApi + u"orders/count.json"_s), Auth::Store);
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 280, QByteArray::number(slow.elapsedMs).constData());
    const Response fast =
        send(m_network, "GET", url(m_store, storeApi + u"orders/count.json"_s), Auth::Store);
    QVERIFY(fast.elapsedMs < 280);
    QCOMPARE(stats(m_store).value(u"responses_slow"_s).toInteger(), 1);
}

void TestSandboxFaults::reject()
{
    fault(m_store, R"({"kind":"reject","status":422,"count":1,"method":"POST"})");
    // A GET does not match the fault's method.
    QCOMPARE(send(m_network, "GET", url(m_store, storeApi + u"orders/count.json"_s), Auth::Store).status,
             200);
    const Response rejected = send(m_network, "POST", url(m_store, storeApi + u"orders.json"_s), Auth::Store,
                                   R"({"order":{"line_items":[{"title":"X","quantity":1,"price":"1.00"}]}})");
    QCOMPARE(rejected.status, 422);
    QVERIFY(rejected.json().contains(u"errors"_s));
    QCOMPARE(stats(m_store).value(u"responses_rejected"_s).toInteger(), 1);
    QCOMPARE(send(m_network, "GET", url(m_store, storeApi + u"orders/count.json?status=any"_s), Auth::Store)
                 .json()
                 .value(u"count"_s)
                 .toInteger(),
             13);
}

void TestSandboxFaults::loseResponseCommitsTheWrite()
{
    fault(m_books,
          R"({"kind":"lose_response","count":1,"method":"PUT","path_prefix":"/api.xro/2.0/Invoices"})");
    const qint64 writesBefore = stats(m_books).value(u"writes_committed"_s).toInteger();
    const Response lost =
        send(m_network, "PUT", url(m_books, booksApi + u"Invoices"_s), Auth::Books, invoiceBody, {}, 800);
    QCOMPARE(lost.status, 0); // no HTTP response at all
    QCOMPARE(lost.error, QNetworkReply::OperationCanceledError); // the client's transfer timeout
    const QJsonObject after = stats(m_books);
    QCOMPARE(after.value(u"responses_lost"_s).toInteger(), 1);
    QCOMPARE(after.value(u"writes_committed"_s).toInteger(), writesBefore + 1);
    // The write committed even though its response never came.
    const Response found =
        send(m_network, "GET",
             url(m_books,
                 booksApi + u"Invoices?where="_s
                     + QString::fromLatin1(QUrl::toPercentEncoding(u"Reference==\"#LOST\""_s))),
             Auth::Books);
    QCOMPARE(found.json().value(u"Invoices"_s).toArray().size(), 1);
}

void TestSandboxFaults::unknownFaultKind()
{
    const Response response =
        send(m_network, "POST", url(m_store, u"/__sandbox/faults"_s), Auth::None, R"({"kind":"meteor"})");
    QCOMPARE(response.status, 400);
}

void TestSandboxFaults::writeDelayAndKillMark()
{
    SandboxServices delayed;
    SandboxOptions options;
    options.dataDir = m_dir.filePath(u"delayed"_s);
    options.writeDelayMs = 700;
    const auto started = delayed.start(options);
    QVERIFY2(started.ok, qPrintable(started.error));

    QNetworkReply *write = m_network.put(
        makeRequest(url(started.booksUrl, booksApi + u"Invoices"_s), Auth::Books, 10000), invoiceBody);
    QTRY_VERIFY_WITH_TIMEOUT(stats(started.booksUrl).value(u"write_in_flight"_s).toBool(), 2000);
    // Reads are answered while the write waits.
    const Response read = send(m_network, "GET", url(started.booksUrl, booksApi + u"Items"_s), Auth::Books);
    QCOMPARE(read.status, 200);
    QVERIFY(read.elapsedMs < 500);
    const Response mark =
        send(m_network, "POST", url(started.booksUrl, u"/__sandbox/kill-mark"_s), Auth::None);
    QCOMPARE(mark.json().value(u"write_in_flight"_s).toBool(), true);

    const Response written = wait(write);
    QCOMPARE(written.status, 200);
    QVERIFY(written.elapsedMs >= 300);
    const Response idle =
        send(m_network, "POST", url(started.booksUrl, u"/__sandbox/kill-mark"_s), Auth::None);
    QCOMPARE(idle.json().value(u"write_in_flight"_s).toBool(), false);
    const QJsonObject counters = stats(started.booksUrl);
    QCOMPARE(counters.value(u"kill_marks"_s).toInteger(), 2);
    QCOMPARE(counters.value(u"kill_marks_during_write"_s).toInteger(), 1);
    QCOMPARE(counters.value(u"write_in_flight"_s).toBool(), false);
    delayed.stop();
}

QTEST_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
