#!/usr/bin/env bash
# Prism (a contract-validating mock) on Xero's own Accounting API spec, for the connector peer
# tests: `prism_xero.sh start DIR` / `prism_xero.sh stop DIR`. Requests that break the vendor's
# schema are answered 400/422. Prism is installed once with npm into a cache folder; the spec
# is de-referenced (Prism skips body validation on shared $refs) and served under /api.xro/2.0
# like the real API. Writes DIR/url.txt (the base URL).
set -euo pipefail
action=${1:?start|stop}
dir=${2:?directory}
here=$(cd "$(dirname "$0")" && pwd)
shared=${LEDGERLINK_SHARED_DIR:-$here/../../../shared}
cache=${LEDGERLINK_PRISM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ledgerlink-prism}

stop() {
  if [ -f "$dir/prism.pid" ]; then
    kill "$(cat "$dir/prism.pid")" 2>/dev/null || true
  fi
  rm -rf "$dir"
}

case "$action" in
  start)
    stop
    mkdir -p "$dir" "$cache"
    if [ ! -x "$cache/node_modules/.bin/prism" ]; then
      command -v npm >/dev/null || { echo "prism fixture: npm is missing (apt-get install npm)" >&2; exit 1; }
      npm install --prefix "$cache" --no-audit --no-fund @stoplight/prism-cli@5.16.0 >"$dir/npm.log" 2>&1 \
        || { cat "$dir/npm.log" >&2; exit 1; }
    fi
    spec=$cache/xero-accounting.api-xro.json
    if [ ! -s "$spec" ] || [ "$shared/peers/specs/xero/xero-accounting.yaml" -nt "$spec" ]; then
      python3 "$shared/peers/tools/deref_openapi.py" "$shared/peers/specs/xero/xero-accounting.yaml" "$dir/deref.json" >/dev/null
      python3 - "$dir/deref.json" "$spec" <<'PY'
import json, sys
spec = json.load(open(sys.argv[1]))
spec["paths"] = {"/api.xro/2.0" + path: item for path, item in spec["paths"].items()}
json.dump(spec, open(sys.argv[2], "w"))
PY
    fi
    for attempt in 1 2 3; do
      port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
      "$cache/node_modules/.bin/prism" mock -h 127.0.0.1 -p "$port" --errors "$spec" >"$dir/prism.log" 2>&1 &
      echo $! >"$dir/prism.pid"
      for _ in $(seq 1 600); do
        if grep -q "Prism is listening" "$dir/prism.log"; then
          echo "http://127.0.0.1:$port" >"$dir/url.txt"
          echo "prism fixture: Xero Accounting mock on 127.0.0.1:$port ($dir)"
          exit 0
        fi
        kill -0 "$(cat "$dir/prism.pid")" 2>/dev/null || break
        sleep 0.1
      done
      kill "$(cat "$dir/prism.pid")" 2>/dev/null || true
      echo "prism fixture: start on port $port failed (attempt $attempt)" >&2
      tail -5 "$dir/prism.log" >&2 || true
    done
    exit 1
    ;;
  stop)
    stop
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
