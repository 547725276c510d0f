// QuickBooks Online on the studio's Connections page, offscreen, with a real keychain
// (gnome-keyring on the `keyring` CTest fixture's private session bus) and a local stand-in for
// Intuit's OAuth 2.0 server (tests/net/fakeintuitserver.h): the system offered, its account
// labelled and checked as a realm id, "Sign in…" disabled with the reason while the build has no
// Intuit keys, then Intuit's sign-in through an injected browser: the realm id comes back with the
// redirect and is filled in, the access and refresh tokens end up in the keychain only.
#include "../net/fakeintuitserver.h"
#include "connectionspage.h"
#include "engine/workspaceconfig.h"
#include "engine/workspacecredentials.h"
#include "secrets/credentialstore.h"
#include "studiotestsupport.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
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
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyleFactory>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Studio::ConnectionsPage;
using TestSupport::FakeIntuitServer;

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

/// The text of the form label of the ERP side's field `field`.
QString rowLabel(QWidget *page, const QString &field)
{
    auto *box = child<QGroupBox>(page, u"erpBox"_s);
    QWidget *widget = child<QWidget>(page, field);
    for (QFormLayout *form : box->findChildren<QFormLayout *>()) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(widget)))
            return label->text();
    }
    return {};
}

/// The user's browser: follows the authorization server's 302 to the loopback redirect; `idle`
/// opens nothing (a user still signing in).
class FakeBrowser : public QObject
{
public:
    bool idle = false;
    QList<QUrl> opened;
    int callbackStatus = 0;

