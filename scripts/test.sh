#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds everything with warnings as errors, runs every test
# (Catch2 unit tests, CLI end-to-end scripts, readers of the exports) and then the DXF fuzzer briefly.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

BUILD=${BUILD_DIR:-build}
JOBS=${JOBS:-$(nproc)}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBOOTHPLAN_WERROR=ON
cmake --build "$BUILD" -j "$JOBS"
(cd "$BUILD" && ctest --output-on-failure -j "$JOBS" --timeout 600)

if [ -x tests/fuzz/run_dxf_fuzz.sh ]; then
  tests/fuzz/run_dxf_fuzz.sh "${FUZZ_SECONDS:-60}"
fi
echo "test.sh: all tests passed"
