#!/usr/bin/env bash
# bizmap benchmarks: see bench/README.md.  Usage: bench/run.sh
# Knobs (environment): REPS (default 5) repetitions at 1k/10k and for the
# example; REPS_100K (default 5) at 100k; REPORT_REPS_10K (default REPS) for
# report at 10k; REPORT_100K_TIMEOUT seconds (default 300) after which
# report at 100k is stopped and reported as "> timeout"; SEED (default 1);
# SKIP_100K=1 leaves out the 100k models (their ratios print "n/a");
# DIFF_ONLY=1 measures only `diff` against `check` on the 10k model.
# TRACE_ONLY=1 measures only check and trace at 10k and 100k.
# SHEETS_ONLY=1 measures only `export` and `import` against `check` at 10k.
# QUANTITIES_ONLY=1 measures check and trace at 10k and 100k, on the models as
# they are and on the same models with every quantity key written
# (generate.py --quantities), and prints the ratios of the latter to check
# without them.
# HTML_ONLY=1 measures only the Markdown report and the HTML manual at 1k and
# 10k, in turns, and prints the HTML/Markdown ratio (target <= 1.5); with
# AFTER=PATH it measures the bizmap at PATH instead of building one.
# BEFORE=PATH measures only check at 10k and 100k, with the bizmap at PATH (a
# build of an earlier commit) and this one in turns, and prints the ratios of
# time and peak memory; AFTER=PATH takes that bizmap instead of building one.
# BIZMAP=PATH measures the bizmap at PATH instead of building one (with
# SHEETS_ONLY or DIFF_ONLY, which need no other program).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build="$root/build-bench"
REPS=${REPS:-5}
REPS_100K=${REPS_100K:-5}
REPORT_REPS_10K=${REPORT_REPS_10K:-$REPS}
REPORT_100K_TIMEOUT=${REPORT_100K_TIMEOUT:-300}
SEED=${SEED:-1}
# The date review-overdue compares with, so that every run checks the same
# findings whatever the clock says.
TODAY=${TODAY:-2026-12-01}

BEFORE=${BEFORE:-}
if [[ ( -n $BEFORE || ${HTML_ONLY:-0} == 1 ) && -n ${AFTER:-} ]]; then
  bizmap=$AFTER
elif [[ -n ${BIZMAP:-} ]]; then
  bizmap=$BIZMAP
else
  echo "== build (Release, -DBIZMAP_BUILD_BENCH=ON) into build-bench/" >&2
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBIZMAP_BUILD_BENCH=ON \
    -DBIZMAP_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" -j2 --target bizmap bizmap-baseline >/dev/null
  bizmap="$build/bizmap"
fi
baseline="$build/bench/bizmap-baseline"

models="$build/bench-models"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== generate models (seed $SEED) into build-bench/bench-models/" >&2
gen() { python3 "$here/generate.py" --seed "$SEED" --out "$models/$1" "${@:2}" >/dev/null; }
TRACE_ONLY=${TRACE_ONLY:-0}
QUANTITIES_ONLY=${QUANTITIES_ONLY:-0}
[[ $QUANTITIES_ONLY == 1 ]] && TRACE_ONLY=1
DIFF_ONLY=${DIFF_ONLY:-0}
HTML_ONLY=${HTML_ONLY:-0}
[[ $HTML_ONLY == 1 ]] && { DIFF_ONLY=1; gen 1k --processes 1000; }
SHEETS_ONLY=${SHEETS_ONLY:-0}
[[ $SHEETS_ONLY == 1 ]] && DIFF_ONLY=1 # the 10k model alone
gen 10k --processes 10000
# The 10k model after a change to 4% of its processes, for `bizmap diff`.
python3 "$here/change.py" --model "$models/10k/model.yaml" --out "$models/10k-changed" >/dev/null
if [[ $DIFF_ONLY != 1 ]]; then
  [[ ${SKIP_100K:-0} != 1 ]] && gen 100k --processes 100000
  if [[ $QUANTITIES_ONLY == 1 ]]; then
    gen 10k-quantities --processes 10000 --quantities
    [[ ${SKIP_100K:-0} != 1 ]] && gen 100k-quantities --processes 100000 --quantities
  fi
  if [[ $TRACE_ONLY != 1 && -z $BEFORE ]]; then
    gen 1k --processes 1000
    [[ ${SKIP_100K:-0} != 1 ]] && gen 100k-8files --processes 100000 --files 8
    gen broken-1k --processes 1000 --broken-inputs
    gen broken-10k --processes 10000 --broken-inputs
  fi
