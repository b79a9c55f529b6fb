#!/usr/bin/env bash
# Compile-time benchmark (DESIGN.md section 7): wall time and peak RSS of validating generated
# schemas, per compiler, against a headers-only baseline.
#
#   benchmarks/compile/measure.sh [CASE ...]        (run from the repository root)
#
# Cases: baseline 1x10 10x50 100x50 200x50 maxima worst 10000 djamms (default: all). The baseline is
# always measured too, since every row reports its time above it.
# Each TU is compiled with `-std=c++20 -O0 -fsyntax-only -I include -I examples/djamms` and the
# compilers' DEFAULT limits (no -fconstexpr-steps / -fconstexpr-ops-limit), one compiler at a time.
# RUNS pairs (default 5) of a baseline run and a case run, alternately, so both meet the same load on
# a shared machine; medians. A case whose first run takes more than SLOW seconds (default 20) runs
# one pair. A run longer than TIMEOUT seconds (default 1200) is stopped and recorded as `timeout`.
#
# REV=<git revision> measures that commit's include/ and examples/ (exported with git archive)
# instead of the working tree, e.g. REV=HEAD while headers are being edited.
#
# Environment: COMPILERS (default "g++-12 clang++-14 clang++-19"), RUNS, SLOW, TIMEOUT, REV,
# GEN_DIR (generated sources; default build/bench-compile), RESULTS (default
# benchmarks/compile/results.tsv). Rows of RESULTS for other (compiler, case) pairs are kept, so
# a subset can be re-measured.
#
# Output columns: compiler case seconds peak_MB seconds_above_baseline status cpu_seconds note
# (seconds = median wall time of the case's runs; seconds_above_baseline = median of (case run -
# the baseline run before it); cpu_seconds = median user + system time: the compile
# is single-threaded, so cpu_seconds well below seconds means it waited for a CPU; it does not show
# a CPU slowed by other work on a shared host, which only repeated runs on a quiet machine remove;
# status ok | fail | timeout; note = the first error line of a failed compile).
# Exits non-zero only when the script itself cannot run, never because a budget or a case failed.
set -euo pipefail

if [[ ! -f include/appwrite/schema.hpp || ! -f benchmarks/compile/generate.py ]]; then
    echo "measure.sh: run from the repository root" >&2
    exit 2
fi

ALL_CASES=(baseline 1x10 10x50 100x50 200x50 maxima worst 10000 djamms)
read -r -a COMPILER_LIST <<<"${COMPILERS:-g++-12 clang++-14 clang++-19}"
RUNS=${RUNS:-5}
SLOW=${SLOW:-20}
TIMEOUT=${TIMEOUT:-1200}
GEN_DIR=${GEN_DIR:-build/bench-compile}
RESULTS=${RESULTS:-benchmarks/compile/results.tsv}

if [[ $# -gt 0 ]]; then
    CASES=("$@")
else
    CASES=("${ALL_CASES[@]}")
fi
for c in "${CASES[@]}"; do
    case " ${ALL_CASES[*]} " in
        *" $c "*) ;;
        *) echo "measure.sh: unknown case '$c' (known: ${ALL_CASES[*]})" >&2; exit 2 ;;
    esac
done
# The baseline first, exactly once.
ORDERED=(baseline)
for c in "${CASES[@]}"; do [[ $c == baseline ]] || ORDERED+=("$c"); done

