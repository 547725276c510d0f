#!/usr/bin/env bash
# JSONata benchmark: core/expr (bench_jsonata) against the npm jsonata reference, same expressions
# (jsonata_cases.json) over the same inputs, in one run. Prints evaluations per second of both,
# the ratio ours / reference, the memory figures of ours, and whether every ratio >= 5.
# Exits 0 whatever the ratios are (it is a benchmark); non-zero only when it cannot run.
#
#   tests/benchmarks/run_jsonata_benchmark.sh BUILD_DIR [--seconds S] [--memory N] [--rounds R]
#                                             [--markdown] [--keep DIR]
#
# Defaults: 0.5 s per measurement, memory check over 10^6 evaluations, 3 rounds per side (each
# figure is the best round; rounds alternate ours / reference so both see the same load).
# --keep DIR keeps the raw JSON of every round there (bench_jsonata_report.js can re-read them).
# BUILD_DIR is a configured build tree (cmake --build BUILD_DIR --target bench_jsonata is run).
# The shared folder (peers/payloads) is LEDGERLINK_SHARED_DIR from the environment, else the one
# in BUILD_DIR's CMake cache. npm jsonata@2 is installed, once, into
# ${XDG_CACHE_HOME:-$HOME/.cache}/ledgerlink-bench (outside the repository); that install is the
# only network access.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ $# -lt 1 || "$1" == -* ]]; then
    sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
build="$(cd "$1" && pwd)"
shift
seconds=0.5
memory=1000000
rounds=3
report_args=()
keep=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --memory) memory="$2"; shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        --markdown) report_args+=(--markdown); shift ;;
        --keep) keep="$2"; shift 2 ;;
        *) echo "run_jsonata_benchmark.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

shared="${LEDGERLINK_SHARED_DIR:-}"
if [[ -z "$shared" ]]; then
    shared="$(sed -n 's/^LEDGERLINK_SHARED_DIR:[A-Z]*=//p' "$build/CMakeCache.txt" 2>/dev/null || true)"
fi
if [[ -z "$shared" || ! -d "$shared/peers/payloads" ]]; then
    echo "run_jsonata_benchmark.sh: no shared folder with peers/payloads (set LEDGERLINK_SHARED_DIR)" >&2
    exit 2
fi

command -v node >/dev/null || { echo "run_jsonata_benchmark.sh: node is not installed" >&2; exit 2; }
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[[ "$node_major" == 20 ]] || echo "note: the reference figures are meant for Node.js 20; this is $(node --version)" >&2

cache="${XDG_CACHE_HOME:-$HOME/.cache}/ledgerlink-bench"
jsonata_dir="$cache/node_modules/jsonata"
if [[ ! -f "$jsonata_dir/package.json" ]]; then
    echo "installing jsonata@2 from npm into $cache" >&2
    mkdir -p "$cache"
    npm install --no-save --no-audit --no-fund --prefix "$cache" jsonata@2 >&2
fi

cmake --build "$build" --target bench_jsonata >&2
bench="$build/tests/benchmarks/bench_jsonata"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# One side after the other (never both at once: they would compete for the cores), in rounds.
report_files=()
for ((round = 1; round <= rounds; ++round)); do
    mem=0
    [[ $round -eq 1 ]] && mem="$memory"
    echo "round $round/$rounds: core/expr (bench_jsonata, $seconds s per measurement, memory check over $mem evaluations)..." >&2
    "$bench" --shared "$shared" --cases "$here/jsonata_cases.json" --seconds "$seconds" \
        --memory "$mem" --json > "$tmp/ours-$round.json"
    echo "round $round/$rounds: reference (npm jsonata on $(node --version))..." >&2
    node "$here/bench_jsonata_reference.js" --jsonata "$jsonata_dir" --shared "$shared" \
        --cases "$here/jsonata_cases.json" --seconds "$seconds" > "$tmp/reference-$round.json" \
        2>"$tmp/reference.log" || { cat "$tmp/reference.log" >&2; exit 2; }
    report_files+=(--ours "$tmp/ours-$round.json" --reference "$tmp/reference-$round.json")
done

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) cores, $(uname -m), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n "$keep" ]]; then
    mkdir -p "$keep"
    cp "$tmp"/ours-*.json "$tmp"/reference-*.json "$keep"/
fi
repo="$(cd "$here/../.." && pwd)"
if engine_rev="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null)"; then
    engine_dirty="$(git -C "$repo" status --porcelain -- core/expr 2>/dev/null | wc -l || true)"
    [[ "$engine_dirty" -gt 0 ]] && engine_rev+=" plus uncommitted changes in $engine_dirty core/expr file(s) (the working tree was built)"
else
    engine_rev="unknown ($repo is not a git checkout)"
fi
echo "engine: core/expr at $engine_rev"
node "$here/bench_jsonata_report.js" "${report_files[@]}" --target 5 "${report_args[@]}"
exit 0
