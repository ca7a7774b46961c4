"""A field's row on a step: its label, the field, and a line under it for what it needs."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Input, Static

from pressdesk.tui.widgets.fields import TextField


class FieldRow(Widget):
    """A label, its field beside it, and a line under the field for what it needs (or a gentle note).

    The row draws its label itself, in the margin its children leave at their left
    (`.field-row > *` in pressdesk.tcss): every widget on the screen costs a little at start-up
    and on each keystroke, so no label widgets and no rows within rows."""

    COMPONENT_CLASSES = {"field-row--label"}

    def __init__(self, label: str, field: Widget, *, note: str = "", id: str | None = None) -> None:
        super().__init__(id=id, classes="field-row")
        self.label = label
        self.field = field
        self.note = note

    def compose(self) -> ComposeResult:
        yield self.field
        # The line under the field comes only when there is something to say: most fields never
        # need it, and every widget on the screen costs a little on each keystroke and at mount.
        if self.note:
            yield Static(self.note, classes="field-message", markup=False)

    def render(self) -> Content:
        return Content.styled(self.label, self.get_visual_style("field-row--label"))

    def on_mount(self) -> None:
        if isinstance(self.field, TextField) and self.field.validators and self.field.value:
            self.show_result(self.field.validate(self.field.value))

    @on(Input.Changed)
    def _validated(self, event: Input.Changed) -> None:
        self.show_result(event.validation_result)

    def show_result(self, result: object) -> None:
        failures = getattr(result, "failure_descriptions", []) if result is not None else []
        self.set_note(failures[0] if failures else self.note, invalid=bool(failures))

    def set_note(self, text: str, *, invalid: bool = False, level: str = "") -> None:
        found = self.query_children(".field-message")
        if found:
            message = found.first(Static)
        elif text:
            message = Static("", classes="field-message", markup=False)
            self.mount(message)
        else:
            return  # nothing to say and no line to hide
        if message.content != text:
            # A note already showing that stays one line needs no new layout (the headline's
            # meter changes with every key).
            same_size = message.display and bool(text) and "\n" not in text and len(text) < 60
            message.update(text, layout=not same_size)
        message.display = bool(text)
        message.set_class(invalid, "-invalid")
        for name in ("-warning", "-info"):
            message.set_class(level == name.lstrip("-"), name)
