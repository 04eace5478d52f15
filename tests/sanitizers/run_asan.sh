#!/usr/bin/env bash
# The test suite under AddressSanitizer + UndefinedBehaviorSanitizer (LeakSanitizer included): builds
# the `asan` preset (clang 14, every finding fatal, asserts on; the same build holds the libFuzzer
# targets that tests/fuzz/run_fuzz.sh runs, so CI builds it once) and runs in it every Catch2 test
# (layout, solver, render, the window's model side) and every fuzz replay. Exit status non-zero on
# any finding or failure. lsan.supp holds the only suppressions: leaks inside system libraries,
# each with the reason.
# Left out by default (CI): the end-to-end scripts, which drive the `boothplan` binary; its build
# holds the whole window, which doubles the sanitizer build. --cli builds it and runs the CLI scripts
# too. The GUI stories (label `gui`: the real window under Xvfb and llvmpipe) are never run here.
#   tests/sanitizers/run_asan.sh [--cli] [CTEST_ARGS...]   BOOTHPLAN_ASAN_BUILD=build-asan   JOBS=$(nproc)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BOOTHPLAN_ASAN_BUILD:-$ROOT/build-asan}
JOBS=${JOBS:-$(nproc)}
CLI=0
[ "${1:-}" = --cli ] && { CLI=1; shift; }
cd "$ROOT"
[ -f "$BUILD/build.ninja" ] || cmake --preset asan -B "$BUILD" >/dev/null
if [ $CLI = 1 ]; then
  cmake --build "$BUILD" -j "$JOBS" --target sanitized_tests boothplan
  skip='^gui\.'
else
  cmake --build "$BUILD" -j "$JOBS" --target sanitized_tests
  skip='^(gui|cli)\.'
fi

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1:disable_coredump=1"
export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# The OpenGL tests draw through Mesa's llvmpipe, whose driver is loaded and unloaded at run time: its
# leaks are reported from an unknown module that no suppression can name, so they run with
# AddressSanitizer and UBSan but without leak detection. The solver's time-limit test asserts a
# wall-clock bound (3 s for a 0.3 s limit) that an instrumented build on a loaded machine misses.
gl='^(renderer_test|golden_test):'
slow='^solver_search_test:the time limit stops the search$'
cd "$BUILD"
ctest --output-on-failure -j "$JOBS" --timeout 900 -E "$skip|$gl|$slow" "$@"
ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0" ctest --output-on-failure -j "$JOBS" --timeout 900 -R "$gl" -E "$skip" "$@"
