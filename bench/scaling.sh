#!/usr/bin/env bash
# The scaling benchmark: for every rule, a model where it fires 10,000 and
# 100,000 times (bench/scaling.py), checked with the Release build; prints
# the time per finding at both sizes and their ratio. See bench/README.md.
# Knobs (environment): REPS (default 3) runs per model, the median is kept;
# SIZES (default "10000 100000"); RULES (default: every rule of scaling.py).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build="$root/build-bench"
REPS=${REPS:-3}
read -r small large <<<"${SIZES:-10000 100000}"
RULES=${RULES:-$(python3 "$here/scaling.py" --list)}

echo "== build (Release) into build-bench/" >&2
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBIZMAP_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j2 --target bizmap >/dev/null
bizmap="$build/bizmap"
models="$build/scaling-models"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run RULE N: generates the model, checks it REPS times and prints
# "findings wall_ms cpu_ms" (medians), counting only RULE's findings.
run() {
  local rule=$1 n=$2 dir="$models/$1-$2" walls=() cpus=() i
  python3 "$here/scaling.py" --rule "$rule" --count "$n" --out "$dir"
  for ((i = 0; i < REPS; i++)); do
    /usr/bin/time -f "%e %U %S" -o "$tmp/time" "$bizmap" check --format json -o "$tmp/out.json" \
      "$dir" >/dev/null 2>"$tmp/err" || [[ $? -eq 1 ]] || { cat "$tmp/err" >&2; exit 1; }
    # The last line: time puts "Command exited with non-zero status 1" before it.
    read -r wall user sys <<<"$(tail -n 1 "$tmp/time")"
    walls+=("$(awk -v w="$wall" 'BEGIN { printf "%d", w * 1000 }')")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')")
  done
  local found
  found=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(1 for x in d["diagnostics"] if x["rule"] == sys.argv[2]))' "$tmp/out.json" "$rule")
  median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  echo "$found $(median "${walls[@]}") $(median "${cpus[@]}")"
}

echo
echo "bizmap scaling, $(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start, median of $REPS"
k() { awk -v n="$1" 'BEGIN { printf "%dk", n / 1000 }'; }
printf '%-24s %11s %11s %11s %11s %7s %7s\n' rule "cpu us/f $(k "$small")" \
  "cpu us/f $(k "$large")" "wall us/f $(k "$small")" "wall us/f $(k "$large")" "cpu" "wall"
missed=0
per() { awk -v t="$1" -v f="$2" 'BEGIN { printf "%.2f", f ? t * 1000 / f : 0 }'; }
over() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
for rule in $RULES; do
  read -r f1 w1 c1 <<<"$(run "$rule" "$small")"
  read -r f2 w2 c2 <<<"$(run "$rule" "$large")"
  cpu1=$(per "$c1" "$f1") cpu2=$(per "$c2" "$f2") wall1=$(per "$w1" "$f1") wall2=$(per "$w2" "$f2")
  cpu_ratio=$(over "$cpu2" "$cpu1") wall_ratio=$(over "$wall2" "$wall1")
  verdict=""
  if [[ $f1 -ne $small || $f2 -ne $large ]]; then
    verdict=" (found $f1 and $f2, not $small and $large)"; missed=1
  fi
  if awk -v r="$cpu_ratio" 'BEGIN { exit !(r > 1.3) }'; then verdict="$verdict MISSED"; missed=1; fi
  printf '%-24s %11s %11s %11s %11s %7s %7s%s\n' "$rule" "$cpu1" "$cpu2" "$wall1" "$wall2" \
    "$cpu_ratio" "$wall_ratio" "$verdict"
done
echo
echo "us/f: microseconds per finding, processor (user + system) and wall time of the whole check"
echo "cpu, wall: time per finding at $(k "$large") over $(k "$small"); target: cpu <= 1.3"
exit $missed
