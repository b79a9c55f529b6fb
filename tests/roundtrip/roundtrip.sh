#!/usr/bin/env bash
# Round trip of one config: appwrite-schema import (or types) -> compile the header -> emit -> equal to
# the input after the documented normalization (normalize.py). The compile also validates the
# schema; a types header (structs and collection_from) must compile warning-free too.
#   roundtrip.sh <appwrite-schema> <c++ compiler> <include dir> <json include dir> <config> <work dir> [import|types]
set -euo pipefail
tool=$1 cxx=$2 include=$3 json_include=$4 config=$5 work=$6 command=${7:-import}
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"
mkdir -p "$work"
warnings=()
[ "$command" = types ] && warnings=(-Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Werror)
"$tool" "$command" "$config" -o "$work/imported.hpp" --namespace imported
cat >"$work/emit.cpp" <<'CPP'
#include "imported.hpp"

#include <cstdio>

#include <appwrite/schema/emit.hpp>

int main() {
    const auto text = appwrite::schema::emit::config<imported::project>();
    std::fwrite(text.data(), 1, text.size(), stdout);
}
CPP
"$cxx" -std=c++20 "${warnings[@]}" -I"$include" -I"$json_include" "$work/emit.cpp" -o "$work/emit"
"$work/emit" >"$work/emitted.json"
python3 "$here/normalize.py" "$config" "$work/emitted.json"
