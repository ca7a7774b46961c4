"""Autosave for the editor: a save once typing stops, on ctrl+s and on quit, never two at once."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.timer import Timer

from pressdesk.model import Release
from pressdesk.tui.messages import Saved

if TYPE_CHECKING:
    from textual.app import App
    from textual.message import Message

AUTOSAVE_DELAY = 0.5  # seconds of quiet before a save: well inside the promised second
WAITING_EMBARGO = "saved · the embargoed line waits for the embargo's date and time"


def on_disk(release: Release) -> Release:
    """What the file can hold now. A release file that says embargoed must say until when (the
    format requires it, and the file could not be opened again without it), so until the date and
    time are typed the line is saved as immediate; everything else is saved as typed."""
    if release.line == "embargoed" and release.embargo is None:
        return release.replace(line="immediate")
    return release


class AutosaveMixin:
    """For the editor screen, which holds `release`, `path`, `draft` and `dirty`."""

    release: Release
    path: Path
    draft: bool
    dirty: bool
    _save_lock: threading.Lock
    _save_timer: Timer | None
    title: str | None
    sub_title: str | None

    if TYPE_CHECKING:

        @property
        def app(self) -> App[object]: ...
        def desk_moved(self, folder: Path) -> None: ...
        def set_timer(self, delay: float, callback: object, *, name: str) -> Timer: ...
        def notify(self, message: str, **kwargs: object) -> None: ...
        def post_message(self, message: Message) -> bool: ...

    def _update_title(self) -> None:
        self.title = "Untitled draft" if self.draft else self.path.name
        if self.dirty:
            self.sub_title = "unsaved changes"
        else:
            self.sub_title = "saved" if on_disk(self.release) is self.release else WAITING_EMBARGO

    def _write(self, release: Release) -> None:
        from pressdesk.store import save

        with self._save_lock:  # one save at a time, in the order they were asked for
            save(self.path, on_disk(release))

    def schedule_save(self) -> None:
        """Save once typing has stopped for AUTOSAVE_DELAY: each change restarts the wait.

        A timer, not a worker per keystroke: cheaper on the hot path (no worker messages)."""
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(AUTOSAVE_DELAY, self._autosave, name="autosave")

    @work(group="autosave")
    async def _autosave(self) -> None:
        release = self.release
        try:
            # Shielded: once a save has started it finishes even if another keystroke comes.
            await asyncio.shield(asyncio.to_thread(self._write, release))
        except Exception as exc:
            self._save_failed(exc)
            return
        self._file_saved(release)

    def save_now(self) -> bool:
        """Save at once (on quit, or ctrl+s). Returns whether the file is up to date."""
        if not self.dirty:
            return True
        release = self.release
        try:
            self._write(release)
        except Exception as exc:
            self._save_failed(exc)
            return False
        self._file_saved(release)
        return True

    def _file_saved(self, release: Release) -> None:  # not `_saved`: DeskMixin has one
        if release is self.release:
            self.dirty = False
            self._update_title()
        self.post_message(Saved())

    def _save_failed(self, exc: Exception) -> None:
        self.sub_title = "NOT SAVED"
        self.notify(
            f"Could not save {self.path}: {exc}", title="Not saved", severity="error", timeout=8
        )
        self.post_message(Saved(error=str(exc)))

    def action_save_as(self) -> None:
        """Keep the release in a file of its own (an untitled draft's way out of the data folder)."""
        from pressdesk.render.naming import output_stem
        from pressdesk.tui.screens.save_as import SaveAsScreen

        suggested = f"{output_stem(self.release)}.toml"
        self.app.push_screen(SaveAsScreen(suggested, Path.cwd()), self._save_as)

    def _save_as(self, path: Path | None) -> None:
        if path is None:
            return
        from pressdesk.store import save

        try:
            with self._save_lock:
                save(path, on_disk(self.release), overwrite=False)
        except Exception as exc:
            self.notify(f"Could not save {path}: {exc}", title="Not saved", severity="error")
            return
        old, was_draft = self.path, self.draft
        self.path, self.draft, self.dirty = path, False, False
        if was_draft:
            old.unlink(missing_ok=True)  # it lives in its own file now: nothing to recover
        self._update_title()
        self.desk_moved(path.parent)
        self.post_message(Saved())
        self.notify(f"Saved as {path}; it saves there from now on", timeout=4)

    def action_save(self) -> None:
        if self.save_now():
            self.notify(f"Saved {self.path}", timeout=2)
