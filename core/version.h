#pragma once

#include <QtCore/QString>

namespace LedgerLink {

/// The product version, as configured in the top-level CMakeLists.txt.
QString versionString();

} // namespace LedgerLink
