"""What a rule may look at besides the release: settings, today's date, the library, and what is
known about where the release came from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from pressdesk.checks.settings import Settings

if TYPE_CHECKING:
    from pressdesk.library import Library


@dataclass(frozen=True)
class Context:
    """Rules never do I/O or read the clock: everything they need besides the release is here.

    `imported` says the release was read from a typed text (`.txt`/`.md`) on the fly rather than
    from a release file, so what a text cannot record (a speaker's approval) is unknown, not
    missing. `guessed` names the fields the importer filled in without the text saying so (today
    just `date`, when a text carries no date): rules that judge such a field stay quiet.
    """

    settings: Settings
    today: date
    final: bool = False  # `--final`: the release is about to go out
    library: Library | None = None
    imported: bool = False
    guessed: frozenset[str] = frozenset()

    def is_guess(self, field: str) -> bool:
        """Whether the importer guessed `field` (a rule judging it would judge the guess)."""
        return field in self.guessed
