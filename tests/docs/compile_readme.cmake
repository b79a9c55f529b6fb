# Extracts the first ```cpp block of README and compiles it.
include(${CMAKE_CURRENT_LIST_DIR}/fenced_block.cmake)
file(READ ${README} readme)
first_fenced_block("${readme}" cpp code)
file(WRITE ${OUT} "${code}\nint main() {}\n")
execute_process(COMMAND ${CXX} -std=c++20 -I${INCLUDE} -fsyntax-only ${OUT} RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the README example does not compile:\n${err}")
endif()
