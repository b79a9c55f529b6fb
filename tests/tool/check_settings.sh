#!/usr/bin/env bash
# The project's check settings (.appwrite-schema.json beside the config, --settings, --no-settings):
# rule levels raised, lowered and switched off, the target and engine taken from the file and
# overridden on the command line, the same settings for emit and import (whose header is declared
# for the same engine and target, and compiles to the same verdict), and every malformed settings
# file refused (AW013, exit 2) with its line and column rather than ignored.
#   check_settings.sh TOOL CORPUS WORKDIR CXX INCLUDE_DIR
set -euo pipefail
tool=$1
corpus=$2
work=$3
cxx=$4
include=$5
rm -rf "$work" && mkdir -p "$work/project" "$work/elsewhere"
cd "$work/project"
fail() { echo "FAIL: $*" >&2; exit 1; }
run() { rc=0; out=$("$tool" "$@" 2>&1) || rc=$?; }
expect() { [ "$rc" = "$1" ] || fail "$2: exit $rc, expected $1: $out"; grep -qE "$3" <<<"$out" || fail "$2: no '$3' in: $out"; }

# 013 has 19 AW415 and 3 AW505 warnings, no errors.
cp "$corpus/013-AlanEtt-netzlingo.json" appwrite.json
run check -q; expect 0 "no settings" "appwrite.json: 0 errors, 22 warnings"

cat > .appwrite-schema.json <<'JSON'
{
  "rules": {
    "AW415": "off",
    "permission_anonymous_write": "error"
  }
}
JSON
run check -q; expect 1 "AW415 off, AW505 raised" "^appwrite.json: 3 errors, 0 warnings$"
run check -v; expect 1 "verbose names the settings" "checked with the settings of \.appwrite-schema\.json"
grep -qE "error AW505 permission_anonymous_write \(policy\)" <<<"$out" || fail "raised AW505 is an error: $out"
# The command line wins: --ignore switches off what the file raised.
run check -q --ignore AW505; expect 0 "--ignore over the file" "0 errors, 0 warnings"
run check -q --no-settings; expect 0 "--no-settings" "0 errors, 22 warnings"
# emit applies the same levels: a raised policy lint refuses the file, --force writes it.
run emit appwrite.json -o out.json; expect 1 "emit with raised AW505" "has errors, nothing written"
[ ! -e out.json ] || fail "emit wrote out.json despite the errors"
run emit appwrite.json --no-settings -o out.json; expect 0 "emit without settings" ""
[ -s out.json ] || fail "emit --no-settings wrote nothing"
# A settings file named on the command line, for a config in another folder.
cp appwrite.json ../elsewhere/appwrite.json
run check -q ../elsewhere/appwrite.json; expect 0 "no settings beside it" "0 errors, 22 warnings"
run check -q ../elsewhere/appwrite.json --settings .appwrite-schema.json; expect 1 "--settings FILE" "3 errors, 0 warnings"

# Engine and target from the file, the command line over them: 1.8.1 turns AW406 into a warning.
cp "$corpus/047-Buildathonzx-whisperrnote.json" appwrite.json
printf '{"server": "1.8.1", "profile": "mariadb"}\n' > .appwrite-schema.json
run check; expect 1 "server 1.8.1 from the file" "warning AW406 index_on_array"
grep -q "error AW406" <<<"$out" && fail "AW406 still an error for server 1.8.1: $out"
run check --server 1.9; expect 1 "--server over the file" "error AW406 index_on_array"
# A lowered server error: the file passes (the user takes the consequence).
printf '{"rules": {"AW406": "warning", "invalid_index_order": "off"}}\n' > .appwrite-schema.json
run check -q; expect 0 "server errors lowered" "0 errors"

# import declares the header's project for the settings' engine and target: compiled, it judges the
# schema as check did (a varchar column needs server 1.9: AW208 from check, and from the compiler).
cat > appwrite.json <<'JSON'
{"projectId": "p", "databases": [{"$id": "main", "name": "Main"}],
 "collections": [{"$id": "notes", "databaseId": "main", "name": "Notes", "attributes": [
   {"key": "title", "type": "varchar", "size": 40, "required": false, "default": null}], "indexes": []}]}
JSON
printf '{"profile": "postgresql", "server": "1.9.6", "cli": "25.0.0"}\n' > .appwrite-schema.json
"$tool" import appwrite.json -o ok.hpp --namespace ok
grep -q '\.for_engine(aw::postgresql)' ok.hpp || fail "import: no for_engine: $(tail -5 ok.hpp)"
grep -q '\.for_target(aw::deploy_target{.server_version = aw::version(1, 9, 6), .cli_version = aw::version(25, 0, 0)})' ok.hpp ||
  fail "import: no for_target: $(tail -5 ok.hpp)"
