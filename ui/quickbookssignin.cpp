#include "quickbookssignin.h"

#include "signinsteps.h"

#include "engine/workspacecredentials.h"
#include "net/quickbooksidentity.h"
#include "secrets/credentialstore.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

QuickBooksSignIn::QuickBooksSignIn(Secrets::CredentialStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{ }

QuickBooksSignIn::~QuickBooksSignIn() = default; // the sign-in is a child: it closes its loopback

QString QuickBooksSignIn::unavailableReason(const QUrl &apiBaseUrl)
{
    if (!apiBaseUrl.isValid() || apiBaseUrl.host().isEmpty())
        return tr("Enter the base URL first: signing in needs to know where QuickBooks Online is.");
    if (Net::QuickBooks::clientId().isEmpty() || Net::QuickBooks::clientSecret().isEmpty())
        return tr("This build of LedgerLink has no client id and secret for Intuit's sign-in (set "
                  "LEDGERLINK_QUICKBOOKS_CLIENT_ID and LEDGERLINK_QUICKBOOKS_CLIENT_SECRET to the keys of "
                  "your Intuit app); paste an access token meanwhile.");
    return {};
}

void QuickBooksSignIn::start(const QUrl &apiBaseUrl)
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
    m_signIn = new Net::OAuth2SignIn(Net::QuickBooks::signInConfig(apiBaseUrl, Net::QuickBooks::clientId(),
                                                                   Net::QuickBooks::clientSecret()),
                                     this);
    m_signIn->setBrowser(m_browser);
    startBrowserStage(m_signIn, this,
                      {tr("Opening Intuit's sign-in page in the browser…"),
                       tr("Waiting for the browser… Sign in to QuickBooks there, choose the company and "
                          "connect LedgerLink; LedgerLink continues by itself."),
                       tr("The browser could not be opened: open <a href=\"%1\">Intuit's sign-in "
                          "page</a> yourself (right-click to copy the link), sign in there and connect "
                          "LedgerLink.")},
                      {[this, run] { return run == m_run; },
                       [this](const QString &text) { emit progress(text); },
                       [this](const Net::OAuth2Tokens &tokens) { onGranted(tokens); },
                       [this](const QString &message) {
                           finish(false, message);
                       }});
}

void QuickBooksSignIn::cancel()
{
    if (!canCancel())
        return;
    if (m_signIn)
        m_signIn->cancel();
    finish(false, tr("Sign-in cancelled."));
}

void QuickBooksSignIn::onGranted(const Net::OAuth2Tokens &tokens)
{
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    const QString realmId = tokens.callbackParameters.value(u"realmId"_s).toString().trimmed();
    if (!digits.match(realmId).hasMatch()) {
        finish(false,
               realmId.isEmpty()
                   ? tr("Intuit granted access but did not say which company (no realmId came back): "
                        "nothing was stored. Sign in again and choose the company.")
                   : tr("Intuit sent back \"%1\" as the company's realm id, which is not a number: "
                        "nothing was stored.")
                         .arg(realmId.left(40)));
        return;
    }
    m_stage = Stage::Storing;
    emit progress(tr("Storing the tokens for the company %1 in the keychain…").arg(realmId));
    Connectors::ConnectorConfig connection;
    connection.system = u"quickbooks"_s;
    connection.baseUrl = m_baseUrl;
    connection.account = realmId;
    const bool hasRefresh = !tokens.refreshToken.isEmpty();
    const int run = m_run;
    storeTokens(
        m_keychain, this, connection, tokens, [this, run] { return run == m_run; },
        [this, realmId, hasRefresh](const QStringList &failures) {
            if (!failures.isEmpty()) {
                finish(
                    false,
                    tr("Signed in to QuickBooks, but the keychain did not store the tokens: %1. Nothing was "
                       "saved anywhere else; unlock the keychain and sign in again.")
                        .arg(failures.join(u"; "_s)),
                    {});
                return;
            }
            finish(true,
                   hasRefresh
                       ? tr("Signed in to the QuickBooks company %1. The access and refresh tokens are "
                            "in the keychain; save to keep the realm id.")
                             .arg(realmId)
                       : tr("Signed in to the QuickBooks company %1. The access token is in the "
                            "keychain (Intuit gave no refresh token: sign in again in an hour). Save "
                            "to keep the realm id.")
                             .arg(realmId),
                   realmId);
        });
}

void QuickBooksSignIn::finish(bool ok, const QString &message, const QString &realmId)
{
    if (m_stage == Stage::Idle)
        return;
    m_stage = Stage::Idle;
    ++m_run; // late answers of this run are dropped
    emit finished(ok, message, realmId);
}

} // namespace LedgerLink::Studio
