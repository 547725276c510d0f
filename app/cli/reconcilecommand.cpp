#include "reconcilecommand.h"

#include "connectors/oauthsession.h"
#include "engine/reconciliation.h"
#include "engine/reconciliationrepair.h"
#include "engine/reconciliationreview.h"
#include "engine/workspace.h"
#include "engine/workspacecredentials.h"
#include "secrets/credentialstore.h"
#include "store/reconciliationrepository.h"
#include "store/runrepository.h"
#include "store/statestore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTextStream>
#include <QtCore/QTimeZone>

#include <atomic>
#include <csignal>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace LedgerLink::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Cli)
};

/// The workspace's own state store for one subcommand: its connection on this thread is closed
/// when the command is done with it.
struct OwnState
{
    explicit OwnState(const QString &workspace)
        : store(Engine::ownStateLocation(workspace))
    { }
    ~OwnState() { store.closeThreadConnection(); }
    Q_DISABLE_COPY_MOVE(OwnState)

    /// False after saying why on `err`.
    bool open(QTextStream &err)
    {
        if (auto opened = store.open(); !opened) {
            err << u"ledgerlink-cli: "_s << opened.error().message << u'\n';
            return false;
        }
        return true;
    }

    Store::StateStore store;
};

int bad(QTextStream &err, const QString &why)
{
    err << Text::tr("ledgerlink-cli reconcile: %1").arg(why) << u"\n\n"_s << reconcileUsage();
    return 2;
}

/// The pass's cancel flag while it runs (std::atomic<bool> is lock-free: signal-safe).
std::atomic<bool> *cancelFlag = nullptr;

void onCancel(int signal)
{
    if (cancelFlag)
        cancelFlag->store(true);
    std::signal(signal, SIG_DFL);
}

/// "2026-11-20" (midnight UTC), "2026-11-20T09:00:00Z", "2026-11-20T10:00:00+01:00"; a time
/// without an offset is UTC. Invalid for anything else.
QDateTime parseSince(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            time = QDateTime(date, QTime(0, 0), QTimeZone::utc());
    }
    return time.toUTC();
}

/// reconcile schedule [SCHEDULE|off] [--mode report|repair] [--workspace DIR] [--json]: shows or
/// sets when the workspace's engine (run --daemon, the studio) runs the truth pass by itself.
int schedule(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString workspace;
    QString text;
    std::optional<Engine::ReconcileMode> mode;
    bool json = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--workspace" || argument == u"--mode") {
            const QString value = arguments.value(i + 1);
            if (value.isEmpty() || value.startsWith(u"--"_s))
                return bad(err, Text::tr("%1 needs a value").arg(argument));
            ++i;
            if (argument == u"--workspace")
                workspace = value;
            else if (value == u"report" || value == u"repair")
                mode = value == u"repair" ? Engine::ReconcileMode::Repair : Engine::ReconcileMode::Report;
            else
                return bad(err, Text::tr("--mode: \"%1\" is neither report nor repair").arg(value));
        } else if (argument == u"--json") {
            json = true;
        } else if (!argument.startsWith(u"--"_s) && text.isEmpty()) {
            text = argument;
        } else {
            return bad(err, Text::tr("unknown option \"%1\"").arg(argument));
        }
    }
    workspace = QDir(workspace.isEmpty() ? Engine::sandboxWorkspaceDir() : workspace).absolutePath();
    if (!QFileInfo(workspace).isDir()
        && (!Engine::isSandboxWorkspace(workspace) || !QDir().mkpath(workspace))) {
        err << Text::tr("ledgerlink-cli: the workspace folder %1 does not exist").arg(workspace) << u'\n';
        return 1;
    }
    OwnState state(workspace);
    if (!state.open(err))
        return 1;
    Store::StateStore &store = state.store;
    QString error;
    Engine::ReconcileSchedule current = Engine::reconcileScheduleOf(store, &error);
    if (!text.isEmpty() || mode) {
        if (!Engine::setReconcileSchedule(store, text.isEmpty() ? current.text : text,
                                          mode.value_or(current.mode), &error))
            return bad(err, Text::tr("schedule: %1").arg(error));
        error.clear();
        current = Engine::reconcileScheduleOf(store, &error);
    }
    if (json) {
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"schedule"_s, current.text},
                                                           {u"mode"_s, Engine::nameOf(current.mode)}})
                                     .toJson(QJsonDocument::Indented));
    } else if (!current.schedule) {
        out << Text::tr("The engine of %1 does not reconcile by itself (schedule \"%2\").")
                   .arg(workspace, current.text)
            << u'\n';
    } else {
        out << Text::tr("The engine of %1 (run --daemon, the studio) reconciles %2 in %3 mode; each pass is "
                        "stored as a run.")
                   .arg(workspace, current.text, Engine::nameOf(current.mode))
            << u'\n';
    }
    if (!error.isEmpty()) {
        err << u"ledgerlink-cli: "_s << error << u'\n';
        return 1;
    }
    return 0;
}

