#!/usr/bin/env bash
# The checker's own negative controls: each rejects/*.tf has one mistake, named on its first line
# (`# expect: TEXT`), and hclcheck must refuse it saying TEXT.   rejects.sh HCLCHECK SCHEMA DIR
set -uo pipefail
hclcheck=$1 schema=$2 dir=$3
failed=0 n=0
for tf in "$dir"/*.tf; do
  n=$((n + 1))
  expect=$(sed -n '1s/^# expect: //p' "$tf")
  if out=$("$hclcheck" "$schema" "$tf" 2>&1); then
    echo "FAIL $(basename "$tf"): accepted"; failed=1
  elif ! grep -qF -- "$expect" <<<"$out"; then
    echo "FAIL $(basename "$tf"): refused without \"$expect\":"; echo "$out"; failed=1
  else
    echo "ok $(basename "$tf"): $(head -n 1 <<<"$out")"
  fi
done
[ $n -ge 8 ] || { echo "FAIL: only $n cases"; failed=1; }
exit $failed
