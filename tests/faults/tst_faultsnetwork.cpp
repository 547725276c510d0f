// The network rows of the fault matrix (issue 10): the executor syncs the sandbox store's orders
// into the sandbox books through the real Shopify and Xero connectors while a fault proxy
// (tests/common/faultproxy.h) on 127.0.0.1 stands between it and the books and breaks exchanges
// the way networks do. Each test asserts that nothing is lost (every order ends as exactly one
// invoice, or as a dead letter that a replay turns into one once the fault clears), that nothing
// is duplicated (one invoice per order in the books), and that a fault a person must fix (an
// untrusted certificate, a host name that does not resolve) says so in plain words.
// Time comes from a fake clock advanced by the executor's sleeper, so backoff never sleeps; only
// the dripping answer waits for real, for the shortened request timeout.
#include "connectorinvoices.h"
#include "connectors/connector.h"
#include "engine/deadletters.h"
#include "engine/executor.h"
#include "engine/workspaceconfig.h"
#include "faultproxy.h"
#include "net/httpclient.h"
#include "privateca.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxservices.h"
#include "sandboxworkspace.h"
#include "store/auditlog.h"
#include "store/deadletterrepository.h"
#include "store/statestore.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>
#include <QtCore/QMutex>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Test::FaultProxy;
using Test::ProxyFault;

namespace {

/// The seeded orders: 13, of which one names a SKU the books do not know (a permanent 400 that is
/// dead-lettered whatever the network does), so a clean sync creates 12 invoices.
constexpr int seededOrders = 13;
constexpr int writableOrders = 12;

const QString invoicesPath = u"/api.xro/2.0/Invoices"_s;

struct FakeClock
{
    QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
    QMutex mutex;
};

struct Fixture
{
    QTemporaryDir dir;
    Sandbox::SandboxServices sandbox;
    std::shared_ptr<FakeClock> clock = std::make_shared<FakeClock>();
    std::unique_ptr<Store::StateStore> store;
    std::unique_ptr<FaultProxy> proxy;
    QString error;
    /// The workspace has a connections.json of its own (useConnectionsFile()).
    bool ownWorkspace = false;

    QString workspaceDir() const { return dir.filePath(u"workspace"_s); }

    /// The sandbox, the workspace's state store and the bundled mapping, and a fault proxy in
    /// front of the books (TLS with `certificate`).
    bool start(const QSslCertificate &certificate = QSslCertificate(), const QSslKey &key = QSslKey())
    {
        Sandbox::SandboxOptions options;
        options.dataDir = dir.filePath(u"sandbox"_s);
        const Sandbox::SandboxStarted started = sandbox.start(options);
        if (!started.ok) {
            error = started.error;
            return false;
        }
        QDir().mkpath(workspaceDir());
        store = std::make_unique<Store::StateStore>(
            Store::StoreLocation::sqlite(dir.filePath(u"workspace/state.sqlite"_s)));
        if (auto opened = store->open(); !opened) {
            error = opened.error().message;
            return false;
        }
        QFile bundled(u":/ledgerlink/mappings/sandbox.mapping.json"_s);
        QFile mapping(dir.filePath(u"workspace/mapping.json"_s));
        if (!bundled.open(QIODevice::ReadOnly) || !mapping.open(QIODevice::WriteOnly)
            || mapping.write(bundled.readAll()) <= 0) {
            error = u"cannot copy the sandbox mapping"_s;
            return false;
        }
        proxy = std::make_unique<FaultProxy>(sandbox.booksUrl());
        return proxy->start(&error, certificate, key);
    }

    /// Makes the workspace one of its own instead of the sandbox workspace: a connections.json
    /// naming the sandbox store and, as the books, the proxy (Testing::writeSandboxWorkspace; the
    /// mapping in the one-direction stage). config() then reads it from there.
    bool useConnectionsFile()
    {
        if (!Testing::writeSandboxWorkspace(workspaceDir(), sandbox.storeUrl(), proxy->url())) {
            error = u"cannot write the workspace's connections.json"_s;
            return false;
        }
        ownWorkspace = true;
        return true;
    }

