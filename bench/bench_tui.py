"""TUI: time to the first screen, beside a bare Textual app (typing: bench/bench_typing.py).

Everything runs in fresh subprocesses, headless, at 100x30, median of several runs, alternating with
a bare app (Header, Input, Footer) so both see the same machine load; both run from compiled bytecode,
as installed. Start-up is timed from just before the process is spawned to two moments: the first
screen ready, Textual's own "ready" (the app's auto-pilot starts: the first screen is composed, not
yet mounted or painted), which the budget is read against; and, stricter, the first frame drawn that
shows the release (the Release step with the file's values in its fields; the bare app's first
frame), with the CPU time beside it. The second costs more in any app with more widgets on its first
screen: Textual mounts, styles and paints each one. Then, as a user sees it: `pressdesk FILE` (the
venv's console script) and the bare app (a script) are started on a pseudo-terminal of 120x40
(TERM=xterm-256color), what they write is read through a VT emulator (pyte), and the time is taken
from just before the spawn to the moment the screen shows the release's headline (the bare app: its
header's title); seven pairs, each pair run back to back.
"""

from __future__ import annotations

import fcntl
import os
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

from run import ROOT, Row, child_env

RUNS = 7
TERMINAL = (120, 40)  # columns, lines of the pseudo-terminal the editor is started on
BARE_TITLE = "Bare Textual app"  # what the bare app's header says: its first frame is on screen

# The bare app as a user would start it: a script run by the venv's Python, on the terminal.
_BARE_APP = f"""
from textual.app import App
from textual.widgets import Footer, Header, Input

class Bare(App):
    TITLE = {BARE_TITLE!r}

    def compose(self):
        yield Header()
        yield Input()
        yield Footer()

Bare().run()
"""

_STARTUP = """
import sys, time
t0 = float(sys.argv[1])
from pathlib import Path

if sys.argv[2] == "bare":
    from textual.app import App
    from textual.widgets import Footer, Header, Input

    class Bare(App):
        def compose(self):
            yield Header()
            yield Input()
            yield Footer()

    app = Bare()
else:
    from pressdesk.cli.tui import build_editor  # as `pressdesk FILE` starts it

    app = build_editor(Path(sys.argv[2]))
    from textual.app import App

ready = []

async def on_ready(pilot):
    ready.append((time.time() - t0) * 1000)  # Textual's "ready": composed, not yet drawn

_display = App._display

def first_frame(self, screen, update):
    # Every frame goes through App._display (headless, it is then written nowhere). The first one
    # that shows the release (for pressdesk, the Release step with the file's values in its
    # fields) ends the run: wall ms since just before the spawn, CPU ms, Textual's ready in ms.
    _display(self, screen, update)
    shown = getattr(self.screen_stack[0], "loaded", None) if self.screen_stack else None
    if shown is not None and not shown.is_set():
        return  # the editor's frame before the release is in its fields
    if update is not None and not self._batch_count and self.return_code is None:
        print(f"{(time.time() - t0) * 1000:.3f} {time.process_time() * 1000:.3f} {ready[0] if ready else -1:.3f}", flush=True)
        self.exit()

App._display = first_frame
app.run(headless=True, size=(100, 30), auto_pilot=on_ready)
"""


def _startup_ms(target: str, pycache: Path, *, warm: bool = False) -> tuple[float, float, float]:
    """(wall, CPU) milliseconds from process start to the first frame that shows the release,
    and the wall milliseconds to Textual's "ready" (the screen composed, nothing drawn yet).

    Both apps run from compiled bytecode kept in `pycache`, as an installed package does (pip
    compiles it); `warm` writes it. Without this pressdesk's sources would be compiled afresh
    on every start here (PYTHONDONTWRITEBYTECODE is set) while Textual's come compiled."""
    env = child_env(PYTHONPYCACHEPREFIX=str(pycache))
    if warm:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", _STARTUP, str(start), target],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=ROOT,
    )
    wall, cpu, ready = out.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu), float(ready)


