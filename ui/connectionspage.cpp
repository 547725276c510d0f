#include "connectionspage.h"

#include "businesscentralsignin.h"
#include "engine/connectordryrun.h"
#include "engine/workspace.h"
#include "engine/workspacecredentials.h"
#include "net/httpclient.h"
#include "quickbookssignin.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxrecord.h"
#include "sandbox/sandboxservices.h"
#include "secrets/credentialstore.h"
#include "xerosignin.h"
#include "zohosignin.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QRegularExpression>
#include <QtGui/QFont>
#include <QtNetwork/QHostAddress>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

namespace {

/// A system core/connectors knows, and the side it sits on.
struct SystemInfo
{
    QString id; ///< the connector id: "shopify", "xero"
    QString name; ///< the product's name (not translated)
    ConnectionsPage::Side side;
    QString productionUrl; ///< the usual base URL, or a pattern for the placeholder
};

const QList<SystemInfo> &systems()
{
    static const QList<SystemInfo> list{
        {u"shopify"_s, u"Shopify"_s, ConnectionsPage::Side::Store, u"https://my-shop.myshopify.com"_s},
        {u"woocommerce"_s, u"WooCommerce"_s, ConnectionsPage::Side::Store, u"https://shop.example.com"_s},
        {u"vendure"_s, u"Vendure"_s, ConnectionsPage::Side::Store, u"https://shop.example.com"_s},
        {u"xero"_s, u"Xero"_s, ConnectionsPage::Side::Erp, u"https://api.xero.com"_s},
        {u"quickbooks"_s, u"QuickBooks Online"_s, ConnectionsPage::Side::Erp,
         u"https://quickbooks.api.intuit.com"_s},
        {u"businesscentral"_s, u"Dynamics 365 Business Central"_s, ConnectionsPage::Side::Erp,
         u"https://api.businesscentral.dynamics.com/v2.0/<tenant>/production/api"_s},
        {u"netsuite"_s, u"NetSuite"_s, ConnectionsPage::Side::Erp,
         u"https://<account id>.suitetalk.api.netsuite.com"_s},
        {u"sapb1"_s, u"SAP Business One"_s, ConnectionsPage::Side::Erp, u"https://<server>:50000/b1s/v1"_s},
        {u"odoo"_s, u"Odoo"_s, ConnectionsPage::Side::Erp, u"https://<company>.odoo.com"_s},
        {u"zoho"_s, u"Zoho Books"_s, ConnectionsPage::Side::Erp, u"https://www.zohoapis.com/books/v3"_s},
        {u"tryton"_s, u"Tryton"_s, ConnectionsPage::Side::Erp, u"https://erp.example.com/database/"_s},
    };
    return list;
}

/// One part of a system's secret; the keychain holds the parts joined by ':' in this order.
struct SecretPart
{
    QString label;
    bool masked; ///< typed as a password
};

/// The parts of `system`'s secret; empty when it is one access token (or API key).
QList<SecretPart> secretPartsOf(const QString &system)
{
    if (system == u"netsuite"_s) {
        // Token-based authentication: the integration record's consumer key and secret, and the
        // access token's id and secret (connector: "consumerKey:consumerSecret:tokenId:tokenSecret").
        return {{ConnectionsPage::tr("Consumer key:"), true},
                {ConnectionsPage::tr("Consumer secret:"), true},
                {ConnectionsPage::tr("Token id:"), true},
                {ConnectionsPage::tr("Token secret:"), true}};
    }
    if (system == u"sapb1"_s) // the Service Layer's login: "UserName:Password"
        return {{ConnectionsPage::tr("User name:"), false}, {ConnectionsPage::tr("Password:"), true}};
    if (system == u"odoo"_s) // JSON-RPC with the user's login and an API key: "login:apikey"
        return {{ConnectionsPage::tr("Login:"), false}, {ConnectionsPage::tr("API key:"), true}};
    return {};
}

const SystemInfo *systemInfo(const QString &id)
{
    for (const SystemInfo &info : systems()) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

const QColor okColor(0x2e, 0x9e, 0x44);
const QColor badColor(0xd9, 0x3f, 0x3a);

/// The sandbox workspace's side, with the sandbox running (started for the check when none
/// serves the workspace).
Connectors::ConnectionCheck checkSandbox(const QString &workspace, ConnectionsPage::Side side)
{
    Connectors::ConnectionCheck check;
    Sandbox::SandboxServices sandbox;
    QString error;
    const auto urls = Engine::startSandboxIfNeeded(workspace, sandbox, &error);
    if (!error.isEmpty()) {
        check.message = error;
        return check;
    }
    const auto config = Engine::loadWorkspaceConfig(workspace, &error, urls);
    if (!config) {
        check.message = error;
        return check;
    }
    return side == ConnectionsPage::Side::Store
        ? Connectors::testConnection(config->store, Net::WriteSide::Store, config->caCertificates)
        : Connectors::testConnection(config->erp, Net::WriteSide::Erp, config->caCertificates);
}

/// A configured workspace's side as the form holds it, trusting the certificate authorities the
/// engine trusts for the workspace (LEDGERLINK_CA_BUNDLE, connections.json's "ca_bundle"), so that
/// a server behind a private CA tests as it syncs.
Connectors::ConnectionCheck checkConfigured(const QString &workspace,
                                            const Connectors::ConnectorConfig &config, Net::WriteSide side)
{
    QString error;
    const auto certificates = Engine::loadWorkspaceCaCertificates(workspace, &error);
    if (!certificates) {
        Connectors::ConnectionCheck check;
        check.message = error;
        return check;
    }
    return Connectors::testConnection(config, side, *certificates);
}

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host == u"localhost"_s || (!address.isNull() && address.isLoopback());
}

} // namespace

void ConnectionsPage::setLine(QLabel *label, const QString &text, std::optional<bool> ok)
{
    label->setText(text);
    QPalette palette = label->palette();
    if (ok) {
        palette.setColor(QPalette::WindowText, *ok ? okColor : badColor);
        label->setPalette(palette);
    } else {
        label->setPalette(QPalette()); // the application's, dark or light
    }
}

