# Formatting is mechanical (.clang-format at the root): every C++ file of the project must be
# exactly as clang-format 14 writes it. Fix with:  clang-format -i $(git ls-files '*.cpp' '*.h')
# Arguments: -DSOURCE_DIR=<checkout> -DCLANG_FORMAT=<clang-format or empty>
if(NOT CLANG_FORMAT)
    message(FATAL_ERROR "clang-format is not installed (Debian: apt-get install clang-format); "
                        "the formatting check cannot run")
endif()
file(GLOB_RECURSE files
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
list(LENGTH files count)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${files}
    RESULT_VARIABLE rc ERROR_VARIABLE diagnostics)
if(NOT rc EQUAL 0)
    string(REGEX MATCHALL "[^\n]*: error: code should be clang-formatted" lines "${diagnostics}")
    set(offenders "")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE ":[0-9]+:[0-9]+: error: .*" "" file "${line}")
        list(APPEND offenders "${file}")
    endforeach()
    list(REMOVE_DUPLICATES offenders)
    string(REPLACE ";" "\n" offenders "${offenders}")
    message(FATAL_ERROR "files not formatted with .clang-format:\n${offenders}")
endif()
message(STATUS "${count} files formatted as .clang-format says")
