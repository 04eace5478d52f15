#!/usr/bin/env bash
# Builds the venue DXF reader's libFuzzer target with clang 14 (ASan + UBSan) in its own build
# directory and fuzzes it for SECONDS (default 60), seeded from the test drawings. Exit status is
# non-zero when the fuzzer finds a crash, leak, timeout or memory blow-up (the input is saved in
# the build directory as crash-*/leak-*/timeout-*/oom-*).
#   tests/fuzz/run_dxf_fuzz.sh [SECONDS]      BOOTHPLAN_FUZZ_DIR overrides the build directory
set -euo pipefail

SECS=${1:-60}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${BOOTHPLAN_FUZZ_DIR:-$ROOT/build-fuzz}
CXX=${BOOTHPLAN_FUZZ_CXX:-clang++-14}
mkdir -p "$OUT/corpus"

SOURCES=(tests/fuzz/dxf_fuzz.cpp layout/io/dxf_tags.cpp layout/io/dxf_geometry.cpp layout/io/dxf_blocks.cpp
         layout/io/dxf_outlines.cpp layout/io/dxf_faces.cpp layout/io/dxf_collect.cpp layout/io/dxf_names.cpp
         layout/io/dxf_inspect.cpp layout/io/dxf_meta.cpp layout/io/dxf_drawing.cpp
         layout/io/venue_dxf.cpp layout/io/venue_json.cpp
         layout/io/file_util.cpp layout/geometry/geometry.cpp layout/geometry/shape_tests.cpp layout/model/model.cpp)
BIN="$OUT/dxf_fuzz"
stale=0
[ -x "$BIN" ] || stale=1
for s in "${SOURCES[@]}" layout/*/*.h; do
  [ "$ROOT/$s" -nt "$BIN" ] && stale=1
done
if [ $stale = 1 ]; then
  echo "run_dxf_fuzz: building $BIN with $CXX"
  (cd "$ROOT" && "$CXX" -std=c++20 -O1 -g -fno-omit-frame-pointer \
     -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
     -I. "${SOURCES[@]}" -o "$BIN")
fi

# Seeds: the committed drawings, and the venue drawings the tests make with ezdxf when it is here.
cp "$ROOT"/tests/fuzz/seeds/*.dxf "$OUT/corpus/" 2>/dev/null || true
if /usr/bin/python3 -c "import ezdxf" 2>/dev/null; then
  for u in mm cm m; do
    /usr/bin/python3 "$ROOT/tests/readers/readers.py" make-venue-dxf "$OUT/corpus/seed-ezdxf-$u.dxf" --units "$u" || true
  done
fi

cd "$OUT"
echo "run_dxf_fuzz: fuzzing for ${SECS}s"
"$BIN" -max_total_time="$SECS" -max_len=65536 -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
  -dict="$ROOT/tests/fuzz/dxf.dict" "$OUT/corpus" 2>&1 | tail -n 25
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
  echo "run_dxf_fuzz: FAILED (status $status); reproducer in $OUT" >&2
  exit 1
fi
echo "run_dxf_fuzz: no findings in ${SECS}s"