ConnectionsPage::ConnectionsPage(QString workspaceDir, QWidget *parent)
    : QWidget(parent)
    , m_workspaceDir(QDir(workspaceDir).absolutePath())
{
    setObjectName(u"connectionsPage"_s);
    m_bundledSandbox = m_workspaceDir == QDir(Engine::sandboxWorkspaceDir()).absolutePath();

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_title = new QLabel(content);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    auto *noteRow = new QHBoxLayout;
    m_note = new QLabel(content);
    m_note->setObjectName(u"connectionsNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    noteRow->addWidget(m_note, 1);
    m_configure = new QPushButton(content);
    m_configure->setObjectName(u"configureButton"_s);
    noteRow->addWidget(m_configure, 0, Qt::AlignTop);
    layout->addLayout(noteRow);

    auto *sidesRow = new QHBoxLayout;
    for (Side side : {Side::Store, Side::Erp}) {
        buildSide(side);
        sidesRow->addWidget(m_sides[index(side)].box, 1);
    }
    layout->addLayout(sidesRow);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(content);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(true);
    buttons->addWidget(m_save);
    m_status = new QLabel(content);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    buttons->addWidget(m_status, 1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_save, &QPushButton::clicked, this, &ConnectionsPage::save);
    connect(m_configure, &QPushButton::clicked, this, &ConnectionsPage::startConfiguring);

    retranslate();
    reload();
}

ConnectionsPage::~ConnectionsPage() = default; // running checks hold no pointer into the page

void ConnectionsPage::buildSide(Side side)
{
    SideWidgets &w = m_sides[index(side)];
    const QString prefix = side == Side::Store ? u"store"_s : u"erp"_s;
    w.box = new QGroupBox(this);
    w.box->setObjectName(prefix + u"Box"_s);
    auto *boxLayout = new QVBoxLayout(w.box);
    w.form = new QFormLayout;
    w.form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    boxLayout->addLayout(w.form);
    // A row with a label of its own (retranslate() sets its text), or none for notes and errors.
    const auto row = [&w](QWidget *field, bool labelled = true) {
        if (labelled)
            w.form->addRow(new QLabel(w.box), field);
        else
            w.form->addRow(QString(), field);
    };

    const auto errorLabel = [&](const QString &name) {
        auto *label = new QLabel(w.box);
        label->setObjectName(prefix + name);
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, badColor);
        label->setPalette(palette);
        label->setVisible(false);
        return label;
    };

    w.system = new QComboBox(w.box);
    w.system->setObjectName(prefix + u"System"_s);
    for (const SystemInfo &info : systems()) {
        if (info.side == side)
            w.system->addItem(info.name, info.id);
    }
    row(w.system);
    w.environment = new QComboBox(w.box);
    w.environment->setObjectName(prefix + u"Environment"_s);
    w.environment->addItem(QString(), u"sandbox"_s);
    w.environment->addItem(QString(), u"production"_s);
    row(w.environment);
    w.baseUrl = new QLineEdit(w.box);
    w.baseUrl->setObjectName(prefix + u"BaseUrl"_s);
    row(w.baseUrl);
    w.baseUrlError = errorLabel(u"BaseUrlError"_s);
    row(w.baseUrlError, false);
    w.account = new QLineEdit(w.box);
    w.account->setObjectName(prefix + u"Account"_s);
    row(w.account);
    w.accountError = errorLabel(u"AccountError"_s);
    row(w.accountError, false);
    w.accessToken = new QLineEdit(w.box);
    w.accessToken->setObjectName(prefix + u"AccessToken"_s);
    w.accessToken->setEchoMode(QLineEdit::Password);
    row(w.accessToken);
    w.accessTokenLabel = qobject_cast<QLabel *>(w.form->labelForField(w.accessToken));
    // The parts of a secret with several (their rows are put into the form for such a system).
    for (std::size_t i = 0; i < w.secretParts.size(); ++i) {
        w.secretParts[i] = new QLineEdit(w.box);
        w.secretParts[i]->setObjectName(prefix + u"SecretPart"_s + QString::number(i + 1));
        w.secretParts[i]->setVisible(false);
        w.secretPartLabels[i] = new QLabel(w.box);
        w.secretPartLabels[i]->setVisible(false);
        connect(w.secretParts[i], &QLineEdit::textChanged, this, [this, side] { joinSecretParts(side); });
    }
    w.secretError = errorLabel(u"SecretError"_s);
    row(w.secretError, false);
    w.webhookSecret = new QLineEdit(w.box);
    w.webhookSecret->setObjectName(prefix + u"WebhookSecret"_s);
    w.webhookSecret->setEchoMode(QLineEdit::Password);
    row(w.webhookSecret);
    w.webhookLabel = qobject_cast<QLabel *>(w.form->labelForField(w.webhookSecret));
    w.secretsNote = new QLabel(w.box);
    w.secretsNote->setObjectName(prefix + u"SecretsNote"_s);
    w.secretsNote->setWordWrap(true);
    w.secretsNote->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    row(w.secretsNote, false);

    auto *buttons = new QHBoxLayout;
    w.signIn = new QPushButton(w.box);
    w.signIn->setObjectName(prefix + u"SignIn"_s);
    w.signIn->setEnabled(false);
    buttons->addWidget(w.signIn);
    w.cancelSignIn = new QPushButton(w.box);
    w.cancelSignIn->setObjectName(prefix + u"CancelSignIn"_s);
    w.cancelSignIn->setVisible(false);
    buttons->addWidget(w.cancelSignIn);
    w.test = new QPushButton(w.box);
    w.test->setObjectName(prefix + u"Test"_s);
    buttons->addWidget(w.test);
    buttons->addStretch(1);
    boxLayout->addLayout(buttons);

    for (QLabel **line : {&w.reachable, &w.authenticated, &w.permissions, &w.budget}) {
        *line = new QLabel(w.box);
        (*line)->setTextInteractionFlags(Qt::TextSelectableByMouse);
        boxLayout->addWidget(*line);
    }
    w.reachable->setObjectName(prefix + u"Reachable"_s);
    w.authenticated->setObjectName(prefix + u"Authenticated"_s);
    w.permissions->setObjectName(prefix + u"Permissions"_s);
    w.budget->setObjectName(prefix + u"Budget"_s);
    w.message = new QLabel(w.box);
    w.message->setObjectName(prefix + u"Message"_s);
    w.message->setWordWrap(true);
    // Selectable, and a link to open by hand when the sign-in could not open the browser.
    w.message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    w.message->setOpenExternalLinks(true);
    w.message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for three lines: a wrapped label beside another box is not always given its
    // height-for-width.
    w.message->setMinimumHeight(w.message->fontMetrics().lineSpacing() * 3);
    boxLayout->addWidget(w.message);
    boxLayout->addStretch(1);

    w.watcher = new QFutureWatcher<Connectors::ConnectionCheck>(this);
    connect(w.watcher, &QFutureWatcherBase::finished, this, [this, side] {
        SideWidgets &widgets = m_sides[index(side)];
        widgets.test->setEnabled(true);
        showCheck(side, widgets.watcher->result());
    });
    connect(w.test, &QPushButton::clicked, this, [this, side] { testConnection(side); });
    connect(w.signIn, &QPushButton::clicked, this, [this, side] { signIn(side); });
    connect(w.cancelSignIn, &QPushButton::clicked, this, [this, side] {
        if (XeroSignIn *running = m_sides[index(side)].xeroSignIn)
            running->cancel();
        if (QuickBooksSignIn *running = m_sides[index(side)].quickBooksSignIn)
            running->cancel();
        if (BusinessCentralSignIn *running = m_sides[index(side)].businessCentralSignIn)
            running->cancel();
        if (ZohoSignIn *running = m_sides[index(side)].zohoSignIn)
            running->cancel();
    });
    connect(w.system, &QComboBox::currentIndexChanged, this, [this, side] {
        SideWidgets &widgets = m_sides[index(side)];
        if (!widgets.watcher->isRunning()) { // another system's answer is not this one's
            widgets.lastCheck = {};
            clearCheck(side);
        }
        updateAccountLabel(side);
        refreshKeychainState(side);
        updateSignIn(side);
    });
    connect(w.baseUrl, &QLineEdit::textChanged, this, [this, side] { updateSignIn(side); });
    connect(w.environment, &QComboBox::currentIndexChanged, this, [this, side] { updateAccountLabel(side); });
    connect(w.account, &QLineEdit::editingFinished, this, [this, side] { refreshKeychainState(side); });
}

void ConnectionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange) {
        // A link's colour is fixed when rich text is set: set again in the new theme's.
        for (SideWidgets &w : m_sides) {
            if (const QString shown = w.message->text();
                w.message->textFormat() != Qt::PlainText && Qt::mightBeRichText(shown)) {
                w.message->clear();
                w.message->setText(shown);
            }
        }
    }
    QWidget::changeEvent(event);
}

void ConnectionsPage::retranslate()
{
    m_configure->setText(tr("Connect real systems…"));
    m_configure->setToolTip(m_bundledSandbox
                                ? tr("The studio's own sandbox workspace stays a sandbox: open a "
                                     "folder of your own with \"ledgerlink --workspace <folder>\"")
                                : tr("Configure this folder's store and ERP connections"));
    m_save->setText(tr("Save connections"));
    m_save->setToolTip(tr("Writes connections.json (no secrets) and puts the typed access tokens and webhook "
                          "secrets into the OS keychain"));
    for (Side side : {Side::Store, Side::Erp})
        retranslateSide(side);
    showMode();
}

void ConnectionsPage::retranslateSide(Side side)
{
    SideWidgets &w = m_sides[index(side)];
    w.box->setTitle(side == Side::Store ? tr("Store") : tr("ERP / accounting"));
    const auto label = [&w](QWidget *field, const QString &text) {
        if (auto *row = qobject_cast<QLabel *>(w.form->labelForField(field)))
            row->setText(text);
    };
    label(w.system, tr("System:"));
    label(w.environment, tr("Environment:"));
    label(w.baseUrl, tr("Base URL:"));
    label(w.accessToken, tr("Access token:"));
    w.webhookLabel->setText(tr("Webhook secret:"));
    w.environment->setItemText(0, tr("Sandbox"));
    w.environment->setItemText(1, tr("Production"));
    w.signIn->setText(tr("Sign in…"));
    w.cancelSignIn->setText(tr("Cancel"));
    w.cancelSignIn->setToolTip(tr("Stops waiting for the browser; nothing is stored"));
    w.test->setText(tr("Test connection"));
    w.test->setToolTip(tr("Checks reachability, the credentials, their permissions and the rate-limit budget "
                          "with read requests only"));
    updateAccountLabel(side);
    updateSecretPlaceholders(side);
    updateSignIn(side);
    if (!w.watcher->isRunning())
        showCheck(side, w.lastCheck);
}

