#!/usr/bin/env bash
# Builds Debian 12's own Qt 6.4.2 base (qtbase with Debian's patches) with -fsanitize=thread, for
# the ThreadSanitizer run of docs/reliability.md (issue 10), outside CI. ThreadSanitizer sees the
# synchronisation only in code it instrumented: with Debian's libQt6Core every QMutex, QSemaphore,
# queued signal and QThread start inside Qt is invisible and every hand-off through Qt is reported
# as a race. This builds the modules LedgerLink's engine and store use (Core, Network, Sql with the
# SQLite and PostgreSQL drivers, Concurrent, DBus, Test, and the OpenSSL TLS plugin), without
# Gui/Widgets, and installs them into a prefix; run-tsan.sh builds and runs against it when TSAN_QT
# names that prefix. Qt HTTP Server, Qt Network Authorization and QtKeychain stay Debian's
# (their sources are not in the mirror this machine reaches); they run on LedgerLink's threads
# with the instrumented Core underneath.
#
#   tests/sanitizers/build-tsan-qt.sh [work-dir]   (default: ../qt-tsan beside the checkout)
#   -> <work-dir>/prefix                            (about 35 minutes on 2 cores)
#
# Needs: a deb-src line for bookworm (apt-get source), clang-14, lld-14, and the -dev packages
# below. Environment: JOBS (default: nproc).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
work=${1:-$(dirname "$src")/qt-tsan}
jobs=${JOBS:-$(nproc)}
version=6.4.2

mkdir -p "$work"
cd "$work"
if [ ! -d "qtbase-everywhere-src-$version" ]; then
    apt-get install -y -qq libpcre2-dev libdouble-conversion-dev libglib2.0-dev libdbus-1-dev \
        libb2-dev libzstd-dev libsystemd-dev libicu-dev libpq-dev libsqlite3-dev libssl-dev zlib1g-dev
    apt-get source -qq --download-only "qt6-base=$version+dfsg-10"
    tar xf "qt6-base_$version+dfsg.orig.tar.xz"
    tar xf "qt6-base_$version+dfsg-10.debian.tar.xz" -C "qtbase-everywhere-src-$version"
    (cd "qtbase-everywhere-src-$version" &&
        grep -v '^#' debian/patches/series | while read -r patch; do
            [ -n "$patch" ] && patch -p1 -s <"debian/patches/$patch"
        done)
fi

# Debian's feature choices (debian/rules) where they touch these modules, plus:
# - sanitize_thread: -fsanitize=thread on every object;
# - forkfd_pidfd OFF: QProcess then starts children with fork(), which ThreadSanitizer
#   intercepts; with CLONE_PIDFD (a raw clone system call it cannot see) its runtime stops with
#   "CHECK failed ... ForkAfter" in every test that starts a process.
flags="-O1 -gline-tables-only -DNDEBUG"
cmake -S "qtbase-everywhere-src-$version" -B build -G Ninja \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_FLAGS_RELWITHDEBINFO="$flags" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld -DCMAKE_SHARED_LINKER_FLAGS=-fuse-ld=lld \
    -DCMAKE_MODULE_LINKER_FLAGS=-fuse-ld=lld \
    -DCMAKE_INSTALL_PREFIX="$work/prefix" -DQT_BUILD_TESTS=OFF -DQT_BUILD_EXAMPLES=OFF \
    -DFEATURE_sanitize_thread=ON -DFEATURE_forkfd_pidfd=OFF \
    -DFEATURE_gui=OFF -DFEATURE_widgets=OFF -DFEATURE_opengl=OFF \
    -DFEATURE_mimetype_database=OFF -DFEATURE_dbus_linked=ON -DFEATURE_doubleconversion=ON \
    -DFEATURE_glib=ON -DFEATURE_icu=ON -DFEATURE_pcre2=ON -DFEATURE_system_pcre2=ON \
    -DFEATURE_zlib=ON -DFEATURE_ssl=ON -DFEATURE_openssl_linked=ON \
    -DFEATURE_sql_odbc=OFF -DFEATURE_sql_mysql=OFF -DFEATURE_sql_psql=ON -DFEATURE_sql_sqlite=ON \
    -DFEATURE_system_sqlite=ON -DFEATURE_system_libb2=ON -DFEATURE_rpath=OFF \
    -DFEATURE_relocatable=OFF >configure.log
cmake --build build -j "$jobs"
cmake --install build >/dev/null
echo "ThreadSanitizer Qt $version in $work/prefix"
