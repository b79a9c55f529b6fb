#!/usr/bin/env bash
# The project's test command: installs what is missing (Debian packages), then configures, builds
# and runs every test with each supported compiler: g++-12, clang++-14 and clang++-19, warnings as
# errors (APPWRITE_SCHEMA_WERROR).
#   scripts/test.sh                 all three compilers
#   COMPILERS="g++-12" scripts/test.sh   a subset
set -euo pipefail
cd "$(dirname "$0")/.."

compilers=${COMPILERS-"g++-12 clang++-14 clang++-19"}
jobs=${JOBS:-$(nproc)}

# --- dependencies ------------------------------------------------------------------------------
packages=(g++-12 clang-14 clang-19 libclang-rt-19-dev cmake ninja-build libboost-dev libfmt-dev nlohmann-json3-dev
          catch2 libbenchmark-dev libcli11-dev graphviz python3 dpkg-dev
          golang-go golang-github-hashicorp-hcl-v2-dev)  # Go and HCL: the Terraform tests' checker
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
  # The CLI oracle (real CLIs against a fake server) tests the plan, not the compiler: once.
  oracle=OFF; [ "$cxx" = "${compilers%% *}" ] && oracle=ON
  if cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Debug \
           -DAPPWRITE_SCHEMA_WERROR=ON -DAPPWRITE_SCHEMA_CLI_ORACLE="$oracle" >/dev/null &&
     cmake --build "$build" -j "$jobs" &&
     ctest --test-dir "$build" -j "$jobs" --output-on-failure --timeout 600; then
    echo "=== ${cxx}: passed"
  else
    echo "=== ${cxx}: FAILED"
    failed+=("$cxx")
  fi
done

# --- the run-time code under AddressSanitizer + UndefinedBehaviorSanitizer, and a fuzzing smoke run --
if [ "${SANITIZE:-1}" = 1 ] && [ -n "$compilers" ]; then
  build=build/test-sanitize
  echo "=== clang++-19 with ASan + UBSan: run-time tests (${build})"
  if cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-19 -DCMAKE_BUILD_TYPE=Debug \
           -DAPPWRITE_SCHEMA_SANITIZE=ON -DAPPWRITE_SCHEMA_WERROR=ON >/dev/null &&
     cmake --build "$build" -j "$jobs" --target emit_test app_test dsl_test corpus_test diff_test corpus_diff_test \
                                             appwrite-schema djamms_config notes_accepted notes_unaccepted \
                                             notes_accepted_for_cli_12 &&
     ctest --test-dir "$build" -j "$jobs" --output-on-failure -R '^(emit|app|dsl|tool|diff)[.]|^corpus$'; then
    echo "=== sanitizers: passed"
  else
    echo "=== sanitizers: FAILED"
    failed+=("sanitizers")
  fi
  echo "=== libFuzzer smoke run (30 s; benchmarks/fuzz/run_fuzzer.sh SECONDS for longer)"
  if benchmarks/fuzz/run_fuzzer.sh 30 2>&1 | tail -n 4; then
    echo "=== fuzzing: passed"
  else
    echo "=== fuzzing: FAILED"
    failed+=("fuzzing")
  fi
fi

if ((${#failed[@]})); then
  echo "FAILED with: ${failed[*]}"
  exit 1
fi
echo "all tests passed with: ${compilers}"
