#!/usr/bin/env bash
# Usage: tests/serve-releases.sh FOLDER COMMAND...
# Serves FOLDER over HTTP on 127.0.0.1, on a port the system picks, and runs
# COMMAND with BIZMAP_RELEASES set to its address, as the GitHub Action's
# install step reads releases; stops the server after and exits as COMMAND did.
set -uo pipefail
folder=$1
shift
log=$(mktemp)
python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$folder" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -f "$log"' EXIT
port=""
for _ in $(seq 100); do
  port=$(sed -n 's/^Serving HTTP on .* port \([0-9][0-9]*\).*/\1/p' "$log")
  [[ -n "$port" ]] && break
  sleep 0.1
done
if [[ -z "$port" ]]; then
  echo "serve-releases: the HTTP server did not start: $(cat "$log")" >&2
  exit 2
fi
BIZMAP_RELEASES="http://127.0.0.1:$port" "$@"