    /// The workspace with the books reached at `books` (by default through the proxy). A workspace
    /// of its own gets the sandbox's tokens, as the studio gets them from the keychain.
    std::optional<Engine::WorkspaceConfig> config(std::optional<QUrl> books = std::nullopt)
    {
        auto config = Engine::loadWorkspaceConfig(
            workspaceDir(), &error, std::pair{sandbox.storeUrl(), books ? *books : proxy->url()});
        if (config && ownWorkspace) {
            config->store.accessToken = Sandbox::Credentials::shopAccessTokenText;
            config->erp.accessToken = Sandbox::Credentials::xeroAccessTokenText;
            if (books)
                config->erp.baseUrl = *books;
        }
        return config;
    }

    Engine::ExecutorOptions options(std::chrono::milliseconds timeout = std::chrono::milliseconds(3000))
    {
        Engine::ExecutorOptions options;
        auto clock = this->clock;
        options.clock = [clock] {
            const QMutexLocker locker(&clock->mutex);
            return clock->now;
        };
        options.sleeper = [clock](std::chrono::milliseconds delay) {
            const QMutexLocker locker(&clock->mutex);
            clock->now = clock->now.addMSecs(delay.count());
        };
        options.allowWrites = true;
        options.random = [] {
            return 1.0;
        };
        options.requestTimeout = timeout;
        return options;
    }

    /// Queues a pull and runs the queue to the end with the books at `books`.
    Engine::RunSummary run(std::optional<QUrl> books = std::nullopt, bool pull = true,
                           std::chrono::milliseconds timeout = std::chrono::milliseconds(3000))
    {
        Engine::RunSummary failed;
        auto workspace = config(books);
        if (!workspace) {
            failed.error = error;
            return failed;
        }
        Engine::Executor executor(*workspace, *store, options(timeout));
        if (!executor.open(&error) || (pull && !executor.enqueuePull(&error))) {
            failed.error = error;
            return failed;
        }
        const Engine::RunSummary summary = executor.runUntilIdle();
        qInfo("run: %s", QJsonDocument(summary.toJson()).toJson(QJsonDocument::Compact).constData());
        return summary;
    }

    /// The sandbox books' invoices, read directly with the sandbox's credentials (not through the
    /// proxy, and whatever the workspace's configuration says): Reference → how many.
    QHash<QString, int> invoices()
    {
        Connectors::ConnectorConfig books;
        books.system = u"xero"_s;
        books.baseUrl = sandbox.booksUrl();
        books.account = Sandbox::Credentials::xeroTenantId();
        books.accessToken = Sandbox::Credentials::xeroAccessTokenText;
        return Testing::invoiceReferences(books);
    }

    /// Dead letters not replayed yet.
    QList<Store::DeadLetter> openDeadLetters()
    {
        QList<Store::DeadLetter> open;
        auto letters = Store::DeadLetterRepository(*store).list();
        if (letters) {
            for (const Store::DeadLetter &letter : letters.value())
                if (!letter.replayed)
                    open.append(letter);
        }
        return open;
    }

    /// Replays every open dead letter; false when one cannot be replayed.
    bool replayAll()
    {
        for (const Store::DeadLetter &letter : openDeadLetters()) {
            if (!Engine::replayDeadLetter(*store, letter.id, &error))
                return false;
        }
        return true;
    }

    /// The errors of the audit rows whose result is `result`, one per line.
    QString auditErrors(const QString &result)
    {
        Store::AuditQuery query;
        query.result = result;
        query.limit = 1000;
        query.withBodies = false;
        QStringList errors;
        if (auto rows = Store::AuditLog(*store).query(query)) {
            for (const Store::AuditEntry &row : rows.value())
                errors.append(row.error);
        }
        return errors.join(u'\n');
    }
};

/// Exactly one invoice for each of `expected` orders.
bool oneInvoiceEach(Fixture &fixture, int expected, QString *why)
{
    const QHash<QString, int> invoices = fixture.invoices();
    if (invoices.size() != expected) {
        *why = u"%1 orders have invoices, expected %2"_s.arg(invoices.size()).arg(expected);
        return false;
    }
    for (auto it = invoices.cbegin(); it != invoices.cend(); ++it) {
        if (it.value() != 1) {
            *why = u"%1 invoices for %2"_s.arg(it.value()).arg(it.key());
            return false;
        }
    }
    return true;
}

} // namespace

