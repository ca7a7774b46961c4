"""Fix all: one key (and a palette entry) makes every safe fix in the release, and one ctrl+z
takes them all back. Palette fix entries say what they fix and where."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tui_helpers import field, shown, workers_done

from pressdesk.checks import Context, Settings
from pressdesk.model import Boilerplate, Contact, Paragraph, Quote, Release, Speaker
from pressdesk.store import load, save
from pressdesk.tui.app import make_app
from pressdesk.tui.edits import SetField
from pressdesk.tui.fixing import fix_everything, place_of

# Four safe fixes in three steps: the dateline (AP), a double space, a typed closing mark in a
# quote, and a trailing space in the boilerplate.
UNFIXED = Release(
    date=date(2026, 11, 24),
    headline="Riverside Tenants Win a Rent Freeze",
    dateline="WASHINGTON, D.C.",
    contacts=(Contact("Dana Whitfield", "dana@example.org", "202-555-0143", "Riverside Tenants"),),
    body=(
        Paragraph("The Riverside Tenants Union welcomed the vote on Tuesday.  Members cheered."),
        Quote(("This vote is a start.",), Speaker("Ana Soto", "Director", "Tenants First")),
        Quote(
            ("We organized for two years.”",),
            Speaker("Marisol Vega", "Executive Director", "Renters United"),
        ),
    ),
    boilerplate=(Boilerplate("Riverside Tenants", "Riverside Tenants organizes renters. "),),
)
FIXED_BODY = (
    Paragraph("The Riverside Tenants Union welcomed the vote on Tuesday. Members cheered."),
    UNFIXED.body[1],
    Quote(
        ("We organized for two years.",),
        Speaker("Marisol Vega", "Executive Director", "Renters United"),
    ),
)


def test_fix_everything_is_one_edit_of_every_fixed_field() -> None:
    context = Context(settings=Settings().with_profile("ap"), today=date(2026, 11, 20))
    group, count = fix_everything(UNFIXED, context)
    assert count == 4
    assert set(group.edits) == {
        SetField("dateline", "WASHINGTON"),
        SetField("body[0].text", FIXED_BODY[0].text),  # type: ignore[union-attr]
        SetField("body[2].paragraphs[0]", "We organized for two years."),
        SetField("boilerplate[0].text", "Riverside Tenants organizes renters."),
    }


def test_places_are_named_as_a_staffer_finds_them() -> None:
    assert place_of(UNFIXED, "body[2].paragraphs[0]") == "quote 2, Marisol Vega"
    assert place_of(UNFIXED, "body[0].text") == "lede"
    assert place_of(UNFIXED, "contacts[0].email") == "contact 1, Dana Whitfield"
    assert place_of(UNFIXED, "boilerplate[0].text") == "boilerplate, Riverside Tenants"
    assert place_of(UNFIXED, "dateline") == "dateline"
    org_only = UNFIXED.replace(body=(Quote(("We won.",), Speaker("", org="Mijente")),))
    assert place_of(org_only, "body[0].paragraphs[0]") == "quote 1, Mijente"


async def test_ctrl_f_fixes_everything_and_one_ctrl_z_takes_it_all_back(tmp_path: Path) -> None:
    path = tmp_path / "release.toml"
    save(path, UNFIXED.replace(profile="ap"))
    app = make_app(path, cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await workers_done(pilot)
        titles = [c.title for c in app.editor.palette_commands()]
        assert "fix: all 4 safe fixes" in titles
        assert "fix: typed closing mark — quote 2, Marisol Vega" in titles
        assert "fix: double space — lede" in titles
        await pilot.press("ctrl+f")
        await workers_done(pilot)
        assert shown(pilot, "dateline") == "WASHINGTON"
        await pilot.press("ctrl+s")
        saved = load(path)
        assert saved.dateline == "WASHINGTON"
        assert saved.body == FIXED_BODY
        assert saved.boilerplate[0].text == "Riverside Tenants organizes renters."
        await pilot.press("ctrl+z")
        await workers_done(pilot)
        await pilot.press("ctrl+s")
        assert load(path) == UNFIXED.replace(profile="ap")
        assert shown(pilot, "dateline") == "WASHINGTON, D.C."
        assert field(pilot, "headline") is not None
