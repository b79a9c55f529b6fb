#!/usr/bin/env bash
# Installs the Go build of the Appwrite CLI (npm appwrite-cli-linux-x64, one static binary) into a
# local folder; no global install. Usage: install_go_cli.sh <folder> <version>
# The binary ends up at <folder>/package/bin/appwrite.
set -euo pipefail
folder=$1 version=$2
binary=$folder/package/bin/appwrite
if [ -x "$binary" ] &&
   [ "$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['version'])" \
        "$folder/package/package.json" 2>/dev/null)" = "$version" ]; then
  echo "appwrite-cli-linux-x64 $version already in $folder"
  exit 0
fi
mkdir -p "$folder"
folder=$(cd "$folder" && pwd)
rm -rf "$folder/package" "$folder"/appwrite-cli-linux-x64-*.tgz
(cd "$folder" && npm pack --silent --loglevel=error "appwrite-cli-linux-x64@$version" >/dev/null)
tar -xzf "$folder/appwrite-cli-linux-x64-$version.tgz" -C "$folder"
rm -f "$folder/appwrite-cli-linux-x64-$version.tgz"
chmod +x "$binary"
APPWRITE_NO_UPDATE_CHECK=1 "$binary" --version
