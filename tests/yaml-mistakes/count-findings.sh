#!/bin/sh
# Counts what a build of bizmap says about the examples changed by the
# measure (tests/mistake_measure_test.cpp), one line per mistake:
#   MISTAKE CASES FINDINGS MOST
# Usage: count-findings.sh BIZMAP DUMP
#   BIZMAP: the bizmap binary to measure (for example one built from main)
#   DUMP:   the folder the measure filled, run as
#           BIZMAP_MISTAKE_DUMP=DUMP build/tests/bizmap_tests "[mistakes]"
set -eu
bizmap=$1
dump=$2
for mistake in "$dump"/*/; do
  cases=0
  total=0
  most=0
  for model in "$mistake"*/; do
    summary=$("$bizmap" check "$model" 2>/dev/null | tail -n 1) || true
    # "2 errors, 1 warning, 0 infos in 4 files..."
    count=$(echo "$summary" | sed -n 's/^\([0-9]*\) errors\{0,1\}, \([0-9]*\) warnings\{0,1\}, \([0-9]*\) infos\{0,1\}.*/\1 \2 \3/p' |
      awk '{ print $1 + $2 + $3 }')
    count=${count:-0}
    cases=$((cases + 1))
    total=$((total + count))
    if [ "$count" -gt "$most" ]; then most=$count; fi
  done
  echo "$(basename "$mistake") $cases $total $most"
done
