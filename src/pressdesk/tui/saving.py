"""Saving the editor's release when the staffer asks: ctrl+s (and quit), save as (a file of the
staffer's own, an untitled draft's way out of the data folder), and what each save's outcome says.
The writing itself is the autosave's (`tui/autosave.py`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pressdesk.tui.messages import FileSaved

if TYPE_CHECKING:
    from pressdesk.tui.screens.editor import EditorScreen


class Saving:
    """The editor screen's saves on request; the screen owns one."""

    def __init__(self, screen: EditorScreen) -> None:
        self._screen = screen

    def saved(self, message: FileSaved) -> None:
        """A save finished (the autosave's or one asked for): the title line says how it went."""
        screen = self._screen
        if message.error:
            screen.title_line.not_saved()
            screen.notify(message.error, title="Not saved", severity="error", timeout=8)
        else:
            screen.title_line.update()

    def now(self) -> bool:
        """Save at once (quit, ctrl+s); whether the file is up to date."""
        done = self._screen.autosave.save_now()
        self._screen.title_line.update()
        return done

    def save(self) -> None:
        """ctrl+s: save now, and say so."""
        if self.now():
            self._screen.toasts.say("saved", f"Saved {self._screen.path}", timeout=2)

    def save_as(self) -> None:
        """Ask for a file of the release's own, and keep it there from then on."""
        from pressdesk.render.naming import output_stem
        from pressdesk.tui.screens.save_as import SaveAsScreen

        suggested = f"{output_stem(self._screen.release)}.toml"
        self._screen.app.push_screen(SaveAsScreen(suggested, Path.cwd()), self._save_as)

    def _save_as(self, path: Path | None) -> None:
        screen = self._screen
        if path is None:
            return
        try:
            screen.autosave.write(screen.release, path, overwrite=False)
        except Exception as exc:
            screen.notify(f"Could not save {path}: {exc}", title="Not saved", severity="error")
            return
        old, was_draft = screen.path, screen.draft
        screen.autosave.moved(path)
        screen.draft = False
        if was_draft:
            old.unlink(missing_ok=True)  # it lives in its own file now: nothing to recover
        screen.title_line.update()
        screen.desk.moved(path.parent)
        screen.post_message(FileSaved())
        screen.toasts.say("saved", f"Saved as {path}; it saves there from now on", timeout=4)
