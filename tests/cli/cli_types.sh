#!/usr/bin/env bash
# Runs the real `appwrite types` on an emitted config (in a scratch copy of its folder: the CLI
# reads ./appwrite.config.json) and checks the generated code against the schema.
#   cli_types.sh <appwrite binary> <config file> <types_check> <example> <language> <scratch dir> [go]
# (`go`: the Go CLI, whose Kotlin integers are Long)
set -euo pipefail
appwrite=$1 config=$2 check=$3 example=$4 language=$5 scratch=$6 flavour=${7:-}
rm -rf "$scratch"
mkdir -p "$scratch"
cp "$config" "$scratch/appwrite.config.json"
cd "$scratch"
APPWRITE_NO_UPDATE_CHECK=1 "$appwrite" types --language "$language" ./generated
"$check" "$example" "$language" ./generated $flavour
