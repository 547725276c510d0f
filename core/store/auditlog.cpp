#include "store/auditlog.h"

#include "store/sqlvalues.h"
#include "store/statestore.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

using namespace Qt::StringLiterals;

namespace LedgerLink::Store {

namespace {

// Headers keep their order and repetitions (Set-Cookie may appear twice): [[name, value], ...].
QString headersText(const Redactor::Headers &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Redactor::Headers headersFrom(const QString &text)
{
    Redactor::Headers headers;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue pair : array) {
        const QJsonArray item = pair.toArray();
        headers.append({item.at(0).toString().toLatin1(), item.at(1).toString().toUtf8()});
    }
    return headers;
}

// The rows of one batch request share its URL and headers: each thread keeps the last ones it
// redacted.
struct RedactedRequest
{
    QString url;
    QString redactedUrl;
    Redactor::Headers headers;
    QString headersText;
};
thread_local RedactedRequest lastRequest;

const QString &redactedUrl(const QString &url)
{
    if (url != lastRequest.url || lastRequest.redactedUrl.isNull()) {
        lastRequest.url = url;
        lastRequest.redactedUrl = Redactor::redactUrl(url);
    }
    return lastRequest.redactedUrl;
}

const QString &redactedHeadersText(const Redactor::Headers &headers)
{
    if (headers != lastRequest.headers || lastRequest.headersText.isNull()) {
        lastRequest.headers = headers;
        lastRequest.headersText = headersText(Redactor::redactHeaders(headers));
    }
    return lastRequest.headersText;
}

/// The audit row's INSERT; `body` is how a body is bound.
QString insertStatement(QStringView body)
{
    return u"INSERT INTO ll_audit (ts_ms, run_id, job_id, object_type, match_key, source_id, target_id, "
           u"direction, operation, attempt, idempotency_key, request_method, request_url, request_headers, "
           u"request_body, response_status, response_body, result, error, duration_ms) "
           u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "_s
        + body + u", ?, "_s + body + u", ?, ?, ?) RETURNING id"_s;
}

} // namespace

StoreResult<qint64> AuditLog::append(const AuditEntry &entry)
{
    const QDateTime timestamp = entry.timestamp.isValid() ? entry.timestamp : m_store.now();
    QByteArray requestBody =
        entry.bodiesRedacted ? entry.requestBody : Redactor::redactBody(entry.requestBody);
    QByteArray responseBody =
        entry.bodiesRedacted ? entry.responseBody : Redactor::redactBody(entry.responseBody);
    for (QByteArray *body : {&requestBody, &responseBody}) {
        if (body->isNull())
            *body = QByteArray("", 0); // empty, not NULL (the columns are NOT NULL)
    }
    // SQLite gets the UTF-8 bytes and stores them as text as they are (CAST of a blob reads it in
    // the database's encoding, UTF-8): no round trip through UTF-16 for a row that may hold a
    // page of 100 orders. PostgreSQL gets text.
    static const QString sqliteInsert = insertStatement(u"CAST(? AS TEXT)");
    static const QString postgresInsert = insertStatement(u"?");
    const bool sqlite = !m_store.isPostgres();
    const QVariant request = sqlite ? QVariant(requestBody) : QVariant(QString::fromUtf8(requestBody));
    const QVariant response = sqlite ? QVariant(responseBody) : QVariant(QString::fromUtf8(responseBody));
    auto insert = m_store.write(sqlite ? sqliteInsert : postgresInsert,
                                {Sql::ms(timestamp),
                                 Sql::id(entry.runId),
                                 Sql::id(entry.jobId),
                                 entry.objectType,
                                 entry.matchKey,
                                 entry.sourceId,
                                 entry.targetId,
                                 entry.direction,
                                 entry.operation,
                                 entry.attempt,
                                 entry.idempotencyKey,
                                 entry.requestMethod,
                                 redactedUrl(entry.requestUrl),
                                 redactedHeadersText(entry.requestHeaders),
                                 request,
                                 entry.responseStatus,
                                 response,
                                 entry.result,
                                 entry.error,
                                 entry.durationMs},
                                u"writing the audit entry"_s);
    if (!insert)
        return insert.error();
    return insert.value().returned.toLongLong();
}

namespace {

/// The WHERE clause of a filter ("" when it filters nothing) and its bound values: only the shape
/// of the statement depends on the filter.
QString whereOf(const AuditQuery &filter, QVariantList &values)
{
    QStringList where;
    if (!filter.matchKey.isEmpty()) {
        where.append(u"match_key = ?"_s);
        values.append(filter.matchKey);
    }
    if (!filter.objectType.isEmpty()) {
        where.append(u"object_type = ?"_s);
        values.append(filter.objectType);
    }
    if (filter.from.isValid()) {
        where.append(u"ts_ms >= ?"_s);
        values.append(filter.from.toMSecsSinceEpoch());
    }
    if (filter.to.isValid()) {
        where.append(u"ts_ms < ?"_s);
        values.append(filter.to.toMSecsSinceEpoch());
    }
    if (!filter.result.isEmpty()) {
        where.append(u"result = ?"_s);
        values.append(filter.result);
    }
    if (filter.runId) {
        where.append(u"run_id = ?"_s);
        values.append(*filter.runId);
    }
    return where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
}

const QString allColumns =
    u"id, ts_ms, run_id, job_id, object_type, match_key, source_id, target_id, direction, "
    u"operation, attempt, idempotency_key, request_method, request_url, request_headers, "
    u"request_body, response_status, response_body, result, error, duration_ms"_s;
/// The same columns with the headers and bodies left out (read as empty text).
const QString listColumns =
    u"id, ts_ms, run_id, job_id, object_type, match_key, source_id, target_id, direction, "
    u"operation, attempt, idempotency_key, request_method, request_url, '', '', "
    u"response_status, '', result, error, duration_ms"_s;

AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry entry;
    entry.id = q.value(0).toLongLong();
    entry.timestamp = Sql::time(q.value(1));
    entry.runId = Sql::optionalId(q.value(2));
    entry.jobId = Sql::optionalId(q.value(3));
    entry.objectType = q.value(4).toString();
    entry.matchKey = q.value(5).toString();
    entry.sourceId = q.value(6).toString();
    entry.targetId = q.value(7).toString();
    entry.direction = q.value(8).toString();
    entry.operation = q.value(9).toString();
    entry.attempt = q.value(10).toInt();
    entry.idempotencyKey = q.value(11).toString();
    entry.requestMethod = q.value(12).toString();
    entry.requestUrl = q.value(13).toString();
    entry.requestHeaders = headersFrom(q.value(14).toString());
    entry.requestBody = q.value(15).toString().toUtf8();
    entry.responseStatus = q.value(16).toInt();
    entry.responseBody = q.value(17).toString().toUtf8();
    entry.result = q.value(18).toString();
    entry.error = q.value(19).toString();
    entry.durationMs = q.value(20).toLongLong();
    return entry;
}

} // namespace

