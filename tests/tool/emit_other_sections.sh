#!/usr/bin/env bash
# emit writes a config again without losing what is not schema: settings, functions (here from an
# `includes` file), sites, buckets, teams and endpoint come back as the file has them, in the file's
# key order and F.2's section order; keys the format does not have (AW009) are left out, as the
# finding's fix says. The real corpus file 025 (settings, functions, sites, buckets) likewise.
#   emit_other_sections.sh TOOL CORPUS WORKDIR
set -euo pipefail
tool=$1
corpus=$2
work=$3
rm -rf "$work" && mkdir -p "$work/parts"
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
cat > appwrite.json <<'JSON'
{
  "projectId": "p",
  "endpoint": "https://cloud.appwrite.io/v1",
  "_comment": "dropped",
  "buckets": [{"$id": "avatars", "name": "Avatars", "fileSecurity": true, "maximumFileSize": 1000}],
  "settings": {"services": {"account": true, "teams": false}, "auth": {"security": {"limit": 10}}},
  "includes": {"functions": "parts/functions.json"},
  "teams": [{"$id": "admins", "name": "Admins"}],
  "databases": [{"$id": "main", "name": "Main"}],
  "collections": [{"$id": "notes", "databaseId": "main", "name": "Notes", "attributes": [], "indexes": []}]
}
JSON
cat > parts/functions.json <<'JSON'
[{"$id": "hello", "name": "Hello", "runtime": "node-18.0", "path": "functions/hello", "entrypoint": "index.js"}]
JSON
"$tool" emit appwrite.json -o out.json
python3 - "$corpus" <<'PY' || fail "sections not kept"
import json, sys
out = json.load(open("out.json"))
keys = list(out)
assert keys == ["projectId", "projectName", "endpoint", "settings", "functions", "databases", "collections",
                "buckets", "teams"], keys
assert out["endpoint"] == "https://cloud.appwrite.io/v1"
assert out["settings"] == {"services": {"account": True, "teams": False}, "auth": {"security": {"limit": 10}}}
assert list(out["functions"][0]) == ["$id", "name", "runtime", "path", "entrypoint"], out["functions"]
assert out["buckets"][0]["maximumFileSize"] == 1000 and out["teams"][0]["$id"] == "admins"
assert "_comment" not in out and "includes" not in out
PY
"$tool" emit "$corpus/025-ansonlo-dev-LingUBible.json" -o real.json
python3 - "$corpus" <<'PY' || fail "025: sections not kept"
import json, sys
real = json.load(open(sys.argv[1] + "/025-ansonlo-dev-LingUBible.json"))
out = json.load(open("real.json"))
assert list(out) == list(real), (list(out), list(real))
for k in ("endpoint", "settings", "functions", "sites", "buckets"):
    assert json.dumps(out[k]) == json.dumps(real[k]), k
PY
echo "emit keeps the other sections: ok"
