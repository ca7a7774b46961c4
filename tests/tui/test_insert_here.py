"""Insert where you are: a new quote, paragraph, heading, list or library quote goes after the
block with the cursor, the cursor goes into it, and it is scrolled into sight."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widget import Widget
from tui_helpers import click, field, full_release, workers_done

from pressdesk.library import Library
from pressdesk.model import BulletList, Heading, Paragraph, Quote, Speaker
from pressdesk.store import load
from pressdesk.tui.app import make_app
from pressdesk.tui.widgets.step import Step, focused_card


def in_sight(widget: Widget) -> bool:
    step = next(a for a in widget.ancestors if isinstance(a, Step))
    return step.region.contains_region(widget.region)


@pytest.mark.parametrize(
    ("how", "block"),
    [
        (("ctrl+t",), Quote((), None)),
        (("ctrl+n",), Paragraph("")),
        (("ctrl+p", *"add: heading", "enter"), Heading("")),
        (("ctrl+p", *"add: list", "enter"), BulletList(())),
    ],
)
async def test_a_new_block_goes_after_the_one_with_the_cursor(
    release_file: Path, library: Library, how: tuple[str, ...], block: object
) -> None:
    before = full_release()
    app = make_app(release_file, cursor_blink=False, library=library)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.press("f4")
        await click(pilot, field(pilot, "body[4].paragraphs"))  # Ben Cole's quote, far down
        await pilot.press(*how)
        await workers_done(pilot)
        card = focused_card(app.focused)
        assert card is not None and card.index == 5
        assert app.focused is not None and in_sight(app.focused)
        await pilot.press("ctrl+s")
    assert load(release_file).body == (*before.body[:5], block, *before.body[5:])


async def test_a_quote_from_the_library_goes_after_the_block_with_the_cursor(
    release_file: Path, library: Library
) -> None:
    before = full_release()
    app = make_app(release_file, cursor_blink=False, library=library)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.press("f4")
        await click(pilot, field(pilot, "body[0].text"))  # the lede
        await pilot.press("ctrl+p", *"add: quote from Omar", "enter")
        await workers_done(pilot)
        assert app.focused is field(pilot, "body[1].speaker.name")
        assert in_sight(app.focused)
        await pilot.press("ctrl+s")
    body = load(release_file).body
    assert body[1] == Quote(("",), Speaker("Omar Haddad", "Lead Organizer", "Tenants First"))
    assert body[2:] == before.body[1:]
