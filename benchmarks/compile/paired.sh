#!/usr/bin/env bash
# Paired compile-time runs, for a noisy shared machine: compiles BASE and CASE alternately N times
# each (-std=c++20 -fsyntax-only, default limits) and prints the medians of wall time and peak RSS of
# both and of their differences (each CASE run minus the BASE run just before it).
#
#   benchmarks/compile/paired.sh BASE.cpp CASE.cpp [N]      (run from the repository root)
#
# Environment: COMPILERS (default "g++-12 clang++-14 clang++-19"), FLAGS (extra flags, e.g. -I dirs);
# BASE_FLAGS and CASE_FLAGS, flags of one side only, searched before include/: the same file against
# two versions of the headers, e.g. BASE_FLAGS=-I/tmp/old/include with a `git worktree` of the old commit.
# Output, one line per compiler: compiler base_s case_s delta_s base_MB case_MB delta_MB runs
set -euo pipefail
if [[ $# -lt 2 || $# -gt 3 || $1 == -h || $1 == --help ]]; then
    sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//' >&2
    exit 2
fi
base=$1 case=$2 n=${3:-9}
for f in "$base" "$case"; do [[ -f $f ]] || { echo "paired.sh: no such file: $f" >&2; exit 2; }; done
[[ $n =~ ^[1-9][0-9]*$ ]] || { echo "paired.sh: N must be a positive number of runs, not '$n'" >&2; exit 2; }
read -r -a compilers <<<"${COMPILERS:-g++-12 clang++-14 clang++-19}"
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
run() {  # run COMPILER FILE SIDE_FLAGS: prints "seconds KB"
    /usr/bin/time -f "%e %M" "$1" -std=c++20 -fsyntax-only $3 -Iinclude ${FLAGS:-} "$2" 2>&1 >/dev/null | tail -n 1
}
for cxx in "${compilers[@]}"; do
    bt=() ct=() dt=() bm=() cm=() dm=()
    run "$cxx" "$base" "${BASE_FLAGS:-}" >/dev/null  # warm the file cache
    for ((i = 0; i < n; i++)); do
        read -r bs bk < <(run "$cxx" "$base" "${BASE_FLAGS:-}")
        read -r cs ck < <(run "$cxx" "$case" "${CASE_FLAGS:-}")
        bt+=("$bs") ct+=("$cs") dt+=("$(awk -v a="$cs" -v b="$bs" 'BEGIN {print a - b}')")
        bm+=("$((bk / 1024))") cm+=("$((ck / 1024))") dm+=("$(((ck - bk) / 1024))")
    done
    printf '%s %s %s %s %s %s %s %s\n' "$cxx" \
        "$(printf '%s\n' "${bt[@]}" | median)" "$(printf '%s\n' "${ct[@]}" | median)" \
        "$(printf '%s\n' "${dt[@]}" | median)" "$(printf '%s\n' "${bm[@]}" | median)" \
        "$(printf '%s\n' "${cm[@]}" | median)" "$(printf '%s\n' "${dm[@]}" | median)" "$n"
done
