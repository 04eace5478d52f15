#!/usr/bin/env python3
"""Independent readers for boothplan's exports (poppler, rsvg-convert, ezdxf, openpyxl, csv, json,
the Khronos glTF validator) and writers of test inputs (a venue DXF by ezdxf, an .xlsx by openpyxl).
Each check exits 0 when the file passes and prints why otherwise."""
import argparse
import csv
import json
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
    print(f"dxf ok: {len(booths)} booths, {len(halls)} halls, {len(texts)} texts, {len(layers)} layers")


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
    if a.break_it == "open":
        msp.add_lwpolyline([P(300, 0), P(320, 0), P(320, 20)], dxfattribs={"layer": "HALL"})
    elif a.break_it == "stray-name":
        msp.add_text("9.3", dxfattribs={"layer": "HALL", "height": 2 * k}).set_placement(P(130, 40))
    elif a.break_it == "no-hall":
        for e in list(msp.query("*[layer=='HALL']")):
            msp.delete_entity(e)
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
    p = sub.add_parser("make-xlsx")
    p.add_argument("csv")
    p.add_argument("out")
    a = ap.parse_args()
    {"pdf": check_pdf, "svg": check_svg, "png": check_png, "geojson": check_geojson, "dxf": check_dxf,
     "xlsx": check_xlsx, "csv": check_csv, "gltf": check_gltf, "make-venue-dxf": make_venue_dxf,
     "make-xlsx": make_xlsx}[a.cmd](a)


if __name__ == "__main__":
    main()
