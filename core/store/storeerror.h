#pragma once

#include <QtCore/QString>

namespace LedgerLink::Store {

/// An error of the state store, returned as a value (never thrown, never shown in a dialog).
/// `message` is a complete sentence for the user that names the file or the server involved;
/// it never contains a password or any other secret.
struct StoreError
{
    enum class Code {
        OpenFailed, ///< the file or server could not be opened at all
        NotADatabase, ///< the file exists but is not a SQLite database (left unchanged)
        ForeignDatabase, ///< a database without the LedgerLink marker (left unchanged)
        NewerSchema, ///< written by a newer LedgerLink (left unchanged)
        ConnectionFailed, ///< the PostgreSQL server refused or could not be reached
        Locked, ///< another connection held the write lock beyond the busy timeout
        DiskFull, ///< the disk (or the database's size limit) is full
        Constraint, ///< a uniqueness or foreign-key rule refused the change
        NotFound, ///< the row asked for does not exist
        LeaseLost, ///< the job is no longer leased by this worker
        InvalidArgument, ///< the caller passed a value the store cannot accept
        MigrationFailed, ///< a schema migration failed (rolled back)
        QueryFailed, ///< any other database error
    };

    Code code = Code::QueryFailed;
    QString message;
    /// The driver's native error code (SQLite result code, PostgreSQL SQLSTATE), if any.
    QString nativeCode;
};

} // namespace LedgerLink::Store
