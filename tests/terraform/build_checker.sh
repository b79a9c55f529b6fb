#!/usr/bin/env bash
# Builds hclcheck offline from Debian's Go sources (golang-go, golang-github-hashicorp-hcl-v2-dev):
# GOPATH mode, no proxy, no module downloads.   build_checker.sh SOURCE_DIR OUT_DIR
set -euo pipefail
src=$1 out=$2
mkdir -p "$out/gocache" "$out/gopath"
cd "$src"
GO111MODULE=off GOPATH="$out/gopath:/usr/share/gocode" GOPROXY=off GOFLAGS= GOCACHE="$out/gocache" \
  go build -o "$out/hclcheck" .
echo "built $out/hclcheck"
