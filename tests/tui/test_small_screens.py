"""The desk's dialogs at 80x24: the export screen, the library pickers, help (F1) and the
confirmations show every control, scroll what does not fit, and are worked by keyboard alone.
SVG snapshots (read each one's text before accepting it) and Pilot tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Button, Static

from pressdesk import store
from pressdesk.library import Library
from pressdesk.tui.screens.desk_confirm import DeskConfirm
from pressdesk.tui.screens.help import HelpScreen

from .desk_app import DeskApp, sample_release
from .desk_helpers import settle

SMALL = (80, 24)


def in_view(app: DeskApp, selector: str) -> bool:
    region = app.screen.query_one(selector).region
    return region.height > 0 and app.screen.region.contains_region(region)


def exporting_desk(home: Path, monkeypatch: pytest.MonkeyPatch) -> DeskApp:
    # The release under the (test's) home folder, so the full paths read ~/desk/… in every run.
    desk = home / "desk"
    desk.mkdir()
    monkeypatch.chdir(desk)
    release = sample_release()
    store.save(desk / "release.toml", release)
    (desk / "2026-11-24-harbor-coalition-welcomes-rent-board-vote.txt").write_text("old\n")
    return DeskApp(release, path=desk / "release.toml", check=lambda r, s: (), blink=False)


def test_export_screen_at_80x24(
    snap_compare: Any, hermetic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The top: formats, folder, paper, logo, the first files, and the buttons."""
    app = exporting_desk(hermetic, monkeypatch)

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)
        app.action_export()
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=SMALL, run_before=run_before)


def test_export_screen_at_80x24_scrolled_to_the_final_check(
    snap_compare: Any, hermetic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rest, reached by Tab: the last files, the final check, and the buttons still there."""
    app = exporting_desk(hermetic, monkeypatch)

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)
        app.action_export()
        await settle(app, pilot)
        final = app.screen.query_one("#export-final")
        for _ in range(12):  # from Export, round the buttons and the choices to the final check
            if app.focused is final:
                break
            await pilot.press("tab")
        await settle(app, pilot)
        assert app.focused is final

    assert snap_compare(app, terminal_size=SMALL, run_before=run_before)


@pytest.mark.parametrize("picker", ["pick_contacts", "pick_speaker", "pick_boilerplate"])
def test_library_pickers_at_80x24(snap_compare: Any, library: Library, picker: str) -> None:
    app = DeskApp(library=library, check=lambda r, s: (), blink=False)

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)
        await app.run_action(picker)
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=SMALL, run_before=run_before)


def test_help_at_80x24(snap_compare: Any) -> None:
    app = DeskApp(check=lambda r, s: (), blink=False)

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)
        await pilot.click("#headline")
        await pilot.press("f1")
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=SMALL, run_before=run_before)


def test_final_gate_at_80x24(
    snap_compare: Any, hermetic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = exporting_desk(hermetic, monkeypatch)

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)
        app.action_export("text")
        await settle(app, pilot)
        await pilot.press("f9")
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=SMALL, run_before=run_before)


REASONS = [f"reason {n}: the release says something wrong in paragraph {n}" for n in range(1, 31)]


async def test_a_long_confirmation_scrolls_and_its_buttons_stay_in_view() -> None:
    app = DeskApp(check=lambda r, s: ())
    answers: list[bool | None] = []
    async with app.run_test(size=SMALL) as pilot:
        await settle(app, pilot)
        app.push_screen(
            DeskConfirm("Replace these files?", REASONS, "Replace them"), answers.append
        )
        await pilot.pause()
        assert in_view(app, "#confirm-no") and in_view(app, "#confirm-yes")
        assert app.focused is app.screen.query_one("#confirm-no")
        reasons = app.screen.query_one("#confirm-reasons", VerticalScroll)
        last = list(app.screen.query(".confirm-reason").results(Static))[-1]
        assert not app.screen.region.contains_region(last.region) or last.region.height == 0
        await pilot.press("shift+tab")  # to the reasons
        assert app.focused is reasons
        await pilot.press("end")
        await pilot.pause()
        assert "reason 30" in str(last.render())
        assert last.region.height > 0 and reasons.region.contains_region(last.region)
        await pilot.press("tab", "tab")  # past "Go back" to the other answer
        assert app.focused is app.screen.query_one("#confirm-yes", Button)
        await pilot.press("enter")
        await pilot.pause()
    assert answers == [True]


async def test_help_scrolls_by_keyboard_and_closes_with_escape() -> None:
    app = DeskApp(check=lambda r, s: ())
    async with app.run_test(size=SMALL) as pilot:
        await settle(app, pilot)
        await pilot.click("#headline")
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        scroller = app.screen.query_one(VerticalScroll)
        assert scroller.max_scroll_y > 0  # the keys do not fit at 80x24
        await pilot.press("end")
        await pilot.pause()
        assert scroller.scroll_y == scroller.max_scroll_y
        assert in_view(app, "#help-close")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_the_pickers_buttons_are_reached_by_tab_at_80x24(library: Library) -> None:
    app = DeskApp(library=library, check=lambda r, s: ())
    async with app.run_test(size=SMALL) as pilot:
        await settle(app, pilot)
        for picker, button in [
            ("pick_contacts", "#contacts-add"),
            ("pick_speaker", ".picker-cancel"),
            ("pick_boilerplate", ".picker-cancel"),
        ]:
            await app.run_action(picker)
            await settle(app, pilot)
            target = app.screen.query_one(button, Button)
            for _ in range(8):
                if app.focused is target:
                    break
                await pilot.press("tab")
            assert app.focused is target, picker
            assert in_view(app, button)
            await pilot.press("escape")
            await pilot.pause()
