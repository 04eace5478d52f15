"""A planner switches the window to Chinese and back, and reads an Iranian exhibitor's Persian
name in the inspector: joined and right to left (FriBidi pre-shaping), never reversed. In Chinese
the solver's reasons, violations and unassigned exhibitors are said in Chinese too. Crops of
the screen are compared with golden images beside this test."""

import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "lib"))
from gui import Story, Window, cli, main  # noqa: E402

GOLDEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden")


def same_as_golden(s, w, shot, rect, name):
    crop = w.crop(shot, name, rect, name)
    golden = os.path.join(GOLDEN, name + ".png")
    if os.environ.get("BOOTHPLAN_UPDATE_GOLDEN"):
        os.makedirs(GOLDEN, exist_ok=True)
        shutil.copyfile(crop, golden)
        print(f"updated {golden}")
    if not os.path.exists(golden):
        return s.check(False, f"{name}: no golden image (BOOTHPLAN_UPDATE_GOLDEN=1 makes it)")
    r = subprocess.run(["compare", "-metric", "AE", "-fuzz", "10%", crop, golden,
                        os.path.join(w.artefacts, name + "-diff.png")], capture_output=True, text=True)
    differing = r.stderr.strip().split()[0] if r.stderr.strip() else "?"
    ok = r.returncode == 0 or (differing.replace(".", "").isdigit() and float(differing) <= 20)
    return s.check(ok, f"{name} matches its golden image ({differing} pixels differ)")


def story(boothplan, work):
    s = Story("window_language")
    project = os.path.join(work, "tiny.boothplan")
    cli(boothplan, "sample", "--preset", "tiny", "-o", project)
    cli(boothplan, "grid", project)
    w = Window(boothplan, work)
    try:
        s.step("a Persian name in the inspector")
        w.start(project, lang="en")
        w.click("search.box")
        w.type("X00006")
        w.key("Return")
        p = w.wait(lambda p: "inspector.exhibitor.name_local" in p["items"], "the exhibitor's local name")
        w.move(5, w.height - 5)  # the pointer away from what is compared
        shot = w.screenshot("01-persian-name")
        rect = w.item("inspector.exhibitor.name_local")
        mean, darkest = w.region_stats(shot, rect[0], rect[1], rect[2], rect[3])
        s.check(darkest < 90, "the Persian name is drawn (not blank)")
        same_as_golden(s, w, shot, rect, "persian-name")

        s.step("the interface in Chinese")
        w.menu("view", "language")
        w.click("menu.view.language.zh")
        w.wait(lambda p: p["state"].get("language") == "zh", "the switch to Chinese")
        w.move(5, w.height - 5)
        w.settle()
        shot = w.screenshot("02-chinese")
        m = w.probe()["items"]
        bar = [0, 0, m["menu.help"][0] + m["menu.help"][2], m["menu.file"][3] + 2]
        same_as_golden(s, w, shot, bar, "menu-bar-zh")
        s.check(w.state("fonts.glyphs", 0) > 200, "the atlas holds the Chinese glyphs in use")

        s.step("auto-allocate in Chinese: Why here? is said in Chinese")
        w.auto_allocate()
        p = w.wait(lambda p: "位于" in p["state"].get("inspector.why", ""), "the inspector's reasons in Chinese")
        why = p["state"]["inspector.why"]
        s.check("stands at" not in why and "placed with" not in why, f"no English sentence: {why.splitlines()[0]}")
        w.move(5, w.height - 5)
        w.settle()
        shot = w.screenshot("02b-why-here-zh")
        x, y, width, height = w.item("inspector.why")  # the heading: the reasons are the lines below it
        mean, darkest = w.region_stats(shot, x, y + height + 4, 300, 50)
        s.check(darkest < 90, f"the reasons are drawn below the heading at {x}, {y}")

        s.step("the solver's violations and unassigned reasons in Chinese")
        w.click("alloc.tab.violations")
        p = w.wait(lambda p: p["state"].get("alloc.violations"), "the violations list")
        lines = p["state"]["alloc.violations"]
        s.check("偏好" in lines and "wants" not in lines and "priority" not in lines,
                f"violations said in Chinese: {lines.splitlines()[0]}")
        w.move(5, w.height - 5)
        w.settle()
        w.screenshot("02c-violations-zh")
        w.click("alloc.tab.unassigned")
        p = w.wait(lambda p: p["state"].get("alloc.unassigned"), "the unassigned list")
        lines = p["state"]["alloc.unassigned"]
        s.check("没有能容纳它的区块" in lines and "no block" not in lines,
                f"unassigned reasons said in Chinese: {lines.splitlines()[0]}")
        first = lines.splitlines()[0]
        s.check(first.count(first.split()[0]) == 1, f"each unassigned line names its exhibitor once: {first}")
        w.move(5, w.height - 5)
        w.settle()
        w.screenshot("02d-unassigned-zh")
        s.check(w.state("undo.shown") == "自动分配" and w.state("undo") == "Auto-allocate",
                f"the undo step is named in Chinese ({w.state('undo.shown')})")
        w.menu("edit")
        w.wait(lambda p: "menu.edit.undo" in p["items"], "the Edit menu")
        w.settle()
        w.screenshot("02e-edit-menu-zh")
        w.key("Escape")
        w.key("ctrl+s")
        w.wait(lambda p: p["state"].get("modified") == 0, "Save")

        s.step("the language is kept for the next session")
        w.quit_key()
        w.wait_exit()
        w.start(project)
        s.check(w.state("language") == "zh", "the window opens in Chinese")
        w.screenshot("03-chinese-again")
        w.menu("view", "language")
        w.click("menu.view.language.en")
        w.wait(lambda p: p["state"].get("language") == "en", "back to English")
        w.quit_key()
        w.wait_exit()
    finally:
        w.close()
    return s.end()


if __name__ == "__main__":
    main(story)
