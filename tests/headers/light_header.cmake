# A light header stays light: compiles TU with the compiler's include trace (-H) and fails when it
# pulls in what FORBIDDEN names (the rule engine, <vector>, <algorithm>).
#   -DCXX=<compiler> -DINCLUDE=<dir> -DTU=<file> -DFORBIDDEN=<regex>
execute_process(COMMAND ${CXX} -std=c++20 -fsyntax-only -H -I${INCLUDE} ${TU} RESULT_VARIABLE rc ERROR_VARIABLE trace
                OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${TU} does not compile:\n${trace}")
endif()
string(REPLACE "\n" ";" lines "${trace}")
set(found "")
foreach(line IN LISTS lines)
  if(line MATCHES "^[.]+ " AND line MATCHES "${FORBIDDEN}")
    string(APPEND found "${line}\n")
  endif()
endforeach()
if(found)
  message(FATAL_ERROR "${TU} includes what a declaring header must not:\n${found}")
endif()
string(REGEX MATCHALL "\n[.]+ " headers "\n${trace}")
list(LENGTH headers count)
message(STATUS "${TU}: ${count} headers, none of (${FORBIDDEN})")
