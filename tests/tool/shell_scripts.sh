#!/bin/sh
# appwrite-schema diff --format shell: writes a deployment and a rollback script that are valid sh,
# and run them against a stand-in `appwrite` CLI that records each call: the calls come in the order
# the server needs (docs/diff.md), and the waits end.
#   shell_scripts.sh TOOL OLD NEW WORKDIR
set -eu
tool=$1 old=$2 new=$3 work=$4
rm -rf "$work" && mkdir -p "$work/bin"

"$tool" diff "$old" "$new" --format shell -o "$work/deploy.sh"
test -s "$work/deploy.sh" || { echo "no deploy.sh"; exit 1; }
test -s "$work/deploy.rollback.sh" || { echo "no deploy.rollback.sh next to deploy.sh"; exit 1; }
sh -n "$work/deploy.sh"
sh -n "$work/deploy.rollback.sh"

# The stand-in CLI: `get-*` answers available unless the key was deleted since it was last created.
cat > "$work/bin/appwrite" <<'STANDIN'
#!/bin/sh
case "$*" in --version) echo "${STANDIN_VERSION:-12.0.1}"; exit 0 ;; esac
echo "$*" >> "$APPWRITE_LOG"
key=""; prev=""
for a in "$@"; do [ "$prev" = "--key" ] && key=$a; prev=$a; done
case "$*" in
  *" get-"*)
    state=$(grep -E " (create|delete)-[a-z-]+ .*--key $key( |$)" "$APPWRITE_LOG" | tail -n 1 || true)
    case $state in *" delete-"*) exit 1 ;; esac
    echo '{"key":"'"$key"'","status":"available"}' ;;
esac
exit 0
STANDIN
# The stand-in curl: what the REST steps send, as "curl METHOD PATH BODY".
cat > "$work/bin/curl" <<'STANDIN'
#!/bin/sh
method=GET url="" body=""; prev=""
for a in "$@"; do
  case $prev in -X) method=$a ;; --data) body=$a ;; esac
  case $a in http*) url=$a ;; esac
  prev=$a
done
echo "curl $method ${url#"$APPWRITE_ENDPOINT"} $body" >> "$APPWRITE_LOG"
STANDIN
chmod +x "$work/bin/appwrite" "$work/bin/curl"

export APPWRITE_LOG="$work/calls.log" APPWRITE_WAIT_SECONDS=3
export APPWRITE_ENDPOINT=http://127.0.0.1:9/v1 APPWRITE_PROJECT_ID=notes APPWRITE_API_KEY=secret
: > "$APPWRITE_LOG"
# The pre-flight stops before any change: the wrong CLI, no API key.
if STANDIN_VERSION=11.1.1 PATH="$work/bin:$PATH" sh "$work/deploy.sh" 2> "$work/preflight.err"; then
  echo "deploy.sh ran with CLI 11.1.1"; exit 1
fi
grep -q "written for appwrite-cli 12.x or 27.x, found '11.1.1'" "$work/preflight.err" || { cat "$work/preflight.err"; exit 1; }
if APPWRITE_API_KEY= PATH="$work/bin:$PATH" sh "$work/deploy.sh" 2> "$work/preflight.err"; then
  echo "deploy.sh ran without an API key"; exit 1
fi
grep -q "APPWRITE_API_KEY" "$work/preflight.err" || { cat "$work/preflight.err"; exit 1; }
if grep -v -e " list" -e "^curl GET /databases " "$APPWRITE_LOG"; then echo "the pre-flight changed something"; exit 1; fi
: > "$APPWRITE_LOG"
PATH="$work/bin:$PATH" sh "$work/deploy.sh" 2> "$work/deploy.err"
grep -q "^+ appwrite databases delete-index .*--key by_title" "$work/deploy.err" || { echo "steps are not printed"; exit 1; }

# The order of the calls that matter.
line() { grep -n -- "$1" "$APPWRITE_LOG" | head -n 1 | cut -d: -f1; }
before() {
  a=$(line "$1"); b=$(line "$2")
  [ -n "$a" ] && [ -n "$b" ] && [ "$a" -lt "$b" ] || { echo "expected '$1' (line $a) before '$2' (line $b)"; cat "$APPWRITE_LOG"; exit 1; }
}
before "delete-index .*--key by_title" "delete-attribute .*--key stars"          # changed index goes first
before "curl PATCH /databases/main/collections/notes/attributes/string/body .*\"newKey\":\"text\"" "delete-attribute .*--key stars"
before "delete-attribute .*--key stars" "create-string-attribute .*--key stars"   # recreate: delete, then create
before "create-boolean-attribute .*--key pinned" "get-attribute .*--key pinned"   # wait for attributes ...
before "get-attribute .*--key pinned" "create-index .*--key by_title .*--orders DESC" # ... before indexes
before "create-index .*--key by_title" "delete-attribute .*--key nickname"       # deletes last
before "delete-attribute .*--key nickname" "delete-collection .*--collection-id archive"

# No step the CLI cannot send: an update without a default goes through REST, never the CLI.
if grep -E "update-[a-z]+-attribute" "$APPWRITE_LOG" | grep -v -- "--xdefault"; then
  echo "an update without a default went through the CLI"; exit 1
fi

# The rollback puts the old shape back and says what is gone.
: > "$APPWRITE_LOG"
PATH="$work/bin:$PATH" sh "$work/deploy.rollback.sh" 2> "$work/rollback.err"
grep -q "curl PATCH /databases/main/collections/notes/attributes/string/text .*\"newKey\":\"body\"" "$APPWRITE_LOG" || { echo "rollback does not rename back"; cat "$APPWRITE_LOG"; exit 1; }
grep -q "delete-attribute .*--key pinned" "$APPWRITE_LOG" || { echo "rollback keeps the new attribute"; exit 1; }
before "delete-attribute .*--key stars" "create-integer-attribute .*--key stars"   # the old type again
grep -q "create-collection .*--collection-id archive" "$APPWRITE_LOG" || { echo "rollback does not bring the collection back"; exit 1; }
grep -q "create-string-attribute .*--collection-id archive" "$APPWRITE_LOG" || { echo "rollback brings the collection back without attributes"; exit 1; }
grep -q "collection main/archive comes back empty" "$work/deploy.rollback.sh" || { echo "rollback hides a loss"; exit 1; }
echo "deploy: $(wc -l < "$work/deploy.sh") lines; rollback ran $(wc -l < "$APPWRITE_LOG") CLI calls"
