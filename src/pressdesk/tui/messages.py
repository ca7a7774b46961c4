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
class FileSaved(Message):
    """The release was written to its file (or failed to be: `error` says why)."""

    error: str = ""


@dataclass
class Flush(Message):
    """Sent by the app's `KeyOrder` behind what a key set off; back at the app, the key is done.

    A widget that answers a message by posting another to itself (a step turning a field's change
    into an edit) posts the flush again behind it, once (`passed` remembers where)."""

    round: int
    ident: int
    passed: frozenset[int] = frozenset()

    def behind(self, node: object) -> Flush | None:
        """A copy to post again at `node`, or None if it has already been posted there."""
        if id(node) in self.passed:
            return None
        return Flush(self.round, self.ident, self.passed | {id(node)})
