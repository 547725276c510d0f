#pragma once

#include "connectors/connector.h"
#include "net/oauth2signin.h"

#include <QtCore/QList>
#include <QtCore/QString>

#include <functional>

class QDialog;
class QObject;
class QWidget;

namespace LedgerLink::Secrets {
class CredentialStore;
}

namespace LedgerLink::Studio {

/// What a sign-in says while the browser is out, in the words of its vendor (translated by the
/// caller): `opening` before, `waiting` once the page opened, `notOpened` (with %1: the page's
/// address, HTML-escaped, for a link) when the browser could not be opened.
struct BrowserStageTexts
{
    QString opening;
    QString waiting;
    QString notOpened;
};

/// How the browser stage reports back to the sign-in that started it.
struct BrowserStageCallbacks
{
    std::function<bool()> current; ///< whether the sign-in that started it is still the one running
    std::function<void(const QString &)> progress;
    std::function<void(const Net::OAuth2Tokens &)> granted;
    /// Any failure but Failure::Cancelled (the sign-in's cancel() reports that itself).
    std::function<void(const QString &)> failed;
};

/**
 * The first stage every studio sign-in shares (Xero, QuickBooks Online, Business Central): runs
 * `signIn` (already configured, its browser set) with its signals connected through `context` to
 * `callbacks`, reporting `texts` as progress. A signal of a sign-in that is no longer current is
 * ignored. GUI thread.
 */
void startBrowserStage(Net::OAuth2SignIn *signIn, QObject *context, const BrowserStageTexts &texts,
                       const BrowserStageCallbacks &callbacks);

/// One account a sign-in may go on with (a Xero organisation, a Business Central company).
struct ChoiceItem
{
    QString text; ///< what the list shows (name, and the id on a second line)
    QString id;
    QString toolTip;
};

/// The choice dialog's words (translated by the caller) and object names (for tests).
struct ChoiceDialogTexts
{
    QString dialogName;
    QString listName;
    QString title;
    QString intro;
    QString accept; ///< the OK button ("Use this company")
};

/**
 * The step after the browser when a sign-in reaches several accounts: a window-modal dialog (no
 * nested event loop) listing `items`, the first selected; `chosen` is called with the index of the
 * one accepted (double-click or OK), or -1 when the dialog is cancelled or closed without one.
 * The dialog deletes itself on close; it is returned for the caller to close on cancel().
 */
QDialog *openChoiceDialog(QWidget *parent, QObject *context, const ChoiceDialogTexts &texts,
                          const QList<ChoiceItem> &items, const std::function<void(qsizetype)> &chosen);

/**
 * The last step of every sign-in: the tokens of `connection` into the keychain under its
 * credential keys (Engine::credentialKey) — the access token, and the refresh token or, when the
 * server issued none, the removal of an older one, so that it cannot renew this grant. `done` is
 * called once, through `context`, with what failed ("<key> (<why>)" each; empty when all went
 * well), unless `current` says the sign-in is no longer the one running. GUI thread (the
 * keychain's rule).
 */
void storeTokens(Secrets::CredentialStore *keychain, QObject *context,
                 const Connectors::ConnectorConfig &connection, const Net::OAuth2Tokens &tokens,
                 const std::function<bool()> &current,
                 const std::function<void(const QStringList &failures)> &done);

} // namespace LedgerLink::Studio
