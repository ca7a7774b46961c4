"""Python's full garbage collections wait for a pause in the typing.

With a release open, the editor holds about 190,000 objects (Textual keeps the lines it has drawn,
each with its caches) and a full collection walks them all: 90-280 ms. Left to itself, Python
runs one every few dozen keys, a stall a typist feels (bench/bench_typing.py, keystroke p95).
Textual pauses the collector while it scrolls smoothly for the same reason
(`App.PAUSE_GC_ON_SCROLL`).

Here the young generations are collected as Python does (they are cheap), and the full collection,
when Python would have run it, waits until nothing has changed for PAUSE seconds; during steady
typing it runs at most every LONGEST seconds, so garbage cannot pile up.

`pressdesk FILE` starts the editor with the collector off (cli/tui.py): the imports and the first
screen make only objects that last. `started` turns it back on once the editor is up, and freezes
what exists then, so no collection ever walks those objects again.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from textual.timer import Timer
from textual.widget import Widget

PAUSE = 1.0  # seconds without a change before a full collection may run
LONGEST = 30.0  # a full collection at least this often while it is due, typing or not
_NEVER = 1_000_000  # a generation-2 threshold Python never reaches by itself
PYTHON_FULL = 10  # Python's own: a full collection after 10 of the middle generation


class Collector:
    """Runs Python's full collections in the editor's pauses; `host` carries the timer."""

    def __init__(self, host: Widget, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._host = host
        self._clock = clock
        self._saved: tuple[int, int, int] | None = None
        self._timer: Timer | None = None
        self._last_change = self._last_full = clock()
        self._held = False  # the collector was off when the editor started: `started` ends that

    def start(self) -> None:
        if self._saved is not None:
            return
        young, middle, full = gc.get_threshold()
        # Another editor in the process may hold them already: its schedule is not Python's.
        self._saved = (young, middle, PYTHON_FULL if full >= _NEVER else full)
        gc.set_threshold(young, middle, _NEVER)
        self._held = not gc.isenabled()
        self._timer = self._host.set_interval(PAUSE / 2, self.tick, name="collector")

    def started(self) -> None:
        """The editor is up: collect from now on, never walking the objects made so far."""
        if self._held:
            self._held = False
            gc.freeze()
            gc.enable()

    def stop(self) -> None:
        """Give Python its own schedule back (the editor is closing)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self._saved is not None:
            gc.set_threshold(*self._saved)
            self._saved = None
        self.started()  # closed before it was up: Python collects as before

    def changed(self) -> None:
        """Something was typed or edited: hold a due collection back a little longer."""
        self._last_change = self._clock()

    @property
    def due(self) -> bool:
        """Whether Python would have run a full collection by now."""
        return self._saved is not None and gc.get_count()[2] >= self._saved[2]

    def tick(self) -> None:
        """Run a due full collection if typing has paused (or has gone on for LONGEST)."""
        now = self._clock()
        paused = now - self._last_change >= PAUSE
        if self.due and (paused or now - self._last_full >= LONGEST):
            gc.collect()
            self._last_full = self._clock()
