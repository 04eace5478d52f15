"""A planner allocates the tiny fair and then edits booths by hand: Ctrl+drags an exhibitor onto the
booth next door to its competitor (red, refused with the reason under the cursor and in the status
bar), then onto a free booth (green, moved); selects two free neighbouring booths, merges them and
splits the merged booth again; nudges a booth a module along its row with the arrow keys. Undo takes the project back to the file as it was, redo brings every
step back. Real X events (xdotool), two frames before each picture is read (the probe is written
before the buffer swaps)."""

import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "lib"))
sys.path.insert(0, os.path.dirname(__file__))
from gui import Story, Window, cli, main  # noqa: E402
from tools_pavilion import booth_centre, export, press  # noqa: E402


def share_wall(a, b):
    """Two booths of one block sharing a wall (side by side in a row, or back to back)."""
    if a["block"] != b["block"] or a is b:
        return False
    rows = a["row"] < b["row"] + b["rows"] and b["row"] < a["row"] + a["rows"]
    cols = a["col"] < b["col"] + b["cols"] and b["col"] < a["col"] + a["cols"]
    side = a["col"] + a["cols"] == b["col"] or b["col"] + b["cols"] == a["col"]
    back = a["row"] + a["rows"] == b["row"] or b["row"] + b["rows"] == a["row"]
    return (rows and side) or (cols and back)


def held(plan, code):
    return next((b for b in plan["booths"] if b["exhibitor"] == code), None)


def competitor_case(plan):
    """An exhibitor, a seated competitor of it, and a booth next door to the competitor it would fit."""
    people = {x["id"]: x for x in plan["exhibitors"]}
    for x in plan["exhibitors"]:
        mine = held(plan, x["id"])
        if not mine or x["locked_booth"] or not x["competitors"]:
            continue
        for c in x["competitors"]:
            theirs = held(plan, c)
            if not theirs:
                continue
            for n in plan["booths"]:
                if n is not mine and share_wall(n, theirs) and n["area_m2"] >= x["area_m2"] \
                        and n["status"] != "blocked":
                    return x, people[c], theirs, n
    return None


def free_booth_for(plan, x):
    """A free booth the exhibitor fits with no competitor of it next door."""
    rivals = set(x["competitors"])
    for f in plan["booths"]:
        if f["exhibitor"] or f["status"] == "blocked" or f["area_m2"] < x["area_m2"]:
            continue
        if not any(share_wall(f, n) and n["exhibitor"] in rivals for n in plan["booths"]):
            return f
    return None


def free_pair(plan):
    """Two free booths side by side in one row of a block."""
    for a in plan["booths"]:
        for b in plan["booths"]:
            if not a["exhibitor"] and not b["exhibitor"] and share_wall(a, b) and a["row"] == b["row"] \
                    and a["rows"] == b["rows"] and a["col"] < b["col"]:
                return a, b
    return None


RED = ((0xC6, 0x28, 0x28), 0xA8 / 255)  # the tool's translucent overlays
GREEN = ((0x2E, 0x7D, 0x32), 0xA0 / 255)


def tinted(w, before, after, point, tint):
    """How far the pixel after is from the one before under the translucent tint (booths have colours
    of their own, a red booth under red shifts little; the hovered booth is lit a little): the
    largest channel error of that blend, and both pixels."""
    (colour, alpha) = tint
    was, now = w.pixel(before, *point), w.pixel(after, *point)
    return max(abs(n - (alpha * c + (1 - alpha) * b)) for n, c, b in zip(now, colour, was)), was, now


def near_corner(plan, booth):
    """A floor point inside the booth, away from its centre where its label and, while a drag holds
    it, the line that says why the booth will or will not do are drawn: 0.45 m in from the edges."""
    b = plan["blocks"][booth["block"]]
    (ox, oy), (ax, ay) = b["origin"], b["along"]
    cx, cy = -ay, ax
    u = booth["col"] * b["module_m"] + 0.45
    v = booth["row"] * b["row_depth_m"] + 0.45
    return ox + ax * u + cx * v, oy + ay * u + cy * v


def ctrl_drag(w, a, b, shot):
    """Ctrl held, presses at a, moves to b in steps, shoots while held, releases."""
    w.move(*a)
    subprocess.run(["xdotool", "keydown", "ctrl"], env=w.env, check=True)
    w.frame()
    subprocess.run(["xdotool", "mousedown", "1"], env=w.env, check=True)
    w.frame()
    for i in range(1, 7):
        w.move(int(a[0] + (b[0] - a[0]) * i / 6), int(a[1] + (b[1] - a[1]) * i / 6))
    w.frame()
    w.frame()  # the frame that wrote the probe is on screen only after the next swap
    state = w.probe()["state"]
    picture = w.screenshot(shot)
    subprocess.run(["xdotool", "mouseup", "1"], env=w.env, check=True)
    w.frame()
    subprocess.run(["xdotool", "keyup", "ctrl"], env=w.env, check=True)
    w.frame()
    w.settle()
    return state, picture


