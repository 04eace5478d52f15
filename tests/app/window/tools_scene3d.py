"""A planner works in the 3D view: after auto-allocating the tiny fair, drags the Iran pavilion
from the pavilion list onto free floor between the east blocks as seen in 3D. The footprint follows
the floor point under the pointer (the ray meets the floor), green where it fits, and the drop places
the region and re-seats the members as in the plan. Real X events (xdotool)."""

import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "lib"))
sys.path.insert(0, os.path.dirname(__file__))
from gui import Story, Window, cli, main  # noqa: E402
from tools_pavilion import export, inside, press  # noqa: E402


def floor_under(w, x, y):
    """The venue point the window says is under the pointer at screen (x, y), or None."""
    w.move(x, y)
    w.frame()
    m = re.match(r"x (-?[0-9.]+) m\s+y (-?[0-9.]+) m", w.state("cursor", ""))
    return (float(m.group(1)), float(m.group(2))) if m else None


def screen_point_over(w, target):
    """The screen point of the 3D view whose floor point is nearest the target: a coarse grid over
    the view, then a finer one around the best."""
    rx, ry, rw, rh = (float(v) for v in w.state("scene_rect").split(","))
    k = w.state("fb_scale", 1.0) or 1.0
    wx, wy = w.probe()["window"]
    x0, y0, x1, y1 = wx + rx / k, wy + ry / k, wx + (rx + rw) / k, wy + (ry + rh) / k
    best, best_d = None, 1e18
    for n, span in ((7, 1.0), (5, 0.25), (5, 0.06)):
        cx, cy = (best if best else ((x0 + x1) / 2, (y0 + y1) / 2))
        for i in range(n):
            for j in range(n):
                x = cx + (i / (n - 1) - 0.5) * span * (x1 - x0)
                y = cy + (j / (n - 1) - 0.5) * span * (y1 - y0)
                if not (x0 + 5 < x < x1 - 5 and y0 + 5 < y < y1 - 5):
                    continue
                v = floor_under(w, int(x), int(y))
                if v:
                    d = (v[0] - target[0]) ** 2 + (v[1] - target[1]) ** 2
                    if d < best_d:
                        best, best_d = (x, y), d
    return (int(best[0]), int(best[1])), best_d ** 0.5


def story(boothplan, work):
    s = Story("tools_scene3d")
    project = os.path.join(work, "tiny.boothplan")
    cli(boothplan, "sample", "--preset", "tiny", "-o", project)
    cli(boothplan, "grid", project)
    w = Window(boothplan, work)
    try:
        s.step("open the tiny fair, auto-allocate it, show the 3D view")
        w.start(project)
        w.auto_allocate()
        press(w, "2")
        w.wait(lambda p: float(p["state"]["scene_rect"].split(",")[2]) > 100, "the 3D view")
        press(w, "Home")
        w.settle()
        w.click("left.tab.pavilions")
        w.wait(lambda p: "pavilion.Iran" in p["items"], "the pavilion list")
        target, off = screen_point_over(w, (56, 11.5))
        s.check(off < 1.5, f"a screen point over the floor at (56, 11.5): {target}, {off:.2f} m off")

        s.step("drag Iran there in 3D: the footprint follows the floor, green; the drop places and re-seats it")
        w.move(*w.screen_point("pavilion.Iran", 0.2))
        subprocess.run(["xdotool", "mousedown", "1"], env=w.env, check=True)
        w.frame()
        a = w.pointer()
        for i in range(1, 9):
            w.move(int(a[0] + (target[0] - a[0]) * i / 8), int(a[1] + (target[1] - a[1]) * i / 8))
        w.frame()
        w.frame()
        held = w.probe()["state"]
        w.screenshot("01-dragging-in-3d")
        s.check(held.get("tool") == "drag-pavilion", f"the drag tool follows the pointer in 3D ({held.get('tool')})")
        s.check("m² of booths for" in held.get("tool.status", ""), f"it fits there: {held.get('tool.status')!r}")
        subprocess.run(["xdotool", "mouseup", "1"], env=w.env, check=True)
        w.frame()
        p = w.wait(lambda p: p["state"].get("solver.running") == 0 and "reseat.members_moved" in p["state"],
                   "the re-seat of Iran", timeout=120)
        s.check(p["state"].get("undo") == "Re-seat pavilion Iran", f"placed and re-seated ({p['state'].get('undo')})")
        w.settle()
        w.screenshot("02-placed-in-3d")
        press(w, "ctrl+s")
        w.wait(lambda p: p["state"].get("modified") == 0, "Save")
        placed = export(boothplan, project, os.path.join(work, "placed.json"))
        iran = [v for v in placed["pavilions"] if v["name"] == "Iran"][0]
        region = iran["placed"]
        s.check(region is not None and region.get("hall") == "1.1", f"the saved project has Iran's region: {region}")
        poly = region["polygon"] if region else []
        s.check(poly and inside(poly, 56, 11.5), f"the region holds the floor point it was dropped on: {poly}")
        w.quit_key()
        w.wait_exit()
    finally:
        w.close()
    return s.end()


if __name__ == "__main__":
    main(story)
