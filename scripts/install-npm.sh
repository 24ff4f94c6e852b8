#!/usr/bin/env bash
# Installs the npm packages that tests use to check bizmap's output with real
# tools, one folder per tool set under tools/npm/, into git-ignored
# node_modules folders. Without npm it says so and the tests that need these
# tools are skipped with a visible message.
set -euo pipefail
cd "$(dirname "$0")/../tools/npm"

if ! command -v npm >/dev/null 2>&1; then
  echo "npm is not installed: tests that validate output with npm tools will be skipped" >&2
  exit 0
fi

for folder in */; do
  [[ -f "$folder/package.json" ]] || continue
  stamp="$folder/node_modules/.installed-lock"
  if [[ -f "$stamp" ]] && cmp -s "$folder/package-lock.json" "$stamp"; then
    continue
  fi
  echo "Installing npm packages in tools/npm/$folder" >&2
  (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$folder/package-lock.json" "$stamp"
done
