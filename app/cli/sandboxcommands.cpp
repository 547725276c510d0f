#include "sandboxcommands.h"

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

// Scaffolding: the sandbox services land in core/sandbox (issue 5).
int sandbox(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(arguments)
    Q_UNUSED(out)
    err << Text::tr("ledgerlink-cli: the sandbox commands are not built yet\n");
    return 1;
}

QString sandboxUsage()
{
    return {};
}

} // namespace LedgerLink::Cli
