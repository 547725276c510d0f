#include "dryrunpage.h"

#include "mapper/mappingeditor.h"
#include "planfieldmodel.h"
#include "planmodel.h"
#include "workspacesecrets.h"

#include "engine/connectordryrun.h"
#include "engine/planexport.h"
#include "engine/workspace.h"
#include "engine/workspaceconfig.h"
#include "engine/workspacecredentials.h"
#include "secrets/credentialstore.h"
#include "store/statestore.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>
#include <QtCore/QTimer>
#include <QtGui/QUndoStack>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFrame>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

using Engine::PlanAction;
using Mapping::RolloutStage;

namespace {

/// Reads the plan the dry run stored back from the state store (worker thread: its own
/// connection, closed before returning).
void readStoredPlan(const Store::StoreLocation &state, DryRunResult &result)
{
    bool numeric = false;
    const qint64 runId = result.outcome.report->runId.toLongLong(&numeric);
    if (!numeric)
        return;
    Store::StateStore store(state);
    if (auto opened = store.open(); !opened) {
        result.planError = opened.error().message;
        store.closeThreadConnection();
        return;
    }
    Store::RunRepository runs(store);
    if (auto run = runs.run(runId); !run)
        result.planError = run.error().message;
    else
        result.run = run.value();
    if (auto items = runs.plan(runId); !items)
        result.planError = items.error().message;
    else
        result.items = items.value();
    store.closeThreadConnection();
}

/// The objects of `document` whose data flows towards the ERP (`toErp`) or towards the store.
QStringList objectsFlowing(const Mapping::MappingDocument &document, bool toErp)
{
    QStringList objects;
    for (const Mapping::ObjectRule &rule : document.objects) {
        const bool flows = rule.direction == Mapping::Direction::Both
            || rule.direction == (toErp ? Mapping::Direction::StoreToErp : Mapping::Direction::ErpToStore);
        if (flows && !objects.contains(rule.object))
            objects.append(rule.object);
    }
    return objects;
}

} // namespace

DryRunPage::DryRunPage(QString workspaceDir, QWidget *parent)
    : DryRunPage(workspaceDir, Engine::ownStateLocation(workspaceDir), parent)
{ }

