<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LedgerLink::Cli</name>
    <message>
        <source>--workspace needs a folder, as in --workspace ~/shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry-run does not know the option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox and --workspace exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli: the dry run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  version        print the version
  help           print this help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate takes one mapping document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet takes one mapping document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is csv or html, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview takes one mapping document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview needs --object RULE and --source SAMPLE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli: %1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  mapping validate FILE [--store-catalog CATALOG.json] [--erp-catalog CATALOG.json]
                 check a mapping document against the two sides&apos; field catalogs
  mapping sheet FILE --format csv|html
                 print the governance sheet (field-mapping sheet for sign-off)
  mapping preview FILE --object RULE --source SAMPLE.json
                 map one sample record and print the target payload, field by field
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mapping command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mapping command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &quot;%1&quot; needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown vendor &quot;%1&quot; for --vendor (shopify, woocommerce or xero)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subcommand given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli: the engine did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 engine started for %2; stop with Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 engine stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--webhook-port needs a port number (0-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--webhook-port needs --daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sandbox was serving %1; started one for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rollout stage is read_only, so run may not write; set &quot;policies.rollout_stage&quot; to one_direction, or use dry-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  created %1, updated %2, skipped %3, blocked %4, dead letters %5, retries %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  See them with &quot;ledgerlink-cli dlq list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs: %1 queued, %2 leased, %3 waiting to retry, %4 done, %5 dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cursor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2, %3, started %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected list, show ID, replay ID or discard ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one dead-letter id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dead-letter id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) queued again; &quot;ledgerlink-cli run&quot; sends them.</source>
        <translation>
            <numerusform>%n dead letter queued again; &quot;ledgerlink-cli run&quot; sends them.</numerusform>
            <numerusform>%n dead letters queued again; &quot;ledgerlink-cli run&quot; sends them.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dead letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no dead letter %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter %1 (job %2), %3 %4, created %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request was sent for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last request: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last response: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter %1 is queued again as job %2; &quot;ledgerlink-cli run&quot; sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter %1 discarded (kept in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one search text, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an ISO date or time (2026-03-01 or 2026-03-01T09:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the audit log matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 %3  %4 attempt %5  %6  %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    store id %1 → ERP id %2, idempotency key %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the subcommand &quot;export&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or html, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run: &quot;%1&quot; is not a run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format csv or --format html is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no run %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no dry run yet; run &quot;ledgerlink-cli dry-run&quot; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan of run %1 (%2 line(s)) written to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli sandbox serve: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a port number (0-65535): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number of orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be on or off, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number of deliveries (1-100): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a delay in milliseconds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli: the sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox store (Shopify Admin REST 2024-04): %1/admin/api/2024-04/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  shop domain %1, header X-Shopify-Access-Token: %2, webhook secret %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox books (Xero Accounting 2.0): %1/api.xro/2.0/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Authorization: Bearer %1, xero-tenant-id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic orders: %1 (generator seed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in %1. Stop with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli sandbox: expected the subcommand &quot;serve&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ledgerlink-cli sandbox serve [--workspace DIR] [--store-port N] [--books-port N] [--orders N]
                               [--rate-limits on|off] [--deliveries N] [--write-delay-ms N] [--json]
      Runs the sandbox store and books on 127.0.0.1 until Ctrl+C (SIGINT/SIGTERM).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ledgerlink-cli &lt;command&gt; [options]

Commands:
  dry-run [--sandbox | --workspace DIR] [--json] [--credentials-from-env]
                 plan what a sync would do, write nothing to either system,
                 and store the plan in the workspace&apos;s state store
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter %1 now carries the edited payload; &quot;dlq replay %1&quot; and &quot;run&quot; send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (list, show, edit, replay, discard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected: dlq edit ID --payload FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of days or &quot;forever&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a number of days (1 to 36500) nor &quot;forever&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit rows older than %n day(s) are removed at the end of every run.</source>
        <translation>
            <numerusform>Audit rows older than %n day are removed at the end of every run.</numerusform>
            <numerusform>Audit rows older than %n days are removed at the end of every run.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit rows are kept forever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the subcommand &quot;search&quot; or &quot;retention&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say &quot;set&quot; or &quot;check&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a sandbox workspace: its credentials are fixed test values, nothing to store (a workspace of your own has a connections.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--side must be store or erp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--field must be access_token or webhook_secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret on standard input (pipe it in, e.g. from a password manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the %1&apos;s %2 in the keychain as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Cancelled: what was not done yet stays queued; &quot;ledgerlink-cli run&quot; continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency needs a number of writes in flight (1-%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rule needs the id of an object rule of the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rule and --all-rules are for a single run, not --daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 record(s) done of %2 read so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of %2 (%3): %4 record(s) read in %5 ms, %6 request(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  run [--workspace DIR] [--json] [--daemon [--webhook-port N]] [--credentials-from-env]
      [--concurrency N] [--rule ID]... [--all-rules]
                 sync once: pull the store&apos;s orders, write invoices, until the queue is empty;
                 --rule: sync these object rules of the mapping instead (&quot;order&quot;, &quot;product&quot;,
                 ...), --all-rules: every rule the connection pair can run;
                 --daemon keeps the triggers (polls, schedules, webhooks) running until Ctrl+C;
                 --concurrency: ERP writes in flight at once (default: the workspace&apos;s, or 1)
  status [--workspace DIR] [--json]
                 jobs by state, dead letters, the order cursor, the last runs
  dlq list|show ID|replay ID|replay all|discard ID [--workspace DIR] [--json]
                 the dead-letter queue: inspect, queue again, or discard
  dlq edit ID --payload FILE [--workspace DIR]
                 replace the mapped payload the replay writes (JSON; the Reference must stay)
  audit search [TEXT] [--order N] [--sku S] [--email E] [--from ISO] [--to ISO]
               [--result R] [--limit N] [--workspace DIR] [--json]
                 every attempt, newest first: &quot;audit search 1001&quot; explains order #1001
  audit retention [DAYS|forever] [--workspace DIR]
                 how long audit rows are kept (default forever); runs remove older ones
  plan export --format csv|html [--run ID] [--output FILE] [--workspace DIR]
                 a stored plan (the last dry run by default) for sign-off
  credentials set --side store|erp --field access_token|webhook_secret [--workspace DIR]
                 store a secret (read from standard input) in the OS keychain
  credentials check [--workspace DIR] [--json]
                 which of the workspace&apos;s secrets the keychain holds (never their values)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli: the %1 access token was renewed during the run and the old refresh token no longer works; with --credentials-from-env the new ones cannot be stored: sign in again before the next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli reconcile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since needs a date, as in --since 2026-11-20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is not an ISO date or time (2026-11-20 or 2026-11-20T09:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format needs text, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is none of text, csv, json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--enqueue-only goes with --repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 record(s) read, %2 compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli: the %1 access token was renewed during the pass and the old refresh token no longer works; with --credentials-from-env the new ones cannot be stored: sign in again before the next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli: the reconciliation was cancelled; nothing was stored but the cancelled run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli: the reconciliation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode: &quot;%1&quot; is neither report nor repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli: the workspace folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine of %1 does not reconcile by itself (schedule &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine of %1 (run --daemon, the studio) reconciles %2 in %3 mode; each pass is stored as a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run: &quot;%1&quot; is not the id of a pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli: %1 has no reconciliation pass yet: run &quot;ledgerlink-cli reconcile&quot; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli: reconcile show: %1 is no reconciliation pass of %2 (&quot;ledgerlink-cli status&quot; lists the runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation pass %1 of %2 (%3 ↔ %4), %5 mode: %n finding(s)</source>
        <translation>
            <numerusform>Reconciliation pass %1 of %2 (%3 ↔ %4), %5 mode: %n finding</numerusform>
            <numerusform>Reconciliation pass %1 of %2 (%3 ↔ %4), %5 mode: %n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>repair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair a finding through the sync: ledgerlink-cli reconcile repair ID... (the rollout stage permitting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair: &quot;%1&quot; is not a finding id (&quot;ledgerlink-cli reconcile show&quot; lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair needs the id of at least one finding (&quot;ledgerlink-cli reconcile show&quot; lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 of %2 job(s) done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli: reconcile repair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 of pass %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not repaired: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 carried it out: created %2, updated %3, skipped %4, dead letters %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;ledgerlink-cli reconcile&quot; again to confirm both sides agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli: the repair was cancelled; what was not done stays queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli: what became of the repairs cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--object needs orders, refunds, prices, stock or payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--object: &quot;%1&quot; is none of orders, refunds, prices, stock, payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reconcile [--repair [--enqueue-only]] [--object orders|refunds|prices|stock|payouts]...
            [--since DATE] [--format text|csv|json] [--workspace DIR] [--json]
            [--credentials-from-env]
                 the truth pass: compare the store with the ERP per object and match key,
                 explain every difference (amounts, cents, cause, evidence, proposed repair)
                 and store the findings; reads only, unless --repair: then the repairs the
                 owners and the rollout stage allow are enqueued as sync jobs and run at once
                 (--enqueue-only, or an engine running the workspace: they wait for it);
                 --since: only orders and refunds changed since DATE, payouts paid since
  reconcile schedule [SCHEDULE|off] [--mode report|repair] [--workspace DIR] [--json]
                 show or set when the workspace&apos;s engine (run --daemon, the studio) runs
                 the pass by itself: &quot;daily 03:00&quot; (the default), &quot;every 6 hours&quot;, off
  reconcile show [--run N] [--format text|csv|json] [--workspace DIR] [--json]
                 a stored pass (the latest unless --run) finding by finding, with the ids
                 &quot;reconcile repair&quot; takes and what became of each repair
  reconcile repair FINDING_ID... [--run N] [--enqueue-only] [--workspace DIR] [--json]
            [--credentials-from-env]
                 repair chosen findings of a stored pass (the latest unless --run) through
                 the sync&apos;s jobs, as the rollout stage allows, and run them at once
                 (--enqueue-only, or an engine running the workspace: they wait for it)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--address needs an IP address, as in --address 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a port number (0-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--capacity needs a number of jobs from 1 to 100000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retry-after needs a number of seconds from 1 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-body needs a number of bytes from 1 to 1073741824</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret file of --%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one of --shopify-secret-file, --woocommerce-secret-file, --xero-secret-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli webhook serve: the workspace folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli webhook serve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgerlink-cli webhook serve: cannot set up signal handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving webhooks for %1 on %2 (capacity %3 jobs, Retry-After %4 s); stop with Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  webhook verify --vendor shopify|woocommerce|xero --secret-file F --body FILE
                 --signature VALUE
                 check a delivery&apos;s signature header exactly as the webhook
                 receiver does; FILE holds the raw body, VALUE the header&apos;s value;
                 one trailing newline of the secret file is not part of the secret;
                 exit 0 valid, 1 invalid (reason on stderr), 2 bad arguments
  webhook serve [--workspace DIR] --shopify-secret-file F [--woocommerce-secret-file F]
                [--xero-secret-file F] [--address A] [--port N] [--capacity N]
                [--retry-after S] [--max-body BYTES] [--json]
                 receive webhooks into the workspace&apos;s job queue until Ctrl+C (the
                 next run executes them); on 127.0.0.1 unless --address says otherwise;
                 port 0 (default): any free port; --capacity: unfinished webhook jobs
                 the queue may hold before deliveries are answered 503 with
                 Retry-After: S seconds (defaults 10000 and 30); --max-body: 413 above
                 it (default 1048576)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Connectors</name>
    <message>
        <source>The %1 connection has no valid base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 connection has no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection&apos;s rollout stage does not allow writes to this side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 got no answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without a JSON object (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount %1 has no known currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the currency is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from the order&apos;s currency %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refund&apos;s currency is unknown (no transaction or line currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no canonical record for this object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without the &quot;%2&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify cannot list &quot;%1&quot; records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Shopify page token &quot;%1&quot; is not a URL of this shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Shopify %2 id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 answered without the &quot;%2&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Shopify %1 can be found by an empty key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify %1 records have no match key look-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Shopify product id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify %1 records cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Xero date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero has no &quot;%1&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero cannot list &quot;%1&quot; records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Xero page number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Xero %2 id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Xero %1 can be found by an empty key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with %2 results for %3 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, record %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LedgerLink&apos;s rate limiter holds requests to %1 back for %2 s (the quota is used up): test again then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at %1 (connection refused): check the base URL&apos;s host and port, and that %2 is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 is not known: check the spelling of the base URL and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time: check the network, a proxy or a firewall, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2): check the base URL&apos;s scheme (https://) and the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without answering: check that the base URL is %2&apos;s API address and whether it needs https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2): check the base URL and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bucket refills by 2 requests a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but refused the access token (HTTP %2): paste a current Admin API access token for this shop, or sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop at %1 is frozen (HTTP %2): its owner must settle the Shopify bill before the API answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the access token but refused to show the shop (HTTP %2): reinstall the app on this shop or ask its owner for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Shopify Admin API %2 (HTTP 404 for shop.json): check that the base URL is the shop&apos;s address, e.g. https://my-shop.myshopify.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop at %1 is locked (HTTP %2): Shopify has locked it; its owner must contact Shopify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of rate-limit budget (HTTP 429): another app is using it up; test again in %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unavailable (HTTP %2): Shopify or the shop has a problem; test again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered GET shop.json with HTTP %2, not like the Shopify Admin API: check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1; it does not list the token&apos;s access scopes (HTTP %2), so missing permissions will show on the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 of %2 requests left in the rate-limit bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 with every access scope LedgerLink needs%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, but the access token is missing the scopes %2: add them to the app&apos;s Admin API access scopes, reinstall it and paste the new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requests left today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero refused the access token (HTTP %1): access tokens expire after 30 minutes; sign in again or paste a fresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero accepted the access token, but it is missing the scopes %1: sign in again and grant them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero accepted the access token but refused the organisation %1 (HTTP %2): check the tenant id (account), or connect the app to that organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Xero Accounting API (HTTP 404 for /api.xro/2.0/Organisation): check the base URL, normally https://api.xero.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero&apos;s %1 rate limit is used up (HTTP 429): test again in %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero is unavailable (HTTP %1): test again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered GET Organisation with HTTP %2, not like the Xero Accounting API: check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 of %2 requests left this minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1%2; the token does not list its scopes, so missing permissions will show on the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 with every scope LedgerLink needs%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, but the access token is missing the scopes %2: sign in again and grant them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 items is not an exact unit price in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connector system given (known: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown connector system &quot;%1&quot; (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 connection has no %2 (account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton has no &quot;%1&quot; object to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tryton page token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton has no &quot;%1&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tryton stock id (&lt;product id&gt;:&lt;warehouse id&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tryton %2 id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Tryton %1 can be found by an empty key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton %1 %2 was written but cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; on database &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as %2; every model LedgerLink uses can be read (Tryton does not list write rights: a missing one shows on the first write).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as %2, but the user may not read %3: add the user to the groups that may (Administration › Users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton sale &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton sale: reference: the store&apos;s order number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the currency code is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order has no lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SKU is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment method&apos;s name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tryton sale id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Tryton sale %2 has the reference &quot;%3&quot;, not this order&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Tryton&apos;s sale %2 comes to %3 %4 before tax, but the order&apos;s lines and shipping add up to %5 %4: check prices with more decimals than the currency allows and the lines of the Tryton sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Tryton&apos;s sale %2 totals %3 %4, the order %5 %4: Tryton added taxes the order does not have (or the other way round); check the products&apos; customer taxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Tryton sale %2 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Tryton made no invoice for sale %2 (state %3, invoice state %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Tryton invoice %2 totals %3 %4, the order %5 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton credit note: reference: the refund&apos;s reference is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton credit note &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither the order&apos;s reference nor the invoice number is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refund has no lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the refunded lines come to %2 in Tryton, but the refund is %3: nothing was booked (check the quantities and which lines were refunded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tryton invoice id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Tryton has no sale with the reference &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Tryton has no posted invoice for %2 to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: the SKU &quot;%3&quot; is not on Tryton invoice %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 × %4 refunded, but Tryton invoice %5 bills only %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON that is broken or cut off (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON without &quot;result&quot; or &quot;error&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton stopped %1 with a warning a person must confirm in Tryton (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton asks for another login step (%1: %2) in %3: LedgerLink logs in with a password only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton refused %1 because the record was changed at the same time (%2); the call can be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton could not do %1 now because its database was busy (%2); the call can be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton failed in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with %3 instead of a JSON-RPC answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton refused the login of user &quot;%1&quot; on database &quot;%2&quot; (HTTP %3): the user name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Tryton database &quot;%1&quot; at %2 (HTTP 404): check the last part of the base URL (http://host:port/&lt;database&gt;/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton holds back logins of user &quot;%1&quot; after too many failed attempts (HTTP 429): it accepts them again after a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton&apos;s %1 answered %2, not [user id, session key]: is %3 a Tryton 6 server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tryton user &quot;%1&quot; has no current company: choose one in the user&apos;s preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton refused %1 (HTTP %2) even after a new login: the method does not exist, is not callable over JSON-RPC, or user &quot;%3&quot; may not call it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton cannot write &quot;%1&quot; records (it writes sale, credit_note, product, stock, party and payment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tryton write failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton has no %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton&apos;s %1.create answered without the new record&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Tryton has no currency %2: add it (Currency › Currencies) with its rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Tryton has no country with the code %2: import the countries (trytond_import_countries) or add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Tryton has no invoice payment method &quot;%2&quot;: add it (Financial › Configuration › Payment Methods) or map the store&apos;s gateway to an existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Tryton has no warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Tryton has no warehouse with the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Tryton has no product with the code (SKU) &quot;%2&quot;: create it in Tryton or sync the product first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail address (the customer&apos;s match key) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton invoice %1 is %2, not posted: it cannot be paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment of %1 is more than the %2 left to pay on Tryton invoice %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton product: code: the SKU is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton product &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tryton product id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Tryton product %2 has the code &quot;%3&quot;: LedgerLink does not change the SKU of an existing product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: a new product needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list_price: a new product needs a list price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: uom: Tryton has no unit with the symbol &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Tryton has no product category with accounts to sell the product with: add one (Product › Categories, &quot;Accounting&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: category: Tryton has no product category &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Tryton created the template %2 without a variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton stock of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Tryton has no lost-and-found location to book the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton party &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tryton party id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton payment: reference: the payment&apos;s reference is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton payment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither the invoice number nor the order&apos;s reference is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Tryton has no posted invoice %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the invoice was already paid by another payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number of minor units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount has no known currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows (%3): LedgerLink does not round prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure has no such object here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure has no &quot;%1&quot; object LedgerLink can convert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Vendure page token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered a record without %2: LedgerLink cannot page on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a Vendure page token of a read with a cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure cannot list &quot;%1&quot; records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Vendure refund id (&quot;&lt;order id&gt;/&lt;refund id&gt;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure has no &quot;%1&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Vendure %1 has an empty id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Vendure %1 can be found by an empty key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure cannot look a refund up by itself: read it by its id &quot;&lt;order id&gt;/&lt;refund id&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used by %2 Vendure %3 records (ids %4): LedgerLink will not guess which one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Vendure Admin API (HTTP 404): the base URL is the server&apos;s root, e.g. http://localhost:3000, without /admin-api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure is unavailable (HTTP %1): test again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer like Vendure&apos;s Admin API: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure accepted the administrator &quot;%1&quot;, but reading its channel failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Vendure (%1, %2) as %3, with every permission LedgerLink needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Vendure (%1) as %2, but its roles lack the permissions %3: grant them in Vendure (Settings, Roles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure login as administrator &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 worked, but Vendure sent no vendure-auth-token header: its authOptions.tokenMethod must include &quot;bearer&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure refused the password of administrator &quot;%1&quot; (%2: %3): check the connection&apos;s user name (account) and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without a user or an error: is this Vendure&apos;s Admin API?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused right after a fresh login (%2: %3): the administrator &quot;%4&quot; lacks a permission it needs; see Test connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure&apos;s channel %1 has no known default currency (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1 is used by %2 variants (ids %3) in Vendure: make it unique there; LedgerLink will not guess which one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Vendure variant has no field &quot;%1&quot; LedgerLink writes (it writes %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stockOnHand: %1 is not a whole number (Vendure counts stock in units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stockOnHand: Vendure has %1 stock locations; the payload must name its stockLocationId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mutation updateProductVariants (%1 variants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 variants for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure variant %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Vendure variant write needs an existing id or a SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure created product %1 for SKU %2 but has no variant with that SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Vendure variant has the SKU %1, and the payload names neither a productId to create it under nor a name and price for a new product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure variant %1: productId is only written when the variant is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Vendure product has no field &quot;%1&quot; LedgerLink writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure product %1: prices, stock and SKUs of an existing product are &quot;variant&quot; writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new Vendure product needs a name and a SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every variant of a new Vendure product needs a sku and a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure product %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure product %1 vanished after its creation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Vendure order write adds a note: its payload holds &quot;note&quot; (and &quot;isPublic&quot;, &quot;code&quot;), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Vendure order write needs a &quot;note&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure has no placed order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure has no order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Vendure refund cannot be changed once it exists (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Vendure refund has no field &quot;%1&quot; LedgerLink writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Vendure refund needs an orderId and an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure refund of order %1: amount: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure order %1 has %2 settled payments: the refund must name its paymentId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendure refund of order %1: lines[%2] names no line of the order (orderLineId or sku) with a positive quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LedgerLink does not write Vendure &quot;%1&quot; records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query productVariants (%1 SKUs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WooCommerce connection&apos;s access token must be &quot;consumer_key:consumer_secret&quot; (the two values of a REST API key, joined by a colon); it has no colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WooCommerce connection&apos;s access token must be &quot;consumer_key:consumer_secret&quot;; its %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumer secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce cannot list &quot;%1&quot; records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a page token of the WooCommerce connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered a list whose element %2 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered an unreadable record (element %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 %3 without date_modified_gmt, which LedgerLink pages by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 %3, modified at %4, before the modified_after it asked for (%5): the store ignores modified_after, which needs WooCommerce 5.8 or later. Update WooCommerce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the header X-WP-TotalPages: &quot;%2&quot;, not a number of pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 answered an unreadable record (element %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a WooCommerce %2 id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce cannot read &quot;%1&quot; records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 %2 answered an unreadable record: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No WooCommerce %1 can be found by an empty key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET orders?search=%1 answered an unreadable record: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET customers?email=%1 answered an unreadable record: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce %1 records have no match key look-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce %1 records cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce product %1 was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a WooCommerce product id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered an unreadable record: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce orders are not created by LedgerLink: the order write has neither an id nor an order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no WooCommerce order numbered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a WooCommerce order id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce order %1: the note is not a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 answered an unreadable record: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 &quot;%3&quot; results for %4 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: WooCommerce refused the %2 of %3 (HTTP %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered an unreadable %2 result for %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WordPress site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirects /wp-json/ to %2: use the address it redirects to (often https://) as the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered /wp-json/ with HTTP %2%3, not WordPress&apos;s REST API: check that the base URL is the WordPress site&apos;s root and that permalinks are not &quot;Plain&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs WordPress, but WooCommerce&apos;s REST API v3 (wc/v3) is not among its APIs: activate WooCommerce (3.5 or later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the REST API key (HTTP 401: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the REST API key but its user may not read orders (HTTP 403: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, but reading orders failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Over plain http the key is sent signed (OAuth 1.0a); use https:// if the site has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: the key reads orders%2. WooCommerce does not say whether the key may also write: give it Read/Write under WooCommerce → Settings → Advanced → REST API; the first write will tell.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page titled &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the key Read/Write permission under WooCommerce → Settings → Advanced → REST API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check this computer&apos;s clock: WooCommerce accepts OAuth signatures for 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no accepted credentials reached WooCommerce: check the consumer key, and that the web server passes the Authorization header on to WordPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the consumer key and secret under WooCommerce → Settings → Advanced → REST API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s WordPress user lacks the permission (an Administrator&apos;s or Shop manager&apos;s key is needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce&apos;s REST API v3 is not at this address: check that the base URL is the WordPress site&apos;s root, that WooCommerce is active and that permalinks are not &quot;Plain&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a price (decimal text such as &quot;19.90&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock_quantity: %1 is not a whole number of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock_quantity is set but manage_stock is false: WooCommerce ignores the quantity of a product whose stock it does not manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an empty body, not WooCommerce JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a PHP message in the body (&quot;%3&quot;): turn WP_DEBUG_DISPLAY off in the site&apos;s wp-config.php, or update the plugin that causes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with %3, not WooCommerce JSON: check that the base URL is the WordPress site&apos;s root and that no caching, security or maintenance plugin answers /wp-json/ requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with JSON cut off after %3 bytes (%4): the site stopped writing in mid-answer (a PHP time or memory limit, or a proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a body that is not JSON (%3 at byte %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a JSON object, not the list WooCommerce sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a JSON list, not the object WooCommerce sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an HTML page (%3) instead of JSON: a proxy or maintenance page in front of the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a JSON body cut off after %3 bytes (%4): the answer was lost on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access token has expired and there is no refresh token: sign in again on the Connections page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access token has expired and could not be renewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of %1 element(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Shopify GraphQL field %1 is &quot;%2&quot;, not a %3 id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LedgerLink does not write the Shopify product fields %1 (GraphQL productCreate/productUpdate/productVariantsBulkUpdate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Shopify product fields %1 hold a value of the wrong type (text expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throttled: the query costs %1 points, the bucket holds %2 of %3 and refills %4 a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2; retry in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Shopify page token &quot;%1&quot; is not one of LedgerLink&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify refused the bulk read of the products: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulk read of the Shopify products was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify&apos;s bulk read of the products (%1) has not finished after %2 minutes; LedgerLink reads again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another bulk operation (%1) replaced LedgerLink&apos;s bulk read of the products (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify&apos;s bulk read of the products (%1) ended %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary file for Shopify&apos;s bulk result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download of Shopify&apos;s bulk result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify&apos;s bulk result has no byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify&apos;s bulk result holds a line that is not a JSON object at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify&apos;s bulk result holds a variant of %1 at byte %2, not after its product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU &quot;%1&quot; is on more than one Shopify product (%2): LedgerLink does not match on a duplicate SKU; give each variant its own SKU in Shopify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Shopify product %1 no longer exists: it was deleted in Shopify after LedgerLink linked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Shopify product %1 has no variant with the SKU %2: LedgerLink updates the variants a product has; add the variant in Shopify first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1: the %2 store does not say which vendor sells a line, so its orders cannot be split by vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 is already one vendor&apos;s part of an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1: total_discounts carries %2 that no line&apos;s discount_allocations holds; a split by vendor needs every discount on its lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1: currency: &quot;%2&quot; is not a currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1, vendor %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: the payout was read without its balance transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from the payout&apos;s currency %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the amount %2 less the fee %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance transactions of Shopify payout %1 came without the &quot;transactions&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next page of payout %1&apos;s balance transactions is not a URL of this shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 store does not give its orders&apos; amounts in its base currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only orders are read in the shop currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund %1: the %2 store does not say which vendor sells a line, so its refunds cannot be split by vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1: the %2 store does not say which vendor sells a line, so its payments cannot be split by vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund %1 of order %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refund is already one vendor&apos;s part of a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order_id: %1 is not the order&apos;s id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order&apos;s currency: &quot;%1&quot; is not a currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from the order&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing; every refunded line names its order line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a line of the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.currency: &quot;%2&quot; is not a currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction %1 of order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: currency: &quot;%2&quot; is not a currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: amount: &quot;%2&quot; is not an amount in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the order has no total in %2, the payment&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the order&apos;s parts have no total to share %2 by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a credit note is allocated to its invoice only when AUTHORISED: map Status to &quot;AUTHORISED&quot; (it is &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocations[%1] names no Invoice.InvoiceID: map the id of the invoice the credit note credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocations[%1].Amount is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credit note %1 is written but not allocated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero has no invoice %1 to allocate the credit note to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero has no %1 %2 to read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RFC 3339 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty (the company&apos;s local currency), and the local currency is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priced in the company&apos;s local currency, which is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central has no &quot;%1&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central has no &quot;%1&quot; object (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The businesscentral connection&apos;s API version is &quot;%1&quot;: Business Central&apos;s standard API is &quot;v2.0&quot; (or the older &quot;v1.0&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The businesscentral connection&apos;s company id &quot;%1&quot; is not a GUID: GET &lt;base URL&gt;/v2.0/companies lists the companies and their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page token &quot;%1&quot; is not a link to this Business Central (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Business Central %2 id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Business Central %1 can be found by an empty key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customerPayment applies to the sales invoice %1, which Business Central does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sales invoice %1 the customerPayment applies to has no customerNumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1&apos;s customer could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST customers answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Business Central customer %1 has no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Business Central has no %2 %3 to update (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Business Central sent the %2 without an @odata.etag, so it cannot be updated safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 was changed in Business Central while it was being updated (HTTP %3: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central refused the access token (HTTP %1): tokens from the Microsoft identity platform expire after about an hour, and must be issued for https://api.businesscentral.dynamics.com; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central accepted the access token but refused the company %1 (HTTP %2): check that the signed-in user (or the app&apos;s registration in Business Central) has permission sets that allow reading and writing sales documents, customers and items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central has no company %1 at this base URL (HTTP %2): check the company id (account) and the tenant and environment in the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the Business Central company “%1” (%2, API %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>realm id (company id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing, and the account&apos;s currency is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (currency record %2) is not an ISO 4217 code, and the account&apos;s currency %2 is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (and no links rel &quot;self&quot; names the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [at %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite has no &quot;%1&quot; record type here (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NetSuite connection&apos;s access token must be the four token-based authentication secrets &quot;consumerKey:consumerSecret:tokenId:tokenSecret&quot; joined by colons; it has %1 part(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NetSuite connection&apos;s access token must be &quot;consumerKey:consumerSecret:tokenId:tokenSecret&quot;; its %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a NetSuite account id (letters, digits, &apos;_&apos; and &apos;-&apos;, e.g. 123456_SB1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: NetSuite refused the token-based authentication (HTTP 401: %2): check the consumer key and secret, the token id and secret, the account id %3 (the realm), and this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page token &quot;%1&quot; is not a NetSuite offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a NetSuite %2 id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NetSuite %1 can be found by an empty external id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without the new record&apos;s URL in Location (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created %2 %3, which could not be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: NetSuite has no %2 %3 to update (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 could not be read back after the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite refused the token-based authentication (HTTP %1): check the consumer key and secret, the token id and secret, the account id %2, and this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite accepted the token but its role may not read customers (HTTP %1): give the token&apos;s role the REST Web Services permission and access to customers, items and sales transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the NetSuite account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document names no currency and the company&apos;s home currency is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company&apos;s home currency is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks has no &quot;%1&quot; entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no canonical record for this entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks has no &quot;%1&quot; entity (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: QuickBooks answered with a %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a QuickBooks start position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a QuickBooks %2 Id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QuickBooks %1 can be found by an empty key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment pays the QuickBooks invoice %1, which QuickBooks does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment names no customer: map CustomerRef.value, or the invoice it pays (Line[].LinkedTxn[].TxnId with TxnType &quot;Invoice&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 names no customer: map CustomerRef.value, or CustomerRef.name and BillEmail.Address so that the customer is found or created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks answered with a customer without an Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line[%1] names no item: map SalesItemLineDetail.ItemRef.value, or ItemRef.name (the item&apos;s SKU or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line[%1]: QuickBooks has no item whose SKU or name is &quot;%2&quot;: add it to Products and Services, or map the line to another item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: QuickBooks has no %2 %3 to update (deleted or made inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, item %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer holds no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks refused the access token (HTTP %1): access tokens expire after an hour; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks accepted the access token but refused the company %1 (HTTP %2): check the realm id (account), and that the app was granted the com.intuit.quickbooks.accounting scope for that company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the QuickBooks company “%1” (realm %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company database (CompanyDB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST suiteql answered &quot;items&quot; that is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SuiteQL query of %1 answered a row without a record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SuiteQL query answered a row without a record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction names no customer: map entity.id, or email and entity.refName so that the customer is found or created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite created the customer %1 without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a NetSuite invoice id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment applies to the NetSuite invoice %1, which NetSuite does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NetSuite invoice %1 names no customer (entity.id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment names no customer: map customer.id, or the invoice it applies to (apply.items[].doc.id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line names no item: map item.items[].item.id, or item.items[].item.refName (the item&apos;s name/number, the SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite has no item whose name/number (itemId) is &quot;%1&quot; (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the product has no internal reference (SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Odoo %1 record without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo&apos;s %1 records have no canonical form in LedgerLink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo has no object &quot;%1&quot; in LedgerLink (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Odoo connection&apos;s secret must be &quot;&lt;login&gt;:&lt;API key&gt;&quot; (the user&apos;s login, a colon, then the API key from Preferences → Account Security); it has no colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Odoo connection&apos;s secret has no login before the colon (&quot;&lt;login&gt;:&lt;API key&gt;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Odoo connection&apos;s secret has no API key after the colon (&quot;&lt;login&gt;:&lt;API key&gt;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo&apos;s product codes could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo page token &quot;%1&quot; is not an offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Odoo record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Odoo %1 cannot be looked up by an empty key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Odoo %1 (database &quot;%2&quot;, company &quot;%3&quot;) as &quot;%4&quot;; every right LedgerLink needs is granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Odoo %1 as &quot;%2&quot;, but the user lacks these rights: %3. Give the user the Sales and Invoicing (Billing) access in Odoo&apos;s user settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused %1 (AccessDenied): %2 — check the login and the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused %1 (AccessError): %2 — the user needs the access rights for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo found no record for %1 (MissingError): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo has no JSON-RPC endpoint for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo could not do %1 now because its database was busy (%2: %3); the call can be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken or cut-off JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with %3 instead of a JSON-RPC answer: is %4 an Odoo server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Odoo server at %1 runs version %2: LedgerLink supports Odoo 16, 17 and 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database name &quot;%1&quot; (the connection&apos;s account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused the login &quot;%1&quot; on database &quot;%2&quot; (authenticate answered false): the login or the API key is wrong, or the key has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Odoo write failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Odoo has no %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the customer has neither an e-mail nor a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Odoo&apos;s create of the customer answered no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product with the internal reference (SKU) &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales tax %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: LedgerLink cannot find what this reference names in Odoo; give the record&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo %1 %2 was written but cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LedgerLink does not write Odoo %1 records (it writes %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo&apos;s create of a %1 answered no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.amount_total is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo computed %1 %2 for %3 &quot;%4&quot; where the store&apos;s total is %5; the draft was deleted (check the prices, taxes and their price-included setting in Odoo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo %1 %2 is %3 and cannot be changed: correct it with a credit note in Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment.communication is empty: it is the reference LedgerLink finds the payment by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1: Odoo has no posted invoice %2 to pay yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo registered payment %1 but no customer payment with that reference can be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (HH:MM:SS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document names no currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 code: define the company&apos;s currencies with their international codes (Administration → Setup → Banking → Currencies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Business One has no &quot;%1&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Business One %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Business One %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Business One has no &quot;%1&quot; object (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sapb1 connection&apos;s secret must be &quot;&lt;UserName&gt;:&lt;Password&gt;&quot;: the SAP Business One user name and its password, separated by a colon (the first colon; the password may hold more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sapb1 connection&apos;s base URL &quot;%1&quot; is not a Service Layer root: it ends in /b1s/v1 or /b1s/v2, e.g. https://b1server:50000/b1s/v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Business One refused the login of %1 to the company database %2 (HTTP %3: %4): check the user name, the password and the company database (account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST Login answered HTTP %1 without a session (no B1SESSION cookie, no SessionId)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Business One answered the %1 collection without a &quot;value&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page token &quot;%1&quot; is not a link into the Service Layer at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 key to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the business partner has neither a CardCode nor an EmailAddress to make one from: map either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incoming payment names no customer: map CardCode, or the invoice it pays (PaymentInvoices[0].DocEntry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incoming payment pays the invoice %1, which SAP Business One does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice %1 the incoming payment pays has no CardCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 names no customer: map CardCode, or EmailAddress (and CardName) so that the customer is found or created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1&apos;s customer %2 could not be created: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST BusinessPartners answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DocumentLines[%1]: SAP Business One has no item with the ItemCode (SKU) &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SAP Business One has no %2 %3 to update (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 worked, but the %2 cannot be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 was changed in SAP Business One while it was being updated (HTTP 412: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Business One accepted the login to %1 but refused to list items (%2): check the user&apos;s authorizations for items, business partners and sales documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the SAP Business One company database “%1” (Service Layer %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (YYYY-MM-DDThh:mm:ss±hhmm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing, and the organisation&apos;s currency is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Zoho Books module LedgerLink knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho Books %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho Books %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho Books has no &quot;%1&quot; module LedgerLink knows (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zoho connection&apos;s organization id &quot;%1&quot; is not a number: copy it from Zoho Books (Settings, Organization Profile) or choose the organization after signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Zoho Books answered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zoho Books page number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without a &quot;%2&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zoho Books %2 id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment names no customer: map customer_id, or the invoice it pays (invoices[].invoice_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment pays the Zoho Books invoice %1, which Zoho Books does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 names no customer: map customer_id, or customer_email and customer_name so that the contact is found or created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line_items[%1]: Zoho Books has no item whose SKU or name is &quot;%2&quot;: add it to Items, or map the line to another item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho Books refused the access token (HTTP %1): access tokens expire after an hour, and a token of another data centre is refused too; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho Books accepted the access token, but the organization %1 is not among the user&apos;s (%2): check the organization id (account) and the data centre of the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the Zoho Books organization “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line names no location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine</name>
    <message>
        <source>%1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not in the document&apos;s currency %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toward zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>away from zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency: missing; no default currency is assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.quantity: %2 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.rate: %2 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.discount: %2 is more than the line&apos;s %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount_total: %1 is less than the %2 the lines and shipping carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount_total: the order discount of %1 not carried by its lines is more than the %2 of its items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount_total: the order discount of %1 has no item line to go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % included in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the document total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its share of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax rounding: the store&apos;s %1 is the tax rounded %2 (%3); %4 rounds %5: %6 (%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax rounding: the store&apos;s %1 and %2&apos;s %3 (rounded %4) differ by %5, within one minor unit per taxed line (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store&apos;s tax %1 is not what its rates give under any rounding rule, per line or on the total; %2 computes %3 (rounded %4: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order is in %1 but the document is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total differs by its tax: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order&apos;s total %1 is not its lines, shipping and tax as %2 builds them (%3); %4 is unexplained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipping: the order reports %1 shipping but its shipping lines carry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sum of its lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no amount to convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no home currency; no default currency is assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange rate %1 %2 per %3 is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange rate %1 between %2 and itself: it must be 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency rate: converted line by line at %1 (%2) the %3 is %4; %5 converted at once is %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: base_currency: missing; no default currency is assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the document is in %2, the order in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1: the document has no currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1: lines[%2].vendor: empty; every line of a marketplace order needs its vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1: no item lines to split by vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1: shipping %2 cannot be shared: no vendor has a positive net amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1: the vendor documents come to %2 (tax %3), not the order&apos;s %4 (tax %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee: no amount to charge it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee: the rate %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee: fixed part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payout %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit: missing; no default currency is assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: payment %2 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.amount: %2 is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.status: payment %2 is &quot;%3&quot;; only settled payments are paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.kind: payment %2 is an &quot;%3&quot;; only sales and captures are paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank received %1 but payments %2 − refunds %3 − fees %4 = %5; %6 is unexplained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank received %1, %2 less than the payout&apos;s %3: exactly %4 %5, which the deposit does not seem to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.tax: %2 refunded on %3, which carries no tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.subtotal: %2 is more than the %3 of %4 left to credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.tax: %2 is more than the %3 of %4&apos;s %5 left to credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund %1 credits the last units of %2 with %3, but %4 of it was left: %5 stays uncredited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: &quot;%3&quot; is not a line of order %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.quantity: %2 is not a positive quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.quantity: %2 of %3 asked, but only %4 of %5 are left to credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipping: %1 refunded, but only %2 of shipping is left to credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store refunded %1 but the credit note for its lines, shipping and adjustment comes to %2; %3 is unexplained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounding: the store refunded %1 and the credit note comes to %2; the %3 between them is within one minor unit per credited line (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store refunded %1 but only %2 is credited by lines, shipping and adjustment; %3 is not on the credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund %1 of order %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoiced document has no currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the order in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund %1 belongs to order %2, not to order %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund %1 of order %2 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is already credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund %1 of order %2: the order is fully credited already; nothing is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payout %1: %2.amount: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payout %1: %2.amount: the charge %3 is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payout %1: %2.amount: the refund %3 is not negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::ConnectorDryRun</name>
    <message>
        <source>the sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sandbox was serving %1; started one for this dry run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this workspace&apos;s credentials are needed for a dry run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::Credentials</name>
    <message>
        <source>%1: --credentials-from-env was given, but %2 is not set (the %3&apos;s %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no keychain to read the credentials from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the keychain cannot be read (%2). On a machine without a keychain, opt in to environment variables: pass --credentials-from-env and set %3 and %4 (README, &quot;Credentials&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the renewed %1 of %2 could not be stored in the keychain: %3; sign in again on the Connections page before the next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the keychain holds no %2 for the %3 (%4); add it with &quot;ledgerlink-cli credentials set --workspace %5 --side %3 --field %2&quot;. If you stored it before, the keychain may be locked: unlock it (log in to the desktop session) and run again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::DeadLetters</name>
    <message>
        <source>there is no dead letter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead letter %1 was already replayed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead letter %1 replayed by the user as job %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload has no &quot;Reference&quot;; LedgerLink finds the invoice again by it, so it must stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Reference &quot;%1&quot; differs from the order&apos;s &quot;%2&quot;; LedgerLink finds the invoice again by it, so it must stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead letter %1: the mapped payload was edited by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead letter %1 discarded by the user: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::DryRun</name>
    <message>
        <source>LedgerLink dry run %1 — workspace %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): </source>
        <translation>
            <numerusform>%n change: </numerusform>
            <numerusform>%n changes: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 create, %2 update, %3 skip, %4 conflict, %5 blocked
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is stored in %1 as run %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged (⚑): %1 of the changes; their writes go ahead, check them before they do.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::Executor</name>
    <message>
        <source>%1: another engine (process %2 on %3) is running on this workspace; stop it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot take the engine lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the &quot;order&quot; rule cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store connection (%1) cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ERP connection (%1) cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook topic %1 is not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job names no order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 no longer exists in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked by the mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged since the last write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ERP returned no record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written in a batch (key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice already existed (found by key or look-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 writes the same order in this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ERP connector returned no outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown job kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dry run could not read %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 order(s) read from the store (%2) and %3 invoice(s) from the ERP (%4), read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to either system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked by the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the linked invoice %1 no longer exists in the ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) change</source>
        <translation>
            <numerusform>%n field changes</numerusform>
            <numerusform>%n fields change</numerusform>
        </translation>
    </message>
    <message>
        <source>the ERP already has invoice %1 with Reference %2; it will be linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>new invoice %1, %n line(s)</source>
        <translation>
            <numerusform>new invoice %1, %n line</numerusform>
            <numerusform>new invoice %1, %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>the mapped payload as edited in the dead-letter queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 writes another version of the order in this batch; this one follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred behind job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read ahead; not used: the pull stopped before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a write of this order is still on its way; this job follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred behind a write on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the read was stopped before the store answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read ahead for the next pull; not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the &quot;order&quot; rule names no ERP object (erp_object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; writes to the store, which the rollout stage allows only at &quot;both&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping has no rule &quot;%1&quot; this connection pair can run (rules: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is gone from the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target returned no %1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 found by &quot;%3&quot; is already linked to the %4 record %5 by the rule &quot;%6&quot;; the rule maps one record to one, so it is not overwritten (map to the object that has one &quot;%3&quot;, e.g. a variant, or give the records their own keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 no longer has lines of the vendor of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be split by vendor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>split by vendor into %n record(s): %1</source>
        <translation>
            <numerusform>split by vendor into %n record: %1</numerusform>
            <numerusform>split by vendor into %n records: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be split by vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payout %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payout %1 does not add up, so no deposit is written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction %1 is &quot;%2&quot;, not settled: only settled payments are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction %1 is a %2, not a payment: only sales and captures are written as payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 names no order, so it cannot be split by vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 of %2 %3 no longer exists in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 comes to nothing for any vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 no longer comes to anything for the vendor of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::PlanExport</name>
    <message>
        <source>LedgerLink plan %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes (before → after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::Reconciler</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>order %1: its amounts are not all in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund %1 has no total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax rounding (per line vs on the total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund not credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited after sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store connection (%1) cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ERP connection (%1) cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the %1&apos;s %2 records failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not compared, unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping has no rule that writes store orders to the ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connectors cannot read %1 (store) and %2 (ERP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 the order was written to is %3 in the ERP (changed %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was written to %1 %2 (linked %3), which the ERP no longer has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync could not write it; its dead letter says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LedgerLink never wrote it (no cross-reference) and the ERP has no %1 with the key &quot;%2&quot;; the order was last changed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (%2) has no %3 in the ERP. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write order %1 to the ERP again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is in %2 (shop currency %3), the %4 %5 in %6: no rate between them is known, so the totals %7 and %8 cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the currency of the ERP record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: the store&apos;s total is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 at the order&apos;s rate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the ERP&apos;s %1 %2 is %3: %4 %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with its tax of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipping of %1%2 is charged on the order but not in the ERP&apos;s %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, as the ERP&apos;s tax of %1 does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax rounding: the store computed %1 tax on the order total, while its lines&apos; taxes rounded one by one add up to %2 (%3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a discount of %1 on the order is not allocated to its lines, which is all the ERP&apos;s %2 gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency rate: converting %1 to %2 amount by amount, each rounded to the cent, is not the same as converting the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is made up of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remaining %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store changed the order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ERP changed %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was edited after sync: %2, after LedgerLink last wrote it %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not explained by shipping, tax rounding, discounts or currency, and neither side changed after the last sync (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a sync writes the same amounts again; change the mapping (or the ERP record) so that both sides agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping has no rule for refunds and credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1 of order %2 (%3 on %4: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its %1 %2 is %3 in the ERP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was written to %1 %2, which the ERP no longer has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping&apos;s rule &quot;%1&quot; runs from the ERP to the store, so LedgerLink does not create credit notes: the ERP&apos;s users must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LedgerLink never wrote it (no cross-reference) and no %1 of the ERP names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 in the ERP. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the refund to the ERP as a credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the credit note for %1 in the ERP (it owns credit notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 %3 is in %4 and no rate is known to compare it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the currency of the credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded shipping of %1 is not on the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency rate: converted from %1 amount by amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the ERP&apos;s %2 %3 is %4: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 changed %2, after LedgerLink last wrote it %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store&apos;s refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP&apos;s credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not explained by refunded shipping or currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the refund to the ERP again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: correct the credit note or the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping has no rule for products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) appear more than once in the store, each compared: %1</source>
        <translation>
            <numerusform>%n SKU appears more than once in the store, each compared: %1</numerusform>
            <numerusform>%n SKUs appear more than once in the store, each compared: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) only in %1 (the owner does not list them), not compared: %2</source>
        <translation>
            <numerusform>%n SKU only in %1 (the owner does not list them), not compared: %2</numerusform>
            <numerusform>%n SKUs only in %1 (the owner does not list them), not compared: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>SKU %1 is listed by %2 (the owner of prices) at %3 but %4 has no such SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create SKU %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1 costs %2 in the store and %3 in the ERP: different currencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check which currency the price is kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1: %2 (the owner of prices) has %3, %4 has %5 (%6, last changed there %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the price of %1 in %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping has no rule for stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) have no quantity in the ERP (it does not track their stock), not compared: %1</source>
        <translation>
            <numerusform>%n SKU has no quantity in the ERP (it does not track their stock), not compared: %1</numerusform>
            <numerusform>%n SKUs have no quantity in the ERP (it does not track their stock), not compared: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n store stock level(s) of items without a SKU, not compared: %1</source>
        <translation>
            <numerusform>%n store stock level of items without a SKU, not compared: %1</numerusform>
            <numerusform>%n store stock levels of items without a SKU, not compared: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SKU %1: the ERP has %2 on hand%3, the store %4%5: %6 in the store; %7 owns stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the stock of %1 in %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) with stock in %1 are not in %2 (see prices), not compared: %3</source>
        <translation>
            <numerusform>%n SKU with stock in %1 are not in %2 (see prices), not compared: %3</numerusform>
            <numerusform>%n SKUs with stock in %1 are not in %2 (see prices), not compared: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the reconciler is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repairs wait in the queue: &quot;ledgerlink-cli run&quot; (or the engine running this workspace) carries them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sandbox was serving %1; started one for this pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this workspace&apos;s credentials are needed for a reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reconciliation schedule &quot;%1&quot; is not understood: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record waits in the dead-letter queue: fix its cause, then &quot;ledgerlink-cli dlq replay %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rollout stage &quot;%1&quot; does not let LedgerLink write to the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same repair is queued already (job %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repairs wait in the queue for the engine that runs this workspace (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run of the repairs failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run of the repairs was cancelled; the rest stays queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices per SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock per SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LedgerLink reconciliation %1 — %2 ↔ %3 (repair: the repairs the owners allow go through the sync&apos;s jobs)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LedgerLink reconciliation %1 — %2 ↔ %3 (report only: nothing was changed in either system)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1, compared %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; orders and refunds changed since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPARED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EQUAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIFFER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (rule &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: both sides agree to the cent on everything compared.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s): %1
</source>
        <translation>
            <numerusform>%n difference: %1
</numerusform>
            <numerusform>%n differences: %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store %1 (%2), ERP %3 (%4), difference %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair (by a person, in %1): %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair (%1 in %2 through the sync, job %3): %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair enqueued as job %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair not enqueued: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs: %1 enqueued, %2 already queued, %3 not allowed by the rollout stage, %4 for a person, %5 waiting in the dead-letter queue.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 carried them out: created %2, updated %3, skipped %4, dead letters %5.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;ledgerlink-cli reconcile&quot; again to confirm both sides agree.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to compare, all reads. Stored in %1 as run %2.
</source>
        <translation>
            <numerusform>%n request to compare, all reads. Stored in %1 as run %2.
</numerusform>
            <numerusform>%n requests to compare, all reads. Stored in %1 as run %2.
</numerusform>
        </translation>
    </message>
    <message>
        <source>the snapshot holds no %1 records of the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot holds only the %1&apos;s %2 records changed since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this difference needs a person (the mapping, or the other side&apos;s users): no job can repair it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its repair is queued already (job %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was repaired already by job %1: reconcile again to see whether both sides agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its repair job %1 waits in the dead-letter queue (dead letter %2): fix its cause, then replay it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record waits in the dead-letter queue (dead letter %1): fix its cause, then replay it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record waits in the dead-letter queue (dead letter %1): fix its cause, then replay it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enqueued: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enqueued again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enqueued as job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued as job %1: it waits for the engine that runs this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is running (attempt %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 failed (attempt %2) and is tried again at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired by job %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 failed for good (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its dead letter %1 was replayed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It waits in the dead-letter queue: fix its cause, then &quot;ledgerlink-cli dlq replay %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no reconciliation pass yet: run &quot;ledgerlink-cli reconcile&quot; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no reconciliation pass of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no finding to repair was named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finding %1 is not one of pass %2&apos;s findings (it is one of pass %3&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no finding %1 (pass %2 has the findings %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finding %1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sandbox was serving %1; started one for this repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this workspace&apos;s credentials are needed for a repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be split by vendor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 no longer has lines of %2 (the order changed %3), but the %4 %5 written for them %6 is still in the ERP with %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void or credit %1 %2 in the ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping has no rule that writes gateway payouts to the ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1 of %2 (payments %3 − refunds %4 − fees %5 = %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not add up to the deposit %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask the payment gateway which movement the payout %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LedgerLink never wrote it (no cross-reference) and no %1 of the ERP carries &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no deposit in the ERP. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the payout to the ERP as a bank deposit with its fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 %3 is in %4, the payout in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the currency of the bank account the payout is paid into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the bank received %2, the ERP&apos;s %3 %4 says %5: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP&apos;s deposit changed %1, after LedgerLink last wrote it %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference is exactly the fees %1: the deposit was booked gross or the fee line is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not explained by an edit after the sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the payout&apos;s deposit to the ERP again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payouts (bank deposits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attempts failed for now and are tried again later by the engine that runs this workspace (ledgerlink-cli run, or the studio&apos;s Sync now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::ReconciliationReview</name>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store amounts are in %1, shown in %2 at the order&apos;s rate %3, converted amount by amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s amounts are in %1 and the ERP&apos;s in %2, and no rate between them is known: they are shown, not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no such line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no shipping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no tax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no such record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP has no such record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this workspace&apos;s credentials are needed to read the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping has no rule &quot;%1&quot; any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store connection (%1) cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ERP connection (%1) cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s %2 %3 could not be read: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no %2 %3 (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s %2 %3 cannot be read: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation %1 — %2 ↔ %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared %1 (repair: the repairs the owners and the rollout stage allow went through the sync&apos;s jobs). Workspace %2, connection pair %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared %1 (report only: nothing was changed in either system). Workspace %2, connection pair %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders and refunds changed since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: both sides agree to the cent on everything compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), all reads. Run %1 of the state store.</source>
        <translation>
            <numerusform>%n request, all reads. Run %1 of the state store.</numerusform>
            <numerusform>%n requests, all reads. Run %1 of the state store.</numerusform>
        </translation>
    </message>
    <message>
        <source>The payout pays out %1 orders: the first %2 are named by their number, the others by their id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of the orders %1 could not be read: they are named by their id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s payout cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP&apos;s deposit is %1: it counts as no deposit, so the store&apos;s side is shown alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout is in %1 and the deposit in %2: they are shown, not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line of the deposit has no amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other movements %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments less refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fees of %1 movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a payout has no tax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout&apos;s movements come to %1 (%2 less fees %3), not to its deposit %4: the gateway&apos;s own figures differ by %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::RetryPolicy</name>
    <message>
        <source>The request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A validation error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request succeeded (attempt %1 of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is permanent%2; not retrying, the job goes to the dead-letter queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is temporary%2, but all %3 attempts failed; the job goes to the dead-letter queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is temporary%2; retrying in %3 s as the server asked (attempt %4 of %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is temporary%2; retrying in %3 s (attempt %4 of %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a linked record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::Scheduler</name>
    <message>
        <source>&quot;%1&quot;: the interval must be between 1 minute and 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: not a time of day (00:00 to 23:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule; write &quot;every 15 minutes&quot;, &quot;hourly&quot; or &quot;daily 02:00&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on settlement, looked for every %1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::SyncEngine</name>
    <message>
        <source>%1: next %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook receiver cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhooks: listening on http://%1:%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused: triggers only enqueue until resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead letter %1 queued again as job %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dry run was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1: created %2, updated %3, skipped %4, dead letters %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: trigger due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the engine was started without this workspace&apos;s credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: objects.trigger: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused: the run holds after %1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: arrives by webhook; polled every %2 min in case a delivery is lost, next at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no webhook secret for the store: webhooks are not received (add the secret where the connection is set up); schedules and polls go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciliation (%1, %2): next at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciliation due (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scheduled reconciliation could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scheduled reconciliation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>reconciliation run %1: %n difference(s), %2 of them unknown</source>
        <translation>
            <numerusform>reconciliation run %1: %n difference, %2 of them unknown</numerusform>
            <numerusform>reconciliation run %1: %n differences, %2 of them unknown</numerusform>
        </translation>
    </message>
    <message>
        <source>reconciliation run %1: %2 repair(s) enqueued, %3 not allowed by the rollout stage, %4 for a person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::TaxPlan</name>
    <message>
        <source>tax rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund not credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cause unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounded half-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounded half-even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tax %1 will compute could not be predicted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 instead of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will compute %2 tax %3; the store charged %4: the invoice keeps its total of %5 %6, with %7 %6 more tax and as much less net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will compute %2 tax %3; the store charged %4: the invoice keeps its total of %5 %6, with %7 %6 less tax and as much more net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will compute %2 tax %3; the store charged %4: the invoice will be %5 %6 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will compute %2 tax %3; the store charged %4: the invoice will be %5 %6 less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will compute the lines&apos; tax %2 otherwise than the store charged it%3; the tax total stays %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will not take the order&apos;s amounts as they are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will total the invoice %2 %3; the store charged %4 %3: the invoice will be %5 %3 less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will total the invoice %2 %3; the store charged %4 %3: the invoice will be %5 %3 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tax %1 will compute could not be predicted: the store&apos;s order %2 cannot be read as an order: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store converted its total of %1 to %2 at once and each amount on its own; in %3 they add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice is written in %1, but the order is in %2 and its shop currency is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice is written in %1, but the order is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store gave it in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tax %1 will compute could not be predicted in %2, the currency the invoice is written in: %3; the order&apos;s %4 amounts converted at its rate could each be a cent off the store&apos;s own %2 amounts, the size of the differences predicted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::Workspace</name>
    <message>
        <source>the bundled sandbox mapping %1 is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the sandbox mapping document: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2.system&quot; is missing (e.g. &quot;shopify&quot;, &quot;xero&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2.base_url&quot; is not an absolute URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; holds a secret; secrets belong in the keychain, never in workspace files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the workspace folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace has no mapping document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no sandbox is serving this workspace (start one with &quot;ledgerlink-cli sandbox serve --workspace %2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;time_zone&quot; is not a known time zone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2.concurrency&quot; must be a whole number from 1 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bundled mapping cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the mapping document: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;ca_bundle&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Mapping::AutoMapper</name>
    <message>
        <source>same concept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same field name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Mapping::FieldCatalog</name>
    <message>
        <source>convert it with a transform such as $string($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert it with a transform such as $number($), or $money($, currency) for an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert it with a transform such as $string($number($))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert it with a transform such as $round($number($))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target takes a date (YYYY-MM-DD) only; use a transform such as $substring($, 0, 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target takes a date (YYYY-MM-DD); convert it with a transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target takes an ISO 8601 date and time; convert it with a transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map a field of the same type or convert it with a transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field catalog is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field catalog has no &quot;catalog&quot; id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: a field needs a path and one of the known types (&quot;%3&quot; given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field catalog &quot;%1&quot; is built in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Mapping::GovernanceSheet</name>
    <message>
        <source>Store → ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP → Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field-mapping sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1 (catalog %2). ERP: %3 (catalog %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax authority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency: the order&apos;s currency and exchange rate, never a default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of the record the rule &quot;%1&quot; wrote for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Mapping::MappingDocument</name>
    <message>
        <source>unknown key &quot;%1&quot;; remove it or check its spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2; use one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;required&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a poll needs &quot;every_minutes&quot; greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a schedule needs &quot;at&quot;, as in &quot;daily 02:00&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every entry of &quot;fields&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poll every %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping document is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schema&quot; is missing or not a version number; this is not a LedgerLink mapping document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 is newer than this LedgerLink understands (%2); update LedgerLink to open this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;currency&quot; must be &quot;%1&quot;: the order&apos;s currency and rate always travel with it and no default currency is assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every entry must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP owns the catalog and prices; scheduled, plus on change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP (or WMS) owns stock per location; frequent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store owns customers; created in the ERP on first order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store owns orders; real time (webhook, or polling where no webhook can reach the desktop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP owns invoices and credit notes; status back to the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway, through the store, owns payments and refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway owns payouts; each paid payout becomes a bank deposit with its fees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Mapping::ObjectMapper</name>
    <message>
        <source>at position %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping document has no object rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2: the transform does not parse %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transform failed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lookup table &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no entry in the lookup table &quot;%2&quot;; add it to the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, but the transform gave nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, but &quot;%1&quot; is empty in the source record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Mapping::Validator</name>
    <message>
        <source>the lookup table id &quot;%1&quot; is used twice; give each table its own id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object rule id &quot;%1&quot; is used twice; give each rule its own id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not set; name the object of the %2 catalog this rule maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 catalog has no object &quot;%2&quot;; use one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object LedgerLink syncs; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the match key &quot;%1&quot; is mutable and would create duplicates when it changes; match on SKU, email or an external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the direction is none, so its %1 field mappings never run; set a direction or remove them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field mapping id &quot;%1&quot; is used twice in this object; give each mapping its own id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already written by field mapping &quot;%2&quot;; every field has exactly one owner, so remove one of the two mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required target field &quot;%1&quot; of %2 is not mapped; map a source field to it or give it a default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trigger &quot;%1&quot; cannot be delivered: %2 offers only %3 for %4; choose one of those</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object flows both ways, so this field needs an owner; set &quot;owner&quot; to store or erp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field is owned by %1 but the object flows %2, so it would have two owners; remove the field&apos;s owner or make the object two-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target field is set; name the field this mapping writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target field &quot;%1&quot; does not exist in %2 of the %3 catalog; pick a field from the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target field &quot;%1&quot; is read-only in %2 (the system sets it); remove this mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source field &quot;%1&quot; does not exist in %2 of the %3 catalog; pick a field from the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing fills &quot;%1&quot;; set a source field, a transform or a default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a list element but the mapping has no source; set a source field in a list (as &quot;line_items[].sku&quot;) so that it is filled for each element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transform does not parse %1; correct the expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transform reads the lookup table &quot;%1&quot; at position %2, which does not exist; add it under lookup_tables or correct the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lookup table &quot;%1&quot; does not exist; add it under lookup_tables or correct the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: &quot;%1&quot; is %2 but &quot;%3&quot; takes %4; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store writes a catalog price while the ERP owns the catalog (object rule &quot;%1&quot;); prices will drift apart: let the ERP own the price, or accept this knowingly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is filled from &quot;%2&quot; by field mapping &quot;%3&quot;; one target list takes its elements from one source list, so map &quot;%4&quot; into another list, append its elements after the first list&apos;s (&quot;[+]&quot;) or build the whole list with a transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;[+]&quot; appends to a target list; a source list is read with &quot;[]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;split&quot;: &quot;vendor&quot; is for order rules with direction store_to_erp; this rule is %1 with direction %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;split&quot;: &quot;vendor&quot; needs the vendor of each line, and the %1 catalog&apos;s &quot;%2&quot; has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;linked&quot; names the rule &quot;%1&quot;, which the document does not have; name the rule whose written records this field refers to (as &quot;order&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;linked&quot; names this field&apos;s own rule &quot;%1&quot;; name the rule whose written records this field refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;linked&quot; names the rule &quot;%1&quot;, which writes %2; a link is made only to records written in this rule&apos;s direction (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order rule&apos;s fields cannot be linked: orders are mapped before the other rules write; link from the other rule instead (as a payment&apos;s &quot;Invoice.InvoiceID&quot; linked to &quot;order&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; are not both list elements; map an element field to an element field (a single value fills a list only when nothing else fills it element by element), or build the list with a transform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Net::BusinessCentral</name>
    <message>
        <source>Could not list the companies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the new access token when listing the companies (HTTP 401): check that the app has the Dynamics 365 Business Central permission, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no company list at %2 (HTTP 404): check the base URL&apos;s tenant and environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 when listing the companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer the company list with an OData collection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Net::HttpClient</name>
    <message>
        <source>ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the rollout stage %1 does not allow writes to the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the rate limit allows the next request to %1 in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP answer from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 cannot be resolved (DNS): check the address of the connection and this computer&apos;s network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the certificate authority bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was cut off: the connection ended after HTTP %2 and %3 bytes of its body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was not complete within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted (%2). LedgerLink never turns certificate checks off: if the server uses a private certificate authority, add its certificate with the %3 environment variable or &quot;ca_bundle&quot; in connections.json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Net::OAuth2SignIn</name>
    <message>
        <source>%1 refused the sign-in&apos;s code or token (%2): sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know this app (%2): check the client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the token request (HTTP %2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the token request with HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the browser after %1 min: the sign-in was stopped. Start it again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is not configured: the authorization URL, token URL or client id is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LedgerLink received the answer. You can close this tab and go back to LedgerLink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 (port %1) for the browser&apos;s answer: close the program using it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sign-in (no details given): sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not complete: %1 Go back to LedgerLink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was not granted at %1 (%2): LedgerLink can only connect once you allow it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sign-in request (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in (its state does not match); it was ignored. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent the browser back without a code: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s to the token request: try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 to the token request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the token request without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh token is stored for this connection: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 to the token refresh: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the token refresh without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Net::WebhookReceiver</name>
    <message>
        <source>The webhook body has %1 bytes or more, more than the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for webhooks on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 webhook body has %2 bytes, more than the limit of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce&apos;s webhook creation ping was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook secret is configured for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 webhook body is not valid JSON: %2 at byte %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 webhook has no event id (header %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Xero webhook body has no &quot;events&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero&apos;s intent-to-receive check was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Xero webhook event has neither an eventId nor a resourceId and eventDateUtc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state store could not be read; please deliver again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 was received before; nothing was enqueued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state store could not enqueue the event; please deliver again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event of this delivery was received before; nothing was enqueued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job queue holds %1 webhook events not yet run (capacity %2); nothing was enqueued, please deliver again in %3 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Net::WebhookSignature</name>
    <message>
        <source>signature missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature does not match: the body or the secret differs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Net::Xero</name>
    <message>
        <source>Could not list the organisations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the new access token when listing the organisations (HTTP 401): sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 when listing the organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer the organisation list with a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Net::Zoho</name>
    <message>
        <source>Could not list the Zoho Books organizations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the new access token when listing the organizations (HTTP 401%2): the token may belong to another data centre than the base URL&apos;s; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 when listing the organizations%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer with a list of organizations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Sandbox</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the sandbox data folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the sandbox store&apos;s database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the sandbox books&apos; database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox seed resources are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot seed the sandbox store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot seed the sandbox books: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 for the sandbox store: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 for the sandbox books: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Secrets::CredentialStore</name>
    <message>
        <source>The keychain has no entry &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available for &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::AuditLogPage</name>
    <message>
        <source>Order number, SKU or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every attempt on the selected record, across runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its request and response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries</source>
        <translation>
            <numerusform>%n audit entry</numerusform>
            <numerusform>%n audit entries</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading entry %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is no longer in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 %4 · %5 · attempt %6 · %7 ms%8%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::AutoMapDialog</name>
    <message>
        <source>Auto-map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-map has nothing to propose: every target it can match is mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-map proposes these lines. Check the ones to draw; the likely ones are checked already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; needs a transform (the types differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the checked lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::BusinessCentralSignIn</name>
    <message>
        <source>Enter the base URL first: signing in needs to know the Business Central environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of LedgerLink has no client id for the Microsoft sign-in (set LEDGERLINK_BUSINESSCENTRAL_CLIENT_ID to the application (client) id of your Microsoft Entra app registration); paste an access token meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in with your Microsoft work account there and accept LedgerLink&apos;s access; LedgerLink continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser could not be opened: open &lt;a href=&quot;%1&quot;&gt;Microsoft&apos;s sign-in page&lt;/a&gt; yourself (right-click to copy the link), sign in there and accept LedgerLink&apos;s access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening Microsoft&apos;s sign-in page in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with Microsoft; listing the environment&apos;s companies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the environment lists no company this account may use: nothing was stored. Check the base URL&apos;s environment and the user&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the company this connection syncs with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Business Central company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Business Central environment has %1 companies. Which one does this connection sync with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company chosen: nothing was stored. Sign in again to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the tokens for %1 in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Business Central, but the keychain did not store the tokens: %1. Nothing was saved anywhere else; unlock the keychain and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to the Business Central company “%1”. The access and refresh tokens are in the keychain; save to keep the company id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to the Business Central company “%1”. The access token is in the keychain (Microsoft gave no refresh token: sign in again in an hour). Save to keep the company id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::ConnectionHealthPanel</name>
    <message>
        <source>The sandbox is not running: it starts with the first sync or dry run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: no access token in the keychain for this connection; add it where the connection is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at %1; again every %2 minutes while this page is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::ConnectionsPage</name>
    <message>
        <source>Connect real systems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The studio&apos;s own sandbox workspace stays a sandbox: open a folder of your own with &quot;ledgerlink --workspace &lt;folder&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure this folder&apos;s store and ERP connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes connections.json (no secrets) and puts the typed access tokens and webhook secrets into the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP / accounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks reachability, the credentials, their permissions and the rate-limit budget with read requests only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in flows come with the connectors; paste an access token meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my-shop.myshopify.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation&apos;s tenant id (a GUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8123 (ledgerlink-cli sandbox serve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections — sandbox workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace rehearses against LedgerLink&apos;s bundled sandbox store and sandbox books, with fixed test credentials that are not secrets; nothing here can be edited. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To connect real systems, open a folder of your own with &quot;ledgerlink --workspace &lt;folder&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Connect real systems…&quot; turns this folder into a workspace of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1; the access tokens and webhook secrets are in the OS keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder has no connections yet: fill in both sides and save. Until then it works as a sandbox workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started by LedgerLink when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in with the system and fills in the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a web address: enter it in full, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A production connection must use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Xero tenant id of the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Xero tenant id looks like 00000000-0000-0000-0000-000000000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the shop&apos;s domain, e.g. my-shop.myshopify.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shop domain looks like my-shop.myshopify.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connections were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret was typed; the keychain keeps what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the secrets in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not store: %1. Those secrets were not saved anywhere; unlock the keychain and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets are in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox&apos;s fixed test token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox&apos;s fixed test secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the keychain yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; not in the keychain yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are stored in the OS keychain only, never in a file, and are never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the access token from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token for this connection in the keychain: type it above (and save) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable: the server answered (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticated: not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions: not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions: everything LedgerLink needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions: not listed by the system; the reads worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limit budget: %1 of %2 requests left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limit budget: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: save to store the access token in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the studio so that every page works with these connections instead of the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops waiting for the browser; nothing is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: how the shop is named in LedgerLink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name LedgerLink signs in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Tryton user LedgerLink signs in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in with Xero in your browser, stores the access and refresh tokens in the keychain and fills in the tenant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumer_key:consumer_secret; not in the keychain yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company&apos;s realm id (digits), e.g. 1185883450</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QuickBooks company id (Intuit calls it the realm id); &quot;Sign in…&quot; fills it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://quickbooks.api.intuit.com for real companies, https://sandbox-quickbooks.api.intuit.com for Intuit&apos;s sandbox companies (development keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company&apos;s id (a GUID; GET …/api/v2.0/companies lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Business Central company this connection syncs with; &quot;Sign in…&quot; lists the environment&apos;s companies and fills it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment&apos;s API root, up to &quot;.../api&quot;: https://api.businesscentral.dynamics.com/v2.0/&lt;tenant id&gt;/&lt;environment name&gt;/api, e.g. …/v2.0/&lt;tenant id&gt;/production/api or …/sandbox/api. The tenant id (or the tenant&apos;s domain) also names the directory Microsoft signs you in to; without it any work account&apos;s tenant is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the QuickBooks realm id (company id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QuickBooks realm id is a number, e.g. 1185883450.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Business Central company id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Business Central company id looks like 00000000-0000-0000-0000-000000000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in with Intuit in your browser, stores the access and refresh tokens in the keychain and fills in the company&apos;s realm id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in with Microsoft in your browser, lists the environment&apos;s companies, stores the access and refresh tokens in the keychain and fills in the company id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1234567, or 1234567_SB1 for a sandbox account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; Company &gt; Company Information shows it; a sandbox account&apos;s id ends in _SB1, _SB2, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s REST host: https://&lt;account id&gt;.suitetalk.api.netsuite.com, the account id in lower case with &apos;-&apos; for &apos;_&apos;, e.g. https://1234567-sb1.suitetalk.api.netsuite.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company&apos;s database name, e.g. SBODEMOUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Service Layer&apos;s address up to its version: https://&lt;server&gt;:50000/b1s/v1 or …/b1s/v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization&apos;s id (digits), e.g. 10234695</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address of the organization&apos;s data centre: https://www.zohoapis.com/books/v3, …zohoapis.eu/books/v3, …zohoapis.in/books/v3, …zohoapis.com.au/books/v3, and so on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Odoo database name, e.g. mycompany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Odoo server&apos;s address, e.g. https://mycompany.odoo.com (versions 16 to 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the NetSuite account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NetSuite account id looks like 1234567 or 1234567_SB1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the company database LedgerLink logs in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Zoho Books organization id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Zoho Books organization id is a number, e.g. 10234695.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Odoo database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in every part of the credentials: &quot;%1&quot; is empty (they are stored together).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot contain &apos;:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved in the keychain; type every part to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite signs every request with token-based authentication: enter the integration record&apos;s consumer key and secret and the access token&apos;s id and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LedgerLink logs in with the user and password (Odoo: API key) given here; &quot;Test connection&quot; tries them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in with Zoho in your browser (data centre, client ID and secret of your app in the Zoho API console), lists your organizations, stores the tokens in the keychain and fills in the organization id and base URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::DashboardPage</name>
    <message>
        <source>⟳ Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the store&apos;s orders to the books now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop once the writes on their way are recorded; the rest waits for the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox store and books…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… %1 of %2 orders, %3 orders/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders read: %2 created, %3 updated, %4 unchanged, %5 dead letters, in %6 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; what was not done waits for the next sync. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the writes on their way are being recorded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before the sync started; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the sync once the batch under way is recorded; Resume goes on from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by the engine in the background (ledgerlink-cli run --daemon); here, Sync now runs at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next scheduled runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on with the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused after %1 of %2 orders; nothing new is taken until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… %1 of %2 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing: the batch under way is being finished and recorded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some triggers cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the studio is open, the engine follows the mapping&apos;s schedules and polls and listens for webhooks (address and port in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout stage is read-only, so a sync may not write to either system. Plan with the dry run, and step the stage up on the Dry run page when the plan is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the connections&apos; secrets from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing (started by a schedule, a poll or a webhook)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer keeping in sync; Sync now syncs when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping in sync: the engine follows the schedules and polls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening for webhooks on port %1; schedules and polls run while the studio is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run while Keep syncing is on, or by a headless engine (ledgerlink-cli run --daemon); Sync now runs at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewed sign-in could not be stored in the keychain (%1): sign in again on the Connections page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 read: %3 created, %4 updated, %5 unchanged, %6 dead letters, in %7 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued records: %1 created, %2 updated, %3 unchanged, %4 dead letters, in %5 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::DeadLetterModel</name>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::DeadLettersPage</name>
    <message>
        <source>No request was sent for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dead letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last request and response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the edited payload: a replay writes it instead of mapping the order again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue it again; the next sync sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it for good (the audit log keeps what it was)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped payload (what a replay writes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dead letters cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n dead letter</numerusform>
            <numerusform>%n dead letters</numerusform>
        </translation>
    </message>
    <message>
        <source>No dead letters: every record went through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter %1 (%2 %3, job %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not a JSON object: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter %1 now carries the edited payload; Replay sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not replayed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter %1 is queued again as job %2; the next sync sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard dead letter %1 for good? The audit log keeps what it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter %1 discarded (kept in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::DryRunPage</name>
    <message>
        <source>▶ Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan what a sync would do, without writing to either system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dry run yet. Click “Dry run” to see what a sync would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) planned: </source>
        <translation>
            <numerusform>%n change planned: </numerusform>
            <numerusform>%n changes planned: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 create, %2 update, %3 skip, %4 conflict, %5 blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan as a CSV file or an HTML page for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change to see its fields before → after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run uses the saved mapping document; the unsaved changes in the mapper are not part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the connections&apos; access tokens from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored plan could not be read back (%1): updates show no field changes and the plan cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not match the dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field changes: nothing would be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field-level changes are known for this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout stage is kept in the workspace&apos;s mapping document, which is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One direction: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a sync may write. A step up asks first and is saved to %1 at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox workspace writes only to its own sandbox books, whatever the stage; the stage applies when this mapping is used with real connections. A dry run never writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: syncs write to neither system. A dry run never writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One direction: syncs write to %1 only; nothing is written to %2. A dry run never writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both directions: syncs write to %1 and to %2. A dry run never writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no object of this mapping flows this way yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step up to “one direction”?

From now on, syncs write to %1 (the ERP): they create and update its records for %2 from %3. Nothing is written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step up to “both directions”?

From now on, syncs also write to %1 (the store): they create and update its records for %2 from %3, besides what they write to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the sandbox workspace: its syncs write only to its own sandbox books, whatever the stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping document has other unsaved changes; they will be saved too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage is saved to %1 at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout stage was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping document&apos;s other changes were saved with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; ⚑ %n flagged before the write</source>
        <translation>
            <numerusform>; ⚑ %n flagged before the write</numerusform>
            <numerusform>; ⚑ %n flagged before the write</numerusform>
        </translation>
    </message>
    <message>
        <source>⚑ Flagged before the write (it goes ahead; check before it does):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::FieldMappingsModel</name>
    <message>
        <source>Source field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is an id of the rule &quot;%1&quot;&apos;s source records; the id of the record that rule wrote for it is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::FindingDetail</name>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the review (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1 · ERP: %2 · Difference: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 cents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed repair (%1 in %2, through the sync): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed repair (by a person, in %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repair proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(time unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Reviewed %1, without a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Reviewed %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side — store: %1 · ERP: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair this difference now: its job writes it through the normal sync path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout stage “%1” does not let LedgerLink write to %2: change the stage in the mapping to repair it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available while a reconciliation or a repair runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::LookupTableEditor</name>
    <message>
        <source>Lookup tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a value without an entry is an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lookup table needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two lookup tables are called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 has no source value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in %2 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit lookup tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::MainWindow</name>
    <message>
        <source>LedgerLink — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan what a sync would do, without writing anything (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox: writes go to the sandbox books only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s mapping cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only: nothing is written to either system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one direction: writes go from the store to the ERP only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both directions: writes go to both systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rehearsal: syncs write to the bundled sandbox books, never to a real system. The mapping&apos;s rollout stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout stage: change it on the Dry run page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run finished; the plan is in the state store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workspace&apos;s state.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The audit log, the runs, the job queue and the dead letters are kept there; the data location is chosen in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ State store: %1, not the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::MapperPage</name>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The governance sheet people sign off: every field mapping with its owner, direction and trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the source fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the target fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: the mapping is valid against both catalogs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a mapping document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping documents (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping as</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Auto-map drew %n line(s).</source>
        <translation>
            <numerusform>Auto-map drew %n line.</numerusform>
            <numerusform>Auto-map drew %n lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a field mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n mapping(s)</source>
        <translation>
            <numerusform>Remove %n mapping</numerusform>
            <numerusform>Remove %n mappings</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the governance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the governance sheet to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field mapping sheet — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose a file ending in .csv, .html or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::MapperScene</name>
    <message>
        <source>%1 · %2 (from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only: set by the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This path is not in the catalog; the mapping names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no source field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the transform and lookup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n mapping(s)</source>
        <translation>
            <numerusform>Remove %n mapping</numerusform>
            <numerusform>Remove %n mappings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is read-only: the system sets it, a mapping cannot write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now comes from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked to the rule &quot;%1&quot;: the id of the record it wrote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::MapperView</name>
    <message>
        <source>Field mapping diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::MappingEditor</name>
    <message>
        <source>The store&apos;s field catalog &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP&apos;s field catalog &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping has no file yet: save it under a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n auto-map proposal(s)</source>
        <translation>
            <numerusform>Accept %n auto-map proposal</numerusform>
            <numerusform>Accept %n auto-map proposals</numerusform>
        </translation>
    </message>
    <message>
        <source>auto-mapped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::ObjectProgressPanel</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not synced in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::ObjectRulesModel</name>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store → ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP → Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on first order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name (mutable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title (mutable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poll every %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One ERP record per vendor of the order&apos;s lines; shipping and discounts are shared in proportion to each vendor&apos;s net item amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only order rules written from the store to the ERP can be split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::PlanFieldModel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::PlanModel</name>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store → ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP → store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 create, %2 update, %3 skip, %4 conflict, %5 blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (id %3 on its source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (id %3 on its source, %4 on its target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object · action · key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚑ %n flagged</source>
        <translation>
            <numerusform>⚑ %n flagged</numerusform>
            <numerusform>⚑ %n flagged</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged before the write:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::QuickBooksSignIn</name>
    <message>
        <source>Enter the base URL first: signing in needs to know where QuickBooks Online is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of LedgerLink has no client id and secret for Intuit&apos;s sign-in (set LEDGERLINK_QUICKBOOKS_CLIENT_ID and LEDGERLINK_QUICKBOOKS_CLIENT_SECRET to the keys of your Intuit app); paste an access token meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in to QuickBooks there, choose the company and connect LedgerLink; LedgerLink continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser could not be opened: open &lt;a href=&quot;%1&quot;&gt;Intuit&apos;s sign-in page&lt;/a&gt; yourself (right-click to copy the link), sign in there and connect LedgerLink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening Intuit&apos;s sign-in page in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intuit granted access but did not say which company (no realmId came back): nothing was stored. Sign in again and choose the company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intuit sent back &quot;%1&quot; as the company&apos;s realm id, which is not a number: nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the tokens for the company %1 in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to QuickBooks, but the keychain did not store the tokens: %1. Nothing was saved anywhere else; unlock the keychain and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to the QuickBooks company %1. The access and refresh tokens are in the keychain; save to keep the realm id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to the QuickBooks company %1. The access token is in the keychain (Intuit gave no refresh token: sign in again in an hour). Save to keep the realm id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::ReconciliationModel</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed, without a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::ReconciliationPage</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation %1 — %2 ↔ %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reconciliation could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Reconcile now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the store with the ERP, read-only: every difference with its cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shown pass&apos;s findings as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shown pass as a PDF document for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reconciliation yet. Click “Reconcile now” to compare the store with the ERP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the connections&apos; access tokens from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reconciliation did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the store with the ERP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 records compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reconciliation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reconciliation results cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass %1 of %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no differences; both sides agree to the cent on everything compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) equal</source>
        <translation>
            <numerusform>%n record equal</numerusform>
            <numerusform>%n records equal</numerusform>
        </translation>
    </message>
    <message>
        <source>A repair pass: the repairs the owners and the rollout stage allow went through the sync&apos;s jobs (each finding says what became of its repair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report only: nothing was changed in either system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n difference(s)</source>
        <translation>
            <numerusform>%1 — %2, %n difference</numerusform>
            <numerusform>%1 — %2, %n differences</numerusform>
        </translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two records cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the store&apos;s record and the ERP&apos;s record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked reviewed; the comment is kept with the finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked not reviewed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the repair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair cancelled; nothing was enqueued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 jobs done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report pass; findings were repaired one by one since (each says what became of its repair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairing %1 through its job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not repaired: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile again to confirm both sides agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: queued as job %2. This studio&apos;s engine runs the workspace: “Sync now” on the Dashboard (or its next scheduled sync) carries the repair out, and the finding follows it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair was cancelled; what was not done stays queued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::RunsModel</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read · %2 created · %3 updated · %4 skipped · %5 dead letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::ScheduleModel</name>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the engine syncs orders only; this trigger waits for a later one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not synced by the engine yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file (one computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server (teams, several headless workers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: each workspace&apos;s own state.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the OS keychain only; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1: only this computer (behind a tunnel); 0.0.0.0: every network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the audit log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the form with the defaults; Apply uses them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database password is in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not store the database password (%1): it was not saved anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form holds the defaults; Apply uses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit-log retention was not stored in the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit-log rows older than this are removed at the end of each sync run of this workspace (as &quot;ledgerlink-cli audit retention&quot; sets it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and theme change at once; the Connections and Settings pages and the tab titles follow a new language now, the other pages take full effect after a restart. The audit-log retention applies from the next sync run. The data location is used by the engine, the dry run and every page from the studio&apos;s next start. The webhook and polling settings are read each time the engine starts (Keep syncing on the Dashboard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use in this session: %1. A new data location is used from the studio&apos;s next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use in this session: %1, because the chosen data location could not be opened when the studio started. A new data location is used from the studio&apos;s next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied; the data location, webhook and polling changes take full effect after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Keep syncing on the Dashboard: objects that arrive by webhook are polled this often as well, so that a lost delivery is picked up; an object rule&apos;s own &quot;poll every N min&quot; stays as the mapping says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the studio again, so that every page shows the new language and data location; unsaved mapping changes are asked about first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::SideBySideModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store amount%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP amount%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the payout&apos;s movements: the ERP books them as sums, compared in the rows below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::SignIn</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::StudioSettings</name>
    <message>
        <source>Choose a port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full path of the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder; enter a file name inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LedgerLink may not write there; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an IP address: 127.0.0.1 (this computer only) or 0.0.0.0 (every network interface).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from 1 to %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from 1 to %1 days, or 0 to keep every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1@%2:%3/%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the workspace&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LedgerLink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening it was cancelled at start-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::ThroughputChart</name>
    <message>
        <source>Throughput (records/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds since the sync began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::TransformEditor</name>
    <message>
        <source>Transform of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the transform or the default fills the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONata, e.g. $number($) or $uppercase($record.currency). $ is the source value, $record the record, $line the list element, $tables the lookup tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (JSON or plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: a record without a value here fails to map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample record (edit it to try other values):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2^
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the formula does not compile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample record is not a JSON object: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: (no value: the target is left as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no value: the sample has no element for this field)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::XeroSignIn</name>
    <message>
        <source>Enter the base URL first: signing in needs to know where Xero is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of LedgerLink has no client id for Xero&apos;s sign-in (set LEDGERLINK_XERO_CLIENT_ID to the client id of your Xero app); paste an access token meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in to Xero there and allow LedgerLink access; LedgerLink continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser could not be opened: open &lt;a href=&quot;%1&quot;&gt;Xero&apos;s sign-in page&lt;/a&gt; yourself (right-click to copy the link), sign in there and allow LedgerLink access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening Xero&apos;s sign-in page in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Xero; asking which organisations LedgerLink may use…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero granted access, but to no organisation: sign in again and tick the organisation to connect on Xero&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organisation this connection syncs with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Xero organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero gave LedgerLink access to %1 organisations. Which one does this connection sync with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation chosen: nothing was stored. Sign in again to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the tokens for %1 in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Xero, but the keychain did not store the tokens: %1. Nothing was saved anywhere else; unlock the keychain and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1. The access token is in the keychain (Xero gave no refresh token: sign in again in 30 minutes). Save to keep the tenant id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1. The access and refresh tokens are in the keychain; save to keep the tenant id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::ZohoSignIn</name>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Zoho Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LedgerLink signs in to Zoho with an app of your own. In the &lt;a href=&quot;https://api-console.zoho.com&quot;&gt;Zoho API console&lt;/a&gt; add a “Server-based Application” whose authorized redirect URIs are the addresses below, then enter its client ID and client secret here. Your browser opens Zoho&apos;s sign-in page next; afterwards you choose the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your Zoho account lives: the domain you sign in to Zoho at (zoho.com, zoho.eu, zoho.in, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1000.… from the API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app&apos;s client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the keychain only, next to the tokens it renews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID of your app in the Zoho API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret of your app in the Zoho API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data centre and enter the app&apos;s client ID and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening Zoho&apos;s sign-in page in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in to Zoho there and accept LedgerLink&apos;s access to Zoho Books; LedgerLink continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser could not be opened: open &lt;a href=&quot;%1&quot;&gt;Zoho&apos;s sign-in page&lt;/a&gt; yourself (right-click to copy the link), sign in there and accept LedgerLink&apos;s access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho did not accept the client ID and secret (invalid_client): copy both again from your app in the Zoho API console, and check that the app is enabled for the data centre chosen. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho signed you in but named “%1” as your account&apos;s API address, which is not a Zoho data centre LedgerLink knows: nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with Zoho; listing your Zoho Books organizations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but this Zoho account has no Zoho Books organization: nothing was stored. Create the organization in Zoho Books (or sign in as one of its users) and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organization this connection syncs with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Zoho Books organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Zoho account has %1 Zoho Books organizations. Which one does this connection sync with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization chosen: nothing was stored. Sign in again to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the tokens for “%1” in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Zoho Books, but the keychain did not store the tokens: %1. Nothing was saved anywhere else; unlock the keychain and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Zoho Books and stored the tokens, but the keychain did not store the app&apos;s client ID and secret: %1. Unlock the keychain and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to the Zoho Books organization “%1”. The access and refresh tokens and the app&apos;s client secret are in the keychain; save to keep the organization id and base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to the Zoho Books organization “%1”. The access token is in the keychain (Zoho gave no refresh token: sign in again in an hour). Save to keep the organization id and base URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingCommands</name>
    <message>
        <source>Map %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mapping of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change mapping of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the %1 rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove lookup table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change lookup table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lookup table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the rollout stage to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the policies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioSettings</name>
    <message>
        <source>This session works on the workspace&apos;s own state store, %1. Open Settings to choose another data location; it is used from the studio&apos;s next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state store file %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state store on %1 cannot be opened: its password cannot be read from the OS keychain (%2; keychain entry %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state store on %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for it is stored in the OS keychain (keychain entry %1): enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>Surcharge tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 was written as %3 records, one per vendor (&quot;split&quot;), so there is no single record to link to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 it refers to is a dead letter (%3), so it has not been written; replay that dead letter (%4) once it is fixed, then this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 it refers to has not been written yet (rule &quot;%1&quot;); waiting for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceSecrets</name>
    <message>
        <source>No access token for the store in the keychain: add it on the Connections page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token for the ERP in the keychain: add it on the Connections page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be read (%1); LedgerLink needs the connections&apos; access tokens from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LedgerLink studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sandbox workspace (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a dry run as soon as the window is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox Shop ↔ Sandbox Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LedgerLink: data location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