class TestFaultsNetwork : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { qunsetenv(Net::caBundleVariable); }

    /// Connection reset mid-request: once before the books saw the write, once after the books
    /// carried it out and 40 bytes of the answer were on their way. Both are retried; the retry
    /// after the second finds the invoices written instead of writing them again.
    void connectionResetMidRequestWritesEachInvoiceOnce()
    {
        Fixture fixture;
        QVERIFY2(fixture.start(), qPrintable(fixture.error));
        fixture.proxy->addFault({ProxyFault::Kind::ResetBeforeForwarding, "PUT", invoicesPath, 1, 0, 0});
        fixture.proxy->addFault({ProxyFault::Kind::ResetAfterBytes, "PUT", invoicesPath, 1, 40, 0});
        const Engine::RunSummary summary = fixture.run();
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QCOMPARE(fixture.proxy->applied(ProxyFault::Kind::ResetBeforeForwarding), 1);
        QCOMPARE(fixture.proxy->applied(ProxyFault::Kind::ResetAfterBytes), 1);
        QCOMPARE(summary.ordersRead, seededOrders);
        QCOMPARE(summary.created, writableOrders);
        QCOMPARE(summary.dead, 1); // the seeded order whose SKU the books do not know
        QVERIFY(summary.retries >= 2);
        QString why;
        QVERIFY2(oneInvoiceEach(fixture, writableOrders, &why), qPrintable(why));
        const QString retried = fixture.auditErrors(u"retry"_s);
        QVERIFY2(retried.contains(u"got no answer: No HTTP answer from 127.0.0.1"_s), qPrintable(retried));
    }

    /// A body shorter than its Content-Length (the connection closed early): the write was carried
    /// out, its answer is lost; the retry finds the invoices.
    void truncatedBodyIsRetriedAndWritesEachInvoiceOnce()
    {
        Fixture fixture;
        QVERIFY2(fixture.start(), qPrintable(fixture.error));
        fixture.proxy->addFault({ProxyFault::Kind::TruncateBody, "PUT", invoicesPath, 2, 0, 0});
        const Engine::RunSummary summary = fixture.run();
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QCOMPARE(fixture.proxy->applied(ProxyFault::Kind::TruncateBody), 2);
        QCOMPARE(summary.created, writableOrders);
        QCOMPARE(summary.dead, 1);
        QVERIFY(summary.retries >= 2);
        QString why;
        QVERIFY2(oneInvoiceEach(fixture, writableOrders, &why), qPrintable(why));
        const QString retried = fixture.auditErrors(u"retry"_s);
        QVERIFY2(
            retried.contains(u"got no answer: The answer from 127.0.0.1 was cut off: the connection ended "
                             "after HTTP 200 and "_s),
            qPrintable(retried));
    }

    /// An answer dripping in one byte a second never trips a transfer (inactivity) timeout; the
    /// client's deadline ends it after the request timeout (1.5 s here), and the retry finds
    /// the invoices the books wrote.
    void drippingAnswerEndsAtTheDeadlineAndWritesEachInvoiceOnce()
    {
        Fixture fixture;
        QVERIFY2(fixture.start(), qPrintable(fixture.error));
        fixture.proxy->addFault({ProxyFault::Kind::Drip, "PUT", invoicesPath, 1, 0, 1000});
        QElapsedTimer real;
        real.start();
        const Engine::RunSummary summary = fixture.run(std::nullopt, true, std::chrono::milliseconds(1500));
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QCOMPARE(fixture.proxy->applied(ProxyFault::Kind::Drip), 1);
        QCOMPARE(summary.created, writableOrders);
        QCOMPARE(summary.dead, 1);
        QString why;
        QVERIFY2(oneInvoiceEach(fixture, writableOrders, &why), qPrintable(why));
        const QString retried = fixture.auditErrors(u"retry"_s);
        QVERIFY2(retried.contains(u"The answer from 127.0.0.1 was not complete within 1500 ms."_s),
                 qPrintable(retried));
        // The dripped answer is several hundred bytes: waiting for it would take minutes.
        QVERIFY2(real.elapsed() < 60000, "the deadline must end the dripping answer");
    }

    /// A proxy's HTML "502 Bad Gateway" page instead of the API's JSON: transient, retried, and
    /// nothing reached the books on those attempts.
    void htmlBadGatewayPageIsRetriedAndWritesEachInvoiceOnce()
    {
        Fixture fixture;
        QVERIFY2(fixture.start(), qPrintable(fixture.error));
        fixture.proxy->addFault({ProxyFault::Kind::HtmlBadGateway, "PUT", invoicesPath, 2, 0, 0});
        const Engine::RunSummary summary = fixture.run();
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QCOMPARE(fixture.proxy->applied(ProxyFault::Kind::HtmlBadGateway), 2);
        QCOMPARE(summary.created, writableOrders);
        QCOMPARE(summary.dead, 1);
        QVERIFY(summary.retries >= 2);
        QString why;
        QVERIFY2(oneInvoiceEach(fixture, writableOrders, &why), qPrintable(why));
        const QString retried = fixture.auditErrors(u"retry"_s);
        QVERIFY2(retried.contains(u"failed with HTTP 502"_s), qPrintable(retried));
    }

    /// DNS failure: the books' host name is under .invalid (RFC 6761: never resolves). Every order
    /// is retried, then dead-lettered with a message that names the host and what to check;
    /// once the address is corrected, replaying the dead letters writes each invoice once.
    void unresolvableHostIsDeadLetteredThenReplayed()
    {
        Fixture fixture;
        QVERIFY2(fixture.start(), qPrintable(fixture.error));
        QUrl unresolvable = fixture.sandbox.booksUrl();
        unresolvable.setHost(u"books.ledgerlink-test.invalid"_s);
        const Engine::RunSummary failed = fixture.run(unresolvable);
        QVERIFY2(failed.error.isEmpty(), qPrintable(failed.error));
        QCOMPARE(failed.ordersRead, seededOrders);
        QCOMPARE(failed.created, 0);
        QVERIFY(failed.retries >= 1); // transient: the network may come back
        const QList<Store::DeadLetter> letters = fixture.openDeadLetters();
        QCOMPARE(letters.size(), seededOrders); // nothing lost
        const QString message =
            u"The host name books.ledgerlink-test.invalid cannot be resolved (DNS): check "
            "the address of the connection and this computer's network."_s;
        for (const Store::DeadLetter &letter : letters)
            QVERIFY2(letter.error.contains(message), qPrintable(letter.error));
        QCOMPARE(fixture.invoices().size(), 0);

        QVERIFY2(fixture.replayAll(), qPrintable(fixture.error));
        const Engine::RunSummary replayed = fixture.run(std::nullopt, false);
        QVERIFY2(replayed.error.isEmpty(), qPrintable(replayed.error));
        QCOMPARE(replayed.created, writableOrders);
        QCOMPARE(replayed.dead, 1);
        QString why;
        QVERIFY2(oneInvoiceEach(fixture, writableOrders, &why), qPrintable(why));
    }

    /// TLS with a certificate no system authority signed: refused (verification is never turned
    /// off), every order dead-lettered at once with a message that says how to trust a private
    /// CA, nothing reaches the books. With the CA added through LEDGERLINK_CA_BUNDLE, replaying
    /// the dead letters writes each invoice once.
    void untrustedCertificateIsRefusedUntilTheCaIsAdded()
    {
        QTemporaryDir certs;
        QSslCertificate certificate;
        QSslKey key;
        QString error;
        QVERIFY2(Testing::makeSelfSignedCertificate(certs.path(), &certificate, &key, &error),
                 qPrintable(error));
        Fixture fixture;
        QVERIFY2(fixture.start(certificate, key), qPrintable(fixture.error));
        QCOMPARE(fixture.proxy->url().scheme(), u"https"_s);

        const Engine::RunSummary refused = fixture.run();
        QVERIFY2(refused.error.isEmpty(), qPrintable(refused.error));
        QCOMPARE(refused.created, 0);
        QCOMPARE(refused.retries, 0); // permanent: retrying cannot make the certificate trusted
        QCOMPARE(fixture.proxy->forwarded(), 0);
        QTRY_VERIFY(fixture.proxy->handshakesFailed() >= 1); // counted on the proxy thread
        const QList<Store::DeadLetter> letters = fixture.openDeadLetters();
        QCOMPARE(letters.size(), seededOrders);
        const QString message =
            u"The TLS certificate of 127.0.0.1 is not trusted (The certificate is self-signed, and "
            u"untrusted). "
            "LedgerLink never turns certificate checks off: if the server uses a private certificate "
            "authority, "
            "add its certificate with the LEDGERLINK_CA_BUNDLE environment variable or \"ca_bundle\" in "
            "connections.json."_s;
        for (const Store::DeadLetter &letter : letters)
            QVERIFY2(letter.error.contains(message), qPrintable(letter.error));

        // A bundle that is not there is a clear configuration error, not a silent fallback.
        qputenv(Net::caBundleVariable, QFile::encodeName(certs.filePath(u"missing.pem"_s)));
        QVERIFY(!fixture.config());
        QVERIFY2(fixture.error.startsWith(u"LEDGERLINK_CA_BUNDLE: "_s + certs.filePath(u"missing.pem"_s)
                                          + u": cannot read the certificate authority bundle: "_s),
                 qPrintable(fixture.error));
        qputenv(Net::caBundleVariable, QFile::encodeName(certs.filePath(u"key.pem"_s)));
        QVERIFY(!fixture.config());
        QCOMPARE(fixture.error,
                 u"LEDGERLINK_CA_BUNDLE: "_s + certs.filePath(u"key.pem"_s)
                     + u": holds no PEM certificate (-----BEGIN CERTIFICATE-----)"_s);

        qputenv(Net::caBundleVariable, QFile::encodeName(certs.filePath(u"cert.pem"_s)));
        const auto trusting = fixture.config();
        QVERIFY2(trusting, qPrintable(fixture.error));
        QCOMPARE(trusting->caCertificates, QList<QSslCertificate>{certificate});
        QVERIFY2(fixture.replayAll(), qPrintable(fixture.error));
        const Engine::RunSummary replayed = fixture.run(std::nullopt, false);
        QVERIFY2(replayed.error.isEmpty(), qPrintable(replayed.error));
        QCOMPARE(replayed.created, writableOrders);
        QCOMPARE(replayed.dead, 1);
        QVERIFY(fixture.proxy->forwarded() >= 1);
        QString why;
        QVERIFY2(oneInvoiceEach(fixture, writableOrders, &why), qPrintable(why));
    }

    /// The same private CA trusted by one workspace only: connections.json's "ca_bundle", a path
    /// relative to the workspace folder, and no LEDGERLINK_CA_BUNDLE. A bundle that is not there
    /// and a file without a certificate each stop the workspace with an error naming both files,
    /// before anything reaches the proxy or the books. Without "ca_bundle" the certificate is refused
    /// as in the sandbox workspace; with it, replaying the dead letters writes each invoice once
    /// through the TLS proxy.
    void caBundleInConnectionsJsonIsTrustedWithoutTheVariable()
    {
        QVERIFY(qEnvironmentVariableIsEmpty(Net::caBundleVariable));
        Fixture fixture;
        const QString tls = fixture.dir.filePath(u"workspace/tls"_s);
        QVERIFY(QDir().mkpath(tls));
        QSslCertificate certificate;
        QSslKey key;
        QString error;
        QVERIFY2(Testing::makeSelfSignedCertificate(tls, &certificate, &key, &error), qPrintable(error));
        QVERIFY2(fixture.start(certificate, key), qPrintable(fixture.error));
        QCOMPARE(fixture.proxy->url().scheme(), u"https"_s);
        QVERIFY2(fixture.useConnectionsFile(), qPrintable(fixture.error));
        const QString connections = Engine::connectionsFilePath(fixture.workspaceDir());

        // A relative path to nothing: the workspace does not load, the run does not start.
        QVERIFY(Testing::setCaBundle(fixture.workspaceDir(), u"tls/missing.pem"_s));
        QFile missing(tls + u"/missing.pem"_s);
        QVERIFY(!missing.open(QIODevice::ReadOnly));
        const Engine::RunSummary notThere = fixture.run();
        QCOMPARE(notThere.error,
                 connections + u": \"ca_bundle\": "_s + tls
                     + u"/missing.pem: cannot read the certificate authority bundle: "_s
                     + missing.errorString());
        // A PEM file without a certificate (the private key).
        QVERIFY(Testing::setCaBundle(fixture.workspaceDir(), u"tls/key.pem"_s));
        const Engine::RunSummary noCertificate = fixture.run();
        QCOMPARE(noCertificate.error,
                 connections + u": \"ca_bundle\": "_s + tls
                     + u"/key.pem: holds no PEM certificate (-----BEGIN CERTIFICATE-----)"_s);
        // Nothing was tried: no connection to the proxy, no invoice, no audit row, no dead letter.
        QCOMPARE(fixture.proxy->forwarded(), 0);
        QCOMPARE(fixture.proxy->handshakesFailed(), 0);
        QCOMPARE(fixture.invoices().size(), 0);
        QCOMPARE(fixture.openDeadLetters().size(), 0);
        QCOMPARE(Store::AuditLog(*fixture.store).count({}).value(), 0);

        // No "ca_bundle": refused, as in the sandbox workspace; every order is a dead letter.
        QVERIFY(Testing::setCaBundle(fixture.workspaceDir(), QString()));
        const Engine::RunSummary refused = fixture.run();
        QVERIFY2(refused.error.isEmpty(), qPrintable(refused.error));
        QCOMPARE(refused.ordersRead, seededOrders);
        QCOMPARE(refused.created, 0);
        QCOMPARE(refused.retries, 0);
        QCOMPARE(fixture.proxy->forwarded(), 0);
        QTRY_VERIFY(fixture.proxy->handshakesFailed() >= 1);
        const QList<Store::DeadLetter> letters = fixture.openDeadLetters();
        QCOMPARE(letters.size(), seededOrders);
        for (const Store::DeadLetter &letter : letters)
            QVERIFY2(letter.error.contains(u"The TLS certificate of 127.0.0.1 is not trusted"_s),
                     qPrintable(letter.error));
        QCOMPARE(fixture.invoices().size(), 0);

        // The certificate, relative to the workspace folder: trusted by this workspace.
        QVERIFY(Testing::setCaBundle(fixture.workspaceDir(), u"tls/cert.pem"_s));
        const auto trusting = fixture.config();
        QVERIFY2(trusting, qPrintable(fixture.error));
        QVERIFY(!trusting->sandbox);
        QCOMPARE(trusting->erp.baseUrl, fixture.proxy->url());
        QCOMPARE(trusting->caCertificates, QList<QSslCertificate>{certificate});
        QVERIFY2(fixture.replayAll(), qPrintable(fixture.error));
        const Engine::RunSummary replayed = fixture.run(std::nullopt, false);
        QVERIFY2(replayed.error.isEmpty(), qPrintable(replayed.error));
        QCOMPARE(replayed.created, writableOrders);
        QCOMPARE(replayed.dead, 1); // the seeded order whose SKU the books do not know
        QVERIFY(fixture.proxy->forwarded() >= writableOrders);
        QString why;
        QVERIFY2(oneInvoiceEach(fixture, writableOrders, &why), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestFaultsNetwork)
#include "tst_faultsnetwork.moc"