void ConnectionsPage::updateAccountLabel(Side side)
{
    SideWidgets &w = m_sides[index(side)];
    const QString system = w.system->currentData().toString();
    const bool sandbox = w.environment->currentData().toString() == u"sandbox"_s;
    const SystemInfo *info = systemInfo(system);
    QString accountLabel = tr("Account:");
    QString tokenLabel = tr("Access token:");
    QString webhookLabel = tr("Webhook secret:");
    QString baseUrlPlaceholder = sandbox ? tr("e.g. http://127.0.0.1:8123 (ledgerlink-cli sandbox serve)")
                                         : (info ? info->productionUrl : QString());
    w.baseUrl->setToolTip(QString());
    w.account->setToolTip(QString());
    if (system == u"shopify"_s) {
        accountLabel = tr("Shop domain:");
        w.account->setPlaceholderText(tr("my-shop.myshopify.com"));
    } else if (system == u"xero"_s) {
        accountLabel = tr("Tenant id:");
        w.account->setPlaceholderText(tr("the organisation's tenant id (a GUID)"));
    } else if (system == u"quickbooks"_s) {
        accountLabel = tr("Realm id:");
        w.account->setPlaceholderText(tr("the company's realm id (digits), e.g. 1185883450"));
        w.account->setToolTip(tr("The QuickBooks company id (Intuit calls it the realm id); \"Sign in…\" "
                                 "fills it in"));
        webhookLabel = tr("Verifier token:");
        // LedgerLink's own sandbox speaks no QuickBooks: Intuit's sandbox companies stand in.
        if (sandbox)
            baseUrlPlaceholder = u"https://sandbox-quickbooks.api.intuit.com"_s;
        w.baseUrl->setToolTip(tr("https://quickbooks.api.intuit.com for real companies, "
                                 "https://sandbox-quickbooks.api.intuit.com for Intuit's sandbox companies "
                                 "(development keys)"));
    } else if (system == u"businesscentral"_s) {
        accountLabel = tr("Company id:");
        w.account->setPlaceholderText(tr("the company's id (a GUID; GET …/api/v2.0/companies lists them)"));
        w.account->setToolTip(tr("The Business Central company this connection syncs with; \"Sign in…\" "
                                 "lists the environment's companies and fills it in"));
        w.baseUrl->setToolTip(
            tr("The environment's API root, up to \".../api\": "
               "https://api.businesscentral.dynamics.com/v2.0/<tenant id>/<environment name>/api, e.g. "
               "…/v2.0/<tenant id>/production/api or …/sandbox/api. The tenant id (or the tenant's domain) "
               "also names the directory Microsoft signs you in to; without it any work account's tenant "
               "is taken."));
    } else if (system == u"woocommerce"_s) {
        accountLabel = tr("Site name:");
        w.account->setPlaceholderText(tr("optional: how the shop is named in LedgerLink"));
        tokenLabel = tr("REST API key:");
    } else if (system == u"vendure"_s) {
        accountLabel = tr("Administrator:");
        w.account->setPlaceholderText(tr("the user name LedgerLink signs in with"));
        tokenLabel = tr("Password:");
    } else if (system == u"tryton"_s) {
        accountLabel = tr("User name:");
        w.account->setPlaceholderText(tr("the Tryton user LedgerLink signs in as"));
        tokenLabel = tr("Password:");
    } else if (system == u"netsuite"_s) {
        accountLabel = tr("Account id:");
        w.account->setPlaceholderText(tr("e.g. 1234567, or 1234567_SB1 for a sandbox account"));
        w.account->setToolTip(tr("Setup > Company > Company Information shows it; a sandbox account's id "
                                 "ends in _SB1, _SB2, …"));
        w.baseUrl->setToolTip(tr("The account's REST host: https://<account id>.suitetalk.api.netsuite.com, "
                                 "the account id in lower case with '-' for '_', e.g. "
                                 "https://1234567-sb1.suitetalk.api.netsuite.com"));
    } else if (system == u"sapb1"_s) {
        accountLabel = tr("Company database:");
        w.account->setPlaceholderText(tr("the company's database name, e.g. SBODEMOUS"));
        w.baseUrl->setToolTip(tr("The Service Layer's address up to its version: "
                                 "https://<server>:50000/b1s/v1 or …/b1s/v2"));
    } else if (system == u"zoho"_s) {
        accountLabel = tr("Organization id:");
        w.account->setPlaceholderText(tr("the organization's id (digits), e.g. 10234695"));
        w.baseUrl->setToolTip(tr("The API address of the organization's data centre: "
                                 "https://www.zohoapis.com/books/v3, …zohoapis.eu/books/v3, "
                                 "…zohoapis.in/books/v3, …zohoapis.com.au/books/v3, and so on"));
    } else if (system == u"odoo"_s) {
        accountLabel = tr("Database:");
        w.account->setPlaceholderText(tr("the Odoo database name, e.g. mycompany"));
        w.baseUrl->setToolTip(tr("The Odoo server's address, e.g. https://mycompany.odoo.com (versions 16 "
                                 "to 18)"));
    }
    showSecretParts(side);
    updateSecretPlaceholders(side);
    if (auto *row = qobject_cast<QLabel *>(w.form->labelForField(w.account)))
        row->setText(accountLabel);
    w.accessTokenLabel->setText(tokenLabel);
    // QuickBooks signs its webhooks with the app's verifier token (HMAC-SHA256, intuit-signature).
    w.webhookLabel->setText(webhookLabel);
    // Vendure, Tryton, SAP Business One and Odoo send no webhooks (LedgerLink polls them), nor do
    // Business Central and NetSuite send signed ones LedgerLink uses: no secret to ask for.
    static const QStringList polled{
        u"vendure"_s, u"tryton"_s, u"businesscentral"_s, u"netsuite"_s, u"sapb1"_s, u"odoo"_s, u"zoho"_s};
    showWebhookRow(side, !polled.contains(system));
    w.baseUrl->setPlaceholderText(baseUrlPlaceholder);
}

void ConnectionsPage::showWebhookRow(Side side, bool shown)
{
    // Taken out of the form rather than hidden with QFormLayout::setRowVisible(): Qt 6.4 sizes a
    // hidden row's items into the row they last sat on, and a wrapped error label above then left
    // the access token's row without height.
    SideWidgets &w = m_sides[index(side)];
    int row = -1;
    QFormLayout::ItemRole role;
    w.form->getWidgetPosition(w.webhookSecret, &row, &role);
    if ((row >= 0) == shown)
        return;
    if (shown) {
        w.form->getWidgetPosition(
            w.secretPartCount > 0 ? w.secretParts[w.secretPartCount - 1] : w.accessToken, &row, &role);
        w.form->insertRow(row + 1, w.webhookLabel, w.webhookSecret);
        w.webhookLabel->setVisible(true);
        w.webhookSecret->setVisible(true);
    } else {
        const QFormLayout::TakeRowResult taken = w.form->takeRow(row);
        delete taken.labelItem; // the layout items only: the widgets stay the box's children
        delete taken.fieldItem;
        w.webhookLabel->setVisible(false);
        w.webhookSecret->setVisible(false);
    }
}

void ConnectionsPage::showSecretParts(Side side)
{
    SideWidgets &w = m_sides[index(side)];
    const QString system = w.system->currentData().toString();
    const QList<SecretPart> parts = secretPartsOf(system);
    const int wanted = int(parts.size());
    for (int i = 0; i < wanted; ++i) {
        w.secretPartLabels[i]->setText(parts[i].label);
        w.secretParts[i]->setEchoMode(parts[i].masked ? QLineEdit::Password : QLineEdit::Normal);
    }
    if (system == w.secretPartsSystem)
        return;
    const bool hadParts = w.secretPartCount > 0;
    w.secretPartsSystem = system;
    if (hadParts || wanted > 0) {
        // What was typed for another system's secret is not this one's.
        for (QLineEdit *part : w.secretParts)
            part->clear();
        w.accessToken->clear();
        w.secretError->setVisible(false);
    }
    if (wanted == w.secretPartCount)
        return;
    // Rows are taken out and put in rather than hidden (see showWebhookRow()).
    int at = -1;
    QFormLayout::ItemRole role;
    w.form->getWidgetPosition(hadParts ? w.secretParts[0] : w.accessToken, &at, &role);
    const auto takeOut = [&w](QWidget *field, QLabel *label) {
        int row = -1;
        QFormLayout::ItemRole itemRole;
        w.form->getWidgetPosition(field, &row, &itemRole);
        if (row >= 0) {
            const QFormLayout::TakeRowResult taken = w.form->takeRow(row);
            delete taken.labelItem; // the layout items only: the widgets stay the box's children
            delete taken.fieldItem;
        }
        field->setVisible(false);
        label->setVisible(false);
    };
    if (hadParts) {
        for (int i = 0; i < w.secretPartCount; ++i)
            takeOut(w.secretParts[i], w.secretPartLabels[i]);
    } else {
        takeOut(w.accessToken, w.accessTokenLabel);
    }
    if (wanted == 0) {
        w.form->insertRow(at, w.accessTokenLabel, w.accessToken);
        w.accessTokenLabel->setVisible(true);
        w.accessToken->setVisible(true);
    }
    for (int i = 0; i < wanted; ++i) {
        w.form->insertRow(at + i, w.secretPartLabels[i], w.secretParts[i]);
        w.secretPartLabels[i]->setVisible(true);
        w.secretParts[i]->setVisible(true);
    }
    w.secretPartCount = wanted;
}

