#!/usr/bin/env bash
# The DOT diagram of every corpus file goes through Graphviz with no warning and draws exactly one
# node per collection (plus a dashed node per related collection that does not exist): IDs that
# start with a digit, contain '-' or repeat across databases must not make phantom nodes.
#   dot_corpus.sh TOOL CORPUS_DIR
set -euo pipefail
tool=$1
corpus=$2
checked=0
for file in "$corpus"/*.json; do
  dot_source=$("$tool" diagram "$file" --format dot 2>/dev/null) || continue  # unreadable files: the check tests
  warnings=$(printf '%s' "$dot_source" | dot -Tplain 2>&1 >/dev/null || true)
  if [ -n "$warnings" ]; then
    echo "FAIL $(basename "$file"): Graphviz says: $warnings"
    exit 1
  fi
  drawn=$(printf '%s' "$dot_source" | dot -Tplain | grep -c '^node ' || true)
  declared=$(printf '%s\n' "$dot_source" | grep -cE '^        "[^"]*" \[label=<|^    "[^"]*" \[shape=box, style=dashed' || true)
  # The collections the file describes, counted independently of the tool: one per (database, ID).
  expected=$(python3 - "$file" <<'PY'
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8-sig"))
seen = set()
for key in ("collections", "tables"):
    for c in j.get(key) or []:
        if isinstance(c, dict):
            seen.add((c.get("databaseId"), c.get("$id")))
print(len(seen))
PY
)
  collections=$(printf '%s\n' "$dot_source" | grep -cE '^        "[^"]*" \[label=<' || true)
  if [ "$drawn" != "$declared" ] || [ "$collections" != "$expected" ]; then
    echo "FAIL $(basename "$file"): Graphviz drew $drawn nodes for $declared declared; $collections collections drawn, the file has $expected"
    exit 1
  fi
  checked=$((checked + 1))
done
echo "$checked corpus diagrams drawn by Graphviz with one node per collection"
[ "$checked" -ge 30 ]
