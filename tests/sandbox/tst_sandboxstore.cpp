// The sandbox store over real HTTP on 127.0.0.1: pagination, filters, exact
// fields, auth, rate limits, writes and signed at-least-once webhooks.

#include "model/decimal.h"
#include "net/webhooksignature.h"
#include "sandbox/sandboxservices.h"
#include "sandboxtestsupport.h"

#include <QtCore/QDir>
#include <QtCore/QJsonArray>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponse>
#include <QtNetwork/QHostAddress>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace SandboxTest;
using LedgerLink::Model::Decimal;
using LedgerLink::Sandbox::SandboxOptions;
using LedgerLink::Sandbox::SandboxServices;

namespace {

const QString api = u"/admin/api/2024-04/"_s;

QUrl nextLink(const Response &response)
{
    static const QRegularExpression next(u"<([^>]+)>;\\s*rel=\"next\""_s);
    const auto match = next.match(QString::fromLatin1(response.header("Link")));
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

Decimal amountOf(const QJsonValue &value)
{
    return Decimal::fromJson(value).value_or(Decimal::fromString(u"-999999").value());
}

struct Delivery
{
    QByteArray body;
    QByteArray topic;
    QByteArray hmac;
    QByteArray webhookId;
    QByteArray domain;
};

} // namespace

class TestSandboxStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void paginationWalksEveryOrderOnce();
    void pageInfoRefusesOtherFilters();
    void findsOrder1001ByName();
    void bigIdsStayExact();
    void statusFilter();
    void refundsAndTransactions();
    void missingTokenIs401();
    void payoutsList();
    void payoutById();
    void balanceTransactionsByPayout();
    void paymentsNeedTokenAndScope();
    void paymentsSeededIntoAnOlderStore();
    void customers();
    void productsAndInventory();
    void createOrderAndWebhookRedeliveries();
    void rateLimitedBurst();
    void asyncStartPortClashAndStats();

private:
    QTemporaryDir m_dir;
    SandboxServices m_services;
    QUrl m_store;
    QNetworkAccessManager m_network;
};

void TestSandboxStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SandboxOptions options;
    options.dataDir = m_dir.filePath(u"main"_s);
    const auto started = m_services.start(options);
    QVERIFY2(started.ok, qPrintable(started.error));
    m_store = started.storeUrl;
    QVERIFY(m_services.isRunning());
    QCOMPARE(m_services.storeUrl(), m_store);
}

void TestSandboxStore::cleanupTestCase()
{
    m_services.stop();
    QVERIFY(!m_services.isRunning());
}

void TestSandboxStore::paginationWalksEveryOrderOnce()
{
    const Response count =
        send(m_network, "GET", url(m_store, api + u"orders/count.json?status=any"_s), Auth::Store);
    QCOMPARE(count.status, 200);
    const qint64 expected = count.json().value(u"count"_s).toInteger();
    QCOMPARE(expected, 13);

    QList<qint64> ids;
    QUrl next = url(m_store, api + u"orders.json?status=any&limit=3"_s);
    int pages = 0;
    while (next.isValid() && pages < 20) {
        const Response page = send(m_network, "GET", next, Auth::Store);
        QCOMPARE(page.status, 200);
        if (pages > 0)
            QVERIFY2(page.header("Link").contains("rel=\"previous\""), page.header("Link").constData());
        for (const QJsonValue &order : page.json().value(u"orders"_s).toArray())
            ids.append(order.toObject().value(u"id"_s).toInteger());
        next = nextLink(page);
        ++pages;
    }
    QCOMPARE(pages, 5); // 3 + 3 + 3 + 3 + 1
    QCOMPARE(ids.size(), expected);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), expected);
}

void TestSandboxStore::pageInfoRefusesOtherFilters()
{
    const Response first =
        send(m_network, "GET", url(m_store, api + u"orders.json?status=any&limit=2"_s), Auth::Store);
    const QUrl next = nextLink(first);
    QVERIFY(next.isValid());
    QVERIFY(!next.toString().contains(u"status="_s)); // page_info is opaque: the filters travel inside it
    const Response mixed = send(m_network, "GET", QUrl(next.toString() + u"&status=any"_s), Auth::Store);
    QCOMPARE(mixed.status, 400);
    QVERIFY(mixed.json().contains(u"errors"_s));
}

