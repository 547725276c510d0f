#include "enginecommands.h"

#include "connectors/oauthsession.h"
#include "engine/connectordryrun.h"
#include "engine/executor.h"
#include "engine/planexport.h"
#include "engine/syncengine.h"
#include "engine/workspace.h"
#include "engine/workspaceconfig.h"
#include "engine/workspacecredentials.h"
#include "sandbox/sandboxrecord.h"
#include "sandbox/sandboxservices.h"
#include "secrets/credentialstore.h"
#include "store/auditlog.h"
#include "store/deadletterrepository.h"
#include "store/enginestaterepository.h"
#include "store/jobqueue.h"
#include "store/runrepository.h"
#include "store/statestore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSaveFile>
#include <QtCore/QSocketNotifier>
#include <QtCore/QTextStream>
#include <QtCore/QTimeZone>

#include <atomic>
#include <csignal>
#include <memory>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace LedgerLink::Cli {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Cli)
};

/// Options every engine command shares, and the rest of its arguments.
struct Common
{
    QString workspace;
    bool json = false;
    QStringList rest;
};

int bad(QTextStream &err, const QString &command, const QString &why)
{
    err << Text::tr("ledgerlink-cli %1: %2").arg(command, why) << u"\n\n"_s << engineUsage();
    return 2;
}

int failed(QTextStream &err, const QString &why)
{
    err << Text::tr("ledgerlink-cli: %1").arg(why) << u'\n';
    return 1;
}

/// Takes --workspace DIR / --workspace=DIR and --json out of `arguments`; false with *why.
bool parseCommon(const QStringList &arguments, Common &common, QString *why)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--json") {
            common.json = true;
        } else if (argument == u"--workspace") {
            if (i + 1 >= arguments.size()) {
                *why = Text::tr("--workspace needs a folder, as in --workspace ~/shop");
                return false;
            }
            common.workspace = arguments.at(++i);
        } else if (argument.startsWith(u"--workspace=")) {
            common.workspace = argument.mid(12);
        } else {
            common.rest.append(argument);
        }
    }
    if (common.workspace.isEmpty())
        common.workspace = Engine::sandboxWorkspaceDir();
    common.workspace = QDir(common.workspace).absolutePath();
    return true;
}

/// Opens the workspace's state store (read-write; creates it for the sandbox workspace).
std::unique_ptr<Store::StateStore> openStore(const QString &workspace, QString *error)
{
    if (!QFileInfo(workspace).isDir()) {
        if (!Engine::isSandboxWorkspace(workspace) || !QDir().mkpath(workspace)) {
            *error = Text::tr("the workspace folder %1 does not exist").arg(workspace);
            return nullptr;
        }
    }
    auto store = std::make_unique<Store::StateStore>(Engine::ownStateLocation(workspace));
    if (auto opened = store->open(); !opened) {
        *error = opened.error().message;
        return nullptr;
    }
    return store;
}

void print(QTextStream &out, const QJsonValue &value)
{
    out << QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// ---- run ---------------------------------------------------------------------------------------

int signalPipe[2] = {-1, -1};

/// The one-shot run's cancel flag while it runs (std::atomic<bool> is lock-free: signal-safe).
std::atomic<bool> *cancelFlag = nullptr;

void onCancel(int signal)
{
    if (cancelFlag)
        cancelFlag->store(true);
    std::signal(signal, SIG_DFL); // a second Ctrl+C stops at once (the intents make that safe)
}

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

/// Stores tokens the engine renewed (Xero's rotate) in the keychain; with credentials from the
/// environment there is none, and the user is told what the next run needs.
void renewedTokens(const Connectors::ConnectorConfig &erp, const QByteArray &accessToken,
                   const QByteArray &refreshToken, Secrets::CredentialStore *keychain, QTextStream &err)
{
    if (!keychain) {
        err << Text::tr("ledgerlink-cli: the %1 access token was renewed during the run and the old refresh "
                        "token no longer works; with --credentials-from-env the new ones cannot be stored: "
                        "sign in again before the next run")
                   .arg(erp.system)
            << u'\n';
        return;
    }
    QString error;
    if (!Engine::storeRenewedTokens(erp, accessToken, refreshToken, *keychain, &error))
        err << u"ledgerlink-cli: "_s << error << u'\n';
}

/// run --daemon: the SyncEngine on its thread with its triggers (and webhooks) until SIGINT/SIGTERM.
int runDaemon(const Common &common, const std::optional<std::pair<QUrl, QUrl>> &urls, int webhookPort,
              const Engine::WorkspaceConfig &config, QTextStream &out, QTextStream &err,
              Secrets::CredentialStore *keychain)
{
    if (::pipe(signalPipe) != 0)
        return failed(err, Text::tr("cannot set up signal handling"));
    Engine::EngineController controller;
    int exitCode = 0;
    const auto stamp = []() -> QString {
        return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    };
    QObject::connect(
        &controller, &Engine::EngineController::started, qApp, [&](bool ok, const QString &error) {
            if (!ok) {
                err << Text::tr("ledgerlink-cli: the engine did not start: %1").arg(error) << u'\n';
                err.flush();
                exitCode = 1;
                QCoreApplication::quit();
                return;
            }
            out << Text::tr("%1 engine started for %2; stop with Ctrl+C").arg(stamp(), common.workspace)
                << u'\n';
            out.flush();
            controller.runObjectNow(u"order"_s);
        });
    QObject::connect(&controller, &Engine::EngineController::log, qApp, [&](const QString &line) {
        out << stamp() << u' ' << line << u'\n';
        out.flush();
    });
    QObject::connect(&controller, &Engine::EngineController::error, qApp, [&](const QString &text) {
        err << stamp() << u' ' << text << u'\n';
        err.flush();
    });
    QObject::connect(&controller, &Engine::EngineController::finished, qApp, [&](const QJsonObject &summary) {
        if (common.json) {
            out << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)) << u'\n';
            out.flush();
        }
    });
    Engine::EngineOptions options;
    options.workspaceDir = common.workspace;
    options.sandboxUrls = urls;
    options.webhooks = webhookPort >= 0;
    options.webhookPort = quint16(std::max(0, webhookPort));
    options.executor.erpConcurrency = config.erp.concurrency;
    options.credentials = Engine::EngineCredentials{
        config.store.accessToken, config.store.webhookSecret, config.erp.accessToken,
        config.erp.webhookSecret, config.erp.oauth ? config.erp.oauth->refreshToken() : QByteArray()};
    if (config.erp.oauth) { // the app loadCredentials() chose (Zoho Books: the user's own)
        options.credentials->erpClientId = config.erp.oauth->config().clientId.toUtf8();
        options.credentials->erpClientSecret = config.erp.oauth->config().clientSecret.toUtf8();
    }
    // Tokens the engine renews (Xero) go to the keychain here, on the main thread.
    QObject::connect(&controller, &Engine::EngineController::erpTokensRenewed, qApp,
                     [&](const QByteArray &accessToken, const QByteArray &refreshToken) {
                         renewedTokens(config.erp, accessToken, refreshToken, keychain, err);
                     });
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    controller.start(options);
    QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    controller.stop();
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    if (exitCode == 0 && !common.json)
        out << Text::tr("%1 engine stopped.").arg(stamp()) << u'\n';
    return exitCode;
}

