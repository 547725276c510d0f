#include "dryrunpage.h"

#include "planmodel.h"

#include "engine/connectordryrun.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QTimer>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

using Engine::PlanAction;

DryRunPage::DryRunPage(QString workspaceDir, QWidget *parent)
    : QWidget(parent)
    , m_workspaceDir(std::move(workspaceDir))
    , m_model(new PlanModel(this))
{
    m_runButton = new QPushButton(tr("▶ Dry run"), this);
    m_runButton->setToolTip(tr("Plan what a sync would do, without writing to either system"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setEnabled(false);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setVisible(false);
    m_progressBar->setTextVisible(true);
    m_summary = new QLabel(tr("No dry run yet. Click “Dry run” to see what a sync would do."), this);
    m_summary->setObjectName(u"summary"_s);
    m_notes = new QLabel(this);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_progressBar, 1);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100); // progress is sampled, not signalled per record
    connect(m_progressTimer, &QTimer::timeout, this, &DryRunPage::sampleProgress);
    connect(m_runButton, &QPushButton::clicked, this, &DryRunPage::startDryRun);
    connect(m_cancelButton, &QPushButton::clicked, this, &DryRunPage::cancelDryRun);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_progressTimer->stop();
        showOutcome(m_watcher.result());
    });
}

DryRunPage::~DryRunPage()
{
    // The worker holds its own reference to the progress block; ask it to stop and wait so it
    // never outlives the page's watcher.
    if (m_progress)
        m_progress->cancelRequested = true;
    m_watcher.waitForFinished();
}

bool DryRunPage::isRunning() const
{
    return m_watcher.isRunning();
}

QString DryRunPage::summaryText() const
{
    return m_summary->text();
}

void DryRunPage::startDryRun()
{
    if (isRunning())
        return;
    m_progress = std::make_shared<Engine::RunProgress>();
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_progressBar->setRange(0, 0);
    m_progressBar->setVisible(true);
    m_summary->setText(tr("Planning…"));
    m_notes->clear();

    // Through the real connectors, read-only, on a worker thread (the sandbox workspace starts
    // its sandbox store and books there for the dry run's duration, unless one is serving).
    auto progress = m_progress;
    m_watcher.setFuture(QtConcurrent::run([workspace = m_workspaceDir, progress] {
        QString note;
        Engine::DryRunOutcome outcome = Engine::connectorDryRun(workspace, progress.get(), {}, &note);
        if (outcome.report && !note.isEmpty())
            outcome.report->notes.prepend(note);
        return outcome;
    }));
    m_progressTimer->start();
}

void DryRunPage::cancelDryRun()
{
    if (m_progress && isRunning()) {
        m_progress->cancelRequested = true;
        m_cancelButton->setEnabled(false);
        m_summary->setText(tr("Cancelling…"));
    }
}

void DryRunPage::sampleProgress()
{
    if (!m_progress)
        return;
    const int total = m_progress->total.load();
    if (total > 0) {
        m_progressBar->setRange(0, total);
        m_progressBar->setValue(m_progress->done.load());
    }
}

void DryRunPage::showOutcome(const Engine::DryRunOutcome &outcome)
{
    m_runButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    m_progressBar->setVisible(false);
    if (outcome.cancelled) {
        m_summary->setText(tr("Dry run cancelled; nothing was stored."));
        emit dryRunFinished(false);
        return;
    }
    if (!outcome.report) {
        m_summary->setText(tr("The dry run failed: %1").arg(outcome.error));
        emit dryRunFinished(false);
        return;
    }
    const Engine::DryRunReport &report = *outcome.report;
    m_model->setChanges(report.changes);
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%n change(s) planned: ", nullptr, int(report.changes.size()))
                       + tr("%1 create, %2 update, %3 skip, %4 conflict, %5 blocked")
                             .arg(report.count(PlanAction::Create))
                             .arg(report.count(PlanAction::Update))
                             .arg(report.count(PlanAction::Skip))
                             .arg(report.count(PlanAction::Conflict))
                             .arg(report.count(PlanAction::Blocked)));
    QStringList notes{tr("Source: %1").arg(report.source)};
    notes += report.notes;
    m_notes->setText(notes.join(u'\n'));
    emit dryRunFinished(true);
}

} // namespace LedgerLink::Studio
