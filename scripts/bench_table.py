#!/usr/bin/env python3
"""One Markdown table from the outputs of the benchmark programs (scripts/bench.sh writes them to
BUILD/bench/NAME.txt): each figure a row of benchmark, what was measured, and the figures. Lines it
does not know are left out of the table; the whole outputs follow it, so nothing measured is lost.
Usage: bench_table.py OUTDIR"""
import os
import re
import sys

ORDER = ["foundation", "checks", "export", "solver", "generated", "render", "pavilion_drag", "window"]


def foundation(lines):
    for line in lines:
        f = line.split()
        if len(f) == 10 and f[1] in ("yes", "no") and f[0] != "preset":
            grid = "with its grid" if f[1] == "yes" else "as generated"
            yield (f"{f[0]} {grid} ({f[3]} exhibitors, {f[4]} booths)",
                   f"generate {f[5]} s, save {f[6]} s, load {f[7]} s, JSON {f[8]} s; file {f[9]} MB")


def checks(lines):
    for line in lines:
        f = line.split()
        if len(f) == 6 and f[3].replace(".", "").isdigit() and f[4].endswith("%"):
            yield f"grid {f[0]} ({f[1]} halls, {f[2]} modules)", f"{f[3]} ms, net booth share {f[4]} (min) {f[5]} (all)"
        elif ":" in line and re.search(r"\d", line):
            what, _, value = line.partition(":")
            yield what.strip(), value.strip()


def export(lines):
    for line in lines:
        m = re.match(r"(\S+)\s+([\d.]+) s\s+(?:cpu\s+([\d.]+) s\s+)?([\d.]+) KiB", line)
        if m:
            cpu = f" (CPU {m.group(3)} s)" if m.group(3) else ""
            yield f"export {m.group(1)}", f"{m.group(2)} s{cpu}, {m.group(4)} KiB"
        elif line.startswith("total"):
            yield "export, every format", line[len("total"):].strip()
        elif line.startswith("cismef:"):
            yield "export fixture", line.partition(":")[2].strip()


def solver(lines):
    context = ""
    for line in lines:
        s = line.strip()
        if s.startswith("== "):
            context = s[3:].split(":")[0]
            if "re-seat" in s or "cancel" in s:
                yield context, s.partition(":")[2].strip()
        elif s.startswith("solver ("):
            yield f"{context}: {s.split(':')[0]}", s.partition(":")[2].strip()
        elif s.startswith(("time to zero hard", "goal (", "move evaluations", "fill rate", "one-thread local search",
                           "greedy baseline")):
            what, _, value = s.partition(":")
            yield f"{context}: {what}", value.strip()
        elif re.match(r"(pavilions contiguous|preferences met|priority penalty|competitors closer|isolated modules|"
                      r"unassigned)", s):
            m = re.match(r"(.+?)\s{2,}(-?[\d.]+)\s+(-?[\d.]+)\s*(.*)", s)
            if m:
                yield f"{context}: {m.group(1)}", f"solver {m.group(2)}, greedy {m.group(3)} {m.group(4)}".strip()
        elif re.search(r"CBC|optimum|gap", s) and re.search(r"\d", s):
            yield f"exact: {s.split(':')[0]}" if ":" in s else "exact", s.partition(":")[2].strip() or s


def generated(lines):
    header = None
    for line in lines:
        if line.startswith("class "):
            header = line
            continue
        if header and line.strip() and line.split()[0] in ("small", "medium", "large"):
            f = line.split(None, 1)
            yield (f"generated fairs, {f[0]} class", "modules, fairs, zero-hard, placed>=planted, whole/planted, "
                   "score>=planted, time to planted score (median/max), solve time (median/max): " + " ".join(f[1].split()))


def render(lines):
    context = ""
    for line in lines:
        s = line.strip()
        m = re.match(r"(\S+): (\d+) halls", s)
        if m:
            context = m.group(1)
            continue
        if s.startswith("bench_render:"):
            yield "render setup", s.partition(":")[2].strip()
        elif s.startswith(("plan ", "3d ", "still")) or re.match(r"\S+\s+frames\s+\d+", s):
            name, _, rest = s.partition(" ")
            yield f"render {context} {name}", " ".join(rest.split())
        elif s.startswith(("scene build", "patch one booth")):
            what, value = (s.split(":", 1) + [""])[:2] if ":" in s else (s.rsplit(" ", 2)[0], " ".join(s.split()[-2:]))
            yield f"render {context} {what.strip()}", value.strip()


def pavilion_drag(lines):
    for line in lines:
        s = line.strip()
        if ":" in s and re.search(r"\d", s):
            what, _, value = s.partition(":")
            yield " ".join(what.split()), value.strip()


def window(lines):
    context = ""
    for line in lines:
        if line.startswith("bench_window"):
            context = line.split(":")[0].replace("bench_window ", "window ")
            yield context, line.partition(":")[2].strip()
            continue
        m = re.match(r"\s+(\S.*?)\s{2,}(\S.*)", line)
        if m:
            yield f"{context}: {m.group(1).strip()}", " ".join(m.group(2).split())


def cell(text):
    return text.replace("|", "\\|")


def main():
    out = sys.argv[1]
    rows, raw = [], []
    for name in ORDER:
        path = os.path.join(out, name + ".txt")
        if not os.path.exists(path):
            continue
        lines = open(path, encoding="utf-8", errors="replace").read().splitlines()
        secs = open(os.path.join(out, name + ".time")).read().strip()
        for what, value in globals()[name](lines):
            rows.append((name, what, value))
        raw.append((name, secs, lines))
    print("| benchmark | measured | figures |")
    print("|---|---|---|")
    for name, what, value in rows:
        print(f"| {name} | {cell(what)} | {cell(value)} |")
    print()
    print("## Whole outputs")
    for name, secs, lines in raw:
        print(f"\n### {name} ({secs} s)\n\n```")
        print("\n".join(lines))
        print("```")


if __name__ == "__main__":
    main()