void TestSandboxStore::findsOrder1001ByName()
{
    const Response response =
        send(m_network, "GET", url(m_store, api + u"orders.json?name=%231001&status=any"_s), Auth::Store);
    QCOMPARE(response.status, 200);
    const QJsonArray orders = response.json().value(u"orders"_s).toArray();
    QCOMPARE(orders.size(), 1);
    const QJsonObject order = orders.first().toObject();
    QCOMPARE(order.value(u"id"_s).toInteger(), 5101);
    QCOMPARE(order.value(u"name"_s).toString(), u"#1001"_s);
    QCOMPARE(order.value(u"order_number"_s).toInteger(), 1001);
    QCOMPARE(order.value(u"currency"_s).toString(), u"EUR"_s);
    QCOMPARE(order.value(u"presentment_currency"_s).toString(), u"EUR"_s);
    QCOMPARE(order.value(u"taxes_included"_s).toBool(), true);
    // Money is always a string with its cents.
    QCOMPARE(order.value(u"current_total_price"_s), QJsonValue(u"64.88"_s));
    QCOMPARE(order.value(u"total_tax"_s), QJsonValue(u"10.36"_s));
    QCOMPARE(order.value(u"subtotal_price"_s), QJsonValue(u"59.98"_s));
    QCOMPARE(order.value(u"email"_s).toString(), u"anna.schmidt@example.de"_s);
    QCOMPARE(order.value(u"customer"_s).toObject().value(u"id"_s).toInteger(), 7001);
    QCOMPARE(order.value(u"created_at"_s).toString(), u"2026-11-20T10:12:44+01:00"_s);
    const QJsonObject line = order.value(u"line_items"_s).toArray().first().toObject();
    QCOMPARE(line.value(u"sku"_s).toString(), u"TEE-ORG-M"_s);
    QCOMPARE(line.value(u"vendor"_s).toString(), u"Sandbox Apparel"_s);
    QCOMPARE(line.value(u"quantity"_s).toInteger(), 2);
    QCOMPARE(line.value(u"price"_s), QJsonValue(u"29.99"_s));
    QCOMPARE(line.value(u"total_discount"_s), QJsonValue(u"0.00"_s));
    QCOMPARE(line.value(u"tax_lines"_s).toArray().first().toObject().value(u"price"_s),
             QJsonValue(u"9.58"_s));
    const QJsonObject shipping = order.value(u"shipping_lines"_s).toArray().first().toObject();
    QCOMPARE(shipping.value(u"price"_s), QJsonValue(u"4.90"_s));
    QCOMPARE(shipping.value(u"tax_lines"_s).toArray().first().toObject().value(u"price"_s),
             QJsonValue(u"0.78"_s));
    // The raw text carries the money as strings too.
    QVERIFY(response.body.contains("\"current_total_price\":\"64.88\""));

    const Response fields =
        send(m_network, "GET", url(m_store, api + u"orders.json?name=1001&fields=id,name"_s), Auth::Store);
    QCOMPARE(fields.json().value(u"orders"_s).toArray().first().toObject().keys(),
             (QStringList{u"id"_s, u"name"_s}));
}

void TestSandboxStore::bigIdsStayExact()
{
    const Response response =
        send(m_network, "GET", url(m_store, api + u"orders/820982911946154508.json"_s), Auth::Store);
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.contains("\"id\":820982911946154508,"));
    const QJsonObject order = response.json().value(u"order"_s).toObject();
    QCOMPARE(order.value(u"id"_s).toInteger(), Q_INT64_C(820982911946154508));
    QCOMPARE(order.value(u"presentment_currency"_s).toString(), u"USD"_s);
    QCOMPARE(order.value(u"taxes_included"_s).toBool(), false);
    const QJsonObject set = order.value(u"total_price_set"_s).toObject();
    QCOMPARE(set.value(u"presentment_money"_s).toObject().value(u"amount"_s).toString(), u"55.19"_s);
    QCOMPARE(set.value(u"shop_money"_s).toObject().value(u"currency_code"_s).toString(), u"EUR"_s);
    QCOMPARE(send(m_network, "GET", url(m_store, api + u"orders/999.json"_s), Auth::Store).status, 404);
}

void TestSandboxStore::statusFilter()
{
    auto countOf = [this](const QString &query) -> qint64 {
        return send(m_network, "GET", url(m_store, api + u"orders/count.json"_s + query), Auth::Store)
            .json()
            .value(u"count"_s)
            .toInteger();
    };
    QCOMPARE(countOf(u"?status=any"_s), 13);
    QCOMPARE(countOf(QString()),
             12); // default status=open leaves out the cancelled #1013
    QCOMPARE(countOf(u"?status=cancelled"_s), 1);
    QCOMPARE(countOf(u"?status=any&updated_at_min=2026-11-25T00:00:00%2B01:00"_s), 4);
}

void TestSandboxStore::refundsAndTransactions()
{
    const Response refunds =
        send(m_network, "GET", url(m_store, api + u"orders/5106/refunds.json"_s), Auth::Store);
    QCOMPARE(refunds.status, 200);
    const QJsonArray list = refunds.json().value(u"refunds"_s).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject refundLine =
        list.first().toObject().value(u"refund_line_items"_s).toArray().first().toObject();
    QCOMPARE(refundLine.value(u"quantity"_s).toInteger(), 1);
    QCOMPARE(refundLine.value(u"subtotal"_s).toString(), u"29.99"_s);
    const Response transactions =
        send(m_network, "GET", url(m_store, api + u"orders/5106/transactions.json"_s), Auth::Store);
    const QJsonArray kinds = transactions.json().value(u"transactions"_s).toArray();
    QCOMPARE(kinds.size(), 2);
    QCOMPARE(kinds.at(0).toObject().value(u"kind"_s).toString(), u"sale"_s);
    QCOMPARE(kinds.at(1).toObject().value(u"kind"_s).toString(), u"refund"_s);
    QCOMPARE(kinds.at(1).toObject().value(u"amount"_s).toString(), u"29.99"_s);
}

void TestSandboxStore::missingTokenIs401()
{
    const Response response = send(m_network, "GET", url(m_store, api + u"orders.json"_s), Auth::None);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.json().value(u"errors"_s).toString(),
             u"[API] Invalid API key or access token (unrecognized login or wrong password)"_s);
}

