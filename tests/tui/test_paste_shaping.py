"""Text pasted from a document, shaped as pressdesk keeps it (pure: no screen)."""

from __future__ import annotations

import pytest

from pressdesk.model import Speaker
from pressdesk.render.typography import smarten
from pressdesk.tui.paste import shape_paste, speaker_line, strip_enclosing

# Three quote paragraphs as Google Docs copies them: curly marks around each, one newline between
# them, a quotation inside in curly double marks, curly apostrophes, the speaker's line on top.
DOCS_CLIP = (
    "Marisol Vega, Executive Director, Renters United\n"
    "“Parcelwise is pausing its software because renters refused to stay quiet. The company "
    "calls it a “temporary review,” but we know better.\n"
    "“A pause can end as quietly as it began. We want a permanent end to software that pools "
    "private data from competing landlords.\n"
    "“Our members’ message is simple: “rent is not an algorithm.””\n"
)


def test_a_google_docs_clip_of_three_quote_paragraphs_gives_three_clean_paragraphs() -> None:
    shaped = shape_paste(DOCS_CLIP, quote=True)
    assert shaped.speaker == Speaker("Marisol Vega", "Executive Director", "Renters United")
    assert shaped.paragraphs == (
        "Parcelwise is pausing its software because renters refused to stay quiet. The company "
        "calls it a 'temporary review,' but we know better.",
        "A pause can end as quietly as it began. We want a permanent end to software that pools "
        "private data from competing landlords.",
        "Our members' message is simple: 'rent is not an algorithm.'",
    )
    # As the export prints them inside the quote: the inner quotation in single curly marks.
    assert smarten(shaped.paragraphs[0], level=1).endswith(
        "calls it a ‘temporary review,’ but we know better."
    )
    assert smarten(shaped.paragraphs[2], level=1) == (
        "Our members’ message is simple: ‘rent is not an algorithm.’"
    )


def test_word_clip_with_straight_marks_and_blank_lines() -> None:
    clip = '"We organized for two years.\r\n\r\n"Now the county has to "listen."\r\n'
    assert shape_paste(clip, quote=True).paragraphs == (
        "We organized for two years.",
        "Now the county has to 'listen.'",
    )


def test_a_wrapped_line_joins_its_sentence() -> None:
    clip = "Rents rose 14 percent\nin two years. Tenants\nnoticed.\nThe county did not."
    assert shape_paste(clip, quote=False).paragraphs == (
        "Rents rose 14 percent in two years. Tenants noticed.",
        "The county did not.",
    )


def test_a_body_paragraph_keeps_its_quotation_marks_straightened() -> None:
    shaped = shape_paste("“We won,” said Ana Soto, who called it “a start.”", quote=False)
    assert shaped.paragraphs == ('"We won," said Ana Soto, who called it "a start."',)
    assert shaped.speaker is None


def test_a_speaker_line_only_in_a_quote_and_only_with_text_under_it() -> None:
    assert shape_paste("Marisol Vega, Director, Renters United", quote=True).speaker is None
    assert shape_paste("Marisol Vega, Director, Renters United\nHi.", quote=False).speaker is None


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            "Marisol Vega, Executive Director, Renters United",
            Speaker("Marisol Vega", "Executive Director", "Renters United"),
        ),
        (
            "— Ana Soto, Lead Organizer, Fair Rent Now:",
            Speaker("Ana Soto", "Lead Organizer", "Fair Rent Now"),
        ),
        ("Ana Soto, Tenants United", Speaker("Ana Soto", org="Tenants United")),
        ("Ana Soto, Director", Speaker("Ana Soto", title="Director")),
        (
            "Luz de la Cruz, Chair, Parents, Teachers and Neighbors",
            Speaker("Luz de la Cruz", "Chair", "Parents, Teachers and Neighbors"),
        ),
        ("Rents rose, and tenants noticed.", None),
        ("In 2025, rents rose 14 percent", None),
        ("“Yes, we can,” said Ana.", None),
        ("Tenants United", None),
    ],
)
def test_speaker_lines(line: str, speaker: Speaker | None) -> None:
    assert speaker_line(line) == speaker


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("“The whole paragraph.”", "The whole paragraph."),
        ("“An AP paragraph that runs on", "An AP paragraph that runs on"),
        ('"Fair" rent is what we want.', '"Fair" rent is what we want.'),
        ('We want "fair" rent', 'We want "fair" rent'),
        ("“He said “no.”", "He said “no.”"),
        ('"Fair" rent is "fair"', '"Fair" rent is "fair"'),
    ],
)
def test_only_the_marks_around_the_paragraph_go(typed: str, kept: str) -> None:
    assert strip_enclosing(typed) == kept


def test_a_quotation_inside_a_quotation_inside_a_quote_is_double_again() -> None:
    shaped = shape_paste("“She told me, “they wrote ‘final notice’ on it.””", quote=True)
    assert shaped.paragraphs == ("She told me, 'they wrote \"final notice\" on it.'",)
    assert (
        smarten(shaped.paragraphs[0], level=1) == "She told me, ‘they wrote “final notice” on it.’"
    )


def test_apostrophes_stay_apostrophes() -> None:
    shaped = shape_paste("“Don’t tell the ’90s kids the members’ plan.”", quote=True)
    assert shaped.paragraphs == ("Don't tell the '90s kids the members' plan.",)


def test_word_soft_line_breaks_and_tabs() -> None:
    assert shape_paste("Rents rose.\x0bTenants\tnoticed.", quote=False).paragraphs == (
        "Rents rose.",
        "Tenants noticed.",
    )
