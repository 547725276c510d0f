// The SyncEngine on its own thread, driven by the EngineController, with its WebhookReceiver and
// the real sandbox (in-process, loopback HTTP) through the real connectors.
#include "engine/syncengine.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxservices.h"
#include "store/jobqueue.h"
#include "store/statestore.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QtTest>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace LedgerLink;

namespace {

bool writeFixedMapping(const QString &workspace)
{
    QFile bundled(u":/ledgerlink/mappings/sandbox.mapping.json"_s);
    if (!bundled.open(QIODevice::ReadOnly) || !QDir().mkpath(workspace))
        return false;
    QJsonObject root = QJsonDocument::fromJson(bundled.readAll()).object();
    QJsonArray tables = root.value(u"lookup_tables"_s).toArray();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        QJsonObject table = tables.at(i).toObject();
        if (table.value(u"id"_s).toString() != u"tax_types")
            continue;
        QJsonObject entries = table.value(u"entries"_s).toObject();
        for (const QString &title : {u"MwSt 19 %"_s, u"VAT 20 %"_s})
            entries.insert(title, u"OUTPUT2"_s);
        for (const QString &title :
             {u"Consumption tax 8 %"_s, u"MWST 8.1 %"_s, u"Reduced VAT 10 %"_s, u"Michigan State Tax 6 %"_s})
            entries.insert(title, u"OUTPUT"_s);
        table.insert(u"entries"_s, entries);
        tables[i] = table;
    }
    root.insert(u"lookup_tables"_s, tables);
    QFile file(QDir(workspace).filePath(u"mapping.json"_s));
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(root).toJson()) > 0;
}

/// Starts the sandbox in <dir>/sandbox and writes the fixed mapping into <dir>/workspace; what
/// failed, or "".
QString startSandbox(Sandbox::SandboxServices &sandbox, const QTemporaryDir &dir, Sandbox::SandboxStarted &up)
{
    Sandbox::SandboxOptions options;
    options.dataDir = dir.filePath(u"sandbox"_s);
    up = sandbox.start(options);
    if (!up.ok)
        return up.error;
    return writeFixedMapping(dir.filePath(u"workspace"_s)) ? QString()
                                                           : u"the workspace's mapping cannot be written"_s;
}

struct Reply
{
    int status = 0;
    QByteArray body;
};

Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body,
           const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return result;
}

