"""Export from the desk: the CLI's files byte for byte, no silent overwrite, and the final gate."""

from __future__ import annotations

import sys
import webbrowser
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Checkbox, Static

from pressdesk import store
from pressdesk.cli import main as cli
from pressdesk.model import Quote, Release
from pressdesk.render import FORMATS, output_name, render
from pressdesk.tui.screens.desk_confirm import DeskConfirm
from pressdesk.tui.screens.export_screen import ExportScreen

from .desk_app import DeskApp, sample_release
from .desk_helpers import settle

STEM = "2026-11-24-harbor-coalition-welcomes-rent-board-vote"


def approved(release: Release) -> Release:
    body = tuple(
        Quote(b.paragraphs, b.speaker, b.style, True) if isinstance(b, Quote) else b
        for b in release.body
    )
    return release.replace(body=body)


def saved_release(folder: Path, release: Release) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "release.toml"
    store.save(path, release)
    return path


async def untick_final_check(app: DeskApp, pilot: Pilot[None]) -> None:
    """Untick "Final check" as a keyboard user does: Tab to it (the body scrolls), space."""
    final = app.screen.query_one("#export-final", Checkbox)
    for _ in range(20):
        if app.focused is final:
            break
        await pilot.press("tab")
    await pilot.press("space")
    assert not final.value


def status(app: DeskApp) -> str:
    return str(app.screen.query_one("#export-status", Static).render())


async def test_exporting_every_format_writes_exactly_what_the_cli_writes(tmp_path: Path) -> None:
    release = approved(sample_release())
    path = saved_release(tmp_path / "desk", release)
    app = DeskApp(store.load(path), path=path, check=lambda r, s: ())
    async with app.run_test(size=(120, 36)) as pilot:
        app.action_export()
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        targets = str(app.screen.query_one("#export-targets", Static).render())
        for fmt in FORMATS:
            assert output_name(release, fmt) in targets
        await pilot.click("#export-go")
        await settle(app, pilot)
        # The gate ran the real checks: this short release has errors, so it asked first.
        assert isinstance(app.screen, DeskConfirm)
        await pilot.click("#confirm-yes")
        await settle(app, pilot)
        assert "Wrote 6 files:" in status(app)
        written = sorted(p.name for p in (tmp_path / "desk").iterdir())

    cli_copy = saved_release(tmp_path / "cli", release)
    assert cli(["export", str(cli_copy), "--to", "all"]) == 0
    assert written == sorted(p.name for p in (tmp_path / "cli").iterdir())
    for fmt in FORMATS:
        name = output_name(release, fmt)
        desk_bytes = (tmp_path / "desk" / name).read_bytes()
        assert desk_bytes == (tmp_path / "cli" / name).read_bytes()
        assert desk_bytes == render(store.load(path), fmt)


async def test_an_existing_file_is_never_replaced_without_asking(tmp_path: Path) -> None:
    release = approved(sample_release())
    path = saved_release(tmp_path, release)
    existing = tmp_path / f"{STEM}.txt"
    existing.write_text("the version sent yesterday\n", "utf-8")
    app = DeskApp(release, path=path, check=lambda r, s: ())
    async with app.run_test(size=(120, 36)) as pilot:
        app.action_export("text")
        await pilot.pause()
        targets = str(app.screen.query_one("#export-targets", Static).render())
        # The full path, under its format's label, marked as there already.
        assert f"Plain text  (exists)\n{existing}" in targets
        assert "replaced only after you say so" in targets
        await pilot.click("#export-final")  # final check off: only the overwrite question
        assert not app.screen.query_one("#export-final", Checkbox).value
        await pilot.click("#export-go")
        await settle(app, pilot)
        assert isinstance(app.screen, DeskConfirm)
        assert f"Replace these files in {tmp_path}?" in str(
            app.screen.query_one("#confirm-title").render()
        )
        assert str(app.screen.query_one(".confirm-reason", Static).render()) == f"• {existing.name}"
        await pilot.press("enter")  # "Go back" has the focus: the safe answer
        await settle(app, pilot)
        assert "nothing was replaced" in status(app)
        assert existing.read_text("utf-8") == "the version sent yesterday\n"

        await pilot.click("#export-go")
        await settle(app, pilot)
        await pilot.click("#confirm-yes")
        await settle(app, pilot)
        assert existing.read_bytes() == render(release, "text")
        # Only the chosen format was written.
        assert sorted(p.name for p in tmp_path.iterdir()) == [f"{STEM}.txt", "release.toml"]


