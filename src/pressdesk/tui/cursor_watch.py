"""What the editor does as the cursor moves and letters arrive: the preview shows the card the
cursor is in, a name field gets the library's suggestions when first focused, and letters typed
where no text goes are not lost without a word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pressdesk.tui.key_order import typed_character
from pressdesk.tui.widgets.fields import TextField
from pressdesk.tui.widgets.kinds import takes_text
from pressdesk.tui.widgets.step import focused_card

if TYPE_CHECKING:
    from textual import events

    from pressdesk.tui.screens.editor import EditorScreen


class CursorWatch:
    """The editor screen's watch on the cursor; the screen hands it focus changes and keys."""

    def __init__(self, screen: EditorScreen) -> None:
        self._screen = screen

    def follow(self, event: events.DescendantFocus) -> None:
        """The preview shows the block (contact, boilerplate) the cursor is in."""
        screen = self._screen
        step = screen.step_views.built.get(screen.step)
        if step is not None and step in event.widget.ancestors:
            card = focused_card(event.widget)
            screen.side.follow(card.index if card is not None else -1)

    def suggest_names(self, event: events.DescendantFocus) -> None:
        # Cards mount fields as blocks are added, so each name field gets the library's
        # suggestions when first focused (the library itself is opened when one is wanted).
        widget = event.widget
        if isinstance(widget, TextField) and widget.suggester is None:
            from pressdesk.tui.desk import org_beside

            screen = self._screen
            widget.suggester = screen.desk.suggester_for(
                widget.path, lambda: org_beside(lambda: screen.release, widget.path)
            )

    def key(self, event: events.Key) -> None:
        """A letter typed where no text goes (a checkbox, a button, the findings list) would vanish
        without a word: say so, and how to reach a field."""
        screen = self._screen
        if not typed_character(event) or event.key in screen.app.active_bindings:
            return  # a key with a job here (space ticks a box, f fixes a finding)
        if takes_text(screen.focused):
            return
        screen.toasts.say(
            "cursor",
            "Typing went nowhere: no text field has the cursor. "
            "Press Tab or click a field to type.",
            severity="warning",
        )
