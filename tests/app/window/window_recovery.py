"""A planner auto-allocates the tiny fair and the window is killed (kill -9) before anything is
saved. The project file is untouched; reopening it offers the autosaved work, Restore brings the
allocation back, and Save writes it and removes the recovery file."""

import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "lib"))
from gui import Story, Window, cli, main, placed_booths  # noqa: E402


def story(boothplan, work):
    s = Story("window_recovery")
    project = os.path.join(work, "tiny.boothplan")
    recovery = project + ".recovery"
    cli(boothplan, "sample", "--preset", "tiny", "-o", project)
    cli(boothplan, "grid", project)
    w = Window(boothplan, work)
    try:
        s.step("work, then kill -9 before saving")
        w.start(project, "--autosave-interval", "1")
        p = w.auto_allocate()
        placed = p["state"]["placed"]
        revision = p["state"]["revision"]
        # The autosave interval passes while the window idles; it writes without any input.
        p = w.wait(lambda p: p["state"].get("autosaved_revision") == revision, "the autosave", timeout=20)
        w.screenshot("01-before-kill")
        w.kill9()
        s.check(placed_booths(project) == 0, "the project file is as it was (only Save writes it)")
        s.check(os.path.exists(recovery), "the recovery file is beside it")
        s.check(placed_booths(recovery) == placed, f"the recovery file holds the {placed} placed exhibitors")
        s.check(not [f for f in os.listdir(work) if ".tmp-" in f], "no half-written file is left")

        s.step("reopen: the recovered work is offered")
        time.sleep(0.1)
        w.start(project)
        w.wait(lambda p: p["state"].get("dialog") == "recovery", "the recovery question")
        w.settle()
        shot = w.screenshot("02-recovery-offered")
        mean, darkest = w.region_stats(shot, *w.item("dialog.restore"))
        s.check(darkest < 90, "the Restore button is drawn")
        s.check(w.state("placed") == 0, "until the planner answers, the window shows the saved file")
        w.click("dialog.restore")
        p = w.wait(lambda p: p["state"].get("placed") == placed, "the restored allocation")
        s.check(p["state"].get("modified") == 1, "the restored work is unsaved")
        w.screenshot("03-restored")

        s.step("save it")
        w.key("ctrl+s")
        w.wait(lambda p: p["state"].get("modified") == 0, "Save")
        s.check(placed_booths(project) == placed, "the project file now holds the allocation")
        s.check(not os.path.exists(recovery), "the recovery file is gone")
        w.quit_key()
        s.check(w.wait_exit() == 0, "the window closes without asking")

        s.step("closing with unsaved changes asks")
        w.start(project)
        w.auto_allocate("a second solve")
        w.key("ctrl+q")
        w.wait(lambda p: p["state"].get("dialog") == "unsaved", "the unsaved-changes question")
        w.screenshot("04-unsaved-question")
        w.click("dialog.cancel")
        s.check(w.proc.poll() is None and w.state("dialog") is None, "Cancel keeps the window open")
        w.key("ctrl+q")
        w.wait(lambda p: p["state"].get("dialog") == "unsaved", "the question again")
        w.click("dialog.discard", exits=True)
        s.check(w.wait_exit() == 0, "Don't save closes the window")
        s.check(not os.path.exists(recovery), "discarding removes the recovery file too")
    finally:
        w.close()
    return s.end()


if __name__ == "__main__":
    main(story)
