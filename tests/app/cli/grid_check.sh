#!/usr/bin/env bash
# End-to-end: sample -> grid -> check is clean (exit 0) with the booth share printed; regenerating
# keeps every booth number; a broken project or a hall without doors makes check exit 1; bad input
# exits 2.
# Args: BOOTHPLAN DATA_DIR WORK_DIR
source "$(dirname "$0")/lib/common.sh"

expect_status 0 "grid --help" "$BIN" grid --help
expect_status 0 "check --help" "$BIN" check --help

for preset in tiny cismef; do
  expect_status 0 "$preset sample" "$BIN" sample --preset $preset -o $preset.boothplan
  expect_status 0 "$preset grid" "$BIN" grid $preset.boothplan
  cp out.txt grid-$preset.txt
  grep -q "net booth share" grid-$preset.txt && ok "$preset: share printed" || fail "$preset: no share in: $(cat grid-$preset.txt)"
  expect_status 0 "$preset check is clean" "$BIN" check $preset.boothplan
  grep -q " 0 hard, 0 soft violations" out.txt && ok "$preset: no violations" || fail "$preset: $(tail -3 out.txt)"
done

# Every cismef hall holds at least 40 % booths.
python3 - grid-cismef.txt <<'PY' && ok "cismef halls >= 40 %" || fail "a cismef hall below 40 %"
import re, sys
halls = [float(m) for m in re.findall(r"^hall .*?share\s+([\d.]+) %", open(sys.argv[1]).read(), re.M)]
assert len(halls) == 14 and min(halls) >= 40, halls
PY

# Regenerating an unchanged venue keeps every number.
sqlite3 cismef.boothplan "SELECT number FROM booths ORDER BY number" > numbers-1.txt
expect_status 0 "cismef grid again" "$BIN" grid cismef.boothplan
sqlite3 cismef.boothplan "SELECT number FROM booths ORDER BY number" > numbers-2.txt
cmp -s numbers-1.txt numbers-2.txt && ok "numbers stable on regenerate" || fail "numbers changed on regenerate"
grep -q "numbers kept" out.txt && ok "frames kept" || fail "frames not reported as kept"

# A block dragged onto its neighbour: overlaps are hard violations.
cp tiny.boothplan broken.boothplan
sqlite3 broken.boothplan "UPDATE blocks SET ox = (SELECT ox FROM blocks ORDER BY id LIMIT 1), oy = (SELECT oy FROM blocks ORDER BY id LIMIT 1)
  WHERE id = (SELECT id FROM blocks ORDER BY id LIMIT 1 OFFSET 1)"
expect_status 1 "check finds the overlap" "$BIN" check broken.boothplan
grep -q "^hard overlap" out.txt && ok "overlap named" || fail "no overlap line: $(head -3 out.txt)"
expect_status 1 "check --json" "$BIN" check broken.boothplan --json
python3 -c "
import json; d = json.load(open('out.txt'))
assert d['hard'] > 0
v = [x for x in d['violations'] if x['rule'] == 'overlap'][0]
assert v['level'] == 'hard' and len(v['booths']) == 2 and 'x' in v and 'y' in v and v['hall'] == '1.1'
" && ok "json names rule, booths and place" || fail "json report: $(head -c 400 out.txt)"

# A hall drawn without any door: the grid says why it stays empty, check calls it unsafe.
cat > nodoors.json <<'JSON'
{"format": "boothplan-venue", "version": 1, "name": "No doors",
 "halls": [{"id": "H1", "outline": [[0, 0], [60, 0], [60, 40], [0, 40]]}]}
JSON
expect_status 0 "new project of a hall without doors" "$BIN" new --venue nodoors.json -o nodoors.boothplan
expect_status 0 "grid of a hall without doors" "$BIN" grid nodoors.boothplan
grep -q "^hall H1: no exit or entrance, so every cell is beyond the escape distance$" out.txt &&
  ok "grid names the missing exit" || fail "grid output: $(cat out.txt)"
expect_status 1 "check of a hall without doors" "$BIN" check nodoors.boothplan
grep -q "^hard no-exit hall H1 " out.txt && ok "check reports no-exit as hard" || fail "check output: $(cat out.txt)"

# Bad input.
expect_status 2 "grid on a missing file" "$BIN" grid missing.boothplan
echo "not a project" > junk.boothplan
expect_status 2 "check on a file that is not a project" "$BIN" check junk.boothplan

finish
