#pragma once

// What the studio's offscreen GUI tests share: screenshots in the light and the dark theme, and
// settings of their own.
#include "i18n.h"
#include "sandbox/sandboxservices.h"
#include "studiosettings.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtGui/QPalette>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyleFactory>
#include <QtWidgets/QWidget>

namespace LedgerLink::TestSupport {

/// Saves <LEDGERLINK_SCREENSHOT_DIR>/<name>-light.png and <name>-dark.png (the studio's dark
/// theme), after pending layout requests are processed; nothing when the variable is not set.
/// Returns the file that could not be written, or an empty string.
inline QString saveScreenshots(QWidget *window, const QString &name)
{
    using namespace Qt::StringLiterals;
    const QString dir = qEnvironmentVariable("LEDGERLINK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return {};
    QDir().mkpath(dir);
    QCoreApplication::processEvents(); // a label that just wrapped, a splitter that just moved
    const QString light = dir + u'/' + name + u"-light.png"_s;
    if (!window->grab().save(light))
        return light;
    const QPalette original = QApplication::palette();
    QApplication::setPalette(Studio::StudioSettings::darkPalette());
    QCoreApplication::processEvents();
    const QString dark = dir + u'/' + name + u"-dark.png"_s;
    const bool saved = window->grab().save(dark);
    QApplication::setPalette(original);
    QCoreApplication::processEvents();
    return saved ? QString() : dark;
}

/// Before any QSettings or keychain use: test mode, and an application name of this run's own
/// (QSettings' file and the keychain service follow it), with nothing left from an earlier run.
inline void isolateSettings(const QString &testName)
{
    using namespace Qt::StringLiterals;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"LedgerLink"_s);
    QCoreApplication::setApplicationName(u"LedgerLink-test-"_s + testName + u'-'
                                         + QString::number(QCoreApplication::applicationPid()));
    QSettings().clear();
}

/// Removes the settings file of isolateSettings().
inline void removeIsolatedSettings()
{
    QSettings settings;
    const QString file = settings.fileName();
    settings.clear();
    settings.sync();
    QFile::remove(file);
}

/**
 * The start of a Connections-page test with a real keychain: the `keyring` fixture's private
 * session bus must be there; settings (and so the keychain service) of the test's own; Fusion;
 * English; the in-process sandbox with its data in `dataDir`. "" when all is ready, else why not.
 */
inline QString startKeychainPageTest(const QString &testName, Sandbox::SandboxServices &sandbox,
                                     const QString &dataDir)
{
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    if (!bus.startsWith("unix:path=") || !QFile::exists(QString::fromLocal8Bit(bus.mid(10))))
        return QStringLiteral("No private session bus: run this test through CTest so the `keyring` fixture "
                              "starts it");
    isolateSettings(testName);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    installTranslations(QStringLiteral("en"));
    Sandbox::SandboxOptions options;
    options.dataDir = dataDir;
    const Sandbox::SandboxStarted started = sandbox.start(options);
    return started.ok ? QString() : started.error;
}

} // namespace LedgerLink::TestSupport
