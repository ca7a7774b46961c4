"""SVG snapshots of the findings panel, the library pickers and the export screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pressdesk.library import Library

from .desk_app import DeskApp, sample_release
from .desk_helpers import settle
from .test_small_screens import exporting_desk

SIZE = (120, 32)


def flawed() -> Any:
    return sample_release().replace(
        headline="HARBOR COALITION WELCOMES RENT BOARD VOTE", dateline="WASHINGTON, D.C."
    )


def test_findings_panel(snap_compare: Any) -> None:
    app = DeskApp(flawed(), blink=False)

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_findings_panel_highlighting_a_fixable_finding(snap_compare: Any) -> None:
    app = DeskApp(flawed(), blink=False)

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)
        app.panel.query_one("#findings-list").focus()
        await pilot.press("down")  # from the headline's finding to the dateline's, which f fixes
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


@pytest.mark.parametrize("picker", ["pick_contacts", "pick_speaker", "pick_boilerplate"])
def test_library_pickers(snap_compare: Any, library: Library, picker: str) -> None:
    app = DeskApp(library=library, check=lambda r, s: (), blink=False)

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)
        await app.run_action(picker)
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_export_screen(snap_compare: Any, hermetic: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The release under the test's home folder, so the snapshot shows ~/desk/… in every run.
    app = exporting_desk(hermetic, monkeypatch)

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)
        app.action_export()
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_export_final_gate(
    snap_compare: Any, hermetic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = exporting_desk(hermetic, monkeypatch)

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)
        app.action_export()
        await settle(app, pilot)
        await pilot.click("#export-go")
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_findings_panel_offering_spelling_choices(snap_compare: Any) -> None:
    from .test_export_screen import approved
    from .test_spelling_desk import misspelt

    app = DeskApp(approved(misspelt()), blink=False)

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)
        app.panel.query_one("#findings-list").focus()
        await settle(app, pilot)

    # Few enough findings that the list does not scroll: how big a scrollbar's thumb is drawn
    # depends on how far the list has measured its lines, which a snapshot cannot allow.
    assert snap_compare(app, terminal_size=(120, 56), run_before=run_before)