for cxx in "${COMPILER_LIST[@]}"; do
    command -v "$cxx" >/dev/null || { echo "measure.sh: compiler '$cxx' not found" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "measure.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
command -v timeout >/dev/null || { echo "measure.sh: timeout (coreutils) is missing" >&2; exit 2; }

python3 benchmarks/compile/generate.py "$GEN_DIR" "${ORDERED[@]}" >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

root=.
source_desc="working tree of $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
if [[ -n ${REV:-} ]]; then
    mkdir "$work/src"
    git archive "$REV" include examples | tar -x -C "$work/src"
    root=$work/src
    source_desc="$(git rev-parse --short "$REV") ($REV)"
    [[ -z $(git status --porcelain -- include examples) ]] || source_desc+=" [working tree differs]"
elif [[ -n $(git status --porcelain -- include examples 2>/dev/null) ]]; then
    source_desc+=" + uncommitted changes"
fi
FLAGS=(-std=c++20 -O0 -fsyntax-only -I "$root/include" -I "$root/examples/djamms")
echo "measure.sh: headers from $source_desc" >&2
start_load=$(cut -d' ' -f1-3 /proc/loadavg)
new_rows="$work/rows.tsv"
: >"$new_rows"

# One compile: prints "seconds peak_kb cpu_seconds exit_code"; the compiler's stderr is left in $work/err.
compile_once() {
    local cxx=$1 src=$2 rc=0
    timeout --kill-after=10 "$TIMEOUT" /usr/bin/time -f '%e %M %U %S' -o "$work/time" \
        "$cxx" "${FLAGS[@]}" "$src" >/dev/null 2>"$work/err" || rc=$?
    local t
    t=$(tail -n 1 "$work/time" 2>/dev/null || true)
    if [[ $t =~ ^([0-9.]+)\ ([0-9]+)\ ([0-9.]+)\ ([0-9.]+)$ ]]; then
        t="${BASH_REMATCH[1]} ${BASH_REMATCH[2]} $(awk -v u="${BASH_REMATCH[3]}" -v s="${BASH_REMATCH[4]}" 'BEGIN { printf "%.2f", u + s }')"
    else
        t="$TIMEOUT 0 0"
    fi
    echo "$t $rc"
}

median() { sort -g | awk '{v[NR] = $1} END {printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# Paired runs: each run of a case follows a run of the baseline, so both meet the same load on a
# shared machine; seconds_above_baseline is the median of the differences within pairs, the other
# columns the medians of the case's own runs (the baseline row: of all baseline runs).
for cxx in "${COMPILER_LIST[@]}"; do
    all_base_s=() all_base_kb=() all_base_cpu=()
    rows=()
    for c in "${ORDERED[@]}"; do
        [[ $c == baseline ]] && continue
        src="$GEN_DIR/$c.cpp"
        case_s=() case_kb=() case_cpu=() deltas=() status=ok note=""
        for ((run = 1; run <= RUNS; run++)); do
            read -r bs bkb bcpu brc < <(compile_once "$cxx" "$GEN_DIR/baseline.cpp")
            [[ $brc -eq 0 ]] || { echo "measure.sh: the baseline does not compile with $cxx" >&2; exit 2; }
            all_base_s+=("$bs") all_base_kb+=("$bkb") all_base_cpu+=("$bcpu")
            read -r s kb cpu rc < <(compile_once "$cxx" "$src")
            case_s+=("$s") case_kb+=("$kb") case_cpu+=("$cpu")
            deltas+=("$(awk -v a="$s" -v b="$bs" 'BEGIN { print a - b }')")
            if [[ $rc -ne 0 ]]; then
                if [[ $rc -eq 124 || $rc -eq 137 ]]; then
                    status=timeout note="stopped after ${TIMEOUT} s"
                else
                    status=fail
                    # The first error line, and the line that names an exhausted compiler limit if any
                    # (g++ says so in an error, clang in a note further down).
                    note=$(grep -m1 -E ' error: | fatal error: ' "$work/err" || true)
                    limit=$(grep -m1 -E 'exceeds limit|step limit|maximum .*depth|exceeded maximum|limit of [0-9]' "$work/err" || true)
                    [[ -n $limit && $limit != "$note" ]] && note="$note | $limit"
                    note=$(printf '%s' "$note" | sed "s|$root/||g" | tr '\t' ' ' | cut -c1-600)
                    [[ -n $note ]] || note="exit code $rc"
                fi
                break
            fi
            awk -v a="$s" -v b="$SLOW" 'BEGIN { exit !(a > b) }' && break
        done
        rows+=("$(printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s' "$cxx" "$c" "$(printf '%s\n' "${case_s[@]}" | median)" \
            "$(printf '%s\n' "${case_kb[@]}" | median | awk '{ printf "%.0f", $1 / 1024 }')" \
            "$(printf '%s\n' "${deltas[@]}" | median)" "$status" "$(printf '%s\n' "${case_cpu[@]}" | median)" "$note")")
    done
    if ((${#all_base_s[@]} == 0)); then  # only the baseline was asked for
        for ((run = 1; run <= RUNS; run++)); do
            read -r bs bkb bcpu brc < <(compile_once "$cxx" "$GEN_DIR/baseline.cpp")
            all_base_s+=("$bs") all_base_kb+=("$bkb") all_base_cpu+=("$bcpu")
        done
    fi
    printf '%s\tbaseline\t%s\t%s\t0.00\tok\t%s\t\n' "$cxx" "$(printf '%s\n' "${all_base_s[@]}" | median)" \
        "$(printf '%s\n' "${all_base_kb[@]}" | median | awk '{ printf "%.0f", $1 / 1024 }')" \
        "$(printf '%s\n' "${all_base_cpu[@]}" | median)" | tee -a "$new_rows"
    for row in "${rows[@]}"; do printf '%s\n' "$row" | tee -a "$new_rows"; done
done

# Merge: rows just measured replace older rows for the same (compiler, case); the rest are kept.
header=$'compiler\tcase\tseconds\tpeak_MB\tseconds_above_baseline\tstatus\tcpu_seconds\tnote'
{
    echo "$header"
    if [[ -f $RESULTS ]]; then
        awk -F '\t' 'NR == FNR { seen[$1 FS $2] = 1; next } FNR > 1 && !(($1 FS $2) in seen)' "$new_rows" "$RESULTS"
    fi
    cat "$new_rows"
} >"$work/merged"
# Stable order: compilers as listed in COMPILER_LIST / seen, cases in ALL_CASES order.
python3 - "$work/merged" "$RESULTS" "${ALL_CASES[@]}" <<'EOF'
import sys
src, dst, cases = sys.argv[1], sys.argv[2], sys.argv[3:]
lines = open(src, encoding="utf-8").read().splitlines()
header, rows = lines[0], [l.split("\t") for l in lines[1:] if l.strip()]
compilers = []
for r in rows:
    if r[0] not in compilers:
        compilers.append(r[0])
rank = {c: i for i, c in enumerate(cases)}
rows.sort(key=lambda r: (compilers.index(r[0]), rank.get(r[1], len(cases))))
with open(dst, "w", encoding="utf-8") as f:
    f.write(header + "\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
EOF
# Provenance beside the table: when, on what, with which compilers, against which headers.
{
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "headers: $source_desc"
    echo "flags: -std=c++20 -O0 -fsyntax-only (default compiler limits)"
    echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(uname -sr)"
    for cxx in "${COMPILER_LIST[@]}"; do echo "$cxx: $("$cxx" --version | head -n 1)"; done
    echo "cases: ${ORDERED[*]}"
    echo "runs: up to $RUNS pairs (baseline, case) per case, medians; one pair above $SLOW s"
    echo "load average (1, 5, 15 min) at start: $start_load; at end: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"${RESULTS%.tsv}.meta"
echo "measure.sh: wrote $RESULTS and ${RESULTS%.tsv}.meta" >&2
