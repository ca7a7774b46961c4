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
    headline="[ADD headline]",
    contacts=(Contact("[NAME]", "[ADD email]", "[ADD phone]"),),
    body=(
        Paragraph("[ADD lede]"),
        Quote(("[ADD quote]",), Speaker("[NAME]", "[ADD title]", "[ADD org]")),
    ),
    boilerplate=(Boilerplate("[ADD organisation]", "[ADD boilerplate]"),),
)


def test_a_release_from_a_coalition(statement: Release, library_dir: Path) -> None:
    save_from(library_dir, statement, today=date(2026, 11, 24))
    release = start_release(BASE, Library.open(library_dir), "harbor city housing coalition")
    assert release.contacts == (
        Contact(
            "Rosa Delgado",
            "rosa@housing.example.org",
            "555-555-0101",
            org="Harbor City Housing Coalition",
        ),
        Contact(
            "Sam Okafor",
            "sam@housing.example.org",
            "555-555-0102",
            org="Harbor City Housing Coalition",
        ),
    )
    assert release.boilerplate == (
        Boilerplate(
            "Harbor City Housing Coalition",
            statement.boilerplate[0].text,
            library="harbor-city-housing-coalition",
        ),
    )
    assert release.body[0] == Paragraph(
        "[ADD what happened], Harbor City Housing Coalition released the following statements from "
        "member groups [ADD the members quoted, from: The Tenants' Union, Niños Unidos and Eastside Legal Aid]:"
    )
    assert release.body[1:] == BASE.body[1:]
    assert release.headline == BASE.headline


def test_an_organisation_with_nothing_saved_keeps_the_placeholders(
    write_org: WriteOrg, library_dir: Path
) -> None:
    write_org("grace-church", 'name = "Grace Church"\n')
    release = start_release(BASE, Library.open(library_dir), "grace-church")
    assert release.contacts == BASE.contacts
    assert release.boilerplate == (Boilerplate("Grace Church", "[ADD boilerplate]"),)
    assert release.body[0] == Paragraph("[ADD what happened], Grace Church said:")


def test_an_unknown_coalition_is_one_clear_error(library_dir: Path) -> None:
    with pytest.raises(
        PressdeskError, match=f"no organisation 'Nobody' in the library at {library_dir}"
    ):
        start_release(BASE, Library.open(library_dir), "Nobody")


def test_a_malformed_coalition_file_names_the_file(write_org: WriteOrg, library_dir: Path) -> None:
    path = write_org("hchc", 'name = "HCHC"\nkind = "coalition"\nmembers = "all"\n')
    with pytest.raises(PressdeskError, match=f"{path}:3: members: expected a list of slugs"):
        start_release(BASE, Library.open(library_dir), "hchc")
