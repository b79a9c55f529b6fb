# Installs the library into a scratch prefix, then configures, builds and runs the consumer twice:
# through find_package on the install, and through add_subdirectory on the source tree.
#   -DSOURCE=<repo> -DWORK=<scratch dir> -DCXX=<compiler> -DGENERATOR=<generator>
file(REMOVE_RECURSE ${WORK})
include(${CMAKE_CURRENT_LIST_DIR}/consumer_steps.cmake)

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

build_consumer(${WORK}/installed -DCMAKE_PREFIX_PATH=${WORK}/prefix)
build_consumer(${WORK}/subdirectory -DAPPWRITE_SCHEMA_SOURCE_DIR=${SOURCE})