def _on_terminal_ms(command: list[str], shown: str, pycache: Path, *, warm: bool = False) -> float:
    """Wall milliseconds from just before `command` is spawned on a pseudo-terminal to the moment
    the screen, as a VT emulator (pyte) reads what the process wrote, shows `shown`.

    The process is killed once it has; both apps run from compiled bytecode in `pycache`, as an
    installed package does (see `_startup_ms`)."""
    import pyte

    columns, lines = TERMINAL
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
    env = child_env(PYTHONPYCACHEPREFIX=str(pycache), TERM="xterm-256color")
    env.update(COLUMNS=str(columns), LINES=str(lines))
    env.pop("NO_COLOR", None)
    if warm:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    screen = pyte.Screen(columns, lines)
    stream = pyte.ByteStream(screen)
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT, start_new_session=True
    )
    os.close(slave)
    try:
        while True:
            if time.perf_counter() - start > 60:
                raise RuntimeError(f"{shown!r} never showed:\n" + "\n".join(screen.display))
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                continue
            chunk = os.read(master, 65536)  # the process never waits on a full terminal
            stream.feed(chunk)
            if any(shown in line for line in screen.display):
                return (time.perf_counter() - start) * 1000
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)
        os.close(master)


def _terminal_rows(release: Path, headline: str, pycache: Path) -> list[Row]:
    """First frame on a real terminal: `pressdesk FILE` until the headline shows, beside the bare
    app until its header shows, interleaved in pairs so both see the same load."""
    pressdesk = [sys.executable, str(Path(sys.executable).with_name("pressdesk")), str(release)]
    bare = [sys.executable, "-c", _BARE_APP]
    wanted = headline[:40]  # what fits in the headline field at 120 columns
    for command, shown in ((bare, BARE_TITLE), (pressdesk, wanted)):
        _on_terminal_ms(command, shown, pycache, warm=True)  # compile, warm the disk cache
    ours, base, ratios = [], [], []
    for _ in range(RUNS):
        base.append(_on_terminal_ms(bare, BARE_TITLE, pycache))
        ours.append(_on_terminal_ms(pressdesk, wanted, pycache))
        ratios.append(ours[-1] / base[-1])
    ratio = statistics.median(ours) / statistics.median(base)
    return [
        Row(
            "on a terminal: bare Textual app's header on screen (baseline)",
            statistics.median(base),
            note=f"median of {RUNS}; pty {TERMINAL[0]}x{TERMINAL[1]} read by pyte",
        ),
        Row(
            "on a terminal: `pressdesk FILE` headline on screen",
            statistics.median(ours),
            note=f"{ratio:.2f}x the bare app (budget 1.3x); pairs: "
            f"{min(ratios):.2f}-{max(ratios):.2f}x",
        ),
    ]


def _startup_rows(
    ours: list[tuple[float, float, float]], bare: list[tuple[float, float, float]]
) -> list[Row]:
    def median(runs: list[tuple[float, float, float]], i: int) -> float:
        return statistics.median(run[i] for run in runs)

    def ratio(i: int) -> float:
        return median(ours, i) / median(bare, i)

    return [
        Row("first screen ready: bare Textual app (baseline)", median(bare, 2), note="median"),
        Row(
            "first screen ready: pressdesk, 1,500 words",
            median(ours, 2),
            note=f"{ratio(2):.2f}x the bare app (budget 1.3x); Textual's ready",
        ),
        Row("first frame drawn: bare Textual app (baseline)", median(bare, 0), note="median"),
        Row(
            "first frame drawn, showing the release: pressdesk",
            median(ours, 0),
            note=f"{ratio(0):.2f}x the bare app; stricter: mounted and painted",
        ),
        Row("  first frame drawn, CPU: bare Textual app", median(bare, 1), note="baseline"),
        Row("  first frame drawn, CPU: pressdesk", median(ours, 1), note=f"{ratio(1):.2f}x"),
    ]


def run() -> list[Row]:
    from sample import release_of_words

    from pressdesk.store import save

    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        release = folder / "release.toml"
        save(release, release_of_words(1500))
        pycache = folder / "pycache"
        for target in ("bare", str(release)):
            _startup_ms(target, pycache, warm=True)
        ours, bare = [], []
        for _ in range(RUNS):
            bare.append(_startup_ms("bare", pycache))
            ours.append(_startup_ms(str(release), pycache))
        rows += _startup_rows(ours, bare)
        rows += _terminal_rows(release, release_of_words(1500).headline, pycache)
    return rows
