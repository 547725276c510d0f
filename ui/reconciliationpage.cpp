#include "reconciliationpage.h"

#include "findingdetail.h"
#include "reconciliationfilter.h"
#include "reconciliationmodel.h"
#include "sidebysidemodel.h"
#include "storeworker.h"
#include "workspacesecrets.h"

#include "engine/workspace.h"
#include "engine/workspaceconfig.h"
#include "secrets/credentialstore.h"
#include "store/statestore.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QCollator>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QFileInfo>
#include <QtCore/QLockFile>
#include <QtCore/QSaveFile>
#include <QtCore/QTimer>
#include <QtGui/QPageLayout>
#include <QtGui/QPageSize>
#include <QtGui/QPdfWriter>
#include <QtGui/QTextDocument>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

namespace {

/// The causes in the order the filter lists them.
const QList<Engine::MismatchCause> allCauses{
    Engine::MismatchCause::MissingRecord,   Engine::MismatchCause::RefundNotCredited,
    Engine::MismatchCause::Shipping,        Engine::MismatchCause::TaxRounding,
    Engine::MismatchCause::CurrencyRate,    Engine::MismatchCause::DiscountAllocation,
    Engine::MismatchCause::EditedAfterSync, Engine::MismatchCause::PriceDrift,
    Engine::MismatchCause::StockDrift,      Engine::MismatchCause::Unknown,
};

const QStringList allObjects{u"order"_s, u"refund"_s, u"price"_s, u"stock"_s, u"payout"_s};

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : QString();
}

/// What the reading of a finding's two records hands back.
Engine::FindingSidesOutcome
readSides(const QString &workspace, const Store::ReconciliationResult &finding,
          const std::function<bool(Engine::WorkspaceConfig &, QString *)> &credentials)
{
    return Engine::readFindingSides(workspace, finding, credentials);
}

/// Writes the report as CSV or, laid out by Qt's text engine on A4 landscape pages, as PDF; whole
/// or not at all (QSaveFile). Worker thread: it owns everything it touches.
QString writeExport(const Engine::ReconcileReport &report, const QList<Store::ReconciliationResult> &stored,
                    const QString &fileName, bool pdf)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return ReconciliationPage::tr("cannot write %1: %2")
            .arg(QDir::toNativeSeparators(fileName), file.errorString());
    if (pdf) {
        QTextDocument text;
        text.setHtml(QString::fromUtf8(Engine::reconciliationHtml(report, stored)));
        QPdfWriter writer(&file);
        writer.setTitle(ReconciliationPage::tr("Reconciliation %1 — %2 ↔ %3")
                            .arg(report.runId)
                            .arg(report.storeName, report.erpName));
        writer.setCreator(u"LedgerLink"_s);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        text.print(&writer);
    } else {
        const QByteArray bytes = Engine::reconciliationCsv(report);
        if (file.write(bytes) != bytes.size())
            return ReconciliationPage::tr("cannot write %1: %2")
                .arg(QDir::toNativeSeparators(fileName), file.errorString());
    }
    if (file.size() == 0 || !file.commit())
        return ReconciliationPage::tr("cannot write %1: %2")
            .arg(QDir::toNativeSeparators(fileName), file.errorString());
    return {};
}

