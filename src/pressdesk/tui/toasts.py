"""Toasts that replace their own kind: the newest "Saved" or "Undid …" takes the place of the last.

A staffer who presses ctrl+s or ctrl+z a few times in a row wants to know what the latest press
did, not to read a column of stale toasts stacked over the preview ("put the cursor in the item"
is one of those too). Errors keep Textual's own stacking (`App.notify`): each says something
different.
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.notifications import Notification, Notify, SeverityLevel

# The kinds of toast a newer one of the same kind replaces.
KINDS = ("saved", "history", "cursor")


class Toasts:
    """The app's latest toast of each kind, to take down when the next one of that kind comes."""

    def __init__(self, app: App[Any]) -> None:
        self._app = app
        self._latest: dict[str, Notification] = {}

    def say(
        self,
        kind: str,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float = 3.0,
    ) -> None:
        """Show `message`, taking down the toast of the same `kind` still on screen, if any."""
        assert kind in KINDS, kind
        old = self._latest.get(kind)
        if old is not None and old.message == message and old.time_left > 0:
            return  # already saying so (a burst of keys would queue one toast a key)
        self._latest.pop(kind, None)
        # Textual keeps no handle on a toast for its caller: the notification object itself is
        # the key of the app's collection (`_unnotify` is how a toast's own close works).
        if old is not None and old in self._app._notifications:
            self._app._unnotify(old, refresh=False)
        toast = Notification(message, title, severity, timeout)
        self._latest[kind] = toast
        self._app.post_message(Notify(toast))
