<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>Usage: ledgerlink-cli &lt;command&gt; [options]

Commands:
  dry-run [--sandbox | --workspace DIR] [--json]
                 plan what a sync would do, write nothing to either system,
                 and store the plan in the workspace&apos;s state store
</source>
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
</context>
<context>
    <name>LedgerLink::Engine::DryRun</name>
    <message>
        <source>the sandbox seed data %1 is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: customers[%2].%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: orders[%2].%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2 but the order is in %3; amounts are never converted silently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer has no email address; customers are matched by email or external id, never by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SKU; products are matched by SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is priced in %2 but the order is in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: total %2 but %3 × %4 − discount is %5 (%6 difference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtotal %1 differs from the sum of its lines, %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discount total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shipping total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tax total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1 but subtotal − discounts + shipping%2 is %3 (%4 difference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the workspace folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox shop&apos;s seed data (%1 customers, %2 orders), planned against the workspace&apos;s cross-reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox store and books services are not available in this build yet: records come from the bundled seed data, and records already linked are reported as skip without a field-level comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to either system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no email address or external id to match the customer by</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>stage: read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout stage: in read-only, nothing is ever written to either system</source>
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
        <source>Dry run finished; the plan is stored in the workspace.</source>
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
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
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
</context>
</TS>
