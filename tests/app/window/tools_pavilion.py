"""A planner allocates the tiny fair, then drags the Iran pavilion from the pavilion list onto the
hall: over a column the footprint is red and says so, and the drop is settled elsewhere or refused;
over free floor it is green, the drop places the region and the members are re-seated inside it,
with a count of who moved. Undo takes the project back to the file as it was, redo brings it all
back. Then the placed region is nudged with the arrow keys, turned (R), resized by a handle and
copied for another pavilion (Ctrl+D) and taken off (Del); a
distance is measured (M); a sector's zone is drawn from the Sectors tab. Real X events (xdotool),
a frame between steps."""

import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "lib"))
from gui import Story, Window, cli, main  # noqa: E402


def export(boothplan, project, path):
    cli(boothplan, "export", project, "--format", "json", "-o", path)
    with open(path) as f:
        return json.load(f)


def inside(poly, x, y):
    """Point in polygon (even-odd), the polygon as [[x, y], ...]."""
    n, hit = len(poly), False
    for i in range(n):
        (x0, y0), (x1, y1) = poly[i], poly[(i + 1) % n]
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            hit = not hit
    return hit


def booth_centre(plan, booth):
    b = plan["blocks"][booth["block"]]
    (ox, oy), (ax, ay) = b["origin"], b["along"]
    cx, cy = -ay, ax
    u = (booth["col"] + booth["cols"] / 2) * b["module_m"]
    v = (booth["row"] + booth["rows"] / 2) * b["row_depth_m"]
    return ox + ax * u + cx * v, oy + ay * u + cy * v


def seats(plan):
    """Exhibitor id -> (centre, area) of its booth."""
    out = {}
    for b in plan["booths"]:
        if b["exhibitor"] and b["exhibitor"] not in out:
            x, y = booth_centre(plan, b)
            out[b["exhibitor"]] = (round(x, 3), round(y, 3), b["area_m2"])
    return out


def drag_pavilion(w, name, target, hold_shot, wheel=None):
    """Presses on the pavilion's row, drags it onto the plan in steps, shoots while held, releases.
    With `wheel`, scrolls up once and back down while held; wheel[...] gets the status after each."""
    w.move(*w.screen_point("pavilion." + name, 0.2))
    subprocess.run(["xdotool", "mousedown", "1"], env=w.env, check=True)
    w.frame()
    a = w.pointer()
    for i in range(1, 9):
        w.move(int(a[0] + (target[0] - a[0]) * i / 8), int(a[1] + (target[1] - a[1]) * i / 8))
    # The frame that wrote the probe is not on screen until it swaps: two more frames make sure the
    # state read and the picture shot show the footprint at the target (a loaded machine lags here).
    w.frame()
    w.frame()
    if wheel is not None:
        for button, when in (("4", "up"), ("5", "down")):
            wheel["before " + when] = w.probe()["state"].get("tool.status", "")
            subprocess.run(["xdotool", "click", button], env=w.env, check=True)
            w.frame()
            w.frame()
        wheel["after"] = w.probe()["state"].get("tool.status", "")
        # Enter: the size typed exactly (east-west 17, Tab, north-south 18, Enter); [ then ] go back to
        # block rows.
        subprocess.run(["xdotool", "key", "Return"], env=w.env, check=True)
        w.wait(lambda p: p["state"].get("typed.open") == 1, "the size fields")
        w.frame()
        subprocess.run(["xdotool", "type", "--delay", "60", "17"], env=w.env, check=True)
        subprocess.run(["xdotool", "key", "Tab"], env=w.env, check=True)
        w.frame()
        subprocess.run(["xdotool", "type", "--delay", "60", "18"], env=w.env, check=True)
        w.frame()
        wheel["typing shot"] = w.screenshot(hold_shot + "-typing")
        subprocess.run(["xdotool", "key", "Return"], env=w.env, check=True)
        w.frame()
        w.frame()
        wheel["typed"] = w.probe()["state"].get("tool.status", "")
        for key in ("bracketright", "bracketleft"):
            subprocess.run(["xdotool", "key", key], env=w.env, check=True)
            w.frame()
        w.frame()
        wheel["rows again"] = w.probe()["state"].get("tool.status", "")
        # L: an L; four more presses cut each other corner and come back to the rectangle.
        subprocess.run(["xdotool", "key", "l"], env=w.env, check=True)
        w.frame()
        w.frame()
        wheel["l"] = w.probe()["state"].get("tool.status", "")
        wheel["l shot"] = w.screenshot(hold_shot + "-l")
        for _ in range(4):
            subprocess.run(["xdotool", "key", "l"], env=w.env, check=True)
            w.frame()
        w.frame()
        wheel["l back"] = w.probe()["state"].get("tool.status", "")
    held = w.probe()["state"]
    shot = w.screenshot(hold_shot)
    subprocess.run(["xdotool", "mouseup", "1"], env=w.env, check=True)
    w.frame()
    w.settle()
    return held, shot


