#!/usr/bin/env bash
# check's machine formats, inputs and the refusal of configs with errors, as a CI user meets them:
# SARIF 2.1.0's required fields, GitHub annotations, stdin, several files, the config found in a
# parent folder, positions in a one-line and an included file, --force, diff --exit-code.
#   check_formats.sh TOOL WORKDIR
set -euo pipefail
tool=$1
work=$2
rm -rf "$work" && mkdir -p "$work/project/src/deep"
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

# One line: the error's column is that of the value, on line 1.
printf '%s' '{"databases":[{"$id":"main","name":"Main"}],"collections":[{"$id":"users","databaseId":"main","name":"Users","attributes":[{"key":"age","type":"integer","required":true,"default":5}]}]}' > one-line.json
rc=0; out=$("$tool" check one-line.json) || rc=$?
[ "$rc" = 1 ] || fail "one-line.json: exit $rc, expected 1"
col=$(python3 -c 'import sys; t=open("one-line.json").read(); print(t.index("\"default\":5") + len("\"default\":") + 1)')
grep -q "^one-line.json:1:${col}: error AW201 required_with_default: main/users/age: " <<<"$out" || fail "position in one-line file: $out"
grep -q "fix: .*see docs/rules.md#aw201; at collections\[0\]\.attributes\[0\]\.default" <<<"$out" || fail "fix line: $out"

# An included file: the finding names that file and its line.
cat > with-include.json <<'JSON'
{
  "databases": [{"$id": "main", "name": "Main"}],
  "includes": {"collections": "parts/collections.json"}
}
JSON
mkdir -p parts
cat > parts/collections.json <<'JSON'
[
  {"$id": "users", "databaseId": "main", "name": "Users",
   "attributes": [
     {"key": "age", "type": "integer", "required": false, "min": 10, "max": 5}
   ]}
]
JSON
rc=0; out=$("$tool" check with-include.json) || rc=$?
[ "$rc" = 1 ] || fail "with-include.json: exit $rc"
col4=$(python3 -c 'l=open("parts/collections.json").read().split("\n")[3]; print(l.index("\"min\": ") + len("\"min\": ") + 1)')
grep -q "^parts/collections.json:4:${col4}: error AW210 min_greater_than_max: main/users/age" <<<"$out" || fail "include position: $out"

# SARIF 2.1.0: the fields GitHub code scanning requires.
rc=0; "$tool" check --format sarif one-line.json with-include.json > out.sarif || rc=$?
[ "$rc" = 1 ] || fail "sarif exit $rc"
python3 - out.sarif <<'PY' || fail "SARIF fields"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["version"] == "2.1.0" and "sarif-2.1.0" in s["$schema"]
run = s["runs"][0]
rules = run["tool"]["driver"]["rules"]
assert run["tool"]["driver"]["name"] == "appwrite-schema"
ids = [r["id"] for r in rules]
assert len(ids) == len(set(ids))
results = run["results"]
assert len(results) == 2, results
for r in results:
    assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
    assert r["level"] in ("error", "warning", "note")
    assert r["message"]["text"]
    loc = r["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] in ("one-line.json", "parts/collections.json")
    assert loc["region"]["startLine"] >= 1 and loc["region"]["startColumn"] >= 1
for r in rules:
    assert r["shortDescription"]["text"] and "docs/rules.md#" in r["help"]["text"]
PY

# GitHub annotations: properties escaped (':' and ','), one line per finding.
rc=0; out=$("$tool" check --format github one-line.json) || rc=$?
[ "$rc" = 1 ] || fail "github exit $rc"
grep -q "^::error file=one-line.json,line=1,col=${col},title=AW201 required_with_default::main/users/age: " <<<"$out" || fail "github: $out"

# Standard input and several files: exit is the worst of them.
rc=0; out=$("$tool" check - < one-line.json) || rc=$?
[ "$rc" = 1 ] && grep -q "^<stdin>:1:${col}: error AW201" <<<"$out" || fail "stdin ($rc): $out"
rc=0; out=$("$tool" check one-line.json no-such.json) || rc=$?
[ "$rc" = 2 ] && grep -q "one-line.json: 1 error" <<<"$out" && grep -q "no-such.json: 1 error" <<<"$out" || fail "several files ($rc): $out"

# No FILE: the config of the nearest parent folder.
cp one-line.json project/appwrite.json
rc=0; out=$(cd project/src/deep && "$tool" check) || rc=$?
[ "$rc" = 1 ] && grep -q "appwrite.json:1:${col}: error AW201" <<<"$out" || fail "parent lookup ($rc): $out"
rc=0; (cd / && "$tool" check) 2> none.err || rc=$?
[ "$rc" = 2 ] && grep -q "no appwrite.config.json or appwrite.json" none.err || fail "no config ($rc)"

# emit/import/diagram refuse a config with errors and write nothing, unless --force.
for command in emit import diagram; do
  rc=0; "$tool" $command one-line.json -o "refused.$command" 2> refused.err || rc=$?
  [ "$rc" = 1 ] && [ ! -e "refused.$command" ] && grep -q "has errors, nothing written" refused.err ||
    fail "$command without --force ($rc)"
  "$tool" $command one-line.json --force -o "forced.$command" 2> forced.err || fail "$command --force"
  [ -s "forced.$command" ] || fail "$command --force wrote nothing"
done

# diff --exit-code: 0 no changes, 2 changes, 1 an error (a usage error too). one-line.json breaks
# AW201: diff refuses to plan into it (an error) unless --allow-invalid.
cp with-include.json same.json
rc=0; "$tool" diff one-line.json one-line.json --exit-code 2> refused.err > /dev/null || rc=$?
[ "$rc" = 1 ] && grep -q "one-line.json breaks the rules above" refused.err || fail "diff into a broken NEW: $rc"
rc=0; "$tool" diff one-line.json one-line.json --exit-code --allow-invalid 2> /dev/null > /dev/null || rc=$?
[ "$rc" = 0 ] || fail "diff same: $rc"
rc=0; "$tool" diff one-line.json project/appwrite.json --exit-code --allow-invalid 2> /dev/null > /dev/null || rc=$?
[ "$rc" = 0 ] || fail "diff identical copies: $rc"
sed 's/"Users"/"People"/' one-line.json > renamed.json
rc=0; "$tool" diff one-line.json renamed.json --exit-code --allow-invalid 2> /dev/null > /dev/null || rc=$?
[ "$rc" = 2 ] || fail "diff changed: $rc"
rc=0; "$tool" diff one-line.json renamed.json same.json --exit-code 2> /dev/null || rc=$?
[ "$rc" = 1 ] || fail "diff usage error with --exit-code: $rc"
rc=0; "$tool" diff one-line.json missing.json --exit-code 2> /dev/null || rc=$?
[ "$rc" = 1 ] || fail "diff unreadable with --exit-code: $rc"
echo "check formats, inputs, --force and diff --exit-code: ok"
