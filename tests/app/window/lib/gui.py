"""Driving the real planner window under Xvfb with real X input events (xdotool).

The window writes a probe file every frame (BOOTHPLAN_UI_PROBE): where its named widgets lie and
what it shows. A test finds what to click there, sends the events with xdotool, and waits for the
window to draw again before the next step (Dear ImGui 1.86 has no input queue: events closer than a
frame apart can merge). Screenshots come from `import -window root` and stay in the work folder as
artefacts.
"""

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time


class Skip(Exception):
    pass


def need(*programs):
    for p in programs:
        if shutil.which(p) is None:
            raise Skip(f"{p} is not installed")


class Window:
    def __init__(self, boothplan, work, width=1600, height=1000):
        need("Xvfb", "xdotool", "import", "convert")
        self.boothplan = boothplan
        self.work = work
        self.artefacts = os.path.join(work, "artefacts")
        os.makedirs(self.artefacts, exist_ok=True)
        self.width, self.height = width, height
        self.probe_path = os.path.join(work, "probe.json")
        self.proc = None
        self.xvfb = None
        self.display = None
        self.env = dict(os.environ)
        for k in ("XDG_CONFIG_HOME", "XDG_STATE_HOME"):
            self.env[k] = os.path.join(work, k.lower())
        self.env["LANG"] = "C.UTF-8"
        self.env.pop("LC_ALL", None)
        self.env["BOOTHPLAN_UI_PROBE"] = self.probe_path
        self._start_x()

    # [SECTION] The X server and the window process ------------------------------------------------

    def _start_x(self):
        r, w = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(w), "-screen", "0", f"{self.width}x{self.height}x24", "-nolisten", "tcp"],
            pass_fds=(w,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(w)
        number = b""
        while not number.endswith(b"\n"):
            c = os.read(r, 1)
            if not c:
                raise RuntimeError("Xvfb did not start")
            number += c
        os.close(r)
        self.display = ":" + number.decode().strip()
        self.env["DISPLAY"] = self.display

    def start(self, *args, lang=None):
        if os.path.exists(self.probe_path):
            os.remove(self.probe_path)
        cmd = [self.boothplan, "--no-native-dialogs", "--window-size", str(self.width), "--window-height",
               str(self.height)]
        if lang:
            cmd += ["--lang", lang]
        cmd += list(args)
        self.log = open(os.path.join(self.work, "window.log"), "a")
        self.proc = subprocess.Popen(cmd, env=self.env, stdout=self.log, stderr=self.log)
        self.wait(lambda p: p["frame"] >= 2, "the first frames", timeout=60)
        self.settle()

    def kill9(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        self.proc = None

    def wait_exit(self, timeout=30):
        rc = self.proc.wait(timeout=timeout)
        self.proc = None
        return rc

    def close(self):
        if self.proc:
            self.proc.kill()
            self.proc.wait()
        if self.xvfb:
            self.xvfb.terminate()
            self.xvfb.wait()

    # [SECTION] The probe ---------------------------------------------------------------------------

    def probe(self):
        for _ in range(200):
            try:
                with open(self.probe_path) as f:
                    return json.load(f)
            except (FileNotFoundError, json.JSONDecodeError):
                time.sleep(0.01)
        raise RuntimeError("no probe file from the window")

    def state(self, key, default=None):
        return self.probe()["state"].get(key, default)

    def wait(self, predicate, what, timeout=30):
        end = time.time() + timeout
        last = None
        while time.time() < end:
            if self.proc and self.proc.poll() is not None:
                raise RuntimeError(f"the window exited ({self.proc.returncode}) while waiting for {what}")
            try:
                last = self.probe()
                if predicate(last):
                    return last
            except RuntimeError:
                pass
            time.sleep(0.05)
        self.screenshot("timeout")
        raise AssertionError(f"timed out waiting for {what}; last state: {json.dumps(last)[:2000]}")

    def frame(self):
        """Waits until the window has drawn a frame that began after everything sent before this call.

        One more frame is not enough: it may have been under way when the last key or button was
        sent, and then read the state before it (ImGui 1.86 polls the buttons and the modifiers at
        the start of a frame). The frame after that one began after it, so it saw what was sent."""
        self._one_more_frame()
        return self._one_more_frame()

    def _one_more_frame(self):
        """Waits until the window has drawn at least one more frame (nudging the pointer to cause one)."""
        start = self.probe()["frame"]
        x, y = self.pointer()
        subprocess.run(["xdotool", "mousemove", str(x + 1), str(y)], env=self.env, check=True)
        subprocess.run(["xdotool", "mousemove", str(x), str(y)], env=self.env, check=True)
        return self.wait(lambda p: p["frame"] > start, "a frame", timeout=20)

    def settle(self, quiet=0.3, timeout=30):
        """Waits until the window stops drawing (it draws on demand, so a settled window is idle)."""
        end = time.time() + timeout
        last, since = self.probe()["frame"], time.time()
        while time.time() < end:
            time.sleep(0.05)
            f = self.probe()["frame"]
            if f != last:
                last, since = f, time.time()
            elif time.time() - since >= quiet:
                return
        # A solver run or a flight keeps drawing: that is fine, the caller waits for its state.

    def item(self, name):
        items = self.probe()["items"]
        if name not in items:
            raise AssertionError(f"no item {name} on screen; items: {sorted(items)[:80]}")
        return items[name]

    def has_item(self, name):
        return name in self.probe()["items"]

    def screen_point(self, name, fx=0.5, fy=0.5):
        p = self.probe()
        x, y, w, h = p["items"][name] if name in p["items"] else self.item(name)
        wx, wy = p["window"]
        return int(wx + x + w * fx), int(wy + y + h * fy)

    def pointer(self):
        out = subprocess.run(["xdotool", "getmouselocation", "--shell"], env=self.env, check=True,
                             capture_output=True, text=True).stdout
        v = dict(line.split("=", 1) for line in out.split())
        return int(v["X"]), int(v["Y"])

    # [SECTION] Input: a frame between every step ---------------------------------------------------

    def move(self, x, y):
        subprocess.run(["xdotool", "mousemove", str(x), str(y)], env=self.env, check=True)
        self.frame()

    def click_at(self, x, y, button=1, exits=False):
        self.move(x, y)
        subprocess.run(["xdotool", "mousedown", str(button)], env=self.env, check=True)
        self.frame()
        subprocess.run(["xdotool", "mouseup", str(button)], env=self.env, check=True)
        if exits:
            return  # the click closes the window: no frame comes after it
        self.frame()
        self.settle()

    def auto_allocate(self, what="the solve to finish"):
        """Presses Auto-allocate and waits until the solve's result is shown; returns that probe."""
        self.click("alloc.run")
        return self.wait(lambda p: p["state"].get("report") == "solve" and p["state"].get("solver.running") == 0,
                         what, timeout=120)

    def click(self, name, button=1, exits=False):
        self.wait(lambda p: name in p["items"], f"item {name}")
        self.click_at(*self.screen_point(name), button=button, exits=exits)

    def quit_key(self, combo="ctrl+q"):
        """A key that closes the window: no frame comes after it. The window may be gone before the
        release, and Xvfb resets once its last client leaves: the release may then find no display."""
        subprocess.run(["xdotool", "keydown", combo], env=self.env, check=True)
        subprocess.run(["xdotool", "keyup", combo], env=self.env, check=False, stderr=subprocess.DEVNULL)

    def key(self, combo):
        subprocess.run(["xdotool", "keydown", combo], env=self.env, check=True)
        self.frame()
        subprocess.run(["xdotool", "keyup", combo], env=self.env, check=True)
        self.frame()
        self.settle()

    def type(self, text):
        subprocess.run(["xdotool", "type", "--delay", "40", text], env=self.env, check=True)
        self.frame()
        self.settle()

    def menu(self, *path):
        """Opens a menu by clicking its items in turn: menu("file", "export")."""
        name = "menu." + path[0]
        self.click(name)
        for part in path[1:]:
            name += "." + part
            self.click(name)

    def choose_file(self, path):
        """Types a path into the window's own file dialog and confirms it."""
        self.wait(lambda p: p["state"].get("dialog") == "file", "the file dialog")
        for attempt in range(3):
            self.click("file.name")
            self.key("ctrl+a")
            self.key("BackSpace")
            self.type(path)
            if self.state("file.typed") == path:
                break
            print(f"   (the name field holds {self.state('file.typed')!r}; typing again)", flush=True)
        self.click("file.ok")

    # [SECTION] The plan on the screen -------------------------------------------------------------

    def venue_to_screen(self, x, y):
        """The screen point of a venue point in the plan view (orthographic, north up)."""
        st = self.probe()["state"]
        rx, ry, rw, rh = (float(v) for v in st["plan_rect"].split(","))
        x0, y0, x1, y1 = (float(v) for v in st["plan_visible"].split(","))
        k = st.get("fb_scale", 1.0) or 1.0
        wx, wy = self.probe()["window"]
        sx = rx + (x - x0) / (x1 - x0) * rw
        sy = ry + (y1 - y) / (y1 - y0) * rh
        return int(wx + sx / k), int(wy + sy / k)

    def drag(self, a, b, button=1, shift=False):
        """Presses at a, moves to b in steps with a frame between each, releases at b."""
        self.move(*a)
        if shift:
            subprocess.run(["xdotool", "keydown", "shift"], env=self.env, check=True)
            self.frame()
        subprocess.run(["xdotool", "mousedown", str(button)], env=self.env, check=True)
        self.frame()
        for i in range(1, 6):
            self.move(int(a[0] + (b[0] - a[0]) * i / 5), int(a[1] + (b[1] - a[1]) * i / 5))
        subprocess.run(["xdotool", "mouseup", str(button)], env=self.env, check=True)
        self.frame()
        if shift:
            subprocess.run(["xdotool", "keyup", "shift"], env=self.env, check=True)
            self.frame()
        self.settle()

    # [SECTION] Screenshots -------------------------------------------------------------------------

    def screenshot(self, name):
        path = os.path.join(self.artefacts, name + ".png")
        subprocess.run(["import", "-window", "root", path], env=self.env, check=True)
        return path

    def pixel(self, png, x, y):
        out = subprocess.run(["convert", png, "-format", f"%[pixel:p{{{x},{y}}}]", "info:"], check=True,
                             capture_output=True, text=True).stdout.strip()
        # "srgb(12,34,56)" or "gray(200)"
        inner = out[out.index("(") + 1:out.index(")")]
        parts = [float(v.rstrip("%")) for v in inner.split(",")]
        if len(parts) == 1:
            parts = parts * 3
        return tuple(int(round(v)) for v in parts[:3])

    def region_stats(self, png, x, y, w, h):
        """The mean and the darkest channel value of a screen region (text makes dark pixels)."""
        out = subprocess.run(["convert", png, "-crop", f"{int(w)}x{int(h)}+{int(x)}+{int(y)}", "-colorspace", "gray",
                              "-format", "%[fx:mean*255] %[fx:minima*255]", "info:"],
                             check=True, capture_output=True, text=True).stdout.split()
        return float(out[0]), float(out[1])

    def crop(self, png, name, rect, out_name):
        x, y, w, h = rect
        wx, wy = self.probe()["window"]
        path = os.path.join(self.artefacts, out_name + ".png")
        subprocess.run(["convert", png, "-crop", f"{int(w)}x{int(h)}+{int(wx + x)}+{int(wy + y)}", "+repage", path],
                       check=True)
        return path


# [SECTION] The saved project ---------------------------------------------------------------------

def placed_booths(project):
    return query(project, "SELECT COUNT(*) FROM booths WHERE exhibitor IS NOT NULL")[0][0]


def query(project, sql):
    db = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def block_frame(project, block):
    """origin, along, across, module_m, row_depth_m, rows, modules of a block (as the grid made it)."""
    ox, oy, ax, ay, m, d, rows, modules = query(
        project, f"SELECT ox, oy, ax, ay, module_m, row_depth_m, rows, modules FROM blocks WHERE id = {block}")[0]
    return (ox, oy), (ax, ay), (-ay, ax), m, d, rows, modules


def cell_centre(project, block, row, col):
    (ox, oy), (ax, ay), (cx, cy), m, d, _, _ = block_frame(project, block)
    u, v = (col + 0.5) * m, (row + 0.5) * d
    return ox + ax * u + cx * v, oy + ay * u + cy * v


def block_corners(project, block, margin=0.8):
    """Two opposite corners of the block's footprint, pushed out by a margin."""
    (ox, oy), (ax, ay), (cx, cy), m, d, rows, modules = block_frame(project, block)
    u0, v0, u1, v1 = -margin, -margin, modules * m + margin, rows * d + margin
    return ((ox + ax * u0 + cx * v0, oy + ay * u0 + cy * v0), (ox + ax * u1 + cx * v1, oy + ay * u1 + cy * v1))


def cli(boothplan, *args):
    return subprocess.run([boothplan, *args], check=True, capture_output=True, text=True).stdout


class Story:
    """Prints each step like the CLI tests do, and the closing line."""

    def __init__(self, name):
        self.name = name
        self.failures = 0

    def step(self, text):
        print(f"-- {text}", flush=True)

    def check(self, ok, text):
        print(("ok   " if ok else "FAIL ") + text, flush=True)
        if not ok:
            self.failures += 1
        return ok

    def end(self):
        if self.failures:
            print(f"{self.name}: {self.failures} failed")
            return 1
        print(f"{self.name}: all passed")
        return 0


def main(story_fn):
    boothplan, work = sys.argv[1], sys.argv[2]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    try:
        sys.exit(story_fn(boothplan, work))
    except Skip as s:
        print(f"skipped: {s}")
        sys.exit(77)