/// Invoices in the sandbox books whose Reference is `reference`.
int invoicesWithReference(const QUrl &books, const QString &reference)
{
    QUrl url = books.resolved(QUrl(u"/api.xro/2.0/Invoices"_s));
    url.setQuery(u"where=Reference==\"%1\""_s.arg(reference));
    const Reply reply =
        send("GET", url, {},
             {{"Authorization", QByteArray("Bearer ") + Sandbox::Credentials::xeroAccessTokenText},
              {"xero-tenant-id", Sandbox::Credentials::xeroTenantIdText},
              {"Accept", "application/json"}});
    return int(QJsonDocument::fromJson(reply.body).object().value(u"Invoices"_s).toArray().size());
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void webhookDeliveredThreeTimesMakesOneInvoice()
    {
        QTemporaryDir dir;
        Sandbox::SandboxServices sandbox;
        Sandbox::SandboxStarted up;
        const QString failed = startSandbox(sandbox, dir, up);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QString workspace = dir.filePath(u"workspace"_s);

        Engine::EngineController controller;
        QSignalSpy started(&controller, &Engine::EngineController::started);
        QSignalSpy listening(&controller, &Engine::EngineController::webhookListening);
        QSignalSpy finished(&controller, &Engine::EngineController::finished);
        QSignalSpy progress(&controller, &Engine::EngineController::progress);
        Engine::EngineOptions options;
        options.workspaceDir = workspace;
        options.sandboxUrls = std::pair{up.storeUrl, up.booksUrl};
        options.webhooks = true;
        options.triggers = false;
        controller.start(options);
        QTRY_COMPARE(started.size(), 1);
        QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(1).toString()));
        QTRY_COMPARE(listening.size(), 1);
        const quint16 port = listening.first().at(0).value<quint16>();
        const QUrl hook(u"http://127.0.0.1:%1/webhooks/shopify"_s.arg(port));

        const QByteArray body = QJsonDocument(QJsonObject{{u"id"_s, 5101}, {u"name"_s, u"#1001"_s}})
                                    .toJson(QJsonDocument::Compact);
        const QByteArray signature =
            QMessageAuthenticationCode::hash(body, Sandbox::Credentials::shopWebhookSecretText,
                                             QCryptographicHash::Sha256)
                .toBase64();
        const QList<std::pair<QByteArray, QByteArray>> headers{
            {"X-Shopify-Hmac-Sha256", signature},
            {"X-Shopify-Topic", "orders/create"},
            {"X-Shopify-Shop-Domain", Sandbox::Credentials::shopDomainText},
            {"X-Shopify-Webhook-Id", "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043"},
            {"X-Shopify-Event-Id", "98880550-7158-44d4-b7cd-2c97c8a091b5"}};
        for (int delivery = 0; delivery < 3; ++delivery) {
            const Reply reply = send("POST", hook, body, headers);
            QCOMPARE(reply.status, 200);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(invoicesWithReference(up.booksUrl, u"#1001"_s), 1, 10000);
        QTest::qWait(300); // a second (wrong) write would land by now
        QCOMPARE(invoicesWithReference(up.booksUrl, u"#1001"_s), 1);
        int created = 0;
        for (const QList<QVariant> &signal : std::as_const(finished))
            created += signal.at(0).toJsonObject().value(u"created"_s).toInt();
        QCOMPARE(created, 1);
        QVERIFY(!progress.isEmpty());

        // A wrong signature: 401 and nothing enqueued.
        Store::StateStore store(Store::StoreLocation::sqlite(QDir(workspace).filePath(u"state.sqlite"_s)));
        QVERIFY(store.open());
        const auto before = Store::JobQueue(store).counts();
        QVERIFY(before);
        QList<std::pair<QByteArray, QByteArray>> forged = headers;
        forged[0].second = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        forged[3].second = "another-delivery";
        QCOMPARE(send("POST", hook, body, forged).status, 401);
        const auto after = Store::JobQueue(store).counts();
        QVERIFY(after);
        QCOMPARE(after.value(), before.value());
        controller.stop();
    }

    void webhookObjectsArePolledTooWhenAsked()
    {
        QTemporaryDir dir;
        Sandbox::SandboxServices sandbox;
        Sandbox::SandboxStarted up;
        const QString failed = startSandbox(sandbox, dir, up);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QString workspace = dir.filePath(u"workspace"_s);
        // Orders arrive by webhook in this mapping, and it has no other rule the sandbox's engine
        // runs (payments and payouts, looked for on the hour, would come due in the ten minutes
        // the test moves the clock when it crosses an hour, and wait for the orders' invoices).
        QFile file(QDir(workspace).filePath(u"mapping.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray objects;
        for (const QJsonValue &value : root.value(u"objects"_s).toArray()) {
            QJsonObject rule = value.toObject();
            const QString id = rule.value(u"id"_s).toString();
            if (id == u"payment" || id == u"payout")
                continue;
            if (id == u"order")
                rule.insert(u"trigger"_s, QJsonObject{{u"kind"_s, u"webhook"_s}});
            objects.append(rule);
        }
        root.insert(u"objects"_s, objects);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.write(QJsonDocument(root).toJson()) > 0);
        file.close();

        // The engine's clock, moved on by the test.
        auto offset = std::make_shared<std::atomic<qint64>>(0);
        const auto run = [&](int fallbackMinutes) -> int {
            Engine::EngineController controller;
            QSignalSpy started(&controller, &Engine::EngineController::started);
            QSignalSpy finished(&controller, &Engine::EngineController::finished);
            Engine::EngineOptions options;
            options.workspaceDir = workspace;
            options.sandboxUrls = std::pair{up.storeUrl, up.booksUrl};
            options.triggers = true;
            options.tickMs = 20;
            options.webhookFallbackPollMinutes = fallbackMinutes;
            options.executor.clock = [offset] {
                return QDateTime::currentDateTimeUtc().addSecs(offset->load());
            };
            controller.start(options);
            if (!QTest::qWaitFor([&] { return !started.isEmpty(); }, 10000)
                || !started.first().at(0).toBool())
                return -1;
            QTest::qWait(200);
            if (!finished.isEmpty())
                return -2; // nothing is due yet
            offset->fetch_add(10 * 60 + 1);
            // The orders' run.
            const auto orders = [&finished]() -> std::optional<QJsonObject> {
                for (const QList<QVariant> &signal : std::as_const(finished)) {
                    const QJsonObject summary = signal.at(0).toJsonObject();
                    if (summary.value(u"rule"_s).toString() == u"order"_s)
                        return summary;
                }
                return std::nullopt;
            };
            const bool ran = QTest::qWaitFor([&] { return orders().has_value(); }, 15000);
            controller.stop();
            return !ran ? 0 : orders()->value(u"orders_read"_s).toInt();
        };
        // Without the fallback, a webhook object waits for its webhook: ten minutes pass, no run.
        QCOMPARE(run(0), 0);
        // With it, the poll comes after ten minutes and reads the 13 orders.
        QCOMPARE(run(10), 13);
    }

    void runNowDryRunAndReplayThroughTheController()
    {
        QTemporaryDir dir;
        Sandbox::SandboxServices sandbox;
        Sandbox::SandboxStarted up;
        const QString failed = startSandbox(sandbox, dir, up);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QString workspace = dir.filePath(u"workspace"_s);

        Engine::EngineController controller;
        QSignalSpy started(&controller, &Engine::EngineController::started);
        QSignalSpy finished(&controller, &Engine::EngineController::finished);
        QSignalSpy progress(&controller, &Engine::EngineController::progress);
        QSignalSpy errors(&controller, &Engine::EngineController::error);
        Engine::EngineOptions options;
        options.workspaceDir = workspace;
        options.sandboxUrls = std::pair{up.storeUrl, up.booksUrl};
        options.triggers = false;
        controller.start(options);
        QTRY_COMPARE(started.size(), 1);
        QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(1).toString()));

        controller.dryRun();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QJsonObject summary = finished.takeFirst().at(0).toJsonObject();
        QCOMPARE(summary.value(u"phase"_s).toString(), u"dry-run"_s);
        QCOMPARE(summary.value(u"create"_s).toInt(), 13);

        controller.runObjectNow(u"order"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        summary = finished.takeFirst().at(0).toJsonObject();
        QCOMPARE(summary.value(u"created"_s).toInt(), 12);
        QCOMPARE(summary.value(u"dead"_s).toInt(), 1);
        QTRY_VERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 13); // done: 12 invoices and a dead letter

        // Paused: a run request does nothing until resumed.
        controller.pause();
        controller.runObjectNow(u"order"_s);
        QTest::qWait(300);
        QCOMPARE(finished.size(), 0);
        controller.resume();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000); // resume runs what was queued
        finished.clear();

        controller.replayDeadLetter(999999);
        QTRY_VERIFY(!errors.isEmpty());
        QVERIFY2(errors.last().at(0).toString().contains(u"999999"_s),
                 qPrintable(errors.last().at(0).toString()));
        controller.stop();
        QVERIFY(!controller.isRunning());
    }

    /// Payments synced before their orders wait for the invoices: the engine's run ends instead of
    /// sitting out their backoff (the orders' run is not held up), and when the retries come due
    /// the engine runs them by itself.
    void aWaitingPaymentDoesNotHoldTheEngine()
    {
        QTemporaryDir dir;
        Sandbox::SandboxServices sandbox;
        Sandbox::SandboxStarted up;
        const QString failed = startSandbox(sandbox, dir, up);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QString workspace = dir.filePath(u"workspace"_s);

        auto offset = std::make_shared<std::atomic<qint64>>(0);
        Engine::EngineController controller;
        QSignalSpy started(&controller, &Engine::EngineController::started);
        QSignalSpy finished(&controller, &Engine::EngineController::finished);
        Engine::EngineOptions options;
        options.workspaceDir = workspace;
        options.sandboxUrls = std::pair{up.storeUrl, up.booksUrl};
        options.triggers = false;
        options.tickMs = 20;
        options.executor.clock = [offset] {
            return QDateTime::currentDateTimeUtc().addSecs(offset->load());
        };
        // A first retry a minute on, exactly: none comes due while the payments' run lasts, however
        // slow the machine (a retry due within a run is run by it, and counted again).
        options.executor.random = [] {
            return 1.0;
        };
        options.executor.retry.baseDelay = std::chrono::minutes(1);
        controller.start(options);
        QTRY_COMPARE(started.size(), 1);
        QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(1).toString()));

        // The runs the engine reported: asked for one object ("sync"), or the queue woken ("").
        const auto reports = [&finished](const QString &rule) {
            QList<QJsonObject> found;
            for (const QList<QVariant> &signal : std::as_const(finished)) {
                const QJsonObject summary = signal.at(0).toJsonObject();
                const bool woken = summary.value(u"phase"_s).toString() == u"queue"_s;
                if (rule.isEmpty() ? woken : !woken && summary.value(u"rule"_s).toString() == rule)
                    found.append(summary);
            }
            return found;
        };

        // 13 transactions: #1006's refund is skipped, the 12 payments wait for their invoices, and
        // the run ends (it used to wait out their backoff).
        controller.runObjectNow(u"payment"_s);
        QTRY_COMPARE_WITH_TIMEOUT(reports(u"payment"_s).size(), 1, 10000);
        QJsonObject summary = reports(u"payment"_s).first();
        QCOMPARE(summary.value(u"created"_s).toInt(), 0);
        QCOMPARE(summary.value(u"skipped"_s).toInt(), 1);
        QCOMPARE(summary.value(u"retries"_s).toInt(), 12);

        controller.runObjectNow(u"order"_s);
        QTRY_COMPARE_WITH_TIMEOUT(reports(u"order"_s).size(), 1, 10000);

        // An hour on, every retry is due: the engine runs them without being asked. Over all its
        // runs: the 12 invoices (#1012 a dead letter), and 9 payments applied — #1010's order is a
        // dead letter, #1002's and #1004's payments are a cent above their invoices
        // (tests/engine/tst_payments.cpp): 3 dead letters. (A payment whose retry came due during
        // the orders' run was run by it.)
        offset->fetch_add(3600);
        const auto total = [&finished](const QString &key) {
            int sum = 0;
            for (const QList<QVariant> &signal : std::as_const(finished))
                sum += signal.at(0).toJsonObject().value(key).toInt();
            return sum;
        };
        QTRY_COMPARE_WITH_TIMEOUT(total(u"created"_s) + total(u"dead"_s), 25, 15000);
        QCOMPARE(total(u"created"_s), 21);
        QCOMPARE(total(u"dead"_s), 4);
        QVERIFY(!reports({}).isEmpty()); // woken by the retries
        controller.stop();
    }

    // The engine wakes once per retry due time. When the clock goes back an hour, the store moves
    // the due times back with it (JobQueue::followClockBack()), before the time the engine last
    // woke for: it must still wake for them (issue 10, fault matrix: clock jumps).
    void aRetryMovedBackByTheClockWakesTheEngine()
    {
        QTemporaryDir dir;
        Sandbox::SandboxServices sandbox;
        Sandbox::SandboxStarted up;
        const QString failed = startSandbox(sandbox, dir, up);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        auto offset = std::make_shared<std::atomic<qint64>>(0);
        Engine::EngineController controller;
        QSignalSpy started(&controller, &Engine::EngineController::started);
        QSignalSpy finished(&controller, &Engine::EngineController::finished);
        Engine::EngineOptions options;
        options.workspaceDir = dir.filePath(u"workspace"_s);
        options.sandboxUrls = std::pair{up.storeUrl, up.booksUrl};
        options.triggers = false;
        options.tickMs = 20;
        options.executor.clock = [offset] {
            return QDateTime::currentDateTimeUtc().addSecs(offset->load());
        };
        options.executor.random = [] {
            return 1.0;
        };
        options.executor.retry.baseDelay = std::chrono::minutes(1);
        controller.start(options);
        QTRY_COMPARE(started.size(), 1);
        QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(1).toString()));
        const auto woken = [&finished] {
            int n = 0;
            for (const QList<QVariant> &signal : std::as_const(finished))
                n += signal.at(0).toJsonObject().value(u"phase"_s).toString() == u"queue"_s;
            return n;
        };
        controller.runObjectNow(u"payment"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        offset->fetch_add(120); // the first retries are due: the engine wakes once
        QTRY_COMPARE_WITH_TIMEOUT(woken(), 1, 10000);
        offset->fetch_sub(3600); // the clock goes back an hour
        QTest::qWait(300);
        QCOMPARE(woken(), 1);
        offset->fetch_add(600); // past the moved due times, still before the last wake
        QTRY_COMPARE_WITH_TIMEOUT(woken(), 2, 5000);
        controller.stop();
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
