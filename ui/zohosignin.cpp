#include "zohosignin.h"

#include "signinsteps.h"

#include "engine/workspacecredentials.h"
#include "secrets/credentialstore.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QThread>
#include <QtGui/QPalette>
#include <QtNetwork/QNetworkAccessManager>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

namespace {

/// The organization's name, else its id.
QString displayName(const Net::ZohoOrganization &organization)
{
    return organization.name.isEmpty() ? organization.id : organization.name;
}

/// The Books API root of a data centre: https://<apiHost>/books/v3.
QUrl apiBaseUrlOf(const Net::Zoho::DataCentre &centre)
{
    return QUrl(u"https://"_s + centre.apiHost + u"/books/v3"_s);
}

} // namespace

ZohoSignIn::ZohoSignIn(Secrets::CredentialStore *keychain, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_keychain(keychain)
    , m_dialogParent(dialogParent)
    , m_organizationsWatcher(new QFutureWatcher<Net::ZohoOrganizationList>(this))
{
    connect(m_organizationsWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_stage == Stage::Organizations)
            onOrganizations(m_organizationsWatcher->result());
    });
}

ZohoSignIn::~ZohoSignIn()
{
    if (m_dialog)
        m_dialog->deleteLater();
    // An organization list still being fetched finishes on its worker with nobody waiting for it.
}

QString ZohoSignIn::dataCentreName(const Net::Zoho::DataCentre &centre)
{
    const QString location = centre.location;
    if (location == u"us"_s)
        return tr("United States");
    if (location == u"eu"_s)
        return tr("Europe");
    if (location == u"in"_s)
        return tr("India");
    if (location == u"au"_s)
        return tr("Australia");
    if (location == u"jp"_s)
        return tr("Japan");
    if (location == u"ca"_s)
        return tr("Canada");
    if (location == u"cn"_s)
        return tr("China");
    if (location == u"sa"_s)
        return tr("Saudi Arabia");
    return centre.apiHost;
}

QUrl ZohoSignIn::routed(const QUrl &url) const
{
    if (!m_standIn.isValid())
        return url;
    QUrl standIn = url;
    standIn.setScheme(m_standIn.scheme());
    standIn.setHost(m_standIn.host());
    standIn.setPort(m_standIn.port());
    return standIn;
}

void ZohoSignIn::start(const QUrl &currentBaseUrl)
{
    Q_ASSERT(thread() == QThread::currentThread());
    if (isRunning())
        cancel();
    ++m_run;
    m_stage = Stage::Setup;
    openSetupDialog(currentBaseUrl);
}

