"""The whole library flow, as a staffer runs it from the shell (issue "Done when" 2 and 3).

From an empty library: save what a coalition statement knows, start the next release from the
coalition, change the coalition's boilerplate, and see `check` report the drift and `--fix` mend it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from pressdesk import store
from pressdesk.cli import main
from pressdesk.model import Contact

WriteOrg = Callable[[str, str], Path]

STATEMENT = """\
For Immediate Release: Nov. 20, 2026
Media Contact: Rosa Delgado, rosa@housing.example.org, 555-555-0101 / Sam Okafor, sam@housing.example.org, 555-555-0102
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
OLD_TEXT = "The Harbor City Housing Coalition is an alliance of 30 groups working for safe, affordable homes."
NEW_TEXT = "The Harbor City Housing Coalition is an alliance of 34 groups working for safe, affordable homes in every neighborhood."


def _pressdesk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def _drift(capsys: pytest.CaptureFixture[str], path: Path) -> list[dict[str, object]]:
    status, out, err = _pressdesk(capsys, "check", str(path), "--format", "json")
    assert status in (0, 1), err
    findings = json.loads(out)["files"][0]["findings"]
    return [f for f in findings if f["rule"] == "boilerplate-drift"]


def test_save_start_drift_fix(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    library = tmp_path / "team-library"
    monkeypatch.setenv("PRESSDESK_LIBRARY", str(library))
    statement = tmp_path / "rent-freeze.txt"
    statement.write_text(STATEMENT, encoding="utf-8")

    status, out, err = _pressdesk(capsys, "library", "save-from", str(statement))
    assert (status, err) == (0, "")
    assert "added coalition Harbor City Housing Coalition" in out

    # The next release starts from the coalition: its contacts and its current boilerplate.
    first = tmp_path / "next.toml"
    status, out, err = _pressdesk(
        capsys, "new", str(first), "--coalition", "harbor city housing coalition"
    )
    assert status == 0, err
    release = store.load(first)
    org = "Harbor City Housing Coalition"
    assert release.contacts == (
        Contact("Rosa Delgado", "rosa@housing.example.org", "555-555-0101", org=org),
        Contact("Sam Okafor", "sam@housing.example.org", "555-555-0102", org=org),
    )
    [boilerplate] = release.boilerplate
    assert (boilerplate.org, boilerplate.text, boilerplate.library) == (
        org,
        OLD_TEXT,
        "harbor-city-housing-coalition",
    )
    assert release.headline.startswith(f"{org} Statement: ")
    assert "members in the library: The Tenants' Union; Niños Unidos]" in release.body[1].text  # type: ignore[union-attr]
    assert _drift(capsys, first) == []

    # The coalition grows: its boilerplate changes in the library.
    newer = tmp_path / "growth.txt"
    newer.write_text(STATEMENT.replace(OLD_TEXT, NEW_TEXT), encoding="utf-8")
    status, out, _ = _pressdesk(capsys, "library", "save-from", str(newer), "--update")
    assert "replaced Harbor City Housing Coalition's boilerplate" in out

    [drift] = _drift(capsys, first)
    assert drift["severity"] == "info"
    assert drift["field"] == "boilerplate[0].text"
    assert drift["message"] == (
        "this is an earlier boilerplate of Harbor City Housing Coalition; it was replaced on "
        "2026-11-24 (the fix brings in the current one)"
    )
    assert drift["fix"] == {
        "field": "boilerplate[0].text",
        "start": 0,
        "end": len(OLD_TEXT),
        "replacement": NEW_TEXT,
    }
    # The text release that started it all drifts too: its boilerplate names the coalition.
    assert len(_drift(capsys, statement)) == 1

    status, out, err = _pressdesk(capsys, "check", str(first), "--fix")
    assert "fixed [boilerplate-drift]" in out
    assert store.load(first).boilerplate[0].text == NEW_TEXT
    assert _drift(capsys, first) == []


def test_a_malformed_library_never_stops_a_release_that_does_not_need_it(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    write_org: WriteOrg,
    library_dir: Path,
) -> None:
    monkeypatch.setenv("PRESSDESK_LIBRARY", str(library_dir))
    write_org("grace-church", 'name = "Grace Church"\nkind = member\n')  # bad TOML
    write_org("the-tenants-union", 'name = "The Tenants\' Union"\nfounded = 1990\n')  # unknown key
    write_org("tenants-union", 'name = "Tenants Union"\n')
    write_org("tenants-council", 'name = "Tenants Union"\n')  # a duplicate
    statement = tmp_path / "rent-freeze.txt"
    statement.write_text(STATEMENT, encoding="utf-8")

    status, out, err = _pressdesk(capsys, "check", str(statement))
    assert status in (0, 1) and "Traceback" not in err
    status, out, err = _pressdesk(capsys, "export", str(statement), "--to", "text", "-o", "-")
    assert status == 0, err
    assert "Harbor City Housing Coalition Statement" in out

    status, out, _ = _pressdesk(capsys, "library", "list")
    assert status == 1
    problems = out.split("Problems (3):\n")[1].splitlines()
    assert [line.strip().split(":")[0] for line in problems] == [
        str(library_dir / "grace-church.toml"),
        str(library_dir / "the-tenants-union.toml"),
        str(library_dir / "tenants-union.toml"),
    ]


@pytest.mark.parametrize("coalition", ["Nobody", "grace-church"])
def test_new_with_an_unknown_or_malformed_coalition_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    write_org: WriteOrg,
    library_dir: Path,
    coalition: str,
) -> None:
    monkeypatch.setenv("PRESSDESK_LIBRARY", str(library_dir))
    bad = write_org("grace-church", 'name = "Grace Church"\nkind = "coalition"\nmembers = "all"\n')
    target = tmp_path / "next.toml"
    status, out, err = _pressdesk(capsys, "new", str(target), "--coalition", coalition)
    assert (status, out) == (2, "")
    expected = (
        f"pressdesk: no organisation 'Nobody' in the library at {library_dir}\n"
        if coalition == "Nobody"
        else f"pressdesk: {bad}:3: members: expected a list of slugs, found 'all'\n"
    )
    assert err == expected
    assert not target.exists()
