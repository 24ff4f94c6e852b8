#!/usr/bin/env bash
# Renders the pictures of the HTML manual in docs/images/ (docs/html-report.md
# shows them) from the bakery example, drawn by Debian's Chromium: the staff
# index, the night shift bakers' start page, the run sheets of the overnight production and
# the second printed page of print.html (the first part after the contents),
# drawn from Chromium's PDF by Ghostscript. Needs a build (build/bizmap),
# scripts/install-npm.sh and gs.  Usage: scripts/render-html-images.sh [BUILD]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bizmap="$root/${1:-build}/bizmap"
tools="$root/tools/npm/browser"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bizmap" report "$root/examples/bakery" -o "$work/site" --format html --audience staff \
  --today 2026-06-01 2>/dev/null
shot() { node "$tools/screenshot.mjs" "$@"; }
images="$root/docs/images"
shot "$work/site/index.html" "$images/html-index.png" 1100 1300
shot "$work/site/roles/night-bakers.html" "$images/html-start-here.png" 1100 1300
shot "$work/site/run-sheets/production.html" "$images/html-run-sheet.png" 1100 800
shot --printed "$work/site/print.html" "$work/manual.pdf"
gs -q -dSAFER -dNOPAUSE -dBATCH -sDEVICE=png16m -r90 -dFirstPage=2 -dLastPage=2 \
  -sOutputFile="$images/html-print.png" "$work/manual.pdf"
echo "wrote docs/images/html-index.png, html-start-here.png, html-run-sheet.png and html-print.png" >&2
