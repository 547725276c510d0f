#!/usr/bin/env bash
# A real Tryton 6.0 ERP (Debian's tryton-server and tryton-modules-sale) with SQLite on 127.0.0.1,
# for the Tryton connector's peer tests: `tryton.sh start DIR` / `tryton.sh stop DIR`.
#
# The database is initialised once (trytond-admin, about 30 s) and seeded through JSON-RPC with
# what the GUI's set-up wizard would do: a company in USD, the minimal chart of accounts with its
# default accounts, a fiscal year for the current year with monthly periods and strict invoice
# and credit note sequences, the payment method "Web shop" (cash journal), the product category
# "Goods" with revenue and expense accounts, and a few countries. The seeded SQLite file is cached
# under ${XDG_CACHE_HOME:-~/.cache}/ledgerlink-tryton, keyed by this script's checksum, the
# trytond version and the year, so a later start only copies it (a few seconds).
#
# Writes DIR/url.txt (the database URL, http://127.0.0.1:PORT/erp/) and DIR/info.json (the users
# admin/admin and sync, with all of admin's groups and a password of its own, and the ids of the
# seeded records). Needs: tryton-server tryton-modules-sale (Debian 12), python3 (the seeding
# talks JSON-RPC through urllib).
set -euo pipefail
action=${1:?start|stop}
dir=${2:?directory}
db=erp
python=/usr/bin/python3
[ -x "$python" ] || python=python3
cache_root=${LEDGERLINK_TRYTON_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ledgerlink-tryton}

# kill_server WORKDIR: stops the trytond started there and waits until it is gone.
kill_server() {
  [ -f "$1/trytond.pid" ] || return 0
  local pid
  pid=$(cat "$1/trytond.pid")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
}

stop() {
  kill_server "$dir"
  rm -rf "$dir"
}

