#!/usr/bin/env bash
# Sync throughput benchmark (issue 5): `ledgerlink-cli sandbox serve` (its own process, rate limits
# off) with N synthetic orders, `ledgerlink-cli run` syncing them end to end with durable audit
# rows, and a minimal keep-alive client against the same sandbox endpoint in the same run. Prints
# orders/s, the engine's request rate against the raw rate, and the engine's peak RSS for each
# order count (default 2,000 then 20,000: memory flat as the count grows 10x).
# Exits 0 whatever the figures are (it is a benchmark); non-zero only when it cannot run.
#
#   tests/benchmarks/run_sync_benchmark.sh BUILD_DIR [--orders N]... [--raw-seconds S]
#   tests/benchmarks/run_sync_benchmark.sh BUILD_DIR --quota [--quick]
#
# --quota: the sandbox store limits to 2 req/s (bucket 40); 600 requests (--quick: 100) go through
# the engine's RateLimiter (shopifyRest profile); prints the share of the allowed rate used and the
# 429 count. 600 requests take about 280 s of real time.
set -euo pipefail

if [[ $# -lt 1 || "$1" == -* ]]; then
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
build="$(cd "$1" && pwd)"
shift
args=()
orders=()
quota=0
quick=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --orders) orders+=(--orders "$2"); shift 2 ;;
        --raw-seconds) args+=(--raw-seconds "$2"); shift 2 ;;
        --quota) quota=600; shift ;;
        --quick) quick=1; shift ;;
        *) echo "run_sync_benchmark.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
if [[ $quota -gt 0 ]]; then
    [[ $quick -eq 1 ]] && quota=100
    cmake --build "$build" --target bench_sync ledgerlink-cli >/dev/null
    "$build/tests/benchmarks/bench_sync" --cli "$build/app/ledgerlink-cli" --quota "$quota"
fi
[[ ${#orders[@]} -eq 0 ]] && orders=(--orders 2000 --orders 20000)
cmake --build "$build" --target bench_sync ledgerlink-cli >/dev/null
# Not exec: bench_sync reads its children's peak RSS (getrusage), which an exec'd process would
# share with the compiler the build above may have run.
echo "machine: $(nproc) cores, $(uname -sr)"
"$build/tests/benchmarks/bench_sync" --cli "$build/app/ledgerlink-cli" "${orders[@]}" "${args[@]}"