void ZohoSignIn::openSetupDialog(const QUrl &currentBaseUrl)
{
    auto *dialog = new QDialog(m_dialogParent);
    m_dialog = dialog;
    dialog->setObjectName(u"zohoSignInDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Sign in to Zoho Books"));
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = new QLabel(
        tr("LedgerLink signs in to Zoho with an app of your own. In the <a "
           "href=\"https://api-console.zoho.com\">Zoho API console</a> add a “Server-based "
           "Application” whose authorized redirect URIs are the addresses below, then enter its client "
           "ID and client secret here. Your browser opens Zoho's sign-in page next; afterwards you "
           "choose the organization."),
        dialog);
    intro->setObjectName(u"zohoSignInIntro"_s);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setOpenExternalLinks(true);
    layout->addWidget(intro);
    QStringList uris;
    for (const quint16 port : Net::Zoho::redirectPorts())
        uris.append(u"http://localhost:"_s + QString::number(port) + u"/callback"_s);
    auto *redirects = new QLabel(uris.join(u'\n'), dialog);
    redirects->setObjectName(u"zohoRedirectUris"_s);
    redirects->setTextInteractionFlags(Qt::TextSelectableByMouse);
    redirects->setContentsMargins(12, 0, 0, 4);
    layout->addWidget(redirects);

    auto *form = new QFormLayout;
    auto *centres = new QComboBox(dialog);
    centres->setObjectName(u"zohoDataCentre"_s);
    const QList<Net::Zoho::DataCentre> known = Net::Zoho::dataCentres();
    for (const Net::Zoho::DataCentre &centre : known)
        centres->addItem(tr("%1 (%2)").arg(dataCentreName(centre), centre.accountsHost), centre.location);
    if (const std::optional<Net::Zoho::DataCentre> current = Net::Zoho::dataCentreOf(currentBaseUrl))
        centres->setCurrentIndex(std::max(0, centres->findData(current->location)));
    centres->setToolTip(tr("Where your Zoho account lives: the domain you sign in to Zoho at "
                           "(zoho.com, zoho.eu, zoho.in, …)"));
    form->addRow(tr("Data centre:"), centres);
    auto *clientId = new QLineEdit(Net::Zoho::clientId(), dialog);
    clientId->setObjectName(u"zohoClientId"_s);
    clientId->setPlaceholderText(tr("1000.… from the API console"));
    form->addRow(tr("Client ID:"), clientId);
    auto *clientSecret = new QLineEdit(Net::Zoho::clientSecret(), dialog);
    clientSecret->setObjectName(u"zohoClientSecret"_s);
    clientSecret->setEchoMode(QLineEdit::Password);
    clientSecret->setPlaceholderText(tr("the app's client secret"));
    clientSecret->setToolTip(tr("Kept in the keychain only, next to the tokens it renews"));
    form->addRow(tr("Client secret:"), clientSecret);
    layout->addLayout(form);

    auto *error = new QLabel(dialog);
    error->setObjectName(u"zohoSignInError"_s);
    error->setWordWrap(true);
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xd9, 0x3f, 0x3a)); // the Connections page's red
    error->setPalette(palette);
    error->setVisible(false);
    layout->addWidget(error);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in in the browser"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, dialog,
            [this, dialog, centres, clientId, clientSecret, error, known] {
                const QString id = clientId->text().trimmed();
                const QString secret = clientSecret->text().trimmed();
                QLineEdit *missing = id.isEmpty() ? clientId : secret.isEmpty() ? clientSecret : nullptr;
                if (missing) {
                    error->setText(id.isEmpty()
                                       ? tr("Enter the client ID of your app in the Zoho API console.")
                                       : tr("Enter the client secret of your app in the Zoho API console."));
                    error->setVisible(true);
                    missing->setFocus();
                    return;
                }
                const qsizetype chosen = centres->currentIndex();
                if (chosen < 0 || chosen >= known.size())
                    return;
                m_dialog = nullptr;
                dialog->disconnect(this);
                dialog->accept(); // closes and deletes it
                startBrowser(known.at(chosen), id, secret);
            });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::rejected, this, [this] {
        m_dialog = nullptr;
        if (m_stage == Stage::Setup)
            finish(false, tr("Sign-in cancelled."));
    });
    dialog->resize(dialog->sizeHint().expandedTo(QSize(540, 0)));
    dialog->open(); // window-modal, no nested event loop
    emit progress(tr("Choose the data centre and enter the app's client ID and secret."));
}

void ZohoSignIn::startBrowser(const Net::Zoho::DataCentre &centre, const QString &clientId,
                              const QString &clientSecret)
{
    const int run = m_run;
    m_stage = Stage::Browser;
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_baseUrl = apiBaseUrlOf(centre);
    m_failure = Net::OAuth2SignIn::Failure::Unavailable;
    Net::OAuth2SignInConfig config = Net::Zoho::signInConfig(m_baseUrl, clientId, clientSecret);
    if (m_standIn.isValid()) {
        config.authorizationUrl = routed(config.authorizationUrl);
        config.tokenUrl = routed(config.tokenUrl);
        config.redirectPorts.clear(); // any free port
    }
    if (m_signIn)
        m_signIn->deleteLater();
    m_signIn = new Net::OAuth2SignIn(config, this);
    m_signIn->setBrowser(m_browser);
    // Connected first: the kind of failure is known when startBrowserStage reports its message.
    connect(m_signIn, &Net::OAuth2SignIn::failed, this,
            [this](Net::OAuth2SignIn::Failure failure, const QString &) { m_failure = failure; });
    startBrowserStage(m_signIn, this,
                      {tr("Opening Zoho's sign-in page in the browser…"),
                       tr("Waiting for the browser… Sign in to Zoho there and accept LedgerLink's access "
                          "to Zoho Books; LedgerLink continues by itself."),
                       tr("The browser could not be opened: open <a href=\"%1\">Zoho's sign-in page</a> "
                          "yourself (right-click to copy the link), sign in there and accept LedgerLink's "
                          "access.")},
                      {[this, run] { return run == m_run; },
                       [this](const QString &text) { emit progress(text); },
                       [this](const Net::OAuth2Tokens &tokens) { onGranted(tokens); },
                       [this](const QString &message) {
                           onFailed(message);
                       }});
}

