#!/usr/bin/env bash
# Fuzzes the readers of files from outside with libFuzzer: the venue DXF and JSON readers, the
# exhibitor CSV and XLSX readers and the project-file opener. The targets live in the `asan` build
# (clang 14, ASan + UBSan, coverage; configured and built here when needed). Each target starts
# from its seeds (tests/fuzz/seeds/TARGET and files the tests use) plus the corpus it grew before,
# with its dictionary, and runs for SECONDS; JOBS targets run at once. Exit status is non-zero
# when a target finds a crash, leak, timeout or memory blow-up; its input is then kept under
# BUILD/fuzz/TARGET/ (crash-*, leak-*, timeout-*, oom-*): add it to tests/fuzz/regressions/TARGET/.
#   tests/fuzz/run_fuzz.sh [SECONDS [TARGET...]]     default 45 s each, every target
#   FUZZ_JOBS=2 BOOTHPLAN_FUZZ_BUILD=build-asan     (defaults)
#   BOOTHPLAN_BIN=build/app/boothplan               (writes the project seeds; any build will do)
#   A long run: tests/fuzz/run_fuzz.sh 3600 csv     (or any target; the corpus keeps growing)
set -uo pipefail

SECS=${1:-45}
shift || true
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BOOTHPLAN_FUZZ_BUILD:-$ROOT/build-asan}
JOBS=${FUZZ_JOBS:-2}
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(project csv xlsx venue_json dxf)

if [ ! -f "$BUILD/build.ninja" ]; then
  (cd "$ROOT" && cmake --preset asan -B "$BUILD" >/dev/null) || { echo "run_fuzz: cannot configure $BUILD" >&2; exit 2; }
fi
bins=()
for t in "${TARGETS[@]}"; do bins+=("${t}_fuzz"); done
cmake --build "$BUILD" --target "${bins[@]}" >/dev/null || { echo "run_fuzz: build failed" >&2; exit 2; }

# Seeds that need a program to write them: projects from boothplan itself, workbooks from openpyxl,
# venue drawings from ezdxf. Small pages keep a project seed small enough to mutate quickly.
make_seeds() { # TARGET DIR
  local t=$1 dir=$2 bin=${BOOTHPLAN_BIN:-$ROOT/build/app/boothplan}
  case $t in
    project)
      [ -x "$bin" ] || { echo "run_fuzz: no $bin, so the project target starts from its regressions only"; return; }
      "$bin" sample --preset tiny -o "$dir/tiny.boothplan" >/dev/null 2>&1
      cp "$dir/tiny.boothplan" "$dir/tiny-grid.boothplan" && "$bin" grid "$dir/tiny-grid.boothplan" >/dev/null 2>&1
      for f in "$dir"/tiny*.boothplan; do sqlite3 "$f" "PRAGMA page_size=512; VACUUM;" || true; done ;;
    xlsx)
      if /usr/bin/python3 -c "import openpyxl" 2>/dev/null; then
        for csv in "$ROOT"/tests/data/*.csv; do
          /usr/bin/python3 "$ROOT/tests/readers/readers.py" make-xlsx "$csv" "$dir/$(basename "$csv" .csv).xlsx" >/dev/null || true
        done
      fi ;;
    csv) cp "$ROOT"/tests/data/*.csv "$ROOT"/assets/samples/*.csv "$dir/" ;;
    venue_json) cp "$ROOT"/tests/data/*.json "$ROOT"/assets/samples/*.json "$dir/" ;;
    dxf)
      if /usr/bin/python3 -c "import ezdxf" 2>/dev/null; then
        for u in mm cm m; do
          /usr/bin/python3 "$ROOT/tests/readers/readers.py" make-venue-dxf "$dir/ezdxf-$u.dxf" --units "$u" >/dev/null || true
        done
      fi ;;
  esac
}

max_len() { case $1 in project) echo 262144 ;; csv) echo 16384 ;; *) echo 65536 ;; esac; }

run_target() { # TARGET: fuzzes one target, its log in BUILD/fuzz/TARGET/log.txt
  local t=$1 work=$BUILD/fuzz/$1
  mkdir -p "$work/corpus" "$work/seeds"
  make_seeds "$t" "$work/seeds"
  cp "$ROOT"/tests/fuzz/seeds/"$t"/* "$work/seeds/" 2>/dev/null
  cp "$ROOT"/tests/fuzz/regressions/"$t"/* "$work/seeds/" 2>/dev/null
  local dict=()
  [ -f "$ROOT/tests/fuzz/$t.dict" ] && dict=(-dict="$ROOT/tests/fuzz/$t.dict")
  (cd "$work" && "$BUILD/tests/fuzz/${t}_fuzz" -max_total_time="$SECS" -max_len="$(max_len "$t")" \
     -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 "${dict[@]}" corpus seeds >log.txt 2>&1)
  echo $? >"$work/status"
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
echo "run_fuzz: ${TARGETS[*]} for ${SECS}s each, $JOBS at a time"
pids=() names=() failed=0
for t in "${TARGETS[@]}"; do
  run_target "$t" & pids+=($!) names+=("$t")
  while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n; done
done
printf '%-11s %6s %12s %10s %7s %7s %8s\n' target status executions exec/s cov ft corpus
for i in "${!pids[@]}"; do
  wait "${pids[$i]}"; status=$(cat "$BUILD/fuzz/${names[$i]}/status" 2>/dev/null || echo 1)
  t=${names[$i]} log=$BUILD/fuzz/${names[$i]}/log.txt
  stat() { grep -o "stat::$1: *[0-9]*" "$log" | tail -1 | grep -o '[0-9]*$'; }
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last") ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
  printf '%-11s %6s %12s %10s %7s %7s %8s\n' "$t" "$([ $status -eq 0 ] && echo ok || echo FAIL)" \
    "$(stat number_of_executed_units)" "$(stat average_exec_per_sec)" "${cov:-?}" "${ft:-?}" "${corp:-?}"
  if [ $status -ne 0 ]; then
    failed=1
    echo "---- $t: $log" >&2
    grep -E "ERROR|SUMMARY|Test unit written|==[0-9]+==|#[0-9]+ +0x" "$log" | head -40 >&2
  fi
done
[ $failed -eq 0 ] && echo "run_fuzz: no findings" || { echo "run_fuzz: FAILED; reproducers under $BUILD/fuzz/" >&2; exit 1; }