// The seed's Shopify Payments payouts
// (resources/sandbox/generate_sandbox_seed.py), worked out by hand: a charge's
// EUR amount is its order's total_price_set.shop_money, fee = 1.9 % of it +
// 0.25 rounded half-up to the cent, net = amount - fee.
//   payout 71000000001 (paid, #1001-#1004, last on 2026-11-22: date 2026-11-23)
//     #1001 EUR 64.88                  fee 64.88 x 0.019 = 1.23272 + 0.25
//     = 1.48272 -> 1.48, net 63.40 #1002 55.19 USD x 0.92 = 50.7748 -> 50.77;
//     fee 0.96463 + 0.25 = 1.21463 -> 1.21, net 49.56 #1003 (42.00 + 2 x 10.50
//     + 3.95) = 66.95 GBP x 1.17 = 78.3315 -> 78.33;
//           fee 1.48827 + 0.25 = 1.73827 -> 1.74, net 76.59
//     #1004 (41.50 + 2 x 17.90 + 7.00) = 84.30 CHF x 1.06 = 89.358 -> 89.36;
//           fee 1.69784 + 0.25 = 1.94784 -> 1.95, net 87.41
//     charges gross 64.88 + 50.77 + 78.33 + 89.36 = 283.34, fees 1.48 + 1.21
//     + 1.74 + 1.95 = 6.38, amount 283.34 - 6.38 = 276.96 (= 63.40 + 49.56
//     + 76.59 + 87.41)
//   payout 71000000002 (paid, #1005-#1009 and #1006's refund on 2026-11-25:
//   date 2026-11-26)
//     charges 158.06 (fee 3.00314 + 0.25 -> 3.25), 121.87 (2.31553 + 0.25
//     -> 2.57), 100.89 (1.91691 + 0.25 -> 2.17), 0.55 (0.01045 + 0.25 ->
//     0.26), 9.95 (0.18905 + 0.25 -> 0.44): gross 391.32, fees 8.69; refund
//     -29.99, fee 0.00; amount 391.32 - 8.69 - 29.99 = 352.64
//   payout 71000000003 (in_transit, #1010-#1012, last on 2026-11-25: date
//   2026-11-26)
//     charges 58.90 (1.1191 + 0.25 -> 1.37), 18.18 (0.34542 + 0.25 ->
//     0.60), 38.39 (0.72941 + 0.25 -> 0.98): gross 115.47, fees 2.95, amount
//     112.52

