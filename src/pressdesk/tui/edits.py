"""Edits to a release, as small values: what a step asks the editor screen to change.

A step never changes the release itself: it posts an edit, and the screen applies it to the one
`Release` it holds. Edits are plain data so tests (and `message_hook`) can read them, and each
add, removal and move knows its opposite, for undo. No Textual here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from pressdesk.model import FieldPathError, Release, Speaker, get_text, set_value


@dataclass(frozen=True)
class SetField:
    """Set one field (`headline`, `contacts[1].email`, `body[2].approved`, `body[3].paragraphs`)."""

    path: str
    value: object

    def apply(self, release: Release) -> Release:
        try:
            return set_value(release, self.path, self.value)
        except FieldPathError:
            quote, _, _ = self.path.rpartition(".")
            if not quote.endswith(".speaker"):
                raise
            # Typing a name into a quote without a speaker gives it one.
            return set_value(set_value(release, quote, Speaker("")), self.path, self.value)

    def opposite(self, release: Release) -> SetField:
        """The edit that puts the text field back as it is in `release` (text fields only)."""
        return SetField(self.path, get_text(release, self.path))


@dataclass(frozen=True)
class Insert:
    """Insert `item` into `contacts`, `body` or `boilerplate` at `index` (None: at the end)."""

    collection: str
    index: int | None
    item: object

    def place(self, release: Release) -> int:
        """Where the item lands in `release`."""
        count = len(getattr(release, self.collection))
        return count if self.index is None else min(max(self.index, 0), count)

    def apply(self, release: Release) -> Release:
        items = list(getattr(release, self.collection))
        items.insert(self.place(release), self.item)
        return release.replace(**{self.collection: tuple(items)})

    def opposite(self, release: Release) -> Remove:
        """The edit that takes this one back, for `release` as it was before it."""
        return Remove(self.collection, self.place(release))


@dataclass(frozen=True)
class Remove:
    """Remove the item at `index` from a collection."""

    collection: str
    index: int

    def apply(self, release: Release) -> Release:
        items = list(getattr(release, self.collection))
        del items[self.index]
        return release.replace(**{self.collection: tuple(items)})

    def opposite(self, release: Release) -> Insert:
        return Insert(self.collection, self.index, getattr(release, self.collection)[self.index])


@dataclass(frozen=True)
class Move:
    """Move the item at `index` by `offset` places (-1 up, +1 down); a no-op at either end."""

    collection: str
    index: int
    offset: int

    @property
    def target(self) -> int:
        return self.index + self.offset

    def apply(self, release: Release) -> Release:
        items = list(getattr(release, self.collection))
        if not (0 <= self.index < len(items) and 0 <= self.target < len(items)):
            return release
        items.insert(self.target, items.pop(self.index))
        return release.replace(**{self.collection: tuple(items)})

    def opposite(self, release: Release) -> Move:
        return Move(self.collection, self.target, -self.offset)


@dataclass(frozen=True)
class Group:
    """Several edits made as one, in order (every safe fix at once; a paste that splits a
    paragraph in two): one undo takes them all back."""

    edits: tuple[SetField | Insert | Remove | Move, ...]

    def apply(self, release: Release) -> Release:
        for edit in self.edits:
            release = edit.apply(release)
        return release

    def opposite(self, release: Release) -> Group:
        backs = []
        for edit in self.edits:
            backs.append(edit.opposite(release))
            release = edit.apply(release)
        return Group(tuple(reversed(backs)))

    @property
    def collection(self) -> str:
        """The list the group adds to or removes from ("" if it only sets fields)."""
        return next((e.collection for e in self.edits if not isinstance(e, SetField)), "")

    def landing(self) -> int | None:
        """Where the cursor goes after it: the last item it adds, else where it removed."""
        inserts = [e.index for e in self.edits if isinstance(e, Insert)]
        if inserts:
            return inserts[-1]
        removed = [e.index for e in self.edits if isinstance(e, Remove)]
        return max(min(removed) - 1, 0) if removed else None

    def fields(self) -> tuple[tuple[str, str], ...]:
        """(path, text) of each field it sets: what undo expects to find there."""
        return tuple((e.path, str(e.value)) for e in self.edits if isinstance(e, SetField))


Edit: TypeAlias = SetField | Insert | Remove | Move | Group


def is_structural(edit: Edit) -> bool:
    """Whether the edit adds, removes or reorders items (so the step must rebuild its fields)."""
    if isinstance(edit, Group):
        return bool(edit.collection)
    return not isinstance(edit, SetField)
