// Zoho Books' browser sign-in on the studio's Connections page, offscreen, with a real keychain
// (gnome-keyring on the `keyring` CTest fixture's private session bus) and a local stand-in for Zoho
// Accounts and Zoho Books' organization list (tests/net/fakezohoaccounts.h) that the page's Zoho
// sign-in is pointed at (ConnectionsPage::setZohoStandIn): the first dialog (data centre preselected
// from the base URL, client id and secret), the browser through an injected fake, the token answer's
// api_domain giving the base URL, the organizations listed and one chosen, and what ends up in the
// keychain (tokens, client id and secret) and in connections.json (base URL and organization id
// only). Cancel at each step, a refused consent, a wrong client secret, an account without
// organizations and a foreign api_domain store nothing. No live Zoho account is used.
#include "../net/fakezohoaccounts.h"
#include "net/zohoidentity.h"
#include "signinguitestsupport.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrlQuery>
#include <QtWidgets/QListWidget>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Studio::ConnectionsPage;
using TestSupport::child;
using TestSupport::dialogButton;
using TestSupport::FakeBrowser;
using TestSupport::FakeZohoAccounts;
using TestSupport::keychainRead;
using TestSupport::keysOf;
using TestSupport::text;
using TestSupport::verifyScreenshots;
using TestSupport::visibleDialog;

