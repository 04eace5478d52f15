#!/usr/bin/env bash
# End-to-end: every export format through the built binary, read back by independent readers
# (tests/readers/readers.py: poppler, rsvg-convert, ezdxf, openpyxl, csv, the Khronos glTF
# validator); venue DXF drawn by ezdxf and exhibitor XLSX written by openpyxl come in through
# `new` and `import`; bad input exits 2.  Args: BOOTHPLAN DATA_DIR WORK_DIR
READERS="/usr/bin/python3 $(cd "$(dirname "$0")/../.." && pwd)/readers/readers.py"
source "$(dirname "$0")/lib/common.sh"
check() { # DESCRIPTION READER-ARGS...
  local what=$1; shift
  if $READERS "$@" >check.txt 2>&1; then ok "$what: $(tail -1 check.txt)"; else fail "$what"; cat check.txt; fi
}

expect_status 0 "tiny sample" "$BIN" sample --preset tiny --seed 2 -o tiny.boothplan
expect_status 0 "booth grid" "$BIN" grid tiny.boothplan
HALL=$(sqlite3 tiny.boothplan "SELECT code FROM halls LIMIT 1" 2>/dev/null || echo 1.1)

expect_status 0 "pdf export" "$BIN" export tiny.boothplan --format pdf -o map.pdf --date 2026-05-18
check "pdf read by poppler" pdf map.pdf --min-pages 2 --page-size A3 --text "${HALL}A01" --text 2026-05-18 --text Pavilions --text overview
expect_status 0 "pdf of one hall on A4, by status" "$BIN" export tiny.boothplan --format pdf -o hall.pdf --hall "$HALL" --page A4 --color-by status
check "one-hall pdf" pdf hall.pdf --pages 1 --page-size A4 --text "Booth status" --no-text overview
expect_status 0 "svg export" "$BIN" export tiny.boothplan --format svg -o map.svg --hall "$HALL"
check "svg rendered by rsvg-convert" svg map.svg
expect_status 0 "png export at 72 dpi" "$BIN" export tiny.boothplan --format png -o map.png --dpi 72 --page A4
check "png size" png map.png --width 842 --height 595
expect_status 0 "geojson export" "$BIN" export tiny.boothplan --format geojson -o map.geojson
check "geojson polygons" geojson map.geojson --halls 1
expect_status 0 "dxf export" "$BIN" export tiny.boothplan --format dxf -o plan.dxf --color-by sector
check "dxf read by ezdxf" dxf plan.dxf --halls 1 --booth-width-mm 3000 --layer HALL --layer COLUMN --text "${HALL}A01"
expect_status 0 "xlsx export" "$BIN" export tiny.boothplan --format xlsx -o list.xlsx --date 2026-05-18
check "xlsx read by openpyxl" xlsx list.xlsx --rows 60 --sheet "Hall $HALL"
expect_status 0 "gltf export" "$BIN" export tiny.boothplan --format gltf -o scene.gltf
check "gltf validator" gltf scene.gltf
expect_status 0 "csv export" "$BIN" export tiny.boothplan --format csv -o list.csv
check "csv read by python" csv list.csv --rows 60
expect_status 2 "unknown hall" "$BIN" export tiny.boothplan --format pdf -o x.pdf --hall 99.9
[ ! -e x.pdf ] && ok "nothing written for a refused export" || fail "x.pdf written"
expect_status 2 "unknown colour key" "$BIN" export tiny.boothplan --format pdf -o x.pdf --color-by mood
ls ./*.tmp-* >/dev/null 2>&1 && fail "temporary files left behind" || ok "no temporary files left"

# Venue drawings and Excel lists in.
$READERS make-venue-dxf venue.dxf --units mm --offset 2000000
expect_status 0 "new from a venue DXF" "$BIN" new --venue venue.dxf -o drawn.boothplan
grep -q "2 hall(s), 6 column(s), 1 blocked zone(s), 4 door(s); units mm" out.txt && ok "import summary" || { fail "import summary"; cat out.txt; }
grep -q "FURNITURE" out.txt && ok "ignored layer listed" || fail "ignored layer not listed"
expect_status 2 "custom hall layer absent" "$BIN" new --venue venue.dxf --dxf-layer hall=OUTLINE -o x.boothplan
grep -q "no hall outline" err.txt && ok "no hall outline named" || { fail "message"; cat err.txt; }
expect_status 2 "bad --dxf-layer" "$BIN" new --venue venue.dxf --dxf-layer roof=R -o x.boothplan
$READERS make-venue-dxf open.dxf --break-it open
expect_status 2 "open hall outline refused" "$BIN" new --venue open.dxf -o x.boothplan
grep -q "is not closed" err.txt && ok "open outline named" || { fail "message"; cat err.txt; }
expect_status 0 "import --venue DXF" "$BIN" import tiny.boothplan --venue venue.dxf

$READERS make-xlsx "$DATA/exhibitors_small.csv" list_in.xlsx
expect_status 0 "new with an xlsx list" "$BIN" new --venue "$DATA/venue_two_halls.json" --exhibitors list_in.xlsx -o x1.boothplan
expect_status 0 "new with the csv list" "$BIN" new --venue "$DATA/venue_two_halls.json" --exhibitors "$DATA/exhibitors_small.csv" -o x2.boothplan
"$BIN" export x1.boothplan --format csv -o x1.csv >/dev/null && "$BIN" export x2.boothplan --format csv -o x2.csv >/dev/null
cmp -s x1.csv x2.csv && ok "xlsx and csv lists import to the same exhibitors" || { fail "xlsx and csv differ"; diff x1.csv x2.csv | head; }
expect_status 0 "import --exhibitors xlsx" "$BIN" import x2.boothplan --exhibitors list_in.xlsx

finish
