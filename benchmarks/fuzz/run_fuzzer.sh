#!/usr/bin/env bash
# Fuzzes the JSON front end (tests/fuzz/config_fuzzer.cpp) with libFuzzer, ASan and UBSan for a given
# time, seeded with the real corpus (copied into the build tree, not the repository).
#   benchmarks/fuzz/run_fuzzer.sh [SECONDS=60] [extra libFuzzer flags…]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
cxx=${CXX:-clang++-19}
build=build/fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DAPPWRITE_SCHEMA_BUILD_TESTS=OFF -DAPPWRITE_SCHEMA_BUILD_EXAMPLES=OFF -DAPPWRITE_SCHEMA_BUILD_BENCHMARKS=OFF \
      -DAPPWRITE_SCHEMA_BUILD_TOOLS=OFF -DAPPWRITE_SCHEMA_FUZZ=ON >/dev/null
cmake --build "$build" --target config_fuzzer >/dev/null
corpus="$build/corpus"
mkdir -p "$corpus" "$build/artifacts"
find ../shared/corpus/real -name '*.json' -exec cp {} "$corpus/" \; 2>/dev/null || true
cp tests/golden/*.json "$corpus/"
"$build/tests/config_fuzzer" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix="$build/artifacts/" -print_final_stats=1 "$@"
