#include "businesscentralsignin.h"

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

/// The company's display name, else its name, else its id.
QString displayName(const Net::BusinessCentralCompany &company)
{
    if (!company.displayName.isEmpty())
        return company.displayName;
    return company.name.isEmpty() ? company.id : company.name;
}

} // namespace

BusinessCentralSignIn::BusinessCentralSignIn(Secrets::CredentialStore *keychain, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_keychain(keychain)
    , m_dialogParent(dialogParent)
    , m_companiesWatcher(new QFutureWatcher<Net::BusinessCentralCompanyList>(this))
{
    connect(m_companiesWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_stage == Stage::Companies)
            onCompanies(m_companiesWatcher->result());
    });
}

BusinessCentralSignIn::~BusinessCentralSignIn()
{
    if (m_dialog)
        m_dialog->deleteLater();
    // A company list still being fetched finishes on its worker with nobody waiting for it.
}

QString BusinessCentralSignIn::unavailableReason(const QUrl &apiBaseUrl)
{
    if (!apiBaseUrl.isValid() || apiBaseUrl.host().isEmpty())
        return tr("Enter the base URL first: signing in needs to know the Business Central environment.");
    if (Net::BusinessCentral::clientId().isEmpty())
        return tr("This build of LedgerLink has no client id for the Microsoft sign-in (set "
                  "LEDGERLINK_BUSINESSCENTRAL_CLIENT_ID to the application (client) id of your Microsoft "
                  "Entra app registration); paste an access token meanwhile.");
    return {};
}

void BusinessCentralSignIn::start(const QUrl &apiBaseUrl)
{
    Q_ASSERT(thread() == QThread::currentThread());
    if (isRunning())
        cancel();
    const int run = ++m_run;
    m_baseUrl = apiBaseUrl;
    m_stage = Stage::Browser;
    if (const QString reason = unavailableReason(apiBaseUrl); !reason.isEmpty()) {
        finish(false, reason);
        return;
    }
    if (m_signIn)
        m_signIn->deleteLater();
    m_signIn = new Net::OAuth2SignIn(
        Net::BusinessCentral::signInConfig(apiBaseUrl, Net::BusinessCentral::clientId()), this);
    m_signIn->setBrowser(m_browser);
    startBrowserStage(m_signIn, this,
                      {tr("Opening Microsoft's sign-in page in the browser…"),
                       tr("Waiting for the browser… Sign in with your Microsoft work account there and "
                          "accept LedgerLink's access; LedgerLink continues by itself."),
                       tr("The browser could not be opened: open <a href=\"%1\">Microsoft's sign-in "
                          "page</a> yourself (right-click to copy the link), sign in there and accept "
                          "LedgerLink's access.")},
                      {[this, run] { return run == m_run; },
                       [this](const QString &text) { emit progress(text); },
                       [this](const Net::OAuth2Tokens &tokens) { onGranted(tokens); },
                       [this](const QString &message) {
                           finish(false, message);
                       }});
}

void BusinessCentralSignIn::cancel()
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

void BusinessCentralSignIn::onGranted(const Net::OAuth2Tokens &tokens)
{
    m_tokens = tokens;
    m_stage = Stage::Companies;
    emit progress(tr("Signed in with Microsoft; listing the environment's companies…"));
    m_companiesWatcher->setFuture(QtConcurrent::run([baseUrl = m_baseUrl, token = tokens.accessToken] {
        QNetworkAccessManager network; // this worker's own
        return Net::BusinessCentral::listCompanies(network, baseUrl, token);
    }));
}

void BusinessCentralSignIn::onCompanies(const Net::BusinessCentralCompanyList &list)
{
    if (!list.ok) {
        finish(false, list.message);
        return;
    }
    if (list.companies.isEmpty()) {
        finish(false,
               tr("Signed in, but the environment lists no company this account may use: nothing was "
                  "stored. Check the base URL's environment and the user's permissions."));
        return;
    }
    if (list.companies.size() == 1) {
        store(list.companies.first());
        return;
    }
    chooseCompany(list.companies);
}

void BusinessCentralSignIn::chooseCompany(const QList<Net::BusinessCentralCompany> &companies)
{
    m_stage = Stage::Choosing;
    emit progress(tr("Choose the company this connection syncs with."));
    QList<ChoiceItem> items;
    for (const Net::BusinessCentralCompany &company : companies)
        items.append(
            {displayName(company) + u'\n' + company.id, company.id, tr("Company id %1").arg(company.id)});
    // Only ever shown for two or more: no plural forms needed.
    m_dialog = openChoiceDialog(
        m_dialogParent, this,
        {u"businessCentralCompanyDialog"_s, u"businessCentralCompanyList"_s,
         tr("Choose the Business Central company"),
         tr("This Business Central environment has %1 companies. Which one does this connection sync with?")
             .arg(companies.size()),
         tr("Use this company")},
        items, [this, companies](qsizetype index) {
            if (index < 0)
                finish(false, tr("No company chosen: nothing was stored. Sign in again to choose one."));
            else
                store(companies.at(index));
        });
}

void BusinessCentralSignIn::store(const Net::BusinessCentralCompany &company)
{
    m_stage = Stage::Storing;
    emit progress(tr("Storing the tokens for %1 in the keychain…").arg(displayName(company)));
    Connectors::ConnectorConfig connection;
    connection.system = u"businesscentral"_s;
    connection.baseUrl = m_baseUrl;
    connection.account = company.id;
    const bool hasRefresh = !m_tokens.refreshToken.isEmpty();
    const int run = m_run;
    storeTokens(
        m_keychain, this, connection, m_tokens, [this, run] { return run == m_run; },
        [this, company, hasRefresh](const QStringList &failures) {
            if (!failures.isEmpty()) {
                finish(false,
                       tr("Signed in to Business Central, but the keychain did not store the tokens: %1. "
                          "Nothing was saved anywhere else; unlock the keychain and sign in again.")
                           .arg(failures.join(u"; "_s)));
                return;
            }
            finish(true,
                   hasRefresh ? tr("Signed in to the Business Central company “%1”. The access and "
                                   "refresh tokens are in the keychain; save to keep the company id.")
                                    .arg(displayName(company))
                              : tr("Signed in to the Business Central company “%1”. The access "
                                   "token is in the keychain (Microsoft gave no "
                                   "refresh token: sign in again in an hour). Save to keep the company id.")
                                    .arg(displayName(company)),
                   company.id);
        });
}

void BusinessCentralSignIn::finish(bool ok, const QString &message, const QString &companyId)
{
    if (m_stage == Stage::Idle)
        return;
    m_stage = Stage::Idle;
    ++m_run; // late answers of this run are dropped
    m_tokens = {};
    emit finished(ok, message, companyId);
}

} // namespace LedgerLink::Studio
