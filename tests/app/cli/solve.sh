#!/usr/bin/env bash
# End-to-end: `boothplan solve` on the tiny sample writes booths and a DESIGN §5 report, is the
# same for a seed, refuses a project without a grid, and ends infeasible (exit 1) when pins put
# two competitors side by side.  Args: BOOTHPLAN DATA_DIR WORK_DIR
set -u
BIN=$1 DATA=$2 WORK=$3
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK"
fails=0
ok()   { echo "ok - $*"; }
fail() { echo "FAIL - $*"; fails=$((fails + 1)); }
expect_status() { # STATUS DESCRIPTION COMMAND...
  local want=$1 what=$2; shift 2
  "$@" >out.txt 2>err.txt; local got=$?
  if [ "$got" -eq "$want" ]; then ok "$what (exit $got)"; else fail "$what: exit $got, wanted $want"; cat out.txt err.txt; fi
}

expect_status 0 "solve --help" "$BIN" solve --help
"$BIN" sample --preset tiny --seed 3 -o tiny.boothplan >/dev/null || fail "sample"
expect_status 2 "solve before grid is bad input" "$BIN" solve tiny.boothplan
grep -q "grid" err.txt && ok "message names the missing grid" || fail "no grid message"
expect_status 2 "missing project" "$BIN" solve nowhere.boothplan
expect_status 2 "three threads refused" "$BIN" solve tiny.boothplan --threads 3

expect_status 2 "--modules is for generated fairs only" "$BIN" sample --preset tiny --modules 400 -o m.boothplan
expect_status 0 "a generated fair of about 400 modules" "$BIN" sample --preset generated --seed 5 --halls 1 --modules 400 -o gen.boothplan
expect_status 0 "it solves" "$BIN" solve gen.boothplan --seed 5 --time-limit 20
grep -q "of 1 pavilions\|pavilions in one piece" out.txt && ok "the solve says how many pavilions are whole" || fail "solve summary"

"$BIN" grid tiny.boothplan >/dev/null || fail "grid"
cp tiny.boothplan second.boothplan
cp tiny.boothplan third.boothplan
"$BIN" export tiny.boothplan --format json -o grid.json >/dev/null || fail "json export"
expect_status 0 "solve tiny" "$BIN" solve tiny.boothplan --seed 7 --time-limit 20 --report r1.json
expect_status 0 "solve a copy with the same seed" "$BIN" solve second.boothplan --seed 7 --time-limit 20 --report r2.json
python3 - <<'PY' && ok "report follows DESIGN §5" || fail "report content"
import json
r = json.load(open('r1.json'))
assert r['status'] == 'feasible', r['status']
assert r['seed'] == 7
assert r['score']['hard'] == 0
for k in ['exhibitors', 'assigned', 'area_requested_m2', 'area_assigned_m2', 'booths', 'fill_rate', 'pavilions',
          'pavilions_contiguous', 'competitor_adjacent_pairs', 'competitor_facing_pairs', 'preferences_requested',
          'preferences_met']:
    assert k in r['metrics'], k
assert r['metrics']['exhibitors'] == 60
assert r['metrics']['competitor_adjacent_pairs'] == 0
for v in r['violations']:
    assert v['level'] in ('hard', 'medium', 'soft') and v['constraint'] and v['message']
    assert all(':' in s for s in v['subjects'])
PY
"$BIN" export tiny.boothplan --format csv -o a.csv >/dev/null && "$BIN" export second.boothplan --format csv -o b.csv >/dev/null
cmp -s a.csv b.csv && ok "same seed, same booths" || fail "same seed gave different booths"
python3 - <<'PY' && ok "every placed exhibitor has a booth in the project" || fail "booths not written"
import json, sqlite3
r = json.load(open('r1.json'))
db = sqlite3.connect('tiny.boothplan')
tables = [t for (t,) in db.execute("select name from sqlite_master where type='table'")]
booth_table = [t for t in tables if 'booth' in t.lower()]
assert booth_table, tables
cols = [c[1] for c in db.execute(f"pragma table_info({booth_table[0]})")]
excol = [c for c in cols if 'exhibitor' in c.lower()][0]
n = db.execute(f"select count(*) from {booth_table[0]} where {excol} is not null and {excol} != '' and {excol} >= 0").fetchone()[0]
assert n == r['metrics']['assigned'], (n, r['metrics']['assigned'])
PY
expect_status 0 "check passes on the solved sample" "$BIN" check tiny.boothplan

