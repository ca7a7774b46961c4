"""F1: help for the field you are in (its `HELP` text) and the keys, over the editor."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown, Static


class HelpScreen(ModalScreen[None]):
    """Help for one field, then the keys."""

    # Its own stylesheet, not the app's: parsed when first shown, not before the first frame.
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    #help-box {
        width: 90%; max-width: 90; height: 80%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    #help-close { height: 1; content-align: right middle; }
    """

    BINDINGS = [
        Binding("escape,f1,q", "dismiss", "Close", id="help.close", tooltip="Close the help"),
    ]

    def __init__(self, text: str) -> None:
        super().__init__(id="help-screen")
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            with VerticalScroll():
                yield Markdown(self.text, id="help-text")
            yield Static("[dim]Esc to close[/dim]", id="help-close")

    def on_mount(self) -> None:
        self.query_one("#help-box").border_title = "Help"
