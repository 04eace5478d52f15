#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs every check CI runs, each stage timed:
#   1. Release build with warnings as errors, and every test (Catch2 unit tests, CLI end-to-end
#      scripts incl. hostile files and crash safety, readers of the exports, fuzz replays);
#   2. the five fuzz targets under ASan + UBSan, FUZZ_SECONDS each (tests/fuzz/run_fuzz.sh);
#   3. static analysis of layout/ and solver/ (tests/static/analyze.sh: cppcheck).
#   FUZZ_SECONDS=20   JOBS=$(nproc)   BUILD_DIR=build   STAGES="tests fuzz static" (a subset)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

BUILD=${BUILD_DIR:-build}
JOBS=${JOBS:-$(nproc)}
STAGES=${STAGES:-tests fuzz static}
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
}
stage tests release
stage fuzz env BOOTHPLAN_BIN="$PWD/$BUILD/app/boothplan" FUZZ_JOBS="$JOBS" tests/fuzz/run_fuzz.sh "${FUZZ_SECONDS:-20}"
stage static env JOBS="$JOBS" tests/static/analyze.sh build-asan

printf 'test.sh: %s\n' "${times[@]}"
echo "test.sh: all tests passed (${SECONDS} s)"