async def test_the_final_gate_says_why_the_release_is_not_ready(tmp_path: Path) -> None:
    release = sample_release()  # Ana Ruiz has not approved her quote; the body is short
    path = saved_release(tmp_path, release)
    app = DeskApp(release, path=path)
    async with app.run_test(size=(120, 36)) as pilot:
        app.action_export()
        await pilot.pause()
        await pilot.click("#export-go")
        await settle(app, pilot)
        assert isinstance(app.screen, DeskConfirm)
        reasons = [str(r.render()) for r in app.screen.query(".confirm-reason").results(Static)]
        assert any("Ana Ruiz has not approved this quote" in r for r in reasons)
        assert any("word-count" in r for r in reasons)
        await pilot.click("#confirm-no")
        await settle(app, pilot)
        assert isinstance(app.screen, ExportScreen)
        assert "Not exported" in status(app)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["release.toml"]


async def test_copy_text_and_open_the_html_in_the_browser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = approved(sample_release())
    path = saved_release(tmp_path, release)
    opened: list[str] = []
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url) or True)
    app = DeskApp(release, path=path, check=lambda r, s: ())
    async with app.run_test(size=(120, 36)) as pilot:
        app.action_export("html")
        await pilot.pause()
        assert app.screen.query_one("#export-open-html").disabled  # nothing to open yet
        await pilot.click("#export-copy-text")
        assert app.clipboard == render(release, "text").decode("utf-8")
        await pilot.click("#export-final")
        await pilot.click("#export-go")
        await settle(app, pilot)
        html = tmp_path / f"{STEM}.html"
        assert html.read_bytes() == render(release, "html")
        await pilot.click("#export-open-html")
        await settle(app, pilot)
        assert opened == [html.resolve().as_uri()]
        assert f"Opened {html.name}" in status(app)
        await pilot.click("#export-open-folder")
        await settle(app, pilot)
        assert opened[-1] == tmp_path.resolve().as_uri()
        assert status(app) == f"Opened the folder: {tmp_path}"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ExportScreen)


async def test_with_no_display_open_says_so_and_where_the_files_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = approved(sample_release())
    path = saved_release(tmp_path, release)
    opened: list[str] = []
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url) or True)
    app = DeskApp(release, path=path, check=lambda r, s: ())
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_export("html")
        await pilot.pause()
        await untick_final_check(app, pilot)
        await pilot.press("f9")
        await settle(app, pilot)
        # After the export the folder is offered: Open folder has the focus.
        assert app.focused is app.screen.query_one("#export-open-folder")
        await pilot.press("enter")
        await settle(app, pilot)
        said = status(app)
        assert said.startswith("Cannot open the folder: no display here")
        assert str(tmp_path) in said.replace("\n", "")
        await pilot.press("ctrl+o")
        await settle(app, pilot)
        assert status(app).startswith(f"Cannot open {STEM}.html: no display here")
    assert opened == []


async def test_a_browser_that_fails_is_said_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = approved(sample_release())
    path = saved_release(tmp_path, release)
    (tmp_path / f"{STEM}.html").write_bytes(render(release, "html"))
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: False)
    app = DeskApp(release, path=path, check=lambda r, s: ())
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_export("html")
        await pilot.pause()
        await pilot.press("ctrl+o")
        await settle(app, pilot)
        assert "no browser or file manager answered" in status(app)


async def test_a_folder_that_does_not_exist_is_refused_in_words(tmp_path: Path) -> None:
    release = approved(sample_release())
    app = DeskApp(release, path=saved_release(tmp_path, release), check=lambda r, s: ())
    async with app.run_test(size=(120, 36)) as pilot:
        app.push_screen(ExportScreen(release, folder=tmp_path / "nowhere", final=False))
        await pilot.pause()
        await pilot.click("#export-go")
        await settle(app, pilot)
        assert "no such folder" in status(app)
    assert not (tmp_path / "nowhere").exists()


async def test_f9_opens_the_export_screen_and_f9_again_exports(tmp_path: Path) -> None:
    release = approved(sample_release())
    app = DeskApp(release, path=saved_release(tmp_path, release), check=lambda r, s: ())
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.click("#headline")
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("f7")  # the findings key does nothing while the dialog is open
        assert isinstance(app.screen, ExportScreen)
        await untick_final_check(app, pilot)
        await pilot.press("f9")
        await settle(app, pilot)
        assert "Wrote 6 files:" in status(app)
    assert (tmp_path / f"{STEM}.eml").read_bytes() == render(release, "eml")
