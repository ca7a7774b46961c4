"""The editor's multi-line field: prose bound to a field path, shaped as text, paragraphs or
list items, with help, placeholders and pasting as pressdesk keeps text.

Its own module, apart from `TextField`: the editor's first screen has no multi-line field, and
Textual's TextArea (with its document and undo modules) costs that screen about 8 ms to import
(bench/bench_tui.py). `ProseField` is a `TextArea`, which has undo and redo built in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from textual import events, on
from textual.message import Message
from textual.widgets import TextArea
from textual.widgets.text_area import Selection as AreaSelection

from pressdesk.model import Paragraph, Speaker
from pressdesk.placeholders import PLACEHOLDER, has_placeholder
from pressdesk.tui.edits import Group, Insert, SetField
from pressdesk.tui.paste import shape_paste
from pressdesk.tui.widgets.fields import (
    FIELD_BINDINGS,
    only_placeholders,
    paste_as_is,
    placeholder_at,
)
from pressdesk.tui.widgets.steady_area import SteadyArea

_BODY_TEXT = re.compile(r"^body\[(\d+)\]\.text$")


def split_paragraphs(text: str) -> tuple[str, ...]:
    """Paragraphs typed with a blank line between them."""
    return tuple(p.strip() for p in re.split(r"\n[ \t]*\n", text) if p.strip())


def split_items(text: str) -> tuple[str, ...]:
    """List items typed one to a line (a leading `-`, `*` or `•` is dropped)."""
    items = (re.sub(r"^\s*[-*•]\s+", "", line).strip() for line in text.splitlines())
    return tuple(item for item in items if item)


class ProseField(SteadyArea):
    """Multi-line text at `path`. `shape` says how the text maps onto the release:
    `text` as typed, `paragraphs` split at blank lines, `items` one per line.

    A quote's paragraphs and a body paragraph shape what is pasted into them as pressdesk keeps
    text (`tui/paste.py`): a body paragraph pasted as several becomes several paragraph blocks
    (posted as `Step.Changed` by the step, through `SplitPasted`), and a quote's speaker line
    fills an empty speaker (`SpeakerPasted`, for the quote's card)."""

    BINDINGS = FIELD_BINDINGS

    @dataclass
    class SplitPasted(Message):
        """Paragraphs pasted into a body paragraph: `edit` sets it and adds the rest after it."""

        field: ProseField
        edit: Group

    @dataclass
    class SpeakerPasted(Message):
        """A quote's paste began with its speaker's line (`Name, Title, Organization`)."""

        field: ProseField
        speaker: Speaker
        line: str

    def __init__(
        self,
        text: str = "",
        *,
        path: str,
        shape: str = "text",
        placeholder: str = "",
        help: str = "",
        id: str | None = None,
    ) -> None:
        super().__init__(
            text,
            soft_wrap=True,
            tab_behavior="focus",
            show_line_numbers=False,
            highlight_cursor_line=False,
            compact=True,
            placeholder=placeholder,
            id=id,
        )
        self.path = path
        self.shape = shape
        self.field_help = help or None
        self.speaker_now: Callable[[], Speaker | None] | None = None
        """The quote's speaker as its fields say now (a quote's card sets it), for a paste."""
        self.set_class(has_placeholder(text), "-placeholder")

    def on_mount(self) -> None:
        self.cursor_blink = bool(getattr(self.app, "cursor_blink", True))

    def on_paste(self, event: events.Paste) -> None:
        # Pasted into a placeholder, the paste replaces all of it.
        row, column = self.cursor_location
        if self.selection.is_empty and (
            span := placeholder_at(self.document.get_line(row), column)
        ):
            self.selection = AreaSelection((row, span[0]), (row, span[1]))
        body = _BODY_TEXT.match(self.path)
        if paste_as_is(self) or self.read_only or not (self.shape == "paragraphs" or body):
            return  # TextArea pastes it as it is
        event.prevent_default()
        event.stop()
        shaped = shape_paste(event.text, quote=self.shape == "paragraphs")
        paragraphs = shaped.paragraphs
        if shaped.speaker is not None:
            now = self.speaker_now() if self.speaker_now is not None else None
            if now is None or not (now.name or now.title or now.org):
                self.post_message(self.SpeakerPasted(self, shaped.speaker, shaped.speaker_line))
            elif now.name.casefold() != shaped.speaker.name.casefold():
                paragraphs = (shaped.speaker_line, *paragraphs)  # someone else's: keep the line
        if body is not None and len(paragraphs) > 1:
            self.post_message(self.SplitPasted(self, self._split(int(body[1]), paragraphs)))
        elif paragraphs:
            self._paste_here("\n\n".join(paragraphs))

    def _paste_here(self, text: str) -> None:
        if result := self.replace(text, *self.selection):
            self.move_cursor(result.end_location)

    def _split(self, index: int, paragraphs: tuple[str, ...]) -> Group:
        """The edit for several paragraphs pasted into body paragraph `index` at the selection:
        the text before it ends this paragraph, the text after it ends the last new one."""
        start, end = sorted((self.selection.start, self.selection.end))
        before = self.get_text_range((0, 0), start).rstrip()
        after = self.get_text_range(end, self.document.end).lstrip()
        first, *middle, last = paragraphs
        news = [*middle, f"{last} {after}".strip()]
        return Group(
            (
                SetField(self.path, f"{before} {first}".strip()),
                *(Insert("body", index + 1 + n, Paragraph(p)) for n, p in enumerate(news)),
            )
        )

    def action_clear_field(self) -> None:
        self.clear()

    async def action_delete_to_line_end(self) -> None:
        await self.action_delete_to_end_of_line_or_delete_line()

    # TextArea has no keys for the start and end of all its text (Home and End are the line's):
    # in a quote of several paragraphs they are the quickest way to its first or last word.
    def action_text_start(self) -> None:
        self.move_cursor((0, 0))

    def action_text_end(self) -> None:
        self.move_cursor(self.document.end)

    def on_focus(self) -> None:
        # Typing replaces the starter's placeholders: all of them when there is nothing else,
        # else the first one (a click inside another one selects that one).
        if only_placeholders(self.text):
            self.select_all()
            return
        for row in range(self.document.line_count):
            if match := PLACEHOLDER.search(self.document.get_line(row)):
                self.selection = AreaSelection((row, match.start()), (row, match.end()))
                return

    def on_click(self) -> None:
        # A click inside a placeholder selects it, so typing replaces just that part.
        row, column = self.cursor_location
        if self.selection.is_empty and (
            span := placeholder_at(self.document.get_line(row), column)
        ):
            self.selection = AreaSelection((row, span[0]), (row, span[1]))

    @on(TextArea.Changed)
    def _mark(self, event: TextArea.Changed) -> None:
        self.set_class(has_placeholder(self.text), "-placeholder")

    @on(TextArea.SelectionChanged)
    def _keep_cursor_moves_here(self, event: TextArea.SelectionChanged) -> None:
        # Nothing above the field listens for its cursor's moves; unstopped, each key's move
        # travels through every container up to the app, each handling it on its own queue.
        event.stop()

    @staticmethod
    def text_of(value: str | tuple[str, ...], shape: str) -> str:
        if isinstance(value, str):
            return value
        return ("\n\n" if shape == "paragraphs" else "\n").join(value)

    @property
    def model_value(self) -> str | tuple[str, ...]:
        if self.shape == "paragraphs":
            return split_paragraphs(self.text)
        if self.shape == "items":
            return split_items(self.text)
        return self.text

    def load(self, value: str | tuple[str, ...]) -> None:
        """Show `value` from the release without posting a change."""
        text = self.text_of(value, self.shape)
        if text != self.text:
            with self.prevent(TextArea.Changed):
                self.load_text(text)
            self.set_class(has_placeholder(text), "-placeholder")
