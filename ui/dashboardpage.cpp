#include "dashboardpage.h"

#include "dashboardhealth.h"
#include "dashboardprogress.h"
#include "dashboardschedule.h"
#include "engine/scheduler.h"
#include "engine/syncengine.h"
#include "engine/workspace.h"
#include "engine/workspaceconfig.h"
#include "engine/workspacecredentials.h"
#include "mapping/mappingdocument.h"
#include "sandbox/sandboxrecord.h"
#include "sandbox/sandboxservices.h"
#include "secrets/credentialstore.h"
#include "store/statestore.h"
#include "storeworker.h"
#include "studiosettings.h"
#include "throughputchart.h"
#include "workspacesecrets.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtCore/QJsonArray>
#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {
namespace {

/// The workspace's clock triggers and the time zone they are read in (read on a pool thread).
struct Triggers
{
    QList<Engine::ClockTrigger> triggers;
    QString timeZone = u"UTC"_s;
    QString error;
};

Triggers loadTriggers(const QString &dir)
{
    Triggers loaded;
    QList<Mapping::ObjectRule> rules;
    if (Engine::isSandboxWorkspace(dir)) {
        // The sandbox workspace's document, or the bundled one it will be copied from (this
        // never writes the workspace); its schedules are read in UTC.
        QString path = Engine::mappingFilePath(dir);
        if (!QFileInfo::exists(path))
            path = u":/ledgerlink/mappings/sandbox.mapping.json"_s;
        const Mapping::LoadResult document = Mapping::MappingDocument::load(path);
        if (!document.document) {
            loaded.error = u"%1: %2"_s.arg(path, document.error);
            return loaded;
        }
        rules = document.document->objects;
    } else {
        const auto config = Engine::loadWorkspaceConfig(dir, &loaded.error);
        if (!config)
            return loaded;
        rules = config->mapping.objects;
        loaded.timeZone = config->timeZone;
    }
    QStringList problems;
    loaded.triggers = Engine::clockTriggers(rules, &problems);
    loaded.error = problems.join(u"; "_s);
    return loaded;
}

} // namespace

int RunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Run");
    case Kind:
        return tr("Kind");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Took");
    case Status:
        return tr("Status");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return {};
    const Store::Run &run = m_runs.at(index.row());
    switch (index.column()) {
    case Id:
        return run.id;
    case Kind:
        return run.kind == Store::RunKind::DryRun ? tr("dry run") : tr("sync");
    case Started:
        return QLocale().toString(run.started.toLocalTime(), QLocale::ShortFormat);
    case Duration:
        return run.finished
            ? tr("%1 s").arg(QLocale().toString(run.started.msecsTo(*run.finished) / 1000.0, 'f', 1))
            : QString();
    case Status:
        switch (run.status) {
        case Store::RunStatus::Running:
            return tr("running");
        case Store::RunStatus::Succeeded:
            return tr("succeeded");
        case Store::RunStatus::Failed:
            return tr("failed");
        case Store::RunStatus::Cancelled:
            return tr("cancelled");
        }
        return {};
    case Outcome: {
        const QJsonObject &c = run.counts;
        if (run.kind == Store::RunKind::DryRun) {
            QStringList parts;
            for (auto it = c.begin(); it != c.end(); ++it)
                parts << u"%1 %2"_s.arg(it.value().toInt()).arg(it.key());
            return parts.join(u", "_s);
        }
        // Read: the orders, or the records of another rule's run.
        return tr("%1 read · %2 created · %3 updated · %4 skipped · %5 dead letters")
            .arg(c.value(u"orders_read"_s).toInt() + c.value(u"records_read"_s).toInt())
            .arg(c.value(u"created"_s).toInt())
            .arg(c.value(u"updated"_s).toInt())
            .arg(c.value(u"skipped"_s).toInt())
            .arg(c.value(u"dead"_s).toInt());
    }
    default:
        return {};
    }
}

