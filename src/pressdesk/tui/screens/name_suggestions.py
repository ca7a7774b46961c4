"""Library suggestions for the editor's organisation and person-name fields."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from textual import events
from textual.suggester import Suggester

from pressdesk.tui.widgets.fields import TextField

if TYPE_CHECKING:
    from pressdesk.library import Library
    from pressdesk.model import Release

# Fields whose names the library can complete: organisations, and the people who speak or answer.
ORG_FIELD = re.compile(r"(contacts|body|boilerplate)\[\d+\](\.speaker)?\.org")
PERSON_FIELD = re.compile(r"(contacts\[\d+\]|body\[\d+\]\.speaker)\.name")


class NameSuggestionsMixin:
    """For the editor screen: gives each name field a library suggester when first focused."""

    release: Release
    desk_library: Library | None

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # Cards mount fields as blocks are added, so each name field gets its suggester when
        # first focused (the library itself is opened only when a suggestion is wanted).
        widget = event.widget
        if isinstance(widget, TextField) and widget.suggester is None:
            widget.suggester = self._suggester_for(widget)

    def _suggester_for(self, widget: TextField) -> Suggester | None:
        from pressdesk.tui.suggesters import organisation_suggester, speaker_suggester

        if ORG_FIELD.fullmatch(widget.path):
            return organisation_suggester(lambda: self.desk_library)
        if PERSON_FIELD.fullmatch(widget.path):
            return speaker_suggester(lambda: self.desk_library, lambda: self._org_beside(widget))
        return None

    def _org_beside(self, widget: TextField) -> str:
        """The organisation typed beside a name field (its path read now: cards can move)."""
        from pressdesk.model import get_text

        try:
            return get_text(self.release, widget.path.rsplit(".", 1)[0] + ".org")
        except (IndexError, AttributeError, KeyError, ValueError):
            return ""
