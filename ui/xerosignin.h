#pragma once

#include "net/oauth2signin.h"
#include "net/xeroidentity.h"

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
 * The Connections page's "Sign in…" for Xero (and the sandbox books, which speak Xero's
 * identity dialect): Net::OAuth2SignIn in the system browser, then Xero's tenant list (GET
 * /connections on a worker thread), the organisation chosen (one: at once; several: a dialog
 * opened without a nested event loop), and the access and refresh tokens written to the
 * keychain under the chosen tenant's entries (Engine::credentialKey, fields access_token and
 * refresh_token). finished() reports the outcome with a specific, translated message.
 *
 * GUI thread only (the keychain's rule); nothing here blocks it.
 */
class XeroSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(XeroSignIn)

public:
    XeroSignIn(Secrets::CredentialStore *keychain, QWidget *dialogParent);
    ~XeroSignIn() override;

    /// How the authorization page is opened (the studio: QDesktopServices::openUrl).
    void setBrowser(Net::OAuth2SignIn::Browser browser) { m_browser = std::move(browser); }
    /// Why no sign-in can start for a Xero connection at `apiBaseUrl` (no client id in this build),
    /// or an empty string when one can.
    static QString unavailableReason(const QUrl &apiBaseUrl);

    /// Signs in for the Xero connection at `apiBaseUrl` (https://api.xero.com or the sandbox's).
    void start(const QUrl &apiBaseUrl);
    /// Stops the browser or tenant step: finished(false, "Sign-in cancelled.") follows. Nothing
    /// once the keychain is being written (that cannot be called back).
    void cancel();
    bool isRunning() const { return m_stage != Stage::Idle; }
    /// Whether cancel() would stop it: not while the organisation is chosen (the dialog has its own
    /// Cancel) nor while the keychain is written.
    bool canCancel() const { return m_stage == Stage::Browser || m_stage == Stage::Tenants; }

signals:
    /// What is happening now, for the page to show (may hold a link to open by hand).
    void progress(const QString &text);
    /// `tenantId`/`tenantName`: the organisation chosen, when `ok`.
    void finished(bool ok, const QString &message, const QString &tenantId, const QString &tenantName);

private:
    enum class Stage { Idle, Browser, Tenants, Choosing, Storing };

    void onGranted(const Net::OAuth2Tokens &tokens);
    void onTenants(const Net::XeroTenantList &list);
    void chooseTenant(const QList<Net::XeroTenant> &tenants);
    void store(const Net::XeroTenant &tenant);
    void finish(bool ok, const QString &message, const Net::XeroTenant &tenant = {});

    Secrets::CredentialStore *m_keychain = nullptr;
    QPointer<QWidget> m_dialogParent;
    Net::OAuth2SignIn::Browser m_browser;
    Net::OAuth2SignIn *m_signIn = nullptr;
    QFutureWatcher<Net::XeroTenantList> *m_tenantsWatcher = nullptr;
    QPointer<QDialog> m_dialog;
    QUrl m_baseUrl;
    Net::OAuth2Tokens m_tokens; ///< between the grant and the keychain; cleared after
    Stage m_stage = Stage::Idle;
    int m_run = 0; ///< answers of an earlier run (keychain, worker) are dropped
};

} // namespace LedgerLink::Studio
