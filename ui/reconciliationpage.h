#pragma once

#include "engine/dryrun.h"
#include "engine/reconciliation.h"
#include "engine/reconciliationrepair.h"
#include "engine/reconciliationreview.h"
#include "store/reconciliationrepository.h"
#include "store/runrepository.h"
#include "store/storelocation.h"

#include <QtCore/QFutureWatcher>
#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtWidgets/QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace LedgerLink::Secrets {
class CredentialStore;
}

namespace LedgerLink::Engine {
struct WorkspaceConfig;
}

namespace LedgerLink::Studio {

class FindingDetail;
class ReconciliationFilter;
class ReconciliationModel;
class SideBySideModel;
class StoreWorker;

/// What a "Reconcile now" worker hands back.
struct ReconcileResult
{
    Engine::ReconcileOutcome outcome;
    QString note; ///< e.g. a sandbox was started for the pass
};

/// What a "Repair" worker hands back.
struct RepairResult
{
    Engine::FindingRepairOutcome outcome;
    QString note; ///< e.g. a sandbox was started for the repair
    bool engineHere = false; ///< the repair waits for this studio's own engine (it holds the workspace)
};

/**
 * The Reconciliation review page, for accountants. "Reconcile now" runs the truth pass of the
 * workspace (Engine::reconcileWorkspace()) on a worker thread, read-only, with progress and
 * Cancel; the findings of the latest pass — or of an earlier one chosen from the list — are
 * listed with both amounts, the difference in cents, the cause and whether they were reviewed,
 * filtered by cause and object. The selected finding shows its cause and evidence, the proposed
 * repair, and its store record and ERP record side by side line by line (read through the
 * connectors on a worker thread) with every cent of difference highlighted. A finding is marked
 * reviewed with a comment (written on the page's StoreWorker); the pass exports to CSV and PDF.
 * "Repair" repairs the selected finding on its own (Engine::repairWorkspaceFindings()) on a worker
 * thread, with progress and Cancel; every finding says what became of its repair, as its job
 * stands now (read with the findings, and every two seconds while a repair waits or runs).
 *
 * GUI thread only. The GUI thread starts work, samples progress ten times a second and shows
 * results; it never waits on the network, on SQL or on a file being written.
 */
class ReconciliationPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconciliationPage)

public:
    /// `state`: the state store the pass stores its run and findings in and the page reads.
    ReconciliationPage(QString workspaceDir, Store::StoreLocation state, QWidget *parent = nullptr);
    ~ReconciliationPage() override;

    ReconciliationModel *model() const { return m_model; }
    ReconciliationFilter *filter() const { return m_filter; }
    SideBySideModel *sidesModel() const;
    QTableView *findingsView() const { return m_table; }
    QTableView *sidesView() const;
    FindingDetail *detail() const { return m_detail; }
    /// A pass or a repair is under way (reading credentials, comparing or repairing).
    bool isRunning() const { return m_phase != Phase::Idle; }
    /// A repair of the selected finding is under way.
    bool isRepairing() const { return m_phase == Phase::Repairing; }
    /// The run whose findings are shown (0: none).
    qint64 shownRunId() const { return m_shownRun ? m_shownRun->id : 0; }
    /// The shown run as a report (what the exports write); nullptr when none is shown.
    const Engine::ReconcileReport *report() const { return m_report ? &*m_report : nullptr; }
    /// The selected finding (in the model's terms), or nullptr.
    const Store::ReconciliationResult *selectedFinding() const;
    QString summaryText() const;
    QString statusText() const;
    QString detailTitleText() const;
    QString amountsText() const;
    QString evidenceText() const;
    QString repairText() const;
    /// Why the selected finding's Repair button is disabled ("" when it is enabled).
    QString repairBlockedText() const;
    QString sidesNoteText() const;

    /// Selects the finding of `object` with match key `key` in the list (clearing filters that
    /// hide it); false when the shown run has none.
    bool selectFinding(const QString &object, const QString &key);
    /// Replaces the export's file dialog: given a suggested path and the format ("csv", "pdf"),
    /// returns the chosen path or "" for "cancelled".
    void setExportFileChooser(std::function<QString(const QString &suggested, const QString &format)> choose);

public slots:
    void reconcileNow();
    void cancelReconcile();
    /// Reads the list of passes again and shows the newest (or keeps the one shown).
    void reloadRuns();
    /// Shows the findings of stored run `runId`.
    void showRun(qint64 runId);
    /// Marks the selected finding reviewed with the comment typed, or not reviewed again.
    void toggleReviewed();
    /// Repairs the selected finding through its job on a worker thread (repairFinished() tells the
    /// end); nothing when its repair cannot be asked for (the Repair button says why).
    void repairSelected();
    void exportCsv();
    void exportPdf();
    /// Exports the shown run to `fileName` (CSV, or PDF for a name ending in .pdf) on a worker
    /// thread; exportFinished() tells the end. False when nothing is shown or an export runs.
    bool exportTo(const QString &fileName);

