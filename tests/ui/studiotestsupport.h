#pragma once

// What the studio's offscreen GUI tests share: screenshots in the light and the dark theme, and
// settings of their own.
#include "studiosettings.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtGui/QPalette>
#include <QtWidgets/QApplication>
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

} // namespace LedgerLink::TestSupport
