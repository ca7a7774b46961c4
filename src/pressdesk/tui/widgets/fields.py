"""The editor's one-line fields: text bound to a field path, with undo and help, and what the
multi-line `ProseField` (prose_field.py) shares with them.

Textual 8's `Input` has no undo, so `TextField` keeps its own short history (a checkpoint per
word or pause).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import ClassVar

from textual import events, on
from textual.binding import BindingType
from textual.geometry import Size
from textual.reactive import Reactive
from textual.validation import Validator
from textual.widget import Widget
from textual.widgets import Input
from textual.widgets.input import Selection as InputSelection

from pressdesk.placeholders import PLACEHOLDER, has_placeholder
from pressdesk.tui.keymap import FIELD_KEYS

_PAUSE = 1.0  # seconds of quiet that start a new undo step
FIELD_BINDINGS: list[BindingType] = [key.binding(priority=False) for key in FIELD_KEYS]


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

    BINDINGS = FIELD_BINDINGS

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

    def action_text_start(self) -> None:
        self.action_home()

    def action_text_end(self) -> None:
        self.action_end()

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