fi

# measure NAME REPS TIMEOUT CMD...: runs CMD REPS times; sets MS[NAME] (median
# wall ms), CPU[NAME] (median user + system ms), KB[NAME] (max of peak RSS)
# and prints a table row. Exit codes 0 and 1 count as success (check exits 1
# on findings); a timeout sets MS[NAME]="timeout".
declare -A MS KB CPU
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
measure() {
  local name=$1 reps=$2 limit=$3; shift 3
  local times=() cpus=() rss=0 i t0 t1 rc kb
  for ((i = 0; i < reps; i++)); do
    t0=$(date +%s%N)
    rc=0
    if [[ $limit -gt 0 ]]; then
      timeout "$limit" /usr/bin/time -f "%M %U %S" -o "$tmp/rss" "$@" >/dev/null 2>"$tmp/err" || rc=$?
    else
      /usr/bin/time -f "%M %U %S" -o "$tmp/rss" "$@" >/dev/null 2>"$tmp/err" || rc=$?
    fi
    t1=$(date +%s%N)
    if [[ $rc -eq 124 ]]; then
      MS[$name]="timeout"; KB[$name]="-"; CPU[$name]="-"
      printf '%-34s %5s %12s %12s %12s\n' "$name" "$reps" ">${limit} s" "-" "-"
      return
    fi
    if [[ $rc -gt 1 ]]; then echo "FAILED ($rc): $*" >&2; cat "$tmp/err" >&2; exit 1; fi
    times+=($(( (t1 - t0) / 1000000 )))
    read -r kb user system < <(tail -n 1 "$tmp/rss")
    cpus+=($(awk -v u="$user" -v s="$system" 'BEGIN { printf "%d", (u + s) * 1000 }'))
    (( kb > rss )) && rss=$kb
  done
  MS[$name]=$(printf '%s\n' "${times[@]}" | median)
  CPU[$name]=$(printf '%s\n' "${cpus[@]}" | median)
  KB[$name]=$rss
  printf '%-34s %5s %10s ms %9s KB %10s ms\n' "$name" "$reps" "${MS[$name]}" "$rss" "${CPU[$name]}"
}

# run_timed CMD...: runs CMD once; sets WALL (ms) and CPU_TIME (user + system ms).
run_timed() {
  local t0 t1 rc=0
  t0=$(date +%s%N)
  /usr/bin/time -f "%U %S" -o "$tmp/cpu" "$@" >/dev/null 2>"$tmp/err" || rc=$?
  t1=$(date +%s%N)
  if [[ $rc -gt 1 ]]; then echo "FAILED ($rc): $*" >&2; cat "$tmp/err" >&2; exit 1; fi
  WALL=$(( (t1 - t0) / 1000000 ))
  CPU_TIME=$(tail -n 1 "$tmp/cpu" | awk '{ printf "%d", ($1 + $2) * 1000 }')
}
median_of() { printf '%s\n' "$@" | median; }
# print_medians REPS NAME...: for the caller's walls[i] and cpus[i], i the
# place of each name, the medians kept in MS and CPU_MS and printed.
print_medians() {
  local reps=$1 i=0 name
  shift
  for name in "$@"; do
    MS[$name]=$(median_of ${walls[$i]})
    CPU_MS[$name]=$(median_of ${cpus[$i]})
    printf '%-34s %5s %10s ms %9s ms CPU\n' "$name" "$reps" "${MS[$name]}" "${CPU_MS[$name]}"
    i=$((i + 1))
  done
}