QLabel *wrappingLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ReconciliationPage::ReconciliationPage(QString workspaceDir, Store::StoreLocation state, QWidget *parent)
    : QWidget(parent)
    , m_workspaceDir(std::move(workspaceDir))
    , m_state(std::move(state))
    , m_sandbox(Engine::isSandboxWorkspace(m_workspaceDir))
    , m_worker(std::make_unique<StoreWorker>(m_state))
    , m_model(new ReconciliationModel(this))
    , m_filter(new ReconciliationFilter(this))
{
    setObjectName(u"reconciliationPage"_s);
    m_filter->setSourceModel(m_model);
    m_chooseExportFile = [this](const QString &suggested, const QString &format) {
        const QString filter = format == u"pdf"_s ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)");
        QString fileName =
            QFileDialog::getSaveFileName(this, tr("Export the reconciliation"), suggested, filter);
        if (!fileName.isEmpty() && QFileInfo(fileName).suffix().isEmpty())
            fileName += u'.' + format;
        return fileName;
    };

    // The pass: start, cancel, progress; which pass is shown; the exports.
    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(u"reconcileButton"_s);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setEnabled(false);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(u"progressBar"_s);
    m_progressBar->setVisible(false);
    m_progressBar->setTextVisible(true);
    m_runLabel = new QLabel(this);
    m_runCombo = new QComboBox(this);
    m_runCombo->setObjectName(u"runCombo"_s);
    m_runCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_runLabel->setBuddy(m_runCombo);
    m_csvButton = new QPushButton(this);
    m_csvButton->setObjectName(u"exportCsvButton"_s);
    m_pdfButton = new QPushButton(this);
    m_pdfButton->setObjectName(u"exportPdfButton"_s);

    m_summary = wrappingLabel(this, u"summary"_s);

    m_causeLabel = new QLabel(this);
    m_causeCombo = new QComboBox(this);
    m_causeCombo->setObjectName(u"causeFilter"_s);
    m_causeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_causeLabel->setBuddy(m_causeCombo);
    m_objectLabel = new QLabel(this);
    m_objectCombo = new QComboBox(this);
    m_objectCombo->setObjectName(u"objectFilter"_s);
    m_objectCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_objectLabel->setBuddy(m_objectCombo);
    m_hideReviewed = new QCheckBox(this);
    m_hideReviewed->setObjectName(u"hideReviewed"_s);

    m_table = new QTableView(this);
    m_table->setObjectName(u"findingsView"_s);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // by object and key until a header is clicked
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);

    // The selected finding: what and why, both records side by side, the repair, the review.
    m_detail = new FindingDetail(this);
    m_status = wrappingLabel(this, u"statusLabel"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_runButton);
    top->addWidget(m_cancelButton);
    top->addWidget(m_progressBar, 1);
    top->addStretch();
    top->addWidget(m_runLabel);
    top->addWidget(m_runCombo);
    top->addWidget(m_csvButton);
    top->addWidget(m_pdfButton);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_causeLabel);
    filters->addWidget(m_causeCombo);
    filters->addSpacing(12);
    filters->addWidget(m_objectLabel);
    filters->addWidget(m_objectCombo);
    filters->addSpacing(12);
    filters->addWidget(m_hideReviewed);
    filters->addStretch();

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"findingsSplitter"_s);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100); // ten samples a second, however fast the pass reports
    connect(m_progressTimer, &QTimer::timeout, this, &ReconciliationPage::sampleProgress);
    connect(m_runButton, &QPushButton::clicked, this, &ReconciliationPage::reconcileNow);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReconciliationPage::cancelReconcile);
    connect(m_csvButton, &QPushButton::clicked, this, &ReconciliationPage::exportCsv);
    connect(m_pdfButton, &QPushButton::clicked, this, &ReconciliationPage::exportPdf);
    connect(m_detail, &FindingDetail::repairClicked, this, &ReconciliationPage::repairSelected);
    connect(m_detail, &FindingDetail::reviewClicked, this, &ReconciliationPage::toggleReviewed);
    connect(m_runCombo, &QComboBox::activated, this, [this](int index) {
        const qint64 runId = m_runCombo->itemData(index).toLongLong();
        if (runId != shownRunId())
            showRun(runId);
    });
    connect(m_causeCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setCause(m_causeCombo->currentData().toString());
        updateActions();
    });
    connect(m_objectCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setObject(m_objectCombo->currentData().toString());
        updateActions();
    });
    connect(m_hideReviewed, &QCheckBox::toggled, m_filter, &ReconciliationFilter::setHideReviewed);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReconciliationPage::showSelected);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] { finishReconcile(m_watcher.result()); });
    connect(&m_repairWatcher, &QFutureWatcherBase::finished, this,
            [this] { finishRepair(m_repairing, m_repairWatcher.result()); });
    // A repair that waits for the engine running the workspace (or a daemon's run) moves on
    // without this page: what became of it is read again every two seconds until it is done.
    m_repairPoll = new QTimer(this);
    m_repairPoll->setInterval(2000);
    connect(m_repairPoll, &QTimer::timeout, this, &ReconciliationPage::pollRepairs);
    connect(&m_exportWatcher, &QFutureWatcherBase::finished, this, [this] {
        const QString error = m_exportWatcher.result();
        m_status->setText(error.isEmpty() ? tr("Exported to %1.").arg(QDir::toNativeSeparators(m_exportFile))
                                          : tr("The reconciliation could not be exported: %1").arg(error));
        updateActions();
        emit exportFinished(m_exportFile, error);
    });

    retranslate();
    showSelected();
    updateActions();
    load(0);
}

ReconciliationPage::~ReconciliationPage()
{
    // The workers hold their own copies of what they need; ask the pass to stop and wait so none
    // outlives the page's watchers.
    if (m_progress)
        m_progress->cancelRequested = true;
    m_watcher.waitForFinished();
    m_exportWatcher.waitForFinished();
    m_repairWatcher.waitForFinished();
    for (auto *watcher : findChildren<QFutureWatcher<Engine::FindingSidesOutcome> *>())
        watcher->waitForFinished();
}

void ReconciliationPage::retranslate()
{
    m_runButton->setText(tr("▶ Reconcile now"));
    m_runButton->setToolTip(tr("Compare the store with the ERP, read-only: every difference with its cause"));
    m_cancelButton->setText(tr("Cancel"));
    m_runLabel->setText(tr("Pass:"));
    m_csvButton->setText(tr("Export CSV…"));
    m_csvButton->setToolTip(tr("Save the shown pass's findings as a CSV file"));
    m_pdfButton->setText(tr("Export PDF…"));
    m_pdfButton->setToolTip(tr("Save the shown pass as a PDF document for sign-off"));
    m_causeLabel->setText(tr("Cause:"));
    m_objectLabel->setText(tr("Object:"));
    m_hideReviewed->setText(tr("Hide reviewed"));
    m_detail->retranslate();
    if (m_summary->text().isEmpty())
        m_summary->setText(
            tr("No reconciliation yet. Click “Reconcile now” to compare the store with the ERP."));
    fillFilters();
    fillRuns();
    showSelected();
}

void ReconciliationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_runButton)
        retranslate();
    QWidget::changeEvent(event);
}

const Store::ReconciliationResult *ReconciliationPage::selectedFinding() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->resultAt(m_filter->mapToSource(current).row());
}

QString ReconciliationPage::summaryText() const
{
    return m_summary->text();
}

QString ReconciliationPage::statusText() const
{
    return m_status->text();
}

SideBySideModel *ReconciliationPage::sidesModel() const
{
    return m_detail->sidesModel();
}

QTableView *ReconciliationPage::sidesView() const
{
    return m_detail->sidesView();
}

QString ReconciliationPage::detailTitleText() const
{
    return m_detail->titleText();
}

QString ReconciliationPage::amountsText() const
{
    return m_detail->amountsText();
}

QString ReconciliationPage::evidenceText() const
{
    return m_detail->evidenceText();
}

QString ReconciliationPage::repairText() const
{
    return m_detail->repairText();
}

QString ReconciliationPage::repairBlockedText() const
{
    return m_detail->repairBlockedText();
}

QString ReconciliationPage::sidesNoteText() const
{
    return m_detail->sidesNoteText();
}

void ReconciliationPage::setExportFileChooser(std::function<QString(const QString &, const QString &)> choose)
{
    m_chooseExportFile = std::move(choose);
}