DryRunPage::DryRunPage(QString workspaceDir, Store::StoreLocation state, QWidget *parent)
    : QWidget(parent)
    , m_workspaceDir(std::move(workspaceDir))
    , m_state(std::move(state))
    , m_sandbox(Engine::isSandboxWorkspace(m_workspaceDir))
    , m_model(new PlanModel(this))
    , m_fieldModel(new PlanFieldModel(this))
{
    setObjectName(u"dryRunPage"_s);
    m_confirm = [this](const QString &question) {
        QMessageBox box(QMessageBox::Warning, tr("Rollout stage"), question,
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setDefaultButton(QMessageBox::No);
        return box.exec() == QMessageBox::Yes;
    };
    m_chooseExportFile = [this](const QString &suggested) {
        const QString csvFilter = tr("CSV file (*.csv)");
        const QString htmlFilter = tr("HTML page (*.html)");
        QString selected = csvFilter;
        QString fileName = QFileDialog::getSaveFileName(this, tr("Export the plan"), suggested,
                                                        csvFilter + u";;"_s + htmlFilter, &selected);
        if (!fileName.isEmpty() && QFileInfo(fileName).suffix().isEmpty())
            fileName += selected == htmlFilter ? u".html"_s : u".csv"_s;
        return fileName;
    };

    m_runButton = new QPushButton(tr("▶ Dry run"), this);
    m_runButton->setObjectName(u"runButton"_s);
    m_runButton->setToolTip(tr("Plan what a sync would do, without writing to either system"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setEnabled(false);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setVisible(false);
    m_progressBar->setTextVisible(true);
    m_exportButton = new QPushButton(tr("Export…"), this);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setToolTip(tr("Save the plan as a CSV file or an HTML page for sign-off"));
    m_exportButton->setEnabled(false);

    m_stageCombo = new QComboBox(this);
    m_stageCombo->setObjectName(u"stageCombo"_s);
    m_stageCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stageCombo->addItem(tr("Read-only"), int(RolloutStage::ReadOnly));
    m_stageCombo->addItem(tr("One direction"), int(RolloutStage::OneDirection));
    m_stageCombo->addItem(tr("Both directions"), int(RolloutStage::Both));
    m_stageCombo->setEnabled(false);
    auto *stageLabel = new QLabel(tr("Rollout stage:"), this);
    stageLabel->setBuddy(m_stageCombo);
    m_stageNote = new QLabel(this);
    m_stageNote->setObjectName(u"stageNote"_s);
    m_stageNote->setWordWrap(true);

    m_summary = new QLabel(tr("No dry run yet. Click “Dry run” to see what a sync would do."), this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_notes = new QLabel(this);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(u"exportStatus"_s);
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportStatus->setVisible(false);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"planView"_s);
    m_tree->setModel(m_model);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(true);

    m_detailTitle = new QLabel(tr("Select a change to see its fields before → after."), this);
    m_detailTitle->setObjectName(u"detailTitle"_s);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailReasons = new QLabel(this);
    m_detailReasons->setObjectName(u"detailReasons"_s);
    m_detailReasons->setWordWrap(true);
    m_detailReasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailReasons->setVisible(false);
    m_detailFlags = new QLabel(this);
    m_detailFlags->setObjectName(u"detailFlags"_s);
    m_detailFlags->setWordWrap(true);
    m_detailFlags->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailFlags->setFrameShape(QFrame::StyledPanel);
    m_detailFlags->setVisible(false);
    m_fieldTable = new QTableView(this);
    m_fieldTable->setObjectName(u"fieldTable"_s);
    m_fieldTable->setModel(m_fieldModel);
    m_fieldTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fieldTable->setAlternatingRowColors(true);
    m_fieldTable->setWordWrap(false);
    m_fieldTable->verticalHeader()->setVisible(false);
    // One line of text per field, as compact as the plan's tree beside it.
    m_fieldTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_fieldTable->verticalHeader()->setDefaultSectionSize(m_fieldTable->fontMetrics().height() + 6);
    m_fieldTable->horizontalHeader()->setStretchLastSection(true);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailReasons);
    detailLayout->addWidget(m_detailFlags);
    detailLayout->addWidget(m_fieldTable, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_progressBar, 1);
    buttons->addStretch();
    buttons->addWidget(m_exportButton);

    auto *stageRow = new QHBoxLayout;
    stageRow->addWidget(stageLabel);
    stageRow->addWidget(m_stageCombo);
    stageRow->addWidget(m_stageNote, 1);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(stageRow);
    layout->addWidget(line);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_exportStatus);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100); // progress is sampled, not signalled per record
    connect(m_progressTimer, &QTimer::timeout, this, &DryRunPage::sampleProgress);
    connect(m_runButton, &QPushButton::clicked, this, &DryRunPage::startDryRun);
    connect(m_cancelButton, &QPushButton::clicked, this, &DryRunPage::cancelDryRun);
    connect(m_exportButton, &QPushButton::clicked, this, &DryRunPage::exportPlan);
    connect(m_stageCombo, &QComboBox::activated, this,
            [this](int index) { requestRolloutStage(RolloutStage(m_stageCombo->itemData(index).toInt())); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DryRunPage::showDetail);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_progressTimer->stop();
        showResult(m_watcher.result());
    });
    connect(&m_exportWatcher, &QFutureWatcherBase::finished, this, [this] {
        const QString error = m_exportWatcher.result();
        m_exportButton->setEnabled(m_run.has_value() && m_phase == Phase::Idle);
        m_exportStatus->setVisible(true);
        m_exportStatus->setText(error.isEmpty()
                                    ? tr("Plan exported to %1.").arg(QDir::toNativeSeparators(m_exportFile))
                                    : tr("The plan could not be exported: %1").arg(error));
        emit exportFinished(m_exportFile, error);
    });
    syncStage();
}

