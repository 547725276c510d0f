#pragma once

#include "engine/dryrun.h"
#include "mapping/mappingdocument.h"
#include "store/runrepository.h"
#include "store/storelocation.h"

#include <QtCore/QFutureWatcher>
#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QTreeView;

namespace LedgerLink::Secrets {
class CredentialStore;
}

namespace LedgerLink::Engine {
struct WorkspaceConfig;
}

namespace LedgerLink::Studio {

class MappingEditor;
class PlanFieldModel;
class PlanModel;

/// What the dry run's worker hands back: the outcome and, when it succeeded, the plan as stored
/// (what the field-level view and the export read).
struct DryRunResult
{
    Engine::DryRunOutcome outcome;
    std::optional<Store::Run> run;
    QList<Store::PlanItem> items;
    QString planError; ///< the stored plan could not be read back (the outcome still stands)
};

/**
 * The dry-run page: one click plans the workspace through its real connectors, read-only, on a
 * worker thread — the sandbox workspace against the sandbox store and books, another workspace
 * against its connections (their access tokens are read from the keychain on the GUI thread,
 * asynchronously, before the worker starts). The plan is shown grouped by object and action
 * with totals, the selected change's fields before → after, and can be exported as CSV or HTML.
 *
 * The page also holds the rollout-stage control (read-only → one direction → both), edited
 * through the shared MappingEditor: each step up asks for an explicit confirmation; a change is
 * saved to the mapping file at once.
 *
 * GUI thread only. The GUI thread starts work, samples progress ten times a second and shows
 * results; it never waits on the network or on SQL.
 */
class DryRunPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DryRunPage)

public:
    /// On the workspace's own state store (its SQLite file).
    explicit DryRunPage(QString workspaceDir, QWidget *parent = nullptr);
    /// `state`: the state store the plan is stored in and read back from (the data location).
    DryRunPage(QString workspaceDir, Store::StoreLocation state, QWidget *parent = nullptr);
    ~DryRunPage() override;

    /// Reading credentials or planning.
    bool isRunning() const;
    PlanModel *model() const { return m_model; }
    PlanFieldModel *fieldModel() const { return m_fieldModel; }
    QTreeView *planView() const { return m_tree; }
    QString summaryText() const;
    QString notesText() const;

    /// The document the rollout stage is read from and saved to (owned by the caller; the
    /// page follows its changes). Without one the stage control is disabled.
    void setMappingEditor(MappingEditor *editor);
    /// The stage of the mapping editor's document, or nullopt without an editor.
    std::optional<Mapping::RolloutStage> rolloutStage() const;

    /// Replaces the yes/no question asked before each step up (a QMessageBox by default).
    void setConfirmation(std::function<bool(const QString &question)> confirm);
    /// Replaces the export's file dialog: given a suggested path, returns the chosen one or an
    /// empty string for "cancelled". A name ending in .html or .htm is exported as HTML,
    /// anything else as CSV.
    void setExportFileChooser(std::function<QString(const QString &suggested)> choose);

public slots:
    void startDryRun();
    void cancelDryRun();
    /// Asks for a file name, then exports the shown plan.
    void exportPlan();
    /// Exports the shown plan to `fileName` on a worker thread; exportFinished() tells the end.
    /// False when there is no plan to export or an export is running.
    bool exportPlanTo(const QString &fileName);
    /// Changes the rollout stage: a step up asks first (each step, when skipping one); the
    /// document is saved at once. False when refused, unchanged or not saved.
    bool requestRolloutStage(Mapping::RolloutStage stage);

signals:
    void dryRunFinished(bool ok);
    /// `error` is empty on success.
    void exportFinished(const QString &fileName, const QString &error);
    /// The stage the page shows changed: an editor was set, a change made here was saved, or
    /// the document's stage changed elsewhere (undo in the mapper, a document reopened).
    void rolloutStageChanged(LedgerLink::Mapping::RolloutStage stage);

private:
    enum class Phase { Idle, ReadingCredentials, Planning };

    void readCredentials(int attempt, const Engine::WorkspaceConfig &config);
    void launch(std::function<bool(Engine::WorkspaceConfig &, QString *)> credentials);
    void failBeforePlanning(const QString &message, const QString &detail = {});
    void setBusy(bool busy);
    void sampleProgress();
    void showResult(const DryRunResult &result);
    void showDetail(const QModelIndex &current);
    void syncStage();
    QString stepUpQuestion(Mapping::RolloutStage stage, bool otherEdits) const;
    QString stageNote(Mapping::RolloutStage stage) const;

    QString m_workspaceDir;
    Store::StoreLocation m_state;
    bool m_sandbox = true;
    PlanModel *m_model = nullptr;
    PlanFieldModel *m_fieldModel = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_fieldTable = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailReasons = nullptr;
    QLabel *m_detailFlags = nullptr; ///< the selected change's flags, said before the write
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_exportStatus = nullptr;
    QComboBox *m_stageCombo = nullptr;
    QLabel *m_stageNote = nullptr;
    QTimer *m_progressTimer = nullptr;

    Phase m_phase = Phase::Idle;
    int m_attempt = 0; ///< bumped per start and cancel: late keychain answers are ignored
    QStringList m_startNotes;
    Secrets::CredentialStore *m_keychain = nullptr; ///< created on first use
    QFutureWatcher<DryRunResult> m_watcher;
    std::shared_ptr<Engine::RunProgress> m_progress;
    std::optional<Store::Run> m_run; ///< the shown plan, for the export
    QList<Store::PlanItem> m_items;
    QFutureWatcher<QString> m_exportWatcher;
    QString m_exportFile;

    QPointer<MappingEditor> m_editor;
    std::optional<Mapping::RolloutStage> m_shownStage;
    bool m_changingStage = false;
    std::function<bool(const QString &)> m_confirm;
    std::function<QString(const QString &)> m_chooseExportFile;
};

} // namespace LedgerLink::Studio
