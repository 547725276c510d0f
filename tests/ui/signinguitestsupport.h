#pragma once

// What the Connections page's sign-in tests share (tst_quickbookssignin, tst_businesscentralsignin,
// tst_zohosignin): the page's widgets by name, the start of a test with a real keychain (the
// `keyring` CTest fixture's private session bus), a page configured for a Shopify store and the
// ERP under test, and the steps those tests take alike: the system offered on the ERP side only, an
// account the page refuses, the page waiting for the browser and cancelled there, the tokens kept
// in the keychain only, a denial shown, and connections.json saved without a secret. Each step
// checks with QCOMPARE/QVERIFY: it returns at its first failure, which fails the calling test.

#include "../net/signintestsupport.h"
#include "connectionspage.h"
#include "engine/workspaceconfig.h"
#include "engine/workspacecredentials.h"
#include "secrets/credentialstore.h"
#include "studiotestsupport.h"

#include <QtCore/QByteArrayList>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QUrl>
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
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyleFactory>

namespace LedgerLink::TestSupport {

/// The child of `parent` named `name` (a warning when there is none).
template<class T>
T *child(QObject *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("no child %s", qPrintable(name));
    return widget;
}

/// The text of the label `label` of `page`.
inline QString text(QWidget *page, const QString &label)
{
    const QLabel *widget = child<QLabel>(page, label);
    return widget ? widget->text() : QString();
}

/// The text of the form label of the ERP side's field `field`.
inline QString rowLabel(QWidget *page, const QString &field)
{
    auto *box = child<QGroupBox>(page, u"erpBox"_s);
    QWidget *widget = child<QWidget>(page, field);
    for (QFormLayout *form : box->findChildren<QFormLayout *>()) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(widget)))
            return label->text();
    }
    return {};
}

/// The visible top-level dialog named `name`, or none.
inline QDialog *visibleDialog(const QString &name)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == name && widget->isVisible())
            return qobject_cast<QDialog *>(widget);
    }
    return nullptr;
}

inline QPushButton *dialogButton(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(which) : nullptr;
}

/**
 * The start of a sign-in test with a real keychain: the `keyring` fixture's private session bus
 * must be there; settings (and so the keychain service) of the test's own; Fusion; English. "" when
 * all is ready, else why not.
 */
inline QString startSignInPageTest(const QString &testName)
{
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    if (!bus.startsWith("unix:path=") || !QFile::exists(QString::fromLocal8Bit(bus.mid(10))))
        return u"No private session bus: run this test through CTest so the `keyring` fixture starts it"_s;
    // The page's keychain service is the application's name: one of its own per run.
    isolateSettings(testName);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    installTranslations(u"en"_s);
    return {};
}

/// Saves the screenshots `name` of `window` (saveScreenshots()); checks that they were written.
inline void verifyScreenshots(QWidget *window, const QString &name)
{
    const QString failed = saveScreenshots(window, name);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

/// What the page's keychain (its service: the application's name) holds under `key`.
inline Secrets::CredentialResult keychainRead(const QString &key)
{
    Secrets::CredentialStore keychain(QCoreApplication::applicationName());
    return Engine::keychainNow(keychain, key);
}

/// The keychain key of `field` for the ERP `system` at `baseUrl` (none: any) and `account`.
inline QString keychainKey(const QString &system, const QUrl &baseUrl, const QString &account,
                           const char *field)
{
    Connectors::ConnectorConfig config;
    config.system = system;
    config.baseUrl = baseUrl;
    config.account = account;
    return Engine::credentialKey(config, QString::fromLatin1(field));
}

/// Shows `page` at the tests' size; whether its window was exposed.
inline bool showPage(Studio::ConnectionsPage &page)
{
    page.resize(1100, 720);
    page.show();
    return QTest::qWaitForWindowExposed(&page);
}

/// Starts configuring `page`: a Shopify store, the ERP `system` at `erpUrl`, no account yet.
inline void configureErp(Studio::ConnectionsPage &page, const QString &system, const QString &erpUrl)
{
    page.startConfiguring();
    child<QLineEdit>(&page, u"storeBaseUrl"_s)->setText(u"https://my-shop.myshopify.com"_s);
    child<QLineEdit>(&page, u"storeAccount"_s)->setText(u"my-shop.myshopify.com"_s);
    QComboBox *systems = child<QComboBox>(&page, u"erpSystem"_s);
    systems->setCurrentIndex(systems->findData(system));
    child<QLineEdit>(&page, u"erpBaseUrl"_s)->setText(erpUrl);
    child<QLineEdit>(&page, u"erpAccount"_s)->clear();
}

/// The ERP `system` is offered by its name `title` on the ERP side only.
inline void expectOfferedOnTheErpSideOnly(Studio::ConnectionsPage &page, const QString &title,
                                          const QString &system)
{
    QComboBox *systems = child<QComboBox>(&page, u"erpSystem"_s);
    const int offered = systems->findText(title);
    QVERIFY(offered >= 0);
    QCOMPARE(systems->itemData(offered).toString(), system);
    QCOMPARE(child<QComboBox>(&page, u"storeSystem"_s)->findData(system), -1);
}

/**
 * Without an account, "Test connection" says `missing` under the account; with "abc", saving fails
 * and says `malformed` there, and no connections.json is written to `workspace`.
 */
inline void expectAccountRefused(Studio::ConnectionsPage &page, const QString &workspace,
                                 const QString &missing, const QString &malformed)
{
    QLabel *error = child<QLabel>(&page, u"erpAccountError"_s);
    page.testConnection(Studio::ConnectionsPage::Side::Erp);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), missing);
    child<QLineEdit>(&page, u"erpAccount"_s)->setText(u"abc"_s);
    QSignalSpy saved(&page, &Studio::ConnectionsPage::saved);
    page.save();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toBool(), false);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), malformed);
    QVERIFY(!QFile::exists(Engine::connectionsFilePath(workspace)));
}

