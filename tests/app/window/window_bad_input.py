"""Bad input in the window: a venue that fails validation and a project file from a newer
boothplan each show the same messages as the command line, in a dialog, and nothing changes."""

import os
import sqlite3
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "lib"))
from gui import Story, Window, cli, main  # noqa: E402

BROKEN_VENUE = """{ "format": "boothplan-venue", "version": 1, "name": "Broken",
  "halls": [ { "id": "1", "name": "Hall 1", "outline": [[0,0],[10,0]],
               "doors": [ { "kind": "window", "from": [0,0], "to": [1,0] } ] },
             { "id": "1", "name": "Hall 1 again", "outline": [[0,0],[10,0],[10,10],[0,10]] } ] }
"""


def story(boothplan, work):
    s = Story("window_bad_input")
    venue = os.path.join(work, "broken-venue.json")
    with open(venue, "w") as f:
        f.write(BROKEN_VENUE)
    cli_err = subprocess.run([boothplan, "new", "--venue", venue, "-o", os.path.join(work, "x.boothplan")],
                             capture_output=True, text=True)
    s.check(cli_err.returncode == 2, "the command line refuses the venue")
    cli_lines = [l for l in cli_err.stderr.splitlines() if l.startswith(venue)]

    newer = os.path.join(work, "newer.boothplan")
    cli(boothplan, "sample", "--preset", "tiny", "-o", newer)
    db = sqlite3.connect(newer)
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    newer_cli = subprocess.run([boothplan, "grid", newer], capture_output=True, text=True)

    w = Window(boothplan, work)
    try:
        s.step("new from a venue that fails validation")
        w.start()
        s.check(w.state("document") == "", "the start page shows")
        w.menu("file", "new_from_venue")
        w.choose_file(venue)
        p = w.wait(lambda p: p["state"].get("dialog") == "problems", "the problems dialog")
        shot = w.screenshot("01-venue-problems")
        s.check(p["state"].get("dialog.lines") == len(cli_lines),
                f"the dialog lists the {len(cli_lines)} problems the command line prints")
        mean, darkest = w.region_stats(shot, *w.item("dialog.lines"))
        s.check(darkest < 90, "the problems are drawn")
        w.click("dialog.close")
        s.check(w.state("document") == "", "nothing opened")

        s.step("a project from a newer boothplan")
        w.menu("file", "open")
        w.choose_file(newer)
        p = w.wait(lambda p: p["state"].get("dialog") == "problems", "the refusal")
        w.screenshot("02-newer-project")
        s.check(newer_cli.returncode == 2, "the command line refuses it too")
        w.click("dialog.close")
        s.check(w.state("document") == "", "nothing opened")
        w.quit_key()
        s.check(w.wait_exit() == 0, "the window closes")
    finally:
        w.close()
    return s.end()


if __name__ == "__main__":
    main(story)
