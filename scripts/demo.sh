#!/usr/bin/env bash
# The main job, as far as it goes today: build the three example schemas (compiling them validates
# them against every Appwrite rule) and print a one-screen summary of each.
# (Emitting appwrite.config.json from the build comes with the emitter.)
set -euo pipefail
cd "$(dirname "$0")/.."
cxx=${CXX:-g++-12}
build=build/demo
if ! command -v "$cxx" >/dev/null || ! dpkg-query -W -f='${Status}' libfmt-dev 2>/dev/null | grep -q "ok installed"; then
  COMPILERS="" scripts/test.sh >/dev/null  # installs the dependencies, builds nothing
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DAPPWRITE_SCHEMA_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target djamms_summary intrada_summary quixotic_whisper_summary >/dev/null
for example in djamms intrada quixotic_whisper; do
  "$build/examples/${example}_summary"
  echo
done
