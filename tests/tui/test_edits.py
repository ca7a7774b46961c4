"""The edits a step asks for, and what each step still lacks: plain values, no app needed."""

from __future__ import annotations

from datetime import date

from tui_helpers import full_release

from pressdesk.model import Contact, Paragraph, Quote, Release
from pressdesk.tui.edits import Insert, Move, Remove, SetField, is_structural
from pressdesk.tui.steps import missing_parts
from pressdesk.tui.widgets.prose_field import split_items, split_paragraphs


def test_set_field_reaches_nested_fields_and_gives_an_orphan_quote_a_speaker() -> None:
    release = Release(date=date(2026, 11, 24), headline="H", body=(Quote(("Yes.",)),))
    named = SetField("body[0].speaker.name", "Ana Soto").apply(release)
    quote = named.body[0]
    assert (
        isinstance(quote, Quote) and quote.speaker is not None and quote.speaker.name == "Ana Soto"
    )
    assert SetField("body[0].approved", True).apply(named).body[0].approved  # type: ignore[union-attr]
    assert release.body[0].speaker is None  # type: ignore[union-attr]  # the old value is untouched


def test_insert_move_and_remove() -> None:
    release = full_release()
    added = Insert("contacts", None, Contact("New")).apply(release)
    assert added.contacts[-1] == Contact("New") and len(added.contacts) == 4
    assert Insert("body", 0, Paragraph("First")).apply(release).body[0] == Paragraph("First")
    moved = Move("contacts", 2, -1).apply(release)
    assert [c.name for c in moved.contacts] == ["Dana Whitfield", "Lee Park", "Marco Ruiz"]
    assert Move("contacts", 0, -1).apply(release) == release  # the top one cannot go higher
    assert [c.name for c in Remove("contacts", 0).apply(release).contacts] == [
        "Marco Ruiz",
        "Lee Park",
    ]
    assert is_structural(Move("body", 1, 1)) and not is_structural(SetField("headline", "x"))


def test_typed_paragraphs_and_list_items() -> None:
    assert split_paragraphs("One.\n\nTwo,\nstill two.\n \n\nThree.") == (
        "One.",
        "Two,\nstill two.",
        "Three.",
    )
    assert split_items("- first\n* second\n\n• third\nfourth") == (
        "first",
        "second",
        "third",
        "fourth",
    )


def test_missing_parts_name_the_step_that_lacks_them() -> None:
    empty = Release(date=date(2026, 11, 24), headline="")
    missing = missing_parts(empty)
    assert missing["release"] and missing["contacts"] and missing["story"]
    assert not missing["boilerplate"] and not missing["review"]
    assert not any(missing_parts(full_release()).values())
    starter_like = full_release().replace(
        dateline="[CITY]", contacts=(Contact("[FULL NAME]", "[EMAIL]"),)
    )
    flagged = missing_parts(starter_like)
    assert (
        flagged["release"] == ["1 [bracketed] left"] and "2 [bracketed] left" in flagged["contacts"]
    )
