"""Helpers for driving the editor as a user does: find a field by what it edits, click it, type."""

from __future__ import annotations

import asyncio
from datetime import date, datetime
from zoneinfo import ZoneInfo

from textual import events
from textual.keys import _character_to_key
from textual.pilot import Pilot
from textual.widget import Widget

from pressdesk.model import (
    Boilerplate,
    BulletList,
    Contact,
    Heading,
    Paragraph,
    Quote,
    Release,
    Speaker,
)
from pressdesk.tui.checking import LiveChecker
from pressdesk.tui.widgets.fields import TextField
from pressdesk.tui.widgets.findings_panel import FindingsPanel
from pressdesk.tui.widgets.prose_field import ProseField


def field(pilot: Pilot[None], path: str) -> TextField | ProseField:
    """The field on screen that edits `path` (`headline`, `contacts[1].email`, …)."""
    matches = [
        w
        for w in pilot.app.screen.query("TextField, ProseField")
        if getattr(w, "path", None) == path
    ]
    assert len(matches) == 1, f"{len(matches)} fields edit {path!r}"
    found = matches[0]
    assert isinstance(found, TextField | ProseField)
    return found


def shown(pilot: Pilot[None], path: str) -> str:
    """What the field for `path` shows."""
    widget = field(pilot, path)
    return widget.value if isinstance(widget, TextField) else widget.text


def toasts(app: object) -> list[str]:
    """The notifications on screen, as the staffer reads them."""
    screen = app.screen  # type: ignore[attr-defined]
    return [str(toast.render()) for toast in screen.query("Toast")]


def keys(text: str) -> list[str]:
    return ["enter" if ch == "\n" else ch for ch in text]


async def click(pilot: Pilot[None], target: Widget | str) -> None:
    """Scroll `target` into view and click it, as a user would."""
    widget = pilot.app.screen.query_one(target) if isinstance(target, str) else target
    widget.scroll_visible(animate=False)
    await pilot.pause()
    await pilot.click(widget)
    await pilot.pause()


async def type_into(pilot: Pilot[None], path: str, text: str) -> None:
    """Click the field for `path` and type `text` into it."""
    await click(pilot, field(pilot, path))
    await type_here(pilot, text)


async def type_here(pilot: Pilot[None], text: str) -> None:
    """Type into whatever has focus, as a terminal delivers keys: one after another, without
    waiting for the editor to settle between them (Pilot.press waits after every key, which
    costs a whole screen's worth of checks a key); then wait for it to settle once."""
    app = pilot.app
    for ch in text:
        event = events.Key("enter", "\r") if ch == "\n" else _key_for(ch)
        app.post_message(event)
    await pilot.pause()


def _key_for(ch: str) -> events.Key:
    # Textual's own names for the keys a character is typed with (`"` is quotation_mark).
    return events.Key(ch if ch.isalnum() else _character_to_key(ch), ch)


def full_release() -> Release:
    """A release with every kind of part filled in (invented people, example.org, 555 numbers)."""
    return Release(
        date=date(2026, 11, 24),
        headline="Riverside Coalition Responds to County Rent Report",
        line="embargoed",
        embargo=datetime(2026, 11, 25, 9, 30, tzinfo=ZoneInfo("America/Los_Angeles")),
        zone="America/Los_Angeles",
        subheadline="Member groups call for a rent freeze",
        dateline="RIVERSIDE, Calif.",
        profile="ap",
        contacts=(
            Contact(
                "Dana Whitfield",
                "dana@example.org",
                "202-555-0143",
                "Riverside Housing Coalition",
                "Press Secretary",
            ),
            Contact("Marco Ruiz", "marco@example.org", "202-555-0178", "Tenants United"),
            Contact("Lee Park", "lee@example.org", "202-555-0111", "Fair Rent Now"),
        ),
        body=(
            Paragraph("The Riverside Housing Coalition released the following statements:"),
            Quote(
                ("Rents rose 14 percent.", "We need a freeze now."),
                Speaker("Ana Soto", "Director", "Tenants United"),
                approved=True,
            ),
            Heading("Background"),
            BulletList(("first point", "second point")),
            Quote(("It's time.",), Speaker("Ben Cole", "Organizer", "Fair Rent Now"), style="said"),
            Paragraph("The county votes on Dec. 3."),
        ),
        boilerplate=(
            Boilerplate(
                "Riverside Housing Coalition",
                "An alliance of 40 tenant groups.",
                "About the Coalition",
            ),
            Boilerplate("Tenants United", "Organizing renters since 1990."),
        ),
    )


async def workers_done(pilot: Pilot[None]) -> None:
    """Wait until no worker is running (a debounced worker cancelled by a newer one is fine)."""
    while pending := [w for w in pilot.app.workers if not w.is_finished]:
        await asyncio.gather(*(w.wait() for w in pending), return_exceptions=True)
    await pilot.pause()
    # The newest findings reach the panel as a message after the checks' worker ends.
    base = pilot.app.screen_stack[0]
    for checker in base.query(LiveChecker):
        panel = base.query_one(FindingsPanel)
        while checker.last is not None and panel.generation < checker.last.generation:
            await pilot.pause()
    await pilot.pause()
