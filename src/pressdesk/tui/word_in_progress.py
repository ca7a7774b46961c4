"""A word is not misspelt while it is being typed.

Typing "county", the checks see "cou" and "coun" on the way, and a misspelling would come and go
in the findings on every word, as a word processor never shows it: it waits until the word is
left. So a `spelling` finding on the word the cursor of the focused field is in (or just after) is held
back; it shows once the cursor leaves the word (a space, a full stop, another field).
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.widget import Widget
from textual.widgets import Input

from pressdesk.findings import Finding
from pressdesk.tui.spans import piece_start
from pressdesk.tui.spelling_choices import SPELLING
from pressdesk.tui.widgets.kinds import is_text_area


def cursor_at(widget: Widget | None) -> tuple[str, int] | None:
    """The field path of `widget` (a text field) and its cursor, as an offset in its text."""
    path = getattr(widget, "path", None)
    if not isinstance(path, str):
        return None
    if isinstance(widget, Input):
        return path, widget.cursor_position
    if is_text_area(widget):
        from textual.widgets.text_area import Document  # imported with TextArea, so no cost

        if not isinstance(widget.document, Document):
            return None
        return path, widget.document.get_index_from_location(widget.cursor_location)
    return None


def being_typed(finding: Finding, widget: Widget, cursor: tuple[str, int]) -> bool:
    """Whether `finding` is a misspelling of the word `cursor` (`widget`'s) is in or just after."""
    if finding.rule != SPELLING or finding.start is None or finding.end is None:
        return False
    path, offset = cursor
    start = 0 if finding.field == path else piece_start(widget, finding.field)
    # In the word or just after it: typing "mu" before "and" makes "muand" until the space.
    return start is not None and start + finding.start <= offset <= start + finding.end


def settled(findings: Sequence[Finding], widget: Widget | None) -> tuple[Finding, ...]:
    """`findings` without a misspelling of the word being typed in `widget`."""
    cursor = cursor_at(widget)
    if widget is None or cursor is None:
        return tuple(findings)
    return tuple(f for f in findings if not being_typed(f, widget, cursor))
