#!/usr/bin/env bash
# Fills the fuzzer's corpus folder (default fuzz/corpus, git-ignored) with the
# committed seeds, every example, every rule fixture, every input that
# once crashed it (tests/fuzz-regressions/) and the sheets of the tests and
# the templates, which the every-stage target reads as a processes sheet. Files are named by
# content hash, so running it again adds nothing twice.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-fuzz/corpus}
mkdir -p "$corpus"
find fuzz/seeds examples tests/rules tests/fuzz-regressions tests/sheets docs/templates -type f \
  \( -name '*.yaml' -o -name '*.yml' -o -name '*.csv' \) -print0 |
  while IFS= read -r -d '' file; do
    cp "$file" "$corpus/seed-$(sha1sum "$file" | cut -c1-16)"
  done
echo "fuzz corpus: $(find "$corpus" -type f | wc -l) files in $corpus" >&2
