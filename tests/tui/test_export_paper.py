"""The export screen's paper and logo (the CLI's, from pressdesk.toml and the library), and every
control reached by Tab at 80x24."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import Button, Checkbox, RadioButton, Static

from pressdesk.cli import main as cli
from pressdesk.library import Library
from pressdesk.render import ExportOptions, output_name, render
from pressdesk.tui.screens.export_screen import ExportScreen

from .desk_app import DeskApp, sample_release
from .desk_helpers import settle
from .test_export_screen import approved, saved_release, status, untick_final_check

LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#123"/></svg>\n'


def with_logo(library: Library) -> Library:
    (library.path / "logos").mkdir()
    (library.path / "logos" / "harbor.svg").write_text(LOGO, "utf-8")
    library.save(replace(library.orgs["harbor-coalition"], logo="logos/harbor.svg"))
    return Library.open(library.path)


async def test_the_paper_follows_pressdesk_toml_and_the_pdf_equals_the_clis(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = with_logo(library)
    monkeypatch.setenv("PRESSDESK_LIBRARY", str(library.path))
    release = approved(sample_release())
    desk = tmp_path / "desk"
    path = saved_release(desk, release)
    (desk / "pressdesk.toml").write_text('page = "a4"\n', "utf-8")
    app = DeskApp(release, path=path, library=library, check=lambda r, s: ())
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_export("pdf")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        assert screen.query_one("#paper-a4", RadioButton).value
        assert not screen.query_one("#paper-letter", RadioButton).value
        logo = screen.query_one("#export-logo", Checkbox)
        assert logo.value
        assert "logos/harbor.svg" in str(logo.label)
        await untick_final_check(app, pilot)
        await pilot.press("f9")
        await settle(app, pilot)
        assert "Wrote 1 file:" in status(app)
    written = (desk / output_name(release, "pdf")).read_bytes()
    logo_path = library.path / "logos" / "harbor.svg"
    assert written == render(release, "pdf", options=ExportOptions(paper="a4", logo=logo_path))

    cli_folder = tmp_path / "cli"
    cli_copy = saved_release(cli_folder, release)
    (cli_folder / "pressdesk.toml").write_text('page = "a4"\n', "utf-8")
    assert cli(["export", str(cli_copy), "--to", "pdf"]) == 0
    assert written == (cli_folder / output_name(release, "pdf")).read_bytes()


async def test_letter_by_default_and_a4_and_no_logo_when_chosen(
    tmp_path: Path, library: Library
) -> None:
    library = with_logo(library)
    release = approved(sample_release())
    path = saved_release(tmp_path, release)
    app = DeskApp(release, path=path, library=library, check=lambda r, s: ())
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_export("pdf")
        await pilot.pause()
        screen = app.screen
        assert screen.query_one("#paper-letter", RadioButton).value
        # A keyboard user: Tab to the paper, → to A4, Tab to the logo, space to untick it.
        for _ in range(10):
            if isinstance(app.focused, RadioButton) or "RadioSet" in type(app.focused).__name__:
                break
            await pilot.press("tab")
        await pilot.press("right", "enter")
        assert screen.query_one("#paper-a4", RadioButton).value
        await pilot.press("tab")
        assert app.focused is screen.query_one("#export-logo", Checkbox)
        await pilot.press("space")
        await untick_final_check(app, pilot)
        await pilot.press("f9")
        await settle(app, pilot)
    written = (tmp_path / output_name(release, "pdf")).read_bytes()
    assert written == render(release, "pdf", options=ExportOptions(paper="a4"))


async def test_a_logo_named_but_missing_is_said_and_the_pdf_is_made_without_it(
    tmp_path: Path, library: Library
) -> None:
    library.save(replace(library.orgs["harbor-coalition"], logo="logos/gone.png"))
    library = Library.open(library.path)
    release = approved(sample_release())
    app = DeskApp(release, path=saved_release(tmp_path, release), library=library)
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_export("pdf")
        await pilot.pause()
        notes = " ".join(str(s.render()) for s in app.screen.query(".export-note").results(Static))
        assert "logo not used" in notes
        assert "logos/gone.png: no such file" in notes
        assert not app.screen.query("#export-logo")


async def test_at_80x24_tab_reaches_every_control_and_each_is_in_view(tmp_path: Path) -> None:
    release = approved(sample_release())
    app = DeskApp(release, path=saved_release(tmp_path, release), check=lambda r, s: ())
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_export()
        await pilot.pause()
        screen = app.screen
        wanted = {
            "export-formats",
            "export-folder",
            "export-paper",
            "export-final",
            "export-go",
            "export-open-folder",
            "export-copy-text",
            "export-close",
        }
        seen: set[str] = set()
        for _ in range(len(wanted) + 4):
            await pilot.press("tab")
            await pilot.pause()
            focused = app.focused
            assert focused is not None and focused.id is not None
            seen.add(focused.id)
            # What has the focus is on the screen, whole, not scrolled out of sight.
            region = focused.region
            assert region.height > 0
            assert screen.region.contains_region(region), focused.id
        assert wanted <= seen
        # The buttons stay in view while the body scrolls.
        assert screen.query_one("#export-close", Button).region.bottom <= 24
