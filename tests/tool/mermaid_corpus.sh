#!/usr/bin/env bash
# The Mermaid diagram of every corpus file (drawn with --force, so files with findings count too)
# goes through the real Mermaid parser and says what the file says: one entity per collection
# (plus one per related collection that does not exist), each labelled with the collection's name
# and ID (`database/ID` where two databases hold that ID), attributes that are the collection's
# keys, one relationship per parent side. Mermaid reads an ID that starts with a digit as a number
# and a second entity, without an error: only the counts and labels catch that.
#   mermaid_corpus.sh TOOL MERMAID_INSTALL_DIR CORPUS_DIR
set -euo pipefail
tool=$1
mermaid=$2
corpus=$3
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=()
for file in "$corpus"/*.json; do
  out="$work/$(basename "$file" .json).mmd"
  rc=0
  "$tool" diagram "$file" --format mermaid --force -o "$out" 2>/dev/null || rc=$?
  if [ "$rc" -gt 1 ] || [ ! -s "$out" ]; then
    echo "FAIL $(basename "$file"): no diagram (exit $rc)"
    exit 1
  fi
  files+=("$out")
done
rc=0
node "$here/mermaid_parse.mjs" "$mermaid" "${files[@]}" >"$work/parsed.jsonl" || rc=$?
python3 - "$corpus" "$work/parsed.jsonl" "$rc" <<'PY'
import collections, json, os, sys
corpus, parsed, rc = sys.argv[1], sys.argv[2], int(sys.argv[3])

def expected(path):
    """Labels, keys and relationships the file describes, read independently of the tool."""
    j = json.load(open(path, encoding="utf-8-sig"))
    items = [c for key in ("collections", "tables") for c in (j.get(key) or []) if isinstance(c, dict)]
    first = {}
    for c in items:  # one entity per (database, ID), as the diagram draws it
        first.setdefault((c.get("databaseId"), c.get("$id")), c)
    databases = collections.Counter(cid for _, cid in first)

    def label(c):  # "Name (ID)", "database/ID" where another database has that ID too
        cid, name = c.get("$id"), c.get("name") or ""
        shown = f"{c.get('databaseId')}/{cid}" if databases[cid] > 1 else cid
        return shown if not name or name == cid else f"{name} ({shown})"

    labels = [label(c) for c in first.values()]
    keys, missing, relationships = collections.defaultdict(set), set(), 0
    ids = {(db, str(cid).lower()) for db, cid in first}
    for c in items:
        for a in (c.get("attributes") or []) + (c.get("columns") or []):
            if not isinstance(a, dict):
                continue
            keys[label(c)].add(a.get("key"))
            if a.get("type") != "relationship" or a.get("side") == "child":
                continue
            relationships += 1
            related = a.get("relatedCollection") or a.get("relatedTable") or ""
            if (c.get("databaseId"), related.lower()) not in ids:
                missing.add((c.get("databaseId"), related))
    labels += [f"{related} (missing)" for _, related in missing]
    return sorted(labels), keys, relationships

failures, checked = [], 0
for line in open(parsed, encoding="utf-8"):
    got = json.loads(line)
    name = os.path.basename(got["file"])[: -len(".mmd")]
    if "error" in got:
        failures.append(f"{name}: Mermaid does not parse it: {got['error']}")
        continue
    labels, keys, relationships = expected(os.path.join(corpus, name + ".json"))
    drawn = sorted(e["label"] for e in got["entities"])
    if drawn != labels:
        failures.append(f"{name}: {len(drawn)} entities, the file has {len(labels)}: "
                        f"drawn only {sorted(set(drawn) - set(labels))}, not drawn {sorted(set(labels) - set(drawn))}")
    for e in got["entities"] if drawn == labels else []:
        stray = [a for a in e["attributes"] if a not in keys[e["label"]]]
        if stray:
            failures.append(f"{name}: entity {e['label']!r} shows attributes it does not have: {stray}")
    if got["relationships"] != relationships:
        failures.append(f"{name}: {got['relationships']} relationships drawn, the file has {relationships}")
    checked += 1
for f in failures:
    print("FAIL " + f)
print(f"{checked} corpus diagrams parsed by Mermaid, {len(failures)} failures")
sys.exit(1 if failures or rc != 0 or checked < 30 else 0)
PY
