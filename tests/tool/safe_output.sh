#!/usr/bin/env bash
# Output that cannot hurt: a failed write to standard output is an error; -o writes through a
# symlink (the link stays a link); -o onto a FIFO, a directory or a device is refused and leaves it
# as it was; a FIFO as input is refused at once instead of blocking.
#   safe_output.sh TOOL CONFIG SCRATCH_DIR
set -uo pipefail
tool=$1
config=$2
dir=$3
rm -rf "$dir" && mkdir -p "$dir"
fail() { echo "FAIL: $*"; exit 1; }

# Standard output on a full disk.
"$tool" emit "$config" > /dev/full 2> "$dir/err"
rc=$?
[ "$rc" -ne 0 ] || fail "emit > /dev/full exited 0"
grep -q "cannot write to standard output" "$dir/err" || fail "no message for /dev/full: $(cat "$dir/err")"
"$tool" check "$config" > /dev/full 2> /dev/null && fail "check > /dev/full exited 0"

# -o through a symlink: the target gets the config, the link stays.
echo old > "$dir/target.json"
ln -s target.json "$dir/link.json"
"$tool" emit "$config" -o "$dir/link.json" || fail "emit -o link.json failed"
[ -L "$dir/link.json" ] || fail "the symlink was replaced by a regular file"
grep -q '"projectId"' "$dir/target.json" || fail "the link's target was not written"

# -o over an existing file keeps its permissions.
echo old > "$dir/secret.json"
chmod 600 "$dir/secret.json"
"$tool" emit "$config" -o "$dir/secret.json" || fail "emit -o secret.json failed"
[ "$(stat -c %a "$dir/secret.json")" = 600 ] || fail "the replaced file's mode changed to $(stat -c %a "$dir/secret.json")"

# -o onto a FIFO, a directory or a device: refused, left alone.
mkfifo "$dir/fifo"
timeout 10 "$tool" emit "$config" -o "$dir/fifo" 2> "$dir/err"
rc=$?
[ "$rc" -eq 2 ] || fail "emit -o fifo: exit $rc, expected 2"
[ -p "$dir/fifo" ] || fail "the FIFO was replaced"
grep -q "not a regular file" "$dir/err" || fail "no message for -o fifo: $(cat "$dir/err")"
mkdir "$dir/folder"
"$tool" emit "$config" -o "$dir/folder" 2> /dev/null && fail "emit -o onto a directory exited 0"
[ -d "$dir/folder" ] || fail "the directory was replaced"
ln -s /dev/null "$dir/null-link"
"$tool" emit "$config" -o "$dir/null-link" 2> /dev/null && fail "emit -o onto a link to /dev/null exited 0"
[ -L "$dir/null-link" ] || fail "the link to /dev/null was replaced"

# A FIFO as FILE: refused at once (timeout would stop a read that blocks).
timeout 10 "$tool" check "$dir/fifo" > "$dir/out" 2>&1
rc=$?
[ "$rc" -eq 2 ] || fail "check fifo: exit $rc, expected 2: $(cat "$dir/out")"
grep -q "not a regular file" "$dir/out" || fail "no message for check fifo: $(cat "$dir/out")"

ls "$dir"/.*.tmp-* > /dev/null 2>&1 && fail "a temporary file was left behind"
echo "safe output: all cases passed"
