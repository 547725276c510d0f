#include "mainwindow.h"

#include "auditlogpage.h"
#include "connectionspage.h"
#include "dashboardpage.h"
#include "deadletterspage.h"
#include "dryrunpage.h"
#include "engine/workspace.h"
#include "engine/workspaceconfig.h"
#include "mapper/mapperpage.h"
#include "mapper/mappingeditor.h"
#include "reconciliationpage.h"
#include "settingspage.h"
#include "studiosettings.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtGui/QAction>
#include <QtGui/QCloseEvent>
#include <QtGui/QKeySequence>
#include <QtGui/QPalette>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolBar>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

MainWindow::MainWindow(QString workspaceDir, const QString &title, std::optional<Store::StoreLocation> state,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_workspaceDir(std::move(workspaceDir))
    , m_state(state.value_or(Engine::ownStateLocation(m_workspaceDir)))
{
    setWindowTitle(tr("LedgerLink — %1").arg(title));
    setObjectName(u"mainWindow"_s);

    // The workspace's mapping document, shared by the mapper and the rollout-stage control. The
    // sandbox workspace gets its ready mapping on first start.
    m_mappingEditor = new MappingEditor(this);
    {
        QString error;
        if (Engine::isSandboxWorkspace(m_workspaceDir))
            Engine::loadWorkspaceConfig(m_workspaceDir, &error); // creates the sandbox mapping if missing
        if (!m_mappingEditor->open(Engine::mappingFilePath(m_workspaceDir), &error))
            statusBar()->showMessage(tr("The workspace's mapping cannot be opened: %1").arg(error));
    }

    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_mapperPage = new MapperPage(m_mappingEditor, m_pages);
    m_pages->addTab(m_mapperPage, tr("Mapper"));
    connect(m_mapperPage, &MapperPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // Every page and the engine work on the one state store of this session.
    m_dryRunPage = new DryRunPage(m_workspaceDir, m_state, m_pages);
    m_pages->addTab(m_dryRunPage, tr("Dry run"));
    m_dashboardPage = new DashboardPage(m_workspaceDir, m_state, m_pages);
    m_pages->addTab(m_dashboardPage, tr("Dashboard"));
    m_auditLogPage = new AuditLogPage(m_state, m_pages);
    m_pages->addTab(m_auditLogPage, tr("Audit log"));
    m_deadLettersPage = new DeadLettersPage(m_state, m_pages);
    m_pages->addTab(m_deadLettersPage, tr("Dead letters"));
    m_reconciliationPage = new ReconciliationPage(m_workspaceDir, m_state, m_pages);
    m_pages->addTab(m_reconciliationPage, tr("Reconciliation"));
    m_connectionsPage = new ConnectionsPage(m_workspaceDir, m_pages);
    m_pages->insertTab(0, m_connectionsPage, tr("Connections"));
    m_settingsPage = new SettingsPage(m_workspaceDir, m_state, m_pages);
    connect(m_settingsPage, &SettingsPage::restartRequested, this, &MainWindow::restartStudio);
    m_pages->addTab(m_settingsPage, tr("Settings"));
    setCentralWidget(m_pages);
    // A page shown again shows what the engine did meanwhile.
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        if (m_pages->currentWidget() == m_auditLogPage)
            m_auditLogPage->refresh();
        else if (m_pages->currentWidget() == m_deadLettersPage)
            m_deadLettersPage->reload();
        else if (m_pages->currentWidget() == m_dashboardPage)
            m_dashboardPage->reloadRuns();
        else if (m_pages->currentWidget() == m_reconciliationPage)
            m_reconciliationPage->reloadRuns(); // passes run by the CLI or the schedule meanwhile
    });

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    // What a sync may write: the sandbox writes only to its own books (a rehearsal); another
    // workspace follows its mapping document's rollout stage. (A dry run never writes.)
    auto *stage = new QLabel(toolBar);
    stage->setObjectName(u"stageLabel"_s);
    const bool sandbox = Engine::isSandboxWorkspace(m_workspaceDir);
    const auto showStage = [stage, sandbox](Mapping::RolloutStage value) {
        QString text;
        switch (value) {
        case Mapping::RolloutStage::ReadOnly:
            text = tr("read-only: nothing is written to either system");
            break;
        case Mapping::RolloutStage::OneDirection:
            text = tr("one direction: writes go from the store to the ERP only");
            break;
        case Mapping::RolloutStage::Both:
            text = tr("both directions: writes go to both systems");
            break;
        }
        if (sandbox) {
            stage->setText(tr("sandbox: writes go to the sandbox books only"));
            stage->setToolTip(
                tr("A rehearsal: syncs write to the bundled sandbox books, never to a real system. "
                   "The mapping's rollout stage: %1")
                    .arg(text));
        } else {
            stage->setText(tr("stage: %1").arg(text));
            stage->setToolTip(tr("The rollout stage: change it on the Dry run page"));
        }
    };
    showStage(m_mappingEditor->document().policies.rolloutStage);
    m_dryRunPage->setMappingEditor(m_mappingEditor);
    connect(m_dryRunPage, &DryRunPage::rolloutStageChanged, stage, showStage);
    toolBar->addWidget(stage);
    QAction *dryRun = toolBar->addAction(tr("▶ Dry run"));
    dryRun->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    dryRun->setToolTip(tr("Plan what a sync would do, without writing anything (Ctrl+R)"));
    connect(dryRun, &QAction::triggered, this, [this] {
        m_pages->setCurrentWidget(m_dryRunPage);
        m_dryRunPage->startDryRun();
    });
    connect(m_dryRunPage, &DryRunPage::dryRunFinished, this, [this](bool ok) {
        statusBar()->showMessage(ok ? tr("Dry run finished; the plan is in the state store.")
                                    : tr("Dry run did not finish."),
                                 10000);
    });

    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"stateStoreLabel"_s);
    // It may be cut in a narrow window rather than widen it (the tooltip says it all).
    m_stateLabel->setMinimumWidth(m_stateLabel->fontMetrics().averageCharWidth() * 12);
    statusBar()->addPermanentWidget(m_stateLabel);
    showStateStore();
    statusBar()->addPermanentWidget(new QLabel(tr("Workspace: %1").arg(m_workspaceDir), this));
    resize(1100, 640);
}