    std::function<bool(const QUrl &)> function()
    {
        return [this](const QUrl &url) {
            opened.append(url);
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

} // namespace

class TestQuickBooksSignIn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeIntuitServer m_intuit;

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

    QString keyOf(const QString &realmId, const char *field) const
    {
        Connectors::ConnectorConfig config;
        config.system = u"quickbooks"_s;
        config.baseUrl = m_intuit.baseUrl();
        config.account = realmId;
        return Engine::credentialKey(config, QString::fromLatin1(field));
    }

    /// A configured workspace: a Shopify store, QuickBooks Online as the ERP at `erpUrl`.
    void configure(ConnectionsPage &page, const QString &erpUrl)
    {
        page.startConfiguring();
        child<QLineEdit>(&page, u"storeBaseUrl"_s)->setText(u"https://my-shop.myshopify.com"_s);
        child<QLineEdit>(&page, u"storeAccount"_s)->setText(u"my-shop.myshopify.com"_s);
        QComboBox *system = child<QComboBox>(&page, u"erpSystem"_s);
        system->setCurrentIndex(system->findData(u"quickbooks"_s));
        child<QLineEdit>(&page, u"erpBaseUrl"_s)->setText(erpUrl);
        child<QLineEdit>(&page, u"erpAccount"_s)->clear();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY2(bus.startsWith("unix:path=") && QFile::exists(QString::fromLocal8Bit(bus.mid(10))),
                 "No private session bus: run this test through CTest so the `keyring` fixture starts it");
        // The page's keychain service is the application's name: one of its own per run.
        TestSupport::isolateSettings(u"quickbookssignin"_s);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        installTranslations(u"en"_s);
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
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.startConfiguring();

        // Offered on the ERP side only.
        QComboBox *system = child<QComboBox>(&page, u"erpSystem"_s);
        const int offered = system->findText(u"QuickBooks Online"_s);
        QVERIFY(offered >= 0);
        QCOMPARE(system->itemData(offered).toString(), u"quickbooks"_s);
        QCOMPARE(child<QComboBox>(&page, u"storeSystem"_s)->findData(u"quickbooks"_s), -1);

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
        QLabel *error = child<QLabel>(&page, u"erpAccountError"_s);
        page.testConnection(ConnectionsPage::Side::Erp);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"Enter the QuickBooks realm id (company id)."_s);
        account->setText(u"abc"_s);
        QSignalSpy saved(&page, &ConnectionsPage::saved);
        page.save();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toBool(), false);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"A QuickBooks realm id is a number, e.g. 1185883450."_s);
        QVERIFY(!QFile::exists(Engine::connectionsFilePath(workspace)));
        saveScreenshots(&page, u"connections-quickbooks-refused"_s);

        account->setText(u" 1185883450 "_s);
        page.testConnection(ConnectionsPage::Side::Erp); // validates, then tests (no token: refused)
        QVERIFY(!error->isVisible());
    }

    void theSignInFillsInTheRealmId()
    {
        qputenv("LEDGERLINK_QUICKBOOKS_CLIENT_ID", m_intuit.clientId.toLatin1());
        qputenv("LEDGERLINK_QUICKBOOKS_CLIENT_SECRET", m_intuit.clientSecret.toLatin1());
        const QString workspace = m_dir.filePath(u"signed-in"_s);
        QVERIFY(QDir().mkpath(workspace));
        ConnectionsPage page(workspace);
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        configure(page, m_intuit.baseUrl().toString());
        QPushButton *signIn = child<QPushButton>(&page, u"erpSignIn"_s);
        QPushButton *cancel = child<QPushButton>(&page, u"erpCancelSignIn"_s);
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
        QVERIFY(page.isSigningIn(ConnectionsPage::Side::Erp));
        QVERIFY(cancel->isVisible());
        QVERIFY(!signIn->isEnabled());
        QVERIFY2(text(&page, u"erpMessage"_s).startsWith(u"Waiting for the browser… Sign in to QuickBooks"_s),
                 qPrintable(text(&page, u"erpMessage"_s)));
        const QUrlQuery query(idle.opened.first());
        QCOMPARE(query.queryItemValue(u"client_id"_s), m_intuit.clientId);
        QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded), u"com.intuit.quickbooks.accounting"_s);
        QVERIFY(!query.hasQueryItem(u"code_challenge"_s));
        saveScreenshots(&page, u"connections-quickbooks-waiting"_s);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(text(&page, u"erpMessage"_s), u"Sign-in cancelled."_s);
        QVERIFY(!cancel->isVisible());
        QVERIFY(signIn->isEnabled());

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
        QVERIFY(child<QLineEdit>(&page, u"erpAccessToken"_s)->text().isEmpty()); // never shown
        QTRY_COMPARE(child<QLineEdit>(&page, u"erpAccessToken"_s)->placeholderText(),
                     u"saved in the keychain; type to replace"_s);

        const Secrets::CredentialResult access =
            keychainRead(keyOf(u"1185883450"_s, Engine::accessTokenField));
        QCOMPARE(access.status, Secrets::CredentialResult::Status::Ok);
        QVERIFY(m_intuit.isAccessToken(access.secret));
        const Secrets::CredentialResult refresh =
            keychainRead(keyOf(u"1185883450"_s, Engine::refreshTokenField));
        QCOMPARE(refresh.status, Secrets::CredentialResult::Status::Ok);
        QVERIFY(refresh.secret.startsWith("RT1-"));
        QVERIFY(!text(&page, u"erpMessage"_s).contains(QString::fromLatin1(access.secret)));
        saveScreenshots(&page, u"connections-quickbooks-signed-in"_s);

        // Saved: connections.json has the realm id and no token.
        QSignalSpy saved(&page, &ConnectionsPage::saved);
        page.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
        QVERIFY2(saved.first().first().toBool(), qPrintable(page.statusText()));
        QFile file(Engine::connectionsFilePath(workspace));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(access.secret));
        QVERIFY(!bytes.contains(refresh.secret));
        const QJsonObject erp = QJsonDocument::fromJson(bytes).object().value(u"erp"_s).toObject();
        QCOMPARE(erp.value(u"system"_s).toString(), u"quickbooks"_s);
        QCOMPARE(erp.value(u"account"_s).toString(), u"1185883450"_s);

        // A denial is shown, and nothing changes.
        m_intuit.deny = true;
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 20000);
        QCOMPARE(finished.last().at(1).toBool(), false);
        QVERIFY2(text(&page, u"erpMessage"_s).contains(u"access_denied"_s),
                 qPrintable(text(&page, u"erpMessage"_s)));
        QCOMPARE(child<QLineEdit>(&page, u"erpAccount"_s)->text(), u"1185883450"_s);
        qunsetenv("LEDGERLINK_QUICKBOOKS_CLIENT_ID");
        qunsetenv("LEDGERLINK_QUICKBOOKS_CLIENT_SECRET");
    }
};

QTEST_MAIN(TestQuickBooksSignIn)
#include "tst_quickbookssignin.moc"
