#!/usr/bin/env bash
# Writes the compiler output docs/rules.md quotes again, with each compiler that the quotes name
# (CTest docs.compiler_output checks it with the compiler of the build).
set -euo pipefail
cd "$(dirname "$0")/.."
for cxx in g++-12 clang++-14 clang++-19; do
  tests/docs/compiler_output.py --root . --doc docs/rules.md --compiler "$cxx" --cxx "$cxx" --write
done
