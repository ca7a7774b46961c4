"""Media contact lines and blocks in the forms releases use, kept as written."""

from __future__ import annotations

import pytest

from pressdesk.importer import import_text

AROUND = (
    "FOR IMMEDIATE RELEASE: June 1, 2026\n{contacts}\n"
    "Valley Coalition Welcomes Rules\nWASHINGTON — The coalition welcomed the rules.\n###\n"
)


@pytest.mark.parametrize(
    ("contacts", "expected"),
    [
        (
            "Media Contact: Jane Doe, 202-555-0100\njane@example.org",
            [("Jane Doe", "", "", "jane@example.org", "202-555-0100")],
        ),
        (
            "Contact: Jane Doe (jane@example.org, 202-555-0100)",
            [("Jane Doe", "", "", "jane@example.org", "202-555-0100")],
        ),
        (
            "Contact: Jane Doe, (202) 555-0100, jane(at)example.org",
            [("Jane Doe", "", "", "jane(at)example.org", "(202) 555-0100")],
        ),
        (
            "MEDIA CONTACT: Jane Doe, 202.555.0100, jane [at] example [dot] org",
            [("Jane Doe", "", "", "jane [at] example [dot] org", "202.555.0100")],
        ),
        (
            "Contact: Jane Doe at jane@example.org or 202-555-0100",
            [("Jane Doe", "", "", "jane@example.org", "202-555-0100")],
        ),
        (
            "Media Contacts: Jane Doe, Valley Coalition, jane@example.org, 202-555-0100; "
            "Sam Roe, Press Secretary, sam@example.org, 202-555-0101, ext. 12",
            [
                ("Jane Doe", "", "Valley Coalition", "jane@example.org", "202-555-0100"),
                ("Sam Roe", "Press Secretary", "", "sam@example.org", "202-555-0101, ext. 12"),
            ],
        ),
        (
            "Press contact\nJane Doe | 202-555-0100 | jane@example.org",
            [("Jane Doe", "", "", "jane@example.org", "202-555-0100")],
        ),
    ],
)
def test_contact_forms(contacts: str, expected: list[tuple[str, ...]]) -> None:
    release = import_text(AROUND.format(contacts=contacts)).release
    got = [(c.name, c.title, c.org, c.email, c.phone) for c in release.contacts]
    assert got == expected
    assert release.headline == "Valley Coalition Welcomes Rules"


def test_a_contact_block_ends_at_the_headline() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\nJune 1, 2026\n\nMedia Contact:\nJane Doe\nValley Coalition\n"
        "202-555-0100\njane@example.org\nValley Coalition Welcomes Rules\n"
        "WASHINGTON — The coalition welcomed the rules.\n###\n"
    )
    release = import_text(text).release
    assert [(c.name, c.org) for c in release.contacts] == [("Jane Doe", "Valley Coalition")]
    assert release.headline == "Valley Coalition Welcomes Rules"
