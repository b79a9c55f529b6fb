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
chmod +x "$work/bin/appwrite"

export APPWRITE_LOG="$work/calls.log" APPWRITE_WAIT_SECONDS=3
: > "$APPWRITE_LOG"
PATH="$work/bin:$PATH" sh "$work/deploy.sh"

# The order of the calls that matter.
line() { grep -n -- "$1" "$APPWRITE_LOG" | head -n 1 | cut -d: -f1; }
before() {
  a=$(line "$1"); b=$(line "$2")
  [ -n "$a" ] && [ -n "$b" ] && [ "$a" -lt "$b" ] || { echo "expected '$1' (line $a) before '$2' (line $b)"; cat "$APPWRITE_LOG"; exit 1; }
}
before "delete-index .*--key by_title" "delete-attribute .*--key stars"          # changed index goes first
before "update-string-attribute .*--key body --new-key text" "delete-attribute .*--key stars"
before "delete-attribute .*--key stars" "create-string-attribute .*--key stars"   # recreate: delete, then create
before "create-boolean-attribute .*--key pinned" "get-attribute .*--key pinned"   # wait for attributes ...
before "get-attribute .*--key pinned" "create-index .*--key by_title .*--orders DESC" # ... before indexes
before "create-index .*--key by_title" "delete-attribute .*--key nickname"       # deletes last
before "delete-attribute .*--key nickname" "delete-collection .*--collection-id archive"

# The rollback undoes what it can and says what it cannot.
grep -q "update-string-attribute .*--key 'text' --new-key 'body'" "$work/deploy.rollback.sh" || { echo "rollback does not rename back"; exit 1; }
grep -q "delete-attribute .*--key 'pinned'" "$work/deploy.rollback.sh" || { echo "rollback keeps the new attribute"; exit 1; }
grep -q "cannot undo: deleted collection main/archive" "$work/deploy.rollback.sh" || { echo "rollback hides a loss"; exit 1; }
: > "$APPWRITE_LOG"
PATH="$work/bin:$PATH" sh "$work/deploy.rollback.sh"
echo "deploy: $(wc -l < "$work/deploy.sh") lines; rollback ran $(wc -l < "$APPWRITE_LOG") CLI calls"
