#!/usr/bin/env bash
# Prism (a contract-validating mock) on Microsoft's Dynamics 365 Business Central API v1.0 spec
# (BCOAS1.0, ../shared/peers/specs/business-central), for the connector peer tests:
# `prism_businesscentral.sh start DIR` / `prism_businesscentral.sh stop DIR`. Requests that break
# the vendor's schema are answered 422 (the spec's operations define no 4xx of their own). Prism is
# installed once with npm into a cache folder (shared with prism_xero.sh); the spec is
# de-referenced (Prism skips body validation on shared $refs) and served under /api/v1.0 like the
# real API (the spec's server URL ends in /api/v1.0). Writes DIR/url.txt (the base URL, up to and
# including /api, as a connection's base URL is).
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
    spec=$cache/businesscentral-v1.0.api.json
    source=$shared/peers/specs/business-central/bc-v1.0-BCOAS1.0.yaml
    if [ ! -s "$spec" ] || [ "$source" -nt "$spec" ]; then
      python3 "$shared/peers/tools/deref_openapi.py" "$source" "$dir/deref.json" >/dev/null
      python3 - "$dir/deref.json" "$spec" <<'PY'
import json, sys
spec = json.load(open(sys.argv[1]))
spec["paths"] = {"/api/v1.0" + path: item for path, item in spec["paths"].items()}
json.dump(spec, open(sys.argv[2], "w"))
PY
    fi
    for attempt in 1 2 3; do
      port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
      "$cache/node_modules/.bin/prism" mock -h 127.0.0.1 -p "$port" --errors "$spec" >"$dir/prism.log" 2>&1 &
      echo $! >"$dir/prism.pid"
      for _ in $(seq 1 600); do
        if grep -q "Prism is listening" "$dir/prism.log"; then
          echo "http://127.0.0.1:$port/api" >"$dir/url.txt"
          echo "prism fixture: Business Central v1.0 mock on 127.0.0.1:$port ($dir)"
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
