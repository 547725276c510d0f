#pragma once

#include "store/redactor.h"
#include "store/storeresult.h"

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Store {

class StateStore;

/// One attempt of one operation on one record, with the HTTP exchange that carried it.
struct AuditEntry
{
    qint64 id = 0; ///< assigned by append()
    QDateTime timestamp; ///< UTC, millisecond precision; invalid: now
    std::optional<qint64> runId;
    std::optional<qint64> jobId;
    QString objectType;
    QString matchKey; ///< order number, SKU, email, ...
    QString sourceId;
    QString targetId;
    QString direction; ///< e.g. "store→erp"
    QString operation; ///< e.g. "create", "update"
    int attempt = 0;
    QString idempotencyKey;
    QString requestMethod;
    QString requestUrl;
    Redactor::Headers requestHeaders;
    QByteArray requestBody;
    int responseStatus = 0; ///< 0: no response
    QByteArray responseBody;
    QString result; ///< e.g. "ok", "retry", "failed"
    QString error;
    qint64 durationMs = 0;
    /// requestBody and responseBody already went through Redactor::redactBody (the engine
    /// prepares a batch's rows on its worker threads); append() redacts them otherwise.
    bool bodiesRedacted = false;
};

/// Filter of AuditLog::query(); empty/invalid members do not filter. `from` is inclusive,
/// `to` exclusive.
struct AuditQuery
{
    QString matchKey;
    QString objectType;
    QDateTime from;
    QDateTime to;
    QString result;
    int limit = 100;
    int offset = 0;
    std::optional<qint64> runId;
    bool oldestFirst = false; ///< the order of query(); offset counts from that end
    /// false: the headers and bodies are left empty (a list of many rows); entry() has them.
    bool withBodies = true;
};

/// The audit log. append() redacts secrets (headers, JSON and form bodies, URL query items)
/// before anything reaches the database. Thread rules: those of StateStore.
class AuditLog final
{
public:
    explicit AuditLog(StateStore &store)
        : m_store(store)
    { }

    /// Writes the redacted entry; returns its id.
    [[nodiscard]] StoreResult<qint64> append(const AuditEntry &entry);
    /// Matching entries, newest first (oldest first with `filter.oldestFirst`).
    [[nodiscard]] StoreResult<QList<AuditEntry>> query(const AuditQuery &filter);
    /// How many entries match (limit and offset aside).
    [[nodiscard]] StoreResult<qint64> count(const AuditQuery &filter);
    /// One entry with its headers and bodies; nullopt when there is none with that id.
    [[nodiscard]] StoreResult<std::optional<AuditEntry>> entry(qint64 id);
    /// Deletes the entries older than `before` (the retention policy); returns how many.
    [[nodiscard]] StoreResult<int> pruneBefore(const QDateTime &before);

private:
    StateStore &m_store;
};

} // namespace LedgerLink::Store
