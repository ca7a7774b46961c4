"""The rest of the editor a user meets: the palette, help, the preview, drafts, messages, and a
command line that never imports Textual unless the editor opens."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input, Static
from tui_helpers import click, field, full_release, type_here, workers_done

from pressdesk.model import Quote, Release, Speaker
from pressdesk.render.formats import EXPORTS
from pressdesk.store import load, save
from pressdesk.tui.app import make_app
from pressdesk.tui.drafts import drafts_dir
from pressdesk.tui.messages import ReleaseChanged
from pressdesk.tui.screens.help import HelpScreen
from pressdesk.tui.screens.recover import RecoverScreen
from pressdesk.tui.screens.save_as import SaveAsScreen
from pressdesk.tui.widgets.findings_panel import FindingsPanel
from pressdesk.tui.widgets.step import Step


async def test_the_palette_offers_namespaced_commands_and_runs_them(release_file: Path) -> None:
    app = make_app(release_file, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        titles = [title for title, _, _ in app.screen.palette_commands()]  # type: ignore[attr-defined]
        await workers_done(pilot)  # the desk's entries come once it is up
        titles = [title for title, _, _ in app.screen.palette_commands()]  # type: ignore[attr-defined]
        for wanted in (
            "go: Contacts",
            "add: quote",
            "view: show preview",
            "view: show findings",
            "file: save now",
        ):
            assert wanted in titles
        # Each export entry once: the export screen's, which asks before writing over a file;
        # one per format of the export registry, and "all formats".
        exports = [title for title in titles if title.startswith("export:")]
        assert len(exports) == len(set(exports)) == len(EXPORTS) + 1
        await pilot.press("ctrl+p")
        await type_here(pilot, "add: heading")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.step == "story"  # type: ignore[attr-defined]
        assert app.focused is field(pilot, f"body[{len(full_release().body)}].heading")


async def test_f1_explains_the_field_you_are_in(release_file: Path) -> None:
    app = make_app(release_file, cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await click(pilot, field(pilot, "contacts[0].phone"))
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        assert "202-555-0143" in app.screen.text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_the_preview_follows_the_step_and_shows_the_typography(tmp_path: Path) -> None:
    path = tmp_path / "typed.toml"
    save(
        path,
        Release(
            date=date(2026, 11, 24),
            headline="Groups Say 'No'",
            body=(Quote(("We won't -- ever.",), Speaker("Ana Soto")),),
        ),
    )
    app = make_app(path, cursor_blink=False)
    async with app.run_test(size=(130, 40)) as pilot:  # wide: the preview shows by itself
        await workers_done(pilot)
        preview = app.screen.query_one("#preview-text", Static)
        assert "Groups Say" in str(preview.render()) and "Ana Soto" not in str(preview.render())
        await pilot.press("f4")
        await workers_done(pilot)
        assert "“We won’t — ever.”" in str(preview.render())
        await pilot.press("f8")
        assert not app.screen.query_one("#preview").display
        # The findings keep the side column on a wide terminal.
        assert app.screen.query_one("#side").display
        assert app.screen.query_one(FindingsPanel).display


async def test_every_change_posts_release_changed_with_the_new_release(release_file: Path) -> None:
    messages: list[object] = []
    app = make_app(release_file, cursor_blink=False)
    async with app.run_test(size=(100, 40), message_hook=messages.append) as pilot:
        await click(pilot, field(pilot, "subheadline"))
        await pilot.press("end", "!")
        edits = [m.edit for m in messages if isinstance(m, Step.Changed)]  # type: ignore[attr-defined]
        changed = [m for m in messages if isinstance(m, ReleaseChanged)]
        assert edits[-1].path == "subheadline"
        assert changed[-1].release.subheadline == full_release().subheadline + "!"
        assert app.screen.sub_title.startswith("unsaved changes · ")
        await pilot.press("ctrl+s")
        assert app.screen.sub_title.startswith("saved · ")
        assert load(release_file).subheadline.endswith("!")


async def test_no_file_opens_an_untitled_draft_and_offers_the_last_one_back(tmp_path: Path) -> None:
    app = make_app(None, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        assert app.screen.title == "Untitled draft"
        await type_here(pilot, "Draft Headline One")
        await pilot.press("ctrl+q")
    [draft] = list(drafts_dir().glob("untitled-*.toml"))
    assert load(draft).headline == "Draft Headline One"

    app = make_app(None, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RecoverScreen)
        await click(pilot, "#recover")
        assert field(pilot, "headline").value == "Draft Headline One"
        await pilot.press("ctrl+q")

    app = make_app(
        None, cursor_blink=False
    )  # declining starts afresh; quitting untouched leaves nothing
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await click(pilot, "#fresh")
        assert "Draft Headline One" not in field(pilot, "headline").value
        await pilot.press("ctrl+q")
    assert len(list(drafts_dir().glob("untitled-*.toml"))) == 1


async def test_save_as_gives_a_draft_a_file_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "taken.toml").write_text("not a release", encoding="utf-8")
    app = make_app(None, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await type_here(pilot, "Tenants Win Rent Cap")
        await pilot.press("ctrl+s")
        [draft] = list(drafts_dir().glob("untitled-*.toml"))
        await pilot.press("ctrl+p", *"save as", "enter")
        await pilot.pause()
        assert isinstance(app.screen, SaveAsScreen)
        name = app.screen.query_one(Input)
        assert name.value == "2026-11-24-tenants-win-rent-cap.toml"  # date and headline
        for typed, problem in (("notes.txt", ".toml"), ("taken.toml", "already there")):
            name.value = typed
            await pilot.press("enter")
            assert problem in str(app.screen.query_one("#save-as-problem", Static).render())
        assert (tmp_path / "taken.toml").read_text(encoding="utf-8") == "not a release"
        name.value = "rent-cap.toml"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.title == "rent-cap.toml"
        await type_here(pilot, "!")  # the cursor is back in the headline
        await pilot.press("ctrl+q")
    assert load(tmp_path / "rent-cap.toml").headline == "Tenants Win Rent Cap!"
    assert not draft.exists()  # nothing left to offer back as an unsaved draft


def test_a_missing_file_is_made_from_the_statement_starter(tmp_path: Path) -> None:
    path = tmp_path / "new.toml"
    make_app(path)
    made = load(path)
    assert made.date == date(2026, 11, 24) and made.kind == "statement" and made.body


def test_help_check_and_export_never_import_textual(release_file: Path) -> None:
    probe = (
        "import sys\n"
        "from pressdesk.cli import main\n"
        "for argv in (['--help'], ['check', sys.argv[1]], ['export', sys.argv[1], '--to', 'text', '-o', '-']):\n"
        "    try:\n"
        "        main(argv)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "import pressdesk.cli.tui\n"
        "print('textual' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(release_file)], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip().splitlines()[-1] == "False"


def test_a_file_that_does_not_load_stops_before_the_screen_changes(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("pressdesk = 1\nheadline = \n", encoding="utf-8")
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "from pressdesk.cli import main; raise SystemExit(main())",
            str(bad),
        ],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 2
    assert out.stderr.startswith("pressdesk: ") and len(out.stderr.strip().splitlines()) == 1
    assert bad.read_text(encoding="utf-8") == "pressdesk = 1\nheadline = \n"


async def test_a_key_that_waited_its_turn_while_the_editor_closed_is_dropped(
    release_file: Path,
) -> None:
    """A key still queued when ctrl+q closes the editor reaches an app with no screen: it is
    dropped, not a traceback."""
    from textual import events

    original = release_file.read_bytes()
    app = make_app(release_file)
    async with app.run_test() as pilot:
        await pilot.pause()
        app.exit()
    assert not app.screen_stack and app.key_order.idle
    await app.on_event(events.Key("f4", None))  # raised ScreenStackError before
    assert release_file.read_bytes() == original