/// The page waits for the browser: signing in, its Cancel shown, "Sign in…" disabled, the message
/// starting with `waiting`.
inline void expectWaitingForTheBrowser(Studio::ConnectionsPage &page, const QString &waiting)
{
    QVERIFY(page.isSigningIn(Studio::ConnectionsPage::Side::Erp));
    QVERIFY(child<QPushButton>(&page, u"erpCancelSignIn"_s)->isVisible());
    QVERIFY(!child<QPushButton>(&page, u"erpSignIn"_s)->isEnabled());
    QVERIFY2(text(&page, u"erpMessage"_s).startsWith(waiting), qPrintable(text(&page, u"erpMessage"_s)));
}

/**
 * Saves the screenshots `screenshot` of the page waiting for the browser, then clicks its Cancel:
 * the sign-in finishes (`finished`, its first) unsuccessfully, "Sign-in cancelled.", the Cancel
 * hidden and "Sign in…" enabled again.
 */
inline void expectCancelledWhileWaiting(Studio::ConnectionsPage &page, QSignalSpy &finished,
                                        const QString &screenshot)
{
    verifyScreenshots(&page, screenshot);
    QPushButton *cancel = child<QPushButton>(&page, u"erpCancelSignIn"_s);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(text(&page, u"erpMessage"_s), u"Sign-in cancelled."_s);
    QVERIFY(!cancel->isVisible());
    QVERIFY(child<QPushButton>(&page, u"erpSignIn"_s)->isEnabled());
}

/// The access token, now in the keychain, is never shown: its field stays empty and says where it is.
inline void expectTokenKeptInTheKeychain(Studio::ConnectionsPage &page)
{
    QLineEdit *accessToken = child<QLineEdit>(&page, u"erpAccessToken"_s);
    QVERIFY(accessToken->text().isEmpty());
    QTRY_COMPARE(accessToken->placeholderText(), u"saved in the keychain; type to replace"_s);
}

/**
 * Clicks "Sign in…" with the authorization server denying: the `count`th sign-in finishes
 * unsuccessfully, the message names access_denied, and the account is still `account`.
 */
inline void expectDenied(Studio::ConnectionsPage &page, QSignalSpy &finished, qsizetype count,
                         const QString &account)
{
    QTest::mouseClick(child<QPushButton>(&page, u"erpSignIn"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), count, 20000);
    QCOMPARE(finished.last().at(1).toBool(), false);
    QVERIFY2(text(&page, u"erpMessage"_s).contains(u"access_denied"_s),
             qPrintable(text(&page, u"erpMessage"_s)));
    QCOMPARE(child<QLineEdit>(&page, u"erpAccount"_s)->text(), account);
}

/**
 * Saves the page: saved, and connections.json in `workspace` names the ERP `system` and `account`
 * and holds none of `secrets`. *erp gets its "erp" object.
 */
inline void expectSavedWithoutSecrets(Studio::ConnectionsPage &page, const QString &workspace,
                                      const QByteArrayList &secrets, const QString &system,
                                      const QString &account, QJsonObject *erp = nullptr)
{
    QSignalSpy saved(&page, &Studio::ConnectionsPage::saved);
    page.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    QVERIFY2(saved.first().first().toBool(), qPrintable(page.statusText()));
    QFile file(Engine::connectionsFilePath(workspace));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const QByteArray &secret : secrets)
        QVERIFY(!bytes.contains(secret));
    const QJsonObject written = QJsonDocument::fromJson(bytes).object().value(u"erp"_s).toObject();
    QCOMPARE(written.value(u"system"_s).toString(), system);
    QCOMPARE(written.value(u"account"_s).toString(), account);
    if (erp)
        *erp = written;
}

} // namespace LedgerLink::TestSupport