namespace {

/// The documented organization list's entry (tests/connectors/fixtures/zoho/organizations-list.json).
QJsonObject documentedOrganization()
{
    QFile file(
        QStringLiteral(LEDGERLINK_SOURCE_DIR "/tests/connectors/fixtures/zoho/organizations-list.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(u"response"_s)
        .toObject()
        .value(u"body"_s)
        .toObject()
        .value(u"organizations"_s)
        .toArray()
        .first()
        .toObject();
}

/// A second organization of the same user: the documented entry with another id, name and currency
/// (constructed for the test, not copied from Zoho's documentation).
QJsonObject secondOrganization()
{
    QJsonObject second = documentedOrganization();
    second.insert(u"organization_id"_s, u"20466712"_s);
    second.insert(u"name"_s, u"Zillum Europe GmbH"_s);
    second.insert(u"currency_code"_s, u"EUR"_s);
    second.insert(u"is_default_org"_s, true);
    return second;
}

} // namespace

class TestZohoSignIn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeZohoAccounts m_zoho;

    static QString keyOf(const QString &organizationId, const char *field)
    {
        return TestSupport::keychainKey(u"zoho"_s, QUrl(), organizationId, field);
    }

    /// Nothing in the keychain for `organizationId`.
    void verifyNothingStored(const QString &organizationId)
    {
        for (const char *field : {Engine::accessTokenField, Engine::refreshTokenField, Engine::clientIdField,
                                  Engine::clientSecretField})
            QCOMPARE(keychainRead(keyOf(organizationId, field)).status,
                     Secrets::CredentialResult::Status::NotFound);
    }

    /// A page configured for a Shopify store and Zoho Books at `erpUrl`, the sign-in sent to the stand-in.
    void configure(ConnectionsPage &page, const QString &erpUrl)
    {
        QVERIFY(TestSupport::showPage(page));
        page.setZohoStandIn(m_zoho.url());
        TestSupport::configureErp(page, u"zoho"_s, erpUrl);
    }

    /// Clicks "Sign in…" and waits for the first dialog.
    QDialog *openSetup(ConnectionsPage &page)
    {
        QTest::mouseClick(child<QPushButton>(&page, u"erpSignIn"_s), Qt::LeftButton);
        if (!QTest::qWaitFor([] { return visibleDialog(u"zohoSignInDialog"_s) != nullptr; }, 5000))
            return nullptr;
        QDialog *dialog = visibleDialog(u"zohoSignInDialog"_s);
        return QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

    /// Fills the first dialog and clicks "Sign in in the browser".
    static void signInWith(QDialog *dialog, const QString &location, const QString &clientId,
                           const QString &clientSecret)
    {
        auto *centres = child<QComboBox>(dialog, u"zohoDataCentre"_s);
        centres->setCurrentIndex(centres->findData(location));
        child<QLineEdit>(dialog, u"zohoClientId"_s)->setText(clientId);
        child<QLineEdit>(dialog, u"zohoClientSecret"_s)->setText(clientSecret);
        QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = TestSupport::startSignInPageTest(u"zohosignin"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qunsetenv("LEDGERLINK_ZOHO_CLIENT_ID");
        qunsetenv("LEDGERLINK_ZOHO_CLIENT_SECRET");
        QVERIFY(m_zoho.listen());
        QVERIFY(!documentedOrganization().isEmpty());
        m_zoho.organizations = {documentedOrganization(), secondOrganization()};
    }

    void cleanupTestCase() { TestSupport::removeIsolatedSettings(); }

    void zohoSetupDialogAsksForTheDataCentreAndTheApp()
    {
        const QString workspace = m_dir.filePath(u"setup"_s);
        QVERIFY(QDir().mkpath(workspace));
        ConnectionsPage page(workspace);
        configure(page, u"https://www.zohoapis.eu/books/v3"_s);
        QPushButton *signIn = child<QPushButton>(&page, u"erpSignIn"_s);
        QVERIFY(signIn->isEnabled());
        QVERIFY2(signIn->toolTip().startsWith(u"Signs in with Zoho in your browser"_s),
                 qPrintable(signIn->toolTip()));

        QSignalSpy finished(&page, &ConnectionsPage::signInFinished);
        FakeBrowser browser;
        page.setBrowser(browser.function());
        QDialog *dialog = openSetup(page);
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), u"Sign in to Zoho Books"_s);
        QVERIFY(page.isSigningIn(ConnectionsPage::Side::Erp));
        QVERIFY(!signIn->isEnabled());
        QVERIFY(!child<QPushButton>(&page, u"erpCancelSignIn"_s)->isVisible()); // the dialog's own Cancel
        // Every documented data centre, the base URL's preselected.
        auto *centres = child<QComboBox>(dialog, u"zohoDataCentre"_s);
        QCOMPARE(centres->count(), 8);
        QCOMPARE(centres->currentData().toString(), u"eu"_s);
        QCOMPARE(centres->currentText(), u"Europe (accounts.zoho.eu)"_s);
        QCOMPARE(centres->itemText(0), u"United States (accounts.zoho.com)"_s);
        QCOMPARE(centres->itemText(5), u"Canada (accounts.zohocloud.ca)"_s);
        QCOMPARE(text(dialog, u"zohoRedirectUris"_s),
                 u"http://localhost:48047/callback\nhttp://localhost:48048/callback\n"
                 u"http://localhost:48049/callback"_s);
        QVERIFY(text(dialog, u"zohoSignInIntro"_s).contains(u"“Server-based Application”"_s));
        QVERIFY(text(dialog, u"zohoSignInIntro"_s).contains(u"href=\"https://api-console.zoho.com\""_s));
        QLineEdit *secret = child<QLineEdit>(dialog, u"zohoClientSecret"_s);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(child<QLineEdit>(dialog, u"zohoClientId"_s)->text().isEmpty()); // none in this build

        // Nothing entered: the dialog stays and says what is missing; the browser is not opened.
        QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QLabel *error = child<QLabel>(dialog, u"zohoSignInError"_s);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"Enter the client ID of your app in the Zoho API console."_s);
        child<QLineEdit>(dialog, u"zohoClientId"_s)->setText(m_zoho.clientId);
        QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(error->text(), u"Enter the client secret of your app in the Zoho API console."_s);
        verifyScreenshots(dialog, u"connections-zoho-signin-dialog-missing"_s);
        QVERIFY(browser.opened.isEmpty());
        secret->setText(m_zoho.clientSecret);
        error->setVisible(false);
        QVERIFY(dialog->grab().save(u"/tmp/zohosignin.png"_s));
        verifyScreenshots(dialog, u"connections-zoho-signin-dialog"_s);

        // Cancelled in the dialog: nothing asked of Zoho, nothing stored.
        QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(text(&page, u"erpMessage"_s), u"Sign-in cancelled."_s);
        QVERIFY(!page.isSigningIn(ConnectionsPage::Side::Erp));
        QVERIFY(signIn->isEnabled());
        QVERIFY(browser.opened.isEmpty());
        QVERIFY(m_zoho.authorizations.isEmpty());
        QVERIFY(m_zoho.tokenRequests.isEmpty());
        QCOMPARE(child<QLineEdit>(&page, u"erpBaseUrl"_s)->text(), u"https://www.zohoapis.eu/books/v3"_s);

        // The build's (or environment's) app is offered; another base URL preselects its data centre.
        qputenv("LEDGERLINK_ZOHO_CLIENT_ID", "1000.BUILDCLIENT");
        qputenv("LEDGERLINK_ZOHO_CLIENT_SECRET", "build-secret");
        child<QLineEdit>(&page, u"erpBaseUrl"_s)->setText(u"https://www.zohoapis.in/books/v3"_s);
        dialog = openSetup(page);
        QVERIFY(dialog);
        QCOMPARE(child<QComboBox>(dialog, u"zohoDataCentre"_s)->currentData().toString(), u"in"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"zohoClientId"_s)->text(), u"1000.BUILDCLIENT"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"zohoClientSecret"_s)->text(), u"build-secret"_s);
        dialog->close(); // the window's close button: cancelled too
        QCOMPARE(finished.count(), 2);
        QCOMPARE(text(&page, u"erpMessage"_s), u"Sign-in cancelled."_s);
        qunsetenv("LEDGERLINK_ZOHO_CLIENT_ID");
        qunsetenv("LEDGERLINK_ZOHO_CLIENT_SECRET");
    }

    void zohoSignInCancelledInTheBrowserStoresNothing()
    {
        const QString workspace = m_dir.filePath(u"cancelled"_s);
        QVERIFY(QDir().mkpath(workspace));
        ConnectionsPage page(workspace);
        configure(page, u"https://www.zohoapis.com/books/v3"_s);
        FakeBrowser idle; // a user still signing in
        idle.idle = true;
        page.setBrowser(idle.function());
        QSignalSpy finished(&page, &ConnectionsPage::signInFinished);
        QDialog *dialog = openSetup(page);
        QVERIFY(dialog);
        signInWith(dialog, u"eu"_s, m_zoho.clientId, m_zoho.clientSecret);
        QTRY_COMPARE(idle.opened.size(), 1);
        QVERIFY(!visibleDialog(u"zohoSignInDialog"_s));

        // The authorization request: the chosen data centre's accounts server (here the stand-in),
        // the app's id, Zoho's scopes, access_type=offline and prompt=consent, a localhost redirect.
        const QUrl authorization = idle.opened.first();
        QCOMPARE(authorization.adjusted(QUrl::RemoveQuery), m_zoho.url(u"/oauth/v2/auth"_s));
        const QUrlQuery query(authorization);
        QCOMPARE(keysOf(query),
                 (QSet<QString>{u"client_id"_s, u"scope"_s, u"response_type"_s, u"redirect_uri"_s, u"state"_s,
                                u"access_type"_s, u"prompt"_s}));
        QCOMPARE(query.queryItemValue(u"client_id"_s), m_zoho.clientId);
        QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
        QCOMPARE(query.queryItemValue(u"access_type"_s), u"offline"_s);
        QCOMPARE(query.queryItemValue(u"prompt"_s), u"consent"_s);
        QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded), Net::Zoho::scopes().join(u' '));
        const QUrl redirect(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        QCOMPARE(redirect.scheme(), u"http"_s);
        QCOMPARE(redirect.host(), u"localhost"_s);
        QCOMPARE(redirect.path(), u"/callback"_s);
        QVERIFY(!authorization.toString().contains(m_zoho.clientSecret)); // never in the browser

        TestSupport::expectWaitingForTheBrowser(page, u"Waiting for the browser… Sign in to Zoho there"_s);
        TestSupport::expectCancelledWhileWaiting(page, finished, u"connections-zoho-waiting"_s);
        QVERIFY(m_zoho.tokenRequests.isEmpty());
        QVERIFY(child<QLineEdit>(&page, u"erpAccount"_s)->text().isEmpty());
        QCOMPARE(child<QLineEdit>(&page, u"erpBaseUrl"_s)->text(), u"https://www.zohoapis.com/books/v3"_s);
        verifyNothingStored(u"10234695"_s);
        verifyNothingStored(u"20466712"_s);
    }

    void zohoSignInFailuresAreShownAndStoreNothing()
    {
        const QString workspace = m_dir.filePath(u"failures"_s);
        QVERIFY(QDir().mkpath(workspace));
        ConnectionsPage page(workspace);
        configure(page, u"https://www.zohoapis.com/books/v3"_s);
        child<QLineEdit>(&page, u"erpAccount"_s)->setText(u"99999999"_s);
        FakeBrowser browser;
        page.setBrowser(browser.function());
        QSignalSpy finished(&page, &ConnectionsPage::signInFinished);
        const auto run = [&](const QString &secret) {
            QDialog *dialog = openSetup(page);
            QVERIFY(dialog);
            const qsizetype before = finished.count();
            signInWith(dialog, u"us"_s, m_zoho.clientId, secret);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), before + 1, 20000);
            QCOMPARE(finished.last().at(1).toBool(), false);
            QVERIFY(!visibleDialog(u"zohoOrganizationDialog"_s));
            QCOMPARE(child<QLineEdit>(&page, u"erpAccount"_s)->text(), u"99999999"_s);
            QCOMPARE(child<QLineEdit>(&page, u"erpBaseUrl"_s)->text(),
                     u"https://www.zohoapis.com/books/v3"_s);
        };

        // The user refused consent: Zoho's access_denied, in plain words; no code exchanged.
        m_zoho.deny = true;
        const qsizetype tokenRequests = m_zoho.tokenRequests.size();
        run(m_zoho.clientSecret);
        QCOMPARE(text(&page, u"erpMessage"_s),
                 u"Access was not granted at 127.0.0.1 (access_denied): LedgerLink can only connect once you "
                 u"allow it there."_s);
        QCOMPARE(m_zoho.tokenRequests.size(), tokenRequests);

        // A wrong client secret: Zoho's invalid_client, saying what to check; the secret never shown.
        run(u"not-the-secret"_s);
        QCOMPARE(m_zoho.tokenRequests.size(), tokenRequests + 1);
        QCOMPARE(m_zoho.tokenRequests.last().form().queryItemValue(u"client_secret"_s), u"not-the-secret"_s);
        QCOMPARE(text(&page, u"erpMessage"_s),
                 u"Zoho did not accept the client ID and secret (invalid_client): copy both again from your "
                 u"app in the Zoho API console, and check that the app is enabled for the data centre "
                 u"chosen. Nothing was stored."_s);

        // A Zoho account without a Zoho Books organization.
        m_zoho.organizations = {};
        const qsizetype apiRequests = m_zoho.apiRequests.size();
        run(m_zoho.clientSecret);
        QCOMPARE(m_zoho.apiRequests.size(), apiRequests + 1);
        QCOMPARE(
            text(&page, u"erpMessage"_s),
            u"Signed in, but this Zoho account has no Zoho Books organization: nothing was stored. Create "
            u"the organization in Zoho Books (or sign in as one of its users) and sign in again."_s);
        m_zoho.organizations = {documentedOrganization(), secondOrganization()};

        // An api_domain that is no Zoho data centre: its organizations are not even asked for.
        m_zoho.apiDomain = u"https://books.example.net"_s;
        run(m_zoho.clientSecret);
        QCOMPARE(m_zoho.apiRequests.size(), apiRequests + 1);
        QCOMPARE(text(&page, u"erpMessage"_s),
                 u"Zoho signed you in but named “https://books.example.net” as your account's API address, "
                 u"which is not a Zoho data centre LedgerLink knows: nothing was stored."_s);
        m_zoho.apiDomain = u"https://www.zohoapis.com"_s;

        // Two organizations, the choice cancelled.
        QDialog *dialog = openSetup(page);
        QVERIFY(dialog);
        signInWith(dialog, u"us"_s, m_zoho.clientId, m_zoho.clientSecret);
        QTRY_VERIFY_WITH_TIMEOUT(visibleDialog(u"zohoOrganizationDialog"_s), 20000);
        const qsizetype before = finished.count();
        QTest::mouseClick(dialogButton(visibleDialog(u"zohoOrganizationDialog"_s), QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        QCOMPARE(finished.count(), before + 1);
        QCOMPARE(finished.last().at(1).toBool(), false);
        QCOMPARE(text(&page, u"erpMessage"_s),
                 u"No organization chosen: nothing was stored. Sign in again to choose one."_s);
        QCOMPARE(child<QLineEdit>(&page, u"erpAccount"_s)->text(), u"99999999"_s);

        verifyNothingStored(u"99999999"_s);
        verifyNothingStored(u"10234695"_s);
        verifyNothingStored(u"20466712"_s);
    }

    void zohoSignInListsTheOrganizationsAndStoresTheChosenOne()
    {
        const QString workspace = m_dir.filePath(u"signed-in"_s);
        QVERIFY(QDir().mkpath(workspace));
        ConnectionsPage page(workspace);
        configure(page, u"https://www.zohoapis.com/books/v3"_s);
        FakeBrowser browser;
        page.setBrowser(browser.function());
        QSignalSpy finished(&page, &ConnectionsPage::signInFinished);
        m_zoho.location = u"eu"_s;
        m_zoho.apiDomain = u"https://www.zohoapis.eu"_s; // the account lives in the EU data centre
        const qsizetype tokenRequests = m_zoho.tokenRequests.size();
        const qsizetype apiRequests = m_zoho.apiRequests.size();

        QDialog *dialog = openSetup(page);
        QVERIFY(dialog);
        signInWith(dialog, u"eu"_s, m_zoho.clientId, m_zoho.clientSecret);
        QTRY_VERIFY_WITH_TIMEOUT(visibleDialog(u"zohoOrganizationDialog"_s), 20000);
        QDialog *choice = visibleDialog(u"zohoOrganizationDialog"_s);
        QVERIFY(QTest::qWaitForWindowExposed(choice));
        QCOMPARE(browser.callbackStatus, 200);

        // Exactly one code exchange: the secret as a form parameter, never HTTP Basic or the URL.
        QCOMPARE(m_zoho.tokenRequests.size(), tokenRequests + 1);
        const FakeZohoAccounts::Request &token = m_zoho.tokenRequests.last();
        QCOMPARE(token.method, QByteArray("POST"));
        QCOMPARE(token.url.path(), u"/oauth/v2/token"_s);
        QVERIFY(!token.url.hasQuery());
        QVERIFY(token.header("Authorization").isEmpty());
        const QUrlQuery form = token.form();
        QCOMPARE(keysOf(form),
                 (QSet<QString>{u"grant_type"_s, u"code"_s, u"redirect_uri"_s, u"client_id"_s,
                                u"client_secret"_s}));
        QCOMPARE(form.queryItemValue(u"grant_type"_s), u"authorization_code"_s);
        QCOMPARE(form.queryItemValue(u"client_id"_s), m_zoho.clientId);
        QCOMPARE(form.queryItemValue(u"client_secret"_s), m_zoho.clientSecret);
        QCOMPARE(QUrl(form.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)).host(), u"localhost"_s);

        // Exactly one organization list, with the new access token.
        QCOMPARE(m_zoho.apiRequests.size(), apiRequests + 1);
        const FakeZohoAccounts::Request &list = m_zoho.apiRequests.last();
        QCOMPARE(list.method, QByteArray("GET"));
        QCOMPARE(list.url.toString(), u"/books/v3/organizations"_s);
        const QByteArray authorization = list.header("Authorization");
        QVERIFY(authorization.startsWith("Zoho-oauthtoken "));
        QVERIFY(m_zoho.isAccessToken(authorization.mid(16)));

        // The choice: Zoho's order, name, id, currency and the default marked.
        QCOMPARE(text(&page, u"erpMessage"_s), u"Choose the organization this connection syncs with."_s);
        QVERIFY(!child<QPushButton>(&page, u"erpCancelSignIn"_s)->isVisible());
        QCOMPARE(choice->windowTitle(), u"Choose the Zoho Books organization"_s);
        QListWidget *organizations = child<QListWidget>(choice, u"zohoOrganizationList"_s);
        QCOMPARE(organizations->count(), 2);
        QCOMPARE(organizations->item(0)->text(), u"Zillum\n10234695 · USD"_s);
        QCOMPARE(organizations->item(1)->text(),
                 u"Zillum Europe GmbH\n20466712 · EUR · default organization"_s);
        QCOMPARE(finished.count(), 0);
        verifyScreenshots(choice, u"connections-zoho-organization-choice"_s);
        organizations->setCurrentRow(1);
        QTest::mouseClick(dialogButton(choice, QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(text(&page, u"erpMessage"_s)));
        QCOMPARE(text(&page, u"erpMessage"_s),
                 u"Signed in to the Zoho Books organization “Zillum Europe GmbH”. The access and refresh "
                 u"tokens and the app's client secret are in the keychain; save to keep the organization id "
                 u"and base URL."_s);

        // The organization id and the EU data centre's base URL (from api_domain) are filled in.
        QCOMPARE(child<QLineEdit>(&page, u"erpAccount"_s)->text(), u"20466712"_s);
        QCOMPARE(child<QLineEdit>(&page, u"erpBaseUrl"_s)->text(), u"https://www.zohoapis.eu/books/v3"_s);
        TestSupport::expectTokenKeptInTheKeychain(page);

        // The keychain: the tokens and the app's id and secret under the chosen organization only.
        const Secrets::CredentialResult access = keychainRead(keyOf(u"20466712"_s, Engine::accessTokenField));
        QCOMPARE(access.status, Secrets::CredentialResult::Status::Ok);
        QCOMPARE(access.secret, authorization.mid(16));
        const Secrets::CredentialResult refresh =
            keychainRead(keyOf(u"20466712"_s, Engine::refreshTokenField));
        QCOMPARE(refresh.status, Secrets::CredentialResult::Status::Ok);
        QVERIFY(m_zoho.isRefreshToken(refresh.secret));
        QCOMPARE(keychainRead(keyOf(u"20466712"_s, Engine::clientIdField)).secret, m_zoho.clientId.toUtf8());
        QCOMPARE(keychainRead(keyOf(u"20466712"_s, Engine::clientSecretField)).secret,
                 m_zoho.clientSecret.toUtf8());
        verifyNothingStored(u"10234695"_s);
        QVERIFY(!text(&page, u"erpMessage"_s).contains(QString::fromLatin1(access.secret)));
        verifyScreenshots(&page, u"connections-zoho-signed-in"_s);

        // Saved: connections.json has the base URL and the organization id, and no secret.
        QJsonObject erp;
        TestSupport::expectSavedWithoutSecrets(page, workspace,
                                               {access.secret, refresh.secret, m_zoho.clientSecret.toUtf8()},
                                               u"zoho"_s, u"20466712"_s, &erp);
        QCOMPARE(erp.value(u"base_url"_s).toString(), u"https://www.zohoapis.eu/books/v3"_s);
        // The access token the sign-in stored is still the keychain's (the form's field was empty).
        QCOMPARE(keychainRead(keyOf(u"20466712"_s, Engine::accessTokenField)).secret, access.secret);

        // One organization: chosen without a dialog.
        m_zoho.organizations = {documentedOrganization()};
        dialog = openSetup(page);
        QVERIFY(dialog);
        QCOMPARE(child<QComboBox>(dialog, u"zohoDataCentre"_s)->currentData().toString(), u"eu"_s);
        signInWith(dialog, u"eu"_s, m_zoho.clientId, m_zoho.clientSecret);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(text(&page, u"erpMessage"_s)));
        QCOMPARE(child<QLineEdit>(&page, u"erpAccount"_s)->text(), u"10234695"_s);
        QCOMPARE(keychainRead(keyOf(u"10234695"_s, Engine::accessTokenField)).status,
                 Secrets::CredentialResult::Status::Ok);
        m_zoho.organizations = {documentedOrganization(), secondOrganization()};
        m_zoho.location = u"us"_s;
        m_zoho.apiDomain = u"https://www.zohoapis.com"_s;
    }
};

QTEST_MAIN(TestZohoSignIn)
#include "tst_zohosignin.moc"
