#!/usr/bin/env bash
# Plots benchmarks/compile/results.tsv (written by measure.sh) as docs/compile-time.png:
# wall seconds (best of 3) against the number of attributes in the schema, one line
# per compiler, with the 100 x 50 budget marked. Needs gnuplot (apt-get install gnuplot-nox).
#
#   benchmarks/compile/plot.sh [RESULTS] [PNG]        (run from the repository root)
set -euo pipefail

RESULTS=${1:-benchmarks/compile/results.tsv}
PNG=${2:-docs/compile-time.png}
command -v gnuplot >/dev/null || { echo "plot.sh: gnuplot is missing (apt-get install gnuplot-nox)" >&2; exit 2; }
[[ -f $RESULTS ]] || { echo "plot.sh: $RESULTS not found; run benchmarks/compile/measure.sh first" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Attributes per case; the maxima case (one collection of 1,010) is plotted as its own point set.
awk -F '\t' -v dir="$work" '
    BEGIN { n["1x10"] = 10; n["10x50"] = 500; n["100x50"] = 5000; n["200x50"] = 10000; n["10000"] = 10000;
            n["maxima"] = 1010; n["djamms"] = 51 }
    NR > 1 && ($2 in n) && $6 == "ok" {
        file = dir "/" $1 ($2 == "maxima" ? ".maxima" : ($2 == "10000" ? ".100x100" : ($2 == "djamms" ? ".djamms" : ".grid")))
        print n[$2], $3, $4 > file
    }' "$RESULTS"
for f in "$work"/*; do sort -n -o "$f" "$f"; done

plots=()
styles=("lc rgb '#1f77b4'" "lc rgb '#d62728'" "lc rgb '#2ca02c'" "lc rgb '#9467bd'")
i=0
for grid in "$work"/*.grid; do
    cxx=$(basename "$grid" .grid)
    style=${styles[$((i % 4))]}
    plots+=("'$grid' using 1:2 with linespoints pt 7 $style title '$cxx: N x 50'")
    [[ -f $work/$cxx.maxima ]] && plots+=("'$work/$cxx.maxima' using 1:2 with points pt 5 ps 1.5 $style title '$cxx: 1 x 1010 (maxima)'")
    [[ -f $work/$cxx.100x100 ]] && plots+=("'$work/$cxx.100x100' using 1:2 with points pt 9 ps 1.5 $style title '$cxx: 100 x 100'")
    i=$((i + 1))
done
plots+=("'+' using (5000):(1.5) every ::0::0 with points pt 3 ps 2.5 lc rgb 'black' title 'budget: 100 x 50 in 1.5 s on g++-12'")

mkdir -p "$(dirname "$PNG")"
gnuplot <<EOF
set terminal pngcairo size 1000,620 font 'sans,10' noenhanced
set output '$PNG'
set title 'appwrite-schema: compile time of a generated schema with static_assert(aw::valid<project>)'
set xlabel 'attributes in the schema'
set ylabel 'seconds (wall, -fsyntax-only, best of 3; includes the ~0.7 s headers baseline)'
set key top left
set grid
set xrange [0:10500]
set yrange [0:*]
set samples 2
plot $(IFS=,; echo "${plots[*]}")
EOF
echo "plot.sh: wrote $PNG" >&2
