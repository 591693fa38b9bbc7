#!/usr/bin/env bash
# Assembles the console's static site: www/ (without this script) plus the built package as pkg/.
#   bash www/assemble.sh [SITE_DIR]     (default build/site; needs pkg/browser.js, see pkg-template/build.sh)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
site="${1:-$root/build/site}"
[ -f "$root/pkg/browser.js" ] || { echo "assemble: pkg/browser.js is missing: run bash pkg-template/build.sh" >&2; exit 1; }
rm -rf "$site"
mkdir -p "$site"
cp -R "$root/www/." "$site/"
rm -f "$site/assemble.sh" "$site/README.md"
cp -R "$root/pkg" "$site/pkg"
echo "assemble: console + package in $site" >&2
