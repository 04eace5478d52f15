#!/usr/bin/env bash
# Crash safety of the commands that write (DESIGN §4): `grid` and `solve` (which save the project)
# and `export --format pdf`, each killed with SIGKILL a dozen times at moments spread over an
# uninterrupted run of the same command. After every kill the project opens as the old or the new
# one (never broken), the solve report is absent or whole, and no half-written map is left under
# its final name. Args: BOOTHPLAN DATA_DIR WORK_DIR
source "$(dirname "$0")/lib/common.sh"
KILLS=12

"$BIN" sample --preset tiny -o old.boothplan >/dev/null && "$BIN" grid old.boothplan >/dev/null || fail "tiny sample"
"$BIN" export old.boothplan --format json -o old.json >/dev/null || fail "the old project as JSON"

# Wall time of one run of COMMAND... in milliseconds (at least 1).
run_ms() {
  local t0 t1
  t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 > 0 ? (t1 - t0) / 1000000 : 1 ))
}
# Starts COMMAND..., kills it with SIGKILL after MS milliseconds (if still running); 0 when the kill
# landed while it ran.
kill_after() {
  local ms=$1; shift
  "$@" >/dev/null 2>&1 &
  local pid=$!
  sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
  local landed=1
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null && landed=0
  wait "$pid" 2>/dev/null
  return $landed
}
# The project opens, and is the old one or the one an uninterrupted run writes.
opens_old_or_new() { # WHAT NEW_JSON
  if ! "$BIN" export work.boothplan --format json -o now.json >/dev/null 2>err.txt; then
    fail "$1: the project no longer opens: $(head -c 300 err.txt)"
    return 1
  fi
  cmp -s now.json old.json || cmp -s now.json "$2" || { fail "$1: the project is neither the old nor the new one"; return 1; }
}

# Each command: one uninterrupted run gives the new project and the duration; then KILLS runs
# killed at 1/13, 2/13 ... 12/13 of it.
for cmd in grid solve; do
  cp old.boothplan work.boothplan
  args=("$cmd" work.boothplan)
  [ $cmd = solve ] && args+=(--seed 3 --report report.json)
  ms=$(run_ms "$BIN" "${args[@]}")
  "$BIN" export work.boothplan --format json -o "new-$cmd.json" >/dev/null || fail "$cmd: uninterrupted run"
  landed=0 broken=0
  for k in $(seq 1 $KILLS); do
    cp old.boothplan work.boothplan
    rm -f report.json
    kill_after $((ms * k / (KILLS + 1))) "$BIN" "${args[@]}" && landed=$((landed + 1))
    opens_old_or_new "$cmd killed at $k/$((KILLS + 1))" "new-$cmd.json" || broken=$((broken + 1))
    if [ -e report.json ] && ! python3 -c "import json,sys; json.load(open('report.json'))" 2>/dev/null; then
      fail "$cmd killed at $k/$((KILLS + 1)): a half-written report.json"; broken=$((broken + 1))
    fi
  done
  [ $broken -eq 0 ] && ok "$cmd killed $KILLS times ($landed while running, a run takes $ms ms): old or new project every time"
done

ms=$(run_ms "$BIN" export old.boothplan --format pdf -o whole.pdf)
pdfinfo whole.pdf >/dev/null 2>&1 || fail "export pdf: uninterrupted run"
landed=0 broken=0
for k in $(seq 1 $KILLS); do
  rm -f map.pdf
  kill_after $((ms * k / (KILLS + 1))) "$BIN" export old.boothplan --format pdf -o map.pdf && landed=$((landed + 1))
  if [ -e map.pdf ] && ! pdfinfo map.pdf >/dev/null 2>&1; then
    fail "export killed at $k/$((KILLS + 1)): a half-written map.pdf"; broken=$((broken + 1))
  fi
done
[ $broken -eq 0 ] && ok "export --format pdf killed $KILLS times ($landed while running, a run takes $ms ms): never half a map under its name"
leftovers=$(ls ./*.tmp-* 2>/dev/null | wc -l)
echo "# temporary files left by the kills (never under a final name): $leftovers"
rm -f ./*.tmp-* ./*.pdf
finish
