#!/usr/bin/env bash
# The main job: build the DJAMMS example, which validates its schema against every Appwrite rule at
# compile time and writes its appwrite.config.json from a CMake custom command; then print where the
# file is and a one-screen summary of it.
set -euo pipefail
cd "$(dirname "$0")/.."
cxx=${CXX:-g++-12}
build=build/demo
if ! command -v "$cxx" >/dev/null || ! dpkg -s nlohmann-json3-dev libfmt-dev cmake ninja-build >/dev/null 2>&1; then
  COMPILERS="" scripts/test.sh >/dev/null  # installs the dependencies, builds nothing
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DAPPWRITE_SCHEMA_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target djamms_config djamms_summary >/dev/null
config="$PWD/$build/examples/configs/djamms/appwrite.config.json"
echo "wrote $config ($(wc -c <"$config") bytes)"
echo
"$build/examples/djamms_summary"
echo
echo "in the emitted file:"
python3 - "$config" <<'PY' 2>/dev/null || true
import json, sys
c = json.load(open(sys.argv[1]))
for db in c["databases"]:
    print(f"  database {db['$id']}")
    for col in (x for x in c["collections"] if x["databaseId"] == db["$id"]):
        print(f"    {col['$id']:<14} {len(col['attributes']):>3} attributes {len(col['indexes']):>2} indexes "
              f"{len(col['$permissions']):>2} permissions")
PY
echo
echo "deploy it with: (cd $(dirname "$config") && appwrite push collections)"