void TestSandboxStore::payoutsList()
{
    auto idsOf = [this](const QString &query) -> QList<qint64> {
        const Response response = send(
            m_network, "GET", url(m_store, api + u"shopify_payments/payouts.json"_s + query), Auth::Store);
        if (response.status != 200)
            return {-response.status};
        QList<qint64> ids;
        for (const QJsonValue &payout : response.json().value(u"payouts"_s).toArray())
            ids.append(payout.toObject().value(u"id"_s).toInteger());
        return ids;
    };
    const qint64 first = Q_INT64_C(71000000001);
    const qint64 second = Q_INT64_C(71000000002);
    const qint64 third = Q_INT64_C(71000000003);
    // Listed by id ascending.
    QCOMPARE(idsOf(QString()), (QList<qint64>{first, second, third}));
    QCOMPARE(idsOf(u"?status=paid"_s), (QList<qint64>{first, second}));
    QCOMPARE(idsOf(u"?status=in_transit"_s), (QList<qint64>{third}));
    QCOMPARE(idsOf(u"?status=failed"_s), QList<qint64>());
    // Dates: 2026-11-23, 2026-11-26, 2026-11-26; bounds inclusive.
    QCOMPARE(idsOf(u"?date_max=2026-11-23"_s), (QList<qint64>{first}));
    QCOMPARE(idsOf(u"?date_max=2026-11-22"_s), QList<qint64>());
    QCOMPARE(idsOf(u"?date_min=2026-11-24"_s), (QList<qint64>{second, third}));
    QCOMPARE(idsOf(u"?date_min=2026-11-23&date_max=2026-11-25"_s), (QList<qint64>{first}));
    QCOMPARE(idsOf(u"?date=2026-11-26"_s), (QList<qint64>{second, third}));
    QCOMPARE(idsOf(u"?date_min=2026-11-24&status=paid"_s), (QList<qint64>{second}));
    QCOMPARE(idsOf(u"?since_id=71000000001"_s), (QList<qint64>{second, third}));
    QCOMPARE(idsOf(u"?last_id=71000000003"_s), (QList<qint64>{first, second}));

    // limit=1 walks the three through Link pages, each once.
    QList<qint64> walked;
    QUrl next = url(m_store, api + u"shopify_payments/payouts.json?limit=1"_s);
    int pages = 0;
    while (next.isValid() && pages < 10) {
        const Response page = send(m_network, "GET", next, Auth::Store);
        QCOMPARE(page.status, 200);
        const QJsonArray payouts = page.json().value(u"payouts"_s).toArray();
        QCOMPARE(payouts.size(), 1);
        walked.append(payouts.first().toObject().value(u"id"_s).toInteger());
        next = nextLink(page);
        ++pages;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(walked, (QList<qint64>{first, second, third}));

    // The filters travel inside page_info, which refuses others beside it.
    const Response paid =
        send(m_network, "GET", url(m_store, api + u"shopify_payments/payouts.json?status=paid&limit=1"_s),
             Auth::Store);
    const QUrl paidNext = nextLink(paid);
    QVERIFY(paidNext.isValid());
    QVERIFY(!paidNext.toString().contains(u"status="_s));
    const Response paidSecond = send(m_network, "GET", paidNext, Auth::Store);
    QCOMPARE(paidSecond.json().value(u"payouts"_s).toArray().first().toObject().value(u"id"_s).toInteger(),
             second);
    QVERIFY(!nextLink(paidSecond).isValid()); // the in-transit payout is not on a third page
    const Response mixed = send(m_network, "GET", QUrl(paidNext.toString() + u"&status=paid"_s), Auth::Store);
    QCOMPARE(mixed.status, 400);
    QVERIFY(mixed.json().value(u"errors"_s).toObject().contains(u"page_info"_s));

    // Bad filters: 400 naming the parameter, like the orders list.
    for (const auto &[query, key] :
         {std::pair{u"?status=settled"_s, u"status"_s}, std::pair{u"?date_min=2026-13-01"_s, u"date_min"_s},
          std::pair{u"?date_max=21.11.2026"_s, u"date_max"_s}, std::pair{u"?date=2026-11-31"_s, u"date"_s},
          std::pair{u"?date=2026-11-2"_s, u"date"_s}, std::pair{u"?since_id=abc"_s, u"since_id"_s},
          std::pair{u"?limit=251"_s, u"limit"_s}, std::pair{u"?limit=0"_s, u"limit"_s}}) {
        const Response bad = send(
            m_network, "GET", url(m_store, api + u"shopify_payments/payouts.json"_s + query), Auth::Store);
        QCOMPARE(bad.status, 400);
        QVERIFY2(bad.json().value(u"errors"_s).toObject().value(key).isArray(), bad.body.constData());
    }
    QCOMPARE(send(m_network, "GET", url(m_store, api + u"shopify_payments/payouts.json?status=settled"_s),
                  Auth::Store)
                 .json()
                 .value(u"errors"_s)
                 .toObject()
                 .value(u"status"_s)
                 .toArray()
                 .first()
                 .toString(),
             u"is invalid"_s);
}

void TestSandboxStore::payoutById()
{
    const Response response = send(
        m_network, "GET", url(m_store, api + u"shopify_payments/payouts/71000000001.json"_s), Auth::Store);
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.contains("\"id\":71000000001,"));
    const QJsonObject payout = response.json().value(u"payout"_s).toObject();
    QCOMPARE(payout.value(u"id"_s).toInteger(), Q_INT64_C(71000000001));
    QCOMPARE(payout.value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(payout.value(u"date"_s).toString(), u"2026-11-23"_s);
    QCOMPARE(payout.value(u"currency"_s).toString(), u"EUR"_s);
    // 283.34 - 6.38 = 276.96 (see the arithmetic above payoutsList()).
    QCOMPARE(payout.value(u"amount"_s), QJsonValue(u"276.96"_s));
    const QJsonObject summary = payout.value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"charges_gross_amount"_s), QJsonValue(u"283.34"_s));
    QCOMPARE(summary.value(u"charges_fee_amount"_s), QJsonValue(u"6.38"_s));
    QCOMPARE(summary.value(u"refunds_gross_amount"_s), QJsonValue(u"0.00"_s));
    QCOMPARE(summary.value(u"refunds_fee_amount"_s), QJsonValue(u"0.00"_s));
    for (const QString &zero : {u"adjustments_fee_amount"_s, u"adjustments_gross_amount"_s,
                                u"reserved_funds_fee_amount"_s, u"reserved_funds_gross_amount"_s,
                                u"retried_payouts_fee_amount"_s, u"retried_payouts_gross_amount"_s})
        QCOMPARE(summary.value(zero), QJsonValue(u"0.00"_s));
    QCOMPARE(summary.size(), 10);

    const QJsonObject withRefund =
        send(m_network, "GET", url(m_store, api + u"shopify_payments/payouts/71000000002.json"_s),
             Auth::Store)
            .json()
            .value(u"payout"_s)
            .toObject();
    // 391.32 - 8.69 - 29.99 = 352.64
    QCOMPARE(withRefund.value(u"amount"_s), QJsonValue(u"352.64"_s));
    QCOMPARE(withRefund.value(u"date"_s).toString(), u"2026-11-26"_s);
    const QJsonObject refundSummary = withRefund.value(u"summary"_s).toObject();
    QCOMPARE(refundSummary.value(u"charges_gross_amount"_s), QJsonValue(u"391.32"_s));
    QCOMPARE(refundSummary.value(u"charges_fee_amount"_s), QJsonValue(u"8.69"_s));
    QCOMPARE(refundSummary.value(u"refunds_gross_amount"_s), QJsonValue(u"-29.99"_s));
    QCOMPARE(refundSummary.value(u"refunds_fee_amount"_s), QJsonValue(u"0.00"_s));

    const QJsonObject inTransit =
        send(m_network, "GET", url(m_store, api + u"shopify_payments/payouts/71000000003.json"_s),
             Auth::Store)
            .json()
            .value(u"payout"_s)
            .toObject();
    QCOMPARE(inTransit.value(u"status"_s).toString(), u"in_transit"_s);
    QCOMPARE(inTransit.value(u"amount"_s),
             QJsonValue(u"112.52"_s)); // 115.47 - 2.95

    const Response unknown = send(
        m_network, "GET", url(m_store, api + u"shopify_payments/payouts/71000000009.json"_s), Auth::Store);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(u"errors"_s).toString(), u"Not Found"_s);
}