void ConnectionsPage::joinSecretParts(Side side)
{
    SideWidgets &w = m_sides[index(side)];
    if (w.secretPartCount == 0)
        return;
    QStringList values;
    bool typed = false;
    for (int i = 0; i < w.secretPartCount; ++i) {
        values.append(w.secretParts[i]->text());
        typed = typed || !values.last().isEmpty();
    }
    w.accessToken->setText(typed ? values.join(u':') : QString());
}

void ConnectionsPage::showMode()
{
    const bool hasFile = !Engine::isSandboxWorkspace(m_workspaceDir);
    if (m_sandboxView) {
        m_title->setText(tr("Connections — sandbox workspace"));
        m_note->setText(
            tr("This workspace rehearses against LedgerLink's bundled sandbox store and sandbox books, with "
               "fixed test credentials that are not secrets; nothing here can be edited. %1")
                .arg(m_bundledSandbox ? tr("To connect real systems, open a folder of your own with "
                                           "\"ledgerlink --workspace <folder>\".")
                                      : tr("\"Connect real systems…\" turns this folder into a workspace of "
                                           "your own.")));
    } else {
        m_title->setText(tr("Connections"));
        m_note->setText(hasFile
                            ? tr("Saved in %1; the access tokens and webhook secrets are in the OS keychain "
                                 "only.")
                                  .arg(QDir::toNativeSeparators(Engine::connectionsFilePath(m_workspaceDir)))
                            : tr("This folder has no connections yet: fill in both sides and save. Until "
                                 "then it works as a sandbox workspace."));
    }
    m_configure->setVisible(m_sandboxView);
    m_configure->setEnabled(!m_bundledSandbox);
    m_save->setVisible(!m_sandboxView);
    for (SideWidgets &w : m_sides) {
        w.system->setEnabled(!m_sandboxView);
        w.environment->setEnabled(!m_sandboxView);
        for (QLineEdit *edit : {w.baseUrl, w.account, w.accessToken, w.webhookSecret})
            edit->setReadOnly(m_sandboxView);
        for (QLineEdit *part : w.secretParts)
            part->setReadOnly(m_sandboxView);
        w.signIn->setVisible(!m_sandboxView);
        w.secretsNote->setVisible(!m_sandboxView);
    }
    for (Side side : {Side::Store, Side::Erp})
        updateSecretPlaceholders(side);
}

void ConnectionsPage::reload()
{
    QString error;
    const std::optional<Engine::WorkspaceConnections> file =
        Engine::readWorkspaceConnections(m_workspaceDir, &error);
    m_sandboxView = !file && error.isEmpty();
    if (file) {
        fillForm(*file);
    } else if (m_sandboxView) {
        // The sandbox: its store and books, at the URLs `sandbox serve` recorded, or started by
        // the studio when a page needs them.
        Engine::WorkspaceConnections sandbox;
        sandbox.store = {u"shopify"_s, u"sandbox"_s, {}, Sandbox::Credentials::shopDomain()};
        sandbox.erp = {u"xero"_s, u"sandbox"_s, {}, Sandbox::Credentials::xeroTenantId()};
        if (const auto record = Sandbox::readSandboxRecord(m_workspaceDir)) {
            sandbox.store.baseUrl = record->storeUrl;
            sandbox.erp.baseUrl = record->booksUrl;
        }
        fillForm(sandbox);
    } else {
        m_sandboxView = false;
        setStatus(error, true);
    }
    showMode();
    for (Side side : {Side::Store, Side::Erp}) {
        if (m_sandboxView) {
            m_sides[index(side)].baseUrl->setPlaceholderText(tr("started by LedgerLink when needed"));
        } else {
            refreshKeychainState(side);
        }
    }
}

void ConnectionsPage::startConfiguring()
{
    if (m_bundledSandbox || !m_sandboxView)
        return;
    m_sandboxView = false;
    // Start from the usual production addresses; the sandbox's own values do not carry over.
    Engine::WorkspaceConnections fresh;
    fresh.store = {u"shopify"_s, u"production"_s, {}, {}};
    fresh.erp = {u"xero"_s, u"production"_s, QUrl(u"https://api.xero.com"_s), {}};
    fillForm(fresh);
    showMode();
    for (Side side : {Side::Store, Side::Erp}) {
        clearCheck(side);
        updateAccountLabel(side);
        refreshKeychainState(side);
    }
    m_sides[0].baseUrl->setFocus();
}

void ConnectionsPage::fillForm(const Engine::WorkspaceConnections &connections)
{
    for (Side side : {Side::Store, Side::Erp}) {
        SideWidgets &w = m_sides[index(side)];
        const Engine::ConnectionEntry &entry = side == Side::Store ? connections.store : connections.erp;
        const QSignalBlocker blockSystem(w.system);
        const QSignalBlocker blockEnvironment(w.environment);
        int systemIndex = w.system->findData(entry.system);
        if (systemIndex < 0 && !entry.system.isEmpty()) {
            // A system the page does not offer on this side (written by hand): shown as it is.
            w.system->addItem(entry.system, entry.system);
            systemIndex = w.system->count() - 1;
        }
        w.system->setCurrentIndex(std::max(0, systemIndex));
        w.environment->setCurrentIndex(std::max(0, w.environment->findData(entry.environment)));
        w.baseUrl->setText(entry.baseUrl.toString());
        w.account->setText(entry.account);
        w.accessToken->clear();
        for (QLineEdit *part : w.secretParts)
            part->clear();
        w.webhookSecret->clear();
        w.baseUrlError->setVisible(false);
        w.secretError->setVisible(false);
        w.accountError->setVisible(false);
        updateAccountLabel(side);
        updateSignIn(side);
    }
}

