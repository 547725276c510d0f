// The Connections page's "Sign in…" for Xero, offscreen, against the in-process sandbox books'
// Xero identity endpoints and a real keychain (gnome-keyring on the `keyring` CTest fixture's
// private session bus). The browser is injected: it opens the authorization URL with a
// QNetworkAccessManager and follows the redirect to the page's loopback address, as a real
// browser would after the user signed in. Waiting, cancelling, a single organisation chosen at
// once, several offered in a dialog, a denial; the tokens end up in the keychain only.
#include "connectionspage.h"
#include "engine/workspaceconfig.h"
#include "engine/workspacecredentials.h"
#include "i18n.h"
#include "sandbox/booksidentity.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxservices.h"
#include "secrets/credentialstore.h"
#include "studiotestsupport.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyleFactory>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Studio::ConnectionsPage;

namespace {

template<class T>
T *child(QObject *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("no child %s", qPrintable(name));
    return widget;
}

QString text(QWidget *page, const QString &label)
{
    const QLabel *widget = child<QLabel>(page, label);
    return widget ? widget->text() : QString();
}

/// The user's browser: asynchronous, follows the authorization server's 302 to the loopback
/// redirect; `idle` opens nothing (a user still signing in), `fails` cannot open at all.
class FakeBrowser : public QObject
{
public:
    bool idle = false;
    bool fails = false;
    QList<QUrl> opened;
    int callbackStatus = 0;

    std::function<bool(const QUrl &)> function()
    {
        return [this](const QUrl &url) {
            opened.append(url);
            if (fails)
                return false;
            if (!idle)
                get(url, true);
            return true;
        };
    }

private:
    void get(const QUrl &url, bool follow)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(10000);
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, follow] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (follow && status == 302)
                get(reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location"))), false);
            else if (!follow)
                callbackStatus = status;
            reply->deleteLater();
        });
    }

    QNetworkAccessManager m_network;
};

