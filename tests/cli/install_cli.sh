#!/usr/bin/env bash
# Installs the real Appwrite CLI (npm appwrite-cli, the version the registry serves here) into a
# local folder; no global install. Usage: install_cli.sh <folder> <version>
set -euo pipefail
folder=$1 version=$2
if [ -x "$folder/node_modules/.bin/appwrite" ] &&
   [ "$(node -p "require('$folder/node_modules/appwrite-cli/package.json').version" 2>/dev/null)" = "$version" ]; then
  echo "appwrite-cli $version already in $folder"
  exit 0
fi
mkdir -p "$folder"
npm install --prefix "$folder" --no-audit --no-fund --loglevel=error "appwrite-cli@$version"
"$folder/node_modules/.bin/appwrite" --version