free_port() {
  "$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# write_config WORKDIR PORT: trytond.conf for a SQLite database under WORKDIR/db.
write_config() {
  cat >"$1/trytond.conf" <<CONF
[database]
uri = sqlite://
path = $1/db
language = en
list = False
[web]
listen = 127.0.0.1:$2
root = $1/www
CONF
}

# serve WORKDIR: starts trytond on a free port (three tries), waits until it answers JSON-RPC;
# prints the port. The pid is in WORKDIR/trytond.pid.
serve() {
  local work=$1 port
  for attempt in 1 2 3; do
    port=$(free_port)
    write_config "$work" "$port"
    trytond -c "$work/trytond.conf" -d "$db" >"$work/server.log" 2>&1 &
    echo $! >"$work/trytond.pid"
    for _ in $(seq 1 300); do
      if "$python" - "$port" <<'PY' 2>/dev/null; then
import json, sys, urllib.request
request = urllib.request.Request("http://127.0.0.1:%s/" % sys.argv[1],
    data=json.dumps({"id": 0, "method": "common.server.version", "params": []}).encode(),
    headers={"Content-Type": "application/json"})
sys.exit(0 if "result" in json.load(urllib.request.urlopen(request, timeout=2)) else 1)
PY
        echo "$port"
        return 0
      fi
      kill -0 "$(cat "$work/trytond.pid")" 2>/dev/null || break
      sleep 0.1
    done
    kill_server "$work"
    echo "tryton fixture: trytond did not start on port $port (attempt $attempt)" >&2
    tail -5 "$work/server.log" >&2 || true
  done
  return 1
}

# seed URL INFO_JSON: the one-time set-up through JSON-RPC, as the GUI's wizards do it.
seed() {
  "$python" - "$1" "$2" <<'PY'
import base64, datetime, json, sys, urllib.request

url, info_path = sys.argv[1], sys.argv[2]


def post(payload, auth=None):
    headers = {"Content-Type": "application/json"}
    if auth:
        headers["Authorization"] = auth
    request = urllib.request.Request(url, data=json.dumps(payload).encode(), headers=headers)
    return json.load(urllib.request.urlopen(request, timeout=120))


user_id, session = post({"id": 0, "method": "common.db.login",
                         "params": ["admin", {"password": "admin"}, "en"]})["result"]
auth = "Session " + base64.b64encode(("admin:%d:%s" % (user_id, session)).encode()).decode()


def rpc(method, *params):
    answer = post({"id": 1, "method": method, "params": list(params)}, auth)
    if "error" in answer:
        raise SystemExit("tryton fixture: %s failed: %s" % (method, json.dumps(answer["error"])[:2000]))
    return answer["result"]


def D(text):
    return {"__class__": "Decimal", "decimal": text}


def DATE(d):
    return {"__class__": "date", "year": d.year, "month": d.month, "day": d.day}


def first(model, domain, context=None):
    found = rpc("model.%s.search" % model, domain, 0, 1, None, context or {})
    if not found:
        raise SystemExit("tryton fixture: no %s matches %s" % (model, domain))
    return found[0]


year = datetime.date.today().year
usd = rpc("model.currency.currency.create", [{"name": "US Dollar", "code": "USD", "symbol": "$",
                                              "rounding": D("0.01"), "digits": 2}], {})[0]
company_party = rpc("model.party.party.create", [{"name": "LedgerLink Peer Test Company"}], {})[0]
company = rpc("model.company.company.create", [{"party": company_party, "currency": usd}], {})[0]
rpc("model.res.user.write", [user_id], {"companies": [["add", [company]]], "company": company}, {})
C = {"company": company}

# Chart of accounts from the minimal template, then the default receivable/payable/revenue/expense.
template = first("account.account.template", [["parent", "=", None], ["name", "=", "Minimal Account Chart"]])
wizard = rpc("wizard.account.create_chart.create", {})[0]
rpc("wizard.account.create_chart.execute", wizard,
    {"account": {"company": company, "account_template": template}}, "create_account", C)


def account(kind):
    return first("account.account", [["type.%s" % kind, "=", True], ["company", "=", company]], C)


receivable, payable, revenue, expense = (account(k) for k in ("receivable", "payable", "revenue", "expense"))
cash = first("account.account", [["name", "=", "Main Cash"], ["company", "=", company]], C)
rpc("wizard.account.create_chart.execute", wizard,
    {"properties": {"company": company, "account_receivable": receivable, "account_payable": payable,
                    "category_account_revenue": revenue, "category_account_expense": expense}},
    "create_properties", C)
rpc("wizard.account.create_chart.delete", wizard, C)

# Fiscal year with monthly periods, a move sequence and strict invoice/credit note sequences.
move_type = first("ir.sequence.type", [["name", "=", "Account Move"]])
invoice_type = first("ir.sequence.type", [["name", "=", "Invoice"]])
move_sequence = rpc("model.ir.sequence.create",
                    [{"name": "Move %d" % year, "sequence_type": move_type, "company": company}], C)[0]
invoice_sequence = rpc("model.ir.sequence.strict.create",
                       [{"name": "Invoice %d" % year, "sequence_type": invoice_type, "company": company,
                         "prefix": "INV/%d/" % year, "padding": 4}], C)[0]
credit_sequence = rpc("model.ir.sequence.strict.create",
                      [{"name": "Credit note %d" % year, "sequence_type": invoice_type, "company": company,
                        "prefix": "CN/%d/" % year, "padding": 4}], C)[0]
fiscal_year = rpc("model.account.fiscalyear.create", [{
    "name": str(year), "company": company,
    "start_date": DATE(datetime.date(year, 1, 1)), "end_date": DATE(datetime.date(year, 12, 31)),
    "post_move_sequence": move_sequence,
    "invoice_sequences": [["create", [{
        "company": company, "out_invoice_sequence": invoice_sequence,
        "out_credit_note_sequence": credit_sequence, "in_invoice_sequence": invoice_sequence,
        "in_credit_note_sequence": credit_sequence}]]]}], C)[0]
rpc("model.account.fiscalyear.create_period", [fiscal_year], C)

# The payment method the store's payments are booked with.
cash_journal = first("account.journal", [["type", "=", "cash"]], C)
payment_method = rpc("model.account.invoice.payment.method.create", [{
    "name": "Web shop", "company": company, "journal": cash_journal,
    "credit_account": cash, "debit_account": cash}], C)[0]

# A product category that carries the accounts, the unit, the stock locations, some countries.
category = rpc("model.product.category.create", [{
    "name": "Goods", "accounting": True, "account_revenue": revenue, "account_expense": expense}], C)[0]
unit = first("product.uom", [["symbol", "=", "u"]])
locations = {code: first("stock.location", [["code", "=", code]])
             for code in ("WH", "STO", "IN", "OUT", "SUP", "CUS")}
lost_found = first("stock.location", [["type", "=", "lost_found"]])
countries = {}
for code, name in (("US", "United States"), ("DE", "Germany"), ("GB", "United Kingdom"),
                   ("FR", "France"), ("NZ", "New Zealand")):
    countries[code] = rpc("model.country.country.create", [{"name": name, "code": code}], C)[0]

# The user LedgerLink logs in as: every group the administrator has, its own password.
groups = rpc("model.res.user.read", [user_id], ["groups"], {})[0]["groups"]
sync_password = "Qx7-SyncPeer!LdgK"
sync_user = rpc("model.res.user.create", [{
    "name": "LedgerLink sync", "login": "sync", "password": sync_password,
    "groups": [["add", groups]], "companies": [["add", [company]]], "company": company}], {})[0]

info = {
    "database": "erp", "user": "admin", "password": "admin", "user_id": user_id,
    "sync_user": "sync", "sync_password": sync_password, "sync_user_id": sync_user,
    "company": company, "company_name": "LedgerLink Peer Test Company", "company_party": company_party,
    "currency": usd, "currency_code": "USD", "year": year, "fiscal_year": fiscal_year,
    "payment_method": payment_method, "payment_method_name": "Web shop", "cash_journal": cash_journal,
    "category": category, "category_name": "Goods", "uom_unit": unit,
    "accounts": {"receivable": receivable, "payable": payable, "revenue": revenue,
                 "expense": expense, "cash": cash},
    "locations": {"warehouse": locations["WH"], "storage": locations["STO"], "input": locations["IN"],
                  "output": locations["OUT"], "supplier": locations["SUP"],
                  "customer": locations["CUS"], "lost_found": lost_found},
    "countries": countries,
}
with open(info_path, "w") as out:
    json.dump(info, out, indent=1)
rpc("common.db.logout")
PY
}

# build CACHE: initialises and seeds a database, leaves CACHE/erp.sqlite and CACHE/info.json.
build() {
  local cache=$1 work
  work=$(mktemp -d "${TMPDIR:-/tmp}/tryton-build.XXXXXX")
  mkdir -p "$work/db" "$work/www"
  write_config "$work" 0
  printf 'admin\n' >"$work/pass.txt"
  : >"$work/db/$db.sqlite" # the SQLite backend refuses a missing file
  echo "tryton fixture: initialising a Tryton database (once, about 30 s) in $work" >&2
  if ! TRYTONPASSFILE="$work/pass.txt" trytond-admin -c "$work/trytond.conf" -d "$db" --all \
      --email admin@example.com </dev/null >"$work/admin.log" 2>&1 \
    || ! trytond-admin -c "$work/trytond.conf" -d "$db" -u sale --activate-dependencies \
      </dev/null >>"$work/admin.log" 2>&1; then
    tail -20 "$work/admin.log" >&2
    rm -rf "$work"
    return 1
  fi
  local port
  if ! port=$(serve "$work"); then
    rm -rf "$work"
    return 1
  fi
  local status=0
  seed "http://127.0.0.1:$port/$db/" "$work/info.json" || status=$?
  kill_server "$work"
  if [ "$status" -ne 0 ]; then
    tail -20 "$work/server.log" >&2
    rm -rf "$work"
    return 1
  fi
  mkdir -p "$cache"
  cp "$work/db/$db.sqlite" "$cache/$db.sqlite.tmp"
  cp "$work/info.json" "$cache/info.json"
  mv "$cache/$db.sqlite.tmp" "$cache/$db.sqlite"
  rm -rf "$work"
}

case "$action" in
  start)
    stop
    if ! command -v trytond >/dev/null || ! command -v trytond-admin >/dev/null; then
      echo "tryton fixture: trytond is missing (apt-get install tryton-server tryton-modules-sale)" >&2
      exit 1
    fi
    if [ ! -d /usr/lib/python3/dist-packages/trytond/modules/sale ]; then
      echo "tryton fixture: the sale module is missing (apt-get install tryton-modules-sale)" >&2
      exit 1
    fi
    version=$(trytond --version 2>/dev/null | tr -dc '0-9.')
    year=$(date +%Y)
    key=$(sha256sum <"$0" | cut -c1-16)-$version-$year
    cache=$cache_root/$key
    mkdir -p "$cache_root"
    (
      flock 9
      if [ ! -s "$cache/$db.sqlite" ] || [ ! -s "$cache/info.json" ]; then
        build "$cache" || exit 1
        # Older keys (an edited script, last year, another trytond) are of no more use.
        find "$cache_root" -mindepth 1 -maxdepth 1 -type d ! -name "$key" -exec rm -rf {} +
      fi
    ) 9>"$cache_root/.lock"
    mkdir -p "$dir/db" "$dir/www"
    cp "$cache/$db.sqlite" "$dir/db/$db.sqlite"
    if ! port=$(serve "$dir"); then
      exit 1
    fi
    echo "http://127.0.0.1:$port/$db/" >"$dir/url.txt"
    "$python" - "$cache/info.json" "$dir/info.json" "http://127.0.0.1:$port/$db/" <<'PY'
import json, sys
info = json.load(open(sys.argv[1]))
info["url"] = sys.argv[3]
json.dump(info, open(sys.argv[2], "w"), indent=1)
PY
    echo "tryton fixture: Tryton $version on 127.0.0.1:$port, database $db ($dir)"
    ;;
  stop)
    stop
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
