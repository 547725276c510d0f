#include "mainwindow.h"

#include "auditlogpage.h"
#include "dashboardpage.h"
#include "deadletterspage.h"
#include "dryrunpage.h"
#include "engine/workspace.h"
#include "engine/workspaceconfig.h"

#include <QtGui/QAction>
#include <QtGui/QKeySequence>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolBar>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

MainWindow::MainWindow(QString workspaceDir, const QString &title, QWidget *parent)
    : QMainWindow(parent)
    , m_workspaceDir(std::move(workspaceDir))
{
    setWindowTitle(tr("LedgerLink — %1").arg(title));
    setObjectName(u"mainWindow"_s);

    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_dryRunPage = new DryRunPage(m_workspaceDir, m_pages);
    m_pages->addTab(m_dryRunPage, tr("Dry run"));
    m_dashboardPage = new DashboardPage(m_workspaceDir, m_pages);
    m_pages->addTab(m_dashboardPage, tr("Dashboard"));
    const Store::StoreLocation state = Store::StoreLocation::sqlite(Engine::stateFilePath(m_workspaceDir));
    m_auditLogPage = new AuditLogPage(state, m_pages);
    m_pages->addTab(m_auditLogPage, tr("Audit log"));
    m_deadLettersPage = new DeadLettersPage(state, m_pages);
    m_pages->addTab(m_deadLettersPage, tr("Dead letters"));
    setCentralWidget(m_pages);
    // A page shown again shows what the engine did meanwhile.
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        if (m_pages->currentWidget() == m_auditLogPage)
            m_auditLogPage->refresh();
        else if (m_pages->currentWidget() == m_deadLettersPage)
            m_deadLettersPage->reload();
        else if (m_pages->currentWidget() == m_dashboardPage)
            m_dashboardPage->reloadRuns();
    });

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    // What a sync may write: the sandbox writes only to its own books (a rehearsal); another
    // workspace follows its mapping document's rollout stage. (A dry run never writes.)
    auto *stage = new QLabel(toolBar);
    stage->setObjectName(u"stageLabel"_s);
    if (Engine::isSandboxWorkspace(m_workspaceDir)) {
        stage->setText(tr("sandbox: writes go to the sandbox books only"));
        stage->setToolTip(
            tr("A rehearsal: syncs write to the bundled sandbox books, never to a real system"));
    } else {
        QString error;
        const auto config = Engine::loadWorkspaceConfig(m_workspaceDir, &error);
        stage->setText(config ? tr("stage: %1").arg(Mapping::nameOf(config->mapping.policies.rolloutStage))
                              : tr("stage: unknown"));
        stage->setToolTip(
            config ? tr("The rollout stage: in read-only, nothing is ever written to either system") : error);
    }
    toolBar->addWidget(stage);
    QAction *dryRun = toolBar->addAction(tr("▶ Dry run"));
    dryRun->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    dryRun->setToolTip(tr("Plan what a sync would do, without writing anything (Ctrl+R)"));
    connect(dryRun, &QAction::triggered, this, [this] {
        m_pages->setCurrentWidget(m_dryRunPage);
        m_dryRunPage->startDryRun();
    });
    connect(m_dryRunPage, &DryRunPage::dryRunFinished, this, [this](bool ok) {
        statusBar()->showMessage(ok ? tr("Dry run finished; the plan is stored in the workspace.")
                                    : tr("Dry run did not finish."),
                                 10000);
    });

    statusBar()->addPermanentWidget(new QLabel(tr("Workspace: %1").arg(m_workspaceDir), this));
    resize(1100, 640);
}

MainWindow::~MainWindow() = default;

} // namespace LedgerLink::Studio
