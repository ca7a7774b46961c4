"""Removing is never a loss: a quote, a contact and a boilerplate removed with the keys come back
with ctrl+z (the file on disk as it was, byte for byte), go again with ctrl+y, and come back again."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import click, field, full_release, toasts, workers_done

from pressdesk.store import load
from pressdesk.tui.app import make_app
from pressdesk.tui.widgets.fields import TextField


async def test_remove_three_things_then_undo_redo_and_undo(release_file: Path) -> None:
    original = release_file.read_bytes()
    before = full_release()
    app = make_app(release_file, cursor_blink=False)
    async with app.run_test(size=(100, 40), notifications=True) as pilot:
        await pilot.press("f3")
        await click(pilot, field(pilot, "contacts[1].name"))  # Marco Ruiz
        await pilot.press("ctrl+r")
        await workers_done(pilot)
        assert any(
            "Removed the contact Marco Ruiz — ctrl+z brings it back" in t for t in toasts(app)
        )
        await pilot.press("f4")
        await click(pilot, field(pilot, "body[1].speaker.name"))  # Ana Soto's quote
        await pilot.press("ctrl+r")
        await workers_done(pilot)
        assert any("Removed the quote of Ana Soto" in t for t in toasts(app))
        await pilot.press("f5")
        await click(pilot, field(pilot, "boilerplate[1].org"))  # Tenants United
        await pilot.press("ctrl+r")
        await pilot.press("ctrl+s")
        removed = load(release_file)
        assert removed.contacts == (before.contacts[0], before.contacts[2])
        assert removed.body == (before.body[0], *before.body[2:])
        assert removed.boilerplate == before.boilerplate[:1]

        await pilot.press("ctrl+z", "ctrl+z", "ctrl+z")
        await workers_done(pilot)
        await pilot.press("ctrl+s")
        assert release_file.read_bytes() == original

        await pilot.press("ctrl+y", "ctrl+y", "ctrl+y")
        await workers_done(pilot)
        await pilot.press("ctrl+s")
        assert load(release_file) == removed

        await pilot.press("ctrl+z", "ctrl+z", "ctrl+z")
        await workers_done(pilot)
        await pilot.press("ctrl+q")
    assert release_file.read_bytes() == original


async def test_ctrl_z_takes_back_typing_before_an_older_removal(
    release_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(TextField, "clock", lambda: 100.0)  # no pause between keys, however slow
    app = make_app(release_file, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f3")
        await click(pilot, field(pilot, "contacts[2].name"))
        await pilot.press("ctrl+r")  # Lee Park goes
        await click(pilot, field(pilot, "contacts[0].title"))
        await pilot.press("end", *"-Spokesperson")
        await pilot.press("ctrl+z")  # the typing is newer: it goes first
        await workers_done(pilot)
        assert app.editor.release.contacts[0].title == "Press Secretary"
        assert len(app.editor.release.contacts) == 2
        await pilot.press("ctrl+z")  # then the removal
        await workers_done(pilot)
        assert app.editor.release.contacts == full_release().contacts
        await pilot.press("ctrl+q")


async def test_a_newer_saved_or_undo_toast_replaces_the_last_of_its_kind(
    release_file: Path,
) -> None:
    # Toasts stacked over the preview hid it; the staffer wants to read what the latest key did.
    app = make_app(release_file, cursor_blink=False)
    async with app.run_test(size=(100, 40), notifications=True) as pilot:
        await pilot.press("f3")
        await click(pilot, field(pilot, "contacts[2].name"))
        await pilot.press("ctrl+r", "ctrl+s", "ctrl+s", "ctrl+z", "ctrl+s", "ctrl+y")
        await workers_done(pilot)
        shown = toasts(app)
        assert len([t for t in shown if "Saved" in t]) == 1
        assert [t for t in shown if "Removed" in t or "Undid" in t or "Redid" in t] == [
            "Redid: removed the contact Lee Park"
        ]
        await pilot.press("ctrl+q")
