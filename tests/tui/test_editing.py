"""Editing an existing release: reorder and delete, undo, validation, embargo, structure keys."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from textual.widgets import Button, Static
from tui_helpers import click, field, full_release, shown, type_here, type_into

from pressdesk.model import Paragraph, Quote, Release
from pressdesk.store import load, save
from pressdesk.tui.app import make_app
from pressdesk.tui.title_line import WAITING_EMBARGO
from pressdesk.tui.widgets.field_row import FieldRow
from pressdesk.tui.widgets.fields import TextField
from pressdesk.tui.widgets.step import Card


def card_button(pilot, path: str, name: str) -> Button:  # type: ignore[no-untyped-def]
    """The ↑, ↓ or ✕ button of the card holding the field for `path`."""
    card = next(a for a in field(pilot, path).ancestors if isinstance(a, Card))
    return card.query_one(f".card-{name}", Button)


async def test_reorder_and_delete_contacts_and_blocks(release_file: Path) -> None:
    before = full_release()
    app = make_app(release_file, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f3")
        await click(pilot, field(pilot, "contacts[1].name"))
        await pilot.press("alt+up")  # Marco above Dana, and the cursor goes with him
        assert shown(pilot, "contacts[0].name") == "Marco Ruiz"
        assert app.focused is field(pilot, "contacts[0].name")
        await click(pilot, card_button(pilot, "contacts[2].name", "remove"))  # Lee goes
        assert len(app.screen.query(".card").filter(".card")) > 0

        await pilot.press("f4")
        await click(pilot, field(pilot, "body[2].heading"))
        await pilot.press("alt+down")  # the heading goes below the list
        await click(pilot, card_button(pilot, "body[4].paragraphs", "up"))  # Ben's quote up one
        await click(pilot, card_button(pilot, "body[5].text", "remove"))  # the closing paragraph
        await pilot.press("f5")
        await click(pilot, field(pilot, "boilerplate[1].org"))
        await pilot.press("alt+up")
        await pilot.press("ctrl+q")

    after = load(release_file)
    c, b, a = before.contacts, before.body, before.boilerplate
    assert after.contacts == (c[1], c[0])
    assert after.body == (b[0], b[1], b[3], b[4], b[2])
    assert after.boilerplate == (a[1], a[0])


async def test_undo_and_redo_inside_a_field(
    release_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The field's own clock, frozen: a word is one undo step however slowly the machine runs.
    monkeypatch.setattr(TextField, "clock", lambda: 100.0)
    release = full_release()
    app = make_app(release_file, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await click(pilot, field(pilot, "headline"))
        await pilot.press("end")
        await type_here(pilot, " Today")
        assert shown(pilot, "headline") == release.headline + " Today"
        await pilot.press("ctrl+z")
        assert shown(pilot, "headline") == release.headline
        await pilot.press("ctrl+y")
        assert shown(pilot, "headline") == release.headline + " Today"
        await pilot.press("ctrl+z")

        await pilot.press("f4")
        await click(pilot, field(pilot, "body[0].text"))
        await pilot.press("ctrl+end")
        await type_here(pilot, " More.")
        await pilot.press("ctrl+z")
        assert shown(pilot, "body[0].text") == release.body[0].text
        await pilot.press("ctrl+q")
    assert load(release_file) == release


async def test_fields_say_what_is_wrong_without_blocking_typing(release_file: Path) -> None:
    app = make_app(release_file, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f3")
        email = field(pilot, "contacts[0].email")
        await click(pilot, email)
        await pilot.press("end", "ctrl+u")  # clear it
        await type_here(pilot, "dana@")
        row = next(a for a in email.ancestors if isinstance(a, FieldRow))
        message = row.query_one(".field-message", Static)
        assert email.has_class("-invalid") and message.has_class("-invalid")
        assert "@" in str(message.render())
        assert app.screen.release.contacts[0].email == "dana@"  # kept as typed all the same
        await type_here(pilot, "example.org")
        assert not email.has_class("-invalid") and not message.display

        await pilot.press("f2")
        await click(pilot, field(pilot, "date"))
        await pilot.press("end", "ctrl+u")
        await type_here(pilot, "2026-13-01")
        assert field(pilot, "date").has_class("-invalid")
        assert app.screen.release.date == date(2026, 11, 24)  # the last good date stays
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace")
        await type_here(pilot, "02-03")
        assert app.screen.release.date == date(2026, 2, 3)


async def test_an_embargo_from_date_time_and_zone(tmp_path: Path) -> None:
    path = tmp_path / "embargo.toml"
    save(path, Release(date=date(2026, 11, 24), headline="Coalition Report Out Today"))
    app = make_app(path, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        assert not [row for row in app.screen.query("#embargo-row") if row.display]
        await click(pilot, "#line")
        await pilot.press("right")  # immediate -> embargoed
        assert app.screen.query_one("#embargo-row").display
        await type_into(pilot, "embargo-date", "2026-11-25")
        await type_into(pilot, "embargo-time", "9:30 am")
        await type_into(pilot, "zone", "America/Chicago")
        await pilot.press("ctrl+q")
    saved = load(path)
    assert saved.line == "embargoed" and saved.zone == "America/Chicago"
    assert saved.embargo == datetime(2026, 11, 25, 9, 30, tzinfo=ZoneInfo("America/Chicago"))


async def test_an_embargo_still_without_its_time_never_makes_an_unopenable_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "embargo.toml"
    release = Release(
        date=date(2026, 11, 24), headline="Coalition Report Out Today", zone="America/New_York"
    )
    save(path, release)
    app = make_app(path, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await click(pilot, "#line")
        await pilot.press("right")  # embargoed, and no date or time typed yet
        await type_into(pilot, "embargo-date", "2026-13-01")
        note = app.screen.query_one("#embargo-note", Static)
        assert note.display and "YYYY-MM-DD" in str(note.render())
        await pilot.press("ctrl+s")
        assert app.screen.sub_title.startswith(f"{WAITING_EMBARGO} · ")
        assert load(path).line == "immediate"  # the file opens; the line waits for the time
        await pilot.press(*["backspace"] * 10, *"2026-11-25")
        assert not note.display
        await type_into(pilot, "embargo-time", "12:01 am")
        await pilot.press("ctrl+q")
    saved = load(path)
    assert saved.line == "embargoed"
    assert saved.embargo == datetime(2026, 11, 25, 0, 1, tzinfo=ZoneInfo("America/New_York"))


async def test_keys_add_blocks_after_the_one_you_are_in(release_file: Path) -> None:
    app = make_app(release_file, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f4")
        await click(pilot, field(pilot, "body[0].text"))
        await pilot.press("ctrl+n")  # a paragraph after the lede, with the cursor in it
        assert app.focused is field(pilot, "body[1].text")
        await type_here(pilot, "Reaction")
        await pilot.press("ctrl+t")  # a quote after that paragraph, the cursor on its speaker
        await type_here(pilot, "Eve Hart")
        await pilot.press("ctrl+q")
    body = load(release_file).body
    assert body[1] == Paragraph("Reaction")
    assert (
        isinstance(body[2], Quote)
        and body[2].speaker is not None
        and body[2].speaker.name == "Eve Hart"
    )
    assert isinstance(body[0], Paragraph) and len(body) == len(full_release().body) + 2


async def test_step_list_marks_missing_parts_and_goes_to_a_step(tmp_path: Path) -> None:
    path = tmp_path / "empty.toml"
    save(path, Release(date=date(2026, 11, 24), headline=""))
    app = make_app(path, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        steps = app.screen.query_one("#steps")
        prompts = [str(steps.get_option_at_index(i).prompt) for i in range(5)]  # type: ignore[attr-defined]
        assert all("✗" in p for p in prompts[:3]) and "✓" in prompts[3]
        await type_here(pilot, "Coalition Wins Vote")
        assert "✓" in str(steps.get_option_at_index(0).prompt)  # type: ignore[attr-defined]
        await click(pilot, steps)
        await pilot.press("down", "down", "enter")
        assert app.screen.step == "story"
        await pilot.press("ctrl+q")


def test_a_release_is_replaced_not_changed() -> None:
    # The screen's release is a frozen value: an edit makes a new one.
    release = full_release()
    try:
        release.headline = "x"  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("Release should be frozen")


async def test_the_embargo_line_of_an_immediate_release_shows_its_zone_when_picked(
    tmp_path: Path,
) -> None:
    path = tmp_path / "zoned.toml"
    save(
        path,
        Release(
            date=date(2026, 11, 24), headline="Coalition Report Out Today", zone="America/Denver"
        ),
    )
    app = make_app(path, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await click(pilot, "#line")
        await pilot.press("right")  # immediate -> embargoed
        assert app.screen.query_one("#embargo-row").display
        assert field(pilot, "zone").value == "America/Denver"
        assert (field(pilot, "embargo-date").value, field(pilot, "embargo-time").value) == ("", "")
        await type_into(pilot, "embargo-date", "2026-11-25")
        await type_into(pilot, "embargo-time", "09:30")
        await pilot.press("ctrl+q")
    assert load(path).embargo == datetime(2026, 11, 25, 9, 30, tzinfo=ZoneInfo("America/Denver"))
