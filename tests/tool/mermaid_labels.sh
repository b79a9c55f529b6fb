#!/usr/bin/env bash
# The Mermaid diagram of a config made to be hard to draw parses, and the parser reads back what the
# config says: an ID that starts with a digit, a name with blanks, quotes and characters Mermaid
# reserves, IDs that are Mermaid keywords (`end`, `to-do` once its '-' is gone), "direction TB"
# in a name, attribute keys that are key marks (`pk`) or start with a digit, a relationship naming
# its collection in other case (B.3) and one naming a collection that does not exist.
#   mermaid_labels.sh TOOL MERMAID_INSTALL_DIR
set -euo pipefail
tool=$1
mermaid=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/appwrite.config.json" <<'PY'
import json, sys
def attribute(key, **more):
    return {"key": key, "type": "string", "required": True, "array": False, "size": 20, **more}
def relationship(key, related, kind):
    return {"key": key, "type": "relationship", "required": False, "array": False, "relatedCollection": related,
            "relationType": kind, "twoWay": False, "twoWayKey": "", "onDelete": "setNull", "side": "parent"}
def collection(cid, name, attributes):
    return {"$id": cid, "$permissions": [], "databaseId": "main", "name": name, "enabled": True,
            "documentSecurity": False, "attributes": attributes, "indexes": []}
config = {"projectId": "p", "databases": [{"$id": "main", "name": "Main", "enabled": True}], "collections": [
    collection("6991d955003932cb853b", 'Kunden "VIP" & <Partner> 100% #1; C:\\temp',
               [attribute("first-name"), attribute("e.mail"), attribute("pk"), attribute("uk.region"),
                attribute("2fa"), relationship("orders", "to-do", "oneToMany"),
                relationship("ghost", "0missing", "manyToOne")]),
    collection("to-do", "Order direction TB", [attribute("user_id")]),
    collection("end", "end", [relationship("back", "TO-DO", "oneToOne")]),
]}
json.dump(config, open(sys.argv[1], "w"))
PY
rc=0
"$tool" diagram "$work/appwrite.config.json" --format mermaid --force -o "$work/diagram.mmd" 2>/dev/null || rc=$?
[ "$rc" -le 1 ] || { echo "FAIL: the tool exited $rc"; exit 1; }
cat "$work/diagram.mmd"
node "$here/mermaid_parse.mjs" "$mermaid" "$work/diagram.mmd" >"$work/parsed.json" || { cat "$work/parsed.json"; exit 1; }
python3 - "$work/parsed.json" <<'PY'
import json, sys
got = json.load(open(sys.argv[1], encoding="utf-8"))
entities = {e["label"]: e for e in got["entities"]}
customers = 'Kunden "VIP" & <Partner> 100% #1; C:\\temp (6991d955003932cb853b)'
expected = {customers, "Order direction TB (to-do)", "end", "0missing (missing)"}
failures = []
if set(entities) != expected or len(got["entities"]) != len(expected):
    failures.append(f"labels {sorted(e['label'] for e in got['entities'])}, expected {sorted(expected)}")
elif entities[customers]["attributes"] != ["first-name", "e.mail", "pk", "uk.region", "2fa", "orders", "ghost"]:
    failures.append(f"attributes {entities[customers]['attributes']}")
if got["relationships"] != 3:
    failures.append(f"{got['relationships']} relationships, expected 3")
for f in failures:
    print("FAIL " + f)
print("labels, attributes and relationships read back as the config says" if not failures else "")
sys.exit(1 if failures else 0)
PY
