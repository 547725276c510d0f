#pragma once

#include <QtCore/QList>
#include <QtCore/QStringList>

namespace LedgerLink::Store {

/// The versioned schema of the state store (internal to core/store). Migration N brings a store
/// from version N-1 to N; each dialect gets its own statement list from the same definition.
class Migrations final
{
public:
    enum class Dialect { Sqlite, Postgres };

    /// The highest version defined.
    [[nodiscard]] static int latest();
    /// The statements of migration `version` (1..latest()) for `dialect`.
    [[nodiscard]] static QStringList statements(int version, Dialect dialect);
    /// CREATE TABLE IF NOT EXISTS of the schema-version table (part of every migration).
    [[nodiscard]] static QString versionTable(Dialect dialect);
};

} // namespace LedgerLink::Store
