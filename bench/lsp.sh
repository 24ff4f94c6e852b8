#!/usr/bin/env bash
# The language server benchmark: 200 edits of one file of a 1,000-process
# model in 8 files, from didChange to publishDiagnostics. See bench/README.md.
# Knobs (environment): EDITS (200), SEED (1), FILE (part-03.yaml).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build="$root/build-bench"
EDITS=${EDITS:-200}
SEED=${SEED:-1}
FILE=${FILE:-part-03.yaml}

echo "== build (Release, -DBIZMAP_BUILD_BENCH=ON) into build-bench/" >&2
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBIZMAP_BUILD_BENCH=ON \
  -DBIZMAP_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j2 --target bizmap bizmap-lsp-bench >/dev/null

models="$build/bench-models"
python3 "$here/generate.py" --seed "$SEED" --out "$models/1k-8files" --processes 1000 --files 8 \
  >/dev/null
echo "== bizmap lsp on build-bench/bench-models/1k-8files ($(nproc) cores)" >&2
"$build/bench/bizmap-lsp-bench" "$build/bizmap" "$models/1k-8files" \
  "$models/1k-8files/$FILE" "$EDITS"
