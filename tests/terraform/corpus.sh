#!/usr/bin/env bash
# Every corpus config through `emit --format terraform`: a config `check` passes is written and
# hclcheck accepts it (parses, as terraform fmt writes it, the provider's schema, references), or
# is refused naming what the provider cannot express, with nothing written. A config with errors
# is refused as every command refuses it; with --force it is written anyway, and must still be a file
# Terraform can read (one resource per column even when the config lists a key twice).   corpus.sh TOOL HCLCHECK SCHEMA CORPUS_DIR OUT_DIR
set -uo pipefail
tool=$1 hclcheck=$2 schema=$3 corpus=$4 out=$5
rm -rf "$out" && mkdir -p "$out"
written=() blocked=0 invalid=0 failed=0
for config in "$corpus"/*.json; do
  name=$(basename "$config" .json)
  "$tool" check "$config" >/dev/null 2>&1
  clean=$?
  "$tool" emit "$config" --format terraform -o "$out/$name.tf" 2>"$out/$name.err"
  rc=$?
  if [ $rc -eq 0 ]; then
    if [ $clean -ne 0 ]; then echo "FAIL $name: written although check finds errors"; failed=1; fi
    written+=("$out/$name.tf")
  elif [ $rc -eq 1 ] && [ -e "$out/$name.tf" ]; then
    echo "FAIL $name: refused but $out/$name.tf was written"; failed=1
  elif [ $rc -eq 1 ] && [ $clean -eq 0 ] && grep -q "cannot express" "$out/$name.err" &&
       grep -q "error: .*fix: \|    fix: " "$out/$name.err"; then
    blocked=$((blocked + 1)); echo "blocked $name: $(grep -c ': error: ' "$out/$name.err") part(s)"
  elif [ $rc -eq 1 ] && [ $clean -ne 0 ] && grep -q "has errors, nothing written" "$out/$name.err"; then
    invalid=$((invalid + 1))
    "$tool" emit "$config" --format terraform --force -o "$out/$name.forced.tf" 2>"$out/$name.forced.err"
    case $? in
      0) written+=("$out/$name.forced.tf") ;;
      1) grep -q "cannot express" "$out/$name.forced.err" || { echo "FAIL $name --force:"; cat "$out/$name.forced.err"; failed=1; } ;;
      *) echo "FAIL $name --force: exit $?"; failed=1 ;;
    esac
  else
    echo "FAIL $name: exit $rc"; cat "$out/$name.err"; failed=1
  fi
done
echo "written ${#written[@]}, blocked $blocked, with errors $invalid"
# Guard against a vacuous pass: the corpus has 26 configs the provider can express in full, and 4 more
# with errors that --force writes.
if [ ${#written[@]} -lt 30 ]; then echo "FAIL: only ${#written[@]} configs written"; failed=1; fi
"$hclcheck" "$schema" "${written[@]}" | tail -n 3 || failed=1
exit $failed