signals:
    /// A pass ended (`ok` false: failed or cancelled; the summary line says which).
    void reconcileFinished(bool ok);
    /// The findings of run `runId` are shown (after a pass, a reload or a choice).
    void runShown(qint64 runId);
    /// The side-by-side view of finding `id` is filled (or says why it cannot be).
    void sidesShown(qint64 id);
    /// A review was written (`error` empty) or not.
    void reviewSaved(qint64 id, const QString &error);
    /// A repair of finding `id` ended: `error` empty when the engine could be asked (the status
    /// line and the finding say what became of it).
    void repairFinished(qint64 id, const QString &error);
    /// The findings whose repairs were pending were read again (their jobs may have moved on).
    void repairsRefreshed();
    void exportFinished(const QString &fileName, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Phase { Idle, ReadingCredentials, Reconciling, Repairing };
    using Credentials = std::function<bool(Engine::WorkspaceConfig &, QString *)>;

    /// Gets the workspace's credentials (none for the sandbox; the keychain's, read
    /// asynchronously on this thread, otherwise) and hands them, or why not, to `then`.
    void withCredentials(std::function<void(const Credentials &credentials, const QString &problem)> then);
    void launch(const Credentials &credentials);
    void finishReconcile(const ReconcileResult &result);
    void finishRepair(qint64 id, const RepairResult &result);
    /// Puts a finding read again (a repair, its job's progress) in the list, the exports and the detail.
    void applyFinding(const Store::ReconciliationResult &finding);
    /// Reads the findings whose repair jobs are pending again; stops polling when none is.
    void pollRepairs();
    bool hasPendingRepairs() const;
    void sampleProgress();
    void setBusy(bool busy);
    /// Reads the stored passes and the findings of `runId` (0: the newest) off the GUI thread.
    void load(qint64 runId);
    void fillRuns();
    void fillFilters();
    void showSelected();
    void showSides(qint64 id);
    void fetchSides(const Store::ReconciliationResult &finding);
    void updateActions();
    void retranslate();

    QString m_workspaceDir;
    Store::StoreLocation m_state;
    bool m_sandbox = true;
    std::unique_ptr<StoreWorker> m_worker; ///< the state store, read and written off the GUI thread

    ReconciliationModel *m_model = nullptr;
    ReconciliationFilter *m_filter = nullptr;

    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_runLabel = nullptr;
    QComboBox *m_runCombo = nullptr;
    QPushButton *m_csvButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_causeLabel = nullptr;
    QComboBox *m_causeCombo = nullptr;
    QLabel *m_objectLabel = nullptr;
    QComboBox *m_objectCombo = nullptr;
    QCheckBox *m_hideReviewed = nullptr;
    QTableView *m_table = nullptr;
    FindingDetail *m_detail = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_progressTimer = nullptr;

    Phase m_phase = Phase::Idle;
    int m_attempt = 0; ///< bumped per start and cancel: late keychain answers are ignored
    Secrets::CredentialStore *m_keychain = nullptr; ///< created on first use
    Credentials m_credentials; ///< the last credentials read (not for the sandbox)
    QFutureWatcher<ReconcileResult> m_watcher;
    std::shared_ptr<Engine::RunProgress> m_progress;
    std::optional<Engine::ReconcileReport> m_justRun; ///< the report the last pass returned
    QString m_note; ///< what the last pass said besides (a sandbox started for it)
    QList<Store::Run> m_runs; ///< the stored passes, newest first
    std::optional<Store::Run> m_shownRun;
    std::optional<Engine::ReconcileReport> m_report; ///< the shown run, as the exports write it
    QList<Store::ReconciliationResult> m_stored; ///< its stored findings in the pass's order
    QHash<qint64, Engine::FindingSides> m_sides; ///< per finding id, read once
    QHash<qint64, QString> m_sidesErrors;
    QSet<qint64> m_fetching;
    qint64 m_shownFinding = 0;
    int m_loads = 0; ///< reads of the store under way
    bool m_saving = false; ///< a review is being written
    QFutureWatcher<QString> m_exportWatcher;
    QFutureWatcher<RepairResult> m_repairWatcher;
    qint64 m_repairing = 0; ///< the finding being repaired
    QTimer *m_repairPoll = nullptr; ///< while a repair waits for an engine or runs
    bool m_polling = false; ///< a poll's read is under way
    QString m_exportFile;
    std::function<QString(const QString &, const QString &)> m_chooseExportFile;
};

} // namespace LedgerLink::Studio
