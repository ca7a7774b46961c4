"""Focus the field a finding points at and select its span (Input or TextArea).

Fields are found by their `path` attribute (the field path they edit), as the editor's fields have.
"""

from __future__ import annotations

import re

from textual.dom import DOMNode
from textual.widget import Widget
from textual.widgets import Input
from textual.widgets.input import Selection as InputSelection

from pressdesk.findings import Finding
from pressdesk.tui.widgets.kinds import is_text_area


def select_span(widget: Widget, start: int | None, end: int | None) -> None:
    """Focus `widget` and select `start:end` of its text (offsets as in a finding).

    Offsets beyond the text (it may have changed since the check) are clamped. With no span, the
    field is only focused. Works for `Input` and `TextArea`; any other widget is just focused.
    """
    widget.focus()
    if start is None:
        return

    def apply() -> None:
        if isinstance(widget, Input):
            size = len(widget.value)
            widget.selection = InputSelection(min(start, size), min(end or start, size))
        elif is_text_area(widget):
            from textual.widgets.text_area import Selection as AreaSelection  # loaded with it

            text = widget.text
            begin = _location(text, min(start, len(text)))
            finish = _location(text, min(end or start, len(text)))
            widget.selection = AreaSelection(begin, finish)
            widget.scroll_cursor_visible()

    # Focusing is deferred through the app, and an Input selects everything when it gains focus:
    # queue the selection on the widget only after the app has delivered the focus.
    widget.app.call_later(widget.call_later, apply)


def _location(text: str, index: int) -> tuple[int, int]:
    """(row, column) of character `index` in a text area's text."""
    row = text.count("\n", 0, index)
    return row, index - (text.rfind("\n", 0, index) + 1)


# A field path of one paragraph or item inside a multi-line field: `body[3].paragraphs[1]`.
_PIECE = re.compile(r"^(?P<field>.+\.(?P<shape>paragraphs|items))\[(?P<index>\d+)\]$")
_SEPARATORS = {"paragraphs": re.compile(r"\n[ \t]*\n"), "items": re.compile(r"\n")}
_LEADS = {"paragraphs": re.compile(r"\s*"), "items": re.compile(r"\s*(?:[-*•]\s+)?")}


def piece_starts(text: str, shape: str) -> list[int]:
    """Where each paragraph (blank-line separated) or item (one a line) starts in `text`.

    Mirrors how the editor splits a quote's paragraphs and a list's items, so a finding's offset
    in `paragraphs[1]` can be turned into an offset in the whole text area.
    """
    starts: list[int] = []
    position = 0
    for gap in [*_SEPARATORS[shape].finditer(text), None]:
        end = gap.start() if gap else len(text)
        piece = text[position:end]
        if piece.strip():
            lead = _LEADS[shape].match(piece)
            starts.append(position + (lead.end() if lead else 0))
        position = gap.end() if gap else len(text)
    return starts


def field_widget(root: DOMNode, field: str) -> tuple[Widget, int] | None:
    """The widget editing `field` (its `path` attribute) and where the field's text starts in it.

    An exact `path` wins; `body[3].paragraphs[1]` also finds a widget whose path is
    `body[3].paragraphs` (all of a quote's paragraphs in one text area), at the second one.
    """
    widgets = [w for w in root.query("*") if isinstance(w, Widget) and getattr(w, "path", None)]
    for widget in widgets:
        if getattr(widget, "path", None) == field:
            return widget, 0
    for widget in widgets:
        # `embargo` is edited as `embargo-date` and `embargo-time`: the first one will do.
        if str(getattr(widget, "path", "")).startswith(f"{field}-"):
            return widget, 0
    for widget in widgets:
        if (start := piece_start(widget, field)) is not None:
            return widget, start
    return None


def piece_start(widget: Widget, field: str) -> int | None:
    """Where `field`, one paragraph or item (`body[3].paragraphs[1]`), starts in `widget`, the
    text area editing all of them (path `body[3].paragraphs`); None if it does not edit it."""
    piece = _PIECE.match(field)
    if piece is None or getattr(widget, "path", None) != piece["field"]:
        return None
    if not is_text_area(widget):
        return None
    starts = piece_starts(widget.text, piece["shape"])
    index = int(piece["index"])
    return starts[index] if index < len(starts) else len(widget.text)


def select_finding(root: DOMNode, finding: Finding) -> bool:
    """Focus the field a finding is about and select its span; False if no widget edits it."""
    found = field_widget(root, finding.field)
    if found is None:
        return False
    widget, shift = found
    if finding.start is None:
        select_span(widget, None, None)
    else:
        end = finding.end if finding.end is not None else finding.start
        select_span(widget, shift + finding.start, shift + end)
    return True
