#!/usr/bin/env bash
# Every corpus file (the unreadable ones under invalid/ too) through every command in every format:
# no crash, no internal error (exit 3) or signal, machine formats that parse, and outputs refused
# or written whole (--force writes even a file with errors).
#   corpus_every_command.sh TOOL CORPUS WORKDIR
set -uo pipefail
tool=$1
corpus=$2
work=$3
rm -rf "$work" && mkdir -p "$work"
failures=0
runs=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
step() {  # step NAME EXPECTED_EXITS COMMAND...
  local name=$1 allowed=$2
  shift 2
  runs=$((runs + 1))
  "$@" >"$work/out" 2>"$work/err"
  local rc=$?
  [[ " $allowed " == *" $rc "* ]] || fail "$name: exit $rc (allowed: $allowed): $(head -c 400 "$work/err")"
}
parses() {  # parses NAME: the last step's stdout is one JSON document
  python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/out" 2>/dev/null || fail "$1: output is not JSON"
}
shopt -s nullglob
files=("$corpus"/*.json "$corpus"/invalid/*.json)
((${#files[@]} >= 41)) || { echo "FAIL: only ${#files[@]} corpus files in $corpus" >&2; exit 1; }
previous=""
for f in "${files[@]}"; do
  n=$(basename "$f")
  for format in text json sarif github; do
    step "check --format $format $n" "0 1 2" "$tool" check "$f" --format "$format" --verbose
    if [ "$format" = json ] || [ "$format" = sarif ]; then parses "check --format $format $n"; fi
  done
  step "check --profile portable --server 1.8.1 --cli 12.0.1 $n" "0 1 2" \
    "$tool" check "$f" --profile portable --server 1.8.1 --cli 12.0.1
  for shape in collections tables; do
    step "emit --shape $shape $n" "0 2" "$tool" emit "$f" --force --shape "$shape" -o "$work/emitted.json"
    if [ -e "$work/emitted.json" ]; then
      python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/emitted.json" 2>/dev/null ||
        fail "emit --shape $shape $n: written file is not JSON"
      rm -f "$work/emitted.json"
    fi
  done
  step "import $n" "0 2" "$tool" import "$f" --force
  step "types $n" "0 1 2" "$tool" types "$f" -o "$work/types.hpp"
  [ -e "$work/types.hpp" ] && [ "$(head -c 12 "$work/types.hpp")" != "// Generated" ] && fail "types $n: a partial header"
  rm -f "$work/types.hpp"
  step "types --force $n" "0 1 2" "$tool" types "$f" --force
  for format in mermaid dot; do step "diagram --format $format $n" "0 2" "$tool" diagram "$f" --force --format "$format"; done
  if [ -n "$previous" ]; then
    for format in text markdown json shell; do
      step "diff --format $format $previous $n" "0 2" "$tool" diff "$previous" "$f" --format "$format" \
        --allow-invalid --rollback "$work/rollback.sh"
      if [ "$format" = json ] && [ -s "$work/out" ]; then parses "diff --format json $previous $n"; fi
    done
  fi
  previous=$f
done
echo "corpus through every command: $runs runs over ${#files[@]} files, $failures failures"
((failures == 0))
