#!/usr/bin/env bash
# Prints the first lines of the compiler's error for one rule case, as docs/rules.md quotes them.
#   scripts/rule_messages.sh <compiler> <cases header> <rule> [lines] [extra flags...]
set -euo pipefail
cd "$(dirname "$0")/.."
cxx=$1 header=$2 rule=$3 lines=${4:-6}
shift $(( $# >= 4 ? 4 : 3 ))
"$cxx" -std=c++20 "$@" -Iinclude -Itests -fsyntax-only -include "tests/cases/$header" -DAW_CASE="bad_$rule" \
  tests/compile_fail/fires.cpp 2>&1 | sed "s|$PWD/||g" | head -n "$lines" || true
