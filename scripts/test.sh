#!/usr/bin/env bash
# The project's test command: installs what is missing (Debian packages), then configures, builds
# and runs every test with each supported compiler: g++-12, clang++-14 and clang++-19.
#   scripts/test.sh                 all three compilers
#   COMPILERS="g++-12" scripts/test.sh   a subset
set -euo pipefail
cd "$(dirname "$0")/.."

compilers=${COMPILERS-"g++-12 clang++-14 clang++-19"}
jobs=${JOBS:-$(nproc)}

# --- dependencies ------------------------------------------------------------------------------
packages=(g++-12 clang-14 clang-19 cmake ninja-build libboost-dev libfmt-dev nlohmann-json3-dev catch2
          libbenchmark-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The emitter's tests run the real Appwrite CLI from npm.
command -v npm >/dev/null || missing+=(nodejs npm)
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# --- build and test per compiler -----------------------------------------------------------------
failed=()
for cxx in $compilers; do
  build="build/test-${cxx}"
  echo "=== ${cxx}: configure, build, test (${build})"
  if cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Debug >/dev/null &&
     cmake --build "$build" -j "$jobs" &&
     ctest --test-dir "$build" -j "$jobs" --output-on-failure --timeout 600; then
    echo "=== ${cxx}: passed"
  else
    echo "=== ${cxx}: FAILED"
    failed+=("$cxx")
  fi
done

if ((${#failed[@]})); then
  echo "FAILED with: ${failed[*]}"
  exit 1
fi
echo "all tests passed with: ${compilers}"
