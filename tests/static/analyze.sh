#!/usr/bin/env bash
# Static analysis of layout/ and solver/: cppcheck (warnings, performance, portability) and
# clang-tidy 14 with the checked-in .clang-tidy over the compile commands of the clang build (the
# `asan` preset, configured here when missing; nothing is built; ~2-4 s of CPU a file, about two
# minutes for both folders on two cores). Exit status non-zero on any finding. The few cppcheck
# reports that are wrong are suppressed by name and file in cppcheck.supp, each with the reason;
# a clang-tidy report that is wrong gets a NOLINT(check) comment that says why.
#   tests/static/analyze.sh [BUILD_DIR]      default build-asan;   JOBS=$(nproc)   TIDY=1 (0: cppcheck only)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$ROOT/build-asan}
JOBS=${JOBS:-$(nproc)}
cd "$ROOT"

status=0
echo "analyze: cppcheck on layout/ and solver/"
if ! cppcheck --std=c++20 --enable=warning,performance,portability --inline-suppr -I. -q -j "$JOBS" \
     --error-exitcode=1 --suppress=missingIncludeSystem --suppressions-list=tests/static/cppcheck.supp \
     --template='{file}:{line}: {severity}: {message} [{id}]' layout solver; then
  status=1
fi

if [ "${TIDY:-1}" = 1 ]; then
  [ -f "$BUILD/compile_commands.json" ] || cmake --preset asan -B "$BUILD" >/dev/null
  echo "analyze: clang-tidy-14 on layout/ and solver/"
  files=$(find layout solver -name '*.cpp' | sort)
  # run-clang-tidy prints every command line; keep its findings only.
  if ! run-clang-tidy-14 -quiet -p "$BUILD" -j "$JOBS" -clang-tidy-binary clang-tidy-14 $files >"$BUILD/clang-tidy.log" 2>&1; then
    grep -E 'warning:|error:' "$BUILD/clang-tidy.log" | sort -u | head -60
    echo "analyze: clang-tidy found problems (all of them in $BUILD/clang-tidy.log)" >&2
    status=1
  fi
fi
[ $status -eq 0 ] && echo "analyze: clean"
exit $status