void ZohoSignIn::onFailed(const QString &message)
{
    // Zoho Accounts answers a wrong client id or secret with invalid_client: say which to check.
    if (m_failure == Net::OAuth2SignIn::Failure::TokenRejected && message.contains(u"invalid_client"_s)) {
        finish(false,
               tr("Zoho did not accept the client ID and secret (invalid_client): copy both again "
                  "from your app in the Zoho API console, and check that the app is enabled for "
                  "the data centre chosen. Nothing was stored."));
        return;
    }
    finish(false, message);
}

void ZohoSignIn::cancel()
{
    if (!isRunning() || m_stage == Stage::Storing)
        return;
    if (m_signIn)
        m_signIn->cancel();
    finish(false, tr("Sign-in cancelled."));
}

void ZohoSignIn::onGranted(const Net::OAuth2Tokens &tokens)
{
    // The data centre's API host: the account's, whichever data centre was chosen.
    const QString apiDomain = tokens.extraTokens.value(u"api_domain"_s).toString().trimmed();
    if (!apiDomain.isEmpty()) {
        const QUrl baseUrl = Net::Zoho::apiBaseUrlFor(apiDomain);
        if (!baseUrl.isValid()) {
            finish(false,
                   tr("Zoho signed you in but named “%1” as your account's API address, which is not "
                      "a Zoho data centre LedgerLink knows: nothing was stored.")
                       .arg(apiDomain.left(80)));
            return;
        }
        m_baseUrl = baseUrl;
    }
    m_tokens = tokens;
    m_stage = Stage::Organizations;
    emit progress(tr("Signed in with Zoho; listing your Zoho Books organizations…"));
    m_organizationsWatcher->setFuture(
        QtConcurrent::run([baseUrl = routed(m_baseUrl), token = tokens.accessToken] {
            QNetworkAccessManager network; // this worker's own
            return Net::Zoho::listOrganizations(network, baseUrl, token);
        }));
}

void ZohoSignIn::onOrganizations(const Net::ZohoOrganizationList &list)
{
    if (!list.ok) {
        finish(false, tr("%1 Nothing was stored.").arg(list.message));
        return;
    }
    if (list.organizations.isEmpty()) {
        finish(false,
               tr("Signed in, but this Zoho account has no Zoho Books organization: nothing was "
                  "stored. Create the organization in Zoho Books (or sign in as one of its users) "
                  "and sign in again."));
        return;
    }
    if (list.organizations.size() == 1) {
        store(list.organizations.first());
        return;
    }
    chooseOrganization(list.organizations);
}

void ZohoSignIn::chooseOrganization(const QList<Net::ZohoOrganization> &organizations)
{
    m_stage = Stage::Choosing;
    emit progress(tr("Choose the organization this connection syncs with."));
    QList<ChoiceItem> items;
    for (const Net::ZohoOrganization &organization : organizations) {
        QString details = organization.id;
        if (!organization.currencyCode.isEmpty())
            details += u" · "_s + organization.currencyCode;
        if (organization.isDefault)
            details += u" · "_s + tr("default organization");
        items.append({displayName(organization) + u'\n' + details, organization.id,
                      tr("Organization id %1").arg(organization.id)});
    }
    // Only ever shown for two or more: no plural forms needed.
    m_dialog = openChoiceDialog(
        m_dialogParent, this,
        {u"zohoOrganizationDialog"_s, u"zohoOrganizationList"_s, tr("Choose the Zoho Books organization"),
         tr("Your Zoho account has %1 Zoho Books organizations. Which one does this connection sync with?")
             .arg(organizations.size()),
         tr("Use this organization")},
        items, [this, organizations](qsizetype index) {
            m_dialog = nullptr;
            if (m_stage != Stage::Choosing)
                return;
            if (index < 0)
                finish(false, tr("No organization chosen: nothing was stored. Sign in again to choose one."));
            else
                store(organizations.at(index));
        });
}

