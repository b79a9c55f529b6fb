#!/usr/bin/env bash
# emit writes a config again without losing what is not schema: settings, functions (here from an
# `includes` file), sites, buckets, teams and endpoint come back as the file has them, in the file's
# key order and F.2's section order; keys the format does not have (AW009) are left out, as the
# finding's fix says: outside the schema only keys no CLI has (`_…`, `$createdAt`), in each entry and
# at every level of settings, never a function's own `vars` names. The real corpus file 025 (settings, functions, sites, buckets) likewise.
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
  "buckets": [{"$id": "avatars", "name": "Avatars", "fileSecurity": true, "maximumFileSize": 1000,
               "_comment": "dropped", "$createdAt": "2024-01-01T00:00:00.000+00:00"}],
  "settings": {"services": {"account": true, "teams": false}, "auth": {"security": {"limit": 10, "_why": "x"}}},
  "includes": {"functions": "parts/functions.json"},
  "teams": [{"$id": "admins", "name": "Admins"}],
  "databases": [{"$id": "main", "name": "Main"}],
  "collections": [{"$id": "notes", "databaseId": "main", "name": "Notes", "attributes": [], "indexes": []}]
}
JSON
cat > parts/functions.json <<'JSON'
[{"$id": "hello", "name": "Hello", "runtime": "node-18.0", "path": "functions/hello", "entrypoint": "index.js",
  "vars": {"_TOKEN": "kept"}, "$updatedAt": "2024-01-01T00:00:00.000+00:00"}]
JSON
# check names each such key where it is, in the included file too.
"$tool" check appwrite.json > check.txt || true
grep -q '^appwrite.json:6:16: warning AW009 strict_schema_key: buckets/avatars: .*_comment' check.txt ||
    fail "bucket note not reported: $(cat check.txt)"
grep -q '^appwrite.json:6:39: warning AW009 strict_schema_key: buckets/avatars: .*\$createdAt' check.txt || fail "bucket \$createdAt: $(cat check.txt)"
grep -q '^appwrite.json:7:98: warning AW009 strict_schema_key: settings/auth/security: .*_why' check.txt || fail "settings note: $(cat check.txt)"
grep -q '^parts/functions.json:2:31: warning AW009 strict_schema_key: functions/hello: .*\$updatedAt' check.txt || fail "included function: $(cat check.txt)"
! grep -q '_TOKEN' check.txt || fail "a function's vars are the user's: $(cat check.txt)"
"$tool" emit appwrite.json -o out.json
python3 - "$corpus" <<'PY' || fail "sections not kept"
import json, sys
out = json.load(open("out.json"))
keys = list(out)
assert keys == ["projectId", "projectName", "endpoint", "settings", "functions", "databases", "collections",
                "buckets", "teams"], keys
assert out["endpoint"] == "https://cloud.appwrite.io/v1"
assert out["settings"] == {"services": {"account": True, "teams": False}, "auth": {"security": {"limit": 10}}}
assert list(out["functions"][0]) == ["$id", "name", "runtime", "path", "entrypoint", "vars"], out["functions"]
assert out["functions"][0]["vars"] == {"_TOKEN": "kept"}
assert list(out["buckets"][0]) == ["$id", "name", "fileSecurity", "maximumFileSize"], out["buckets"]
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
# A real pulled file (corpus 017) keeps the server's timestamps on its buckets: reported at their lines,
# and emit leaves them out.
"$tool" check "$corpus/017-alfredoPacheco-cva-cotizador.json" > real-check.txt || true
grep -q '017-alfredoPacheco-cva-cotizador.json:2039:[0-9]*: warning AW009 strict_schema_key: buckets/avatars: .*\$createdAt' \
    real-check.txt || fail "017: bucket timestamps not reported: $(grep buckets real-check.txt)"
"$tool" emit "$corpus/017-alfredoPacheco-cva-cotizador.json" --force -o real-017.json
python3 - <<'PY' || fail "017: timestamps kept"
import json
out = json.load(open("real-017.json"))
assert [b["$id"] for b in out["buckets"]] == ["avatars", "reports"]
assert all("$createdAt" not in b and "$updatedAt" not in b and "$permissions" in b for b in out["buckets"])
PY
echo "emit keeps the other sections: ok"
