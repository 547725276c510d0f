// The studio's Connections page, offscreen, with a real keychain (gnome-keyring on the `keyring`
// CTest fixture's private session bus) and the in-process sandbox as the systems connected to:
// the sandbox workspace shown read-only and tested; an empty folder turned into a configured
// workspace whose tokens go to the keychain only; Test connection answering from the sandbox
// (reachable, authenticated, permissions, rate-limit budget); a wrong token not authenticated;
// the books behind TLS with a private CA, untrusted until the workspace's "ca_bundle" names it.
#include "connectionspage.h"
#include "engine/workspaceconfig.h"
#include "engine/workspacecredentials.h"
#include "faultproxy.h"
#include "i18n.h"
#include "mapping/mappingdocument.h"
#include "net/httpclient.h"
#include "privateca.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxservices.h"
#include "sandboxworkspace.h"
#include "secrets/credentialstore.h"
#include "studiosettings.h"
#include "studiotestsupport.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QPalette>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyleFactory>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Studio::ConnectionsPage;

namespace {

template<class T>
T *child(QWidget *page, const QString &name)
{
    T *widget = page->findChild<T *>(name);
    if (!widget)
        qWarning("no child %s", qPrintable(name));
    return widget;
}

QString text(QWidget *page, const QString &label)
{
    const QLabel *widget = child<QLabel>(page, label);
    return widget ? widget->text() : QString();
}

} // namespace

class TestConnectionsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Sandbox::SandboxServices m_sandbox;
    QUrl m_storeUrl;
    QUrl m_booksUrl;

    void saveScreenshots(QWidget *window, const QString &name)
    {
        const QString failed = TestSupport::saveScreenshots(window, name);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    /// One keychain read, through the service the page uses.
    Secrets::CredentialResult keychainRead(const QString &key)
    {
        Secrets::CredentialStore keychain(QCoreApplication::applicationName());
        return Engine::keychainNow(keychain, key);
    }

    /// Clicks a side's Test button and waits for the answer.
    Connectors::ConnectionCheck test(ConnectionsPage &page, ConnectionsPage::Side side)
    {
        QSignalSpy tested(&page, &ConnectionsPage::connectionTested);
        const QString button = side == ConnectionsPage::Side::Store ? u"storeTest"_s : u"erpTest"_s;
        QTest::mouseClick(child<QPushButton>(&page, button), Qt::LeftButton);
        if (!tested.wait(30000) || tested.count() != 1)
            qWarning("no test answer; the page says: %s", qPrintable(page.checkText(side)));
        return page.lastCheck(side);
    }

private slots:
    void initTestCase()
    {
        // The page's keychain service is the application's name: one of its own per run.
        QVERIFY(m_dir.isValid());
        const QString problem =
            TestSupport::startKeychainPageTest(u"connectionspage"_s, m_sandbox, m_dir.filePath(u"sandbox"_s));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_storeUrl = m_sandbox.storeUrl();
        m_booksUrl = m_sandbox.booksUrl();
    }

    void cleanupTestCase()
    {
        m_sandbox.stop();
        TestSupport::removeIsolatedSettings();
    }

    void cleanup() { qunsetenv(Net::caBundleVariable); }

    void theSandboxWorkspaceIsShownReadOnlyAndTests()
    {
        const QString workspace = m_dir.filePath(u"sandbox-workspace"_s);
        QVERIFY(QDir().mkpath(workspace));
        ConnectionsPage page(workspace);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.isSandboxView());
        QVERIFY(!child<QComboBox>(&page, u"storeSystem"_s)->isEnabled());
        QVERIFY(child<QLineEdit>(&page, u"storeBaseUrl"_s)->isReadOnly());
        QVERIFY(child<QLineEdit>(&page, u"erpAccessToken"_s)->isReadOnly());
        QCOMPARE(child<QLineEdit>(&page, u"storeAccount"_s)->text(), Sandbox::Credentials::shopDomain());
        QCOMPARE(child<QLineEdit>(&page, u"erpAccount"_s)->text(), Sandbox::Credentials::xeroTenantId());
        QVERIFY(!child<QPushButton>(&page, u"saveButton"_s)->isVisible());
        QVERIFY(child<QPushButton>(&page, u"configureButton"_s)->isEnabled());
        QVERIFY2(text(&page, u"connectionsNote"_s).startsWith(u"This workspace rehearses against"_s),
                 qPrintable(text(&page, u"connectionsNote"_s)));

        // No sandbox serves this folder: the test starts one for itself, on a worker.
        const Connectors::ConnectionCheck check = test(page, ConnectionsPage::Side::Store);
        QVERIFY2(check.ok(), qPrintable(check.message));
        QCOMPARE(text(&page, u"storeReachable"_s), u"✓ Reachable: the server answered (HTTP 200)"_s);
        QCOMPARE(text(&page, u"storeAuthenticated"_s), u"✓ Authenticated: Sandbox Shop"_s);
        QCOMPARE(text(&page, u"storePermissions"_s), u"✓ Permissions: everything LedgerLink needs"_s);
        QCOMPARE(
            text(&page, u"storeBudget"_s),
            u"Rate-limit budget: %1 of 40 requests left (the bucket refills by 2 requests a second)"_s.arg(
                check.rateLimitRemaining));
        QVERIFY(check.rateLimitRemaining >= 36 && check.rateLimitRemaining <= 39);
        const Connectors::ConnectionCheck books = test(page, ConnectionsPage::Side::Erp);
        QVERIFY2(books.ok(), qPrintable(books.message));
        QCOMPARE(text(&page, u"erpAuthenticated"_s), u"✓ Authenticated: Sandbox Books"_s);
        QCOMPARE(text(&page, u"erpPermissions"_s),
                 u"✓ Permissions: not listed by the system; the reads worked"_s);
        saveScreenshots(&page, u"connections-sandbox"_s);
    }

    void anEmptyFolderBecomesAConfiguredWorkspace()
    {
        const QString workspace = m_dir.filePath(u"own-workspace"_s);
        QVERIFY(QDir().mkpath(workspace));
        ConnectionsPage page(workspace);
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.isSandboxView());
        QTest::mouseClick(child<QPushButton>(&page, u"configureButton"_s), Qt::LeftButton);
        QVERIFY(!page.isSandboxView());
        QVERIFY(child<QPushButton>(&page, u"saveButton"_s)->isVisible());
        QCOMPARE(child<QComboBox>(&page, u"storeSystem"_s)->currentData().toString(), u"shopify"_s);
        QCOMPARE(child<QComboBox>(&page, u"erpSystem"_s)->currentData().toString(), u"xero"_s);

        // Nothing typed yet: nothing saved, and each wrong field says why.
        QSignalSpy saved(&page, &ConnectionsPage::saved);
        QTest::mouseClick(child<QPushButton>(&page, u"saveButton"_s), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.last().first().toBool(), false);
        QCOMPARE(text(&page, u"storeBaseUrlError"_s),
                 u"Enter the base URL, e.g. https://my-shop.myshopify.com."_s);
        QCOMPARE(text(&page, u"storeAccountError"_s),
                 u"Enter the shop's domain, e.g. my-shop.myshopify.com."_s);
        QCOMPARE(text(&page, u"erpAccountError"_s), u"Enter the Xero tenant id of the organisation."_s);
        QVERIFY(!QFile::exists(Engine::connectionsFilePath(workspace)));

        // The in-process sandbox as the "real" systems, in the sandbox environment.
        const auto fill = [&page](const QString &name, const QString &value) {
            QLineEdit *edit = child<QLineEdit>(&page, name);
            edit->clear();
            QTest::keyClicks(edit, value);
        };
        for (const QString &side : {u"store"_s, u"erp"_s}) {
            QComboBox *environment = child<QComboBox>(&page, side + u"Environment"_s);
            environment->setCurrentIndex(environment->findData(u"sandbox"_s));
        }
        fill(u"storeBaseUrl"_s, m_storeUrl.toString());
        fill(u"storeAccount"_s, Sandbox::Credentials::shopDomain());
        fill(u"storeAccessToken"_s, Sandbox::Credentials::shopAccessToken());
        fill(u"storeWebhookSecret"_s, Sandbox::Credentials::shopWebhookSecret());
        fill(u"erpBaseUrl"_s, m_booksUrl.toString());
        fill(u"erpAccount"_s, Sandbox::Credentials::xeroTenantId());
        fill(u"erpAccessToken"_s, Sandbox::Credentials::xeroAccessToken());
        QCOMPARE(child<QLineEdit>(&page, u"storeAccessToken"_s)->echoMode(), QLineEdit::Password);
        // A refresh token left from an earlier sign-in to this tenant: a pasted access token
        // stands alone, so saving removes it.
        Connectors::ConnectorConfig xero;
        xero.system = u"xero"_s;
        xero.account = Sandbox::Credentials::xeroTenantId();
        const QString refreshKey =
            Engine::credentialKey(xero, QString::fromLatin1(Engine::refreshTokenField));
        {
            Secrets::CredentialStore keychain(QCoreApplication::applicationName());
            QCOMPARE(Engine::keychainNow(keychain, refreshKey, QByteArray("old-refresh-token")).status,
                     Secrets::CredentialResult::Status::Ok);
        }
        QTest::mouseClick(child<QPushButton>(&page, u"saveButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 20000);
        QCOMPARE(keychainRead(refreshKey).status, Secrets::CredentialResult::Status::NotFound);
        QVERIFY2(saved.last().first().toBool(), qPrintable(page.statusText()));
        QCOMPARE(page.statusText(),
                 u"Saved %1. Restart the studio so that every page works with these connections instead of "
                 u"the sandbox. "
                 "The secrets are in the OS keychain."_s.arg(
                     QDir::toNativeSeparators(Engine::connectionsFilePath(workspace))));
        QVERIFY(!child<QLabel>(&page, u"storeBaseUrlError"_s)->isVisible());

        // connections.json: the two sides, and no secret.
        QFile file(Engine::connectionsFilePath(workspace));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const char *secret :
             {Sandbox::Credentials::shopAccessTokenText, Sandbox::Credentials::shopWebhookSecretText,
              Sandbox::Credentials::xeroAccessTokenText})
            QVERIFY2(!bytes.contains(secret), bytes.constData());
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(u"store"_s).toObject(),
                 (QJsonObject{{u"system"_s, u"shopify"_s},
                              {u"environment"_s, u"sandbox"_s},
                              {u"base_url"_s, m_storeUrl.toString()},
                              {u"account"_s, Sandbox::Credentials::shopDomain()}}));
        QCOMPARE(root.value(u"erp"_s).toObject(),
                 (QJsonObject{{u"system"_s, u"xero"_s},
                              {u"environment"_s, u"sandbox"_s},
                              {u"base_url"_s, m_booksUrl.toString()},
                              {u"account"_s, Sandbox::Credentials::xeroTenantId()}}));
        // The folder is a workspace of its own now, read-only to start with.
        QString error;
        const auto config = Engine::loadWorkspaceConfig(workspace, &error);
        QVERIFY2(config, qPrintable(error));
        QVERIFY(!config->sandbox);
        QCOMPARE(config->mapping.policies.rolloutStage, Mapping::RolloutStage::ReadOnly);
        QCOMPARE(config->mapping.store.system, Sandbox::Credentials::shopDomain());
        QVERIFY(config->store.accessToken.isEmpty());

        // The secrets: in the keychain, under the engine's keys; the fields are empty again.
        const QString tokenKey =
            Engine::credentialKey(config->store, QString::fromLatin1(Engine::accessTokenField));
        QCOMPARE(tokenKey, u"connection/shopify:sandbox-shop.myshopify.com/access_token"_s);
        Secrets::CredentialResult stored = keychainRead(tokenKey);
        QCOMPARE(stored.status, Secrets::CredentialResult::Status::Ok);
        QCOMPARE(stored.secret, QByteArray(Sandbox::Credentials::shopAccessTokenText));
        stored = keychainRead(
            Engine::credentialKey(config->store, QString::fromLatin1(Engine::webhookSecretField)));
        QCOMPARE(stored.secret, QByteArray(Sandbox::Credentials::shopWebhookSecretText));
        stored =
            keychainRead(Engine::credentialKey(config->erp, QString::fromLatin1(Engine::accessTokenField)));
        QCOMPARE(stored.secret, QByteArray(Sandbox::Credentials::xeroAccessTokenText));
        QVERIFY(child<QLineEdit>(&page, u"storeAccessToken"_s)->text().isEmpty());
        QTRY_COMPARE(child<QLineEdit>(&page, u"storeAccessToken"_s)->placeholderText(),
                     u"saved in the keychain; type to replace"_s);
        // The engine's own credential loading finds them.
        Engine::WorkspaceConfig withSecrets = *config;
        Secrets::CredentialStore keychain(QCoreApplication::applicationName());
        QVERIFY2(Engine::loadCredentials(withSecrets, Engine::CredentialSource::Keychain, &keychain, &error),
                 qPrintable(error));
        QCOMPARE(withSecrets.erp.accessToken, QByteArray(Sandbox::Credentials::xeroAccessTokenText));

        // Test connection reads the token from the keychain and asks the sandbox store.
        const Connectors::ConnectionCheck check = test(page, ConnectionsPage::Side::Store);
        QVERIFY2(check.ok(), qPrintable(check.message));
        QCOMPARE(text(&page, u"storeReachable"_s), u"✓ Reachable: the server answered (HTTP 200)"_s);
        QCOMPARE(text(&page, u"storeAuthenticated"_s), u"✓ Authenticated: Sandbox Shop"_s);
        QCOMPARE(text(&page, u"storePermissions"_s), u"✓ Permissions: everything LedgerLink needs"_s);
        QVERIFY(check.rateLimitRemaining >= 36 && check.rateLimitRemaining <= 39);
        QCOMPARE(
            text(&page, u"storeBudget"_s),
            u"Rate-limit budget: %1 of 40 requests left (the bucket refills by 2 requests a second)"_s.arg(
                check.rateLimitRemaining));
        QCOMPARE(text(&page, u"storeMessage"_s), check.message);
        QVERIFY(check.message.startsWith(
            u"Connected to Sandbox Shop with every access scope LedgerLink needs; "_s));

        const Connectors::ConnectionCheck books = test(page, ConnectionsPage::Side::Erp);
        QVERIFY2(books.ok(), qPrintable(books.message));
        QCOMPARE(text(&page, u"erpAuthenticated"_s), u"✓ Authenticated: Sandbox Books"_s);
        // The books' first request in this sandbox: one of the minute's 60 and of the day's 5,000 used.
        QCOMPARE(text(&page, u"erpBudget"_s),
                 u"Rate-limit budget: 59 of 60 requests left (4,999 of 5,000 requests left today)"_s);
        saveScreenshots(&page, u"connections-page"_s);

        // A wrong token typed in (not saved): not authenticated, and the keychain keeps the right one.
        fill(u"storeAccessToken"_s, u"shpat_wrong_token"_s);
        const Connectors::ConnectionCheck wrong = test(page, ConnectionsPage::Side::Store);
        QVERIFY(!wrong.ok());
        QCOMPARE(text(&page, u"storeReachable"_s), u"✓ Reachable: the server answered (HTTP 401)"_s);
        QCOMPARE(text(&page, u"storeAuthenticated"_s), u"✗ Not authenticated"_s);
        QCOMPARE(text(&page, u"storePermissions"_s), u"– Permissions: not tried"_s);
        QVERIFY2(text(&page, u"storeMessage"_s).contains(u"refused the access token (HTTP 401"_s),
                 qPrintable(text(&page, u"storeMessage"_s)));
        QVERIFY(!page.checkText(ConnectionsPage::Side::Store).contains(u"shpat_wrong_token"_s));
        QCOMPARE(keychainRead(tokenKey).secret, QByteArray(Sandbox::Credentials::shopAccessTokenText));
        saveScreenshots(&page, u"connections-page-refused"_s);

        // A closed port: not reachable, nothing else tried.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closed = probe.serverPort();
        probe.close();
        fill(u"storeBaseUrl"_s, u"http://127.0.0.1:"_s + QString::number(closed));
        child<QLineEdit>(&page, u"storeAccessToken"_s)->clear();
        fill(u"storeAccessToken"_s, Sandbox::Credentials::shopAccessToken());
        const Connectors::ConnectionCheck unreachable = test(page, ConnectionsPage::Side::Store);
        QVERIFY(!unreachable.reachable);
        QCOMPARE(text(&page, u"storeReachable"_s), u"✗ Not reachable"_s);
        QCOMPARE(text(&page, u"storeAuthenticated"_s), u"– Authenticated: not tried"_s);
        QVERIFY2(text(&page, u"storeMessage"_s).contains(u"(connection refused)"_s),
                 qPrintable(text(&page, u"storeMessage"_s)));

        // Opened again, the page shows the saved connections and that the secrets are stored.
        ConnectionsPage again(workspace);
        QVERIFY(!again.isSandboxView());
        QCOMPARE(child<QLineEdit>(&again, u"storeBaseUrl"_s)->text(), m_storeUrl.toString());
        QCOMPARE(child<QComboBox>(&again, u"erpEnvironment"_s)->currentData().toString(), u"sandbox"_s);
        QTRY_COMPARE(child<QLineEdit>(&again, u"erpAccessToken"_s)->placeholderText(),
                     u"saved in the keychain; type to replace"_s);
        QTRY_COMPARE(child<QLineEdit>(&again, u"erpWebhookSecret"_s)->placeholderText(),
                     u"optional; not in the keychain yet"_s);
    }

    void aSignInFlowPlugsIn()
    {
        const QString workspace = m_dir.filePath(u"sign-in-workspace"_s);
        QVERIFY(QDir().mkpath(workspace));
        ConnectionsPage page(workspace);
        page.startConfiguring();
        QPushButton *signIn = child<QPushButton>(&page, u"erpSignIn"_s);
        // Xero itself (https://api.xero.com) needs the client id of LedgerLink's Xero app; this build
        // has none.
        QVERIFY(!signIn->isEnabled());
        QVERIFY2(signIn->toolTip().contains(u"LEDGERLINK_XERO_CLIENT_ID"_s), qPrintable(signIn->toolTip()));
        Engine::ConnectionEntry asked;
        page.setSignInFlow(ConnectionsPage::Side::Erp,
                           [&asked](const Engine::ConnectionEntry &connection, auto done) {
                               asked = connection;
                               done(QByteArray("token-from-oauth"), QString());
                           });
        QVERIFY(signIn->isEnabled());
        child<QLineEdit>(&page, u"erpAccount"_s)->setText(Sandbox::Credentials::xeroTenantId());
        QTest::mouseClick(signIn, Qt::LeftButton);
        QCOMPARE(asked.system, u"xero"_s);
        QCOMPARE(asked.account, Sandbox::Credentials::xeroTenantId());
        QCOMPARE(child<QLineEdit>(&page, u"erpAccessToken"_s)->text(), u"token-from-oauth"_s);
        QCOMPARE(text(&page, u"erpMessage"_s),
                 u"Signed in: save to store the access token in the keychain."_s);
    }

    /// Vendure and Tryton: their own labels, and a new workspace of the pair starts from the bundled
    /// Vendure → Tryton governance document.
    void vendureAndTrytonConnect()
    {
        const QString workspace = m_dir.filePath(u"vendure-tryton-workspace"_s);
        QVERIFY(QDir().mkpath(workspace));
        ConnectionsPage page(workspace);
        page.resize(1100, 520);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.startConfiguring();
        QComboBox *store = child<QComboBox>(&page, u"storeSystem"_s);
        QComboBox *erp = child<QComboBox>(&page, u"erpSystem"_s);
        QVERIFY(store->findData(u"woocommerce"_s) >= 0);
        QCOMPARE(erp->findData(u"vendure"_s), -1); // a store, not an ERP
        store->setCurrentIndex(store->findData(u"vendure"_s));
        erp->setCurrentIndex(erp->findData(u"tryton"_s));
        const auto labelOf = [&page](const QString &field) {
            for (QFormLayout *form : page.findChildren<QFormLayout *>()) {
                if (auto *label = qobject_cast<QLabel *>(form->labelForField(child<QWidget>(&page, field))))
                    return label->text();
            }
            return QString();
        };
        QCOMPARE(labelOf(u"storeAccount"_s), u"Administrator:"_s);
        QCOMPARE(labelOf(u"storeAccessToken"_s), u"Password:"_s);
        QCOMPARE(labelOf(u"erpAccount"_s), u"User name:"_s);
        QVERIFY(!child<QLineEdit>(&page, u"erpWebhookSecret"_s)->isVisible()); // Tryton sends no webhooks
        QCOMPARE(child<QLineEdit>(&page, u"erpBaseUrl"_s)->placeholderText(),
                 u"https://erp.example.com/database/"_s);
        child<QLineEdit>(&page, u"storeBaseUrl"_s)->setText(u"https://shop.example.com"_s);
        child<QLineEdit>(&page, u"erpBaseUrl"_s)->setText(u"https://erp.example.com/erp/"_s);
        child<QLineEdit>(&page, u"erpAccount"_s)->setText(u"ledgerlink"_s);
        QSignalSpy saved(&page, &ConnectionsPage::saved);
        page.save();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.last().first().toBool(), false);
        QCOMPARE(text(&page, u"storeAccountError"_s), u"Enter the user name."_s);
        child<QLineEdit>(&page, u"storeAccount"_s)->setText(u"superadmin"_s);
        page.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 20000);
        QVERIFY2(saved.last().first().toBool(), qPrintable(page.statusText()));
        saveScreenshots(&page, u"connections-vendure-tryton"_s);
        QString error;
        const auto config = Engine::loadWorkspaceConfig(workspace, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->store.system, u"vendure"_s);
        QCOMPARE(config->erp.system, u"tryton"_s);
        QCOMPARE(config->mapping.erp.catalog, u"tryton"_s);
        QCOMPARE(config->mapping.objects.size(), 6);
        QCOMPARE(config->mapping.policies.rolloutStage, Mapping::RolloutStage::ReadOnly);
    }

    /// NetSuite, SAP Business One and Odoo: a field for each part of their secret (the keychain
    /// gets them joined as the connector reads them), stored whole or not at all; NetSuite's Test
    /// connection signs with the parts typed.
    void systemsWithASecretInParts()
    {
        const QString workspace = m_dir.filePath(u"netsuite-workspace"_s);
        QVERIFY(QDir().mkpath(workspace));
        ConnectionsPage page(workspace);
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.startConfiguring();
        QComboBox *erp = child<QComboBox>(&page, u"erpSystem"_s);
        const auto labelOf = [&page](const QString &field) {
            for (QFormLayout *form : page.findChildren<QFormLayout *>()) {
                if (auto *label = qobject_cast<QLabel *>(form->labelForField(child<QWidget>(&page, field))))
                    return label->isVisible() ? label->text() : u"(hidden) "_s + label->text();
            }
            return QString();
        };
        const auto part = [&page](int n) {
            return child<QLineEdit>(&page, u"erpSecretPart"_s + QString::number(n));
        };
        const auto fill = [](QLineEdit *edit, const QString &value) {
            edit->clear();
            QTest::keyClicks(edit, value);
        };

        erp->setCurrentIndex(erp->findData(u"netsuite"_s));
        QVERIFY(erp->currentIndex() >= 0);
        QCOMPARE(labelOf(u"erpAccount"_s), u"Account id:"_s);
        QCOMPARE(labelOf(u"erpSecretPart1"_s), u"Consumer key:"_s);
        QCOMPARE(labelOf(u"erpSecretPart2"_s), u"Consumer secret:"_s);
        QCOMPARE(labelOf(u"erpSecretPart3"_s), u"Token id:"_s);
        QCOMPARE(labelOf(u"erpSecretPart4"_s), u"Token secret:"_s);
        QCOMPARE(labelOf(u"erpAccessToken"_s), QString()); // its row is out of the form
        QVERIFY(!child<QLineEdit>(&page, u"erpAccessToken"_s)->isVisible());
        QVERIFY(!child<QLineEdit>(&page, u"erpWebhookSecret"_s)->isVisible());
        QVERIFY(!child<QPushButton>(&page, u"erpSignIn"_s)->isEnabled());
        for (int n = 1; n <= 4; ++n)
            QCOMPARE(part(n)->echoMode(), QLineEdit::Password);

        // A NetSuite "account" stands in for this test: it records the request and refuses it as
        // NetSuite does (o:errorDetails), so the signature's consumer key and token are visible.
        QTcpServer netsuite;
        QVERIFY(netsuite.listen(QHostAddress::LocalHost));
        QByteArray request;
        connect(&netsuite, &QTcpServer::newConnection, &netsuite, [&netsuite, &request] {
            QTcpSocket *socket = netsuite.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &request] {
                request += socket->readAll();
                if (!request.contains("\r\n\r\n"))
                    return;
                const QByteArray body =
                    R"({"type":"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.2",)"
                    R"("title":"Unauthorized","status":401,"o:errorDetails":[{"detail":)"
                    R"("Invalid login attempt. For more details, see the Login Audit Trail )"
                    R"(in the NetSuite UI at Setup > Users/Roles > User Management > View )"
                    R"(Login Audit Trail.","o:errorCode":"INVALID_LOGIN"}]})";
                socket->write(
                    "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/vnd.oracle.resource+json; "
                    "type=error\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        child<QComboBox>(&page, u"erpEnvironment"_s)->setCurrentIndex(1); // production, over loopback
        fill(child<QLineEdit>(&page, u"erpBaseUrl"_s), u"http://127.0.0.1:%1"_s.arg(netsuite.serverPort()));
        fill(child<QLineEdit>(&page, u"erpAccount"_s), u"1234567 SB1"_s);
        fill(part(1), u"ck-4f1e"_s);
        fill(part(2), u"cs-9a0b"_s);
        fill(part(3), u"tid-77c2"_s);
        fill(child<QLineEdit>(&page, u"storeBaseUrl"_s), u"https://my-shop.myshopify.com"_s);
        fill(child<QLineEdit>(&page, u"storeAccount"_s), u"my-shop.myshopify.com"_s);

        QSignalSpy saved(&page, &ConnectionsPage::saved);
        page.save();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.last().first().toBool(), false);
        QCOMPARE(text(&page, u"erpAccountError"_s),
                 u"A NetSuite account id looks like 1234567 or 1234567_SB1."_s);
        QCOMPARE(
            text(&page, u"erpSecretError"_s),
            u"Fill in every part of the credentials: \"Token secret\" is empty (they are stored together)."_s);
        QVERIFY(!QFile::exists(Engine::connectionsFilePath(workspace)));
        fill(child<QLineEdit>(&page, u"erpAccount"_s), u"1234567_SB1"_s);
        fill(part(4), u"ts-e5d3"_s);
        saveScreenshots(&page, u"connections-netsuite"_s);

        const Connectors::ConnectionCheck check = test(page, ConnectionsPage::Side::Erp);
        QVERIFY(check.reachable);
        QVERIFY(!check.authenticated);
        QCOMPARE(check.httpStatus, 401);
        QVERIFY2(request.startsWith("GET /services/rest/"), request.constData());
        QVERIFY2(request.contains(R"(oauth_consumer_key="ck-4f1e")"), request.constData());
        QVERIFY2(request.contains(R"(oauth_token="tid-77c2")"), request.constData());
        QVERIFY2(request.contains(R"(realm="1234567_SB1")"), request.constData());
        QVERIFY2(request.contains(R"(oauth_signature_method="HMAC-SHA256")"), request.constData());
        QVERIFY2(!request.contains("cs-9a0b") && !request.contains("ts-e5d3"), request.constData());

        page.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 20000);
        QVERIFY2(saved.last().first().toBool(), qPrintable(page.statusText()));
        QString error;
        const auto connections = Engine::readWorkspaceConnections(workspace, &error);
        QVERIFY2(connections, qPrintable(error));
        QCOMPARE(connections->erp.system, u"netsuite"_s);
        QCOMPARE(connections->erp.account, u"1234567_SB1"_s);
        // The workspace's mapping is written in the pair's catalogs (never another pair's paths).
        const Mapping::LoadResult mapping =
            Mapping::MappingDocument::load(Engine::mappingFilePath(workspace));
        QVERIFY2(mapping.ok(), qPrintable(mapping.error));
        QCOMPARE(mapping.document->store.catalog, u"shopify"_s);
        QCOMPARE(mapping.document->erp.catalog, u"netsuite"_s);
        QCOMPARE(mapping.document->erp.system, u"1234567_SB1"_s);
        Connectors::ConnectorConfig netSuite;
        netSuite.system = u"netsuite"_s;
        netSuite.account = u"1234567_SB1"_s;
        const Secrets::CredentialResult stored =
            keychainRead(Engine::credentialKey(netSuite, QString::fromLatin1(Engine::accessTokenField)));
        QCOMPARE(stored.status, Secrets::CredentialResult::Status::Ok);
        QCOMPARE(stored.secret, QByteArray("ck-4f1e:cs-9a0b:tid-77c2:ts-e5d3"));
        for (int n = 1; n <= 4; ++n) {
            QVERIFY(part(n)->text().isEmpty());
            QTRY_COMPARE(part(n)->placeholderText(), u"saved in the keychain; type every part to replace"_s);
        }

        // SAP Business One: a user name (shown) and a password; nothing typed for NetSuite carries over.
        fill(part(1), u"typed-for-netsuite"_s);
        erp->setCurrentIndex(erp->findData(u"sapb1"_s));
        QCOMPARE(labelOf(u"erpAccount"_s), u"Company database:"_s);
        QCOMPARE(page.checkText(ConnectionsPage::Side::Erp), QString()); // NetSuite's answer is gone
        QCOMPARE(labelOf(u"erpSecretPart1"_s), u"User name:"_s);
        QCOMPARE(labelOf(u"erpSecretPart2"_s), u"Password:"_s);
        QCOMPARE(labelOf(u"erpSecretPart3"_s), QString());
        QVERIFY(!part(3)->isVisible());
        QVERIFY(part(1)->text().isEmpty());
        QVERIFY(child<QLineEdit>(&page, u"erpAccessToken"_s)->text().isEmpty());
        QCOMPARE(part(1)->echoMode(), QLineEdit::Normal);
        QCOMPARE(part(2)->echoMode(), QLineEdit::Password);
        fill(child<QLineEdit>(&page, u"erpAccount"_s), u"SBODEMOUS"_s);
        fill(part(1), u"man:ager"_s);
        fill(part(2), u"pass:word"_s); // the password may hold ':', split at the first
        page.save();
        QCOMPARE(saved.count(), 3);
        QCOMPARE(saved.last().first().toBool(), false);
        QCOMPARE(text(&page, u"erpSecretError"_s), u"\"User name\" cannot contain ':'."_s);
        QCOMPARE(child<QLineEdit>(&page, u"erpAccessToken"_s)->text(), u"man:ager:pass:word"_s);
        fill(part(1), u"manager"_s);
        QCOMPARE(child<QLineEdit>(&page, u"erpAccessToken"_s)->text(), u"manager:pass:word"_s);
        page.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 4, 20000);
        QVERIFY2(saved.last().first().toBool(), qPrintable(page.statusText()));
        QVERIFY(!child<QLabel>(&page, u"erpSecretError"_s)->isVisible());
        Connectors::ConnectorConfig sapB1;
        sapB1.system = u"sapb1"_s;
        sapB1.account = u"SBODEMOUS"_s;
        QCOMPARE(
            keychainRead(Engine::credentialKey(sapB1, QString::fromLatin1(Engine::accessTokenField))).secret,
            QByteArray("manager:pass:word"));
        saveScreenshots(&page, u"connections-sapb1"_s);

        // Odoo: the login and an API key.
        erp->setCurrentIndex(erp->findData(u"odoo"_s));
        QCOMPARE(labelOf(u"erpAccount"_s), u"Database:"_s);
        QCOMPARE(labelOf(u"erpSecretPart1"_s), u"Login:"_s);
        QCOMPARE(labelOf(u"erpSecretPart2"_s), u"API key:"_s);
        QVERIFY(part(2)->text().isEmpty());
        // Zoho Books: one (OAuth) access token and the organization id.
        erp->setCurrentIndex(erp->findData(u"zoho"_s));
        QCOMPARE(labelOf(u"erpAccount"_s), u"Organization id:"_s);
        QCOMPARE(labelOf(u"erpAccessToken"_s), u"Access token:"_s);
        QCOMPARE(labelOf(u"erpSecretPart1"_s), QString());
        fill(child<QLineEdit>(&page, u"erpAccount"_s), u"org-1"_s);
        page.save();
        QCOMPARE(saved.count(), 5);
        QCOMPARE(text(&page, u"erpAccountError"_s),
                 u"A Zoho Books organization id is a number, e.g. 10234695."_s);
        // Back to a system with one access token: its row is back where it was.
        erp->setCurrentIndex(erp->findData(u"xero"_s));
        QCOMPARE(labelOf(u"erpAccessToken"_s), u"Access token:"_s);
        QCOMPARE(labelOf(u"erpSecretPart1"_s), QString());
        QVERIFY(child<QLineEdit>(&page, u"erpWebhookSecret"_s)->isVisible());
    }

    void aProductionConnectionNeedsHttps()
    {
        const QString workspace = m_dir.filePath(u"https-workspace"_s);
        QVERIFY(QDir().mkpath(workspace));
        ConnectionsPage page(workspace);
        page.startConfiguring();
        child<QLineEdit>(&page, u"storeBaseUrl"_s)->setText(u"http://my-shop.myshopify.com"_s);
        child<QLineEdit>(&page, u"storeAccount"_s)->setText(u"my-shop.myshopify.com"_s);
        child<QLineEdit>(&page, u"erpAccount"_s)->setText(u"not-a-guid"_s);
        QSignalSpy saved(&page, &ConnectionsPage::saved);
        page.save();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.last().first().toBool(), false);
        QCOMPARE(text(&page, u"storeBaseUrlError"_s), u"A production connection must use https://."_s);
        QCOMPARE(text(&page, u"storeAccountError"_s), QString());
        QCOMPARE(text(&page, u"erpAccountError"_s),
                 u"A Xero tenant id looks like 00000000-0000-0000-0000-000000000000."_s);
        QCOMPARE(text(&page, u"erpBaseUrlError"_s), QString()); // https://api.xero.com by default
        QCOMPARE(page.statusText(), u"Nothing was saved: correct the marked fields."_s);
        QVERIFY(!QFile::exists(Engine::connectionsFilePath(workspace)));
    }

    /// Xero (the sandbox books) behind TLS whose certificate a private CA signed (a self-signed
    /// one here): Test connection refuses it with the engine's message until the workspace trusts
    /// the CA, through connections.json's "ca_bundle" or LEDGERLINK_CA_BUNDLE, the same certificate
    /// authorities a sync uses (Engine::loadWorkspaceCaCertificates); a bundle that is not there
    /// is named.
    void xeroBehindAPrivateCaTestsOnceTheWorkspaceTrustsIt()
    {
        QVERIFY(qEnvironmentVariableIsEmpty(Net::caBundleVariable));
        const QString workspace = m_dir.filePath(u"private-ca-workspace"_s);
        const QString tls = workspace + u"/tls"_s;
        QVERIFY(QDir().mkpath(tls));
        QSslCertificate certificate;
        QSslKey key;
        QString error;
        QVERIFY2(Testing::makeSelfSignedCertificate(tls, &certificate, &key, &error), qPrintable(error));
        Test::FaultProxy books(m_booksUrl); // TLS in front of the sandbox books, no faults
        QVERIFY2(books.start(&error, certificate, key), qPrintable(error));
        QCOMPARE(books.url().scheme(), u"https"_s);
        QVERIFY(Testing::writeSandboxWorkspace(workspace, m_storeUrl, books.url()));

        ConnectionsPage page(workspace);
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.isSandboxView());
        QCOMPARE(child<QLineEdit>(&page, u"erpBaseUrl"_s)->text(), books.url().toString());
        // Typed, not saved: tested as typed (the keychain is another test's business).
        QTest::keyClicks(child<QLineEdit>(&page, u"erpAccessToken"_s),
                         Sandbox::Credentials::xeroAccessToken());

        const Connectors::ConnectionCheck refused = test(page, ConnectionsPage::Side::Erp);
        QVERIFY(!refused.reachable);
        QCOMPARE(text(&page, u"erpReachable"_s), u"✗ Not reachable"_s);
        QCOMPARE(text(&page, u"erpAuthenticated"_s), u"– Authenticated: not tried"_s);
        QCOMPARE(text(&page, u"erpMessage"_s),
                 u"The TLS certificate of 127.0.0.1 is not trusted (The certificate is self-signed, and "
                 "untrusted). LedgerLink never turns certificate checks off: if the server uses a private "
                 "certificate authority, add its certificate with the LEDGERLINK_CA_BUNDLE environment "
                 "variable or \"ca_bundle\" in connections.json."_s);
        QCOMPARE(books.forwarded(), 0);
        QTRY_VERIFY(books.handshakesFailed()
                    >= 1); // counted on the proxy thread, maybe after the client gave up
        saveScreenshots(&page, u"connections-untrusted-ca"_s);

        // A bundle that is not there: named, and nothing sent.
        QVERIFY(Testing::setCaBundle(workspace, u"tls/missing.pem"_s));
        QFile missing(tls + u"/missing.pem"_s);
        QVERIFY(!missing.open(QIODevice::ReadOnly));
        const Connectors::ConnectionCheck notThere = test(page, ConnectionsPage::Side::Erp);
        QVERIFY(!notThere.ok());
        QCOMPARE(text(&page, u"erpMessage"_s),
                 Engine::connectionsFilePath(workspace) + u": \"ca_bundle\": "_s + tls
                     + u"/missing.pem: cannot read the certificate authority bundle: "_s
                     + missing.errorString());
        QCOMPARE(books.forwarded(), 0);

        // The workspace's "ca_bundle", relative to its folder: trusted, the books answer.
        QVERIFY(Testing::setCaBundle(workspace, u"tls/cert.pem"_s));
        const Connectors::ConnectionCheck trusted = test(page, ConnectionsPage::Side::Erp);
        QVERIFY2(trusted.ok(), qPrintable(trusted.message));
        QCOMPARE(text(&page, u"erpReachable"_s), u"✓ Reachable: the server answered (HTTP 200)"_s);
        QCOMPARE(text(&page, u"erpAuthenticated"_s), u"✓ Authenticated: Sandbox Books"_s);
        QCOMPARE(text(&page, u"erpPermissions"_s),
                 u"✓ Permissions: not listed by the system; the reads worked"_s);
        QVERIFY(books.forwarded() >= 1);
        saveScreenshots(&page, u"connections-private-ca"_s);

        // The process-wide variable counts as well, without "ca_bundle".
        QVERIFY(Testing::setCaBundle(workspace, QString()));
        const Connectors::ConnectionCheck again = test(page, ConnectionsPage::Side::Erp);
        QVERIFY(!again.reachable);
        qputenv(Net::caBundleVariable, QFile::encodeName(tls + u"/cert.pem"_s));
        const Connectors::ConnectionCheck byVariable = test(page, ConnectionsPage::Side::Erp);
        QVERIFY2(byVariable.ok(), qPrintable(byVariable.message));
        QCOMPARE(text(&page, u"erpAuthenticated"_s), u"✓ Authenticated: Sandbox Books"_s);
    }
};

QTEST_MAIN(TestConnectionsPage)
#include "tst_connectionspage.moc"
