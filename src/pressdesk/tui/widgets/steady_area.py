"""A TextArea that repaints only the lines a keystroke changes.

Textual's TextArea repaints all of itself whenever its selection is set, and typing sets it on
every key. Every widget under the field (card, step, columns, screen) is then drawn again over
all of the field's height: on the editor's Story step, most of the cost of a key
(bench/bench_typing.py, keystroke p95). Here a key repaints what it changed:

- an edit within one paragraph (typing, deleting, a fix): the wrapped lines of the paragraph
  whose words changed, and the lines the cursor left and is on. When the paragraph wraps to more
  or fewer lines, the field's height changes and Textual repaints all of it anyway;
- an edit across paragraphs (a paste, a line break): from the line it starts on to the bottom;
- the cursor moving, with nothing selected before or after: the line it left and the one it is on;
- and the lines of a bracket lit as the match of the one at the cursor, and of the one lit before.

Anything else (a selection shown or cleared, undo and redo, new text loaded, the placeholder
coming or going) repaints all of it, as TextArea does. Scrolling, styles and size changes repaint as they always have.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from textual.document._document import Location
from textual.document._edit import Edit
from textual.reactive import Reactive
from textual.widgets import TextArea
from textual.widgets.text_area import EditResult, Selection


@dataclass(frozen=True)
class _Editing:
    """An edit being made: where it starts, its paragraph's wrapped lines and the cursor's line
    before it."""

    top: Location
    lines: list[str] | None  # None: it spans paragraphs
    paragraphs: int  # how many the text had before it
    cursor_line: int | None
    was_empty: bool  # the field showed its placeholder


class SteadyArea(TextArea):
    """TextArea, repainting after each key only the lines the key changed."""

    selection: Reactive[Selection] = Reactive(
        Selection(), init=False, always_update=True, repaint=False
    )

    _editing: _Editing | None = None
    _repaint_all = False  # set while the text changes other than by an edit
    _bracket_line: int | None = None  # where a bracket matching the one at the cursor is lit

    def edit(self, edit: Edit) -> EditResult:
        top, bottom = edit.top, edit.bottom
        lines = self.wrapped_document.get_sections(top[0]) if top[0] == bottom[0] else None
        cursor_line = self._line_of(self.selection.end)
        self._editing = _Editing(top, lines, self.document.line_count, cursor_line, self._empty)
        try:
            return super().edit(edit)
        finally:
            self._editing = None

    def undo(self) -> None:
        with self._whole():
            super().undo()

    def redo(self) -> None:
        with self._whole():
            super().redo()

    def load_text(self, text: str) -> None:
        with self._whole():
            super().load_text(text)

    @contextmanager
    def _whole(self) -> Iterator[None]:
        """While the text changes other than by `edit`: repaint all of the field."""
        self._repaint_all = True
        try:
            yield
        finally:
            self._repaint_all = False

    def watch_selection(self, previous: Selection, selection: Selection) -> None:
        if not self.is_mounted:
            return
        editing = self._editing
        lit_before, self._bracket_line = self._bracket_line, self._lit_bracket_line()
        placeholder = editing is not None and (editing.was_empty or self._empty)
        if self._repaint_all or placeholder or not (previous.is_empty and selection.is_empty):
            self.refresh()  # a selection, a placeholder (it may wrap), text not typed: all of it
            return
        if editing is None:
            self._repaint(self._line_of(previous.end))
        else:
            if not self._repaint_paragraph(editing):
                self._repaint(self._line_of(editing.top), to_bottom=True)
            self._repaint(editing.cursor_line)
        self._repaint(self._line_of(selection.end))
        if lit_before != self._bracket_line:
            for line in (lit_before, self._bracket_line):
                if line is not None:
                    self._repaint(line)

    def _lit_bracket_line(self) -> int | None:
        """The line of the bracket lit as the match of the one at the cursor, if any. TextArea
        finds it (just before this watcher runs) and draws by it: the same value is read here."""
        match = self._matching_bracket_location if self.match_cursor_bracket else None
        return None if match is None else self._line_of(match)

    def _repaint_paragraph(self, editing: _Editing) -> bool:
        """Repaint the wrapped lines of the edited paragraph whose words changed; False if the
        edit changed more than that paragraph's words."""
        row = editing.top[0]
        if editing.lines is None or self.document.line_count != editing.paragraphs:
            return False
        lines = self.wrapped_document.get_sections(row)
        if len(lines) != len(editing.lines):
            return False
        first = self._line_of((row, 0))
        if first is None:
            return False
        for n, (before, after) in enumerate(zip(editing.lines, lines, strict=True)):
            if before != after:
                self._repaint(first + n)
        return True

    def _repaint(self, line: int | None, *, to_bottom: bool = False) -> None:
        """Repaint wrapped line `line` (None: all of the field), or all shown from it down."""
        if line is None:
            self.refresh()
            return
        top = self.scroll_offset.y
        bottom = top + self.scrollable_content_region.height  # the first line not shown
        end = bottom if to_bottom else min(bottom, line + 1)
        line = max(line, top)
        if end > line:
            self.refresh_lines(line, end - line)

    @property
    def _empty(self) -> bool:
        """Whether there is no text (TextArea then shows the placeholder)."""
        return self.document.line_count == 1 and not self.document[0]

    def _line_of(self, location: Location) -> int | None:
        """The wrapped line `location` is drawn on, from the top of the text (None: not known,
        as for a place the text no longer has)."""
        try:
            return self.wrapped_document.location_to_offset(location).y
        except (IndexError, ValueError):
            return None
