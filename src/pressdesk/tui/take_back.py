"""Undo and redo in the editor (ctrl+z, ctrl+y): the newest of the release's changes (an add,
removal, move or fix, kept in `tui/history.py`) or the typing in the field with the cursor,
whichever came later."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widget import Widget

from pressdesk.tui.edits import is_structural
from pressdesk.tui.history import CannotUndo
from pressdesk.tui.steps import step_of
from pressdesk.tui.widgets.fields import TextField
from pressdesk.tui.widgets.kinds import is_prose_field

if TYPE_CHECKING:
    from pressdesk.tui.screens.editor import EditorScreen


class TakeBack:
    """Numbers the editor screen's changes and takes the newest back; the screen owns one.

    A field keeps its own typing history and the screen's `History` keeps the rest; the numbers
    tell which of the two holds the newer change.
    """

    def __init__(self, screen: EditorScreen) -> None:
        self._screen = screen
        self._changes = 0  # counts every change, to tell typing from an add or removal in undo
        self._typed: dict[str, int] = {}  # field path -> the change count when last typed in

    def count(self) -> int:
        """One more change: its number, higher than any before it."""
        self._changes += 1
        return self._changes

    def typed(self, path: str, change: int) -> None:
        """The field at `path` was typed in, as change number `change`."""
        self._typed[path] = change

    def undo(self) -> None:
        self._take_back(redo=False)

    def redo(self) -> None:
        self._take_back(redo=True)

    def _take_back(self, *, redo: bool) -> None:
        """The newest of the release's changes (add, remove, move, fix) and the typing in the
        field with the cursor; a field's own history when it is the newer."""
        screen = self._screen
        field = screen.focused
        path = getattr(field, "path", None)
        typed = self._typed.get(path, -1) if isinstance(path, str) else -1
        in_field = _field_can(field, redo=redo)
        if in_field and (typed >= screen.history.newest(redo=redo)):
            _field_step(field, redo=redo)
            return
        if screen.history.newest(redo=redo) < 0:
            if in_field:
                _field_step(field, redo=redo)
            return

        async def run() -> None:
            change = self.count()
            try:
                stepper = screen.history.redo if redo else screen.history.undo
                release, done = stepper(screen.release, change)
            except CannotUndo as exc:
                screen.notify(
                    f"{str(exc)[:1].upper()}{str(exc)[1:]}",
                    title="Nothing changed",
                    severity="warning",
                )
                return
            back = done.back
            screen.release = release
            screen.changed()
            if is_structural(back):
                await screen.cards.rebuild(back)
                if (where := step_of(getattr(back, "collection", ""))) != screen.step:
                    screen.action_go(where)
            else:
                await screen.step_views.reload()
            screen.toasts.say("history", f"{'Redid' if redo else 'Undid'}: {done.said}")

        # On the screen's queue: the app hands out the next key only after this has run.
        screen.call_later(run)


def _field_can(widget: Widget | None, *, redo: bool) -> bool:
    """Whether the field `widget` has typing to undo (or redo)."""
    if isinstance(widget, TextField):
        return widget.can_redo if redo else widget.can_undo
    if is_prose_field(widget):
        return bool(widget.history.redo_stack if redo else widget.history.undo_stack)
    return False


def _field_step(widget: Widget | None, *, redo: bool) -> None:
    """Take back (or redo) the typing in the field `widget`."""
    if isinstance(widget, TextField):
        widget.action_redo() if redo else widget.action_undo()
    elif is_prose_field(widget):
        widget.redo() if redo else widget.undo()
