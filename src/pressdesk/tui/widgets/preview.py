"""The live preview pane: the text export of the part of the release the current step edits."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from pressdesk.tui.widgets.steady_text import show_text


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

    def show(self, text: str, line: int = -1) -> None:
        """Show `text`; with `line`, scrolled (if need be) so that line of the text, before
        wrapping, is in sight near the top: where the block the cursor is in starts."""
        show_text(self.query_one("#preview-text", Static), text)
        if line >= 0:
            self.call_after_refresh(self._scroll_to_line, text, line)

    def _scroll_to_line(self, text: str, line: int) -> None:
        # Lines wrap to the pane's width: count the rows the lines above take, as Rich wraps them.
        from rich.text import Text

        width = max(self.scrollable_content_region.width, 1)
        console = self.app.console
        row = sum(len(Text(above).wrap(console, width)) or 1 for above in text.splitlines()[:line])
        top, height = round(self.scroll_y), self.scrollable_content_region.height
        if not top <= row < top + max(height - 2, 1):  # in sight already: the pane stays put
            self.scroll_to(y=max(row - 1, 0), animate=False, immediate=True)  # a line above it