int runCommand(const Common &common, QTextStream &out, QTextStream &err)
{
    bool daemon = false;
    int webhookPort = -1;
    int concurrency = 0;
    QStringList rules; // empty: orders only
    bool allRules = false;
    Engine::CredentialSource source = Engine::CredentialSource::Keychain;
    for (qsizetype i = 0; i < common.rest.size(); ++i) {
        const QString &argument = common.rest.at(i);
        if (argument == u"--daemon") {
            daemon = true;
        } else if (argument == u"--rule") {
            const QString rule = common.rest.value(i + 1);
            if (rule.isEmpty() || rule.startsWith(u"--"_s))
                return bad(err, u"run"_s, Text::tr("--rule needs the id of an object rule of the mapping"));
            rules.append(rule);
            ++i;
        } else if (argument == u"--all-rules") {
            allRules = true;
        } else if (argument == u"--concurrency") {
            bool ok = false;
            concurrency = common.rest.value(i + 1).toInt(&ok);
            if (!ok || concurrency < 1 || concurrency > Engine::maxConcurrency)
                return bad(err, u"run"_s,
                           Text::tr("--concurrency needs a number of writes in flight (1-%1)")
                               .arg(Engine::maxConcurrency));
            ++i;
        } else if (argument == u"--credentials-from-env") {
            source = Engine::CredentialSource::Environment;
        } else if (argument == u"--webhook-port") {
            bool ok = false;
            webhookPort = common.rest.value(i + 1).toInt(&ok);
            if (!ok || webhookPort < 0 || webhookPort > 65535)
                return bad(err, u"run"_s, Text::tr("--webhook-port needs a port number (0-65535)"));
            ++i;
        } else {
            return bad(err, u"run"_s, Text::tr("unknown option \"%1\"").arg(argument));
        }
    }
    if (webhookPort >= 0 && !daemon)
        return bad(err, u"run"_s, Text::tr("--webhook-port needs --daemon"));
    if (daemon && (allRules || !rules.isEmpty()))
        return bad(err, u"run"_s, Text::tr("--rule and --all-rules are for a single run, not --daemon"));
    QString error;
    // The sandbox workspace with no sandbox serving: start one for the command's duration.
    Sandbox::SandboxServices sandbox;
    const std::optional<std::pair<QUrl, QUrl>> urls =
        Engine::startSandboxIfNeeded(common.workspace, sandbox, &error);
    if (!error.isEmpty())
        return failed(err, error);
    if (urls) {
        if (!common.json)
            out << Text::tr("No sandbox was serving %1; started one for this run.").arg(common.workspace)
                << u'\n';
    }
    auto config = Engine::loadWorkspaceConfig(common.workspace, &error, urls);
    if (!config)
        return failed(err, error);
    if (concurrency > 0)
        config->erp.concurrency = concurrency; // this run's, over the workspace's
    if (!daemon && !config->allowWrites)
        return failed(err,
                      Text::tr("%1: the rollout stage is read_only, so run may not write; set "
                               "\"policies.rollout_stage\" to one_direction, or use dry-run")
                          .arg(Engine::mappingFilePath(common.workspace)));
    // The secrets, read here on the main thread (QtKeychain's rule) and handed to the engine.
    Secrets::CredentialStore keychain(QCoreApplication::applicationName());
    if (!Engine::loadCredentials(*config, source, &keychain, &error))
        return failed(err, error);
    if (daemon)
        return runDaemon(common, urls, webhookPort, *config, out, err,
                         source == Engine::CredentialSource::Keychain ? &keychain : nullptr);
    auto store = openStore(common.workspace, &error);
    if (!store)
        return failed(err, error);

    Engine::ExecutorOptions options;
    options.allowWrites = config->allowWrites;
    options.allowStoreWrites = config->allowStoreWrites;
    options.rateLimits = config->rateLimits;
    options.exclusive = true;
    Engine::Executor executor(*config, *store, options);
    if (!executor.open(&error))
        return failed(err, error);
    if (allRules)
        rules = QStringList{u"order"_s} + executor.ruleIds();
    else if (rules.isEmpty())
        rules = QStringList{u"order"_s};
    // Progress on a terminal (about ten times a second); Ctrl+C stops once the writes on the wire are
    // recorded, with everything not yet done left queued for the next run.
    Engine::RunProgress progress;
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    QElapsedTimer sinceShown;
    sinceShown.start();
    if (terminal && !common.json) {
        progress.onStep = [&err, &sinceShown](int done, int total) {
            if (sinceShown.elapsed() < 100)
                return;
            sinceShown.restart();
            err << u'\r' << Text::tr("  %1 record(s) done of %2 read so far").arg(done).arg(total)
                << u"   "_s;
            err.flush();
        };
    }
    cancelFlag = &progress.cancelRequested;
    std::signal(SIGINT, onCancel);
    std::signal(SIGTERM, onCancel);
    // One run per rule, in the order given (--all-rules: the mapping's): what a rule writes is there
    // for the next (the sale before its invoice goes back to the store).
    QJsonArray runs;
    int status = 0;
    for (const QString &rule : std::as_const(rules)) {
        if (!(rule == u"order" ? executor.enqueuePull(&error) : executor.enqueueRulePull(rule, &error))) {
            status = failed(err, error);
            break;
        }
        const Engine::RunSummary summary = executor.runUntilIdle(&progress);
        if (terminal && !common.json) {
            err << u'\r' << QString(60, u' ') << u'\r';
            err.flush();
        }
        if (common.json) {
            QJsonObject run = summary.toJson();
            run.insert(u"rule"_s, rule);
            runs.append(run);
        } else {
            out << Text::tr("Run %1 of %2 (%3): %4 record(s) read in %5 ms, %6 request(s)")
                       .arg(summary.runId)
                       .arg(common.workspace, rule)
                       .arg(summary.ordersRead + summary.recordsRead)
                       .arg(summary.elapsedMs)
                       .arg(summary.requests)
                << u'\n'
                << Text::tr("  created %1, updated %2, skipped %3, blocked %4, dead letters %5, retries %6")
                       .arg(summary.created)
                       .arg(summary.updated)
                       .arg(summary.skipped)
                       .arg(summary.blocked)
                       .arg(summary.dead)
                       .arg(summary.retries)
                << u'\n';
            if (summary.dead > 0)
                out << Text::tr("  See them with \"ledgerlink-cli dlq list\".") << u'\n';
            if (summary.cancelled)
                out << Text::tr(
                    "  Cancelled: what was not done yet stays queued; \"ledgerlink-cli run\" continues.")
                    << u'\n';
        }
        if (!summary.error.isEmpty()) {
            status = failed(err, summary.error);
            break;
        }
        if (summary.cancelled) {
            status = 130; // as a shell reports a command stopped by Ctrl+C
            break;
        }
        if (summary.dead > 0)
            status = 1;
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    cancelFlag = nullptr;
    if (config->erp.oauth) {
        if (const auto renewed = config->erp.oauth->takeRenewed()) {
            renewedTokens(config->erp, renewed->first, renewed->second,
                          source == Engine::CredentialSource::Keychain ? &keychain : nullptr, err);
        }
    }
    if (common.json)
        print(out, runs.size() == 1 ? runs.first().toObject() : QJsonObject{{u"runs"_s, runs}});
    return status;
}

// ---- status ------------------------------------------------------------------------------------

int statusCommand(const Common &common, QTextStream &out, QTextStream &err)
{
    if (!common.rest.isEmpty())
        return bad(err, u"status"_s, Text::tr("unknown option \"%1\"").arg(common.rest.first()));
    QString error;
    auto store = openStore(common.workspace, &error);
    if (!store)
        return failed(err, error);
    auto counts = Store::JobQueue(*store).counts();
    auto letters = Store::DeadLetterRepository(*store).list();
    auto runs = Store::RunRepository(*store).recentRuns(5);
    auto cursor = Store::EngineStateRepository(*store).setting(Engine::cursorSettingKey(u"order"_s));
    if (!counts || !letters || !runs || !cursor)
        return failed(err,
                      !counts        ? counts.error().message
                          : !letters ? letters.error().message
                          : !runs    ? runs.error().message
                                     : cursor.error().message);
    QJsonObject queue;
    for (const Store::JobState state :
         {Store::JobState::Queued, Store::JobState::Leased, Store::JobState::Failed, Store::JobState::Done,
          Store::JobState::Dead})
        queue.insert(Store::nameOf(state), counts.value().value(state));
    QJsonArray recent;
    for (const Store::Run &run : runs.value())
        recent.append(QJsonObject{{u"id"_s, run.id},
                                  {u"kind"_s, Store::nameOf(run.kind)},
                                  {u"status"_s, Store::nameOf(run.status)},
                                  {u"started"_s, isoTime(run.started)},
                                  {u"finished"_s, run.finished ? isoTime(*run.finished) : QString()},
                                  {u"counts"_s, run.counts}});
    const QJsonObject status{{u"workspace"_s, common.workspace},
                             {u"queue"_s, queue},
                             {u"dead_letters"_s, int(letters.value().size())},
                             {u"order_cursor"_s, cursor.value()},
                             {u"runs"_s, recent}};
    if (common.json) {
        print(out, status);
        return 0;
    }
    out << Text::tr("Workspace %1").arg(common.workspace) << u'\n'
        << Text::tr("Jobs: %1 queued, %2 leased, %3 waiting to retry, %4 done, %5 dead")
               .arg(queue.value(u"queued"_s).toInt())
               .arg(queue.value(u"leased"_s).toInt())
               .arg(queue.value(u"failed"_s).toInt())
               .arg(queue.value(u"done"_s).toInt())
               .arg(queue.value(u"dead"_s).toInt())
        << u'\n' << Text::tr("Dead letters waiting: %1").arg(letters.value().size()) << u'\n'
        << Text::tr("Order cursor: %1").arg(cursor.value().isEmpty() ? Text::tr("none yet") : cursor.value())
        << u'\n';
    if (runs.value().isEmpty())
        out << Text::tr("No runs yet.") << u'\n';
    for (const Store::Run &run : runs.value()) {
        QStringList counted;
        for (const QString &key : {u"created"_s, u"updated"_s, u"skipped"_s, u"blocked"_s, u"dead"_s,
                                   u"create"_s, u"update"_s, u"skip"_s, u"conflict"_s})
            if (run.counts.contains(key))
                counted.append(u"%1 %2"_s.arg(key).arg(run.counts.value(key).toInt()));
        out << Text::tr("Run %1: %2, %3, started %4%5")
                   .arg(run.id)
                   .arg(Store::nameOf(run.kind), Store::nameOf(run.status), isoTime(run.started),
                        counted.isEmpty() ? QString() : QString(u" ("_s + counted.join(u", "_s) + u')'))
            << u'\n';
    }
    return 0;
}

// ---- dlq ---------------------------------------------------------------------------------------

QJsonObject letterJson(const Store::DeadLetter &letter)
{
    return {{u"id"_s, letter.id},
            {u"job"_s, letter.jobId ? QJsonValue(*letter.jobId) : QJsonValue()},
            {u"object"_s, letter.objectType},
            {u"object_id"_s, letter.objectId},
            {u"error"_s, letter.error},
            {u"created"_s, isoTime(letter.created)},
            {u"replayed"_s, letter.replayed ? isoTime(*letter.replayed) : QString()},
            {u"payload"_s, letter.payload}};
}

bool parseId(const QString &text, qint64 &id)
{
    bool ok = false;
    id = text.toLongLong(&ok);
    return ok && id > 0;
}

/// dlq edit ID --payload FILE: the mapped payload a replay writes instead of mapping the order again.
int editDeadLetter(Store::StateStore &store, const Store::DeadLetter &letter, const QString &file,
                   const Common &common, QTextStream &out, QTextStream &err)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return failed(err, Text::tr("%1: cannot read: %2").arg(file, in.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (!document.isObject())
        return failed(err,
                      Text::tr("%1: not a JSON object (%2 at offset %3)")
                          .arg(file, parseError.errorString())
                          .arg(parseError.offset));
    QString error;
    if (!Engine::editDeadLetterPayload(store, letter.id, document.object(), &error))
        return failed(err, Text::tr("%1: %2").arg(file, error));
    if (common.json)
        print(out, QJsonObject{{u"edited"_s, letter.id}});
    else
        out << Text::tr(
                   "Dead letter %1 now carries the edited payload; \"dlq replay %1\" and \"run\" send it.")
                   .arg(letter.id)
            << u'\n';
    return 0;
}

int dlqCommand(const Common &common, QTextStream &out, QTextStream &err)
{
    const QString sub = common.rest.value(0);
    if (sub.isEmpty())
        return bad(err, u"dlq"_s, Text::tr("expected list, show ID, replay ID or discard ID"));
    if (sub != u"list" && sub != u"show" && sub != u"replay" && sub != u"discard" && sub != u"edit")
        return bad(err, u"dlq"_s,
                   Text::tr("unknown subcommand \"%1\" (list, show, edit, replay, discard)").arg(sub));
    qint64 id = 0;
    QString payloadFile;
    if (sub == u"edit") {
        if (common.rest.size() != 4 || common.rest.at(2) != u"--payload")
            return bad(err, u"dlq edit"_s, Text::tr("expected: dlq edit ID --payload FILE"));
        if (!parseId(common.rest.at(1), id))
            return bad(err, u"dlq edit"_s, Text::tr("\"%1\" is not a dead-letter id").arg(common.rest.at(1)));
        payloadFile = common.rest.at(3);
    } else if (sub == u"list") {
        if (common.rest.size() > 1)
            return bad(err, u"dlq list"_s, Text::tr("unexpected argument \"%1\"").arg(common.rest.at(1)));
    } else {
        if (common.rest.size() != 2)
            return bad(err, u"dlq "_s + sub, Text::tr("expected one dead-letter id"));
        if (sub == u"replay" && common.rest.at(1) == u"all")
            id = -1;
        else if (!parseId(common.rest.at(1), id))
            return bad(err, u"dlq "_s + sub,
                       Text::tr("\"%1\" is not a dead-letter id").arg(common.rest.at(1)));
    }
    QString error;
    auto store = openStore(common.workspace, &error);
    if (!store)
        return failed(err, error);
    Store::DeadLetterRepository letters(*store);

    if (id == -1) { // replay all
        auto all = letters.list();
        if (!all)
            return failed(err, all.error().message);
        QJsonArray jobs;
        for (const Store::DeadLetter &letter : all.value()) {
            const auto job = Engine::replayDeadLetter(*store, letter.id, &error);
            if (!job)
                return failed(err, error);
            jobs.append(QJsonObject{{u"dead_letter"_s, letter.id}, {u"job"_s, *job}});
        }
        if (common.json)
            print(out, jobs);
        else
            out << Text::tr("%n dead letter(s) queued again; \"ledgerlink-cli run\" sends them.", nullptr,
                            int(jobs.size()))
                << u'\n';
        return 0;
    }

    if (sub == u"list") {
        auto all = letters.list();
        if (!all)
            return failed(err, all.error().message);
        if (common.json) {
            QJsonArray array;
            for (const Store::DeadLetter &letter : all.value())
                array.append(letterJson(letter));
            print(out, array);
            return 0;
        }
        if (all.value().isEmpty())
            out << Text::tr("No dead letters.") << u'\n';
        for (const Store::DeadLetter &letter : all.value())
            out << u"%1  %2 %3  %4  %5"_s.arg(letter.id).arg(letter.objectType, letter.objectId,
                                                             isoTime(letter.created),
                                                             letter.error.section(u'\n', 0, 0).left(160))
                << u'\n';
        return 0;
    }
    auto found = letters.find(id);
    if (!found)
        return failed(err, found.error().message);
    if (!found.value())
        return failed(err, Text::tr("there is no dead letter %1 in %2").arg(id).arg(common.workspace));
    const Store::DeadLetter letter = *found.value();

    if (sub == u"show") {
        if (common.json) {
            print(out, letterJson(letter));
            return 0;
        }
        const QJsonObject request = letter.payload.value(u"last_request"_s).toObject();
        const QJsonObject response = letter.payload.value(u"last_response"_s).toObject();
        QJsonObject payload = letter.payload;
        payload.remove(u"last_request"_s);
        payload.remove(u"last_response"_s);
        out << Text::tr("Dead letter %1 (job %2), %3 %4, created %5")
                   .arg(letter.id)
                   .arg(letter.jobId.value_or(0))
                   .arg(letter.objectType, letter.objectId, isoTime(letter.created))
            << u'\n' << Text::tr("Error: %1").arg(letter.error) << u'\n'
            << Text::tr("Payload: %1")
                   .arg(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
            << u'\n';
        if (request.isEmpty()) {
            out << Text::tr("No request was sent for it.") << u'\n';
        } else {
            out << Text::tr("Last request: %1 %2")
                       .arg(request.value(u"method"_s).toString(), request.value(u"url"_s).toString())
                << u'\n';
            for (const QJsonValue &header : request.value(u"headers"_s).toArray())
                out << u"  "_s << header.toArray().at(0).toString() << u": "_s
                    << header.toArray().at(1).toString() << u'\n';
            out << u"  "_s << request.value(u"body"_s).toString() << u'\n'
                << Text::tr("Last response: %1 %2")
                       .arg(response.value(u"status"_s).toInt())
                       .arg(response.value(u"error"_s).toString())
                << u'\n' << u"  "_s << response.value(u"body"_s).toString() << u'\n';
        }
        return 0;
    }
    if (sub == u"edit")
        return editDeadLetter(*store, letter, payloadFile, common, out, err);
    if (sub == u"replay") {
        const auto job = Engine::replayDeadLetter(*store, id, &error);
        if (!job)
            return failed(err, error);
        if (common.json)
            print(out, QJsonObject{{u"dead_letter"_s, id}, {u"job"_s, *job}});
        else
            out << Text::tr("Dead letter %1 is queued again as job %2; \"ledgerlink-cli run\" sends it.")
                       .arg(id)
                       .arg(*job)
                << u'\n';
        return 0;
    }
    // discard: removed for good, with an audit row keeping what it was.
    if (!Engine::discardDeadLetter(*store, id, &error))
        return failed(err, error);
    if (common.json)
        print(out, QJsonObject{{u"discarded"_s, id}});
    else
        out << Text::tr("Dead letter %1 discarded (kept in the audit log).").arg(id) << u'\n';
    return 0;
}

// ---- audit search ------------------------------------------------------------------------------

/// audit retention [DAYS|forever]: shows or sets how long audit rows are kept (default forever);
/// every run removes the older ones.
int retentionCommand(const Common &common, QTextStream &out, QTextStream &err)
{
    if (common.rest.size() > 2)
        return bad(err, u"audit retention"_s, Text::tr("expected a number of days or \"forever\""));
    QString error;
    auto store = openStore(common.workspace, &error);
    if (!store)
        return failed(err, error);
    Store::EngineStateRepository state(*store);
    const QString key = QString::fromLatin1(Engine::auditRetentionSetting);
    if (common.rest.size() == 2) {
        const QString value = common.rest.at(1);
        bool ok = false;
        const int days = value == u"forever" ? 0 : value.toInt(&ok);
        if (value != u"forever" && (!ok || days < 1 || days > 36500))
            return bad(
                err, u"audit retention"_s,
                Text::tr("\"%1\" is neither a number of days (1 to 36500) nor \"forever\"").arg(value));
        if (auto saved = state.setSetting(key, QString::number(days)); !saved)
            return failed(err, saved.error().message);
    }
    auto current = state.setting(key);
    if (!current)
        return failed(err, current.error().message);
    const int days = current.value().toInt();
    if (common.json)
        print(out, QJsonObject{{u"retention_days"_s, days > 0 ? QJsonValue(days) : QJsonValue()}});
    else if (days > 0)
        out << Text::tr("Audit rows older than %n day(s) are removed at the end of every run.", nullptr, days)
            << u'\n';
    else
        out << Text::tr("Audit rows are kept forever.") << u'\n';
    return 0;
}

int auditCommand(const Common &common, QTextStream &out, QTextStream &err)
{
    if (common.rest.value(0) == u"retention")
        return retentionCommand(common, out, err);
    if (common.rest.value(0) != u"search")
        return bad(err, u"audit"_s, Text::tr("expected the subcommand \"search\" or \"retention\""));
    Store::AuditQuery query;
    query.limit = 1000;
    QString text;
    QString sku;
    QString email;
    const QStringList &args = common.rest;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &argument = args.at(i);
        if (!argument.startsWith(u"--")) {
            if (!text.isEmpty())
                return bad(err, u"audit search"_s,
                           Text::tr("only one search text, got \"%1\"").arg(argument));
            text = argument;
            continue;
        }
        if (i + 1 >= args.size())
            return bad(err, u"audit search"_s, Text::tr("%1 needs a value").arg(argument));
        const QString value = args.at(++i);
        if (argument == u"--order") {
            query.matchKey = value.startsWith(u'#') ? value.mid(1) : value;
        } else if (argument == u"--sku") {
            sku = value;
        } else if (argument == u"--email") {
            email = value;
        } else if (argument == u"--result") {
            query.result = value;
        } else if (argument == u"--from" || argument == u"--to") {
            QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (!time.isValid())
                time = QDateTime(QDate::fromString(value, Qt::ISODate), QTime(0, 0), QTimeZone::utc());
            if (!time.isValid())
                return bad(err, u"audit search"_s,
                           Text::tr("%1: \"%2\" is not an ISO date or time (2026-03-01 or 2026-03-01T09:00Z)")
                               .arg(argument, value));
            (argument == u"--from" ? query.from : query.to) = time.toUTC();
        } else if (argument == u"--limit") {
            bool ok = false;
            query.limit = value.toInt(&ok);
            if (!ok || query.limit < 1)
                return bad(err, u"audit search"_s,
                           Text::tr("--limit: \"%1\" is not a positive number").arg(value));
        } else {
            return bad(err, u"audit search"_s, Text::tr("unknown option \"%1\"").arg(argument));
        }
    }
    // A bare number is an order number: "audit search 1001" answers "what happened to #1001?".
    if (query.matchKey.isEmpty() && !text.isEmpty()) {
        const QString number = text.startsWith(u'#') ? text.mid(1) : text;
        bool isNumber = false;
        number.toLongLong(&isNumber);
        if (isNumber) {
            query.matchKey = number;
            text.clear();
        }
    }
    QString error;
    auto store = openStore(common.workspace, &error);
    if (!store)
        return failed(err, error);
    auto rows = Store::AuditLog(*store).query(query);
    if (!rows)
        return failed(err, rows.error().message);
    QList<Store::AuditEntry> matches;
    const auto has = [](const Store::AuditEntry &entry, const QString &needle) {
        if (needle.isEmpty())
            return true;
        return entry.matchKey.contains(needle, Qt::CaseInsensitive)
            || entry.sourceId.contains(needle, Qt::CaseInsensitive)
            || entry.targetId.contains(needle, Qt::CaseInsensitive)
            || entry.error.contains(needle, Qt::CaseInsensitive)
            || entry.requestUrl.contains(needle, Qt::CaseInsensitive)
            || QString::fromUtf8(entry.requestBody).contains(needle, Qt::CaseInsensitive)
            || QString::fromUtf8(entry.responseBody).contains(needle, Qt::CaseInsensitive);
    };
    for (const Store::AuditEntry &entry : rows.value())
        if (has(entry, text) && has(entry, sku) && has(entry, email))
            matches.append(entry);
    std::sort(matches.begin(), matches.end(), [](const Store::AuditEntry &a, const Store::AuditEntry &b) {
        return a.timestamp != b.timestamp ? a.timestamp > b.timestamp : a.id > b.id;
    });

    if (common.json) {
        QJsonArray array;
        for (const Store::AuditEntry &entry : matches)
            array.append(QJsonObject{{u"id"_s, entry.id},
                                     {u"time"_s, isoTime(entry.timestamp)},
                                     {u"run"_s, entry.runId ? QJsonValue(*entry.runId) : QJsonValue()},
                                     {u"job"_s, entry.jobId ? QJsonValue(*entry.jobId) : QJsonValue()},
                                     {u"object"_s, entry.objectType},
                                     {u"match_key"_s, entry.matchKey},
                                     {u"source_id"_s, entry.sourceId},
                                     {u"target_id"_s, entry.targetId},
                                     {u"direction"_s, entry.direction},
                                     {u"operation"_s, entry.operation},
                                     {u"attempt"_s, entry.attempt},
                                     {u"idempotency_key"_s, entry.idempotencyKey},
                                     {u"method"_s, entry.requestMethod},
                                     {u"url"_s, entry.requestUrl},
                                     {u"status"_s, entry.responseStatus},
                                     {u"request_body"_s, QString::fromUtf8(entry.requestBody)},
                                     {u"response_body"_s, QString::fromUtf8(entry.responseBody)},
                                     {u"result"_s, entry.result},
                                     {u"error"_s, entry.error},
                                     {u"duration_ms"_s, entry.durationMs}});
        print(out, array);
        return 0;
    }
    if (matches.isEmpty()) {
        out << Text::tr("Nothing in the audit log matches.") << u'\n';
        return 0;
    }
    for (const Store::AuditEntry &entry : matches) {
        out << Text::tr("%1  %2 %3  %4 attempt %5  %6  %7")
                   .arg(isoTime(entry.timestamp), entry.objectType,
                        entry.matchKey.isEmpty() ? entry.sourceId : QString(u'#' + entry.matchKey),
                        entry.operation)
                   .arg(entry.attempt)
                   .arg(entry.requestMethod.isEmpty()
                            ? Text::tr("(no request)")
                            : QString(entry.requestMethod + u' ' + entry.requestUrl + u" → "_s
                                      + (entry.responseStatus ? QString::number(entry.responseStatus)
                                                              : Text::tr("no response"))),
                        entry.result)
            << u'\n';
        if (!entry.targetId.isEmpty() || !entry.idempotencyKey.isEmpty())
            out << Text::tr("    store id %1 → ERP id %2, idempotency key %3")
                       .arg(entry.sourceId, entry.targetId.isEmpty() ? Text::tr("none") : entry.targetId,
                            entry.idempotencyKey.isEmpty() ? Text::tr("none") : entry.idempotencyKey)
                << u'\n';
        if (!entry.error.isEmpty())
            out << u"    "_s << entry.error << u'\n';
    }
    return 0;
}

// ---- plan export -------------------------------------------------------------------------------

int planCommand(const Common &common, QTextStream &out, QTextStream &err)
{
    if (common.rest.value(0) != u"export")
        return bad(err, u"plan"_s, Text::tr("expected the subcommand \"export\""));
    QString format;
    QString output;
    qint64 runId = 0;
    const QStringList &args = common.rest;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &argument = args.at(i);
        if (i + 1 >= args.size() || !argument.startsWith(u"--"))
            return bad(err, u"plan export"_s,
                       argument.startsWith(u"--") ? Text::tr("%1 needs a value").arg(argument)
                                                  : Text::tr("unexpected argument \"%1\"").arg(argument));
        const QString value = args.at(++i);
        if (argument == u"--format") {
            if (value != u"csv" && value != u"html")
                return bad(err, u"plan export"_s,
                           Text::tr("--format must be csv or html, not \"%1\"").arg(value));
            format = value;
        } else if (argument == u"--run") {
            if (!parseId(value, runId))
                return bad(err, u"plan export"_s, Text::tr("--run: \"%1\" is not a run id").arg(value));
        } else if (argument == u"--output") {
            output = value;
        } else {
            return bad(err, u"plan export"_s, Text::tr("unknown option \"%1\"").arg(argument));
        }
    }
    if (format.isEmpty())
        return bad(err, u"plan export"_s, Text::tr("--format csv or --format html is required"));
    QString error;
    auto store = openStore(common.workspace, &error);
    if (!store)
        return failed(err, error);
    Store::RunRepository runs(*store);
    std::optional<Store::Run> run;
    if (runId > 0) {
        auto found = runs.run(runId);
        if (!found)
            return failed(err, found.error().message);
        run = found.value();
        if (!run)
            return failed(err, Text::tr("there is no run %1 in %2").arg(runId).arg(common.workspace));
    } else {
        auto recent = runs.recentRuns(1000);
        if (!recent)
            return failed(err, recent.error().message);
        for (const Store::Run &candidate : recent.value())
            if (candidate.kind == Store::RunKind::DryRun) {
                run = candidate;
                break;
            }
        if (!run)
            return failed(err,
                          Text::tr("%1 has no dry run yet; run \"ledgerlink-cli dry-run\" first")
                              .arg(common.workspace));
    }
    auto items = runs.plan(run->id);
    if (!items)
        return failed(err, items.error().message);
    const QByteArray bytes =
        format == u"csv" ? Engine::planToCsv(*run, items.value()) : Engine::planToHtml(*run, items.value());
    if (output.isEmpty() || output == u"-") {
        out << QString::fromUtf8(bytes);
        return 0;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failed(err, Text::tr("cannot write %1: %2").arg(output, file.errorString()));
    if (common.json)
        print(out,
              QJsonObject{{u"run"_s, run->id},
                          {u"format"_s, format},
                          {u"output"_s, output},
                          {u"items"_s, int(items.value().size())}});
    else
        out << Text::tr("Plan of run %1 (%2 line(s)) written to %3")
                   .arg(run->id)
                   .arg(items.value().size())
                   .arg(output)
            << u'\n';
    return 0;
}

// ---- credentials --------------------------------------------------------------------------------

/// credentials set --side store|erp --field access_token|webhook_secret (the secret on stdin);
/// credentials check: which secrets the keychain holds for the workspace (never their values).
int credentialsCommand(const Common &common, QTextStream &out, QTextStream &err)
{
    const QString action = common.rest.value(0);
    if (action != u"set" && action != u"check")
        return bad(err, u"credentials"_s, Text::tr("say \"set\" or \"check\""));
    QString side, field;
    for (qsizetype i = 1; i < common.rest.size(); ++i) {
        const QString &argument = common.rest.at(i);
        if ((argument == u"--side" || argument == u"--field") && i + 1 < common.rest.size()) {
            (argument == u"--side" ? side : field) = common.rest.at(++i);
        } else {
            return bad(err, u"credentials"_s, Text::tr("unknown option \"%1\"").arg(argument));
        }
    }
    QString error;
    if (Engine::isSandboxWorkspace(common.workspace))
        return failed(err,
                      Text::tr("%1 is a sandbox workspace: its credentials are fixed test values, nothing "
                               "to store (a workspace of your own has a connections.json)")
                          .arg(common.workspace));
    const auto config = Engine::loadWorkspaceConfig(common.workspace, &error);
    if (!config)
        return failed(err, error);
    Secrets::CredentialStore keychain(QCoreApplication::applicationName());
    const QStringList fields{QString::fromLatin1(Engine::accessTokenField),
                             QString::fromLatin1(Engine::webhookSecretField)};
    if (action == u"set") {
        if (side != u"store" && side != u"erp")
            return bad(err, u"credentials"_s, Text::tr("--side must be store or erp"));
        if (!fields.contains(field))
            return bad(err, u"credentials"_s, Text::tr("--field must be access_token or webhook_secret"));
        // From standard input only: a secret on the command line would end up in shell history.
        QTextStream in(stdin);
        const QByteArray secret = in.readLine().trimmed().toUtf8();
        if (secret.isEmpty())
            return failed(err,
                          Text::tr("no secret on standard input (pipe it in, e.g. from a password manager)"));
        const QString key = Engine::credentialKey(side == u"store" ? config->store : config->erp, field);
        const Secrets::CredentialResult written = Engine::keychainNow(keychain, key, secret);
        if (written.status != Secrets::CredentialResult::Status::Ok)
            return failed(err, Text::tr("the keychain refused %1: %2").arg(key, written.message));
        out << Text::tr("Stored the %1's %2 in the keychain as %3.").arg(side, field, key) << u'\n';
        return 0;
    }
    QJsonArray rows;
    int missing = 0;
    for (const QString &which : {u"store"_s, u"erp"_s}) {
        for (const QString &name : fields) {
            const QString key = Engine::credentialKey(which == u"store" ? config->store : config->erp, name);
            const Secrets::CredentialResult read = Engine::keychainNow(keychain, key);
            const QString state = read.status == Secrets::CredentialResult::Status::Ok ? u"present"_s
                : read.status == Secrets::CredentialResult::Status::NotFound           ? u"missing"_s
                                                                                       : u"unavailable"_s;
            if (state != u"present" && name == QLatin1StringView(Engine::accessTokenField))
                ++missing;
            rows.append(
                QJsonObject{{u"side"_s, which}, {u"field"_s, name}, {u"key"_s, key}, {u"state"_s, state}});
            if (!common.json)
                out << which.leftJustified(6) << name.leftJustified(15) << state.leftJustified(12) << key
                    << u'\n';
        }
    }
    if (common.json)
        print(out, rows);
    return missing > 0 ? 1 : 0;
}

} // namespace

bool isEngineCommand(const QString &command)
{
    return command == u"run" || command == u"status" || command == u"dlq" || command == u"audit"
        || command == u"plan" || command == u"credentials";
}

int engineCommand(const QString &command, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Common common;
    QString why;
    if (!parseCommon(arguments, common, &why))
        return bad(err, command, why);
    if (command == u"run")
        return runCommand(common, out, err);
    if (command == u"status")
        return statusCommand(common, out, err);
    if (command == u"dlq")
        return dlqCommand(common, out, err);
    if (command == u"audit")
        return auditCommand(common, out, err);
    if (command == u"credentials")
        return credentialsCommand(common, out, err);
    return planCommand(common, out, err);
}

QString engineUsage()
{
    return Text::tr(
        "  run [--workspace DIR] [--json] [--daemon [--webhook-port N]] [--credentials-from-env]\n"
        "      [--concurrency N] [--rule ID]... [--all-rules]\n"
        "                 sync once: pull the store's orders, write invoices, until the queue is empty;\n"
        "                 --rule: sync these object rules of the mapping instead (\"order\", \"product\",\n"
        "                 ...), --all-rules: every rule the connection pair can run;\n"
        "                 --daemon keeps the triggers (polls, schedules, webhooks) running until Ctrl+C;\n"
        "                 --concurrency: ERP writes in flight at once (default: the workspace's, or 1)\n"
        "  status [--workspace DIR] [--json]\n"
        "                 jobs by state, dead letters, the order cursor, the last runs\n"
        "  dlq list|show ID|replay ID|replay all|discard ID [--workspace DIR] [--json]\n"
        "                 the dead-letter queue: inspect, queue again, or discard\n"
        "  dlq edit ID --payload FILE [--workspace DIR]\n"
        "                 replace the mapped payload the replay writes (JSON; the Reference must stay)\n"
        "  audit search [TEXT] [--order N] [--sku S] [--email E] [--from ISO] [--to ISO]\n"
        "               [--result R] [--limit N] [--workspace DIR] [--json]\n"
        "                 every attempt, newest first: \"audit search 1001\" explains order #1001\n"
        "  audit retention [DAYS|forever] [--workspace DIR]\n"
        "                 how long audit rows are kept (default forever); runs remove older ones\n"
        "  plan export --format csv|html [--run ID] [--output FILE] [--workspace DIR]\n"
        "                 a stored plan (the last dry run by default) for sign-off\n"
        "  credentials set --side store|erp --field access_token|webhook_secret [--workspace DIR]\n"
        "                 store a secret (read from standard input) in the OS keychain\n"
        "  credentials check [--workspace DIR] [--json]\n"
        "                 which of the workspace's secrets the keychain holds (never their values)\n");
}

Engine::DryRunOutcome connectorDryRun(const QString &workspace, bool credentialsFromEnv, QString *note)
{
    // The keychain is read here, on the CLI's one thread.
    Secrets::CredentialStore keychain(QCoreApplication::applicationName());
    Connectors::ConnectorConfig erp; // its OAuth session is the one the dry run's connectors share
    Engine::DryRunOutcome outcome = Engine::connectorDryRun(
        workspace, nullptr,
        [&](Engine::WorkspaceConfig &config, QString *error) {
            const bool loaded =
                Engine::loadCredentials(config,
                                        credentialsFromEnv ? Engine::CredentialSource::Environment
                                                           : Engine::CredentialSource::Keychain,
                                        &keychain, error);
            erp = config.erp;
            return loaded;
        },
        note);
    // A dry run reads only, but an expired Xero token is renewed on the way, and Xero's refresh
    // tokens rotate: the new pair must reach the keychain, as after a run.
    if (erp.oauth) {
        if (const auto renewed = erp.oauth->takeRenewed()) {
            QString text;
            QTextStream err(&text);
            renewedTokens(erp, renewed->first, renewed->second, credentialsFromEnv ? nullptr : &keychain,
                          err);
            err.flush();
            if (!text.isEmpty() && note)
                *note += (note->isEmpty() ? QString() : u"\n"_s) + text.trimmed();
        }
    }
    return outcome;
}

} // namespace LedgerLink::Cli
