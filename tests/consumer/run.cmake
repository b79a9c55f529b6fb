# Installs the library into a scratch prefix, then configures, builds and runs the consumer twice:
# through find_package on the install, and through add_subdirectory on the source tree.
#   -DSOURCE=<repo> -DWORK=<scratch dir> -DCXX=<compiler> -DGENERATOR=<generator>
file(REMOVE_RECURSE ${WORK})
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed: ${ARGN}\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

run(${CMAKE_COMMAND} -S ${SOURCE} -B ${WORK}/lib -G ${GENERATOR} -DCMAKE_CXX_COMPILER=${CXX}
    -DAPPWRITE_SCHEMA_BUILD_TESTS=OFF -DAPPWRITE_SCHEMA_BUILD_EXAMPLES=OFF -DAPPWRITE_SCHEMA_BUILD_BENCHMARKS=OFF)
# The package holds the appwrite-schema tool too: build it before installing.
run(${CMAKE_COMMAND} --build ${WORK}/lib)
run(${CMAKE_COMMAND} --install ${WORK}/lib --prefix ${WORK}/prefix)
if(NOT EXISTS ${WORK}/prefix/bin/appwrite-schema)
  message(FATAL_ERROR "the installed package has no bin/appwrite-schema")
endif()
if(NOT EXISTS ${WORK}/prefix/share/doc/AppwriteSchema/LICENSE)
  message(FATAL_ERROR "the installed package has no share/doc/AppwriteSchema/LICENSE")
endif()

run(${CMAKE_COMMAND} -S ${SOURCE}/tests/consumer -B ${WORK}/installed -G ${GENERATOR} -DCMAKE_CXX_COMPILER=${CXX}
    -DCMAKE_PREFIX_PATH=${WORK}/prefix)
run(${CMAKE_COMMAND} --build ${WORK}/installed)
run(${WORK}/installed/consumer)
message(STATUS "find_package: ${last_output}")
file(READ ${WORK}/installed/appwrite.config.json config)
if(NOT config MATCHES "\"tables\": \\[")
  message(FATAL_ERROR "the installed package's appwrite_schema_config wrote no tables config:\n${config}")
endif()

run(${CMAKE_COMMAND} -S ${SOURCE}/tests/consumer -B ${WORK}/subdirectory -G ${GENERATOR} -DCMAKE_CXX_COMPILER=${CXX}
    -DAPPWRITE_SCHEMA_SOURCE_DIR=${SOURCE})
run(${CMAKE_COMMAND} --build ${WORK}/subdirectory)
run(${WORK}/subdirectory/consumer)
message(STATUS "add_subdirectory: ${last_output}")
if(NOT EXISTS ${WORK}/subdirectory/appwrite.config.json)
  message(FATAL_ERROR "appwrite_schema_config wrote no config through add_subdirectory")
endif()
