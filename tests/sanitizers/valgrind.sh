#!/usr/bin/env bash
# valgrind memcheck of the Release binary on the tiny sample: `solve` (two threads) and
# `export --format pdf` of the solved fair. Zero errors wanted: invalid reads and writes, use of
# uninitialised values, and memory definitely or indirectly lost. valgrind.supp holds the only
# suppressions, each for a system library's own caches (fontconfig, cairo), with the reason.
# A ctest of the Release build (sanitizers.valgrind); by hand:
#   tests/sanitizers/valgrind.sh build/app/boothplan /tmp/memcheck
# Args: BOOTHPLAN WORK_DIR
set -u
BIN=$1 WORK=$2
SUPP=$(cd "$(dirname "$0")" && pwd)/valgrind.supp
command -v valgrind >/dev/null || { echo "SKIP - valgrind is not installed"; exit 77; }
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 3
"$BIN" sample --preset tiny -o fair.boothplan >/dev/null && "$BIN" grid fair.boothplan >/dev/null || {
  echo "FAIL - the tiny sample"; exit 1; }

fails=0
memcheck() { # NAME COMMAND...: runs it under memcheck, its log in NAME.log
  local name=$1; shift
  local t0=$SECONDS
  valgrind --tool=memcheck --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
    --show-leak-kinds=definite,indirect --track-origins=yes --num-callers=40 --suppressions="$SUPP" \
    --log-file="$name.log" "$@" >"$name.out" 2>&1
  local rc=$?
  local summary
  summary=$(grep -E 'ERROR SUMMARY' "$name.log" | sed 's/^==[0-9]*== //')
  if [ $rc -eq 0 ]; then
    echo "ok - $name under memcheck in $((SECONDS - t0)) s: $summary"
  else
    echo "FAIL - $name under memcheck (exit $rc): $summary"
    cat "$name.out"
    grep -v -E '^==[0-9]+== *$' "$name.log" | head -80
    fails=$((fails + 1))
  fi
}
memcheck solve "$BIN" solve fair.boothplan --threads 2 --time-limit 120 --report report.json
memcheck export-pdf "$BIN" export fair.boothplan --format pdf -o fair.pdf --date 2026-12-02
[ -s fair.pdf ] && head -c 5 fair.pdf | grep -q '%PDF-' || { echo "FAIL - no PDF written"; fails=$((fails + 1)); }
echo "$fails failed"
[ $fails -eq 0 ]