Engine::WorkspaceConnections ConnectionsPage::connections() const
{
    Engine::WorkspaceConnections result;
    for (Side side : {Side::Store, Side::Erp}) {
        const SideWidgets &w = m_sides[index(side)];
        Engine::ConnectionEntry &entry = side == Side::Store ? result.store : result.erp;
        entry.system = w.system->currentData().toString();
        entry.environment = w.environment->currentData().toString();
        entry.baseUrl = QUrl(w.baseUrl->text().trimmed(), QUrl::StrictMode);
        entry.account = w.account->text().trimmed();
    }
    return result;
}

Connectors::ConnectorConfig ConnectionsPage::connectorConfig(Side side) const
{
    const Engine::WorkspaceConnections pair = connections();
    const Engine::ConnectionEntry &entry = side == Side::Store ? pair.store : pair.erp;
    Connectors::ConnectorConfig config;
    config.system = entry.system;
    config.baseUrl = entry.baseUrl;
    config.account = entry.account;
    return config;
}

QString ConnectionsPage::statusText() const
{
    return m_status->text();
}

QString ConnectionsPage::checkText(Side side) const
{
    const SideWidgets &w = m_sides[index(side)];
    QStringList lines;
    for (const QLabel *label : {w.reachable, w.authenticated, w.permissions, w.budget, w.message}) {
        if (!label->text().isEmpty())
            lines.append(label->text());
    }
    return lines.join(u'\n');
}

bool ConnectionsPage::isTesting(Side side) const
{
    return m_sides[index(side)].watcher->isRunning();
}

void ConnectionsPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    if (error) {
        palette.setColor(QPalette::WindowText, badColor);
        m_status->setPalette(palette);
    } else {
        m_status->setPalette(QPalette());
    }
}

Secrets::CredentialStore *ConnectionsPage::keychain()
{
    if (!m_keychain)
        m_keychain = new Secrets::CredentialStore(QCoreApplication::applicationName(), this);
    return m_keychain;
}

bool ConnectionsPage::validate(std::optional<Side> only)
{
    bool ok = true;
    static const QRegularExpression guid(
        u"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"_s);
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    static const QRegularExpression netSuiteAccount(u"^[A-Za-z0-9]+(_[A-Za-z0-9]+)?$"_s);
    static const QRegularExpression domain(u"^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9-]+)+$"_s);
    const auto mark = [&ok](QLabel *label, const QString &error) {
        label->setText(error);
        label->setVisible(!error.isEmpty());
        if (!error.isEmpty())
            ok = false;
    };
    for (Side side : {Side::Store, Side::Erp}) {
        if (only && side != *only)
            continue;
        SideWidgets &w = m_sides[index(side)];
        const QString system = w.system->currentData().toString();
        const QString text = w.baseUrl->text().trimmed();
        const QUrl url(text, QUrl::StrictMode);
        const SystemInfo *info = systemInfo(system);
        QString urlError;
        if (text.isEmpty()) {
            urlError = tr("Enter the base URL, e.g. %1.").arg(info ? info->productionUrl : u"https://…"_s);
        } else if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
                   || url.host().isEmpty()) {
            urlError = tr("Not a web address: enter it in full, starting with https://.");
        } else if (w.environment->currentData().toString() == u"production"_s && url.scheme() != u"https"_s
                   && !isLoopback(url.host())) {
            urlError = tr("A production connection must use https://.");
        }
        mark(w.baseUrlError, urlError);

        const QString account = w.account->text().trimmed();
        QString accountError;
        if (system == u"quickbooks"_s && !digits.match(account).hasMatch()) {
            accountError = account.isEmpty() ? tr("Enter the QuickBooks realm id (company id).")
                                             : tr("A QuickBooks realm id is a number, e.g. 1185883450.");
        } else if (system == u"xero"_s && !guid.match(account).hasMatch()) {
            accountError = account.isEmpty() ? tr("Enter the Xero tenant id of the organisation.")
                                             : tr("A Xero tenant id looks like "
                                                  "00000000-0000-0000-0000-000000000000.");
        } else if (system == u"businesscentral"_s && !guid.match(account).hasMatch()) {
            accountError = account.isEmpty() ? tr("Enter the Business Central company id.")
                                             : tr("A Business Central company id looks like "
                                                  "00000000-0000-0000-0000-000000000000.");
        } else if (system == u"netsuite"_s && !netSuiteAccount.match(account).hasMatch()) {
            accountError = account.isEmpty() ? tr("Enter the NetSuite account id.")
                                             : tr("A NetSuite account id looks like 1234567 or 1234567_SB1.");
        } else if (system == u"sapb1"_s && account.isEmpty()) {
            accountError = tr("Enter the company database LedgerLink logs in to.");
        } else if (system == u"zoho"_s && !digits.match(account).hasMatch()) {
            accountError = account.isEmpty() ? tr("Enter the Zoho Books organization id.")
                                             : tr("A Zoho Books organization id is a number, e.g. 10234695.");
        } else if (system == u"odoo"_s && account.isEmpty()) {
            accountError = tr("Enter the Odoo database name.");
        } else if (system == u"shopify"_s && !domain.match(account).hasMatch()) {
            accountError = account.isEmpty() ? tr("Enter the shop's domain, e.g. my-shop.myshopify.com.")
                                             : tr("A shop domain looks like my-shop.myshopify.com.");
        } else if (account.isEmpty() && system != u"woocommerce"_s) {
            accountError = system == u"tryton"_s || system == u"vendure"_s ? tr("Enter the user name.")
                                                                           : tr("Enter the account.");
        }
        mark(w.accountError, accountError);

        // A secret in parts is stored whole or not at all.
        QString secretError;
        if (w.secretPartCount > 0 && !w.accessToken->text().isEmpty()) {
            for (int i = 0; i < w.secretPartCount && secretError.isEmpty(); ++i) {
                const QString part = w.secretPartLabels[i]->text().chopped(
                    w.secretPartLabels[i]->text().endsWith(u':') ? 1 : 0);
                if (w.secretParts[i]->text().isEmpty()) {
                    secretError =
                        tr("Fill in every part of the credentials: \"%1\" is empty (they are stored "
                           "together).")
                            .arg(part);
                } else if (i + 1 < w.secretPartCount && w.secretParts[i]->text().contains(u':')) {
                    secretError = tr("\"%1\" cannot contain ':'.").arg(part);
                }
            }
        }
        mark(w.secretError, secretError);
    }
    return ok;
}

