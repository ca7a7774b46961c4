"""Autosave: the editor's release on disk within a second of any change, never two saves at once.

A save waits for half a second of quiet, so a burst of typing costs one write; but never more
than `MAX_WAIT` after the first change not yet saved, so steady typing is saved too.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.timer import Timer
from textual.widget import Widget

from pressdesk.model import Release
from pressdesk.tui.messages import FileSaved

AUTOSAVE_DELAY = 0.5  # seconds of quiet before a save
MAX_WAIT = 0.7  # seconds from the first unsaved change to its save, however steady the typing


def on_disk(release: Release) -> Release:
    """What the file can hold now. A release file that says embargoed must say until when (the
    format requires it, and the file could not be opened again without it), so until the date and
    time are typed the line is saved as immediate; everything else is saved as typed."""
    if release.line == "embargoed" and release.embargo is None:
        return release.replace(line="immediate")
    return release


class Autosave:
    """Saves `current()` to `path` for the screen that owns it (`host`, which hears `FileSaved`)."""

    def __init__(
        self,
        host: Widget,
        path: Path,
        current: Callable[[], Release],
        *,
        dirty: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._host = host
        self.path = path
        self._current = current
        self.dirty = dirty
        self._clock = clock
        self._lock = threading.Lock()  # one write at a time
        self._timer: Timer | None = None
        self._first_unsaved: float | None = None
        # Which change each write holds. A background save slowed down on a busy machine can
        # reach the lock after a later save (ctrl+s, quit): it must not put the older release
        # back on disk, so a write older than the one already on disk is dropped.
        self._version = 0
        self._on_disk_version = -1

    def changed(self) -> None:
        """The release changed: save once typing pauses, or at the latest MAX_WAIT from now."""
        self.dirty = True
        self._version += 1
        now = self._clock()
        if self._first_unsaved is None:
            self._first_unsaved = now
        if self._timer is not None:
            self._timer.stop()
        delay = min(AUTOSAVE_DELAY, max(0.01, self._first_unsaved + MAX_WAIT - now))
        self._timer = self._host.set_timer(delay, self._fire, name="autosave")

    def _fire(self) -> None:
        self._timer = None
        self._first_unsaved = None  # what changes from now on waits for the next save
        self._host.run_worker(
            self._save_in_background(self._current(), self._version), group="autosave"
        )

    async def _save_in_background(self, release: Release, version: int) -> None:
        try:
            # Shielded: once a save has started it finishes even if another keystroke comes.
            await asyncio.shield(asyncio.to_thread(self._write_version, release, version))
        except Exception as exc:
            self._failed(exc)
            return
        self._saved(release)

    def write(self, release: Release, path: Path | None = None, **options: Any) -> None:
        """Write `release` (as the file can hold it) to `path` (default: the file being edited)."""
        from pressdesk.store import save

        with self._lock:
            save(path or self.path, on_disk(release), **options)

    def _write_version(self, release: Release, version: int) -> None:
        """Write `release`, the editor's `version`, unless a newer one is on disk already."""
        from pressdesk.store import save

        with self._lock:
            if version <= self._on_disk_version:
                return  # overtaken by a later save: the file already holds newer text
            save(self.path, on_disk(release))
            self._on_disk_version = version

    def save_now(self) -> bool:
        """Save at once (on quit, or ctrl+s). Returns whether the file is up to date."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._first_unsaved = None
        if not self.dirty:
            return True
        release = self._current()
        try:
            self._write_version(release, self._version)
        except Exception as exc:
            self._failed(exc)
            return False
        self._saved(release)
        return True

    def moved(self, path: Path) -> None:
        """The release now lives at `path` (saved there already)."""
        self.path = path
        self.dirty = False
        self._on_disk_version = self._version

    def _saved(self, release: Release) -> None:
        if release is self._current():
            self.dirty = False
        self._host.post_message(FileSaved())

    def _failed(self, exc: Exception) -> None:
        self._host.post_message(FileSaved(error=f"Could not save {self.path}: {exc}"))
