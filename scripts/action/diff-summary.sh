#!/usr/bin/env bash
# The GitHub Action's pull request step (action.yml): what the pull request
# does to the business, `bizmap diff --format markdown` between the base
# branch and the checked-out merge, appended to the job summary. It fetches
# the base branch's last commit when the checkout does not have it. It never
# fails the job: the check step does; a diff that cannot be made is a warning.
#
# Environment: BIZMAP_PATHS (separated by spaces or new lines), GITHUB_BASE_REF,
# GITHUB_STEP_SUMMARY, RUNNER_TEMP.
set -euo pipefail

read -r -d '' -a paths <<<"${BIZMAP_PATHS:-.}" || true
base="origin/${GITHUB_BASE_REF:?}"
if ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null; then
  git fetch --quiet --no-tags --depth=1 origin \
    "+refs/heads/$GITHUB_BASE_REF:refs/remotes/origin/$GITHUB_BASE_REF" || true
fi

markdown="${RUNNER_TEMP:?}/bizmap-diff.md"
status=0
bizmap diff --base "$base" --format markdown --output "$markdown" -- "${paths[@]}" || status=$?
# 1 only says that the change introduces findings: the summary is still wanted.
if [[ $status -gt 1 ]]; then
  echo "::warning::bizmap diff against $base failed (exit code $status); the job summary has no bizmap section"
  exit 0
fi
cat "$markdown" >>"${GITHUB_STEP_SUMMARY:?}"
