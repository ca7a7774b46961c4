"""Rules re-read against real releases (issue 15): the shapes that set off wrong findings, invented.

Each case is the shape of a finding a desk editor would not agree with, on invented organisations
and people (example.org, 555 numbers), beside the near miss the rule must keep catching.
"""

from __future__ import annotations

from checkcases import Case, clean_release, closing, contact

from pressdesk.model import Paragraph, Release


def said(case: Case) -> list[tuple[str, str, str | None]]:
    """What a user sees of the case's findings: level, message and the field it points at."""
    return [(f.severity.value, f.message, f.field) for f in case.findings()]


# --- whitespace on a typed text ------------------------------------------------------------------


def test_a_text_with_spaces_inside_sentences_hears_it_once_with_a_count() -> None:
    text = "Tenants  from the east side  met on  Tuesday. The board  listened."
    case = Case("scraped spacing", "whitespace", closing(text), imported=True)
    assert said(case) == [
        (
            "info",
            "4 double spaces inside sentences: import the text and `check --fix` closes them",
            "body[4].text",
        )
    ]
    assert [(f.start, f.end) for f in case.findings()] == [(7, 9)]


def test_a_tab_inside_a_sentence_is_counted_beside_the_spaces() -> None:
    text = "Tenants\tfrom the east side met on  Tuesday."
    found = said(Case("tab", "whitespace", closing(text), imported=True))
    assert [f[1] for f in found] == [
        "1 double space and 1 tab inside sentences: import the text and `check --fix` closes them"
    ]


def test_two_spaces_after_a_full_stop_in_a_text_are_a_habit_not_a_slip() -> None:
    text = "The board meets soon.  Tenants will attend.  “We will be there.”  Doors open at 6."
    assert said(Case("typewriter spacing", "whitespace", closing(text), imported=True)) == []


def test_a_tab_after_a_bullet_and_a_web_heading_gap_are_layout() -> None:
    text = "•\tA march from the county building\u00a0 Organizers expect a crowd"
    assert said(Case("bullet and heading", "whitespace", closing(text), imported=True)) == []


def test_one_slip_is_one_double_space_inside_a_sentence() -> None:
    found = said(Case("one", "whitespace", closing("Tenants  met."), imported=True))
    assert [f[1] for f in found] == [
        "1 double space inside a sentence: import the text and `check --fix` closes them"
    ]


def test_a_release_file_still_hears_each_double_space_with_its_fix() -> None:
    text = "The board meets soon.  Tenants  will attend."
    found = Case("release file", "whitespace", closing(text)).findings()
    assert [(f.message, f.start) for f in found] == [("a double space", 21), ("a double space", 30)]
    assert all(f.fix is not None for f in found)


# --- third-person on a signed statement ------------------------------------------------------------


def signed_statement(headline: str) -> Release:
    """A statement released as signed: a headline naming the signer, and paragraphs, no quotes."""
    words = (
        "I will not stop working for the renters of this county, and we must keep our promise "
        "to every family that applied for help before the pause."
    )
    return clean_release(
        headline=headline, body=(Paragraph(words), Paragraph("If you rent here, we hear you."))
    )


def test_a_signed_statement_speaks_in_the_first_person() -> None:
    release = signed_statement("Statement from Mayor Ana Lopez on the Rent Relief Pause")
    assert said(Case("signed", "third-person", release)) == []


def test_a_release_that_says_we_is_still_told() -> None:
    release = signed_statement("Mayor Ana Lopez Responds to the Rent Relief Pause")
    found = said(Case("release voice", "third-person", release))
    assert found[0] == ("warning", "“I” outside a quote: write in the third person", "body[0].text")
    assert len(found) == 6  # I, we, our; you, we, you


def test_a_statement_with_quotes_in_it_is_a_release_about_the_statement() -> None:
    # Quotes carry the first person; the release's own paragraphs must not.
    release = clean_release(headline="Statement from the Riverside Housing Coalition")
    release = release.replace(body=(Paragraph("Read our statement below."),) + release.body[1:])
    assert [f[1] for f in said(Case("quoted", "third-person", release))] == [
        "“our” outside a quote: write in the third person"
    ]


# --- contact-phone-format ------------------------------------------------------------------------


def test_ex_is_an_extension_not_stray_letters() -> None:
    case = Case("ex.", "contact-phone-format", contact(phone="202.555.0143 ex.217"))
    found = case.findings()
    assert [(f.message, f.fix.replacement if f.fix else None) for f in found] == [
        ("AP writes phone numbers as 202-555-0143, ext. 217", "202-555-0143, ext. 217")
    ]


def test_a_space_after_plus_one_is_as_clear_as_a_hyphen() -> None:
    assert said(Case("+1 space", "contact-phone-format", contact(phone="+1 202-555-0143"))) == []


def test_a_number_in_spaced_groups_is_still_told() -> None:
    found = said(Case("+1 groups", "contact-phone-format", contact(phone="+1 202 555 0143")))
    assert found == [("warning", "AP writes phone numbers as +1-202-555-0143", "contacts[0].phone")]


# --- a starter's placeholders are placeholder-left's alone ---------------------------------------


def test_a_placeholder_is_not_also_shouting() -> None:
    release = closing("Call [NAME] at [PHONE] before the vote. Tickets are FREE for renters.")
    assert [f[1] for f in said(Case("blanks", "hype-caps", release))] == [
        "“FREE” in capitals reads as shouting (add it to words.acronyms if it is a name)"
    ]
    assert len(said(Case("blanks", "placeholder-left", release))) == 2


def test_a_placeholder_headline_is_not_also_a_short_one() -> None:
    release = clean_release(headline="[HEADLINE]")
    assert said(Case("blank headline", "headline-present", release)) == []
    assert said(Case("blank headline", "hype-caps", release)) == []
    assert [f[1] for f in said(Case("blank headline", "placeholder-left", release))] == [
        "placeholder “[HEADLINE]” left in"
    ]
    short = said(Case("short headline", "headline-present", clean_release(headline="Rent Pause")))
    assert [f[1] for f in short] == ["a headline of 2 word(s) says too little: write at least 3"]
