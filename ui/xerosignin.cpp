#include "xerosignin.h"

#include "signinsteps.h"

#include "engine/workspacecredentials.h"
#include "secrets/credentialstore.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QThread>
#include <QtNetwork/QNetworkAccessManager>
#include <QtWidgets/QDialog>

#include <memory>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

namespace {

/// The tenant's name, or its id when Xero gave none.
QString displayName(const Net::XeroTenant &tenant)
{
    return tenant.tenantName.isEmpty() ? tenant.tenantId : tenant.tenantName;
}

} // namespace

XeroSignIn::XeroSignIn(Secrets::CredentialStore *keychain, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_keychain(keychain)
    , m_dialogParent(dialogParent)
    , m_tenantsWatcher(new QFutureWatcher<Net::XeroTenantList>(this))
{
    connect(m_tenantsWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_stage == Stage::Tenants)
            onTenants(m_tenantsWatcher->result());
    });
}

XeroSignIn::~XeroSignIn()
{
    if (m_dialog)
        m_dialog->deleteLater();
    // A tenant list still being fetched finishes on its worker with nobody waiting for it.
}

QString XeroSignIn::unavailableReason(const QUrl &apiBaseUrl)
{
    if (!apiBaseUrl.isValid() || apiBaseUrl.host().isEmpty())
        return tr("Enter the base URL first: signing in needs to know where Xero is.");
    if (Net::Xero::clientId(apiBaseUrl).isEmpty())
        return tr(
            "This build of LedgerLink has no client id for Xero's sign-in (set LEDGERLINK_XERO_CLIENT_ID "
            "to the client id of your Xero app); paste an access token meanwhile.");
    return {};
}

void XeroSignIn::start(const QUrl &apiBaseUrl)
{
    Q_ASSERT(thread() == QThread::currentThread());
    if (isRunning())
        cancel();
    const int run = ++m_run;
    m_baseUrl = apiBaseUrl;
    if (const QString reason = unavailableReason(apiBaseUrl); !reason.isEmpty()) {
        m_stage = Stage::Browser;
        finish(false, reason);
        return;
    }
    m_stage = Stage::Browser;
    if (m_signIn)
        m_signIn->deleteLater();
    m_signIn =
        new Net::OAuth2SignIn(Net::Xero::signInConfig(apiBaseUrl, Net::Xero::clientId(apiBaseUrl)), this);
    m_signIn->setBrowser(m_browser);
    startBrowserStage(m_signIn, this,
                      {tr("Opening Xero's sign-in page in the browser…"),
                       tr("Waiting for the browser… Sign in to Xero there and allow LedgerLink access; "
                          "LedgerLink continues by itself."),
                       tr("The browser could not be opened: open <a href=\"%1\">Xero's sign-in page</a> "
                          "yourself (right-click to copy the link), sign in there and allow LedgerLink "
                          "access.")},
                      {[this, run] { return run == m_run; },
                       [this](const QString &text) { emit progress(text); },
                       [this](const Net::OAuth2Tokens &tokens) { onGranted(tokens); },
                       [this](const QString &message) {
                           finish(false, message);
                       }});
}

void XeroSignIn::cancel()
{
    if (!isRunning() || m_stage == Stage::Storing)
        return;
    if (m_signIn)
        m_signIn->cancel();
    if (m_dialog) {
        m_dialog->disconnect(this);
        m_dialog->close();
    }
    finish(false, tr("Sign-in cancelled."));
}

void XeroSignIn::onGranted(const Net::OAuth2Tokens &tokens)
{
    m_tokens = tokens;
    m_stage = Stage::Tenants;
    emit progress(tr("Signed in to Xero; asking which organisations LedgerLink may use…"));
    m_tenantsWatcher->setFuture(QtConcurrent::run([baseUrl = m_baseUrl, token = tokens.accessToken] {
        QNetworkAccessManager network; // this worker's own
        return Net::Xero::listTenants(network, baseUrl, token);
    }));
}

void XeroSignIn::onTenants(const Net::XeroTenantList &list)
{
    if (!list.ok) {
        finish(false, list.message);
        return;
    }
    if (list.tenants.isEmpty()) {
        finish(false,
               tr("Xero granted access, but to no organisation: sign in again and tick the organisation "
                  "to connect on Xero's page."));
        return;
    }
    if (list.tenants.size() == 1) {
        store(list.tenants.first());
        return;
    }
    chooseTenant(list.tenants);
}

void XeroSignIn::chooseTenant(const QList<Net::XeroTenant> &tenants)
{
    m_stage = Stage::Choosing;
    emit progress(tr("Choose the organisation this connection syncs with."));
    QList<ChoiceItem> items;
    for (const Net::XeroTenant &tenant : tenants) {
        QString text = displayName(tenant);
        if (!tenant.tenantType.isEmpty() && tenant.tenantType != u"ORGANISATION")
            text += tr(" (%1)").arg(tenant.tenantType.toLower());
        items.append(
            {text + u'\n' + tenant.tenantId, tenant.tenantId, tr("Tenant id %1").arg(tenant.tenantId)});
    }
    // Only ever shown for two or more: no plural forms needed.
    m_dialog = openChoiceDialog(
        m_dialogParent, this,
        {u"xeroTenantDialog"_s, u"xeroTenantList"_s, tr("Choose the Xero organisation"),
         tr("Xero gave LedgerLink access to %1 organisations. Which one does this connection "
            "sync with?")
             .arg(tenants.size()),
         tr("Use this organisation")},
        items, [this, tenants](qsizetype index) {
            if (index < 0)
                finish(false, tr("No organisation chosen: nothing was stored. Sign in again to choose one."));
            else
                store(tenants.at(index));
        });
}

void XeroSignIn::store(const Net::XeroTenant &tenant)
{
    m_stage = Stage::Storing;
    emit progress(tr("Storing the tokens for %1 in the keychain…").arg(displayName(tenant)));
    Connectors::ConnectorConfig connection;
    connection.system = u"xero"_s;
    connection.baseUrl = m_baseUrl;
    connection.account = tenant.tenantId;
    const bool hasRefresh = !m_tokens.refreshToken.isEmpty();
    const int run = m_run;
    storeTokens(
        m_keychain, this, connection, m_tokens, [this, run] { return run == m_run; },
        [this, tenant, hasRefresh](const QStringList &failures) {
            if (!failures.isEmpty()) {
                finish(false,
                       tr("Signed in to Xero, but the keychain did not store the tokens: %1. Nothing was "
                          "saved anywhere else; unlock the keychain and sign in again.")
                           .arg(failures.join(u"; "_s)));
                return;
            }
            finish(true,
                   hasRefresh
                       ? tr("Signed in to %1. The access and refresh tokens are in the keychain; save to "
                            "keep the tenant id.")
                             .arg(displayName(tenant))
                       : tr("Signed in to %1. The access token is in the keychain (Xero gave no refresh "
                            "token: sign in again in 30 minutes). Save to keep the tenant id.")
                             .arg(displayName(tenant)),
                   tenant);
        });
}

void XeroSignIn::finish(bool ok, const QString &message, const Net::XeroTenant &tenant)
{
    if (m_stage == Stage::Idle)
        return;
    m_stage = Stage::Idle;
    ++m_run; // late answers of this run are dropped
    m_tokens = {};
    emit finished(ok, message, tenant.tenantId, tenant.tenantName);
}

} // namespace LedgerLink::Studio