void TestSandboxStore::balanceTransactionsByPayout()
{
    const Response list =
        send(m_network, "GET", url(m_store, api + u"shopify_payments/payouts.json"_s), Auth::Store);
    const QJsonArray payouts = list.json().value(u"payouts"_s).toArray();
    QCOMPARE(payouts.size(), 3);
    int seen = 0;
    bool sawCharge5101 = false;
    bool sawRefund1006 = false;
    for (const QJsonValue &value : payouts) {
        const QJsonObject payout = value.toObject();
        const qint64 payoutId = payout.value(u"id"_s).toInteger();
        const Response response =
            send(m_network, "GET",
                 url(m_store,
                     api + u"shopify_payments/balance/transactions.json?limit=250&payout_id="_s
                         + QString::number(payoutId)),
                 Auth::Store);
        QCOMPARE(response.status, 200);
        QVERIFY(!nextLink(response).isValid());
        const QJsonArray transactions = response.json().value(u"transactions"_s).toArray();
        QVERIFY(transactions.size() >= 2);
        Decimal nets;
        Decimal charges;
        Decimal fees;
        int payoutMoves = 0;
        for (qsizetype i = 0; i < transactions.size(); ++i) {
            const QJsonObject transaction = transactions.at(i).toObject();
            ++seen;
            QCOMPARE(transaction.value(u"payout_id"_s).toInteger(), payoutId);
            QCOMPARE(transaction.value(u"payout_status"_s), payout.value(u"status"_s));
            QCOMPARE(transaction.value(u"currency"_s).toString(), u"EUR"_s);
            QCOMPARE(transaction.value(u"test"_s), QJsonValue(false));
            QVERIFY(transaction.value(u"amount"_s).isString());
            const Decimal amount = amountOf(transaction.value(u"amount"_s));
            const Decimal fee = amountOf(transaction.value(u"fee"_s));
            const Decimal net = amountOf(transaction.value(u"net"_s));
            QCOMPARE(net, amount - fee);
            const QString type = transaction.value(u"type"_s).toString();
            QCOMPARE(transaction.value(u"source_type"_s).toString(), type);
            if (type == u"payout") {
                ++payoutMoves;
                QCOMPARE(amount, -amountOf(payout.value(u"amount"_s)));
                QCOMPARE(transaction.value(u"source_id"_s).toInteger(), payoutId);
                QVERIFY(transaction.value(u"source_order_id"_s).isNull());
                QVERIFY(transaction.value(u"source_order_transaction_id"_s).isNull());
                QCOMPARE(i, transactions.size() - 1); // the payout's own movement comes last
                continue;
            }
            nets += net;
            if (type == u"charge") {
                charges += amount;
                fees += fee;
                // The charge is the order's total in shop money (EUR).
                const qint64 orderId = transaction.value(u"source_order_id"_s).toInteger();
                const Response order = send(
                    m_network, "GET",
                    url(m_store, api + u"orders/"_s + QString::number(orderId) + u".json"_s), Auth::Store);
                QCOMPARE(order.status, 200);
                const QJsonObject set =
                    order.json().value(u"order"_s).toObject().value(u"total_price_set"_s).toObject();
                QCOMPARE(transaction.value(u"amount"_s),
                         set.value(u"shop_money"_s).toObject().value(u"amount"_s));
                QCOMPARE(transaction.value(u"source_id"_s),
                         transaction.value(u"source_order_transaction_id"_s));
            } else {
                QCOMPARE(type, u"refund"_s);
                QVERIFY(amount < Decimal());
                QCOMPARE(fee, Decimal());
            }
            if (transaction.value(u"source_order_id"_s).toInteger() == 5101) {
                sawCharge5101 = true;
                QCOMPARE(payoutId, Q_INT64_C(71000000001));
                QCOMPARE(type, u"charge"_s);
                // 64.88 x 0.019 = 1.23272 + 0.25 = 1.48272 -> 1.48; 64.88 - 1.48
                // = 63.40
                QCOMPARE(transaction.value(u"amount"_s), QJsonValue(u"64.88"_s));
                QCOMPARE(transaction.value(u"fee"_s), QJsonValue(u"1.48"_s));
                QCOMPARE(transaction.value(u"net"_s), QJsonValue(u"63.40"_s));
                QCOMPARE(transaction.value(u"id"_s).toInteger(), Q_INT64_C(72000000001));
                QCOMPARE(transaction.value(u"source_id"_s).toInteger(), Q_INT64_C(16000000001));
                QCOMPARE(transaction.value(u"source_order_transaction_id"_s).toInteger(),
                         Q_INT64_C(16000000001));
                QCOMPARE(transaction.value(u"processed_at"_s).toString(), u"2026-11-20T10:12:44+01:00"_s);
            }
            if (type == u"refund") {
                sawRefund1006 = true;
                QCOMPARE(payoutId, Q_INT64_C(71000000002));
                QCOMPARE(transaction.value(u"source_order_id"_s).toInteger(), 5106);
                QCOMPARE(transaction.value(u"amount"_s), QJsonValue(u"-29.99"_s));
                QCOMPARE(transaction.value(u"fee"_s), QJsonValue(u"0.00"_s));
                QCOMPARE(transaction.value(u"net"_s), QJsonValue(u"-29.99"_s));
                QCOMPARE(transaction.value(u"processed_at"_s).toString(), u"2026-11-25T14:00:00+01:00"_s);
            }
        }
        QCOMPARE(payoutMoves, 1);
        QCOMPARE(nets, amountOf(payout.value(u"amount"_s)));
        const QJsonObject summary = payout.value(u"summary"_s).toObject();
        QCOMPARE(charges, amountOf(summary.value(u"charges_gross_amount"_s)));
        QCOMPARE(fees, amountOf(summary.value(u"charges_fee_amount"_s)));
        if (payoutId == Q_INT64_C(71000000002)) {
            // Five charges, the refund, the payout.
            QCOMPARE(transactions.size(), 7);
        }
    }
    QVERIFY(sawCharge5101);
    QVERIFY(sawRefund1006);
    // 4 + 1, 5 + 1 + 1, 3 + 1 transactions (#1013 has none).
    QCOMPARE(seen, 16);

    // The order id beyond 2^53 (#1002) stays exact in the text.
    const Response first =
        send(m_network, "GET",
             url(m_store, api + u"shopify_payments/balance/transactions.json?payout_id=71000000001"_s),
             Auth::Store);
    QVERIFY(first.body.contains("\"source_order_id\":820982911946154508,"));

    auto countOf = [this](const QString &query) -> qint64 {
        const Response response =
            send(m_network, "GET",
                 url(m_store, api + u"shopify_payments/balance/transactions.json"_s + query), Auth::Store);
        return response.status == 200 ? response.json().value(u"transactions"_s).toArray().size()
                                      : -response.status;
    };
    QCOMPARE(countOf(QString()), 16);
    QCOMPARE(countOf(u"?payout_status=in_transit"_s), 4);
    QCOMPARE(countOf(u"?payout_status=paid"_s), 12);
    QCOMPARE(countOf(u"?test=false"_s), 16);
    QCOMPARE(countOf(u"?test=true"_s), 0);
    QCOMPARE(countOf(u"?since_id=72000000010"_s), 6);
    QCOMPARE(countOf(u"?last_id=72000000003&payout_id=71000000001"_s), 2);
    QCOMPARE(countOf(u"?payout_id=71000000009"_s), 0);
    QCOMPARE(countOf(u"?payout_id=abc"_s), -400);
    QCOMPARE(countOf(u"?payout_status=done"_s), -400);
    QCOMPARE(countOf(u"?test=maybe"_s), -400);
    QCOMPARE(countOf(u"?limit=251"_s), -400);

    // limit=5 walks the 16 in four pages (5 + 5 + 5 + 1), each once.
    QList<qint64> ids;
    QUrl next = url(m_store, api + u"shopify_payments/balance/transactions.json?limit=5"_s);
    int pages = 0;
    while (next.isValid() && pages < 10) {
        const Response page = send(m_network, "GET", next, Auth::Store);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &transaction : page.json().value(u"transactions"_s).toArray())
            ids.append(transaction.toObject().value(u"id"_s).toInteger());
        next = nextLink(page);
        ++pages;
    }
    QCOMPARE(pages, 4);
    QCOMPARE(ids.size(), 16);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 16);
}

