"""Pasting from Google Docs or Word into the editor: quotes and paragraphs come out clean, the
speaker line fills an empty speaker, and ctrl+o pastes exactly as copied. Asserted on the file
on disk and on the screen."""

from __future__ import annotations

from pathlib import Path

from textual import events
from tui_helpers import click, field, full_release, shown, workers_done

from pressdesk.model import Paragraph, Quote, Speaker
from pressdesk.store import load, save
from pressdesk.tui.app import make_app
from pressdesk.tui.widgets.step import Card

# As Google Docs copies three quote paragraphs and the speaker's line above them: curly marks
# around each paragraph, one newline between them, a quotation inside in curly double marks.
DOCS_CLIP = (
    "Marisol Vega, Executive Director, Renters United\n"
    "“Parcelwise is pausing its software because renters refused to stay quiet. The company "
    "calls it a “temporary review,” but we know better.\n"
    "“A pause can end as quietly as it began. We want a permanent end to software that pools "
    "private data from competing landlords.\n"
    "“Our members’ message is simple: “rent is not an algorithm.””\n"
)
CLEAN = (
    "Parcelwise is pausing its software because renters refused to stay quiet. The company "
    "calls it a 'temporary review,' but we know better.",
    "A pause can end as quietly as it began. We want a permanent end to software that pools "
    "private data from competing landlords.",
    "Our members' message is simple: 'rent is not an algorithm.'",
)


async def paste(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    pilot.app.post_message(events.Paste(text))  # as the terminal's bracketed paste arrives
    await workers_done(pilot)


async def test_a_google_docs_clip_of_three_quote_paragraphs_makes_a_clean_quote(
    release_file: Path,
) -> None:
    app = make_app(release_file, cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f4")
        await click(pilot, field(pilot, "body[0].text"))
        await pilot.press("ctrl+t")  # a new quote after the lede, the cursor in its speaker
        await click(pilot, field(pilot, "body[1].paragraphs"))
        await paste(pilot, DOCS_CLIP)
        assert shown(pilot, "body[1].paragraphs") == "\n\n".join(CLEAN)
        assert shown(pilot, "body[1].speaker.name") == "Marisol Vega"
        assert shown(pilot, "body[1].speaker.org") == "Renters United"
        card = next(a for a in field(pilot, "body[1].paragraphs").ancestors if isinstance(a, Card))
        assert "Quote: Marisol Vega" in str(card.query_one(".card-title").render())
        # The preview prints it as the export will: one quotation per paragraph, nested single.
        await pilot.press("f8", "f8")  # hidden and shown again: drawn now, not after a pause
        await workers_done(pilot)
        preview = str(app.screen.query_one("#preview-text").render())
        assert "‘temporary review,’" in preview
        await pilot.press("ctrl+s")
    quote = load(release_file).body[1]
    assert isinstance(quote, Quote)
    assert quote.paragraphs == CLEAN
    assert quote.speaker == Speaker("Marisol Vega", "Executive Director", "Renters United")


async def test_a_speaker_line_over_a_quote_that_has_a_speaker_stays_in_the_text(
    release_file: Path,
) -> None:
    app = make_app(release_file, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f4")
        await click(pilot, field(pilot, "body[1].paragraphs"))  # Ana Soto's quote
        await pilot.press("ctrl+a")
        await paste(pilot, DOCS_CLIP)
        assert shown(pilot, "body[1].speaker.name") == "Ana Soto"
        await pilot.press("ctrl+s")
    quote = load(release_file).body[1]
    assert isinstance(quote, Quote)
    assert quote.paragraphs == ("Marisol Vega, Executive Director, Renters United", *CLEAN)


async def test_paragraphs_pasted_into_a_paragraph_become_paragraphs_and_one_undo_takes_them_back(
    release_file: Path,
) -> None:
    before = full_release()
    app = make_app(release_file, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f4")
        await click(pilot, field(pilot, "body[5].text"))  # "The county votes on Dec. 3."
        await pilot.press("end")
        await paste(pilot, " Tenants will\nbe there.\nSo will we.\n\nBring a friend.")
        assert shown(pilot, "body[5].text") == "The county votes on Dec. 3. Tenants will be there."
        assert shown(pilot, "body[6].text") == "So will we."
        assert shown(pilot, "body[7].text") == "Bring a friend."
        assert app.focused is field(pilot, "body[7].text")
        await pilot.press("ctrl+s")
        assert load(release_file).body[5:] == (
            Paragraph("The county votes on Dec. 3. Tenants will be there."),
            Paragraph("So will we."),
            Paragraph("Bring a friend."),
        )
        await pilot.press("ctrl+z")
        await workers_done(pilot)
        await pilot.press("ctrl+s")
        assert load(release_file).body == before.body
        assert shown(pilot, "body[5].text") == "The county votes on Dec. 3."


async def test_ctrl_o_pastes_the_next_paste_exactly_as_copied(release_file: Path) -> None:
    app = make_app(release_file, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f4")
        await click(pilot, field(pilot, "body[4].paragraphs"))  # Ben Cole's one paragraph
        await pilot.press("ctrl+a", "ctrl+o")
        await paste(pilot, "“It’s time.”\n“Now.”")
        assert shown(pilot, "body[4].paragraphs") == "“It’s time.”\n“Now.”"
        await pilot.press("ctrl+a")
        await paste(pilot, "“It’s time.”\n“Now.”")  # the next paste is shaped again
        assert shown(pilot, "body[4].paragraphs") == "It's time.\n\nNow."


async def test_a_paste_into_a_placeholder_replaces_all_of_it(tmp_path: Path) -> None:
    path = tmp_path / "starter.toml"
    release = full_release()
    quote = release.body[1]
    assert isinstance(quote, Quote)
    save(
        path,
        release.replace(
            headline="[HEADLINE] for the coalition",
            body=(
                release.body[0],
                Quote(("[QUOTE TEXT]",), Speaker("[FULL NAME]", "[TITLE]", "[ORGANIZATION]")),
            ),
        ),
    )
    app = make_app(path, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await click(pilot, field(pilot, "headline"))
        await pilot.press("home", "right", "right")  # the cursor inside [HEADLINE]
        await paste(pilot, "Tenants Win")
        assert shown(pilot, "headline") == "Tenants Win for the coalition"
        await pilot.press("f4")
        await click(pilot, field(pilot, "body[1].paragraphs"))
        await pilot.press("right", "right")
        await paste(pilot, "“We won.”")
        assert shown(pilot, "body[1].paragraphs") == "We won."
        await pilot.press("ctrl+s")
    saved = load(path)
    assert saved.headline == "Tenants Win for the coalition"
    saved_quote = saved.body[1]
    assert isinstance(saved_quote, Quote)
    assert saved_quote.paragraphs == ("We won.",)


async def test_a_speaker_line_fills_a_starters_bracketed_speaker(tmp_path: Path) -> None:
    path = tmp_path / "starter.toml"
    release = full_release()
    starter = Quote(("[ADD the quote]",), Speaker("[FULL NAME]", "[TITLE]", "[MEMBER GROUP A]"))
    save(path, release.replace(body=(release.body[0], starter)))
    app = make_app(path, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f4")
        await click(pilot, field(pilot, "body[1].paragraphs"))  # the placeholder is selected
        await paste(pilot, DOCS_CLIP)
        await pilot.press("ctrl+s")
    quote = load(path).body[1]
    assert isinstance(quote, Quote)
    assert quote.paragraphs == CLEAN
    assert quote.speaker == Speaker("Marisol Vega", "Executive Director", "Renters United")
