#!/usr/bin/env bash
# Builds the run-time benchmarks optimised and runs them (results go into docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=build/bench-runtime
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER="${CXX:-g++-12}" \
      -DAPPWRITE_SCHEMA_BUILD_TESTS=OFF -DAPPWRITE_SCHEMA_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" --target runtime_benchmark >/dev/null
"$build/benchmarks/runtime_benchmark" --benchmark_repetitions="${REPETITIONS:-5}" --benchmark_report_aggregates_only=true "$@"
