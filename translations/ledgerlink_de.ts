<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>  webhook verify --vendor shopify|woocommerce|xero --secret-file F --body FILE
                 --signature VALUE
                 check a delivery&apos;s signature header exactly as the webhook
                 receiver does; FILE holds the raw body, VALUE the header&apos;s value;
                 one trailing newline of the secret file is not part of the secret;
                 exit 0 valid, 1 invalid (reason on stderr), 2 bad arguments
</source>
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
        <source>Run %1 of %2: %3 order(s) read in %4 ms, %5 request(s)</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>  %1 order(s) done of %2 read so far</source>
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
        <source>  run [--workspace DIR] [--json] [--daemon [--webhook-port N]] [--credentials-from-env]
      [--concurrency N]
                 sync once: pull the store&apos;s orders, write invoices, until the queue is empty;
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
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Connectors</name>
    <message>
        <source>No connector system given (known: shopify, xero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown connector system &quot;%1&quot; (known: shopify, xero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 connection has no valid base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 connection has no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The xero connection has no tenant id (account).</source>
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
</context>
<context>
    <name>LedgerLink::Engine::ConnectorDryRun</name>
    <message>
        <source>the sandbox did not start: %1</source>
        <translation>die Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>the workspace folder %1 does not exist</source>
        <translation>der Arbeitsbereichsordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>No sandbox was serving %1; started one for this dry run.</source>
        <translation>Für %1 lief keine Sandbox; für diesen Probelauf wurde eine gestartet.</translation>
    </message>
    <message>
        <source>%1: this workspace&apos;s credentials are needed for a dry run</source>
        <translation>%1: für einen Probelauf werden die Zugangsdaten dieses Arbeitsbereichs benötigt</translation>
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
        <source>%1: the keychain holds no %2 for the %3 (%4); add it with &quot;ledgerlink-cli credentials set --workspace %5 --side %3 --field %2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the keychain cannot be read (%2). On a machine without a keychain, opt in to environment variables: pass --credentials-from-env and set %3 and %4 (README, &quot;Credentials&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::DeadLetters</name>
    <message>
        <source>there is no dead letter %1</source>
        <translation>Dead Letter %1 existiert nicht</translation>
    </message>
    <message>
        <source>dead letter %1 was already replayed on %2</source>
        <translation>Dead Letter %1 wurde bereits am %2 erneut gesendet</translation>
    </message>
    <message>
        <source>dead letter %1 replayed by the user as job %2</source>
        <translation>Dead Letter %1 vom Benutzer als Job %2 erneut gesendet</translation>
    </message>
    <message>
        <source>the payload has no &quot;Reference&quot;; LedgerLink finds the invoice again by it, so it must stay</source>
        <translation>im Payload fehlt das Feld &quot;Reference&quot;; LedgerLink findet die Rechnung darüber wieder, daher muss es erhalten bleiben</translation>
    </message>
    <message>
        <source>the Reference &quot;%1&quot; differs from the order&apos;s &quot;%2&quot;; LedgerLink finds the invoice again by it, so it must stay</source>
        <translation>die Reference &quot;%1&quot; weicht von der der Bestellung (&quot;%2&quot;) ab; LedgerLink findet die Rechnung darüber wieder, daher muss sie unverändert bleiben</translation>
    </message>
    <message>
        <source>dead letter %1: the mapped payload was edited by the user</source>
        <translation>Dead Letter %1: der zugeordnete Payload wurde vom Benutzer bearbeitet</translation>
    </message>
    <message>
        <source>dead letter %1 discarded by the user: %2</source>
        <translation>Dead Letter %1 vom Benutzer verworfen: %2</translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the ERP already has invoice %1 with Reference %2; it will be linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>new invoice %1, %n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
<context>
    <name>LedgerLink::Engine::SyncEngine</name>
    <message>
        <source>%1: objects[%2].trigger: %3</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>the engine cannot sync &quot;%1&quot; yet (only orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead letter %1 queued again as job %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay</source>
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
        <source>queue</source>
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
        <source>&quot;%1&quot; is filled from &quot;%2&quot; by field mapping &quot;%3&quot;; one target list takes its elements from one source list, so map &quot;%4&quot; into another list or build the whole list with a transform</source>
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
        <source>&quot;%1&quot; and &quot;%2&quot; are not both list elements; map an element field to an element field, or build the list with a transform</source>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (Versuch %2)</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::AuditLogPage</name>
    <message>
        <source>Order number, SKU or email</source>
        <translation>Bestellnummer, SKU oder E-Mail</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>Alle Objekte</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Trace this record</source>
        <translation>Datensatz verfolgen</translation>
    </message>
    <message>
        <source>Every attempt on the selected record, across runs</source>
        <translation>Alle Versuche zum ausgewählten Datensatz, über alle Läufe hinweg</translation>
    </message>
    <message>
        <source>Select a row to see its request and response.</source>
        <translation>Wählen Sie eine Zeile aus, um Anfrage und Antwort zu sehen.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries</source>
        <translation>
            <numerusform>%n Audit-Log-Eintrag</numerusform>
            <numerusform>%n Audit-Log-Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Das Audit-Log kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Loading entry %1…</source>
        <translation>Eintrag %1 wird geladen…</translation>
    </message>
    <message>
        <source>Entry %1 is no longer in the audit log.</source>
        <translation>Eintrag %1 ist nicht mehr im Audit-Log.</translation>
    </message>
    <message>
        <source>Entry %1 cannot be read: %2</source>
        <translation>Eintrag %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 %4 · %5 · attempt %6 · %7 ms%8%9</source>
        <translation>#%1 · %2 · %3 %4 · %5 · Versuch %6 · %7 ms%8%9</translation>
    </message>
    <message>
        <source> · key %1</source>
        <translation> · Schlüssel %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>retry</source>
        <translation>erneuter Versuch</translation>
    </message>
    <message>
        <source>dead letter</source>
        <translation>Dead Letter</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>replayed</source>
        <translation>erneut gesendet</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::DashboardPage</name>
    <message>
        <source>⟳ Sync now</source>
        <translation>⟳ Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync the store&apos;s orders to the books now</source>
        <translation>Die Bestellungen des Shops jetzt in die Buchhaltung übertragen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop once the writes on their way are recorded; the rest waits for the next sync</source>
        <translation>Anhalten, sobald die laufenden Schreibvorgänge erfasst sind; der Rest wartet auf die nächste Synchronisierung</translation>
    </message>
    <message>
        <source>Orders: %v of %m</source>
        <translation>Bestellungen: %v von %m</translation>
    </message>
    <message>
        <source>Not synced in this session.</source>
        <translation>In dieser Sitzung noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Last runs</source>
        <translation>Letzte Läufe</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Starting the sandbox store and books…</source>
        <translation>Sandbox-Shop und Sandbox-Buchhaltung werden gestartet…</translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>Die Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Die Engine wird gestartet…</translation>
    </message>
    <message>
        <source>The engine did not start: %1</source>
        <translation>Die Engine ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2 orders, %3 orders/s</source>
        <translation>Wird synchronisiert… %1 von %2 Bestellungen, %3 Bestellungen/s</translation>
    </message>
    <message>
        <source>%1 orders read: %2 created, %3 updated, %4 unchanged, %5 dead letters, in %6 s</source>
        <translation>%1 Bestellungen gelesen: %2 angelegt, %3 aktualisiert, %4 unverändert, %5 Dead Letters, in %6 s</translation>
    </message>
    <message>
        <source>Cancelled; what was not done waits for the next sync. </source>
        <translation>Abgebrochen; was nicht erledigt wurde, wartet auf die nächste Synchronisierung. </translation>
    </message>
    <message>
        <source>Stopped by an error: %1</source>
        <translation>Durch einen Fehler angehalten: %1</translation>
    </message>
    <message>
        <source>Cancelling: the writes on their way are being recorded…</source>
        <translation>Wird abgebrochen: die laufenden Schreibvorgänge werden erfasst…</translation>
    </message>
    <message>
        <source>Cancelled before the sync started; nothing was written.</source>
        <translation>Vor Beginn der Synchronisierung abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The sync stopped: %1</source>
        <translation>Die Synchronisierung wurde angehalten: %1</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::DeadLetterModel</name>
    <message>
        <source>Letter</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::DeadLettersPage</name>
    <message>
        <source>No request was sent for it.</source>
        <translation>Dafür wurde keine Anfrage gesendet.</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Dead Letters</translation>
    </message>
    <message>
        <source>Select a dead letter.</source>
        <translation>Wählen Sie einen Dead Letter aus.</translation>
    </message>
    <message>
        <source>Mapped payload</source>
        <translation>Zugeordneter Payload</translation>
    </message>
    <message>
        <source>Last request and response</source>
        <translation>Letzte Anfrage und Antwort</translation>
    </message>
    <message>
        <source>Save payload</source>
        <translation>Payload speichern</translation>
    </message>
    <message>
        <source>Keep the edited payload: a replay writes it instead of mapping the order again</source>
        <translation>Den bearbeiteten Payload behalten: beim erneuten Senden wird er geschrieben, statt die Bestellung neu zuzuordnen</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Queue it again; the next sync sends it</source>
        <translation>Erneut einreihen; die nächste Synchronisierung sendet ihn</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Remove it for good (the audit log keeps what it was)</source>
        <translation>Endgültig entfernen (das Audit-Log bewahrt den Inhalt auf)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Mapped payload (what a replay writes)</source>
        <translation>Zugeordneter Payload (wird beim erneuten Senden geschrieben)</translation>
    </message>
    <message>
        <source>The dead letters cannot be read: %1</source>
        <translation>Die Dead Letters können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n Dead Letter</numerusform>
            <numerusform>%n Dead Letters</numerusform>
        </translation>
    </message>
    <message>
        <source>No dead letters: every record went through.</source>
        <translation>Keine Dead Letters: Alle Datensätze wurden übertragen.</translation>
    </message>
    <message>
        <source>Dead letter %1 (%2 %3, job %4): %5</source>
        <translation>Dead Letter %1 (%2 %3, Job %4): %5</translation>
    </message>
    <message>
        <source>The payload is not a JSON object: %1 at offset %2</source>
        <translation>Der Payload ist kein JSON-Objekt: %1 an Position %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Dead letter %1 now carries the edited payload; Replay sends it.</source>
        <translation>Dead Letter %1 enthält jetzt den bearbeiteten Payload; „Erneut senden“ sendet ihn.</translation>
    </message>
    <message>
        <source>Not replayed: %1</source>
        <translation>Nicht erneut gesendet: %1</translation>
    </message>
    <message>
        <source>Dead letter %1 is queued again as job %2; the next sync sends it.</source>
        <translation>Dead Letter %1 ist erneut als Job %2 eingereiht; die nächste Synchronisierung sendet ihn.</translation>
    </message>
    <message>
        <source>Discard dead letter %1 for good? The audit log keeps what it was.</source>
        <translation>Dead Letter %1 endgültig verwerfen? Das Audit-Log bewahrt den Inhalt auf.</translation>
    </message>
    <message>
        <source>Not discarded: %1</source>
        <translation>Nicht verworfen: %1</translation>
    </message>
    <message>
        <source>Dead letter %1 discarded (kept in the audit log).</source>
        <translation>Dead Letter %1 verworfen (im Audit-Log erhalten).</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::DryRunPage</name>
    <message>
        <source>▶ Dry run</source>
        <translation>▶ Probelauf</translation>
    </message>
    <message>
        <source>Plan what a sync would do, without writing to either system</source>
        <translation>Planen, was eine Synchronisierung tun würde, ohne in eines der Systeme zu schreiben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No dry run yet. Click “Dry run” to see what a sync would do.</source>
        <translation>Noch kein Probelauf. Klicken Sie auf „Probelauf“, um zu sehen, was eine Synchronisierung tun würde.</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Dry run cancelled; nothing was stored.</source>
        <translation>Probelauf abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>Der Probelauf ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) planned: </source>
        <translation>
            <numerusform>%n Änderung geplant: </numerusform>
            <numerusform>%n Änderungen geplant: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 create, %2 update, %3 skip, %4 conflict, %5 blocked</source>
        <translation>anlegen: %1, aktualisieren: %2, überspringen: %3, Konflikt: %4, blockiert: %5</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::MainWindow</name>
    <message>
        <source>LedgerLink — %1</source>
        <translation>LedgerLink — %1</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>The rollout stage: in read-only, nothing is ever written to either system</source>
        <translation>Die Rollout-Phase: bei „read-only“ wird nie etwas in eines der beiden Systeme geschrieben</translation>
    </message>
    <message>
        <source>▶ Dry run</source>
        <translation>▶ Probelauf</translation>
    </message>
    <message>
        <source>Plan what a sync would do, without writing anything (Ctrl+R)</source>
        <translation>Planen, was eine Synchronisierung tun würde, ohne etwas zu schreiben (Strg+R)</translation>
    </message>
    <message>
        <source>Dry run finished; the plan is stored in the workspace.</source>
        <translation>Probelauf abgeschlossen; der Plan ist im Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <source>Dry run did not finish.</source>
        <translation>Der Probelauf wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Dead Letters</translation>
    </message>
    <message>
        <source>sandbox: writes go to the sandbox books only</source>
        <translation>Sandbox: Schreibvorgänge gehen nur in die Sandbox-Buchhaltung</translation>
    </message>
    <message>
        <source>A rehearsal: syncs write to the bundled sandbox books, never to a real system</source>
        <translation>Eine Generalprobe: Synchronisierungen schreiben in die mitgelieferte Sandbox-Buchhaltung, nie in ein echtes System</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>stage: unknown</source>
        <translation>Phase: unbekannt</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::PlanModel</name>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Match key</source>
        <translation>Abgleichsschlüssel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::RunsModel</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 read · %2 created · %3 updated · %4 skipped · %5 dead letters</source>
        <translation>%1 gelesen · %2 angelegt · %3 aktualisiert · %4 übersprungen · %5 Dead Letters</translation>
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
</context>
</TS>
