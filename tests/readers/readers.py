#!/usr/bin/env python3
"""Independent readers for boothplan's exports (poppler, rsvg-convert, ezdxf, openpyxl, csv, json,
the Khronos glTF validator) and writers of test inputs (a venue DXF by ezdxf, an .xlsx by openpyxl).
Each check exits 0 when the file passes and prints why otherwise."""
import argparse
import csv
import json
import math
import os
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
BIDI = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"), None)


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def check_pdf(a):
    info = subprocess.run(["pdfinfo", a.file], capture_output=True, text=True, check=True).stdout
    pages = int(next(l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")))
    if a.pages is not None and pages != a.pages:
        fail(f"{pages} pages, expected {a.pages}")
    if a.min_pages is not None and pages < a.min_pages:
        fail(f"{pages} pages, expected at least {a.min_pages}")
    if a.page_size and a.page_size not in info:
        fail(f"page size is not {a.page_size}: {info}")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", a.file, "-"], capture_output=True, text=True,
                          check=True).stdout.translate(BIDI)
    for t in a.text or []:
        if t not in text:
            fail(f"text {t!r} not found in the PDF")
    for t in a.no_text or []:
        if t in text:
            fail(f"text {t!r} found in the PDF")
    print(f"pdf ok: {pages} pages, {len(text)} characters of text")


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{path} is not a PNG")
    return struct.unpack(">II", head[16:24])


def check_svg(a):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "svg.png")
        subprocess.run(["rsvg-convert", "-o", out, a.file], check=True)
        w, h = png_size(out)
    if w < 100 or h < 100:
        fail(f"rsvg-convert rendered {w}x{h}")
    print(f"svg ok: rendered {w}x{h}")


def check_png(a):
    w, h = png_size(a.file)
    if (a.width and abs(w - a.width) > 1) or (a.height and abs(h - a.height) > 1):
        fail(f"PNG is {w}x{h}, expected {a.width}x{a.height}")
    print(f"png ok: {w}x{h}")


BOOTH_KEYS = {"kind", "booth", "hall", "area_m2", "type", "status", "exhibitor", "name", "name_local", "country",
              "sector", "pavilion"}


def ring_area(ring):
    return sum(ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1] for i in range(len(ring) - 1)) / 2


def check_geojson(a):
    doc = json.load(open(a.file, encoding="utf-8"))
    if doc.get("type") != "FeatureCollection" or "crs" in doc:
        fail("not a FeatureCollection without crs")
    kinds = {}
    for f in doc["features"]:
        p, g = f["properties"], f["geometry"]
        k = p["kind"]
        kinds[k] = kinds.get(k, 0) + 1
        if k not in {"hall", "booth", "column", "blocked", "door", "pavilion"}:
            fail(f"unknown kind {k}")
        if k == "door":
            if g["type"] != "LineString" or len(g["coordinates"]) != 2:
                fail("door is not a 2-point LineString")
            continue
        if g["type"] != "Polygon":
            fail(f"{k} geometry is {g['type']}")
        ring = g["coordinates"][0]
        if len(ring) < 4 or ring[0] != ring[-1]:
            fail(f"{k} ring not closed: {ring}")
        if ring_area(ring) <= 0:
            fail(f"{k} ring is not counter-clockwise")
        if k == "booth":
            if set(p) != BOOTH_KEYS:
                fail(f"booth properties {sorted(p)}")
            if abs(ring_area(ring) - p["area_m2"]) > 0.01:
                fail(f"booth {p['booth']} area {ring_area(ring)} != {p['area_m2']}")
            if p["type"] not in {"inline", "corner", "peninsula", "island"}:
                fail(f"booth type {p['type']}")
            if p["status"] not in {"available", "held", "reserved", "sold", "blocked"}:
                fail(f"booth status {p['status']}")
            if (p["exhibitor"] is None) != (p["name"] is None):
                fail("exhibitor and name disagree")
        if k == "hall" and not {"id", "name"} <= set(p):
            fail("hall without id/name")
    if a.booths is not None and kinds.get("booth", 0) != a.booths:
        fail(f"{kinds.get('booth', 0)} booths, expected {a.booths}")
    if a.halls is not None and kinds.get("hall", 0) != a.halls:
        fail(f"{kinds.get('hall', 0)} halls, expected {a.halls}")
    print(f"geojson ok: {kinds}")


