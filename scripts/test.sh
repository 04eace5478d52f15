#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs every check CI runs, each stage timed:
#   tests   Release build with warnings as errors, and every test (Catch2 unit tests, CLI end-to-end
#           scripts incl. hostile files and crash safety, the window's stories under Xvfb, readers of
#           the exports, fuzz replays, valgrind memcheck of solve and the PDF export), then the
#           benchmark suite's smoke run (scripts/bench.sh --smoke, seconds);
#   asan    the `asan` build (clang 14, ASan + UBSan + LSan) and every test but the GUI stories in it
#           (tests/sanitizers/run_asan.sh);
#   fuzz    the five fuzz targets of that same build, FUZZ_SECONDS each (tests/fuzz/run_fuzz.sh);
#   static  cppcheck and clang-tidy on layout/ and solver/ (tests/static/analyze.sh).
# ThreadSanitizer is not in CI (a build of its own): tests/sanitizers/run_tsan.sh.
#   FUZZ_SECONDS=45   JOBS=$(nproc)   BUILD_DIR=build   STAGES="tests asan fuzz static" (a subset)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

BUILD=${BUILD_DIR:-build}
JOBS=${JOBS:-$(nproc)}
STAGES=${STAGES:-tests asan fuzz static}
times=()
stage() { # NAME COMMAND...: runs it unless STAGES leaves it out, and records its time
  local name=$1; shift
  [[ " $STAGES " == *" $name "* ]] || { echo "test.sh: stage $name skipped"; return 0; }
  local t0=$SECONDS
  echo "==== test.sh: $name"
  "$@"
  times+=("$(printf '%-8s %5d s' "$name" $((SECONDS - t0)))")
}

release() {
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBOOTHPLAN_WERROR=ON
  cmake --build "$BUILD" -j "$JOBS"
  (cd "$BUILD" && ctest --output-on-failure -j "$JOBS" --timeout 600)
  BUILD_DIR="$BUILD" JOBS="$JOBS" scripts/bench.sh --smoke >"$BUILD/bench-smoke.txt" || { cat "$BUILD/bench-smoke.txt"; return 1; }
  echo "test.sh: benchmark smoke run: $(grep -c '^| [a-z_]* |' "$BUILD/bench-smoke.txt") figures"
}
stage tests release
stage asan env JOBS="$JOBS" BOOTHPLAN_ASAN_BUILD="$PWD/build-asan" tests/sanitizers/run_asan.sh
stage fuzz env BOOTHPLAN_BIN="$PWD/$BUILD/app/boothplan" FUZZ_JOBS="$JOBS" tests/fuzz/run_fuzz.sh "${FUZZ_SECONDS:-45}"
stage static env JOBS="$JOBS" tests/static/analyze.sh build-asan

printf 'test.sh: %s\n' "${times[@]}"
echo "test.sh: all tests passed (${SECONDS} s)"
