"""The editor's fields: one-line and multi-line text bound to a field path, with undo and help.

Textual 8's `Input` has no undo, so `TextField` keeps its own short history (a checkpoint per
word or pause); `ProseField` is a `TextArea`, which has undo and redo built in.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import ClassVar

from textual import events, on
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.validation import Validator
from textual.widget import Widget
from textual.widgets import Input, TextArea
from textual.widgets.input import Selection as InputSelection
from textual.widgets.text_area import Selection as AreaSelection

from pressdesk.model import Paragraph, Speaker
from pressdesk.placeholders import PLACEHOLDER, has_placeholder
from pressdesk.tui.edits import Group, Insert, SetField
from pressdesk.tui.keymap import FIELD_KEYS
from pressdesk.tui.paste import shape_paste
from pressdesk.tui.widgets.steady_area import SteadyArea

_PAUSE = 1.0  # seconds of quiet that start a new undo step
_FIELD_BINDINGS: list[BindingType] = [key.binding(priority=False) for key in FIELD_KEYS]
_BODY_TEXT = re.compile(r"^body\[(\d+)\]\.text$")


def paste_as_is(widget: Widget) -> bool:
    """Whether the staffer asked for the next paste exactly as copied (`edit.paste_as_is`); asking
    holds for one paste."""
    screen = widget.screen
    wanted = bool(getattr(screen, "paste_as_is", False))
    if wanted:
        screen.paste_as_is = False  # type: ignore[attr-defined]
    return wanted


def placeholder_at(text: str, index: int) -> tuple[int, int] | None:
    """The placeholder's span in `text` that `index` falls in, if any."""
    for m in PLACEHOLDER.finditer(text):
        if m.start() <= index <= m.end():
            return m.span()
    return None


def only_placeholders(text: str) -> bool:
    """Whether `text` is nothing but placeholders (so typing should replace it all)."""
    return bool(text.strip()) and not PLACEHOLDER.sub("", text).strip()


class TextField(Input):
    """A one-line field for the text at `path` (`headline`, `contacts[0].email`, …), with its own
    undo (the editor's ctrl+z and ctrl+y call it when the field's typing is the newest change)."""

    BINDINGS = _FIELD_BINDINGS

    clock: ClassVar[Callable[[], float]] = time.monotonic
    """When a change happens, to group typing into undo steps by pauses (tests set their own)."""

    # Textual's Input grows its virtual width with every character typed, and that reactive asks
    # for a layout of the whole screen: on the editor's screen, tens of milliseconds a key. A
    # one-line field of fixed size scrolls its text itself, so a repaint is all it needs.
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    def __init__(
        self,
        value: str = "",
        *,
        path: str,
        placeholder: str = "",
        help: str = "",
        validators: Iterable[Validator] = (),
        valid_empty: bool = True,
        id: str | None = None,
    ) -> None:
        validators = list(validators)
        super().__init__(
            value,
            placeholder=placeholder,
            validators=validators,
            validate_on=["changed"] if validators else None,
            valid_empty=valid_empty,
            compact=True,
            select_on_focus=False,
            id=id,
            # Input marks itself -valid (or -invalid) the first time it validates, which restyles
            # it: starting -valid spares each field of the first screen that restyle (nothing
            # styles -valid; -invalid, when a value fails, restyles as it should).
            classes="-valid",
        )
        self.path = path
        self.field_help = help or None
        self._mark_placeholder(value)
        self._undo: list[tuple[str, int]] = []
        self._redo: list[tuple[str, int]] = []
        self._last = value
        self._last_time = 0.0
        self._restoring_to: str | None = None

    def on_mount(self) -> None:
        # Tests and snapshots turn blinking off; set here, right after Input made its blink timer.
        self.cursor_blink = bool(getattr(self.app, "cursor_blink", True))

    def _mark_placeholder(self, value: str) -> None:
        # A starter's placeholder is selected when the field is entered, so typing replaces it.
        placeholder = has_placeholder(value)
        self.select_on_focus = placeholder
        self.set_class(placeholder, "-placeholder")

    def on_focus(self) -> None:
        # Also when the terminal reports it regained focus (Input then skips select_on_focus).
        if has_placeholder(self.value):
            self.selection = InputSelection(0, len(self.value))

    def on_click(self) -> None:
        # A click inside a placeholder selects it, so typing replaces just that part.
        if self.selection.is_empty and (span := placeholder_at(self.value, self.cursor_position)):
            self.selection = InputSelection(*span)

    def on_paste(self, event: events.Paste) -> None:
        paste_as_is(self)  # a one-line field shapes nothing, but the ask was for this paste
        # Pasted into a placeholder, the paste replaces all of it (Input then pastes).
        if self.selection.is_empty and (span := placeholder_at(self.value, self.cursor_position)):
            self.selection = InputSelection(*span)

    def action_clear_field(self) -> None:
        self.value = ""

    def action_delete_to_line_end(self) -> None:
        self.action_delete_right_all()

    def load(self, value: str) -> None:
        """Show `value` (from the release) without posting a change or keeping history."""
        self._mark_placeholder(value)
        self._undo.clear()
        self._redo.clear()
        self._last = value
        with self.prevent(Input.Changed):
            self.value = value
        if self.has_focus:
            self.on_focus()  # loaded after it took focus (the headline at start-up)
        if self.validators:
            self.validate(value)

    @on(Input.Changed)
    def _remember(self, event: Input.Changed) -> None:
        if event.input is not self:
            return
        if event.value == self._last:
            event.stop()  # Input also posts when it mounts: nothing changed, so nobody hears
            return
        self._mark_placeholder(event.value)
        if event.value == self._restoring_to:  # an undo or redo: history already moved
            self._restoring_to = None
            self._last = event.value
            return
        now = type(self).clock()
        typed_one = len(event.value) - len(self._last) == 1
        if (
            not self._undo
            or now - self._last_time > _PAUSE
            or not typed_one
            or event.value[-1:] == " "
        ):
            self._undo.append((self._last, self.cursor_position))
            del self._undo[:-100]
        self._redo.clear()
        self._last = event.value
        self._last_time = now

    def _restore(self, value: str, cursor: int) -> None:
        self._restoring_to = value
        self._last_time = 0.0
        self.value = value
        self.cursor_position = min(cursor, len(value))

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def action_undo(self) -> None:
        if self._undo:
            self._redo.append((self.value, self.cursor_position))
            self._restore(*self._undo.pop())

    def action_redo(self) -> None:
        if self._redo:
            self._undo.append((self.value, self.cursor_position))
            self._restore(*self._redo.pop())


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

    BINDINGS = _FIELD_BINDINGS

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
