#pragma once

#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtCore/QVariantList>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

#include <optional>

namespace LedgerLink::Sandbox {

/// A sandbox service's own SQLite file: one QSqlDatabase connection with a unique name, opened
/// and used only on the sandbox worker thread (WAL, synchronous=NORMAL).
class SandboxDb
{
public:
    SandboxDb() = default;
    ~SandboxDb();
    Q_DISABLE_COPY_MOVE(SandboxDb)

    /// Opens `path` under a connection named `connectionName` and runs `schema` (statements
    /// separated by ';'). Returns an error message, or an empty string.
    QString open(const QString &path, const QString &connectionName, const QString &schema);
    void close();

    [[nodiscard]] QSqlDatabase &db() { return m_db; }
    /// Prepares (once: statements are cached by their text) and runs `sql` with positional
    /// values; nullopt (and a warning) on failure. The returned query shares the cached one, so
    /// read it before running the same statement again.
    std::optional<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});
    bool begin();
    bool commit();
    void rollback();

    /// A persistent counter in the meta table: returns the current value and adds `step`.
    qint64 nextValue(const QString &key, qint64 start, qint64 step = 1);

private:
    QSqlDatabase m_db;
    QString m_name;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace LedgerLink::Sandbox