bool ReconciliationPage::selectFinding(const QString &object, const QString &key)
{
    const int row = m_model->rowOf(object, key);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_causeCombo->setCurrentIndex(0);
        m_objectCombo->setCurrentIndex(0);
        m_hideReviewed->setChecked(false);
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

// ---- the pass ----------------------------------------------------------------------------------------

void ReconciliationPage::setBusy(bool busy)
{
    m_runButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_progressBar->setVisible(busy);
    updateActions();
}

void ReconciliationPage::updateActions()
{
    const bool shown = m_report.has_value();
    const bool exporting = m_exportWatcher.isRunning();
    m_csvButton->setEnabled(shown && !exporting);
    m_pdfButton->setEnabled(shown && !exporting);
    m_runCombo->setEnabled(!m_runs.isEmpty() && !isRunning());
    m_detail->setState(m_saving, isRunning());
}

void ReconciliationPage::withCredentials(
    std::function<void(const Credentials &credentials, const QString &problem)> then)
{
    if (m_sandbox) {
        then({}, {});
        return;
    }
    if (m_credentials) {
        then(m_credentials, {});
        return;
    }
    // Another workspace reads both systems through its own connections: their access tokens come
    // from the keychain, read here on the GUI thread (QtKeychain's rule) without blocking, and are
    // handed to the worker as values.
    QString error;
    const std::optional<Engine::WorkspaceConfig> config = Engine::loadWorkspaceConfig(m_workspaceDir, &error);
    if (!config) {
        then({}, error);
        return;
    }
    if (!m_keychain)
        m_keychain = new Secrets::CredentialStore(QCoreApplication::applicationName(), this);
    readWorkspaceSecrets(*m_keychain, config->store, config->erp, this,
                         [this, then = std::move(then)](const WorkspaceSecrets &secrets) {
                             if (const QString problem = secrets.problem(); !problem.isEmpty()) {
                                 then({}, problem);
                                 return;
                             }
                             // The worker only copies the values into its configuration; they are
                             // never logged.
                             m_credentials = [store = secrets.credentials.storeAccessToken,
                                              erp = secrets.credentials.erpAccessToken](
                                                 Engine::WorkspaceConfig &config, QString *) {
                                 config.store.accessToken = store;
                                 config.erp.accessToken = erp;
                                 return true;
                             };
                             then(m_credentials, {});
                         });
}

void ReconciliationPage::reconcileNow()
{
    if (isRunning())
        return;
    const int attempt = ++m_attempt;
    setBusy(true);
    m_progressBar->setRange(0, 0);
    m_status->clear();
    if (!m_sandbox) {
        m_phase = Phase::ReadingCredentials;
        m_summary->setText(tr("Reading the connections' access tokens from the keychain…"));
    }
    withCredentials([this, attempt](const Credentials &credentials, const QString &problem) {
        if (attempt != m_attempt)
            return; // cancelled or superseded meanwhile
        if (!problem.isEmpty()) {
            m_phase = Phase::Idle;
            setBusy(false);
            m_summary->setText(tr("The reconciliation did not run: %1").arg(problem));
            emit reconcileFinished(false);
            return;
        }
        launch(credentials);
    });
}

void ReconciliationPage::launch(const Credentials &credentials)
{
    m_phase = Phase::Reconciling;
    setBusy(true);
    m_progress = std::make_shared<Engine::RunProgress>();
    m_summary->setText(tr("Comparing the store with the ERP…"));
    // Both systems read page by page through their connectors, read-only, on a worker thread (the
    // sandbox workspace starts its sandbox for the pass there, unless one is serving).
    m_watcher.setFuture(
        QtConcurrent::run([workspace = m_workspaceDir, state = m_state, progress = m_progress, credentials] {
            ReconcileResult result;
            result.outcome =
                Engine::reconcileWorkspace(workspace, {}, progress.get(), credentials, &result.note, state);
            return result;
        }));
    m_progressTimer->start();
}

void ReconciliationPage::cancelReconcile()
{
    if (m_phase == Phase::ReadingCredentials) {
        ++m_attempt; // the keychain's answer is ignored from now on
        m_phase = Phase::Idle;
        setBusy(false);
        m_summary->setText(tr("Reconciliation cancelled; nothing was stored."));
        emit reconcileFinished(false);
        return;
    }
    if (m_progress && m_phase == Phase::Reconciling) {
        m_progress->cancelRequested = true;
        m_cancelButton->setEnabled(false);
        m_summary->setText(tr("Cancelling…"));
    }
    if (m_phase == Phase::Repairing) {
        if (m_progress && m_repairWatcher.isRunning()) {
            m_progress->cancelRequested = true; // the repair stops between two jobs; the rest stays queued
            m_cancelButton->setEnabled(false);
            m_status->setText(tr("Cancelling the repair…"));
        } else {
            ++m_attempt; // still reading the keychain: its answer is ignored from now on
            const qint64 id = m_repairing;
            m_repairing = 0;
            m_phase = Phase::Idle;
            setBusy(false);
            m_status->setText(tr("Repair cancelled; nothing was enqueued."));
            emit repairFinished(id, tr("cancelled"));
        }
    }
}

void ReconciliationPage::sampleProgress()
{
    if (!m_progress)
        return;
    const int total = m_progress->total.load();
    if (total > 0) {
        m_progressBar->setRange(0, total);
        m_progressBar->setValue(std::min(m_progress->done.load(), total));
        m_progressBar->setFormat(
            m_phase == Phase::Repairing
                ? tr("%1 of %2 jobs done").arg(m_progress->done.load()).arg(total)
                : tr("%1 of %2 records compared").arg(m_progress->done.load()).arg(total));
    }
}

void ReconciliationPage::finishReconcile(const ReconcileResult &result)
{
    m_progressTimer->stop();
    sampleProgress();
    m_phase = Phase::Idle;
    setBusy(false);
    const Engine::ReconcileOutcome &outcome = result.outcome;
    if (!outcome.report) {
        if (!outcome.cancelled)
            m_credentials = {}; // read them again next time: they may be what failed
        m_summary->setText(outcome.cancelled ? tr("Reconciliation cancelled; nothing was stored.")
                                             : tr("The reconciliation failed: %1").arg(outcome.error));
        emit reconcileFinished(false);
        return;
    }
    m_justRun = *outcome.report;
    m_note = result.note;
    load(outcome.report->runId);
    emit reconcileFinished(true);
}

// ---- the stored passes -------------------------------------------------------------------------------

void ReconciliationPage::reloadRuns()
{
    load(shownRunId());
}

void ReconciliationPage::showRun(qint64 runId)
{
    load(runId);
}

void ReconciliationPage::load(qint64 runId)
{
    struct Loaded
    {
        QList<Store::Run> runs;
        std::optional<Store::Run> run;
        QList<Store::ReconciliationResult> results;
        bool erpWrites = true; ///< what the rollout stage lets a repair write
        bool storeWrites = true;
        QString stage;
    };
    auto loaded = std::make_shared<Loaded>();
    ++m_loads;
    m_worker->run(
        this,
        [loaded, runId, workspace = m_workspaceDir,
         sandbox = m_sandbox](Store::StateStore &store) -> QString {
            if (!sandbox) { // the sandbox workspace writes to its own sandbox whatever the stage
                QString why;
                if (const auto config = Engine::loadWorkspaceConfig(workspace, &why)) {
                    loaded->erpWrites = config->allowWrites;
                    loaded->storeWrites = config->allowStoreWrites;
                    loaded->stage = Mapping::nameOf(config->mapping.policies.rolloutStage);
                }
            }
            auto recent = Store::RunRepository(store).recentRuns(500);
            if (!recent)
                return recent.error().message;
            for (const Store::Run &run : recent.value()) {
                if (run.kind == Store::RunKind::Reconcile && run.status == Store::RunStatus::Succeeded)
                    loaded->runs.append(run);
            }
            for (const Store::Run &run : std::as_const(loaded->runs)) {
                if (runId == 0 || run.id == runId) {
                    loaded->run = run;
                    break;
                }
            }
            if (!loaded->run)
                return {};
            auto results = Store::ReconciliationRepository(store).results(loaded->run->id);
            if (!results)
                return results.error().message;
            loaded->results = results.value();
            // What became of each repair, as its job stands now.
            QString error;
            if (!Engine::addRepairOutcomes(store, loaded->results, &error))
                return error;
            return {};
        },
        [this, loaded](const QString &error) {
            --m_loads;
            if (!error.isEmpty()) {
                m_status->setText(tr("The reconciliation results cannot be read: %1").arg(error));
                return;
            }
            // The finding on show stays on show when its pass is shown again.
            const Store::ReconciliationResult *before = selectedFinding();
            const QString keepObject = before ? before->objectType : QString();
            const QString keepKey = before ? before->matchKey : QString();
            const bool samePass = m_shownRun && loaded->run && m_shownRun->id == loaded->run->id;

            m_runs = loaded->runs;
            m_shownRun = loaded->run;
            m_detail->setWrites(loaded->erpWrites, loaded->storeWrites, loaded->stage);
            if (!samePass) {
                m_sides.clear();
                m_sidesErrors.clear();
            }
            // The list: orders, refunds, prices, stock, each by key in natural order (#1002 before
            // #1010); the exports keep the pass's own order.
            QList<Store::ReconciliationResult> listed = loaded->results;
            QCollator collator;
            collator.setNumericMode(true);
            std::stable_sort(
                listed.begin(), listed.end(),
                [&collator](const Store::ReconciliationResult &a, const Store::ReconciliationResult &b) {
                    const qsizetype rankA = allObjects.indexOf(a.objectType);
                    const qsizetype rankB = allObjects.indexOf(b.objectType);
                    if (rankA != rankB)
                        return rankA < rankB;
                    return collator.compare(a.matchKey, b.matchKey) < 0;
                });
            m_model->setResults(listed);
            if (m_shownRun) {
                m_report = m_justRun && m_justRun->runId == m_shownRun->id
                    ? *m_justRun
                    : Engine::reportFromStored(*m_shownRun, loaded->results);
                // The repairs as they stand now (a finding repaired since the pass, a job run since).
                if (m_report->findings.size() == loaded->results.size()) {
                    for (qsizetype i = 0; i < loaded->results.size(); ++i)
                        m_report->findings[i].repair = loaded->results.at(i).repair;
                }
            } else {
                m_report.reset();
            }
            m_stored = loaded->results;
            fillRuns();
            fillFilters();

            if (!m_report) {
                m_summary->setText(
                    tr("No reconciliation yet. Click “Reconcile now” to compare the store with the ERP."));
            } else {
                const Engine::ReconcileReport &report = *m_report;
                int matched = 0;
                for (const Engine::ReconcileTally &tally : report.tallies)
                    matched += tally.matched;
                std::map<QString, int> byCause;
                for (const Engine::ReconciliationFinding &finding : report.findings)
                    ++byCause[Engine::describe(finding.cause)];
                QStringList causes;
                for (const auto &[cause, count] : byCause)
                    causes.append(tr("%1 %2").arg(count).arg(cause));
                QString text = tr("Pass %1 of %2: ").arg(report.runId).arg(timeText(report.finished));
                text += report.findings.isEmpty()
                    ? tr("no differences; both sides agree to the cent on everything compared.")
                    : tr("%n difference(s)", nullptr, int(report.findings.size())) + u" ("_s
                        + causes.join(u", "_s) + u"); "_s + tr("%n record(s) equal", nullptr, matched) + u'.';
                const bool repairedSince =
                    std::any_of(report.findings.cbegin(), report.findings.cend(),
                                [](const Engine::ReconciliationFinding &finding) {
                                    return finding.repair.value(u"job_id"_s).toInteger() > 0;
                                });
                text += u' '
                    + (Engine::isRepairPass(report)
                           ? tr("A repair pass: the repairs the owners and the rollout stage allow went "
                                "through the sync's jobs (each finding says what became of its repair).")
                           : repairedSince
                           ? tr("A report pass; findings were repaired one by one since (each says what "
                                "became of its repair).")
                           : tr("Report only: nothing was changed in either system."));
                if (!m_note.isEmpty() && m_justRun && m_justRun->runId == report.runId)
                    text += u' ' + m_note;
                m_summary->setText(text);
            }
            if (!keepKey.isEmpty() && samePass)
                selectFinding(keepObject, keepKey);
            else if (m_filter->rowCount() > 0)
                m_table->setCurrentIndex(m_filter->index(0, 0));
            else
                showSelected();
            m_table->resizeColumnsToContents();
            updateActions();
            if (hasPendingRepairs())
                m_repairPoll->start();
            emit runShown(shownRunId());
        });
}

void ReconciliationPage::fillRuns()
{
    const QSignalBlocker blocker(m_runCombo);
    m_runCombo->clear();
    for (const Store::Run &run : std::as_const(m_runs)) {
        const int findings = run.counts.value(u"findings"_s).toInt();
        m_runCombo->addItem(tr("%1 — %2, %n difference(s)", nullptr, findings)
                                .arg(run.id)
                                .arg(timeText(run.finished.value_or(run.started))),
                            run.id);
    }
    if (m_runs.isEmpty())
        m_runCombo->addItem(tr("(none yet)"), 0);
    m_runCombo->setCurrentIndex(std::max(0, m_runCombo->findData(shownRunId())));
    m_runCombo->setEnabled(!m_runs.isEmpty() && !isRunning());
}

void ReconciliationPage::fillFilters()
{
    std::map<QString, int> causes;
    std::map<QString, int> objects;
    for (const Store::ReconciliationResult &result : m_model->results()) {
        ++causes[result.cause];
        ++objects[result.objectType];
    }
    const auto fill = [](QComboBox *combo, const QString &all,
                         const QList<std::pair<QString, QString>> &items,
                         const std::map<QString, int> &counts) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const auto &[name, label] : items) {
            const auto count = counts.find(name);
            combo->addItem(tr("%1 (%2)").arg(label).arg(count == counts.end() ? 0 : count->second), name);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    QList<std::pair<QString, QString>> causeItems;
    for (const Engine::MismatchCause cause : allCauses)
        causeItems.append({Engine::nameOf(cause), Engine::describe(cause)});
    fill(m_causeCombo, tr("All causes"), causeItems, causes);
    QList<std::pair<QString, QString>> objectItems;
    for (const QString &object : allObjects)
        objectItems.append({object, ReconciliationModel::objectLabel(object)});
    fill(m_objectCombo, tr("All objects"), objectItems, objects);
    m_filter->setCause(m_causeCombo->currentData().toString());
    m_filter->setObject(m_objectCombo->currentData().toString());
}

// ---- the selected finding ----------------------------------------------------------------------------

void ReconciliationPage::showSelected()
{
    const Store::ReconciliationResult *finding = selectedFinding();
    if (!finding) {
        m_shownFinding = 0;
        m_detail->clear(m_model->rowCount() == 0 ? tr("No finding to show.")
                                                 : tr("Select a finding to see both sides."));
        updateActions();
        return;
    }
    const bool changed = finding->id != m_shownFinding;
    m_shownFinding = finding->id;
    if (changed && !m_exportWatcher.isRunning())
        m_status->clear(); // it spoke of the finding shown before (a repair, a review)
    m_detail->showFinding(*finding, changed);
    updateActions();
    if (changed)
        showSides(finding->id);
}

void ReconciliationPage::showSides(qint64 id)
{
    const int row = m_model->rowOf(id);
    const Store::ReconciliationResult *finding = m_model->resultAt(row);
    if (!finding)
        return;
    if (const auto cached = m_sides.constFind(id); cached != m_sides.cend()) {
        m_detail->showSides(*cached);
        emit sidesShown(id);
        return;
    }
    if (const auto error = m_sidesErrors.constFind(id); error != m_sidesErrors.cend()) {
        m_detail->showSidesNote(tr("The two records cannot be read: %1").arg(*error));
        emit sidesShown(id);
        return;
    }
    if (!Engine::hasLines(*finding)) {
        m_sides.insert(id, Engine::sidesOfAmounts(*finding));
        m_detail->showSides(m_sides.value(id));
        emit sidesShown(id);
        return;
    }
    m_detail->showSidesNote(tr("Reading the store's record and the ERP's record…"));
    fetchSides(*finding);
}

void ReconciliationPage::fetchSides(const Store::ReconciliationResult &finding)
{
    if (m_fetching.contains(finding.id))
        return;
    m_fetching.insert(finding.id);
    const qint64 runId = shownRunId();
    withCredentials([this, finding, runId](const Credentials &credentials, const QString &problem) {
        const qint64 id = finding.id;
        if (!problem.isEmpty()) {
            m_fetching.remove(id);
            if (runId != shownRunId())
                return;
            m_sidesErrors.insert(id, problem);
            if (m_shownFinding == id)
                showSides(id);
            return;
        }
        // Both records read through the connectors, read-only, on a worker thread.
        auto *watcher = new QFutureWatcher<Engine::FindingSidesOutcome>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id, runId] {
            const Engine::FindingSidesOutcome outcome = watcher->result();
            watcher->deleteLater();
            m_fetching.remove(id);
            if (runId != shownRunId())
                return; // another pass is shown meanwhile: its findings have other ids
            if (outcome.sides)
                m_sides.insert(id, *outcome.sides);
            else
                m_sidesErrors.insert(id, outcome.error);
            if (m_shownFinding == id)
                showSides(id);
        });
        watcher->setFuture(QtConcurrent::run(readSides, m_workspaceDir, finding, credentials));
    });
}

