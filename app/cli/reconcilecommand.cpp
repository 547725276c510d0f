#include "reconcilecommand.h"

#include "connectors/oauthsession.h"
#include "engine/reconciliation.h"
#include "engine/workspace.h"
#include "engine/workspacecredentials.h"
#include "secrets/credentialstore.h"
#include "store/statestore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QScopeGuard>
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
    Store::StateStore store(Engine::ownStateLocation(workspace));
    if (auto opened = store.open(); !opened) {
        err << u"ledgerlink-cli: "_s << opened.error().message << u'\n';
        return 1;
    }
    const auto close = qScopeGuard([&store] { store.closeThreadConnection(); });
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

} // namespace

int reconcile(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.value(0) == u"schedule")
        return schedule(arguments.mid(1), out, err);
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
                return bad(err, Text::tr("--object needs orders, refunds, prices or stock"));
            for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
                const auto object = Engine::reconcileObjectFrom(name.trimmed().toLower());
                if (!object)
                    return bad(
                        err,
                        Text::tr("--object: \"%1\" is none of orders, refunds, prices, stock").arg(name));
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

    // The keychain is read here, on the CLI's one thread.
    Secrets::CredentialStore keychain(QCoreApplication::applicationName());
    Engine::RunProgress progress;
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    QElapsedTimer sinceShown;
    sinceShown.start();
    if (terminal && format == u"text") {
        progress.onStep = [&err, &sinceShown](int done, int total) {
            if (sinceShown.elapsed() < 100)
                return;
            sinceShown.restart();
            err << u'\r' << Text::tr("  %1 record(s) read, %2 compared").arg(total).arg(done) << u"   "_s;
            err.flush();
        };
    }
    cancelFlag = &progress.cancelRequested;
    std::signal(SIGINT, onCancel);
    std::signal(SIGTERM, onCancel);
    QString note;
    Connectors::ConnectorConfig erp;
    const Engine::ReconcileOutcome outcome = Engine::reconcileWorkspace(
        workspace, options, &progress,
        [&](Engine::WorkspaceConfig &config, QString *error) {
            const bool loaded =
                Engine::loadCredentials(config,
                                        credentialsFromEnv ? Engine::CredentialSource::Environment
                                                           : Engine::CredentialSource::Keychain,
                                        &keychain, error);
            erp = config.erp;
            return loaded;
        },
        &note);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    cancelFlag = nullptr;
    if (terminal && format == u"text") {
        err << u'\r' << QString(60, u' ') << u'\r';
        err.flush();
    }
    // Reads only, but an expired Xero token is renewed on the way and Xero's refresh tokens rotate.
    if (erp.oauth) {
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
    if (!note.isEmpty() && format == u"text")
        out << note << u'\n';
    if (format == u"json")
        out << QString::fromUtf8(QJsonDocument(outcome.report->toJson()).toJson(QJsonDocument::Indented));
    else if (format == u"csv")
        out << QString::fromUtf8(Engine::reconciliationCsv(*outcome.report));
    else
        out << Engine::formatReconciliation(*outcome.report);
    return 0;
}

QString reconcileUsage()
{
    return Text::tr(
        "  reconcile [--repair [--enqueue-only]] [--object orders|refunds|prices|stock]... [--since DATE]\n"
        "            [--format text|csv|json] [--workspace DIR] [--json] [--credentials-from-env]\n"
        "                 the truth pass: compare the store with the ERP per object and match key,\n"
        "                 explain every difference (amounts, cents, cause, evidence, proposed repair)\n"
        "                 and store the findings; reads only, unless --repair: then the repairs the\n"
        "                 owners and the rollout stage allow are enqueued as sync jobs and run at once\n"
        "                 (--enqueue-only, or an engine running the workspace: they wait for it);\n"
        "                 --since: only orders and refunds changed since DATE\n"
        "  reconcile schedule [SCHEDULE|off] [--mode report|repair] [--workspace DIR] [--json]\n"
        "                 show or set when the workspace's engine (run --daemon, the studio) runs\n"
        "                 the pass by itself: \"daily 03:00\" (the default), \"every 6 hours\", off\n");
}

} // namespace LedgerLink::Cli
