"""`pressdesk check release.txt`: what a typed text cannot say is not reported as missing, and
what the importer had to guess is not judged."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressdesk import store
from pressdesk.cli import main
from pressdesk.inputs import load_input

TEXT = """FOR IMMEDIATE RELEASE: Nov. 24, 2026
Media Contact: Dana Whitfield, dana@example.org, 202-555-0143
Riverside Coalition Responds to County Rent Relief Pause
RIVERSIDE, Calif. — The Riverside Housing Coalition released the following statement from member group Tenants United:
Ana Lopez, Director, Tenants United
“Families have waited months for help that the county promised them.”
###
"""
# The same release with no date anywhere, and a weekday given with a date but no year.
UNDATED = TEXT.replace(": Nov. 24, 2026", "").replace(
    "Tenants United:\n", "Tenants United. The board meets on Monday, Dec. 1 at noon.\n", 1
)


def check(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    main(["check", *args])
    out, _ = capsys.readouterr()
    return out


@pytest.fixture(autouse=True)
def today(monkeypatch: pytest.MonkeyPatch) -> None:
    # Dec. 1, 2026 is a Tuesday: "Monday, Dec. 1" is wrong if the year is 2026.
    monkeypatch.setenv("PRESSDESK_TODAY", "2026-11-24")


def test_a_text_is_not_told_its_quotes_are_unapproved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert "[quote-approved]" not in check(capsys, str(path))


def test_a_text_about_to_go_out_is_reminded_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(TEXT, encoding="utf-8")
    lines = [
        line
        for line in check(capsys, "--final", str(path)).splitlines()
        if "quote-approved" in line
    ]
    assert len(lines) == 1
    assert (
        "error [quote-approved] a text release cannot record approval of its 1 quote(s)" in lines[0]
    )


def test_its_release_file_still_reports_each_unapproved_quote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "draft.txt"
    text.write_text(TEXT, encoding="utf-8")
    release_file = tmp_path / "draft.toml"
    release_file.write_text(store.dumps(load_input(text).release), encoding="utf-8")
    assert "warning [quote-approved] Ana Lopez has not approved this quote" in check(
        capsys, str(release_file)
    )


def test_a_guessed_date_is_said_once_and_not_judged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "undated.txt"
    path.write_text(UNDATED, encoding="utf-8")
    out = check(capsys, str(path))
    assert f"{path}:1:1: warning [import-date-missing]" in out
    assert "[date-weekday-match]" not in out


def test_the_same_weekday_is_judged_once_the_date_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "dated.txt"
    path.write_text(UNDATED.replace("RELEASE\n", "RELEASE: Nov. 24, 2026\n", 1), encoding="utf-8")
    out = check(capsys, str(path))
    assert "error [date-weekday-match] Dec. 1, 2026 is a Tuesday, not a Monday" in out
    assert "[import-date-missing]" not in out


def test_mixed_quotation_marks_in_a_text_are_said_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The importer notices the straight mark opening the quote, the rule the one in the lede:
    # the rule's finding (per field, counted) stands for both.
    path = tmp_path / "draft.txt"
    mixed = (
        TEXT.replace("from member group", "about the county's pause, from member group")
        .replace("“Families", '"Families')
        .replace("the county promised", "the county’s board promised")
    )
    path.write_text(mixed, encoding="utf-8")
    lines = [line for line in check(capsys, str(path)).splitlines() if "quote-marks" in line]
    assert [line.split(": ", 1)[1] for line in lines] == [
        "warning [quote-marks-consistent] 1 straight mark in a release that uses curly ones"
    ]
