"""`pressdesk` with no file: offer the last untitled draft back before starting a new one."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class RecoverScreen(ModalScreen[bool]):
    """Dismisses with True to reopen the draft, False to start a new one."""

    # Its own stylesheet, not the app's: parsed when first shown, not before the first frame.
    DEFAULT_CSS = """
    RecoverScreen { align: center middle; }
    #recover-box {
        width: 70; max-width: 95%; height: auto;
        border: round $primary; background: $surface; padding: 1 2;
    }
    #recover-what { margin: 1 0; color: $text-muted; }
    #recover-buttons { height: auto; }
    #recover-buttons Button { margin-right: 2; }
    """

    BINDINGS = [
        Binding(
            "escape",
            "dismiss(False)",
            "New draft",
            id="recover.new",
            tooltip="Start a new draft instead",
        ),
    ]

    def __init__(self, description: str) -> None:
        super().__init__(id="recover-screen")
        self.description = description

    def compose(self) -> ComposeResult:
        with Vertical(id="recover-box"):
            yield Static("You have an unsaved draft:", classes="recover-lead")
            yield Static(self.description, id="recover-what", markup=False)
            with Horizontal(id="recover-buttons"):
                yield Button("Recover it", id="recover", variant="primary")
                yield Button("Start a new draft", id="fresh")

    def on_mount(self) -> None:
        self.query_one("#recover-box").border_title = "Recover a draft?"

    @on(Button.Pressed, "#recover")
    def _recover(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#fresh")
    def _fresh(self) -> None:
        self.dismiss(False)
