"""The library file format: reading, writing, strict validation, lenient opening."""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from pressdesk.errors import PressdeskError
from pressdesk.library import (
    EarlierBoilerplate,
    Library,
    LibraryFileError,
    Organisation,
    Person,
    dumps_org,
    library_path,
    read_org,
)

WriteOrg = Callable[[str, str], Path]

COALITION = """\
name = "Harbor City Housing Coalition"
short_name = "HCHC"
kind = "coalition"
website = "https://housing.example.org"
members = ["the-tenants-union", "eastside-legal-aid"]

[boilerplate]
heading = "About the Harbor City Housing Coalition"
since = 2026-03-01
text = "The coalition is 30 groups working for safe, affordable homes."

[[boilerplate.earlier]]
replaced = 2026-03-01
text = "The coalition is 25 groups working for homes."

[[people]]
name = "Rosa Delgado"
title = "Communications Director"
email = "rosa@housing.example.org"
phone = "555-555-0101"
media_contact = true

[[people]]
name = "Marta Ruiz"
title = "Chair"
"""


def test_reads_every_field(write_org: WriteOrg) -> None:
    org = read_org(write_org("harbor-city-housing-coalition", COALITION))
    assert org == Organisation(
        slug="harbor-city-housing-coalition",
        name="Harbor City Housing Coalition",
        kind="coalition",
        short_name="HCHC",
        website="https://housing.example.org",
        boilerplate="The coalition is 30 groups working for safe, affordable homes.",
        boilerplate_heading="About the Harbor City Housing Coalition",
        boilerplate_since=date(2026, 3, 1),
        earlier=(
            EarlierBoilerplate("The coalition is 25 groups working for homes.", date(2026, 3, 1)),
        ),
        people=(
            Person(
                "Rosa Delgado",
                "Communications Director",
                "rosa@housing.example.org",
                "555-555-0101",
                media_contact=True,
            ),
            Person("Marta Ruiz", "Chair"),
        ),
        members=("the-tenants-union", "eastside-legal-aid"),
    )


def test_writing_what_was_read_gives_the_same_text(write_org: WriteOrg) -> None:
    path = write_org("harbor-city-housing-coalition", COALITION)
    text = dumps_org(read_org(path))
    assert text == COALITION.replace(
        'members = ["the-tenants-union", "eastside-legal-aid"]',
        'members = [\n    "the-tenants-union",\n    "eastside-legal-aid",\n]',
    ).replace('title = "Chair"\n', 'title = "Chair"\nmedia_contact = false\n')
    assert read_org(write_org("harbor-city-housing-coalition", text)) == read_org(path)


def test_written_file_is_plain_toml_with_section_per_person() -> None:
    org = Organisation(
        slug="eastside-legal-aid",
        name="Eastside Legal Aid",
        boilerplate='Eastside Legal Aid "defends" tenants.\nSince 1990.',
        people=(Person("Amy Li", "Director"),),
    )
    text = dumps_org(org)
    assert '[[people]]\nname = "Amy Li"' in text
    assert tomllib.loads(text)["boilerplate"]["text"] == org.boilerplate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('name = "A"\nwebsite = \n', r"tenants-union.toml:2: bad TOML: Invalid value"),
        ('name = "A"\nfounded = 1990\n', "tenants-union.toml:2: founded: unknown key"),
        (
            'name = "A"\n\n[[people]]\nname = "Jo"\nemial = "x"\n',
            "tenants-union.toml:5: people[0].emial: unknown key",
        ),
        (
            'name = "A"\nwebsite = 5\n',
            "tenants-union.toml:2: website: expected text in quotes, found 5",
        ),
        (
            'name = "A"\nkind = "partner"\n',
            'tenants-union.toml:2: kind: expected "coalition" or "member"',
        ),
        ('short_name = "A"\n', "tenants-union.toml: missing required key 'name'"),
        (
            'name = "A"\nmembers = ["x"]\n',
            "tenants-union.toml:2: members: only a coalition lists members",
        ),
        (
            'name = "A"\nkind = "coalition"\nmembers = ["Tenants Union"]\n',
            "members[0]: expected a member's slug, found 'Tenants Union'; write 'tenants-union'",
        ),
        (
            'name = "A"\n[boilerplate]\ntext = "x"\n[[boilerplate.earlier]]\ntext = "y"\nreplaced = "March"\n',
            "tenants-union.toml:6: boilerplate.earlier[0].replaced: expected a date such as 2026-03-01, found 'March'",
        ),
        (
            'name = "A"\n[boilerplate]\ntext = "x"\n[[boilerplate.earlier]]\ntext = "y"\n',
            "tenants-union.toml:4: boilerplate.earlier[0]: missing required key 'boilerplate.earlier[0].replaced'",
        ),
        (
            'name = "A"\n[[people]]\nname = "Jo"\nmedia_contact = "yes"\n',
            "tenants-union.toml:4: people[0].media_contact: expected true or false, found 'yes'",
        ),
        (
            'name = "A"\n[[people]]\nname = "Jo Li"\n[[people]]\nname = "jo li"\n',
            "tenants-union.toml:5: people[1].name: jo li is listed twice (also people[0])",
        ),
    ],
)
def test_malformed_files_give_one_line_naming_file_line_and_key(
    write_org: WriteOrg, text: str, expected: str
) -> None:
    path = write_org("tenants-union", text)
    with pytest.raises(LibraryFileError) as caught:
        read_org(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(path.parent))
    if expected.startswith("tenants-union.toml"):
        assert message.startswith(f"{path.parent}/{expected.split(':')[0]}")
    assert expected.replace("\\", "") in message


