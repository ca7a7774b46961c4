"""The "save to library" dialog: a person, organisation or boilerplate typed in the editor.

It previews what the library's merge would change (a dry run), then saves on request.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from pressdesk.errors import PressdeskError
from pressdesk.library import SaveReport
from pressdesk.model import Boilerplate, Contact, Speaker
from pressdesk.tui.library_actions import (
    report_lines,
    save_boilerplate,
    save_contact,
    save_organisation,
    save_speaker,
)


@dataclass(frozen=True)
class SavedToLibrary:
    """What a save to the library did; `boilerplate` is the block with its library slug set."""

    report: SaveReport
    boilerplate: Boilerplate | None = None

    @property
    def lines(self) -> list[str]:
        return report_lines(self.report)


Saveable = Speaker | Contact | Boilerplate | str  # a str is an organisation's name


def describe(item: Saveable) -> list[str]:
    """What will be saved, in the staffer's words."""
    if isinstance(item, Speaker):
        title = f", {item.title}" if item.title else ""
        return [f"Spokesperson {item.name}{title}", f"of {item.org}"]
    if isinstance(item, Contact):
        details = " · ".join(d for d in (item.email, item.phone) if d)
        return [
            f"Media contact {item.name}" + (f" ({details})" if details else ""),
            f"of {item.org}",
        ]
    if isinstance(item, Boilerplate):
        words = len(item.text.split())
        return [
            f"The boilerplate of {item.org} ({words} words)",
            "It becomes the current one; the library keeps the one it replaces.",
        ]
    return [f"The organisation {item}"]


class SaveToLibrary(ModalScreen[SavedToLibrary | None]):
    """Save a speaker, contact, boilerplate or organisation typed in the editor to the library."""

    DEFAULT_CSS = """
    SaveToLibrary { align: center middle; }
    SaveToLibrary > #save-dialog {
        width: 80; max-width: 100%; height: auto; border: thick $primary;
        background: $surface; padding: 1 2;
    }
    SaveToLibrary #save-title { text-style: bold; margin-bottom: 1; }
    SaveToLibrary #save-preview { margin-top: 1; }
    SaveToLibrary #save-where { color: $text-muted; margin-top: 1; }
    SaveToLibrary #save-buttons { height: auto; margin-top: 1; align-horizontal: right; }
    SaveToLibrary Button { margin-left: 1; }
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="save.cancel", tooltip="Close without saving"),
    ]

    def __init__(self, folder: Path, item: Saveable, *, today: date) -> None:
        super().__init__()
        self.folder = folder
        self.item = item
        self.today = today

    def compose(self) -> ComposeResult:
        with Vertical(id="save-dialog"):
            yield Label("Save to the library", id="save-title")
            for line in describe(self.item):
                yield Static(line, markup=False)
            yield Static("Looking it up in the library…", id="save-preview", markup=False)
            yield Static(f"Library: {self.folder}", id="save-where", markup=False)
            with Horizontal(id="save-buttons"):
                yield Button("Save", id="save-go", variant="primary")
                yield Button("Cancel", id="save-cancel")

    def on_mount(self) -> None:
        self.query_one("#save-go", Button).focus()
        self._preview()

    @work(exclusive=True, group="library-preview")
    async def _preview(self) -> None:
        """Say what saving would change, before anything is written (a dry run of the merge)."""
        preview = self.query_one("#save-preview", Static)
        try:
            saved = await asyncio.to_thread(
                save_item, self.folder, self.item, self.today, dry_run=True
            )
        except (ValueError, OSError, PressdeskError) as exc:
            preview.update(f"Cannot be saved: {exc}")
            self.query_one("#save-go", Button).disabled = True
            return
        preview.update("What saving changes:\n" + "\n".join(f"  {line}" for line in saved.lines))

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#save-cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#save-go")
    def _save_pressed(self) -> None:
        self._save()

    @work(exclusive=True, group="library-save")
    async def _save(self) -> None:
        try:
            saved = await asyncio.to_thread(save_item, self.folder, self.item, self.today)
        except (ValueError, OSError, PressdeskError) as exc:
            # A nameless speaker, a read-only folder, a malformed library file: say so, stay.
            self.notify(str(exc), title="Not saved", severity="error")
            return
        self.dismiss(saved)


def save_item(
    folder: Path, item: Saveable, today: date, *, dry_run: bool = False
) -> SavedToLibrary:
    """Save one thing typed in the editor; returns what the library did (or would do)."""
    if isinstance(item, Speaker):
        return SavedToLibrary(save_speaker(folder, item, today=today, dry_run=dry_run))
    if isinstance(item, Contact):
        return SavedToLibrary(save_contact(folder, item, today=today, dry_run=dry_run))
    if isinstance(item, Boilerplate):
        report, block = save_boilerplate(folder, item, today=today, dry_run=dry_run)
        return SavedToLibrary(report, block)
    return SavedToLibrary(save_organisation(folder, item, today=today, dry_run=dry_run))
