#!/usr/bin/env bash
# Runs each libFuzzer target of tests/fuzz for a given time and prints, per target, the
# executions, executions per second, coverage (libFuzzer's final cov: and ft:) and findings
# (crash-*, leak-*, timeout-*, oom-* files). Exits non-zero when any target found something or
# could not run.
#
#   tests/fuzz/run-fuzzers.sh <seconds-per-target> [build-dir]
#
# build-dir defaults to build-fuzz next to this checkout's sources, configured as in
# docs/reliability.md (clang-14, -DLEDGERLINK_FUZZ=ON -DLEDGERLINK_SANITIZE=address,undefined).
# Environment: FUZZ_TARGETS="fuzz_expr fuzz_mapping" runs only those; LEDGERLINK_SHARED_DIR is the
# shared folder with peers/ (default: ../shared next to the checkout); FUZZ_NICE=0 runs at normal
# priority (default nice -n 19); FUZZ_JOBS=<n> runs each target with n workers (-fork).
#
# Each target first replays its regression inputs (tests/fuzz/regressions/<target>/), then fuzzes
# with its committed seeds (tests/fuzz/corpus/<target>/), the run-time seeds (prepare-seeds.py:
# the JSONata suite, the shared vendor payloads, the mapping documents) and the corpus it grew in
# earlier runs (<build-dir>/fuzz-work/<target>/corpus/, so long runs accumulate).
set -u

seconds=${1:?usage: run-fuzzers.sh <seconds-per-target> [build-dir]}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build=$(cd "${2:-$source_dir/build-fuzz}" && pwd) || { echo "no build directory ${2:-$source_dir/build-fuzz}" >&2; exit 2; }
shared=${LEDGERLINK_SHARED_DIR:-$source_dir/../shared}
targets=${FUZZ_TARGETS:-fuzz_expr fuzz_mapping fuzz_webhook fuzz_connectors fuzz_statestore}
nice_level=${FUZZ_NICE:-19}
work=$build/fuzz-work

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 TZ=UTC

mkdir -p "$work"
seeds=$(mktemp -d "$work/seeds.XXXXXX") # per run: several runs may share the build directory
trap 'rm -rf "$seeds"' EXIT
python3 "$here/prepare-seeds.py" "$source_dir" "$shared" "$seeds" || echo "warning: run-time seeds not prepared" >&2

status=0
printf '%-16s %12s %9s %8s %8s %9s  %s\n' target executions exec/s cov ft seconds findings
for target in $targets; do
    binary=$build/fuzz/$target
    dir=$work/$target
    mkdir -p "$dir/corpus" "$dir/artifacts" "$seeds/$target"
    rm -f "$dir/artifacts"/*
    log=$dir/fuzz.log
    if [[ ! -x $binary ]]; then
        printf '%-16s not built (%s)\n' "$target" "$binary"
        status=1
        continue
    fi
    extra=()
    if [[ $target == fuzz_statestore ]]; then
        # Fresh stores of every schema version are its seeds; they are larger than the default
        # maximum input length libFuzzer would infer from the small committed seeds.
        LEDGERLINK_FUZZ_WRITE_SEEDS=$seeds/$target "$binary" >/dev/null 2>&1
        extra+=(-max_len=262144)
    fi
    if [[ -n ${FUZZ_JOBS:-} ]]; then
        extra+=(-fork="$FUZZ_JOBS" -ignore_crashes=0)
    fi

    # Regression inputs: each must run through cleanly.
    regressions=$here/regressions/$target
    if compgen -G "$regressions/*" >/dev/null; then
        if ! nice -n "$nice_level" "$binary" -timeout=10 -rss_limit_mb=2048 "$regressions"/* >"$dir/regressions.log" 2>&1; then
            printf '%-16s regression input fails: see %s\n' "$target" "$dir/regressions.log"
            status=1
        fi
    fi

    start=$(date +%s)
    nice -n "$nice_level" "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$dir/artifacts/" "${extra[@]}" \
        "$dir/corpus" "$here/corpus/$target" "$seeds/$target" >"$log" 2>&1
    rc=$?
    elapsed=$(( $(date +%s) - start ))

    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    findings=$(cd "$dir/artifacts" && ls crash-* leak-* timeout-* oom-* slow-unit-* 2>/dev/null | grep -v '^slow-unit-' | tr '\n' ' ')
    if [[ -n $findings || $rc -ne 0 ]]; then
        status=1
        [[ -z $findings ]] && findings="exit code $rc, see $log"
        findings="$findings(in $dir/artifacts; log $log)"
    else
        findings=none
    fi
    printf '%-16s %12s %9s %8s %8s %9s  %s\n' "$target" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$elapsed" "$findings"
done
exit $status
