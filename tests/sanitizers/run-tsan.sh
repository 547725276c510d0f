#!/usr/bin/env bash
# The ThreadSanitizer run of docs/reliability.md (issue 10), outside CI: builds the engine and store
# test suites and the other threaded ones (and ledgerlink-cli, which some of them start) with
# clang 14 and -fsanitize=thread, runs each suite with its CTest environment but with TSan
# reporting instead of halting, and prints per suite whether it passed, then every report
# classified by whose code made its accesses (tests/sanitizers/classify-tsan.py). Exit code 0
# when every suite passed.
#
#   tests/sanitizers/run-tsan.sh [build-dir]      (default: build-tsan beside the sources)
#
# Environment: JOBS (default: nproc) for the build and for the suites run at once; TSAN_QT, the
# prefix of a Qt built with -fsanitize=thread by build-tsan-qt.sh (default: Debian's Qt, which
# ThreadSanitizer cannot see into, so that every hand-off through Qt is reported); TSAN_SURVEY=1
# to leave out tsan.supp and classify every report (by default a suite passes when its tests pass
# and TSan reported nothing that tsan.supp does not explain; without TSAN_QT only a survey is
# meaningful).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
build=${1:-$src/build-tsan}
jobs=${JOBS:-$(nproc)}
logs=$build/tsan-logs

# The engine and store suites, and the other suites whose code under test runs threads of its own:
# JSONata evaluated concurrently, the HTTP client's lanes and rate limiter, the webhook receiver's
# thread, concurrent token refreshes.
suites=(expression httpclient webhookreceiver webhookcli xerorefresh)
for file in "$src"/tests/engine/tst_*.cpp "$src"/tests/store/tst_*.cpp; do
    name=$(basename "$file" .cpp)
    suites+=("${name#tst_}")
done

qt_args=()
if [ -n "${TSAN_QT:-}" ]; then
    # Core, Network, Sql, Concurrent, DBus and Test from the instrumented prefix; Qt HTTP Server,
    # Qt Network Authorization, QtKeychain and the Linguist tools stay Debian's, on top of it.
    debian=/usr/lib/x86_64-linux-gnu/cmake
    qt_args=(-DCMAKE_PREFIX_PATH="$TSAN_QT" -DQt6HttpServer_DIR="$debian/Qt6HttpServer"
        -DQt6NetworkAuth_DIR="$debian/Qt6NetworkAuth" -DQt6LinguistTools_DIR="$debian/Qt6LinguistTools")
fi
CXX=clang++-14 cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${qt_args[@]}" \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
    -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld -DLEDGERLINK_SANITIZE=thread -DLEDGERLINK_BUILD_GUI=OFF \
    -DLEDGERLINK_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build "$build" -j "$jobs" --target ledgerlink-cli "${suites[@]/#/tst_}"

# The suites find the instrumented libraries through their run path; Debian's Qt HTTP Server and
# Qt Network Authorization must find them too (not while building: Debian's lrelease runs then).
if [ -n "${TSAN_QT:-}" ]; then
    export LD_LIBRARY_PATH="$TSAN_QT/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
fi
# The engine runs several times slower under ThreadSanitizer: tst_crashsafety stretches its kill
# moments so that they still fall on the writes and not only on start-up.
export LEDGERLINK_CRASH_KILL_SCALE=${LEDGERLINK_CRASH_KILL_SCALE:-3}
rm -rf "$logs"
mkdir -p "$logs"
cd "$build"
# The services the suites need (PostgreSQL, the private keyring), started and stopped by CTest.
ctest -R '^service_(postgres|keyring)_start$' --output-on-failure >/dev/null
trap 'ctest -R "^service_(postgres|keyring)_stop$" >/dev/null 2>&1 || true' EXIT

# Each suite's command and environment as CTest has them, with TSAN_OPTIONS replaced so that
# every report is written to the log folder and the suite runs to its end.
pattern="^($(IFS='|'; echo "${suites[*]}"))\$"
ctest -R "$pattern" --show-only=json-v1 | python3 -c '
import json, shlex, sys
logs, supp, survey = sys.argv[1:4]
for test in json.load(sys.stdin)["tests"]:
    if test["name"].startswith("service_"):  # the fixtures, already started above
        continue
    env = []
    for prop in test.get("properties", []):
        if prop["name"] == "ENVIRONMENT":
            env = [v for v in prop["value"] if not v.startswith("TSAN_OPTIONS=")]
    options = "halt_on_error=0:second_deadlock_stack=1:log_path=%s/%s" % (logs, test["name"])
    if survey != "1":
        options += ":print_suppressions=1:suppressions=" + supp
    env.append("TSAN_OPTIONS=" + options)
    print(test["name"], " ".join(shlex.quote(e) for e in env), shlex.quote(test["command"][0]))
' "$logs" "$here/tsan.supp" "${TSAN_SURVEY:-0}" >"$logs/commands"

run_one() { # run_one NAME ENV... COMMAND
    local name=$1
    shift
    local status=0
    (cd "$(dirname "${@: -1}")" && timeout 1200 env "$@" >"$LOGS/$name.out" 2>&1) || status=$?
    echo "$status" >"$LOGS/$name.status"
}
export -f run_one
export LOGS=$logs
while read -r name rest; do
    printf '%s\0' "run_one $name $rest"
done <"$logs/commands" | xargs -0 -P "$jobs" -I{} bash -c '{}'

# A suite passes when its tests pass and TSan reported nothing (it exits 66 otherwise).
echo "== suites: exit code, tests, TSan reports"
failed=0
for out in "$logs"/*.out; do
    name=$(basename "$out" .out)
    status=$(cat "$logs/$name.status")
    totals=$(grep -h '^Totals:' "$out" | tail -1 | cut -d, -f1-2 || true)
    reports=$(cat "$logs/$name".[0-9]* 2>/dev/null | grep -c '^WARNING: ThreadSanitizer' || true)
    printf '%-20s %3s  %-30s %5s\n' "$name" "$status" "${totals:-did not finish (see $out)}" "$reports"
    [ "$status" = 0 ] || failed=$((failed + 1))
done
echo "== reports"
python3 "$here/classify-tsan.py" "$logs"
echo "$failed of $(ls "$logs"/*.out | wc -l) suites failed"
[ "$failed" = 0 ]
