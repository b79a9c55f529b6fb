# Steps the consumer tests share (included by consumer/run.cmake and package/run.cmake).

# run(<command>...): runs it, fails with its output when it fails; its stdout in last_output.
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    list(JOIN ARGN " " command)
    message(FATAL_ERROR "failed (exit ${rc}): ${command}\n--- stdout\n${out}\n--- stderr\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

# build_consumer(<build dir> <configure arguments>...): configures tests/consumer with them, builds
# and runs it, and checks that its appwrite_schema_config wrote a tables config.
function(build_consumer build)
  run(${CMAKE_COMMAND} -S ${SOURCE}/tests/consumer -B ${build} -G ${GENERATOR} -DCMAKE_CXX_COMPILER=${CXX} ${ARGN})
  run(${CMAKE_COMMAND} --build ${build})
  run(${build}/consumer)
  message(STATUS "consumer in ${build}: ${last_output}")
  run(${build}/consumer_typed)
  file(GLOB_RECURSE pch ${build}/CMakeFiles/consumer_typed.dir/cmake_pch.hxx.*ch)
  if(NOT pch)
    message(FATAL_ERROR "PRECOMPILE_FOR consumer_typed built no precompiled header in ${build}")
  endif()
  file(READ ${build}/appwrite.config.json config)
  if(NOT config MATCHES "\"tables\": \\[")
    message(FATAL_ERROR "the consumer's appwrite_schema_config wrote no tables config in ${build}:\n${config}")
  endif()
endfunction()
