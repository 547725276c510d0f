#!/usr/bin/env bash
# LedgerLink on a fresh Debian 12 machine, in one command each (see README.md):
#   bash packaging/dev-setup.sh run    install packages, build, run the main job
#                                      (the studio on the sandbox workspace, or with no display
#                                      the CLI's sandbox dry run)
#   bash packaging/dev-setup.sh test   install packages, build with clang-14 and AddressSanitizer +
#                                      UndefinedBehaviorSanitizer (+ libFuzzer instrumentation),
#                                      run every test through CTest, then each fuzz target 10 s
# Environment: BUILD_DIR (default: build for run, build-sanitize for test), JOBS (default: nproc),
# LEDGERLINK_SKIP_APT=1 to skip apt, LEDGERLINK_SANITIZE=0 to test the plain g++ build instead
# (no sanitizers, no fuzzing), FUZZ_SECONDS (default 10) per fuzz target.
set -euo pipefail

mode=${1:-}
case "$mode" in run|test|build) ;; *) echo "usage: $0 run|test|build" >&2; exit 2 ;; esac

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
sanitize=0
if [ "$mode" = test ] && [ "${LEDGERLINK_SANITIZE:-1}" != 0 ]; then sanitize=1; fi
if [ $sanitize = 1 ]; then build=${BUILD_DIR:-$src/build-sanitize}; else build=${BUILD_DIR:-$src/build}; fi
jobs=${JOBS:-$(nproc)}
started=$SECONDS
phase_start=$SECONDS
phase() { # phase NAME: prints how long the previous phase took, then the new phase's name
  local now=$SECONDS
  [ -n "${current_phase:-}" ] && printf '== %s took %ds\n' "$current_phase" $((now - phase_start))
  current_phase=$1; phase_start=$now
  [ -n "$1" ] && printf '== %s\n' "$1"
  return 0
}

# Debian 12 packages (see ../shared/TOOLCHAIN.md and README.md for why each is there).
packages=(
  cmake g++ make ninja-build libboost-dev
  qt6-base-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql
  qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev qt6-charts-dev qt6-svg-dev
  qtkeychain-qt6-dev
  xvfb xauth dbus gnome-keyring libsecret-tools postgresql-15
  clang-format
  # The test command's build: clang 14 with AddressSanitizer, UndefinedBehaviorSanitizer and
  # libFuzzer (compiler-rt), lld to link the test programs, llvm-symbolizer for readable reports
  clang-14 libclang-rt-14-dev lld-14 llvm-14
  python3 python3-yaml
  # The TLS row of the fault matrix makes a self-signed certificate (tests/faults/tst_faultsnetwork)
  openssl
  # Peer tests: a real Tryton 6.0 ERP (tests/peers/tryton.sh; the sale module brings account,
  # invoice and stock)
  tryton-server tryton-modules-sale
)

phase "install system packages"
if [ "${LEDGERLINK_SKIP_APT:-0}" = 1 ]; then
  echo "skipped (LEDGERLINK_SKIP_APT=1)"
else
  missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  # Node.js and npm install Prism (the Xero contract mock of the peer tests) and Vendure (a real
  # store, tests/peers/vendure.sh); a machine that
  # already has a Node.js with npm (e.g. from NodeSource) keeps it.
  command -v npm >/dev/null || missing+=(nodejs npm)
  if [ ${#missing[@]} -eq 0 ]; then
    echo "all ${#packages[@]} packages already installed"
  else
    sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    echo "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -o DPkg::Lock::Timeout=300 -qq
    $sudo apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}" >/dev/null
  fi
  # The Debian package starts a system PostgreSQL cluster; the tests use throwaway servers of
  # their own on free ports, so the system one is left as it is.
fi

phase "configure"
# Optimised, with line tables for backtraces (-g1) rather than full debug info: on the 2-core
# builders that compiles a heavy file about 30 % faster and makes objects a third the size,
# which the linking of every test program feels most.
if [ $sanitize = 1 ]; then
  # The sanitizer build of docs/reliability.md: -O1 and line tables, as AddressSanitizer advises;
  # the core also carries libFuzzer's coverage instrumentation, so this one build serves the
  # tests and the fuzz targets (tests/fuzz).
  CXX=clang++-14 cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
    -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld \
    -DLEDGERLINK_SANITIZE=address,undefined -DLEDGERLINK_FUZZ=ON \
    -DLEDGERLINK_WARNINGS_AS_ERRORS=ON -DLEDGERLINK_SHARED_DIR="$src/../shared" >/dev/null
  echo "build tree: $build (clang-14, AddressSanitizer + UndefinedBehaviorSanitizer, libFuzzer)"
else
  cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
    -DLEDGERLINK_WARNINGS_AS_ERRORS=ON -DLEDGERLINK_SHARED_DIR="$src/../shared" >/dev/null
  echo "build tree: $build"
fi

phase "build"
cmake --build "$build" -j "$jobs"

case "$mode" in
  build) ;;
  run)
    phase "run"
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      echo "opening the studio on the sandbox workspace"
      "$build/app/ledgerlink" --sandbox --dry-run
    else
      echo "no display: the CLI's sandbox dry run"
      "$build/app/ledgerlink-cli" dry-run --sandbox
    fi
    ;;
  test)
    phase "test"
    log=$(mktemp)
    set +e
    (cd "$build" && ctest --output-on-failure -j "$jobs" --timeout 1200) 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    set -e
    # A test that did not run, or skipped, is a failure here: nothing passes unseen.
    if grep -Eq '^ *[0-9]+/[0-9]+ +Test +#[0-9]+: .*(\*\*\*Not Run|\*\*\*Skipped|Disabled)' "$log"; then
      echo "FAILED: some tests were not run or were skipped (see above)" >&2
      status=1
    fi
    rm -f "$log"
    if [ $sanitize = 1 ]; then
      # CI's short fuzz runs (docs/reliability.md): each target replays its regression inputs,
      # then fuzzes its corpus for FUZZ_SECONDS; a finding or a target that cannot run fails.
      phase "fuzz"
      if ! FUZZ_NICE=0 bash "$src/tests/fuzz/run-fuzzers.sh" "${FUZZ_SECONDS:-10}" "$build"; then
        echo "FAILED: a fuzz target found something or could not run (see above)" >&2
        status=1
      fi
    fi
    phase ""
    printf '== total %ds\n' $((SECONDS - started))
    exit "$status"
    ;;
esac
phase ""
printf '== total %ds\n' $((SECONDS - started))