def nudge_case(plan):
    """A seated booth of an exhibitor with no competitors or pin, beside a free booth in its row, and
    the arrow key that steps it onto that booth (the block's rows run along `along`)."""
    people = {x["id"]: x for x in plan["exhibitors"]}
    for m in plan["booths"]:
        x = people.get(m["exhibitor"])
        if not x or x["competitors"] or x["locked_booth"] or x.get("pavilion"):
            continue
        block = plan["blocks"][m["block"]]
        ax, ay = block["along"]
        for step in (1, -1):
            col = m["col"] + m["cols"] if step > 0 else m["col"] - 1
            beside = [f for f in plan["booths"] if f["block"] == m["block"] and f["row"] <= m["row"] and
                      f["row"] + f["rows"] >= m["row"] + m["rows"] and f["col"] <= col < f["col"] + f["cols"]]
            if len(beside) != 1 or beside[0]["exhibitor"] or beside[0]["status"] == "blocked" or \
                    beside[0]["rows"] != m["rows"]:
                continue
            if abs(ax) >= abs(ay):
                key = "Right" if (ax > 0) == (step > 0) else "Left"
            else:
                key = "Up" if (ay > 0) == (step > 0) else "Down"
            return m, step, key
    return None


def save_and_export(w, boothplan, project, work, name):
    press(w, "ctrl+s")
    w.wait(lambda p: p["state"].get("modified") == 0, "Save")
    return export(boothplan, project, os.path.join(work, name + ".json"))


