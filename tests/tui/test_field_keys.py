"""Text fields behave like text fields: ctrl+a selects all, ctrl+u clears the field (ctrl+z
brings it back), ctrl+k deletes to the end of the line, ctrl+home and ctrl+end go to the start
and end of all the text; F1's list names them."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Markdown
from tui_helpers import click, field, full_release, shown, toasts, type_here, workers_done

from pressdesk.store import load
from pressdesk.tui.screens.help import HelpScreen
from pressdesk.tui.widgets.fields import TextField
from pressdesk.tui.widgets.prose_field import ProseField


async def test_select_all_clear_and_delete_to_line_end_in_a_one_line_field(
    release_file: Path,
) -> None:
    headline = full_release().headline
    app = make_app_for(release_file)
    async with app.run_test(size=(100, 30)) as pilot:
        await click(pilot, field(pilot, "headline"))
        box = field(pilot, "headline")
        assert isinstance(box, TextField)
        await pilot.press("ctrl+a")
        assert box.selected_text == headline
        await type_here(pilot, "Tenants Win")  # typing replaces what is selected
        assert shown(pilot, "headline") == "Tenants Win"
        await pilot.press("home", "right", "right", "right", "right", "right", "right", "right")
        await pilot.press("ctrl+k")
        assert shown(pilot, "headline") == "Tenants"
        await pilot.press("ctrl+u")
        assert shown(pilot, "headline") == ""
        await pilot.press("ctrl+z")
        assert shown(pilot, "headline") == "Tenants"
        await pilot.press("ctrl+s")
    assert load(release_file).headline == "Tenants"


async def test_select_all_clear_and_delete_to_line_end_in_a_text_box(release_file: Path) -> None:
    quote = "Rents rose 14 percent.\n\nWe need a freeze now."
    app = make_app_for(release_file)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f4")
        await click(pilot, field(pilot, "body[1].paragraphs"))
        area = field(pilot, "body[1].paragraphs")
        assert isinstance(area, ProseField)
        await pilot.press("ctrl+a")
        assert area.selected_text == quote
        await pilot.press("up", "up", "home", "right", "right", "right", "right", "right", "ctrl+k")
        assert shown(pilot, "body[1].paragraphs") == "Rents\n\nWe need a freeze now."
        await pilot.press("ctrl+u")
        assert shown(pilot, "body[1].paragraphs") == ""
        await pilot.press("ctrl+z")
        await workers_done(pilot)
        assert shown(pilot, "body[1].paragraphs") == "Rents\n\nWe need a freeze now."
        await pilot.press("ctrl+s")
    saved = load(release_file).body[1]
    assert getattr(saved, "paragraphs", None) == ("Rents", "We need a freeze now.")


async def test_ctrl_home_and_ctrl_end_go_to_the_start_and_end_of_all_the_text(
    release_file: Path,
) -> None:
    """In a quote of two paragraphs, from the middle of the first: ctrl+end goes past the last
    word of the second, ctrl+home before the first word of the first; in a one-line field they
    go to its ends."""
    app = make_app_for(release_file)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f4")
        await click(pilot, field(pilot, "body[1].paragraphs"))
        await pilot.press("ctrl+home", "right", "right")  # inside "Rents"
        await pilot.press("ctrl+end")
        await type_here(pilot, " Today.")
        await pilot.press("ctrl+home")
        await type_here(pilot, "Again: ")
        assert shown(pilot, "body[1].paragraphs") == (
            "Again: Rents rose 14 percent.\n\nWe need a freeze now. Today."
        )
        await pilot.press("f2")
        await click(pilot, field(pilot, "headline"))
        await pilot.press("ctrl+home")
        await type_here(pilot, "Update: ")
        await pilot.press("ctrl+end")
        await type_here(pilot, "!")
        assert shown(pilot, "headline") == f"Update: {full_release().headline}!"
        await pilot.press("ctrl+s")
    saved = load(release_file)
    assert getattr(saved.body[1], "paragraphs", None) == (
        "Again: Rents rose 14 percent.",
        "We need a freeze now. Today.",
    )
    assert saved.headline == f"Update: {full_release().headline}!"


async def test_f1_lists_the_field_keys(release_file: Path) -> None:
    app = make_app_for(release_file)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f1")
        await workers_done(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.query_one(Markdown).source
        for key, does in (
            ("ctrl+a", "select all its text"),
            ("ctrl+u", "clear it"),
            ("ctrl+k", "delete to the end of the line"),
            ("ctrl+home", "to the start of its text"),
            ("ctrl+end", "to the end of its text"),
            ("ctrl+o", "the next paste goes in exactly as copied"),
            ("ctrl+f", "apply every safe fix"),
        ):
            assert f"| {key} | " in text and does in text


def make_app_for(path: Path):  # type: ignore[no-untyped-def]
    from pressdesk.tui.app import make_app

    return make_app(path, cursor_blink=False)


def test_the_fields_bind_exactly_the_keymaps_field_keys() -> None:
    from pressdesk.tui.keymap import FIELD_KEYS

    for widget in (TextField, ProseField):
        bound = [(b.key, b.action, b.id, b.priority) for b in widget.BINDINGS]  # type: ignore[union-attr]
        assert bound == [(k.key, k.action, k.id, False) for k in FIELD_KEYS]


async def test_letters_typed_where_no_text_goes_say_so_and_change_nothing(
    release_file: Path,
) -> None:
    """Typing with the findings list focused loses the letters: the staffer is told (one toast
    for the burst) instead of watching a paragraph vanish; in a field, typing says nothing."""
    app = make_app_for(release_file)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await workers_done(pilot)
        await pilot.press("f7")  # the findings list has the cursor
        await type_here(pilot, "The county")
        said = [t for t in toasts(app) if "went nowhere" in t]
        assert len(said) == 1 and "Press Tab or click a field to type" in said[0]
        assert load(release_file) == full_release()
        await click(pilot, field(pilot, "headline"))
        await pilot.press("end")
        await type_here(pilot, "!")
        assert len([t for t in toasts(app) if "went nowhere" in t]) == 1
        await pilot.press("ctrl+s")
    assert load(release_file).headline == full_release().headline + "!"
