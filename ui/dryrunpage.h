#pragma once

#include "engine/dryrun.h"

#include <QtCore/QFutureWatcher>
#include <QtWidgets/QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace LedgerLink::Studio {

class PlanModel;

/// The dry-run page: one click plans the workspace through its real connectors, read-only (for
/// the sandbox workspace: the sandbox store against the sandbox books), on a worker thread, and
/// lists the plan by object and action. The GUI thread only starts the work, samples
/// its progress ten times a second and shows the result.
class DryRunPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DryRunPage)

public:
    explicit DryRunPage(QString workspaceDir, QWidget *parent = nullptr);
    ~DryRunPage() override;

    bool isRunning() const;
    PlanModel *model() const { return m_model; }
    QString summaryText() const;

public slots:
    void startDryRun();
    void cancelDryRun();

signals:
    void dryRunFinished(bool ok);

private:
    void sampleProgress();
    void showOutcome(const Engine::DryRunOutcome &outcome);

    QString m_workspaceDir;
    PlanModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_notes = nullptr;
    QTimer *m_progressTimer = nullptr;
    QFutureWatcher<Engine::DryRunOutcome> m_watcher;
    std::shared_ptr<Engine::RunProgress> m_progress;
};

} // namespace LedgerLink::Studio