/// Stores the ERP's tokens when they were renewed during the call (Xero's refresh tokens rotate).
void keepRenewedTokens(const Connectors::ConnectorConfig &erp, bool credentialsFromEnv,
                       Secrets::CredentialStore &keychain, QTextStream &err)
{
    if (!erp.oauth)
        return;
    if (const auto renewed = erp.oauth->takeRenewed()) {
        QString error;
        if (credentialsFromEnv)
            err << Text::tr("ledgerlink-cli: the %1 access token was renewed during the pass and the old "
                            "refresh "
                            "token no longer works; with --credentials-from-env the new ones cannot be "
                            "stored: "
                            "sign in again before the next run")
                       .arg(erp.system)
                << u'\n';
        else if (!Engine::storeRenewedTokens(erp, renewed->first, renewed->second, keychain, &error))
            err << u"ledgerlink-cli: "_s << error << u'\n';
    }
}

using Credentials = std::function<bool(Engine::WorkspaceConfig &config, QString *error)>;

/**
 * Runs `pass` (a reconciliation or a repair of a workspace) with the workspace's secrets filled
 * here, on the CLI's one thread (the keychain, or the environment with --credentials-from-env),
 * its progress on a terminal (`showProgress`: `text` of done and total), Ctrl+C as cancel; then
 * stores the ERP tokens the pass renewed (it reads only, but an expired Xero token is renewed on
 * the way and Xero's refresh tokens rotate).
 */
template<typename Outcome>
Outcome runWithCredentials(QTextStream &err, bool showProgress, bool credentialsFromEnv,
                           const std::function<QString(int done, int total)> &text,
                           const std::function<Outcome(Engine::RunProgress *, const Credentials &)> &pass)
{
    Secrets::CredentialStore keychain(QCoreApplication::applicationName());
    Engine::RunProgress progress;
    const bool terminal = showProgress && ::isatty(STDERR_FILENO) == 1;
    QElapsedTimer sinceShown;
    sinceShown.start();
    if (terminal) {
        progress.onStep = [&err, &sinceShown, &text](int done, int total) {
            if (sinceShown.elapsed() < 100)
                return;
            sinceShown.restart();
            err << u'\r' << text(done, total) << u"   "_s;
            err.flush();
        };
    }
    cancelFlag = &progress.cancelRequested;
    std::signal(SIGINT, onCancel);
    std::signal(SIGTERM, onCancel);
    Connectors::ConnectorConfig erp;
    const Outcome outcome = pass(&progress, [&](Engine::WorkspaceConfig &config, QString *error) {
        const bool loaded = Engine::loadCredentials(config,
                                                    credentialsFromEnv ? Engine::CredentialSource::Environment
                                                                       : Engine::CredentialSource::Keychain,
                                                    &keychain, error);
        erp = config.erp;
        return loaded;
    });
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    cancelFlag = nullptr;
    if (terminal) {
        err << u'\r' << QString(60, u' ') << u'\r';
        err.flush();
    }
    keepRenewedTokens(erp, credentialsFromEnv, keychain, err);
    return outcome;
}

/// "--run 12": a stored pass's id.
std::optional<qint64> runIdFrom(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional(id) : std::nullopt;
}

/// The workspace folder of `--workspace` (the sandbox workspace when none), absolute.
QString workspaceFolder(const QString &given)
{
    return QDir(given.isEmpty() ? Engine::sandboxWorkspaceDir() : given).absolutePath();
}

/// One finding's line of `reconcile show` and `reconcile repair`: "17  order #1007  +100.89 EUR
/// missing record".
QString findingLine(const Store::ReconciliationResult &result)
{
    const std::optional<Engine::MismatchCause> cause = Engine::mismatchCauseFrom(result.cause);
    QString difference = result.difference;
    if (!difference.startsWith(u'-') && difference != u"0"_s)
        difference.prepend(u'+');
    return Text::tr("%1 %2 %3 — %4")
        .arg(result.objectType, result.matchKey,
             result.currency.isEmpty() ? Text::tr("%1 units").arg(difference)
                                       : difference + u' ' + result.currency,
             cause ? Engine::describe(*cause) : result.cause);
}

