#include "store/migrations.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Store {

namespace {

// One definition per version, written once for both dialects. The tokens differ only where the
// dialects do: an auto-increment key and a 64-bit integer. Times are integer milliseconds since
// the epoch (UTC): sortable and indexable on both. Ids from other systems are TEXT, so a
// 64-bit Shopify id never passes through a double. JSON documents are TEXT (compact JSON).
// Never edit a released migration: add a new version.
const QStringList &definition(int version)
{
    static const QList<QStringList> all = {
        // 1: workspaces, connections, cross-reference, idempotency ledger, job queue, dead letters
        {
            uR"(CREATE TABLE ll_workspaces (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                created_ms %BIGINT% NOT NULL))"_s,
            // No secret columns: credentials live in the keychain under keychain_key.
            uR"(CREATE TABLE ll_connections (
                id TEXT PRIMARY KEY,
                workspace_id TEXT NOT NULL REFERENCES ll_workspaces(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                name TEXT NOT NULL,
                base_url TEXT NOT NULL,
                settings TEXT NOT NULL,
                keychain_key TEXT NOT NULL,
                created_ms %BIGINT% NOT NULL,
                updated_ms %BIGINT% NOT NULL,
                UNIQUE (workspace_id, name)))"_s,
            uR"(CREATE TABLE ll_cross_references (
                id %ID%,
                connection_pair TEXT NOT NULL,
                object_type TEXT NOT NULL,
                store_id TEXT NOT NULL,
                erp_id TEXT NOT NULL,
                match_key TEXT NOT NULL,
                created_ms %BIGINT% NOT NULL,
                updated_ms %BIGINT% NOT NULL,
                UNIQUE (connection_pair, object_type, store_id),
                UNIQUE (connection_pair, object_type, erp_id)))"_s,
            uR"(CREATE INDEX ll_cross_references_match
                ON ll_cross_references (connection_pair, object_type, match_key))"_s,
            uR"(CREATE TABLE ll_idempotency (
                idem_key TEXT PRIMARY KEY,
                first_seen_ms %BIGINT% NOT NULL,
                result TEXT NOT NULL,
                target_id TEXT NOT NULL))"_s,
            uR"(CREATE TABLE ll_jobs (
                id %ID%,
                kind TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('queued', 'leased', 'done', 'failed', 'dead')),
                priority INTEGER NOT NULL,
                attempts INTEGER NOT NULL,
                next_attempt_ms %BIGINT% NOT NULL,
                lease_owner TEXT,
                lease_expires_ms %BIGINT%,
                payload TEXT NOT NULL,
                last_error TEXT NOT NULL,
                created_ms %BIGINT% NOT NULL,
                updated_ms %BIGINT% NOT NULL))"_s,
            uR"(CREATE INDEX ll_jobs_due ON ll_jobs (state, next_attempt_ms, priority))"_s,
            uR"(CREATE TABLE ll_dead_letters (
                id %ID%,
                job_id %BIGINT% REFERENCES ll_jobs(id) ON DELETE SET NULL,
                object_type TEXT NOT NULL,
                object_id TEXT NOT NULL,
                error TEXT NOT NULL,
                payload TEXT NOT NULL,
                created_ms %BIGINT% NOT NULL,
                replayed_ms %BIGINT%))"_s,
            uR"(CREATE INDEX ll_dead_letters_open ON ll_dead_letters (replayed_ms, created_ms))"_s,
        },
        // 2: runs, plans, audit log, reconciliation results
        {
            uR"(CREATE TABLE ll_runs (
                id %ID%,
                kind TEXT NOT NULL CHECK (kind IN ('dry-run', 'sync', 'reconcile')),
                connection_pair TEXT NOT NULL,
                started_ms %BIGINT% NOT NULL,
                finished_ms %BIGINT%,
                status TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'failed', 'cancelled')),
                counts TEXT NOT NULL))"_s,
            uR"(CREATE INDEX ll_runs_started ON ll_runs (started_ms))"_s,
            uR"(CREATE TABLE ll_plans (
                id %ID%,
                run_id %BIGINT% NOT NULL REFERENCES ll_runs(id) ON DELETE CASCADE,
                object_type TEXT NOT NULL,
                object_id TEXT NOT NULL,
                action TEXT NOT NULL CHECK (action IN ('create', 'update', 'skip', 'conflict', 'blocked')),
                match_key TEXT NOT NULL,
                before_json TEXT NOT NULL,
                after_json TEXT NOT NULL,
                diff_json TEXT NOT NULL))"_s,
            uR"(CREATE INDEX ll_plans_run ON ll_plans (run_id, action))"_s,
            uR"(CREATE TABLE ll_audit (
                id %ID%,
                ts_ms %BIGINT% NOT NULL,
                run_id %BIGINT%,
                job_id %BIGINT%,
                object_type TEXT NOT NULL,
                match_key TEXT NOT NULL,
                source_id TEXT NOT NULL,
                target_id TEXT NOT NULL,
                direction TEXT NOT NULL,
                operation TEXT NOT NULL,
                attempt INTEGER NOT NULL,
                idempotency_key TEXT NOT NULL,
                request_method TEXT NOT NULL,
                request_url TEXT NOT NULL,
                request_headers TEXT NOT NULL,
                request_body TEXT NOT NULL,
                response_status INTEGER NOT NULL,
                response_body TEXT NOT NULL,
                result TEXT NOT NULL,
                error TEXT NOT NULL,
                duration_ms %BIGINT% NOT NULL))"_s,
            // The questions users ask: "order #1001" / a SKU / an email (match key + object type),
            // "what happened yesterday" (time range), "show me the failures" (result).
            uR"(CREATE INDEX ll_audit_match ON ll_audit (match_key, object_type, ts_ms))"_s,
            uR"(CREATE INDEX ll_audit_type_time ON ll_audit (object_type, ts_ms))"_s,
            uR"(CREATE INDEX ll_audit_time ON ll_audit (ts_ms))"_s,
            uR"(CREATE INDEX ll_audit_result ON ll_audit (result, ts_ms))"_s,
            uR"(CREATE INDEX ll_audit_run ON ll_audit (run_id))"_s,
            uR"(CREATE TABLE ll_reconciliation (
                id %ID%,
                run_id %BIGINT% NOT NULL REFERENCES ll_runs(id) ON DELETE CASCADE,
                object_type TEXT NOT NULL,
                store_id TEXT NOT NULL,
                erp_id TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('matched', 'mismatch', 'missing')),
                difference TEXT NOT NULL,
                currency TEXT NOT NULL,
                cause TEXT NOT NULL,
                details TEXT NOT NULL))"_s,
            uR"(CREATE INDEX ll_reconciliation_run ON ll_reconciliation (run_id, status))"_s,
        },
        // 3: the engine's settings (polling cursors) and the last payload written per record
        {
            uR"(CREATE TABLE ll_settings (
                setting_key TEXT PRIMARY KEY,
                value TEXT NOT NULL,
                updated_ms %BIGINT% NOT NULL))"_s,
            uR"(CREATE TABLE ll_written (
                connection_pair TEXT NOT NULL,
                object_type TEXT NOT NULL,
                store_id TEXT NOT NULL,
                payload_hash TEXT NOT NULL,
                payload TEXT NOT NULL,
                updated_ms %BIGINT% NOT NULL,
                PRIMARY KEY (connection_pair, object_type, store_id)))"_s,
        },
        // 4: what the reconciliation truth pass says about each finding: the match key, both
        // amounts (decimal text, never a double; '' when a side has none), the evidence, the
        // proposed repair (JSON, enough to enqueue it later) and the accountant's review.
        {
            uR"(ALTER TABLE ll_reconciliation ADD COLUMN match_key TEXT NOT NULL DEFAULT '')"_s,
            uR"(ALTER TABLE ll_reconciliation ADD COLUMN store_amount TEXT NOT NULL DEFAULT '')"_s,
            uR"(ALTER TABLE ll_reconciliation ADD COLUMN erp_amount TEXT NOT NULL DEFAULT '')"_s,
            uR"(ALTER TABLE ll_reconciliation ADD COLUMN evidence TEXT NOT NULL DEFAULT '')"_s,
            uR"(ALTER TABLE ll_reconciliation ADD COLUMN repair TEXT NOT NULL DEFAULT '{}')"_s,
            uR"(ALTER TABLE ll_reconciliation ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE ll_reconciliation ADD COLUMN review_comment TEXT NOT NULL DEFAULT '')"_s,
            uR"(ALTER TABLE ll_reconciliation ADD COLUMN reviewed_ms %BIGINT%)"_s,
            uR"(CREATE INDEX ll_reconciliation_key ON ll_reconciliation (object_type, match_key))"_s,
        },
    };
    Q_ASSERT(version >= 1 && version <= all.size());
    return all.at(version - 1);
}

} // namespace

int Migrations::latest()
{
    return 4;
}

QStringList Migrations::statements(int version, Dialect dialect)
{
    const bool pg = dialect == Dialect::Postgres;
    QStringList result;
    for (const QString &statement : definition(version)) {
        QString sql = statement;
        sql.replace(u"%ID%"_s,
                    pg ? u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s
                       : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
        sql.replace(u"%BIGINT%"_s, pg ? u"BIGINT"_s : u"INTEGER"_s);
        result.append(sql);
    }
    return result;
}

QString Migrations::versionTable(Dialect dialect)
{
    return uR"(CREATE TABLE IF NOT EXISTS ll_schema_version (
        version INTEGER PRIMARY KEY,
        application TEXT NOT NULL,
        applied_ms %BIGINT% NOT NULL))"_s.replace(u"%BIGINT%"_s,
                                                  dialect == Dialect::Postgres ? u"BIGINT"_s : u"INTEGER"_s);
}

} // namespace LedgerLink::Store
