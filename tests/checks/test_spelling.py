"""The `spelling` rule on invented releases: slips found with the right suggestion first, names and
known words never reported, addresses and markup never read."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from checkcases import CLOSING, TODAY, clean_release

from pressdesk.checks import Context, Settings, run_checks
from pressdesk.findings import Finding
from pressdesk.library import Library, Organisation, Person
from pressdesk.model import Contact, Heading, Paragraph, Quote, Release, Speaker


def spelling(
    release: Release, settings: Settings | None = None, library: Library | None = None
) -> list[Finding]:
    ctx = Context(settings or Settings(), TODAY, library=library)
    return [f for f in run_checks(release, ctx) if f.rule == "spelling"]


def with_paragraph(text: str, **changes: object) -> Release:
    """The clean statement with one more closing paragraph (body[6])."""
    release = clean_release(**changes)
    return release.replace(body=(*release.body, Paragraph(text)))


def flagged(findings: list[Finding], text: str) -> list[tuple[str, str]]:
    """Each finding as (the word it covers, its first suggestion)."""
    return [(text[f.start : f.end], f.suggestions[0]) for f in findings if f.start is not None]


def test_the_clean_statement_has_no_spelling_findings() -> None:
    assert spelling(clean_release()) == []


@pytest.mark.parametrize(
    ("typo", "word"),
    [
        # two letters swapped
        ("recieve", "receive"),
        ("housnig", "housing"),
        ("comittee", "committee"),
        ("fmailies", "families"),
        ("teh", "the"),
        # a letter doubled
        ("untill", "until"),
        ("commmunity", "community"),
        ("tenantts", "tenants"),
        # a letter dropped
        ("goverment", "government"),
        ("enviroment", "environment"),
        ("accomodate", "accommodate"),
        ("woud", "would"),
        # one vowel for another
        ("seperate", "separate"),
        ("definately", "definitely"),
        ("independant", "independent"),
    ],
)
def test_a_slip_is_found_with_the_right_suggestion_first(typo: str, word: str) -> None:
    text = f"Supervisors said the county would {typo} the matter next week."
    findings = spelling(with_paragraph(text))
    assert flagged(findings, text) == [(typo, word)]
    (f,) = findings
    assert f.field == "body[6].text"
    assert f.severity == "warning"
    assert f"“{typo}” is not in the dictionary: did you mean “{word}”" in f.message


def test_slips_are_found_in_every_text_field() -> None:
    release = clean_release(headline="Riverside Coalition Responds to Goverment Rent Relief Pause")
    release = release.replace(
        contacts=(
            replace(release.contacts[0], title="Comunications Director"),
            *release.contacts[1:],
        ),
        body=(
            *release.body,
            Heading("What happens nxet"),
            Quote(
                ("The board has to recieve our letter.",),
                Speaker("Ana Lopez", "Exective Director", "Tenants United"),
                approved=True,
            ),
        ),
        boilerplate=(
            replace(release.boilerplate[0], text="The coalition is an aliance of 40 groups."),
        ),
    )
    found = {(f.field, f.suggestions[0]) for f in spelling(release)}
    assert found == {
        ("headline", "Government"),
        ("contacts[0].title", "Communications"),
        ("body[6].heading", "next"),
        ("body[7].paragraphs[0]", "receive"),
        ("body[7].speaker.title", "Executive"),
        ("boilerplate[0].text", "alliance"),
    }


def test_a_suggestion_is_never_applied_by_fix() -> None:
    from pressdesk.checks import fix_all

    release = with_paragraph("Supervisors will recieve the letter.")
    fixed, applied = fix_all(release, Context(Settings(), TODAY))
    assert [f.rule for f in applied if f.rule == "spelling"] == []
    assert fixed.body[6].text == "Supervisors will recieve the letter."  # type: ignore[union-attr]
    (f,) = spelling(release)
    assert f.fix is None and f.suggestions == ("receive",)


# --- what is never reported ------------------------------------------------------------------


def test_names_in_the_release_are_never_reported() -> None:
    # "Jospeh" and "Housnig" look like slips for Joseph and Housing, but here they are a person
    # and an organisation the release itself names.
    text = "Jospeh Marlow of the Housnig Justice Project spoke at the meeting."
    release = with_paragraph(text)
    assert flagged(spelling(release), text) == [("Jospeh", "Joseph"), ("Housnig", "Housing")]

    as_contact = release.replace(
        contacts=(
            *release.contacts,
            Contact("Jospeh Marlow", "jm@example.org", "202-555-0190", "Housnig Justice Project"),
        )
    )
    assert spelling(as_contact) == []
    as_speaker = release.replace(
        body=(
            *release.body,
            Quote(
                ("We will keep organizing.",),
                Speaker("Jospeh Marlow", "Chair", "Housnig Justice Project"),
                approved=True,
            ),
        )
    )
    assert spelling(as_speaker) == []


def test_boilerplate_organisations_and_headings_are_names() -> None:
    text = "The Housnig Justice Project joined the call."
    release = with_paragraph(text)
    assert len(spelling(release)) == 1
    block = replace(
        release.boilerplate[0], org="Housnig Justice Project", heading="About Housnig Justice"
    )
    assert spelling(release.replace(boilerplate=(block,))) == []


def test_every_name_in_the_library_is_never_reported(tmp_path: Path) -> None:
    text = "Jospeh Marlow and Dr. Ameila Okonjo of the HJP joined the Housnig Justice Project."
    release = with_paragraph(text)
    assert {w for w, _ in flagged(spelling(release), text)} == {"Jospeh", "Ameila", "Housnig"}
    org = Organisation(
        slug="housnig-justice-project",
        name="Housnig Justice Project",
        short_name="HJP",
        people=(Person("Jospeh Marlow"), Person("Ameila Okonjo")),
    )
    library = Library(tmp_path, {org.slug: org}, {})
    assert spelling(release, library=library) == []


def test_words_known_in_settings_and_in_the_library_are_never_reported(tmp_path: Path) -> None:
    text = "Jospeh Marlow said the housnig crisis is growing."
    release = with_paragraph(text)
    assert len(spelling(release)) == 2
    assert spelling(release, Settings(known_words=("Jospeh", "housnig"))) == []
    library = Library(tmp_path, {}, {}, words=("jospeh", "Housnig"))
    assert spelling(release, library=library) == []


def test_acronyms_addresses_handles_hashtags_numbers_and_markup_are_not_read() -> None:
    text = (
        "RECIEVE and the GOVERMENT are shouting, not slips; see https://example.org/recieve, "
        "www.goverment.example.org, recieve@example.org, @recieve, #recieve, recieve2, "
        "[the report](https://example.org/goverment), `recieve` and <https://example.org/untill>."
    )
    assert spelling(with_paragraph(text)) == []
    assert flagged(spelling(with_paragraph(text + " Then recieve.")), text + " Then recieve.") == [
        ("recieve", "receive")
    ]


def test_jargon_built_from_known_words_is_not_reported() -> None:
    text = (
        "The funders backed telehealth pilots, cybersecurity audits, blockchain records, "
        "multiyear grants, webinars and timesheets for stakeholders."
    )
    assert spelling(with_paragraph(text)) == []


# --- capitals: names or slips ------------------------------------------------------------------


def test_a_capitalised_slip_in_mid_sentence_asks_whether_it_is_a_name() -> None:
    text = "The hearing on Februray 3 drew tenants from Jospeh Street."
    findings = spelling(with_paragraph(text))
    assert flagged(findings, text) == [("Februray", "February"), ("Jospeh", "Joseph")]
    assert findings[1].message == (
        "“Jospeh” is not in the dictionary: did you mean “Joseph”? "
        "If this is a name, add it: pressdesk library words add Jospeh"
    )


def test_a_capitalised_word_used_twice_is_a_name() -> None:
    text = "Jospeh Marlow spoke first. Later, Jospeh answered questions."
    assert spelling(with_paragraph(text)) == []


def test_a_capitalised_word_that_is_not_a_swap_is_taken_for_a_name() -> None:
    # Brentton, Vallle and Forrester are one letter from Brenton, Valle and Forester: surnames.
    text = "Speakers include Tom Brentton, Ina Vallle and Lee Forrester."
    assert spelling(with_paragraph(text)) == []


def test_a_one_off_variant_of_a_name_used_elsewhere_is_reported() -> None:
    text = (
        "The festival was founded by Ernest Verrett. Verrett and Ana Lopez lead it, and "
        "Ernest Verret will open the first day."
    )
    findings = spelling(with_paragraph(text))
    assert flagged(findings, text) == [("Verret", "Verrett")]
    assert findings[0].message == "“Verret” is written “Verrett” elsewhere: did you mean “Verrett”?"


def test_a_joined_name_with_a_swapped_letter_is_reported() -> None:
    text = "The CrytpoFund grant goes to CryptoFund members first; CryptoFund said so."
    findings = spelling(with_paragraph(text))
    assert flagged(findings, text) == [("CrytpoFund", "CryptoFund")]


def test_a_title_case_headline_is_read_for_slips_but_not_for_names() -> None:
    release = clean_release(
        headline="Riverside Coalition Thanks Councilmember Okafor for Goverment Reform"
    )
    assert [(f.field, f.suggestions) for f in spelling(release)] == [("headline", ("Government",))]


def test_a_short_slip_opening_a_sentence_is_found() -> None:
    text = "Teh council voted on Monday."
    assert flagged(spelling(with_paragraph(text)), text) == [("Teh", "The")]


# --- British and American ----------------------------------------------------------------------


def test_british_spellings_are_reported_in_en_us_with_the_american_one() -> None:
    text = "The organisation will analyse the neighbourhood figures."
    findings = spelling(with_paragraph(text))
    assert flagged(findings, text) == [
        ("organisation", "organization"),
        ("analyse", "analyze"),
        ("neighbourhood", "neighborhood"),
    ]
    assert findings[0].message == (
        "“organisation” is the British spelling: write “organization” "
        '(or set spelling = "en-GB" in pressdesk.toml)'
    )


def test_en_gb_accepts_british_spellings_and_suggests_them() -> None:
    british = Settings(spelling="en-GB")
    assert (
        spelling(
            with_paragraph("The organisation will analyse the neighbourhood figures."), british
        )
        == []
    )
    text = "Tenants chose the colur of the banner."
    assert flagged(spelling(with_paragraph(text), british), text) == [("colur", "colour")]
    assert flagged(spelling(with_paragraph(text)), text) == [("colur", "color")]


def test_the_rule_can_be_switched_off() -> None:
    settings = Settings(rules={"spelling": "off"})
    assert spelling(with_paragraph(CLOSING + " They recieve nothing."), settings) == []