/// A stored finding as JSON: its id, the pass's finding JSON and what became of its repair.
QJsonObject findingJson(const Store::ReconciliationResult &result)
{
    QJsonObject json = Engine::findingFromResult(result).toJson();
    json.insert(u"id"_s, result.id);
    json.insert(u"run"_s, result.runId);
    json.insert(u"repair_state"_s, Engine::nameOf(Engine::repairStateOf(result.repair)));
    json.insert(u"reviewed"_s, result.reviewed);
    if (result.reviewed)
        json.insert(u"review_comment"_s, result.reviewComment);
    return json;
}

/// reconcile show [--run N] [--format text|csv|json] [--workspace DIR] [--json]: a stored pass's
/// findings with their ids and what became of each repair.
int show(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString workspace;
    QString format = u"text"_s;
    qint64 runId = 0;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--workspace" || argument == u"--run" || argument == u"--format") {
            const QString value = arguments.value(i + 1);
            if (value.isEmpty() || value.startsWith(u"--"_s))
                return bad(err, Text::tr("%1 needs a value").arg(argument));
            ++i;
            if (argument == u"--workspace") {
                workspace = value;
            } else if (argument == u"--run") {
                const auto id = runIdFrom(value);
                if (!id)
                    return bad(err, Text::tr("--run: \"%1\" is not the id of a pass").arg(value));
                runId = *id;
            } else {
                format = value.toLower();
                if (format != u"text" && format != u"csv" && format != u"json")
                    return bad(err, Text::tr("--format: \"%1\" is none of text, csv, json").arg(value));
            }
        } else if (argument == u"--json") {
            format = u"json"_s;
        } else {
            return bad(err, Text::tr("unknown option \"%1\"").arg(argument));
        }
    }
    workspace = workspaceFolder(workspace);
    if (!QFileInfo(workspace).isDir()) {
        err << Text::tr("ledgerlink-cli: the workspace folder %1 does not exist").arg(workspace) << u'\n';
        return 1;
    }
    OwnState state(workspace);
    if (!state.open(err))
        return 1;
    Store::StateStore &store = state.store;
    QString error;
    if (runId == 0) {
        if (!Engine::latestReconcileRun(store, &runId, &error)) {
            err << u"ledgerlink-cli: "_s << error << u'\n';
            return 1;
        }
        if (runId == 0) {
            err << Text::tr(
                       "ledgerlink-cli: %1 has no reconciliation pass yet: run \"ledgerlink-cli reconcile\" "
                       "first")
                       .arg(workspace)
                << u'\n';
            return 1;
        }
    }
    const auto run = Store::RunRepository(store).run(runId);
    if (!run) {
        err << u"ledgerlink-cli: "_s << run.error().message << u'\n';
        return 1;
    }
    if (!run.value() || run.value()->kind != Store::RunKind::Reconcile) {
        err << Text::tr(
                   "ledgerlink-cli: reconcile show: %1 is no reconciliation pass of %2 (\"ledgerlink-cli "
                   "status\" lists the runs)")
                   .arg(runId)
                   .arg(workspace)
            << u'\n';
        return 1;
    }
    auto results = Store::ReconciliationRepository(store).results(runId);
    if (!results) {
        err << u"ledgerlink-cli: "_s << results.error().message << u'\n';
        return 1;
    }
    if (!Engine::addRepairOutcomes(store, results.value(), &error)) {
        err << u"ledgerlink-cli: "_s << error << u'\n';
        return 1;
    }
    const Engine::ReconcileReport report = Engine::reportFromStored(*run.value(), results.value());
    if (format == u"json") {
        QJsonArray findings;
        for (const Store::ReconciliationResult &result : std::as_const(results.value()))
            findings.append(findingJson(result));
        QJsonObject runJson = report.runJson();
        runJson.insert(u"status"_s, Store::nameOf(run.value()->status));
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"run"_s, runJson}, {u"findings"_s, findings}})
                                     .toJson(QJsonDocument::Indented));
        return 0;
    }
    if (format == u"csv") {
        // reconciliationCsv() with the finding ids in front: what `reconcile repair` takes.
        // (Row by row: a quoted field may hold a line break of its own.)
        const QByteArray all = Engine::reconciliationCsv(report);
        QByteArray csv = "id," + all.left(all.indexOf("\r\n") + 2);
        Engine::ReconcileReport one = report;
        for (qsizetype i = 0; i < report.findings.size(); ++i) {
            one.findings = {report.findings.at(i)};
            const QByteArray row = Engine::reconciliationCsv(one);
            csv += QByteArray::number(results.value().at(i).id) + ',' + row.mid(row.indexOf("\r\n") + 2);
        }
        out << QString::fromUtf8(csv);
        return 0;
    }
    out << Text::tr("Reconciliation pass %1 of %2 (%3 ↔ %4), %5 mode: %n finding(s)", nullptr,
                    int(results.value().size()))
               .arg(runId)
               .arg(run.value()
                        ->finished.value_or(run.value()->started)
                        .toUTC()
                        .toString(u"yyyy-MM-dd HH:mm 'UTC'"_s),
                    report.storeName, report.erpName, Engine::nameOf(report.mode))
        << u"\n\n"_s;
    qsizetype idWidth = 2;
    for (const Store::ReconciliationResult &result : std::as_const(results.value()))
        idWidth = std::max(idWidth, QString::number(result.id).size());
    for (const Store::ReconciliationResult &result : std::as_const(results.value())) {
        const Engine::RepairState state = Engine::repairStateOf(result.repair);
        out << QString::number(result.id).rightJustified(idWidth) << u"  "_s << findingLine(result);
        if (const QString label = Engine::repairStateLabel(state); !label.isEmpty())
            out << u" · "_s << Text::tr("repair: %1").arg(label);
        if (result.reviewed)
            out << u" · "_s << Text::tr("reviewed");
        out << u'\n';
        if (const QString said = Engine::describeRepairState(result.repair); !said.isEmpty())
            out << QString(idWidth + 2, u' ') << said << u'\n';
    }
    out << u'\n'
        << Text::tr(
               "Repair a finding through the sync: ledgerlink-cli reconcile repair ID... (the rollout stage "
               "permitting).")
        << u'\n';
    return 0;
}

