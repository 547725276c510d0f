// ledgerlink-cli: the headless engine's command line. Links only ledgerlink_core.
#include "commands.h"
#include "i18n.h"
#include "version.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"LedgerLink"_s);
    QCoreApplication::setOrganizationName(u"LedgerLink"_s);
    QCoreApplication::setApplicationVersion(LedgerLink::versionString());

    LedgerLink::installTranslations();

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = LedgerLink::Cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
