"""Autosave, for real: the editor runs in its own process on a pseudo-terminal, keys are typed
into it, and it is killed with SIGKILL. The file must hold every character, and never be torn."""

from __future__ import annotations

import fcntl
import os
import select
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from pressdesk.model import Release
from pressdesk.store import load, save

pytestmark = pytest.mark.slow

TYPED = "Riverside Coalition Wins Vote on Rent Freeze"


class Terminal:
    """The editor in a child process on a pty, with everything it draws collected."""

    def __init__(self, path: Path) -> None:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"}
        env.pop("NO_COLOR", None)
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from pressdesk.cli import main; raise SystemExit(main())",
                str(path),
            ],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            start_new_session=True,
        )
        os.close(slave)
        self.master = master
        self.output = bytearray()
        self.reader = threading.Thread(target=self._drain, daemon=True)
        self.reader.start()

    def _drain(self) -> None:
        # Keep reading so the app never blocks writing to its terminal.
        while True:
            ready, _, _ = select.select([self.master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:
                    return
                if not chunk:
                    return
                self.output += chunk
            elif self.process.poll() is not None:
                return

    def wait_for(self, text: bytes, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.output:
            assert self.process.poll() is None, f"the editor exited: {bytes(self.output[-2000:])!r}"
            assert time.monotonic() < deadline, f"never saw {text!r}"
            self.reader.join(0.05)

    def wait_until(self, done: Callable[[], bool], timeout: float = 30.0) -> None:
        """Wait for something the editor does (a save reaching the disk), not for a set time."""
        deadline = time.monotonic() + timeout
        while not done():
            assert self.process.poll() is None, f"the editor exited: {bytes(self.output[-2000:])!r}"
            assert time.monotonic() < deadline, "the editor never did it"
            self.reader.join(0.05)

    def type(self, text: str, gap: float = 0.03) -> None:
        """Type like a person: one key at a time (a burst would arrive as a paste)."""
        for ch in text:
            os.write(self.master, ch.encode())
            time.sleep(gap)

    def kill(self) -> None:
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(10)
        os.close(self.master)


def release_file(tmp_path: Path) -> Path:
    path = tmp_path / "autosave.toml"
    save(path, Release(date=date(2026, 11, 24), headline=""))
    return path


def test_sigkill_a_second_after_typing_stops_loses_nothing(tmp_path: Path) -> None:
    path = release_file(tmp_path)
    terminal = Terminal(path)
    try:
        terminal.wait_for(b"Step 1 of 5")
        terminal.type(TYPED)
        time.sleep(1.0)  # the promise under test: a second after the last key, it is on disk
    finally:
        terminal.kill()
    assert load(path).headline == TYPED


@pytest.mark.parametrize("after_last_key", [0.45, 0.5, 0.52, 0.55, 0.6, 0.7])
def test_sigkill_mid_save_never_leaves_a_torn_file(tmp_path: Path, after_last_key: float) -> None:
    # Kills land around the moment the autosave fires (0.5 s after the last key), so some hit
    # a save in progress. The file must load every time, holding some prefix of what was typed.
    path = release_file(tmp_path)
    terminal = Terminal(path)
    try:
        terminal.wait_for(b"Step 1 of 5")
        terminal.type(TYPED[:20])
        # One autosave first, so the next one replaces a real file.
        terminal.wait_until(lambda: load(path).headline == TYPED[:20])
        terminal.type(TYPED[20:])
        time.sleep(after_last_key)
    finally:
        terminal.kill()
    headline = load(path).headline
    assert TYPED.startswith(headline) and len(headline) >= 20
