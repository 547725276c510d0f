#!/usr/bin/env bash
# The ThreadSanitizer run of docs/reliability.md (issue 10), outside CI: builds the engine and store
# test suites (and ledgerlink-cli, which some of them start) with clang 14 and -fsanitize=thread,
# runs each suite with its CTest environment but with TSan reporting instead of halting, and
# prints per suite whether it passed, then every report classified by what its two accesses go
# through (tests/sanitizers/classify-tsan.py).
#
#   tests/sanitizers/run-tsan.sh [build-dir]      (default: build-tsan beside the sources)
#
# Environment: JOBS (default: nproc) for the build and for the suites run at once.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
build=${1:-$src/build-tsan}
jobs=${JOBS:-$(nproc)}
logs=$build/tsan-logs

suites=()
for file in "$src"/tests/engine/tst_*.cpp "$src"/tests/store/tst_*.cpp; do
    name=$(basename "$file" .cpp)
    suites+=("${name#tst_}")
done

CXX=clang++-14 cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
    -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld -DLEDGERLINK_SANITIZE=thread -DLEDGERLINK_BUILD_GUI=OFF \
    -DLEDGERLINK_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build "$build" -j "$jobs" --target ledgerlink-cli "${suites[@]/#/tst_}"

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
logs = sys.argv[1]
for test in json.load(sys.stdin)["tests"]:
    if test["name"].startswith("service_"):  # the fixtures, already started above
        continue
    env = []
    for prop in test.get("properties", []):
        if prop["name"] == "ENVIRONMENT":
            env = [v for v in prop["value"] if not v.startswith("TSAN_OPTIONS=")]
    env.append("TSAN_OPTIONS=halt_on_error=0:exitcode=0:second_deadlock_stack=1:log_path=%s/%s"
               % (logs, test["name"]))
    print(test["name"], " ".join(shlex.quote(e) for e in env), shlex.quote(test["command"][0]))
' "$logs" >"$logs/commands"

run_one() { # run_one NAME ENV... COMMAND
    local name=$1
    shift
    (cd "$(dirname "${@: -1}")" && timeout 1200 env "$@" >"$LOGS/$name.out" 2>&1) || true
}
export -f run_one
export LOGS=$logs
while read -r name rest; do
    printf '%s\0' "run_one $name $rest"
done <"$logs/commands" | xargs -0 -P "$jobs" -I{} bash -c '{}'

echo "== suites"
for out in "$logs"/*.out; do
    name=$(basename "$out" .out)
    totals=$(grep -h '^Totals:' "$out" | tail -1 || true)
    printf '%-22s %s\n' "$name" "${totals:-did not finish (see $out)}"
done
echo "== reports"
python3 "$here/classify-tsan.py" "$logs"
