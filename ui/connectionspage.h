#pragma once

#include "connectors/connector.h"
#include "engine/workspaceconfig.h"

#include <QtCore/QFutureWatcher>
#include <QtWidgets/QWidget>

#include <array>
#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace LedgerLink::Secrets {
class CredentialStore;
}

namespace LedgerLink::Studio {

class BusinessCentralSignIn;
class QuickBooksSignIn;
class XeroSignIn;
class ZohoSignIn;

/**
 * The Connections page: the workspace's two sides, the store and the ERP / accounting system.
 *
 * - The sandbox workspace (a folder without connections.json) shows the bundled sandbox store and
 *   books read-only, with a note; "Connect real systems…" turns a folder other than the bundled
 *   sandbox workspace into a configured one.
 * - A configured workspace edits each side's system, environment (sandbox / production), base URL
 *   and account. "Save" writes connections.json through Engine::writeWorkspaceConnections (never a
 *   secret) and the access token and webhook secret to the OS keychain only, under
 *   Engine::credentialKey(); those fields are masked, emptied once stored, and never logged.
 * - "Test connection" runs Connector::checkConnection() on a worker thread and shows its answer
 *   line by line: reachable, authenticated, permissions, rate-limit budget, and what to do. It
 *   trusts the certificate authorities the engine trusts for the workspace
 *   (Engine::loadWorkspaceCaCertificates: LEDGERLINK_CA_BUNDLE and connections.json's "ca_bundle").
 * - "Sign in…" runs Xero's OAuth sign-in (XeroSignIn: PKCE in the system browser, the tenant
 *   chosen, access and refresh tokens into the keychain, the tenant id filled in) or Intuit's for
 *   QuickBooks Online (QuickBooksSignIn: the realm id comes back with the redirect and is filled
 *   in), or the Microsoft identity platform's for Business Central (BusinessCentralSignIn: the
 *   company chosen from the environment's list and its id filled in), or Zoho Accounts' for Zoho Books
 *   (ZohoSignIn: data centre, client id and secret asked first; the organization chosen and its id
 *   and data centre's base URL filled in), with "Cancel" while it waits; another
 * connector's flow plugs in through setSignInFlow (it wins). Without either it is disabled.
 *
 * GUI thread only; the keychain is used asynchronously from it, the network only from workers.
 */
class ConnectionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsPage)

public:
    enum class Side { Store, Erp };
    Q_ENUM(Side)

    /// A sign-in flow: given the side's connection, gets a token and hands it to `done` (an empty
    /// token: cancelled or failed, with a message). Called on the GUI thread.
    using SignInFlow =
        std::function<void(const Engine::ConnectionEntry &connection,
                           std::function<void(const QByteArray &token, const QString &message)> done)>;

    explicit ConnectionsPage(QString workspaceDir, QWidget *parent = nullptr);
    ~ConnectionsPage() override;

    /// The page shows the bundled sandbox read-only (no connections.json, not being edited).
    bool isSandboxView() const { return m_sandboxView; }
    /// The connection pair as the form holds it.
    Engine::WorkspaceConnections connections() const;
    /// The last save's or test's outcome, as shown under the buttons.
    QString statusText() const;
    /// The answer the page shows for `side`'s last test, one line per step plus the message.
    QString checkText(Side side) const;
    /// The last finished test of `side` (default-constructed before the first).
    Connectors::ConnectionCheck lastCheck(Side side) const { return m_sides[index(side)].lastCheck; }
    bool isTesting(Side side) const;
    /// Plugs a connector's sign-in flow into `side`'s "Sign in…" button (enables it).
    void setSignInFlow(Side side, SignInFlow flow);
    /// How the Xero and QuickBooks sign-ins open their page: QDesktopServices::openUrl unless set
    /// (tests pass a fake).
    void setBrowser(std::function<bool(const QUrl &url)> browser) { m_browser = std::move(browser); }
    /// Tests: the Zoho sign-in sends what is meant for Zoho to this local stand-in (ZohoSignIn::setStandIn).
    void setZohoStandIn(const QUrl &server) { m_zohoStandIn = server; }
    /// Xero's or QuickBooks' sign-in runs for `side` (waiting for the browser, the tenant list or
    /// the keychain).
    bool isSigningIn(Side side) const;

public slots:
    /// Validates the form, writes connections.json, then the typed secrets to the keychain;
    /// saved() tells the end.
    void save();
    void testStore() { testConnection(Side::Store); }
    void testErp() { testConnection(Side::Erp); }
    void testConnection(LedgerLink::Studio::ConnectionsPage::Side side);
    /// Shows the editable form for a folder that is a sandbox workspace so far.
    void startConfiguring();
    /// Reads connections.json (or the sandbox) and the keychain's entries again.
    void reload();

