#pragma once

#include "net/oauth2signin.h"
#include "net/zohoidentity.h"

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
 * The Connections page's "Sign in…" for Zoho Books: a window-modal dialog first (no nested event
 * loop) where the user picks the data centre (the one of the current base URL preselected) and
 * enters the client id and secret of a "Server-based Application" of the Zoho API console; then
 * Zoho Accounts' sign-in (Net::OAuth2SignIn with Net::Zoho::signInConfig: authorization code, the
 * secret as a parameter, access_type=offline) in the system browser. The token answer's api_domain
 * gives the base URL (Net::Zoho::apiBaseUrlFor); the user's organizations are listed next (on a
 * worker thread) and one is chosen (one: at once; several: a dialog; none: an error). The access
 * and refresh tokens, the client id and the client secret go to the keychain under the chosen
 * organization's entries (Engine::credentialKey with the organization id as the account; fields
 * access_token, refresh_token, client_id, client_secret). finished() reports the outcome with a
 * specific, translated message, the organization id and the base URL.
 *
 * GUI thread only (the keychain's rule); nothing here blocks it.
 */
class ZohoSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZohoSignIn)

public:
    ZohoSignIn(Secrets::CredentialStore *keychain, QWidget *dialogParent);
    ~ZohoSignIn() override;

    /// How the authorization page is opened (the studio: QDesktopServices::openUrl).
    void setBrowser(Net::OAuth2SignIn::Browser browser) { m_browser = std::move(browser); }
    /// Tests: every request meant for Zoho (the accounts server and the Books API) goes to the
    /// local stand-in `server` instead (its scheme, host and port; paths kept). The base URL
    /// reported is still the data centre's.
    void setStandIn(const QUrl &server) { m_standIn = server; }

    /// Opens the first dialog for a Zoho Books connection whose base URL is now `currentBaseUrl`
    /// (may be empty).
    void start(const QUrl &currentBaseUrl);
    /// Stops whatever step runs (the dialogs are closed): finished(false, "Sign-in cancelled.")
    /// follows. Nothing once the keychain is being written (that cannot be called back).
    void cancel();
    bool isRunning() const { return m_stage != Stage::Idle; }
    /// Whether the page's Cancel stops it: while the browser or the organization list is waited
    /// for (the dialogs have their own Cancel; the keychain cannot be stopped).
    bool canCancel() const { return m_stage == Stage::Browser || m_stage == Stage::Organizations; }

    /// The data centre's name as the user knows it ("Europe"), translated.
    static QString dataCentreName(const Net::Zoho::DataCentre &centre);

signals:
    /// What is happening now, for the page to show (may hold a link to open by hand).
    void progress(const QString &text);
    /// `organizationId` and `baseUrl` (the organization's data centre): when `ok`.
    void finished(bool ok, const QString &message, const QString &organizationId, const QUrl &baseUrl);

private:
    enum class Stage { Idle, Setup, Browser, Organizations, Choosing, Storing };

    void openSetupDialog(const QUrl &currentBaseUrl);
    void startBrowser(const Net::Zoho::DataCentre &centre, const QString &clientId,
                      const QString &clientSecret);
    void onGranted(const Net::OAuth2Tokens &tokens);
    void onFailed(const QString &message);
    void onOrganizations(const Net::ZohoOrganizationList &list);
    void chooseOrganization(const QList<Net::ZohoOrganization> &organizations);
    void store(const Net::ZohoOrganization &organization);
    void storeClient(const Net::ZohoOrganization &organization, bool hasRefresh);
    void finish(bool ok, const QString &message, const QString &organizationId = {},
                const QUrl &baseUrl = {});
    /// `url` on the stand-in when there is one, else `url`.
    QUrl routed(const QUrl &url) const;

    Secrets::CredentialStore *m_keychain = nullptr;
    QPointer<QWidget> m_dialogParent;
    Net::OAuth2SignIn::Browser m_browser;
    QUrl m_standIn;
    Net::OAuth2SignIn *m_signIn = nullptr;
    Net::OAuth2SignIn::Failure m_failure = Net::OAuth2SignIn::Failure::Unavailable;
    QFutureWatcher<Net::ZohoOrganizationList> *m_organizationsWatcher = nullptr;
    QPointer<QDialog> m_dialog;
    QUrl m_baseUrl; ///< from the token answer's api_domain
    QString m_clientId; ///< between the first dialog and the keychain; cleared after
    QString m_clientSecret;
    Net::OAuth2Tokens m_tokens; ///< between the grant and the keychain; cleared after
    Stage m_stage = Stage::Idle;
    int m_run = 0; ///< answers of an earlier run (keychain, worker) are dropped
};

} // namespace LedgerLink::Studio
