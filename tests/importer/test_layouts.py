"""Layouts real releases come in, each pinned to what the user gets; the fixtures hold whole
releases of these shapes, these tests the edges between one reading and another."""

from __future__ import annotations

from pressdesk.importer import import_text
from pressdesk.model import Paragraph, Quote

TOP = "FOR IMMEDIATE RELEASE\nValley Trust Opens Reading Room\n"


def _body(text: str) -> tuple[object, ...]:
    return import_text(TOP + text + "###\n").release.body


def test_two_spaces_inside_sentences_do_not_part_paragraphs() -> None:
    typed = (
        "WASHINGTON — The trust  opened a reading room today.  It holds  4,000 books.  "
        "Volunteers  built the shelves over  the winter, and  the county paid for the roof.  "
        "Children  can borrow three books at a time.  The room  is open every day  but Monday, "
        "from nine  in the morning until six  in the evening, and  on holidays too.  "
        "Readers  asked for a room like this for years, the trust said."
    )
    body = _body(typed + "\n")
    assert len(body) == 1 and isinstance(body[0], Paragraph)


def test_a_quoted_phrase_inside_a_sentence_stays_text() -> None:
    body = _body("WASHINGTON — The room is a “living lab” for readers, the trust said.\n")
    assert body == (Paragraph("The room is a “living lab” for readers, the trust said."),)


def test_a_desk_phone_with_no_name_is_left_out_and_said_once() -> None:
    result = import_text(
        TOP + "WASHINGTON — The trust opened a room.\n###\n"
        "For Media Inquiries: 202-555-0100\n"
        "Valley Trust: Ana Ruiz, ana@valleytrust.example.org\n"
    )
    assert [(c.name, c.email, c.org) for c in result.release.contacts] == [
        ("Ana Ruiz", "ana@valleytrust.example.org", "Valley Trust")
    ]
    assert [f.message for f in result.findings if f.rule == "import-unplaced"] == [
        "line 5: 202-555-0100 has no name or email beside it, so it is not kept as a media contact"
    ]


def test_an_email_that_starts_with_a_capital_is_kept_as_written() -> None:
    result = import_text(
        TOP
        + "WASHINGTON — The trust opened a room.\n###\nContact:E-mail: Press.desk@valley.example.org\n"
    )
    assert [c.email for c in result.release.contacts] == ["Press.desk@valley.example.org"]


def test_a_second_reference_and_a_courtesy_title_lead_back_to_the_first_mention() -> None:
    body = _body(
        "WASHINGTON — Trust chair Ana Ruiz opened the room.\n"
        "“It took four years,” said Dr. Ruiz.\n"
        "“We are not done,” Ruiz added.\n"
    )
    speakers = [b.speaker.name for b in body if isinstance(b, Quote) and b.speaker]
    assert speakers == ["Ana Ruiz", "Ana Ruiz"]


def test_a_pronoun_goes_to_the_person_the_paragraph_is_about() -> None:
    body = _body(
        "WASHINGTON — The trust opened a room.\n"
        "Senator Hal Brant spoke at the opening. “Books are a public good,” he said.\n"
    )
    quote = body[-1]
    assert isinstance(quote, Quote) and quote.speaker is not None
    assert quote.speaker.name == "Hal Brant"


def test_a_sentence_opening_with_about_stays_in_the_body() -> None:
    body = _body("WASHINGTON — The trust opened a room.\nAbout these shelves, readers agree.\n")
    assert body[-1] == Paragraph("About these shelves, readers agree.")


def test_an_about_heading_run_into_its_text_after_the() -> None:
    result = import_text(
        TOP
        + "WASHINGTON — The trust opened a room.\n###\n"
        + "About the Valley Trust The Valley Trust is a nonprofit library fund in Ohio.\n"
    )
    # the organisation as its own text spells it
    assert [b.org for b in result.release.boilerplate] == ["The Valley Trust"]
