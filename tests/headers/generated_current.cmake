# The generated structured-binding headers are current (run with cmake -P):
#   -DGENERATOR=<generate_bind_members.py> -DOUT=<scratch dir> -DCHECKED_IN=<include/appwrite/schema/reflect>
execute_process(COMMAND python3 ${GENERATOR} --check ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${GENERATOR} failed")
endif()
foreach(header bind_members.hpp bind_members_wide.hpp)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT}/${header} ${CHECKED_IN}/${header} RESULT_VARIABLE differ)
  if(differ)
    message(FATAL_ERROR "${CHECKED_IN}/${header} is not what ${GENERATOR} writes: run it and commit the result")
  endif()
endforeach()
message(STATUS "the generated headers are current")
