# Compiles one translation unit and checks the outcome (run with cmake -P):
#   -DCXX=<compiler> -DSOURCE=<file> -DFLAGS=<;-list> -DMODE=fail|compile
#   [-DRULE=<rule name> -DID=<offending ID> -DCHARS_ABOVE=<n> -DMAX_LINE=<n>]
# MODE=fail: the compile must fail and one of the first MAX_LINE lines of output must name both the
# rule and the ID (IDs longer than CHARS_ABOVE are spelled as char lists: 'e', 'm', …).
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

# The ID as the compiler may print it: verbatim; with escaped quotes inside a template argument
# ({"read(\"*\")"}); or, when longer than CHARS_ABOVE, as a char list ('e', 'm', …).
if(NOT DEFINED CHARS_ABOVE OR CHARS_ABOVE STREQUAL "")
  set(CHARS_ABOVE 100000)
endif()
string(REPLACE "\"" "\\\"" id_escaped "${ID}")
set(spellings "${ID}" "${id_escaped}")
string(LENGTH "${ID}" n)
if(n GREATER CHARS_ABOVE)
  set(id_chars "")
  math(EXPR last "${n} - 1")
  foreach(i RANGE ${last})
    string(SUBSTRING "${ID}" ${i} 1 ch)
    if(i GREATER 0)
      string(APPEND id_chars ", ")
    endif()
    string(APPEND id_chars "'${ch}'")
  endforeach()
  list(APPEND spellings "${id_chars}")
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
  set(has_id -1)
  foreach(spelling IN LISTS spellings)
    string(FIND "${line}" "${spelling}" at)
    if(at GREATER -1)
      set(has_id ${at})
    endif()
  endforeach()
  if(has_rule GREATER -1 AND has_id GREATER -1)
    message(STATUS "line ${number} names ${RULE} and '${ID}'")
    return()
  endif()
endforeach()
string(SUBSTRING "${out}" 0 4000 head)
message(FATAL_ERROR "no line among the first ${MAX_LINE} names both ${RULE} and '${spellings}':\n${head}")
