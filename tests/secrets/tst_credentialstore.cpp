// CredentialStore against a real Secret Service: gnome-keyring on a private session bus,
// started by the `keyring` CTest fixture (tests/fixtures/keyring.sh).
#include "secrets/credentialstore.h"

#include <QtCore/QProcess>
#include <QtTest/QTest>

#include <optional>

using namespace Qt::StringLiterals;
using LedgerLink::Secrets::CredentialResult;
using LedgerLink::Secrets::CredentialStore;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    // Runs one asynchronous keychain call and waits (in the event loop) for its answer.
    template<typename Call>
    CredentialResult wait(Call call)
    {
        std::optional<CredentialResult> result;
        call([&result](const CredentialResult &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
            return CredentialResult{CredentialResult::Status::Error, {}, u"timed out"_s};
        return *result;
    }

    // A service name of its own per run, so leftovers of an aborted run never interfere.
    const QString m_service = u"LedgerLink-test-"_s + QString::number(QCoreApplication::applicationPid());

private slots:
    void initTestCase()
    {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        if (!bus.startsWith("unix:path=") || !QFile::exists(QString::fromLocal8Bit(bus.mid(10))))
            QFAIL("No private session bus: run this test through CTest so the `keyring` fixture starts it");
    }

    void writeReadOverwriteRemove()
    {
        CredentialStore store(m_service);
        const QString key = CredentialStore::connectionKey(u"shop-1"_s, u"access_token"_s);
        QCOMPARE(key, u"connection/shop-1/access_token"_s);

        auto r = wait([&](auto done) { store.read(key, this, done); });
        QCOMPARE(r.status, CredentialResult::Status::NotFound);
        QVERIFY(r.secret.isEmpty());

        static constexpr char raw[] = "shpat_0123456789abcdef\x00\xff binary"; // a NUL and a non-UTF-8 byte
        const QByteArray secret(raw, sizeof raw - 1); // 31 bytes (it read 33, past the literal: ASan)
        r = wait([&](auto done) { store.write(key, secret, this, done); });
        QCOMPARE(r.status, CredentialResult::Status::Ok);
        QVERIFY2(!r.message.contains(u"shpat"_s), "a result message must never carry the secret");

        r = wait([&](auto done) { store.read(key, this, done); });
        QCOMPARE(r.status, CredentialResult::Status::Ok);
        QCOMPARE(r.secret, secret);

        r = wait([&](auto done) { store.write(key, QByteArray("rotated"), this, done); });
        QCOMPARE(r.status, CredentialResult::Status::Ok);
        r = wait([&](auto done) { store.read(key, this, done); });
        QCOMPARE(r.secret, QByteArray("rotated"));

        // Another key of the same service is independent.
        const QString other = CredentialStore::connectionKey(u"books-1"_s, u"refresh_token"_s);
        r = wait([&](auto done) { store.read(other, this, done); });
        QCOMPARE(r.status, CredentialResult::Status::NotFound);

        r = wait([&](auto done) { store.remove(key, this, done); });
        QCOMPARE(r.status, CredentialResult::Status::Ok);
        r = wait([&](auto done) { store.read(key, this, done); });
        QCOMPARE(r.status, CredentialResult::Status::NotFound);
    }

    void secretIsReallyInTheKeyring()
    {
        // Read back through a different client (secret-tool; QtKeychain stores server=<service>,
        // user=<key>) to prove the value went to the
        // Secret Service and not to some file of ours.
        CredentialStore store(m_service);
        const QString key = u"connection/probe/password"_s;
        auto r = wait([&](auto done) { store.write(key, QByteArray("pg-secret-42"), this, done); });
        QCOMPARE(r.status, CredentialResult::Status::Ok);

        QProcess tool;
        tool.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, m_service, u"user"_s, key});
        QVERIFY2(tool.waitForFinished(20000), "secret-tool did not finish");
        QCOMPARE(tool.exitCode(), 0);
        // Binary secrets are kept base64-encoded (attribute type=base64).
        QCOMPARE(QByteArray::fromBase64(tool.readAllStandardOutput().trimmed()), QByteArray("pg-secret-42"));

        r = wait([&](auto done) { store.remove(key, this, done); });
        QCOMPARE(r.status, CredentialResult::Status::Ok);
    }

    void destroyedContextGetsNoCallback()
    {
        CredentialStore store(m_service);
        bool called = false;
        auto *context = new QObject;
        store.read(u"connection/none/x"_s, context, [&called](const CredentialResult &) { called = true; });
        delete context;
        // Give the keychain time to answer; the callback must not run for a dead context.
        std::optional<CredentialResult> probe;
        store.read(u"connection/none/y"_s, this, [&probe](const CredentialResult &r) { probe = r; });
        QTRY_VERIFY_WITH_TIMEOUT(probe.has_value(), 20000);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
