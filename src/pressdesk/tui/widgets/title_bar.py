"""The editor's title bar: Textual's Header, whose title line repaints without a layout.

Header's title is a Static, and `Static.update` lays out the whole screen by default. The title
line is as wide as the bar whatever it says, so a layout buys nothing; and the editor changes it
often while someone types (the word count, "saved" after each autosave). Laid out, that made one
keystroke in ten wait for a full layout of the screen (bench/bench_typing.py, keystroke p95).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.visual import VisualType
from textual.widgets import Header

# Not exported by textual.widgets; the Header queries its title by this class.
from textual.widgets._header import HeaderTitle


class _TitleLine(HeaderTitle):
    def update(self, content: VisualType = "", *, layout: bool = False) -> None:
        del layout  # asked for or not: the width is fixed, so the line is only repainted
        super().update(content, layout=False)


class TitleBar(Header):
    """The Header with a title line that repaints in place."""

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            yield _TitleLine() if type(widget) is HeaderTitle else widget
