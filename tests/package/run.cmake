# The Debian package, end to end: configures and builds the library and the tool (tests, examples and
# benchmarks off, as a packager would), makes the .deb with cpack -G DEB, checks its control fields and
# its contents, unpacks it with dpkg -x into a throwaway root, runs the unpacked tool there, and builds
# and runs the consumer project (tests/consumer) against the unpacked <root>/usr.
#   -DSOURCE=<repo> -DWORK=<scratch dir> -DCXX=<compiler> -DGENERATOR=<generator> -DVERSION=<project version>
#   [-DCPACK=<cpack>] (default: the cpack beside this cmake)
# Needs dpkg-deb and dpkg (Debian's dpkg) and dpkg-shlibdeps (dpkg-dev). Everything lands in WORK,
# emptied first: WORK/build, WORK/out/<package>.deb, WORK/root (the unpacked package), WORK/consumer.
cmake_minimum_required(VERSION 3.25)
foreach(required SOURCE WORK CXX GENERATOR VERSION)
  if(NOT ${required})
    message(FATAL_ERROR "package test: -D${required}=... is required")
  endif()
endforeach()
if(NOT CPACK)
  cmake_path(GET CMAKE_COMMAND PARENT_PATH bin)
  set(CPACK ${bin}/cpack)
endif()
foreach(program dpkg dpkg-deb dpkg-shlibdeps)
  find_program(found_${program} ${program})
  if(NOT found_${program})
    message(FATAL_ERROR "package test: ${program} not found (dpkg-shlibdeps is in the dpkg-dev package)")
  endif()
endforeach()

file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(root ${WORK}/root)

# run(<command>...): fails the test with the command and its output unless it exits 0; leaves its
# standard output in last_output.
include(${CMAKE_CURRENT_LIST_DIR}/../consumer/consumer_steps.cmake)
# run_tool(<exit code> <regex on stdout+stderr> <arguments>...): the unpacked tool.
function(run_tool expected_exit pattern)
  execute_process(COMMAND ${root}/usr/bin/appwrite-schema ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                  ERROR_VARIABLE err)
  if(NOT rc STREQUAL expected_exit OR NOT "${out}${err}" MATCHES "${pattern}")
    list(JOIN ARGN " " arguments)
    message(FATAL_ERROR "package test: appwrite-schema ${arguments}: exit ${rc} (expected ${expected_exit}), "
                        "output expected to match ${pattern}:\n--- stdout\n${out}\n--- stderr\n${err}")
  endif()
  list(JOIN ARGN " " arguments)
  message(STATUS "appwrite-schema ${arguments}: exit ${rc}")
endfunction()

# --- build and package ------------------------------------------------------------------------------
run(${CMAKE_COMMAND} -S ${SOURCE} -B ${WORK}/build -G ${GENERATOR} -DCMAKE_CXX_COMPILER=${CXX}
    -DCMAKE_BUILD_TYPE=Release -DAPPWRITE_SCHEMA_BUILD_TESTS=OFF -DAPPWRITE_SCHEMA_BUILD_EXAMPLES=OFF
    -DAPPWRITE_SCHEMA_BUILD_BENCHMARKS=OFF -DAPPWRITE_SCHEMA_BUILD_TOOLS=ON)
run(${CMAKE_COMMAND} --build ${WORK}/build)
run(${CPACK} -G DEB --config ${WORK}/build/CPackConfig.cmake -B ${WORK}/out)
file(GLOB debs ${WORK}/out/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "package test: cpack -G DEB made ${count} .deb files in ${WORK}/out, not one: ${debs}")
endif()
set(deb ${debs})
message(STATUS "package: ${deb}")

# --- control fields ---------------------------------------------------------------------------------
run(dpkg --print-architecture)
string(STRIP "${last_output}" architecture)
cmake_path(GET deb FILENAME deb_name)
if(NOT deb_name STREQUAL "appwrite-schema_${VERSION}_${architecture}.deb")
  message(FATAL_ERROR "package test: the package file is ${deb_name}, not appwrite-schema_${VERSION}_${architecture}.deb")
endif()
run(dpkg-deb -I ${deb})
set(info "${last_output}")
message(STATUS "dpkg-deb -I:\n${info}")
# field(<name> <regex>): the control field <name> must match <regex>; sets field_<name>.
function(field name pattern)
  run(dpkg-deb -f ${deb} ${name})
  string(STRIP "${last_output}" value)
  if(NOT value MATCHES "${pattern}")
    message(FATAL_ERROR "package test: control field ${name} is \"${value}\", expected to match ${pattern}")
  endif()
  set(field_${name} "${value}" PARENT_SCOPE)
