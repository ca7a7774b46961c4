"""Cards added (by a key, the palette or from the library), moved and removed in the editor's
list steps (contacts, story, boilerplate), and every structural edit shown in its step with the
cursor kept where the staffer works."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pressdesk.tui.edits import Edit, Group, Insert, Move, Remove, is_structural
from pressdesk.tui.steps import LIST_STEPS, step_of
from pressdesk.tui.widgets.step import Card, Step, focused_card

if TYPE_CHECKING:
    from pressdesk.tui.screens.editor import EditorScreen

FIELDS = "TextField, ProseField, ChoiceField, Checkbox"  # what the cursor can be in, in a card
NEW_ITEMS = {
    "contacts": "contacts",
    "boilerplate": "boilerplate",
}  # add(kind) -> step, if not story


class CardEdits:
    """The editor screen's adds, moves and removals of cards; the screen owns one."""

    def __init__(self, screen: EditorScreen) -> None:
        self._screen = screen

    def add(self, kind: str) -> None:
        """Add a contact, a boilerplate, or a story block of `kind` after the one being edited."""
        screen = self._screen
        step_id = NEW_ITEMS.get(kind, "story")
        card = focused_card(screen.focused) if screen.step == step_id else None
        if step_id != screen.step:
            screen.action_go(step_id)
        self._edit_on(step_id, kind, None if card is None else card.index + 1)

    def add_picked(self, edit: Edit, step_id: str) -> None:
        """Something picked from the library (`Desk.Picked`): after the cursor's card when the
        cursor is in `step_id`, else where `edit` says; to that step first."""
        screen = self._screen
        card = focused_card(screen.focused) if step_id == screen.step else None
        if isinstance(edit, Insert) and edit.index is None and card is not None:
            edit = Insert(edit.collection, card.index + 1, edit.item)  # after the cursor's card

        async def run() -> None:
            if step_id != screen.step:
                screen.action_go(step_id)
            await screen.apply_edit(edit)
            if not is_structural(edit):
                await screen.step_views.reload()

        screen.call_later(run)

    def move(self, offset: int) -> None:
        self._on_card("move", offset)

    def remove(self) -> None:
        self._on_card("remove")

    def _on_card(self, make: str, offset: int = 0) -> None:
        screen = self._screen
        card = focused_card(screen.focused)
        if screen.step not in LIST_STEPS or card is None:
            screen.toasts.say(
                "cursor", f"Put the cursor in the item to {make} first.", severity="warning"
            )
            return
        self._edit_on(screen.step, make, card.index, offset)

    def _edit_on(self, step_id: str, make: str, index: int | None = None, offset: int = 0) -> None:
        """An add, move or removal from a key or the palette, applied on the screen's queue (so the
        app's next key waits for it), the step built first if never visited."""
        screen = self._screen

        async def run() -> None:
            step = await screen.step_widget(step_id)
            edit: Edit | None
            if make == "move" and index is not None:
                edit = Move(step.COLLECTION, index, offset)
            elif make == "remove" and index is not None:
                edit = Remove(step.COLLECTION, index)
            else:
                edit = step.new_item(make, index)
            if edit is not None:
                await screen.apply_edit(edit, step)

        screen.call_later(run)

    async def rebuild(self, edit: Edit, step: Step | None = None) -> None:
        """Show a structural edit in its step, keeping the cursor where the staffer works."""
        assert isinstance(edit, Insert | Remove | Move | Group)
        screen = self._screen
        step_id = step.STEP_ID if step is not None else step_of(edit.collection)
        target = await screen.step_widget(step_id)
        where = self._focus_place()
        # The cards follow one add, removal or move; after a group they reload by position.
        target.structural_edit = None if isinstance(edit, Group) else edit
        await screen.step_views.load(step_id)
        if step_id == screen.step:
            self._refocus(target, edit, where)

    def _focus_place(self) -> tuple[int, int]:
        """(card index, field position inside the card) of the focused field, or (-1, 0)."""
        focused = self._screen.focused
        card = focused_card(focused)
        if card is None:
            return -1, 0
        fields = list(card.query(FIELDS))
        return card.index, fields.index(focused) if focused in fields else 0

    def _refocus(
        self, step: Step, edit: Insert | Remove | Move | Group, where: tuple[int, int]
    ) -> None:
        cards = list(step.query(Card))
        if not cards:
            return
        index, position = where
        if isinstance(edit, Group):
            landing = edit.landing()
            index, position = (index, position) if landing is None else (landing, 0)
        elif isinstance(edit, Insert):
            last = len(cards) - 1
            index, position = (last if edit.index is None else min(edit.index, last)), 0
        elif isinstance(edit, Move):
            index = edit.target if 0 <= edit.target < len(cards) else edit.index
        else:
            index, position = min(edit.index, len(cards) - 1), 0
        card = next((c for c in cards if c.index == index), cards[-1])
        fields = list(card.query(FIELDS))
        if fields:
            self._screen.set_focus(fields[min(position, len(fields) - 1)])
            self._bring_into_sight(card)

    def _bring_into_sight(self, card: Card) -> None:
        """Scroll `card` into sight: a card just mounted has no place yet, so it scrolls itself
        into sight when first laid out (after the palette the screen waits a moment first)."""
        if card.virtual_region:
            self._screen.call_after_refresh(card.scroll_visible, animate=False)
        else:
            card.into_sight_when_laid_out = True
