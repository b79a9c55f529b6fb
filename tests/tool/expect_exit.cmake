# Runs a command and checks its exit code and, optionally, its output.
#   -DCOMMAND=<;-list> -DEXIT=<code> [-DMATCH=<regex on stdout+stderr>] [-DNOT_MATCH=<regex>]
#   [-DSTDOUT_MATCH=<regex on stdout alone>]
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(stdout "${out}")
string(APPEND out "${err}")
if(NOT rc STREQUAL EXIT)
  message(FATAL_ERROR "exit code ${rc}, expected ${EXIT}:\n${out}")
endif()
if(DEFINED MATCH AND NOT out MATCHES "${MATCH}")
  message(FATAL_ERROR "output does not match '${MATCH}':\n${out}")
endif()
if(DEFINED NOT_MATCH AND out MATCHES "${NOT_MATCH}")
  message(FATAL_ERROR "output matches '${NOT_MATCH}':\n${out}")
endif()
if(DEFINED STDOUT_MATCH AND NOT stdout MATCHES "${STDOUT_MATCH}")
  message(FATAL_ERROR "standard output does not match '${STDOUT_MATCH}':\n${stdout}\n(standard error:\n${err})")
endif()
message(STATUS "exit ${rc} as expected")
