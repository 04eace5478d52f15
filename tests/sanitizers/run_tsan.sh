#!/usr/bin/env bash
# ThreadSanitizer on the code that runs on more than one thread: the solver's two-thread search
# (halls shared between two threads; tests/solver/solver_search_test, solver_window_test), the
# window's auto-allocation worker (app/window/solver_job: progress, interim plans, Stop; tests/app/
# window/solver_job_test) and the interim plan listed on a worker (window_interim_plan_test).
# Builds the `tsan` preset (clang 14, -fsanitize=thread) for these tests only, runs each with every
# report fatal, and exits non-zero on any data race, lock-order inversion or thread leak. Too slow
# for CI (a build of its own); run it by hand:
#   tests/sanitizers/run_tsan.sh            BOOTHPLAN_TSAN_BUILD=build-tsan   JOBS=$(nproc)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BOOTHPLAN_TSAN_BUILD:-$ROOT/build-tsan}
JOBS=${JOBS:-$(nproc)}
TESTS=(solver_search_test solver_window_test window_solver_job_test window_interim_plan_test)
cd "$ROOT"
[ -f "$BUILD/build.ninja" ] || cmake --preset tsan -B "$BUILD" >/dev/null
cmake --build "$BUILD" -j "$JOBS" --target "${TESTS[@]}"

export TSAN_OPTIONS="halt_on_error=1:abort_on_error=0:second_deadlock_stack=1:report_thread_leaks=1:exitcode=66"
failed=0
for t in "${TESTS[@]}"; do
  bin=$(find "$BUILD/tests" -name "$t" -type f -perm -u+x | head -1)
  t0=$SECONDS
  if "$bin" >"$BUILD/$t.tsan.log" 2>&1; then
    echo "run_tsan: $t: no reports ($((SECONDS - t0)) s; $(grep -E '^(All tests passed|test cases)' "$BUILD/$t.tsan.log" | tail -1))"
  else
    failed=1
    echo "run_tsan: $t FAILED ($((SECONDS - t0)) s); log: $BUILD/$t.tsan.log" >&2
    grep -E -A30 'WARNING: ThreadSanitizer|FAILED|REQUIRE' "$BUILD/$t.tsan.log" | head -80 >&2
  fi
done
[ $failed -eq 0 ] && echo "run_tsan: clean"
exit $failed
