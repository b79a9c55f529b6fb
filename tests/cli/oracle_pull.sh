#!/bin/sh
# Emitter fidelity: the Go CLI's `appwrite pull` of a deployed schema is, text for text, what
# `appwrite-schema emit --cli 27.3.0` writes for it, so a user who pulls and commits sees no drift;
# and pushing that file back writes nothing. Normalisation: the `endpoint` (the fake server's address
# in the pull) and the final newline (the pull writes none) are not compared.
#   oracle_pull.sh TOOL GO_APPWRITE CONFIG collections|tables WORKDIR
set -eu
tool=$1 appwrite=$2 config=$3 shape=$4 work=$5
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work"
"$tool" emit "$config" --cli 27.3.0 --shape "$shape" -o "$work/ours.json"
ORACLE_COMMAND="appwrite pull $shape --force" "$here/oracle_push.sh" go "$appwrite" "$work/ours.json" "$work/ours.json" \
  "$work/pull" > /dev/null || { cat "$work/pull/cli.log"; exit 1; }
strip() { grep -v '^    "endpoint": ' "$1" | sed -e '$a\'; }  # the final newline: one
strip "$work/ours.json" > "$work/emitted.txt"
strip "$work/pull/project/appwrite.config.json" > "$work/pulled.txt"
diff -u "$work/emitted.txt" "$work/pulled.txt" || { echo "appwrite pull writes another file than emit"; exit 1; }
"$here/oracle_push.sh" go "$appwrite" "$work/ours.json" "$work/ours.json" "$work/push" > /dev/null ||
  { cat "$work/push/cli.log"; exit 1; }
if [ -s "$work/push/requests.jsonl" ]; then echo "pushing the emitted file back writes:"; cat "$work/push/requests.jsonl"; exit 1; fi
echo "$(wc -l < "$work/emitted.txt") lines: pull = emit, and push of it writes nothing"