def story(boothplan, work):
    s = Story("tools_booths")
    project = os.path.join(work, "tiny.boothplan")
    cli(boothplan, "sample", "--preset", "tiny", "-o", project)
    cli(boothplan, "grid", project)
    w = Window(boothplan, work)
    try:
        s.step("open the tiny fair, auto-allocate it and save: the file before any booth is edited")
        w.start(project)
        w.auto_allocate()
        original = save_and_export(w, boothplan, project, work, "original")
        case = competitor_case(original)
        s.check(case is not None, "an exhibitor with a seated competitor and a booth next door to it")
        x, rival, rivals_booth, next_door = case
        mine = held(original, x["id"])

        s.step(f"Ctrl+drag {x['id']} onto booth {next_door['number']}, next door to its competitor: refused")
        before = w.screenshot("00-before")
        at = w.venue_to_screen(*booth_centre(original, mine))
        state, shot = ctrl_drag(w, at, w.venue_to_screen(*booth_centre(original, next_door)), "01-next-to-competitor")
        s.check(state.get("tool") == "move-exhibitor", f"the exhibitor follows the cursor ({state.get('tool')})")
        want = f"next door to its competitor {rival['name']} (booth {rivals_booth['number']})"
        s.check(want in state.get("tool.status", ""), f"the reason while held: {state.get('tool.status')!r}")
        err, was, now = tinted(w, before, shot, w.venue_to_screen(*near_corner(original, next_door)), RED)
        s.check(err < 40 and now[0] > max(now[1], now[2]) + 80,
                f"the booth under the cursor is tinted red ({was} -> {now}, off the blend by {err:.0f})")
        st = w.probe()["state"]
        s.check(st.get("status", "").startswith("Not moved: ") and want in st.get("status", ""),
                f"the drop is refused with the reason: {st.get('status')!r}")
        s.check(st.get("undo") == "Auto-allocate", "nothing changed")

        free = free_booth_for(original, x)
        s.check(free is not None, f"a free booth for {x['id']}")
        s.step(f"Ctrl+drag {x['id']} onto the free booth {free['number']}: green, moved")
        state, shot = ctrl_drag(w, at, w.venue_to_screen(*booth_centre(original, free)), "02-free-booth")
        s.check(state.get("tool.status") == f"Release to move {x['name']} to booth {free['number']}",
                f"it may go there: {state.get('tool.status')!r}")
        err, was, now = tinted(w, before, shot, w.venue_to_screen(*near_corner(original, free)), GREEN)
        s.check(err < 40 and now[1] > max(now[0], now[2]) + 30,
                f"the booth under the cursor is tinted green ({was} -> {now}, off the blend by {err:.0f})")
        st = w.probe()["state"]
        s.check(st.get("undo") == f"Move {x['id']} to booth {free['number']}", f"one undoable edit ({st.get('undo')})")
        moved = save_and_export(w, boothplan, project, work, "moved")
        now = held(moved, x["id"])
        s.check(now is not None and now["number"] == free["number"], f"the saved file has {x['id']} in {free['number']}")
        s.check(now is not None and now["status"] == mine["status"], "its status moved with it")
        left = next(b for b in moved["booths"] if b["number"] == mine["number"])
        s.check(not left["exhibitor"] and left["status"] == "available", f"booth {mine['number']} is free again")
        others = [b for b in moved["booths"] if b["number"] not in (free["number"], mine["number"])]
        s.check(others == [b for b in original["booths"] if b["number"] not in (free["number"], mine["number"])],
                "no other booth changed")

        pair = free_pair(moved)
        s.check(pair is not None, "two free booths side by side")
        a, b = pair
        s.step(f"select booths {a['number']} and {b['number']} (Shift-click), merge them, split the merged booth")
        w.click_at(*w.venue_to_screen(*booth_centre(moved, a)))
        subprocess.run(["xdotool", "keydown", "shift"], env=w.env, check=True)
        w.frame()
        w.click_at(*w.venue_to_screen(*booth_centre(moved, b)))
        subprocess.run(["xdotool", "keyup", "shift"], env=w.env, check=True)
        w.frame()
        s.check(len(w.state("selection.booths", "").split()) == 2, f"two booths selected: {w.state('selection.booths')}")
        w.click("inspector.booths.merge")
        st = w.wait(lambda p: p["state"].get("undo", "").startswith("Merge booths into"), "the merge")["state"]
        number = st.get("inspector.booth.number", "")
        s.check(number.startswith(a["number"]) and "-" in number, f"the merged booth {number} is selected")
        w.frame()
        w.frame()
        w.screenshot("03-merged")
        merged = save_and_export(w, boothplan, project, work, "merged")
        one = [m for m in merged["booths"] if m["block"] == a["block"] and m["row"] == a["row"] and m["col"] == a["col"]]
        s.check(len(one) == 1 and one[0]["cols"] == a["cols"] + b["cols"] and
                one[0]["area_m2"] == a["area_m2"] + b["area_m2"],
                f"the saved file has one booth over both: {one[0]['number'] if one else None}")
        s.check(len(merged["booths"]) == len(moved["booths"]) - 1, "one booth fewer")
        w.click("inspector.booth.split")
        w.wait(lambda p: p["state"].get("undo", "").startswith("Split booth"), "the split")
        w.frame()
        w.frame()
        w.screenshot("04-split")
        split = save_and_export(w, boothplan, project, work, "split")
        s.check(len(split["booths"]) == len(moved["booths"]) and
                sorted(m["number"] for m in split["booths"]) == sorted(m["number"] for m in moved["booths"]),
                "split again: the same booths as before the merge")

        case = nudge_case(split)
        s.check(case is not None, "a seated booth beside a free one")
        m, step, key = case
        s.step(f"select booth {m['number']}, press {key}: it steps a module along its row with its exhibitor")
        w.click_at(*w.venue_to_screen(*booth_centre(split, m)))
        w.wait(lambda p: p["state"].get("inspector.booth.number") == m["number"], f"booth {m['number']} selected")
        press(w, key)
        st = w.wait(lambda p: p["state"].get("undo", "").startswith("Move booth " + m["number"]), "the nudge")["state"]
        nudge_label = st["undo"]
        w.frame()
        w.frame()
        w.screenshot("05-nudged")
        nudged = save_and_export(w, boothplan, project, work, "nudged")
        there = held(nudged, m["exhibitor"])
        s.check(there is not None and there["block"] == m["block"] and there["row"] == m["row"] and
                there["col"] == m["col"] + step and there["cols"] == m["cols"],
                f"the saved file has {m['exhibitor']} one module on: {there and there['number']}")
        s.check(there is not None and st.get("inspector.booth.number") == there["number"],
                f"the moved booth stays selected ({st.get('inspector.booth.number')})")
        s.check(len(nudged["booths"]) >= len(split["booths"]) - 1, "the booths around it are cut, not lost")

        s.step("undo every step: the file as it was; redo every step: the nudged plan again")
        for label in (f"Split booth {number}", f"Merge booths into {number}", f"Move {x['id']} to booth {free['number']}",
                      "Auto-allocate"):
            press(w, "ctrl+z")
            w.wait(lambda p, want=label: p["state"].get("undo") == want, "undo back to " + label)
        s.check(save_and_export(w, boothplan, project, work, "undone") == original,
                "after undo the saved project equals the original file")
        for _ in range(4):
            press(w, "ctrl+shift+z")
        w.wait(lambda p: p["state"].get("undo") == nudge_label, "redo of every step")
        s.check(save_and_export(w, boothplan, project, work, "redone") == nudged,
                "after redo the saved project equals the nudged one")
        w.screenshot("06-redone")
        w.quit_key()
        w.wait_exit()
    finally:
        w.close()
    return s.end()


if __name__ == "__main__":
    main(story)