void TestSandboxStore::paymentsNeedTokenAndScope()
{
    for (const QString &path :
         {u"shopify_payments/payouts.json"_s, u"shopify_payments/payouts/71000000001.json"_s,
          u"shopify_payments/balance/transactions.json?payout_id=71000000001"_s}) {
        const Response response = send(m_network, "GET", url(m_store, api + path), Auth::None);
        QCOMPARE(response.status, 401);
        QCOMPARE(response.json().value(u"errors"_s).toString(),
                 u"[API] Invalid API key or access token (unrecognized login or wrong password)"_s);
    }

    // The sandbox token has read_shopify_payments_payouts; without it Shopify
    // answers 403.
    const Response scopes =
        send(m_network, "GET", url(m_store, u"/admin/oauth/access_scopes.json"_s), Auth::Store);
    QCOMPARE(scopes.status, 200);
    QJsonArray handles;
    for (const QJsonValue &scope : scopes.json().value(u"access_scopes"_s).toArray())
        handles.append(scope.toObject().value(u"handle"_s));
    QVERIFY(handles.contains(u"read_shopify_payments_payouts"_s));
    QJsonArray without;
    for (const QJsonValue &handle : std::as_const(handles)) {
        if (handle.toString() != u"read_shopify_payments_payouts")
            without.append(handle);
    }
    QCOMPARE(send(m_network, "POST", url(m_store, u"/__sandbox/access-scopes"_s), Auth::None,
                  QJsonDocument(QJsonObject{{u"handles"_s, without}}).toJson(QJsonDocument::Compact))
                 .status,
             200);
    const Response denied =
        send(m_network, "GET", url(m_store, api + u"shopify_payments/payouts.json"_s), Auth::Store);
    const Response orders = send(m_network, "GET", url(m_store, api + u"orders/count.json"_s), Auth::Store);
    QCOMPARE(send(m_network, "POST", url(m_store, u"/__sandbox/access-scopes"_s), Auth::None,
                  QJsonDocument(QJsonObject{{u"handles"_s, handles}}).toJson(QJsonDocument::Compact))
                 .status,
             200);
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.json().value(u"errors"_s).toString(),
             u"[API] This action requires merchant approval for read_shopify_payments_payouts scope."_s);
    QCOMPARE(orders.status, 200); // the other scopes still hold
    QCOMPARE(
        send(m_network, "GET", url(m_store, api + u"shopify_payments/payouts.json"_s), Auth::Store).status,
        200);
}

