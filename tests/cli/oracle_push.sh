#!/usr/bin/env bash
# Pushes NEW with a real Appwrite CLI to the fake server (oracle_server.py) loaded with OLD, and keeps
# what the CLI sent.   oracle_push.sh CLI_KIND(node|go) APPWRITE_BINARY OLD.json NEW.json WORKDIR
# Leaves in WORKDIR (emptied first):
#   requests.jsonl  the writes (POST/PUT/PATCH/DELETE) and unknown routes, one JSON line each:
#                   {method, path, body, status}
#   trace.jsonl     every request, reads included (with query, project and key headers)
#   state.json      the server's final state, in OLD's shape (pulled-config form)
#   cli.log         the CLI's output
# Exit status: the CLI's (124 if it hung past ORACLE_TIMEOUT seconds, default 300).
# Both CLIs are pointed at the fake the same way: `appwrite client --endpoint URL --key KEY` in a
# throwaway HOME (WORKDIR/home); the project ID comes from NEW's projectId; an `endpoint` in NEW is
# rewritten to the fake's URL (CLI 12 would otherwise push to it, the Go CLI refuses a mismatch).
# The push is `appwrite push collections|tables --all --force` (tables when NEW has tablesDB/tables;
# override with ORACLE_RESOURCE, and the flags with ORACLE_PUSH_FLAGS). ORACLE_SERVER_ARGS go to
# oracle_server.py (e.g. "--lag 2": new/deleted attributes stay processing/deleting for 2 requests).
# ORACLE_COMMAND, when set, runs instead of the push (e.g. "sh deploy.sh"), with the CLI configured and
# APPWRITE_ENDPOINT, APPWRITE_PROJECT_ID and APPWRITE_API_KEY set for the REST steps of a script.
set -euo pipefail
[ $# -eq 5 ] || { echo "usage: $0 node|go APPWRITE_BINARY OLD.json NEW.json WORKDIR" >&2; exit 2; }
kind=$1 appwrite=$2 old=$3 new=$4 work=$5
case $kind in node|go) ;; *) echo "CLI_KIND must be node or go" >&2; exit 2 ;; esac
here=$(cd "$(dirname "$0")" && pwd)
[ -x "$appwrite" ] || { echo "not an executable: $appwrite" >&2; exit 2; }
for f in "$old" "$new"; do [ -f "$f" ] || { echo "no such file: $f" >&2; exit 2; }; done
appwrite=$(cd "$(dirname "$appwrite")" && pwd)/$(basename "$appwrite")
old=$(cd "$(dirname "$old")" && pwd)/$(basename "$old")
new=$(cd "$(dirname "$new")" && pwd)/$(basename "$new")
timeout_s=${ORACLE_TIMEOUT:-300}
flags=${ORACLE_PUSH_FLAGS:---all --force}

rm -rf "$work"
mkdir -p "$work/home" "$work/project"
work=$(cd "$work" && pwd)

# shellcheck disable=SC2086  # ORACLE_SERVER_ARGS are words
python3 "$here/oracle_server.py" --state "$old" --log "$work/requests.jsonl" --trace "$work/trace.jsonl" \
  --port-file "$work/port" --idle-timeout $((timeout_s + 60)) --dump-state "$work/state.json" \
  ${ORACLE_SERVER_ARGS:-} 2>"$work/server.log" &
server=$!
stop_server() {
  if kill -0 "$server" 2>/dev/null; then kill -TERM "$server"; fi
  wait "$server" 2>/dev/null || true
}
trap stop_server EXIT
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.1; done
[ -s "$work/port" ] || { echo "oracle_server did not start" >&2; cat "$work/server.log" >&2; exit 3; }
endpoint="http://127.0.0.1:$(cat "$work/port")/v1"

# NEW as the project's config; resource = tables for the TablesDB shape.
resource=$(python3 - "$new" "$work/project/appwrite.config.json" "$endpoint" <<'EOF'
import json, shutil, sys
src, dst, endpoint = sys.argv[1:]
with open(src) as f:
    config = json.load(f)
if "endpoint" in config:              # keep the file verbatim unless it names another server
    config["endpoint"] = endpoint
    with open(dst, "w") as f:
        json.dump(config, f, indent=4)
else:
    shutil.copyfile(src, dst)
print("tables" if config.get("tablesDB") or config.get("tables") else "collections")
EOF
)
resource=${ORACLE_RESOURCE:-$resource}

export HOME="$work/home" APPWRITE_NO_UPDATE_CHECK=1 NO_COLOR=1 FORCE_COLOR=0
cd "$work/project"
echo "\$ appwrite client --endpoint $endpoint --key oracle-key" >"$work/cli.log"
timeout 30 "$appwrite" client --endpoint "$endpoint" --key oracle-key </dev/null >>"$work/cli.log" 2>&1 ||
  { echo "appwrite client failed; see $work/cli.log" >&2; cat "$work/cli.log" >&2; exit 3; }
rc=0
if [ -n "${ORACLE_COMMAND:-}" ]; then
  echo "\$ $ORACLE_COMMAND   ($kind)" >>"$work/cli.log"
  export APPWRITE_ENDPOINT="$endpoint" APPWRITE_API_KEY=oracle-key
  APPWRITE_PROJECT_ID=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["projectId"])' appwrite.config.json)
  export APPWRITE_PROJECT_ID PATH="$(dirname "$appwrite"):$PATH"
  timeout --kill-after=5 "$timeout_s" sh -c "$ORACLE_COMMAND" </dev/null >>"$work/cli.log" 2>&1 || rc=$?
else
  echo "\$ appwrite push $resource $flags   ($kind)" >>"$work/cli.log"
  # shellcheck disable=SC2086  # flags are words
  timeout --kill-after=5 "$timeout_s" "$appwrite" push "$resource" $flags </dev/null >>"$work/cli.log" 2>&1 || rc=$?
fi
stop_server
trap - EXIT
if [ "$rc" -ne 0 ]; then
  echo "${ORACLE_COMMAND:-appwrite push} failed (exit $rc); see $work/cli.log" >&2
  tail -n 20 "$work/cli.log" >&2
fi
exit "$rc"
