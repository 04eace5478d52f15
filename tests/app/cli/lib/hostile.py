#!/usr/bin/env python3
"""Hostile inputs for tests/app/cli/hostile_files.sh: writers of files meant to take a reader's
memory or time, and a runner that measures what refusing one cost (wall time, peak memory)."""
import argparse
import resource
import struct
import subprocess
import sys
import time
import zlib

SHEET_HEAD = b'<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>'
WORKBOOK = (b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns:r="r"><sheets>'
            b'<sheet name="Exhibitors" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships><Relationship Id="rId1" '
        b'Target="worksheets/sheet1.xml"/></Relationships>')
BOMB_CHUNK = 1 << 24          # 16 MiB of spaces, deflated once and repeated
BOMB_CHUNKS = 128             # 2 GiB
BOMB_CRC = 0x51cde36f         # zlib.crc32 of BOMB_CHUNKS * BOMB_CHUNK spaces (computing it takes seconds)


def zip_file(path, entries):
    """entries: (name, method, stored_bytes, crc, uncompressed_size) -> a zip archive."""
    out, central = bytearray(), bytearray()
    for name, method, data, crc, usize in entries:
        n = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, 0, method, 0, 0, crc, len(data), usize, len(n), 0) + n
        out += data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, 0, method, 0, 0, crc, len(data), usize,
                               len(n), 0, 0, 0, 0, 0, offset) + n
    end = struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(entries), len(entries), len(central), len(out), 0)
    with open(path, "wb") as f:
        f.write(out + central + end)


def stored(name, data):
    return (name, 0, data, zlib.crc32(data), len(data))


def xlsx_bomb(path, lying):
    """A workbook whose sheet inflates to 2 GiB of whitespace. LYING: the zip directory claims 1 KiB."""
    co = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_RLE)
    segment = co.compress(b" " * BOMB_CHUNK) + co.flush(zlib.Z_FULL_FLUSH)  # decodes alone: repeatable
    data = segment * BOMB_CHUNKS + b"\x03\x00"  # then an empty final block
    usize = 1024 if lying else BOMB_CHUNK * BOMB_CHUNKS
    zip_file(path, [stored("xl/workbook.xml", WORKBOOK), stored("xl/_rels/workbook.xml.rels", RELS),
                    ("xl/worksheets/sheet1.xml", 8, data, BOMB_CRC, usize)])


HEADER = "id,name,name_local,country,region,sector,area_m2,booth_kind,pavilion,prefer,competitors,priority\n"
SECTORS = ["electronics and IT", "new materials", "food and agriculture", "textiles and apparel", "healthcare"]


def exhibitors_csv(path, rows, own_pavilions):
    """ROWS valid exhibitors; OWN_PAVILIONS: each in a pavilion of its own (a list with 10^5 names)."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for i in range(rows):
            pav = f"Pavilion {i}" if own_pavilions else ("Iran" if i % 20 == 0 else "")
            f.write(f"E{i:07d},Company {i} Co.,公司{i},{'IR' if pav == 'Iran' else 'CN'},,{SECTORS[i % 5]},"
                    f"{9 * (1 + i % 3)},shell,{pav},,,{i % 7}\n")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("xlsx-bomb"); b.add_argument("out"); b.add_argument("--lying", action="store_true")
    c = sub.add_parser("csv-long-line"); c.add_argument("out"); c.add_argument("--mib", type=int, default=100)
    k = sub.add_parser("csv-commas"); k.add_argument("out"); k.add_argument("--mib", type=int, default=100)
    e = sub.add_parser("exhibitors"); e.add_argument("out"); e.add_argument("rows", type=int)
    e.add_argument("--own-pavilions", action="store_true")
    j = sub.add_parser("json-deep"); j.add_argument("out"); j.add_argument("depth", type=int)
    d = sub.add_parser("dxf-claims"); d.add_argument("out"); d.add_argument("count", type=int)
    r = sub.add_parser("measure", help="run a command; check status, message, time and memory")
    r.add_argument("--status", type=int, required=True); r.add_argument("--message", required=True)
    r.add_argument("--max-s", type=float, required=True); r.add_argument("--max-mb", type=float, required=True)
    r.add_argument("command", nargs=argparse.REMAINDER)
    a = ap.parse_args()

    if a.cmd == "xlsx-bomb":
        xlsx_bomb(a.out, a.lying)
    elif a.cmd == "csv-long-line":
        with open(a.out, "w") as f:
            f.write(HEADER + "E1,Company," + "x" * (a.mib << 20) + ",CN,,food,9,shell,,,,0\n")
    elif a.cmd == "csv-commas":
        with open(a.out, "w") as f:
            f.write(HEADER + "," * (a.mib << 20) + "\n")
    elif a.cmd == "exhibitors":
        exhibitors_csv(a.out, a.rows, a.own_pavilions)
    elif a.cmd == "json-deep":
        with open(a.out, "w") as f:
            f.write('{"format": "boothplan-venue", "version": 1, "name": "deep", "halls": ' + "[" * a.depth +
                    "]" * a.depth + "}")
    elif a.cmd == "dxf-claims":
        pts = "".join(f"10\n{x}\n20\n{y}\n" for x, y in [(0, 0), (60000, 0), (60000, 40000), (0, 40000)])
        with open(a.out, "w") as f:
            f.write("0\nSECTION\n2\nENTITIES\n0\nLWPOLYLINE\n8\nHALL\n90\n" + str(a.count) + "\n70\n1\n" + pts +
                    "0\nTEXT\n8\nHALL\n10\n30000\n20\n20000\n40\n500\n1\n1.1\n0\nENDSEC\n0\nEOF\n")
    elif a.cmd == "measure":
        t0 = time.monotonic()
        p = subprocess.run(a.command, capture_output=True, text=True, errors="replace")
        wall = time.monotonic() - t0
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        said = (p.stdout + p.stderr).strip().replace("\n", " | ")
        print(f"{wall:.2f} s, {peak_mb:.0f} MB peak: {said[:300]}")
        problems = []
        if p.returncode != a.status:
            problems.append(f"exit {p.returncode}, wanted {a.status}")
        if a.message not in said:
            problems.append(f"message lacks {a.message!r}")
        if wall > a.max_s:
            problems.append(f"took {wall:.1f} s (bound {a.max_s} s)")
        if peak_mb > a.max_mb:
            problems.append(f"peak memory {peak_mb:.0f} MB (bound {a.max_mb} MB)")
        if problems:
            print("  " + "; ".join(problems))
            sys.exit(1)


if __name__ == "__main__":
    main()
