"""The live preview pane: the text export of the part of the release the current step edits."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static


class Preview(VerticalScroll):
    """Shows what pressdesk will print, typography and all. The screen decides what and when."""

    HELP = """\
### Preview
The text export of the part you are editing, as pressdesk will print it: curly quotes,
continuing-paragraph marks, the dateline dash. Press F8 to hide or show it."""

    def compose(self) -> ComposeResult:
        yield Static("", id="preview-text", markup=False)

    def on_mount(self) -> None:
        self.border_title = "Preview"

    def show(self, text: str) -> None:
        self.query_one("#preview-text", Static).update(text)
