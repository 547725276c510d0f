#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace LedgerLink {

/// Installs LedgerLink's translations into the running QCoreApplication: English plural forms
/// first (so "%n line(s)" reads "1 line" / "2 lines"), then the user's language on top.
/// Call once from the main thread after the application object exists.
void installTranslations();

/**
 * Switches the application's language at run time: removes the translators an earlier call
 * installed, then installs English plural forms, Qt's own translation and LedgerLink's for
 * `language` ("" for the user's system language, or a language code such as "en", "de") and
 * makes it the default QLocale. QCoreApplication then sends QEvent::LanguageChange to every
 * widget, which retranslates what it can. Main thread only. Returns the language in effect ("en"
 * when there is no translation for the one asked for).
 */
QString installTranslations(const QString &language);

/// The language codes LedgerLink has a translation for (from the embedded .qm files), "en" first.
QStringList availableLanguages();

/// The language the last installTranslations() put in effect ("en" before any call).
QString currentLanguage();

} // namespace LedgerLink
