"""`save-from` merging: what it harvests, how it matches loosely, what it adds and leaves alone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from pressdesk.library import Library, Person, coalition_name, save_from
from pressdesk.model import Boilerplate, Contact, Paragraph, Quote, Release, Speaker

WriteOrg = Callable[[str, str], Path]
TODAY = date(2026, 11, 24)


def test_from_an_empty_library(statement: Release, library_dir: Path) -> None:
    report = save_from(library_dir, statement, today=TODAY)
    assert report.added == [
        "added coalition Harbor City Housing Coalition (harbor-city-housing-coalition.toml): "
        "boilerplate; 2 people (Rosa Delgado, Sam Okafor); 3 members",
        "added member The Tenants' Union (the-tenants-union.toml): 1 person (Jane Doe)",
        "added member Niños Unidos (ninos-unidos.toml): 1 person (Luis Peña)",
        "added member Eastside Legal Aid (eastside-legal-aid.toml): 1 person (Amy Li)",
    ]
    assert report.kept == []
    library = Library.open(library_dir)
    coalition = library.orgs["harbor-city-housing-coalition"]
    assert coalition.kind == "coalition"
    assert coalition.members == ("the-tenants-union", "ninos-unidos", "eastside-legal-aid")
    assert coalition.people == (
        Person(
            "Rosa Delgado",
            email="rosa@housing.example.org",
            phone="555-555-0101",
            media_contact=True,
        ),
        Person(
            "Sam Okafor", email="sam@housing.example.org", phone="555-555-0102", media_contact=True
        ),
    )
    assert library.orgs["ninos-unidos"].people == (Person("Luis Peña", "Organizer"),)
    assert library.orgs["ninos-unidos"].kind == "member"


def test_saving_the_same_release_twice_adds_nothing(statement: Release, library_dir: Path) -> None:
    save_from(library_dir, statement, today=TODAY)
    before = {p.name: p.read_bytes() for p in library_dir.glob("*.toml")}
    report = save_from(library_dir, statement, today=TODAY)
    assert (report.added, report.kept) == ([], [])
    assert {p.name: p.read_bytes() for p in library_dir.glob("*.toml")} == before


def _second_release(statement: Release) -> Release:
    """The same cast, typed differently: near-duplicate names, a new title, a new member."""
    return statement.replace(
        contacts=(
            Contact(
                "rosa delgado", "ROSA@housing.example.org", "(555) 555-0101", title="Press Lead"
            ),
        ),
        body=(
            Paragraph("lede"),
            Quote(("q",), Speaker("Jane Doe", "Co-Director", "tenants union")),
            Quote(("q",), Speaker("Luis Pena", "Organizer", "Ninos Unidos")),
            Quote(("q",), Speaker("Kim Park", "Pastor", "Grace Church")),
        ),
        boilerplate=(
            Boilerplate("the harbor city housing coalition", statement.boilerplate[0].text),
        ),
    )


def test_near_duplicates_merge_and_differences_are_left_alone(
    statement: Release, library_dir: Path
) -> None:
    save_from(library_dir, statement, today=TODAY)
    report = save_from(library_dir, _second_release(statement), today=TODAY)
    assert report.added == [
        "added member Grace Church (grace-church.toml): 1 person (Kim Park)",
        "added Rosa Delgado's title 'Press Lead'",
        "added to Harbor City Housing Coalition's members: Grace Church",
    ]
    assert report.kept == [
        "kept Jane Doe's saved title 'Executive Director' (release says 'Co-Director')"
    ]
    library = Library.open(library_dir)
    assert sorted(library.orgs) == [
        "eastside-legal-aid",
        "grace-church",
        "harbor-city-housing-coalition",
        "ninos-unidos",
        "the-tenants-union",
    ]
    assert library.orgs["the-tenants-union"].people[0].title == "Executive Director"
    assert library.problems() == []


def test_update_replaces_what_differs(statement: Release, library_dir: Path) -> None:
    save_from(library_dir, statement, today=TODAY)
    report = save_from(library_dir, _second_release(statement), today=TODAY, update=True)
    assert "updated Jane Doe's title to 'Co-Director' (was 'Executive Director')" in report.added
    assert Library.open(library_dir).orgs["the-tenants-union"].people[0].title == "Co-Director"


def test_a_new_boilerplate_is_reported_not_saved_without_update(
    statement: Release, library_dir: Path
) -> None:
    save_from(library_dir, statement, today=TODAY)
    changed = statement.replace(
        boilerplate=(Boilerplate("Harbor City Housing Coalition", "A new text."),)
    )
    report = save_from(library_dir, changed, today=TODAY)
    assert report.kept == [
        "kept Harbor City Housing Coalition's saved boilerplate (the release's differs; --update replaces it)"
    ]
    org = Library.open(library_dir).orgs["harbor-city-housing-coalition"]
    assert org.boilerplate == statement.boilerplate[0].text and org.earlier == ()


def test_update_moves_the_old_boilerplate_to_earlier_versions(
    statement: Release, library_dir: Path
) -> None:
    save_from(library_dir, statement, today=date(2025, 1, 10))
    changed = statement.replace(
        boilerplate=(Boilerplate("Harbor City Housing Coalition", "A new text."),)
    )
    report = save_from(library_dir, changed, today=TODAY, update=True)
    assert report.added == [
        "replaced Harbor City Housing Coalition's boilerplate (the old one is kept as an earlier version)"
    ]
    org = Library.open(library_dir).orgs["harbor-city-housing-coalition"]
    assert org.boilerplate == "A new text."
    assert org.boilerplate_since == TODAY
    assert [(v.text, v.replaced) for v in org.earlier] == [(statement.boilerplate[0].text, TODAY)]
    # Saving the old release again now recognises its boilerplate as the earlier version.
    again = save_from(library_dir, statement, today=TODAY)
    assert again.kept == [
        "kept Harbor City Housing Coalition's current boilerplate (the release has the one replaced on 2026-11-24)"
    ]


def test_coalition_heuristic() -> None:
    base = Release(date=TODAY, headline="h")
    own_voice = base.replace(
        body=(Quote(("q",), Speaker("Amy Li", "Director", "Eastside Legal Aid")),),
        boilerplate=(Boilerplate("Eastside Legal Aid", "text"),),
    )
    assert coalition_name(own_voice) == ""  # an organisation quoting its own people
    assert coalition_name(base) == ""
    two_blocks = base.replace(
        boilerplate=(Boilerplate("HCHC", "a"), Boilerplate("Grace Church", "b"))
    )
    assert coalition_name(two_blocks) == "HCHC"


def test_single_organisation_release_saves_a_member(library_dir: Path) -> None:
    release = Release(
        date=TODAY,
        headline="h",
        contacts=(Contact("Amy Li", "amy@legal.example.org", "555-555-0109"),),
        body=(Quote(("q",), Speaker("Amy Li", "Director", "Eastside Legal Aid")),),
        boilerplate=(Boilerplate("Eastside Legal Aid", "Eastside Legal Aid defends tenants."),),
    )
    report = save_from(library_dir, release, today=TODAY)
    assert report.added == [
        "added member Eastside Legal Aid (eastside-legal-aid.toml): boilerplate; 1 person (Amy Li)"
    ]
    person = Library.open(library_dir).orgs["eastside-legal-aid"].people[0]
    assert person == Person(
        "Amy Li", "Director", "amy@legal.example.org", "555-555-0109", media_contact=True
    )


def test_people_without_an_organisation_are_left_out(library_dir: Path) -> None:
    release = Release(
        date=TODAY,
        headline="h",
        contacts=(Contact("Pat Moss", "pat@example.org", "555-555-0111"),),
        body=(Quote(("q",), Speaker("Lee Wong", "Volunteer")), Quote(("orphan",))),
    )
    report = save_from(library_dir, release, today=TODAY)
    assert report.added == []
    assert report.kept == [
        "left out Lee Wong: the release gives no organisation",
        "left out contact Pat Moss: no organisation to save them under",
    ]
    assert not list(library_dir.glob("*.toml"))


def test_a_joint_speaker_line_of_known_organisations_saves_each(
    statement: Release, library_dir: Path
) -> None:
    save_from(library_dir, statement, today=TODAY)
    joint = statement.replace(
        body=(
            Quote(("q",), Speaker("Ana Ruiz", "Organizer", "Niños Unidos and Eastside Legal Aid")),
        )
    )
    report = save_from(library_dir, joint, today=TODAY)
    assert report.added == ["added Ana Ruiz (Organizer) to Niños Unidos"]
    assert not (library_dir / "ninos-unidos-and-eastside-legal-aid.toml").exists()


def test_a_joint_line_with_an_unknown_part_is_one_organisation(
    statement: Release, library_dir: Path
) -> None:
    save_from(library_dir, statement, today=TODAY)
    joint = statement.replace(
        body=(Quote(("q",), Speaker("Ana Ruiz", "Organizer", "Niños Unidos and Riverside Watch")),)
    )
    report = save_from(library_dir, joint, today=TODAY)
    assert report.added[0] == (
        "added member Niños Unidos and Riverside Watch (ninos-unidos-and-riverside-watch.toml): "
        "1 person (Ana Ruiz)"
    )


def test_both_parts_named_elsewhere_in_the_release_are_split(library_dir: Path) -> None:
    release = Release(
        date=TODAY,
        headline="h",
        body=(
            Quote(("a",), Speaker("Bo Kim", "Chair", "Tenants First and Fair Rent Now")),
            Quote(("b",), Speaker("Cy Diaz", "Organizer", "Fair Rent Now")),
        ),
        boilerplate=(
            Boilerplate("Harbor Coalition", "The Harbor Coalition unites tenant groups."),
            Boilerplate("Tenants First", "Tenants First organizes renters."),
        ),
    )
    save_from(library_dir, release, today=TODAY)
    library = Library.open(library_dir)
    assert sorted(library.orgs) == ["fair-rent-now", "harbor-coalition", "tenants-first"]
    assert [p.name for p in library.orgs["tenants-first"].people] == ["Bo Kim"]
    assert library.orgs["harbor-coalition"].members == ("tenants-first", "fair-rent-now")


def test_a_broken_file_is_left_alone(
    statement: Release, library_dir: Path, write_org: WriteOrg
) -> None:
    broken = write_org("ninos-unidos", 'name = "Niños Unidos"\nfounded = 1990\n')
    report = save_from(library_dir, statement, today=TODAY)
    assert f"left Niños Unidos alone: {broken}:2: founded: unknown key" in report.kept[0]
    assert broken.read_text() == 'name = "Niños Unidos"\nfounded = 1990\n'
    assert "ninos-unidos-2.toml" not in [p.name for p in library_dir.iterdir()]


def test_dry_run_writes_nothing(statement: Release, library_dir: Path) -> None:
    report = save_from(library_dir, statement, today=TODAY, dry_run=True)
    assert len(report.added) == 4
    assert not library_dir.exists()


def test_a_member_saved_earlier_is_kept_as_member(
    statement: Release, library_dir: Path, write_org: WriteOrg
) -> None:
    write_org("harbor-city-housing-coalition", 'name = "Harbor City Housing Coalition"\n')
    report = save_from(library_dir, statement, today=TODAY)
    assert report.kept[0].startswith("kept Harbor City Housing Coalition as a member organisation")
    report = save_from(library_dir, statement, today=TODAY, update=True)
    assert "made Harbor City Housing Coalition a coalition" in report.added
    assert Library.open(library_dir).orgs["harbor-city-housing-coalition"].members == (
        "the-tenants-union",
        "ninos-unidos",
        "eastside-legal-aid",
    )


def test_placeholders_never_reach_the_library(statement: Release, library_dir: Path) -> None:
    starter = Release(
        date=TODAY,
        headline="[ADD headline]",
        contacts=(Contact("[NAME]", "[ADD email]", "[ADD phone]"),),
        body=(Quote(("[ADD quote]",), Speaker("[NAME]", "[ADD title]", "[ADD org]")),),
        boilerplate=(Boilerplate("[ADD organisation]", "[ADD boilerplate]"),),
    )
    report = save_from(library_dir, starter, today=TODAY)
    assert report.added == []
    assert report.kept == [
        "left out a boilerplate with the placeholder '[ADD organisation]'",
        "left out a speaker with the placeholder '[NAME]'",
        "left out a contact with the placeholder '[NAME]'",
    ]
    half_done = statement.replace(
        boilerplate=(Boilerplate("Harbor City Housing Coalition", "[ADD boilerplate]"),)
    )
    report = save_from(library_dir, half_done, today=TODAY)
    assert (
        "left out Harbor City Housing Coalition's boilerplate with the placeholder '[ADD boilerplate]'"
        in report.kept
    )
    assert Library.open(library_dir).orgs["harbor-city-housing-coalition"].boilerplate == ""


def test_an_organisation_statement_saves_the_organisation_as_a_member(library_dir: Path) -> None:
    release = Release(
        date=TODAY,
        headline="h",
        body=(Quote(("We stand with tenants.",), Speaker("", org="Eastside Faith Network")),),
    )
    report = save_from(library_dir, release, today=TODAY)
    assert report.added == ["added member Eastside Faith Network (eastside-faith-network.toml)"]
    assert Library.open(library_dir).orgs["eastside-faith-network"].people == ()
