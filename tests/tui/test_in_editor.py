"""The desk inside the real editor (`make_app`): findings while typing, going to them, fixing and
undoing, the step list's counts, the side column, the profile, and the library's suggestions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Select

from pressdesk import store
from pressdesk.library import Library
from pressdesk.model import Boilerplate, Contact, Paragraph, Quote, Release, Speaker
from pressdesk.tui.app import PressdeskApp, make_app
from pressdesk.tui.widgets.choice import ChoiceField
from pressdesk.tui.widgets.findings_panel import FindingsPanel
from pressdesk.tui.widgets.step_list import StepList

from .desk_helpers import settle

HEADLINE = "HARBOR COALITION WELCOMES VOTE"


def release_with_bad_phone() -> Release:
    return Release(
        date=date(2026, 11, 24),
        headline="Harbor Coalition Welcomes Rent Board Vote",
        dateline="BOSTON",
        contacts=(
            Contact("Dana Whitfield", "dana@example.org", "(617) 555-0143", "Harbor Coalition"),
        ),
        body=(
            Paragraph("The Harbor Coalition welcomed the vote."),
            Quote(("This vote is a start.",), Speaker("Ana Ruiz", "Director", "Tenants First")),
        ),
        boilerplate=(Boilerplate("Harbor Coalition", "The Harbor Coalition is 30 groups."),),
    )


def panel_of(app: PressdeskApp) -> FindingsPanel:
    return app.editor.query_one(FindingsPanel)


async def highlight(app: PressdeskApp, pilot: Pilot[None], rule: str) -> None:
    """Go to the findings with F7 and move down them, as a user would, until `rule` is highlighted."""
    panel = panel_of(app)
    if not panel.has_focus_within:
        await pilot.press("f7")
    assert app.focused is panel.query_one(OptionList)
    for _ in range(len(panel.findings) + 1):
        current = panel.highlighted_finding
        if current is not None and current.rule == rule:
            return
        await pilot.press("down")
    raise AssertionError(f"{rule} is not in the panel: {[f.rule for f in panel.findings]}")


async def test_a_headline_in_capitals_is_found_while_typing_and_selected_from_the_panel(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path / "statement.toml", cursor_blink=False)
    async with app.run_test(size=(150, 45)) as pilot:
        await settle(app, pilot)
        headline = app.editor.query_one("#headline", Input)
        assert app.focused is headline
        await pilot.press("ctrl+a", "ctrl+k", *HEADLINE)
        await settle(app, pilot)
        assert "headline-all-caps" in [f.rule for f in panel_of(app).findings]
        await highlight(app, pilot, "headline-all-caps")
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.focused is headline
        assert headline.selection == (0, len(HEADLINE))
        # F7 twice: to the findings and back to where the cursor was.
        await pilot.press("f7")
        assert app.focused is panel_of(app).query_one(OptionList)
        await pilot.press("f7")
        assert app.focused is headline


async def test_a_contacts_finding_goes_to_its_field_fixes_and_undoes(tmp_path: Path) -> None:
    path = tmp_path / "r.toml"
    store.save(path, release_with_bad_phone())
    app = make_app(path, cursor_blink=False)
    async with app.run_test(size=(150, 45)) as pilot:
        await settle(app, pilot)
        await highlight(app, pilot, "contact-phone-format")
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.editor.step == "contacts"
        assert getattr(app.focused, "path", None) == "contacts[0].phone"
        await highlight(app, pilot, "contact-phone-format")
        await pilot.press("f")
        await settle(app, pilot)
        assert app.editor.release.contacts[0].phone == "617-555-0143"
        phone = [
            w for w in app.editor.query(Input) if getattr(w, "path", "") == "contacts[0].phone"
        ]
        assert [w.value for w in phone] == ["617-555-0143"]
        assert "contact-phone-format" not in [f.rule for f in panel_of(app).findings]
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert app.editor.release.contacts[0].phone == "(617) 555-0143"
        assert "contact-phone-format" in [f.rule for f in panel_of(app).findings]
        await pilot.press("ctrl+s")  # not left to the autosave's timer
    assert store.load(path).contacts[0].phone == "(617) 555-0143"


async def test_the_step_list_counts_each_steps_findings(tmp_path: Path) -> None:
    path = tmp_path / "r.toml"
    store.save(path, release_with_bad_phone())
    app = make_app(path, cursor_blink=False)
    async with app.run_test(size=(150, 45)) as pilot:
        await settle(app, pilot)
        steps = app.editor.query_one(StepList)
        counts = panel_of(app).counts_by_step()
        assert counts["contacts"].total >= 1
        assert steps.findings == counts
        contacts = steps.get_option("contacts").prompt
        assert f"●{counts['contacts'].total}" in str(contacts)


async def test_the_findings_show_beside_the_step_only_on_wide_terminals(tmp_path: Path) -> None:
    app = make_app(tmp_path / "statement.toml", cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        panel, headline = panel_of(app), app.editor.query_one("#headline", Input)
        assert not panel.display and not app.editor.query_one("#side").display
        await pilot.press("f7")
        assert panel.display and app.editor.query_one("#side").display
        assert app.focused is panel.query_one(OptionList)
        await pilot.press("f7")  # back to the step: the narrow terminal gets its room back
        assert app.focused is headline
        assert not panel.display
    app = make_app(tmp_path / "statement.toml", cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert panel_of(app).display
        await pilot.press("f8")  # the preview goes; the findings stay
        assert not app.editor.query_one("#preview").display
        assert panel_of(app).display


async def test_the_release_steps_house_style_switches_the_panel_and_the_findings(
    tmp_path: Path,
) -> None:
    path = tmp_path / "r.toml"
    store.save(path, release_with_bad_phone())
    app = make_app(path, cursor_blink=False)
    async with app.run_test(size=(150, 45)) as pilot:
        await settle(app, pilot)
        assert panel_of(app).profile == "coalition"
        app.editor.query_one("#profile", ChoiceField).value = "wire"
        await settle(app, pilot)
        assert app.editor.release.profile == "wire"
        assert panel_of(app).profile == "wire"
        assert panel_of(app).query_one("#findings-profile", Select).value == "wire"
        await pilot.press("ctrl+s")
    assert store.load(path).profile == "wire"


async def test_organisation_and_speaker_fields_suggest_names_from_the_library(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRESSDESK_LIBRARY", str(library.path))
    path = tmp_path / "r.toml"
    store.save(path, release_with_bad_phone())
    app = make_app(path, cursor_blink=False)
    async with app.run_test(size=(150, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("f3")
        await settle(app, pilot)
        org = next(
            w for w in app.editor.query(Input) if getattr(w, "path", "") == "contacts[0].org"
        )
        org.focus()
        await pilot.press("ctrl+a", "ctrl+k", *"harb")
        await settle(app, pilot)
        assert org._suggestion == "Harbor Coalition"
        await pilot.press("right")  # accepts the suggestion
        assert org.value == "Harbor Coalition"
        await pilot.press("f4")
        await settle(app, pilot)
        name = next(
            w for w in app.editor.query(Input) if getattr(w, "path", "") == "body[1].speaker.name"
        )
        name.focus()
        await pilot.press("ctrl+a", "ctrl+k", *"Om")  # the quote's org is Tenants First
        await settle(app, pilot)
        assert name._suggestion == "Omar Haddad"