void TestSandboxStore::paymentsSeededIntoAnOlderStore()
{
    // A store whose data folder predates Shopify Payments (orders, no payouts) gets the seed's
    // payouts on its next start, and only once.
    const QString dataDir = m_dir.filePath(u"older"_s);
    auto payoutsAndTransactions = [this, &dataDir]() -> std::pair<qsizetype, qsizetype> {
        SandboxServices services;
        SandboxOptions options;
        options.dataDir = dataDir;
        const auto started = services.start(options);
        if (!started.ok)
            return {-1, -1};
        const qsizetype payouts =
            send(m_network, "GET", url(started.storeUrl, api + u"shopify_payments/payouts.json"_s),
                 Auth::Store)
                .json()
                .value(u"payouts"_s)
                .toArray()
                .size();
        const qsizetype transactions =
            send(m_network, "GET",
                 url(started.storeUrl, api + u"shopify_payments/balance/transactions.json?limit=250"_s),
                 Auth::Store)
                .json()
                .value(u"transactions"_s)
                .toArray()
                .size();
        services.stop();
        return {payouts, transactions};
    };
    QCOMPARE(payoutsAndTransactions(), (std::pair<qsizetype, qsizetype>{3, 16}));
    {
        const QString connection = u"tst_sandboxstore-older"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(QDir(dataDir).filePath(u"store.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"DELETE FROM payouts"_s));
            QVERIFY(query.exec(u"DELETE FROM balance_transactions"_s));
            QVERIFY(query.exec(u"SELECT COUNT(*) FROM orders"_s) && query.next());
            QCOMPARE(query.value(0).toLongLong(), 13);
        }
        QSqlDatabase::removeDatabase(connection);
    }
    QCOMPARE(payoutsAndTransactions(), (std::pair<qsizetype, qsizetype>{3, 16}));
    QCOMPARE(payoutsAndTransactions(), (std::pair<qsizetype, qsizetype>{3, 16}));
}

void TestSandboxStore::customers()
{
    const Response search =
        send(m_network, "GET",
             url(m_store, api + u"customers/search.json?query=email:anna.schmidt@example.de"_s), Auth::Store);
    QCOMPARE(search.json().value(u"customers"_s).toArray().size(), 1);
    const Response guest = send(m_network, "GET", url(m_store, api + u"customers/7005.json"_s), Auth::Store);
    QCOMPARE(guest.status, 200);
    QVERIFY(guest.json().value(u"customer"_s).toObject().value(u"email"_s).isNull());
    const Response page =
        send(m_network, "GET", url(m_store, api + u"customers.json?limit=5"_s), Auth::Store);
    QCOMPARE(page.json().value(u"customers"_s).toArray().size(), 5);
    QVERIFY(nextLink(page).isValid());
}

void TestSandboxStore::productsAndInventory()
{
    const Response created = send(
        m_network, "POST", url(m_store, api + u"products.json"_s), Auth::Store,
        R"({"product":{"title":"Linen Apron","vendor":"Sandbox Home","variants":[{"sku":"APRON-LIN","price":"24.5"}]}})");
    QCOMPARE(created.status, 201);
    const QJsonObject product = created.json().value(u"product"_s).toObject();
    const qint64 id = product.value(u"id"_s).toInteger();
    const QJsonObject variant = product.value(u"variants"_s).toArray().first().toObject();
    QCOMPARE(variant.value(u"price"_s).toString(), u"24.50"_s);
    const qint64 item = variant.value(u"inventory_item_id"_s).toInteger();
    QVERIFY(item > 0);

    const QByteArray update = R"({"product":{"id":)" + QByteArray::number(id) + R"(,"variants":[{"id":)"
        + QByteArray::number(variant.value(u"id"_s).toInteger()) + R"(,"price":"26.00"}]}})";
    const Response updated =
        send(m_network, "PUT", url(m_store, api + u"products/"_s + QString::number(id) + u".json"_s),
             Auth::Store, update);
    QCOMPARE(updated.status, 200);
    const QJsonObject after =
        updated.json().value(u"product"_s).toObject().value(u"variants"_s).toArray().first().toObject();
    QCOMPARE(after.value(u"price"_s).toString(), u"26.00"_s);
    QCOMPARE(after.value(u"sku"_s).toString(), u"APRON-LIN"_s);

    const Response locations = send(m_network, "GET", url(m_store, api + u"locations.json"_s), Auth::Store);
    const qint64 location =
        locations.json().value(u"locations"_s).toArray().first().toObject().value(u"id"_s).toInteger();
    const Response set =
        send(m_network, "POST", url(m_store, api + u"inventory_levels/set.json"_s), Auth::Store,
             R"({"location_id":)" + QByteArray::number(location) + R"(,"inventory_item_id":)"
                 + QByteArray::number(item) + R"(,"available":17})");
    QCOMPARE(set.status, 200);
    const Response levels =
        send(m_network, "GET",
             url(m_store,
                 api + u"inventory_levels.json?inventory_item_ids="_s + QString::number(item)
                     + u"&location_ids="_s + QString::number(location)),
             Auth::Store);
    const QJsonArray list = levels.json().value(u"inventory_levels"_s).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(u"available"_s).toInteger(), 17);
}

