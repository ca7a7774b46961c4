"""What every step shares: `load(release)` down, `Changed(edit)` up, and text fields that
turn each keystroke into a `SetField` edit on their field path."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Static

from pressdesk.model import Release
from pressdesk.tui.edits import Edit, Insert, Move, Remove, SetField
from pressdesk.tui.keymap import key_for
from pressdesk.tui.messages import Flush
from pressdesk.tui.steps import step_info
from pressdesk.tui.widgets.field_row import FieldRow
from pressdesk.tui.widgets.fields import TextField
from pressdesk.tui.widgets.kinds import is_prose_field

if TYPE_CHECKING:
    from textual.widgets import TextArea

    from pressdesk.tui.widgets.prose_field import ProseField


class Step(VerticalScroll):
    """One step of the editor. It shows part of the release and never keeps a copy of it."""

    STEP_ID: ClassVar[str] = ""
    COLLECTION: ClassVar[str] = ""  # contacts, body or boilerplate, for steps that hold cards

    @dataclass
    class Changed(Message):
        """The user changed the release; `edit` says how (the screen applies it)."""

        step: Step
        edit: Edit

        @property
        def control(self) -> Step:
            return self.step

    def __init__(self) -> None:
        super().__init__(id=self.STEP_ID, classes="step")
        self.can_focus = False
        # The last edit this step asked for, if it adds, removes or moves a card: the next load
        # moves the cards' widgets to match instead of pouring every card's text into another.
        self.structural_edit: Insert | Remove | Move | None = None

    def compose_intro(self) -> ComposeResult:
        info = step_info(self.STEP_ID)
        yield Static(f"[b]{info.title}[/b]  [dim]{info.blurb}[/dim]", classes="step-intro")

    def load(self, release: Release) -> AwaitComplete | None:
        """Show this step's part of `release` in the fields (await it when cards come or go)."""
        raise NotImplementedError

    def new_item(self, kind: str = "", index: int | None = None) -> Insert | None:
        """The edit that adds a new item at `index` (the end if None); `kind` names the story's
        block kinds. None on a step without a list."""
        return None

    def post_edit(self, edit: Edit | None) -> None:
        if edit is not None:
            self.post_message(self.Changed(self, edit))

    @on(Flush)
    def _flush(self, flush: Flush) -> None:
        # A field's change becomes this step's `Changed`, posted to this step's own queue: the
        # app's flush goes round once more, behind it.
        again = flush.behind(self)
        if again is not None:
            flush.stop()
            self.post_message(again)

    def edit_for(self, field: TextField, value: str) -> Edit | None:
        """The edit a keystroke in `field` makes (steps with dates and times override this)."""
        return SetField(field.path, value)

    @on(Button.Pressed, ".card-up, .card-down, .card-remove")
    def _card_button(self, event: Button.Pressed) -> None:
        event.stop()
        card = focused_card(event.button)
        if card is None:
            return
        if event.button.has_class("card-remove"):
            self.post_edit(Remove(self.COLLECTION, card.index))
        else:
            offset = -1 if event.button.has_class("card-up") else 1
            self.post_edit(Move(self.COLLECTION, card.index, offset))

    @on(Input.Changed)
    def _input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if isinstance(event.input, TextField) and event.input.path:
            edit = self.edit_for(event.input, event.value)
            if edit is not None:
                self.post_edit(edit)

    # Handlers by name, not `@on`: naming the classes would import them (widgets/kinds.py).
    def on_prose_field_split_pasted(self, event: ProseField.SplitPasted) -> None:
        event.stop()
        self.post_edit(event.edit)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        area = event.text_area
        if is_prose_field(area) and area.path:
            self.post_edit(SetField(area.path, area.model_value))


