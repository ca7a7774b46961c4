"""The command palette (ctrl+p): every editor action by a namespaced name (`go: Contacts`,
`add: quote`, `export: text`…), offered from the screen the palette was opened on."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider


class EditorCommands(Provider):
    """Commands of the editor screen. The screen lists them, so they follow the current step."""

    def _commands(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        commands = getattr(self.screen, "palette_commands", None)
        if commands is not None:
            yield from commands()

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(title, partial(callback), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(title), partial(callback), text=title, help=help_text
                )