endfunction()
string(REPLACE "." "\\." version_regex "${VERSION}")
field(Package "^appwrite-schema$")
field(Version "^${version_regex}$")
field(Architecture "^${architecture}$")
field(Section "^devel$")
field(Maintainer "^.+ <.+@.+>$")
field(Description "^Appwrite schemas in C\\+\\+.*\n .*appwrite-schema")
# Depends: the -dev packages appwrite_schema_config() needs, then the tool's shared libraries
# (dpkg-shlibdeps ran: libc6 and libstdc++6 are there).
field(Depends "nlohmann-json3-dev \\(>= 3\\.10\\)")
foreach(dependency libcli11-dev libc6 libstdc\\+\\+6)
  if(NOT field_Depends MATCHES "(^|, )${dependency}( |,|$)")
    message(FATAL_ERROR "package test: Depends has no ${dependency}: ${field_Depends}")
  endif()
endforeach()
# Every package Depends names exists here (installed, as the consumer build below needs them).
string(REPLACE "," ";" dependencies "${field_Depends}")
foreach(dependency IN LISTS dependencies)
  string(REGEX REPLACE "^ *([^ ]+).*$" "\\1" dependency "${dependency}")
  execute_process(COMMAND dpkg-query -W -f=\${Status} ${dependency} OUTPUT_VARIABLE status ERROR_QUIET)
  if(NOT status MATCHES "install ok installed")
    message(FATAL_ERROR "package test: Depends names ${dependency}, which is not installed here")
  endif()
endforeach()

# --- contents -----------------------------------------------------------------------------------------
run(dpkg-deb -c ${deb})
string(REGEX MATCHALL "\\./usr/[^\n]*[^/\n]\n" files "${last_output}")  # entries that are not directories
string(REPLACE "\n" "" files "${files}")
string(CONCAT allowed "^\\./usr/(bin/appwrite-schema|include/appwrite/.+|lib/([^/]+/)?cmake/AppwriteSchema/[^/]+\\.cmake|"
                      "share/doc/(AppwriteSchema/LICENSE|appwrite-schema/copyright))$")
foreach(file IN LISTS files)
  if(NOT file MATCHES "${allowed}")
    message(FATAL_ERROR "package test: the package holds ${file}, which does not belong in it")
  endif()
endforeach()
set(expected ./usr/bin/appwrite-schema ./usr/share/doc/appwrite-schema/copyright ./usr/share/doc/AppwriteSchema/LICENSE)
file(GLOB_RECURSE headers RELATIVE ${SOURCE}/include ${SOURCE}/include/*)
foreach(header IN LISTS headers)
  list(APPEND expected ./usr/include/${header})
endforeach()
foreach(file IN LISTS expected)
  if(NOT file IN_LIST files)
    message(FATAL_ERROR "package test: the package has no ${file}")
  endif()
endforeach()
foreach(name Config ConfigVersion Targets Emit Drift)
  if(NOT files MATCHES "\\./usr/lib/([^/]+/)?cmake/AppwriteSchema/AppwriteSchema${name}\\.cmake")
    message(FATAL_ERROR "package test: the package has no usr/lib/cmake/AppwriteSchema/AppwriteSchema${name}.cmake")
  endif()
endforeach()
list(LENGTH files file_count)
message(STATUS "contents: ${file_count} files, as expected")

# --- unpacked into a throwaway root: the tool ---------------------------------------------------------
run(dpkg -x ${deb} ${root})
run_tool(0 "^appwrite-schema ${version_regex}\n$" --version)
run_tool(0 "0 errors, 0 warnings" check ${SOURCE}/tests/package/small.appwrite.json)
file(READ ${SOURCE}/tests/package/small.appwrite.json small)
string(REPLACE "\"key\": \"views\"" "\"key\": \"title\"" duplicated "${small}")
file(WRITE ${WORK}/duplicated.appwrite.json "${duplicated}")
run_tool(1 "error AW112 duplicate_attribute_key" check ${WORK}/duplicated.appwrite.json)

# --- and the consumer project built against <root>/usr ------------------------------------------------
build_consumer(${WORK}/consumer -DCMAKE_PREFIX_PATH=${root}/usr)
file(STRINGS ${WORK}/consumer/CMakeCache.txt found REGEX "^AppwriteSchema_DIR:")
string(REGEX REPLACE "^[^=]*=" "" found "${found}")
cmake_path(IS_PREFIX root "${found}" NORMALIZE inside)
if(NOT inside)
  message(FATAL_ERROR "package test: the consumer found AppwriteSchema in ${found}, not in the unpacked ${root}")
endif()
message(STATUS "consumer: AppwriteSchema_DIR=${found}")
# The config the packaged headers generated passes the packaged tool's check.
run_tool(0 "0 errors" check ${WORK}/consumer/appwrite.config.json)
message(STATUS "package test: ${deb_name} passed")
