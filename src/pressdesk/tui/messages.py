"""Messages more than one part of the editor cares about (a widget's own live nested in it)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from pressdesk.model import Release


@dataclass
class ReleaseChanged(Message):
    """The editor screen's release changed. Later parts (findings panel, export screen) listen.

    Only the newest matters, so a queued one is replaced by the next.
    """

    release: Release

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, ReleaseChanged)


@dataclass
class Saved(Message):
    """The release was written to disk (or failed to be: `error` says why)."""

    error: str = ""
