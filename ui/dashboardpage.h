#pragma once

#include "store/runrepository.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonObject>
#include <QtWidgets/QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace LedgerLink::Engine {
class EngineController;
}
namespace LedgerLink::Sandbox {
class SandboxServices;
}

namespace LedgerLink::Studio {

class StoreWorker;

/// The last runs (syncs and dry runs), newest first, with their outcome.
class RunsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsModel)

public:
    enum Column { Id, Kind, Started, Duration, Status, Outcome, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void setRuns(QList<Store::Run> runs);

private:
    QList<Store::Run> m_runs;
};

/**
 * The dashboard: "Sync now" runs the sync of the workspace on the engine's own thread (for the
 * sandbox workspace, with the sandbox store and books started in this process on a worker
 * thread), with its progress, throughput and a Cancel that stops once the writes on the wire
 * are recorded; below, the last runs with their outcome. The GUI thread only starts work and
 * shows what comes back.
 */
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(QString workspaceDir, QWidget *parent = nullptr);
    ~DashboardPage() override;

    RunsModel *runsModel() const { return m_runs; }
    bool isSyncing() const { return m_syncing; }
    QString statusText() const;

public slots:
    void syncNow();
    void cancelSync();
    void reloadRuns();

signals:
    /// A sync ended (the run's summary: created, updated, skipped, dead, cancelled, ...).
    void syncFinished(const QJsonObject &summary);
    void runsReloaded();

private:
    void startEngine(const std::optional<std::pair<QUrl, QUrl>> &sandboxUrls);
    void fail(const QString &message);

    QString m_workspaceDir;
    std::unique_ptr<Sandbox::SandboxServices> m_sandbox;
    std::unique_ptr<Engine::EngineController> m_engine;
    std::unique_ptr<StoreWorker> m_reader; ///< reads the last runs off the GUI thread
    bool m_engineReady = false;
    bool m_syncing = false;
    bool m_cancelled = false; ///< Cancel pressed during this sync (before it started, too)
    QElapsedTimer m_clock;
    RunsModel *m_runs = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace LedgerLink::Studio
