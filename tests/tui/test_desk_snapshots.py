"""SVG snapshots of the findings panel, the library pickers and the export screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pressdesk import store
from pressdesk.library import Library
from pressdesk.tui.screens.export_screen import ExportScreen

from .desk_app import DeskApp, sample_release
from .desk_helpers import settle

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


def test_export_screen(snap_compare: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Relative paths, so the snapshot shows "." and not this run's temporary folder.
    monkeypatch.chdir(tmp_path)
    release = sample_release()
    store.save("release.toml", release)
    Path("2026-11-24-harbor-coalition-welcomes-rent-board-vote.txt").write_text("old\n")
    app = DeskApp(release, path=Path("release.toml"), check=lambda r, s: (), blink=False)

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)
        app.push_screen(ExportScreen(release, Path("release.toml")))
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_export_final_gate(
    snap_compare: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    release = sample_release()
    app = DeskApp(release, path=Path("release.toml"), check=lambda r, s: (), blink=False)

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)
        app.push_screen(ExportScreen(release, Path("release.toml")))
        await settle(app, pilot)
        await pilot.click("#export-go")
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