void ReconciliationPage::toggleReviewed()
{
    const Store::ReconciliationResult *finding = selectedFinding();
    if (!finding || m_saving)
        return;
    const qint64 id = finding->id;
    const bool reviewed = !finding->reviewed;
    const QString comment = reviewed ? m_detail->comment() : QString();
    m_saving = true;
    updateActions();
    auto saved = std::make_shared<std::optional<Store::ReconciliationResult>>();
    m_worker->run(
        this,
        [id, comment, reviewed, saved](Store::StateStore &store) -> QString {
            Store::ReconciliationRepository repository(store);
            if (auto marked = repository.markReviewed(id, comment, reviewed); !marked)
                return marked.error().message;
            auto read = repository.result(id);
            if (!read)
                return read.error().message;
            *saved = read.value();
            return {};
        },
        [this, id, reviewed, saved](const QString &error) {
            m_saving = false;
            if (!error.isEmpty()) {
                m_status->setText(tr("The review was not saved: %1").arg(error));
            } else if (*saved) {
                m_model->updateResult(**saved);
                for (Store::ReconciliationResult &stored : m_stored) {
                    if (stored.id == id)
                        stored = **saved; // the PDF export carries the review
                }
                m_status->setText(reviewed ? tr("Marked reviewed; the comment is kept with the finding.")
                                           : tr("Marked not reviewed again."));
            }
            showSelected();
            emit reviewSaved(id, error);
        });
}

