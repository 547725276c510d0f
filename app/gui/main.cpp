// ledgerlink: the studio. Thin: parses the command line, opens the main window.
#include "dryrunpage.h"
#include "engine/workspace.h"
#include "engine/workspaceconfig.h"
#include "engine/workspacecredentials.h"
#include "i18n.h"
#include "mainwindow.h"
#include "secrets/credentialstore.h"
#include "studiosettings.h"
#include "version.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QTimer>
#include <QtGui/QIcon>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMessageBox>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"LedgerLink"_s);
    QApplication::setOrganizationName(u"LedgerLink"_s);
    QApplication::setApplicationVersion(LedgerLink::versionString());

    QApplication::setWindowIcon(QIcon(u":/ledgerlink/icons/ledgerlink.svg"_s));
    // The language and theme chosen in Settings (the system's by default).
    const LedgerLink::Studio::StudioSettings settings = LedgerLink::Studio::StudioSettings::load();
    LedgerLink::installTranslations(settings.language);
    if (settings.theme != LedgerLink::Studio::StudioSettings::Theme::System)
        LedgerLink::Studio::StudioSettings::applyTheme(settings.theme);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "LedgerLink studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        u"sandbox"_s, QApplication::translate("main", "Open the sandbox workspace (the default)."));
    const QCommandLineOption workspace(
        u"workspace"_s, QApplication::translate("main", "Open the workspace in <dir>."), u"dir"_s);
    const QCommandLineOption dryRun(
        u"dry-run"_s, QApplication::translate("main", "Start a dry run as soon as the window is shown."));
    parser.addOptions({sandbox, workspace, dryRun});
    parser.process(app);

    const QString dir = parser.isSet(workspace) ? QDir(parser.value(workspace)).absolutePath()
                                                : LedgerLink::Engine::sandboxWorkspaceDir();
    // A configured workspace is named after its two accounts.
    QString title = QApplication::translate("main", "Sandbox Shop ↔ Sandbox Books");
    QString error;
    if (const auto connections = LedgerLink::Engine::readWorkspaceConnections(dir, &error))
        title = connections->store.account + u" ↔ "_s + connections->erp.account;
    // The state store of this session, decided once before any window exists: the data location
    // of Settings (a PostgreSQL password from the keychain, read here on the main thread), or,
    // when it cannot be used, the workspace's own file, said so in a message box and the status bar.
    QString problem;
    LedgerLink::Secrets::CredentialStore keychain(QApplication::applicationName());
    const LedgerLink::Store::StoreLocation state = LedgerLink::Studio::studioStateLocation(
        settings, dir,
        [&keychain](const QString &key) { return LedgerLink::Engine::keychainNow(keychain, key); },
        LedgerLink::Studio::checkStateStoreShowingProgress, &problem);
    if (!problem.isEmpty())
        QMessageBox::warning(nullptr, QApplication::translate("main", "LedgerLink: data location"), problem);
    LedgerLink::Studio::MainWindow window(dir, title, state);
    if (!problem.isEmpty())
        window.setStateProblem(problem);
    window.show();
    if (parser.isSet(dryRun))
        QTimer::singleShot(0, window.dryRunPage(), &LedgerLink::Studio::DryRunPage::startDryRun);
    return app.exec();
}
