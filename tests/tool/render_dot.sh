#!/usr/bin/env bash
# The DOT diagram of a config renders with Graphviz into a non-empty PNG.
#   render_dot.sh <appwrite-schema> <config> <out.png>
set -euo pipefail
"$1" diagram "$2" --format dot -o "$3.dot"
dot -Tpng "$3.dot" -o "$3"
test -s "$3"
echo "rendered $3 ($(wc -c <"$3") bytes)"
