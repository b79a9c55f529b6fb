#!/usr/bin/env bash
# Full builds of an app of 20 translation units that include a 261-attribute schema (corpus 041,
# imported), without and with a precompiled schema header, alternately (paired, for a noisy
# machine); prints the medians.
#
#   benchmarks/compile/many_tus/run.sh TOOL [RUNS]     (from the repository root)
#
# TOOL is a built appwrite-schema (it writes the schema header); COMPILERS as in paired.sh;
# CORPUS (default ../shared/corpus/real), TUS (default 20), JOBS (default nproc).
set -euo pipefail
if [[ $# -lt 1 || $# -gt 2 || $1 == -h || $1 == --help ]]; then
    sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//' >&2
    exit 2
fi
[[ -x $1 && -f $1 ]] || { echo "run.sh: TOOL must be a built appwrite-schema, not '$1'" >&2; exit 2; }
[[ ${2:-3} =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: RUNS must be a positive number, not '$2'" >&2; exit 2; }
tool=$(realpath "$1") runs=${2:-3}
root=$(pwd) here=$root/benchmarks/compile/many_tus
corpus=${CORPUS:-$root/../shared/corpus/real} tus=${TUS:-20} jobs=${JOBS:-$(nproc)}
read -r -a compilers <<<"${COMPILERS:-g++-12 clang++-14 clang++-19}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
config=$corpus/041-BasthDev-yomu.json
"$tool" import "$config" --namespace yomu -o "$work/schema.hpp"
python3 "$here/generate_tus.py" "$config" "$work" "$tus"
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
echo "compiler tus plain_s pch_s plain_per_tu_s pch_per_tu_s runs"
for cxx in "${compilers[@]}"; do
    for pch in OFF ON; do
        cmake -S "$here" -B "$work/build-$cxx-$pch" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Debug \
              -DAPPWRITE_SCHEMA_SOURCE_DIR="$root" -DGENERATED_DIR="$work" -DUSE_PCH=$pch >/dev/null
    done
    plain=() pch=()
    for ((i = 0; i < runs; i++)); do
        for side in OFF ON; do
            b=$work/build-$cxx-$side
            cmake --build "$b" --target clean >/dev/null
            start=$(date +%s.%N)
            cmake --build "$b" -j "$jobs" --target app >/dev/null
            t=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.2f", e - s}')
            if [ $side = OFF ]; then plain+=("$t"); else pch+=("$t"); fi
        done
    done
    p=$(printf '%s\n' "${plain[@]}" | median) q=$(printf '%s\n' "${pch[@]}" | median)
    echo "$cxx $tus $p $q $(awk -v a="$p" -v n="$tus" 'BEGIN {printf "%.2f", a / n}') $(awk -v a="$q" -v n="$tus" 'BEGIN {printf "%.2f", a / n}') $runs"
done
