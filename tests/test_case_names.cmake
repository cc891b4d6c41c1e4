# Fails when a doctest case's name holds a semicolon: doctest_discover_tests hands CTest
# the name as a CMake list, so CTest registers its halves as two tests, each of which
# matches no case and passes without running anything (41 cases ran nowhere that way).
# Usage: cmake -DSOURCE_DIR=<tests dir> -P test_case_names.cmake
file(GLOB_RECURSE sources "${SOURCE_DIR}/unit/*.cpp" "${SOURCE_DIR}/unit/*.hpp")
set(bad "")
foreach(source IN LISTS sources)
  file(READ "${source}" text)
  string(REGEX MATCH "TEST_CASE\\([ \t\r\n]*\"[^\"]*;" found "${text}")
  if(found)
    string(APPEND bad "\n  ${source}")
  endif()
endforeach()
if(bad)
  message(FATAL_ERROR "a TEST_CASE name holds ';', which CTest splits into two tests that run nothing:${bad}")
endif()
list(LENGTH sources count)
message(STATUS "${count} test sources: no TEST_CASE name holds ';'")