/// reconcile repair FINDING_ID... [--run N] [--enqueue-only] [--workspace DIR] [--json]
/// [--credentials-from-env]: repairs chosen findings of a stored pass through the sync's jobs.
int repair(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString workspace;
    bool json = false;
    bool credentialsFromEnv = false;
    qint64 runId = 0;
    Engine::FindingRepairOptions options;
    QList<qint64> ids;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--workspace" || argument == u"--run") {
            const QString value = arguments.value(i + 1);
            if (value.isEmpty() || value.startsWith(u"--"_s))
                return bad(err, Text::tr("%1 needs a value").arg(argument));
            ++i;
            if (argument == u"--workspace") {
                workspace = value;
            } else {
                const auto id = runIdFrom(value);
                if (!id)
                    return bad(err, Text::tr("--run: \"%1\" is not the id of a pass").arg(value));
                runId = *id;
            }
        } else if (argument == u"--json") {
            json = true;
        } else if (argument == u"--enqueue-only") {
            options.runRepairs = false;
        } else if (argument == u"--credentials-from-env") {
            credentialsFromEnv = true;
        } else if (argument.startsWith(u"--"_s)) {
            return bad(err, Text::tr("unknown option \"%1\"").arg(argument));
        } else {
            const auto id = runIdFrom(argument);
            if (!id)
                return bad(err,
                           Text::tr("repair: \"%1\" is not a finding id (\"ledgerlink-cli reconcile show\" "
                                    "lists them)")
                               .arg(argument));
            ids.append(*id);
        }
    }
    if (ids.isEmpty())
        return bad(err,
                   Text::tr("repair needs the id of at least one finding (\"ledgerlink-cli reconcile show\" "
                            "lists them)"));
    workspace = workspaceFolder(workspace);

    QString note;
    const Engine::FindingRepairOutcome outcome = runWithCredentials<Engine::FindingRepairOutcome>(
        err, !json, credentialsFromEnv,
        [](int done, int total) { return Text::tr("  %1 of %2 job(s) done").arg(done).arg(total); },
        [&](Engine::RunProgress *progress, const Credentials &credentials) {
            return Engine::repairWorkspaceFindings(workspace, runId, ids, options, progress, credentials,
                                                   &note);
        });
    if (!outcome.error.isEmpty()) {
        err << Text::tr("ledgerlink-cli: reconcile repair: %1").arg(outcome.error) << u'\n';
        return 1;
    }
    bool allDone = true;
    for (const Engine::FindingRepair &item : outcome.findings) {
        const Engine::RepairState state = Engine::repairStateOf(item.finding.repair);
        if (!item.enqueued || state == Engine::RepairState::DeadLettered
            || state == Engine::RepairState::Retrying)
            allDone = false;
    }
    if (json) {
        QJsonArray findings;
        for (const Engine::FindingRepair &item : outcome.findings) {
            QJsonObject finding = findingJson(item.finding);
            finding.insert(u"enqueued"_s, item.enqueued);
            if (!item.refused.isEmpty())
                finding.insert(u"refused"_s, item.refused);
            findings.append(finding);
        }
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"run"_s, outcome.runId},
                                                           {u"findings"_s, findings},
                                                           {u"repairs"_s, outcome.repairs.toJson()}})
                                     .toJson(QJsonDocument::Indented));
    } else {
        if (!note.isEmpty())
            out << note << u'\n';
        for (const Engine::FindingRepair &item : outcome.findings) {
            out << Text::tr("Finding %1 of pass %2: %3")
                       .arg(item.finding.id)
                       .arg(outcome.runId)
                       .arg(findingLine(item.finding))
                << u'\n';
            if (!item.enqueued)
                out << u"    "_s << Text::tr("Not repaired: %1.").arg(item.refused) << u'\n';
            else if (const QString said = Engine::describeRepairState(item.finding.repair); !said.isEmpty())
                out << u"    "_s << said << u'\n';
        }
        const Engine::RepairTally &tally = outcome.repairs;
        if (tally.ran) {
            const QJsonObject &run = tally.run;
            out << Text::tr("Run %1 carried it out: created %2, updated %3, skipped %4, dead letters %5.")
                       .arg(run.value(u"run"_s).toInteger())
                       .arg(run.value(u"created"_s).toInt())
                       .arg(run.value(u"updated"_s).toInt())
                       .arg(run.value(u"skipped"_s).toInt())
                       .arg(run.value(u"dead"_s).toInt())
                << u'\n';
            out << Text::tr("Run \"ledgerlink-cli reconcile\" again to confirm both sides agree.") << u'\n';
        }
        if (!tally.note.isEmpty())
            out << Text::tr("Note: %1").arg(tally.note) << u'\n';
    }
    if (outcome.cancelled) {
        err << Text::tr("ledgerlink-cli: the repair was cancelled; what was not done stays queued") << u'\n';
        return 130;
    }
    return allDone ? 0 : 1;
}

} // namespace

