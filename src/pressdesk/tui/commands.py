"""The command palette (ctrl+p): every action by a namespaced name (`go: Contacts`, `add: quote`,
`view: show preview`, `fix: …`), offered by the screen the palette was opened on."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple, Protocol, runtime_checkable

from textual.command import DiscoveryHit, Hit, Hits, Provider


class Command(NamedTuple):
    """One palette entry."""

    title: str  # namespaced: "add: quote"
    help: str
    run: Callable[[], object]


@runtime_checkable
class HasCommands(Protocol):
    """A screen that lists its commands (the editor does; they follow its current step)."""

    def palette_commands(self) -> Iterable[Command]: ...


class EditorCommands(Provider):
    """The commands of the screen the palette was opened on."""

    def _commands(self) -> Iterable[Command]:
        screen = self.screen
        return screen.palette_commands() if isinstance(screen, HasCommands) else ()

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(command.title, command.run, help=command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            score = matcher.match(command.title)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(command.title),
                    command.run,
                    text=command.title,
                    help=command.help,
                )
