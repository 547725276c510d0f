#pragma once

#include "net/businesscentralidentity.h"
#include "net/oauth2signin.h"

#include <QtCore/QFutureWatcher>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QUrl>

class QDialog;
class QWidget;

namespace LedgerLink::Secrets {
class CredentialStore;
}

namespace LedgerLink::Studio {

/**
 * The Connections page's "Sign in…" for Dynamics 365 Business Central: the Microsoft identity
 * platform's sign-in (Net::OAuth2SignIn with Net::BusinessCentral::signInConfig: authorization
 * code with PKCE, a public client) in the system browser. The redirect names no company, so the
 * environment's companies are listed next (GET <base URL>/v2.0/companies with the new token, on a
 * worker thread) and one is chosen (one: at once; several: a dialog opened without a nested event
 * loop). The access and refresh tokens go to the keychain under the chosen company's entries
 * (Engine::credentialKey with the company id as the account, fields access_token and
 * refresh_token). finished() reports the outcome with a specific, translated message.
 *
 * GUI thread only (the keychain's rule); nothing here blocks it.
 */
class BusinessCentralSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusinessCentralSignIn)

public:
    BusinessCentralSignIn(Secrets::CredentialStore *keychain, QWidget *dialogParent);
    ~BusinessCentralSignIn() override;

    /// How the authorization page is opened (the studio: QDesktopServices::openUrl).
    void setBrowser(Net::OAuth2SignIn::Browser browser) { m_browser = std::move(browser); }
    /// Why no sign-in can start for a Business Central connection at `apiBaseUrl` (no base URL, or
    /// no client id in this build), or an empty string when one can.
    static QString unavailableReason(const QUrl &apiBaseUrl);

    /// Signs in for the Business Central environment whose API root is `apiBaseUrl`.
    void start(const QUrl &apiBaseUrl);
    /// Stops the browser or company-list step: finished(false, "Sign-in cancelled.") follows.
    /// Nothing once the keychain is being written (that cannot be called back).
    void cancel();
    bool isRunning() const { return m_stage != Stage::Idle; }
    /// Whether cancel() would stop it: not while the company is chosen (the dialog has its own
    /// Cancel) nor while the keychain is written.
    bool canCancel() const { return m_stage == Stage::Browser || m_stage == Stage::Companies; }

signals:
    /// What is happening now, for the page to show (may hold a link to open by hand).
    void progress(const QString &text);
    /// `companyId`: the company chosen, when `ok`.
    void finished(bool ok, const QString &message, const QString &companyId);

private:
    enum class Stage { Idle, Browser, Companies, Choosing, Storing };

    void onGranted(const Net::OAuth2Tokens &tokens);
    void onCompanies(const Net::BusinessCentralCompanyList &list);
    void chooseCompany(const QList<Net::BusinessCentralCompany> &companies);
    void store(const Net::BusinessCentralCompany &company);
    void finish(bool ok, const QString &message, const QString &companyId = {});

    Secrets::CredentialStore *m_keychain = nullptr;
    QPointer<QWidget> m_dialogParent;
    Net::OAuth2SignIn::Browser m_browser;
    Net::OAuth2SignIn *m_signIn = nullptr;
    QFutureWatcher<Net::BusinessCentralCompanyList> *m_companiesWatcher = nullptr;
    QPointer<QDialog> m_dialog;
    QUrl m_baseUrl;
    Net::OAuth2Tokens m_tokens; ///< between the grant and the keychain; cleared after
    Stage m_stage = Stage::Idle;
    int m_run = 0; ///< answers of an earlier run (keychain, worker) are dropped
};

} // namespace LedgerLink::Studio