signals:
    /// `ok`: connections.json and every typed secret were stored.
    void saved(bool ok);
    void connectionTested(LedgerLink::Studio::ConnectionsPage::Side side, bool ok);
    /// Xero's or QuickBooks' sign-in for `side` ended; the page shows why (`ok`: tokens stored,
    /// tenant or realm id filled in).
    void signInFinished(LedgerLink::Studio::ConnectionsPage::Side side, bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct SideWidgets
    {
        QGroupBox *box = nullptr;
        QFormLayout *form = nullptr;
        QComboBox *system = nullptr;
        QComboBox *environment = nullptr;
        QLineEdit *baseUrl = nullptr;
        QLabel *baseUrlError = nullptr;
        QLineEdit *account = nullptr;
        QLabel *accountError = nullptr;
        /// The secret stored in the keychain. For a system whose secret has several parts (NetSuite's
        /// four token-based-authentication values, SAP Business One's user and password, Odoo's
        /// login and API key) its row is taken out and the parts' rows ask for each; this field
        /// then holds them joined by ':' as the connector reads them.
        QLineEdit *accessToken = nullptr;
        QLabel *accessTokenLabel = nullptr; ///< its row's label
        std::array<QLineEdit *, 4> secretParts = {}; ///< the parts' fields, in order
        std::array<QLabel *, 4> secretPartLabels = {};
        int secretPartCount = 0; ///< parts the system's secret has (0: one access token)
        QString secretPartsSystem; ///< the system the rows were last shown for
        QLabel *secretError = nullptr; ///< a part missing, or a ':' where the parts are split
        QLineEdit *webhookSecret = nullptr;
        QLabel *webhookLabel = nullptr; ///< its row's label (the row is taken out for systems without)
        QLabel *secretsNote = nullptr;
        QPushButton *signIn = nullptr;
        QPushButton *cancelSignIn = nullptr;
        QPushButton *test = nullptr;
        QLabel *reachable = nullptr;
        QLabel *authenticated = nullptr;
        QLabel *permissions = nullptr;
        QLabel *budget = nullptr;
        QLabel *message = nullptr;
        QFutureWatcher<Connectors::ConnectionCheck> *watcher = nullptr;
        Connectors::ConnectionCheck lastCheck;
        SignInFlow signInFlow;
        XeroSignIn *xeroSignIn = nullptr; ///< created on the first sign-in
        QuickBooksSignIn *quickBooksSignIn = nullptr; ///< likewise
        BusinessCentralSignIn *businessCentralSignIn = nullptr; ///< likewise
        ZohoSignIn *zohoSignIn = nullptr; ///< likewise
        bool tokenSaved = false; ///< the keychain holds an access token under the form's key
        bool secretSaved = false;
    };

    static int index(Side side) { return side == Side::Store ? 0 : 1; }
    void buildSide(Side side);
    void retranslate();
    void retranslateSide(Side side);
    void showMode();
    void fillForm(const Engine::WorkspaceConnections &connections);
    void updateAccountLabel(Side side);
    /// Puts the webhook secret's row into the form, or takes it out, for systems without webhooks.
    void showWebhookRow(Side side, bool shown);
    /// Shows one access token row, or a row per part of the system's secret.
    void showSecretParts(Side side);
    /// The access token field's value from the parts typed (empty when none is).
    void joinSecretParts(Side side);
    /// The side's connection as a connector configuration (no secrets).
    Connectors::ConnectorConfig connectorConfig(Side side) const;
    /// Marks the wrong fields of both sides, or of `only`; true when none is wrong.
    bool validate(std::optional<Side> only = std::nullopt);
    void writeSecrets(int attempt);
    void refreshKeychainState(Side side);
    void updateSecretPlaceholders(Side side);
    void runCheck(Side side, Connectors::ConnectorConfig config);
    void showCheck(Side side, const Connectors::ConnectionCheck &check);
    void clearCheck(Side side);
    void signIn(Side side);
    void startXeroSignIn(Side side);
    void startQuickBooksSignIn(Side side);
    void startBusinessCentralSignIn(Side side);
    void startZohoSignIn(Side side);
    /// The side's sign-in has finished: the page shows it, fills in `account` when `ok`.
    void signInDone(Side side, bool ok, const QString &message, const QString &account);
    /// Enables "Sign in…" and sets its tooltip for the side's system and base URL.
    void updateSignIn(Side side);
    void setStatus(const QString &text, bool error = false);
    /// Shows `text` in `label`, green (`ok`), red (!`ok`) or in the theme's colour (nullopt).
    static void setLine(QLabel *label, const QString &text, std::optional<bool> ok);
    Secrets::CredentialStore *keychain();

    QString m_workspaceDir;
    bool m_bundledSandbox = false; ///< the studio's own sandbox workspace: it stays a sandbox
    bool m_sandboxView = true;
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_configure = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
    std::array<SideWidgets, 2> m_sides;
    Secrets::CredentialStore *m_keychain = nullptr; ///< created on first use
    std::function<bool(const QUrl &url)> m_browser;
    QUrl m_zohoStandIn;
    bool m_leftSandbox = false; ///< this folder was a sandbox workspace when the studio opened it
    int m_saveAttempt = 0; ///< late keychain answers of an earlier save are ignored
    int m_pendingSecrets = 0;
    bool m_secretsFailed = false;
};

} // namespace LedgerLink::Studio
