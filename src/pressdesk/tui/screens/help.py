"""F1: help for the field you are in (its `HELP` text), over the editor."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown, Static

KEYS = """\
### Keys
| Key | Does |
|---|---|
| F2–F6 | go to Release, Contacts, Story, Boilerplate, Review |
| alt+→ / alt+← | next / previous step |
| Tab / shift+Tab | next / previous field |
| alt+n | add a contact, paragraph or boilerplate |
| alt+q, alt+h, alt+l | add a quote, heading, list (Story) |
| alt+↑ / alt+↓ / alt+d | move up / move down / remove the block you are in |
| ctrl+z / ctrl+y | undo / redo in this field |
| ← / → or space | pick another value in a choice (release line, house style, quote style) |
| F7 | go to the findings, and back |
| F8 | show or hide the preview |
| F9 | export: text, Markdown, HTML email, .eml |
| ctrl+l / alt+z | pick from the library / undo the last fix |
| ctrl+p | every command, by name (`file: save as…` keeps a draft in a file of its own) |
| ctrl+s / ctrl+q | save now / save and quit |

Every change is saved to the file within a second."""


class HelpScreen(ModalScreen[None]):
    """Help for one field, then the keys."""

    BINDINGS = [
        Binding("escape,f1,q", "dismiss", "Close", id="help.close", tooltip="Close the help"),
    ]

    def __init__(self, text: str) -> None:
        super().__init__(id="help-screen")
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            with VerticalScroll():
                yield Markdown(f"{self.text}\n\n{KEYS}", id="help-text")
            yield Static("[dim]Esc to close[/dim]", id="help-close")

    def on_mount(self) -> None:
        self.query_one("#help-box").border_title = "Help"
