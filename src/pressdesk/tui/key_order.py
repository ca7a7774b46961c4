"""Keys in the order typed, each to the field that has the cursor once the key before it is done.

Textual hands a key to the focused widget by putting it on that widget's own queue, and what the
key sets off (the text changed, the edit reaching the release, a Tab moving the cursor, a card
mounted) travels on through other widgets' queues. On a busy machine the next key could be handed
out before the previous one had moved the cursor, and land in the field just left: a Tab taken
late put the title into the name field. `KeyOrder` closes that gap: the app hands out one key (or
paste, or click) at a time, then sends a `Flush` message along the path the key took, behind
everything the key set off; only when the flush is back at the app does the next key go out.

A plain typed character never moves the cursor to another field, so it takes a fast lane: it goes
straight out, behind whatever is already waiting, without a round of its own. A round per
character would make the editor paint once per key, and fall behind a quick typist on a busy
machine; typed text queued in one field's queue stays in order by itself.
"""

from __future__ import annotations

import time
from collections import deque
from typing import TYPE_CHECKING, Any

from textual import events

from pressdesk.tui.messages import Flush

if TYPE_CHECKING:
    from textual.app import App
    from textual.message_pump import MessagePump
    from textual.widget import Widget

# What a staffer does that must happen in order: type, paste, press or release a mouse button.
ORDERED = (events.Key, events.Paste, events.MouseDown, events.MouseUp, events.Click)

GIVE_UP = 5.0  # seconds: a flush lost with a widget that went away must not stop the keyboard


class KeyOrder:
    """The app's input, one event at a time (the app calls `defer`, `follow` and `landed`)."""

    def __init__(self, app: App[Any]) -> None:
        self._app = app
        self._waiting: deque[events.Event] = deque()
        self._next: events.Event | None = None  # taken from the queue, on its way back in
        self._busy = False
        self._round = 0
        self._out: dict[int, MessagePump] = {}  # flushes on their way, by id, and where sent
        self._targets: list[MessagePump] = []
        self._bubbled = False  # a key reached the app itself in this round (a binding ran there)
        self._since = 0.0

    def defer(self, event: events.Event) -> bool:
        """Whether `event` must wait its turn (it is queued, and comes back through the app)."""
        if event is self._next:
            self._next = None
        elif self._busy or self._waiting or self._next is not None:
            self._waiting.append(event)
            return True
        if typed_character(event):
            self._app.call_later(self._release_typed)
            return False
        self._busy = True
        self._since = time.monotonic()
        return False

    @property
    def idle(self) -> bool:
        """Whether every event that came in has been handed out and its round is over."""
        return not self._busy and not self._waiting and self._next is None

    def follow(self, *targets: Widget | None) -> None:
        """The app has handed out the event: flush the paths it took (the widget it went to, and
        whatever has the cursor now)."""
        screen = self._app.screen
        chosen: list[MessagePump] = []
        for target in (*targets, self._app.focused or screen):
            node: MessagePump = target if target is not None and target.is_attached else screen
            if all(node is not other for other in chosen):
                chosen.append(node)
        self._targets = chosen
        self._send(chosen)

    def bubbled(self) -> None:
        """A key came back up to the app, where its binding runs: flush once more after it."""
        if self._busy:
            self._bubbled = True

    def landed(self, flush: Flush) -> None:
        """A flush is back at the app: once all of this round's are, the next event goes out."""
        if flush.round != self._round or self._out.pop(flush.ident, None) is None:
            return
        if self._out:
            return
        if self._bubbled:
            # A binding run at the app may have changed the widget after the flush went past it.
            self._bubbled = False
            self._send(self._targets)
            return
        self._release()

    def watch(self) -> None:
        """Called a few times a second: resend a flush whose widget went away; never wait forever."""
        if not self._busy or not self._out:
            return
        if time.monotonic() - self._since > GIVE_UP:
            self._app.log.warning("key order: a flush never came back; going on")
            self._release()
            return
        if any(not target.is_attached for target in self._out.values()):
            self._send([self._app.screen])

    def _send(self, targets: list[MessagePump]) -> None:
        self._round += 1
        self._out.clear()
        for target in targets:
            flush = Flush(self._round, len(self._out))
            self._out[flush.ident] = target
            # Twice through the target's queue: what the event made it post to itself (a
            # `Changed`) goes ahead of the flush.
            if not target.call_later(target.post_message, flush):
                self._out.pop(flush.ident)
        if not self._out:
            self._release()

    def _release(self) -> None:
        self._busy = False
        self._out.clear()
        self._bubbled = False
        self._release_typed()

    def _release_typed(self) -> None:
        """Hand out the next waiting event, if nothing is on its way or in a round."""
        if self._waiting and not self._busy and self._next is None:
            self._next = self._waiting.popleft()
            self._app.post_message(self._next)


def typed_character(event: events.Event) -> bool:
    """Whether `event` is a plain character typed into the focused field (no binding, no Tab)."""
    if not isinstance(event, events.Key) or not event.is_printable:
        return False
    return not event.key.startswith(("ctrl+", "alt+", "super+", "meta+", "hyper+"))