QDialog *tenantDialog()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == u"xeroTenantDialog"_s && widget->isVisible())
            return qobject_cast<QDialog *>(widget);
    }
    return nullptr;
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Sandbox::SandboxServices m_sandbox;
    QUrl m_storeUrl;
    QUrl m_booksUrl;
    QNetworkAccessManager m_network;

    void saveScreenshots(QWidget *window, const QString &name)
    {
        const QString failed = TestSupport::saveScreenshots(window, name);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    Secrets::CredentialResult keychainRead(const QString &key)
    {
        Secrets::CredentialStore keychain(QCoreApplication::applicationName());
        return Engine::keychainNow(keychain, key);
    }

    QString keyOf(const QString &tenantId, const char *field) const
    {
        Connectors::ConnectorConfig config;
        config.system = u"xero"_s;
        config.baseUrl = m_booksUrl;
        config.account = tenantId;
        return Engine::credentialKey(config, QString::fromLatin1(field));
    }

    int identityControl(const QJsonObject &body)
    {
        QUrl url = m_booksUrl;
        url.setPath(u"/__sandbox/identity"_s);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    /// A configured workspace whose ERP is Xero in the sandbox environment at the sandbox books,
    /// no tenant id yet (the sign-in fills it in).
    void configure(ConnectionsPage &page)
    {
        page.startConfiguring();
        for (const QString &side : {u"store"_s, u"erp"_s}) {
            QComboBox *environment = child<QComboBox>(&page, side + u"Environment"_s);
            environment->setCurrentIndex(environment->findData(u"sandbox"_s));
        }
        child<QLineEdit>(&page, u"storeBaseUrl"_s)->setText(m_storeUrl.toString());
        child<QLineEdit>(&page, u"storeAccount"_s)->setText(Sandbox::Credentials::shopDomain());
        child<QLineEdit>(&page, u"erpBaseUrl"_s)->setText(m_booksUrl.toString());
        child<QLineEdit>(&page, u"erpAccount"_s)->clear();
    }

private slots:
    void initTestCase()
    {
        // The page's keychain service is the application's name: one of its own per run.
        QVERIFY(m_dir.isValid());
        const QString problem =
            TestSupport::startKeychainPageTest(u"signin"_s, m_sandbox, m_dir.filePath(u"sandbox"_s));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_storeUrl = m_sandbox.storeUrl();
        m_booksUrl = m_sandbox.booksUrl();
    }

    void cleanupTestCase()
    {
        m_sandbox.stop();
        TestSupport::removeIsolatedSettings();
    }

    void waitingCanBeCancelled()
    {
        const QString workspace = m_dir.filePath(u"waiting"_s);
        QVERIFY(QDir().mkpath(workspace));
        ConnectionsPage page(workspace);
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QPushButton *signIn = child<QPushButton>(&page, u"erpSignIn"_s);
        QPushButton *cancel = child<QPushButton>(&page, u"erpCancelSignIn"_s);

        // Xero itself without a client id in this build: no sign-in, and the tooltip says why.
        page.startConfiguring();
        QCOMPARE(child<QLineEdit>(&page, u"erpBaseUrl"_s)->text(), u"https://api.xero.com"_s);
        if (qEnvironmentVariableIsEmpty("LEDGERLINK_XERO_CLIENT_ID")) {
            QVERIFY(!signIn->isEnabled());
            QVERIFY2(signIn->toolTip().contains(u"LEDGERLINK_XERO_CLIENT_ID"_s),
                     qPrintable(signIn->toolTip()));
        }
        // The store side (Shopify) has no sign-in.
        QVERIFY(!child<QPushButton>(&page, u"storeSignIn"_s)->isEnabled());

        configure(page);
        QVERIFY(signIn->isEnabled());
        QVERIFY2(signIn->toolTip().startsWith(u"Signs in with Xero in your browser"_s),
                 qPrintable(signIn->toolTip()));
        QVERIFY(!cancel->isVisible());

        FakeBrowser browser;
        browser.idle = true;
        page.setBrowser(browser.function());
        QSignalSpy finished(&page, &ConnectionsPage::signInFinished);
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_COMPARE(browser.opened.size(), 1);
        QVERIFY(page.isSigningIn(ConnectionsPage::Side::Erp));
        QVERIFY(cancel->isVisible());
        QVERIFY(!signIn->isEnabled());
        QVERIFY2(text(&page, u"erpMessage"_s).startsWith(u"Waiting for the browser… Sign in to Xero there"_s),
                 qPrintable(text(&page, u"erpMessage"_s)));
        const QUrlQuery query(browser.opened.first());
        QCOMPARE(query.queryItemValue(u"client_id"_s), Sandbox::BooksIdentity::clientId());
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        saveScreenshots(&page, u"signin-waiting"_s);

        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(text(&page, u"erpMessage"_s), u"Sign-in cancelled."_s);
        QVERIFY(!page.isSigningIn(ConnectionsPage::Side::Erp));
        QVERIFY(!cancel->isVisible());
        QVERIFY(signIn->isEnabled());
        QVERIFY(child<QLineEdit>(&page, u"erpAccount"_s)->text().isEmpty());

        // A browser that cannot be opened: the page offers the link instead.
        browser.fails = true;
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_VERIFY(text(&page, u"erpMessage"_s).startsWith(u"The browser could not be opened"_s));
        QVERIFY2(text(&page, u"erpMessage"_s).contains(u"<a href=\""_s + m_booksUrl.toString()),
                 qPrintable(text(&page, u"erpMessage"_s)));
        saveScreenshots(&page, u"signin-no-browser"_s);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(finished.count(), 2);
    }

    void oneOrganisationIsChosenAtOnce()
    {
        const QString workspace = m_dir.filePath(u"one-tenant"_s);
        QVERIFY(QDir().mkpath(workspace));
        ConnectionsPage page(workspace);
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        configure(page);
        FakeBrowser browser;
        page.setBrowser(browser.function());
        QSignalSpy finished(&page, &ConnectionsPage::signInFinished);
        QTest::mouseClick(child<QPushButton>(&page, u"erpSignIn"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(text(&page, u"erpMessage"_s)));
        QCOMPARE(browser.callbackStatus, 200);
        QCOMPARE(text(&page, u"erpMessage"_s),
                 u"Signed in to Sandbox Books. The access and refresh tokens are in the keychain; save to "
                 u"keep the "
                 u"tenant id."_s);
        QCOMPARE(child<QLineEdit>(&page, u"erpAccount"_s)->text(), Sandbox::Credentials::xeroTenantId());
        QVERIFY(child<QLineEdit>(&page, u"erpAccessToken"_s)->text().isEmpty()); // never shown
        QTRY_COMPARE(child<QLineEdit>(&page, u"erpAccessToken"_s)->placeholderText(),
                     u"saved in the keychain; type to replace"_s);

        // The keychain holds both tokens under the tenant's entries.
        const Secrets::CredentialResult access =
            keychainRead(keyOf(Sandbox::Credentials::xeroTenantId(), Engine::accessTokenField));
        QCOMPARE(access.status, Secrets::CredentialResult::Status::Ok);
        QCOMPARE(access.secret.count('.'), 2); // the sandbox's JWT
        const Secrets::CredentialResult refresh =
            keychainRead(keyOf(Sandbox::Credentials::xeroTenantId(), Engine::refreshTokenField));
        QCOMPARE(refresh.status, Secrets::CredentialResult::Status::Ok);
        QVERIFY(!refresh.secret.isEmpty());
        QVERIFY(!text(&page, u"erpMessage"_s).contains(QString::fromLatin1(access.secret)));

        saveScreenshots(&page, u"signin-signed-in"_s);

        // Test connection uses the stored token: Xero's scopes are all there.
        QSignalSpy tested(&page, &ConnectionsPage::connectionTested);
        QTest::mouseClick(child<QPushButton>(&page, u"erpTest"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 20000);
        const Connectors::ConnectionCheck check = page.lastCheck(ConnectionsPage::Side::Erp);
        QVERIFY2(check.ok(), qPrintable(check.message));
        QVERIFY(check.permissionsVerified);
        saveScreenshots(&page, u"signin-tested"_s);

        // Saved, connections.json has the tenant id and no token.
        QSignalSpy saved(&page, &ConnectionsPage::saved);
        page.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
        QVERIFY2(saved.first().first().toBool(), qPrintable(page.statusText()));
        QFile file(Engine::connectionsFilePath(workspace));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(access.secret));
        QVERIFY(!bytes.contains(refresh.secret));
        QCOMPARE(
            QJsonDocument::fromJson(bytes).object().value(u"erp"_s).toObject().value(u"account"_s).toString(),
            Sandbox::Credentials::xeroTenantId());
    }

    void severalOrganisationsAreOffered()
    {
        const QString second = u"11111111-2222-4333-8444-555555555555"_s;
        QCOMPARE(identityControl({{u"tenants"_s,
                                   QJsonArray{QJsonObject{{u"tenantId"_s, second},
                                                          {u"tenantName"_s, u"Demo Company (NZ)"_s}}}}}),
                 200);
        const QString workspace = m_dir.filePath(u"two-tenants"_s);
        QVERIFY(QDir().mkpath(workspace));
        ConnectionsPage page(workspace);
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        configure(page);
        FakeBrowser browser;
        page.setBrowser(browser.function());
        QSignalSpy finished(&page, &ConnectionsPage::signInFinished);

        // Chosen in the dialog: the second organisation.
        QTest::mouseClick(child<QPushButton>(&page, u"erpSignIn"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(tenantDialog(), 20000);
        QDialog *dialog = tenantDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(text(&page, u"erpMessage"_s), u"Choose the organisation this connection syncs with."_s);
        QVERIFY(!child<QPushButton>(&page, u"erpCancelSignIn"_s)->isVisible());
        QListWidget *list = child<QListWidget>(dialog, u"xeroTenantList"_s);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), u"Sandbox Books\n"_s + Sandbox::Credentials::xeroTenantId());
        QCOMPARE(list->item(1)->text(), u"Demo Company (NZ)\n"_s + second);
        QCOMPARE(dialog->windowTitle(), u"Choose the Xero organisation"_s);
        QVERIFY(finished.isEmpty());
        saveScreenshots(dialog, u"signin-tenant-choice"_s);
        saveScreenshots(&page, u"signin-tenant-choice-page"_s);
        list->setCurrentRow(1);
        child<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(text(&page, u"erpMessage"_s)));
        QCOMPARE(child<QLineEdit>(&page, u"erpAccount"_s)->text(), second);
        QVERIFY2(text(&page, u"erpMessage"_s).startsWith(u"Signed in to Demo Company (NZ)."_s),
                 qPrintable(text(&page, u"erpMessage"_s)));
        QCOMPARE(keychainRead(keyOf(second, Engine::accessTokenField)).status,
                 Secrets::CredentialResult::Status::Ok);
        QCOMPARE(keychainRead(keyOf(second, Engine::refreshTokenField)).status,
                 Secrets::CredentialResult::Status::Ok);

        // The dialog cancelled: nothing chosen, nothing changed.
        QTest::mouseClick(child<QPushButton>(&page, u"erpSignIn"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(tenantDialog(), 20000);
        child<QDialogButtonBox>(tenantDialog(), QString())->button(QDialogButtonBox::Cancel)->click();
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(finished.last().at(1).toBool(), false);
        QCOMPARE(text(&page, u"erpMessage"_s),
                 u"No organisation chosen: nothing was stored. Sign in again to choose one."_s);
        QCOMPARE(child<QLineEdit>(&page, u"erpAccount"_s)->text(), second);
        QCOMPARE(identityControl({{u"tenants"_s, QJsonArray()}}), 200);
    }

    void aDenialIsShown()
    {
        QCOMPARE(identityControl({{u"deny"_s, 1}}), 200);
        const QString workspace = m_dir.filePath(u"denied"_s);
        QVERIFY(QDir().mkpath(workspace));
        ConnectionsPage page(workspace);
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        configure(page);
        FakeBrowser browser;
        page.setBrowser(browser.function());
        QSignalSpy finished(&page, &ConnectionsPage::signInFinished);
        QTest::mouseClick(child<QPushButton>(&page, u"erpSignIn"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(
            text(&page, u"erpMessage"_s),
            u"Access was not granted at 127.0.0.1 (access_denied: The user denied your request): LedgerLink "
            u"can only connect once you allow it there."_s);
        QVERIFY(child<QLineEdit>(&page, u"erpAccount"_s)->text().isEmpty());
        QVERIFY(child<QPushButton>(&page, u"erpSignIn"_s)->isEnabled());
        saveScreenshots(&page, u"signin-denied"_s);
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