# measure_diff REPS OLD NEW: `check OLD`, `diff OLD NEW` and `diff --format
# markdown OLD NEW` in turns, REPS times, so that all three see the same load
# on the machine; prints the median wall and CPU time of each.
declare -A CPU_MS
measure_diff() {
  local reps=$1 old=$2 new=$3 i
  local -A walls cpus
  local names=("check 10k, beside diff" "diff 10k, 4% changed" "diff 10k, 4% changed, markdown")
  for ((i = 0; i < reps; i++)); do
    run_timed "$bizmap" check --format json -o "$tmp/out.json" "$old"
    walls[0]+=" $WALL"; cpus[0]+=" $CPU_TIME"
    run_timed "$bizmap" diff --format json -o "$tmp/diff.json" "$old" "$new"
    walls[1]+=" $WALL"; cpus[1]+=" $CPU_TIME"
    run_timed "$bizmap" diff --format markdown -o "$tmp/diff.md" "$old" "$new"
    walls[2]+=" $WALL"; cpus[2]+=" $CPU_TIME"
  done
  print_medians "$reps" "${names[@]}"
}

diff_ratios() {
  local c="check 10k, beside diff"
  r=$(ratio "${MS[diff 10k, 4% changed]}" "${MS[$c]}");                row "diff/check wall time, 10k (4% changed)" "$r" "<=" 2.2
  r=$(ratio "${MS[diff 10k, 4% changed, markdown]}" "${MS[$c]}");      row "diff markdown/check wall time, 10k" "$r" "<=" 2.2
  r=$(ratio "${CPU_MS[diff 10k, 4% changed]}" "${CPU_MS[$c]}")
  printf '%-52s %10s   (CPU time: what the wall time comes to when other work leaves no second core)\n' "diff/check CPU time, 10k" "$r"
}

# measure_sheets REPS MODEL: `check MODEL`, `export MODEL` and `import` of
# the sheets exported, in turns, REPS times, so that all three see the same
# load on the machine; prints the median wall and CPU time of each.
measure_sheets() {
  local reps=$1 model=$2 i
  local -A walls cpus
  local names=("check 10k, beside sheets" "export 10k" "import 10k")
  for ((i = 0; i < reps; i++)); do
    run_timed "$bizmap" check --today "$TODAY" --format json -o "$tmp/out.json" "$model"
    walls[0]+=" $WALL"; cpus[0]+=" $CPU_TIME"
    run_timed "$bizmap" export --force -o "$tmp/sheets" "$model"
    walls[1]+=" $WALL"; cpus[1]+=" $CPU_TIME"
    run_timed "$bizmap" import --force -o "$tmp/imported" "$tmp/sheets"
    walls[2]+=" $WALL"; cpus[2]+=" $CPU_TIME"
  done
  print_medians "$reps" "${names[@]}"
}

sheets_ratios() {
  local c="check 10k, beside sheets"
  r=$(ratio "${MS[export 10k]}" "${MS[$c]}"); row "export/check wall time, 10k" "$r" "<=" 2
  r=$(ratio "${MS[import 10k]}" "${MS[$c]}"); row "import/check wall time, 10k" "$r" "<=" 2
  r=$(ratio "${CPU_MS[export 10k]}" "${CPU_MS[$c]}"); printf '%-52s %10s\n' "export/check CPU time, 10k" "$r"
  r=$(ratio "${CPU_MS[import 10k]}" "${CPU_MS[$c]}"); printf '%-52s %10s\n' "import/check CPU time, 10k" "$r"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0 || a == 0 || a == "timeout" || a == "-") print "n/a"; else printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" -v t="$2" -v op="$3" 'BEGIN { if (r == "n/a") print "not measured"; else if ((op == "<=" && r <= t) || (op == "<" && r < t)) print "MET"; else print "MISSED" }'; }
row() { printf '%-52s %10s   target %-8s %s\n' "$1" "$2" "$3 $4" "$(verdict "$2" "$4" "$3")"; }

