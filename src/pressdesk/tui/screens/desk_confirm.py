"""A yes/no question that says why it is asked: "Replace these files?", "Export anyway?"."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static


class DeskConfirm(ModalScreen[bool]):
    """Ask before something that cannot be taken back; dismisses with True to go ahead.

    The reasons scroll (Tab or shift+Tab to them, then the arrows); the buttons stay in view."""

    DEFAULT_CSS = """
    DeskConfirm { align: center middle; }
    DeskConfirm > #confirm-dialog {
        width: 76; max-width: 100%; height: auto; max-height: 100%;
        border: thick $warning; background: $surface; padding: 0 2;
    }
    DeskConfirm #confirm-title { text-style: bold; margin: 1 0; }
    /* 12 lines of reasons at most, so the buttons stay on an 80x24 screen; the rest scroll. */
    DeskConfirm #confirm-reasons { height: auto; max-height: 12; }
    DeskConfirm .confirm-reason { color: $text; }
    DeskConfirm #confirm-buttons { height: auto; margin-top: 1; align-horizontal: right; }
    DeskConfirm Button { margin-left: 1; }
    """

    BINDINGS = [
        Binding("escape", "answer(False)", "Cancel", id="confirm.cancel", tooltip="Go back"),
    ]

    def __init__(self, title: str, reasons: Sequence[str], go_ahead: str) -> None:
        super().__init__()
        self.question = title
        self.reasons = tuple(reasons)
        self.go_ahead = go_ahead

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog"):
            yield Label(self.question, id="confirm-title")
            with VerticalScroll(id="confirm-reasons"):
                for reason in self.reasons:
                    yield Static(f"• {reason}", classes="confirm-reason", markup=False)
            with Horizontal(id="confirm-buttons"):
                yield Button("Go back", id="confirm-no", variant="primary")
                yield Button(self.go_ahead, id="confirm-yes", variant="warning")

    def on_mount(self) -> None:
        # The safe answer has the focus, so a stray Enter never overwrites anything.
        self.query_one("#confirm-no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