void ZohoSignIn::store(const Net::ZohoOrganization &organization)
{
    m_stage = Stage::Storing;
    emit progress(tr("Storing the tokens for “%1” in the keychain…").arg(displayName(organization)));
    Connectors::ConnectorConfig connection;
    connection.system = u"zoho"_s;
    connection.baseUrl = m_baseUrl;
    connection.account = organization.id;
    const bool hasRefresh = !m_tokens.refreshToken.isEmpty();
    const int run = m_run;
    storeTokens(
        m_keychain, this, connection, m_tokens, [this, run] { return run == m_run; },
        [this, organization, hasRefresh](const QStringList &failures) {
            if (!failures.isEmpty()) {
                finish(false,
                       tr("Signed in to Zoho Books, but the keychain did not store the tokens: %1. "
                          "Nothing was saved anywhere else; unlock the keychain and sign in again.")
                           .arg(failures.join(u"; "_s)));
                return;
            }
            storeClient(organization, hasRefresh);
        });
}

void ZohoSignIn::storeClient(const Net::ZohoOrganization &organization, bool hasRefresh)
{
    // The app's id and secret renew the access token: kept next to the refresh token.
    Connectors::ConnectorConfig connection;
    connection.system = u"zoho"_s;
    connection.account = organization.id;
    struct Pending
    {
        int left = 2;
        QStringList failures;
    };
    auto pending = std::make_shared<Pending>();
    const int run = m_run;
    const auto answered = [this, run, pending, organization, hasRefresh](const QString &key) {
        return [this, run, pending, organization, hasRefresh, key](const Secrets::CredentialResult &result) {
            if (run != m_run)
                return;
            if (result.status != Secrets::CredentialResult::Status::Ok)
                pending->failures.append(tr("%1 (%2)").arg(key, result.message));
            if (--pending->left > 0)
                return;
            if (!pending->failures.isEmpty()) {
                finish(false,
                       tr("Signed in to Zoho Books and stored the tokens, but the keychain did not "
                          "store the app's client ID and secret: %1. Unlock the keychain and sign in "
                          "again.")
                           .arg(pending->failures.join(u"; "_s)));
                return;
            }
            const QString name = displayName(organization);
            finish(true,
                   hasRefresh
                       ? tr("Signed in to the Zoho Books organization “%1”. The access and refresh "
                            "tokens and the app's client secret are in the keychain; save to keep the "
                            "organization id and base URL.")
                             .arg(name)
                       : tr("Signed in to the Zoho Books organization “%1”. The access token is in "
                            "the keychain (Zoho gave no refresh token: sign in again in an hour). Save "
                            "to keep the organization id and base URL.")
                             .arg(name),
                   organization.id, m_baseUrl);
        };
    };
    const QString idKey = Engine::credentialKey(connection, QString::fromLatin1(Engine::clientIdField));
    const QString secretKey =
        Engine::credentialKey(connection, QString::fromLatin1(Engine::clientSecretField));
    m_keychain->write(idKey, m_clientId.toUtf8(), this, answered(idKey));
    m_keychain->write(secretKey, m_clientSecret.toUtf8(), this, answered(secretKey));
}

void ZohoSignIn::finish(bool ok, const QString &message, const QString &organizationId, const QUrl &baseUrl)
{
    if (m_stage == Stage::Idle)
        return;
    m_stage = Stage::Idle;
    ++m_run; // late answers of this run are dropped
    m_tokens = {};
    m_clientId.clear();
    m_clientSecret.clear();
    if (QDialog *dialog = m_dialog) {
        m_dialog = nullptr;
        dialog->disconnect(this);
        dialog->close();
    }
    emit finished(ok, message, organizationId, baseUrl);
}

} // namespace LedgerLink::Studio