void ReconciliationPage::repairSelected()
{
    const Store::ReconciliationResult *finding = selectedFinding();
    if (!finding || isRunning())
        return;
    if (const QString blocked = m_detail->repairBlockedText(); !blocked.isEmpty()) {
        m_status->setText(blocked);
        return;
    }
    const qint64 id = finding->id;
    const qint64 runId = shownRunId();
    const QString what =
        tr("%1 %2").arg(ReconciliationModel::objectLabel(finding->objectType), finding->matchKey);
    const int attempt = ++m_attempt;
    m_phase = Phase::Repairing;
    m_repairing = id;
    m_progress = std::make_shared<Engine::RunProgress>();
    setBusy(true);
    m_progressBar->setRange(0, 0);
    m_progressBar->setFormat(tr("Repairing…"));
    m_status->setText(tr("Repairing %1 through its job…").arg(what));
    withCredentials([this, id, runId, attempt](const Credentials &credentials, const QString &problem) {
        if (attempt != m_attempt || m_phase != Phase::Repairing)
            return; // cancelled meanwhile
        if (!problem.isEmpty()) {
            RepairResult failed;
            failed.outcome.error = problem;
            finishRepair(id, failed);
            return;
        }
        // The engine checks the repair again against the state now, enqueues it with the finding's
        // stored status in one transaction and runs the queue when no other engine holds the
        // workspace: network and SQL writes, on a worker thread.
        m_repairWatcher.setFuture(QtConcurrent::run([workspace = m_workspaceDir, state = m_state,
                                                     progress = m_progress, credentials, runId, id] {
            RepairResult result;
            result.outcome = Engine::repairWorkspaceFindings(workspace, runId, {id}, {}, progress.get(),
                                                             credentials, &result.note, state);
            if (!result.outcome.repairs.ran && result.outcome.repairs.enqueued > 0) {
                // Whose engine holds the workspace (ExecutorOptions::exclusive): this studio's
                // runs the repair with its next sync.
                QLockFile lock(QDir(workspace).filePath(u"engine.lock"_s));
                qint64 pid = 0;
                QString host;
                QString application;
                result.engineHere =
                    lock.getLockInfo(&pid, &host, &application) && pid == QCoreApplication::applicationPid();
            }
            return result;
        }));
        m_progressTimer->start();
    });
}

