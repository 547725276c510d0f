// QuickBooks Online on the studio's Connections page, offscreen, with a real keychain
// (gnome-keyring on the `keyring` CTest fixture's private session bus) and a local stand-in for
// Intuit's OAuth 2.0 server (tests/net/fakeintuitserver.h): the system offered, its account
// labelled and checked as a realm id, "Sign in…" disabled with the reason while the build has no
// Intuit keys, then Intuit's sign-in through an injected browser: the realm id comes back with the
// redirect and is filled in, the access and refresh tokens end up in the keychain only.
#include "../net/fakeintuitserver.h"
#include "signinguitestsupport.h"

#include <QtCore/QDir>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrlQuery>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Studio::ConnectionsPage;
using TestSupport::child;
using TestSupport::FakeBrowser;
using TestSupport::FakeIntuitServer;
using TestSupport::rowLabel;
using TestSupport::text;

class TestQuickBooksSignIn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeIntuitServer m_intuit;

    QString keyOf(const QString &realmId, const char *field) const
    {
        return TestSupport::keychainKey(u"quickbooks"_s, m_intuit.baseUrl(), realmId, field);
    }

    /// A configured workspace: a Shopify store, QuickBooks Online as the ERP at `erpUrl`.
    static void configure(ConnectionsPage &page, const QString &erpUrl)
    {
        TestSupport::configureErp(page, u"quickbooks"_s, erpUrl);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = TestSupport::startSignInPageTest(u"quickbookssignin"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qunsetenv("LEDGERLINK_QUICKBOOKS_CLIENT_ID");
        qunsetenv("LEDGERLINK_QUICKBOOKS_CLIENT_SECRET");
        QVERIFY(m_intuit.listen());
    }

    void cleanupTestCase() { TestSupport::removeIsolatedSettings(); }

    void quickBooksIsOfferedWithARealmId()
    {
        const QString workspace = m_dir.filePath(u"offered"_s);
        QVERIFY(QDir().mkpath(workspace));
        ConnectionsPage page(workspace);
        QVERIFY(TestSupport::showPage(page));
        page.startConfiguring();

        TestSupport::expectOfferedOnTheErpSideOnly(page, u"QuickBooks Online"_s, u"quickbooks"_s);

        configure(page, u"https://quickbooks.api.intuit.com"_s);
        QCOMPARE(rowLabel(&page, u"erpAccount"_s), u"Realm id:"_s);
        QLineEdit *account = child<QLineEdit>(&page, u"erpAccount"_s);
        QCOMPARE(account->placeholderText(), u"the company's realm id (digits), e.g. 1185883450"_s);
        QLineEdit *baseUrl = child<QLineEdit>(&page, u"erpBaseUrl"_s);
        QVERIFY2(baseUrl->toolTip().contains(u"https://sandbox-quickbooks.api.intuit.com"_s),
                 qPrintable(baseUrl->toolTip()));
        QCOMPARE(baseUrl->placeholderText(), u"https://quickbooks.api.intuit.com"_s);
        // QuickBooks signs its webhooks with the app's verifier token: the row stays.
        QVERIFY(child<QLineEdit>(&page, u"erpWebhookSecret"_s)->isVisible());
        QCOMPARE(rowLabel(&page, u"erpWebhookSecret"_s), u"Verifier token:"_s);
        // Intuit's sandbox environment.
        QComboBox *environment = child<QComboBox>(&page, u"erpEnvironment"_s);
        environment->setCurrentIndex(environment->findData(u"sandbox"_s));
        QCOMPARE(baseUrl->placeholderText(), u"https://sandbox-quickbooks.api.intuit.com"_s);
        environment->setCurrentIndex(environment->findData(u"production"_s));

        // No Intuit keys in this build: no sign-in, and the tooltip says why.
        QPushButton *signIn = child<QPushButton>(&page, u"erpSignIn"_s);
        QVERIFY(!signIn->isEnabled());
        QVERIFY2(signIn->toolTip().contains(u"LEDGERLINK_QUICKBOOKS_CLIENT_ID"_s),
                 qPrintable(signIn->toolTip()));
        QVERIFY2(signIn->toolTip().contains(u"LEDGERLINK_QUICKBOOKS_CLIENT_SECRET"_s),
                 qPrintable(signIn->toolTip()));

        // The realm id is a number.
        TestSupport::expectAccountRefused(page, workspace, u"Enter the QuickBooks realm id (company id)."_s,
                                          u"A QuickBooks realm id is a number, e.g. 1185883450."_s);
        TestSupport::verifyScreenshots(&page, u"connections-quickbooks-refused"_s);

        account->setText(u" 1185883450 "_s);
        page.testConnection(ConnectionsPage::Side::Erp); // validates, then tests (no token: refused)
        QVERIFY(!child<QLabel>(&page, u"erpAccountError"_s)->isVisible());
    }

    void theSignInFillsInTheRealmId()
    {
        qputenv("LEDGERLINK_QUICKBOOKS_CLIENT_ID", m_intuit.clientId.toLatin1());
        qputenv("LEDGERLINK_QUICKBOOKS_CLIENT_SECRET", m_intuit.clientSecret.toLatin1());
        const QString workspace = m_dir.filePath(u"signed-in"_s);
        QVERIFY(QDir().mkpath(workspace));
        ConnectionsPage page(workspace);
        QVERIFY(TestSupport::showPage(page));
        configure(page, m_intuit.baseUrl().toString());
        QPushButton *signIn = child<QPushButton>(&page, u"erpSignIn"_s);
        QVERIFY(signIn->isEnabled());
        QVERIFY2(signIn->toolTip().startsWith(u"Signs in with Intuit in your browser"_s),
                 qPrintable(signIn->toolTip()));

        // Waiting for the browser, then cancelled: nothing stored.
        FakeBrowser idle;
        idle.idle = true;
        page.setBrowser(idle.function());
        QSignalSpy finished(&page, &ConnectionsPage::signInFinished);
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_COMPARE(idle.opened.size(), 1);
        TestSupport::expectWaitingForTheBrowser(page, u"Waiting for the browser… Sign in to QuickBooks"_s);
        const QUrlQuery query(idle.opened.first());
        QCOMPARE(query.queryItemValue(u"client_id"_s), m_intuit.clientId);
        QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded), u"com.intuit.quickbooks.accounting"_s);
        QVERIFY(!query.hasQueryItem(u"code_challenge"_s));
        TestSupport::expectCancelledWhileWaiting(page, finished, u"connections-quickbooks-waiting"_s);

        // Signed in: the realm id from Intuit's redirect, the tokens in the keychain.
        FakeBrowser browser;
        page.setBrowser(browser.function());
        const qsizetype tokenRequests = m_intuit.tokenRequests.size();
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(text(&page, u"erpMessage"_s)));
        QCOMPARE(browser.callbackStatus, 200);
        QCOMPARE(m_intuit.tokenRequests.size(), tokenRequests + 1);
        QCOMPARE(m_intuit.tokenRequests.last().header("Authorization"), m_intuit.expectedAuthorization());
        QCOMPARE(text(&page, u"erpMessage"_s),
                 u"Signed in to the QuickBooks company 1185883450. The access and refresh tokens are in the "
                 u"keychain; save to keep the realm id."_s);
        QCOMPARE(child<QLineEdit>(&page, u"erpAccount"_s)->text(), u"1185883450"_s);
        TestSupport::expectTokenKeptInTheKeychain(page);

        const Secrets::CredentialResult access =
            TestSupport::keychainRead(keyOf(u"1185883450"_s, Engine::accessTokenField));
        QCOMPARE(access.status, Secrets::CredentialResult::Status::Ok);
        QVERIFY(m_intuit.isAccessToken(access.secret));
        const Secrets::CredentialResult refresh =
            TestSupport::keychainRead(keyOf(u"1185883450"_s, Engine::refreshTokenField));
        QCOMPARE(refresh.status, Secrets::CredentialResult::Status::Ok);
        QVERIFY(refresh.secret.startsWith("RT1-"));
        QVERIFY(!text(&page, u"erpMessage"_s).contains(QString::fromLatin1(access.secret)));
        TestSupport::verifyScreenshots(&page, u"connections-quickbooks-signed-in"_s);

        // Saved: connections.json has the realm id and no token.
        TestSupport::expectSavedWithoutSecrets(page, workspace, {access.secret, refresh.secret},
                                               u"quickbooks"_s, u"1185883450"_s);

        // A denial is shown, and nothing changes.
        m_intuit.deny = true;
        TestSupport::expectDenied(page, finished, 3, u"1185883450"_s);
        qunsetenv("LEDGERLINK_QUICKBOOKS_CLIENT_ID");
        qunsetenv("LEDGERLINK_QUICKBOOKS_CLIENT_SECRET");
    }
};

QTEST_MAIN(TestQuickBooksSignIn)
#include "tst_quickbookssignin.moc"
