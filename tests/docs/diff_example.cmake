# docs/diff.md's first example is what the tool prints for the migration fixtures, verbatim.
#   -DTOOL=<appwrite-schema> -DOLD=<file> -DNEW=<file> -DDOC=<docs/diff.md>
execute_process(COMMAND ${TOOL} diff ${OLD} ${NEW} RESULT_VARIABLE rc OUTPUT_VARIABLE printed)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "appwrite-schema diff exited ${rc}")
endif()
include(${CMAKE_CURRENT_LIST_DIR}/fenced_block.cmake)
file(READ ${DOC} doc)
first_fenced_block("${doc}" text documented)
if(NOT documented STREQUAL printed)
  message(FATAL_ERROR "docs/diff.md shows:\n${documented}\nbut the tool prints:\n${printed}")
endif()
message(STATUS "docs/diff.md example matches the tool's output")