void ConnectionsPage::save()
{
    if (m_sandboxView)
        return;
    if (!validate()) {
        setStatus(tr("Nothing was saved: correct the marked fields."), true);
        emit saved(false);
        return;
    }
    // The other pages took the folder for a sandbox workspace when they were made.
    m_leftSandbox = m_leftSandbox || Engine::isSandboxWorkspace(m_workspaceDir);
    QString error;
    if (!Engine::writeWorkspaceConnections(m_workspaceDir, connections(), &error)) {
        setStatus(tr("The connections were not saved: %1").arg(error), true);
        emit saved(false);
        return;
    }
    showMode();
    writeSecrets(++m_saveAttempt);
}

void ConnectionsPage::writeSecrets(int attempt)
{
    struct Pending
    {
        Side side;
        QString field;
        QLineEdit *edit; ///< nullptr: remove the entry
    };
    QList<Pending> secrets;
    for (Side side : {Side::Store, Side::Erp}) {
        SideWidgets &w = m_sides[index(side)];
        if (!w.accessToken->text().isEmpty()) {
            secrets.append({side, QString::fromLatin1(Engine::accessTokenField), w.accessToken});
            // A pasted token stands alone: the refresh token of an earlier sign-in belongs to
            // another grant and must not renew it (nor outlive it in the keychain).
            secrets.append({side, QString::fromLatin1(Engine::refreshTokenField), nullptr});
        }
        if (!w.webhookSecret->text().isEmpty())
            secrets.append({side, QString::fromLatin1(Engine::webhookSecretField), w.webhookSecret});
    }
    QString saved =
        tr("Saved %1.").arg(QDir::toNativeSeparators(Engine::connectionsFilePath(m_workspaceDir)));
    if (m_leftSandbox)
        saved +=
            u' '
            + tr(
                "Restart the studio so that every page works with these connections instead of the sandbox.");
    if (secrets.isEmpty()) {
        setStatus(saved + u' ' + tr("No secret was typed; the keychain keeps what it holds."));
        for (Side side : {Side::Store, Side::Erp})
            refreshKeychainState(side);
        emit this->saved(true);
        return;
    }
    setStatus(saved + u' ' + tr("Storing the secrets in the keychain…"));
    m_pendingSecrets = int(secrets.size());
    m_secretsFailed = false;
    auto failures = std::make_shared<QStringList>();
    for (const Pending &secret : std::as_const(secrets)) {
        const QString key = Engine::credentialKey(connectorConfig(secret.side), secret.field);
        QLineEdit *edit = secret.edit;
        const auto done = [=, this](const Secrets::CredentialResult &result) {
            if (attempt != m_saveAttempt)
                return;
            using Status = Secrets::CredentialResult::Status;
            if (result.status == Status::Ok || (!edit && result.status == Status::NotFound)) {
                if (edit)
                    edit->clear();
                if (SideWidgets &w = m_sides[index(secret.side)]; edit == w.accessToken) {
                    for (QLineEdit *part : w.secretParts) // stored whole: the parts are emptied too
                        part->clear();
                }
            } else {
                m_secretsFailed = true;
                failures->append(tr("%1 (%2)").arg(key, result.message));
            }
            if (--m_pendingSecrets > 0)
                return;
            if (m_secretsFailed) {
                setStatus(saved + u' '
                              + tr("The keychain did not store: %1. Those secrets were not saved anywhere; "
                                   "unlock the keychain and save again.")
                                    .arg(failures->join(u"; "_s)),
                          true);
            } else {
                setStatus(saved + u' ' + tr("The secrets are in the OS keychain."));
            }
            for (Side each : {Side::Store, Side::Erp})
                refreshKeychainState(each);
            emit this->saved(!m_secretsFailed);
        };
        if (edit)
            keychain()->write(key, edit->text().toUtf8(), this, done);
        else
            keychain()->remove(key, this, done);
    }
}

void ConnectionsPage::refreshKeychainState(Side side)
{
    if (m_sandboxView)
        return;
    const Connectors::ConnectorConfig config = connectorConfig(side);
    if (config.account.isEmpty()) {
        m_sides[index(side)].tokenSaved = false;
        m_sides[index(side)].secretSaved = false;
        updateSecretPlaceholders(side);
        return;
    }
    // QtKeychain has no "exists": the entries are read and only their presence is kept.
    for (const QString &field :
         {QString::fromLatin1(Engine::accessTokenField), QString::fromLatin1(Engine::webhookSecretField)}) {
        const QString key = Engine::credentialKey(config, field);
        keychain()->read(key, this, [this, side, field, key](const Secrets::CredentialResult &result) {
            const Connectors::ConnectorConfig now = connectorConfig(side);
            if (Engine::credentialKey(now, field) != key)
                return; // the form changed meanwhile
            SideWidgets &w = m_sides[index(side)];
            const bool present = result.status == Secrets::CredentialResult::Status::Ok;
            if (field == QLatin1StringView(Engine::accessTokenField))
                w.tokenSaved = present;
            else
                w.secretSaved = present;
            updateSecretPlaceholders(side);
        });
    }
}

void ConnectionsPage::updateSecretPlaceholders(Side side)
{
    SideWidgets &w = m_sides[index(side)];
    if (m_sandboxView) {
        w.accessToken->setPlaceholderText(tr("the sandbox's fixed test token"));
        w.webhookSecret->setPlaceholderText(tr("the sandbox's fixed test secret"));
        return;
    }
    w.accessToken->setPlaceholderText(w.tokenSaved ? tr("saved in the keychain; type to replace")
                                          : w.system->currentData().toString() == u"woocommerce"_s
                                          ? tr("consumer_key:consumer_secret; not in "
                                               "the keychain yet")
                                          : tr("not in the keychain yet"));
    for (int i = 0; i < w.secretPartCount; ++i) {
        w.secretParts[i]->setPlaceholderText(w.tokenSaved
                                                 ? tr("saved in the keychain; type every part to replace")
                                                 : tr("not in the keychain yet"));
    }
    w.webhookSecret->setPlaceholderText(w.secretSaved ? tr("saved in the keychain; type to replace")
                                                      : tr("optional; not in the keychain yet"));
    w.secretsNote->setText(tr("Secrets are stored in the OS keychain only, never in a file, and are never "
                              "shown again."));
}