def luminance(rgb):
    lin = [(v / 255) / 12.92 if v / 255 <= 0.03928 else ((v / 255 + 0.055) / 1.055) ** 2.4 for v in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def check_dxf_for_cad(doc, auditor, msp, booths):
    """What CAD users meet: nothing for recover or audit to fix, the header's extents and code page,
    booth colours that print on white, and every booth label inside its own booth (measured by
    ezdxf's own text metrics)."""
    from ezdxf.colors import aci2rgb
    from ezdxf.math import Vec2
    from ezdxf.tools.text_size import text_size
    if auditor.fixes or auditor.errors:
        fail(f"ezdxf recover: {len(auditor.fixes)} fixes, {len(auditor.errors)} errors: "
             f"{[f.message for f in list(auditor.fixes)[:3]]}")
    audit = doc.audit()
    if audit.errors or audit.fixes:
        fail(f"ezdxf audit: {len(audit.errors)} errors, {len(audit.fixes)} fixes")
    for var in ("$EXTMIN", "$EXTMAX", "$DWGCODEPAGE"):
        if var not in doc.header:
            fail(f"header variable {var} missing")
    lo, hi = Vec2(doc.header["$EXTMIN"]), Vec2(doc.header["$EXTMAX"])
    for e in msp.query("LWPOLYLINE"):
        for x, y in e.get_points("xy"):
            if not (lo.x - 1 <= x <= hi.x + 1 and lo.y - 1 <= y <= hi.y + 1):
                fail(f"point ({x}, {y}) outside $EXTMIN/$EXTMAX {lo} {hi}")
    for e in booths:
        rgb = e.rgb if e.dxf.hasattr("true_color") else aci2rgb(doc.layers.get(e.dxf.layer).color)
        if luminance(rgb) > 0.31:
            fail(f"booth on {e.dxf.layer} drawn in {rgb}: too light for white paper")
    rects = []
    for e in booths:
        pts = list(e.get_points("xy"))
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        rects.append((min(xs), min(ys), max(xs), max(ys)))
    texts = [t for t in msp.query("TEXT") if t.dxf.layer in ("BOOTH-NUMBER", "BOOTH-NAME")]
    import bisect
    rects.sort()
    starts = [r[0] for r in rects]
    for t in texts:
        size = text_size(t)
        p = Vec2(t.dxf.align_point if t.dxf.hasattr("align_point") else t.dxf.insert)
        ang = math.radians(t.dxf.rotation)
        along, up = Vec2(math.cos(ang), math.sin(ang)), Vec2(-math.sin(ang), math.cos(ang))
        corners = [p + along * (sx * size.width / 2) + up * dy for sx in (-1, 1) for dy in (-0.2 * size.cap_height,
                                                                                            size.cap_height)]
        i = bisect.bisect_right(starts, p.x) - 1
        home = None
        while i >= 0 and rects[i][0] > p.x - 1e6:
            r = rects[i]
            if r[0] <= p.x <= r[2] and r[1] <= p.y <= r[3]:
                home = r
                break
            i -= 1
        if home is None:
            fail(f"label {t.dxf.text!r} at {p} is in no booth")
        for c in corners:
            if not (home[0] - 1 <= c.x <= home[2] + 1 and home[1] - 1 <= c.y <= home[3] + 1):
                fail(f"label {t.dxf.text!r} runs out of its booth {home} at {c}")


def check_dxf(a):
    from ezdxf import recover
    doc, auditor = recover.readfile(a.file)
    if auditor.has_errors:
        fail(f"ezdxf audit errors: {[str(e) for e in auditor.errors][:5]}")
    if doc.header.get("$INSUNITS") != 4:
        fail(f"$INSUNITS is {doc.header.get('$INSUNITS')}")
    msp = doc.modelspace()
    booths = [e for e in msp.query("LWPOLYLINE") if e.dxf.layer.startswith(("PAV-", "BOOTH-FREE"))]
    halls = [e for e in msp.query("LWPOLYLINE") if e.dxf.layer == "HALL"]
    if any(not e.closed for e in booths + halls):
        fail("an outline is not closed")
    if a.booths is not None and len(booths) != a.booths:
        fail(f"{len(booths)} booth polylines, expected {a.booths}")
    if a.halls is not None and len(halls) != a.halls:
        fail(f"{len(halls)} hall outlines, expected {a.halls}")
    if a.booth_width_mm:
        # A one-module booth is 3 m: its sides measure 3000 drawing units.
        widths = set()
        for e in booths:
            pts = list(e.get_points("xy"))
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            widths.add(round(min(max(xs) - min(xs), max(ys) - min(ys))))
        if a.booth_width_mm not in widths:
            fail(f"no booth {a.booth_width_mm} mm wide: {sorted(widths)[:10]}")
    texts = [e.dxf.text for e in msp.query("TEXT")]
    for t in a.text or []:
        if not any(t in s for s in texts):
            fail(f"no TEXT contains {t!r}")
    layers = {l.dxf.name for l in doc.layers}
    for l in a.layer or []:
        if l not in layers:
            fail(f"layer {l} missing from {sorted(layers)[:20]}")
    check_dxf_for_cad(doc, auditor, msp, booths)
    print(f"dxf ok: {len(booths)} booths, {len(halls)} halls, {len(texts)} texts, {len(layers)} layers; "
          "recover and audit clean, labels inside their booths, colours print on white")


def check_xlsx(a):
    import openpyxl
    wb = openpyxl.load_workbook(a.file, read_only=True)
    names = wb.sheetnames
    if names[0] != "Summary":
        fail(f"first sheet {names[0]}")
    for s in a.sheet or []:
        if s not in names:
            fail(f"sheet {s!r} missing from {names}")
    rows = 0
    for n in names[1:]:
        data = list(wb[n].iter_rows(values_only=True))
        if not data or data[0][0] != "id":
            fail(f"sheet {n} has no header")
        rows += len(data) - 1
    if a.rows is not None and rows != a.rows:
        fail(f"{rows} exhibitor rows, expected {a.rows}")
    summary = list(wb["Summary"].iter_rows(values_only=True))
    rates = [r[6] for r in summary if r and len(r) > 6 and isinstance(r[6], (int, float))]
    if not rates or any(not (0 <= x <= 1.5) for x in rates):
        fail(f"fill rates {rates[:5]}")
    print(f"xlsx ok: sheets {names[:4]}..., {rows} rows, {len(rates)} fill rates")


def check_csv(a):
    with open(a.file, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    for col in ["id", "name", "booth", "hall"]:
        if col not in rows[0]:
            fail(f"column {col} missing: {rows[0]}")
    if a.rows is not None and len(rows) - 1 != a.rows:
        fail(f"{len(rows) - 1} rows, expected {a.rows}")
    print(f"csv ok: {len(rows) - 1} rows")


def check_gltf(a):
    out = subprocess.run(["node", os.path.join(HERE, "gltf_validate.js"), a.file], capture_output=True, text=True)
    if out.returncode != 0:
        fail(f"validator: {out.stdout}{out.stderr}")
    print(out.stdout.strip())


def make_venue_dxf(a):
    """Two halls in the given units: 9.1 a rectangle with square and round columns, a blocked zone,
    doors; 9.2 with a rounded (bulged) corner named by MTEXT; a FURNITURE layer to be ignored."""
    import ezdxf
    k = {"mm": 1000.0, "cm": 100.0, "m": 1.0}[a.units]  # drawing units per metre
    doc = ezdxf.new("R2010")
    if a.no_insunits:
        del doc.header["$INSUNITS"]  # ezdxf sets it by default
    else:
        doc.header["$INSUNITS"] = {"mm": 4, "cm": 5, "m": 6}[a.units]
    msp = doc.modelspace()
    ox, oy = a.offset, a.offset  # drawings often sit far from their origin

    def P(x, y):
        return (ox + x * k, oy + y * k)

    msp.add_lwpolyline([P(0, 0), P(126, 0), P(126, 84), P(0, 84)], close=True, dxfattribs={"layer": "HALL"})
    msp.add_text("9.1", dxfattribs={"layer": "HALL", "height": 2 * k}).set_placement(P(60, 80))
    # 9.2 east of 9.1: its north-east corner is a quarter circle of radius 10 m (bulge tan(90°/4)).
    b = 0.41421356237
    msp.add_lwpolyline([(*P(140, 0), 0, 0, 0), (*P(200, 0), 0, 0, 0), (*P(200, 74), 0, 0, b), (*P(190, 84), 0, 0, 0),
                        (*P(140, 84), 0, 0, 0)], format="xyseb", close=True, dxfattribs={"layer": "HALL"})
    msp.add_mtext("{\\fArial|b0;9.2}", dxfattribs={"layer": "HALL", "char_height": 2 * k}).set_location(P(170, 40))
    for x, y in [(18, 21), (36, 21), (54, 21), (72, 21)]:
        msp.add_lwpolyline([P(x, y), P(x + 1, y), P(x + 1, y + 1), P(x, y + 1)], close=True,
                           dxfattribs={"layer": "COLUMN"})
    for x, y in [(160, 30), (180, 30)]:
        msp.add_circle(P(x, y), 0.5 * k, dxfattribs={"layer": "COLUMN"})
    msp.add_lwpolyline([P(100, 60), P(110, 60), P(110, 70), P(100, 70)], close=True, dxfattribs={"layer": "BLOCKED"})
    msp.add_line(P(60, 0), P(66, 0), dxfattribs={"layer": "EXIT"})
    msp.add_line(P(126, 40), P(126, 46), dxfattribs={"layer": "EXIT"})
    msp.add_lwpolyline([P(20, 84), P(26, 84)], dxfattribs={"layer": "ENTRANCE"})
    msp.add_line(P(160, 0), P(166, 0), dxfattribs={"layer": "FREIGHT"})
    for i in range(3):
        msp.add_line(P(10 + i, 10), P(12 + i, 12), dxfattribs={"layer": "FURNITURE"})
    if a.break_it == "open":  # a third hall whose outline stops 40 cm short of closing
        msp.add_lwpolyline([P(300, 0), P(320, 0), P(320, 20), P(300, 20), P(300, 0.4)], dxfattribs={"layer": "HALL"})
    elif a.break_it == "stray-name":
        msp.add_text("9.3", dxfattribs={"layer": "HALL", "height": 2 * k}).set_placement(P(130, 40))
    elif a.break_it == "no-hall":
        for e in list(msp.query("*[layer=='HALL']")):
            msp.delete_entity(e)
    doc.saveas(a.out)


def make_drawing(a):
    """Venue drawings of the kinds venues send, each in drawing units of a.units (mm unless said):
    lines     two halls drawn as LINEs sharing a wall, named A1 and A2 by TEXT, a third of LINEs and an
              ARC (a rounded corner) and an open polyline with a bulge, named by MTEXT; exits as LINEs
    split     one rectangle of LINEs divided by inner lines into three rooms named W, M and E (the
              middle room holds a small unnamed store that must join a neighbour)
    inner     the same rectangle and inner lines with no names at all (one hall, inner lines ignored)
    blocks    a hall from a block inserted at a scale and rotation, a hall from a block nested in
              another (mirrored), columns from a 3 x 2 array INSERT of a column block on layer 0
    gaps      a hall whose outline has a 3 cm gap (joined), one with a 30 cm gap (reported)
    hatch     one hall as a HATCH with a polyline path, one as a HATCH with line and arc edges
    texts     names on a layer ROOM-NAMES with area labels and notes, a text on another layer
    far       a hall 4,000 km from the origin
    nothing   walls, furniture and texts on layers none of which is called HALL
    """
    import math
    import ezdxf
    k = {"mm": 1000.0, "cm": 100.0, "m": 1.0, "in": 1 / 0.0254, "ft": 1 / 0.3048}[a.units]
    doc = ezdxf.new("R2010")
    if a.insunits is not None:
        doc.header["$INSUNITS"] = a.insunits
    else:
        doc.header["$INSUNITS"] = {"mm": 4, "cm": 5, "m": 6, "in": 1, "ft": 2}[a.units]
    msp = doc.modelspace()
    ox = oy = a.offset if a.offset or a.kind != "far" else 4.0e6 * k

    def P(x, y):
        return (ox + x * k, oy + y * k)

    def lines(points, layer, close=True):
        pts = list(points) + ([points[0]] if close else [])
        for p, q in zip(pts, pts[1:]):
            msp.add_line(P(*p), P(*q), dxfattribs={"layer": layer})

    def text(s, x, y, layer="HALL", h=2.0):
        msp.add_text(s, dxfattribs={"layer": layer, "height": h * k}).set_placement(
            P(x, y), align=ezdxf.enums.TextEntityAlignment.MIDDLE_CENTER)

    kind = a.kind
    if kind == "lines":
        # A1 [0,60]x[0,40] and A2 [60,100]x[0,40] share the wall x=60, drawn once.
        lines([(0, 0), (60, 0), (100, 0), (100, 40), (60, 40), (0, 40)], "HALL")
        msp.add_line(P(60, 0), P(60, 40), dxfattribs={"layer": "HALL"})
        text("A1", 30, 20)
        text("A2", 80, 20)
        # A3 east of them: [120,170]x[0,40] with its north-east corner rounded (r 10) by an ARC and
        # its west side an open polyline bulging out by a half circle of radius 20 m... kept flat:
        # the west side is a polyline (120,40)->(120,0) with no bulge, the south side LINEs.
        msp.add_line(P(120, 0), P(170, 0), dxfattribs={"layer": "HALL"})
        msp.add_line(P(170, 0), P(170, 30), dxfattribs={"layer": "HALL"})
        msp.add_arc(P(160, 30), 10 * k, 0, 90, dxfattribs={"layer": "HALL"})
        msp.add_line(P(160, 40), P(120, 40), dxfattribs={"layer": "HALL"})
        # The west wall bows out: a bulge of -0.2 from (120,40) down to (120,0).
        msp.add_lwpolyline([(*P(120, 40), 0, 0, 0.2), (*P(120, 0), 0, 0, 0)], format="xyseb",
                           dxfattribs={"layer": "HALL"})
        msp.add_mtext("A3", dxfattribs={"layer": "HALL", "char_height": 2 * k,
                                        "attachment_point": 5}).set_location(P(145, 20))
        msp.add_line(P(20, 0), P(26, 0), dxfattribs={"layer": "EXIT"})
        msp.add_line(P(140, 0), P(146, 0), dxfattribs={"layer": "EXIT"})
    elif kind in ("split", "inner"):
        lines([(0, 0), (90, 0), (90, 30), (0, 30)], "HALL")
        msp.add_line(P(30, 0), P(30, 30), dxfattribs={"layer": "HALL"})
        msp.add_line(P(60, 30), P(60, 0), dxfattribs={"layer": "HALL"})
        # A store in the middle room's corner: its two walls T into the room's walls.
        msp.add_line(P(30, 10), P(38, 10), dxfattribs={"layer": "HALL"})
        msp.add_line(P(38, 10), P(38, 0), dxfattribs={"layer": "HALL"})
        if kind == "split":
            text("W", 15, 15)
            text("M", 45, 20)
            text("E", 75, 15)
    elif kind == "blocks":
        room = doc.blocks.new("ROOM")  # a 10 x 5 unit rectangle, base point at its centre
        room.add_lwpolyline([(-5, -2.5), (5, -2.5), (5, 2.5), (-5, 2.5)], close=True)
        # B1: ROOM scaled x4 (40 m x 20 m), turned 30 degrees, centred at (50, 50).
        msp.add_blockref("ROOM", P(50, 50), dxfattribs={"layer": "HALL", "xscale": 4 * k, "yscale": 4 * k,
                                                        "rotation": 30})
        text("B1", 50, 50)
        wing = doc.blocks.new("WING")  # holds ROOM stretched 3 x 2 and mirrored, at (20, 0)
        wing.add_blockref("ROOM", (20, 0), dxfattribs={"xscale": -3, "yscale": 2})
        wing.add_text("B2", dxfattribs={"height": 1}).set_placement(
            (20, 0), align=ezdxf.enums.TextEntityAlignment.MIDDLE_CENTER)
        # B2: WING at (100, 0) scaled by k: ROOM 30 m x 10 m centred at (120, 0).
        msp.add_blockref("WING", P(100, 0), dxfattribs={"layer": "HALL", "xscale": k, "yscale": k})
        col = doc.blocks.new("COL")
        col.add_lwpolyline([(0, 0), (1, 0), (1, 1), (0, 1)], close=True)
        # Six columns in B2: a 3 x 2 array, 6 m apart, the block drawn in metres.
        ref = msp.add_blockref("COL", P(110, -3), dxfattribs={"layer": "COLUMN", "xscale": k, "yscale": k})
        ref.dxf.column_count, ref.dxf.row_count = 3, 2
        ref.dxf.column_spacing, ref.dxf.row_spacing = 6 * k, 5 * k
    elif kind == "gaps":
        lines([(0, 0), (50, 0), (50, 40), (0, 40), (0, 0.03)], "HALL", close=False)  # 3 cm short
        lines([(70, 0), (120, 0), (120, 40), (70, 40), (70, 0.3)], "HALL", close=False)  # 30 cm short
        text("G1", 25, 20)
        text("G2", 95, 20)
    elif kind == "hatch":
        h = msp.add_hatch(dxfattribs={"layer": "HALL"})
        h.paths.add_polyline_path([P(0, 0), P(60, 0), P(60, 40), P(0, 40)], is_closed=True)
        h2 = msp.add_hatch(dxfattribs={"layer": "HALL"})
        e = h2.paths.add_edge_path()
        e.add_line(P(80, 0), P(140, 0))
        e.add_line(P(140, 0), P(140, 30))
        e.add_arc(P(130, 30), 10 * k, 0, 90)
        e.add_line(P(130, 40), P(80, 40))
        e.add_line(P(80, 40), P(80, 0))
        text("H-WEST", 30, 20)
        text("H-EAST", 110, 20)
    elif kind == "texts":
        msp.add_lwpolyline([P(0, 0), P(60, 0), P(60, 40), P(0, 40)], close=True, dxfattribs={"layer": "HALL"})
        msp.add_lwpolyline([P(80, 0), P(140, 0), P(140, 40), P(80, 40)], close=True, dxfattribs={"layer": "HALL"})
        text("Hall East", 110, 30, "ROOM-NAMES", 3)
        text("2400 m2", 110, 22, "ROOM-NAMES", 2)
        text("Hall West", 30, 30, "ROOM-NAMES", 3)
        text("2400 m²", 30, 22, "ROOM-NAMES", 2)
        text("note: floor load 5 kN", 30, 10, "ROOM-NAMES", 1)
        text("outside", 70, 60, "ROOM-NAMES", 1)
        text("FURN", 30, 5, "FURNITURE", 1)
    elif kind == "far":
        msp.add_lwpolyline([P(0, 0), P(80, 0), P(80, 50), P(0, 50)], close=True, dxfattribs={"layer": "HALL"})
        text("F1", 40, 25)
        msp.add_line(P(30, 0), P(36, 0), dxfattribs={"layer": "EXIT"})
    elif kind == "nothing":
        lines([(0, 0), (60, 0), (60, 40), (0, 40)], "Walls")
        lines([(5, 5), (7, 5), (7, 7), (5, 7)], "Furniture")
        for i in range(3):
            msp.add_circle(P(20 + 3 * i, 20), 0.5 * k, dxfattribs={"layer": "Furniture"})
        text("Main hall", 30, 20, "Room names")
        doc.layers.add("Empty layer")
    doc.saveas(a.out)


def make_xlsx(a):
    """The CSV's rows in the first sheet of a workbook (numbers as numbers), and a second sheet
    that must be ignored."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Exhibitors"
    with open(a.csv, newline="", encoding="utf-8-sig") as f:
        for i, row in enumerate(csv.reader(f)):
            out = []
            for cell in row:
                try:
                    out.append(int(cell) if i and cell.isdigit() else float(cell) if i and cell and
                               cell.replace(".", "", 1).isdigit() else (cell if cell != "" else None))
                except ValueError:
                    out.append(cell)
            ws.append(out)
    notes = wb.create_sheet("Notes")
    notes.append(["id", "this sheet is not read"])
    wb.save(a.out)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ["pdf", "svg", "png", "geojson", "dxf", "xlsx", "csv", "gltf"]:
        p = sub.add_parser(name)
        p.add_argument("file")
        p.add_argument("--pages", type=int)
        p.add_argument("--min-pages", type=int)
        p.add_argument("--page-size")
        p.add_argument("--text", action="append")
        p.add_argument("--no-text", action="append")
        p.add_argument("--width", type=int)
        p.add_argument("--height", type=int)
        p.add_argument("--booths", type=int)
        p.add_argument("--halls", type=int)
        p.add_argument("--rows", type=int)
        p.add_argument("--sheet", action="append")
        p.add_argument("--layer", action="append")
        p.add_argument("--booth-width-mm", type=int)
    p = sub.add_parser("make-venue-dxf")
    p.add_argument("out")
    p.add_argument("--units", default="mm", choices=["mm", "cm", "m"])
    p.add_argument("--no-insunits", action="store_true", help="leave $INSUNITS out (millimetres implied)")
    p.add_argument("--offset", type=float, default=0.0)
    p.add_argument("--break-it", choices=["open", "stray-name", "no-hall"])
    p = sub.add_parser("make-drawing")
    p.add_argument("kind", choices=["lines", "split", "inner", "blocks", "gaps", "hatch", "texts", "far", "nothing"])
    p.add_argument("out")
    p.add_argument("--units", default="mm", choices=["mm", "cm", "m", "in", "ft"])
    p.add_argument("--insunits", type=int, help="$INSUNITS to write (default: the drawing's real units)")
    p.add_argument("--offset", type=float, default=0.0)
    p = sub.add_parser("make-xlsx")
    p.add_argument("csv")
    p.add_argument("out")
    a = ap.parse_args()
    {"pdf": check_pdf, "svg": check_svg, "png": check_png, "geojson": check_geojson, "dxf": check_dxf,
     "xlsx": check_xlsx, "csv": check_csv, "gltf": check_gltf, "make-venue-dxf": make_venue_dxf,
     "make-drawing": make_drawing,
     "make-xlsx": make_xlsx}[a.cmd](a)


if __name__ == "__main__":
    main()