class Card(Vertical):
    """One item of a list step (a contact, a body block, a boilerplate): a title line with
    move and remove buttons, then its fields. `index` is its place in the release."""

    def __init__(self, index: int) -> None:
        super().__init__(classes="card")
        self.index = index
        self.into_sight_when_laid_out = False  # the editor sets it on a card it just added

    def on_resize(self) -> None:
        # Laid out at last: the card the editor just added and put the cursor in comes into sight.
        if self.into_sight_when_laid_out:
            self.into_sight_when_laid_out = False
            self.scroll_visible(animate=False)

    def compose_header(self, title: str) -> ComposeResult:
        with Horizontal(classes="card-header"):
            yield Label(title, classes="card-title", markup=False)
            for name, mark, does, key in (
                ("up", "↑", "Move up", "move.up"),
                ("down", "↓", "Move down", "move.down"),
                ("remove", "✕", "Remove", "move.remove"),
            ):
                yield Button(
                    mark, classes=f"card-{name}", compact=True, tooltip=f"{does} ({key_for(key)})"
                )

    def on_mount(self) -> None:
        # The buttons are for the mouse (the move and remove keys do the same): keeping them out of
        # the Tab order lets Tab go from field to field, as a newcomer expects.
        for button in self.query(".card-header Button"):
            button.can_focus = False

    def set_title(self, title: str) -> None:
        # One line of fixed width: no need to lay the screen out again (it follows typing).
        self.query_one(".card-title", Label).update(title, layout=False)

    def fits(self, item: object) -> bool:
        """Whether this card can show `item` (same kind of block)."""
        return True

    def load(self, item: object, index: int) -> None:
        raise NotImplementedError


def load_field(field: TextField | ProseField, path: str, value: str | tuple[str, ...]) -> None:
    """Point a reused field at `path` and show `value`, keeping its undo history if nothing moved."""
    if field.path == path and isinstance(field, TextField) and field.value == value:
        return
    field.path = path
    if isinstance(field, TextField):
        assert isinstance(value, str)
        field.load(value)
        row = next((a for a in field.ancestors if isinstance(a, FieldRow)), None)
        if row is not None and field.validators:
            row.show_result(field.validate(value))
    else:
        field.load(value)


def sync_cards(
    container: Widget, items: tuple[object, ...], make: Callable[[Any, int], Card]
) -> AwaitComplete:
    """Make `container`'s cards match `items`: reuse a card where it fits, replace or add where
    not, and drop the rest. `make(item, index)` builds a new card. Await it to know the new
    cards are mounted.

    After the step's own add, remove or move, each card keeps its item: its widgets move rather
    than every later card reloading the next one's text (slow for long quotes, and it loses undo)."""
    cards = list(container.query_children(Card))
    step = next((a for a in container.ancestors if isinstance(a, Step)), None)
    moved = _moved(cards, step)
    order = cards if moved is None else moved
    wanted: list[Card] = []
    for i, item in enumerate(items):
        card = order[i] if i < len(order) else None
        if card is not None and card.fits(item):
            card.load(item, i)
        else:
            card = make(item, i)
        wanted.append(card)
    pending: list[Awaitable[object]] = []
    previous: Card | None = None
    for card in wanted:
        if card not in cards:
            if previous is not None:
                pending.append(container.mount(card, after=previous))
            elif container.children:
                pending.append(container.mount(card, before=container.children[0]))
            else:
                pending.append(container.mount(card))
        elif previous is None:
            if container.children[0] is not card:
                container.move_child(card, before=container.children[0])
        elif container.children.index(card) != container.children.index(previous) + 1:
            container.move_child(card, after=previous)
        previous = card
    pending += [card.remove() for card in cards if card not in wanted]
    return AwaitComplete(*pending)


def _moved(cards: list[Card], step: Step | None) -> list[Card | None] | None:
    """The cards in their new order after the step's last add, remove or move (None for the
    added item), or None when there is no such edit to follow."""
    edit = step.structural_edit if step is not None else None
    if step is None or edit is None or edit.collection != step.COLLECTION:
        return None
    step.structural_edit = None  # one load follows one edit; later loads go by position
    order: list[Card | None] = list(cards)
    if isinstance(edit, Insert):
        place = len(order) if edit.index is None else min(max(edit.index, 0), len(order))
        order.insert(place, None)
    elif isinstance(edit, Remove) and 0 <= edit.index < len(order):
        del order[edit.index]
    elif isinstance(edit, Move) and 0 <= edit.index < len(order) and 0 <= edit.target < len(order):
        order.insert(edit.target, order.pop(edit.index))
    else:
        return None
    return order


def focused_card(widget: Widget | None) -> Card | None:
    """The card holding `widget` (the focused field), if any."""
    node = widget
    while node is not None:
        if isinstance(node, Card):
            return node
        node = node.parent  # type: ignore[assignment]
    return None
