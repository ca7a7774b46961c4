"""Undo and redo for the release as a whole: adds, removals, moves, fixes and library inserts.

Typing has its own undo in each field; this history holds what changes the release's shape, so
a removed quote can be brought back. Each entry keeps the edit that takes it back, worked out
from the release at that moment, so typing done since in other fields is kept. A fix is taken
back only while its field still says what the fix put there. No Textual here.
"""

from __future__ import annotations

from dataclasses import dataclass

from pressdesk.model import (
    Boilerplate,
    BulletList,
    Contact,
    FieldPathError,
    Heading,
    Paragraph,
    Quote,
    Release,
    get_text,
)
from pressdesk.tui.edits import Edit, Group, Insert, Move, Remove, SetField


class CannotUndo(Exception):
    """Nothing to undo or redo, or the change cannot be taken back; the message says why."""


@dataclass(frozen=True)
class Change:
    """One change to take back: `back` does it, when each field `expect` names still holds its
    text (a fix's field not typed in since)."""

    said: str  # what was done, for the staffer: "removed the quote of Marisol Vega"
    back: Edit
    stamp: int  # the editor's change count when it was done (newer than a field's typing?)
    expect: tuple[tuple[str, str], ...] = ()


def expected(edit: Edit) -> tuple[tuple[str, str], ...]:
    """The (path, text) of each field `edit` sets, which undo must still find there."""
    if isinstance(edit, SetField):
        return ((edit.path, str(edit.value)),)
    return edit.fields() if isinstance(edit, Group) else ()


def opposite(edit: Edit, release: Release) -> Edit:
    """The edit that takes `edit` back, for `release` as it was before `edit` was applied."""
    return edit.opposite(release)


def item_name(item: object) -> str:
    """A card's content as a staffer would name it: "the quote of Marisol Vega"."""
    if isinstance(item, Contact):
        return f"the contact {item.name}" if item.name.strip() else "an empty contact"
    if isinstance(item, Quote):
        who = item.speaker.who if item.speaker is not None else ""
        return f"the quote of {who}" if who.strip() else "a quote"
    if isinstance(item, Paragraph):
        words = item.text.split()
        return f"the paragraph “{' '.join(words[:5])}…”" if words else "an empty paragraph"
    if isinstance(item, Heading):
        return f"the heading {item.text}" if item.text.strip() else "a heading"
    if isinstance(item, BulletList):
        return "a list"
    if isinstance(item, Boilerplate):
        return f"the boilerplate of {item.org}" if item.org.strip() else "a boilerplate"
    return "an item"


def describe(edit: Edit, release: Release) -> str:
    """What `edit` does to `release` (before it), in words: "removed the contact Dana Whitfield"."""
    if isinstance(edit, Insert):
        return f"added {item_name(edit.item)}"
    if isinstance(edit, Remove):
        return f"removed {item_name(getattr(release, edit.collection)[edit.index])}"
    if isinstance(edit, Move):
        way = "up" if edit.offset < 0 else "down"
        return f"moved {item_name(getattr(release, edit.collection)[edit.index])} {way}"
    if isinstance(edit, Group):
        return f"made {len(edit.edits)} changes"
    return f"changed {edit.path}"


class History:
    """The release's undo and redo stacks (newest last)."""

    LIMIT = 200

    def __init__(self) -> None:
        self._undo: list[Change] = []
        self._redo: list[Change] = []

    def record(self, said: str, edit: Edit, release: Release, stamp: int) -> None:
        """`edit` is about to be applied to `release`: remember how to take it back."""
        back = opposite(edit, release)
        self._undo.append(Change(said, back, stamp, expected(edit)))
        del self._undo[: -self.LIMIT]
        self._redo.clear()

    def newest(self, *, redo: bool = False) -> int:
        """The stamp of the change undo (or redo) would take next, -1 if none."""
        stack = self._redo if redo else self._undo
        return stack[-1].stamp if stack else -1

    def undo(self, release: Release, stamp: int) -> tuple[Release, Change]:
        return self._step(self._undo, self._redo, release, stamp)

    def redo(self, release: Release, stamp: int) -> tuple[Release, Change]:
        return self._step(self._redo, self._undo, release, stamp)

    @staticmethod
    def _step(
        source: list[Change], target: list[Change], release: Release, stamp: int
    ) -> tuple[Release, Change]:
        if not source:
            raise CannotUndo("nothing to take back")
        change = source.pop()
        try:
            for path, text in change.expect:
                if get_text(release, path) != text:
                    raise CannotUndo(f"cannot take back: {path} was edited since")
            back = opposite(change.back, release)
            result = change.back.apply(release)
        except (FieldPathError, IndexError) as exc:
            raise CannotUndo(f"cannot take back: {exc}") from exc
        target.append(Change(change.said, back, stamp, expected(change.back)))
        return result, change