def drag_on_plan(w, a, b, hold_shot=None):
    """A left drag from a to b on the plan in steps; the state (and a picture) while held, then released."""
    w.move(*a)
    subprocess.run(["xdotool", "mousedown", "1"], env=w.env, check=True)
    w.frame()
    for i in range(1, 6):
        w.move(int(a[0] + (b[0] - a[0]) * i / 5), int(a[1] + (b[1] - a[1]) * i / 5))
    w.frame()
    w.frame()
    held = w.probe()["state"]
    shot = w.screenshot(hold_shot) if hold_shot else None
    subprocess.run(["xdotool", "mouseup", "1"], env=w.env, check=True)
    w.frame()
    w.settle()
    return held, shot


def press(w, combo):
    """A key pressed and released at once: held across a slow frame, X would repeat it (two undos)."""
    subprocess.run(["xdotool", "key", combo], env=w.env, check=True)
    w.frame()
    w.settle()


def redness(w, shot, point):
    r, g, b = w.pixel(shot, *point)
    return r - g, g - r


def story(boothplan, work):
    s = Story("tools_pavilion")
    project = os.path.join(work, "tiny.boothplan")
    cli(boothplan, "sample", "--preset", "tiny", "-o", project)
    cli(boothplan, "grid", project)
    w = Window(boothplan, work)
    try:
        s.step("open the tiny fair, auto-allocate it and save: the file before any pavilion is dragged")
        w.start(project)
        w.auto_allocate()
        press(w, "ctrl+s")
        w.wait(lambda p: p["state"].get("modified") == 0, "Save")
        original = export(boothplan, project, os.path.join(work, "original.json"))
        iran = [v for v in original["pavilions"] if v["name"] == "Iran"][0]
        s.check(iran["placed"] is None and len(iran["members"]) == 4, "Iran has 4 members and no region yet")
        w.click("left.tab.pavilions")
        w.wait(lambda p: "pavilion.Iran" in p["items"], "the pavilion list")

        s.step("drag Iran over the column at (54, 24): red, with the reason")
        column = w.venue_to_screen(54, 24)
        held, shot = drag_pavilion(w, "Iran", column, "01-over-column")
        s.check(held.get("tool") == "drag-pavilion", f"the drag tool follows the cursor ({held.get('tool')})")
        s.check("over a column" in held.get("tool.status", ""), f"the status says why: {held.get('tool.status')!r}")
        red, _ = redness(w, shot, w.venue_to_screen(51.5, 22.8))  # the cross aisle, floor under the tint
        s.check(red > 40, f"the footprint is drawn red beside the column (red minus green {red})")
        after = w.probe()["state"]
        s.check(after.get("tool") == "select", "after the drop the selection tool is back")
        status = after.get("status", "")
        if after.get("undo") in ("Place pavilion Iran", "Re-seat pavilion Iran"):
            w.wait(lambda p: p["state"].get("solver.running") == 0, "the re-seat after the settled drop", timeout=120)
            press(w, "ctrl+s")
            w.wait(lambda p: p["state"].get("modified") == 0, "Save")
            settled = export(boothplan, project, os.path.join(work, "settled.json"))
            region = [v for v in settled["pavilions"] if v["name"] == "Iran"][0]["placed"]
            poly = region["polygon"]
            xs, ys = [q[0] for q in poly], [q[1] for q in poly]
            clear = max(xs) <= 53.5 or min(xs) >= 54.5 or max(ys) <= 23.5 or min(ys) >= 24.5
            s.check(clear, f"the drop settled clear of the column: {poly}")
            press(w, "ctrl+z")  # the re-seat
            press(w, "ctrl+z")  # the placement
        else:
            s.check("not placed" in status and "column" in status, f"the drop is refused with the reason: {status!r}")
        s.check(w.state("undo") == "Auto-allocate", "the plan is as it was before the column drop")

        s.step("drag Iran onto free floor between the east blocks: green, placed, re-seated")
        free = w.venue_to_screen(56, 11.5)
        wheel = {}
        held, shot = drag_pavilion(w, "Iran", free, "02-free-floor", wheel)
        s.check("m² of booths for" in held.get("tool.status", ""), f"it fits: {held.get('tool.status')!r}")
        s.check(wheel["before down"] != wheel["before up"] and wheel["after"] == wheel["before up"],
                f"the wheel reshapes the footprint and back: {wheel}")
        s.check(wheel["typed"].endswith("17.0 × 18.0 m"), f"the size typed is the footprint's: {wheel['typed']!r}")
        s.check(wheel["rows again"] == wheel["before up"], f"[ and ] go back to block rows: {wheel['rows again']!r}")
        s.check(" · an L in " in wheel["l"], f"L makes it an L: {wheel['l']!r}")
        _, green = redness(w, wheel["l shot"], w.venue_to_screen(56, 8.5))
        s.check(green > 20, f"the L is drawn green (green minus red {green})")
        s.check(wheel["l back"] == wheel["rows again"], f"five presses of L: the rectangle again: {wheel['l back']!r}")
        _, green = redness(w, shot, w.venue_to_screen(56, 8.5))
        s.check(green > 20, f"the footprint is drawn green (green minus red {green})")
        p = w.wait(lambda p: p["state"].get("solver.running") == 0 and "reseat.members_moved" in p["state"],
                   "the re-seat of Iran", timeout=120)
        st = p["state"]
        w.settle()
        w.screenshot("03-reseated")
        s.check("inspector.pavilion.turn" in w.probe()["items"], "the pavilion dropped is selected, its region in the inspector")
        s.check(st.get("undo") == "Re-seat pavilion Iran", f"the re-seat is one undoable edit ({st.get('undo')})")
        s.check("Re-seated Iran" in st.get("status", ""), f"the status bar counts who moved: {st.get('status')!r}")
        members_moved, others_moved = int(st["reseat.members_moved"]), int(st["reseat.others_moved"])

        s.step("save: the region is in the file, every member inside it, the others moved no more than reported")
        press(w, "ctrl+s")
        w.wait(lambda p: p["state"].get("modified") == 0, "Save")
        placed = export(boothplan, project, os.path.join(work, "placed.json"))
        iran = [v for v in placed["pavilions"] if v["name"] == "Iran"][0]
        region = iran["placed"]
        s.check(region is not None and region.get("hall") == "1.1", f"the saved project has Iran's region: {region}")
        poly = region["polygon"] if region else []
        xs = [q[0] for q in poly]
        s.check(poly and min(xs) >= 47.9 and max(xs) <= 64.1, f"the region spans the blocks at x 48-64: {poly}")
        before, now = seats(original), seats(placed)
        outside = [m for m in iran["members"] if m not in now or not inside(poly, now[m][0], now[m][1])]
        s.check(not outside, f"every member stands inside the region (outside: {outside})")
        moved_members = sum(1 for m in iran["members"] if before.get(m) != now.get(m))
        moved_others = sum(1 for e in set(before) | set(now) if e not in iran["members"] and before.get(e) != now.get(e))
        s.check(moved_members == members_moved, f"{moved_members} members moved, as reported ({members_moved})")
        s.check(moved_others <= others_moved, f"{moved_others} others moved, no more than reported ({others_moved})")

        s.step("undo both steps: the file as it was; redo both: the placed plan again")
        press(w, "ctrl+z")
        w.wait(lambda p: p["state"].get("undo") == "Place pavilion Iran", "undo of the re-seat")
        press(w, "ctrl+z")
        w.wait(lambda p: p["state"].get("undo") == "Auto-allocate", "undo of the placement")
        press(w, "ctrl+s")
        w.wait(lambda p: p["state"].get("modified") == 0, "Save")
        s.check(export(boothplan, project, os.path.join(work, "undone.json")) == original,
                "after undo the saved project equals the original file")
        press(w, "ctrl+shift+z")
        press(w, "ctrl+shift+z")
        w.wait(lambda p: p["state"].get("undo") == "Re-seat pavilion Iran", "redo of both")
        press(w, "ctrl+s")
        w.wait(lambda p: p["state"].get("modified") == 0, "Save")
        s.check(export(boothplan, project, os.path.join(work, "redone.json")) == placed,
                "after redo the saved project equals the placed and re-seated one")
        w.screenshot("04-redone")

        s.step("select Iran: arrows nudge its region a module, R turns it, Del takes it off; undo undoes each")
        w.click("pavilion.Iran")
        w.wait(lambda p: "inspector.pavilion.turn" in p["items"], "Iran's region in the inspector")
        moves = 0
        for key in ("Up", "Down", "Left", "Right"):
            press(w, key)
            st = w.probe()["state"]
            if st.get("undo") == "Move pavilion Iran":
                moves += 1
                s.check("Moved the region of Iran" in st.get("status", ""), f"{key}: {st.get('status')!r}")
                w.screenshot(f"05-nudged-{key.lower()}")
                press(w, "ctrl+z")
                w.wait(lambda p: p["state"].get("undo") == "Re-seat pavilion Iran", f"undo of the {key} nudge")
            else:
                s.check("cannot go there" in st.get("status", ""), f"{key} refused with the reason: {st.get('status')!r}")
        s.check(moves > 0, f"the region moved a module in {moves} of 4 directions")
        press(w, "r")
        st = w.probe()["state"]
        turned = st.get("undo") == "Move pavilion Iran"
        s.check(turned or "cannot go there" in st.get("status", ""), f"R turns or says why not: {st.get('status')!r}")
        if turned:
            w.screenshot("06-turned")
            press(w, "ctrl+z")
        # The handle in the middle of the north side (the region spans x 48-64, y 7-19), a drag north.
        w.settle()
        held, shot = drag_on_plan(w, w.venue_to_screen(56, 19), w.venue_to_screen(56, 22.4), "06b-resizing")
        s.check(held.get("tool") == "resize-region" and "release to resize" in held.get("tool.status", ""),
                f"a drag from the north handle resizes: {held.get('tool')}, {held.get('tool.status')!r}")
        st = w.wait(lambda p: "Resized the region of Iran" in p["state"].get("status", ""), "the resize")["state"]
        s.check(st.get("undo") == "Move pavilion Iran", f"the resize is one undoable edit ({st.get('undo')})")
        press(w, "ctrl+s")
        w.wait(lambda p: p["state"].get("modified") == 0, "Save")
        resized = export(boothplan, project, os.path.join(work, "resized.json"))
        ys = [q[1] for q in [v for v in resized["pavilions"] if v["name"] == "Iran"][0]["placed"]["polygon"]]
        s.check(max(ys) == 22 and min(ys) == 7, f"the saved region reaches a module further north: y {min(ys)}-{max(ys)}")
        press(w, "ctrl+z")
        w.wait(lambda p: p["state"].get("undo") == "Re-seat pavilion Iran", "undo of the resize")
        # Ctrl+D: a copy of Iran's region, beside it, for the Sichuan delegation (72 m²).
        press(w, "ctrl+d")
        w.click("duplicate.Sichuan Delegation")
        st = w.wait(lambda p: "copy of Iran" in p["state"].get("status", ""), "the copy")["state"]
        s.check(st.get("undo") == "Place pavilion Sichuan Delegation",
                f"the copy is one undoable edit ({st.get('undo')}): {st.get('status')!r}")
        w.settle()
        w.screenshot("06c-duplicated")
        press(w, "ctrl+s")
        w.wait(lambda p: p["state"].get("modified") == 0, "Save")
        copied = export(boothplan, project, os.path.join(work, "copied.json"))
        regions = {v["name"]: v["placed"] for v in copied["pavilions"]}
        size = lambda r: (max(q[0] for q in r["polygon"]) - min(q[0] for q in r["polygon"]),
                          max(q[1] for q in r["polygon"]) - min(q[1] for q in r["polygon"]))
        s.check(regions["Sichuan Delegation"] is not None and size(regions["Sichuan Delegation"]) == size(regions["Iran"]),
                f"the saved project has the copy, the same size: {regions['Sichuan Delegation']}")
        press(w, "ctrl+z")
        w.wait(lambda p: p["state"].get("undo") == "Re-seat pavilion Iran", "undo of the copy")
        w.click("pavilion.Iran")
        w.wait(lambda p: "inspector.pavilion.turn" in p["items"], "Iran's region in the inspector again")
        press(w, "Delete")
        st = w.wait(lambda p: p["state"].get("undo") == "Remove pavilion Iran", "Del takes the region off")["state"]
        s.check("Took the region of Iran off" in st.get("status", ""), f"the status says so: {st.get('status')!r}")
        press(w, "ctrl+s")
        w.wait(lambda p: p["state"].get("modified") == 0, "Save")
        removed = export(boothplan, project, os.path.join(work, "removed.json"))
        s.check([v for v in removed["pavilions"] if v["name"] == "Iran"][0]["placed"] is None,
                "the saved project has no region for Iran")
        press(w, "ctrl+z")
        w.wait(lambda p: p["state"].get("undo") == "Re-seat pavilion Iran", "undo of the removal")
        press(w, "ctrl+s")
        w.wait(lambda p: p["state"].get("modified") == 0, "Save")
        s.check(export(boothplan, project, os.path.join(work, "back.json")) == placed,
                "after undo the saved project equals the placed one again")

        s.step("Esc cancels a drag: nothing changes")
        w.move(*w.screen_point("pavilion.Russia", 0.2))
        subprocess.run(["xdotool", "mousedown", "1"], env=w.env, check=True)
        w.frame()
        a = w.pointer()
        for i in range(1, 6):
            w.move(int(a[0] + (free[0] - 300 - a[0]) * i / 5), int(a[1] + (free[1] - a[1]) * i / 5))
        s.check(w.state("tool") == "drag-pavilion", "Russia's footprint follows the cursor")
        w.key("Escape")
        subprocess.run(["xdotool", "mouseup", "1"], env=w.env, check=True)
        w.frame()
        w.settle()
        st = w.probe()["state"]
        s.check(st.get("undo") == "Re-seat pavilion Iran" and st.get("modified") == 0, "Esc placed nothing")

        s.step("M measures: a drag between two module corners says 20.0 m, 16 m east and 12 m north; Esc ends")
        press(w, "m")
        s.check(w.state("tool") == "measure", f"the measure tool is on ({w.state('tool')})")
        drag_on_plan(w, w.venue_to_screen(48.3, 6.8), w.venue_to_screen(63.8, 19.2))
        st = w.probe()["state"]
        w.screenshot("07-measured")
        s.check("20.0 m (16.0 m east, 12.0 m north)" in st.get("status", ""), f"the distance: {st.get('status')!r}")
        s.check(st.get("modified") == 0, "measuring changes nothing")
        press(w, "Escape")
        s.check(w.state("tool") == "select", f"Esc goes back to selection ({w.state('tool')})")

        s.step("Sectors ▸ Draw: a zone dragged over the east blocks, green with its booth area, drawn; undo clears it")
        sector = original["sectors"][0]["name"]
        w.click("left.tab.sectors")
        w.wait(lambda p: f"sector.draw.{sector}" in p["items"], "the sector list")
        w.click(f"sector.draw.{sector}")
        s.check(w.state("tool") == "draw-zone", f"the zone tool is on ({w.state('tool')})")
        held, shot = drag_on_plan(w, w.venue_to_screen(48.4, 6.7), w.venue_to_screen(63.6, 19.3), "08-zone-held")
        s.check("144 m² of booths" in held.get("tool.status", ""), f"the zone's size: {held.get('tool.status')!r}")
        _, green = redness(w, shot, w.venue_to_screen(56, 12))
        s.check(green > 10, f"the zone is drawn green (green minus red {green})")
        st = w.probe()["state"]
        s.check(st.get("undo") == f"Draw zone of {sector}", f"one undoable edit ({st.get('undo')})")
        s.check(st.get("tool") == "select", "the selection tool is back")
        w.screenshot("09-zone-drawn")
        press(w, "ctrl+s")
        w.wait(lambda p: p["state"].get("modified") == 0, "Save")
        zoned = export(boothplan, project, os.path.join(work, "zoned.json"))
        zone = [x for x in zoned["sectors"] if x["name"] == sector][0].get("zone")
        s.check(zone is not None and zone.get("hall") == "1.1", f"the saved project has the zone: {zone}")
        press(w, "ctrl+z")
        w.wait(lambda p: p["state"].get("undo") == "Re-seat pavilion Iran", "undo of the zone")
        press(w, "ctrl+s")
        w.wait(lambda p: p["state"].get("modified") == 0, "Save")
        s.check(export(boothplan, project, os.path.join(work, "unzoned.json")) == placed,
                "after undo the saved project equals the placed one again")

        s.step("Sectors ▸ Draw, corner by corner: an L clicked over the east blocks, a wrong corner taken back "
               "with Backspace, closed on its first corner; undo")
        w.click(f"sector.draw.{sector}")
        w.move(*w.venue_to_screen(48, 7))
        bare = w.screenshot("09a-zone-none")
        for x, y in [(48, 7), (64, 7), (64, 13), (61, 21)]:
            w.click_at(*w.venue_to_screen(x, y))
        s.check("4 corners" in w.state("tool.status", ""), f"four corners so far: {w.state('tool.status')!r}")
        press(w, "BackSpace")
        for x, y in [(54, 13), (54, 19), (48, 19)]:
            w.click_at(*w.venue_to_screen(x, y))
        w.move(*w.venue_to_screen(48.3, 7.2))  # over the first corner: the outline closes there
        held = w.probe()["state"]
        shot = w.screenshot("09b-zone-outline")
        s.check(held.get("tool") == "draw-zone" and "6 corners, 132 m²" in held.get("tool.status", ""),
                f"the L's corners and area: {held.get('tool.status')!r}")
        _, green = redness(w, shot, w.venue_to_screen(50, 17))
        s.check(green > 10, f"the L is drawn green in its arm (green minus red {green})")
        notch, before = w.pixel(shot, *w.venue_to_screen(61, 17)), w.pixel(bare, *w.venue_to_screen(61, 17))
        s.check(max(abs(a - b) for a, b in zip(notch, before)) < 8, f"its notch is not filled ({notch}, was {before})")
        w.click_at(*w.venue_to_screen(48.3, 7.2))
        st = w.probe()["state"]
        s.check(st.get("undo") == f"Draw zone of {sector}", f"one undoable edit ({st.get('undo')})")
        s.check(st.get("tool") == "select", f"the selection tool is back ({st.get('tool')})")
        press(w, "ctrl+s")
        w.wait(lambda p: p["state"].get("modified") == 0, "Save")
        zoned = export(boothplan, project, os.path.join(work, "zoned-l.json"))
        zone = [x for x in zoned["sectors"] if x["name"] == sector][0].get("zone") or {}
        corners = zone.get("polygon", [])
        s.check(zone.get("hall") == "1.1" and len(corners) == 6, f"the saved zone is the L: {zone}")
        press(w, "ctrl+z")
        w.wait(lambda p: p["state"].get("undo") == "Re-seat pavilion Iran", "undo of the L")
        press(w, "ctrl+s")
        w.wait(lambda p: p["state"].get("modified") == 0, "Save")

        s.step("H: the column at (54, 24) dragged 3 m west; the hall's grid follows in one edit; undo")
        press(w, "Home")  # the whole hall in view
        press(w, "h")
        s.check(w.state("tool") == "hall-drawing", f"the hall drawing mode is on ({w.state('tool')})")
        held, _ = drag_on_plan(w, w.venue_to_screen(54, 24), w.venue_to_screen(51, 24), "10-column-held")
        s.check("column" in held.get("tool.status", "") and "3.0 m" in held.get("tool.status", ""),
                f"the column follows: {held.get('tool.status')!r}")
        st = w.probe()["state"]
        w.screenshot("11-column-moved")
        s.check(st.get("undo", "").startswith("Move column"), f"one undoable edit ({st.get('undo')})")
        s.check("the hall's grid again" in st.get("status", ""), f"the status says so: {st.get('status')!r}")
        press(w, "ctrl+s")
        w.wait(lambda p: p["state"].get("modified") == 0, "Save")
        drawn = export(boothplan, project, os.path.join(work, "column.json"))
        cols = [c for c in drawn["venue"]["halls"][0]["columns"]]
        s.check(any(abs(sum(q[0] for q in c) / len(c) - 51) < 0.3 for c in cols), "the saved hall has the column at x 51")
        press(w, "Escape")
        press(w, "ctrl+z")
        w.wait(lambda p: p["state"].get("undo") == "Re-seat pavilion Iran", "undo of the column")
        press(w, "ctrl+s")
        w.wait(lambda p: p["state"].get("modified") == 0, "Save")
        s.check(export(boothplan, project, os.path.join(work, "uncolumn.json")) == placed,
                "after undo the saved project equals the placed one again")

        s.step("H again: the column dragged a little, Enter, its offset typed exactly (-3 east, 0 north)")
        press(w, "h")
        w.move(*w.venue_to_screen(54, 24))
        subprocess.run(["xdotool", "mousedown", "1"], env=w.env, check=True)
        w.frame()
        w.move(*w.venue_to_screen(53.2, 24.6))
        w.frame()
        subprocess.run(["xdotool", "key", "Return"], env=w.env, check=True)
        w.wait(lambda p: p["state"].get("typed.open") == 1, "the offset fields")
        w.frame()
        w.frame()
        subprocess.run(["xdotool", "key", "--delay", "60", "minus", "3"], env=w.env, check=True)
        w.frame()
        w.screenshot("12a-offset-east")
        subprocess.run(["xdotool", "key", "Tab"], env=w.env, check=True)
        w.frame()
        subprocess.run(["xdotool", "type", "--delay", "60", "0"], env=w.env, check=True)
        w.frame()
        w.screenshot("12-offset-typed")
        subprocess.run(["xdotool", "key", "Return"], env=w.env, check=True)
        w.frame()
        w.move(*w.venue_to_screen(52.5, 27))  # the pointer wanders: the offset typed holds
        w.frame()
        w.frame()
        status = w.state("tool.status", "")
        s.check("3.0 m" in status, f"the column stands the offset typed away: {status!r}")
        subprocess.run(["xdotool", "mouseup", "1"], env=w.env, check=True)
        w.frame()
        w.settle()
        s.check(w.state("undo", "").startswith("Move column"), f"one undoable edit ({w.state('undo')})")
        press(w, "ctrl+s")
        w.wait(lambda p: p["state"].get("modified") == 0, "Save")
        typed = export(boothplan, project, os.path.join(work, "typed-column.json"))
        cols = typed["venue"]["halls"][0]["columns"]
        s.check(any(abs(sum(q[0] for q in c) / len(c) - 51) < 1e-6 and abs(sum(q[1] for q in c) / len(c) - 24) < 1e-6
                    for c in cols), "the saved hall has the column exactly at (51, 24)")
        press(w, "Escape")
        press(w, "ctrl+z")
        w.wait(lambda p: p["state"].get("undo") == "Re-seat pavilion Iran", "undo of the typed move")
        press(w, "ctrl+s")
        w.wait(lambda p: p["state"].get("modified") == 0, "Save")
        s.check(export(boothplan, project, os.path.join(work, "untyped.json")) == placed,
                "after undo the saved project equals the placed one again")
        w.quit_key()
        w.wait_exit()
    finally:
        w.close()
    return s.end()


if __name__ == "__main__":
    main(story)