void ReconciliationPage::finishRepair(qint64 id, const RepairResult &result)
{
    m_progressTimer->stop();
    if (m_phase == Phase::Repairing)
        sampleProgress();
    m_phase = Phase::Idle;
    m_repairing = 0;
    setBusy(false);
    const Engine::FindingRepairOutcome &outcome = result.outcome;
    if (!outcome.error.isEmpty()) {
        m_credentials = {}; // read them again next time: they may be what failed
        m_status->setText(tr("The repair did not run: %1").arg(outcome.error));
        emit repairFinished(id, outcome.error);
        return;
    }
    QString text;
    for (const Engine::FindingRepair &item : outcome.findings) {
        applyFinding(item.finding);
        const QString what =
            tr("%1 %2").arg(ReconciliationModel::objectLabel(item.finding.objectType), item.finding.matchKey);
        if (!item.enqueued) {
            text = tr("%1 was not repaired: %2.").arg(what, item.refused);
            continue;
        }
        const Engine::RepairState state = Engine::repairStateOf(item.finding.repair);
        text = tr("%1: %2").arg(what, Engine::describeRepairState(item.finding.repair));
        if (state == Engine::RepairState::Repaired)
            text += u' ' + tr("Reconcile again to confirm both sides agree.");
        else if (!outcome.repairs.ran && result.engineHere)
            text = tr("%1: queued as job %2. This studio's engine runs the workspace: “Sync now” on the "
                      "Dashboard (or its next scheduled sync) carries the repair out, and the finding "
                      "follows it here.")
                       .arg(what)
                       .arg(item.finding.repair.value(u"job_id"_s).toInteger());
        else if (!outcome.repairs.ran && !outcome.repairs.note.isEmpty())
            text += u' ' + tr("Note: %1.").arg(outcome.repairs.note);
    }
    if (outcome.cancelled)
        text = tr("The repair was cancelled; what was not done stays queued.") + u' ' + text;
    if (!result.note.isEmpty())
        text += u' ' + result.note;
    m_status->setText(text);
    if (hasPendingRepairs())
        m_repairPoll->start();
    load(shownRunId()); // the summary and the exports follow
    emit repairFinished(id, {});
}

