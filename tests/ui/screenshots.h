#pragma once

// Screenshots of a studio window in the light and the dark theme, for the offscreen GUI tests.
#include "studiosettings.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
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

} // namespace LedgerLink::TestSupport
