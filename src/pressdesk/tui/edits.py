"""Edits to a release, as small values: what a step asks the editor screen to change.

A step never changes the release itself: it posts an edit, and the screen applies it to the one
`Release` it holds. Edits are plain data so tests (and `message_hook`) can read them, and each
add, removal and move knows its opposite, for undo. No Textual here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from pressdesk.model import FieldPathError, Release, Speaker, set_value


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


Edit: TypeAlias = SetField | Insert | Remove | Move


def is_structural(edit: Edit) -> bool:
    """Whether the edit adds, removes or reorders items (so the step must rebuild its fields)."""
    return not isinstance(edit, SetField)