void ReconciliationPage::applyFinding(const Store::ReconciliationResult &finding)
{
    m_model->updateResult(finding);
    for (qsizetype i = 0; i < m_stored.size(); ++i) {
        if (m_stored.at(i).id != finding.id)
            continue;
        m_stored[i] = finding;
        if (m_report && i < m_report->findings.size())
            m_report->findings[i].repair = finding.repair; // the exports say what became of it
    }
    if (m_shownFinding == finding.id) {
        m_detail->showFinding(finding, false);
        updateActions();
    }
}

bool ReconciliationPage::hasPendingRepairs() const
{
    return std::any_of(m_model->results().cbegin(), m_model->results().cend(),
                       [](const Store::ReconciliationResult &result) {
                           const Engine::RepairState state = Engine::repairStateOf(result.repair);
                           return state == Engine::RepairState::Queued
                               || state == Engine::RepairState::Running
                               || state == Engine::RepairState::Retrying;
                       });
}

void ReconciliationPage::pollRepairs()
{
    if (!hasPendingRepairs()) {
        m_repairPoll->stop();
        return;
    }
    if (m_polling || m_loads > 0 || isRepairing())
        return;
    QList<qint64> ids;
    for (const Store::ReconciliationResult &result : m_model->results()) {
        const Engine::RepairState state = Engine::repairStateOf(result.repair);
        if (state == Engine::RepairState::Queued || state == Engine::RepairState::Running
            || state == Engine::RepairState::Retrying)
            ids.append(result.id);
    }
    m_polling = true;
    const qint64 runId = shownRunId();
    auto read = std::make_shared<QList<Store::ReconciliationResult>>();
    m_worker->run(
        this,
        [ids, read](Store::StateStore &store) -> QString {
            Store::ReconciliationRepository repository(store);
            for (const qint64 id : ids) {
                auto result = repository.result(id);
                if (!result)
                    return result.error().message;
                if (result.value())
                    read->append(*result.value());
            }
            QString error;
            return Engine::addRepairOutcomes(store, *read, &error) ? QString() : error;
        },
        [this, read, runId](const QString &error) {
            m_polling = false;
            if (!error.isEmpty() || runId != shownRunId())
                return; // tried again at the next tick (or another pass is shown)
            for (const Store::ReconciliationResult &finding : std::as_const(*read)) {
                const int row = m_model->rowOf(finding.id);
                if (row >= 0 && m_model->resultAt(row)->repair != finding.repair)
                    applyFinding(finding);
            }
            if (!hasPendingRepairs())
                m_repairPoll->stop();
            emit repairsRefreshed();
        });
}

// ---- exports -----------------------------------------------------------------------------------------

void ReconciliationPage::exportCsv()
{
    if (!m_report || !m_chooseExportFile)
        return;
    const QString fileName = m_chooseExportFile(
        QDir(m_workspaceDir).filePath(u"reconciliation-%1.csv"_s.arg(m_report->runId)), u"csv"_s);
    if (!fileName.isEmpty())
        exportTo(fileName);
}

void ReconciliationPage::exportPdf()
{
    if (!m_report || !m_chooseExportFile)
        return;
    const QString fileName = m_chooseExportFile(
        QDir(m_workspaceDir).filePath(u"reconciliation-%1.pdf"_s.arg(m_report->runId)), u"pdf"_s);
    if (!fileName.isEmpty())
        exportTo(fileName);
}

bool ReconciliationPage::exportTo(const QString &fileName)
{
    if (!m_report || m_exportWatcher.isRunning())
        return false;
    const bool pdf = QFileInfo(fileName).suffix().compare(u"pdf"_s, Qt::CaseInsensitive) == 0;
    m_exportFile = fileName;
    m_status->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(fileName)));
    // The file may sit on a slow or network drive, and laying out a long PDF takes a while: both
    // happen on a worker, with copies of the report and the reviews.
    m_exportWatcher.setFuture(QtConcurrent::run(writeExport, *m_report, m_stored, fileName, pdf));
    updateActions();
    return true;
}

} // namespace LedgerLink::Studio