# explain: one exhibitor, one pavilion, one booth of the solved sample, by the names a planner reads.
read -r EX PV BOOTH < <(python3 - <<'PY'
import csv
rows = [r for r in csv.DictReader(open('a.csv', encoding='utf-8-sig', newline='')) if r.get('booth') and r.get('pavilion')]
r = rows[0]
print(r['id'], r['pavilion'].replace(' ', '_'), r['booth'])
PY
)
PV=${PV//_/ }
expect_status 0 "explain an exhibitor" "$BIN" explain tiny.boothplan --exhibitor "$EX"
grep -q "$EX stands at booth $BOOTH" out.txt && ok "it names the booth" || { fail "explain exhibitor"; cat out.txt; }
expect_status 0 "explain its pavilion" "$BIN" explain tiny.boothplan --pavilion "$PV"
grep -q "^pavilion $PV: [0-9]* members" out.txt && ok "the pavilion's members and halls" || { fail "explain pavilion"; cat out.txt; }
expect_status 0 "explain its booth" "$BIN" explain tiny.boothplan --booth "$BOOTH"
grep -q "held by $EX" out.txt && ok "who holds the booth" || { fail "explain booth"; cat out.txt; }
expect_status 2 "explain an unknown exhibitor" "$BIN" explain tiny.boothplan --exhibitor NOBODY
grep -q "no exhibitor with id NOBODY" err.txt && ok "says which id is unknown" || fail "unknown id message"
expect_status 2 "explain needs a subject" "$BIN" explain tiny.boothplan

# Two competitors pinned side by side: the pins win, the shared wall stays, exit 1 with the reason.
python3 - <<'PY'
import csv, json
rows = list(csv.DictReader(open('a.csv', encoding='utf-8-sig', newline='')))
grid = json.load(open('grid.json'))
pair = None  # two bookable modules side by side in one row
for b in grid['blocks']:
    for i in range(len(b['cells']) - 1):
        if pair is None and b['cells'][i] == 'B' and b['cells'][i + 1] == 'B' and (i + 1) % b['modules'] != 0:
            pair = b['numbers'][i:i + 2]
numbers = pair
keep = ['id', 'name', 'country', 'sector', 'area_m2', 'booth_kind', 'pavilion', 'competitors', 'priority', 'locked_booth']
with open('pinned.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, fieldnames=keep)
    w.writeheader()
    for i, r in enumerate(rows):
        out = {k: r.get(k, '') for k in keep}
        if i < 2:
            out.update(area_m2='9', booth_kind='shell', pavilion='', locked_booth=numbers[i])
            out['competitors'] = rows[1]['id'] if i == 0 else ''
        elif out['locked_booth']:
            out['locked_booth'] = ''
        w.writerow(out)
PY
"$BIN" import third.boothplan --exhibitors pinned.csv >/dev/null 2>err.txt || { fail "import pinned list"; cat err.txt; }
expect_status 1 "competitors pinned side by side end infeasible" "$BIN" solve third.boothplan --report r3.json
grep -q "competitor-wall" out.txt && ok "the shared wall is named" || fail "reason not printed"
python3 -c "import json; r=json.load(open('r3.json')); assert r['status'] == 'infeasible' and r['score']['hard'] < 0" \
  && ok "report says infeasible" || fail "report status"

echo "$fails failure(s)"
[ "$fails" -eq 0 ]
