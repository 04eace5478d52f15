"""Importing a venue drawing in the window: File > New from venue with a DXF opens the import
dialog; the planner maps the name layer by clicking, tries other units and sees the summary follow;
Cancel changes nothing; Create project opens the venue with its halls named.
With BOOTHPLAN_DXF_SHOTS=DIR it also photographs the dialog on real drawings (the Barcelona
Pavilion from ../shared/venues-real, read from there, and the cismef sample's DXF export) in
English and Chinese into DIR."""

import os
import shutil
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "lib"))
from gui import Story, Window, cli, main  # noqa: E402


def rect(layer, x, y, w, h):
    pts = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
    s = f"0\nLWPOLYLINE\n8\n{layer}\n90\n4\n70\n1\n"
    for px, py in pts:
        s += f"10\n{px}\n20\n{py}\n"
    return s


def text(layer, x, y, value):
    return f"0\nTEXT\n8\n{layer}\n10\n{x}\n20\n{y}\n40\n500\n1\n{value}\n"


# Two halls in millimetres on A-FLOOR, their names on A-TEXT, a column on S-COLS.
DRAWING = ("0\nSECTION\n2\nHEADER\n9\n$INSUNITS\n70\n4\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n" +
           rect("A-FLOOR", 0, 0, 40000, 30000) + rect("A-FLOOR", 50000, 0, 20000, 30000) +
           text("A-TEXT", 20000, 15000, "North Hall") + text("A-TEXT", 60000, 15000, "South Hall") +
           rect("S-COLS", 10000, 10000, 500, 500) + "0\nENDSEC\n0\nEOF\n")


def open_dialog(w, path):
    w.menu("file", "new_from_venue")
    w.choose_file(path)
    return w.wait(lambda p: p["state"].get("dialog") == "dxf-import", "the DXF import dialog")


def pick(w, combo, choice, done):
    """Opens a combo and clicks a choice; again if the popup's first frame moved it (a loaded machine)."""
    for attempt in range(3):
        w.click(combo)
        w.settle()
        w.click(choice)
        if done(w.probe()):
            return
        print(f"   ({choice} did not take; again)", flush=True)


def set_role(w, layer, role_index):
    w.click("dxf.layer." + layer)
    w.click(f"dxf.role.{role_index}")


def real_drawing_shots(boothplan, work, shots, s):
    """Photographs of the dialog on real drawings, in English and Chinese (not checks of the story)."""
    corpus = os.path.join(os.path.dirname(__file__), "../../../../../shared/venues-real")
    corpus = os.environ.get("BOOTHPLAN_VENUES_REAL", os.path.normpath(corpus))
    barcelona = os.path.join(corpus, "barcelona-plan.dxf")
    cismef = os.path.join(work, "cismef-export.dxf")
    project = os.path.join(work, "cismef.boothplan")
    cli(boothplan, "sample", "--preset", "cismef", "-o", project)
    cli(boothplan, "export", project, "--format", "dxf", "-o", cismef)
    for lang in ("en", "zh"):
        w = Window(boothplan, os.path.join(work, "shots-" + lang))
        try:
            w.start(lang=lang)
            for name, path in (("barcelona", barcelona), ("cismef", cismef)):
                if not os.path.exists(path):
                    print(f"   (no {path}; no photograph)")
                    continue
                p = open_dialog(w, path)
                s.step(f"{name} ({lang}): hall layer {p['state'].get('dxf.hall_layer')}, "
                       f"{p['state'].get('dxf.halls')} halls")
                if name == "barcelona":
                    set_role(w, "Columns", 3)
                shutil.copy(w.screenshot(f"{name}-{lang}"), os.path.join(shots, f"{name}-{lang}.png"))
                w.click("dxf.cancel")
        finally:
            w.close()


def story(boothplan, work):
    s = Story("window_dxf_import")
    venue = os.path.join(work, "two-halls.dxf")
    with open(venue, "w") as f:
        f.write(DRAWING)
    w = Window(boothplan, work)
    try:
        s.step("the drawing's layers, the hall layer guessed, nothing opened yet")
        w.start(lang="en")
        p = open_dialog(w, venue)
        st = p["state"]
        s.check(st.get("dxf.hall_layer") == "A-FLOOR", "A-FLOOR, with the largest outlines, is read as the halls")
        s.check(st.get("dxf.halls") == 2, "the summary counts two halls")
        s.check(st.get("document") == "", "no project is open behind the dialog")
        w.screenshot("01-dialog")

        s.step("a click maps the names layer: the halls are named at once")
        set_role(w, "A-TEXT", 2)
        names = w.wait(lambda p: "North Hall" in p["state"].get("dxf.names", ""), "the names")["state"]["dxf.names"]
        s.check(sorted(names.split("|")) == ["North Hall", "South Hall"], "both halls carry their names")

        s.step("centimetres instead of the drawing's millimetres: the plausibility warning shows")
        pick(w, "dxf.units", "dxf.units.cm", lambda p: p["state"].get("dxf.units") == "cm")
        p = w.wait(lambda p: p["state"].get("dxf.units") == "cm", "the units")
        s.check(p["state"].get("dxf.warnings", 0) >= 1, "the summary warns the halls are implausibly large")
        w.screenshot("02-units-cm")
        pick(w, "dxf.units", "dxf.units.auto", lambda p: p["state"].get("dxf.units") == "auto")
        p = w.wait(lambda p: p["state"].get("dxf.units") == "auto", "the drawing's units again")
        s.check(p["state"].get("dxf.warnings", 0) == 0, "no warning in the drawing's own units")

        s.step("Cancel changes nothing")
        w.click("dxf.cancel")
        p = w.wait(lambda p: p["state"].get("dialog") != "dxf-import", "the dialog to close")
        s.check(p["state"].get("document") == "", "still no project")

        s.step("Create project opens the venue as mapped")
        open_dialog(w, venue)
        set_role(w, "A-TEXT", 2)
        w.click("dxf.create")
        p = w.wait(lambda p: p["state"].get("document") == "two-halls", "the new project")
        s.check(p["state"].get("dialog") != "dxf-import", "the dialog closed")
        w.frame()
        w.settle()
        w.screenshot("03-created")
        w.quit_key()
        for _ in range(100):  # an untitled project may ask whether to save it first
            if w.proc.poll() is not None:
                break
            if w.state("dialog") == "unsaved":
                w.settle()  # the question is laid out on its first frame
                w.click("dialog.discard", exits=True)
                break
            time.sleep(0.05)
        s.check(w.wait_exit() == 0, "the window closes")
    finally:
        w.close()
    shots = os.environ.get("BOOTHPLAN_DXF_SHOTS")
    if shots:
        os.makedirs(shots, exist_ok=True)
        real_drawing_shots(boothplan, work, shots, s)
    return s.end()


if __name__ == "__main__":
    main(story)
