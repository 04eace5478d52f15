"""A planner opens the tiny fair, auto-allocates it, finds an exhibitor and reads its booth in the
inspector, undoes and redoes the allocation, exports a booth map PDF through the menu, saves, and
reopens the project to find it as it was saved. Real X events, a frame between steps."""

import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "lib"))
from gui import Story, Window, block_corners, cell_centre, cli, main, placed_booths, query  # noqa: E402


def story(boothplan, work):
    s = Story("window_story")
    project = os.path.join(work, "tiny.boothplan")
    cli(boothplan, "sample", "--preset", "tiny", "-o", project)
    cli(boothplan, "grid", project)
    code, name = query(project, "SELECT code, name FROM exhibitors ORDER BY id LIMIT 1")[0]
    w = Window(boothplan, work)
    try:
        s.step("open the tiny sample")
        w.start(project)
        shot = w.screenshot("01-opened")
        s.check(w.state("document") == project, "the window shows the project")
        s.check(w.state("placed") == 0, "nobody is placed yet")
        mean, darkest = w.region_stats(shot, *w.item("status.counts"))
        s.check(darkest < 90, "the status bar shows its counts (dark text pixels)")

        s.step("auto-allocate and wait for it")
        p = w.auto_allocate()
        placed = p["state"]["placed"]
        w.settle()
        shot = w.screenshot("02-allocated")
        s.check(placed > 40, f"auto-allocation placed {placed} exhibitors")
        s.check(w.state("undo") == "Auto-allocate", "the allocation is one undoable edit")
        s.check(w.state("alloc.samples", 0) >= 1, "the convergence plot has points")
        x, y, pw, ph = w.item("alloc.progress")
        wx, wy = w.probe()["window"]
        r, g, b = w.pixel(shot, int(wx + x + pw * 0.9), int(wy + y + ph * 0.5))
        s.check(max(r, g, b) - min(r, g, b) > 100, f"the progress bar is full (coloured {r},{g},{b} at 90%)")

        s.step("click a booth in the plan and read it in the inspector")
        point = w.venue_to_screen(*cell_centre(project, 0, 0, 0))
        w.move(*point)
        p = w.wait(lambda p: p["state"].get("hover", "") != "", "the booth under the pointer")
        hovered = p["state"]["hover"]
        first_cell = query(project, "SELECT numbers FROM blocks WHERE id = 0")[0][0].split("\n")[0]
        s.check(hovered.startswith(first_cell), f"hovering the first module of a block shows booth {hovered}")
        before = w.screenshot("03a-hover")
        w.click_at(*point)
        p = w.wait(lambda p: p["state"].get("selection.booths") == hovered, "the click to select " + hovered)
        s.check(p["state"].get("inspector.booth.number") == hovered, "the inspector shows the booth clicked")
        w.move(point[0] + 400, point[1] + 300)
        after = w.screenshot("03b-selected")
        s.check(w.pixel(before, *point) != w.pixel(after, *point), "the selected booth is drawn highlighted")

        s.step("a rubber band selects a block, Shift adds another")
        a, b = block_corners(project, 0)
        w.drag(w.venue_to_screen(*a), w.venue_to_screen(*b))
        band = w.state("selection.booths").split()
        s.check(len(band) >= 2 and hovered in band, f"the band selected {len(band)} booths of block 0")
        a, b = block_corners(project, 1)
        w.drag(w.venue_to_screen(*a), w.venue_to_screen(*b), shift=True)
        more = w.state("selection.booths").split()
        s.check(len(more) > len(band) and set(band) <= set(more), f"Shift added block 1: {len(more)} booths")
        w.screenshot("03c-band")
        w.key("Escape")

        s.step("zoom in at the cursor; the minimap shows where the view is, a click there jumps")
        centre = w.venue_to_screen(36, 24)
        w.move(*centre)
        for _ in range(6):
            subprocess.run(["xdotool", "click", "4"], env=w.env, check=True)  # wheel up
            w.frame()
        p = w.wait(lambda p: "viewport.minimap" in p["items"], "the minimap")
        x0, y0, x1, y1 = (float(v) for v in p["state"]["plan_visible"].split(","))
        s.check(x1 - x0 < 50, f"zoomed in: {x1 - x0:.0f} m of the hall across")
        w.screenshot("03e-zoomed")
        w.click("viewport.minimap")  # its middle: the venue's centre
        mx, my, mw, mh = w.item("viewport.minimap")
        wx, wy = w.probe()["window"]
        w.click_at(int(wx + mx + mw * 0.1), int(wy + my + mh * 0.9))  # near the venue's south-west corner
        x0, y0, x1, y1 = (float(v) for v in w.state("plan_visible").split(","))
        s.check((x0 + x1) / 2 < 20 and (y0 + y1) / 2 < 16, f"the view jumped south-west: centre {(x0 + x1) / 2:.0f}, {(y0 + y1) / 2:.0f}")
        w.screenshot("03f-minimap-jump")
        w.key("Home")

        s.step("find an exhibitor and read its booth in the inspector; Ctrl+Z while typing is the field's")
        w.click("search.box")
        w.type(code + "x")
        w.key("ctrl+z")  # the search box's own undo: the plan keeps its allocation
        w.settle()
        s.check(w.state("undo") == "Auto-allocate" and w.state("placed") == placed,
                f"Ctrl+Z in the search box left the plan as it was ({w.state('undo')}, {w.state('placed')} placed)")
        w.key("ctrl+a")
        w.type(code)
        w.key("Return")
        p = w.wait(lambda p: p["state"].get("inspector.exhibitor.name") == name, "the inspector to show " + name)
        booth = p["state"].get("inspector.booth.number", "")
        s.check(booth != "" and p["state"].get("selection.booths") == booth,
                f"{code} stands at booth {booth}, selected")
        saved_booth = query(project, "SELECT COUNT(*) FROM booths WHERE exhibitor IS NOT NULL")[0][0]
        s.check(saved_booth == 0, "the file is unchanged before Save")
        shot = w.screenshot("03d-inspector")
        mean, darkest = w.region_stats(shot, *w.item("inspector.booth.number"))
        s.check(darkest < 90, "the booth number is drawn in the inspector")

        s.step("change the exhibitor's priority in the inspector, refuse a bad country, undo the change")
        before = p["state"].get("inspector.exhibitor.priority")
        w.click("inspector.exhibitor.priority")
        w.key("ctrl+a")
        w.type("7")
        w.key("Return")
        p = w.wait(lambda p: p["state"].get("inspector.exhibitor.priority") == "7", "the priority to become 7")
        s.check(p["state"].get("undo") == "Edit exhibitor " + code, "the change is one undoable edit")
        w.click("inspector.exhibitor.country")
        w.key("ctrl+a")
        w.type("Persia")
        w.key("Return")
        w.wait(lambda p: "dialog.close" in p["items"], "the refusal")
        w.screenshot("03g-bad-country")
        w.click("dialog.close")
        w.settle()
        s.check(w.state("undo") == "Edit exhibitor " + code, "the refused country changed nothing")
        w.key("ctrl+z")
        p = w.wait(lambda p: p["state"].get("inspector.exhibitor.priority") == before, "the priority back at " + before)
        s.check(p["state"].get("undo") == "Auto-allocate", "undo leaves the allocation on top")

        s.step("undo and redo the allocation")
        w.key("ctrl+z")
        p = w.wait(lambda p: p["state"].get("placed") == 0, "undo to free every booth")
        s.check(p["state"].get("redo") == "Auto-allocate", "redo offers the allocation")
        w.screenshot("04-undone")
        w.key("ctrl+shift+z")
        p = w.wait(lambda p: p["state"].get("placed") == placed, "redo to place them again")
        s.check(p["state"].get("undo") == "Auto-allocate", "undo offers it again")

        s.step("export a booth map PDF and the project JSON through the menu")
        pdf = os.path.join(work, "tiny-map.pdf")
        w.menu("file", "export")
        w.click("export.format.PDF")
        w.click("export.go")
        w.choose_file(pdf)
        w.wait(lambda p: p["state"].get("task") == "" and os.path.exists(pdf), "the PDF export")
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        pages = int([l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")][0])
        s.check(pages >= 2, f"the PDF has {pages} pages (overview and the hall)")
        exported = os.path.join(work, "window.json")
        w.menu("file", "export")
        w.click("export.format.JSON")
        w.click("export.go")
        w.choose_file(exported)
        w.wait(lambda p: p["state"].get("task") == "" and os.path.exists(exported), "the JSON export")

        s.step("save and quit")
        w.key("ctrl+s")
        w.wait(lambda p: p["state"].get("modified") == 0, "Save")
        s.check(placed_booths(project) == placed, "the saved file holds the allocation")
        s.check(not os.path.exists(project + ".recovery"), "no recovery file is left after Save")
        w.quit_key()
        s.check(w.wait_exit() == 0, "the window closes without asking (nothing unsaved)")

        s.step("reopen and compare")
        saved = cli(boothplan, "export", project, "--format", "json", "-o", os.path.join(work, "saved.json"))
        with open(exported) as a, open(os.path.join(work, "saved.json")) as b:
            s.check(a.read() == b.read(), "the saved project equals the one the window held")
        w.start(project)
        p = w.probe()
        s.check(p["state"].get("placed") == placed and p["state"].get("modified") == 0,
                "reopened as saved, unmodified")
        s.check(p["state"].get("dialog") is None, "no recovery is offered")
        w.screenshot("05-reopened")
        w.quit_key()
        w.wait_exit()
        del saved
    finally:
        w.close()
    return s.end()


if __name__ == "__main__":
    main(story)
