#!/usr/bin/env bash
# Installs the real Mermaid (npm mermaid) into a local folder for the diagram tests; no global
# install. Its parser runs under plain node: no DOM package is needed to parse.
#   mermaid_install.sh <folder> <version>
set -euo pipefail
folder=$1 version=$2
if [ "$(node -p "require('$folder/node_modules/mermaid/package.json').version" 2>/dev/null)" = "$version" ]; then
  echo "mermaid $version already in $folder"
  exit 0
fi
mkdir -p "$folder"
npm install --prefix "$folder" --no-audit --no-fund --loglevel=error "mermaid@$version"
node -p "'mermaid ' + require('$folder/node_modules/mermaid/package.json').version"
