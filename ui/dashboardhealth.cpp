#include "dashboardhealth.h"

#include "workspacesecrets.h"

#include "engine/workspace.h"
#include "engine/workspaceconfig.h"
#include "sandbox/sandboxrecord.h"
#include "secrets/credentialstore.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Studio::ConnectionHealthPanel)
};

/// What the first step (on a pool thread) found: the workspace's connections, or why not.
struct Prepared
{
    std::optional<Engine::WorkspaceConfig> config;
    QString note; ///< when there is no config: what to show on both lines
    bool notRunning = false; ///< the sandbox is not serving (not a failure)
};

Prepared prepare(const QString &dir)
{
    Prepared prepared;
    if (Engine::isSandboxWorkspace(dir)) {
        // Only once the sandbox serves and the workspace has its mapping document (the first
        // sync or dry run writes it; this check never does).
        if (!Sandbox::readSandboxRecord(dir) || !QFileInfo::exists(Engine::mappingFilePath(dir))) {
            prepared.notRunning = true;
            prepared.note = Text::tr("The sandbox is not running: it starts with the first sync or dry run.");
            return prepared;
        }
    }
    QString error;
    prepared.config = Engine::loadWorkspaceConfig(dir, &error);
    if (!prepared.config)
        prepared.note = error;
    return prepared;
}

} // namespace

struct ConnectionHealthPanel::Outcome
{
    State store = State::Unknown;
    State erp = State::Unknown;
    QString storeText;
    QString erpText;
};

ConnectionHealthPanel::ConnectionHealthPanel(QString workspaceDir, QWidget *parent)
    : QWidget(parent)
    , m_workspaceDir(std::move(workspaceDir))
    , m_store(new QLabel(this))
    , m_erp(new QLabel(this))
    , m_when(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"connectionHealth"_s);
    m_store->setObjectName(u"storeHealth"_s);
    m_erp->setObjectName(u"erpHealth"_s);
    m_when->setObjectName(u"healthCheckedAt"_s);
    for (QLabel *label : {m_store, m_erp}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setTextFormat(Qt::RichText);
        label->setText(tr("Not checked yet."));
    }
    m_storeText = m_erpText = tr("Not checked yet.");
    m_when->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_store);
    layout->addWidget(m_erp);
    layout->addWidget(m_when);
    layout->addStretch(1);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &ConnectionHealthPanel::checkNow);
}

ConnectionHealthPanel::~ConnectionHealthPanel() = default;

void ConnectionHealthPanel::setActive(bool active)
{
    if (!active) {
        m_timer->stop();
        return;
    }
    m_timer->start();
    checkNow();
}

ConnectionHealthPanel::State ConnectionHealthPanel::state(Side side) const
{
    return side == Side::Store ? m_storeState : m_erpState;
}

QString ConnectionHealthPanel::text(Side side) const
{
    return side == Side::Store ? m_storeText : m_erpText;
}

void ConnectionHealthPanel::checkNow()
{
    if (m_checking)
        return;
    m_checking = true;
    m_storeState = m_erpState = State::Checking;
    m_when->setText(tr("Checking the connections…"));
    auto *watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcher<Prepared>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Prepared prepared = watcher->result();
        if (!prepared.config) {
            const State state = prepared.notRunning ? State::NotRunning : State::Failed;
            const QString mark = prepared.notRunning ? u"○"_s : u"✗"_s;
            show({state, state, mark + u' ' + prepared.note, QString()});
            return;
        }
        if (prepared.config->sandbox) {
            runChecks(std::nullopt);
            return;
        }
        readTokens(prepared.config->store, prepared.config->erp);
    });
    watcher->setFuture(QtConcurrent::run(prepare, m_workspaceDir));
}

void ConnectionHealthPanel::readTokens(const Connectors::ConnectorConfig &store,
                                       const Connectors::ConnectorConfig &erp)
{
    // QtKeychain from the main thread only, and asynchronously; a missing token shows on its side.
    if (!m_keychain)
        m_keychain = std::make_unique<Secrets::CredentialStore>(QCoreApplication::applicationName());
    readWorkspaceSecrets(*m_keychain, store, erp, this, [this](const WorkspaceSecrets &secrets) {
        runChecks(std::pair{secrets.credentials.storeAccessToken, secrets.credentials.erpAccessToken});
    });
}

void ConnectionHealthPanel::runChecks(const std::optional<std::pair<QByteArray, QByteArray>> &tokens)
{
    const QString dir = m_workspaceDir;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        show(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([dir, tokens]() -> Outcome {
        // On a pool thread (testConnection makes its own network access manager and client).
        Prepared prepared = prepare(dir);
        if (!prepared.config)
            return {State::Failed, State::Failed, u"✗ "_s + prepared.note, QString()};
        Engine::WorkspaceConfig &config = *prepared.config;
        const bool sandbox = config.sandbox;
        const QString storeName =
            sandbox ? Text::tr("Sandbox store") : Text::tr("Store (%1)").arg(config.store.system);
        const QString erpName =
            sandbox ? Text::tr("Sandbox books") : Text::tr("ERP (%1)").arg(config.erp.system);
        Outcome outcome;
        const auto line = [](const QString &name, const Connectors::ConnectionCheck &check) {
            return u"%1 %2: %3"_s.arg(check.ok() ? u"✓"_s : u"✗"_s, name, check.message);
        };
        const auto noToken = [](const QString &name) {
            return Text::tr("✗ %1: no access token in the keychain for this connection; add it where the "
                            "connection is set up.")
                .arg(name);
        };
        if (tokens && tokens->first.isEmpty()) {
            outcome.store = State::Failed;
            outcome.storeText = noToken(storeName);
        } else {
            if (tokens)
                config.store.accessToken = tokens->first;
            const Connectors::ConnectionCheck check =
                Connectors::testConnection(config.store, Net::WriteSide::Store, config.caCertificates);
            outcome.store = check.ok() ? State::Ok : State::Failed;
            outcome.storeText = line(storeName, check);
        }
        if (tokens && tokens->second.isEmpty()) {
            outcome.erp = State::Failed;
            outcome.erpText = noToken(erpName);
        } else {
            if (tokens)
                config.erp.accessToken = tokens->second;
            const Connectors::ConnectionCheck check =
                Connectors::testConnection(config.erp, Net::WriteSide::Erp, config.caCertificates);
            outcome.erp = check.ok() ? State::Ok : State::Failed;
            outcome.erpText = line(erpName, check);
        }
        return outcome;
    }));
}

void ConnectionHealthPanel::show(const Outcome &outcome)
{
    m_checking = false;
    m_storeState = outcome.store;
    m_erpState = outcome.erp;
    m_storeText = outcome.storeText;
    m_erpText = outcome.erpText;
    // The mark in colour (readable on light and dark backgrounds), the rest as plain text.
    const auto rich = [](const QString &line) -> QString {
        if (line.startsWith(u"✓"_s))
            return u"<span style=\"color:#3a9d48\">✓</span>"_s + line.mid(1).toHtmlEscaped();
        if (line.startsWith(u"✗"_s))
            return u"<span style=\"color:#d64541\">✗</span>"_s + line.mid(1).toHtmlEscaped();
        return line.toHtmlEscaped();
    };
    m_store->setText(rich(outcome.storeText));
    m_erp->setText(rich(outcome.erpText));
    m_erp->setVisible(!outcome.erpText.isEmpty());
    m_when->setText(tr("Checked at %1; again every %2 minutes while this page is shown.")
                        .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                        .arg(intervalMs / 60000));
    emit checked();
}

} // namespace LedgerLink::Studio