int reconcile(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.value(0) == u"schedule")
        return schedule(arguments.mid(1), out, err);
    if (arguments.value(0) == u"show")
        return show(arguments.mid(1), out, err);
    if (arguments.value(0) == u"repair")
        return repair(arguments.mid(1), out, err);
    QString workspace;
    QString format = u"text"_s;
    bool credentialsFromEnv = false;
    Engine::ReconcileOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        QString value;
        bool hasValue = false;
        if (const qsizetype equals = argument.indexOf(u'='); argument.startsWith(u"--"_s) && equals > 0) {
            value = argument.mid(equals + 1);
            argument.truncate(equals);
            hasValue = true;
        }
        const auto takeValue = [&](const QString &example) -> bool {
            if (hasValue)
                return !value.isEmpty();
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(u"--"_s)) {
                value = example;
                return false;
            }
            value = arguments.at(++i);
            return true;
        };
        if (argument == u"--json" && !hasValue) {
            format = u"json"_s;
        } else if (argument == u"--credentials-from-env" && !hasValue) {
            credentialsFromEnv = true;
        } else if (argument == u"--repair" && !hasValue) {
            options.mode = Engine::ReconcileMode::Repair;
        } else if (argument == u"--enqueue-only" && !hasValue) {
            options.runRepairs = false;
        } else if (argument == u"--workspace") {
            if (!takeValue({}))
                return bad(err, Text::tr("--workspace needs a folder, as in --workspace ~/shop"));
            workspace = value;
        } else if (argument == u"--object") {
            if (!takeValue({}))
                return bad(err, Text::tr("--object needs orders, refunds, prices, stock or payouts"));
            for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
                const auto object = Engine::reconcileObjectFrom(name.trimmed().toLower());
                if (!object)
                    return bad(err,
                               Text::tr("--object: \"%1\" is none of orders, refunds, prices, stock, payouts")
                                   .arg(name));
                if (!options.objects.contains(*object))
                    options.objects.append(*object);
            }
        } else if (argument == u"--since") {
            if (!takeValue({}))
                return bad(err, Text::tr("--since needs a date, as in --since 2026-11-20"));
            options.since = parseSince(value);
            if (!options.since.isValid())
                return bad(err,
                           Text::tr("--since: \"%1\" is not an ISO date or time (2026-11-20 or "
                                    "2026-11-20T09:00Z)")
                               .arg(value));
        } else if (argument == u"--format") {
            if (!takeValue({}))
                return bad(err, Text::tr("--format needs text, csv or json"));
            format = value.toLower();
            if (format != u"text" && format != u"csv" && format != u"json")
                return bad(err, Text::tr("--format: \"%1\" is none of text, csv, json").arg(value));
        } else {
            return bad(err, Text::tr("unknown option \"%1\"").arg(arguments.at(i)));
        }
    }
    if (!options.runRepairs && options.mode != Engine::ReconcileMode::Repair)
        return bad(err, Text::tr("--enqueue-only goes with --repair"));
    if (workspace.isEmpty())
        workspace = Engine::sandboxWorkspaceDir();
    workspace = QDir(workspace).absolutePath();

    QString note;
    const Engine::ReconcileOutcome outcome = runWithCredentials<Engine::ReconcileOutcome>(
        err, format == u"text", credentialsFromEnv,
        [](int done, int total) { return Text::tr("  %1 record(s) read, %2 compared").arg(total).arg(done); },
        [&](Engine::RunProgress *progress, const Credentials &credentials) {
            return Engine::reconcileWorkspace(workspace, options, progress, credentials, &note);
        });
    if (outcome.cancelled) {
        err << Text::tr(
            "ledgerlink-cli: the reconciliation was cancelled; nothing was stored but the cancelled run")
            << u'\n';
        return 130;
    }
    if (!outcome.report) {
        err << Text::tr("ledgerlink-cli: the reconciliation failed: %1").arg(outcome.error) << u'\n';
        return 1;
    }
    Engine::ReconcileReport report = *outcome.report;
    if (report.mode == Engine::ReconcileMode::Repair) {
        // What became of each repair enqueued, as its job stands now (run by this pass, or waiting).
        OwnState state(workspace);
        QString error;
        if (state.open(err) && !Engine::addRepairOutcomes(state.store, report.findings, &error))
            err << Text::tr("ledgerlink-cli: what became of the repairs cannot be read: %1").arg(error)
                << u'\n';
    }
    if (!note.isEmpty() && format == u"text")
        out << note << u'\n';
    if (format == u"json")
        out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else if (format == u"csv")
        out << QString::fromUtf8(Engine::reconciliationCsv(report));
    else
        out << Engine::formatReconciliation(report);
    return 0;
}

