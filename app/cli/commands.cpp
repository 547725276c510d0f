#include "commands.h"

#include "engine/dryrun.h"
#include "engine/workspace.h"
#include "enginecommands.h"
#include "mappingcommands.h"
#include "reconcilecommand.h"
#include "sandboxcommands.h"
#include "version.h"
#include "webhookcommands.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTextStream>

using namespace Qt::StringLiterals;

namespace LedgerLink::Cli {
namespace {

/// User-facing text of this file, translated in the context "LedgerLink::Cli".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Cli)
};

QString usage()
{
    return Text::tr("Usage: ledgerlink-cli <command> [options]\n"
                    "\n"
                    "Commands:\n"
                    "  dry-run [--sandbox | --workspace DIR] [--json] [--credentials-from-env]\n"
                    "                 plan what a sync would do, write nothing to either system,\n"
                    "                 and store the plan in the workspace's state store\n")
        + engineUsage() + reconcileUsage() + sandboxUsage() + mappingUsage() + webhookUsage()
        + Text::tr("  version        print the version\n"
                   "  help           print this help\n");
}

int badUsage(QTextStream &err, const QString &what)
{
    err << u"ledgerlink-cli: "_s << what << u"\n\n"_s << usage();
    return 2;
}

QJsonObject toJson(const Engine::DryRunReport &report)
{
    QJsonArray changes;
    for (const Engine::PlannedChange &change : report.changes) {
        changes.append(QJsonObject{
            {u"object"_s, change.objectType},
            {u"action"_s, Store::nameOf(change.action)},
            {u"direction"_s, change.direction},
            {u"match_key"_s, change.matchKey},
            {u"source_id"_s, change.sourceId},
            {u"target_id"_s, change.targetId},
            {u"summary"_s, change.summary},
            {u"reasons"_s, QJsonArray::fromStringList(change.reasons)},
            {u"flags"_s, QJsonArray::fromStringList(change.flags)},
            {u"after"_s, change.after},
        });
    }
    return QJsonObject{
        {u"run_id"_s, report.runId},  {u"workspace"_s, report.workspaceDir},
        {u"source"_s, report.source}, {u"notes"_s, QJsonArray::fromStringList(report.notes)},
        {u"changes"_s, changes},
    };
}

int dryRun(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString workspace;
    bool json = false;
    bool sandbox = false;
    bool credentialsFromEnv = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--sandbox") {
            sandbox = true;
        } else if (arg == u"--json") {
            json = true;
        } else if (arg == u"--credentials-from-env") {
            credentialsFromEnv = true;
        } else if (arg == u"--workspace") {
            if (i + 1 >= args.size())
                return badUsage(err, Text::tr("--workspace needs a folder, as in --workspace ~/shop"));
            workspace = args.at(++i);
        } else if (arg.startsWith(u"--workspace=")) {
            workspace = arg.mid(12);
        } else {
            return badUsage(err, Text::tr("dry-run does not know the option \"%1\"").arg(arg));
        }
    }
    if (sandbox && !workspace.isEmpty())
        return badUsage(err, Text::tr("--sandbox and --workspace exclude each other"));
    if (workspace.isEmpty())
        workspace = Engine::sandboxWorkspaceDir();

    QString note;
    const Engine::DryRunOutcome outcome =
        connectorDryRun(QDir(workspace).absolutePath(), credentialsFromEnv, &note);
    if (!note.isEmpty() && !json)
        out << note << u'\n';
    if (!outcome.report) {
        err << Text::tr("ledgerlink-cli: the dry run failed: %1").arg(outcome.error) << u'\n';
        return 1;
    }
    if (json)
        out << QString::fromUtf8(QJsonDocument(toJson(*outcome.report)).toJson(QJsonDocument::Indented));
    else
        out << Engine::formatReport(*outcome.report);
    return 0;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty())
        return badUsage(err, Text::tr("no command given"));
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == u"dry-run")
        return dryRun(rest, out, err);
    if (command == u"mapping")
        return mapping(rest, out, err);
    if (command == u"reconcile")
        return reconcile(rest, out, err);
    if (command == u"webhook")
        return webhook(rest, out, err);
    if (command == u"sandbox")
        return sandbox(rest, out, err);
    if (isEngineCommand(command))
        return engineCommand(command, rest, out, err);
    if (command == u"version" || command == u"--version") {
        out << u"ledgerlink-cli "_s << versionString() << u'\n';
        return 0;
    }
    if (command == u"help" || command == u"--help" || command == u"-h") {
        out << usage();
        return 0;
    }
    return badUsage(err, Text::tr("unknown command \"%1\"").arg(command));
}

} // namespace LedgerLink::Cli
