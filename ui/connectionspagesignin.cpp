#include "connectionspage.h"

#include "businesscentralsignin.h"
#include "quickbookssignin.h"
#include "xerosignin.h"
#include "zohosignin.h"

#include <QtCore/QPointer>
#include <QtGui/QDesktopServices>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

using namespace Qt::StringLiterals;

// The Connections page's "Sign in…": Xero's, QuickBooks Online's, Business Central's and Zoho Books' flows
// and one plugged in with setSignInFlow(); the rest of the page is in connectionspage.cpp.
namespace LedgerLink::Studio {

void ConnectionsPage::setSignInFlow(Side side, SignInFlow flow)
{
    SideWidgets &w = m_sides[index(side)];
    w.signInFlow = std::move(flow);
    updateSignIn(side);
}

bool ConnectionsPage::isSigningIn(Side side) const
{
    const SideWidgets &w = m_sides[index(side)];
    return (w.xeroSignIn && w.xeroSignIn->isRunning())
        || (w.quickBooksSignIn && w.quickBooksSignIn->isRunning())
        || (w.businessCentralSignIn && w.businessCentralSignIn->isRunning())
        || (w.zohoSignIn && w.zohoSignIn->isRunning());
}

void ConnectionsPage::updateSignIn(Side side)
{
    SideWidgets &w = m_sides[index(side)];
    const bool running = isSigningIn(side);
    // Not while the organisation is chosen (the dialog's own Cancel) nor the keychain written.
    const bool cancellable = (w.xeroSignIn && w.xeroSignIn->canCancel())
        || (w.quickBooksSignIn && w.quickBooksSignIn->canCancel())
        || (w.businessCentralSignIn && w.businessCentralSignIn->canCancel())
        || (w.zohoSignIn && w.zohoSignIn->canCancel());
    w.cancelSignIn->setVisible(running && !m_sandboxView && cancellable);
    if (w.signInFlow) {
        w.signIn->setEnabled(!running);
        w.signIn->setToolTip(tr("Signs in with the system and fills in the access token"));
    } else if (w.system->currentData().toString() == u"xero"_s) {
        const QString unavailable =
            XeroSignIn::unavailableReason(QUrl(w.baseUrl->text().trimmed(), QUrl::StrictMode));
        w.signIn->setEnabled(!running && unavailable.isEmpty());
        w.signIn->setToolTip(
            unavailable.isEmpty()
                ? tr("Signs in with Xero in your browser, stores the access and refresh tokens in "
                     "the keychain and fills in the tenant id")
                : unavailable);
    } else if (w.system->currentData().toString() == u"quickbooks"_s) {
        const QString unavailable =
            QuickBooksSignIn::unavailableReason(QUrl(w.baseUrl->text().trimmed(), QUrl::StrictMode));
        w.signIn->setEnabled(!running && unavailable.isEmpty());
        w.signIn->setToolTip(
            unavailable.isEmpty()
                ? tr("Signs in with Intuit in your browser, stores the access and refresh tokens in the "
                     "keychain and fills in the company's realm id")
                : unavailable);
    } else if (w.system->currentData().toString() == u"businesscentral"_s) {
        const QString unavailable =
            BusinessCentralSignIn::unavailableReason(QUrl(w.baseUrl->text().trimmed(), QUrl::StrictMode));
        w.signIn->setEnabled(!running && unavailable.isEmpty());
        w.signIn->setToolTip(
            unavailable.isEmpty()
                ? tr("Signs in with Microsoft in your browser, lists the environment's companies, stores "
                     "the access and refresh tokens in the keychain and fills in the company id")
                : unavailable);
    } else if (w.system->currentData().toString() == u"zoho"_s) {
        // The data centre and the app's client id and secret are asked for first: always possible.
        w.signIn->setEnabled(!running);
        w.signIn->setToolTip(tr("Signs in with Zoho in your browser (data centre, client ID and secret of "
                                "your app in the Zoho API console), lists your organizations, stores the "
                                "tokens in the keychain and fills in the organization id and base URL"));
    } else if (const QString system = w.system->currentData().toString(); system == u"netsuite"_s) {
        w.signIn->setEnabled(false);
        w.signIn->setToolTip(tr("NetSuite signs every request with token-based authentication: enter the "
                                "integration record's consumer key and secret and the access token's id and "
                                "secret"));
    } else if (system == u"sapb1"_s || system == u"odoo"_s) {
        w.signIn->setEnabled(false);
        w.signIn->setToolTip(tr("LedgerLink logs in with the user and password (Odoo: API key) given here; "
                                "\"Test connection\" tries them"));
    } else {
        w.signIn->setEnabled(false);
        w.signIn->setToolTip(tr("Sign-in flows come with the connectors; paste an access token meanwhile"));
    }
}

void ConnectionsPage::startXeroSignIn(Side side)
{
    SideWidgets &w = m_sides[index(side)];
    if (!w.xeroSignIn) {
        w.xeroSignIn = new XeroSignIn(keychain(), this);
        connect(w.xeroSignIn, &XeroSignIn::progress, this, [this, side](const QString &text) {
            setLine(m_sides[index(side)].message, text, std::nullopt);
            updateSignIn(side);
        });
        connect(w.xeroSignIn, &XeroSignIn::finished, this,
                [this, side](bool ok, const QString &message, const QString &tenantId) {
                    signInDone(side, ok, message, tenantId);
                });
    }
    w.xeroSignIn->setBrowser(m_browser ? m_browser
                                       : [](const QUrl &url) { return QDesktopServices::openUrl(url); });
    clearCheck(side);
    w.xeroSignIn->start(QUrl(w.baseUrl->text().trimmed(), QUrl::StrictMode));
    updateSignIn(side);
}

void ConnectionsPage::startQuickBooksSignIn(Side side)
{
    SideWidgets &w = m_sides[index(side)];
    if (!w.quickBooksSignIn) {
        w.quickBooksSignIn = new QuickBooksSignIn(keychain(), this);
        connect(w.quickBooksSignIn, &QuickBooksSignIn::progress, this, [this, side](const QString &text) {
            setLine(m_sides[index(side)].message, text, std::nullopt);
            updateSignIn(side);
        });
        connect(w.quickBooksSignIn, &QuickBooksSignIn::finished, this,
                [this, side](bool ok, const QString &message, const QString &realmId) {
                    signInDone(side, ok, message, realmId);
                });
    }
    w.quickBooksSignIn->setBrowser(
        m_browser ? m_browser : [](const QUrl &url) { return QDesktopServices::openUrl(url); });
    clearCheck(side);
    w.quickBooksSignIn->start(QUrl(w.baseUrl->text().trimmed(), QUrl::StrictMode));
    updateSignIn(side);
}

void ConnectionsPage::startBusinessCentralSignIn(Side side)
{
    SideWidgets &w = m_sides[index(side)];
    if (!w.businessCentralSignIn) {
        w.businessCentralSignIn = new BusinessCentralSignIn(keychain(), this);
        connect(w.businessCentralSignIn, &BusinessCentralSignIn::progress, this,
                [this, side](const QString &text) {
                    setLine(m_sides[index(side)].message, text, std::nullopt);
                    updateSignIn(side);
                });
        connect(w.businessCentralSignIn, &BusinessCentralSignIn::finished, this,
                [this, side](bool ok, const QString &message, const QString &companyId) {
                    signInDone(side, ok, message, companyId);
                });
    }
    w.businessCentralSignIn->setBrowser(
        m_browser ? m_browser : [](const QUrl &url) { return QDesktopServices::openUrl(url); });
    clearCheck(side);
    w.businessCentralSignIn->start(QUrl(w.baseUrl->text().trimmed(), QUrl::StrictMode));
    updateSignIn(side);
}

void ConnectionsPage::startZohoSignIn(Side side)
{
    SideWidgets &w = m_sides[index(side)];
    if (!w.zohoSignIn) {
        w.zohoSignIn = new ZohoSignIn(keychain(), this);
        connect(w.zohoSignIn, &ZohoSignIn::progress, this, [this, side](const QString &text) {
            setLine(m_sides[index(side)].message, text, std::nullopt);
            updateSignIn(side);
        });
        connect(w.zohoSignIn, &ZohoSignIn::finished, this,
                [this, side](bool ok, const QString &message, const QString &organizationId,
                             const QUrl &baseUrl) {
                    // The organization's data centre, from Zoho's answer: before the account (the
                    // keychain's entries follow the account only).
                    if (ok)
                        m_sides[index(side)].baseUrl->setText(baseUrl.toString());
                    signInDone(side, ok, message, organizationId);
                });
    }
    w.zohoSignIn->setBrowser(m_browser ? m_browser
                                       : [](const QUrl &url) { return QDesktopServices::openUrl(url); });
    w.zohoSignIn->setStandIn(m_zohoStandIn);
    clearCheck(side);
    w.zohoSignIn->start(QUrl(w.baseUrl->text().trimmed(), QUrl::StrictMode));
    updateSignIn(side);
}

void ConnectionsPage::signInDone(Side side, bool ok, const QString &message, const QString &account)
{
    SideWidgets &w = m_sides[index(side)];
    if (ok) {
        // The tokens are in the keychain under this account's entries already.
        w.account->setText(account);
        w.accountError->setVisible(false);
        w.accessToken->clear();
        refreshKeychainState(side);
    }
    updateSignIn(side);
    setLine(w.message, message, ok);
    emit signInFinished(side, ok);
}

void ConnectionsPage::signIn(Side side)
{
    SideWidgets &w = m_sides[index(side)];
    if (m_sandboxView)
        return;
    if (!w.signInFlow) {
        const QString system = w.system->currentData().toString();
        if (system == u"xero"_s)
            startXeroSignIn(side);
        else if (system == u"quickbooks"_s)
            startQuickBooksSignIn(side);
        else if (system == u"businesscentral"_s)
            startBusinessCentralSignIn(side);
        else if (system == u"zoho"_s)
            startZohoSignIn(side);
        return;
    }
    const Engine::WorkspaceConnections pair = connections();
    QPointer<ConnectionsPage> page(this);
    w.signInFlow(side == Side::Store ? pair.store : pair.erp,
                 [page, side](const QByteArray &token, const QString &message) {
                     if (!page)
                         return;
                     SideWidgets &widgets = page->m_sides[index(side)];
                     if (token.isEmpty()) {
                         setLine(widgets.message, message.isEmpty() ? tr("Sign-in cancelled.") : message,
                                 false);
                         return;
                     }
                     widgets.accessToken->setText(QString::fromUtf8(token));
                     setLine(widgets.message,
                             tr("Signed in: save to store the access token in the keychain."), std::nullopt);
                 });
}

} // namespace LedgerLink::Studio
