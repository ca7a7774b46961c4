"""Edits to a release, as small values: what a step asks the editor screen to change.

A step never changes the release itself: it posts an edit, and the screen applies it to the one
`Release` it holds. Edits are plain data so tests (and `message_hook`) can read them. No Textual here.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any, TypeAlias

from pressdesk.model import Release, Speaker

_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")
COLLECTIONS = ("contacts", "body", "boilerplate")


def _steps(path: str) -> list[tuple[str, int | None]]:
    steps: list[tuple[str, int | None]] = []
    for part in path.split("."):
        m = _STEP.fullmatch(part)
        if not m:
            raise ValueError(f"bad field path {path!r}")
        steps.append((m.group(1), int(m.group(2)) if m.group(2) is not None else None))
    return steps


def _attr(obj: object, name: str) -> str:
    # The file calls a heading block's text `heading`; the class calls it `text`.
    return "text" if name == "heading" and not hasattr(obj, "heading") else name


def _set(obj: Any, steps: list[tuple[str, int | None]], value: object) -> Any:
    name, index = steps[0]
    attr = _attr(obj, name)
    current = getattr(obj, attr)
    if current is None and attr == "speaker":
        current = Speaker("")  # typing a name into an orphan quote gives it a speaker
    if index is None:
        new = value if len(steps) == 1 else _set(current, steps[1:], value)
    else:
        items = list(current)
        items[index] = value if len(steps) == 1 else _set(items[index], steps[1:], value)
        new = tuple(items)
    return dataclasses.replace(obj, **{attr: new})


@dataclass(frozen=True)
class SetField:
    """Set one field (`headline`, `contacts[1].email`, `body[2].approved`, `body[3].paragraphs`)."""

    path: str
    value: object

    def apply(self, release: Release) -> Release:
        result = _set(release, _steps(self.path), self.value)
        assert isinstance(result, Release)
        return result


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


@dataclass(frozen=True)
class Remove:
    """Remove the item at `index` from a collection."""

    collection: str
    index: int

    def apply(self, release: Release) -> Release:
        items = list(getattr(release, self.collection))
        del items[self.index]
        return release.replace(**{self.collection: tuple(items)})


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
        if not 0 <= self.target < len(items):
            return release
        items.insert(self.target, items.pop(self.index))
        return release.replace(**{self.collection: tuple(items)})


Edit: TypeAlias = SetField | Insert | Remove | Move


def is_structural(edit: Edit) -> bool:
    """Whether the edit adds, removes or reorders items (so the step must rebuild its fields)."""
    return not isinstance(edit, SetField)
