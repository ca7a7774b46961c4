"""The footer: Textual's, rebuilt only when the keys it shows change.

Textual's footer rebuilds all its keys whenever the bindings may have changed, which includes
every move of the cursor (a Tab between two fields): dozens of widgets restyled, on the key path.
Between fields of one step the keys shown are the same, so most of those rebuilds change nothing.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class EditorFooter(Footer):
    """A footer that skips rebuilds which would show the same keys."""

    def __init__(self) -> None:
        super().__init__()
        self._shown: tuple[tuple[str, str, bool], ...] | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        shown = tuple(
            (binding.key, binding.description, enabled)
            for _, binding, enabled, _ in screen.active_bindings.values()
            if binding.show
        )
        if shown == self._shown and self.children:
            return
        if screen.app.app_focus:  # else Textual's footer waits, and so does the record of it
            self._shown = shown
        super().bindings_changed(screen)