StoreResult<QList<AuditEntry>> AuditLog::query(const AuditQuery &filter)
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    QVariantList values;
    const QString where = whereOf(filter, values);
    values.append(qMax(0, filter.limit));
    values.append(qMax(0, filter.offset));
    const QString sql = u"SELECT "_s + (filter.withBodies ? allColumns : listColumns) + u" FROM ll_audit"_s
        + where + (filter.oldestFirst ? u" ORDER BY ts_ms, id"_s : u" ORDER BY ts_ms DESC, id DESC"_s)
        + u" LIMIT ? OFFSET ?"_s;
    auto query = m_store.exec(db.value(), sql, values, u"reading the audit log"_s);
    if (!query)
        return query.error();
    QList<AuditEntry> result;
    QSqlQuery &q = query.value();
    while (q.next())
        result.append(entryFrom(q));
    return result;
}

StoreResult<qint64> AuditLog::count(const AuditQuery &filter)
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    QVariantList values;
    const QString where = whereOf(filter, values);
    auto query = m_store.exec(db.value(), u"SELECT COUNT(*) FROM ll_audit"_s + where, values,
                              u"counting audit entries"_s);
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toLongLong() : 0;
}

StoreResult<std::optional<AuditEntry>> AuditLog::entry(qint64 id)
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    auto query = m_store.exec(db.value(), u"SELECT "_s + allColumns + u" FROM ll_audit WHERE id = ?"_s, {id},
                              u"reading the audit entry %1"_s.arg(id));
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(entryFrom(query.value()));
}

StoreResult<int> AuditLog::pruneBefore(const QDateTime &before)
{
    int removed = 0;
    auto done = m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        auto remove = m_store.exec(db, u"DELETE FROM ll_audit WHERE ts_ms < ?"_s,
                                   {before.toMSecsSinceEpoch()}, u"pruning the audit log"_s);
        if (!remove)
            return remove.error();
        removed = remove.value().numRowsAffected();
        return std::nullopt;
    });
    if (!done)
        return done.error();
    return removed;
}

} // namespace LedgerLink::Store
