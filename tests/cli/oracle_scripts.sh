#!/bin/sh
# The deploy and rollback scripts of `appwrite-schema diff --format shell --cli VERSION`, run end to
# end with a real CLI (CLI 12 or the Go CLI: the same commands) against the fake server (oracle_server.py), under set -eu: after the deploy the server
# holds NEW, after the rollback OLD again (compared with `diff --exit-code`: 0 = nothing differs;
# dropped data is not compared — the fake holds no documents).
#   oracle_scripts.sh TOOL node|go APPWRITE_BINARY CLI_VERSION OLD NEW WORKDIR   (OLD "-": a fresh project)
set -eu
tool=$1 kind=$2 appwrite=$3 version=$4 old=$5 new=$6 work=$7
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work"
work=$(cd "$work" && pwd)
if [ "$old" = - ]; then
  old="$work/empty.json"
  python3 -c 'import json,sys; c=json.load(open(sys.argv[1])); print(json.dumps({"projectId": c["projectId"], "databases": [], "collections": []}))' "$new" > "$old"
  "$tool" diff "$new" --format shell --cli "$version" -o "$work/deploy.sh" --rollback "$work/rollback.sh"
else
  "$tool" diff "$old" "$new" --format shell --cli "$version" -o "$work/deploy.sh" --rollback "$work/rollback.sh"
fi

ORACLE_COMMAND="sh '$work/deploy.sh'" "$here/oracle_push.sh" "$kind" "$appwrite" "$old" "$new" "$work/deploy" ||
  { cat "$work/deploy/cli.log"; exit 1; }
rc=0; "$tool" diff "$work/deploy/state.json" "$new" --exit-code --allow-invalid > "$work/after-deploy.txt" || rc=$?
[ "$rc" = 0 ] || { echo "after deploy.sh the server differs from NEW:"; cat "$work/after-deploy.txt"; exit 1; }

ORACLE_COMMAND="sh '$work/rollback.sh'" "$here/oracle_push.sh" "$kind" "$appwrite" "$work/deploy/state.json" "$old" \
  "$work/rollback" || { cat "$work/rollback/cli.log"; exit 1; }
rc=0; "$tool" diff "$work/rollback/state.json" "$old" --exit-code --allow-invalid > "$work/after-rollback.txt" || rc=$?
[ "$rc" = 0 ] || { echo "after rollback.sh the server differs from OLD:"; cat "$work/after-rollback.txt"; exit 1; }
echo "deploy: $(grep -c '^+ ' "$work/deploy/cli.log") steps; rollback: $(grep -c '^+ ' "$work/rollback/cli.log") steps; the server held NEW, then OLD"
