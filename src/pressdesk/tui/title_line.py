"""The title bar's text: the file's name, whether it is saved, and the body's words and pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pressdesk.length import length_summary
from pressdesk.tui.autosave import on_disk

if TYPE_CHECKING:
    from pressdesk.tui.screens.editor import EditorScreen

WAITING_EMBARGO = "saved · the embargoed line waits for the embargo's date and time"


class TitleLine:
    """Keeps the editor screen's title and sub-title up to date; the screen owns one.

    Cheap to call on every keystroke: the title bar repaints its one line in place
    (widgets/title_bar.py), and an unchanged title is not repainted at all.
    """

    def __init__(self, screen: EditorScreen) -> None:
        self._screen = screen

    def update(self) -> None:
        """Show the title line as things are."""
        screen = self._screen
        screen.title = "Untitled draft" if screen.draft else screen.path.name
        screen.sub_title = f"{self._saved()} · {length_summary(screen.release)}"

    def not_saved(self) -> None:
        """The last save failed: say so in place of everything else."""
        self._screen.sub_title = "NOT SAVED"

    def _saved(self) -> str:
        screen = self._screen
        if screen.autosave.dirty:
            return "unsaved changes"
        return "saved" if on_disk(screen.release) is screen.release else WAITING_EMBARGO
