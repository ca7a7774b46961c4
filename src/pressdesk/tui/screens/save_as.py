"""Save as: give an untitled draft (or a copy of the release) a file of its own.

An untitled draft lives in the user data folder; this is how it moves to where the staffer keeps
releases. The new file is never written over an existing one, and must be a `.toml` release file in
a folder that exists.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static


def save_as_target(typed: str, folder: Path) -> tuple[Path | None, str]:
    """The file `typed` names (relative names are in `folder`), or None and why it cannot be."""
    text = typed.strip()
    if not text:
        return None, "Type a file name, such as statement.toml."
    path = Path(text).expanduser()
    if not path.is_absolute():
        path = folder / path
    if path.suffix.lower() != ".toml":
        return None, "A release file ends in .toml (exports are made with F9)."
    if not path.parent.is_dir():
        return None, f"There is no folder {path.parent}."
    if path.exists():
        return None, f"{path.name} is already there: choose another name."
    return path, ""


class SaveAsScreen(ModalScreen[Path | None]):
    """Asks for the new file's name; dismisses with its path, or None when cancelled."""

    # Its own stylesheet, not the app's: parsed when first shown, not before the first frame.
    DEFAULT_CSS = """
    SaveAsScreen { align: center middle; }
    #save-as-box {
        width: 76; max-width: 95%; height: auto;
        border: round $primary; background: $surface; padding: 1 2;
    }
    #save-as-name { margin: 1 0; }
    #save-as-problem { color: $text-error; margin-bottom: 1; }
    #save-as-buttons { height: auto; }
    #save-as-buttons Button { margin-right: 2; }
    """

    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel", id="save-as.cancel", tooltip="Keep as is"),
    ]

    def __init__(self, suggested: str, folder: Path) -> None:
        super().__init__(id="save-as-screen")
        self.suggested = suggested
        self.folder = folder

    def compose(self) -> ComposeResult:
        with Vertical(id="save-as-box"):
            yield Static(
                f"The file to keep this release in (a name alone goes in {self.folder}):",
                markup=False,
            )
            yield Input(self.suggested, id="save-as-name", select_on_focus=False)
            yield Static("", id="save-as-problem", markup=False)
            with Horizontal(id="save-as-buttons"):
                yield Button("Save", id="save-as-save", variant="primary")
                yield Button("Cancel", id="save-as-cancel")

    def on_mount(self) -> None:
        self.query_one("#save-as-box").border_title = "Save as"
        self.query_one("#save-as-problem").display = False

    @on(Input.Submitted)
    @on(Button.Pressed, "#save-as-save")
    def _save(self) -> None:
        path, problem = save_as_target(self.query_one(Input).value, self.folder)
        if path is None:
            note = self.query_one("#save-as-problem", Static)
            note.update(problem)
            note.display = True
            return
        self.dismiss(path)

    @on(Button.Pressed, "#save-as-cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
