<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LedgerLink::Cli</name>
    <message>
        <source>--workspace needs a folder, as in --workspace ~/shop</source>
        <translation>--workspace braucht einen Ordner, z. B. --workspace ~/shop</translation>
    </message>
    <message>
        <source>dry-run does not know the option &quot;%1&quot;</source>
        <translation>dry-run kennt die Option &quot;%1&quot; nicht</translation>
    </message>
    <message>
        <source>--sandbox and --workspace exclude each other</source>
        <translation>--sandbox und --workspace schließen einander aus</translation>
    </message>
    <message>
        <source>ledgerlink-cli: the dry run failed: %1</source>
        <translation>ledgerlink-cli: der Probelauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>  version        print the version
  help           print this help
</source>
        <translation>  version        die Version ausgeben
  help           diese Hilfe ausgeben
</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>ledgerlink-cli: %1: %2</source>
        <translation>ledgerlink-cli: %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>validate takes one mapping document</source>
        <translation>validate erwartet genau ein Zuordnungsdokument</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s)</source>
        <translation>%1: %2 Fehler, %3 Warnung(en)</translation>
    </message>
    <message>
        <source>sheet takes one mapping document</source>
        <translation>sheet erwartet genau ein Zuordnungsdokument</translation>
    </message>
    <message>
        <source>--format is csv or html, not &quot;%1&quot;</source>
        <translation>--format ist csv oder html, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>preview takes one mapping document</source>
        <translation>preview erwartet genau ein Zuordnungsdokument</translation>
    </message>
    <message>
        <source>preview needs --object RULE and --source SAMPLE.json</source>
        <translation>preview braucht --object RULE und --source SAMPLE.json</translation>
    </message>
    <message>
        <source>ledgerlink-cli: cannot read %1: %2</source>
        <translation>ledgerlink-cli: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>ledgerlink-cli: %1 is not a JSON object: %2</source>
        <translation>ledgerlink-cli: %1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>  mapping validate FILE [--store-catalog CATALOG.json] [--erp-catalog CATALOG.json]
                 check a mapping document against the two sides&apos; field catalogs
  mapping sheet FILE --format csv|html
                 print the governance sheet (field-mapping sheet for sign-off)
  mapping preview FILE --object RULE --source SAMPLE.json
                 map one sample record and print the target payload, field by field
</source>
        <translation>  mapping validate FILE [--store-catalog CATALOG.json] [--erp-catalog CATALOG.json]
                 ein Zuordnungsdokument gegen die Feldkataloge beider Seiten prüfen
  mapping sheet FILE --format csv|html
                 das Freigabeblatt ausgeben (alle Feldzuordnungen zum Abzeichnen)
  mapping preview FILE --object RULE --source SAMPLE.json
                 einen Beispieldatensatz zuordnen und den Ziel-Payload Feld für Feld ausgeben
</translation>
    </message>
    <message>
        <source>no mapping command given</source>
        <translation>kein mapping-Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown mapping command &quot;%1&quot;</source>
        <translation>unbekannter mapping-Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read %1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot; kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; needs a value</source>
        <translation>Option &quot;%1&quot; braucht einen Wert</translation>
    </message>
    <message>
        <source>missing option --%1</source>
        <translation>Option --%1 fehlt</translation>
    </message>
    <message>
        <source>unknown vendor &quot;%1&quot; for --vendor (shopify, woocommerce or xero)</source>
        <translation>unbekannter Anbieter &quot;%1&quot; für --vendor (shopify, woocommerce oder xero)</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>no subcommand given</source>
        <translation>kein Unterbefehl angegeben</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation>unbekannter Unterbefehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ledgerlink-cli %1: %2</source>
        <translation>ledgerlink-cli %1: %2</translation>
    </message>
    <message>
        <source>ledgerlink-cli: %1</source>
        <translation>ledgerlink-cli: %1</translation>
    </message>
    <message>
        <source>the workspace folder %1 does not exist</source>
        <translation>der Arbeitsbereichsordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation>die Signalbehandlung kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>ledgerlink-cli: the engine did not start: %1</source>
        <translation>ledgerlink-cli: die Engine ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>%1 engine started for %2; stop with Ctrl+C</source>
        <translation>%1 Engine für %2 gestartet; beenden mit Strg+C</translation>
    </message>
    <message>
        <source>%1 engine stopped.</source>
        <translation>%1 Engine beendet.</translation>
    </message>
    <message>
        <source>--webhook-port needs a port number (0-65535)</source>
        <translation>--webhook-port braucht eine Portnummer (0-65535)</translation>
    </message>
    <message>
        <source>--webhook-port needs --daemon</source>
        <translation>--webhook-port erfordert --daemon</translation>
    </message>
    <message>
        <source>No sandbox was serving %1; started one for this run.</source>
        <translation>Für %1 lief keine Sandbox; für diesen Lauf wurde eine gestartet.</translation>
    </message>
    <message>
        <source>%1: the rollout stage is read_only, so run may not write; set &quot;policies.rollout_stage&quot; to one_direction, or use dry-run</source>
        <translation>%1: die Rollout-Phase ist read_only, daher darf run nicht schreiben; setzen Sie &quot;policies.rollout_stage&quot; auf one_direction oder verwenden Sie dry-run</translation>
    </message>
    <message>
        <source>  created %1, updated %2, skipped %3, blocked %4, dead letters %5, retries %6</source>
        <translation>  angelegt %1, aktualisiert %2, übersprungen %3, blockiert %4, Dead Letters %5, Wiederholungen %6</translation>
    </message>
    <message>
        <source>  See them with &quot;ledgerlink-cli dlq list&quot;.</source>
        <translation>  Anzeigen mit &quot;ledgerlink-cli dlq list&quot;.</translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>Jobs: %1 queued, %2 leased, %3 waiting to retry, %4 done, %5 dead</source>
        <translation>Jobs: %1 in der Warteschlange, %2 in Bearbeitung, %3 warten auf erneuten Versuch, %4 erledigt, %5 als Dead Letter</translation>
    </message>
    <message>
        <source>Dead letters waiting: %1</source>
        <translation>Wartende Dead Letters: %1</translation>
    </message>
    <message>
        <source>Order cursor: %1</source>
        <translation>Bestell-Cursor: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Noch keine Läufe.</translation>
    </message>
    <message>
        <source>Run %1: %2, %3, started %4%5</source>
        <translation>Lauf %1: %2, %3, gestartet %4%5</translation>
    </message>
    <message>
        <source>expected list, show ID, replay ID or discard ID</source>
        <translation>erwartet: list, show ID, replay ID oder discard ID</translation>
    </message>
    <message>
        <source>expected one dead-letter id</source>
        <translation>erwartet genau eine Dead-Letter-ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dead-letter id</source>
        <translation>&quot;%1&quot; ist keine Dead-Letter-ID</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) queued again; &quot;ledgerlink-cli run&quot; sends them.</source>
        <translation>
            <numerusform>%n Dead Letter erneut eingereiht; &quot;ledgerlink-cli run&quot; sendet ihn.</numerusform>
            <numerusform>%n Dead Letters erneut eingereiht; &quot;ledgerlink-cli run&quot; sendet sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dead letters.</source>
        <translation>Keine Dead Letters.</translation>
    </message>
    <message>
        <source>there is no dead letter %1 in %2</source>
        <translation>Dead Letter %1 existiert nicht in %2</translation>
    </message>
    <message>
        <source>Dead letter %1 (job %2), %3 %4, created %5</source>
        <translation>Dead Letter %1 (Job %2), %3 %4, erstellt am %5</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Payload: %1</source>
        <translation>Payload: %1</translation>
    </message>
    <message>
        <source>No request was sent for it.</source>
        <translation>Dafür wurde keine Anfrage gesendet.</translation>
    </message>
    <message>
        <source>Last request: %1 %2</source>
        <translation>Letzte Anfrage: %1 %2</translation>
    </message>
    <message>
        <source>Last response: %1 %2</source>
        <translation>Letzte Antwort: %1 %2</translation>
    </message>
    <message>
        <source>Dead letter %1 is queued again as job %2; &quot;ledgerlink-cli run&quot; sends it.</source>
        <translation>Dead Letter %1 ist erneut als Job %2 eingereiht; &quot;ledgerlink-cli run&quot; sendet ihn.</translation>
    </message>
    <message>
        <source>Dead letter %1 discarded (kept in the audit log).</source>
        <translation>Dead Letter %1 verworfen (im Audit-Log erhalten).</translation>
    </message>
    <message>
        <source>only one search text, got &quot;%1&quot;</source>
        <translation>nur ein Suchtext erlaubt, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an ISO date or time (2026-03-01 or 2026-03-01T09:00Z)</source>
        <translation>%1: &quot;%2&quot; ist kein ISO-Datum und keine ISO-Uhrzeit (2026-03-01 oder 2026-03-01T09:00Z)</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive number</source>
        <translation>--limit: &quot;%1&quot; ist keine positive Zahl</translation>
    </message>
    <message>
        <source>Nothing in the audit log matches.</source>
        <translation>Keine passenden Einträge im Audit-Log.</translation>
    </message>
    <message>
        <source>%1  %2 %3  %4 attempt %5  %6  %7</source>
        <translation>%1  %2 %3  %4 Versuch %5  %6  %7</translation>
    </message>
    <message>
        <source>(no request)</source>
        <translation>(keine Anfrage)</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>    store id %1 → ERP id %2, idempotency key %3</source>
        <translation>    Shop-ID %1 → ERP-ID %2, Idempotenzschlüssel %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>expected the subcommand &quot;export&quot;</source>
        <translation>erwartet den Unterbefehl &quot;export&quot;</translation>
    </message>
    <message>
        <source>--format must be csv or html, not &quot;%1&quot;</source>
        <translation>--format muss csv oder html sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--run: &quot;%1&quot; is not a run id</source>
        <translation>--run: &quot;%1&quot; ist keine Lauf-ID</translation>
    </message>
    <message>
        <source>--format csv or --format html is required</source>
        <translation>--format csv oder --format html ist erforderlich</translation>
    </message>
    <message>
        <source>there is no run %1 in %2</source>
        <translation>Lauf %1 existiert nicht in %2</translation>
    </message>
    <message>
        <source>%1 has no dry run yet; run &quot;ledgerlink-cli dry-run&quot; first</source>
        <translation>für %1 gibt es noch keinen Probelauf; führen Sie zuerst &quot;ledgerlink-cli dry-run&quot; aus</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Plan of run %1 (%2 line(s)) written to %3</source>
        <translation>Plan von Lauf %1 (%2 Zeile(n)) nach %3 geschrieben</translation>
    </message>
    <message>
        <source>ledgerlink-cli sandbox serve: %1: %2</source>
        <translation>ledgerlink-cli sandbox serve: %1: %2</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>unerwartetes Argument</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>ein Wert fehlt</translation>
    </message>
    <message>
        <source>not a port number (0-65535): %1</source>
        <translation>keine Portnummer (0-65535): %1</translation>
    </message>
    <message>
        <source>not a number of orders: %1</source>
        <translation>keine gültige Anzahl Bestellungen: %1</translation>
    </message>
    <message>
        <source>must be on or off, not %1</source>
        <translation>muss on oder off sein, nicht %1</translation>
    </message>
    <message>
        <source>not a number of deliveries (1-100): %1</source>
        <translation>keine gültige Anzahl Zustellungen (1-100): %1</translation>
    </message>
    <message>
        <source>not a delay in milliseconds: %1</source>
        <translation>keine Verzögerung in Millisekunden: %1</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>unbekannte Option</translation>
    </message>
    <message>
        <source>ledgerlink-cli: the sandbox did not start: %1</source>
        <translation>ledgerlink-cli: die Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>ledgerlink-cli: cannot write %1: %2</source>
        <translation>ledgerlink-cli: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Sandbox store (Shopify Admin REST 2024-04): %1/admin/api/2024-04/</source>
        <translation>Sandbox-Shop (Shopify Admin REST 2024-04): %1/admin/api/2024-04/</translation>
    </message>
    <message>
        <source>  shop domain %1, header X-Shopify-Access-Token: %2, webhook secret %3</source>
        <translation>  Shop-Domain %1, Header X-Shopify-Access-Token: %2, Webhook-Secret %3</translation>
    </message>
    <message>
        <source>Sandbox books (Xero Accounting 2.0): %1/api.xro/2.0/</source>
        <translation>Sandbox-Buchhaltung (Xero Accounting 2.0): %1/api.xro/2.0/</translation>
    </message>
    <message>
        <source>  Authorization: Bearer %1, xero-tenant-id: %2</source>
        <translation>  Authorization: Bearer %1, xero-tenant-id: %2</translation>
    </message>
    <message>
        <source>Synthetic orders: %1 (generator seed %2)</source>
        <translation>Synthetische Bestellungen: %1 (Generator-Seed %2)</translation>
    </message>
    <message>
        <source>Recorded in %1. Stop with Ctrl+C.</source>
        <translation>Aufgezeichnet in %1. Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox beendet.</translation>
    </message>
    <message>
        <source>ledgerlink-cli sandbox: expected the subcommand &quot;serve&quot;</source>
        <translation>ledgerlink-cli sandbox: erwartet den Unterbefehl &quot;serve&quot;</translation>
    </message>
    <message>
        <source>  ledgerlink-cli sandbox serve [--workspace DIR] [--store-port N] [--books-port N] [--orders N]
                               [--rate-limits on|off] [--deliveries N] [--write-delay-ms N] [--json]
      Runs the sandbox store and books on 127.0.0.1 until Ctrl+C (SIGINT/SIGTERM).
</source>
        <translation>  ledgerlink-cli sandbox serve [--workspace DIR] [--store-port N] [--books-port N] [--orders N]
                               [--rate-limits on|off] [--deliveries N] [--write-delay-ms N] [--json]
      Betreibt den Sandbox-Shop und die Sandbox-Buchhaltung auf 127.0.0.1 bis Strg+C (SIGINT/SIGTERM).
</translation>
    </message>
    <message>
        <source>Usage: ledgerlink-cli &lt;command&gt; [options]

Commands:
  dry-run [--sandbox | --workspace DIR] [--json] [--credentials-from-env]
                 plan what a sync would do, write nothing to either system,
                 and store the plan in the workspace&apos;s state store
</source>
        <translation>Aufruf: ledgerlink-cli &lt;command&gt; [options]

Befehle:
  dry-run [--sandbox | --workspace DIR] [--json] [--credentials-from-env]
                 planen, was eine Synchronisierung tun würde, ohne in eines der
                 Systeme zu schreiben; der Plan wird im Zustandsspeicher des
                 Arbeitsbereichs abgelegt
</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3)</source>
        <translation>%1: kein JSON-Objekt (%2 an Position %3)</translation>
    </message>
    <message>
        <source>Dead letter %1 now carries the edited payload; &quot;dlq replay %1&quot; and &quot;run&quot; send it.</source>
        <translation>Dead Letter %1 enthält jetzt den bearbeiteten Payload; &quot;dlq replay %1&quot; und &quot;run&quot; senden ihn.</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (list, show, edit, replay, discard)</source>
        <translation>unbekannter Unterbefehl &quot;%1&quot; (list, show, edit, replay, discard)</translation>
    </message>
    <message>
        <source>expected: dlq edit ID --payload FILE</source>
        <translation>erwartet: dlq edit ID --payload FILE</translation>
    </message>
    <message>
        <source>expected a number of days or &quot;forever&quot;</source>
        <translation>erwartet eine Anzahl Tage oder &quot;forever&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a number of days (1 to 36500) nor &quot;forever&quot;</source>
        <translation>&quot;%1&quot; ist weder eine Anzahl Tage (1 bis 36500) noch &quot;forever&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Audit rows older than %n day(s) are removed at the end of every run.</source>
        <translation>
            <numerusform>Audit-Log-Einträge, die älter als %n Tag sind, werden am Ende jedes Laufs entfernt.</numerusform>
            <numerusform>Audit-Log-Einträge, die älter als %n Tage sind, werden am Ende jedes Laufs entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit rows are kept forever.</source>
        <translation>Audit-Log-Einträge werden unbegrenzt aufbewahrt.</translation>
    </message>
    <message>
        <source>expected the subcommand &quot;search&quot; or &quot;retention&quot;</source>
        <translation>erwartet den Unterbefehl &quot;search&quot; oder &quot;retention&quot;</translation>
    </message>
    <message>
        <source>say &quot;set&quot; or &quot;check&quot;</source>
        <translation>geben Sie &quot;set&quot; oder &quot;check&quot; an</translation>
    </message>
    <message>
        <source>%1 is a sandbox workspace: its credentials are fixed test values, nothing to store (a workspace of your own has a connections.json)</source>
        <translation>%1 ist ein Sandbox-Arbeitsbereich: seine Zugangsdaten sind feste Testwerte, es gibt nichts zu speichern (ein eigener Arbeitsbereich hat eine connections.json)</translation>
    </message>
    <message>
        <source>--side must be store or erp</source>
        <translation>--side muss store oder erp sein</translation>
    </message>
    <message>
        <source>--field must be access_token or webhook_secret</source>
        <translation>--field muss access_token oder webhook_secret sein</translation>
    </message>
    <message>
        <source>no secret on standard input (pipe it in, e.g. from a password manager)</source>
        <translation>kein Secret auf der Standardeingabe (leiten Sie es per Pipe ein, z. B. aus einem Passwortmanager)</translation>
    </message>
    <message>
        <source>the keychain refused %1: %2</source>
        <translation>der Schlüsselbund hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Stored the %1&apos;s %2 in the keychain as %3.</source>
        <translation>%2 für %1 im Schlüsselbund als %3 gespeichert.</translation>
    </message>
    <message>
        <source>  Cancelled: what was not done yet stays queued; &quot;ledgerlink-cli run&quot; continues.</source>
        <translation>  Abgebrochen: was noch nicht erledigt ist, bleibt in der Warteschlange; &quot;ledgerlink-cli run&quot; setzt fort.</translation>
    </message>
    <message>
        <source>--concurrency needs a number of writes in flight (1-%1)</source>
        <translation>--concurrency braucht eine Anzahl gleichzeitiger Schreibvorgänge (1-%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--rule needs the id of an object rule of the mapping</source>
        <translation>--rule braucht die ID einer Objektregel der Zuordnung</translation>
    </message>
    <message>
        <source>--rule and --all-rules are for a single run, not --daemon</source>
        <translation>--rule und --all-rules gelten für einen einzelnen Lauf, nicht für --daemon</translation>
    </message>
    <message>
        <source>  %1 record(s) done of %2 read so far</source>
        <translation>  %1 von %2 bisher gelesenen Datensätzen erledigt</translation>
    </message>
    <message>
        <source>Run %1 of %2 (%3): %4 record(s) read in %5 ms, %6 request(s)</source>
        <translation>Lauf %1 in %2 (%3): %4 Datensatz/-sätze in %5 ms gelesen, %6 Anfrage(n)</translation>
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
        <translation>  run [--workspace DIR] [--json] [--daemon [--webhook-port N]] [--credentials-from-env]
      [--concurrency N] [--rule ID]... [--all-rules]
                 einmal synchronisieren: die Bestellungen des Shops abrufen und Rechnungen
                 schreiben, bis die Warteschlange leer ist;
                 --rule: stattdessen diese Objektregeln der Zuordnung synchronisieren (&quot;order&quot;,
                 &quot;product&quot;, ...), --all-rules: alle Regeln, die das Verbindungspaar ausführen kann;
                 --daemon hält die Auslöser (Abfragen, Zeitpläne, Webhooks) bis Strg+C aktiv;
                 --concurrency: gleichzeitige ERP-Schreibvorgänge (Standard: der Wert des
                 Arbeitsbereichs oder 1)
  status [--workspace DIR] [--json]
                 Jobs nach Zustand, Dead Letters, Bestell-Cursor, letzte Läufe
  dlq list|show ID|replay ID|replay all|discard ID [--workspace DIR] [--json]
                 die Dead-Letter-Warteschlange: ansehen, erneut einreihen oder verwerfen
  dlq edit ID --payload FILE [--workspace DIR]
                 den zugeordneten Payload ersetzen, den das erneute Senden schreibt
                 (JSON; die Reference muss erhalten bleiben)
  audit search [TEXT] [--order N] [--sku S] [--email E] [--from ISO] [--to ISO]
               [--result R] [--limit N] [--workspace DIR] [--json]
                 alle Versuche, neueste zuerst: &quot;audit search 1001&quot; erklärt Bestellung #1001
  audit retention [DAYS|forever] [--workspace DIR]
                 wie lange Audit-Log-Einträge aufbewahrt werden (Standard: unbegrenzt);
                 Läufe entfernen ältere
  plan export --format csv|html [--run ID] [--output FILE] [--workspace DIR]
                 einen gespeicherten Plan (standardmäßig den des letzten Probelaufs)
                 zur Freigabe exportieren
  credentials set --side store|erp --field access_token|webhook_secret [--workspace DIR]
                 ein Secret (von der Standardeingabe gelesen) im Schlüsselbund des
                 Betriebssystems speichern
  credentials check [--workspace DIR] [--json]
                 welche Secrets des Arbeitsbereichs der Schlüsselbund enthält (nie ihre Werte)
</translation>
    </message>
    <message>
        <source>ledgerlink-cli: the %1 access token was renewed during the run and the old refresh token no longer works; with --credentials-from-env the new ones cannot be stored: sign in again before the next run</source>
        <translation>ledgerlink-cli: das Zugriffstoken von %1 wurde während des Laufs erneuert, und das alte Refresh-Token gilt nicht mehr; mit --credentials-from-env lassen sich die neuen nicht speichern: melden Sie sich vor dem nächsten Lauf erneut an</translation>
    </message>
    <message>
        <source>ledgerlink-cli reconcile: %1</source>
        <translation>ledgerlink-cli reconcile: %1</translation>
    </message>
    <message>
        <source>--since needs a date, as in --since 2026-11-20</source>
        <translation>--since braucht ein Datum, z. B. --since 2026-11-20</translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is not an ISO date or time (2026-11-20 or 2026-11-20T09:00Z)</source>
        <translation>--since: &quot;%1&quot; ist kein ISO-Datum und keine ISO-Uhrzeit (2026-11-20 oder 2026-11-20T09:00Z)</translation>
    </message>
    <message>
        <source>--format needs text, csv or json</source>
        <translation>--format braucht text, csv oder json</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is none of text, csv, json</source>
        <translation>--format: &quot;%1&quot; ist keiner der Werte text, csv, json</translation>
    </message>
    <message>
        <source>--enqueue-only goes with --repair</source>
        <translation>--enqueue-only gibt es nur zusammen mit --repair</translation>
    </message>
    <message>
        <source>  %1 record(s) read, %2 compared</source>
        <translation>  %1 Datensätze gelesen, %2 verglichen</translation>
    </message>
    <message>
        <source>ledgerlink-cli: the %1 access token was renewed during the pass and the old refresh token no longer works; with --credentials-from-env the new ones cannot be stored: sign in again before the next run</source>
        <translation>ledgerlink-cli: das Zugriffstoken von %1 wurde während des Durchlaufs erneuert, und das alte Refresh-Token gilt nicht mehr; mit --credentials-from-env lassen sich die neuen nicht speichern: melden Sie sich vor dem nächsten Lauf erneut an</translation>
    </message>
    <message>
        <source>ledgerlink-cli: the reconciliation was cancelled; nothing was stored but the cancelled run</source>
        <translation>ledgerlink-cli: der Abgleich wurde abgebrochen; gespeichert wurde nur der abgebrochene Lauf</translation>
    </message>
    <message>
        <source>ledgerlink-cli: the reconciliation failed: %1</source>
        <translation>ledgerlink-cli: der Abgleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>--mode: &quot;%1&quot; is neither report nor repair</source>
        <translation>--mode: &quot;%1&quot; ist weder report noch repair</translation>
    </message>
    <message>
        <source>ledgerlink-cli: the workspace folder %1 does not exist</source>
        <translation>ledgerlink-cli: der Arbeitsbereichsordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>schedule: %1</source>
        <translation>Zeitplan: %1</translation>
    </message>
    <message>
        <source>The engine of %1 does not reconcile by itself (schedule &quot;%2&quot;).</source>
        <translation>Die Engine von %1 gleicht nicht von selbst ab (Zeitplan &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The engine of %1 (run --daemon, the studio) reconciles %2 in %3 mode; each pass is stored as a run.</source>
        <translation>Die Engine von %1 (run --daemon, das Studio) gleicht nach dem Zeitplan &quot;%2&quot; im Modus %3 ab; jeder Durchlauf wird als Lauf gespeichert.</translation>
    </message>
    <message>
        <source>%1 %2 %3 — %4</source>
        <translation>%1 %2 %3 — %4</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 Stück</translation>
    </message>
    <message>
        <source>--run: &quot;%1&quot; is not the id of a pass</source>
        <translation>--run: &quot;%1&quot; ist nicht die ID eines Durchlaufs</translation>
    </message>
    <message>
        <source>ledgerlink-cli: %1 has no reconciliation pass yet: run &quot;ledgerlink-cli reconcile&quot; first</source>
        <translation>ledgerlink-cli: %1 hat noch keinen Abgleichsdurchlauf: zuerst &quot;ledgerlink-cli reconcile&quot; ausführen</translation>
    </message>
    <message>
        <source>ledgerlink-cli: reconcile show: %1 is no reconciliation pass of %2 (&quot;ledgerlink-cli status&quot; lists the runs)</source>
        <translation>ledgerlink-cli: reconcile show: %1 ist kein Abgleichsdurchlauf von %2 (&quot;ledgerlink-cli status&quot; listet die Durchläufe)</translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation pass %1 of %2 (%3 ↔ %4), %5 mode: %n finding(s)</source>
        <translation>
            <numerusform>Abgleichsdurchlauf %1 von %2 (%3 ↔ %4), Modus %5: %n Befund</numerusform>
            <numerusform>Abgleichsdurchlauf %1 von %2 (%3 ↔ %4), Modus %5: %n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>repair: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>Repair a finding through the sync: ledgerlink-cli reconcile repair ID... (the rollout stage permitting).</source>
        <translation>Einen Befund über die Synchronisierung korrigieren: ledgerlink-cli reconcile repair ID... (sofern die Rollout-Phase es erlaubt).</translation>
    </message>
    <message>
        <source>repair: &quot;%1&quot; is not a finding id (&quot;ledgerlink-cli reconcile show&quot; lists them)</source>
        <translation>repair: &quot;%1&quot; ist keine Befund-ID (&quot;ledgerlink-cli reconcile show&quot; listet sie)</translation>
    </message>
    <message>
        <source>repair needs the id of at least one finding (&quot;ledgerlink-cli reconcile show&quot; lists them)</source>
        <translation>repair braucht die ID mindestens eines Befunds (&quot;ledgerlink-cli reconcile show&quot; listet sie)</translation>
    </message>
    <message>
        <source>  %1 of %2 job(s) done</source>
        <translation>  %1 von %2 Job(s) erledigt</translation>
    </message>
    <message>
        <source>ledgerlink-cli: reconcile repair: %1</source>
        <translation>ledgerlink-cli: reconcile repair: %1</translation>
    </message>
    <message>
        <source>Finding %1 of pass %2: %3</source>
        <translation>Befund %1 des Durchlaufs %2: %3</translation>
    </message>
    <message>
        <source>Not repaired: %1.</source>
        <translation>Nicht korrigiert: %1.</translation>
    </message>
    <message>
        <source>Run %1 carried it out: created %2, updated %3, skipped %4, dead letters %5.</source>
        <translation>Lauf %1 hat sie ausgeführt: %2 angelegt, %3 aktualisiert, %4 übersprungen, %5 Dead Letters.</translation>
    </message>
    <message>
        <source>Run &quot;ledgerlink-cli reconcile&quot; again to confirm both sides agree.</source>
        <translation>&quot;ledgerlink-cli reconcile&quot; erneut ausführen, um zu prüfen, dass beide Seiten übereinstimmen.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>ledgerlink-cli: the repair was cancelled; what was not done stays queued</source>
        <translation>ledgerlink-cli: die Korrektur wurde abgebrochen; was nicht erledigt wurde, bleibt eingereiht</translation>
    </message>
    <message>
        <source>ledgerlink-cli: what became of the repairs cannot be read: %1</source>
        <translation>ledgerlink-cli: was aus den Korrekturen wurde, lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>--object needs orders, refunds, prices, stock or payouts</source>
        <translation>--object braucht orders, refunds, prices, stock oder payouts</translation>
    </message>
    <message>
        <source>--object: &quot;%1&quot; is none of orders, refunds, prices, stock, payouts</source>
        <translation>--object: &quot;%1&quot; ist keiner der Werte orders, refunds, prices, stock, payouts</translation>
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
        <translation>  reconcile [--repair [--enqueue-only]] [--object orders|refunds|prices|stock|payouts]...
            [--since DATE] [--format text|csv|json] [--workspace DIR] [--json]
            [--credentials-from-env]
                 der Kontrolldurchlauf: Shop und ERP je Objekt und Abgleichsschlüssel
                 vergleichen, jede Abweichung erklären (Beträge, Cent, Ursache, Nachweis,
                 vorgeschlagene Korrektur) und die Befunde speichern; nur lesend, außer mit
                 --repair: dann werden die Korrekturen, die die führenden Systeme und die
                 Rollout-Phase erlauben, als Synchronisierungs-Jobs eingereiht und sofort
                 ausgeführt (mit --enqueue-only oder wenn eine Engine den Arbeitsbereich
                 bedient, warten sie auf diese);
                 --since: nur Bestellungen und Erstattungen, die seit DATE geändert wurden,
                 Auszahlungen, die seitdem ausgezahlt wurden
  reconcile schedule [SCHEDULE|off] [--mode report|repair] [--workspace DIR] [--json]
                 anzeigen oder festlegen, wann die Engine des Arbeitsbereichs (run --daemon,
                 das Studio) den Durchlauf von selbst ausführt: &quot;daily 03:00&quot; (Standard),
                 &quot;every 6 hours&quot;, off
  reconcile show [--run N] [--format text|csv|json] [--workspace DIR] [--json]
                 einen gespeicherten Durchlauf (den letzten, außer mit --run) Befund für
                 Befund, mit den IDs, die &quot;reconcile repair&quot; nimmt, und was aus jeder
                 Korrektur wurde
  reconcile repair FINDING_ID... [--run N] [--enqueue-only] [--workspace DIR] [--json]
            [--credentials-from-env]
                 ausgewählte Befunde eines gespeicherten Durchlaufs (des letzten, außer mit
                 --run) über die Jobs der Synchronisierung korrigieren, soweit die
                 Rollout-Phase es erlaubt, und sofort ausführen (mit --enqueue-only oder
                 wenn eine Engine den Arbeitsbereich bedient, warten sie auf diese)
</translation>
    </message>
    <message>
        <source>--address needs an IP address, as in --address 127.0.0.1</source>
        <translation>--address braucht eine IP-Adresse, etwa --address 127.0.0.1</translation>
    </message>
    <message>
        <source>--port needs a port number (0-65535)</source>
        <translation>--port braucht eine Portnummer (0-65535)</translation>
    </message>
    <message>
        <source>--capacity needs a number of jobs from 1 to 100000000</source>
        <translation>--capacity braucht eine Anzahl Jobs von 1 bis 100000000</translation>
    </message>
    <message>
        <source>--retry-after needs a number of seconds from 1 to 86400</source>
        <translation>--retry-after braucht eine Anzahl Sekunden von 1 bis 86400</translation>
    </message>
    <message>
        <source>--max-body needs a number of bytes from 1 to 1073741824</source>
        <translation>--max-body braucht eine Anzahl Bytes von 1 bis 1073741824</translation>
    </message>
    <message>
        <source>the secret file of --%1 is empty</source>
        <translation>die Secret-Datei von --%1 ist leer</translation>
    </message>
    <message>
        <source>give at least one of --shopify-secret-file, --woocommerce-secret-file, --xero-secret-file</source>
        <translation>geben Sie mindestens eine von --shopify-secret-file, --woocommerce-secret-file, --xero-secret-file an</translation>
    </message>
    <message>
        <source>ledgerlink-cli webhook serve: the workspace folder %1 does not exist</source>
        <translation>ledgerlink-cli webhook serve: der Workspace-Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>ledgerlink-cli webhook serve: %1</source>
        <translation>ledgerlink-cli webhook serve: %1</translation>
    </message>
    <message>
        <source>ledgerlink-cli webhook serve: cannot set up signal handling</source>
        <translation>ledgerlink-cli webhook serve: die Signalbehandlung kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Receiving webhooks for %1 on %2 (capacity %3 jobs, Retry-After %4 s); stop with Ctrl+C</source>
        <translation>Empfange Webhooks für %1 auf %2 (Kapazität %3 Jobs, Retry-After %4 s); beenden mit Strg+C</translation>
    </message>
    <message>
        <source>Stopped; answered: %1</source>
        <translation>Beendet; beantwortet: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
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
        <translation>  webhook verify --vendor shopify|woocommerce|xero --secret-file F --body FILE
                 --signature VALUE
                 den Signatur-Header einer Zustellung genau so prüfen wie der
                 Webhook-Empfänger; FILE enthält den unveränderten Body, VALUE den Wert
                 des Headers; ein abschließender Zeilenumbruch der Secret-Datei gehört
                 nicht zum Secret; Exit-Code 0 gültig, 1 ungültig (Grund auf stderr),
                 2 fehlerhafte Argumente
  webhook serve [--workspace DIR] --shopify-secret-file F [--woocommerce-secret-file F]
                [--xero-secret-file F] [--address A] [--port N] [--capacity N]
                [--retry-after S] [--max-body BYTES] [--json]
                 Webhooks in die Job-Warteschlange des Workspace aufnehmen, bis Strg+C
                 (der nächste Lauf führt sie aus); auf 127.0.0.1, sofern --address
                 nichts anderes sagt; Port 0 (Standard): ein beliebiger freier Port;
                 --capacity: unerledigte Webhook-Jobs, die die Warteschlange halten darf,
                 bevor Zustellungen mit 503 und Retry-After: S Sekunden beantwortet
                 werden (Standard 10000 und 30); --max-body: 413 darüber
                 (Standard 1048576)
</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Connectors</name>
    <message>
        <source>The %1 connection has no valid base URL.</source>
        <translation>Die Verbindung %1 hat keine gültige Basis-URL.</translation>
    </message>
    <message>
        <source>The %1 connection has no access token.</source>
        <translation>Die Verbindung %1 hat kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>the connection&apos;s rollout stage does not allow writes to this side</source>
        <translation>die Rollout-Phase der Verbindung erlaubt keine Schreibvorgänge auf dieser Seite</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <source>%1 got no answer: %2</source>
        <translation>%1 hat keine Antwort erhalten: %2</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2.</source>
        <translation>%1 ist mit HTTP %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2: %3</source>
        <translation>%1 ist mit HTTP %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without a JSON object (%3).</source>
        <translation>%1 hat mit HTTP %2 ohne JSON-Objekt geantwortet (%3).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>%1 is not a text</source>
        <translation>%1 ist kein Text</translation>
    </message>
    <message>
        <source>the id is missing</source>
        <translation>die ID fehlt</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>die ID ist leer</translation>
    </message>
    <message>
        <source>the number is missing</source>
        <translation>die Nummer fehlt</translation>
    </message>
    <message>
        <source>%1 is not a decimal number</source>
        <translation>%1 ist keine Dezimalzahl</translation>
    </message>
    <message>
        <source>the amount %1 has no known currency</source>
        <translation>der Betrag %1 hat keine bekannte Währung</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows</source>
        <translation>%1 hat mehr Nachkommastellen, als %2 erlaubt</translation>
    </message>
    <message>
        <source>the currency is missing</source>
        <translation>die Währung fehlt</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code</source>
        <translation>%1 ist kein Währungscode nach ISO 4217</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date and time</source>
        <translation>%1 ist keine Datums- und Uhrzeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation>%1 ist kein Array</translation>
    </message>
    <message>
        <source>%1 differs from the order&apos;s currency %2</source>
        <translation>%1 weicht von der Währung %2 der Bestellung ab</translation>
    </message>
    <message>
        <source>Shopify %1: %2</source>
        <translation>Shopify %1: %2</translation>
    </message>
    <message>
        <source>the refund&apos;s currency is unknown (no transaction or line currency)</source>
        <translation>die Währung der Erstattung ist unbekannt (keine Transaktions- oder Positionswährung)</translation>
    </message>
    <message>
        <source>no canonical record for this object</source>
        <translation>kein kanonischer Datensatz für dieses Objekt</translation>
    </message>
    <message>
        <source>Shopify %1 %2: %3</source>
        <translation>Shopify %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 answered without the &quot;%2&quot; list.</source>
        <translation>%1 hat ohne die Liste &quot;%2&quot; geantwortet.</translation>
    </message>
    <message>
        <source>Shopify cannot list &quot;%1&quot; records.</source>
        <translation>Shopify kann keine &quot;%1&quot;-Datensätze auflisten.</translation>
    </message>
    <message>
        <source>The Shopify page token &quot;%1&quot; is not a URL of this shop.</source>
        <translation>Das Shopify-Seitentoken &quot;%1&quot; ist keine URL dieses Shops.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Shopify %2 id.</source>
        <translation>&quot;%1&quot; ist keine gültige Shopify-ID für %2.</translation>
    </message>
    <message>
        <source>GET %1 answered without the &quot;%2&quot; object.</source>
        <translation>GET %1 hat ohne das Objekt &quot;%2&quot; geantwortet.</translation>
    </message>
    <message>
        <source>No Shopify %1 can be found by an empty key.</source>
        <translation>Mit einem leeren Schlüssel lässt sich kein Shopify-Datensatz (%1) finden.</translation>
    </message>
    <message>
        <source>Shopify %1 records have no match key look-up.</source>
        <translation>Für Shopify-Datensätze (%1) gibt es keine Suche per Abgleichsschlüssel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Shopify product id.</source>
        <translation>&quot;%1&quot; ist keine Shopify-Produkt-ID.</translation>
    </message>
    <message>
        <source>Shopify %1 records cannot be written.</source>
        <translation>Shopify-Datensätze (%1) können nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>%1 hat geantwortet: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Xero date</source>
        <translation>&quot;%1&quot; ist kein Xero-Datum</translation>
    </message>
    <message>
        <source>Xero has no &quot;%1&quot; object.</source>
        <translation>Xero hat kein Objekt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Xero %1: %2</source>
        <translation>Xero %1: %2</translation>
    </message>
    <message>
        <source>Xero %1 %2: %3</source>
        <translation>Xero %1 %2: %3</translation>
    </message>
    <message>
        <source>Xero cannot list &quot;%1&quot; records.</source>
        <translation>Xero kann keine &quot;%1&quot;-Datensätze auflisten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Xero page number.</source>
        <translation>&quot;%1&quot; ist keine Xero-Seitennummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Xero %2 id.</source>
        <translation>&quot;%1&quot; ist keine gültige Xero-ID für %2.</translation>
    </message>
    <message>
        <source>No Xero %1 can be found by an empty key.</source>
        <translation>Mit einem leeren Schlüssel lässt sich kein Xero-Datensatz (%1) finden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 answered with %2 results for %3 records.</source>
        <translation>%1 hat mit %2 Ergebnissen für %3 Datensätze geantwortet.</translation>
    </message>
    <message>
        <source>%1, record %2 (%3): %4</source>
        <translation>%1, Datensatz %2 (%3): %4</translation>
    </message>
    <message>
        <source>LedgerLink&apos;s rate limiter holds requests to %1 back for %2 s (the quota is used up): test again then.</source>
        <translation>Der Ratenbegrenzer von LedgerLink hält Anfragen an %1 für %2 s zurück (das Kontingent ist aufgebraucht): testen Sie danach erneut.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 (connection refused): check the base URL&apos;s host and port, and that %2 is running.</source>
        <translation>Unter %1 antwortet nichts (Verbindung abgelehnt): prüfen Sie Host und Port der Basis-URL und ob %2 läuft.</translation>
    </message>
    <message>
        <source>The host %1 is not known: check the spelling of the base URL and the network connection.</source>
        <translation>Der Host %1 ist unbekannt: prüfen Sie die Schreibweise der Basis-URL und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: check the network, a proxy or a firewall, then test again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet: prüfen Sie Netzwerk, Proxy oder Firewall und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2): check the base URL&apos;s scheme (https://) and the server&apos;s certificate.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2): prüfen Sie das Schema der Basis-URL (https://) und das Zertifikat des Servers.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering: check that the base URL is %2&apos;s API address and whether it needs https://.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen: prüfen Sie, ob die Basis-URL die API-Adresse ist, unter der %2 erreichbar ist, und ob sie https:// erfordert.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2): check the base URL and the network connection.</source>
        <translation>%1 ist nicht erreichbar (%2): prüfen Sie die Basis-URL und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>der Shop</translation>
    </message>
    <message>
        <source>the bucket refills by 2 requests a second</source>
        <translation>das Kontingent füllt sich um 2 Anfragen pro Sekunde auf</translation>
    </message>
    <message>
        <source>%1 answered, but refused the access token (HTTP %2): paste a current Admin API access token for this shop, or sign in again.</source>
        <translation>%1 hat geantwortet, aber das Zugriffstoken abgelehnt (HTTP %2): fügen Sie ein aktuelles Admin-API-Zugriffstoken für diesen Shop ein oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The shop at %1 is frozen (HTTP %2): its owner must settle the Shopify bill before the API answers again.</source>
        <translation>Der Shop unter %1 ist eingefroren (HTTP %2): Sein Inhaber muss die Shopify-Rechnung begleichen, bevor die API wieder antwortet.</translation>
    </message>
    <message>
        <source>%1 accepted the access token but refused to show the shop (HTTP %2): reinstall the app on this shop or ask its owner for access.</source>
        <translation>%1 hat das Zugriffstoken akzeptiert, zeigt den Shop aber nicht an (HTTP %2): installieren Sie die App in diesem Shop neu oder bitten Sie den Inhaber um Zugriff.</translation>
    </message>
    <message>
        <source>%1 has no Shopify Admin API %2 (HTTP 404 for shop.json): check that the base URL is the shop&apos;s address, e.g. https://my-shop.myshopify.com.</source>
        <translation>%1 hat keine Shopify Admin API %2 (HTTP 404 für shop.json): prüfen Sie, ob die Basis-URL die Adresse des Shops ist, z. B. https://my-shop.myshopify.com.</translation>
    </message>
    <message>
        <source>The shop at %1 is locked (HTTP %2): Shopify has locked it; its owner must contact Shopify.</source>
        <translation>Der Shop unter %1 ist gesperrt (HTTP %2): Shopify hat ihn gesperrt; sein Inhaber muss sich an Shopify wenden.</translation>
    </message>
    <message>
        <source>%1 is out of rate-limit budget (HTTP 429): another app is using it up; test again in %2 seconds.</source>
        <translation>Das Ratenlimit-Kontingent von %1 ist aufgebraucht (HTTP 429): Eine andere App verbraucht es; testen Sie in %2 Sekunden erneut.</translation>
    </message>
    <message>
        <source>%1 is unavailable (HTTP %2): Shopify or the shop has a problem; test again later.</source>
        <translation>%1 ist nicht verfügbar (HTTP %2): Shopify oder der Shop hat ein Problem; testen Sie später erneut.</translation>
    </message>
    <message>
        <source>%1 answered GET shop.json with HTTP %2, not like the Shopify Admin API: check the base URL.</source>
        <translation>%1 hat GET shop.json mit HTTP %2 beantwortet, nicht wie die Shopify Admin API: prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>Connected to %1; it does not list the token&apos;s access scopes (HTTP %2), so missing permissions will show on the first sync.</source>
        <translation>Mit %1 verbunden; die Zugriffsbereiche des Tokens werden nicht aufgelistet (HTTP %2), fehlende Berechtigungen zeigen sich daher erst bei der ersten Synchronisierung.</translation>
    </message>
    <message>
        <source>; %1 of %2 requests left in the rate-limit bucket</source>
        <translation>; %1 von %2 Anfragen im Ratenlimit-Kontingent übrig</translation>
    </message>
    <message>
        <source>Connected to %1 with every access scope LedgerLink needs%2.</source>
        <translation>Mit %1 verbunden, mit allen Zugriffsbereichen, die LedgerLink braucht%2.</translation>
    </message>
    <message>
        <source>Connected to %1, but the access token is missing the scopes %2: add them to the app&apos;s Admin API access scopes, reinstall it and paste the new token.</source>
        <translation>Mit %1 verbunden, aber dem Zugriffstoken fehlen die Zugriffsbereiche %2: fügen Sie sie den Admin-API-Zugriffsbereichen der App hinzu, installieren Sie die App neu und fügen Sie das neue Token ein.</translation>
    </message>
    <message>
        <source>%1 of %2 requests left today</source>
        <translation>%1 von %2 Anfragen für heute übrig</translation>
    </message>
    <message>
        <source>Xero refused the access token (HTTP %1): access tokens expire after 30 minutes; sign in again or paste a fresh token.</source>
        <translation>Xero hat das Zugriffstoken abgelehnt (HTTP %1): Zugriffstokens laufen nach 30 Minuten ab; melden Sie sich erneut an oder fügen Sie ein neues Token ein.</translation>
    </message>
    <message>
        <source>Xero accepted the access token, but it is missing the scopes %1: sign in again and grant them.</source>
        <translation>Xero hat das Zugriffstoken akzeptiert, aber ihm fehlen die Zugriffsbereiche %1: melden Sie sich erneut an und erteilen Sie sie.</translation>
    </message>
    <message>
        <source>Xero accepted the access token but refused the organisation %1 (HTTP %2): check the tenant id (account), or connect the app to that organisation.</source>
        <translation>Xero hat das Zugriffstoken akzeptiert, aber die Organisation %1 abgelehnt (HTTP %2): prüfen Sie die Tenant-ID (Konto) oder verbinden Sie die App mit dieser Organisation.</translation>
    </message>
    <message>
        <source>%1 has no Xero Accounting API (HTTP 404 for /api.xro/2.0/Organisation): check the base URL, normally https://api.xero.com.</source>
        <translation>%1 hat keine Xero Accounting API (HTTP 404 für /api.xro/2.0/Organisation): prüfen Sie die Basis-URL, normalerweise https://api.xero.com.</translation>
    </message>
    <message>
        <source>Xero&apos;s %1 rate limit is used up (HTTP 429): test again in %2 seconds.</source>
        <translation>Das Xero-Ratenlimit &quot;%1&quot; ist aufgebraucht (HTTP 429): testen Sie in %2 Sekunden erneut.</translation>
    </message>
    <message>
        <source>Xero is unavailable (HTTP %1): test again later.</source>
        <translation>Xero ist nicht verfügbar (HTTP %1): testen Sie später erneut.</translation>
    </message>
    <message>
        <source>%1 answered GET Organisation with HTTP %2, not like the Xero Accounting API: check the base URL.</source>
        <translation>%1 hat GET Organisation mit HTTP %2 beantwortet, nicht wie die Xero Accounting API: prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>; %1 of %2 requests left this minute</source>
        <translation>; %1 von %2 Anfragen in dieser Minute übrig</translation>
    </message>
    <message>
        <source>Connected to %1%2; the token does not list its scopes, so missing permissions will show on the first sync.</source>
        <translation>Mit %1 verbunden%2; das Token listet seine Zugriffsbereiche nicht auf, fehlende Berechtigungen zeigen sich daher erst bei der ersten Synchronisierung.</translation>
    </message>
    <message>
        <source>Connected to %1 with every scope LedgerLink needs%2.</source>
        <translation>Mit %1 verbunden, mit allen Zugriffsbereichen, die LedgerLink braucht%2.</translation>
    </message>
    <message>
        <source>Connected to %1, but the access token is missing the scopes %2: sign in again and grant them.</source>
        <translation>Mit %1 verbunden, aber dem Zugriffstoken fehlen die Zugriffsbereiche %2: melden Sie sich erneut an und erteilen Sie sie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>WooCommerce %1: %2</source>
        <translation>WooCommerce %1: %2</translation>
    </message>
    <message>
        <source>%1 for %2 items is not an exact unit price in %3</source>
        <translation>%1 für %2 Stück ergibt keinen exakten Stückpreis in %3</translation>
    </message>
    <message>
        <source>WooCommerce %1 %2: %3</source>
        <translation>WooCommerce %1 %2: %3</translation>
    </message>
    <message>
        <source>tenant id</source>
        <translation>Tenant-ID</translation>
    </message>
    <message>
        <source>administrator user name</source>
        <translation>Administrator-Benutzername</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>No connector system given (known: %1).</source>
        <translation>Kein Connector-System angegeben (bekannt: %1).</translation>
    </message>
    <message>
        <source>Unknown connector system &quot;%1&quot; (known: %2).</source>
        <translation>Unbekanntes Connector-System &quot;%1&quot; (bekannt: %2).</translation>
    </message>
    <message>
        <source>The %1 connection has no %2 (account).</source>
        <translation>Bei der Verbindung %1 fehlt: %2 (Konto).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without a JSON object.</source>
        <translation>%1 hat mit HTTP %2 ohne JSON-Objekt geantwortet.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 answered without data.</source>
        <translation>%1 hat ohne Daten geantwortet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; ist kein Datum</translation>
    </message>
    <message>
        <source>Tryton %1 %2: %3</source>
        <translation>Tryton %1 %2: %3</translation>
    </message>
    <message>
        <source>Tryton has no &quot;%1&quot; object to read.</source>
        <translation>Tryton hat kein Objekt &quot;%1&quot; zum Lesen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tryton page token.</source>
        <translation>&quot;%1&quot; ist kein Tryton-Seitentoken.</translation>
    </message>
    <message>
        <source>Tryton has no &quot;%1&quot; object.</source>
        <translation>Tryton hat kein Objekt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tryton stock id (&lt;product id&gt;:&lt;warehouse id&gt;).</source>
        <translation>&quot;%1&quot; ist keine Tryton-Bestands-ID (&lt;Produkt-ID&gt;:&lt;Lager-ID&gt;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tryton %2 id.</source>
        <translation>&quot;%1&quot; ist keine gültige Tryton-ID für %2.</translation>
    </message>
    <message>
        <source>No Tryton %1 can be found by an empty key.</source>
        <translation>Mit einem leeren Schlüssel lässt sich kein Tryton-Datensatz (%1) finden.</translation>
    </message>
    <message>
        <source>Tryton %1 %2 was written but cannot be read back.</source>
        <translation>Tryton %1 %2 wurde geschrieben, kann aber nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; on database &quot;%2&quot;</source>
        <translation>Benutzer &quot;%1&quot; auf Datenbank &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Connected to %1 as %2; every model LedgerLink uses can be read (Tryton does not list write rights: a missing one shows on the first write).</source>
        <translation>Mit %1 als %2 verbunden; jedes Modell, das LedgerLink verwendet, kann gelesen werden (Tryton listet keine Schreibrechte auf: ein fehlendes zeigt sich beim ersten Schreibvorgang).</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, but the user may not read %3: add the user to the groups that may (Administration › Users).</source>
        <translation>Mit %1 als %2 verbunden, aber der Benutzer darf %3 nicht lesen: fügen Sie den Benutzer den Gruppen hinzu, die das dürfen (Administration › Benutzer).</translation>
    </message>
    <message>
        <source>Tryton sale &quot;%1&quot;</source>
        <translation>Tryton-Verkauf &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Tryton sale: reference: the store&apos;s order number is missing.</source>
        <translation>Tryton-Verkauf: reference: die Bestellnummer des Shops fehlt.</translation>
    </message>
    <message>
        <source>the currency code is missing</source>
        <translation>der Währungscode fehlt</translation>
    </message>
    <message>
        <source>the order has no lines</source>
        <translation>die Bestellung hat keine Positionen</translation>
    </message>
    <message>
        <source>the SKU is missing</source>
        <translation>die SKU fehlt</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>the payment method&apos;s name is missing</source>
        <translation>der Name der Zahlungsart fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tryton sale id.</source>
        <translation>&quot;%1&quot; ist keine Tryton-Verkaufs-ID.</translation>
    </message>
    <message>
        <source>%1: Tryton sale %2 has the reference &quot;%3&quot;, not this order&apos;s.</source>
        <translation>%1: Tryton-Verkauf %2 hat die Referenz &quot;%3&quot;, nicht die dieser Bestellung.</translation>
    </message>
    <message>
        <source>%1: Tryton&apos;s sale %2 comes to %3 %4 before tax, but the order&apos;s lines and shipping add up to %5 %4: check prices with more decimals than the currency allows and the lines of the Tryton sale.</source>
        <translation>%1: Der Tryton-Verkauf %2 ergibt netto %3 %4, die Positionen und der Versand der Bestellung ergeben aber %5 %4: prüfen Sie Preise mit mehr Nachkommastellen, als die Währung erlaubt, und die Positionen des Tryton-Verkaufs.</translation>
    </message>
    <message>
        <source>%1: Tryton&apos;s sale %2 totals %3 %4, the order %5 %4: Tryton added taxes the order does not have (or the other way round); check the products&apos; customer taxes.</source>
        <translation>%1: Der Tryton-Verkauf %2 beläuft sich auf %3 %4, die Bestellung auf %5 %4: Tryton hat Steuern hinzugefügt, die die Bestellung nicht hat (oder umgekehrt); prüfen Sie die Kundensteuern der Produkte.</translation>
    </message>
    <message>
        <source>%1: Tryton sale %2 was cancelled.</source>
        <translation>%1: Tryton-Verkauf %2 wurde annulliert.</translation>
    </message>
    <message>
        <source>%1: Tryton made no invoice for sale %2 (state %3, invoice state %4).</source>
        <translation>%1: Tryton hat für Verkauf %2 keine Rechnung erstellt (Status %3, Rechnungsstatus %4).</translation>
    </message>
    <message>
        <source>%1: Tryton invoice %2 totals %3 %4, the order %5 %4.</source>
        <translation>%1: Tryton-Rechnung %2 beläuft sich auf %3 %4, die Bestellung auf %5 %4.</translation>
    </message>
    <message>
        <source>Tryton credit note: reference: the refund&apos;s reference is missing.</source>
        <translation>Tryton-Gutschrift: reference: die Referenz der Erstattung fehlt.</translation>
    </message>
    <message>
        <source>Tryton credit note &quot;%1&quot;</source>
        <translation>Tryton-Gutschrift &quot;%1&quot;</translation>
    </message>
    <message>
        <source>neither the order&apos;s reference nor the invoice number is given</source>
        <translation>weder die Referenz der Bestellung noch die Rechnungsnummer ist angegeben</translation>
    </message>
    <message>
        <source>the refund has no lines</source>
        <translation>die Erstattung hat keine Positionen</translation>
    </message>
    <message>
        <source>%1: the refunded lines come to %2 in Tryton, but the refund is %3: nothing was booked (check the quantities and which lines were refunded).</source>
        <translation>%1: die erstatteten Positionen ergeben in Tryton %2, die Erstattung beträgt aber %3: es wurde nichts gebucht (prüfen Sie die Mengen und welche Positionen erstattet wurden).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tryton invoice id.</source>
        <translation>&quot;%1&quot; ist keine Tryton-Rechnungs-ID.</translation>
    </message>
    <message>
        <source>%1: Tryton has no sale with the reference &quot;%2&quot;.</source>
        <translation>%1: Tryton hat keinen Verkauf mit der Referenz &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: Tryton has no posted invoice for %2 to credit.</source>
        <translation>%1: Tryton hat keine festgeschriebene Rechnung für %2, die gutgeschrieben werden könnte.</translation>
    </message>
    <message>
        <source>%1, %2: the SKU &quot;%3&quot; is not on Tryton invoice %4.</source>
        <translation>%1, %2: die SKU &quot;%3&quot; steht nicht auf der Tryton-Rechnung %4.</translation>
    </message>
    <message>
        <source>%1, %2: %3 × %4 refunded, but Tryton invoice %5 bills only %6.</source>
        <translation>%1, %2: %3 × %4 erstattet, aber die Tryton-Rechnung %5 berechnet nur %6.</translation>
    </message>
    <message>
        <source>Refund %1 of %2</source>
        <translation>Erstattung %1 zu %2</translation>
    </message>
    <message>
        <source>an empty body</source>
        <translation>ein leerer Body</translation>
    </message>
    <message>
        <source>an HTML page (%1)</source>
        <translation>eine HTML-Seite (%1)</translation>
    </message>
    <message>
        <source>JSON that is broken or cut off (%1 at byte %2)</source>
        <translation>JSON, das fehlerhaft oder abgeschnitten ist (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>JSON without &quot;result&quot; or &quot;error&quot;</source>
        <translation>JSON ohne &quot;result&quot; oder &quot;error&quot;</translation>
    </message>
    <message>
        <source>Tryton refused %1: %2</source>
        <translation>Tryton hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Tryton stopped %1 with a warning a person must confirm in Tryton (%2): %3</source>
        <translation>Tryton hat %1 mit einer Warnung angehalten, die eine Person in Tryton bestätigen muss (%2): %3</translation>
    </message>
    <message>
        <source>Tryton asks for another login step (%1: %2) in %3: LedgerLink logs in with a password only.</source>
        <translation>Tryton verlangt bei %3 einen weiteren Anmeldeschritt (%1: %2): LedgerLink meldet sich nur mit einem Passwort an.</translation>
    </message>
    <message>
        <source>Tryton refused %1 because the record was changed at the same time (%2); the call can be repeated.</source>
        <translation>Tryton hat %1 abgelehnt, weil der Datensatz gleichzeitig geändert wurde (%2); der Aufruf kann wiederholt werden.</translation>
    </message>
    <message>
        <source>Tryton could not do %1 now because its database was busy (%2); the call can be repeated.</source>
        <translation>Tryton konnte %1 gerade nicht ausführen, weil seine Datenbank ausgelastet war (%2); der Aufruf kann wiederholt werden.</translation>
    </message>
    <message>
        <source>Tryton failed in %1: %2</source>
        <translation>Tryton ist bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with %3 instead of a JSON-RPC answer.</source>
        <translation>%1 hat mit HTTP %2 geantwortet, aber statt einer JSON-RPC-Antwort kam %3.</translation>
    </message>
    <message>
        <source>Tryton refused the login of user &quot;%1&quot; on database &quot;%2&quot; (HTTP %3): the user name or the password is wrong.</source>
        <translation>Tryton hat die Anmeldung von Benutzer &quot;%1&quot; auf Datenbank &quot;%2&quot; abgelehnt (HTTP %3): Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>There is no Tryton database &quot;%1&quot; at %2 (HTTP 404): check the last part of the base URL (http://host:port/&lt;database&gt;/).</source>
        <translation>Unter %2 gibt es keine Tryton-Datenbank &quot;%1&quot; (HTTP 404): prüfen Sie den letzten Teil der Basis-URL (http://host:port/&lt;Datenbank&gt;/).</translation>
    </message>
    <message>
        <source>Tryton holds back logins of user &quot;%1&quot; after too many failed attempts (HTTP 429): it accepts them again after a while.</source>
        <translation>Tryton hält Anmeldungen von Benutzer &quot;%1&quot; nach zu vielen Fehlversuchen zurück (HTTP 429): nach einer Weile werden sie wieder angenommen.</translation>
    </message>
    <message>
        <source>Tryton&apos;s %1 answered %2, not [user id, session key]: is %3 a Tryton 6 server?</source>
        <translation>%1 von Tryton hat mit %2 geantwortet, nicht mit [Benutzer-ID, Sitzungsschlüssel]: ist %3 ein Tryton-6-Server?</translation>
    </message>
    <message>
        <source>The Tryton user &quot;%1&quot; has no current company: choose one in the user&apos;s preferences.</source>
        <translation>Der Tryton-Benutzer &quot;%1&quot; hat kein aktuelles Unternehmen: wählen Sie eines in den Einstellungen des Benutzers.</translation>
    </message>
    <message>
        <source>Tryton refused %1 (HTTP %2) even after a new login: the method does not exist, is not callable over JSON-RPC, or user &quot;%3&quot; may not call it.</source>
        <translation>Tryton hat %1 auch nach einer neuen Anmeldung abgelehnt (HTTP %2): die Methode existiert nicht, ist nicht über JSON-RPC aufrufbar, oder Benutzer &quot;%3&quot; darf sie nicht aufrufen.</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 ist negativ</translation>
    </message>
    <message>
        <source>%1 is not above zero</source>
        <translation>%1 ist nicht größer als null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Tryton cannot write &quot;%1&quot; records (it writes sale, credit_note, product, stock, party and payment).</source>
        <translation>Tryton kann keine &quot;%1&quot;-Datensätze schreiben (es schreibt sale, credit_note, product, stock, party und payment).</translation>
    </message>
    <message>
        <source>The Tryton write failed.</source>
        <translation>Der Schreibvorgang in Tryton ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Tryton has no %1 with id %2.</source>
        <translation>Tryton hat keinen Datensatz %1 mit der ID %2.</translation>
    </message>
    <message>
        <source>Tryton&apos;s %1.create answered without the new record&apos;s id.</source>
        <translation>%1.create von Tryton hat ohne die ID des neuen Datensatzes geantwortet.</translation>
    </message>
    <message>
        <source>%1: Tryton has no currency %2: add it (Currency › Currencies) with its rates.</source>
        <translation>%1: Tryton hat keine Währung %2: legen Sie sie mit ihren Kursen an (Währung › Währungen).</translation>
    </message>
    <message>
        <source>%1: Tryton has no country with the code %2: import the countries (trytond_import_countries) or add it.</source>
        <translation>%1: Tryton hat kein Land mit dem Code %2: importieren Sie die Länder (trytond_import_countries) oder legen Sie es an.</translation>
    </message>
    <message>
        <source>%1: Tryton has no invoice payment method &quot;%2&quot;: add it (Financial › Configuration › Payment Methods) or map the store&apos;s gateway to an existing one.</source>
        <translation>%1: Tryton hat keine Zahlungsart &quot;%2&quot; für Rechnungen: legen Sie sie an (Rechnungswesen › Einstellungen › Zahlungsarten) oder ordnen Sie den Zahlungsanbieter des Shops einer vorhandenen zu.</translation>
    </message>
    <message>
        <source>%1: Tryton has no warehouse.</source>
        <translation>%1: Tryton hat kein Lager.</translation>
    </message>
    <message>
        <source>%1: Tryton has no warehouse with the code %2.</source>
        <translation>%1: Tryton hat kein Lager mit dem Code %2.</translation>
    </message>
    <message>
        <source>%1: Tryton has no product with the code (SKU) &quot;%2&quot;: create it in Tryton or sync the product first.</source>
        <translation>%1: Tryton hat kein Produkt mit dem Code (SKU) &quot;%2&quot;: legen Sie es in Tryton an oder synchronisieren Sie zuerst das Produkt.</translation>
    </message>
    <message>
        <source>the e-mail address (the customer&apos;s match key) is missing</source>
        <translation>die E-Mail-Adresse (der Abgleichsschlüssel des Kunden) fehlt</translation>
    </message>
    <message>
        <source>Tryton invoice %1 is %2, not posted: it cannot be paid.</source>
        <translation>Tryton-Rechnung %1 hat den Status %2 und ist nicht festgeschrieben: sie kann nicht bezahlt werden.</translation>
    </message>
    <message>
        <source>The payment of %1 is more than the %2 left to pay on Tryton invoice %3.</source>
        <translation>Die Zahlung über %1 ist höher als die %2, die auf der Tryton-Rechnung %3 noch offen sind.</translation>
    </message>
    <message>
        <source>Tryton product: code: the SKU is missing.</source>
        <translation>Tryton-Produkt: code: die SKU fehlt.</translation>
    </message>
    <message>
        <source>Tryton product &quot;%1&quot;</source>
        <translation>Tryton-Produkt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>weder true noch false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tryton product id.</source>
        <translation>&quot;%1&quot; ist keine Tryton-Produkt-ID.</translation>
    </message>
    <message>
        <source>%1: Tryton product %2 has the code &quot;%3&quot;: LedgerLink does not change the SKU of an existing product.</source>
        <translation>%1: Tryton-Produkt %2 hat den Code &quot;%3&quot;: LedgerLink ändert die SKU eines bestehenden Produkts nicht.</translation>
    </message>
    <message>
        <source>name: a new product needs a name</source>
        <translation>name: ein neues Produkt braucht einen Namen</translation>
    </message>
    <message>
        <source>list_price: a new product needs a list price</source>
        <translation>list_price: ein neues Produkt braucht einen Listenpreis</translation>
    </message>
    <message>
        <source>%1: uom: Tryton has no unit with the symbol &quot;%2&quot;.</source>
        <translation>%1: uom: Tryton hat keine Maßeinheit mit dem Symbol &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: Tryton has no product category with accounts to sell the product with: add one (Product › Categories, &quot;Accounting&quot;).</source>
        <translation>%1: Tryton hat keine Produktkategorie mit Konten, über die das Produkt verkauft werden kann: legen Sie eine an (Artikel › Kategorien, &quot;Buchhaltung&quot;).</translation>
    </message>
    <message>
        <source>%1: category: Tryton has no product category &quot;%2&quot;.</source>
        <translation>%1: category: Tryton hat keine Produktkategorie &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: Tryton created the template %2 without a variant.</source>
        <translation>%1: Tryton hat die Vorlage %2 ohne Variante angelegt.</translation>
    </message>
    <message>
        <source>Tryton stock of &quot;%1&quot;</source>
        <translation>Tryton-Bestand von &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: Tryton has no lost-and-found location to book the difference.</source>
        <translation>%1: Tryton hat keinen Lagerort für Inventurdifferenzen (Lost and Found), auf den die Differenz gebucht werden kann.</translation>
    </message>
    <message>
        <source>Tryton party &quot;%1&quot;</source>
        <translation>Tryton-Partei &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tryton party id.</source>
        <translation>&quot;%1&quot; ist keine Tryton-Partei-ID.</translation>
    </message>
    <message>
        <source>Tryton payment: reference: the payment&apos;s reference is missing.</source>
        <translation>Tryton-Zahlung: reference: die Referenz der Zahlung fehlt.</translation>
    </message>
    <message>
        <source>Tryton payment &quot;%1&quot;</source>
        <translation>Tryton-Zahlung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>neither the invoice number nor the order&apos;s reference is given</source>
        <translation>weder die Rechnungsnummer noch die Referenz der Bestellung ist angegeben</translation>
    </message>
    <message>
        <source>%1: Tryton has no posted invoice %2.</source>
        <translation>%1: Tryton hat keine festgeschriebene Rechnung %2.</translation>
    </message>
    <message>
        <source>%1: the invoice was already paid by another payment.</source>
        <translation>%1: die Rechnung wurde bereits durch eine andere Zahlung beglichen.</translation>
    </message>
    <message>
        <source>the amount is missing</source>
        <translation>der Betrag fehlt</translation>
    </message>
    <message>
        <source>%1 is not a whole number of minor units</source>
        <translation>%1 ist keine ganze Zahl kleinster Währungseinheiten</translation>
    </message>
    <message>
        <source>Vendure %1: %2</source>
        <translation>Vendure %1: %2</translation>
    </message>
    <message>
        <source>the amount has no known currency</source>
        <translation>der Betrag hat keine bekannte Währung</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows (%3): LedgerLink does not round prices</source>
        <translation>%1 hat mehr Nachkommastellen, als %2 erlaubt (%3): LedgerLink rundet keine Preise</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <source>Vendure has no such object here</source>
        <translation>Vendure hat hier kein solches Objekt</translation>
    </message>
    <message>
        <source>Shipping tax</source>
        <translation>Steuer auf Versand</translation>
    </message>
    <message>
        <source>Vendure has no &quot;%1&quot; object LedgerLink can convert.</source>
        <translation>Vendure hat kein Objekt &quot;%1&quot;, das LedgerLink umwandeln kann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Vendure page token.</source>
        <translation>&quot;%1&quot; ist kein Vendure-Seitentoken.</translation>
    </message>
    <message>
        <source>%1 answered a record without %2: LedgerLink cannot page on.</source>
        <translation>%1 hat einen Datensatz ohne %2 geliefert: LedgerLink kann nicht weiterblättern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a Vendure page token of a read with a cursor.</source>
        <translation>&quot;%1&quot; ist ein Vendure-Seitentoken eines Lesevorgangs mit Cursor.</translation>
    </message>
    <message>
        <source>Vendure cannot list &quot;%1&quot; records.</source>
        <translation>Vendure kann keine &quot;%1&quot;-Datensätze auflisten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Vendure refund id (&quot;&lt;order id&gt;/&lt;refund id&gt;&quot;).</source>
        <translation>&quot;%1&quot; ist keine Vendure-Erstattungs-ID (&quot;&lt;Bestell-ID&gt;/&lt;Erstattungs-ID&gt;&quot;).</translation>
    </message>
    <message>
        <source>Vendure has no &quot;%1&quot; object.</source>
        <translation>Vendure hat kein Objekt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No Vendure %1 has an empty id.</source>
        <translation>Kein Vendure-Datensatz (%1) hat eine leere ID.</translation>
    </message>
    <message>
        <source>No Vendure %1 can be found by an empty key.</source>
        <translation>Mit einem leeren Schlüssel lässt sich kein Vendure-Datensatz (%1) finden.</translation>
    </message>
    <message>
        <source>Vendure cannot look a refund up by itself: read it by its id &quot;&lt;order id&gt;/&lt;refund id&gt;&quot;.</source>
        <translation>Vendure kann eine Erstattung nicht für sich allein nachschlagen: lesen Sie sie über ihre ID &quot;&lt;Bestell-ID&gt;/&lt;Erstattungs-ID&gt;&quot;.</translation>
    </message>
    <message>
        <source>%1 is used by %2 Vendure %3 records (ids %4): LedgerLink will not guess which one.</source>
        <translation>%1 wird von %2 Vendure-Datensätzen (%3) verwendet (IDs %4): LedgerLink rät nicht, welcher gemeint ist.</translation>
    </message>
    <message>
        <source>%1 has no Vendure Admin API (HTTP 404): the base URL is the server&apos;s root, e.g. http://localhost:3000, without /admin-api.</source>
        <translation>%1 hat keine Vendure Admin API (HTTP 404): die Basis-URL ist das Stammverzeichnis des Servers, z. B. http://localhost:3000, ohne /admin-api.</translation>
    </message>
    <message>
        <source>Vendure is unavailable (HTTP %1): test again later.</source>
        <translation>Vendure ist nicht verfügbar (HTTP %1): testen Sie später erneut.</translation>
    </message>
    <message>
        <source>%1 did not answer like Vendure&apos;s Admin API: %2</source>
        <translation>%1 hat nicht wie die Admin API von Vendure geantwortet: %2</translation>
    </message>
    <message>
        <source>Vendure accepted the administrator &quot;%1&quot;, but reading its channel failed: %2</source>
        <translation>Vendure hat den Administrator &quot;%1&quot; akzeptiert, aber das Lesen seines Kanals ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Connected to Vendure (%1, %2) as %3, with every permission LedgerLink needs.</source>
        <translation>Mit Vendure (%1, %2) als %3 verbunden, mit allen Berechtigungen, die LedgerLink braucht.</translation>
    </message>
    <message>
        <source>Connected to Vendure (%1) as %2, but its roles lack the permissions %3: grant them in Vendure (Settings, Roles).</source>
        <translation>Mit Vendure (%1) als %2 verbunden, aber seinen Rollen fehlen die Berechtigungen %3: erteilen Sie sie in Vendure (Einstellungen, Rollen).</translation>
    </message>
    <message>
        <source>Vendure login as administrator &quot;%1&quot;</source>
        <translation>Vendure-Anmeldung als Administrator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 worked, but Vendure sent no vendure-auth-token header: its authOptions.tokenMethod must include &quot;bearer&quot;.</source>
        <translation>%1 hat funktioniert, aber Vendure hat keinen Header vendure-auth-token gesendet: seine authOptions.tokenMethod muss &quot;bearer&quot; enthalten.</translation>
    </message>
    <message>
        <source>Vendure refused the password of administrator &quot;%1&quot; (%2: %3): check the connection&apos;s user name (account) and password.</source>
        <translation>Vendure hat das Passwort von Administrator &quot;%1&quot; abgelehnt (%2: %3): prüfen Sie Benutzername (Konto) und Passwort der Verbindung.</translation>
    </message>
    <message>
        <source>%1 answered without a user or an error: is this Vendure&apos;s Admin API?</source>
        <translation>%1 hat weder mit einem Benutzer noch mit einem Fehler geantwortet: ist das die Admin API von Vendure?</translation>
    </message>
    <message>
        <source>%1 was refused: %2 (%3)</source>
        <translation>%1 wurde abgelehnt: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 was refused right after a fresh login (%2: %3): the administrator &quot;%4&quot; lacks a permission it needs; see Test connection.</source>
        <translation>%1 wurde direkt nach einer neuen Anmeldung abgelehnt (%2: %3): dem Administrator &quot;%4&quot; fehlt eine nötige Berechtigung; siehe „Verbindung testen“.</translation>
    </message>
    <message>
        <source>Vendure&apos;s channel %1 has no known default currency (&quot;%2&quot;).</source>
        <translation>Der Vendure-Kanal %1 hat keine bekannte Standardwährung (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>SKU %1 is used by %2 variants (ids %3) in Vendure: make it unique there; LedgerLink will not guess which one.</source>
        <translation>SKU %1 wird in Vendure von %2 Varianten verwendet (IDs %3): machen Sie sie dort eindeutig; LedgerLink rät nicht, welche gemeint ist.</translation>
    </message>
    <message>
        <source>a Vendure variant has no field &quot;%1&quot; LedgerLink writes (it writes %2)</source>
        <translation>eine Vendure-Variante hat kein Feld &quot;%1&quot;, das LedgerLink schreibt (es schreibt %2)</translation>
    </message>
    <message>
        <source>stockOnHand: %1 is not a whole number (Vendure counts stock in units)</source>
        <translation>stockOnHand: %1 ist keine ganze Zahl (Vendure zählt den Bestand in Stück)</translation>
    </message>
    <message>
        <source>stockOnHand: Vendure has %1 stock locations; the payload must name its stockLocationId</source>
        <translation>stockOnHand: Vendure hat %1 Lagerorte; der Payload muss seine stockLocationId nennen</translation>
    </message>
    <message>
        <source>mutation updateProductVariants (%1 variants)</source>
        <translation>mutation updateProductVariants (%1 Varianten)</translation>
    </message>
    <message>
        <source>%1 answered %2 variants for %3.</source>
        <translation>%1 hat %2 Varianten für %3 angefragte zurückgegeben.</translation>
    </message>
    <message>
        <source>Vendure variant %1: %2</source>
        <translation>Vendure-Variante %1: %2</translation>
    </message>
    <message>
        <source>A Vendure variant write needs an existing id or a SKU.</source>
        <translation>Ein Schreibvorgang für eine Vendure-Variante braucht eine vorhandene ID oder eine SKU.</translation>
    </message>
    <message>
        <source>Vendure created product %1 for SKU %2 but has no variant with that SKU.</source>
        <translation>Vendure hat Produkt %1 für SKU %2 angelegt, hat aber keine Variante mit dieser SKU.</translation>
    </message>
    <message>
        <source>No Vendure variant has the SKU %1, and the payload names neither a productId to create it under nor a name and price for a new product.</source>
        <translation>Keine Vendure-Variante hat die SKU %1, und der Payload nennt weder eine productId, unter der sie angelegt werden kann, noch Name und Preis für ein neues Produkt.</translation>
    </message>
    <message>
        <source>Vendure variant %1: productId is only written when the variant is created.</source>
        <translation>Vendure-Variante %1: productId wird nur beim Anlegen der Variante geschrieben.</translation>
    </message>
    <message>
        <source>A Vendure product has no field &quot;%1&quot; LedgerLink writes.</source>
        <translation>Ein Vendure-Produkt hat kein Feld &quot;%1&quot;, das LedgerLink schreibt.</translation>
    </message>
    <message>
        <source>Vendure product %1: prices, stock and SKUs of an existing product are &quot;variant&quot; writes.</source>
        <translation>Vendure-Produkt %1: Preise, Bestand und SKUs eines bestehenden Produkts werden als &quot;variant&quot; geschrieben.</translation>
    </message>
    <message>
        <source>A new Vendure product needs a name and a SKU.</source>
        <translation>Ein neues Vendure-Produkt braucht einen Namen und eine SKU.</translation>
    </message>
    <message>
        <source>Every variant of a new Vendure product needs a sku and a price.</source>
        <translation>Jede Variante eines neuen Vendure-Produkts braucht eine sku und einen Preis.</translation>
    </message>
    <message>
        <source>Vendure product %1: %2</source>
        <translation>Vendure-Produkt %1: %2</translation>
    </message>
    <message>
        <source>Vendure product %1 vanished after its creation.</source>
        <translation>Vendure-Produkt %1 ist nach dem Anlegen verschwunden.</translation>
    </message>
    <message>
        <source>A Vendure order write adds a note: its payload holds &quot;note&quot; (and &quot;isPublic&quot;, &quot;code&quot;), not &quot;%1&quot;.</source>
        <translation>Ein Schreibvorgang für eine Vendure-Bestellung fügt eine Notiz hinzu: sein Payload enthält &quot;note&quot; (und &quot;isPublic&quot;, &quot;code&quot;), nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A Vendure order write needs a &quot;note&quot;.</source>
        <translation>Ein Schreibvorgang für eine Vendure-Bestellung braucht das Feld &quot;note&quot;.</translation>
    </message>
    <message>
        <source>Vendure has no placed order %1.</source>
        <translation>Vendure hat keine aufgegebene Bestellung %1.</translation>
    </message>
    <message>
        <source>Vendure has no order %1.</source>
        <translation>Vendure hat keine Bestellung %1.</translation>
    </message>
    <message>
        <source>A Vendure refund cannot be changed once it exists (%1).</source>
        <translation>Eine Vendure-Erstattung kann nach dem Anlegen nicht mehr geändert werden (%1).</translation>
    </message>
    <message>
        <source>A Vendure refund has no field &quot;%1&quot; LedgerLink writes.</source>
        <translation>Eine Vendure-Erstattung hat kein Feld &quot;%1&quot;, das LedgerLink schreibt.</translation>
    </message>
    <message>
        <source>A Vendure refund needs an orderId and an amount.</source>
        <translation>Eine Vendure-Erstattung braucht eine orderId und einen Betrag.</translation>
    </message>
    <message>
        <source>Vendure refund of order %1: amount: %2</source>
        <translation>Vendure-Erstattung zu Bestellung %1: amount: %2</translation>
    </message>
    <message>
        <source>Vendure order %1 has %2 settled payments: the refund must name its paymentId.</source>
        <translation>Vendure-Bestellung %1 hat %2 abgerechnete Zahlungen: die Erstattung muss ihre paymentId nennen.</translation>
    </message>
    <message>
        <source>Vendure refund of order %1: lines[%2] names no line of the order (orderLineId or sku) with a positive quantity.</source>
        <translation>Vendure-Erstattung zu Bestellung %1: lines[%2] nennt keine Position der Bestellung (orderLineId oder sku) mit positiver Menge.</translation>
    </message>
    <message>
        <source>LedgerLink does not write Vendure &quot;%1&quot; records.</source>
        <translation>LedgerLink schreibt keine &quot;%1&quot;-Datensätze in Vendure.</translation>
    </message>
    <message>
        <source>query productVariants (%1 SKUs)</source>
        <translation>query productVariants (%1 SKUs)</translation>
    </message>
    <message>
        <source>The WooCommerce connection&apos;s access token must be &quot;consumer_key:consumer_secret&quot; (the two values of a REST API key, joined by a colon); it has no colon.</source>
        <translation>Das Zugriffstoken der WooCommerce-Verbindung muss &quot;consumer_key:consumer_secret&quot; lauten (die beiden Werte eines REST-API-Schlüssels, durch einen Doppelpunkt verbunden); es enthält keinen Doppelpunkt.</translation>
    </message>
    <message>
        <source>The WooCommerce connection&apos;s access token must be &quot;consumer_key:consumer_secret&quot;; its %1 is empty.</source>
        <translation>Das Zugriffstoken der WooCommerce-Verbindung muss &quot;consumer_key:consumer_secret&quot; lauten; der Teil %1 ist leer.</translation>
    </message>
    <message>
        <source>consumer key</source>
        <translation>Consumer Key</translation>
    </message>
    <message>
        <source>consumer secret</source>
        <translation>Consumer Secret</translation>
    </message>
    <message>
        <source>WooCommerce cannot list &quot;%1&quot; records.</source>
        <translation>WooCommerce kann keine &quot;%1&quot;-Datensätze auflisten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a page token of the WooCommerce connector.</source>
        <translation>&quot;%1&quot; ist kein Seitentoken des WooCommerce-Connectors.</translation>
    </message>
    <message>
        <source>%1 answered a list whose element %2 is not an object.</source>
        <translation>%1 hat eine Liste geliefert, deren Element %2 kein Objekt ist.</translation>
    </message>
    <message>
        <source>%1 answered an unreadable record (element %2): %3</source>
        <translation>%1 hat einen unlesbaren Datensatz geliefert (Element %2): %3</translation>
    </message>
    <message>
        <source>%1 answered %2 %3 without date_modified_gmt, which LedgerLink pages by.</source>
        <translation>%1 hat %2 %3 ohne date_modified_gmt geliefert, nach dem LedgerLink blättert.</translation>
    </message>
    <message>
        <source>%1 answered %2 %3, modified at %4, before the modified_after it asked for (%5): the store ignores modified_after, which needs WooCommerce 5.8 or later. Update WooCommerce.</source>
        <translation>%1 hat %2 %3 mit Änderungszeit %4 geliefert, also vor dem angefragten modified_after (%5): der Shop ignoriert modified_after, das WooCommerce 5.8 oder neuer erfordert. Aktualisieren Sie WooCommerce.</translation>
    </message>
    <message>
        <source>%1 answered the header X-WP-TotalPages: &quot;%2&quot;, not a number of pages.</source>
        <translation>%1 hat den Header X-WP-TotalPages: &quot;%2&quot; geliefert, keine Seitenzahl.</translation>
    </message>
    <message>
        <source>GET %1 answered an unreadable record (element %2): %3</source>
        <translation>GET %1 hat einen unlesbaren Datensatz geliefert (Element %2): %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a WooCommerce %2 id.</source>
        <translation>&quot;%1&quot; ist keine gültige WooCommerce-ID für %2.</translation>
    </message>
    <message>
        <source>WooCommerce cannot read &quot;%1&quot; records.</source>
        <translation>WooCommerce kann keine &quot;%1&quot;-Datensätze lesen.</translation>
    </message>
    <message>
        <source>GET %1 %2 answered an unreadable record: %3</source>
        <translation>GET %1 %2 hat einen unlesbaren Datensatz geliefert: %3</translation>
    </message>
    <message>
        <source>No WooCommerce %1 can be found by an empty key.</source>
        <translation>Mit einem leeren Schlüssel lässt sich kein WooCommerce-Datensatz (%1) finden.</translation>
    </message>
    <message>
        <source>GET orders?search=%1 answered an unreadable record: %2</source>
        <translation>GET orders?search=%1 hat einen unlesbaren Datensatz geliefert: %2</translation>
    </message>
    <message>
        <source>GET customers?email=%1 answered an unreadable record: %2</source>
        <translation>GET customers?email=%1 hat einen unlesbaren Datensatz geliefert: %2</translation>
    </message>
    <message>
        <source>WooCommerce %1 records have no match key look-up.</source>
        <translation>Für WooCommerce-Datensätze (%1) gibt es keine Suche per Abgleichsschlüssel.</translation>
    </message>
    <message>
        <source>WooCommerce %1 records cannot be written.</source>
        <translation>WooCommerce-Datensätze (%1) können nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>WooCommerce product %1 was not sent: %2</source>
        <translation>WooCommerce-Produkt %1 wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a WooCommerce product id.</source>
        <translation>&quot;%1&quot; ist keine WooCommerce-Produkt-ID.</translation>
    </message>
    <message>
        <source>%1 answered an unreadable record: %2</source>
        <translation>%1 hat einen unlesbaren Datensatz geliefert: %2</translation>
    </message>
    <message>
        <source>WooCommerce orders are not created by LedgerLink: the order write has neither an id nor an order number.</source>
        <translation>LedgerLink legt keine WooCommerce-Bestellungen an: der Schreibvorgang für die Bestellung hat weder eine ID noch eine Bestellnummer.</translation>
    </message>
    <message>
        <source>The store has no WooCommerce order numbered %1.</source>
        <translation>Der Shop hat keine WooCommerce-Bestellung mit der Nummer %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a WooCommerce order id.</source>
        <translation>&quot;%1&quot; ist keine WooCommerce-Bestell-ID.</translation>
    </message>
    <message>
        <source>WooCommerce order %1: the note is not a text.</source>
        <translation>WooCommerce-Bestellung %1: die Notiz ist kein Text.</translation>
    </message>
    <message>
        <source>GET %1 answered an unreadable record: %2</source>
        <translation>GET %1 hat einen unlesbaren Datensatz geliefert: %2</translation>
    </message>
    <message>
        <source>%1 answered %2 &quot;%3&quot; results for %4 records.</source>
        <translation>%1 hat mit %2 &quot;%3&quot;-Ergebnissen für %4 Datensätze geantwortet.</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>element %1</source>
        <translation>Element %1</translation>
    </message>
    <message>
        <source>%1: WooCommerce refused the %2 of %3 (HTTP %4): %5</source>
        <translation>%1: WooCommerce hat &quot;%2&quot; für %3 abgelehnt (HTTP %4): %5</translation>
    </message>
    <message>
        <source>%1 answered an unreadable %2 result for %3: %4</source>
        <translation>%1 hat ein unlesbares &quot;%2&quot;-Ergebnis für %3 geliefert: %4</translation>
    </message>
    <message>
        <source>the WordPress site</source>
        <translation>die WordPress-Website</translation>
    </message>
    <message>
        <source>%1 redirects /wp-json/ to %2: use the address it redirects to (often https://) as the base URL.</source>
        <translation>%1 leitet /wp-json/ nach %2 um: verwenden Sie die Zieladresse der Weiterleitung (oft https://) als Basis-URL.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <source>%1 answered /wp-json/ with HTTP %2%3, not WordPress&apos;s REST API: check that the base URL is the WordPress site&apos;s root and that permalinks are not &quot;Plain&quot;.</source>
        <translation>%1 hat /wp-json/ mit HTTP %2%3 beantwortet, nicht wie die REST-API von WordPress: prüfen Sie, ob die Basis-URL das Stammverzeichnis der WordPress-Website ist und die Permalinks nicht auf &quot;Einfach&quot; stehen.</translation>
    </message>
    <message>
        <source>%1 runs WordPress, but WooCommerce&apos;s REST API v3 (wc/v3) is not among its APIs: activate WooCommerce (3.5 or later).</source>
        <translation>Auf %1 läuft WordPress, aber die REST-API v3 von WooCommerce (wc/v3) ist nicht unter seinen APIs: aktivieren Sie WooCommerce (3.5 oder neuer).</translation>
    </message>
    <message>
        <source>%1 refused the REST API key (HTTP 401: %2).</source>
        <translation>%1 hat den REST-API-Schlüssel abgelehnt (HTTP 401: %2).</translation>
    </message>
    <message>
        <source>%1 accepted the REST API key but its user may not read orders (HTTP 403: %2).</source>
        <translation>%1 hat den REST-API-Schlüssel akzeptiert, aber sein Benutzer darf keine Bestellungen lesen (HTTP 403: %2).</translation>
    </message>
    <message>
        <source>Connected to %1, but reading orders failed: %2</source>
        <translation>Mit %1 verbunden, aber das Lesen der Bestellungen ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source> (%1 orders)</source>
        <translation> (%1 Bestellungen)</translation>
    </message>
    <message>
        <source> Over plain http the key is sent signed (OAuth 1.0a); use https:// if the site has it.</source>
        <translation> Über unverschlüsseltes http wird der Schlüssel signiert gesendet (OAuth 1.0a); verwenden Sie https://, wenn die Website es anbietet.</translation>
    </message>
    <message>
        <source>Connected to %1: the key reads orders%2. WooCommerce does not say whether the key may also write: give it Read/Write under WooCommerce → Settings → Advanced → REST API; the first write will tell.%3</source>
        <translation>Mit %1 verbunden: der Schlüssel liest Bestellungen%2. WooCommerce gibt nicht an, ob der Schlüssel auch schreiben darf: erteilen Sie ihm unter WooCommerce → Einstellungen → Erweitert → REST-API die Berechtigung Lesen/Schreiben; der erste Schreibvorgang zeigt es.%3</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>eine HTML-Seite</translation>
    </message>
    <message>
        <source>an HTML page titled &quot;%1&quot;</source>
        <translation>eine HTML-Seite mit dem Titel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give the key Read/Write permission under WooCommerce → Settings → Advanced → REST API</source>
        <translation>erteilen Sie dem Schlüssel unter WooCommerce → Einstellungen → Erweitert → REST-API die Berechtigung Lesen/Schreiben</translation>
    </message>
    <message>
        <source>check this computer&apos;s clock: WooCommerce accepts OAuth signatures for 15 minutes</source>
        <translation>prüfen Sie die Uhr dieses Computers: WooCommerce akzeptiert OAuth-Signaturen 15 Minuten lang</translation>
    </message>
    <message>
        <source>no accepted credentials reached WooCommerce: check the consumer key, and that the web server passes the Authorization header on to WordPress</source>
        <translation>bei WooCommerce sind keine akzeptierten Zugangsdaten angekommen: prüfen Sie den Consumer Key und ob der Webserver den Authorization-Header an WordPress weitergibt</translation>
    </message>
    <message>
        <source>check the consumer key and secret under WooCommerce → Settings → Advanced → REST API</source>
        <translation>prüfen Sie Consumer Key und Consumer Secret unter WooCommerce → Einstellungen → Erweitert → REST-API</translation>
    </message>
    <message>
        <source>the key&apos;s WordPress user lacks the permission (an Administrator&apos;s or Shop manager&apos;s key is needed)</source>
        <translation>dem WordPress-Benutzer des Schlüssels fehlt die Berechtigung (nötig ist der Schlüssel eines Administrators oder Shop-Managers)</translation>
    </message>
    <message>
        <source>WooCommerce&apos;s REST API v3 is not at this address: check that the base URL is the WordPress site&apos;s root, that WooCommerce is active and that permalinks are not &quot;Plain&quot;</source>
        <translation>die REST-API v3 von WooCommerce ist nicht unter dieser Adresse: prüfen Sie, ob die Basis-URL das Stammverzeichnis der WordPress-Website ist, ob WooCommerce aktiv ist und ob die Permalinks nicht auf &quot;Einfach&quot; stehen</translation>
    </message>
    <message>
        <source>%1: %2 is not a price (decimal text such as &quot;19.90&quot;)</source>
        <translation>%1: %2 ist kein Preis (Dezimaltext wie &quot;19.90&quot;)</translation>
    </message>
    <message>
        <source>stock_quantity: %1 is not a whole number of items</source>
        <translation>stock_quantity: %1 ist keine ganze Stückzahl</translation>
    </message>
    <message>
        <source>stock_quantity is set but manage_stock is false: WooCommerce ignores the quantity of a product whose stock it does not manage</source>
        <translation>stock_quantity ist gesetzt, aber manage_stock ist false: WooCommerce ignoriert die Menge eines Produkts, dessen Bestand es nicht verwaltet</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an empty body, not WooCommerce JSON.</source>
        <translation>%1 hat mit HTTP %2 und leerem Body geantwortet, nicht mit WooCommerce-JSON.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a PHP message in the body (&quot;%3&quot;): turn WP_DEBUG_DISPLAY off in the site&apos;s wp-config.php, or update the plugin that causes it.</source>
        <translation>%1 hat mit HTTP %2 und einer PHP-Meldung im Body geantwortet (&quot;%3&quot;): schalten Sie WP_DEBUG_DISPLAY in der wp-config.php der Website aus oder aktualisieren Sie das Plugin, das sie verursacht.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with %3, not WooCommerce JSON: check that the base URL is the WordPress site&apos;s root and that no caching, security or maintenance plugin answers /wp-json/ requests.</source>
        <translation>%1 hat mit HTTP %2 geantwortet, aber statt WooCommerce-JSON kam %3: prüfen Sie, ob die Basis-URL das Stammverzeichnis der WordPress-Website ist und ob kein Caching-, Sicherheits- oder Wartungs-Plugin Anfragen an /wp-json/ beantwortet.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with JSON cut off after %3 bytes (%4): the site stopped writing in mid-answer (a PHP time or memory limit, or a proxy).</source>
        <translation>%1 hat mit HTTP %2 und nach %3 Bytes abgeschnittenem JSON geantwortet (%4): die Website hat mitten in der Antwort aufgehört zu schreiben (ein PHP-Zeit- oder Speicherlimit oder ein Proxy).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a body that is not JSON (%3 at byte %4).</source>
        <translation>%1 hat mit HTTP %2 und einem Body geantwortet, der kein JSON ist (%3 bei Byte %4).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a JSON object, not the list WooCommerce sends.</source>
        <translation>%1 hat mit HTTP %2 und einem JSON-Objekt geantwortet, nicht mit der Liste, die WooCommerce sendet.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a JSON list, not the object WooCommerce sends.</source>
        <translation>%1 hat mit HTTP %2 und einer JSON-Liste geantwortet, nicht mit dem Objekt, das WooCommerce sendet.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an HTML page (%3) instead of JSON: a proxy or maintenance page in front of the API</source>
        <translation>%1 hat mit HTTP %2 und einer HTML-Seite (%3) statt JSON geantwortet: eine Proxy- oder Wartungsseite vor der API</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a JSON body cut off after %3 bytes (%4): the answer was lost on its way</source>
        <translation>%1 hat mit HTTP %2 und einem nach %3 Bytes abgeschnittenen JSON-Body geantwortet (%4): die Antwort ist unterwegs verloren gegangen</translation>
    </message>
    <message>
        <source>the access token has expired and there is no refresh token: sign in again on the Connections page</source>
        <translation>das Zugriffstoken ist abgelaufen, und es gibt kein Refresh-Token: melden Sie sich auf der Seite „Verbindungen“ erneut an</translation>
    </message>
    <message>
        <source>the access token has expired and could not be renewed: %1</source>
        <translation>das Zugriffstoken ist abgelaufen und konnte nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>an array of %1 element(s)</source>
        <translation>ein Array mit %1 Element(en)</translation>
    </message>
    <message>
        <source>no array</source>
        <translation>kein Array</translation>
    </message>
    <message>
        <source>The Shopify GraphQL field %1 is &quot;%2&quot;, not a %3 id.</source>
        <translation>Das Shopify-GraphQL-Feld %1 ist &quot;%2&quot;, keine %3-ID.</translation>
    </message>
    <message>
        <source>LedgerLink does not write the Shopify product fields %1 (GraphQL productCreate/productUpdate/productVariantsBulkUpdate)</source>
        <translation>LedgerLink schreibt die Shopify-Produktfelder %1 nicht (GraphQL productCreate/productUpdate/productVariantsBulkUpdate)</translation>
    </message>
    <message>
        <source>the Shopify product fields %1 hold a value of the wrong type (text expected)</source>
        <translation>die Shopify-Produktfelder %1 enthalten einen Wert des falschen Typs (Text erwartet)</translation>
    </message>
    <message>
        <source>throttled: the query costs %1 points, the bucket holds %2 of %3 and refills %4 a second</source>
        <translation>gedrosselt: die Abfrage kostet %1 Punkte, das Kontingent enthält %2 von %3 und füllt sich um %4 pro Sekunde auf</translation>
    </message>
    <message>
        <source>%1 failed: %2; retry in %3 s.</source>
        <translation>%1 ist fehlgeschlagen: %2; erneuter Versuch in %3 s.</translation>
    </message>
    <message>
        <source>The Shopify page token &quot;%1&quot; is not one of LedgerLink&apos;s.</source>
        <translation>Das Shopify-Seitentoken &quot;%1&quot; stammt nicht von LedgerLink.</translation>
    </message>
    <message>
        <source>Shopify refused the bulk read of the products: %1</source>
        <translation>Shopify hat die Massenabfrage der Produkte abgelehnt: %1</translation>
    </message>
    <message>
        <source>The bulk read of the Shopify products was cancelled.</source>
        <translation>Die Massenabfrage der Shopify-Produkte wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Shopify&apos;s bulk read of the products (%1) has not finished after %2 minutes; LedgerLink reads again later.</source>
        <translation>Die Massenabfrage der Produkte bei Shopify (%1) ist nach %2 Minuten nicht abgeschlossen; LedgerLink liest später erneut.</translation>
    </message>
    <message>
        <source>Another bulk operation (%1) replaced LedgerLink&apos;s bulk read of the products (%2).</source>
        <translation>Ein anderer Massenvorgang (%1) hat die Massenabfrage der Produkte von LedgerLink (%2) ersetzt.</translation>
    </message>
    <message>
        <source>Shopify&apos;s bulk read of the products (%1) ended %2 (%3).</source>
        <translation>Die Massenabfrage der Produkte bei Shopify (%1) endete mit dem Status %2 (%3).</translation>
    </message>
    <message>
        <source>No temporary file for Shopify&apos;s bulk result: %1</source>
        <translation>Keine temporäre Datei für das Ergebnis der Shopify-Massenabfrage: %1</translation>
    </message>
    <message>
        <source>the download of Shopify&apos;s bulk result</source>
        <translation>der Download des Ergebnisses der Shopify-Massenabfrage</translation>
    </message>
    <message>
        <source>%1 could not be written to disk: %2</source>
        <translation>%1 konnte nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Shopify&apos;s bulk result has no byte %1: %2</source>
        <translation>Das Ergebnis der Shopify-Massenabfrage hat kein Byte %1: %2</translation>
    </message>
    <message>
        <source>Shopify&apos;s bulk result holds a line that is not a JSON object at byte %1: %2</source>
        <translation>Das Ergebnis der Shopify-Massenabfrage enthält bei Byte %1 eine Zeile, die kein JSON-Objekt ist: %2</translation>
    </message>
    <message>
        <source>Shopify&apos;s bulk result holds a variant of %1 at byte %2, not after its product.</source>
        <translation>Das Ergebnis der Shopify-Massenabfrage enthält bei Byte %2 eine Variante von %1, die nicht hinter ihrem Produkt steht.</translation>
    </message>
    <message>
        <source>The SKU &quot;%1&quot; is on more than one Shopify product (%2): LedgerLink does not match on a duplicate SKU; give each variant its own SKU in Shopify.</source>
        <translation>Die SKU &quot;%1&quot; kommt bei mehr als einem Shopify-Produkt vor (%2): LedgerLink gleicht nicht über eine doppelte SKU ab; geben Sie in Shopify jeder Variante eine eigene SKU.</translation>
    </message>
    <message>
        <source>%1 answered without the product.</source>
        <translation>%1 hat ohne das Produkt geantwortet.</translation>
    </message>
    <message>
        <source>The Shopify product %1 no longer exists: it was deleted in Shopify after LedgerLink linked it.</source>
        <translation>Das Shopify-Produkt %1 existiert nicht mehr: es wurde in Shopify gelöscht, nachdem LedgerLink es verknüpft hatte.</translation>
    </message>
    <message>
        <source>(no SKU)</source>
        <translation>(keine SKU)</translation>
    </message>
    <message>
        <source>The Shopify product %1 has no variant with the SKU %2: LedgerLink updates the variants a product has; add the variant in Shopify first.</source>
        <translation>Das Shopify-Produkt %1 hat keine Variante mit der SKU %2: LedgerLink aktualisiert nur die Varianten, die ein Produkt hat; legen Sie die Variante zuerst in Shopify an.</translation>
    </message>
    <message>
        <source>order %1: the %2 store does not say which vendor sells a line, so its orders cannot be split by vendor</source>
        <translation>Bestellung %1: Der Shop %2 gibt nicht an, welcher Händler eine Position verkauft; seine Bestellungen können daher nicht nach Händler aufgeteilt werden</translation>
    </message>
    <message>
        <source>%1 is not a currency code</source>
        <translation>%1 ist kein Währungscode</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2</source>
        <translation>&quot;%1&quot; ist kein Betrag in %2</translation>
    </message>
    <message>
        <source>order %1 is already one vendor&apos;s part of an order</source>
        <translation>Bestellung %1 ist bereits der Teil eines Händlers an einer Bestellung</translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation>Bestellung %1: %2</translation>
    </message>
    <message>
        <source>order %1: total_discounts carries %2 that no line&apos;s discount_allocations holds; a split by vendor needs every discount on its lines</source>
        <translation>Bestellung %1: total_discounts enthält %2, die keine discount_allocations einer Position tragen; eine Aufteilung nach Händler braucht jeden Rabatt auf den Positionen</translation>
    </message>
    <message>
        <source>order %1: currency: &quot;%2&quot; is not a currency code</source>
        <translation>Bestellung %1: currency: &quot;%2&quot; ist kein Währungscode</translation>
    </message>
    <message>
        <source>order %1, vendor %2: %3</source>
        <translation>Bestellung %1, Händler %2: %3</translation>
    </message>
    <message>
        <source>missing: the payout was read without its balance transactions</source>
        <translation>fehlt: die Auszahlung wurde ohne ihre Saldobewegungen gelesen</translation>
    </message>
    <message>
        <source>%1 differs from the payout&apos;s currency %2</source>
        <translation>%1 weicht von der Währung der Auszahlung %2 ab</translation>
    </message>
    <message>
        <source>%1 is not the amount %2 less the fee %3</source>
        <translation>%1 ist nicht der Betrag %2 abzüglich der Gebühr %3</translation>
    </message>
    <message>
        <source>The balance transactions of Shopify payout %1 came without the &quot;transactions&quot; list.</source>
        <translation>Die Saldobewegungen der Shopify-Auszahlung %1 kamen ohne die Liste &quot;transactions&quot;.</translation>
    </message>
    <message>
        <source>The next page of payout %1&apos;s balance transactions is not a URL of this shop.</source>
        <translation>Die nächste Seite der Saldobewegungen der Auszahlung %1 ist keine URL dieses Shops.</translation>
    </message>
    <message>
        <source>the %1 store does not give its orders&apos; amounts in its base currency</source>
        <translation>der Shop %1 nennt die Beträge seiner Bestellungen nicht in seiner Basiswährung</translation>
    </message>
    <message>
        <source>only orders are read in the shop currency</source>
        <translation>nur Bestellungen werden in der Shopwährung gelesen</translation>
    </message>
    <message>
        <source>refund %1: the %2 store does not say which vendor sells a line, so its refunds cannot be split by vendor</source>
        <translation>Erstattung %1: Der Shop %2 gibt nicht an, welcher Anbieter eine Position verkauft, daher können seine Erstattungen nicht nach Anbieter aufgeteilt werden</translation>
    </message>
    <message>
        <source>payment %1: the %2 store does not say which vendor sells a line, so its payments cannot be split by vendor</source>
        <translation>Zahlung %1: Der Shop %2 gibt nicht an, welcher Anbieter eine Position verkauft, daher können seine Zahlungen nicht nach Anbieter aufgeteilt werden</translation>
    </message>
    <message>
        <source>refund %1 of order %2: %3</source>
        <translation>Erstattung %1 der Bestellung %2: %3</translation>
    </message>
    <message>
        <source>the refund is already one vendor&apos;s part of a refund</source>
        <translation>die Erstattung ist bereits der Teil eines Anbieters einer Erstattung</translation>
    </message>
    <message>
        <source>order_id: %1 is not the order&apos;s id %2</source>
        <translation>order_id: %1 ist nicht die ID %2 der Bestellung</translation>
    </message>
    <message>
        <source>the order&apos;s currency: &quot;%1&quot; is not a currency code</source>
        <translation>die Währung der Bestellung: &quot;%1&quot; ist kein Währungscode</translation>
    </message>
    <message>
        <source>%1 differs from the order&apos;s %2</source>
        <translation>%1 weicht von %2 der Bestellung ab</translation>
    </message>
    <message>
        <source>%1: missing; every refunded line names its order line</source>
        <translation>%1: fehlt; jede erstattete Position nennt ihre Bestellposition</translation>
    </message>
    <message>
        <source>%1: %2 is not a line of the order</source>
        <translation>%1: %2 ist keine Position der Bestellung</translation>
    </message>
    <message>
        <source>%1.currency: &quot;%2&quot; is not a currency code</source>
        <translation>%1.currency: &quot;%2&quot; ist kein Währungscode</translation>
    </message>
    <message>
        <source>transaction %1 of order %2</source>
        <translation>Transaktion %1 der Bestellung %2</translation>
    </message>
    <message>
        <source>%1: currency: &quot;%2&quot; is not a currency code</source>
        <translation>%1: currency: &quot;%2&quot; ist kein Währungscode</translation>
    </message>
    <message>
        <source>%1: amount: &quot;%2&quot; is not an amount in %3</source>
        <translation>%1: amount: &quot;%2&quot; ist kein Betrag in %3</translation>
    </message>
    <message>
        <source>%1: the order has no total in %2, the payment&apos;s currency</source>
        <translation>%1: die Bestellung hat keine Summe in %2, der Währung der Zahlung</translation>
    </message>
    <message>
        <source>%1: the order&apos;s parts have no total to share %2 by</source>
        <translation>%1: die Teile der Bestellung haben keine Summe, nach der %2 aufgeteilt werden kann</translation>
    </message>
    <message>
        <source>a credit note is allocated to its invoice only when AUTHORISED: map Status to &quot;AUTHORISED&quot; (it is &quot;%1&quot;)</source>
        <translation>eine Gutschrift wird ihrer Rechnung nur zugeordnet, wenn sie AUTHORISED ist: ordnen Sie Status den Wert &quot;AUTHORISED&quot; zu (sie ist &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Allocations[%1] names no Invoice.InvoiceID: map the id of the invoice the credit note credits</source>
        <translation>Allocations[%1] nennt keine Invoice.InvoiceID: ordnen Sie die ID der Rechnung zu, die die Gutschrift gutschreibt</translation>
    </message>
    <message>
        <source>Allocations[%1].Amount is not a number</source>
        <translation>Allocations[%1].Amount ist keine Zahl</translation>
    </message>
    <message>
        <source>the credit note %1 is written but not allocated: %2</source>
        <translation>die Gutschrift %1 ist geschrieben, aber nicht zugeordnet: %2</translation>
    </message>
    <message>
        <source>Xero has no invoice %1 to allocate the credit note to</source>
        <translation>Xero hat keine Rechnung %1, der die Gutschrift zugeordnet werden kann</translation>
    </message>
    <message>
        <source>Xero has no %1 %2 to read back.</source>
        <translation>Xero hat kein %1 %2 zum Zurücklesen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RFC 3339 time</source>
        <translation>&quot;%1&quot; ist keine Zeit nach RFC 3339</translation>
    </message>
    <message>
        <source>empty (the company&apos;s local currency), and the local currency is not known</source>
        <translation>leer (die Landeswährung des Mandanten), und die Landeswährung ist nicht bekannt</translation>
    </message>
    <message>
        <source>priced in the company&apos;s local currency, which is not known</source>
        <translation>in der Landeswährung des Mandanten bepreist, die nicht bekannt ist</translation>
    </message>
    <message>
        <source>Business Central has no &quot;%1&quot; object.</source>
        <translation>Business Central hat kein Objekt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Business Central %1: %2</source>
        <translation>Business Central %1: %2</translation>
    </message>
    <message>
        <source>Business Central %1 %2: %3</source>
        <translation>Business Central %1 %2: %3</translation>
    </message>
    <message>
        <source>Business Central has no &quot;%1&quot; object (known: %2).</source>
        <translation>Business Central hat kein Objekt &quot;%1&quot; (bekannt: %2).</translation>
    </message>
    <message>
        <source>The businesscentral connection&apos;s API version is &quot;%1&quot;: Business Central&apos;s standard API is &quot;v2.0&quot; (or the older &quot;v1.0&quot;).</source>
        <translation>Die API-Version der Business-Central-Verbindung ist &quot;%1&quot;: die Standard-API von Business Central ist &quot;v2.0&quot; (oder die ältere &quot;v1.0&quot;).</translation>
    </message>
    <message>
        <source>The businesscentral connection&apos;s company id &quot;%1&quot; is not a GUID: GET &lt;base URL&gt;/v2.0/companies lists the companies and their ids.</source>
        <translation>Die Mandanten-ID &quot;%1&quot; der Business-Central-Verbindung ist keine GUID: GET &lt;Basis-URL&gt;/v2.0/companies listet die Mandanten und ihre IDs.</translation>
    </message>
    <message>
        <source>The page token &quot;%1&quot; is not a link to this Business Central (%2).</source>
        <translation>Das Seitentoken &quot;%1&quot; ist kein Link zu diesem Business Central (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Business Central %2 id.</source>
        <translation>&quot;%1&quot; ist keine Business-Central-ID für %2.</translation>
    </message>
    <message>
        <source>No Business Central %1 can be found by an empty key.</source>
        <translation>Kein Business-Central-Datensatz %1 lässt sich mit einem leeren Schlüssel finden.</translation>
    </message>
    <message>
        <source>the customerPayment applies to the sales invoice %1, which Business Central does not have</source>
        <translation>die customerPayment gilt der Verkaufsrechnung %1, die Business Central nicht hat</translation>
    </message>
    <message>
        <source>the sales invoice %1 the customerPayment applies to has no customerNumber</source>
        <translation>die Verkaufsrechnung %1, der die customerPayment gilt, hat keine customerNumber</translation>
    </message>
    <message>
        <source>the %1&apos;s customer could not be created: %2</source>
        <translation>der Kunde des Belegs %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>POST customers answered: %1</source>
        <translation>POST customers antwortete: %1</translation>
    </message>
    <message>
        <source>the Business Central customer %1 has no number</source>
        <translation>der Business-Central-Kunde %1 hat keine Nummer</translation>
    </message>
    <message>
        <source>%1: Business Central has no %2 %3 to update (deleted)</source>
        <translation>%1: Business Central hat kein %2 %3 zum Aktualisieren (gelöscht)</translation>
    </message>
    <message>
        <source>%1: Business Central sent the %2 without an @odata.etag, so it cannot be updated safely</source>
        <translation>%1: Business Central hat %2 ohne @odata.etag gesendet, daher kann es nicht sicher aktualisiert werden</translation>
    </message>
    <message>
        <source>%1: the %2 was changed in Business Central while it was being updated (HTTP %3: %4)</source>
        <translation>%1: %2 wurde in Business Central geändert, während es aktualisiert wurde (HTTP %3: %4)</translation>
    </message>
    <message>
        <source>Business Central refused the access token (HTTP %1): tokens from the Microsoft identity platform expire after about an hour, and must be issued for https://api.businesscentral.dynamics.com; sign in again.</source>
        <translation>Business Central hat das Zugriffstoken abgelehnt (HTTP %1): Tokens der Microsoft Identity Platform laufen nach etwa einer Stunde ab und müssen für https://api.businesscentral.dynamics.com ausgestellt sein; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Business Central accepted the access token but refused the company %1 (HTTP %2): check that the signed-in user (or the app&apos;s registration in Business Central) has permission sets that allow reading and writing sales documents, customers and items.</source>
        <translation>Business Central hat das Zugriffstoken angenommen, aber den Mandanten %1 abgelehnt (HTTP %2): prüfen Sie, ob der angemeldete Benutzer (oder die Registrierung der App in Business Central) Berechtigungssätze hat, die Verkaufsbelege, Kunden und Artikel lesen und schreiben dürfen.</translation>
    </message>
    <message>
        <source>Business Central has no company %1 at this base URL (HTTP %2): check the company id (account) and the tenant and environment in the base URL.</source>
        <translation>Business Central hat unter dieser Basis-URL keinen Mandanten %1 (HTTP %2): prüfen Sie die Mandanten-ID (Konto) sowie Tenant und Umgebung in der Basis-URL.</translation>
    </message>
    <message>
        <source>Connected to the Business Central company “%1” (%2, API %3).</source>
        <translation>Verbunden mit dem Business-Central-Mandanten „%1“ (%2, API %3).</translation>
    </message>
    <message>
        <source>realm id (company id)</source>
        <translation>Realm-ID (Firmen-ID)</translation>
    </message>
    <message>
        <source>company id</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>account id</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>missing, and the account&apos;s currency is not known</source>
        <translation>fehlt, und die Währung des Kontos ist nicht bekannt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (currency record %2) is not an ISO 4217 code, and the account&apos;s currency %2 is not known</source>
        <translation>&quot;%1&quot; (Währungsdatensatz %2) ist kein Code nach ISO 4217, und die Währung %2 des Kontos ist nicht bekannt</translation>
    </message>
    <message>
        <source>missing (and no links rel &quot;self&quot; names the record)</source>
        <translation>fehlt (und kein Link mit rel &quot;self&quot; nennt den Datensatz)</translation>
    </message>
    <message>
        <source>NetSuite %1: %2</source>
        <translation>NetSuite %1: %2</translation>
    </message>
    <message>
        <source> [at %1]</source>
        <translation> [bei %1]</translation>
    </message>
    <message>
        <source>NetSuite %1 %2: %3</source>
        <translation>NetSuite %1 %2: %3</translation>
    </message>
    <message>
        <source>NetSuite has no &quot;%1&quot; record type here (known: %2).</source>
        <translation>NetSuite hat hier keinen Datensatztyp &quot;%1&quot; (bekannt: %2).</translation>
    </message>
    <message>
        <source>The NetSuite connection&apos;s access token must be the four token-based authentication secrets &quot;consumerKey:consumerSecret:tokenId:tokenSecret&quot; joined by colons; it has %1 part(s).</source>
        <translation>Das Zugriffstoken der NetSuite-Verbindung müssen die vier Geheimnisse der tokenbasierten Authentifizierung &quot;consumerKey:consumerSecret:tokenId:tokenSecret&quot; sein, mit Doppelpunkten verbunden; es hat %1 Teil(e).</translation>
    </message>
    <message>
        <source>token id</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>token secret</source>
        <translation>Token-Geheimnis</translation>
    </message>
    <message>
        <source>The NetSuite connection&apos;s access token must be &quot;consumerKey:consumerSecret:tokenId:tokenSecret&quot;; its %1 is empty.</source>
        <translation>Das Zugriffstoken der NetSuite-Verbindung muss &quot;consumerKey:consumerSecret:tokenId:tokenSecret&quot; sein; sein Teil %1 ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a NetSuite account id (letters, digits, &apos;_&apos; and &apos;-&apos;, e.g. 123456_SB1).</source>
        <translation>&quot;%1&quot; ist keine NetSuite-Konto-ID (Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos;, z. B. 123456_SB1).</translation>
    </message>
    <message>
        <source>%1: NetSuite refused the token-based authentication (HTTP 401: %2): check the consumer key and secret, the token id and secret, the account id %3 (the realm), and this computer&apos;s clock.</source>
        <translation>%1: NetSuite hat die tokenbasierte Authentifizierung abgelehnt (HTTP 401: %2): prüfen Sie Consumer Key und Secret, Token-ID und Secret, die Konto-ID %3 (den Realm) und die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>The page token &quot;%1&quot; is not a NetSuite offset.</source>
        <translation>Das Seitentoken &quot;%1&quot; ist kein NetSuite-Offset.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a NetSuite %2 id.</source>
        <translation>&quot;%1&quot; ist keine NetSuite-ID für %2.</translation>
    </message>
    <message>
        <source>No NetSuite %1 can be found by an empty external id.</source>
        <translation>Kein NetSuite-Datensatz %1 lässt sich mit einer leeren externen ID finden.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without the new record&apos;s URL in Location (&quot;%3&quot;)</source>
        <translation>%1 antwortete mit HTTP %2 ohne die URL des neuen Datensatzes in Location (&quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1 created %2 %3, which could not be read back</source>
        <translation>%1 hat %2 %3 angelegt, das nicht zurückgelesen werden konnte</translation>
    </message>
    <message>
        <source>%1: NetSuite has no %2 %3 to update (deleted)</source>
        <translation>%1: NetSuite hat kein %2 %3 zum Aktualisieren (gelöscht)</translation>
    </message>
    <message>
        <source>%1: the %2 could not be read back after the update</source>
        <translation>%1: %2 konnte nach der Aktualisierung nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>NetSuite refused the token-based authentication (HTTP %1): check the consumer key and secret, the token id and secret, the account id %2, and this computer&apos;s clock.</source>
        <translation>NetSuite hat die tokenbasierte Authentifizierung abgelehnt (HTTP %1): prüfen Sie Consumer Key und Secret, Token-ID und Secret, die Konto-ID %2 und die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>NetSuite accepted the token but its role may not read customers (HTTP %1): give the token&apos;s role the REST Web Services permission and access to customers, items and sales transactions.</source>
        <translation>NetSuite hat das Token angenommen, aber seine Rolle darf vielleicht keine Kunden lesen (HTTP %1): geben Sie der Rolle des Tokens die Berechtigung REST Web Services und Zugriff auf Kunden, Artikel und Verkaufsvorgänge.</translation>
    </message>
    <message>
        <source>Connected to the NetSuite account %1.</source>
        <translation>Verbunden mit dem NetSuite-Konto %1.</translation>
    </message>
    <message>
        <source>the document names no currency and the company&apos;s home currency is not known</source>
        <translation>der Beleg nennt keine Währung, und die Leitwährung der Firma ist nicht bekannt</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>the company&apos;s home currency is not known</source>
        <translation>die Leitwährung der Firma ist nicht bekannt</translation>
    </message>
    <message>
        <source>QuickBooks has no &quot;%1&quot; entity.</source>
        <translation>QuickBooks hat keine Entität &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>QuickBooks %1: %2</source>
        <translation>QuickBooks %1: %2</translation>
    </message>
    <message>
        <source>no canonical record for this entity</source>
        <translation>kein kanonischer Datensatz für diese Entität</translation>
    </message>
    <message>
        <source>QuickBooks %1 %2: %3</source>
        <translation>QuickBooks %1 %2: %3</translation>
    </message>
    <message>
        <source> (code %1)</source>
        <translation> (Code %1)</translation>
    </message>
    <message>
        <source>QuickBooks has no &quot;%1&quot; entity (known: %2).</source>
        <translation>QuickBooks hat keine Entität &quot;%1&quot; (bekannt: %2).</translation>
    </message>
    <message>
        <source>%1: QuickBooks answered with a %2: %3</source>
        <translation>%1: QuickBooks antwortete mit einem %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a QuickBooks start position.</source>
        <translation>&quot;%1&quot; ist keine QuickBooks-Startposition.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a QuickBooks %2 Id.</source>
        <translation>&quot;%1&quot; ist keine QuickBooks-ID für %2.</translation>
    </message>
    <message>
        <source>No QuickBooks %1 can be found by an empty key.</source>
        <translation>Kein QuickBooks-Datensatz %1 lässt sich mit einem leeren Schlüssel finden.</translation>
    </message>
    <message>
        <source>the payment pays the QuickBooks invoice %1, which QuickBooks does not have</source>
        <translation>die Zahlung bezahlt die QuickBooks-Rechnung %1, die QuickBooks nicht hat</translation>
    </message>
    <message>
        <source>the payment names no customer: map CustomerRef.value, or the invoice it pays (Line[].LinkedTxn[].TxnId with TxnType &quot;Invoice&quot;)</source>
        <translation>die Zahlung nennt keinen Kunden: ordnen Sie CustomerRef.value zu oder die Rechnung, die sie bezahlt (Line[].LinkedTxn[].TxnId mit TxnType &quot;Invoice&quot;)</translation>
    </message>
    <message>
        <source>the %1 names no customer: map CustomerRef.value, or CustomerRef.name and BillEmail.Address so that the customer is found or created</source>
        <translation>der Beleg %1 nennt keinen Kunden: ordnen Sie CustomerRef.value zu, oder CustomerRef.name und BillEmail.Address, damit der Kunde gefunden oder angelegt wird</translation>
    </message>
    <message>
        <source>QuickBooks answered with a customer without an Id</source>
        <translation>QuickBooks antwortete mit einem Kunden ohne ID</translation>
    </message>
    <message>
        <source>Line[%1] names no item: map SalesItemLineDetail.ItemRef.value, or ItemRef.name (the item&apos;s SKU or name)</source>
        <translation>Line[%1] nennt keinen Artikel: ordnen Sie SalesItemLineDetail.ItemRef.value zu, oder ItemRef.name (SKU oder Name des Artikels)</translation>
    </message>
    <message>
        <source>Line[%1]: QuickBooks has no item whose SKU or name is &quot;%2&quot;: add it to Products and Services, or map the line to another item</source>
        <translation>Line[%1]: QuickBooks hat keinen Artikel mit der SKU oder dem Namen &quot;%2&quot;: legen Sie ihn unter Produkte und Services an oder ordnen Sie die Zeile einem anderen Artikel zu</translation>
    </message>
    <message>
        <source>%1: QuickBooks has no %2 %3 to update (deleted or made inactive)</source>
        <translation>%1: QuickBooks hat kein %2 %3 zum Aktualisieren (gelöscht oder inaktiv)</translation>
    </message>
    <message>
        <source>%1, item %2 (%3)</source>
        <translation>%1, Eintrag %2 (%3)</translation>
    </message>
    <message>
        <source>%1: no answer for it</source>
        <translation>%1: keine Antwort dafür</translation>
    </message>
    <message>
        <source>%1: the answer holds no %2</source>
        <translation>%1: die Antwort enthält kein %2</translation>
    </message>
    <message>
        <source>QuickBooks refused the access token (HTTP %1): access tokens expire after an hour; sign in again.</source>
        <translation>QuickBooks hat das Zugriffstoken abgelehnt (HTTP %1): Zugriffstokens laufen nach einer Stunde ab; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>QuickBooks accepted the access token but refused the company %1 (HTTP %2): check the realm id (account), and that the app was granted the com.intuit.quickbooks.accounting scope for that company.</source>
        <translation>QuickBooks hat das Zugriffstoken angenommen, aber die Firma %1 abgelehnt (HTTP %2): prüfen Sie die Realm-ID (Konto) und ob der App für diese Firma der Bereich com.intuit.quickbooks.accounting gewährt wurde.</translation>
    </message>
    <message>
        <source>Connected to the QuickBooks company “%1” (realm %2).</source>
        <translation>Verbunden mit der QuickBooks-Firma „%1“ (Realm %2).</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>company database (CompanyDB)</source>
        <translation>Firmendatenbank (CompanyDB)</translation>
    </message>
    <message>
        <source>organization id</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>POST suiteql answered &quot;items&quot; that is not a list.</source>
        <translation>POST suiteql hat &quot;items&quot; geliefert, das keine Liste ist.</translation>
    </message>
    <message>
        <source>The SuiteQL query of %1 answered a row without a record id.</source>
        <translation>Die SuiteQL-Abfrage von %1 hat eine Zeile ohne Datensatz-ID geliefert.</translation>
    </message>
    <message>
        <source>The SuiteQL query answered a row without a record id.</source>
        <translation>Die SuiteQL-Abfrage hat eine Zeile ohne Datensatz-ID geliefert.</translation>
    </message>
    <message>
        <source>the transaction names no customer: map entity.id, or email and entity.refName so that the customer is found or created</source>
        <translation>die Transaktion nennt keinen Kunden: ordnen Sie entity.id zu, oder email und entity.refName, damit der Kunde gefunden oder angelegt wird</translation>
    </message>
    <message>
        <source>NetSuite created the customer %1 without an id</source>
        <translation>NetSuite hat den Kunden %1 ohne ID angelegt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a NetSuite invoice id.</source>
        <translation>&quot;%1&quot; ist keine NetSuite-Rechnungs-ID.</translation>
    </message>
    <message>
        <source>the payment applies to the NetSuite invoice %1, which NetSuite does not have</source>
        <translation>die Zahlung gilt der NetSuite-Rechnung %1, die es in NetSuite nicht gibt</translation>
    </message>
    <message>
        <source>the NetSuite invoice %1 names no customer (entity.id)</source>
        <translation>die NetSuite-Rechnung %1 nennt keinen Kunden (entity.id)</translation>
    </message>
    <message>
        <source>the payment names no customer: map customer.id, or the invoice it applies to (apply.items[].doc.id)</source>
        <translation>die Zahlung nennt keinen Kunden: ordnen Sie customer.id zu, oder die Rechnung, der sie gilt (apply.items[].doc.id)</translation>
    </message>
    <message>
        <source>a line names no item: map item.items[].item.id, or item.items[].item.refName (the item&apos;s name/number, the SKU)</source>
        <translation>eine Position nennt keinen Artikel: ordnen Sie item.items[].item.id zu, oder item.items[].item.refName (Name/Nummer des Artikels, die SKU)</translation>
    </message>
    <message>
        <source>NetSuite has no item whose name/number (itemId) is &quot;%1&quot; (line %2)</source>
        <translation>NetSuite hat keinen Artikel mit dem Namen/der Nummer (itemId) &quot;%1&quot; (Position %2)</translation>
    </message>
    <message>
        <source>the product has no internal reference (SKU)</source>
        <translation>das Produkt hat keine interne Referenz (SKU)</translation>
    </message>
    <message>
        <source>an Odoo %1 record without an id</source>
        <translation>ein Odoo-Datensatz (%1) ohne ID</translation>
    </message>
    <message>
        <source>Odoo&apos;s %1 records have no canonical form in LedgerLink</source>
        <translation>Die Odoo-Datensätze (%1) haben in LedgerLink keine kanonische Form</translation>
    </message>
    <message>
        <source>Odoo has no object &quot;%1&quot; in LedgerLink (known: %2).</source>
        <translation>Odoo hat in LedgerLink kein Objekt &quot;%1&quot; (bekannt: %2).</translation>
    </message>
    <message>
        <source>The Odoo connection&apos;s secret must be &quot;&lt;login&gt;:&lt;API key&gt;&quot; (the user&apos;s login, a colon, then the API key from Preferences → Account Security); it has no colon.</source>
        <translation>Das Secret der Odoo-Verbindung muss &quot;&lt;login&gt;:&lt;API key&gt;&quot; lauten (das Login des Benutzers, ein Doppelpunkt, dann der API-Schlüssel aus Einstellungen → Kontosicherheit); es enthält keinen Doppelpunkt.</translation>
    </message>
    <message>
        <source>The Odoo connection&apos;s secret has no login before the colon (&quot;&lt;login&gt;:&lt;API key&gt;&quot;).</source>
        <translation>Das Secret der Odoo-Verbindung hat kein Login vor dem Doppelpunkt (&quot;&lt;login&gt;:&lt;API key&gt;&quot;).</translation>
    </message>
    <message>
        <source>The Odoo connection&apos;s secret has no API key after the colon (&quot;&lt;login&gt;:&lt;API key&gt;&quot;).</source>
        <translation>Das Secret der Odoo-Verbindung hat keinen API-Schlüssel nach dem Doppelpunkt (&quot;&lt;login&gt;:&lt;API key&gt;&quot;).</translation>
    </message>
    <message>
        <source>Odoo&apos;s product codes could not be read (HTTP %1).</source>
        <translation>Die Produktcodes von Odoo konnten nicht gelesen werden (HTTP %1).</translation>
    </message>
    <message>
        <source>Odoo page token &quot;%1&quot; is not an offset.</source>
        <translation>Das Odoo-Seitentoken &quot;%1&quot; ist kein Offset.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Odoo record id.</source>
        <translation>&quot;%1&quot; ist keine Odoo-Datensatz-ID.</translation>
    </message>
    <message>
        <source>An Odoo %1 cannot be looked up by an empty key.</source>
        <translation>Mit einem leeren Schlüssel lässt sich kein Odoo-Datensatz (%1) finden.</translation>
    </message>
    <message>
        <source>Connected to Odoo %1 (database &quot;%2&quot;, company &quot;%3&quot;) as &quot;%4&quot;; every right LedgerLink needs is granted.</source>
        <translation>Mit Odoo %1 (Datenbank &quot;%2&quot;, Unternehmen &quot;%3&quot;) als &quot;%4&quot; verbunden; alle Rechte, die LedgerLink braucht, sind erteilt.</translation>
    </message>
    <message>
        <source>Connected to Odoo %1 as &quot;%2&quot;, but the user lacks these rights: %3. Give the user the Sales and Invoicing (Billing) access in Odoo&apos;s user settings.</source>
        <translation>Mit Odoo %1 als &quot;%2&quot; verbunden, aber dem Benutzer fehlen diese Rechte: %3. Geben Sie dem Benutzer in den Benutzereinstellungen von Odoo Zugriff auf Verkauf und Rechnungsstellung (Abrechnung).</translation>
    </message>
    <message>
        <source>Odoo refused %1 (AccessDenied): %2 — check the login and the API key.</source>
        <translation>Odoo hat %1 abgelehnt (AccessDenied): %2 — prüfen Sie das Login und den API-Schlüssel.</translation>
    </message>
    <message>
        <source>Odoo refused %1 (AccessError): %2 — the user needs the access rights for it.</source>
        <translation>Odoo hat %1 abgelehnt (AccessError): %2 — der Benutzer braucht die Zugriffsrechte dafür.</translation>
    </message>
    <message>
        <source>Odoo found no record for %1 (MissingError): %2</source>
        <translation>Odoo hat keinen Datensatz für %1 gefunden (MissingError): %2</translation>
    </message>
    <message>
        <source>Odoo has no JSON-RPC endpoint for %1 (%2).</source>
        <translation>Odoo hat keinen JSON-RPC-Endpunkt für %1 (%2).</translation>
    </message>
    <message>
        <source>Odoo could not do %1 now because its database was busy (%2: %3); the call can be repeated.</source>
        <translation>Odoo konnte %1 gerade nicht ausführen, weil seine Datenbank ausgelastet war (%2: %3); der Aufruf kann wiederholt werden.</translation>
    </message>
    <message>
        <source>Odoo refused %1 (%2): %3</source>
        <translation>Odoo hat %1 abgelehnt (%2): %3</translation>
    </message>
    <message>
        <source>broken or cut-off JSON (%1 at byte %2)</source>
        <translation>fehlerhaftes oder abgeschnittenes JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with %3 instead of a JSON-RPC answer: is %4 an Odoo server?</source>
        <translation>%1 hat mit HTTP %2 geantwortet, aber statt einer JSON-RPC-Antwort kam %3: ist %4 ein Odoo-Server?</translation>
    </message>
    <message>
        <source>The Odoo server at %1 runs version %2: LedgerLink supports Odoo 16, 17 and 18.</source>
        <translation>Der Odoo-Server unter %1 läuft mit Version %2: LedgerLink unterstützt Odoo 16, 17 und 18.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Check the database name &quot;%1&quot; (the connection&apos;s account).</source>
        <translation>Prüfen Sie den Datenbanknamen &quot;%1&quot; (das Konto der Verbindung).</translation>
    </message>
    <message>
        <source>Odoo refused the login &quot;%1&quot; on database &quot;%2&quot; (authenticate answered false): the login or the API key is wrong, or the key has expired.</source>
        <translation>Odoo hat das Login &quot;%1&quot; auf Datenbank &quot;%2&quot; abgelehnt (authenticate lieferte false): das Login oder der API-Schlüssel ist falsch, oder der Schlüssel ist abgelaufen.</translation>
    </message>
    <message>
        <source>The Odoo write failed.</source>
        <translation>Der Schreibvorgang in Odoo ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1: Odoo has no %2 (%3).</source>
        <translation>%1: Odoo hat kein %2 (%3).</translation>
    </message>
    <message>
        <source>%1: the customer has neither an e-mail nor a name.</source>
        <translation>%1: der Kunde hat weder eine E-Mail-Adresse noch einen Namen.</translation>
    </message>
    <message>
        <source>%1: Odoo&apos;s create of the customer answered no id.</source>
        <translation>%1: Odoo hat beim Anlegen des Kunden keine ID geliefert.</translation>
    </message>
    <message>
        <source>product with the internal reference (SKU) &quot;%1&quot;</source>
        <translation>Produkt mit der internen Referenz (SKU) &quot;%1&quot;</translation>
    </message>
    <message>
        <source>sales tax %1</source>
        <translation>Umsatzsteuer %1</translation>
    </message>
    <message>
        <source>%1.%2: LedgerLink cannot find what this reference names in Odoo; give the record&apos;s id.</source>
        <translation>%1.%2: LedgerLink findet in Odoo nicht, was diese Referenz bezeichnet; geben Sie die ID des Datensatzes an.</translation>
    </message>
    <message>
        <source>Odoo %1 %2 was written but cannot be read back.</source>
        <translation>Odoo %1 %2 wurde geschrieben, kann aber nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>LedgerLink does not write Odoo %1 records (it writes %2).</source>
        <translation>LedgerLink schreibt keine Odoo-Datensätze vom Typ %1 (es schreibt %2).</translation>
    </message>
    <message>
        <source>Odoo&apos;s create of a %1 answered no id.</source>
        <translation>Odoo hat beim Anlegen von %1 keine ID geliefert.</translation>
    </message>
    <message>
        <source>%1.amount_total is not a number.</source>
        <translation>%1.amount_total ist keine Zahl.</translation>
    </message>
    <message>
        <source>Odoo computed %1 %2 for %3 &quot;%4&quot; where the store&apos;s total is %5; the draft was deleted (check the prices, taxes and their price-included setting in Odoo).</source>
        <translation>Odoo hat für %3 &quot;%4&quot; %1 %2 berechnet, die Summe des Shops beträgt aber %5; der Entwurf wurde gelöscht (prüfen Sie in Odoo die Preise, die Steuern und deren Einstellung „im Preis enthalten“).</translation>
    </message>
    <message>
        <source>Odoo %1 %2 is %3 and cannot be changed: correct it with a credit note in Odoo.</source>
        <translation>Odoo %1 %2 hat den Status %3 und kann nicht geändert werden: korrigieren Sie es mit einer Gutschrift in Odoo.</translation>
    </message>
    <message>
        <source>payment.communication is empty: it is the reference LedgerLink finds the payment by.</source>
        <translation>payment.communication ist leer: es ist die Referenz, über die LedgerLink die Zahlung findet.</translation>
    </message>
    <message>
        <source>payment %1: Odoo has no posted invoice %2 to pay yet.</source>
        <translation>Zahlung %1: Odoo hat noch keine gebuchte Rechnung %2, die bezahlt werden könnte.</translation>
    </message>
    <message>
        <source>Odoo registered payment %1 but no customer payment with that reference can be found.</source>
        <translation>Odoo hat die Zahlung %1 erfasst, aber es lässt sich keine Kundenzahlung mit dieser Referenz finden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (HH:MM:SS)</source>
        <translation>&quot;%1&quot; ist keine Uhrzeit (HH:MM:SS)</translation>
    </message>
    <message>
        <source>the document names no currency</source>
        <translation>der Beleg nennt keine Währung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 code: define the company&apos;s currencies with their international codes (Administration → Setup → Banking → Currencies)</source>
        <translation>&quot;%1&quot; ist kein Code nach ISO 4217: legen Sie die Währungen der Firma mit ihren internationalen Codes an (Administration → Definitionen → Bankenabwicklung → Währungen)</translation>
    </message>
    <message>
        <source>SAP Business One has no &quot;%1&quot; object.</source>
        <translation>SAP Business One hat kein Objekt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>SAP Business One %1: %2</source>
        <translation>SAP Business One %1: %2</translation>
    </message>
    <message>
        <source>SAP Business One %1 %2: %3</source>
        <translation>SAP Business One %1 %2: %3</translation>
    </message>
    <message>
        <source>SAP Business One has no &quot;%1&quot; object (known: %2).</source>
        <translation>SAP Business One hat kein Objekt &quot;%1&quot; (bekannt: %2).</translation>
    </message>
    <message>
        <source>The sapb1 connection&apos;s secret must be &quot;&lt;UserName&gt;:&lt;Password&gt;&quot;: the SAP Business One user name and its password, separated by a colon (the first colon; the password may hold more).</source>
        <translation>Das Secret der sapb1-Verbindung muss &quot;&lt;UserName&gt;:&lt;Password&gt;&quot; lauten: der SAP-Business-One-Benutzername und sein Passwort, getrennt durch einen Doppelpunkt (den ersten Doppelpunkt; das Passwort darf weitere enthalten).</translation>
    </message>
    <message>
        <source>The sapb1 connection&apos;s base URL &quot;%1&quot; is not a Service Layer root: it ends in /b1s/v1 or /b1s/v2, e.g. https://b1server:50000/b1s/v2.</source>
        <translation>Die Basis-URL &quot;%1&quot; der sapb1-Verbindung ist keine Service-Layer-Wurzel: sie endet auf /b1s/v1 oder /b1s/v2, z. B. https://b1server:50000/b1s/v2.</translation>
    </message>
    <message>
        <source>SAP Business One refused the login of %1 to the company database %2 (HTTP %3: %4): check the user name, the password and the company database (account).</source>
        <translation>SAP Business One hat die Anmeldung von %1 an der Firmendatenbank %2 abgelehnt (HTTP %3: %4): prüfen Sie Benutzername, Passwort und Firmendatenbank (Konto).</translation>
    </message>
    <message>
        <source>POST Login answered HTTP %1 without a session (no B1SESSION cookie, no SessionId)</source>
        <translation>POST Login hat mit HTTP %1 ohne Sitzung geantwortet (kein B1SESSION-Cookie, keine SessionId)</translation>
    </message>
    <message>
        <source>SAP Business One answered the %1 collection without a &quot;value&quot; array</source>
        <translation>SAP Business One hat die Sammlung %1 ohne Array &quot;value&quot; geliefert</translation>
    </message>
    <message>
        <source>the page token &quot;%1&quot; is not a link into the Service Layer at %2</source>
        <translation>das Seitentoken &quot;%1&quot; ist kein Link in den Service Layer unter %2</translation>
    </message>
    <message>
        <source>no %1 key to read</source>
        <translation>kein Schlüssel %1 zum Lesen</translation>
    </message>
    <message>
        <source>the business partner has neither a CardCode nor an EmailAddress to make one from: map either</source>
        <translation>der Geschäftspartner hat weder einen CardCode noch eine EmailAddress, aus der einer gebildet werden kann: ordnen Sie eines von beiden zu</translation>
    </message>
    <message>
        <source>the incoming payment names no customer: map CardCode, or the invoice it pays (PaymentInvoices[0].DocEntry)</source>
        <translation>der Zahlungseingang nennt keinen Kunden: ordnen Sie CardCode zu, oder die Rechnung, die er bezahlt (PaymentInvoices[0].DocEntry)</translation>
    </message>
    <message>
        <source>the incoming payment pays the invoice %1, which SAP Business One does not have</source>
        <translation>der Zahlungseingang bezahlt die Rechnung %1, die es in SAP Business One nicht gibt</translation>
    </message>
    <message>
        <source>the invoice %1 the incoming payment pays has no CardCode</source>
        <translation>die Rechnung %1, die der Zahlungseingang bezahlt, hat keinen CardCode</translation>
    </message>
    <message>
        <source>the %1 names no customer: map CardCode, or EmailAddress (and CardName) so that the customer is found or created</source>
        <translation>der Beleg %1 nennt keinen Kunden: ordnen Sie CardCode zu, oder EmailAddress (und CardName), damit der Kunde gefunden oder angelegt wird</translation>
    </message>
    <message>
        <source>the %1&apos;s customer %2 could not be created: %3</source>
        <translation>der Kunde %2 des Belegs %1 konnte nicht angelegt werden: %3</translation>
    </message>
    <message>
        <source>POST BusinessPartners answered: %1</source>
        <translation>POST BusinessPartners hat geantwortet: %1</translation>
    </message>
    <message>
        <source>DocumentLines[%1]: SAP Business One has no item with the ItemCode (SKU) &quot;%2&quot;</source>
        <translation>DocumentLines[%1]: SAP Business One hat keinen Artikel mit dem ItemCode (SKU) &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: SAP Business One has no %2 %3 to update (deleted)</source>
        <translation>%1: SAP Business One hat kein %2 %3 zum Aktualisieren (gelöscht)</translation>
    </message>
    <message>
        <source>%1 worked, but the %2 cannot be read back</source>
        <translation>%1 hat funktioniert, aber %2 kann nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>%1: the %2 was changed in SAP Business One while it was being updated (HTTP 412: %3)</source>
        <translation>%1: %2 wurde in SAP Business One geändert, während es aktualisiert wurde (HTTP 412: %3)</translation>
    </message>
    <message>
        <source>SAP Business One accepted the login to %1 but refused to list items (%2): check the user&apos;s authorizations for items, business partners and sales documents.</source>
        <translation>SAP Business One hat die Anmeldung an %1 angenommen, aber das Auflisten der Artikel abgelehnt (%2): prüfen Sie die Berechtigungen des Benutzers für Artikel, Geschäftspartner und Verkaufsbelege.</translation>
    </message>
    <message>
        <source>Connected to the SAP Business One company database “%1” (Service Layer %2).</source>
        <translation>Mit der SAP-Business-One-Firmendatenbank „%1“ verbunden (Service Layer %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (YYYY-MM-DDThh:mm:ss±hhmm)</source>
        <translation>&quot;%1&quot; ist kein Zeitpunkt (YYYY-MM-DDThh:mm:ss±hhmm)</translation>
    </message>
    <message>
        <source>missing, and the organisation&apos;s currency is not known</source>
        <translation>fehlt, und die Währung der Organisation ist nicht bekannt</translation>
    </message>
    <message>
        <source>not a Zoho Books module LedgerLink knows</source>
        <translation>kein Zoho-Books-Modul, das LedgerLink kennt</translation>
    </message>
    <message>
        <source>Zoho Books %1: %2</source>
        <translation>Zoho Books %1: %2</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (Code %2)</translation>
    </message>
    <message>
        <source>Zoho Books %1 %2: %3</source>
        <translation>Zoho Books %1 %2: %3</translation>
    </message>
    <message>
        <source>Zoho Books has no &quot;%1&quot; module LedgerLink knows (known: %2).</source>
        <translation>Zoho Books hat kein Modul &quot;%1&quot;, das LedgerLink kennt (bekannt: %2).</translation>
    </message>
    <message>
        <source>The zoho connection&apos;s organization id &quot;%1&quot; is not a number: copy it from Zoho Books (Settings, Organization Profile) or choose the organization after signing in.</source>
        <translation>Die Organisations-ID &quot;%1&quot; der zoho-Verbindung ist keine Zahl: kopieren Sie sie aus Zoho Books (Einstellungen, Organisationsprofil) oder wählen Sie die Organisation nach der Anmeldung aus.</translation>
    </message>
    <message>
        <source>%1: Zoho Books answered %2</source>
        <translation>%1: Zoho Books hat %2 geantwortet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zoho Books page number.</source>
        <translation>&quot;%1&quot; ist keine Zoho-Books-Seitennummer.</translation>
    </message>
    <message>
        <source>%1 answered without a &quot;%2&quot; list.</source>
        <translation>%1 hat ohne Liste &quot;%2&quot; geantwortet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zoho Books %2 id.</source>
        <translation>&quot;%1&quot; ist keine Zoho-Books-ID für %2.</translation>
    </message>
    <message>
        <source>the payment names no customer: map customer_id, or the invoice it pays (invoices[].invoice_id)</source>
        <translation>die Zahlung nennt keinen Kunden: ordnen Sie customer_id zu, oder die Rechnung, die sie bezahlt (invoices[].invoice_id)</translation>
    </message>
    <message>
        <source>the payment pays the Zoho Books invoice %1, which Zoho Books does not have</source>
        <translation>die Zahlung bezahlt die Zoho-Books-Rechnung %1, die es in Zoho Books nicht gibt</translation>
    </message>
    <message>
        <source>the %1 names no customer: map customer_id, or customer_email and customer_name so that the contact is found or created</source>
        <translation>der Beleg %1 nennt keinen Kunden: ordnen Sie customer_id zu, oder customer_email und customer_name, damit der Kontakt gefunden oder angelegt wird</translation>
    </message>
    <message>
        <source>line_items[%1]: Zoho Books has no item whose SKU or name is &quot;%2&quot;: add it to Items, or map the line to another item</source>
        <translation>line_items[%1]: Zoho Books hat keinen Artikel mit der SKU oder dem Namen &quot;%2&quot;: legen Sie ihn unter Artikel an oder ordnen Sie die Zeile einem anderen Artikel zu</translation>
    </message>
    <message>
        <source>Zoho Books refused the access token (HTTP %1): access tokens expire after an hour, and a token of another data centre is refused too; sign in again.</source>
        <translation>Zoho Books hat das Zugriffstoken abgelehnt (HTTP %1): Zugriffstokens laufen nach einer Stunde ab, und ein Token eines anderen Rechenzentrums wird ebenfalls abgelehnt; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Zoho Books accepted the access token, but the organization %1 is not among the user&apos;s (%2): check the organization id (account) and the data centre of the base URL.</source>
        <translation>Zoho Books hat das Zugriffstoken akzeptiert, aber die Organisation %1 gehört nicht zu denen des Benutzers (%2): prüfen Sie die Organisations-ID (Konto) und das Rechenzentrum der Basis-URL.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Connected to the Zoho Books organization “%1” (%2).</source>
        <translation>Mit der Zoho-Books-Organisation „%1“ verbunden (%2).</translation>
    </message>
    <message>
        <source>the line names no location</source>
        <translation>die Zeile nennt keinen Lagerort</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine</name>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>%1: %2 is not in the document&apos;s currency %3</source>
        <translation>%1: %2 ist nicht in der Währung %3 des Dokuments</translation>
    </message>
    <message>
        <source>%1: %2 is negative</source>
        <translation>%1: %2 ist negativ</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>half-even</source>
        <translation>halb auf gerade</translation>
    </message>
    <message>
        <source>half-up</source>
        <translation>halb aufwärts</translation>
    </message>
    <message>
        <source>half-down</source>
        <translation>halb abwärts</translation>
    </message>
    <message>
        <source>toward zero</source>
        <translation>in Richtung null</translation>
    </message>
    <message>
        <source>away from zero</source>
        <translation>weg von null</translation>
    </message>
    <message>
        <source>currency: missing; no default currency is assumed</source>
        <translation>currency: fehlt; es wird keine Standardwährung angenommen</translation>
    </message>
    <message>
        <source>%1.quantity: %2 is negative</source>
        <translation>%1.quantity: %2 ist negativ</translation>
    </message>
    <message>
        <source>%1.rate: %2 is negative</source>
        <translation>%1.rate: %2 ist negativ</translation>
    </message>
    <message>
        <source>%1.discount: %2 is more than the line&apos;s %3</source>
        <translation>%1.discount: %2 ist mehr als der Positionsbetrag %3</translation>
    </message>
    <message>
        <source>discount_total: %1 is less than the %2 the lines and shipping carry</source>
        <translation>discount_total: %1 ist weniger als die %2, die Positionen und Versand tragen</translation>
    </message>
    <message>
        <source>discount_total: the order discount of %1 not carried by its lines is more than the %2 of its items</source>
        <translation>discount_total: der nicht von den Positionen getragene Bestellrabatt von %1 ist mehr als die %2 ihrer Artikel</translation>
    </message>
    <message>
        <source>discount_total: the order discount of %1 has no item line to go to</source>
        <translation>discount_total: für den Bestellrabatt von %1 gibt es keine Artikelposition, auf die er verteilt werden kann</translation>
    </message>
    <message>
        <source>%1 % included in %2</source>
        <translation>%1 % enthalten in %2</translation>
    </message>
    <message>
        <source>%1 % of %2</source>
        <translation>%1 % von %2</translation>
    </message>
    <message>
        <source>per line</source>
        <translation>je Position</translation>
    </message>
    <message>
        <source>on the document total</source>
        <translation>auf die Dokumentsumme</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>its share of %1</source>
        <translation>ihr Anteil an %1</translation>
    </message>
    <message>
        <source>%1 % of %2 = %3</source>
        <translation>%1 % von %2 = %3</translation>
    </message>
    <message>
        <source>tax rounding: the store&apos;s %1 is the tax rounded %2 (%3); %4 rounds %5: %6 (%7)</source>
        <translation>Steuerrundung: der Shop-Wert %1 ist die Steuer, gerundet %2 (%3); %4 rundet %5: %6 (%7)</translation>
    </message>
    <message>
        <source>tax rounding: the store&apos;s %1 and %2&apos;s %3 (rounded %4) differ by %5, within one minor unit per taxed line (%6)</source>
        <translation>Steuerrundung: der Shop-Wert %1 und der Wert %3 (%2, gerundet %4) unterscheiden sich um %5, innerhalb einer kleinsten Währungseinheit je besteuerter Position (%6)</translation>
    </message>
    <message>
        <source>the store&apos;s tax %1 is not what its rates give under any rounding rule, per line or on the total; %2 computes %3 (rounded %4: %5)</source>
        <translation>die Steuer des Shops von %1 ergibt sich aus den Steuersätzen unter keiner Rundungsregel, weder je Position noch auf die Summe; %2 berechnet %3 (gerundet %4: %5)</translation>
    </message>
    <message>
        <source>the order is in %1 but the document is in %2</source>
        <translation>die Bestellung ist in %1, das Dokument aber in %2</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>das Ziel</translation>
    </message>
    <message>
        <source>the total differs by its tax: %1</source>
        <translation>die Gesamtsumme weicht wegen der Steuer ab: %1</translation>
    </message>
    <message>
        <source>the order&apos;s total %1 is not its lines, shipping and tax as %2 builds them (%3); %4 is unexplained</source>
        <translation>die Gesamtsumme %1 der Bestellung entspricht nicht ihren Positionen, Versandkosten und Steuern, wie %2 sie zusammensetzt (%3); %4 bleibt ungeklärt</translation>
    </message>
    <message>
        <source>shipping: the order reports %1 shipping but its shipping lines carry %2</source>
        <translation>Versand: die Bestellung weist %1 Versandkosten aus, ihre Versandpositionen tragen aber %2</translation>
    </message>
    <message>
        <source>the sum of its lines</source>
        <translation>die Summe ihrer Positionen</translation>
    </message>
    <message>
        <source>the ERP</source>
        <translation>das ERP</translation>
    </message>
    <message>
        <source>no amount to convert</source>
        <translation>kein Betrag zum Umrechnen</translation>
    </message>
    <message>
        <source>no home currency; no default currency is assumed</source>
        <translation>keine Hauswährung; es wird keine Standardwährung angenommen</translation>
    </message>
    <message>
        <source>exchange rate %1 %2 per %3 is not positive</source>
        <translation>Wechselkurs %1 %2 pro %3 ist nicht positiv</translation>
    </message>
    <message>
        <source>exchange rate %1 between %2 and itself: it must be 1</source>
        <translation>Wechselkurs %1 zwischen %2 und sich selbst: er muss 1 sein</translation>
    </message>
    <message>
        <source>currency rate: converted line by line at %1 (%2) the %3 is %4; %5 converted at once is %6</source>
        <translation>Wechselkurs: Position für Position zu %1 (%2) umgerechnet ergibt %3 den Wert %4; %5 in einem Schritt umgerechnet ergibt %6</translation>
    </message>
    <message>
        <source>%1: base_currency: missing; no default currency is assumed</source>
        <translation>%1: base_currency: fehlt; es wird keine Standardwährung angenommen</translation>
    </message>
    <message>
        <source>%1: the document is in %2, the order in %3</source>
        <translation>%1: das Dokument ist in %2, die Bestellung in %3</translation>
    </message>
    <message>
        <source>order %1: the document has no currency</source>
        <translation>Bestellung %1: das Dokument hat keine Währung</translation>
    </message>
    <message>
        <source>order %1: lines[%2].vendor: empty; every line of a marketplace order needs its vendor</source>
        <translation>Bestellung %1: lines[%2].vendor: leer; jede Position einer Marktplatz-Bestellung braucht ihren Verkäufer</translation>
    </message>
    <message>
        <source>order %1: no item lines to split by vendor</source>
        <translation>Bestellung %1: keine Artikelpositionen, die nach Verkäufer aufgeteilt werden könnten</translation>
    </message>
    <message>
        <source>order %1: shipping %2 cannot be shared: no vendor has a positive net amount</source>
        <translation>Bestellung %1: der Versand von %2 kann nicht aufgeteilt werden: kein Verkäufer hat einen positiven Nettobetrag</translation>
    </message>
    <message>
        <source>order %1: the vendor documents come to %2 (tax %3), not the order&apos;s %4 (tax %5)</source>
        <translation>Bestellung %1: die Dokumente der Verkäufer ergeben %2 (Steuer %3), nicht die %4 (Steuer %5) der Bestellung</translation>
    </message>
    <message>
        <source>fee: no amount to charge it on</source>
        <translation>Gebühr: kein Betrag, auf den sie erhoben werden kann</translation>
    </message>
    <message>
        <source>fee: the rate %1 is negative</source>
        <translation>Gebühr: der Satz %1 ist negativ</translation>
    </message>
    <message>
        <source>fee: fixed part</source>
        <translation>Gebühr: fester Anteil</translation>
    </message>
    <message>
        <source>payout %1: </source>
        <translation>Auszahlung %1: </translation>
    </message>
    <message>
        <source>deposit: missing; no default currency is assumed</source>
        <translation>Bankeingang: fehlt; es wird keine Standardwährung angenommen</translation>
    </message>
    <message>
        <source>%1: payment %2 is listed twice</source>
        <translation>%1: Zahlung %2 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>%1.amount: %2 is not positive</source>
        <translation>%1.amount: %2 ist nicht positiv</translation>
    </message>
    <message>
        <source>%1.status: payment %2 is &quot;%3&quot;; only settled payments are paid out</source>
        <translation>%1.status: Zahlung %2 hat den Status &quot;%3&quot;; ausgezahlt werden nur abgeschlossene Zahlungen</translation>
    </message>
    <message>
        <source>%1.kind: payment %2 is an &quot;%3&quot;; only sales and captures are paid out</source>
        <translation>%1.kind: Zahlung %2 ist vom Typ &quot;%3&quot;; ausgezahlt werden nur Verkäufe und Captures</translation>
    </message>
    <message>
        <source>the bank received %1 but payments %2 − refunds %3 − fees %4 = %5; %6 is unexplained</source>
        <translation>die Bank hat %1 erhalten, aber Zahlungen %2 − Erstattungen %3 − Gebühren %4 = %5; %6 bleibt ungeklärt</translation>
    </message>
    <message>
        <source>the bank received %1, %2 less than the payout&apos;s %3: exactly %4 %5, which the deposit does not seem to include</source>
        <translation>die Bank hat %1 erhalten, %2 weniger als die %3 der Auszahlung: genau der Betrag von %4 %5, der im Bankeingang offenbar nicht enthalten ist</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>%1.tax: %2 refunded on %3, which carries no tax</source>
        <translation>%1.tax: %2 auf %3 erstattet, obwohl darauf keine Steuer liegt</translation>
    </message>
    <message>
        <source>%1.subtotal: %2 is more than the %3 of %4 left to credit</source>
        <translation>%1.subtotal: %2 ist mehr als die noch gutzuschreibenden %3 (%4)</translation>
    </message>
    <message>
        <source>%1.tax: %2 is more than the %3 of %4&apos;s %5 left to credit</source>
        <translation>%1.tax: %2 ist mehr als die noch gutzuschreibenden %3 (%4, %5)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>Position %1 (%2)</translation>
    </message>
    <message>
        <source>refund %1 credits the last units of %2 with %3, but %4 of it was left: %5 stays uncredited</source>
        <translation>Erstattung %1 schreibt die letzten Einheiten von %2 mit %3 gut, offen waren aber noch %4: %5 bleiben ohne Gutschrift</translation>
    </message>
    <message>
        <source>%1%2: &quot;%3&quot; is not a line of order %4</source>
        <translation>%1%2: &quot;%3&quot; ist keine Position der Bestellung %4</translation>
    </message>
    <message>
        <source>%1.quantity: %2 is not a positive quantity</source>
        <translation>%1.quantity: %2 ist keine positive Menge</translation>
    </message>
    <message>
        <source>%1.quantity: %2 of %3 asked, but only %4 of %5 are left to credit</source>
        <translation>%1.quantity: %2 von %3 angefordert, aber nur %4 von %5 können noch gutgeschrieben werden</translation>
    </message>
    <message>
        <source>shipping: %1 refunded, but only %2 of shipping is left to credit</source>
        <translation>Versand: %1 erstattet, aber nur %2 Versandkosten können noch gutgeschrieben werden</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Refund adjustment</source>
        <translation>Erstattungsanpassung</translation>
    </message>
    <message>
        <source>the store refunded %1 but the credit note for its lines, shipping and adjustment comes to %2; %3 is unexplained</source>
        <translation>der Shop hat %1 erstattet, die Gutschrift für Positionen, Versand und Anpassung ergibt aber %2; %3 bleibt ungeklärt</translation>
    </message>
    <message>
        <source>rounding: the store refunded %1 and the credit note comes to %2; the %3 between them is within one minor unit per credited line (%4)</source>
        <translation>Rundung: der Shop hat %1 erstattet und die Gutschrift ergibt %2; die Differenz von %3 liegt innerhalb einer kleinsten Währungseinheit je gutgeschriebener Position (%4)</translation>
    </message>
    <message>
        <source>the store refunded %1 but only %2 is credited by lines, shipping and adjustment; %3 is not on the credit note</source>
        <translation>der Shop hat %1 erstattet, durch Positionen, Versand und Anpassung sind aber nur %2 gutgeschrieben; %3 fehlen auf der Gutschrift</translation>
    </message>
    <message>
        <source>refund %1 of order %2: </source>
        <translation>Erstattung %1 zu Bestellung %2: </translation>
    </message>
    <message>
        <source>the invoiced document has no currency</source>
        <translation>das abgerechnete Dokument hat keine Währung</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the order in %3</source>
        <translation>Rechnung %1 ist in %2, die Bestellung in %3</translation>
    </message>
    <message>
        <source>refund %1 belongs to order %2, not to order %3</source>
        <translation>Erstattung %1 gehört zu Bestellung %2, nicht zu Bestellung %3</translation>
    </message>
    <message>
        <source>refund %1 of order %2 is listed twice</source>
        <translation>Erstattung %1 zu Bestellung %2 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>it is already credited</source>
        <translation>sie ist bereits gutgeschrieben</translation>
    </message>
    <message>
        <source>refund %1 of order %2: the order is fully credited already; nothing is left</source>
        <translation>Erstattung %1 zu Bestellung %2: die Bestellung ist bereits vollständig gutgeschrieben; es ist nichts mehr offen</translation>
    </message>
    <message>
        <source>payout %1: %2.amount: missing</source>
        <translation>Auszahlung %1: %2.amount: fehlt</translation>
    </message>
    <message>
        <source>payout %1: %2.amount: the charge %3 is not positive</source>
        <translation>Auszahlung %1: %2.amount: die Belastung %3 ist nicht positiv</translation>
    </message>
    <message>
        <source>payout %1: %2.amount: the refund %3 is not negative</source>
        <translation>Auszahlung %1: %2.amount: die Erstattung %3 ist nicht negativ</translation>
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
        <translation>%1: --credentials-from-env wurde angegeben, aber %2 ist nicht gesetzt (%4 für %3)</translation>
    </message>
    <message>
        <source>%1: no keychain to read the credentials from</source>
        <translation>%1: kein Schlüsselbund vorhanden, aus dem die Zugangsdaten gelesen werden könnten</translation>
    </message>
    <message>
        <source>%1: the keychain cannot be read (%2). On a machine without a keychain, opt in to environment variables: pass --credentials-from-env and set %3 and %4 (README, &quot;Credentials&quot;)</source>
        <translation>%1: der Schlüsselbund kann nicht gelesen werden (%2). Auf einem Rechner ohne Schlüsselbund können Sie stattdessen Umgebungsvariablen verwenden: geben Sie --credentials-from-env an und setzen Sie %3 und %4 (README, &quot;Credentials&quot;)</translation>
    </message>
    <message>
        <source>the renewed %1 of %2 could not be stored in the keychain: %3; sign in again on the Connections page before the next run</source>
        <translation>das erneuerte %1 von %2 konnte nicht im Schlüsselbund gespeichert werden: %3; melden Sie sich vor dem nächsten Lauf auf der Seite „Verbindungen“ erneut an</translation>
    </message>
    <message>
        <source>%1: the keychain holds no %2 for the %3 (%4); add it with &quot;ledgerlink-cli credentials set --workspace %5 --side %3 --field %2&quot;. If you stored it before, the keychain may be locked: unlock it (log in to the desktop session) and run again</source>
        <translation>%1: der Schlüsselbund enthält kein %2 für %3 (%4); fügen Sie es hinzu mit &quot;ledgerlink-cli credentials set --workspace %5 --side %3 --field %2&quot;. Wenn Sie es schon gespeichert haben, ist der Schlüsselbund vielleicht gesperrt: entsperren Sie ihn (an der Desktop-Sitzung anmelden) und starten Sie erneut</translation>
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
        <translation>LedgerLink-Probelauf %1 — Arbeitsbereich %2
</translation>
    </message>
    <message>
        <source>Source: %1

</source>
        <translation>Quelle: %1

</translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation>OBJEKT</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>ZUSAMMENFASSUNG</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): </source>
        <translation>
            <numerusform>%n Änderung: </numerusform>
            <numerusform>%n Änderungen: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 create, %2 update, %3 skip, %4 conflict, %5 blocked
</source>
        <translation>anlegen: %1, aktualisieren: %2, überspringen: %3, Konflikt: %4, blockiert: %5
</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>The plan is stored in %1 as run %2.
</source>
        <translation>Der Plan ist in %1 als Lauf %2 gespeichert.
</translation>
    </message>
    <message>
        <source>Flagged (⚑): %1 of the changes; their writes go ahead, check them before they do.
</source>
        <translation>Markiert (⚑): %1 der Änderungen; ihre Schreibvorgänge finden statt, bitte vorher prüfen.
</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::Executor</name>
    <message>
        <source>%1: another engine (process %2 on %3) is running on this workspace; stop it first</source>
        <translation>%1: in diesem Arbeitsbereich läuft bereits eine andere Engine (Prozess %2 auf %3); beenden Sie diese zuerst</translation>
    </message>
    <message>
        <source>%1: cannot take the engine lock</source>
        <translation>%1: die Engine-Sperre kann nicht übernommen werden</translation>
    </message>
    <message>
        <source>%1: the &quot;order&quot; rule cannot be used: %2</source>
        <translation>%1: die Regel &quot;order&quot; kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>the store connection (%1) cannot be used: %2</source>
        <translation>die Shop-Verbindung (%1) kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>the ERP connection (%1) cannot be used: %2</source>
        <translation>die ERP-Verbindung (%1) kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>the webhook topic %1 is not synced</source>
        <translation>das Webhook-Thema %1 wird nicht synchronisiert</translation>
    </message>
    <message>
        <source>the job names no order id</source>
        <translation>der Job nennt keine Bestell-ID</translation>
    </message>
    <message>
        <source>order %1 no longer exists in the store</source>
        <translation>Bestellung %1 existiert im Shop nicht mehr</translation>
    </message>
    <message>
        <source>blocked by the mapping: %1</source>
        <translation>durch die Zuordnung blockiert: %1</translation>
    </message>
    <message>
        <source>unchanged since the last write</source>
        <translation>unverändert seit dem letzten Schreiben</translation>
    </message>
    <message>
        <source>the ERP returned no record</source>
        <translation>das ERP hat keinen Datensatz zurückgegeben</translation>
    </message>
    <message>
        <source>written in a batch (key %1)</source>
        <translation>in einem Stapel geschrieben (Schlüssel %1)</translation>
    </message>
    <message>
        <source>the invoice already existed (found by key or look-up)</source>
        <translation>die Rechnung existierte bereits (per Schlüssel oder Suche gefunden)</translation>
    </message>
    <message>
        <source>job %1 writes the same order in this batch</source>
        <translation>Job %1 schreibt dieselbe Bestellung in diesem Stapel</translation>
    </message>
    <message>
        <source>the ERP connector returned no outcome</source>
        <translation>der ERP-Connector hat kein Ergebnis zurückgegeben</translation>
    </message>
    <message>
        <source>unknown job kind %1</source>
        <translation>unbekannte Job-Art %1</translation>
    </message>
    <message>
        <source>the dry run could not read %1 from %2: %3</source>
        <translation>der Probelauf konnte %1 nicht aus %2 lesen: %3</translation>
    </message>
    <message>
        <source>%1 order(s) read from the store (%2) and %3 invoice(s) from the ERP (%4), read-only</source>
        <translation>%1 Bestellung(en) aus dem Shop (%2) und %3 Rechnung(en) aus dem ERP (%4) gelesen, nur lesend</translation>
    </message>
    <message>
        <source>Nothing was written to either system.</source>
        <translation>In keines der Systeme wurde geschrieben.</translation>
    </message>
    <message>
        <source>blocked by the mapping</source>
        <translation>durch die Zuordnung blockiert</translation>
    </message>
    <message>
        <source>the linked invoice %1 no longer exists in the ERP</source>
        <translation>die verknüpfte Rechnung %1 existiert im ERP nicht mehr</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) change</source>
        <translation>
            <numerusform>%n Feld ändert sich</numerusform>
            <numerusform>%n Felder ändern sich</numerusform>
        </translation>
    </message>
    <message>
        <source>the ERP already has invoice %1 with Reference %2; it will be linked</source>
        <translation>das ERP hat bereits Rechnung %1 mit Reference %2; sie wird verknüpft</translation>
    </message>
    <message numerus="yes">
        <source>new invoice %1, %n line(s)</source>
        <translation>
            <numerusform>neue Rechnung %1, %n Position</numerusform>
            <numerusform>neue Rechnung %1, %n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>the mapped payload as edited in the dead-letter queue</source>
        <translation>der zugeordnete Payload, wie in der Dead-Letter-Warteschlange bearbeitet</translation>
    </message>
    <message>
        <source>job %1 writes another version of the order in this batch; this one follows</source>
        <translation>Job %1 schreibt eine andere Version der Bestellung in diesem Stapel; dieser Job folgt danach</translation>
    </message>
    <message>
        <source>deferred behind job %1</source>
        <translation>hinter Job %1 zurückgestellt</translation>
    </message>
    <message>
        <source>read ahead; not used: the pull stopped before it</source>
        <translation>vorausgelesen; nicht verwendet: der Abruf endete vorher</translation>
    </message>
    <message>
        <source>a write of this order is still on its way; this job follows</source>
        <translation>ein Schreibvorgang dieser Bestellung läuft noch; dieser Job folgt danach</translation>
    </message>
    <message>
        <source>deferred behind a write on its way</source>
        <translation>hinter einem laufenden Schreibvorgang zurückgestellt</translation>
    </message>
    <message>
        <source>the read was stopped before the store answered</source>
        <translation>das Lesen wurde angehalten, bevor der Shop geantwortet hat</translation>
    </message>
    <message>
        <source>read ahead for the next pull; not used</source>
        <translation>für den nächsten Abruf vorausgelesen; nicht verwendet</translation>
    </message>
    <message>
        <source>%1: the &quot;order&quot; rule names no ERP object (erp_object)</source>
        <translation>%1: die Regel &quot;order&quot; nennt kein ERP-Objekt (erp_object)</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; writes to the store, which the rollout stage allows only at &quot;both&quot; (%2)</source>
        <translation>die Regel &quot;%1&quot; schreibt in den Shop, was die Rollout-Phase erst bei &quot;both&quot; erlaubt (%2)</translation>
    </message>
    <message>
        <source>the mapping has no rule &quot;%1&quot; this connection pair can run (rules: %2)</source>
        <translation>die Zuordnung hat keine Regel &quot;%1&quot;, die dieses Verbindungspaar ausführen kann (Regeln: %2)</translation>
    </message>
    <message>
        <source>%1 %2 is gone from the source</source>
        <translation>%1 %2 existiert in der Quelle nicht mehr</translation>
    </message>
    <message>
        <source>the target returned no %1 record</source>
        <translation>das Ziel hat keinen %1-Datensatz zurückgegeben</translation>
    </message>
    <message>
        <source>the %1 %2 found by &quot;%3&quot; is already linked to the %4 record %5 by the rule &quot;%6&quot;; the rule maps one record to one, so it is not overwritten (map to the object that has one &quot;%3&quot;, e.g. a variant, or give the records their own keys)</source>
        <translation>der Datensatz %1 %2, gefunden über &quot;%3&quot;, ist durch die Regel &quot;%6&quot; bereits mit dem %4-Datensatz %5 verknüpft; die Regel ordnet genau einen Datensatz genau einem zu, daher wird er nicht überschrieben (ordnen Sie dem Objekt zu, das ein eigenes &quot;%3&quot; hat, z. B. einer Variante, oder geben Sie den Datensätzen eigene Schlüssel)</translation>
    </message>
    <message>
        <source>store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>order %1 no longer has lines of the vendor of %2</source>
        <translation>Bestellung %1 hat keine Positionen des Händlers von %2 mehr</translation>
    </message>
    <message>
        <source>cannot be split by vendor: %1</source>
        <translation>kann nicht nach Händler aufgeteilt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>split by vendor into %n record(s): %1</source>
        <translation>
            <numerusform>nach Händler in %n Datensatz aufgeteilt: %1</numerusform>
            <numerusform>nach Händler in %n Datensätze aufgeteilt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be split by vendor</source>
        <translation>kann nicht nach Händler aufgeteilt werden</translation>
    </message>
    <message>
        <source>payout %1: %2</source>
        <translation>Auszahlung %1: %2</translation>
    </message>
    <message>
        <source>payout %1 does not add up, so no deposit is written: %2</source>
        <translation>Auszahlung %1 geht nicht auf, daher wird keine Einzahlung geschrieben: %2</translation>
    </message>
    <message>
        <source>transaction %1: %2</source>
        <translation>Transaktion %1: %2</translation>
    </message>
    <message>
        <source>transaction %1 is &quot;%2&quot;, not settled: only settled payments are written</source>
        <translation>Transaktion %1 ist „%2“, nicht abgewickelt: nur abgewickelte Zahlungen werden geschrieben</translation>
    </message>
    <message>
        <source>transaction %1 is a %2, not a payment: only sales and captures are written as payments</source>
        <translation>Transaktion %1 ist ein(e) %2, keine Zahlung: nur Verkäufe und Einzüge werden als Zahlungen geschrieben</translation>
    </message>
    <message>
        <source>%1 %2 names no order, so it cannot be split by vendor</source>
        <translation>%1 %2 nennt keine Bestellung und kann daher nicht nach Anbieter aufgeteilt werden</translation>
    </message>
    <message>
        <source>order %1 of %2 %3 no longer exists in the store</source>
        <translation>Bestellung %1 von %2 %3 existiert im Shop nicht mehr</translation>
    </message>
    <message>
        <source>%1 %2 comes to nothing for any vendor</source>
        <translation>%1 %2 ergibt für keinen Anbieter einen Betrag</translation>
    </message>
    <message>
        <source>%1 %2 no longer comes to anything for the vendor of %3</source>
        <translation>%1 %2 ergibt für den Anbieter von %3 keinen Betrag mehr</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::PlanExport</name>
    <message>
        <source>LedgerLink plan %1 (%2, %3)</source>
        <translation>LedgerLink-Plan %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Changes (before → after)</source>
        <translation>Änderungen (vorher → nachher)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::Reconciler</name>
    <message>
        <source>(none)</source>
        <translation>(kein Betrag)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>order %1: its amounts are not all in %2</source>
        <translation>Bestellung %1: nicht alle ihre Beträge sind in %2</translation>
    </message>
    <message>
        <source>(no SKU)</source>
        <translation>(keine SKU)</translation>
    </message>
    <message>
        <source>refund %1 has no total</source>
        <translation>Erstattung %1 hat keinen Gesamtbetrag</translation>
    </message>
    <message>
        <source>tax rounding (per line vs on the total)</source>
        <translation>Steuerrundung (je Position vs. auf die Summe)</translation>
    </message>
    <message>
        <source>currency rate</source>
        <translation>Wechselkurs</translation>
    </message>
    <message>
        <source>discount allocation</source>
        <translation>Rabattverteilung</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>refund not credited</source>
        <translation>Erstattung nicht gutgeschrieben</translation>
    </message>
    <message>
        <source>edited after sync</source>
        <translation>nach der Synchronisierung bearbeitet</translation>
    </message>
    <message>
        <source>missing record</source>
        <translation>fehlender Datensatz</translation>
    </message>
    <message>
        <source>price drift</source>
        <translation>Preisabweichung</translation>
    </message>
    <message>
        <source>stock drift</source>
        <translation>Bestandsabweichung</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>the store connection (%1) cannot be used: %2</source>
        <translation>die Shop-Verbindung (%1) kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>the ERP connection (%1) cannot be used: %2</source>
        <translation>die ERP-Verbindung (%1) kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>reading the %1&apos;s %2 records failed: %3</source>
        <translation>das Lesen der %2-Datensätze aus dem %1 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>not compared, unreadable: %1</source>
        <translation>nicht verglichen, nicht lesbar: %1</translation>
    </message>
    <message>
        <source>the mapping has no rule that writes store orders to the ERP</source>
        <translation>die Zuordnung hat keine Regel, die Bestellungen des Shops ins ERP schreibt</translation>
    </message>
    <message>
        <source>the connectors cannot read %1 (store) and %2 (ERP)</source>
        <translation>die Konnektoren können %1 (Shop) und %2 (ERP) nicht lesen</translation>
    </message>
    <message>
        <source>store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>The %1 %2 the order was written to is %3 in the ERP (changed %4).</source>
        <translation>Der Datensatz %1 %2, in den die Bestellung geschrieben wurde, hat im ERP den Status %3 (geändert am %4).</translation>
    </message>
    <message>
        <source>It was written to %1 %2 (linked %3), which the ERP no longer has.</source>
        <translation>Sie wurde in %1 %2 geschrieben (verknüpft am %3); diesen Datensatz gibt es im ERP nicht mehr.</translation>
    </message>
    <message>
        <source>The sync could not write it; its dead letter says: %1</source>
        <translation>Die Synchronisierung konnte sie nicht schreiben; ihr Dead Letter meldet: %1</translation>
    </message>
    <message>
        <source>LedgerLink never wrote it (no cross-reference) and the ERP has no %1 with the key &quot;%2&quot;; the order was last changed %3.</source>
        <translation>LedgerLink hat sie nie geschrieben (kein Querverweis), und im ERP gibt es keinen Datensatz %1 mit dem Schlüssel &quot;%2&quot;; die Bestellung wurde zuletzt am %3 geändert.</translation>
    </message>
    <message>
        <source>Order %1 (%2) has no %3 in the ERP. %4</source>
        <translation>Zu Bestellung %1 (%2) gibt es im ERP keinen Datensatz %3. %4</translation>
    </message>
    <message>
        <source>write order %1 to the ERP again</source>
        <translation>Bestellung %1 erneut ins ERP schreiben</translation>
    </message>
    <message>
        <source>Order %1 is in %2 (shop currency %3), the %4 %5 in %6: no rate between them is known, so the totals %7 and %8 cannot be compared.</source>
        <translation>Bestellung %1 ist in %2 (Shop-Währung %3), der Datensatz %4 %5 in %6: zwischen ihnen ist kein Kurs bekannt, daher können die Summen %7 und %8 nicht verglichen werden.</translation>
    </message>
    <message>
        <source>check the currency of the ERP record</source>
        <translation>die Währung des ERP-Datensatzes prüfen</translation>
    </message>
    <message>
        <source>Order %1: the store&apos;s total is %2</source>
        <translation>Bestellung %1: die Summe im Shop ist %2</translation>
    </message>
    <message>
        <source>, %1 at the order&apos;s rate %2</source>
        <translation>, %1 zum Kurs %2 der Bestellung</translation>
    </message>
    <message>
        <source>; the ERP&apos;s %1 %2 is %3: %4 %5.</source>
        <translation>; der ERP-Datensatz %1 %2 lautet auf %3: %4 %5.</translation>
    </message>
    <message>
        <source>more in the store</source>
        <translation>mehr im Shop</translation>
    </message>
    <message>
        <source>less in the store</source>
        <translation>weniger im Shop</translation>
    </message>
    <message>
        <source>with its tax of %1</source>
        <translation>mit Steuer von %1</translation>
    </message>
    <message>
        <source>shipping of %1%2 is charged on the order but not in the ERP&apos;s %3</source>
        <translation>Versand von %1%2 wird in der Bestellung berechnet, aber nicht im ERP-Datensatz %3</translation>
    </message>
    <message>
        <source>, as the ERP&apos;s tax of %1 does</source>
        <translation>, wie auch die Steuer von %1 im ERP</translation>
    </message>
    <message>
        <source>tax rounding: the store computed %1 tax on the order total, while its lines&apos; taxes rounded one by one add up to %2 (%3)%4</source>
        <translation>Steuerrundung: der Shop hat %1 Steuer auf die Bestellsumme berechnet, die einzeln gerundeten Steuern der Positionen ergeben dagegen %2 (%3)%4</translation>
    </message>
    <message>
        <source>a discount of %1 on the order is not allocated to its lines, which is all the ERP&apos;s %2 gets</source>
        <translation>ein Rabatt von %1 auf die Bestellung ist nicht auf ihre Positionen verteilt, und nur diese erhält der ERP-Datensatz %2</translation>
    </message>
    <message>
        <source>currency rate: converting %1 to %2 amount by amount, each rounded to the cent, is not the same as converting the total</source>
        <translation>Wechselkurs: %1 Betrag für Betrag in %2 umzurechnen, jeweils auf den Cent gerundet, ergibt nicht dasselbe wie die Umrechnung der Summe</translation>
    </message>
    <message>
        <source>It is made up of: %1.</source>
        <translation>Sie setzt sich zusammen aus: %1.</translation>
    </message>
    <message>
        <source>The difference</source>
        <translation>Die Abweichung</translation>
    </message>
    <message>
        <source>The remaining %1</source>
        <translation>Der Rest von %1</translation>
    </message>
    <message>
        <source>the store changed the order %1</source>
        <translation>der Shop hat die Bestellung am %1 geändert</translation>
    </message>
    <message>
        <source>the ERP changed %1 %2 %3</source>
        <translation>das ERP hat %1 %2 am %3 geändert</translation>
    </message>
    <message>
        <source>%1 was edited after sync: %2, after LedgerLink last wrote it %3.</source>
        <translation>%1 geht auf eine Bearbeitung nach der Synchronisierung zurück: %2, nachdem LedgerLink zuletzt am %3 geschrieben hatte.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 is not explained by shipping, tax rounding, discounts or currency, and neither side changed after the last sync (%2).</source>
        <translation>%1 lässt sich weder durch Versand, Steuerrundung, Rabatte noch Währung erklären, und keine Seite wurde nach der letzten Synchronisierung (%2) geändert.</translation>
    </message>
    <message>
        <source>%1: a sync writes the same amounts again; change the mapping (or the ERP record) so that both sides agree</source>
        <translation>%1: eine Synchronisierung würde dieselben Beträge erneut schreiben; ändern Sie die Zuordnung (oder den ERP-Datensatz), sodass beide Seiten übereinstimmen</translation>
    </message>
    <message>
        <source>the mapping has no rule for refunds and credit notes</source>
        <translation>die Zuordnung hat keine Regel für Erstattungen und Gutschriften</translation>
    </message>
    <message>
        <source>Refund %1 of order %2 (%3 on %4: %5)</source>
        <translation>Erstattung %1 zu Bestellung %2 (%3, %4: %5)</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>no lines</source>
        <translation>keine Positionen</translation>
    </message>
    <message>
        <source>Its %1 %2 is %3 in the ERP.</source>
        <translation>Der zugehörige Datensatz %1 %2 hat im ERP den Status %3.</translation>
    </message>
    <message>
        <source>It was written to %1 %2, which the ERP no longer has.</source>
        <translation>Sie wurde in %1 %2 geschrieben; diesen Datensatz gibt es im ERP nicht mehr.</translation>
    </message>
    <message>
        <source>The mapping&apos;s rule &quot;%1&quot; runs from the ERP to the store, so LedgerLink does not create credit notes: the ERP&apos;s users must.</source>
        <translation>Die Regel &quot;%1&quot; der Zuordnung läuft vom ERP zum Shop, daher legt LedgerLink keine Gutschriften an: das müssen die Benutzer des ERP tun.</translation>
    </message>
    <message>
        <source>LedgerLink never wrote it (no cross-reference) and no %1 of the ERP names it.</source>
        <translation>LedgerLink hat sie nie geschrieben (kein Querverweis), und kein Datensatz %1 im ERP verweist auf sie.</translation>
    </message>
    <message>
        <source>%1 has no %2 in the ERP. %3</source>
        <translation>%1: im ERP gibt es keinen Datensatz %2 dazu. %3</translation>
    </message>
    <message>
        <source>write the refund to the ERP as a credit note</source>
        <translation>die Erstattung als Gutschrift ins ERP schreiben</translation>
    </message>
    <message>
        <source>create the credit note for %1 in the ERP (it owns credit notes)</source>
        <translation>die Gutschrift über %1 im ERP anlegen (das ERP führt die Gutschriften)</translation>
    </message>
    <message>
        <source>%1: the %2 %3 is in %4 and no rate is known to compare it.</source>
        <translation>%1: der Datensatz %2 %3 ist in %4, und es ist kein Kurs bekannt, um ihn zu vergleichen.</translation>
    </message>
    <message>
        <source>check the currency of the credit note</source>
        <translation>die Währung der Gutschrift prüfen</translation>
    </message>
    <message>
        <source>refunded shipping of %1 is not on the %2</source>
        <translation>erstattete Versandkosten von %1 fehlen im Datensatz %2</translation>
    </message>
    <message>
        <source>currency rate: converted from %1 amount by amount</source>
        <translation>Wechselkurs: Betrag für Betrag aus %1 umgerechnet</translation>
    </message>
    <message>
        <source>%1; the ERP&apos;s %2 %3 is %4: %5.</source>
        <translation>%1; der ERP-Datensatz %2 %3 lautet auf %4: %5.</translation>
    </message>
    <message>
        <source>The %1 changed %2, after LedgerLink last wrote it %3.</source>
        <translation>Die %1 wurde am %2 geändert, nachdem LedgerLink sie zuletzt am %3 geschrieben hatte.</translation>
    </message>
    <message>
        <source>store&apos;s refund</source>
        <translation>Erstattung im Shop</translation>
    </message>
    <message>
        <source>ERP&apos;s credit note</source>
        <translation>Gutschrift im ERP</translation>
    </message>
    <message>
        <source>%1 is not explained by refunded shipping or currency.</source>
        <translation>%1 lässt sich weder durch erstattete Versandkosten noch durch die Währung erklären.</translation>
    </message>
    <message>
        <source>write the refund to the ERP again</source>
        <translation>die Erstattung erneut ins ERP schreiben</translation>
    </message>
    <message>
        <source>%1: correct the credit note or the mapping</source>
        <translation>%1: korrigieren Sie die Gutschrift oder die Zuordnung</translation>
    </message>
    <message>
        <source>the mapping has no rule for products</source>
        <translation>die Zuordnung hat keine Regel für Produkte</translation>
    </message>
    <message>
        <source>the ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>Shop</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) appear more than once in the store, each compared: %1</source>
        <translation>
            <numerusform>%n SKU kommt im Shop mehrfach vor, jede einzeln verglichen: %1</numerusform>
            <numerusform>%n SKUs kommen im Shop mehrfach vor, jede einzeln verglichen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) only in %1 (the owner does not list them), not compared: %2</source>
        <translation>
            <numerusform>%n SKU nur im %1 (das führende System führt sie nicht), nicht verglichen: %2</numerusform>
            <numerusform>%n SKUs nur im %1 (das führende System führt sie nicht), nicht verglichen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>SKU %1 is listed by %2 (the owner of prices) at %3 but %4 has no such SKU.</source>
        <translation>SKU %1 steht im %2 (führend für Preise) mit %3, im %4 gibt es diese SKU aber nicht.</translation>
    </message>
    <message>
        <source>create SKU %1 in %2</source>
        <translation>SKU %1 im %2 anlegen</translation>
    </message>
    <message>
        <source>SKU %1 costs %2 in the store and %3 in the ERP: different currencies.</source>
        <translation>SKU %1 kostet im Shop %2 und im ERP %3: unterschiedliche Währungen.</translation>
    </message>
    <message>
        <source>check which currency the price is kept in</source>
        <translation>prüfen, in welcher Währung der Preis geführt wird</translation>
    </message>
    <message>
        <source>SKU %1: %2 (the owner of prices) has %3, %4 has %5 (%6, last changed there %7).</source>
        <translation>SKU %1: im %2 (führend für Preise) %3, im %4 %5 (%6, dort zuletzt geändert am %7).</translation>
    </message>
    <message>
        <source>set the price of %1 in %2 to %3</source>
        <translation>Preis von %1 im %2 auf %3 setzen</translation>
    </message>
    <message>
        <source>the mapping has no rule for stock</source>
        <translation>die Zuordnung hat keine Regel für den Lagerbestand</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) have no quantity in the ERP (it does not track their stock), not compared: %1</source>
        <translation>
            <numerusform>%n SKU hat im ERP keine Menge (das ERP führt keinen Bestand dafür), nicht verglichen: %1</numerusform>
            <numerusform>%n SKUs haben im ERP keine Menge (das ERP führt keinen Bestand dafür), nicht verglichen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n store stock level(s) of items without a SKU, not compared: %1</source>
        <translation>
            <numerusform>%n Lagerbestand im Shop für Artikel ohne SKU, nicht verglichen: %1</numerusform>
            <numerusform>%n Lagerbestände im Shop für Artikel ohne SKU, nicht verglichen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SKU %1: the ERP has %2 on hand%3, the store %4%5: %6 in the store; %7 owns stock.</source>
        <translation>SKU %1: das ERP hat %2 auf Lager%3, der Shop %4%5: %6 im Shop; maßgeblich ist der Bestand im %7.</translation>
    </message>
    <message>
        <source>set the stock of %1 in %2 to %3</source>
        <translation>Lagerbestand von %1 im %2 auf %3 setzen</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) with stock in %1 are not in %2 (see prices), not compared: %3</source>
        <translation>
            <numerusform>%n SKU mit Bestand im %1 fehlt im %2 (siehe Preise), nicht verglichen: %3</numerusform>
            <numerusform>%n SKUs mit Bestand im %1 fehlen im %2 (siehe Preise), nicht verglichen: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the reconciler is not open</source>
        <translation>der Abgleich ist nicht geöffnet</translation>
    </message>
    <message>
        <source>the repairs wait in the queue: &quot;ledgerlink-cli run&quot; (or the engine running this workspace) carries them out</source>
        <translation>die Korrekturen warten in der Warteschlange: &quot;ledgerlink-cli run&quot; (oder die Engine, die diesen Arbeitsbereich bedient) führt sie aus</translation>
    </message>
    <message>
        <source>No sandbox was serving %1; started one for this pass.</source>
        <translation>Für %1 lief keine Sandbox; für diesen Durchlauf wurde eine gestartet.</translation>
    </message>
    <message>
        <source>%1: this workspace&apos;s credentials are needed for a reconciliation</source>
        <translation>%1: für einen Abgleich werden die Zugangsdaten dieses Arbeitsbereichs benötigt</translation>
    </message>
    <message>
        <source>the reconciliation schedule &quot;%1&quot; is not understood: %2</source>
        <translation>der Zeitplan &quot;%1&quot; für den Abgleich wird nicht verstanden: %2</translation>
    </message>
    <message>
        <source>needs a person: %1</source>
        <translation>erfordert manuelles Eingreifen: %1</translation>
    </message>
    <message>
        <source>the record waits in the dead-letter queue: fix its cause, then &quot;ledgerlink-cli dlq replay %1&quot;</source>
        <translation>der Datensatz wartet in der Dead-Letter-Warteschlange: beheben Sie die Ursache, dann &quot;ledgerlink-cli dlq replay %1&quot;</translation>
    </message>
    <message>
        <source>the rollout stage &quot;%1&quot; does not let LedgerLink write to the %2</source>
        <translation>die Rollout-Phase &quot;%1&quot; lässt keine Schreibvorgänge von LedgerLink im %2 zu</translation>
    </message>
    <message>
        <source>the same repair is queued already (job %1)</source>
        <translation>dieselbe Korrektur ist bereits eingereiht (Job %1)</translation>
    </message>
    <message>
        <source>the repairs wait in the queue for the engine that runs this workspace (%1)</source>
        <translation>die Korrekturen warten in der Warteschlange auf die Engine, die diesen Arbeitsbereich bedient (%1)</translation>
    </message>
    <message>
        <source>the run of the repairs failed: %1</source>
        <translation>der Lauf der Korrekturen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the run of the repairs was cancelled; the rest stays queued</source>
        <translation>der Lauf der Korrekturen wurde abgebrochen; der Rest bleibt eingereiht</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 Einheiten</translation>
    </message>
    <message>
        <source>%1 cents</source>
        <translation>%1 Cent</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>prices per SKU</source>
        <translation>Preise je SKU</translation>
    </message>
    <message>
        <source>stock per SKU</source>
        <translation>Lagerbestand je SKU</translation>
    </message>
    <message>
        <source>LedgerLink reconciliation %1 — %2 ↔ %3 (repair: the repairs the owners allow go through the sync&apos;s jobs)
</source>
        <translation>LedgerLink-Abgleich %1 — %2 ↔ %3 (Korrektur: die Korrekturen, die die führenden Systeme erlauben, laufen über die Jobs der Synchronisierung)
</translation>
    </message>
    <message>
        <source>LedgerLink reconciliation %1 — %2 ↔ %3 (report only: nothing was changed in either system)
</source>
        <translation>LedgerLink-Abgleich %1 — %2 ↔ %3 (nur Bericht: in keinem der Systeme wurde etwas geändert)
</translation>
    </message>
    <message>
        <source>Workspace %1, compared %2</source>
        <translation>Arbeitsbereich %1, verglichen am %2</translation>
    </message>
    <message>
        <source>; orders and refunds changed since %1</source>
        <translation>; Bestellungen und Erstattungen, die seit %1 geändert wurden</translation>
    </message>
    <message>
        <source>COMPARED</source>
        <translation>VERGLEICH</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>SHOP</translation>
    </message>
    <message>
        <source>CHECKED</source>
        <translation>VERGLICHEN</translation>
    </message>
    <message>
        <source>EQUAL</source>
        <translation>GLEICH</translation>
    </message>
    <message>
        <source>DIFFER</source>
        <translation>ABWEICHEND</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FEHLEND</translation>
    </message>
    <message>
        <source> (rule &quot;%1&quot;)</source>
        <translation> (Regel &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>not compared: %1</source>
        <translation>nicht verglichen: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>No differences: both sides agree to the cent on everything compared.
</source>
        <translation>Keine Abweichungen: beide Seiten stimmen bei allem Verglichenen auf den Cent überein.
</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s): %1
</source>
        <translation>
            <numerusform>%n Abweichung: %1
</numerusform>
            <numerusform>%n Abweichungen: %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — %3
</source>
        <translation>%1 %2 — %3
</translation>
    </message>
    <message>
        <source>store %1 (%2), ERP %3 (%4), difference %5
</source>
        <translation>Shop %1 (%2), ERP %3 (%4), Abweichung %5
</translation>
    </message>
    <message>
        <source>no record</source>
        <translation>kein Datensatz</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Repair (by a person, in %1): %2
</source>
        <translation>Korrektur (von Hand, im %1): %2
</translation>
    </message>
    <message>
        <source>Repair (%1 in %2 through the sync, job %3): %4
</source>
        <translation>Korrektur (%1 im %2 über die Synchronisierung, Job %3): %4
</translation>
    </message>
    <message>
        <source>Repair enqueued as job %1
</source>
        <translation>Korrektur als Job %1 eingereiht
</translation>
    </message>
    <message>
        <source>Repair not enqueued: %1
</source>
        <translation>Korrektur nicht eingereiht: %1
</translation>
    </message>
    <message>
        <source>Repairs: %1 enqueued, %2 already queued, %3 not allowed by the rollout stage, %4 for a person, %5 waiting in the dead-letter queue.
</source>
        <translation>Korrekturen: %1 eingereiht, %2 bereits in der Warteschlange, %3 von der Rollout-Phase nicht erlaubt, %4 von Hand zu erledigen, %5 warten in der Dead-Letter-Warteschlange.
</translation>
    </message>
    <message>
        <source>Run %1 carried them out: created %2, updated %3, skipped %4, dead letters %5.
</source>
        <translation>Lauf %1 hat sie ausgeführt: angelegt %2, aktualisiert %3, übersprungen %4, Dead Letters %5.
</translation>
    </message>
    <message>
        <source>Run &quot;ledgerlink-cli reconcile&quot; again to confirm both sides agree.
</source>
        <translation>Führen Sie &quot;ledgerlink-cli reconcile&quot; erneut aus, um zu bestätigen, dass beide Seiten übereinstimmen.
</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to compare, all reads. Stored in %1 as run %2.
</source>
        <translation>
            <numerusform>%n Anfrage für den Vergleich, nur Lesezugriffe. Gespeichert in %1 als Lauf %2.
</numerusform>
            <numerusform>%n Anfragen für den Vergleich, nur Lesezugriffe. Gespeichert in %1 als Lauf %2.
</numerusform>
        </translation>
    </message>
    <message>
        <source>the snapshot holds no %1 records of the %2</source>
        <translation>der Schnappschuss enthält keine %1-Datensätze von %2</translation>
    </message>
    <message>
        <source>the snapshot holds only the %1&apos;s %2 records changed since %3</source>
        <translation>der Schnappschuss enthält nur die %2-Datensätze von %1, die seit %3 geändert wurden</translation>
    </message>
    <message>
        <source>this difference needs a person (the mapping, or the other side&apos;s users): no job can repair it</source>
        <translation>diese Abweichung braucht einen Menschen (das Mapping oder die Benutzer der anderen Seite): kein Job kann sie korrigieren</translation>
    </message>
    <message>
        <source>its repair is queued already (job %1)</source>
        <translation>ihre Korrektur ist bereits eingereiht (Job %1)</translation>
    </message>
    <message>
        <source>it was repaired already by job %1: reconcile again to see whether both sides agree</source>
        <translation>sie wurde bereits von Job %1 korrigiert: erneut abgleichen, um zu sehen, ob beide Seiten übereinstimmen</translation>
    </message>
    <message>
        <source>its repair job %1 waits in the dead-letter queue (dead letter %2): fix its cause, then replay it there</source>
        <translation>ihr Korrektur-Job %1 wartet in der Dead-Letter-Warteschlange (Dead Letter %2): die Ursache beheben und ihn dort erneut ausführen</translation>
    </message>
    <message>
        <source>the record waits in the dead-letter queue (dead letter %1): fix its cause, then replay it there</source>
        <translation>der Datensatz wartet in der Dead-Letter-Warteschlange (Dead Letter %1): die Ursache beheben und ihn dort erneut ausführen</translation>
    </message>
    <message>
        <source>needs a person</source>
        <translation>braucht einen Menschen</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>dead letter</source>
        <translation>Dead Letter</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>failed, retrying</source>
        <translation>fehlgeschlagen, neuer Versuch folgt</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>failed: dead letter</source>
        <translation>fehlgeschlagen: Dead Letter</translation>
    </message>
    <message>
        <source>The record waits in the dead-letter queue (dead letter %1): fix its cause, then replay it there.</source>
        <translation>Der Datensatz wartet in der Dead-Letter-Warteschlange (Dead Letter %1): die Ursache beheben und ihn dort erneut ausführen.</translation>
    </message>
    <message>
        <source>Not enqueued: %1.</source>
        <translation>Nicht eingereiht: %1.</translation>
    </message>
    <message>
        <source>Not enqueued again: %1.</source>
        <translation>Nicht erneut eingereiht: %1.</translation>
    </message>
    <message>
        <source>Enqueued as job %1.</source>
        <translation>Als Job %1 eingereiht.</translation>
    </message>
    <message>
        <source>Queued as job %1: it waits for the engine that runs this workspace.</source>
        <translation>Als Job %1 eingereiht: er wartet auf die Engine, die diesen Arbeitsbereich bedient.</translation>
    </message>
    <message>
        <source>Job %1 is running (attempt %2).</source>
        <translation>Job %1 läuft (Versuch %2).</translation>
    </message>
    <message>
        <source>Job %1 failed (attempt %2) and is tried again at %3: %4</source>
        <translation>Job %1 ist fehlgeschlagen (Versuch %2) und wird um %3 erneut versucht: %4</translation>
    </message>
    <message>
        <source>Repaired by job %1 (%2).</source>
        <translation>Korrigiert durch Job %1 (%2).</translation>
    </message>
    <message>
        <source>Job %1 failed for good (%2): %3</source>
        <translation>Job %1 ist endgültig fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <source>Its dead letter %1 was replayed since.</source>
        <translation>Sein Dead Letter %1 wurde seither erneut ausgeführt.</translation>
    </message>
    <message>
        <source>It waits in the dead-letter queue: fix its cause, then &quot;ledgerlink-cli dlq replay %1&quot;.</source>
        <translation>Er wartet in der Dead-Letter-Warteschlange: die Ursache beheben, dann &quot;ledgerlink-cli dlq replay %1&quot;.</translation>
    </message>
    <message>
        <source>there is no reconciliation pass yet: run &quot;ledgerlink-cli reconcile&quot; first</source>
        <translation>es gibt noch keinen Abgleichsdurchlauf: zuerst &quot;ledgerlink-cli reconcile&quot; ausführen</translation>
    </message>
    <message>
        <source>%1 is no reconciliation pass of this workspace</source>
        <translation>%1 ist kein Abgleichsdurchlauf dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>no finding to repair was named</source>
        <translation>kein zu korrigierender Befund wurde genannt</translation>
    </message>
    <message>
        <source>the finding %1 is not one of pass %2&apos;s findings (it is one of pass %3&apos;s)</source>
        <translation>der Befund %1 gehört nicht zu Durchlauf %2 (er gehört zu Durchlauf %3)</translation>
    </message>
    <message>
        <source>there is no finding %1 (pass %2 has the findings %3)</source>
        <translation>es gibt keinen Befund %1 (Durchlauf %2 hat die Befunde %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the finding %1 is gone</source>
        <translation>der Befund %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>No sandbox was serving %1; started one for this repair.</source>
        <translation>Für %1 lief keine Sandbox; für diese Korrektur wurde eine gestartet.</translation>
    </message>
    <message>
        <source>%1: this workspace&apos;s credentials are needed for a repair</source>
        <translation>%1: für eine Korrektur werden die Zugangsdaten dieses Arbeitsbereichs benötigt</translation>
    </message>
    <message>
        <source>Repair: %1
</source>
        <translation>Korrektur: %1
</translation>
    </message>
    <message>
        <source>cannot be split by vendor: %1</source>
        <translation>kann nicht nach Händler aufgeteilt werden: %1</translation>
    </message>
    <message>
        <source>Order %1 no longer has lines of %2 (the order changed %3), but the %4 %5 written for them %6 is still in the ERP with %7.</source>
        <translation>Bestellung %1 hat keine Positionen von %2 mehr (die Bestellung wurde %3 geändert), aber %4 %5, am %6 dafür geschrieben, steht noch mit %7 im ERP.</translation>
    </message>
    <message>
        <source>void or credit %1 %2 in the ERP</source>
        <translation>%1 %2 im ERP stornieren oder gutschreiben</translation>
    </message>
    <message>
        <source>the mapping has no rule that writes gateway payouts to the ERP</source>
        <translation>das Mapping hat keine Regel, die Auszahlungen des Zahlungsanbieters ins ERP schreibt</translation>
    </message>
    <message>
        <source>Payout %1 of %2 (payments %3 − refunds %4 − fees %5 = %6)</source>
        <translation>Auszahlung %1 vom %2 (Zahlungen %3 − Erstattungen %4 − Gebühren %5 = %6)</translation>
    </message>
    <message>
        <source>%1 does not add up to the deposit %2: %3.</source>
        <translation>%1 ergibt nicht die Einzahlung %2: %3.</translation>
    </message>
    <message>
        <source>ask the payment gateway which movement the payout %1 is missing</source>
        <translation>beim Zahlungsanbieter erfragen, welche Bewegung der Auszahlung %1 fehlt</translation>
    </message>
    <message>
        <source>LedgerLink never wrote it (no cross-reference) and no %1 of the ERP carries &quot;%2&quot;.</source>
        <translation>LedgerLink hat sie nie geschrieben (kein Querverweis), und kein %1 des ERP trägt &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 has no deposit in the ERP. %2</source>
        <translation>%1 hat keine Einzahlung im ERP. %2</translation>
    </message>
    <message>
        <source>write the payout to the ERP as a bank deposit with its fees</source>
        <translation>die Auszahlung als Bankeinzahlung mit ihren Gebühren ins ERP schreiben</translation>
    </message>
    <message>
        <source>%1: the %2 %3 is in %4, the payout in %5.</source>
        <translation>%1: %2 %3 ist in %4, die Auszahlung in %5.</translation>
    </message>
    <message>
        <source>check the currency of the bank account the payout is paid into</source>
        <translation>die Währung des Bankkontos prüfen, auf das die Auszahlung geht</translation>
    </message>
    <message>
        <source>%1; the bank received %2, the ERP&apos;s %3 %4 says %5: %6.</source>
        <translation>%1; die Bank erhielt %2, %3 %4 des ERP sagt %5: %6.</translation>
    </message>
    <message>
        <source>The ERP&apos;s deposit changed %1, after LedgerLink last wrote it %2.</source>
        <translation>Die Einzahlung im ERP wurde %1 geändert, nachdem LedgerLink sie zuletzt %2 geschrieben hatte.</translation>
    </message>
    <message>
        <source>The difference is exactly the fees %1: the deposit was booked gross or the fee line is missing.</source>
        <translation>Die Differenz sind genau die Gebühren %1: die Einzahlung wurde brutto gebucht oder die Gebührenzeile fehlt.</translation>
    </message>
    <message>
        <source>%1 is not explained by an edit after the sync.</source>
        <translation>%1 ist nicht durch eine Änderung nach der Synchronisierung erklärt.</translation>
    </message>
    <message>
        <source>write the payout&apos;s deposit to the ERP again</source>
        <translation>die Einzahlung der Auszahlung erneut ins ERP schreiben</translation>
    </message>
    <message>
        <source>payouts (bank deposits)</source>
        <translation>Auszahlungen (Bankeinzahlungen)</translation>
    </message>
    <message>
        <source>%1 attempts failed for now and are tried again later by the engine that runs this workspace (ledgerlink-cli run, or the studio&apos;s Sync now)</source>
        <translation>%1 Versuche sind vorerst gescheitert und werden später von der Engine dieses Arbeitsbereichs erneut versucht (ledgerlink-cli run oder „Jetzt synchronisieren“ im Studio)</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::ReconciliationReview</name>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>tax %1</source>
        <translation>Steuer %1</translation>
    </message>
    <message>
        <source>Store amounts are in %1, shown in %2 at the order&apos;s rate %3, converted amount by amount.</source>
        <translation>Die Beträge des Shops sind in %1 und werden zum Kurs %3 der Bestellung in %2 angezeigt, Betrag für Betrag umgerechnet.</translation>
    </message>
    <message>
        <source>The store&apos;s amounts are in %1 and the ERP&apos;s in %2, and no rate between them is known: they are shown, not compared.</source>
        <translation>Die Beträge des Shops sind in %1, die des ERP in %2, und zwischen ihnen ist kein Kurs bekannt: sie werden angezeigt, aber nicht verglichen.</translation>
    </message>
    <message>
        <source>(no such line)</source>
        <translation>(keine solche Position)</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>(no shipping)</source>
        <translation>(kein Versand)</translation>
    </message>
    <message>
        <source>on the document</source>
        <translation>auf Dokumentebene</translation>
    </message>
    <message>
        <source>(no tax)</source>
        <translation>(keine Steuer)</translation>
    </message>
    <message>
        <source>lines: %1</source>
        <translation>Positionen: %1</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>(no total)</source>
        <translation>(keine Summe)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>The store has no such record.</source>
        <translation>Der Shop hat keinen solchen Datensatz.</translation>
    </message>
    <message>
        <source>The ERP has no such record.</source>
        <translation>Das ERP hat keinen solchen Datensatz.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation>(kein Datensatz)</translation>
    </message>
    <message>
        <source>%1: this workspace&apos;s credentials are needed to read the records</source>
        <translation>%1: zum Lesen der Datensätze werden die Zugangsdaten dieses Arbeitsbereichs benötigt</translation>
    </message>
    <message>
        <source>the mapping has no rule &quot;%1&quot; any more</source>
        <translation>die Zuordnung hat keine Regel &quot;%1&quot; mehr</translation>
    </message>
    <message>
        <source>the store connection (%1) cannot be used: %2</source>
        <translation>die Shop-Verbindung (%1) kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>the ERP connection (%1) cannot be used: %2</source>
        <translation>die ERP-Verbindung (%1) kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 %3 could not be read: %4</source>
        <translation>Der Datensatz %2 %3 aus dem %1 konnte nicht gelesen werden: %4</translation>
    </message>
    <message>
        <source>The %1 has no %2 %3 (any more).</source>
        <translation>Im %1 gibt es den Datensatz %2 %3 nicht (mehr).</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 %3 cannot be read: %4</source>
        <translation>Der Datensatz %2 %3 aus dem %1 kann nicht gelesen werden: %4</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 Einheiten</translation>
    </message>
    <message>
        <source>Reconciliation %1 — %2 ↔ %3</source>
        <translation>Abgleich %1 — %2 ↔ %3</translation>
    </message>
    <message>
        <source>Compared %1 (repair: the repairs the owners and the rollout stage allow went through the sync&apos;s jobs). Workspace %2, connection pair %3.</source>
        <translation>Verglichen am %1 (Korrektur: die Korrekturen, die die führenden Systeme und die Rollout-Phase erlauben, liefen über die Jobs der Synchronisierung). Arbeitsbereich %2, Verbindungspaar %3.</translation>
    </message>
    <message>
        <source>Compared %1 (report only: nothing was changed in either system). Workspace %2, connection pair %3.</source>
        <translation>Verglichen am %1 (nur Bericht: in keinem der Systeme wurde etwas geändert). Arbeitsbereich %2, Verbindungspaar %3.</translation>
    </message>
    <message>
        <source>Orders and refunds changed since %1.</source>
        <translation>Bestellungen und Erstattungen, die seit %1 geändert wurden.</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>Equal</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Differ</source>
        <translation>Abweichend</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>not compared: %1</source>
        <translation>nicht verglichen: %1</translation>
    </message>
    <message>
        <source>No differences: both sides agree to the cent on everything compared.</source>
        <translation>Keine Abweichungen: beide Seiten stimmen bei allem Verglichenen auf den Cent überein.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Abweichung</numerusform>
            <numerusform>%n Abweichungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Cents</source>
        <translation>Cent</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>by a person</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), all reads. Run %1 of the state store.</source>
        <translation>
            <numerusform>%n Anfrage, nur Lesezugriffe. Lauf %1 im Zustandsspeicher.</numerusform>
            <numerusform>%n Anfragen, nur Lesezugriffe. Lauf %1 im Zustandsspeicher.</numerusform>
        </translation>
    </message>
    <message>
        <source>The payout pays out %1 orders: the first %2 are named by their number, the others by their id.</source>
        <translation>Die Auszahlung zahlt %1 Bestellungen aus: die ersten %2 stehen mit ihrer Nummer da, die übrigen mit ihrer ID.</translation>
    </message>
    <message>
        <source>The numbers of the orders %1 could not be read: they are named by their id.</source>
        <translation>Die Nummern der Bestellungen %1 ließen sich nicht lesen: sie stehen mit ihrer ID da.</translation>
    </message>
    <message>
        <source>The store&apos;s payout cannot be read: %1</source>
        <translation>Die Auszahlung des Shops lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>The ERP&apos;s deposit is %1: it counts as no deposit, so the store&apos;s side is shown alone.</source>
        <translation>Die Einzahlung im ERP ist %1: sie zählt als keine Einzahlung, daher steht die Seite des Shops allein.</translation>
    </message>
    <message>
        <source>The payout is in %1 and the deposit in %2: they are shown, not compared.</source>
        <translation>Die Auszahlung ist in %1, die Einzahlung in %2: beide werden gezeigt, nicht verglichen.</translation>
    </message>
    <message>
        <source>movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>fee %1</source>
        <translation>Gebühr %1</translation>
    </message>
    <message>
        <source>A line of the deposit has no amount: %1</source>
        <translation>Eine Zeile der Einzahlung hat keinen Betrag: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>payments %1</source>
        <translation>Zahlungen %1</translation>
    </message>
    <message>
        <source>refunds %1</source>
        <translation>Erstattungen %1</translation>
    </message>
    <message>
        <source>other movements %1</source>
        <translation>andere Bewegungen %1</translation>
    </message>
    <message>
        <source>Payments less refunds</source>
        <translation>Zahlungen abzüglich Erstattungen</translation>
    </message>
    <message>
        <source>no fees</source>
        <translation>keine Gebühren</translation>
    </message>
    <message>
        <source>−(%1)</source>
        <translation>−(%1)</translation>
    </message>
    <message>
        <source>the fees of %1 movements</source>
        <translation>die Gebühren von %1 Bewegungen</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>(a payout has no tax)</source>
        <translation>(eine Auszahlung hat keine Steuer)</translation>
    </message>
    <message>
        <source>on the deposit</source>
        <translation>auf der Einzahlung</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>Einzahlung</translation>
    </message>
    <message>
        <source>bank account %1</source>
        <translation>Bankkonto %1</translation>
    </message>
    <message>
        <source>The payout&apos;s movements come to %1 (%2 less fees %3), not to its deposit %4: the gateway&apos;s own figures differ by %5.</source>
        <translation>Die Bewegungen der Auszahlung ergeben %1 (%2 abzüglich Gebühren %3), nicht ihre Einzahlung %4: die eigenen Zahlen des Zahlungsanbieters weichen um %5 ab.</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::RetryPolicy</name>
    <message>
        <source>The request</source>
        <translation>Die Anfrage</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Network error %1</source>
        <translation>Netzwerkfehler %1</translation>
    </message>
    <message>
        <source>A validation error</source>
        <translation>Ein Validierungsfehler</translation>
    </message>
    <message>
        <source>The request succeeded (attempt %1 of %2).</source>
        <translation>Die Anfrage war erfolgreich (Versuch %1 von %2).</translation>
    </message>
    <message>
        <source>%1 is permanent%2; not retrying, the job goes to the dead-letter queue.</source>
        <translation>%1 gilt als dauerhaft%2; kein erneuter Versuch, der Job kommt in die Dead-Letter-Warteschlange.</translation>
    </message>
    <message>
        <source>%1 is temporary%2, but all %3 attempts failed; the job goes to the dead-letter queue.</source>
        <translation>%1 gilt als vorübergehend%2, aber alle %3 Versuche sind fehlgeschlagen; der Job kommt in die Dead-Letter-Warteschlange.</translation>
    </message>
    <message>
        <source>%1 is temporary%2; retrying in %3 s as the server asked (attempt %4 of %5)</source>
        <translation>%1 gilt als vorübergehend%2; erneuter Versuch in %3 s, wie vom Server verlangt (Versuch %4 von %5)</translation>
    </message>
    <message>
        <source>%1 is temporary%2; retrying in %3 s (attempt %4 of %5)</source>
        <translation>%1 gilt als vorübergehend%2; erneuter Versuch in %3 s (Versuch %4 von %5)</translation>
    </message>
    <message>
        <source>Waiting for a linked record</source>
        <translation>Warten auf einen verknüpften Datensatz</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::Scheduler</name>
    <message>
        <source>&quot;%1&quot;: the interval must be between 1 minute and 7 days</source>
        <translation>&quot;%1&quot;: das Intervall muss zwischen 1 Minute und 7 Tagen liegen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: not a time of day (00:00 to 23:59)</source>
        <translation>&quot;%1&quot;: keine Uhrzeit (00:00 bis 23:59)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule; write &quot;every 15 minutes&quot;, &quot;hourly&quot; or &quot;daily 02:00&quot;</source>
        <translation>&quot;%1&quot; ist kein Zeitplan; schreiben Sie &quot;every 15 minutes&quot;, &quot;hourly&quot; oder &quot;daily 02:00&quot;</translation>
    </message>
    <message>
        <source>on settlement, looked for every %1 min</source>
        <translation>bei Abrechnung, alle %1 Min. nachgesehen</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::SyncEngine</name>
    <message>
        <source>%1: next %2 at %3</source>
        <translation>%1: nächster Auslöser (%2) um %3</translation>
    </message>
    <message>
        <source>the webhook receiver cannot listen on %1:%2: %3</source>
        <translation>der Webhook-Empfänger kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <source>webhooks: listening on http://%1:%2%3</source>
        <translation>Webhooks: empfangsbereit auf http://%1:%2%3</translation>
    </message>
    <message>
        <source>paused: triggers only enqueue until resumed</source>
        <translation>pausiert: Auslöser reihen bis zur Fortsetzung nur ein</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>dead letter %1 queued again as job %2</source>
        <translation>Dead Letter %1 erneut als Job %2 eingereiht</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>the dry run was cancelled</source>
        <translation>der Probelauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>run %1: created %2, updated %3, skipped %4, dead letters %5</source>
        <translation>Lauf %1: angelegt %2, aktualisiert %3, übersprungen %4, Dead Letters %5</translation>
    </message>
    <message>
        <source>%1: trigger due</source>
        <translation>%1: Auslöser fällig</translation>
    </message>
    <message>
        <source>%1: the engine was started without this workspace&apos;s credentials</source>
        <translation>%1: die Engine wurde ohne die Zugangsdaten dieses Arbeitsbereichs gestartet</translation>
    </message>
    <message>
        <source>%1: objects.trigger: %2</source>
        <translation>%1: objects.trigger: %2</translation>
    </message>
    <message>
        <source>paused: the run holds after %1 of %2 records</source>
        <translation>pausiert: der Lauf hält nach %1 von %2 Datensätzen an</translation>
    </message>
    <message>
        <source>%1: arrives by webhook; polled every %2 min in case a delivery is lost, next at %3</source>
        <translation>%1: kommt per Webhook; wird zusätzlich alle %2 Min. abgefragt, falls eine Zustellung verloren geht, nächste Abfrage um %3</translation>
    </message>
    <message>
        <source>no webhook secret for the store: webhooks are not received (add the secret where the connection is set up); schedules and polls go on</source>
        <translation>kein Webhook-Secret für den Shop: Webhooks werden nicht empfangen (fügen Sie das Secret dort hinzu, wo die Verbindung eingerichtet wird); Zeitpläne und Abfragen laufen weiter</translation>
    </message>
    <message>
        <source>reconciliation (%1, %2): next at %3</source>
        <translation>Abgleich (%1, %2): nächster am %3</translation>
    </message>
    <message>
        <source>reconciliation</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>reconciliation due (%1)</source>
        <translation>Abgleich fällig (%1)</translation>
    </message>
    <message>
        <source>the scheduled reconciliation could not start: %1</source>
        <translation>der geplante Abgleich konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>the scheduled reconciliation failed: %1</source>
        <translation>der geplante Abgleich ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>reconciliation run %1: %n difference(s), %2 of them unknown</source>
        <translation>
            <numerusform>Abgleichslauf %1: %n Abweichung, davon %2 mit unbekannter Ursache</numerusform>
            <numerusform>Abgleichslauf %1: %n Abweichungen, davon %2 mit unbekannter Ursache</numerusform>
        </translation>
    </message>
    <message>
        <source>reconciliation run %1: %2 repair(s) enqueued, %3 not allowed by the rollout stage, %4 for a person</source>
        <translation>Abgleichslauf %1: %2 Korrektur(en) eingereiht, %3 von der Rollout-Phase nicht erlaubt, %4 von Hand zu erledigen</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::TaxPlan</name>
    <message>
        <source>tax rounding</source>
        <translation>Steuerrundung</translation>
    </message>
    <message>
        <source>currency rate</source>
        <translation>Wechselkurs</translation>
    </message>
    <message>
        <source>discount allocation</source>
        <translation>Rabattverteilung</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>refund not credited</source>
        <translation>Erstattung nicht gutgeschrieben</translation>
    </message>
    <message>
        <source>missing record</source>
        <translation>fehlender Datensatz</translation>
    </message>
    <message>
        <source>cause unknown</source>
        <translation>Ursache unbekannt</translation>
    </message>
    <message>
        <source>per line</source>
        <translation>je Position</translation>
    </message>
    <message>
        <source>on the total</source>
        <translation>auf die Summe</translation>
    </message>
    <message>
        <source>rounded half-up</source>
        <translation>kaufmännisch gerundet (half-up)</translation>
    </message>
    <message>
        <source>rounded half-even</source>
        <translation>mathematisch gerundet (half-even)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>shipping %1</source>
        <translation>Versand %1</translation>
    </message>
    <message>
        <source>the tax %1 will compute could not be predicted: %2</source>
        <translation>die Steuer, die %1 berechnen wird, ließ sich nicht vorhersagen: %2</translation>
    </message>
    <message>
        <source>%1: %2 instead of %3</source>
        <translation>%1: %2 statt %3</translation>
    </message>
    <message>
        <source>%1 will compute %2 tax %3; the store charged %4: the invoice keeps its total of %5 %6, with %7 %6 more tax and as much less net</source>
        <translation>%1 wird %2 Steuer %3 berechnen; der Shop berechnete %4: die Rechnung behält ihre Summe von %5 %6, mit %7 %6 mehr Steuer und ebenso viel weniger netto</translation>
    </message>
    <message>
        <source>%1 will compute %2 tax %3; the store charged %4: the invoice keeps its total of %5 %6, with %7 %6 less tax and as much more net</source>
        <translation>%1 wird %2 Steuer %3 berechnen; der Shop berechnete %4: die Rechnung behält ihre Summe von %5 %6, mit %7 %6 weniger Steuer und ebenso viel mehr netto</translation>
    </message>
    <message>
        <source>%1 will compute %2 tax %3; the store charged %4: the invoice will be %5 %6 more</source>
        <translation>%1 wird %2 Steuer %3 berechnen; der Shop berechnete %4: die Rechnung wird %5 %6 höher</translation>
    </message>
    <message>
        <source>%1 will compute %2 tax %3; the store charged %4: the invoice will be %5 %6 less</source>
        <translation>%1 wird %2 Steuer %3 berechnen; der Shop berechnete %4: die Rechnung wird %5 %6 niedriger</translation>
    </message>
    <message>
        <source>%1 will compute the lines&apos; tax %2 otherwise than the store charged it%3; the tax total stays %4 %5</source>
        <translation>%1 wird die Steuer der Positionen %2 anders berechnen, als der Shop sie berechnete%3; die Steuersumme bleibt %4 %5</translation>
    </message>
    <message>
        <source>%1 will not take the order&apos;s amounts as they are: %2</source>
        <translation>%1 wird die Beträge der Bestellung nicht unverändert übernehmen: %2</translation>
    </message>
    <message>
        <source>%1 will total the invoice %2 %3; the store charged %4 %3: the invoice will be %5 %3 less</source>
        <translation>%1 wird die Rechnung auf %2 %3 summieren; der Shop berechnete %4 %3: die Rechnung wird %5 %3 niedriger</translation>
    </message>
    <message>
        <source>%1 will total the invoice %2 %3; the store charged %4 %3: the invoice will be %5 %3 more</source>
        <translation>%1 wird die Rechnung auf %2 %3 summieren; der Shop berechnete %4 %3: die Rechnung wird %5 %3 höher</translation>
    </message>
    <message>
        <source>the tax %1 will compute could not be predicted: the store&apos;s order %2 cannot be read as an order: %3</source>
        <translation>die Steuer, die %1 berechnen wird, ließ sich nicht vorhersagen: die Bestellung %2 des Shops ist als Bestellung nicht lesbar: %3</translation>
    </message>
    <message>
        <source>the store converted its total of %1 to %2 at once and each amount on its own; in %3 they add up</source>
        <translation>der Shop hat seine Summe von %1 in einem Schritt in %2 umgerechnet und jeden Betrag einzeln; in %3 gehen sie auf</translation>
    </message>
    <message>
        <source>the invoice is written in %1, but the order is in %2 and its shop currency is %3</source>
        <translation>die Rechnung wird in %1 geschrieben, die Bestellung ist aber in %2 und ihre Shopwährung ist %3</translation>
    </message>
    <message>
        <source>the invoice is written in %1, but the order is in %2</source>
        <translation>die Rechnung wird in %1 geschrieben, die Bestellung ist aber in %2</translation>
    </message>
    <message>
        <source>the store gave it in %1</source>
        <translation>der Shop hat sie in %1 angegeben</translation>
    </message>
    <message>
        <source>the tax %1 will compute could not be predicted in %2, the currency the invoice is written in: %3; the order&apos;s %4 amounts converted at its rate could each be a cent off the store&apos;s own %2 amounts, the size of the differences predicted</source>
        <translation>die Steuer, die %1 berechnen wird, ließ sich nicht in %2 vorhersagen, der Währung der Rechnung: %3; die zu ihrem Kurs umgerechneten %4-Beträge der Bestellung könnten je einen Cent von den eigenen %2-Beträgen des Shops abweichen, so groß wie die vorhergesagten Abweichungen</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Engine::Workspace</name>
    <message>
        <source>the bundled sandbox mapping %1 is missing from this build</source>
        <translation>die mitgelieferte Sandbox-Zuordnung %1 fehlt in diesem Build</translation>
    </message>
    <message>
        <source>%1: cannot write the sandbox mapping document: %2</source>
        <translation>%1: das Sandbox-Zuordnungsdokument kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2.system&quot; is missing (e.g. &quot;shopify&quot;, &quot;xero&quot;)</source>
        <translation>%1: &quot;%2.system&quot; fehlt (z. B. &quot;shopify&quot;, &quot;xero&quot;)</translation>
    </message>
    <message>
        <source>%1: &quot;%2.base_url&quot; is not an absolute URL</source>
        <translation>%1: &quot;%2.base_url&quot; ist keine absolute URL</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; holds a secret; secrets belong in the keychain, never in workspace files</source>
        <translation>%1: &quot;%2&quot; enthält ein Secret; Secrets gehören in den Schlüsselbund, niemals in Dateien des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>cannot create the workspace folder %1</source>
        <translation>der Arbeitsbereichsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the workspace folder %1 does not exist</source>
        <translation>der Arbeitsbereichsordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1: the workspace has no mapping document</source>
        <translation>%1: der Arbeitsbereich hat kein Zuordnungsdokument</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no sandbox is serving this workspace (start one with &quot;ledgerlink-cli sandbox serve --workspace %2&quot;)</source>
        <translation>%1: für diesen Arbeitsbereich läuft keine Sandbox (starten Sie eine mit &quot;ledgerlink-cli sandbox serve --workspace %2&quot;)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at offset %3)</source>
        <translation>%1: kein gültiges JSON (%2 an Position %3)</translation>
    </message>
    <message>
        <source>%1: the top level must be a JSON object</source>
        <translation>%1: die oberste Ebene muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1: &quot;time_zone&quot; is not a known time zone: %2</source>
        <translation>%1: &quot;time_zone&quot; ist keine bekannte Zeitzone: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2.concurrency&quot; must be a whole number from 1 to %3</source>
        <translation>%1: &quot;%2.concurrency&quot; muss eine ganze Zahl von 1 bis %3 sein</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: the bundled mapping cannot be read: %2</source>
        <translation>%1: die mitgelieferte Zuordnung kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the mapping document: %2</source>
        <translation>%1: das Zuordnungsdokument kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: &quot;ca_bundle&quot;: %2</source>
        <translation>%1: &quot;ca_bundle&quot;: %2</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Mapping::AutoMapper</name>
    <message>
        <source>same concept %1</source>
        <translation>gleiches Konzept %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>same field name</source>
        <translation>gleicher Feldname</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Mapping::FieldCatalog</name>
    <message>
        <source>convert it with a transform such as $string($)</source>
        <translation>wandeln Sie den Wert mit einer Transformation wie $string($) um</translation>
    </message>
    <message>
        <source>convert it with a transform such as $number($), or $money($, currency) for an amount</source>
        <translation>wandeln Sie den Wert mit einer Transformation wie $number($) um, oder mit $money($, currency) für einen Betrag</translation>
    </message>
    <message>
        <source>convert it with a transform such as $string($number($))</source>
        <translation>wandeln Sie den Wert mit einer Transformation wie $string($number($)) um</translation>
    </message>
    <message>
        <source>convert it with a transform such as $round($number($))</source>
        <translation>wandeln Sie den Wert mit einer Transformation wie $round($number($)) um</translation>
    </message>
    <message>
        <source>the target takes a date (YYYY-MM-DD) only; use a transform such as $substring($, 0, 10)</source>
        <translation>das Ziel erwartet nur ein Datum (YYYY-MM-DD); verwenden Sie eine Transformation wie $substring($, 0, 10)</translation>
    </message>
    <message>
        <source>the target takes a date (YYYY-MM-DD); convert it with a transform</source>
        <translation>das Ziel erwartet ein Datum (YYYY-MM-DD); wandeln Sie den Wert mit einer Transformation um</translation>
    </message>
    <message>
        <source>the target takes an ISO 8601 date and time; convert it with a transform</source>
        <translation>das Ziel erwartet Datum und Uhrzeit nach ISO 8601; wandeln Sie den Wert mit einer Transformation um</translation>
    </message>
    <message>
        <source>map a field of the same type or convert it with a transform</source>
        <translation>ordnen Sie ein Feld desselben Typs zu oder wandeln Sie den Wert mit einer Transformation um</translation>
    </message>
    <message>
        <source>the field catalog is not a JSON object: %1</source>
        <translation>der Feldkatalog ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>the field catalog has no &quot;catalog&quot; id</source>
        <translation>der Feldkatalog hat keine &quot;catalog&quot;-ID</translation>
    </message>
    <message>
        <source>%1.%2: a field needs a path and one of the known types (&quot;%3&quot; given)</source>
        <translation>%1.%2: ein Feld braucht einen Pfad und einen der bekannten Typen (angegeben: &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>no field catalog &quot;%1&quot; is built in</source>
        <translation>es ist kein Feldkatalog &quot;%1&quot; eingebaut</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Mapping::GovernanceSheet</name>
    <message>
        <source>Store → ERP</source>
        <translation>Shop → ERP</translation>
    </message>
    <message>
        <source>ERP → Store</source>
        <translation>ERP → Shop</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>in beide Richtungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Zahlungsanbieter</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Store field</source>
        <translation>Shop-Feld</translation>
    </message>
    <message>
        <source>ERP field</source>
        <translation>ERP-Feld</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Führendes System</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Nachschlagetabelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standardwert: %1</translation>
    </message>
    <message>
        <source>Field-mapping sheet: %1</source>
        <translation>Feldzuordnungsblatt: %1</translation>
    </message>
    <message>
        <source>Store: %1 (catalog %2). ERP: %3 (catalog %4).</source>
        <translation>Shop: %1 (Katalog %2). ERP: %3 (Katalog %4).</translation>
    </message>
    <message>
        <source>Tax authority: %1</source>
        <translation>Maßgeblich für Steuern: %1</translation>
    </message>
    <message>
        <source>Rounding: %1, %2</source>
        <translation>Rundung: %1, %2</translation>
    </message>
    <message>
        <source>Currency: the order&apos;s currency and exchange rate, never a default</source>
        <translation>Währung: Währung und Wechselkurs der Bestellung, nie ein Standardwert</translation>
    </message>
    <message>
        <source>Rollout stage: %1</source>
        <translation>Rollout-Phase: %1</translation>
    </message>
    <message>
        <source>the id of the record the rule &quot;%1&quot; wrote for it</source>
        <translation>die ID des Datensatzes, den die Regel „%1“ dafür geschrieben hat</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Mapping::MappingDocument</name>
    <message>
        <source>unknown key &quot;%1&quot;; remove it or check its spelling</source>
        <translation>unbekannter Schlüssel &quot;%1&quot;; entfernen Sie ihn oder prüfen Sie die Schreibweise</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; muss ein Text sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing; use one of %2</source>
        <translation>&quot;%1&quot; fehlt; verwenden Sie einen der Werte %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2; use one of %3</source>
        <translation>&quot;%1&quot; ist kein gültiger Wert für %2; verwenden Sie einen der Werte %3</translation>
    </message>
    <message>
        <source>&quot;required&quot; must be true or false</source>
        <translation>&quot;required&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>a poll needs &quot;every_minutes&quot; greater than 0</source>
        <translation>eine Abfrage braucht &quot;every_minutes&quot; größer als 0</translation>
    </message>
    <message>
        <source>a schedule needs &quot;at&quot;, as in &quot;daily 02:00&quot;</source>
        <translation>ein Zeitplan braucht &quot;at&quot;, z. B. &quot;daily 02:00&quot;</translation>
    </message>
    <message>
        <source>every entry of &quot;fields&quot; must be an object</source>
        <translation>jeder Eintrag in &quot;fields&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>poll every %1 min</source>
        <translation>Abfrage alle %1 Min.</translation>
    </message>
    <message>
        <source>schedule %1</source>
        <translation>Zeitplan %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>a mapping document is a JSON object</source>
        <translation>ein Zuordnungsdokument muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&quot;schema&quot; is missing or not a version number; this is not a LedgerLink mapping document</source>
        <translation>&quot;schema&quot; fehlt oder ist keine Versionsnummer; dies ist kein LedgerLink-Zuordnungsdokument</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this LedgerLink understands (%2); update LedgerLink to open this document</source>
        <translation>Schema-Version %1 ist neuer als die, die diese LedgerLink-Version versteht (%2); aktualisieren Sie LedgerLink, um dieses Dokument zu öffnen</translation>
    </message>
    <message>
        <source>&quot;currency&quot; must be &quot;%1&quot;: the order&apos;s currency and rate always travel with it and no default currency is assumed</source>
        <translation>&quot;currency&quot; muss &quot;%1&quot; sein: Währung und Kurs der Bestellung werden immer mitgeführt, eine Standardwährung wird nie angenommen</translation>
    </message>
    <message>
        <source>every entry must be an object</source>
        <translation>jeder Eintrag muss ein Objekt sein</translation>
    </message>
    <message>
        <source>ERP owns the catalog and prices; scheduled, plus on change</source>
        <translation>Das ERP führt Katalog und Preise; zeitgesteuert, zusätzlich bei Änderung</translation>
    </message>
    <message>
        <source>ERP (or WMS) owns stock per location; frequent</source>
        <translation>Das ERP (oder WMS) führt den Lagerbestand je Lagerort; häufig</translation>
    </message>
    <message>
        <source>Store owns customers; created in the ERP on first order</source>
        <translation>Der Shop führt die Kunden; Anlage im ERP bei der ersten Bestellung</translation>
    </message>
    <message>
        <source>Store owns orders; real time (webhook, or polling where no webhook can reach the desktop)</source>
        <translation>Der Shop führt die Bestellungen; in Echtzeit (Webhook oder Abfrage, wo kein Webhook den Desktop erreicht)</translation>
    </message>
    <message>
        <source>ERP owns invoices and credit notes; status back to the store</source>
        <translation>Das ERP führt Rechnungen und Gutschriften; Status zurück an den Shop</translation>
    </message>
    <message>
        <source>The gateway, through the store, owns payments and refunds</source>
        <translation>Der Zahlungsanbieter führt über den Shop Zahlungen und Erstattungen</translation>
    </message>
    <message>
        <source>The gateway owns payouts; each paid payout becomes a bank deposit with its fees</source>
        <translation>Der Zahlungsanbieter führt die Auszahlungen; jede ausgezahlte wird eine Bankeinzahlung mit ihren Gebühren</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Mapping::ObjectMapper</name>
    <message>
        <source>at position %1: %2 (%3)</source>
        <translation>an Position %1: %2 (%3)</translation>
    </message>
    <message>
        <source>the mapping document has no object rule &quot;%1&quot;</source>
        <translation>das Zuordnungsdokument hat keine Objektregel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1/%2: the transform does not parse %3</source>
        <translation>%1/%2: Syntaxfehler in der Transformation %3</translation>
    </message>
    <message>
        <source>the transform failed %1</source>
        <translation>Transformation fehlgeschlagen %1</translation>
    </message>
    <message>
        <source>the lookup table &quot;%1&quot; does not exist</source>
        <translation>die Nachschlagetabelle &quot;%1&quot; existiert nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no entry in the lookup table &quot;%2&quot;; add it to the table</source>
        <translation>&quot;%1&quot; hat keinen Eintrag in der Nachschlagetabelle &quot;%2&quot;; fügen Sie ihn der Tabelle hinzu</translation>
    </message>
    <message>
        <source>required, but the transform gave nothing</source>
        <translation>erforderlich, aber die Transformation hat keinen Wert ergeben</translation>
    </message>
    <message>
        <source>required, but &quot;%1&quot; is empty in the source record</source>
        <translation>erforderlich, aber &quot;%1&quot; ist im Quelldatensatz leer</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Mapping::Validator</name>
    <message>
        <source>the lookup table id &quot;%1&quot; is used twice; give each table its own id</source>
        <translation>die Nachschlagetabellen-ID &quot;%1&quot; wird doppelt verwendet; geben Sie jeder Tabelle eine eigene ID</translation>
    </message>
    <message>
        <source>the object rule id &quot;%1&quot; is used twice; give each rule its own id</source>
        <translation>die Objektregel-ID &quot;%1&quot; wird doppelt verwendet; geben Sie jeder Regel eine eigene ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not set; name the object of the %2 catalog this rule maps</source>
        <translation>&quot;%1&quot; ist nicht gesetzt; nennen Sie das Objekt des Katalogs %2, das diese Regel zuordnet</translation>
    </message>
    <message>
        <source>the %1 catalog has no object &quot;%2&quot;; use one of %3</source>
        <translation>der Katalog %1 hat kein Objekt &quot;%2&quot;; verwenden Sie eines von %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object LedgerLink syncs; use one of %2</source>
        <translation>&quot;%1&quot; ist kein Objekt, das LedgerLink synchronisiert; verwenden Sie eines von %2</translation>
    </message>
    <message>
        <source>the match key &quot;%1&quot; is mutable and would create duplicates when it changes; match on SKU, email or an external id</source>
        <translation>der Abgleichsschlüssel &quot;%1&quot; ist veränderlich und würde bei einer Änderung Duplikate erzeugen; gleichen Sie über SKU, E-Mail oder eine externe ID ab</translation>
    </message>
    <message>
        <source>the direction is none, so its %1 field mappings never run; set a direction or remove them</source>
        <translation>die Richtung ist none, daher werden ihre %1 Feldzuordnungen nie ausgeführt; legen Sie eine Richtung fest oder entfernen Sie die Zuordnungen</translation>
    </message>
    <message>
        <source>the field mapping id &quot;%1&quot; is used twice in this object; give each mapping its own id</source>
        <translation>die Feldzuordnungs-ID &quot;%1&quot; wird in diesem Objekt doppelt verwendet; geben Sie jeder Zuordnung eine eigene ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already written by field mapping &quot;%2&quot;; every field has exactly one owner, so remove one of the two mappings</source>
        <translation>&quot;%1&quot; wird bereits von der Feldzuordnung &quot;%2&quot; geschrieben; jedes Feld wird von genau einer Zuordnung geschrieben, entfernen Sie daher eine der beiden</translation>
    </message>
    <message>
        <source>the required target field &quot;%1&quot; of %2 is not mapped; map a source field to it or give it a default</source>
        <translation>das erforderliche Zielfeld &quot;%1&quot; von %2 ist nicht zugeordnet; ordnen Sie ihm ein Quellfeld zu oder geben Sie einen Standardwert an</translation>
    </message>
    <message>
        <source>the trigger &quot;%1&quot; cannot be delivered: %2 offers only %3 for %4; choose one of those</source>
        <translation>der Auslöser &quot;%1&quot; kann nicht geliefert werden: %2 bietet für %4 nur %3; wählen Sie einen davon</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the object flows both ways, so this field needs an owner; set &quot;owner&quot; to store or erp</source>
        <translation>das Objekt fließt in beide Richtungen, daher braucht dieses Feld ein führendes System; setzen Sie &quot;owner&quot; auf store oder erp</translation>
    </message>
    <message>
        <source>the field is owned by %1 but the object flows %2, so it would have two owners; remove the field&apos;s owner or make the object two-way</source>
        <translation>das Feld wird von %1 geführt, aber das Objekt hat die Richtung %2, es hätte also zwei führende Systeme; entfernen Sie das führende System des Felds oder lassen Sie das Objekt in beide Richtungen fließen</translation>
    </message>
    <message>
        <source>no target field is set; name the field this mapping writes</source>
        <translation>kein Zielfeld gesetzt; nennen Sie das Feld, das diese Zuordnung schreibt</translation>
    </message>
    <message>
        <source>the target field &quot;%1&quot; does not exist in %2 of the %3 catalog; pick a field from the catalog</source>
        <translation>das Zielfeld &quot;%1&quot; existiert nicht in %2 des Katalogs %3; wählen Sie ein Feld aus dem Katalog</translation>
    </message>
    <message>
        <source>the target field &quot;%1&quot; is read-only in %2 (the system sets it); remove this mapping</source>
        <translation>das Zielfeld &quot;%1&quot; ist in %2 schreibgeschützt (das System setzt es); entfernen Sie diese Zuordnung</translation>
    </message>
    <message>
        <source>the source field &quot;%1&quot; does not exist in %2 of the %3 catalog; pick a field from the catalog</source>
        <translation>das Quellfeld &quot;%1&quot; existiert nicht in %2 des Katalogs %3; wählen Sie ein Feld aus dem Katalog</translation>
    </message>
    <message>
        <source>nothing fills &quot;%1&quot;; set a source field, a transform or a default</source>
        <translation>&quot;%1&quot; wird von nichts befüllt; legen Sie ein Quellfeld, eine Transformation oder einen Standardwert fest</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a list element but the mapping has no source; set a source field in a list (as &quot;line_items[].sku&quot;) so that it is filled for each element</source>
        <translation>&quot;%1&quot; ist ein Listenelement, aber die Zuordnung hat keine Quelle; legen Sie ein Quellfeld in einer Liste fest (wie &quot;line_items[].sku&quot;), damit es für jedes Element befüllt wird</translation>
    </message>
    <message>
        <source>the transform does not parse %1; correct the expression</source>
        <translation>Syntaxfehler in der Transformation %1; korrigieren Sie den Ausdruck</translation>
    </message>
    <message>
        <source>the transform reads the lookup table &quot;%1&quot; at position %2, which does not exist; add it under lookup_tables or correct the name</source>
        <translation>die Transformation liest an Position %2 die Nachschlagetabelle &quot;%1&quot;, die nicht existiert; fügen Sie sie unter lookup_tables hinzu oder korrigieren Sie den Namen</translation>
    </message>
    <message>
        <source>the lookup table &quot;%1&quot; does not exist; add it under lookup_tables or correct the name</source>
        <translation>die Nachschlagetabelle &quot;%1&quot; existiert nicht; fügen Sie sie unter lookup_tables hinzu oder korrigieren Sie den Namen</translation>
    </message>
    <message>
        <source>type mismatch: &quot;%1&quot; is %2 but &quot;%3&quot; takes %4; %5</source>
        <translation>Typkonflikt: &quot;%1&quot; ist %2, aber &quot;%3&quot; erwartet %4; %5</translation>
    </message>
    <message>
        <source>the store writes a catalog price while the ERP owns the catalog (object rule &quot;%1&quot;); prices will drift apart: let the ERP own the price, or accept this knowingly</source>
        <translation>der Shop schreibt einen Katalogpreis, obwohl das ERP den Katalog führt (Objektregel &quot;%1&quot;); die Preise werden auseinanderlaufen: lassen Sie das ERP den Preis führen oder nehmen Sie dies bewusst in Kauf</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is filled from &quot;%2&quot; by field mapping &quot;%3&quot;; one target list takes its elements from one source list, so map &quot;%4&quot; into another list, append its elements after the first list&apos;s (&quot;[+]&quot;) or build the whole list with a transform</source>
        <translation>&quot;%1&quot; wird aus &quot;%2&quot; durch die Feldzuordnung &quot;%3&quot; befüllt; eine Zielliste nimmt ihre Elemente aus einer Quellliste, also &quot;%4&quot; in eine andere Liste zuordnen, ihre Elemente nach denen der ersten Liste anhängen (&quot;[+]&quot;) oder die ganze Liste mit einer Transformation bauen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;[+]&quot; appends to a target list; a source list is read with &quot;[]&quot;</source>
        <translation>&quot;%1&quot;: &quot;[+]&quot; hängt an eine Zielliste an; eine Quellliste wird mit &quot;[]&quot; gelesen</translation>
    </message>
    <message>
        <source>&quot;split&quot;: &quot;vendor&quot; is for order rules with direction store_to_erp; this rule is %1 with direction %2</source>
        <translation>&quot;split&quot;: &quot;vendor&quot; gilt für Bestellregeln mit der Richtung store_to_erp; diese Regel ist %1 mit der Richtung %2</translation>
    </message>
    <message>
        <source>&quot;split&quot;: &quot;vendor&quot; needs the vendor of each line, and the %1 catalog&apos;s &quot;%2&quot; has none</source>
        <translation>&quot;split&quot;: &quot;vendor&quot; braucht den Händler jeder Position, und &quot;%2&quot; im Katalog %1 hat keinen</translation>
    </message>
    <message>
        <source>&quot;linked&quot; names the rule &quot;%1&quot;, which the document does not have; name the rule whose written records this field refers to (as &quot;order&quot;)</source>
        <translation>„linked“ nennt die Regel „%1“, die das Dokument nicht hat; nennen Sie die Regel, auf deren geschriebene Datensätze sich dieses Feld bezieht (etwa „order“)</translation>
    </message>
    <message>
        <source>&quot;linked&quot; names this field&apos;s own rule &quot;%1&quot;; name the rule whose written records this field refers to</source>
        <translation>„linked“ nennt die eigene Regel „%1“ dieses Felds; nennen Sie die Regel, auf deren geschriebene Datensätze sich dieses Feld bezieht</translation>
    </message>
    <message>
        <source>&quot;linked&quot; names the rule &quot;%1&quot;, which writes %2; a link is made only to records written in this rule&apos;s direction (%3)</source>
        <translation>„linked“ nennt die Regel „%1“, die %2 schreibt; verknüpft wird nur mit Datensätzen, die in der Richtung dieser Regel (%3) geschrieben werden</translation>
    </message>
    <message>
        <source>the order rule&apos;s fields cannot be linked: orders are mapped before the other rules write; link from the other rule instead (as a payment&apos;s &quot;Invoice.InvoiceID&quot; linked to &quot;order&quot;)</source>
        <translation>die Felder der Bestellregel können nicht verknüpft werden: Bestellungen werden zugeordnet, bevor die anderen Regeln schreiben; verknüpfen Sie stattdessen von der anderen Regel aus (etwa „Invoice.InvoiceID“ einer Zahlung mit „order“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; are not both list elements; map an element field to an element field (a single value fills a list only when nothing else fills it element by element), or build the list with a transform</source>
        <translation>&quot;%1&quot; und &quot;%2&quot; sind nicht beide Listenelemente; ordnen Sie ein Elementfeld einem Elementfeld zu (ein einzelner Wert füllt eine Liste nur, wenn nichts anderes sie Element für Element füllt), oder bauen Sie die Liste mit einer Transformation</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Net::BusinessCentral</name>
    <message>
        <source>Could not list the companies: %1</source>
        <translation>Die Mandanten konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1 refused the new access token when listing the companies (HTTP 401): check that the app has the Dynamics 365 Business Central permission, then sign in again.</source>
        <translation>%1 hat das neue Zugriffstoken beim Auflisten der Mandanten abgelehnt (HTTP 401): prüfen Sie, ob die App die Berechtigung für Dynamics 365 Business Central hat, und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 has no company list at %2 (HTTP 404): check the base URL&apos;s tenant and environment.</source>
        <translation>%1 hat unter %2 keine Mandantenliste (HTTP 404): prüfen Sie Tenant und Umgebung in der Basis-URL.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 when listing the companies.</source>
        <translation>%1 antwortete beim Auflisten der Mandanten mit HTTP %2.</translation>
    </message>
    <message>
        <source>%1 did not answer the company list with an OData collection.</source>
        <translation>%1 hat die Mandantenliste nicht als OData-Sammlung beantwortet.</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Net::HttpClient</name>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>refused: the rollout stage %1 does not allow writes to the %2</source>
        <translation>abgelehnt: die Rollout-Phase %1 erlaubt keine Schreibvorgänge (Ziel: %2)</translation>
    </message>
    <message>
        <source>Not sent: the rate limit allows the next request to %1 in %2 s.</source>
        <translation>Nicht gesendet: Das Ratenlimit erlaubt die nächste Anfrage an %1 in %2 s.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 ms.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 ms.</translation>
    </message>
    <message>
        <source>No HTTP answer from %1: %2</source>
        <translation>Keine HTTP-Antwort von %1: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <source>The host name %1 cannot be resolved (DNS): check the address of the connection and this computer&apos;s network.</source>
        <translation>Der Hostname %1 lässt sich nicht auflösen (DNS): prüfen Sie die Adresse der Verbindung und das Netzwerk dieses Computers.</translation>
    </message>
    <message>
        <source>%1: cannot read the certificate authority bundle: %2</source>
        <translation>%1: das Bündel der Zertifizierungsstellen kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>%1: enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----)</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off: the connection ended after HTTP %2 and %3 bytes of its body.</source>
        <translation>Die Antwort von %1 wurde abgeschnitten: die Verbindung endete nach HTTP %2 und %3 Bytes ihres Bodys.</translation>
    </message>
    <message>
        <source>The answer from %1 was not complete within %2 ms.</source>
        <translation>Die Antwort von %1 war nicht innerhalb von %2 ms vollständig.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted (%2). LedgerLink never turns certificate checks off: if the server uses a private certificate authority, add its certificate with the %3 environment variable or &quot;ca_bundle&quot; in connections.json.</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut (%2). LedgerLink schaltet Zertifikatsprüfungen nie ab: wenn der Server eine private Zertifizierungsstelle verwendet, fügen Sie deren Zertifikat mit der Umgebungsvariablen %3 oder &quot;ca_bundle&quot; in connections.json hinzu.</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Net::OAuth2SignIn</name>
    <message>
        <source>%1 refused the sign-in&apos;s code or token (%2): sign in again.</source>
        <translation>%1 hat den Code oder das Token der Anmeldung abgelehnt (%2): melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 does not know this app (%2): check the client id.</source>
        <translation>%1 kennt diese App nicht (%2): prüfen Sie die Client-ID.</translation>
    </message>
    <message>
        <source>%1 refused the token request (HTTP %2, %3).</source>
        <translation>%1 hat die Token-Anfrage abgelehnt (HTTP %2, %3).</translation>
    </message>
    <message>
        <source>%1 answered the token request with HTTP %2.</source>
        <translation>%1 hat die Token-Anfrage mit HTTP %2 beantwortet.</translation>
    </message>
    <message>
        <source>No answer from the browser after %1 min: the sign-in was stopped. Start it again when you are ready.</source>
        <translation>Nach %1 Min. keine Antwort vom Browser: die Anmeldung wurde beendet. Starten Sie sie erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>The sign-in is not configured: the authorization URL, token URL or client id is missing.</source>
        <translation>Die Anmeldung ist nicht konfiguriert: Autorisierungs-URL, Token-URL oder Client-ID fehlt.</translation>
    </message>
    <message>
        <source>LedgerLink received the answer. You can close this tab and go back to LedgerLink.</source>
        <translation>LedgerLink hat die Antwort erhalten. Sie können diesen Tab schließen und zu LedgerLink zurückkehren.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 (port %1) for the browser&apos;s answer: close the program using it and try again.</source>
        <translation>Auf 127.0.0.1 (Port %1) kann nicht auf die Antwort des Browsers gewartet werden: schließen Sie das Programm, das den Port belegt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in (no details given): sign in again.</source>
        <translation>%1 hat die Anmeldung abgelehnt (ohne nähere Angaben): melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in did not complete: %1 Go back to LedgerLink.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen: %1 Kehren Sie zu LedgerLink zurück.</translation>
    </message>
    <message>
        <source>Access was not granted at %1 (%2): LedgerLink can only connect once you allow it there.</source>
        <translation>Bei %1 wurde kein Zugriff gewährt (%2): LedgerLink kann sich erst verbinden, wenn Sie es dort erlauben.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in request (%2).</source>
        <translation>%1 hat die Anmeldeanfrage abgelehnt (%2).</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in (its state does not match); it was ignored. Sign in again.</source>
        <translation>Der Browser kam mit einer Antwort zurück, die nicht zu dieser Anmeldung gehört (ihr state stimmt nicht überein); sie wurde ignoriert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 sent the browser back without a code: sign in again.</source>
        <translation>%1 hat den Browser ohne Code zurückgeschickt: melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s to the token request: try again.</source>
        <translation>Keine Antwort von %1 auf die Token-Anfrage innerhalb von %2 s: versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No answer from %1 to the token request: %2</source>
        <translation>Keine Antwort von %1 auf die Token-Anfrage: %2</translation>
    </message>
    <message>
        <source>%1 answered the token request without an access token.</source>
        <translation>%1 hat die Token-Anfrage ohne Zugriffstoken beantwortet.</translation>
    </message>
    <message>
        <source>No refresh token is stored for this connection: sign in again.</source>
        <translation>Für diese Verbindung ist kein Refresh-Token gespeichert: melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>No answer from %1 to the token refresh: %2</source>
        <translation>Keine Antwort von %1 auf die Token-Aktualisierung: %2</translation>
    </message>
    <message>
        <source>%1 answered the token refresh without an access token.</source>
        <translation>%1 hat die Token-Aktualisierung ohne Zugriffstoken beantwortet.</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Net::WebhookReceiver</name>
    <message>
        <source>The webhook body has %1 bytes or more, more than the limit of %2.</source>
        <translation>Der Webhook-Body hat %1 Bytes oder mehr, mehr als das Limit von %2.</translation>
    </message>
    <message>
        <source>Cannot listen for webhooks on %1 port %2: %3</source>
        <translation>Webhooks können auf %1, Port %2 nicht empfangen werden: %3</translation>
    </message>
    <message>
        <source>The %1 webhook body has %2 bytes, more than the limit of %3.</source>
        <translation>Der %1-Webhook-Body hat %2 Bytes, mehr als das Limit von %3.</translation>
    </message>
    <message>
        <source>WooCommerce&apos;s webhook creation ping was answered.</source>
        <translation>Der Ping von WooCommerce beim Anlegen des Webhooks wurde beantwortet.</translation>
    </message>
    <message>
        <source>No webhook secret is configured for %1.</source>
        <translation>Für %1 ist kein Webhook-Secret konfiguriert.</translation>
    </message>
    <message>
        <source>The %1 webhook body is not valid JSON: %2 at byte %3.</source>
        <translation>Der %1-Webhook-Body ist kein gültiges JSON: %2 bei Byte %3.</translation>
    </message>
    <message>
        <source>The %1 webhook has no event id (header %2).</source>
        <translation>Der %1-Webhook hat keine Ereignis-ID (Header %2).</translation>
    </message>
    <message>
        <source>The Xero webhook body has no &quot;events&quot; list.</source>
        <translation>Der Xero-Webhook-Body hat keine Liste &quot;events&quot;.</translation>
    </message>
    <message>
        <source>Xero&apos;s intent-to-receive check was answered.</source>
        <translation>Die Intent-to-Receive-Prüfung von Xero wurde beantwortet.</translation>
    </message>
    <message>
        <source>A Xero webhook event has neither an eventId nor a resourceId and eventDateUtc.</source>
        <translation>Ein Xero-Webhook-Ereignis hat weder eine eventId noch resourceId und eventDateUtc.</translation>
    </message>
    <message>
        <source>The state store could not be read; please deliver again.</source>
        <translation>Der Zustandsspeicher konnte nicht gelesen werden; bitte erneut zustellen.</translation>
    </message>
    <message>
        <source>Event %1 was received before; nothing was enqueued.</source>
        <translation>Ereignis %1 wurde bereits empfangen; nichts wurde eingereiht.</translation>
    </message>
    <message>
        <source>The state store could not enqueue the event; please deliver again.</source>
        <translation>Der Zustandsspeicher konnte das Ereignis nicht einreihen; bitte erneut zustellen.</translation>
    </message>
    <message>
        <source>Every event of this delivery was received before; nothing was enqueued.</source>
        <translation>Alle Ereignisse dieser Zustellung wurden bereits empfangen; nichts wurde eingereiht.</translation>
    </message>
    <message>
        <source>The job queue holds %1 webhook events not yet run (capacity %2); nothing was enqueued, please deliver again in %3 seconds.</source>
        <translation>Die Job-Warteschlange enthält %1 noch nicht ausgeführte Webhook-Ereignisse (Kapazität %2); nichts wurde eingereiht, bitte in %3 Sekunden erneut zustellen.</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Net::WebhookSignature</name>
    <message>
        <source>signature missing</source>
        <translation>Signatur fehlt</translation>
    </message>
    <message>
        <source>signature is not base64</source>
        <translation>Signatur ist nicht base64-kodiert</translation>
    </message>
    <message>
        <source>signature does not match: the body or the secret differs</source>
        <translation>Signatur stimmt nicht überein: Body oder Secret weichen ab</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Net::Xero</name>
    <message>
        <source>Could not list the organisations: %1</source>
        <translation>Die Organisationen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1 refused the new access token when listing the organisations (HTTP 401): sign in again.</source>
        <translation>%1 hat beim Auflisten der Organisationen das neue Zugriffstoken abgelehnt (HTTP 401): melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 when listing the organisations.</source>
        <translation>%1 hat beim Auflisten der Organisationen mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 did not answer the organisation list with a JSON array.</source>
        <translation>%1 hat die Organisationsliste nicht mit einem JSON-Array beantwortet.</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Net::Zoho</name>
    <message>
        <source>Could not list the Zoho Books organizations: %1</source>
        <translation>Die Zoho-Books-Organisationen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1 refused the new access token when listing the organizations (HTTP 401%2): the token may belong to another data centre than the base URL&apos;s; sign in again.</source>
        <translation>%1 hat das neue Zugriffstoken beim Auflisten der Organisationen abgelehnt (HTTP 401%2): das Token gehört möglicherweise zu einem anderen Rechenzentrum als die Basis-URL; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 when listing the organizations%3.</source>
        <translation>%1 hat beim Auflisten der Organisationen mit HTTP %2 geantwortet%3.</translation>
    </message>
    <message>
        <source>%1 did not answer with a list of organizations.</source>
        <translation>%1 hat nicht mit einer Liste von Organisationen geantwortet.</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Sandbox</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation>Die Sandbox läuft bereits.</translation>
    </message>
    <message>
        <source>Cannot create the sandbox data folder &quot;%1&quot;.</source>
        <translation>Der Sandbox-Datenordner &quot;%1&quot; kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the sandbox store&apos;s database: %1</source>
        <translation>Die Datenbank des Sandbox-Shops kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot open the sandbox books&apos; database: %1</source>
        <translation>Die Datenbank der Sandbox-Buchhaltung kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The sandbox seed resources are missing from this build.</source>
        <translation>Die Startdaten der Sandbox fehlen in diesem Build.</translation>
    </message>
    <message>
        <source>Cannot seed the sandbox store: %1</source>
        <translation>Der Sandbox-Shop kann nicht mit Startdaten befüllt werden: %1</translation>
    </message>
    <message>
        <source>Cannot seed the sandbox books: %1</source>
        <translation>Die Sandbox-Buchhaltung kann nicht mit Startdaten befüllt werden: %1</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 for the sandbox store: %2</source>
        <translation>Der Sandbox-Shop kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 for the sandbox books: %2</source>
        <translation>Die Sandbox-Buchhaltung kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Secrets::CredentialStore</name>
    <message>
        <source>The keychain has no entry &quot;%1&quot;.</source>
        <translation>Der Schlüsselbund hat keinen Eintrag &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The system keychain is not available for &quot;%1&quot;: %2</source>
        <translation>Der System-Schlüsselbund ist für &quot;%1&quot; nicht verfügbar: %2</translation>
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
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::AutoMapDialog</name>
    <message>
        <source>Auto-map</source>
        <translation>Automatisch zuordnen</translation>
    </message>
    <message>
        <source>Auto-map has nothing to propose: every target it can match is mapped.</source>
        <translation>Die automatische Zuordnung hat keine Vorschläge: Jedes Ziel, das sie erkennen kann, ist bereits zugeordnet.</translation>
    </message>
    <message>
        <source>Auto-map proposes these lines. Check the ones to draw; the likely ones are checked already.</source>
        <translation>Die automatische Zuordnung schlägt diese Linien vor. Markieren Sie die Linien, die gezogen werden sollen; die wahrscheinlichen sind bereits markiert.</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Quellfeld</translation>
    </message>
    <message>
        <source>Target field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>%1; needs a transform (the types differ)</source>
        <translation>%1; braucht eine Transformation (die Typen unterscheiden sich)</translation>
    </message>
    <message>
        <source>Draw the checked lines</source>
        <translation>Markierte Linien ziehen</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::BusinessCentralSignIn</name>
    <message>
        <source>Enter the base URL first: signing in needs to know the Business Central environment.</source>
        <translation>Geben Sie zuerst die Basis-URL ein: die Anmeldung muss die Business-Central-Umgebung kennen.</translation>
    </message>
    <message>
        <source>This build of LedgerLink has no client id for the Microsoft sign-in (set LEDGERLINK_BUSINESSCENTRAL_CLIENT_ID to the application (client) id of your Microsoft Entra app registration); paste an access token meanwhile.</source>
        <translation>Dieser Build von LedgerLink hat keine Client-ID für die Microsoft-Anmeldung (setzen Sie LEDGERLINK_BUSINESSCENTRAL_CLIENT_ID auf die Anwendungs-ID (Client-ID) Ihrer App-Registrierung in Microsoft Entra); fügen Sie bis dahin ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in with your Microsoft work account there and accept LedgerLink&apos;s access; LedgerLink continues by itself.</source>
        <translation>Warten auf den Browser … Melden Sie sich dort mit Ihrem Microsoft-Geschäftskonto an und erlauben Sie LedgerLink den Zugriff; LedgerLink fährt von selbst fort.</translation>
    </message>
    <message>
        <source>The browser could not be opened: open &lt;a href=&quot;%1&quot;&gt;Microsoft&apos;s sign-in page&lt;/a&gt; yourself (right-click to copy the link), sign in there and accept LedgerLink&apos;s access.</source>
        <translation>Der Browser konnte nicht geöffnet werden: öffnen Sie &lt;a href=&quot;%1&quot;&gt;die Anmeldeseite von Microsoft&lt;/a&gt; selbst (Rechtsklick, um den Link zu kopieren), melden Sie sich dort an und erlauben Sie LedgerLink den Zugriff.</translation>
    </message>
    <message>
        <source>Opening Microsoft&apos;s sign-in page in the browser…</source>
        <translation>Die Anmeldeseite von Microsoft wird im Browser geöffnet …</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Signed in with Microsoft; listing the environment&apos;s companies…</source>
        <translation>Bei Microsoft angemeldet; die Mandanten der Umgebung werden aufgelistet …</translation>
    </message>
    <message>
        <source>Signed in, but the environment lists no company this account may use: nothing was stored. Check the base URL&apos;s environment and the user&apos;s permissions.</source>
        <translation>Angemeldet, aber die Umgebung listet keinen Mandanten, den dieses Konto verwenden darf: nichts wurde gespeichert. Prüfen Sie die Umgebung in der Basis-URL und die Berechtigungen des Benutzers.</translation>
    </message>
    <message>
        <source>Choose the company this connection syncs with.</source>
        <translation>Wählen Sie den Mandanten, mit dem diese Verbindung synchronisiert.</translation>
    </message>
    <message>
        <source>Choose the Business Central company</source>
        <translation>Business-Central-Mandanten wählen</translation>
    </message>
    <message>
        <source>This Business Central environment has %1 companies. Which one does this connection sync with?</source>
        <translation>Diese Business-Central-Umgebung hat %1 Mandanten. Mit welchem synchronisiert diese Verbindung?</translation>
    </message>
    <message>
        <source>Company id %1</source>
        <translation>Mandanten-ID %1</translation>
    </message>
    <message>
        <source>Use this company</source>
        <translation>Diesen Mandanten verwenden</translation>
    </message>
    <message>
        <source>No company chosen: nothing was stored. Sign in again to choose one.</source>
        <translation>Kein Mandant gewählt: nichts wurde gespeichert. Melden Sie sich erneut an, um einen zu wählen.</translation>
    </message>
    <message>
        <source>Storing the tokens for %1 in the keychain…</source>
        <translation>Die Tokens für %1 werden im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>Signed in to Business Central, but the keychain did not store the tokens: %1. Nothing was saved anywhere else; unlock the keychain and sign in again.</source>
        <translation>Bei Business Central angemeldet, aber der Schlüsselbund hat die Tokens nicht gespeichert: %1. Nirgends sonst wurde etwas gespeichert; entsperren Sie den Schlüsselbund und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Signed in to the Business Central company “%1”. The access and refresh tokens are in the keychain; save to keep the company id.</source>
        <translation>Beim Business-Central-Mandanten „%1“ angemeldet. Zugriffs- und Aktualisierungstoken liegen im Schlüsselbund; speichern Sie, um die Mandanten-ID zu behalten.</translation>
    </message>
    <message>
        <source>Signed in to the Business Central company “%1”. The access token is in the keychain (Microsoft gave no refresh token: sign in again in an hour). Save to keep the company id.</source>
        <translation>Beim Business-Central-Mandanten „%1“ angemeldet. Das Zugriffstoken liegt im Schlüsselbund (Microsoft hat kein Aktualisierungstoken ausgegeben: melden Sie sich in einer Stunde erneut an). Speichern Sie, um die Mandanten-ID zu behalten.</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::ConnectionHealthPanel</name>
    <message>
        <source>The sandbox is not running: it starts with the first sync or dry run.</source>
        <translation>Die Sandbox läuft nicht: Sie startet mit der ersten Synchronisierung oder dem ersten Probelauf.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Checking the connections…</source>
        <translation>Verbindungen werden geprüft…</translation>
    </message>
    <message>
        <source>Sandbox store</source>
        <translation>Sandbox-Shop</translation>
    </message>
    <message>
        <source>Store (%1)</source>
        <translation>Shop (%1)</translation>
    </message>
    <message>
        <source>Sandbox books</source>
        <translation>Sandbox-Buchhaltung</translation>
    </message>
    <message>
        <source>ERP (%1)</source>
        <translation>ERP (%1)</translation>
    </message>
    <message>
        <source>✗ %1: no access token in the keychain for this connection; add it where the connection is set up.</source>
        <translation>✗ %1: kein Zugriffstoken für diese Verbindung im Schlüsselbund; fügen Sie es dort hinzu, wo die Verbindung eingerichtet wird.</translation>
    </message>
    <message>
        <source>Checked at %1; again every %2 minutes while this page is shown.</source>
        <translation>Geprüft um %1; erneut alle %2 Minuten, solange diese Seite angezeigt wird.</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::ConnectionsPage</name>
    <message>
        <source>Connect real systems…</source>
        <translation>Echte Systeme verbinden…</translation>
    </message>
    <message>
        <source>The studio&apos;s own sandbox workspace stays a sandbox: open a folder of your own with &quot;ledgerlink --workspace &lt;folder&gt;&quot;</source>
        <translation>Der eigene Sandbox-Arbeitsbereich des Studios bleibt eine Sandbox: Öffnen Sie einen eigenen Ordner mit &quot;ledgerlink --workspace &lt;Ordner&gt;&quot;</translation>
    </message>
    <message>
        <source>Configure this folder&apos;s store and ERP connections</source>
        <translation>Die Shop- und ERP-Verbindungen dieses Ordners einrichten</translation>
    </message>
    <message>
        <source>Save connections</source>
        <translation>Verbindungen speichern</translation>
    </message>
    <message>
        <source>Writes connections.json (no secrets) and puts the typed access tokens and webhook secrets into the OS keychain</source>
        <translation>Schreibt connections.json (ohne Secrets) und legt die eingegebenen Zugriffstokens und Webhook-Secrets im Schlüsselbund des Betriebssystems ab</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>ERP / accounting</source>
        <translation>ERP / Buchhaltung</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <source>Webhook secret:</source>
        <translation>Webhook-Secret:</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Checks reachability, the credentials, their permissions and the rate-limit budget with read requests only</source>
        <translation>Prüft Erreichbarkeit, Zugangsdaten, deren Berechtigungen und das Ratenlimit-Kontingent – nur mit Leseanfragen</translation>
    </message>
    <message>
        <source>Sign-in flows come with the connectors; paste an access token meanwhile</source>
        <translation>Anmeldeabläufe kommen mit den Connectors; fügen Sie bis dahin ein Zugriffstoken ein</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Shop domain:</source>
        <translation>Shop-Domain:</translation>
    </message>
    <message>
        <source>my-shop.myshopify.com</source>
        <translation>my-shop.myshopify.com</translation>
    </message>
    <message>
        <source>Tenant id:</source>
        <translation>Tenant-ID:</translation>
    </message>
    <message>
        <source>the organisation&apos;s tenant id (a GUID)</source>
        <translation>die Tenant-ID der Organisation (eine GUID)</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8123 (ledgerlink-cli sandbox serve)</source>
        <translation>z. B. http://127.0.0.1:8123 (ledgerlink-cli sandbox serve)</translation>
    </message>
    <message>
        <source>Connections — sandbox workspace</source>
        <translation>Verbindungen — Sandbox-Arbeitsbereich</translation>
    </message>
    <message>
        <source>This workspace rehearses against LedgerLink&apos;s bundled sandbox store and sandbox books, with fixed test credentials that are not secrets; nothing here can be edited. %1</source>
        <translation>Dieser Arbeitsbereich probt mit dem mitgelieferten Sandbox-Shop und der Sandbox-Buchhaltung von LedgerLink, mit festen Test-Zugangsdaten, die nicht geheim sind; hier kann nichts bearbeitet werden. %1</translation>
    </message>
    <message>
        <source>To connect real systems, open a folder of your own with &quot;ledgerlink --workspace &lt;folder&gt;&quot;.</source>
        <translation>Um echte Systeme zu verbinden, öffnen Sie einen eigenen Ordner mit &quot;ledgerlink --workspace &lt;Ordner&gt;&quot;.</translation>
    </message>
    <message>
        <source>&quot;Connect real systems…&quot; turns this folder into a workspace of your own.</source>
        <translation>„Echte Systeme verbinden…“ macht diesen Ordner zu einem eigenen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Saved in %1; the access tokens and webhook secrets are in the OS keychain only.</source>
        <translation>Gespeichert in %1; die Zugriffstokens und Webhook-Secrets liegen nur im Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <source>This folder has no connections yet: fill in both sides and save. Until then it works as a sandbox workspace.</source>
        <translation>Dieser Ordner hat noch keine Verbindungen: Füllen Sie beide Seiten aus und speichern Sie. Bis dahin arbeitet er als Sandbox-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>started by LedgerLink when needed</source>
        <translation>wird bei Bedarf von LedgerLink gestartet</translation>
    </message>
    <message>
        <source>Signs in with the system and fills in the access token</source>
        <translation>Meldet sich beim System an und trägt das Zugriffstoken ein</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. %1.</source>
        <translation>Geben Sie die Basis-URL ein, z. B. %1.</translation>
    </message>
    <message>
        <source>Not a web address: enter it in full, starting with https://.</source>
        <translation>Keine Webadresse: Geben Sie sie vollständig ein, beginnend mit https://.</translation>
    </message>
    <message>
        <source>A production connection must use https://.</source>
        <translation>Eine Produktionsverbindung muss https:// verwenden.</translation>
    </message>
    <message>
        <source>Enter the Xero tenant id of the organisation.</source>
        <translation>Geben Sie die Xero-Tenant-ID der Organisation ein.</translation>
    </message>
    <message>
        <source>A Xero tenant id looks like 00000000-0000-0000-0000-000000000000.</source>
        <translation>Eine Xero-Tenant-ID sieht so aus: 00000000-0000-0000-0000-000000000000.</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s domain, e.g. my-shop.myshopify.com.</source>
        <translation>Geben Sie die Domain des Shops ein, z. B. my-shop.myshopify.com.</translation>
    </message>
    <message>
        <source>A shop domain looks like my-shop.myshopify.com.</source>
        <translation>Eine Shop-Domain sieht so aus: my-shop.myshopify.com.</translation>
    </message>
    <message>
        <source>Enter the account.</source>
        <translation>Geben Sie das Konto ein.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the marked fields.</source>
        <translation>Es wurde nichts gespeichert: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>The connections were not saved: %1</source>
        <translation>Die Verbindungen wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>No secret was typed; the keychain keeps what it holds.</source>
        <translation>Es wurde kein Secret eingegeben; der Schlüsselbund behält seinen bisherigen Inhalt.</translation>
    </message>
    <message>
        <source>Storing the secrets in the keychain…</source>
        <translation>Secrets werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The keychain did not store: %1. Those secrets were not saved anywhere; unlock the keychain and save again.</source>
        <translation>Der Schlüsselbund hat nicht gespeichert: %1. Diese Secrets wurden nirgends gespeichert; entsperren Sie den Schlüsselbund und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>The secrets are in the OS keychain.</source>
        <translation>Die Secrets liegen im Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <source>the sandbox&apos;s fixed test token</source>
        <translation>festes Test-Token der Sandbox</translation>
    </message>
    <message>
        <source>the sandbox&apos;s fixed test secret</source>
        <translation>festes Test-Secret der Sandbox</translation>
    </message>
    <message>
        <source>saved in the keychain; type to replace</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>not in the keychain yet</source>
        <translation>noch nicht im Schlüsselbund</translation>
    </message>
    <message>
        <source>optional; not in the keychain yet</source>
        <translation>optional; noch nicht im Schlüsselbund</translation>
    </message>
    <message>
        <source>Secrets are stored in the OS keychain only, never in a file, and are never shown again.</source>
        <translation>Secrets werden nur im Schlüsselbund des Betriebssystems gespeichert, nie in einer Datei, und nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>Reading the access token from the keychain…</source>
        <translation>Zugriffstoken wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>No access token for this connection in the keychain: type it above (and save) first.</source>
        <translation>Kein Zugriffstoken für diese Verbindung im Schlüsselbund: Geben Sie es zuerst oben ein (und speichern Sie).</translation>
    </message>
    <message>
        <source>The keychain cannot be read (%1).</source>
        <translation>Der Schlüsselbund kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Reachable: the server answered (HTTP %1)</source>
        <translation>Erreichbar: Der Server hat geantwortet (HTTP %1)</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Authenticated: not tried</source>
        <translation>Authentifiziert: nicht versucht</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authentifiziert</translation>
    </message>
    <message>
        <source>Authenticated: %1</source>
        <translation>Authentifiziert: %1</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>Nicht authentifiziert</translation>
    </message>
    <message>
        <source>Permissions: not tried</source>
        <translation>Berechtigungen: nicht versucht</translation>
    </message>
    <message>
        <source>Permissions missing: %1</source>
        <translation>Fehlende Berechtigungen: %1</translation>
    </message>
    <message>
        <source>Permissions: refused</source>
        <translation>Berechtigungen: verweigert</translation>
    </message>
    <message>
        <source>Permissions: everything LedgerLink needs</source>
        <translation>Berechtigungen: alles, was LedgerLink braucht</translation>
    </message>
    <message>
        <source>Permissions: not listed by the system; the reads worked</source>
        <translation>Berechtigungen: vom System nicht aufgelistet; die Lesezugriffe haben funktioniert</translation>
    </message>
    <message>
        <source>Rate-limit budget: %1 of %2 requests left</source>
        <translation>Ratenlimit-Kontingent: %1 von %2 Anfragen übrig</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Rate-limit budget: unknown</source>
        <translation>Ratenlimit-Kontingent: unbekannt</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Signed in: save to store the access token in the keychain.</source>
        <translation>Angemeldet: Speichern Sie, um das Zugriffstoken im Schlüsselbund abzulegen.</translation>
    </message>
    <message>
        <source>Restart the studio so that every page works with these connections instead of the sandbox.</source>
        <translation>Starten Sie das Studio neu, damit alle Seiten mit diesen Verbindungen statt mit der Sandbox arbeiten.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stops waiting for the browser; nothing is stored</source>
        <translation>Beendet das Warten auf den Browser; es wird nichts gespeichert</translation>
    </message>
    <message>
        <source>Site name:</source>
        <translation>Name der Website:</translation>
    </message>
    <message>
        <source>optional: how the shop is named in LedgerLink</source>
        <translation>optional: wie der Shop in LedgerLink heißt</translation>
    </message>
    <message>
        <source>REST API key:</source>
        <translation>REST-API-Schlüssel:</translation>
    </message>
    <message>
        <source>Administrator:</source>
        <translation>Administrator:</translation>
    </message>
    <message>
        <source>the user name LedgerLink signs in with</source>
        <translation>der Benutzername, mit dem sich LedgerLink anmeldet</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>the Tryton user LedgerLink signs in as</source>
        <translation>der Tryton-Benutzer, als der sich LedgerLink anmeldet</translation>
    </message>
    <message>
        <source>Signs in with Xero in your browser, stores the access and refresh tokens in the keychain and fills in the tenant id</source>
        <translation>Meldet sich in Ihrem Browser bei Xero an, speichert Zugriffs- und Refresh-Token im Schlüsselbund und trägt die Tenant-ID ein</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>consumer_key:consumer_secret; not in the keychain yet</source>
        <translation>consumer_key:consumer_secret; noch nicht im Schlüsselbund</translation>
    </message>
    <message>
        <source>Realm id:</source>
        <translation>Realm-ID:</translation>
    </message>
    <message>
        <source>the company&apos;s realm id (digits), e.g. 1185883450</source>
        <translation>die Realm-ID der Firma (Ziffern), z. B. 1185883450</translation>
    </message>
    <message>
        <source>The QuickBooks company id (Intuit calls it the realm id); &quot;Sign in…&quot; fills it in</source>
        <translation>Die QuickBooks-Firmen-ID (Intuit nennt sie Realm-ID); &quot;Anmelden …&quot; trägt sie ein</translation>
    </message>
    <message>
        <source>Verifier token:</source>
        <translation>Verifier-Token:</translation>
    </message>
    <message>
        <source>https://quickbooks.api.intuit.com for real companies, https://sandbox-quickbooks.api.intuit.com for Intuit&apos;s sandbox companies (development keys)</source>
        <translation>https://quickbooks.api.intuit.com für echte Firmen, https://sandbox-quickbooks.api.intuit.com für die Sandbox-Firmen von Intuit (Entwicklungsschlüssel)</translation>
    </message>
    <message>
        <source>Company id:</source>
        <translation>Mandanten-ID:</translation>
    </message>
    <message>
        <source>the company&apos;s id (a GUID; GET …/api/v2.0/companies lists them)</source>
        <translation>die ID des Mandanten (eine GUID; GET …/api/v2.0/companies listet sie)</translation>
    </message>
    <message>
        <source>The Business Central company this connection syncs with; &quot;Sign in…&quot; lists the environment&apos;s companies and fills it in</source>
        <translation>Der Business-Central-Mandant, mit dem diese Verbindung synchronisiert; &quot;Anmelden …&quot; listet die Mandanten der Umgebung und trägt ihn ein</translation>
    </message>
    <message>
        <source>The environment&apos;s API root, up to &quot;.../api&quot;: https://api.businesscentral.dynamics.com/v2.0/&lt;tenant id&gt;/&lt;environment name&gt;/api, e.g. …/v2.0/&lt;tenant id&gt;/production/api or …/sandbox/api. The tenant id (or the tenant&apos;s domain) also names the directory Microsoft signs you in to; without it any work account&apos;s tenant is taken.</source>
        <translation>Der API-Stamm der Umgebung bis &quot;.../api&quot;: https://api.businesscentral.dynamics.com/v2.0/&lt;Tenant-ID&gt;/&lt;Umgebungsname&gt;/api, z. B. …/v2.0/&lt;Tenant-ID&gt;/production/api oder …/sandbox/api. Die Tenant-ID (oder die Domäne des Tenants) nennt auch das Verzeichnis, bei dem Microsoft Sie anmeldet; ohne sie wird der Tenant jedes Geschäftskontos genommen.</translation>
    </message>
    <message>
        <source>Enter the QuickBooks realm id (company id).</source>
        <translation>Geben Sie die QuickBooks-Realm-ID (Firmen-ID) ein.</translation>
    </message>
    <message>
        <source>A QuickBooks realm id is a number, e.g. 1185883450.</source>
        <translation>Eine QuickBooks-Realm-ID ist eine Zahl, z. B. 1185883450.</translation>
    </message>
    <message>
        <source>Enter the Business Central company id.</source>
        <translation>Geben Sie die Business-Central-Mandanten-ID ein.</translation>
    </message>
    <message>
        <source>A Business Central company id looks like 00000000-0000-0000-0000-000000000000.</source>
        <translation>Eine Business-Central-Mandanten-ID sieht aus wie 00000000-0000-0000-0000-000000000000.</translation>
    </message>
    <message>
        <source>Signs in with Intuit in your browser, stores the access and refresh tokens in the keychain and fills in the company&apos;s realm id</source>
        <translation>Meldet sich im Browser bei Intuit an, speichert Zugriffs- und Aktualisierungstoken im Schlüsselbund und trägt die Realm-ID der Firma ein</translation>
    </message>
    <message>
        <source>Signs in with Microsoft in your browser, lists the environment&apos;s companies, stores the access and refresh tokens in the keychain and fills in the company id</source>
        <translation>Meldet sich im Browser bei Microsoft an, listet die Mandanten der Umgebung, speichert Zugriffs- und Aktualisierungstoken im Schlüsselbund und trägt die Mandanten-ID ein</translation>
    </message>
    <message>
        <source>Consumer key:</source>
        <translation>Consumer Key:</translation>
    </message>
    <message>
        <source>Consumer secret:</source>
        <translation>Consumer Secret:</translation>
    </message>
    <message>
        <source>Token id:</source>
        <translation>Token-ID:</translation>
    </message>
    <message>
        <source>Token secret:</source>
        <translation>Token Secret:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Account id:</source>
        <translation>Konto-ID:</translation>
    </message>
    <message>
        <source>e.g. 1234567, or 1234567_SB1 for a sandbox account</source>
        <translation>z. B. 1234567, oder 1234567_SB1 für ein Sandbox-Konto</translation>
    </message>
    <message>
        <source>Setup &gt; Company &gt; Company Information shows it; a sandbox account&apos;s id ends in _SB1, _SB2, …</source>
        <translation>Sie steht unter Setup &gt; Company &gt; Company Information; die ID eines Sandbox-Kontos endet auf _SB1, _SB2, …</translation>
    </message>
    <message>
        <source>The account&apos;s REST host: https://&lt;account id&gt;.suitetalk.api.netsuite.com, the account id in lower case with &apos;-&apos; for &apos;_&apos;, e.g. https://1234567-sb1.suitetalk.api.netsuite.com</source>
        <translation>Der REST-Host des Kontos: https://&lt;Konto-ID&gt;.suitetalk.api.netsuite.com, die Konto-ID in Kleinbuchstaben mit &apos;-&apos; statt &apos;_&apos;, z. B. https://1234567-sb1.suitetalk.api.netsuite.com</translation>
    </message>
    <message>
        <source>Company database:</source>
        <translation>Firmendatenbank:</translation>
    </message>
    <message>
        <source>the company&apos;s database name, e.g. SBODEMOUS</source>
        <translation>der Datenbankname der Firma, z. B. SBODEMOUS</translation>
    </message>
    <message>
        <source>The Service Layer&apos;s address up to its version: https://&lt;server&gt;:50000/b1s/v1 or …/b1s/v2</source>
        <translation>Die Adresse des Service Layer bis einschließlich Version: https://&lt;Server&gt;:50000/b1s/v1 oder …/b1s/v2</translation>
    </message>
    <message>
        <source>Organization id:</source>
        <translation>Organisations-ID:</translation>
    </message>
    <message>
        <source>the organization&apos;s id (digits), e.g. 10234695</source>
        <translation>die ID der Organisation (Ziffern), z. B. 10234695</translation>
    </message>
    <message>
        <source>The API address of the organization&apos;s data centre: https://www.zohoapis.com/books/v3, …zohoapis.eu/books/v3, …zohoapis.in/books/v3, …zohoapis.com.au/books/v3, and so on</source>
        <translation>Die API-Adresse des Rechenzentrums der Organisation: https://www.zohoapis.com/books/v3, …zohoapis.eu/books/v3, …zohoapis.in/books/v3, …zohoapis.com.au/books/v3 usw.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>the Odoo database name, e.g. mycompany</source>
        <translation>der Name der Odoo-Datenbank, z. B. mycompany</translation>
    </message>
    <message>
        <source>The Odoo server&apos;s address, e.g. https://mycompany.odoo.com (versions 16 to 18)</source>
        <translation>Die Adresse des Odoo-Servers, z. B. https://mycompany.odoo.com (Versionen 16 bis 18)</translation>
    </message>
    <message>
        <source>Enter the NetSuite account id.</source>
        <translation>Geben Sie die NetSuite-Konto-ID ein.</translation>
    </message>
    <message>
        <source>A NetSuite account id looks like 1234567 or 1234567_SB1.</source>
        <translation>Eine NetSuite-Konto-ID sieht so aus: 1234567 oder 1234567_SB1.</translation>
    </message>
    <message>
        <source>Enter the company database LedgerLink logs in to.</source>
        <translation>Geben Sie die Firmendatenbank ein, an der sich LedgerLink anmeldet.</translation>
    </message>
    <message>
        <source>Enter the Zoho Books organization id.</source>
        <translation>Geben Sie die Zoho-Books-Organisations-ID ein.</translation>
    </message>
    <message>
        <source>A Zoho Books organization id is a number, e.g. 10234695.</source>
        <translation>Eine Zoho-Books-Organisations-ID ist eine Zahl, z. B. 10234695.</translation>
    </message>
    <message>
        <source>Enter the Odoo database name.</source>
        <translation>Geben Sie den Namen der Odoo-Datenbank ein.</translation>
    </message>
    <message>
        <source>Fill in every part of the credentials: &quot;%1&quot; is empty (they are stored together).</source>
        <translation>Füllen Sie alle Teile der Zugangsdaten aus: &quot;%1&quot; ist leer (sie werden zusammen gespeichert).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot contain &apos;:&apos;.</source>
        <translation>&quot;%1&quot; darf kein &apos;:&apos; enthalten.</translation>
    </message>
    <message>
        <source>saved in the keychain; type every part to replace</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen alle Teile neu eingeben</translation>
    </message>
    <message>
        <source>NetSuite signs every request with token-based authentication: enter the integration record&apos;s consumer key and secret and the access token&apos;s id and secret</source>
        <translation>NetSuite signiert jede Anfrage mit tokenbasierter Authentifizierung: geben Sie Consumer Key und Secret des Integrationsdatensatzes sowie ID und Secret des Zugriffstokens ein</translation>
    </message>
    <message>
        <source>LedgerLink logs in with the user and password (Odoo: API key) given here; &quot;Test connection&quot; tries them</source>
        <translation>LedgerLink meldet sich mit dem hier angegebenen Benutzer und Passwort (Odoo: API-Schlüssel) an; &quot;Verbindung testen&quot; probiert sie aus</translation>
    </message>
    <message>
        <source>Signs in with Zoho in your browser (data centre, client ID and secret of your app in the Zoho API console), lists your organizations, stores the tokens in the keychain and fills in the organization id and base URL</source>
        <translation>Meldet sich im Browser bei Zoho an (Rechenzentrum, Client-ID und Secret Ihrer App in der Zoho API Console), listet Ihre Organisationen auf, legt die Tokens im Schlüsselbund ab und trägt Organisations-ID und Basis-URL ein</translation>
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
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Hold the sync once the batch under way is recorded; Resume goes on from there</source>
        <translation>Die Synchronisierung anhalten, sobald der laufende Stapel erfasst ist; „Fortsetzen“ macht dort weiter</translation>
    </message>
    <message>
        <source>Run by the engine in the background (ledgerlink-cli run --daemon); here, Sync now runs at once.</source>
        <translation>Wird von der Engine im Hintergrund ausgeführt (ledgerlink-cli run --daemon); hier startet „Jetzt synchronisieren“ sofort.</translation>
    </message>
    <message>
        <source>This sync</source>
        <translation>Diese Synchronisierung</translation>
    </message>
    <message>
        <source>Connection health</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Next scheduled runs</source>
        <translation>Nächste geplante Läufe</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Wird pausiert…</translation>
    </message>
    <message>
        <source>Go on with the sync</source>
        <translation>Mit der Synchronisierung fortfahren</translation>
    </message>
    <message>
        <source>Paused after %1 of %2 orders; nothing new is taken until you resume.</source>
        <translation>Nach %1 von %2 Bestellungen pausiert; bis zur Fortsetzung wird nichts Neues übernommen.</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2 orders</source>
        <translation>Wird synchronisiert… %1 von %2 Bestellungen</translation>
    </message>
    <message>
        <source>Pausing: the batch under way is being finished and recorded…</source>
        <translation>Wird pausiert: Der laufende Stapel wird abgeschlossen und erfasst…</translation>
    </message>
    <message>
        <source>Some triggers cannot be read: %1</source>
        <translation>Einige Auslöser können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Keep syncing</source>
        <translation>Laufend synchronisieren</translation>
    </message>
    <message>
        <source>While the studio is open, the engine follows the mapping&apos;s schedules and polls and listens for webhooks (address and port in Settings)</source>
        <translation>Solange das Studio geöffnet ist, folgt die Engine den Zeitplänen und Abfragen der Zuordnung und empfängt Webhooks (Adresse und Port in den Einstellungen)</translation>
    </message>
    <message>
        <source>The rollout stage is read-only, so a sync may not write to either system. Plan with the dry run, and step the stage up on the Dry run page when the plan is right.</source>
        <translation>Die Rollout-Phase ist „nur lesen“, daher darf eine Synchronisierung in keines der beiden Systeme schreiben. Planen Sie mit dem Probelauf und heben Sie die Phase auf der Seite „Probelauf“ an, wenn der Plan stimmt.</translation>
    </message>
    <message>
        <source>Reading the connections&apos; secrets from the keychain…</source>
        <translation>Die Secrets der Verbindungen werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Syncing (started by a schedule, a poll or a webhook)…</source>
        <translation>Synchronisierung läuft (gestartet durch einen Zeitplan, eine Abfrage oder einen Webhook)…</translation>
    </message>
    <message>
        <source>No longer keeping in sync; Sync now syncs when asked.</source>
        <translation>Keine laufende Synchronisierung mehr; „Jetzt synchronisieren“ synchronisiert auf Anforderung.</translation>
    </message>
    <message>
        <source>Keeping in sync: the engine follows the schedules and polls.</source>
        <translation>Laufende Synchronisierung: Die Engine folgt den Zeitplänen und Abfragen.</translation>
    </message>
    <message>
        <source>Listening for webhooks on port %1; schedules and polls run while the studio is open</source>
        <translation>Empfängt Webhooks auf Port %1; Zeitpläne und Abfragen laufen, solange das Studio geöffnet ist</translation>
    </message>
    <message>
        <source>Run while Keep syncing is on, or by a headless engine (ledgerlink-cli run --daemon); Sync now runs at once.</source>
        <translation>Läuft, solange „Laufend synchronisieren“ aktiv ist, oder durch eine Engine ohne Oberfläche (ledgerlink-cli run --daemon); „Jetzt synchronisieren“ läuft sofort.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be stored in the keychain (%1): sign in again on the Connections page.</source>
        <translation>Die erneuerte Anmeldung konnte nicht im Schlüsselbund gespeichert werden (%1): melden Sie sich auf der Seite „Verbindungen“ erneut an.</translation>
    </message>
    <message>
        <source>%1: %2 read: %3 created, %4 updated, %5 unchanged, %6 dead letters, in %7 s</source>
        <translation>%1: %2 gelesen: %3 angelegt, %4 aktualisiert, %5 unverändert, %6 Dead Letters, in %7 s</translation>
    </message>
    <message>
        <source>Queued records: %1 created, %2 updated, %3 unchanged, %4 dead letters, in %5 s</source>
        <translation>Eingereihte Datensätze: %1 angelegt, %2 aktualisiert, %3 unverändert, %4 Dead Letters, in %5 s</translation>
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
    <message>
        <source>Rollout stage</source>
        <translation>Rollout-Phase</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the plan as a CSV file or an HTML page for sign-off</source>
        <translation>Den Plan zur Freigabe als CSV-Datei oder HTML-Seite speichern</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>One direction</source>
        <translation>Eine Richtung</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <source>Rollout stage:</source>
        <translation>Rollout-Phase:</translation>
    </message>
    <message>
        <source>Select a change to see its fields before → after.</source>
        <translation>Wählen Sie eine Änderung aus, um ihre Felder vorher → nachher zu sehen.</translation>
    </message>
    <message>
        <source>Plan exported to %1.</source>
        <translation>Plan nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The plan could not be exported: %1</source>
        <translation>Der Plan konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>The dry run uses the saved mapping document; the unsaved changes in the mapper are not part of it.</source>
        <translation>Der Probelauf verwendet das gespeicherte Zuordnungsdokument; die nicht gespeicherten Änderungen auf der Seite „Zuordnung“ sind nicht enthalten.</translation>
    </message>
    <message>
        <source>Reading the connections&apos; access tokens from the keychain…</source>
        <translation>Zugriffstokens der Verbindungen werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Keychain entry: %1</source>
        <translation>Schlüsselbund-Eintrag: %1</translation>
    </message>
    <message>
        <source>The stored plan could not be read back (%1): updates show no field changes and the plan cannot be exported.</source>
        <translation>Der gespeicherte Plan konnte nicht zurückgelesen werden (%1): Aktualisierungen zeigen keine Feldänderungen, und der Plan kann nicht exportiert werden.</translation>
    </message>
    <message>
        <source>it does not match the dry run</source>
        <translation>er passt nicht zum Probelauf</translation>
    </message>
    <message>
        <source>%1 %2 — %3, %4</source>
        <translation>%1 %2 — %3, %4</translation>
    </message>
    <message>
        <source>No field changes: nothing would be written.</source>
        <translation>Keine Feldänderungen: Es würde nichts geschrieben.</translation>
    </message>
    <message>
        <source>No field-level changes are known for this change.</source>
        <translation>Für diese Änderung sind keine Änderungen auf Feldebene bekannt.</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Gründe:</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The rollout stage is kept in the workspace&apos;s mapping document, which is not open.</source>
        <translation>Die Rollout-Phase steht im Zuordnungsdokument des Arbeitsbereichs, das nicht geöffnet ist.</translation>
    </message>
    <message>
        <source>One direction: %1 → %2</source>
        <translation>Eine Richtung: %1 → %2</translation>
    </message>
    <message>
        <source>What a sync may write. A step up asks first and is saved to %1 at once.</source>
        <translation>Was eine Synchronisierung schreiben darf. Eine höhere Stufe fragt vorher nach und wird sofort in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The sandbox workspace writes only to its own sandbox books, whatever the stage; the stage applies when this mapping is used with real connections. A dry run never writes.</source>
        <translation>Der Sandbox-Arbeitsbereich schreibt unabhängig von der Phase nur in seine eigene Sandbox-Buchhaltung; die Phase gilt, wenn diese Zuordnung mit echten Verbindungen verwendet wird. Ein Probelauf schreibt nie.</translation>
    </message>
    <message>
        <source>Read-only: syncs write to neither system. A dry run never writes.</source>
        <translation>Nur lesen: Synchronisierungen schreiben in keines der Systeme. Ein Probelauf schreibt nie.</translation>
    </message>
    <message>
        <source>One direction: syncs write to %1 only; nothing is written to %2. A dry run never writes.</source>
        <translation>Eine Richtung: Synchronisierungen schreiben nur in %1; in %2 wird nichts geschrieben. Ein Probelauf schreibt nie.</translation>
    </message>
    <message>
        <source>Both directions: syncs write to %1 and to %2. A dry run never writes.</source>
        <translation>Beide Richtungen: Synchronisierungen schreiben in %1 und in %2. Ein Probelauf schreibt nie.</translation>
    </message>
    <message>
        <source>(no object of this mapping flows this way yet)</source>
        <translation>(noch kein Objekt dieser Zuordnung fließt in diese Richtung)</translation>
    </message>
    <message>
        <source>Step up to “one direction”?

From now on, syncs write to %1 (the ERP): they create and update its records for %2 from %3. Nothing is written to %3.</source>
        <translation>Auf „eine Richtung“ hochstufen?

Ab jetzt schreiben Synchronisierungen in %1 (das ERP): Sie legen dort Datensätze für %2 aus %3 an und aktualisieren sie. In %3 wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Step up to “both directions”?

From now on, syncs also write to %1 (the store): they create and update its records for %2 from %3, besides what they write to %3.</source>
        <translation>Auf „beide Richtungen“ hochstufen?

Ab jetzt schreiben Synchronisierungen auch in %1 (den Shop): Sie legen dort Datensätze für %2 aus %3 an und aktualisieren sie, zusätzlich zu dem, was sie in %3 schreiben.</translation>
    </message>
    <message>
        <source>This is the sandbox workspace: its syncs write only to its own sandbox books, whatever the stage.</source>
        <translation>Dies ist der Sandbox-Arbeitsbereich: Seine Synchronisierungen schreiben unabhängig von der Phase nur in seine eigene Sandbox-Buchhaltung.</translation>
    </message>
    <message>
        <source>The mapping document has other unsaved changes; they will be saved too.</source>
        <translation>Das Zuordnungsdokument hat weitere nicht gespeicherte Änderungen; sie werden ebenfalls gespeichert.</translation>
    </message>
    <message>
        <source>The stage is saved to %1 at once.</source>
        <translation>Die Phase wird sofort in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The rollout stage was not changed: %1</source>
        <translation>Die Rollout-Phase wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>The mapping document&apos;s other changes were saved with it.</source>
        <translation>Die weiteren Änderungen am Zuordnungsdokument wurden mitgespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>; ⚑ %n flagged before the write</source>
        <translation>
            <numerusform>; ⚑ %n vor dem Schreiben markiert</numerusform>
            <numerusform>; ⚑ %n vor dem Schreiben markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>⚑ Flagged before the write (it goes ahead; check before it does):</source>
        <translation>⚑ Vor dem Schreiben markiert (es findet statt; bitte vorher prüfen):</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::FieldMappingsModel</name>
    <message>
        <source>Source field</source>
        <translation>Quellfeld</translation>
    </message>
    <message>
        <source>Target field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Lookup table</source>
        <translation>Nachschlagetabelle</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Führendes System</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>as the object</source>
        <translation>wie das Objekt</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation>Zahlungsanbieter</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>nicht verknüpft</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;</source>
        <translation>Regel „%1“</translation>
    </message>
    <message>
        <source>The value is an id of the rule &quot;%1&quot;&apos;s source records; the id of the record that rule wrote for it is written</source>
        <translation>Der Wert ist die ID eines Quelldatensatzes der Regel „%1“; geschrieben wird die ID des Datensatzes, den diese Regel dafür geschrieben hat</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Verknüpft mit</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::FindingDetail</name>
    <message>
        <source>Repair</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <source>Comment for the review (optional)</source>
        <translation>Kommentar zur Prüfung (optional)</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>no record</source>
        <translation>kein Datensatz</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Store: %1 · ERP: %2 · Difference: %3</source>
        <translation>Shop: %1 · ERP: %2 · Abweichung: %3</translation>
    </message>
    <message>
        <source>(%1 cents)</source>
        <translation>(%1 Cent)</translation>
    </message>
    <message>
        <source>Cause: %1.</source>
        <translation>Ursache: %1.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>the ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>Proposed repair (%1 in %2, through the sync): %3</source>
        <translation>Vorgeschlagene Korrektur (%1 im %2, über die Synchronisierung): %3</translation>
    </message>
    <message>
        <source>Proposed repair (by a person, in %1): %2</source>
        <translation>Vorgeschlagene Korrektur (von Hand, im %1): %2</translation>
    </message>
    <message>
        <source>No repair proposed.</source>
        <translation>Keine Korrektur vorgeschlagen.</translation>
    </message>
    <message>
        <source>(time unknown)</source>
        <translation>(Zeitpunkt unbekannt)</translation>
    </message>
    <message>
        <source>✓ Reviewed %1, without a comment.</source>
        <translation>✓ Geprüft am %1, ohne Kommentar.</translation>
    </message>
    <message>
        <source>✓ Reviewed %1: “%2”</source>
        <translation>✓ Geprüft am %1: „%2“</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Gegenüberstellung</translation>
    </message>
    <message>
        <source>Side by side — store: %1 · ERP: %2</source>
        <translation>Gegenüberstellung — Shop: %1 · ERP: %2</translation>
    </message>
    <message>
        <source>Mark not reviewed</source>
        <translation>Als nicht geprüft markieren</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Repair this difference now: its job writes it through the normal sync path</source>
        <translation>Diese Abweichung jetzt korrigieren: ihr Job schreibt sie über den normalen Synchronisierungsweg</translation>
    </message>
    <message>
        <source>The rollout stage “%1” does not let LedgerLink write to %2: change the stage in the mapping to repair it.</source>
        <translation>Die Rollout-Phase „%1“ erlaubt LedgerLink nicht, in %2 zu schreiben: die Phase im Mapping ändern, um sie zu korrigieren.</translation>
    </message>
    <message>
        <source>Not available: %1.</source>
        <translation>Nicht verfügbar: %1.</translation>
    </message>
    <message>
        <source>Not available while a reconciliation or a repair runs.</source>
        <translation>Nicht verfügbar, solange ein Abgleich oder eine Korrektur läuft.</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::LookupTableEditor</name>
    <message>
        <source>Lookup tables</source>
        <translation>Nachschlagetabellen</translation>
    </message>
    <message>
        <source>Add table</source>
        <translation>Tabelle hinzufügen</translation>
    </message>
    <message>
        <source>Remove table</source>
        <translation>Tabelle entfernen</translation>
    </message>
    <message>
        <source>Source value</source>
        <translation>Quellwert</translation>
    </message>
    <message>
        <source>Value written</source>
        <translation>Geschriebener Wert</translation>
    </message>
    <message>
        <source>none: a value without an entry is an error</source>
        <translation>keiner: ein Wert ohne Eintrag ist ein Fehler</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Fallback:</source>
        <translation>Ersatzwert:</translation>
    </message>
    <message>
        <source>A lookup table needs an id.</source>
        <translation>Eine Nachschlagetabelle braucht eine ID.</translation>
    </message>
    <message>
        <source>Two lookup tables are called &quot;%1&quot;.</source>
        <translation>Zwei Nachschlagetabellen heißen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Row %1 of %2 has no source value.</source>
        <translation>Zeile %1 in %2 hat keinen Quellwert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in %2 twice.</source>
        <translation>&quot;%1&quot; steht zweimal in %2.</translation>
    </message>
    <message>
        <source>Edit lookup tables</source>
        <translation>Nachschlagetabellen bearbeiten</translation>
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
        <source>▶ Dry run</source>
        <translation>▶ Probelauf</translation>
    </message>
    <message>
        <source>Plan what a sync would do, without writing anything (Ctrl+R)</source>
        <translation>Planen, was eine Synchronisierung tun würde, ohne etwas zu schreiben (Strg+R)</translation>
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
        <source>stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>The workspace&apos;s mapping cannot be opened: %1</source>
        <translation>Die Zuordnung des Arbeitsbereichs kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Mapper</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>read-only: nothing is written to either system</source>
        <translation>nur lesen: in keines der Systeme wird geschrieben</translation>
    </message>
    <message>
        <source>one direction: writes go from the store to the ERP only</source>
        <translation>eine Richtung: Schreibvorgänge gehen nur vom Shop ins ERP</translation>
    </message>
    <message>
        <source>both directions: writes go to both systems</source>
        <translation>beide Richtungen: Schreibvorgänge gehen in beide Systeme</translation>
    </message>
    <message>
        <source>A rehearsal: syncs write to the bundled sandbox books, never to a real system. The mapping&apos;s rollout stage: %1</source>
        <translation>Eine Probe: Synchronisierungen schreiben in die mitgelieferte Sandbox-Buchhaltung, nie in ein echtes System. Rollout-Phase der Zuordnung: %1</translation>
    </message>
    <message>
        <source>The rollout stage: change it on the Dry run page</source>
        <translation>Die Rollout-Phase: Ändern Sie sie auf der Seite „Probelauf“</translation>
    </message>
    <message>
        <source>Dry run finished; the plan is in the state store.</source>
        <translation>Probelauf abgeschlossen; der Plan liegt im Zustandsspeicher.</translation>
    </message>
    <message>
        <source>this workspace&apos;s state.sqlite</source>
        <translation>state.sqlite dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>State store: %1</source>
        <translation>Zustandsspeicher: %1</translation>
    </message>
    <message>
        <source>%1
The audit log, the runs, the job queue and the dead letters are kept there; the data location is chosen in Settings.</source>
        <translation>%1
Dort liegen das Audit-Log, die Läufe, die Job-Warteschlange und die Dead Letters; der Speicherort der Daten wird in den Einstellungen gewählt.</translation>
    </message>
    <message>
        <source>⚠ State store: %1, not the chosen one</source>
        <translation>⚠ Zustandsspeicher: %1, nicht der gewählte</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Abgleich</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::MapperPage</name>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Auto-map…</source>
        <translation>Automatisch zuordnen…</translation>
    </message>
    <message>
        <source>Lookup tables…</source>
        <translation>Nachschlagetabellen…</translation>
    </message>
    <message>
        <source>Export sheet</source>
        <translation>Freigabeblatt exportieren</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>The governance sheet people sign off: every field mapping with its owner, direction and trigger</source>
        <translation>Das Freigabeblatt zum Abzeichnen: jede Feldzuordnung mit führendem System, Richtung und Auslöser</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle einklappen</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle ausklappen</translation>
    </message>
    <message>
        <source>Object rules</source>
        <translation>Objektregeln</translation>
    </message>
    <message>
        <source>Search the source fields</source>
        <translation>Quellfelder durchsuchen</translation>
    </message>
    <message>
        <source>Search the target fields</source>
        <translation>Zielfelder durchsuchen</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Feldzuordnungen</translation>
    </message>
    <message>
        <source>Add mapping…</source>
        <translation>Zuordnung hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Transform…</source>
        <translation>Transformation…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Validation messages</source>
        <translation>Prüfmeldungen</translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation>(noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>%1 — modified</source>
        <translation>%1 — geändert</translation>
    </message>
    <message>
        <source>No problems: the mapping is valid against both catalogs.</source>
        <translation>Keine Probleme: Die Zuordnung ist gegenüber beiden Katalogen gültig.</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>The mapping has unsaved changes. Save them?</source>
        <translation>Die Zuordnung hat nicht gespeicherte Änderungen. Sollen sie gespeichert werden?</translation>
    </message>
    <message>
        <source>Open a mapping document</source>
        <translation>Zuordnungsdokument öffnen</translation>
    </message>
    <message>
        <source>Mapping documents (*.json)</source>
        <translation>Zuordnungsdokumente (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Save the mapping as</source>
        <translation>Zuordnung speichern unter</translation>
    </message>
    <message numerus="yes">
        <source>Auto-map drew %n line(s).</source>
        <translation>
            <numerusform>Die automatische Zuordnung hat %n Linie gezogen.</numerusform>
            <numerusform>Die automatische Zuordnung hat %n Linien gezogen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a field mapping</source>
        <translation>Feldzuordnung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Source field:</source>
        <translation>&amp;Quellfeld:</translation>
    </message>
    <message>
        <source>&amp;Target field:</source>
        <translation>&amp;Zielfeld:</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n mapping(s)</source>
        <translation>
            <numerusform>%n Zuordnung entfernen</numerusform>
            <numerusform>%n Zuordnungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML-Seiten (*.html)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export the governance sheet</source>
        <translation>Freigabeblatt exportieren</translation>
    </message>
    <message>
        <source>Exported the governance sheet to %1.</source>
        <translation>Freigabeblatt nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Field mapping sheet — %1</source>
        <translation>Feldzuordnungsblatt — %1</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .csv, .html or .pdf.</source>
        <translation>%1: Wählen Sie einen Dateinamen mit der Endung .csv, .html oder .pdf.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::MapperScene</name>
    <message>
        <source>%1 · %2 (from)</source>
        <translation>%1 · %2 (Quelle)</translation>
    </message>
    <message>
        <source>%1 · %2 (to)</source>
        <translation>%1 · %2 (Ziel)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>read-only: set by the system</source>
        <translation>schreibgeschützt: vom System gesetzt</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>nicht im Katalog</translation>
    </message>
    <message>
        <source>This path is not in the catalog; the mapping names it.</source>
        <translation>Dieser Pfad steht nicht im Katalog; die Zuordnung nennt ihn.</translation>
    </message>
    <message>
        <source>(no source field)</source>
        <translation>(kein Quellfeld)</translation>
    </message>
    <message>
        <source>transform: %1</source>
        <translation>Transformation: %1</translation>
    </message>
    <message>
        <source>lookup table: %1</source>
        <translation>Nachschlagetabelle: %1</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standardwert: %1</translation>
    </message>
    <message>
        <source>Edit the transform and lookup of %1</source>
        <translation>Transformation und Nachschlagetabelle von %1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n mapping(s)</source>
        <translation>
            <numerusform>%n Zuordnung entfernen</numerusform>
            <numerusform>%n Zuordnungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is read-only: the system sets it, a mapping cannot write it.</source>
        <translation>%1 ist schreibgeschützt: Das System setzt es, eine Zuordnung kann es nicht schreiben.</translation>
    </message>
    <message>
        <source>%1 now comes from %2.</source>
        <translation>%1 kommt jetzt aus %2.</translation>
    </message>
    <message>
        <source>Mapped %1 → %2.</source>
        <translation>%1 → %2 zugeordnet.</translation>
    </message>
    <message>
        <source>linked to the rule &quot;%1&quot;: the id of the record it wrote</source>
        <translation>verknüpft mit der Regel „%1“: die ID des Datensatzes, den sie geschrieben hat</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::MapperView</name>
    <message>
        <source>Field mapping diagram</source>
        <translation>Feldzuordnungsdiagramm</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::MappingEditor</name>
    <message>
        <source>The store&apos;s field catalog &quot;%1&quot;: %2</source>
        <translation>Feldkatalog &quot;%1&quot; des Shops: %2</translation>
    </message>
    <message>
        <source>The ERP&apos;s field catalog &quot;%1&quot;: %2</source>
        <translation>Feldkatalog &quot;%1&quot; des ERP: %2</translation>
    </message>
    <message>
        <source>The mapping has no file yet: save it under a name first.</source>
        <translation>Die Zuordnung hat noch keine Datei: Speichern Sie sie zuerst unter einem Namen.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n auto-map proposal(s)</source>
        <translation>
            <numerusform>%n Vorschlag der automatischen Zuordnung übernehmen</numerusform>
            <numerusform>%n Vorschläge der automatischen Zuordnung übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>auto-mapped: %1</source>
        <translation>automatisch zugeordnet: %1</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::ObjectProgressPanel</name>
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
        <source>Inventory</source>
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
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>not synced in this session</source>
        <translation>in dieser Sitzung nicht synchronisiert</translation>
    </message>
    <message>
        <source>%1 synced</source>
        <translation>%1 synchronisiert</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>nothing read yet</source>
        <translation>noch nichts gelesen</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <source>did not run</source>
        <translation>lief nicht</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::ObjectRulesModel</name>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation>Zahlungsanbieter</translation>
    </message>
    <message>
        <source>Store → ERP</source>
        <translation>Shop → ERP</translation>
    </message>
    <message>
        <source>ERP → Store</source>
        <translation>ERP → Shop</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>in beide Richtungen</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>nicht synchronisiert</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>poll</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>on change</source>
        <translation>bei Änderung</translation>
    </message>
    <message>
        <source>on first order</source>
        <translation>bei erster Bestellung</translation>
    </message>
    <message>
        <source>on settlement</source>
        <translation>bei Abrechnung</translation>
    </message>
    <message>
        <source>on generation</source>
        <translation>bei Erzeugung</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>externe ID</translation>
    </message>
    <message>
        <source>order id</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <source>name (mutable)</source>
        <translation>Name (veränderlich)</translation>
    </message>
    <message>
        <source>title (mutable)</source>
        <translation>Titel (veränderlich)</translation>
    </message>
    <message>
        <source>poll every %1 min</source>
        <translation>Abfrage alle %1 Min.</translation>
    </message>
    <message>
        <source>schedule %1</source>
        <translation>Zeitplan %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Von → nach</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Führendes System</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Match key</source>
        <translation>Abgleichsschlüssel</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation>Ganzer Datensatz</translation>
    </message>
    <message>
        <source>One per vendor</source>
        <translation>Einer je Händler</translation>
    </message>
    <message>
        <source>One ERP record per vendor of the order&apos;s lines; shipping and discounts are shared in proportion to each vendor&apos;s net item amount</source>
        <translation>Ein ERP-Datensatz je Händler der Bestellpositionen; Versand und Rabatte werden im Verhältnis zum Nettowarenwert jedes Händlers aufgeteilt</translation>
    </message>
    <message>
        <source>Only order rules written from the store to the ERP can be split.</source>
        <translation>Nur Bestellregeln, die vom Shop ins ERP schreiben, können aufgeteilt werden.</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::PlanFieldModel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>→ After</source>
        <translation>→ Nachher</translation>
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
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>store → ERP</source>
        <translation>Shop → ERP</translation>
    </message>
    <message>
        <source>ERP → store</source>
        <translation>ERP → Shop</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 create, %2 update, %3 skip, %4 conflict, %5 blocked</source>
        <translation>anlegen: %1, aktualisieren: %2, überspringen: %3, Konflikt: %4, blockiert: %5</translation>
    </message>
    <message>
        <source>%1 %2 (id %3 on its source)</source>
        <translation>%1 %2 (ID %3 in der Quelle)</translation>
    </message>
    <message>
        <source>%1 %2 (id %3 on its source, %4 on its target)</source>
        <translation>%1 %2 (ID %3 in der Quelle, %4 im Ziel)</translation>
    </message>
    <message>
        <source>Object · action · key</source>
        <translation>Objekt · Aktion · Schlüssel</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message numerus="yes">
        <source>⚑ %n flagged</source>
        <translation>
            <numerusform>⚑ %n markiert</numerusform>
            <numerusform>⚑ %n markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged before the write:</source>
        <translation>Vor dem Schreiben markiert:</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::QuickBooksSignIn</name>
    <message>
        <source>Enter the base URL first: signing in needs to know where QuickBooks Online is.</source>
        <translation>Geben Sie zuerst die Basis-URL ein: die Anmeldung muss wissen, wo QuickBooks Online ist.</translation>
    </message>
    <message>
        <source>This build of LedgerLink has no client id and secret for Intuit&apos;s sign-in (set LEDGERLINK_QUICKBOOKS_CLIENT_ID and LEDGERLINK_QUICKBOOKS_CLIENT_SECRET to the keys of your Intuit app); paste an access token meanwhile.</source>
        <translation>Dieser Build von LedgerLink hat keine Client-ID und kein Client-Secret für die Anmeldung bei Intuit (setzen Sie LEDGERLINK_QUICKBOOKS_CLIENT_ID und LEDGERLINK_QUICKBOOKS_CLIENT_SECRET auf die Schlüssel Ihrer Intuit-App); fügen Sie bis dahin ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in to QuickBooks there, choose the company and connect LedgerLink; LedgerLink continues by itself.</source>
        <translation>Warten auf den Browser … Melden Sie sich dort bei QuickBooks an, wählen Sie die Firma und verbinden Sie LedgerLink; LedgerLink fährt von selbst fort.</translation>
    </message>
    <message>
        <source>The browser could not be opened: open &lt;a href=&quot;%1&quot;&gt;Intuit&apos;s sign-in page&lt;/a&gt; yourself (right-click to copy the link), sign in there and connect LedgerLink.</source>
        <translation>Der Browser konnte nicht geöffnet werden: öffnen Sie &lt;a href=&quot;%1&quot;&gt;die Anmeldeseite von Intuit&lt;/a&gt; selbst (Rechtsklick, um den Link zu kopieren), melden Sie sich dort an und verbinden Sie LedgerLink.</translation>
    </message>
    <message>
        <source>Opening Intuit&apos;s sign-in page in the browser…</source>
        <translation>Die Anmeldeseite von Intuit wird im Browser geöffnet …</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Intuit granted access but did not say which company (no realmId came back): nothing was stored. Sign in again and choose the company.</source>
        <translation>Intuit hat den Zugriff gewährt, aber nicht gesagt, welche Firma (keine realmId zurückgekommen): nichts wurde gespeichert. Melden Sie sich erneut an und wählen Sie die Firma.</translation>
    </message>
    <message>
        <source>Intuit sent back &quot;%1&quot; as the company&apos;s realm id, which is not a number: nothing was stored.</source>
        <translation>Intuit hat &quot;%1&quot; als Realm-ID der Firma zurückgeschickt, was keine Zahl ist: nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Storing the tokens for the company %1 in the keychain…</source>
        <translation>Die Tokens für die Firma %1 werden im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>Signed in to QuickBooks, but the keychain did not store the tokens: %1. Nothing was saved anywhere else; unlock the keychain and sign in again.</source>
        <translation>Bei QuickBooks angemeldet, aber der Schlüsselbund hat die Tokens nicht gespeichert: %1. Nirgends sonst wurde etwas gespeichert; entsperren Sie den Schlüsselbund und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Signed in to the QuickBooks company %1. The access and refresh tokens are in the keychain; save to keep the realm id.</source>
        <translation>Bei der QuickBooks-Firma %1 angemeldet. Zugriffs- und Aktualisierungstoken liegen im Schlüsselbund; speichern Sie, um die Realm-ID zu behalten.</translation>
    </message>
    <message>
        <source>Signed in to the QuickBooks company %1. The access token is in the keychain (Intuit gave no refresh token: sign in again in an hour). Save to keep the realm id.</source>
        <translation>Bei der QuickBooks-Firma %1 angemeldet. Das Zugriffstoken liegt im Schlüsselbund (Intuit hat kein Aktualisierungstoken ausgegeben: melden Sie sich in einer Stunde erneut an). Speichern Sie, um die Realm-ID zu behalten.</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::ReconciliationModel</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 Einheiten</translation>
    </message>
    <message>
        <source>Reviewed, without a comment</source>
        <translation>Geprüft, ohne Kommentar</translation>
    </message>
    <message>
        <source>Reviewed: %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <source>✓ reviewed</source>
        <translation>✓ geprüft</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Cents</source>
        <translation>Cent</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::ReconciliationPage</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Reconciliation %1 — %2 ↔ %3</source>
        <translation>Abgleich %1 — %2 ↔ %3</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export the reconciliation</source>
        <translation>Abgleich exportieren</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The reconciliation could not be exported: %1</source>
        <translation>Der Abgleich konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>▶ Reconcile now</source>
        <translation>▶ Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Compare the store with the ERP, read-only: every difference with its cause</source>
        <translation>Shop und ERP vergleichen, nur lesend: jede Abweichung mit ihrer Ursache</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Pass:</source>
        <translation>Durchlauf:</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the shown pass&apos;s findings as a CSV file</source>
        <translation>Die Befunde des angezeigten Durchlaufs als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Save the shown pass as a PDF document for sign-off</source>
        <translation>Den angezeigten Durchlauf zur Freigabe als PDF-Dokument speichern</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Objekt:</translation>
    </message>
    <message>
        <source>Hide reviewed</source>
        <translation>Geprüfte ausblenden</translation>
    </message>
    <message>
        <source>No reconciliation yet. Click “Reconcile now” to compare the store with the ERP.</source>
        <translation>Noch kein Abgleich. Klicken Sie auf „Jetzt abgleichen“, um Shop und ERP zu vergleichen.</translation>
    </message>
    <message>
        <source>Reading the connections&apos; access tokens from the keychain…</source>
        <translation>Zugriffstokens der Verbindungen werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The reconciliation did not run: %1</source>
        <translation>Der Abgleich wurde nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Comparing the store with the ERP…</source>
        <translation>Shop und ERP werden verglichen…</translation>
    </message>
    <message>
        <source>Reconciliation cancelled; nothing was stored.</source>
        <translation>Abgleich abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 of %2 records compared</source>
        <translation>%1 von %2 Datensätzen verglichen</translation>
    </message>
    <message>
        <source>The reconciliation failed: %1</source>
        <translation>Der Abgleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The reconciliation results cannot be read: %1</source>
        <translation>Die Ergebnisse des Abgleichs können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Pass %1 of %2: </source>
        <translation>Durchlauf %1 vom %2: </translation>
    </message>
    <message>
        <source>no differences; both sides agree to the cent on everything compared.</source>
        <translation>keine Abweichungen; beide Seiten stimmen bei allem Verglichenen auf den Cent überein.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Abweichung</numerusform>
            <numerusform>%n Abweichungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) equal</source>
        <translation>
            <numerusform>%n Datensatz gleich</numerusform>
            <numerusform>%n Datensätze gleich</numerusform>
        </translation>
    </message>
    <message>
        <source>A repair pass: the repairs the owners and the rollout stage allow went through the sync&apos;s jobs (each finding says what became of its repair).</source>
        <translation>Ein Korrekturdurchlauf: die Korrekturen, die die führenden Systeme und die Rollout-Phase erlauben, liefen über die Jobs der Synchronisierung (jeder Befund zeigt, was aus seiner Korrektur wurde).</translation>
    </message>
    <message>
        <source>Report only: nothing was changed in either system.</source>
        <translation>Nur Bericht: in keinem der Systeme wurde etwas geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n difference(s)</source>
        <translation>
            <numerusform>%1 — %2, %n Abweichung</numerusform>
            <numerusform>%1 — %2, %n Abweichungen</numerusform>
        </translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keiner)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All causes</source>
        <translation>Alle Ursachen</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>Alle Objekte</translation>
    </message>
    <message>
        <source>No finding to show.</source>
        <translation>Kein Befund anzuzeigen.</translation>
    </message>
    <message>
        <source>Select a finding to see both sides.</source>
        <translation>Wählen Sie einen Befund aus, um beide Seiten zu sehen.</translation>
    </message>
    <message>
        <source>The two records cannot be read: %1</source>
        <translation>Die beiden Datensätze können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the store&apos;s record and the ERP&apos;s record…</source>
        <translation>Datensätze von Shop und ERP werden gelesen…</translation>
    </message>
    <message>
        <source>The review was not saved: %1</source>
        <translation>Die Prüfung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Marked reviewed; the comment is kept with the finding.</source>
        <translation>Als geprüft markiert; der Kommentar wird beim Befund gespeichert.</translation>
    </message>
    <message>
        <source>Marked not reviewed again.</source>
        <translation>Wieder als nicht geprüft markiert.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Cancelling the repair…</source>
        <translation>Korrektur wird abgebrochen…</translation>
    </message>
    <message>
        <source>Repair cancelled; nothing was enqueued.</source>
        <translation>Korrektur abgebrochen; nichts wurde eingereiht.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 of %2 jobs done</source>
        <translation>%1 von %2 Jobs erledigt</translation>
    </message>
    <message>
        <source>A report pass; findings were repaired one by one since (each says what became of its repair).</source>
        <translation>Ein Berichtsdurchlauf; Befunde wurden seither einzeln korrigiert (jeder sagt, was aus seiner Korrektur wurde).</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>Korrigiere…</translation>
    </message>
    <message>
        <source>Repairing %1 through its job…</source>
        <translation>Korrigiere %1 über seinen Job…</translation>
    </message>
    <message>
        <source>The repair did not run: %1</source>
        <translation>Die Korrektur lief nicht: %1</translation>
    </message>
    <message>
        <source>%1 was not repaired: %2.</source>
        <translation>%1 wurde nicht korrigiert: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reconcile again to confirm both sides agree.</source>
        <translation>Erneut abgleichen, um zu prüfen, dass beide Seiten übereinstimmen.</translation>
    </message>
    <message>
        <source>%1: queued as job %2. This studio&apos;s engine runs the workspace: “Sync now” on the Dashboard (or its next scheduled sync) carries the repair out, and the finding follows it here.</source>
        <translation>%1: als Job %2 eingereiht. Die Engine dieses Studios bedient den Arbeitsbereich: „Jetzt synchronisieren“ im Dashboard (oder ihre nächste geplante Synchronisierung) führt die Korrektur aus, und der Befund folgt ihr hier.</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Hinweis: %1.</translation>
    </message>
    <message>
        <source>The repair was cancelled; what was not done stays queued.</source>
        <translation>Die Korrektur wurde abgebrochen; was nicht erledigt wurde, bleibt eingereiht.</translation>
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
    <name>LedgerLink::Studio::ScheduleModel</name>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Next run (%1)</source>
        <translation>Nächster Lauf (%1)</translation>
    </message>
    <message>
        <source>This version of the engine syncs orders only; this trigger waits for a later one.</source>
        <translation>Diese Version der Engine synchronisiert nur Bestellungen; dieser Auslöser wartet auf eine spätere.</translation>
    </message>
    <message>
        <source>not synced by the engine yet</source>
        <translation>von der Engine noch nicht synchronisiert</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Speicherort der Daten</translation>
    </message>
    <message>
        <source>SQLite file (one computer)</source>
        <translation>SQLite-Datei (ein Computer)</translation>
    </message>
    <message>
        <source>PostgreSQL server (teams, several headless workers)</source>
        <translation>PostgreSQL-Server (Teams, mehrere Worker ohne Oberfläche)</translation>
    </message>
    <message>
        <source>empty: each workspace&apos;s own state.sqlite</source>
        <translation>leer: die eigene state.sqlite jedes Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>stored in the OS keychain only; type to replace</source>
        <translation>nur im Schlüsselbund des Betriebssystems gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Listen address:</source>
        <translation>Empfangsadresse:</translation>
    </message>
    <message>
        <source>127.0.0.1: only this computer (behind a tunnel); 0.0.0.0: every network interface</source>
        <translation>127.0.0.1: nur dieser Computer (hinter einem Tunnel); 0.0.0.0: alle Netzwerkschnittstellen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Poll every:</source>
        <translation>Abfrage alle:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Keep the audit log:</source>
        <translation>Audit-Log aufbewahren:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Fills the form with the defaults; Apply uses them</source>
        <translation>Füllt das Formular mit den Standardwerten; „Übernehmen“ wendet sie an</translation>
    </message>
    <message>
        <source>Not applied: correct the marked fields.</source>
        <translation>Nicht übernommen: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Übernommen.</translation>
    </message>
    <message>
        <source>The database password is in the OS keychain.</source>
        <translation>Das Datenbankpasswort liegt im Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <source>The keychain did not store the database password (%1): it was not saved anywhere.</source>
        <translation>Der Schlüsselbund hat das Datenbankpasswort nicht gespeichert (%1): Es wurde nirgends gespeichert.</translation>
    </message>
    <message>
        <source>The form holds the defaults; Apply uses them.</source>
        <translation>Das Formular enthält die Standardwerte; „Übernehmen“ wendet sie an.</translation>
    </message>
    <message>
        <source>State store file</source>
        <translation>Datei des Zustandsspeichers</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The audit-log retention was not stored in the workspace: %1</source>
        <translation>Die Aufbewahrungsdauer des Audit-Logs wurde nicht im Arbeitsbereich gespeichert: %1</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Audit-log rows older than this are removed at the end of each sync run of this workspace (as &quot;ledgerlink-cli audit retention&quot; sets it)</source>
        <translation>Ältere Audit-Log-Einträge werden am Ende jedes Synchronisierungslaufs dieses Arbeitsbereichs entfernt (wie &quot;ledgerlink-cli audit retention&quot; es einstellt)</translation>
    </message>
    <message>
        <source>Language and theme change at once; the Connections and Settings pages and the tab titles follow a new language now, the other pages take full effect after a restart. The audit-log retention applies from the next sync run. The data location is used by the engine, the dry run and every page from the studio&apos;s next start. The webhook and polling settings are read each time the engine starts (Keep syncing on the Dashboard).</source>
        <translation>Sprache und Erscheinungsbild ändern sich sofort; die Seiten „Verbindungen“ und „Einstellungen“ und die Registerkarten folgen einer neuen Sprache sofort, die übrigen Seiten nach einem Neustart vollständig. Die Aufbewahrung des Audit-Logs gilt ab dem nächsten Synchronisierungslauf. Den Speicherort der Daten verwenden Engine, Probelauf und alle Seiten ab dem nächsten Start des Studios. Die Webhook- und Abfrageeinstellungen werden bei jedem Start der Engine gelesen („Laufend synchronisieren“ im Dashboard).</translation>
    </message>
    <message>
        <source>In use in this session: %1. A new data location is used from the studio&apos;s next start.</source>
        <translation>In dieser Sitzung verwendet: %1. Ein neuer Speicherort wird ab dem nächsten Start des Studios verwendet.</translation>
    </message>
    <message>
        <source>In use in this session: %1, because the chosen data location could not be opened when the studio started. A new data location is used from the studio&apos;s next start.</source>
        <translation>In dieser Sitzung verwendet: %1, weil der gewählte Speicherort beim Start des Studios nicht geöffnet werden konnte. Ein neuer Speicherort wird ab dem nächsten Start des Studios verwendet.</translation>
    </message>
    <message>
        <source>Applied; the data location, webhook and polling changes take full effect after a restart.</source>
        <translation>Übernommen; Änderungen an Speicherort, Webhooks und Abfragen wirken nach einem Neustart vollständig.</translation>
    </message>
    <message>
        <source>With Keep syncing on the Dashboard: objects that arrive by webhook are polled this often as well, so that a lost delivery is picked up; an object rule&apos;s own &quot;poll every N min&quot; stays as the mapping says</source>
        <translation>Mit „Laufend synchronisieren“ im Dashboard: Objekte, die per Webhook kommen, werden zusätzlich so oft abgefragt, damit eine verlorene Zustellung nachgeholt wird; die eigene Angabe „alle N Min. abfragen“ einer Objektregel bleibt, wie die Zuordnung sie festlegt</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Starts the studio again, so that every page shows the new language and data location; unsaved mapping changes are asked about first</source>
        <translation>Startet das Studio neu, damit alle Seiten die neue Sprache und den neuen Speicherort zeigen; nach ungespeicherten Änderungen an der Zuordnung wird vorher gefragt</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::SideBySideModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Store amount%1</source>
        <translation>Shop-Betrag%1</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>ERP amount%1</source>
        <translation>ERP-Betrag%1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>One of the payout&apos;s movements: the ERP books them as sums, compared in the rows below.</source>
        <translation>Eine der Bewegungen der Auszahlung: das ERP bucht sie als Summen, verglichen in den Zeilen darunter.</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::SignIn</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::StudioSettings</name>
    <message>
        <source>Choose a port from 1 to 65535.</source>
        <translation>Wählen Sie einen Port von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Enter the full path of the database file.</source>
        <translation>Geben Sie den vollständigen Pfad der Datenbankdatei ein.</translation>
    </message>
    <message>
        <source>This is a folder; enter a file name inside it.</source>
        <translation>Dies ist ein Ordner; geben Sie einen Dateinamen darin an.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>LedgerLink may not write there; choose another place.</source>
        <translation>LedgerLink darf dort nicht schreiben; wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Geben Sie den Datenbanknamen ein.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter an IP address: 127.0.0.1 (this computer only) or 0.0.0.0 (every network interface).</source>
        <translation>Geben Sie eine IP-Adresse ein: 127.0.0.1 (nur dieser Computer) oder 0.0.0.0 (alle Netzwerkschnittstellen).</translation>
    </message>
    <message>
        <source>Choose from 1 to %1 minutes.</source>
        <translation>Wählen Sie 1 bis %1 Minuten.</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;.</source>
        <translation>Für &quot;%1&quot; gibt es keine Übersetzung.</translation>
    </message>
    <message>
        <source>Choose from 1 to %1 days, or 0 to keep every row.</source>
        <translation>Wählen Sie 1 bis %1 Tage oder 0, um alle Einträge zu behalten.</translation>
    </message>
    <message>
        <source>PostgreSQL %1@%2:%3/%4</source>
        <translation>PostgreSQL %1@%2:%3/%4</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Use the workspace&apos;s file</source>
        <translation>Datei des Arbeitsbereichs verwenden</translation>
    </message>
    <message>
        <source>LedgerLink</source>
        <translation>LedgerLink</translation>
    </message>
    <message>
        <source>opening it was cancelled at start-up</source>
        <translation>das Öffnen wurde beim Start abgebrochen</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::ThroughputChart</name>
    <message>
        <source>Throughput (records/s)</source>
        <translation>Durchsatz (Datensätze/s)</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Fehlgeschlagene Versuche</translation>
    </message>
    <message>
        <source>Seconds since the sync began</source>
        <translation>Sekunden seit Beginn der Synchronisierung</translation>
    </message>
    <message>
        <source>Records/s</source>
        <translation>Datensätze/s</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::TransformEditor</name>
    <message>
        <source>Transform of %1</source>
        <translation>Transformation von %1</translation>
    </message>
    <message>
        <source>none: the transform or the default fills the field</source>
        <translation>keines: die Transformation oder der Standardwert füllt das Feld</translation>
    </message>
    <message>
        <source>Source field:</source>
        <translation>Quellfeld:</translation>
    </message>
    <message>
        <source>Target field:</source>
        <translation>Zielfeld:</translation>
    </message>
    <message>
        <source>JSONata, e.g. $number($) or $uppercase($record.currency). $ is the source value, $record the record, $line the list element, $tables the lookup tables.</source>
        <translation>JSONata, z. B. $number($) oder $uppercase($record.currency). $ ist der Quellwert, $record der Datensatz, $line das Listenelement, $tables die Nachschlagetabellen.</translation>
    </message>
    <message>
        <source>Transform:</source>
        <translation>Transformation:</translation>
    </message>
    <message>
        <source>Lookup tables…</source>
        <translation>Nachschlagetabellen…</translation>
    </message>
    <message>
        <source>Lookup table:</source>
        <translation>Nachschlagetabelle:</translation>
    </message>
    <message>
        <source>none (JSON or plain text)</source>
        <translation>keiner (JSON oder einfacher Text)</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Standardwert:</translation>
    </message>
    <message>
        <source>Required: a record without a value here fails to map</source>
        <translation>Erforderlich: Ein Datensatz ohne Wert in diesem Feld kann nicht zugeordnet werden</translation>
    </message>
    <message>
        <source>as the object (%1)</source>
        <translation>wie das Objekt (%1)</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Führendes System:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Sample record (edit it to try other values):</source>
        <translation>Beispieldatensatz (zum Ausprobieren anderer Werte bearbeiten):</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Remove mapping</source>
        <translation>Zuordnung entfernen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>%1
%2^
%3</source>
        <translation>%1
%2^
%3</translation>
    </message>
    <message>
        <source>(the formula does not compile)</source>
        <translation>(die Formel lässt sich nicht kompilieren)</translation>
    </message>
    <message>
        <source>The sample record is not a JSON object: %1 at character %2</source>
        <translation>Der Beispieldatensatz ist kein JSON-Objekt: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>%1: (no value: the target is left as it is)</source>
        <translation>%1: (kein Wert: das Ziel bleibt unverändert)</translation>
    </message>
    <message>
        <source>(no value: the sample has no element for this field)</source>
        <translation>(kein Wert: das Beispiel hat kein Element für dieses Feld)</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::XeroSignIn</name>
    <message>
        <source>Enter the base URL first: signing in needs to know where Xero is.</source>
        <translation>Geben Sie zuerst die Basis-URL ein: Für die Anmeldung muss bekannt sein, wo Xero erreichbar ist.</translation>
    </message>
    <message>
        <source>This build of LedgerLink has no client id for Xero&apos;s sign-in (set LEDGERLINK_XERO_CLIENT_ID to the client id of your Xero app); paste an access token meanwhile.</source>
        <translation>Dieser LedgerLink-Build hat keine Client-ID für die Xero-Anmeldung (setzen Sie LEDGERLINK_XERO_CLIENT_ID auf die Client-ID Ihrer Xero-App); fügen Sie bis dahin ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in to Xero there and allow LedgerLink access; LedgerLink continues by itself.</source>
        <translation>Warten auf den Browser… Melden Sie sich dort bei Xero an und erlauben Sie LedgerLink den Zugriff; LedgerLink macht danach von selbst weiter.</translation>
    </message>
    <message>
        <source>The browser could not be opened: open &lt;a href=&quot;%1&quot;&gt;Xero&apos;s sign-in page&lt;/a&gt; yourself (right-click to copy the link), sign in there and allow LedgerLink access.</source>
        <translation>Der Browser konnte nicht geöffnet werden: Öffnen Sie die &lt;a href=&quot;%1&quot;&gt;Anmeldeseite von Xero&lt;/a&gt; selbst (Rechtsklick, um den Link zu kopieren), melden Sie sich dort an und erlauben Sie LedgerLink den Zugriff.</translation>
    </message>
    <message>
        <source>Opening Xero&apos;s sign-in page in the browser…</source>
        <translation>Die Anmeldeseite von Xero wird im Browser geöffnet…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Signed in to Xero; asking which organisations LedgerLink may use…</source>
        <translation>Bei Xero angemeldet; es wird abgefragt, welche Organisationen LedgerLink verwenden darf…</translation>
    </message>
    <message>
        <source>Xero granted access, but to no organisation: sign in again and tick the organisation to connect on Xero&apos;s page.</source>
        <translation>Xero hat Zugriff gewährt, aber auf keine Organisation: Melden Sie sich erneut an und wählen Sie auf der Seite von Xero die zu verbindende Organisation aus.</translation>
    </message>
    <message>
        <source>Choose the organisation this connection syncs with.</source>
        <translation>Wählen Sie die Organisation, mit der diese Verbindung synchronisiert.</translation>
    </message>
    <message>
        <source>Choose the Xero organisation</source>
        <translation>Xero-Organisation wählen</translation>
    </message>
    <message>
        <source>Xero gave LedgerLink access to %1 organisations. Which one does this connection sync with?</source>
        <translation>Xero hat LedgerLink Zugriff auf %1 Organisationen gewährt. Mit welcher synchronisiert diese Verbindung?</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Tenant id %1</source>
        <translation>Tenant-ID %1</translation>
    </message>
    <message>
        <source>Use this organisation</source>
        <translation>Diese Organisation verwenden</translation>
    </message>
    <message>
        <source>No organisation chosen: nothing was stored. Sign in again to choose one.</source>
        <translation>Keine Organisation gewählt: Es wurde nichts gespeichert. Melden Sie sich erneut an, um eine zu wählen.</translation>
    </message>
    <message>
        <source>Storing the tokens for %1 in the keychain…</source>
        <translation>Die Tokens für %1 werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Signed in to Xero, but the keychain did not store the tokens: %1. Nothing was saved anywhere else; unlock the keychain and sign in again.</source>
        <translation>Bei Xero angemeldet, aber der Schlüsselbund hat die Tokens nicht gespeichert: %1. Nirgendwo sonst wurde etwas gespeichert; entsperren Sie den Schlüsselbund und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Signed in to %1. The access token is in the keychain (Xero gave no refresh token: sign in again in 30 minutes). Save to keep the tenant id.</source>
        <translation>Bei %1 angemeldet. Das Zugriffstoken liegt im Schlüsselbund (Xero hat kein Refresh-Token ausgegeben: Melden Sie sich in 30 Minuten erneut an). Speichern Sie, um die Tenant-ID zu behalten.</translation>
    </message>
    <message>
        <source>Signed in to %1. The access and refresh tokens are in the keychain; save to keep the tenant id.</source>
        <translation>Bei %1 angemeldet. Zugriffs- und Refresh-Token liegen im Schlüsselbund; speichern Sie, um die Tenant-ID zu behalten.</translation>
    </message>
</context>
<context>
    <name>LedgerLink::Studio::ZohoSignIn</name>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Saudi-Arabien</translation>
    </message>
    <message>
        <source>Sign in to Zoho Books</source>
        <translation>Bei Zoho Books anmelden</translation>
    </message>
    <message>
        <source>LedgerLink signs in to Zoho with an app of your own. In the &lt;a href=&quot;https://api-console.zoho.com&quot;&gt;Zoho API console&lt;/a&gt; add a “Server-based Application” whose authorized redirect URIs are the addresses below, then enter its client ID and client secret here. Your browser opens Zoho&apos;s sign-in page next; afterwards you choose the organization.</source>
        <translation>LedgerLink meldet sich mit einer eigenen App bei Zoho an. Legen Sie in der &lt;a href=&quot;https://api-console.zoho.com&quot;&gt;Zoho API Console&lt;/a&gt; eine „Server-based Application“ an, deren autorisierte Weiterleitungs-URIs die Adressen unten sind, und geben Sie hier deren Client-ID und Client-Secret ein. Danach öffnet Ihr Browser die Anmeldeseite von Zoho; anschließend wählen Sie die Organisation.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Where your Zoho account lives: the domain you sign in to Zoho at (zoho.com, zoho.eu, zoho.in, …)</source>
        <translation>Wo Ihr Zoho-Konto liegt: die Domain, unter der Sie sich bei Zoho anmelden (zoho.com, zoho.eu, zoho.in, …)</translation>
    </message>
    <message>
        <source>Data centre:</source>
        <translation>Rechenzentrum:</translation>
    </message>
    <message>
        <source>1000.… from the API console</source>
        <translation>1000.… aus der API Console</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>the app&apos;s client secret</source>
        <translation>das Client-Secret der App</translation>
    </message>
    <message>
        <source>Kept in the keychain only, next to the tokens it renews</source>
        <translation>Nur im Schlüsselbund gespeichert, neben den Tokens, die es erneuert</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <source>Sign in in the browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <source>Enter the client ID of your app in the Zoho API console.</source>
        <translation>Geben Sie die Client-ID Ihrer App in der Zoho API Console ein.</translation>
    </message>
    <message>
        <source>Enter the client secret of your app in the Zoho API console.</source>
        <translation>Geben Sie das Client-Secret Ihrer App in der Zoho API Console ein.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Choose the data centre and enter the app&apos;s client ID and secret.</source>
        <translation>Wählen Sie das Rechenzentrum und geben Sie Client-ID und Secret der App ein.</translation>
    </message>
    <message>
        <source>Opening Zoho&apos;s sign-in page in the browser…</source>
        <translation>Die Anmeldeseite von Zoho wird im Browser geöffnet…</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in to Zoho there and accept LedgerLink&apos;s access to Zoho Books; LedgerLink continues by itself.</source>
        <translation>Warte auf den Browser… Melden Sie sich dort bei Zoho an und erlauben Sie LedgerLink den Zugriff auf Zoho Books; LedgerLink macht dann von selbst weiter.</translation>
    </message>
    <message>
        <source>The browser could not be opened: open &lt;a href=&quot;%1&quot;&gt;Zoho&apos;s sign-in page&lt;/a&gt; yourself (right-click to copy the link), sign in there and accept LedgerLink&apos;s access.</source>
        <translation>Der Browser ließ sich nicht öffnen: öffnen Sie &lt;a href=&quot;%1&quot;&gt;die Anmeldeseite von Zoho&lt;/a&gt; selbst (Rechtsklick, um den Link zu kopieren), melden Sie sich dort an und erlauben Sie den Zugriff von LedgerLink.</translation>
    </message>
    <message>
        <source>Zoho did not accept the client ID and secret (invalid_client): copy both again from your app in the Zoho API console, and check that the app is enabled for the data centre chosen. Nothing was stored.</source>
        <translation>Zoho hat Client-ID und Secret nicht angenommen (invalid_client): kopieren Sie beide erneut aus Ihrer App in der Zoho API Console und prüfen Sie, dass die App für das gewählte Rechenzentrum freigeschaltet ist. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Zoho signed you in but named “%1” as your account&apos;s API address, which is not a Zoho data centre LedgerLink knows: nothing was stored.</source>
        <translation>Zoho hat Sie angemeldet, aber „%1“ als API-Adresse Ihres Kontos genannt, und das ist kein Zoho-Rechenzentrum, das LedgerLink kennt: nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Signed in with Zoho; listing your Zoho Books organizations…</source>
        <translation>Bei Zoho angemeldet; Ihre Zoho-Books-Organisationen werden aufgelistet…</translation>
    </message>
    <message>
        <source>%1 Nothing was stored.</source>
        <translation>%1 Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Signed in, but this Zoho account has no Zoho Books organization: nothing was stored. Create the organization in Zoho Books (or sign in as one of its users) and sign in again.</source>
        <translation>Angemeldet, aber dieses Zoho-Konto hat keine Zoho-Books-Organisation: nichts wurde gespeichert. Legen Sie die Organisation in Zoho Books an (oder melden Sie sich als einer ihrer Benutzer an) und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Choose the organization this connection syncs with.</source>
        <translation>Wählen Sie die Organisation, mit der diese Verbindung synchronisiert.</translation>
    </message>
    <message>
        <source>default organization</source>
        <translation>Standardorganisation</translation>
    </message>
    <message>
        <source>Organization id %1</source>
        <translation>Organisations-ID %1</translation>
    </message>
    <message>
        <source>Choose the Zoho Books organization</source>
        <translation>Zoho-Books-Organisation wählen</translation>
    </message>
    <message>
        <source>Your Zoho account has %1 Zoho Books organizations. Which one does this connection sync with?</source>
        <translation>Ihr Zoho-Konto hat %1 Zoho-Books-Organisationen. Mit welcher synchronisiert diese Verbindung?</translation>
    </message>
    <message>
        <source>Use this organization</source>
        <translation>Diese Organisation verwenden</translation>
    </message>
    <message>
        <source>No organization chosen: nothing was stored. Sign in again to choose one.</source>
        <translation>Keine Organisation gewählt: nichts wurde gespeichert. Melden Sie sich erneut an, um eine zu wählen.</translation>
    </message>
    <message>
        <source>Storing the tokens for “%1” in the keychain…</source>
        <translation>Die Tokens für „%1“ werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Signed in to Zoho Books, but the keychain did not store the tokens: %1. Nothing was saved anywhere else; unlock the keychain and sign in again.</source>
        <translation>Bei Zoho Books angemeldet, aber der Schlüsselbund hat die Tokens nicht gespeichert: %1. Nichts wurde anderswo gespeichert; entsperren Sie den Schlüsselbund und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Signed in to Zoho Books and stored the tokens, but the keychain did not store the app&apos;s client ID and secret: %1. Unlock the keychain and sign in again.</source>
        <translation>Bei Zoho Books angemeldet und die Tokens gespeichert, aber der Schlüsselbund hat Client-ID und Secret der App nicht gespeichert: %1. Entsperren Sie den Schlüsselbund und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Signed in to the Zoho Books organization “%1”. The access and refresh tokens and the app&apos;s client secret are in the keychain; save to keep the organization id and base URL.</source>
        <translation>Bei der Zoho-Books-Organisation „%1“ angemeldet. Access- und Refresh-Token sowie das Client-Secret der App liegen im Schlüsselbund; speichern Sie, um Organisations-ID und Basis-URL zu behalten.</translation>
    </message>
    <message>
        <source>Signed in to the Zoho Books organization “%1”. The access token is in the keychain (Zoho gave no refresh token: sign in again in an hour). Save to keep the organization id and base URL.</source>
        <translation>Bei der Zoho-Books-Organisation „%1“ angemeldet. Das Access-Token liegt im Schlüsselbund (Zoho hat kein Refresh-Token ausgegeben: melden Sie sich in einer Stunde erneut an). Speichern Sie, um Organisations-ID und Basis-URL zu behalten.</translation>
    </message>
</context>
<context>
    <name>MappingCommands</name>
    <message>
        <source>Map %1 → %2</source>
        <translation>%1 → %2 zuordnen</translation>
    </message>
    <message>
        <source>Remove mapping of %1</source>
        <translation>Zuordnung von %1 entfernen</translation>
    </message>
    <message>
        <source>Change mapping of %1</source>
        <translation>Zuordnung von %1 ändern</translation>
    </message>
    <message>
        <source>Change the %1 rule</source>
        <translation>Regel %1 ändern</translation>
    </message>
    <message>
        <source>Remove lookup table %1</source>
        <translation>Nachschlagetabelle %1 entfernen</translation>
    </message>
    <message>
        <source>Change lookup table %1</source>
        <translation>Nachschlagetabelle %1 ändern</translation>
    </message>
    <message>
        <source>Add lookup table %1</source>
        <translation>Nachschlagetabelle %1 hinzufügen</translation>
    </message>
    <message>
        <source>Set the rollout stage to %1</source>
        <translation>Rollout-Phase auf %1 setzen</translation>
    </message>
    <message>
        <source>Change the policies</source>
        <translation>Richtlinien ändern</translation>
    </message>
</context>
<context>
    <name>StudioSettings</name>
    <message>
        <source>This session works on the workspace&apos;s own state store, %1. Open Settings to choose another data location; it is used from the studio&apos;s next start.</source>
        <translation>Diese Sitzung arbeitet mit dem eigenen Zustandsspeicher des Arbeitsbereichs, %1. Wählen Sie in den Einstellungen einen anderen Speicherort; er wird ab dem nächsten Start des Studios verwendet.</translation>
    </message>
    <message>
        <source>The state store file %1 cannot be opened: %2</source>
        <translation>Die Zustandsspeicher-Datei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The state store on %1 cannot be opened: its password cannot be read from the OS keychain (%2; keychain entry %3).</source>
        <translation>Der Zustandsspeicher auf %1 kann nicht geöffnet werden: Sein Passwort kann nicht aus dem Schlüsselbund des Betriebssystems gelesen werden (%2; Schlüsselbund-Eintrag %3).</translation>
    </message>
    <message>
        <source>The state store on %1 cannot be opened: %2</source>
        <translation>Der Zustandsspeicher auf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>No password for it is stored in the OS keychain (keychain entry %1): enter it in Settings.</source>
        <translation>Im Schlüsselbund des Betriebssystems ist kein Passwort dafür gespeichert (Schlüsselbund-Eintrag %1): Geben Sie es in den Einstellungen ein.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>Surcharge tax</source>
        <translation>Steuer auf Zuschlag</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>the %1 %2 was written as %3 records, one per vendor (&quot;split&quot;), so there is no single record to link to</source>
        <translation>%1 %2 wurde als %3 Datensätze geschrieben, einer je Händler („split“), daher gibt es keinen einzelnen Datensatz zum Verknüpfen</translation>
    </message>
    <message>
        <source>the %1 %2 it refers to is a dead letter (%3), so it has not been written; replay that dead letter (%4) once it is fixed, then this one</source>
        <translation>%1 %2, auf das/die er sich bezieht, ist ein Dead Letter (%3) und wurde daher nicht geschrieben; spielen Sie diesen Dead Letter (%4) erneut ab, sobald er behoben ist, dann diesen</translation>
    </message>
    <message>
        <source>the %1 %2 it refers to has not been written yet (rule &quot;%1&quot;); waiting for it</source>
        <translation>%1 %2, auf das/die er sich bezieht, ist noch nicht geschrieben (Regel „%1“); er wartet darauf</translation>
    </message>
</context>
<context>
    <name>WorkspaceSecrets</name>
    <message>
        <source>No access token for the store in the keychain: add it on the Connections page.</source>
        <translation>Kein Zugriffstoken für den Shop im Schlüsselbund: Fügen Sie es auf der Seite „Verbindungen“ hinzu.</translation>
    </message>
    <message>
        <source>No access token for the ERP in the keychain: add it on the Connections page.</source>
        <translation>Kein Zugriffstoken für das ERP im Schlüsselbund: Fügen Sie es auf der Seite „Verbindungen“ hinzu.</translation>
    </message>
    <message>
        <source>The keychain cannot be read (%1); LedgerLink needs the connections&apos; access tokens from it.</source>
        <translation>Der Schlüsselbund kann nicht gelesen werden (%1); LedgerLink braucht daraus die Zugriffstoken der Verbindungen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LedgerLink studio</source>
        <translation>LedgerLink Studio</translation>
    </message>
    <message>
        <source>Open the sandbox workspace (the default).</source>
        <translation>Den Sandbox-Arbeitsbereich öffnen (Standard).</translation>
    </message>
    <message>
        <source>Open the workspace in &lt;dir&gt;.</source>
        <translation>Den Arbeitsbereich in &lt;dir&gt; öffnen.</translation>
    </message>
    <message>
        <source>Start a dry run as soon as the window is shown.</source>
        <translation>Einen Probelauf starten, sobald das Fenster angezeigt wird.</translation>
    </message>
    <message>
        <source>Sandbox Shop ↔ Sandbox Books</source>
        <translation>Sandbox-Shop ↔ Sandbox-Buchhaltung</translation>
    </message>
    <message>
        <source>LedgerLink: data location</source>
        <translation>LedgerLink: Speicherort der Daten</translation>
    </message>
</context>
</TS>