printf '#include "ok.hpp"\nint main() {}\n' > ok.cpp
"$cxx" -std=c++20 -fsyntax-only -I"$include" ok.cpp || fail "the imported header for postgresql/1.9.6 does not compile"
printf '{"server": "1.8.1"}\n' > .appwrite-schema.json
run import appwrite.json -o old.hpp; expect 1 "import for server 1.8.1" "AW208 type_unsupported_by_target"
"$tool" import appwrite.json -o old.hpp --namespace old --force 2>/dev/null
printf '#include "old.hpp"\nint main() {}\n' > old.cpp
rc=0; "$cxx" -std=c++20 -fsyntax-only -I"$include" old.cpp >compile.log 2>&1 || rc=$?
[ "$rc" != 0 ] || fail "the header for server 1.8.1 compiles, but check said AW208"
grep -q "type_unsupported_by_target" compile.log || fail "compile error does not name the rule: $(head -c 600 compile.log)"

# What the settings lower for files stays an error in C++: import refuses to write a header that
# would not compile (AW406 is a warning for server 1.8.1 in both).
cp "$corpus/047-Buildathonzx-whisperrnote.json" appwrite.json
printf '{"server": "1.8.1", "rules": {"invalid_index_order": "off"}}\n' > .appwrite-schema.json
run check -q; expect 0 "047 for server 1.8.1" "0 errors"
run import appwrite.json -o header.hpp; expect 1 "import of what check lowered" "header would not compile"
grep -q "error AW416 invalid_index_order" <<<"$out" || fail "import does not say which errors: $out"
grep -q "AW406" <<<"$out" && fail "AW406 is a warning for server 1.8.1 in C++ too: $out"
[ ! -e header.hpp ] || fail "import wrote a header that does not compile"

# Malformed settings are refused with the position of what is wrong.
bad() {
  printf '%s' "$1" > .appwrite-schema.json
  run check
  expect 2 "settings $1" "$2"
  grep -q "error AW013 settings_unusable" <<<"$out" || fail "not AW013: $out"
  grep -q "or pass --no-settings" <<<"$out" || fail "no way out named: $out"
}
bad $'{\n  "rules": {"AW4l5": "off"}}' '\.appwrite-schema\.json:2:22: .*AW4l5 is not a rule code or name \(did you mean AW4[0-9]5\?\)'
bad $'{\n  "profil": "mariadb"}' '\.appwrite-schema\.json:2:13: .*unknown setting "profil" \(did you mean "profile"\?\)'
bad $'{"profile": "oracle"}' ':1:13: .*unknown profile "oracle"'
bad $'{\n  "server": "1.x"\n}' ':2:13: .*"server" takes a version like 1\.9\.6, not "1\.x"'
bad $'{"cli": 25}' ':1:9: .*"cli" is a string'
bad $'{"rules": {"AW505": "of"}}' ':1:21: .*the level of AW505 is off, warning or error'
bad $'{"rules": {"AW505": "off",}}' ':1:27: .*not JSON'
# A repeated key, or one rule under two names, would change a level unseen.
bad $'{"rules": {"AW012": "error",\n  "AW012": "off"}}' ':2:3: .*\[.AW012. is given twice\]'
bad $'{"rules": {"AW012": "error", "required_default_absent": "off"}}' 'required_default_absent is AW012, whose level is already set'
bad $'{"cli": "25.0.0", "cli": "12.0.1"}' '\[.cli. is given twice\]'
# An editor's JSON schema reference is allowed.
printf '{"$schema": "https://example.org/appwrite-schema.json", "rules": {"AW415": "off"}}' > .appwrite-schema.json
cp "$corpus/013-AlanEtt-netzlingo.json" appwrite.json
run check -q; expect 0 "\$schema" "0 errors, 3 warnings"
# Bad settings beside one config: that config is not checked (exit 2), the others still are.
printf '{"rules": {"AW505": "never"}}' > ../elsewhere/.appwrite-schema.json
run check -q appwrite.json ../elsewhere/appwrite.json
expect 2 "bad settings for one of two configs" "^appwrite.json: 0 errors, 3 warnings$"
grep -q "^../elsewhere/appwrite.json: 1 error, 0 warnings" <<<"$out" || fail "second config not reported: $out"
rc=0; json=$("$tool" check --format json appwrite.json ../elsewhere/appwrite.json) || rc=$?
[ "$rc" = 2 ] || fail "json with bad settings: exit $rc"
python3 -c 'import json,sys; r=json.loads(sys.argv[1]); assert [x["findings"][0]["code"] if x["findings"] else "" for x in r][1] == "AW013", r' "$json" ||
  fail "JSON does not carry AW013: $json"
rm ../elsewhere/.appwrite-schema.json
bad $'{"rules": ["AW505"]}' ':1:11: .*"rules" maps rule codes'
bad $'{"rules": {"AW002": "off"}}' 'AW002 means the file is not read in full: its level is fixed'
bad $'{"rules": {"missing_field": "warning"}}' 'missing_field means the file is not read in full: its level is fixed'
bad $'{"rules": {"AW006": "off"}}' 'AW006 means the file is not read in full'
run check -q --ignore AW005; expect 2 "--ignore a structural issue" "AW005 means the file is not read in full: it cannot be left out"
bad $'[]' 'the settings are a JSON object'
run check --settings missing.json; expect 2 "--settings missing" "missing.json: error AW013 .*\[does not exist\]"
run check --settings . ; expect 2 "--settings a directory" "is a directory"
run check --settings x --no-settings; expect 2 "both" "excludes"
echo "check settings: ok"