MainWindow::~MainWindow() = default;

void MainWindow::setStateProblem(const QString &problem)
{
    m_stateProblem = problem;
    m_settingsPage->setStateProblem(problem);
    showStateStore();
}

QString MainWindow::stateStoreText() const
{
    return m_stateLabel->text();
}

void MainWindow::showStateStore()
{
    // Short, as the status bar's width is the window's minimum; the tooltip has the whole of it.
    const QString where = StudioSettings::describeLocation(m_state);
    QString name = where;
    if (m_state.backend == Store::StoreLocation::Backend::Sqlite)
        name = QDir::cleanPath(m_state.sqlitePath) == QDir::cleanPath(Engine::stateFilePath(m_workspaceDir))
            ? tr("this workspace's state.sqlite")
            : QFileInfo(m_state.sqlitePath).fileName();
    if (m_stateProblem.isEmpty()) {
        m_stateLabel->setText(tr("State store: %1").arg(name));
        m_stateLabel->setToolTip(
            tr("%1\nThe audit log, the runs, the job queue and the dead letters are kept "
               "there; the data location is chosen in Settings.")
                .arg(where));
        m_stateLabel->setPalette(QPalette());
    } else {
        m_stateLabel->setText(tr("⚠ State store: %1, not the chosen one").arg(name));
        m_stateLabel->setToolTip(m_stateProblem);
        QPalette palette = m_stateLabel->palette();
        palette.setColor(QPalette::WindowText, QColor(0xd9, 0x3f, 0x3a));
        m_stateLabel->setPalette(palette);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_pages) {
        const std::pair<QWidget *, QString> titles[] = {{m_connectionsPage, tr("Connections")},
                                                        {m_mapperPage, tr("Mapper")},
                                                        {m_dryRunPage, tr("Dry run")},
                                                        {m_dashboardPage, tr("Dashboard")},
                                                        {m_auditLogPage, tr("Audit log")},
                                                        {m_deadLettersPage, tr("Dead letters")},
                                                        {m_reconciliationPage, tr("Reconciliation")},
                                                        {m_settingsPage, tr("Settings")}};
        for (const auto &[page, title] : titles)
            m_pages->setTabText(m_pages->indexOf(page), title);
        if (m_stateLabel)
            showStateStore();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::restartStudio()
{
    if (!close())
        return; // the user kept the window (unsaved mapping changes)
    if (m_restart) {
        m_restart();
        return;
    }
    // The new process starts once this one has quit (its state store connections closed).
    const QString program = QCoreApplication::applicationFilePath();
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    connect(qApp, &QCoreApplication::aboutToQuit, qApp,
            [program, arguments] { QProcess::startDetached(program, arguments); });
    QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_mapperPage->maybeSave()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace LedgerLink::Studio