def test_a_file_must_be_named_by_a_slug(write_org: WriteOrg) -> None:
    path = write_org("Tenants Union", 'name = "Tenants Union"\n')
    with pytest.raises(LibraryFileError, match="named by its slug: rename it tenants-union.toml"):
        read_org(path)


def test_non_utf8_file(library_dir: Path) -> None:
    library_dir.mkdir()
    path = library_dir / "x.toml"
    path.write_bytes(b'name = "Caf\xe9"\n')
    with pytest.raises(LibraryFileError, match=r"x.toml:1: not UTF-8 text"):
        read_org(path)


def test_a_file_saved_by_a_windows_editor_reads_and_keeps_its_layout(library_dir: Path) -> None:
    library_dir.mkdir()
    path = library_dir / "ninos-unidos.toml"
    windows = '\ufeffname = "Niños Unidos"\r\nkind = "member"\r\n'.encode()
    path.write_bytes(windows)
    library = Library.open(library_dir)
    assert library.problems() == []
    org = library.orgs["ninos-unidos"]
    assert org.name == "Niños Unidos"
    library.save(dataclasses.replace(org, website="https://ninos.example.org"))
    saved = path.read_bytes()
    assert saved.startswith(b"\xef\xbb\xbfname = ") and b"\r\n" in saved
    assert b"\n" not in saved.replace(b"\r\n", b"")
    assert Library.open(library_dir).orgs["ninos-unidos"].website == "https://ninos.example.org"


def test_open_is_lenient_and_lookup_reports_the_broken_file(
    write_org: WriteOrg, library_dir: Path
) -> None:
    write_org("eastside-legal-aid", 'name = "Eastside Legal Aid"\n')
    write_org("the-tenants-union", 'name = "The Tenants\' Union"\nfounded = 1990\n')
    library = Library.open(library_dir)
    assert list(library.orgs) == ["eastside-legal-aid"]
    assert library.lookup("eastside legal aid").name == "Eastside Legal Aid"
    with pytest.raises(PressdeskError, match=r"the-tenants-union.toml:2: founded: unknown key"):
        library.lookup("The Tenants' Union")
    assert [p.split(": ", 1)[1] for p in library.problems()] == [
        "founded: unknown key (expected one of: name, short_name, kind, website, logo, members, boilerplate, people)"
    ]


def test_two_files_for_one_organisation_are_a_problem(
    write_org: WriteOrg, library_dir: Path
) -> None:
    write_org("the-tenants-union", 'name = "The Tenants\' Union"\n')
    write_org("tenants-union", 'name = "Tenants Union"\n')
    library = Library.open(library_dir)
    assert library.problems() == [
        f'{library_dir}/the-tenants-union.toml: name: "The Tenants\' Union" is the same organisation '
        "as tenants-union.toml ('Tenants Union'); merge the two files"
    ]
    with pytest.raises(
        PressdeskError,
        match="matches several library organisations: tenants-union, the-tenants-union",
    ):
        library.lookup("tenants union")
    assert library.lookup("tenants-union").name == "Tenants Union"  # the slug still picks one


