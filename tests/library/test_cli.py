"""`pressdesk library list | show | path | save-from`, as a user runs them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pressdesk.cli import main
from pressdesk.library import Library

WriteOrg = Callable[[str, str], Path]

STATEMENT_TOML = """\
pressdesk = 1
date = 2026-11-20
headline = "Harbor City Housing Coalition Statement: Council Passes Rent Freeze"
dateline = "HARBOR CITY, Ore."

[[contacts]]
name = "Rosa Delgado"
email = "rosa@housing.example.org"
phone = "555-555-0101"

[[body]]
text = "In response to the council's vote, the Harbor City Housing Coalition released the following statements from member groups The Tenants' Union and Niños Unidos:"

[[body]]
speaker = { name = "Jane Doe", title = "Executive Director", org = "The Tenants' Union" }
paragraphs = ["Today renters won."]

[[body]]
speaker = { name = "Luis Peña", title = "Organizer", org = "Niños Unidos" }
paragraphs = ["Families can stay."]

[[boilerplate]]
org = "Harbor City Housing Coalition"
text = "The Harbor City Housing Coalition is an alliance of 30 groups working for safe, affordable homes."
"""

STATEMENT_TEXT = """\
For Immediate Release: Nov. 20, 2026
Media Contact: Rosa Delgado, rosa@housing.example.org, 555-555-0101
Harbor City Housing Coalition Statement: Council Passes Rent Freeze
HARBOR CITY, Ore. — In response to the council's vote, the Harbor City Housing Coalition released the following statements from member groups The Tenants' Union and Niños Unidos:
Jane Doe, Executive Director, The Tenants' Union
“Today renters won. The freeze keeps thousands of families in their homes this winter.”
Luis Peña, Organizer, Niños Unidos
“Families can stay. Children can stay in their schools.”
###
The Harbor City Housing Coalition is an alliance of 30 groups working for safe, affordable homes.
###
"""


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["library", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_path_default_env_and_flag(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    status, out, _ = _run(capsys, "path")
    assert status == 0 and out.strip().endswith("pressdesk/library")
    monkeypatch.setenv("PRESSDESK_LIBRARY", str(tmp_path / "team"))
    assert _run(capsys, "path")[1] == f"{tmp_path / 'team'}\n"
    assert _run(capsys, "path", "--library", str(tmp_path / "mine"))[1] == f"{tmp_path / 'mine'}\n"


def test_list_an_empty_library(capsys: pytest.CaptureFixture[str], library_dir: Path) -> None:
    status, out, _ = _run(capsys, "--library", str(library_dir))
    assert status == 0
    assert out == (
        f"Library: {library_dir} (0 organisations)\n"
        "  (empty: `pressdesk library save-from RELEASE` fills it)\n"
    )


def test_save_from_toml_then_list_and_show(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path
) -> None:
    release = tmp_path / "statement.toml"
    release.write_text(STATEMENT_TOML, encoding="utf-8")
    status, out, err = _run(capsys, "save-from", str(release), "--library", str(library_dir))
    assert (status, err) == (0, "")
    assert out == (
        f"Saved to {library_dir}:\n"
        "  added coalition Harbor City Housing Coalition (harbor-city-housing-coalition.toml): "
        "boilerplate; 1 person (Rosa Delgado); 2 members\n"
        "  added member The Tenants' Union (the-tenants-union.toml): 1 person (Jane Doe)\n"
        "  added member Niños Unidos (ninos-unidos.toml): 1 person (Luis Peña)\n"
    )
    status, out, _ = _run(capsys, "list", "--library", str(library_dir))
    assert status == 0
    assert out.splitlines() == [
        f"Library: {library_dir} (3 organisations)",
        "  harbor-city-housing-coalition  coalition  1 person   Harbor City Housing Coalition",
        "  ninos-unidos                   member     1 person   Niños Unidos",
        "  the-tenants-union              member     1 person   The Tenants' Union",
    ]
    status, out, _ = _run(capsys, "show", "harbor", "--library", str(library_dir))
    assert status == 0
    assert out.splitlines() == [
        "Harbor City Housing Coalition: coalition",
        f"  file: {library_dir / 'harbor-city-housing-coalition.toml'}",
        "Members (2):",
        "  The Tenants' Union",
        "  Niños Unidos",
        "People (1):",
        "  Rosa Delgado — rosa@housing.example.org, 555-555-0101  [media contact]",
        "Boilerplate:",
        "  The Harbor City Housing Coalition is an alliance of 30 groups working for safe, affordable",
        "  homes.",
    ]
    status, out, _ = _run(capsys, "show", "tenants union", "--library", str(library_dir))
    assert out.splitlines()[:1] == ["The Tenants' Union: member"]


def test_save_from_reports_what_it_left_alone(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path
) -> None:
    release = tmp_path / "statement.toml"
    release.write_text(STATEMENT_TOML, encoding="utf-8")
    _run(capsys, "save-from", str(release), "--library", str(library_dir))
    release.write_text(
        STATEMENT_TOML.replace('title = "Executive Director"', 'title = "Director"'),
        encoding="utf-8",
    )
    status, out, _ = _run(capsys, "save-from", str(release), "--library", str(library_dir))
    assert status == 0
    assert out == (
        f"Nothing new for the library at {library_dir}.\n"
        "Left alone:\n"
        "  kept Jane Doe's saved title 'Executive Director' (release says 'Director')\n"
    )
    status, out, _ = _run(
        capsys, "save-from", str(release), "--update", "--library", str(library_dir)
    )
    assert "updated Jane Doe's title to 'Director' (was 'Executive Director')" in out
    assert Library.open(library_dir).orgs["the-tenants-union"].people[0].title == "Director"


def test_save_from_leaves_out_an_address_a_web_scraper_mangled(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path
) -> None:
    release = tmp_path / "statement.txt"
    scraped = STATEMENT_TEXT.replace("rosa@housing.example.org", "[email\u00a0protected]")
    release.write_text(scraped, encoding="utf-8")
    status, out, _ = _run(capsys, "save-from", str(release), "--library", str(library_dir))
    assert status == 0
    assert (
        "  left out Rosa Delgado's email '[email\u00a0protected]': not a real address "
        "(type the right one in the release, then save again)\n"
    ) in out
    rosa = Library.open(library_dir).orgs["harbor-city-housing-coalition"].people[0]
    assert (rosa.name, rosa.email, rosa.phone) == ("Rosa Delgado", "", "555-555-0101")


def test_save_from_says_a_broken_file_once(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path, write_org: WriteOrg
) -> None:
    broken = write_org("the-tenants-union", 'name = "The Tenants\' Union"\nkind = "club"\n')
    release = tmp_path / "statement.toml"
    second_speaker = (
        '[[body]]\nspeaker = { name = "Ada Moss", title = "Organizer", '
        'org = "The Tenants\' Union" }\nparagraphs = ["We won."]\n\n[[boilerplate]]'
    )
    release.write_text(STATEMENT_TOML.replace("[[boilerplate]]", second_speaker), encoding="utf-8")
    status, out, _ = _run(capsys, "save-from", str(release), "--library", str(library_dir))
    assert status == 0
    left_alone = out.split("Left alone:\n")[1].splitlines()
    assert [line for line in left_alone if "Tenants" in line] == [
        f"  left The Tenants' Union alone: {broken}:2: kind: expected "
        '"coalition" or "member", found \'club\''
    ]


def test_save_from_plain_text_goes_through_the_importer(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path
) -> None:
    release = tmp_path / "statement.txt"
    release.write_text(STATEMENT_TEXT, encoding="utf-8")
    status, out, err = _run(capsys, "save-from", str(release), "--library", str(library_dir))
    assert (status, err) == (0, "")
    library = Library.open(library_dir)
    assert sorted(library.orgs) == [
        "harbor-city-housing-coalition",
        "ninos-unidos",
        "the-tenants-union",
    ]
    coalition = library.orgs["harbor-city-housing-coalition"]
    assert [p.name for p in coalition.media_contacts] == ["Rosa Delgado"]
    assert coalition.boilerplate.startswith("The Harbor City Housing Coalition is an alliance")


def test_save_from_dry_run(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path
) -> None:
    release = tmp_path / "statement.toml"
    release.write_text(STATEMENT_TOML, encoding="utf-8")
    status, out, _ = _run(
        capsys, "save-from", str(release), "--dry-run", "--library", str(library_dir)
    )
    assert status == 0 and out.startswith(f"Would save to {library_dir}:")
    assert not library_dir.exists() or not list(library_dir.glob("*.toml"))


def test_list_reports_malformed_files_and_exits_1(
    capsys: pytest.CaptureFixture[str], write_org: WriteOrg, library_dir: Path
) -> None:
    write_org("eastside-legal-aid", 'name = "Eastside Legal Aid"\n')
    bad = write_org("grace-church", 'name = "Grace Church"\nkind = member\n')
    status, out, _ = _run(capsys, "list", "--library", str(library_dir))
    assert status == 1
    assert out.splitlines() == [
        f"Library: {library_dir} (2 organisations)",
        "  eastside-legal-aid  member     0 people   Eastside Legal Aid",
        "  grace-church        (cannot be read: see below)",
        "Problems (1):",
        f"  {bad}:2: bad TOML: Invalid value",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show"], "pressdesk: library show needs ORG (see pressdesk library --help)\n"),
        (["save-from"], "pressdesk: library save-from needs FILE (see pressdesk library --help)\n"),
        (["path", "extra"], "pressdesk: library path takes no argument (got 'extra')\n"),
        (["show", "Nobody"], "pressdesk: no organisation 'Nobody' in the library at {lib}\n"),
        (["save-from", "{tmp}/missing.toml"], "pressdesk: {tmp}/missing.toml: no such file\n"),
    ],
)
def test_mistakes_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
    library_dir: Path,
    tmp_path: Path,
    args: list[str],
    message: str,
) -> None:
    args = [a.format(tmp=tmp_path) for a in args]
    status, out, err = _run(capsys, *args, "--library", str(library_dir))
    assert (status, out) == (2, "")
    assert err == message.format(lib=library_dir, tmp=tmp_path)


@pytest.mark.parametrize("action", [["list"], ["show", "Anyone"], ["save-from", "r.toml"]])
def test_a_file_given_as_the_library_is_one_line_and_exit_2(
    action: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "library.toml"
    not_a_folder.write_text("x = 1\n", encoding="utf-8")
    (tmp_path / "r.toml").write_text(STATEMENT_TOML, encoding="utf-8")
    args = [str(tmp_path / a) if a.endswith(".toml") else a for a in action]
    status, out, err = _run(capsys, *args, "--library", str(not_a_folder))
    assert (status, out) == (2, "")
    assert err == f"pressdesk: {not_a_folder}: is a file, not a library folder\n"
    assert not_a_folder.read_text(encoding="utf-8") == "x = 1\n"


def test_show_a_malformed_file_names_it(
    capsys: pytest.CaptureFixture[str], write_org: WriteOrg, library_dir: Path
) -> None:
    bad = write_org("grace-church", 'name = "Grace Church"\nfounded = 1990\n')
    status, out, err = _run(capsys, "show", "Grace Church", "--library", str(library_dir))
    assert status == 2
    assert err.startswith(f"pressdesk: {bad}:2: founded: unknown key")


def test_unknown_action_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["library", "delete"])
    assert caught.value.code == 2
    assert "invalid choice: 'delete'" in capsys.readouterr().err
