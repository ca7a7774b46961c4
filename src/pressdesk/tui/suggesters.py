"""Suggestions from the library while typing organisation and speaker names (Textual's Suggester)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from textual.suggester import Suggester

from pressdesk.library import Library
from pressdesk.tui.library_actions import organisation_names, people_names


class LibrarySuggester(Suggester):
    """Completes what has been typed with the first name that starts with it, ignoring case.

    The names are read through `names()` on every keystroke, so something saved to the library a
    moment ago is suggested straight away (and nothing is cached).
    """

    def __init__(self, names: Callable[[], Iterable[str]]) -> None:
        super().__init__(use_cache=False, case_sensitive=False)
        self._names = names

    async def get_suggestion(self, value: str) -> str | None:
        # `value` arrives casefolded (case_sensitive=False); the suggestion keeps the saved casing.
        if not value.strip():
            return None
        for name in self._names():
            if name.casefold().startswith(value) and len(name) > len(value):
                return name
        return None


def organisation_suggester(library: Callable[[], Library | None]) -> LibrarySuggester:
    """Suggests organisation names (and short names) from the library."""

    def names() -> list[str]:
        current = library()
        return organisation_names(current) if current is not None else []

    return LibrarySuggester(names)


def speaker_suggester(
    library: Callable[[], Library | None], org: Callable[[], str] = lambda: ""
) -> LibrarySuggester:
    """Suggests saved people's names; those of the organisation `org()` names when it is known."""

    def names() -> list[str]:
        current = library()
        if current is None:
            return []
        return people_names(current, org()) or people_names(current)

    return LibrarySuggester(names)
