#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds everything with warnings as errors, runs every test
# (Catch2 unit tests, CLI end-to-end scripts, readers of the exports, replays of the fuzzers'
# regression inputs) and then fuzzes the five readers of files from outside briefly.
#   FUZZ_SECONDS=20 (each target)   JOBS=$(nproc)   BUILD_DIR=build
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

BUILD=${BUILD_DIR:-build}
JOBS=${JOBS:-$(nproc)}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBOOTHPLAN_WERROR=ON
cmake --build "$BUILD" -j "$JOBS"
(cd "$BUILD" && ctest --output-on-failure -j "$JOBS" --timeout 600)

BOOTHPLAN_BIN=$PWD/$BUILD/app/boothplan FUZZ_JOBS=$JOBS tests/fuzz/run_fuzz.sh "${FUZZ_SECONDS:-20}"
echo "test.sh: all tests passed"
