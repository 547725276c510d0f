#pragma once

#include "engine/syncengine.h"
#include "store/runrepository.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonObject>
#include <QtWidgets/QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace LedgerLink::Engine {
class EngineController;
}
namespace LedgerLink::Secrets {
class CredentialStore;
}
namespace LedgerLink::Sandbox {
class SandboxServices;
}

namespace LedgerLink::Studio {

class ConnectionHealthPanel;
class ObjectProgressPanel;
class ScheduleModel;
class StoreWorker;
class ThroughputChart;

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
 * thread), with a progress bar per object the run processes, throughput and errors over the
 * run's time (a chart), Pause/Resume (the engine holds after the batch under way) and a Cancel
 * that stops once the writes on the wire are recorded; beside them the connection health of
 * both sides, and below the last runs with their outcome and the next scheduled runs. The GUI
 * thread only starts work and shows what comes back: progress arrives at most ten times a
 * second and the chart plots at most four times a second.
 */
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    /// On the workspace's own state store (its SQLite file).
    explicit DashboardPage(QString workspaceDir, QWidget *parent = nullptr);
    /// `state`: the state store the engine syncs with and the runs are read from (the data location).
    DashboardPage(QString workspaceDir, Store::StoreLocation state, QWidget *parent = nullptr);
    ~DashboardPage() override;

    RunsModel *runsModel() const { return m_runs; }
    ScheduleModel *scheduleModel() const { return m_schedule; }
    ObjectProgressPanel *objectProgress() const { return m_objects; }
    ThroughputChart *chart() const { return m_chart; }
    ConnectionHealthPanel *connectionHealth() const { return m_health; }
    bool isSyncing() const { return m_syncing; }
    /// The engine follows the workspace's triggers and webhooks while the studio is open.
    bool isKeepingInSync() const;
    /// The engine holds the sync (Pause was taken; false again once resumed).
    bool isPaused() const { return m_paused; }
    QString statusText() const;

public slots:
    void syncNow();
    void cancelSync();
    /// Pause when syncing, Resume when paused.
    void togglePause();
    void reloadRuns();
    /// Reads the workspace's triggers again (off the GUI thread) and lists their next runs.
    void reloadSchedule();

signals:
    /// A sync ended (the run's summary: created, updated, skipped, dead, cancelled, ...).
    void syncFinished(const QJsonObject &summary);
    void runsReloaded();
    void scheduleReloaded();
    /// The engine took the Pause (true) or resumed (false).
    void pauseChanged(bool paused);
    /// Keep syncing: the engine is up with its triggers (and listens for webhooks on `port`).
    void keepingInSync(quint16 webhookPort);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void startEngine(const std::optional<std::pair<QUrl, QUrl>> &sandboxUrls,
                     const std::optional<Engine::EngineCredentials> &credentials = std::nullopt);
    /// Starts the engine the way the workspace needs (the sandbox first, or the keychain's
    /// secrets first); `runAtOnce`: a sync as soon as it is up.
    void bringUpEngine(bool runAtOnce);
    /// "Keep syncing" switched: the engine starts again with or without its triggers.
    void setKeepSyncing(bool keep);
    /// A run the engine started by itself (a schedule, a poll, a webhook) shows like Sync now's.
    void beginBackgroundRun();
    void runSync();
    void fail(const QString &message);
    void endSync();
    void updatePauseButton();

    QString m_workspaceDir;
    Store::StoreLocation m_state; ///< the engine's and the runs list's state store
    std::unique_ptr<Sandbox::SandboxServices> m_sandbox;
    std::unique_ptr<Engine::EngineController> m_engine;
    std::unique_ptr<StoreWorker> m_reader; ///< reads the last runs off the GUI thread
    bool m_engineReady = false;
    bool m_runWhenReady = true; ///< the engine coming up runs a sync at once (Sync now)
    bool m_starting = false; ///< the engine is on its way up (keychain, sandbox, engine thread)
    QCheckBox *m_keepSyncing = nullptr;
    std::unique_ptr<Secrets::CredentialStore> m_keychain;
    Connectors::ConnectorConfig m_erpConnection; ///< system and account of the ERP (no secret)
    bool m_syncing = false;
    bool m_cancelled = false; ///< Cancel pressed during this sync (before it started, too)
    bool m_pauseAsked = false; ///< Pause pressed; the engine has not resumed since
    bool m_paused = false; ///< the engine holds
    QElapsedTimer m_clock;
    RunsModel *m_runs = nullptr;
    ScheduleModel *m_schedule = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    ObjectProgressPanel *m_objects = nullptr;
    ThroughputChart *m_chart = nullptr;
    ConnectionHealthPanel *m_health = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_scheduleNote = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_scheduleTable = nullptr;
    QTimer *m_scheduleTimer = nullptr; ///< the next runs move on while the page is shown
    int m_done = 0; ///< the running sync's figures, for the status line
    int m_total = 0;
    int m_errors = 0;
    /// The chart follows the whole sync across its object rules: what the rules run before the
    /// current one (`m_chartObject`) did and failed.
    QString m_chartObject;
    int m_doneBefore = 0;
    int m_errorsBefore = 0;
    int m_chartDone = 0;
    int m_chartErrors = 0;
};

} // namespace LedgerLink::Studio
