#!/usr/bin/env bash
# `appwrite-schema types` for many configs at once: each header written in its own namespace, all of
# them compiled in one translation unit warning-free (-Werror), and each project emitted again and
# compared with its config after the documented normalization (../roundtrip/normalize.py). One
# translation unit, not one per config: the library is parsed once (CI time, docs/performance.md).
#   corpus_types.sh <appwrite-schema> <c++ compiler> <include dir> <json include dir> <work dir> <config>...
set -euo pipefail
if [ $# -lt 6 ]; then
  echo "usage: corpus_types.sh <appwrite-schema> <c++ compiler> <include dir> <json include dir> <work dir> <config>..." >&2
  exit 2
fi
tool=$1 cxx=$2 include=$3 json_include=$4 work=$5
shift 5
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"
mkdir -p "$work"
{
  echo '#include <cstdio>'
  echo '#include <appwrite/schema/emit.hpp>'
  n=0
  for config in "$@"; do
    n=$((n + 1))
    "$tool" types "$config" -o "$work/types_$n.hpp" --namespace "corpus_$n"
    echo "#include \"types_$n.hpp\""
  done
  echo 'template <const auto& Project> int write(const char* path) {'
  echo '    const auto text = appwrite::schema::emit::config<Project>();'
  echo '    std::FILE* f = std::fopen(path, "w");'
  echo '    if (f == nullptr) return 1;'
  echo '    std::fwrite(text.data(), 1, text.size(), f);'
  echo '    return std::fclose(f) == 0 ? 0 : 1;'
  echo '}'
  echo 'int main() {'
  echo '    int failed = 0;'
  for i in $(seq 1 "$n"); do echo "    failed += write<corpus_$i::project>(\"$work/emitted_$i.json\");"; done
  echo '    return failed;'
  echo '}'
} >"$work/emit.cpp"
"$cxx" -std=c++20 -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Werror -I"$include" -I"$json_include" \
  "$work/emit.cpp" -o "$work/emit"
"$work/emit"
n=0 differ=0
for config in "$@"; do
  n=$((n + 1))
  if verdict=$(python3 "$here/../roundtrip/normalize.py" "$config" "$work/emitted_$n.json"); then
    echo "$(basename "$config"): $verdict"
  else
    echo "$(basename "$config"): DIFFERS: $verdict"
    differ=$((differ + 1))
  fi
done
if [ "$differ" -ne 0 ]; then
  echo "$differ of $n configs differ"
  exit 1
fi
echo "all $n configs: types compiled and emitted equal after normalization"
