#include "enginecommands.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>

using namespace Qt::StringLiterals;

namespace LedgerLink::Cli {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Cli)
};
} // namespace

bool isEngineCommand(const QString &command)
{
    return command == u"run" || command == u"status" || command == u"dlq" || command == u"audit"
        || command == u"plan";
}

// Scaffolding: the engine commands land with the SyncEngine (issue 5).
int engineCommand(const QString &command, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(arguments)
    Q_UNUSED(out)
    err << Text::tr("ledgerlink-cli: \"%1\" is not built yet\n").arg(command);
    return 1;
}

QString engineUsage()
{
    return {};
}

} // namespace LedgerLink::Cli
