#!/usr/bin/env bash
# The GitHub Action's check step (action.yml): `bizmap check` on the paths,
# failing the step at --fail-on. With no format it prints the text findings,
# and, as under every GitHub Actions step, the annotations as well.
#
# Environment: BIZMAP_PATHS (separated by spaces or new lines), BIZMAP_FAIL_ON,
# BIZMAP_FORMAT, BIZMAP_OUTPUT.
set -euo pipefail

read -r -d '' -a paths <<<"${BIZMAP_PATHS:-.}" || true
arguments=(check --fail-on "${BIZMAP_FAIL_ON:-error}")
if [[ -n "${BIZMAP_FORMAT:-}" ]]; then
  arguments+=(--format "$BIZMAP_FORMAT")
fi
if [[ -n "${BIZMAP_OUTPUT:-}" ]]; then
  arguments+=(--output "$BIZMAP_OUTPUT")
fi
exec bizmap "${arguments[@]}" -- "${paths[@]}"
