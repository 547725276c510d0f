# One INTERFACE target that carries the project's compile options and Qt defines.
# Every LedgerLink target links it (qBittorrent's CommonConfig.cmake does the same).
add_library(ledgerlink_options INTERFACE)
add_library(LedgerLink::options ALIAS ledgerlink_options)

target_compile_features(ledgerlink_options INTERFACE cxx_std_20)
target_compile_definitions(ledgerlink_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(MSVC)
    target_compile_options(ledgerlink_options INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    if(LEDGERLINK_WARNINGS_AS_ERRORS)
        target_compile_options(ledgerlink_options INTERFACE /WX)
    endif()
else()
    target_compile_options(ledgerlink_options INTERFACE -Wall -Wextra -Wpedantic
        -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align -Wformat=2)
    if(LEDGERLINK_WARNINGS_AS_ERRORS)
        target_compile_options(ledgerlink_options INTERFACE -Werror)
    endif()
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        # g++ 12 at -O2 reports -Wmaybe-uninitialized / -Wrestrict / -Warray-bounds false positives
        # inside Qt's and Boost's inline code (GCC bugs 105545, 105329, 106297). They are optimiser
        # artefacts, not defects of ours, so they stay warnings even when -Werror is on.
        target_compile_options(ledgerlink_options INTERFACE
            -Wno-error=maybe-uninitialized -Wno-error=restrict -Wno-error=array-bounds
            -Wno-error=stringop-overflow)
    endif()
endif()

# Sanitizers (LEDGERLINK_SANITIZE, e.g. "address,undefined" or "thread") and libFuzzer
# instrumentation (LEDGERLINK_FUZZ, clang only) for every target that links ledgerlink_options.
# Both are off by default, and then nothing here changes the build.
if(LEDGERLINK_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "LEDGERLINK_SANITIZE is for gcc and clang")
    endif()
    target_compile_options(ledgerlink_options INTERFACE
        -fsanitize=${LEDGERLINK_SANITIZE} -fno-omit-frame-pointer)
    target_link_options(ledgerlink_options INTERFACE -fsanitize=${LEDGERLINK_SANITIZE})
    if(LEDGERLINK_SANITIZE MATCHES "undefined")
        # A UBSan finding aborts the process, so the test or fuzz run that hit it fails.
        target_compile_options(ledgerlink_options INTERFACE -fno-sanitize-recover=undefined)
        target_link_options(ledgerlink_options INTERFACE -fno-sanitize-recover=undefined)
    endif()
endif()
if(LEDGERLINK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "LEDGERLINK_FUZZ needs clang (libFuzzer): CXX=clang++-14")
    endif()
    # Coverage instrumentation (-fsanitize=fuzzer-no-link) goes on ledgerlink_core only, the code
    # the fuzz targets exercise (core/CMakeLists.txt); only the tests/fuzz targets link libFuzzer's
    # main. The tests, the studio and the CLI of the same build stay uninstrumented and faster.
endif()
