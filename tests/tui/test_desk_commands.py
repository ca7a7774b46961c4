"""The command palette offers the desk's actions, namespaced, and each one does what it says."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandPalette
from textual.widgets import SelectionList

from pressdesk.library import Library
from pressdesk.model import Quote, Speaker
from pressdesk.tui.screens.export_screen import ExportScreen

from .desk_app import DeskApp, sample_release
from .desk_helpers import settle


async def titles(app: DeskApp) -> list[str]:
    return [command.title for command in app.editor.palette_commands()]


async def run_command(app: DeskApp, pilot: object, query: str) -> None:
    """Open the palette, type `query`, and run the first hit, as a user does."""
    await pilot.press("ctrl+p")  # type: ignore[attr-defined]
    await settle(app, pilot)
    assert CommandPalette.is_open(app)
    await pilot.press(*query)  # type: ignore[attr-defined]
    await settle(app, pilot)
    await pilot.press("enter")  # type: ignore[attr-defined]
    await settle(app, pilot)


async def test_the_palette_lists_namespaced_desk_entries(library: Library) -> None:
    app = DeskApp(sample_release().replace(dateline="WASHINGTON, D.C."), library=library)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        found = await titles(app)
    assert "fix: AP datelines write WASHINGTON alone — dateline" in found
    assert "insert: boilerplate — Harbor Coalition" in found
    assert "insert: boilerplate — Tenants First" in found
    assert "insert: boilerplate — Fair Rent Now" not in found  # nothing saved for it
    assert "add: quote from Omar Haddad (Tenants First)" in found
    assert "add: media contacts from the library" in found
    # One entry per format of the export registry, Word and PDF included.
    for label in ("Plain text", "Markdown", "HTML email", "Email draft (.eml)"):
        assert f"export: {label}" in found
    assert "export: Word document" in found
    assert "export: PDF for print" in found
    assert "export: all formats" in found
    # The profile in use is not offered again.
    assert "check: profile ap" in found and "check: profile wire" in found
    assert "check: profile coalition" not in found


async def test_an_empty_library_offers_the_pickers_but_no_people(tmp_path: Path) -> None:
    app = DeskApp(library=Library.open(tmp_path / "empty"), check=lambda r, s: ())
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        found = await titles(app)
    assert not [t for t in found if t.startswith("insert: boilerplate —")]
    assert [t for t in found if t.startswith("add: quote from ")] == [
        "add: quote from the library…"  # its picker says how to fill the library
    ]
    assert not [t for t in found if t.startswith("fix: ")]


async def test_export_html_email_opens_the_export_screen_with_html_chosen() -> None:
    app = DeskApp(check=lambda r, s: ())
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await run_command(app, pilot, "export: HTML email")
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.query_one("#export-formats", SelectionList).selected == ["html"]


async def test_export_pdf_from_the_palette_chooses_the_pdf_alone() -> None:
    app = DeskApp(check=lambda r, s: ())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await run_command(app, pilot, "export: PDF")
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.query_one("#export-formats", SelectionList).selected == ["pdf"]


async def test_fix_from_the_palette_applies_the_safe_fix() -> None:
    app = DeskApp(sample_release().replace(dateline="WASHINGTON, D.C."))
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await run_command(app, pilot, "fix: AP datelines")
        assert app.release.dateline == "WASHINGTON"
        assert not app.findings_for("dateline-standalone-city")


async def test_add_quote_from_a_saved_person(library: Library) -> None:
    app = DeskApp(library=library, check=lambda r, s: ())
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await run_command(app, pilot, "add: quote from June")
    last = app.release.body[-1]
    assert isinstance(last, Quote)
    assert last.speaker == Speaker("June Baptiste", "Policy Director", "Fair Rent Now")


async def test_check_profile_switches_the_house_style() -> None:
    app = DeskApp(sample_release().replace(headline="HARBOR COALITION WELCOMES RENT BOARD VOTE"))
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await run_command(app, pilot, "check: profile wire")
        assert app.release.profile == "wire"
        assert app.panel.profile == "wire"
        assert str(app.findings_for("headline-all-caps")[0].severity) == "error"
