// Without a Secret Service the store must say "unavailable" clearly and never hang or crash.
#include "secrets/credentialstore.h"

#include <QtTest/QTest>

#include <optional>

using namespace Qt::StringLiterals;
using LedgerLink::Secrets::CredentialResult;
using LedgerLink::Secrets::CredentialStore;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // CTest points the session bus at a socket that does not exist.
        QVERIFY(qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("no-such-bus"));
    }

    void writeAndReadReportUnavailable()
    {
        CredentialStore store(u"LedgerLink-test-unavailable"_s);
        std::optional<CredentialResult> result;
        store.write(u"connection/x/token"_s, QByteArray("s3cret-value"), this,
                    [&result](const CredentialResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QCOMPARE(result->status, CredentialResult::Status::Unavailable);
        QVERIFY(result->message.contains(u"connection/x/token"_s));
        QVERIFY(!result->message.contains(u"s3cret"_s));

        result.reset();
        store.read(u"connection/x/token"_s, this, [&result](const CredentialResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QCOMPARE(result->status, CredentialResult::Status::Unavailable);
        QVERIFY(result->secret.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
