#pragma once

#include "net/oauth2signin.h"

#include <QtCore/QObject>
#include <QtCore/QUrl>

namespace LedgerLink::Secrets {
class CredentialStore;
}

namespace LedgerLink::Studio {

/**
 * The Connections page's "Sign in…" for QuickBooks Online: Intuit's OAuth 2.0 sign-in
 * (Net::OAuth2SignIn with Net::QuickBooks::signInConfig) in the system browser. The company comes
 * back with the redirect (its realmId), so there is nothing to choose: the access and refresh
 * tokens are written to the keychain under that realm's entries (Engine::credentialKey with the
 * realm id as the account, fields access_token and refresh_token). finished() reports the outcome
 * with a specific, translated message and the realm id.
 *
 * GUI thread only (the keychain's rule); nothing here blocks it.
 */
class QuickBooksSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickBooksSignIn)

public:
    QuickBooksSignIn(Secrets::CredentialStore *keychain, QObject *parent);
    ~QuickBooksSignIn() override;

    /// How the authorization page is opened (the studio: QDesktopServices::openUrl).
    void setBrowser(Net::OAuth2SignIn::Browser browser) { m_browser = std::move(browser); }
    /// Why no sign-in can start for a QuickBooks connection at `apiBaseUrl` (no base URL, or no
    /// client id or secret in this build), or an empty string when one can.
    static QString unavailableReason(const QUrl &apiBaseUrl);

    /// Signs in for the QuickBooks Online connection at `apiBaseUrl`.
    void start(const QUrl &apiBaseUrl);
    /// Stops the browser step: finished(false, "Sign-in cancelled.") follows. Nothing once the
    /// keychain is being written (that cannot be called back).
    void cancel();
    bool isRunning() const { return m_stage != Stage::Idle; }
    bool canCancel() const { return m_stage == Stage::Browser; }

signals:
    /// What is happening now, for the page to show (may hold a link to open by hand).
    void progress(const QString &text);
    /// `realmId`: the company signed in to, when `ok`.
    void finished(bool ok, const QString &message, const QString &realmId);

private:
    enum class Stage { Idle, Browser, Storing };

    void onGranted(const Net::OAuth2Tokens &tokens);
    void finish(bool ok, const QString &message, const QString &realmId = {});

    Secrets::CredentialStore *m_keychain = nullptr;
    Net::OAuth2SignIn::Browser m_browser;
    Net::OAuth2SignIn *m_signIn = nullptr;
    QUrl m_baseUrl;
    Stage m_stage = Stage::Idle;
    int m_run = 0; ///< answers of an earlier run (keychain) are dropped
};

} // namespace LedgerLink::Studio