def test_unknown_member_slug_is_a_problem(write_org: WriteOrg, library_dir: Path) -> None:
    write_org("hchc", 'name = "HCHC"\nkind = "coalition"\nmembers = ["ghost-group"]\n')
    assert Library.open(library_dir).problems() == [
        f"{library_dir}/hchc.toml: members[0]: no library file ghost-group.toml"
    ]


def test_missing_folder_is_an_empty_library(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "nowhere")
    assert library.orgs == {} and library.problems() == []


def test_a_file_where_the_folder_should_be(tmp_path: Path) -> None:
    (tmp_path / "lib").write_text("x")
    library = Library.open(tmp_path / "lib")
    assert library.problems() == [f"{tmp_path}/lib: is a file, not a library folder"]
    with pytest.raises(PressdeskError, match="is a file, not a library folder"):
        library.lookup("anything")


def test_lookup_suggests_a_near_name(write_org: WriteOrg, library_dir: Path) -> None:
    write_org("eastside-legal-aid", 'name = "Eastside Legal Aid"\n')
    with pytest.raises(
        PressdeskError,
        match="no organisation 'Eastsde Legal Aid' .*did you mean eastside-legal-aid",
    ):
        Library.open(library_dir).lookup("Eastsde Legal Aid")


def test_lookup_by_unique_beginning_and_short_name(write_org: WriteOrg, library_dir: Path) -> None:
    write_org("harbor-city-housing-coalition", COALITION)
    library = Library.open(library_dir)
    assert library.lookup("harbor").slug == "harbor-city-housing-coalition"
    assert library.lookup("hchc").slug == "harbor-city-housing-coalition"


def test_library_path_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data_home = Path(__import__("os").environ["XDG_DATA_HOME"])
    assert library_path(None) == data_home / "pressdesk" / "library"
    monkeypatch.setenv("PRESSDESK_LIBRARY", str(tmp_path / "team"))
    assert library_path(None) == tmp_path / "team"
    assert library_path(str(tmp_path / "mine")) == tmp_path / "mine"


def test_save_writes_atomically_and_leaves_no_temporary_files(library_dir: Path) -> None:
    library = Library.open(library_dir)
    library.save(Organisation(slug="eastside-legal-aid", name="Eastside Legal Aid"))
    assert sorted(p.name for p in library_dir.iterdir()) == ["eastside-legal-aid.toml"]
    assert Library.open(library_dir).orgs["eastside-legal-aid"].name == "Eastside Legal Aid"


def test_the_documented_examples_read_cleanly(tmp_path: Path) -> None:
    doc = (Path(__file__).parents[2] / "docs" / "library.md").read_text(encoding="utf-8")
    blocks = doc.split("```toml\n")[1:3]
    coalition, member = (block.split("```")[0] for block in blocks)
    (tmp_path / "harbor-city-housing-coalition.toml").write_text(coalition, encoding="utf-8")
    (tmp_path / "the-tenants-union.toml").write_text(member, encoding="utf-8")
    library = Library.open(tmp_path)
    assert library.broken == {}
    org = library.orgs["harbor-city-housing-coalition"]
    assert [p.name for p in org.media_contacts] == ["Rosa Delgado"]
    assert org.began(org.earlier[0]) == date(2025, 1, 15)


def test_hidden_files_and_a_settings_file_are_not_organisations(
    write_org: WriteOrg, library_dir: Path
) -> None:
    write_org("pressdesk", '[rules]\nspeaker-not-member = "off"\n')
    write_org(".draft", "not toml at all")
    write_org("eastside-legal-aid", 'name = "Eastside Legal Aid"\n')
    (library_dir / "README.md").write_text("# Our library\n")
    library = Library.open(library_dir)
    assert list(library.orgs) == ["eastside-legal-aid"]
    assert library.problems() == []


def test_a_broken_file_is_found_by_the_name_it_still_gives(
    write_org: WriteOrg, library_dir: Path
) -> None:
    path = write_org("grace", 'name = "Grace Church"\nkind = member\n')
    with pytest.raises(PressdeskError, match=f"{path}:2: bad TOML"):
        Library.open(library_dir).lookup("grace church")