void ConnectionsPage::testConnection(Side side)
{
    SideWidgets &w = m_sides[index(side)];
    if (w.watcher->isRunning())
        return;
    clearCheck(side);
    if (m_sandboxView) {
        runCheck(side, {});
        return;
    }
    // Only this side's fields need to be right for its test.
    if (!validate(side)) {
        setLine(w.message, tr("Correct the marked fields first."), false);
        return;
    }
    Connectors::ConnectorConfig config = connectorConfig(side);
    if (!w.accessToken->text().isEmpty()) {
        // Typed but perhaps not saved yet: tested as typed.
        config.accessToken = w.accessToken->text().toUtf8();
        runCheck(side, config);
        return;
    }
    const QString key = Engine::credentialKey(config, QString::fromLatin1(Engine::accessTokenField));
    setLine(w.message, tr("Reading the access token from the keychain…"), std::nullopt);
    w.test->setEnabled(false);
    keychain()->read(key, this, [this, side, config, key](const Secrets::CredentialResult &result) mutable {
        SideWidgets &widgets = m_sides[index(side)];
        if (Engine::credentialKey(connectorConfig(side), QString::fromLatin1(Engine::accessTokenField))
            != key) {
            widgets.test->setEnabled(true);
            clearCheck(side); // the form changed meanwhile
            return;
        }
        switch (result.status) {
        case Secrets::CredentialResult::Status::Ok:
            config.accessToken = result.secret;
            runCheck(side, config);
            return;
        case Secrets::CredentialResult::Status::NotFound:
            setLine(
                widgets.message,
                tr("No access token for this connection in the keychain: type it above (and save) first."),
                false);
            break;
        case Secrets::CredentialResult::Status::Unavailable:
        case Secrets::CredentialResult::Status::Error:
            setLine(widgets.message, tr("The keychain cannot be read (%1).").arg(result.message), false);
            break;
        }
        widgets.test->setEnabled(true);
    });
}

void ConnectionsPage::runCheck(Side side, Connectors::ConnectorConfig config)
{
    SideWidgets &w = m_sides[index(side)];
    w.test->setEnabled(false);
    setLine(w.message, tr("Testing the connection…"), std::nullopt);
    // The worker gets values only (the token among them) and never touches the page.
    if (m_sandboxView) {
        w.watcher->setFuture(
            QtConcurrent::run([workspace = m_workspaceDir, side] { return checkSandbox(workspace, side); }));
    } else {
        const Net::WriteSide writeSide = side == Side::Store ? Net::WriteSide::Store : Net::WriteSide::Erp;
        w.watcher->setFuture(
            QtConcurrent::run([workspace = m_workspaceDir, config = std::move(config), writeSide] {
                return checkConfigured(workspace, config, writeSide);
            }));
    }
}

void ConnectionsPage::clearCheck(Side side)
{
    SideWidgets &w = m_sides[index(side)];
    for (QLabel *label : {w.reachable, w.authenticated, w.permissions, w.budget, w.message})
        setLine(label, QString(), std::nullopt);
    // Hidden while empty, so that a sign-in's message shows right under the buttons.
    for (QLabel *line : {w.reachable, w.authenticated, w.permissions, w.budget})
        line->setVisible(false);
}

void ConnectionsPage::showCheck(Side side, const Connectors::ConnectionCheck &check)
{
    SideWidgets &w = m_sides[index(side)];
    const bool changed = &check != &w.lastCheck;
    if (changed)
        w.lastCheck = check;
    if (check.message.isEmpty()) {
        clearCheck(side);
        return;
    }
    for (QLabel *line : {w.reachable, w.authenticated, w.permissions, w.budget})
        line->setVisible(true);
    const QString yes = u"✓ "_s;
    const QString no = u"✗ "_s;
    const QString skipped = u"– "_s;
    if (check.reachable) {
        setLine(w.reachable, yes + tr("Reachable: the server answered (HTTP %1)").arg(check.httpStatus),
                true);
    } else {
        setLine(w.reachable, no + tr("Not reachable"), false);
    }
    if (!check.reachable) {
        setLine(w.authenticated, skipped + tr("Authenticated: not tried"), std::nullopt);
    } else if (check.authenticated) {
        setLine(w.authenticated,
                yes
                    + (check.accountName.isEmpty() ? tr("Authenticated")
                                                   : tr("Authenticated: %1").arg(check.accountName)),
                true);
    } else {
        setLine(w.authenticated, no + tr("Not authenticated"), false);
    }
    if (!check.authenticated) {
        setLine(w.permissions, skipped + tr("Permissions: not tried"), std::nullopt);
    } else if (!check.missingPermissions.isEmpty()) {
        setLine(w.permissions, no + tr("Permissions missing: %1").arg(check.missingPermissions.join(u", "_s)),
                false);
    } else if (!check.permissionsOk) {
        setLine(w.permissions, no + tr("Permissions: refused"), false);
    } else if (check.permissionsVerified) {
        setLine(w.permissions, yes + tr("Permissions: everything LedgerLink needs"), true);
    } else {
        setLine(w.permissions, yes + tr("Permissions: not listed by the system; the reads worked"), true);
    }
    if (check.rateLimitRemaining >= 0 && check.rateLimitLimit > 0) {
        QString budget = tr("Rate-limit budget: %1 of %2 requests left")
                             .arg(check.rateLimitRemaining)
                             .arg(check.rateLimitLimit);
        if (!check.rateLimitDetail.isEmpty())
            budget += tr(" (%1)").arg(check.rateLimitDetail);
        setLine(w.budget, budget, std::nullopt);
    } else {
        setLine(w.budget, skipped + tr("Rate-limit budget: unknown"), std::nullopt);
    }
    setLine(w.message, check.message, check.ok());
    if (changed)
        emit connectionTested(side, check.ok());
}

} // namespace LedgerLink::Studio
