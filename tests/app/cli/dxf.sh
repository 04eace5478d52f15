#!/usr/bin/env bash
# End-to-end: venue drawings through `new` and `import` as a newcomer meets them: a drawing with no
# HALL layer is refused with its layers listed and the option for each; --dxf-layer kinds in any
# case, a layer name that is not in the drawing flagged, --units and --dxf-tolerance; and the DXF
# export rendered by LibreCAD (dxf2pdf, when installed) after ezdxf found nothing to fix.
#   Args: BOOTHPLAN DATA_DIR WORK_DIR
READERS="/usr/bin/python3 $(cd "$(dirname "$0")/../.." && pwd)/readers/readers.py"
source "$(dirname "$0")/lib/common.sh"

$READERS make-drawing nothing walls.dxf --units m
expect_status 2 "a drawing with no HALL layer is refused" "$BIN" new --venue walls.dxf -o x.boothplan
grep -q "Walls: 4 LINE; 1 outline (2400 m²): --dxf-layer hall=Walls" err.txt && ok "its layers listed with the option" ||
  { fail "layer listing"; cat err.txt; }
[ ! -e x.boothplan ] && ok "nothing written" || fail "x.boothplan written"
expect_status 0 "the option it names works, in upper case too" "$BIN" new --venue walls.dxf --dxf-layer HALL=walls \
  --dxf-layer "Name=Room names" -o walls.boothplan
grep -q "halls: Main hall (2400 m²)" out.txt && ok "hall named from the name layer" || { fail "summary"; cat out.txt; }
expect_status 2 "a layer the drawing lacks is flagged" "$BIN" new --venue walls.dxf --dxf-layer hall=Walls \
  --dxf-layer column=Colums -o x.boothplan
grep -q "column=Colums: the drawing has no layer 'Colums'" err.txt && ok "missing layer named" || { fail "msg"; cat err.txt; }
expect_status 2 "an unknown kind" "$BIN" new --venue walls.dxf --dxf-layer roof=Walls -o x.boothplan
grep -q "KIND hall, name, column" err.txt && ok "kinds listed" || { fail "msg"; cat err.txt; }

$READERS make-drawing split cm.dxf --units cm --insunits 4
expect_status 0 "a drawing in cm that says mm imports" "$BIN" new --venue cm.dxf -o cm.boothplan
grep -q "is the drawing in cm? try --units cm" out.txt && ok "units questioned" || { fail "no units warning"; cat out.txt; }
expect_status 0 "--units cm" "$BIN" new --venue cm.dxf --units cm -o cm.boothplan --force
grep -q "W (900 m²), M (900 m²), E (900 m²)" out.txt && ok "areas in cm" || { fail "areas"; cat out.txt; }
expect_status 2 "--units furlong" "$BIN" new --venue cm.dxf --units furlong -o x.boothplan

$READERS make-drawing gaps gaps.dxf --units m
expect_status 2 "a 30 cm gap is refused" "$BIN" new --venue gaps.dxf -o x.boothplan
grep -q "open by 30.0 cm at (70.00, 0.15)" err.txt && ok "where and how much" || { fail "gap"; cat err.txt; }
expect_status 0 "--dxf-tolerance 35cm joins it" "$BIN" new --venue gaps.dxf --dxf-tolerance 35cm -o gaps.boothplan
expect_status 2 "--dxf-tolerance 2km" "$BIN" new --venue gaps.dxf --dxf-tolerance 2km -o x.boothplan
expect_status 0 "import --venue with the options" "$BIN" import gaps.boothplan --venue cm.dxf --units cm

# The export for CAD users, and back.
expect_status 0 "cismef sample" "$BIN" sample --preset cismef -o cismef.boothplan
expect_status 0 "grid" "$BIN" grid cismef.boothplan
expect_status 0 "dxf export" "$BIN" export cismef.boothplan --format dxf -o cismef.dxf --hall 2.1
if $READERS dxf cismef.dxf --halls 1 >check.txt 2>&1; then ok "ezdxf: $(tail -1 check.txt)"; else fail "ezdxf"; cat check.txt; fi
expect_status 0 "the export imports back" "$BIN" new --venue cismef.dxf -o back.boothplan
grep -q "venue name, rules and hall heights from boothplan's record" out.txt && ok "record read" || { fail "record"; cat out.txt; }
[ "$(head -c 400 out.txt | wc -l)" -le 8 ] && ok "summary is a few lines" || { fail "summary long"; cat out.txt; }
if command -v librecad >/dev/null && command -v xvfb-run >/dev/null; then
  if timeout 240 xvfb-run -a librecad dxf2pdf -o "$PWD/cismef.pdf" "$PWD/cismef.dxf" >lc.txt 2>&1 && [ -s cismef.pdf ]; then
    ok "LibreCAD renders the export ($(pdfinfo cismef.pdf 2>/dev/null | grep -c Pages) page)"
  else
    fail "librecad dxf2pdf"; cat lc.txt
  fi
else
  echo "# LibreCAD not installed: dxf2pdf not tried"
fi

finish
