# Compiles one translation unit and checks the outcome (run with cmake -P):
#   -DCXX=<compiler> -DSOURCE=<file> -DFLAGS=<;-list> -DMODE=fail|compile
#   [-DRULE=<rule name> -DID=<offending ID> -DIDS_AS_CHARS=ON -DMAX_LINE=<n>]
# MODE=fail: the compile must fail and one of the first MAX_LINE lines of output must name both the
# rule and the ID (on clang < 15 the ID is spelled as a char list: 'e', 'm', …).
# MODE=compile: the compile must succeed.
if(NOT DEFINED MAX_LINE)
  set(MAX_LINE 12)
endif()
execute_process(COMMAND ${CXX} ${FLAGS} -fsyntax-only ${SOURCE}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(APPEND out "${err}")

if(MODE STREQUAL "compile")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "expected to compile, but it failed:\n${out}")
  endif()
  message(STATUS "compiled as expected")
  return()
endif()

if(rc EQUAL 0)
  message(FATAL_ERROR "expected a compile error naming ${RULE} and '${ID}', but it compiled")
endif()

# The ID as the compiler prints it.
set(id_text "${ID}")
if(IDS_AS_CHARS)
  string(LENGTH "${ID}" n)
  set(id_text "")
  math(EXPR last "${n} - 1")
  foreach(i RANGE ${last})
    string(SUBSTRING "${ID}" ${i} 1 ch)
    if(i GREATER 0)
      string(APPEND id_text ", ")
    endif()
    string(APPEND id_text "'${ch}'")
  endforeach()
endif()

string(REPLACE ";" "\\;" out_escaped "${out}")
string(REPLACE "\n" ";" lines "${out_escaped}")
set(number 0)
foreach(line IN LISTS lines)
  math(EXPR number "${number} + 1")
  if(number GREATER MAX_LINE)
    break()
  endif()
  string(FIND "${line}" "${RULE}" has_rule)
  string(FIND "${line}" "${id_text}" has_id)
  # Template arguments print quotes escaped ({"read(\"*\")"}); one-line messages print them raw.
  string(REPLACE "\"" "\\\"" id_escaped "${id_text}")
  string(FIND "${line}" "${id_escaped}" has_escaped_id)
  if(has_rule GREATER -1 AND (has_id GREATER -1 OR has_escaped_id GREATER -1))
    message(STATUS "line ${number} names ${RULE} and '${ID}'")
    return()
  endif()
endforeach()
string(SUBSTRING "${out}" 0 4000 head)
message(FATAL_ERROR "no line among the first ${MAX_LINE} names both ${RULE} and '${id_text}':\n${head}")