QString reconcileUsage()
{
    return Text::tr(
        "  reconcile [--repair [--enqueue-only]] [--object orders|refunds|prices|stock|payouts]...\n"
        "            [--since DATE] [--format text|csv|json] [--workspace DIR] [--json]\n"
        "            [--credentials-from-env]\n"
        "                 the truth pass: compare the store with the ERP per object and match key,\n"
        "                 explain every difference (amounts, cents, cause, evidence, proposed repair)\n"
        "                 and store the findings; reads only, unless --repair: then the repairs the\n"
        "                 owners and the rollout stage allow are enqueued as sync jobs and run at once\n"
        "                 (--enqueue-only, or an engine running the workspace: they wait for it);\n"
        "                 --since: only orders and refunds changed since DATE, payouts paid since\n"
        "  reconcile schedule [SCHEDULE|off] [--mode report|repair] [--workspace DIR] [--json]\n"
        "                 show or set when the workspace's engine (run --daemon, the studio) runs\n"
        "                 the pass by itself: \"daily 03:00\" (the default), \"every 6 hours\", off\n"
        "  reconcile show [--run N] [--format text|csv|json] [--workspace DIR] [--json]\n"
        "                 a stored pass (the latest unless --run) finding by finding, with the ids\n"
        "                 \"reconcile repair\" takes and what became of each repair\n"
        "  reconcile repair FINDING_ID... [--run N] [--enqueue-only] [--workspace DIR] [--json]\n"
        "            [--credentials-from-env]\n"
        "                 repair chosen findings of a stored pass (the latest unless --run) through\n"
        "                 the sync's jobs, as the rollout stage allows, and run them at once\n"
        "                 (--enqueue-only, or an engine running the workspace: they wait for it)\n");
}

} // namespace LedgerLink::Cli
