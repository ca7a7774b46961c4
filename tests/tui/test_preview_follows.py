"""The preview follows the cursor (it scrolls to the block being edited) and the title bar
counts the body's words and the pages the release fills, as you type."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Static
from tui_helpers import click, field, type_here, workers_done

from pressdesk.length import body_words, estimated_pages, length_summary
from pressdesk.model import Paragraph, Quote, Release, Speaker
from pressdesk.store import save
from pressdesk.tui.app import make_app
from pressdesk.tui.widgets.preview import Preview

# Short lines, so the preview's rows are the text's lines: 12 paragraphs, a quote, 32 more.
LONG = Release(
    date=date(2026, 11, 24),
    headline="Tenants Win a Rent Freeze",
    body=(
        *(Paragraph(f"Point {n} of the story.") for n in range(1, 13)),
        Quote(("We won.",), Speaker("Omar Haddad", "Organizer", "Tenants First")),
        *(Paragraph(f"Point {n} of the story.") for n in range(13, 45)),
    ),
)


async def test_the_preview_scrolls_to_the_block_with_the_cursor(tmp_path: Path) -> None:
    path = tmp_path / "long.toml"
    save(path, LONG)
    app = make_app(path, cursor_blink=False)
    async with app.run_test(size=(130, 30)) as pilot:  # wide: the preview is beside the step
        await pilot.press("f4")
        await workers_done(pilot)
        preview = app.screen.query_one(Preview)
        text = str(preview.query_one("#preview-text", Static).render())
        assert preview.scroll_y == 0
        await click(pilot, field(pilot, "body[12].paragraphs"))
        await workers_done(pilot)
        # The quote's header line comes into sight, under one line of what comes before it.
        lines = text.splitlines()
        assert preview.scroll_y == lines.index("Omar Haddad, Organizer, Tenants First") - 1
        await click(pilot, field(pilot, "body[28].text"))
        await workers_done(pilot)
        assert preview.scroll_y == lines.index("Point 28 of the story.") - 1
        await pilot.press("f2")
        await workers_done(pilot)
        assert preview.scroll_y == 0


async def test_the_title_bar_counts_words_and_pages_as_you_type(tmp_path: Path) -> None:
    path = tmp_path / "short.toml"
    # 5 words in the dateline and lede, 3 in the quote; 4 in the headline.
    save(
        path,
        Release(
            date=date(2026, 11, 24),
            headline="Tenants Win Rent Freeze",
            dateline="BOSTON",
            body=(Paragraph("The board voted today."), Quote(("We won again.",), Speaker("Ana"))),
        ),
    )
    app = make_app(path, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.screen.sub_title == "saved · 8 words · 0.0 pages"
        await pilot.press("f4")
        await click(pilot, field(pilot, "body[0].text"))
        await pilot.press("end")
        await type_here(pilot, " " + " ".join(["Rents"] * 60))
        # 72 words of 500 to a page, in the title bar beside "unsaved changes" (or "saved")
        assert app.screen.sub_title.endswith(" · 68 words · 0.1 pages")


def test_one_definition_of_words_and_pages() -> None:
    release = Release(
        date=date(2026, 11, 24),
        headline="Four words of headline",
        body=(Paragraph(" ".join(["word"] * 496)),),
    )
    assert body_words(release) == 496
    assert estimated_pages(release) == 1.0  # 500 words to a page, the headline's included
    assert length_summary(release) == "496 words · 1.0 pages"
    assert length_summary(release.replace(body=(Paragraph("One"),))) == "1 word · 0.0 pages"
