#!/usr/bin/env bash
# Runs every benchmark program of boothplan and prints one table of their figures with the
# machine's description (CPU, cores, memory, load before and after, compiler, commit):
#   bench_foundation  generation, save, load, JSON per sample preset, without and with its grid
#   bench_checks      grid per preset, check of canton-x3, drag queries, overlaps index vs naive
#   bench_export      every export format of the solved cismef sample
#   bench_solver      solve per preset with its quality against the greedy baseline, CBC optimum,
#                     re-seat, cancel
#   bench_generated   generated fairs with a planted answer (the small class)
#   bench_render      renderer frame times on cismef and canton-x3 (under xvfb-run)
#   bench_pavilion_drag  the pavilion drag's footprint verdict and re-seat (under xvfb-run)
#   boothplan --bench the window on cismef: first frame, idle, pan, frames during allocation, Stop
# Each program's whole output is kept in BUILD/bench/NAME.txt.
#   scripts/bench.sh            the full run (~15 min on a quiet 2-core machine); writes tests/bench/RESULTS.md
#   scripts/bench.sh --smoke    seconds: the small parts only (CI); writes BUILD/bench/RESULTS.md
#   BUILD_DIR=build  JOBS=$(nproc)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD_DIR:-build}
JOBS=${JOBS:-$(nproc)}
SMOKE=0
[ "${1:-}" = --smoke ] && SMOKE=1

[ -f "$BUILD/build.ninja" ] || cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
PROGRAMS=(bench_foundation bench_checks bench_export bench_solver bench_generated bench_render bench_pavilion_drag)
cmake --build "$BUILD" -j "$JOBS" --target "${PROGRAMS[@]}" boothplan >/dev/null
OUT=$BUILD/bench
rm -rf "$OUT" && mkdir -p "$OUT"
B=$BUILD/tests
XVFB=(xvfb-run -a -s "-screen 0 1920x1200x24")

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
t_start=$SECONDS
run() { # NAME COMMAND...: the program's output in OUT/NAME.txt, its wall time in OUT/NAME.time
  local name=$1; shift
  local t0=$SECONDS
  echo "bench: $name: $*" >&2
  if ! "$@" >"$OUT/$name.txt" 2>"$OUT/$name.err"; then
    echo "bench: $name FAILED (output in $OUT/$name.txt, $OUT/$name.err)" >&2
    cat "$OUT/$name.err" >&2
    exit 1
  fi
  echo $((SECONDS - t0)) >"$OUT/$name.time"
}

if [ $SMOKE = 1 ]; then
  run foundation "$B/bench_foundation" tiny
  run generated "$B/bench_generated" --fairs 1 --class small --time-limit 1
else
  run foundation "$B/bench_foundation"
  run checks "$B/bench_checks"
  run export "$B/bench_export"
  run solver "$B/bench_solver"
  run generated "$B/bench_generated" --class small
  run render "$B/bench_render"
  run pavilion_drag "${XVFB[@]}" "$B/bench_pavilion_drag"
  run window "${XVFB[@]}" "$BUILD/app/boothplan" --bench cismef
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

machine() {
  local cpu mem
  cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)
  mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
  echo "- machine: $cpu, $(nproc) cores, $mem; $(uname -sr); $(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "- compiler: $(c++ --version | head -1); $(grep -m1 CMAKE_BUILD_TYPE: "$BUILD/CMakeCache.txt" | cut -d= -f2) build"
  echo "- commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo ' (with changes)'), $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- load average (1, 5, 15 min): $load_before before, $load_after after"
  echo "- the run took $((SECONDS - t_start)) s$([ $SMOKE = 1 ] && echo ' (smoke: the small parts only)')"
}

{
  echo "# Benchmarks ($([ $SMOKE = 1 ] && echo smoke || echo full) run of scripts/bench.sh)"
  echo
  machine
  echo
  python3 scripts/bench_table.py "$OUT"
} >"$OUT/RESULTS.md"
cat "$OUT/RESULTS.md"
if [ $SMOKE = 0 ]; then
  cp "$OUT/RESULTS.md" tests/bench/RESULTS.md
  echo "bench: written to tests/bench/RESULTS.md (outputs in $OUT/)" >&2
fi