files() { ls "$models/$1"/*.yaml; }
middle() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["middle_process"])' "$models/$1/manifest.json"; }
# trace_set MODEL REPS: check and trace of the process halfway through the
# chains (upstream and downstream of it hold most of the model), in one run.
trace_set() {
  local m=$1 reps=$2
  measure "check $m" "$reps" 0 "$bizmap" check --today "$TODAY" --format json -o "$tmp/out.json" "$models/$m"
  measure "trace $m" "$reps" 0 "$bizmap" trace --today "$TODAY" "$(middle "$m")" -o "$tmp/trace.txt" "$models/$m"
}
# before_after MODEL REPS: check with the bizmap at $BEFORE and with this one,
# one run of each in turn, so that both see the same load on the machine.
before_after() {
  local m=$1 reps=$2 i side
  local -A walls cpus rss
  for ((i = 0; i < reps; i++)); do
    for side in before after; do
      local binary=$bizmap
      [[ $side == before ]] && binary=$BEFORE
      measure "one" 1 0 "$binary" check --today "$TODAY" --format json -o "$tmp/out.json" \
        "$models/$m" >/dev/null
      walls[$side]+=" ${MS[one]}"; cpus[$side]+=" ${CPU[one]}"
      (( ${KB[one]} > ${rss[$side]:-0} )) && rss[$side]=${KB[one]}
    done
  done
  for side in before after; do
    local name="check $m, $side"
    MS[$name]=$(median_of ${walls[$side]})
    CPU[$name]=$(median_of ${cpus[$side]})
    KB[$name]=${rss[$side]}
    printf '%-34s %5s %10s ms %9s KB %10s ms\n' "$name" "$reps" "${MS[$name]}" "${KB[$name]}" "${CPU[$name]}"
  done
}
# html_pair MODEL REPS: the Markdown report and the HTML manual of one model,
# each into a folder of its own (the one-change write replaces only what
# changed, so every run writes into an empty folder), in turns.
html_pair() {
  local m=$1 reps=$2
  measure "report markdown $m" "$reps" 0 sh -c 'rm -rf "$1" && exec "$2" report --today "$3" -o "$1" "$4"' \
    _ "$tmp/md" "$bizmap" "$TODAY" "$models/$m"
  measure "report html $m" "$reps" 0 sh -c 'rm -rf "$1" && exec "$2" report --format html --today "$3" -o "$1" "$4"' \
    _ "$tmp/html" "$bizmap" "$TODAY" "$models/$m"
  printf '%-34s %s files, %s\n' "  html manual $m" "$(find "$tmp/html" -type f | wc -l)" "$(du -sh "$tmp/html" | cut -f1)"
}
html_ratios() {
  for m in 1k 10k; do
    r=$(ratio "${MS[report html $m]:-0}" "${MS[report markdown $m]:-0}"); row "report html/markdown time, $m" "$r" "<=" 1.5
  done
}
run_set() {  # run_set MODEL REPS REPORT_REPS REPORT_TIMEOUT
  local m=$1 reps=$2 rreps=$3 rlimit=$4
  measure "check $m" "$reps" 0 "$bizmap" check --today "$TODAY" --format json -o "$tmp/out.json" "$models/$m"
  measure "baseline $m" "$reps" 0 "$baseline" $(files "$m")
  measure "yaml-cpp events only $m" "$reps" 0 "$baseline" --events $(files "$m")
  if [[ $rreps -gt 0 ]]; then
    measure "report $m" "$rreps" "$rlimit" "$bizmap" report --today "$TODAY" -o "$tmp/report" --force "$models/$m"
  fi
}

echo
echo "bizmap benchmarks, $(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
if [[ $HTML_ONLY == 1 ]]; then
  printf '%-34s %5s %13s %12s %13s\n' "command / model" "runs" "median wall" "peak RSS" "median CPU"
  for m in 1k 10k; do
    html_pair "$m" "$REPS"
  done
  echo; echo "ratios and targets, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
  html_ratios
  exit 0
fi
if [[ $SHEETS_ONLY == 1 ]]; then
  measure_sheets "$REPS" "$models/10k"
  echo; echo "ratios and targets, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
  sheets_ratios
  exit 0
fi
if [[ ${DIFF_ONLY:-0} == 1 ]]; then
  measure_diff "$REPS" "$models/10k" "$models/10k-changed"
  echo; echo "ratios and targets, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
  diff_ratios
  exit 0
fi
printf '%-34s %5s %13s %12s %13s\n' "command / model" "runs" "median wall" "peak RSS" "median CPU"
if [[ -n $BEFORE ]]; then
  before_after 10k "$REPS"
  [[ ${SKIP_100K:-0} != 1 ]] && before_after 100k "$REPS_100K"
  echo
  echo "after/before ratios (target: within 5%, <= 1.05)"
  for m in 10k 100k; do
    [[ -z ${MS[check $m, after]:-} ]] && continue
    printf '%-52s %10s\n' "check $m, wall time" "$(ratio "${MS[check $m, after]}" "${MS[check $m, before]}")"
    printf '%-52s %10s\n' "check $m, CPU time" "$(ratio "${CPU[check $m, after]}" "${CPU[check $m, before]}")"
    printf '%-52s %10s\n' "check $m, peak memory" "$(ratio "${KB[check $m, after]}" "${KB[check $m, before]}")"
  done
  exit 0
fi
if [[ $QUANTITIES_ONLY == 1 ]]; then
  for m in 10k 100k; do
    [[ $m == 100k && ${SKIP_100K:-0} == 1 ]] && continue
    reps=$REPS; [[ $m == 100k ]] && reps=$REPS_100K
    trace_set "$m" "$reps"
    trace_set "$m-quantities" "$reps"
  done
  echo
  echo "ratios and target (each against check of the model without quantities)"
  for m in 10k 100k; do
    [[ -z ${MS[check $m]:-} ]] && continue
    r=$(ratio "${MS[check $m-quantities]}" "${MS[check $m]}")
    printf '%-52s %10s   target <= 1.1\n' "check with/without quantities, $m" "$r"
    r=$(ratio "${MS[trace $m-quantities]}" "${MS[check $m]}")
    printf '%-52s %10s   target <= 1.2\n' "trace with quantities/check without, $m" "$r"
    r=$(ratio "${CPU[check $m-quantities]}" "${CPU[check $m]}")
    printf '%-52s %10s   (CPU time)\n' "check with/without quantities, $m" "$r"
    r=$(ratio "${CPU[trace $m-quantities]}" "${CPU[check $m]}")
    printf '%-52s %10s   (CPU time)\n' "trace with quantities/check without, $m" "$r"
  done
  exit 0
fi
if [[ $TRACE_ONLY == 1 ]]; then
  trace_set 10k "$REPS"
  [[ ${SKIP_100K:-0} != 1 ]] && trace_set 100k "$REPS_100K"
  echo
  echo "ratios and target"
  r=$(ratio "${MS[trace 100k]:-0}" "${MS[check 100k]:-0}")
  printf '%-52s %10s   target <= 1.2\n' "trace/check wall time, 100k" "$r"
  r=$(ratio "${CPU[trace 100k]:-0}" "${CPU[check 100k]:-0}")
  printf '%-52s %10s   target <= 1.2\n' "trace/check CPU time, 100k" "$r"
  r=$(ratio "${MS[trace 10k]}" "${MS[check 10k]}")
  printf '%-52s %10s   (for reference)\n' "trace/check wall time, 10k" "$r"
  r=$(ratio "${CPU[trace 10k]}" "${CPU[check 10k]}")
  printf '%-52s %10s   (for reference)\n' "trace/check CPU time, 10k" "$r"
  exit 0
fi
run_set 1k "$REPS" "$REPS" 0
run_set 10k "$REPS" "$REPORT_REPS_10K" 0
if [[ ${SKIP_100K:-0} != 1 ]]; then
  run_set 100k "$REPS_100K" "$REPS_100K" "$REPORT_100K_TIMEOUT"
  m=100k-8files
  measure "check $m" "$REPS_100K" 0 "$bizmap" check --today "$TODAY" --format json -o "$tmp/out.json" "$models/$m"
  # The same run held to one core (the threads are still started).
  measure "check $m, one core" "$REPS_100K" 0 taskset -c 0 "$bizmap" check --today "$TODAY" --format json \
    -o "$tmp/out.json" "$models/$m"
fi
measure "check broken-1k" "$REPS" 0 "$bizmap" check --today "$TODAY" --format json -o "$tmp/out.json" "$models/broken-1k"
measure "check broken-10k" "$REPS" 0 "$bizmap" check --today "$TODAY" --format json -o "$tmp/out.json" "$models/broken-10k"
measure_diff "$REPS" "$models/10k" "$models/10k-changed"
measure_sheets "$REPS" "$models/10k"
measure "check examples/city-bus" "$REPS" 0 "$bizmap" check --today "$TODAY" --format json -o "$tmp/out.json" "$root/examples/city-bus"
measure "trace 10k" "$REPS" 0 "$bizmap" trace --today "$TODAY" "$(middle 10k)" -o "$tmp/trace.txt" "$models/10k"
if [[ ${SKIP_100K:-0} != 1 ]]; then
  measure "trace 100k" "$REPS_100K" 0 "$bizmap" trace --today "$TODAY" "$(middle 100k)" -o "$tmp/trace.txt" "$models/100k"
fi

# ---- ratios and targets -------------------------------------------------

echo
echo "ratios (with their targets)"
r=$(ratio "${MS[check 100k]:-0}" "${MS[baseline 100k]:-0}");           row "check/baseline time, 100k" "$r" "<=" 0.75
r=$(ratio "${KB[check 100k]:-0}" "${KB[baseline 100k]:-0}");           row "check/baseline peak memory, 100k" "$r" "<=" 0.3
per100=$(awk -v a="${MS[check 100k]:-0}" 'BEGIN { printf "%.4f", a / 100000 }')
per10=$(awk -v a="${MS[check 10k]}" 'BEGIN { printf "%.4f", a / 10000 }')
r=$(ratio "$per100" "$per10");                                   row "check time per process, 100k vs 10k" "$r" "<=" 1.2
if [[ ${MS[report 100k]:-} == timeout ]]; then
  r=$(awk -v t="$REPORT_100K_TIMEOUT" -v c="${MS[check 100k]:-0}" 'BEGIN { printf "%.2f", t * 1000 / c }')
  printf '%-52s %10s   target %-8s %s\n' "report/check time, 100k" ">$r" "<= 3" "MISSED (report stopped after ${REPORT_100K_TIMEOUT} s)"
else
  r=$(ratio "${MS[report 100k]:-0}" "${MS[check 100k]:-0}");           row "report/check time, 100k" "$r" "<=" 3
fi
r=$(ratio "${MS[report 10k]:-0}" "${MS[check 10k]}");            printf '%-52s %10s   (for reference)\n' "report/check time, 10k" "$r"
r=$(ratio "${MS[yaml-cpp events only 100k]:-0}" "${MS[baseline 100k]:-0}")
printf '%-52s %10s   (the floor under check/baseline time: yaml-cpp parsing alone)\n' "yaml-cpp events only/baseline time, 100k" "$r"
r=$(ratio "${MS[check 100k-8files, one core]:-0}" "${MS[check 100k-8files]:-0}")
printf '%-52s %10s   target >= 1.6 %s\n' "check 8 files: one core / all cores, 100k" "$r" \
  "$(awk -v r="$r" 'BEGIN { print (r == "n/a") ? "not measured" : (r >= 1.6) ? "MET" : "MISSED" }')"
r=$(ratio "${MS[check examples/city-bus]}" 1);                   row "check examples/city-bus, ms" "$r" "<" 30
r=$(ratio "${MS[trace 100k]:-0}" "${MS[check 100k]:-0}");            row "trace/check wall time, 100k" "$r" "<=" 1.2
r=$(ratio "${CPU[trace 100k]:-0}" "${CPU[check 100k]:-0}");          row "trace/check CPU time, 100k" "$r" "<=" 1.2
diff_ratios
sheets_ratios

p1=$(awk -v a="${MS[check broken-1k]}" 'BEGIN { printf "%.4f", a / 1000 }')
p10=$(awk -v a="${MS[check broken-10k]}" 'BEGIN { printf "%.4f", a / 10000 }')
r=$(ratio "$p10" "$p1")
printf '%-52s %10s   (1.0 = linear; per broken input %s ms vs %s ms)\n' "check time per broken input, 10k vs 1k" "$r" "$p10" "$p1"
