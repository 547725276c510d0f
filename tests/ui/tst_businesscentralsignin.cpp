// Dynamics 365 Business Central on the studio's Connections page, offscreen, with a real keychain
// (gnome-keyring on the `keyring` CTest fixture's private session bus) and a local stand-in for the
// Microsoft identity platform and Business Central's company list
// (tests/net/fakemicrosoftidentity.h): the system offered, its account labelled and checked as a
// company id (a GUID), no webhook secret asked for, "Sign in…" disabled with the reason while the
// build has no client id, then the sign-in through an injected browser (PKCE, a public client):
// the environment lists two companies, the second is chosen in the dialog, its id is filled in and
// the access and refresh tokens end up in the keychain only. No live Microsoft tenant is used.
#include "../net/fakemicrosoftidentity.h"
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
#include <QtWidgets/QDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyleFactory>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Studio::ConnectionsPage;
using TestSupport::FakeMicrosoftIdentity;

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

QDialog *companyDialog()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == u"businessCentralCompanyDialog"_s && widget->isVisible())
            return qobject_cast<QDialog *>(widget);
    }
    return nullptr;
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

class TestBusinessCentralSignIn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeMicrosoftIdentity m_microsoft;

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

    QString keyOf(const QString &companyId, const char *field) const
    {
        Connectors::ConnectorConfig config;
        config.system = u"businesscentral"_s;
        config.baseUrl = m_microsoft.baseUrl();
        config.account = companyId;
        return Engine::credentialKey(config, QString::fromLatin1(field));
    }

    /// A configured workspace: a Shopify store, Business Central as the ERP at `erpUrl`.
    void configure(ConnectionsPage &page, const QString &erpUrl)
    {
        page.startConfiguring();
        child<QLineEdit>(&page, u"storeBaseUrl"_s)->setText(u"https://my-shop.myshopify.com"_s);
        child<QLineEdit>(&page, u"storeAccount"_s)->setText(u"my-shop.myshopify.com"_s);
        QComboBox *system = child<QComboBox>(&page, u"erpSystem"_s);
        system->setCurrentIndex(system->findData(u"businesscentral"_s));
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
        TestSupport::isolateSettings(u"businesscentralsignin"_s);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        installTranslations(u"en"_s);
        qunsetenv("LEDGERLINK_BUSINESSCENTRAL_CLIENT_ID");
        QVERIFY(m_microsoft.listen());
    }

    void cleanupTestCase() { TestSupport::removeIsolatedSettings(); }

    void businessCentralIsOfferedWithACompanyId()
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
        const int offered = system->findText(u"Dynamics 365 Business Central"_s);
        QVERIFY(offered >= 0);
        QCOMPARE(system->itemData(offered).toString(), u"businesscentral"_s);
        QCOMPARE(child<QComboBox>(&page, u"storeSystem"_s)->findData(u"businesscentral"_s), -1);

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
        QLabel *error = child<QLabel>(&page, u"erpAccountError"_s);
        page.testConnection(ConnectionsPage::Side::Erp);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"Enter the Business Central company id."_s);
        account->setText(u"abc"_s);
        QSignalSpy saved(&page, &ConnectionsPage::saved);
        page.save();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toBool(), false);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(),
                 u"A Business Central company id looks like 00000000-0000-0000-0000-000000000000."_s);
        QVERIFY(!QFile::exists(Engine::connectionsFilePath(workspace)));
        // The access token's row keeps its height under the wrapped error, without the webhook row
        // (Qt 6.4's QFormLayout sized a row hidden with setRowVisible() into it).
        QLineEdit *accessToken = child<QLineEdit>(&page, u"erpAccessToken"_s);
        QVERIFY(accessToken->isVisible());
        QCOMPARE(accessToken->height(), accessToken->sizeHint().height());
        QVERIFY(accessToken->geometry().top() >= error->geometry().bottom());
        saveScreenshots(&page, u"connections-businesscentral-refused"_s);

        account->setText(u" "_s + m_microsoft.companies.first().id + u' ');
        page.testConnection(ConnectionsPage::Side::Erp); // validates, then tests (no token: refused)
        QVERIFY(!error->isVisible());

        // Another system brings the webhook row back.
        system->setCurrentIndex(system->findData(u"quickbooks"_s));
        QVERIFY(child<QLineEdit>(&page, u"erpWebhookSecret"_s)->isVisible());
    }

    void theSignInListsTheCompaniesAndFillsInTheChosenOne()
    {
        qputenv("LEDGERLINK_BUSINESSCENTRAL_CLIENT_ID", m_microsoft.clientId.toLatin1());
        const QString workspace = m_dir.filePath(u"signed-in"_s);
        QVERIFY(QDir().mkpath(workspace));
        ConnectionsPage page(workspace);
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
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
        QVERIFY(page.isSigningIn(ConnectionsPage::Side::Erp));
        QVERIFY(cancel->isVisible());
        QVERIFY(!signIn->isEnabled());
        QVERIFY2(text(&page, u"erpMessage"_s)
                     .startsWith(u"Waiting for the browser… Sign in with your Microsoft"_s),
                 qPrintable(text(&page, u"erpMessage"_s)));
        const QUrlQuery query(idle.opened.first());
        QCOMPARE(idle.opened.first().path(), m_microsoft.identityPath(u"authorize"_s));
        QCOMPARE(query.queryItemValue(u"client_id"_s), m_microsoft.clientId);
        QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded),
                 u"https://api.businesscentral.dynamics.com/.default offline_access"_s);
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        saveScreenshots(&page, u"connections-businesscentral-waiting"_s);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(text(&page, u"erpMessage"_s), u"Sign-in cancelled."_s);
        QVERIFY(!cancel->isVisible());
        QVERIFY(signIn->isEnabled());

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
        saveScreenshots(dialog, u"connections-businesscentral-company-choice"_s);
        list->setCurrentRow(1);
        child<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(text(&page, u"erpMessage"_s)));
        QCOMPARE(text(&page, u"erpMessage"_s),
                 u"Signed in to the Business Central company “My Company Ltd.”. The access and refresh "
                 u"tokens are in the "
                 u"keychain; save to keep the company id."_s);
        QCOMPARE(child<QLineEdit>(&page, u"erpAccount"_s)->text(), second);
        QVERIFY(child<QLineEdit>(&page, u"erpAccessToken"_s)->text().isEmpty()); // never shown
        QTRY_COMPARE(child<QLineEdit>(&page, u"erpAccessToken"_s)->placeholderText(),
                     u"saved in the keychain; type to replace"_s);

        const Secrets::CredentialResult access = keychainRead(keyOf(second, Engine::accessTokenField));
        QCOMPARE(access.status, Secrets::CredentialResult::Status::Ok);
        QVERIFY(m_microsoft.isAccessToken(access.secret));
        const Secrets::CredentialResult refresh = keychainRead(keyOf(second, Engine::refreshTokenField));
        QCOMPARE(refresh.status, Secrets::CredentialResult::Status::Ok);
        QVERIFY(refresh.secret.startsWith("0.AXEA-refresh-"));
        QCOMPARE(keychainRead(keyOf(m_microsoft.companies.at(0).id, Engine::accessTokenField)).status,
                 Secrets::CredentialResult::Status::NotFound);
        QVERIFY(!text(&page, u"erpMessage"_s).contains(QString::fromLatin1(access.secret)));
        saveScreenshots(&page, u"connections-businesscentral-signed-in"_s);

        // Saved: connections.json has the company id and no token.
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
        QCOMPARE(erp.value(u"system"_s).toString(), u"businesscentral"_s);
        QCOMPARE(erp.value(u"account"_s).toString(), second);

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
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 20000);
        QCOMPARE(finished.last().at(1).toBool(), false);
        QVERIFY2(text(&page, u"erpMessage"_s).contains(u"access_denied"_s),
                 qPrintable(text(&page, u"erpMessage"_s)));
        QCOMPARE(child<QLineEdit>(&page, u"erpAccount"_s)->text(), both.first().id);
        qunsetenv("LEDGERLINK_BUSINESSCENTRAL_CLIENT_ID");
    }
};

QTEST_MAIN(TestBusinessCentralSignIn)
#include "tst_businesscentralsignin.moc"
