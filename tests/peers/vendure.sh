#!/usr/bin/env bash
# A real Vendure 3.7.3 store for the connector peer tests: `vendure.sh start DIR` / `vendure.sh
# stop DIR`. Vendure and sql.js are installed once with npm into a cache folder; the server
# (vendure_server.js beside this script) runs on a free port of 127.0.0.1 with its sql.js database
# in DIR. The freshly populated database (zones, 20 % tax, shipping, payment method, roles) is
# cached too, keyed by the server script's hash, so later starts skip populate.
# Writes DIR/url.txt (the server root; Admin API at /admin-api, Shop API at /shop-api).
set -euo pipefail
action=${1:?start|stop}
dir=${2:?directory}
here=$(cd "$(dirname "$0")" && pwd)
cache=${LEDGERLINK_VENDURE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ledgerlink-vendure}

stop() {
  if [ -f "$dir/server.pid" ]; then
    pid=$(cat "$dir/server.pid")
    # The server runs in a process group of its own (setsid): end the group, then make sure.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -rf "$dir"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

case "$action" in
  start)
    stop
    mkdir -p "$dir" "$cache"
    command -v node >/dev/null || { echo "vendure fixture: node is missing (apt-get install nodejs npm)" >&2; exit 1; }
    # Two fixtures may start at once (CTest -j): one npm install into the cache at a time.
    (
      flock 9
      if [ ! -f "$cache/node_modules/@vendure/core/package.json" ] || [ ! -d "$cache/node_modules/sql.js" ]; then
        command -v npm >/dev/null || { echo "vendure fixture: npm is missing (apt-get install npm)" >&2; exit 1; }
        t0=$(date +%s)
        npm install --prefix "$cache" --no-audit --no-fund --loglevel=error @vendure/core@3.7.3 sql.js@1 \
          >"$dir/npm.log" 2>&1 || { cat "$dir/npm.log" >&2; exit 1; }
        echo "vendure fixture: npm install took $(($(date +%s) - t0)) s"
      fi
    ) 9>"$cache/.lock"
    tax=${VENDURE_TAX_PERCENT:-20}
    key=$( (cat "$here/vendure_server.js" "$cache/node_modules/@vendure/core/package.json"; echo "tax $tax") \
      | sha256sum | cut -c1-16)
    snapshot=$cache/vendure-initial-$key.sqlite
    for attempt in 1 2 3; do
      rm -f "$dir/vendure.sqlite"
      if [ -s "$snapshot" ]; then
        cp "$snapshot" "$dir/vendure.sqlite"
      fi
      port=$(free_port)
      populate_port=$(free_port)
      (cd "$dir" && exec setsid env NODE_PATH="$cache/node_modules" VENDURE_DISABLE_TELEMETRY=true \
        PORT="$port" POPULATE_PORT="$populate_port" VENDURE_DB="$dir/vendure.sqlite" VENDURE_TAX_PERCENT="$tax" \
        VENDURE_DB_SNAPSHOT="$snapshot" node "$here/vendure_server.js" >"$dir/server.log" 2>&1) &
      echo $! >"$dir/server.pid"
      for _ in $(seq 1 1200); do
        if grep -q "VENDURE READY" "$dir/server.log"; then
          echo "http://127.0.0.1:$port" >"$dir/url.txt"
          echo "vendure fixture: $(grep "VENDURE READY" "$dir/server.log") ($dir)"
          exit 0
        fi
        kill -0 "$(cat "$dir/server.pid")" 2>/dev/null || break
        sleep 0.1
      done
      kill -KILL -- "-$(cat "$dir/server.pid")" 2>/dev/null || true
      echo "vendure fixture: start on port $port failed (attempt $attempt)" >&2
      tail -20 "$dir/server.log" >&2 || true
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
