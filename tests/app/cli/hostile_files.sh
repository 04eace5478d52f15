#!/usr/bin/env bash
# Files from outside that try to take the machine: each is refused with a clear message (exit 2,
# nothing changed) within bounded memory and time, both printed. The bounds here are generous
# ceilings that catch a blow-up (gigabytes, minutes), also under the sanitizers; the figures of a
# Release build are in the hardening note. A valid list of 10^5 exhibitors imports; 10^6 is refused.
# Args: BOOTHPLAN DATA_DIR WORK_DIR
source "$(dirname "$0")/lib/common.sh"
H="python3 $(dirname "$0")/lib/hostile.py"

refused() { # DESCRIPTION MESSAGE COMMAND...: exit 2 and MESSAGE within 60 s and 1,500 MB
  local what=$1 message=$2; shift 2
  if $H measure --status 2 --message "$message" --max-s 60 --max-mb 1500 "$@" >m.txt; then
    ok "$what refused: $(cat m.txt)"
  else
    fail "$what: $(cat m.txt)"
  fi
}

"$BIN" sample --preset tiny -o fair.boothplan >/dev/null && "$BIN" grid fair.boothplan >/dev/null || fail "tiny sample"
sha=$(sha256sum fair.boothplan)
unchanged() { [ "$(sha256sum fair.boothplan)" = "$sha" ] && ok "$1: project unchanged" || fail "$1: project changed"; }

$H xlsx-bomb bomb.xlsx
refused "an .xlsx inflating to 2 GiB" "a zip bomb" "$BIN" import fair.boothplan --exhibitors bomb.xlsx
$H xlsx-bomb lying-bomb.xlsx --lying
refused "an .xlsx inflating to 2 GiB behind a 1 KiB claim" "bomb.xlsx" "$BIN" import fair.boothplan --exhibitors lying-bomb.xlsx
unchanged "xlsx bombs"

$H csv-long-line long-line.csv --mib 100
refused "a CSV with one 100 MB line" "field longer than 64 KiB" "$BIN" import fair.boothplan --exhibitors long-line.csv
$H csv-commas commas.csv --mib 100
refused "a CSV of 100 MB of commas" "fields: not an exhibitor list" "$BIN" import fair.boothplan --exhibitors commas.csv
$H exhibitors million.csv 1000000
refused "a valid list of 10^6 exhibitors" "more than 200000 exhibitors" "$BIN" import fair.boothplan --exhibitors million.csv
unchanged "CSV lists"

$H json-deep deep.json 100000
refused "a venue JSON nested 10^5 deep" "nested more than 32 levels deep" "$BIN" new --venue deep.json -o deep.boothplan
[ ! -e deep.boothplan ] && ok "no project from the deep venue" || fail "deep venue made a project"

$H dxf-claims claims.dxf 1000000000
refused "a DXF claiming 10^9 vertices" "claims.dxf" "$BIN" new --venue claims.dxf -o claims.boothplan
[ ! -e claims.boothplan ] && ok "no project from the lying drawing" || fail "lying drawing made a project"

# The project of issue 14: a trigger someone added on booths ran on the next save (grid renamed an
# exhibitor, solve fired it 892 times). Now every command refuses the file and nothing runs.
cp fair.boothplan trigger.boothplan
sqlite3 trigger.boothplan "CREATE TRIGGER rename AFTER INSERT ON booths BEGIN UPDATE exhibitors SET name = 'pwned'; END;"
tsha=$(sha256sum trigger.boothplan)
for cmd in grid solve check; do
  refused "$cmd on a project with a foreign trigger" "trigger \`rename\` on \`booths\`" "$BIN" $cmd trigger.boothplan
done
[ "$(sha256sum trigger.boothplan)" = "$tsha" ] && ok "the trigger's project untouched" || fail "the trigger's project changed"

cp fair.boothplan blob.boothplan
sqlite3 blob.boothplan "UPDATE halls SET outline = zeroblob(300 * 1024 * 1024)"
refused "a project with a 300 MB blob" "larger than 64 MiB" "$BIN" check blob.boothplan

# Large but valid: 10^5 exhibitors import, also when each brings a pavilion of its own.
$H exhibitors hundred-k.csv 100000
if $H measure --status 0 --message "" --max-s 120 --max-mb 1500 "$BIN" import fair.boothplan --exhibitors hundred-k.csv >m.txt; then
  ok "10^5 exhibitors imported: $(cut -c1-60 m.txt)"
else
  fail "10^5 exhibitors: $(cat m.txt)"
fi
$H exhibitors own-pavilions.csv 100000 --own-pavilions
if $H measure --status 0 --message "" --max-s 120 --max-mb 1500 "$BIN" import fair.boothplan --exhibitors own-pavilions.csv >m.txt; then
  ok "10^5 exhibitors in 10^5 pavilions imported: $(cut -c1-60 m.txt)"
else
  fail "10^5 pavilions: $(cat m.txt)"
fi
rm -f ./*.csv ./*.xlsx ./*.json ./*.dxf blob.boothplan
finish
