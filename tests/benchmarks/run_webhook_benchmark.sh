#!/usr/bin/env bash
# Webhook load benchmark (issue 10, "Load"): builds bench_webhookload and ledgerlink-cli, then runs
# the four scenarios of bench_webhookload.cpp on 127.0.0.1: reference (a bare QHttpServer), burst
# (`ledgerlink-cli webhook serve --capacity 100000`, 500 signed Shopify deliveries/s for 60 s, 10 % duplicates, 5 %
# wrong signatures), capacity (10 s of the same load, --capacity 500 --retry-after 2, a stand-in
# executor running 100 jobs/s, redeliveries after each 503) and lag (the receiver on its own thread in the benchmark's
# process, 20 s of load, a 10 ms timer on the main thread). Prints the figures and checks the state store.
# Exits 0 when every store check passes (it asserts no timing), 1 when one fails, 2 when it cannot run.
#
#   tests/benchmarks/run_webhook_benchmark.sh BUILD_DIR [bench_webhookload options...]
#   e.g. ... BUILD_DIR --seconds 10 --only burst      (a quick look)
set -euo pipefail

if [[ $# -lt 1 || "$1" == -* ]]; then
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
build="$(cd "$1" && pwd)"
shift
if [[ -z "${LEDGERLINK_SKIP_BUILD:-}" ]]; then
    flock /tmp/ledgerlink-build.lock cmake --build "$build" --target bench_webhookload ledgerlink-cli >/dev/null
fi
echo "machine: $(uname -srm), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "command: $0 $build $*"
exec "$build/tests/benchmarks/bench_webhookload" --cli "$build/app/ledgerlink-cli" "$@"
