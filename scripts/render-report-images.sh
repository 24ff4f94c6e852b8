#!/usr/bin/env bash
# Renders the pictures of report pages in docs/images/ (docs/report.md shows
# them): the bakery's "Receive ingredients" page for staff and for the
# author, and the page of its night shift bakers, as GitHub would show them,
# drawn by Debian's Chromium. Needs a build (build/bizmap) and
# scripts/install-npm.sh.  Usage: scripts/render-report-images.sh [BUILD]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bizmap="$root/${1:-build}/bizmap"
tools="$root/tools/npm/report"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for audience in staff author; do
  "$bizmap" report "$root/examples/bakery" -o "$work/$audience" --audience "$audience" \
    --today 2026-06-01 2>/dev/null
done
render() { (cd "$tools" && node render-page.mjs "$1" "$2" 900); }
render "$work/staff/processes/receive-ingredients.md" "$root/docs/images/process-page-staff.png"
render "$work/author/processes/receive-ingredients.md" "$root/docs/images/process-page-author.png"
render "$work/staff/roles/night-bakers.md" "$root/docs/images/role-page.png"
echo "wrote docs/images/process-page-staff.png, process-page-author.png and role-page.png" >&2
