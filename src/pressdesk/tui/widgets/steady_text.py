"""Change a `Static`'s text without laying out the whole screen when its height stays the same.

`Static.update` lays out the screen on every call, in case the text's height changed. On a large
release that costs tens of milliseconds: every widget on the screen is arranged and painted again.
The preview and the findings' summary change as the staffer types, nearly always to text of the
same height, so they only need their own lines repainted (bench/bench_typing.py, keystroke p95).
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static


def show_text(static: Static, text: str) -> None:
    """Show plain `text` in `static`; the screen is laid out again only if the height changes."""
    width, height = static.content_size
    static.update(Content(text), layout=False)
    # Before the first layout, or hidden, the widget has no size to compare: lay it out. The
    # height worked out here is kept by the widget, so a layout does not work it out again.
    size = static.size
    if width <= 0 or not static.display or static.get_content_height(size, size, width) != height:
        static.refresh(layout=True)