void TestSandboxStore::createOrderAndWebhookRedeliveries()
{
    // A second sandbox delivering each event three times, and a receiver in this
    // test.
    QList<Delivery> deliveries;
    QHttpServer receiver;
    receiver.route(u"/webhooks/shopify"_s, [&deliveries](const QHttpServerRequest &request) {
        Delivery delivery;
        delivery.body = request.body();
        for (const auto &[name, value] : request.headers()) {
            if (name.compare("X-Shopify-Topic", Qt::CaseInsensitive) == 0)
                delivery.topic = value;
            else if (name.compare("X-Shopify-Hmac-Sha256", Qt::CaseInsensitive) == 0)
                delivery.hmac = value;
            else if (name.compare("X-Shopify-Webhook-Id", Qt::CaseInsensitive) == 0)
                delivery.webhookId = value;
            else if (name.compare("X-Shopify-Shop-Domain", Qt::CaseInsensitive) == 0)
                delivery.domain = value;
        }
        deliveries.append(delivery);
        return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
    });
    const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);

    SandboxServices services;
    SandboxOptions options;
    options.dataDir = m_dir.filePath(u"webhooks"_s);
    options.webhookDeliveries = 3;
    const auto started = services.start(options);
    QVERIFY2(started.ok, qPrintable(started.error));
    const QUrl store = started.storeUrl;

    const QByteArray registration = R"({"webhook":{"topic":"orders/create","address":"http://127.0.0.1:)"
        + QByteArray::number(port) + R"(/webhooks/shopify","format":"json"}})";
    const Response registered =
        send(m_network, "POST", url(store, api + u"webhooks.json"_s), Auth::Store, registration);
    QCOMPARE(registered.status, 201);
    QCOMPARE(send(m_network, "GET", url(store, api + u"webhooks.json"_s), Auth::Store)
                 .json()
                 .value(u"webhooks"_s)
                 .toArray()
                 .size(),
             1);

    const Response created =
        send(m_network, "POST", url(store, api + u"orders.json"_s), Auth::Store,
             R"({"order":{"email":"new.buyer@example.com","currency":"EUR","taxes_included":true,)"
             R"("customer":{"first_name":"New","last_name":"Buyer"},)"
             R"("line_items":[{"sku":"TEE-ORG-M","title":"Organic Cotton Tee","quantity":3,"price":"29.99",)"
             R"("tax_lines":[{"title":"MwSt 19 %","price":"14.37","rate":0.19}]}]}})");
    QCOMPARE(created.status, 201);
    const QJsonObject order = created.json().value(u"order"_s).toObject();
    QCOMPARE(order.value(u"name"_s).toString(), u"#1014"_s);
    QCOMPARE(order.value(u"current_total_price"_s).toString(), u"89.97"_s);
    QCOMPARE(order.value(u"total_tax"_s).toString(), u"14.37"_s);
    QVERIFY(order.value(u"customer"_s).toObject().value(u"id"_s).toInteger() > 0);

    QTRY_COMPARE_WITH_TIMEOUT(deliveries.size(), 3, 5000);
    for (const Delivery &delivery : std::as_const(deliveries)) {
        QCOMPARE(delivery.topic, QByteArray("orders/create"));
        QCOMPARE(delivery.domain, QByteArray("sandbox-shop.myshopify.com"));
        QCOMPARE(delivery.webhookId,
                 deliveries.first().webhookId); // the same event id on each redelivery
        const auto check = LedgerLink::Net::verifySignature(
            LedgerLink::Net::WebhookVendor::Shopify, "sandbox-webhook-secret", delivery.body, delivery.hmac);
        QVERIFY2(check.valid, qPrintable(check.reason));
        QCOMPARE(QJsonDocument::fromJson(delivery.body).object().value(u"id"_s).toInteger(),
                 order.value(u"id"_s).toInteger());
    }
    QVERIFY(!deliveries.first().webhookId.isEmpty());

    // drop_webhooks: two of the next event's three deliveries are lost.
    const Response fault = send(m_network, "POST", url(store, u"/__sandbox/faults"_s), Auth::None,
                                R"({"kind":"drop_webhooks","count":2})");
    QCOMPARE(fault.status, 200);
    deliveries.clear();
    QCOMPARE(send(m_network, "POST", url(store, api + u"orders.json"_s), Auth::Store,
                  R"({"order":{"line_items":[{"title":"Custom","quantity":1,"price":"5.00"}]}})")
                 .status,
             201);
    QTRY_COMPARE_WITH_TIMEOUT(deliveries.size(), 1, 5000);
    QTest::qWait(200);
    QCOMPARE(deliveries.size(), 1);
    const QJsonObject stats = send(m_network, "GET", url(store, u"/__sandbox/stats"_s), Auth::None).json();
    QCOMPARE(stats.value(u"webhook_deliveries_sent"_s).toInteger(), 4);
    QCOMPARE(stats.value(u"webhook_deliveries_dropped"_s).toInteger(), 2);
    QCOMPARE(stats.value(u"writes_committed"_s).toInteger(), 3);
    services.stop();
}

void TestSandboxStore::rateLimitedBurst()
{
    SandboxServices services;
    SandboxOptions options;
    options.dataDir = m_dir.filePath(u"limited"_s);
    options.rateLimits = true;
    const auto started = services.start(options);
    QVERIFY2(started.ok, qPrintable(started.error));

    int ok = 0;
    int limited = 0;
    QByteArray firstCallLimit;
    QByteArray lastOkCallLimit;
    for (int i = 0; i < 45; ++i) {
        const Response response =
            send(m_network, "GET", url(started.storeUrl, api + u"orders/count.json"_s), Auth::Store);
        if (i == 0)
            firstCallLimit = response.header("X-Shopify-Shop-Api-Call-Limit");
        if (response.status == 200) {
            ++ok;
            lastOkCallLimit = response.header("X-Shopify-Shop-Api-Call-Limit");
        } else {
            QCOMPARE(response.status, 429);
            QCOMPARE(response.header("Retry-After"), QByteArray("2.0"));
            QCOMPARE(
                response.json().value(u"errors"_s).toString(),
                u"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."_s);
            ++limited;
        }
    }
    QCOMPARE(firstCallLimit, QByteArray("1/40"));
    QVERIFY2(ok >= 40 && ok < 45, QByteArray::number(ok).constData());
    QVERIFY(limited >= 1);
    QVERIFY2(lastOkCallLimit.endsWith("/40")
                 && lastOkCallLimit.left(lastOkCallLimit.indexOf('/')).toInt() >= 38,
             lastOkCallLimit.constData());
    const QJsonObject stats =
        send(m_network, "GET", url(started.storeUrl, u"/__sandbox/stats"_s), Auth::None).json();
    QCOMPARE(stats.value(u"responses_429"_s).toInteger(), limited);
    services.stop();
}

void TestSandboxStore::asyncStartPortClashAndStats()
{
    SandboxServices services;
    SandboxOptions options;
    options.dataDir = m_dir.filePath(u"async"_s);
    auto future = services.startAsync(options);
    future.waitForFinished();
    const auto started = future.result();
    QVERIFY2(started.ok, qPrintable(started.error));
    QVERIFY(services.isRunning());
    QCOMPARE(services.start(options).ok, false); // already running

    // A second sandbox on the same store port fails with a clear error and cleans
    // up.
    SandboxServices clash;
    SandboxOptions clashing;
    clashing.dataDir = m_dir.filePath(u"clash"_s);
    clashing.storePort = quint16(started.storeUrl.port());
    const auto refused = clash.start(clashing);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QString::number(started.storeUrl.port())), qPrintable(refused.error));
    QVERIFY(!clash.isRunning());

    QCOMPARE(send(m_network, "GET", url(started.storeUrl, api + u"orders/count.json"_s), Auth::Store).status,
             200);
    QCOMPARE(services.storeStats().value(u"requests"_s).toObject().value(u"GET"_s).toInteger(), 1);
    QCOMPARE(services.booksStats().value(u"requests_total"_s).toInteger(), 0);
    services.stop();
    QVERIFY(services.storeStats().isEmpty());
}

QTEST_MAIN(TestSandboxStore)
#include "tst_sandboxstore.moc"
