#!/usr/bin/env bash
# End-to-end: sample, new, import and export through the built binary; bad input exits 2 and
# leaves the project file byte-identical.  Args: BOOTHPLAN DATA_DIR WORK_DIR
source "$(dirname "$0")/lib/common.sh"

expect_status 0 "help" "$BIN" --help
for cmd in sample new import export; do expect_status 0 "$cmd --help" "$BIN" $cmd --help; done
expect_status 2 "no command is a usage error" "$BIN"
expect_status 2 "unknown preset" "$BIN" sample --preset huge -o x.boothplan

expect_status 0 "tiny sample" "$BIN" sample --preset tiny --seed 4 -o tiny.boothplan
expect_status 2 "sample refuses to overwrite" "$BIN" sample --preset tiny -o tiny.boothplan
expect_status 0 "sample --force overwrites" "$BIN" sample --preset tiny --seed 4 -o tiny.boothplan --force
[ "$(sqlite3 tiny.boothplan 'PRAGMA user_version')" = 2 ] && ok "schema version 2" || fail "schema version"

expect_status 0 "json export" "$BIN" export tiny.boothplan --format json -o a.json
"$BIN" sample --preset tiny --seed 4 -o again.boothplan >/dev/null
"$BIN" export again.boothplan --format json -o b.json >/dev/null
cmp -s a.json b.json && ok "same seed, byte-identical JSON" || fail "JSON differs for the same seed"
python3 -c "import json,sys; d=json.load(open('a.json')); assert d['format']=='boothplan-project' and len(d['exhibitors'])==60" \
  && ok "JSON parses with 60 exhibitors" || fail "JSON content"

expect_status 0 "new from venue and list" "$BIN" new --venue "$DATA/venue_two_halls.json" --exhibitors "$DATA/exhibitors_small.csv" -o fair.boothplan
grep -q "unknown column ignored" err.txt && ok "unknown column warned" || fail "no warning for unknown column"
expect_status 0 "csv export" "$BIN" export fair.boothplan --format csv -o list.csv
python3 - <<'PY' && ok "CSV reads back in Python with names in three scripts" || fail "CSV content"
import csv
rows = list(csv.DictReader(open('list.csv', encoding='utf-8-sig', newline='')))
assert len(rows) == 5, rows
names = {r['id']: r['name_local'] for r in rows}
assert names['IR001'] == 'شرکت الکترونیک پارس' and names['CN001'] == '广州华鑫电子有限公司'
assert rows[0].keys() >= {'booth', 'hall', 'booth_area_m2', 'booth_type'}
PY

# Bad input: exit 2, file:line: column named, project byte-identical.
cp fair.boothplan before.boothplan
expect_status 2 "bad exhibitor list refused" "$BIN" import fair.boothplan --exhibitors "$DATA/exhibitors_bad.csv"
grep -q "exhibitors_bad.csv:4: country: 'XX' is not an ISO 3166-1 alpha-2 code" err.txt && ok "error names file, line and column" || { fail "error text"; cat err.txt; }
cmp -s fair.boothplan before.boothplan && ok "project unchanged after refused list" || fail "project changed"
printf '{"format":"boothplan-venue","version":1,"name":"V","halls":[{"id":"1","outline":[[0,0],[10,10],[10,0],[0,10]]}]}' > bad_venue.json
expect_status 2 "bad venue refused" "$BIN" import fair.boothplan --venue bad_venue.json
grep -q 'bad_venue.json: $.halls\[0\].outline: not a simple polygon' err.txt && ok "venue error names the field" || { fail "venue error text"; cat err.txt; }
cmp -s fair.boothplan before.boothplan && ok "project unchanged after refused venue" || fail "project changed"
printf 'id,name,country,sector,area_m2\nA,\xB9\xE3,CN,food,9\n' > gbk.csv
expect_status 2 "GBK list refused" "$BIN" import fair.boothplan --exhibitors gbk.csv
grep -q "gbk.csv:2: not UTF-8" err.txt && ok "encoding error names the line" || { fail "encoding error text"; cat err.txt; }
cmp -s fair.boothplan before.boothplan && ok "project unchanged after refused encoding" || fail "project changed"
expect_status 2 "missing project" "$BIN" export nothing.boothplan --format json -o x.json
echo "not a database" > text.boothplan
expect_status 2 "a text file is not a project" "$BIN" export text.boothplan --format json -o x.json
expect_status 2 "unknown hall for --hall" "$BIN" export fair.boothplan --format csv --hall 7.7 -o x.csv

# A good re-import replaces the list; a venue import clears the grid.
printf 'id,name,country,sector,area_m2\nN1,New One,DE,healthcare,18\n' > one.csv
expect_status 0 "good list replaces the old one" "$BIN" import fair.boothplan --exhibitors one.csv
[ "$(sqlite3 fair.boothplan 'SELECT count(*) FROM exhibitors')" = 1 ] && ok "one exhibitor now" || fail "exhibitor count"
expect_status 0 "venue import" "$BIN" import fair.boothplan --venue "$DATA/venue_two_halls.json"

finish
