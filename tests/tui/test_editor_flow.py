"""The editor as a newcomer uses it: every step, typed and clicked, then the file on disk."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Button, Checkbox, Static
from tui_helpers import click, field, full_release, shown, type_here, type_into

from pressdesk.model import (
    Boilerplate,
    BulletList,
    Contact,
    Heading,
    Paragraph,
    Quote,
    Speaker,
)
from pressdesk.store import load
from pressdesk.tui.app import make_app
from pressdesk.tui.widgets.choice import ChoiceField
from pressdesk.tui.widgets.step import Card

LEDE = 'The coalition answered the county\'s "fair rent" plan:'
QUOTES = [
    (Speaker("Ana Soto", "Director", "Tenants United"), ("We won't wait.",)),
    (
        Speaker("Ben Cole", "Organizer", "Fair Rent Now"),
        ("A start.", 'A tenant said "not enough."'),
    ),
    (Speaker("Cara Diaz", "Attorney", "Legal Aid"), ("See you in court -- soon.",)),
]
CONTACTS = [
    Contact(
        "Dana Whitfield",
        "dana@example.org",
        "202-555-0143",
        "Riverside Housing Coalition",
        "Press Secretary",
    ),
    Contact("Marco Ruiz", "marco@example.org", "202-555-0178", "Tenants United"),
]


async def remove_every_card(pilot: Pilot[None], step: str) -> None:
    """Click ✕ on each card the starter put in `step`, as a user clears a template."""
    while cards := pilot.app.screen.query_one(f"#{step}").query(Card):
        await click(pilot, cards.first().query_one(".card-remove", Button))


@pytest.mark.slow  # about 450 keystrokes, each waited on as a user types them
async def test_create_a_release_from_nothing_then_quit(tmp_path: Path) -> None:
    path = tmp_path / "new-release.toml"
    app = make_app(path, cursor_blink=False)
    starter = load(path)  # `pressdesk FILE` made it from the statement starter
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        # Release: the headline has the cursor; the starter's [BRACKETED] text is selected,
        # so typing replaces it.
        assert app.focused is field(pilot, "headline")
        await type_here(pilot, 'Coalition Says "No" to the County Rent Plan')
        await type_into(pilot, "dateline", "RIVERSIDE, Calif.")
        await click(pilot, "#next")

        # Contacts: clear the starter's, add two, moving between fields with Tab.
        await remove_every_card(pilot, "contacts")
        for contact in CONTACTS:
            await click(pilot, "#add-contact")
            for name in ("name", "title", "org", "email", "phone"):
                await type_here(pilot, getattr(contact, name))
                await pilot.press("tab")
        await click(pilot, "#next")

        # Story: a lede, three quote blocks, a heading and a list.
        await remove_every_card(pilot, "story")
        await click(pilot, "#add-paragraph")
        await type_here(pilot, LEDE)
        for n, (speaker, paragraphs) in enumerate(QUOTES):
            await click(pilot, "#add-quote")
            for part in (speaker.name, speaker.title, speaker.org):
                await type_here(pilot, part)
                await pilot.press("tab")
            await type_here(pilot, "\n\n".join(paragraphs))
            if n == 1:  # the second quote is attributed in the text, and approved
                await pilot.press("tab")
                assert isinstance(app.focused, ChoiceField)
                await pilot.press("right")  # statement -> said
                await pilot.press("tab", "space")
                assert isinstance(app.focused, Checkbox)
        await click(pilot, "#add-heading")
        await type_here(pilot, "Background")
        await click(pilot, "#add-list")
        await type_here(pilot, "Rents up\nVote Dec. 3")
        await pilot.press("f5")

        # Boilerplate.
        await remove_every_card(pilot, "boilerplate")
        await click(pilot, "#add-boilerplate")
        await type_here(pilot, "Riverside Housing Coalition")
        await pilot.press("tab")
        await type_here(pilot, "About the Coalition")
        await pilot.press("tab")
        await type_here(pilot, "An alliance of 40 tenant groups.")

        # Review shows the whole release, typography and all.
        await click(pilot, "#next")
        await app.workers.wait_for_complete()
        review = str(app.screen.query_one("#review-text", Static).render())
        assert "Coalition Says “No” to the County Rent Plan" in review
        assert "Ana Soto" in review and "###" in review
        await pilot.press("ctrl+q")

    assert load(path) == starter.replace(
        date=date(2026, 11, 24),
        headline='Coalition Says "No" to the County Rent Plan',
        dateline="RIVERSIDE, Calif.",
        contacts=tuple(CONTACTS),
        body=(
            Paragraph(LEDE),
            Quote(QUOTES[0][1], QUOTES[0][0]),
            Quote(QUOTES[1][1], QUOTES[1][0], style="said", approved=True),
            Quote(QUOTES[2][1], QUOTES[2][0]),
            Heading("Background"),
            BulletList(("Rents up", "Vote Dec. 3")),
        ),
        boilerplate=(
            Boilerplate(
                "Riverside Housing Coalition",
                "An alliance of 40 tenant groups.",
                "About the Coalition",
            ),
        ),
    )


async def test_reopening_a_release_shows_every_field(release_file: Path) -> None:
    release = full_release()
    app = make_app(release_file, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.query_one("#line", ChoiceField).value == "embargoed"
        assert screen.query_one("#profile", ChoiceField).value == "ap"
        assert shown(pilot, "date") == "2026-11-24"
        assert (shown(pilot, "embargo-date"), shown(pilot, "embargo-time")) == (
            "2026-11-25",
            "09:30",
        )
        assert shown(pilot, "zone") == "America/Los_Angeles"
        for name in ("headline", "subheadline", "dateline"):
            assert shown(pilot, name) == getattr(release, name)

        await pilot.press("f3")
        for i, contact in enumerate(release.contacts):
            for name in ("name", "title", "org", "email", "phone"):
                assert shown(pilot, f"contacts[{i}].{name}") == getattr(contact, name)

        await pilot.press("f4")
        for i, block in enumerate(release.body):
            if isinstance(block, Paragraph):
                assert shown(pilot, f"body[{i}].text") == block.text
            elif isinstance(block, Heading):
                assert shown(pilot, f"body[{i}].heading") == block.text
            elif isinstance(block, BulletList):
                assert shown(pilot, f"body[{i}].items") == "\n".join(block.items)
            else:
                assert isinstance(block, Quote) and block.speaker is not None
                assert shown(pilot, f"body[{i}].paragraphs") == "\n\n".join(block.paragraphs)
                for name in ("name", "title", "org"):
                    assert shown(pilot, f"body[{i}].speaker.{name}") == getattr(block.speaker, name)
                card = field(pilot, f"body[{i}].paragraphs").parent
                assert card is not None
                assert card.query_one(ChoiceField).value == block.style
                assert card.query_one(Checkbox).value == block.approved

        await pilot.press("f5")
        for i, about in enumerate(release.boilerplate):
            for name in ("org", "heading", "text"):
                assert shown(pilot, f"boilerplate[{i}].{name}") == getattr(about, name)
        await pilot.press("ctrl+q")
    assert load(release_file) == release  # looking changes nothing
