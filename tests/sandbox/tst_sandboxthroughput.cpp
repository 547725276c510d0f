// Load figures of the sandbox store: 20,000 generated orders (about 5 lines each) are paged
// through with limit=250 by Link headers, every order exactly once. The measured rates are
// printed; the only timed check is a loose floor far below what the sandbox does.

#include "sandbox/sandboxservices.h"
#include "sandboxtestsupport.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace SandboxTest;
using LedgerLink::Sandbox::SandboxOptions;
using LedgerLink::Sandbox::SandboxServices;

class TestSandboxThroughput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twentyThousandOrders();
    void invoiceWrites();
};

void TestSandboxThroughput::twentyThousandOrders()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxServices services;
    SandboxOptions options;
    options.dataDir = dir.path();
    options.extraOrders = 20000;
    QElapsedTimer timer;
    timer.start();
    const auto started = services.start(options);
    QVERIFY2(started.ok, qPrintable(started.error));
    const qint64 generateMs = timer.elapsed();

    QNetworkAccessManager network;
    static const QRegularExpression next(u"<([^>]+)>;\\s*rel=\"next\""_s);
    QUrl page = url(started.storeUrl, u"/admin/api/2024-04/orders.json?status=any&limit=250"_s);
    QSet<qint64> ids;
    qint64 lines = 0;
    int pages = 0;
    qint64 bytes = 0;
    timer.restart();
    while (page.isValid()) {
        const Response response = send(network, "GET", page, Auth::Store);
        QCOMPARE(response.status, 200);
        bytes += response.body.size();
        const QJsonArray orders = response.json().value(u"orders"_s).toArray();
        for (const QJsonValue &order : orders) {
            ids.insert(order.toObject().value(u"id"_s).toInteger());
            lines += order.toObject().value(u"line_items"_s).toArray().size();
        }
        const auto match = next.match(QString::fromLatin1(response.header("Link")));
        page = match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
        ++pages;
    }
    const qint64 pagingMs = qMax<qint64>(1, timer.elapsed());
    QCOMPARE(ids.size(), 20013);
    QCOMPARE(pages, 81);

    timer.restart();
    const int requests = 300;
    for (int i = 0; i < requests; ++i)
        QCOMPARE(
            send(network, "GET", url(started.storeUrl, u"/admin/api/2024-04/orders/5101.json"_s), Auth::Store)
                .status,
            200);
    const qint64 requestMs = qMax<qint64>(1, timer.elapsed());

    const qint64 ordersPerSecond = ids.size() * 1000 / pagingMs;
    qInfo().noquote()
        << u"generated 20000 orders in %1 ms; paged %2 orders (%3 lines, %4 MB) in %5 pages in %6 ms: "
           "%7 orders/s, %8 pages/s; %9 single-order GETs/s (one client, sequential)"_s.arg(generateMs)
               .arg(ids.size())
               .arg(lines)
               .arg(bytes / 1048576.0, 0, 'f', 1)
               .arg(pages)
               .arg(pagingMs)
               .arg(ordersPerSecond)
               .arg(pages * 1000 / pagingMs)
               .arg(requests * 1000 / requestMs);
    QVERIFY2(ordersPerSecond >= 1000, qPrintable(QString::number(ordersPerSecond)));
    services.stop();
}

// Invoices of 5 lines with item codes, written in batches of 50 and one per request.
void TestSandboxThroughput::invoiceWrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxServices services;
    SandboxOptions options;
    options.dataDir = dir.path();
    const auto started = services.start(options);
    QVERIFY2(started.ok, qPrintable(started.error));
    QNetworkAccessManager network;
    const QStringList skus{u"TEE-ORG-M"_s, u"MUG-CER-350"_s, u"CANDLE-SOY-200"_s, u"BOWL-OAK-20"_s,
                           u"NOTEBOOK-A5"_s};
    auto invoice = [&skus](int n) -> QJsonObject {
        QJsonArray lines;
        for (const QString &sku : skus) {
            lines.append(QJsonObject{{u"Description"_s, sku},
                                     {u"ItemCode"_s, sku},
                                     {u"Quantity"_s, 2},
                                     {u"UnitAmount"_s, u"12.34"_s},
                                     {u"TaxType"_s, u"OUTPUT2"_s}});
        }
        return QJsonObject{
            {u"Type"_s, u"ACCREC"_s},
            {u"Reference"_s, QString(u"#B"_s + QString::number(n))},
            {u"Contact"_s, QJsonObject{{u"Name"_s, QString(u"Customer "_s + QString::number(n % 500))}}},
            {u"LineAmountTypes"_s, u"Inclusive"_s},
            {u"LineItems"_s, lines}};
    };
    const QUrl endpoint = url(started.booksUrl, u"/api.xro/2.0/Invoices"_s);
    QElapsedTimer timer;
    timer.start();
    int n = 0;
    for (int batch = 0; batch < 40; ++batch) {
        QJsonArray invoices;
        for (int i = 0; i < 50; ++i)
            invoices.append(invoice(n++));
        const Response response =
            send(network, "PUT", endpoint, Auth::Books,
                 QJsonDocument(QJsonObject{{u"Invoices"_s, invoices}}).toJson(QJsonDocument::Compact));
        QCOMPARE(response.status, 200);
    }
    const qint64 batchedMs = qMax<qint64>(1, timer.elapsed());
    timer.restart();
    for (int i = 0; i < 500; ++i) {
        const Response response = send(network, "PUT", endpoint, Auth::Books,
                                       QJsonDocument(QJsonObject{{u"Invoices"_s, QJsonArray{invoice(n++)}}})
                                           .toJson(QJsonDocument::Compact));
        QCOMPARE(response.status, 200);
    }
    const qint64 singleMs = qMax<qint64>(1, timer.elapsed());
    qInfo().noquote()
        << u"books: 2000 invoices (5 lines) in batches of 50: %1 invoices/s; 500 single-invoice PUTs: %2 requests/s"_s
               .arg(2000 * 1000 / batchedMs)
               .arg(500 * 1000 / singleMs);
    services.stop();
}

QTEST_MAIN(TestSandboxThroughput)
#include "tst_sandboxthroughput.moc"
