"""A choice among a few fixed values, every one in view: `◉ Immediate  ○ Embargoed`.

The release line, the house style and a quote's style each have two or three values. A dropdown
hides them behind a key and costs six widgets (the box, its label and arrow, the overlay and its
list); this is one widget that shows them all. ←/→ (or space) pick the next, a click picks the
one clicked, and `Changed` is posted only for a pick the staffer made, never for `load`. The
labels are kept short, so the options fit on one line beside the field labels.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

_GAP = 2  # spaces between two options
_KEYS = "Press ← or → (or space) to pick another, or click the one you want."


class ChoiceField(Widget, can_focus=True):
    """A choice from a few fixed values (release line, house style, quote style)."""

    DEFAULT_CSS = """
    ChoiceField {
        width: auto;
        height: 1;
        padding: 0 1 0 0;  /* the first mark lines up with the text fields above and below */
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    ChoiceField:focus {
        background: $surface-lighten-1;
    }
    """

    BINDINGS = [
        Binding("left", "pick(-1)", "Previous", show=False, id="choice.previous"),
        Binding("right,space", "pick(1)", "Next", show=False, id="choice.next"),
    ]

    value: reactive[str] = reactive("")

    @dataclass
    class Changed(Message):
        """The staffer picked another value."""

        choice: ChoiceField
        value: str

        @property
        def control(self) -> ChoiceField:
            return self.choice

    def __init__(
        self,
        options: list[tuple[str, str]],
        *,
        value: str,
        help: str = "",
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.options = options  # (label, value) pairs, in the order shown
        self.field_help = f"{help}\n\n{_KEYS}" if help else _KEYS
        self.set_reactive(ChoiceField.value, value)

    @property
    def values(self) -> list[str]:
        return [value for _, value in self.options]

    def load(self, value: str) -> None:
        """Show `value` from the release without posting a change."""
        with self.prevent(ChoiceField.Changed):
            self.value = value

    def watch_value(self, value: str) -> None:
        self.post_message(self.Changed(self, value))

    def render(self) -> Content:
        parts = [
            Content.from_markup(
                "[b $text-accent]◉ $label[/]"
                if value == self.value
                else "[$text-muted]○ $label[/]",
                label=label,  # a template variable: never read as markup
            )
            for label, value in self.options
        ]
        return Content(" " * _GAP).join(parts)

    def action_pick(self, offset: int) -> None:
        values = self.values
        here = values.index(self.value) if self.value in values else -1
        self.value = values[(here + offset) % len(values)]

    def on_click(self, event: events.Click) -> None:
        x = event.x - self.styles.padding.left  # from the first option's mark
        for label, value in self.options:
            width = len(label) + 2  # the mark, a space, the label
            if x < width + _GAP // 2:  # a click in the gap goes to the nearer option
                self.value = value
                return
            x -= width + _GAP