DryRunPage::~DryRunPage()
{
    // The workers hold their own copies of what they need; ask the dry run to stop and wait so
    // neither outlives the page's watchers.
    if (m_progress)
        m_progress->cancelRequested = true;
    m_watcher.waitForFinished();
    m_exportWatcher.waitForFinished();
}

bool DryRunPage::isRunning() const
{
    return m_phase != Phase::Idle;
}

QString DryRunPage::summaryText() const
{
    return m_summary->text();
}

QString DryRunPage::notesText() const
{
    return m_notes->text();
}

void DryRunPage::setConfirmation(std::function<bool(const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

void DryRunPage::setExportFileChooser(std::function<QString(const QString &)> choose)
{
    m_chooseExportFile = std::move(choose);
}

// ---- The dry run ---------------------------------------------------------------------------

void DryRunPage::setBusy(bool busy)
{
    m_runButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_progressBar->setVisible(busy);
    m_exportButton->setEnabled(!busy && m_run.has_value() && !m_exportWatcher.isRunning());
}

void DryRunPage::startDryRun()
{
    if (isRunning())
        return;
    const int attempt = ++m_attempt;
    m_run.reset();
    m_items.clear();
    m_model->clear();
    m_fieldModel->setChanges({});
    m_notes->clear();
    m_exportStatus->setVisible(false);
    m_startNotes.clear();
    if (m_editor && m_editor->isModified())
        m_startNotes.append(tr("The dry run uses the saved mapping document; the unsaved changes in the "
                               "mapper are not part of it."));
    setBusy(true);
    m_progressBar->setRange(0, 0);

    if (m_sandbox) {
        launch({});
        return;
    }
    // Another workspace plans against its own connections: their access tokens come from the
    // keychain, read here on the GUI thread (QtKeychain's rule) without blocking, and are handed
    // to the worker as values.
    m_phase = Phase::ReadingCredentials;
    m_summary->setText(tr("Reading the connections' access tokens from the keychain…"));
    QString error;
    const std::optional<Engine::WorkspaceConfig> config = Engine::loadWorkspaceConfig(m_workspaceDir, &error);
    if (!config) {
        failBeforePlanning(tr("The dry run failed: %1").arg(error));
        return;
    }
    readCredentials(attempt, *config);
}

void DryRunPage::readCredentials(int attempt, const Engine::WorkspaceConfig &config)
{
    if (!m_keychain)
        m_keychain = new Secrets::CredentialStore(QCoreApplication::applicationName(), this);
    readWorkspaceSecrets(
        *m_keychain, config.store, config.erp, this, [this, attempt](const WorkspaceSecrets &secrets) {
            if (attempt != m_attempt)
                return; // cancelled or superseded meanwhile
            if (const QString problem = secrets.problem(); !problem.isEmpty()) {
                failBeforePlanning(problem, tr("Keychain entry: %1").arg(secrets.problemEntry()));
                return;
            }
            // The worker only copies the values into its configuration; they are never logged.
            launch([store = secrets.credentials.storeAccessToken,
                    erp = secrets.credentials.erpAccessToken](Engine::WorkspaceConfig &config, QString *) {
                config.store.accessToken = store;
                config.erp.accessToken = erp;
                return true;
            });
        });
}

void DryRunPage::failBeforePlanning(const QString &message, const QString &detail)
{
    m_phase = Phase::Idle;
    setBusy(false);
    m_summary->setText(message);
    m_notes->setText(detail);
    emit dryRunFinished(false);
}

void DryRunPage::launch(std::function<bool(Engine::WorkspaceConfig &, QString *)> credentials)
{
    m_phase = Phase::Planning;
    m_progress = std::make_shared<Engine::RunProgress>();
    m_summary->setText(tr("Planning…"));
    // Through the real connectors, read-only, on a worker thread (the sandbox workspace starts
    // its sandbox store and books there for the dry run's duration, unless one is serving).
    m_watcher.setFuture(QtConcurrent::run([workspace = m_workspaceDir, state = m_state, progress = m_progress,
                                           credentials = std::move(credentials)] {
        DryRunResult result;
        QString note;
        result.outcome = Engine::connectorDryRun(workspace, progress.get(), credentials, &note, state);
        if (result.outcome.report) {
            if (!note.isEmpty())
                result.outcome.report->notes.prepend(note);
            readStoredPlan(state, result);
        }
        return result;
    }));
    m_progressTimer->start();
}

void DryRunPage::cancelDryRun()
{
    if (m_phase == Phase::ReadingCredentials) {
        ++m_attempt; // the keychain's answers are ignored from now on
        failBeforePlanning(tr("Dry run cancelled; nothing was stored."));
        return;
    }
    if (m_progress && m_phase == Phase::Planning) {
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

void DryRunPage::showResult(const DryRunResult &result)
{
    m_phase = Phase::Idle;
    const Engine::DryRunOutcome &outcome = result.outcome;
    if (outcome.cancelled || !outcome.report) {
        setBusy(false);
        m_summary->setText(outcome.cancelled ? tr("Dry run cancelled; nothing was stored.")
                                             : tr("The dry run failed: %1").arg(outcome.error));
        emit dryRunFinished(false);
        return;
    }
    const Engine::DryRunReport &report = *outcome.report;
    // The stored items carry the field-level diff; they are stored in plan order, one per change.
    const bool stored = result.items.size() == report.changes.size();
    QList<PlanModel::Row> rows;
    rows.reserve(report.changes.size());
    for (qsizetype i = 0; i < report.changes.size(); ++i) {
        const Engine::PlannedChange &change = report.changes.at(i);
        Store::PlanItem item;
        if (stored) {
            item = result.items.at(i);
        } else {
            item.objectType = change.objectType;
            item.action = change.action;
            item.after = change.after;
        }
        rows.append({change, Engine::planFieldChanges(item)});
    }
    m_run = stored ? result.run : std::nullopt;
    m_items = stored ? result.items : QList<Store::PlanItem>();
    setBusy(false);

    m_model->setPlan(std::move(rows));
    m_tree->expandAll();
    for (int column = 0; column < PlanModel::ReasonColumn; ++column)
        m_tree->resizeColumnToContents(column);
    // The first change is shown at once, so the detail pane is never empty after a dry run.
    QModelIndex first = m_model->index(0, 0);
    while (first.isValid() && m_model->rowCount(first) > 0)
        first = m_model->index(0, 0, first);
    if (first.isValid())
        m_tree->setCurrentIndex(first);
    else
        showDetail({});

    m_summary->setText(tr("%n change(s) planned: ", nullptr, int(report.changes.size()))
                       + tr("%1 create, %2 update, %3 skip, %4 conflict, %5 blocked")
                             .arg(report.count(PlanAction::Create))
                             .arg(report.count(PlanAction::Update))
                             .arg(report.count(PlanAction::Skip))
                             .arg(report.count(PlanAction::Conflict))
                             .arg(report.count(PlanAction::Blocked))
                       + (report.flagged() > 0
                              ? tr("; ⚑ %n flagged before the write", nullptr, report.flagged())
                              : QString()));
    QStringList notes{tr("Source: %1").arg(report.source)};
    notes += report.notes;
    notes += m_startNotes;
    if (!result.planError.isEmpty() || (!stored && !report.changes.isEmpty()))
        notes.append(
            tr("The stored plan could not be read back (%1): updates show no field changes and "
               "the plan cannot be exported.")
                .arg(result.planError.isEmpty() ? tr("it does not match the dry run") : result.planError));
    m_notes->setText(notes.join(u'\n'));
    emit dryRunFinished(true);
}

void DryRunPage::showDetail(const QModelIndex &current)
{
    const PlanModel::Row *row = m_model->rowAt(current);
    if (!row) {
        m_fieldModel->setChanges({});
        m_detailReasons->setVisible(false);
        m_detailFlags->setVisible(false);
        if (!current.isValid()) {
            m_detailTitle->setText(tr("Select a change to see its fields before → after."));
            return;
        }
        QString title = current.siblingAtColumn(PlanModel::ChangeColumn).data().toString();
        if (const QString totals = current.siblingAtColumn(PlanModel::SummaryColumn).data().toString();
            !totals.isEmpty())
            title += u": "_s + totals;
        m_detailTitle->setText(title + u'\n' + tr("Select a change to see its fields before → after."));
        return;
    }
    const Engine::PlannedChange &change = row->change;
    QString title = tr("%1 %2 — %3, %4")
                        .arg(change.objectType, change.matchKey, PlanModel::actionLabel(change.action),
                             PlanModel::directionLabel(change.direction));
    if (!change.summary.isEmpty())
        title += u'\n' + change.summary;
    if (row->fields.isEmpty())
        title += u'\n'
            + (change.action == PlanAction::Skip ? tr("No field changes: nothing would be written.")
                                                 : tr("No field-level changes are known for this change."));
    m_detailTitle->setText(title);
    m_detailReasons->setVisible(!change.reasons.isEmpty());
    m_detailReasons->setText(tr("Reasons:") + u"\n• "_s + change.reasons.join(u"\n• "_s));
    m_detailFlags->setVisible(!change.flags.isEmpty());
    m_detailFlags->setText(tr("⚑ Flagged before the write (it goes ahead; check before it does):") + u"\n• "_s
                           + change.flags.join(u"\n• "_s));
    m_fieldModel->setChanges(row->fields);
    m_fieldTable->resizeColumnsToContents();
}

// ---- Export --------------------------------------------------------------------------------

void DryRunPage::exportPlan()
{
    if (!m_run || !m_chooseExportFile)
        return;
    const QString suggested = QDir(m_workspaceDir).filePath(u"plan-%1.csv"_s.arg(m_run->id));
    const QString fileName = m_chooseExportFile(suggested);
    if (!fileName.isEmpty())
        exportPlanTo(fileName);
}

bool DryRunPage::exportPlanTo(const QString &fileName)
{
    if (!m_run || m_exportWatcher.isRunning() || isRunning())
        return false;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool html = suffix == u"html" || suffix == u"htm";
    m_exportFile = fileName;
    m_exportButton->setEnabled(false);
    // A plan of thousands of rows is still only a few megabytes, but the file may sit on a slow
    // or network drive: building and writing it happens on a worker.
    m_exportWatcher.setFuture(QtConcurrent::run([run = *m_run, items = m_items, fileName, html]() -> QString {
        const QByteArray bytes = html ? Engine::planToHtml(run, items) : Engine::planToCsv(run, items);
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return {};
    }));
    return true;
}

// ---- The rollout stage ---------------------------------------------------------------------

void DryRunPage::setMappingEditor(MappingEditor *editor)
{
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    m_editor = editor;
    if (m_editor) {
        connect(m_editor, &MappingEditor::policiesChanged, this, &DryRunPage::syncStage);
        connect(m_editor, &MappingEditor::documentReset, this, &DryRunPage::syncStage);
        connect(m_editor, &QObject::destroyed, this, &DryRunPage::syncStage, Qt::QueuedConnection);
    }
    syncStage();
}

std::optional<RolloutStage> DryRunPage::rolloutStage() const
{
    if (!m_editor)
        return std::nullopt;
    return m_editor->document().policies.rolloutStage;
}

void DryRunPage::syncStage()
{
    if (m_changingStage)
        return; // requestRolloutStage() syncs once the change is saved (or undone)
    const std::optional<RolloutStage> stage = rolloutStage();
    m_stageCombo->setEnabled(stage.has_value());
    if (!stage) {
        m_stageCombo->setCurrentIndex(-1);
        m_stageCombo->setToolTip({});
        m_stageNote->setText(tr("The rollout stage is kept in the workspace's mapping document, which is not "
                                "open."));
        m_shownStage.reset();
        return;
    }
    const Mapping::MappingDocument &document = m_editor->document();
    m_stageCombo->setItemText(1,
                              tr("One direction: %1 → %2").arg(document.store.system, document.erp.system));
    m_stageCombo->setCurrentIndex(m_stageCombo->findData(int(*stage)));
    m_stageCombo->setToolTip(tr("What a sync may write. A step up asks first and is saved to %1 at once.")
                                 .arg(QDir::toNativeSeparators(m_editor->fileName())));
    m_stageNote->setText(stageNote(*stage));
    if (m_shownStage != stage) {
        m_shownStage = stage;
        emit rolloutStageChanged(*stage);
    }
}

QString DryRunPage::stageNote(RolloutStage stage) const
{
    if (m_sandbox)
        return tr("The sandbox workspace writes only to its own sandbox books, whatever the stage; the "
                  "stage applies when this mapping is used with real connections. A dry run never writes.");
    const Mapping::MappingDocument &document = m_editor->document();
    switch (stage) {
    case RolloutStage::ReadOnly:
        return tr("Read-only: syncs write to neither system. A dry run never writes.");
    case RolloutStage::OneDirection:
        return tr("One direction: syncs write to %1 only; nothing is written to %2. A dry run never writes.")
            .arg(document.erp.system, document.store.system);
    case RolloutStage::Both:
        return tr("Both directions: syncs write to %1 and to %2. A dry run never writes.")
            .arg(document.erp.system, document.store.system);
    }
    return {};
}

QString DryRunPage::stepUpQuestion(RolloutStage stage, bool otherEdits) const
{
    const Mapping::MappingDocument &document = m_editor->document();
    const auto listed = [](const QStringList &objects) {
        return objects.isEmpty() ? tr("(no object of this mapping flows this way yet)")
                                 : objects.join(u", "_s);
    };
    QString question;
    if (stage == RolloutStage::OneDirection)
        question =
            tr("Step up to “one direction”?\n\nFrom now on, syncs write to %1 (the ERP): they create "
               "and update its records for %2 from %3. Nothing is written to %3.")
                .arg(document.erp.system, listed(objectsFlowing(document, true)), document.store.system);
    else
        question =
            tr("Step up to “both directions”?\n\nFrom now on, syncs also write to %1 (the store): "
               "they create and update its records for %2 from %3, besides what they write to %3.")
                .arg(document.store.system, listed(objectsFlowing(document, false)), document.erp.system);
    if (m_sandbox)
        question += u"\n\n"_s
            + tr("This is the sandbox workspace: its syncs write only to its own sandbox books, whatever the "
                 "stage.");
    if (otherEdits)
        question += u"\n\n"_s + tr("The mapping document has other unsaved changes; they will be saved too.");
    question += u"\n\n"_s
        + tr("The stage is saved to %1 at once.").arg(QDir::toNativeSeparators(m_editor->fileName()));
    return question;
}

bool DryRunPage::requestRolloutStage(RolloutStage stage)
{
    const std::optional<RolloutStage> current = rolloutStage();
    if (!current)
        return false;
    if (stage == *current)
        return false;
    const bool otherEdits = m_editor->isModified();
    // Each step up is confirmed on its own (read-only → both asks twice); a step down is not.
    for (int step = int(*current) + 1; step <= int(stage); ++step) {
        if (!m_confirm || !m_confirm(stepUpQuestion(RolloutStage(step), otherEdits))) {
            syncStage(); // the combo shows the stage the document still has
            return false;
        }
        if (!m_editor) // closed while the question was open
            return false;
    }
    m_changingStage = true;
    m_editor->setRolloutStage(stage);
    QString error;
    const bool saved = m_editor->save(&error);
    if (!saved && m_editor->undoStack()->canUndo())
        m_editor->undoStack()->undo(); // a stage that is not on disk would be a lie
    m_changingStage = false;
    syncStage();
    if (!saved) {
        m_stageNote->setText(tr("The rollout stage was not changed: %1").arg(error));
        return false;
    }
    if (otherEdits)
        m_stageNote->setText(m_stageNote->text() + u' '
                             + tr("The mapping document's other changes were saved with it."));
    return true;
}

} // namespace LedgerLink::Studio