void RunsModel::setRuns(QList<Store::Run> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

DashboardPage::DashboardPage(QString workspaceDir, QWidget *parent)
    : DashboardPage(workspaceDir, Engine::ownStateLocation(workspaceDir), parent)
{ }

DashboardPage::DashboardPage(QString workspaceDir, Store::StoreLocation state, QWidget *parent)
    : QWidget(parent)
    , m_workspaceDir(std::move(workspaceDir))
    , m_state(std::move(state))
    , m_reader(std::make_unique<StoreWorker>(m_state))
    , m_runs(new RunsModel(this))
    , m_schedule(new ScheduleModel(this))
{
    setObjectName(u"dashboardPage"_s);
    m_sync = new QPushButton(tr("⟳ Sync now"), this);
    m_sync->setObjectName(u"syncButton"_s);
    m_sync->setToolTip(tr("Sync the store's orders to the books now"));
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setObjectName(u"pauseButton"_s);
    m_pause->setToolTip(tr("Hold the sync once the batch under way is recorded; Resume goes on from there"));
    m_pause->setEnabled(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setToolTip(
        tr("Stop once the writes on their way are recorded; the rest waits for the next sync"));
    m_cancel->setEnabled(false);
    m_status = new QLabel(tr("Not synced in this session."), this);
    m_status->setObjectName(u"syncStatus"_s);
    m_status->setWordWrap(true);
    m_objects = new ObjectProgressPanel(Engine::SyncEngine::syncedObjects(), this);
    m_chart = new ThroughputChart(this);
    m_health = new ConnectionHealthPanel(m_workspaceDir, this);

    m_table = new QTableView(this);
    m_table->setObjectName(u"runsTable"_s);
    m_table->setModel(m_runs);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    const int digit = m_table->fontMetrics().horizontalAdvance(u'0');
    m_table->setColumnWidth(RunsModel::Id, digit * 6);
    m_table->setColumnWidth(RunsModel::Kind, digit * 9);
    m_table->setColumnWidth(RunsModel::Started, digit * 18);
    m_table->setColumnWidth(RunsModel::Duration, digit * 8);
    m_table->setColumnWidth(RunsModel::Status, digit * 11);

    m_scheduleTable = new QTableView(this);
    m_scheduleTable->setObjectName(u"scheduleTable"_s);
    m_scheduleTable->setModel(m_schedule);
    m_scheduleTable->verticalHeader()->hide();
    m_scheduleTable->horizontalHeader()->setStretchLastSection(true);
    m_scheduleTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_scheduleTable->setColumnWidth(ScheduleModel::Object, digit * 12);
    m_scheduleTable->setColumnWidth(ScheduleModel::Trigger, digit * 22);
    m_scheduleNote = new QLabel(
        tr("Run while Keep syncing is on, or by a headless engine (ledgerlink-cli run --daemon); Sync now "
           "runs at once."),
        this);
    m_scheduleNote->setObjectName(u"scheduleNote"_s);
    m_scheduleNote->setWordWrap(true);
    m_scheduleNote->setForegroundRole(QPalette::PlaceholderText);

    m_keepSyncing = new QCheckBox(tr("Keep syncing"), this);
    m_keepSyncing->setObjectName(u"keepSyncing"_s);
    m_keepSyncing->setToolTip(tr("While the studio is open, the engine follows the mapping's schedules and "
                                 "polls and listens for webhooks (address and port in Settings)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sync);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_keepSyncing);
    buttons->addWidget(m_status, 1);

    // Left: this sync (bars and chart) over the last runs; right: connection health over the
    // next scheduled runs.
    auto *progressBox = new QGroupBox(tr("This sync"), this);
    auto *progressLayout = new QVBoxLayout(progressBox);
    progressLayout->addWidget(m_objects);
    progressLayout->addWidget(m_chart, 1);
    auto *runsBox = new QGroupBox(tr("Last runs"), this);
    (new QVBoxLayout(runsBox))->addWidget(m_table);
    auto *healthBox = new QGroupBox(tr("Connection health"), this);
    (new QVBoxLayout(healthBox))->addWidget(m_health);
    auto *scheduleBox = new QGroupBox(tr("Next scheduled runs"), this);
    auto *scheduleLayout = new QVBoxLayout(scheduleBox);
    scheduleLayout->addWidget(m_scheduleTable, 1);
    scheduleLayout->addWidget(m_scheduleNote);
    auto *left = new QVBoxLayout;
    left->addWidget(progressBox, 3);
    left->addWidget(runsBox, 2);
    auto *right = new QVBoxLayout;
    right->addWidget(healthBox);
    right->addWidget(scheduleBox, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 5);
    columns->addLayout(right, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(columns, 1);

    m_scheduleTimer = new QTimer(this);
    m_scheduleTimer->setInterval(60 * 1000);
    connect(m_scheduleTimer, &QTimer::timeout, this, &DashboardPage::reloadSchedule);
    connect(m_sync, &QPushButton::clicked, this, &DashboardPage::syncNow);
    connect(m_pause, &QPushButton::clicked, this, &DashboardPage::togglePause);
    connect(m_cancel, &QPushButton::clicked, this, &DashboardPage::cancelSync);
    connect(m_keepSyncing, &QCheckBox::toggled, this, &DashboardPage::setKeepSyncing);
    reloadRuns();
}

DashboardPage::~DashboardPage()
{
    m_engine.reset(); // stops the engine (after its current batch) and joins its thread
    if (m_sandbox)
        Sandbox::removeSandboxRecord(m_workspaceDir, QCoreApplication::applicationPid());
}

QString DashboardPage::statusText() const
{
    return m_status->text();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_health->setActive(true);
    reloadSchedule();
    m_scheduleTimer->start();
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_health->setActive(false);
    m_scheduleTimer->stop();
}

void DashboardPage::endSync()
{
    m_syncing = false;
    m_sync->setEnabled(true);
    m_keepSyncing->setEnabled(true);
    m_cancel->setEnabled(false);
    if (m_pauseAsked && m_engine) // the engine must not stay paused for the next sync
        m_engine->resume();
    m_pauseAsked = false;
    updatePauseButton();
    m_chart->finish(m_done, m_errors); // nothing when the run never began
}

void DashboardPage::fail(const QString &message)
{
    m_starting = false;
    endSync();
    if (!m_engineReady && m_keepSyncing->isChecked()) {
        const QSignalBlocker blocker(m_keepSyncing); // it could not start
        m_keepSyncing->setChecked(false);
    }
    m_objects->finish(false);
    m_status->setText(message);
    emit syncFinished(QJsonObject{{u"error"_s, message}});
}

void DashboardPage::updatePauseButton()
{
    m_pause->setEnabled(m_syncing && m_engineReady && !m_cancelled);
    if (!m_pauseAsked) {
        m_pause->setText(tr("Pause"));
        m_pause->setToolTip(
            tr("Hold the sync once the batch under way is recorded; Resume goes on from there"));
    } else {
        m_pause->setText(m_paused ? tr("Resume") : tr("Pausing…"));
        m_pause->setToolTip(tr("Go on with the sync"));
    }
}

void DashboardPage::syncNow()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_cancelled = false;
    m_done = m_total = m_errors = 0;
    m_sync->setEnabled(false);
    m_cancel->setEnabled(true);
    m_keepSyncing->setEnabled(false);
    m_objects->reset();
    m_clock.start();
    if (!Engine::isSandboxWorkspace(m_workspaceDir)) {
        // As `ledgerlink-cli run`: a workspace of one's own writes only past the read-only stage.
        const Mapping::LoadResult mapping =
            Mapping::MappingDocument::load(Engine::mappingFilePath(m_workspaceDir));
        if (mapping.ok() && mapping.document->policies.rolloutStage == Mapping::RolloutStage::ReadOnly) {
            fail(tr("The rollout stage is read-only, so a sync may not write to either system. Plan with the "
                    "dry run, and step the stage up on the Dry run page when the plan is right."));
            return;
        }
    }
    if (m_engineReady) {
        runSync();
        return;
    }
    bringUpEngine(true);
}

bool DashboardPage::isKeepingInSync() const
{
    return m_keepSyncing->isChecked() && m_engineReady;
}

void DashboardPage::bringUpEngine(bool runAtOnce)
{
    if (m_starting) { // one start-up at a time; a Sync now meanwhile runs once it is up
        m_runWhenReady = m_runWhenReady || runAtOnce;
        return;
    }
    m_starting = true;
    m_keepSyncing->setEnabled(false);
    m_runWhenReady = runAtOnce;
    if (!Engine::isSandboxWorkspace(m_workspaceDir)) {
        // The workspace's own connections: their secrets from the keychain (main thread,
        // asynchronously), handed to the engine.
        m_status->setText(tr("Reading the connections' secrets from the keychain…"));
        QString error;
        const std::optional<Engine::WorkspaceConfig> config =
            Engine::loadWorkspaceConfig(m_workspaceDir, &error);
        if (!config) {
            fail(error);
            return;
        }
        if (!m_keychain)
            m_keychain = std::make_unique<Secrets::CredentialStore>(QCoreApplication::applicationName());
        m_erpConnection = config->erp; // names the keychain entries of tokens the engine renews
        readWorkspaceSecrets(*m_keychain, config->store, config->erp, this,
                             [this](const WorkspaceSecrets &secrets) {
                                 if (const QString problem = secrets.problem(); !problem.isEmpty()) {
                                     fail(problem);
                                     return;
                                 }
                                 if (m_cancelled) {
                                     fail(tr("Cancelled before the sync started; nothing was written."));
                                     return;
                                 }
                                 startEngine(std::nullopt, secrets.credentials);
                             });
        return;
    }
    if (const auto serving = Sandbox::readSandboxRecord(m_workspaceDir)) { // `sandbox serve`, or a dry run's
        startEngine(std::pair{serving->storeUrl, serving->booksUrl});
        return;
    }
    // The sandbox store and books, in this process, started on a pool thread; recorded in the
    // workspace so that a dry run (and `ledgerlink-cli`) use the same ones while the studio runs.
    m_status->setText(tr("Starting the sandbox store and books…"));
    m_sandbox = std::make_unique<Sandbox::SandboxServices>();
    Sandbox::SandboxOptions options;
    options.dataDir = QDir(m_workspaceDir).filePath(u"sandbox"_s);
    auto *watcher = new QFutureWatcher<Sandbox::SandboxStarted>(this);
    connect(watcher, &QFutureWatcher<Sandbox::SandboxStarted>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Sandbox::SandboxStarted started = watcher->result();
        if (!started.ok) {
            fail(tr("The sandbox did not start: %1").arg(started.error));
            return;
        }
        if (const QString error = Sandbox::writeSandboxRecord(
                m_workspaceDir, {started.storeUrl, started.booksUrl, QCoreApplication::applicationPid()});
            !error.isEmpty())
            qWarning("sandbox record: %s", qPrintable(error));
        if (m_cancelled) {
            fail(tr("Cancelled before the sync started; nothing was written."));
            return;
        }
        startEngine(std::pair{started.storeUrl, started.booksUrl});
    });
    watcher->setFuture(m_sandbox->startAsync(options));
}

void DashboardPage::beginBackgroundRun()
{
    m_syncing = true;
    m_cancelled = false;
    m_done = m_total = m_errors = 0;
    m_sync->setEnabled(false);
    m_cancel->setEnabled(true);
    m_keepSyncing->setEnabled(false);
    m_objects->reset();
    m_chart->reset();
    m_chartObject.clear();
    m_doneBefore = m_errorsBefore = m_chartDone = m_chartErrors = 0;
    m_clock.start();
    m_status->setText(tr("Syncing (started by a schedule, a poll or a webhook)…"));
    updatePauseButton();
}

void DashboardPage::setKeepSyncing(bool keep)
{
    if (m_syncing || m_starting)
        return; // the box is disabled during a sync and while the engine comes up
    // The engine starts again with or without its triggers; an idle engine stops at once.
    m_engine.reset();
    m_engineReady = false;
    if (keep) {
        m_cancelled = false;
        bringUpEngine(false);
    } else {
        m_keepSyncing->setToolTip(
            tr("While the studio is open, the engine follows the mapping's schedules and "
               "polls and listens for webhooks (address and port in Settings)"));
        m_status->setText(tr("No longer keeping in sync; Sync now syncs when asked."));
    }
}

void DashboardPage::runSync()
{
    m_status->setText(tr("Syncing…"));
    m_chart->reset();
    m_chartObject.clear();
    m_doneBefore = m_errorsBefore = m_chartDone = m_chartErrors = 0;
    m_engine->runAllNow();
    updatePauseButton();
}

void DashboardPage::startEngine(const std::optional<std::pair<QUrl, QUrl>> &sandboxUrls,
                                const std::optional<Engine::EngineCredentials> &credentials)
{
    m_status->setText(tr("Starting the engine…"));
    m_engine = std::make_unique<Engine::EngineController>();
    connect(m_engine.get(), &Engine::EngineController::started, this, [this](bool ok, const QString &error) {
        m_starting = false;
        if (!m_syncing)
            m_keepSyncing->setEnabled(true);
        if (!ok) {
            m_engine.release()->deleteLater(); // not while it is emitting
            fail(tr("The engine did not start: %1").arg(error));
            return;
        }
        m_engineReady = true;
        if (m_cancelled) {
            fail(tr("Cancelled before the sync started; nothing was written."));
            return;
        }
        if (m_runWhenReady) {
            runSync();
        } else {
            m_status->setText(tr("Keeping in sync: the engine follows the schedules and polls."));
            reloadSchedule();
        }
        // The sandbox serves now: its connections can be checked.
        if (isVisible())
            m_health->checkNow();
    });
    // A sync that could not start (its pull not queued, the store unreadable) ends here.
    connect(m_engine.get(), &Engine::EngineController::error, this, [this](const QString &error) {
        if (m_syncing && m_engineReady)
            fail(tr("The sync stopped: %1").arg(error));
    });
    connect(m_engine.get(), &Engine::EngineController::progress, this,
            [this](int done, int total, const QString &) {
                if (!m_syncing && isKeepingInSync() && done < total)
                    beginBackgroundRun(); // a schedule, a poll or a webhook started it
                if (!m_syncing)
                    return;
                m_done = done;
                m_total = total;
                if (m_paused)
                    return; // the status says so
                const double seconds = qMax<qint64>(1, m_clock.elapsed()) / 1000.0;
                m_status->setText(tr("Syncing… %1 of %2 orders, %3 orders/s")
                                      .arg(done)
                                      .arg(total)
                                      .arg(QLocale().toString(done / seconds, 'f', 0)));
            });
    connect(m_engine.get(), &Engine::EngineController::objectProgress, this,
            [this](const QString &object, int done, int total, int errors) {
                if (!m_syncing)
                    return;
                m_objects->setProgress(object, done, total, errors);
                if (object != m_chartObject) { // the next rule of the sync: the chart goes on
                    if (!m_chartObject.isEmpty()) {
                        m_doneBefore += m_chartDone;
                        m_errorsBefore += m_chartErrors;
                    }
                    m_chartObject = object;
                }
                m_chartDone = done;
                m_chartErrors = errors;
                m_errors = m_errorsBefore + errors;
                m_chart->addSample(m_doneBefore + done, m_errors);
            });
    connect(m_engine.get(), &Engine::EngineController::pauseChanged, this, [this](bool paused) {
        m_paused = paused;
        m_chart->setPaused(paused);
        updatePauseButton();
        if (m_syncing) {
            m_status->setText(paused
                                  ? tr("Paused after %1 of %2 orders; nothing new is taken until you resume.")
                                        .arg(m_done)
                                        .arg(m_total)
                                  : tr("Syncing… %1 of %2 orders").arg(m_done).arg(m_total));
        }
        emit pauseChanged(paused);
    });
    connect(m_engine.get(), &Engine::EngineController::finished, this, [this](const QJsonObject &summary) {
        const int done = summary.value(u"created"_s).toInt() + summary.value(u"updated"_s).toInt()
            + summary.value(u"skipped"_s).toInt() + summary.value(u"dead"_s).toInt();
        m_done = done;
        endSync();
        m_objects->finish(true);
        QString text;
        const QJsonArray runs = summary.value(u"runs"_s).toArray();
        if (runs.isEmpty() && summary.value(u"phase"_s).toString() == u"queue"_s) {
            // The engine woke its queue (a webhook's records, retries that came due): no read.
            text = tr("Queued records: %1 created, %2 updated, %3 unchanged, %4 dead letters, in %5 s")
                       .arg(summary.value(u"created"_s).toInt())
                       .arg(summary.value(u"updated"_s).toInt())
                       .arg(summary.value(u"skipped"_s).toInt())
                       .arg(summary.value(u"dead"_s).toInt())
                       .arg(QLocale().toString(summary.value(u"elapsed_ms"_s).toDouble() / 1000.0, 'f', 1));
        } else if (runs.isEmpty()) {
            text = tr("%1 orders read: %2 created, %3 updated, %4 unchanged, %5 dead letters, in %6 s")
                       .arg(summary.value(u"orders_read"_s).toInt())
                       .arg(summary.value(u"created"_s).toInt())
                       .arg(summary.value(u"updated"_s).toInt())
                       .arg(summary.value(u"skipped"_s).toInt())
                       .arg(summary.value(u"dead"_s).toInt())
                       .arg(QLocale().toString(summary.value(u"elapsed_ms"_s).toDouble() / 1000.0, 'f', 1));
        } else {
            // One line per rule of the sync, the orders' as always, then the others.
            QStringList lines;
            for (const QJsonValue &value : runs) {
                const QJsonObject run = value.toObject();
                const QString rule = run.value(u"rule"_s).toString();
                lines.append(
                    (rule == u"order"_s
                         ? tr("%1 orders read: %2 created, %3 updated, %4 unchanged, %5 dead letters, in %6 "
                              "s")
                               .arg(run.value(u"orders_read"_s).toInt())
                         : tr("%1: %2 read: %3 created, %4 updated, %5 unchanged, %6 dead letters, in %7 s")
                               .arg(objectTitle(rule))
                               .arg(run.value(u"records_read"_s).toInt()))
                        .arg(run.value(u"created"_s).toInt())
                        .arg(run.value(u"updated"_s).toInt())
                        .arg(run.value(u"skipped"_s).toInt())
                        .arg(run.value(u"dead"_s).toInt())
                        .arg(QLocale().toString(run.value(u"elapsed_ms"_s).toDouble() / 1000.0, 'f', 1)));
            }
            text = lines.join(u'\n');
        }
        if (summary.value(u"cancelled"_s).toBool())
            text = tr("Cancelled; what was not done waits for the next sync. ") + text;
        if (const QString error = summary.value(u"error"_s).toString(); !error.isEmpty())
            text += u'\n' + tr("Stopped by an error: %1").arg(error);
        m_status->setText(text);
        reloadRuns();
        emit syncFinished(summary);
    });
    Engine::EngineOptions options;
    options.workspaceDir = m_workspaceDir;
    options.sandboxUrls = sandboxUrls;
    options.stateLocation = m_state;
    options.credentials = credentials;
    // Keep syncing: the mapping's schedules and polls, and webhooks on the address and port of
    // Settings (objects that arrive by webhook are polled too, at the Settings' interval, in case
    // a delivery is lost). Otherwise the engine syncs when asked.
    const bool keep = m_keepSyncing->isChecked();
    options.triggers = keep;
    options.webhooks = keep;
    if (keep) {
        const StudioSettings settings = StudioSettings::load();
        options.webhookAddress = settings.webhookHostAddress();
        options.webhookPort = quint16(settings.webhookPort);
        options.webhookFallbackPollMinutes = settings.pollingIntervalMinutes;
    }
    connect(m_engine.get(), &Engine::EngineController::webhookListening, this, [this](quint16 port) {
        m_keepSyncing->setToolTip(tr("Listening for webhooks on port %1; schedules and polls run while the "
                                     "studio is open")
                                      .arg(port));
        emit keepingInSync(port);
    });
    // Xero's tokens renewed by the engine (its access tokens last 30 minutes; refresh tokens
    // rotate): into the keychain, here on the main thread, or the next start could not sign in.
    connect(m_engine.get(), &Engine::EngineController::erpTokensRenewed, this,
            [this](const QByteArray &accessToken, const QByteArray &refreshToken) {
                if (!m_keychain || m_erpConnection.system.isEmpty())
                    return;
                for (const auto &[field, value] :
                     {std::pair{QString::fromLatin1(Engine::accessTokenField), accessToken},
                      std::pair{QString::fromLatin1(Engine::refreshTokenField), refreshToken}}) {
                    m_keychain->write(Engine::credentialKey(m_erpConnection, field), value, this,
                                      [this](const Secrets::CredentialResult &result) {
                                          if (result.status != Secrets::CredentialResult::Status::Ok)
                                              m_status->setText(
                                                  tr("The renewed sign-in could not be stored in "
                                                     "the keychain (%1): sign in again on the "
                                                     "Connections page.")
                                                      .arg(result.message));
                                      });
                }
            });
    m_engine->start(options);
}

void DashboardPage::togglePause()
{
    if (!m_syncing || !m_engineReady || !m_engine)
        return;
    if (m_pauseAsked) {
        m_pauseAsked = false;
        m_engine->resume();
    } else {
        m_pauseAsked = true;
        m_engine->pause();
        m_status->setText(tr("Pausing: the batch under way is being finished and recorded…"));
    }
    updatePauseButton();
}

void DashboardPage::cancelSync()
{
    if (!m_syncing)
        return;
    m_cancel->setEnabled(false);
    m_cancelled = true; // taken when the sandbox or the engine has started, if the run has not
    updatePauseButton();
    m_status->setText(tr("Cancelling: the writes on their way are being recorded…"));
    if (m_engine && m_engineReady)
        m_engine->cancelRun();
}

void DashboardPage::reloadRuns()
{
    auto runs = std::make_shared<QList<Store::Run>>();
    m_reader->run(
        this,
        [runs](Store::StateStore &store) {
            auto recent = Store::RunRepository(store).recentRuns(20);
            if (!recent)
                return recent.error().message;
            *runs = std::move(recent).value();
            return QString();
        },
        [this, runs](const QString &) {
            m_runs->setRuns(*runs);
            emit runsReloaded();
        });
}

void DashboardPage::reloadSchedule()
{
    auto *watcher = new QFutureWatcher<Triggers>(this);
    connect(watcher, &QFutureWatcher<Triggers>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Triggers loaded = watcher->result();
        m_schedule->setTriggers(loaded.triggers, QTimeZone(loaded.timeZone.toUtf8()),
                                Engine::SyncEngine::syncedObjects(), QDateTime::currentDateTimeUtc());
        m_scheduleNote->setText(
            loaded.error.isEmpty()
                ? tr("Run by the engine in the background (ledgerlink-cli run --daemon); here, Sync now "
                     "runs at once.")
                : tr("Some triggers cannot be read: %1").arg(loaded.error));
        emit scheduleReloaded();
    });
    watcher->setFuture(QtConcurrent::run(loadTriggers, m_workspaceDir));
}

} // namespace LedgerLink::Studio
