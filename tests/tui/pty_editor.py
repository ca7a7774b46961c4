"""The installed editor (`pressdesk FILE`, the venv's console script) on a pseudo-terminal: keys go
in as the bytes a terminal sends, and the screen is read back through `pyte`, a VT emulator.

Everything a test waits for (the screen showing something, the file saying something) is polled
for; only the typist's own pace between keys is a pause.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import select
import shutil
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pyte

# What an xterm sends for each key (F1–F4 in SS3 form, as xterm-256color does).
SEQUENCES: dict[str, str] = {
    "tab": "\t",
    "shift+tab": "\x1b[Z",
    "enter": "\r",
    "escape": "\x1b",
    "space": " ",
    "backspace": "\x7f",
    "up": "\x1b[A",
    "down": "\x1b[B",
    "right": "\x1b[C",
    "left": "\x1b[D",
    "home": "\x1b[H",
    "end": "\x1b[F",
    "alt+up": "\x1b[1;3A",
    "alt+down": "\x1b[1;3B",
    "alt+right": "\x1b[1;3C",
    "alt+left": "\x1b[1;3D",
    "f1": "\x1bOP",
    "f2": "\x1bOQ",
    "f3": "\x1bOR",
    "f4": "\x1bOS",
    "f5": "\x1b[15~",
    "f6": "\x1b[17~",
    "f7": "\x1b[18~",
    "f8": "\x1b[19~",
    "f9": "\x1b[20~",
}


def sequence(key: str) -> str:
    """The bytes a terminal sends for Textual's key name `key` (`ctrl+n` is 0x0e)."""
    if key in SEQUENCES:
        return SEQUENCES[key]
    if key.startswith("alt+") and len(key) == 5:
        return "\x1b" + key[-1]  # escape, then the letter: what a terminal sends for alt+letter
    if key.startswith("ctrl+") and len(key) == 6 and key[-1].isalpha():
        return chr(ord(key[-1]) - ord("a") + 1)
    if len(key) == 1:
        return key
    raise KeyError(f"no terminal sequence for {key!r}")


def console_script() -> str:
    """The `pressdesk` the venv installed (beside the running Python)."""
    script = Path(sys.executable).with_name("pressdesk")
    found = str(script) if script.exists() else shutil.which("pressdesk")
    assert found, "pressdesk is not installed in this environment"
    return found


class PtyEditor:
    """`pressdesk FILE` on a pty of `columns` x `lines`, read through a VT emulator."""

    def __init__(self, path: Path, *, columns: int = 120, lines: int = 40) -> None:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(columns), "LINES": str(lines)}
        env.pop("NO_COLOR", None)
        env.pop("TEXTUAL", None)
        self.process = subprocess.Popen(
            [console_script(), str(path)],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            start_new_session=True,
        )
        os.close(slave)
        self.master = master
        self.screen = pyte.Screen(columns, lines)
        self._stream = pyte.ByteStream(self.screen)
        self._lock = threading.Lock()
        self.raw = bytearray()
        self._watch: Callable[[str], None] | None = None
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()

    def _drain(self) -> None:
        # Keep reading, so the editor never blocks writing to its terminal.
        while True:
            try:
                ready, _, _ = select.select([self.master], [], [], 0.05)
            except (OSError, ValueError):  # closed by `close()`: the editor is gone
                return
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:
                    return
                if not chunk:
                    return
                with self._lock:
                    self.raw += chunk
                    self._stream.feed(chunk)
                    watch = self._watch
                    text = "\n".join(self.screen.display) if watch is not None else ""
                if watch is not None:
                    watch(text)
            elif self.process.poll() is not None:
                return

    def text(self) -> str:
        with self._lock:
            return "\n".join(self.screen.display)

    def watch(self, callback: Callable[[str], None] | None) -> None:
        """Call `callback(screen text)` after every change the editor draws."""
        self._watch = callback

    def wait_for(self, text: str, timeout: float = 30.0) -> None:
        self.wait_until(lambda: text in self.text(), f"the screen to show {text!r}", timeout)

    def wait_until(self, done: Callable[[], bool], what: str = "it", timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not done():
            if self.process.poll() is not None:
                raise AssertionError(f"the editor exited waiting for {what}:\n{self.text()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"waited {timeout} s for {what}; the screen:\n{self.text()}")
            self._reader.join(0.01)

    def press(self, *keys: str) -> None:
        for key in keys:
            os.write(self.master, sequence(key).encode())

    def type(
        self, text: str, gap: float = 0.03, *, sent: Callable[[str], None] | None = None
    ) -> None:
        """Type like a person, one key every `gap` seconds (a burst would arrive as a paste)."""
        for ch in text:
            os.write(self.master, sequence("enter" if ch == "\n" else ch).encode())
            if sent is not None:
                sent(ch)
            time.sleep(gap)  # the typist's pace: the thing under test, not a wait for the editor

    def paste(self, text: str) -> None:
        """`text` as a terminal pastes it: in one bracketed paste (the editor turns it on)."""
        os.write(self.master, f"\x1b[200~{text}\x1b[201~".encode())

    def click(self, x: int, y: int) -> None:
        """A left click at column `x`, row `y` (from 0), as an SGR mouse terminal reports it."""
        os.write(self.master, f"\x1b[<0;{x + 1};{y + 1}M\x1b[<0;{x + 1};{y + 1}m".encode())

    def locate(self, text: str, columns: tuple[int, int] | None = None) -> tuple[int, int] | None:
        """Where `text` first shows on the screen (within `columns`, if given): (column, row)."""
        start, end = columns or (0, self.screen.columns)
        with self._lock:
            lines = list(self.screen.display)
        for row, line in enumerate(lines):
            if (column := line.find(text, start, end)) >= 0:
                return column, row
        return None

    def find(self, text: str, columns: tuple[int, int] | None = None) -> tuple[int, int]:
        """Where `text` shows (within `columns`), once the editor has drawn it there."""
        found: list[tuple[int, int]] = []

        def seen() -> bool:
            # One look at the screen both finds the text and says where: the screen can change
            # between two looks.
            where = self.locate(text, columns)
            if where is not None:
                found.append(where)
            return where is not None

        self.wait_until(seen, f"{text!r} on screen")
        return found[-1]

    def quit(self, timeout: float = 30.0) -> None:
        """ctrl+q, then wait for the editor to exit."""
        self.press("ctrl+q")
        deadline = time.monotonic() + timeout
        while self.process.poll() is None:
            assert time.monotonic() < deadline, "the editor did not quit"
            self._reader.join(0.02)
        self.close()

    def kill(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)
        self.close()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.master)
        self._reader.join(5)  # the reader sees the closed terminal and stops


class CpuHog:
    """A process spinning on every core, for as long as the `with` block lasts."""

    def __init__(self) -> None:
        self.processes: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> CpuHog:
        for _ in range(os.cpu_count() or 2):
            self.processes.append(
                subprocess.Popen([sys.executable, "-c", "while True: pass"], start_new_session=True)
            )
        return self

    def __exit__(self, *exc: object) -> None:
        for process in self.processes:
            process.kill()
            process.wait(10)
