#pragma once

namespace LedgerLink {

/// Installs LedgerLink's translations into the running QCoreApplication: English plural forms
/// first (so "%n line(s)" reads "1 line" / "2 lines"), then the user's language on top.
/// Call once from the main thread after the application object exists.
void installTranslations();

} // namespace LedgerLink
