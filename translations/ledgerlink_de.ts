<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LedgerLink::Cli</name>
    <message>
        <source>Usage: ledgerlink-cli &lt;command&gt; [options]

Commands:
  dry-run [--sandbox | --workspace DIR] [--json]
                 plan what a sync would do, write nothing to either system,
                 and store the plan in the workspace&apos;s state store
  version        print the version
  help           print this help
</source>
        <translation type="unfinished"></translation>
    </message>
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
