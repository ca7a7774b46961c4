"""`start_release`: a starter release filled in from a coalition's library file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from pressdesk.errors import PressdeskError
from pressdesk.library import Library, save_from, start_release
from pressdesk.model import Boilerplate, Contact, Paragraph, Quote, Release, Speaker

WriteOrg = Callable[[str, str], Path]

BASE = Release(
    date=date(2026, 11, 24),
    headline="[COALITION] Statement: [ADD what happened]",
    contacts=(Contact("[NAME]", "[ADD email]", "[ADD phone]", org="[COALITION]"),),
    body=(
        Paragraph(
            "In response to [ADD what happened], [COALITION] released the following statements:"
        ),
        Quote(("[ADD quote]",), Speaker("[NAME]", "[ADD title]", "[MEMBER GROUP A]")),
    ),
    boilerplate=(Boilerplate("[COALITION]", "[ADD boilerplate]"),),
)
COALITION = "Harbor City Housing Coalition"


def test_a_release_from_a_coalition(statement: Release, library_dir: Path) -> None:
    save_from(library_dir, statement, today=date(2026, 11, 24))
    release = start_release(BASE, Library.open(library_dir), "harbor city housing coalition")
    assert release.headline == f"{COALITION} Statement: [ADD what happened]"
    assert release.contacts == (
        Contact("Rosa Delgado", "rosa@housing.example.org", "555-555-0101", org=COALITION),
        Contact("Sam Okafor", "sam@housing.example.org", "555-555-0102", org=COALITION),
    )
    assert release.boilerplate == (
        Boilerplate(
            COALITION, statement.boilerplate[0].text, library="harbor-city-housing-coalition"
        ),
    )
    assert release.body == (
        Paragraph(
            f"In response to [ADD what happened], {COALITION} released the following statements:"
        ),
        Paragraph(
            "[ADD a quote block for each member group speaking, then delete this paragraph. "
            f"{COALITION} members in the library: The Tenants' Union; Niños Unidos; Eastside Legal Aid]"
        ),
        BASE.body[1],
    )


def test_the_members_note_does_not_trip_the_lede_check(
    statement: Release, library_dir: Path
) -> None:
    from pressdesk.checks import Context, Settings, run_checks

    save_from(library_dir, statement, today=date(2026, 11, 24))
    library = Library.open(library_dir)
    release = start_release(BASE, library, "harbor")
    ctx = Context(Settings.for_profile("coalition"), date(2026, 11, 24), library=library)
    findings = run_checks(release, ctx)
    assert [f.rule for f in findings if f.field == "body[1].text"] == ["placeholder-left"]


def test_an_organisation_with_nothing_saved_keeps_the_placeholders(
    write_org: WriteOrg, library_dir: Path
) -> None:
    write_org("grace-church", 'name = "Grace Church"\n')
    release = start_release(BASE, Library.open(library_dir), "grace-church")
    assert release.contacts == (
        Contact("[NAME]", "[ADD email]", "[ADD phone]", org="Grace Church"),
    )
    assert release.boilerplate == (Boilerplate("Grace Church", "[ADD boilerplate]"),)
    assert len(release.body) == len(BASE.body)  # no members, no members note


def test_an_unknown_coalition_is_one_clear_error(library_dir: Path) -> None:
    with pytest.raises(
        PressdeskError, match=f"no organisation 'Nobody' in the library at {library_dir}"
    ):
        start_release(BASE, Library.open(library_dir), "Nobody")


def test_a_malformed_coalition_file_names_the_file(write_org: WriteOrg, library_dir: Path) -> None:
    path = write_org("hchc", 'name = "HCHC"\nkind = "coalition"\nmembers = "all"\n')
    with pytest.raises(PressdeskError, match=f"{path}:3: members: expected a list of slugs"):
        start_release(BASE, Library.open(library_dir), "hchc")
