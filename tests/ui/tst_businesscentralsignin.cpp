// Dynamics 365 Business Central on the studio's Connections page, offscreen, with a real keychain
// (gnome-keyring on the `keyring` CTest fixture's private session bus) and a local stand-in for the
// Microsoft identity platform and Business Central's company list
// (tests/net/fakemicrosoftidentity.h): the system offered, its account labelled and checked as a
// company id (a GUID), no webhook secret asked for, "Sign in…" disabled with the reason while the
// build has no client id, then the sign-in through an injected browser (PKCE, a public client):
// the environment lists two companies, the second is chosen in the dialog, its id is filled in and
// the access and refresh tokens end up in the keychain only. No live Microsoft tenant is used.
#include "../net/fakemicrosoftidentity.h"
#include "signinguitestsupport.h"

#include <QtCore/QDir>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrlQuery>
#include <QtWidgets/QListWidget>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Studio::ConnectionsPage;
using TestSupport::child;
using TestSupport::FakeBrowser;
using TestSupport::FakeMicrosoftIdentity;
using TestSupport::rowLabel;
using TestSupport::text;

namespace {

QDialog *companyDialog()
{
    return TestSupport::visibleDialog(u"businessCentralCompanyDialog"_s);
}

} // namespace

class TestBusinessCentralSignIn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeMicrosoftIdentity m_microsoft;

    Secrets::CredentialResult keychainRead(const QString &companyId, const char *field) const
    {
        return TestSupport::keychainRead(
            TestSupport::keychainKey(u"businesscentral"_s, m_microsoft.baseUrl(), companyId, field));
    }

    /// A configured workspace: a Shopify store, Business Central as the ERP at `erpUrl`.
    static void configure(ConnectionsPage &page, const QString &erpUrl)
    {
        TestSupport::configureErp(page, u"businesscentral"_s, erpUrl);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = TestSupport::startSignInPageTest(u"businesscentralsignin"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qunsetenv("LEDGERLINK_BUSINESSCENTRAL_CLIENT_ID");
        QVERIFY(m_microsoft.listen());
    }

    void cleanupTestCase() { TestSupport::removeIsolatedSettings(); }

    void businessCentralIsOfferedWithACompanyId()
    {
        const QString workspace = m_dir.filePath(u"offered"_s);
        QVERIFY(QDir().mkpath(workspace));
        ConnectionsPage page(workspace);
        QVERIFY(TestSupport::showPage(page));
        page.startConfiguring();

        TestSupport::expectOfferedOnTheErpSideOnly(page, u"Dynamics 365 Business Central"_s,
                                                   u"businesscentral"_s);

        configure(page,
                  u"https://api.businesscentral.dynamics.com/v2.0/"_s + m_microsoft.tenantId
                      + u"/production/api"_s);
        QCOMPARE(rowLabel(&page, u"erpAccount"_s), u"Company id:"_s);
        QLineEdit *account = child<QLineEdit>(&page, u"erpAccount"_s);
        QCOMPARE(account->placeholderText(),
                 u"the company's id (a GUID; GET …/api/v2.0/companies lists them)"_s);
        QLineEdit *baseUrl = child<QLineEdit>(&page, u"erpBaseUrl"_s);
        QVERIFY2(baseUrl->toolTip().contains(u"https://api.businesscentral.dynamics.com/v2.0/<tenant id>/"_s),
                 qPrintable(baseUrl->toolTip()));
        baseUrl->clear();
        QCOMPARE(baseUrl->placeholderText(),
                 u"https://api.businesscentral.dynamics.com/v2.0/<tenant>/production/api"_s);
        baseUrl->setText(u"https://api.businesscentral.dynamics.com/v2.0/"_s + m_microsoft.tenantId
                         + u"/production/api"_s);
        // Business Central sends no signed webhooks LedgerLink uses: no secret to ask for.
        QVERIFY(!child<QLineEdit>(&page, u"erpWebhookSecret"_s)->isVisible());

        // No client id in this build: no sign-in, and the tooltip says why.
        QPushButton *signIn = child<QPushButton>(&page, u"erpSignIn"_s);
        QVERIFY(!signIn->isEnabled());
        QVERIFY2(signIn->toolTip().contains(u"LEDGERLINK_BUSINESSCENTRAL_CLIENT_ID"_s),
                 qPrintable(signIn->toolTip()));

        // The company id is a GUID.
        TestSupport::expectAccountRefused(
            page, workspace, u"Enter the Business Central company id."_s,
            u"A Business Central company id looks like 00000000-0000-0000-0000-000000000000."_s);
        QLabel *error = child<QLabel>(&page, u"erpAccountError"_s);
        // The access token's row keeps its height under the wrapped error, without the webhook row
        // (Qt 6.4's QFormLayout sized a row hidden with setRowVisible() into it).
        QLineEdit *accessToken = child<QLineEdit>(&page, u"erpAccessToken"_s);
        QVERIFY(accessToken->isVisible());
        QCOMPARE(accessToken->height(), accessToken->sizeHint().height());
        QVERIFY(accessToken->geometry().top() >= error->geometry().bottom());
        TestSupport::verifyScreenshots(&page, u"connections-businesscentral-refused"_s);

        account->setText(u" "_s + m_microsoft.companies.first().id + u' ');
        page.testConnection(ConnectionsPage::Side::Erp); // validates, then tests (no token: refused)
        QVERIFY(!error->isVisible());

        // Another system brings the webhook row back.
        QComboBox *system = child<QComboBox>(&page, u"erpSystem"_s);
        system->setCurrentIndex(system->findData(u"quickbooks"_s));
        QVERIFY(child<QLineEdit>(&page, u"erpWebhookSecret"_s)->isVisible());
    }

    void theSignInListsTheCompaniesAndFillsInTheChosenOne()
    {
        qputenv("LEDGERLINK_BUSINESSCENTRAL_CLIENT_ID", m_microsoft.clientId.toLatin1());
        const QString workspace = m_dir.filePath(u"signed-in"_s);
        QVERIFY(QDir().mkpath(workspace));
        ConnectionsPage page(workspace);
        QVERIFY(TestSupport::showPage(page));
        configure(page, m_microsoft.baseUrl().toString());
        QPushButton *signIn = child<QPushButton>(&page, u"erpSignIn"_s);
        QPushButton *cancel = child<QPushButton>(&page, u"erpCancelSignIn"_s);
        QVERIFY(signIn->isEnabled());
        QVERIFY2(signIn->toolTip().startsWith(u"Signs in with Microsoft in your browser"_s),
                 qPrintable(signIn->toolTip()));

        // Waiting for the browser, then cancelled: nothing stored.
        FakeBrowser idle;
        idle.idle = true;
        page.setBrowser(idle.function());
        QSignalSpy finished(&page, &ConnectionsPage::signInFinished);
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_COMPARE(idle.opened.size(), 1);
        TestSupport::expectWaitingForTheBrowser(page,
                                                u"Waiting for the browser… Sign in with your Microsoft"_s);
        const QUrlQuery query(idle.opened.first());
        QCOMPARE(idle.opened.first().path(), m_microsoft.identityPath(u"authorize"_s));
        QCOMPARE(query.queryItemValue(u"client_id"_s), m_microsoft.clientId);
        QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded),
                 u"https://api.businesscentral.dynamics.com/.default offline_access"_s);
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        TestSupport::expectCancelledWhileWaiting(page, finished, u"connections-businesscentral-waiting"_s);

        // Signed in: two companies, the second chosen in the dialog.
        FakeBrowser browser;
        page.setBrowser(browser.function());
        const qsizetype tokenRequests = m_microsoft.tokenRequests.size();
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(companyDialog(), 20000);
        QDialog *dialog = companyDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(browser.callbackStatus, 200);
        QCOMPARE(m_microsoft.tokenRequests.size(), tokenRequests + 1);
        QVERIFY(!m_microsoft.tokenRequests.last().hasHeader("Authorization"));
        QCOMPARE(m_microsoft.companyRequests.size(), 1);
        QCOMPARE(text(&page, u"erpMessage"_s), u"Choose the company this connection syncs with."_s);
        QVERIFY(!cancel->isVisible());
        QCOMPARE(dialog->windowTitle(), u"Choose the Business Central company"_s);
        QListWidget *list = child<QListWidget>(dialog, u"businessCentralCompanyList"_s);
        QCOMPARE(list->count(), 2);
        const QString second = m_microsoft.companies.at(1).id;
        QCOMPARE(list->item(0)->text(), u"CRONUS USA, Inc.\n"_s + m_microsoft.companies.at(0).id);
        QCOMPARE(list->item(1)->text(), u"My Company Ltd.\n"_s + second);
        QVERIFY(finished.count() == 1);
        TestSupport::verifyScreenshots(dialog, u"connections-businesscentral-company-choice"_s);
        list->setCurrentRow(1);
        child<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(text(&page, u"erpMessage"_s)));
        QCOMPARE(text(&page, u"erpMessage"_s),
                 u"Signed in to the Business Central company “My Company Ltd.”. The access and refresh "
                 u"tokens are in the "
                 u"keychain; save to keep the company id."_s);
        QCOMPARE(child<QLineEdit>(&page, u"erpAccount"_s)->text(), second);
        TestSupport::expectTokenKeptInTheKeychain(page);

        const Secrets::CredentialResult access = keychainRead(second, Engine::accessTokenField);
        QCOMPARE(access.status, Secrets::CredentialResult::Status::Ok);
        QVERIFY(m_microsoft.isAccessToken(access.secret));
        const Secrets::CredentialResult refresh = keychainRead(second, Engine::refreshTokenField);
        QCOMPARE(refresh.status, Secrets::CredentialResult::Status::Ok);
        QVERIFY(refresh.secret.startsWith("0.AXEA-refresh-"));
        QCOMPARE(keychainRead(m_microsoft.companies.at(0).id, Engine::accessTokenField).status,
                 Secrets::CredentialResult::Status::NotFound);
        QVERIFY(!text(&page, u"erpMessage"_s).contains(QString::fromLatin1(access.secret)));
        TestSupport::verifyScreenshots(&page, u"connections-businesscentral-signed-in"_s);

        // Saved: connections.json has the company id and no token.
        TestSupport::expectSavedWithoutSecrets(page, workspace, {access.secret, refresh.secret},
                                               u"businesscentral"_s, second);

        // One company: chosen without a dialog.
        const auto both = m_microsoft.companies;
        m_microsoft.companies = {both.first()};
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 20000);
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(text(&page, u"erpMessage"_s)));
        QCOMPARE(child<QLineEdit>(&page, u"erpAccount"_s)->text(), both.first().id);
        m_microsoft.companies = both;

        // A denial is shown, and nothing changes.
        m_microsoft.deny = true;
        TestSupport::expectDenied(page, finished, 4, both.first().id);
        qunsetenv("LEDGERLINK_BUSINESSCENTRAL_CLIENT_ID");
    }
};

QTEST_MAIN(TestBusinessCentralSignIn)
#include "tst_businesscentralsignin.moc"
